"""Events told more than once: keep one row per fact.

A biography retells: "In 1977, he graduated." then "In 1977, having obtained
his degree, ..."; a narrative names "his resignation" again after dating it;
an honours list repeats an honour the narrative gave. These filters run over a
document's events in text order; ``value_of`` gives the date value a row
reports.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from pipeline.records import Event, with_fields
from pipeline.wordlists import words

_ONCE_ONLY = frozenset({"birth", "death"})
# Facts a person has at most once on a given date: a second row with the same
# value retells the first ("married on 16 September 2007" ... "on 16.09.2007").
_ONCE_PER_DATE = frozenset({"birth", "death", "degree", "marriage", "resignation", "injury"})
# Facts a later bare noun ("his voluntary resignation") refers back to.
_TOLD_ONCE = frozenset({"resignation", "dismissal", "marriage", "arrest", "extradition_request"})
_QUOTED = re.compile(r"[“\"«]([^”\"»]+)[”\"»]")

ValueOf = Callable[[Event], str | None]


def without_repeats(events: Sequence[Event], value_of: ValueOf) -> list[Event]:
    """The document's events with retellings dropped (the first telling stays)."""
    kept = _dated_once(_one_per_id(events), value_of)
    kept = _one_per_line(kept)
    kept = _one_per_couple(kept)
    kept = _without_shadowed(kept)
    kept = _without_retold(kept, value_of)
    return _without_references_back(kept)


def without_undated_repeats(events: list[Event]) -> list[Event]:
    """ "convicted X and sentenced him to nine years": within one sentence, an undated
    event repeats a dated one of the same type and person."""
    dated = {(e.event_type, e.person_mention_id) for e in events if e.date_id}
    return [e for e in events if e.date_id or (e.event_type, e.person_mention_id) not in dated]


def _one_per_id(events: Sequence[Event]) -> list[Event]:
    """Two readings of one fact at one place, which get one id (the type, the person and
    where it is written): a form's "Born: 14 August 1961, Kalamata" read by its field and
    by its verb. The dated reading stays, else the first."""
    chosen: dict[str, Event] = {}
    for event in events:
        held = chosen.get(event.event_id)
        if held is None or (held.date_id is None and event.date_id is not None):
            chosen[event.event_id] = event
    return [e for e in events if chosen[e.event_id] is e]


def _dated_once(events: list[Event], value_of: ValueOf) -> list[Event]:
    """A birth or death happens once: an undated mention repeats a dated one, and so
    does one dated within the other's date ("X (2 March 1921 – 5 May 1990) ... He died
    in Rennes in 1990."); the more precise date stays, and the place a retelling gives
    fills the row's ("X (1920–1992) ... He was born in Y.")."""
    dated = {(e.event_type, e.person_mention_id): e for e in reversed(events) if e.date_id}
    kept: dict[str, Event] = {e.event_id: e for e in events}
    for event in events:
        first = dated.get((event.event_type, event.person_mention_id))
        if event.event_type not in _ONCE_ONLY or first is None or event is first:
            continue
        if event.date_id is None or event.date_id == first.date_id:
            del kept[event.event_id]
        elif (precise := _more_precise(value_of(kept[first.event_id]), value_of(event))) is not None:
            del kept[event.event_id]
            if precise == 1:
                kept[first.event_id] = with_fields(
                    kept[first.event_id], date_id=event.date_id, date_side=event.date_side
                )
        if event.place_name and not kept[first.event_id].place_name:
            kept[first.event_id] = with_fields(
                kept[first.event_id], place_mention_id=event.place_mention_id, place_name=event.place_name
            )
    return list(kept.values())


def _more_precise(first: str | None, later: str | None) -> int | None:
    """0 when the first value lies within the later one ("1990-05-05" in "1990"), 1 when
    the later lies within the first; None when they are different dates."""
    if not first or not later:
        return None
    if first == later or first.startswith(later + "-"):
        return 0
    return 1 if later.startswith(first + "-") else None


def _one_per_line(events: list[Event]) -> list[Event]:
    """A CV line read twice, by its section heading and by a trigger word on it
    ("Honours / Honorary Doctorate ... (May 3, 1999)"), is one fact: the dated reading
    stays, else the heading's."""
    kept: list[Event] = []
    for event in events:
        twin = next((k for k in kept if _same_line_fact(k, event)), None)
        if twin is None:
            kept.append(event)
        elif event.date_id and not twin.date_id:
            kept[kept.index(twin)] = event
    return kept


def _same_line_fact(a: Event, b: Event) -> bool:
    section = a.rule.startswith("section:") != b.rule.startswith("section:")
    overlap = a.start_char < b.end_char and b.start_char < a.end_char
    same = (a.event_type, a.person_mention_id) == (b.event_type, b.person_mention_id)
    return section and overlap and same


def _one_per_couple(events: list[Event]) -> list[Event]:
    """ "married his wife Anna in 1977": the marriage of one couple told by a verb and by a
    kinship noun is one row; an undated telling repeats a dated one."""
    couples = {"marriage", "divorce"}
    dated = {(e.event_type, e.person_mention_id, e.partner_mention_id) for e in events if e.date_id}
    kept, seen = [], set()
    for event in events:
        key = (event.event_type, event.person_mention_id, event.partner_mention_id)
        if event.event_type in couples and event.date_id is None and (key in dated or key in seen):
            continue
        seen.add(key)
        kept.append(event)
    return kept


def _without_shadowed(events: list[Event]) -> list[Event]:
    """Drop an education row that a degree of the same sentence and date states
    ("1991: Candidate of Sciences, Institute of X": the institute is where the
    degree was earned); not one at another school ("attended Syracuse University and
    obtained a law degree from Hamilton College")."""
    degrees: dict[tuple, set[str | None]] = {}
    for e in events:
        if e.event_type == "degree":
            degrees.setdefault((e.person_mention_id, e.date_id, e.start_char), set()).add(e.organization_name)
    return [e for e in events if e.event_type != "education" or not _shadowed(e, degrees)]


def _shadowed(education: Event, degrees: dict[tuple, set[str | None]]) -> bool:
    schools = degrees.get((education.person_mention_id, education.date_id, education.start_char))
    school = education.organization_name
    if schools is None:
        return False
    if school is None or None in schools or not _names_a_school(school):
        return True  # "Candidate of Technical Sciences, Institute of X": the degree's words
    return any(school in other or other in school for other in schools if other is not None)


def _names_a_school(name: str) -> bool:
    nouns = words("events", "education", "nouns")
    return any(word.lower() in nouns for word in name.split())


def _without_retold(events: list[Event], value_of: ValueOf) -> list[Event]:
    """A dated fact told twice with the same value: a degree, a wedding; an honour
    when both tellings span the same years ("From 2000 to 2005 ... named X") or
    quote the same title ("named “Teacher of the Year”")."""
    kept: list[Event] = []
    for event in events:
        value = value_of(event)
        if value is None or not any(_same_fact(event, other, value, value_of) for other in kept):
            kept.append(event)
    return kept


def _same_fact(event: Event, other: Event, value: str, value_of: ValueOf) -> bool:
    if (other.event_type, other.person_mention_id) != (event.event_type, event.person_mention_id):
        return False
    if other.partner_mention_id != event.partner_mention_id:
        return False
    if value_of(other) != value or other.start_char == event.start_char:
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
    a dated telling of the same one-off fact of the same person refers back to it."""
    kept: list[Event] = []
    told: set[tuple[str, str | None]] = set()
    for event in events:
        key = (event.event_type, event.person_mention_id)
        repeat = event.date_id is None and event.rule.startswith("noun:") and key in told
        if not repeat:
            kept.append(event)
        if event.date_id and event.event_type in _TOLD_ONCE:
            told.add(key)
    return kept
