"""``eventwire eval TASK --format FMT PATH``: score a component on a gold set."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from ..evaluation import evaluate
from .extract import (
    EncoderOpt,
    EventEncoderOpt,
    EventKeepOpt,
    LexiconsOpt,
    ModelOpt,
    RuntimeOpt,
    options_from_cli,
    use_lexicons,
)


def register(app: typer.Typer) -> None:
    @app.command("eval")
    def eval_cmd(
        task: Annotated[str, typer.Argument(help="quotes | places | times | events | read")],
        path: Annotated[Path, typer.Argument(help="Gold file or directory")],
        fmt: Annotated[str, typer.Option("--format", "-f", help="Gold format, e.g. polnear, lgl, timeml")],
        as_json: Annotated[bool, typer.Option("--json", help="Print one flat JSON object")] = False,
        limit: Annotated[int | None, typer.Option(help="Score only the first N documents")] = None,
        gold_spans: Annotated[bool, typer.Option("--gold-spans", help="places: also resolve gold spans")] = False,
        report: Annotated[
            Path | None, typer.Option("--report", help="events/tuples: write a per-article match report here")
        ] = None,
        model: ModelOpt = None,
        quote_encoder: EncoderOpt = None,
        event_encoder: EventEncoderOpt = None,
        event_keep: EventKeepOpt = None,
        encoder_runtime: RuntimeOpt = None,
        lexicons: LexiconsOpt = None,
    ) -> None:
        """Score one component against a gold set; metrics as a flat object."""
        use_lexicons(lexicons)
        options = options_from_cli(model, quote_encoder=quote_encoder, event_encoder=event_encoder, event_keep=event_keep,
                                   encoder_runtime=encoder_runtime)
        extra: dict[str, object] = {"gold_spans": True} if gold_spans else {}
        if report is not None:
            extra["report"] = report
        metrics = evaluate(task, fmt, path, options, limit, **extra)
        if as_json:
            sys.stdout.write(json.dumps(metrics, sort_keys=True) + "\n")
            return
        table = Table(title=f"{task} · {fmt} · {path}")
        table.add_column("metric")
        table.add_column("value", justify="right")
        for k in sorted(metrics):
            v = metrics[k]
            table.add_row(k, f"{v:.4f}" if isinstance(v, float) else str(v))
        Console().print(table)
