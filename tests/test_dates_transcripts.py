"""Years said in words, as broadcast transcripts write them.

Every sentence is one we wrote; the document is dated Friday 22 March 2013.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from pipeline.dates import normalize_dates
from pipeline.records import PublishedDate

FRIDAY = PublishedDate("2013-03-22", "day", "front_matter")


@pytest.mark.parametrize(
    ("sentence", "span", "value"),
    [
        ("The mine closed in nineteen ninety-six after the strike.", "nineteen ninety-six", "1996"),
        (
            "Prices have doubled since January nineteen ninety-seven.",
            "January nineteen ninety-seven",
            "1997-01",
        ),
        (
            "It was the coldest since the winter of nineteen ninety-four.",
            "the winter of nineteen ninety-four",
            "1994-24",
        ),
        ("The bridge was finished in nineteen oh five.", "nineteen oh five", "1905"),
        ("The plan runs until the year two thousand.", "the year two thousand", "2000"),
        ("The treaty dates from nineteen hundred and ten.", "nineteen hundred and ten", "1910"),
    ],
)
def test_years_in_words(nlp: Language, sentence: str, span: str, value: str) -> None:
    rows = {m.text: m for m in normalize_dates(nlp(sentence), "doc", FRIDAY)}
    assert span in rows, sorted(rows)
    assert (rows[span].value, rows[span].kind) == (value, "point")


def test_a_count_in_words_is_no_year(nlp: Language) -> None:
    text = "More than two thousand people marched, and nineteen twenty-one votes were cast."
    assert not normalize_dates(nlp(text), "doc", FRIDAY)
