"""Within-document clustering: surnames, first names, families, -ov/-ova, role references."""

from __future__ import annotations

import re

from spacy.language import Language

from pipeline.ids import make_id
from pipeline.linking import cluster_document
from pipeline.records import Mention


def _mention(text: str, name: str, label: str = "PERSON", nth: int = 0, role: str | None = None) -> Mention:
    match = list(re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text))[nth]
    start, end = match.span()
    sentence = text[:start].count(". ")  # the test texts have no abbreviations
    return Mention(make_id("mention", "d1", start, end), "d1", name, label, start, end, sentence, role)


def _cluster(nlp: Language, text: str, mentions: list[Mention]) -> dict[tuple[str, int], str | None]:
    result = cluster_document(nlp(text), mentions)
    return {(m.text, m.start_char): m.cluster for m in result}


def _same(
    clusters: dict[tuple[str, int], str | None], text: str, a: tuple[str, int], b: tuple[str, int]
) -> bool:
    def key(name: str, nth: int) -> str | None:
        start = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text)][nth]
        return clusters[(name, start)]

    return key(*a) == key(*b)


def test_surname_alone_links_to_the_full_name(nlp: Language) -> None:
    text = "Helena Brandt opened the clinic. Brandt ran it for ten years."
    mentions = [_mention(text, "Helena Brandt"), _mention(text, "Brandt", nth=1)]
    clusters = _cluster(nlp, text, mentions)
    assert _same(clusters, text, ("Helena Brandt", 0), ("Brandt", 1))
    assert clusters[("Brandt", text.index("Brandt ran"))] == mentions[0].mention_id  # the fullest name


def test_first_name_alone_links_when_unambiguous(nlp: Language) -> None:
    text = "Tomas Varga was elected in May. Tomas then left for Bergen."
    mentions = [
        _mention(text, "Tomas Varga"),
        _mention(text, "Tomas", nth=1),
        _mention(text, "Bergen", "GPE"),
    ]
    clusters = _cluster(nlp, text, mentions)
    assert _same(clusters, text, ("Tomas Varga", 0), ("Tomas", 1))
    assert not _same(clusters, text, ("Tomas Varga", 0), ("Bergen", 0))


def test_husband_and_wife_ov_ova_are_kept_apart(nlp: Language) -> None:
    text = "Pavel Sorokin married Alina Sorokina in 1990. Sorokina is a judge. Sorokin is a pilot."
    mentions = [
        _mention(text, "Pavel Sorokin"),
        _mention(text, "Alina Sorokina"),
        _mention(text, "Sorokina", nth=1),
        _mention(text, "Sorokin", nth=1),
    ]
    clusters = _cluster(nlp, text, mentions)
    assert _same(clusters, text, ("Alina Sorokina", 0), ("Sorokina", 1))
    assert _same(clusters, text, ("Pavel Sorokin", 0), ("Sorokin", 1))
    assert not _same(clusters, text, ("Pavel Sorokin", 0), ("Alina Sorokina", 0))


def test_shared_surname_resolved_by_proximity(nlp: Language) -> None:
    text = (
        "Omar Berik founded the firm. His son Dana Berik joined in 2001. "
        "In 2005 Dana Berik became director. Berik doubled the sales."
    )
    mentions = [
        _mention(text, "Omar Berik"),
        _mention(text, "Dana Berik"),
        _mention(text, "Dana Berik", nth=1),
        _mention(text, "Berik", nth=3),
    ]
    clusters = _cluster(nlp, text, mentions)
    assert _same(clusters, text, ("Dana Berik", 1), ("Berik", 3))


def test_shared_surname_too_close_to_call_stays_apart(nlp: Language) -> None:
    text = "Omar Berik and Dana Berik met the press. Berik spoke."
    mentions = [_mention(text, "Omar Berik"), _mention(text, "Dana Berik"), _mention(text, "Berik", nth=2)]
    clusters = _cluster(nlp, text, mentions)
    assert not _same(clusters, text, ("Omar Berik", 0), ("Berik", 2))
    assert not _same(clusters, text, ("Dana Berik", 0), ("Berik", 2))


def test_a_double_surname_without_the_given_name_is_the_same_person(nlp: Language) -> None:
    text = (
        "The state attorney general, Rogelio Ortiz Salas, resigned in May. "
        "Ortiz Salas was arrested in Guadalajara. Tomás Ferrer Pujol was named. Ferrer Pujol denied it."
    )
    names = ["Rogelio Ortiz Salas", "Ortiz Salas", "Tomás Ferrer Pujol", "Ferrer Pujol"]
    mentions = [_mention(text, names[0]), _mention(text, names[1], nth=1)]
    mentions += [_mention(text, names[2]), _mention(text, names[3], nth=1)]
    clusters = _cluster(nlp, text, mentions)
    assert _same(clusters, text, (names[0], 0), (names[1], 1))
    assert _same(clusters, text, (names[2], 0), (names[3], 1))


def test_a_fathers_name_ending_his_sons_stays_his_own(nlp: Language) -> None:
    text = "Ravi Mohanlal Desai is a diplomat. He was the eldest son of Mohanlal Desai and his wife Kamala."
    mentions = [_mention(text, "Ravi Mohanlal Desai"), _mention(text, "Mohanlal Desai", nth=1)]
    clusters = _cluster(nlp, text, mentions)
    assert not _same(clusters, text, ("Ravi Mohanlal Desai", 0), ("Mohanlal Desai", 1))


def test_different_given_names_never_merge(nlp: Language) -> None:
    text = "Omar Berik and Dana Berik are brothers."
    clusters = _cluster(nlp, text, [_mention(text, "Omar Berik"), _mention(text, "Dana Berik")])
    assert len(set(clusters.values())) == 2


def test_typo_in_a_long_surname_merges(nlp: Language) -> None:
    text = "Ruslan Akhmetzhanov spoke. Later Ruslan Akhmetzhnov left."
    mentions = [_mention(text, "Ruslan Akhmetzhanov"), _mention(text, "Ruslan Akhmetzhnov")]
    assert len(set(_cluster(nlp, text, mentions).values())) == 1


def test_surname_labelled_as_place_is_a_person(nlp: Language) -> None:
    text = "Nina Kastell chairs the board. Kastell said the vote was fair."
    mentions = [_mention(text, "Nina Kastell"), _mention(text, "Kastell", "GPE", nth=1)]
    result = cluster_document(nlp(text), mentions)
    assert {m.label for m in result} == {"PERSON"}
    assert len({m.cluster for m in result}) == 1


def test_family_reference_is_not_a_person(nlp: Language) -> None:
    text = "The Lind family owns a farm. Ole Lind runs it."
    mentions = [_mention(text, "Lind"), _mention(text, "Ole Lind")]
    result = {m.text: m for m in cluster_document(nlp(text), mentions)}
    assert result["Lind"].role == "family"
    assert result["Lind"].cluster != result["Ole Lind"].cluster


def test_role_reference_links_to_the_named_holder(nlp: Language) -> None:
    text = "Mayor Irene Holm opened the bridge. The mayor said it cost too much. The governor did not come."
    mentions = [_mention(text, "Irene Holm", role="Mayor")]
    result = cluster_document(nlp(text), mentions)
    roles = [m for m in result if m.text.lower() == "the mayor"]
    assert len(roles) == 1
    (role,) = roles
    assert role.cluster == mentions[0].mention_id and role.role == "Mayor" and role.label == "PERSON"
    assert text[role.start_char : role.end_char] == "The mayor"
    assert not any(m.text.lower() == "the governor" for m in result)  # nobody is named governor


def test_title_before_a_name_is_not_a_role_reference(nlp: Language) -> None:
    text = "Mayor Irene Holm spoke. Then the mayor Irene Holm left."
    mentions = [_mention(text, "Irene Holm", role="Mayor"), _mention(text, "Irene Holm", nth=1, role="Mayor")]
    assert len(cluster_document(nlp(text), mentions)) == 2


def test_clustering_is_deterministic(nlp: Language) -> None:
    text = "Helena Brandt opened the clinic. Brandt ran it."
    mentions = [_mention(text, "Helena Brandt"), _mention(text, "Brandt", nth=1)]
    doc = nlp(text)
    assert cluster_document(doc, mentions) == cluster_document(doc, list(reversed(mentions)))


def test_a_mention_inside_a_longer_one_is_dropped(nlp: Language) -> None:
    text = "The chair, Omar Tashenov, left. Tashenov did not say why."
    full = _mention(text, "Omar Tashenov")
    inner = _mention(text, "Tashenov")  # the part spaCy found inside the full name
    later = _mention(text, "Tashenov", nth=1)
    result = cluster_document(nlp(text), [inner, full, later])
    assert [(m.text, m.start_char) for m in result] == [("Omar Tashenov", 11), ("Tashenov", 32)]
    assert result[0].cluster == result[1].cluster


def test_organisation_named_after_a_place_is_not_a_person(nlp: Language) -> None:
    text = "Brennmoor has a new tram. Brennmoor Transit runs it. The mayor of Brennmoor rode it."
    mentions = [
        _mention(text, "Brennmoor", "GPE"),
        _mention(text, "Brennmoor Transit", "PERSON"),  # spaCy's guess
        _mention(text, "Brennmoor", "GPE", nth=2),
    ]
    result = {(m.text, m.start_char): m for m in cluster_document(nlp(text), mentions)}
    assert result[("Brennmoor", 0)].label == "GPE"
    assert result[("Brennmoor Transit", 26)].label == "ORG"
    assert result[("Brennmoor", 0)].cluster != result[("Brennmoor Transit", 26)].cluster


def test_given_name_and_patronymic_alone_join_the_full_name(nlp: Language) -> None:
    text = (
        "Pavel Andreyevich Orlov was an engineer in Tashkent. Pavel Andreyevich taught there for years. "
        "His son, Timur Pavlovich Orlov, is a diplomat."
    )
    names = ["Pavel Andreyevich Orlov", "Pavel Andreyevich", "Timur Pavlovich Orlov"]
    mentions = [_mention(text, names[0]), _mention(text, names[1], nth=1), _mention(text, names[2])]
    clusters = _cluster(nlp, text, mentions)
    assert _same(clusters, text, (names[0], 0), (names[1], 1))
    assert not _same(clusters, text, (names[2], 0), (names[1], 1))


def test_her_given_name_with_her_maiden_name_is_the_same_woman(nlp: Language) -> None:
    """ "Marta Kowalczyk (née Brzeska)" is the "Marta Brzeska" the text later speaks of;
    another woman of that surname is not."""
    text = (
        "Marta Kowalczyk (née Brzeska; 1931–2008) was a Polish chemist. "
        "Marta Brzeska grew up in Poznań. Her sister Ewa Brzeska taught music."
    )
    names = ["Marta Kowalczyk", "Marta Brzeska", "Ewa Brzeska"]
    clusters = _cluster(nlp, text, [_mention(text, name) for name in names])
    assert _same(clusters, text, (names[0], 0), (names[1], 0))
    assert not _same(clusters, text, (names[0], 0), (names[2], 0))
