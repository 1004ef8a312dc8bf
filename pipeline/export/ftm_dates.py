"""Our EDTF-style values as FollowTheMoney dates, which are ISO prefixes.

FtM keeps a date's precision by its length ("1995", "1995-03",
"1995-03-14"), as our values do. What it cannot say is said less precisely
(a season becomes its year) or not at all (a decade, a century): a date
narrower than the text is never made up.
"""

from __future__ import annotations

import re

from pipeline.edtf import precision_of, split_interval

_SEASON = re.compile(r"(\d{4})-2[1-4]")


def ftm_date(point: str | None) -> str | None:
    """One EDTF point as an FtM date prefix, or None when FtM cannot say it."""
    precision = precision_of(point)
    if point is None or precision in (None, "decade", "century"):
        return None
    season = _SEASON.fullmatch(point)
    return season.group(1) if season else point


def ftm_span(value: str | None) -> tuple[str | None, str | None]:
    """(start, end) of an EDTF value as FtM dates: equal for a point, None for an open end."""
    first, last = split_interval(value)
    return ftm_date(first), ftm_date(last)
