"""The Python entry points, for notebooks and scripts: ``run`` and ``extract``.

``run`` is the batch the command line runs (raw/ in, tables, catalog out);
``extract`` analyses one text in memory and returns its tables as pandas
DataFrames without touching disk. Both take the same model names as the CLI.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline.config import Settings, default_workers
from pipeline.model_id import DEFAULT_MODEL

if TYPE_CHECKING:
    import pandas as pd

    from pipeline.run import RunSummary

# The source_path an extracted text is known by in its tables.
TEXT_NAME = "text"


def run(
    raw: str | Path = "raw",
    out: str | Path = "outputs",
    *,
    model: str = DEFAULT_MODEL,
    registry: str | Path | None = None,
    workers: int | None = None,
    use_cache: bool = True,
    progress: bool | None = None,
) -> RunSummary:
    """Process the documents in ``raw`` into tables (and ``pipeline.duckdb``) in ``out``.

    As ``pipeline run``: incremental, atomic, one run at a time per ``out``.
    ``workers`` defaults to the CPUs (at most 4); ``progress`` shows a progress
    bar (default: when stderr is a terminal). Raises what the CLI reports as an
    error: FileNotFoundError, ValueError, ModelNotFound, RunLocked.
    """
    from pipeline.run import run_pipeline

    settings = Settings(
        raw_dir=Path(raw),
        out_dir=Path(out),
        model_name=model,
        registry_path=Path(registry) if registry is not None else None,
        use_cache=use_cache,
        workers=max(1, workers if workers is not None else default_workers()),
        progress=progress,
    )
    return run_pipeline(settings)


def extract(
    text: str, published: str | dt.date | None = None, *, model: str = DEFAULT_MODEL
) -> dict[str, pd.DataFrame]:
    """The tables of one text, as pandas DataFrames keyed by table name, without touching disk.

    The text is treated as a file would be (same checks, same ids: its
    ``source_path`` is ``"text"``), so a text that cannot be analysed gives a
    documents row with status ``empty`` or ``error`` and empty tables.
    ``published``, the text's own date, is not supported on this branch: the
    dates stage has no document date yet, and a value raises rather than being
    silently ignored.
    """
    from pipeline.decoding import decode_text
    from pipeline.ids import make_id
    from pipeline.model import load_model
    from pipeline.process import process_document
    from pipeline.records import SourceDocument
    from pipeline.run import build_tables

    if not isinstance(text, str):
        raise TypeError(f"extract() takes the text as a str, not {type(text).__name__}")
    if published is not None:
        raise NotImplementedError("extract(published=...): the dates stage has no document date yet")
    data = text.encode("utf-8")
    sha = hashlib.sha256(data).hexdigest()
    decoded, problem = decode_text(data)
    doc_id = make_id("doc", TEXT_NAME, sha)  # as ingest names a file's document
    if problem is not None or not decoded.strip():
        error = f"{TEXT_NAME}: {problem or 'text is empty'}"
        source = SourceDocument(doc_id, TEXT_NAME, sha, "", "error" if problem else "empty", error)
    else:
        source = SourceDocument(doc_id, TEXT_NAME, sha, decoded, "ok")
    result = process_document(load_model(model), source)
    return {name: table.to_pandas() for name, table in build_tables([result]).items()}
