"""Scores for events, careers and dates against the gold tables in tests/gold.

Matching is one-to-one and greedy, per document:
- events match on event type, person and date value; place and organization are
  then scored on the matched rows that have them in the gold;
- careers match on person and position; start, end, organization and place are
  then scored on the matched rows; a full match also needs start and end;
- dates match by span, identical spans first, then the largest overlap (as the
  TempEval-3 scorer); unmatched predictions are spurious and cost precision,
  except references ("now", "currently", "recently": kind ``reference``), which
  the gold does not annotate (tests/gold/GUIDELINES.md) and TBAQ scores.
A person matches when the gold name equals the predicted canonical name or one
of its aliases, or when all the gold name's words appear in one of them (gold
names drop patronymics). Places and organizations match the same way, either
way round ("Berlin" and "Berlin, Germany").
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


@dataclass(frozen=True)
class Ratio:
    """A share: `right` of `total` (1.0 when there is nothing to count)."""

    right: int
    total: int

    @property
    def value(self) -> float:
        return self.right / self.total if self.total else 1.0

    def __add__(self, other: Ratio) -> Ratio:
        return Ratio(self.right + other.right, self.total + other.total)


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


def name_agrees(predicted: object, gold: object) -> bool:
    """A place or organization: equal, or one's words all in the other's."""
    mine, theirs = set(normalise(predicted).split()), set(normalise(gold).split())
    return bool(mine and theirs) and (mine <= theirs or theirs <= mine)


def value(text: object) -> str:
    return "" if text is None or (isinstance(text, float) and pd.isna(text)) else str(text)


def matches(
    predicted: pd.DataFrame, gold: pd.DataFrame, same: Matcher, closer: Matcher | None = None
) -> dict[Any, Any]:
    """Gold row index -> the predicted row index it matched (greedy, one-to-one). Among the
    rows that match a gold row, one that ``closer`` also accepts is taken first, so two
    memberships of one person ("EPP", "Civic Coalition") pair with their own gold rows,
    not crosswise, and the accuracy of their details counts what was extracted."""
    used: dict[Any, Any] = {}
    taken: set[Any] = set()
    for gold_index, gold_row in gold.iterrows():
        candidates = [i for i, row in predicted.iterrows() if i not in taken and same(row, gold_row)]
        if not candidates:
            continue
        rows = predicted.loc[candidates]
        best = next((i for i, row in rows.iterrows() if closer is not None and closer(row, gold_row)), None)
        used[gold_index] = candidates[0] if best is None else best
        taken.add(used[gold_index])
    return used


def same_event_details(row: Row, gold: Row) -> bool:
    """The organization and place agree where the gold row gives them."""
    return all(
        not value(gold[theirs]) or name_agrees(row[mine], gold[theirs])
        for mine, theirs in (("organization_name", "organization"), ("place_name", "place"))
    )


def same_post_details(row: Row, gold: Row) -> bool:
    """The start, and the organization where the gold row gives one, agree."""
    organization = not value(gold.organization) or name_agrees(row.organization_name, gold.organization)
    return value(row.start_value) == value(gold.start_value) and organization


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
    return Score(len(matches(predicted, gold, same)), len(predicted), len(gold))


def field_accuracy(
    predicted: pd.DataFrame,
    gold: pd.DataFrame,
    pairs: dict[Any, Any],
    mine: str,
    theirs: str,
    agree: Callable[[object, object], bool] = name_agrees,
) -> Ratio:
    """On matched rows whose gold field is filled: how often the prediction agrees."""
    right = total = 0
    for gold_index, index in pairs.items():
        expected = value(gold.at[gold_index, theirs])
        if expected:
            total += 1
            right += agree(predicted.at[index, mine], expected)
    return Ratio(right, total)


def same_person_name(predicted: object, gold: object) -> bool:
    return person_matches(gold, [value(predicted)])


def value_accuracy(
    predicted: pd.DataFrame, gold: pd.DataFrame, pairs: dict[Any, Any], mine: str, theirs: str
) -> Ratio:
    """On all matched rows: how often the value is exactly the gold's (both empty counts)."""
    right = sum(
        value(predicted.at[index, mine]) == value(gold.at[gold_index, theirs])
        for gold_index, index in pairs.items()
    )
    return Ratio(right, len(pairs))


def attribution(predicted: pd.DataFrame, gold: pd.DataFrame, same_fact: Matcher) -> Ratio:
    """Of the predicted rows whose fact (type or post, and date) is a gold fact, the share
    whose person is that gold row's person: a fact on the wrong person shows here."""
    right = total = 0
    for _, row in predicted.iterrows():
        candidates = [g for _, g in gold.iterrows() if same_fact(row, g)]
        if candidates:
            total += 1
            right += any(person_matches(g.person, _names(row)) for g in candidates)
    return Ratio(right, total)


def same_event_fact(row: Row, gold: Row) -> bool:
    return row.event_type == gold.event_type and value(row.date_value) == value(gold.date_value)


def same_career_fact(row: Row, gold: Row) -> bool:
    return normalise(row.position) == normalise(gold.position) and value(row.start_value) == value(
        gold.start_value
    )


# ---------------------------------------------------------------- dates


@dataclass(frozen=True)
class DateScore:
    """TempEval-3 style: strict (identical span) and relaxed (overlap) matching; value
    accuracy over relaxed matches (value and precision both right)."""

    strict: Score
    relaxed: Score
    values: Ratio

    @property
    def value_f1(self) -> float:
        return self.relaxed.f1 * self.values.value

    def __add__(self, other: DateScore) -> DateScore:
        return DateScore(self.strict + other.strict, self.relaxed + other.relaxed, self.values + other.values)


def score_dates(predicted: pd.DataFrame, gold: pd.DataFrame) -> DateScore:
    if "kind" in predicted:  # references are no gold rows: neither matched nor spurious
        predicted = predicted[predicted.kind != "reference"]
    pairs = match_spans(
        list(zip(predicted.start_char, predicted.end_char, strict=True)),
        list(zip(gold.start_char, gold.end_char, strict=True)),
    )
    exact = sum(
        (predicted.start_char.iloc[p], predicted.end_char.iloc[p])
        == (gold.start_char.iloc[g], gold.end_char.iloc[g])
        for g, p in pairs.items()
    )
    right = sum(
        value(predicted.value.iloc[p]) == value(gold.value.iloc[g])
        and value(predicted.precision.iloc[p]) == value(gold.precision.iloc[g])
        for g, p in pairs.items()
    )
    return DateScore(
        Score(exact, len(predicted), len(gold)),
        Score(len(pairs), len(predicted), len(gold)),
        Ratio(right, len(pairs)),
    )


def match_spans(predicted: list[tuple[int, int]], gold: list[tuple[int, int]]) -> dict[int, int]:
    """Gold position -> predicted position: identical spans first, then by overlap length."""
    pairs: dict[int, int] = {}
    taken: set[int] = set()
    for g, span in enumerate(gold):
        if span in predicted and predicted.index(span) not in taken:
            pairs[g] = predicted.index(span)
            taken.add(pairs[g])
    overlaps = sorted(
        (
            (min(pe, ge) - max(ps, gs), g, p)
            for g, (gs, ge) in enumerate(gold)
            for p, (ps, pe) in enumerate(predicted)
            if g not in pairs and p not in taken and min(pe, ge) > max(ps, gs)
        ),
        key=lambda x: (-x[0], x[1], x[2]),
    )
    for _, g, p in overlaps:
        if g not in pairs and p not in taken:
            pairs[g] = p
            taken.add(p)
    return pairs
