"""A rough language guess for the documents table, from the script of the letters.

Not a language identifier: it tells Cyrillic, Greek, CJK... apart and says
"en" for Latin-script text full of English function words; anything else is
None rather than a guess.
"""

from __future__ import annotations

import unicodedata
from collections import Counter

from pipeline.wordlists import data_file, words

# Scripts (the first word of a letter's Unicode name) and the language they most
# likely mean; frequent English function words (data/language.toml).
_SCRIPT_LANGUAGES: dict[str, str] = {str(k): str(v) for k, v in data_file("language")["scripts"].items()}
_ENGLISH_WORDS = words("language", "english_words")
# English prose has about a third of these; German or French with a stray
# "in" or "on" has a few per cent.
_ENGLISH_SHARE = 0.25
# Enough letters to say anything; fewer returns None.
_MIN_LETTERS = 20


def guess_language(text: str, sample: int = 10_000) -> str | None:
    """A rough ISO 639-1 code for ``text`` from its script, or None when unsure.

    Only the obvious cases: the majority script of the letters (Cyrillic: "ru",
    Greek: "el", kana: "ja", ...), and "en" for Latin-script text with many
    English function words. Other Latin-script languages (French, German, ...)
    return None: telling them apart needs a real language identifier. Only the
    first ``sample`` characters are looked at.
    """
    # Count characters first: a text has few distinct ones, and naming each is slow.
    letters = {char: n for char, n in Counter(text[:sample]).items() if char.isalpha()}
    total = sum(letters.values())
    if total < _MIN_LETTERS:
        return None
    counts: Counter[str] = Counter()
    for char, n in letters.items():
        counts[_SCRIPT_LANGUAGES.get(_script(char), _script(char))] += n
    if "ja" in counts:  # Japanese mixes kana with Han characters
        counts["ja"] += counts.pop("zh", 0)
    language, count = counts.most_common(1)[0]
    if count * 2 <= total:
        return None
    if language == "LATIN":
        return "en" if _looks_english(text[:sample]) else None
    return language if language in _SCRIPT_LANGUAGES.values() else None


def _script(char: str) -> str:
    # The first word of a letter's Unicode name: "CYRILLIC SMALL LETTER A".
    return unicodedata.name(char, "UNKNOWN").split(" ")[0]


def _looks_english(text: str) -> bool:
    words = [word.strip(".,;:!?\"'()").lower() for word in text.split()]
    words = [word for word in words if word]
    return bool(words) and sum(word in _ENGLISH_WORDS for word in words) / len(words) >= _ENGLISH_SHARE
