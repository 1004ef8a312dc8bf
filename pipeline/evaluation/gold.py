"""The project's own gold: run the pipeline on the annotated documents and score them
by group (the samples, dev, held-out; see split.py).

The gold tables are compiled from tests/gold/annotations/ by tests/gold/build_gold.py.
"""

from __future__ import annotations

import operator
import shutil
from collections.abc import Iterable, Iterator
from functools import reduce
from pathlib import Path

import pandas as pd

from pipeline.batch.run import run_batch
from pipeline.config import Settings
from pipeline.evaluation import extraction_metrics as metrics
from pipeline.evaluation.figures import Figure, Figures
from pipeline.evaluation.linking_metrics import score_linking
from pipeline.evaluation.split import GROUPS, HELD_OUT
from pipeline.tables import TABLE_NAMES, read_table

ROOT = Path(__file__).resolve().parents[2]
GOLD_DIR = ROOT / "tests" / "gold"
SOURCE_DIRS = (ROOT / "tests" / "corpus", ROOT / "raw")
GOLD_TABLES = ("documents", "events", "careers", "dates", "mentions")
# Documents written to test linking: only their mentions are annotated.
MENTIONS_ONLY_GENRES = frozenset({"linking"})

Tables = dict[str, pd.DataFrame]


def read_gold(gold_dir: Path = GOLD_DIR) -> Tables:
    gold = {
        name: pd.read_csv(gold_dir / f"{name}.csv", dtype=str, keep_default_na=False) for name in GOLD_TABLES
    }
    for name in ("dates", "mentions"):
        gold[name][["start_char", "end_char"]] = gold[name][["start_char", "end_char"]].astype(int)
    return gold


def source_path(source: str) -> Path:
    for folder in SOURCE_DIRS:
        if (folder / source).is_file():
            return folder / source
    raise FileNotFoundError(f"gold document {source!r} is in none of {[str(d) for d in SOURCE_DIRS]}")


def run_on_gold(sources: list[str], work: Path, keep: Path | None = None) -> Tables:
    """The pipeline's tables for the gold documents, run as one batch, with `source`
    (the file name) and the person's aliases added to the fact tables."""
    raw = work / "raw"
    shutil.rmtree(raw, ignore_errors=True)  # a --work folder kept from an earlier run
    raw.mkdir(parents=True)
    for source in sources:
        shutil.copy(source_path(source), raw / source)
    out = keep or work / "outputs"
    if keep is None:
        shutil.rmtree(out, ignore_errors=True)
    run_batch(Settings(raw_dir=raw, out_dir=out, use_cache=keep is not None), log=lambda _: None)
    tables = {name: read_table(out, name).to_pandas() for name in TABLE_NAMES}
    return with_sources(tables)


def with_sources(tables: Tables) -> Tables:
    sources = tables["documents"].set_index("doc_id")["source_path"]
    aliases = tables["entities"].set_index("entity_id")["aliases"]
    result = dict(tables)
    for name in ("mentions", "dates", "events", "careers"):
        frame = tables[name].copy()
        frame["source"] = frame["doc_id"].map(sources)
        if "person_entity_id" in frame:
            frame["person_aliases"] = frame["person_entity_id"].map(aliases)
        result[name] = frame
    return result


def groups(gold: Tables) -> dict[str, list[str]]:
    documents = gold["documents"]
    return {group: sorted(documents.loc[documents.split == group, "source"]) for group in GROUPS}


def score_gold(predicted: Tables, gold: Tables) -> Figures:
    figures: Figures = {}
    documents = gold["documents"]
    mentions_only = set(documents.loc[documents.genre.isin(MENTIONS_ONLY_GENRES), "source"])
    for group, sources in groups(gold).items():
        if sources:
            facts = [s for s in sources if s not in mentions_only]
            for metric, figure in score_group(predicted, gold, facts, sources).items():
                figures[(f"gold.{group}", metric)] = figure
    return figures


def _by_source(
    predicted: Tables, gold: Tables, sources: list[str], name: str
) -> Iterator[tuple[pd.DataFrame, pd.DataFrame]]:
    """(predicted rows, gold rows) of table `name`, document by document."""
    for source in sources:
        mine = predicted[name][predicted[name].source == source].reset_index(drop=True)
        theirs = gold[name][gold[name].source == source].reset_index(drop=True)
        yield mine, theirs


def _sum(rows: Iterable[tuple]) -> tuple:
    """Element-wise sum of tuples of scores."""
    return tuple(reduce(operator.add, column) for column in zip(*rows, strict=True))


def score_group(predicted: Tables, gold: Tables, facts: list[str], mentions: list[str]) -> dict[str, Figure]:
    """Events, careers and dates over the `facts` documents; linking over `mentions`."""
    figures: dict[str, Figure] = {}
    figures.update(_event_figures(predicted, gold, facts))
    figures.update(_career_figures(predicted, gold, facts))
    figures.update(_date_figures(predicted, gold, facts))
    figures.update(_linking_figures(predicted, gold, mentions))
    figures["documents ok"] = documents_ok(predicted, mentions)
    return figures


def documents_ok(predicted: Tables, sources: list[str]) -> Figure:
    """The share of the group's documents analysed without an error: a document that fails
    scores as all misses, which the other figures would not tell apart from weak rules."""
    documents = predicted["documents"]
    statuses = dict(zip(documents["source_path"], documents["status"], strict=True))
    ok = sum(statuses.get(source) == "ok" for source in sources)
    return Figure(ok / len(sources) if sources else 0.0, f"{ok}/{len(sources)}")


def _prf(label: str, score: metrics.Score) -> dict[str, Figure]:
    counts = f"{score.matched}/{score.predicted}/{score.gold}"
    return {
        f"{label} P": Figure(score.precision, f"{score.matched}/{score.predicted}"),
        f"{label} R": Figure(score.recall, f"{score.matched}/{score.gold}"),
        f"{label} F1": Figure(score.f1, counts),
    }


def _ratio(ratio: metrics.Ratio) -> Figure:
    return Figure(ratio.value, f"{ratio.right}/{ratio.total}")


def _event_figures(predicted: Tables, gold: Tables, sources: list[str]) -> dict[str, Figure]:
    def each(mine: pd.DataFrame, theirs: pd.DataFrame) -> tuple:
        pairs = metrics.matches(mine, theirs, metrics.same_event, metrics.same_event_details)
        return (
            metrics.Score(len(pairs), len(mine), len(theirs)),
            metrics.field_accuracy(mine, theirs, pairs, "place_name", "place"),
            metrics.field_accuracy(mine, theirs, pairs, "organization_name", "organization"),
            metrics.field_accuracy(
                mine, theirs, pairs, "partner_name", "partner", agree=metrics.same_person_name
            ),
            metrics.attribution(mine, theirs, metrics.same_event_fact),
        )

    score, place, organization, partner, attribution = _sum(
        each(*pair) for pair in _by_source(predicted, gold, sources, "events")
    )
    return {
        **_prf("events", score),
        "events place accuracy": _ratio(place),
        "events organization accuracy": _ratio(organization),
        "events partner accuracy": _ratio(partner),
        "events attribution": _ratio(attribution),
    }


def _career_figures(predicted: Tables, gold: Tables, sources: list[str]) -> dict[str, Figure]:
    def each(mine: pd.DataFrame, theirs: pd.DataFrame) -> tuple:
        pairs = metrics.matches(mine, theirs, metrics.same_post, metrics.same_post_details)
        start = metrics.value_accuracy(mine, theirs, pairs, "start_value", "start_value")
        return (
            metrics.Score(len(pairs), len(mine), len(theirs)),
            start,
            metrics.Ratio(start.right, len(theirs)),
            metrics.value_accuracy(mine, theirs, pairs, "end_value", "end_value"),
            metrics.field_accuracy(mine, theirs, pairs, "organization_name", "organization"),
            metrics.field_accuracy(mine, theirs, pairs, "place_name", "place"),
            metrics.score(mine, theirs, metrics.same_career),
            metrics.attribution(mine, theirs, metrics.same_career_fact),
        )

    score, start, start_of_gold, end, organization, place, full, attribution = _sum(
        each(*pair) for pair in _by_source(predicted, gold, sources, "careers")
    )
    return {
        **_prf("careers", score),
        "careers start accuracy": _ratio(start),
        "careers start right of gold": _ratio(start_of_gold),
        "careers end accuracy": _ratio(end),
        "careers organization accuracy": _ratio(organization),
        "careers place accuracy": _ratio(place),
        "careers full F1": Figure(full.f1, f"{full.matched}/{full.predicted}/{full.gold}"),
        "careers attribution": _ratio(attribution),
    }


def _date_figures(predicted: Tables, gold: Tables, sources: list[str]) -> dict[str, Figure]:
    (score,) = _sum((metrics.score_dates(*pair),) for pair in _by_source(predicted, gold, sources, "dates"))
    return {
        **_prf("dates strict", score.strict),
        **_prf("dates relaxed", score.relaxed),
        "dates value accuracy": _ratio(score.values),
        "dates value F1": Figure(score.value_f1),
    }


def _linking_figures(predicted: Tables, gold: Tables, sources: list[str]) -> dict[str, Figure]:
    theirs = gold["mentions"][gold["mentions"].source.isin(sources)].reset_index(drop=True)
    if theirs.empty:
        return {}
    mine = predicted["mentions"][predicted["mentions"].source.isin(sources)]
    result = score_linking(mine, theirs)
    return {
        "linking pair P": Figure(
            result["precision"], f"{result['correct_pairs']}/{result['predicted_pairs']}"
        ),
        "linking pair R": Figure(result["recall"], f"{result['correct_pairs']}/{result['gold_pairs']}"),
    }


def misses(predicted: Tables, gold: Tables, sources: list[str]) -> list[str]:
    """Per document: gold rows nothing matched (-) and predicted rows matching no gold row (+)."""
    held_out = set(groups(gold)[HELD_OUT])
    if held_out & set(sources):
        raise ValueError("held-out misses are not listed: rules are written from dev misses only")
    columns = {
        "events": (
            ["event_type", "person_name", "date_value", "place_name"],
            ["event_type", "person", "date_value", "place"],
        ),
        "careers": (
            ["person_name", "position", "start_value", "end_value", "organization_name", "place_name"],
            ["person", "position", "start_value", "end_value", "organization", "place"],
        ),
    }  # fmt: skip
    same = {"events": metrics.same_event, "careers": metrics.same_post}
    closer = {"events": metrics.same_event_details, "careers": metrics.same_post_details}
    lines = []
    for name, (mine_columns, gold_columns) in columns.items():
        for source in sources:
            mine = predicted[name][predicted[name].source == source]
            theirs = gold[name][gold[name].source == source]
            matched = metrics.matches(mine, theirs, same[name], closer[name])
            lines.append(f"\n== {name} {source}")
            for index, row in theirs.iterrows():
                if index not in matched:
                    lines.append("  - " + " | ".join(str(row[c]) for c in gold_columns))
            for index, row in mine.iterrows():
                if index not in matched.values():
                    lines.append(
                        "  + " + " | ".join(str(row[c]) for c in mine_columns) + f"  [{row['rule']}]"
                    )
    return lines
