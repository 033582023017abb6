"""``eventwire eval events --format tuples DIR``: whole-event ("tuple") scoring.

Implements the gold format and the matching rules of ``shared/data/events/tuples/README.md``: one JSON
file per article, gold events with acceptable PLOVER types, an evidence phrase (``/``-separated
alternatives), and optional actor / recipient keywords, place (lat, lon, km), date prefixes and statuses.

A predicted event matches a gold event when all hold:

- its type is one of the gold ``types``;
- for one evidence alternative, at least 60 % of its content words occur in the predicted event's
  evidence sentence;
- ``actor`` / ``recipient`` (when present): one keyword is a lower-case substring of one predicted name;
- ``place`` (when present): the predicted place is within ``km`` of (lat, lon);
- ``date`` (when present): the predicted date value starts with one of the prefixes;
- ``status`` (when present): the predicted status is in the list.

Figures (all over the whole folder): core recall, recall, precision (one-to-one), type precision,
duplicate rate, ``not_events`` coded as fact, and per-field failures for gold events whose type and
evidence were found. ``source`` (according to whom) is reported as a diagnostic; it is not part of a match.

The ``article`` key is a path relative to the gold file, or a corpus reference resolved against the
shared data folder (``EVENTWIRE_SHARED``, else ``../shared`` beside the checkout or the current folder):
``polnear:dev/NAME``, ``lgl:DOCID``, ``tr-news:DOCID``, ``geovirus:N`` (0-based), ``ipe:DOC_ID``.
"""

from __future__ import annotations

import csv
import json
import os
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..document import ArticleInput
from ..errors import DataError
from ..geo import haversine_km
from ..options import Options
from ..pipeline import get_pipeline
from ..schema import PLOVER_TYPES, Event
from . import Metrics

STOP_WORDS = frozenset("the a an of to in and for that had be been was were they he his".split())
EVIDENCE_SHARE = 0.6
FIELDS = ("actor", "recipient", "place", "date", "status")


def content_words(text: str) -> list[str]:
    """Lower-case alphanumeric tokens minus the README's short stop list."""
    return [w for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in STOP_WORDS]


# --------------------------------------------------------------------------------------------
# gold files


@dataclass
class GoldEvent:
    id: str
    types: list[str]
    evidence: list[list[str]]
    core: bool = False
    actor: list[str] | None = None
    recipient: list[str] | None = None
    place: tuple[float, float, float] | None = None
    date: list[str] | None = None
    status: list[str] | None = None
    source: list[str] | None = None


@dataclass
class NotEvent:
    types: list[str]
    evidence: list[list[str]]
    status_not: list[str] | None = None
    actor_not: list[str] | None = None


@dataclass
class GoldArticle:
    path: Path
    article: str
    text: str
    published: str | None
    events: list[GoldEvent] = field(default_factory=list)
    not_events: list[NotEvent] = field(default_factory=list)


def _keywords(value: Any, where: str) -> list[str] | None:
    if value is None:
        return None
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise DataError(f"{where}: expected a list of strings")
    return [v.lower() for v in value]


def _types(value: Any, where: str) -> list[str]:
    types = _keywords(value, where) or []
    upper = [t.upper() for t in types]
    bad = [t for t in upper if t not in PLOVER_TYPES]
    if not upper or bad:
        raise DataError(f"{where}: types must be PLOVER types, got {value!r}")
    return upper


def _evidence(value: Any, where: str) -> list[list[str]]:
    if not isinstance(value, str) or not value.strip():
        raise DataError(f"{where}: evidence must be a non-empty string")
    alts = [content_words(a) for a in value.split(" / ")]
    return [a for a in alts if a] or [content_words(value)]


def _place(value: Any, where: str) -> tuple[float, float, float] | None:
    if value is None:
        return None
    try:
        return float(value["lat"]), float(value["lon"]), float(value.get("km", 50))
    except (TypeError, KeyError, ValueError):
        raise DataError(f"{where}: place must be {{lat, lon, km}}") from None


def parse_gold(obj: dict[str, Any], where: str) -> tuple[list[GoldEvent], list[NotEvent]]:
    events: list[GoldEvent] = []
    for n, ev in enumerate(obj.get("events") or []):
        w = f"{where}: events[{n}]"
        events.append(
            GoldEvent(
                id=str(ev.get("id", f"E{n}")),
                types=_types(ev.get("types"), w),
                evidence=_evidence(ev.get("evidence"), w),
                core=bool(ev.get("core", False)),
                actor=_keywords(ev.get("actor"), w),
                recipient=_keywords(ev.get("recipient"), w),
                place=_place(ev.get("place"), w),
                date=_keywords(ev.get("date"), w),
                status=_keywords(ev.get("status"), w),
                source=_keywords(ev.get("source"), w),
            )
        )
    nots: list[NotEvent] = []
    for n, ne in enumerate(obj.get("not_events") or []):
        w = f"{where}: not_events[{n}]"
        nots.append(
            NotEvent(
                types=_types(ne.get("types"), w),
                evidence=_evidence(ne.get("evidence"), w),
                status_not=_keywords(ne.get("status_not"), w),
                actor_not=_keywords(ne.get("actor_not"), w),
            )
        )
    return events, nots


# --------------------------------------------------------------------------------------------
# corpus references


def shared_root() -> Path:
    env = os.environ.get("EVENTWIRE_SHARED")
    if env:
        return Path(env)
    here = Path(__file__).resolve()
    for base in (Path.cwd(), *here.parents):
        cand = base.parent / "shared"
        if (cand / "data").is_dir():
            return cand
    return Path.cwd().parent / "shared"


def _need(path: Path) -> Path:
    if not path.exists():
        raise DataError(f"corpus file not found: {path} (set EVENTWIRE_SHARED to the shared data folder)")
    return path


@lru_cache(maxsize=8)
def _xml_articles(path: str) -> list[ET.Element]:
    return list(ET.parse(path).getroot().iter("article"))


def _xml_text(path: Path, key: str, by_index: bool) -> tuple[str, str | None]:
    arts = _xml_articles(str(_need(path)))
    if by_index:
        if not key.isdigit() or int(key) >= len(arts):
            raise DataError(f"{path}: no article number {key}")
        art = arts[int(key)]
    else:
        found = next((a for a in arts if a.get("docid") == key), None)
        if found is None:
            raise DataError(f"{path}: no article with docid {key}")
        art = found
    text = art.findtext("text") or ""
    dl = (art.findtext("dltime") or "").strip()
    return text, (dl[:10] if re.match(r"\d{4}-\d{2}-\d{2}", dl) else None)


@lru_cache(maxsize=2)
def _jsonl_index(path: str, key: str) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                obj = json.loads(line)
                out[str(obj.get(key))] = obj
    return out


@lru_cache(maxsize=1)
def _polnear_dates(path: str) -> dict[str, str]:
    with open(path, encoding="utf-8", newline="") as fh:
        return {r["filename"]: r["publication_date"] for r in csv.DictReader(fh, delimiter="\t")}


def resolve_article(ref: str, gold_file: Path) -> tuple[str, str | None]:
    """The text (and a publication date, where the corpus has one) of a gold file's ``article``."""
    corpus, sep, key = ref.partition(":")
    data = shared_root() / "data"
    if sep and corpus == "polnear":
        split, _, name = key.partition("/")
        text = _need(data / "quotes" / "polnear" / split / "text" / f"{name}.txt").read_text(encoding="utf-8")
        meta = data / "quotes" / "polnear" / "metadata.tsv"
        return text, (_polnear_dates(str(meta)).get(name) if meta.exists() else None)
    if sep and corpus in ("lgl", "tr-news"):
        return _xml_text(data / "places" / f"{corpus}.xml", key, by_index=False)
    if sep and corpus == "geovirus":
        return _xml_text(data / "places" / "geovirus.xml", key, by_index=True)
    if sep and corpus == "ipe":
        docs = _jsonl_index(str(_need(data / "events" / "ipe" / "docs.jsonl")), "doc_id")
        if key not in docs:
            raise DataError(f"ipe: no document {key}")
        meta_path = data / "events" / "ipe" / "metadata.jsonl"
        ipe_meta = _jsonl_index(str(meta_path), "doc_id") if meta_path.exists() else {}
        return str(docs[key]["doc_text"]), ipe_meta.get(key, {}).get("date")
    path = (gold_file.parent / ref).resolve()
    return _need(path).read_text(encoding="utf-8"), None


def _published(obj: dict[str, Any], where: Path) -> str | None:
    """The gold file's own publication date: absent, or a full YYYY-MM-DD (the README's format)."""
    value = obj.get("published")
    if value is None:
        return None
    if not isinstance(value, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        raise DataError(f"{where}: 'published' must be YYYY-MM-DD or absent, not {value!r}")
    return value


def read_gold(path: Path) -> list[GoldArticle]:
    files = sorted(path.rglob("*.json")) if path.is_dir() else [path]
    out: list[GoldArticle] = []
    for f in files:
        try:
            obj = json.loads(f.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise DataError(f"{f}: not a JSON gold file ({exc})") from None
        if not isinstance(obj, dict) or "article" not in obj:
            continue
        text, published = resolve_article(str(obj["article"]), f)
        events, nots = parse_gold(obj, str(f))
        out.append(GoldArticle(f, str(obj["article"]), text, _published(obj, f) or published, events, nots))
    if not out:
        raise DataError(f"no tuple gold files under {path}")
    return out


# --------------------------------------------------------------------------------------------
# matching


def evidence_matches(alternatives: Sequence[Sequence[str]], sentence: str) -> bool:
    words = set(content_words(sentence))
    return any(alt and sum(w in words for w in alt) >= EVIDENCE_SHARE * len(alt) for alt in alternatives)


def _names_match(keywords: Iterable[str], names: Iterable[str]) -> bool:
    lowered = [n.lower() for n in names]
    return any(k in n for k in keywords for n in lowered)


def field_checks(g: GoldEvent, e: Event) -> dict[str, bool]:
    """Each gold-determined field: does the prediction satisfy it?"""
    out: dict[str, bool] = {}
    if g.actor is not None:
        out["actor"] = _names_match(g.actor, (a.name for a in e.actors))
    if g.recipient is not None:
        out["recipient"] = _names_match(g.recipient, (a.name for a in e.recipients))
    if g.place is not None:
        lat, lon, km = g.place
        p = e.place
        out["place"] = bool(p and p.lat is not None and p.lon is not None and haversine_km(lat, lon, p.lat, p.lon) <= km)
    if g.date is not None:
        out["date"] = bool(e.date and any(e.date.value.lower().startswith(d) for d in g.date))
    if g.status is not None:
        out["status"] = e.status in g.status
    return out


def source_matches(g: GoldEvent, e: Event) -> bool | None:
    if g.source is None:
        return None
    return bool(e.source and _names_match(g.source, [e.source.name]))


def _max_matching(edges: Sequence[Sequence[int]], n_right: int) -> dict[int, int]:
    """Maximum bipartite matching (augmenting paths): left index -> right index."""
    owner: dict[int, int] = {}

    def augment(u: int, seen: set[int]) -> bool:
        for v in edges[u]:
            if v in seen:
                continue
            seen.add(v)
            if v not in owner or augment(owner[v], seen):
                owner[v] = u
                return True
        return False

    for u in range(len(edges)):
        augment(u, set())
    return {u: v for v, u in owner.items()}


@dataclass
class ArticleScore:
    n_pred: int = 0
    n_gold: int = 0
    n_core: int = 0
    matched: int = 0
    core_matched: int = 0
    type_ok: int = 0
    duplicates: int = 0
    duplicate_of: dict[int, list[str]] = field(default_factory=dict)
    not_events_as_fact: int = 0
    found: int = 0
    fails: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    source_checked: int = 0
    source_fail: int = 0
    lines: list[str] = field(default_factory=list)


def _actor_names(e: Event) -> str:
    who = ", ".join(a.name for a in e.actors) or "-"
    whom = ", ".join(a.name for a in e.recipients) or "-"
    return f"{who} -> {whom}"


def _describe(e: Event) -> str:
    place = e.place.name if e.place else "-"
    date = e.date.value if e.date else "-"
    src = e.source.name if e.source else "-"
    return f"{e.type} [{_actor_names(e)}] at {place} on {date} ({e.status}; per {src})"


def _type_evidence(gold: GoldArticle, events: Sequence[Event], sents: Sequence[str]) -> list[list[int]]:
    """For each predicted event, the gold events of its type whose evidence its sentence matches."""
    return [
        [j for j, g in enumerate(gold.events) if e.type in g.types and evidence_matches(g.evidence, sents[i])]
        for i, e in enumerate(events)
    ]


def _score_matching(s: ArticleScore, gold: GoldArticle, events: Sequence[Event], type_ev: list[list[int]]) -> set[int]:
    """Match predictions to gold one to one (all fields right: ``matched``; type and evidence only:
    ``duplicates`` are the type matches left over); returns the matched gold indexes."""
    full = [[j for j in type_ev[i] if all(field_checks(gold.events[j], e).values())] for i, e in enumerate(events)]
    pairs = _max_matching(full, len(gold.events))
    matched_gold = set(pairs.values())
    s.matched = len(pairs)
    s.core_matched = sum(1 for j in matched_gold if gold.events[j].core)
    s.type_ok = sum(1 for t in type_ev if t)
    loose = _max_matching(type_ev, len(gold.events))
    s.duplicates = sum(1 for i, t in enumerate(type_ev) if t and i not in loose)
    s.duplicate_of = {i: [gold.events[j].id for j in t] for i, t in enumerate(type_ev) if t and i not in loose}
    return matched_gold


def _codes_not_event(ne: NotEvent, e: Event, sentence: str) -> bool:
    """Whether ``e`` codes the not-event ``ne`` as fact (its type, evidence and the wrong status or actor)."""
    if e.type not in ne.types or not evidence_matches(ne.evidence, sentence):
        return False
    by_status = ne.status_not is not None and e.status in ne.status_not
    by_actor = ne.actor_not is not None and _names_match(ne.actor_not, (a.name for a in e.actors))
    return by_status or by_actor or (ne.status_not is None and ne.actor_not is None)


def _score_not_events(s: ArticleScore, gold: GoldArticle, events: Sequence[Event], sents: Sequence[str]) -> None:
    for i, e in enumerate(events):
        if any(_codes_not_event(ne, e, sents[i]) for ne in gold.not_events):
            s.not_events_as_fact += 1
            s.lines.append(f"  NOT-EVENT coded: {_describe(e)}")


def _score_gold_event(
    s: ArticleScore, j: int, g: GoldEvent, events: Sequence[Event], type_ev: list[list[int]], matched_gold: set[int]
) -> None:
    """Field failures, source check and the report line of gold event ``j``."""
    cands = [i for i in range(len(events)) if j in type_ev[i]]
    tag = "core " if g.core else ""
    if not cands:
        s.lines.append(f"  MISSED {tag}{g.id} {'/'.join(g.types)}")
        return
    s.found += 1
    checks = [field_checks(g, events[i]) for i in cands]
    failed = [f for f in FIELDS if any(f in c for c in checks) and not any(c.get(f, True) for c in checks)]
    for f in failed:
        s.fails[f] += 1
    src = [source_matches(g, events[i]) for i in cands]
    if src[0] is not None:
        s.source_checked += 1
        s.source_fail += not any(src)
    state = "OK" if j in matched_gold else ("FIELDS " + ",".join(failed) if failed else "TAKEN (its match serves another)")
    s.lines.append(f"  {state} {tag}{g.id}: {_describe(events[cands[0]])}")


def score_article(gold: GoldArticle, events: Sequence[Event], sentence_of: Callable[[Event], str]) -> ArticleScore:
    s = ArticleScore(n_pred=len(events), n_gold=len(gold.events), n_core=sum(g.core for g in gold.events))
    sents = [sentence_of(e) for e in events]
    type_ev = _type_evidence(gold, events, sents)
    matched_gold = _score_matching(s, gold, events, type_ev)
    _score_not_events(s, gold, events, sents)
    for j, g in enumerate(gold.events):
        _score_gold_event(s, j, g, events, type_ev, matched_gold)
    for i, e in enumerate(events):
        if not type_ev[i]:
            s.lines.append(f"  EXTRA {_describe(e)} :: {sents[i][:100]!r}")
        elif i in s.duplicate_of:
            s.lines.append(f"  DUPLICATE of {'/'.join(s.duplicate_of[i])}: {_describe(e)} :: {sents[i][:100]!r}")
    return s


def _ratio(a: int, b: int) -> float:
    return round(a / b, 4) if b else 0.0


def summarize(scores: Sequence[ArticleScore]) -> Metrics:
    def tot(name: str) -> int:
        return sum(getattr(s, name) for s in scores)

    n_pred = tot("n_pred")
    out: Metrics = {
        "articles": len(scores),
        "gold_events": tot("n_gold"),
        "core_events": tot("n_core"),
        "predicted_events": n_pred,
        "events_per_article": round(n_pred / len(scores), 2) if scores else 0.0,
        "core_recall": _ratio(tot("core_matched"), tot("n_core")),
        "recall": _ratio(tot("matched"), tot("n_gold")),
        "precision": _ratio(tot("matched"), n_pred),
        "type_precision": _ratio(tot("type_ok"), n_pred),
        "duplicate_rate": _ratio(tot("duplicates"), n_pred),
        "not_events_as_fact": tot("not_events_as_fact"),
        "found_type_evidence": tot("found"),
        "source_fail": tot("source_fail"),
        "source_checked": tot("source_checked"),
    }
    for f in FIELDS:
        out[f"fail_{f}"] = sum(s.fails[f] for s in scores)
    return out


def run_tuples(path: Path, options: Options, limit: int | None = None) -> tuple[Metrics, list[str]]:
    """Score a folder (or one file) of tuple gold; also returns a per-article report."""
    golds = read_gold(path)
    if limit:
        golds = golds[:limit]
    inputs = [ArticleInput(text=g.text, published=g.published) for g in golds]
    scores: list[ArticleScore] = []
    report: list[str] = []
    for g, d in zip(golds, get_pipeline(options).run_documents(inputs), strict=True):
        if d.error is not None:
            raise DataError(f"{g.path}: extraction failed: {d.error}")
        sentence_of = _sentence_finder(d.text)
        s = score_article(g, d.events, sentence_of)
        scores.append(s)
        report.append(f"{g.path.name} ({g.article}): {s.matched}/{s.n_gold} matched, {s.n_pred} predicted")
        report.extend(s.lines)
    return summarize(scores), report


def _sentence_finder(text: str) -> Callable[[Event], str]:
    def sentence_of(e: Event) -> str:
        return text[e.evidence.start : e.evidence.end]

    return sentence_of


def eval_tuples(path: Path, options: Options, limit: int | None = None, **kw: Any) -> Metrics:
    metrics, report = run_tuples(path, options, limit)
    out = kw.get("report")
    if out:
        Path(str(out)).write_text("\n".join(report) + "\n", encoding="utf-8")
    return metrics
