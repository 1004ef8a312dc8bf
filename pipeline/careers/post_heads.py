"""Which post a verb starts or holds, read from the parse: "appointed her Minister of
Finance", "worked as an engineer", "was elected to the Town Council", "ran the northern
division". Asked by careers (the post) and by events (an appointment needs one)."""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.careers.post_words import is_position_head, position_words
from pipeline.syntax import governing_verb
from pipeline.wordlists import words

# Prepositions that introduce the post a verb starts: "worked as X", "promoted to X".
_POST_PREPOSITIONS = frozenset({"as", "to", "into"})


def post_head(verb: Token) -> Token | None:
    """The first position noun the verb governs directly (not inside its subject or another clause);
    for "ran the X division" the verb itself; for "elected to the Town Council" the council."""
    obj = headed_object(verb)
    if obj is not None:
        return _as_title(obj) or _as_title(verb) or verb  # "led the Group as President"
    if workplace(verb) is not None:
        return verb
    excluded = {t.i for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "agent"} for t in c.subtree}
    for token in verb.subtree:
        if token.i in excluded or token.i < verb.i:
            continue
        verb_above = governing_verb(token)
        if (
            is_position_head(token)
            and token.dep_ != "poss"  # "the County Prosecutor's Office": a name's owner, not the post
            and verb_above is not None
            and verb_above.i == verb.i
            and _held_via(token, verb)
            and not _describes_named(token)
        ):
            return _phrase_head(token)
    return seat_body(verb)


def _phrase_head(token: Token) -> Token:
    """ "appointed Chief Executive Officer": the parse hangs "Chief" on "Officer", itself a
    post's noun; the post is the whole title, headed by the last."""
    while (
        token.dep_ in _TITLE_WORDS
        and token.head.i > token.i
        and is_position_head(token.head)
        # one title, not two joined ("a Colonel and Regiment Chief")
        and all(t.dep_ in _TITLE_WORDS for t in token.doc[token.i + 1 : token.head.i])
    ):
        token = token.head
    return token


# How the words of one title hang on its last: "Chief Executive Officer".
_TITLE_WORDS = frozenset({"compound", "nmod", "amod"})


def _as_title(token: Token) -> Token | None:
    """The title after "as" on a word: "led the Group as President and Chief Executive"."""
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "as"):
        title = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if title is not None and is_position_head(title):
            return title
    return None


def _describes_named(noun: Token) -> bool:
    """ "named the mayor's deputy, X, as acting delegate": a noun with a name set beside it
    says who the person is, not which post the verb gives."""
    return any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in noun.children)


def headed_object(verb: Token) -> Token | None:
    """ "chose her to head the Eastern district", "he ran the northern division": what a
    heading verb governs."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in position_words().head_verbs:
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is not None and obj.tag_ == "WDT" and verb.dep_ == "relcl":
        obj = verb.head  # "the society, which he chaired for six years"
    if obj is None or not (obj.text[:1].isupper() or obj.lemma_.lower() in words("organizations", "heads")):
        return None  # "led the investigation" is no post
    return obj


def workplace(verb: Token) -> Token | None:
    """ "taught at the North Monastery", "teaches at McGill University", "taught for two
    years at a school": where a working verb's subject works."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in position_words().workplace_verb_titles:
        return None
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "at"):
        place = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if place is None or place.ent_type_ in {"PERSON", "GPE", "LOC", "DATE", "TIME"}:
            continue  # "taught at Geneva" names a town, "at night" a time
        named = place.ent_type_ == "ORG" or place.pos_ == "PROPN"
        if named or place.lemma_.lower() in words("organizations", "heads"):
            return place
    return None


def seat_body(verb: Token) -> Token | None:
    """ "was elected to the Town Council": a seat in an elected body; "sat on Kerry County
    Council", "sat in the Rajya Sabha": a seat held in a body the text names."""
    lemma = verb.lemma_.lower()
    sitting = lemma in position_words().seat_verbs
    if lemma not in {"elect", "reelect"} and not sitting:
        return None
    preps = {"on", "in"} if sitting else {"to"}
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in preps):
        body = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if body is None or body.lemma_.lower() not in position_words().seat_bodies:
            continue
        if not sitting or body.text[:1].isupper():
            return body
    return None


def _held_via(head: Token, verb: Token) -> bool:
    """The post is the verb's object or complement, or follows "as"/"to" ("worked as X", "promoted to X"),
    not a noun deeper in another phrase ("working in exile of the former mayor"), nor one after a
    relative clause on the verb's object ("to join my husband, who had been seconded there by X,
    as liaison officer": the husband's post, not the joiner's)."""
    between = verb.doc[verb.i + 1 : max(verb.i + 1, head.i)]
    if any(t.dep_ == "relcl" and t.head.dep_ == "dobj" and t.head.head == verb for t in between):
        return False
    node = head
    while node.i != verb.i and node.head.i != node.i:
        node = node.head
        if node.pos_ == "ADP" and node.lower_ not in _POST_PREPOSITIONS:
            return False
    return True
