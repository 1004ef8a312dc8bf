"""Whether a text says that a fact happened, for events and careers alike.

No row for what is negated ("was never charged"), asked ("Were you ever arrested?"),
only possible ("would apply for asylum"), planned, hoped, denied or rumoured ("plans to
resign", "denied that he had been arrested", "was tipped to become minister"), conditional
("if she were elected"), or the object of a warrant or a call ("a warrant for her arrest").
Word lists are in
``data/factuality.toml``. Decided changes that take effect later ("will join as CFO on
1 July") are facts.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from pipeline.parsed import sentence_of, sentence_text
from pipeline.wordlists import words

if TYPE_CHECKING:
    from spacy.tokens import Token

# Relations through which a governing word's doubt reaches the fact.
_COMPLEMENTS = frozenset(
    {"xcomp", "ccomp", "pobj", "prep", "dobj", "acl", "advcl", "relcl", "conj", "nsubjpass", "attr", "oprd"}
)
# Clauses that assert their own content whatever the clause above them says.
_OWN_ASSERTION = frozenset({"relcl", "advcl"})


def is_asserted(trigger: Token) -> bool:
    """Whether the text says the fact of ``trigger`` happened."""
    if _negated(trigger) or _modal(trigger) or _conditional(trigger) or _asked(trigger):
        return False
    node = trigger
    while node.head.i != node.i and node.dep_ in _COMPLEMENTS:
        if node.dep_ in _OWN_ASSERTION:
            break  # "Smuts, who had died", "since Kulakov died": told as facts in their own right
        head = node.head
        lemma = head.lemma_.lower()
        if head.pos_ in {"VERB", "AUX"} and (
            lemma in words("factuality", "verbs") or head.lower_ in _verb_forms()
        ):
            return False
        if head.pos_ in {"NOUN", "PROPN"} and lemma in words("factuality", "nouns"):
            return False
        if node.dep_ != "conj" and head.pos_ in {"VERB", "AUX"} and (_negated(head) or _modal(head)):
            return False  # "did not want to resign"; but "never returned, and died" did die
        if node.dep_ == "ccomp":
            break  # "denied that he was arrested" is the denial's; above it, the clause's own
        node = head
    return True


def _asked(token: Token) -> bool:
    """ "How did you become director-general?", "Were you ever arrested?": a question
    asks whether, or how, a fact happened; the answer tells it."""
    return sentence_text(sentence_of(token)).rstrip().endswith("?")


def _negated(token: Token) -> bool:
    negations = words("factuality", "negations")
    if any(
        c.dep_ == "neg" or (c.dep_ in {"advmod", "det"} and c.lower_ in negations) for c in token.children
    ):
        return True
    return token.pos_ in {"NOUN", "PROPN"} and any(c.lower_ == "no" for c in token.children)


def _modal(token: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in words("factuality", "modals") for c in token.children)


def _conditional(token: Token) -> bool:
    conditions = words("factuality", "conditions")
    for node in [token, *token.ancestors]:
        if node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in conditions for c in node.children):
            return True
    return False


@lru_cache(maxsize=1)
def _verb_forms() -> frozenset[str]:
    """Inflected forms of the doubting verbs: the lemmatizer reads "hopes" as "hop"."""
    forms: set[str] = set()
    for verb in words("factuality", "verbs"):
        stem = verb[:-1] if verb.endswith("e") else verb
        forms |= {verb, f"{verb}s", f"{verb}es", f"{stem}ed", f"{stem}ing", f"{verb}d"}
    return frozenset(forms)
