"""A place as the text writes it: "born in Prelate, Saskatchewan" names one place, the
town and then the region holding it, each after a single comma. The row keeps the
whole address so that the town and its region both stay readable (and "Springfield"
stays told apart from the other Springfields); its place mention is the address's first
part, the most precise one."""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.records import Event, Mention, with_fields

# Between two parts of one address: a comma, and "the" before a part ("Bronx, the ...").
_JOINT = re.compile(r"\s*,\s*(?:the\s+)?")
# After the last part: a list of places, not an address ("Paris, London and Rome").
_LISTED = re.compile(r"\s*,?\s*(?:and|or|&)\b", re.IGNORECASE)


def address_of(place: Mention, places: Sequence[Mention], text: str) -> tuple[Mention, str]:
    """The address a place mention belongs to, and its first part: the place mentions
    around it that only a comma parts from it, when they are not the items of a list."""
    ordered = sorted(places, key=lambda m: m.start_char)
    at = next((i for i, m in enumerate(ordered) if m.mention_id == place.mention_id), None)
    if at is None:
        return place, place.text
    first = last = at
    while first > 0 and _joined(ordered[first - 1], ordered[first], text):
        first -= 1
    while last + 1 < len(ordered) and _joined(ordered[last], ordered[last + 1], text):
        last += 1
    if first == last or _LISTED.match(text, ordered[last].end_char):
        return place, place.text
    return ordered[first], text[ordered[first].start_char : ordered[last].end_char]


def _joined(left: Mention, right: Mention, text: str) -> bool:
    joint = _JOINT.fullmatch(text, left.end_char, right.start_char)
    return joint is not None and "\n" not in text[left.end_char : right.start_char]


def with_addresses(events: Sequence[Event], places: Sequence[Mention], text: str) -> list[Event]:
    """Each event's place named by its whole address."""
    by_id = {m.mention_id: m for m in places}
    return [_addressed(event, by_id, places, text) for event in events]


def _addressed(event: Event, by_id: dict[str, Mention], places: Sequence[Mention], text: str) -> Event:
    place = by_id.get(event.place_mention_id or "")
    if place is None:
        return event
    first, address = address_of(place, places, text)
    return with_fields(event, place_mention_id=first.mention_id, place_name=address)
