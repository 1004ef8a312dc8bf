"""Entity rows for merged groups: type vote, canonical name, aliases, counts, ids."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from pipeline.ids import make_id
from pipeline.linking.kinds import vote
from pipeline.linking.names import (
    completeness,
    display_name,
    fold,
    generic_name,
    parse_person,
    surname_first,
)
from pipeline.linking.registry import Registry
from pipeline.linking.short_forms import is_abbreviation
from pipeline.linking.units import Unit, is_role_reference
from pipeline.records import Entity, Mention

UnitKey = tuple[str, str]


def make_entities(
    groups: Sequence[Sequence[Unit]], registry: Registry | None
) -> tuple[list[Entity], dict[UnitKey, str]]:
    """One entity per group (groups that end up with the same id are combined)."""
    members: dict[str, list[Unit]] = {}
    details: dict[str, tuple[str, str, str | None]] = {}
    for group in groups:
        name, entity_type, kb_id = _identity(group, registry)
        key = identity_key(name, entity_type)
        if entity_type != "PERSON" and generic_name(name) and kb_id is None:
            key = f"{group[0].key[0]}|{key}"  # "National Assembly": this document's
        entity_id = make_id("entity", key, entity_type)
        members.setdefault(entity_id, []).extend(group)
        details[entity_id] = (name, entity_type, kb_id)
    entities = [_entity(entity_id, units, *details[entity_id]) for entity_id, units in members.items()]
    entities.sort(key=lambda e: (e.canonical_name.casefold(), e.entity_type, e.entity_id))
    unit_entity = {unit.key: entity_id for entity_id, units in members.items() for unit in units}
    return entities, unit_entity


def _identity(group: Sequence[Unit], registry: Registry | None) -> tuple[str, str, str | None]:
    mentions = [m for unit in group for m in unit.mentions]
    entity_type = vote(m.label for m in mentions)
    entry = _entry(group, registry)
    if entry is not None and registry is not None:
        known = registry.entries[entry]
        return known.name, known.entity_type or entity_type, known.kb_id
    name = canonical_name(mentions, person=entity_type == "PERSON")
    if group and all(unit.is_family for unit in group):
        name = f"{name} family"
    return name, entity_type, None


def _entry(group: Sequence[Unit], registry: Registry | None) -> int | None:
    if registry is None:
        return None
    found = {i for unit in group for name in unit.names if (i := registry.lookup(name)) is not None}
    return min(found) if found else None


def canonical_name(mentions: Sequence[Mention], person: bool) -> str:
    """People: a form with given name and surname (spelled out, not initials, and
    given name first), the most frequent of them, then the most complete ("Pavel
    Orlov", named so forty times, over a patronymic form written once); a
    surname-first form is turned round. Places and organisations: a name in words before
    an abbreviation ("Office for the Suppression of Corruption and Organised Crime" over
    "USKOK", however often the text uses the short form; "Brimnes Group" over "Brimnes"), the
    most frequent, then the most complete. Then the longest, then alphabetical."""
    forms = Counter(m.text for m in mentions if not is_role_reference(m))
    if not forms:
        forms = Counter(m.text for m in mentions)

    opening_words = {text.split()[0] for text in forms if " " in text}  # "Brimnes" of "Brimnes Group"

    def rank(text: str) -> tuple[int, int, int, int, int, int, str]:
        size, count, letters = completeness(text), forms[text], len(fold(text))
        if person:
            parsed = parse_person(text)
            initials = all(len(name) == 1 for name in parsed.given)
            shouted = text.isupper()
            return (-parsed.is_full, initials, surname_first(text) or shouted, -count, -size, -letters, text)
        return (0, 0, is_abbreviation(text) or text in opening_words, -count, -size, -letters, text)

    best = min(forms, key=rank)
    return display_name(best) if person else best


def identity_key(name: str, entity_type: str) -> str:
    """What an entity's id is made from. A person's is the first given name and the
    surname, spelling-insensitive, so a fuller or differently transliterated name
    arriving in a later document ("Pavel Sergeyevich Orlov", "Paul
    Orlov") leaves the id of "Pavel Orlov" unchanged; other names are used
    as they are."""
    if entity_type != "PERSON":
        return name
    parsed = parse_person(name)
    if parsed.is_full and parsed.surname is not None:
        return f"person:{parsed.given[0]} {parsed.surname}"
    return name


def _entity(entity_id: str, units: Sequence[Unit], name: str, entity_type: str, kb_id: str | None) -> Entity:
    mentions = [m for unit in units for m in unit.mentions]
    aliases = sorted({m.text for m in mentions if not is_role_reference(m)}, key=lambda t: (fold(t), t))
    return Entity(
        entity_id=entity_id,
        canonical_name=name,
        entity_type=entity_type,
        aliases=tuple(aliases),
        mention_count=len(mentions),
        document_count=len({m.doc_id for m in mentions}),
        kb_id=kb_id,
    )
