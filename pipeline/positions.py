"""Position titles: find the noun phrase naming a post and normalise it.

"a simple Service Technician" -> Service Technician; "Minister of Energy and
Mines" keeps its portfolio; "Mayor of Oslo" -> Mayor, place Oslo; "Second
Secretary of the Labour Party of the City" -> Second Secretary, organization
Labour Party of the City. The head words live in ``data/positions.toml``.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from spacy.tokens import Token

from pipeline.records import Mention

_SMALL_WORDS = frozenset({"of", "and", "the", "for", "at", "in", "on", "to", "a", "an"})
_PHRASE_DEPS = frozenset(
    {"compound", "amod", "nmod", "nummod", "poss", "cc", "conj", "prep", "pobj", "punct"}
)
_STOP_PUNCT = frozenset({",", "(", ")", ";", ":", "–", "—"})
_PLACE_LABELS = frozenset({"GPE", "LOC"})
_HONOUR_WORDS = frozenset({"best", "year", "honorary", "laureate", "merit"})


@dataclass(frozen=True)
class PositionWords:
    heads: frozenset[str]
    modifiers: frozenset[str]
    drop: frozenset[str]


@dataclass(frozen=True, slots=True)
class Post:
    title: str
    organization: str | None
    place: str | None
    head: Token


@lru_cache(maxsize=1)
def position_words() -> PositionWords:
    text = resources.files("pipeline").joinpath("data/positions.toml").read_text(encoding="utf-8")
    data = tomllib.loads(text)
    return PositionWords(frozenset(data["heads"]), frozenset(data["modifiers"]), frozenset(data["drop"]))


def is_position_head(token: Token) -> bool:
    """A noun heading a post title (not a modifier of another noun: "head position")."""
    if token.pos_ not in {"NOUN", "PROPN"} or token.dep_ == "compound":
        return False
    if any(child.lower_ == "honorary" for child in token.children):
        return False  # an honour, not a post
    return token.lower_ in position_words().heads or token.lemma_.lower() in position_words().heads


def is_honour(head: Token) -> bool:
    """ "Best Mayor of the Year", "“Person of the Year”": an award's name, not a post."""
    doc = head.doc
    before = doc[max(head.i - 4, 0) : head.i]
    words = {t.lower_ for t in _phrase_tokens(head)} | {t.lower_ for t in head.lefts}
    return bool(words & _HONOUR_WORDS) or any(t.is_quote for t in before)


def read_post(head: Token, mentions: dict[int, Mention]) -> Post:
    """The normalised title and the organization or place the post belongs to."""
    title = _title_words(head)
    organization = place = None
    node = head
    for prep in _preps(node):
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is None:
            continue
        kind, text = _classify(obj, prep, mentions)
        if kind == "portfolio" and organization is None and place is None and prep.lower_ == "of":
            title = f"{title} of {text}"
            # "Head of Administration of the City": look for the organization further on.
            for inner in _preps(obj):
                inner_obj = next((c for c in inner.children if c.dep_ == "pobj"), None)
                if inner_obj is not None:
                    kind2, text2 = _classify(inner_obj, inner, mentions)
                    organization, place = _assign(kind2, text2, organization, place)
        else:
            organization, place = _assign(kind, text, organization, place)
    return Post(normalise_title(title), organization, place, head)


def _assign(
    kind: str, text: str, organization: str | None, place: str | None
) -> tuple[str | None, str | None]:
    if kind == "place" and place is None:
        return organization, text
    if kind == "organization" and organization is None:
        return text, place
    return organization, place


def _preps(token: Token) -> list[Token]:
    return [
        c for c in token.children if c.dep_ == "prep" and c.lower_ in {"of", "at", "in"} and c.i > token.i
    ]


def _classify(obj: Token, prep: Token, mentions: dict[int, Mention]) -> tuple[str, str]:
    """Whether "of X" is the post's portfolio, its organization or its place."""
    mention = mentions.get(obj.i)
    has_det = any(c.dep_ == "det" for c in obj.children)
    text = phrase_text(obj)
    if mention is not None and mention.label in _PLACE_LABELS and text == mention.text:
        return "place", mention.text
    if has_det or (mention is not None and mention.label == "ORG"):
        return ("organization", text) if text[:1].isupper() else ("none", text)
    if prep.lower_ == "in" and mention is not None:
        return "place", mention.text
    if obj.pos_ == "PROPN" or obj.text[:1].isupper():
        return "portfolio", text
    return "none", text


def phrase_text(token: Token) -> str:
    """The noun phrase headed by ``token`` up to the first comma or bracket, without its article."""
    tokens = sorted(_phrase_tokens(token), key=lambda t: t.i)
    while tokens and tokens[0].dep_ in {"det", "poss"}:
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or tokens[-1].lower_ in _SMALL_WORDS):
        tokens = tokens[:-1]
    return "".join(t.text_with_ws for t in tokens).strip()


def _phrase_tokens(token: Token) -> list[Token]:
    found = [token]
    for child in token.children:
        if child.dep_ == "det" and child.i < token.i:
            found.append(child)
        elif child.dep_ in _PHRASE_DEPS and child.text not in _STOP_PUNCT:
            if child.i > token.i and _crosses_stop(token, child):
                continue
            found.extend(_phrase_tokens(child))
    return found


def _crosses_stop(head: Token, child: Token) -> bool:
    doc = head.doc
    return any(doc[i].text in _STOP_PUNCT for i in range(head.i + 1, child.i))


def _title_words(head: Token) -> str:
    words = position_words()
    kept: list[Token] = [head]
    for child in sorted(head.lefts, key=lambda t: -t.i):
        if child.dep_ not in {"compound", "amod", "nmod"} or child.lower_ in words.drop:
            break
        if not (child.text[:1].isupper() or child.lower_ in words.modifiers or child.lower_ in words.heads):
            break
        kept.insert(0, child)
    doc = head.doc
    start = kept[0].i
    # "vice-director" is three tokens the parser may not attach to each other.
    while start >= 2 and doc[start - 1].text == "-" and not doc[start - 2].whitespace_:
        start -= 2
    return doc[start : head.i + 1].text


def normalise_title(title: str) -> str:
    """Title case, keeping small words lower case: "vice-director of mines" -> "Vice-Director of Mines"."""
    words = title.split()
    return " ".join(
        _cap(w) if i == 0 or w.lower() not in _SMALL_WORDS else w.lower() for i, w in enumerate(words)
    )


def _cap(word: str) -> str:
    return "-".join(part[:1].upper() + part[1:] for part in word.split("-"))
