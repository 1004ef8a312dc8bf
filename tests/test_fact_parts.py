"""The facts table in part files by person: every person's rows merged in one place, and a
rerun merging again only the parts of the people whose rows changed."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipeline.batch import cache
from pipeline.batch.parts import bucket_of
from pipeline.batch.run import run_batch
from pipeline.config import Settings
from pipeline.facts.consolidate import consolidate_facts, person_key
from pipeline.linking.blocks import stable_bucket
from pipeline.tables import SORT_KEYS

DOCS = {
    "harlan.txt": "Oskar Harlan was born on 2 May 1950 in Tromso. In 1981 he became director of a shipyard.",
    "vell.txt": "Greta Vell was appointed Minister of Fisheries in June 1994. She resigned in 1998.",
    "ostrom.txt": "Pavel Ostrom was elected mayor of Karsk in 2001.",
    "brandt.txt": "Ida Brandt was born in 1962 in Lund.",
}
# Another document about Greta Vell, in another bucket of documents than vell.txt.
PROFILE = ("vell_profile.txt", "Greta Vell became Minister of Fisheries on 3 June 1994.")
BUCKETS = 8


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    raw = tmp_path / "raw"
    raw.mkdir()
    for name, text in DOCS.items():
        (raw / name).write_text(text, encoding="utf-8")
    settings = Settings(raw_dir=raw, out_dir=tmp_path / "outputs", buckets=BUCKETS)
    run_batch(settings, lambda _: None)
    return settings


def _facts(out: Path) -> list[dict[str, object]]:
    return _rows(pq.read_table(out / "facts.parquet"))


def _rows(table: pa.Table) -> list[dict[str, object]]:
    return table.sort_by([(key, "ascending") for key in SORT_KEYS["facts"]]).to_pylist()


def _parts(out: Path) -> dict[str, int]:
    return {path.name: path.stat().st_ino for path in (out / "facts.parquet").iterdir()}


def test_the_parts_hold_the_facts_of_merging_everything_at_once(settings: Settings) -> None:
    (settings.raw_dir / PROFILE[0]).write_text(PROFILE[1], encoding="utf-8")
    run_batch(settings, lambda _: None)
    assert bucket_of(PROFILE[0], BUCKETS) != bucket_of("vell.txt", BUCKETS)
    tables = {name: pq.read_table(settings.out_dir / f"{name}.parquet") for name in ("careers", "events")}
    documents = pq.read_table(settings.out_dir / "documents.parquet")
    at_once = consolidate_facts(tables["careers"], tables["events"], documents)
    facts = _facts(settings.out_dir)
    assert facts == _rows(at_once) and len(facts) > 5
    minister = next(row for row in facts if row["position"] == "Minister of Fisheries")
    assert (minister["document_count"], minister["start_value"]) == (2, "1994-06-03")  # across buckets
    for row in facts:  # each person's facts in the part of that person
        ids = pq.read_table(settings.out_dir / "facts.parquet" / _part_of(row)).column("fact_id").to_pylist()
        assert row["fact_id"] in ids


def test_a_new_document_merges_again_only_the_parts_of_its_people(settings: Settings) -> None:
    before, facts = _parts(settings.out_dir), _facts(settings.out_dir)
    # In the bucket of documents of vell.txt and ostrom.txt: the bucket is rewritten,
    # but Pavel Ostrom's rows in it stay the same, and so do his facts' part.
    new = "vell_2.txt"
    assert bucket_of(new, BUCKETS) == bucket_of("vell.txt", BUCKETS) == bucket_of("ostrom.txt", BUCKETS)
    (settings.raw_dir / new).write_text(
        "Greta Vell became Minister of Fisheries on 3 June 1994.", encoding="utf-8"
    )
    run_batch(settings, lambda _: None)
    after = _parts(settings.out_dir)
    parts = {
        name: _part_of(row)
        for name in ("Greta Vell", "Pavel Ostrom")
        for row in facts
        if row["person_name"] == name
    }
    assert parts["Greta Vell"] != parts["Pavel Ostrom"]
    assert {name for name in after if before.get(name) != after[name]} == {parts["Greta Vell"]}
    others = [row for row in facts if row["person_name"] != "Greta Vell"]
    assert [row for row in _facts(settings.out_dir) if row["person_name"] != "Greta Vell"] == others
    minister = next(row for row in _facts(settings.out_dir) if row["position"] == "Minister of Fisheries")
    assert (minister["document_count"], minister["start_value"]) == (2, "1994-06-03")


def _part_of(row: dict[str, object]) -> str:
    return f"part-{stable_bucket(str(person_key(row)), BUCKETS):04d}.parquet"


def _at_once(out: Path) -> list[dict[str, object]]:
    """The facts of merging the batch's careers and events all at once."""
    careers, events, documents = (
        pq.read_table(out / f"{n}.parquet") for n in ("careers", "events", "documents")
    )
    return _rows(consolidate_facts(careers, events, documents))


def test_a_deleted_document_takes_its_facts_along(settings: Settings) -> None:
    assert bucket_of("brandt.txt", BUCKETS) not in {bucket_of(n, BUCKETS) for n in DOCS if n != "brandt.txt"}
    assert any(row["person_name"] == "Ida Brandt" for row in _facts(settings.out_dir))
    (settings.raw_dir / "brandt.txt").unlink()  # the last document of its bucket
    run_batch(settings, lambda _: None)
    facts = _facts(settings.out_dir)
    assert not any(row["person_name"] == "Ida Brandt" for row in facts)
    assert facts == _at_once(settings.out_dir)


def test_another_bucket_count_cuts_the_facts_again(settings: Settings) -> None:
    (settings.raw_dir / "moller.txt").write_text(
        "Jens Moller was arrested in Bergen in 2003.", encoding="utf-8"
    )
    run_batch(dataclasses.replace(settings, buckets=3), lambda _: None)
    assert {path.name for path in (settings.out_dir / "facts.parquet").iterdir()} <= {
        f"part-{b:04d}.parquet" for b in range(3)
    }
    assert _facts(settings.out_dir) == _at_once(settings.out_dir)


def test_other_merging_code_merges_every_part_again(
    settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = _parts(settings.out_dir)
    monkeypatch.setattr(cache, "library_versions", lambda: "spacy==99.0.0 dateparser==1.5.0")
    cache.code_fingerprint.cache_clear()
    try:
        run_batch(settings, lambda _: None)
    finally:
        cache.code_fingerprint.cache_clear()
    after = _parts(settings.out_dir)
    assert set(after) == set(before) and all(after[name] != before[name] for name in after)


def test_a_batch_without_people_has_an_empty_facts_table(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "weather.txt").write_text("It rained all day.", encoding="utf-8")
    settings = Settings(raw_dir=raw, out_dir=tmp_path / "outputs", buckets=BUCKETS)
    summary = run_batch(settings, lambda _: None)
    assert summary.rows["facts"] == 0
    assert pq.read_table(settings.out_dir / "facts.parquet").num_rows == 0
    assert run_batch(settings, lambda _: None).written == ()  # and a rerun is a no-op
