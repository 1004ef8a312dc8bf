"""Views of a parsed Doc that spaCy recomputes on every access, computed once.

``Doc.text`` joins every token and ``Doc.sents`` walks every token each time
they are read; the stages read them inside loops, which made the analysis ten
times slower than the parse on long documents. Each is kept in the Doc's own
``user_data``, so it lives and dies with the document (no global state).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

_TEXT = "pipeline.text"
_SENTENCES = "pipeline.sentences"


def text_of(doc: Doc) -> str:
    text = doc.user_data.get(_TEXT)
    if text is None:
        text = doc.user_data[_TEXT] = doc.text
    return str(text)


def sentences(doc: Doc) -> list[Span]:
    found = doc.user_data.get(_SENTENCES)
    if found is None:
        found = doc.user_data[_SENTENCES] = list(doc.sents)
    return list(found)
