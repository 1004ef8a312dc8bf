"""Publishing a run's tables: all at once or not at all, keeping everything else."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipeline.batch import publish as publishing
from pipeline.batch.lock import LOCK_FILENAME, RunLocked, run_lock
from pipeline.batch.publish import publish, recover
from pipeline.batch.state import STATE_FILENAME
from pipeline.tables import build_table, read_table
from tests.test_tables import date_row


def _dates(start: int) -> pa.Table:
    return build_table("dates", [date_row(start)])


def _documents(path: str) -> pa.Table:
    row = {"doc_id": "doc_1", "source_path": path, "content_sha256": "0" * 64, "status": "ok"}
    row |= {"n_chars": 1, "n_tokens": 1}
    return build_table("documents", [row])


def _starts(out: Path) -> list[int]:
    return read_table(out, "dates").column("start_char").to_pylist()


def _leftovers(out: Path) -> list[str]:
    beside = [p.name for p in out.parent.iterdir() if ".staging-" in p.name]
    return beside + [p.name for p in out.iterdir() if ".staging-" in p.name]


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "outputs"
    publish({"dates": _dates(3), "documents": _documents("a.txt")}, folder, {STATE_FILENAME: b"old"})
    return folder


def test_tables_and_files_are_written_and_nothing_is_left_behind(out: Path) -> None:
    assert _starts(out) == [3]
    assert (out / STATE_FILENAME).read_bytes() == b"old"
    assert _leftovers(out) == []


def _can_exchange(where: Path) -> bool:
    first, second = where / "probe_a", where / "probe_b"
    first.mkdir()
    second.mkdir()
    return publishing._exchange_folders(first, second)


def test_the_folder_is_swapped_whole(out: Path, tmp_path: Path) -> None:
    if not _can_exchange(tmp_path):
        pytest.skip("this file system cannot exchange folders")
    before = out.stat().st_ino
    publish({"dates": _dates(7)}, out)
    assert out.stat().st_ino != before  # a new folder took the old one's place
    assert _starts(out) == [7]


def test_cache_users_files_mode_and_lock_survive_the_swap(out: Path) -> None:
    (out / ".cache").mkdir()
    (out / ".cache" / "entry.pkl").write_bytes(b"cached")
    (out / "notes.md").write_text("mine", encoding="utf-8")
    os.chmod(out, 0o751)
    with run_lock(out):
        lock = (out / LOCK_FILENAME).stat().st_ino
        publish({"dates": _dates(9)}, out, {STATE_FILENAME: b"new"})
        # The same lock file, still held: a second run is refused mid-publish and after.
        assert (out / LOCK_FILENAME).stat().st_ino == lock
        with pytest.raises(RunLocked), run_lock(out):
            pass
    assert (out / ".cache" / "entry.pkl").read_bytes() == b"cached"
    assert (out / "notes.md").read_text(encoding="utf-8") == "mine"
    assert stat.S_IMODE(out.stat().st_mode) == 0o751
    assert (_starts(out), (out / STATE_FILENAME).read_bytes()) == ([9], b"new")
    assert read_table(out, "documents").column("source_path").to_pylist() == ["a.txt"]  # not republished
    assert _leftovers(out) == []


def test_a_failed_write_keeps_every_previous_table(out: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    calls = []

    def second_write_fails(table: pa.Table, where: Path, **kwargs: object) -> None:
        calls.append(where)
        if len(calls) == 2:
            raise OSError("disk full")
        pq.write_table(table, where, **kwargs)

    monkeypatch.setattr(publishing.pq, "write_table", second_write_fails)
    with pytest.raises(OSError, match="disk full"):
        publish({"dates": _dates(9), "documents": _documents("b.txt")}, out, {STATE_FILENAME: b"new"})
    assert {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()} == before
    assert _leftovers(out) == []


def test_without_the_exchange_tables_are_replaced_one_by_one(
    out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(publishing, "_exchange_folders", lambda staging, target: False)
    before = out.stat().st_ino
    publish({"dates": _dates(5)}, out, {STATE_FILENAME: b"new"})
    assert out.stat().st_ino == before
    assert (_starts(out), (out / STATE_FILENAME).read_bytes()) == ([5], b"new")
    assert _leftovers(out) == []


def test_a_symlinked_output_folder_stays_a_symlink(tmp_path: Path) -> None:
    real = tmp_path / "real"
    link = tmp_path / "outputs"
    real.mkdir()
    link.symlink_to(real, target_is_directory=True)
    publish({"dates": _dates(4)}, link)
    assert link.is_symlink()
    assert _starts(real) == [4]


def test_schema_mismatch_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="dates"):
        publish({"dates": pa.table({"date_id": ["x"]})}, tmp_path / "outputs")


def test_recover_drops_a_staging_folder_that_was_never_swapped_in(out: Path) -> None:
    staged = out.parent / f".{out.name}.staging-killed"
    staged.mkdir()
    (staged / ".staged").touch()
    pq.write_table(_dates(99), staged / "dates.parquet")
    (staged / STATE_FILENAME).write_bytes(b"new")
    recover(out)
    assert (_starts(out), (out / STATE_FILENAME).read_bytes()) == ([3], b"old")
    assert _leftovers(out) == []


def test_recover_finishes_moving_what_a_swapped_run_left_behind(out: Path) -> None:
    """Killed after the swap: the old folder still holds the cache and a user's file."""
    old = out.parent / f".{out.name}.staging-killed"
    old.mkdir()
    pq.write_table(_dates(1), old / "dates.parquet")
    (old / STATE_FILENAME).write_bytes(b"older")
    (old / ".cache").mkdir()
    (old / ".cache" / "entry.pkl").write_bytes(b"cached")
    (old / "notes.md").write_text("mine", encoding="utf-8")
    recover(out)
    assert (out / ".cache" / "entry.pkl").read_bytes() == b"cached"
    assert (out / "notes.md").read_text(encoding="utf-8") == "mine"
    assert (_starts(out), (out / STATE_FILENAME).read_bytes()) == ([3], b"old")
    assert _leftovers(out) == []
