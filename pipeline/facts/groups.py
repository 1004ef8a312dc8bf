"""Rows of one person and one kind of fact, gathered into the facts they tell.

A row joins a group when it agrees with every member on the organization and
the place, and in time: its span overlaps, or (for rows from different
documents) ``same_fact`` says the two are one post told with different dates.
Event rows must agree in time with every member, so a wide date ("between
1995 and 2007") cannot chain unrelated events into one fact; post rows with
one member, since a post told by its start in one document and by its end in
another is still one post. A document does not contradict itself, so two
rows of one document with disjoint dates stay two facts (a second term,
another award). Undated rows join the one group they fit, or stand alone
when they fit none or several.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from pipeline.facts.names import names_agree

Row = dict[str, Any]


@dataclass(slots=True)  # not frozen: a batch makes one per row, and frozen ones are slower to make
class Item:
    """One row, with what grouping looks at."""

    row: Row
    row_id: str
    doc_id: str
    span: tuple[dt.date, dt.date] | None  # None: undated
    organization: str | None
    place: str | None
    start_year: int | None = None  # a post's start, for same_fact


SameFact = Callable[[Item, Item], bool]


def group_items(
    items: Iterable[Item], same_fact: SameFact, chain: bool, reach_years: int = 0
) -> list[list[Item]]:
    """Groups of items; ``chain``: in time with one member is enough (posts), else with all
    (events); ``reach_years``: how many years after a member's start ``same_fact`` may still
    match it (0: never beyond the member's end)."""
    dated = sorted((i for i in items if i.span), key=lambda i: (i.span, i.doc_id, i.row_id))
    undated = sorted((i for i in items if not i.span), key=lambda i: (i.doc_id, i.row_id))
    groups: list[list[Item]] = []
    reach: list[dt.date] = []  # per group: the last day a later item can still join it
    first_open = 0  # items come by start date: groups whose reach has passed stay closed
    for item in dated:
        assert item.span is not None
        open_groups = (i for i in range(first_open, len(groups)) if reach[i] >= item.span[0])
        home = next((i for i in open_groups if _fits(item, groups[i], same_fact, chain)), None)
        if home is not None:
            groups[home].append(item)
            reach[home] = max(reach[home], _reach(item, reach_years))
        else:
            groups.append([item])
            reach.append(_reach(item, reach_years))
        while first_open < len(groups) and reach[first_open] < item.span[0]:
            first_open += 1
    for item in undated:
        homes = [group for group in groups if _names_fit(item, group)]
        if len(homes) == 1:
            homes[0].append(item)
        else:
            groups.append([item])
    return groups


def _reach(item: Item, years: int) -> dt.date:
    assert item.span is not None
    return max(item.span[1], dt.date(min(item.span[0].year + years, dt.MAXYEAR), 12, 31))


def _fits(item: Item, group: list[Item], same_fact: SameFact, chain: bool) -> bool:
    in_time = any if chain else all
    # Time first: comparing dates is cheaper than comparing names, and rules out most groups.
    return in_time(_in_time(item, member, same_fact) for member in group) and _names_fit(item, group)


def _names_fit(item: Item, group: list[Item]) -> bool:
    return all(
        names_agree(item.organization, m.organization) and names_agree(item.place, m.place) for m in group
    )


def _in_time(item: Item, member: Item, same_fact: SameFact) -> bool:
    if item.span is None or member.span is None:
        return True
    if item.span[0] <= member.span[1] and member.span[0] <= item.span[1]:
        return True
    return item.doc_id != member.doc_id and same_fact(item, member)
