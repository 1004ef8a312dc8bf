"""Cross-document linking: units (within-document clusters) merge into entities.

* registry: units whose names are a registry name or alias join that entry;
* people: full names join a group only when compatible with every full name
  in it (so two given names under one surname never meet); a surname-only
  unit joins the one group with that surname, or stays apart;
* places and organisations: the same key (``names.place_key``);
* family references: by surname, never with a person.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from pipeline.linking.entities import make_entities
from pipeline.linking.names import PersonName, generic_name, parse_person, place_key, same_person
from pipeline.linking.registry import Registry
from pipeline.linking.units import Unit, build_units
from pipeline.records import Entity, Mention, with_fields

Group = list[Unit]


def link_entities(
    mentions: Sequence[Mention], registry: Registry | None = None
) -> tuple[list[Entity], list[Mention]]:
    """Entities (sorted by name, type, id) and the mentions, in input order, with entity_id set."""
    groups = _group_units(build_units(mentions), registry)
    entities, unit_entity = make_entities(groups, registry)
    linked = [with_fields(m, entity_id=unit_entity[(m.doc_id, m.cluster or m.mention_id)]) for m in mentions]
    return entities, linked


def _group_units(units: list[Unit], registry: Registry | None) -> list[Group]:
    by_registry: dict[int, Group] = defaultdict(list)
    people: list[Unit] = []
    rest: list[Unit] = []
    for unit in units:
        entry = _registry_entry(unit, registry)
        if entry is not None:
            by_registry[entry].append(unit)
        else:
            (people if unit.is_person else rest).append(unit)
    seeds = [_seed(by_registry[i], registry) for i in sorted(by_registry)]
    person_groups = _group_people(people, [seed for seed in seeds if seed[0]])
    index = _index_people(person_groups)
    others: dict[tuple[bool, str], Group] = defaultdict(list)
    for unit in rest:
        group = _person_group_for(unit, index)
        if group is not None:
            group.append(unit)
        else:  # the type is voted later over all mentions, so the key ignores it
            others[(unit.is_family, _name_key(unit))].append(unit)
    return [by_registry[i] for i in sorted(by_registry)] + person_groups + list(others.values())


def _name_key(unit: Unit) -> str:
    """What links a name across documents; a generic one ("National Assembly", "the Board")
    names a different body in each, so its document is part of its key."""
    if not unit.names:
        return ""
    key = place_key(unit.names[0])
    return f"{unit.key[0]}|{key}" if generic_name(unit.names[0]) else key


PeopleIndex = dict[str, list[tuple[list[PersonName], Group]]]


def _index_people(groups: list[Group]) -> PeopleIndex:
    """Person groups with their full names, by surname initial."""
    index: PeopleIndex = defaultdict(list)
    for group in groups:
        fulls = [n for unit in group for n in unit.full_names()]
        for initial in sorted({(n.surname or " ")[0] for n in fulls}):
            index[initial].append((fulls, group))
    return index


def _person_group_for(unit: Unit, index: PeopleIndex) -> Group | None:
    """A full personal name spaCy labelled ORG/GPE in one document ("Given Surname's")
    joins the one person group it fits, given name included."""
    fulls = unit.full_names()
    if (
        unit.is_family
        or not fulls
        or len(fulls) != len(unit.names)
        or any(len(n.split()) > 3 for n in unit.names)
    ):
        return None
    candidates = index.get((fulls[0].surname or " ")[0], [])
    fits = [group for names, group in candidates if _fits_given(fulls, names)]
    return fits[0] if len(fits) == 1 else None


def _fits_given(names: list[PersonName], group_fulls: list[PersonName]) -> bool:
    return bool(group_fulls) and all(
        same_person(a, b) and len(a.given[0]) > 1 and len(b.given[0]) > 1 for a in names for b in group_fulls
    )


def _registry_entry(unit: Unit, registry: Registry | None) -> int | None:
    if registry is None:
        return None
    found = sorted({i for name in unit.names if (i := registry.lookup(name)) is not None})
    return found[0] if found else None


def _seed(group: Group, registry: Registry | None) -> tuple[list[PersonName], Group]:
    """A registry group as a starting point for people: its full names (none
    unless the entry is a person)."""
    if not any(unit.is_person for unit in group):
        return [], group
    names = [n for unit in group for n in unit.full_names()]
    entry = _registry_entry(group[0], registry)
    if entry is not None and registry is not None:
        known = registry.entries[entry]
        names += [n for form in (known.name, *known.aliases) if (n := parse_person(form)).is_full]
    return names, group


def _group_people(units: list[Unit], seeds: Sequence[tuple[list[PersonName], Group]] = ()) -> list[Group]:
    """Full names first (units are ordered fullest first); then names with an
    initial ("A. Surname") and partial names, which join only the one group they fit.
    ``seeds`` (registry people) take members but are not returned."""
    groups: list[tuple[list[PersonName], Group]] = [(list(names), group) for names, group in seeds]
    by_initial: dict[str, list[int]] = defaultdict(list)  # surname initial -> group indexes
    for i, (names, _) in enumerate(groups):
        for initial in sorted({(n.surname or " ")[0] for n in names}):
            by_initial[initial].append(i)
    partial: dict[tuple[str, ...], Group] = defaultdict(list)
    complete = [unit for unit in units if unit.full_names() and not _has_initial(unit.full_names())]
    complete_set = {unit.key for unit in complete}
    later = [unit for unit in units if unit.key not in complete_set]
    for unit in complete + later:
        fulls = unit.full_names()
        names = fulls or unit.person_names()
        initial = (names[0].surname or " ")[0] if names else " "
        fits = [i for i in by_initial[initial] if _compatible(names, groups[i][0])]
        certain = bool(fits) and (len(fits) == 1 or unit.key in complete_set)
        if certain:
            known = groups[fits[0]][0]
            known.extend(name for name in fulls if name not in known)
            groups[fits[0]][1].append(unit)
        elif fulls and not fits:
            by_initial[initial].append(len(groups))
            groups.append((list(fulls), [unit]))
        else:  # a surname or an initial that fits several people (or none): left apart
            partial[tuple(place_key(n) for n in unit.names[:1])].append(unit)
    return [group for _, group in groups[len(seeds) :]] + list(partial.values())


def _has_initial(names: list[PersonName]) -> bool:
    return any(len(given) == 1 for name in names for given in name.given)


def _compatible(names: list[PersonName], group_names: list[PersonName]) -> bool:
    return all(same_person(a, b) for a in names for b in group_names)
