"""What the outputs were built from, so a rerun with nothing changed does nothing.

After a run writes its tables it records a fingerprint of its inputs (every
document's cache key, which covers path, bytes, manifest row, model and
pipeline code, plus the registry's bytes) with the per-document statuses,
errors and warnings, and for each bucket of part files what it was made of. A
later run whose inputs give the same fingerprint, with every table still
present, is a no-op; one whose inputs changed keeps the part files of every
bucket whose rows would not change.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

STATE_FILENAME = ".state.json"


@dataclass(frozen=True)
class BucketDone:
    """What one bucket's part files hold, so a later run can keep them when
    nothing they are made of changed."""

    bucket: int
    fingerprint: str  # the bucket's documents' cache keys and their mentions' entities
    statuses: dict[str, int]
    errors: tuple[str, ...]
    rows: dict[str, int]
    reused: bool = False  # in this run: last run's files were kept
    warnings: tuple[str, ...] = ()  # the documents' warnings (front matter, manifest dates)


@dataclass(frozen=True)
class BuiltFrom:
    fingerprint: str
    statuses: dict[str, int]
    errors: tuple[str, ...]
    rows: dict[str, int] = field(default_factory=dict)  # table -> rows
    buckets: int = 0  # part files per table; another count rewrites them all
    parts: dict[int, BucketDone] = field(default_factory=dict)
    warnings: tuple[str, ...] = ()  # said again by a rerun that changes nothing, as errors are


def fingerprint(cache_keys: Iterable[str], registry: bytes | None) -> str:
    digest = hashlib.sha256()
    for key in sorted(cache_keys):
        digest.update(key.encode())
    digest.update(hashlib.sha256(registry).digest() if registry is not None else b"no registry")
    return digest.hexdigest()


def read_state(out_dir: Path) -> BuiltFrom | None:
    """The recorded state, or None when absent or unreadable (then the run does its work)."""
    try:
        return decode_state((out_dir / STATE_FILENAME).read_bytes())
    except OSError:
        return None


def decode_state(encoded: bytes) -> BuiltFrom | None:
    """A state from ``encode_state``'s bytes, or None when they are not one."""
    try:
        data = json.loads(encoded.decode("utf-8"))
        parts = {int(b): _bucket(int(b), part) for b, part in dict(data.get("parts", {})).items()}
        rows = {str(name): int(n) for name, n in dict(data.get("rows", {})).items()}
        return BuiltFrom(
            str(data["fingerprint"]),
            dict(data["statuses"]),
            tuple(data["errors"]),
            rows,
            int(data.get("buckets", 0)),
            parts,
            tuple(data.get("warnings", ())),
        )
    except (ValueError, KeyError, TypeError, AttributeError):
        return None


def encode_state(state: BuiltFrom) -> bytes:
    """The state file's bytes; `publish` writes them together with the tables they describe."""
    data = {
        "fingerprint": state.fingerprint,
        "statuses": state.statuses,
        "errors": list(state.errors),
        "rows": state.rows,
        "buckets": state.buckets,
        "parts": {str(b): _encode_bucket(part) for b, part in sorted(state.parts.items())},
        "warnings": list(state.warnings),
    }
    return json.dumps(data, sort_keys=True).encode("utf-8")


def _bucket(bucket: int, data: dict[str, Any]) -> BucketDone:
    rows = {str(name): int(n) for name, n in dict(data["rows"]).items()}
    errors, warnings = tuple(data["errors"]), tuple(data.get("warnings", ()))
    return BucketDone(
        bucket, str(data["fingerprint"]), dict(data["statuses"]), errors, rows, warnings=warnings
    )


def _encode_bucket(part: BucketDone) -> dict[str, Any]:
    return {
        "fingerprint": part.fingerprint,
        "statuses": part.statuses,
        "errors": list(part.errors),
        "rows": part.rows,
        "warnings": list(part.warnings),
    }
