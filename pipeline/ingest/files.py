"""Reading the files in raw/ into SourceDocuments.

A file that cannot be used (unreadable, too large, not text, empty) still
yields a SourceDocument with status "empty" or "error" and a message that
starts with its path and names the reason, so the batch goes on and the
documents table records what happened.

What counts as a document: every regular file under raw/ (recursively), except
hidden files and folders and the entity registry. A folder named ``x.txt`` is
not a document (the files in it are). A symbolic link to a file is read as that
file, under the link's own path; a broken link is an error; links to folders
are not followed. Text decoding is in ``decoding.py``; what a document says
about itself (front matter, dateline) in ``header.py``.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from pathlib import Path

from pipeline.config import REGISTRY_FILENAME
from pipeline.ids import make_id
from pipeline.ingest.decoding import decode_text
from pipeline.ingest.header import read_header
from pipeline.records import DocStatus, SourceDocument

# Sizes are reported in SI megabytes, as file managers do.
_MB = 1_000_000
# Far above any biography or article (a novel is about 1 MB), low enough that
# one stray dump or disk image cannot exhaust memory in the NLP stages.
DEFAULT_MAX_BYTES = 20 * _MB


def ingest_documents(raw_dir: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> list[SourceDocument]:
    """Every document file under ``raw_dir``, in a stable order (by relative path).

    A subfolder that cannot be listed becomes an error row of its own, so the
    documents inside it are not lost without a word.
    """
    if not raw_dir.is_dir():
        raise FileNotFoundError(f"raw folder {raw_dir} does not exist or is not a folder")
    return sorted(iter_documents(raw_dir, max_bytes), key=lambda document: document.source_path)


def iter_documents(raw_dir: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[SourceDocument]:
    """``ingest_documents`` one at a time, in no set order, so a caller that keeps
    only the paths and hashes never holds every text at once."""
    if not raw_dir.is_dir():
        raise FileNotFoundError(f"raw folder {raw_dir} does not exist or is not a folder")
    unlistable: list[OSError] = []
    for path in _document_paths(raw_dir, unlistable):
        yield read_document(path, raw_dir, max_bytes)
    for error in unlistable:
        yield _unlistable_folder(error, raw_dir)


def _document_paths(raw_dir: Path, unlistable: list[OSError]) -> list[Path]:
    """Files under ``raw_dir`` (not hidden, not the registry); folders that cannot
    be listed go to ``unlistable``. Symbolic links to folders are not followed."""
    paths = []
    for folder, subfolders, files in os.walk(raw_dir, onerror=unlistable.append):
        subfolders[:] = [name for name in subfolders if not name.startswith(".")]
        for name in files:
            path = Path(folder) / name
            if name.startswith(".") or path.relative_to(raw_dir).as_posix() == REGISTRY_FILENAME:
                continue
            try:
                # is_file() follows links, so a broken link would vanish silently.
                wanted = path.is_file() or _is_broken_link(path)
            except OSError:
                wanted = True  # cannot even look at it: read_document reports why
            if wanted:
                paths.append(path)
    return paths


def _unlistable_folder(error: OSError, raw_dir: Path) -> SourceDocument:
    folder = Path(str(error.filename))
    if folder.resolve() == raw_dir.resolve():
        raise PermissionError(f"raw folder {raw_dir} cannot be read: {error.strerror or error}")
    name = folder.relative_to(raw_dir).as_posix() + "/"
    return _failed(name, "", f"{name}: cannot list folder: {error.strerror or error}; its files were skipped")


def _is_broken_link(path: Path) -> bool:
    return path.is_symlink() and not path.exists()


def read_document(path: Path, raw_dir: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> SourceDocument:
    """Read one file; problems become a status and an error message, never an exception."""
    source_path, name_problem = _source_path(path, raw_dir)
    if name_problem is not None:
        return _failed(source_path, "", f"{source_path}: {name_problem}")
    try:
        if _is_broken_link(path):
            return _failed(source_path, "", f"{source_path}: broken symbolic link (its target is missing)")
        if not path.is_file():  # a folder, a pipe or a device: reading it may never end
            return _failed(source_path, "", f"{source_path}: not a regular file")
        size = path.stat().st_size
        if size > max_bytes:
            return _too_large(path, source_path, size, max_bytes)
        data = path.read_bytes()
    except OSError as exc:
        return _failed(source_path, "", f"{source_path}: cannot read file: {exc.strerror or exc}")
    return document_from_bytes(source_path, data)


def document_from_bytes(source_path: str, data: bytes) -> SourceDocument:
    """A document from its bytes, wherever they were read (a file here, an fsspec URL)."""
    sha = hashlib.sha256(data).hexdigest()
    text, problem = decode_text(data)
    if problem is not None:
        return _failed(source_path, sha, f"{source_path}: {problem}")
    if not text.strip():
        return _failed(source_path, sha, f"{source_path}: file is empty", status="empty")
    text, meta = read_header(text, source_path)
    return SourceDocument(_doc_id(source_path, sha), source_path, sha, text, "ok", meta=meta)


def _source_path(path: Path, raw_dir: Path) -> tuple[str, str | None]:
    """The POSIX path relative to raw/, and a problem if the name is not valid UTF-8."""
    source_path = path.relative_to(raw_dir).as_posix()
    try:
        source_path.encode("utf-8")
    except UnicodeEncodeError:
        # Undecodable bytes arrive as surrogates, which ids and Parquet cannot hold.
        readable = source_path.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
        return readable, "file name is not valid UTF-8; rename the file"
    return source_path, None


def _too_large(path: Path, source_path: str, size: int, max_bytes: int) -> SourceDocument:
    with path.open("rb") as file:
        # Streamed: the id still reflects the content, without holding it in memory.
        sha = hashlib.file_digest(file, "sha256").hexdigest()
    limit = f"{max_bytes / _MB:g} MB"
    return _failed(source_path, sha, f"{source_path}: file is {size / _MB:.1f} MB, over the {limit} limit")


def _failed(source_path: str, sha: str, error: str, status: DocStatus = "error") -> SourceDocument:
    # An unreadable file has no content; hash the empty string so ids stay stable.
    sha = sha or hashlib.sha256(b"").hexdigest()
    return SourceDocument(_doc_id(source_path, sha), source_path, sha, "", status, error)


def _doc_id(source_path: str, sha: str) -> str:
    # The path is part of the id: two identical files are still two documents.
    return make_id("doc", source_path, sha)
