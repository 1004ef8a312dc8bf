"""Which way an expression of the document date points: the tense of its clause.

"Police arrested him on Tuesday" is the Tuesday before the story; "the court
will rule on Tuesday" the one after. The parse gives the verb that governs the
expression and its auxiliaries; without a parse a few future words decide.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING, Literal

from pipeline.dates.calendar import Interval
from pipeline.syntax import governing_verb
from pipeline.wordlists import alternatives, words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

Tense = Literal["past", "present", "future"]

# The tense words (data/dates.toml, [tense]).
_FUTURE_AUX = words("dates", "tense", "future_auxiliaries")
# Obligation and possibility look ahead: "must be returned by Jan. 14".
_MODAL_AUX = words("dates", "tense", "modal_auxiliaries")
_PAST_AUX = words("dates", "tense", "past_auxiliaries")
_PRESENT_AUX = words("dates", "tense", "present_auxiliaries")
# Plans and schedules: the event lies ahead ("planned a rally on Saturday", "is due to arrive Monday").
_AHEAD = words("dates", "tense", "plan_words")
_PERFECT_PAST = words("dates", "tense", "perfect_past_auxiliaries")
_PERFECT = words("dates", "tense", "perfect_auxiliaries")
_MODAL_OR_FUTURE = _FUTURE_AUX | _MODAL_AUX
_AT_PREPOSITIONS = frozenset({"in", "on", "at", "during"})
# Half a year and two months, in days: see pick_by_tense.
_FAR_DAYS = 183
_NEAR_DAYS = 61
# Without a parse, a sentence with one of these phrases is in the future.
_FUTURE_WORDS = re.compile(rf"\b(?:{alternatives('dates', 'tense', 'future_phrases')})\b", re.IGNORECASE)


def tense_at(doc: Doc | None, text: str, start: int, sentence: str) -> Tense | None:
    """The tense of the clause around the character ``start``; None when there is no verb."""
    if doc is None:
        return "future" if _FUTURE_WORDS.search(sentence) else None
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or not len(span):
        return None
    verb = span[0] if span[0].pos_ in ("VERB", "AUX") else governing_verb(span[0])
    return _verb_tense(verb) if verb is not None else None


def said_of_a_past_event(doc: Doc | None, start: int, end: int) -> bool:
    """Whether the expression ``start``..``end`` times a finished event directly: the object of
    "in/on/at/during" or a bare adverb of a verb in the simple past ("changed its year
    in December", "the quarter ended Oct. 31"). A deadline ("extended to Nov. 16"), a
    noun's date ("payable Dec. 7", "the Feb. 23 accord") or an infinitive's is not."""
    if doc is None:
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    token = span.root
    head = token.head
    if token.dep_ == "pobj" and head.lower_ in _AT_PREPOSITIONS:
        head = head.head
    elif token.dep_ not in ("npadvmod", "tmod"):
        return False
    aux = [child for child in head.children if child.dep_ in ("aux", "auxpass")]
    return head.tag_ == "VBD" and not aux


def _verb_tense(verb: Token) -> Tense | None:
    """The verb's own tense; an infinitive or participle without one takes its head's
    ("plans to leave on Monday"), but a reported clause keeps its own."""
    for step in (verb, *verb.ancestors):
        if step.pos_ not in ("VERB", "AUX", "ADJ"):
            continue
        found = _own_tense(step)
        if found is not None:
            return found
        if _is_to_be_done(step):
            return "future"
        if step.dep_ not in ("xcomp", "acl", "advcl", "conj", "pcomp"):
            break
    return None


def _is_to_be_done(verb: Token) -> bool:
    """ "is to resume trading Tuesday": "be" with an infinitive is an arrangement ahead."""
    marked = any(child.dep_ == "aux" and child.lower_ == "to" for child in verb.children)
    return marked and verb.dep_ == "xcomp" and verb.head.lemma_ == "be"


def _own_tense(verb: Token) -> Tense | None:
    aux = [child.lower_ for child in verb.children if child.dep_ in ("aux", "auxpass")]
    if verb.pos_ == "ADJ" and verb.dep_ == "acomp":  # "had been due to expire": the copula's auxiliaries
        aux += [child.lower_ for child in verb.head.children if child.dep_ in ("aux", "auxpass")]
    if _PERFECT_PAST.intersection(aux) or (_PERFECT.intersection(aux) and _MODAL_OR_FUTURE.intersection(aux)):
        # "had been due to expire Friday", "may have been responsible": the time is behind.
        return "past"
    if verb.lemma_ in _AHEAD or any(word in _FUTURE_AUX or word in _MODAL_AUX for word in aux):
        return "future"
    if not aux and verb.tag_ == "VBN" and verb.dep_ in ("acl", "advcl"):
        # A participle on its own reports what was done: "the agreement, announced Friday".
        return "past"
    if verb.tag_ == "VBD" or any(word in _PAST_AUX for word in aux):
        return "past"
    if verb.tag_ in ("VBZ", "VBP") or any(word in _PRESENT_AUX for word in aux):
        return "present"
    return None


def pick_by_tense(
    candidates: list[Interval], day: dt.date, tense: str | None, settled: bool = False
) -> Interval:
    """Of the candidates, the latest that began by ``day`` in the past tense, the first
    that has not ended by it in the future, else the nearest to it.

    A date written without its year is near the document date: news writes the year
    of a date nearly a year away. So when the tense would pick one more than half a
    year away while another lies within two months, the near one wins ("extended
    the offer to Nov. 16" in a story of 30 October is this November's), unless the
    expression times a finished event itself (``settled``: "changed it in December")."""
    nearest = min(candidates, key=lambda c: _distance(c, day))
    chosen = _by_tense(candidates, day, tense) or nearest
    if not settled and _distance(chosen, day) > _FAR_DAYS and _distance(nearest, day) <= _NEAR_DAYS:
        return nearest
    return chosen


def _by_tense(candidates: list[Interval], day: dt.date, tense: str | None) -> Interval | None:
    if tense == "past":
        before = [c for c in candidates if c.start <= day]
        if before:
            return max(before, key=lambda c: c.start)
    if tense == "future":
        after = [c for c in candidates if (c.end or c.start) >= day]
        if after:
            return min(after, key=lambda c: c.start)
    return None


def _distance(interval: Interval, day: dt.date) -> int:
    end = interval.end or interval.start
    if interval.start <= day <= end:
        return 0
    return min(abs((interval.start - day).days), abs((end - day).days))
