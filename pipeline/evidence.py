"""Shared by events and careers: which date and mentions attach to a trigger,
and the span of text that is a row's evidence."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Sequence

from spacy.tokens import Doc, Span, Token

from pipeline.parsed import sentences, text_of
from pipeline.records import DateMention, Mention
from pipeline.syntax import governing_verb

# Kinds that place an event on the calendar. Ages only when nothing else does.
_PLACED_KINDS = ("point", "range", "fuzzy", "relative")
# How many sentences back a date still holds for a sentence without one.
CARRY_OVER_SENTENCES = 2


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

    def pick(self, trigger: Token, sentence_index: int, others: Collection[Token] = ()) -> DateMention | None:
        """The date in the trigger's clause, else the nearest one in its sentence
        not in another trigger's clause, else one carried over from just before."""
        clause = _clause(trigger)
        claimed = {_clause(other) for other in others} - {clause}
        best: tuple[tuple[int, int, int], DateMention] | None = None
        for date, root in self.by_sentence.get(sentence_index, []):
            date_clause = _clause(root)
            if date_clause in claimed and root not in trigger.subtree:
                continue
            score = (
                0 if date_clause == clause or root in trigger.subtree else 1,
                1 if date.kind == "age" else 0,
                abs(root.i - trigger.i),
            )
            if best is None or score < best[0]:
                best = (score, date)
        if best is None and not self.by_sentence.get(sentence_index):
            return self.carried_over(sentence_index)
        return best[1] if best else None

    def carried_over(self, sentence_index: int) -> DateMention | None:
        """The last date of the previous sentences of the same paragraph.

        Narratives set the date once ("In May 1985, she left the plant. The
        minister appointed her director ..."); a paragraph break ends it.
        """
        for back in range(1, CARRY_OVER_SENTENCES + 1):
            index = sentence_index - back
            if index < 0 or _paragraph_break(self.sentences[index]):
                return None
            placed = [d for d, _ in self.by_sentence.get(index, []) if d.kind != "age"]
            if placed:
                return max(placed, key=lambda d: d.start_char)
        return None

    def in_sentence(self, sentence_index: int) -> list[DateMention]:
        return [date for date, _ in self.by_sentence.get(sentence_index, [])]


def _paragraph_break(sent: Span) -> bool:
    """Whether a line break follows the sentence (the break is its trailing whitespace)."""
    return sent.text.rstrip(" \t\xa0").endswith("\n")


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


def mentions_by_token(doc: Doc, mentions: Sequence[Mention]) -> dict[int, Mention]:
    """Token index -> the mention covering it."""
    index: dict[int, Mention] = {}
    for mention in mentions:
        span = doc.char_span(mention.start_char, mention.end_char, alignment_mode="expand")
        if span is not None:
            for token in span:
                index[token.i] = mention
    return index
