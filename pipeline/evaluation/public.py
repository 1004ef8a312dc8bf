"""Public development sets with third-party gold, through their own scorers.

The data and scorers live outside the repository, in `../shared` (or $PIPELINE_SHARED):
- TBAQ (TempEval-3 training news, TimeML) through `tools/tempeval_score.py`;
- Re-DocRED dev (Wikipedia introductions about people) through `tools/redocred_score.py`.
See `../shared/data/README.md`. Each scorer runs the project's CLI on the texts it
writes; this module runs it, keeps its output in a work folder and reads the figures.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq

from pipeline.evaluation.figures import Figure, Figures

ROOT = Path(__file__).resolve().parents[2]


def shared_folder() -> Path | None:
    """../shared beside the checkout, or $PIPELINE_SHARED; None when absent."""
    folder = Path(os.environ.get("PIPELINE_SHARED", ROOT.parent / "shared"))
    return folder if (folder / "tools").is_dir() and (folder / "data").is_dir() else None


def _run(command: list[str], log: Path) -> str:
    """Run a scorer; its whole output goes to `log`, and is returned."""
    done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, check=False)
    output = done.stdout + done.stderr
    log.write_text(output, encoding="utf-8")
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(command[:3])} failed (exit {done.returncode}); see {log}")
    return done.stdout


def _statuses(out: Path) -> Figure:
    documents = pq.read_table(out / "documents.parquet", columns=["status"]).to_pydict()["status"]
    ok = sum(status == "ok" for status in documents)
    return Figure(ok / len(documents) if documents else 0.0, f"{ok}/{len(documents)}")


# ---------------------------------------------------------------- TBAQ

TBAQ_RUNS = {"project": "no document date", "project+DCTline": "document date as front matter"}


def evaluate_tbaq(shared: Path, work: Path) -> Figures:
    tml = work / "tml"
    shutil.rmtree(tml, ignore_errors=True)  # a --work folder kept from an earlier run
    tml.mkdir(parents=True)
    for path in sorted((shared / "data" / "tbaq").glob("*/*.tml")):
        shutil.copy(path, tml / path.name)
    command = [
        sys.executable, str(shared / "tools" / "tempeval_score.py"), "--dct-as", "front-matter", "all",
        "--tml", str(tml), "--work", str(work / "te3"), "--python", sys.executable, "--oracle-dct",
    ]  # fmt: skip
    _run(command, work / "tempeval_score.log")
    results = json.loads((work / "te3" / "results.json").read_text(encoding="utf-8"))["results"]
    figures: Figures = {}
    for run, label in TBAQ_RUNS.items():
        result = results[run]
        section = f"tbaq.{label}"
        figures[(section, "strict P")] = Figure(result["strict"]["P"])
        figures[(section, "strict R")] = Figure(result["strict"]["R"])
        figures[(section, "strict F1")] = Figure(result["strict"]["F1"])
        figures[(section, "relaxed F1")] = Figure(result["relaxed"]["F1"])
        figures[(section, "value accuracy")] = Figure(result["value_accuracy"])
        figures[(section, "value F1")] = Figure(result["value_F1"])
        figures[(section, "documents ok")] = _statuses(work / "te3" / f"out_{run}")
    return figures


# ---------------------------------------------------------------- Re-DocRED

_ROW = re.compile(r"^\| (\*\*)?(?P<name>[^|]+?)(\*\*)? \|(?P<cells>( *[\d.]+ *\|){6})\s*$")
_CORE = "micro, core 8 (no P39/P463): the headline figure"
_PERSONS = re.compile(r"gold PER entities with a PERSON mention: (\d+)/(\d+) = ([\d.]+)")


def evaluate_redocred(shared: Path, work: Path) -> Figures:
    command = [
        sys.executable, str(shared / "tools" / "redocred_score.py"), "run",
        "--data", str(shared / "data" / "redocred" / "dev_revised.json"),
        "--raw", str(work / "raw"), "--out", str(work / "out"), "--project", str(ROOT),
        "--workers", "2", "--limit", "1000", "--report", str(work / "report"),
    ]  # fmt: skip
    return parse_redocred(_run(command, work / "redocred_score.log"), work / "out")


def parse_redocred(output: str, out: Path | None = None) -> Figures:
    figures: Figures = {}
    for line in output.splitlines():
        row = _ROW.match(line)
        if row is None:
            continue
        gold, predicted, correct, precision, recall, f1 = (
            c.strip() for c in row["cells"].strip(" |").split("|")
        )
        name = row["name"].strip()
        if name == _CORE:
            name = "core-8"
        elif name.startswith("micro"):
            continue
        figures[("redocred.P", name)] = Figure(float(precision))
        figures[("redocred.R", name)] = Figure(float(recall))
        figures[("redocred.F1", name)] = Figure(float(f1), f"{correct}/{predicted}/{gold}")
    persons = _PERSONS.search(output)
    if persons:
        figures[("redocred.share", "persons found")] = Figure(float(persons[3]), f"{persons[1]}/{persons[2]}")
    if out is not None:
        figures[("redocred.share", "documents ok")] = _statuses(out)
    return figures
