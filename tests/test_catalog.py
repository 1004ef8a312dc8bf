"""The DuckDB catalog: the tables and the timeline and people views, in Python and the DuckDB CLI."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest

from pipeline.batch.run import run_batch
from pipeline.config import Settings
from pipeline.export.catalog import CATALOG_FILENAME
from pipeline.tables import TABLE_NAMES

DUCKDB_CLI = Path(sys.executable).parent / "duckdb"


def _timeline(catalog: Path, person: str) -> list[tuple[object, ...]]:
    with duckdb.connect(str(catalog), read_only=True) as con:
        columns = "kind, what, start_value, start_date, end_value, document_count, conflict, sentence_source"
        return con.execute(f"SELECT {columns} FROM timeline WHERE person_name = ?", [person]).fetchall()


def test_every_table_is_in_the_catalog(khrapunov_outputs: Path) -> None:
    with duckdb.connect(str(khrapunov_outputs / CATALOG_FILENAME), read_only=True) as con:
        for name in TABLE_NAMES:
            rows = con.execute(f'SELECT count(*) FROM "{name}"').fetchone()
            # A folder of part files, or one file: the catalog holds all of its rows.
            assert (
                rows is not None and rows[0] == pq.read_table(khrapunov_outputs / f"{name}.parquet").num_rows
            )


def test_the_timeline_lists_posts_and_events_in_order(khrapunov_outputs: Path) -> None:
    rows = _timeline(khrapunov_outputs / CATALOG_FILENAME, "Viktor Khrapunov")
    dated = [row for row in rows if row[3] is not None]
    assert [row[3] for row in dated] == sorted(row[3] for row in dated)  # chronological
    assert rows[-1][3] is None or len(dated) == len(rows)  # undated facts last
    assert dated[0][:3] == ("event", "birth", "1948-11-24")
    mayor = next(row for row in rows if row[1] == "Mayor")
    assert mayor[2] == "1997-06" and mayor[5] == 4
    governor = next(row for row in rows if row[1] == "Governor")
    assert governor[6].startswith("start: 2003 (encyclopedia_entry.txt)")
    assert {row[0] for row in rows} == {"post", "event"}
    assert all(row[7] for row in rows)  # every fact names the file of its evidence


def test_people_counts_facts_and_first_and_last_dated_fact(khrapunov_outputs: Path) -> None:
    facts = pq.read_table(khrapunov_outputs / "facts.parquet").to_pandas()
    viktor = facts[facts.person_name == "Viktor Khrapunov"]
    with duckdb.connect(str(khrapunov_outputs / CATALOG_FILENAME), read_only=True) as con:
        row = con.execute(
            "SELECT posts, events, conflicts, first_fact, first_date, document_count FROM people "
            "WHERE person_name = 'Viktor Khrapunov'"
        ).fetchone()
    assert row is not None
    counts = ((viktor.kind == "post").sum(), (viktor.kind == "event").sum(), viktor.conflict.notna().sum())
    assert row[:3] == counts
    assert row[2] >= 1  # the Governor's start, at least
    assert row[3] == "birth" and str(row[4]) == "1948-11-24" and row[5] == 5


@pytest.mark.skipif(
    not DUCKDB_CLI.exists(), reason="the DuckDB CLI (pip package duckdb-cli) is not installed"
)
def test_the_catalog_opens_in_the_duckdb_cli(khrapunov_outputs: Path, tmp_path: Path) -> None:
    query = "SELECT what, start_value FROM timeline WHERE person_name = 'Viktor Khrapunov'"
    done = subprocess.run(
        [str(DUCKDB_CLI), "-csv", str(khrapunov_outputs / CATALOG_FILENAME), query],
        capture_output=True,
        text=True,
        cwd=tmp_path,  # no setup and from any folder: the catalog holds its tables
        check=True,
    )
    lines = done.stdout.splitlines()
    assert lines[0] == "what,start_value" and lines[1] == "birth,1948-11-24"
    assert "Mayor,1997-06" in lines


def test_the_catalog_is_rebuilt_with_the_tables(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text(
        "Greta Vell was appointed Minister of Fisheries in June 1994.", encoding="utf-8"
    )
    settings = Settings(raw_dir=raw, out_dir=tmp_path / "out")
    run_batch(settings, lambda _: None)
    catalog = settings.out_dir / CATALOG_FILENAME
    assert sorted(row[1] for row in _timeline(catalog, "Greta Vell")) == [
        "Minister of Fisheries",
        "appointment",
    ]
    (raw / "b.txt").write_text("Greta Vell was born on 2 May 1950 in Tromso.", encoding="utf-8")
    run_batch(settings, lambda _: None)
    assert _timeline(catalog, "Greta Vell")[0][1] == "birth"
    catalog.unlink()  # lost: a rerun with nothing else changed brings it back
    assert run_batch(settings, lambda _: None).analysed == 0
    assert _timeline(catalog, "Greta Vell")[0][1] == "birth"
    moved = tmp_path / "moved"
    shutil.copytree(settings.out_dir, moved)
    assert _timeline(moved / CATALOG_FILENAME, "Greta Vell") == _timeline(catalog, "Greta Vell")
