"""``eventwire extract`` and ``eventwire schema``."""

from __future__ import annotations

import json
import os
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from ..document import ArticleInput
from ..errors import ConfigError, InputError
from ..io import read_input
from ..lexicons import ENV_VAR as LEXICONS_ENV
from ..options import Options
from ..pipeline import get_pipeline
from ..schema import Record, record_json_schema


class OutFormat(StrEnum):
    json = "json"
    jsonl = "jsonl"
    table = "table"


ModelOpt = Annotated[str | None, typer.Option("--model", help="spaCy pipeline name or path (default: auto)")]
StagesOpt = Annotated[str | None, typer.Option("--stages", help="Comma-separated stages to run")]
GazOpt = Annotated[Path | None, typer.Option("--gazetteer", help="Gazetteer SQLite file")]
AllowPrivateOpt = Annotated[
    bool,
    typer.Option("--allow-private-urls",
                 help="Also fetch URLs on loopback, private and link-local addresses (intranets); "
                      "also EVENTWIRE_ALLOW_PRIVATE_URLS=1"),
]
LexiconsOpt = Annotated[
    Path | None,
    typer.Option("--lexicons", help="Directory of lexicon files that add to or override the built-in word lists "
                                    "and dictionaries (docs/lexicons.md); also EVENTWIRE_LEXICONS"),
]
EncoderOpt = Annotated[
    str | None,
    typer.Option("--quote-encoder", help="auto | minilm | none: rescore quote candidates with the fine-tuned encoder"),
]
EventEncoderOpt = Annotated[
    str | None,
    typer.Option("--event-encoder", help="auto (default) | minilm | none: let the event head on the shared encoder keep or drop events (none: the rules alone)"),
]
EventKeepOpt = Annotated[
    str | None,
    typer.Option("--event-keep", help="recall (default) | precision: the event head's operating point (precision drops more events, real ones too)"),
]
RuntimeOpt = Annotated[
    str | None,
    typer.Option("--encoder-runtime", help="auto (default: onnx-int8 when onnxruntime is installed) | onnx-int8 | onnx | torch: where the encoder's forward pass runs"),
]


def use_lexicons(path: Path | None) -> None:
    """Put ``--lexicons DIR`` in force: the loaders (and worker processes) read ``$EVENTWIRE_LEXICONS``."""
    if path is None:
        return
    if not path.is_dir():
        raise ConfigError(f"--lexicons {path}: not a directory", hint="give a folder of lexicon files (docs/lexicons.md)")
    os.environ[LEXICONS_ENV] = str(path.resolve())


def options_from_cli(model: str | None = None, stages: str | None = None, gazetteer: Path | None = None,
                     **extra: object) -> Options:
    return Options.from_mapping({"model": model, "stages": stages, "gazetteer": gazetteer, **extra})


def read_url(url: str, *, published: str | None, source: str | None, max_chars: int,
             allow_private_urls: bool | None) -> list[ArticleInput]:
    """The article at ``url`` (every item of a feed); ``InputError`` when it cannot be fetched or read."""
    from ..ingest import ReadOptions
    from ..ingest.web import iter_url

    opts = ReadOptions(published=published, source=source, max_chars=max_chars,
                       allow_private_urls=allow_private_urls)
    inputs: list[ArticleInput] = []
    for item in iter_url(url, opts):
        if item.input is None:
            raise InputError(item.error or f"{item.key}: cannot read")
        inputs.append(item.input)
    return inputs


def _clip(text: str, n: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def record_summary(record: Record, console: Console) -> None:
    """A readable summary of one record for people."""
    a = record.article
    console.print(f"[bold]{a.title or '(untitled)'}[/bold]")
    meta = [f"id {a.id}"]
    if a.dateline:
        meta.append(f"dateline {a.dateline}")
    meta.append(f"published {a.published or 'unknown'} ({a.published_source})")
    if a.source:
        meta.append(f"source {a.source}")
    console.print("  " + " · ".join(meta))
    counts = (f"{len(record.actors)} actors, {len(record.places)} places, {len(record.times)} times, "
              f"{len(record.quotes)} quotes, {len(record.events)} events")
    console.print("  " + counts)
    if record.events:
        table = Table(title="Events", show_lines=False, expand=False)
        for col in ("type", "status", "actors", "recipients", "place", "date", "source", "evidence"):
            table.add_column(col, overflow="fold")
        for e in record.events:
            table.add_row(
                e.type + (f" ({', '.join(e.mode)})" if e.mode else ""),
                e.status,
                "; ".join(x.name for x in e.actors) or "—",
                "; ".join(x.name for x in e.recipients) or "—",
                e.place.name if e.place else "—",
                e.date.value if e.date else "—",
                e.source.name if e.source else "article",
                _clip(e.evidence.text, 70),
            )
        console.print(table)
    if record.quotes:
        table = Table(title="Quotes")
        for col in ("speaker", "kind", "cue", "text"):
            table.add_column(col, overflow="fold")
        for q in record.quotes:
            table.add_row(q.speaker.name if q.speaker else "—", q.kind, q.cue.text if q.cue else "—",
                          _clip(q.text, 90))
        console.print(table)
    for w in record.warnings:
        console.print(f"  [yellow]warning:[/yellow] {w}")


def register(app: typer.Typer) -> None:
    @app.command()
    def extract(
        files: Annotated[list[str], typer.Argument(
            help="Article text files, http(s) URLs of articles or feeds, or - for standard input")],
        published: Annotated[str | None, typer.Option(help="Publication date, YYYY-MM-DD")] = None,
        source: Annotated[str | None, typer.Option(help="Publisher or feed name")] = None,
        fmt: Annotated[OutFormat, typer.Option("--format", "-f", help="Output format")] = OutFormat.json,
        output: Annotated[Path | None, typer.Option("--output", "-o", help="Also write JSON records here")] = None,
        model: ModelOpt = None,
        stages: StagesOpt = None,
        gazetteer: GazOpt = None,
        quote_encoder: EncoderOpt = None,
        event_encoder: EventEncoderOpt = None,
        event_keep: EventKeepOpt = None,
        encoder_runtime: RuntimeOpt = None,
        allow_private_urls: AllowPrivateOpt = False,
        lexicons: LexiconsOpt = None,
    ) -> None:
        """Extract actors, places, times, quotes and events from articles; one JSON object per article."""
        use_lexicons(lexicons)
        options = options_from_cli(model, stages, gazetteer, quote_encoder=quote_encoder, event_encoder=event_encoder,
                                   event_keep=event_keep, encoder_runtime=encoder_runtime)
        inputs: list[ArticleInput] = []
        for f in files:
            if f.startswith(("http://", "https://")):
                inputs.extend(read_url(f, published=published, source=source, max_chars=options.max_chars,
                                       allow_private_urls=allow_private_urls or None))
            else:
                inputs.append(read_input(f, published=published, source=source, max_chars=options.max_chars))
        pipeline = get_pipeline(options)
        records: list[Record] = []
        for doc in pipeline.run_documents(inputs):
            if doc.error is not None:
                raise doc.error
            records.append(doc.to_record())
        console = Console(file=sys.stdout, width=max(160, Console(file=sys.stdout).width))
        for rec in records:
            if fmt is OutFormat.json:
                sys.stdout.write(rec.model_dump_json(indent=2) + "\n")
            elif fmt is OutFormat.jsonl:
                sys.stdout.write(rec.model_dump_json() + "\n")
            else:
                record_summary(rec, console)
        if output is not None:
            try:
                output.parent.mkdir(parents=True, exist_ok=True)
                with output.open("w", encoding="utf-8") as fh:
                    for rec in records:
                        fh.write(rec.model_dump_json() + "\n")
            except OSError as exc:
                raise InputError(f"cannot write {output}: {exc.strerror or exc}") from None
            if fmt is OutFormat.table:
                console.print(f"JSON records written to [bold]{output}[/bold]")

    @app.command()
    def schema() -> None:
        """Print the JSON Schema of one record."""
        sys.stdout.write(json.dumps(record_json_schema(), indent=2) + "\n")
