"""What the outputs were built from, so a rerun with nothing changed does nothing.

After a run writes its tables it records a fingerprint of its inputs (every
document's cache key, which covers path, bytes, model and pipeline code, plus
the registry's bytes) with the per-document statuses. A later run whose inputs
give the same fingerprint, with every table still present, is a no-op.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

STATE_FILENAME = ".state.json"


@dataclass(frozen=True)
class BuiltFrom:
    fingerprint: str
    statuses: dict[str, int]
    errors: tuple[str, ...]


def fingerprint(cache_keys: Iterable[str], registry: Path | None) -> str:
    digest = hashlib.sha256()
    for key in sorted(cache_keys):
        digest.update(key.encode())
    digest.update(hashlib.sha256(registry.read_bytes()).digest() if registry else b"no registry")
    return digest.hexdigest()


def read_state(out_dir: Path) -> BuiltFrom | None:
    """The recorded state, or None when absent or unreadable (then the run does its work)."""
    try:
        data = json.loads((out_dir / STATE_FILENAME).read_text(encoding="utf-8"))
        return BuiltFrom(str(data["fingerprint"]), dict(data["statuses"]), tuple(data["errors"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def encode_state(state: BuiltFrom) -> bytes:
    """The state file's bytes; `publish` writes them together with the tables they describe."""
    data = {"fingerprint": state.fingerprint, "statuses": state.statuses, "errors": list(state.errors)}
    return json.dumps(data, sort_keys=True).encode("utf-8")
