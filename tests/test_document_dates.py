"""A document's own date: front matter, manifest and dateline, with their warnings."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from pipeline.batch.run import run_batch
from pipeline.cli import EXIT_USAGE, main
from pipeline.config import Settings
from pipeline.ingest import apply_manifest, ingest_documents, read_manifest, unmatched
from pipeline.ingest.dateline import read_dateline
from pipeline.ingest.published import read_published
from tests.conftest import Extract

STORY = "Police in Halvenburg arrested a former minister on Tuesday, a spokesman said yesterday.\n"
FRONT = (
    "---\ntitle: Minister arrested\ndate: 2013-03-22\nurl: https://example.org/n/1\n"
    "author: [Ann Lee, Bo Ek]\n---\n"
)


def _raw(tmp_path: Path, files: dict[str, str]) -> Path:
    raw = tmp_path / "raw"
    raw.mkdir(exist_ok=True)
    for name, text in files.items():
        (raw / name).write_text(text, encoding="utf-8")
    return raw


def _one(tmp_path: Path, text: str) -> object:
    (source,) = ingest_documents(_raw(tmp_path, {"a.txt": text}))
    return source


def test_front_matter_fills_the_document_and_is_blanked(tmp_path: Path) -> None:
    source = _one(tmp_path, FRONT + STORY)
    meta = source.meta  # type: ignore[attr-defined]
    assert (meta.published.value, meta.published.precision, meta.published.source) == (
        "2013-03-22",
        "day",
        "front_matter",
    )
    assert (meta.title, meta.url, meta.author) == (
        "Minister arrested",
        "https://example.org/n/1",
        "Ann Lee; Bo Ek",
    )
    text = source.text  # type: ignore[attr-defined]
    assert len(text) == len(FRONT + STORY) and text.endswith(STORY)
    assert text.count("\n") == (FRONT + STORY).count("\n")
    # Only the title's value is left, where the file writes it: a headline is text.
    assert text[: len(FRONT)].split() == ["Minister", "arrested"]
    assert text.index("Minister arrested") == FRONT.index("Minister arrested")


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ('title: "Minister arrested"', "Minister arrested"),
        ("headline: 'Minister arrested'", "Minister arrested"),
        ("title: >\n  Minister\n  arrested", None),  # folded over lines: blanked with the rest
    ],
)
def test_the_title_stays_in_the_text_when_written_on_its_line(
    tmp_path: Path, line: str, kept: str | None
) -> None:
    front = f"---\n{line}\nauthor: Ann Lee\n---\n"
    source = _one(tmp_path, front + STORY)
    assert source.meta.title == "Minister arrested"  # type: ignore[attr-defined]
    left = " ".join(source.text[: len(front)].split())  # type: ignore[attr-defined]
    assert left == (kept or "")


@pytest.mark.parametrize(
    ("front", "warning"),
    [
        (
            "date: 2013-02-30",
            "front matter key 'date': '2013-02-30' is not a date: February 2013 has 28 days",
        ),
        (
            "date: next Tuesday",
            "front matter key 'date': 'next Tuesday' is not a date (write it as YYYY-MM-DD)",
        ),
        ("date: 2013-13-01", "front matter key 'date': '2013-13-01' is not a date: there is no month 13"),
        ("title: [unclosed", "front matter is not valid YAML (line 3 of the file)"),
        ("lang: English!", "front matter key 'lang': 'English!' is not a language code"),
    ],
)
def test_bad_front_matter_is_a_warning_naming_key_and_reason(
    tmp_path: Path, front: str, warning: str
) -> None:
    source = _one(tmp_path, f"---\n{front}\n---\n{STORY}")
    (message,) = source.meta.warnings  # type: ignore[attr-defined]
    assert message.startswith(f"a.txt: {warning}"), message
    assert source.status == "ok" and source.text.endswith(STORY)  # type: ignore[attr-defined]


def test_rules_in_prose_are_not_front_matter(tmp_path: Path) -> None:
    text = "---\nA poem begins here.\n---\nAnd the story goes on.\n"
    source = _one(tmp_path, text)
    assert source.text == text and source.meta.warnings == ()  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("raw", "value", "precision"),
    [
        ("2013-03-22", "2013-03-22", "day"),
        ("2013-03-22T23:30:00-05:00", "2013-03-22", "day"),
        ("2013-03-22 10:00", "2013-03-22", "day"),
        ("2013-03", "2013-03", "month"),
        (2013, "2013", "year"),
        ("Fri, 22 Mar 2013 10:00:00 +0000", "2013-03-22", "day"),
        ("22 March 2013", "2013-03-22", "day"),
        ("Friday, March 22, 2013", "2013-03-22", "day"),
        (dt.date(2013, 3, 22), "2013-03-22", "day"),
    ],
)
def test_published_date_forms(raw: object, value: str, precision: str) -> None:
    assert read_published(raw) == (value, precision)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Headline\n\nHALVENBURG, 12 March 2014 – Police said", "2014-03-12"),
        ("NICE, France, Thursday 1 August 2013 — The mayor", "2013-08-01"),
        ("NEW YORK, March 12, 2013 (Reuters) - Shares fell", "2013-03-12"),
        ("WASHINGTON, Oct. 3, 1998 _ The Senate", "1998-10-03"),
        ("ALMATY, March 12 (Reuters) – no year, no day", None),
        ("LONDON (Reuters) - no date at all", None),
        ("He said on 12 March 2014 - not a dateline", None),
    ],
)
def test_datelines(text: str, value: str | None) -> None:
    found = read_dateline(text)
    assert (found.value if found else None) == value
    if found:
        assert found.span is not None and found.source == "dateline"


def test_front_matter_wins_over_a_dateline(tmp_path: Path) -> None:
    source = _one(tmp_path, "---\ndate: 2014-03-13\n---\nOSLO, 12 March 2014 – Police said.\n")
    assert source.meta.published.value == "2014-03-13"  # type: ignore[attr-defined]


def test_manifest_csv_and_precedence(tmp_path: Path) -> None:
    raw = _raw(
        tmp_path,
        {"plain.txt": STORY, "fm.txt": FRONT + STORY, "bad.txt": STORY, "line.txt": "OSLO, 1 May 2014 – x"},
    )
    manifest = tmp_path / "m.csv"
    manifest.write_text(
        "path,date,title,url,section\n"
        "plain.txt,2013-03-19,From the manifest,https://example.org/p,world\n"
        "fm.txt,2013-03-21,Other title,,\n"
        "bad.txt,2013-02-30,,,\n"
        "line.txt,2014-05-02,,,\n"
        "gone.txt,2013-01-01,,,\n",
        encoding="utf-8",
    )
    loaded = read_manifest(manifest)
    sources = ingest_documents(raw)
    assert unmatched((s.source_path for s in sources), loaded) == [
        f"manifest {manifest}, line 6: no document gone.txt in the raw folder"
    ]
    meta = {s.source_path: s.meta for s in apply_manifest(sources, loaded)}
    assert (meta["plain.txt"].published.value, meta["plain.txt"].published.source) == (
        "2013-03-19",
        "manifest",
    )
    assert (meta["plain.txt"].title, meta["plain.txt"].url) == ("From the manifest", "https://example.org/p")
    assert (meta["fm.txt"].published.source, meta["fm.txt"].title) == ("front_matter", "Minister arrested")
    assert (
        "dates it 2013-03-21, its front matter 2013-03-22 (the front matter wins)"
        in meta["fm.txt"].warnings[0]
    )
    assert meta["bad.txt"].published is None
    assert "line 4: date '2013-02-30' is not a date" in meta["bad.txt"].warnings[0]
    assert meta["line.txt"].published.source == "manifest"  # the manifest over a dateline


def test_manifest_json_lines(tmp_path: Path) -> None:
    manifest = tmp_path / "m.jsonl"
    manifest.write_text(
        json.dumps({"path": "./a.txt", "date": "2013-03", "title": "T"}) + "\n", encoding="utf-8"
    )
    row = read_manifest(manifest).rows["a.txt"]
    assert (row.date, row.title, row.url) == ("2013-03", "T", None)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("file,date\na.txt,2013-01-01\n", "the header row has no path column"),
        ('{"path": "a.txt", "date": "2013-01-01"}\n{oops\n', "line 2: not JSON"),
        ("path,date\na.txt,2013-01-01\na.txt,2013-01-02\n", "line 3: a.txt is already on line 2"),
    ],
)
def test_unusable_manifest_names_file_and_line(tmp_path: Path, content: str, message: str) -> None:
    manifest = tmp_path / "m.csv"
    manifest.write_text(content, encoding="utf-8")
    with pytest.raises(ValueError, match=message):
        read_manifest(manifest)


def test_run_writes_the_columns_and_a_bad_manifest_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    raw = _raw(
        tmp_path,
        {"fm.txt": FRONT + STORY, "none.txt": STORY, "broken.txt": "---\ndate: 2013-02-30\n---\n" + STORY},
    )
    run_batch(Settings(raw_dir=raw, out_dir=tmp_path / "out"), lambda _: None)
    rows = {r["source_path"]: r for r in pq.read_table(tmp_path / "out" / "documents.parquet").to_pylist()}
    fm = rows["fm.txt"]
    assert (fm["published_date"], fm["published_precision"], fm["date_source"]) == (
        dt.date(2013, 3, 22),
        "day",
        "front_matter",
    )
    assert (fm["title"], fm["url"], fm["author"], fm["warning"]) == (
        "Minister arrested",
        "https://example.org/n/1",
        "Ann Lee; Bo Ek",
        None,
    )
    assert (rows["none.txt"]["published_date"], rows["none.txt"]["date_source"]) == (None, None)
    assert (
        rows["broken.txt"]["status"] == "ok" and "February 2013 has 28 days" in rows["broken.txt"]["warning"]
    )
    dates = pq.read_table(tmp_path / "out" / "dates.parquet").to_pylist()
    assert not [d for d in dates if d["start_char"] < len(FRONT) and d["doc_id"] == fm["doc_id"]]
    placed = {d["text"]: d for d in dates if d["doc_id"] == fm["doc_id"]}
    assert (placed["yesterday"]["value"], placed["yesterday"]["anchor_date_id"]) == ("2013-03-21", None)
    assert (placed["Tuesday"]["value"], placed["Tuesday"]["timex_type"]) == ("2013-03-19", "DATE")
    assert placed["yesterday"]["start_char"] == len(FRONT) + STORY.index("yesterday")
    none = {d["text"]: d["value"] for d in dates if d["doc_id"] == rows["none.txt"]["doc_id"]}
    assert none == {"Tuesday": None, "yesterday": None}
    bad = tmp_path / "bad.csv"
    bad.write_text("file\nx\n", encoding="utf-8")
    code = main(["run", "--raw", str(raw), "--out", str(tmp_path / "out2"), "--manifest", str(bad)])
    assert (
        code == EXIT_USAGE and "bad.csv: the header row has no path or date column" in capsys.readouterr().err
    )


def test_a_manifest_change_redoes_the_document(tmp_path: Path) -> None:
    raw = _raw(tmp_path, {"a.txt": STORY, "b.txt": "Nothing dated here."})
    manifest = tmp_path / "m.csv"
    manifest.write_text("path,date\na.txt,2013-03-22\n", encoding="utf-8")
    settings = Settings(raw_dir=raw, out_dir=tmp_path / "out", manifest_path=manifest)
    run_batch(settings, lambda _: None)
    manifest.write_text("path,date\na.txt,2013-03-29\n", encoding="utf-8")
    summary = run_batch(settings, lambda _: None)
    assert (summary.analysed, summary.reused) == (1, 1)
    documents = pq.read_table(tmp_path / "out" / "documents.parquet").to_pylist()
    assert {d["source_path"]: d["published_date"] for d in documents}["a.txt"] == dt.date(2013, 3, 29)


def test_warnings_reach_stderr_every_run_and_reordering_the_manifest_redoes_nothing(tmp_path: Path) -> None:
    broken = "---\ndate: 2013-02-30\n---\n" + STORY
    raw = _raw(tmp_path, {"a.txt": STORY, "b.txt": broken, "c.txt": STORY})
    manifest = tmp_path / "m.csv"
    manifest.write_text(
        "path,date\na.txt,2013-03-22\nb.txt,2013-03-23\nc.txt,2013-02-30\ngone.txt,2013-01-01\n",
        encoding="utf-8",
    )
    settings = Settings(raw_dir=raw, out_dir=tmp_path / "out", manifest_path=manifest)
    said: list[str] = []
    run_batch(settings, said.append)
    front = "warning: b.txt: front matter key 'date': '2013-02-30' is not a date: February 2013 has 28 days"
    assert f"warning: manifest {manifest}, line 5: no document gone.txt in the raw folder" in said
    assert any(line.startswith(front) for line in said)
    assert f"warning: c.txt: manifest {manifest}, line 4: date '2013-02-30' is not a date" in "\n".join(said)
    rows = {r["source_path"]: r for r in pq.read_table(tmp_path / "out" / "documents.parquet").to_pylist()}
    # Front matter first: its date is no date, so the manifest's is used (and the warning stays).
    assert (rows["b.txt"]["published_date"], rows["b.txt"]["date_source"]) == (
        dt.date(2013, 3, 23),
        "manifest",
    )
    assert "February 2013 has 28 days" in rows["b.txt"]["warning"]
    assert rows["c.txt"]["published_date"] is None

    # The same rows in another order: only the row whose warning names its line is redone.
    manifest.write_text(
        "path,date\ngone.txt,2013-01-01\nc.txt,2013-02-30\nb.txt,2013-03-23\na.txt,2013-03-22\n",
        encoding="utf-8",
    )
    said.clear()
    summary = run_batch(settings, said.append)
    assert (summary.analysed, summary.reused) == (1, 2)
    assert f"warning: c.txt: manifest {manifest}, line 3: date '2013-02-30' is not a date" in "\n".join(said)
    said.clear()
    summary = run_batch(settings, said.append)  # nothing changed: the warnings are said again
    assert summary.analysed == 0 and summary.written == ()
    assert any(line.startswith(front) for line in said)


def test_status_reads_the_manifest(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    raw = _raw(tmp_path, {"a.txt": STORY, "b.txt": STORY})
    manifest = tmp_path / "m.csv"
    manifest.write_text("path,date\na.txt,2013-03-22\n", encoding="utf-8")
    out = tmp_path / "out"
    run_batch(Settings(raw_dir=raw, out_dir=out, manifest_path=manifest), lambda _: None)
    manifest.write_text("path,date\na.txt,2013-03-29\nz.txt,2013-03-29\n", encoding="utf-8")
    assert main(["status", "--raw", str(raw), "--out", str(out), "--manifest", str(manifest)]) == 0
    printed = capsys.readouterr()
    assert printed.out.splitlines() == ["0 to add, 1 to redo, 0 to drop, 1 unchanged", "  redo  a.txt"]
    assert f"manifest {manifest}, line 3: no document z.txt in the raw folder" in printed.err


def test_a_dateline_in_any_script_with_a_numeric_day_dates_the_document_not_its_facts(
    extract: Extract,
) -> None:
    text = (
        "A shipbuilder looks back\n\n"
        "ĐÀ NẴNG, 21.11.2019 – Trần Văn Minh spent thirty years at the Sông Hàn yard before "
        "serving as deputy minister of transport. The prime minister appointed him deputy minister "
        "of transport in August 2001. He was released from hospital yesterday."
    )
    tables = extract(text)
    careers = tables["careers"]
    post = careers[careers.position == "Deputy Minister of Transport"]
    assert list(post.start_value) == ["2001-08"]  # one post, not dated by the dateline
    release = tables["events"].query("event_type == 'release'").iloc[0]
    assert release.date_value == "2019-11-20"  # "yesterday", from the dateline's day


def test_an_orders_place_and_date_line_under_its_heading_dates_the_document(extract: Extract) -> None:
    """ "Puerto Montt, 22 May 2024" alone under an order's heading is its own date: "on 2 April"
    in a past clause is 2024, and the order's appointments keep that day as their date."""
    text = (
        "UNIVERSITY OF HALDEN\nACADEMIC SENATE\n\nAGREEMENT No. 19/2024\n\n"
        "Puerto Montt, 22 May 2024\n\n"
        "d) That Prof. Thomas Berger resigned as Vice-President of the Senate on 2 April.\n\n"
        "FIRST. To appoint Anna Weiss as Vice-President of the Senate.\n"
    )
    heading = read_dateline(text)
    assert heading is not None and (heading.value, heading.source) == ("2024-05-22", "heading")
    rows = {(r.event_type, r.person_name, r.date_value) for r in extract(text)["events"].itertuples()}
    assert ("resignation", "Thomas Berger", "2024-04-02") in rows, rows
