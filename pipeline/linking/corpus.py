"""Cross-document linking: units (within-document clusters) merge into entities.

* registry: units whose names are a registry name or alias join that entry;
* people: full names join a group only when compatible with every full name
  in it (so two given names under one surname never meet); a surname-only
  unit joins the one group with that surname, or stays apart;
* places and organisations: the same key (``names.place_key``);
* family references: by surname, never with a person.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Sequence

from pipeline.linking.entities import make_entities
from pipeline.linking.names import PersonName, place_key, same_person
from pipeline.linking.registry import Registry
from pipeline.linking.units import Unit, build_units
from pipeline.records import Entity, Mention

Group = list[Unit]


def link_entities(
    mentions: Sequence[Mention], registry: Registry | None = None
) -> tuple[list[Entity], list[Mention]]:
    """Entities (sorted by name, type, id) and the mentions, in input order, with entity_id set."""
    groups = _group_units(build_units(mentions), registry)
    entities, unit_entity = make_entities(groups, registry)
    linked = [
        dataclasses.replace(m, entity_id=unit_entity[(m.doc_id, m.cluster or m.mention_id)]) for m in mentions
    ]
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
    person_groups = _group_people(people)
    others: dict[tuple[bool, str], Group] = defaultdict(list)
    for unit in rest:
        group = _person_group_for(unit, person_groups)
        if group is not None:
            group.append(unit)
        else:  # the type is voted later over all mentions, so the key ignores it
            others[(unit.is_family, place_key(unit.names[0]) if unit.names else "")].append(unit)
    return [by_registry[i] for i in sorted(by_registry)] + person_groups + list(others.values())


def _person_group_for(unit: Unit, groups: list[Group]) -> Group | None:
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
    fits = [g for g in groups if _fits_given(fulls, g)]
    return fits[0] if len(fits) == 1 else None


def _fits_given(names: list[PersonName], group: Group) -> bool:
    group_fulls = [n for unit in group for n in unit.full_names()]
    return bool(group_fulls) and all(
        same_person(a, b) and len(a.given[0]) > 1 and len(b.given[0]) > 1 for a in names for b in group_fulls
    )


def _registry_entry(unit: Unit, registry: Registry | None) -> int | None:
    if registry is None:
        return None
    found = sorted({i for name in unit.names if (i := registry.lookup(name)) is not None})
    return found[0] if found else None


def _group_people(units: list[Unit]) -> list[Group]:
    """Full-name units first (units are ordered fullest first), then partial ones."""
    groups: list[tuple[list[PersonName], Group]] = []
    by_initial: dict[str, list[int]] = defaultdict(list)  # surname initial -> group indexes
    partial: dict[tuple[str, ...], Group] = defaultdict(list)
    for unit in units:
        fulls = unit.full_names()
        names = fulls or unit.person_names()
        initial = (names[0].surname or " ")[0] if names else " "
        fits = [i for i in by_initial[initial] if _compatible(names, groups[i][0])]
        if fulls and fits:
            known = groups[fits[0]][0]
            known.extend(name for name in fulls if name not in known)
            groups[fits[0]][1].append(unit)
        elif fulls:
            by_initial[initial].append(len(groups))
            groups.append((list(fulls), [unit]))
        elif len(fits) == 1:
            groups[fits[0]][1].append(unit)  # a surname that fits exactly one person
        else:
            partial[tuple(place_key(n) for n in unit.names[:1])].append(unit)
    return [group for _, group in groups] + list(partial.values())


def _compatible(names: list[PersonName], group_names: list[PersonName]) -> bool:
    return all(same_person(a, b) for a in names for b in group_names)
