"""Quotes and reported speech: quotation marks, cue lexicon, speaker resolution, extraction."""

from __future__ import annotations

from .extract import find_quotes, quote_at
from .marks import QuotedSpan, find_quoted_spans

__all__ = ["QuotedSpan", "find_quoted_spans", "find_quotes", "quote_at"]
