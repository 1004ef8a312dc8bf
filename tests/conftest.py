"""Shared fixtures: the real spaCy model, loaded once per test session, and a
helper that runs the whole per-document path on a text written for a test."""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pytest
from spacy.language import Language

from pipeline.config import Settings
from pipeline.model import load_model
from pipeline.records import SourceDocument

ROOT = Path(__file__).resolve().parent.parent
# Three documents about the man of the samples, one with a deliberate disagreement (see its README).
KHRAPUNOV = ROOT / "tests" / "fixtures" / "khrapunov"

Extract = Callable[[str], dict[str, pd.DataFrame]]


@pytest.fixture(scope="session")
def nlp() -> Language:
    return load_model()


@pytest.fixture(scope="session")
def extract(nlp: Language) -> Extract:
    """Text in, the six tables (as DataFrames) out — without touching disk."""
    from pipeline.analyse import analyse_document
    from pipeline.assemble import assemble_tables
    from pipeline.linking import link_entities

    def run(text: str) -> dict[str, pd.DataFrame]:
        sha = hashlib.sha256(text.encode()).hexdigest()
        source = SourceDocument(f"doc_{sha[:8]}", "test.txt", sha, text, "ok")
        result = analyse_document(nlp, source)
        assert result.document.status == "ok", result.document.error
        entities, mentions = link_entities(list(result.mentions))
        tables = assemble_tables([result], entities, mentions)
        return {name: table.to_pandas() for name, table in tables.items()}

    return run


@pytest.fixture(scope="session")
def khrapunov_outputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The samples and the three Khrapunov documents, run once into an output folder."""
    from pipeline.batch.run import run_batch

    raw = tmp_path_factory.mktemp("khrapunov_raw")
    for path in [*(ROOT / "raw").glob("*.txt"), *KHRAPUNOV.glob("*.txt")]:
        shutil.copy(path, raw / path.name)
    out = tmp_path_factory.mktemp("khrapunov_outputs")
    run_batch(Settings(raw_dir=raw, out_dir=out), log=lambda _: None)
    return out
