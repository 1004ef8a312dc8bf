"""Sets, recurring times: "every morning", "each year", "every Monday", "annually".

Values are TimeML's: a period for a plain recurrence (``P1D`` daily, ``P1W``
weekly, ``P1Y`` annually, ``PT1H`` hourly) and a pattern for a named time
(``XXXX-WXX-1`` every Monday, ``XXXX-07`` each July, ``XXXX-SU`` every summer,
``XXXX-XX-XXTMO`` every morning). Sets have no interval and no precision.
"""

from __future__ import annotations

from pipeline.dates.grammar import Hit
from pipeline.dates.lexicon import MONTHS, SEASONS, WEEKDAYS

_PERIODS = {
    "day": "P1D",
    "daily": "P1D",
    "week": "P1W",
    "weekly": "P1W",
    "month": "P1M",
    "monthly": "P1M",
    "quarter": "P3M",
    "quarterly": "P3M",
    "year": "P1Y",
    "annually": "P1Y",
    "yearly": "P1Y",
    "hour": "PT1H",
    "hourly": "PT1H",
    "minute": "PT1M",
    "weekend": "XXXX-WXX-WE",
}
_PARTS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "nightly": "NI"}
_SEASON_CODES = {21: "SP", 22: "SU", 23: "FA", 24: "WI"}


def set_value(hit: Hit) -> str | None:
    word = (hit.groups.get("what") or hit.groups.get("word") or "").strip()
    lowered = word.lower()
    if lowered in _PERIODS:
        return _PERIODS[lowered]
    if lowered in _PARTS:
        return f"XXXX-XX-XXT{_PARTS[lowered]}"
    if lowered in WEEKDAYS:
        return f"XXXX-WXX-{WEEKDAYS.index(lowered) + 1}"
    if lowered.rstrip(".") in MONTHS:
        return f"XXXX-{MONTHS[lowered.rstrip('.')]:02d}"
    if lowered in SEASONS:
        return f"XXXX-{_SEASON_CODES[SEASONS[lowered]]}"
    return None
