"""The driver's side of running a batch: the phases in order, each a map of tasks.

``run_phases`` is what ``run.run_batch`` calls once the plan is made; the
tasks themselves, run by the workers, are in ``tasks.py`` and ``fact_tasks.py``.

analyse what changed -> linking keys per bucket -> components (here: memory
grows with distinct names, not mentions) -> mentions to their blocks -> link
each block (blocks that made the same entity are linked again together) ->
the entities table -> each bucket's part files -> careers and events rows to
their people's fact buckets -> each fact bucket's part (fact_tasks.py). The
driver holds paths, hashes, keys and entities; mentions, results and rows stay
with the tasks.
"""

from __future__ import annotations

import dataclasses
import shutil
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

import pyarrow as pa

from pipeline.batch import cache
from pipeline.batch.executors import Executor, open_executor
from pipeline.batch.fact_tasks import (
    FactSpec,
    keep_facts,
    merged_by,
    route_facts,
    touched_facts,
    write_facts,
    write_no_facts,
)
from pipeline.batch.parts import PARTITIONED_TABLES, bucket_of, part_path, table_path, write_parquet
from pipeline.batch.plan import BatchPlan
from pipeline.batch.progress import Progress
from pipeline.batch.sources import SourceRef
from pipeline.batch.state import BucketDone, BuiltFrom
from pipeline.batch.tasks import (
    BucketJob,
    Job,
    TaskSpec,
    analyse_chunk,
    bucket_keys,
    failed_result,
    link_blocks,
    link_tag,
    split_bucket,
    write_bucket,
)
from pipeline.config import Settings
from pipeline.linking import Registry
from pipeline.linking.blocks import Components, colliding_blocks
from pipeline.tables import SCHEMAS, SORT_KEYS

# Documents parsed together; at least a few chunks per worker keep the load even at the end.
MAX_CHUNK = 8
_CHUNKS_PER_WORKER = 4
R = TypeVar("R")


@dataclass(frozen=True)
class Outcome:
    parts: list[BucketDone]
    analysed: int
    entities: int
    facts: int = 0  # rows of the facts table


def run_phases(
    settings: Settings,
    sources: Sequence[SourceRef],
    plan: BatchPlan,
    registry: Registry | None,
    staging: Path,
    built: BuiltFrom | None,
) -> Outcome:
    """Fill ``staging`` with the run's tables."""
    jobs = [
        Job(ref, plan.keys[ref.source_path], bucket_of(ref.source_path, settings.buckets)) for ref in sources
    ]
    pending = [job for job in jobs if job.ref.source_path in plan.to_analyse]
    code = cache.code_fingerprint()
    spec = TaskSpec(
        settings.raw_dir, settings.cache_dir, staging, settings.out_dir, settings.model_name, code
    )
    spec = dataclasses.replace(spec, registry=registry)
    previous = built.parts if built is not None and built.buckets == settings.buckets else {}
    buckets = _buckets(jobs, previous)
    with open_executor(settings, len(pending)) as executor:
        _analyse(executor, pending, spec, settings.workers, settings.progress)
        spec = dataclasses.replace(spec, block_of=_blocks(executor, buckets, spec, settings.buckets))
        list(_checked(executor.map(split_bucket, buckets, spec)))
        entities = _link(executor, sorted(set(spec.block_of.values())), spec)
        write_parquet(entities, table_path(staging, "entities"))
        spec = dataclasses.replace(spec, block_of={})
        parts = list(_checked(executor.map(write_bucket, buckets, spec)))
        facts_spec = FactSpec(staging, settings.out_dir, settings.buckets, code)
        # Last run's fact parts are kept only where they were cut the same way.
        last = built is not None and built.buckets == settings.buckets
        facts = _facts(executor, parts, previous if last else None, facts_spec)
    shutil.rmtree(spec.work, ignore_errors=True)
    if not parts:  # no documents: empty tables, so readers still find every column
        for name in PARTITIONED_TABLES:
            write_parquet(SCHEMAS[name].empty_table(), part_path(staging, name, 0))
    return Outcome(parts, len(pending), entities.num_rows, facts)


def _buckets(jobs: Sequence[Job], previous: dict[int, BucketDone]) -> list[BucketJob]:
    grouped: dict[int, list[Job]] = defaultdict(list)
    for job in jobs:
        grouped[job.bucket].append(job)
    return [BucketJob(b, tuple(found), previous.get(b)) for b, found in sorted(grouped.items())]


def _analyse(
    executor: Executor, pending: Sequence[Job], spec: TaskSpec, workers: int, shown: bool | None
) -> None:
    """Analyse in chunks; a chunk that failed is tried one document at a time, and a
    document that fails again alone is recorded as an error with the reason."""
    size = max(1, min(MAX_CHUNK, len(pending) // max(1, workers * _CHUNKS_PER_WORKER)))
    chunks = [tuple(pending[i : i + size]) for i in range(0, len(pending), size)]
    progress = Progress(len(pending), "analysing", shown)
    failed: list[Job] = []
    for chunk, outcome in zip(chunks, executor.map(analyse_chunk, chunks, spec), strict=True):
        if isinstance(outcome, BaseException):
            failed.extend(chunk)
        else:
            progress.advance(len(chunk))
    alone = [(job,) for job in failed]
    for (job,), outcome in zip(alone, executor.map(analyse_chunk, alone, spec), strict=True):
        if isinstance(outcome, BaseException):
            reason = f"{type(outcome).__name__}: {outcome}"
            cache.save_entry(
                cache.entry_path(spec.cache_dir, job.key), cache.encode(failed_result(job, reason))
            )
        progress.advance()
    progress.close()


def _blocks(executor: Executor, buckets: Sequence[BucketJob], spec: TaskSpec, count: int) -> dict[str, int]:
    """Each unit's first key -> its block: components of units sharing keys."""
    components = Components()
    first: set[str] = set()
    for table in _checked(executor.map(bucket_keys, buckets, spec)):
        for keys in table.column("keys").to_pylist():
            components.add(keys)
            first.add(keys[0])
    blocks = components.blocks(count)
    return {key: blocks[key] for key in first}


def _link(executor: Executor, blocks: Sequence[int], spec: TaskSpec) -> pa.Table:
    """Link every block; blocks that made an entity with the same id are linked
    again together, as linking all at once would have combined them."""
    groups: list[tuple[int, ...]] = [(block,) for block in blocks]
    found = dict(zip(groups, _checked(executor.map(link_blocks, groups, spec)), strict=True))
    while collisions := _collisions(found):
        merged = [tuple(sorted(b for group in together for b in group)) for together in collisions]
        for together in collisions:
            for group in together:
                del found[group]
                for stale in spec.work.glob(f"links/*/{link_tag(group)}.arrow"):
                    stale.unlink()
        found |= dict(zip(merged, _checked(executor.map(link_blocks, merged, spec)), strict=True))
    tables = [table for _, table in sorted(found.items())]
    entities = pa.concat_tables(tables) if tables else SCHEMAS["entities"].empty_table()
    return entities.sort_by([(key, "ascending") for key in SORT_KEYS["entities"]])


def _facts(
    executor: Executor, parts: Sequence[BucketDone], previous: dict[int, BucketDone] | None, spec: FactSpec
) -> int:
    """The facts table's parts, by person; returns its rows. With last run's record
    (``previous``), only the fact buckets of rows in rewritten or vanished document
    buckets are merged again, when the same code merged them."""
    if previous is not None and merged_by(spec.out_dir) == spec.code:
        buckets = {part.bucket for part in parts}
        changed = [part.bucket for part in parts if not part.reused] + sorted(set(previous) - buckets)
        touched = _checked(executor.map(touched_facts, changed, spec))
        spec = dataclasses.replace(spec, merge=frozenset(b for found in touched for b in found))
    routed = _checked(executor.map(route_facts, [part.bucket for part in parts], spec))
    targets = sorted({target for found in routed for target in found})
    rows = sum(_checked(executor.map(write_facts, targets, spec))) + keep_facts(spec)
    write_no_facts(spec)
    return rows


def _collisions(found: dict[tuple[int, ...], pa.Table]) -> list[list[tuple[int, ...]]]:
    groups = sorted(found)
    ids = ((i, found[group].column("entity_id").to_pylist()) for i, group in enumerate(groups))
    return [[groups[i] for i in sorted(together)] for together in colliding_blocks(ids)]


def _checked(outcomes: Iterable[R | BaseException]) -> Iterator[R]:
    """Results of a phase past analysis, where a failure is the run's failure."""
    for outcome in outcomes:
        if isinstance(outcome, BaseException):
            raise outcome
        yield outcome
