"""Analysing many documents: in this process, or across worker processes.

Each worker loads the model once and runs the whole per-document analysis
(spaCy and our stages), so both parallelise; results come back in input order.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor

from spacy.language import Language

from pipeline.model import load_model
from pipeline.process import process_document
from pipeline.records import DocumentResult, SourceDocument

# Below this many documents, starting workers (each loads the model) costs more than it saves.
MIN_DOCS_PER_WORKER = 4
_CHUNK_SIZE = 2

_worker_nlp: Language | None = None  # the worker's loaded model (one per process)


def default_workers() -> int:
    return max(1, min(4, os.cpu_count() or 1))


def analyse_documents(
    sources: Sequence[SourceDocument],
    model_name: str,
    workers: int,
    on_done: Callable[[DocumentResult], None] = lambda _: None,
) -> list[DocumentResult]:
    """process_document over ``sources``, in order; ``on_done`` after each one."""
    workers = min(workers, len(sources) // MIN_DOCS_PER_WORKER)
    results = []
    for result in _parallel(sources, model_name, workers) if workers > 1 else _serial(sources, model_name):
        on_done(result)
        results.append(result)
    return results


def _serial(sources: Sequence[SourceDocument], model_name: str) -> Iterator[DocumentResult]:
    nlp = load_model(model_name) if sources else None
    for source in sources:
        assert nlp is not None
        yield process_document(nlp, source)


def _parallel(sources: Sequence[SourceDocument], model_name: str, workers: int) -> Iterator[DocumentResult]:
    # fork: workers inherit the imported code, the registered spaCy components and
    # the model loaded here (copy-on-write), so the initialiser finds it cached.
    load_model(model_name)
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(
        workers, mp_context=context, initializer=_init_worker, initargs=(model_name,)
    ) as pool:
        yield from pool.map(_analyse_in_worker, sources, chunksize=_CHUNK_SIZE)


def _init_worker(model_name: str) -> None:
    global _worker_nlp
    _worker_nlp = load_model(model_name)


def _analyse_in_worker(source: SourceDocument) -> DocumentResult:
    assert _worker_nlp is not None, "worker initialiser did not run"
    return process_document(_worker_nlp, source)
