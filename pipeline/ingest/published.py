"""A document's own date as front matter or a manifest writes it.

ISO 8601 forms (``2013-03-22``, ``2013-03-22T10:00:00+01:00``, ``2013-03``,
``2013``), RSS's RFC 2822 (``Fri, 22 Mar 2013 10:00:00 +0000``) and the day
forms of the date grammar (``22 March 2013``, ``March 22, 2013``). A time of
day is dropped and the date is kept as written, not moved to another time zone:
the paper's own date is the one its readers saw.
"""

from __future__ import annotations

import calendar
import datetime as dt
import email.utils
import re

from pipeline.dates.lexicon import WEEKDAY_STEMS
from pipeline.records import Precision

_ISO = re.compile(
    r"(?P<y>\d{4})(?:-(?P<m>\d{1,2})(?:-(?P<d>\d{1,2})"
    r"(?:[Tt ]+\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:[Zz]|[+-]\d{2}(?::?\d{2})?)?)?)?)?"
)
_RFC_2822 = re.compile(r"(?:[A-Za-z]{3},\s*)?\d{1,2}\s+[A-Za-z]{3}\s+\d{4}\s+\d{1,2}:\d{2}")
# "Tuesday, 3 March 2020": the weekday is dropped (its names in data/dates.toml).
_WEEKDAY = re.compile(rf"^(?:{'|'.join(map(re.escape, WEEKDAY_STEMS))})day,?\s+", re.IGNORECASE)


def read_published(raw: object) -> tuple[str, Precision]:
    """The EDTF value and precision of a date value; ValueError saying why it is not one."""
    if isinstance(raw, dt.datetime):
        return raw.date().isoformat(), "day"
    if isinstance(raw, dt.date):
        return raw.isoformat(), "day"
    if isinstance(raw, int) and not isinstance(raw, bool):
        return _year(raw), "year"
    if not isinstance(raw, str) or not raw.strip():
        raise ValueError("is empty" if raw in (None, "") else f"{raw!r} is not a date")
    text = raw.strip()
    iso = _ISO.fullmatch(text)
    if iso:
        return _from_parts(text, int(iso["y"]), iso["m"], iso["d"])
    if _RFC_2822.match(text):
        parsed = email.utils.parsedate_to_datetime(text) if _rfc_ok(text) else None
        if parsed is None:
            raise ValueError(f"{text!r} is not a date")
        return parsed.date().isoformat(), "day"
    return _written(text)


def _year(year: int) -> str:
    if not 1000 <= year <= 2999:
        raise ValueError(f"{year} is not a year")
    return f"{year:04d}"


def _from_parts(text: str, year: int, month: str | None, day: str | None) -> tuple[str, Precision]:
    value = _year(year)
    if month is None:
        return value, "year"
    if not 1 <= int(month) <= 12:
        raise ValueError(f"{text!r} is not a date: there is no month {int(month)}")
    value += f"-{int(month):02d}"
    if day is None:
        return value, "month"
    last = calendar.monthrange(year, int(month))[1]
    if not 1 <= int(day) <= last:
        name = calendar.month_name[int(month)]
        raise ValueError(f"{text!r} is not a date: {name} {year} has {last} days")
    return f"{value}-{int(day):02d}", "day"


def _rfc_ok(text: str) -> bool:
    try:
        return email.utils.parsedate_to_datetime(text) is not None
    except (TypeError, ValueError):
        return False


def _written(text: str) -> tuple[str, Precision]:
    """ "22 March 2013", "Friday, March 22, 2013", "March 2013" through the date grammar."""
    from pipeline.dates.absolute import read_side  # the grammar only: no spaCy

    fields = read_side(_WEEKDAY.sub("", text))
    if fields is None or fields.year is None or fields.year < 0:
        raise ValueError(f"{text!r} is not a date (write it as YYYY-MM-DD)")
    value = fields.edtf()
    if value is None:
        raise ValueError(f"{text!r} is not a date: that day does not exist")
    return value, "day" if fields.day else "month" if fields.month else "year"
