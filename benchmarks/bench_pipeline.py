"""The whole analysis against bare spaCy on the same texts, same machine, same run.

Prints seconds for each and the ratio pipeline / spaCy. The texts are the
samples in raw/ and the documents in tests/corpus/, alternated and timed
best of five so that drift in the machine's speed does not decide the ratio.
Both use the same loaded model, so the ratio is the cost of our stages and
linking on top of the parse.
"""

from __future__ import annotations

import time
from pathlib import Path

from pipeline.analyse import analyse_document
from pipeline.ingest import read_document
from pipeline.linking import link_entities
from pipeline.model import load_model
from pipeline.model_id import DEFAULT_MODEL

FOLDERS = (Path("raw"), Path("tests/corpus"))
REPEAT = 5


def main() -> None:
    paths = [p for folder in FOLDERS for p in sorted(folder.glob("*.txt"))]
    sources = [read_document(p, p.parent) for p in paths]
    texts = [s.text for s in sources]
    nlp = load_model(DEFAULT_MODEL)  # the same model and components for both
    nlp(texts[0]), analyse_document(nlp, sources[0])  # warm up both

    # Alternated and best of REPEAT: this machine's speed drifts between runs.
    spacy_times, ours_times = [], []
    for _ in range(REPEAT):
        start = time.perf_counter()
        for text in texts:
            nlp(text)
        spacy_times.append(time.perf_counter() - start)
        start = time.perf_counter()
        results = [analyse_document(nlp, s) for s in sources]
        link_entities([m for r in results for m in r.mentions])
        ours_times.append(time.perf_counter() - start)

    spacy_seconds, ours_seconds = min(spacy_times), min(ours_times)
    chars = sum(len(t) for t in texts)
    print(
        f"pipeline: {len(texts)} documents ({chars:,} chars), best of {REPEAT}: "
        f"bare spaCy {spacy_seconds:.2f} s, pipeline {ours_seconds:.2f} s, "
        f"ratio pipeline/spaCy = {ours_seconds / spacy_seconds:.2f}"
    )


if __name__ == "__main__":
    main()
