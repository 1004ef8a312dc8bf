"""The facts table in part files by person: the last phases of a run.

A fact merges one person's careers and events rows from every document, so
facts cannot be made per document bucket. After the buckets' part files:

6. ``touched_facts`` (per document bucket rewritten in this run, or gone
   since the last): the fact buckets of the people whose rows in it are not
   those of last run (new, changed or gone). Only these are merged again;
   every other fact bucket's rows are the rows of last run's part files, so
   its part is kept (hard-linked, ``keep_facts``), unless other code merged
   it (each part names the code in its metadata, ``merged_by``).
7. ``route_facts`` (per document bucket): the rows of the fact buckets to
   merge go to their person's fact bucket (a hash of the person's entity id,
   or of the name when there is none), with their documents' file names;
8. ``write_facts`` (per fact bucket to merge): its people's facts, merged,
   written as ``facts.parquet/part-NNNN.parquet``.

Every row of one person meets in one task, so the parts hold exactly the
rows that merging the whole batch at once gives; a new document merges again
the facts of the people it tells about, not the whole table.
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

from pipeline.batch.parts import (
    WORK_DIRNAME,
    part_path,
    read_scratch,
    table_path,
    write_parquet,
    write_scratch,
)
from pipeline.linking.blocks import stable_bucket
from pipeline.tables import SCHEMAS

FACTS = "facts"
ROUTED = ("careers", "events")  # the tables facts are merged from
_PERSON_COLUMNS = ["person_entity_id", "person_name"]
_DOCUMENT_COLUMNS = ["doc_id", "source_path"]  # conflicts name the files that disagree
_DOCUMENTS = pa.schema([SCHEMAS["documents"].field(name) for name in _DOCUMENT_COLUMNS])
# In each fact part's Parquet metadata: the code fingerprint of the run that merged it.
CODE_KEY = b"pipeline.code"


@dataclass(frozen=True)
class FactSpec:
    """What the fact tasks need; small, sent to each worker once."""

    staging: Path  # the new output folder, where the buckets' part files already are
    out_dir: Path  # last run's outputs, whose fact parts are kept where nothing changed
    buckets: int
    code: str  # the pipeline's code fingerprint
    merge: frozenset[int] | None = None  # the fact buckets to merge again; None: every one

    @property
    def work(self) -> Path:
        return self.staging / WORK_DIRNAME / FACTS

    def merges(self, bucket: int) -> bool:
        return self.merge is None or bucket in self.merge


def touched_facts(bucket: int, spec: FactSpec) -> list[int]:
    """The fact buckets of the people whose rows in a document bucket this run are
    not the rows of last run (a row that went away changes its person's facts too)."""
    new, old = (_rows_by_person(folder, bucket) for folder in (spec.staging, spec.out_dir))
    changed = {key for key in new.keys() | old.keys() if new.get(key) != old.get(key)}
    return sorted({stable_bucket(key, spec.buckets) for key in changed})


def route_facts(bucket: int, spec: FactSpec) -> list[int]:
    """Send a document bucket's careers and events rows to their people's fact
    buckets (those to merge); returns the fact buckets it sent rows to."""
    sent: dict[int, list[pa.Array]] = {}
    for name in ROUTED:
        path = part_path(spec.staging, name, bucket)
        targets = pa.array(
            _fact_buckets(pq.read_table(path, columns=_PERSON_COLUMNS), spec.buckets), pa.int64()
        )
        wanted = sorted(b for b in set(targets.drop_null().to_pylist()) if spec.merges(b))
        if not wanted:  # in a rerun, most buckets hold none of the people to merge again
            continue
        table = pq.read_table(path, schema=SCHEMAS[name])
        for target in wanted:
            rows = table.filter(pc.equal(targets, target))
            write_scratch(rows, _scratch(spec, target, name, bucket))
            sent.setdefault(target, []).append(rows.column("doc_id").combine_chunks())
    if not sent:
        return []
    documents = pq.read_table(part_path(spec.staging, "documents", bucket), columns=_DOCUMENT_COLUMNS)
    for target, doc_ids in sent.items():
        found = documents.filter(pc.is_in(documents.column("doc_id"), pa.concat_arrays(doc_ids)))
        write_scratch(found, _scratch(spec, target, "documents", bucket))
    return sorted(sent)


def write_facts(bucket: int, spec: FactSpec) -> int:
    """The facts of one fact bucket's people, in the new output folder; returns the rows."""
    # Imported here: the dates package under it imports spaCy, which a rerun with nothing to do skips.
    from pipeline.facts.consolidate import consolidate_facts

    folder = spec.work / f"{bucket:04d}"
    careers, events = (read_scratch(sorted(folder.glob(f"{n}-*.arrow")), SCHEMAS[n]) for n in ROUTED)
    documents = read_scratch(sorted(folder.glob("documents-*.arrow")), _DOCUMENTS)
    facts = consolidate_facts(careers, events, documents)
    write_parquet(_signed(facts, spec), part_path(spec.staging, FACTS, bucket))
    return facts.num_rows


def keep_facts(spec: FactSpec) -> int:
    """Last run's parts of the fact buckets not merged again, in the new output folder
    (hard links when possible: nothing is rewritten); returns their rows."""
    old = table_path(spec.out_dir, FACTS)
    if spec.merge is None or not old.is_dir():
        return 0
    rows = 0
    for path in sorted(old.glob("part-*.parquet")):
        bucket = int(path.stem.removeprefix("part-"))
        if not spec.merges(bucket):
            new = part_path(spec.staging, FACTS, bucket)
            new.parent.mkdir(parents=True, exist_ok=True)
            try:
                os.link(path, new)
            except OSError:
                shutil.copyfile(path, new)
            rows += pq.read_metadata(new).num_rows
    return rows


def write_no_facts(spec: FactSpec) -> None:
    """An empty facts table when no part was written (a batch without careers or
    events), so readers still find its columns."""
    if not table_path(spec.staging, FACTS).is_dir():
        write_parquet(_signed(SCHEMAS[FACTS].empty_table(), spec), part_path(spec.staging, FACTS, 0))


def merged_by(out_dir: Path) -> str | None:
    """The code fingerprint that merged last run's facts (None: no facts, or unreadable)."""
    try:
        first = min(table_path(out_dir, FACTS).glob("part-*.parquet"))
        return (pq.read_schema(first).metadata or {})[CODE_KEY].decode()
    except (OSError, ValueError, KeyError, pa.ArrowException):
        return None


def _signed(facts: pa.Table, spec: FactSpec) -> pa.Table:
    return facts.replace_schema_metadata({CODE_KEY: spec.code.encode()})


def _fact_buckets(table: pa.Table, count: int) -> list[int | None]:
    """Each row's fact bucket: by its person, None for a row about no one."""
    from pipeline.facts.consolidate import person_key  # see write_facts

    columns = table.select(_PERSON_COLUMNS).to_pydict()
    keys = [
        person_key({"person_entity_id": entity, "person_name": name})
        for entity, name in zip(columns["person_entity_id"], columns["person_name"], strict=True)
    ]
    buckets = {key: stable_bucket(key, count) for key in set(keys) if key is not None}
    return [buckets[key] if key is not None else None for key in keys]


def _rows_by_person(folder: Path, bucket: int) -> dict[str, str]:
    """A digest of each person's careers and events rows in the bucket's part files
    (rows are sorted in a part, so the same rows give the same digest)."""
    from pipeline.facts.consolidate import person_key  # see write_facts

    digests: dict[str, hashlib._Hash] = {}
    for name in ROUTED:
        path = part_path(folder, name, bucket)
        rows = pq.read_table(path, schema=SCHEMAS[name]).to_pylist() if path.is_file() else []
        for row in rows:
            key = person_key(row)
            if key is not None:
                digests.setdefault(key, hashlib.sha256()).update(repr((name, sorted(row.items()))).encode())
    return {key: digest.hexdigest() for key, digest in digests.items()}


def _scratch(spec: FactSpec, target: int, name: str, bucket: int) -> Path:
    return spec.work / f"{target:04d}" / f"{name}-{bucket:04d}.arrow"
