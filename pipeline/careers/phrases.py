"""Noun phrases as the text writes them: "the Ministry of Energy" -> "Ministry of Energy",
up to the first comma or bracket. Asked by the title readers of ``careers``."""

from __future__ import annotations

from itertools import pairwise

from spacy.tokens import Token

SMALL_WORDS = frozenset({"of", "and", "the", "for", "at", "in", "on", "to", "a", "an", "against"})
STOP_PUNCT = frozenset({",", "(", ")", ";", ":", "–", "—"})
# "case": the "'s" of a possessive inside a name ("Children's Hospital").
_PHRASE_DEPS = frozenset(
    {"compound", "amod", "nmod", "nummod", "poss", "case", "cc", "conj", "prep", "pobj", "punct"}
)


def phrase_text(token: Token, conjuncts: bool = True) -> str:
    """The noun phrase headed by ``token`` up to the first comma or bracket, without its
    article; without the nouns joined to it by "and" when ``conjuncts`` is false."""
    tokens = sorted(phrase_tokens(token, conjuncts), key=lambda t: t.i)
    while tokens and tokens[0].dep_ in {"det", "poss", "case"}:
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or tokens[-1].lower_ in SMALL_WORDS):
        tokens = tokens[:-1]
    # Where a word was left out, the words on either side stay apart ("AWO) district" is
    # not "AWOdistrict").
    joined = [a.text + (a.whitespace_ if b.i == a.i + 1 else " ") for a, b in pairwise(tokens)]
    return ("".join(joined) + (tokens[-1].text if tokens else "")).strip()


def phrase_tokens(token: Token, conjuncts: bool = True) -> list[Token]:
    found = [token]
    for child in token.children:
        if child.dep_ == "det" and child.i < token.i:
            found.append(child)
        elif child.dep_ in _PHRASE_DEPS and child.text not in STOP_PUNCT:
            if (child.i > token.i and _crosses_stop(token, child)) or (
                not conjuncts and child.dep_ in {"cc", "conj"}
            ):
                continue
            found.extend(phrase_tokens(child, conjuncts))
    return found


def _crosses_stop(head: Token, child: Token) -> bool:
    doc = head.doc
    return any(doc[i].text in STOP_PUNCT for i in range(head.i + 1, child.i))
