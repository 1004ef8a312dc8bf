"""Analysing many documents: in this process, or across worker processes.

Documents go out in small chunks; each worker loads the model once, parses a
chunk as one spaCy batch and runs our stages on it, so both parallelise.
Workers keep their results in the cache themselves and send them back
already pickled, which leaves the main process (sharing the same cores)
only the unpickling. Results come back in input order.
"""

from __future__ import annotations

import gc
import multiprocessing
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language

from pipeline.batch import cache
from pipeline.model import load_model
from pipeline.process import process_documents
from pipeline.records import DocumentResult, SourceDocument

# Below this many documents, starting workers (each loads the model) costs more than it saves.
MIN_DOCS_PER_WORKER = 4
# Documents parsed together; at least a few chunks per worker keep the load even at the end.
MAX_CHUNK = 8
_CHUNKS_PER_WORKER = 4

_worker_nlp: Language | None = None  # the worker's loaded model (one per process)


@dataclass(frozen=True, slots=True)
class Job:
    """One document to analyse, and where to cache its result (None: do not)."""

    source: SourceDocument
    cache_path: Path | None = None


def analyse_documents(
    jobs: Sequence[Job],
    model_name: str,
    workers: int,
    on_done: Callable[[DocumentResult], None] = lambda _: None,
) -> list[DocumentResult]:
    """process_document over the jobs' sources, in order; ``on_done`` after each one."""
    workers = min(workers, len(jobs) // MIN_DOCS_PER_WORKER)
    chunks = _chunks(jobs, workers)
    results = []
    for result in _parallel(chunks, model_name, workers) if workers > 1 else _serial(chunks, model_name):
        on_done(result)
        results.append(result)
    return results


def _chunks(jobs: Sequence[Job], workers: int) -> list[Sequence[Job]]:
    size = max(1, min(MAX_CHUNK, len(jobs) // max(1, workers * _CHUNKS_PER_WORKER)))
    return [jobs[i : i + size] for i in range(0, len(jobs), size)]


def _serial(chunks: Sequence[Sequence[Job]], model_name: str) -> Iterator[DocumentResult]:
    nlp = load_model(model_name) if chunks else None
    for chunk in chunks:
        assert nlp is not None
        for result, _ in _analyse_chunk(nlp, chunk, encode_all=False):
            yield result


def _parallel(chunks: Sequence[Sequence[Job]], model_name: str, workers: int) -> Iterator[DocumentResult]:
    # fork: workers inherit the imported code, the registered spaCy components and
    # the model loaded here (copy-on-write), so the initialiser finds it cached.
    load_model(model_name)
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(
        workers, mp_context=context, initializer=_init_worker, initargs=(model_name,)
    ) as pool:
        for encoded in pool.map(_analyse_in_worker, chunks):
            for data in encoded:
                result = cache.decode(data)
                assert result is not None, "a worker sent back bytes that are not a result"
                yield result


def _init_worker(model_name: str) -> None:
    global _worker_nlp
    _worker_nlp = load_model(model_name)
    # The model's objects live as long as the worker: spare the garbage
    # collector from walking them again on every full collection.
    gc.freeze()


def _analyse_in_worker(chunk: Sequence[Job]) -> list[bytes]:
    assert _worker_nlp is not None, "worker initialiser did not run"
    return [data for _, data in _analyse_chunk(_worker_nlp, chunk, encode_all=True) if data is not None]


def _analyse_chunk(
    nlp: Language, chunk: Sequence[Job], encode_all: bool
) -> list[tuple[DocumentResult, bytes | None]]:
    """Each job's result, cached when asked, with its pickled bytes when they were made."""
    done = []
    for job, result in zip(chunk, process_documents(nlp, [job.source for job in chunk]), strict=True):
        data = cache.encode(result) if encode_all or job.cache_path is not None else None
        if job.cache_path is not None and data is not None:
            cache.save_entry(job.cache_path, data)
        done.append((result, data))
    return done
