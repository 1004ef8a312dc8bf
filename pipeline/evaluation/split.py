"""Which written document is dev and which is held-out: a fixed rule, not a choice.

A document is held-out when the first hexadecimal digit of the SHA-256 of its file
name is 0-6 (7 in 16), else dev. The documents written before the split existed were
read while rules were written, so they are dev whatever their hash. The two samples
in `raw/` are a group of their own. See tests/gold/GUIDELINES.md, "Dev and held-out".
"""

from __future__ import annotations

import hashlib

SAMPLES = "samples"
DEV = "dev"
HELD_OUT = "held-out"
GROUPS = (SAMPLES, DEV, HELD_OUT)

_HELD_OUT_DIGITS = frozenset("0123456")
_WRITTEN_BEFORE_THE_SPLIT = frozenset(
    {
        "bio_dubrovina.txt",
        "news_garnov.txt",
        "cv_melnik.txt",
        "linking_city.txt",
        "linking_family.txt",
        "linking_translit.txt",
    }
)


def split_of(source: str, genre: str) -> str:
    """The group of a gold document, from its file name and genre."""
    if genre == "sample":
        return SAMPLES
    if source in _WRITTEN_BEFORE_THE_SPLIT:
        return DEV
    digit = hashlib.sha256(source.encode("utf-8")).hexdigest()[0]
    return HELD_OUT if digit in _HELD_OUT_DIGITS else DEV
