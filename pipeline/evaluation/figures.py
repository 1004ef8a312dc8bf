"""A measured figure, and the floors it must not fall below.

Every evaluation reports named figures ("events F1", "core-8 F1"); `floors.toml`
names the ones that must stay at or above a floor. `make eval` exits 1 when one
falls below, or when a floor names a figure the evaluation did not report.
"""

from __future__ import annotations

import math
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

FLOORS = Path(__file__).with_name("floors.toml")


@dataclass(frozen=True)
class Figure:
    value: float
    detail: str = ""  # the counts behind it ("13/16")

    def cell(self) -> str:
        return f"{self.value:.3f}" + (f" ({self.detail})" if self.detail else "")


# figures of one evaluation: (section, metric) -> Figure, e.g. ("gold.dev", "events F1")
Figures = dict[tuple[str, str], Figure]


def read_floors(path: Path = FLOORS) -> dict[tuple[str, str], float]:
    """(section, metric) -> floor, from a TOML file of tables of numbers."""
    with open(path, "rb") as f:
        data = tomllib.load(f)
    floors: dict[tuple[str, str], float] = {}

    def walk(prefix: str, table: dict[str, object]) -> None:
        for key, item in table.items():
            if isinstance(item, dict):
                walk(f"{prefix}.{key}" if prefix else key, item)
            elif isinstance(item, int | float) and not isinstance(item, bool):
                floors[(prefix, key)] = float(item)
            else:
                raise ValueError(f"{path}: floor {prefix}.{key} is not a number: {item!r}")

    walk("", data)
    return floors


def broken_floors(figures: Figures, floors: dict[tuple[str, str], float], sections: set[str]) -> list[str]:
    """One line per floor of the evaluated sections that is not met (or not measured)."""
    problems = []
    for (section, metric), floor in sorted(floors.items()):
        if section not in sections:
            continue
        figure = figures.get((section, metric))
        if figure is None:
            problems.append(f"{section}: {metric}: not measured (floor {floor:.3f})")
        elif figure.value < floor - 1e-9:
            problems.append(f"{section}: {metric} = {figure.value:.3f}, below its floor {floor:.3f}")
    return problems


def raised_floors(text: str, figures: Figures) -> str:
    """``floors.toml``'s text with each floor of a measured figure raised to the figure,
    rounded down to two decimals; a floor is never lowered, comments and order stay."""
    section = ""
    lines = []
    for line in text.splitlines():
        header = _HEADER.match(line)
        if header:
            section = ".".join(part.strip().strip('"') for part in _split_dotted(header[1]))
        entry = _ENTRY.match(line)
        figure = figures.get((section, entry[1].strip('"'))) if entry else None
        if entry and figure is not None:
            floor = max(float(entry[2]), math.floor(figure.value * 100 + 1e-9) / 100)
            line = f"{entry[1]} = {floor:.2f}"
        lines.append(line)
    return "\n".join(lines) + "\n"


_HEADER = re.compile(r"^\[(.+)\]\s*$")
_ENTRY = re.compile(r'^("[^"]+"|[A-Za-z0-9_-]+)\s*=\s*([0-9.]+)\s*$')


def _split_dotted(key: str) -> list[str]:
    """'tbaq."no document date"' -> ['tbaq', '"no document date"']."""
    return re.findall(r'"[^"]*"|[^.]+', key)
