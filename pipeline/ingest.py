"""Ingest stage: read the files in raw/ into SourceDocuments.

A file that cannot be used (unreadable, not UTF-8 text, empty) still yields a
SourceDocument with status "empty" or "error" and a message naming the reason,
so the batch goes on and the documents table records what happened.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

from pipeline.config import REGISTRY_FILENAME
from pipeline.ids import make_id
from pipeline.records import SourceDocument

# Bytes that never occur in plain text; a NUL means a binary file.
_BINARY_MARKER = b"\x00"


def ingest_documents(raw_dir: Path) -> list[SourceDocument]:
    """Every document file under ``raw_dir``, in a stable order (by relative path)."""
    if not raw_dir.is_dir():
        raise FileNotFoundError(f"raw folder {raw_dir} does not exist or is not a folder")
    return [read_document(path, raw_dir) for path in _document_paths(raw_dir)]


def _document_paths(raw_dir: Path) -> Iterator[Path]:
    paths = sorted(raw_dir.rglob("*"), key=lambda p: p.relative_to(raw_dir).as_posix())
    for path in paths:
        relative = path.relative_to(raw_dir)
        hidden = any(part.startswith(".") for part in relative.parts)
        if path.is_file() and not hidden and relative.as_posix() != REGISTRY_FILENAME:
            yield path


def read_document(path: Path, raw_dir: Path) -> SourceDocument:
    """Read one file; problems become a status and an error message, never an exception."""
    source_path = path.relative_to(raw_dir).as_posix()
    try:
        data = path.read_bytes()
    except OSError as exc:
        return _failed(source_path, b"", f"{source_path}: cannot read file: {exc.strerror or exc}")
    text, problem = decode_text(data)
    if problem is not None:
        return _failed(source_path, data, f"{source_path}: {problem}")
    if not text.strip():
        return _failed(source_path, data, f"{source_path}: file is empty", status="empty")
    sha = hashlib.sha256(data).hexdigest()
    return SourceDocument(_doc_id(source_path, sha), source_path, sha, text, "ok")


def decode_text(data: bytes) -> tuple[str, str | None]:
    """UTF-8 text (BOM dropped, newlines normalised) or the reason it is not text."""
    if _BINARY_MARKER in data:
        return "", "not a plain-text file (contains NUL bytes; binary data?)"
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return "", f"not valid UTF-8 text (invalid byte at offset {exc.start}); save it as UTF-8"
    # Offsets are into this normalised text; \r\n would otherwise count twice.
    return text.replace("\r\n", "\n").replace("\r", "\n"), None


def _failed(source_path: str, data: bytes, error: str, status: str = "error") -> SourceDocument:
    sha = hashlib.sha256(data).hexdigest()
    return SourceDocument(
        _doc_id(source_path, sha), source_path, sha, "", "empty" if status == "empty" else "error", error
    )


def _doc_id(source_path: str, sha: str) -> str:
    # The path is part of the id: two identical files are still two documents.
    return make_id("doc", source_path, sha)
