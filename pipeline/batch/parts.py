"""The on-disk layout of partitioned outputs, and the scratch files between phases.

Each per-document table is a folder of part files, one per bucket of
documents (a hash of the document's path, so an edited document stays in its
bucket): ``OUT/mentions.parquet/part-0007.parquet``. The facts table is a
folder of parts too, by a hash of the person. The entities table, which
every bucket shares, is one file, ``OUT/entities.parquet``. pandas, pyarrow,
DuckDB and Polars read a folder of part files under the same name as a file.

Scratch files (Arrow IPC) carry mentions, links and entities between the
phases of a run, under ``<staging>/.work/``; they go before the outputs are
swapped in. There is one file per bucket (its mentions, with the linking key
of each one's within-document cluster) and one per linking task (its links,
sorted by bucket), so a run creates about as many scratch files as buckets and
blocks, whatever the number of documents: creating files is slow on many file
systems, and slower still on the shared ones a cluster uses.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.linking.blocks import stable_bucket
from pipeline.tables import SCHEMAS

SHARED_TABLES = ("entities",)  # one file: every bucket's rows refer to it
# Parts by a hash of the person, not of the document: a fact merges one person's
# rows from every document (fact_tasks.py).
PERSON_TABLES = ("facts",)
PARTITIONED_TABLES = tuple(name for name in SCHEMAS if name not in (*SHARED_TABLES, *PERSON_TABLES))
WORK_DIRNAME = ".work"

_int, _str = pa.int64(), pa.string()
MENTION_FIELDS: tuple[str, ...] = ("mention_id", "doc_id", "text", "label", "start_char", "end_char")
MENTION_FIELDS += ("sentence_index", "role", "cluster", "entity_id")
# A bucket's mentions for linking: the mention, its bucket, and the first linking
# key of its within-document cluster (which names the cluster's block).
MENTION_SCHEMA = pa.schema(
    [(name, _int if name.endswith(("_char", "_index")) else _str) for name in MENTION_FIELDS]
    + [("bucket", _int), ("unit_key", _str)]
)
# What a linking task found: each mention's entity, sorted by the mention's bucket.
LINK_SCHEMA = pa.schema([("bucket", _int), ("mention_id", _str), ("entity_id", _str)])


def bucket_of(source_path: str, buckets: int) -> int:
    """The bucket of a document: by its path, so new bytes keep their part file."""
    return stable_bucket(source_path, buckets)


def part_name(bucket: int) -> str:
    return f"part-{bucket:04d}.parquet"


def part_bucket(name: str) -> int:
    """The bucket of a part file, from its name (``part_name``'s inverse)."""
    return int(name.removeprefix("part-").removesuffix(".parquet"))


def table_path(out_dir: Path, name: str) -> Path:
    """``OUT/<name>.parquet``: a file for shared tables, a folder of parts for the rest."""
    return out_dir / f"{name}.parquet"


def part_path(out_dir: Path, name: str, bucket: int) -> Path:
    return table_path(out_dir, name) / part_name(bucket)


def write_parquet(table: pa.Table, path: Path) -> None:
    """No timestamps or creator-dependent metadata beyond pyarrow's version, so
    identical rows give identical files."""
    path.parent.mkdir(parents=True, exist_ok=True)
    pq.write_table(table, path, compression="zstd")


def write_scratch(table: pa.Table, path: Path) -> None:
    """An Arrow IPC file, written whole or not at all: a task the cluster runs
    again (its worker died) rewrites the same file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(prefix=".part.", suffix=".tmp", dir=path.parent)
    with os.fdopen(fd, "wb") as handle, pa.ipc.new_file(handle, table.schema) as writer:
        writer.write_table(table)
    os.replace(temp, path)


def read_scratch(paths: list[Path], schema: pa.Schema) -> pa.Table:
    tables = [pa.ipc.open_file(pa.memory_map(str(path))).read_all() for path in paths]
    return pa.concat_tables(tables) if tables else schema.empty_table()


def mentions_path(work: Path, bucket: int) -> Path:
    return work / "mentions" / f"bucket-{bucket:04d}.arrow"


def links_path(work: Path, tag: str) -> Path:
    return work / "links" / f"{tag}.arrow"


def entities_path(work: Path) -> Path:
    """The entities table as a scratch file: read by every bucket task, memory-mapped."""
    return work / "entities.arrow"
