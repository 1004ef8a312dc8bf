"""Batch throughput on a synthetic corpus, against bare spaCy in the same run.

Prints: end-to-end words/s of `run_batch` against bare `nlp.pipe` of the
same model (same components, same number of processes) on the same texts;
a no-op rerun; a rerun after adding one document; the seconds of both spent
on the facts table and the DuckDB catalog; peak RSS; the same run on
the dask executor (a LocalCluster with as many workers) against the local
one; the driver's peak memory on a dask run over BENCH_DRIVER_DOCS documents.
Scale with BENCH_DOCS and BENCH_WORDS (defaults: 1,000 documents x 1,000 words).

Other jobs on the machine slow whichever run they overlap: BENCH_REPEATS=N
runs the local and dask executors N times each, alternating, and compares the
fastest of each; the CPU seconds of every process of a run (the driver, its
workers, a LocalCluster's scheduler and workers) are printed beside, which
sharing the cores changes much less than the time.
"""

from __future__ import annotations

import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks.synthetic import document, write_corpus
from pipeline.batch import phases
from pipeline.batch import run as batch_run
from pipeline.batch.run import run_batch
from pipeline.config import Settings, default_workers
from pipeline.model import load_model

DOCS = int(os.environ.get("BENCH_DOCS", "1000"))
WORDS = int(os.environ.get("BENCH_WORDS", "1000"))
BATCH_SIZE = 16
# The driver's memory on dask is measured on many short documents: it grows with
# documents and entities, not with their length.
DRIVER_DOCS = int(os.environ.get("BENCH_DRIVER_DOCS", "10000"))
DRIVER_WORDS = int(os.environ.get("BENCH_DRIVER_WORDS", "60"))
REPEATS = max(1, int(os.environ.get("BENCH_REPEATS", "1")))
# The driver's peak is its own VmHWM: ru_maxrss of a child process also counts what
# this (much larger) process had resident when it forked the child.
_DRIVER = """
import resource, sys
from pathlib import Path
from pipeline.batch.run import run_batch
from pipeline.config import Settings
raw, out, workers = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
run_batch(Settings(raw_dir=raw, out_dir=out, workers=workers, executor="dask"), lambda _: None)
try:
    status = open("/proc/self/status").read().split("VmHWM:")[1]
    print(int(status.split()[0]) / 1024)
except (OSError, IndexError):  # not Linux
    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
"""


def main() -> None:
    workers = default_workers()
    root = Path(tempfile.mkdtemp(prefix="bench_batch."))
    try:
        raw, out = root / "raw", root / "outputs"
        words = write_corpus(raw, DOCS, WORDS)
        texts = [p.read_text(encoding="utf-8") for p in sorted(raw.glob("*.txt"))]
        bare = _timed(lambda: _bare_pipe(texts, workers))
        settings = Settings(raw_dir=raw, out_dir=out, workers=workers)
        extra = _time_facts_and_catalog()
        local_runs = [_run(settings)]
        full = local_runs[0][0]
        full_extra = sum(extra)
        noop = _timed(lambda: run_batch(settings, log=_quiet))
        dask_runs = []
        for n in range(REPEATS):  # alternating, so a busy spell hits both executors
            if n:
                local_runs.append(_run(Settings(raw_dir=raw, out_dir=root / f"local{n}", workers=workers)))
            on_dask = Settings(raw_dir=raw, out_dir=root / f"dask{n}", workers=workers, executor="dask")
            dask_runs.append(_run(on_dask))
        (raw / "zz_new.txt").write_text(document(random.Random(1), WORDS), encoding="utf-8")
        extra.clear()
        one_new = _timed(lambda: run_batch(settings, log=_quiet))
        one_new_extra = sum(extra)
        driver_mb, driver_s = _driver_memory(root / "driver", workers)
    finally:
        shutil.rmtree(root, ignore_errors=True)
    print(f"batch: {DOCS} documents, {words:,} words, {workers} processes")
    print(f"  bare nlp.pipe      {bare:8.1f} s  {words / bare:9,.0f} words/s")
    print(
        f"  pipeline (full)    {full:8.1f} s  {words / full:9,.0f} words/s  "
        f"ratio {bare / full:.2f} (target >= 0.8)"
    )
    print(f"  no-op rerun        {noop:8.2f} s  (target < 2 s)")
    print(f"  one new document   {one_new:8.2f} s  = {one_new / full:.1%} of the full run (target < 5%)")
    print(
        f"  facts + catalog    {full_extra:8.2f} s  = {full_extra / full:.1%} of the full run "
        f"(target < 10%); {one_new_extra:.2f} s of the one-new-document rerun"
    )
    print(f"  peak RSS           {_peak_rss_mb():8.0f} MB, largest process (target < 2048 MB)")
    (local_s, local_cpu), (dask_s, dask_cpu) = min(local_runs), min(dask_runs)
    print(
        f"  dask (LocalCluster, {workers} workers) {dask_s:8.1f} s  {words / dask_s:9,.0f} words/s  "
        f"ratio to local {local_s / dask_s:.2f} (target >= 0.85; local {local_s:.1f} s; "
        f"fastest of {REPEATS} each, alternating)"
    )
    print(f"  CPU seconds        local {local_cpu:.1f}, dask {dask_cpu:.1f} (every process of the run)")
    print(
        f"  dask driver peak   {driver_mb:8.0f} MB at {DRIVER_DOCS:,} documents of {DRIVER_WORDS} words, "
        f"{driver_s:.0f} s (target < 1024 MB)"
    )


def _driver_memory(root: Path, workers: int) -> tuple[float, float]:
    """Peak RSS (MB) of a dask run's driver alone (its own process; the workers
    are other processes), and the run's seconds."""
    write_corpus(root / "raw", DRIVER_DOCS, DRIVER_WORDS)
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", _DRIVER, str(root / "raw"), str(root / "outputs"), str(workers)],
        capture_output=True,
        text=True,
        check=True,
    )
    return float(done.stdout.split()[-1]), time.perf_counter() - start


def _time_facts_and_catalog() -> list[float]:
    """From now on, the seconds of every facts phase and catalog build go into the list returned."""
    spent: list[float] = []
    for module, name in ((phases, "_facts"), (batch_run, "build_catalog")):
        setattr(module, name, _adding_time(spent, getattr(module, name)))
    return spent


def _adding_time(spent: list[float], function: Callable[..., Any]) -> Callable[..., Any]:
    def timed(*args: Any, **kwargs: Any) -> Any:
        start = time.perf_counter()
        try:
            return function(*args, **kwargs)
        finally:
            spent.append(time.perf_counter() - start)

    return timed


def _run(settings: Settings) -> tuple[float, float]:
    """Seconds and CPU seconds of a run (this process and the children it waited for:
    the local executor's workers, a LocalCluster's worker processes)."""
    cpu = _cpu_seconds()
    seconds = _timed(lambda: run_batch(settings, log=_quiet))
    return seconds, _cpu_seconds() - cpu


def _cpu_seconds() -> float:
    own, children = (resource.getrusage(who) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _bare_pipe(texts: list[str], workers: int) -> None:
    nlp = load_model()
    for _ in nlp.pipe(texts, batch_size=BATCH_SIZE, n_process=workers):
        pass


def _timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def _peak_rss_mb() -> float:
    # ru_maxrss is in KiB on Linux; children = the analysis workers.
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024


def _quiet(_: str) -> None:
    pass


if __name__ == "__main__":
    main()
