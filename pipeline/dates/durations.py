"""Lengths of time as ISO 8601 durations: "seven years" -> P7Y, "several years" -> PXY."""

from __future__ import annotations

from pipeline.dates.grammar import Hit
from pipeline.dates.lexicon import number_value, unit_code, unit_factor

DURATION_RULES = frozenset({"duration", "vague_duration", "bare_duration"})


def duration_value(hit: Hit) -> str | None:
    """The ISO value; ``X`` stands for an unknown count (TimeML's convention)."""
    unit = hit.groups["unit"] or ""
    code = unit_code(unit)
    time, code = ("T", code[1:]) if code.startswith("T") else ("", code)
    if hit.rule != "duration":
        return f"P{time}X{'Y' if unit_factor(unit) > 1 and code == 'Y' else code}"
    count = number_value(hit.groups["n"] or "")
    if count is None or count == 0:
        return None
    total = count * unit_factor(unit)
    if hit.groups.get("half") or hit.groups.get("half2"):
        return _and_a_half(total, unit_factor(unit), time, code)
    return f"P{time}{total}{code}"


# Half of one unit, in the next smaller one where it is whole: half a year is six months.
_HALF_IN_SMALLER = {"Y": "6M", "D": "T12H", "TH": "30M", "TM": "30S"}


def _and_a_half(total: int, factor: int, time: str, code: str) -> str:
    """ "two and a half years" P2Y6M, "a minute and a half" PT1M30S, "two and a half decades"
    P25Y; a half month or week stays a decimal (P2.5M), as ISO 8601 allows on the last part."""
    if factor > 1:
        return f"P{total + factor / 2:g}{code}"
    smaller = _HALF_IN_SMALLER.get(time + code)
    if smaller is None:
        return f"P{time}{total}.5{code}"
    if time:  # "PT1M" + "30S"
        return f"PT{total}{code}{smaller}"
    return f"P{total}{code}{smaller}"
