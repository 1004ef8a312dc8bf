"""Kinship references as mentions: "my father", "her husband", "our daughter".

A kin noun with a possessive pronoun refers to one person once the text says who: a
name set beside it ("My father, Ioan Moga, was a switchman"), or, for a spouse noun, the
one person its possessor married (the document's marriage and divorce events). From
then on every such noun of the same possessor is that person ("... which made my father
laugh"). Each reference becomes a PERSON mention in that person's cluster, with the kin
noun as its role, so linking counts it and no canonical name or alias is made of it.

What stays unresolved: a possessor nobody resolves ("their son" of an unnamed couple,
unless a name is set beside it), a noun two people are named with ("my brother" for two
brothers), a person whose gender is not the noun's, and plurals ("my parents").
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from pipeline.discourse.gender import name_gender
from pipeline.discourse.people import People, people_of
from pipeline.ids import make_id
from pipeline.parsed import all_tokens, sentences, text_of
from pipeline.records import Event, Mention
from pipeline.wordlists import words

_FEMALE_KIN = words("discourse", "female_kin")
_MALE_KIN = words("discourse", "male_kin")
_SPOUSE_NOUNS = words("discourse", "spouse_nouns")
_COUPLE_EVENTS = frozenset({"marriage", "divorce"})
# Possessives of the one who speaks a first-person text, or is asked about it ("Your
# husband was not a lawyer"): the speaker's kin.
_SPEAKERS_OWN = frozenset({"our", "your"})


@dataclass(frozen=True)
class _Reference:
    start: int  # the possessive's offset
    end: int  # the kin noun's end, "-in-law" included
    kin: str  # "father", "brother-in-law"
    possessor: str | None  # the possessor's cluster
    referent: Mention | None  # the person the text names for this reference itself


def kin_references(doc: Doc, mentions: Sequence[Mention], events: Sequence[Event]) -> list[Mention]:
    """New PERSON mentions for the kin references the text resolves, cluster set."""
    people = people_of(doc, mentions)
    by_id = {m.mention_id: m for m in mentions}
    spouses = _spouses(events, by_id, people)
    references = [ref for token in all_tokens(doc) if (ref := _reference(token, people, spouses))]
    told: dict[tuple[str, str], set[str]] = defaultdict(set)
    for ref in references:
        if ref.possessor is not None and ref.referent is not None:
            told[(ref.possessor, ref.kin)].add(_cluster(ref.referent))
    persons = {_cluster(m): m for m in people.persons}
    taken = sorted((m.start_char, m.end_char) for m in mentions)
    starts = [sent.start_char for sent in sentences(doc)]
    found: list[Mention] = []
    for ref in references:
        referent = ref.referent
        if referent is None and ref.possessor is not None:
            known = told.get((ref.possessor, ref.kin), set())
            referent = persons.get(next(iter(known))) if len(known) == 1 else None
        if referent is None or any(s < ref.end and ref.start < e for s, e in taken):
            continue
        found.append(_mention(doc, ref, referent, starts))
    return found


def _reference(token: Token, people: People, spouses: dict[str, set[str]]) -> _Reference | None:
    """A singular kin noun with a possessive pronoun, its possessor and the person the text
    names beside it; None when the noun is another kind or the named person is the
    possessor or of the other gender."""
    lemma = token.lemma_.lower()
    if token.pos_ != "NOUN" or token.tag_ != "NN" or lemma not in _FEMALE_KIN | _MALE_KIN:
        return None
    owner = next((c for c in token.children if c.dep_ == "poss" and c.tag_ == "PRP$"), None)
    if owner is None or "\n" in text_of(token.doc)[owner.idx : token.idx]:
        return None
    end, kin = token.idx + len(token), lemma
    in_law = _in_law(token)
    if in_law is not None:
        end, kin = in_law.idx + len(in_law), f"{lemma}-in-law"  # "his brother-in-law"
    possessor = people.speaker if owner.lower_ in _SPEAKERS_OWN else people.resolve(owner)
    owner_cluster = _cluster(possessor) if possessor is not None else None
    referent = people.resolve(token)
    if referent is None and owner_cluster is not None and lemma in _SPOUSE_NOUNS:
        partners = spouses.get(owner_cluster, set())
        referent = _as_mention(next(iter(partners)), people) if len(partners) == 1 else None
    if referent is not None and (
        _cluster(referent) == owner_cluster or _other_gender(referent, lemma, people)
    ):
        referent = None
    return _Reference(owner.idx, end, kin, owner_cluster, referent)


def _in_law(noun: Token) -> Token | None:
    """The "law" of "brother-in-law", written as one word with the noun."""
    doc = noun.doc
    tail = doc[noun.i : noun.i + 5]
    written = [t.lower_ for t in tail]
    glued = all(not t.whitespace_ for t in tail[:-1])
    return tail[-1] if written[1:] == ["-", "in", "-", "law"] and glued else None


def _spouses(events: Sequence[Event], by_id: dict[str, Mention], people: People) -> dict[str, set[str]]:
    """cluster -> the clusters of those its marriages and divorces name as the partner."""
    found: dict[str, set[str]] = defaultdict(set)
    for event in events:
        if event.event_type not in _COUPLE_EVENTS:
            continue
        person = by_id.get(event.person_mention_id or "")
        partner = by_id.get(event.partner_mention_id or "")
        if person is not None and partner is not None:
            found[_cluster(people.representative_of(person))].add(_cluster(people.representative_of(partner)))
    return found


def _as_mention(cluster: str | None, people: People) -> Mention | None:
    return next((m for m in people.persons if _cluster(m) == cluster), None) if cluster else None


def _other_gender(person: Mention, lemma: str, people: People) -> bool:
    """The person's names or titles say the other gender than the noun ("My mother, Thomas
    X"); the kin nouns beside the name are no evidence here, they are what is checked."""
    cluster = _cluster(person)
    genders = {name_gender(m) for m in people.persons if _cluster(m) == cluster} - {None}
    return len(genders) == 1 and genders != {"female" if lemma in _FEMALE_KIN else "male"}


def _cluster(mention: Mention) -> str:
    return mention.cluster or mention.mention_id


def _mention(doc: Doc, ref: _Reference, referent: Mention, starts: list[int]) -> Mention:
    return Mention(
        mention_id=make_id("mention", referent.doc_id, ref.start, ref.end),
        doc_id=referent.doc_id,
        text=text_of(doc)[ref.start : ref.end],
        label="PERSON",
        start_char=ref.start,
        end_char=ref.end,
        sentence_index=max(bisect_right(starts, ref.start) - 1, 0),
        role=ref.kin,
        cluster=_cluster(referent),
    )
