"""The event trigger lexicon, read from ``data/events.toml``.

Maps a token to the event types it can trigger and the syntactic role the
event's person plays relative to it.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any, Literal

from spacy.tokens import Token

from pipeline.careers.post_words import is_position_word
from pipeline.syntax import child, governing_verb
from pipeline.wordlists import words

Role = Literal["agent", "patient", "noun"]
# Event types that start a post (the careers stage reads their triggers).
STARTS_POST = frozenset({"appointment", "election"})
# What a degree held is in or from ("a PhD in law from X").
_COMPLEMENT_PREPS = frozenset({"in", "from", "at"})
# How the parser joins the items of a verbless list line to its root.
_LIST_ITEM_DEPS = frozenset({"appos", "conj", "compound", "npadvmod", "dep"})


@dataclass(frozen=True, slots=True)
class Trigger:
    event_type: str
    role: Role
    token: Token


@dataclass(frozen=True)
class Lexicon:
    verbs: dict[str, tuple[tuple[str, Role], ...]]
    nouns: dict[str, tuple[str, ...]]
    modifiers: dict[str, tuple[str, ...]]
    governors: dict[str, frozenset[str]]  # event type -> verbs a noun trigger needs
    partners: frozenset[str] = frozenset()  # verbs whose object is a person too ("married X")
    without_organization: frozenset[str] = frozenset()  # event types no organization takes part in
    spouse_nouns: frozenset[str] = frozenset()  # "his wife B": nouns that state a marriage
    # event type -> verbs that count for it only when they govern a post ("became director")
    needs_post: dict[str, frozenset[str]] = field(default_factory=dict)
    ends_post: frozenset[str] = frozenset()  # event types that end the person's post
    # event types told once per organization a list names ("studied at A, B and C")
    per_organization: frozenset[str] = frozenset()
    # event type -> nouns that need no governing verb when they name whose event it is
    owned: dict[str, frozenset[str]] = field(default_factory=dict)
    # event type -> prepositions whose proper noun is the place, recognised or not
    place_words: dict[str, frozenset[str]] = field(default_factory=dict)
    # event type -> verbs that govern a noun trigger only with its complement ("holds a BFA from X")
    stative_governors: dict[str, frozenset[str]] = field(default_factory=dict)
    # event type -> nouns that state the event as the predicate of "be" ("is a graduate of X")
    predicate_nouns: dict[str, frozenset[str]] = field(default_factory=dict)
    # verbs that count only as a past participle ("was born"; "bears the name X" is no birth)
    participle_only: frozenset[str] = frozenset()
    # a state someone was found in -> the event it tells ("found dead", "found shot dead")
    found_states: dict[str, str] = field(default_factory=dict)
    # event types whose place, when none is written, is the one their organization's name holds
    placed_by_organization: frozenset[str] = frozenset()
    # event types whose place, when none is written, is the place of whoever does them
    placed_by_doer: frozenset[str] = frozenset()
    # event types told once per date a list gives them ("re-elected in 2017 and in 2021")
    per_date: frozenset[str] = frozenset()
    # verb -> the event its subject has only when it is done "at" a school ("read law at the
    # University of X", "trained as a nurse at Y"; not "read a book", "trained recruits")
    at_school: dict[str, str] = field(default_factory=dict)

    def person_deps(self, lemma: str) -> frozenset[str]:
        """The dependency labels under verb ``lemma`` that name a person."""
        deps: set[str] = set()
        for _, role in self.verbs.get(lemma, ()):
            deps |= {"nsubj"} if role == "agent" else {"nsubjpass", "dobj"}
        if lemma in self.partners:
            deps.add("dobj")
        return frozenset(deps)

    @property
    def event_types(self) -> tuple[str, ...]:
        return tuple(sorted(self.governors))

    def post_verbs(self) -> dict[str, Role]:
        """Verbs that start a post (appointment and election triggers) and the role of
        the one who takes it up: "appointed her X" (patient), "became X" (agent)."""
        found: dict[str, Role] = {}
        for lemma, roles in self.verbs.items():
            for event_type, role in roles:
                if event_type in STARTS_POST:
                    found.setdefault(lemma, role)
        return found

    def post_events(self) -> frozenset[str]:
        """Event types that start or end a post."""
        return STARTS_POST | self.ends_post


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    text = resources.files("pipeline").joinpath("data/events.toml").read_text(encoding="utf-8")
    return parse_lexicon(tomllib.loads(text))


def parse_lexicon(data: dict[str, dict[str, Any]]) -> Lexicon:
    verbs: dict[str, list[tuple[str, Role]]] = {}
    nouns: dict[str, list[str]] = {}
    modifiers: dict[str, list[str]] = {}
    governors: dict[str, frozenset[str]] = {}
    partners: set[str] = set()
    without_organization: set[str] = set()
    spouse_nouns: set[str] = set()
    needs_post: dict[str, frozenset[str]] = {}
    ends_post: set[str] = set()
    per_organization: set[str] = set()
    placed_by_organization: set[str] = set()
    placed_by_doer: set[str] = set()
    per_date: set[str] = set()
    owned: dict[str, frozenset[str]] = {}
    place_words: dict[str, frozenset[str]] = {}
    stative: dict[str, frozenset[str]] = {}
    predicates: dict[str, frozenset[str]] = {}
    participle_only: set[str] = set()
    found_states: dict[str, str] = {}
    at_school: dict[str, str] = {}
    for event_type, spec in data.items():
        at_school.update(dict.fromkeys(spec.get("at_school", []), event_type))
        found_states.update(dict.fromkeys(spec.get("found_states", []), event_type))
        participle_only.update(spec.get("participle_only", []))
        owned[event_type] = frozenset(spec.get("owned", []))
        place_words[event_type] = frozenset(spec.get("place_words", []))
        stative[event_type] = frozenset(spec.get("stative_governors", []))
        predicates[event_type] = frozenset(spec.get("predicate_nouns", []))
        if spec.get("per_organization") is True:
            per_organization.add(event_type)
        if spec.get("placed_by_organization") is True:
            placed_by_organization.add(event_type)
        if spec.get("placed_by_doer") is True:
            placed_by_doer.add(event_type)
        if spec.get("per_date") is True:
            per_date.add(event_type)
        if spec.get("ends_post") is True:
            ends_post.add(event_type)
        spouse_nouns.update(spec.get("spouse_nouns", []))
        needs_post[event_type] = frozenset(spec.get("needs_post", []))
        if spec.get("organization") is False:
            without_organization.add(event_type)
        partners.update(spec.get("partner", []))
        for role in ("agent", "patient"):
            for lemma in spec.get(role, []):
                verbs.setdefault(lemma, []).append((event_type, role))
        for lemma in spec.get("nouns", []):
            nouns.setdefault(lemma, []).append(event_type)
        for lemma in spec.get("modifiers", []):
            modifiers.setdefault(lemma, []).append(event_type)
        governors[event_type] = frozenset(spec.get("governed_by", []))
    return Lexicon(
        {k: tuple(v) for k, v in verbs.items()},
        {k: tuple(v) for k, v in nouns.items()},
        {k: tuple(v) for k, v in modifiers.items()},
        governors,
        frozenset(partners),
        frozenset(without_organization),
        frozenset(spouse_nouns),
        needs_post,
        frozenset(ends_post),
        frozenset(per_organization),
        owned,
        place_words,
        stative,
        predicates,
        frozenset(participle_only),
        found_states,
        placed_by_organization=frozenset(placed_by_organization),
        placed_by_doer=frozenset(placed_by_doer),
        per_date=frozenset(per_date),
        at_school=at_school,
    )


def find_triggers(token: Token, lexicon: Lexicon) -> list[Trigger]:
    """The event triggers ``token`` carries (usually none)."""
    lemma = token.lemma_.lower()
    if token.pos_ in {"VERB", "AUX"} or token.tag_ in {"VBN", "VBD"} or _predicate_participle(token):
        if lemma in lexicon.participle_only and token.tag_ != "VBN":
            return []
        state = _found_in(token, lexicon)
        if state is not None:
            return [Trigger(state, "patient", token)]
        studied = lexicon.at_school.get(lemma)
        if studied is not None and _studied_at_school(token):
            return [Trigger(studied, "agent", token)]
        return [Trigger(t, role, token) for t, role in lexicon.verbs.get(lemma, ())]
    if token.pos_ in {"NOUN", "PROPN"}:
        found = [
            Trigger(t, "noun", token) for t in lexicon.nouns.get(lemma, ()) if _governed(token, t, lexicon)
        ]
        for child in token.children:
            # "Honorary Citizen": the tagger reads a capitalised modifier as a compound.
            if child.dep_ in {"amod", "compound"}:
                found += [Trigger(t, "noun", token) for t in lexicon.modifiers.get(child.lower_, ())]
        return found
    return []


def _studied_at_school(verb: Token) -> bool:
    """ "read law at the University of Tirana", "trained as a nurse at Vellore Medical
    College": an active verb whose "at" (on it, or on its "as" phrase) names a school, and
    whose object, if any, is a field, not a person or a group taught ("trained recruits")."""
    if verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in verb.children):
        return False  # "was trained at": the verb's own passive reading
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if any(o.tag_ in {"NNS", "NNPS"} or o.ent_type_ or o.pos_ == "PRON" for o in objects):
        return False
    heads = [verb, *(g for p in verb.children if p.dep_ == "prep" and p.lower_ == "as" for g in p.children)]
    places = [
        g for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ == "at" for g in p.children
    ]
    return any(t.lower_ in _SCHOOL_HEADS for g in places for t in g.subtree)


_SCHOOL_HEADS = words("places", "school_heads")


def _found_in(token: Token, lexicon: Lexicon) -> str | None:
    """ "was found dead", "was found shot dead": the event the state tells, for "found"."""
    if token.lemma_.lower() != "find" or token.tag_ != "VBN":
        return None
    below = [*token.children, *(c for x in token.children if x.dep_ == "xcomp" for c in x.children)]
    state = next((c for c in below if c.dep_ in {"oprd", "acomp"} and c.lower_ in lexicon.found_states), None)
    return lexicon.found_states[state.lower_] if state is not None else None


def _predicate_participle(token: Token) -> bool:
    """ "X is married to Y", "she was divorced": a participle the tagger read as an adjective."""
    return token.dep_ == "acomp" and token.head.lemma_ == "be" and token.lower_.endswith("ed")


def _governed(token: Token, event_type: str, lexicon: Lexicon) -> bool:
    required = lexicon.governors.get(event_type)
    if not required:
        return True
    if token.lemma_.lower() in lexicon.owned.get(event_type, ()) and _names_its_person(token):
        return True  # "after Arias' death in 1988", "the death of his father"
    verb = governing_verb(token)
    if verb is None:
        # A verbless line ("Badge of Merit (May 2, 2001).", "1990: diploma in X; Member
        # of Y") names the fact itself, in any of its top-level items.
        return _top_level(token)
    if _under_a_post(token, verb):
        return False  # "started as a teacher at the school": where the post is, not schooling
    lemma = verb.lemma_.lower()
    if lemma in lexicon.stative_governors.get(event_type, ()):
        return _says_what_or_where(token)
    if lemma == "be" and token.dep_ == "attr":
        return token.lemma_.lower() in lexicon.predicate_nouns.get(event_type, ())
    return lemma in required


def _under_a_post(noun: Token, verb: Token) -> bool:
    """A noun inside the phrase of a post's title, below its verb ("as a teacher at the
    Cathedral School", "appointed rector of the university")."""
    for ancestor in noun.ancestors:
        if ancestor.i == verb.i:
            return False
        if is_position_word(ancestor):
            return True
    return False


def _says_what_or_where(noun: Token) -> bool:
    """ "a PhD in economics", "a BFA from X"; not "a degree of independence in his work"."""
    preps = {c.lower_: c for c in noun.children if c.dep_ == "prep"}
    of_object = child(preps["of"], {"pobj"}) if "of" in preps else None
    if of_object is not None and not of_object.text[:1].isupper():
        return False  # "a degree of independence", unlike "a degree of Doctor of Sciences"
    return bool(preps.keys() & _COMPLEMENT_PREPS)


def _names_its_person(noun: Token) -> bool:
    """ "X's death", "his murder", "the death of X": the noun says whose event it is."""
    if any(c.dep_ == "poss" for c in noun.children):
        return True
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            return any(
                o.dep_ == "pobj"
                and (o.ent_type_ == "PERSON" or o.pos_ == "PRON" or any(c.dep_ == "poss" for c in o.children))
                for o in prep.children
            )
    return False


def _top_level(token: Token) -> bool:
    node = token
    while node.head.i != node.i:
        if node.dep_ not in _LIST_ITEM_DEPS:
            return False
        node = node.head
    return True
