"""Name normalisation and comparison.

``fold`` gives an ASCII lowercase key (anyascii handles any script);
``skeleton`` further removes spelling differences common in transliteration
(c/k, -ayev/-aev, ss/s, iy/y) so variants compare equal; typos are
left to an edit distance on the skeletons of long names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from anyascii import anyascii
from rapidfuzz.distance import Levenshtein

from pipeline.wordlists import word_list, words

_NON_LETTERS = re.compile(r"[^a-z0-9 ]+")
# Ordered rewrites towards one spelling; each comment names the variation it absorbs.
_SKELETON_RULES = (
    (re.compile(r"tch"), "ch"),  # Viatcheslav / Viacheslav
    (re.compile(r"ck"), "k"),
    (re.compile(r"c(?![ehiy])"), "k"),  # Nicolai / Nikolai
    (re.compile(r"ph"), "f"),
    (re.compile(r"w"), "v"),  # German-style -ow / -ov
    (re.compile(r"[yj]"), "i"),  # Yuri / Iuri, Yelena / Ielena
    (re.compile(r"^ie"), "e"),  # Yevgeny / Evgeny, Yelena / Elena
    (re.compile(r"(?<=[aeiou])i(?=[aeiou])"), ""),  # Sergeyev / Sergeev
    (re.compile(r"(.)\1+"), r"\1"),  # Rossov / Rosov, Ilia / Iliia
)
_INITIAL = re.compile(r"\b([A-Z])\.")
_HYPHEN_IN_WORD = re.compile(r"(?<=\w)[-‐](?=\w)")
_INITIALS = re.compile(r"(?:[A-Z]\.)+")
# Patronymics: the father's name, never a given name or a surname (data/names.toml).
# Known given names, women's, men's and either's (data/names.toml).
GIVEN_NAMES = words("names", "female_given") | words("names", "male_given") | words("names", "unisex_given")
_PATRONYMIC_ENDINGS = word_list("names", "patronymic_endings")
# Gendered surname endings: -ov/-ova etc. with the same stem are different people.
_FEMALE_ENDINGS = word_list("names", "female_variant_endings")
_MALE_ENDINGS = word_list("names", "male_variant_endings")
# Names this long may carry a typo (1 edit; 2 from 11 letters) and still match.
_TYPO_MIN_LENGTH = 7
_TWO_TYPOS_MIN_LENGTH = 11


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """ASCII, lowercase, letters and single spaces only."""
    ascii_text = anyascii(text).lower().replace("-", " ")
    return " ".join(_NON_LETTERS.sub("", ascii_text).split())


@lru_cache(maxsize=65536)
def skeleton(word: str) -> str:
    """Transliteration-insensitive key of one folded word."""
    key = word
    for pattern, replacement in _SKELETON_RULES:
        key = pattern.sub(replacement, key)
    return key


def is_patronymic(word: str) -> bool:
    key = skeleton(word)
    return len(key) > 6 and key.endswith(_PATRONYMIC_ENDINGS)


# Patronymics one is addressed by with the given name alone ("Pavel Andreyevich"); a
# shorter ending ("-uli") also ends surnames ("Nakawuli").
_ADDRESS_PATRONYMICS = ("ovich", "evich", "ovna", "evna", "ichna")


def _slavic_patronymic(word: str) -> bool:
    return fold(word).endswith(_ADDRESS_PATRONYMICS)


@dataclass(frozen=True, slots=True)
class PersonName:
    """Skeleton parts of a personal name."""

    given: tuple[str, ...]  # given names in order, without patronymics
    patronymic: str | None
    surname: str | None

    @property
    def is_full(self) -> bool:
        return bool(self.given) and self.surname is not None


@lru_cache(maxsize=65536)
def parse_person(text: str) -> PersonName:
    """Split a name into given names, patronymic and surname: the last word, or the first
    in a surname-first form ("PETROV Ivan Sergeyevich", "Petrov, Ivan")."""
    # "D.S." -> two initials; "Ofosu-Appiah" is one surname, written whole when alone.
    parts = fold(_INITIAL.sub(r"\1 ", _HYPHEN_IN_WORD.sub("", text))).split()
    parts = _without_patronymic_markers([p for p in parts if not is_honorific(p)])
    patronymics = [w for w in parts if is_patronymic(w)]
    rest = [skeleton(w) for w in parts if not is_patronymic(w)]
    patronymic = skeleton(patronymics[0]) if patronymics else None
    if len(rest) == 1 and not patronymic:
        return PersonName((), None, rest[0])  # one word: could be either, callers try both
    if len(rest) == 1 and not is_patronymic(parts[0]) and _slavic_patronymic(patronymics[0]):
        return PersonName((rest[0],), patronymic, None)  # "Pavel Andreyevich": how one is addressed
    if len(rest) > 1 and surname_first(text):
        return PersonName(tuple(rest[1:]), patronymic, rest[0])
    surname = rest[-1] if rest else None
    return PersonName(tuple(rest[:-1]), patronymic, surname)


def surname_first(text: str) -> bool:
    """ "PETROV Ivan Sergeyevich", "Petrov, Ivan Sergeyevich", "Petrov Ivan Sergeyevich":
    a capitalised or comma-marked first word, or a patronymic last, puts the surname first."""
    parts = text.replace(",", " , ").split()
    names = [p for p in parts if p != ","]
    if len(names) < 2:
        return False
    first_upper = names[0].isupper() and names[0].isalpha() and len(names[0]) > 2
    first_upper = first_upper and not all(p.isupper() for p in names)
    comma = len(parts) > 2 and parts[1] == ","
    patronymic_last = len(names) >= 3 and is_patronymic(fold(names[-1]))
    initials_last = bool(_INITIALS.fullmatch(names[-1])) and not _INITIALS.fullmatch(names[0])
    return first_upper or comma or patronymic_last or initials_last


def display_name(text: str) -> str:
    """A name as a reader writes it: a surname-first form turned round ("PETROV Ivan
    Sergeyevich" -> "Ivan Sergeyevich Petrov"), capitals lowered ("ANNA BERG" -> "Anna
    Berg"); other forms as they are."""
    if text.isupper():  # "BEATRICE NYAWIRA GACHANJA" in a CV's heading
        text = " ".join(word.capitalize() for word in text.split())
    if not surname_first(text):
        return text
    names = [p for p in text.replace(",", " ").split() if not is_honorific(p)]
    surname = names[0].title() if names[0].isupper() else names[0]
    return " ".join([*names[1:], surname])


def is_honorific(word: str) -> bool:
    """ "Shri", "Smt.", "Dr", "Hon.": a courtesy written with a name, no part of it."""
    return word.lower().rstrip(".") in words("names", "honorifics")


def _without_patronymic_markers(parts: list[str]) -> list[str]:
    """Azerbaijani and Kazakh patronymics: "Ilham oglu", "Rafig gizi" (the father's
    name and a marker) become one patronymic word."""
    result: list[str] = []
    markers = words("names", "patronymic_markers")
    for word in parts:
        if word in markers and result:
            result[-1] = result[-1] + "ovich"  # read as a patronymic by is_patronymic
        else:
            result.append(word)
    return result


@lru_cache(maxsize=1)
def given_name_keys() -> frozenset[str]:
    """Skeletons of the given names in data/names.toml."""
    given = words("names", "female_given") | words("names", "male_given")
    return frozenset(skeleton(fold(name)) for name in given)


def paternal_surname(full: PersonName) -> str | None:
    """The first of two surnames ("Marcela Inostroza Pávez" is "Inostroza" alone, as
    Spanish and Portuguese writers call people): the word before the last of a name of
    three or more words, when it is not a given name."""
    if len(full.given) < 2 or full.given[-1] in given_name_keys():
        return None
    return full.given[-1]


def similar_words(a: str, b: str) -> bool:
    """Same word up to transliteration, or a typo in a long word (skeletons)."""
    if a == b:
        return True
    shortest = min(len(a), len(b))
    if shortest < _TYPO_MIN_LENGTH or a[0] != b[0]:
        return False
    allowed = 2 if shortest >= _TWO_TYPOS_MIN_LENGTH else 1
    return Levenshtein.distance(a, b, score_cutoff=allowed) <= allowed


def gender_conflict(a: str, b: str) -> bool:
    """Khrapov/Khrapova-style pairs: the same stem with male and female endings."""
    if a == b:
        return False
    for female, male in ((a, b), (b, a)):
        if female.endswith(_FEMALE_ENDINGS) and male.endswith(_MALE_ENDINGS) and female[:-1] == male:
            return True
        if female.endswith("a") and female[:-1] == male:
            return True
    return False


def same_surname(a: str, b: str) -> bool:
    return not gender_conflict(a, b) and similar_words(a, b)


def same_given(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Given names agree: the shorter list is a prefix of the longer, word by word."""
    if not a or not b:
        return True
    return all(_same_given_word(x, y) for x, y in zip(a, b, strict=False))


def _same_given_word(a: str, b: str) -> bool:
    if len(a) == 1 or len(b) == 1:  # an initial
        return a[0] == b[0]
    return similar_words(a, b)


def same_person(a: PersonName, b: PersonName) -> bool:
    """Could two parsed names be the same person? Missing parts are compatible."""
    if a.surname is None or b.surname is None or not same_surname(a.surname, b.surname):
        return False
    if a.patronymic and b.patronymic and not similar_words(a.patronymic, b.patronymic):
        return False
    return same_given(a.given, b.given)


def completeness(text: str) -> int:
    """Number of name words: more words, more complete."""
    return len(fold(text).split())


# Generic heads that add nothing to a place's identity ("the City of X" is X; data/places.toml).
_PLACE_PREFIXES = tuple(f"{head} " for head in word_list("places", "generic_heads"))


@lru_cache(maxsize=65536)
def generic_name(name: str) -> bool:
    """A body's name of generic words only ("National Assembly", "Supreme Court", "the
    Board"): a different body in each document (data/organizations.toml generic_words)."""
    generic = words("organizations", "generic_words") | words("organizations", "heads")
    return all(word in generic for word in name.lower().split())


def place_key(text: str) -> str:
    """Matching key of a place or organisation name: folded, generic head dropped,
    each word reduced to its skeleton."""
    key = fold(text)
    for prefix in _PLACE_PREFIXES:
        if key.startswith(prefix) and len(key) > len(prefix):
            key = key[len(prefix) :]
            break
    return " ".join(skeleton(word) for word in key.split())
