"""The people a notice lists under the sentence that appoints them.

"I have appointed the persons listed below as members of the Board ... with effect
from 1 July 2019:" then "1. Professor X (Chairperson)", "2. Dr Y"; "To appoint the
following persons as members of the Commission:" then "3.1. Dr X, ...", "3.2. Y, ...";
"The Board has also appointed two new trustees, effective immediately:" then a line per
trustee. The verb's object names no one; the lines below the colon do, one each.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from pipeline.discourse.people import People
from pipeline.parsed import text_of
from pipeline.records import Mention
from pipeline.wordlists import word_list, words

# A list item's marker: "1.", "3.1.", "(a)", "b)", or a bullet (data/sections.toml).
_BULLETS = "".join(map(re.escape, word_list("sections", "item_bullets")))
_ITEM = re.compile(rf"\s*(?:\(?\d{{1,2}}(?:\.\d{{1,2}})*[.)]|\(?[a-z][.)]|[{_BULLETS}])\s+")


def listed_people(verb: Token, people: People) -> list[Mention]:
    """The people named one per item in the list a colon opens at the end of ``verb``'s
    line, when the verb's object stands for them ("the persons listed below", "two new
    trustees")."""
    text = text_of(verb.doc)
    line_end = text.find("\n", verb.idx)
    line_end = len(text) if line_end == -1 else line_end
    if not _object_stands_for_a_list(verb) or not text[verb.idx : line_end].rstrip().endswith(":"):
        return []
    found = []
    for start, end in _items_after(text, line_end):
        named = [m for m in people.persons if start <= m.start_char < end]
        if named:
            found.append(min(named, key=lambda m: m.start_char))
    return found


def _object_stands_for_a_list(verb: Token) -> bool:
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or obj.ent_type_ == "PERSON":
        return False
    if obj.lower_ == "following":
        return True  # "appointed the following:"
    plural = obj.tag_ == "NNS"
    return plural and obj.lemma_.lower() in words("events", "appointment", "listed_people_nouns")


def _items_after(text: str, offset: int) -> list[tuple[int, int]]:
    """(start, end) of the list items on the lines right after ``offset`` (the end of a
    line): consecutive lines that open with a list marker, blank lines before the first
    allowed, up to the first line that is neither."""
    items: list[tuple[int, int]] = []
    line_start = offset + 1
    while line_start < len(text):
        line_end = text.find("\n", line_start)
        line_end = len(text) if line_end == -1 else line_end
        if _ITEM.match(text, line_start, line_end):
            items.append((line_start, line_end))
        elif items or text[line_start:line_end].strip():
            break
        line_start = line_end + 1
    return items
