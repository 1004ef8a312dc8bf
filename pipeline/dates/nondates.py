"""Guards against numbers and words that look temporal but are not.

A bare four-digit number is a year only when nothing around it says it counts
something ("1100 km", "1000 people", "Degree 95", "No. 1995 of").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from pipeline.wordlists import alternatives

# Labels that number a thing rather than date it: "No. 1995", "Decree 2004"; units and
# counted nouns after a number: "1100 km", "2000 people" (data/dates.toml, [not_years]).
_LABELS = alternatives("dates", "not_years", "labels")
_COUNTED = alternatives("dates", "not_years", "counted")
_LABEL_BEFORE = re.compile(rf"(?:\b(?:{_LABELS})\.?|#)\s*$", re.IGNORECASE)
_UNIT_AFTER = re.compile(rf"^\s*(?:%|(?:{_COUNTED})\b)", re.IGNORECASE)
# After these a number is a time: "in 2004 elections were held".
_TEMPORAL_BEFORE = re.compile(r"\b(?:in|since|until|till|by|before|after|during|around|circa|c\.)\s*$", re.I)
_NOT_YEAR_ENTS = frozenset({"QUANTITY", "MONEY", "PERCENT"})
_COUNTING_DETS = frozenset({"DT", "PRP$", "POS"})
_FREQUENCY_BEFORE = re.compile(r"\b(?:once|twice|thrice|times|per|every|each)\s*$", re.IGNORECASE)


def plausible_year(text: str, start: int, end: int, doc: Doc | None) -> bool:
    """Whether the number ending at ``end`` is a year, judged by its neighbours."""
    # Only the number's own line: "…, Helsinki, 1983–1985" above a heading "DEGREES" counts nothing.
    before = text[max(0, start - 20) : start].rpartition("\n")[2]
    after = text[end : end + 25].partition("\n")[0]
    if _LABEL_BEFORE.search(before) or _UNIT_AFTER.match(after):
        return False
    if doc is None or _TEMPORAL_BEFORE.search(before):
        return True
    return not _counts_something(doc, end)


def _counts_something(doc: Doc, end: int) -> bool:
    """spaCy's view: a quantity entity, or a number heading a plural noun with no determiner."""
    span = doc.char_span(end - 1, end, alignment_mode="expand")
    if span is None:
        return False
    token = span[-1]
    if token.ent_type_ in _NOT_YEAR_ENTS:
        return True
    if token.i + 1 >= len(doc) or doc[token.i + 1].tag_ != "NNS":
        return False
    previous = doc[token.i - 1] if token.i > 0 else None
    return previous is None or previous.tag_ not in _COUNTING_DETS


def is_frequency(text: str, start: int) -> bool:
    """ "once a year", "every two years": a rate, not a length of time."""
    return bool(_FREQUENCY_BEFORE.search(text[max(0, start - 12) : start]))


def is_compound_modifier(doc: Doc | None, start: int, end: int) -> bool:
    """ "that summer camp": the unit word modifies a noun, so "that" is a conjunction."""
    if doc is None:
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and span[-1].dep_ in ("compound", "amod")
