"""Tables: rows are sorted and typed by the declared schemas."""

from __future__ import annotations

import datetime as dt

from pipeline.tables import SCHEMAS, build_table


def date_row(start: int) -> dict[str, object]:
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
        "timex_type": "DATE",
        "timex_value": "1995-03",
    }


def test_build_table_sorts_rows_and_keeps_schema() -> None:
    table = build_table("dates", [date_row(40), date_row(3)])
    assert table.schema == SCHEMAS["dates"]
    assert table.column("start_char").to_pylist() == [3, 40]
