"""Words the date grammar knows: months, weekdays, seasons, units, numbers.

Kept apart from the patterns so the grammar reads as structure and this file
as vocabulary. Months, weekdays and seasons are data (``data/dates.toml``,
``[calendar]``); the fuzzy thirds, units and number words stay here, as each
word is bound to the arithmetic that gives its value.
"""

from __future__ import annotations

from pipeline.wordlists import data_file, word_list

_CALENDAR = data_file("dates")["calendar"]
# Month forms (names and abbreviations, data/dates.toml) -> month number.
MONTHS: dict[str, int] = {
    str(name).lower(): number for number, names in enumerate(_CALENDAR["months"], start=1) for name in names
}
# Month names in order, then each month's abbreviations, for the grammar (patterns.py).
MONTH_NAMES: tuple[str, ...] = tuple(str(names[0]).lower() for names in _CALENDAR["months"])
MONTH_ABBREVIATIONS: tuple[tuple[str, ...], ...] = tuple(
    tuple(str(name).lower() for name in names[1:]) for names in _CALENDAR["months"]
)
WEEKDAYS: tuple[str, ...] = word_list("dates", "calendar", "weekdays")
# What comes before "day" in each ("mon", "tues", ...), for the grammar and datelines.
WEEKDAY_STEMS: tuple[str, ...] = tuple(day.removesuffix("day") for day in WEEKDAYS)
# Words ending a range that still runs ("– present").
OPEN_ENDS: tuple[str, ...] = word_list("dates", "calendar", "open_ends")
# EDTF season codes (21 spring .. 24 winter).
SEASONS: dict[str, int] = {str(name).lower(): int(code) for name, code in _CALENDAR["seasons"].items()}
# Fuzzy modifiers map to the third of the unit they pick.
THIRDS: dict[str, int] = {
    "early": 0,
    "beginning": 0,
    "start": 0,
    "mid": 1,
    "middle": 1,
    "late": 2,
    "end": 2,
}

_UNITS = {
    "day": "D",
    "night": "D",
    "morning": "D",
    "afternoon": "D",
    "evening": "D",
    "week": "W",
    "month": "M",
    "year": "Y",
    "decade": "Y",
    "century": "Y",
    "centuries": "Y",
    "quarter": "M",
    # Units of a day: ISO 8601 writes them after a "T" (PT24H, PT1M).
    "hour": "TH",
    "minute": "TM",
    "second": "TS",
}
# How many base units one word stands for ("a decade" is ten years, a quarter three months).
_UNIT_FACTOR = {"decade": 10, "century": 100, "centuries": 100, "quarter": 3}

_ONES = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80}
_TENS["ninety"] = 90
_ORDINAL_ONES = [
    "zeroth",
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
]
_ORDINAL_TENS = {name.replace("y", "ieth"): value for name, value in _TENS.items()}

NUMBER_WORDS = "|".join(sorted([*_ONES[1:], *_TENS, "hundred"], key=len, reverse=True))
ORDINAL_WORDS = "|".join(sorted([*_ORDINAL_ONES[1:], *_ORDINAL_TENS, "hundredth"], key=len, reverse=True))


def unit_code(word: str) -> str:
    """ISO 8601 duration letter for a unit word ("years" -> "Y")."""
    return _UNITS[_singular(word)]


def unit_factor(word: str) -> int:
    return _UNIT_FACTOR.get(_singular(word), 1)


def unit_name(word: str) -> str:
    """The singular unit ("Years" -> "year"); "centuries" stays as spelt in the table."""
    return _singular(word)


def _singular(word: str) -> str:
    word = word.lower()
    if word in _UNITS:
        return word
    return word[:-1] if word.endswith("s") else word


def number_value(text: str) -> int | None:
    """12, "twelve", "twenty-five", "a"/"an" -> 1; None for anything else."""
    text = text.lower().strip()
    if text.isdigit():
        return int(text)
    if text in ("a", "an", "one"):
        return 1
    if text == "hundred":
        return 100
    parts = text.replace("-", " ").split()
    if len(parts) == 1:
        return _ONES.index(text) if text in _ONES else _TENS.get(text)
    if len(parts) == 2 and parts[0] in _TENS and parts[1] in _ONES[1:10]:
        return _TENS[parts[0]] + _ONES.index(parts[1])
    return None


def ordinal_value(text: str) -> int | None:
    """50 for "50th" or "fiftieth", 21 for "twenty-first"."""
    text = text.lower().strip()
    if text[:-2].isdigit() and text[-2:] in ("st", "nd", "rd", "th"):
        return int(text[:-2])
    if text in _ORDINAL_ONES:
        return _ORDINAL_ONES.index(text)
    if text in _ORDINAL_TENS:
        return _ORDINAL_TENS[text]
    if text == "hundredth":
        return 100
    parts = text.replace("-", " ").split()
    if len(parts) == 2 and parts[0] in _TENS and parts[1] in _ORDINAL_ONES[1:10]:
        return _TENS[parts[0]] + _ORDINAL_ONES.index(parts[1])
    return None


def spelled_year(text: str) -> int | None:
    """1996 for "nineteen ninety-six", 1905 for "nineteen oh five", 2001 for "two thousand and one"."""
    words = text.lower().replace("-", " ").split()
    if words[:2] == ["two", "thousand"]:
        rest = [word for word in words[2:] if word != "and"]
        tail = number_value(" ".join(rest)) if rest else 0
        return None if tail is None else 2000 + tail
    if not words or words[0] != "nineteen":
        return None
    rest = [word for word in words[1:] if word not in ("hundred", "and", "oh")]
    tail = number_value(" ".join(rest)) if rest else 0
    return None if tail is None or tail > 99 else 1900 + tail
