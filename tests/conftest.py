"""Shared fixtures: the real spaCy model, loaded once per test session."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pipeline.model import load_model


@pytest.fixture(scope="session")
def nlp() -> Language:
    return load_model()
