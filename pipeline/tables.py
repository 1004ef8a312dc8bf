"""The output tables: every column's name and type is declared here, and only here.

``SCHEMAS`` is the contract analysts' queries depend on; the README documents
each column and a test checks the two agree. ``publish.py`` puts the
tables in place.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from operator import attrgetter
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
            pa.field("url", _str),
            pa.field("author", _str),
            pa.field("published_date", _date),
            pa.field("published_precision", _str),
            pa.field("date_source", _str),
            pa.field("n_chars", pa.int64(), nullable=False),
            pa.field("n_tokens", pa.int64(), nullable=False),
            pa.field("status", _str, nullable=False),
            pa.field("error", _str),
            pa.field("warning", _str),
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
            pa.field("timex_type", _str, nullable=False),
            pa.field("timex_value", _str),
        ]
    ),
    "events": pa.schema(
        [
            pa.field("event_id", _str, nullable=False),
            pa.field("doc_id", _str, nullable=False),
            pa.field("event_type", _str, nullable=False),
            pa.field("person_entity_id", _str),
            pa.field("person_name", _str),
            pa.field("partner_entity_id", _str),
            pa.field("partner_name", _str),
            pa.field("place_entity_id", _str),
            pa.field("place_name", _str),
            pa.field("organization_name", _str),
            pa.field("date_id", _str),
            pa.field("date_value", _str),
            pa.field("date_start", _date),
            pa.field("date_end", _date),
            pa.field("date_precision", _str),
            pa.field("duration_value", _str),
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
            pa.field("start_date_id", _str),
            pa.field("end_value", _str),
            pa.field("end_date", _date),
            pa.field("end_precision", _str),
            pa.field("end_date_id", _str),
            pa.field("end_basis", _str),
            pa.field("sentence", _str, nullable=False),
            pa.field("start_char", pa.int64(), nullable=False),
            pa.field("end_char", pa.int64(), nullable=False),
            pa.field("confidence", pa.float64(), nullable=False),
            pa.field("rule", _str, nullable=False),
        ]
    ),
    # Across documents: one row per post a person held and per event they went
    # through, merged over the documents that tell it (pipeline/facts/).
    "facts": pa.schema(
        [
            pa.field("fact_id", _str, nullable=False),
            pa.field("person_entity_id", _str),
            pa.field("person_name", _str, nullable=False),
            pa.field("kind", _str, nullable=False),
            pa.field("event_type", _str),
            pa.field("position", _str),
            pa.field("organization_name", _str),
            pa.field("place_name", _str),
            pa.field("date_value", _str),
            pa.field("date_start", _date),
            pa.field("date_end", _date),
            pa.field("date_precision", _str),
            pa.field("start_value", _str),
            pa.field("start_date", _date),
            pa.field("start_precision", _str),
            pa.field("end_value", _str),
            pa.field("end_date", _date),
            pa.field("end_precision", _str),
            pa.field("end_basis", _str),
            pa.field("document_count", pa.int64(), nullable=False),
            pa.field("doc_ids", pa.list_(_str), nullable=False),
            pa.field("career_ids", pa.list_(_str), nullable=False),
            pa.field("event_ids", pa.list_(_str), nullable=False),
            pa.field("conflict", _str),
            pa.field("sentence", _str, nullable=False),
            pa.field("sentence_doc_id", _str, nullable=False),
            pa.field("confidence", pa.float64(), nullable=False),
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
    "facts": ("person_name", "person_entity_id", "kind", "start_date", "date_start", "fact_id"),
}

TABLE_NAMES: tuple[str, ...] = tuple(SCHEMAS)


def build_table(name: str, rows: Iterable[Mapping[str, Any]]) -> pa.Table:
    """Rows (dicts keyed by column) to an Arrow table with the declared schema, sorted."""
    listed = list(rows)
    return _sorted_table(name, {col: [row.get(col) for row in listed] for col in SCHEMAS[name].names})


def table_from_records(name: str, records: Sequence[Any]) -> pa.Table:
    """Records whose attributes are the table's columns, without a dict per row."""
    return _sorted_table(name, {col: list(map(attrgetter(col), records)) for col in SCHEMAS[name].names})


def _sorted_table(name: str, columns: dict[str, list[Any]]) -> pa.Table:
    """The table sorted by its keys (missing values first), in Arrow rather than in Python."""
    table = pa.Table.from_pydict(columns, schema=SCHEMAS[name])
    if table.num_rows == 0:
        return table
    return table.sort_by([(key, "ascending", "at_start") for key in SORT_KEYS[name]])


def read_table(out_dir: Path, name: str) -> pa.Table:
    return pq.read_table(out_dir / f"{name}.parquet", schema=SCHEMAS[name])
