"""Curated word lists, read from the TOML files in ``pipeline/data/``.

Every list a user may extend lives in a data file, one file per concept
(``names.toml``: words inside personal names; ``events.toml``: event triggers;
``positions.toml``: title words; ...). ``words("names", "particles")`` reads one.
"""

from __future__ import annotations

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
def words(name: str, key: str) -> frozenset[str]:
    """The lower-cased words of list ``key`` in ``pipeline/data/NAME.toml``."""
    return frozenset(str(word).lower() for word in data_file(name)[key])
