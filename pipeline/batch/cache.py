"""Per-document result cache: only documents that changed are analysed again.

A result is reused when the document's path and bytes, its manifest row, the
model and the pipeline's own code are all unchanged; any edit to pipeline/
invalidates every entry, so a stale rule can never leak into new outputs.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import os
import pickle
import tempfile
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from pipeline.records import DocumentResult

if TYPE_CHECKING:
    from pipeline.ingest import ManifestRow

_PACKAGE_DIR = Path(__file__).resolve().parent.parent  # pipeline/
_SUFFIX = ".pkl"


# Libraries whose behaviour the results depend on beyond the model: the parser's
# code (spaCy) and the fallback date parser. A new version redoes every document.
_LIBRARIES = ("spacy", "dateparser")


def library_versions() -> str:
    """ "spacy==3.8.18 dateparser==1.5.0", read from package metadata (without importing them)."""
    return " ".join(f"{name}=={importlib.metadata.version(name)}" for name in _LIBRARIES)


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """Hash of every source and data file the analysis uses (not the evaluation harness),
    and of the versions of the libraries it runs on."""
    digest = hashlib.sha256(library_versions().encode())
    for path in sorted(_PACKAGE_DIR.rglob("*")):
        skipped = {"__pycache__", "evaluation"} & set(path.relative_to(_PACKAGE_DIR).parts)
        if path.is_file() and not skipped:
            digest.update(path.relative_to(_PACKAGE_DIR).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


class Content(Protocol):
    """What a document's results depend on besides the model and the code: its path
    and bytes, and its manifest row (the driver's ``SourceRef``)."""

    @property
    def source_path(self) -> str: ...
    @property
    def content_sha256(self) -> str: ...
    @property
    def listed(self) -> ManifestRow | None: ...


def cache_key(source: Content, model: str) -> str:
    """Path, bytes, manifest row, model ("<package>-<version>") and pipeline code:
    change any, redo the document (a new manifest date changes its dates)."""
    parts: tuple[str, ...] = (source.source_path, source.content_sha256, model, code_fingerprint())
    if source.listed is not None:
        parts += (source.listed.fingerprint(),)
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()


def has_result(cache_dir: Path, key: str) -> bool:
    return entry_path(cache_dir, key).is_file()


def entry_path(cache_dir: Path, key: str) -> Path:
    return cache_dir / f"{key}{_SUFFIX}"


def load_result(cache_dir: Path, key: str) -> DocumentResult | None:
    """The cached result, or None when absent or unreadable (then it is recomputed)."""
    try:
        return decode(entry_path(cache_dir, key).read_bytes())
    except OSError:
        return None


def encode(result: DocumentResult) -> bytes:
    return pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL)


def decode(data: bytes) -> DocumentResult | None:
    """A result from ``encode``; None for bytes that are not one (a damaged entry)."""
    try:
        result = pickle.loads(data)
    except Exception:  # damaged bytes can fail in many ways; the document is then redone
        return None
    return result if isinstance(result, DocumentResult) else None


def save_entry(path: Path, data: bytes) -> None:
    """Write atomically so an interrupted run never leaves a truncated entry.

    Worker processes call this for their own documents; entries never collide
    because each key names one document version.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(prefix=".entry.", suffix=".tmp", dir=path.parent)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
    os.replace(temp, path)


def prune(cache_dir: Path, keep: set[str]) -> None:
    """Forget entries of documents that are gone or changed."""
    if not cache_dir.is_dir():
        return
    for path in cache_dir.glob(f"*{_SUFFIX}"):
        if path.stem not in keep:
            path.unlink(missing_ok=True)
