"""Stages and the pipeline that composes them.

A stage is a small object with a ``name``, the document slots it ``reads`` and ``writes``, and a
``__call__`` over a batch of documents. Stages register themselves with :func:`register_stage`;
the pipeline checks at construction that every slot a stage reads is written by an earlier stage.
"""

from __future__ import annotations

import contextlib
import importlib
import signal
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, ClassVar, Protocol, runtime_checkable

from .document import ArticleInput, Document
from .errors import ConfigError, ProcessingError
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
        deadline = getattr(_LOCAL, "deadline", None)
        for stage in self.stages:
            if deadline is not None and time.monotonic() > deadline:
                raise _Timeout
            t0 = time.perf_counter()
            stage(docs)
            self.timings[stage.name] += time.perf_counter() - t0
        if deadline is not None and time.monotonic() > deadline:
            raise _Timeout
        return docs

    def _process_limited(self, batch: list[Document]) -> Sequence[Document]:
        """Process a batch under the per-article time limit.

        The batch gets ``limit × len(batch)`` seconds; if it overruns, each document is processed
        alone under ``limit`` and the one that overruns is marked with a :class:`ProcessingError`.
        In the main thread SIGALRM interrupts a stage; in other threads (the HTTP server's) the limit is
        checked between stages, so an overrun is bounded by one stage's time."""
        limit = self.options.time_limit_s
        if limit <= 0:
            return self.process(batch)
        try:
            with _deadline(limit * len(batch)):
                return self.process(batch)
        except _Timeout:
            if len(batch) == 1:
                doc = Document(input=batch[0].input)
                doc.error = ProcessingError(f"time limit of {limit:g} s per article exceeded")
                return [doc]
        out: list[Document] = []
        for old in batch:
            doc = Document(input=old.input)
            try:
                with _deadline(limit):
                    self.process([doc])
            except _Timeout:
                doc = Document(input=old.input)
                doc.error = ProcessingError(f"time limit of {limit:g} s per article exceeded")
            out.append(doc)
        return out

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


class _Timeout(Exception):
    pass


_LOCAL = threading.local()


@contextlib.contextmanager
def _deadline(seconds: float) -> Iterator[None]:
    """Raise :class:`_Timeout` in the block after ``seconds``: by SIGALRM in the main thread, and by
    the checks between stages (see :meth:`Pipeline.process`) in every thread."""
    _LOCAL.deadline = time.monotonic() + seconds
    use_signal = threading.current_thread() is threading.main_thread() and hasattr(signal, "setitimer")
    previous: Any = None
    if use_signal:

        def on_alarm(signum: int, frame: Any) -> None:
            raise _Timeout

        previous = signal.signal(signal.SIGALRM, on_alarm)
        signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        _LOCAL.deadline = None
        if use_signal:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)


_PIPELINES: dict[Options, Pipeline] = {}


def get_pipeline(options: Options | None = None) -> Pipeline:
    """A pipeline per distinct options, built once per process."""
    options = options or Options()
    if options not in _PIPELINES:
        _PIPELINES[options] = Pipeline.from_options(options)
    return _PIPELINES[options]
