"""The TimeML view of a dates row: its TIMEX3 type and value, beside the EDTF value.

DATE, TIME, DURATION or SET, and the value TimeML writes: seasons ``2003-FA``,
quarters ``1989-Q3``, decades ``198``, centuries ``19``, a Monday-to-Sunday week
``2013-W12`` (its weekend ``2013-W12-WE``), durations and sets as they are, ages as durations (``P45Y``), the
references ``PRESENT_REF``/``PAST_REF``/``FUTURE_REF``. A range, an early/mid/late
third or any other interval has no TIMEX3 value: null, rather than an invented one.
"""

from __future__ import annotations

import datetime as dt
import re

from pipeline.records import DateKind, TimexType

_SEASONS = {"21": "SP", "22": "SU", "23": "FA", "24": "WI"}
_QUARTERS = {"33": "Q1", "34": "Q2", "35": "Q3", "36": "Q4"}
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def timex_type(kind: DateKind) -> TimexType:
    if kind in ("duration", "age"):
        return "DURATION"
    if kind == "time":
        return "TIME"
    if kind == "set":
        return "SET"
    return "DATE"


def timex_value(kind: DateKind, value: str | None, age: int | None = None) -> str | None:
    if kind == "age":
        return f"P{age}Y" if age is not None else None
    if value is None or kind in ("duration", "time", "set", "reference"):
        return value
    if "/" in value:
        return _week(value)
    return _point(value)


def _point(value: str) -> str:
    match = re.fullmatch(r"(\d{4})-(\d{2})", value)
    if match and match[2] in _SEASONS:
        return f"{match[1]}-{_SEASONS[match[2]]}"
    if match and match[2] in _QUARTERS:
        return f"{match[1]}-{_QUARTERS[match[2]]}"
    if re.fullmatch(r"\d{3}X", value):
        return value[:3]
    if re.fullmatch(r"\d{2}XX", value):
        return value[:2]
    return value


def _week(value: str) -> str | None:
    """A Monday-to-Sunday interval is one ISO week, a Saturday and Sunday its weekend;
    any other interval has no value."""
    first, _, last = value.partition("/")
    if not (_DAY.fullmatch(first) and _DAY.fullmatch(last)):
        return None
    start, end = dt.date.fromisoformat(first), dt.date.fromisoformat(last)
    year, week, _ = start.isocalendar()
    if start.weekday() == 5 and (end - start).days == 1:
        return f"{year}-W{week:02d}-WE"  # a weekend
    if start.weekday() != 0 or (end - start).days != 6:
        return None
    return f"{year}-W{week:02d}"
