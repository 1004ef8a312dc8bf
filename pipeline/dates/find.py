"""Which stretches of text are temporal expressions: grammar hits that pass
their guards, plus spaCy DATE entities the grammar missed that dateparser reads."""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Sequence

from spacy.tokens import Doc, Token

from pipeline.dates.absolute import ABSOLUTE_RULES, absolute, read_side
from pipeline.dates.ages import AGE_RULES, age_of
from pipeline.dates.durations import DURATION_RULES, duration_value
from pipeline.dates.grammar import Hit, scan, select
from pipeline.dates.nondates import is_compound_modifier, is_frequency, plausible_year
from pipeline.dates.parse import parse_single
from pipeline.parsed import entities, text_of

# Rules that end in a bare number that must be a year.
_YEAR_ENDED = frozenset({"year", "range", "since", "ongoing"})
FALLBACK_RULE = "parsed"


def find_hits(text: str, doc: Doc | None, sentence_starts: Sequence[int]) -> list[Hit]:
    """Non-overlapping expressions in text order."""
    valid = [hit for hit in scan(text) if _valid(hit, text, doc, sentence_starts)]
    chosen = select(valid)
    return sorted([*chosen, *_fallback(doc, chosen)], key=lambda h: h.start)


def _valid(hit: Hit, text: str, doc: Doc | None, sentence_starts: Sequence[int]) -> bool:
    if hit.rule in _YEAR_ENDED and not _years_plausible(hit, text, doc):
        return False
    if hit.rule in AGE_RULES:
        return age_of(hit) is not None
    if hit.rule in DURATION_RULES:
        return duration_value(hit) is not None and not _article_noun(hit, text, doc)
    if hit.rule == "after":
        return _starts_sentence(hit.start, text, sentence_starts)
    if hit.rule == "same" and text[hit.start : hit.start + 4].lower() == "that":
        return not is_compound_modifier(doc, hit.start, hit.end)
    if hit.rule == "event":
        return bool(hit.groups["the"]) == (hit.groups["unit"] or "").lower().startswith("day")
    if hit.rule == "spelled_year":
        return _spelled_year_plausible(hit, text, doc)
    if hit.rule in _NEWS_CHECKS:
        return _NEWS_CHECKS[hit.rule](hit, text, doc)
    if hit.rule == "month_alone" and _in_a_name(hit, doc):
        return False
    if hit.rule in ("yearless", "month_only", "month_alone"):
        fields = read_side(hit.groups["a"] or "")
        return fields is not None and fields.month is not None
    return absolute(hit) is not None if hit.rule in ABSOLUTE_RULES else True


# "his last year in office", "their next month together": a possessive makes it theirs, not the calendar's.
_POSSESSIVE_BEFORE = re.compile(r"\b(?:his|her|its|their|my|our|your|whose)\s+$", re.IGNORECASE)
_DOCUMENT_DAY_WORDS = frozenset({"today", "tonight"})


def needs_document(hit: Hit) -> bool:
    """Rows only in a document with a date: "today" and "tonight" (in a biography
    "today" means "nowadays": "today there are 5,000 inhabitants"). The references
    ("now", "recently") keep their TimeML value without one."""
    return hit.rule == "deictic_day" and (hit.groups.get("word") or "").lower() in _DOCUMENT_DAY_WORDS


# Entities a month's name can be part of: "June Carter", "the August Uprising", "April Fools".
_NAME_ENTITIES = frozenset(
    {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW"}
)


def _in_a_name(hit: Hit, doc: Doc | None) -> bool:
    """Part of a name: an entity's, or before another proper noun ("the August Uprising")."""
    token = _token_at(doc, hit.start)
    if token is None:
        return False
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return token.ent_type_ in _NAME_ENTITIES or (following is not None and following.pos_ == "PROPN")


def _not_possessed(hit: Hit, text: str, doc: Doc | None) -> bool:
    return not _POSSESSIVE_BEFORE.search(text[max(0, hit.start - 10) : hit.start])


def _adverb(hit: Hit, text: str, doc: Doc | None) -> bool:
    """ "published daily" is a set; "daily lives", "the weekly Herald" are not."""
    token = _token_at(doc, hit.start)
    return token is None or token.pos_ == "ADV"


def _reference(hit: Hit, text: str, doc: Doc | None) -> bool:
    """ "the past" and "the future" as nouns, not "the past president", "the future site";
    an adverb, but not the head of "as soon as ..."."""
    token = _token_at(doc, hit.end - 1)
    if token is None:
        return True
    if token.pos_ == "ADV" and any(child.dep_ == "advcl" for child in token.children):
        return False  # "as soon as the talks end": a comparison, not the time it names
    return token.dep_ not in ("amod", "compound", "nmod")


def _token_at(doc: Doc | None, position: int) -> Token | None:
    if doc is None:
        return None
    span = doc.char_span(position, position + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


_NEWS_CHECKS: dict[str, Callable[[Hit, str, Doc | None], bool]] = {
    "deictic_unit": _not_possessed,
    "next": _not_possessed,
    "set_adverb": _adverb,
    "reference": _reference,
}


def is_absolute(rule: str) -> bool:
    return rule in ABSOLUTE_RULES or rule == FALLBACK_RULE


def _years_plausible(hit: Hit, text: str, doc: Doc | None) -> bool:
    """The number at the end, and a bare-year start without "from", must be years."""
    right = (hit.groups.get("b") or hit.groups.get("a") or "").strip()
    # The words right before the number itself: "Brimnes Group from 2003 to 2008" is no "Group 2003".
    own_start = max(hit.start, text.rfind(right, hit.start, hit.end)) if right else hit.start
    if right.isdigit() and not plausible_year(text, own_start, hit.end, doc):
        return False
    left = (hit.groups.get("a") or "").strip()
    left_start = text.find(left, hit.start, hit.end) if left else hit.start
    return not (
        hit.rule == "range" and left.isdigit() and not plausible_year(text, left_start, left_start, None)
    )


def _spelled_year_plausible(hit: Hit, text: str, doc: Doc | None) -> bool:
    """ "two thousand" is a count unless the text calls it a year ("the year two thousand",
    "January two thousand"); "nineteen ninety-six" is a year unless it counts something."""
    framed = any(hit.groups.get(name) for name in ("lead", "mn", "season"))
    if (hit.groups.get("sy") or "").lower().startswith("two") and not framed:
        return False
    return absolute(hit) is not None and (framed or plausible_year(text, hit.start, hit.end, doc))


def _article_noun(hit: Hit, text: str, doc: Doc | None) -> bool:
    """ "once a year" is a rate; "a night call" is a noun phrase, not a length of time."""
    if is_frequency(text, hit.start):
        return True
    article = (hit.groups.get("n") or "").lower() in ("a", "an")
    if article and _after_an_amount(doc, hit.start):
        return True
    return article and is_compound_modifier(doc, hit.start, hit.end)


def _after_an_amount(doc: Doc | None, start: int) -> bool:
    """ "four flights a week", "$1.76 a year", "5% a year": an amount per unit is a rate."""
    token = _token_at(doc, start)
    if token is None or token.i == 0:
        return False
    before = token.doc[token.i - 1]
    return (
        before.tag_ in ("CD", "NNS", "NNPS") or before.text in ("%", "percent") or before.ent_type_ == "MONEY"
    )


def _starts_sentence(start: int, text: str, sentence_starts: Sequence[int]) -> bool:
    if not text[:start].strip():
        return True
    index = bisect.bisect_right(sentence_starts, start) - 1
    return index >= 0 and not text[sentence_starts[index] : start].strip(" •·-–*\t\n")


class _Touches:
    """Whether a stretch of text overlaps any of the hits, by bisection over their starts
    instead of a walk through all of them for each entity."""

    def __init__(self, hits: Sequence[Hit]) -> None:
        ordered = sorted((hit.start, hit.end) for hit in hits)
        self.starts = [start for start, _ in ordered]
        # The furthest end among the hits up to each one: a hit starting before a
        # stretch's end overlaps it when it reaches past the stretch's start.
        self.reach = list(itertools.accumulate((end for _, end in ordered), max))

    def __call__(self, start: int, end: int) -> bool:
        before_end = bisect.bisect_left(self.starts, end)
        return before_end > 0 and self.reach[before_end - 1] > start


def _fallback(doc: Doc | None, chosen: Sequence[Hit]) -> list[Hit]:
    """spaCy DATE entities that no grammar hit touches and that dateparser can read."""
    if doc is None:
        return []
    touches = _Touches(chosen)
    found = []
    for ent in entities(doc):
        if ent.label_ != "DATE" or touches(ent.start_char, ent.end_char):
            continue
        if ent.text.isdigit() and not plausible_year(text_of(doc), ent.start_char, ent.end_char, doc):
            continue
        if parse_single(ent.text):
            found.append(Hit(FALLBACK_RULE, ent.start_char, ent.end_char, {"a": ent.text}))
    return found
