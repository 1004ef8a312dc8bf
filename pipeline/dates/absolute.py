"""Values of expressions that name the calendar themselves: points, ranges,
decades, centuries, seasons and early/mid/late thirds."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from pipeline.dates import calendar as cal
from pipeline.dates.calendar import Interval
from pipeline.dates.grammar import DAY, MONTH, SHORT_YEAR, YEAR, Hit
from pipeline.dates.lexicon import MONTHS, SEASONS, THIRDS, ordinal_value, spelled_year
from pipeline.records import DateKind


@dataclass(frozen=True, slots=True)
class Fields:
    """The parts one calendar expression states; None where the text is silent."""

    year: int | None = None
    month: int | None = None
    day: int | None = None

    def edtf(self) -> str | None:
        """The EDTF point at the precision stated, or None if it is not a valid date."""
        if self.year is None or (self.day is not None and self.month is None):
            return None
        value = f"{self.year:04d}"
        if self.month is not None:
            value += f"-{self.month:02d}"
        if self.day is not None:
            if self.month is None or self.day > cal.last_day(self.year, self.month):
                return None
            value += f"-{self.day:02d}"
        return value


def _groups(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


# Each calendar form again, with the parts named, to read one side of a match.
_SIDE_FORMS: tuple[re.Pattern[str], ...] = tuple(
    _groups(p)
    for p in (
        r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})",
        r"(?P<d>\d{1,2})[./](?P<m>\d{1,2})[./](?P<y>\d{4})",
        r"(?P<d>\d{1,2})-(?P<m>\d{1,2})-(?P<y>\d{4})",
        r"(?P<m>\d{1,2})[./](?P<y>\d{4})",
        rf"(?:the\s+)?(?P<d>{DAY})(?:\s+of)?\s+(?P<mn>{MONTH}),?\s+(?P<y>{YEAR})",
        rf"(?P<mn>{MONTH})\s+(?P<d>{DAY}),?\s+(?P<y>{YEAR})",
        rf"(?P<mn>{MONTH}),?\s+(?P<y>{YEAR})",
        rf"(?P<y>{YEAR})",
        rf"(?:the\s+)?(?P<d>{DAY})(?:\s+of)?\s+(?P<mn>{MONTH})",
        rf"(?P<mn>{MONTH})\s+(?P<d>{DAY})",
        rf"(?P<d>{DAY}),?\s+(?P<y>{YEAR})",
        rf"(?P<mn>{MONTH})",
        rf"(?P<d>{DAY})",
        rf"(?P<yy>{SHORT_YEAR})",
    )
)


@lru_cache(maxsize=4096)
def read_side(text: str) -> Fields | None:
    """Year, month and day stated by one calendar expression ("February 4", "5, 1984").
    Cached: the same few strings are read by several rules' hits and checks."""
    for form in _SIDE_FORMS:
        match = form.fullmatch(text.strip())
        if match is None:
            continue
        parts = match.groupdict()
        if parts.get("yy"):
            return Fields(year=-int(parts["yy"]))  # two-digit year, completed by the range
        month = MONTHS[parts["mn"].rstrip(".").lower()] if parts.get("mn") else parts.get("m")
        return Fields(
            year=int(parts["y"]) if parts.get("y") else None,
            month=int(month) if month else None,
            day=int(parts["d"].rstrip("stndrh")) if parts.get("d") else None,
        )
    return None


def point_value(text: str) -> str | None:
    fields = read_side(text)
    return fields.edtf() if fields else None


def absolute(hit: Hit) -> tuple[DateKind, Interval] | None:
    """Kind and interval of an absolute hit, or None when the parts do not make a date."""
    builder = _BUILDERS.get(hit.rule)
    return builder(hit) if builder else None


def _point(hit: Hit) -> tuple[DateKind, Interval] | None:
    value = point_value(hit.groups["a"] or "")
    return ("point", cal.point(value)) if value else None


def _range(hit: Hit) -> tuple[DateKind, Interval] | None:
    conn = (hit.groups["conn"] or "").strip().lower()
    lead = (hit.groups["lead"] or "").lower()
    if (conn == "and") != (lead == "between"):
        return None  # "1968 and 1969" is two points; "between X to Y" is not English
    left, right = read_side(hit.groups["a"] or ""), read_side(hit.groups["b"] or "")
    if left is None or right is None:
        return None
    # Ends that each state their year may differ in precision ("03.1993 – 1997").
    own_years = left.year is not None and right.year is not None and right.year >= 0
    left, right = _complete(left, right, hyphen=conn in "-–—")
    lo, hi = left.edtf(), right.edtf()
    if lo is None or hi is None or cal.bounds(lo)[0] > cal.bounds(hi)[1]:
        return None
    if len(lo) != len(hi) and not own_years:
        return None
    return "range", Interval(lo, hi)


def _complete(left: Fields, right: Fields, hyphen: bool) -> tuple[Fields, Fields]:
    """Fill what one end leaves to the other: "4 to 5 February 1984", "1995-97"."""
    if right.year is not None and right.year < 0:
        if not hyphen or left.year is None or left.month is not None:
            return left, Fields()
        century = left.year - left.year % 100
        right = Fields(year=century - right.year)
    if left.year is None:
        left = replace(left, year=right.year)
        if left.month is None and left.day is not None:
            left = replace(left, month=right.month)
    if right.month is None and right.day is not None:
        right = replace(right, month=left.month)
    return left, right


def _since(hit: Hit) -> tuple[DateKind, Interval] | None:
    value = point_value(hit.groups["a"] or "")
    return ("range", Interval(value, None)) if value else None


def _decade(text: str) -> str:
    digits = re.sub(r"\D", "", text)
    return digits[:3] + "X"


def _century(text: str) -> str | None:
    number = ordinal_value(re.sub(r"[-\s]century$", "", text.strip(), flags=re.IGNORECASE))
    if number is None or not 1 <= number <= 21:
        return None
    return f"{number - 1:02d}XX"


def _decade_point(hit: Hit) -> tuple[DateKind, Interval] | None:
    return "point", cal.point(_decade(hit.groups["a"] or ""))


def _century_point(hit: Hit) -> tuple[DateKind, Interval] | None:
    value = _century(hit.groups["a"] or "")
    if value is None:
        return None
    part = hit.groups.get("part")
    if not part:
        return "point", cal.point(value)
    interval = fuzzy(value, THIRDS[part.lower()])
    return ("fuzzy", interval) if interval else None


def _fuzzy(hit: Hit) -> tuple[DateKind, Interval] | None:
    inner = re.sub(r"^the\s+", "", hit.groups["a"] or "", flags=re.IGNORECASE)
    if re.search(r"\d'?s$", inner):
        value: str | None = _decade(inner)
    elif "century" in inner.lower():
        value = _century(inner)
    else:
        value = point_value(inner)
    part = (hit.groups["part"] or "").lower()
    interval = fuzzy(value, THIRDS[part]) if value else None
    return ("fuzzy", interval) if interval else None


def fuzzy(value: str, part: int) -> Interval | None:
    """The first, middle or last third of a decade, century, year or month."""
    lo, hi = cal.bounds(value)
    precision = cal.Interval(value, value).precision
    if precision in ("decade", "century"):
        first, last = cal.third(lo.year, hi.year, part)
        return Interval(f"{first:04d}", f"{last:04d}")
    if precision == "year":
        first, last = cal.third(1, 12, part)
        return Interval(f"{value}-{first:02d}", f"{value}-{last:02d}")
    if precision == "month":
        first, last = cal.third(1, hi.day, part)
        return Interval(f"{value}-{first:02d}", f"{value}-{last:02d}")
    return None


def _season(hit: Hit) -> tuple[DateKind, Interval] | None:
    code = SEASONS[(hit.groups["season"] or "").lower()]
    return "point", cal.point(cal.season(int(hit.groups["year"] or 0), code))


def _spelled_year(hit: Hit) -> tuple[DateKind, Interval] | None:
    year = spelled_year(hit.groups["sy"] or "")
    if year is None:
        return None
    if hit.groups.get("season"):
        return "point", cal.point(cal.season(year, SEASONS[(hit.groups["season"] or "").lower()]))
    if hit.groups.get("mn"):
        return "point", cal.point(f"{year:04d}-{MONTHS[(hit.groups['mn'] or '').rstrip('.').lower()]:02d}")
    return "point", cal.point(f"{year:04d}")


_BUILDERS = {
    "range": _range,
    "since": _since,
    "ongoing": _since,
    "day": _point,
    "month": _point,
    "numeric_month": _point,
    "year": _point,
    "decade": _decade_point,
    "century": _century_point,
    "fuzzy_decade": _fuzzy,
    "fuzzy_month": _fuzzy,
    "fuzzy_year": _fuzzy,
    "fuzzy_of": _fuzzy,
    "season": _season,
    "spelled_year": _spelled_year,
}
# The rules whose expressions name the calendar themselves.
ABSOLUTE_RULES = frozenset(_BUILDERS)
