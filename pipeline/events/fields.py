"""Facts a form's labelled fields state about the person it is about, as bio-data sheets,
member profiles and CVs write them: "Date of birth:  17th March 1968", "Place of Birth :
Bhokardan", "Marital status:  Married to Mr. Robert Ssentongo", "Party Name : Indian
National Congress (INC)". No verb: the label says what the value is (``data/sections.toml``,
``[fields]``). The person is the document's subject; a partner is the person the value names.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span

from pipeline.parsed import text_of
from pipeline.records import DateMention, Mention
from pipeline.wordlists import alternatives, data_file

# A birth field's place, whatever the model called it ("Place of birth: Nyeri", read as ORG).
_PLACES = frozenset({"GPE", "LOC", "FAC", "ORG"})
_BIRTH_BEFORE = re.compile(r"\b(?:born|b\.)\s*$", re.IGNORECASE)
# A spouse label with a dash, opening a line or a sentence: "Wife – X", "married. Husband — X".
_SPOUSE_LABEL = re.compile(
    rf"(?:^|(?<=[.;:]\s))(?P<label>{alternatives('sections', 'fields', 'spouse')})\s*[–—-]\s+",
    re.IGNORECASE | re.MULTILINE,
)
# How far after the label the spouse's name may start (an honorific between).
_NAME_GAP = 12


@dataclass(frozen=True, slots=True)
class FieldFact:
    event_type: str  # birth, marriage or membership
    line: Span  # the whole field line, for the row's evidence
    date: DateMention | None
    place: Mention | None = None
    partner: Mention | None = None
    organization: str | None = None


def field_facts(
    doc: Doc, dates: Sequence[DateMention], mentions: Sequence[Mention], subject: Mention
) -> Iterator[FieldFact]:
    """A birth (its date and place fields joined), marriages and party memberships."""
    fields = list(_fields(doc))
    born = [value for kind, _, value in fields if kind == "birth"]
    if born:
        first = next(line for kind, line, _ in fields if kind == "birth")
        date = next((d for value in born for d in _dates_in(value, dates)), None)
        place = next((m for value in born for m in _in(value, mentions) if m.label in _PLACES), None)
        yield FieldFact("birth", first, date, place=place)
    labelled = list(_labelled_spouses(doc, mentions, subject))
    yield from labelled
    named = {fact.partner.cluster for fact in labelled if fact.partner is not None}
    for kind, line, value in fields:
        # "Married to X (b. 1966) since 1987": a date in brackets or after "born" is the spouse's.
        dated = [d for d in _dates_in(value, dates) if not _of_a_birth(doc, d)]
        date = dated[0] if dated else None
        married = kind == "spouse" or (kind == "marital_status" and any(t.lower_ == "married" for t in value))
        if married:
            people = [m for m in _in(value, mentions) if m.label == "PERSON" and m.cluster != subject.cluster]
            if people and people[0].cluster in named:
                continue  # "Marital status: married. Wife — X": told once, by the label
            yield FieldFact("marriage", line, date, partner=people[0] if people else None)
        elif kind == "party":
            yield FieldFact("membership", line, None, organization=_without_brackets(value.text))


def _labelled_spouses(doc: Doc, mentions: Sequence[Mention], subject: Mention) -> Iterator[FieldFact]:
    """ "Wife – Dilorom Khodjimuratova (1935–2011), teacher", "married. Husband — X": a spouse
    label and a dash, at a line's or a sentence's start, before the spouse's name."""
    text = text_of(doc)
    for match in _SPOUSE_LABEL.finditer(text):
        line_end = text.find("\n", match.end())
        line_end = len(text) if line_end == -1 else line_end
        after = [m for m in mentions if match.end() <= m.start_char < line_end and m.label == "PERSON"]
        if not after or after[0].start_char - match.end() > _NAME_GAP or after[0].cluster == subject.cluster:
            continue
        line = doc.char_span(match.start("label"), after[0].end_char, alignment_mode="expand")
        if line is not None:
            yield FieldFact("marriage", line, None, partner=after[0])


def _of_a_birth(doc: Doc, date: DateMention) -> bool:
    """A date in brackets, or after "born"/"b.": someone's birth or lifespan."""
    before = text_of(doc)[max(0, date.start_char - 12) : date.start_char]
    return bool(_BIRTH_BEFORE.search(before)) or before.rstrip().endswith("(")


def _in(value: Span, mentions: Sequence[Mention]) -> list[Mention]:
    return [m for m in mentions if value.start_char <= m.start_char < value.end_char]


def _dates_in(value: Span, dates: Sequence[DateMention]) -> list[DateMention]:
    return [d for d in dates if value.start_char <= d.start_char < value.end_char and d.value]


def _without_brackets(text: str) -> str:
    """ "Indian National Congress (INC)": the name, not its abbreviation."""
    return text.split("(")[0].strip(" .;,") or text.strip()


def _fields(doc: Doc) -> Iterator[tuple[str, Span, Span]]:
    """(kind, line, value) for each line "Label: value" whose label is a known field."""
    text = text_of(doc)
    offset = 0
    for raw in text.splitlines(keepends=True):
        label, colon, rest = raw.partition(":")
        kind = _kinds().get(" ".join(label.lower().split()))
        value = rest.strip()
        if colon and kind is not None and value:
            start = offset + len(label) + 1 + rest.index(value)
            line_start = offset + (len(raw) - len(raw.lstrip()))
            line = doc.char_span(line_start, start + len(value), alignment_mode="expand")
            span = doc.char_span(start, start + len(value), alignment_mode="expand")
            if line is not None and span is not None:
                yield kind, line, span
        offset += len(raw)


@lru_cache(maxsize=1)
def _kinds() -> dict[str, str]:
    """Field label -> what its value states."""
    fields = data_file("sections")["fields"]
    return {str(label).lower(): kind for kind, labels in fields.items() for label in labels}
