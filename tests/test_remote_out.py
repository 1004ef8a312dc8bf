"""Outputs at a URL (memory:// here, s3:// for users): each run in a folder of its
own, a pointer switched last, so readers never see a mix of two runs."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import fsspec
import pandas as pd
import pyarrow.parquet as pq
import pytest
from fsspec.implementations.memory import MemoryFileSystem

from pipeline.batch.parts import PARTITIONED_TABLES, PERSON_TABLES, bucket_of
from pipeline.batch.remote import POINTER, PublishError, current_run
from pipeline.batch.run import run_batch
from pipeline.cli import EXIT_FAILED, EXIT_USAGE, main
from pipeline.config import Settings
from pipeline.tables import SORT_KEYS, TABLE_NAMES

DOCS = {
    "vell.txt": "Greta Vell was appointed Minister of Fisheries in June 1994. She resigned in 1998.",
    "ostrom.txt": "Pavel Ostrom was elected mayor of Karsk in 2001.",
}
NEW = ("lind.txt", "Sofia Lind was appointed ambassador to Chile in 1999.")
BUCKETS = 8


@pytest.fixture
def url(tmp_path: Path) -> Iterator[str]:
    """A folder of the in-memory file system no other test uses."""
    folder = f"memory://{tmp_path.name}/outputs"
    yield folder
    memory = fsspec.filesystem("memory")
    if memory.exists(f"/{tmp_path.name}"):
        memory.rm(f"/{tmp_path.name}", recursive=True)


@pytest.fixture
def raw(tmp_path: Path) -> Path:
    folder = tmp_path / "raw"
    folder.mkdir()
    for name, text in DOCS.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _settings(raw: Path, url: str, work: Path) -> Settings:
    return Settings(raw_dir=raw, out_dir=work, publish_to=url, buckets=BUCKETS)


def _tables(where: str) -> dict[str, pd.DataFrame]:
    """Every table read through its URL as a reader would, rows in one order."""
    return {
        name: pd.read_parquet(f"{where}/{name}.parquet")
        .sort_values(list(SORT_KEYS[name]))
        .reset_index(drop=True)
        .astype(str)
        for name in TABLE_NAMES
    }


def _local(folder: Path) -> dict[str, pd.DataFrame]:
    return _tables(str(folder))


def _runs(url: str) -> list[str]:
    fs = fsspec.filesystem("memory")
    return sorted(Path(path).name for path in fs.ls(url.removeprefix("memory:/") + "/runs", detail=False))


def _add(raw: Path, name: str, text: str) -> None:
    (raw / name).write_text(text, encoding="utf-8")


def test_each_run_is_uploaded_to_a_folder_of_its_own_and_the_pointer_names_it(
    raw: Path, url: str, tmp_path: Path
) -> None:
    command = ["run", "--raw", str(raw), "--out", url, "--work", str(tmp_path / "work")]
    assert main([*command, "--buckets", str(BUCKETS)]) == 0
    first = current_run(url)
    assert first is not None and first.startswith(f"{url}/runs/")
    pointer = fsspec.filesystem("memory").cat_file(f"{url.removeprefix('memory:/')}/{POINTER}")
    assert pointer.decode().strip() == first.removeprefix(f"{url}/")
    # The uploaded tables are the local run's, and a reader finds them through the pointer.
    run_batch(Settings(raw_dir=raw, out_dir=tmp_path / "local", buckets=BUCKETS), lambda _: None)
    local = _local(tmp_path / "local")
    for name, table in _tables(first).items():
        pd.testing.assert_frame_equal(table, local[name])
    assert set(_tables(first)["events"]["person_name"]) == {"Greta Vell", "Pavel Ostrom"}

    _add(raw, *NEW)
    summary = run_batch(_settings(raw, url, tmp_path / "work"), lambda _: None)
    second = current_run(url)
    assert summary.published == second and second != first
    assert "Sofia Lind" in set(_tables(str(second))["events"]["person_name"])
    assert _runs(url) == sorted(run.rsplit("/", 1)[1] for run in (first, second))  # the previous one stays

    _add(raw, "moller.txt", "Jens Moller was arrested in Bergen in March 2003.")
    third = run_batch(_settings(raw, url, tmp_path / "work"), lambda _: None).published
    assert _runs(url) == sorted(str(run).rsplit("/", 1)[1] for run in (second, third))  # older ones go


def test_a_rerun_with_nothing_changed_uploads_nothing(raw: Path, url: str, tmp_path: Path) -> None:
    run_batch(_settings(raw, url, tmp_path / "work"), lambda _: None)
    before = current_run(url)
    summary = run_batch(_settings(raw, url, tmp_path / "work"), lambda _: None)
    assert summary.published is None and current_run(url) == before and len(_runs(url)) == 1


def test_unchanged_buckets_are_copied_within_the_store_not_uploaded(
    raw: Path, url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    run_batch(_settings(raw, url, tmp_path / "work"), lambda _: None)
    uploaded: list[str] = []
    put = MemoryFileSystem.put

    def spy(self: MemoryFileSystem, lpath: Any, rpath: Any, *args: Any, **kwargs: Any) -> Any:
        uploaded.extend(Path(path).relative_to(tmp_path / "work").as_posix() for path in lpath)
        return put(self, lpath, rpath, *args, **kwargs)

    monkeypatch.setattr(MemoryFileSystem, "put", spy)
    _add(raw, *NEW)
    run_batch(_settings(raw, url, tmp_path / "work"), lambda _: None)
    part = f"part-{bucket_of(NEW[0], BUCKETS):04d}.parquet"
    assert {bucket_of(name, BUCKETS) for name in DOCS}.isdisjoint({bucket_of(NEW[0], BUCKETS)})
    # The facts table's parts are cut by person, so all of them go up again.
    facts = [
        f"{name}.parquet/{p.name}"
        for name in PERSON_TABLES
        for p in (tmp_path / "work" / f"{name}.parquet").iterdir()
    ]
    assert facts and sorted(uploaded) == sorted(
        ["entities.parquet", *facts] + [f"{name}.parquet/{part}" for name in PARTITIONED_TABLES]
    )
    current = str(current_run(url))
    memory = fsspec.filesystem("memory")
    documents = pq.read_table(f"{current}/documents.parquet".removeprefix("memory:/"), filesystem=memory)
    assert sorted(documents.column("source_path").to_pylist()) == sorted([*DOCS, NEW[0]])


def test_a_failed_upload_leaves_readers_on_the_previous_run(
    raw: Path, url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    run_batch(_settings(raw, url, tmp_path / "work"), lambda _: None)
    first = str(current_run(url))
    before = _tables(first)
    put = MemoryFileSystem.put

    def half_then_fail(self: MemoryFileSystem, lpath: Any, rpath: Any, *args: Any, **kwargs: Any) -> Any:
        put(self, lpath[:2], rpath[:2], *args, **kwargs)
        raise ConnectionError("the connection dropped")

    monkeypatch.setattr(MemoryFileSystem, "put", half_then_fail)
    _add(raw, *NEW)
    with pytest.raises(PublishError, match=r"could not upload the outputs to .*the connection dropped"):
        run_batch(_settings(raw, url, tmp_path / "work"), lambda _: None)
    assert current_run(url) == first and len(_runs(url)) == 2  # an unfinished upload beside it
    for name, table in _tables(first).items():
        pd.testing.assert_frame_equal(table, before[name])

    monkeypatch.setattr(MemoryFileSystem, "put", put)
    summary = run_batch(_settings(raw, url, tmp_path / "work"), lambda _: None)
    assert summary.analysed == 0 and summary.published == current_run(url) != first  # uploaded now
    assert "Sofia Lind" in set(_tables(str(summary.published))["events"]["person_name"])
    assert _runs(url) == sorted(run.rsplit("/", 1)[1] for run in (first, str(summary.published)))


def test_the_cli_reports_a_failed_upload_and_exits_1(
    raw: Path, url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def fail(*args: Any, **kwargs: Any) -> None:
        raise PermissionError("access denied")

    monkeypatch.setattr(MemoryFileSystem, "put", fail)
    assert main(["run", "--raw", str(raw), "--out", url, "--work", str(tmp_path / "work")]) == EXIT_FAILED
    assert f"error: could not upload the outputs to {url}: access denied" in capsys.readouterr().err
    assert current_run(url) is None


def test_work_is_only_for_a_url_out(raw: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    command = ["run", "--raw", str(raw), "--out", str(tmp_path / "outputs"), "--work", str(tmp_path / "w")]
    assert main(command) == EXIT_USAGE
    assert "--work is for a URL --out" in capsys.readouterr().err
