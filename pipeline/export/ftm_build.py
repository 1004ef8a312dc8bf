"""The FollowTheMoney entities of a run's tables (the schemas and properties: see ftm.py)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from followthemoney.types import registry

from pipeline.export.ftm_dates import ftm_span
from pipeline.export.ftm_entities import Entities
from pipeline.ids import make_id
from pipeline.records import STATED_ENDS

Row = Mapping[str, Any]
# Events that make or end a couple: a Family of two people.
_UNIONS = ("marriage", "divorce")


def build_entities(tables: Mapping[str, Sequence[Row]]) -> Entities:
    entities = Entities()
    for row in tables["documents"]:
        _document(entities, row)
    people = {row["entity_id"] for row in tables["entities"] if row["entity_type"] == "PERSON"}
    for row in tables["entities"]:
        _named_entity(entities, row)
    for row in tables["facts"]:
        _life_dates(entities, row, people)
    organizations = _organization_names(tables["entities"])
    for row in tables["careers"]:
        if row.get("person_entity_id") in people:
            _occupancy(entities, row, organizations)
    for row in tables["events"]:
        if row.get("person_entity_id") in people:
            _event(entities, row, people)
    for pair, rows in _couples(tables["events"], people).items():
        _family(entities, pair, rows)
    return entities


def _document(entities: Entities, row: Row) -> None:
    entities.add(
        "PlainText",
        row["doc_id"],
        fileName=row["source_path"],
        title=row.get("title"),
        language=row.get("language"),
        mimeType="text/plain",
        processingStatus=row.get("status"),
        processingError=row.get("error"),
        publishedAt=_published(row),
        sourceUrl=row.get("url"),
        author=row.get("author"),
    )


# An FtM date keeps its precision by its length.
_PREFIX = {"day": 10, "month": 7, "year": 4}


def _published(row: Row) -> str | None:
    """The document's own date (front matter, manifest, dateline) at its precision: "2013-03"."""
    first_day, precision = row.get("published_date"), row.get("published_precision")
    if first_day is None or precision not in _PREFIX:
        return None
    return str(first_day.isoformat()[: _PREFIX[precision]])


def _named_entity(entities: Entities, row: Row) -> None:
    schema = {"PERSON": "Person", "ORG": "Organization"}.get(row["entity_type"])
    if schema is None:
        return
    aliases = [alias for alias in row["aliases"] if alias != row["canonical_name"]]
    kb_id = row.get("kb_id")
    wikidata = kb_id if kb_id and registry.identifier.clean(kb_id) and kb_id.startswith("Q") else None
    entities.add(schema, row["entity_id"], name=row["canonical_name"], alias=aliases, wikidataId=wikidata)


def _life_dates(entities: Entities, fact: Row, people: set[str]) -> None:
    """Birth and death from the merged facts: the date most documents give, at its best precision."""
    person = fact.get("person_entity_id")
    if fact["kind"] != "event" or person not in people or fact["event_type"] not in ("birth", "death"):
        return
    start, end = ftm_span(fact.get("date_value"))
    date = start if start == end else None  # a range is not one birth date
    if fact["event_type"] == "birth":
        entities.add("Person", person, birthDate=date, birthPlace=fact.get("place_name"))
    else:
        entities.add("Person", person, deathDate=date)


def _organization_names(rows: Iterable[Row]) -> dict[str, str]:
    """Lower-cased names and aliases of organization entities -> entity_id."""
    names: dict[str, str] = {}
    for row in sorted(rows, key=lambda r: r["entity_id"]):
        if row["entity_type"] == "ORG":
            for name in [row["canonical_name"], *row["aliases"]]:
                names.setdefault(name.casefold(), row["entity_id"])
    return names


def _occupancy(entities: Entities, row: Row, organizations: Mapping[str, str]) -> None:
    organization = _organization(entities, row.get("organization_name"), organizations)
    post = _position(entities, row, organization)
    start = ftm_span(row.get("start_value"))[0]
    end = ftm_span(row.get("end_value"))[1]
    explicit = row.get("end_basis") in STATED_ENDS
    inferred = f"end inferred: the next post began {row['end_value']}" if end and not explicit else None
    entities.add(
        "Occupancy",
        row["career_id"],
        holder=row["person_entity_id"],
        post=post,
        startDate=start,
        endDate=end if explicit else None,
        description=inferred,
        summary=row["sentence"],
        proof=row["doc_id"],
    )


def _organization(entities: Entities, name: str | None, known: Mapping[str, str]) -> str | None:
    if not name:
        return None
    entity_id = known.get(name.casefold()) or make_id("org", name.casefold())
    return entities.add("Organization", entity_id, name=name)


def _position(entities: Entities, row: Row, organization: str | None) -> str:
    title, body, place = row["position"], row.get("organization_name"), row.get("place_name")
    country = registry.country.clean(place) if place else None
    label = f"{title}, {body or place}" if body or place else title
    return entities.add(
        "Position",
        make_id("position", title.casefold(), (body or "").casefold(), (place or "").casefold()),
        name=label,
        organization=organization,
        country=country,
        subnationalArea=None if country else place,
    )


def _event(entities: Entities, row: Row, people: set[str]) -> None:
    start, end = ftm_span(row.get("date_value"))
    partner = row.get("partner_entity_id")
    entities.add(
        "Event",
        row["event_id"],
        name=f"{row['event_type']}: {row.get('person_name') or row['person_entity_id']}",
        involved=[row["person_entity_id"], partner if partner in people else None],
        date=start if start == end else None,
        startDate=start if start != end else None,
        endDate=end if start != end else None,
        location=row.get("place_name"),
        summary=row["sentence"],
        proof=row["doc_id"],
    )


def _couples(events: Sequence[Row], people: set[str]) -> dict[tuple[str, str], list[Row]]:
    """Marriages and divorces by couple: the row's person and partner (the events table
    names each as the other's partner), both person entities."""
    couples: dict[tuple[str, str], list[Row]] = {}
    for row in events:
        person, partner = row.get("person_entity_id"), row.get("partner_entity_id")
        if row["event_type"] in _UNIONS and person in people and partner in people and person != partner:
            first, second = sorted((person, partner))
            couples.setdefault((first, second), []).append(row)
    return couples


def _family(entities: Entities, pair: tuple[str, str], rows: Sequence[Row]) -> None:
    """A couple: married from the marriage's date, until the divorce's, as the documents date them."""
    entities.add(
        "Family",
        make_id("family", *pair),
        person=pair[0],
        relative=pair[1],
        relationship="spouse",
        startDate=_first_date(rows, "marriage"),
        endDate=_first_date(rows, "divorce"),
        summary=sorted({row["sentence"] for row in rows}),
        proof=sorted({row["doc_id"] for row in rows}),
    )


def _first_date(rows: Sequence[Row], event_type: str) -> str | None:
    """The earliest date the documents give the couple's event (None: undated or no such event)."""
    spans = [ftm_span(row.get("date_value")) for row in rows if row["event_type"] == event_type]
    dates = sorted(
        start for start, end in spans if start is not None and start == end
    )  # a point, not a range
    return dates[0] if dates else None
