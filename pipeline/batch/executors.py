"""Where a run's tasks run: ``local`` (this machine's processes) or ``dask`` (a cluster).

An executor maps a task over items, with the run's ``TaskSpec`` sent along;
results come back in the items' order. Tasks read and write the cache and
the scratch folder themselves, so what travels back is small.
"""

from __future__ import annotations

import gc
import importlib
import multiprocessing
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import AbstractContextManager
from functools import partial
from typing import Any, Protocol, TypeVar

from pipeline.config import Settings

T = TypeVar("T")
R = TypeVar("R")
Task = Callable[[T, Any], R]


class Executor(Protocol):
    def map(self, task: Callable[[T, Any], R], items: Sequence[T], spec: Any) -> Iterator[R | BaseException]:
        """``task(item, spec)`` for each item, in order; a task that failed (its
        documents, or every worker that tried it) gives its exception."""
        ...


def open_executor(settings: Settings, documents: int, analysing: int) -> AbstractContextManager[Executor]:
    """The executor the settings ask for. The run's ``documents`` decide whether a local
    run is worth worker processes: linking and the tables redo work on every document,
    so a rerun that analyses one new document still shares them out. Workers get the
    model only when there are documents to ``analyse``."""
    if settings.executor == "dask":
        from pipeline.batch.dask_executor import DaskExecutor  # distributed: only when asked for

        return DaskExecutor(settings.scheduler, settings.workers, settings.model_name)
    workers = settings.workers if documents >= MIN_DOCS_PER_WORKER * 2 else 1
    model = settings.model_name if analysing else None
    return LocalExecutor(min(workers, max(1, documents // MIN_DOCS_PER_WORKER)), model)


# Below this many documents per worker, starting workers costs more than it saves.
MIN_DOCS_PER_WORKER = 4
# What the tasks import on first use (the stages, assembly, linking; and pandas, which
# pyarrow imports to convert any Python list): imported before forking, once, rather
# than by every worker on its first task.
_TASK_MODULES = ("pipeline.analyse", "pipeline.assemble", "pipeline.linking", "pandas")


class LocalExecutor(AbstractContextManager["LocalExecutor"]):
    """Worker processes on this machine (forked: they inherit the loaded model, when
    ``model_name`` is given), or this process alone when one worker is asked for."""

    def __init__(self, workers: int, model_name: str | None) -> None:
        self.workers, self.model_name = workers, model_name
        self._pool: ProcessPoolExecutor | None = None

    def map(self, task: Callable[[T, Any], R], items: Sequence[T], spec: Any) -> Iterator[R | BaseException]:
        call = partial(_call, task, spec=spec)
        if self.workers <= 1 or len(items) <= 1:
            yield from map(call, items)
            return
        yield from self._start().map(call, items)

    def _start(self) -> ProcessPoolExecutor:
        if self._pool is None:
            from pipeline.model import load_model

            # fork: workers inherit the imported code and the model loaded here
            # (copy-on-write), so their initialiser finds it cached.
            for module in _TASK_MODULES:
                importlib.import_module(module)
            if self.model_name is not None:
                load_model(self.model_name)
            context = multiprocessing.get_context("fork")
            self._pool = ProcessPoolExecutor(self.workers, mp_context=context, initializer=gc.freeze)
        return self._pool

    def __exit__(self, *exc: object) -> None:
        if self._pool is not None:
            self._pool.shutdown()


def _call(task: Callable[[T, Any], R], item: T, spec: Any) -> R | BaseException:
    """Run one task; an exception is its result (the driver decides what it means)."""
    try:
        return task(item, spec)
    except Exception as exc:
        return exc
