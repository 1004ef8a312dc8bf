"""News dates: which way a weekday, a month or a date without a year points.

Every sentence is one we wrote; the document is dated Friday 22 March 2013.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from pipeline.dates import normalize_dates
from pipeline.records import DateMention, PublishedDate

FRIDAY = PublishedDate("2013-03-22", "day", "front_matter")


def _value(nlp: Language, sentence: str, span: str) -> str | None:
    rows: dict[str, DateMention] = {m.text: m for m in normalize_dates(nlp(sentence), "doc", FRIDAY)}
    assert span in rows, sorted(rows)
    return rows[span].value


@pytest.mark.parametrize(
    ("sentence", "span", "value"),
    [
        # No tense of its own, or the present: news reports what happened.
        (
            "The notes are convertible at a premium over Thursday's closing price.",
            "Thursday",
            "2013-03-21",
        ),
        # A participle on its own reports what was done.
        (
            "Under the agreement, announced Monday, holders would receive $42 a share.",
            "Monday",
            "2013-03-18",
        ),
        # The perfect of a modal, and a plan in the past perfect, look back.
        (
            "Worries about the chip may have been responsible for a fall in the stock on Wednesday.",
            "Wednesday",
            "2013-03-20",
        ),
        ("The offer had been due to expire on Wednesday.", "Wednesday", "2013-03-20"),
        ("The tender had been scheduled to close on Tuesday.", "Tuesday", "2013-03-19"),
        # "be to" is an arrangement ahead.
        ("The shares are to resume trading in Paris on Tuesday.", "Tuesday", "2013-03-26"),
        ("The court will rule on Tuesday.", "Tuesday", "2013-03-26"),
    ],
)
def test_weekdays_look_back_unless_the_clause_looks_ahead(
    nlp: Language, sentence: str, span: str, value: str
) -> None:
    assert _value(nlp, sentence, span) == value


@pytest.mark.parametrize(
    ("sentence", "span", "value"),
    [
        # A deadline, a noun's date or an infinitive's: the near date, not one nearly a year back.
        ("The offer was extended to April 5.", "April 5", "2013-04-05"),
        (
            "The board declared a dividend payable May 1 to holders of record April 12.",
            "May 1",
            "2013-05-01",
        ),
        (
            "The board declared a dividend payable May 1 to holders of record April 12.",
            "April 12",
            "2013-04-12",
        ),
        ("The bank agreed to buy the insurer in May.", "May", "2013-05"),
        ("The group said its output would fall in April.", "April", "2013-04"),
        # Nor nearly a year ahead in the future tense.
        ("The talks will build on the March 8 accord.", "March 8", "2013-03-08"),
        # A date that times a finished event itself keeps the tense's choice.
        ("The company changed its auditors in May.", "May", "2012-05"),
        ("The quarter ended April 30 brought a loss.", "April 30", "2012-04-30"),
        # Far from the document date on both sides, the tense decides as before.
        ("The plant closed in September.", "September", "2012-09"),
    ],
)
def test_a_date_without_its_year_is_near_the_document_date(
    nlp: Language, sentence: str, span: str, value: str
) -> None:
    assert _value(nlp, sentence, span) == value


@pytest.mark.parametrize(
    ("sentence", "span", "value"),
    [
        ("The job figures for January showed a surge in hiring.", "January", "2013-01"),
        ("After a revision to February's figures, the economy looked stronger.", "February", "2013-02"),
        ("The bank acted under a December agreement with its creditors.", "December", "2012-12"),
    ],
)
def test_a_month_named_alone(nlp: Language, sentence: str, span: str, value: str) -> None:
    assert _value(nlp, sentence, span) == value


def test_a_month_in_a_name_or_may_the_verb_is_no_date(nlp: Language) -> None:
    text = "June Carter sang at the August Uprising memorial. May we ask?"
    assert not normalize_dates(nlp(text), "doc", FRIDAY)
