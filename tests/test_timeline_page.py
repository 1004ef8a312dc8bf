"""The timeline page: rendered in headless Chromium, counted from its DOM, looked at in a screenshot.

Chromium is Debian's package ``chromium`` (CI installs it in .ci/run); where it
is missing the browser tests skip and say so.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from collections import Counter
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from pipeline.cli import main
from pipeline.export.timeline import UnknownPerson, render_page, write_timeline

BROWSER = shutil.which("chromium") or shutil.which("chromium-browser")
needs_chromium = pytest.mark.skipif(
    BROWSER is None,
    reason="headless Chromium is not installed (apt-get install -y chromium); .ci/run installs it",
)
# Offline and quiet: without these, Chromium waits on network look-ups this machine cannot make.
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)
PERSON = "Viktor Khrapunov"
BAR_BLUE, MARK_ORANGE = (59, 111, 182), (217, 130, 43)


@pytest.fixture(scope="module")
def page(khrapunov_outputs: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("timeline") / "viktor.html"
    assert main(["timeline", PERSON, "--outputs", str(khrapunov_outputs), "--out", str(target)]) == 0
    return target


def _expected(outputs: Path) -> tuple[int, int, int]:
    facts = pq.read_table(outputs / "facts.parquet").to_pandas()
    mine = facts[facts.person_name == PERSON]
    bars = mine[(mine.kind == "post") & mine.start_date.notna()]
    marks = mine[(mine.kind == "event") & mine.date_start.notna()]
    return len(bars), len(marks), int(bars.conflict.notna().sum() + marks.conflict.notna().sum())


def _chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    profile = tmp_path / f"profile-{len(list(tmp_path.iterdir()))}"  # a fresh profile for each start
    command = [str(BROWSER), *FLAGS, f"--user-data-dir={profile}", *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=120, check=True)


def test_the_page_is_self_contained(page: Path) -> None:
    source = page.read_text(encoding="utf-8")
    assert not re.search(r"<(?:script|img|link|iframe)[^>]+(?:src|href)=", source)
    assert "@import" not in source and "url(http" not in source
    assert f"<title>Timeline: {PERSON}</title>" in source


def test_text_from_documents_cannot_break_out_of_the_page() -> None:
    item = {
        "kind": "event",
        "label": "birth",
        "sentence": "</script><script>alert(1)</script>",
        "start": None,
    }
    html = render_page("<b>A & B</b>", [item])
    assert "</script><script>alert" not in html and "&lt;b&gt;A &amp; B&lt;/b&gt;" in html


def test_an_unknown_name_says_which_names_are_close(khrapunov_outputs: Path, tmp_path: Path) -> None:
    with pytest.raises(UnknownPerson, match="did you mean 'Viktor Khrapunov'"):
        write_timeline(khrapunov_outputs, "Viktor Krapunov", tmp_path / "x.html")
    assert not (tmp_path / "x.html").exists()


@needs_chromium
def test_chromium_renders_a_bar_per_post_and_a_mark_per_event(
    page: Path, khrapunov_outputs: Path, tmp_path: Path
) -> None:
    dom = _chromium(tmp_path, "--dump-dom", page.as_uri()).stdout
    classes = Counter(cls.split()[0] for cls in re.findall(r'<rect class="([^"]+)"', dom))
    bars, marks, conflicts = _expected(khrapunov_outputs)
    assert (classes["bar"], classes["mark"]) == (bars, marks) and bars > 20 and marks > 20
    drawn_conflicts = len(re.findall(r'<rect class="(?:bar|mark)[^"]*\bconflict\b', dom))
    assert drawn_conflicts == conflicts >= 1  # the Governor's start, at least
    assert '<li class="undated' in dom


@needs_chromium
def test_the_screenshot_shows_the_timeline(page: Path, tmp_path: Path) -> None:
    from PIL import Image

    shot = tmp_path / "timeline.png"
    _chromium(tmp_path, "--window-size=1400,1000", f"--screenshot={shot}", page.as_uri())
    with Image.open(shot) as image:
        pixels = list(image.convert("RGB").get_flattened_data())
    assert len(pixels) == 1400 * 1000
    colours = Counter(pixels)
    inked = 1 - colours[(255, 255, 255)] / len(pixels)
    assert inked > 0.03 and len(colours) > 50  # not a blank page
    assert colours[BAR_BLUE] > 500 and colours[MARK_ORANGE] > 100  # bars and marks were painted


@needs_chromium
def test_a_person_without_dated_facts_gets_a_page_that_says_so(tmp_path: Path) -> None:
    item = {"kind": "post", "label": "Prime Minister", "sentence": "Prime Minister Karim Masimov said so."}
    item |= {"start": None, "conflict": None, "organization": None, "place": None, "sources": ["a.txt"]}
    page = tmp_path / "masimov.html"
    page.write_text(render_page("Karim Masimov", [item]), encoding="utf-8")
    dom = _chromium(tmp_path, "--dump-dom", page.as_uri()).stdout
    assert "No dated facts." in dom
    assert "Prime Minister: “Prime Minister Karim Masimov said so.” (a.txt)" in dom
