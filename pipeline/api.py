"""The public Python entry points, for notebooks and scripts: ``run`` and ``extract``.

``run`` is the batch the command line runs (raw/ in, tables and catalog
out): it checks its arguments, builds the ``Settings`` and calls
``batch.run.run_batch``. ``extract`` analyses one text in memory
(``analyse.analyse_document``) and returns its tables as pandas DataFrames
without touching disk. Both take the same model names as the CLI, which
(``cli.py``) only parses arguments and calls them.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline.config import DEFAULT_BUCKETS, EXECUTORS, Settings, default_workers
from pipeline.model_id import DEFAULT_MODEL

if TYPE_CHECKING:
    import pandas as pd
    import pyarrow as pa

    from pipeline.batch.run import BatchSummary
    from pipeline.records import DocumentResult, SourceDocument

# The source_path an extracted text is known by in its tables.
TEXT_NAME = "text"


def run(
    raw: str | Path = "raw",
    out: str | Path = "outputs",
    *,
    work: str | Path | None = None,
    model: str = DEFAULT_MODEL,
    registry: str | Path | None = None,
    workers: int | None = None,
    use_cache: bool = True,
    progress: bool | None = None,
    executor: str = "local",
    scheduler: str | None = None,
    buckets: int = DEFAULT_BUCKETS,
    manifest: str | Path | None = None,
) -> BatchSummary:
    """Process the documents in ``raw`` (a folder or an fsspec URL) into tables (and
    ``pipeline.duckdb``) in ``out`` (a folder, or a URL each run is uploaded to:
    then ``work``, by default a folder named for the URL, is where runs are built
    and the cache kept).

    As ``pipeline run``: incremental, atomic, one run at a time per ``out``.
    ``workers`` defaults to the CPUs (at most 4); ``progress`` shows a progress
    bar (default: when stderr is a terminal); ``executor="dask"`` runs on a Dask
    cluster (``scheduler``: an existing one's address); ``manifest`` gives the
    documents' dates and titles (CSV or JSON lines). Raises what the CLI reports
    as an error: FileNotFoundError, ValueError, ModelNotFound, RunLocked.
    """
    from pipeline.batch.run import run_batch
    from pipeline.batch.sources import local_path

    if buckets < 1:
        raise ValueError(f"--buckets must be at least 1, not {buckets}")
    if executor not in EXECUTORS:
        raise ValueError(f"--executor must be one of {', '.join(EXECUTORS)}, not {executor!r}")
    if scheduler and executor != "dask":
        raise ValueError("--scheduler needs --executor dask")
    out_dir, publish_to = output_folders(out, work)
    settings = Settings(
        raw_dir=local_path(raw) or str(raw),
        out_dir=out_dir,
        publish_to=publish_to,
        model_name=model,
        registry_path=Path(registry) if registry is not None else None,
        use_cache=use_cache,
        workers=max(1, workers if workers is not None else default_workers()),
        progress=progress,
        executor=executor,
        scheduler=scheduler,
        buckets=buckets,
        manifest_path=Path(manifest) if manifest is not None else None,
    )
    return run_batch(settings)


def output_folders(out: str | Path, work: str | Path | None = None) -> tuple[Path, str | None]:
    """The local output folder, and the URL runs are uploaded to (None: the folder
    is the outputs). ``work`` only goes with a URL ``out``."""
    from pipeline.batch.sources import local_path

    folder = local_path(out)
    if folder is not None:
        if work is not None:
            raise ValueError("--work is for a URL --out; a local --out is its own working folder")
        return folder, None
    from pipeline.batch.remote import work_folder

    return (Path(work) if work is not None else work_folder(str(out))), str(out)


def extract(
    text: str, published: str | dt.date | None = None, *, model: str = DEFAULT_MODEL
) -> dict[str, pd.DataFrame]:
    """The tables of one text, as pandas DataFrames keyed by table name, without touching disk.

    The text is treated as a file would be (same checks, same ids: its
    ``source_path`` is ``"text"``; front matter and a dateline are read), so a
    text that cannot be analysed gives a documents row with status ``empty`` or
    ``error`` and empty tables. ``published``, the text's own date ("2014-03-12",
    "2014-03", a ``datetime.date``), anchors "yesterday" and "last year" as a
    manifest's date would: it wins over a dateline, and the text's front matter
    wins over it (with a warning). A value that is not a date raises ValueError.
    """
    from pipeline.analyse import analyse_document
    from pipeline.ingest.files import document_from_bytes
    from pipeline.model import load_model

    if not isinstance(text, str):
        raise TypeError(f"extract() takes the text as a str, not {type(text).__name__}")
    source = document_from_bytes(TEXT_NAME, text.encode("utf-8"))
    if published is not None:
        source = _dated(source, published)
    result = analyse_document(load_model(model), source)
    return {name: table.to_pandas() for name, table in document_tables(result).items()}


def _dated(source: SourceDocument, published: str | dt.date) -> SourceDocument:
    """The text with its own date, as a manifest row would give it."""
    from pipeline.ingest.manifest import ManifestRow, apply_row
    from pipeline.ingest.published import read_published

    try:
        value, _ = read_published(published)
    except ValueError as exc:
        raise ValueError(f"extract(published=...): {exc}") from None
    return apply_row(source, ManifestRow("extract(published=...)", 0, value, None, None, None))


def document_tables(result: DocumentResult) -> dict[str, pa.Table]:
    """Every table of one analysed document, as a batch of that document alone gives them."""
    # Imported here: the stages import spaCy, which `import pipeline` should not pay.
    from pipeline.assemble import assemble_tables
    from pipeline.facts.consolidate import consolidate_facts
    from pipeline.linking.corpus import link_entities

    entities, mentions = link_entities(result.mentions)
    tables = assemble_tables([result], entities, mentions)
    tables["facts"] = consolidate_facts(tables["careers"], tables["events"], tables["documents"])
    return tables
