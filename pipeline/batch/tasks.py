"""The workers' side of running a batch: the work handed to the executor, one function per phase.

The driver (``phases.py``) maps them over items. Every task takes one item and
the run's ``TaskSpec``; it reads what it needs from the cache and the scratch
folder and writes its output there, returning only small summaries (or an
Arrow table of entities). A task is idempotent: a cluster that loses a worker
runs it again and gets the same files.

1. ``analyse_chunk``: parse and analyse documents, one cache entry each;
2. ``bucket_keys``: the linking keys of a bucket's within-document clusters;
3. ``split_bucket``: a bucket's mentions, sent to their linking blocks;
4. ``link_blocks``: cross-document linking of one or more blocks;
5. ``write_bucket``: a bucket's part files (or last run's, when nothing in it changed).
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
import shutil
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.batch import cache
from pipeline.batch.parts import (
    PARTITIONED_TABLES,
    part_path,
    read_scratch,
    table_path,
    write_parquet,
    write_scratch,
)
from pipeline.batch.sources import SourceRef, read_source
from pipeline.batch.state import BucketDone
from pipeline.config import Source
from pipeline.linking import Registry
from pipeline.records import DocumentResult, Entity, Mention, SourceDocument, with_fields
from pipeline.tables import table_from_records

MENTION_FIELDS: tuple[str, ...] = ("mention_id", "doc_id", "text", "label", "start_char", "end_char")
MENTION_FIELDS += ("sentence_index", "role", "cluster", "entity_id")
_int, _str = pa.int64(), pa.string()
MENTION_SCHEMA = pa.schema(
    [(name, _int if name.endswith(("_char", "_index")) else _str) for name in MENTION_FIELDS]
    + [("bucket", _int)]
)
LINK_SCHEMA = pa.schema([("mention_id", _str), ("entity_id", _str)])


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
    block_of: dict[str, int] = field(default_factory=dict)  # a unit's first key -> its block

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


def bucket_keys(item: BucketJob, spec: TaskSpec) -> pa.Table:
    """The distinct key sets of the bucket's within-document clusters."""
    from pipeline.linking.blocks import keys_by_unit

    found: set[tuple[str, ...]] = set()
    for result in _results(item, spec):
        found.update(keys_by_unit(result.mentions, spec.registry).values())
    return pa.table({"keys": pa.array(sorted(found), pa.list_(_str))})


def split_bucket(item: BucketJob, spec: TaskSpec) -> int:
    """Write the bucket's mentions into their blocks' folders."""
    from pipeline.linking.blocks import split_by_block

    mentions = [m for result in _results(item, spec) for m in result.mentions]
    for block, found in split_by_block(mentions, spec.block_of, spec.registry).items():
        columns = {name: [getattr(m, name) for m in found] for name in MENTION_FIELDS}
        table = pa.table(columns | {"bucket": [item.bucket] * len(found)}, schema=MENTION_SCHEMA)
        write_scratch(table, block_dir(spec, block) / f"bucket-{item.bucket:04d}.arrow")
    return len(mentions)


def link_blocks(blocks: tuple[int, ...], spec: TaskSpec) -> pa.Table:
    """Cross-document linking of the mentions in ``blocks``: the entities, and a
    link file (mention -> entity) per bucket, named for the blocks."""
    from pipeline.linking import link_entities

    paths = sorted(p for block in blocks for p in block_dir(spec, block).glob("*.arrow"))
    table = read_scratch(paths, MENTION_SCHEMA)
    mentions = [Mention(**{name: row[name] for name in MENTION_FIELDS}) for row in table.to_pylist()]
    entities, linked = link_entities(mentions, spec.registry)
    buckets = table.column("bucket").to_pylist()
    tag = link_tag(blocks)
    for bucket in sorted(set(buckets)):
        pairs = [(m.mention_id, m.entity_id) for m, b in zip(linked, buckets, strict=True) if b == bucket]
        links = pa.table(
            {"mention_id": [p[0] for p in pairs], "entity_id": [p[1] for p in pairs]}, LINK_SCHEMA
        )
        write_scratch(links, link_dir(spec, bucket) / f"{tag}.arrow")
    return table_from_records("entities", entities)


def write_bucket(item: BucketJob, spec: TaskSpec) -> BucketDone:
    """The bucket's part of every per-document table, in the new output folder."""
    links = read_scratch(sorted(link_dir(spec, item.bucket).glob("*.arrow")), LINK_SCHEMA)
    ids = links.column("mention_id").to_pylist()
    entity_of = dict(zip(ids, links.column("entity_id").to_pylist(), strict=True))
    entities = _entities(spec, set(entity_of.values()))
    fingerprint = _fingerprint(item, entity_of, entities)
    previous = item.previous
    if previous is not None and previous.fingerprint == fingerprint and _reuse(item.bucket, spec):
        return dataclasses.replace(previous, reused=True)
    from pipeline.assemble import assemble_tables

    results = _results(item, spec)
    mentions = [with_fields(m, entity_id=entity_of.get(m.mention_id)) for r in results for m in r.mentions]
    tables = assemble_tables(results, list(entities.values()), mentions)
    for name in PARTITIONED_TABLES:
        write_parquet(tables[name], part_path(spec.staging, name, item.bucket))
    statuses = dict(Counter(str(r.document.status) for r in results))
    errors = tuple(r.document.error or r.document.status for r in results if r.document.status != "ok")
    rows = {name: tables[name].num_rows for name in PARTITIONED_TABLES}
    warnings = tuple(r.document.warning for r in results if r.document.warning)
    return BucketDone(item.bucket, fingerprint, statuses, errors, rows, warnings=warnings)


def link_tag(blocks: Sequence[int]) -> str:
    """The name of the link files ``link_blocks`` writes for ``blocks``."""
    return "blocks-" + "-".join(f"{b:04d}" for b in blocks)


def block_dir(spec: TaskSpec, block: int) -> Path:
    return spec.work / "blocks" / f"{block:04d}"


def link_dir(spec: TaskSpec, bucket: int) -> Path:
    return spec.work / "links" / f"{bucket:04d}"


def _check_code(spec: TaskSpec) -> None:
    if cache.code_fingerprint() != spec.code:
        raise WorkerMismatch(
            "a worker runs another version of the pipeline than this run; "
            "install the same version on every worker of the cluster"
        )


def _results(item: BucketJob, spec: TaskSpec) -> list[DocumentResult]:
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


def _entities(spec: TaskSpec, wanted: set[str | None]) -> dict[str, Entity]:
    """The entities the bucket's mentions are linked to (enough for assembly)."""
    table = pq.read_table(table_path(spec.staging, "entities"))
    found = {}
    for row in table.to_pylist():
        if row["entity_id"] in wanted:
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
