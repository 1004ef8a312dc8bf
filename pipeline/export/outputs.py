"""Reading a run's tables for an export, all from the same run.

A run swaps a whole new output folder in while a reader may be going through
the tables one by one; the state file names the run, so a read that saw it
change starts again.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pyarrow as pa

from pipeline.batch.parts import table_path
from pipeline.batch.state import STATE_FILENAME
from pipeline.tables import read_table

_ATTEMPTS = 3


class NoOutputs(FileNotFoundError):
    """The folder holds no tables of a run."""


def read_outputs(out_dir: Path, names: Iterable[str]) -> dict[str, pa.Table]:
    """The tables (a folder of part files or one file each), read as one table each."""
    wanted = list(names)
    missing = [name for name in wanted if not table_path(out_dir, name).exists()]
    if missing:
        raise NoOutputs(f"{out_dir} has no {missing[0]}.parquet: run `pipeline run --out {out_dir}` first")
    for _ in range(_ATTEMPTS):
        before = _state(out_dir)
        tables = {name: read_table(out_dir, name) for name in wanted}
        if _state(out_dir) == before:
            return tables
    raise RuntimeError(f"the tables in {out_dir} kept changing while being read; try again")


def _state(out_dir: Path) -> bytes:
    try:
        return (out_dir / STATE_FILENAME).read_bytes()
    except OSError:
        return b""
