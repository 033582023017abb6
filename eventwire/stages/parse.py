"""Stage ``parse``: the spaCy analysis of every article in the batch (``nlp.pipe``).

Long articles are parsed in paragraph-aligned chunks and joined with ``Doc.from_docs``, so the
joined doc's text is exactly the analysis text and offsets stay shared with the original.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import ClassVar

from spacy.tokens import Doc

from ..doccache import doc_text
from ..document import Document
from ..errors import ProcessingError
from ..nlp import load_nlp
from ..options import Options
from ..pipeline import register_stage

MAX_BATCH_CHARS = 60_000
MAX_NAME_CHARS = 200
"""The longest entity kept: names of people, organisations and places are far shorter."""


def chunk_bounds(text: str, size: int) -> list[tuple[int, int]]:
    """Contiguous (start, end) pieces of at most about ``size`` characters, cut at paragraph,
    line or sentence-looking boundaries where possible, covering ``text`` exactly."""
    bounds: list[tuple[int, int]] = []
    start, n = 0, len(text)
    while n - start > size:
        window = text[start : start + size]
        cut = -1
        for sep in ("\n\n", "\n", ". ", " "):
            idx = window.rfind(sep, size // 2)
            if idx != -1:
                cut = start + idx + len(sep)
                break
        if cut <= start:
            cut = start + size
        bounds.append((start, cut))
        start = cut
    bounds.append((start, n))
    return bounds


class ParseStage:
    name: ClassVar[str] = "parse"
    reads: ClassVar[tuple[str, ...]] = ("analysis_text",)
    writes: ClassVar[tuple[str, ...]] = ("doc",)
    batched: ClassVar[bool] = True
    """Called once per batch (``nlp.pipe``), not article by article, under the per-article time limit."""

    def __init__(self, options: Options) -> None:
        self.options = options
        self.nlp = load_nlp(options.model)

    def _texts(self, docs: Sequence[Document]) -> Iterator[str]:
        for d in docs:
            assert d.analysis_text is not None
            for s, e in chunk_bounds(d.analysis_text, self.options.chunk_chars):
                yield d.analysis_text[s:e]

    def _parse(self, texts: Iterator[str]) -> Iterator[Doc]:
        """``nlp.pipe`` in groups bounded by count *and* characters: parser and NER buffers grow with
        the tokens of a batch (about 300 MB per 100k characters), so a batch of long chunks is split."""
        group: list[str] = []
        chars = 0
        for text in texts:
            if group and (len(group) >= self.options.batch_size or chars + len(text) > MAX_BATCH_CHARS):
                yield from self.nlp.pipe(group, batch_size=len(group))
                group, chars = [], 0
            group.append(text)
            chars += len(text)
        if group:
            yield from self.nlp.pipe(group, batch_size=len(group))

    def __call__(self, docs: Sequence[Document]) -> None:
        live = [d for d in docs if d.error is None and d.analysis_text is not None]
        parsed = self._parse(self._texts(live))
        for d in live:
            assert d.analysis_text is not None
            pieces = [next(parsed) for _ in chunk_bounds(d.analysis_text, self.options.chunk_chars)]
            joined = pieces[0] if len(pieces) == 1 else Doc.from_docs(pieces, ensure_whitespace=False)
            if doc_text(joined) != d.analysis_text:
                d.error = ProcessingError("internal error: parsed text does not match the article text")
                continue
            drop_overlong_entities(joined)
            d.doc = joined


def drop_overlong_entities(doc: Doc, limit: int = MAX_NAME_CHARS) -> None:
    """Entities longer than ``limit`` characters (a run of text without spaces the NER took for a name)
    are no names: every later stage reads ``doc.ents``, so they are dropped here, once."""
    ents = list(doc.ents)
    kept = [e for e in ents if len(e.text) <= limit]
    if len(kept) != len(ents):
        doc.set_ents(kept, default="outside")


@register_stage("parse")
def _factory(options: Options) -> ParseStage:
    return ParseStage(options)
