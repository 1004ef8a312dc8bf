"""Facts a form's labelled fields state about the person it is about, as bio-data sheets,
member profiles and CVs write them: "Date of birth:  17th March 1968", "Place of Birth :
Bhokardan", "Marital status:  Married to Mr. Robert Ssentongo", "Party Name : Indian
National Congress (INC)". No verb: the label says what the value is (``data/sections.toml``,
``[fields]``). The person is the document's subject; a partner is the person the value names.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span

from pipeline.parsed import text_of
from pipeline.records import DateMention, Mention
from pipeline.wordlists import data_file

# A birth field's place, whatever the model called it ("Place of birth: Nyeri", read as ORG).
_PLACES = frozenset({"GPE", "LOC", "FAC", "ORG"})


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
    for kind, line, value in fields:
        dated = _dates_in(value, dates)
        date = dated[0] if dated else None
        married = kind == "spouse" or (kind == "marital_status" and any(t.lower_ == "married" for t in value))
        if married:
            people = [m for m in _in(value, mentions) if m.label == "PERSON" and m.cluster != subject.cluster]
            yield FieldFact("marriage", line, date, partner=people[0] if people else None)
        elif kind == "party":
            yield FieldFact("membership", line, None, organization=_without_brackets(value.text))


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
