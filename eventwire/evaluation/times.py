"""``eventwire eval times``: TempEval-3 scoring of time expressions.

Formats: ``timeml`` (TimeBank / AQUAINT ``.tml``; the document creation time is the TIMEX3 with
``functionInDocument="CREATION_TIME"``) and ``meantime`` (MEANTIME CAT XML).

Metrics (TempEval-3 definitions, the DCT timex itself excluded): strict span P/R/F1 (exact
offsets), relaxed span P/R/F1 (one-to-one overlap), ``value_f1`` (relaxed match with an equal
value — the ranking score; ISO week numbers compared zero-padded) and ``type_accuracy`` over
relaxed matches. No dev split exists, so files are split deterministically: every 5th file by
sorted relative path is held out (``heldout_*``), the rest is where rules were tuned (``tune_*``).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..document import ArticleInput
from ..errors import DataError
from ..options import Options
from ..pipeline import get_pipeline
from ..schema import TimeExpr
from ..timex.values import canonical
from . import Metrics
from .metrics import PRF, greedy_match, overlaps

STAGES = ("read", "parse", "times")


@dataclass(frozen=True)
class GoldTimex:
    start: int
    end: int
    text: str
    value: str
    type: str


@dataclass(frozen=True)
class GoldDoc:
    name: str
    text: str
    dct: str
    timexes: tuple[GoldTimex, ...]
    ignore: tuple[tuple[int, int], ...] = ()
    """Spans whose predictions are not scored (the DCT line when it sits inside the text)."""
    scored_end: int | None = None
    """Predictions starting at or after this offset are not scored (MEANTIME annotates only the
    headline, the date line and the first sentences of each article)."""


# ---------------------------------------------------------------- readers


def read_tml(path: Path) -> GoldDoc:
    """One TimeML file: the text of ``<TEXT>`` with its TIMEX3 offsets, and the DCT value."""
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as exc:
        raise DataError(f"{path}: not well-formed TimeML ({exc})") from None
    dct = next(
        (t.get("value", "") for t in root.iter("TIMEX3") if t.get("functionInDocument") == "CREATION_TIME"), ""
    )
    text_el = root.find("TEXT")
    if text_el is None or not dct:
        raise DataError(f"{path}: no <TEXT> or no CREATION_TIME TIMEX3")
    parts: list[str] = []
    timexes: list[GoldTimex] = []

    def walk(el: ET.Element) -> None:
        if el.text:
            parts.append(el.text)
        for child in el:
            start = sum(map(len, parts))
            walk(child)
            if child.tag == "TIMEX3" and child.get("functionInDocument") != "CREATION_TIME":
                end = sum(map(len, parts))
                span_text = "".join(parts)[start:end]
                lead = len(span_text) - len(span_text.lstrip())
                trail = len(span_text) - len(span_text.rstrip())
                timexes.append(
                    GoldTimex(
                        start + lead, end - trail, span_text.strip(), child.get("value", ""), child.get("type", "DATE")
                    )
                )
            if child.tail:
                parts.append(child.tail)

    walk(text_el)
    return GoldDoc(path.stem, "".join(parts), dct[:10], tuple(timexes))


_NO_SPACE_BEFORE = re.compile(r"^(?:[.,;:!?%)\]}]|'s|'S|n't|'re|'ve|'ll|'d|'m|''|\.\.\.)$")
_NO_SPACE_AFTER = {"(", "[", "{", "$", "``", "#"}


MEANTIME_SENTENCES = 5
"""MEANTIME annotates sentences 0 (headline) to 5 (the date line and the first four of the body)."""


def read_cat(path: Path) -> GoldDoc:
    """One MEANTIME CAT XML file: tokens re-joined into text (sentences on their own lines)."""
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as exc:
        raise DataError(f"{path}: not well-formed CAT XML ({exc})") from None
    pieces: list[str] = []
    offsets: dict[str, tuple[int, int]] = {}
    sentence_of: dict[str, str | None] = {}
    pos, prev_sent, prev_tok = 0, None, ""
    for tok in root.iter("token"):
        word = tok.text or ""
        sent = tok.get("sentence")
        if prev_sent is None:
            sep = ""
        elif sent != prev_sent:
            sep = "\n"
        elif _NO_SPACE_BEFORE.match(word) or prev_tok in _NO_SPACE_AFTER:
            sep = ""
        else:
            sep = " "
        pieces.append(sep)
        pos += len(sep)
        offsets[tok.get("t_id", "")] = (pos, pos + len(word))
        sentence_of[tok.get("t_id", "")] = sent
        pieces.append(word)
        pos += len(word)
        prev_sent, prev_tok = sent, word
    text = "".join(pieces)
    markables = root.find("Markables")
    dct, ignore, timexes = "", [], []
    all_timex = list(markables.iter("TIMEX3")) if markables is not None else []
    has_dct = any(t.get("functionInDocument") == "CREATION_TIME" for t in all_timex)
    for t in all_timex:
        ids = [a.get("t_id", "") for a in t.iter("token_anchor") if a.get("t_id", "") in offsets]
        anchors = [offsets[i] for i in ids]
        # A few files lack the CREATION_TIME flag: the date line under the headline (sentence 1) is the DCT.
        dateline = not has_dct and not dct and ids and all(sentence_of[i] == "1" for i in ids)
        if t.get("functionInDocument") == "CREATION_TIME" or dateline:
            dct = t.get("value", "")
            if anchors:
                ignore.append((min(a[0] for a in anchors), max(a[1] for a in anchors)))
            continue
        if not anchors:
            continue
        s, e = min(a[0] for a in anchors), max(a[1] for a in anchors)
        timexes.append(GoldTimex(s, e, text[s:e], t.get("value", ""), t.get("type", "DATE")))
    if not dct:
        raise DataError(f"{path}: no CREATION_TIME TIMEX3")
    annotated_end = max((e for i, (_, e) in offsets.items() if int(sentence_of[i] or 0) <= MEANTIME_SENTENCES), default=None)
    return GoldDoc(
        path.stem, text, dct[:10], tuple(sorted(timexes, key=lambda g: g.start)), tuple(ignore), annotated_end
    )


def list_files(path: Path, suffix: str) -> list[Path]:
    if path.is_file():
        return [path]
    files = sorted(path.rglob(f"*{suffix}"), key=lambda p: p.relative_to(path).as_posix())
    if not files:
        raise DataError(f"no {suffix} files under {path}")
    return files


def is_heldout(index: int) -> bool:
    """The deterministic held-out part: every 5th file of the sorted list."""
    return index % 5 == 4


# ---------------------------------------------------------------- scoring


@dataclass
class Tally:
    strict: PRF
    relaxed: PRF
    value: PRF
    type_ok: int = 0
    matched: int = 0
    docs: int = 0

    @classmethod
    def new(cls) -> Tally:
        return cls(PRF(), PRF(), PRF())

    def add(self, other: Tally) -> None:
        self.strict.add(other.strict)
        self.relaxed.add(other.relaxed)
        self.value.add(other.value)
        self.type_ok += other.type_ok
        self.matched += other.matched
        self.docs += other.docs

    def metrics(self, prefix: str = "") -> Metrics:
        out: Metrics = {f"{prefix}docs": self.docs}
        s, r, v = self.strict, self.relaxed, self.value
        out.update(
            {
                f"{prefix}strict_precision": round(s.precision, 4),
                f"{prefix}strict_recall": round(s.recall, 4),
                f"{prefix}strict_f1": round(s.f1, 4),
                f"{prefix}relaxed_precision": round(r.precision, 4),
                f"{prefix}relaxed_recall": round(r.recall, 4),
                f"{prefix}relaxed_f1": round(r.f1, 4),
                f"{prefix}value_precision": round(v.precision, 4),
                f"{prefix}value_recall": round(v.recall, 4),
                f"{prefix}value_f1": round(v.f1, 4),
                f"{prefix}type_accuracy": round(self.type_ok / self.matched, 4) if self.matched else 0.0,
                f"{prefix}gold": r.tp + r.fn,
                f"{prefix}predicted": r.tp + r.fp,
            }
        )
        return out


@dataclass(frozen=True)
class Pred:
    start: int
    end: int
    value: str | None
    type: str


def score_doc(gold: GoldDoc, preds: Sequence[Pred]) -> Tally:
    preds = [
        p
        for p in preds
        if not any(overlaps((p.start, p.end), ig) for ig in gold.ignore)
        and (gold.scored_end is None or p.start < gold.scored_end)
    ]
    g = gold.timexes
    t = Tally.new()
    t.docs = 1
    strict = {(x.start, x.end) for x in g} & {(p.start, p.end) for p in preds}
    t.strict = PRF(len(strict), len(preds) - len(strict), len(g) - len(strict))

    pairs = greedy_match(preds, g, lambda p, x: 1.0 if overlaps((p.start, p.end), (x.start, x.end)) else 0.0, 1.0)
    t.relaxed = PRF(len(pairs), len(preds) - len(pairs), len(g) - len(pairs))
    vt = sum(
        1
        for i, j, _ in pairs
        if preds[i].value is not None and canonical(preds[i].value or "") == canonical(g[j].value)
    )
    t.value = PRF(vt, len(preds) - vt, len(g) - vt)
    t.matched = len(pairs)
    t.type_ok = sum(1 for i, j, _ in pairs if preds[i].type == g[j].type)
    return t


def _preds(times: Iterable[TimeExpr]) -> list[Pred]:
    return [Pred(t.start, t.end, t.value, t.type) for t in times]


Predictor = Callable[[Sequence[GoldDoc]], list[list[Pred]]]


def eventwire_predictor(options: Options) -> Predictor:
    pipeline = get_pipeline(options.replace(stages=STAGES))

    def predict(docs: Sequence[GoldDoc]) -> list[list[Pred]]:
        inputs = [ArticleInput(text=d.text, published=d.dct, meta={"name": d.name}) for d in docs]
        return [_preds(doc.times) for doc in pipeline.run_documents(inputs)]

    return predict


def score(docs: Sequence[GoldDoc], predict: Predictor) -> Metrics:
    """Overall, tune and held-out metrics for ``docs`` (in their sorted file order)."""
    preds = predict(docs)
    total, tune, held = Tally.new(), Tally.new(), Tally.new()
    for i, (gold, p) in enumerate(zip(docs, preds, strict=True)):
        t = score_doc(gold, p)
        total.add(t)
        (held if is_heldout(i) else tune).add(t)
    out = total.metrics()
    out.update(tune.metrics("tune_"))
    out.update(held.metrics("heldout_"))
    return out


def load(path: Path, fmt: str, limit: int | None = None) -> list[GoldDoc]:
    reader, suffix = (read_tml, ".tml") if fmt == "timeml" else (read_cat, ".xml")
    files = list_files(path, suffix)
    if limit is not None:
        files = files[:limit]
    return [reader(f) for f in files]


def eval_timeml(path: Path, options: Options, limit: int | None = None, **_: object) -> Metrics:
    return score(load(path, "timeml", limit), eventwire_predictor(options))


def eval_meantime(path: Path, options: Options, limit: int | None = None, **_: object) -> Metrics:
    return score(load(path, "meantime", limit), eventwire_predictor(options))


FORMATS = {"timeml": eval_timeml, "meantime": eval_meantime}
