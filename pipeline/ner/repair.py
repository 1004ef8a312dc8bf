"""People the statistical model missed or mislabelled, found from evidence in the text.

Whatever spaCy says, a name is a person's when it is followed by lifespan brackets
("Ernst Schwandner (born 2 June 1938 in Berlin)", "Ross Alger (August 20, 1920 –
January 16, 1992)"). The whole chain of name words before the bracket is the name,
so a name the model cut short ("Valenzuela Llanos" of "Alberto Valenzuela Llanos")
is restored.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from pipeline.wordlists import words

# What a lifespan bracket holds: "born ...", "b. 1950", "née X", or two years joined by a dash.
_BORN = re.compile(r"^\s*(?:born|b\.|n[ée]e|died|d\.)\s", re.IGNORECASE)
_YEAR = re.compile(r"(?<!\d)\d{3,4}(?!\d)")
_LIFESPAN = re.compile(r"(?<!\d)\d{3,4}(?!\d)[^()]*?(?:[-–—]|\bto\b)[^()]*?(?<!\d)\d{3,4}(?!\d)")
_QUOTES = frozenset({'"', "“", "”", "'", "‘", "’", "«", "»"})
_MAX_NAME_TOKENS = 9


def bracket_content(doc: Doc, opening: Token) -> Span | None:
    """The tokens inside the bracket opened at ``opening``, on the same line."""
    for token in doc[opening.i + 1 : opening.i + 60]:
        if token.text == ")":
            return doc[opening.i + 1 : token.i]
        if "\n" in token.text or token.text == "(":
            return None
    return None


def is_lifespan(content: Span) -> bool:
    """Whether a bracket's content states a birth or death: "born ...", "1878–1954"."""
    text = content.text
    if _BORN.match(text + " "):
        return bool(_YEAR.search(text))
    return bool(_LIFESPAN.search(text))


def lifespan_names(doc: Doc) -> list[Span]:
    """The name before each lifespan bracket of ``doc``."""
    names = []
    for token in doc:
        if token.text != "(" or token.i == 0:
            continue
        content = bracket_content(doc, token)
        if content is None or not is_lifespan(content):
            continue
        name = name_before(doc, token.i)
        if name is not None:
            names.append(name)
    return names


def name_before(doc: Doc, end: int) -> Span | None:
    """The chain of name words (capitalised words, particles, a quoted nickname, initials)
    that ends right before token ``end``; it must start and end with a capitalised word."""
    start = end
    while start > 0 and end - start < _MAX_NAME_TOKENS and _in_name(doc[start - 1]):
        if "\n" in doc[start - 1].text_with_ws and start < end:
            break
        start -= 1
    while start < end and not _capitalised(doc[start]):
        start += 1  # an opening quote or particle does not start a name
    if start >= end or not _capitalised(doc[end - 1]):
        return None
    span = doc[start:end]
    if sum(_capitalised(t) for t in span) < 2 and doc[start].ent_type_ != "PERSON":
        return None  # one word is a person's name only if the model said so
    return span


def _in_name(token: Token) -> bool:
    return (
        _capitalised(token)
        or token.lower_ in words("names", "particles")
        or token.text in _QUOTES
        or _hyphen_inside_name(token)
    )


def _hyphen_inside_name(token: Token) -> bool:
    """ "Ernst-Ludwig": the tokenizer splits a double name at its hyphen."""
    doc = token.doc
    return (
        token.text == "-"
        and 0 < token.i < len(doc) - 1
        and not token.whitespace_
        and not doc[token.i - 1].whitespace_
        and _capitalised(doc[token.i - 1])
        and _capitalised(doc[token.i + 1])
    )


def _capitalised(token: Token) -> bool:
    text = token.text.rstrip(".")
    return bool(text) and text[0].isupper() and (text.isalpha() or "-" in text or "'" in text)
