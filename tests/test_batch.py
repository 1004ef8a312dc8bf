"""Batch reprocessing: only what changed is redone, crashes and concurrent runs are safe."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipeline.batch import cache, phases, plan
from pipeline.batch.link_tasks import bucket_mentions
from pipeline.batch.lock import RunLocked, run_lock
from pipeline.batch.run import run_batch
from pipeline.batch.tasks import BucketJob, TaskSpec
from pipeline.cli import EXIT_LOCKED, main
from pipeline.config import CACHE_DIRNAME, Settings
from pipeline.tables import TABLE_NAMES

DOCS = {
    "harlan.txt": "Oskar Harlan was born on 2 May 1950 in Tromso. In 1981 he became director of a shipyard.",
    "vell.txt": "Greta Vell was appointed Minister of Fisheries in June 1994. She resigned in 1998.",
    "ostrom.txt": "Pavel Ostrom was elected mayor of Karsk in 2001.",
}


def _quiet(_: str) -> None:
    pass


@pytest.fixture
def batch(tmp_path: Path) -> Settings:
    raw = tmp_path / "raw"
    raw.mkdir()
    for name, text in DOCS.items():
        (raw / name).write_text(text, encoding="utf-8")
    settings = Settings(raw_dir=raw, out_dir=tmp_path / "outputs")
    first = run_batch(settings, _quiet)
    assert (first.analysed, first.reused) == (3, 0)
    return settings


def _documents(settings: Settings) -> list[str]:
    return sorted(pq.read_table(settings.out_dir / "documents.parquet").column("source_path").to_pylist())


def test_a_new_file_is_analysed_alone(batch: Settings) -> None:
    (batch.raw_dir / "new.txt").write_text("Ida Brandt was born in 1962 in Lund.", encoding="utf-8")
    summary = run_batch(batch, _quiet)
    assert (summary.analysed, summary.reused, summary.documents) == (1, 3, 4)
    assert "new.txt" in _documents(batch)


def test_a_changed_file_is_redone(batch: Settings) -> None:
    (batch.raw_dir / "ostrom.txt").write_text(
        "Pavel Ostrom was elected mayor of Karsk in 2005.", encoding="utf-8"
    )
    summary = run_batch(batch, _quiet)
    assert (summary.analysed, summary.reused) == (1, 2)
    dates = pq.read_table(batch.out_dir / "dates.parquet").column("value").to_pylist()
    assert "2005" in dates and "2001" not in dates


def test_a_deleted_file_disappears_from_every_table(batch: Settings) -> None:
    doc_ids = pq.read_table(batch.out_dir / "documents.parquet").to_pandas()
    gone = doc_ids.loc[doc_ids.source_path == "vell.txt", "doc_id"].item()
    (batch.raw_dir / "vell.txt").unlink()
    summary = run_batch(batch, _quiet)
    assert (summary.analysed, summary.dropped) == (0, 1)
    for name in TABLE_NAMES:
        table = pq.read_table(batch.out_dir / f"{name}.parquet")
        if "doc_id" in table.column_names:
            assert gone not in table.column("doc_id").to_pylist(), name
    names = pq.read_table(batch.out_dir / "entities.parquet").column("canonical_name").to_pylist()
    assert "Greta Vell" not in names


def test_a_model_change_redoes_everything(batch: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(plan, "model_fingerprint", lambda name: "other_model-9.9.9")
    assert run_batch(batch, _quiet).analysed == 3


def test_a_pipeline_version_change_redoes_everything(
    batch: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cache, "code_fingerprint", lambda: "another version")
    assert run_batch(batch, _quiet).analysed == 3


def test_status_lists_what_a_run_would_do(batch: Settings, capsys: pytest.CaptureFixture[str]) -> None:
    (batch.raw_dir / "new.txt").write_text("Ida Brandt was born in 1962 in Lund.", encoding="utf-8")
    (batch.raw_dir / "vell.txt").write_text("Greta Vell resigned in 1999.", encoding="utf-8")
    (batch.raw_dir / "ostrom.txt").unlink()
    assert main(["status", "--raw", str(batch.raw_dir), "--out", str(batch.out_dir)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "1 to add, 1 to redo, 1 to drop, 1 unchanged"
    assert set(out[1:]) == {"  add   new.txt", "  redo  vell.txt", "  drop  ostrom.txt"}


def test_a_concurrent_run_is_refused(batch: Settings, capsys: pytest.CaptureFixture[str]) -> None:
    with run_lock(batch.out_dir):
        with pytest.raises(RunLocked, match="another pipeline run"):
            run_batch(batch, _quiet)
        assert main(["run", "--raw", str(batch.raw_dir), "--out", str(batch.out_dir)]) == EXIT_LOCKED
    assert "wait for it to finish" in capsys.readouterr().err
    assert run_batch(batch, _quiet).documents == 3  # the lock is released


_PRELUDE = """
import os, signal
from pathlib import Path
import pipeline.batch.publish as publish
from pipeline.config import Settings
from pipeline.batch.run import run_batch
def die():
    os.kill(os.getpid(), signal.SIGKILL)
"""


def _killed_run(settings: Settings, patch: str) -> None:
    """Run the pipeline in a child process that kills itself (SIGKILL, no cleanup) where ``patch`` says."""
    folders = f"raw_dir=Path({str(settings.raw_dir)!r}), out_dir=Path({str(settings.out_dir)!r})"
    script = _PRELUDE + textwrap.dedent(patch) + f"run_batch(Settings({folders}))\n"
    killed = subprocess.run([sys.executable, "-c", script], capture_output=True, check=False)
    assert killed.returncode == -signal.SIGKILL, killed.stderr.decode()


def _tables(settings: Settings) -> dict[str, object]:
    return {name: pq.read_table(settings.out_dir / f"{name}.parquet") for name in TABLE_NAMES}


def _leftovers(settings: Settings) -> list[Path]:
    out = settings.out_dir
    return [p for p in [*out.parent.iterdir(), *out.iterdir()] if ".staging-" in p.name]


def test_kill_9_before_the_swap_leaves_every_previous_table(batch: Settings) -> None:
    before = _tables(batch)
    (batch.raw_dir / "new.txt").write_text("Ida Brandt was born in 1962 in Lund.", encoding="utf-8")
    _killed_run(batch, "publish._exchange_folders = lambda staging, target: die()\n")
    assert _leftovers(batch)  # it died with its new tables staged
    assert _tables(batch) == before  # every table is the previous one, whole
    summary = run_batch(batch, _quiet)  # the next run completes and cleans up
    assert (summary.documents, summary.analysed) == (4, 0)  # the killed run had cached new.txt
    assert "new.txt" in _documents(batch)
    assert not _leftovers(batch)


def test_kill_9_after_the_swap_leaves_every_new_table(batch: Settings) -> None:
    (batch.raw_dir / "new.txt").write_text("Ida Brandt was born in 1962 in Lund.", encoding="utf-8")
    patch = """
        real_exchange = publish._exchange_folders
        def exchange_then_die(staging, target):
            if real_exchange(staging, target):
                die()
            return False
        publish._exchange_folders = exchange_then_die
        """
    _killed_run(batch, patch)
    documents = _documents(batch)
    assert "new.txt" in documents  # the new tables, all of them: every row's document is listed
    ids = set(pq.read_table(batch.out_dir / "documents.parquet").column("doc_id").to_pylist())
    for name in ("mentions", "dates", "events", "careers"):
        assert set(pq.read_table(batch.out_dir / f"{name}.parquet").column("doc_id").to_pylist()) <= ids
    assert not (batch.out_dir / CACHE_DIRNAME).exists()  # still in the old folder
    summary = run_batch(batch, _quiet)  # nothing changed: a no-op that brings the cache back
    assert (summary.documents, summary.analysed, summary.written) == (4, 0, ())
    assert (batch.out_dir / CACHE_DIRNAME).is_dir()
    assert not _leftovers(batch)


def test_kill_9_between_tables_without_the_swap_leaves_whole_tables(batch: Settings) -> None:
    """Where folders cannot be exchanged, tables are replaced one by one."""
    before = _tables(batch)
    (batch.raw_dir / "new.txt").write_text("Ida Brandt was born in 1962 in Lund.", encoding="utf-8")
    patch = """
        publish._exchange_folders = lambda staging, target: False
        real_replace = os.replace
        def replace_then_die(src, dst):
            real_replace(src, dst)
            if str(dst).endswith(".parquet"):
                die()
        publish.os.replace = replace_then_die
        """
    _killed_run(batch, patch)
    after = _tables(batch)
    for name in TABLE_NAMES:  # each table whole: the old one or the new one
        assert after[name].schema.remove_metadata() == before[name].schema.remove_metadata()  # type: ignore[attr-defined]
    assert not (batch.out_dir / ".state.json").exists()  # the folder does not claim to be up to date
    summary = run_batch(batch, _quiet)
    assert summary.documents == 4 and "new.txt" in _documents(batch)
    assert not _leftovers(batch)


def test_a_rerun_with_nothing_changed_touches_nothing(batch: Settings) -> None:
    before = {p.name: p.stat().st_mtime_ns for p in batch.out_dir.glob("*.parquet")}
    summary = run_batch(batch, _quiet)
    assert (summary.analysed, summary.reused, summary.written) == (0, 3, ())
    assert summary.rows["documents"] == 3 and summary.statuses == {"ok": 3}
    assert {p.name: p.stat().st_mtime_ns for p in batch.out_dir.glob("*.parquet")} == before


def test_a_rerun_with_nothing_changed_does_not_import_spacy(batch: Settings) -> None:
    """Importing spaCy takes about a second: a no-op rerun and `status` must not pay it."""
    folders = f"raw_dir=Path({str(batch.raw_dir)!r}), out_dir=Path({str(batch.out_dir)!r})"
    script = (
        "import sys\nfrom pathlib import Path\nfrom pipeline.cli import main\n"
        "from pipeline.config import Settings\nfrom pipeline.batch.run import run_batch\n"
        f"summary = run_batch(Settings({folders}), lambda _: None)\n"
        f"main(['status', '--raw', {str(batch.raw_dir)!r}, '--out', {str(batch.out_dir)!r}])\n"
        "print(summary.analysed, 'spacy' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert done.stdout.splitlines()[-1] == "0 False"


def test_a_registry_change_relinks_without_reanalysing(batch: Settings) -> None:
    (batch.raw_dir / "entities.toml").write_text(
        '[[entity]]\nname = "Greta Vell"\ntype = "PERSON"\nkb_id = "Q123"\n', encoding="utf-8"
    )
    summary = run_batch(batch, _quiet)
    assert (summary.analysed, len(summary.written)) == (0, len(TABLE_NAMES))
    entities = pq.read_table(batch.out_dir / "entities.parquet").to_pandas()
    assert entities.set_index("canonical_name").loc["Greta Vell", "kb_id"] == "Q123"


def _bucket_mentions_noting_pid(item: BucketJob, spec: TaskSpec) -> pa.Table:
    (spec.out_dir.parent / f"linked_by_{os.getpid()}").touch()
    return bucket_mentions(item, spec)


def test_a_rerun_for_one_new_document_links_on_the_workers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Linking and the tables redo work on every document: with one new document
    among many, the workers share it out (the model is not needed for it)."""
    raw = tmp_path / "raw"
    raw.mkdir()
    for n in range(8):
        (raw / f"p{n}.txt").write_text(
            f"Pavel Ostrom{n} was elected mayor of Karsk in 200{n}.", encoding="utf-8"
        )
    settings = Settings(raw_dir=raw, out_dir=tmp_path / "outputs", workers=2)
    run_batch(settings, _quiet)
    (raw / "new.txt").write_text("Ida Brandt was born in 1962 in Lund.", encoding="utf-8")
    monkeypatch.setattr(phases, "bucket_mentions", _bucket_mentions_noting_pid)
    summary = run_batch(settings, _quiet)
    assert (summary.analysed, summary.reused) == (1, 8)
    linked_by = {path.name for path in tmp_path.glob("linked_by_*")}
    assert linked_by and f"linked_by_{os.getpid()}" not in linked_by
