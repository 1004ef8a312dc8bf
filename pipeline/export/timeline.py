"""The timeline page of one person: a self-contained HTML file that works offline.

Posts are bars and events are marks on a time axis, drawn in the browser
from the person's rows of the facts table, embedded as JSON in the page
(the page's script and styles are inline: no CDN, no network). Each item is
as wide as its dates are precise, says on hover and click what the
documents say (sentence, files, conflict), and undated facts are listed
below the axis.
"""

from __future__ import annotations

import datetime as dt
import difflib
import html
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from anyascii import anyascii

from pipeline.export.files import write_atomically
from pipeline.export.outputs import read_outputs

Row = Mapping[str, Any]
TABLES = ("facts", "documents", "entities")
_DATA_MARK = "/*TIMELINE_DATA*/"
_TITLE_MARK = "<!--TITLE-->"
# Precisions finer than a year: an event date or a post start at one of these is drawn at that width.
_FUZZY_KINDS = ("decade", "century")


class UnknownPerson(LookupError):
    """No person of that name in the tables."""


@dataclass(frozen=True)
class TimelineSummary:
    person: str
    bars: int  # dated posts
    marks: int  # dated events
    undated: int
    conflicts: int


def write_timeline(out_dir: Path, name: str, target: Path) -> TimelineSummary:
    """Write the page of the person called ``name`` (canonical name or alias) to ``target``."""
    tables = {key: table.to_pylist() for key, table in read_outputs(out_dir, TABLES).items()}
    person_id, person = find_person(tables["entities"], tables["facts"], name)
    paths = {row["doc_id"]: row["source_path"] for row in tables["documents"]}
    facts = [row for row in tables["facts"] if _person_key(row) == person_id]
    items = [_item(row, paths) for row in facts]
    page = render_page(person, items)
    write_atomically(target, [page])
    dated = [item for item in items if item["start"]]
    return TimelineSummary(
        person=person,
        bars=sum(item["kind"] == "post" for item in dated),
        marks=sum(item["kind"] == "event" for item in dated),
        undated=len(items) - len(dated),
        conflicts=sum(bool(item["conflict"]) for item in items),
    )


def page_name(name: str) -> str:
    """The default file name of a person's page: "timeline-viktor-khrapunov.html"."""
    slug = re.sub(r"[^a-z0-9]+", "-", anyascii(name).lower()).strip("-") or "person"
    return f"timeline-{slug}.html"


def find_person(entities: Sequence[Row], facts: Sequence[Row], name: str) -> tuple[str, str]:
    """(person key, canonical name) of the person with the most facts among those so named."""
    wanted = name.strip().casefold()
    counts: dict[str, int] = {}
    for row in facts:
        counts[_person_key(row)] = counts.get(_person_key(row), 0) + 1
    named = {
        row["entity_id"]: row["canonical_name"]
        for row in entities
        if row["entity_type"] == "PERSON"
        and wanted in {alias.casefold() for alias in [row["canonical_name"], *row["aliases"]]}
    }
    named |= {_person_key(r): r["person_name"] for r in facts if r["person_name"].casefold() == wanted}
    if not named:
        raise UnknownPerson(_unknown(name, facts, counts))
    best = max(sorted(named), key=lambda key: counts.get(key, 0))
    return best, named[best]


def _unknown(name: str, facts: Sequence[Row], counts: Mapping[str, int]) -> str:
    names = sorted({row["person_name"] for row in facts})
    close = difflib.get_close_matches(name, names, n=3, cutoff=0.6)
    hint = f"; did you mean {', '.join(repr(n) for n in close)}?" if close else ""
    return f"no person named {name!r} in the facts table{hint}"


def _person_key(row: Row) -> str:
    return str(row.get("person_entity_id") or f"name:{row['person_name']}")


def _item(row: Row, paths: Mapping[str, str]) -> dict[str, Any]:
    """What the page needs of one fact: its label, interval and evidence."""
    post = row["kind"] == "post"
    start = row["start_date"] if post else row["date_start"]
    end = (row["end_date"] if post else row["date_end"]) or None
    precision = row["start_precision"] if post else row["date_precision"]
    value = row["start_value"] if post else row["date_value"]
    return {
        "kind": row["kind"],
        "label": row["position"] if post else row["event_type"],
        "organization": row["organization_name"],
        "place": row["place_name"],
        "start": _iso(start),
        "end": _iso(end),
        "start_last": _iso(_last_day(value)),
        "value": value,
        "end_value": row["end_value"] if post else None,
        "end_basis": row["end_basis"] if post else None,
        "precision": precision,
        "fuzzy": precision in _FUZZY_KINDS or bool(value and "/" in value),
        "conflict": row["conflict"],
        "sentence": row["sentence"],
        "source": paths.get(row["sentence_doc_id"], row["sentence_doc_id"]),
        "sources": sorted(paths.get(doc, doc) for doc in row["doc_ids"]),
        "document_count": row["document_count"],
    }


def _last_day(value: str | None) -> dt.date | None:
    """The last day of a start value's first point: how far a coarse start may reach."""
    from pipeline.facts.claims import interval_of

    first = value.split("/", 1)[0] if value else None
    placed = interval_of(first)
    return placed[1] if placed else None


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def render_page(person: str, items: Sequence[Mapping[str, Any]]) -> str:
    template = resources.files("pipeline").joinpath("export/timeline.html").read_text(encoding="utf-8")
    data = json.dumps({"person": person, "items": list(items)}, ensure_ascii=False, sort_keys=True)
    # Inside <script>, "</" would end the element: escape every "<".
    data = data.replace("<", "\\u003c")
    return template.replace(_TITLE_MARK, html.escape(person)).replace(_DATA_MARK, data)
