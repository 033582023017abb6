"""``eventwire bench`` (bare spaCy vs the full pipeline) and ``eventwire run`` (batch runs to Parquet)."""

from __future__ import annotations

import json
import os
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from ..errors import ConfigError
from .extract import (
    EncoderOpt,
    EventEncoderOpt,
    EventKeepOpt,
    GazOpt,
    LexiconsOpt,
    ModelOpt,
    RuntimeOpt,
    StagesOpt,
    options_from_cli,
    use_lexicons,
)

CorpusOpt = Annotated[
    list[Path],
    typer.Option(
        "--corpus",
        help="A directory of .txt articles (searched recursively) or a JSONL file; repeatable",
    ),
]
LimitOpt = Annotated[int | None, typer.Option("--limit", help="At most N articles from each corpus")]
TextFieldOpt = Annotated[
    str | None, typer.Option("--text-field", help="JSONL field holding the article text (default: auto)")
]
BatchOpt = Annotated[int | None, typer.Option("--batch-size", help="Documents per nlp.pipe batch")]
SchedulerOpt = Annotated[
    str | None, typer.Option("--scheduler", help="Dask scheduler address (default: a LocalCluster)")
]
PartitionOpt = Annotated[
    int | None, typer.Option("--partition-size", help="Articles per partition (default 4 batches)")
]


class EngineName(StrEnum):
    serial = "serial"
    processes = "processes"
    dask = "dask"


def _print_bench(result: dict[str, Any], console: Console) -> None:
    console.print(
        f"[bold]{result['articles']}[/bold] articles, {result['words']:,} words · model {result['model']} · "
        f"load {result['load_avg_1m']} on {result['cpus']} CPUs"
    )
    console.print(
        f"  bare spaCy  {result['spacy_articles_per_s']:8.2f} articles/s  ({result['spacy_s']:.2f} s)\n"
        f"  eventwire   {result['eventwire_articles_per_s']:8.2f} articles/s  ({result['eventwire_s']:.2f} s)\n"
        f"  ratio       {result['ratio']:8.3f}   (CPU time: spaCy {result['spacy_cpu_s']:.2f} s, "
        f"eventwire {result['eventwire_cpu_s']:.2f} s, ratio {result['ratio_cpu']})\n"
        f"  peak RSS    {result['peak_rss_mb']:.0f} MiB (both models; while eventwire ran: "
        f"{result['eventwire_peak_rss_mb']} MiB)\n"
        f"  load        spaCy {result['spacy_load_s']:.2f} s; eventwire {result['eventwire_load_first_article_s']:.2f} s "
        f"(pipeline and lazily loaded models, with its first article)"
    )
    table = Table(title="Time per stage")
    table.add_column("stage")
    table.add_column("seconds", justify="right")
    table.add_column("share", justify="right")
    for name, share in result["stage_shares"].items():
        table.add_row(name, f"{result['stage_s'][name]:.3f}", f"{share:.1%}")
    console.print(table)


def register(app: typer.Typer) -> None:
    @app.command()
    def bench(
        corpus: CorpusOpt,
        limit: LimitOpt = None,
        as_json: Annotated[bool, typer.Option("--json", help="Print the result as JSON")] = False,
        text_field: TextFieldOpt = None,
        repeat: Annotated[int, typer.Option("--repeat", help="Timed rounds; the best is reported")] = 1,
        spacy_batch_size: Annotated[
            int | None, typer.Option("--spacy-batch-size", help="nlp.pipe batch size of the baseline (default: --batch-size)")
        ] = None,
        batch_size: BatchOpt = None,
        model: ModelOpt = None,
        quote_encoder: EncoderOpt = None,
        event_encoder: EventEncoderOpt = None,
        event_keep: EventKeepOpt = None,
        encoder_runtime: RuntimeOpt = None,
        stages: StagesOpt = None,
        gazetteer: GazOpt = None,
        lexicons: LexiconsOpt = None,
    ) -> None:
        """Time bare spaCy nlp.pipe and the full eventwire pipeline on the same articles (after warm-up)."""
        use_lexicons(lexicons)
        from ..bench import read_corpus, run_bench

        options = options_from_cli(model, stages, gazetteer, batch_size=batch_size, quote_encoder=quote_encoder, event_encoder=event_encoder, event_keep=event_keep,
                                   encoder_runtime=encoder_runtime)
        items = read_corpus(corpus, limit=limit, text_field=text_field)
        result = run_bench(items, options, repeat=repeat, spacy_batch_size=spacy_batch_size)
        if as_json:
            sys.stdout.write(json.dumps(result) + "\n")
        else:
            _print_bench(result, Console(file=sys.stdout))

    @app.command("bench-engines")
    def bench_engines(
        corpus: CorpusOpt,
        limit: LimitOpt = None,
        engines: Annotated[
            str, typer.Option("--engines", help="Comma-separated engines; the first is the reference")
        ] = "serial,processes,dask",
        workers: Annotated[int, typer.Option("--workers", help="Worker processes (processes, local Dask)")] = 2,
        scheduler: SchedulerOpt = None,
        partition: PartitionOpt = None,
        text_field: TextFieldOpt = None,
        batch_size: BatchOpt = None,
        model: ModelOpt = None,
        quote_encoder: EncoderOpt = None,
        event_encoder: EventEncoderOpt = None,
        event_keep: EventKeepOpt = None,
        encoder_runtime: RuntimeOpt = None,
        stages: StagesOpt = None,
        gazetteer: GazOpt = None,
        lexicons: LexiconsOpt = None,
    ) -> None:
        """Run the same articles through several engines: speed-up, worker memory, identical records."""
        use_lexicons(lexicons)
        from ..bench import read_corpus
        from ..parallel import ENGINES, compare_engines

        names = [e.strip() for e in engines.split(",") if e.strip()]
        unknown = [e for e in names if e not in ENGINES]
        if unknown or not names:
            raise ConfigError(f"unknown engine(s): {', '.join(unknown) or '(none)'}", hint="serial, processes, dask")
        if workers < 1:
            raise ConfigError("--workers must be at least 1")
        options = options_from_cli(model, stages, gazetteer, batch_size=batch_size, quote_encoder=quote_encoder, event_encoder=event_encoder, event_keep=event_keep,
                                   encoder_runtime=encoder_runtime)
        items = read_corpus(corpus, limit=limit, text_field=text_field)
        result = compare_engines(
            items, options, engines=names, workers=workers, scheduler=scheduler, partition_articles=partition
        )
        sys.stdout.write(json.dumps(result) + "\n")

    @app.command("run")
    def run_cmd(
        corpus: CorpusOpt,
        output: Annotated[Path, typer.Option("--output", "-o", help="Directory for part-NNNNN.parquet files")],
        engine: Annotated[EngineName, typer.Option("--engine", help="serial, processes or dask")] = EngineName.serial,
        workers: Annotated[
            int | None,
            typer.Option("--workers", help="Worker processes (processes, local Dask); default: one per CPU"),
        ] = None,
        scheduler: SchedulerOpt = None,
        partition: PartitionOpt = None,
        limit: LimitOpt = None,
        text_field: TextFieldOpt = None,
        batch_size: BatchOpt = None,
        model: ModelOpt = None,
        quote_encoder: EncoderOpt = None,
        event_encoder: EventEncoderOpt = None,
        event_keep: EventKeepOpt = None,
        encoder_runtime: RuntimeOpt = None,
        stages: StagesOpt = None,
        gazetteer: GazOpt = None,
        lexicons: LexiconsOpt = None,
    ) -> None:
        """Extract records from a corpus in partitions and write one Parquet file per partition."""
        use_lexicons(lexicons)
        from ..bench import iter_corpora
        from ..parallel import run_corpus

        if workers is None:
            workers = os.cpu_count() or 1
        if workers < 1:
            raise ConfigError("--workers must be at least 1")
        options = options_from_cli(model, stages, gazetteer, batch_size=batch_size, quote_encoder=quote_encoder, event_encoder=event_encoder, event_keep=event_keep,
                                   encoder_runtime=encoder_runtime)
        items = iter_corpora(corpus, limit=limit, text_field=text_field)  # streamed, partition by partition
        summary, _ = run_corpus(
            items,
            options,
            engine=engine.value,
            workers=workers,
            scheduler=scheduler,
            partition_articles=partition,
            output=output,
        )
        result = summary.as_dict()
        result["output"] = str(output)
        sys.stdout.write(json.dumps(result) + "\n")
