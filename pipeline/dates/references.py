"""The present, past and future references of news: "now", "currently", "at present",
"these days" (PRESENT_REF); "recently", "lately", "the past", "in recent years"
(PAST_REF); "soon", "the future", "the near term" (FUTURE_REF). The phrases are
data (``data/dates.toml``, ``[references]``).

Their value is TimeML's token, tied to the document date by the interval: the
present is the document date itself, the past ends on it (no start), the future
begins on it (no end). In a document without a date they keep the token (it
does not depend on the date, as in TimeML) and have no interval; the project's
gold does not annotate them, and its evaluation leaves them out.
"""

from __future__ import annotations

import datetime as dt
import re

from pipeline.dates.patterns import Hit
from pipeline.wordlists import data_file

_VALUES = {"present": "PRESENT_REF", "past": "PAST_REF", "future": "FUTURE_REF"}


def _phrases() -> dict[str, str]:
    """Each phrase (lower case, single spaces) with its TimeML value."""
    lists = data_file("dates")["references"]
    return {" ".join(str(p).lower().split()): value for key, value in _VALUES.items() for p in lists[key]}


_VALUE_OF = _phrases()
# The rule's alternation: longest first, a space matching any white space.
REFERENCE_PHRASES = "|".join(
    r"\s+".join(re.escape(word) for word in phrase.split())
    for phrase in sorted(_VALUE_OF, key=len, reverse=True)
)
# Words that make the phrase something else when they follow it: "now that", "soon after".
NOT_BEFORE = "|".join(sorted(str(w).lower() for w in data_file("dates")["references"]["not_before"]))
# Every match contains its phrase's last word (see Rule.needs).
REFERENCE_NEEDS = tuple(sorted({phrase.split()[-1] for phrase in _VALUE_OF}))


def reference_value(hit: Hit) -> str:
    word = " ".join((hit.groups.get("word") or "").lower().split())
    return _VALUE_OF.get(word, "PRESENT_REF")


def reference_bounds(value: str, first: dt.date, last: dt.date) -> tuple[dt.date | None, dt.date | None]:
    """The interval a reference stands for, from the document date's first and last day."""
    if value == "PAST_REF":
        return None, last
    if value == "FUTURE_REF":
        return first, None
    return first, last
