"""Loading the spaCy pipeline by a configurable name.

The one piece of process-wide state: a loaded model, cached by name.
"""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Token

from pipeline.dates.lexicon import MONTHS
from pipeline.model_id import DEFAULT_MODEL, candidates, not_found
from pipeline.wordlists import words

LINE_BREAKS = "line_breaks"
# Bullets after which a line is one sentence (data/sections.toml).
_BULLETS = words("sections", "line_bullets")
_HONORIFICS = words("names", "honorifics")
# A line opening with a date is one list entry up to this length; longer, it is prose.
_LIST_LINE_CHARS = 160


@lru_cache(maxsize=4)
def load_model(name: str = DEFAULT_MODEL) -> Language:
    """Load ``name`` (falling back to the official package for the default name)
    and make line breaks sentence boundaries."""
    nlp = _load(name)
    if LINE_BREAKS not in nlp.pipe_names and "parser" in nlp.pipe_names:
        nlp.add_pipe(LINE_BREAKS, before="parser")
    return nlp


def _load(name: str) -> Language:
    for candidate in candidates(name):
        try:
            return spacy.load(candidate)
        except OSError:
            continue
    raise not_found(name)


@Language.component(LINE_BREAKS)
def line_breaks(doc: Doc) -> Doc:
    """A token after a line break starts a sentence.

    Headings, list items ("1997-2004 Mayor of X.") and bullets are facts of
    their own; the statistical parser would otherwise glue them to the next
    line. The parser still splits within a line, except on a bullet's line and
    on a short line opening with a date ("1984–1987: Economist, Bank of X",
    "Jan 2006 – Jan 2007: Director, ..."), which would lose its date at the colon.
    """
    in_entry, text = False, doc.text  # doc.text is built anew on every access
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if "\n" in previous.text and previous.is_space and not token.is_space:
            token.is_sent_start = True
            in_entry = token.text in _BULLETS or _opens_dated_entry(doc, text, token)
        elif "\n" in token.text:
            in_entry = False
        elif in_entry or _after_honorific(doc, token):
            # A bullet item ("• From 1975 to 1977: Secretary of ...") is one fact; "Dr. Ir. X"
            # and "– Hon. X" do not end a sentence at the honorific's full stop.
            token.is_sent_start = False
    return doc


def _after_honorific(doc: Doc, token: Token) -> bool:
    """ "Hon. X", "Ir. X": the tokenizer may keep the full stop or split it off."""
    if not token.text[:1].isupper() or not doc[token.i - 1].text.endswith("."):
        return False
    word = doc[token.i - 1]
    if word.text == "." and token.i > 1 and not doc[token.i - 2].whitespace_:
        word = doc[token.i - 2]
    return word.lower_.rstrip(".") in _HONORIFICS


def _opens_dated_entry(doc: Doc, text: str, token: Token) -> bool:
    """A short line opening with a year, a numeric date or a month and a number."""
    end = text.find("\n", token.idx)
    if (end if end >= 0 else len(text)) - token.idx > _LIST_LINE_CHARS:
        return False
    if token.text[:1].isdigit():
        return True
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return token.lower_.rstrip(".") in MONTHS and following is not None and following.text[:1].isdigit()
