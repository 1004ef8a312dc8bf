"""The second pass: relative expressions, times and references placed in text order.

Each expression of the narrative ("the next day", "two years later") is placed
from the nearest earlier placed date, or an apposition beside it; each
expression of the document date ("yesterday", "last week", "on Tuesday",
"now") from the document's own date. Which anchor wins when both exist: the
document date for what speaks of the time of writing ("yesterday", "next year"
without "the", "two years ago", weekdays and dates without a year), the text
for what refers back to it ("the next day", "the following year", "a year
earlier", "that summer").
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc

from pipeline.dates import calendar as cal
from pipeline.dates import clock, comparisons, deictic
from pipeline.dates.calendar import Interval
from pipeline.dates.grammar import Hit
from pipeline.dates.references import reference_value
from pipeline.dates.relative import APPOSABLE, Context, Placed, Resolved, grain_for_unit, resolve
from pipeline.dates.tense import said_of_a_past_event, tense_at
from pipeline.records import DateKind

# "Three months later, in February 1992" / "11 March, the day after the arrest".
_APPOSITION_AFTER = re.compile(r"\s*(?:,\s*(?:(?:in|on|at)\s+)?|\(\s*)", re.IGNORECASE)
_APPOSITION_BEFORE = re.compile(r"\s*,\s*")
_NOT_ANCHORS = frozenset({"age", "duration", "set", "reference"})


@dataclass(frozen=True, slots=True)
class Found:
    """One expression while the document is being valued."""

    hit: Hit
    date_id: str
    kind: DateKind
    interval: Interval | None = None
    anchor_id: str | None = None
    age: int | None = None
    literal: str | None = None  # a value that is not the interval's: durations, sets, times, references


def place_all(
    found: list[Found],
    text: str,
    document: Placed | None,
    doc: Doc | None,
    sentence_starts: Sequence[int] = (0,),
) -> list[Found]:
    source = _Text(text, doc, sentence_starts)
    done: list[Found] = []
    # The anchors among ``done``, kept as they are placed rather than made again for
    # each expression (a long document has hundreds of dates).
    anchors: list[Placed] = []
    for index, item in enumerate(found):
        if item.kind in ("relative", "time", "reference"):
            following = found[index + 1] if index + 1 < len(found) else None
            item = _place(item, done, tuple(anchors), following, document, source)
        done.append(item)
        if item.interval is not None and item.kind not in _NOT_ANCHORS:
            anchors.append(_as_anchor(item, source.sentence_of(item.hit.start)))
    return done


@dataclass(frozen=True, slots=True)
class _Text:
    """The document being valued: its characters, parse and sentence starts."""

    text: str
    doc: Doc | None
    sentence_starts: Sequence[int]

    def sentence_of(self, position: int) -> int:
        return max(0, bisect.bisect_right(self.sentence_starts, position) - 1)


def _place(
    item: Found,
    done: Sequence[Found],
    anchors: Sequence[Placed],
    following: Found | None,
    document: Placed | None,
    source: _Text,
) -> Found:
    if item.kind == "reference":
        return _reference(item, document)
    text, doc = source.text, source.doc
    appositive = _apposition(item, done[-1] if done else None, following, text)
    if appositive is not None:
        return replace(item, interval=appositive.interval, anchor_id=appositive.date_id)
    context = Context(
        previous=anchors,
        document=document,
        tense=tense_at(doc, text, item.hit.start, _sentence_around(text, item.hit.start)),
        settled=said_of_a_past_event(doc, item.hit.start, item.hit.end),
        sentence=source.sentence_of(item.hit.start),
    )
    if item.kind == "time":
        value, day, anchor_id = clock.time_value(item.hit, context)
        return replace(
            item, interval=cal.point(day.isoformat()) if day else None, anchor_id=anchor_id, literal=value
        )
    interval, anchor_id = _resolve(item.hit, context)
    return replace(item, interval=interval, anchor_id=anchor_id)


def _resolve(hit: Hit, context: Context) -> Resolved:
    compared = comparisons.compared_quarter(hit, context)
    if compared is not None:
        return compared
    news = deictic.RESOLVERS.get(hit.rule)
    if news is not None:
        return news(hit, context)
    if hit.rule == "weekday_part":
        hit = Hit("weekday", hit.start, hit.end, hit.groups)
    return resolve(hit, context)


def _reference(item: Found, document: Placed | None) -> Found:
    """TimeML's token, tied to the document date when there is one (no interval without)."""
    if document is None:
        return replace(item, literal=reference_value(item.hit))
    return replace(
        item, interval=document.interval, anchor_id=document.date_id, literal=reference_value(item.hit)
    )


def _as_anchor(found: Found, sentence: int) -> Placed:
    assert found.interval is not None
    # Counted back from another date: "a year earlier", "the year-ago quarter".
    which = (found.hit.groups.get("which") or found.hit.groups.get("which2") or "").lower()
    is_offset = (
        found.hit.rule in ("later", "year_ago", "year_period")
        or which.endswith(("year-earlier", "year-ago"))
        or bool(found.hit.groups.get("ago"))
    )
    return Placed(
        found.date_id, found.interval, found.kind == "range", found.kind == "relative", is_offset, sentence
    )


def _apposition(item: Found, before: Found | None, after: Found | None, text: str) -> Found | None:
    """A placed date right beside the expression, at the grain the expression speaks of."""
    if item.hit.rule not in APPOSABLE:
        return None
    grain = grain_for_unit(item.hit.groups.get("unit") or "day")
    for other, gap, pattern in (
        (after, text[item.hit.end : after.hit.start] if after else "", _APPOSITION_AFTER),
        (before, text[before.hit.end : item.hit.start] if before else "", _APPOSITION_BEFORE),
    ):
        if (
            other is None
            or other.interval is None
            or other.kind in ("age", "duration", "range", "set", "reference")
        ):
            continue
        precision = other.interval.precision
        # A season is coarser than the month an offset speaks of: it cannot stand in for it.
        if (
            pattern.fullmatch(gap)
            and precision not in ("season", "quarter")
            and cal.grain_of(precision) == grain
        ):
            return other
    return None


def _sentence_around(text: str, position: int) -> str:
    start = max(text.rfind(".", 0, position), text.rfind("\n", 0, position)) + 1
    end_candidates = [i for i in (text.find(".", position), text.find("\n", position)) if i >= 0]
    return text[start : min(end_candidates) if end_candidates else len(text)]
