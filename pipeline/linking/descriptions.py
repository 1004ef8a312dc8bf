"""Definite descriptions of organisations: "the bank", "the committee", "the company".

A reader takes "the bank" for the bank the text has just named ("Nordhaf Bank"). A
description whose noun is an organisation's head word (``data/organizations.toml``
``heads``, less ``not_descriptions``) goes to the organisation named last before it, in
its sentence or the one before, when that name holds the noun and no other name (an
organisation, a place) stands between them: "moved to Brimnes FC. The club released him"
and "emigrated to Israel, where he joined the army" have nothing to resolve; a place written
right after the organisation ("Nordhaf Bank in Reykjavik") is where it is and no obstacle. Left alone
too: a description with a complement, a name or a possessive after it ("the bank of
Scotland", "the company Brimnes Group", "the group's head", "the police in Spain"), a
name that is the noun alone ("Faculty"), and a description with the noun written again
between it and the name ("at Nordhaf Bank, founded her own bank. The bank collapsed").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from typing import TYPE_CHECKING

from pipeline.ids import make_id
from pipeline.linking.names import fold
from pipeline.parsed import sentences, text_of
from pipeline.records import Mention
from pipeline.wordlists import words

if TYPE_CHECKING:  # spaCy is imported by the stages that parse, not by linking on its own
    from spacy.tokens import Doc

_DESCRIPTION = re.compile(r"\b[Tt]he ([A-Za-z][a-z]+)\b")
# What makes "the bank" part of a longer phrase: a complement, a name or a place after it,
# or a possessive ("the group's head of operations" is a person).
_CONTINUED = re.compile(r"[ \t]+(?:of|for|on)\b|[ \t]+(?:in[ \t]+)?[A-Z]|-|['’]s\b")
_NOUNS = words("organizations", "heads") - words("organizations", "not_descriptions")
# Names that stand between a description and the organisation it would take.
_BETWEEN = frozenset({"ORG", "GPE", "LOC", "FAC"})


# A place written right after an organisation's name is where it is ("Nordhaf Bank in Reykjavik").
_LOCATED = re.compile(r"(?:,[ \t]*|[ \t]+in[ \t]+)")


def organisation_references(doc: Doc, mentions: Sequence[Mention]) -> list[Mention]:
    """New ORG mentions for "the <head word>" descriptions, cluster set."""
    text = text_of(doc)
    starts = [sent.start_char for sent in sentences(doc)]
    names = sorted((m for m in mentions if m.label in _BETWEEN), key=lambda m: m.start_char)
    taken = [(m.start_char, m.end_char) for m in mentions]
    found = []
    for match in _DESCRIPTION.finditer(text):
        noun, start, end = match[1].lower(), match.start(), match.end()
        if noun not in _NOUNS or _CONTINUED.match(text, end) or any(s < end and start < e for s, e in taken):
            continue
        named = _named_before(text, names, start, noun, starts)
        if named is None or _another_described(text, named.end_char, start, noun):
            continue
        found.append(
            Mention(
                mention_id=make_id("mention", named.doc_id, start, end),
                doc_id=named.doc_id,
                text=match[0],
                label="ORG",
                start_char=start,
                end_char=end,
                sentence_index=max(bisect_right(starts, start) - 1, 0),
                cluster=named.cluster,
            )
        )
    return found


def _named_before(
    text: str, names: Sequence[Mention], start: int, noun: str, starts: Sequence[int]
) -> Mention | None:
    """The name right before ``start`` (past the place it is in) when it is an organisation's
    holding ``noun``, in the same sentence or the one before."""
    before = [m for m in names if m.end_char <= start]
    while len(before) > 1 and before[-1].label != "ORG" and _located(text, before[-2], before[-1]):
        before.pop()
    if not before:
        return None
    last = before[-1]
    sentence = bisect_right(starts, start) - 1
    return (
        last
        if last.label == "ORG"
        and last.cluster
        and " " in last.text  # "Faculty" alone names no one body
        and noun in fold(last.text).split()
        and bisect_right(starts, last.start_char) - 1 >= sentence - 1
        else None
    )


def _located(text: str, organisation: Mention, place: Mention) -> bool:
    between = text[organisation.end_char : place.start_char]
    return organisation.label == "ORG" and _LOCATED.fullmatch(between) is not None


def _another_described(text: str, end: int, start: int, noun: str) -> bool:
    """ "at Nordhaf Bank, founded her own bank in 2003. The bank collapsed": an unnamed
    bank written between the name and the description may be the one it means."""
    return re.search(rf"\b{re.escape(noun)}s?\b", text[end:start], re.IGNORECASE) is not None
