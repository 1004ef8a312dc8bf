"""Comparisons in earnings reports: a period set against the quarter being reported.

"Net income rose to $5 million in the third quarter from $4 million a year ago":
beside a reported quarter, "a year ago" and "a year earlier" are that quarter a
year back, as "the year-ago quarter" is. "The 1988 period" is the reported
quarter in 1988. Elsewhere "a year ago" keeps the year's grain (relative.py).
"""

from __future__ import annotations

from pipeline.dates import calendar as cal
from pipeline.dates.calendar import Interval
from pipeline.dates.grammar import Hit
from pipeline.dates.lexicon import number_value, unit_name
from pipeline.dates.relative import Context, Placed, Resolved

# A quarter is the one compared with when it was named in this sentence or the one before.
_SENTENCES_BACK = 1


def compared_quarter(hit: Hit, context: Context) -> Resolved | None:
    """The quarter a comparison speaks of; None when the expression is no comparison."""
    if hit.rule == "later":
        return _years_back(hit, context)
    if hit.rule == "year_period":
        return _period_of_year(hit, context)
    return None


def _years_back(hit: Hit, context: Context) -> Resolved | None:
    """ "a year ago", "two years earlier" beside a reported quarter."""
    direction = (hit.groups.get("dir") or "").lower()
    count = number_value(hit.groups.get("n") or "")
    if direction not in ("ago", "earlier") or unit_name(hit.groups.get("unit") or "") != "year" or not count:
        return None
    reported = _reported_quarter(context)
    if reported is None:
        return None
    return _quarters_back(reported.interval, 4 * count), reported.date_id


def _period_of_year(hit: Hit, context: Context) -> Resolved:
    """ "the 1988 period": the quarter reported, in that year; without one, the year."""
    year = int(hit.groups.get("year") or 0)
    reported = _reported_quarter(context)
    if reported is None:
        return cal.point(f"{year:04d}"), None
    _, number = cal.quarter_of(reported.interval.start)
    return cal.point(cal.quarter(year, number)), reported.date_id


def _reported_quarter(context: Context) -> Placed | None:
    """The nearest quarter named just before, not itself counted back from another date."""
    for placed in reversed(context.previous):
        if context.sentence - placed.sentence > _SENTENCES_BACK:
            return None
        if placed.interval.precision == "quarter" and not placed.is_offset:
            return placed
    return None


def _quarters_back(interval: Interval, count: int) -> Interval:
    year, number = cal.quarter_of(cal.add_months(interval.start, -3 * count))
    return cal.point(cal.quarter(year, number))
