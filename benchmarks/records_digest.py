"""Whole records for a fixed sample of real articles, to prove a refactoring changed no output.

    python benchmarks/records_digest.py --out /tmp/before.jsonl          # on the old code
    python benchmarks/records_digest.py --out /tmp/after.jsonl           # on the new code
    python benchmarks/records_digest.py --compare /tmp/before.jsonl /tmp/after.jsonl

The sample (read from ``../shared``, nothing copied): the seed article, the repository's own
``examples/``, the first ``--per-corpus`` articles of LGL, GeoVirus and IndiaPoliceEvents (with their
publication dates) and of the PolNeAR dev split. Every record is written as canonical JSON (sorted
keys) without the fields that change from run to run; ``--compare`` prints the first differing field
of each differing article and exits 1 when any differs.
"""

from __future__ import annotations

import argparse
import json
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import eventwire
from eventwire.document import ArticleInput
from eventwire.pipeline import get_pipeline

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
VOLATILE = {"processed_at", "timings", "elapsed_ms", "run_id", "eventwire_version"}


def sample(per_corpus: int) -> Iterator[tuple[str, ArticleInput]]:
    seed = SHARED / "seed" / "panjshir-article.txt"
    if seed.is_file():
        yield "seed", ArticleInput(text=seed.read_text(encoding="utf-8"), published="2021-09-05")
    for p in sorted((ROOT / "examples").glob("*.txt")):
        yield f"examples/{p.name}", ArticleInput(text=p.read_text(encoding="utf-8"))
    for name in ("lgl.xml", "geovirus.xml"):
        path = SHARED / "data" / "places" / name
        if path.is_file():
            for k, art in enumerate(ET.parse(path).getroot()[:per_corpus]):
                yield f"{name}:{k}", ArticleInput(text=art.findtext("text") or "", published=(art.findtext("dltime") or "")[:10] or None)
    ipe = SHARED / "data" / "events" / "ipe"
    if ipe.is_dir():
        dates = {}
        for line in (ipe / "metadata.jsonl").read_text(encoding="utf-8").splitlines():
            m = json.loads(line)
            dates[m.get("doc_id")] = str(m.get("date") or "")[:10] or None
        for line in (ipe / "docs.jsonl").read_text(encoding="utf-8").splitlines()[:per_corpus]:
            d = json.loads(line)
            yield f"ipe:{d['doc_id']}", ArticleInput(text=d["doc_text"], published=dates.get(d["doc_id"]))
    polnear = SHARED / "data" / "quotes" / "polnear" / "dev" / "text"
    if polnear.is_dir():
        for p in sorted(polnear.glob("*.txt"))[:per_corpus]:
            yield f"polnear:{p.stem}", ArticleInput(text=p.read_text(encoding="utf-8"))


def _strip(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _strip(v) for k, v in value.items() if k not in VOLATILE}
    if isinstance(value, list):
        return [_strip(v) for v in value]
    return value


def write(out: Path, per_corpus: int, options: dict[str, str]) -> int:
    items = list(sample(per_corpus))
    pipe = get_pipeline(eventwire.Options.from_mapping(options))
    n = 0
    with out.open("w", encoding="utf-8") as fh:
        for (key, _), rec in zip(items, pipe.run(inp for _, inp in items), strict=True):
            fh.write(json.dumps({"key": key, "record": _strip(rec.model_dump(mode="json"))}, sort_keys=True) + "\n")
            n += 1
    return n


def _first_difference(a: Any, b: Any, path: str = "") -> str | None:
    if type(a) is not type(b):
        return f"{path}: {a!r:.80} != {b!r:.80}"
    if isinstance(a, dict):
        for k in sorted(set(a) | set(b)):
            if (d := _first_difference(a.get(k), b.get(k), f"{path}.{k}")) is not None:
                return d
        return None
    if isinstance(a, list):
        if len(a) != len(b):
            return f"{path}: {len(a)} items != {len(b)}"
        for i, (x, y) in enumerate(zip(a, b, strict=True)):
            if (d := _first_difference(x, y, f"{path}[{i}]")) is not None:
                return d
        return None
    return None if a == b else f"{path}: {a!r:.80} != {b!r:.80}"


def compare(before: Path, after: Path) -> int:
    def load(p: Path) -> dict[str, Any]:
        return {o["key"]: o["record"] for o in map(json.loads, p.read_text(encoding="utf-8").splitlines())}

    a, b = load(before), load(after)
    bad = 0
    for key in sorted(set(a) | set(b)):
        if (d := _first_difference(a.get(key), b.get(key))) is not None:
            bad += 1
            print(f"{key}{d}")
    print(f"{len(a)} vs {len(b)} records, {bad} differ")
    return 1 if bad else 0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path)
    ap.add_argument("--per-corpus", type=int, default=25)
    ap.add_argument("--compare", nargs=2, type=Path, metavar=("BEFORE", "AFTER"))
    ap.add_argument("--option", action="append", default=[], metavar="NAME=VALUE", help="an eventwire option, e.g. event_encoder=none")
    args = ap.parse_args()
    if args.compare:
        sys.exit(compare(*args.compare))
    if args.out is None:
        ap.error("--out or --compare is needed")
    options = dict(o.split("=", 1) for o in args.option)
    print(f"{write(args.out, args.per_corpus, options)} records → {args.out}")


if __name__ == "__main__":
    main()
