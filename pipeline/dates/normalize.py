"""The stage entry: every temporal expression of a parsed document as DateMentions.

Absolute expressions, durations, ages and sets are valued first; then relative
expressions, times and references in text order (`placing.py`), from the
nearest earlier placed date, an apposition beside it, or the document's own date.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc

from pipeline.dates import calendar as cal
from pipeline.dates.absolute import absolute
from pipeline.dates.ages import AGE_RULES, age_of
from pipeline.dates.deictic import written_quarter
from pipeline.dates.durations import DURATION_RULES, duration_value
from pipeline.dates.find import FALLBACK_RULE, find_hits, is_absolute, needs_document
from pipeline.dates.grammar import Hit
from pipeline.dates.parse import parse_single
from pipeline.dates.placing import Found, place_all
from pipeline.dates.references import reference_bounds
from pipeline.dates.relative import Placed
from pipeline.dates.sets import set_value
from pipeline.dates.timeml import timex_type, timex_value
from pipeline.ids import make_id
from pipeline.ingest.dateline import read_dateline
from pipeline.parsed import sentences, text_of
from pipeline.records import DateKind, DateMention, Precision, PublishedDate

SET_RULES = frozenset({"set_every", "set_adverb"})
# Clock times and parts of days; a weekday or "yesterday" is one only with a part of the day.
_TIME_RULES = frozenset({"clock", "clock_words", "part_alone", "deictic_part"})
_PART_TIME_RULES = frozenset({"weekday_part", "deictic_day"})


def normalize_dates(doc: Doc, doc_id: str, published: PublishedDate | None = None) -> list[DateMention]:
    """Every temporal expression in ``doc``, sorted by start_char.

    ``published`` is the document's own date (front matter, manifest, dateline);
    without it a dateline in the text is looked for here.
    """
    text = text_of(doc)
    published = published or read_dateline(text)
    starts = [sent.start_char for sent in sentences(doc)]
    hits = find_hits(text, doc, starts)
    if published is None:  # "today": a row only when there is a date to tie it to
        hits = [hit for hit in hits if not needs_document(hit)]
    first = [_first_pass(hit, doc_id) for hit in hits]
    found = place_all(first, text, _document_anchor(first, published), doc, starts)
    return [_mention(f, text, doc_id, starts) for f in found]


def _document_anchor(found: Sequence[Found], published: PublishedDate | None) -> Placed | None:
    """The document's date as an anchor; a dateline's own row is named as the anchor."""
    if published is None:
        return None
    if published.span is not None:
        start, end = published.span
        for item in found:
            if item.hit.start < end and start < item.hit.end and item.interval is not None:
                return Placed(item.date_id, item.interval, False, False)
    return Placed(None, cal.point(published.value), False, False)


@dataclass(frozen=True, slots=True)
class Expression:
    """One expression string normalised alone (relatives stay unplaced)."""

    kind: DateKind
    value: str | None
    precision: str | None


@lru_cache(maxsize=8192)
def normalize_expression(text: str) -> Expression | None:
    """The longest expression in ``text``, valued without document context."""
    hits = find_hits(text, None, [0])
    if not hits:
        return None
    hit = max(hits, key=lambda h: h.length)
    found = place_all([_first_pass(hit, "")], text, None, None)[0]
    value = found.literal or (found.interval.value if found.interval else None)
    return Expression(found.kind, value, found.interval.precision if found.interval else None)


def _first_pass(hit: Hit, doc_id: str) -> Found:
    """Everything that needs no other date: absolute values, ages, durations, sets."""
    date_id = make_id("date", doc_id, hit.start, hit.end)
    if hit.rule == FALLBACK_RULE:
        value = parse_single(hit.groups["a"] or "")
        return Found(hit, date_id, "point", cal.point(value) if value else None)
    if is_absolute(hit.rule):
        valued = absolute(hit)
        return Found(hit, date_id, valued[0] if valued else "point", valued[1] if valued else None)
    if hit.rule in AGE_RULES:
        return Found(hit, date_id, "age", age=age_of(hit))
    if hit.rule in DURATION_RULES:
        return Found(hit, date_id, "duration", literal=duration_value(hit))
    if hit.rule in SET_RULES:
        return Found(hit, date_id, "set", literal=set_value(hit))
    if hit.rule == "reference":
        return Found(hit, date_id, "reference")
    if hit.rule in _TIME_RULES or (hit.rule in _PART_TIME_RULES and hit.groups.get("part")):
        return Found(hit, date_id, "time")
    written = written_quarter(hit)
    if written is not None:
        return Found(hit, date_id, "point", written)
    return Found(hit, date_id, "relative")


def _mention(found: Found, text: str, doc_id: str, starts: Sequence[int]) -> DateMention:
    hit = found.hit
    value, start, end, precision, ends = _placed(found)
    return DateMention(
        date_id=found.date_id,
        doc_id=doc_id,
        text=text[hit.start : hit.end],
        start_char=hit.start,
        end_char=hit.end,
        value=value,
        date_start=start,
        date_end=end,
        precision=precision,
        kind=found.kind,
        sentence_index=max(0, bisect.bisect_right(starts, hit.start) - 1),
        anchor_date_id=found.anchor_id,
        start_value=ends[0],
        end_value=ends[1],
        age=found.age,
        timex_type=timex_type(found.kind),
        timex_value=timex_value(found.kind, value, found.age),
    )


_Placement = tuple[
    str | None, dt.date | None, dt.date | None, Precision | None, tuple[str | None, str | None]
]


def _placed(found: Found) -> _Placement:
    """Value, first and last day, precision and the two ends' values of a row."""
    interval = found.interval
    if interval is None or found.kind == "set":
        return found.literal, None, None, None, (None, None)
    if found.kind == "reference" and found.literal is not None:
        first, last = reference_bounds(found.literal, interval.start, interval.end or interval.start)
        return found.literal, first, last, interval.precision, (None, None)
    if found.kind == "time":
        return found.literal, interval.start, interval.end, "day", (interval.value, interval.value)
    if found.kind == "range":
        return interval.value, interval.start, interval.end, interval.precision, (interval.lo, interval.hi)
    return interval.value, interval.start, interval.end, interval.precision, (interval.value, interval.value)
