"""Who a token refers to: names, role references and pronouns within one document.

Used by the events and careers stages to find the person of a fact. Names
come from the mentions (already clustered within the document); pronouns
resolve to the document's subject when it has one (a biography), otherwise to
the nearest earlier person of compatible gender.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from pipeline.parsed import sentences, text_of
from pipeline.records import Mention

PERSON = "PERSON"
_MALE = frozenset({"he", "him", "his", "himself"})
_FEMALE = frozenset({"she", "her", "hers", "herself"})
# Endings of feminine forms of Slavic and Central Asian surnames and patronymics,
# and of many feminine given names; used only to keep pronouns apart.
_FEMININE_SURNAME = ("ova", "eva", "ina", "aya", "ovna", "evna", "ichna")
_MASCULINE_SURNAME = ("ov", "ev", "in", "sky", "skiy", "enko", "vich")
_SPOUSE_NOUNS = frozenset({"husband", "wife", "spouse"})
_MARRY_VERBS = frozenset({"marry", "wed"})
# Last words of a PERSON mention that names a group, not a person.
_GROUP_WORDS = frozenset({"family", "families", "clan", "dynasty", "couple"})
# How many times more often the subject must be named than anyone else.
_SUBJECT_DOMINANCE = 1.5
_SUBJECT_MIN_MENTIONS = 3


class People:
    """Person look-ups over one parsed document and its clustered mentions."""

    def __init__(self, doc: Doc, mentions: Sequence[Mention]) -> None:
        self.doc = doc
        self.persons = sorted((m for m in mentions if _is_person(m)), key=lambda m: m.start_char)
        self._by_char = {i: m for m in self.persons for i in range(m.start_char, m.end_char)}
        self.representative = _representatives(self.persons)
        self.subject = self._find_subject()

    def mention_at(self, token: Token) -> Mention | None:
        """The person mention covering ``token``, as its cluster's representative."""
        mention = self._by_char.get(token.idx)
        return self.representative.get(_cluster(mention)) if mention else None

    def resolve(self, token: Token | None) -> Mention | None:
        """The person ``token`` refers to: a name, a pronoun, or a noun with a name inside."""
        if token is None:
            return None
        named = self.mention_at(token)
        if named is not None:
            return named
        if token.lower_ in _MALE or token.lower_ in _FEMALE:
            return self.resolve_pronoun(token)
        if token.pos_ in {"NOUN", "PROPN"}:
            return self._name_within(token) or self._name_apposed(token) or self._spouse_named(token)
        return None

    def _spouse_named(self, token: Token) -> Mention | None:
        """ "her husband" after "she married Oleg X": the person she married."""
        owner = next((c for c in token.children if c.dep_ == "poss"), None)
        if token.lemma_.lower() not in _SPOUSE_NOUNS or owner is None:
            return None
        person = self.resolve(owner)
        for verb in (t for t in self.doc[: token.i] if t.lemma_.lower() in _MARRY_VERBS and t.pos_ == "VERB"):
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            partner = next((c for c in verb.children if c.dep_ == "dobj"), None)
            if subject is None or partner is None or person is None:
                continue
            if self.resolve(subject) == person:
                return self.mention_at(partner)
            if self.mention_at(partner) == person:
                return self.resolve(subject)
        return None

    def couple_before(self, token: Token) -> list[Mention]:
        """ "the couple": the two people last named before ``token``, a woman and a man."""
        found: dict[bool, Mention] = {}
        for mention in reversed(self.persons):
            if mention.start_char < token.idx:
                found.setdefault(is_female(mention), self.representative.get(_cluster(mention), mention))
        return list(found.values()) if len(found) == 2 else []

    def is_family_name(self, person: Mention) -> bool:
        """A bare surname never tied to a full name, while two named people carry it
        ("the Petrov–Ivanov wedding" when Anna and Oleg Petrov are named): a family."""
        if " " in person.text.strip():
            return False
        bearers = {
            key
            for key, rep in self.representative.items()
            if rep != person and len(rep.text.split()) > 1 and rep.text.split()[-1] == person.text
        }
        return len(bearers) >= 2

    def resolve_pronoun(self, token: Token) -> Mention | None:
        female = token.lower_ in _FEMALE
        if self.subject is not None and is_female(self.subject) == female:
            return self.subject
        return self._nearest_before(token.idx, female)

    def _name_within(self, token: Token) -> Mention | None:
        """ "the mayor of the city (Jan Kowal)", "my son Petr Novak": the name the noun is
        written with, not a possessor deeper in its phrase ("the daughter of X's rival")."""
        for child in token.subtree:
            own = child.head.i == token.i and child.dep_ not in {"prep", "poss"}
            if child.i != token.i and (own or (child.dep_ in {"appos", "compound"} and _near(child, token))):
                found = self.mention_at(child)
                if found is not None:
                    return found
        return None

    def _name_apposed(self, token: Token) -> Mention | None:
        """ "married the architect J. Blondel", "to the daughter of her rival, Anna Ivanova": a
        name right after the noun's phrase, which the parser hung higher up the tree."""
        end = max(t.i for t in token.subtree) + 1
        doc = self.doc
        while end < len(doc) and doc[end].text in {",", "(", "–", "—"}:
            end += 1
        if end >= len(doc):
            return None
        found = self.mention_at(doc[end])
        span = doc.char_span(found.start_char, found.end_char, alignment_mode="expand") if found else None
        if found is None or span is None:
            return None
        root = span.root
        hung_above = root.head.i == token.i or root.head in token.ancestors
        if root.dep_ == "appos" or (root.dep_ in {"npadvmod", "dobj", "attr"} and hung_above):
            return found  # an apposition wherever it was hung: "..., Anna X, which took place"
        return None

    def _nearest_before(self, char: int, female: bool) -> Mention | None:
        for mention in reversed(self.persons):
            if mention.start_char < char and is_female(mention) == female:
                return self.representative.get(_cluster(mention))
        return None

    def _find_subject(self) -> Mention | None:
        """The person a document is about: named clearly more often than anyone else."""
        counts = Counter(_cluster(m) for m in self.persons)
        ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
        if not ranked or ranked[0][1] < _SUBJECT_MIN_MENTIONS:
            return self._header_person()
        if len(ranked) > 1 and ranked[0][1] < _SUBJECT_DOMINANCE * ranked[1][1]:
            return self._header_person()
        return self.representative[ranked[0][0]]

    def _header_person(self) -> Mention | None:
        """A CV names its subject once, alone on a line, before anyone else."""
        if not self.persons:
            return None
        first = self.persons[0]
        text = text_of(self.doc)
        line_start = text.rfind("\n", 0, first.start_char) + 1
        line_end = text.find("\n", first.end_char)
        line = text[line_start : line_end if line_end >= 0 else len(text)]
        return self.representative.get(_cluster(first)) if line.strip() == first.text else None

    def named_in(self, person: Mention, sentence_index: int) -> bool:
        """Whether the sentence refers to ``person``: by a name of its cluster, or by a
        pronoun that resolves to it ("In May 1985, he left the plant.")."""
        if any(m.sentence_index == sentence_index and self._same(m, person) for m in self.persons):
            return True
        sent = sentences(self.doc)[sentence_index]
        pronouns = (t for t in sent if t.lower_ in _MALE or t.lower_ in _FEMALE)
        return any(self.resolve_pronoun(t) == person for t in pronouns)

    def _same(self, mention: Mention, person: Mention) -> bool:
        return _cluster(mention) == _cluster(person) or self.representative.get(_cluster(mention)) == person

    def sentence_subject(self, sent: Span) -> Mention | None:
        """The grammatical subject of the sentence's root, if it is a person."""
        for token in sent.root.children:
            if token.dep_ in {"nsubj", "nsubjpass"}:
                return self.resolve(token)
        return None


def _near(child: Token, token: Token) -> bool:
    """A name in apposition to the noun itself or within its own words, not inside a phrase
    hanging on it ("the son of X and his wife Y")."""
    node = child
    while node.head.i != token.i and node.dep_ in {"compound", "appos", "flat"}:
        node = node.head
    return node.head.i == token.i


def is_female(mention: Mention) -> bool:
    """A guess from the name's form, used only to keep he and she apart."""
    words = [w.lower() for w in mention.text.split() if w[:1].isupper()]
    if not words:
        return False
    if words[-1].endswith(_FEMININE_SURNAME):
        return True
    return words[0].endswith("a") and not words[-1].endswith(_MASCULINE_SURNAME)


def _is_person(mention: Mention) -> bool:
    """A PERSON mention that names one person, not a family ("the Petrov family")."""
    words = mention.text.lower().split()
    return mention.label == PERSON and bool(words) and words[-1] not in _GROUP_WORDS


def _cluster(mention: Mention) -> str:
    return mention.cluster or mention.mention_id


def _representatives(persons: Sequence[Mention]) -> dict[str, Mention]:
    """One mention per cluster: its key mention, else the longest name, earliest on ties."""
    best: dict[str, Mention] = {}
    for mention in persons:
        key = _cluster(mention)
        current = best.get(key)
        if current is None or (
            current.mention_id != key and (mention.mention_id == key or len(mention.text) > len(current.text))
        ):
            best[key] = mention
    return best
