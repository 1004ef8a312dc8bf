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


@dataclass(frozen=True, slots=True)
class Item:
    """One row, with what grouping looks at."""

    row: Row
    row_id: str
    doc_id: str
    span: tuple[dt.date, dt.date] | None  # None: undated
    organization: str | None
    place: str | None


SameFact = Callable[[Item, Item], bool]


def group_items(items: Iterable[Item], same_fact: SameFact, chain: bool) -> list[list[Item]]:
    """Groups of items; ``chain``: in time with one member is enough (posts), else with all (events)."""
    dated = sorted((i for i in items if i.span), key=lambda i: (i.span, i.doc_id, i.row_id))
    undated = sorted((i for i in items if not i.span), key=lambda i: (i.doc_id, i.row_id))
    groups: list[list[Item]] = []
    for item in dated:
        fits = [g for g in groups if _fits(item, g, same_fact, chain)]
        if fits:
            fits[0].append(item)
        else:
            groups.append([item])
    for item in undated:
        fits = [g for g in groups if _names_fit(item, g)]
        if len(fits) == 1:
            fits[0].append(item)
        else:
            groups.append([item])
    return groups


def _fits(item: Item, group: list[Item], same_fact: SameFact, chain: bool) -> bool:
    in_time = any if chain else all
    return _names_fit(item, group) and in_time(_in_time(item, member, same_fact) for member in group)


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
