"""dateparser for the odd single expression the grammar does not cover.

Only text that states a four-digit year is handed over, and the parser's
"today" is pinned, so a missing part can never be filled from the clock.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from dateparser.date import DateDataParser

# Any fixed day works: with a stated year required nothing is taken from it.
RELATIVE_BASE = dt.datetime(2000, 1, 1)
_SETTINGS = {
    "DATE_ORDER": "DMY",
    "PREFER_DATES_FROM": "past",
    "REQUIRE_PARTS": ["year"],
    "PREFER_DAY_OF_MONTH": "first",
    "RETURN_TIME_AS_PERIOD": False,
}
_HAS_YEAR = re.compile(r"(?<!\d)(?:1\d{3}|20\d{2})(?!\d)")
_PERIOD_FORMAT = {"day": "%Y-%m-%d", "month": "%Y-%m", "year": "%Y"}


@lru_cache(maxsize=4)
def _parser(base: dt.datetime) -> DateDataParser:
    return DateDataParser(languages=["en"], settings={**_SETTINGS, "RELATIVE_BASE": base})


@lru_cache(maxsize=4096)
def parse_single(text: str) -> str | None:
    """The EDTF point dateparser reads in ``text`` at the precision it found, or None."""
    if not _HAS_YEAR.search(text):
        return None
    data = _parser(RELATIVE_BASE).get_date_data(text)
    if data.date_obj is None or data.period not in _PERIOD_FORMAT:
        return None
    return data.date_obj.strftime(_PERIOD_FORMAT[data.period])
