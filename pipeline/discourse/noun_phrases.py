"""The person a common noun stands for: the name it is written with ("my son Petr
Novak", "the mayor of the city (Jan Kowal)"), a name set after its phrase ("married the
architect J. Blondel"), or the spouse a "her husband" refers to."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from pipeline.records import Mention
from pipeline.wordlists import words

if TYPE_CHECKING:
    from pipeline.discourse.people import People

# "her husband": the one she is said to have married (data/discourse.toml).
_SPOUSE_NOUNS = words("discourse", "spouse_nouns")


def noun_person(token: Token, people: People) -> Mention | None:
    return (
        _name_within(token, people)
        or _apposition_of(token, people)
        or _name_apposed(token, people)
        or _spouse_named(token, people)
        or _copula_subject(token, people)
    )


def named_for(token: Token, people: People) -> Mention | None:
    """The person the text names for the noun itself: within its words, in apposition,
    or set right after its phrase."""
    return _name_within(token, people) or _apposition_of(token, people) or _name_apposed(token, people)


def _apposition_of(token: Token, people: People) -> Mention | None:
    """ "Michael Hart, a creamery manager who sat on the council": the noun set after a
    name stands for its person."""
    return people.mention_at(token.head) if token.dep_ == "appos" and token.head.i < token.i else None


def _copula_subject(token: Token, people: People) -> Mention | None:
    """ "X was a French actor, born in Lyon": the noun a copula says the subject is."""
    if token.dep_ != "attr" or token.head.lemma_ != "be":
        return None
    subject = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
    return people.mention_at(subject) if subject is not None else None


def _name_within(token: Token, people: People) -> Mention | None:
    """The name the noun is written with, not a possessor deeper in its phrase
    ("the daughter of X's rival")."""
    # "His father and Paul Lind ran a firm": a name joined by "and" is another person.
    joined = {t.i for c in token.children if c.dep_ == "conj" for t in c.subtree}
    for child in token.subtree:
        if child.i in joined:
            continue
        own = child.head.i == token.i and child.dep_ not in {"prep", "poss"}
        if child.i != token.i and (own or (child.dep_ in {"appos", "compound"} and _near(child, token))):
            found = people.mention_at(child)
            if found is not None:
                return found
    return None


def _near(child: Token, token: Token) -> bool:
    """A name in apposition to the noun itself or within its own words, not inside a
    phrase hanging on it ("the son of X and his wife Y")."""
    node = child
    while node.head.i != token.i and node.dep_ in {"compound", "appos", "flat"}:
        node = node.head
    if node.head.i == token.i:
        return True
    # "The governor of Antofagasta, X, resigned": the parser hangs the name on the
    # place; a name set after another name belongs to the noun that opens the phrase.
    if child.dep_ != "appos" or child.head.pos_ != "PROPN":
        return False
    node = child.head
    while node.dep_ in {"pobj", "prep"} and node.head.i != token.i:
        node = node.head
    return node.dep_ in {"pobj", "prep"} and node.head.i == token.i


def _name_apposed(token: Token, people: People) -> Mention | None:
    """ "married the architect J. Blondel", "to the daughter of her rival, Anna Ivanova": a
    name right after the noun's phrase, which the parser hung higher up the tree."""
    doc = token.doc
    end = max(t.i for t in token.subtree) + 1
    while end < len(doc) and doc[end].text in {",", "(", "–", "—"}:
        end += 1
    found = people.mention_at(doc[end]) if end < len(doc) else None
    span = doc.char_span(found.start_char, found.end_char, alignment_mode="expand") if found else None
    if found is None or span is None:
        return None
    root = span.root
    hung_above = root.head.i == token.i or root.head in token.ancestors
    if root.dep_ == "appos" or (root.dep_ in {"npadvmod", "dobj", "attr"} and hung_above):
        return found  # an apposition wherever it was hung: "..., Anna X, which took place"
    return None


def _spouse_named(token: Token, people: People) -> Mention | None:
    """ "her husband" after "she married Oleg X": the person she married; no one when the
    text has told of two marriages of hers (``spouses.told_spouses``)."""
    owner = next((c for c in token.children if c.dep_ == "poss"), None)
    if token.lemma_.lower() not in _SPOUSE_NOUNS or owner is None:
        return None
    person = people.resolve(owner)
    if person is None:
        return None
    partners = {b if a == person else a for a, b in people.spouses_told_before(token.idx) if person in (a, b)}
    return partners.pop() if len(partners) == 1 else None
