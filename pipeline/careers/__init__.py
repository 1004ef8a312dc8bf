"""Careers: one row per post held, with its start, its end and the basis of the end.

``extract_careers`` (per document, after events) is the stage. Modules:
``extract`` (posts from narrative, list lines and titles), ``positions`` (what
a post is, from ``data/positions.toml``), ``titles_in_text`` (posts written
as titles beside a name), ``ends`` (duplicates merged, ends settled).
"""

from pipeline.careers.extract import extract_careers

__all__ = ["extract_careers"]
