"""The pieces the date rules are written with: calendar words and numbers as
regular expressions, and the Rule and Hit records.

Month and weekday names must be capitalised ("may", "march" are verbs);
everything else is matched case-insensitively.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.dates.lexicon import (
    MONTH_ABBREVIATIONS,
    MONTH_NAMES,
    NUMBER_WORDS,
    OPEN_ENDS,
    ORDINAL_WORDS,
    SEASONS,
    WEEKDAY_STEMS,
    WEEKDAYS,
)

# Month and weekday names from data/dates.toml: "January|February|...", "Jan\.?|...|Sept\.?|Sep\.?|...".
_FULL_MONTHS = "|".join(re.escape(name.capitalize()) for name in MONTH_NAMES)
_ABBR_MONTHS = "|".join(
    rf"{re.escape(form.capitalize())}\.?"
    for forms in MONTH_ABBREVIATIONS
    for form in sorted(forms, key=len, reverse=True)  # "Sept" before "Sep"
)
_WEEKDAY_STEMS = "|".join(re.escape(stem.capitalize()) for stem in WEEKDAY_STEMS)
MONTH = rf"(?-i:(?:{_FULL_MONTHS}|{_FULL_MONTHS.upper()}|{_ABBR_MONTHS})(?![A-Za-z]))"
FULL_MONTH = rf"(?-i:(?:{_FULL_MONTHS})(?![A-Za-z]))"
FULL_MONTH_NOT_MAY = rf"(?-i:(?:{_FULL_MONTHS.replace('May|', '')})(?![A-Za-z]))"
WEEKDAY = rf"(?-i:(?:{_WEEKDAY_STEMS})day\b)"
DAY = r"(?<!\d)(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
# A year is 1000-2099, not a piece of a longer number ("7,400", "1.5").
YEAR = r"(?<![\d,.$€£])(?:1\d{3}|20\d{2})(?!\d|[.,]\d)"
_NUM_DIGITS = r"(?<![\d.,])\d{1,3}(?!\d|[.,]\d)"
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_ONES = "one|two|three|four|five|six|seven|eight|nine"
NUM = rf"(?:{_NUM_DIGITS}|\b(?:{_TENS})[-\s](?:{_ONES})\b|\b(?:{NUMBER_WORDS})\b)"
_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
# Years said in words, as transcripts write them: "nineteen ninety-six", "two thousand and one".
SPELLED_YEAR = (
    rf"(?:nineteen[-\s]+(?:hundred[-\s]+(?:and[-\s]+)?)?(?:(?:{_TENS})(?:[-\s](?:{_ONES}))?|{_TEENS}"
    rf"|oh[-\s](?:{_ONES}))|two[-\s]thousand(?:[-\s]+(?:and[-\s]+)?(?:{_ONES}|{_TEENS}))?)(?![-\w])"
)
ORDINAL = rf"(?:\d{{1,3}}(?:st|nd|rd|th)|\b(?:{_TENS})-(?:{ORDINAL_WORDS})\b|\b(?:{ORDINAL_WORDS})\b)"
UNIT = r"(?:days?|nights?|weeks?|months?|years?|decades?|century|centuries)\b"
# Lengths of time also count hours, minutes, seconds and (business) quarters.
DURATION_UNIT = (
    r"(?:days?|nights?|weeks?|months?|years?|decades?|century|centuries|hours?|minutes?|seconds?)\b"
)
PART_OF_DAY = r"the\s+(?:morning|afternoon|evening|night)\s+of"

# Calendar forms of one date, used alone and as the ends of ranges.
ISO = r"(?<!\d)\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?!\d)"
NUMERIC = (
    r"(?<![\d.])(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\.\d{4}(?!\d)"
    r"|(?<![\d/])(?:0?[1-9]|[12]\d|3[01])/(?:0?[1-9]|1[0-2])/\d{4}(?!\d)"
    # "21-04-1966": day first, as with full stops and slashes (never an ISO date: its year leads).
    r"|(?<![\d-])(?:0?[1-9]|[12]\d|3[01])-(?:0?[1-9]|1[0-2])-\d{4}(?!\d)"
)
DMY = rf"(?:the\s+)?{DAY}(?:\s+of)?\s+{MONTH},?\s+{YEAR}"
MDY = rf"{MONTH}\s+{DAY},?\s+{YEAR}"
MY = rf"{MONTH},?\s+{YEAR}"
# A month and year in figures, as CVs and registers write them: "07/2010", "03.1993".
NUMERIC_MY = r"(?<![\d./])(?:0?[1-9]|1[0-2])[./](?:1[89]|20)\d{2}(?!\d|[./]\d)"
DM = rf"(?:the\s+)?{DAY}(?:\s+of)?\s+{MONTH}"
MD = rf"{MONTH}\s+{DAY}"
DY = rf"{DAY},\s+{YEAR}"
SHORT_YEAR = r"\d{2}(?!\d)"
FULL_DATE = f"(?:{ISO}|{NUMERIC}|{NUMERIC_MY}|{DMY}|{MDY}|{MY}|{YEAR})"
LEFT = f"(?:{FULL_DATE}|{DM}|{MD}|{MONTH}|{DAY})"
RIGHT = f"(?:{FULL_DATE}|{DY}|{SHORT_YEAR})"
DECADE = r"(?:1\d{2}0|20\d0)'?s\b"
CENTURY = rf"(?:\d{{1,2}}(?:st|nd|rd|th)|\b(?:{ORDINAL_WORDS}))[-\s]century\b"
SEASON = f"(?:{'|'.join(re.escape(name) for name in SEASONS)})"

# Words one of which a rule's every match contains; see Rule.needs.
UNIT_WORDS = ("day", "night", "week", "month", "year", "decade", "centur")
PLURAL_UNITS = ("days", "weeks", "months", "years", "decades")
MONTH_STEMS = tuple(name[:3] for name in MONTH_NAMES)
SEASON_WORDS = tuple(SEASONS)
FUZZY_WORDS = ("early", "mid", "late")
OPEN_END = "|".join(re.escape(word).replace(r"\ ", r"\s+") for word in OPEN_ENDS)
OPEN_END_WORDS = tuple(word.split()[-1] for word in OPEN_ENDS)
WEEKDAY_WORDS = WEEKDAYS


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


def make_rule(name: str, pattern: str, needs: tuple[str, ...] = ()) -> Rule:
    # Lower-casing the pattern must not change its escapes (\D and \d differ).
    if re.search(r"\\[A-Z]", pattern):
        raise ValueError(f"date rule {name}: an upper-case escape would change meaning when lower-cased")
    lowered = pattern.lower().replace("(?p<", "(?P<")
    starts = re.compile(rf"(?<!\w)(?=(?:{lowered}))")
    # Every expression starts a word ("now" is not in "know"), also where the scan
    # runs the rule over the whole text (a text whose lower-casing changes its length).
    return Rule(name, re.compile(rf"(?<!\w)(?:{pattern})", re.IGNORECASE), starts, needs)
