"""Curated word lists, read from the TOML files in ``pipeline/data/``.

Every list a user may extend lives in a data file, one file per concept
(``names.toml``: words inside personal names; ``events.toml``: event triggers;
``positions.toml``: title words; ...). ``words("names", "particles")`` reads one
as a set; a list inside a table is reached by its path
(``words("events", "award", "name_words")``), and ``word_list`` keeps the
file's order where it matters; ``alternatives`` writes a list as the alternatives
of a regular expression; ``name_list`` reads a long list of names kept as plain text
(``cities.txt``). Each file is read once per process.
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from importlib import resources
from typing import Any


@cache
def data_file(name: str) -> dict[str, Any]:
    """The parsed ``pipeline/data/NAME.toml``."""
    text = resources.files("pipeline").joinpath(f"data/{name}.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


@cache
def words(name: str, *path: str) -> frozenset[str]:
    """The lower-cased words of the list at ``path`` (a key, or a table then a key)
    in ``pipeline/data/NAME.toml``."""
    return frozenset(word_list(name, *path))


@cache
def word_list(name: str, *path: str) -> tuple[str, ...]:
    """The lower-cased words of the list at ``path`` in ``pipeline/data/NAME.toml``, in the file's order."""
    found: Any = data_file(name)
    for key in path:
        found = found[key]
    return tuple(str(word).lower() for word in found)


@cache
def alternatives(name: str, *path: str) -> str:
    """The words of the list at ``path`` in ``pipeline/data/NAME.toml`` as the alternatives of
    a regular expression, in the file's order: each escaped, a space standing for any white
    space ("per cent" matches "per  cent")."""
    return "|".join(r"\s+".join(map(re.escape, phrase.split())) for phrase in word_list(name, *path))


@cache
def name_list(name: str) -> tuple[str, ...]:
    """The names of ``pipeline/data/NAME.txt``, one per line as written; "#" opens a comment
    line. For lists too long to read well as TOML (data/cities.txt)."""
    text = resources.files("pipeline").joinpath(f"data/{name}.txt").read_text(encoding="utf-8")
    return tuple(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


@cache
def words_of_lists(*paths: tuple[str, ...]) -> frozenset[str]:
    """The words of several lists together, each given as the path ``words`` takes
    (``words_of_lists(("names", "female_given"), ("names", "male_given"))``): made
    once, not joined again at every word a stage checks."""
    return frozenset().union(*(words(*path) for path in paths))
