"""Run settings: one frozen dataclass, built once by the CLI; tests build their own."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from pipeline.model_id import DEFAULT_MODEL

# The user-editable registry of known entities lives beside the documents so a
# batch and its curated knowledge travel together.
REGISTRY_FILENAME = "entities.toml"
# Per-document results are cached under the output folder: deleting outputs/
# forgets them, and two output folders never share stale results.
CACHE_DIRNAME = ".cache"
# A folder of documents: a local path, or an fsspec URL (memory://, s3://, ...).
Source = Path | str
# Output tables are split into this many part files by a hash of the document's
# path, so a rerun rewrites only the parts whose documents (or links) changed.
DEFAULT_BUCKETS = 32
EXECUTORS = ("local", "dask")


def default_workers() -> int:
    """Analysis processes when none are asked for: the CPUs, at most four."""
    return max(1, min(4, os.cpu_count() or 1))


@dataclass(frozen=True)
class Settings:
    raw_dir: Source = Path("raw")
    out_dir: Path = Path("outputs")
    model_name: str = DEFAULT_MODEL
    registry_path: Path | None = None  # None: raw_dir / REGISTRY_FILENAME if present
    use_cache: bool = True
    workers: int = 1  # worker processes for analysis; the CLI defaults to the CPU count
    executor: str = "local"  # "local": a process pool here; "dask": a Dask cluster
    scheduler: str | None = None  # dask: an existing scheduler's address; None starts a LocalCluster
    buckets: int = DEFAULT_BUCKETS  # part files per table
    manifest_path: Path | None = None  # dates and titles for a bulk load (pipeline/ingest/manifest.py)
    progress: bool | None = None  # progress bar on stderr; None: when stderr is a terminal
    # A URL (s3://, memory://) to upload each run to; out_dir is then the local
    # folder where runs are built and the cache kept (batch/remote.py).
    publish_to: str | None = None

    @property
    def cache_dir(self) -> Path:
        return self.out_dir / CACHE_DIRNAME

    def registry_file(self) -> Path | None:
        """The registry to honour, or None when there is none."""
        if self.registry_path is None and not isinstance(self.raw_dir, Path):
            return None  # beside documents at a URL: read through fsspec (batch/sources.py)
        path = self.registry_path or Path(self.raw_dir) / REGISTRY_FILENAME
        return path if path.is_file() else None
