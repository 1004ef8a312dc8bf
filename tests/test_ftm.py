"""FollowTheMoney export: valid entities, read back with their dates, provenance and couples."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest
from followthemoney import model

from pipeline.cli import main
from pipeline.export.ftm import export_ftm
from pipeline.export.ftm_build import build_entities
from pipeline.export.ftm_dates import ftm_date, ftm_span
from pipeline.export.ftm_entities import ftm_id

FTM_CLI = Path(sys.executable).parent / "ftm"


@pytest.fixture(scope="module")
def exported(khrapunov_outputs: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("ftm") / "entities.ftm.json"
    assert main(["export", "ftm", "--outputs", str(khrapunov_outputs), "--out", str(target)]) == 0
    return target


def _entities(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _by_schema(entities: list[dict[str, Any]], schema: str) -> list[dict[str, Any]]:
    return [e for e in entities if e["schema"] == schema]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("1948-11-24", "1948-11-24"),
        ("1995-03", "1995-03"),
        ("1997", "1997"),
        ("2003-23", "2003"),
        ("198X", None),
    ],
)
def test_dates_keep_their_precision_as_ftm_prefixes(value: str, expected: str | None) -> None:
    assert ftm_date(value) == expected


def test_a_range_is_a_start_and_an_end() -> None:
    assert ftm_span("1956/1964") == ("1956", "1964") and ftm_span("1983/..") == ("1983", None)


def test_every_entity_passes_the_model_validation(exported: Path) -> None:
    entities = _entities(exported)
    ids = {e["id"] for e in entities}
    for data in entities:
        schema = model.get(data["schema"])
        assert schema is not None and not schema.abstract
        schema.validate(data)  # raises InvalidData on a value its type rejects
        assert set(schema.required) <= set(data["properties"]), data
        for prop, values in data["properties"].items():
            if schema.properties[prop].type.name == "entity":
                assert set(values) <= ids, (data["id"], prop)  # references resolve in the file


@pytest.mark.skipif(not FTM_CLI.exists(), reason="the ftm command of followthemoney is not installed")
def test_ftm_validate_keeps_every_value(exported: Path, tmp_path: Path) -> None:
    cleaned = tmp_path / "validated.json"
    subprocess.run([str(FTM_CLI), "validate", "-i", str(exported), "-o", str(cleaned)], check=True)

    def values(path: Path) -> list[tuple[str, str, dict[str, list[str]]]]:
        return [
            (e["id"], e["schema"], {k: sorted(v) for k, v in e["properties"].items()})
            for e in _entities(path)
        ]

    assert values(cleaned) == values(exported)


def test_read_back_a_persons_birth_and_an_occupancys_dates(exported: Path, khrapunov_outputs: Path) -> None:
    entities = _entities(exported)
    people = {e["properties"]["name"][0]: e for e in _by_schema(entities, "Person")}
    viktor = people["Viktor Khrapunov"]["properties"]
    assert viktor["birthDate"] == ["1948-11-24"] and viktor["birthPlace"] == ["Predgornoje"]
    assert "Victor Khrapunov" in viktor["alias"]
    positions = {e["id"]: e["properties"]["name"][0] for e in _by_schema(entities, "Position")}
    mayor = [
        o["properties"]
        for o in _by_schema(entities, "Occupancy")
        if positions[o["properties"]["post"][0]] == "Mayor, Almaty"
        and o["properties"]["holder"] == [people["Viktor Khrapunov"]["id"]]
    ]
    assert {"1997-06", "1997"} <= {m["startDate"][0] for m in mayor}  # each at its document's precision
    assert "2004-12" in {d for m in mayor for d in m.get("endDate", [])}
    documents = {e["id"]: e["properties"]["fileName"][0] for e in _by_schema(entities, "PlainText")}
    assert all(documents[m["proof"][0]] for m in mayor)  # each occupancy names its source file


def test_one_occupancy_per_career_with_a_person(exported: Path, khrapunov_outputs: Path) -> None:
    careers = pq.read_table(khrapunov_outputs / "careers.parquet").to_pandas()
    with_person = careers[careers.person_entity_id.notna() & careers.position.notna()]
    occupancies = _by_schema(_entities(exported), "Occupancy")
    assert len(occupancies) == len(with_person) > 0
    assert {o["id"] for o in occupancies} == {ftm_id(i) for i in with_person.career_id}


def test_events_and_spouses(exported: Path) -> None:
    entities = _entities(exported)
    names = {e["id"]: e["properties"]["name"][0] for e in entities if "name" in e["properties"]}
    resignations = [
        e for e in _by_schema(entities, "Event") if e["properties"]["name"][0].startswith("resignation")
    ]
    assert "2007-10-29" in {d for e in resignations for d in e["properties"].get("date", [])}
    assert all(e["properties"]["summary"] and e["properties"]["proof"] for e in resignations)
    couples = {
        frozenset(names[p] for p in (f["properties"]["person"][0], f["properties"]["relative"][0]))
        for f in _by_schema(entities, "Family")
    }
    wives = {
        name for couple in couples if "Viktor Khrapunov" in couple for name in couple - {"Viktor Khrapunov"}
    }
    assert wives and all(name.startswith("Leila") and name.endswith("Khrapunova") for name in wives)


def test_the_partner_columns_make_a_family_married_until_the_divorce() -> None:
    person = {"entity_type": "PERSON", "aliases": [], "kb_id": None}
    common = {"doc_id": "doc_1", "start_char": 0, "end_char": 40}
    married = "In May 1998 Anna Berg married Olaf Lund."
    divorced = "They divorced in 2004."
    events = [  # each of the two is the other's partner, as the events table says it
        {
            **common,
            "event_id": "event_1",
            "event_type": "marriage",
            "person_entity_id": "entity_a",
            "partner_entity_id": "entity_b",
            "date_value": "1998-05",
            "sentence": married,
        },
        {
            **common,
            "event_id": "event_2",
            "event_type": "marriage",
            "person_entity_id": "entity_b",
            "partner_entity_id": "entity_a",
            "date_value": "1998-05",
            "sentence": married,
        },
        {
            **common,
            "event_id": "event_3",
            "event_type": "divorce",
            "person_entity_id": "entity_a",
            "partner_entity_id": "entity_b",
            "date_value": "2004",
            "sentence": divorced,
        },
        {
            **common,
            "event_id": "event_4",
            "event_type": "marriage",
            "person_entity_id": "entity_a",
            "partner_entity_id": None,
            "date_value": "2010",
            "sentence": "In 2010 she married again.",
        },
    ]
    tables = {
        "documents": [
            {"doc_id": "doc_1", "source_path": "a.txt", "title": "A", "language": "en", "status": "ok"}
        ],
        "entities": [
            {**person, "entity_id": "entity_a", "canonical_name": "Anna Berg"},
            {**person, "entity_id": "entity_b", "canonical_name": "Olaf Lund"},
        ],
        "events": [{"person_name": None, **event} for event in events],
        "careers": [],
        "facts": [],
    }
    built = build_entities(tables).by_id
    (family,) = [p for p in built.values() if p.schema.name == "Family"]
    assert (family.get("startDate"), family.get("endDate")) == (["1998-05"], ["2004"])
    assert family.get("proof") == ["doc-1"] and sorted(family.get("summary")) == sorted([married, divorced])
    assert sorted(family.get("person") + family.get("relative")) == ["entity-a", "entity-b"]
    assert sorted(built["event-1"].get("involved")) == ["entity-a", "entity-b"]
    assert built["event-4"].get("involved") == ["entity-a"]  # no partner named: no family either


def test_documents_carry_their_own_date_and_where_they_came_from(exported: Path) -> None:
    documents = {
        e["properties"]["fileName"][0]: e["properties"] for e in _by_schema(_entities(exported), "PlainText")
    }
    assert documents["wire_report.txt"]["publishedAt"] == ["2007-10-29"]  # its dateline
    month = {"doc_id": "doc_1", "source_path": "a.txt", "status": "ok", "url": "https://example.org/a"}
    month |= {"published_date": dt.date(2013, 3, 1), "published_precision": "month", "author": "A. Writer"}
    tables = {"documents": [month], "entities": [], "events": [], "careers": [], "facts": []}
    document = build_entities(tables).by_id["doc-1"]
    assert document.get("publishedAt") == ["2013-03"]  # a month stays a month
    assert (document.get("sourceUrl"), document.get("author")) == (["https://example.org/a"], ["A. Writer"])


def test_the_export_is_deterministic(khrapunov_outputs: Path, exported: Path, tmp_path: Path) -> None:
    again = tmp_path / "again.json"
    export_ftm(khrapunov_outputs, again)
    assert again.read_bytes() == exported.read_bytes()
