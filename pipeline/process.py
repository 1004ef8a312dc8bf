"""Per-document analysis: the stages that need the parse, in order.

ner -> within-document linking -> dates -> events -> ages -> careers. The
result is everything a document contributes before cross-document linking,
which is what the cache stores.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.careers import extract_careers
from pipeline.dates import anchor_ages, normalize_dates
from pipeline.events import birth_resolver, extract_events
from pipeline.language import guess_language
from pipeline.linking import cluster_document
from pipeline.ner import recognize_entities
from pipeline.records import Document, DocumentResult, SourceDocument

_TITLE_MAX_CHARS = 200


def process_document(nlp: Language, source: SourceDocument) -> DocumentResult:
    """Analyse one readable document; failures become an error status, not an exception."""
    if source.status != "ok":
        return DocumentResult(describe(source))
    try:
        return _analyse(nlp, source)
    except Exception as exc:  # one bad document must not stop the batch
        error = f"{source.source_path}: analysis failed: {type(exc).__name__}: {exc}"
        return DocumentResult(describe(source, status="error", error=error))


def _analyse(nlp: Language, source: SourceDocument) -> DocumentResult:
    nlp.max_length = max(nlp.max_length, len(source.text) + 1)
    doc = nlp(source.text)
    mentions = cluster_document(doc, recognize_entities(doc, source.doc_id))
    dates = normalize_dates(doc, source.doc_id)
    events = extract_events(doc, source.doc_id, mentions, dates)
    dates = anchor_ages(dates, birth_resolver(doc, mentions, dates, events))
    careers = extract_careers(doc, source.doc_id, mentions, dates, events)
    return DocumentResult(
        document=describe(source, doc=doc, language=guess_language(source.text)),
        mentions=tuple(mentions),
        dates=tuple(dates),
        events=tuple(events),
        careers=tuple(careers),
    )


def describe(
    source: SourceDocument,
    doc: Doc | None = None,
    language: str | None = None,
    status: str | None = None,
    error: str | None = None,
) -> Document:
    """The documents-table row."""
    final_status = status or source.status
    return Document(
        doc_id=source.doc_id,
        source_path=source.source_path,
        content_sha256=source.content_sha256,
        title=_title(source.text) if final_status == "ok" else None,
        language=language,
        n_chars=len(source.text),
        n_tokens=len(doc) if doc is not None else 0,
        status=final_status,  # type: ignore[arg-type]
        error=error or source.error,
    )


def _title(text: str) -> str | None:
    """The first non-blank line, which in these sources is a heading."""
    for line in text.splitlines():
        if line.strip():
            return line.strip()[:_TITLE_MAX_CHARS]
    return None
