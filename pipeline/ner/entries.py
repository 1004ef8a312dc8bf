"""Names written as the entries of a list, whatever the model says about them.

Two shapes of list line hold one person's name in a fixed place:

    Deputy Chairs                                   (a roster: ``pipeline.rosters``)
    • Matevž Rozman (SD – Social Democrats), since 22. 6. 2022

    First Deputy Mayor: Iván Crespo Lozano (PSOE), since 21.06.2023
    • Minister of Tourism – Hon. Nadia Ribot (PSDM) – 27.10.2023

Under a roster's heading the name opens the line (after a bullet or a date). On a line
that opens with a post's title and a colon or a dash, the name follows the separator
(after any honorific); the title is read as a roster heading is (``post_heading``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pipeline.dates.lexicon import MONTHS
from pipeline.ner.repair import GIVEN_NAMES, hyphen_inside_name
from pipeline.parsed import text_of
from pipeline.rosters import post_heading, roster_lines
from pipeline.wordlists import words

if TYPE_CHECKING:  # linking imports NER's repairs without spaCy
    from spacy.tokens import Doc, Span, Token

# An entry's name ends at a bracket, a comma or a dash: "X (Party)", "X, deputy of ...".
_AFTER_ENTRY_NAME = frozenset({"(", ",", "–", "—", "-", ";"})
# Capitalised words that are no person's name: titles, bodies, places.
_NOT_IN_ENTRY_NAMES = (
    words("names", "not_name_words")
    | words("positions", "heads")
    | words("organizations", "heads")
    | words("organizations", "not_names")
    | words("places", "place_nouns")
)
# Between a title and its holder's name: "Senior Adviser: X", "Minister of Tourism – X".
_TITLE_SEPARATORS = frozenset({":", "–", "—", "-"})
_LINE_SEPARATOR = re.compile(r":|\s[–—-]\s")
# A title is short: "Councillor for Education, Culture and Youth".
_TITLE_MAX_WORDS = 8


def roster_names(doc: Doc) -> list[Span]:
    """The name opening each entry of a roster: under "Deputy Chairs", "• Matevž Rozman
    (SD – Social Democrats), since 22. 6. 2022" names a person; so does "• 2018–2022:
    Jernej Volk (DZS)" under "Former chairs"."""
    names = []
    for line in roster_lines(doc):
        span = doc.char_span(line.start, line.end, alignment_mode="expand")
        name = _roster_entry_name(span) if span is not None else None
        if name is not None:
            names.append(name)
    return names


def titled_line_names(doc: Doc) -> list[Span]:
    """The holder named after a title that opens a line: "Second Deputy Mayor: Nadia El
    Amrani Ruiz (VxA)", "• Attorney General – Hon. Priya Jhugroo (MTR)". Capitals alone are
    not enough after a title ("Head of Unit – Human Resources"): the name must show a
    person by a known given name, an honorific before it, a bracket after it (a party, a
    country), or a word the model labelled PERSON."""
    names = []
    offset = 0
    for line in text_of(doc).splitlines(keepends=True):
        start = offset
        offset += len(line)
        if not _LINE_SEPARATOR.search(line):
            continue  # the cheap test first: this runs on every line
        span = doc.char_span(start, start + len(line.rstrip()), alignment_mode="expand")
        tokens = _entry_tokens(span) if span is not None else []
        split = next((i for i, t in enumerate(tokens) if _separates(t)), None)
        if not split or not _is_title(tokens[:split]):
            continue
        name = _titled_name(tokens[split + 1 :])
        if name is not None:
            names.append(name)
    return names


def _entry_tokens(line: Span) -> list[Token]:
    return [t for t in line if not (t.is_space or t.text in words("sections", "bullets"))]


def _roster_entry_name(line: Span) -> Span | None:
    tokens = _entry_tokens(line)
    if tokens and (any(c.isdigit() for c in tokens[0].text) or _is_month(tokens[0])):
        colon = next((i for i, t in enumerate(tokens) if t.text == ":"), None)
        tokens = tokens[colon + 1 :] if colon is not None else []  # "2018–2022: X"
    chain = _name_chain(tokens)
    return chain[0].doc[chain[0].i : chain[-1].i + 1] if chain else None


def _name_chain(tokens: list[Token]) -> list[Token]:
    """The capitalised words opening ``tokens`` when they make a name: two to four words of
    no title, body or place, ending the line or followed by a bracket, comma or dash."""
    chain = []
    for token in tokens:
        if not (token.is_alpha and token.text[:1].isupper()) and not hyphen_inside_name(token):
            break
        chain.append(token)
    names = [t for t in chain if t.is_alpha]
    after = tokens[len(chain)] if len(chain) < len(tokens) else None
    if not 2 <= len(names) <= 4 or (after is not None and after.text not in _AFTER_ENTRY_NAME):
        return []
    if any(t.lower_ in _NOT_IN_ENTRY_NAMES for t in names):
        return []
    return chain


def _separates(token: Token) -> bool:
    """A colon, or a dash standing apart (not the hyphen of "Non-attached")."""
    if token.text == ":":
        return True
    spaced = token.i > 0 and bool(token.doc[token.i - 1].whitespace_) and bool(token.whitespace_)
    return token.text in _TITLE_SEPARATORS and spaced


def _is_title(tokens: list[Token]) -> bool:
    """ "First Deputy Mayor", "Secretary of the Delegation", "Councillor for Finance and
    Human Resources" (read up to its remit)."""
    if not tokens or len(tokens) > _TITLE_MAX_WORDS or any(t.is_digit for t in tokens):
        return False
    text = tokens[0].doc[tokens[0].i : tokens[-1].i + 1].text
    return post_heading(text) is not None or post_heading(text.split(" for ")[0]) is not None


def _titled_name(tokens: list[Token]) -> Span | None:
    honorifics = words("names", "honorifics")
    lead = 0
    while lead < len(tokens) and (tokens[lead].lower_.rstrip(".") in honorifics or tokens[lead].text == "."):
        lead += 1
    chain = _name_chain(tokens[lead:])
    if not chain:
        return None
    after = tokens[lead + len(chain)] if lead + len(chain) < len(tokens) else None
    shown = (
        lead > 0
        or chain[0].lower_ in GIVEN_NAMES
        or (after is not None and after.text == "(")
        or any(t.ent_type_ == "PERSON" for t in chain)
    )
    return chain[0].doc[chain[0].i : chain[-1].i + 1] if shown else None


def _is_month(token: Token) -> bool:
    """ "Aug", "August", "Sept." (not "Marija")."""
    return token.lower_.rstrip(".") in MONTHS
