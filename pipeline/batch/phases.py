"""The driver's side of running a batch: the phases in order, each a map of tasks.

``run_phases`` is what ``run.run_batch`` calls once the plan is made; the
tasks themselves, run by the workers, are in ``tasks.py``, ``link_tasks.py``
and ``fact_tasks.py``.

analyse what changed (tasks.py) -> each bucket's mentions with their linking
keys (link_tasks.py) -> components of keys, here (memory grows with distinct
names, not mentions) -> link each block (blocks that made the same entity
are linked again together) -> the entities table -> each bucket's part files
(tasks.py) -> careers and events rows to their people's fact buckets -> each
fact bucket's part (fact_tasks.py). The driver holds paths, hashes, keys and
entities; mentions, results and rows stay with the tasks.
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
from pipeline.batch.link_tasks import LinkJob, bucket_mentions, link_blocks, merge_jobs
from pipeline.batch.parts import (
    PARTITIONED_TABLES,
    bucket_of,
    entities_path,
    links_path,
    part_path,
    table_path,
    write_parquet,
    write_scratch,
)
from pipeline.batch.plan import BatchPlan
from pipeline.batch.progress import Progress
from pipeline.batch.sources import SourceRef
from pipeline.batch.state import BucketDone, BuiltFrom
from pipeline.batch.tasks import BucketJob, Job, TaskSpec, analyse_chunk, failed_result, write_bucket
from pipeline.config import Settings
from pipeline.linking import Registry
from pipeline.linking.blocks import Components, colliding_blocks
from pipeline.tables import SCHEMAS, SORT_KEYS

# Documents parsed together; at least a few chunks per worker keep the load even at the end.
MAX_CHUNK = 8
_CHUNKS_PER_WORKER = 4
# Within-document clusters per linking block, about: a block is a task and a file,
# so a small batch links in one block rather than in many that each hold a few
# names; the outputs do not depend on the number of blocks (linking/blocks.py).
_UNITS_PER_BLOCK = 2_000
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
    with open_executor(settings, len(jobs), len(pending)) as executor:
        _analyse(executor, pending, spec, settings.workers, settings.progress)
        entities, links = _link(executor, buckets, spec, settings.buckets)
        write_parquet(entities, table_path(staging, "entities"))
        write_scratch(entities, entities_path(spec.work))
        buckets = [dataclasses.replace(item, links=links.get(item.bucket, ())) for item in buckets]
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


def _link(
    executor: Executor, buckets: Sequence[BucketJob], spec: TaskSpec, most: int
) -> tuple[pa.Table, dict[int, tuple[str, ...]]]:
    """Cross-document linking (in at most ``most`` blocks): the entities table, and
    each bucket's link files."""
    components = Components()
    first_keys: list[tuple[int, set[str]]] = []  # each bucket's units' first keys
    units = 0
    for item, table in zip(buckets, _checked(executor.map(bucket_mentions, buckets, spec)), strict=True):
        keys = table.column("keys").to_pylist()
        for unit in keys:
            components.add(unit)
        first_keys.append((item.bucket, {unit[0] for unit in keys}))
        units += len(keys)
    count = min(most, max(1, units // _UNITS_PER_BLOCK))
    found = _linked(executor, _link_jobs(components.blocks(count), first_keys), spec)
    links: dict[int, list[str]] = defaultdict(list)
    for job in sorted(found, key=lambda job: job.blocks):
        for bucket in job.buckets:
            links[bucket].append(job.tag)
    tables = [found[job] for job in sorted(found, key=lambda job: job.blocks)]
    entities = pa.concat_tables(tables) if tables else SCHEMAS["entities"].empty_table()
    entities = entities.sort_by([(key, "ascending") for key in SORT_KEYS["entities"]])
    return entities, {bucket: tuple(tags) for bucket, tags in links.items()}


def _link_jobs(block_of: dict[str, int], first_keys: Iterable[tuple[int, set[str]]]) -> list[LinkJob]:
    """A job per block: its units' first keys and the buckets they are in."""
    keys: dict[int, set[str]] = defaultdict(set)
    buckets: dict[int, set[int]] = defaultdict(set)
    for bucket, first in first_keys:
        for key in first:
            keys[block_of[key]].add(key)
            buckets[block_of[key]].add(bucket)
    return [LinkJob((b,), (tuple(sorted(keys[b])),), tuple(sorted(buckets[b]))) for b in sorted(keys)]


def _linked(executor: Executor, jobs: list[LinkJob], spec: TaskSpec) -> dict[LinkJob, pa.Table]:
    """Link every block; blocks that made an entity with the same id are linked
    again together, as linking all at once would have combined them."""
    found = dict(zip(jobs, _checked(executor.map(link_blocks, jobs, spec)), strict=True))
    while collisions := _collisions(found):
        merged = [merge_jobs(together) for together in collisions]
        for job in (job for together in collisions for job in together):
            del found[job]
            links_path(spec.work, job.tag).unlink(missing_ok=True)
        found |= dict(zip(merged, _checked(executor.map(link_blocks, merged, spec)), strict=True))
    return found


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


def _collisions(found: dict[LinkJob, pa.Table]) -> list[list[LinkJob]]:
    jobs = sorted(found, key=lambda job: job.blocks)
    ids = ((i, found[job].column("entity_id").to_pylist()) for i, job in enumerate(jobs))
    return [[jobs[i] for i in sorted(together)] for together in colliding_blocks(ids)]


def _checked(outcomes: Iterable[R | BaseException]) -> Iterator[R]:
    """Results of a phase past analysis, where a failure is the run's failure."""
    for outcome in outcomes:
        if isinstance(outcome, BaseException):
            raise outcome
        yield outcome
