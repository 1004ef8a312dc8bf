"""The user-editable registry of known entities (``raw/entities.toml``).

Format (see ``entities.example.toml`` and README.md)::

    [[entity]]
    name = "Canonical Name"          # required
    type = "PERSON"                  # optional: PERSON GPE LOC ORG FAC NORP
    aliases = ["Other Spelling"]     # optional
    kb_id = "Q123"                   # optional external id (e.g. Wikidata)
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.linking.names import fold, place_key

ENTITY_TYPES = frozenset({"PERSON", "GPE", "LOC", "ORG", "FAC", "NORP"})
_KEYS = frozenset({"name", "type", "aliases", "kb_id"})


class RegistryError(ValueError):
    """The registry file cannot be used; the message names the file and the problem."""


@dataclass(frozen=True, slots=True)
class RegistryEntry:
    name: str
    entity_type: str | None = None
    aliases: tuple[str, ...] = ()
    kb_id: str | None = None


@dataclass(frozen=True)
class Registry:
    entries: tuple[RegistryEntry, ...] = ()
    _index: dict[str, int] = field(default_factory=dict, repr=False)
    # Transliteration-insensitive keys (``names.place_key``) that one entry alone owns.
    _variants: dict[str, int] = field(default_factory=dict, repr=False)

    def lookup(self, text: str) -> int | None:
        """Index of the entry whose name or alias is ``text`` (case and accents
        ignored), or else spelt like it up to transliteration ("Nikolai"/"Nicolai")."""
        found = self._index.get(fold(text))
        return found if found is not None else self._variants.get(place_key(text))


def load_registry(path: Path) -> Registry:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise RegistryError(f"{path}: cannot read registry: {exc.strerror or exc}") from exc
    except UnicodeDecodeError as exc:
        raise RegistryError(f"{path}: registry is not UTF-8 text") from exc
    except tomllib.TOMLDecodeError as exc:
        raise RegistryError(f"{path}: not valid TOML: {exc}") from exc
    return build_registry(data, str(path))


def build_registry(data: dict[str, Any], source: str = "registry") -> Registry:
    unknown = sorted(set(data) - {"entity"})
    if unknown:
        raise RegistryError(f"{source}: unknown top-level key(s) {unknown}; expected [[entity]] tables")
    raw = data.get("entity", [])
    if not isinstance(raw, list):
        raise RegistryError(f"{source}: 'entity' must be an array of tables ([[entity]])")
    entries = tuple(_entry(item, f"{source}: entity #{i + 1}") for i, item in enumerate(raw))
    index: dict[str, int] = {}
    for i, entry in enumerate(entries):
        for form in (entry.name, *entry.aliases):
            owner = index.setdefault(fold(form), i)
            if owner != i:
                raise RegistryError(
                    f"{source}: entity #{i + 1} ({entry.name!r}): alias {form!r} "
                    f"already belongs to entity #{owner + 1} ({entries[owner].name!r})"
                )
    return Registry(entries, index, _variant_index(entries))


def _variant_index(entries: tuple[RegistryEntry, ...]) -> dict[str, int]:
    owners: dict[str, set[int]] = {}
    for i, entry in enumerate(entries):
        for form in (entry.name, *entry.aliases):
            owners.setdefault(place_key(form), set()).add(i)
    return {key: min(found) for key, found in owners.items() if len(found) == 1}


def _entry(item: object, where: str) -> RegistryEntry:
    if not isinstance(item, dict):
        raise RegistryError(f"{where}: must be a table with a 'name'")
    extra = sorted(set(item) - _KEYS)
    if extra:
        raise RegistryError(f"{where}: unknown key(s) {extra}; allowed: {sorted(_KEYS)}")
    name = item.get("name")
    if not isinstance(name, str) or not fold(name):
        raise RegistryError(f"{where}: 'name' is required and must be a non-empty string")
    entity_type = item.get("type")
    if entity_type is not None and entity_type not in ENTITY_TYPES:
        raise RegistryError(f"{where} ({name!r}): type {entity_type!r} is not one of {sorted(ENTITY_TYPES)}")
    aliases = item.get("aliases", [])
    if not isinstance(aliases, list) or not all(isinstance(a, str) and fold(a) for a in aliases):
        raise RegistryError(f"{where} ({name!r}): 'aliases' must be a list of non-empty strings")
    kb_id = item.get("kb_id")
    if kb_id is not None and not isinstance(kb_id, str):
        raise RegistryError(f"{where} ({name!r}): 'kb_id' must be a string")
    return RegistryEntry(name.strip(), entity_type, tuple(aliases), kb_id)
