"""Events stage: typed events (birth, appointment, arrest, ...) from the parse.

A trigger from the lexicon (``data/events.toml``) names the event; the parse
says who it happened to (the subject of "she resigned", the object of "they
arrested him", the passive subject of "he was appointed", the owner of "his
resignation"), and which date and place attach to it. Pronouns and implicit
subjects resolve through ``People``. Each row keeps its sentence and offsets.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from pipeline.careers.post_heads import post_head
from pipeline.careers.post_words import body_of, is_honour, is_membership_body, is_order_grade
from pipeline.discourse.people import People, people_of
from pipeline.discourse.pronouns import line_of, quotation_at, speaker_of
from pipeline.discourse.relatives import about_a_relative
from pipeline.edtf import day_of_time
from pipeline.events.couples import COUPLE_NOUNS, kin_spouses, spouses
from pipeline.events.fields import FieldFact, field_facts
from pipeline.events.lifespan import LifeFact, covered_tokens, lifespan_facts
from pipeline.events.notices import listed_people
from pipeline.events.parties import PartyFact, party_memberships
from pipeline.events.places import (
    doer_place,
    place_there,
    placed,
    placed_after_date,
    reelections_placed,
)
from pipeline.events.repeats import without_repeats, without_undated_repeats
from pipeline.events.roles import (
    child,
    person_token,
)
from pipeline.events.sections import ListedFact, listed_facts, unlisted_lines
from pipeline.events.triggers import Trigger, find_triggers, load_lexicon
from pipeline.evidence import DateIndex, evidence_span, mentions_by_token
from pipeline.factuality import is_asserted
from pipeline.ids import make_id
from pipeline.linking.short_forms import is_abbreviation
from pipeline.parsed import sentence_of, sentences, text_of, tokens_of
from pipeline.records import DateMention, DateSide, Event, Mention, with_fields
from pipeline.syntax import is_verb
from pipeline.wordlists import data_file
from pipeline.wordlists import words as bodies_words

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Clauses under a noun that tell something else ("..., after which he joined Y").
_CLAUSE_DEPS = frozenset({"relcl", "advcl", "ccomp"})
# Entity labels a place's name never carries, however unsure the model is.
_NOT_PLACE_ENTITIES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"})
_PLACE_PREPS = frozenset({"in", "at", "to", "near", "into"})
_TO_PREPS = frozenset({"to", "into", "for", "with"})
# Words that tell a type from another sharing its triggers (data/events.toml): an honour's
# name makes "named X" an award rather than a post; a learned society's election makes a
# member; an assembly's choice is an election; degree words make an award a degree.
_AWARD_WORDS = bodies_words("events", "award", "name_words")
_LEARNED_WORDS = bodies_words("events", "membership", "learned_bodies")
_ASSEMBLIES = bodies_words("events", "election", "electing_bodies")
_DEGREE_WORDS = bodies_words("events", "degree", "degree_words")
# Nouns that name where someone went when "return"/"leave" is a move, not a figure of speech.
_PLACE_NOUNS = bodies_words("events", "relocation", "destination_nouns")
# Movement verbs that are a relocation only with a destination ("left X for Y").
_DESTINATION_VERBS = bodies_words("events", "relocation", "needs_destination")
_DESTINATION_FOR = bodies_words("events", "relocation", "destination_for")
_BACK_VERBS = bodies_words("events", "relocation", "needs_back")
_BACK_WORDS = bodies_words("events", "relocation", "back_words")
_HABIT_WORDS = bodies_words("events", "relocation", "habit_words")
# Events a speaker's "we" shares with the speaker (data/discourse.toml).
_SHARED_BY_WE = bodies_words("discourse", "shared_by_we")
# Events of two people, each the other's partner.
_COUPLE_EVENTS = frozenset({"marriage", "divorce"})
# Events that open a state: "married since 1987" and "promoted ... from 1975 to 1977"
# happened when the range starts. Other types keep the range (studies, an injury
# over two nights, an honour given some time in 2000-2005).
ONSET_EVENTS = frozenset(
    {
        "appointment",
        "election",
        "marriage",
        "membership",
        "relocation",
        "founding",
        "dismissal",
        "resignation",
    }
)

# Facts whose date is always written in their own phrase ("born on 2 June 1938", "his death
# in 1990"): a date elsewhere in the sentence, or before it, is another fact's.
_OWN_PHRASE_DATES = frozenset({"birth", "death"})

# Confidence by how the person was found.
CONFIDENCE_NAMED = 0.9
CONFIDENCE_RESOLVED = 0.75
CONFIDENCE_SUBJECT = 0.6


@dataclass(frozen=True, slots=True)
class _Found:
    trigger: Trigger
    person: Mention
    confidence: float
    rule: str
    partner: Mention | None = None


def extract_events(
    doc: Doc, doc_id: str, mentions: Sequence[Mention], dates: Sequence[DateMention]
) -> list[Event]:
    people = people_of(doc, mentions)
    place_mentions = [m for m in mentions if _may_be_place(m)]
    places = mentions_by_token(doc, place_mentions)
    orgs = mentions_by_token(doc, [m for m in mentions if m.label == "ORG"])
    date_index = DateIndex(doc, dates)
    events: dict[tuple[str | None, ...], Event] = {}
    lives = lifespan_facts(doc, people, dates, place_mentions)
    for fact in lives:
        event = _life_event(doc_id, fact)
        events[(event.event_type, event.person_mention_id, event.date_id or "")] = event
    in_brackets = covered_tokens(lives)
    if people.subject is not None:
        for listed in listed_facts(doc, dates, mentions):
            event = _listed_event(doc_id, listed, people.subject)
            events.setdefault(
                (event.event_type, event.person_mention_id, event.date_id or f"line:{event.start_char}"),
                event,
            )
    if people.subject is not None:
        for field in field_facts(doc, dates, mentions, people.subject):
            for event in _field_events(doc_id, field, people):
                key_date = event.date_id or f"field:{event.start_char}:{event.partner_mention_id}"
                events.setdefault((event.event_type, event.person_mention_id, key_date), event)
    for party in party_memberships(doc, people):
        event = _party_event(doc_id, party)
        events.setdefault((event.event_type, event.person_mention_id, f"party:{party.party}"), event)
    for index, sent in enumerate(sentences(doc)):
        found_here = [f for f in _find_in_sentence(sent, people) if f.trigger.token.i not in in_brackets]
        triggers = [f.trigger.token for f in found_here]
        built = [
            _build(doc_id, sent, f, _date_of(f, date_index, index, triggers, people), places, orgs)
            for f in found_here
        ]
        for key, event in _keyed(found_here, built, sent, orgs, date_index):
            events.setdefault(key, event)
    by_id = {d.date_id: d for d in dates}
    ordered = sorted(events.values(), key=lambda e: (e.start_char, e.event_type, e.event_id))
    ordered = reelections_placed(placed(ordered, place_mentions, text_of(doc)))
    ordered = placed_after_date(ordered, by_id, place_mentions, text_of(doc))
    ordered = _organizations_in_full(ordered, mentions)
    return without_repeats(ordered, lambda e: event_date_value(by_id.get(e.date_id or ""), e.date_side))


def _organizations_in_full(events: list[Event], mentions: Sequence[Mention]) -> list[Event]:
    """ "USKOK prosecutor Lana Matić indicts X", "the bank dismissed him", "joined Brimnes":
    the organisation is named as the text spells it out ("Office for the Suppression of
    Corruption and Organised Crime (USKOK)", "Nordhaf Bank", "Brimnes Group")."""
    text_of_id = {m.mention_id: m.text for m in mentions}
    named: dict[str, set[str]] = {}
    for m in mentions:
        if m.label == "ORG" and (" " not in m.text or m.text[:4].lower() == "the ") and m.cluster:
            named.setdefault(m.text, set()).add(text_of_id.get(m.cluster, m.text))
    in_full = {text: full.pop() for text, full in named.items() if len(full) == 1}
    return [
        with_fields(e, organization_name=in_full[e.organization_name])
        if e.organization_name in in_full and not is_abbreviation(in_full[e.organization_name])
        else e
        for e in events
    ]


def _keyed(
    found: list[_Found], built: list[Event], sent: Span, orgs: dict[int, Mention], dated: DateIndex
) -> Iterator[tuple[tuple[str | None, ...], Event]]:
    """A sentence's events, each with the key of the fact it tells: one per type, person
    and date (undated facts on different lines are distinct), unless it names a partner
    or an organization of its own ("married to A, B and C", "studied at A and B", "a
    graduate of A and has a PhD from B")."""
    copies = [copy for event in built for copy in _per_organization(event, sent, orgs)]
    copies += [copy for event in built for copy in _per_date(event, dated)]
    copied = {event.event_id for event in copies}
    # "the Polytechnic School (Institute of Energy)": another name, not another school.
    pairs = list(zip(found, built, strict=True))
    named = {e.event_id for f, e in pairs if not _in_parentheses(f.trigger.token) and _names_org(f, e, orgs)}
    told: dict[tuple[str | None, ...], set[str | None]] = {}
    for event in without_undated_repeats(built + copies):
        key: tuple[str | None, ...] = (
            event.event_type,
            event.person_mention_id,
            event.date_id or str(sent.start),
        )
        if event.partner_mention_id or event.event_id in copied:
            yield (*key[:2], f"{key[2]}:{event.partner_mention_id}:{event.organization_name}"), event
            continue
        orgs_told = told.setdefault(key, set())
        if event.event_id in named and orgs_told and event.organization_name not in orgs_told:
            key = (*key[:2], f"{key[2]}::{event.organization_name}")
        orgs_told.add(event.organization_name)
        yield key, event


def _names_org(found: _Found, event: Event, orgs: dict[int, Mention]) -> bool:
    own = _in_clause(found.trigger.token, orgs, prepositional=False)
    return own is not None and own.text == event.organization_name


def _in_parentheses(token: Token) -> bool:
    before = text_of(token.doc)[sentence_of(token).start_char : token.idx]
    return before.count("(") > before.count(")")


def _may_be_place(mention: Mention) -> bool:
    """Places, and one-word names spaCy called ORG: small towns often get that label,
    and a place must still hang on in/at/to to count."""
    return mention.label in PLACE_LABELS or (mention.label == "ORG" and " " not in mention.text)


def _find_in_sentence(sent: Span, people: People) -> Iterator[_Found]:
    lexicon = load_lexicon()
    for token in tokens_of(sent):
        if token.pos_ == "NOUN" and token.lemma_.lower() in lexicon.spouse_nouns:
            for person, partner in kin_spouses(token, people):
                yield _Found(
                    Trigger("marriage", "noun", token), person, CONFIDENCE_RESOLVED, "kin:spouse", partner
                )
        for trigger in find_triggers(token, lexicon):
            retyped = _retype(trigger)
            if retyped is None or not is_asserted(token):
                continue
            trigger = retyped
            needs_post = lexicon.needs_post.get(trigger.event_type, frozenset())
            if trigger.role != "noun" and token.lemma_.lower() in needs_post and not _takes_post(token):
                joined = _joins_organization(token) and not _names_membership_body(token)
                if not (trigger.event_type == "appointment" and joined):
                    continue  # "became famous", "took the train"; but "joined the Foreign Service" is a job
            if trigger.event_type in _COUPLE_EVENTS:
                cv_line = _opens_without_subject(token) and not _unlisted(sent)
                for person, partner in spouses(trigger, people, people.subject if cv_line else None):
                    rule = f"{trigger.role}:{token.lemma_.lower()}"
                    yield _Found(trigger, person, CONFIDENCE_NAMED, rule, partner)
                continue
            for person, confidence, rule in _persons(trigger, sent, people):
                if not people.is_family_name(person):  # a family is not an event's person
                    yield _Found(trigger, person, confidence, rule)
            if trigger.event_type == "appointment" and trigger.role == "patient":
                for person in listed_people(token, people):
                    yield _Found(trigger, person, CONFIDENCE_NAMED, f"listed:{token.lemma_.lower()}")


@lru_cache(maxsize=1)
def _needs_complement() -> frozenset[str]:
    return frozenset(data_file("events")["degree"].get("needs_complement", []))


def _takes_post(verb: Token) -> bool:
    head = post_head(verb)
    return head is not None and not is_honour(head)


def _quoted(token: Token) -> bool:
    """ "named “Teacher of the Year”": a quoted title, not a quotation the trigger is in;
    a possessive apostrophe ("Arias' death") is no quotation mark."""
    if quotation_at(token.doc, token.idx) is not None:
        return False
    return any(t.is_quote and t.tag_ != "POS" for t in token.subtree)


def _order_grade(verb: Token) -> bool:
    """ "appointed a Member of the Order of Canada": made a grade of an order of merit."""
    head = post_head(verb) if is_verb(verb) else None
    return head is not None and is_order_grade(head)


def _retype(trigger: Trigger) -> Trigger | None:
    """Honours and degrees share verbs with posts ("named", "awarded the title of doctor")."""
    # "four-year term" is not "of the Year": honour words count when capitalised or not "year".
    words = {t.lower_ for t in _phrase(trigger.token) if t.lower_ != "year" or t.is_title} - {
        trigger.token.lower_
    }
    if trigger.event_type in {"appointment", "election"} and (
        words & _AWARD_WORDS or _quoted(trigger.token) or _order_grade(trigger.token)
    ):
        return Trigger("award", trigger.role, trigger.token)
    if trigger.event_type == "degree" and "honorary" in words:
        return Trigger("award", trigger.role, trigger.token)  # an honorary doctorate is an honour
    if (
        trigger.event_type == "degree"
        and trigger.token.lemma_.lower() in _needs_complement()
        and not any(c.dep_ == "prep" and c.lower_ in {"of", "in"} for c in trigger.token.children)
    ):
        return None  # "SPD candidate for the Landtag" is a candidacy, not a Candidate of Sciences
    if trigger.event_type == "award" and words & _DEGREE_WORDS and "honorary" not in words:
        return Trigger("degree", trigger.role, trigger.token)
    if trigger.event_type == "election" and words & _LEARNED_WORDS:
        return Trigger("membership", trigger.role, trigger.token)  # "elected a Fellow of the Society"
    if trigger.event_type == "election" and _chosen_by_assembly(trigger.token):
        return trigger
    if trigger.event_type == "appointment" and _chosen_by_assembly(trigger.token):
        return Trigger("election", trigger.role, trigger.token)  # "the council chose her as mayor"
    if trigger.event_type == "membership" and trigger.role == "agent" and _joins_as_post(trigger.token):
        return Trigger("appointment", "agent", trigger.token)  # "joined Siemens as a sales manager"
    if trigger.event_type == "membership" and not _names_membership_body(trigger.token):
        if trigger.role == "agent":  # "joined the Foreign Service", "joined the board of X": a new job
            return (
                Trigger("appointment", "agent", trigger.token) if _joins_organization(trigger.token) else None
            )
        return None  # a seat on a board or in a house is a post (a careers row), not a membership
    if trigger.token.lemma_.lower() in _DESTINATION_VERBS and not _has_destination(trigger.token):
        return None  # "returned to his engineering past", "left the party"
    if trigger.token.lemma_.lower() in _BACK_VERBS and not _goes_back(trigger.token):
        return None  # "went to a conference in Rome" is a trip; "went back to Třebíč" a return
    return trigger


def _goes_back(verb: Token) -> bool:
    """ "came back to Rabat", "went home in 1991"; not a way home ("was coming home from a
    shift") nor a habit ("every August we went back")."""
    back = any(c.dep_ in {"prt", "advmod"} and c.lower_ in _BACK_WORDS for c in verb.children)
    return back and verb.tag_ != "VBG" and not _habitual(verb)


def _habitual(verb: Token) -> bool:
    """ "every August", "each summer": the verb tells what recurred."""
    return any(
        c.dep_ in {"npadvmod", "advmod"} and any(d.lower_ in _HABIT_WORDS for d in c.children)
        for c in verb.children
    )


def _names_membership_body(token: Token) -> bool:
    """ "a member of the Labour Party", "joined the Academy": a body of members, not a post's."""
    noun = token.head if token.dep_ == "compound" else token
    body = body_of(noun)
    if body is None and noun.dep_ == "attr":
        return True  # "she is a member" (of a body told before): keep the telling
    return body is not None and is_membership_body(body)


def _joins_as_post(verb: Token) -> bool:
    """ "joined the firm as a sales manager": the post follows "as"; a job, not a membership."""
    head = post_head(verb)
    return head is not None and head.head.lower_ == "as" and head.head.head.i == verb.i


def _joins_organization(verb: Token) -> bool:
    """ "joined the Indian Foreign Service", "joined the family firm": an employer, named or not."""
    obj = child(verb, {"dobj"})
    return obj is not None and obj.lemma_.lower() in bodies_words("organizations", "heads")


def _phrase(token: Token) -> Iterator[Token]:
    """The noun phrase around a trigger: "Doctorate" in "Honorary Doctorate Degree"
    shares its modifiers with the head it is a compound of."""
    return (token.head if token.dep_ == "compound" else token).subtree


def _has_destination(verb: Token) -> bool:
    """ "returned to her home town", "left Tarvania for Ostmark", "moved back home"."""
    preps = {"for"} if verb.lemma_.lower() in _DESTINATION_FOR else _TO_PREPS
    # "went back to Třebíč": the parser may hang "to" on "back".
    back = [c for c in verb.children if c.dep_ in {"prt", "advmod"} and c.lower_ in _BACK_WORDS]
    for dependent in [*verb.children, *(c for b in back for c in b.children)]:
        if dependent.dep_ == "advmod" and dependent.lower_ in _PLACE_NOUNS:
            return True
        pobjs = [g for g in dependent.children if g.dep_ == "pobj"]
        if dependent.dep_ == "prep" and dependent.lower_ in preps and any(map(_is_place_word, pobjs)):
            return True
    return False


def _destination_for(trigger: Trigger, places: dict[int, Mention]) -> Mention | None:
    """ "left Georgia for Istanbul in the summer of 2012": the place after "for" is where
    the move went, before any other place the sentence names."""
    verb = trigger.token
    if trigger.event_type != "relocation" or verb.lemma_.lower() not in _DESTINATION_FOR:
        return None
    preps = (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for")
    return next((places[g.i] for p in preps for g in p.children if g.dep_ == "pobj" and g.i in places), None)


def _is_place_word(token: Token) -> bool:
    # spaCy often calls a small country ORG; a bare proper name still names a place here.
    bare_name = token.pos_ == "PROPN" and token.ent_type_ == "ORG" and not list(token.children)
    return token.ent_type_ in PLACE_LABELS or bare_name or token.lemma_.lower() in _PLACE_NOUNS


def _chosen_by_assembly(verb: Token) -> bool:
    subject = child(verb, {"nsubj"})
    return subject is not None and subject.lemma_.lower() in _ASSEMBLIES


def _persons(trigger: Trigger, sent: Span, people: People) -> Iterator[tuple[Mention, float, str]]:
    token = person_token(trigger)
    if token is not None and token.lemma_.lower() in COUPLE_NOUNS:
        for partner in people.couple_before(token):
            yield partner, CONFIDENCE_RESOLVED, f"couple:{trigger.token.lemma_.lower()}"
        return
    if token is not None and token.lower_ == "we":
        speaker = speaker_of(token, people) if trigger.event_type in _SHARED_BY_WE else None
        if speaker is not None:
            yield speaker, CONFIDENCE_RESOLVED, f"we:{trigger.token.lemma_.lower()}"
        return
    person = people.resolve(token)
    if person is not None:
        named = people.mention_at(token) is not None if token is not None else False
        confidence = CONFIDENCE_NAMED if named else CONFIDENCE_RESOLVED
        yield person, confidence, f"{trigger.role}:{trigger.token.lemma_.lower()}"
        yield from _conjoined(token, person, people, trigger)
        yield from _companions(trigger, person, people)
    elif (
        (_is_list_item(sent) or _opens_without_subject(trigger.token) or _telegraphic_line(trigger, people))
        and people.subject is not None
        and not _unlisted(sent)
        and not about_a_relative(sent)  # "Wife — X, born 1970": her birth, not the subject's
    ):
        # A list item or heading in a biography ("Member of the X Academy (2003).",
        # "Born 9 May 1960 in X", "2009: elected chairman of X").
        yield people.subject, CONFIDENCE_SUBJECT, f"list_item:{trigger.token.lemma_.lower()}"


def _companions(trigger: Trigger, person: Mention, people: People) -> Iterator[tuple[Mention, float, str]]:
    """ "He moved to Canberra with his wife", "I followed her to Glasgow with my daughter
    Ximena": whoever moves with the mover moves too (the events "we" shares,
    data/discourse.toml ``shared_by_we``), when the text says who they are."""
    if trigger.event_type not in _SHARED_BY_WE or trigger.role == "noun":
        return
    for prep in (c for c in trigger.token.children if c.dep_ == "prep" and c.lower_ == "with"):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            for companion in (obj, *obj.conjuncts):
                other = people.resolve(companion)
                if other is not None and other != person:
                    yield other, CONFIDENCE_RESOLVED, f"with:{trigger.token.lemma_.lower()}"


def _conjoined(
    token: Token | None, person: Mention, people: People, trigger: Trigger
) -> Iterator[tuple[Mention, float, str]]:
    """ "she and her husband moved", "charged A, B and C": each conjoined person has the
    event, however deep the parser nested the list."""
    if token is None or trigger.role == "noun":
        return
    for conj in (c for c in token.conjuncts if c.i > token.i):
        other = people.resolve(conj)
        if other is not None and other != person:
            yield other, CONFIDENCE_RESOLVED, f"conj:{trigger.token.lemma_.lower()}"


def _unlisted(sent: Span) -> bool:
    """A line of a CV's references or languages: about other people, or no facts."""
    return any(line.start_char <= sent.start_char < line.end_char for line in unlisted_lines(sent.doc))


def _opens_without_subject(token: Token) -> bool:
    """A verb heading its own clause with no subject at all: a CV line's telegraphic style."""
    if token.pos_ not in {"VERB", "AUX"} or token.dep_ not in {"ROOT", "conj"}:
        return False
    clause = [token]
    while clause[-1].dep_ == "conj" and clause[-1].head.i != clause[-1].i:
        clause.append(clause[-1].head)  # "he handled X, invested in Y, promoted Z"
    subjects = [c for verb in clause for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "expl"}]
    return not any(c.is_alpha for c in subjects)  # a bullet parsed as subject is none


def _telegraphic_line(trigger: Trigger, people: People) -> bool:
    """ "1998  Elected to 12th Lok Sabha", "II Legislature: elected 7 June 1953", "2005
    general election: Halifax (Labour) – re-elected": a participle of an election or an
    appointment (data/discourse.toml ``telegraphic_events``) with no subject, right after the
    line's opening date or after its colon, dash or bar, and no person named on the line
    (then the line is about that person, not the document's). Whatever else stands before
    the participle ("3 members elected", "2014: Wife elected") is whom it is about."""
    token = trigger.token
    if trigger.role == "noun" or token.tag_ not in {"VBN", "VBD"} or trigger.event_type not in _TELEGRAPHIC:
        return False
    subjects = [c for c in token.children if c.dep_ in {"nsubj", "nsubjpass", "expl"}]
    if any(not _dash_between(c, token) for c in subjects):
        return False  # "Halifax (Labour) – elected": what stands before a dash is no subject
    line = line_of(token)
    if line is None:
        return False
    before = _RE_PREFIX.sub("", text_of(token.doc)[line.start_char : token.idx]).strip()  # "1999  Re-elected"
    if not (_DATE_ONLY.fullmatch(before) or before.endswith((":", "|", *_DASHES))):
        return False
    return not any(people.mention_at(t) is not None for t in line)


_RE_PREFIX = re.compile(r"(?i)\bre-$")
# What may stand before a line's participle on its own: a date written in figures.
_DATE_ONLY = re.compile(r"[\d\s./–—-]+")
_TELEGRAPHIC = bodies_words("discourse", "telegraphic_events")


def _dash_between(left: Token, right: Token) -> bool:
    return any(t.text in _DASHES for t in left.doc[left.i + 1 : right.i])


_DASHES = frozenset({"–", "—"})


def _is_list_item(sent: Span) -> bool:
    """A verbless line that states a fact ("Member of X (2003).") — not a heading."""
    text = sent.text.strip()
    return not is_verb(sent.root) and text.endswith((".", ")", ";"))


def _build(
    doc_id: str,
    sent: Span,
    found: _Found,
    date: DateMention | None,
    places: dict[int, Mention],
    orgs: dict[int, Mention],
) -> Event:
    trigger = found.trigger
    # "returned to Paris with his wife Anna" says they are married, not where they wed.
    kin = found.rule.startswith("kin:")
    place = (
        None
        if kin
        else _destination_for(trigger, places)
        or _attached(trigger.token, sent, places, prepositional=True)
        or place_there(trigger.token, places)
    )
    place_name = place.text if place else None if kin else _unrecognised_place(trigger)
    if (
        place_name is None
        and trigger.role == "patient"
        and trigger.event_type in load_lexicon().placed_by_doer
    ):
        place_name = doer_place(trigger.token, places, orgs)
    takes_part = trigger.event_type not in load_lexicon().without_organization and not kin
    org = _attached(trigger.token, sent, orgs, prepositional=False) if takes_part else None
    start, end = evidence_span(sent, date)
    return Event(
        event_id=make_id(
            "event",
            doc_id,
            trigger.event_type,
            trigger.token.idx,
            found.person.mention_id,
            *([found.partner.mention_id] if found.partner else []),
        ),
        doc_id=doc_id,
        event_type=trigger.event_type,
        person_mention_id=found.person.mention_id,
        place_mention_id=place.mention_id if place else None,
        place_name=place_name,
        organization_name=org.text if org else None,
        date_id=date.date_id if date else None,
        sentence=text_of(sent.doc)[start:end],
        start_char=start,
        end_char=end,
        confidence=found.confidence if date else round(found.confidence - 0.1, 2),
        rule=found.rule,
        date_side=onset_side(trigger.event_type, date),
        partner_mention_id=found.partner.mention_id if found.partner else None,
    )


def _date_of(
    found: _Found, dates: DateIndex, index: int, triggers: list[Token], people: People
) -> DateMention | None:
    """A birth or death is dated inside its own phrase; other facts may take the
    sentence's date, or the one that sets the narrative's time just before."""
    if found.rule.startswith("kin:"):
        return None  # "his wife Anna" says they married, not when
    # "He is a graduate of X", "X, a senior member of the ANC, was minister from 2015": a
    # state, dated only in its own phrase, not by the story or the clause it describes.
    token = found.trigger.token
    describes_person = token.dep_ == "appos" and token.head.ent_type_ == "PERSON"
    predicate = found.trigger.role == "noun" and (token.dep_ == "attr" or describes_person)
    strict = found.trigger.event_type in _OWN_PHRASE_DATES or predicate
    date = dates.pick(found.trigger.token, index, triggers, strict=strict)
    if date is None and not strict:
        return dates.signed(found.trigger.token)
    if date is None or date.sentence_index == index or dates.heads_a_line(date):
        return date
    # A narrative's time carries over to the same person ("In May 1985, he left the plant.
    # The minister appointed him ..."), not to the next person the text turns to.
    return date if people.named_in(found.person, date.sentence_index) else None


def _listed_event(doc_id: str, fact: ListedFact, person: Mention) -> Event:
    return _line_event(doc_id, fact.event_type, fact.line, fact.date, person, "section", fact.organization)


def _field_events(doc_id: str, fact: FieldFact, people: People) -> Iterator[Event]:
    """The subject's row of a form's field, and the partner's own row of a marriage."""
    subject = people.subject
    assert subject is not None
    partner = people.representative_of(fact.partner) if fact.partner is not None else None
    pairs = [(subject, partner), *([(partner, subject)] if partner is not None else [])]
    for person, other in pairs:
        kind, line, date = fact.event_type, fact.line, fact.date
        yield _line_event(doc_id, kind, line, date, person, "field", fact.organization, fact.place, other)


def _line_event(
    doc_id: str,
    event_type: str,
    line: Span,
    date: DateMention | None,
    person: Mention,
    source: str,
    organization: str | None,
    place: Mention | None = None,
    partner: Mention | None = None,
) -> Event:
    """A row for the document's subject (or a partner) from a line a CV or form states
    without a verb: an item under a heading (``section``), a labelled field (``field``)."""
    start, end = evidence_span(line, date)
    return Event(
        event_id=make_id("event", doc_id, event_type, line.start_char, person.mention_id),
        doc_id=doc_id,
        event_type=event_type,
        person_mention_id=person.mention_id,
        place_mention_id=place.mention_id if place else None,
        place_name=place.text if place else None,
        organization_name=organization,
        date_id=date.date_id if date else None,
        sentence=text_of(line.doc)[start:end],
        start_char=start,
        end_char=end,
        confidence=CONFIDENCE_SUBJECT,
        rule=f"{source}:{event_type}",
        date_side=onset_side(event_type, date),
        partner_mention_id=partner.mention_id if partner else None,
    )


def _party_event(doc_id: str, fact: PartyFact) -> Event:
    sent = fact.token.sent
    start, end = evidence_span(sent)
    return Event(
        event_id=make_id("event", doc_id, "membership", fact.token.idx, fact.person.mention_id),
        doc_id=doc_id,
        event_type="membership",
        person_mention_id=fact.person.mention_id,
        place_mention_id=None,
        place_name=None,
        organization_name=fact.party,
        date_id=None,
        sentence=text_of(sent.doc)[start:end],
        start_char=start,
        end_char=end,
        confidence=CONFIDENCE_RESOLVED,
        rule="party:word",
    )


def _life_event(doc_id: str, fact: LifeFact) -> Event:
    start, end = evidence_span(fact.bracket.sent, fact.date)
    return Event(
        event_id=make_id("event", doc_id, fact.event_type, fact.bracket.start_char, fact.person.mention_id),
        doc_id=doc_id,
        event_type=fact.event_type,
        person_mention_id=fact.person.mention_id,
        place_mention_id=fact.place.mention_id if fact.place else None,
        place_name=fact.place.text if fact.place else fact.place_text,
        organization_name=None,
        date_id=fact.date.date_id,
        sentence=text_of(fact.bracket.doc)[start:end],
        start_char=start,
        end_char=end,
        confidence=CONFIDENCE_NAMED,
        rule=f"lifespan:{fact.event_type}",
        date_side=fact.side,
    )


def _per_organization(event: Event, sent: Span, orgs: dict[int, Mention]) -> list[Event]:
    """One more event for each organization listed with the event's own ("educated at A
    in X, B, and at C"; "a BA from A and a law degree from B")."""
    if event.event_type not in load_lexicon().per_organization or event.organization_name is None:
        return []
    own = [t for t in sent if t.i in orgs and orgs[t.i].text == event.organization_name]
    if not own:
        return []
    root = max(own, key=lambda t: t.i) if len(own) == 1 else _span_root(own)
    others = [orgs[t.i] for t in _listed_with(root) if t.i in orgs]
    names = list(dict.fromkeys(m.text for m in others if m.text != event.organization_name))
    return [
        # the place written beside the first organization is not the others'
        with_fields(
            event,
            event_id=make_id(event.event_id, name),
            organization_name=name,
            place_mention_id=None,
            place_name=None,
        )
        for name in names
    ]


def _per_date(event: Event, dated: DateIndex) -> list[Event]:
    """One more event for each date listed with the event's own ("re-elected in 1994, 1998
    and 2002", "in 2017 and in 2021", "in August 2016 and August 2021")."""
    if event.event_type not in load_lexicon().per_date or event.date_id is None:
        return []
    placed = dated.placed_with_root(event.date_id)
    if placed is None:
        return []
    own, root = placed
    listed = {t.i for t in _listed_with(root)}
    return [
        with_fields(event, event_id=make_id(event.event_id, date.date_id), date_id=date.date_id)
        for date, other in dated.roots_in_sentence(own.sentence_index)
        if other.i in listed and date.date_id != event.date_id
    ]


def _span_root(tokens: list[Token]) -> Token:
    inside = {t.i for t in tokens}
    return next((t for t in tokens if t.head.i not in inside or t.head.i == t.i), tokens[-1])


def _listed_with(root: Token) -> list[Token]:
    """Heads of the phrases coordinated with ``root``: its conjuncts and appositions ("A,
    B and C"), or the objects of prepositions coordinated with its own ("at A ... and at B",
    "a BA from A and a law degree from B")."""
    prep = root.head if root.dep_ == "pobj" else None
    found = [*root.conjuncts]
    # Coordinated or apposed inside its phrase, where the parser often hangs a list
    # ("A in X, Ontario, B in Y"), and what they introduce with the same preposition.
    for token in root.subtree:
        if token.dep_ in {"conj", "appos"} and token.i != root.i and not _bracketed(token):
            found.append(token)
            found.extend(_objects_after(token, prep))
    if prep is not None:
        siblings = [c for c in prep.head.children if c.dep_ in {"prep", "conj"} and c.lower_ == prep.lower_]
        for other in [*prep.conjuncts, *siblings]:  # "at A ... and at B"
            found.extend(c for c in other.children if c.dep_ == "pobj")
    return [t for t in found if t.i != root.i]


def _bracketed(token: Token) -> bool:
    """ "the Polytechnic School (Institute of Energy)": another name of the same body."""
    before = token.doc[token.left_edge.i - 1] if token.left_edge.i > 0 else None
    return before is not None and before.text == "("


def _objects_after(token: Token, prep: Token | None) -> list[Token]:
    """ "a law degree from B": the object of the same preposition under a listed phrase."""
    if prep is None:
        return []
    return [
        c
        for p in token.children
        if p.dep_ == "prep" and p.lower_ == prep.lower_
        for c in p.children
        if c.dep_ == "pobj"
    ]


def _attached(trigger: Token, sent: Span, index: dict[int, Mention], prepositional: bool) -> Mention | None:
    """The nearest mention in the trigger's phrase (a place must hang on in/at/to); for
    a noun, in its own phrase or clause, else in its sentence."""
    found = _in_clause(trigger, index, prepositional)
    if found is not None:
        return found
    if prepositional and (where := _where_antecedent(trigger, index)) is not None:
        return where
    if is_verb(trigger):
        return _nearest(trigger, list(trigger.subtree), index, prepositional)
    return _nearest(trigger, _scope_of_noun(trigger, sent), index, prepositional)


def _scope_of_noun(trigger: Token, sent: Span) -> list[Token]:
    """Where a noun's place or organization may be written: its sentence ("completed his
    studies at X, receiving his degree in 1950"), or only the relative clause it is told in
    ("the room, which has remained untouched since his death in 1950": not the style "in"
    the main clause); a "where" clause's with the noun it tells of ("the University of X,
    where he took a BA")."""
    relative = next((a for a in trigger.ancestors if a.dep_ == "relcl"), None)
    if relative is None:
        return tokens_of(sent)
    where = any(c.lower_ == "where" for c in relative.children)
    return [*relative.subtree, *([relative.head] if where else [])]


def _where_antecedent(trigger: Token, index: dict[int, Mention]) -> Mention | None:
    """ "He moved to Wilmington, Delaware, where he died": the place a "where" clause
    hangs on, the town before its region."""
    if trigger.dep_ != "relcl" or not any(c.lower_ == "where" for c in trigger.children):
        return None
    noun = trigger.head
    while noun.dep_ in {"appos", "conj"} and noun.head.i in index:
        noun = noun.head
    return index.get(noun.i)


def _in_clause(trigger: Token, index: dict[int, Mention], prepositional: bool) -> Mention | None:
    """A mention the trigger's own words name: in a verb's phrase; in a noun's phrase,
    then in its verb's ("completing an MA at Brighton College")."""
    if trigger.pos_ in {"VERB", "AUX"}:
        return _nearest(trigger, list(trigger.subtree), index, prepositional)
    scopes = [_own_phrase(trigger, prepositional)]
    if trigger.dep_ == "dobj":
        scopes.append([t for t in trigger.head.subtree if t.i != trigger.i])
    return next((m for s in scopes if (m := _nearest(trigger, s, index, prepositional))), None)


def _own_phrase(noun: Token, for_place: bool) -> list[Token]:
    """The noun's phrase without itself and the clauses it heads ("his doctorate, after
    which he joined the faculty of Y": Y is not where the doctorate is from); for an
    organization, not what it is "in" either ("a diploma in Mechanical Engineering")."""
    left_out = _CLAUSE_DEPS if for_place else _CLAUSE_DEPS | {"prep:in"}
    clauses = {
        t.i
        for c in noun.children
        if c.dep_ in left_out or f"{c.dep_}:{c.lower_}" in left_out
        for t in c.subtree
    }
    return [t for t in noun.subtree if t.i != noun.i and t.i not in clauses]


def _nearest(
    trigger: Token, scope: list[Token], index: dict[int, Mention], prepositional: bool
) -> Mention | None:
    best: tuple[int, Mention] | None = None
    for token in scope:
        mention = index.get(token.i)
        if mention is None or (prepositional and not _after_preposition(token, trigger)):
            continue
        if (mention.start_char, mention.end_char) == (trigger.idx, trigger.idx + len(trigger.text)):
            continue  # "a BFA": the trigger alone, when the model made it a name
        distance = abs(token.i - trigger.i)
        if best is None or distance < best[0]:
            best = (distance, mention)
    return best[1] if best else None


def _unrecognised_place(trigger: Trigger) -> str | None:
    """ "born in Hol", "born in Duque de Caxias": the proper noun right after one of the
    event's place words, when the model did not call it a place."""
    preps = load_lexicon().place_words.get(trigger.event_type, frozenset())
    for prep in trigger.token.children:
        if prep.dep_ != "prep" or prep.lower_ not in preps:
            continue
        noun = child(prep, {"pobj"})
        if noun is None or noun.pos_ != "PROPN" or noun.ent_type_ in _NOT_PLACE_ENTITIES:
            return None
        words = list(noun.doc[prep.i + 1 : noun.i + 1])
        particles = bodies_words("names", "particles")
        if words[0].pos_ == "PROPN" and all(t.pos_ == "PROPN" or t.lower_ in particles for t in words):
            return noun.doc[prep.i + 1 : noun.i + 1].text
    return None


def _after_preposition(token: Token, trigger: Token) -> bool:
    node = token
    while node.dep_ in {"compound", "amod", "appos", "conj"} and node.head.i != node.i:
        node = node.head
    if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.i == trigger.i:
        return trigger.pos_ == "NOUN"  # "a native of X", "the death of X's wife in Y" is not Y's
    if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.dep_ == "pobj":
        node = node.head.head  # "in the city of X", "at the village of X"
    return node.dep_ == "pobj" and node.head.lower_ in _PLACE_PREPS


def event_date_value(date: DateMention | None, side: DateSide | None) -> str | None:
    """The date an event row reports: the whole date, or one side of a range."""
    if date is None:
        return None
    if date.kind == "time":
        return day_of_time(date.value)  # "found dead ... on Sunday morning": that day
    if side == "start" and date.start_value and date.start_value != date.value:
        return date.start_value
    if side == "end" and date.end_value and date.end_value not in (date.value, ".."):
        return date.end_value
    return date.value


def onset_side(event_type: str, date: DateMention | None) -> DateSide | None:
    """A state's onset dated by a range ("promoted ... from 1975 to 1977") took place at its start."""
    return "start" if event_type in ONSET_EVENTS and date is not None and date.start_value else None


def birth_resolver(
    doc: Doc, mentions: Sequence[Mention], dates: Sequence[DateMention], events: Sequence[Event]
) -> Callable[[DateMention], DateMention | None]:
    """For an age expression, the birth date of the person it describes.

    The person is the one the age's sentence is about (its subject, or the
    document's subject); the birth date comes from this document's birth events.
    """
    people = people_of(doc, mentions)
    by_id = {d.date_id: d for d in dates}
    births = {e.person_mention_id: by_id.get(e.date_id or "") for e in events if e.event_type == "birth"}
    sents = sentences(doc)

    def birth_for(age: DateMention) -> DateMention | None:
        sent = sents[age.sentence_index]
        person = people.sentence_subject(sent) or people.subject
        return births.get(person.mention_id) if person else None

    return birth_for
