"""Posts a roster lists under a title heading: a committee's, a delegation's or a board's page.

    Substitutes
    Marija Z (HGU; EPP/CD) – since 15.09.2020

Each entry line (``pipeline.rosters``) names one holder of the heading's post, first on
the line (after a bullet, or a date: "• 2018–2022: Jernej X (DZS)" under "Former
chairs"), with the line's date as the post's time.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc, Token

from pipeline.careers.positions import normalise_title
from pipeline.careers.post_words import position_words
from pipeline.careers.posts import ToldPost, closed_range
from pipeline.discourse.people import People
from pipeline.evidence import DateIndex
from pipeline.parsed import sentences, text_of
from pipeline.records import DateMention, Mention
from pipeline.rosters import roster_lines
from pipeline.wordlists import word_list, words

# What may open a holder's line before the name: a bullet, a number, a date and its separator.
_BULLETS = "".join(map(re.escape, word_list("sections", "bullets")))
_LEAD = re.compile(rf"[\s{_BULLETS}]*(?:\d+[.)]\s+)?")
# Between a leading date and the name: "2018–2022: X", "1 Aug 2014 – 21 Jun 2018: Y".
_SEPARATOR = re.compile(r"[\s:–—-]*")
_CONFIDENCE = 0.6
# Subjects of a clause that goes on about someone else than the entry's holder.
_OTHERS = words("discourse", "others_subjects")
# Where an entry's first sentence ends, when the entry goes on in prose.
_SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-Z])")


def roster_posts(doc: Doc, people: People, dated: DateIndex, places: set[str]) -> Iterator[ToldPost]:
    """The posts of each holder listed under a heading that names a post; a place named
    after the title's "of" is the post's place ("Akim of Karaganda Oblast")."""
    text = text_of(doc)
    for line in roster_lines(doc):
        holder = _holder(text, line.start, line.end, people, dated)
        if holder is not None:  # a name no one recognised gives no row
            person, date, span = holder
            yield _post(*_placed(normalise_title(line.title), places), person, date, span, dated)


def _placed(title: str, places: set[str]) -> tuple[str, str | None]:
    """ "Akim of Karaganda Oblast": a place named after a territorial title, or one the text
    names as a place, is the post's place."""
    post, of, rest = title.partition(" of ")
    territorial = post.split()[-1].lower() in position_words().territorial
    return (post, rest) if of and (rest in places or territorial) else (title, None)


def _holder(
    text: str, start: int, end: int, people: People, dated: DateIndex
) -> tuple[Mention, DateMention | None, tuple[int, int]] | None:
    """The person a line opens with (after a bullet or a date), and the line's date."""
    lead = _LEAD.match(text, start)
    first = lead.end() if lead else start
    on_line = _dates_between(dated, start, end)
    leading = next((d for d in on_line if d.start_char == first), None)
    if leading is not None:
        first = _SEPARATOR.match(text, leading.end_char).end()  # type: ignore[union-attr]
    person = next((m for m in people.persons if m.start_char == first), None)
    if person is None:
        return None
    # An entry that goes on in prose ("X (Hungary), elected ... She succeeds Y, who had
    # presided since October 2019") is dated by its first sentence only.
    stop = _SENTENCE_END.search(text, person.end_char, end)
    own = stop.start() + 1 if stop is not None else end
    # Nor by what a clause of someone else's tells ("..., replacing Y, who had served since 2019").
    rest = dated.doc.char_span(person.end_char, own, alignment_mode="expand")
    verb = next((t for t in rest or () if t.pos_ in {"VERB", "AUX"} and _with_subject(t)), None)
    own = verb.idx if verb is not None else own
    after = (d for d in on_line if person.end_char < d.start_char < own)
    date = leading or next(after, None)
    return people.representative_of(person), date, (lead.end() if lead else start, min(end, own))


def _with_subject(verb: Token) -> bool:
    """A verb of a clause about someone else: "who had served since 2019"."""
    return any(c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ in _OTHERS for c in verb.children)


def _dates_between(dated: DateIndex, start: int, end: int) -> list[DateMention]:
    found = [d for dates in dated.by_sentence.values() for d, _ in dates if start <= d.start_char < end]
    return sorted(found, key=lambda d: d.start_char)


def _post(
    title: str,
    place: str | None,
    person: Mention,
    date: DateMention | None,
    span: tuple[int, int],
    dated: DateIndex,
) -> ToldPost:
    closed = closed_range(date)
    index = next((i for i, s in enumerate(sentences(dated.doc)) if s.start_char <= span[0] < s.end_char), 0)
    return ToldPost(
        person,
        title,
        None,
        place,
        date,
        date if closed else None,
        "explicit" if closed else None,
        span,
        index,
        _CONFIDENCE,
        "roster",
        narrative=False,
    )
