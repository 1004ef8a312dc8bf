"""The gold in tests/gold/: compiled tables up to date with the hand annotations, and a
written corpus that meets its brief (GUIDELINES.md). No pipeline code is exercised."""

from __future__ import annotations

import csv
import importlib.util
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "gold"


def _builder():
    spec = importlib.util.spec_from_file_location("build_gold", GOLD / "build_gold.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_gold"] = module
    spec.loader.exec_module(module)
    return module


build_gold = _builder()


@pytest.fixture(scope="module")
def compiled() -> dict[str, list[dict]]:
    return build_gold.compile_all(sorted(build_gold.ANNOTATIONS.glob("*.toml")))


def _read(name: str) -> list[dict]:
    with open(GOLD / f"{name}.csv", newline="", encoding="utf-8") as f:
        reader = csv.DictReader(f)
        assert reader.fieldnames == build_gold.COLUMNS[name], f"{name}.csv: columns {reader.fieldnames}"
        return list(reader)


@pytest.mark.parametrize("name", sorted(build_gold.COLUMNS))
def test_the_tables_are_compiled_from_the_current_annotations(compiled, name: str) -> None:
    expected = [{k: str(v) for k, v in row.items()} for row in compiled[name]]
    assert _read(name) == expected, f"{name}.csv is stale: run tests/gold/build_gold.py"


def test_written_corpus_meets_its_brief(compiled) -> None:
    documents = [d for d in compiled["documents"] if d["genre"] not in ("sample", "linking", "news")]
    new = [d for d in documents if d["source"] not in ("bio_dubrovina.txt", "cv_melnik.txt")]
    assert len(new) >= 40, f"{len(new)} new documents"
    assert len({d["genre"] for d in new}) >= 10
    assert all(d["words"] >= 300 for d in new), [(d["source"], d["words"]) for d in new if d["words"] < 300]
    splits = Counter(d["split"] for d in compiled["documents"] if d["genre"] != "sample")
    assert splits["dev"] >= 25 and splits["held-out"] >= 15, splits
    for d in new:
        assert d["source"].startswith(build_gold.PREFIXES[d["genre"]]), d["source"]


def test_every_gold_document_has_facts_or_mentions(compiled) -> None:
    has = Counter(r["source"] for name in ("events", "careers", "dates", "mentions") for r in compiled[name])
    assert all(has[d["source"]] for d in compiled["documents"])


def test_values_follow_the_conventions() -> None:
    assert build_gold.bounds("2003-24") == ("2003-12-01", "2004-02-29")
    assert build_gold.bounds("1984/1986") == ("1984-01-01", "1986-12-31")
    assert build_gold.bounds("1983/..") == ("1983-01-01", "")
    assert build_gold.date_bounds("2019-03-12TMO", "time") == ("2019-03-12", "2019-03-12")
    for bad, kind in (
        ("2019-02-30", "point"),
        ("P7", "duration"),
        ("1990/1980", "range"),
        ("1999-13", "point"),
    ):
        with pytest.raises(build_gold.AnnotationError):
            build_gold.date_bounds(bad, kind)


def test_a_bad_annotation_names_the_file_and_the_problem(tmp_path: Path) -> None:
    (tmp_path / "bio_dubrovina.toml").write_text(
        'genre = "bio"\n[[event]]\ntype = "birth"\nperson = "Larisa Dubrovina"\n'
        'evidence = "not in the text"\n'
    )
    message = "bio_dubrovina.toml: event birth of 'Larisa Dubrovina': evidence not found"
    with pytest.raises(SystemExit, match=re.escape(message)):
        build_gold.compile_all([tmp_path / "bio_dubrovina.toml"])


def test_names_become_mentions_at_every_whole_word_occurrence() -> None:
    text = "Anna Berg met Berg’s son. Bergen is not Berg. Anna Berg left."
    ann = {"entity": [{"key": "anna_berg", "type": "PERSON", "names": ["Anna Berg", "Berg"]}]}
    rows = build_gold.mention_rows("t.txt", text, ann)
    assert [r["text"] for r in rows] == ["Anna Berg", "Berg", "Berg", "Anna Berg"]
