"""`make eval`: run the pipeline over the annotated documents and print the scores.

Usage: python -m pipeline.evaluation [--gold tests/gold] [--keep DIR]
The documents are the samples in raw/ and the texts in tests/corpus/; the gold
tables name them by file name.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

import pandas as pd

from pipeline.config import Settings
from pipeline.evaluation import extraction_metrics as metrics
from pipeline.evaluation.linking_metrics import score_linking
from pipeline.run import run_pipeline
from pipeline.tables import TABLE_NAMES, read_table

SOURCES = (Path("raw"), Path("tests/corpus"))
# The acceptance thresholds, printed beside each figure.
THRESHOLDS = {"events F1": 0.85, "careers recall": 0.9, "careers start accuracy": 0.9}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipeline.evaluation")
    parser.add_argument("--gold", type=Path, default=Path("tests/gold"))
    parser.add_argument("--keep", type=Path, default=None, help="write the outputs here and keep them")
    parser.add_argument("--misses", action="store_true", help="also list missed and spurious rows")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as work:
        tables = run_on_corpus(Path(work), args.keep)
    report(tables, args.gold)
    if args.misses:
        list_misses(tables, args.gold)
    return 0


def run_on_corpus(work: Path, keep: Path | None) -> dict[str, pd.DataFrame]:
    raw = work / "raw"
    raw.mkdir()
    for folder in SOURCES:
        for path in sorted(folder.glob("*.txt")):
            shutil.copy(path, raw / path.name)
    out = keep or work / "outputs"
    run_pipeline(Settings(raw_dir=raw, out_dir=out, use_cache=keep is not None), log=lambda _: None)
    return {name: read_table(out, name).to_pandas() for name in TABLE_NAMES}


def with_sources(tables: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """Add `source` (file name) and the person's aliases to the fact tables."""
    sources = tables["documents"].set_index("doc_id")["source_path"]
    aliases = tables["entities"].set_index("entity_id")["aliases"]
    result = {}
    for name in ("mentions", "dates", "events", "careers"):
        frame = tables[name].copy()
        frame["source"] = frame["doc_id"].map(sources)
        if "person_entity_id" in frame:
            frame["person_aliases"] = frame["person_entity_id"].map(aliases)
        result[name] = frame
    return result


def _read_gold(gold_dir: Path) -> dict[str, pd.DataFrame]:
    gold = {
        name: pd.read_csv(gold_dir / f"{name}.csv", dtype=str, keep_default_na=False)
        for name in ("events", "careers", "dates")
    }
    gold["dates"][["start_char", "end_char"]] = gold["dates"][["start_char", "end_char"]].astype(int)
    return gold


def list_misses(tables: dict[str, pd.DataFrame], gold_dir: Path) -> None:
    """Per document: gold rows nothing matched (-) and predicted rows matching no gold row (+)."""
    facts, gold = with_sources(tables), _read_gold(gold_dir)
    columns = {
        "events": (["event_type", "person_name", "date_value"], ["event_type", "person", "date_value"]),
        "careers": (
            ["person_name", "position", "start_value", "end_value"],
            ["person", "position", "start_value", "end_value"],
        ),
    }
    same = {"events": metrics.same_event, "careers": metrics.same_career}
    for name, (mine_columns, gold_columns) in columns.items():
        for source in sorted(gold[name]["source"].unique()):
            mine = facts[name][facts[name].source == source]
            theirs = gold[name][gold[name].source == source]
            matched = metrics.matches(mine, theirs, same[name])
            print(f"\n== {name} {source}")
            for index, row in theirs.iterrows():
                if index not in matched:
                    print("  -", " | ".join(str(row[c]) for c in gold_columns))
            for index, row in mine.iterrows():
                if index not in matched.values():
                    print("  +", " | ".join(str(row[c]) for c in mine_columns), f"[{row['rule']}]")


def report(tables: dict[str, pd.DataFrame], gold_dir: Path) -> None:
    facts, gold = with_sources(tables), _read_gold(gold_dir)
    groups = _groups(gold["events"]["source"].unique())
    print(f"{'documents':<10} {'metric':<24} {'P':>6} {'R':>6} {'F1':>6}  counts (matched/pred/gold)")
    for group, sources in groups.items():
        for label, score in _scores(facts, gold, sources).items():
            mark = _mark(label, score)
            print(
                f"{group:<10} {label:<24} {score.precision:6.3f} {score.recall:6.3f} {score.f1:6.3f}"
                f"  {score.matched}/{score.predicted}/{score.gold}{mark}"
            )
    _report_linking(facts["mentions"], gold_dir)


def _groups(sources: object) -> dict[str, list[str]]:
    names = sorted(str(s) for s in sources)  # type: ignore[attr-defined]
    samples = [s for s in names if (Path("raw") / s).is_file()]
    written = [s for s in names if s not in samples]
    return {"samples": samples, "written": written, "all": names}


def _scores(
    facts: dict[str, pd.DataFrame], gold: dict[str, pd.DataFrame], sources: list[str]
) -> dict[str, metrics.Score]:
    totals: dict[str, metrics.Score] = {}
    for source in sources:
        mine = {k: v[v.source == source] for k, v in facts.items()}
        theirs = {k: v[v.source == source] for k, v in gold.items()}
        scores = {
            "events": metrics.score(mine["events"], theirs["events"], metrics.same_event),
            "careers": metrics.score(mine["careers"], theirs["careers"], metrics.same_career),
            "careers (person+post)": metrics.score(mine["careers"], theirs["careers"], metrics.same_post),
            "careers start accuracy": metrics.start_accuracy(mine["careers"], theirs["careers"]),
            "date accuracy": metrics.date_accuracy(mine["dates"], theirs["dates"]),
        }
        for label, value in scores.items():
            totals[label] = totals[label] + value if label in totals else value
    return totals


def _mark(label: str, score: metrics.Score) -> str:
    checks = {
        "events": ("events F1", score.f1),
        "careers (person+post)": ("careers recall", score.recall),
        "careers start accuracy": ("careers start accuracy", score.recall),
    }
    if label not in checks:
        return ""
    name, figure = checks[label]
    return f"   [{name} {'ok' if figure >= THRESHOLDS[name] else 'BELOW'} >= {THRESHOLDS[name]}]"


def _report_linking(mentions: pd.DataFrame, gold_dir: Path) -> None:
    gold = pd.read_csv(gold_dir / "mentions.csv", keep_default_na=False)
    predicted = mentions[mentions.source.isin(set(gold.source))]
    result = score_linking(predicted, gold)
    print(
        f"linking    pairwise precision {result['precision']:.3f} recall {result['recall']:.3f} "
        f"over {len(gold)} gold mentions in {gold.source.nunique()} documents"
    )


if __name__ == "__main__":
    sys.exit(main())
