"""Within-document type vote: which mentions are people.

spaCy labels the same word differently from sentence to sentence (a surname
as GPE or ORG, a city once as PERSON). Mentions with the same folded text
share the majority label; a single word that is part of a person's full name
in the same document is a person, unless that "full name" begins with a word
the document otherwise calls a place ("Cityname Transit" is a company).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

from pipeline.linking.names import fold, gender_conflict, given_name_keys, same_surname, skeleton
from pipeline.records import Mention
from pipeline.wordlists import words as words_of

# Tie-break order for equal votes: deterministic, people first.
LABEL_ORDER = ("PERSON", "GPE", "ORG", "LOC", "FAC", "NORP")
_PLACES = frozenset({"GPE", "LOC"})


def vote(labels: Iterable[str]) -> str:
    """The most frequent label; ties broken by LABEL_ORDER, then alphabetically."""
    counts = Counter(labels)
    rank = {label: i for i, label in enumerate(LABEL_ORDER)}
    return min(counts, key=lambda label: (-counts[label], rank.get(label, len(rank)), label))


def document_kinds(mentions: Sequence[Mention]) -> dict[str, str]:
    """mention_id -> the label voted for its text within the document."""
    by_text: dict[str, list[str]] = defaultdict(list)
    for mention in mentions:
        by_text[fold(mention.text)].append(mention.label)
    kinds = {text: vote(labels) for text, labels in by_text.items()}
    _demote_named_after_places(kinds, by_text)
    _promote_relatives(kinds)
    _promote_full_names(kinds, by_text)
    person_words = _person_name_words(kinds)
    for text in kinds:
        if len(text.split()) == 1 and text in person_words:
            kinds[text] = "PERSON"
    return {m.mention_id: kinds[fold(m.text)] for m in mentions}


def _promote_full_names(kinds: dict[str, str], by_text: dict[str, list[str]]) -> None:
    """ "Corneliu Batcu" labelled ORG once, beside "Batcu" called a person eleven times: a
    two- or three-word name whose last word is, alone, a person more than once is that person.
    So is a given name with two surnames whose first is the one used alone ("Rodrigo
    Astaburuaga Lillo" beside "Astaburuaga")."""
    surnames = {
        t for t, kind in kinds.items() if kind == "PERSON" and len(t.split()) == 1 and len(by_text[t]) > 1
    }
    for text, kind in kinds.items():
        words = text.split()
        named = words[-1] in surnames or (len(words) == 3 and _double_surname(words, surnames))
        if kind in {"ORG", "GPE", "LOC", "FAC"} and 2 <= len(words) <= 3 and named:
            kinds[text] = "PERSON"


def _double_surname(words: list[str], surnames: set[str]) -> bool:
    given, paternal, _maternal = words
    return skeleton(given) in given_name_keys() and paternal in surnames and not _org_words() & set(words)


def _org_words() -> frozenset[str]:
    lists = ("heads", "not_names", "seat_bodies", "membership_bodies")
    return frozenset().union(*(words_of("organizations", key) for key in lists))


def _demote_named_after_places(kinds: dict[str, str], by_text: dict[str, list[str]]) -> None:
    """A "PERSON" whose first word is, on its own, called a place and never a
    person in the document is an organisation named after the place."""
    places = {
        text
        for text, labels in by_text.items()
        if len(text.split()) == 1 and _PLACES & set(labels) and "PERSON" not in labels
    }
    for text, kind in kinds.items():
        words = text.split()
        if kind == "PERSON" and len(words) > 1 and words[0] in places:
            kinds[text] = "ORG"


def _person_name_words(kinds: dict[str, str]) -> set[str]:
    words: set[str] = set()
    for text, kind in kinds.items():
        parts = text.split()
        if kind == "PERSON" and len(parts) > 1:
            words.update(parts)
    return words


def _promote_relatives(kinds: dict[str, str]) -> None:
    """A two- or three-word name ending in the surname (or its -a form) of a person
    in the document is a person too ("Anna Petrova" labelled ORG beside "Ivan Petrov")."""
    surnames = {
        skeleton(t.split()[-1]) for t, kind in kinds.items() if kind == "PERSON" and len(t.split()) > 1
    }
    for text, kind in kinds.items():
        words = text.split()
        if kind == "PERSON" or not 2 <= len(words) <= 3:
            continue
        last = skeleton(words[-1])
        if any(same_surname(last, s) or gender_conflict(last, s) for s in surnames):
            kinds[text] = "PERSON"
