"""The date grammar's fast scan finds exactly what each rule finds on its own.

`grammar.scan` skips rules whose words are absent and tries a rule only where
its lower-cased twin says it can start; these tests compare it with running
every rule's own regex over the whole text.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.dates.grammar import RULES, Hit, Rule, scan
from tests.test_dates import CASES

ROOT = Path(__file__).resolve().parents[1]
# Sentences of our own with the cases that stress the scan: capitals, lower-case
# month names (verbs, not months), length-changing lower-casing ("İ"), every rule.
OWN = [
    "SEPTEMBER 2007 was wet; in march 1990 they may 1991 not.",
    "İzmir, 12 March 2014 – the mayor of İstanbul resigned on 3 May 2015.",
    "On her 40th birthday, at the age of forty, she was 40 years old; aged 41, at 42, she left.",
    "In the early 19th century and the mid-1990s, in the late 1980s and the 1970's.",
    "The next day, that same week, the following months, three years later, the day after.",
    "Two days after the election, the day before his trial, after a few years he returned.",
    "Last Monday and on Friday, 5 June, she met him; by June he had gone since May 1990.",
    "In the spring of 1990, the summer, winter 1991; at the beginning of 1992.",
    "For years, within months, several weeks, nearly three decades, a couple of days.",
    "From 1956 to 1964, 1997–2004, between May and June 1990, 22.09.2007, 2007-10-19.",
    "Late yesterday and this morning, last week and earlier this year, by the end of this week.",
    "June last year, last November and mid-December; the third quarter, the 1988 fourth quarter.",
    "Profit in the 1988 period, and in the year-ago third quarter, was lower.",
    "In nineteen ninety-six, January nineteen ninety-seven and the year two thousand.",
    "Over the weekend, ahead of the weekend of the vote.",
    "The latest quarter beat year-earlier profit; at 4 in the morning, mid-afternoon, 10:35 a.m. EST.",
    "He is paid annually and meets every Monday; now, recently, in the near future, Friday night.",
]


def _texts() -> list[str]:
    samples = sorted((ROOT / "raw").glob("*.txt")) + sorted((ROOT / "tests" / "corpus").glob("*.txt"))
    return OWN + [case[0] for case in CASES] + [path.read_text(encoding="utf-8") for path in samples]


def _every_rule_alone(text: str) -> list[tuple[str, int, int]]:
    found = []
    for rule in RULES:
        for match in rule.pattern.finditer(text):
            start, end = match.span("span") if "span" in match.re.groupindex else match.span()
            found.append((rule.name, start, end))
    return sorted(found)


def _spans(hits: list[Hit]) -> list[tuple[str, int, int]]:
    return sorted((hit.rule, hit.start, hit.end) for hit in hits)


@pytest.mark.parametrize("text", _texts(), ids=lambda text: text[:40])
def test_scan_matches_every_rule_run_alone(text: str) -> None:
    assert _spans(scan(text)) == _every_rule_alone(text)


def test_scan_keeps_offsets_when_lower_casing_changes_length() -> None:
    text = "İzmir, 12 March 2014."
    assert len(text.lower()) != len(text)
    hits = [hit for hit in scan(text) if hit.rule == "day"]
    assert [text[hit.start : hit.end] for hit in hits] == ["12 March 2014"]


def test_a_word_inside_a_word_is_not_read_when_lower_casing_changes_length() -> None:
    text = "İzmir: I know the port is busy now."
    assert len(text.lower()) != len(text)
    references = [text[hit.start : hit.end] for hit in scan(text) if hit.rule == "reference"]
    assert references == ["now"]


def test_scan_reads_month_names_only_when_capitalised() -> None:
    text = "They may 1991 leave; they left in May 1991."
    months = [text[h.start : h.end] for h in scan(text) if h.rule == "month"]
    assert months == ["May 1991"]


def test_expressions_start_a_word() -> None:
    """A year glued to a word ("in1990") is not read as a date."""
    assert not [hit for hit in scan("He was born in1990 in Riga.") if hit.rule == "year"]


@pytest.mark.parametrize("rule", [rule for rule in RULES if rule.needs], ids=lambda rule: rule.name)
def test_every_match_contains_a_needed_word(rule: Rule) -> None:
    matched = 0
    for text in _texts():
        for match in rule.pattern.finditer(text):
            matched += 1
            assert any(word in match.group().lower() for word in rule.needs), (rule.name, match.group())
    assert matched, f"no text exercises rule {rule.name}"
