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

import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from pipeline.discourse.gender import name_gender
from pipeline.discourse.noun_phrases import named_for
from pipeline.discourse.people import People, people_of
from pipeline.discourse.pronouns import line_of, quotation_at, turn_speaker_at
from pipeline.ids import make_id
from pipeline.parsed import all_tokens, sentence_of, sentences, text_of
from pipeline.records import Event, Mention
from pipeline.wordlists import words

_FEMALE_KIN = words("discourse", "female_kin")
_MALE_KIN = words("discourse", "male_kin")
_SPOUSE_NOUNS = words("discourse", "spouse_nouns")
_KIN = _FEMALE_KIN | _MALE_KIN
_COUPLE_EVENTS = frozenset({"marriage", "divorce"})
# Possessives of the one who speaks a first-person text, or is asked about it ("Your
# husband was not a lawyer"): the speaker's kin.
_SPEAKERS_OWN = frozenset({"our", "your"})
# Turn labels of the one who asks (data/discourse.toml): "Q: My father was a miner too".
_ASKING = words("discourse", "asking_labels")
_LABEL = re.compile(r"[\W_]*([A-Za-z][\w-]*)[\W_]*:")


@dataclass(frozen=True)
class _Reference:
    start: int  # the possessive's offset
    end: int  # the kin noun's end, "-in-law" included
    kin: str  # the words after the possessive: "father", "first husband", "brother-in-law"
    noun: str  # the kin noun's lemma: "father", "husband", "brother"
    possessor: str | None  # the possessor's cluster
    referent: Mention | None  # the person the text names for this reference itself


def kin_references(doc: Doc, mentions: Sequence[Mention], events: Sequence[Event]) -> list[Mention]:
    """New PERSON mentions for the kin references the text resolves, cluster set."""
    people = people_of(doc, mentions)
    references = [ref for token in all_tokens(doc) if (ref := _reference(token, people))]
    references = _with_spouses(references, _spouses(events, mentions, people), people)
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


def _reference(token: Token, people: People) -> _Reference | None:
    """A singular kin noun with a possessive pronoun, its possessor and the person the text
    names beside it (or, when the possessor is known, the person the noun otherwise stands
    for); no person when that is the possessor or of the other gender."""
    if token.lower_ not in _KIN:  # the cheap test first: this runs on every token
        return None
    lemma = token.lemma_.lower()
    if token.pos_ != "NOUN" or token.tag_ != "NN":
        return None
    owner = next((c for c in token.children if c.dep_ == "poss" and c.tag_ == "PRP$"), None)
    if owner is None or "\n" in text_of(token.doc)[owner.idx : token.idx]:
        return None
    in_law = _in_law(token)
    end = in_law.idx + len(in_law) if in_law is not None else token.idx + len(token)
    # "her first husband", "his step-father", "his brother-in-law": the words after the
    # possessive tell one relative from another, so they are the reference's key
    kin = " ".join(text_of(token.doc)[owner.idx + len(owner) : end].lower().split())
    possessor = _possessor(owner, people)
    owner_cluster = _cluster(possessor) if possessor is not None else None
    # A spouse noun not named beside it waits for the marriages (``_with_spouses``), which
    # know when the text tells two spouses apart ("her first husband").
    resolvable = possessor is not None and lemma not in _SPOUSE_NOUNS
    referent = named_for(token, people) or (people.resolve(token) if resolvable else None)
    if referent is not None and (
        _cluster(referent) == owner_cluster or _other_gender(referent, lemma, people)
    ):
        referent = None
    return _Reference(owner.idx, end, kin, lemma, owner_cluster, referent)


def _with_spouses(
    references: list[_Reference], spouses: dict[str, set[str]], people: People
) -> list[_Reference]:
    """ "her husband" is the one person she is told to have married, unless the text tells
    one spouse from another ("her first husband", "his late wife")."""
    told_apart = {(r.possessor, r.noun) for r in references if r.kin != r.noun}
    result = []
    for ref in references:
        partners = spouses.get(ref.possessor or "", set())
        if (
            ref.referent is None
            and ref.kin in _SPOUSE_NOUNS
            and (ref.possessor, ref.noun) not in told_apart
            and len(partners) == 1
        ):
            partner = _as_mention(next(iter(partners)), people)
            if partner is not None and not _other_gender(partner, ref.noun, people):
                ref = replace(ref, referent=partner)
        result.append(ref)
    return result


def _possessor(owner: Token, people: People) -> Mention | None:
    """Whose kin the possessive says. "my" is whoever "I" is (a quotation's or a turn's
    speaker, else the text's), but no one in an interviewer's turn ("Q: My father was a
    miner too"); "our" likewise; "your" is the speaker's when someone else asks (an
    interviewer's turn, another person's turn, an unlabelled line of a first-person text),
    no one's in the speaker's own answer or inside a quotation. "his"/"her" is resolved,
    but no one's when it opens a sentence after one whose subject is another person it
    could stand for ("Their son, Paul, married Eva. His wife ...")."""
    word = owner.lower_
    asking = _turn_label(owner) in _ASKING
    if word == "my":
        return None if asking else people.resolve(owner)
    if word not in _SPEAKERS_OWN:
        return None if _contested(owner, people) else people.resolve(owner)
    if quotation_at(owner.doc, owner.idx) is not None:
        return None
    turn = turn_speaker_at(owner, people)
    if word == "our":
        return None if asking else turn or people.speaker
    if asking or (turn is not None and turn != people.speaker):
        return people.speaker
    return people.speaker if turn is None and _turn_label(owner) is None else None


def _turn_label(token: Token) -> str | None:
    """The role label a transcript line opens with ("Q", "Interviewer"), lower case."""
    line = line_of(token)
    found = _LABEL.match(text_of(token.doc), line.start_char, token.idx) if line is not None else None
    return found[1].lower() if found is not None else None


def _contested(owner: Token, people: People) -> bool:
    """A "his"/"her" opening its sentence, after a sentence that names a person it could
    stand for other than the one it resolves to ("Their son, Paul, married Eva. His wife")."""
    sent = sentence_of(owner)
    if owner.i != sent.start or sent.start == 0:
        return False
    before = sentence_of(owner.doc[sent.start - 1])
    resolved = people.resolve(owner)
    gender = "male" if owner.lower_ == "his" else "female"
    named = {
        people.representative_of(m)
        for m in people.persons
        if before.start_char <= m.start_char < before.end_char
    }
    return resolved is not None and any(
        other != resolved and people.gender(other) in {gender, None} for other in named
    )


def _in_law(noun: Token) -> Token | None:
    """The "law" of "brother-in-law", written as one word with the noun."""
    doc = noun.doc
    tail = doc[noun.i : noun.i + 5]
    written = [t.lower_ for t in tail]
    glued = all(not t.whitespace_ for t in tail[:-1])
    return tail[-1] if written[1:] == ["-", "in", "-", "law"] and glued else None


def _spouses(events: Sequence[Event], mentions: Sequence[Mention], people: People) -> dict[str, set[str]]:
    """cluster -> the clusters of those its marriages and divorces name as the partner."""
    by_id = {m.mention_id: m for m in mentions}
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
