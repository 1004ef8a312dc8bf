"""Careers: one row per post held, with its start, its end and the basis of the end.

``extract.extract_careers`` (per document, after events) is the stage. Modules:
``extract`` (posts from narrative, list lines and titles), ``positions`` (what
a title noun reads as: title, organization, place; from ``data/positions.toml``),
``post_heads`` (which post a verb starts or holds), ``list_lines`` (CV and list
lines), ``titles_in_text`` (posts written as titles beside a name), ``posts``
(``ToldPost``, a post as the text tells it; one told twice made one), ``ends``
(each post's end, stated or inferred).
"""
