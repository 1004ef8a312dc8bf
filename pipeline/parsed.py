"""Views of a parsed Doc that spaCy recomputes on every access, computed once.

``Doc.text`` joins every token, ``Doc.sents`` walks every token and
``doc[i]`` builds a new Token object each time they are read; the stages
read them inside loops, which made the analysis ten times slower than the
parse on long documents. Each is kept in the Doc's own
``user_data``, so it lives and dies with the document (no global state).
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # spaCy is imported by the stages that parse, not by linking on its own
    from spacy.tokens import Doc, Span, Token


_TEXT = "pipeline.text"
_SENTENCES = "pipeline.sentences"
_TOKENS = "pipeline.tokens"
_SENTENCE_STARTS = "pipeline.sentence_starts"
_ENTITIES = "pipeline.entities"


def text_of(doc: Doc) -> str:
    text = doc.user_data.get(_TEXT)
    if text is None:
        text = doc.user_data[_TEXT] = doc.text
    return str(text)


def remember_text(doc: Doc, text: str) -> None:
    """The text ``doc`` was parsed from, so ``text_of`` need not join its tokens again
    (spaCy keeps every character; the last token ending at the text's end checks it)."""
    last = doc[-1] if len(doc) else None
    if last is None or last.idx + len(last.text_with_ws) == len(text):
        doc.user_data[_TEXT] = text


def sentences(doc: Doc) -> list[Span]:
    return list(_sentences(doc))


def sentence_of(token: Token) -> Span:
    """``token.sent``, which walks the tokens on both sides to find the sentence's
    bounds each time it is read: here a look-up in the sentences made once."""
    starts = token.doc.user_data.get(_SENTENCE_STARTS)
    if starts is None:
        starts = token.doc.user_data[_SENTENCE_STARTS] = [sent.start for sent in _sentences(token.doc)]
    return _sentences(token.doc)[bisect.bisect_right(starts, token.i) - 1]


def sentence_text(sent: Span) -> str:
    """``sent.text``, cut from the document's text instead of joined from its tokens."""
    return text_of(sent.doc)[sent.start_char : sent.end_char]


def entities(doc: Doc) -> tuple[Span, ...]:
    """``doc.ents``, which makes a new Span for every entity each time it is read (the
    stages read the model's entities and never set them)."""
    found = doc.user_data.get(_ENTITIES)
    if found is None:
        found = doc.user_data[_ENTITIES] = tuple(doc.ents)
    return found


def _sentences(doc: Doc) -> list[Span]:
    found = doc.user_data.get(_SENTENCES)
    if found is None:
        found = doc.user_data[_SENTENCES] = list(doc.sents)
    return found


def tokens_of(span: Span) -> list[Token]:
    """The tokens of ``span`` (or a whole Doc's sentence), from one list made per Doc."""
    return _tokens(span.doc)[span.start : span.end]


def all_tokens(doc: Doc) -> list[Token]:
    """Every token of ``doc``, made once (iterating a Doc builds each Token anew)."""
    return list(_tokens(doc))


def _tokens(doc: Doc) -> list[Token]:
    found = doc.user_data.get(_TOKENS)
    if found is None:
        found = doc.user_data[_TOKENS] = list(doc)
    return found
