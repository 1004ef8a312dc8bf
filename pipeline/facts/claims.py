"""What several documents say about one date, and whether they agree.

A claim is one row's value for one side of a fact (a post's start, an event's
date). Claims agree when their intervals overlap ("1997" and "1997-06-15");
of agreeing claims the narrowest wins, so a day beats a month. Claims whose
intervals are disjoint disagree: the side takes the value most documents
support and the fact records the disagreement.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from pipeline.dates.calendar import bounds
from pipeline.edtf import split_interval

Row = Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class Claim:
    value: str
    start: dt.date
    end: dt.date
    doc_id: str
    row: Row  # the table row that says it (its other columns are copied from it)

    @property
    def width(self) -> int:
        return (self.end - self.start).days


@dataclass(frozen=True, slots=True)
class Settled:
    """The value a side takes, and the disagreement when documents differ."""

    claim: Claim | None
    conflict: str | None = None


@lru_cache(maxsize=65536)  # a batch repeats the same values many times
def interval_of(value: str | None) -> tuple[dt.date, dt.date] | None:
    """First and last day an EDTF value can mean; open ends reach the calendar's ends;
    None for what cannot be placed (a duration, an unresolved expression)."""
    first, last = split_interval(value)
    if first is None and last is None:
        return None
    try:
        start = bounds(first)[0] if first else dt.date.min
        end = bounds(last)[1] if last else dt.date.max
    except ValueError:
        return None
    return start, end


def make_claim(value: str | None, doc_id: str, row: Row) -> Claim | None:
    placed = interval_of(value)
    if value is None or placed is None:
        return None
    return Claim(value, placed[0], placed[1], doc_id, row)


def overlaps(a: Claim, b: Claim) -> bool:
    return a.start <= b.end and b.start <= a.end


def settle(claims: Sequence[Claim], label: str, name_of: Callable[[str], str]) -> Settled:
    """The narrowest claim of the best-supported agreeing group; ``label`` and
    ``name_of`` (doc_id -> file name) word the conflict when groups disagree."""
    if len(claims) < 2:
        return Settled(claims[0] if claims else None)
    groups = _agreeing_groups(claims)
    best = max(groups, key=lambda group: (len({c.doc_id for c in group}), -groups.index(group)))
    if len(groups) == 1:
        return Settled(best[0])
    said = " vs ".join(_said(group, name_of) for group in groups)
    return Settled(best[0], f"{label}: {said}")


def _agreeing_groups(claims: Sequence[Claim]) -> list[list[Claim]]:
    """Claims grouped by agreement with each group's narrowest (first) claim, narrowest first."""
    groups: list[list[Claim]] = []
    for claim in sorted(claims, key=lambda c: (c.width, c.start, c.value, c.doc_id)):
        for group in groups:
            if overlaps(group[0], claim):
                group.append(claim)
                break
        else:
            groups.append([claim])
    return sorted(groups, key=lambda group: (group[0].start, group[0].width))


def _said(group: Sequence[Claim], name_of: Callable[[str], str]) -> str:
    names = sorted({name_of(c.doc_id) for c in group})
    return f"{group[0].value} ({', '.join(names)})"
