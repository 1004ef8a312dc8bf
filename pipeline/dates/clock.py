"""Clock times and parts of days: "10:35 a.m.", "5 p.m. EST Nov. 9", "noon Thursday",
"Friday morning", "last night", "yesterday afternoon".

The value is TimeML's: the day, a "T" and the time (``1998-02-12T19:15``) or the
part of the day (``1998-02-19TMO``: MO morning, AF afternoon, EV evening, NI
night). ``date_start``/``date_end`` are that day and the precision is ``day``: the
tables' intervals are days, the value says more. The day is the one written
beside the time, else the document date's (in a narrative without one, the day
the text last named); no day, no value.
"""

from __future__ import annotations

import datetime as dt

from pipeline.dates.absolute import read_side
from pipeline.dates.calendar import Interval
from pipeline.dates.grammar import Hit
from pipeline.dates.lexicon import WEEKDAYS, number_value
from pipeline.dates.relative import Context, Placed
from pipeline.dates.tense import pick_by_tense

PART_CODES = {
    "morning": "MO",
    "afternoon": "AF",
    "evening": "EV",
    "night": "NI",
    "day": "AF",
    "tonight": "NI",
}
_DAY_STEP = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}
_WORD_TIMES = {"noon": "12:00", "midday": "12:00", "midnight": "24:00"}
_EVENING_HOURS = {"afternoon": 12, "evening": 12}


def time_value(hit: Hit, context: Context) -> tuple[str | None, dt.date | None, str | None]:
    """The TimeML value, the day it falls on and the anchor's date_id (all None when unplaced)."""
    day, anchor = _day(hit, context)
    clock = _clock(hit)
    if day is None or clock is None:
        return None, None, None
    return f"{day.isoformat()}T{clock}", day, anchor


def _clock(hit: Hit) -> str | None:
    groups = hit.groups
    part = (groups.get("part") or "").lower()
    if hit.rule == "clock":
        word = (groups.get("word") or "").lower()
        if word:
            return _WORD_TIMES[word]
        hour, minute = (
            int(groups.get("h") or groups.get("h2") or 0),
            int(groups.get("m") or groups.get("m2") or 0),
        )
        ampm = (groups.get("ampm") or "").lower()
        if ampm and not 1 <= hour <= 12:
            return None
        if ampm.startswith("p") and hour != 12:
            hour += 12
        elif ampm.startswith("a") and hour == 12:
            hour = 0
        return f"{hour:02d}:{minute:02d}"
    if hit.rule == "clock_words":
        said = number_value(groups.get("h") or "")
        if said is None or not 1 <= said <= 12:
            return None
        return f"{said % 12 + _EVENING_HOURS.get(part, 0):02d}:00"
    if groups.get("over"):
        return "NI"
    word = (groups.get("word") or "").lower()
    return PART_CODES.get(part) or PART_CODES.get(word)


def _day(hit: Hit, context: Context) -> tuple[dt.date | None, str | None]:
    """The day the time falls on: written beside it, else the document's, else the narrative's."""
    groups = hit.groups
    # "5 p.m. Nov. 9": the day written after a clock time; "yesterday morning": the day word.
    said = (groups.get("day") if hit.rule == "clock" else groups.get("word")) or ""
    base = context.document or _nearest_day(context)
    if base is None or base.interval.precision != "day":
        return None, None
    start = base.interval.start
    which = (groups.get("which") or "").lower()
    if said.lower() in _DAY_STEP:
        return start + dt.timedelta(days=_DAY_STEP[said.lower()]), base.date_id
    if which == "last":  # "last night"
        return start - dt.timedelta(days=1), base.date_id
    weekday = groups.get("wd") or (said if said.lower() in WEEKDAYS else None)
    if weekday:
        return _weekday(start, WEEKDAYS.index(weekday.lower()), context), base.date_id
    if said:
        return _date(said, start, context), base.date_id
    return start, base.date_id


def _weekday(day: dt.date, target: int, context: Context) -> dt.date:
    ahead, back = (target - day.weekday()) % 7, (day.weekday() - target) % 7
    candidates = [
        Interval(d.isoformat(), d.isoformat())
        for d in (day - dt.timedelta(days=back), day + dt.timedelta(days=ahead))
    ]
    return pick_by_tense(candidates, day, context.tense).start


def _date(text: str, start: dt.date, context: Context) -> dt.date | None:
    fields = read_side(text)
    if fields is None or fields.month is None or fields.day is None:
        return None
    years = [fields.year] if fields.year else [start.year - 1, start.year, start.year + 1]
    candidates = [Interval(v, v) for y in years if (v := type(fields)(y, fields.month, fields.day).edtf())]
    return pick_by_tense(candidates, start, context.tense, context.settled).start if candidates else None


def _nearest_day(context: Context) -> Placed | None:
    for placed in reversed(context.previous):
        if placed.interval.precision == "day" and placed.interval.lo == placed.interval.hi:
            return placed
    return None
