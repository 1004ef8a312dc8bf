"""Name propagation: repeats of a name that spaCy found once but missed elsewhere.

The statistical model misses some occurrences of a name it recognises in
other sentences ("Anna said ..."). Within one document a name keeps its
meaning, so other occurrences of a recognised name, of a word of a recognised
person's name, or of a place name in capitals (datelines) are added.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.linking.clean import CleanSpan
from pipeline.linking.names import is_patronymic

Found = tuple[CleanSpan, str]  # a cleaned span and its label
_MIN_LETTERS = 3
_PLACES = frozenset({"GPE", "LOC"})
# A capitalised word right after (or before) the match: part of a longer name.
_NEXT_NAME = re.compile(r"^[ \t]+[A-Z]")
_PREVIOUS_NAME = re.compile(r"[A-Z][\w’'.-]*[ \t]+$")


def propagate(text: str, found: Sequence[Found]) -> list[Found]:
    """New (span, label) pairs for unrecognised repeats, not overlapping ``found``."""
    taken = [(span.start, span.end) for span, _ in found]
    added: list[Found] = []
    for form, label in _forms(found):
        pattern = re.compile(rf"(?<![\w-]){re.escape(form)}(?!\w)")
        for match in pattern.finditer(text):
            start, end = match.span()
            if _overlaps(taken, start, end) or _inside_longer_name(text, start, end):
                continue
            taken.append((start, end))
            added.append((CleanSpan(start, end, form), label))
    return added


def _forms(found: Sequence[Found]) -> list[tuple[str, str]]:
    """Forms to look for, longest first; each with the label it was found with."""
    forms: dict[str, str] = {}
    for span, label in found:
        forms.setdefault(span.text, label)
        if label in _PLACES and len(span.text.split()) == 1:
            forms.setdefault(span.text.upper(), label)
        words = span.text.split()
        if label == "PERSON" and len(words) > 1:
            for word in words:
                if word[:1].isupper() and not is_patronymic(word):
                    forms.setdefault(word, label)
    usable = [(f, lab) for f, lab in forms.items() if sum(ch.isalpha() for ch in f) >= _MIN_LETTERS]
    return sorted(usable, key=lambda item: (-len(item[0]), item[0]))


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


def _inside_longer_name(text: str, start: int, end: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start]
    sentence_initial = not before.strip() or before.rstrip().endswith((".", "!", "?", ":", "“", '"'))
    return bool(_NEXT_NAME.match(text[end : end + 3])) or (
        not sentence_initial and bool(_PREVIOUS_NAME.search(before[-40:]))
    )
