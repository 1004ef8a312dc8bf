"""Linking units: one within-document cluster, summarised for cross-document merging."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property

from pipeline.linking.families import FAMILY_ROLE
from pipeline.linking.kinds import vote
from pipeline.linking.names import PersonName, completeness, parse_person
from pipeline.linking.titles import role_key
from pipeline.records import Mention


@dataclass(frozen=True)
class Unit:
    key: tuple[str, str]  # (doc_id, cluster)
    mentions: tuple[Mention, ...]
    names: tuple[str, ...]  # distinct name texts, most complete first
    kind: str  # voted label
    is_family: bool

    @property
    def is_person(self) -> bool:
        return self.kind == "PERSON" and not self.is_family

    def person_names(self) -> list[PersonName]:
        return list(self._parsed)

    def full_names(self) -> list[PersonName]:
        return list(self._full)

    @cached_property
    def _parsed(self) -> tuple[PersonName, ...]:  # linking asks for these many times
        return tuple(parse_person(name) for name in self.names)

    @cached_property
    def _full(self) -> tuple[PersonName, ...]:
        return tuple(name for name in self._parsed if name.is_full)


def is_role_reference(mention: Mention) -> bool:
    """ "the President", "my father": a reference by title or kin, not a name."""
    if mention.role is None:
        return False
    written, role = role_key(mention.text).split(), role_key(mention.role).split()
    return len(written) > len(role) and written[0] in _REFERRING and written[-len(role) :] == role


# The words a reference by title or kin opens with (pipeline/discourse/kin.py).
_REFERRING = frozenset({"the", "my", "his", "her", "our", "their", "your"})


def build_units(mentions: Sequence[Mention]) -> list[Unit]:
    """Units in a deterministic order: fullest names first, then by text and key."""
    grouped: dict[tuple[str, str], list[Mention]] = defaultdict(list)
    for mention in mentions:
        grouped[(mention.doc_id, mention.cluster or mention.mention_id)].append(mention)
    units = [_unit(key, group) for key, group in grouped.items()]
    return sorted(units, key=lambda u: (-completeness(u.names[0]) if u.names else 0, u.names, u.key))


def _unit(key: tuple[str, str], group: list[Mention]) -> Unit:
    named = [m for m in group if not is_role_reference(m)]
    names = sorted({m.text for m in named}, key=lambda text: (-completeness(text), text))
    return Unit(
        key=key,
        mentions=tuple(group),
        names=tuple(names),
        kind=vote(m.label for m in group),
        is_family=bool(named) and all(m.role == FAMILY_ROLE for m in named),
    )
