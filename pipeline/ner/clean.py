"""Mention cleaning: from a raw spaCy entity span to the name it contains.

spaCy spans carry articles ("the Republic of X"), possessives ("X’s"),
titles ("President X"), stray punctuation and, in headings, text across a
line break ("X\\n\\nCauses"). Cleaning works on character offsets so the
cleaned name still points at the source text.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from pipeline.linking.titles import LEADING_TITLES, TITLE, is_ambiguous_title, normalize_role
from pipeline.wordlists import words

# A name never runs across a line break or into a bracket, nor past a colon
# ("Name: Biography" headings).
_BREAKS = re.compile(r"\n|[()\[\]{}]|:\s")
# "School in Cityname": an organisation followed by where it is, two names.
_LOCATED_IN = re.compile(r"\s+in\s+(?=[A-Z])")
_ORGANISATIONS = frozenset({"ORG", "FAC"})
_POSSESSIVE = re.compile(r"(?:['’]s|(?<=s)['’])$")
_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
_EDGE_PUNCT = " \t\n,;:!?\"“”„«»‘’'*•·–—-/|"
_TRAILING_WORD = re.compile(r"\s+(\S+)$")
_ET_AL = re.compile(r"\s+et\.?\s+al\.?$")
_LEADING_WORD = re.compile(r"^(\S+)\s+")
_ONLY_TITLES = re.compile(rf"(?:{TITLE}\s*)+", re.IGNORECASE)
_ABBREVIATION = re.compile(r"(?:^|\s)(?:[A-Z]|[A-Za-z]{1,3})\.$")  # "Jr.", "Inc.", "J."


@dataclass(frozen=True, slots=True)
class CleanSpan:
    start: int
    end: int
    text: str
    role: str | None = None
    label: str | None = None  # when it differs from the span's label


def clean_span(text: str, start: int, label: str) -> list[CleanSpan]:
    """The names inside one entity span (``text`` starting at offset ``start``)."""
    pieces: list[CleanSpan] = []
    for part, part_start in _split(text, start, _BREAKS):
        located = _split(part, part_start, _LOCATED_IN) if label in _ORGANISATIONS else [(part, part_start)]
        for i, (piece_text, piece_start) in enumerate(located):
            piece = _clean_piece(piece_text, piece_start, label if i == 0 else "GPE")
            if piece is not None:
                pieces.append(piece if i == 0 else dataclasses.replace(piece, label="GPE"))
    return pieces


def _split(text: str, start: int, separator: re.Pattern[str]) -> list[tuple[str, int]]:
    parts, offset = [], 0
    for match in separator.finditer(text):
        parts.append((text[offset : match.start()], start + offset))
        offset = match.end()
    parts.append((text[offset:], start + offset))
    return parts


def _clean_piece(text: str, start: int, label: str) -> CleanSpan | None:
    role: str | None = None
    while True:
        before = (text, start)
        text, start = _strip_edges(text, start)
        text, start = _strip_article(text, start)
        text, start, found = _strip_titles(text, start, label)
        role = found or role
        if (text, start) == before:
            break
    if not _is_name(text):
        return None
    return CleanSpan(start, start + len(text), text, role)


def _strip_edges(text: str, start: int) -> tuple[str, int]:
    text = _ET_AL.sub("", text)  # "Batcu et al." in a case name: the first defendant
    text = _POSSESSIVE.sub("", text)
    stripped = text.lstrip(_EDGE_PUNCT)
    start += len(text) - len(stripped)
    stripped = stripped.rstrip(_EDGE_PUNCT)
    if stripped.endswith(".") and not _ABBREVIATION.search(stripped):
        stripped = stripped[:-1]
    while (match := _TRAILING_WORD.search(stripped)) and _is_lowercase_word(match.group(1)):
        stripped = stripped[: match.start()]
    while (match := _LEADING_WORD.match(stripped)) and _is_lowercase_word(match.group(1)):
        if match.group(1).lower() in {"the", "a", "an"}:
            break  # the article rule handles it (and keeps the offsets honest)
        stripped, start = stripped[match.end() :], start + match.end()
    return stripped, start


def _is_lowercase_word(word: str) -> bool:
    return word[:1].islower() and word.lower() not in words("names", "particles")


def _strip_article(text: str, start: int) -> tuple[str, int]:
    match = _ARTICLE.match(text)
    if match and len(text) > match.end():
        return text[match.end() :], start + match.end()
    return text, start


def _strip_titles(text: str, start: int, label: str) -> tuple[str, int, str | None]:
    match = LEADING_TITLES.match(text)
    if not match:
        return text, start, None
    rest = text[match.end() :]
    role = normalize_role(match.group(1))
    if label != "PERSON" and is_ambiguous_title(role):
        return text, start, None  # "General Motors" is a company, not a general
    if not rest[:1].isupper() or rest.split()[0] in {"Of", "OF"}:
        return "", start, role  # only a title ("the Governor of ...") is not a name
    return rest, start + match.end(), role


def _is_name(text: str) -> bool:
    letters = sum(ch.isalpha() for ch in text)
    return letters >= 2 and text[:1].isupper() and not _ONLY_TITLES.fullmatch(text)
