"""Dates stage: temporal expressions found, typed and placed on the calendar.

``normalize_dates`` values every expression of a parsed document;
``anchor_ages`` later places ages once birth dates are known. Conventions are
in README.md beside this file.
"""

from pipeline.dates.ages import anchor_ages
from pipeline.dates.normalize import Expression, normalize_dates, normalize_expression

__all__ = ["Expression", "anchor_ages", "normalize_dates", "normalize_expression"]
