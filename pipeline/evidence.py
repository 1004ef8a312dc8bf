"""Shared by events and careers: which date and mentions attach to a trigger,
and the span of text that is a row's evidence."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Collection, Sequence
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from pipeline.parsed import sentences, text_of
from pipeline.records import DateMention, Mention
from pipeline.syntax import governing_verb, word_before
from pipeline.wordlists import data_file, word_list, words

# Kinds that place an event on the calendar (a time, on its day). Ages only when nothing else does.
_PLACED_KINDS = ("point", "range", "fuzzy", "relative", "time")
# How many sentences back a date still holds for a sentence without one.
CARRY_OVER_SENTENCES = 2
# List markers (data/sections.toml): not words of an item; an item's number or bullet.
_BULLET_CHARS = words("sections", "bullets")
_OCCURRENCE_VERBS = words("narrative", "occurrence_verbs")
_ITEM_BULLETS = "".join(map(re.escape, word_list("sections", "item_bullets")))
_ITEM_NUMBER = re.compile(rf"^\s*(?:\(?[0-9a-z]{{1,3}}[.)]|[{_ITEM_BULLETS}])\s*")
# What may stand before the date on an order's signature line: a place, or "Date:".
_SIGNATURE_PREFIX = re.compile(r"\s*(?:(?:date|dated|done at [^,\n]+)\s*[:,]?\s*|[A-Z][\w'’. -]{0,40},\s*)?")


class DateIndex:
    """The placed dates of a document, by sentence, with the token each hangs on."""

    def __init__(self, doc: Doc, dates: Sequence[DateMention]) -> None:
        self.doc = doc
        self.sentences = sentences(doc)
        self.by_sentence: dict[int, list[tuple[DateMention, Token]]] = defaultdict(list)
        for date in dates:
            if date.value is None or (date.date_start is None and date.date_end is None):
                continue
            if date.kind not in _PLACED_KINDS and date.kind != "age":
                continue
            span = doc.char_span(date.start_char, date.end_char, alignment_mode="expand")
            if span is not None:
                self.by_sentence[date.sentence_index].append((date, span.root))

    def pick(
        self, trigger: Token, sentence_index: int, others: Collection[Token] = (), strict: bool = False
    ) -> DateMention | None:
        """The date in the trigger's clause, else the nearest one in its sentence
        not in another trigger's clause, else one that dates the narrative from just
        before. ``strict``: only a date inside the trigger's own phrase ("died in 1915",
        "his death in 1990"), never another clause's."""
        if strict:
            return self.within(trigger, sentence_index)
        clause = _clause(trigger)
        # "moved to X in 1909, where he became chief engineer", "moved there in 1987, when the
        # hospital hired me": a clause of "where" or "when" happens at its head clause's time.
        claimed = {_clause(other) for other in others} - {clause, _time_of(clause)}
        best: tuple[tuple[int, int, int, int], DateMention] | None = None
        for date, root in self.by_sentence.get(sentence_index, []):
            date_clause = _clause(root)
            # Another trigger's clause keeps its date, even a relative or coordinated clause
            # under this one ("He moved to X, where he died in 1919": the move is not dated
            # 1919; "sentenced him to exile, but he was released in 1908": nor the sentence).
            nested = date_clause is not None and (
                date_clause.dep_ in {"relcl", "conj"} or _bracketed(date_clause)
            )
            under = _under(root, trigger)
            if date_clause in claimed and (not under or nested):
                continue
            if _told_of_another_noun(date_clause, trigger):
                continue
            if _of_another_clause(date_clause, clause, trigger):
                continue
            # A relative clause under the trigger tells its own time ("was named Minister at
            # the Department, where she remained until June 1997").
            below = under and not (date_clause is not clause and _relative(date_clause))
            score = (
                0 if date_clause == clause or below else 1,
                # "X, a director since March 2019, succeeds her from the same date": a date
                # told of the subject is not the verb's.
                1 if _in_subject(root, trigger) else 0,
                1 if date.kind == "age" else 0,
                abs(root.i - trigger.i),
            )
            if best is None or score < best[0]:
                best = (score, date)
        if best is None and not self.by_sentence.get(sentence_index):
            return self.carried_over(sentence_index)
        return best[1] if best else None

    def within(self, trigger: Token, sentence_index: int) -> DateMention | None:
        """The nearest date whose phrase hangs under the trigger."""
        # Not inside a clause coordinated with the trigger's ("born in X and graduated in 1930"),
        # nor in a relative clause told of a noun in its phrase ("born in Kraków, the daughter of
        # X, who was arrested in November 1939": X's time, not the birth's).
        own = {t.i for t in trigger.subtree} - {
            t.i for c in trigger.children if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"} for t in c.subtree
        }
        own -= {t.i for c in trigger.subtree if _told_of_another_noun(c, trigger) for t in c.subtree}
        inside = [
            (abs(root.i - trigger.i), date)
            for date, root in self.by_sentence.get(sentence_index, [])
            if date.kind != "age" and root.i in own and root.i != trigger.i
        ]
        return min(inside, key=lambda x: x[0])[1] if inside else None

    def carried_over(self, sentence_index: int) -> DateMention | None:
        """The date that opens one of the previous sentences of the same paragraph,
        or any date of the sentence just before when this one opens with a link to it.

        A narrative sets its time at the front of a sentence and keeps it ("In May
        1985, she left the plant. The minister appointed her director ..."; a
        chronology line "12 May 2019: arrested. He was charged ..."), or ties a
        sentence to the one before ("Then", "Before that", data/narrative.toml); a
        date inside another sentence dates that sentence's own facts only, and a
        paragraph break ends the narrative's time.
        """
        linked = opens_with(self.sentences[sentence_index], "links")
        for back in range(1, CARRY_OVER_SENTENCES + 1):
            index = sentence_index - back
            if index < 0 or _paragraph_break(self.sentences[index]):
                return None
            placed = [d for d, _ in self.by_sentence.get(index, []) if d.kind != "age"]
            if placed and linked and back == 1:
                return max(placed, key=lambda d: d.start_char)  # "Then ...", "Before that ..."
            if placed:
                opening = min(placed, key=lambda d: d.start_char)
                return opening if _opens(self.sentences[index], opening) else None
        return None

    def signed(self, trigger: Token) -> DateMention | None:
        """The date an order is signed, for a trigger in one of its operative clauses
        ("X shall be appointed", "I hereby appoint", an item "1. To appoint X"): the first
        date after it that stands alone on its line ("Baku, 12 March 2020"), else the
        last such date before it (an order dated under its heading)."""
        if not _operative(trigger):
            return None
        text = text_of(self.doc)
        lines = [
            date
            for index in sorted(self.by_sentence)
            for date, _ in self.by_sentence[index]
            if date.kind == "point" and _signature_line(text, date)
        ]
        after = [date for date in lines if date.start_char > trigger.idx]
        before = [date for date in lines if date.end_char < trigger.idx]
        return after[0] if after else (before[-1] if before else None)

    def heads_a_line(self, date: DateMention) -> bool:
        """A chronology entry: the date opens a line ("14 March 2017 – The court ..."),
        and dates what follows on it whoever it is about."""
        text = text_of(self.doc)
        line_start = text.rfind("\n", 0, date.start_char) + 1
        return not text[line_start : date.start_char].strip(" \t•·‣◦▪-–—*")

    def in_sentence(self, sentence_index: int) -> list[DateMention]:
        return [date for date, _ in self.by_sentence.get(sentence_index, [])]

    def placed_with_root(self, date_id: str) -> tuple[DateMention, Token] | None:
        """A placed date and the token it hangs on."""
        placed = (pair for found in self.by_sentence.values() for pair in found)
        return next((pair for pair in placed if pair[0].date_id == date_id), None)

    def roots_in_sentence(self, sentence_index: int) -> list[tuple[DateMention, Token]]:
        return list(self.by_sentence.get(sentence_index, []))


def _operative(trigger: Token) -> bool:
    operative = data_file("narrative")["operative"]
    clause = [trigger, *(c for c in trigger.children if c.dep_ in {"aux", "auxpass", "advmod"})]
    if any(t.lower_ in operative for t in clause):
        return True
    # "1. To appoint X ...": an order's item, an infinitive opening its line.
    to = next((c for c in trigger.children if c.dep_ == "aux" and c.lower_ == "to"), None)
    text = text_of(trigger.doc)
    if to is None:
        return False
    line_start = text.rfind("\n", 0, to.idx) + 1
    return not _ITEM_NUMBER.sub("", text[line_start : to.idx]).strip()


def _signature_line(text: str, date: DateMention) -> bool:
    """A line that is only the date, perhaps after a place or "Date:"."""
    line_start = text.rfind("\n", 0, date.start_char) + 1
    line_end = text.find("\n", date.end_char)
    before = text[line_start : date.start_char]
    after = text[date.end_char : line_end if line_end >= 0 else len(text)]
    return bool(_SIGNATURE_PREFIX.fullmatch(before)) and not after.strip(" .\t")


def _opens(sent: Span, date: DateMention) -> bool:
    """Whether the date is the sentence's first phrase ("In May 1985, ...", "12 May 2019: ...")."""
    words = [t for t in sent if not (t.is_punct or t.is_space or t.text in _BULLET_CHARS)]
    before = [t for t in words if t.idx < date.start_char]
    return len(before) <= 1 and all(t.pos_ == "ADP" for t in before)


def opens_with(sent: Span, kind: str) -> bool:
    """Whether the sentence opens with one of the narrative phrases of ``kind``
    ("links" or "earlier", in data/narrative.toml)."""
    opening = sent.text.lstrip(" \t\n•·‣◦▪-–—*").lower()
    return any(
        opening.startswith(phrase) and not opening[len(phrase) : len(phrase) + 1].isalpha()
        for phrase in _phrases(kind)
    )


@lru_cache(maxsize=2)
def _phrases(kind: str) -> tuple[str, ...]:
    return tuple(sorted(data_file("narrative")[kind], key=len, reverse=True))


def _paragraph_break(sent: Span) -> bool:
    """Whether a line break follows the sentence (the break is its trailing whitespace)."""
    return sent.text.rstrip(" \t\xa0").endswith("\n")


def _bracketed(clause: Token) -> bool:
    """ "trained at the Academy (graduated in 1973)": a clause written in brackets."""
    before = word_before(clause)
    return (before is not None and before.text == "(") or clause.left_edge.text == "("


def _time_of(clause: Token | None) -> Token | None:
    """The clause a "when"/"where" clause hangs on, whose time it shares."""
    if clause is None or clause.dep_ not in {"relcl", "advcl"}:
        return None
    linked = any(
        c.dep_ == "advmod" and c.lower_ in {"when", "where"} and c.i < clause.i for c in clause.children
    )
    return _clause(clause.head) if linked else None


def _relative(clause: Token | None) -> bool:
    return clause is not None and clause.dep_ == "relcl"


def _in_subject(token: Token, verb: Token) -> bool:
    return any(
        c.left_edge.i <= token.i <= c.right_edge.i for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}
    )


def _told_of_another_noun(clause: Token | None, trigger: Token) -> bool:
    """ "for the remainder of its term, which expires on 2 July 2027", "X, who was born in
    1950": a relative clause tells the time of what its noun is or does, not the trigger's."""
    return (
        clause is not None
        and clause.dep_ == "relcl"
        and trigger not in clause.subtree
        and clause.head.pos_ in {"NOUN", "PROPN", "PRON"}
        and not _tells_occurrence(clause)
    )


def _of_another_clause(date_clause: Token | None, clause: Token | None, trigger: Token) -> bool:
    """A date of a clause coordinated after the trigger's ("studied agronomy at X and from
    1986 to 1991 ran a farm"), or of a birth told beside it ("Born in Y in 1971, he studied
    law"): that clause's own time."""
    if date_clause is None or date_clause == clause or trigger in date_clause.subtree:
        return False
    coordinated = date_clause.dep_ == "conj" and date_clause.head == clause
    born = date_clause.lemma_.lower() == "bear" and date_clause.tag_ == "VBN"
    return coordinated or (born and trigger.lemma_.lower() != "bear")


def _tells_occurrence(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    objects = {c.lower_ for c in verb.children if c.dep_ == "dobj"}
    return lemma in _OCCURRENCE_VERBS or any(f"{lemma} {o}" in _OCCURRENCE_VERBS for o in objects)


def _clause(token: Token) -> Token | None:
    return token if token.pos_ in {"VERB", "AUX"} else governing_verb(token)


def evidence_span(sent: Span, *dates: DateMention | None) -> tuple[int, int]:
    """The sentence's character span without surrounding blanks and bullets,
    widened to include any date it relies on."""
    text = text_of(sent.doc)
    start, end = sent.start_char, sent.end_char
    while start < end and (text[start].isspace() or text[start] in "•·‣◦▪"):
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    for date in dates:
        if date is not None:
            start, end = min(start, date.start_char), max(end, date.end_char)
    return start, end


def _under(token: Token, head: Token) -> bool:
    """``token in head.subtree``, by climbing from the token to the root (a few steps)
    rather than walking every token of the head's subtree."""
    return token == head or head.is_ancestor(token)


def mentions_by_token(doc: Doc, mentions: Sequence[Mention]) -> dict[int, Mention]:
    """Token index -> the mention covering it."""
    index: dict[int, Mention] = {}
    for mention in mentions:
        span = doc.char_span(mention.start_char, mention.end_char, alignment_mode="expand")
        if span is not None:
            for token in span:
                index[token.i] = mention
    return index
