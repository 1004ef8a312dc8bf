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
    return f"P{time}{count * unit_factor(unit)}{code}"
