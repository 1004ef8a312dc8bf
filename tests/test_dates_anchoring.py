"""Dates stage: anchors, ages, independence from today, and the gold table."""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from spacy.language import Language

from pipeline.dates import anchor_ages, normalize_dates, normalize_expression
from pipeline.dates import parse as dates_parse
from pipeline.records import DateMention

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "gold" / "dates.csv"
# The gold figure this stage must reach: share of gold rows found with exact values.
GOLD_MIN_MATCH = 0.9


def _by_text(mentions: list[DateMention]) -> dict[str, DateMention]:
    return {m.text: m for m in mentions}


def test_relative_points_at_its_anchor(nlp: Language) -> None:
    text = "The mill opened on 3 May 1921. The next day a fire broke out. Two years later it closed."
    dates = _by_text(normalize_dates(nlp(text), "doc"))
    assert dates["The next day"].anchor_date_id == dates["3 May 1921"].date_id
    assert dates["Two years later"].anchor_date_id == dates["The next day"].date_id
    assert dates["Two years later"].value == "1923"


def test_no_anchor_means_no_value(nlp: Language) -> None:
    (later,) = normalize_dates(nlp("A few days later the ship sailed."), "doc")
    assert (later.kind, later.value, later.date_start, later.anchor_date_id) == ("relative", None, None, None)


def test_apposition_gives_two_rows_and_the_stated_value(nlp: Language) -> None:
    text = "He wrote in December 1991. Three months later, in February 1992, he was appointed."
    dates = _by_text(normalize_dates(nlp(text), "doc"))
    assert dates["Three months later"].value == "1992-02"
    assert dates["Three months later"].anchor_date_id == dates["February 1992"].date_id
    text = "The board met on 4 May 2009 and, on the same day, 4 May 2009, the chairman resigned."
    rows = [(m.text, m.kind) for m in normalize_dates(nlp(text), "doc")]
    assert ("the same day", "relative") in rows and rows.count(("4 May 2009", "point")) == 2


def test_range_ends_and_sentence_index(nlp: Language) -> None:
    text = "He was born in 1931.\nFrom December 2004 to January 2007 he ran the port."
    ranged = _by_text(normalize_dates(nlp(text), "doc"))["From December 2004 to January 2007"]
    assert (ranged.start_value, ranged.end_value, ranged.sentence_index) == ("2004-12", "2007-01", 1)
    since = _by_text(normalize_dates(nlp("Since 1983 she has led it."), "doc"))["Since 1983"]
    assert (since.start_value, since.end_value, since.date_end) == ("1983", None, None)


def test_ids_are_deterministic_and_spans_exact(nlp: Language) -> None:
    text = "In 1990, at the age of 41, she moved. From 1991 to 1994 she taught; that winter was cold."
    first, second = normalize_dates(nlp(text), "doc-a"), normalize_dates(nlp(text), "doc-a")
    assert [m.date_id for m in first] == [m.date_id for m in second]
    assert [m.start_char for m in first] == sorted(m.start_char for m in first)
    assert all(text[m.start_char : m.end_char] == m.text for m in first)
    assert {m.date_id for m in normalize_dates(nlp(text), "doc-b")}.isdisjoint(m.date_id for m in first)


def _birth_for(birth: DateMention | None) -> Callable[[DateMention], DateMention | None]:
    return lambda _age: birth


@pytest.mark.parametrize(
    ("sentence", "birth", "value", "start", "end", "precision"),
    [
        (
            "In 1977, at the age of 29, he became director.",
            "November 24, 1948",
            "1977-11-24/1978-11-23",
            "1977-11-24",
            "1978-11-23",
            "year",
        ),
        (
            "Aged 35, she entered parliament.",
            "March 1, 1960",
            "1995-03-01/1996-02-29",
            "1995-03-01",
            "1996-02-29",
            "year",
        ),
        ("At 41, he was the youngest minister.", "1950", "1991/1992", "1991-01-01", "1992-12-31", "year"),
        (
            "She was honoured on her sixtieth birthday.",
            "9 October 1961",
            "2021-10-09",
            "2021-10-09",
            "2021-10-09",
            "day",
        ),
    ],
)
def test_anchor_ages(
    nlp: Language, sentence: str, birth: str, value: str, start: str, end: str, precision: str
) -> None:
    (born,) = normalize_dates(nlp(f"She was born on {birth}."), "birth")
    (age,) = [m for m in normalize_dates(nlp(sentence), "doc") if m.kind == "age"]
    (placed,) = anchor_ages([age], _birth_for(born))
    assert (placed.value, placed.precision, placed.kind, placed.anchor_date_id) == (
        value,
        precision,
        "age",
        born.date_id,
    )
    assert (placed.date_start, placed.date_end) == (dt.date.fromisoformat(start), dt.date.fromisoformat(end))
    assert placed.start_value == placed.end_value == value


def test_ages_without_birth_stay_unplaced(nlp: Language) -> None:
    dates = normalize_dates(nlp("In 1977, at the age of 29, he moved; in 1980 he left."), "doc")
    placed = anchor_ages(dates, _birth_for(None))
    assert placed == dates
    assert [(m.age, m.value) for m in placed if m.kind == "age"] == [(29, None)]


class _OtherToday(dt.datetime):
    """A clock stuck in 1971, for the modules dateparser reads the time from."""

    @classmethod
    def now(cls, tz: dt.tzinfo | None = None) -> _OtherToday:  # type: ignore[override]
        return cls(1971, 6, 1, tzinfo=tz)

    @classmethod
    def utcnow(cls) -> _OtherToday:  # type: ignore[override]
        return cls(1971, 6, 1)

    @classmethod
    def today(cls) -> _OtherToday:  # type: ignore[override]
        return cls(1971, 6, 1)


OTHER_TODAY_TEXT = (
    "OSLO, 4 June 2015 – Police on Tuesday detained two men. The hearing is set for 9 July. "
    "The firm was founded in Sept 1990, sold on 3rd Jan., 1999 and a week later closed. "
    "Two years later the site was cleared; that summer it flooded."
)


def test_nothing_depends_on_today(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    import dateparser.date
    import dateparser.freshness_date_parser
    import dateparser.parser

    doc = nlp(OTHER_TODAY_TEXT)
    before = normalize_dates(doc, "doc")
    for module in (dateparser.date, dateparser.parser, dateparser.freshness_date_parser):
        monkeypatch.setattr(module, "datetime", _OtherToday, raising=False)
    monkeypatch.setattr(dates_parse, "RELATIVE_BASE", dt.datetime(1971, 6, 1))
    dates_parse.parse_single.cache_clear()
    normalize_expression.cache_clear()
    try:
        after = normalize_dates(doc, "doc")
    finally:
        dates_parse.parse_single.cache_clear()
    assert after == before
    assert all(m.date_start is None or m.date_start.year >= 1990 for m in after)


def _source(name: str) -> Path:
    for folder in (ROOT / "tests" / "corpus", ROOT / "raw"):
        if (folder / name).is_file():
            return folder / name
    raise FileNotFoundError(name)


def _first_birth(dates: list[DateMention], text: str) -> DateMention | None:
    """The first day-precision date in a sentence that says "born" (a stand-in for events)."""
    for date in dates:
        line_start = max(text.rfind(".", 0, date.start_char), text.rfind("\n", 0, date.start_char))
        if date.precision == "day" and "born" in text[line_start : date.start_char].lower():
            return date
    return None


def _gold_score(nlp: Language) -> tuple[int, int, list[str]]:
    with GOLD.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    found, misses = 0, []
    for source in sorted({row["source"] for row in rows}):
        text = _source(source).read_text(encoding="utf-8")
        dates = normalize_dates(nlp(text), source)
        dates = anchor_ages(dates, _birth_for(_first_birth(dates, text)))
        by_span = {(d.start_char, d.end_char): d for d in dates}
        for row in (r for r in rows if r["source"] == source):
            date = by_span.get((int(row["start_char"]), int(row["end_char"])))
            expected = (
                row["text"],
                row["value"],
                row["precision"],
                row["kind"],
                row["date_start"],
                row["date_end"],
            )
            got = date and (date.text, date.value or "", date.precision or "", date.kind,
                            str(date.date_start or ""), str(date.date_end or ""))  # fmt: skip
            found += got == expected
            if got != expected:
                misses.append(f"{source}: {expected} != {got}")
    return found, len(rows), misses


def test_gold_dates(nlp: Language) -> None:
    found, total, misses = _gold_score(nlp)
    print(f"gold dates: {found}/{total} = {found / total:.3f}")
    assert found / total >= GOLD_MIN_MATCH, misses


def test_gold_age_rows_are_replaced(nlp: Language) -> None:
    dates = normalize_dates(
        nlp("Born 9 October 1961. Honoured on 9 October 2011, on his fiftieth birthday."), "d"
    )
    placed = _by_text(anchor_ages(dates, _birth_for(dates[0])))
    assert placed["his fiftieth birthday"].value == "2011-10-09"
    assert replace(placed["9 October 2011"]) == _by_text(dates)["9 October 2011"]
