"""Serial, process-pool and Dask LocalCluster runs give identical records, in input order."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire.bench import read_corpus, synthetic_articles
from eventwire.cli import main
from eventwire.document import ArticleInput
from eventwire.errors import ConfigError
from eventwire.options import Options
from eventwire.parallel import (
    Outcome,
    partition_size,
    partitions,
    process_items,
    read_outcomes,
    run_corpus,
)

OPTIONS = Options(batch_size=4)


def _articles() -> list[ArticleInput]:
    items = synthetic_articles(20)
    # One input that is not an article: every engine must report it at the same position.
    items.insert(7, ArticleInput(text="   \n  ", meta={"id": "blank"}))
    return items


@pytest.fixture(scope="module")
def serial(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[Outcome], Path]:
    out = tmp_path_factory.mktemp("serial")
    summary, outcomes = run_corpus(_articles(), OPTIONS, engine="serial", partition_articles=8, output=out, keep=True)
    assert summary.articles == 21 and summary.errors == 1 and summary.partitions == 3
    return outcomes, out


def _same(a: list[Outcome], b: list[Outcome]) -> None:
    assert [o.index for o in a] == [o.index for o in b] == list(range(len(a)))
    assert [o.meta_id for o in a] == [o.meta_id for o in b]
    assert [o.error for o in a] == [o.error for o in b]
    assert [o.record_json for o in a] == [o.record_json for o in b]


def test_partitions_cover_input_in_order() -> None:
    parts = list(partitions(range(10), 4))  # type: ignore[arg-type]
    assert [(n, s, list(c)) for n, s, c in parts] == [(0, 0, [0, 1, 2, 3]), (1, 4, [4, 5, 6, 7]), (2, 8, [8, 9])]
    assert partition_size(Options(batch_size=16), 20) == 32
    assert partition_size(Options(batch_size=4)) == 16
    assert partition_size(Options(batch_size=16), articles=200, workers=2) == 32
    assert partition_size(Options(batch_size=16), articles=10**6, workers=8) == 1024
    assert partition_size(Options(batch_size=16), articles=5, workers=2) == 16
    with pytest.raises(ConfigError):
        list(partitions([], 0))


def test_serial_outcomes(serial: tuple[list[Outcome], Path]) -> None:
    outcomes, out = serial
    assert len(outcomes) == 21
    bad = outcomes[7]
    assert not bad.ok and bad.meta_id == "blank" and "empty" in (bad.error or "")
    good = [o for o in outcomes if o.ok]
    assert len(good) == 20
    rec = good[0].record()
    assert rec.article.text == synthetic_articles(1)[0].text
    assert rec.article.published == "2023-01-01"
    # The Parquet files hold the same outcomes, one file per partition.
    assert sorted(p.name for p in out.glob("*.parquet")) == [f"part-0000{i}.parquet" for i in range(3)]
    _same(read_outcomes(out), outcomes)


def test_processes_identical_to_serial(serial: tuple[list[Outcome], Path], tmp_path: Path) -> None:
    outcomes, _ = serial
    summary, got = run_corpus(
        _articles(), OPTIONS, engine="processes", workers=2, partition_articles=8, output=tmp_path, keep=True
    )
    _same(got, outcomes)
    _same(read_outcomes(tmp_path), outcomes)
    assert summary.partitions == 3 and summary.errors == 1
    # Spawned workers, each with the model loaded once, well under 1 GB.
    assert 1 <= len(summary.worker_peak_rss_mb) <= 2
    stats = summary.as_dict()
    assert 0 < stats["max_worker_peak_rss_mb"] < 1024
    assert stats["worker_cpu_s"] > 0 and stats["articles_per_s"] > 0


@pytest.mark.slow
def test_dask_local_cluster_identical_to_serial(serial: tuple[list[Outcome], Path], tmp_path: Path) -> None:
    distributed = pytest.importorskip("distributed")
    from eventwire.parallel import PLUGIN_NAME

    outcomes, _ = serial
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None, memory_limit="2GiB"
    ) as cluster:
        summary, got = run_corpus(
            _articles(),
            OPTIONS,
            engine="dask",
            scheduler=cluster.scheduler_address,
            partition_articles=8,
            output=tmp_path,
            keep=True,
        )
        with distributed.Client(cluster) as client:

            def loaded(dask_worker: object) -> tuple[bool, int]:
                import eventwire.pipeline as p

                plugin = dask_worker.plugins[PLUGIN_NAME]  # type: ignore[attr-defined]
                return plugin.loaded, len(p._PIPELINES)

            per_worker = client.run(loaded)
    assert len(per_worker) == 2
    # The plugin loaded the pipeline on every worker, exactly once.
    assert all(v == (True, 1) for v in per_worker.values())
    _same(got, outcomes)
    _same(read_outcomes(tmp_path), outcomes)
    assert summary.partitions == 3 and summary.articles == 21
    assert all(0 < rss < 1024 for rss in summary.worker_peak_rss_mb.values())


def test_run_command_writes_parquet(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = tmp_path / "docs.jsonl"
    with corpus.open("w", encoding="utf-8") as fh:
        for i, art in enumerate(synthetic_articles(5, seed=3)):
            fh.write(json.dumps({"doc_id": i, "doc_text": art.text}) + "\n")
    out = tmp_path / "out"
    rc = main(["run", "--corpus", str(corpus), "--output", str(out), "--engine", "serial", "--partition-size", "2",
               "--batch-size", "2"])
    assert rc == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["articles"] == 5 and summary["partitions"] == 3 and summary["errors"] == 0
    rows = read_outcomes(out)
    assert [r.meta_id for r in rows] == ["0", "1", "2", "3", "4"]
    assert all(r.ok for r in rows)


def test_run_command_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = tmp_path / "a.jsonl"
    corpus.write_text(json.dumps({"text": synthetic_articles(1)[0].text}) + "\n", encoding="utf-8")
    rc = main(["run", "--corpus", str(corpus), "--output", str(tmp_path / "o"), "--scheduler", "tcp://x:1"])
    assert rc == 3
    assert "--scheduler needs --engine dask" in capsys.readouterr().err
    rc = main(["run", "--corpus", str(tmp_path / "missing"), "--output", str(tmp_path / "o")])
    assert rc == 2
    assert "no such file" in capsys.readouterr().err


def test_bench_engines_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = tmp_path / "docs.jsonl"
    with corpus.open("w", encoding="utf-8") as fh:
        for art in synthetic_articles(6, seed=11):
            fh.write(json.dumps({"text": art.text}) + "\n")
    rc = main(["bench-engines", "--corpus", str(corpus), "--engines", "serial,processes", "--workers", "2",
               "--partition-size", "2", "--batch-size", "2", "--stages", "read,parse,times"])
    assert rc == 0
    result = json.loads(capsys.readouterr().out)
    assert result["articles"] == 6 and result["all_identical"] is True
    assert result["processes_differing"] == []
    assert result["serial_speedup"] == 1.0 and result["processes_speedup"] > 0
    assert 0 < result["processes_max_worker_peak_rss_mb"] < 1024
    rc = main(["bench-engines", "--corpus", str(corpus), "--engines", "serial,threads"])
    assert rc == 3 and "threads" in capsys.readouterr().err


@pytest.mark.slow
def test_run_command_dask_local_cluster(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """No --scheduler: the run starts (and stops) its own LocalCluster."""
    pytest.importorskip("distributed")
    corpus = tmp_path / "docs.jsonl"
    with corpus.open("w", encoding="utf-8") as fh:
        for art in synthetic_articles(4, seed=21):
            fh.write(json.dumps({"text": art.text}) + "\n")
    out = tmp_path / "out"
    rc = main(["run", "--corpus", str(corpus), "--output", str(out), "--engine", "dask", "--workers", "2",
               "--partition-size", "2", "--batch-size", "2", "--stages", "read,parse,times"])
    assert rc == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["engine"] == "dask" and summary["articles"] == 4 and summary["partitions"] == 2
    serial, _ = run_corpus(
        [], Options(batch_size=2, stages=("read", "parse", "times")), engine="serial"
    )
    assert serial.articles == 0
    _, expected = run_corpus(
        read_corpus([corpus]), Options(batch_size=2, stages=("read", "parse", "times")), keep=True
    )
    assert [o.record_json for o in read_outcomes(out)] == [o.record_json for o in expected]


def test_written_records_are_not_sent_back(tmp_path: Path) -> None:
    items = [*synthetic_articles(3, seed=30), ArticleInput(text="")]
    opts = Options(batch_size=2, stages=("read", "parse", "times"))
    part = process_items(opts, 0, 10, items, str(tmp_path), keep_records=False)
    assert [o.index for o in part.outcomes] == [10, 11, 12, 13]
    assert all(o.record_json is None for o in part.outcomes)
    assert [o.ok for o in part.outcomes] == [True, True, True, False]
    with pytest.raises(ValueError, match="written out"):
        part.outcomes[0].record()
    on_disk = read_outcomes(tmp_path)
    assert [o.ok for o in on_disk] == [True, True, True, False]
    assert on_disk[0].record().article.text == items[0].text
    summary, kept = run_corpus(items, opts, output=tmp_path / "b")
    assert (summary.articles, summary.errors, kept) == (4, 1, [])


def test_recycled_workers_give_identical_records() -> None:
    from eventwire.parallel import run_processes

    items = synthetic_articles(6, seed=40)
    opts = Options(batch_size=2, stages=("read", "parse", "times"))
    _, expected = run_corpus(items, opts, partition_articles=2, keep=True)
    parts = list(run_processes(items, opts, workers=1, size=2, recycle_after=1))
    got = [o for p in parts for o in p.outcomes]
    _same(got, expected)
    # One partition per worker process: each partition ran in a fresh process.
    assert len({p.pid for p in parts}) == 3
    with pytest.raises(ConfigError):
        list(run_processes(items, opts, workers=1, size=2, recycle_after=0))
