"""Events told more than once: keep one row per fact.

A biography retells: "In 1977, he graduated." then "In 1977, having obtained
his degree, ..."; a narrative names "his resignation" again after dating it;
an honours list repeats an honour the narrative gave. These filters run over a
document's events in text order; ``values`` maps a date id to the value the
row reports.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from pipeline.records import Event

_ONCE_ONLY = frozenset({"birth", "death"})
# Facts a person has at most once on a given date: a second row with the same
# value retells the first ("married on 16 September 2007" ... "on 16.09.2007").
_ONCE_PER_DATE = frozenset({"degree", "marriage", "resignation", "injury"})
# Facts a later bare noun ("his voluntary resignation") refers back to.
_TOLD_ONCE = frozenset({"resignation", "dismissal", "marriage", "arrest", "extradition_request"})
_QUOTED = re.compile(r"[“\"«]([^”\"»]+)[”\"»]")

Values = Mapping[str, str | None]


def without_repeats(events: Sequence[Event], values: Values) -> list[Event]:
    """The document's events with retellings dropped (the first telling stays)."""
    kept = _dated_once(list(events))
    kept = _without_shadowed(kept)
    kept = _without_retold(kept, values)
    return _without_references_back(kept)


def without_undated_repeats(events: list[Event]) -> list[Event]:
    """ "convicted X and sentenced him to nine years": within one sentence, an undated
    event repeats a dated one of the same type and person."""
    dated = {(e.event_type, e.person_mention_id) for e in events if e.date_id}
    return [e for e in events if e.date_id or (e.event_type, e.person_mention_id) not in dated]


def _dated_once(events: list[Event]) -> list[Event]:
    """A birth or death happens once: an undated mention repeats a dated one."""
    dated = {(e.event_type, e.person_mention_id) for e in events if e.date_id}
    return [
        e
        for e in events
        if e.date_id or e.event_type not in _ONCE_ONLY or (e.event_type, e.person_mention_id) not in dated
    ]


def _without_shadowed(events: list[Event]) -> list[Event]:
    """Drop an education row that a degree of the same sentence and date states
    ("1991: Candidate of Sciences, Institute of X": the institute is where the
    degree was earned)."""
    degrees = {(e.person_mention_id, e.date_id, e.start_char) for e in events if e.event_type == "degree"}
    return [
        e
        for e in events
        if e.event_type != "education" or (e.person_mention_id, e.date_id, e.start_char) not in degrees
    ]


def _without_retold(events: list[Event], values: Values) -> list[Event]:
    """A dated fact told twice with the same value: a degree, a wedding; an honour
    when both tellings span the same years ("From 2000 to 2005 ... named X") or
    quote the same title ("named “Statesman of the Year”")."""
    kept: list[Event] = []
    for event in events:
        value = values.get(event.date_id or "")
        if value is None or not any(_same_fact(event, other, value, values) for other in kept):
            kept.append(event)
    return kept


def _same_fact(event: Event, other: Event, value: str, values: Values) -> bool:
    if (other.event_type, other.person_mention_id) != (event.event_type, event.person_mention_id):
        return False
    if values.get(other.date_id or "") != value or other.start_char == event.start_char:
        return False
    if event.event_type in _ONCE_PER_DATE:
        return True
    if event.event_type == "award":
        return "/" in value or bool(_quoted(event.sentence) & _quoted(other.sentence))
    return False


def _quoted(text: str) -> set[str]:
    return {q.strip().lower() for q in _QUOTED.findall(text)}


def _without_references_back(events: list[Event]) -> list[Event]:
    """An undated noun ("he asked them to accept his voluntary resignation") after
    a dated telling of the same one-off fact refers back to it."""
    kept: list[Event] = []
    told: set[str] = set()
    for event in events:
        repeat = event.date_id is None and event.rule.startswith("noun:") and event.event_type in told
        if not repeat:
            kept.append(event)
        if event.date_id and event.event_type in _TOLD_ONCE:
            told.add(event.event_type)
    return kept
