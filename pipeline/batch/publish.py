"""Putting a run's outputs in place: every table at once, or none.

A run writes its tables (with the DuckDB catalog of them, and the state file
that describes them) into a staging folder beside the output folder. The staging folder then trades
places with the output folder in one atomic step (Linux ``renameat2`` with
``RENAME_EXCHANGE``), so a reader, or a run killed at any moment, sees either
all the old tables or all the new ones. Whatever else the output folder
holds (the result cache, the lock, files a user put there) then moves across
from the old folder; a run killed during that move is finished by the next.

Where the exchange is not possible (another OS, a file system without it,
an output folder that is a mount point, a read-only parent folder) the
tables are staged inside the output folder and renamed one by one: each
table is still whole, but a crash between two renames leaves old and new
tables side by side until the next run.
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import os
import shutil
import stat
import tempfile
from collections.abc import Mapping
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.batch.lock import LOCK_FILENAME
from pipeline.batch.state import STATE_FILENAME
from pipeline.tables import SCHEMAS

_STAGING = ".staging-"
# In a staging folder until it is swapped in: tells a leftover that never
# became the outputs (drop it) from a previous output folder (move its rest).
_MARKER = ".staged"
_AT_FDCWD = -100
_RENAME_EXCHANGE = 2
# Errors meaning "this system or file system cannot exchange", not "something broke".
_NO_EXCHANGE = {errno.ENOSYS, errno.EINVAL, errno.EXDEV, errno.EPERM, errno.EOPNOTSUPP, errno.ENOTSUP}


def publish(tables: Mapping[str, pa.Table], out_dir: Path, files: Mapping[str, bytes] = {}) -> list[Path]:
    """Write ``tables`` as ``out_dir/<name>.parquet`` (and ``files`` by name) together.

    Call while holding the run lock. Returns the table paths.
    """
    for name, table in tables.items():
        if table.schema != SCHEMAS[name]:
            raise ValueError(f"table {name!r} does not match its declared schema")
    staging = open_staging(out_dir)
    _write(tables, {}, staging)
    swap_in(staging, out_dir, files)
    return [out_dir / f"{name}.parquet" for name in tables]


def open_staging(out_dir: Path) -> Path:
    """A new, empty output folder to fill, beside ``out_dir`` when it can be swapped
    in whole, else inside it. Call while holding the run lock."""
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir.resolve()  # a symlinked output folder: swap the folder it points to
    recover(target)
    staging = _staging_beside(target) or Path(tempfile.mkdtemp(prefix=_STAGING, dir=target))
    (staging / _MARKER).touch()
    return staging


def swap_in(staging: Path, out_dir: Path, files: Mapping[str, bytes] = {}) -> None:
    """Make the filled ``staging`` folder (plus ``files``) the outputs, at once where possible."""
    target = out_dir.resolve()
    _write({}, files, staging)
    if staging.parent != target and _exchange_folders(staging, target):
        (target / _MARKER).unlink()
        _move_rest(staging, target)  # staging now holds the previous outputs
    else:
        _replace_one_by_one(staging, target, list(files))
    shutil.rmtree(staging)


def recover(out_dir: Path) -> None:
    """Finish or undo what a killed run left: staging folders beside and inside ``out_dir``.

    A staging folder that was never swapped in (it still has its marker) only
    holds new tables: it goes. One that was swapped holds the previous outputs
    and whatever had not yet moved across (the cache, users' files): those
    move, then it goes.
    """
    if not out_dir.is_dir():
        return
    out_dir = out_dir.resolve()
    (out_dir / _MARKER).unlink(missing_ok=True)  # killed right after the swap
    for leftover in sorted(out_dir.parent.glob(f".{out_dir.name}{_STAGING}*")):
        if leftover.is_dir() and not (leftover / _MARKER).exists():
            _move_rest(leftover, out_dir)
        shutil.rmtree(leftover, ignore_errors=True)
    for leftover in sorted(out_dir.glob(f"{_STAGING}*")):
        shutil.rmtree(leftover, ignore_errors=True)


def _staging_beside(out_dir: Path) -> Path | None:
    """A new folder next to ``out_dir`` on the same file system, or None when there can't be one."""
    try:
        if os.stat(out_dir.parent).st_dev != os.stat(out_dir).st_dev:
            return None  # out_dir is a mount point: nothing can be renamed over it
        staging = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}{_STAGING}", dir=out_dir.parent))
        # mkdtemp makes a private folder; once swapped in it is the output folder.
        os.chmod(staging, stat.S_IMODE(os.stat(out_dir).st_mode))
        return staging
    except OSError:
        return None


def _write(tables: Mapping[str, pa.Table], files: Mapping[str, bytes], staging: Path) -> None:
    """Write everything into ``staging``; on failure remove it and re-raise."""
    try:
        for name, table in tables.items():
            # No timestamps or creator-dependent metadata beyond pyarrow's version,
            # so identical rows give identical files.
            pq.write_table(table, staging / f"{name}.parquet", compression="zstd")
        for name, data in files.items():
            (staging / name).write_bytes(data)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def _exchange_folders(staging: Path, out_dir: Path) -> bool:
    """Swap the two folders atomically; False when this system cannot."""
    lock = out_dir / LOCK_FILENAME
    try:
        if lock.exists():
            # The same lock file (inode) must stay at <out>/.lock throughout,
            # or a second run could lock a fresh file while this one finishes.
            os.link(lock, staging / LOCK_FILENAME)
    except OSError:
        return False
    renameat2 = getattr(ctypes.CDLL(None, use_errno=True), "renameat2", None)
    if renameat2 is None:
        return False
    renameat2.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    if renameat2(_AT_FDCWD, os.fsencode(staging), _AT_FDCWD, os.fsencode(out_dir), _RENAME_EXCHANGE) == 0:
        return True
    code = ctypes.get_errno()
    if code in _NO_EXCHANGE:
        return False
    raise OSError(code, f"could not swap in the new outputs: {os.strerror(code)}", str(out_dir))


def _move_rest(old: Path, out_dir: Path) -> None:
    """Move from ``old`` to ``out_dir`` what the new outputs do not replace: the
    cache, users' files, a table this run did not write."""
    owned = {STATE_FILENAME, LOCK_FILENAME, _MARKER}
    for entry in sorted(old.iterdir()):
        if entry.name not in owned and not (out_dir / entry.name).exists():
            os.replace(entry, out_dir / entry.name)


def _replace_one_by_one(staging: Path, out_dir: Path, files: list[str]) -> None:
    # The state goes first and comes back last: while tables are being
    # replaced, the folder must not claim to be up to date.
    with contextlib.suppress(FileNotFoundError):
        (out_dir / STATE_FILENAME).unlink()
    # Every table, and what else the run staged (the catalog): not the files, which come last.
    owned = {_MARKER, LOCK_FILENAME, *files}
    tables = sorted(path.name for path in staging.iterdir() if path.name not in owned)
    for name in tables:
        if (staging / name).is_dir():
            _replace_parts(staging / name, out_dir / name)
        else:
            _remove(out_dir / name)
            os.replace(staging / name, out_dir / name)
    for name in sorted(files, key=lambda n: n == STATE_FILENAME):
        os.replace(staging / name, out_dir / name)


def _replace_parts(new: Path, old: Path) -> None:
    """A partitioned table, part file by part file: each part whole."""
    if old.exists() and not old.is_dir():
        old.unlink()  # the table was one file before it was partitioned
    old.mkdir(exist_ok=True)
    names = sorted(part.name for part in new.iterdir())
    for name in names:
        os.replace(new / name, old / name)
    for stale in sorted(set(old.iterdir()) - {old / name for name in names}):
        stale.unlink()


def _remove(path: Path) -> None:
    if path.is_dir():
        shutil.rmtree(path)
