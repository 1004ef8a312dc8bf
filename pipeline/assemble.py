"""Assemble the output tables from per-document results and linked entities.

Events and careers name people by mention; here each mention becomes its
canonical entity and each date id its interval, so the tables can be
queried without joins.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import pyarrow as pa

from pipeline.dates.calendar import after_duration, bounds
from pipeline.edtf import day_of_time, precision_of, split_interval
from pipeline.events.extract import event_date_value
from pipeline.records import Career, DateMention, DocumentResult, Entity, Event, Mention
from pipeline.tables import build_table, table_from_records

Row = dict[str, Any]


class _Index:
    """Look-ups from ids in per-document results to linked entities and dates."""

    def __init__(
        self, results: Sequence[DocumentResult], entities: Iterable[Entity], mentions: Iterable[Mention]
    ) -> None:
        self.entities = {e.entity_id: e for e in entities}
        self.mentions = {m.mention_id: m for m in mentions}
        self.dates = {d.date_id: d for r in results for d in r.dates}

    def entity_of(self, mention_id: str | None) -> Entity | None:
        mention = self.mentions.get(mention_id or "")
        return self.entities.get(mention.entity_id or "") if mention else None

    def date(self, date_id: str | None) -> DateMention | None:
        return self.dates.get(date_id or "")


def assemble_tables(
    results: Sequence[DocumentResult], entities: Sequence[Entity], mentions: Sequence[Mention]
) -> dict[str, pa.Table]:
    index = _Index(results, entities, mentions)
    return {
        "documents": table_from_records("documents", [r.document for r in results]),
        "mentions": table_from_records("mentions", mentions),
        "entities": build_table("entities", (_entity_row(e) for e in entities)),
        "dates": table_from_records("dates", [d for r in results for d in r.dates]),
        "events": build_table("events", (_event_row(e, index) for r in results for e in r.events)),
        "careers": build_table("careers", (_career_row(c, index) for r in results for c in r.careers)),
    }


def _fields_of(record: Any) -> Row:
    """A record's fields as a dict; shallow, unlike ``dataclasses.asdict``, whose
    recursive copying dominated the assembly of large batches."""
    names: tuple[str, ...] = record.__slots__  # every record is a slots dataclass
    return {name: getattr(record, name) for name in names}


def _entity_row(entity: Entity) -> Row:
    row = _fields_of(entity)
    row["aliases"] = list(entity.aliases)
    return row


def _person(mention_id: str | None, index: _Index) -> Row:
    entity = index.entity_of(mention_id)
    mention = index.mentions.get(mention_id or "")
    name = entity.canonical_name if entity else (mention.text if mention else None)
    return {"person_entity_id": entity.entity_id if entity else None, "person_name": name}


def _event_row(event: Event, index: _Index) -> Row:
    row = _fields_of(event)
    row.update(_person(event.person_mention_id, index))
    place = index.entity_of(event.place_mention_id)
    row["place_entity_id"] = place.entity_id if place else None
    row["place_name"] = _place_name(event, place, index)
    partner = index.entity_of(event.partner_mention_id)
    partner_mention = index.mentions.get(event.partner_mention_id or "")
    row["partner_entity_id"] = partner.entity_id if partner else None
    row["partner_name"] = (
        partner.canonical_name if partner else (partner_mention.text if partner_mention else None)
    )
    date = index.date(event.date_id)
    value = event_date_value(date, event.date_side)
    row.update(date_value=value, date_start=None, date_end=None, date_precision=None)
    if date is not None and value is not None:
        # One side of a range ("married since 1987", a lifespan's death) is that side.
        start, end = (date.date_start, date.date_end) if value == date.value else bounds(value)
        row.update(date_start=start, date_end=end, date_precision=precision_of(value) or date.precision)
    return row


def _place_name(event: Event, place: Entity | None, index: _Index) -> str | None:
    """The place's canonical name; an address as written ("Ardmore, Oklahoma") when
    the text gave one around the place's mention."""
    mention = index.mentions.get(event.place_mention_id or "")
    if place is None or (mention is not None and event.place_name != mention.text):
        return event.place_name
    return place.canonical_name


def _career_row(career: Career, index: _Index) -> Row:
    row = _fields_of(career)
    row.update(_person(career.person_mention_id, index))
    row.update(_side("start", index.date(career.start_date_id), use_end=False))
    # An explicit end is the end of its expression ("until March 1995" -> 1995-03-31);
    # an inferred end is when the next post began.
    end = index.date(career.end_date_id)
    if career.end_basis == "duration":
        row.update(_after(row["start_value"], end))
    else:
        row.update(_side("end", end, use_end=career.end_basis == "explicit"))
    return row


def _after(start: str | None, held: DateMention | None) -> Mapping[str, Any]:
    """ "a post he held for four years": the end is that long after the start."""
    value = after_duration(start, held.value) if start and held is not None and held.value else None
    return {
        "end_value": value,
        "end_date": bounds(value)[1] if value else None,
        "end_precision": precision_of(value) if value else None,
    }


def _side(prefix: str, date: DateMention | None, use_end: bool) -> Mapping[str, Any]:
    if date is None or date.value is None:
        return {f"{prefix}_value": None, f"{prefix}_date": None, f"{prefix}_precision": None}
    start, end = _ends(date)
    if date.kind == "time":  # "took office on Monday morning": that day
        start = end = day_of_time(date.value)
    value = end if use_end else start
    return {
        f"{prefix}_value": value,
        f"{prefix}_date": date.date_end if use_end else date.date_start,
        f"{prefix}_precision": precision_of(value) or date.precision,
    }


def _ends(date: DateMention) -> tuple[str | None, str | None]:
    if date.start_value or date.end_value:
        return date.start_value, date.end_value
    return split_interval(date.value)
