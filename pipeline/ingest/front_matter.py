"""YAML front matter: keys between two ``---`` lines at the very top of a file
(the Jekyll, Hugo and Pandoc convention).

::

    ---
    title: Police arrest former minister
    date: 2013-03-22
    url: https://example.org/news/1
    ---
    The text...

The block is read into ``DocumentMeta`` and then blanked in the text (every
character but the newlines becomes a space), so offsets stay those of the whole
file and no stage mistakes the keys for prose. The title's value stays where its
line writes it whole: a headline is what the document says (in many sites it is
nowhere else), so its names are mentions like the body's. A block that does not parse, a
key that is not understood, or an impossible date becomes a warning naming the
file, the key and the reason; the document is analysed all the same.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from pipeline.ingest.published import read_published
from pipeline.records import DocumentMeta, PublishedDate

# A block that has not closed by then is not front matter (a "---" rule in prose).
_MAX_LINES = 200
_OPEN = re.compile(r"---[ \t]*\n")
_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*$", re.MULTILINE)
# A block is front matter when at least one of its lines starts like a key.
_KEY_LINE = re.compile(r"^[A-Za-z_][\w .-]*:(?:\s|$)", re.MULTILINE)
_LANGUAGE = re.compile(r"([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)*")
_KEY_VALUE = re.compile(r"^(?P<key>[A-Za-z_][\w .-]*):[ \t]+(?P<value>\S.*?)[ \t]*$", re.MULTILINE)


@dataclass(frozen=True, slots=True)
class FrontMatter:
    """Where the body starts (0 without front matter) and what the block said."""

    body_start: int
    meta: DocumentMeta
    title_span: tuple[int, int] | None = None  # the title's value in the text, kept by ``blank``


def read_front_matter(text: str, source_path: str) -> FrontMatter:
    if not _OPEN.match(text):
        return FrontMatter(0, DocumentMeta())
    close = _CLOSE.search(text, 4)
    if close is None or text.count("\n", 0, close.start()) > _MAX_LINES:
        return FrontMatter(0, DocumentMeta())
    block = text[4 : close.start()]
    if not _KEY_LINE.search(block):
        return FrontMatter(0, DocumentMeta())  # prose between two rules, not keys
    body_start = min(len(text), close.end() + 1)
    keys, problem = _parse(block)
    if problem is not None:
        return FrontMatter(body_start, DocumentMeta(warnings=(f"{source_path}: front matter {problem}",)))
    meta = _meta(keys, source_path)
    return FrontMatter(body_start, meta, _title_span(text, close.start(), meta.title))


def blank(text: str, end: int, keep: tuple[int, int] | None = None) -> str:
    """``text`` with its first ``end`` characters blanked, newlines kept, except ``keep``."""
    start, stop = keep or (end, end)
    return _spaces(text[:start]) + text[start:stop] + _spaces(text[stop:end]) + text[end:]


def _spaces(text: str) -> str:
    return re.sub(r"[^\n]", " ", text)


def _title_span(text: str, block_end: int, title: str | None) -> tuple[int, int] | None:
    """Where the title's key line writes the title whole (quotes aside), or None
    (no title, a multi-line or escaped value: then it is blanked with the rest)."""
    if title is None:
        return None
    for line in _KEY_VALUE.finditer(text, 0, block_end):
        if _key(line["key"]) not in key_names()["title"]:
            continue
        start, end = line.span("value")
        if end - start >= 2 and text[start] == text[end - 1] and text[start] in "'\"":
            start, end = start + 1, end - 1
        if " ".join(text[start:end].split()) == title:
            return start, end
    return None


def _parse(block: str) -> tuple[dict[str, Any], str | None]:
    import yaml  # only files with front matter pay for the import

    try:
        keys = yaml.load(block, Loader=_loader()) if block.strip() else {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 2} of the file)" if mark is not None else ""
        return {}, f"is not valid YAML{where}: {getattr(exc, 'problem', None) or exc} (its keys were ignored)"
    if not isinstance(keys, dict):
        return {}, "is not a list of 'key: value' lines (it was ignored)"
    return {_key(str(name)): value for name, value in keys.items()}, None


@lru_cache(maxsize=1)
def _loader() -> Any:
    """YAML's safe loader, except that dates stay strings: PyYAML turns
    "2013-02-30" into an exception for the whole block, and the warning should
    name the key instead."""
    import yaml

    class Loader(yaml.SafeLoader):
        pass

    Loader.yaml_implicit_resolvers = {
        first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }
    return Loader


def _key(name: str) -> str:
    return re.sub(r"[-_\s]", "", name).lower()


@lru_cache(maxsize=1)
def key_names() -> dict[str, tuple[str, ...]]:
    """Column -> front matter keys that fill it (pipeline/data/front_matter.toml)."""
    text = resources.files("pipeline").joinpath("data/front_matter.toml").read_text(encoding="utf-8")
    return {column: tuple(names) for column, names in tomllib.loads(text).items()}


def _meta(keys: dict[str, Any], source_path: str) -> DocumentMeta:
    found: dict[str, Any] = {}
    warnings: list[str] = []
    for column, names in key_names().items():
        name = next((n for n in names if n in keys and keys[n] not in (None, "")), None)
        if name is None:
            continue
        try:
            found[column] = _READERS[column](keys[name])
        except ValueError as exc:
            warnings.append(f"{source_path}: front matter key '{name}': {exc} (ignored)")
    return DocumentMeta(**found, warnings=tuple(warnings))


def _published(raw: object) -> PublishedDate:
    value, precision = read_published(raw)
    return PublishedDate(value, precision, "front_matter")


def _text(raw: object) -> str:
    if isinstance(raw, str | int | float) and not isinstance(raw, bool):
        return " ".join(str(raw).split())
    raise ValueError(f"{raw!r} is not a single value")


def _author(raw: object) -> str:
    """One name, a list of names, or a mapping with a name (Hugo's author: {name: ...})."""
    if isinstance(raw, dict) and "name" in raw:
        return _text(raw["name"])
    if isinstance(raw, list) and raw:
        return "; ".join(_author(item) for item in raw)
    return _text(raw)


def _language(raw: object) -> str:
    """ISO 639 code, lower case, region dropped: "en-US" -> "en"."""
    match = _LANGUAGE.fullmatch(_text(raw))
    if match is None:
        raise ValueError(f"{raw!r} is not a language code such as 'en' or 'en-GB'")
    return match.group(1).lower()


_READERS = {"published": _published, "title": _text, "url": _text, "author": _author, "language": _language}
