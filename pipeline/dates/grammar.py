"""The regular grammar of temporal expressions, as named rules over raw text.

Each rule finds one construction ("From 1956 to 1964", "three months later",
"at the age of 29"). The rules only locate and label; `absolute.py`,
`relative.py`, `durations.py` and `ages.py` give the values. Month and weekday
names must be capitalised ("may", "march" are verbs); everything else is
matched case-insensitively.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from pipeline.dates.lexicon import NUMBER_WORDS, ORDINAL_WORDS

_FULL_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_ABBR_MONTHS = r"Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept\.?|Sep\.?|Oct\.?|Nov\.?|Dec\.?"
MONTH = rf"(?-i:(?:{_FULL_MONTHS}|{_FULL_MONTHS.upper()}|{_ABBR_MONTHS})(?![A-Za-z]))"
FULL_MONTH = rf"(?-i:(?:{_FULL_MONTHS})(?![A-Za-z]))"
WEEKDAY = r"(?-i:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)"
DAY = r"(?<!\d)(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
# A year is 1000-2099, not a piece of a longer number ("7,400", "1.5").
YEAR = r"(?<![\d,.$€£])(?:1\d{3}|20\d{2})(?!\d|[.,]\d)"
_NUM_DIGITS = r"(?<![\d.,])\d{1,3}(?!\d|[.,]\d)"
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_ONES = "one|two|three|four|five|six|seven|eight|nine"
NUM = rf"(?:{_NUM_DIGITS}|\b(?:{_TENS})[-\s](?:{_ONES})\b|\b(?:{NUMBER_WORDS})\b)"
ORDINAL = rf"(?:\d{{1,3}}(?:st|nd|rd|th)|\b(?:{_TENS})-(?:{ORDINAL_WORDS})\b|\b(?:{ORDINAL_WORDS})\b)"
UNIT = r"(?:days?|nights?|weeks?|months?|years?|decades?|century|centuries)\b"
_PART_OF_DAY = r"the\s+(?:morning|afternoon|evening|night)\s+of"

# Calendar forms of one date, used alone and as the ends of ranges.
ISO = r"(?<!\d)\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?!\d)"
NUMERIC = (
    r"(?<![\d.])(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\.\d{4}(?!\d)"
    r"|(?<![\d/])(?:0?[1-9]|[12]\d|3[01])/(?:0?[1-9]|1[0-2])/\d{4}(?!\d)"
)
DMY = rf"(?:the\s+)?{DAY}(?:\s+of)?\s+{MONTH},?\s+{YEAR}"
MDY = rf"{MONTH}\s+{DAY},?\s+{YEAR}"
MY = rf"{MONTH},?\s+{YEAR}"
DM = rf"(?:the\s+)?{DAY}(?:\s+of)?\s+{MONTH}"
MD = rf"{MONTH}\s+{DAY}"
DY = rf"{DAY},\s+{YEAR}"
SHORT_YEAR = r"\d{2}(?!\d)"
FULL_DATE = f"(?:{ISO}|{NUMERIC}|{DMY}|{MDY}|{MY}|{YEAR})"
_LEFT = f"(?:{FULL_DATE}|{DM}|{MD}|{MONTH}|{DAY})"
_RIGHT = f"(?:{FULL_DATE}|{DY}|{SHORT_YEAR})"
_DECADE = r"(?:1\d{2}0|20\d0)'?s\b"
_CENTURY = rf"(?:\d{{1,2}}(?:st|nd|rd|th)|\b(?:{ORDINAL_WORDS}))[-\s]century\b"
_SEASON = r"(?:spring|summer|autumn|fall|winter)"

# Words one of which a rule's every match contains; see Rule.needs.
_UNIT_WORDS = ("day", "night", "week", "month", "year", "decade", "centur")
_PLURAL_UNITS = ("days", "weeks", "months", "years", "decades")
_MONTH_STEMS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_SEASON_WORDS = ("spring", "summer", "autumn", "fall", "winter")
_FUZZY_WORDS = ("early", "mid", "late")
_WEEKDAY_WORDS = tuple(f"{stem}day" for stem in ("mon", "tues", "wednes", "thurs", "fri", "satur", "sun"))


@dataclass(frozen=True, slots=True)
class Rule:
    """A named construction.

    ``pattern`` is the rule as written. ``starts`` is the same rule spelled in
    lower case, compiled case-sensitively and tied to word starts, for finding
    where ``pattern`` can match in lower-cased text: case-insensitive
    alternations defeat the regex engine's first-character checks and made
    scanning the slowest part of the stage.
    """

    name: str
    pattern: re.Pattern[str]
    starts: re.Pattern[str]
    # Every match contains one of these (in lower case): a text without any skips the rule.
    needs: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Hit:
    """One rule's match: the span it claims and the named pieces inside it."""

    rule: str
    start: int
    end: int
    groups: dict[str, str | None]

    @property
    def length(self) -> int:
        return self.end - self.start


def _rule(name: str, pattern: str, needs: tuple[str, ...] = ()) -> Rule:
    # Lower-casing the pattern must not change its escapes (\D and \d differ).
    if re.search(r"\\[A-Z]", pattern):
        raise ValueError(f"date rule {name}: an upper-case escape would change meaning when lower-cased")
    lowered = pattern.lower().replace("(?p<", "(?P<")
    starts = re.compile(rf"(?<!\w)(?=(?:{lowered}))")
    return Rule(name, re.compile(pattern, re.IGNORECASE), starts, needs)


# Order breaks ties between equally long matches: earlier wins.
RULES: tuple[Rule, ...] = (
    _rule(
        "range",
        rf"(?:(?P<lead>from|between|{_PART_OF_DAY})\s+)?(?P<a>{_LEFT})"
        rf"(?P<conn>\s+(?:to|until|till|through|and)\s+|\s*[–—-]\s*)(?P<b>{_RIGHT})",
    ),
    _rule("since", rf"(?P<lead>since)\s+(?P<a>{FULL_DATE})", ("since",)),
    _rule(
        "day",
        rf"(?:(?P<pod>{_PART_OF_DAY})\s+)?(?:(?P<wd>{WEEKDAY}),?\s+(?:the\s+)?)?(?P<a>{ISO}|{NUMERIC}|{DMY}|{MDY})",
    ),
    _rule("month", rf"(?P<a>{MY})", _MONTH_STEMS),
    _rule("year", rf"(?P<a>{YEAR})"),
    _rule("fuzzy_decade", rf"(?:the\s+)?(?P<part>early|mid|late)[-\s]?(?P<a>{_DECADE})", _FUZZY_WORDS),
    _rule("decade", rf"(?:the\s+)?(?P<a>{_DECADE})", ("0s", "0's")),
    _rule("century", rf"(?:the\s+)?(?:(?P<part>early|mid|late)[-\s]?)?(?P<a>{_CENTURY})", ("centur",)),
    _rule("fuzzy_month", rf"(?P<part>early|mid|late)[-\s]?(?P<a>{MY})", _FUZZY_WORDS),
    _rule("fuzzy_year", rf"(?P<part>early|mid|late)[-\s]?(?P<a>{YEAR})", _FUZZY_WORDS),
    _rule(
        "fuzzy_of",
        rf"the\s+(?P<part>beginning|start|middle|end)\s+of\s+(?P<a>{MY}|{YEAR}|(?:the\s+)?{_DECADE}|(?:the\s+)?{_CENTURY})",
        ("beginning", "start", "middle", "end"),
    ),
    _rule("season", rf"(?:the\s+)?(?P<season>{_SEASON})(?:\s+of)?,?\s+(?P<year>{YEAR})", _SEASON_WORDS),
    # Relative: anaphoric or offset, placed from an earlier date.
    _rule(
        "later",
        rf"(?P<n>{NUM}|a|an|a\s+few|several|some|many)\s+(?P<unit>{UNIT})\s+(?P<dir>later|afterwards|earlier|ago|on(?=\s*[,.;]))\b",
        _UNIT_WORDS,
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
        r"(?:the\s+)?(?:very\s+)?(?P<which>next|following|previous|preceding|prior)\s+"
        rf"(?P<unit>(?:day|morning|afternoon|evening|night|week|month|year)\b|{_SEASON}\b)",
        ("next", "following", "previous", "preceding", "prior"),
    ),
    _rule(
        "same",
        r"(?:the\s+(?:very\s+)?same|that)\s+"
        rf"(?P<unit>(?:day|morning|afternoon|evening|night|week|month|year)\b|{_SEASON}\b)",
        ("same", "that"),
    ),
    _rule("bare_season", r"the\s+(?P<season>spring|summer|autumn|winter)\b", _SEASON_WORDS),
    _rule(
        "vague",
        r"(?:the\s+)?(?:following|next|coming|previous|preceding|past|last|subsequent)\s+"
        r"(?:few\s+|several\s+)?(?P<unit>days|weeks|months|years|decades)\b",
        ("following", "next", "coming", "previous", "preceding", "past", "last", "subsequent"),
    ),
    _rule("weekday", rf"(?P<mod>(?:last|next|this)\s+)?(?P<wd>{WEEKDAY})", _WEEKDAY_WORDS),
    _rule("yearless", rf"(?:(?P<wd>{WEEKDAY}),?\s+)?(?P<a>{DM}|{MD})", _MONTH_STEMS),
    _rule(
        "month_only",
        rf"\b(?:in|by|until|till|during|since)\s+(?P<span>(?P<a>{FULL_MONTH}))(?!,?\s*\d)",
        _MONTH_STEMS,
    ),
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
        r"(?:(?P<mod>nearly|almost|about|around|approximately|roughly|some|over|more\s+than|less\s+than"
        r"|at\s+least|up\s+to|under|just\s+over|just\s+under)\s+)?"
        rf"(?P<n>{NUM}|a|an)[\s-]+(?P<unit>{UNIT})",
        _UNIT_WORDS,
    ),
    _rule(
        "vague_duration",
        r"(?P<q>a\s+few|several|many|some|a\s+couple\s+of)\s+(?P<unit>days|weeks|months|years|decades)\b",
        _PLURAL_UNITS,
    ),
    _rule(
        "bare_duration",
        r"\b(?:for|within)\s+(?P<span>(?P<unit>days|weeks|months|years|decades))\b",
        _PLURAL_UNITS,
    ),
)
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
