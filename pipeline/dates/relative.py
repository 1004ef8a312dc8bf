"""Relative expressions, placed from an earlier date (their anchor).

Conventions (see README.md): "N units later" shifts the anchor at the unit's
grain; from a range it counts from the range's end. Sentence-initial "After N
units" counts from the start of the nearest absolute date and keeps that date's
precision (an anniversary). "that/the same X" repeats the anchor. "N units ago",
"next year" (without "the"), yearless dates and weekdays take the document date
when there is one, in the direction of the clause's tense. No anchor, no value.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from pipeline.dates import calendar as cal
from pipeline.dates.absolute import read_side
from pipeline.dates.calendar import Grain, Interval
from pipeline.dates.grammar import Hit
from pipeline.dates.lexicon import SEASONS, WEEKDAYS, number_value, ordinal_value, unit_name
from pipeline.dates.tense import pick_by_tense

_DAY_UNITS = frozenset({"day", "night", "morning", "afternoon", "evening"})
_UNIT_GRAIN: dict[str, Grain] = {"week": "day", "month": "month", "year": "year", "decade": "year"}
_UNIT_STEP = {"decade": ("year", 10), "century": ("year", 100), "centuries": ("year", 100)}
_BACKWARD = frozenset({"earlier", "ago", "before", "previous", "preceding", "prior"})
# "A few days later" is placed only in the anchor's month, and only when the
# anchor day leaves a week of that month to fall in.
_FEW_DAYS_MONTH_END = 21
# Rules whose value may be taken from an adjacent date ("Three months later, in
# February 1992"): the apposition is more precise than arithmetic.
APPOSABLE = frozenset({"later", "event", "day_after", "after", "next", "same"})


@dataclass(frozen=True, slots=True)
class Placed:
    """An earlier expression that can serve as an anchor."""

    date_id: str | None  # None: the document's own date from front matter or a manifest
    interval: Interval
    is_range: bool
    is_relative: bool
    is_offset: bool = False  # "N units earlier/later": counted from another date
    sentence: int = 0  # the sentence it is in


@dataclass(frozen=True, slots=True)
class Context:
    """What a relative expression can be placed from."""

    previous: Sequence[Placed]  # placed expressions before it, in text order
    document: Placed | None  # the document's own date (front matter, manifest, dateline)
    tense: str | None = None  # "past", "present" or "future": the clause around the expression
    settled: bool = False  # the expression times a finished event itself ("ended Oct. 31")
    sentence: int = 0  # the sentence of the expression being placed


Resolved = tuple[Interval | None, str | None]  # interval and the anchor's date_id
_NONE: Resolved = (None, None)


def grain_for_unit(unit: str) -> Grain:
    unit = unit_name(unit)
    return "day" if unit in _DAY_UNITS else _UNIT_GRAIN.get(unit, "year")


def resolve(hit: Hit, context: Context) -> Resolved:
    resolver = _RESOLVERS.get(hit.rule)
    return resolver(hit, context) if resolver else _NONE


def _nearest(context: Context, absolute_only: bool = False, offsets_too: bool = True) -> Placed | None:
    """The nearest earlier placed date. "A year earlier" repeated down a report compares
    each figure with the same period, so backward offsets skip other offsets."""
    for placed in reversed(context.previous):
        if absolute_only and placed.is_relative:
            continue
        if not offsets_too and placed.is_offset:
            continue
        return placed
    return None


def _base(anchor: Placed) -> Interval:
    """A range is left from its end; anything else as a whole."""
    if anchor.is_range:
        return cal.point(anchor.interval.hi or anchor.interval.lo)
    return anchor.interval


def _edges(interval: Interval) -> tuple[dt.date, dt.date]:
    return cal.bounds(interval.lo)[0], cal.bounds(interval.hi or interval.lo)[1]


def _shifted(interval: Interval, count: int, unit: str, grain: Grain) -> Interval:
    start, end = _edges(interval)
    step_unit, factor = _UNIT_STEP.get(unit, (unit, 1))
    if step_unit in _DAY_UNITS:
        step_unit = "day"
    return cal.span_at(
        cal.shift(start, count * factor, step_unit), cal.shift(end, count * factor, step_unit), grain
    )


def _later(hit: Hit, context: Context) -> Resolved:
    unit = unit_name(hit.groups["unit"] or "")
    direction = (hit.groups["dir"] or "").lower()
    count = number_value(hit.groups["n"] or "")
    anchor = context.document if direction == "ago" else _nearest(context, offsets_too=direction != "earlier")
    if anchor is None:
        return _NONE
    if count is None:
        return _few_later(anchor, unit, direction), anchor.date_id
    sign = -1 if direction in _BACKWARD else 1
    return _shifted(_base(anchor), sign * count, unit, grain_for_unit(unit)), anchor.date_id


def _few_later(anchor: Placed, unit: str, direction: str) -> Interval | None:
    """Only "a few days later" from a day early enough in its month has a safe value."""
    base = _base(anchor)
    if unit != "day" or direction != "later" or base.precision != "day" or base.lo != base.hi:
        return None
    day = cal.bounds(base.lo)[0]
    return cal.point(cal.label(day, "month")) if day.day <= _FEW_DAYS_MONTH_END else None


def _day_after(hit: Hit, context: Context) -> Resolved:
    anchor = _nearest(context)
    if anchor is None:
        return _NONE
    sign = -1 if (hit.groups["dir"] or "").lower() == "before" else 1
    return _shifted(_base(anchor), sign, "day", "day"), anchor.date_id


def _after(hit: Hit, context: Context) -> Resolved:
    """Sentence-initial "After one year", "After his second year": from the start of the
    nearest absolute date, at that date's own precision."""
    anchor = _nearest(context, absolute_only=True)
    count = number_value(hit.groups["n"] or "") if hit.groups["n"] else ordinal_value(hit.groups["ord"] or "")
    if anchor is None or count is None:
        return _NONE
    unit = unit_name(hit.groups["unit"] or "")
    start = cal.point(anchor.interval.lo)
    grain = cal.finer(cal.grain_of(start.precision), grain_for_unit(unit))
    return _shifted(start, count, unit, grain), anchor.date_id


def _next(hit: Hit, context: Context) -> Resolved:
    """ "the next day" follows the narrative; "next week" without "the" is the document's."""
    deictic = (
        context.document is not None
        and not hit.groups.get("the")
        and (hit.groups["which"] or "").lower() == "next"
    )
    anchor = context.document if deictic else _nearest(context)
    if anchor is None:
        return _NONE
    sign = -1 if (hit.groups["which"] or "").lower() in _BACKWARD else 1
    unit = (hit.groups["unit"] or "").lower()
    if unit in SEASONS:
        return _adjacent_season(anchor.interval, SEASONS[unit], sign), anchor.date_id
    if unit == "week":
        return _week(_base(anchor), sign), anchor.date_id
    return _shifted(_base(anchor), sign, unit, grain_for_unit(unit)), anchor.date_id


def _same(hit: Hit, context: Context) -> Resolved:
    unit = (hit.groups["unit"] or "").lower()
    # "from the same date": the last day the text gave, not a month or an open range.
    anchor = _nearest_of(context, ("day",)) if unit == "date" else _nearest(context)
    if anchor is None:
        return _NONE
    unit = "day" if unit == "date" else unit
    if unit in SEASONS:
        return _season_of_year(anchor, SEASONS[unit]), anchor.date_id
    if unit == "week":
        return _week(_base(anchor), 0), anchor.date_id
    # A night spans two days, so "that night" repeats a two-day range whole.
    base = anchor.interval if unit == "night" else _base(anchor)
    return _shifted(base, 0, "day", grain_for_unit(unit)), anchor.date_id


def _bare_season(hit: Hit, context: Context) -> Resolved:
    anchor = _nearest(context)
    if anchor is None:
        return _NONE
    return _season_of_year(anchor, SEASONS[(hit.groups["season"] or "").lower()]), anchor.date_id


def _season_of_year(anchor: Placed, code: int) -> Interval:
    year = _edges(_base(anchor))[1].year
    return cal.point(cal.season(year, code))


def _adjacent_season(interval: Interval, code: int, sign: int) -> Interval:
    """The first such season after the anchor ends, or the last one before it starts."""
    start, end = _edges(interval)
    year = end.year if sign > 0 else start.year
    candidate = cal.point(cal.season(year, code))
    if sign > 0 and candidate.start <= end:
        candidate = cal.point(cal.season(year + 1, code))
    if sign < 0 and (candidate.end or candidate.start) >= start:
        candidate = cal.point(cal.season(year - 1, code))
    return candidate


def _week(base: Interval, weeks: int) -> Interval | None:
    """Monday to Sunday of the anchor day's week, moved by ``weeks``; needs a day anchor."""
    if base.precision != "day" or base.lo != base.hi:
        return None
    day = cal.bounds(base.lo)[0] + dt.timedelta(weeks=weeks)
    monday = day - dt.timedelta(days=day.weekday())
    return cal.span_at(monday, monday + dt.timedelta(days=6), "day")


def _weekday(hit: Hit, context: Context) -> Resolved:
    """The weekday before the anchor day in the past tense, after it in the future, else
    the nearer of the two; "last"/"next" skip the anchor's own week day."""
    anchor = context.document or _nearest_of(context, ("day",))
    if anchor is None or anchor.interval.precision != "day":
        return _NONE
    target = WEEKDAYS.index((hit.groups["wd"] or "").lower())
    day = _edges(anchor.interval)[0]
    modifier = (hit.groups.get("mod") or "").strip().lower()
    ahead = (target - day.weekday()) % 7 or (7 if modifier == "next" else 0)
    back = (day.weekday() - target) % 7 or (7 if modifier == "last" else 0)
    forward = modifier == "next" or (modifier != "last" and _forward(context, ahead, back))
    moved = day + dt.timedelta(days=ahead) if forward else day - dt.timedelta(days=back)
    return cal.point(moved.isoformat()), anchor.date_id


def _forward(context: Context, ahead: int, back: int) -> bool:
    # Only a clause that points ahead moves a weekday forward: news reports what
    # happened ("Thursday's closing price", "announced Friday"), so without a tense
    # to go by, and in the present, the weekday is the last one.
    return context.tense == "future"


def _nearest_of(context: Context, precisions: tuple[str, ...]) -> Placed | None:
    for placed in reversed(context.previous):
        if placed.interval.precision in precisions and not placed.is_range:
            return placed
    return None


def _yearless(hit: Hit, context: Context) -> Resolved:
    """ "11 March": with a document date, the year the clause's tense points to (the
    nearest without one); else the year of the nearest preceding dated month or day,
    rolled forward if the narrative has passed it."""
    fields = read_side(hit.groups["a"] or "")
    if fields is None or fields.month is None:
        return _NONE
    anchor = context.document or _nearest_of(context, ("day", "month", "season", "year"))
    if anchor is None:
        return _NONE
    anchor_day = _edges(anchor.interval)[0]
    candidates = []
    for year in (anchor_day.year - 1, anchor_day.year, anchor_day.year + 1):
        value = type(fields)(year, fields.month, fields.day).edtf()
        if value:
            candidates.append(cal.point(value))
    if not candidates:
        return _NONE
    if context.document is not None:
        best = pick_by_tense(candidates, anchor_day, context.tense, context.settled)
    else:
        best = next((c for c in candidates if (c.end or c.start) >= anchor_day), candidates[-1])
    return best, anchor.date_id


_RESOLVERS = {
    "later": _later,
    "day_after": _day_after,
    "after": _after,
    "next": _next,
    "same": _same,
    "bare_season": _bare_season,
    "weekday": _weekday,
    "yearless": _yearless,
    "month_only": _yearless,
    "month_alone": _yearless,
}
