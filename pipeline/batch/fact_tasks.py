"""The facts table in part files by person: the last two phases of a run.

A fact merges one person's careers and events rows from every document, so
facts cannot be made per document bucket. After the buckets' part files:

6. ``route_facts`` (per document bucket): the bucket's careers and events
   rows go to the fact bucket of their person (a hash of the person's entity
   id, or of the name when there is none), with their documents' file names;
7. ``write_facts`` (per fact bucket): its people's facts, merged, written as
   ``facts.parquet/part-NNNN.parquet``. When its input rows (and the code that
   merges them) are those of last run's part, that part is kept: a new
   document rewrites the parts of the people it tells about, not the table.

Every row of one person meets in one task, so the parts hold exactly the
rows that merging the whole batch at once gives.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from pipeline.batch.parts import WORK_DIRNAME, part_path, read_scratch, write_parquet, write_scratch
from pipeline.linking.blocks import stable_bucket
from pipeline.tables import SCHEMAS

FACTS = "facts"
ROUTED = ("careers", "events")  # the tables facts are merged from
_DOCUMENT_COLUMNS = ["doc_id", "source_path"]  # conflicts name the files that disagree
_DOCUMENTS = pa.schema([SCHEMAS["documents"].field(name) for name in _DOCUMENT_COLUMNS])
# In each fact part's Parquet metadata: a digest of what it was merged from.
INPUTS_KEY = b"pipeline.facts.inputs"


@dataclass(frozen=True)
class FactSpec:
    """What the fact tasks need; small, sent to each worker once."""

    staging: Path  # the new output folder, where the buckets' part files already are
    out_dir: Path  # last run's outputs, whose unchanged fact parts are kept
    code: str  # the pipeline's code fingerprint: other merging code, other facts
    buckets: int

    @property
    def work(self) -> Path:
        return self.staging / WORK_DIRNAME / FACTS


def route_facts(bucket: int, spec: FactSpec) -> list[int]:
    """Send a document bucket's careers and events rows to their people's fact
    buckets; returns the fact buckets it sent rows to."""
    documents = pq.read_table(part_path(spec.staging, "documents", bucket), columns=_DOCUMENT_COLUMNS)
    sent: dict[int, list[pa.Array]] = {}
    for name in ROUTED:
        table = pq.read_table(part_path(spec.staging, name, bucket), schema=SCHEMAS[name])
        targets = pa.array(_fact_buckets(table, spec.buckets), pa.int64())
        for target in sorted(set(targets.drop_null().to_pylist())):
            rows = table.filter(pc.equal(targets, target))
            write_scratch(rows, _scratch(spec, target, name, bucket))
            sent.setdefault(target, []).append(rows.column("doc_id").combine_chunks())
    for target, doc_ids in sent.items():
        found = documents.filter(pc.is_in(documents.column("doc_id"), pa.concat_arrays(doc_ids)))
        write_scratch(found, _scratch(spec, target, "documents", bucket))
    return sorted(sent)


def write_facts(bucket: int, spec: FactSpec) -> int:
    """The facts of one fact bucket's people, in the new output folder; returns the rows."""
    inputs = {
        name: sorted((spec.work / f"{bucket:04d}").glob(f"{name}-*.arrow")) for name in (*ROUTED, "documents")
    }
    digest = _digest(spec.code, [path for paths in inputs.values() for path in paths])
    target = part_path(spec.staging, FACTS, bucket)
    if _keep(part_path(spec.out_dir, FACTS, bucket), target, digest):
        return pq.read_metadata(target).num_rows
    # Imported here: the dates package under it imports spaCy, which a rerun with nothing to do skips.
    from pipeline.facts.consolidate import consolidate_facts

    careers, events = (read_scratch(inputs[name], SCHEMAS[name]) for name in ROUTED)
    documents = read_scratch(inputs["documents"], _DOCUMENTS)
    facts = consolidate_facts(careers, events, documents)
    write_parquet(facts.replace_schema_metadata({INPUTS_KEY: digest.encode()}), target)
    return facts.num_rows


def write_no_facts(staging: Path) -> None:
    """An empty facts table (a batch without careers or events), so readers still find its columns."""
    write_parquet(SCHEMAS[FACTS].empty_table(), part_path(staging, FACTS, 0))


def _fact_buckets(table: pa.Table, count: int) -> list[int | None]:
    """Each row's fact bucket: by its person, None for a row about no one."""
    from pipeline.facts.consolidate import person_key  # see write_facts

    columns = table.select(["person_entity_id", "person_name"]).to_pydict()
    keys = [
        person_key({"person_entity_id": entity, "person_name": name})
        for entity, name in zip(columns["person_entity_id"], columns["person_name"], strict=True)
    ]
    buckets = {key: stable_bucket(key, count) for key in set(keys) if key is not None}
    return [buckets[key] if key is not None else None for key in keys]


def _scratch(spec: FactSpec, target: int, name: str, bucket: int) -> Path:
    return spec.work / f"{target:04d}" / f"{name}-{bucket:04d}.arrow"


def _digest(code: str, paths: list[Path]) -> str:
    """Of the merging code and the input files' names and bytes (the same rows give the same files)."""
    digest = hashlib.sha256(code.encode())
    for path in paths:
        digest.update(f"\x1f{path.name}\x1f".encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def _keep(old: Path, new: Path, digest: str) -> bool:
    """Last run's part in the new output folder (a hard link when possible) when it was
    merged from the same inputs; False when it was not, or is missing or unreadable."""
    try:
        metadata = pq.read_schema(old).metadata or {}
    except (OSError, pa.ArrowException):
        return False
    if metadata.get(INPUTS_KEY) != digest.encode():
        return False
    new.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.link(old, new)
    except OSError:
        shutil.copyfile(old, new)
    return True
