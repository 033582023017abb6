"""Running the pipeline over many articles: serially, on local processes, or on a Dask cluster.

Every engine cuts the input into the same *partitions* (consecutive articles, a multiple of the
pipeline batch size) and processes each partition with ``Pipeline.run_documents`` exactly as a
serial run would, so all engines give identical records in input order.

- ``serial``: this process.
- ``processes``: a pool of ``spawn``-ed worker processes; each loads the pipeline once
  (pool initializer) and keeps it for every partition it gets.
- ``dask``: a ``dask.distributed`` cluster at ``scheduler`` (or a ``LocalCluster`` started here);
  a worker plugin loads the pipeline once per worker; each task processes one partition and, when
  an output directory is given, writes that partition's Parquet file on the worker.

Each partition yields a :class:`PartitionResult`: one :class:`Outcome` per article (the record as
JSON, or the error message), plus the worker's process id and peak RSS.
"""

from __future__ import annotations

import contextlib
import itertools
import multiprocessing
import os
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence, Sized
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from .document import ArticleInput
from .errors import ConfigError, EventwireError, ProcessingError, StoreError
from .options import Options
from .pipeline import get_pipeline
from .quotes.neural import one_thread_per_process
from .schema import Record

Engine = Literal["serial", "processes", "dask"]
ENGINES: tuple[str, ...] = ("serial", "processes", "dask")
PLUGIN_NAME = "eventwire-pipeline"


@dataclass(frozen=True)
class Outcome:
    """The result for one article: its position in the input, the record JSON or the error."""

    index: int
    record_json: str | None
    error: str | None = None
    meta_id: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None

    def record(self) -> Record:
        if self.error is not None:
            raise ValueError(f"article {self.index} failed: {self.error}")
        if self.record_json is None:
            raise ValueError(f"article {self.index}: the record was written out, not kept")
        return Record.model_validate_json(self.record_json)


@dataclass(frozen=True)
class PartitionResult:
    partition: int
    outcomes: list[Outcome]
    pid: int
    peak_rss_mb: float
    seconds: float
    cpu_seconds: float = 0.0
    """CPU time the worker spent on this partition (robust when other processes load the machine)."""
    path: str | None = None
    """The Parquet file written for this partition, when an output directory was given."""


@dataclass
class RunSummary:
    engine: str
    workers: int
    articles: int = 0
    errors: int = 0
    partitions: int = 0
    seconds: float = 0.0
    cpu_seconds: float = 0.0
    files: list[str] = field(default_factory=list)
    worker_peak_rss_mb: dict[int, float] = field(default_factory=dict)

    def add(self, part: PartitionResult) -> None:
        self.partitions += 1
        self.articles += len(part.outcomes)
        self.errors += sum(1 for o in part.outcomes if not o.ok)
        self.cpu_seconds += part.cpu_seconds
        if part.path:
            self.files.append(part.path)
        prev = self.worker_peak_rss_mb.get(part.pid, 0.0)
        self.worker_peak_rss_mb[part.pid] = max(prev, part.peak_rss_mb)

    def as_dict(self) -> dict[str, Any]:
        rate = self.articles / self.seconds if self.seconds > 0 else 0.0
        return {
            "engine": self.engine,
            "workers": self.workers,
            "articles": self.articles,
            "errors": self.errors,
            "partitions": self.partitions,
            "seconds": round(self.seconds, 3),
            "articles_per_s": round(rate, 3),
            "worker_cpu_s": round(self.cpu_seconds, 3),
            "articles_per_cpu_s": round(self.articles / self.cpu_seconds, 3) if self.cpu_seconds else None,
            "max_worker_peak_rss_mb": max(self.worker_peak_rss_mb.values(), default=0.0),
            "worker_peak_rss_mb": sorted(self.worker_peak_rss_mb.values()),
            "files": len(self.files),
        }


# ------------------------------------------------------------------------------------ partition work


def _peak_rss_mb() -> float:
    from .bench import peak_rss_mb

    return peak_rss_mb()


def process_items(
    options: Options,
    partition: int,
    start: int,
    items: Sequence[ArticleInput],
    output: str | None = None,
    keep_records: bool = True,
) -> PartitionResult:
    """Run the (per-process cached) pipeline on one partition; optionally write its Parquet file.

    With an output and ``keep_records=False`` the records are not sent back (only index, id and
    error per article), so a long run's memory and traffic on the client stay constant."""
    t0, c0 = time.perf_counter(), time.process_time()
    pipeline = get_pipeline(options)
    outcomes: list[Outcome] = []
    for i, doc in enumerate(pipeline.run_documents(items)):
        meta_id = doc.input.meta.get("id")
        ident = str(meta_id) if meta_id is not None else None
        if doc.error is not None:
            outcomes.append(Outcome(start + i, None, doc.error.render(), ident))
            continue
        try:
            outcomes.append(Outcome(start + i, doc.to_record().model_dump_json(), None, ident))
        except EventwireError as exc:
            outcomes.append(Outcome(start + i, None, exc.render(), ident))
    path = None
    if output is not None:
        path = str(write_partition(Path(output), partition, outcomes))
        if not keep_records:
            outcomes = [Outcome(o.index, None, o.error, o.meta_id) for o in outcomes]
    return PartitionResult(
        partition,
        outcomes,
        os.getpid(),
        _peak_rss_mb(),
        time.perf_counter() - t0,
        time.process_time() - c0,
        path,
    )


def partitions(
    items: Iterable[ArticleInput], size: int
) -> Iterator[tuple[int, int, list[ArticleInput]]]:
    """(partition number, index of its first article, articles) of consecutive articles."""
    if size < 1:
        raise ConfigError("partition size must be at least 1")
    it = iter(items)
    start = 0
    for number in itertools.count():
        chunk = list(itertools.islice(it, size))
        if not chunk:
            return
        yield number, start, chunk
        start += len(chunk)


MAX_PARTITION_BATCHES = 64


def partition_size(
    options: Options, requested: int | None = None, *, articles: int | None = None, workers: int = 1
) -> int:
    """Articles per partition, always a whole number of batches so batches match a serial run.

    Default: 4 batches for a stream of unknown length; for a known number of ``articles``, about
    four partitions per worker (so that no worker idles while another finishes a big one), between
    one and 64 batches.
    """
    batch = options.batch_size
    if requested:
        size = requested
    elif articles is not None:
        size = min(max(-(-articles // (4 * max(1, workers))), batch), batch * MAX_PARTITION_BATCHES)
    else:
        size = batch * 4
    return max(1, -(-size // batch)) * batch


# -------------------------------------------------------------------------------------- parquet out


PARQUET_COLUMNS = (
    "index",
    "id",
    "article_id",
    "content_hash",
    "published",
    "source",
    "title",
    "n_actors",
    "n_places",
    "n_times",
    "n_quotes",
    "n_events",
    "error",
    "record",
)


def _row(o: Outcome) -> dict[str, Any]:
    row: dict[str, Any] = dict.fromkeys(PARQUET_COLUMNS)
    row.update(index=o.index, id=o.meta_id, error=o.error, record=o.record_json)
    if o.record_json is not None:
        rec = o.record()
        a = rec.article
        row.update(
            article_id=a.id,
            content_hash=a.content_hash,
            published=a.published,
            source=a.source,
            title=a.title,
            n_actors=len(rec.actors),
            n_places=len(rec.places),
            n_times=len(rec.times),
            n_quotes=len(rec.quotes),
            n_events=len(rec.events),
        )
    return row


def parquet_schema() -> Any:
    import pyarrow as pa

    counts = [pa.field(f"n_{k}", pa.int32()) for k in ("actors", "places", "times", "quotes", "events")]
    return pa.schema(
        [
            pa.field("index", pa.int64(), nullable=False),
            pa.field("id", pa.string()),
            pa.field("article_id", pa.string()),
            pa.field("content_hash", pa.string()),
            pa.field("published", pa.string()),
            pa.field("source", pa.string()),
            pa.field("title", pa.string()),
            *counts,
            pa.field("error", pa.string()),
            pa.field("record", pa.string()),
        ]
    )


def write_partition(output: Path, partition: int, outcomes: Sequence[Outcome]) -> Path:
    """``output/part-NNNNN.parquet``: one row per article; ``record`` holds the record JSON."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    path = output / f"part-{partition:05d}.parquet"
    try:
        output.mkdir(parents=True, exist_ok=True)
        table = pa.Table.from_pylist([_row(o) for o in outcomes], schema=parquet_schema())
        tmp = path.with_suffix(".parquet.tmp")
        pq.write_table(table, tmp, compression="zstd")
        os.replace(tmp, path)
    except OSError as exc:
        raise StoreError(f"cannot write {path}: {exc.strerror or exc}") from None
    return path


def read_outcomes(output: Path) -> list[Outcome]:
    """All rows of the Parquet files in ``output``, in input order."""
    import pyarrow.parquet as pq

    files = sorted(output.glob("part-*.parquet"))
    if not files:
        raise StoreError(f"{output}: no part-*.parquet files")
    out: list[Outcome] = []
    for f in files:
        for row in pq.read_table(f, columns=["index", "id", "error", "record"]).to_pylist():
            out.append(Outcome(row["index"], row["record"], row["error"], row["id"]))
    out.sort(key=lambda o: o.index)
    return out


# ------------------------------------------------------------------------------------ process pool


_WORKER_OPTIONS: Options | None = None


def _init_worker(options: Options) -> None:
    """Pool initializer: load the pipeline (and spaCy model) once in this worker process."""
    global _WORKER_OPTIONS
    _WORKER_OPTIONS = options
    one_thread_per_process()
    get_pipeline(options)


def _pool_task(
    partition: int, start: int, items: list[ArticleInput], output: str | None, keep_records: bool = True
) -> PartitionResult:
    assert _WORKER_OPTIONS is not None, "worker was not initialised"
    return process_items(_WORKER_OPTIONS, partition, start, items, output, keep_records)


def _ordered(
    submit: Callable[[int, int, list[ArticleInput]], Future[PartitionResult]],
    parts: Iterator[tuple[int, int, list[ArticleInput]]],
    in_flight: int,
) -> Iterator[PartitionResult]:
    """Keep at most ``in_flight`` partitions submitted; yield results in partition order."""
    queue: deque[Future[PartitionResult]] = deque()
    for number, start, chunk in parts:
        queue.append(submit(number, start, chunk))
        if len(queue) >= in_flight:
            yield queue.popleft().result()
    while queue:
        yield queue.popleft().result()


# spaCy's string store grows with every new word it sees (names, numbers, misspellings): a few
# hundred KB per thousand articles. Replacing each worker after this many partitions (a fresh
# process reloads the model in seconds) keeps memory flat on archives of millions of articles.
RECYCLE_AFTER = 200


def run_processes(
    items: Iterable[ArticleInput],
    options: Options,
    *,
    workers: int,
    size: int,
    output: Path | None = None,
    keep_records: bool = True,
    recycle_after: int | None = RECYCLE_AFTER,
) -> Iterator[PartitionResult]:
    ctx = multiprocessing.get_context("spawn")
    out = str(output) if output is not None else None
    if recycle_after is not None and recycle_after < 1:
        raise ConfigError("recycle_after must be at least 1")
    with ProcessPoolExecutor(
        max_workers=workers,
        mp_context=ctx,
        initializer=_init_worker,
        initargs=(options,),
        max_tasks_per_child=recycle_after,
    ) as pool:

        def submit(n: int, s: int, c: list[ArticleInput]) -> Future[PartitionResult]:
            return pool.submit(_pool_task, n, s, c, out, keep_records)

        try:
            yield from _ordered(submit, partitions(items, size), in_flight=workers * 2)
        except BrokenProcessPool as exc:
            raise ProcessingError(
                "a worker process died", hint="out of memory? try fewer --workers or a smaller --batch-size"
            ) from exc


# -------------------------------------------------------------------------------------------- dask


def _plugin_class() -> type:
    from distributed.diagnostics.plugin import WorkerPlugin

    class PipelinePlugin(WorkerPlugin):  # type: ignore[misc]
        """Loads the eventwire pipeline (spaCy model, gazetteer, lexicons) once per Dask worker."""

        name = PLUGIN_NAME

        def __init__(self, options: Options) -> None:
            self.options = options
            self.loaded = False

        async def setup(self, worker: Any) -> None:
            # Load in a thread so that the worker's event loop keeps answering the scheduler.
            import asyncio

            one_thread_per_process()  # Dask runs tasks side by side: one encoder thread each
            await asyncio.get_running_loop().run_in_executor(None, get_pipeline, self.options)
            self.loaded = True

    return PipelinePlugin


def make_plugin(options: Options) -> Any:
    return _plugin_class()(options)


def _dask_task(
    partition: int, start: int, items: list[ArticleInput], output: str | None, keep_records: bool = True
) -> PartitionResult:
    from distributed import get_worker

    plugin: Any = get_worker().plugins.get(PLUGIN_NAME)
    if plugin is None:
        raise ConfigError("the eventwire worker plugin is not registered on this worker")
    return process_items(plugin.options, partition, start, items, output, keep_records)


def dask_client(scheduler: str | None, workers: int) -> tuple[Any, Any]:
    """A client to ``scheduler``, or to a new ``LocalCluster`` of ``workers`` one-thread processes."""
    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:  # pragma: no cover - dask is a dependency
        raise ConfigError("dask.distributed is not installed", hint="pip install 'dask[distributed]'") from exc
    if scheduler:
        try:
            return Client(scheduler, timeout="30s"), None
        except OSError as exc:
            raise ConfigError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from None
    cluster = LocalCluster(
        n_workers=workers,
        threads_per_worker=1,
        processes=True,
        dashboard_address=None,
        memory_limit="2GiB",
    )
    return Client(cluster), cluster


def run_dask(
    items: Iterable[ArticleInput],
    options: Options,
    *,
    workers: int,
    size: int,
    scheduler: str | None = None,
    output: Path | None = None,
    keep_records: bool = True,
) -> Iterator[PartitionResult]:
    client, cluster = dask_client(scheduler, workers)
    out = str(output.resolve()) if output is not None else None
    try:
        client.register_plugin(make_plugin(options), name=PLUGIN_NAME)
        n_workers = max(1, len(client.scheduler_info().get("workers", {})))

        def submit(n: int, s: int, c: list[ArticleInput]) -> Future[PartitionResult]:
            return client.submit(  # type: ignore[no-any-return]
                _dask_task, n, s, c, out, keep_records, pure=False, key=f"eventwire-part-{n:05d}"
            )

        yield from _ordered(submit, partitions(items, size), in_flight=n_workers * 3)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


# --------------------------------------------------------------------------------------------- front


def run_partitions(
    items: Iterable[ArticleInput],
    options: Options | None = None,
    *,
    engine: str = "serial",
    workers: int | None = None,
    scheduler: str | None = None,
    partition_articles: int | None = None,
    output: Path | None = None,
    keep_records: bool = True,
) -> Iterator[PartitionResult]:
    """Partition results, in input order, from the chosen engine."""
    options = options or Options()
    if engine not in ENGINES:
        raise ConfigError(f"unknown engine {engine!r}", hint=f"one of {', '.join(ENGINES)}")
    if scheduler and engine != "dask":
        raise ConfigError("--scheduler needs --engine dask")
    n = workers or options.workers
    if n < 1:
        raise ConfigError("--workers must be at least 1")
    known = len(items) if isinstance(items, Sized) else None
    size = partition_size(options, partition_articles, articles=known, workers=n)
    if engine == "serial":
        out = str(output) if output is not None else None
        for number, start, chunk in partitions(items, size):
            yield process_items(options, number, start, chunk, out, keep_records)
    elif engine == "processes":
        yield from run_processes(items, options, workers=n, size=size, output=output, keep_records=keep_records)
    else:  # "dask" (the engine was checked above)
        yield from run_dask(
            items, options, workers=n, size=size, scheduler=scheduler, output=output, keep_records=keep_records
        )


def run_corpus(
    items: Iterable[ArticleInput],
    options: Options | None = None,
    *,
    engine: str = "serial",
    workers: int | None = None,
    scheduler: str | None = None,
    partition_articles: int | None = None,
    output: Path | None = None,
    keep: bool = False,
) -> tuple[RunSummary, list[Outcome]]:
    """Run everything; the summary and, with ``keep``, every outcome in input order."""
    options = options or Options()
    summary = RunSummary(engine=engine, workers=1 if engine == "serial" else (workers or options.workers))
    kept: list[Outcome] = []
    t0 = time.perf_counter()
    for part in run_partitions(
        items,
        options,
        engine=engine,
        workers=workers,
        scheduler=scheduler,
        partition_articles=partition_articles,
        output=output,
        keep_records=keep or output is None,
    ):
        summary.add(part)
        if keep:
            kept.extend(part.outcomes)
    summary.seconds = time.perf_counter() - t0
    return summary, kept


def compare_engines(
    items: Sequence[ArticleInput],
    options: Options | None = None,
    *,
    engines: Sequence[str] = ENGINES,
    workers: int = 2,
    scheduler: str | None = None,
    partition_articles: int | None = None,
) -> dict[str, Any]:
    """Run the same articles through each engine; timings, worker memory, and whether every engine
    gave exactly the records (and errors) of the first one, in the same order."""
    options = options or Options()
    if not engines:
        raise ConfigError("no engine to compare")
    size = partition_size(options, partition_articles, articles=len(items), workers=workers)
    results: dict[str, Any] = {"articles": len(items), "workers": workers, "partition_articles": size}
    reference: list[Outcome] | None = None
    base_seconds: float | None = None
    for engine in engines:
        summary, outcomes = run_corpus(
            items,
            options,
            engine=engine,
            workers=workers,
            scheduler=scheduler if engine == "dask" else None,
            partition_articles=size,
            keep=True,
        )
        stats = summary.as_dict()
        if reference is None:
            reference, base_seconds = outcomes, summary.seconds
        differing = [
            o.index for o, r in zip(outcomes, reference, strict=False) if (o.record_json, o.error) != (r.record_json, r.error)
        ]
        stats["identical"] = not differing and len(outcomes) == len(reference)
        stats["differing"] = differing[:20]
        stats["speedup"] = round(base_seconds / summary.seconds, 3) if base_seconds and summary.seconds else None
        for key in ("seconds", "articles_per_s", "worker_cpu_s", "articles_per_cpu_s", "max_worker_peak_rss_mb",
                    "identical", "differing", "speedup"):
            results[f"{engine}_{key}"] = stats[key]
    results["all_identical"] = all(results[f"{e}_identical"] for e in engines)
    with contextlib.suppress(OSError):
        results["load_avg_1m"] = round(os.getloadavg()[0], 2)
    results["cpus"] = os.cpu_count()
    return results
