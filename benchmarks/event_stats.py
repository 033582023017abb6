"""Events per article and how many have a place and a date of their own, on a JSONL corpus.

    python benchmarks/event_stats.py ../shared/data/events/ipe/docs.jsonl --meta ../shared/data/events/ipe/metadata.jsonl \\
        --text-field doc_text --id-field doc_id --limit 100

Prints one JSON object: articles, events, events_per_article, share_with_place, share_with_own_date (a date
other than the publication-date default), share_no_date, types (counts).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

import eventwire
from eventwire.document import ArticleInput
from eventwire.pipeline import get_pipeline


def load(path: Path, meta: Path | None, text_field: str, id_field: str, limit: int) -> list[ArticleInput]:
    dates: dict[str, str] = {}
    if meta is not None:
        for line in meta.read_text(encoding="utf-8").splitlines():
            if line.strip():
                m = json.loads(line)
                if m.get("date"):
                    dates[str(m.get(id_field))] = str(m["date"])[:10]
    out: list[ArticleInput] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        obj = json.loads(line)
        key = str(obj.get(id_field))
        out.append(ArticleInput(text=str(obj[text_field]), published=dates.get(key)))
        if len(out) >= limit:
            break
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--meta", type=Path)
    ap.add_argument("--text-field", default="text")
    ap.add_argument("--id-field", default="id")
    ap.add_argument("--limit", type=int, default=100)
    args = ap.parse_args()
    items = load(args.corpus, args.meta, args.text_field, args.id_field, args.limit)
    n = with_place = own_date = no_date = 0
    types: Counter[str] = Counter()
    for d in get_pipeline(eventwire.Options()).run_documents(items):
        for e in d.events:
            n += 1
            types[e.type] += 1
            with_place += e.place is not None and e.place.lat is not None
            if e.date is None:
                no_date += 1
            elif e.date.precision != "publication":
                own_date += 1
    k = len(items)
    print(json.dumps({
        "articles": k, "events": n, "events_per_article": round(n / k, 2) if k else 0.0,
        "share_with_place": round(with_place / n, 3) if n else 0.0,
        "share_with_own_date": round(own_date / n, 3) if n else 0.0,
        "share_no_date": round(no_date / n, 3) if n else 0.0,
        "types": dict(types.most_common()),
    }))


if __name__ == "__main__":
    main()
