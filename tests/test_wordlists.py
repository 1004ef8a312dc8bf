"""The word lists of pipeline/data/ and their reader, pipeline/wordlists.py."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from pipeline.wordlists import alternatives, word_list, words

DATA = Path(__file__).resolve().parent.parent / "pipeline" / "data"


@pytest.mark.parametrize("path", sorted(DATA.glob("*.toml")), ids=lambda p: p.name)
def test_data_file_parses(path: Path) -> None:
    assert tomllib.loads(path.read_text(encoding="utf-8"))


def test_a_list_inside_a_table_keeps_the_file_order() -> None:
    assert word_list("dates", "calendar", "weekdays")[:2] == ("monday", "tuesday")
    assert words("dates", "calendar", "weekdays") == frozenset(word_list("dates", "calendar", "weekdays"))


def test_alternatives_escape_words_and_let_a_space_be_any_white_space() -> None:
    born = re.compile(rf"^(?:{alternatives('events', 'birth', 'lifespan_words')})$")
    assert born.match("b.") and not born.match("bx")
    counted = re.compile(rf"^(?:{alternatives('dates', 'not_years', 'counted')})$")
    assert counted.match("per \t cent") and counted.match("km")
