"""Which nouns name a post: the title heads of ``data/positions.toml``, and the honours
and memberships that look like posts but are not ("Best Mayor of the Year", "Member of
the Academy of Sciences")."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from spacy.tokens import Token

from pipeline.careers.phrases import phrase_tokens
from pipeline.wordlists import words

_HONOUR_WORDS = words("positions", "honour_words")
_HONOUR_BODIES = words("positions", "honour_bodies")
_MEMBERSHIP_HEADS = words("positions", "membership_heads")


@dataclass(frozen=True)
class PositionWords:
    heads: frozenset[str]
    modifiers: frozenset[str]
    drop: frozenset[str]
    territorial: frozenset[str]
    portfolio_heads: frozenset[str]
    portfolio_of: frozenset[str]
    organization_of: frozenset[str]
    ranks: frozenset[str]
    field_heads: frozenset[str]
    chair_heads: frozenset[str]
    seat_bodies: frozenset[str]
    seat_verbs: frozenset[str]
    head_verbs: frozenset[str]
    not_post_verbs: frozenset[str]
    post_nouns: frozenset[str]
    to_heads: frozenset[str]
    for_heads: frozenset[str]
    constituency_heads: frozenset[str]
    verb_employer_preps: frozenset[str]
    on_heads: frozenset[str]
    hold_verbs: frozenset[str]
    seat_titles: dict[str, str]
    portfolio_names: dict[str, str]
    head_verb_titles: dict[str, str]
    workplace_verb_titles: dict[str, str]


_KEYS = (
    "heads",
    "modifiers",
    "drop",
    "territorial",
    "portfolio_heads",
    "portfolio_of",
    "organization_of",
    "ranks",
    "field_heads",
    "chair_heads",
    "seat_verbs",
    "head_verbs",
    "not_post_verbs",
    "post_nouns",
    "to_heads",
    "for_heads",
    "constituency_heads",
    "verb_employer_preps",
    "on_heads",
    "hold_verbs",
)


@lru_cache(maxsize=1)
def position_words() -> PositionWords:
    text = resources.files("pipeline").joinpath("data/positions.toml").read_text(encoding="utf-8")
    data = tomllib.loads(text)
    lists = {key: frozenset(data[key]) for key in _KEYS}
    return PositionWords(
        **lists,
        seat_bodies=words("organizations", "seat_bodies"),
        seat_titles=dict(data["seat_titles"]),
        portfolio_names=dict(data["portfolio_names"]),
        head_verb_titles=dict(data["head_verb_titles"]),
        workplace_verb_titles=dict(data["workplace_verb_titles"]),
    )


def is_portfolio_word(word: str, title_case: bool) -> bool:
    """A word before "minister" naming its field ("energy", "Interior"), not ranking the post
    ("Deputy", "Prime"); a capitalised one only in a title written capitalised throughout."""
    return word.lower() not in position_words().ranks and (word.islower() or title_case)


def portfolio_name(portfolio: list[str]) -> str:
    """The portfolio as its "of" form names it: "Foreign" -> "Foreign Affairs" (positions.toml)."""
    name = " ".join(portfolio)
    return position_words().portfolio_names.get(name.lower(), name)


def is_position_head(token: Token) -> bool:
    """A noun heading a post title (not a modifier of another noun: "head position"); the
    parser may tag a rarer one an adjective where only a noun goes ("elected regent of X")."""
    noun = token.pos_ in {"NOUN", "PROPN"} or (token.pos_ == "ADJ" and token.dep_ == "oprd")
    if not noun or token.dep_ == "compound":
        return False
    heads = position_words().heads
    if token.lower_ not in heads and token.lemma_.lower() not in heads:
        return False  # most nouns: asked before walking the children
    return not any(child.lower_ == "honorary" for child in token.children)  # an honour, not a post


def is_honour(head: Token) -> bool:
    """ "Best Mayor of the Year", "“Person of the Year”": an award's name, not a post."""
    doc = head.doc
    before = doc[max(head.i - 4, 0) : head.i]
    words = {t.lower_ for t in phrase_tokens(head)} | {t.lower_ for t in head.lefts}
    superlative = any(t.tag_ == "JJS" for t in head.lefts)  # "the youngest working executive"
    return (
        bool(words & _HONOUR_WORDS) or superlative or any(t.is_quote for t in before) or is_order_grade(head)
    )


def is_order_grade(head: Token) -> bool:
    """ "Member of the Order of Canada": a grade of an order of merit (positions.toml honour_bodies)."""
    return any(
        t.dep_ == "pobj" and t.head.lower_ == "of" and t.is_title and t.lemma_.lower() in _HONOUR_BODIES
        for t in phrase_tokens(head)
    )


def is_position_word(token: Token) -> bool:
    """A post's head word in any syntactic role ("Prime Minister" before a name is a compound)."""
    heads = position_words().heads
    return token.pos_ in {"NOUN", "PROPN"} and (token.lower_ in heads or token.lemma_.lower() in heads)


def is_membership(head: Token) -> bool:
    """ "Member of the Academy of X": a learned society's membership, an event rather than a post."""
    if head.lemma_.lower() not in _MEMBERSHIP_HEADS:
        return False
    body = body_of(head)
    return body is not None and is_membership_body(body)


def is_membership_body(body: Token) -> bool:
    """A party, academy or association one is a member of; not a board, council or house
    whose members hold a seat (a post)."""
    lemma = body.lemma_.lower()
    if lemma in words("organizations", "membership_bodies"):
        return True
    return lemma not in words("organizations", "seat_bodies") and lemma not in words("organizations", "heads")


def body_of(noun: Token) -> Token | None:
    """The body a "member"/"joined" names: the head noun of its "of" object or direct object
    ("Member of the Central Committee of the Party" -> Committee, not Party), or of the
    apposition a register writes ("Member, Maharashtra Legislative Assembly")."""
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
        if child.dep_ == "dobj":
            return child
    after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    if after is not None and after.text == ",":
        # The parser reads the body as an apposition or as a conjunct.
        named = (c for c in noun.children if c.dep_ in {"appos", "conj"} and c.i > after.i)
        return next((c for c in named if c.pos_ == "PROPN"), None)
    return None
