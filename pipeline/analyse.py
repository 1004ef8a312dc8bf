"""Analysing one document: every per-document stage, in order, on its parse.

ner -> within-document linking -> dates -> events -> ages -> careers -> kin
references (mentions that need the marriages), for one
document (``analyse_document``) or for several parsed as one spaCy batch
(``analyse_documents``). The result is everything a document contributes
before cross-document linking, which is what the cache stores.

Nothing here reads files or the cache, or sees other documents: which
documents to analyse is decided in ``batch/plan.py``, a whole batch (analysis,
cross-document linking, the tables) is run by ``batch/run.py``, and the
entry points for notebooks and the CLI are in ``api.py``.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.careers.extract import extract_careers
from pipeline.dates import anchor_ages, normalize_dates
from pipeline.discourse.kin import kin_references
from pipeline.events.extract import birth_resolver, extract_events
from pipeline.events.places import placed_by_posts
from pipeline.ingest.dateline import read_dateline
from pipeline.ingest.language import guess_language
from pipeline.linking import cluster_document
from pipeline.ner.recognize import recognize_entities
from pipeline.parsed import remember_text
from pipeline.records import DateMention, Document, DocumentResult, Mention, SourceDocument

_TITLE_MAX_CHARS = 200


def analyse_documents(nlp: Language, sources: Sequence[SourceDocument]) -> list[DocumentResult]:
    """analyse_document for each source, with spaCy parsing them as one batch
    (its networks run faster on batches than on documents one at a time)."""
    readable = [source for source in sources if source.status == "ok"]
    try:
        docs = _parse(nlp, [source.text for source in readable])
    except Exception:  # parse one at a time, so the failure names its own document
        return [analyse_document(nlp, source) for source in sources]
    parses = iter(docs)
    return [analyse_document(nlp, s, next(parses) if s.status == "ok" else None) for s in sources]


def analyse_document(nlp: Language, source: SourceDocument, doc: Doc | None = None) -> DocumentResult:
    """Analyse one readable document (``doc``: its parse, when already made);
    failures become an error status, not an exception."""
    if source.status != "ok":
        return DocumentResult(document_row(source))
    try:
        return _run_stages(doc if doc is not None else _parse(nlp, [source.text])[0], source)
    except Exception as exc:  # one bad document must not stop the batch
        error = f"{source.source_path}: analysis failed: {type(exc).__name__}: {exc}"
        return DocumentResult(document_row(source, status="error", error=error))


def _parse(nlp: Language, texts: list[str]) -> list[Doc]:
    nlp.max_length = max([nlp.max_length, *(len(text) + 1 for text in texts)])
    return list(nlp.pipe(texts, batch_size=max(1, len(texts))))


def _run_stages(doc: Doc, source: SourceDocument) -> DocumentResult:
    remember_text(doc, source.text)
    mentions = cluster_document(doc, recognize_entities(doc, source.doc_id))
    dates = normalize_dates(doc, source.doc_id, source.meta.published)
    dateline = _dateline_span(source)
    events = extract_events(doc, source.doc_id, mentions, _story_dates(dates, dateline))
    dates = anchor_ages(dates, birth_resolver(doc, mentions, dates, events))
    careers = extract_careers(doc, source.doc_id, mentions, _story_dates(dates, dateline), events)
    events = placed_by_posts(events, careers)
    # Kin references are rows of the mentions table only: the facts resolved them already.
    mentions = sorted([*mentions, *kin_references(doc, mentions, events)], key=_in_text_order)
    return DocumentResult(
        document=document_row(source, doc=doc, language=guess_language(source.text)),
        mentions=tuple(mentions),
        dates=tuple(dates),
        events=tuple(events),
        careers=tuple(careers),
    )


def _in_text_order(mention: Mention) -> tuple[int, int]:
    return mention.start_char, mention.end_char


def _dateline_span(source: SourceDocument) -> tuple[int, int] | None:
    """Where the text's dateline is: the one ingest read, or one written under front
    matter that dated the document itself."""
    published = source.meta.published
    if published is not None and published.source == "dateline":
        return published.span
    dateline = read_dateline(source.text)
    # An order's own date under its heading dates what it orders; a news dateline dates nothing.
    return dateline.span if dateline is not None and dateline.source == "dateline" else None


def _story_dates(dates: Sequence[DateMention], dateline: tuple[int, int] | None) -> list[DateMention]:
    """The dates the story tells, without the dateline's ("HẢI PHÒNG, 21.11.2019 – X spent
    a quarter of a century ..."): the day a text was filed dates no fact in it. Dates
    anchored on it ("yesterday") stay."""
    if dateline is None:
        return list(dates)
    start, end = dateline
    return [d for d in dates if not (d.start_char < end and start < d.end_char)]


def document_row(
    source: SourceDocument,
    doc: Doc | None = None,
    language: str | None = None,
    status: str | None = None,
    error: str | None = None,
) -> Document:
    """The documents-table row; what the document says about itself (front matter,
    manifest) wins over what is guessed from its text."""
    final_status = status or source.status
    meta, ok = source.meta, final_status == "ok"
    published = meta.published
    return Document(
        doc_id=source.doc_id,
        source_path=source.source_path,
        content_sha256=source.content_sha256,
        title=(meta.title or _title(source.text)) if ok else None,
        language=(meta.language or language) if ok else None,
        n_chars=len(source.text),
        n_tokens=len(doc) if doc is not None else 0,
        status=final_status,  # type: ignore[arg-type]
        error=error or source.error,
        url=meta.url,
        author=meta.author,
        published_date=published.first_day if published else None,
        published_precision=published.precision if published else None,
        date_source=published.source if published else None,
        warning="; ".join(meta.warnings) or None,
    )


def _title(text: str) -> str | None:
    """The first non-blank line, which in these sources is a heading."""
    for line in text.splitlines():
        if line.strip():
            return line.strip()[:_TITLE_MAX_CHARS]
    return None
