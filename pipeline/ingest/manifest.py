"""A manifest for bulk loads: one row per document with its date, title and url.

CSV with a header row (columns ``path`` and ``date``; ``title``, ``url`` and
``author`` optional; other columns ignored), or JSON lines (one object per line
with the same keys). ``path`` is relative to the raw folder. Rows are matched to
documents by path; the manifest fills what a document's front matter does not
say (front matter wins, as Pandoc's document metadata wins over a metadata
file). A manifest that cannot be read stops the run with an error naming the
file and the line; a bad date in one row is a warning on that document's row.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path, PurePosixPath

from pipeline.ingest.published import read_published
from pipeline.records import PublishedDate, SourceDocument

COLUMNS = ("path", "date", "title", "url", "author")
_REQUIRED = ("path", "date")


@dataclass(frozen=True, slots=True)
class ManifestRow:
    manifest: str  # the file, as the user gave it: warnings name it
    line: int
    date: str | None
    title: str | None
    url: str | None
    author: str | None

    def fingerprint(self) -> str:
        """What a document's results take from its row, for the cache key: the values
        and the file, and the line only when a warning names it (a date that is not
        one), so reordering a manifest redoes no document."""
        line = self.line if self.date is not None and _date_problem(self.date) else None
        return repr((self.manifest, self.date, self.title, self.url, self.author, line))


@dataclass(frozen=True, slots=True)
class Manifest:
    name: str  # the file, as the user gave it
    rows: dict[str, ManifestRow]  # by path relative to the raw folder


def read_manifest(path: Path) -> Manifest:
    """The manifest's rows by document path; ValueError naming the file and line when unusable."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise ValueError(f"manifest {path}: cannot read: {getattr(exc, 'strerror', None) or exc}") from exc
    records = _json_lines(text, path) if text.lstrip().startswith("{") else _csv_rows(text, path)
    rows: dict[str, ManifestRow] = {}
    for line, record in records:
        key = _document_path(record.get("path"), path, line)
        if key in rows:
            raise ValueError(f"manifest {path}, line {line}: {key} is already on line {rows[key].line}")
        rows[key] = ManifestRow(str(path), line, *(_cell(record.get(column)) for column in COLUMNS[1:]))
    return Manifest(str(path), rows)


def _csv_rows(text: str, path: Path) -> Iterator[tuple[int, dict[str, str]]]:
    reader = csv.DictReader(io.StringIO(text))
    header = [name.strip().lower() for name in reader.fieldnames or []]
    missing = [column for column in _REQUIRED if column not in header]
    if missing:
        raise ValueError(
            f"manifest {path}: the header row has no {' or '.join(missing)} column "
            f"(CSV needs path and date; title, url and author are optional)"
        )
    reader.fieldnames = header
    for record in reader:
        yield reader.line_num, {key: value for key, value in record.items() if key}


def _json_lines(text: str, path: Path) -> Iterator[tuple[int, dict[str, object]]]:
    for line, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip():
            continue
        try:
            record = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise ValueError(f"manifest {path}, line {line}: not JSON: {exc.msg}") from exc
        if not isinstance(record, dict):
            raise ValueError(f"manifest {path}, line {line}: not an object with path and date")
        yield line, {str(key).lower(): value for key, value in record.items()}


def _document_path(raw: object, path: Path, line: int) -> str:
    if not isinstance(raw, str) or not raw.strip():
        raise ValueError(f"manifest {path}, line {line}: no path")
    return PurePosixPath(raw.strip().replace("\\", "/")).as_posix()  # "./a.txt" is "a.txt"


def _cell(value: object) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def apply_manifest(sources: Iterable[SourceDocument], manifest: Manifest) -> list[SourceDocument]:
    """Each source with what its manifest row adds; the others unchanged."""
    return [apply_row(s, manifest.rows.get(s.source_path)) for s in sources]


def unmatched(source_paths: Iterable[str], manifest: Manifest) -> list[str]:
    """Warnings for manifest rows that name no document."""
    known = set(source_paths)
    return [
        f"manifest {manifest.name}, line {row.line}: no document {path} in the raw folder"
        for path, row in sorted(manifest.rows.items(), key=lambda item: item[1].line)
        if path not in known
    ]


def apply_row(source: SourceDocument, row: ManifestRow | None) -> SourceDocument:
    """``source`` with what its row adds: the date over a dateline's (the front
    matter's wins, with a warning when they differ), and the title, url and author
    the front matter left empty."""
    if row is None or source.status != "ok":
        return source
    meta = source.meta
    warnings = list(meta.warnings)
    published = meta.published
    if row.date is not None:
        try:
            value, precision = read_published(row.date)
        except ValueError as exc:
            where = f"manifest {row.manifest}, line {row.line}"
            warnings.append(f"{source.source_path}: {where}: date {exc} (ignored)")
        else:
            published = _prefer(published, PublishedDate(value, precision, "manifest"), warnings, source, row)
    return replace(
        source,
        meta=replace(
            meta,
            published=published,
            title=meta.title or row.title,
            url=meta.url or row.url,
            author=meta.author or row.author,
            warnings=tuple(warnings),
        ),
    )


def _date_problem(date: str) -> str | None:
    try:
        read_published(date)
    except ValueError as exc:
        return str(exc)
    return None


def _prefer(
    current: PublishedDate | None,
    listed: PublishedDate,
    warnings: list[str],
    source: SourceDocument,
    row: ManifestRow,
) -> PublishedDate:
    """Front matter over the manifest, the manifest over a dateline; say when they disagree."""
    if current is None or current.source in {"dateline", "heading"}:
        return listed
    if current.value != listed.value:
        warnings.append(
            f"{source.source_path}: manifest {row.manifest} dates it {listed.value}, its front matter "
            f"{current.value} (the front matter wins)"
        )
    return current
