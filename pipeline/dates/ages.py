"""Ages ("at the age of 29", "his fiftieth birthday") and their placement from a birth date.

An age N covers the year from the N-th birthday to the day before the next
one; a birthday is the one day. Both are computed from the birth's bounds, so a
birth known only to the year gives a wider interval.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import replace

from pipeline.dates import calendar as cal
from pipeline.dates.grammar import Hit
from pipeline.dates.lexicon import number_value, ordinal_value
from pipeline.records import DateMention

AGE_RULES = frozenset({"age", "age_old", "age_at", "birthday"})
# Oldest age taken at face value; "at 150" is not a person's age.
MAX_AGE = 120


def age_of(hit: Hit) -> int | None:
    if hit.rule == "birthday":
        years = ordinal_value(hit.groups["ord"] or "")
    else:
        text = hit.groups.get("n") or hit.groups.get("n2") or hit.groups.get("n3") or ""
        years = number_value(text)
    return years if years is not None and 0 < years <= MAX_AGE else None


def anchor_ages(
    dates: Sequence[DateMention], birth_for: Callable[[DateMention], DateMention | None]
) -> list[DateMention]:
    """Each unplaced age placed from the birth date ``birth_for`` finds; others unchanged."""
    placed = []
    for date in dates:
        birth = (
            birth_for(date) if date.kind == "age" and date.age is not None and date.value is None else None
        )
        placed.append(_placed(date, birth) if birth is not None else date)
    return placed


def _placed(age: DateMention, birth: DateMention) -> DateMention:
    if birth.date_start is None or age.age is None:
        return age
    first, last = birth.date_start, birth.date_end or birth.date_start
    grain = cal.grain_of(birth.precision)
    if "birthday" in age.text.lower():
        start, end = _plus_years(first, age.age), _plus_years(last, age.age)
        interval = cal.span_at(start, end, grain)
        precision = birth.precision if birth.precision in ("day", "month") else "year"
    else:
        start = _plus_years(first, age.age)
        end = _plus_years(last, age.age + 1) - dt.timedelta(days=1)
        interval, precision = cal.span_at(start, end, grain), "year"
    return replace(
        age,
        value=interval.value,
        date_start=interval.start,
        date_end=interval.end,
        precision=precision,
        anchor_date_id=birth.date_id,
        start_value=interval.value,
        end_value=interval.value,
    )


def _plus_years(day: dt.date, years: int) -> dt.date:
    return cal.add_months(day, 12 * years)
