"""Names written as the entries of a list, whatever the model says about them.

Two shapes of list line hold one person's name in a fixed place:

    Deputy Chairs                                   (a roster: ``pipeline.rosters``)
    • Matevž Rozman (SD – Social Democrats), since 22. 6. 2022

    First Deputy Mayor: Iván Crespo Lozano (PSOE), since 21.06.2023
    • Secretary of the Committee: mag. Petra Logar (since 1 February 2016)

Under a roster's heading the name opens the line (after a bullet or a date). On a line
that opens with a post's title and a colon, the name follows the colon (after any
honorific); the title is read as a roster heading is (``post_heading``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.dates.lexicon import MONTHS
from pipeline.ner.repair import GIVEN_NAMES, hyphen_inside_name
from pipeline.parsed import text_of
from pipeline.rosters import bracket_after, post_heading, roster_lines
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
    """The holder named after a title and a colon that open a line: "Second Deputy Mayor:
    Nadia El Amrani Ruiz (VxA)", "Senior Adviser: mag. Petra X". Capitals alone are not
    enough after a title ("Analyst: Goldman Sachs (London)", "Head of Unit: Human
    Resources"): the name must show a person by a known given name, an honorific before
    it, or a word the model labelled PERSON. (A dash is a bullet too, and dropped with them:
    "Manager – Business Development" is the subject's CV line.)"""
    names: list[Span] = []
    offset = 0
    brackets = _brackets_after_people(doc) if ":" in text_of(doc) else set()
    for line in text_of(doc).splitlines(keepends=True):
        start = offset
        offset += len(line)
        if ":" not in line:
            continue  # the cheap test first: this runs on every line
        span = doc.char_span(start, start + len(line.rstrip()), alignment_mode="expand")
        tokens = _entry_tokens(span) if span is not None else []
        split = next((i for i, t in enumerate(tokens) if _separates(t)), None)
        if not split or not _is_title(tokens[:split]):
            continue
        name = _titled_name(tokens[split + 1 :], brackets)
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
    return token.text == ":"


def _is_title(tokens: list[Token]) -> bool:
    """ "First Deputy Mayor", "Secretary of the Delegation", "Councillor for Finance and
    Human Resources" (read up to its remit)."""
    if not tokens or len(tokens) > _TITLE_MAX_WORDS or any(t.is_digit for t in tokens):
        return False
    text = tokens[0].doc[tokens[0].i : tokens[-1].i + 1].text
    return post_heading(text) is not None or post_heading(text.split(" for ")[0]) is not None


def _brackets_after_people(doc: Doc) -> set[str]:
    """What brackets hold right after the names the model calls people: their parties
    ("Begoña X (PSOE)"), whose bracket then shows a name the model missed is a person's."""
    text = text_of(doc)
    found = (bracket_after(text, ent.end_char) for ent in doc.ents if ent.label_ == "PERSON")
    return {match[1].strip() for match in found if match is not None}


def _titled_name(tokens: list[Token], brackets: set[str]) -> Span | None:
    honorifics = words("names", "honorifics")
    lead = 0
    while lead < len(tokens) and (tokens[lead].lower_.rstrip(".") in honorifics or tokens[lead].text == "."):
        lead += 1
    chain = _name_chain(tokens[lead:])
    if not chain:
        return None
    # A bracket shows a person only when it holds what people's brackets in the text hold
    # (a party): "Analyst: Goldman Sachs (London), 2003–2005" names a firm.
    bracket = bracket_after(text_of(chain[0].doc), chain[-1].idx + len(chain[-1]))
    party = bracket is not None and bracket[1].strip() in brackets
    shown = lead > 0 or party or chain[0].lower_ in GIVEN_NAMES or any(t.ent_type_ == "PERSON" for t in chain)
    return chain[0].doc[chain[0].i : chain[-1].i + 1] if shown else None


def _is_month(token: Token) -> bool:
    """ "Aug", "August", "Sept." (not "Marija")."""
    return token.lower_.rstrip(".") in MONTHS
