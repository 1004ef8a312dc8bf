"""The batch: raw/ in, outputs/*.parquet out.

ingest -> plan (what changed) -> per-document analysis of changed documents,
cached results for the rest -> cross-document linking -> assemble -> atomic
swap-in (publish.py). Linking and assembly always see the whole batch, so a deleted file's
rows disappear from every table.
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline import cache
from pipeline.config import Settings
from pipeline.export.catalog import CATALOG_FILENAME, build_catalog
from pipeline.ingest import ingest_documents
from pipeline.linking import Registry, load_registry
from pipeline.lock import run_lock
from pipeline.plan import RunPlan, plan_run
from pipeline.progress import Progress
from pipeline.publish import publish, recover
from pipeline.records import DocumentResult, SourceDocument
from pipeline.state import STATE_FILENAME, BuiltFrom, encode_state, fingerprint, read_state
from pipeline.tables import TABLE_NAMES

Log = Callable[[str], None]


@dataclass(frozen=True)
class RunSummary:
    documents: int
    analysed: int  # documents analysed in this run
    reused: int  # documents whose cached result was reused
    dropped: int  # documents of the previous run gone from raw/
    errors: tuple[str, ...]  # one message per document that is not "ok"
    written: tuple[Path, ...]
    statuses: dict[str, int] = field(default_factory=dict)  # ok / empty / error -> count
    rows: dict[str, int] = field(default_factory=dict)  # table -> rows written
    seconds: float = 0.0

    def line(self) -> str:
        """The one-line summary the CLI prints."""
        statuses = ", ".join(f"{n} {s}" for s, n in sorted(self.statuses.items()))
        rows = ", ".join(f"{name} {n}" for name, n in self.rows.items())
        return (
            f"{self.documents} documents ({statuses}; {self.analysed} analysed, {self.reused} unchanged, "
            f"{self.dropped} dropped); rows: {rows}; {self.seconds:.1f} s"
        )


def run_pipeline(settings: Settings, log: Log | None = None) -> RunSummary:
    say = log or _stderr
    started = time.monotonic()
    with run_lock(settings.out_dir):
        recover(settings.out_dir)  # what a killed run left, before anything reads the outputs
        sources = ingest_documents(settings.raw_dir)
        registry_path = settings.registry_file()
        # Load the registry before analysing, so a bad file fails fast and names itself.
        registry = load_registry(registry_path) if registry_path else None
        plan = plan_run(settings, sources)
        inputs = fingerprint(plan.keys.values(), registry_path)
        built = read_state(settings.out_dir) if settings.use_cache else None
        if built is not None and built.fingerprint == inputs and _all_tables(settings.out_dir):
            return _unchanged(settings, len(sources), built, say, started)
        results, analysed = _results(settings, sources, plan)
        tables = build_tables(results, registry)
        errors = tuple(r.document.error or r.document.status for r in results if r.document.status != "ok")
        statuses: dict[str, int] = dict(Counter(str(r.document.status) for r in results))
        state = encode_state(BuiltFrom(inputs, statuses, errors))
        files = {STATE_FILENAME: state, CATALOG_FILENAME: build_catalog(tables)}
        written = publish(tables, settings.out_dir, files)
        if settings.use_cache:
            cache.prune(settings.cache_dir, set(plan.keys.values()))
    for error in errors:
        say(f"warning: {error}")
    return RunSummary(
        documents=len(results),
        analysed=analysed,
        reused=len(results) - analysed,
        dropped=len(plan.drop),
        errors=errors,
        written=tuple(written),
        statuses=statuses,
        rows={name: table.num_rows for name, table in tables.items()},
        seconds=time.monotonic() - started,
    )


def _all_tables(out_dir: Path) -> bool:
    names = [f"{name}.parquet" for name in TABLE_NAMES] + [CATALOG_FILENAME]
    return all((out_dir / name).is_file() for name in names)


def _unchanged(settings: Settings, documents: int, built: BuiltFrom, say: Log, started: float) -> RunSummary:
    """Nothing changed since the outputs were written: report them, touch nothing."""
    for error in built.errors:
        say(f"warning: {error}")
    paths = tuple(settings.out_dir / f"{name}.parquet" for name in TABLE_NAMES)
    return RunSummary(
        documents=documents,
        analysed=0,
        reused=documents,
        dropped=0,
        errors=built.errors,
        written=(),
        statuses=built.statuses,
        rows={name: pq.read_metadata(path).num_rows for name, path in zip(TABLE_NAMES, paths, strict=True)},
        seconds=time.monotonic() - started,
    )


def _results(
    settings: Settings, sources: list[SourceDocument], plan: RunPlan
) -> tuple[list[DocumentResult], int]:
    """Cached results where valid, fresh analysis for the rest (in source order), and how many were fresh."""
    reused: dict[str, DocumentResult] = {}
    for source in sources:
        if source.source_path not in plan.to_analyse:
            result = cache.load_result(settings.cache_dir, plan.keys[source.source_path])
            if result is not None:
                reused[source.source_path] = result
    from pipeline.batch import Job, analyse_documents  # imports spaCy: see build_tables

    pending = [s for s in sources if s.source_path not in reused]
    jobs = [Job(s, _cache_path(settings, plan.keys[s.source_path])) for s in pending]
    progress = Progress(len(pending), "analysing", settings.progress)
    fresh = analyse_documents(jobs, settings.model_name, settings.workers, lambda _: progress.advance())
    progress.close()
    by_path = reused | {r.document.source_path: r for r in fresh}
    return [by_path[s.source_path] for s in sources], len(fresh)


def build_tables(results: list[DocumentResult], registry: Registry | None = None) -> dict[str, pa.Table]:
    """Cross-document linking, the six tables, then the facts merged across documents."""
    # Imported here: the stages import spaCy, about a second, which a run with
    # nothing to do (or `pipeline status`) should not pay.
    from pipeline.assemble import assemble_tables
    from pipeline.facts import consolidate_facts
    from pipeline.linking import link_entities

    entities, mentions = link_entities([m for r in results for m in r.mentions], registry)
    tables = assemble_tables(results, entities, mentions)
    tables["facts"] = consolidate_facts(tables["careers"], tables["events"], tables["documents"])
    return tables


def _cache_path(settings: Settings, key: str) -> Path | None:
    return cache.entry_path(settings.cache_dir, key) if settings.use_cache else None


def _stderr(message: str) -> None:
    print(message, file=sys.stderr)
