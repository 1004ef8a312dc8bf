"""Validate the gold evaluation tables in tests/gold/ (no pipeline code involved)."""

from __future__ import annotations

import calendar
import csv
import re
from datetime import date
from pathlib import Path

import pytest

from pipeline.events.triggers import load_lexicon

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "gold"
SEARCH_DIRS = [ROOT / "tests" / "corpus", ROOT / "raw"]

# The closed vocabulary is the lexicon's (README: Event vocabulary).
EVENT_TYPES = set(load_lexicon().event_types)
COLUMNS = {
    "events.csv": [
        "source",
        "event_type",
        "person",
        "date_value",
        "place",
        "organization",
        "evidence",
        "note",
    ],
    "careers.csv": [
        "source",
        "person",
        "position",
        "organization",
        "place",
        "start_value",
        "end_value",
        "end_basis",
        "evidence",
        "note",
    ],
    "dates.csv": [
        "source",
        "text",
        "start_char",
        "end_char",
        "value",
        "date_start",
        "date_end",
        "precision",
        "kind",
        "note",
    ],
}
PRECISIONS = {"day", "month", "season", "year", "decade", "century", ""}
KINDS = {"point", "range", "fuzzy", "relative", "age", "duration"}

_SINGLE = re.compile(r"\d{4}(-(0[1-9]|1[0-2]|2[1-4])(-\d{2})?)?|\d{3}X|\d{2}XX")
_DURATION = re.compile(r"P(\d+|X)[YMWD]")


def _valid_single(v: str) -> bool:
    if not _SINGLE.fullmatch(v):
        return False
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
        y, m, d = map(int, v.split("-"))
        if m > 12:
            return False
        date(y, m, d)  # raises on impossible days
    return True


def valid_edtf(v: str) -> bool:
    if v == "":
        return True
    if "/" in v:
        parts = v.split("/")
        if len(parts) != 2 or parts == ["..", ".."]:
            return False
        return all(p == ".." or _valid_single(p) for p in parts)
    return _valid_single(v)


def source_text(name: str) -> str:
    for d in SEARCH_DIRS:
        p = d / name
        if p.exists():
            return open(p, encoding="utf-8").read()
    raise FileNotFoundError(name)


def load(name: str) -> list[dict]:
    with open(GOLD / name, newline="", encoding="utf-8") as f:
        reader = csv.DictReader(f)
        assert reader.fieldnames == COLUMNS[name], f"{name}: columns {reader.fieldnames}"
        rows = list(reader)
    assert rows, f"{name} is empty"
    return rows


@pytest.fixture(scope="module", params=sorted(COLUMNS))
def table(request):
    return request.param, load(request.param)


def test_sources_exist_and_are_five_documents(table):
    name, rows = table
    sources = {r["source"] for r in rows}
    for s in sources:
        assert "/" not in s, f"{name}: source must be a file name only: {s}"
        source_text(s)
    if name in ("events.csv", "dates.csv"):
        assert len(sources) >= 5, f"{name}: only {sorted(sources)}"


def test_own_corpus_documents_are_well_formed():
    docs = sorted((ROOT / "tests" / "corpus").glob("*.txt"))
    prefixes = {p.name.split("_")[0] for p in docs}
    assert {"bio", "news", "cv"} <= prefixes
    for p in docs:
        if p.name.split("_")[0] in ("bio", "news", "cv"):
            n = len(p.read_text(encoding="utf-8").split())
            assert 250 <= n <= 600, f"{p.name}: {n} words"


def test_events():
    for i, r in enumerate(load("events.csv"), start=2):
        where = f"events.csv line {i}"
        assert r["event_type"] in EVENT_TYPES, f"{where}: bad type {r['event_type']}"
        assert r["person"].strip(), f"{where}: empty person"
        assert valid_edtf(r["date_value"]), f"{where}: bad date {r['date_value']!r}"
        assert r["evidence"] and r["evidence"] in source_text(r["source"]), f"{where}: evidence not in source"


def test_events_not_duplicated():
    seen = set()
    for r in load("events.csv"):
        key = (r["source"], r["event_type"], r["person"], r["date_value"], r["evidence"])
        assert key not in seen, f"duplicate event {key}"
        seen.add(key)


def test_careers():
    for i, r in enumerate(load("careers.csv"), start=2):
        where = f"careers.csv line {i}"
        assert r["person"].strip() and r["position"].strip(), where
        assert valid_edtf(r["start_value"]), f"{where}: bad start {r['start_value']!r}"
        assert valid_edtf(r["end_value"]), f"{where}: bad end {r['end_value']!r}"
        assert r["end_basis"] in ("explicit", "inferred", ""), f"{where}: bad end_basis"
        assert (r["end_basis"] == "") == (r["end_value"] == ""), f"{where}: end_basis/end_value mismatch"
        assert r["evidence"] and r["evidence"] in source_text(r["source"]), f"{where}: evidence not in source"
        assert r["position"][0].isupper(), f"{where}: position not capitalised"


def _day_bounds(v: str) -> tuple[str, str]:
    """Inclusive day bounds of an EDTF value (same conventions as GUIDELINES.md)."""

    def single(s):
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
            return s, s
        if re.fullmatch(r"\d{4}-\d{2}", s):
            y, m = int(s[:4]), int(s[5:])
            if m >= 21:
                a, b = {21: ("03-01", "05-31"), 22: ("06-01", "08-31"), 23: ("09-01", "11-30")}.get(
                    m, ("12-01", None)
                )
                if b is None:
                    return f"{y}-{a}", f"{y + 1}-02-{calendar.monthrange(y + 1, 2)[1]:02d}"
                return f"{y}-{a}", f"{y}-{b}"
            return f"{y}-{m:02d}-01", f"{y}-{m:02d}-{calendar.monthrange(y, m)[1]:02d}"
        if re.fullmatch(r"\d{4}", s):
            return f"{s}-01-01", f"{s}-12-31"
        if s.endswith("XX"):
            return f"{s[:2]}00-01-01", f"{s[:2]}99-12-31"
        return f"{s[:3]}0-01-01", f"{s[:3]}9-12-31"

    if "/" in v:
        a, b = v.split("/")
        return ("" if a == ".." else single(a)[0]), ("" if b == ".." else single(b)[1])
    return single(v)


def test_dates():
    rows = load("dates.csv")
    spans = set()
    for i, r in enumerate(rows, start=2):
        where = f"dates.csv line {i} ({r['text']!r})"
        doc = source_text(r["source"])
        s, e = int(r["start_char"]), int(r["end_char"])
        assert doc[s:e] == r["text"], f"{where}: offsets do not match text"
        assert (r["source"], s, e) not in spans, f"{where}: duplicate span"
        spans.add((r["source"], s, e))
        assert r["kind"] in KINDS, f"{where}: bad kind"
        assert r["precision"] in PRECISIONS, f"{where}: bad precision"
        v = r["value"]
        if r["kind"] == "duration":
            assert _DURATION.fullmatch(v), f"{where}: bad duration {v!r}"
            assert r["date_start"] == r["date_end"] == "", f"{where}: duration with bounds"
            continue
        assert valid_edtf(v), f"{where}: bad value {v!r}"
        if v == "":
            assert r["kind"] == "relative" and r["date_start"] == r["date_end"] == "", where
            continue
        assert r["precision"], f"{where}: missing precision"
        ds, de = _day_bounds(v)
        assert (r["date_start"], r["date_end"]) == (ds, de), f"{where}: bounds {ds}..{de}"
        if ds and de:
            assert ds <= de, f"{where}: start after end"


def test_dates_exclusions():
    """Non-dates named in the guidelines must not be annotated."""
    texts = {r["text"] for r in load("dates.csv")}
    for bad in ("annual", "daily", "today", "Statesman of the Year", "1100 km", "Degree 95", "95"):
        assert bad not in texts, bad
