"""Average quote encoder files fine-tuned from the same initialisation into one ("model soup").

    .venv/bin/python benchmarks/soup_quote_encoder.py FIRST.json OTHER.json [...] \
        [--out eventwire/data/quotes/attribution-encoder.json]

The inputs are files written by ``train_quote_encoder.py`` with the same seed (the same LoRA and
head initialisation) on different parts of PolNeAR train (``--fold``, ``--all``). The result is one
model of the usual kind, so it costs no more to run than one of its parts; see
:func:`eventwire.quotes.neural.soup` for what is averaged. The thresholds are FIRST's.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eventwire.errors import DataError  # noqa: E402
from eventwire.quotes.neural import ENCODER_RESOURCE, soup  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("models", type=Path, nargs="+")
    ap.add_argument("--out", type=Path, default=ROOT / "eventwire" / ENCODER_RESOURCE)
    args = ap.parse_args()
    try:
        data = soup([json.loads(p.read_text("utf-8")) for p in args.models])
    except DataError as e:
        raise SystemExit(str(e)) from e
    args.out.write_text(json.dumps(data, separators=(",", ":"), ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {args.out} ({args.out.stat().st_size / 1e6:.1f} MB, {len(args.models)} models)", file=sys.stderr)


if __name__ == "__main__":
    main()
