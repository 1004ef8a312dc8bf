"""Noun phrases as the text writes them: "the Ministry of Energy" -> "Ministry of Energy",
up to the first comma or bracket. Asked by the title readers of ``careers``."""

from __future__ import annotations

from spacy.tokens import Token

SMALL_WORDS = frozenset({"of", "and", "the", "for", "at", "in", "on", "to", "a", "an", "against"})
STOP_PUNCT = frozenset({",", "(", ")", ";", ":", "–", "—"})
_PHRASE_DEPS = frozenset(
    {"compound", "amod", "nmod", "nummod", "poss", "cc", "conj", "prep", "pobj", "punct"}
)


def phrase_text(token: Token, conjuncts: bool = True) -> str:
    """The noun phrase headed by ``token`` up to the first comma or bracket, without its
    article; without the nouns joined to it by "and" when ``conjuncts`` is false."""
    tokens = sorted(phrase_tokens(token, conjuncts), key=lambda t: t.i)
    while tokens and tokens[0].dep_ in {"det", "poss"}:
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or tokens[-1].lower_ in SMALL_WORDS):
        tokens = tokens[:-1]
    return "".join(t.text_with_ws for t in tokens).strip()


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
