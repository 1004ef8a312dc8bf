"""Who a pronoun refers to, by agreement and salience rather than by distance.

"he/him/his" and "she/her" agree in gender with their person; among those, the subject
of the main clause for a pronoun below it, then the topic of the section (the document's
subject in a biography), then the subject of the sentence before (through that
sentence's own "he": "He was a good engineer. He ran the yard"), then the nearest person
named earlier. An object pronoun is never its own clause's subject ("President X
appointed him": not X), nor the subject of a clause it is controlled by ("he secured it
by making him minister"). In a line its speaker is named on ("Duc: ..."), "he" is not
the speaker.

"I/me/my" is the speaker: inside a quotation, whoever the text says spoke it ('"I
resigned," X said'); elsewhere, in a first-person text (an interview, a memoir, a CV
written as "I"), the person the text is about. When the text does not say who speaks,
the first person refers to no one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from spacy.attrs import LOWER
from spacy.tokens import Doc, Span, Token

from pipeline.discourse.gender import Gender
from pipeline.parsed import sentences, text_of, tokens_of
from pipeline.records import Mention
from pipeline.wordlists import words

if TYPE_CHECKING:
    from pipeline.discourse.people import People

MALE = frozenset({"he", "him", "his", "himself"})
FEMALE = frozenset({"she", "her", "hers", "herself"})
FIRST = frozenset({"i", "me", "my", "mine", "myself"})
_QUOTED = re.compile(r"[“\"«]([^”\"»]{2,}?)[”\"»]", re.DOTALL)
# A text is told in the first person when "I" appears in this many sentences outside quotes.
_FIRST_PERSON_SENTENCES = 2
# Title words (data/positions.toml): "appointed her Minister" is no one's minister.
_TITLE_HEADS = words("positions", "heads")
# Verbs that name their object to a post: "appointed her Minister" (data/positions.toml).
_NAMING_VERBS = words("positions", "naming_verbs")
# Verbs whose subject acts on someone else's event (data/discourse.toml).
_BYSTANDER_VERBS = words("discourse", "bystander_verbs")


def is_first_person(token: Token) -> bool:
    """ "I", "me", "my"; not the "i" the tokenizer cuts out of a name ("Mazar-i-Sharif")."""
    if token.lower_ not in FIRST:
        return False
    doc = token.doc
    glued = (token.i > 0 and doc[token.i - 1].text == "-" and not doc[token.i - 1].whitespace_) or (
        not token.whitespace_ and token.i + 1 < len(doc) and doc[token.i + 1].text == "-"
    )
    return not glued


def pronoun_gender(token: Token) -> Gender | None:
    lower = token.lower_
    return "male" if lower in MALE else "female" if lower in FEMALE else None


def resolve_pronoun(token: Token, people: People, chain: bool = True) -> Mention | None:
    """``chain``: the sentence before may pass on the person of its own subject pronoun
    ("He was a good engineer. He ran the yard"), as ``People.subject_pronouns`` resolved it."""
    if is_first_person(token):
        return _first_person(token, people)
    gender = pronoun_gender(token)
    if gender is None or _owner_unknown(token, people) or contested_pronoun(token, people, chain):
        return None
    excluded = {_own_clause_subject(token, people), _speaking(token, people), _bystander(token, people)}
    if _in_labelled_turn(token, people):
        excluded |= people.turn_speakers  # "Interviewer: And then? / Amina: The police arrested him"
    # "the Gvelesianis" is no "he", whatever the topic.
    candidates = [
        c
        for c in _candidates(token, people, chain)
        if c is not None and c not in excluded and not people.is_family_name(c)
    ]
    salient = {
        people.topic_at(token.idx),
        _previous_subject(token, people, chain),
        _main_subject(token, people),
    }
    if token.dep_ == "poss":
        salient.add(_clause_subject(token, people))  # "He was released because of his health"
    # Agreement first: a person known to be of the pronoun's gender, or the topic or the
    # subject before unless known to be of the other; only then anyone of unknown gender.
    for candidate in candidates:
        if people.gender(candidate) == gender or (candidate in salient and people.gender(candidate) is None):
            return candidate
    return next((c for c in candidates if people.gender(c) is None), None)


def contested_pronoun(token: Token, people: People, chain: bool = False) -> bool:
    """ "His deputy, Y, succeeded him. He was convicted in 2011": a subject pronoun opening
    a sentence after one whose subject is another person than the topic, both of whom may
    be "he", is ambiguous; the topic would win only by habit, and no row beats a row on
    the wrong person."""
    if token.dep_ not in {"nsubj", "nsubjpass"} or token.i != token.sent.start:
        return False
    gender = pronoun_gender(token)
    other = _previous_subject(token, people, chain)
    topic = people.topic_at(token.idx)
    if gender is None or other is None or topic is None or _same_person(other, topic, people):
        return False
    if topic == _speaking(token, people):
        return False  # the topic speaks this line: "he" is not him
    return all(people.gender(person) in {gender, None} for person in (other, topic))


def _same_person(one: Mention, other: Mention, people: People) -> bool:
    """One person by the text's own clusters, or by the surname ("Borovkov", "Aleksandr
    Borovkov"); not linking's ``same_person``, which also asks the given names to agree,
    and a rival is only one when the surnames differ."""
    if people.representative_of(one) == people.representative_of(other):
        return True
    return one.text.split()[-1].lower() == other.text.split()[-1].lower()


def _object_read_as_owner(token: Token) -> bool:
    """ "Tolley appointed her Minister for Fair Trading", "the board made him director": after
    a verb that names someone to a post, the parser reads the object as the owner of the title
    after it; it is the verb's object, whom the verb's subject cannot be ("Berger praised his
    deputy" stays a possessive)."""
    title = token.head
    verb = title.head
    return (
        token.dep_ == "poss"
        and token.i == verb.i + 1
        and verb.lemma_.lower() in _NAMING_VERBS
        and title.lemma_.lower() in _TITLE_HEADS
    )


def _candidates(token: Token, people: People, chain: bool) -> Iterator[Mention | None]:
    if token.dep_ == "poss" and not _object_read_as_owner(token):
        # "A and his wife B": the person of the other conjunct; "X is known for his
        # marriage": the subject of the clause.
        yield _other_conjunct(token, people)
        yield _clause_subject(token, people)
    yield _reporter(token, people)
    yield _main_subject(token, people)
    yield people.topic_at(token.idx)
    yield _previous_subject(token, people, chain)
    earlier = (people.representative_of(m) for m in reversed(people.persons) if m.start_char < token.idx)
    yield from (m for m in earlier if not people.is_family_name(m))  # "the Gvelesianis" is no "he"


def _other_conjunct(token: Token, people: People) -> Mention | None:
    """The person named just before "and his ..." in the same phrase."""
    doc = token.doc
    before = doc[token.i - 1] if token.i > 0 else None
    if before is None or before.lower_ not in {"and", "or"}:
        return None
    for candidate in reversed(doc[max(token.sent.start, token.i - 8) : token.i - 1]):
        if candidate.is_punct and candidate.text not in {")", "("}:
            continue
        found = people.mention_at(candidate)
        if found is not None:
            return found
    return None


# A verb without a subject of its own whose subject is the clause's above: "X continued to
# rule until his murder" (xcomp), "X resigned, following his appointment" (a participle
# read as a preposition), "After leaving his post, X ..." (advcl).
_SUBJECT_ABOVE = frozenset({"xcomp", "conj", "prep", "advcl", "pcomp"})


def _clause_subject(token: Token, people: People) -> Mention | None:
    climbed = False  # through a clause of its own ("following his death"), not "continued to"
    for ancestor in token.ancestors:
        if ancestor.pos_ in {"VERB", "AUX"}:
            subject = next((c for c in ancestor.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            if subject is not None and token in subject.subtree:
                continue  # "His lawyer, X, said": X is not his own lawyer; the clause above may say
            if subject is None and ancestor.dep_ in _SUBJECT_ABOVE:
                climbed = climbed or ancestor.dep_ not in {"xcomp", "conj"}
                continue  # "X continued to rule until his murder": X's, through "continued"
            if climbed and _names_another(ancestor, token, people):
                return None  # "Y succeeded X as chairman, following his death": X's or Y's?
            if subject is not None and pronoun_gender(subject) == pronoun_gender(token) is not None:
                return people.subject_pronouns.get(subject.i)  # "He was released because of his health"
            return _named(subject, people) if subject is not None else None
    return None


def _names_another(verb: Token, pronoun: Token, people: People) -> bool:
    """The verb's object is a person the pronoun could stand for as well as its subject."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    named = _named(obj, people) if obj is not None else None
    return named is not None and people.gender(named) in {pronoun_gender(pronoun), None}


def _owner_unknown(token: Token, people: People) -> bool:
    """ "Angus continued to rule ... until his murder", where the model did not see Angus
    as a person: "his" is the clause subject's, a name no one here knows; better no
    one than the document's subject."""
    if token.dep_ != "poss":
        return False
    verbs = [a for a in token.ancestors if a.pos_ in {"VERB", "AUX"}]
    for verb in verbs:
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is not None:
            unknown = subject.pos_ == "PROPN" and people.mention_at(subject) is None
            return unknown and _may_be_person(subject) and token not in subject.subtree
        if verb.dep_ not in {"xcomp", "conj"}:
            return False
    return False


def _may_be_person(name: Token) -> bool:
    """A one-word name the model did not see as a person that still may be one ("Angus",
    called an organization); not "the weekly Ardavian Herald", nor a place."""
    single = not any(c.dep_ in {"compound", "amod", "det"} for c in name.children)
    return single and name.ent_type_ in {"", "PERSON", "ORG"}


def _reporter(token: Token, people: People) -> Mention | None:
    """The subject of the clause a pronoun's clause reports ("X said he would ask",
    "X told reporters that she had resigned"), for a subject pronoun."""
    if token.dep_ not in {"nsubj", "nsubjpass"} or token.head.dep_ != "ccomp":
        return None
    verb = token.head.head
    if verb.lemma_.lower() not in words("discourse", "speech_verbs"):
        return None
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return _named(subject, people) if subject is not None else None


def _named(token: Token, people: People) -> Mention | None:
    """The person a subject names, itself or by the name set beside its noun ("The chief
    of staff, X, was detained at his home"); a pronoun is left to the caller."""
    if token.lower_ in MALE | FEMALE | FIRST:
        return None
    return people.resolve(token)


def _main_subject(token: Token, people: People) -> Mention | None:
    """For a pronoun in a clause below its sentence's main one, the person who is the main
    clause's subject ("Hansen would later instruct his protégé, the start of whose career
    he secured"; "He was arrested in May, and a court sentenced him"): the sentence's own
    topic before the one before it."""
    root = token.sent.root
    if (token.dep_ == "poss" and not _object_read_as_owner(token)) or token.head == root:
        return None  # "appointed her Deputy Director-General": "her" is the object, not an owner
    subject = next((c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or token in subject.subtree:
        return None
    if subject.lower_ in MALE | FEMALE and pronoun_gender(subject) == pronoun_gender(token):
        return people.subject_pronouns.get(subject.i)
    return _named(subject, people)


def _own_clause_subject(token: Token, people: People) -> Mention | None:
    """For an object or possessive pronoun, the subject of its own clause (binding: "X
    appointed him" is not X); a subject pronoun excludes no one."""
    if token.dep_ in {"nsubj", "nsubjpass"}:
        return None
    for ancestor in token.ancestors:
        if ancestor.pos_ in {"VERB", "AUX"}:
            subject = next((c for c in ancestor.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            if subject is None and ancestor.tag_ in {"VBG", "VB"} and ancestor.dep_ in _CONTROLLED:
                continue  # "he secured it by making him minister": the clause above has the subject
            if (
                subject is None
                or subject.i == token.i
                or (token.dep_ == "poss" and not _object_read_as_owner(token))
            ):
                return None  # "his wife" may be the wife of the clause's subject
            return _named(subject, people) or (
                resolve_pronoun(subject, people) if subject.lower_ in MALE | FEMALE else None
            )
    return None


# Clauses without a subject of their own, whose subject is the clause's above.
_CONTROLLED = frozenset({"pcomp", "xcomp", "advcl", "acl"})


def _speaking(token: Token, people: People) -> Mention | None:
    """Who speaks the line the pronoun stands in, when the line is told in a speaker's own
    voice: a turn labelled with the speaker's name ("Duc: Tran Quoc Bao, yes. He was a
    good engineer"), or a first-person text's line that says "I" ("A: My deputy succeeded
    me. In 2011 he was convicted"). There, "he" is someone else."""
    if quotation_at(token.doc, token.idx) is not None:
        return None
    line = line_of(token)
    if line is None:
        return None
    labelled = _turn_speaker(line, people)
    if labelled is not None:
        return labelled
    speaker = people.speaker
    voiced = any(is_first_person(t) and quotation_at(token.doc, t.idx) is None for t in line)
    return speaker if speaker is not None and voiced else None


def _bystander(token: Token, people: People) -> Mention | None:
    """ "Judge X orders his release", "the minister accepted her resignation": the subject of
    a verb acting on someone else's event is not the one whose event it is."""
    if token.dep_ != "poss" or token.head.dep_ != "dobj":
        return None
    verb = token.head.head
    if verb.lemma_.lower() not in _BYSTANDER_VERBS:
        return None
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return _named(subject, people) if subject is not None else None


def turn_speaker_at(token: Token, people: People) -> Mention | None:
    """The person a transcript line names as its speaker ("Amina Idrissi: I was born ..."),
    for the line ``token`` is on."""
    line = line_of(token)
    return _turn_speaker(line, people) if line is not None else None


def _in_labelled_turn(token: Token, people: People) -> bool:
    line = line_of(token)
    return line is not None and _turn_speaker(line, people) is not None


def line_of(token: Token) -> Span | None:
    """The line of text ``token`` is on, as a span of whole tokens."""
    text = text_of(token.doc)
    start = text.rfind("\n", 0, token.idx) + 1
    end = text.find("\n", token.idx)
    return token.doc.char_span(start, end if end >= 0 else len(text), alignment_mode="contract")


def _turn_speaker(line: Span, people: People) -> Mention | None:
    """The person named as a transcript line's speaker: "Duc: ...", "Le Mai: ...",
    "INGRID SOLVANG (moderator): ..."."""
    colon = next((t for t in line[:10] if t.text == ":"), None)
    if colon is None or colon.i == line.start:
        return None
    last = colon.i - 1
    if line.doc[last].text == ")":  # the speaker's role in brackets after the name
        opening = next((t.i for t in line if t.text == "(" and t.i < last), None)
        last = opening - 1 if opening is not None and opening > line.start else last
    named = people.mention_at(line.doc[last])
    return people.representative_of(named) if named is not None else None


def _same_pronoun(subject: Token, token: Token) -> bool:
    """Two subject pronouns of one gender: "He was a good engineer. He ran the yard"."""
    same_gender = pronoun_gender(subject) == pronoun_gender(token) is not None
    return same_gender and token.dep_ in {"nsubj", "nsubjpass"}


def _verbless_person(sent: Span, people: People) -> Mention | None:
    """The one person a verbless sentence names, after any speaker's label ("Tran Quoc
    Bao, yes.", "A: Octavian Crainic.")."""
    colon = next((t.i for t in sent[:6] if t.text == ":"), sent.start - 1)
    named = {people.mention_at(t) for t in sent if t.i > colon} - {None}
    found = {people.representative_of(m) for m in named if m is not None}
    return found.pop() if len(found) == 1 else None


def _previous_subject(token: Token, people: People, chain: bool = False) -> Mention | None:
    sents = sentences(token.doc)
    index = next((i for i, s in enumerate(sents) if s.start <= token.i < s.end), 0)
    if index == 0:
        return None
    root = sents[index - 1].root
    if root.pos_ not in {"VERB", "AUX"}:
        answer = _verbless_person(sents[index - 1], people)
        if answer is not None:
            return answer  # "Duc: Tran Quoc Bao, yes. He was a good engineer"
    subject = next((c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    named = _named(subject, people) if subject is not None else None
    if subject is not None and chain and _same_pronoun(subject, token):
        return people.subject_pronouns.get(subject.i)  # "He was ... He ran ...": the same "he"
    if named is not None or (subject is not None and subject.lower_ in MALE | FEMALE):
        return named
    # "Officers arrested a former trader, X. He was later released": with no person as
    # its subject, the sentence's person is the one it acts on; "The police detained him.
    # A court convicted him": the same "him".
    obj = next((c for c in root.children if c.dep_ == "dobj"), None)
    if obj is not None and pronoun_gender(obj) is not None and pronoun_gender(obj) == pronoun_gender(token):
        return _object_pronoun(obj, people)
    return _named(obj, people) if obj is not None else None


def _object_pronoun(obj: Token, people: People) -> Mention | None:
    """An object "him"/"her", resolved once (a chain of them would otherwise be resolved
    again for every pronoun after it)."""
    found = people.object_pronouns
    if obj.i not in found:
        found[obj.i] = None  # a cycle back to this pronoun finds no one
        found[obj.i] = resolve_pronoun(obj, people, chain=False)
    return found[obj.i]


def speaker_of(token: Token, people: People) -> Mention | None:
    """Who says the words at ``token``: the speaker of its quotation, labelled turn or
    first-person text; None when the text does not say."""
    return _first_person(token, people)


def _first_person(token: Token, people: People) -> Mention | None:
    quote = quotation_at(token.doc, token.idx)
    if quote is not None:
        return _quote_speaker(token.doc, quote, people)
    # A transcript's turn says who speaks it: "Amina Idrissi: I was born there in 1969."
    line = line_of(token)
    labelled = _turn_speaker(line, people) if line is not None else None
    return labelled or people.speaker


def quotation_at(doc: Doc, char: int) -> tuple[int, int] | None:
    """The (start, end) of the quotation containing ``char``, if any."""
    for match in _quotations(doc):
        if match[0] <= char < match[1]:
            return match
    return None


def _quotations(doc: Doc) -> list[tuple[int, int]]:
    found = doc.user_data.get("pipeline.quotations")
    if found is None:
        found = doc.user_data["pipeline.quotations"] = [m.span() for m in _QUOTED.finditer(text_of(doc))]
    return list(found)


def _quote_speaker(doc: Doc, quote: tuple[int, int], people: People) -> Mention | None:
    """Whoever a speech verb next to the quotation names: '"...," X said', 'X said: "..."'."""
    for sent in _sentences_around(doc, quote):
        for token in sent:
            if quote[0] <= token.idx < quote[1] or token.lemma_.lower() not in words(
                "discourse", "speech_verbs"
            ):
                continue
            subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
            if subject is not None and subject.lower_ not in FIRST:
                return people.resolve(subject)
    return None


def _sentences_around(doc: Doc, quote: tuple[int, int]) -> list[Span]:
    sents = sentences(doc)
    inside = [i for i, s in enumerate(sents) if s.start_char < quote[1] and quote[0] < s.end_char]
    if not inside:
        return []
    return sents[inside[0] : inside[-1] + 2]  # the attribution may follow the quotation


def told_in_first_person(doc: Doc) -> bool:
    """Whether the text's own voice says "I" (not only the people it quotes)."""
    counts, strings = doc.count_by(LOWER), doc.vocab.strings
    if sum(counts.get(strings[word], 0) for word in FIRST if word in strings) < _FIRST_PERSON_SENTENCES:
        return False  # most texts never say "I": no need to look at each word
    quotes = _quotations(doc)
    count = 0
    for sent in sentences(doc):
        if any(is_first_person(t) and not any(a <= t.idx < b for a, b in quotes) for t in tokens_of(sent)):
            count += 1
            if count >= _FIRST_PERSON_SENTENCES:
                return True
    return False
