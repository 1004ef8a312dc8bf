"""The place an event row names.

An address as the text writes it: "born in Ardmore, Oklahoma" names one place, the
town and then the region holding it, each after a single comma. The row keeps the
whole address so that the town and its region both stay readable (and "Springfield"
stays told apart from the other Springfields); its place mention is the address's first
part, the most precise one.

Else, for the types ``events.toml`` marks ``placed_by_organization``, the place written
right after the organization, or the one the organization's name holds ("appointed chief
physician of the Varna District Hospital": Varna District; ``pipeline/places.py``); also
when only a country is written and the name holds a city after "of" ("University of York,
United Kingdom": York; not "York University, Canada", which is in Toronto).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Token

from pipeline.events.roles import is_passive, subject_of
from pipeline.events.triggers import load_lexicon
from pipeline.places import NAMED_PLACES, address_of, is_city, is_country, place_after, place_in_name
from pipeline.records import Career, DateMention, Event, Mention, with_fields
from pipeline.syntax import child, governing_verb, is_verb

# The facts a form writes as "DATE, PLACE" ("Born 3 November 1969, Sendai, Japan").
_PLACED_AFTER_DATE = frozenset({"birth", "death", "marriage"})
_COMMA = re.compile(r"\s*,\s*")
# What may follow the place of such a line: its end, a full stop, a bracket's end, a ";".
_ENDS_ITEM = re.compile(r"[ \t]*(?:[.;)]|\n|$)")
# "re-elected", "reelected", "Re-elected to the 13th Lok Sabha".
_REELECTED = re.compile(r"\bre-?elect", re.IGNORECASE)


def placed(events: Sequence[Event], places: Sequence[Mention], text: str) -> list[Event]:
    """Each event's place named by its whole address, or by its organization's name."""
    ordered = sorted(places, key=lambda m: m.start_char)
    by_id = {m.mention_id: m for m in ordered}
    named = [m for m in ordered if m.label in NAMED_PLACES]
    return [_by_organization(_addressed(e, by_id, ordered, text), named, text) for e in events]


def _addressed(event: Event, by_id: dict[str, Mention], places: Sequence[Mention], text: str) -> Event:
    place = by_id.get(event.place_mention_id or "")
    if place is None:
        return event
    first, address = address_of(place, places, text)
    return with_fields(event, place_mention_id=first.mention_id, place_name=address)


def _by_organization(event: Event, places: list[Mention], text: str) -> Event:
    """No place written: the organization's. A country written: the city the organization's
    name holds, which says more ("University of Manchester, United Kingdom": Manchester)."""
    name = event.organization_name
    if not name or event.event_type not in load_lexicon().placed_by_organization:
        return event
    if event.place_name and not is_country(event.place_name):
        return event
    held = place_in_name(name, {m.text for m in places})
    # Only a city after "of" ("University of York"): "York University, Canada" is in Toronto.
    city = held if held is not None and is_city(held) and _after_of(name, held) else None
    written = event.place_name or place_after(name, (event.start_char, event.end_char), text, places)
    place = city if written is None or (is_country(written) and city) else written
    place = place or held
    return with_fields(event, place_name=place) if place and place != event.place_name else event


def _after_of(name: str, city: str) -> bool:
    return re.search(rf"\b(?:of|de|di|do|da|del|della)\s+{re.escape(city)}\b", name) is not None


def reelections_placed(events: Sequence[Event]) -> list[Event]:
    """ "She was re-elected in 1997 and again in 2002": a re-election is to the seat the
    person was elected to before, so it takes that election's place and organization when
    its own sentence names none."""
    result: list[Event] = []
    last: dict[str | None, Event] = {}
    for event in sorted(events, key=lambda e: e.start_char):
        if event.event_type != "election":
            result.append(event)
            continue
        before = last.get(event.person_mention_id)
        if (
            before is not None
            and _REELECTED.search(event.sentence)
            and not (event.place_name or event.organization_name)
        ):
            event = with_fields(
                event,
                place_mention_id=before.place_mention_id,
                place_name=before.place_name,
                organization_name=before.organization_name,
            )
        last[event.person_mention_id] = event
        result.append(event)
    return result


def placed_after_date(
    events: Sequence[Event], dates: dict[str, DateMention], places: Sequence[Mention], text: str
) -> list[Event]:
    """ "Born 3 November 1969, Sendai, Japan", "married 12 May 1990, Bandung": a form's or a
    CV's birth, death or marriage writes its place right after its date, set off by a comma."""
    return [_after_date(e, dates, places, text) for e in events]


def _after_date(event: Event, dates: dict[str, DateMention], places: Sequence[Mention], text: str) -> Event:
    date = dates.get(event.date_id or "")
    if event.place_name or date is None or event.event_type not in _PLACED_AFTER_DATE:
        return event
    place = next((m for m in places if _COMMA.fullmatch(text, date.end_char, m.start_char)), None)
    if place is None:
        return event
    first, address = address_of(place, places, text)
    if not _ENDS_ITEM.match(text, text.find(address, first.start_char) + len(address)):
        return event  # "After her husband died in 2001, Vienna became her home": no form's line
    return with_fields(event, place_mention_id=first.mention_id, place_name=address)


def placed_by_posts(events: Sequence[Event], careers: Sequence[Career]) -> list[Event]:
    """ "elected mayor of Taltal in 2012": an appointment, election or departure with no
    place takes the place of the post it starts or ends, the careers row of its sentence."""
    return [_by_post(e, careers) for e in events]


def _by_post(event: Event, careers: Sequence[Career]) -> Event:
    # Not a degree told beside a post ("graduating in 1967, and taught at a school in X").
    if event.place_name or event.event_type not in load_lexicon().post_events():
        return event
    places = {
        c.place_name
        for c in careers
        if c.place_name
        and c.person_mention_id == event.person_mention_id
        and event.start_char <= c.start_char
        and c.end_char <= event.end_char
    }
    return with_fields(event, place_name=places.pop()) if len(places) == 1 else event


def doer_place(verb: Token, places: dict[int, Mention], orgs: dict[int, Mention]) -> str | None:
    """The place of whoever does what a verb tells, for the types ``events.toml`` marks
    ``placed_by_doer``: the doer itself when a place ("Sibiu elected me mayor"), the place
    its phrase names ("prosecutors in Brasov charged him"), or the one its name holds ("the
    Split County Court convicted him")."""
    doer = _doer(verb)
    if doer is None:
        return None
    named = {i: m for i, m in places.items() if m.label in NAMED_PLACES}
    inside = [named[t.i] for t in doer.subtree if t.i in named]
    if inside:
        return named[doer.i].text if doer.i in named else inside[0].text
    organization = orgs.get(doer.i)
    known = {m.text for m in named.values()}
    return place_in_name(organization.text, known) if organization is not None else None


def _doer(verb: Token) -> Token | None:
    """The subject of an active verb, the "by" phrase of a passive one."""
    if not is_verb(verb):
        return None
    by = child(verb, {"agent"})
    if by is not None:
        return child(by, {"pobj"})
    if is_passive(verb):
        return None
    return subject_of(verb)


def place_there(verb: Token, places: dict[int, Mention]) -> Mention | None:
    """ "I was born there", "we moved there in 1987": the place "there" points back to,
    the last place named before it."""
    if not is_verb(verb) and verb.dep_ == "dobj":
        verb = verb.head  # "completed an MA in law there": the clause of the verb governing it
    # Its own clause's words, not a clause below it: "there" may hang on a word of the phrase.
    clause = [t for t in verb.subtree if governing_verb(t) == verb] if is_verb(verb) else list(verb.children)
    there = next((t for t in clause if t.dep_ == "advmod" and t.lower_ == "there"), None)
    if there is None:
        return None
    before = [m for m in places.values() if m.label in NAMED_PLACES and m.end_char <= there.idx]
    return max(before, key=lambda m: m.end_char, default=None)
