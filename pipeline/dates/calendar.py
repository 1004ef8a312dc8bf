"""EDTF points and the calendar days they cover.

Everything the stage places is an ``Interval`` of two EDTF points (``lo`` and
``hi``, equal for a single point). The day bounds are always computed from the
points, so a value and its bounds can never disagree.
"""

from __future__ import annotations

import calendar as _cal
import datetime as dt
import re
from dataclasses import dataclass
from typing import Literal

from pipeline.edtf import QUARTER_CODES, precision_of
from pipeline.records import Precision

# Granularity of arithmetic: offsets are counted in one of these.
Grain = Literal["day", "month", "year"]
_GRAIN_RANK = {"day": 0, "month": 1, "year": 2}
# Season code -> (first month, months covered); winter runs into the next year.
_SEASON_MONTHS = {21: 3, 22: 6, 23: 9, 24: 12}
_POINT = re.compile(r"(?P<y>\d{4})(?:-(?P<m>\d{2})(?:-(?P<d>\d{2}))?)?")


@dataclass(frozen=True, slots=True)
class Interval:
    """Two EDTF points; ``hi`` None is an open end ("Since 1983" -> 1983/..)."""

    lo: str
    hi: str | None

    @property
    def value(self) -> str:
        if self.hi == self.lo:
            return self.lo
        return f"{self.lo}/{self.hi or '..'}"

    @property
    def start(self) -> dt.date:
        return bounds(self.lo)[0]

    @property
    def end(self) -> dt.date | None:
        return bounds(self.hi)[1] if self.hi else None

    @property
    def precision(self) -> Precision | None:
        return precision_of(self.lo)


def point(value: str) -> Interval:
    return Interval(value, value)


def bounds(value: str) -> tuple[dt.date, dt.date]:
    """First and last day of one EDTF point: day, month, season, year, 198X, 19XX."""
    if value.endswith("XX"):
        century = int(value[:2]) * 100
        return dt.date(century, 1, 1), dt.date(century + 99, 12, 31)
    if value.endswith("X"):
        decade = int(value[:3]) * 10
        return dt.date(decade, 1, 1), dt.date(decade + 9, 12, 31)
    match = _POINT.fullmatch(value)
    if match is None:
        raise ValueError(f"not an EDTF point: {value!r}")
    year = int(match["y"])
    if match["m"] is None:
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    month = int(match["m"])
    if month in QUARTER_CODES:
        first = dt.date(year, 3 * (month - QUARTER_CODES.start) + 1, 1)
        return first, add_months(first, 3) - dt.timedelta(days=1)
    if month in _SEASON_MONTHS:
        first = dt.date(year, _SEASON_MONTHS[month], 1)
        return first, add_months(first, 3) - dt.timedelta(days=1)
    if match["d"] is None:
        return dt.date(year, month, 1), dt.date(year, month, last_day(year, month))
    day = dt.date(year, month, int(match["d"]))
    return day, day


def last_day(year: int, month: int) -> int:
    return _cal.monthrange(year, month)[1]


def add_months(day: dt.date, months: int) -> dt.date:
    """Calendar month arithmetic, clamping the day (31 Jan + 1 month = 28/29 Feb)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return dt.date(year, month + 1, min(day.day, last_day(year, month + 1)))


def shift(day: dt.date, count: int, unit: str) -> dt.date:
    """``day`` moved by ``count`` units (day, week, month, year)."""
    if unit == "day":
        return day + dt.timedelta(days=count)
    if unit == "week":
        return day + dt.timedelta(weeks=count)
    if unit == "month":
        return add_months(day, count)
    return add_months(day, 12 * count)


def label(day: dt.date, grain: Grain) -> str:
    """The EDTF point of ``grain`` that contains ``day``."""
    if grain == "year":
        return f"{day.year:04d}"
    if grain == "month":
        return f"{day.year:04d}-{day.month:02d}"
    return day.isoformat()


def span_at(start: dt.date, end: dt.date, grain: Grain) -> Interval:
    """The smallest run of ``grain`` units covering start..end."""
    return Interval(label(start, grain), label(end, grain))


def grain_of(precision: Precision | None) -> Grain:
    """Arithmetic grain for a precision: seasons count in months, decades in years."""
    if precision in ("day", "month"):
        return precision
    if precision in ("season", "quarter"):
        return "month"
    return "year"


def finer(a: Grain, b: Grain) -> Grain:
    return a if _GRAIN_RANK[a] <= _GRAIN_RANK[b] else b


def season(year: int, code: int) -> str:
    return f"{year:04d}-{code}"


def third(lo: int, hi: int, part: int) -> tuple[int, int]:
    """First, middle or last third of lo..hi inclusive, as the guidelines split them.

    Decades 0-3/4-6/7-9, years 1-4/5-8/9-12, centuries 0-33/34-66/67-99: the
    first third takes the rounding remainder of a decade, the middle of a month.
    """
    size = hi - lo + 1
    if size == 12:
        return lo + 4 * part, lo + 4 * part + 3
    if size == 10:
        return ((lo, lo + 3), (lo + 4, lo + 6), (lo + 7, lo + 9))[part]
    if size == 100:
        return ((lo, lo + 33), (lo + 34, lo + 66), (lo + 67, lo + 99))[part]
    # Days of a month: 1-10, 11-20, 21-end.
    return ((lo, lo + 9), (lo + 10, lo + 19), (lo + 20, hi))[part]


def quarter(year: int, number: int) -> str:
    """The EDTF value of quarter ``number`` (1-4) of ``year``: 1989, 3 -> "1989-35"."""
    return f"{year:04d}-{QUARTER_CODES.start + number - 1}"


def quarter_of(day: dt.date) -> tuple[int, int]:
    """(year, quarter number) of a day."""
    return day.year, (day.month - 1) // 3 + 1


_WHOLE_DURATION = re.compile(r"P(?P<n>\d+)(?P<unit>[YM])")


def after_duration(start: str, duration: str) -> str | None:
    """The point ``duration`` after ``start``, at the start's grain: "1945" + P4Y ->
    "1949", "1996-03" + P18M -> "1997-09"; None for a duration in other units or a
    start that is no day, month or year."""
    match = _WHOLE_DURATION.fullmatch(duration)
    if match is None or precision_of(start) not in ("year", "month", "day"):
        return None
    count, unit = int(match["n"]), "year" if match["unit"] == "Y" else "month"
    first = bounds(start)[0]
    return label(shift(first, count, unit), grain_of(precision_of(start)))
