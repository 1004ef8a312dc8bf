"""The same run on a Dask cluster (a LocalCluster of 2 worker processes): the
same rows and ids as the local executor, even when a worker dies mid-run, and
a document that fails on a worker is an error row with its reason."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import shutil
import signal
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import cloudpickle
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from distributed import Client, LocalCluster, WorkerPlugin

from pipeline.batch import phases
from pipeline.batch.run import run_batch
from pipeline.config import CACHE_DIRNAME, Settings
from pipeline.tables import SORT_KEYS, TABLE_NAMES

ROOT = Path(__file__).resolve().parent.parent
FAILING = "This sentence makes the analysis fail on a worker."

# The plugin below is sent to the workers by value: they cannot import tests/.
cloudpickle.register_pickle_by_value(__import__(__name__))


@pytest.fixture(scope="module", autouse=True)
def many_blocks() -> Iterator[None]:
    """Linking in as many blocks as buckets, so the workers link blocks apart
    (the corpus is small enough for one)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(phases, "_UNITS_PER_BLOCK", 1)
        yield


@pytest.fixture(scope="module")
def cluster() -> Iterator[Client]:
    with (
        LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0") as local,
        Client(local) as client,
    ):
        yield client


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The samples and the written corpus, with a file the analysis cannot use."""
    raw = tmp_path_factory.mktemp("raw")
    for path in [*(ROOT / "raw").glob("*.txt"), *(ROOT / "tests" / "corpus").glob("*.txt")]:
        shutil.copy(path, raw / path.name)
    (raw / "broken.txt").write_bytes(b"\x00\x01\x02 not text \xff\xfe")
    return raw


@pytest.fixture(scope="module")
def local_tables(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, pa.Table]:
    out = tmp_path_factory.mktemp("local") / "outputs"
    run_batch(Settings(raw_dir=corpus, out_dir=out, workers=2), lambda _: None)
    return _tables(out)


def _tables(out: Path) -> dict[str, pa.Table]:
    """Every table, rows in one order whatever the part files."""
    tables = {name: pq.read_table(out / f"{name}.parquet") for name in TABLE_NAMES}
    return {name: t.sort_by([(key, "ascending") for key in SORT_KEYS[name]]) for name, t in tables.items()}


def _dask(raw: Path, out: Path, client: Client) -> Settings:
    return Settings(raw_dir=raw, out_dir=out, executor="dask", scheduler=client.scheduler.address)


def test_a_cluster_gives_the_rows_and_ids_of_the_local_executor(
    corpus: Path, local_tables: dict[str, pa.Table], cluster: Client, tmp_path: Path
) -> None:
    summary = run_batch(_dask(corpus, tmp_path / "outputs", cluster), lambda _: None)
    assert summary.analysed == len(list(corpus.iterdir()))
    assert local_tables["entities"].num_rows > 50 and local_tables["events"].num_rows > 20
    assert _tables(tmp_path / "outputs") == local_tables


def test_a_worker_killed_mid_run_changes_nothing(
    corpus: Path, local_tables: dict[str, pa.Table], cluster: Client, tmp_path: Path
) -> None:
    out = tmp_path / "outputs"
    victim = next(iter(cluster.run(os.getpid).values()))

    def kill_when_analysis_began() -> None:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and len(list((out / CACHE_DIRNAME).glob("*.pkl"))) < 2:
            time.sleep(0.05)
        os.kill(victim, signal.SIGKILL)  # the nanny starts a new worker; the scheduler reruns its tasks

    killer = threading.Thread(target=kill_when_analysis_began)
    killer.start()
    run_batch(_dask(corpus, out, cluster), lambda _: None)
    killer.join()
    assert victim not in cluster.run(os.getpid).values()  # it did die during the run
    assert _tables(out) == local_tables


def test_manifest_rows_travel_to_the_workers(cluster: Client, tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "news.txt").write_text("Police arrested an ex-minister yesterday, a spokesman said on Friday.\n")
    (raw / "plain.txt").write_text("The court will rule on the case next week.\n")
    manifest = tmp_path / "m.csv"
    manifest.write_text("path,date,title\nnews.txt,2013-03-22,Minister arrested\nplain.txt,2013-02-30,\n")
    local = Settings(raw_dir=raw, out_dir=tmp_path / "local", manifest_path=manifest)
    run_batch(local, lambda _: None)
    said: list[str] = []
    on_cluster = dataclasses.replace(_dask(raw, tmp_path / "dask", cluster), manifest_path=manifest)
    run_batch(on_cluster, said.append)
    assert _tables(tmp_path / "dask") == _tables(tmp_path / "local")
    documents = _tables(tmp_path / "dask")["documents"].to_pylist()
    news = next(d for d in documents if d["source_path"] == "news.txt")
    assert (news["published_date"], news["date_source"], news["title"]) == (
        dt.date(2013, 3, 22),
        "manifest",
        "Minister arrested",
    )
    dates = {d["text"]: d["value"] for d in _tables(tmp_path / "dask")["dates"].to_pylist()}
    assert (dates["yesterday"], dates["Friday"], dates["next week"]) == (
        "2013-03-21",
        "2013-03-22",
        None,  # the other document has no date: its manifest date does not exist
    )
    assert any("plain.txt: manifest" in line and "line 3" in line for line in said)


class FailOn(WorkerPlugin):
    """Makes one stage raise on a document containing ``FAILING``, on the workers only."""

    def setup(self, worker: object) -> None:
        import pipeline.analyse

        real = pipeline.analyse.normalize_dates

        def normalize(doc: object, doc_id: str, published: object = None) -> object:
            if FAILING in doc.text:  # type: ignore[attr-defined]
                raise RuntimeError("the dates stage broke")
            return real(doc, doc_id, published)  # type: ignore[arg-type]

        pipeline.analyse.normalize_dates = normalize  # type: ignore[assignment]


def test_a_document_that_fails_on_a_worker_is_an_error_row(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "good.txt").write_text("Greta Vell was appointed Minister of Fisheries in June 1994.")
    (raw / "bad.txt").write_text(f"Pavel Ostrom was elected mayor of Karsk in 2001. {FAILING}")
    with LocalCluster(n_workers=1, dashboard_address=":0") as local, Client(local) as client:
        client.register_plugin(FailOn())
        messages: list[str] = []
        summary = run_batch(_dask(raw, tmp_path / "outputs", client), messages.append)
    documents = pq.read_table(tmp_path / "outputs" / "documents.parquet").to_pandas().set_index("source_path")
    assert documents.loc["good.txt", "status"] == "ok"
    assert documents.loc["bad.txt", "status"] == "error"
    assert documents.loc["bad.txt", "error"] == (
        "bad.txt: analysis failed: RuntimeError: the dates stage broke"
    )
    assert summary.statuses == {"ok": 1, "error": 1}
    assert messages == ["warning: bad.txt: analysis failed: RuntimeError: the dates stage broke"]
