"""``eventwire eval quotes --format polnear DIR``: attribution extraction scored on PolNeAR.

Layout of a split directory: ``text/NAME.txt`` and ``attributions/NAME_ANNOTATOR.ann`` (BRAT
standoff: ``Source``, ``Cue`` and ``Content`` text-bound spans, possibly discontinuous, joined by
``Attribution``/``Attribution-no-source`` events). An article annotated by several annotators is
scored against each annotation file; counts are summed over all (article, annotator) pairs (micro
average, so every gold attribution weighs the same) and the per-file F1 is also averaged
(``content_f1_file_avg``).

Matching: a predicted quote matches a gold attribution when the token Jaccard of their content
spans (token positions, all fragments of a discontinuous span) is ≥ 0.5; pairs are matched one to
one, best first. PolNeAR content spans include the quotation marks of a quotation they begin or end
with; a :class:`Quote` excludes them, so a predicted edge at a quotation's inner edge is moved to its
outer edge before scoring (:func:`from_quote`). ``source_accuracy``: share of matched quotes with a gold Source whose speaker
mention (the pronoun/description the text uses if the speaker was resolved, else the speaker
span) overlaps the gold Source span; ``cue_accuracy`` likewise for the cue.

Subsets: a gold attribution is ``direct`` when ≥ 90 % of its content words are inside quotation
marks, ``indirect`` otherwise (mixed included); predictions use their own ``kind`` (mixed counts as
indirect). For a subset: true positives are matches whose gold is in the subset, false negatives
the unmatched gold of the subset, false positives the unmatched predictions of the subset.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..document import ArticleInput
from ..errors import DataError
from ..options import Options
from ..pipeline import Pipeline
from ..quotes.marks import find_quoted_spans
from ..schema import Quote
from .metrics import PRF, greedy_match

Frag = tuple[int, int]
_TOKEN = re.compile(r"\w+|[^\w\s]", re.UNICODE)
_WORD = re.compile(r"\w+", re.UNICODE)
THRESHOLD = 0.5
STAGES = ("read", "parse", "actors", "quotes")


@dataclass
class GoldAttribution:
    content: list[Frag]
    source: list[Frag] = field(default_factory=list)
    cue: list[Frag] = field(default_factory=list)
    kind: str = "indirect"


@dataclass
class PredAttribution:
    content: list[Frag]
    source: list[Frag] = field(default_factory=list)
    cue: list[Frag] = field(default_factory=list)
    kind: str = "indirect"


@dataclass
class Article:
    name: str
    text: str
    published: str | None
    annotations: dict[str, list[GoldAttribution]]  # annotator → attributions


# -- reading ----------------------------------------------------------------------------------------
def _frags(spec: str) -> list[Frag]:
    out = []
    for part in spec.split(";"):
        a, b = part.split()
        out.append((int(a), int(b)))
    return out


def parse_ann(text: str, article: str) -> list[GoldAttribution]:
    """The attributions of one BRAT ``.ann`` file (``Discard``/``Discuss`` spans are ignored)."""
    spans: dict[str, list[Frag]] = {}
    events: list[dict[str, str]] = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if line.startswith("T") and len(cols) >= 2:
            label, _, spec = cols[1].partition(" ")
            try:
                spans[cols[0]] = _frags(spec)
            except ValueError:
                raise DataError(f"bad BRAT span line: {line[:80]!r}") from None
            del label
        elif line.startswith("E") and len(cols) >= 2:
            roles: dict[str, str] = {}
            for arg in cols[1].split():
                role, _, ref = arg.partition(":")
                roles[role] = ref
            events.append(roles)
    out = []
    for roles in events:
        content: list[Frag] = []
        for role, ref in roles.items():
            if role.startswith("Content") and ref in spans:
                content.extend(spans[ref])
        if not content:
            continue
        content.sort()
        out.append(
            GoldAttribution(
                content=content,
                source=spans.get(roles.get("Source", ""), []),
                cue=spans.get(roles.get("Cue", ""), []),
                kind=gold_kind(article, content),
            )
        )
    return out


def gold_kind(text: str, content: Sequence[Frag]) -> str:
    """``direct`` when at least 90 % of the content's words lie inside quotation marks."""
    quoted = [(q.outer_start, q.outer_end) for q in find_quoted_spans(text)]
    words = [m.start() for s, e in content for m in _WORD.finditer(text, s, e)]
    if not words:
        return "indirect"
    inside = sum(1 for w in words if any(a <= w < b for a, b in quoted))
    return "direct" if inside >= 0.9 * len(words) else "indirect"


def _metadata(root: Path) -> dict[str, str]:
    for cand in (root / "metadata.tsv", root.parent / "metadata.tsv"):
        if cand.exists():
            with cand.open(encoding="utf-8") as fh:
                return {
                    row["filename"]: row.get("publication_date") or ""
                    for row in csv.DictReader(fh, delimiter="\t")
                    if row.get("filename")
                }
    return {}


def read_polnear(path: Path, limit: int | None = None) -> Iterator[Article]:
    """Articles of a PolNeAR split directory, sorted by name, with every annotator's attributions."""
    text_dir, ann_dir = path / "text", path / "attributions"
    if not text_dir.is_dir() or not ann_dir.is_dir():
        raise DataError(f"{path} is not a PolNeAR split", hint="expected text/*.txt and attributions/*.ann")
    anns: dict[str, list[Path]] = {}
    for ann in sorted(ann_dir.glob("*.ann")):
        stem, _, _annotator = ann.stem.rpartition("_")
        anns.setdefault(stem, []).append(ann)
    dates = _metadata(path)
    n = 0
    for txt in sorted(text_dir.glob("*.txt")):
        if txt.stem not in anns:
            continue
        if limit is not None and n >= limit:
            return
        text = txt.read_text(encoding="utf-8")
        annotations = {
            ann.stem.rpartition("_")[2]: parse_ann(ann.read_text(encoding="utf-8"), text) for ann in anns[txt.stem]
        }
        date = dates.get(txt.stem) or None
        yield Article(txt.stem, text, date if date and date != "None" else None, annotations)
        n += 1


# -- scoring ----------------------------------------------------------------------------------------
def _positions(text: str, frags: Sequence[Frag]) -> frozenset[int]:
    return frozenset(m.start() for s, e in frags for m in _TOKEN.finditer(text, s, e))


def _overlap(a: Sequence[Frag], b: Sequence[Frag]) -> bool:
    return any(x[0] < y[1] and y[0] < x[1] for x in a for y in b)


@dataclass
class Tally:
    all: PRF = field(default_factory=PRF)
    direct: PRF = field(default_factory=PRF)
    indirect: PRF = field(default_factory=PRF)
    source: dict[str, list[int]] = field(default_factory=lambda: {"all": [0, 0], "direct": [0, 0], "indirect": [0, 0]})
    cue: dict[str, list[int]] = field(default_factory=lambda: {"all": [0, 0], "direct": [0, 0], "indirect": [0, 0]})
    file_f1: list[float] = field(default_factory=list)

    def subset(self, kind: str) -> PRF:
        return self.direct if kind == "direct" else self.indirect


def score_file(text: str, gold: Sequence[GoldAttribution], pred: Sequence[PredAttribution], tally: Tally) -> None:
    """Match one annotation file's attributions against the predictions and add to ``tally``."""
    gpos = [_positions(text, g.content) for g in gold]
    ppos = [_positions(text, p.content) for p in pred]

    def score(i: int, j: int) -> float:
        a, b = ppos[i], gpos[j]
        union = len(a | b)
        return len(a & b) / union if union else 0.0

    matches = greedy_match(range(len(pred)), range(len(gold)), score, THRESHOLD)
    file_prf = PRF(tp=len(matches), fp=len(pred) - len(matches), fn=len(gold) - len(matches))
    tally.all.add(file_prf)
    if gold or pred:
        tally.file_f1.append(file_prf.f1)
    matched_p = {i for i, _, _ in matches}
    matched_g = {j for _, j, _ in matches}
    for i, j, _ in matches:
        g, p = gold[j], pred[i]
        tally.subset(g.kind).tp += 1
        for key in ("all", g.kind):
            if g.source:
                tally.source[key][1] += 1
                tally.source[key][0] += int(bool(p.source) and _overlap(p.source, g.source))
            if g.cue:
                tally.cue[key][1] += 1
                tally.cue[key][0] += int(bool(p.cue) and _overlap(p.cue, g.cue))
    for j, g in enumerate(gold):
        if j not in matched_g:
            tally.subset(g.kind).fn += 1
    for i, p in enumerate(pred):
        if i not in matched_p:
            tally.subset(p.kind).fp += 1


def metrics(tally: Tally, prefix: str = "") -> dict[str, float | int]:
    out: dict[str, float | int] = {}

    def acc(pair: list[int]) -> float:
        return round(pair[0] / pair[1], 4) if pair[1] else 0.0

    for name, prf, key in (("", tally.all, "all"), ("direct_", tally.direct, "direct"), ("indirect_", tally.indirect, "indirect")):
        p = f"{prefix}{name}"
        out[f"{p}content_f1"] = round(prf.f1, 4)
        out[f"{p}content_precision"] = round(prf.precision, 4)
        out[f"{p}content_recall"] = round(prf.recall, 4)
        out[f"{p}tp"] = prf.tp
        out[f"{p}fp"] = prf.fp
        out[f"{p}fn"] = prf.fn
        out[f"{p}source_accuracy"] = acc(tally.source[key])
        out[f"{p}cue_accuracy"] = acc(tally.cue[key])
    out[f"{prefix}content_f1_file_avg"] = (
        round(sum(tally.file_f1) / len(tally.file_f1), 4) if tally.file_f1 else 0.0
    )
    return out


def scored_bounds(start: int, end: int, marks: Sequence[tuple[int, int, int, int]]) -> Frag:
    """Content bounds as PolNeAR marks them: an edge at a quotation's inner edge moves to its outer
    edge (``marks`` are ``(start, end, outer_start, outer_end)`` of the article's quotations)."""
    for inner_s, inner_e, outer_s, outer_e in marks:
        if inner_s == start:
            start = outer_s
        if inner_e == end:
            end = outer_e
    return start, end


def from_quote(q: Quote, marks: Sequence[tuple[int, int, int, int]] = ()) -> PredAttribution:
    """A predicted quote as scored: content span, speaker mention, cue.

    ``marks`` are the article's quotations as ``(start, end, outer_start, outer_end)``: PolNeAR's
    content spans include the quotation marks of a quotation they begin or end with, while a
    :class:`Quote` excludes them, so a content edge at a quotation's inner edge moves to its outer
    edge (a convention mapping only; the extracted words are the same)."""
    start, end = scored_bounds(q.start, q.end, marks)
    source: list[Frag] = []
    if q.speaker is not None:
        if q.speaker.resolved_from is not None:
            source = [(q.speaker.resolved_from.start, q.speaker.resolved_from.end)]
        elif q.speaker.start is not None and q.speaker.end is not None:
            source = [(q.speaker.start, q.speaker.end)]
    cue = [(q.cue.start, q.cue.end)] if q.cue is not None else []
    return PredAttribution([(start, end)], source, cue, "direct" if q.kind == "direct" else "indirect")


Predictor = Callable[[Sequence[Article]], Iterable[list[PredAttribution]]]


def pipeline_predictor(options: Options) -> Predictor:
    """Predictions of eventwire's own pipeline (read, parse, actors, quotes)."""
    stages = tuple(s for s in options.stages if s in STAGES) if "quotes" in options.stages else STAGES
    pipeline = Pipeline.from_options(options.replace(stages=stages))

    def predict(articles: Sequence[Article]) -> Iterable[list[PredAttribution]]:
        inputs = (ArticleInput(text=a.text, published=a.published, meta={"name": a.name}) for a in articles)
        for doc in pipeline.run_documents(inputs):
            if doc.error is not None:
                yield []
                continue
            marks = [(m.start, m.end, m.outer_start, m.outer_end) for m in find_quoted_spans(doc.analysis_text or "")]
            yield [from_quote(q, marks) for q in doc.quotes]

    return predict


def evaluate_articles(articles: Sequence[Article], predict: Predictor, prefix: str = "") -> dict[str, float | int]:
    tally = Tally()
    n_files = 0
    for art, pred in zip(articles, predict(articles), strict=True):
        for gold in art.annotations.values():
            score_file(art.text, gold, pred, tally)
            n_files += 1
    out = metrics(tally, prefix)
    out[f"{prefix}documents"] = len(articles)
    out[f"{prefix}annotation_files"] = n_files
    return out


def eval_polnear(path: Path, options: Options, limit: int | None = None, **_: object) -> dict[str, float | int]:
    articles = list(read_polnear(path, limit))
    if not articles:
        raise DataError(f"no annotated articles under {path}")
    return evaluate_articles(articles, pipeline_predictor(options))


FORMATS = {"polnear": eval_polnear}
