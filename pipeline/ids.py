"""Deterministic identifiers: hashes of the parts that define a row.

Never row numbers or timestamps, so the same raw/ gives the same ids on every
run and machine (cf. followthemoney's make_entity_id).
"""

from __future__ import annotations

import hashlib


def make_id(prefix: str, *parts: object) -> str:
    """``prefix`` + 16 hex chars of SHA-256 over the parts, unit-separated."""
    joined = "\x1f".join("" if part is None else str(part) for part in parts)
    digest = hashlib.sha256(joined.encode("utf-8")).hexdigest()
    return f"{prefix}_{digest[:16]}"
