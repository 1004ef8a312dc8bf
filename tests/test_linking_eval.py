"""The linking metric (tests/gold/MENTIONS.md): pairwise precision and recall of mention
clustering. Its figures on the gold are printed and held to floors by `make eval`."""

from __future__ import annotations

import pandas as pd

from pipeline.evaluation.linking_metrics import score_linking


def _gold(rows: list[tuple[int, int, str]]) -> pd.DataFrame:
    return pd.DataFrame(
        [{"source": "t.txt", "start_char": s, "end_char": e, "entity": g} for s, e, g in rows]
    )


def _predicted(rows: list[tuple[int, int, str]]) -> pd.DataFrame:
    return pd.DataFrame(
        [{"source": "t.txt", "start_char": s, "end_char": e, "entity_id": p} for s, e, p in rows]
    )


def test_metric_counts_pairs() -> None:
    gold = _gold([(0, 5, "a"), (10, 15, "a"), (20, 25, "a"), (30, 35, "b")])
    # one gold "a" split off, "b" merged into the rest: 1 correct pair of 3 gold, 3 predicted.
    predicted = _predicted([(0, 5, "x"), (10, 15, "x"), (20, 25, "y"), (30, 35, "x")])
    result = score_linking(predicted, gold)
    assert (result["correct_pairs"], result["gold_pairs"], result["predicted_pairs"]) == (1, 3, 3)
    assert round(result["precision"], 3) == round(result["recall"], 3) == 0.333


def test_metric_matches_by_overlap_and_a_miss_costs_recall() -> None:
    gold = _gold([(0, 12, "a"), (20, 25, "a"), (40, 45, "a")])
    predicted = _predicted([(6, 12, "x"), (20, 25, "x"), (50, 55, "x")])  # a partial span; one missed
    result = score_linking(predicted, gold)
    assert (result["matched_exact"], result["matched_overlap"], result["missed"]) == (1, 1, 1)
    assert result["spurious"] == 1
    assert (result["correct_pairs"], result["gold_pairs"]) == (1, 3)
    assert result["precision"] == 1.0
