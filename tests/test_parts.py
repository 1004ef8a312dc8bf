"""Outputs that grow by partition: a rerun rewrites only the part files whose rows change."""

from __future__ import annotations

from pathlib import Path

import pyarrow.parquet as pq

from pipeline.batch.parts import PARTITIONED_TABLES, bucket_of
from pipeline.batch.run import run_batch
from pipeline.config import Settings

DOCS = {
    "harlan.txt": "Oskar Harlan was born on 2 May 1950 in Tromso. In 1981 he became director of a shipyard.",
    "vell.txt": "Greta Vell was appointed Minister of Fisheries in June 1994. She resigned in 1998.",
    "ostrom.txt": "Pavel Ostrom was elected mayor of Karsk in 2001.",
    "brandt.txt": "Ida Brandt was born in 1962 in Lund.",
    "moller.txt": "Jens Moller was arrested in Bergen in March 2003.",
}
BUCKETS = 8


def _parts(out: Path) -> dict[str, int]:
    """Every part file, by path, with its inode (a kept file keeps its inode)."""
    return {
        str(path.relative_to(out)): path.stat().st_ino
        for name in PARTITIONED_TABLES
        for path in (out / f"{name}.parquet").iterdir()
    }


def test_a_new_document_rewrites_its_bucket_only(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    for name, text in DOCS.items():
        (raw / name).write_text(text, encoding="utf-8")
    settings = Settings(raw_dir=raw, out_dir=tmp_path / "outputs", buckets=BUCKETS)
    run_batch(settings, lambda _: None)
    before = _parts(settings.out_dir)
    assert len(before) == len(PARTITIONED_TABLES) * len({bucket_of(n, BUCKETS) for n in DOCS})

    (raw / "lind.txt").write_text("Sofia Lind was appointed ambassador to Chile in 1999.", encoding="utf-8")
    run_batch(settings, lambda _: None)
    after = _parts(settings.out_dir)
    changed = {path for path in after if before.get(path) != after[path]}
    part = f"part-{bucket_of('lind.txt', BUCKETS):04d}.parquet"
    assert changed == {f"{name}.parquet/{part}" for name in PARTITIONED_TABLES}
    documents = pq.read_table(settings.out_dir / "documents.parquet").column("source_path").to_pylist()
    assert sorted(documents) == sorted([*DOCS, "lind.txt"])


def test_a_deleted_document_leaves_no_part_behind(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "vell.txt").write_text(DOCS["vell.txt"], encoding="utf-8")
    (raw / "ostrom.txt").write_text(DOCS["ostrom.txt"], encoding="utf-8")
    settings = Settings(raw_dir=raw, out_dir=tmp_path / "outputs", buckets=BUCKETS)
    run_batch(settings, lambda _: None)
    (raw / "vell.txt").unlink()
    run_batch(settings, lambda _: None)
    part = f"part-{bucket_of('ostrom.txt', BUCKETS):04d}.parquet"
    assert set(_parts(settings.out_dir)) == {f"{name}.parquet/{part}" for name in PARTITIONED_TABLES}


def test_another_bucket_count_rewrites_the_parts_even_with_nothing_else_changed(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    for name, text in DOCS.items():
        (raw / name).write_text(text, encoding="utf-8")
    run_batch(Settings(raw_dir=raw, out_dir=tmp_path / "outputs", buckets=BUCKETS), lambda _: None)
    summary = run_batch(Settings(raw_dir=raw, out_dir=tmp_path / "outputs", buckets=2), lambda _: None)
    assert summary.analysed == 0  # the cache still serves every document
    expected = {f"part-{bucket_of(name, 2):04d}.parquet" for name in DOCS}
    for name in PARTITIONED_TABLES:
        assert {path.name for path in (tmp_path / "outputs" / f"{name}.parquet").iterdir()} == expected
