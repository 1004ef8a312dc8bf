"""Linking in blocks (what a cluster does, block by block on its workers) gives
exactly the entities and ids of linking everything at once."""

from __future__ import annotations

import hashlib
import random
from pathlib import Path

import pytest
from spacy.language import Language

from pipeline.analyse import analyse_documents
from pipeline.linking import link_entities
from pipeline.linking.blocks import Components, colliding_blocks, link_in_blocks, unit_keys
from pipeline.linking.registry import build_registry
from pipeline.linking.units import build_units
from pipeline.records import Mention, SourceDocument

ROOT = Path(__file__).resolve().parent.parent
BLOCK_COUNTS = (1, 2, 7, 64)


@pytest.fixture(scope="module")
def corpus_mentions(nlp: Language) -> list[Mention]:
    """Every mention of the samples and the written corpus, clustered within documents."""
    paths = sorted([*(ROOT / "raw").glob("*.txt"), *(ROOT / "tests" / "corpus").glob("*.txt")])
    sources = []
    for path in paths:
        text = path.read_text(encoding="utf-8")
        sha = hashlib.sha256(text.encode()).hexdigest()
        sources.append(SourceDocument(f"doc_{sha[:16]}", path.name, sha, text, "ok"))
    return [m for result in analyse_documents(nlp, sources) for m in result.mentions]


@pytest.mark.parametrize("count", BLOCK_COUNTS)
def test_the_corpus_links_the_same_in_blocks(corpus_mentions: list[Mention], count: int) -> None:
    assert link_in_blocks(corpus_mentions, None, count) == link_entities(corpus_mentions)


def test_the_corpus_splits_into_many_components(corpus_mentions: list[Mention]) -> None:
    """Blocks are worth having: the corpus is not one component."""
    components = Components()
    for unit in build_units(corpus_mentions):
        components.add(unit_keys(unit, None))
    assert len(set(components.blocks(10_000).values())) > 50


def test_the_corpus_links_the_same_in_blocks_with_a_registry(corpus_mentions: list[Mention]) -> None:
    entities, _ = link_entities(corpus_mentions)
    people = [e for e in entities if e.entity_type == "PERSON" and len(e.canonical_name.split()) == 2][:5]
    places = [e for e in entities if e.entity_type == "GPE"][:3]
    entries = [
        {"name": p.canonical_name + "-Renamed", "aliases": [p.canonical_name], "kb_id": f"Q{i}"}
        for i, p in enumerate(people + places)
    ]
    registry = build_registry({"entity": entries})
    linked = link_entities(corpus_mentions, registry)
    assert any(e.kb_id for e in linked[0])
    for count in BLOCK_COUNTS:
        assert link_in_blocks(corpus_mentions, registry, count) == linked


GIVEN = ["Nikolai", "Nicolai", "Anna", "Ana", "Yelena", "Elena", "Dmitriy", "Dmitry", "Omar", "Greta"]
SURNAMES = ["Kaliakparov", "Kaliakprov", "Kaliakparova", "Saparbayev", "Saparbaev", "Berg", "Berk"]
SURNAMES += ["Rossikov", "Rosikov", "Lindqvist", "Lindquist", "Ostrom", "Harlan", "Harlen", "Vell"]
ORGS = ["City of Karsk", "Karsk", "the Karsk Shipyard", "Karsk Shipyard", "Lund University"]


def _mentions(seed: int, documents: int) -> list[Mention]:
    """Names from small pools with transliteration variants and typos: full names,
    initials, surnames alone, families, places and organisations, some spaCy-style
    mislabels, over many documents."""
    rng = random.Random(seed)
    mentions = []
    for d in range(documents):
        for i in range(rng.randint(1, 6)):
            given, surname = rng.choice(GIVEN), rng.choice(SURNAMES)
            text, label, role = rng.choice(
                [
                    (f"{given} {surname}", "PERSON", None),
                    (f"{given} {surname}", "PERSON", None),
                    (f"{given[0]}. {surname}", "PERSON", None),
                    (surname, "PERSON", None),
                    (f"{given} {surname}", rng.choice(["ORG", "GPE"]), None),
                    (surname, "PERSON", "family"),
                    (rng.choice(ORGS), rng.choice(["ORG", "GPE", "FAC"]), None),
                ]
            )
            mid = f"mention_{d}_{i}"
            mentions.append(Mention(mid, f"doc_{d:03d}", text, label, 10 * i, 10 * i + len(text), i, role))
    return mentions


@pytest.mark.parametrize("seed", range(6))
def test_made_up_names_link_the_same_in_blocks(seed: int) -> None:
    mentions = _mentions(seed, 60)
    expected = link_entities(mentions)
    for count in BLOCK_COUNTS:
        assert link_in_blocks(mentions, None, count) == expected


def test_made_up_names_link_the_same_in_blocks_with_a_registry() -> None:
    registry = build_registry(
        {
            "entity": [
                {"name": "Nikolai Kaliakparov", "aliases": ["N. Kaliakparov"], "kb_id": "Q1"},
                {"name": "Greta Vell", "aliases": ["Greta Wellova"], "kb_id": "Q2"},
                {"name": "Karsk", "type": "GPE", "kb_id": "Q3"},
            ]
        }
    )
    mentions = _mentions(99, 80)
    expected = link_entities(mentions, registry)
    assert {e.kb_id for e in expected[0]} >= {"Q1", "Q3"}
    for count in BLOCK_COUNTS:
        assert link_in_blocks(mentions, registry, count) == expected


def _keys(*names: str, label: str = "PERSON") -> set[str]:
    mentions = [Mention(f"m{i}", "doc", n, label, 0, len(n), 0) for i, n in enumerate(names)]
    return {key for unit in build_units(mentions) for key in unit_keys(unit, None)}


def test_similar_surnames_share_a_key_and_different_ones_do_not() -> None:
    assert _keys("Daniyar Kaliakparov") & _keys("Daniyar Kaliakprov")  # one letter out, 11 letters
    assert _keys("Anna Lindqvist") & _keys("Anna Lindquist")  # one substitution
    assert not _keys("Anna Berg") & _keys("Anna Berk")  # short names: only equal ones


def test_blocks_that_made_the_same_entity_are_merged() -> None:
    found = colliding_blocks([(0, ["e1", "e2"]), (1, ["e3"]), (2, ["e2", "e4"]), (3, ["e4"]), (4, ["e5"])])
    assert found == [{0, 2, 3}]
