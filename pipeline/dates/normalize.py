"""The stage entry: every temporal expression of a parsed document as DateMentions.

Absolute expressions are valued first, then relative ones in text order, each
from the nearest earlier placed date (or an apposition beside it).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc

from pipeline.dates import calendar as cal
from pipeline.dates.absolute import absolute
from pipeline.dates.ages import AGE_RULES, age_of
from pipeline.dates.calendar import Interval
from pipeline.dates.durations import DURATION_RULES, duration_value
from pipeline.dates.find import FALLBACK_RULE, find_hits, is_absolute
from pipeline.dates.grammar import Hit
from pipeline.dates.parse import parse_single
from pipeline.dates.relative import APPOSABLE, Context, Placed, grain_for_unit, resolve
from pipeline.ids import make_id
from pipeline.ingest.dateline import read_dateline
from pipeline.parsed import sentences, text_of
from pipeline.records import DateKind, DateMention, PublishedDate

# "Three months later, in February 1992" / "11 March, the day after the arrest".
_APPOSITION_AFTER = re.compile(r"\s*(?:,\s*(?:(?:in|on|at)\s+)?|\(\s*)", re.IGNORECASE)
_APPOSITION_BEFORE = re.compile(r"\s*,\s*")
_FUTURE = re.compile(r"\b(?:will|shall|is\s+to|are\s+to|is\s+set|scheduled)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Found:
    """One expression while the document is being valued."""

    hit: Hit
    date_id: str
    kind: DateKind
    interval: Interval | None = None
    anchor_id: str | None = None
    age: int | None = None
    duration: str | None = None


def normalize_dates(doc: Doc, doc_id: str, published: PublishedDate | None = None) -> list[DateMention]:
    """Every temporal expression in ``doc``, sorted by start_char.

    ``published`` is the document's own date (front matter, manifest, dateline);
    without it a dateline in the text is looked for here.
    """
    text = text_of(doc)
    starts = [sent.start_char for sent in sentences(doc)]
    hits = find_hits(text, doc, starts)
    first = [_first_pass(hit, doc_id) for hit in hits]
    found = _resolve_relatives(first, text, _document_anchor(first, published or read_dateline(text)))
    return [_mention(f, text, doc_id, starts) for f in found]


def _document_anchor(found: Sequence[Found], published: PublishedDate | None) -> Placed | None:
    """The document's date as an anchor; a dateline's own row is named as the anchor."""
    if published is None:
        return None
    interval = cal.point(published.value)
    if published.span is not None:
        start, end = published.span
        for item in found:
            if item.hit.start < end and start < item.hit.end and item.interval is not None:
                return Placed(item.date_id, item.interval, False, False)
    return Placed(None, interval, False, False)


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
    found = _resolve_relatives([_first_pass(hit, "")], text, None)[0]
    value = found.interval.value if found.interval else found.duration
    return Expression(found.kind, value, found.interval.precision if found.interval else None)


def _first_pass(hit: Hit, doc_id: str) -> Found:
    """Everything that needs no other date: absolute values, ages, durations."""
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
        return Found(hit, date_id, "duration", duration=duration_value(hit))
    return Found(hit, date_id, "relative")


def _resolve_relatives(found: list[Found], text: str, dateline: Placed | None) -> list[Found]:
    done: list[Found] = []
    for index, item in enumerate(found):
        if item.kind == "relative":
            following = found[index + 1] if index + 1 < len(found) else None
            item = _place(item, done, following, dateline, text)
        done.append(item)
    return done


def _place(
    item: Found, done: Sequence[Found], following: Found | None, dateline: Placed | None, text: str
) -> Found:
    appositive = _apposition(item, done[-1] if done else None, following, text)
    if appositive is not None:
        return Found(item.hit, item.date_id, "relative", appositive.interval, appositive.date_id)
    context = Context(
        previous=[
            _as_anchor(f) for f in done if f.interval is not None and f.kind not in ("age", "duration")
        ],
        dateline=dateline,
        future=bool(_FUTURE.search(_sentence_around(text, item.hit.start))),
    )
    interval, anchor_id = resolve(item.hit, context)
    return Found(item.hit, item.date_id, "relative", interval, anchor_id)


def _as_anchor(found: Found) -> Placed:
    assert found.interval is not None
    return Placed(found.date_id, found.interval, found.kind == "range", found.kind == "relative")


def _apposition(item: Found, before: Found | None, after: Found | None, text: str) -> Found | None:
    """A placed date right beside the expression, at the grain the expression speaks of."""
    if item.hit.rule not in APPOSABLE:
        return None
    grain = grain_for_unit(item.hit.groups.get("unit") or "day")
    for other, gap, pattern in (
        (after, text[item.hit.end : after.hit.start] if after else "", _APPOSITION_AFTER),
        (before, text[before.hit.end : item.hit.start] if before else "", _APPOSITION_BEFORE),
    ):
        if other is None or other.interval is None or other.kind in ("age", "duration", "range"):
            continue
        precision = other.interval.precision
        # A season is coarser than the month an offset speaks of: it cannot stand in for it.
        if pattern.fullmatch(gap) and precision != "season" and cal.grain_of(precision) == grain:
            return other
    return None


def _sentence_around(text: str, position: int) -> str:
    start = max(text.rfind(".", 0, position), text.rfind("\n", 0, position)) + 1
    end_candidates = [i for i in (text.find(".", position), text.find("\n", position)) if i >= 0]
    return text[start : min(end_candidates) if end_candidates else len(text)]


def _mention(found: Found, text: str, doc_id: str, starts: Sequence[int]) -> DateMention:
    hit, interval = found.hit, found.interval
    if interval is None:
        value, lo, hi = found.duration, None, None
    elif found.kind == "range":
        value, lo, hi = interval.value, interval.lo, interval.hi
    else:
        value, lo, hi = interval.value, interval.value, interval.value
    return DateMention(
        date_id=found.date_id,
        doc_id=doc_id,
        text=text[hit.start : hit.end],
        start_char=hit.start,
        end_char=hit.end,
        value=value,
        date_start=interval.start if interval else None,
        date_end=interval.end if interval else None,
        precision=interval.precision if interval else None,
        kind=found.kind,
        sentence_index=max(0, bisect.bisect_right(starts, hit.start) - 1),
        anchor_date_id=found.anchor_id,
        start_value=lo,
        end_value=hi,
        age=found.age,
    )
