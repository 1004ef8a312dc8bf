"""Expressions of the document date: "yesterday", "last week", "this year", "two
years ago", "the third quarter", "last November", "June last year".

They are placed from the document's own date (front matter, manifest or
dateline), never chained on another relative expression. Without a document
date, those a narrative can anchor ("the quarter" after "the third quarter of
1989") take the nearest earlier date; the others keep no value.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from pipeline.dates import calendar as cal
from pipeline.dates.absolute import fuzzy, read_side
from pipeline.dates.calendar import Interval
from pipeline.dates.grammar import Hit
from pipeline.dates.lexicon import MONTHS, SEASONS, THIRDS
from pipeline.dates.relative import Context, Placed, Resolved
from pipeline.dates.tense import pick_by_tense

_NONE: Resolved = (None, None)
_STEP = {"this": 0, "current": 0, "last": -1, "past": -1, "this past": -1, "previous": -1}
_STEP |= {"next": 1, "coming": 1}
_DAY_STEP = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}
_QUARTER_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
_EDGE_THIRD = {"early": 0, "mid": 1, "late": 2}


def document_day(context: Context) -> dt.date | None:
    """The document date when it names a day."""
    document = context.document
    if document is None or document.interval.precision != "day":
        return None
    return document.interval.start


def _document_start(context: Context) -> dt.date | None:
    return context.document.interval.start if context.document is not None else None


def deictic_day(hit: Hit, context: Context) -> Resolved:
    """ "yesterday", "today", "tomorrow" (a part of the day makes it a time: clock.py)."""
    day = document_day(context)
    if day is None:
        return _NONE
    step = _DAY_STEP[(hit.groups["word"] or "").lower()]
    return cal.point((day + dt.timedelta(days=step)).isoformat()), _anchor_id(context)


def deictic_unit(hit: Hit, context: Context) -> Resolved:
    """ "last week", "this year", "next month", "earlier this month", "late last year"."""
    start = _document_start(context)
    which = " ".join((hit.groups["which"] or "").lower().split())
    unit = (hit.groups["unit"] or "").lower()
    if start is None or context.document is None:
        return _NONE
    interval = _unit_around(context.document.interval, unit, _STEP.get(which, 0))
    return _edged(interval, hit.groups.get("edge")), _anchor_id(context)


def _unit_around(document: Interval, unit: str, step: int) -> Interval | None:
    """The unit (week, month, quarter, year, season, decade) ``step`` units from the document date."""
    start = document.start
    precision = document.precision
    if unit in ("week", "weekend"):
        return _week(start, step, unit == "weekend") if precision == "day" else None
    if unit == "month":
        return (
            cal.point(cal.label(cal.add_months(start, step), "month"))
            if precision == "day" or precision == "month"
            else None
        )
    if unit == "quarter":
        year, number = cal.quarter_of(cal.add_months(start, 3 * step))
        return cal.point(cal.quarter(year, number)) if precision in ("day", "month") else None
    if unit in SEASONS:
        return _season_step(start, SEASONS[unit], step)
    if unit == "decade":
        return cal.point(f"{start.year // 10 + step:03d}X")
    return cal.point(f"{start.year + step:04d}")


def _week(day: dt.date, step: int, weekend: bool) -> Interval:
    monday = day - dt.timedelta(days=day.weekday()) + dt.timedelta(weeks=step)
    first = monday + dt.timedelta(days=5) if weekend else monday
    return cal.span_at(first, monday + dt.timedelta(days=6), "day")


def _season_step(day: dt.date, code: int, step: int) -> Interval:
    """This season of the document's year; the last one that ended before it; the next that starts after."""
    candidate = cal.point(cal.season(day.year, code))
    if step < 0:
        while (candidate.end or candidate.start) >= day:
            candidate = cal.point(cal.season(int(candidate.lo[:4]) - 1, code))
    elif step > 0:
        while candidate.start <= day:
            candidate = cal.point(cal.season(int(candidate.lo[:4]) + 1, code))
    return candidate


def _edged(interval: Interval | None, edge: str | None) -> Interval | None:
    """ "early/mid/late" take a third (the project's convention); "earlier/later" keep the unit."""
    part = _EDGE_THIRD.get((edge or "").lower())
    if interval is None or part is None or interval.lo != interval.hi:
        return interval
    return fuzzy(interval.lo, part) or interval


def the_weekend(hit: Hit, context: Context) -> Resolved:
    """ "over the weekend": the last one (news reports what happened), the next in the future."""
    day = document_day(context)
    if day is None:
        return _NONE
    # On a Saturday or Sunday it is that weekend; on a weekday this week's is still ahead.
    on_a_weekday = day.weekday() < 5
    step = -1 if on_a_weekday and context.tense != "future" else 0
    return _week(day, step, weekend=True), _anchor_id(context)


def deictic_of(hit: Hit, context: Context) -> Resolved:
    """ "the end of this week", "the beginning of next year", "the end of the year"."""
    which = (hit.groups["which"] or "").lower()
    unit = (hit.groups["unit"] or "").lower()
    base: Placed | None = context.document
    if which == "the" and base is None:
        base = _nearest(context, lambda p: p.interval.precision in ("day", "month", "year", "quarter"))
    if base is None:
        return _NONE
    interval = _unit_around(base.interval, unit, _STEP.get(which, 0))
    if interval is None:
        return _NONE
    if unit == "week":
        return interval, base.date_id
    return fuzzy(interval.lo, THIRDS[(hit.groups["part"] or "").lower()]), base.date_id


def month_of_year(hit: Hit, context: Context) -> Resolved:
    """ "June last year", "January this year"."""
    start = _document_start(context)
    fields = read_side(hit.groups["a"] or "")
    if start is None or fields is None or fields.month is None:
        return _NONE
    year = start.year + _STEP.get((hit.groups["which"] or "").lower(), 0)
    return cal.point(f"{year:04d}-{fields.month:02d}"), _anchor_id(context)


def deictic_month(hit: Hit, context: Context) -> Resolved:
    """ "last November" (the latest before the document's month), "this September", "next
    March"; "early/mid/late December" a third of the month placed by tense."""
    start = _document_start(context)
    month = MONTHS.get((hit.groups["a"] or "").rstrip(".").lower())
    which = (hit.groups["which"] or "").lower()
    if start is None or month is None:
        return _NONE
    if which in _EDGE_THIRD:
        value = month_by_tense(start, month, context.tense, context.settled)
        return fuzzy(value, _EDGE_THIRD[which]), _anchor_id(context)
    year = start.year
    if which == "last":
        year -= 1 if month >= start.month else 0
    elif which == "next":
        year += 1 if month <= start.month else 0
    return cal.point(f"{year:04d}-{month:02d}"), _anchor_id(context)


def month_by_tense(start: dt.date, month: int, tense: str | None, settled: bool = False) -> str:
    """The month of that name the clause speaks of: the latest not after the document
    date in the past tense, the next not before it in the future, else the nearest."""
    candidates = [
        cal.point(f"{year:04d}-{month:02d}") for year in (start.year - 1, start.year, start.year + 1)
    ]
    return pick_by_tense(candidates, start, tense, settled).lo


def written_quarter(hit: Hit) -> Interval | None:
    """ "the third quarter of 1984", "the 1988 third quarter": a quarter with its year."""
    written = hit.groups.get("y1") or hit.groups.get("y2") if hit.rule == "quarter" else None
    if not written:
        return None
    return cal.point(cal.quarter(int(written), _QUARTER_ORDINALS[(hit.groups["ord"] or "").lower()]))


def quarter(hit: Hit, context: Context) -> Resolved:
    """ "the third quarter": of the year written, else of the document's year (the year
    before when that quarter is still ahead and the clause is not in the future)."""
    number = _QUARTER_ORDINALS[(hit.groups["ord"] or "").lower()]
    start = _document_start(context)
    if start is None:
        nearest = _nearest(context, lambda p: p.interval.precision in ("day", "month", "quarter", "year"))
        if nearest is None:
            return _NONE
        year = nearest.interval.start.year - (1 if hit.groups.get("ago") else 0)
        return cal.point(cal.quarter(year, number)), nearest.date_id
    year = start.year + _STEP.get((hit.groups.get("which") or "").lower(), 0)
    if (
        not hit.groups.get("which")
        and cal.bounds(cal.quarter(year, number))[0] > start
        and context.tense != "future"
    ):
        year -= 1
    if hit.groups.get("ago"):  # "the year-ago third quarter"
        year -= 1
    return cal.point(cal.quarter(year, number)), _anchor_id(context)


def quarter_ref(hit: Hit, context: Context) -> Resolved:
    """ "the quarter", "the latest period": the quarter the text last named, else the last
    one the document date has seen end; "this/next quarter" from the document date;
    "the year-earlier quarter" the same quarter a year before."""
    which = " ".join((hit.groups.get("which") or hit.groups.get("which2") or "").lower().split())
    if which in ("current", "this", "next", "last", "past") and context.document is not None:
        interval = _unit_around(context.document.interval, "quarter", _STEP.get(which, 0))
        return interval, _anchor_id(context)
    # "the latest quarter" has been reported, so it is over by the document date
    # ("fourth-quarter results will be lower; the latest quarter" is the third).
    base, anchor_id = _reporting_quarter(context, ended=which == "latest")
    if base is None:
        return _NONE
    if which.endswith(("year-earlier", "year-ago")):
        return _quarters_back(base, 4), anchor_id
    if which == "previous":
        return _quarters_back(base, 1), anchor_id
    return base, anchor_id


def year_ago(hit: Hit, context: Context) -> Resolved:
    """ "year-earlier profit": a year before the quarter reported, else the year before the document's."""
    base, anchor_id = _reporting_quarter(context, fallback=False)
    if base is not None:
        return _quarters_back(base, 4), anchor_id
    start = _document_start(context)
    return (cal.point(f"{start.year - 1:04d}"), _anchor_id(context)) if start else _NONE


def _reporting_quarter(
    context: Context, fallback: bool = True, ended: bool = False
) -> tuple[Interval | None, str | None]:
    """The quarter the text last named (``ended``: among those over by the document date)."""
    start = _document_start(context)
    over = start if ended else None
    nearest = _nearest(
        context,
        lambda p: (
            p.interval.precision == "quarter"
            and not p.is_offset
            and (over is None or (p.interval.end or p.interval.start) < over)
        ),
    )
    if nearest is not None:
        return nearest.interval, nearest.date_id
    if not fallback or start is None or context.document is None:
        return None, None
    year, number = cal.quarter_of(cal.add_months(start, -3))
    return cal.point(cal.quarter(year, number)), _anchor_id(context)


def _quarters_back(interval: Interval, count: int) -> Interval:
    year, number = cal.quarter_of(cal.add_months(interval.start, -3 * count))
    return cal.point(cal.quarter(year, number))


def _nearest(context: Context, wanted: Callable[[Placed], bool]) -> Placed | None:
    for placed in reversed(context.previous):
        if wanted(placed):
            return placed
    return None


def _anchor_id(context: Context) -> str | None:
    return context.document.date_id if context.document is not None else None


RESOLVERS = {
    "deictic_day": deictic_day,
    "deictic_unit": deictic_unit,
    "deictic_of": deictic_of,
    "the_weekend": the_weekend,
    "month_of_year": month_of_year,
    "deictic_month": deictic_month,
    "quarter": quarter,
    "quarter_ref": quarter_ref,
    "year_ago": year_ago,
}
