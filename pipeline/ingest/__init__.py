"""Ingest stage: the files in raw/ become SourceDocuments, each with what it says
about itself (front matter, dateline) and what the manifest adds.

``ingest_documents(raw_dir)`` reads every document (``iter_documents`` one at a
time, ``read_document`` or ``document_from_bytes`` one); ``read_manifest(path)``
and ``apply_manifest(sources, manifest)`` (``apply_row`` for one document) add a
bulk load's dates and titles.

| module | does one thing |
|---|---|
| ``files.py`` | which files are documents; bad files become error rows |
| ``decoding.py`` | bytes to text (encodings, newlines, binary detection) |
| ``language.py`` | a rough language guess for the documents table |
| ``header.py`` | front matter first, then a dateline |
| ``front_matter.py`` | the YAML block at the top of a file |
| ``dateline.py`` | "ALMATY, 12 March 2013 (Reuters) –" |
| ``published.py`` | a date value as front matter or a manifest writes it |
| ``manifest.py`` | CSV or JSON lines: path, date, title, url, author |
"""

from pipeline.ingest.files import (
    DEFAULT_MAX_BYTES,
    document_from_bytes,
    ingest_documents,
    iter_documents,
    read_document,
)
from pipeline.ingest.manifest import (
    Manifest,
    ManifestRow,
    apply_manifest,
    apply_row,
    read_manifest,
    unmatched,
)

__all__ = [
    "DEFAULT_MAX_BYTES",
    "Manifest",
    "ManifestRow",
    "apply_manifest",
    "apply_row",
    "document_from_bytes",
    "ingest_documents",
    "iter_documents",
    "read_document",
    "read_manifest",
    "unmatched",
]
