"""Which pronoun refers to a person: a guess from what the text says, used only to keep
"he" and "she" apart.

In order of trust: an honorific or gendered title written with the name ("Mrs", "King");
a kinship word the text puts beside it ("his wife Anna", "her son Pavel"); the given
name (lists in data/names.toml); the ending of a surname or patronymic ("-ova", "-ovich").
None when nothing tells.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from spacy.tokens import Doc, Token

from pipeline.parsed import all_tokens
from pipeline.records import Mention
from pipeline.wordlists import words

Gender = Literal["female", "male"]

# Honorifics and titles that say the gender (lower case, without the dot; data/discourse.toml).
_FEMALE_TITLES = words("discourse", "female_titles")
_MALE_TITLES = words("discourse", "male_titles")
# Kinship nouns that say the gender of the one they name.
_FEMALE_KIN = words("discourse", "female_kin")
_MALE_KIN = words("discourse", "male_kin")
# Nouns that say the gender of the one they describe ("a brilliant man").
_FEMALE_NOUNS = words("discourse", "female_nouns")
_MALE_NOUNS = words("discourse", "male_nouns")


def kin_genders(doc: Doc, persons: Sequence[Mention]) -> dict[str, Gender]:
    """mention_id -> gender, for names the text sets beside a gendered kinship noun
    ("his wife Anna X", "her son, Pavel", "X, his widow,")."""
    by_start = {m.start_char: m for m in persons}
    found: dict[str, Gender] = {}
    for token in all_tokens(doc):
        lemma = token.lemma_.lower()
        if token.pos_ != "NOUN":
            continue
        if lemma in _FEMALE_KIN or lemma in _MALE_KIN:
            gender: Gender = "female" if lemma in _FEMALE_KIN else "male"
            names = _named_beside(token)
        elif lemma in _FEMALE_NOUNS or lemma in _MALE_NOUNS:
            gender = "female" if lemma in _FEMALE_NOUNS else "male"
            names = _described(token)
        else:
            continue
        for name in names:
            mention = by_start.get(name.idx)
            if mention is not None:
                found[mention.mention_id] = gender
    return found


def _described(noun: Token) -> list[Token]:
    """The name a copula or an apposition says the noun is: "X was ..., a brilliant man",
    "X, a woman of few words"."""
    if noun.dep_ == "attr" and noun.head.lemma_ == "be":
        subject = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
        return [_name_start(subject)] if subject is not None and subject.ent_type_ == "PERSON" else []
    if noun.dep_ == "appos" and noun.head.ent_type_ == "PERSON":
        return [_name_start(noun.head)]
    return []


def _named_beside(noun: Token) -> list[Token]:
    """The first token of a name in apposition to the noun or right after it."""
    found = [c for c in noun.children if c.dep_ in {"appos", "compound"} and c.ent_type_ == "PERSON"]
    after = noun.doc[noun.i + 1 : noun.i + 3]
    found += [t for t in after if t.ent_type_ == "PERSON" and t.ent_iob_ == "B"]
    return [_name_start(t) for t in found]


def _name_start(token: Token) -> Token:
    start = token
    while start.i > 0 and start.doc[start.i - 1].ent_iob_ == "I" and start.ent_iob_ == "I":
        start = start.doc[start.i - 1]
    while start.i > 0 and start.doc[start.i - 1].dep_ == "compound" and start.doc[start.i - 1].head == token:
        start = start.doc[start.i - 1]
    return start


def name_gender(mention: Mention) -> Gender | None:
    """From the role written with the name, its given name, or a gendered ending."""
    role = (mention.role or "").lower().rstrip(".").split()
    if role and role[0] in _FEMALE_TITLES:
        return "female"
    if role and role[0] in _MALE_TITLES:
        return "male"
    parts = [w.lower().strip(".,") for w in mention.text.split() if w[:1].isupper()]
    if not parts:
        return None
    if parts[0] in words("names", "female_given"):
        return "female"
    if parts[0] in words("names", "male_given") or parts[0] in words("names", "male_given_in_a"):
        return "male"
    for part in reversed(parts[1:] or parts):
        if part.endswith(tuple(words("names", "female_surname_endings"))):
            return "female"
        if part.endswith(tuple(words("names", "male_surname_endings"))):
            return "male"
    # Many given names that end in -a are women's (Larisa, Natalia, Madina).
    return "female" if len(parts) > 1 and parts[0].endswith("a") else None
