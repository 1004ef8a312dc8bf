"""Hand-written code swapped for libraries: filelock for the run lock, tqdm for the progress bar,
library versions in the cache key."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.batch import cache
from pipeline.batch.lock import LOCK_FILENAME, RunLocked, run_lock
from pipeline.batch.progress import Progress
from pipeline.batch.run import run_batch
from pipeline.config import Settings


def test_the_command_line_starts_without_fcntl() -> None:
    """fcntl exists only on Unix; the CLI must at least start elsewhere (Windows)."""
    script = "import sys; sys.modules['fcntl'] = None\nimport pipeline.cli\nprint('started')"
    done = subprocess.run([sys.executable, "-W", "ignore", "-c", script], capture_output=True, text=True)
    assert done.stdout.strip() == "started", done.stderr


def test_a_second_lock_names_the_holder(tmp_path: Path) -> None:
    code = (
        "import sys, time\nfrom pathlib import Path\nfrom pipeline.batch.lock import run_lock\n"
        f"with run_lock(Path({str(tmp_path)!r})):\n    print('held', flush=True)\n    time.sleep(30)\n"
    )
    holder = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        with pytest.raises(RunLocked, match=f"pid {holder.pid}"), run_lock(tmp_path):
            pass
    finally:
        holder.kill()
        holder.wait()
    with run_lock(tmp_path):  # the lock died with its holder
        assert (tmp_path / LOCK_FILENAME).read_text() != str(holder.pid)


def test_the_progress_bar_shows_rate_and_eta_when_asked() -> None:
    stream = io.StringIO()
    bar = Progress(4, "analysing", enabled=True, stream=stream)
    for _ in range(4):
        bar.advance()
    bar.close()
    assert "analysing" in stream.getvalue() and "4/4" in stream.getvalue() and "doc/s" in stream.getvalue()


def test_the_progress_bar_is_quiet_when_stderr_is_not_a_terminal() -> None:
    stream = io.StringIO()  # not a terminal
    bar = Progress(4, "analysing", stream=stream)
    bar.advance(4)
    bar.close()
    assert stream.getvalue() == ""


def test_a_new_spacy_or_dateparser_version_redoes_every_document(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text("Pavel Ostrom was elected mayor of Karsk in 2001.", encoding="utf-8")
    settings = Settings(raw_dir=raw, out_dir=tmp_path / "out")
    assert "spacy==" in cache.library_versions() and "dateparser==" in cache.library_versions()
    run_batch(settings, lambda _: None)
    monkeypatch.setattr(cache, "library_versions", lambda: "spacy==99.0.0 dateparser==1.5.0")
    cache.code_fingerprint.cache_clear()
    try:
        assert run_batch(settings, lambda _: None).analysed == 1
    finally:
        cache.code_fingerprint.cache_clear()
