"""The two people of a marriage or divorce, each the other's partner.

"A married B", "A is married to B", "A and B married", "A divorced B", "his marriage
to B", "the couple divorced", and the kinship nouns that state a marriage: "his wife
B", "her husband, B,", "the son of A and his wife B" (the wife of A, not of the son).
One row per spouse; a spouse the text does not name is left out rather than guessed.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from pipeline.discourse.people import People
from pipeline.discourse.pronouns import speaker_of
from pipeline.events.roles import child, noun_owner, subject_of
from pipeline.events.triggers import Trigger
from pipeline.records import Mention
from pipeline.syntax import word_before
from pipeline.wordlists import words

COUPLE_NOUNS = words("events", "marriage", "couple_nouns")  # data/events.toml
_MARRIAGE_NOUNS = words("events", "marriage", "nouns")
_MARRY_VERBS = words("events", "marriage", "partner")
_SPOUSE_NOUNS = words("events", "marriage", "spouse_nouns")
_PARTNER_PREPS = frozenset({"to", "with", "from"})  # "married to", "wedding with", "divorced from"

Pair = tuple[Mention, Mention | None]


def spouses(trigger: Trigger, people: People, telegraphic: Mention | None = None) -> list[Pair]:
    """(person, partner) rows for a marriage or divorce trigger; ``telegraphic``: whose a
    subjectless CV line is ("Married to X since 1987")."""
    token = trigger.token
    if trigger.role == "noun":
        first = people.resolve(noun_owner(token))
        if first is None and trigger.event_type == "divorce":
            return _ended_marriage(token, people)
    else:
        subject = subject_of(token) or _subject_of_copula(token)
        if subject is not None and subject.lemma_.lower() in COUPLE_NOUNS:
            return _both(people.couple_before(subject))
        if subject is not None and subject.lower_ == "we" and trigger.event_type == "marriage":
            return _speaker_and_spouse(token, people)  # "We married in Rabat on 14 July 1995"
        first = people.resolve(subject) if subject is not None else telegraphic
        second = _conjoined_person(subject, people)
        if first is not None and second is not None and second != first:
            return _both([first, second])
    if first is None:
        return []  # whose marriage it is is unknown: no row rather than half of one
    found = [
        p
        for p in map(people.resolve, _with_conjuncts(partner_tokens(token), people))
        if p not in {None, first}
    ]
    partners = list(dict.fromkeys(p for p in found if p is not None))
    if not partners:
        return [(first, None)]
    # "was married to A, B and C": a marriage to each.
    return [pair for partner in partners for pair in _both([first, partner])]


def _speaker_and_spouse(token: Token, people: People) -> list[Pair]:
    """ "we married": the speaker and the one spouse the speaker names anywhere in the text
    ("my husband, Radek Hronek"), else the person the sentence before is about ("X was the
    doctor there. We married in 1977."); no row when the text names none, or more than one."""
    speaker = speaker_of(token, people)
    if speaker is None:
        return []
    named = {
        partner
        for noun in token.doc
        if noun.lemma_.lower() in _SPOUSE_NOUNS and noun.pos_ == "NOUN"
        for person, partner in kin_spouses(noun, people)
        if person == speaker and partner is not None
    }
    if not named:
        sent = token.sent
        before = token.doc[sent.start - 1].sent if sent.start > 0 else None
        about = people.sentence_subject(before) if before is not None else None
        named = {about} if about is not None and about != speaker else set()
    return _both([speaker, named.pop()]) if len(named) == 1 else []


def _ended_marriage(divorce: Token, people: People) -> list[Pair]:
    """ "he married X; the marriage ended in divorce": the couple of the marriage the text
    told last before, within the sentence or the one before it."""
    verb = divorce.head.head if divorce.head.dep_ == "prep" else divorce.head
    subject = child(verb, {"nsubj"})
    if subject is None or subject.lemma_.lower() not in _MARRIAGE_NOUNS or child(subject, {"poss"}):
        return []
    doc = divorce.doc
    since = doc[divorce.sent.start - 1].sent.start if divorce.sent.start > 0 else 0
    told = [t for t in doc[since : subject.i] if t.lemma_.lower() in _MARRY_VERBS and t.pos_ == "VERB"]
    if not told:
        return []
    pairs = spouses(Trigger("marriage", "agent", told[-1]), people)
    return [pair for pair in pairs if pair[1] is not None]


def _with_conjuncts(tokens: Iterator[Token], people: People) -> Iterator[Token]:
    """Each name of a list ("A, B and C"), which the parser may hang as appositions."""
    for token in tokens:
        yield token
        listed = [c for c in token.children if c.dep_ == "appos" and people.mention_at(c) and not _maiden(c)]
        for item in [token, *listed]:
            yield from (c for c in (item, *item.conjuncts) if c.i > token.i and people.mention_at(c))


def _maiden(name: Token) -> bool:
    """ "X (née Orlova)": the name is X's own maiden name, not another spouse."""
    before = word_before(name)
    markers = words("names", "maiden_markers")
    return (before is not None and before.lower_ in markers) or any(
        t.lower_ in markers for t in name.subtree if t.i < name.i
    )


def kin_spouses(noun: Token, people: People) -> list[Pair]:
    """ "his wife B", "B, her husband", "A and his wife B", "B, the wife of A": a marriage
    between the possessor (or the one named after "of") and the person the kinship noun
    names; both must be known."""
    owner = child(noun, {"poss"})
    of_whom = _spouse_of(noun, people) if owner is None else None
    if owner is None and of_whom is None:
        return []
    partner = _named_by(noun, people)
    person = people.resolve(owner) if owner is not None else of_whom
    if owner is not None and owner.lower_ in {"his", "her"} and noun.dep_ == "conj":
        person = _coordinated_holder(noun, partner, people, person)
    if person is None or partner is None or person == partner:
        return []
    return _both([person, partner])


def _spouse_of(noun: Token, people: People) -> Mention | None:
    """ "Kunti, the first wife of King Pandu": the person named after "of"."""
    prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    named = child(prep, {"pobj"}) if prep is not None else None
    return people.mention_at(named) if named is not None else None


def partner_tokens(trigger: Token) -> Iterator[Token]:
    """The other spouse: the object ("married B"), or after "to"/"with" ("married to B",
    "his marriage to B"), also when the parser hung that phrase on a word nearby."""
    yield from (c for c in trigger.children if c.dep_ == "dobj")
    # "married the architect X", "married French politician X": the parser may hang the
    # name beside the object, as a modifier of the verb.
    yield from (c for c in trigger.rights if c.dep_ == "npadvmod" and c.pos_ == "PROPN")
    preps = [c for c in trigger.children if c.dep_ == "prep" and c.lower_ in _PARTNER_PREPS]
    following = trigger.nbor(1) if trigger.i + 1 < len(trigger.doc) else None
    if following is not None and following.lower_ in _PARTNER_PREPS and following not in preps:
        preps.append(following)
    for prep in preps:
        yield from (c for c in prep.children if c.dep_ == "pobj")


def _subject_of_copula(token: Token) -> Token | None:
    """ "A is married to B": "married" complements the copula whose subject is A, also
    when the copula shares it with a clause before ("A was a lawyer and was married to B")."""
    if token.dep_ in {"acomp", "attr"} and token.head.lemma_ == "be":
        return subject_of(token.head)
    return None


def _conjoined_person(subject: Token | None, people: People) -> Mention | None:
    if subject is None:
        return None
    return next((p for p in (people.resolve(c) for c in subject.children if c.dep_ == "conj") if p), None)


def _coordinated_holder(
    noun: Token, partner: Mention | None, people: People, owner: Mention | None
) -> Mention | None:
    """ "A and his wife B": in a coordination, "his" is the person named in the other
    conjunct. Where the parser joined the noun to another word ("a son of A and his second
    wife, B" to "son"), the one person named between the two; when several are, no one
    ("a son of A, the fifth son of C, and his wife B"); when none is, whom "his" resolves to."""
    head = noun.head.head if noun.head.dep_ == "appos" else noun.head  # "A, a charcutier, and his wife"
    named = people.mention_at(head)
    if named is not None:
        return named if named != partner else None
    holder = people.resolve(head)
    if holder is not None and holder != partner:
        return holder
    between = {m for t in noun.doc[noun.head.i + 1 : noun.i] if (m := people.mention_at(t)) is not None}
    between.discard(partner)
    if len(between) == 1:
        return between.pop()
    return owner if not between else None


def _named_by(noun: Token, people: People) -> Mention | None:
    """The person a kinship noun stands for: its apposition or compound name ("his wife,
    Anna X"), or the subject when it is a copula's attribute ("Anna was his wife")."""
    for dependent in noun.children:
        if dependent.dep_ in {"appos", "compound"} or (dependent.dep_ == "npadvmod" and dependent.i > noun.i):
            found = people.mention_at(dependent)
            if found is not None:
                return found
    following = noun.nbor(1) if noun.i + 1 < len(noun.doc) else None
    if following is not None and people.mention_at(following) is not None:
        return people.mention_at(following)  # "his wife Marie" parsed with the name apart
    if noun.dep_ == "appos" and noun.head.i < noun.i and people.mention_at(noun.head) is not None:
        return people.mention_at(noun.head)  # "Kunti, the first wife of King Pandu"
    if noun.dep_ == "attr" and noun.head.lemma_ == "be":
        return people.resolve(child(noun.head, {"nsubj"}))
    return None


def _both(persons: list[Mention]) -> list[Pair]:
    if len(persons) != 2:
        return [(p, None) for p in persons]
    first, second = persons
    return [(first, second), (second, first)]
