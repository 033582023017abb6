"""``eventwire eval places``: toponym recognition and resolution on LGL, TR-News and GeoVirus.

Metrics (flat): ``recognition_precision/recall/f1`` (one-to-one span overlap), ``acc161`` (share of
gold toponyms whose recognised mention resolves within 161 km; unrecognised ones are misses),
``auc`` and ``median_km`` over the same errors (misses count 20039 km, Gritta et al. 2018), and with
``gold_spans=True`` the same for resolving the gold spans: ``acc161_gold_spans``,
``auc_gold_spans``, ``median_km_gold_spans``.

LGL and TR-News have no official split: ``<format>-dev`` is every fifth article (index % 5 == 0),
``<format>-train`` the rest (used for tuning); the plain format name scores every article.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from ..document import ArticleInput, Document
from ..errors import DataError
from ..gazetteer import open_gazetteer
from ..gazetteer.recognize import mentions_for_spans
from ..gazetteer.resolve import resolve
from ..geo import haversine_km
from ..options import Options
from ..pipeline import Pipeline
from .metrics import PRF, geo_auc, greedy_match, median, overlaps

MISS_KM = 20039.0
STAGES = ("read", "parse", "places")


@dataclass(frozen=True)
class GoldToponym:
    start: int
    end: int
    name: str
    lat: float | None
    lon: float | None


@dataclass(frozen=True)
class GoldArticle:
    id: str
    text: str
    toponyms: tuple[GoldToponym, ...]


def _num(el: ET.Element | None) -> float | None:
    if el is None or el.text is None or not el.text.strip():
        return None
    try:
        return float(el.text)
    except ValueError:
        return None


def read_lgl(path: Path) -> Iterator[GoldArticle]:
    """LGL / TR-News layout: ``<article><text/><toponyms><toponym><start/><end/><phrase/><gaztag>``."""
    for i, art in enumerate(_articles(path)):
        text = art.findtext("text") or ""
        tops = []
        for t in art.iter("toponym"):
            gaz = t.find("gaztag")
            lat = _num(gaz.find("lat")) if gaz is not None else None
            lon = _num(gaz.find("lon")) if gaz is not None else None
            s, e = int(t.findtext("start") or 0), int(t.findtext("end") or 0)
            name = t.findtext("phrase") or text[s:e]
            s, e = _align(text, s, e, name)
            tops.append(GoldToponym(s, e, name, lat, lon))
        yield GoldArticle(art.get("docid") or str(i), text, tuple(tops))


def read_geovirus(path: Path) -> Iterator[GoldArticle]:
    """GeoVirus layout: ``<article><text/><locations><location><name/><start/><end/><lat/><lon/>``."""
    for i, art in enumerate(_articles(path)):
        text = art.findtext("text") or ""
        tops = []
        for loc in art.iter("location"):
            s, e = int(loc.findtext("start") or 0), int(loc.findtext("end") or 0)
            name = loc.findtext("name") or text[s:e]
            s, e = _align(text, s, e, name)
            tops.append(GoldToponym(s, e, name, _num(loc.find("lat")), _num(loc.find("lon"))))
        yield GoldArticle(art.findtext("source") or str(i), text, tuple(tops))


def _align(text: str, start: int, end: int, name: str, slack: int = 40) -> tuple[int, int]:
    """Gold offsets that are some characters off (GeoVirus; TR-News drifts within long articles) are
    moved onto the nearest occurrence of the named text."""
    if text[start:end] == name or not name:
        return start, end
    lo = max(0, start - slack)
    best: tuple[int, int] | None = None
    pos = text.find(name, lo, end + slack + len(name))
    while pos != -1 and pos <= start + slack:
        if best is None or abs(pos - start) < abs(best[0] - start):
            best = (pos, pos + len(name))
        pos = text.find(name, pos + 1, end + slack + len(name))
    return best or (start, end)


def _articles(path: Path) -> Iterator[ET.Element]:
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as exc:
        raise DataError(f"cannot parse {path}: {exc}") from exc
    yield from root.iter("article")


def _select(articles: Iterator[GoldArticle], split: str | None) -> Iterator[GoldArticle]:
    for i, a in enumerate(articles):
        if split == "dev" and i % 5 != 0:
            continue
        if split == "train" and i % 5 == 0:
            continue
        yield a


def score(
    articles: Iterator[GoldArticle],
    options: Options,
    limit: int | None = None,
    gold_spans: bool = False,
    count_demonyms: bool = False,
) -> dict[str, float | int | str]:
    """Score recognition and resolution. ``count_demonyms``: the gold set annotates adjectival
    toponyms ("Egyptian" -> Egypt, as LGL and TR-News do), so the stage's labelled demonym mentions
    count as predictions; ``recognition_*_places_only`` always leaves them out."""
    options = options.replace(stages=STAGES)
    pipe = Pipeline.from_options(options)
    gaz = open_gazetteer(options)
    docs: list[tuple[GoldArticle, Document]] = []
    chosen: list[GoldArticle] = []
    for a in articles:
        if limit is not None and len(chosen) >= limit:
            break
        chosen.append(a)
    inputs = [ArticleInput(text=a.text) for a in chosen]
    prf = PRF()
    prf_places = PRF()
    errors: list[float] = []
    errors_gold: list[float] = []
    n_gold = 0
    for a, d in zip(chosen, pipe.run_documents(inputs), strict=True):
        docs.append((a, d))
        gold = [g for g in a.toponyms if g.end > g.start]
        n_gold += len(gold)
        if d.error is not None:
            prf.fn += len(gold)
            prf_places.fn += len(gold)
            errors += [MISS_KM] * sum(g.lat is not None for g in gold)
            errors_gold += [MISS_KM] * sum(g.lat is not None for g in gold)
            continue
        coords = {p.id: (p.lat, p.lon) for p in d.places}
        pred = [(s, e, pid) for s, e, pid in d.slots.place_mentions]
        pairs = greedy_match(pred, gold, _overlap, 1.0)
        prf_places.tp += len(pairs)
        prf_places.fp += len(pred) - len(pairs)
        prf_places.fn += len(gold) - len(pairs)
        if count_demonyms:
            for s, e, pid in d.slots.demonym_mentions:
                row = gaz.get(pid)
                if row is not None:
                    coords[pid] = (row.lat, row.lon)
                    pred.append((s, e, pid))
            pairs = greedy_match(pred, gold, _overlap, 1.0)
        prf.tp += len(pairs)
        prf.fp += len(pred) - len(pairs)
        prf.fn += len(gold) - len(pairs)
        matched = {j: pred[i] for i, j, _ in pairs}
        for j, g in enumerate(gold):
            if g.lat is None or g.lon is None:
                continue
            hit = matched.get(j)
            ll = coords.get(hit[2]) if hit else None
            if ll is None or ll[0] is None or ll[1] is None:
                errors.append(MISS_KM)
            else:
                errors.append(haversine_km(g.lat, g.lon, ll[0], ll[1]))
        if gold_spans:
            assert d.doc is not None
            spans = [(g.start, g.end) for g in gold]
            ms = mentions_for_spans(d.doc, gaz, spans)
            res = resolve(ms, gaz.capitals, country_hint=options.country_hint)
            by_span = {(m.start, m.end): r for m, r in zip(ms, res, strict=True)}
            for g in gold:
                if g.lat is None or g.lon is None:
                    continue
                r = by_span.get((g.start, g.end))
                errors_gold.append(MISS_KM if r is None else haversine_km(g.lat, g.lon, r.place.lat, r.place.lon))
    out: dict[str, float | int | str] = {
        "articles": len(chosen),
        "gold_toponyms": n_gold,
        "recognition_precision": round(prf.precision, 4),
        "recognition_recall": round(prf.recall, 4),
        "recognition_f1": round(prf.f1, 4),
        "recognition_tp": prf.tp,
        "recognition_fp": prf.fp,
        "recognition_fn": prf.fn,
        "recognition_precision_places_only": round(prf_places.precision, 4),
        "recognition_recall_places_only": round(prf_places.recall, 4),
        "recognition_f1_places_only": round(prf_places.f1, 4),
        "demonyms_counted": int(count_demonyms),
        "acc161": round(sum(e <= 161 for e in errors) / len(errors), 4) if errors else 0.0,
        "auc": round(geo_auc(errors), 4),
        "median_km": round(median(errors), 1) if errors else 0.0,
    }
    if gold_spans:
        out["acc161_gold_spans"] = round(sum(e <= 161 for e in errors_gold) / len(errors_gold), 4) if errors_gold else 0.0
        out["auc_gold_spans"] = round(geo_auc(errors_gold), 4)
        out["median_km_gold_spans"] = round(median(errors_gold), 1) if errors_gold else 0.0
    return out


def _overlap(p: tuple[int, int, str], g: GoldToponym) -> float:
    return 1.0 if overlaps((p[0], p[1]), (g.start, g.end)) else 0.0


def _fmt(
    reader: Callable[[Path], Iterator[GoldArticle]], split: str | None, count_demonyms: bool
) -> Callable[..., dict[str, float | int | str]]:
    def run(path: Path, options: Options, limit: int | None, gold_spans: bool = False) -> dict[str, float | int | str]:
        return score(_select(reader(path), split), options, limit, gold_spans, count_demonyms)

    return run


FORMATS: dict[str, Callable[..., dict[str, float | int | str]]] = {}
# LGL and TR-News annotate adjectival toponyms ("Egyptian"); GeoVirus annotates place names only.
for _name in ("lgl", "trnews", "tr-news"):
    FORMATS[_name] = _fmt(read_lgl, None, True)
    FORMATS[f"{_name}-dev"] = _fmt(read_lgl, "dev", True)
    FORMATS[f"{_name}-train"] = _fmt(read_lgl, "train", True)
FORMATS["geovirus"] = _fmt(read_geovirus, None, False)
FORMATS["geovirus-dev"] = _fmt(read_geovirus, "dev", False)
FORMATS["geovirus-train"] = _fmt(read_geovirus, "train", False)

