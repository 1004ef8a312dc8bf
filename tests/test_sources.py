"""Documents from any folder fsspec reaches: the same rows as from a local folder."""

from __future__ import annotations

from pathlib import Path

import fsspec
import pyarrow.parquet as pq
import pytest

from pipeline.batch.run import run_batch
from pipeline.batch.sources import local_path, scan_sources
from pipeline.cli import main
from pipeline.config import Settings
from pipeline.tables import TABLE_NAMES

DOCS = {
    "vell.txt": "Greta Vell was appointed Minister of Fisheries in June 1994. She resigned in 1998.",
    "deep/ostrom.txt": "Pavel Ostrom was elected mayor of Karsk in 2001.",
    ".hidden.txt": "Not a document.",
    "empty.txt": "   ",
}


def test_a_memory_url_gives_the_rows_of_a_local_folder(tmp_path: Path) -> None:
    fs = fsspec.filesystem("memory")
    for name, text in DOCS.items():
        fs.pipe(f"/corpus/{name}", text.encode())
        (tmp_path / "raw" / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "raw" / name).write_text(text, encoding="utf-8")
    fs.pipe("/corpus/entities.toml", b'[[entity]]\nname = "Karsk"\nkb_id = "Q9"\n')
    (tmp_path / "raw" / "entities.toml").write_text('[[entity]]\nname = "Karsk"\nkb_id = "Q9"\n')
    assert [ref.source_path for ref in scan_sources("memory://corpus")] == [
        "deep/ostrom.txt",
        "empty.txt",
        "vell.txt",
    ]
    assert main(["run", "--raw", "memory://corpus", "--out", str(tmp_path / "remote"), "--workers", "1"]) == 0
    run_batch(Settings(raw_dir=tmp_path / "raw", out_dir=tmp_path / "local"), lambda _: None)
    for name in TABLE_NAMES:
        remote, local = (pq.read_table(tmp_path / kind / f"{name}.parquet") for kind in ("remote", "local"))
        assert remote.equals(local), name
    entities = pq.read_table(tmp_path / "remote" / "entities.parquet").to_pandas()
    assert entities.set_index("canonical_name").loc["Karsk", "kb_id"] == "Q9"


def test_a_missing_url_folder_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["run", "--raw", "memory://nowhere", "--out", str(tmp_path / "outputs")]) == 2
    assert "raw folder memory://nowhere does not exist" in capsys.readouterr().err


def test_local_paths_and_file_urls_are_local_folders() -> None:
    assert local_path("raw") == Path("raw")
    assert local_path("file:///data/raw") == Path("/data/raw")
    assert local_path("s3://bucket/raw") is None
