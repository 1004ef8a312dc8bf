"""Dates stage: temporal expressions found, typed and placed on the calendar.

``normalize_dates`` values every expression of a parsed document;
``anchor_ages`` later places ages once birth dates are known. Conventions are
in README.md beside this file.

The entry points are imported on first use: ingest reads datelines with the
grammar alone, and must not pull in spaCy (a no-op rerun never imports it).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pipeline.dates.ages import anchor_ages
    from pipeline.dates.normalize import Expression, normalize_dates, normalize_expression

__all__ = ["Expression", "anchor_ages", "normalize_dates", "normalize_expression"]
_HOMES = {
    "Expression": "pipeline.dates.normalize",
    "anchor_ages": "pipeline.dates.ages",
    "normalize_dates": "pipeline.dates.normalize",
    "normalize_expression": "pipeline.dates.normalize",
}


def __getattr__(name: str) -> Any:
    if name not in _HOMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(_HOMES[name]), name)
