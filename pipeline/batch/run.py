"""Running a batch, start to end: raw/ in, outputs/*.parquet and the DuckDB catalog out.

``run_batch(settings)``: under the output folder's lock, scan (paths and
hashes) -> plan (``plan.py``: which documents to redo) -> the phases on the
chosen executor (``phases.py``: analysis of changed documents, cross-document
linking in blocks, each bucket's part files, the facts by person) -> the
catalog of the new tables -> atomic swap-in (``publish.py``). Linking always
sees the whole batch, so a deleted file's rows disappear from every table; a
bucket whose rows would not change keeps last run's part files.

One document's analysis is ``analyse.py``; ``api.run`` (and ``pipeline run``)
builds the settings from its arguments and calls ``run_batch``.
"""

from __future__ import annotations

import shutil
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.batch import cache
from pipeline.batch.lock import run_lock
from pipeline.batch.parts import table_path
from pipeline.batch.phases import Outcome, run_phases
from pipeline.batch.plan import plan_batch
from pipeline.batch.publish import open_staging, recover, swap_in
from pipeline.batch.sources import find_sources, parse_registry, registry_bytes
from pipeline.batch.state import STATE_FILENAME, BuiltFrom, encode_state, fingerprint, read_state
from pipeline.config import Settings
from pipeline.export.catalog import CATALOG_FILENAME, build_catalog
from pipeline.tables import TABLE_NAMES

Log = Callable[[str], None]


@dataclass(frozen=True)
class BatchSummary:
    documents: int
    analysed: int  # documents analysed in this run
    reused: int  # documents whose cached result was reused
    dropped: int  # documents of the previous run gone from raw/
    errors: tuple[str, ...]  # one message per document that is not "ok"
    written: tuple[Path, ...]
    statuses: dict[str, int] = field(default_factory=dict)  # ok / empty / error -> count
    rows: dict[str, int] = field(default_factory=dict)  # table -> rows written
    seconds: float = 0.0
    published: str | None = None  # with a URL for the outputs: the run uploaded now, if any

    def line(self) -> str:
        """The one-line summary the CLI prints."""
        statuses = ", ".join(f"{n} {s}" for s, n in sorted(self.statuses.items()))
        rows = ", ".join(f"{name} {n}" for name, n in self.rows.items())
        published = f"; published {self.published}" if self.published else ""
        return (
            f"{self.documents} documents ({statuses}; {self.analysed} analysed, {self.reused} unchanged, "
            f"{self.dropped} dropped); rows: {rows}; {self.seconds:.1f} s{published}"
        )


def run_batch(settings: Settings, log: Log | None = None) -> BatchSummary:
    """Bring ``settings.out_dir`` up to date with ``settings.raw_dir``; ``log`` gets the warnings."""
    say = log or _stderr
    started = time.monotonic()
    with run_lock(settings.out_dir):
        recover(settings.out_dir)  # what a killed run left, before anything reads the outputs
        sources = find_sources(settings, say)
        registry_data = registry_bytes(settings.raw_dir, settings.registry_path)
        # Load the registry before analysing, so a bad file fails fast and names itself.
        registry = parse_registry(*registry_data) if registry_data else None
        plan = plan_batch(settings, sources)
        inputs = fingerprint(plan.keys.values(), registry_data[1] if registry_data else None)
        built = read_state(settings.out_dir) if settings.use_cache else None
        if built is not None and _current(built, inputs, settings):
            return _unchanged(settings, len(sources), built, say, started)
        staging = open_staging(settings.out_dir)
        try:
            outcome = run_phases(settings, sources, plan, registry, staging, built)
            build_catalog(staging)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
        state = _state(inputs, settings, outcome)
        swap_in(staging, settings.out_dir, {STATE_FILENAME: encode_state(state)})
        if settings.use_cache:
            cache.prune(settings.cache_dir, set(plan.keys.values()))
        published = _publish(settings)
    for message in state.errors + state.warnings:
        say(f"warning: {message}")
    return BatchSummary(
        documents=len(sources),
        analysed=outcome.analysed,
        reused=len(sources) - outcome.analysed,
        dropped=len(plan.drop),
        errors=state.errors,
        written=tuple(table_path(settings.out_dir, name) for name in TABLE_NAMES),
        statuses=state.statuses,
        rows=state.rows,
        seconds=time.monotonic() - started,
        published=published,
    )


def _current(built: BuiltFrom, inputs: str, settings: Settings) -> bool:
    """The outputs are those of these inputs, in this many parts, and all there."""
    out_dir = settings.out_dir
    whole = all(table_path(out_dir, name).exists() for name in TABLE_NAMES)
    whole = whole and (out_dir / CATALOG_FILENAME).is_file()
    return built.fingerprint == inputs and built.buckets == settings.buckets and whole


def _publish(settings: Settings) -> str | None:
    """With a URL for the outputs: upload them there, unless they already are."""
    if settings.publish_to is None:
        return None
    from pipeline.batch.remote import publish_remote  # fsspec: only for URLs

    return publish_remote(settings.out_dir, settings.publish_to)


def _unchanged(
    settings: Settings, documents: int, built: BuiltFrom, say: Log, started: float
) -> BatchSummary:
    """Nothing changed since the outputs were written: report them, touch nothing
    (but upload them where they should be and are not: a run killed mid-upload)."""
    published = _publish(settings)
    for message in built.errors + built.warnings:
        say(f"warning: {message}")
    return BatchSummary(
        documents=documents,
        analysed=0,
        reused=documents,
        dropped=0,
        errors=built.errors,
        written=(),
        statuses=built.statuses,
        rows={name: built.rows[name] for name in TABLE_NAMES if name in built.rows},
        seconds=time.monotonic() - started,
        published=published,
    )


def _state(inputs: str, settings: Settings, outcome: Outcome) -> BuiltFrom:
    """The state file: the totals, and each bucket's record for the next run."""
    statuses: Counter[str] = Counter()
    rows: dict[str, int] = {name: 0 for name in TABLE_NAMES}
    for part in outcome.parts:
        statuses.update(part.statuses)
        for name, n in part.rows.items():
            rows[name] += n
    rows["entities"], rows["facts"] = outcome.entities, outcome.facts
    # Warnings in the order of the documents' paths, which every message starts with.
    errors = tuple(sorted(error for part in outcome.parts for error in part.errors))
    warnings = tuple(sorted(warning for part in outcome.parts for warning in part.warnings))
    parts = {part.bucket: part for part in outcome.parts}
    return BuiltFrom(inputs, dict(statuses), errors, dict(rows), settings.buckets, parts, warnings)


def _stderr(message: str) -> None:
    print(message, file=sys.stderr)
