"""Where the documents are: a local folder, or any folder fsspec reaches.

The driver only lists and hashes the documents (``scan_sources``); it keeps
their paths and hashes, never their texts, which the workers read again for
the documents they analyse (``read_source``). A local path (or a ``file://``
URL) is read by ``pipeline.ingest`` as always; any other URL (``memory://``,
``s3://`` with s3fs installed, ...) through fsspec, with the same rules: hidden
files and the registry are not documents, and a file that cannot be used
becomes an error row, not an exception.

With ``--manifest``, the driver reads the manifest and each ``SourceRef``
carries its document's row, which is part of the document's cache key; the
worker applies it after reading the file again (``ingest.apply_row``: front
matter first, then the manifest, then a dateline).
"""

from __future__ import annotations

import hashlib
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from pipeline.config import REGISTRY_FILENAME, Settings, Source
from pipeline.ingest import (
    DEFAULT_MAX_BYTES,
    Manifest,
    ManifestRow,
    apply_row,
    document_from_bytes,
    iter_documents,
    read_document,
    read_manifest,
    unmatched,
)
from pipeline.linking import Registry, RegistryError
from pipeline.linking.registry import build_registry
from pipeline.records import DocStatus, SourceDocument

_FILE_SCHEME = "file://"


@dataclass(frozen=True, slots=True)
class SourceRef:
    """A document as the driver knows it: everything but its text."""

    doc_id: str
    source_path: str
    content_sha256: str
    status: DocStatus
    error: str | None = None
    listed: ManifestRow | None = None  # its row in the manifest, applied when the text is read


def local_path(where: Source) -> Path | None:
    """The local folder ``where`` names, or None for an fsspec URL of another kind."""
    if isinstance(where, Path):
        return where
    if where.startswith(_FILE_SCHEME):
        return Path(where.removeprefix(_FILE_SCHEME))
    return None if "://" in where else Path(where)


def find_sources(settings: Settings, say: Callable[[str], None]) -> list[SourceRef]:
    """``scan_sources`` with the settings' manifest, whose rows that name no document
    are warnings; ValueError naming the file and line when the manifest is unusable."""
    manifest = read_manifest(settings.manifest_path) if settings.manifest_path else None
    refs = scan_sources(settings.raw_dir, manifest)
    if manifest is not None:
        for warning in unmatched((ref.source_path for ref in refs), manifest):
            say(f"warning: {warning}")
    return refs


def scan_sources(raw: Source, manifest: Manifest | None = None) -> list[SourceRef]:
    """Every document under ``raw``, sorted by path, without its text; with its
    manifest row when ``manifest`` lists it."""
    folder = local_path(raw)
    documents = iter_documents(folder) if folder is not None else _remote_documents(str(raw))
    rows = manifest.rows if manifest is not None else {}
    refs = [
        SourceRef(d.doc_id, d.source_path, d.content_sha256, d.status, d.error, rows.get(d.source_path))
        for d in documents
    ]
    return sorted(refs, key=lambda ref: ref.source_path)


def read_source(ref: SourceRef, raw: Source) -> SourceDocument:
    """The document ``ref`` names, read again, with its manifest row; an error when
    it changed since the scan."""
    if ref.status != "ok":
        return SourceDocument(ref.doc_id, ref.source_path, ref.content_sha256, "", ref.status, ref.error)
    folder = local_path(raw)
    if folder is not None:
        source = read_document(folder / ref.source_path, folder)
    else:
        fs, root = _filesystem(str(raw))
        source = document_from_bytes(ref.source_path, fs.cat_file(f"{root}/{ref.source_path}"))
    if source.content_sha256 != ref.content_sha256:
        error = f"{ref.source_path}: the file changed while the run was reading it; run again"
        return SourceDocument(ref.doc_id, ref.source_path, ref.content_sha256, "", "error", error)
    return apply_row(source, ref.listed)


def registry_bytes(raw: Source, given: Path | None) -> tuple[str, bytes] | None:
    """(name, bytes) of the registry to honour: ``given``, else the one beside the documents."""
    if given is not None:
        return str(given), given.read_bytes()
    folder = local_path(raw)
    if folder is not None:
        path = folder / REGISTRY_FILENAME
        return (str(path), path.read_bytes()) if path.is_file() else None
    fs, root = _filesystem(str(raw))
    url = f"{root}/{REGISTRY_FILENAME}"
    return (f"{raw}/{REGISTRY_FILENAME}", fs.cat_file(url)) if fs.isfile(url) else None


def parse_registry(name: str, data: bytes) -> Registry:
    """The registry in ``data``; errors name the file, as ``load_registry`` does."""
    try:
        parsed = tomllib.loads(data.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise RegistryError(f"{name}: registry is not UTF-8 text") from exc
    except tomllib.TOMLDecodeError as exc:
        raise RegistryError(f"{name}: not valid TOML: {exc}") from exc
    return build_registry(parsed, name)


def _filesystem(url: str) -> tuple[Any, str]:
    import fsspec  # only for URLs: local runs never import it

    fs, root = fsspec.core.url_to_fs(url)
    return fs, str(root).rstrip("/")


def _remote_documents(url: str) -> list[SourceDocument]:
    fs, root = _filesystem(url)
    if not fs.isdir(root):
        raise FileNotFoundError(f"raw folder {url} does not exist or is not a folder")
    documents = []
    for path, info in sorted(fs.find(root, detail=True).items()):
        relative = PurePosixPath(path).relative_to(root).as_posix()
        if any(part.startswith(".") for part in relative.split("/")) or relative == REGISTRY_FILENAME:
            continue
        documents.append(_remote_document(fs, path, relative, int(info.get("size") or 0)))
    return documents


def _remote_document(fs: Any, path: str, relative: str, size: int) -> SourceDocument:
    try:
        if size > DEFAULT_MAX_BYTES:
            with fs.open(path, "rb") as handle:
                sha = hashlib.file_digest(handle, "sha256").hexdigest()
            error = f"{relative}: file is {size / 1e6:.1f} MB, over the {DEFAULT_MAX_BYTES / 1e6:g} MB limit"
            return _failed(relative, sha, error)
        return document_from_bytes(relative, fs.cat_file(path))
    except OSError as exc:
        return _failed(relative, hashlib.sha256(b"").hexdigest(), f"{relative}: cannot read file: {exc}")


def _failed(relative: str, sha: str, error: str) -> SourceDocument:
    from pipeline.ids import make_id

    return SourceDocument(make_id("doc", relative, sha), relative, sha, "", "error", error)
