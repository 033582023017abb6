"""Stages and the pipeline that composes them.

A stage is a small object with a ``name``, the document slots it ``reads`` and ``writes``, and a
``__call__`` over a batch of documents. Stages register themselves with :func:`register_stage`;
the pipeline checks at construction that every slot a stage reads is written by an earlier stage.
The pipeline calls a stage article by article, unless the stage sets ``batched = True`` (the parse,
which gains from ``nlp.pipe`` batches), and owns the per-article error policy (``Options.on_error``):
a stage processes and raises; the pipeline puts the error on that article (an :class:`EventwireError`
as it is, anything else as a :class:`ProcessingError` naming the stage) and goes on with the others,
or, with ``on_error="raise"``, re-raises it. A batched stage that raises is run again on each of its
articles alone, so one bad article does not sink the batch (a batched stage must therefore be safe to
run again on an article: the parse just sets ``doc`` anew).
"""

from __future__ import annotations

import contextlib
import ctypes
import importlib
import itertools
import signal
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, ClassVar, Protocol, runtime_checkable

from .document import ArticleInput, Document
from .errors import ConfigError, EventwireError, ProcessingError
from .options import Options
from .schema import Record


@runtime_checkable
class Stage(Protocol):
    name: ClassVar[str]
    reads: ClassVar[tuple[str, ...]]
    writes: ClassVar[tuple[str, ...]]

    def __call__(self, docs: Sequence[Document]) -> None:
        """Fill this stage's slots on every document of the batch (in place)."""
        ...


StageFactory = Callable[[Options], Stage]

_REGISTRY: dict[str, StageFactory] = {}
# Where the built-in stages live; imported on first use so that a pipeline pays only for its stages.
_BUILTIN_MODULES = {
    "read": "eventwire.stages.reader",
    "parse": "eventwire.stages.parse",
    "places": "eventwire.stages.places",
    "times": "eventwire.stages.times",
    "actors": "eventwire.stages.actors",
    "quotes": "eventwire.stages.quotes",
    "events": "eventwire.stages.events",
}


def register_stage(name: str) -> Callable[[StageFactory], StageFactory]:
    def deco(factory: StageFactory) -> StageFactory:
        _REGISTRY[name] = factory
        return factory

    return deco


def stage_factory(name: str) -> StageFactory:
    if name not in _REGISTRY and name in _BUILTIN_MODULES:
        importlib.import_module(_BUILTIN_MODULES[name])
    try:
        return _REGISTRY[name]
    except KeyError:
        known = ", ".join(sorted(set(_REGISTRY) | set(_BUILTIN_MODULES)))
        raise ConfigError(f"unknown stage {name!r}", hint=f"known stages: {known}") from None


class Pipeline:
    """Composes stages; ``run`` turns article inputs into records, batch by batch."""

    def __init__(self, stages: Sequence[Stage], options: Options) -> None:
        self.options = options
        self.stages = list(stages)
        self.timings: dict[str, float] = {s.name: 0.0 for s in self.stages}
        available = {"input"}
        for stage in self.stages:
            missing = [slot for slot in stage.reads if slot not in available]
            if missing:
                raise ConfigError(
                    f"stage {stage.name!r} reads {', '.join(missing)}, which no earlier stage writes",
                    hint="check the order of --stages",
                )
            available.update(stage.writes)

    @classmethod
    def from_options(cls, options: Options | None = None) -> Pipeline:
        options = options or Options()
        return cls([stage_factory(name)(options) for name in options.stages], options)

    def process(self, docs: Sequence[Document]) -> Sequence[Document]:
        """Run every stage over the batch, with no time limit."""
        for stage in self.stages:
            t0 = time.perf_counter()
            live = [d for d in docs if d.error is None]
            if getattr(stage, "batched", False):
                self._guarded(stage, live)
            else:
                for d in live:
                    self._guarded(stage, [d])
            self.timings[stage.name] += time.perf_counter() - t0
        return docs

    def _guarded(self, stage: Stage, docs: list[Document]) -> None:
        """``stage`` over ``docs`` under the error policy: an exception fails the one article it came
        from (a batch that raises is run again article by article, so that only the bad one fails)."""
        if not docs:
            return
        try:
            stage(docs)
        except Exception as exc:
            if len(docs) > 1 and self.options.on_error != "raise":
                for d in docs:
                    if d.error is None:
                        self._guarded(stage, [d])
                return
            self._fail(stage, docs[0], exc)
        if self.options.on_error == "raise":  # an error a (batched) stage put on an article itself
            first = next((d.error for d in docs if d.error is not None), None)
            if first is not None:
                raise first

    def _fail(self, stage: Stage, doc: Document, exc: Exception) -> None:
        """Record ``exc`` on ``doc`` (or re-raise it, ``on_error="raise"``)."""
        if self.options.on_error == "raise":
            raise exc
        if isinstance(exc, EventwireError):
            doc.error = exc
        else:
            doc.error = ProcessingError(f"{stage.name} stage failed: {type(exc).__name__}: {exc}")

    def _process_limited(self, batch: list[Document], spent: list[float] | None = None) -> Sequence[Document]:
        """Process a batch under the per-article time limit: each article has ``limit`` seconds in all.

        Stages are called article by article, each call under the time the article has left, so a slow
        article is stopped inside the stage that overruns (SIGALRM in the main thread, an exception
        raised in the thread by a watchdog elsewhere) while the others go on. A ``batched`` stage (the
        parse) is called once for the batch; see :meth:`_run_batched`. An article that runs out of time
        is returned as a fresh document carrying only the time-limit error. ``spent``: seconds each
        article has already used."""
        limit = self.options.time_limit_s
        if limit <= 0:
            return self.process(batch)
        docs = list(batch)
        spent = list(spent) if spent is not None else [0.0] * len(docs)
        done: set[int] = set()  # articles already processed to the end (again, alone)
        for stage in self.stages:
            t0 = time.perf_counter()
            live = [i for i, d in enumerate(docs) if d.error is None and i not in done]
            if getattr(stage, "batched", False):
                done |= self._run_batched(stage, docs, live, spent, limit)
            else:
                for i in live:
                    spent[i] += self._run_one(stage, docs, i, limit - spent[i])
            self.timings[stage.name] += time.perf_counter() - t0
        return docs

    def _run_one(self, stage: Stage, docs: list[Document], i: int, left: float) -> float:
        """``stage`` on ``docs[i]`` alone under ``left`` seconds (replaced by a time-limit error if it
        overruns); returns the seconds it took."""
        t0 = time.monotonic()
        try:
            with _deadline(left):
                self._guarded(stage, [docs[i]])
        except _Timeout:
            docs[i] = self._timed_out(docs[i].input)
        return time.monotonic() - t0

    def _run_batched(self, stage: Stage, docs: list[Document], live: list[int], spent: list[float],
                     limit: float) -> set[int]:
        """A batched stage over the ``live`` articles, stopped when the one with the least time left runs
        out. Its time is shared out by text length, and an article whose share takes it to the limit is
        marked. If the stage was stopped, the others are processed again from the start, each alone
        with the time it has left; returns those (they are finished)."""
        if not live:
            return set()
        t0 = time.monotonic()
        overran = False
        try:
            with _deadline(min(limit - spent[i] for i in live)):
                self._guarded(stage, [docs[i] for i in live])
        except _Timeout:
            overran = True
        elapsed = time.monotonic() - t0
        sizes = {i: len(docs[i].analysis_text or docs[i].text) + 1 for i in live}
        total = sum(sizes.values())
        redone: set[int] = set()
        for i in live:
            spent[i] += elapsed * sizes[i] / total
            if spent[i] >= limit or (overran and len(live) == 1):
                docs[i] = self._timed_out(docs[i].input)
            elif overran:
                docs[i] = self._process_limited([Document(input=docs[i].input)], [spent[i]])[0]
                redone.add(i)
        return redone

    def _timed_out(self, item: ArticleInput) -> Document:
        doc = Document(input=item)
        doc.error = ProcessingError(f"time limit of {self.options.time_limit_s:g} s per article exceeded")
        if self.options.on_error == "raise":
            raise doc.error
        return doc

    def run_documents(self, inputs: Iterable[ArticleInput]) -> Iterator[Document]:
        batch: list[Document] = []
        for item in inputs:
            batch.append(Document(input=item))
            if len(batch) >= self.options.batch_size:
                yield from self._process_limited(batch)
                batch = []
        if batch:
            yield from self._process_limited(batch)

    def run(self, inputs: Iterable[ArticleInput]) -> Iterator[Record]:
        for doc in self.run_documents(inputs):
            yield doc.to_record()

    def __call__(self, item: ArticleInput) -> Record:
        return next(self.run([item]))


class _Timeout(BaseException):
    """An article's time is up. A BaseException, so that a stage's ``except Exception`` (one bad article
    must not sink the batch) cannot swallow it and run on."""


def _set_async_exc(thread_id: int, exc: type[BaseException] | None) -> None:
    """Raise ``exc`` in another thread at its next bytecode (None: withdraw one not yet raised)."""
    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread_id), ctypes.py_object(exc) if exc else None)


class _Watchdog:
    """Raises :class:`_Timeout` in a thread other than the main one at its deadline (SIGALRM can only
    interrupt the main thread). One daemon thread serves every armed block, each known by a token.

    The watched thread never holds the lock while its exception may be pending: an asynchronous
    exception can land at any bytecode, also right after a lock is acquired and before a ``with``
    owns it, and would leak the lock (the watchdog and every later block would then wait forever).
    So :meth:`disarm` takes no lock: whichever of the two threads pops a block's entry first (one
    atomic ``dict.pop``) decides whether the limit fired."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._due: dict[int, tuple[int, float]] = {}  # token -> (thread id, deadline)
        self._fired: set[int] = set()
        self._tokens = itertools.count(1)
        self._thread: threading.Thread | None = None

    def arm(self, thread_id: int, seconds: float) -> int:
        """Watch a block of ``thread_id`` for ``seconds``; returns the block's token."""
        token = next(self._tokens)
        with self._cond:
            self._due[token] = (thread_id, time.monotonic() + seconds)
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._watch, name="eventwire-time-limit", daemon=True)
                self._thread.start()
            self._cond.notify()
        return token

    def disarm(self, token: int, thread_id: int) -> bool:
        """Stop watching; True when the limit fired (an exception not yet raised is withdrawn, so
        none can surface after the guarded block: the caller raises it instead). Takes no lock."""
        try:
            if self._due.pop(token, None) is not None:
                return False  # still armed: the watchdog will never fire this block
            while token not in self._fired:  # the watchdog took it: wait until its exception is set
                time.sleep(0.0005)
            _set_async_exc(thread_id, None)
            self._fired.discard(token)
            return True
        except _Timeout:  # it was raised in here
            self._fired.discard(token)
            return True

    def _watch(self) -> None:
        with self._cond:
            while True:
                now = time.monotonic()
                for token, (thread_id, due) in list(self._due.items()):
                    if due <= now and self._due.pop(token, None) is not None:
                        _set_async_exc(thread_id, _Timeout)
                        self._fired.add(token)
                deadlines = [due for _, due in list(self._due.values())]
                self._cond.wait(timeout=max(0.0, min(deadlines, default=now + 3600) - now))


_WATCHDOG = _Watchdog()


@contextlib.contextmanager
def _deadline(seconds: float) -> Iterator[None]:
    """Raise :class:`_Timeout` in the block after ``seconds`` (at once when none are left): by SIGALRM
    in the main thread, by the watchdog in any other thread. Neither interrupts one long call into C
    (the parse works in chunks of ``chunk_chars``, so such calls are short)."""
    if seconds <= 0:
        raise _Timeout
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        thread_id = threading.get_ident()
        token = _WATCHDOG.arm(thread_id, seconds)
        try:
            yield
        finally:
            if _WATCHDOG.disarm(token, thread_id):
                raise _Timeout  # the limit fired: say so even if the block has just finished
        return

    # The alarm repeats every _REALARM_S until the block ends: an exception raised where Python
    # swallows it (a __del__, a gc or weakref callback prints "Exception ignored" and runs on) would
    # otherwise let the article overrun its limit unchecked. Once it has fired, the block is reported
    # as timed out even if it then ends normally.
    state = {"fired": False, "done": False}

    def on_alarm(signum: int, frame: Any) -> None:
        if not state["done"]:
            state["fired"] = True
            raise _Timeout

    previous: Any = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds, _REALARM_S)
    try:
        yield
    finally:
        try:
            state["done"] = True  # an alarm landing just before this store raises here ...
        finally:
            state["done"] = True  # ... and the next one is _REALARM_S away, so this always runs
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)
    if state["fired"]:
        raise _Timeout  # the limit fired where its exception was swallowed: the article overran


_REALARM_S = 0.25


_PIPELINES: dict[Options, Pipeline] = {}


def get_pipeline(options: Options | None = None) -> Pipeline:
    """A pipeline per distinct options, built once per process."""
    options = options or Options()
    if options not in _PIPELINES:
        _PIPELINES[options] = Pipeline.from_options(options)
    return _PIPELINES[options]
