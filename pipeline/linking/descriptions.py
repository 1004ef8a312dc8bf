"""Definite descriptions of organisations: "the bank", "the committee", "the company".

A reader takes "the bank" for the bank the text has named ("Nordhaf Bank"). A description
whose noun is an organisation's head word (``data/organizations.toml`` ``heads``) goes to
the organisation named most recently before it whose name holds that noun. It is left
alone when nothing fits; when a name or an "of" complement follows it ("the company
Nordhaf", "the bank of Scotland"), for then it is not a description of its own; and
when it stands inside a name. The organisation's name must be more than the noun
("Faculty" alone is no one body's name).
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
# What makes "the bank" part of a longer phrase: a complement or a name after it, or a
# possessive ("the group's head of operations" is a person).
_CONTINUED = re.compile(r"[ \t]+(?:of|for|on)\b|[ \t]+[A-Z]|-|['’]s\b")
_HEADS = words("organizations", "heads")


def organisation_references(doc: Doc, mentions: Sequence[Mention]) -> list[Mention]:
    """New ORG mentions for "the <head word>" descriptions, cluster set."""
    named = [
        (m.start_char, m.cluster, set(fold(m.text).split()))
        for m in mentions
        if m.label == "ORG" and m.cluster and " " in m.text  # "Faculty" alone names no one body
    ]
    if not named:
        return []
    text = text_of(doc)
    sentence_starts = [sent.start_char for sent in sentences(doc)]
    taken = [(m.start_char, m.end_char) for m in mentions]
    found = []
    for match in _DESCRIPTION.finditer(text):
        noun, start, end = match[1].lower(), match.start(), match.end()
        if noun not in _HEADS or _CONTINUED.match(text, end) or any(s < end and start < e for s, e in taken):
            continue
        earlier = [cluster for offset, cluster, name in named if offset < start and noun in name]
        if not earlier:
            continue
        found.append(
            Mention(
                mention_id=make_id("mention", mentions[0].doc_id, start, end),
                doc_id=mentions[0].doc_id,
                text=match[0],
                label="ORG",
                start_char=start,
                end_char=end,
                sentence_index=max(bisect_right(sentence_starts, start) - 1, 0),
                cluster=earlier[-1],
            )
        )
    return found
