"""The dates stage against plain dateparser on the same expressions, same run.

Expressions are the gold date spans (tests/gold/dates.csv) repeated to a little
over a thousand. Prints seconds per 1,000 expressions for:
  * the stage's normalisation (cache cleared once, so repeats hit it as in a batch),
  * the stage with its cache cleared before every expression (cold),
  * ``dateparser.parse`` on each expression,
and the ratios dateparser / stage.
"""

from __future__ import annotations

import csv
import time
from collections.abc import Callable
from pathlib import Path

import dateparser

from pipeline.dates import normalize_expression
from pipeline.dates.parse import parse_single

GOLD = Path(__file__).resolve().parent.parent / "tests" / "gold" / "dates.csv"
TARGET = 1000
_DATEPARSER_SETTINGS = {"DATE_ORDER": "DMY", "PREFER_DATES_FROM": "past"}


def expressions() -> list[str]:
    with GOLD.open(encoding="utf-8") as handle:
        texts = [row["text"] for row in csv.DictReader(handle)]
    repeat = -(-TARGET // len(texts))
    return texts * repeat


def _per_thousand(
    run: Callable[[str], object], items: list[str], before_each: Callable[[], None] | None = None
) -> float:
    start = time.perf_counter()
    for item in items:
        if before_each:
            before_each()
        run(item)
    return (time.perf_counter() - start) * 1000 / len(items)


def _clear() -> None:
    normalize_expression.cache_clear()
    parse_single.cache_clear()


def main() -> None:
    items = expressions()
    normalize_expression(items[0]), dateparser.parse(items[0], settings=_DATEPARSER_SETTINGS)  # warm up
    _clear()
    cached = _per_thousand(normalize_expression, items)
    cold = _per_thousand(normalize_expression, items, before_each=_clear)
    plain = _per_thousand(lambda text: dateparser.parse(text, settings=_DATEPARSER_SETTINGS), items)
    print(f"dates: {len(items)} expressions ({len(set(items))} distinct)")
    print(f"  stage, cached:      {cached:.3f} s per 1,000")
    print(f"  stage, cold:        {cold:.3f} s per 1,000")
    print(f"  dateparser.parse:   {plain:.3f} s per 1,000")
    print(f"  ratio dateparser/stage: {plain / cached:.1f}x cached, {plain / cold:.1f}x cold")


if __name__ == "__main__":
    main()
