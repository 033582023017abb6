"""Time expressions: eventwire's grammar vs dateparser's ``search_dates`` (and spaCy's DATE/TIME
entities as a span-only baseline), on the same TimeML files in the same run, scored with the
TempEval-3 metrics of ``eventwire eval times``.

    .venv/bin/python benchmarks/times_vs_dateparser.py ../shared/data/time [--limit N] [--out FILE]

dateparser gets the document creation time as ``RELATIVE_BASE`` and ``PREFER_DATES_FROM=past``
(news narrates the past); each string it finds is re-parsed with ```DateDataParser`` to learn its
granularity (day, week, month, year, time), which gives the TimeML value's precision. The
``eventwire`` and ``spacy`` timings include the spaCy parse; ``eventwire_times_stage_only`` is the
grammar alone over already-parsed documents.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from eventwire.evaluation.times import GoldDoc, Pred, eventwire_predictor, load, score
from eventwire.nlp import load_nlp
from eventwire.options import Options
from eventwire.timex import find_times


def _value(d: dt.datetime, period: str | None) -> tuple[str, str]:
    if period == "year":
        return f"{d.year:04d}", "DATE"
    if period == "month":
        return d.strftime("%Y-%m"), "DATE"
    if period == "week":
        y, w, _ = d.isocalendar()
        return f"{y}-W{w:02d}", "DATE"
    if period == "time":
        return d.strftime("%Y-%m-%dT%H:%M"), "TIME"
    return d.date().isoformat(), "DATE"


def dateparser_predictor(docs: Sequence[GoldDoc]) -> list[list[Pred]]:
    from dateparser.date import DateDataParser
    from dateparser.search import search_dates

    out: list[list[Pred]] = []
    for doc in docs:
        base = dt.datetime.fromisoformat(doc.dct)
        settings = {"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}
        ddp = DateDataParser(languages=["en"], settings=settings)
        found = search_dates(doc.text, languages=["en"], settings=settings) or []
        preds: list[Pred] = []
        pos = 0
        for sub, when in found:
            start = doc.text.find(sub, pos)
            if start < 0:
                continue
            pos = start + len(sub)
            data = ddp.get_date_data(sub)
            value, typ = _value(when, data.period if data else None)
            preds.append(Pred(start, start + len(sub), value, typ))
        out.append(preds)
    return out


def spacy_entity_predictor(options: Options):  # type: ignore[no-untyped-def]
    nlp = load_nlp(options.model)

    def predict(docs: Sequence[GoldDoc]) -> list[list[Pred]]:
        return [
            [Pred(e.start_char, e.end_char, None, e.label_) for e in d.ents if e.label_ in ("DATE", "TIME")]
            for d in nlp.pipe(g.text for g in docs)
        ]

    return predict


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("path", type=Path, help="directory of .tml files (searched recursively)")
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--out", type=Path, default=None, help="write the JSON here as well")
    args = ap.parse_args(argv)
    docs = load(args.path, "timeml", args.limit)
    options = Options()
    result: dict[str, object] = {"path": str(args.path), "docs": len(docs)}
    systems = {
        "eventwire": eventwire_predictor(options),
        "dateparser_search_dates": dateparser_predictor,
        "spacy_date_time_entities": spacy_entity_predictor(options),
    }
    for name, predict in systems.items():
        predict(docs[:1])  # warm-up: model loading is not timed
        t0 = time.perf_counter()
        metrics = score(docs, predict)
        elapsed = time.perf_counter() - t0
        keep = ("strict_f1", "relaxed_f1", "value_f1", "type_accuracy", "predicted", "gold",
                "heldout_value_f1", "tune_value_f1", "value_precision", "value_recall")
        result[name] = {k: metrics[k] for k in keep} | {"seconds": round(elapsed, 2),
                                                        "ms_per_doc": round(1000 * elapsed / len(docs), 1)}
    # The times stage alone (spaCy parses done beforehand): what eventwire adds per article.
    nlp = load_nlp(options.model)
    parsed = list(nlp.pipe(d.text for d in docs))
    t0 = time.perf_counter()
    for d, sd in zip(docs, parsed, strict=True):
        find_times(d.text, d.dct, sd)
    grammar_s = time.perf_counter() - t0
    result["eventwire_times_stage_only"] = {
        "seconds": round(grammar_s, 3),
        "ms_per_doc": round(1000 * grammar_s / len(docs), 2),
        "words_per_doc": round(sum(len(d.text.split()) for d in docs) / len(docs)),
    }
    text = json.dumps(result, indent=2, sort_keys=True)
    sys.stdout.write(text + "\n")
    if args.out:
        args.out.write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
