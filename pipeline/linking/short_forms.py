"""Short forms: the abbreviations a text defines, and the initials its transcript's turns
open with.

spaCy rarely tags "USKOK", "PL" or "FZ", yet a reader takes each for the name it stands
for, wherever the text writes it:
- "Office for the Suppression of Corruption and Organised Crime (USKOK)": a recognised
  organisation's name followed by a bracketed short form, or a name followed by its
  initials; not a country, a party, a degree or a title in brackets (``short_forms``);
- "PL – Partit Laburista (Labour Party)": a short form, a dash and the name;
- "FZ: From Métlaoui." in an interview that names Fethi Zouari: a turn label, used on two
  lines or more, written in the initials of one person the text names;
- "Brimnes" after "Brimnes Group": a word the model calls an organisation that opens an
  organisation's name ending in a designation the text may drop ("Group", "Ltd.").

A person's initials define nothing ("Anna Weiss (AW)", "AW – Anna Weiss"), so a name the
text abbreviates is an organisation or a place: "Partit Laburista", which the model calls
a person, is a party. The NER stage adds the short forms' occurrences
(``pipeline.ner.propagate``); within-document clustering joins them to the names they
stand for (``document.py``).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from pipeline.linking.names import GIVEN_NAMES
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
_DESIGNATIONS = words("organizations", "designations")
# Short forms in brackets after a name that are no name's: degrees and titles.
_NOT_NAMES_SHORT = words("sections", "words", "degrees") | words("positions", "heads")
# A short form the model reads as a place or a people elsewhere is not an organisation's.
_NOT_ABBREVIATED = frozenset({"GPE", "LOC", "NORP", "PERSON"})
# No company's short name: titles and generic words ("CFO of Nordhaf Bank", "National").
_NOT_SHORT_NAMES = words("positions", "heads") | words("organizations", "generic_words")


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


def spelt_out(text: str) -> list[tuple[int, int, str]]:
    """Where the text spells out a name it abbreviates in the name's initials, as (start,
    end, name): "Parti Social Démocrate Mauricien (PSDM)", "Kharkiv Children's Relief Fund
    (KCRF)". Never a person's name ("Anna Weiss (AW)")."""
    return [
        (m.start("long"), m.end("long"), m["long"])
        for m in _BRACKETED_AFTER.finditer(text)
        if initials_agree(m["short"], m["long"]) and _not_a_persons_name(m["short"], m["long"])
    ]


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
    short_names: dict[str, str]  # "Brimnes" -> "Brimnes Group"

    def stand_for(self) -> dict[str, str]:
        return {**self.short_names, **self.abbreviations, **self.speakers}


def short_forms(text: str, names: Sequence[Name]) -> ShortForms:
    """The short forms the text uses, each with the recognised name it stands for."""
    people = {name_text for _, _, name_text, label in names if label == "PERSON"}
    written = {name_text for _, _, name_text, _ in names}
    elsewhere = {name_text for _, _, name_text, label in names if label in _NOT_ABBREVIATED}
    found = {
        short: long
        for short, long in defined_abbreviations(text).items()
        if long in written and (long not in people or _not_a_persons_name(short, long))
    }
    for start, end, name_text, label in names:
        match = _BRACKET.match(text, end)
        if (
            match is not None
            and _stands_for(match["short"], name_text, label)
            and match["short"] not in elsewhere  # "the Bank of England (UK)": a country
            and not _used_before(match["short"], text, start)  # "Nordby City Council (SPD)": a party
            and not _of_a_longer_phrase(match["short"], name_text, text[max(0, start - 60) : start])
        ):
            found.setdefault(match["short"], name_text)
    speakers = {short: name for short, name in _turn_initials(text, names).items() if short not in found}
    abbreviations = {short: long for short, long in found.items() if short != long}
    return ShortForms(abbreviations, speakers, _short_names(text, names))


def _not_a_persons_name(short: str, long: str) -> bool:
    """ "PL – Partit Laburista", a party the model took for a person: the short form is the
    name's initials, and the name opens with no known given name ("AW – Anna Weiss")."""
    return initials_agree(short, long) and long.split()[0].lower() not in GIVEN_NAMES


def _used_before(short: str, text: str, start: int) -> bool:
    """The short form was written before the bracket: the bracket did not define it."""
    return re.search(rf"(?<![\w/&-]){re.escape(short)}(?![\w/&-])", text[:start]) is not None


def _short_names(text: str, names: Sequence[Name]) -> dict[str, str]:
    """ "Brimnes" for "Brimnes Group": a one-word name the model calls an organisation, that
    opens the name of exactly one organisation the text names, ending in a designation a text
    drops (``data/organizations.toml`` ``designations``), and no other name the text writes
    ("Brimnes FC" beside "Brimnes Group" leaves "Brimnes" alone). Never a word the text uses
    for a person or a place, nor a city, a country, a title or a generic word ("National")."""
    from pipeline.places import is_city_or_country  # here: places imports linking, which imports this

    others = {written for _, _, written, label in names if label != "ORG"}
    elsewhere = {word for written in others for word in written.split()}  # a person's, a place's
    organisations = {written for _, _, written, label in names if label == "ORG"}
    opening: dict[str, set[str]] = {}
    for written in organisations:
        words = written.split()
        if len(words) > 1:
            opening.setdefault(words[0], set()).add(written)
    found = {}
    for word, full in sorted(opening.items()):
        (name,) = full if len(full) == 1 else ("",)
        if (
            name.split()[-1:]
            and name.split()[-1].lower().strip(".,") in _DESIGNATIONS
            and word in organisations
            and word not in elsewhere
            and word[:1].isupper()
            and word.lower() not in _NOT_SHORT_NAMES
            and not is_city_or_country(word)
            and not _opens_another_name(text, word, name)
        ):
            found[word] = name
    return found


def _opens_another_name(text: str, word: str, name: str) -> bool:
    """ "Brimnes FC" written beside "Brimnes Group", recognised or not."""
    following = {m[1] for m in re.finditer(rf"\b{re.escape(word)} ([A-Z][\w&.-]*)", text)}
    return bool(following - {name.split()[1]})


def _stands_for(short: str, name: str, label: str) -> bool:
    """ "(USKOK)" after "Office for the Suppression of Corruption and Organised Crime": a
    short form in capitals after an organisation's name, or one in the name's initials.
    "Dimitar Boyadzhiev (GERB)" gives a party and "LONDON (Reuters)" a source."""
    if not is_abbreviation(short) or short.lower().replace(".", "") in _NOT_NAMES_SHORT:
        return False  # "Harvard University (PhD)", "Brimnes Group (CEO)": a degree, a title
    if label == "PERSON":
        return _not_a_persons_name(short, name)  # "Anna Weiss (AW)" is hers, no abbreviation
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
    names whose initials these are ("Amel Kchaou"); only when every such label resolves."""
    labels = Counter(m["short"] for m in _TURN.finditer(text))
    people = {name_text for _, _, name_text, label in names if label == "PERSON" and " " in name_text}
    found = {}
    for short, count in labels.items():
        fitting = sorted(person for person in people if initials_agree(short, person))
        if count > 1 and len(fitting) == 1:
            found[short] = fitting[0]
    # Every turn label resolves, or none: an unresolved speaker's "I" must not go to the other.
    return found if len(found) == sum(count > 1 for count in labels.values()) else {}
