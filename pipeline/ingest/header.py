"""What a document says about itself before its story: front matter, then a dateline."""

from __future__ import annotations

from dataclasses import replace

from pipeline.ingest.dateline import read_dateline
from pipeline.ingest.front_matter import blank, read_front_matter
from pipeline.records import DocumentMeta


def read_header(text: str, source_path: str) -> tuple[str, DocumentMeta]:
    """The text with any front matter blanked (but its title), and the document's metadata.

    The front matter's date wins over a dateline; a dateline dates the document
    only when nothing else does.
    """
    front = read_front_matter(text, source_path)
    if front.body_start:
        text = blank(text, front.body_start, front.title_span)
    meta = front.meta
    if meta.published is None:
        dateline = read_dateline(text, front.body_start)
        if dateline is not None:
            meta = replace(meta, published=dateline)
    return text, meta
