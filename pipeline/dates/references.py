"""The present, past and future references of news: "now", "currently", "at present",
"these days" (PRESENT_REF); "recently", "lately", "the past" (PAST_REF); "the
future", "the near term" (FUTURE_REF).

Their value is TimeML's token, tied to the document date by the interval: the
present is the document date itself, the past ends on it (no start), the future
begins on it (no end). In a document without a date they keep the token (it
does not depend on the date, as in TimeML) and have no interval; the project's
gold does not annotate them, and its evaluation leaves them out.
"""

from __future__ import annotations

import datetime as dt

from pipeline.dates.grammar import Hit

_PAST = frozenset({"recently", "lately", "the past"})


def reference_value(hit: Hit) -> str:
    word = " ".join((hit.groups.get("word") or "").lower().split())
    if word in _PAST:
        return "PAST_REF"
    if "future" in word or word.endswith("term"):
        return "FUTURE_REF"
    return "PRESENT_REF"


def reference_bounds(value: str, first: dt.date, last: dt.date) -> tuple[dt.date | None, dt.date | None]:
    """The interval a reference stands for, from the document date's first and last day."""
    if value == "PAST_REF":
        return None, last
    if value == "FUTURE_REF":
        return first, None
    return first, last
