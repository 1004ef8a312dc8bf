"""The workers' side of running a batch: the work handed to the executor, one function per phase.

The driver (``phases.py``) maps them over items. Every task takes one item and
the run's ``TaskSpec``; it reads what it needs from the cache and the scratch
folder and writes its output there, returning only small summaries (or an
Arrow table of entities). A task is idempotent: a cluster that loses a worker
runs it again and gets the same files.

1. ``analyse_chunk``: parse and analyse documents, one cache entry each;
2. ``bucket_mentions`` and 3. ``link_blocks``: cross-document linking
   (``link_tasks.py``);
4. ``write_bucket``: a bucket's part files (or last run's, when nothing in it changed).
"""

from __future__ import annotations

import bisect
import dataclasses
import hashlib
import os
import shutil
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc

from pipeline.batch import cache
from pipeline.batch.parts import (
    LINK_SCHEMA,
    PARTITIONED_TABLES,
    entities_path,
    links_path,
    part_path,
    read_scratch,
    write_parquet,
)
from pipeline.batch.sources import SourceRef, read_source
from pipeline.batch.state import BucketDone
from pipeline.config import Source
from pipeline.linking import Registry
from pipeline.records import DocumentResult, Entity, SourceDocument, with_fields
from pipeline.tables import SCHEMAS


@dataclass(frozen=True)
class TaskSpec:
    """What every task needs; small, sent to each worker once."""

    raw: Source
    cache_dir: Path
    staging: Path  # the new output folder being filled
    out_dir: Path  # last run's outputs, whose unchanged parts are reused
    model_name: str
    code: str  # the driver's code fingerprint: a worker with other code must not write
    registry: Registry | None = None

    @property
    def work(self) -> Path:
        return self.staging / ".work"


@dataclass(frozen=True, slots=True)
class Job:
    """One document of the run and its cache key."""

    ref: SourceRef
    key: str
    bucket: int


@dataclass(frozen=True)
class BucketJob:
    bucket: int
    jobs: tuple[Job, ...]
    previous: BucketDone | None = None  # last run's record of this bucket
    links: tuple[str, ...] = ()  # the link files (their tags) with rows of this bucket


class WorkerMismatch(RuntimeError):
    """A worker runs other pipeline code than the driver."""


def analyse_chunk(jobs: Sequence[Job], spec: TaskSpec) -> int:
    """Analyse documents as one spaCy batch; each result goes to the cache."""
    from pipeline.analyse import analyse_documents
    from pipeline.model import load_model  # spaCy: only where documents are analysed

    _check_code(spec)
    sources = [read_source(job.ref, spec.raw) for job in jobs]
    for job, result in zip(jobs, analyse_documents(load_model(spec.model_name), sources), strict=True):
        cache.save_entry(cache.entry_path(spec.cache_dir, job.key), cache.encode(result))
    return len(jobs)


def failed_result(job: Job, reason: str) -> DocumentResult:
    """The result of a document whose analysis could not finish on any worker."""
    from pipeline.analyse import document_row

    ref, error = job.ref, f"{job.ref.source_path}: analysis failed on a worker: {reason}"
    return DocumentResult(
        document_row(SourceDocument(ref.doc_id, ref.source_path, ref.content_sha256, "", "error", error))
    )


def write_bucket(item: BucketJob, spec: TaskSpec) -> BucketDone:
    """The bucket's part of every per-document table, in the new output folder."""
    links = _links(item, spec)
    ids = links.column("mention_id").to_pylist()
    entity_of = dict(zip(ids, links.column("entity_id").to_pylist(), strict=True))
    entities = _entities(spec, set(entity_of.values()))
    fingerprint = _fingerprint(item, entity_of, entities)
    previous = item.previous
    if previous is not None and previous.fingerprint == fingerprint and _reuse(item.bucket, spec):
        return dataclasses.replace(previous, reused=True)
    from pipeline.assemble import assemble_tables

    results = bucket_results(item, spec)
    mentions = [with_fields(m, entity_id=entity_of.get(m.mention_id)) for r in results for m in r.mentions]
    tables = assemble_tables(results, list(entities.values()), mentions)
    for name in PARTITIONED_TABLES:
        write_parquet(tables[name], part_path(spec.staging, name, item.bucket))
    statuses = dict(Counter(str(r.document.status) for r in results))
    errors = tuple(r.document.error or r.document.status for r in results if r.document.status != "ok")
    rows = {name: tables[name].num_rows for name in PARTITIONED_TABLES}
    warnings = tuple(r.document.warning for r in results if r.document.warning)
    return BucketDone(item.bucket, fingerprint, statuses, errors, rows, warnings=warnings)


def _check_code(spec: TaskSpec) -> None:
    if cache.code_fingerprint() != spec.code:
        raise WorkerMismatch(
            "a worker runs another version of the pipeline than this run; "
            "install the same version on every worker of the cluster"
        )


def bucket_results(item: BucketJob, spec: TaskSpec) -> list[DocumentResult]:
    """The bucket's results from the cache; one whose entry went missing or was
    damaged since it was planned is analysed again here."""
    results = []
    for job in item.jobs:
        result = cache.load_result(spec.cache_dir, job.key)
        if result is None:
            analyse_chunk((job,), spec)
            result = cache.load_result(spec.cache_dir, job.key)
        if result is None:
            raise RuntimeError(f"{job.ref.source_path}: its analysis could not be stored in {spec.cache_dir}")
        results.append(result)
    return results


def _links(item: BucketJob, spec: TaskSpec) -> pa.Table:
    """The bucket's rows of its link files (each sorted by bucket: a slice of each)."""
    slices = []
    for tag in item.links:
        table = read_scratch([links_path(spec.work, tag)], LINK_SCHEMA)
        buckets = table.column("bucket").to_numpy()
        start = bisect.bisect_left(buckets, item.bucket)
        slices.append(table.slice(start, bisect.bisect_right(buckets, item.bucket) - start))
    return pa.concat_tables(slices) if slices else LINK_SCHEMA.empty_table()


def _entities(spec: TaskSpec, wanted: set[str]) -> dict[str, Entity]:
    """The entities the bucket's mentions are linked to (enough for assembly)."""
    table = read_scratch([entities_path(spec.work)], SCHEMAS["entities"])
    table = table.filter(pc.is_in(table.column("entity_id"), value_set=pa.array(sorted(wanted), pa.string())))
    found = {}
    for row in table.to_pylist():
        row["aliases"] = tuple(row["aliases"])
        found[row["entity_id"]] = Entity(**row)
    return found


def _fingerprint(item: BucketJob, entity_of: dict[str, str], entities: dict[str, Entity]) -> str:
    """Everything the bucket's rows are made of: its documents' results (their cache
    keys) and, for every mention, its entity's id and name."""
    digest = hashlib.sha256()
    for job in item.jobs:
        digest.update(f"{job.ref.source_path}\x1f{job.key}\n".encode())
    for mention_id in sorted(entity_of):
        entity = entities.get(entity_of[mention_id])
        name = entity.canonical_name if entity else ""
        digest.update(f"{mention_id}\x1f{entity_of[mention_id]}\x1f{name}\n".encode())
    return digest.hexdigest()


def _reuse(bucket: int, spec: TaskSpec) -> bool:
    """Last run's part files of the bucket, in the new output folder (hard links
    when possible: nothing is rewritten); False when any is missing."""
    old = [part_path(spec.out_dir, name, bucket) for name in PARTITIONED_TABLES]
    if not all(path.is_file() for path in old):
        return False
    for name, path in zip(PARTITIONED_TABLES, old, strict=True):
        new = part_path(spec.staging, name, bucket)
        new.parent.mkdir(parents=True, exist_ok=True)
        try:
            os.link(path, new)
        except OSError:
            shutil.copyfile(path, new)
    return True
