"""A news dateline: the place and day a story was filed, opening its first paragraph.

    ALMATY, 12 March 2013 (Reuters) – ...
    NICE, France, Thursday 1 August 2013 — ...
    WASHINGTON, Oct. 3, 1998 _ ...
    HẢI PHÒNG, 21.11.2019 – ... (capitals of any script; a numeric date is day first)

The place is in capitals (with an optional region after a comma), the date has
a day, and a dash (or an agency in brackets, then a dash) follows. An official
document or a letter writes its place and full date as a line of its own under
its heading ("Puerto Montt, 22 May 2024"). Only the
first few lines of the body are looked at. A dateline without a year
("ALMATY, March 12 (Reuters) –") names no calendar day, so it gives no date.
"""

from __future__ import annotations

import re

from pipeline.dates.absolute import read_side
from pipeline.dates.grammar import DM, DMY, MD, MDY, WEEKDAY
from pipeline.dates.patterns import NUMERIC
from pipeline.records import PublishedDate

# Headline, byline and a blank line or two come before the dateline, never more.
_LINES = 6
_WINDOW = 1500
# Capital letters of any script ("HẢI PHÒNG", "ŁÓDŹ").
_UPPER = "".join(sorted({re.escape(chr(i)) for i in range(0x2000) if chr(i).isupper()}))
_PLACE = rf"[{_UPPER}][{_UPPER}.'’&-]*(?:[ \t]+[{_UPPER}][{_UPPER}.'’&-]*)*"
_REGION = r",[ \t]*[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3}"
_AGENCY = r"[ \t]*\([^()\n]{1,40}\)"
# Wire copy writes the dash as "--" or, in older feeds, " _ ".
_DASH = r"[ \t]*(?:[–—-]{1,2}|_(?=\s))"
_DATELINE = re.compile(
    rf"(?:{_PLACE}(?:{_REGION})?(?:{_AGENCY})?(?:,[ \t]*|[ \t]+))?"
    rf"(?:{WEEKDAY},?[ \t]+)?(?P<date>{DMY}|{MDY}|{NUMERIC}|{DM}|{MD})(?:,)?(?:{_AGENCY})?{_DASH}"
)
# An official document's or a letter's place and date, a line of their own under its heading:
# "Puerto Montt, 22 May 2024", "Karaganda, 12 April 2011".
_PLACE_AND_DATE = re.compile(
    rf"[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){{0,3}},[ \t]*(?P<date>{DMY}|{MDY}|{NUMERIC})\.?[ \t]*(?=\n|$)"
)


def read_dateline(text: str, body_start: int = 0) -> PublishedDate | None:
    """The dateline's day, if one of the body's first lines opens with one."""
    position, seen = body_start, 0
    window_end = body_start + _WINDOW
    while position < min(len(text), window_end) and seen < _LINES:
        end = text.find("\n", position)
        end = len(text) if end < 0 else end
        if text[position:end].strip():
            seen += 1
            found = _dated(text, position + len(text[position:end]) - len(text[position:end].lstrip()))
            if found is not None:
                return found
        position = end + 1
    return None


def _dated(text: str, start: int) -> PublishedDate | None:
    match = _DATELINE.match(text, start)
    heading = _PLACE_AND_DATE.match(text, start) if match is None else None
    match = match or heading
    if match is None:
        return None
    fields = read_side(match["date"])
    value = fields.edtf() if fields is not None and fields.year is not None else None
    if value is None or fields is None or fields.day is None:
        return None
    return PublishedDate(value, "day", "heading" if heading else "dateline", span=match.span("date"))
