"""Rules for what news writes: expressions of the document date ("yesterday", "last
week", "the third quarter"), clock times and parts of days, sets ("every
morning") and the present, past and future references ("now", "recently").

Their values come from `deictic.py`, `clock.py`, `sets.py` and `references.py`.
"""

from __future__ import annotations

from pipeline.dates.patterns import (
    DM,
    DMY,
    FULL_MONTH,
    MD,
    MDY,
    MONTH,
    MONTH_STEMS,
    NUM,
    SEASON,
    WEEKDAY,
    WEEKDAY_WORDS,
    YEAR,
    Rule,
    make_rule,
)
from pipeline.dates.references import NOT_BEFORE as REFERENCE_NOT_BEFORE
from pipeline.dates.references import REFERENCE_NEEDS, REFERENCE_PHRASES
from pipeline.wordlists import alternatives, word_list

_DAY_WORDS = ("today", "tonight", "yesterday", "tomorrow")
# Adverbs that alone are a set ("annually"; data/dates.toml, [sets]).
_SET_ADVERBS = word_list("dates", "sets", "adverbs")
_PART = r"(?:morning|afternoon|evening|night)"
# "early/late Friday", "earlier today", "later this month", "mid-afternoon".
_EDGE = r"(?:(?P<edge>early|late|earlier|later|mid)(?:[-\s]+(?:on|in)?\s*|-))"
_DEICTIC_UNIT = r"(?:week|weekend|month|year|quarter|decade|spring|summer|autumn|fall|winter)"
_QUARTER_ORD = r"(?:first|second|third|fourth|1st|2nd|3rd|4th)"
_CLOCK = (
    r"(?P<h>(?<![\d:.,$])(?:[01]?\d|2[0-3]))(?:[:.](?P<m>[0-5]\d))?\s*"
    r"(?P<ampm>[ap]\.\s?m\.?|[ap]m\b|(?-i:[AP]M)\b)"
    r"|(?P<h2>(?<![\d:.,$])(?:[01]?\d|2[0-3])):(?P<m2>[0-5]\d)(?=\s*(?:[ECMP][SD]T|GMT|UTC|local\s+time)\b)"
    r"|\b(?P<word>noon|midnight|midday)\b"
)
_ZONE = r"(?:\s+(?P<tz>(?-i:[ECMP][SD]T|GMT|UTC))\b)?"
_DAY_AFTER = rf"(?:,?\s+(?:on\s+)?(?P<day>{WEEKDAY}|today|tonight|yesterday|tomorrow|{MDY}|{DMY}|{MD}|{DM}))?"

NEWS_RULES: tuple[Rule, ...] = (
    # "yesterday", "late yesterday", "tomorrow morning", "earlier today".
    make_rule(
        "deictic_day",
        rf"(?:{_EDGE})?(?P<word>today|tonight|yesterday|tomorrow)(?:\s+(?P<part>{_PART}))?\b",
        _DAY_WORDS,
    ),
    # "this morning", "last night", "this afternoon".
    make_rule(
        "deictic_part",
        rf"(?:{_EDGE})?(?P<which>this|last)\s+(?P<part>{_PART})\b",
        ("morning", "afternoon", "evening", "night"),
    ),
    # "last week", "this year", "next month", "the past year", "earlier this month", "late last year",
    # "this past spring", "the current quarter".
    make_rule(
        "deictic_unit",
        rf"(?:{_EDGE})?(?:(?P<the>the)\s+)?(?P<which>this\s+past|this|last|next|past|coming|current)\s+"
        rf"(?:fiscal\s+)?(?P<unit>{_DEICTIC_UNIT})\b(?!-|\s+(?:of|old|earlier|ago|later)\b)",
        ("this", "last", "next", "past", "coming", "current"),
    ),
    # "over the weekend", "ahead of the weekend": the one the clause's tense points to.
    make_rule("the_weekend", r"the\s+weekend\b(?!\s+of\b)", ("weekend",)),
    # "the end of this week", "the beginning of next year", "the end of the year".
    make_rule(
        "deictic_of",
        r"the\s+(?P<part>beginning|start|middle|end)\s+of\s+(?P<which>this|last|next|the)\s+(?P<unit>week|month|year)\b",
        ("beginning", "start", "middle", "end"),
    ),
    # "June last year", "January this year".
    make_rule(
        "month_of_year",
        rf"(?P<a>{FULL_MONTH}|{MONTH})\s+(?P<which>this|last|next)\s+year\b",
        MONTH_STEMS,
    ),
    # "last November", "this September", "early December", "mid-November", "late-November".
    make_rule(
        "deictic_month",
        rf"(?:(?P<which>last|this|next|early|late|mid)[-\s]+)(?P<a>{FULL_MONTH}|{MONTH})(?!\s*\d|,?\s+{YEAR})",
        MONTH_STEMS,
    ),
    # "the third quarter", "third-quarter", "the 1988 third quarter", "the first quarter of 1990",
    # "this year's third quarter", "the fiscal first quarter", "the year-ago third quarter".
    make_rule(
        "quarter",
        rf"(?:the\s+)?(?:(?P<y1>{YEAR})\s+|(?P<which>this|last|next)\s+year's\s+"
        r"|(?P<ago>(?:comparable\s+)?year-(?:ago|earlier))\s+)?(?:fiscal[-\s]+)?"
        rf"(?P<ord>{_QUARTER_ORD})[-\s]quarter\b(?:\s+of\s+(?:fiscal\s+)?(?P<y2>{YEAR}))?",
        ("quarter",),
    ),
    # "the quarter", "the latest quarter", "last quarter", "the year-earlier quarter",
    # "the year-ago period", "the latest period".
    make_rule(
        "quarter_ref",
        r"(?:the\s+)?(?P<which>latest|current|previous|past|last|this|next|same|(?:comparable\s+)?year-(?:earlier|ago))"
        r"\s+(?P<unit>quarter)\b(?!\s+of\b)"
        # "period" is a quarter only in the words of earnings reports.
        r"|(?:the\s+)?(?P<which2>latest|(?:comparable\s+)?year-(?:earlier|ago))\s+(?P<unit3>period)\b"
        r"|(?P<the>the)\s+(?P<unit2>quarter)\b(?!\s+of\b|\s+(?:point|percentage|century)\b)",
        ("quarter", "period"),
    ),
    # "the 1988 period", "the 1989 quarter": the quarter reported, in that year (comparisons.py).
    make_rule("year_period", rf"the\s+(?P<year>{YEAR})\s+(?:period|quarter)\b", ("period", "quarter")),
    # "year-earlier" and "year-ago" as adjectives: "year-earlier profit", "the year-ago results".
    make_rule("year_ago", r"(?P<which>year-(?:earlier|ago))\b(?!\s+(?:quarter|period)\b)", ("year-",)),
    # Clock times: "10:35 a.m.", "5 p.m. EST Nov. 9", "noon Thursday", "4 in the morning".
    make_rule(
        "clock",
        rf"(?:(?P<approx>around|about|approximately)\s+)?(?:{_CLOCK}){_ZONE}{_DAY_AFTER}",
        ("a.m", "p.m", "am", "pm", "noon", "midnight", "midday", ":"),
    ),
    make_rule(
        "clock_words",
        rf"(?P<h>{NUM})(?:\s+o'clock)?\s+in\s+the\s+(?P<part>morning|afternoon|evening)",
        ("in the morning", "in the afternoon", "in the evening"),
    ),
    # "Friday morning", "late Tuesday night", "Earlier Sunday": a weekday with an edge or a part of the day.
    make_rule(
        "weekday_part",
        rf"(?:{_EDGE})?(?P<wd>{WEEKDAY})(?:\s+(?P<part>{_PART}))?",
        WEEKDAY_WORDS,
    ),
    # "mid-afternoon", "overnight".
    make_rule(
        "part_alone",
        r"(?P<edge>mid)[-\s]?(?P<part>morning|afternoon|day)\b|(?P<over>overnight)\b",
        ("mid", "overnight"),
    ),
    # Sets: "every morning", "each year", "every Monday", "annually", "weekly" (adverbs only: see find.py).
    # "daily" is left out: the project's gold counts it with "annual" among rates, not dates.
    make_rule(
        "set_every",
        rf"(?P<q>every|each)\s+(?P<what>{WEEKDAY}|{FULL_MONTH}|{SEASON}|day|night|morning|afternoon|evening"
        r"|week|weekend|month|quarter|year|hour|minute)\b(?!\s+of\b)",
        ("every", "each"),
    ),
    make_rule("set_adverb", rf"(?P<word>{alternatives('dates', 'sets', 'adverbs')})\b", _SET_ADVERBS),
    # The present, past and future references (data/dates.toml; references.py).
    make_rule(
        "reference",
        rf"(?P<word>{REFERENCE_PHRASES})\b(?!\s+(?:{REFERENCE_NOT_BEFORE})\b)",
        REFERENCE_NEEDS,
    ),
)
