"""A roster's shape: the lines listed under a heading that names a post.

    Deputy Chairs
    • Matevž X (SD – Social Democrats), since 22. 6. 2022
    • Nives Y (DZS), since 14. 3. 2023

A heading is a short line naming a post, in the plural for several holders ("Members",
"Substitutes", "Deputy Head of Delegation", "Former chairs"); the lines right under it, up
to a blank line or the first sentence (a line with a verb), are its entries. NER reads a holder's name from
an entry (``pipeline.ner.repair``), careers the post (``pipeline.careers.rosters``).
The post words are those of ``data/positions.toml``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from pipeline.dates.lexicon import MONTHS
from pipeline.parsed import text_of
from pipeline.wordlists import words

if TYPE_CHECKING:  # linking imports NER's repairs, which read rosters, without spaCy
    from spacy.tokens import Doc, Token

_KEY = "pipeline.rosters"
# A bracket right after a name, on the same line: its first part ("(MTR)", "(PSOE), since").
_BRACKET_AFTER = re.compile(r"[ \t]*\(([^()\n,;]{2,40})[,;)]")
_DASHES = frozenset({"–", "—", "-"})
# A heading is a short line of words only: "Deputy Head of Delegation", "Former chairs".
_HEADING = re.compile(r"[A-Z][\w’'-]*(?:[ \t]+[\w’'-]+){0,5}")


@dataclass(frozen=True, slots=True)
class RosterLine:
    title: str  # the heading's post, in the singular, without "former": "Deputy Chair"
    start: int
    end: int


def bracket_after(text: str, end: int) -> re.Match[str] | None:
    """A bracket set right after a name ending at ``end``, on the same line; its group 1 is
    the bracket's first part: "PSOE" of "Begoña X (PSOE), since 2023" or of "(PSOE, 7 seats)"."""
    return _BRACKET_AFTER.match(text, end)


def roster_lines(doc: Doc) -> list[RosterLine]:
    """Each entry line of each roster in ``doc``, with the post its heading names; read once
    per Doc (NER, events and careers all ask), kept in its ``user_data`` as plain values."""
    found = doc.user_data.get(_KEY)
    if found is None:
        found = doc.user_data[_KEY] = [(line.title, line.start, line.end) for line in _read(doc)]
    return [RosterLine(*values) for values in found]


def _read(doc: Doc) -> Iterator[RosterLine]:
    text = text_of(doc)
    title: str | None = None
    offset = 0
    for line in text.splitlines(keepends=True):
        start, stripped = offset, line.strip()
        offset += len(line)
        if not stripped:
            title = None  # a blank line ends the roster: its entries follow its heading
            continue
        heading = post_heading(stripped)
        if heading is not None:
            title = heading
            continue
        end = start + len(line.rstrip())
        if title is not None and stripped.endswith(":") and _names_post(stripped, title):
            continue  # "The Assembly then elected four Vice-Presidents:": the entries follow
        if title is not None and _tells(doc, start, end):
            title = None  # prose: the roster is over
        if title is not None and not _told_of_holder(doc, start, end):
            yield RosterLine(title, start + len(line) - len(line.lstrip()), end)


def post_heading(line: str) -> str | None:
    """The post a heading line names, in the singular: "Deputy Chairs" -> "Deputy Chairs"
    read as "Deputy Chair"; none for a heading of anything else ("About the Head")."""
    if not _HEADING.fullmatch(line):
        return None
    parts = line.split()
    of = next((i for i, w in enumerate(parts) if w.lower() == "of"), len(parts))
    head = parts[of - 1].lower() if of else ""
    heads, modifiers, past = (words("positions", name) for name in ("heads", "modifiers", "heading_past"))
    singular = head[:-1] if head.endswith("s") and head[:-1] in heads else head
    prefix, _, last = singular.rpartition("-")  # "Vice-Chairs": a modifier joined to the head
    if singular not in heads and prefix in modifiers:
        last = last[:-1] if last.endswith("s") and last[:-1] in heads else last
        singular = f"{prefix}-{last}" if last in heads else singular
    before = {w.lower() for w in parts[: of - 1]}
    if not (singular in heads or last in heads) or not before <= modifiers | heads | past:
        return None
    kept = [w for w in parts[: of - 1] if w.lower() not in past] + [singular] + parts[of:]
    return " ".join(kept)


def _names_post(line: str, title: str) -> bool:
    """A line introducing entries of the heading's own post ("... four Vice-Presidents:"),
    not of another ("The vice-chairs are:" under "Chair", "Also attending were:")."""
    head = title.split(" of ")[0].split()[-1].lower()
    said = {w.strip(".,:;()").lower() for w in line.split()}
    return head in said or f"{head}s" in said


def _tells(doc: Doc, start: int, end: int) -> bool:
    """A line with a verb (not a bullet the tagger took for one) is a sentence, not an entry;
    but an entry may go on after its holder's bracket ("– Radu X (Romania), 93 votes,
    replacing Elena Y;")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    bracket = next((t.i for t in span if t.text == "("), span.end)
    return any(t.pos_ in {"VERB", "AUX"} and t.is_alpha for t in doc[span.start : bracket])


def _told_of_holder(doc: Doc, start: int, end: int) -> bool:
    """A line under the heading that tells of its first name in a sentence ("Eva Roth
    (Austria), who had also stood, received 40 votes"): no entry, though the roster goes on;
    but "2014–2017  X (S&D) – left Parliament in June 2017" is an entry with a note."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    first = next((t for t in span if t.is_alpha or t.like_num), None)
    if first is not None and (first.like_num or first.lower_.rstrip(".") in MONTHS):
        return False  # "• December 2011 – April 2014: X (DZS), died in office": a dated entry
    bracket = next((t.i for t in span if t.text == "("), span.end)
    closing = next((t.i for t in span if t.text == ")"), None)
    if closing is not None and closing + 1 < span.end and doc[closing + 1].text in _DASHES:
        return False
    return any(t.dep_ in {"nsubj", "nsubjpass"} and _finite(t.head) for t in doc[span.start : bracket])


def _finite(verb: Token) -> bool:
    tags = {"VBD", "VBZ", "VBP", "MD"}
    return verb.tag_ in tags or any(c.dep_ in {"aux", "auxpass"} and c.tag_ in tags for c in verb.children)
