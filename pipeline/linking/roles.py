"""Role references: "the President", "the prime minister", "the mayor".

Added only when resolvable: the document must name someone with that title
directly before the name ("President X", "mayor Y"). The reference goes to the
holder named most recently before it, or, before any such naming, to the only
person the document names with that title.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from typing import TYPE_CHECKING

from pipeline.ids import make_id
from pipeline.linking.titles import HONORIFICS, ROLE_REFERENCE, normalize_role, role_key
from pipeline.parsed import sentences, text_of
from pipeline.records import Mention

if TYPE_CHECKING:  # spaCy is imported by the stages that parse, not by linking on its own
    from spacy.tokens import Doc

# Between a title and the name it introduces: nothing, a comma, or an "of"
# complement without an article ("the minister of emergency situations NAME").
_TITLE_TO_NAME = re.compile(r"^(?:\s+of(?:\s+(?!the\b|a\b|an\b)[a-z][\w-]*){1,4})?\s*,?\s*$")
_TITLE_REACH = 60


def role_references(doc: Doc, mentions: Sequence[Mention]) -> list[Mention]:
    """New PERSON mentions for resolvable "the <title>" references, cluster set."""
    holders = _holders(mentions)
    if not holders:
        return []
    doc_id = mentions[0].doc_id
    sentence_starts = [sent.start_char for sent in sentences(doc)]
    taken = sorted((m.start_char, m.end_char) for m in mentions)
    found: list[Mention] = []
    for match in ROLE_REFERENCE.finditer(text_of(doc)):
        key = role_key(match.group(1))
        start, end = match.start(), match.end()
        if (
            key not in holders
            or _overlaps(taken, start, end)
            or _introduces_name(text_of(doc), end, mentions)
        ):
            continue
        cluster = _resolve(holders[key], start)
        if cluster is None:
            continue
        found.append(
            Mention(
                mention_id=make_id("mention", doc_id, start, end),
                doc_id=doc_id,
                text=match.group(0),
                label="PERSON",
                start_char=start,
                end_char=end,
                sentence_index=max(bisect_right(sentence_starts, start) - 1, 0),
                role=normalize_role(match.group(1)),
                cluster=cluster,
            )
        )
    return found


def _holders(mentions: Sequence[Mention]) -> dict[str, list[tuple[int, str]]]:
    """role key -> (offset, cluster) of each person named with that title."""
    holders: dict[str, list[tuple[int, str]]] = {}
    for m in mentions:
        if m.role and m.cluster and m.label == "PERSON" and role_key(m.role) not in HONORIFICS:
            holders.setdefault(role_key(m.role), []).append((m.start_char, m.cluster))
    return holders


def _resolve(holders: list[tuple[int, str]], offset: int) -> str | None:
    earlier = [cluster for start, cluster in holders if start < offset]
    if earlier:
        return earlier[-1]
    distinct = {cluster for _, cluster in holders}
    return distinct.pop() if len(distinct) == 1 else None


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


def _introduces_name(text: str, end: int, mentions: Sequence[Mention]) -> bool:
    """The title is written before a person's name, not standing alone."""
    for m in mentions:
        if end <= m.start_char <= end + _TITLE_REACH and m.label == "PERSON":
            return _TITLE_TO_NAME.match(text[end : m.start_char]) is not None
    return False
