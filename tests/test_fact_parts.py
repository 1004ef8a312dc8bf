"""The facts table in part files by person: every person's rows merged in one place, and a
rerun merging again only the parts of the people whose rows changed."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipeline.batch import cache
from pipeline.batch.parts import bucket_of
from pipeline.batch.run import run_pipeline
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
    run_pipeline(settings, lambda _: None)
    return settings


def _facts(out: Path) -> list[dict[str, object]]:
    return _rows(pq.read_table(out / "facts.parquet"))


def _rows(table: pa.Table) -> list[dict[str, object]]:
    return table.sort_by([(key, "ascending") for key in SORT_KEYS["facts"]]).to_pylist()


def _parts(out: Path) -> dict[str, int]:
    return {path.name: path.stat().st_ino for path in (out / "facts.parquet").iterdir()}


def test_the_parts_hold_the_facts_of_merging_everything_at_once(settings: Settings) -> None:
    (settings.raw_dir / PROFILE[0]).write_text(PROFILE[1], encoding="utf-8")
    run_pipeline(settings, lambda _: None)
    assert bucket_of(PROFILE[0], BUCKETS) != bucket_of("vell.txt", BUCKETS)
    tables = {name: pq.read_table(settings.out_dir / f"{name}.parquet") for name in ("careers", "events")}
    documents = pq.read_table(settings.out_dir / "documents.parquet")
    at_once = consolidate_facts(tables["careers"], tables["events"], documents)
    facts = _facts(settings.out_dir)
    assert facts == _rows(at_once) and len(facts) > 5
    minister = next(row for row in facts if row["position"] == "Minister of Fisheries")
    assert (minister["document_count"], minister["start_value"]) == (2, "1994-06-03")  # across buckets
    for row in facts:  # each person's facts in the part of that person
        part = f"part-{stable_bucket(str(person_key(row)), BUCKETS):04d}.parquet"
        ids = pq.read_table(settings.out_dir / "facts.parquet" / part).column("fact_id").to_pylist()
        assert row["fact_id"] in ids


def test_a_new_document_merges_again_only_the_parts_of_its_people(settings: Settings) -> None:
    before = _parts(settings.out_dir)
    facts = _facts(settings.out_dir)
    (settings.raw_dir / PROFILE[0]).write_text(PROFILE[1], encoding="utf-8")
    run_pipeline(settings, lambda _: None)
    after = _parts(settings.out_dir)
    vell = {person_key(row) for row in _facts(settings.out_dir) if row["person_name"] == "Greta Vell"}
    assert len(vell) == 1
    part = f"part-{stable_bucket(str(vell.pop()), BUCKETS):04d}.parquet"
    assert {name for name in after if before.get(name) != after[name]} == {part}
    others = [row for row in facts if row["person_name"] != "Greta Vell"]
    assert [row for row in _facts(settings.out_dir) if row["person_name"] != "Greta Vell"] == others


def test_other_merging_code_merges_every_part_again(
    settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = _parts(settings.out_dir)
    monkeypatch.setattr(cache, "library_versions", lambda: "spacy==99.0.0 dateparser==1.5.0")
    cache.code_fingerprint.cache_clear()
    try:
        run_pipeline(settings, lambda _: None)
    finally:
        cache.code_fingerprint.cache_clear()
    after = _parts(settings.out_dir)
    assert set(after) == set(before) and all(after[name] != before[name] for name in after)


def test_a_batch_without_people_has_an_empty_facts_table(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "weather.txt").write_text("It rained all day.", encoding="utf-8")
    settings = Settings(raw_dir=raw, out_dir=tmp_path / "outputs", buckets=BUCKETS)
    summary = run_pipeline(settings, lambda _: None)
    assert summary.rows["facts"] == 0
    assert pq.read_table(settings.out_dir / "facts.parquet").num_rows == 0
    assert run_pipeline(settings, lambda _: None).written == ()  # and a rerun is a no-op
