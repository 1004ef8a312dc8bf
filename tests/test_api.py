"""The Python API: ``from pipeline import run, extract``."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from pipeline import extract, run
from pipeline.tables import SCHEMAS

TEXT = (
    "Greta Vell was born on 2 May 1950 in Tromso. In June 1994 she was appointed Minister of Fisheries. "
    "She resigned in March 1998."
)


def test_extract_returns_every_table_of_one_text_without_touching_disk(tmp_path: Path) -> None:
    before = set(Path.cwd().iterdir())
    tables = extract(TEXT)
    assert set(Path.cwd().iterdir()) == before
    assert set(tables) == set(SCHEMAS)  # the six tables and the facts
    for name, frame in tables.items():
        assert list(frame.columns) == SCHEMAS[name].names, name
    (document,) = tables["documents"].itertuples()
    assert (document.source_path, document.status, document.n_chars) == ("text", "ok", len(TEXT))
    birth = tables["events"].set_index("event_type").loc["birth"]
    assert (birth.person_name, birth.date_value, birth.place_name) == ("Greta Vell", "1950-05-02", "Tromso")
    (post,) = tables["careers"].itertuples()
    assert (post.position, post.start_value, post.start_date) == (
        "Minister of Fisheries",
        "1994-06",
        dt.date(1994, 6, 1),
    )
    assert (post.end_value, post.end_basis) == ("1998-03", "explicit")
    assert "Minister of Fisheries" in set(tables["facts"].position)


def test_extract_gives_the_same_ids_as_a_run_of_a_file_named_text(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "text").write_text(TEXT, encoding="utf-8")
    summary = run(raw, tmp_path / "out", workers=1, progress=False)
    assert summary.statuses == {"ok": 1}
    import pandas as pd

    from_run = pd.read_parquet(tmp_path / "out" / "events.parquet")
    assert sorted(from_run.event_id) == sorted(extract(TEXT)["events"].event_id)
    assert (tmp_path / "out" / "pipeline.duckdb").is_file()


def test_extract_of_an_empty_text_is_a_documents_row_not_an_exception() -> None:
    tables = extract("   \n")
    assert list(tables["documents"].status) == ["empty"]
    assert tables["documents"].error.item() == "text: file is empty"
    assert all(len(tables[name]) == 0 for name in ("mentions", "events", "careers", "facts"))


def test_extract_refuses_what_it_cannot_do() -> None:
    with pytest.raises(TypeError, match="str, not bytes"):
        extract(b"bytes")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match=r"published=.*'last spring' is not a date"):
        extract(TEXT, published="last spring")


NEWS = "The minister resigned yesterday, a year after he was appointed last March."


@pytest.mark.parametrize("published", ["2013-03-22", dt.date(2013, 3, 22), "Fri, 22 Mar 2013 10:00:00 +0000"])
def test_extract_anchors_the_text_on_its_published_date(published: str | dt.date) -> None:
    tables = extract(NEWS, published=published)
    (document,) = tables["documents"].itertuples()
    assert (document.published_date, document.published_precision, document.date_source) == (
        dt.date(2013, 3, 22),
        "day",
        "manifest",
    )
    values = dict(zip(tables["dates"].text, tables["dates"].value, strict=True))
    assert (values["yesterday"], values["last March"]) == ("2013-03-21", "2012-03")
    undated = extract(NEWS)["dates"].set_index("text")  # without a date: no day to tie them to
    assert undated.loc[["yesterday", "last March"], "value"].isna().all()


def test_the_texts_front_matter_wins_over_published_and_says_so() -> None:
    text = "---\ndate: 2013-03-20\n---\n" + NEWS
    (document,) = extract(text, published="2013-03-22")["documents"].itertuples()
    assert (document.published_date, document.date_source) == (dt.date(2013, 3, 20), "front_matter")
    assert "dates it 2013-03-22, its front matter 2013-03-20 (the front matter wins)" in document.warning


def test_run_reports_a_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="does not exist"):
        run(tmp_path / "nowhere", tmp_path / "out")
