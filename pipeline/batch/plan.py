"""Planning a batch: which documents to add, redo, drop or reuse.

``plan_batch`` compares each document's cache key (path, bytes, manifest row,
model, code) with the cache and last run's documents table; it analyses and
writes nothing. Shared by ``run.run_batch`` (to analyse only what changed) and
``pipeline status`` (to show it without doing it).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.batch import cache
from pipeline.batch.cache import Content
from pipeline.config import Settings
from pipeline.model_id import model_fingerprint


@dataclass(frozen=True)
class BatchPlan:
    keys: dict[str, str]  # source_path -> cache key of its current bytes, model and code
    add: tuple[str, ...]  # new since the last run
    redo: tuple[str, ...]  # known, but its bytes, the model or the pipeline changed
    drop: tuple[str, ...]  # in the last run's outputs, gone from raw/
    unchanged: tuple[str, ...]  # cached result reused

    @property
    def to_analyse(self) -> frozenset[str]:
        return frozenset(self.add + self.redo)


def plan_batch(settings: Settings, sources: Sequence[Content]) -> BatchPlan:
    model = model_fingerprint(settings.model_name)
    keys = {s.source_path: cache.cache_key(s, model) for s in sources}
    previous = previous_sources(settings.out_dir)
    add, redo, unchanged = [], [], []
    for path, key in keys.items():
        if settings.use_cache and cache.has_result(settings.cache_dir, key):
            unchanged.append(path)
        elif path in previous:
            redo.append(path)
        else:
            add.append(path)
    drop = sorted(previous - set(keys))
    return BatchPlan(keys, tuple(add), tuple(redo), tuple(drop), tuple(unchanged))


def previous_sources(out_dir: Path) -> set[str]:
    """Source paths in the last run's documents table (none when there is no readable one)."""
    table = out_dir / "documents.parquet"  # a file, or (since tables are partitioned) a folder of parts
    # File by file: pq.read_table on a folder imports pyarrow.dataset and pandas,
    # a third of a second that a small batch (or `pipeline status`) should not pay.
    parts = sorted(table.glob("*.parquet")) if table.is_dir() else [table]
    found: set[str] = set()
    try:
        for part in parts:
            column = pq.ParquetFile(part).read(columns=["source_path"]).column("source_path")
            found.update(str(path) for path in column.to_pylist())
    except (OSError, pa.ArrowException):
        return set()
    return found


def describe_plan(plan: BatchPlan) -> list[str]:
    """Lines for ``pipeline status``: a count per action, then each affected file."""
    lines = [
        f"{len(plan.add)} to add, {len(plan.redo)} to redo, {len(plan.drop)} to drop, "
        f"{len(plan.unchanged)} unchanged"
    ]
    for action, paths in (("add", plan.add), ("redo", plan.redo), ("drop", plan.drop)):
        lines.extend(f"  {action:<5} {path}" for path in paths)
    return lines
