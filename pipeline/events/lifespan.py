"""Births and deaths written in brackets after a name, as encyclopedia leads write them.

"X (born 2 June 1938 in Berlin)", "X (1878–1954)", "X (July 15, 1895 – July 28, 1938)",
"X (San Fernando, Chile, August 29, 1869 – Santiago, Chile, July 23, 1925)", "X (born
1950; died 2001)". The bracket's form says what it states; no trigger word is needed.
A lifespan gives one birth at its start and one death at its end, each with the place
written on its side of the dash.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from pipeline.discourse.people import People
from pipeline.ner.repair import bracket_content, lifespan_part, name_before
from pipeline.parsed import all_tokens
from pipeline.records import DateMention, DateSide, Mention
from pipeline.wordlists import words as words_of

# "X (born 1938 ...; died 2001)", "X (b. 1950)" (data/events.toml).
_BORN = words_of("events", "birth", "lifespan_words")
_DIED = words_of("events", "death", "lifespan_words")
_DASH_CHARS = frozenset("-–—")
# A range this short after a name is a term of office ("Mayor X (2001–2005)"), not a life.
_MIN_LIFE_YEARS = 15
# At most this many tokens of styles and letters between a name and its lifespan.
_MAX_STYLE_TOKENS = 8


@dataclass(frozen=True, slots=True)
class LifeFact:
    event_type: str  # birth or death
    person: Mention
    date: DateMention
    side: DateSide | None
    place: Mention | None
    bracket: Span  # the bracket's content
    place_text: str | None = None  # a place the model did not recognise, as written


def lifespan_facts(
    doc: Doc, people: People, dates: Sequence[DateMention], places: Sequence[Mention]
) -> list[LifeFact]:
    facts: list[LifeFact] = []
    seen: set[str] = set()
    for token in all_tokens(doc):
        if token.text != "(" or token.i == 0:
            continue
        bracket = bracket_content(doc, token)
        content = lifespan_part(bracket) if bracket is not None else None
        if content is None:
            continue
        person = (
            _before_maiden_name(doc, token.i, people)
            or people.mention_at(_before_bracket(doc, token))
            or _before_letters(doc, token.i, people)
        )
        if person is None:
            continue
        inside = [d for d in dates if content.start_char <= d.start_char and d.end_char <= content.end_char]
        found = list(_read(content, person, inside, _inside(places, content)))
        # A person's lifespan is written once, at the name's introduction.
        if found and person.mention_id not in seen:
            facts.extend(found)
            seen.add(person.mention_id)
    return facts


def _before_bracket(doc: Doc, opening: Token) -> Token:
    """The word before a bracket, across a line break: a register heads an entry with the
    name alone on its line and the lifespan on the next ("FERRAGUTI Bartolomeo" over
    "(Carpi, 14 June 1911 – Rome, 3 February 1988)")."""
    before = doc[opening.i - 1]
    if before.is_space and "\n" in before.text and opening.i > 1:
        name = name_before(doc, opening.i - 1)  # the line above must be the name alone
        starts_line = name is not None and (name.start == 0 or "\n" in doc[name.start - 1].text_with_ws)
        return doc[opening.i - 2] if starts_line else before
    return before


def _before_letters(doc: Doc, opening: int, people: People) -> Mention | None:
    """The name before what is written after it, set off by a comma: post-nominal letters
    and styles ("X, OSB (1915–1981)", "X, 1st Baronet (1767–1816)", "X, Commendatore
    OSSI, T.C, (born 1953)"), or nothing at all ("X, (1920–2014)")."""
    start = doc[opening].sent.start
    found = None  # the first name of the run: a style may be misread as a name ("OSSI")
    for i in range(opening - 1, max(start, opening - _MAX_STYLE_TOKENS) - 1, -1):
        token = doc[i]
        if token.text == "," and i > start:
            found = people.mention_at(doc[i - 1]) or found
        elif not (token.text[:1].isupper() or token.text[:1].isdigit() or token.text == "."):
            break
    return found


def _before_maiden_name(doc: Doc, opening: int, people: People) -> Mention | None:
    """ "Eva Bosáková, née Věchtová (1931–1991)": the name before the other surname."""
    markers = words_of("names", "maiden_markers")
    for marker in range(opening - 2, max(opening - 5, 1), -1):
        if doc[marker].lower_ in markers and doc[marker - 1].text == ",":
            surname = doc[marker + 1 : opening]
            if all(t.text[:1].isupper() for t in surname):
                return people.mention_at(doc[marker - 2])
    return None


def _inside(mentions: Sequence[Mention], content: Span) -> list[Mention]:
    return [m for m in mentions if content.start_char <= m.start_char and m.end_char <= content.end_char]


def _read(
    content: Span, person: Mention, dates: list[DateMention], places: list[Mention]
) -> Iterator[LifeFact]:
    words = [t.lower_ for t in content]
    if words and words[0] in _BORN:
        yield from _born_form(content, person, dates, places)
        return
    ranges = [d for d in dates if d.kind == "range" and d.start_value and d.end_value not in (None, "..")]
    if len(dates) == 1 and ranges and _long_enough(ranges[0].start_value, ranges[0].end_value):
        date = ranges[0]
        yield LifeFact("birth", person, date, "start", _before(places, date.start_char), content)
        yield LifeFact("death", person, date, "end", _after(places, date.end_char), content)
        return
    points = [d for d in dates if d.kind in ("point", "fuzzy")]
    if len(points) != 2 or not _long_enough(points[0].value, points[1].value):
        return
    born, died = points
    dash = _dash_between(content, born, died)
    if dash is None:
        return
    # Each side's place, before its date or after it ("Liegnitz, 11 October 1874",
    # "11 October 1874, in Liegnitz"): the first one written on that side.
    birth_place, birth_text = _side_place(content, places, content.start_char, dash, born)
    death_place, death_text = _side_place(content, places, dash + 1, content.end_char, died)
    yield LifeFact("birth", person, born, None, birth_place, content, birth_text)
    yield LifeFact("death", person, died, None, death_place, content, death_text)


def _dash_between(content: Span, born: DateMention, died: DateMention) -> int | None:
    """Where the dash between the two dates is (a character offset), not one inside a
    place's name ("Saint-Petersburg"). Characters, not tokens: the tokenizer keeps a
    dash written without spaces inside its token ("1866–1932", "Paris-21 March 1851")."""
    text = content.doc.text
    found = [i for i in range(born.end_char, died.start_char) if text[i] in _DASH_CHARS]
    words = [t for t in content if t.lower_ == "to" and born.end_char <= t.idx < died.start_char]
    if not found:
        return words[0].idx if words else None
    joining = [i for i in found if text[i - 1].isalpha() and text[i + 1].isalpha()]
    return next((i for i in found if i not in joining), found[-1])


def _born_form(
    content: Span, person: Mention, dates: list[DateMention], places: list[Mention]
) -> Iterator[LifeFact]:
    """ "born 13 March 1963 in Mediaș, Transylvania; died 2001 in Paris"."""
    died_at = next((t.idx for t in content if t.lower_ in _DIED), content.end_char)
    born = [d for d in dates if d.end_char <= died_at and d.kind in ("point", "fuzzy")]
    if born:
        place, text = _side_place(content, places, content.start_char, died_at, born[0])
        yield LifeFact("birth", person, born[0], None, place, content, text)
    died = [d for d in dates if d.start_char > died_at and d.kind in ("point", "fuzzy")]
    if died:
        place = _after(places, died_at)
        text = None if place else _written_place(content, died_at, content.end_char, died[0])
        yield LifeFact("death", person, died[0], None, place, content, text)


def _side_place(
    content: Span, places: list[Mention], start: int, end: int, date: DateMention
) -> tuple[Mention | None, str | None]:
    """The first place written on one side of a lifespan: a place mention, or the
    capitalised words the model did not take for one when they come first ("born 5 August
    1997, Durg, Madhya Pradesh": Durg)."""
    place = _between(places, start, end)
    text = _written_place(content, start, end, date)
    if text is None:
        return place, None
    written_at = content.doc.text.find(text, start, end)
    if place is None or 0 <= written_at < place.start_char:
        return None, text
    return place, None


def _before(places: list[Mention], char: int) -> Mention | None:
    return next((p for p in places if p.end_char <= char), None)


def _after(places: list[Mention], char: int) -> Mention | None:
    return next((p for p in places if p.start_char >= char), None)


def _between(places: list[Mention], start: int, end: int) -> Mention | None:
    return next((p for p in places if start <= p.start_char and p.end_char <= end), None)


def _written_place(content: Span, start: int, end: int, date: DateMention) -> str | None:
    """ "(Gdańsk, 12 June 1977)", "(February 3, 1934, Uerdingen – ...)": the capitalised
    words before or after a side's date name its place, up to a comma."""
    words = [t for t in content if start <= t.idx and t.idx + len(t.text) <= end]
    before = [t for t in words if t.idx < date.start_char]
    after = [t for t in words if t.idx >= date.end_char]
    return _place_words(before) or _place_words(after)


def _place_words(tokens: list[Token]) -> str | None:
    chunk = ""
    for token in tokens:
        if token.text == "," and chunk:
            break
        if token.text == "," or (token.lower_ == "in" and not chunk):
            continue
        if _inside_word(token):
            chunk += token.text  # "Saint-Petersburg"
            continue
        if not (token.text[:1].isupper() and token.is_alpha) or token.ent_type_ == "DATE":
            return None
        chunk += token.text + token.whitespace_
    return chunk.strip() or None


def _inside_word(token: Token) -> bool:
    """A hyphen joining two words without spaces ("Saint-Petersburg")."""
    doc = token.doc
    return token.text == "-" and not token.whitespace_ and token.i > 0 and not doc[token.i - 1].whitespace_


def _long_enough(start: str | None, end: str | None) -> bool:
    if not start or not end or not start[:4].isdigit() or not end[:4].isdigit():
        return False
    return int(end[:4]) - int(start[:4]) >= _MIN_LIFE_YEARS


def covered_tokens(facts: Sequence[LifeFact]) -> set[int]:
    """Token indices inside the brackets read here: their words are no triggers."""
    return {t.i for fact in facts for t in fact.bracket}
