"""Typed records passed between stages.

Each stage takes and returns these frozen dataclasses; `tables.py` turns them
into Arrow tables. Fields that name a *mention* (``*_mention_id``) are resolved
to canonical entities only after cross-document linking, so per-document
results can be cached and reused when other documents change.
"""

from __future__ import annotations

import datetime as dt
import operator
from dataclasses import dataclass, field, fields
from typing import Any, Literal, TypeVar, cast

DocStatus = Literal["ok", "empty", "error"]
Precision = Literal["day", "month", "quarter", "season", "year", "decade", "century"]
# point: one calendar unit; range: two ends; fuzzy: early/mid/late, seasons of
# a year; relative: anchored on an earlier date or the document date; age:
# anchored on a birth date; duration: a length of time, never placed on the
# calendar; time: a clock time or part of a day; set: a recurring time;
# reference: "now", "recently", "the future", tied to the document date.
DateKind = Literal["point", "range", "fuzzy", "relative", "age", "duration", "time", "set", "reference"]
TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
EndBasis = Literal["explicit", "inferred", "duration"]
# Ends the text states: a date ("until 1999") or how long ("a post she held for five years").
STATED_ENDS = frozenset({"explicit", "duration"})
# Where a document's own date was read: see the README's Document dates.
DateSource = Literal["front_matter", "manifest", "dateline", "heading"]
DateSide = Literal["start", "end"]
_R = TypeVar("_R")


def pickled_by_fields(cls: type[_R]) -> type[_R]:
    """Pickle a slotted dataclass as (class, field values).

    Every result crosses a process boundary and goes through the cache; the
    default pickling of slotted dataclasses looks the fields up for every
    object and took twice as long.
    """
    names = tuple(f.name for f in fields(cls))  # type: ignore[arg-type]
    values = operator.attrgetter(*names)

    def reduce(self: Any) -> tuple[type[_R], tuple[Any, ...]]:
        found = values(self)
        return cls, found if len(names) > 1 else (found,)

    cls.__reduce__ = reduce  # type: ignore[method-assign]
    return cls


def with_fields(record: _R, **changes: Any) -> _R:
    """``dataclasses.replace`` for records, without its per-call look-up of the
    fields: linking sets an id on every mention of the batch."""
    # (class, field values): see pickled_by_fields
    cls, values = cast(tuple[type[_R], tuple[Any, ...]], record.__reduce__())
    new = cls(*values)
    for name, value in changes.items():
        object.__setattr__(new, name, value)  # frozen: only a fresh copy is changed
    return new


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class PublishedDate:
    """The date a document carries for itself (when it was written or published),
    as opposed to the dates it reports."""

    value: str  # EDTF at the precision given: 2013-03-22, 2013-03 or 2013
    precision: Precision  # day, month or year
    source: DateSource
    # The dateline's characters in the text; None for front matter and manifest.
    span: tuple[int, int] | None = None

    @property
    def first_day(self) -> dt.date:
        return dt.date.fromisoformat((self.value + "-01-01")[:10])


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class DocumentMeta:
    """What a document's front matter, the manifest or its dateline say about it."""

    published: PublishedDate | None = None
    title: str | None = None
    url: str | None = None
    author: str | None = None
    language: str | None = None
    warnings: tuple[str, ...] = ()  # each names the file, the key and the reason


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class SourceDocument:
    """One file from raw/, read but not yet analysed."""

    doc_id: str
    source_path: str  # relative to raw/, POSIX separators
    content_sha256: str
    # Empty when status != "ok". Front matter is blanked (same length, newlines
    # kept) so offsets stay those of the whole file and no stage reads it as text.
    text: str
    status: DocStatus
    error: str | None = None
    meta: DocumentMeta = DocumentMeta()


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Document:
    """The documents-table row for one source file."""

    doc_id: str
    source_path: str
    content_sha256: str
    title: str | None
    language: str | None
    n_chars: int
    n_tokens: int
    status: DocStatus
    error: str | None
    url: str | None = None
    author: str | None = None
    published_date: dt.date | None = None  # first day of the document's own date
    published_precision: Precision | None = None
    date_source: DateSource | None = None
    warning: str | None = None  # problems that did not stop the analysis, "; "-separated


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Mention:
    """A cleaned named-entity span (or a role reference such as "the mayor")."""

    mention_id: str
    doc_id: str
    text: str  # the name as written, without possessive, article or title
    label: str  # spaCy-style label: PERSON, GPE, LOC, ORG, NORP, FAC, ...
    start_char: int
    end_char: int
    sentence_index: int
    role: str | None = None  # title or role kept apart from the name ("President")
    # Within-document cluster key (the mention_id of the cluster's representative).
    cluster: str | None = None
    entity_id: str | None = None  # set by cross-document linking


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Entity:
    entity_id: str
    canonical_name: str
    entity_type: str
    aliases: tuple[str, ...]
    mention_count: int
    document_count: int
    kb_id: str | None = None


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class DateMention:
    """A temporal expression with its normalised interval.

    ``value`` is an ISO-prefix / EDTF-style string (``1995-03``, ``1956/1964``,
    ``198X``, ``2003-23`` for autumn 2003, ``P7Y`` for a duration).
    ``date_start``/``date_end`` are the inclusive bounds, None when the
    expression cannot be placed on the calendar (durations, unanchored
    relative expressions).
    """

    date_id: str
    doc_id: str
    text: str
    start_char: int
    end_char: int
    value: str | None
    date_start: dt.date | None
    date_end: dt.date | None
    precision: Precision | None
    kind: DateKind
    sentence_index: int
    anchor_date_id: str | None = None
    # For ranges, the EDTF value of each end ("1956", "1964"); for any other
    # placed date both equal ``value``. Careers split a range into start/end.
    start_value: str | None = None
    end_value: str | None = None
    age: int | None = None  # "at the age of 29" -> 29, waiting for a birth date
    # The TimeML view: TIMEX3 type and value (null where TimeML has no value, as for ranges).
    timex_type: TimexType = "DATE"
    timex_value: str | None = None


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Event:
    event_id: str
    doc_id: str
    event_type: str
    person_mention_id: str | None
    place_mention_id: str | None
    place_name: str | None
    organization_name: str | None
    date_id: str | None
    sentence: str
    start_char: int  # evidence span in the source text (contains the date text)
    end_char: int
    confidence: float
    rule: str
    # Which part of a range date the event took place at: "start" for the onset of a
    # state ("married since 1987"), and for a birth in lifespan brackets; "end" for a
    # death in them. None: the whole date.
    date_side: DateSide | None = None
    partner_mention_id: str | None = None  # the other spouse of a marriage or divorce
    duration_value: str | None = None  # ISO 8601 length, e.g. a prison sentence "P9Y"


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Career:
    career_id: str
    doc_id: str
    person_mention_id: str | None
    position: str
    organization_name: str | None
    place_name: str | None
    start_date_id: str | None
    end_date_id: str | None
    end_basis: EndBasis | None
    sentence: str
    start_char: int
    end_char: int
    confidence: float
    rule: str


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class DocumentResult:
    """Everything extracted from one document before cross-document linking."""

    document: Document
    mentions: tuple[Mention, ...] = ()
    dates: tuple[DateMention, ...] = ()
    events: tuple[Event, ...] = ()
    careers: tuple[Career, ...] = ()
    sentences: tuple[tuple[int, int], ...] = field(default=())  # char spans
