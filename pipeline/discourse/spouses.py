"""Who the text says is married to whom, for "the couple" and "their".

"X married Y", "X and Y married", "X married to Y", "his wife Y": the pairs a text
tells, in text order. A couple the text refers to later ("the couple moved to Baku") is
such a pair, not whoever was named last (``People.couple_before``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from pipeline.discourse.noun_phrases import named_for
from pipeline.parsed import all_tokens
from pipeline.records import Mention
from pipeline.wordlists import words

if TYPE_CHECKING:
    from pipeline.discourse.people import People

_MARRY_VERBS = words("discourse", "marry_verbs")
_SPOUSE_NOUNS = words("discourse", "spouse_nouns")

Pair = tuple[Mention, Mention]


def told_spouses(people: People) -> list[tuple[int, Pair]]:
    """Each pair the text says married, with where it says so (one entry per telling), as
    cluster representatives."""
    found: list[tuple[int, Pair]] = []
    for token in all_tokens(people.doc):
        lemma = token.lemma_.lower()
        # "X, married Y": the tagger may read the verb as an adjective
        if token.pos_ in {"VERB", "ADJ"} and (lemma in _MARRY_VERBS or token.lower_ == "married"):
            pair = _married(token, people)
        elif token.pos_ == "NOUN" and lemma in _SPOUSE_NOUNS:
            pair = _spouse_noun(token, people)
        else:
            continue
        if pair is not None and pair[0] != pair[1]:
            found.append((token.idx, pair))
    return found


def _married(verb: Token, people: People) -> Pair | None:
    """ "X married Y", "X was married to Y", "X and Y married"."""
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None:
        return None
    first = people.resolve(subject)
    partners = [c for c in verb.children if c.dep_ == "dobj"]
    partners += [g for p in verb.children if p.dep_ == "prep" and p.lower_ == "to" for g in p.children]
    partners += [c for c in subject.children if c.dep_ == "conj"]
    named = [m for p in partners if (m := people.mention_at(p)) is not None]
    return (first, named[0]) if first is not None and len(named) == 1 else None


def _spouse_noun(noun: Token, people: People) -> Pair | None:
    """ "his wife Y", "Y, her husband": the possessor and the person named for the noun."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    partner = named_for(noun, people)
    first = people.resolve(owner) if owner is not None else None
    return (first, partner) if first is not None and partner is not None else None
