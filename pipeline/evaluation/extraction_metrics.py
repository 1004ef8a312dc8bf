"""Scores for events, careers and dates against the gold tables in tests/gold.

Matching is one-to-one and greedy, per document:
- events match on event type, person and date value;
- careers match on person and position (recall, start accuracy), and fully
  on person, position, start value and end value (precision/recall/F1);
- dates match on overlapping spans; accuracy is the share of gold dates whose
  value and precision the system got exactly.
A person matches when the gold name equals the predicted canonical name or one
of its aliases, or when all the gold name's words appear in one of them
(gold names drop patronymics).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

import pandas as pd
from anyascii import anyascii

# pandas rows, read by attribute (row.event_type); typed loosely on purpose.
Row = Any
Matcher = Callable[[Row, Row], bool]


@dataclass(frozen=True)
class Score:
    matched: int
    predicted: int
    gold: int

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: Score) -> Score:
        return Score(self.matched + other.matched, self.predicted + other.predicted, self.gold + other.gold)


def normalise(text: object) -> str:
    if text is None or (isinstance(text, float) and pd.isna(text)):
        return ""
    words = "".join(c if c.isalnum() else " " for c in anyascii(str(text)).lower()).split()
    return " ".join(words)


def person_matches(gold_name: object, names: Iterable[str]) -> bool:
    gold = normalise(gold_name)
    if not gold:
        return False
    gold_words = set(gold.split())
    return any(gold == normalise(n) or gold_words <= set(normalise(n).split()) for n in names)


def value(text: object) -> str:
    return "" if text is None or (isinstance(text, float) and pd.isna(text)) else str(text)


def match_count(predicted: pd.DataFrame, gold: pd.DataFrame, same: Matcher) -> int:
    return len(matches(predicted, gold, same))


def matches(predicted: pd.DataFrame, gold: pd.DataFrame, same: Matcher) -> dict[Any, Any]:
    """Gold row index -> the predicted row index it matched (greedy, one-to-one)."""
    used: dict[Any, Any] = {}
    for gold_index, gold_row in gold.iterrows():
        for index, row in predicted.iterrows():
            if index not in used.values() and same(row, gold_row):
                used[gold_index] = index
                break
    return used


def _names(row: Row) -> list[str]:
    names = [value(row.get("person_name"))]
    aliases = row.get("person_aliases")
    if aliases is not None and not isinstance(aliases, float):
        names += list(aliases)
    return names


def same_event(row: Row, gold: Row) -> bool:
    return (
        row.event_type == gold.event_type
        and value(row.date_value) == value(gold.date_value)
        and person_matches(gold.person, _names(row))
    )


def same_post(row: Row, gold: Row) -> bool:
    return normalise(row.position) == normalise(gold.position) and person_matches(gold.person, _names(row))


def same_career(row: Row, gold: Row) -> bool:
    return (
        same_post(row, gold)
        and value(row.start_value) == value(gold.start_value)
        and value(row.end_value) == value(gold.end_value)
    )


def score(predicted: pd.DataFrame, gold: pd.DataFrame, same: Matcher) -> Score:
    return Score(match_count(predicted, gold, same), len(predicted), len(gold))


def start_accuracy(predicted: pd.DataFrame, gold: pd.DataFrame) -> Score:
    """Of the gold posts found, how many have the right start value."""
    found = score(predicted, gold, same_post).matched
    right = score(
        predicted, gold, lambda r, g: same_post(r, g) and value(r.start_value) == value(g.start_value)
    )
    return Score(right.matched, found, found)


def date_accuracy(predicted: pd.DataFrame, gold: pd.DataFrame) -> Score:
    """Gold dates whose span the system found with the exact value and precision."""
    matched = 0
    for _, g in gold.iterrows():
        overlapping = predicted[(predicted.start_char < g.end_char) & (predicted.end_char > g.start_char)]
        if any(
            value(p.value) == value(g.value) and value(p.precision) == value(g.precision)
            for _, p in overlapping.iterrows()
        ):
            matched += 1
    return Score(matched, len(gold), len(gold))
