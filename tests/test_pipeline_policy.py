"""The pipeline's one per-article error policy (``Options.on_error``): stages raise, the pipeline puts the
error on the article it came from and goes on with the others ('record'), or re-raises it ('raise').
Real stages and the real spaCy parse; the failing stages are registered like any other stage."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

import pytest

from eventwire.document import ArticleInput, Document
from eventwire.errors import ConfigError, InputError, ProcessingError
from eventwire.options import Options
from eventwire.pipeline import get_pipeline, register_stage

MARK = "Zorblax"  # an article naming it makes the failing stages raise


class FailOnMark:
    """Raises on the batch when one of its articles names :data:`MARK`, after marking the articles before
    it, as a stage that meets a bad article halfway through a batch does (marking is idempotent, as a
    batched stage must be: the pipeline runs it again on each article alone)."""

    name: ClassVar[str] = "fail_on_mark"
    reads: ClassVar[tuple[str, ...]] = ("doc",)
    writes: ClassVar[tuple[str, ...]] = ()

    def __init__(self, options: Options) -> None:
        self.options = options

    def __call__(self, docs: Sequence[Document]) -> None:
        for d in docs:
            if d.doc is not None and MARK in d.doc.text:
                raise ValueError(f"cannot handle {MARK}")
            if "checked" not in d.warnings:
                d.warnings.append("checked")


class BatchedFailOnMark(FailOnMark):
    name: ClassVar[str] = "batched_fail_on_mark"
    batched: ClassVar[bool] = True


register_stage("fail_on_mark")(FailOnMark)
register_stage("batched_fail_on_mark")(BatchedFailOnMark)

TEXTS = (
    "Police arrested two protesters in Nairobi on Monday, officials said.",
    f"The {MARK} council met in Kisumu on Tuesday to discuss the strike.",
    "Rebels attacked a convoy near Goma on Friday, the army said.",
)
ITEMS = [ArticleInput(text=t, published="2024-03-05") for t in TEXTS]


def _options(stage: str, limit: float, on_error: str = "record") -> Options:
    return Options(stages=("read", "parse", stage, "times"), time_limit_s=limit, batch_size=4, on_error=on_error)


@pytest.mark.parametrize("limit", [0.0, 60.0], ids=["no-limit", "time-limit"])
@pytest.mark.parametrize("stage", ["fail_on_mark", "batched_fail_on_mark"])
def test_one_failing_article_carries_the_error_and_the_others_complete(stage: str, limit: float) -> None:
    pipe = get_pipeline(_options(stage, limit))
    docs = list(pipe.run_documents(ITEMS))
    assert [d.error is None for d in docs] == [True, False, True]
    err = docs[1].error
    assert isinstance(err, ProcessingError)
    assert str(err.message) == f"{stage} stage failed: ValueError: cannot handle {MARK}"
    # the others ran through every stage, the ones after the failure included, exactly as they do alone
    alone = [next(iter(pipe.run_documents([item]))) for item in (ITEMS[0], ITEMS[2])]
    for d, solo in zip((docs[0], docs[2]), alone, strict=True):
        assert "checked" in d.warnings and d.times
        assert d.to_record() == solo.to_record()
    with pytest.raises(ProcessingError):
        docs[1].to_record()


@pytest.mark.parametrize("limit", [0.0, 60.0], ids=["no-limit", "time-limit"])
@pytest.mark.parametrize("stage", ["fail_on_mark", "batched_fail_on_mark"])
def test_on_error_raise_propagates_the_first_error(stage: str, limit: float) -> None:
    pipe = get_pipeline(_options(stage, limit, on_error="raise"))
    with pytest.raises(ValueError, match=f"cannot handle {MARK}"):
        list(pipe.run_documents(ITEMS))
    # without the bad article nothing is raised
    assert all(d.error is None for d in pipe.run_documents([ITEMS[0], ITEMS[2]]))


@pytest.mark.parametrize("on_error", ["record", "raise"])
def test_an_eventwire_error_is_kept_as_it_is(on_error: str) -> None:
    """The real reader refuses an over-long article with an InputError: recorded as is, or raised."""
    opts = Options(stages=("read", "parse"), max_chars=200, on_error=on_error)
    items = [ITEMS[0], ArticleInput(text="Officials said. " * 40), ITEMS[2]]
    if on_error == "raise":
        with pytest.raises(InputError):
            list(get_pipeline(opts).run_documents(items))
        return
    docs = list(get_pipeline(opts).run_documents(items))
    assert [type(d.error) for d in docs] == [type(None), InputError, type(None)]
    assert docs[0].doc is not None and docs[2].doc is not None


@pytest.mark.parametrize("value", ["ignore", "", "RAISE"])
def test_an_unknown_policy_is_a_configuration_error(value: str) -> None:
    with pytest.raises(ConfigError, match="on_error"):
        Options(on_error=value)
    with pytest.raises(ConfigError, match="on_error"):
        Options.from_mapping({"on_error": value})
