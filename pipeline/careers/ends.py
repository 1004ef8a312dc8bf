"""Careers: each post gets its end.

Ends are explicit when the text gives them ("until 1985", "kept this position
until March 1995", a dated resignation or dismissal) and inferred from the
start of the person's next post otherwise (the next one told, not a flashback;
when that next post is undated, the end stays open). The posts come from
``extract``, already merged (``posts``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Span

from pipeline.careers.posts import ToldPost
from pipeline.discourse.people import People
from pipeline.events.triggers import load_lexicon
from pipeline.evidence import DateIndex
from pipeline.parsed import sentences, text_of
from pipeline.records import DateMention, Event, Mention
from pipeline.wordlists import data_file, words

# Seats in a council or parliament, held alongside a job; verbs of keeping a post (data/positions.toml).
_SEAT_TITLES = words("positions", "seat_posts")
_HOLD_VERBS = words("positions", "keep_verbs")
_HEAD_VERBS = words("positions", "head_verbs")
_WHOLE_DURATION = re.compile(r"P\d+[YM]")


def until_date(sent: Span, index: int, dated: DateIndex) -> DateMention | None:
    """A date introduced by "until" or "up to" in the sentence (data/narrative.toml)."""
    text = text_of(sent.doc)
    for date in dated.in_sentence(index):
        before = " " + " ".join(
            text[max(sent.start_char, date.start_char - 12) : date.start_char].lower().split()
        )
        if date.kind != "range" and any(before.endswith(f" {word}") for word in _until()):
            return date
    return None


def _until() -> list[str]:
    return [str(word) for word in data_file("narrative")["until"]]


def close_by_holding(posts: list[ToldPost], doc: Doc, people: People, dated: DateIndex) -> list[ToldPost]:
    """ "He kept this position until March 1995" ends the person's latest open post."""
    for index, sent in enumerate(sentences(doc)):
        until = until_date(sent, index, dated)
        verb = sent.root
        if until is None or verb.lemma_.lower() not in _HOLD_VERBS:
            continue
        person = people.resolve_or_last(next((c for c in verb.children if c.dep_ == "nsubj"), None))
        posts = _close_latest(posts, person, index, until, "explicit")
    return posts


def close_by_duration(
    posts: list[ToldPost], doc: Doc, people: People, dates: Sequence[DateMention]
) -> list[ToldPost]:
    """ "a post he held for four years", "which he chaired for six years": a dated post
    with no end ends that long after its start (``end_basis`` "duration")."""
    result = []
    for post in posts:
        if post.end is None and post.start is not None and post.start.kind in ("point", "fuzzy"):
            held = _held_for(post, doc, people, dates)
            if held is not None:
                post = replace(post, end=held, end_basis="duration")
        result.append(post)
    return result


def _held_for(post: ToldPost, doc: Doc, people: People, dates: Sequence[DateMention]) -> DateMention | None:
    """A whole number of years or months the post's holder held it, told after the post."""
    for date in dates:
        whole = date.kind == "duration" and _WHOLE_DURATION.fullmatch(date.value or "")
        if date.sentence_index != post.sentence_index or not whole:
            continue
        span = doc.char_span(date.start_char, date.end_char, alignment_mode="expand")
        prep = span.root.head if span is not None else None
        if prep is None or prep.lower_ != "for" or prep.i <= post.at:
            continue
        verb = prep.head
        if verb.lemma_.lower() not in _HOLD_VERBS | _HEAD_VERBS:
            continue
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        holder = people.resolve(subject)
        if holder is not None and holder.mention_id == post.person.mention_id:
            return date
    return None


def close_by_events(
    posts: list[ToldPost], events: Sequence[Event], dates: dict[str, DateMention], people: People
) -> list[ToldPost]:
    """A dated resignation, retirement or dismissal ends the post its sentence names
    ("resigned as Labour Party leader"), else the person's latest open post."""
    closing = load_lexicon().ends_post
    for event in events:
        date = dates.get(event.date_id or "")
        if event.event_type not in closing or date is None:
            continue
        person = next((p for p in people.persons if p.mention_id == event.person_mention_id), None)
        index = max((p.sentence_index for p in posts), default=0) + 1
        named = _named_post(posts, person, event.sentence)
        if named is not None:
            posts = [replace(p, end=date, end_basis="explicit") if p is named else p for p in posts]
            continue
        posts = _close_latest(posts, person, index, date, "explicit", before_char=event.start_char)
    return posts


def _named_post(posts: list[ToldPost], person: Mention | None, sentence: str) -> ToldPost | None:
    """The person's open post whose title the closing sentence names ("retired as Chief Justice")."""
    if person is None:
        return None
    said = sentence.lower()
    named = [
        p
        for p in posts
        if p.person.mention_id == person.mention_id and p.end is None and f"as {p.title.lower()}" in said
    ]
    return named[-1] if named else None


def _close_latest(
    posts: list[ToldPost],
    person: Mention | None,
    sentence_index: int,
    date: DateMention,
    basis: str,
    before_char: int | None = None,
) -> list[ToldPost]:
    """End the person's latest post told before ``date`` — unless it already ended otherwise."""
    if person is None:
        return posts
    limit = before_char if before_char is not None else 1 << 62
    earlier = [
        p
        for p in posts
        if p.person.mention_id == person.mention_id
        and p.sentence_index < sentence_index
        and p.span[0] < limit
        and (p.narrative or p.end is not None)
    ]
    if not earlier:
        return posts
    latest = max(earlier, key=lambda p: (p.sentence_index, p.span[0]))
    if latest.end is not None and not _refines(latest.end, date):
        return posts
    closed = replace(latest, end=date, end_basis=basis)
    return [closed if p is latest else p for p in posts]


def _refines(end: DateMention, date: DateMention) -> bool:
    """Whether ``date`` is a more precise day within the year an end gives ("1999-2005" and 14 Nov 2005)."""
    if end.date_end is None or date.date_start is None:
        return False
    end_value = (end.end_value if end.kind == "range" else end.value) or ""
    return date.date_start.year == end.date_end.year and len(date.value or "") > len(end_value)


def infer_ends(posts: list[ToldPost]) -> list[ToldPost]:
    """A narrative post with no end ends when the person's next post (in the text) starts.

    When that next post is undated the text does not say when the change came,
    so the end stays open. An explicit end given as a year ("until 1985") takes
    the month of a next post starting that year ("In May 1985 ...").
    """
    result = list(posts)
    for i, post in enumerate(result):
        if not post.narrative or _is_seat(post):
            continue
        nxt = _next_post(post, result)
        if nxt is None or nxt.start is None or nxt.start.date_start is None:
            continue
        if post.end is not None:
            if (
                post.end_basis == "explicit"
                and post.end.precision == "year"
                and _refines(post.end, nxt.start)
            ):
                result[i] = replace(post, end=nxt.start)
            continue
        if post.start is None or (
            post.start.date_start is not None and nxt.start.date_start > post.start.date_start
        ):
            result[i] = replace(post, end=nxt.start, end_basis="inferred")
    return result


def _is_seat(post: ToldPost) -> bool:
    """A seat in a council or parliament is held alongside a job: it neither ends one nor is ended by one."""
    return post.title.lower() in _SEAT_TITLES


def _next_post(post: ToldPost, posts: list[ToldPost]) -> ToldPost | None:
    """The person's next post in the text, passing over posts told in flashback (starting earlier)."""
    later = sorted(
        (
            p
            for p in posts
            if p.narrative
            and p.person.mention_id == post.person.mention_id
            and (p.sentence_index, p.at) > (post.sentence_index, post.at)
            and not _same_job(p, post)
            and not p.titled
            and not _is_seat(p)
        ),
        key=lambda p: (p.sentence_index, p.at),
    )
    return next((p for p in later if not _starts_before(p, post)), None)


def _same_job(a: ToldPost, b: ToldPost) -> bool:
    """Same title at the same place of work (a surgeon in the army, then at a hospital, are two jobs)."""
    return a.title.lower() == b.title.lower() and a.organization == b.organization


def _starts_before(later: ToldPost, post: ToldPost) -> bool:
    if later.start is None or post.start is None or later.start.date_start is None:
        return False
    return post.start.date_start is not None and later.start.date_start < post.start.date_start
