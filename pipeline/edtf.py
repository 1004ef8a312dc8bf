"""Small helpers for the EDTF-style date values the tables carry."""

from __future__ import annotations

import re

from pipeline.records import Precision

_SEASON_CODES = range(21, 25)
# EDTF sub-year groupings for the quarters of a year (ISO 8601-2): 33 = Q1 .. 36 = Q4.
QUARTER_CODES = range(33, 37)
_PATTERNS: tuple[tuple[re.Pattern[str], Precision], ...] = (
    (re.compile(r"-?\d{4}-\d{2}-\d{2}"), "day"),
    (re.compile(r"-?\d{4}-\d{2}"), "month"),
    (re.compile(r"-?\d{4}"), "year"),
    (re.compile(r"\d{3}X"), "decade"),
    (re.compile(r"\d{2}XX"), "century"),
)


def precision_of(value: str | None) -> Precision | None:
    """The precision of one EDTF point ("1995-03" -> month, "2003-23" -> season)."""
    if not value:
        return None
    for pattern, precision in _PATTERNS:
        if pattern.fullmatch(value):
            if precision == "month" and int(value[-2:]) in _SEASON_CODES:
                return "season"
            if precision == "month" and int(value[-2:]) in QUARTER_CODES:
                return "quarter"
            return precision
    return None


_DAY_OF_TIME = re.compile(r"(-?\d{4}-\d{2}-\d{2})T")


def day_of_time(value: str | None) -> str | None:
    """The calendar day of a time value ("2021-11-14TMO" -> "2021-11-14"): the date an event
    "on Sunday morning" reports; None for a time of no known day."""
    match = _DAY_OF_TIME.match(value or "")
    return match.group(1) if match else None


def split_interval(value: str | None) -> tuple[str | None, str | None]:
    """("1956", "1964") for "1956/1964"; (v, v) for a single point; open ends are None."""
    if not value:
        return None, None
    if "/" not in value:
        return value, value
    start, end = value.split("/", 1)
    return (start or None if start != ".." else None), (end or None if end != ".." else None)
