"""One run at a time per output folder.

A ``filelock`` lock on ``<out>/.lock`` (an advisory ``flock`` on Linux and
macOS, a locked handle on Windows): the system drops it when the holder
exits, even on ``kill -9``, so a crashed run never leaves a stale lock
behind. The holder writes its pid into the file so that a second run can
say who holds the folder.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from filelock import FileLock, Timeout

LOCK_FILENAME = ".lock"


class RunLocked(RuntimeError):
    """Another run holds the output folder."""


@contextmanager
def run_lock(out_dir: Path) -> Iterator[None]:
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / LOCK_FILENAME
    # Not a singleton and not reentrant: a second run_lock in this process must fail like another run.
    lock = FileLock(path, timeout=0, is_singleton=False, thread_local=False)
    try:
        lock.acquire()
    except Timeout:
        raise RunLocked(
            f"another pipeline run (pid {_holder(path)}) is writing to {out_dir}; "
            "wait for it to finish and run again"
        ) from None
    try:
        path.write_text(str(os.getpid()), encoding="utf-8")
        yield
    finally:
        lock.release()


def _holder(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8").strip() or "unknown"
    except OSError:
        return "unknown"
