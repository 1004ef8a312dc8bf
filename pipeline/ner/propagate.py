"""Name propagation: repeats of a name that spaCy found once but missed elsewhere.

The statistical model misses some occurrences of a name it recognises in
other sentences ("Anna said ..."), or sees only part of them ("Given
*Surname*"). Within one document a name keeps its meaning, so other
occurrences of a recognised name, of a word of a recognised person's name, of
a place name in capitals (datelines), and of a multi-word name spelt with a
typo or a transliteration variant are added. A repeat of a multi-word name
may cover a shorter span spaCy found inside it; ``document.cluster_document``
then keeps the longer one. Short forms ("USKOK", ``linking/short_forms.py``) are
repeats too: every occurrence is added with the label of the name it stands for.
"""

from __future__ import annotations

import re
from bisect import bisect_left, insort
from collections.abc import Iterator, Sequence
from itertools import pairwise

from pipeline.linking.names import fold, gender_conflict, is_patronymic, similar_words, skeleton
from pipeline.linking.short_forms import short_forms, spelt_out
from pipeline.linking.titles import titles_before
from pipeline.ner.clean import CleanSpan

Found = tuple[CleanSpan, str]  # a cleaned span and its label
Span = tuple[int, int]
_MIN_LETTERS = 3
_PLACES = frozenset({"GPE", "LOC"})
# Variant spellings are looked for only for names of this many words.
_VARIANT_WORDS = (2, 3)
# A capitalised word right after (or before) the match: part of a longer name.
_NEXT_NAME = re.compile(r"^[ \t]+[A-Z]")
_PREVIOUS_NAME = re.compile(r"[A-Z][\w’'.-]*[ \t]+$")
# A people's name with an abbreviation ("Democrats (SD)") stands for its party.
_ORGANISATION = {"NORP": "ORG"}
# Words of a name written in letters (hyphens allowed), for variant spellings.
_WORD = re.compile(r"(?<![\w’'-])[^\W\d_]+(?:-[^\W\d_]+)*")


def propagate(text: str, found: Sequence[Found]) -> list[Found]:
    """New (span, label) pairs for unrecognised repeats; a new span overlaps
    ``found`` only by containing spans of it (a fuller repeat of a name)."""
    taken = _Taken([(span.start, span.end) for span, _ in found])
    added: list[Found] = []
    forms = _forms(found)
    for form, label in forms:
        for start in _occurrences(text, form):
            _add(text, start, start + len(form), label, len(form.split()) > 1, taken, added)
    for start, end, label in _variants(text, forms):
        _add(text, start, end, label, True, taken, added)
    return added


def _occurrences(text: str, form: str) -> Iterator[int]:
    """Starts of ``form`` as a whole word: not inside a longer word or a hyphenated one."""
    # str.find, not a regex with a look-behind: a look-behind first defeats the
    # regex engine's literal search, and this runs once per name per document.
    start = text.find(form)
    while start >= 0:
        end = start + len(form)
        joined_before = start > 0 and (_word_char(text[start - 1]) or text[start - 1] == "-")
        if not joined_before and not (end < len(text) and _word_char(text[end])):
            yield start
            start = text.find(form, end)
        else:
            start = text.find(form, start + 1)


def _word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


def _add(
    text: str, start: int, end: int, label: str, may_contain: bool, taken: _Taken, added: list[Found]
) -> None:
    if taken.blocks(start, end, may_contain) or _inside_longer_name(text, start, end):
        return
    taken.add(start, end)
    added.append((CleanSpan(start, end, text[start:end]), label))


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


def _variants(text: str, forms: Sequence[tuple[str, str]]) -> Iterator[tuple[int, int, str]]:
    """Runs of capitalised words spelt like a known multi-word name, word by word
    ("Given Surnme" for "Given Surname"), but not exactly like it."""
    by_initial: dict[str, list[tuple[tuple[str, ...], str, str]]] = {}
    for form, label in forms:
        key = tuple(skeleton(word) for word in fold(form).split())
        if len(key) in _VARIANT_WORDS and len(key) == len(form.split()):
            by_initial.setdefault(key[0][:1], []).append((key, form, label))
    words = [m for m in _WORD.finditer(text) if m.group()[:1].isupper()]
    skeletons = [skeleton(fold(m.group())) for m in words]
    for i, first in enumerate(skeletons):
        for key, form, label in by_initial.get(first[:1], []):
            window = words[i : i + len(key)]
            if len(window) < len(key) or not _adjacent(text, window):
                continue
            start, end = window[0].start(), window[-1].end()
            if text[start:end] != form and _spelt_like(tuple(skeletons[i : i + len(key)]), key):
                yield start, end, label


def _adjacent(text: str, window: Sequence[re.Match[str]]) -> bool:
    return all(text[a.end() : b.start()] in {" ", "\t"} for a, b in pairwise(window))


def _spelt_like(words: tuple[str, ...], key: tuple[str, ...]) -> bool:
    return (
        len(words) == len(key)
        and all(w[:1] == k[:1] and similar_words(w, k) for w, k in zip(words, key, strict=True))
        and not gender_conflict(words[-1], key[-1])
    )


class _Taken:
    """Spans already used, sorted by start, so that overlap checks stay local."""

    def __init__(self, spans: Sequence[Span]) -> None:
        self.spans = sorted(spans)
        self.longest = max((e - s for s, e in self.spans), default=0)

    def add(self, start: int, end: int) -> None:
        insort(self.spans, (start, end))
        self.longest = max(self.longest, end - start)

    def blocks(self, start: int, end: int, may_contain: bool) -> bool:
        """Overlaps a span, other than one it strictly contains (when allowed)."""
        i = bisect_left(self.spans, (start - self.longest, -1))
        for s, e in self.spans[i:]:
            if s >= end:
                break
            if start < e:
                inside = start <= s and e <= end and (s, e) != (start, end)
                if not (may_contain and inside):
                    return True
        return False


def _inside_longer_name(text: str, start: int, end: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start]
    sentence_initial = not before.strip() or before.rstrip().endswith((".", "!", "?", ":", "“", '"'))
    after_title = titles_before(before[-60:]) is not None
    return bool(_NEXT_NAME.match(text[end : end + 3])) or (
        not sentence_initial and not after_title and bool(_PREVIOUS_NAME.search(before[-40:]))
    )


def with_short_forms(text: str, found: Sequence[Found]) -> list[Found]:
    """``found`` with every occurrence of an abbreviation or a speaker's initials added,
    labelled as the name it stands for. A name with an abbreviation that the model called a
    person is an organisation."""
    found = _spelt_out_whole(text, found)
    forms = short_forms(text, [(span.start, span.end, span.text, label) for span, label in found])
    abbreviated = set(forms.abbreviations.values())
    result = [
        (span, "ORG" if label == "PERSON" and span.text in abbreviated else label) for span, label in found
    ]
    labels = {span.text: _ORGANISATION.get(label, label) for span, label in result}
    labels.update({short: "PERSON" for short in forms.speakers})
    labels.update({short: labels[long] for short, long in forms.abbreviations.items()})
    taken = [(span.start, span.end) for span, _ in result]
    for short in sorted({**forms.abbreviations, **forms.speakers}):
        for start in _occurrences(text, short):
            end = start + len(short)
            if not any(s < end and start < e for s, e in taken):
                taken.append((start, end))
                result.append((CleanSpan(start, end, short), labels[short]))
    return result


def _spelt_out_whole(text: str, found: Sequence[Found]) -> list[Found]:
    """A name the text abbreviates in its initials is one name, whole: the model's "Parti
    Social Démocrate" (cut short) or "Kharkiv Children" (cut at the possessive) becomes
    "Parti Social Démocrate Mauricien (PSDM)"'s, an organisation, when nothing it found
    crosses the name's edges."""
    result = list(found)
    for start, end, name in spelt_out(text):
        inside = [i for i, (span, _) in enumerate(result) if start <= span.start and span.end <= end]
        crossing = [i for i, (span, _) in enumerate(result) if span.start < end and start < span.end]
        whole = any((span.start, span.end) == (start, end) for span, _ in result)
        if inside and set(crossing) == set(inside) and not whole:
            result = [item for i, item in enumerate(result) if i not in inside]
            result.append((CleanSpan(start, end, name), "ORG"))
    return result
