"""Compile the hand annotations in tests/gold/annotations/ into the gold tables.

Each annotation file is written by hand from reading one document (GUIDELINES.md,
section 0). This script only finds offsets, computes day bounds, checks every value
and writes events.csv, careers.csv, dates.csv, mentions.csv and documents.csv. Run:

    .venv/bin/python tests/gold/build_gold.py [-v] [--check NAME ...]

-v lists date-like words that no date row covers, so each can be checked as left out
on purpose. --check compiles only the named annotation files and writes nothing.
"""

from __future__ import annotations

import calendar
import csv
import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from pipeline.evaluation.split import split_of  # noqa: E402
from pipeline.events.triggers import load_lexicon  # noqa: E402

GOLD = ROOT / "tests" / "gold"
ANNOTATIONS = GOLD / "annotations"
SEARCH_DIRS = (ROOT / "tests" / "corpus", ROOT / "raw")
ENTITY_TYPES = {"PERSON", "GPE", "LOC", "ORG", "FAC"}
# genre -> the prefix of its documents' file names (GUIDELINES.md, section 6)
PREFIXES = {
    "sample": "", "wire": "wire_", "bio": "bio_", "cv": "cv_", "court": "court_",
    "interview": "interview_", "obituary": "obit_", "press": "press_", "translated": "translated_",
    "decree": "decree_", "feature": "feature_", "parliament": "parl_", "news": "news_",
    "linking": "linking_",
}  # fmt: skip
GENRES = set(PREFIXES)
KINDS = {"point", "range", "fuzzy", "relative", "age", "duration", "time", "set"}
PRECISIONS = {"day", "month", "season", "year", "decade", "century", ""}
END_BASES = {"explicit", "inferred", ""}

COLUMNS = {
    "documents": ["source", "genre", "split", "document_date", "words"],
    "dates": [
        "source", "text", "start_char", "end_char", "value", "date_start", "date_end",
        "precision", "kind", "note",
    ],
    "events": [
        "source", "event_type", "person", "partner", "date_value", "place", "organization",
        "duration", "evidence", "note",
    ],
    "careers": [
        "source", "person", "position", "organization", "place", "start_value", "end_value",
        "end_basis", "evidence", "note",
    ],
    "mentions": ["source", "start_char", "end_char", "text", "entity", "entity_type"],
}  # fmt: skip


class AnnotationError(Exception):
    pass


# ---------------------------------------------------------------- values


_SINGLE = re.compile(r"\d{4}(-(0[1-9]|1[0-2]|2[1-4])(-(0[1-9]|[12]\d|3[01]))?)?|\d{3}X|\d{2}XX")
_DURATION = re.compile(r"P(T?(\d+(\.\d+)?|X)[YMWDH])+|PT(\d+|X)[HMS]")
_TIME = re.compile(r"(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}|MO|AF|EV|NI|DT)")
_SET = re.compile(
    r"P(\d+|X)[YMWDH]|PT(\d+|X)[HM]|XXXX(-[\dX]{2}(-[\dX]{2})?)?(-W\d{2})?(T(MO|AF|EV|NI|\d{2}:\d{2}))?"
)
SEASONS = {21: ("03-01", "05-31"), 22: ("06-01", "08-31"), 23: ("09-01", "11-30")}


def _single_bounds(v: str) -> tuple[str, str]:
    if not _SINGLE.fullmatch(v):
        raise AnnotationError(f"bad EDTF value {v!r}")
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
        y, m, d = map(int, v.split("-"))
        if d > calendar.monthrange(y, m)[1]:
            raise AnnotationError(f"impossible day {v!r}")
        return v, v
    if re.fullmatch(r"\d{4}-\d{2}", v):
        y, m = int(v[:4]), int(v[5:])
        if m == 24:  # winter runs into February of the next year
            return f"{y}-12-01", f"{y + 1}-02-{calendar.monthrange(y + 1, 2)[1]:02d}"
        if m > 12:
            a, b = SEASONS[m]
            return f"{y}-{a}", f"{y}-{b}"
        return f"{y}-{m:02d}-01", f"{y}-{m:02d}-{calendar.monthrange(y, m)[1]:02d}"
    if re.fullmatch(r"\d{4}", v):
        return f"{v}-01-01", f"{v}-12-31"
    if v.endswith("XX"):
        return f"{v[:2]}00-01-01", f"{v[:2]}99-12-31"
    return f"{v[:3]}0-01-01", f"{v[:3]}9-12-31"


def bounds(v: str) -> tuple[str, str]:
    """Inclusive ISO day bounds of an EDTF value; empty for no value."""
    if not v:
        return "", ""
    if "/" in v:
        parts = v.split("/")
        if len(parts) != 2 or parts == ["..", ".."]:
            raise AnnotationError(f"bad interval {v!r}")
        start = "" if parts[0] == ".." else _single_bounds(parts[0])[0]
        end = "" if parts[1] == ".." else _single_bounds(parts[1])[1]
        if start and end and start > end:
            raise AnnotationError(f"interval {v!r} ends before it starts")
        return start, end
    return _single_bounds(v)


def date_bounds(value: str, kind: str) -> tuple[str, str]:
    if kind == "duration":
        if not _DURATION.fullmatch(value):
            raise AnnotationError(f"bad duration {value!r}")
        return "", ""
    if kind == "set":
        if not _SET.fullmatch(value):
            raise AnnotationError(f"bad set value {value!r}")
        return "", ""
    if kind == "time":
        if not value:
            return "", ""
        m = _TIME.fullmatch(value)
        if not m:
            raise AnnotationError(f"bad time value {value!r}")
        return bounds(m[1])
    return bounds(value)


# ---------------------------------------------------------------- spans


def source_path(name: str) -> Path:
    for folder in SEARCH_DIRS:
        if (folder / name).exists():
            return folder / name
    raise AnnotationError(f"no document {name} in tests/corpus/ or raw/")


def locate(text: str, needle: str, context: str | None) -> int:
    """Offset of `needle`, inside `context` when given (each must be unique)."""
    if context:
        if text.count(context) != 1:
            raise AnnotationError(f"context {context!r} occurs {text.count(context)} times")
        if needle not in context:
            raise AnnotationError(f"{needle!r} is not inside its context {context!r}")
        return text.index(context) + context.index(needle)
    if text.count(needle) != 1:
        raise AnnotationError(f"{needle!r} occurs {text.count(needle)} times; give a context")
    return text.index(needle)


def _explicit_start(text: str, row: dict) -> int:
    if "start" in row:
        start = int(row["start"])
        if text[start : start + len(row["text"])] != row["text"]:
            raise AnnotationError(f"mention {row['text']!r} is not at offset {start}")
        return start
    return locate(text, row["text"], row.get("context"))


def _word_occurrences(text: str, name: str) -> list[int]:
    pattern = re.compile(r"(?<![\w])" + re.escape(name) + r"(?![\w])")
    return [m.start() for m in pattern.finditer(text)]


def mention_rows(source: str, text: str, ann: dict) -> list[dict]:
    entities = {e["key"]: e for e in ann.get("entity", [])}
    owner: dict[str, str] = {}
    for key, entity in entities.items():
        if entity.get("type") not in ENTITY_TYPES:
            raise AnnotationError(f"entity {key}: type must be one of {sorted(ENTITY_TYPES)}")
        for name in entity.get("names", []):
            if name in owner and owner[name] != key:
                raise AnnotationError(f"name {name!r} is listed for {owner[name]} and {key}")
            owner[name] = key
    claimed: list[tuple[int, int, str]] = []
    for row in ann.get("mention", []):
        if row["entity"] not in entities:
            raise AnnotationError(f"mention {row['text']!r}: unknown entity {row['entity']!r}")
        start = _explicit_start(text, row)
        claimed.append((start, start + len(row["text"]), row["entity"]))
    for name in sorted(owner, key=len, reverse=True):
        for start in _word_occurrences(text, name):
            end = start + len(name)
            if not any(s < end and start < e for s, e, _ in claimed):
                claimed.append((start, end, owner[name]))
    for key in entities:
        if not any(k == key for _, _, k in claimed):
            raise AnnotationError(f"entity {key} has no mention in the text")
    rows = []
    for start, end, key in sorted(claimed):
        if "\n" in text[start:end]:
            raise AnnotationError(f"mention {text[start:end]!r} crosses a line break")
        rows.append(
            dict(
                source=source, start_char=start, end_char=end, text=text[start:end],
                entity=key, entity_type=entities[key]["type"],
            )
        )  # fmt: skip
    return rows


# ---------------------------------------------------------------- rows


def _get(row: dict, key: str) -> str:
    value = row.get(key, "")
    if not isinstance(value, str):
        raise AnnotationError(f"{key} must be a string, not {value!r}")
    return value


def date_rows(source: str, text: str, ann: dict) -> list[dict]:
    rows, spans = [], set()
    for row in ann.get("date", []):
        kind, value, precision = _get(row, "kind"), _get(row, "value"), _get(row, "precision")
        where = f"date {row.get('text')!r}"
        if kind not in KINDS or precision not in PRECISIONS:
            raise AnnotationError(f"{where}: bad kind {kind!r} or precision {precision!r}")
        start = locate(text, _get(row, "text"), row.get("context"))
        end = start + len(row["text"])
        if (start, end) in spans:
            raise AnnotationError(f"{where}: annotated twice")
        spans.add((start, end))
        try:
            first, last = date_bounds(value, kind)
        except AnnotationError as error:
            raise AnnotationError(f"{where}: {error}") from None
        if value and kind not in ("duration", "set") and not precision:
            raise AnnotationError(f"{where}: a value needs a precision")
        rows.append(
            dict(
                source=source, text=row["text"], start_char=start, end_char=end, value=value,
                date_start=first, date_end=last, precision=precision, kind=kind,
                note=_get(row, "note"),
            )
        )  # fmt: skip
    return sorted(rows, key=lambda r: r["start_char"])


def _evidence(text: str, row: dict, what: str) -> int:
    evidence = _get(row, "evidence")
    if not evidence or evidence not in text:
        raise AnnotationError(f"{what}: evidence not found verbatim: {evidence!r}")
    return text.index(evidence)


def event_rows(source: str, text: str, ann: dict, types: set[str]) -> list[dict]:
    rows = []
    for row in ann.get("event", []):
        what = f"event {row.get('type')} of {row.get('person')!r}"
        if row.get("type") not in types:
            raise AnnotationError(f"{what}: type must be one of {sorted(types)}")
        if not _get(row, "person").strip():
            raise AnnotationError(f"{what}: no person")
        bounds(_get(row, "date"))
        duration = _get(row, "duration")
        if duration and not _DURATION.fullmatch(duration):
            raise AnnotationError(f"{what}: bad duration {duration!r}")
        at = _evidence(text, row, what)
        rows.append(
            (at, dict(
                source=source, event_type=row["type"], person=row["person"],
                partner=_get(row, "partner"), date_value=_get(row, "date"), place=_get(row, "place"),
                organization=_get(row, "organization"), duration=duration,
                evidence=row["evidence"], note=_get(row, "note"),
            ))
        )  # fmt: skip
    return [r for _, r in sorted(rows, key=lambda x: x[0])]


def career_rows(source: str, text: str, ann: dict) -> list[dict]:
    rows = []
    for row in ann.get("career", []):
        what = f"career {row.get('position')!r} of {row.get('person')!r}"
        position = _get(row, "position")
        if not _get(row, "person").strip() or not (position[:1].isupper() or position[:1].isdigit()):
            raise AnnotationError(f"{what}: needs a person and a capitalised position")
        bounds(_get(row, "start")), bounds(_get(row, "end"))
        basis = _get(row, "end_basis")
        if basis not in END_BASES or (basis == "") != (_get(row, "end") == ""):
            raise AnnotationError(f"{what}: end_basis {basis!r} does not fit end {row.get('end')!r}")
        at = _evidence(text, row, what)
        rows.append(
            (at, dict(
                source=source, person=row["person"], position=position,
                organization=_get(row, "organization"), place=_get(row, "place"),
                start_value=_get(row, "start"), end_value=_get(row, "end"), end_basis=basis,
                evidence=row["evidence"], note=_get(row, "note"),
            ))
        )  # fmt: skip
    return [r for _, r in sorted(rows, key=lambda x: x[0])]


def compile_annotation(path: Path, types: set[str]) -> dict[str, list[dict]]:
    source = path.stem + ".txt"
    text = source_path(source).read_text(encoding="utf-8")
    try:
        ann = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as error:
        raise AnnotationError(f"not valid TOML: {error}") from None
    genre = _get(ann, "genre")
    if genre not in GENRES:
        raise AnnotationError(f"genre {genre!r} is not one of {sorted(GENRES)}")
    document_date = _get(ann, "document_date")
    if document_date and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", document_date):
        raise AnnotationError(f"document_date {document_date!r} is not YYYY-MM-DD")
    document = dict(
        source=source, genre=genre, split=split_of(source, genre), document_date=document_date,
        words=len(text.split()),
    )  # fmt: skip
    return {
        "documents": [document],
        "dates": date_rows(source, text, ann),
        "events": event_rows(source, text, ann, types),
        "careers": career_rows(source, text, ann),
        "mentions": mention_rows(source, text, ann),
    }


# ---------------------------------------------------------------- main

_DATE_LIKE = re.compile(
    r"\b(1[89]\d\d|20\d\d)\b|\b\d{1,2}\.\d{2}\.\d{4}\b|"
    r"\b(January|February|March|April|May|June|July|August|September|October|November|December"
    r"|spring|summer|autumn|winter|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    r"|today|yesterday|tomorrow|tonight|ago|annually|weekly"
    r"|years?|months?|days?|weeks?|decades?|hours?|night|morning|evening|later|since|Since)\b"
)


def uncovered(tables: dict[str, list[dict]]) -> list[str]:
    lines = []
    for document in tables["documents"]:
        source = document["source"]
        text = source_path(source).read_text(encoding="utf-8")
        spans = [(r["start_char"], r["end_char"]) for r in tables["dates"] if r["source"] == source]
        for m in _DATE_LIKE.finditer(text):
            if not any(a <= m.start() and m.end() <= b for a, b in spans):
                context = text[max(0, m.start() - 40) : m.end() + 30].replace("\n", " ")
                lines.append(f"  uncovered [{source}] {m.group()!r}: ...{context}...")
    return lines


def compile_all(paths: list[Path]) -> dict[str, list[dict]]:
    types = set(load_lexicon().event_types)
    tables: dict[str, list[dict]] = {name: [] for name in COLUMNS}
    errors = []
    for path in paths:
        try:
            for name, rows in compile_annotation(path, types).items():
                tables[name] += rows
        except AnnotationError as error:
            errors.append(f"{path.name}: {error}")
    if errors:
        raise SystemExit("\n".join(errors))
    return tables


def write(tables: dict[str, list[dict]]) -> None:
    for name, columns in COLUMNS.items():
        with open(GOLD / f"{name}.csv", "w", newline="", encoding="utf-8") as f:
            writer = csv.DictWriter(f, fieldnames=columns, lineterminator="\n")
            writer.writeheader()
            writer.writerows(tables[name])


def main(argv: list[str]) -> int:
    if "--check" in argv:
        names = [a for a in argv[argv.index("--check") + 1 :] if not a.startswith("-")]
        paths = [ANNOTATIONS / (Path(n).stem + ".toml") for n in names]
    else:
        paths = sorted(ANNOTATIONS.glob("*.toml"))
    tables = compile_all(paths)
    if "--check" not in argv:
        write(tables)
    for name in COLUMNS:
        print(f"{name}: {len(tables[name])} rows")
    if "-v" in argv:
        print("\n".join(uncovered(tables)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
