"""Family references: "the X family", "the X and Y families", "the X clan".

A surname used for a family is not a reference to one of its members, so such
mentions get the role ``FAMILY_ROLE`` and are clustered apart from people.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.records import Mention
from pipeline.wordlists import alternatives

FAMILY_ROLE = "family"
# After the surname: optionally "and Y" / "–Y", then a family noun.
_FAMILY_NOUNS = alternatives("names", "family_nouns")  # data/names.toml
_FAMILY_AFTER = re.compile(rf"^(?:['’]s?)?(?:\s*(?:and|&|–|-)\s*[A-Z][\w’'-]*)?\s+(?:{_FAMILY_NOUNS})\b")
# "X–Y" joins two surnames: the two families (a "X–Y wedding").
_PAIR_AFTER = re.compile(r"^[–-][A-Z][\w]+(?:['’]s)?\s+[a-z]")
_PAIR_BEFORE = re.compile(r"[A-Z][\w]+[–-]$")
_LOOKAHEAD = 60


def is_family_reference(text: str, mention: Mention) -> bool:
    """A one-word name followed by a family noun ("X family", "X and Y families"),
    or one of two names joined by a dash ("the X–Y wedding")."""
    if len(mention.text.split()) != 1:
        return False
    following = text[mention.end_char : mention.end_char + _LOOKAHEAD]
    if _PAIR_AFTER.match(following) or _dash_paired_before(text, mention.start_char):
        return True
    return _FAMILY_AFTER.match(following) is not None and not following.startswith(("’s", "'s"))


def _dash_paired_before(text: str, start: int) -> bool:
    """``_PAIR_BEFORE`` on the text before ``start``: it can only match where that text
    ends with a dash (or a dash and a line break, which ``$`` allows), so the search over
    everything before the name runs only then, not once for each name of the document."""
    if not text[max(0, start - 2) : start].rstrip("\n").endswith(("–", "-")):
        return False
    return _PAIR_BEFORE.search(text[:start]) is not None


# Kin nouns (data/discourse.toml) before a name that make it a relative's: "son of X",
# "his father, X", "the eldest son of X and his wife Y".
_KIN_NOUNS = alternatives("discourse", "female_kin") + "|" + alternatives("discourse", "male_kin")
_KIN_BEFORE = re.compile(
    rf"\b(?:{_KIN_NOUNS}|child|children|parents)(?:\s+of)?[\s,]*(?:the\s+)?$", re.IGNORECASE
)
_KIN_WINDOW = 30


def relative_ids(text: str, mentions: Sequence[Mention]) -> set[str]:
    """Names told as someone's relative: such a name may end the relative's own name
    ("Mohanlal Desai", father of "Ravi Mohanlal Desai") without being his."""
    return {
        m.mention_id
        for m in mentions
        if _KIN_BEFORE.search(text[max(0, m.start_char - _KIN_WINDOW) : m.start_char])
    }


# "Halina X (née Ostrowska; 1925–2016)", "Eva X, née Věchtová": the surname she was born with.
_MAIDEN_AFTER = re.compile(rf"^\s*[(,]\s*(?:{alternatives('names', 'maiden_name_words')})\s+([A-Z][\w’'-]+)")


def maiden_names(text: str, mentions: Sequence[Mention]) -> dict[str, str]:
    """Mention id -> the surname the text says that woman was born with: her name with it
    ("Halina Ostrowska") is hers too."""
    found = {}
    for mention in mentions:
        match = _MAIDEN_AFTER.match(text[mention.end_char : mention.end_char + _LOOKAHEAD])
        if match:
            found[mention.mention_id] = match.group(1)
    return found


def family_ids(text: str, mentions: Sequence[Mention]) -> set[str]:
    return {m.mention_id for m in mentions if is_family_reference(text, m)}
