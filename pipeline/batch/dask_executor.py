"""The dask executor: a run's tasks on a Dask cluster.

Without an address it starts a ``distributed.LocalCluster`` of one process
per worker; with one (``--scheduler tcp://host:8786``) it joins that cluster.
Each worker loads the spaCy model once, when it joins (a worker plugin). The
cluster runs a task again on another worker when its worker dies, so every
task is idempotent. The output folder (with its cache) must be on storage
every worker reaches.

Two defaults of dask's workers cost spaCy time, measured on the bench corpus:
the nanny starts workers with ``MALLOC_TRIM_THRESHOLD_=65536``, so glibc gives
freed memory back to the system at once and the parser's arrays fault their
pages in again on every batch (six times the page faults, 15% more time to
parse); and a statistical profiler samples the task's stack every 10 ms. The
plugin restores glibc's usual thresholds on every worker (of a cluster of
ours or of yours); the profiler is off on the workers of a LocalCluster we
start (on your cluster, start workers with it off: README).
"""

from __future__ import annotations

import ctypes
import logging
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager
from typing import Any, TypeVar

import dask
from distributed import Client, LocalCluster, WorkerPlugin

T = TypeVar("T")
R = TypeVar("R")


class LoadModel(WorkerPlugin):
    """Loads the model on every worker as it starts (and on any that joins later)."""

    name = "pipeline-load-model"

    def __init__(self, model_name: str) -> None:
        self.model_name = model_name

    def setup(self, worker: object) -> None:
        import gc

        from pipeline.model import load_model

        keep_freed_memory()
        load_model(self.model_name)
        gc.freeze()  # the model lives as long as the worker: spare the collector from walking it


# glibc's mallopt parameters, and the values its dynamic thresholds reach on their
# own once a process has freed large blocks (the mmap threshold's ceiling on 64-bit
# systems, and twice that for trimming), which dask's MALLOC_TRIM_THRESHOLD_ pins low.
_M_TRIM_THRESHOLD, _M_MMAP_THRESHOLD = -1, -3
_MMAP_THRESHOLD = 32 * 1024 * 1024
_TRIM_THRESHOLD = 2 * _MMAP_THRESHOLD


def keep_freed_memory() -> bool:
    """Let this process keep freed memory for its next allocations, as glibc does by
    default; False where the C library is not glibc (nothing to undo there)."""
    mallopt = getattr(ctypes.CDLL(None), "mallopt", None)
    if mallopt is None:
        return False
    return bool(mallopt(_M_MMAP_THRESHOLD, _MMAP_THRESHOLD) and mallopt(_M_TRIM_THRESHOLD, _TRIM_THRESHOLD))


class DaskExecutor(AbstractContextManager["DaskExecutor"]):
    def __init__(self, scheduler: str | None, workers: int, model_name: str) -> None:
        self._cluster: LocalCluster | None = None
        if scheduler is None:
            with dask.config.set({"distributed.worker.profile.enabled": False}):
                self._cluster = LocalCluster(
                    n_workers=workers,
                    threads_per_worker=1,  # spaCy and our stages hold the GIL: processes, not threads
                    processes=True,
                    dashboard_address=":0",
                    silence_logs=logging.ERROR,
                )
        self.client = Client(self._cluster or scheduler, set_as_default=False)
        self.client.register_plugin(LoadModel(model_name))

    def map(self, task: Callable[[T, Any], R], items: Sequence[T], spec: Any) -> Iterator[R | BaseException]:
        if not items:
            return
        shared = self.client.scatter(spec, broadcast=True, hash=False)
        futures = self.client.map(task, items, spec=shared, pure=False)
        for future in futures:
            try:
                yield future.result()
            except Exception as exc:  # the task's own error, or KilledWorker after the retries
                yield exc
            future.release()

    def __exit__(self, *exc: object) -> None:
        self.client.close()
        if self._cluster is not None:
            self._cluster.close()
