"""Blocks for cross-document linking: units that could ever meet share a key.

``link_entities`` only lets a unit meet a group whose names it could match:
people by similar surnames (``names.same_surname``: equal skeletons, or one
or two edits in long ones with the same first letter), names left apart and
places or organisations by ``place_key`` of their first name, and registry
matches by entry. Each of those comparisons needs a shared key here, so the
connected components of units sharing keys can be linked apart (on different
workers) with the result of linking them all together. A key too many only
makes a block bigger; a missing one would change results, which
tests/test_linking_blocks.py checks against ``link_entities`` on the corpus.

The reduce, in the order the batch calls it: ``mention_keys`` per bucket of
documents (workers), ``Components`` over the keys (the driver: memory grows
with distinct names, not mentions), ``link_entities`` per block (workers, on
the mentions whose unit's first key is in the block), ``colliding_blocks``
(the driver). ``link_in_blocks`` does the same in one process.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable, Sequence
from itertools import combinations

from pipeline.linking.names import PersonName, parse_person, place_key
from pipeline.linking.registry import Registry
from pipeline.linking.units import Unit, build_units
from pipeline.records import Entity, Mention

# Mirrors names.similar_words: shorter surnames must be equal; from these
# lengths one edit (two) may separate two spellings of one name.
_TYPO_MIN_LENGTH = 7
_TWO_TYPOS_MIN_LENGTH = 11

UnitKey = tuple[str, str]  # (doc_id, cluster), as in units.py


def unit_keys(unit: Unit, registry: Registry | None) -> tuple[str, ...]:
    """Every key through which ``link_entities`` could put ``unit`` beside another, sorted."""
    keys = {"apart:" + (place_key(unit.names[0]) if unit.names else "")}
    for name in unit.person_names():
        keys.update(_surname_keys(name))
    for entry in _registry_entries(unit, registry):
        assert registry is not None
        known = registry.entries[entry]
        keys.add(f"registry:{entry}")
        for form in (known.name, *known.aliases):
            keys.update(_surname_keys(parse_person(form)))
    return tuple(sorted(keys))


def keys_by_unit(mentions: Sequence[Mention], registry: Registry | None) -> dict[UnitKey, tuple[str, ...]]:
    """Each within-document cluster's keys (the mentions of whole documents)."""
    return {unit.key: unit_keys(unit, registry) for unit in build_units(mentions)}


def _registry_entries(unit: Unit, registry: Registry | None) -> set[int]:
    if registry is None:
        return set()
    return {i for name in unit.names if (i := registry.lookup(name)) is not None}


def _surname_keys(name: PersonName) -> set[str]:
    """Keys two similar surnames share: deletion neighbourhoods (one or two
    letters out, as many as the typo rule allows), under the first letter
    that similar surnames must share."""
    surname = name.surname
    if not surname:
        return set()
    if len(surname) < _TYPO_MIN_LENGTH:
        return {f"surname:{surname}"}
    edits = 2 if len(surname) >= _TWO_TYPOS_MIN_LENGTH else 1
    return {f"surname:{surname[0]}:{variant}" for variant in _deletions(surname, edits)}


def _deletions(word: str, most: int) -> set[str]:
    """``word`` with up to ``most`` letters left out, anywhere."""
    found = {word}
    for n in range(1, most + 1):
        for positions in combinations(range(len(word)), n):
            found.add("".join(c for i, c in enumerate(word) if i not in positions))
    return found


class Components:
    """Union-find over keys: units that share a key, directly or through
    others, are one component and go to one block."""

    def __init__(self) -> None:
        self._parent: dict[str, str] = {}

    def add(self, keys: Sequence[str]) -> None:
        """One unit's keys: all in one component."""
        first = self._find(keys[0])
        for key in keys[1:]:
            other = self._find(key)
            if other != first:
                self._parent[other] = first

    def blocks(self, count: int) -> dict[str, int]:
        """key -> block in 0..count-1, by the smallest key of its component, so the
        same keys give the same blocks whatever the order they were added in."""
        smallest: dict[str, str] = {}
        for key in self._parent:
            root = self._find(key)
            if key < smallest.get(root, "\U0010ffff"):
                smallest[root] = key
        return {key: stable_bucket(smallest[self._find(key)], count) for key in self._parent}

    def __len__(self) -> int:
        return len(self._parent)

    def _find(self, key: str) -> str:
        parent = self._parent.setdefault(key, key)
        while parent != key:
            grand = self._parent[parent]
            self._parent[key] = grand  # path halving keeps later look-ups short
            key, parent = parent, grand
        return key


def stable_bucket(text: str, count: int) -> int:
    """A number in 0..count-1 from ``text``, the same on every machine and run
    (unlike ``hash``, which Python salts per process)."""
    return int.from_bytes(hashlib.sha256(text.encode("utf-8")).digest()[:8], "big") % count


def mention_keys(mentions: Sequence[Mention], registry: Registry | None) -> list[tuple[str, ...]]:
    """Each mention's unit's keys, in order (the mentions of whole documents)."""
    units = keys_by_unit(mentions, registry)
    return [units[(mention.doc_id, mention.cluster or mention.mention_id)] for mention in mentions]


def split_by_block(
    mentions: Sequence[Mention], block_of: dict[str, int], registry: Registry | None
) -> dict[int, list[Mention]]:
    """The mentions of whole documents, by the block of their unit (any key of a
    unit names its component)."""
    by_block: dict[int, list[Mention]] = defaultdict(list)
    for mention, keys in zip(mentions, mention_keys(mentions, registry), strict=True):
        by_block[block_of[keys[0]]].append(mention)
    return dict(by_block)


def colliding_blocks(entity_ids_by_block: Iterable[tuple[int, Iterable[str]]]) -> list[set[int]]:
    """Sets of blocks that made an entity with the same id (the same canonical
    name and type from unrelated units: ``link_entities`` combines those into one
    entity, so they must be linked together); blocks without a collision are not listed."""
    owners: dict[str, set[int]] = defaultdict(set)
    for block, ids in entity_ids_by_block:
        for entity_id in ids:
            owners[entity_id].add(block)
    merged: list[set[int]] = []
    for blocks in owners.values():
        if len(blocks) < 2:
            continue
        touching = [group for group in merged if group & blocks]
        union = set(blocks).union(*touching)
        merged = [group for group in merged if not group & blocks] + [union]
    return sorted(merged, key=min)


def sort_entities(entities: Iterable[Entity]) -> list[Entity]:
    """The order ``link_entities`` returns entities in."""
    return sorted(entities, key=lambda e: (e.canonical_name.casefold(), e.entity_type, e.entity_id))


def link_in_blocks(
    mentions: Sequence[Mention], registry: Registry | None, count: int
) -> tuple[list[Entity], list[Mention]]:
    """``link_entities``, block by block, in one process: what the batch spreads
    over workers. Same entities and ids, mentions in input order."""
    from pipeline.linking.corpus import link_entities

    components = Components()
    for keys in keys_by_unit(mentions, registry).values():
        components.add(keys)
    parts = split_by_block(mentions, components.blocks(count), registry)
    linked = {block: link_entities(found, registry) for block, found in parts.items()}
    while collisions := colliding_blocks((b, [e.entity_id for e in r[0]]) for b, r in linked.items()):
        for group in collisions:
            parts[min(group)] = [m for block in sorted(group) for m in parts.pop(block)]
            for block in group:
                del linked[block]
            linked[min(group)] = link_entities(parts[min(group)], registry)
    by_id = {m.mention_id: m for _, found in linked.values() for m in found}
    return sort_entities(e for found, _ in linked.values() for e in found), [
        by_id[m.mention_id] for m in mentions
    ]
