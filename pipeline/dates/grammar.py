"""The regular grammar of temporal expressions, as named rules over raw text.

Each rule finds one construction ("From 1956 to 1964", "three months later",
"at the age of 29"). The rules only locate and label; `absolute.py`,
`relative.py`, `durations.py`, `ages.py` and the news modules give the values.
The pieces they are written with are in `patterns.py`; the rules of news
(expressions of the document date, clock times, sets) in `news_rules.py`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pipeline.dates.news_rules import NEWS_RULES
from pipeline.dates.patterns import (
    CENTURY,
    DAY,
    DECADE,
    DM,
    DMY,
    DURATION_UNIT,
    FULL_DATE,
    FULL_MONTH,
    FULL_MONTH_NOT_MAY,
    FUZZY_WORDS,
    ISO,
    LEFT,
    MD,
    MDY,
    MONTH,
    MONTH_STEMS,
    MY,
    NUM,
    NUMERIC,
    NUMERIC_MY,
    OPEN_END,
    OPEN_END_WORDS,
    ORDINAL,
    PART_OF_DAY,
    PLURAL_UNITS,
    RIGHT,
    SEASON,
    SEASON_WORDS,
    SHORT_YEAR,
    SPELLED_YEAR,
    UNIT,
    UNIT_WORDS,
    WEEKDAY,
    WEEKDAY_WORDS,
    YEAR,
    Hit,
    Rule,
    make_rule,
)

__all__ = [
    "DAY",
    "DM",
    "DMY",
    "MD",
    "MDY",
    "MONTH",
    "RULES",
    "SHORT_YEAR",
    "WEEKDAY",
    "YEAR",
    "Hit",
    "Rule",
    "scan",
    "select",
]
_rule = make_rule

# Order breaks ties between equally long matches: earlier wins.
BASE_RULES: tuple[Rule, ...] = (
    _rule(
        "range",
        rf"(?:(?P<lead>from|between|{PART_OF_DAY})\s+)?(?P<a>{LEFT})"
        rf"(?P<conn>\s+(?:to|until|till|through|and)\s+|\s*[–—-]\s*)(?P<b>{RIGHT})",
    ),
    _rule("since", rf"(?P<lead>since)\s+(?P<a>{FULL_DATE})", ("since",)),
    # "Jul 2017 – to date", "2019 - present": a range that still runs.
    _rule("ongoing", rf"(?P<a>{FULL_DATE})\s*[–—-]\s*(?:{OPEN_END})\b", OPEN_END_WORDS),
    _rule(
        "day",
        rf"(?:(?P<pod>{PART_OF_DAY})\s+)?(?:(?P<wd>{WEEKDAY}),?\s+(?:the\s+)?)?(?P<a>{ISO}|{NUMERIC}|{DMY}|{MDY})",
    ),
    _rule("month", rf"(?P<a>{MY})", MONTH_STEMS),
    _rule("numeric_month", rf"(?P<a>{NUMERIC_MY})"),
    # "fiscal 1989": the label is part of the span; the value stays the year it names.
    _rule("year", rf"(?:fiscal\s+)?(?P<a>{YEAR})"),
    _rule("fuzzy_decade", rf"(?:the\s+)?(?P<part>early|mid|late)[-\s]?(?P<a>{DECADE})", FUZZY_WORDS),
    _rule("decade", rf"(?:the\s+)?(?P<a>{DECADE})", ("0s", "0's")),
    _rule("century", rf"(?:the\s+)?(?:(?P<part>early|mid|late)[-\s]?)?(?P<a>{CENTURY})", ("centur",)),
    _rule("fuzzy_month", rf"(?P<part>early|mid|late)[-\s]?(?P<a>{MY})", FUZZY_WORDS),
    _rule("fuzzy_year", rf"(?P<part>early|mid|late)[-\s]?(?P<a>{YEAR})", FUZZY_WORDS),
    _rule(
        "fuzzy_of",
        rf"the\s+(?P<part>beginning|start|middle|end)\s+of\s+(?P<a>{MY}|{YEAR}|(?:the\s+)?{DECADE}|(?:the\s+)?{CENTURY})",
        ("beginning", "start", "middle", "end"),
    ),
    _rule("season", rf"(?:the\s+)?(?P<season>{SEASON})(?:\s+of)?,?\s+(?P<year>{YEAR})", SEASON_WORDS),
    # "nineteen ninety-six", "January nineteen ninety-seven", "the winter of nineteen ninety-four",
    # "the year two thousand".
    _rule(
        "spelled_year",
        rf"(?:(?P<lead>the\s+year)\s+|(?P<mn>{MONTH})\s+|(?:the\s+)?(?P<season>{SEASON})\s+of\s+)?"
        rf"(?P<sy>{SPELLED_YEAR})",
        ("nineteen", "thousand"),
    ),
    # Relative: anaphoric or offset, placed from an earlier date.
    _rule(
        "later",
        # "nearly four years ago": the modifier belongs to the expression, as in durations.
        r"(?:(?:nearly|almost|about|around|roughly|some|more\s+than|less\s+than|just\s+over|just\s+under)\s+)?"
        rf"(?P<n>{NUM}|a|an|a\s+few|several|some|many)\s+(?P<unit>{UNIT})\s+(?P<dir>later|afterwards|earlier|ago|on(?=\s*[,.;]))\b",
        UNIT_WORDS,
    ),
    _rule(
        "event",
        rf"(?:(?P<the>the)\s+|(?P<n>{NUM}|a|an)\s+)(?P<unit>{UNIT})\s+(?P<dir>after|before)\s+"
        r"(?P<np>(?:the|his|her|its|their)\s+[a-z]+)",
        ("after", "before"),
    ),
    _rule(
        "day_after",
        r"the\s+(?:very\s+)?day\s+(?P<dir>after|before)\b(?!\s+(?:the|his|her|its|their)\b)",
        ("after", "before"),
    ),
    _rule(
        "after",
        rf"after\s+(?:(?P<n>{NUM}|a|an)|(?:his|her|their|its)\s+(?P<ord>{ORDINAL}))\s+(?P<unit>{UNIT})(?!\s+of\b)",
        ("after",),
    ),
    _rule(
        "next",
        r"(?:(?P<the>the)\s+)?(?:very\s+)?(?P<which>next|following|previous|preceding|prior)\s+"
        rf"(?P<unit>(?:day|morning|afternoon|evening|night|week|month|year)\b|{SEASON}\b)",
        ("next", "following", "previous", "preceding", "prior"),
    ),
    _rule(
        "same",
        r"(?:the\s+(?:very\s+)?same|that)\s+"
        rf"(?P<unit>(?:day|date|morning|afternoon|evening|night|week|month|year)\b|{SEASON}\b)",
        ("same", "that"),
    ),
    _rule("bare_season", r"the\s+(?P<season>spring|summer|autumn|winter)\b", SEASON_WORDS),
    _rule(
        "vague",
        r"(?:the\s+)?(?:following|next|coming|previous|preceding|past|last|subsequent)\s+"
        r"(?:few\s+|several\s+)?(?P<unit>days|weeks|months|years|decades)\b",
        ("following", "next", "coming", "previous", "preceding", "past", "last", "subsequent"),
    ),
    _rule("weekday", rf"(?P<mod>(?:last|next|this)\s+)?(?P<wd>{WEEKDAY})", WEEKDAY_WORDS),
    _rule("yearless", rf"(?:(?P<wd>{WEEKDAY}),?\s+)?(?P<a>{DM}|{MD})", MONTH_STEMS),
    _rule(
        "month_only",
        rf"\b(?:in|by|until|till|during|since)\s+(?P<span>(?P<a>{FULL_MONTH}))(?!,?\s*\d)",
        MONTH_STEMS,
    ),
    # A month named alone: "figures for January", "a June agreement", "December's figures"; not
    # "May", a verb too (after a preposition it is month_only's), nor a name (find.py).
    _rule("month_alone", rf"(?P<a>{FULL_MONTH_NOT_MAY})(?!,?\s*\d)", MONTH_STEMS),
    # Ages.
    _rule(
        "age", rf"at\s+the\s+age\s+of\s+(?P<n>{NUM})|at\s+age\s+(?P<n2>{NUM})|aged\s+(?P<n3>{NUM})", ("age",)
    ),
    _rule("age_old", rf"(?P<n>{NUM})[\s-]+years?[\s-]+old\b", ("old",)),
    _rule("age_at", r"(?:^|(?<=[,;(]\s)|(?<=\n))at\s+(?P<n>\d{1,3})(?=\s*[,;)])"),
    _rule("birthday", rf"(?:(?:his|her|their|my|its)\s+)?(?P<ord>{ORDINAL})\s+birthday\b", ("birthday",)),
    # Durations.
    _rule(
        "duration",
        # TimeML keeps the determiner of a counted period: "the past two months", "the first nine months".
        # Not "the two-week trip": the determiner comes with a counted plural noun only.
        r"(?:the\s+(?:(?:past|last|next|first|coming|previous|latest|final|following)\s+)?"
        r"(?=[^\s]+(?:\s+[^\s]+)?\s+(?:days|nights|weeks|months|years|decades|centuries|hours|minutes|seconds)\b))?"
        r"(?:(?P<mod>nearly|almost|about|around|approximately|roughly|some|over|more\s+than|less\s+than"
        r"|at\s+least|up\s+to|under|just\s+over|just\s+under)\s+)?"
        # "two and a half years", "2 1/2 years", "a year and a half" add half a unit.
        rf"(?P<n>{NUM}|a|an)(?P<half>\s+and\s+a\s+half|\s+1/2)?[\s-]+(?P<unit>{DURATION_UNIT})"
        r"(?P<half2>\s+and\s+a\s+half\b)?",
        (*UNIT_WORDS, "hour", "minute", "second"),
    ),
    _rule(
        "vague_duration",
        r"(?P<q>a\s+few|several|many|some|a\s+couple\s+of)\s+(?P<unit>days|weeks|months|years|decades)\b",
        PLURAL_UNITS,
    ),
    _rule(
        "bare_duration",
        r"\b(?:for|within)\s+(?P<span>(?P<unit>days|weeks|months|years|decades))\b",
        PLURAL_UNITS,
    ),
)
RULES: tuple[Rule, ...] = BASE_RULES + NEWS_RULES
RULE_ORDER = {rule.name: index for index, rule in enumerate(RULES)}


def scan(text: str) -> list[Hit]:
    """Every match of every rule, overlapping; `select` picks among them."""
    lowered = text.lower()
    hits = []
    for rule in RULES:
        if rule.needs and not any(word in lowered for word in rule.needs):
            continue
        # Lower-casing that changes a text's length ("İ") would shift offsets.
        matches = _matches(rule, text, lowered) if len(lowered) == len(text) else rule.pattern.finditer(text)
        for match in matches:
            start, end = match.span("span") if "span" in match.re.groupindex else match.span()
            hits.append(Hit(rule.name, start, end, match.groupdict()))
    return hits


def _matches(rule: Rule, text: str, lowered: str) -> Iterator[re.Match[str]]:
    """What ``rule.pattern.finditer(text)`` yields, for expressions that start a word.

    The case-sensitive ``starts`` scan of the lower-cased text accepts at least
    every position where the rule matches; the rule itself then decides at each.
    """
    resume = 0
    for candidate in rule.starts.finditer(lowered):
        start = candidate.start()
        if start >= resume and (match := rule.pattern.match(text, start)):
            yield match
            resume = match.end()


def select(hits: list[Hit]) -> list[Hit]:
    """Longest first, ties by rule order; a hit overlapping a chosen one is dropped."""
    chosen: list[Hit] = []
    taken: set[int] = set()
    for hit in sorted(hits, key=lambda h: (-h.length, RULE_ORDER[h.rule], h.start)):
        if taken.isdisjoint(range(hit.start, hit.end)):
            chosen.append(hit)
            taken.update(range(hit.start, hit.end))
    return sorted(chosen, key=lambda h: h.start)
