"""Place recognition on lower-cased IndiaPoliceEvents text: a small sample coded for this project.

    .venv/bin/python benchmarks/places_lowercase_ipe.py [--ipe ../shared/data/events/ipe]

Two samples of every 60th document of ``docs.jsonl``, each document cut to its first 700 characters
(at a space): ``tuning`` starts at the first document (7 documents; the lower-case rules were
developed on it) and ``heldout`` at the 31st (6 documents; coded after the rules were fixed, not used
to change them). The place names in those excerpts were coded by hand (below: the lower-case names and
how often each occurs as a place; "sabarmati express" is a train, "hindi" a language, "all india
qaumi ekta" an organisation, and none is coded). Scored per document: a predicted mention counts once against a coded name of the
same text, up to the coded count. Prints precision, recall, F1 and the false and missed names.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eventwire.document import ArticleInput  # noqa: E402
from eventwire.options import Options  # noqa: E402
from eventwire.pipeline import Pipeline  # noqa: E402

STEP, CHARS = 60, 700
OFFSETS = {"tuning": 0, "heldout": 30}
CODED: dict[int, dict[str, int]] = {
    # tuning sample
    11: {"lucknow": 2, "ayodhya": 2, "mathura": 1, "varanasi": 1},
    631: {"ahmedabad": 2, "gujarat": 2, "godhra": 2},
    352: {"rajkot": 2, "gujarat": 1},
    481: {"new delhi": 1, "ayodhya": 2},
    821: {"gandhinagar": 1, "godhra": 2},
    1092: {"ahmedabad": 1, "rajkot": 1, "gujarat": 1},
    1241: {"gandhinagar": 1, "gujarat": 1},
    # held-out sample
    280: {"new delhi": 1},
    51: {"new delhi": 1, "ayodhya": 2},
    460: {"bangalore": 1, "gujarat": 4, "godhra": 1},
    710: {"new delhi": 1, "ayodhya": 3, "faizabad": 1},
    1080: {"new delhi": 1, "ayodhya": 2},
    1131: {"ahmedabad": 1, "gujarat": 1},
}


def excerpt(text: str) -> str:
    cut = text[:CHARS]
    return cut[: cut.rfind(" ")] if len(text) > CHARS and " " in cut else cut


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--ipe", type=Path, default=ROOT.parent / "shared" / "data" / "events" / "ipe")
    ap.add_argument("--sample", choices=sorted(OFFSETS), default="heldout")
    args = ap.parse_args()
    docs = [json.loads(line) for line in (args.ipe / "docs.jsonl").read_text(encoding="utf-8").splitlines()]
    sample = docs[OFFSETS[args.sample] :: STEP]
    if any(int(d["doc_id"]) not in CODED for d in sample):
        raise SystemExit("the IPE sample differs from the coded one")
    pipe = Pipeline.from_options(Options(stages=("read", "parse", "places")))
    texts = [excerpt(d["doc_text"]) for d in sample]
    tp = fp = fn = 0
    false: Counter[str] = Counter()
    missed: Counter[str] = Counter()
    for d, text, out in zip(sample, texts, pipe.run_documents(ArticleInput(text=t) for t in texts), strict=True):
        want = Counter(CODED[int(d["doc_id"])])
        got = Counter(text[s:e].lower() for s, e, _pid in out.slots.place_mentions)
        hit = want & got
        tp += sum(hit.values())
        fp += sum((got - want).values())
        fn += sum((want - got).values())
        false.update(got - want)
        missed.update(want - got)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    print(json.dumps({"sample": args.sample, "documents": len(sample), "coded": tp + fn, "tp": tp, "fp": fp, "fn": fn,
                      "precision": round(p, 3), "recall": round(r, 3), "f1": round(f1, 3)}))  # fmt: skip
    print("false:", dict(false.most_common()))
    print("missed:", dict(missed.most_common()))


if __name__ == "__main__":
    main()
