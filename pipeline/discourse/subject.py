"""Who a text is about: the person its title names, or the one its first sentence
introduces, and the topic person of each section that a heading names.

A biography, an obituary or a CV is about one person; news and features often are
not, and then there is no subject. A text that moves from one person to the next
under headings ("Bronisław X" ... "Halina X") has a topic per section.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # linking imports this module without spaCy
    from spacy.tokens import Doc, Span, Token

from pipeline.ner.repair import bracket_content, is_lifespan, named_in_fields
from pipeline.parsed import sentences, text_of
from pipeline.records import Mention
from pipeline.wordlists import alternatives, words

# A title or heading is a short line without a full stop at its end.
_HEADING_MAX_WORDS = 14
# How many sentences from the top may hold the two that introduce a text's person.
_LEAD_WINDOW = 8
# An interview's lead (data/discourse.toml): "X talks to Y".
_INTERVIEW_VERBS = words("discourse", "interview_verbs")
_INTERVIEWER_NOUNS = words("discourse", "interviewer_nouns")
# What a lead writes after a name to describe the person: an age, or a description's first
# words ("an economist", "who spent ...", data/discourse.toml).
_DESCRIPTION = re.compile(
    rf",\s+(?:\d{{1,3}}\s*,|(?:{alternatives('discourse', 'description_openers')})\s)", re.IGNORECASE
)
# A profile's heading may come under a site's or a ministry's header lines.
_TITLE_LINES = 5
# What follows a surname written first on a profile's name line: ", Ivan Sergeyevich".
_GIVEN_NAMES_AFTER = re.compile(r",\s+(?:[A-Z][\w'.-]*\s*){1,4}")


@dataclass(frozen=True, slots=True)
class Section:
    start_char: int
    person: Mention | None  # the person its heading names, if exactly one


def field_person(doc: Doc, persons: Sequence[Mention]) -> Mention | None:
    """The person a form's "Name:" field names: who a bio-data sheet or register is about."""
    for span in named_in_fields(doc)[:1]:
        return next((m for m in persons if span.start_char <= m.start_char < span.end_char), None)
    return None


def title_person(doc: Doc, persons: Sequence[Mention]) -> Mention | None:
    """The one person named on the document's first line, when that line is a title; or
    a person alone on one of the first lines (a profile's heading under a site's title)."""
    text = text_of(doc)
    lines = _first_lines(text, _TITLE_LINES)
    if not lines:
        return None
    start, end = lines[0]
    if _is_heading(text[start:end]):
        named = [m for m in persons if start <= m.start_char and m.end_char <= end]
        if len({_key(m) for m in named}) == 1:
            return _in_full(named[0], persons)
    for start, end in lines[1:]:
        alone = [m for m in persons if m.end_char == end and _titles_before(text, start, m)]
        if alone:
            return alone[0]
        # "Jadhav, Shri Ramdas Vithalrao": a surname first, then the given names.
        first = [m for m in persons if m.start_char == start]
        if first and _GIVEN_NAMES_AFTER.fullmatch(text[first[0].end_char : end]):
            return first[0]
    return None


def _titles_before(text: str, start: int, mention: Mention) -> bool:
    """The name opens its line, or only its titles come before it ("Brigadier General X",
    under a ministry's header lines)."""
    before = text[start : mention.start_char].split()
    return not before or (mention.role is not None and all(w[:1].isupper() for w in before))


def _in_full(title: Mention, persons: Sequence[Mention]) -> Mention:
    """The name a title shortens, as the text then writes it in full: "Rosaura Ibarrola:
    ..." over a story about "Rosaura Ibarrola Quintanar" (a second surname, a middle name
    the title leaves out)."""
    words = title.text.split()
    if len(words) < 2:  # "Kuyucaklı" over "Kuyucaklı Yapı": a family's name, not a shortened one
        return title
    fuller = (
        m
        for m in persons
        if m.start_char > title.end_char
        and len(m.text.split()) > len(words)
        and _extends(m.text.split(), words)
    )
    return next(fuller, title)


def _extends(full: list[str], short: list[str]) -> bool:
    """Every word of ``short`` in ``full``, in order, both starting with the same word."""
    position = 0
    for word in short:
        if word not in full[position:]:
            return False
        position = full.index(word, position) + 1
    return full[0] == short[0]


def _first_lines(text: str, count: int) -> list[tuple[int, int]]:
    """(start, end) of the first ``count`` non-blank lines, without their blanks."""
    found, offset = [], 0
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        if stripped:
            start = offset + line.index(stripped)
            found.append((start, start + len(stripped)))
            if len(found) == count:
                break
        offset += len(line)
    return found


def lead_person(doc: Doc, persons: Sequence[Mention], lifespan_only: bool = False) -> Mention | None:
    """The person the first sentences introduce: followed by lifespan brackets, or (unless
    ``lifespan_only``) the subject of the first sentence of the body ("X (born 1950) is a
    ...", "X was a ...")."""
    # A feature's masthead, date line, headline and byline may come before its first sentence.
    body = [s for s in sentences(doc)[:_LEAD_WINDOW] if not _is_heading(s.text.strip())]
    for sent in body[:2]:
        for mention in (m for m in persons if sent.start_char <= m.start_char < sent.end_char):
            if _before_lifespan(doc, mention) or (not lifespan_only and _is_subject(sent, mention)):
                return mention
    return None


def interviewee(doc: Doc, persons: Sequence[Mention]) -> Mention | None:
    """Whom an interview's lead says is interviewed: of "X talks to Y", the side that is no
    journalist ("X, 61, talks to our legal affairs correspondent, Y": X), else the side the
    lead describes ("X talks to Y, who spent thirty years at ...": Y; "X, an economist,
    talks to Y about ...": X). The caller asks only of a text told in the first person:
    elsewhere "X spoke to Y" is a meeting, not an interview. The parser often misses the
    verb's subject, so the two sides are read in text order."""
    for sent in sentences(doc)[:_LEAD_WINDOW]:
        for verb in sent:
            if (
                verb.lemma_.lower() in _INTERVIEW_VERBS
                and verb.i + 1 < sent.end
                and verb.nbor().lower_ == "to"
            ):
                found = _interview_sides(doc, persons, sent, verb)
                if found is not None:
                    return found
    return None


def _interview_sides(doc: Doc, persons: Sequence[Mention], sent: Span, verb: Token) -> Mention | None:
    before = [m for m in persons if sent.start_char <= m.start_char < verb.idx]
    after = [m for m in persons if verb.idx < m.start_char < sent.end_char]
    if not before or not after:
        return None
    asker, asked = before[-1], after[0]
    text = text_of(doc)
    if _names_a_journalist(text[verb.idx : asked.start_char]):
        return asker
    if _names_a_journalist(text[sent.start_char : asker.end_char]):
        return asked
    if _described(text, asked.end_char):
        return asked
    return asker if _described(text, asker.end_char) else None


def _names_a_journalist(words: str) -> bool:
    return any(w.strip(",.").lower() in _INTERVIEWER_NOUNS for w in words.split())


def _described(text: str, end: int) -> bool:
    """A name followed by what the lead says of the person: ", 61,", ", an economist,",
    ", who spent thirty years at ..."."""
    return bool(_DESCRIPTION.match(text, end))


def sections(doc: Doc, persons: Sequence[Mention]) -> list[Section]:
    """The document's sections: each starts at a heading line, with the person the
    heading names (a heading that names nobody keeps the section's person unknown), or
    at a paragraph that opens by introducing a person ("X (1850–1920) was ...", "X is a
    Ghanaian diplomat."), the way a text of short biographies moves to the next one. The
    line under a heading that is a name alone is its subtitle ("Rasmus X" / "First Deputy
    Speaker · Venstre"), in that person's section; a byline ("By Rodrigo X") starts none."""
    found: list[Section] = []
    offset = 0
    under_name = False  # the line above is a heading that is a person's name alone
    for line in text_of(doc).splitlines(keepends=True):
        stripped = line.strip()
        if stripped and offset > 0 and _is_heading(stripped):
            person = _heading_person(persons, offset, offset + len(line))
            opens = person is not None and person.start_char <= offset + line.index(stripped) + 2
            if _byline(stripped):
                pass
            elif under_name and not opens:
                under_name = False
            else:
                found.append(Section(offset, person))
                under_name = person is not None and len(stripped.split()) <= len(person.text.split()) + 1
        elif stripped and offset > 0:
            under_name = False
            introduced = _introduced(doc, persons, offset + line.index(stripped))
            if introduced is not None:
                found.append(Section(offset, introduced))
        offset += len(line)
    return found


def _heading_person(persons: Sequence[Mention], start: int, end: int) -> Mention | None:
    """The one person a heading line names by full name (not a family's surname)."""
    named = {_key(m): m for m in persons if start <= m.start_char < end and len(m.text.split()) > 1}
    return next(iter(named.values())) if len(named) == 1 else None


def _introduced(doc: Doc, persons: Sequence[Mention], start: int) -> Mention | None:
    """The person a paragraph opens with, by full name, to introduce: followed by lifespan
    brackets, or the subject of "is/was a ..." (a copula with a predicate noun). A name
    further in ("Wife – X (1935–2011)", "His son, X, is a ...") is a relative of the topic
    person, not a new topic."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None:
        return None
    sent = span[0].sent
    for mention in (m for m in persons if sent.start_char <= m.start_char < sent.end_char):
        opening = doc.char_span(start, mention.start_char, alignment_mode="expand")
        if len(mention.text.split()) < 2 or (opening is not None and not _titles_only(opening)):
            continue
        if _before_lifespan(doc, mention):
            return mention
        introduces = sent.root.lemma_ == "be" and any(c.dep_ == "attr" for c in sent.root.children)
        if introduces and _is_subject(sent, mention):
            return mention
    return None


def _byline(line: str) -> bool:
    first = line.split(maxsplit=1)[0].lower()
    return first in words("discourse", "byline_words") and line[len(first) :][:2].strip()[:1].isupper()


def _titles_only(words: Span) -> bool:
    """Words before a name that are part of how it is written ("Dr", "General")."""
    return all(t.text[:1].isupper() and t.pos_ in {"PROPN", "NOUN"} for t in words)


def _is_heading(line: str) -> bool:
    words = line.split()
    return 0 < len(words) <= _HEADING_MAX_WORDS and not line.rstrip().endswith((".", ":", ";", ","))


def _before_lifespan(doc: Doc, mention: Mention) -> bool:
    after = doc.char_span(mention.end_char, mention.end_char + 2, alignment_mode="expand")
    if after is None:
        return False
    opening = next((t for t in after if t.text == "("), None)
    content = bracket_content(doc, opening) if opening is not None else None
    return content is not None and is_lifespan(content)


def _is_subject(sent: Span, mention: Mention) -> bool:
    span = sent.doc.char_span(mention.start_char, mention.end_char, alignment_mode="expand")
    if span is None:
        return False
    root = _apposed_to(span.root)
    verb = root.head
    # "X resigned, the ministry said": the reported clause's subject leads the story.
    reported = verb.dep_ == "ccomp" and verb.head.i == sent.root.i
    # "X, Y has been appointed" (a name the parser joined to the subject), "X and Y were
    # arrested": two subjects, neither the text's alone
    joined = any(
        c.pos_ == "PROPN" and (c.dep_ == "conj" or (c.dep_ == "appos" and c.ent_type_ == "PERSON"))
        for c in root.children
    )
    return root.dep_ in {"nsubj", "nsubjpass"} and (verb.i == sent.root.i or reported) and not joined


def _apposed_to(token: Token) -> Token:
    """The noun a name is set beside ("The region's governor, X, resigned"), climbing
    over the phrases the parser may hang the name on when it hangs it on another name
    ("governor of Antofagasta, X"); a name beside a common noun is that noun's
    ("the history of persecution by the president, X")."""
    if token.dep_ != "appos":
        return token
    node = token.head
    if node.pos_ != "PROPN":
        return node
    while node.dep_ in {"pobj", "prep", "appos"} and node.head.i != node.i:
        node = node.head
    return node


def _key(mention: Mention) -> str:
    return mention.cluster or mention.text
