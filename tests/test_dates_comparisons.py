"""Earnings comparisons: periods set against the quarter a report is about.

Every sentence is one we wrote; the document is dated Friday 22 March 2013.
"""

from __future__ import annotations

from spacy.language import Language

from pipeline.dates import normalize_dates
from pipeline.records import PublishedDate

FRIDAY = PublishedDate("2013-03-22", "day", "front_matter")


def _values(
    nlp: Language, text: str, published: PublishedDate | None = FRIDAY
) -> list[tuple[str, str | None]]:
    return [(m.text, m.value) for m in normalize_dates(nlp(text), "doc", published)]


def test_a_year_ago_beside_a_quarter_is_that_quarter_a_year_back(nlp: Language) -> None:
    text = (
        "Fourth-quarter net income rose 12% to $41 million. "
        "The bank earned $36.6 million, or 52 cents a share, a year ago."
    )
    assert ("a year ago", "2011-36") in _values(nlp, text)
    text = "Profit in the third quarter of 2012 fell to $8 million from $11 million a year earlier."
    assert ("a year earlier", "2011-35") in _values(nlp, text)


def test_far_from_a_quarter_a_year_ago_keeps_the_year(nlp: Language) -> None:
    text = (
        "Profit in the fourth quarter rose to $9 million. The chairman thanked the staff. "
        "The plant was opened in Lyon. The founder retired a year ago."
    )
    assert ("a year ago", "2012") in _values(nlp, text)
    assert ("a year ago", "2012") in _values(nlp, "The mayor was elected a year ago.")


def test_the_year_ago_quarter_and_the_year_period(nlp: Language) -> None:
    text = (
        "Sales rose 8% in the fourth quarter. There was a one-time gain of $2 million in the 2011 period. "
        "In the year-ago fourth quarter, the company lost $3 million."
    )
    values = _values(nlp, text)
    assert ("the year-ago fourth quarter", "2011-36") in values
    assert ("the 2011 period", "2011-36") in values


def test_without_a_quarter_the_year_period_is_the_year(nlp: Language) -> None:
    assert ("the 2011 period", "2011") in _values(nlp, "Exports grew in the 2011 period.")


def test_comparisons_need_no_document_date(nlp: Language) -> None:
    text = "Net income in the first quarter of 2012 was $4 million, against $3 million a year earlier."
    assert ("a year earlier", "2011-33") in _values(nlp, text, published=None)


def test_the_latest_quarter_is_over_by_the_document_date(nlp: Language) -> None:
    text = (
        "Third-quarter profit rose 5%. The company expects lower fourth-quarter earnings. "
        "Revenue in the latest quarter was $2 billion."
    )
    assert ("the latest quarter", "2012-35") in _values(
        nlp, text, PublishedDate("2012-11-02", "day", "front_matter")
    )


def test_a_fiscal_year_keeps_its_label_in_the_span(nlp: Language) -> None:
    assert ("fiscal 2012", "2012") in _values(nlp, "The insurer expects a loss for fiscal 2012.")
