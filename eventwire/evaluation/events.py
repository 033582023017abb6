"""``eventwire eval events``: PLOVER / CAMEO / IPE / CASE 2021 scoring of the events stage.

Every format runs the same full pipeline (``Options.stages``) on the gold texts and reads its
output: events (type, actors, ACLED codes) and the per-sentence classifier scores the events
stage leaves in ``doc.slots.event_sentence_scores``.

Deterministic splits (the stored classifiers were trained on the train parts only):
- CAMEO pentaclass: a sentence is dev when ``sha1(sentence) % 5 == 0``. A file whose name contains
  "train" is scored on its dev part; any other file is scored whole (``split`` says which).
- IndiaPoliceEvents: a document is dev when ``sha1(doc_id) % 5 == 0``; same rule for "train"
  in the directory name is not needed: the directory is always scored on dev docs unless
  ``split="all"`` is passed.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..document import ArticleInput, Document
from ..errors import DataError
from ..events import compat
from ..events.cameo import OLD_NAMES, QUAD_INDEX, quad_class
from ..events.compat import case_label
from ..options import Options
from ..pipeline import get_pipeline
from ..schema import PLOVER_TYPES, Event
from . import Metrics
from .metrics import PRF, accuracy, label_prf, macro_f1, samples_f1
from .tuples import eval_tuples

IPE_LABELS: tuple[str, ...] = ("KILL", "ARREST", "FAIL", "FORCE", "ANY_ACTION")
CAMEO_LABELS: tuple[str, ...] = ("0", "1", "2", "3", "4")


def _dev_hash(key: str) -> bool:
    return int(hashlib.sha1(key.encode("utf-8")).hexdigest(), 16) % 5 == 0


# --------------------------------------------------------------------------------------------
# readers


@dataclass(frozen=True)
class CameoRow:
    text: str
    label: int
    dev: bool


def read_cameo_class(path: Path) -> list[CameoRow]:
    """``sentence<TAB>label`` rows (label 0-4)."""
    rows: list[CameoRow] = []
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            line = line.rstrip("\n")
            if not line.strip():
                continue
            text, sep, label = line.rpartition("\t")
            if not sep or not label.strip().isdigit():
                if n == 1:
                    continue  # header
                raise DataError(f"{path}:{n}: expected 'sentence<TAB>label'")
            rows.append(CameoRow(text=text, label=int(label), dev=_dev_hash(text)))
    return rows


@dataclass(frozen=True)
class IpeSentence:
    doc_id: int
    sent_id: int
    text: str
    labels: frozenset[str]


def ipe_split(doc_id: int) -> bool:
    """True when the IPE document belongs to the dev split."""
    return _dev_hash(str(doc_id))


def read_ipe(path: Path) -> list[IpeSentence]:
    sents = path / "sents.jsonl" if path.is_dir() else path
    if not sents.exists():
        raise DataError(f"no sents.jsonl in {path}")
    out = []
    with sents.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                r = json.loads(line)
                out.append(IpeSentence(int(r["doc_id"]), int(r["sent_id"]), r["sent_text"], frozenset(r["sent_labels"])))
    return out


def _ipe_docs(path: Path) -> dict[int, dict[str, Any]]:
    out: dict[int, dict[str, Any]] = {}
    docs = path / "docs.jsonl"
    meta = path / "metadata.jsonl"
    if docs.exists():
        for line in docs.open(encoding="utf-8"):
            if line.strip():
                r = json.loads(line)
                out[int(r["doc_id"])] = {"text": r["doc_text"]}
    if meta.exists():
        for line in meta.open(encoding="utf-8"):
            if line.strip():
                r = json.loads(line)
                out.setdefault(int(r["doc_id"]), {})["date"] = r.get("date")
    return out


@dataclass(frozen=True)
class CaseRow:
    id: str
    text: str
    label: str


def read_case2021(path: Path) -> list[CaseRow]:
    """``id<TAB>EventSnippet<TAB>SubType`` rows; a header row is skipped."""
    rows: list[CaseRow] = []
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            line = line.rstrip("\n")
            if not line.strip():
                continue
            parts = line.split("\t")
            if len(parts) < 3:
                raise DataError(f"{path}:{n}: expected 'id<TAB>snippet<TAB>SubType'")
            if n == 1 and parts[2].strip().lower() in ("subtype", "label", "sub_type", "type"):
                continue
            rows.append(CaseRow(parts[0].strip(), "\t".join(parts[1:-1]).strip(), parts[-1].strip()))
    return rows


# --------------------------------------------------------------------------------------------
# running the pipeline


def _run(options: Options, inputs: Sequence[ArticleInput]) -> Iterator[Document]:
    return get_pipeline(options).run_documents(inputs)


def _depth(d: Document | None, e: Event) -> int:
    """Dependency depth of the event's trigger (0 = the sentence root): the main clause's event wins."""
    if d is None or d.doc is None or e.trigger is None:
        return 0
    span = d.doc.char_span(e.trigger.start, e.trigger.end, alignment_mode="expand")
    if span is None:
        return 0
    return sum(1 for _ in span.root.ancestors)


def top_event(events: Sequence[Event], types: Iterable[str] | None = None, doc: Document | None = None) -> Event | None:
    """The sentence's main event: reported events before hypothetical or denied ones, then the
    shallowest trigger in the parse (with ``doc``), then the most confident."""
    allowed = set(types) if types is not None else None
    cands = [e for e in events if allowed is None or e.type in allowed]
    if not cands:
        return None
    rank = {"asserted": 0, "claimed": 0, "disputed": 0, "historical": 0, "future": 1, "hypothetical": 2, "denied": 3}
    return min(
        cands,
        key=lambda e: (rank.get(e.status, 1), min(_depth(doc, e), 3), -e.confidence, e.trigger.start if e.trigger else 0),
    )


def _sentence_scores(d: Document, head: str, start: int = 0, end: int | None = None) -> dict[str, float] | None:
    """Per-label maxima (multilabel) or sums (multiclass) of the events stage's sentence scores
    over the spaCy sentences overlapping ``[start, end)``."""
    table: dict[int, dict[str, dict[str, float]]] = d.slots.event_sentence_scores
    end = len(d.text) if end is None else end
    acc: dict[str, float] | None = None
    for s_start, heads in table.items():
        if s_start < start or s_start >= end or head not in heads:
            continue
        scores = heads[head]
        if acc is None:
            acc = dict(scores)
        elif head == "quad":
            acc = {k: acc[k] + v for k, v in scores.items()}
        else:
            acc = {k: max(acc[k], v) for k, v in scores.items()}
    return acc


# --------------------------------------------------------------------------------------------
# cameo-class


def eval_cameo_class(path: Path, options: Options, limit: int | None = None, split: str = "auto", **_: Any) -> Metrics:
    rows = read_cameo_class(path)
    use_dev = split == "dev" or (split == "auto" and "train" in path.name)
    if use_dev:
        rows = [r for r in rows if r.dev]
    if limit:
        rows = rows[:limit]
    gold, pred, pred_lex = [], [], []
    errors = 0
    docs = _run(options, [ArticleInput(text=r.text) for r in rows])
    for row, d in zip(rows, docs, strict=True):
        gold.append(str(row.label))
        if d.error is not None:
            errors += 1
            pred.append("0")
            pred_lex.append("0")
            continue
        scores = _sentence_scores(d, "quad")
        pred.append(max(scores, key=lambda k: scores[k]) if scores else "0")
        top = top_event(d.events, doc=d)
        q = quad_class(top.type) if top is not None and top.status not in ("hypothetical", "denied") else None
        pred_lex.append(str(QUAD_INDEX[q]) if q else "0")
    out: Metrics = {
        "split": "dev (sha1(sentence) % 5 == 0)" if use_dev else "all",
        "n": len(gold),
        "macro_f1": round(macro_f1(gold, pred, CAMEO_LABELS), 4),
        "accuracy": round(accuracy(gold, pred), 4),
        "lexicon_only_macro_f1": round(macro_f1(gold, pred_lex, CAMEO_LABELS), 4),
        "lexicon_only_accuracy": round(accuracy(gold, pred_lex), 4),
        "errors": errors,
    }
    for lab, prf in label_prf(gold, pred, CAMEO_LABELS).items():
        out[f"class{lab}_f1"] = round(prf.f1, 4)
    return out


# --------------------------------------------------------------------------------------------
# ipe


def _is_police(actor_name: str, sector: str | None, police_nouns: frozenset[str]) -> bool:
    if sector and sector.upper() in ("COP", "POLICE"):
        return True
    words = {w.strip(".,;:'\"").lower() for w in actor_name.split()}
    return bool(words & police_nouns)


_DEATH = re.compile(r"\b(?:kill(?:ed|ing|s)?|died|dead|deaths?|perish(?:ed)?|lost (?:their|his|her) li(?:fe|ves)|toll|bodies)\b")
# CAMEO codes of physical force: firearms (19x), beating (182), violent repression / tear gas (175).
_FORCE_CODES = ("19", "182", "175", "1823")
_INACTIVE = ("denied", "hypothetical", "future")


def ipe_labels_from_events(events: Sequence[Event], police_nouns: frozenset[str], sentence: str = "") -> set[str]:
    """IPE question answers read off the events of one sentence.

    ANY_ACTION / ARREST / FORCE: an event whose actor is the police (arrest mode → ARREST; assault →
    FORCE). A use of force (firearms, beating, tear gas) in a sentence that names the police counts
    as police force even when the parse did not attach the police as its actor ("97 died in police
    firing", "fired in the air, police said"); with deaths in the sentence it is also KILL.
    """
    labels: set[str] = set()
    low = sentence.lower()
    words = set(re.findall(r"[a-z][a-z\-]*", low))
    police_named = bool(words & police_nouns)
    deaths = bool(_DEATH.search(low))
    for e in events:
        if e.status in _INACTIVE:
            continue
        by_police = any(_is_police(a.name, a.sector, police_nouns) for a in e.actors)
        force = e.type == "ASSAULT" and (e.cameo or "").startswith(_FORCE_CODES)
        if by_police:
            labels.add("ANY_ACTION")
            if e.type == "COERCE" and "arrest" in e.mode:
                labels.add("ARREST")
            if e.type == "ASSAULT":
                labels.add("FORCE")
        if force and (by_police or police_named):
            labels |= {"FORCE", "ANY_ACTION"}
            if deaths or (e.counts and e.counts.fatalities):
                labels.add("KILL")
    return labels


def _align(doc_text: str, sents: Sequence[IpeSentence]) -> list[tuple[int, int] | None]:
    out: list[tuple[int, int] | None] = []
    cursor = 0
    for s in sents:
        needle = s.text.strip()
        i = doc_text.find(needle, cursor) if needle else -1
        if i < 0 and needle:
            i = doc_text.find(needle[:40], cursor)
        if i < 0:
            out.append(None)
            continue
        out.append((i, i + len(needle)))
        cursor = i + len(needle)
    return out


def eval_ipe(path: Path, options: Options, limit: int | None = None, split: str = "dev", **_: Any) -> Metrics:
    from ..events.classifier import load_model
    from ..events.lexicon import lexicon

    sents = read_ipe(path)
    docs_meta = _ipe_docs(path) if path.is_dir() else {}
    by_doc: dict[int, list[IpeSentence]] = {}
    for s in sents:
        if split == "all" or (split == "train") != ipe_split(s.doc_id):
            by_doc.setdefault(s.doc_id, []).append(s)
    doc_ids = sorted(by_doc)
    if limit:
        doc_ids = doc_ids[:limit]
    police_nouns = lexicon().police_nouns
    model = load_model("police")
    thresholds = dict(zip(model.labels, model.thresholds, strict=True)) if model else {}
    inputs = []
    for did in doc_ids:
        text = docs_meta.get(did, {}).get("text") or " ".join(s.text for s in by_doc[did])
        inputs.append(ArticleInput(text=text, published=docs_meta.get(did, {}).get("date")))
    gold: list[set[str]] = []
    pred: list[set[str]] = []
    pred_clf: list[set[str]] = []
    pred_ev: list[set[str]] = []
    unaligned = errors = 0
    for did, d in zip(doc_ids, _run(options, inputs), strict=True):
        spans = _align(d.text, by_doc[did])
        for s, span in zip(by_doc[did], spans, strict=True):
            gold.append(set(s.labels))
            if d.error is not None or span is None:
                errors += d.error is not None
                unaligned += span is None
                pred.append(set())
                pred_clf.append(set())
                pred_ev.append(set())
                continue
            scores = _sentence_scores(d, "police", span[0], span[1]) or {}
            clf = {lab for lab, p in scores.items() if p >= thresholds.get(lab, 0.5)}
            in_sent = [e for e in d.events if e.trigger is not None and span[0] <= e.trigger.start < span[1]]
            ev = ipe_labels_from_events(in_sent, police_nouns, d.text[span[0] : span[1]])
            both = clf | ev
            if both & {"KILL", "ARREST", "FORCE"}:
                both.add("ANY_ACTION")
            pred.append(both)
            pred_clf.append(clf)
            pred_ev.append(ev)
    split_name = {"all": "all", "train": "train docs (sha1(doc_id) % 5 != 0)"}.get(split, "dev docs (sha1(doc_id) % 5 == 0)")
    out: Metrics = {"split": split_name, "documents": len(doc_ids),
                    "n": len(gold), "unaligned": unaligned, "errors": errors}
    f1s = []
    for lab in IPE_LABELS:
        prf = PRF()
        for g, p in zip(gold, pred, strict=True):
            if lab in p and lab in g:
                prf.tp += 1
            elif lab in p:
                prf.fp += 1
            elif lab in g:
                prf.fn += 1
        out[f"{lab}_precision"] = round(prf.precision, 4)
        out[f"{lab}_recall"] = round(prf.recall, 4)
        out[f"{lab}_f1"] = round(prf.f1, 4)
        out[f"{lab}_support"] = prf.tp + prf.fn
        f1s.append(prf.f1)
    out["macro_f1"] = round(sum(f1s) / len(f1s), 4)
    out["samples_f1"] = round(samples_f1(gold, pred), 4)
    for name, variant in (("classifier_only", pred_clf), ("events_only", pred_ev)):
        labs_f1 = []
        for lab in IPE_LABELS:
            prf = PRF()
            for g, q in zip(gold, variant, strict=True):
                prf.tp += lab in q and lab in g
                prf.fp += lab in q and lab not in g
                prf.fn += lab in g and lab not in q
            labs_f1.append(prf.f1)
        out[f"{name}_macro_f1"] = round(sum(labs_f1) / len(labs_f1), 4)
    return out


# --------------------------------------------------------------------------------------------
# plover-gsr


def _codes(actors: Iterable[Any]) -> set[str]:
    out = set()
    for a in actors:
        if isinstance(a, dict):
            code = a.get("code")
            if code:
                out.add(str(code).upper())
        else:
            code = a.country or a.sector
            if code:
                out.add(code.upper())
    return out


def _gold_actors(value: Any) -> list[dict[str, Any]]:
    if isinstance(value, list):
        return [v for v in value if isinstance(v, dict)]
    if isinstance(value, dict):
        return [value]
    return []


def eval_plover_gsr(path: Path, options: Options, limit: int | None = None, **_: Any) -> Metrics:
    data = json.loads(path.read_text(encoding="utf-8"))
    records = [r for r in data if r.get("text") and OLD_NAMES.get(r.get("event", ""), r.get("event")) in PLOVER_TYPES]
    if limit:
        records = records[:limit]
    inputs = [ArticleInput(text=r["text"], published=r.get("date")) for r in records]
    n = correct = any_correct = none = 0
    src, tgt = PRF(), PRF()
    gold_types: list[str] = []
    pred_types: list[str] = []
    for r, d in zip(records, _run(options, inputs), strict=True):
        gold_type = OLD_NAMES.get(r["event"], r["event"])
        n += 1
        events = d.events if d.error is None else []
        top = top_event(events, doc=d)
        pred_type = top.type if top is not None else "NONE"
        gold_types.append(gold_type)
        pred_types.append(pred_type)
        none += top is None
        correct += pred_type == gold_type
        any_correct += any(e.type == gold_type for e in events)
        match = top_event(events, [gold_type], doc=d) or top
        for prf, gold_list, pred_list in (
            (src, _gold_actors(r.get("source")), match.actors if match else []),
            (tgt, _gold_actors(r.get("target")), match.recipients if match else []),
        ):
            g, p = _codes(gold_list), _codes(pred_list)
            prf.tp += len(g & p)
            prf.fp += len(p - g)
            prf.fn += len(g - p)
    return {
        "n": n,
        "type_accuracy": round(correct / n, 4) if n else 0.0,
        "type_any_accuracy": round(any_correct / n, 4) if n else 0.0,
        "type_macro_f1": round(macro_f1(gold_types, pred_types, sorted(set(gold_types))), 4),
        "no_event": none,
        "actor_code_precision": round(src.precision, 4),
        "actor_code_recall": round(src.recall, 4),
        "actor_code_f1": round(src.f1, 4),
        "recipient_code_precision": round(tgt.precision, 4),
        "recipient_code_recall": round(tgt.recall, 4),
        "recipient_code_f1": round(tgt.f1, 4),
    }


# --------------------------------------------------------------------------------------------
# case2021


_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")


def case_prediction(events: Sequence[Event], doc: Document | None = None) -> str:
    """The CASE 2021 label of a snippet: a label its words give whatever its events (a claim of
    responsibility, organised crime), else its top event's, else a disaster its words name, else
    OTHER (the cue lists are in ``eventwire/data/events/acled.json``)."""
    words = compat.cue_words(_WORD.findall(doc.text)) if doc is not None else frozenset()
    override = compat.case_override(words)
    if override is not None:
        return override
    top = top_event([e for e in events if e.acled is not None], doc=doc) or top_event(events, doc=doc)
    label = case_label(top.acled, top.type) if top is not None else "OTHER"
    if label in ("OTHER", "DIPLO") or (top is not None and not top.actors):
        return compat.case_without_event(words) or label
    return label


def eval_case2021(path: Path, options: Options, limit: int | None = None, **_: Any) -> Metrics:
    rows = read_case2021(path)
    if limit:
        rows = rows[:limit]
    gold, pred = [], []
    for row, d in zip(rows, _run(options, [ArticleInput(text=r.text) for r in rows]), strict=True):
        gold.append(row.label)
        pred.append(case_prediction(d.events, d) if d.error is None else "OTHER")
    return {
        "n": len(gold),
        "macro_f1": round(macro_f1(gold, pred), 4),
        "accuracy": round(accuracy(gold, pred), 4),
    }


FORMATS: dict[str, Any] = {
    "cameo-class": eval_cameo_class,
    "plover-gsr": eval_plover_gsr,
    "ipe": eval_ipe,
    "case2021": eval_case2021,
    "tuples": eval_tuples,
}

try:  # the actors engineer's cameo-spans (actor span) evaluation
    from .actors import FORMATS as ACTOR_FORMATS
except ImportError:  # pragma: no cover - until that module exists
    ACTOR_FORMATS = {}
FORMATS.update({k: v for k, v in ACTOR_FORMATS.items() if k not in FORMATS})
