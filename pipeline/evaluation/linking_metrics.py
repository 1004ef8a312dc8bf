"""Linking evaluation: pairwise precision and recall of mention clustering.

Definition (also in tests/gold/MENTIONS.md): every gold mention is matched to
one predicted mention of the same source, by exact span first, then by the
largest character overlap (one-to-one). Two gold mentions form a *gold pair*
when they have the same gold entity, a *predicted pair* when their matched
predictions have the same ``entity_id`` (across documents, as linking is
corpus-wide). A gold mention without a match is a singleton, so a miss costs
recall; predictions matching no gold mention (spurious or out-of-scope spans)
only show in the counts. precision = correct pairs / predicted pairs,
recall = correct pairs / gold pairs (1.0 when there are no pairs).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Sequence
from typing import Any

import pandas as pd


def score_linking(predicted: pd.DataFrame, gold: pd.DataFrame) -> dict[str, Any]:
    """Pairwise P/R over all documents, plus counts and the same per document."""
    labels, counts = _match_all(predicted, gold)
    result: dict[str, Any] = {**_pairwise(list(gold["entity"]), labels), **counts}
    per_document = {}
    for source in sorted(set(gold["source"])):
        rows = [i for i, s in enumerate(gold["source"]) if s == source]
        per_document[source] = _pairwise([gold["entity"].iloc[i] for i in rows], [labels[i] for i in rows])
    result["per_document"] = per_document
    return result


def _match_all(predicted: pd.DataFrame, gold: pd.DataFrame) -> tuple[list[Hashable], dict[str, int]]:
    """The predicted entity of each gold row (a unique miss marker when unmatched)."""
    labels: list[Hashable] = [("missed", i) for i in range(len(gold))]
    counts = Counter(gold_mentions=len(gold), predicted_mentions=len(predicted))
    for source, gold_rows in gold.groupby("source", sort=True):
        pred_rows = predicted[predicted["source"] == source]
        spans = list(
            zip(pred_rows["start_char"], pred_rows["end_char"], _entity_labels(pred_rows), strict=True)
        )
        gold_spans = [
            (i, s, e)
            for i, s, e in zip(gold_rows.index, gold_rows["start_char"], gold_rows["end_char"], strict=True)
        ]
        used: set[int] = set()
        for how in ("exact", "overlap"):
            for i, start, end in gold_spans:
                if (
                    isinstance(labels[gold.index.get_loc(i)], tuple)
                    and (j := _find(spans, used, start, end, how)) is not None
                ):
                    used.add(j)
                    labels[gold.index.get_loc(i)] = spans[j][2]
                    counts[f"matched_{how}"] += 1
        counts["spurious"] += len(spans) - len(used)
    counts["missed"] = sum(isinstance(label, tuple) for label in labels)
    return labels, dict(counts)


def _entity_labels(rows: pd.DataFrame) -> list[str]:
    columns = [c for c in ("entity_id", "cluster", "mention_id") if c in rows.columns]
    return [
        next((str(row[c]) for c in columns if isinstance(row[c], str) and row[c]), f"row{n}")
        for n, (_, row) in enumerate(rows.iterrows())
    ]


def _find(
    spans: Sequence[tuple[int, int, str]], used: set[int], start: int, end: int, how: str
) -> int | None:
    best, best_overlap = None, 0
    for j, (s, e, _) in enumerate(spans):
        if j in used:
            continue
        if how == "exact":
            if (s, e) == (start, end):
                return j
            continue
        overlap = min(e, end) - max(s, start)
        if overlap > best_overlap:
            best, best_overlap = j, overlap
    return best


def _pairwise(gold: Sequence[Hashable], predicted: Sequence[Hashable]) -> dict[str, float | int]:
    def pairs(counter: Counter[Any]) -> int:
        return sum(n * (n - 1) // 2 for n in counter.values())

    correct = pairs(Counter(zip(gold, predicted, strict=True)))
    gold_pairs, predicted_pairs = pairs(Counter(gold)), pairs(Counter(predicted))
    precision = correct / predicted_pairs if predicted_pairs else 1.0
    recall = correct / gold_pairs if gold_pairs else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "gold_pairs": gold_pairs,
        "predicted_pairs": predicted_pairs,
        "correct_pairs": correct,
    }
