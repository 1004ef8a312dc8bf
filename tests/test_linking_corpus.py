"""Cross-document linking: one mention per document, names written for these tests."""

from __future__ import annotations

from pipeline.ids import make_id
from pipeline.linking import link_entities
from pipeline.records import Entity, Mention


def _mention(doc_id: str, text: str, label: str = "PERSON", cluster: str | None = None) -> Mention:
    mention_id = make_id("mention", doc_id, text)
    return Mention(mention_id, doc_id, text, label, 0, len(text), 0, cluster=cluster)


def _documents(*names: str, label: str = "PERSON") -> list[Mention]:
    """Each name in its own document."""
    return [_mention(f"doc{i}", name, label) for i, name in enumerate(names)]


def _groups(mentions: list[Mention]) -> set[frozenset[str]]:
    """The linked mentions as sets of texts, one set per entity."""
    _, linked = link_entities(mentions)
    by_entity: dict[str | None, set[str]] = {}
    for mention in linked:
        by_entity.setdefault(mention.entity_id, set()).add(mention.text)
    return {frozenset(texts) for texts in by_entity.values()}


def _entities(mentions: list[Mention]) -> list[Entity]:
    return link_entities(mentions)[0]


def test_transliteration_variants_merge() -> None:
    pairs = [
        ("Nikolai Drobenko", "Nicolai Drobenko"),  # c / k
        ("Timur Saparbayev", "Timur Saparbaev"),  # -ayev / -aev
        ("Gleb Rossikov", "Gleb Rosikov"),  # doubled letter
        ("Dmitriy Dzhunusov", "Dmitry Dzhunusov"),  # iy / y
        ("Yelena Korneyeva", "Elena Korneeva"),  # Ye- / E-, -eyev- / -eev-
    ]
    for a, b in pairs:
        assert _groups(_documents(a, b)) == {frozenset({a, b})}, (a, b)


def test_typos_in_long_names_merge() -> None:
    assert len(_groups(_documents("Daniyar Kaliakparov", "Daniyar Kaliakprov"))) == 1  # one edit
    assert len(_groups(_documents("Serik Abdrakhmanovsky", "Serik Abdrahkmanovsky"))) == 1  # two edits
    assert len(_groups(_documents("Arslan Temirkhanov", "Arslan Temirkhnaov"))) == 1


def test_short_names_need_the_same_spelling() -> None:
    assert len(_groups(_documents("Anna Lind", "Anna Lund"))) == 2
    assert len(_groups(_documents("Omar Berik", "Omar Barik"))) == 2


def test_different_given_names_under_one_surname_stay_apart() -> None:
    groups = _groups(_documents("Omar Tashenov", "Dana Tashenov", "Tashenov"))
    assert groups == {frozenset({"Omar Tashenov"}), frozenset({"Dana Tashenov"}), frozenset({"Tashenov"})}


def test_surname_alone_joins_the_only_person_with_it() -> None:
    assert _groups(_documents("Omar Tashenov", "Tashenov")) == {frozenset({"Omar Tashenov", "Tashenov"})}


def test_initial_joins_only_an_unambiguous_given_name() -> None:
    assert len(_groups(_documents("A. Pellworm", "Anna Pellworm"))) == 1
    assert len(_groups(_documents("A. Pellworm", "Anna Pellworm", "Anton Pellworm"))) == 3


def test_gender_marked_surnames_are_different_people() -> None:
    groups = _groups(_documents("Pavel Sorokin", "Alina Sorokina", "Sorokina", "Sorokin"))
    assert groups == {frozenset({"Pavel Sorokin", "Sorokin"}), frozenset({"Alina Sorokina", "Sorokina"})}
    assert len(_groups(_documents("Ivan Sorokin", "Ivan Sorokina"))) == 2


def test_places_merge_by_key_and_type_is_voted() -> None:
    mentions = [
        _mention("a", "Brennmoor", "GPE"),
        _mention("b", "Brennmoor", "GPE"),
        _mention("c", "Brennmoor", "ORG"),
        _mention("d", "City of Brennmoor", "GPE"),
    ]
    (entity,) = _entities(mentions)
    assert entity.entity_type == "GPE"
    assert (entity.mention_count, entity.document_count) == (4, 4)
    assert entity.canonical_name == "Brennmoor"  # places: the most frequent form


def test_person_labelled_as_organisation_in_one_document_joins_the_person() -> None:
    mentions = [
        _mention("a", "Yerlan Oskembayev"),
        _mention("b", "Yerlan Oskembayev"),
        _mention("c", "Yerlan Oskembaev", "ORG"),
    ]
    (entity,) = _entities(mentions)
    assert entity.entity_type == "PERSON" and entity.mention_count == 3


def test_canonical_name_is_the_fullest_form() -> None:
    mentions = [
        _mention("a", "Tashenov", cluster="x"),
        _mention("a", "Omar Tashenov", cluster="x"),
        _mention("b", "O. Tashenov"),
    ]
    (entity,) = _entities(mentions)
    assert entity.canonical_name == "Omar Tashenov"
    assert entity.aliases == ("O. Tashenov", "Omar Tashenov", "Tashenov")


def test_ids_do_not_depend_on_input_order() -> None:
    names = ("Nikolai Drobenko", "Nicolai Drobenko", "Omar Tashenov", "Dana Tashenov", "Tashenov", "Drobenko")
    mentions = [*_documents(*names), _mention("x", "Brennmoor", "GPE")]
    entities, linked = link_entities(mentions)
    entities_reversed, linked_reversed = link_entities(list(reversed(mentions)))
    assert entities == entities_reversed
    assert {m.mention_id: m.entity_id for m in linked} == {m.mention_id: m.entity_id for m in linked_reversed}
    assert [m.mention_id for m in linked] == [m.mention_id for m in mentions]  # input order kept


def test_a_within_document_cluster_links_as_one() -> None:
    mentions = [_mention("a", "Omar Tashenov", cluster="c1"), _mention("a", "Tashenov", cluster="c1")]
    _, linked = link_entities([*mentions, _mention("b", "Dana Tashenov")])
    assert linked[0].entity_id == linked[1].entity_id != linked[2].entity_id


def test_family_reference_does_not_join_a_person() -> None:
    family = Mention("f1", "a", "Tashenov", "PERSON", 0, 8, 0, role="family")
    _, linked = link_entities([family, _mention("b", "Omar Tashenov")])
    assert linked[0].entity_id != linked[1].entity_id
    entities = _entities([family])
    assert entities[0].canonical_name == "Tashenov family"


def test_a_fuller_or_other_spelling_in_a_later_document_keeps_the_person_id() -> None:
    first = _documents("Viktor Khrapunov", "Viktor Khrapunov")
    before = {e.canonical_name: e.entity_id for e in _entities(first)}
    later = [
        *first,
        _mention("doc7", "Viktor Viatcheslavovitch Khrapunov"),
        _mention("doc8", "Victor Khrapunov"),
    ]
    after = _entities(later)
    person = next(e for e in after if "Viktor Viatcheslavovitch Khrapunov" in e.aliases)
    assert person.entity_id == before["Viktor Khrapunov"]
    assert person.canonical_name == "Viktor Khrapunov"  # the form most often written
    assert {"Victor Khrapunov", "Viktor Khrapunov"} <= set(person.aliases)


def test_surname_first_forms_and_initials_link_to_the_given_name_first_form() -> None:
    entities = _entities(
        _documents(
            "TOKHTARBEKOV Daniiar Serikovich",
            "Daniyar Tokhtarbekov",
            "Tokhtarbekov D.S.",
            "Kamran Ilham oglu Rustamli",
            "K.I. Rustamli",
        )
    )
    names = sorted(e.canonical_name for e in entities)
    assert names == ["Daniyar Tokhtarbekov", "Kamran Ilham oglu Rustamli"]


def test_a_generic_body_is_another_in_each_document_and_a_named_one_the_same() -> None:
    """ "National Assembly" in a Slovenian and a Bulgarian page, "the Board" of two companies:
    a name of generic words only names a different body in each document; "Storting" and
    "Halden Shipping Board" are one body wherever they are named."""
    mentions = [
        _mention("a", "National Assembly", "ORG"),
        _mention("b", "National Assembly", "ORG"),
        _mention("a", "Board", "ORG"),
        _mention("c", "Board", "ORG"),
        _mention("a", "Storting", "ORG"),
        _mention("b", "Storting", "ORG"),
        _mention("b", "Halden Shipping Board", "ORG"),
        _mention("c", "Halden Shipping Board", "ORG"),
    ]
    counts = sorted((e.canonical_name, e.document_count) for e in _entities(mentions))
    assert counts == [
        ("Board", 1),
        ("Board", 1),
        ("Halden Shipping Board", 2),
        ("National Assembly", 1),
        ("National Assembly", 1),
        ("Storting", 2),
    ], counts
