"""Outputs at a URL (``s3://``, ``memory://``, any fsspec file system): one folder per run, then a pointer.

Object stores cannot rename a folder, so the swap of a local run
(``publish.py``) has no equivalent there. Instead a run is built in a local
working folder exactly as a local run (cache, staging, swap), then uploaded
under a new folder of its own, and only then is the pointer switched:

    URL/CURRENT                          one line: runs/20261130T031502347Z-1a2b3c4d
    URL/runs/20261130T031502347Z-1a2b3c4d/documents.parquet/part-0007.parquet
    URL/runs/20261130T031502347Z-1a2b3c4d/entities.parquet
    URL/runs/...                         the previous run, kept for readers still on it

Writing one small object is atomic on object stores, so a reader that reads
``CURRENT`` and then that folder sees one run's tables, never a mix. The
previous run stays until the next upload (a reader has a whole run's time to
finish with it); older ones and unfinished uploads are deleted then. A bucket
whose part files did not change since the current run is copied within the
store rather than uploaded again (the facts table's parts, cut by person, are
always uploaded: a document bucket's record says nothing about them). The DuckDB
catalog is not uploaded: it is a copy of the tables, which readers of a URL
read directly.
"""

from __future__ import annotations

import hashlib
import os
import re
import time
from pathlib import Path, PurePosixPath
from typing import Any

from pipeline.batch.parts import PERSON_TABLES, part_bucket, table_path
from pipeline.batch.state import STATE_FILENAME, BuiltFrom, decode_state
from pipeline.tables import TABLE_NAMES

POINTER = "CURRENT"
RUNS_DIRNAME = "runs"


class PublishError(RuntimeError):
    """The outputs could not be uploaded; the URL's readers still see its previous run."""


def work_folder(url: str) -> Path:
    """The default local folder where runs for ``url`` are built and their cache kept."""
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    slug = re.sub(r"[^A-Za-z0-9]+", "-", url).strip("-")[:60]
    return base / "pipeline" / "outputs" / f"{slug}-{hashlib.sha256(url.encode()).hexdigest()[:8]}"


def current_run(url: str) -> str | None:
    """The URL of the run readers should read (None before the first upload)."""
    fs, root = _filesystem(url)
    run = _pointer(fs, root)
    return f"{url.rstrip('/')}/{run}" if run else None


def publish_remote(out_dir: Path, url: str) -> str | None:
    """Upload the outputs in ``out_dir`` as ``url``'s current run, unless they already
    are; return the new run's URL (None when nothing was uploaded)."""
    encoded = (out_dir / STATE_FILENAME).read_bytes()
    state = decode_state(encoded)
    if state is None:
        raise ValueError(f"{out_dir / STATE_FILENAME}: not a state file; run again")
    try:
        return _publish(out_dir, url, encoded, state)
    except OSError as exc:
        raise PublishError(
            f"could not upload the outputs to {url}: {exc}; its readers still see its previous run, "
            f"and the next run uploads the outputs built in {out_dir}"
        ) from exc


def _publish(out_dir: Path, url: str, encoded: bytes, state: BuiltFrom) -> str | None:
    fs, root = _filesystem(url)
    previous = _pointer(fs, root)
    before = _state_at(fs, f"{root}/{previous}") if previous else None
    if before is not None and (before.fingerprint, before.buckets) == (state.fingerprint, state.buckets):
        return None
    run = f"{RUNS_DIRNAME}/{_timestamp()}-{_digest(encoded)}"
    _upload(fs, out_dir, f"{root}/{run}", state, before, f"{root}/{previous}" if previous else None)
    fs.pipe_file(f"{root}/{run}/{STATE_FILENAME}", encoded)
    fs.pipe_file(f"{root}/{POINTER}", f"{run}\n".encode())  # the switch: readers now see the new run
    _drop_old_runs(fs, root, run, previous)
    return f"{url.rstrip('/')}/{run}"


def _upload(
    fs: Any, out_dir: Path, target: str, state: BuiltFrom, before: BuiltFrom | None, previous: str | None
) -> None:
    """Every table into ``target``: unchanged buckets copied from ``previous``, the rest uploaded."""
    local, remote, sources, copies = [], [], [], []
    for name in TABLE_NAMES:
        path = table_path(out_dir, name)
        if not path.is_dir():
            local.append(str(path))
            remote.append(f"{target}/{path.name}")
            continue
        by_document = previous and name not in PERSON_TABLES
        kept = _kept_parts(fs, f"{previous}/{path.name}", state, before) if by_document else set()
        for part in sorted(path.iterdir()):
            if part.name in kept:
                sources.append(f"{previous}/{path.name}/{part.name}")
                copies.append(f"{target}/{path.name}/{part.name}")
            else:
                local.append(str(part))
                remote.append(f"{target}/{path.name}/{part.name}")
    if sources:
        fs.copy(sources, copies)
    fs.put(local, remote)


def _kept_parts(fs: Any, previous: str, state: BuiltFrom, before: BuiltFrom | None) -> set[str]:
    """Part files of ``previous`` whose bucket holds the same rows in this run."""
    if before is None or before.buckets != state.buckets:
        return set()
    try:
        names = {PurePosixPath(path).name for path in fs.ls(previous, detail=False)}
    except FileNotFoundError:
        return set()
    return {
        name
        for name in names
        if name.startswith("part-")
        and (bucket := part_bucket(name)) in state.parts
        and bucket in before.parts
        and state.parts[bucket].fingerprint == before.parts[bucket].fingerprint
    }


def _drop_old_runs(fs: Any, root: str, run: str, previous: str | None) -> None:
    """Runs before this one, except the previous (readers may still be on it): older
    runs, and uploads that never became current (a run killed mid-upload)."""
    try:
        found = fs.ls(f"{root}/{RUNS_DIRNAME}", detail=False)
    except FileNotFoundError:
        return
    for path in found:
        name = f"{RUNS_DIRNAME}/{PurePosixPath(path).name}"
        if name < run and name != previous:
            fs.rm(path, recursive=True)


def _pointer(fs: Any, root: str) -> str | None:
    try:
        run = fs.cat_file(f"{root}/{POINTER}").decode("utf-8").strip()
    except FileNotFoundError:
        return None
    return run if run.startswith(f"{RUNS_DIRNAME}/") else None


def _state_at(fs: Any, folder: str) -> BuiltFrom | None:
    try:
        return decode_state(fs.cat_file(f"{folder}/{STATE_FILENAME}"))
    except FileNotFoundError:
        return None


def _timestamp() -> str:
    """UTC to the millisecond: run folders sort in the order they were uploaded."""
    now = time.time()
    return time.strftime("%Y%m%dT%H%M%S", time.gmtime(now)) + f"{int(now * 1000) % 1000:03d}Z"


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:8]


def _filesystem(url: str) -> tuple[Any, str]:
    import fsspec  # only for URLs: local runs never import it

    fs, root = fsspec.core.url_to_fs(url)
    return fs, str(root).rstrip("/")
