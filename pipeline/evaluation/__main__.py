"""`make eval`: score the pipeline and hold it to the floors in floors.toml.

Usage: python -m pipeline.evaluation [gold] [tbaq] [redocred] [--floors FILE]
           [--misses] [--only SOURCE ...] [--keep DIR] [--work DIR] [--raise-floors]

With no evaluation named, all three run. Each prints its own table:
- gold: the project's annotated documents (tests/gold), by group: samples, dev, held-out;
- tbaq: TempEval-3 training news, with and without the document date;
- redocred: Re-DocRED dev person facts, per relation and the core-8 micro F1.
tbaq and redocred need ../shared (see public.py); without it they are skipped with a
one-line message. Exit 1 when any figure of an evaluation that ran is below its floor.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from pipeline.evaluation import gold as gold_eval
from pipeline.evaluation import public
from pipeline.evaluation.figures import FLOORS, Figures, broken_floors, raised_floors, read_floors
from pipeline.evaluation.split import DEV, GROUPS, SAMPLES

EVALUATIONS = ("gold", "tbaq", "redocred")


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    unknown = set(args.evaluations) - set(EVALUATIONS)
    if unknown:
        parser.error(f"unknown evaluation {', '.join(sorted(unknown))}; choose from {', '.join(EVALUATIONS)}")
    chosen = args.evaluations or list(EVALUATIONS)
    floors = read_floors(args.floors)
    figures: Figures = {}
    with tempfile.TemporaryDirectory() as scratch:
        work = args.work or Path(scratch)
        if "gold" in chosen:
            figures |= run_gold(args, work / "gold")
        shared = public.shared_folder()
        for name in ("tbaq", "redocred"):
            if name not in chosen:
                continue
            if shared is None:
                print(f"\n{name}: skipped: no ../shared folder with the public data and scorers")
                continue
            (work / name).mkdir(parents=True, exist_ok=True)
            evaluate = public.evaluate_tbaq if name == "tbaq" else public.evaluate_redocred
            found = evaluate(shared, work / name)
            print_table(name, found)
            figures |= found
    sections = {section for section, _ in figures}
    if args.raise_floors:
        args.floors.write_text(
            raised_floors(args.floors.read_text(encoding="utf-8"), figures), encoding="utf-8"
        )
        floors = read_floors(args.floors)
        print(f"raised the floors of the measured figures in {args.floors}")
    problems = broken_floors(figures, floors, sections)
    print()
    print(
        "\n".join(f"BELOW FLOOR  {p}" for p in problems)
        or f"all figures at or above their floors ({args.floors})"
    )
    return 1 if problems else 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m pipeline.evaluation", description=__doc__.split("\n")[0])
    parser.add_argument(
        "evaluations", nargs="*", metavar="EVALUATION", help=f"any of {', '.join(EVALUATIONS)}"
    )
    parser.add_argument("--floors", type=Path, default=FLOORS, help="the floors file (default: %(default)s)")
    parser.add_argument("--misses", action="store_true", help="list missed and spurious rows (dev, samples)")
    parser.add_argument("--only", nargs="+", metavar="SOURCE", help="gold: score only these documents")
    parser.add_argument("--keep", type=Path, help="gold: keep the pipeline's outputs here")
    parser.add_argument("--work", type=Path, help="keep every run's files here (default: a temporary folder)")
    parser.add_argument(
        "--raise-floors",
        action="store_true",
        help="raise each floor of a measured figure to it (rounded down); never lowers one",
    )
    return parser


def run_gold(args: argparse.Namespace, work: Path) -> Figures:
    gold = gold_eval.read_gold()
    documents = gold["documents"]
    if args.only:
        unknown = set(args.only) - set(documents.source)
        if unknown:
            raise SystemExit(f"not gold documents: {', '.join(sorted(unknown))}")
        gold = {name: table[table.source.isin(args.only)] for name, table in gold.items()}
    work.mkdir(parents=True, exist_ok=True)
    predicted = gold_eval.run_on_gold(sorted(gold["documents"].source), work, args.keep)
    figures = gold_eval.score_gold(predicted, gold)
    counts = gold_eval.groups(gold)
    print("gold: " + ", ".join(f"{len(counts[g])} {g}" for g in GROUPS) + " documents (tests/gold)")
    print_table("gold", figures)
    if args.misses:
        readable = counts[SAMPLES] + counts[DEV]
        print("\n".join(gold_eval.misses(predicted, gold, readable)))
    return figures


def print_table(name: str, figures: Figures) -> None:
    """Metrics as rows, the evaluation's sections (groups, runs) as columns."""
    sections = list(dict.fromkeys(section for section, _ in figures))
    metrics = list(dict.fromkeys(metric for _, metric in figures))
    labels = [section.removeprefix(f"{name}.") for section in sections]
    width = max(len(m) for m in metrics) + 2
    cells = {key: figure.cell() for key, figure in figures.items()}
    column = max([18, *(len(c) + 2 for c in cells.values()), *(len(label) + 2 for label in labels)])
    print(f"\n{name:<{width}}" + "".join(f"{label:>{column}}" for label in labels))
    for metric in metrics:
        row = "".join(f"{cells.get((s, metric), ''):>{column}}" for s in sections)
        print(f"{metric:<{width}}{row}")


if __name__ == "__main__":
    sys.exit(main())
