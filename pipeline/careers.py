"""Careers stage: one row per post held, with start, end and the basis of the end.

Posts come from narrative sentences ("In March 1995 she was appointed
Minister of Finance", "he started at the plant as a technician") and from
list items and headings ("2001-2006 Governor of X.", "From 1985 to 1990:
Chief Engineer of the Y Plant."). Ends are explicit when the text gives them
(a range, "until 1985", "kept this position until ...", a dated resignation)
and inferred from the start of the person's next post otherwise.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from pipeline.events import PLACE_LABELS, person_token
from pipeline.evidence import DateIndex, evidence_span, mentions_by_token
from pipeline.ids import make_id
from pipeline.people import People
from pipeline.positions import is_honour, is_position_head, read_post
from pipeline.records import Career, DateMention, Event, Mention
from pipeline.triggers import Trigger, governing_verb

# Verbs that start a post, and whose argument holds it (patient: "appointed her
# X"; agent: "he became X", "she started as X").
_START_VERBS: dict[str, str] = {
    **dict.fromkeys(
        [
            "appoint",
            "name",
            "nominate",
            "promote",
            "elect",
            "reelect",
            "transfer",
            "choose",
            "hire",
            "reappoint",
            "assign",
            "make",
        ],
        "patient",
    ),
    **dict.fromkeys(["become", "start", "begin", "take", "serve", "work", "join", "head", "assume"], "agent"),
}
_UNTIL = frozenset({"until", "till", "to", "through"})
_HOLD_VERBS = frozenset({"keep", "hold", "remain", "stay", "retain", "occupy", "serve"})
_CLOSING_EVENTS = frozenset({"resignation", "dismissal"})
CONFIDENCE_NARRATIVE = 0.8
CONFIDENCE_LIST = 0.85
CONFIDENCE_PRONOUN = 0.7


@dataclass(frozen=True, slots=True)
class _Post:
    person: Mention
    title: str
    organization: str | None
    place: str | None
    start: DateMention | None
    end: DateMention | None
    end_basis: str | None
    span: tuple[int, int]
    sentence_index: int
    confidence: float
    rule: str
    narrative: bool


def extract_careers(
    doc: Doc, doc_id: str, mentions: Sequence[Mention], dates: Sequence[DateMention], events: Sequence[Event]
) -> list[Career]:
    people = People(doc, mentions)
    dated = DateIndex(doc, dates)
    names = mentions_by_token(doc, [m for m in mentions if m.label in PLACE_LABELS | {"ORG"}])
    posts: list[_Post] = []
    for index, sent in enumerate(doc.sents):
        posts.extend(_posts_in(sent, index, people, dated, names))
    posts = _merge_duplicates(posts)
    posts = _close_by_holding(posts, doc, people, dated)
    posts = _close_by_events(posts, events, {d.date_id: d for d in dates}, people)
    posts = _infer_ends(posts)
    return [_record(doc_id, post, doc.text) for post in posts]


def _posts_in(
    sent: Span, index: int, people: People, dated: DateIndex, names: dict[int, Mention]
) -> Iterator[_Post]:
    if _is_list_item(sent, index, dated):
        yield from _list_posts(sent, index, people, dated, names)
        return
    for token in sent:
        role = _START_VERBS.get(token.lemma_.lower()) if token.pos_ in {"VERB", "AUX"} else None
        if role is None:
            continue
        head = _post_head(token)
        if head is None or is_honour(head):
            continue
        person_tok = person_token(Trigger("appointment", role, token))  # type: ignore[arg-type]
        person = people.resolve(person_tok)
        if person is None:
            continue
        named = person_tok is not None and people.mention_at(person_tok) is not None
        yield _post(
            head,
            person,
            sent,
            index,
            dated,
            names,
            token,
            CONFIDENCE_NARRATIVE if named else CONFIDENCE_PRONOUN,
            f"narrative:{token.lemma_.lower()}",
        )


def _post_head(verb: Token) -> Token | None:
    """The first position noun the verb governs directly (not inside its subject or another clause)."""
    if verb.lemma_.lower() == "head":
        return verb  # "chose her to head the X department"
    excluded = {t.i for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "agent"} for t in c.subtree}
    for token in verb.subtree:
        if token.i in excluded or token.i < verb.i:
            continue
        verb_above = governing_verb(token)
        if is_position_head(token) and verb_above is not None and verb_above.i == verb.i:
            return token
    return None


def _list_posts(
    sent: Span, index: int, people: People, dated: DateIndex, names: dict[int, Mention]
) -> Iterator[_Post]:
    person = people.subject
    head = next((t for t in sent if is_position_head(t)), None)
    if person is None or head is None or is_honour(head):
        return
    yield _post(head, person, sent, index, dated, names, head, CONFIDENCE_LIST, "list_item")


def _is_list_item(sent: Span, index: int, dated: DateIndex) -> bool:
    """A line stating a post without a verb: "1997-2004 Mayor of X.", "From 1989 to 1991: Member of Y."."""
    if any(t.pos_ in {"VERB", "AUX"} and t.dep_ != "amod" for t in sent):
        return False
    text = sent.text.strip()
    return text.endswith((".", ")", ";")) or any(
        d.start_char <= sent.start_char + 8 for d in dated.in_sentence(index)
    )


def _post(
    head: Token,
    person: Mention,
    sent: Span,
    index: int,
    dated: DateIndex,
    names: dict[int, Mention],
    anchor: Token,
    confidence: float,
    rule: str,
) -> _Post:
    if head.lemma_.lower() == "head" and head.pos_ == "VERB":
        obj = next((c for c in head.children if c.dep_ == "dobj"), None)
        organization = obj.text if obj is not None and obj.text[:1].isupper() else None
        title, place = "Head", None
    else:
        post = read_post(head, names)
        title, organization, place = post.title, post.organization, post.place
    start = dated.pick(anchor, index)
    end, basis = (start, "explicit") if start is not None and start.kind == "range" else (None, None)
    until = _until_date(sent, index, dated)
    if until is not None and until is not start:
        end, basis = until, "explicit"
    return _Post(
        person,
        title,
        organization,
        place,
        start,
        end,
        basis,
        evidence_span(sent, start, end),
        index,
        confidence,
        rule,
        rule != "list_item",
    )


def _until_date(sent: Span, index: int, dated: DateIndex) -> DateMention | None:
    """A date introduced by "until" in the sentence."""
    text = sent.doc.text
    for date in dated.in_sentence(index):
        before = text[max(sent.start_char, date.start_char - 7) : date.start_char].lower().split()
        if before and before[-1] in _UNTIL - {"to"} and date.kind != "range":
            return date
    return None


def _merge_duplicates(posts: list[_Post]) -> list[_Post]:
    """A post told twice (a heading and the narrative) is one row: keep the better-dated one."""
    kept: list[_Post] = []
    for post in posts:
        twin = next((k for k in kept if _same_post(k, post)), None)
        if twin is None:
            kept.append(post)
            continue
        better = post if _dating_score(post) > _dating_score(twin) else twin
        kept[kept.index(twin)] = better
    return kept


def _same_post(a: _Post, b: _Post) -> bool:
    if a.person.mention_id != b.person.mention_id or a.title.lower() != b.title.lower():
        return False
    if a.start is None or b.start is None or a.start.date_start is None or b.start.date_start is None:
        return a.start is b.start
    return a.start.date_start.year == b.start.date_start.year


def _dating_score(post: _Post) -> tuple[int, int]:
    return (post.end is not None, _precision_rank(post.start))


def _precision_rank(date: DateMention | None) -> int:
    order = ["century", "decade", "year", "season", "month", "day"]
    return order.index(date.precision) + 1 if date and date.precision in order else 0


def _close_by_holding(posts: list[_Post], doc: Doc, people: People, dated: DateIndex) -> list[_Post]:
    """ "He kept this position until March 1995" ends the person's latest open post."""
    for index, sent in enumerate(doc.sents):
        until = _until_date(sent, index, dated)
        verb = sent.root
        if until is None or verb.lemma_.lower() not in _HOLD_VERBS:
            continue
        person = people.resolve(next((c for c in verb.children if c.dep_ == "nsubj"), None))
        posts = _close_latest(posts, person, index, until, "explicit")
    return posts


def _close_by_events(
    posts: list[_Post], events: Sequence[Event], dates: dict[str, DateMention], people: People
) -> list[_Post]:
    """A dated resignation or dismissal ends the person's latest open post."""
    for event in events:
        date = dates.get(event.date_id or "")
        if event.event_type not in _CLOSING_EVENTS or date is None:
            continue
        person = next((p for p in people.persons if p.mention_id == event.person_mention_id), None)
        index = max((p.sentence_index for p in posts), default=0) + 1
        posts = _close_latest(posts, person, index, date, "explicit", before_char=event.start_char)
    return posts


def _close_latest(
    posts: list[_Post],
    person: Mention | None,
    sentence_index: int,
    date: DateMention,
    basis: str,
    before_char: int | None = None,
) -> list[_Post]:
    if person is None:
        return posts
    limit = before_char if before_char is not None else 1 << 62
    open_posts = [
        p
        for p in posts
        if p.person.mention_id == person.mention_id
        and p.end is None
        and p.sentence_index < sentence_index
        and p.span[0] < limit
        and p.narrative
    ]
    if not open_posts:
        return posts
    latest = max(open_posts, key=lambda p: (p.sentence_index, p.span[0]))
    closed = replace(latest, end=date, end_basis=basis)
    return [closed if p is latest else p for p in posts]


def _infer_ends(posts: list[_Post]) -> list[_Post]:
    """A narrative post with no end ends when the same person's next post starts."""
    result = list(posts)
    for i, post in enumerate(result):
        if post.end is not None or not post.narrative or post.start is None or post.start.date_start is None:
            continue
        later = [
            p
            for p in result
            if p.narrative
            and p.person.mention_id == post.person.mention_id
            and p.start is not None
            and p.start.date_start is not None
            and p.start.date_start > post.start.date_start
            and p.title.lower() != post.title.lower()
        ]
        if later:
            nxt = min(later, key=lambda p: (p.start.date_start, p.span[0]))  # type: ignore[union-attr]
            result[i] = replace(post, end=nxt.start, end_basis="inferred")
    return result


def _record(doc_id: str, post: _Post, text: str) -> Career:
    start, end = post.span
    return Career(
        career_id=make_id("career", doc_id, post.person.mention_id, post.title, start),
        doc_id=doc_id,
        person_mention_id=post.person.mention_id,
        position=post.title,
        organization_name=post.organization,
        place_name=post.place,
        start_date_id=post.start.date_id if post.start else None,
        end_date_id=post.end.date_id if post.end else None,
        end_basis=post.end_basis,  # type: ignore[arg-type]
        sentence=text[start:end],
        start_char=start,
        end_char=end,
        confidence=post.confidence,
        rule=post.rule,
    )
