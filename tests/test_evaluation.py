"""The evaluation: its metrics, its floors, and an exit code that fails when a floor breaks."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from pipeline.evaluation import extraction_metrics as metrics
from pipeline.evaluation.__main__ import main
from pipeline.evaluation.figures import Figure, broken_floors, raised_floors, read_floors
from pipeline.evaluation.gold import documents_ok
from pipeline.evaluation.public import parse_redocred
from pipeline.evaluation.split import DEV, HELD_OUT, SAMPLES, split_of


def _dates(rows: list[tuple[int, int, str, str]]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=["start_char", "end_char", "value", "precision"])


def test_spurious_dates_cost_precision_and_spans_are_matched_exact_then_overlap() -> None:
    gold = _dates([(0, 10, "2019-03-12", "day"), (20, 30, "2019", "year")])
    predicted = _dates([(3, 10, "2019-03-12", "day"), (20, 30, "2018", "year"), (40, 44, "2020", "year")])
    score = metrics.score_dates(predicted, gold)
    assert (score.strict.matched, score.relaxed.matched, score.strict.predicted) == (1, 2, 3)
    assert round(score.relaxed.precision, 3) == 0.667  # the third row is spurious
    assert (score.values.right, score.values.total) == (1, 2)  # 2018 is the wrong value
    assert round(score.value_f1, 3) == round(0.8 * 0.5, 3)


def test_references_are_not_spurious_but_other_unmatched_rows_are() -> None:
    gold = _dates([(0, 10, "2019-03-12", "day")])
    predicted = _dates(
        [
            (0, 10, "2019-03-12", "day"),
            (20, 23, "PRESENT_REF", "day"),
            (30, 38, "PAST_REF", "day"),
            (40, 44, "2020", "year"),
        ]
    )
    predicted["kind"] = ["point", "reference", "reference", "point"]
    score = metrics.score_dates(predicted, gold)
    assert (score.strict.matched, score.strict.predicted, score.relaxed.predicted) == (1, 2, 2)
    assert score.relaxed.precision == 0.5  # "2020" is spurious; "now" and "recently" are not


def test_a_fact_on_the_wrong_person_lowers_attribution_not_only_recall() -> None:
    gold = pd.DataFrame([{"event_type": "arrest", "date_value": "2019", "person": "Ilona Varga"}])
    predicted = pd.DataFrame(
        [
            {"event_type": "arrest", "date_value": "2019", "person_name": "Ilona Varga"},
            {"event_type": "arrest", "date_value": "2019", "person_name": "Peter Nagy"},
            {"event_type": "birth", "date_value": "1950", "person_name": "Peter Nagy"},
        ]
    )
    ratio = metrics.attribution(predicted, gold, metrics.same_event_fact)
    assert (ratio.right, ratio.total) == (1, 2)  # the birth matches no gold fact: not counted


def test_two_rows_of_one_person_pair_with_their_own_gold_rows() -> None:
    """Two memberships of one person, both undated, match their gold rows by type, person
    and date alike; the pairing must not cross them, or the organization accuracy would
    count a right extraction as two wrong ones."""
    gold = pd.DataFrame(
        [
            {
                "event_type": "membership",
                "date_value": "",
                "person": "Ilona Varga",
                "organization": o,
                "place": "",
            }
            for o in ("EPP", "Civic Coalition")
        ]
    )
    predicted = pd.DataFrame(
        [
            {
                "event_type": "membership",
                "date_value": "",
                "person_name": "Ilona Varga",
                "organization_name": o,
                "place_name": None,
            }
            for o in ("Civic Coalition", "EPP")
        ]
    )
    pairs = metrics.matches(predicted, gold, metrics.same_event, metrics.same_event_details)
    accuracy = metrics.field_accuracy(predicted, gold, pairs, "organization_name", "organization")
    assert (len(pairs), accuracy.right, accuracy.total) == (2, 2, 2)


def test_places_agree_when_one_name_contains_the_other() -> None:
    assert metrics.name_agrees("Berlin", "Berlin, Germany")
    assert not metrics.name_agrees("Bonn", "Berlin")
    assert not metrics.name_agrees(None, "Berlin")


def test_the_split_is_a_fixed_rule_of_the_file_name() -> None:
    assert split_of("003_85982725810900b2.txt", "sample") == SAMPLES
    assert split_of("news_garnov.txt", "news") == DEV  # written before the split
    # sha256("a.txt") starts with "1", sha256("b.txt") with "f"
    assert split_of("a.txt", "wire") == HELD_OUT
    assert split_of("b.txt", "wire") == DEV


def test_floors_name_figures_and_a_missing_figure_is_a_failure(tmp_path: Path) -> None:
    path = tmp_path / "floors.toml"
    path.write_text('[gold.dev]\n"events F1" = 0.5\n"dates value F1" = 0.2\n[redocred.F1]\ncore-8 = 0.3\n')
    floors = read_floors(path)
    assert floors[("gold.dev", "events F1")] == 0.5
    figures = {("gold.dev", "events F1"): Figure(0.49)}
    problems = broken_floors(figures, floors, {"gold.dev"})
    assert problems == [
        "gold.dev: dates value F1: not measured (floor 0.200)",
        "gold.dev: events F1 = 0.490, below its floor 0.500",
    ]  # redocred did not run, so its floor is not checked


def test_make_eval_exits_1_when_a_floor_breaks(tmp_path: Path, capsys) -> None:
    floors = tmp_path / "floors.toml"
    floors.write_text('[gold.dev]\n"careers R" = 1.01\n')
    assert main(["gold", "--only", "cv_melnik.txt", "--floors", str(floors)]) == 1
    assert "BELOW FLOOR  gold.dev: careers R" in capsys.readouterr().out
    floors.write_text('[gold.dev]\n"careers R" = 0.5\n')
    assert main(["gold", "--only", "cv_melnik.txt", "--floors", str(floors)]) == 0


def test_a_gold_document_that_fails_is_counted_not_scored_as_misses() -> None:
    """A document whose analysis failed has no rows: the gold evaluation reports the share of
    documents analysed, so that the failure breaks its floor rather than passing for misses."""
    predicted = {
        "documents": pd.DataFrame(
            {"source_path": ["a.txt", "b.txt"], "status": ["ok", "error"], "doc_id": ["1", "2"]}
        )
    }
    figure = documents_ok(predicted, ["a.txt", "b.txt", "c.txt"])
    assert (figure.value, figure.detail) == (1 / 3, "1/3")


def test_the_redocred_scorer_output_is_read_per_relation() -> None:
    output = "\n".join(
        [
            "| relation | gold | predicted | correct | P | R | F1 |",
            "| P569 date of birth | 190 | 79 | 55 | 0.696 | 0.289 | 0.409 |",
            "| **micro, 8 (no P102/P463)** | 795 | 422 | 163 | 0.386 | 0.205 | 0.268 |",
            "| **micro, core 8 (no P39/P463): the headline figure** "
            "| 840 | 241 | 161 | 0.668 | 0.192 | 0.298 |",
            "gold PER entities with a PERSON mention: 855/1016 = 0.842",
        ]
    )
    figures = parse_redocred(output)
    assert figures[("redocred.F1", "P569 date of birth")] == Figure(0.409, "55/79/190")
    assert figures[("redocred.F1", "core-8")].value == 0.298
    assert figures[("redocred.share", "persons found")].value == 0.842
    assert not any(metric.startswith("micro") for _, metric in figures)


def test_raising_floors_never_lowers_one_and_keeps_comments() -> None:
    text = (
        '# why\n[gold.dev]\n"events F1" = 0.50\n"careers R" = 0.30\n'
        '[tbaq."no document date"]\n"value F1" = 0.1\n'
    )
    figures = {
        ("gold.dev", "events F1"): Figure(0.4),
        ("gold.dev", "careers R"): Figure(0.337),
        ("tbaq.no document date", "value F1"): Figure(0.25),
    }
    assert raised_floors(text, figures) == (
        '# why\n[gold.dev]\n"events F1" = 0.50\n"careers R" = 0.33\n'
        '[tbaq."no document date"]\n"value F1" = 0.25\n'
    )
