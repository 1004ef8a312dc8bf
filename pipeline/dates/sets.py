"""Sets, recurring times: "every morning", "each year", "every Monday", "annually".

Values are TimeML's: a period for a plain recurrence (``P1D`` daily, ``P1W``
weekly, ``P1Y`` annually, ``PT1H`` hourly) and a pattern for a named time
(``XXXX-WXX-1`` every Monday, ``XXXX-07`` each July, ``XXXX-SU`` every summer,
``XXXX-XX-XXTMO`` every morning). Sets have no interval and no precision.
"""

from __future__ import annotations

from pipeline.dates.grammar import Hit
from pipeline.dates.lexicon import MONTHS, SEASONS, WEEKDAYS
from pipeline.wordlists import data_file

# The set words and their values (data/dates.toml, [sets]).
_PERIODS: dict[str, str] = {str(k).lower(): str(v) for k, v in data_file("dates")["sets"]["periods"].items()}
_PARTS: dict[str, str] = {str(k).lower(): str(v) for k, v in data_file("dates")["sets"]["parts"].items()}
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
