"""Places as the text writes them around names, for the place columns of events and careers.

- An address: "born in Ardmore, Oklahoma" names one place, the town and then the
  region holding it, each after a single comma (``address_of``).
- A place written right after an organization: "the Embassy of India in Washington,
  D.C.", "Deputy Director of the Energy Trust, Leoben" (``place_after``).
- The place an organization's name holds: "Varna District Hospital" is in
  Varna District, "Split County Court" serves Split County, "the Ministry of Energy
  of the Republic of Moldova" is Moldova's (``place_in_name``). A word of a name is
  read as a place only on evidence: the document names it as a place elsewhere
  ("University of Helsinki" in a text that says "born in Helsinki"), the words around
  it say what kind of place it is (data/places.toml), it is a country, or it is a city
  (data/cities.txt: "Kyoto University", "General Staff, Skopje"; not a word's name such as
  "Midland" outside a school's, data/word_cities.txt). "Ministry of Finance" holds none.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from functools import cache
from itertools import pairwise

from pipeline.linking.names import GIVEN_NAMES, fold
from pipeline.records import Mention
from pipeline.wordlists import data_file, name_list, words

# Labels of the mentions that name a place: what tells that a word of an organization's
# name is one, and what "there" points back to.
NAMED_PLACES = frozenset({"GPE", "LOC"})
_UNIT_NOUNS = words("places", "unit_nouns")
_UNIT_MODIFIERS = words("places", "unit_modifiers")
_UNIT_OF = words("places", "unit_of")
_NOT_PLACE = words("places", "not_place_words")
_ORGANIZATION_HEADS = words("organizations", "heads")
_PLACE_NOUNS = words("places", "place_nouns")
# Words that end a run of a name's capitalised words before it is read as a place.
_RUN_BOUNDS = _ORGANIZATION_HEADS | words("places", "institution_kinds")
# The heads of a school's name, which is commonly its city's: "Kyoto University".
_SCHOOL_HEADS = words("places", "school_heads")
# Lower-case words inside a place's name ("Ponte da Barca", "Castel del Monte").
_PARTICLES = words("names", "particles")
# Between two parts of one address: a comma, and "the" before a part ("Bronx, the ...").
_JOINT = re.compile(r"\s*,\s*(?:the\s+)?")
# After the last part: a list of places, not an address ("Paris, London and Rome").
_LISTED = re.compile(r"\s*,?\s*(?:and|or|&)\b", re.IGNORECASE)
# Between an organization and the place written after it.
_AFTER_NAME = re.compile(r"\s*,\s*|\s+in\s+(?:the\s+)?|\s+[–—]\s+")  # "X, Y", "X in Y", "X – Y"
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")


def address_of(place: Mention, places: Sequence[Mention], text: str) -> tuple[Mention, str]:
    """The address a place mention belongs to, and its first part: the place mentions
    around it that only a comma parts from it, when they are not the items of a list."""
    ordered = places if _in_order(places) else sorted(places, key=lambda m: m.start_char)
    at = next((i for i, m in enumerate(ordered) if m.mention_id == place.mention_id), None)
    if at is None:
        return place, place.text
    first = last = at
    while first > 0 and _joined(ordered[first - 1], ordered[first], text):
        first -= 1
    while last + 1 < len(ordered) and _joined(ordered[last], ordered[last + 1], text):
        last += 1
    if first == last or _LISTED.match(text, ordered[last].end_char):
        return place, place.text
    return ordered[first], text[ordered[first].start_char : ordered[last].end_char]


def _in_order(places: Sequence[Mention]) -> bool:
    return all(a.start_char <= b.start_char for a, b in pairwise(places))


def _joined(left: Mention, right: Mention, text: str) -> bool:
    joint = _JOINT.fullmatch(text, left.end_char, right.start_char)
    return joint is not None and "\n" not in text[left.end_char : right.start_char]


def place_after(name: str, span: tuple[int, int], text: str, places: Sequence[Mention]) -> str | None:
    """The place (its address) written right after an organization's name within ``span``."""
    at = text.find(name, *span)
    if at < 0:
        return None
    end = at + len(name)
    after = [m for m in places if m.start_char >= end]
    place = min(after, key=lambda m: m.start_char, default=None)
    if place is not None and _AFTER_NAME.fullmatch(text, end, place.start_char):
        if text.startswith(("'s", "’s"), place.end_char):
            return None  # "the European Commission – Germany's first woman in the post"
        return address_of(place, places, text)[1]
    return None


def place_in_name(name: str, places: Iterable[str]) -> str | None:
    """The place written in an organization's name, or None."""
    found = _words(name)
    return (
        _after_unit_of(found)
        or _known(found, set(places))
        or _before_unit(found)
        or _city_or_country(found)
        or _city_after_comma(name)
    )


def _city_after_comma(name: str) -> str | None:
    """A city the name ends with after a comma: "General Staff, Skopje" (not "Mercedes",
    a company that shares a city's name)."""
    if "," not in name:
        return None
    last = name.rsplit(",", 1)[-1].strip()
    return last if is_city_or_country(last) else None


def _city_or_country(found: list[str]) -> str | None:
    """A whole run of capitalised words of the name that is a city (data/cities.txt) or a
    country: "Kyoto University", "University of Manchester", "Tbilisi State University",
    "Bank of Mauritius". Only in a name an organization's word shows to be one ("Lok Sabha"
    holds no Sabha, Libya); a city whose name is also a word only in a school's name
    ("Midland Bank", "Mission Hospital" hold none); and only the whole run between the
    name's other words ("Michael Jordan Foundation" holds no Jordan), or in a school's name
    its last word ("M.V. Lomonosov Moscow State University")."""
    if not any(w.lower() in _ORGANIZATION_HEADS for w in found):
        return None
    school = any(w.lower() in _SCHOOL_HEADS for w in found)
    runs = list(_runs(found))
    for run, _ in runs:
        written = " ".join(run)
        if written.casefold() in _COUNTRIES or (is_city(written) and (school or not _is_word(written))):
            return written
    for run, before_a_head in runs:
        # "M.V. Lomonosov Moscow State University": the city ends a person's full name; two
        # words are the person's alone ("Sam Houston State University", "Nelson Mandela ...").
        if school and before_a_head and len(run) > 2 and is_city(run[-1]):
            return run[-1]
    return None


def _is_word(name: str) -> bool:
    """A city's name that is also an English word (data/word_cities.txt): "Midland"."""
    return fold(name) in _word_cities()


@cache
def _word_cities() -> frozenset[str]:
    return frozenset(fold(name) for name in name_list("word_cities"))


def _runs(found: list[str]) -> Iterator[tuple[list[str], bool]]:
    """The runs of capitalised words between the name's organization words, kind words
    ("State", "Polytechnic") and lower-case words ("IEK Mount Kenya Branch": "IEK Mount
    Kenya", which holds no Kenya); each with whether such a word follows it."""
    run: list[str] = []
    for word in [*found, ""]:
        if word[:1].isupper() and word.lower() not in _RUN_BOUNDS:
            run.append(word)
            continue
        if run:
            yield run, word[:1].isupper()
        run = []


def is_city_or_country(run: str) -> bool:
    """A city (``data/cities.txt``) or a country (``data/places.toml``) as written, no common word."""
    return is_city(run) or (run.casefold() in _COUNTRIES and run.lower() not in _NOT_PLACE)


def is_country(name: str) -> bool:
    """A country of data/places.toml as written ("United Kingdom", "Lithuania")."""
    return name.casefold() in _COUNTRIES and name.lower() not in _NOT_PLACE


def is_city(name: str) -> bool:
    """Whether ``name`` is a city of data/cities.txt that is no common word or given name."""
    folded = fold(name)
    return folded in _cities() and folded not in _not_cities() and name.lower() not in _NOT_PLACE


@cache
def _cities() -> frozenset[str]:
    return frozenset(fold(name) for name in name_list("cities"))


@cache
def _not_cities() -> frozenset[str]:
    """Common words and given names that are also the names of cities."""
    return words("places", "not_city_words") | GIVEN_NAMES


def _words(name: str) -> list[str]:
    return [re.sub(r"['’]s$", "", w) for w in _WORD.findall(name)]


def _capitalised(word: str) -> bool:
    return word[:1].isupper() and word.lower() not in _NOT_PLACE


def _known(found: list[str], places: set[str]) -> str | None:
    """The longest run of the name's words that the document names as a place."""
    for size in range(len(found), 0, -1):
        for start in range(len(found) - size + 1):
            run = " ".join(found[start : start + size])
            if run in places:
                return run
    return None


def _after_unit_of(found: list[str]) -> str | None:
    """ "... of the city of Aktobe", "... of the Republic of Moldova"."""
    for i in range(len(found) - 2):
        if found[i].lower() in _UNIT_OF and found[i + 1] == "of" and (run := _run(found[i + 2 :])):
            return run
    return None


def _run(found: list[str]) -> str | None:
    taken: list[str] = []
    for word in found:
        if not word[:1].isupper():
            break
        taken.append(word)
    return " ".join(taken) if any(_capitalised(w) for w in taken) else None


def _in_run(found: list[str], i: int) -> bool:
    word = found[i]
    if word[:1].isupper():
        return word.lower() not in {"the", "of"}
    return word in _PARTICLES and i > 0 and found[i - 1][:1].isupper()


def _before_unit(found: list[str]) -> str | None:
    """ "Varna District Hospital", "Galway City Council", "Franklin County Prosecutor's
    Office": the capitalised words before a unit word, with it when it is part of the name."""
    for i, word in enumerate(found):
        lower = word.lower()
        if i == 0 or not word[:1].isupper() or lower not in _UNIT_NOUNS | _UNIT_MODIFIERS:
            continue
        start = i
        while start > 0 and _in_run(found, start - 1):
            start -= 1
        name = found[start:i]
        if (
            not name
            or not any(_capitalised(w) for w in name)
            or any(w.lower() in _UNIT_NOUNS | _UNIT_MODIFIERS for w in name)
        ):
            continue
        return " ".join(name + ([word] if lower in _UNIT_NOUNS else []))
    return None


# As the file writes them: a row's place is a name, not a lower-cased word.
_COUNTRIES = {str(name).casefold(): str(name) for name in data_file("places")["countries"]}
_COUNTRY_WORDS = max(len(name.split()) for name in _COUNTRIES)
_COUNTRY_FIRST_WORDS = {name.split()[0] for name in _COUNTRIES}


def document_country(text: str, persons: Iterable[Mention]) -> str | None:
    """The country a document names more often than any other, in any name ("Republic of
    Mauritius", "Bank of Mauritius", a heading in capitals), as the countries list writes
    it; None on a tie or when it names none. A person's name ("Jordan X") is no country."""
    taken = [(m.start_char, m.end_char) for m in persons]
    counts: dict[str, int] = {}
    for start, written in _countries_written(text):
        if not any(a <= start < b for a, b in taken):
            country = _COUNTRIES[written.casefold()]
            counts[country] = counts.get(country, 0) + 1
    ranked = sorted(counts.items(), key=lambda item: -item[1])
    if not ranked or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


def _bare(written: str) -> str:
    """Without a possessive, a full stop or a closing quote: "Albania's", "Chile.", "'Finland'"."""
    written = written.rstrip(".'’")
    return written[:-2] if written.endswith(("'s", "’s")) else written


def _countries_written(text: str) -> Iterator[tuple[int, str]]:
    """(start, text) of each country name written with a capital, the longest first ("Republic
    of the Congo", not "Congo"); not "chad" or "turkey"."""
    found = list(_WORD.finditer(text))
    # Only a capitalised word that begins some country's name can open one: the few
    # such words are picked out first, and the longest name is tried at each.
    openings = [
        i
        for i, match in enumerate(found)
        if (word := match.group())[:1].isupper() and _bare(word).casefold() in _COUNTRY_FIRST_WORDS
    ]
    after = 0  # the first word after the last name found: its words open no other
    for index in openings:
        if index < after:
            continue
        for size in range(min(_COUNTRY_WORDS, len(found) - index), 0, -1):
            start, end = found[index].start(), found[index + size - 1].end()
            written = _bare(text[start:end])
            if size > 1 and written.count(" ") != size - 1:
                continue  # words across a line break or a double space
            if written.casefold() in _COUNTRIES and (written.istitle() or written.isupper() or size > 1):
                yield start, written
                after = index + size
                break
