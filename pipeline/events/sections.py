"""Education, memberships and awards listed under a section heading, as CVs, profiles
and reference-book entries write them: no verb, the heading says what each line is.

"EDUCATION / 1998-2003: University of Nairobi – BSc in Civil Engineering" is studies
(1998/2003, at the university) and a degree; "Memberships / Member of the SPD since
1991" a membership; "Awards / Environmental Medal of Lower Saxony, 2004" an award.
Headings and words are in ``data/sections.toml``. The person is the document's subject.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from pipeline.parsed import text_of
from pipeline.records import DateMention, Mention
from pipeline.wordlists import data_file, words

_HEADING_MAX_WORDS = 6
# Words of an honour whose grade is "Member" ("Member of the Order of Canada", "Member of the
# British Empire", "Member of the Year Award"): an award's nouns and the honours' bodies.
_HONOURS = (
    words("events", "award", "nouns")
    | words("positions", "honour_bodies")
    | words("sections", "words", "honours")
)
_ORGANIZATIONS = frozenset({"ORG", "FAC"})


@dataclass(frozen=True, slots=True)
class ListedFact:
    event_type: str
    line: Span
    date: DateMention | None
    organization: str | None


def listed_facts(doc: Doc, dates: Sequence[DateMention], mentions: Sequence[Mention]) -> Iterator[ListedFact]:
    """The facts the lines under education, membership and award headings state."""
    for kind, line in _items(doc):
        if kind == "none":
            continue
        on_line = [d for d in dates if line.start_char <= d.start_char < line.end_char and d.value]
        names = [m for m in mentions if line.start_char <= m.start_char < line.end_char]
        yield from _facts(kind, line, on_line, names)


def _facts(kind: str, line: Span, dates: list[DateMention], names: list[Mention]) -> Iterator[ListedFact]:
    lower = {_plain(t) for t in line if not _in_a_name(t)}
    bodies = [m.text for m in names if m.label in _ORGANIZATIONS and not _names_degree(m.text)]
    # A school's name first: the model also calls a subject ("Economics") an organization.
    schools = [
        b for b in bodies if any(w.lower() in _words("studies") and w[:1].isupper() for w in b.split())
    ]
    organization = next(iter(schools), None) or _institution(line) or next(iter(bodies), None)
    first = dates[0] if dates else None
    if kind == "award" and _opens_with_membership(line):
        kind = "membership"  # "Fellow of the European Economic Association, elected 2008" under Honours
    if kind == "education":
        degree = bool(lower & _words("degrees"))
        # "M.Sc. (Econ.), University of Tampere, 1983": a degree line names its school, but
        # only a range of years says the studies themselves ("Licenciatura ..., 1992–1997").
        if lower & _words("studies") and (not degree or any(d.kind == "range" for d in dates)):
            yield ListedFact("education", line, first, organization)
        if degree:
            yield ListedFact("degree", line, _degree_date(line, dates), organization)
    elif kind == "membership" and lower & _words("membership") and not lower & _seats():
        yield ListedFact("membership", line, first, organization or _after_member(line))
    elif kind == "award":
        points = [d for d in dates if d.kind != "range"]
        yield ListedFact("award", line, points[0] if points else first, None)


def _opens_with_membership(line: Span) -> bool:
    """ "Fellow of the European Economic Association", "Corresponding Member of the Academy":
    a line whose title, after any grade of it, is a member's; not an honour's grade ("Member
    of the Order of the British Empire", "Member of the Legion of Honour", "Member of the Year
    Award")."""
    words = [_plain(t) for t in line if t.is_alpha]
    opening = words[1:2] if words[:1] and words[0] in _words("membership_grades") else words[:1]
    return bool(opening) and opening[0] in _words("membership") and not set(words) & _HONOURS


def _in_a_name(token: Token) -> bool:
    """ "Prof. M.A. Rahman": initials inside or before a person's name are no degree."""
    doc = token.doc
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    person = token.ent_type_ == "PERSON" or (following is not None and following.ent_type_ == "PERSON")
    return person and bool(_INITIALS.fullmatch(token.text))


def _plain(token: Token) -> str:
    """A word as the lists write it: "M.Sc." -> "msc", "LL.M." -> "llm", "Ph.D." -> "phd"."""
    return token.lower_.rstrip(".").replace(".", "")


def _names_degree(text: str) -> bool:
    """ "First State Examination" labelled ORG is the degree's name, not a school."""
    return any(word.lower().strip(".,") in _words("degrees") for word in text.split())


def _institution(line: Span) -> str | None:
    """The part of the line ("1974–1987: Altes Gymnasium Oldenburg; Abitur") whose
    capitalised words include a school's ("Gymnasium", "University")."""
    for part in re.split(r"[;:,–—]|\s-\s", line.text):
        words = part.split()
        if (
            words
            and words[0][:1].isupper()
            and any(w.lower() in _words("studies") and w[:1].isupper() for w in words)
        ):
            return part.strip(" .")
    return None


def _degree_date(line: Span, dates: list[DateMention]) -> DateMention | None:
    """The date written after the degree's word ("Abitur in June 1987"); a single point
    date of the line ("1993: First State Examination"); else none: studies' years are not
    when the degree was awarded."""
    degree_at = next(t.idx for t in line if _plain(t) in _words("degrees") and not _in_a_name(t))
    after = [d for d in dates if d.start_char > degree_at and d.kind != "range"]  # a range is the studies
    if after:
        return after[0]
    points = [d for d in dates if d.kind in ("point", "fuzzy")]
    return points[0] if len(dates) == 1 and points else None


def _after_member(line: Span) -> str | None:
    """ "Member of the German Lawyers' Association": the body named after "member of"."""
    text = line.text
    lowered = text.lower()
    at = lowered.find("member of ")
    if at < 0:
        return None
    rest = text[at + len("member of ") :].split(" since ")[0].strip(" .;,")
    return rest[4:] if rest.lower().startswith("the ") else rest or None


def _items(doc: Doc) -> Iterator[tuple[str, Span]]:
    """(section kind, line) for each non-blank line under a known heading, or after a label."""
    text = text_of(doc)
    kind: str | None = None
    offset = 0
    for raw in text.splitlines(keepends=True):
        line = raw.strip()
        start = offset + (raw.index(line) if line else 0)
        offset += len(raw)
        if not line:
            continue
        heading = _heading_kind(line)
        if heading is None and kind is not None and _item_of(kind, line):
            pass  # "Member of the Finnish Economic Association": an item, though short and undated
        elif heading is not None or _is_heading(line):
            kind = heading
            label = line.split(":", 1)
            if heading is not None and len(label) == 2 and label[1].strip():
                span = doc.char_span(start + len(label[0]) + 1, start + len(line), alignment_mode="expand")
                if span is not None:
                    yield heading, span  # "Awards: Order of X (1976)"
            continue
        span = doc.char_span(start, start + len(line), alignment_mode="expand")
        if kind is not None and span is not None:
            yield kind, span


def _item_of(kind: str, line: str) -> bool:
    """A line in the section's own words, not in capitals: the section's item, not a new
    heading ("Member of X" under Memberships, "Bachelor of Arts (Economics)" under Education)."""
    if line.isupper():
        return False
    lowered = {w.strip(",;:()").lower().rstrip(".").replace(".", "") for w in line.split()}
    if kind == "membership":
        return bool(lowered & _words("membership"))
    if kind == "education":
        return bool(lowered & (_words("degrees") | _words("studies")))
    return False


def _heading_kind(line: str) -> str | None:
    name = line.split(":", 1)[0].strip().lower()
    if len(name.split()) > _HEADING_MAX_WORDS:
        return None
    for kind, phrases in _headings().items():
        if any(name == p or name.startswith(p + " ") for p in phrases):
            return kind
    return None


def _is_heading(line: str) -> bool:
    words = line.split()
    return (
        len(words) <= _HEADING_MAX_WORDS
        and not line.endswith((".", ";", ","))
        and line[:1].isupper()
        and (line.isupper() or not any(ch.isdigit() for ch in line))
        and ":" not in line
    )


# Initials written with full stops: "M.A." of "Prof. M.A. Rahman".
_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}[A-Z]?\.?")


@lru_cache(maxsize=1)
def _headings() -> dict[str, tuple[str, ...]]:
    return {k: tuple(v) for k, v in data_file("sections")["headings"].items()}


def unlisted_lines(doc: Doc) -> list[Span]:
    """Lines under a heading whose lines are not the subject's facts (references, languages)."""
    found = doc.user_data.get("pipeline.unlisted_lines")
    if found is None:
        found = doc.user_data["pipeline.unlisted_lines"] = [
            line for kind, line in _items(doc) if kind == "none"
        ]
    return list(found)


@lru_cache(maxsize=1)
def _seats() -> frozenset[str]:
    return words("organizations", "seat_bodies")


@lru_cache(maxsize=4)
def _words(key: str) -> frozenset[str]:
    return frozenset(data_file("sections")["words"][key])
