"""The user-editable registry (raw/entities.toml): loading, errors, and how linking honours it."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.config import Settings
from pipeline.ids import make_id
from pipeline.linking import Registry, RegistryError, link_entities, load_registry
from pipeline.records import Mention

REGISTRY = """
[[entity]]
name = "Lena Marwick"
type = "PERSON"
aliases = ["Helena Marwick", "L. Marwick"]
kb_id = "Q0000001"

[[entity]]
name = "Port Ardley"
type = "GPE"
aliases = ["Ardley Harbour"]
"""


def _mention(doc_id: str, text: str, label: str = "PERSON") -> Mention:
    return Mention(make_id("mention", doc_id, text), doc_id, text, label, 0, len(text), 0)


@pytest.fixture
def registry(tmp_path: Path) -> Registry:
    path = tmp_path / "entities.toml"
    path.write_text(REGISTRY, encoding="utf-8")
    return load_registry(path)


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "entities.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_valid_file_loads(registry: Registry) -> None:
    first, second = registry.entries
    assert (first.name, first.entity_type, first.aliases, first.kb_id) == (
        "Lena Marwick",
        "PERSON",
        ("Helena Marwick", "L. Marwick"),
        "Q0000001",
    )
    assert (second.name, second.entity_type, second.kb_id) == ("Port Ardley", "GPE", None)


def test_lookup_ignores_case_accents_and_transliteration(registry: Registry) -> None:
    assert registry.lookup("helena marwick") == 0
    assert registry.lookup("Héléna Marwick") == 0
    assert registry.lookup("Helena Marvick") == 0  # w / v
    assert registry.lookup("Ardley Harbour") == 1
    assert registry.lookup("Someone Else") is None


def test_aliases_link_to_one_entity_with_the_registry_name_and_kb_id(registry: Registry) -> None:
    mentions = [
        _mention("a", "Helena Marwick"),
        _mention("b", "L. Marwick"),
        _mention("c", "Lena Marwick", "ORG"),
        _mention("d", "Ardley Harbour", "LOC"),
    ]
    entities, linked = link_entities(mentions, registry)
    by_name = {e.canonical_name: e for e in entities}
    assert set(by_name) == {"Lena Marwick", "Port Ardley"}
    person = by_name["Lena Marwick"]
    assert (person.kb_id, person.entity_type, person.mention_count) == ("Q0000001", "PERSON", 3)
    assert by_name["Port Ardley"].entity_type == "GPE"  # the registry's type beats the vote (LOC)
    assert by_name["Port Ardley"].kb_id is None
    assert {m.entity_id for m in linked[:3]} == {person.entity_id}


def test_a_typo_of_a_registry_name_joins_it(registry: Registry) -> None:
    entities, _ = link_entities([_mention("a", "Helena Marwick"), _mention("b", "Helena Marwik")], registry)
    assert [(e.canonical_name, e.mention_count) for e in entities] == [("Lena Marwick", 2)]


def test_without_a_registry_linking_still_works() -> None:
    mentions = [_mention("a", "Helena Marwick"), _mention("b", "Helena Marwick")]
    (entity,) = link_entities(mentions)[0]
    assert (entity.canonical_name, entity.kb_id, entity.mention_count) == ("Helena Marwick", None, 2)
    assert link_entities(mentions, Registry())[0] == [entity]


def test_registry_absent_means_none(tmp_path: Path) -> None:
    assert Settings(raw_dir=tmp_path).registry_file() is None
    _write(tmp_path, REGISTRY)
    assert Settings(raw_dir=tmp_path).registry_file() == tmp_path / "entities.toml"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("[[entity]\nname = 1", "not valid TOML"),
        ('[[entity]]\ntype = "PERSON"', "'name' is required"),
        ('[[entity]]\nname = "A B"\ntype = "ANIMAL"', "type 'ANIMAL'"),
        ('[[entity]]\nname = "A B"\naliases = "A"', "'aliases' must be a list"),
        ('[[entity]]\nname = "A B"\nkb_id = 7', "'kb_id' must be a string"),
        ('[[entity]]\nname = "A B"\nwebsite = "x"', "unknown key(s) ['website']"),
        ('[[person]]\nname = "A B"', "unknown top-level key(s) ['person']"),
        ('[[entity]]\nname = "A B"\n[[entity]]\nname = "C"\naliases = ["a b"]', "already belongs"),
    ],
)
def test_bad_file_raises_registry_error_naming_file_and_reason(
    tmp_path: Path, text: str, reason: str
) -> None:
    path = _write(tmp_path, text)
    with pytest.raises(RegistryError) as error:
        load_registry(path)
    assert str(path) in str(error.value)
    assert reason in str(error.value)


def test_unreadable_file_raises_registry_error(tmp_path: Path) -> None:
    path = tmp_path / "entities.toml"
    path.write_bytes(b"\xff\xfe name")
    with pytest.raises(RegistryError, match="not UTF-8"):
        load_registry(path)
    with pytest.raises(RegistryError, match="cannot read"):
        load_registry(tmp_path / "missing.toml")


def test_the_example_registry_loads() -> None:
    example = Path(__file__).resolve().parents[1] / "entities.example.toml"
    registry = load_registry(example)
    assert registry.entries and all(entry.name for entry in registry.entries)
