"""FollowTheMoney export: the tables as FtM entities, one JSON object per line.

Built through the ``followthemoney`` model (so every value is cleaned and
checked by its property type): a Document per file, a Person per person
entity (with birthDate, deathDate and birthPlace from the merged facts), an
Organization per organization entity or post's body, a Position per post, an
Occupancy per careers row, an Event per events row and a Family per couple.
Intervals carry ``proof``: the Document they were read from. Ids are our
tables' ids where a row exists (entity_id, doc_id, career_id, event_id), with
"-" for "_" as FtM ids require, and hashes of their parts otherwise, so the
same tables give the same file.
Columns are read by name: extra columns (``partner_entity_id`` on events)
are used when present and ignored otherwise.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import IO, Any

from followthemoney import model
from followthemoney.proxy import EntityProxy
from followthemoney.types import registry

from pipeline.export.ftm_dates import ftm_date, ftm_span
from pipeline.export.outputs import read_outputs
from pipeline.ids import make_id

Row = Mapping[str, Any]
TABLES = ("documents", "entities", "events", "careers", "facts")
DEFAULT_FILENAME = "entities.ftm.json"


def ftm_id(row_id: str) -> str:
    """Our id as an FtM id, which may not contain "_": ``entity_1f2e`` -> ``entity-1f2e``."""
    return row_id.replace("_", "-")


class Entities:
    """FtM entities by id: adding to an id that exists merges the values."""

    def __init__(self) -> None:
        self.by_id: dict[str, EntityProxy] = {}

    def add(self, schema: str, row_id: str, **properties: Any) -> str:
        """Add (or merge into) the entity for our id ``row_id``; references are our ids too."""
        proxy = model.make_entity(schema)
        proxy.id = entity_id = ftm_id(row_id)
        for prop, values in properties.items():
            reference = proxy.schema.properties[prop].type == registry.entity
            for value in values if isinstance(values, list | tuple) else [values]:
                if value is not None and value != "":
                    proxy.add(prop, ftm_id(str(value)) if reference else value)
        if entity_id in self.by_id:
            self.by_id[entity_id].merge(proxy)
        else:
            self.by_id[entity_id] = proxy
        return row_id

    def lines(self) -> Iterable[str]:
        """One JSON object per entity, by id, values sorted: the same entities give the same bytes."""
        for entity_id in sorted(self.by_id):
            proxy = self.by_id[entity_id]
            props = {prop: sorted(proxy.get(prop)) for prop in sorted(proxy.properties)}
            data = {"id": entity_id, "schema": proxy.schema.name, "properties": props}
            yield json.dumps(data, ensure_ascii=False, sort_keys=True)


def export_ftm(out_dir: Path, target: Path | None) -> Counter[str]:
    """Write the entities of the run in ``out_dir`` to ``target`` (None: stdout); counts by schema."""
    tables = {name: table.to_pylist() for name, table in read_outputs(out_dir, TABLES).items()}
    entities = build_entities(tables)
    if target is None:
        _write(entities, sys.stdout)
    else:
        _write_atomically(entities, target)
    return Counter(proxy.schema.name for proxy in entities.by_id.values())


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
    )


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
    explicit = row.get("end_basis") == "explicit"
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
    """Marriages as pairs of people: the row's partner when the table names one, else the
    people whose marriage rows share one evidence sentence ("In 1998 he married Leila")."""
    couples: dict[tuple[str, str], list[Row]] = {}
    by_sentence: dict[tuple[str, int, int], list[Row]] = {}
    for row in events:
        if row["event_type"] != "marriage" or row.get("person_entity_id") not in people:
            continue
        if row.get("partner_entity_id") in people:
            pair = tuple(sorted((row["person_entity_id"], row["partner_entity_id"])))
            couples.setdefault((pair[0], pair[1]), []).append(row)
        else:
            by_sentence.setdefault((row["doc_id"], row["start_char"], row["end_char"]), []).append(row)
    for rows in by_sentence.values():
        spouses = sorted({row["person_entity_id"] for row in rows})
        if len(spouses) == 2:
            couples.setdefault((spouses[0], spouses[1]), []).extend(rows)
    return couples


def _family(entities: Entities, pair: tuple[str, str], rows: Sequence[Row]) -> None:
    dates = sorted({d for row in rows if (d := ftm_date(row.get("date_value")))})
    entities.add(
        "Family",
        make_id("family", *pair),
        person=pair[0],
        relative=pair[1],
        relationship="spouse",
        startDate=dates[:1],
        summary=sorted({row["sentence"] for row in rows}),
        proof=sorted({row["doc_id"] for row in rows}),
    )


def _write(entities: Entities, stream: IO[str]) -> None:
    for line in entities.lines():
        stream.write(line + "\n")


def _write_atomically(entities: Entities, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            _write(entities, handle)
        os.replace(temp, target)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
