"""Posts on the lines of a CV, a list of offices or a reference-book entry.

"Mar 2013 – Aug 2022: Regional Manager, Central Region, Kenya Rural Roads Authority, Nyeri",
"10.01.2007 – 24.09.2012 Prime Minister", "– Apr 2006 – Oct 2006: Minister of Economy",
"Treasurer, IEK Mount Kenya Branch, 2015–2018", "In 2001–2007 – deputy director for economics
of JSC X, in 2007–2008 – head of the Y Department". A line's punctuation carries its
structure: each date opens (or closes) a segment; in a segment, the first comma-separated
part naming a post is the title, the parts after it the organization ("Sub-unit, Parent")
and, last, the place.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from itertools import pairwise

from spacy.tokens import Doc, Span, Token

from pipeline.careers.positions import TitleReading, read_title_noun
from pipeline.careers.post_words import is_position_word
from pipeline.records import DateMention, Mention
from pipeline.wordlists import words as words_of

_SEPARATORS = frozenset({":", "–", "—", "-", "−", "|"})
# A table row's cell boundary: "2008 - 2013 | Director, Budget | Ministry of Finance".
_CELL = "|"
_BULLETS = words_of("sections", "bullets")
_PLACE_LABELS = frozenset({"GPE", "LOC"})
# Words that end a title part and start a description ("responsible for", "in charge of").
_OPEN_ENDED = words_of("positions", "description_openers")
_BOARDS = words_of("positions", "boards")


@dataclass(frozen=True, slots=True)
class ListedPost:
    head: Token  # the title's head word
    title: str
    organization: str | None
    place: str | None
    date: DateMention | None
    segment: Span


def listed_posts(sent: Span, dates: Sequence[DateMention], names: dict[int, Mention]) -> Iterator[ListedPost]:
    """The posts a list line states, each with the date of its segment."""
    for segment, date in _segments(sent, sorted(dates, key=lambda d: d.start_char)):
        # "2007: Lecturer at X. Teaching Y. Director of research.": a post per full stop.
        for piece in _pieces(segment):
            listed = _post_in(piece, names, date, segment)
            if listed is not None:
                yield listed


def _post_in(
    piece: Span, names: dict[int, Mention], date: DateMention | None, segment: Span
) -> ListedPost | None:
    """The first post named in a piece: its title, then organization and place."""
    parts = _parts(piece)
    seat = _seat_body(parts[0]) if parts else None
    for i, part in enumerate(parts):
        head = _title_head(part)
        if head is None:
            if i == 0 and part and part[0].is_lower:
                return None  # a lower-case phrase first: a description, not a post
            continue
        post = _with_capitalised_words(read_title_noun(head, names), part, head)
        rest = [p for p in parts[i + 1 :] if not _continues_title(p, part)]
        organization, place = _organization_and_place(rest, names, post.organization is not None)
        if post.organization is not None and organization is not None:
            post = _organization_after_comma(post, organization)
        if organization is None and seat is not None and i > 0:
            organization = _clean(parts[0])  # "Committee of Public Accounts, member, 2002–2004"
        title, body = (post.title, None)
        if _is_table_row(segment):
            title, body = _cell_title(part, head, post.title)
        if body is not None:
            organization = ", ".join(p for p in (body, organization) if p)
        return ListedPost(head, title, post.organization or organization, post.place or place, date, segment)
    if seat is not None and date is not None:
        # "Work and Pensions Committee, 12 July 2010 – 30 March 2015": a seat on the body named.
        return ListedPost(seat, "Member", _clean(parts[0]), None, date, segment)
    return None


def _with_capitalised_words(post: TitleReading, part: Span, head: Token) -> TitleReading:
    """ "Visiting Fellow, ...": a part written in capitals up to its head is the title whole,
    whatever the parse made of its first word (a verb)."""
    before = part.doc[part.start : head.i]
    if not len(before) or post.title.lower() != head.text.lower():
        return post
    if not all(t.text[:1].isupper() and not t.ent_type_ for t in before):
        return post
    return replace(post, title=f"{before.text} {post.title}")


def _organization_after_comma(post: TitleReading, organization: str) -> TitleReading:
    """ "Director of Research, Bank of Zambia", "Member of the Scientific Advisory Board,
    Statistics Finland": the part after the comma is the organization, so a one-word "of X"
    (the model's organization) is the portfolio and an unnamed board part of the title."""
    inner = post.organization or ""
    if " " not in inner:
        return replace(post, title=f"{post.title} of {inner}", organization=None)
    if inner.split()[-1].lower() in _BOARDS:
        return replace(post, title=f"{post.title} of the {inner}", organization=None)
    return post


def _continues_title(part: Span, title: Span) -> bool:
    """ "Trade and Industry" of "Minister of Commerce, Trade and Industry": a portfolio's
    list goes on after the comma, to its "and" (its first noun joined to the title's)."""
    root = part.root
    listed = root.dep_ == "conj" and root.head.dep_ == "pobj" and title.start <= root.head.i < title.end
    return listed and any(c.dep_ == "cc" for c in root.children)


def _seat_body(part: Span) -> Token | None:
    """The head of a capitalised body whose members hold a seat: "Public Accounts Committee",
    "Joint Committee on Health and Children"."""
    root = part.root  # the body itself, not one named inside ("a traineeship at the Court")
    if root.lemma_.lower() not in words_of("organizations", "seat_bodies") or not root.text[:1].isupper():
        return None
    if not part[0].text[:1].isupper() or any(is_position_word(t) for t in part):
        return None
    return root


def _is_table_row(segment: Span) -> bool:
    return any(t.text == _CELL for t in segment)


def _cell_title(part: Span, head: Token, title: str) -> tuple[str, str | None]:
    """A table cell "Title, X": "Member, Board of Directors" is a seat on that body;
    "Director, Budget" and "VP, Sales" are titles written with their portfolio."""
    comma = next((t for t in part if t.text == "," and t.i > head.i), None)
    if comma is None:
        return title, None
    rest = part.doc[comma.i + 1 : part.end]
    body_words = words_of("organizations", "heads") | words_of("organizations", "membership_bodies")
    if any(t.lemma_.lower() in body_words for t in rest):
        return title, _clean(rest)
    return f"{title}, {_clean(rest)}", None


def _pieces(segment: Span) -> list[Span]:
    cuts = [t.i + 1 for t in segment[:-1] if t.text == "."]
    bounds = [segment.start, *cuts, segment.end]
    return [segment.doc[a:b] for a, b in pairwise(bounds) if b > a]


def _title_head(part: Span) -> Token | None:
    """The head of the first title in the part ("Officer" in "Chief Officer")."""
    words = [
        t
        for t in part
        if is_position_word(t) and not _inside_brackets(t, part) and not _names_a_thing(t, part)
    ]
    if not words:
        return None
    head = words[0]
    while head.i + 1 < part.end and is_position_word(part.doc[head.i + 1]):
        head = part.doc[head.i + 1]
    return head


def _names_a_thing(token: Token, part: Span) -> bool:
    """ "Young Economist Prize", "Director Programme": a title word modifying another noun
    of its part (across a table's cell bar the parse means nothing)."""
    noun = token.head
    return token.dep_ == "compound" and token.i < noun.i < part.end and not is_position_word(noun)


def _segments(sent: Span, dates: list[DateMention]) -> Iterator[tuple[Span, DateMention | None]]:
    """The line cut at its dates: "DATE: text, DATE – text"; a single date at the end
    of the line dates the text before it."""
    doc = sent.doc
    starts = [d for d in dates if _opens_segment(sent, d)]
    if not starts:
        trailing = [d for d in dates if _closes_line(sent, d)]
        if trailing:
            end = _token_at(doc, trailing[-1].start_char)
            line_start = max([sent.start, *(t.i + 1 for t in doc[sent.start : end] if "\n" in t.text)])
            first = _first_word(doc[line_start:end])
            yield doc[first:end], trailing[-1]
        return
    for n, date in enumerate(starts):
        begin = _after_separator(doc, _token_at(doc, date.end_char - 1) + 1, sent.end)
        end = _token_at(doc, starts[n + 1].start_char) if n + 1 < len(starts) else sent.end
        end = next((t.i for t in doc[begin:end] if "\n" in t.text), end)  # a segment ends with its line
        while end > begin and doc[end - 1].text in {",", ";", "in", "In", "."}:
            end -= 1
        if end > begin:
            yield doc[begin:end], date


def _opens_segment(sent: Span, date: DateMention) -> bool:
    """A date at the line's start (after bullets and numbering), or after a comma or
    semicolon, followed by a separator or a title."""
    doc = sent.doc
    first = _token_at(doc, date.start_char)
    before = [t for t in doc[sent.start : first] if not _is_marker(t)]
    after = _token_at(doc, date.end_char - 1) + 1
    while after < sent.end and doc[after].is_space:
        after += 1  # "1998-99  Member, ...", "1984<TAB>Economist": a gap of blanks
    next_token = doc[after] if after < sent.end else None
    if next_token is None:
        return False
    led = (
        not before
        or (before[-1].text in {",", ";"})
        or (before[-1].lower_ == "in" and (len(before) == 1 or before[-2].text in {",", ";"}))
    )
    followed = next_token.text in _SEPARATORS or is_position_word(next_token) or next_token.is_title
    return led and followed


def _closes_line(sent: Span, date: DateMention) -> bool:
    doc = sent.doc
    after = [t for t in doc[_token_at(doc, date.end_char - 1) + 1 : sent.end] if not t.is_space]
    return all(t.is_punct for t in after) and doc[_token_at(doc, date.start_char) - 1].text == ","


def _is_marker(token: Token) -> bool:
    """A bullet, a list number ("1.", "(a)") or blank."""
    return token.is_space or token.text in _BULLETS or token.like_num or token.text in {".", ")", "("}


def _first_word(sent: Span) -> int:
    i = sent.start
    while i < sent.end and _is_marker(sent.doc[i]):
        i += 1
    return i


def _after_separator(doc: Doc, start: int, end: int) -> int:
    while start < end and (doc[start].text in _SEPARATORS or doc[start].is_space):
        start += 1
    return start


def _token_at(doc: Doc, char: int) -> int:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span.start if span is not None else 0


def _parts(segment: Span) -> list[Span]:
    """The segment cut at commas and semicolons outside brackets and quotation marks; a
    table row's cells, at its cell bars only (a cell may hold commas)."""
    if _is_table_row(segment):
        cells, start = [], segment.start
        for token in segment:
            if token.text == _CELL:
                cells.append(segment.doc[start : token.i])
                start = token.i + 1
        cells.append(segment.doc[start : segment.end])
        return [c for c in cells if len(c) > 0]
    parts, start, depth = [], segment.start, 0
    for token in segment:
        depth += token.text in {"(", "“", "«"} or (token.text == '"' and depth == 0)
        depth -= token.text in {")", "”", "»"} or (token.text == '"' and depth > 0 and token.i > start)
        depth = max(depth, 0)
        if token.text in {",", ";"} and depth == 0:
            parts.append(segment.doc[start : token.i])
            start = token.i + 1
    parts.append(segment.doc[start : segment.end])
    return [p for p in parts if len(p) > 0]


def _inside_brackets(token: Token, part: Span) -> bool:
    opened = [t.i for t in part if t.text == "(" and t.i < token.i]
    closed = [t.i for t in part if t.text == ")" and t.i < token.i]
    return len(opened) > len(closed)


def _organization_and_place(
    rest: Sequence[Span], names: dict[int, Mention], titled: bool = False
) -> tuple[str | None, str | None]:
    """ "Central Region, Kenya Rural Roads Authority, Nyeri": the last part is the place
    when it names one; the parts before it are the organization, written "Sub-unit, Parent".
    After a title that names its organization ("Deputy Director of the X Trust, Leoben"),
    a one-word name alone is the place too ("..., Statistics Finland" stays an organization)."""
    kept: list[Span] = []
    for part in rest:
        words = [t for t in part if not t.is_punct]
        if not words or words[0].is_lower or words[0].lower_ in _OPEN_ENDED or words[0].like_num:
            break  # "responsible for ...", a description; or a year
        kept.append(part)
    if not kept:
        return None, None
    place = None
    alone = titled and len([t for t in kept[-1] if not t.is_punct]) == 1
    if _is_place(kept[-1], names) or ((len(kept) > 1 or alone) and _short_name(kept[-1])):
        place = _clean(kept[-1])  # "..., Kenya Urban Roads Authority, Nairobi": the town last
        kept = kept[:-1]
        if len(kept) > 1 and _is_place(kept[-1], names):
            place = f"{_clean(kept[-1])}, {place}"  # "..., Washington, D.C.", "..., Cambridge, Massachusetts"
            kept = kept[:-1]
    organization = ", ".join(_clean(p) for p in kept) or None
    return organization, place


def _short_name(part: Span) -> bool:
    """One or two capitalised words naming no organisation: a town the model did not know."""
    found = [t for t in part if not t.is_punct]
    nouns = words_of("organizations", "heads") | words_of("organizations", "not_names")
    return 0 < len(found) <= 2 and all(t.text[:1].isupper() and t.lemma_.lower() not in nouns for t in found)


def _is_place(part: Span, names: dict[int, Mention]) -> bool:
    mentions = {names[t.i].mention_id: names[t.i] for t in part if t.i in names}
    return (
        len(mentions) == 1
        and next(iter(mentions.values())).label in _PLACE_LABELS
        and all(t.i in names or t.is_punct for t in part)
    )


def _clean(part: Span) -> str:
    text = part.text.strip(" .;:")
    if text.count("(") != text.count(")"):
        text = text.strip("()")  # a bracket the line opened or closed around the part
    return text[4:] if text.lower().startswith("the ") else text
