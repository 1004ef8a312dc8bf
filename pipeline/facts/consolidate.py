"""The facts table: careers and events rows merged across documents.

One row per post a person held and per event they went through, with the
documents and rows it merges and, when the documents disagree on a date (or
on where a once-in-a-life event happened), a ``conflict`` that says what
disagrees. Columns are read by name, so columns added to careers or events
do not disturb it.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import lru_cache
from importlib import resources
from typing import Any

import pyarrow as pa

from pipeline.facts.claims import Claim, Settled, interval_of, make_claim, settle
from pipeline.facts.groups import Item, group_items
from pipeline.facts.names import fullest, names_agree
from pipeline.ids import make_id
from pipeline.records import STATED_ENDS
from pipeline.tables import build_table

Row = dict[str, Any]
NameOf = Callable[[str], str]
# Two documents that date one post's start this many years apart (or fewer)
# are telling the same post with different dates, not two terms of office.
SAME_POST_YEARS = 2


@lru_cache(maxsize=1)
def once_in_a_life() -> frozenset[str]:
    data = tomllib.loads(resources.files("pipeline").joinpath("data/facts.toml").read_text(encoding="utf-8"))
    return frozenset(data["once_in_a_life"])


def consolidate_facts(careers: pa.Table, events: pa.Table, documents: pa.Table) -> pa.Table:
    ids, paths = documents.column("doc_id").to_pylist(), documents.column("source_path").to_pylist()
    path_of = dict(zip(ids, paths, strict=True))

    def name_of(doc_id: str) -> str:
        return str(path_of.get(doc_id, doc_id))

    rows = [*post_facts(careers.to_pylist(), name_of), *event_facts(events.to_pylist(), name_of)]
    return build_table("facts", rows)


def post_facts(careers: Sequence[Row], name_of: NameOf) -> list[Row]:
    by_key: dict[tuple[str, str], list[Item]] = {}
    for row in careers:
        person = person_key(row)
        if person is not None and row.get("position"):
            by_key.setdefault((person, row["position"].casefold()), []).append(_post_item(row))
    facts = []
    for key in sorted(by_key):
        for group in group_items(by_key[key], _same_post, chain=True, reach_years=SAME_POST_YEARS):
            facts.append(_post_fact([item.row for item in group], name_of))
    return facts


def event_facts(events: Sequence[Row], name_of: NameOf) -> list[Row]:
    by_key: dict[tuple[str, str], list[Item]] = {}
    for row in events:
        person = person_key(row)
        if person is not None:
            by_key.setdefault((person, row["event_type"]), []).append(_event_item(row))
    facts: list[Row] = []
    for (_, event_type), items in sorted(by_key.items()):
        once = event_type in once_in_a_life()
        groups = [items] if once else group_items(items, lambda a, b: False, chain=False)
        facts.extend(_event_fact([item.row for item in group], name_of) for group in groups)
    return facts


def person_key(row: Mapping[str, Any]) -> str | None:
    """Whose fact a row tells: the person entity, else the name (None: nobody)."""
    if row.get("person_entity_id"):
        return str(row["person_entity_id"])
    return f"name:{row['person_name']}" if row.get("person_name") else None


def _post_item(row: Row) -> Item:
    """A post spans from its start to its end; with one side unknown, that of the other."""
    start, end = interval_of(row.get("start_value")), interval_of(row.get("end_value"))
    first, last = start or end, end or start
    span = (first[0], last[1]) if first and last else None
    item = _item(row, row["career_id"], span)
    item.start_year = start[0].year if start else None
    return item


def _event_item(row: Row) -> Item:
    return _item(row, row["event_id"], interval_of(row.get("date_value")))


def _item(row: Row, row_id: str, span: tuple[dt.date, dt.date] | None) -> Item:
    return Item(row, row_id, row["doc_id"], span, row.get("organization_name"), row.get("place_name"))


def _same_post(a: Item, b: Item) -> bool:
    if a.start_year is None or b.start_year is None:
        return False
    return abs(a.start_year - b.start_year) <= SAME_POST_YEARS


def _post_fact(rows: list[Row], name_of: NameOf) -> Row:
    start = settle(_claims(rows, "start_value"), "start", name_of)
    explicit = [r for r in rows if r.get("end_basis") in STATED_ENDS]
    end = settle(_claims(explicit, "end_value"), "end", name_of)
    if end.claim is None:  # an inferred end is where the next post began: not a claim to dispute
        end = Settled(settle(_claims(rows, "end_value"), "end", name_of).claim)
    fact = _common(rows, "post", start.claim, [start.conflict, end.conflict])
    fact.update(_copy(start.claim, ("start_value", "start_date", "start_precision")))
    fact.update(_copy(end.claim, ("end_value", "end_date", "end_precision", "end_basis")))
    fact["position"] = fullest([r["position"] for r in rows])
    return fact


def _event_fact(rows: list[Row], name_of: NameOf) -> Row:
    date = settle(_claims(rows, "date_value"), "date", name_of)
    conflicts = [date.conflict]
    if rows[0]["event_type"] in once_in_a_life():
        conflicts.append(_place_conflict(rows, name_of))
    fact = _common(rows, "event", date.claim, conflicts)
    fact.update(_copy(date.claim, ("date_value", "date_start", "date_end", "date_precision")))
    fact["event_type"] = rows[0]["event_type"]
    return fact


def _claims(rows: Iterable[Row], column: str) -> list[Claim]:
    found = (make_claim(row.get(column), row["doc_id"], row) for row in rows)
    return [claim for claim in found if claim is not None]


def _common(rows: list[Row], kind: str, dated_by: Claim | None, conflicts: list[str | None]) -> Row:
    """Columns every fact has; the evidence is the row that gave the date, else the surest row."""
    ordered = sorted(rows, key=lambda r: (-r["confidence"], r["doc_id"], r["start_char"]))
    evidence = dated_by.row if dated_by is not None else ordered[0]
    row_ids = sorted(r.get("career_id") or r["event_id"] for r in rows)
    doc_ids = sorted({r["doc_id"] for r in rows})
    person = fullest([r.get("person_name") for r in rows])
    return {
        "fact_id": make_id("fact", kind, person_key(rows[0]), *row_ids),
        "person_entity_id": rows[0].get("person_entity_id"),
        "person_name": person,
        "kind": kind,
        "organization_name": fullest([r.get("organization_name") for r in rows]),
        "place_name": fullest([r.get("place_name") for r in rows]),
        "document_count": len(doc_ids),
        "doc_ids": doc_ids,
        "career_ids": sorted(r["career_id"] for r in rows if r.get("career_id")),
        "event_ids": sorted(r["event_id"] for r in rows if r.get("event_id") and not r.get("career_id")),
        "conflict": "; ".join(c for c in conflicts if c) or None,
        "sentence": evidence["sentence"],
        "sentence_doc_id": evidence["doc_id"],
        "confidence": max(r["confidence"] for r in rows),
    }


def _copy(claim: Claim | None, columns: tuple[str, ...]) -> Row:
    return {column: claim.row.get(column) if claim else None for column in columns}


def _place_conflict(rows: Sequence[Row], name_of: NameOf) -> str | None:
    """Where a once-in-a-life event happened, when documents name places that differ."""
    places: dict[str, set[str]] = {}
    for row in rows:
        if row.get("place_name"):
            places.setdefault(row["place_name"], set()).add(name_of(row["doc_id"]))
    names = sorted(places)
    if all(names_agree(a, b) for a in names for b in names):
        return None
    return "place: " + " vs ".join(f"{name} ({', '.join(sorted(places[name]))})" for name in names)
