"""Ingest stage: the files in raw/ become SourceDocuments.

| module | does one thing |
|---|---|
| ``files.py`` | which files are documents; bad files become error rows |
| ``decoding.py`` | bytes to text (encodings, newlines, binary detection) |
| ``language.py`` | a rough language guess for the documents table |
"""

from pipeline.ingest.files import DEFAULT_MAX_BYTES, ingest_documents, read_document

__all__ = ["DEFAULT_MAX_BYTES", "ingest_documents", "read_document"]
