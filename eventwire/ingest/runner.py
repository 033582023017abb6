"""The ingest loop: read items, skip what the store already has, extract the rest, store them.

* Idempotent: an item whose text (sha256) is stored is skipped before extraction.
* Per-item failures (unreadable input, extraction error) are stored with their reason; the run goes on.
* Each article is written in its own transaction, so a killed run loses at most the batch in flight;
  ``resume=True`` continues the interrupted run (same run id; items it already stored or already
  recorded as failed are skipped).
* ``workers > 1`` extracts in spawned processes (the model is loaded once per worker); the main
  process remains the only writer.
"""

from __future__ import annotations

import concurrent.futures as cf
import contextlib
import multiprocessing as mp
import sys
import time
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

from rich.console import Console
from rich.progress import (
    BarColumn,
    Progress,
    ProgressColumn,
    SpinnerColumn,
    TaskProgressColumn,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

from ..document import ArticleInput
from ..errors import DataError, EventwireError, InputError, ProcessingError
from ..options import Options
from ..pipeline import get_pipeline
from ..schema import Record
from ..store import Store
from ..store.core import sources_digest
from .items import IngestItem, ReadOptions
from .sources import count_items, iter_items


@dataclass
class IngestResult:
    run_id: str
    seen: int = 0
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    failed: int = 0
    skipped: int = 0
    """Items a resumed run had already recorded as failed."""
    done_before: int = 0
    """Items a resumed run had already stored before it was interrupted (counted then, not again)."""
    seconds: float = 0.0
    failures: list[tuple[str, str]] = field(default_factory=list)
    failure_kinds: dict[str, int] = field(default_factory=dict)
    """Failed items by kind: input (unreadable/empty), fetch, parse (bad JSON/feed), processing."""

    @property
    def stored(self) -> int:
        """Items whose text is in the store after this run (added, updated or already there)."""
        return self.added + self.updated + self.unchanged + self.done_before

    def exit_error(self) -> EventwireError | None:
        """The error to exit with when items failed and none was stored, else None: InputError (2) when
        every failure was unreadable input or a failed fetch, ProcessingError (6) when every one failed
        in extraction, DataError (4) otherwise (bad JSON or feeds, or mixed causes)."""
        if not self.failed or self.stored:
            return None
        kinds = set(self.failure_kinds)
        message = f"nothing stored: {self.failed} of {self.seen} items failed"
        if kinds <= {"input", "fetch"}:
            return InputError(message)
        if kinds == {"processing"}:
            return ProcessingError(message)
        return DataError(message)

    @property
    def rate(self) -> float:
        return self.seen / self.seconds if self.seconds > 0 else 0.0

    def as_dict(self) -> dict[str, object]:
        d = asdict(self)
        d["failures"] = [{"key": k, "reason": r} for k, r in self.failures]
        d["rate_per_s"] = round(self.rate, 2)
        return d


Outcome = tuple[str | None, str | None, str]
"""(record JSON, None, "") or (None, failure reason, failure kind: "input" when the reader refused the
text as no article, e.g. not English, else "processing")."""


def extract_batch(inputs: Sequence[ArticleInput], options: Options) -> list[Outcome]:
    """Extract a batch; a batch that crashes is retried item by item so one bad article fails alone."""
    pipeline = get_pipeline(options)
    try:
        return [_outcome(doc) for doc in pipeline.run_documents(list(inputs))]
    except Exception:  # noqa: BLE001 - isolate the failing item below
        if len(inputs) == 1:
            exc = sys.exc_info()[1]
            return [(None, f"extraction failed: {type(exc).__name__}: {exc}", "processing")]
        out: list[Outcome] = []
        for inp in inputs:
            out.extend(extract_batch([inp], options))
        return out


def _outcome(doc: object) -> Outcome:
    from ..document import Document

    assert isinstance(doc, Document)
    if doc.error is not None:
        return None, doc.error.message, "input" if isinstance(doc.error, InputError) else "processing"
    return doc.to_record().model_dump_json(), None, ""


def _worker_init() -> None:  # pragma: no cover - runs in spawned workers
    import signal

    from ..quotes.neural import one_thread_per_process

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    one_thread_per_process()


def progress_columns(total: int | None) -> list[ProgressColumn]:
    """The progress line: with a known total, a bar, 'n/total', the percentage and the time left."""
    counts = TextColumn("· {task.fields[added]} added · {task.fields[unchanged]} unchanged · "
                        "{task.fields[failed]} failed · {task.fields[rate]:.1f}/s")
    if total is None:
        return [SpinnerColumn(), TextColumn("[bold]ingest[/bold] {task.completed} items"), counts,
                TimeElapsedColumn()]
    return [TextColumn("[bold]ingest[/bold]"), BarColumn(), TextColumn("{task.completed}/{task.total}"),
            TaskProgressColumn(), counts, TimeElapsedColumn(), TextColumn("eta"), TimeRemainingColumn()]


def ingest(
    store: Store,
    sources: Sequence[str],
    *,
    read_options: ReadOptions | None = None,
    options: Options | None = None,
    resume: bool = False,
    limit: int | None = None,
    progress: bool = True,
    items: Iterable[IngestItem] | None = None,
) -> IngestResult:
    """Ingest ``sources`` (or ready ``items``) into ``store``; see the module docstring."""
    options = options or Options()
    read_options = read_options or ReadOptions(max_chars=options.max_chars)
    run_opts = {"read": {k: str(v) for k, v in asdict(read_options).items() if v is not None},
                "stages": list(options.stages), "model": options.model, "batch_size": options.batch_size,
                "workers": options.workers, "limit": limit}
    run_id = store.start_run(run_opts, list(sources), resume=resume,
                             input_digest=input_digest(sources, read_options, options))
    result = IngestResult(run_id=run_id)
    failed_before = store.failed_keys(run_id) if resume else set()
    stream = items if items is not None else iter_items(sources, read_options)
    t0 = time.perf_counter()
    console = Console(stderr=True)
    total = count_items(sources, read_options) if items is None and progress else None
    if total is not None and limit is not None:
        total = min(total, limit)
    bar = Progress(*progress_columns(total), console=console, disable=not progress, transient=False)
    pool: cf.ProcessPoolExecutor | None = None
    if options.workers > 1:
        pool = cf.ProcessPoolExecutor(options.workers, mp_context=mp.get_context("spawn"),
                                      initializer=_worker_init)
    status = "failed"
    try:
        with bar:
            task = bar.add_task("ingest", total=total, added=0, unchanged=0, failed=0, rate=0.0)

            def tick(n: int = 0) -> None:
                result.seconds = time.perf_counter() - t0
                bar.update(task, advance=n, added=result.added + result.updated, unchanged=result.unchanged,
                           failed=result.failed, rate=result.rate)

            def store_outcomes(batch: list[IngestItem], outcomes: list[Outcome]) -> None:
                for item, (rec_json, reason, kind) in zip(batch, outcomes, strict=True):
                    if reason is not None or rec_json is None:
                        _fail(store, result, item.key, reason or "no record", kind or "processing")
                    else:
                        outcome = store.add_record(Record.model_validate_json(rec_json), run_id, key=item.key)
                        setattr(result, outcome, getattr(result, outcome) + 1)
                    tick(1)

            pending: list[IngestItem] = []
            in_flight: deque[tuple[list[IngestItem], cf.Future[list[Outcome]]]] = deque()

            def flush() -> None:
                nonlocal pending
                if not pending:
                    return
                batch, pending = pending, []
                inputs = [it.input for it in batch if it.input is not None]
                if pool is None:
                    store_outcomes(batch, extract_batch(inputs, options))
                    return
                in_flight.append((batch, pool.submit(extract_batch, inputs, options)))
                while len(in_flight) > options.workers * 2 or (in_flight and in_flight[0][1].done()):
                    b, fut = in_flight.popleft()
                    store_outcomes(b, fut.result())

            unchanged = 0  # not yet added to the run row (stored and failed items count as they are written)

            def bump() -> None:
                nonlocal unchanged
                store.bump_run(run_id, seen=unchanged, unchanged=unchanged)
                unchanged = 0

            for item in _limited(stream, limit):
                item = item.cleaned()
                result.seen += 1
                if resume and item.key in failed_before:
                    result.skipped += 1
                    tick(1)
                    continue
                if item.error is not None or item.input is None:
                    _fail(store, result, item.key, item.error or "unreadable", item.kind)
                    tick(1)
                    continue
                if resume and store.article_run(item.input.content_hash) == run_id:
                    result.done_before += 1  # this run stored it before it was interrupted
                    tick(1)
                    continue
                if store.has_article(item.input.content_hash) or any(
                        p.input is not None and p.input.content_hash == item.input.content_hash for p in pending):
                    result.unchanged += 1
                    unchanged += 1
                    tick(1)
                    continue
                pending.append(item)
                if len(pending) >= options.batch_size:
                    flush()
                    bump()
            flush()
            while in_flight:
                b, fut = in_flight.popleft()
                store_outcomes(b, fut.result())
            bump()
            tick(0)
        status = "done"
    except KeyboardInterrupt:
        status = "interrupted"
        raise
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)
        result.seconds = time.perf_counter() - t0
        with contextlib.suppress(EventwireError):
            store.finish_run(run_id, status)
    return result


def input_digest(sources: Sequence[str], read_options: ReadOptions, options: Options) -> str:
    """What identifies a run's input for ``--resume``: the sources (local paths made absolute), the
    read options and the stages and model. Workers, batch size and limit may change between tries."""
    resolved = [s if s == "-" or s.startswith(("http://", "https://")) else str(Path(s).resolve())
                for s in sources]
    read = {k: str(v) for k, v in asdict(read_options).items() if v is not None}
    if read_options.meta is not None:
        read["meta"] = str(Path(read_options.meta).resolve())
    return sources_digest(resolved, read=read, stages=list(options.stages), model=options.model)


def _fail(store: Store, result: IngestResult, key: str, reason: str, kind: str) -> None:
    store.add_failure(result.run_id, key, reason, kind)
    result.failed += 1
    result.failures.append((key, reason))
    result.failure_kinds[kind] = result.failure_kinds.get(kind, 0) + 1


def _limited(items: Iterable[IngestItem], limit: int | None) -> Iterator[IngestItem]:
    for n, item in enumerate(items):
        if limit is not None and n >= limit:
            return
        yield item
