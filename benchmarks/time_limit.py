"""How long the per-article time limit takes to fire on one large article (a measurement, not a test).

    python benchmarks/time_limit.py --chars 400000 --limit 5                 # CLI-like: main thread
    python benchmarks/time_limit.py --chars 400000 --limit 5 --thread        # server-like: worker thread
    python benchmarks/time_limit.py --chars 400000 --limit 5 --batch 8       # the large one among 7 short ones

The large article is made of the invented template articles of ``eventwire.bench.synthetic_articles``
(nothing from ``../shared``). The models are loaded before the clock starts. Prints one line per run:
seconds until the large article's document came back, and its error (or "no error").
"""

from __future__ import annotations

import argparse
import threading
import time

from eventwire.bench import synthetic_articles
from eventwire.document import ArticleInput, Document
from eventwire.options import Options
from eventwire.pipeline import get_pipeline


def large_article(chars: int) -> ArticleInput:
    parts: list[str] = []
    n, size = 0, 0
    while size < chars:
        batch = synthetic_articles(50, seed=n)
        for a in batch:
            body = a.text.split("\n", 1)[-1]
            parts.append(body)
            size += len(body) + 2
        n += 50
    return ArticleInput(text="Officials report a week of unrest\n\n" + "\n\n".join(parts)[:chars],
                        published="2023-06-01")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--chars", type=int, default=400_000)
    ap.add_argument("--limit", type=float, default=5.0)
    ap.add_argument("--batch", type=int, default=1, help="articles in the batch (the large one is the last)")
    ap.add_argument("--thread", action="store_true", help="run in a worker thread, as the HTTP server does")
    ap.add_argument("--repeat", type=int, default=1)
    args = ap.parse_args()
    opts = Options(time_limit_s=args.limit, batch_size=max(1, args.batch))
    pipe = get_pipeline(opts)
    list(pipe.run_documents(synthetic_articles(1)))  # load the models before the clock starts
    big = large_article(args.chars)
    items = [*synthetic_articles(args.batch - 1, seed=1000), big]
    if args.batch > 1:  # what the short ones cost without the large one, for comparison
        t0 = time.monotonic()
        short = list(pipe.run_documents(items[:-1]))
        print(f"the {len(short)} short articles alone: {time.monotonic() - t0:.1f} s, "
              f"{sum(d.error is not None for d in short)} failed", flush=True)
    for _ in range(args.repeat):
        out: list[Document] = []
        t0 = time.monotonic()
        if args.thread:
            worker = threading.Thread(target=out.extend, args=(pipe.run_documents(items),))
            worker.start()
            worker.join()
        else:
            out.extend(pipe.run_documents(items))
        elapsed = time.monotonic() - t0
        err = out[-1].error
        others = sum(d.error is not None for d in out[:-1])
        first = next((d.error.message for d in out[:-1] if d.error is not None), "")
        print(f"chars={len(big.text)} limit={args.limit:g}s batch={args.batch} thread={args.thread}: "
              f"{elapsed:.1f} s, large article: {err.message if err else 'no error'}; "
              f"{others} of the {len(out) - 1} others failed {first}", flush=True)


if __name__ == "__main__":
    main()
