"""Who a token refers to, within one document: names, role references, kinship nouns
and pronouns. Events and careers ask ``People`` for the person of a fact.

Names come from the mentions (already clustered within the document). The document's
subject and the topic of each section come from ``subject``; pronouns from
``pronouns``; common nouns that stand for a person from ``noun_phrases``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from functools import cached_property

from spacy.attrs import LOWER
from spacy.tokens import Doc, Span, Token

from pipeline.discourse import subject as subjects
from pipeline.discourse.gender import Gender, kin_genders, name_gender
from pipeline.discourse.noun_phrases import noun_person
from pipeline.discourse.pronouns import (
    FEMALE,
    MALE,
    contested_pronoun,
    is_first_person,
    resolve_pronoun,
    told_in_first_person,
)
from pipeline.discourse.spouses import told_spouses
from pipeline.parsed import sentences, text_of
from pipeline.records import Mention
from pipeline.wordlists import words

PERSON = "PERSON"
_PEOPLE = "pipeline.people"
# Last words of a PERSON mention that names a group, not a person.
_GROUP_WORDS = words("names", "group_words")  # data/names.toml
# How many times more often the subject must be named than anyone else.
_SUBJECT_DOMINANCE = 1.5
_SUBJECT_MIN_MENTIONS = 3
# Titles before a CV's name line and letters after it ("Hon. Dr. X, MP"), at most.
_HEADER_HONOURS = 4
# A document's pronouns tell its subject's gender when one kind is this many times the other.
_PRONOUN_MAJORITY = 2


def people_of(doc: Doc, mentions: Sequence[Mention]) -> People:
    """The People of ``doc`` and these mentions, made once: the stages that ask (events,
    careers, ages) share it, kept in the Doc's own ``user_data`` like ``parsed.py``."""
    made: dict[tuple[Mention, ...], People] = doc.user_data.setdefault(_PEOPLE, {})
    key = tuple(mentions)
    if key not in made:
        made[key] = People(doc, mentions)
    return made[key]


class People:
    """Person look-ups over one parsed document and its clustered mentions."""

    def __init__(self, doc: Doc, mentions: Sequence[Mention]) -> None:
        self.doc = doc
        self.persons = sorted((m for m in mentions if _is_person(m)), key=lambda m: m.start_char)
        self._by_char = {i: m for m in self.persons for i in range(m.start_char, m.end_char)}
        self.representative = _representatives(self.persons)
        self._kin_genders = kin_genders(doc, self.persons)
        self.subject = self._find_subject()
        self.object_pronouns: dict[int, Mention | None] = {}  # filled by pronouns._object_pronoun
        self.sections = [
            (s.start_char, self._topic(s.person) if s.person else None)
            for s in subjects.sections(doc, self.persons)
        ]

    def _topic(self, person: Mention) -> Mention:
        """A section's person; the document's subject when it is another way of writing
        that name ("Pavel Andreyevich" under "ORLOV Pavel Andreyevich"), not another person
        of the subject's surname ("Mikkel Lindholm" on a page that opens with "Hanne Lindholm")."""
        person = self.representative_of(person)
        subject = self.subject
        words, subject_words = person.text.lower().split(), subject.text.lower().split() if subject else []
        if subject is not None and words[-1] in subject_words and words[0] in subject_words:
            return subject
        return person

    def mention_at(self, token: Token) -> Mention | None:
        """The person mention covering ``token``, as its cluster's representative."""
        mention = self._by_char.get(token.idx)
        return self.representative_of(mention) if mention else None

    def representative_of(self, mention: Mention) -> Mention:
        return self.representative.get(_cluster(mention), mention)

    def resolve(self, token: Token | None) -> Mention | None:
        """The person ``token`` refers to: a name, a pronoun, or a noun that stands for one."""
        if token is None:
            return None
        named = self.mention_at(token)
        if named is not None:
            return named
        if token.tag_ == "WP" and token.head.dep_ == "relcl" and token.head.head.i != token.head.i:
            antecedent = token.head.head  # "Ronald Reagan, who had lost ...": the antecedent
            if antecedent.pos_ == "PROPN" and self.mention_at(antecedent) is None:
                return None  # a name the model missed ("behind Vo, who won"): not the next one
            return self.resolve(antecedent)
        if token.lower_ in MALE | FEMALE or is_first_person(token):
            resolved = self.__dict__.get("subject_pronouns", {})  # a sentence's subject, once
            return resolved[token.i] if token.i in resolved else resolve_pronoun(token, self)
        if token.pos_ in {"NOUN", "PROPN"}:
            return noun_person(token, self)
        return None

    def resolve_or_last(self, token: Token | None) -> Mention | None:
        """As ``resolve``, but a pronoun whose gender guess finds nobody is the last person
        named before it (careers: a post's holder is rarely someone unnamed)."""
        person = self.resolve(token)
        if person is not None or token is None or token.pos_ != "PRON" or contested_pronoun(token, self):
            return person  # an ambiguous "he" stays no one's
        before = [m for m in self.persons if m.start_char < token.idx]
        return self.representative.get(before[-1].cluster or before[-1].mention_id) if before else None

    def topic_at(self, char: int) -> Mention | None:
        """The person the text is about at ``char``: its section's, else the document's."""
        for start, person in reversed(self.sections):
            if start <= char:
                return person or self.subject
        return self.subject

    @cached_property
    def subject_pronouns(self) -> dict[int, Mention | None]:
        """Each sentence's subject "he"/"she", resolved in text order, so that the next
        sentence's "he" may be the same person ("He was a good engineer. He ran the yard")."""
        found: dict[int, Mention | None] = {}
        self.__dict__["subject_pronouns"] = found  # resolving one asks for those before it
        for sent in sentences(self.doc):
            subject = next((c for c in sent.root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            if subject is not None and subject.lower_ in MALE | FEMALE:
                found[subject.i] = resolve_pronoun(subject, self)
        return found

    @cached_property
    def turn_speakers(self) -> frozenset[Mention]:
        """The people who speak a transcript's labelled turns ("Karim Haddad: And then?"):
        "I" and "you" there, never the "he" or "she" of another speaker's turn."""
        text, found = text_of(self.doc), set()
        for person in self.persons:
            line_start = text.rfind("\n", 0, person.start_char) + 1
            if not text[line_start : person.start_char].strip() and text[person.end_char :][:1] == ":":
                found.add(self.representative_of(person))
        return frozenset(found)

    @cached_property
    def speaker(self) -> Mention | None:
        """Who "I" is outside quotations: the subject of a first-person text, else no one."""
        return self.subject if told_in_first_person(self.doc) else None

    def gender(self, person: Mention) -> Gender | None:
        """What the text shows of the person's gender (see ``gender``); for the
        subject, the document's pronouns decide when nothing else does."""
        cluster = [m for m in self.persons if _cluster(m) == _cluster(person)] or [person]
        for mention in cluster:
            if mention.mention_id in self._kin_genders:
                return self._kin_genders[mention.mention_id]
        guesses = {g for g in map(name_gender, cluster) if g is not None}
        if len(guesses) == 1:
            return guesses.pop()
        return self._pronoun_majority if person == self.subject else None

    @cached_property
    def _pronoun_majority(self) -> Gender | None:
        # Counted by the Doc itself: making a Token for every word costs more than the rest.
        counts = self.doc.count_by(LOWER)
        strings = self.doc.vocab.strings
        he = sum(counts.get(strings[word], 0) for word in MALE if word in strings)
        she = sum(counts.get(strings[word], 0) for word in FEMALE if word in strings)
        if he >= _PRONOUN_MAJORITY * max(she, 1):
            return "male"
        if she >= _PRONOUN_MAJORITY * max(he, 1):
            return "female"
        return None

    def couple_before(self, token: Token) -> list[Mention]:
        """ "the couple": the pair the text said married whose member was named last before
        ``token``; with no marriage told, the two people last named, a woman and a man."""
        married = self.spouses_told_before(token.idx)
        for mention in reversed([m for m in self.persons if m.start_char < token.idx]):
            person = self.representative_of(mention)
            pairs = {pair for pair in married if person in pair}
            if len(pairs) == 1:
                return sorted(pairs.pop(), key=lambda p: self.gender(p) != "female")
            if pairs:
                return []  # two marriages of the one named last: which couple is unsaid
        if married:
            return []
        found: dict[Gender | None, Mention] = {}
        for mention in reversed(self.persons):
            if mention.start_char < token.idx:
                found.setdefault(
                    self.gender(self.representative_of(mention)), self.representative_of(mention)
                )
        pair = [found.get("female"), found.get("male")]
        return [p for p in pair if p is not None] if all(pair) else []

    def spouses_told_before(self, char: int) -> list[tuple[Mention, Mention]]:
        """The pairs the text says married, told before ``char``."""
        return [pair for told, pair in self._spouses if told < char]

    @cached_property
    def _spouses(self) -> list[tuple[int, tuple[Mention, Mention]]]:
        self.__dict__["_spouses"] = []  # "His wife married ...": resolving asks for these
        found = told_spouses(self)
        self.__dict__["_spouses"] = found
        return found

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

    def named_in(self, person: Mention, sentence_index: int) -> bool:
        """Whether the sentence refers to ``person``: by a name of its cluster, or by a
        pronoun that resolves to it ("In May 1985, he left the plant.")."""
        if any(
            m.sentence_index == sentence_index and self.representative_of(m) == person for m in self.persons
        ):
            return True
        sent = sentences(self.doc)[sentence_index]
        pronouns = (t for t in sent if t.lower_ in MALE | FEMALE or is_first_person(t))
        return any(resolve_pronoun(t, self) == person for t in pronouns)

    def sentence_subject(self, sent: Span) -> Mention | None:
        """The grammatical subject of the sentence's root, if it is a person."""
        for token in sent.root.children:
            if token.dep_ in {"nsubj", "nsubjpass"}:
                return self.resolve(token)
        return None

    def _find_subject(self) -> Mention | None:
        """The person a document is about: the one its title names, its interview's lead
        says is interviewed ("X talks to Y") or its first sentence introduces; else the one
        named alone on a CV's first line; else the one named clearly more often than anyone
        else."""
        named = (
            subjects.field_person(self.doc, self.persons)
            or subjects.title_person(self.doc, self.persons)
            or (subjects.interviewee(self.doc, self.persons) if told_in_first_person(self.doc) else None)
            or subjects.lead_person(self.doc, self.persons)
        )
        if named is not None:
            return self.representative_of(named)
        header = self._header_person()
        if header is not None:
            return header
        counts = Counter(_cluster(m) for m in self.persons)
        ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
        if not ranked or ranked[0][1] < _SUBJECT_MIN_MENTIONS:
            return None
        if len(ranked) > 1 and ranked[0][1] < _SUBJECT_DOMINANCE * ranked[1][1]:
            return None
        return self.representative[ranked[0][0]]

    def _header_person(self) -> Mention | None:
        """A CV names its subject once, alone on a line, before anyone else; with titles
        before the name and letters after it at most ("Hon. Dr. Jane Banda, MP")."""
        if not self.persons:
            return None
        first = self.persons[0]
        text = text_of(self.doc)
        line_start = text.rfind("\n", 0, first.start_char) + 1
        line_end = text.find("\n", first.end_char)
        before = text[line_start : first.start_char].split()
        after = text[first.end_char : line_end if line_end >= 0 else len(text)].strip(" ,").split()
        honours = [*before, *after]
        if len(honours) > _HEADER_HONOURS or not all(w[:1].isupper() and not w.isdigit() for w in honours):
            return None
        return self.representative_of(first)


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
