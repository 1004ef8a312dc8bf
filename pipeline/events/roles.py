"""Who an event happened to, from the parse around its trigger.

The subject of "she resigned", the object of "they arrested him", the passive
subject of "he was appointed", the owner of "his resignation", the partner of
"married X". Returns tokens; ``People`` turns them into persons.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.events.triggers import Trigger
from pipeline.syntax import child, governing_verb
from pipeline.wordlists import words

_TO_PREPS = frozenset({"to", "into", "for", "with"})
_RELATIVE_PRONOUNS = frozenset({"who", "that", "which", "whom"})
_PASSIVE_DEPS = frozenset({"nsubjpass", "auxpass"})
# Prepositions whose phrase dates something by an event already told ("the day after the
# arrest"; data/narrative.toml).
_ANAPHORIC_PREPS = words("narrative", "event_anchors")
# "a master's degree", "a bachelor's": the degree's kind, written as a possessive (data/events.toml).
_DEGREE_WORDS = words("events", "degree", "degree_words")


def person_token(trigger: Trigger) -> Token | None:
    """The token naming the event's person, before resolution."""
    token = trigger.token
    if trigger.role == "noun":
        return noun_owner(token)
    passive = passive_subject(token)
    if passive is not None or is_passive(token):
        return passive
    if token.dep_ in {"acl", "relcl"} and token.tag_ == "VBN":
        return token.head  # "his wife Anna, born in 1950"
    if token.dep_ == "advcl" and token.tag_ == "VBN" and trigger.role == "patient":
        return subject_of(token.head)  # "Born in Vienna, Ulrich began ...": the main clause's subject
    if (
        token.dep_ == "acomp"
        and token.tag_ == "VBN"
        and trigger.role == "patient"
        and token.head.lemma_ == "be"
    ):
        return subject_of(token.head)  # "she was re-elected": a passive the parser read as "be" + adjective
    if trigger.role == "agent":
        return subject_of(token)
    # "named X's deputy, Y, as acting delegate": the parser may read the object as a complement.
    obj = child(token, {"dobj", "dative"}) or child(token, {"oprd"})
    return _named_owner(obj) if obj is not None else None


def _named_owner(obj: Token) -> Token:
    """ "named her Governor of the Year": the parser reads "her" as the title's owner."""
    owner = child(obj, {"poss"})
    if owner is not None and owner.lower_ == "her" and obj.is_title:
        return owner
    return obj


def subject_of(verb: Token) -> Token | None:
    """The subject of ``verb``, inherited through coordination and control."""
    current: Token | None = verb
    for _ in range(4):
        if current is None:
            return None
        subject = _nearest_subject(current, {"nsubj", "nsubjpass"})
        if subject is not None:
            return _antecedent(subject)
        if current.dep_ not in {"conj", "xcomp", "advcl", "acl", "pcomp"}:
            return _name_glued_before(current)
        named = _name_just_before(current)
        if named is not None:
            return named
        current = current.head
        if current.pos_ == "ADP" and current.dep_ == "prep":
            current = current.head  # "... before marrying him": the subject of the clause above
    return None


def _name_just_before(verb: Token) -> Token | None:
    """A name right before a verb is its subject, whatever the parser attached it to
    ("X took back the post and Y took a position as ...")."""
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    if before is not None and before.ent_type_ == "PERSON" and verb.tag_ in {"VBD", "VBZ", "VBP"}:
        return before
    return None


def _name_glued_before(verb: Token) -> Token | None:
    """ "In 1978 Carty married X": a name the parser glued to the date before it, leaving
    the verb without a subject."""
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    if before is None or before.pos_ != "PROPN" or verb.tag_ not in {"VBD", "VBZ", "VBP"}:
        return None
    glued = before.dep_ in {"pobj", "npadvmod", "appos"} and any(
        c.dep_ == "nummod" and c.like_num for c in before.children
    )
    return before if glued else None


def passive_subject(verb: Token) -> Token | None:
    subject = _nearest_subject(verb, {"nsubjpass"})
    if subject is None and is_passive(verb) and verb.dep_ == "conj":
        return passive_subject(verb.head) or subject_of(verb.head)
    return _antecedent(subject) if subject is not None else None


def is_passive(verb: Token) -> bool:
    if any(child.dep_ in _PASSIVE_DEPS for child in verb.children):
        return True
    # "He was carried out and hospitalized": the passive auxiliary sits on the first verb.
    return verb.dep_ == "conj" and verb.tag_ == "VBN" and verb.head.i != verb.i and is_passive(verb.head)


def _antecedent(token: Token) -> Token:
    """ "who" in "X, who was born ..." stands for X."""
    if token.lower_ in _RELATIVE_PRONOUNS and token.head.dep_ == "relcl":
        return token.head.head
    return token


def noun_owner(noun: Token) -> Token | None:
    """Whose event a noun names: "his resignation", "the letter of resignation he wrote",
    "a lawsuit against the couple" (the one it is against)."""
    against = _against(noun)
    if against is not None:
        return against
    of_whom = _of_person(noun)
    if of_whom is not None:
        return of_whom
    node = noun
    for _ in range(3):
        owner = child(node, {"poss"})
        if owner is not None and not (owner.lower_ in _DEGREE_WORDS and node.lemma_.lower() in _DEGREE_WORDS):
            return owner  # not "a master's degree": the kind of degree, no one's
        if node.dep_ == "pobj" and node.head.dep_ == "prep" and node.head.head.pos_ in {"NOUN", "PROPN"}:
            node = node.head.head
            continue
        break
    verb = governing_verb(noun)
    if verb is None or _names_earlier_event(noun):
        return None
    if verb.lemma_.lower() in words("discourse", "bystander_verbs"):
        return None  # "the minister accepted the resignation": not the minister's
    if verb.lemma_.lower() in words("discourse", "giving_verbs") and noun.dep_ == "dobj":
        return _receiver(verb)  # "the president gave me the Order": mine, not the president's
    if noun.head.dep_ == "prep" and noun.head.lower_ in _TO_PREPS:
        obj = child(verb, {"dobj"})
        if obj is not None:
            return obj  # "his parents sent him to training"
    return passive_subject(verb) or subject_of(verb)


def _receiver(verb: Token) -> Token | None:
    """Who is given something: "gave me X", "gave X to me", "I was given X"."""
    passive = child(verb, {"nsubjpass"})
    if passive is not None:
        return _antecedent(passive)
    dative = child(verb, {"dative"})
    if dative is not None and dative.lower_ == "to":
        return child(dative, {"pobj"})
    if dative is not None:
        return dative
    to = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"), None)
    return child(to, {"pobj"}) if to is not None else None


def _of_person(noun: Token) -> Token | None:
    """ "the arrest of his chief of staff", "the death of Anna X": the person the noun's
    "of" names; "the degree of Doctor of Sciences" names no one."""
    if noun.text[:1].isupper() and noun.i > noun.sent.start:
        return None  # "the Order of Civic Merit", "the Medal of Lenin": the name, not its holder
    prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    obj = child(prep, {"pobj"}) if prep is not None else None
    if obj is None:
        return None
    named = obj.ent_type_ == "PERSON" or obj.pos_ == "PRON" or child(obj, {"poss"}) is not None
    return obj if named else None


def _against(noun: Token) -> Token | None:
    """Whom "a lawsuit against X" / "filed a lawsuit against X" is against."""
    holders = [noun, noun.head] if noun.dep_ == "dobj" else [noun]
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ == "prep" and prep.lower_ == "against" and child(prep, {"pobj"}) is not None:
                return child(prep, {"pobj"})
    return None


def _names_earlier_event(noun: Token) -> bool:
    """ "the day after the arrest": an ownerless noun that dates by an event already told."""
    return noun.dep_ == "pobj" and noun.head.lower_ in _ANAPHORIC_PREPS and child(noun, {"prep"}) is None


def _nearest_subject(verb: Token, deps: set[str]) -> Token | None:
    """The subject nearest the verb: in "The daughter of X, she was born in Y" the
    parser makes both phrases subjects; the fronted one describes the second."""
    subjects = [c for c in verb.lefts if c.dep_ in deps]
    subject = subjects[-1] if subjects else child(verb, deps)
    if subject is None:
        return None
    # "By order of the Prosecutor General, A, B has been appointed": without "and", the name
    # joined by a comma right before the verb is its subject, the first one an apposition.
    joined = [c for c in subject.children if c.dep_ == "conj" and c.i < verb.i]
    if joined and not any(c.dep_ == "cc" for c in subject.children):
        return joined[-1]
    return subject
