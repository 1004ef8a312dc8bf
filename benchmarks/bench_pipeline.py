"""The whole analysis against bare spaCy on the same texts, same machine, same run.

Prints seconds for each and the ratio pipeline / spaCy. The texts are the
samples in raw/ and the documents in tests/corpus/, repeated to make the
timing stable.
"""

from __future__ import annotations

import time
from pathlib import Path

import spacy

from pipeline.ingest import read_document
from pipeline.linking import link_entities
from pipeline.model import load_model
from pipeline.model_id import DEFAULT_MODEL
from pipeline.process import process_document

FOLDERS = (Path("raw"), Path("tests/corpus"))
REPEAT = 3


def main() -> None:
    paths = [p for folder in FOLDERS for p in sorted(folder.glob("*.txt"))]
    sources = [read_document(p, p.parent) for p in paths]
    texts = [s.text for s in sources]
    bare = spacy.load(DEFAULT_MODEL)
    ours = load_model(DEFAULT_MODEL)
    bare(texts[0]), process_document(ours, sources[0])  # warm up both

    start = time.perf_counter()
    for _ in range(REPEAT):
        for text in texts:
            bare(text)
    spacy_seconds = time.perf_counter() - start

    start = time.perf_counter()
    for _ in range(REPEAT):
        results = [process_document(ours, s) for s in sources]
        link_entities([m for r in results for m in r.mentions])
    ours_seconds = time.perf_counter() - start

    chars = sum(len(t) for t in texts) * REPEAT
    print(
        f"pipeline: {len(texts)} documents x {REPEAT} ({chars:,} chars): bare spaCy {spacy_seconds:.2f} s, "
        f"pipeline {ours_seconds:.2f} s, ratio pipeline/spaCy = {ours_seconds / spacy_seconds:.2f}"
    )


if __name__ == "__main__":
    main()
