"""Titles and honorifics: generic English language knowledge, no names.

A title directly before a name ("Prime Minister Anna X", "president X",
"Dr. X") is kept apart from the name as the mention's role; "the" + a title
standing alone ("the Prime Minister") is a role reference to whoever the
document names with that title. The words are data: ``data/positions.toml``
(titles) and ``data/names.toml`` (abbreviated honorifics).
"""

from __future__ import annotations

import re

from pipeline.wordlists import alternatives, word_list, words

# Words that make a title on their own.
HEAD_TITLES = word_list("positions", "name_titles")
# Words that only modify a following title ("Prime Minister", "First Deputy Mayor").
TITLE_MODIFIERS = word_list("positions", "name_title_modifiers")
# Modifiers that say when, not which office: dropped when matching roles.
_TIME_MODIFIERS = words("positions", "time_modifiers")
# Abbreviated honorifics, the dot optional ("Mr" / "Mr."), and those written in full ("Sir").
_ABBREVIATED = word_list("names", "abbreviated_honorifics")
HONORIFICS = _ABBREVIATED + word_list("names", "full_honorifics")
# Titles that also begin organisation names ("General Motors", "King's College"):
# only stripped from spans spaCy labelled PERSON.
AMBIGUOUS_TITLES = words("positions", "ambiguous_titles")

_HEAD = alternatives("positions", "name_titles")
_MOD = alternatives("positions", "name_title_modifiers")
_HON = "|".join(map(re.escape, sorted(HONORIFICS, key=len, reverse=True)))
# One title: modifiers + head word ("Deputy Prime Minister"), or an honorific.
TITLE = rf"(?:(?:(?:{_MOD})[\s-]+)*(?:{_HEAD})\b|(?:{_HON})\b\.?)"
# Titles at the start of a span, followed by the name.
LEADING_TITLES = re.compile(rf"^((?:{TITLE}\s+)+)(?=\S)", re.IGNORECASE)
# Titles right before a span ("the president Nazar..." -> "president ").
PRECEDING_TITLES = re.compile(rf"(?<![\w-])((?:{TITLE}\s+)+)$", re.IGNORECASE)
# A title ends in one of these words; checked before the costly search above.
_TITLE_ENDS = frozenset(HEAD_TITLES) | frozenset(HONORIFICS)


def titles_before(text: str) -> re.Match[str] | None:
    """The titles at the very end of ``text`` ("... Deputy Prime Minister "), if any.

    Group 1 is the titles. Most text before a name does not end in a title
    word, and an end-anchored regex search tries every position first.
    """
    words = text.rsplit(None, 1)
    if not text[-1:].isspace() or not words:
        return None
    last = words[-1].rsplit("-", 1)[-1].rstrip(".").lower()
    return PRECEDING_TITLES.search(text) if last in _TITLE_ENDS else None


# "the Prime Minister" standing alone (a role reference).
ROLE_REFERENCE = re.compile(rf"\b(?:the)\s+({TITLE})(?![\w-])", re.IGNORECASE)


def normalize_role(words: str) -> str:
    """Canonical spelling of a title: "prime  minister" -> "Prime Minister", "dr" -> "Dr."."""
    parts = re.split(r"[\s]+", words.strip())
    cased = [part[:1].upper() + part[1:].lower() for part in parts if part]
    role = " ".join(cased)
    if role.rstrip(".").lower() in _ABBREVIATED:
        role = role.rstrip(".") + "."
    return role


def role_key(role: str) -> str:
    """Matching key for a role: lowercase, without dots, extra spaces or "former"
    ("the former governor" refers to whoever was named "Governor X")."""
    words = role.replace(".", " ").lower().split()
    return " ".join(word for word in words if word not in _TIME_MODIFIERS)


def is_ambiguous_title(role: str) -> bool:
    return role_key(role).split()[-1] in AMBIGUOUS_TITLES
