"""eventwire quotes vs textacy ``direct_quotations``, side by side in one run, on PolNeAR.

Both systems see the same articles and the same spaCy pipeline; both are scored by the same code
(:mod:`eventwire.evaluation.quotes`: content token Jaccard ≥ 0.5, one-to-one matching, every
annotator's file). textacy extracts direct quotations only, so the comparison is on the *direct*
subset (gold attributions whose content is ≥ 90 % inside quotation marks); eventwire's overall
numbers are printed too. textacy raises on an odd number of quotation marks; such articles count as
"no quotes" for it (``textacy_failed_documents``).

    .venv/bin/python benchmarks/quotes_vs_textacy.py ../shared/data/quotes/polnear/dev [--limit N]

Prints one JSON object.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Iterable, Sequence
from pathlib import Path

from spacy.tokens import Doc, Token

from eventwire.evaluation.quotes import (
    Article,
    PredAttribution,
    evaluate_articles,
    pipeline_predictor,
    read_polnear,
)
from eventwire.nlp import load_nlp
from eventwire.options import Options

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT.parent / "shared" / "data" / "quotes" / "polnear" / "dev"


def _span(tokens: Sequence[Token]) -> list[tuple[int, int]]:
    toks = sorted(tokens, key=lambda t: t.i)
    if not toks:
        return []
    first, last = toks[0], toks[-1]
    return [(first.idx, last.idx + len(last))]


def textacy_predictions(docs: Sequence[Doc]) -> tuple[list[list[PredAttribution]], int]:
    from textacy.extract.triples import direct_quotations

    out: list[list[PredAttribution]] = []
    failed = 0
    for doc in docs:
        try:
            triples = list(direct_quotations(doc))
        except ValueError:  # unbalanced quotation marks: textacy bails out on the whole article
            failed += 1
            triples = []
        preds = []
        for tr in triples:
            content = tr.content
            preds.append(
                PredAttribution(
                    content=[(content.start_char, content.end_char)],
                    source=_span(tr.speaker),
                    cue=_span(tr.cue),
                    kind="direct",
                )
            )
        out.append(preds)
    return out, failed


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("path", nargs="?", type=Path, default=DEFAULT, help="PolNeAR split directory")
    ap.add_argument("--limit", type=int, default=None, help="first N articles only")
    args = ap.parse_args(argv)
    if not args.path.exists():
        print(f"error: no such directory: {args.path}", file=sys.stderr)
        return 2
    articles = list(read_polnear(args.path, args.limit))
    options = Options()

    t0 = time.perf_counter()
    ours = evaluate_articles(articles, pipeline_predictor(options), prefix="eventwire_")
    t_ours = time.perf_counter() - t0

    nlp = load_nlp(options.model)
    t0 = time.perf_counter()
    docs = list(nlp.pipe(a.text for a in articles))
    t_parse = time.perf_counter() - t0
    t0 = time.perf_counter()
    preds, failed = textacy_predictions(docs)
    t_textacy = time.perf_counter() - t0

    def fixed(_: Sequence[Article]) -> Iterable[list[PredAttribution]]:
        return preds

    theirs = evaluate_articles(articles, fixed, prefix="textacy_")
    keep = (
        "direct_content_f1",
        "direct_content_precision",
        "direct_content_recall",
        "direct_source_accuracy",
        "direct_cue_accuracy",
        "direct_tp",
        "direct_fp",
        "direct_fn",
    )
    result: dict[str, object] = {"split": str(args.path), "documents": len(articles)}
    result["annotation_files"] = ours["eventwire_annotation_files"]
    for k in keep:
        result[f"eventwire_{k}"] = ours[f"eventwire_{k}"]
        result[f"textacy_{k}"] = theirs[f"textacy_{k}"]
    for k in ("content_f1", "content_precision", "content_recall", "source_accuracy", "cue_accuracy"):
        result[f"eventwire_{k}"] = ours[f"eventwire_{k}"]
    result["textacy_failed_documents"] = failed
    result["eventwire_seconds_incl_parse"] = round(t_ours, 2)
    result["textacy_seconds_excl_parse"] = round(t_textacy, 2)
    result["spacy_parse_seconds"] = round(t_parse, 2)
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
