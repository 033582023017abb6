"""The per-article time limit: every article has its own limit, even in a batch, and an article that
overruns is stopped inside the stage (not after it), in the main thread and in server threads alike.
Behaviour only: which article is marked, whether a stage ran on after the limit; no wall-clock asserts."""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable, Sequence
from typing import ClassVar

import pytest

from eventwire.bench import synthetic_articles
from eventwire.document import ArticleInput, Document
from eventwire.options import Options
from eventwire.pipeline import Pipeline, get_pipeline
from eventwire.stages.reader import ReadStage


class Sleepy:
    """Sleeps ``steps`` × ``step_s`` on articles starting with 'SLOW', each step inside ``except Exception``
    (as the places and events stages guard one article); ``finished`` lists the articles it completed."""

    name: ClassVar[str] = "sleepy"
    reads: ClassVar[tuple[str, ...]] = ("article",)
    writes: ClassVar[tuple[str, ...]] = ()

    def __init__(self, steps: int, step_s: float) -> None:
        self.steps, self.step_s = steps, step_s
        self.finished: list[str] = []

    def __call__(self, docs: Sequence[Document]) -> None:
        for d in docs:
            if d.error is not None:
                continue
            if d.input.text.startswith("SLOW"):
                for _ in range(self.steps):
                    with contextlib.suppress(Exception):  # what a stage guarding one article does
                        time.sleep(self.step_s)
            self.finished.append(d.input.text)


class BatchedSleepy(Sleepy):
    batched: ClassVar[bool] = True


def _pipe(stage: Sleepy, limit: float, batch: int = 4) -> Pipeline:
    opts = Options(stages=("read",), time_limit_s=limit, batch_size=batch)
    return Pipeline([ReadStage(opts), stage], opts)


def _in_thread(fn: Callable[[], list[Document]]) -> list[Document]:
    out: list[Document] = []
    worker = threading.Thread(target=lambda: out.extend(fn()))
    worker.start()
    worker.join(timeout=120)
    assert not worker.is_alive()
    return out


ITEMS = [ArticleInput(text=t) for t in ("Fast one.", "SLOW one.", "Fast two.")]


@pytest.mark.parametrize("threaded", [False, True], ids=["main-thread", "worker-thread"])
def test_each_article_of_a_batch_has_its_own_limit(threaded: bool) -> None:
    """The slow article takes less than the batch's limit × size, but more than its own limit."""
    stage = Sleepy(steps=20, step_s=0.05)
    pipe = _pipe(stage, limit=0.3, batch=4)

    def run() -> list[Document]:
        return list(pipe.run_documents(ITEMS))

    docs = _in_thread(run) if threaded else run()
    assert [d.error is None for d in docs] == [True, False, True]
    assert "time limit of 0.3 s per article exceeded" in str(docs[1].error)
    assert docs[1].article is None  # nothing half-done is kept beside the error
    assert stage.finished == ["Fast one.", "Fast two."]  # the slow one was stopped inside the stage
    assert [d.to_record().article.text for d in (docs[0], docs[2])] == ["Fast one.", "Fast two."]


@pytest.mark.parametrize("threaded", [False, True], ids=["main-thread", "worker-thread"])
def test_a_batched_stage_that_overruns_falls_back_to_one_article_at_a_time(threaded: bool) -> None:
    stage = BatchedSleepy(steps=40, step_s=0.05)
    pipe = _pipe(stage, limit=0.3, batch=4)

    def run() -> list[Document]:
        return list(pipe.run_documents(ITEMS))

    docs = _in_thread(run) if threaded else run()
    assert [d.error is None for d in docs] == [True, False, True]
    assert "time limit" in str(docs[1].error)
    assert "SLOW one." not in stage.finished


def test_a_thread_runs_on_normally_after_its_limit_fired() -> None:
    """The watchdog's exception is raised inside the stage or not at all: the thread that was stopped
    processes the next batch without a stray time-limit error."""
    stage = Sleepy(steps=20, step_s=0.05)
    pipe = _pipe(stage, limit=0.3, batch=1)

    def run() -> list[Document]:
        first = list(pipe.run_documents([ITEMS[1]]))
        time.sleep(0.5)  # past any deadline that could still be armed
        return first + list(pipe.run_documents([ITEMS[0], ITEMS[2]]))

    docs = _in_thread(run)
    assert [d.error is None for d in docs] == [False, True, True]


def test_no_limit_runs_the_stages_to_the_end() -> None:
    stage = Sleepy(steps=3, step_s=0.01)
    docs = list(_pipe(stage, limit=0).run_documents(ITEMS))
    assert all(d.error is None for d in docs)
    assert stage.finished == [i.text for i in ITEMS]


def _large_article() -> ArticleInput:
    bodies = [a.text.split("\n", 1)[-1] for a in synthetic_articles(600)]
    return ArticleInput(text="Officials report a week of unrest\n\n" + "\n\n".join(bodies), published="2023-06-01")


@pytest.mark.parametrize("threaded", [False, True], ids=["main-thread", "worker-thread"])
def test_the_real_pipeline_stops_a_large_article_at_a_tiny_limit(threaded: bool) -> None:
    big = _large_article()
    assert len(big.text) > 150_000
    pipe = get_pipeline(Options(time_limit_s=0.5))

    def run() -> list[Document]:
        return list(pipe.run_documents([big]))

    docs = _in_thread(run) if threaded else run()
    assert len(docs) == 1 and docs[0].input is big
    assert "time limit of 0.5 s per article exceeded" in str(docs[0].error)


def test_watchdog_survives_limits_that_fire_as_blocks_end() -> None:
    """Outside the main thread the limit is an exception raised in the thread by the watchdog. Fired
    just as a block ends, it once landed while the thread was taking the watchdog's lock, leaked the
    lock and froze every later block (a server thread hung). Many blocks whose limit falls around
    their end must each either finish or time out, with no exception escaping after the block, and
    leave the watchdog working."""
    import random
    import threading
    import time as _time

    from eventwire import pipeline

    def work(seed: int, out: list[tuple[int, int]]) -> None:
        rng = random.Random(seed)
        fired = finished = 0
        for _ in range(150):
            try:
                with pipeline._deadline(rng.uniform(0.002, 0.03)):
                    t0 = _time.perf_counter()
                    while _time.perf_counter() - t0 < 0.015:
                        pass
                finished += 1
            except pipeline._Timeout:
                fired += 1
        out.append((fired, finished))

    out: list[tuple[int, int]] = []
    threads = [threading.Thread(target=work, args=(seed, out), daemon=True) for seed in (1, 2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)  # a hang guard, not a timing: the blocks take about 2 s
    assert not any(t.is_alive() for t in threads)
    assert len(out) == 2  # no stray _Timeout killed a thread after its block
    assert all(f + n == 150 for f, n in out)
    assert sum(f for f, _ in out) > 0 and sum(n for _, n in out) > 0
    assert pipeline._WATCHDOG._cond.acquire(timeout=10)
    pipeline._WATCHDOG._cond.release()


class _SlowFinaliser:
    """An object whose finaliser outlasts the limit: the alarm lands inside ``__del__``, where Python
    prints "Exception ignored" and swallows the exception."""

    def __del__(self) -> None:
        time.sleep(0.3)


@pytest.mark.skipif(threading.current_thread() is not threading.main_thread(), reason="SIGALRM path")
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")  # the swallowed alarm
def test_a_limit_whose_first_alarm_is_swallowed_still_fires() -> None:
    from eventwire.pipeline import _deadline, _Timeout

    laps = 0
    with pytest.raises(_Timeout), _deadline(0.05):
        obj = _SlowFinaliser()
        del obj  # the first alarm is raised in __del__ and lost
        while laps < 2000:  # without a repeated alarm this loop runs to its end (about 20 s)
            laps += 1
            time.sleep(0.01)
    assert laps < 2000


@pytest.mark.skipif(threading.current_thread() is not threading.main_thread(), reason="SIGALRM path")
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")  # the swallowed alarm
def test_a_block_that_swallowed_its_alarm_and_ended_is_reported_timed_out() -> None:
    from eventwire.pipeline import _deadline, _Timeout

    with pytest.raises(_Timeout), _deadline(0.05):
        obj = _SlowFinaliser()
        del obj  # the block ends right after the finaliser that swallowed the alarm
