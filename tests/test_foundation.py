"""The first vertical slice: pipeline contract, CLI, schema, bad input, speed."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import ClassVar

import jsonschema
import pytest

import eventwire
from eventwire.document import Document
from eventwire.errors import ConfigError
from eventwire.options import Options
from eventwire.pipeline import Pipeline, get_pipeline
from eventwire.schema import record_json_schema
from eventwire.validate import offset_errors

from .conftest import EXAMPLES, ROOT, SEED

SCHEMA_FILE = ROOT / "docs" / "schema" / "record.schema.json"


def cli(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "PYTHONWARNINGS": "ignore"}
    return subprocess.run(
        [sys.executable, "-m", "eventwire", *args], input=stdin, capture_output=True, env=env, timeout=300
    )


def test_published_schema_matches_models() -> None:
    assert json.loads(SCHEMA_FILE.read_text()) == record_json_schema(), "run `make schema`"


def test_pipeline_rejects_stage_order_that_reads_unwritten_slots() -> None:
    with pytest.raises(ConfigError, match="reads"):
        Pipeline.from_options(Options(stages=("read", "events")))
    with pytest.raises(ConfigError, match="unknown stage"):
        Pipeline.from_options(Options(stages=("read", "nonsense")))


def test_custom_stage_composes() -> None:
    class Shout:
        name: ClassVar[str] = "shout"
        reads: ClassVar[tuple[str, ...]] = ("article",)
        writes: ClassVar[tuple[str, ...]] = ()

        def __call__(self, docs: Sequence[Document]) -> None:
            for d in docs:
                d.warnings.append((d.article.title or "").upper() if d.article else "")

    from eventwire.stages.reader import ReadStage

    opts = Options(stages=("read",))
    pipe = Pipeline([ReadStage(opts), Shout()], opts)
    rec = pipe(eventwire.ArticleInput(text="Small Headline\nBody text of the story.", published="2024-01-02"))
    assert rec.warnings == ["SMALL HEADLINE"]


def test_options_validation() -> None:
    with pytest.raises(ConfigError):
        Options.from_mapping({"batch_sise": 3})
    with pytest.raises(ConfigError):
        Options(batch_size=0)
    assert Options.from_mapping({"stages": "read,parse"}).stages == ("read", "parse")


def test_sentences_respect_newlines() -> None:
    pipe = get_pipeline(Options(stages=("read", "parse")))
    text = "Troops Enter City After Long Siege\nARMED men entered the city on Monday. Residents fled."
    doc = next(pipe.run_documents([eventwire.ArticleInput(text=text)]))
    assert doc.doc is not None
    first = next(iter(doc.doc.sents))
    assert first.text.strip() == "Troops Enter City After Long Siege"


def test_a_lines_first_word_stays_with_the_rest_of_its_line() -> None:
    """line-start-word: the parser cut "Gunmen" off its line after a headline, as if it were a heading,
    and the event lost its actor."""
    pipe = get_pipeline(Options(stages=("read", "parse")))
    text = "Attack on police post\n\nGunmen attacked a police post in the north on Monday, officials said."
    doc = next(pipe.run_documents([eventwire.ArticleInput(text=text)]))
    assert doc.doc is not None
    assert [s.text.strip() for s in doc.doc.sents][1].startswith("Gunmen attacked a police post")


def test_long_article_is_chunked_with_offsets_intact() -> None:
    para = "Police arrested two men in the capital on Monday, officials said.\n"
    text = "Long Story\n" + para * 400
    opts = Options(stages=("read", "parse"), chunk_chars=5000)
    doc = next(get_pipeline(opts).run_documents([eventwire.ArticleInput(text=text)]))
    assert doc.error is None and doc.doc is not None
    assert doc.doc.text == text
    assert all(text[t.idx : t.idx + len(t)] == t.text for t in doc.doc)


def test_extract_seed_cli_json_valid_and_offsets_exact() -> None:
    if not SEED.exists():
        pytest.skip(f"seed article not available: {SEED}")
    proc = cli("extract", str(SEED), "--published", "2021-08-23")
    assert proc.returncode == 0, proc.stderr.decode()
    record = json.loads(proc.stdout)
    jsonschema.validate(record, json.loads(SCHEMA_FILE.read_text()))
    art = record["article"]
    assert art["title"].startswith("Anti-Taliban Leaders")
    assert art["dateline"] == "JAKARTA"
    assert art["published"] == "2021-08-23"
    assert art["text"] == SEED.read_text(encoding="utf-8")
    assert offset_errors(record) == []


def test_extract_formats_and_stdin() -> None:
    text = (EXAMPLES / "kherson-grain-convoy.txt").read_bytes()
    proc = cli("extract", "-", "--format", "jsonl", "--published", "2024-05-14", "--source", "Example", stdin=text)
    assert proc.returncode == 0, proc.stderr.decode()
    lines = proc.stdout.decode().strip().splitlines()
    assert len(lines) == 1
    rec = json.loads(lines[0])
    assert rec["article"]["source"] == "Example"
    assert rec["article"]["dateline"] == "KYIV"
    proc = cli("extract", str(EXAMPLES / "kherson-grain-convoy.txt"), "--format", "table")
    assert proc.returncode == 0, proc.stderr.decode()
    assert "Aid Convoy Shelled" in proc.stdout.decode()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"   \n\n  ", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        ("Caf\u00e9 news".encode("latin-1"), "UTF-8"),
    ],
)
def test_bad_input_one_line_error(tmp_path: Path, content: bytes, message: str) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    proc = cli("extract", str(bad))
    err = proc.stderr.decode()
    assert proc.returncode != 0
    assert message in err
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
    assert proc.stdout == b""


def test_unreadable_paths(tmp_path: Path) -> None:
    for path, message in ((tmp_path / "missing.txt", "no such file"), (tmp_path, "is a directory")):
        proc = cli("extract", str(path))
        err = proc.stderr.decode()
        assert proc.returncode == 2 and message in err and "Traceback" not in err


def test_bad_option_values() -> None:
    proc = cli("extract", str(EXAMPLES / "kherson-grain-convoy.txt"), "--published", "yesterday-ish")
    assert proc.returncode == 2 and "invalid published date" in proc.stderr.decode()
    proc = cli("extract", str(EXAMPLES / "kherson-grain-convoy.txt"), "--stages", "read,bogus")
    assert proc.returncode == 3 and "unknown stage" in proc.stderr.decode()


def test_python_api_repeated_calls_give_the_same_record(seed_text: str) -> None:
    """Speed is measured by `eventwire bench`, not here: repeated calls are deterministic and valid."""
    first = eventwire.extract(seed_text, published="2021-08-23")
    again = eventwire.extract(seed_text, published="2021-08-23")
    assert offset_errors(again) == []
    assert first.model_dump() == again.model_dump()


def _slow_pipeline(opts: Options, sleep_s: float, slow_stages: int) -> Pipeline:
    """read, then stages that sleep on articles starting with 'SLOW'."""

    class Slow:
        name: ClassVar[str] = "slow"
        reads: ClassVar[tuple[str, ...]] = ("article",)
        writes: ClassVar[tuple[str, ...]] = ()

        def __call__(self, docs: Sequence[Document]) -> None:
            for d in docs:
                if d.input.text.startswith("SLOW"):
                    time.sleep(sleep_s)

    from eventwire.stages.reader import ReadStage

    return Pipeline([ReadStage(opts), *(Slow() for _ in range(slow_stages))], opts)


def test_per_article_time_limit_marks_only_the_slow_article() -> None:
    opts = Options(stages=("read",), time_limit_s=0.5, batch_size=4)
    pipe = _slow_pipeline(opts, sleep_s=5, slow_stages=1)
    items = [eventwire.ArticleInput(text=t) for t in ("Fast one.", "SLOW one.", "Fast two.")]
    docs = list(pipe.run_documents(items))
    assert [d.error is None for d in docs] == [True, False, True]
    assert "time limit" in str(docs[1].error)


def test_time_limit_also_holds_outside_the_main_thread() -> None:
    """Server threads cannot use SIGALRM: the limit is checked between stages there."""
    import threading

    opts = Options(stages=("read",), time_limit_s=0.3, batch_size=4)
    pipe = _slow_pipeline(opts, sleep_s=0.6, slow_stages=2)
    items = [eventwire.ArticleInput(text=t) for t in ("Fast one.", "SLOW one.")]
    out: list[Document] = []
    worker = threading.Thread(target=lambda: out.extend(pipe.run_documents(items)))
    worker.start()
    worker.join(timeout=20)
    assert not worker.is_alive()
    assert [d.error is None for d in out] == [True, False]
    assert "time limit" in str(out[1].error)


def test_usage_errors_are_usage_errors_not_internal() -> None:
    proc = cli("extract", "--no-such-flag", str(EXAMPLES / "kherson-grain-convoy.txt"))
    err = proc.stderr.decode()
    assert proc.returncode == 2
    assert "No such option" in err and "internal error" not in err and "Traceback" not in err
