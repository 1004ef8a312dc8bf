"""The output tables: every column's name and type is declared here, and only here.

``SCHEMAS`` is the contract analysts' queries depend on; the README documents
each column and a test checks the two agree. ``write_tables`` writes all
tables atomically: each file is written beside its destination and renamed
into place, so a crash never leaves a half-written table.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

_str = pa.string()
_date = pa.date32()

SCHEMAS: dict[str, pa.Schema] = {
    "documents": pa.schema(
        [
            pa.field("doc_id", _str, nullable=False),
            pa.field("source_path", _str, nullable=False),
            pa.field("content_sha256", _str, nullable=False),
            pa.field("title", _str),
            pa.field("language", _str),
            pa.field("n_chars", pa.int64(), nullable=False),
            pa.field("n_tokens", pa.int64(), nullable=False),
            pa.field("status", _str, nullable=False),
            pa.field("error", _str),
        ]
    ),
    "mentions": pa.schema(
        [
            pa.field("mention_id", _str, nullable=False),
            pa.field("doc_id", _str, nullable=False),
            pa.field("entity_id", _str),
            pa.field("text", _str, nullable=False),
            pa.field("label", _str, nullable=False),
            pa.field("start_char", pa.int64(), nullable=False),
            pa.field("end_char", pa.int64(), nullable=False),
            pa.field("sentence_index", pa.int64(), nullable=False),
            pa.field("role", _str),
        ]
    ),
    "entities": pa.schema(
        [
            pa.field("entity_id", _str, nullable=False),
            pa.field("canonical_name", _str, nullable=False),
            pa.field("entity_type", _str, nullable=False),
            pa.field("aliases", pa.list_(_str), nullable=False),
            pa.field("mention_count", pa.int64(), nullable=False),
            pa.field("document_count", pa.int64(), nullable=False),
            pa.field("kb_id", _str),
        ]
    ),
    "dates": pa.schema(
        [
            pa.field("date_id", _str, nullable=False),
            pa.field("doc_id", _str, nullable=False),
            pa.field("text", _str, nullable=False),
            pa.field("start_char", pa.int64(), nullable=False),
            pa.field("end_char", pa.int64(), nullable=False),
            pa.field("value", _str),
            pa.field("date_start", _date),
            pa.field("date_end", _date),
            pa.field("precision", _str),
            pa.field("kind", _str, nullable=False),
            pa.field("anchor_date_id", _str),
            pa.field("sentence_index", pa.int64(), nullable=False),
        ]
    ),
    "events": pa.schema(
        [
            pa.field("event_id", _str, nullable=False),
            pa.field("doc_id", _str, nullable=False),
            pa.field("event_type", _str, nullable=False),
            pa.field("person_entity_id", _str),
            pa.field("person_name", _str),
            pa.field("place_entity_id", _str),
            pa.field("place_name", _str),
            pa.field("organization_name", _str),
            pa.field("date_id", _str),
            pa.field("date_value", _str),
            pa.field("date_start", _date),
            pa.field("date_end", _date),
            pa.field("date_precision", _str),
            pa.field("sentence", _str, nullable=False),
            pa.field("start_char", pa.int64(), nullable=False),
            pa.field("end_char", pa.int64(), nullable=False),
            pa.field("confidence", pa.float64(), nullable=False),
            pa.field("rule", _str, nullable=False),
        ]
    ),
    "careers": pa.schema(
        [
            pa.field("career_id", _str, nullable=False),
            pa.field("doc_id", _str, nullable=False),
            pa.field("person_entity_id", _str),
            pa.field("person_name", _str),
            pa.field("position", _str, nullable=False),
            pa.field("organization_name", _str),
            pa.field("place_name", _str),
            pa.field("start_value", _str),
            pa.field("start_date", _date),
            pa.field("start_precision", _str),
            pa.field("end_value", _str),
            pa.field("end_date", _date),
            pa.field("end_precision", _str),
            pa.field("end_basis", _str),
            pa.field("sentence", _str, nullable=False),
            pa.field("start_char", pa.int64(), nullable=False),
            pa.field("end_char", pa.int64(), nullable=False),
            pa.field("confidence", pa.float64(), nullable=False),
            pa.field("rule", _str, nullable=False),
        ]
    ),
}

# Rows are written sorted by these keys so files are stable across runs.
SORT_KEYS: dict[str, tuple[str, ...]] = {
    "documents": ("source_path",),
    "mentions": ("doc_id", "start_char", "end_char", "mention_id"),
    "entities": ("entity_type", "canonical_name", "entity_id"),
    "dates": ("doc_id", "start_char", "end_char", "date_id"),
    "events": ("doc_id", "start_char", "event_type", "event_id"),
    "careers": ("doc_id", "start_char", "position", "career_id"),
}

TABLE_NAMES: tuple[str, ...] = tuple(SCHEMAS)


def build_table(name: str, rows: Iterable[Mapping[str, Any]]) -> pa.Table:
    """Rows (dicts keyed by column) to an Arrow table with the declared schema, sorted."""
    schema = SCHEMAS[name]
    keys = SORT_KEYS[name]
    ordered = sorted(rows, key=lambda row: tuple(_sortable(row[k]) for k in keys))
    columns = {col: [row.get(col) for row in ordered] for col in schema.names}
    return pa.Table.from_pydict(columns, schema=schema)


def _sortable(value: Any) -> tuple[int, Any]:
    # None sorts first without comparing None to str/int.
    return (0, "") if value is None else (1, value)


def write_tables(tables: Mapping[str, pa.Table], out_dir: Path) -> list[Path]:
    """Write each table to ``out_dir/<name>.parquet`` atomically; return the paths.

    All files are first written to temporary names in ``out_dir`` and only then
    renamed, so a failure while writing leaves every earlier output untouched.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    _remove_stale_temps(out_dir)
    staged: list[tuple[Path, Path]] = []
    try:
        for name, table in tables.items():
            if table.schema != SCHEMAS[name]:
                raise ValueError(f"table {name!r} does not match its declared schema")
            final = out_dir / f"{name}.parquet"
            staged.append((_write_temp(table, out_dir, name), final))
    except BaseException:
        for temp, _ in staged:
            temp.unlink(missing_ok=True)
        raise
    for temp, final in staged:
        os.replace(temp, final)
    return [final for _, final in staged]


def _remove_stale_temps(out_dir: Path) -> None:
    """Temporary files a killed run left behind (runs hold the lock, so none is in use)."""
    for name in TABLE_NAMES:
        for temp in out_dir.glob(f".{name}.*.tmp"):
            temp.unlink(missing_ok=True)


def _write_temp(table: pa.Table, out_dir: Path, name: str) -> Path:
    fd, temp_name = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=out_dir)
    os.close(fd)
    temp = Path(temp_name)
    try:
        # No timestamps or creator-dependent metadata beyond pyarrow's version,
        # so identical rows give identical files.
        pq.write_table(table, temp, compression="zstd")
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return temp


def read_table(out_dir: Path, name: str) -> pa.Table:
    return pq.read_table(out_dir / f"{name}.parquet", schema=SCHEMAS[name])
