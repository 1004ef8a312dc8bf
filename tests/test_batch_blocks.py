"""The batch links in blocks, one task each: however many blocks, the same tables."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipeline.batch import phases
from pipeline.batch.link_tasks import LinkJob, merge_jobs
from pipeline.batch.run import run_batch
from pipeline.config import Settings
from pipeline.tables import SORT_KEYS, TABLE_NAMES

ROOT = Path(__file__).resolve().parent.parent


def _tables(out: Path) -> dict[str, pa.Table]:
    tables = {name: pq.read_table(out / f"{name}.parquet") for name in TABLE_NAMES}
    return {name: t.sort_by([(key, "ascending") for key in SORT_KEYS[name]]) for name, t in tables.items()}


def test_the_corpus_gives_the_same_tables_in_one_block_and_in_many(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    for path in [*(ROOT / "raw").glob("*.txt"), *(ROOT / "tests" / "corpus").glob("*.txt")]:
        shutil.copy(path, raw / path.name)
    settings = Settings(raw_dir=raw, out_dir=tmp_path / "outputs", buckets=16)
    jobs: list[LinkJob] = []
    link_blocks = phases.link_blocks

    def counted(job: LinkJob, spec: Any) -> pa.Table:
        jobs.append(job)
        return link_blocks(job, spec)

    monkeypatch.setattr(phases, "link_blocks", counted)
    monkeypatch.setattr(phases, "_UNITS_PER_BLOCK", 10**9)  # however large the corpus grows: one block
    run_batch(settings, lambda _: None)
    assert [job.blocks for job in jobs] == [(0,)]
    in_one = _tables(settings.out_dir)

    jobs.clear()
    monkeypatch.setattr(phases, "_UNITS_PER_BLOCK", 1)  # as many blocks as --buckets allows
    (settings.out_dir / ".state.json").unlink()
    assert run_batch(settings, lambda _: None).analysed == 0
    assert len({block for job in jobs for block in job.blocks}) == 16
    assert _tables(settings.out_dir) == in_one
    assert in_one["entities"].num_rows > 1000
    # Every mention was linked, to an entity of the table, whatever block it was in.
    entity_ids = in_one["mentions"].column("entity_id").to_pylist()
    assert None not in entity_ids
    assert set(entity_ids) == set(in_one["entities"].column("entity_id").to_pylist())


def test_blocks_linked_together_read_the_buckets_of_each() -> None:
    first = LinkJob((7,), (("surname:Vell",),), (1, 4))
    second = LinkJob((2,), (("apart:karsk", "surname:Ostrom"),), (4, 9))
    merged = merge_jobs([first, second])
    assert merged == LinkJob((2, 7), (("apart:karsk", "surname:Ostrom"), ("surname:Vell",)), (1, 4, 9))
    assert (first.tag, second.tag) == ("block-0007", "block-0002")
    wide = merge_jobs([LinkJob((b,), ((f"k{b}",),), (b,)) for b in range(500)])
    assert wide.tag.startswith("blocks-0000-500-") and len(wide.tag) < 40  # a file name, however many
