"""Questions asked of the dependency parse by more than one stage."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token


def governing_verb(token: Token) -> Token | None:
    """The nearest verb above ``token`` in the parse."""
    for ancestor in token.ancestors:
        if is_verb(ancestor):
            return ancestor
    return None


def is_verb(token: Token) -> bool:
    """A verb, not a list bullet the tagger took for one ("•" as VERB)."""
    return token.pos_ in {"VERB", "AUX"} and any(map(str.isalpha, token.text))


def child(token: Token, deps: set[str]) -> Token | None:
    """The first child of ``token`` with one of the dependency labels ``deps``."""
    return next((c for c in token.children if c.dep_ in deps), None)


def word_before(token: Token) -> Token | None:
    """The word just before the phrase ``token`` heads: "," of ", the first president",
    "(" of "(graduated in 1973)", "née" of "née Orlova"."""
    start = token.left_edge.i
    return token.doc[start - 1] if start > 0 else None
