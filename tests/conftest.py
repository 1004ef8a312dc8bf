"""Shared fixtures: the real spaCy model, loaded once per test session, and a
helper that runs the whole per-document path on a text written for a test."""

from __future__ import annotations

import hashlib
from collections.abc import Callable

import pandas as pd
import pytest
from spacy.language import Language

from pipeline.model import load_model
from pipeline.records import SourceDocument

Extract = Callable[[str], dict[str, pd.DataFrame]]


@pytest.fixture(scope="session")
def nlp() -> Language:
    return load_model()


@pytest.fixture(scope="session")
def extract(nlp: Language) -> Extract:
    """Text in, the six tables (as DataFrames) out — without touching disk."""
    from pipeline.assemble import assemble_tables
    from pipeline.linking import link_entities
    from pipeline.process import process_document

    def run(text: str) -> dict[str, pd.DataFrame]:
        sha = hashlib.sha256(text.encode()).hexdigest()
        source = SourceDocument(f"doc_{sha[:8]}", "test.txt", sha, text, "ok")
        result = process_document(nlp, source)
        assert result.document.status == "ok", result.document.error
        entities, mentions = link_entities(list(result.mentions))
        tables = assemble_tables([result], entities, mentions)
        return {name: table.to_pandas() for name, table in tables.items()}

    return run
