"""The README is a contract: every column and command it names must exist, and vice versa."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pipeline.cli import build_parser
from pipeline.tables import SCHEMAS

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _section(name: str) -> str:
    match = re.search(rf"^### {name}\n(.*?)(?=^#)", README + "\n#", re.S | re.M)
    assert match, f"README has no section for table {name}"
    return match.group(1)


@pytest.mark.parametrize("table", sorted(SCHEMAS))
def test_every_column_is_documented(table: str) -> None:
    documented = set(re.findall(r"`([a-z_0-9]+)`", _section(table)))
    assert set(SCHEMAS[table].names) <= documented, set(SCHEMAS[table].names) - documented


def test_make_targets_in_readme_exist() -> None:
    makefile = (ROOT / "Makefile").read_text()
    for target in re.findall(r"`make (\w+)`", README):
        assert re.search(rf"^{target}:", makefile, re.M), f"make {target} is documented but missing"


def test_cli_options_in_readme_exist() -> None:
    run = build_parser()._subparsers._group_actions[0].choices["run"]  # type: ignore[union-attr]
    options = {s for action in run._actions for s in action.option_strings}
    usage = re.search(r"python -m pipeline run (.*)", README)
    assert usage
    assert set(re.findall(r"--[a-z-]+", usage.group(1))) <= options


@pytest.mark.parametrize("command", ["export ftm", "timeline"])
def test_export_options_in_readme_exist(command: str) -> None:
    choices = build_parser()._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    parser = choices[command.split()[0]]
    if " " in command:
        parser = parser._subparsers._group_actions[0].choices[command.split()[1]]  # type: ignore[union-attr]
    options = {s for action in parser._actions for s in action.option_strings}
    usage = re.search(rf"python -m pipeline {command} (.*)", README)
    assert usage
    assert set(re.findall(r"--[a-z-]+", usage.group(1))) <= options


def test_event_vocabulary_in_readme_is_the_lexicon() -> None:
    from pipeline.events.triggers import load_lexicon

    section = README.split("## Event vocabulary", 1)[1].split("\n## ", 1)[0]
    paragraph = section.split("Triggers", 1)[0]
    assert set(re.findall(r"`([a-z_]+)`", paragraph)) == set(load_lexicon().event_types)


def test_every_data_file_is_described() -> None:
    """The README's "Word lists" section names each pipeline/data/*.toml, and no other."""
    section = re.search(r"^## Word lists\n(.*?)(?=^## |\Z)", README, re.S | re.M)
    assert section, "README has no Word lists section"
    described = set(re.findall(r"^- `([a-z_]+\.toml)`", section.group(1), re.M))
    files = {path.name for path in (ROOT / "pipeline" / "data").glob("*.toml")}
    assert described == files, (files - described, described - files)
