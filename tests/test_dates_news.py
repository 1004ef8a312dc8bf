"""News dates: expressions of the document date, times, sets and references.

Every sentence is one we wrote; the document is dated Friday 22 March 2013.
"""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from pipeline.dates import normalize_dates
from pipeline.records import DateMention, PublishedDate

FRIDAY = PublishedDate("2013-03-22", "day", "front_matter")


def _rows(nlp: Language, text: str, published: PublishedDate | None = FRIDAY) -> dict[str, DateMention]:
    return {m.text: m for m in normalize_dates(nlp(text), "doc", published)}


def _one(nlp: Language, text: str, span: str, published: PublishedDate | None = FRIDAY) -> DateMention:
    rows = _rows(nlp, text, published)
    assert span in rows, sorted(rows)
    return rows[span]


@pytest.mark.parametrize(
    ("sentence", "span", "value", "kind"),
    [
        (
            "Police arrested the former minister yesterday in Halvenburg.",
            "yesterday",
            "2013-03-21",
            "relative",
        ),
        ("The mayor said today that the bridge would reopen.", "today", "2013-03-22", "relative"),
        ("The strike is expected to end tomorrow, union leaders said.", "tomorrow", "2013-03-23", "relative"),
        ("Police arrested him on Tuesday at his home.", "Tuesday", "2013-03-19", "relative"),
        ("The court will rule on Tuesday whether he can be extradited.", "Tuesday", "2013-03-26", "relative"),
        (
            "Prices fell sharply last week on the Oslo exchange.",
            "last week",
            "2013-03-11/2013-03-17",
            "relative",
        ),
        ("Exports have grown this year despite the crisis.", "this year", "2013", "relative"),
        ("Exports fell by a tenth last year, the ministry said.", "last year", "2012", "relative"),
        ("The new law takes effect next month.", "next month", "2013-04", "relative"),
        ("The company was founded two years ago by three engineers.", "two years ago", "2011", "relative"),
        ("A decade ago the port handled half as much cargo.", "A decade ago", "2003", "relative"),
        ("Earlier this month the council approved the budget.", "Earlier this month", "2013-03", "relative"),
        ("The plant closed late last year after a fire.", "late last year", "2012-09/2012-12", "relative"),
        ("The river flooded the old town last summer.", "last summer", "2012-22", "relative"),
        ("He resigned in November after the audit.", "November", "2012-11", "relative"),
        ("The election will be held in November.", "November", "2013-11", "relative"),
        ("The fraud trial opened on 4 February and was adjourned.", "4 February", "2013-02-04", "relative"),
        ("The treaty was signed in June last year.", "June last year", "2012-06", "relative"),
        ("Profit fell in the third quarter, the bank said.", "the third quarter", "2012-35", "relative"),
        (
            "The dam is scheduled to open in the fourth quarter of 2014.",
            "the fourth quarter of 2014",
            "2014-36",
            "point",
        ),
    ],
)
def test_expressions_of_the_document_date(
    nlp: Language, sentence: str, span: str, value: str, kind: str
) -> None:
    row = _one(nlp, sentence, span)
    assert (row.value, row.kind) == (value, kind)


def test_next_year_is_the_documents_not_a_chain(nlp: Language) -> None:
    text = "Sales will rise next year, the board said. Analysts expect a recovery next year as well."
    values = [m.value for m in normalize_dates(nlp(text), "doc", FRIDAY) if m.text == "next year"]
    assert values == ["2014", "2014"]


def test_the_text_anchors_what_refers_back(nlp: Language) -> None:
    rows = _rows(nlp, "The minister resigned on 3 May 2010. The next day his deputy was arrested.")
    assert rows["The next day"].value == "2010-05-04"
    assert rows["The next day"].anchor_date_id == rows["3 May 2010"].date_id


def test_repeated_year_earlier_compares_with_the_same_period(nlp: Language) -> None:
    text = (
        "Profit rose to $5 million in 2012. A year earlier it was $4 million. "
        "Sales were $90 million, against $80 million a year earlier."
    )
    values = [
        m.value for m in normalize_dates(nlp(text), "doc", FRIDAY) if m.text.lower() == "a year earlier"
    ]
    assert values == ["2011", "2011"]


def test_without_a_document_date_news_expressions_keep_no_value(nlp: Language) -> None:
    rows = _rows(nlp, "Police arrested him yesterday; the trial opens next month.", published=None)
    assert (rows["yesterday"].value, rows["next month"].value) == (None, None)
    rows = _rows(nlp, "Today the factory employs 300 people; it has recently grown.", published=None)
    assert "Today" not in rows  # a biography's "nowadays", tied to nothing
    recently = rows["recently"]
    assert (recently.kind, recently.value, recently.timex_value) == ("reference", "PAST_REF", "PAST_REF")
    assert (recently.date_start, recently.date_end, recently.precision) == (None, None, None)


def test_a_dateline_anchors_and_is_named(nlp: Language) -> None:
    text = "OSLO, 22 March 2013 – Police on Tuesday arrested two men."
    rows = _rows(nlp, text, published=None)
    assert rows["Tuesday"].value == "2013-03-19"
    assert rows["Tuesday"].anchor_date_id == rows["22 March 2013"].date_id
    assert _one(nlp, "Police on Tuesday arrested two men.", "Tuesday").anchor_date_id is None


@pytest.mark.parametrize(
    ("sentence", "span", "value"),
    [
        ("The talks lasted a month before they broke down.", "a month", "P1M"),
        ("The suspect was held for 24 hours and released.", "24 hours", "PT24H"),
        ("She spent three years in exile.", "three years", "P3Y"),
        ("The meeting took an hour.", "an hour", "PT1H"),
        ("Unemployment rose in the past two months.", "the past two months", "P2M"),
        ("He was sentenced to three and a half years.", "three and a half years", "P3Y6M"),
        ("The rebels held the town for 2 1/2 years.", "2 1/2 years", "P2Y6M"),
        ("The blast lasted a minute and a half.", "a minute and a half", "PT1M30S"),
        ("Talks went on for a day and a half.", "a day and a half", "P1DT12H"),
        ("The war lasted two and a half decades.", "two and a half decades", "P25Y"),
        ("The strike lasted two and a half months.", "two and a half months", "P2.5M"),
    ],
)
def test_durations(nlp: Language, sentence: str, span: str, value: str) -> None:
    row = _one(nlp, sentence, span)
    assert (row.kind, row.value, row.date_start, row.timex_type, row.timex_value) == (
        "duration",
        value,
        None,
        "DURATION",
        value,
    )


@pytest.mark.parametrize(
    ("sentence", "span", "value", "day"),
    [
        ("The plane landed at 10:35 a.m. in Riga.", "10:35 a.m.", "2013-03-22T10:35", "2013-03-22"),
        (
            "Protesters gathered on Tuesday morning outside the court.",
            "Tuesday morning",
            "2013-03-19TMO",
            "2013-03-19",
        ),
        ("The fire broke out last night in a warehouse.", "last night", "2013-03-21TNI", "2013-03-21"),
        ("The vote closes at 5 p.m. tomorrow.", "5 p.m. tomorrow", "2013-03-23T17:00", "2013-03-23"),
        ("The minister arrived at noon.", "noon", "2013-03-22T12:00", "2013-03-22"),
    ],
)
def test_times_hold_their_day(nlp: Language, sentence: str, span: str, value: str, day: str) -> None:
    row = _one(nlp, sentence, span)
    assert (row.kind, row.value, row.timex_type) == ("time", value, "TIME")
    assert row.date_start == row.date_end == dt.date.fromisoformat(day)
    assert row.precision == "day"


@pytest.mark.parametrize(
    ("sentence", "span", "value"),
    [
        ("The fund pays out annually to its members.", "annually", "P1Y"),
        ("The ferry sails every morning from the harbour.", "every morning", "XXXX-XX-XXTMO"),
        ("The committee meets weekly in the town hall.", "weekly", "P1W"),
        ("The market opens every Monday.", "every Monday", "XXXX-WXX-1"),
    ],
)
def test_sets(nlp: Language, sentence: str, span: str, value: str) -> None:
    row = _one(nlp, sentence, span)
    assert (row.kind, row.value, row.date_start, row.precision, row.timex_type) == (
        "set",
        value,
        None,
        None,
        "SET",
    )


def test_an_amount_per_unit_is_a_rate_not_a_duration(nlp: Language) -> None:
    text = "The airline runs four flights a week and pays a dividend of $1.76 a year; costs rise 5% a year."
    assert not normalize_dates(nlp(text), "doc", FRIDAY)


def test_the_weekly_paper_and_daily_lives_are_not_sets(nlp: Language) -> None:
    assert not [
        m for m in normalize_dates(nlp("The weekly Herald praised their daily lives."), "doc", FRIDAY)
    ]


@pytest.mark.parametrize(
    ("sentence", "span", "value", "start", "end"),
    [
        ("The factory now employs 300 people.", "now", "PRESENT_REF", "2013-03-22", "2013-03-22"),
        ("He currently lives in Geneva.", "currently", "PRESENT_REF", "2013-03-22", "2013-03-22"),
        ("The bank has recently cut its rates.", "recently", "PAST_REF", None, "2013-03-22"),
        ("The mine may reopen in the near future.", "the near future", "FUTURE_REF", "2013-03-22", None),
    ],
)
def test_references_are_tied_to_the_document_date(
    nlp: Language, sentence: str, span: str, value: str, start: str | None, end: str | None
) -> None:
    row = _one(nlp, sentence, span)
    day = dt.date.fromisoformat
    assert (row.kind, row.value, row.timex_value) == ("reference", value, value)
    assert (row.date_start, row.date_end) == (start and day(start), end and day(end))


@pytest.mark.parametrize(
    ("sentence", "span", "timex_type", "timex_value"),
    [
        ("Prices fell sharply last week.", "last week", "DATE", "2013-W11"),
        ("Profit fell in the third quarter.", "the third quarter", "DATE", "2012-Q3"),
        ("The bridge was built in the autumn of 2003.", "the autumn of 2003", "DATE", "2003-FA"),
        ("He taught there from 1956 to 1964.", "from 1956 to 1964", "DATE", None),
        ("The port grew in the mid-1980s.", "the mid-1980s", "DATE", None),
        ("The 45-year-old engineer was arrested.", "45-year-old", "DURATION", "P45Y"),
        ("The town flourished in the 1950s.", "the 1950s", "DATE", "195"),
    ],
)
def test_timeml_view(
    nlp: Language, sentence: str, span: str, timex_type: str, timex_value: str | None
) -> None:
    row = _one(nlp, sentence, span)
    assert (row.timex_type, row.timex_value) == (timex_type, timex_value)


def test_reference_phrases_are_data(nlp: Language) -> None:
    """Every phrase of data/dates.toml [references] is read, with its list's TimeML value."""
    from pipeline.wordlists import data_file

    lists = data_file("dates")["references"]
    values = {"present": "PRESENT_REF", "past": "PAST_REF", "future": "FUTURE_REF"}
    for key, value in values.items():
        for phrase in lists[key]:
            row = _one(nlp, f"The minister spoke about it, {phrase}, in the hall.", phrase)
            assert (row.kind, row.value) == ("reference", value), phrase


@pytest.mark.parametrize(
    ("sentence", "value", "timex_value"),
    [
        (
            "The ambassador said over the weekend that talks had stalled.",
            "2013-03-16/2013-03-17",
            "2013-W11-WE",
        ),
        ("Ministers will meet over the weekend.", "2013-03-23/2013-03-24", "2013-W12-WE"),
    ],
)
def test_the_weekend_by_tense(nlp: Language, sentence: str, value: str, timex_value: str) -> None:
    row = _one(nlp, sentence, "the weekend")
    assert (row.value, row.timex_type, row.timex_value) == (value, "DATE", timex_value)
