"""Short forms: the abbreviations a text defines, and the initials its transcript's turns
open with.

spaCy rarely tags "USKOK", "PL" or "FZ", yet a reader takes each for the name it stands
for, wherever the text writes it:
- "Office for the Suppression of Corruption and Organised Crime (USKOK)": a recognised
  name followed by a bracketed short form (for a name the model called a person, only
  when the short form's capitals are the name's initials: "Vikash Kowlessur (PSDM)" gives
  a person's party, no abbreviation);
- "PL – Partit Laburista (Labour Party)": a short form, a dash and the name;
- "FZ: From Métlaoui." in an interview that names Fethi Zouari: a turn label, used on two
  lines or more, written in the initials of one person the text names.

A name the text gives an abbreviation to is an organisation or a place, never a person:
people are not abbreviated in the documents this pipeline reads. The NER stage adds the
short forms' occurrences (``pipeline.ner.propagate``); within-document clustering joins
them to the names they stand for (``document.py``).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from pipeline.wordlists import words

Name = tuple[int, int, str, str]  # start, end, text and label of a recognised name

# An abbreviation and what it stands for, after a dash: "HGU – Croatian Civic Union;".
_DASHED = re.compile(r"\b(?P<short>[A-Z][A-Z/&]{1,7})\s+[–—]\s+(?P<long>[A-Z][^;()\n.]{2,60})")
# An abbreviation after what it stands for: "Vecinos por Alcorzaya (VxA, 2 seats)".
_BRACKETED_AFTER = re.compile(
    r"(?P<long>[A-Z][\w'’-]*(?: (?:[a-z]{1,4} )?[A-Z][\w'’-]*){1,5}) \((?P<short>[A-Z][A-Za-z/&]{1,7})[,)]"
)
# The bracket right after a recognised name: "(USKOK)", "(DNA)".
_BRACKET = re.compile(r" \((?P<short>[A-Z][A-Za-z/&]{1,7})\)")
# A transcript turn's label in initials: "FZ: From Métlaoui."
_TURN = re.compile(r"^(?P<short>[A-Z]{2,4}):[ \t]", re.MULTILINE)
_ORGANISATION_HEADS = words("organizations", "heads")


def is_abbreviation(text: str) -> bool:
    """ "USKOK", "EPP/CD", "VxA": one word, mostly capitals, two or more."""
    upper = sum(c.isupper() for c in text)
    return " " not in text and upper >= 2 and upper > sum(c.islower() for c in text)


def defined_abbreviations(text: str) -> dict[str, str]:
    """The abbreviations a text defines in words alone: "HGU – Croatian Civic Union",
    "(SD – Social Democrats)", "Vecinos por Alcorzaya (VxA, 2 seats)"."""
    defined = {m["short"]: m["long"].strip() for m in _DASHED.finditer(text)}
    for m in _BRACKETED_AFTER.finditer(text):
        if initials_agree(m["short"], m["long"]):
            defined.setdefault(m["short"], m["long"])
    return defined


def initials_agree(short: str, long: str) -> bool:
    """ "VxA" for "Vecinos por Alcorzaya": the capitals of the short form open the long
    form's capitalised words, in order."""
    initials = "".join(w[0] for w in long.split() if w[:1].isupper())
    capitals = "".join(c for c in short if c.isupper())
    return len(capitals) >= 2 and capitals == initials


@dataclass(frozen=True, slots=True)
class ShortForms:
    abbreviations: dict[str, str]  # short form -> the organisation's or place's name
    speakers: dict[str, str]  # a turn label's initials -> the person's name

    def stand_for(self) -> dict[str, str]:
        return {**self.abbreviations, **self.speakers}


def short_forms(text: str, names: Sequence[Name]) -> ShortForms:
    """The short forms the text uses, each with the recognised name it stands for."""
    people = {name_text for _, _, name_text, label in names if label == "PERSON"}
    written = {name_text for _, _, name_text, _ in names}
    found = {
        short: long
        for short, long in defined_abbreviations(text).items()
        if long in written and (long not in people or initials_agree(short, long))  # not "MP – Anna Weiss"
    }
    for start, end, name_text, label in names:
        match = _BRACKET.match(text, end)
        if (
            match is not None
            and _stands_for(match["short"], name_text, label)
            and not _of_a_longer_phrase(match["short"], name_text, text[max(0, start - 60) : start])
        ):
            found.setdefault(match["short"], name_text)
    speakers = {short: name for short, name in _turn_initials(text, names).items() if short not in found}
    return ShortForms({short: long for short, long in found.items() if short != long}, speakers)


def _stands_for(short: str, name: str, label: str) -> bool:
    """ "(USKOK)" after "Office for the Suppression of Corruption and Organised Crime": a
    short form in capitals after an organisation's name, or one in the name's initials.
    "Dimitar Boyadzhiev (GERB)" gives a party and "LONDON (Reuters)" a source."""
    if not is_abbreviation(short):
        return False
    heads = label == "ORG" and bool(set(name.lower().split()) & _ORGANISATION_HEADS)
    return heads or initials_agree(short, name)


def _of_a_longer_phrase(short: str, name: str, before: str) -> bool:
    """ "Member of the European Parliament (MEP)": the capitals are the initials of a phrase
    that the name only ends (a title's, here), not the name's own."""
    words = before.split("\n")[-1].split()
    return not initials_agree(short, name) and any(
        initials_agree(short, " ".join([*words[i:], name])) for i in range(len(words))
    )


def _turn_initials(text: str, names: Sequence[Name]) -> dict[str, str]:
    """ "AK: Where does a railwayman come from?" twice or more, and one person the text
    names whose initials these are ("Amel Kchaou")."""
    labels = Counter(m["short"] for m in _TURN.finditer(text))
    people = {name_text for _, _, name_text, label in names if label == "PERSON" and " " in name_text}
    found = {}
    for short, count in labels.items():
        fitting = sorted(person for person in people if initials_agree(short, person))
        if count > 1 and len(fitting) == 1:
            found[short] = fitting[0]
    return found
