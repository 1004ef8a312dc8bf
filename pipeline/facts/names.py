"""Whether two documents name the same organization or place.

Documents word a body differently ("Labour Party of Kisumu", "the Labour
Party of the City of Kisumu", "West Java Province", "Western Java"). Two names
agree when every word of the shorter one is, or begins, a word of the other
(filler words such as "of" and "region" aside); a missing name agrees with any.
"""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from importlib import resources

from anyascii import anyascii

_WORD = re.compile(r"[a-z0-9]+")
# A shorter word stands for a longer one it begins ("east" for "eastern") from this length.
_MIN_PREFIX = 4


@lru_cache(maxsize=1)
def _filler() -> frozenset[str]:
    text = resources.files("pipeline").joinpath("data/facts.toml").read_text(encoding="utf-8")
    return frozenset(tomllib.loads(text)["name_filler"])


@lru_cache(maxsize=4096)
def name_words(name: str | None) -> frozenset[str]:
    if not name:
        return frozenset()
    return frozenset(_WORD.findall(anyascii(name).lower())) - _filler()


def names_agree(a: str | None, b: str | None) -> bool:
    words_a, words_b = name_words(a), name_words(b)
    if not words_a or not words_b:
        return True
    shorter, longer = sorted((words_a, words_b), key=len)
    return all(any(_same_word(word, other) for other in longer) for word in shorter)


def _same_word(a: str, b: str) -> bool:
    short, long = sorted((a, b), key=len)
    return short == long or (len(short) >= _MIN_PREFIX and long.startswith(short))


def fullest(names: list[str | None]) -> str | None:
    """The name most rows give, the longest on a tie (it says the most)."""
    given = [name for name in names if name]
    if not given:
        return None
    return max(sorted(set(given)), key=lambda name: (given.count(name), len(name)))
