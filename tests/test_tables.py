"""Tables: declared schemas are what is written; writes are atomic."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pyarrow as pa
import pytest

from pipeline import tables
from pipeline.tables import SCHEMAS, build_table, read_table, write_tables


def _date_row(start: int) -> dict[str, object]:
    return {
        "date_id": f"date_{start}",
        "doc_id": "doc_1",
        "text": "March 1995",
        "start_char": start,
        "end_char": start + 10,
        "value": "1995-03",
        "date_start": dt.date(1995, 3, 1),
        "date_end": dt.date(1995, 3, 31),
        "precision": "month",
        "kind": "point",
        "anchor_date_id": None,
        "sentence_index": 0,
    }


def test_build_table_sorts_rows_and_keeps_schema() -> None:
    table = build_table("dates", [_date_row(40), _date_row(3)])
    assert table.schema == SCHEMAS["dates"]
    assert table.column("start_char").to_pylist() == [3, 40]


def test_write_then_read_back(tmp_path: Path) -> None:
    write_tables({"dates": build_table("dates", [_date_row(3)])}, tmp_path)
    back = read_table(tmp_path, "dates")
    assert back.column("date_end").to_pylist() == [dt.date(1995, 3, 31)]
    assert not list(tmp_path.glob(".*.tmp"))


def test_failed_write_keeps_previous_outputs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write_tables({"dates": build_table("dates", [_date_row(3)])}, tmp_path)
    before = (tmp_path / "dates.parquet").read_bytes()

    def explode(*args: object, **kwargs: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(tables.pq, "write_table", explode)
    with pytest.raises(OSError, match="disk full"):
        write_tables({"dates": build_table("dates", [_date_row(9)])}, tmp_path)
    assert (tmp_path / "dates.parquet").read_bytes() == before
    assert not list(tmp_path.glob(".*.tmp"))


def test_schema_mismatch_is_refused(tmp_path: Path) -> None:
    wrong = pa.table({"date_id": ["x"]})
    with pytest.raises(ValueError, match="dates"):
        write_tables({"dates": wrong}, tmp_path)
