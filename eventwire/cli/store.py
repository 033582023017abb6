"""``eventwire ingest``, ``events``, ``event``, ``export`` and ``db init|info``: the store commands."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from ..errors import InputError
from ..store import EventFilter, Store
from .extract import AllowPrivateOpt, LexiconsOpt, use_lexicons

DbOpt = Annotated[str | None, typer.Option(
    "--db", envvar="EVENTWIRE_DB",
    help="Database URL: sqlite:///file.sqlite or postgresql+psycopg://user:pw@host/db "
         "(default: eventwire.sqlite in the user data dir)")]


class ListFormat(StrEnum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"


# Columns of ``eventwire events --format csv`` (list fields joined with "; ").
EVENT_CSV_COLUMNS = ("id", "type", "status", "date", "date_min", "date_max", "place", "country", "admin1", "lat",
                     "lon", "actors", "recipients", "n_articles", "n_mentions", "confidence", "fatalities", "sources",
                     "article_ids", "evidence", "first_seen", "updated_at")


def write_events_csv(rows: list[dict[str, Any]], fh: Any) -> None:
    import csv

    w = csv.writer(fh, lineterminator="\n")
    w.writerow(EVENT_CSV_COLUMNS)
    for r in rows:
        w.writerow(["; ".join(v) if isinstance(v, list) else ("" if v is None else v)
                    for v in (r.get(c) for c in EVENT_CSV_COLUMNS)])


class ExportFormat(StrEnum):
    plover_jsonl = "plover-jsonl"
    acled_csv = "acled-csv"
    geojson = "geojson"
    parquet = "parquet"
    gdelt_tsv = "gdelt-tsv"


def _filters(type_: str | None, actor: str | None, country: str | None, date_from: str | None,
             date_to: str | None, bbox: str | None, status: str | None, article: str | None) -> EventFilter:
    return EventFilter.from_mapping({"type": type_, "actor": actor, "country": country, "date_from": date_from,
                                     "date_to": date_to, "bbox": bbox, "status": status, "article_id": article})


TypeOpt = Annotated[str | None, typer.Option("--type", "-t", help="PLOVER event type, e.g. ASSAULT")]
ActorOpt = Annotated[str | None, typer.Option("--actor", "-a", help="Actor name contains (any role)")]
CountryOpt = Annotated[str | None, typer.Option("--country", "-c", help="ISO 3166-1 alpha-3 country code")]
FromOpt = Annotated[str | None, typer.Option("--from", help="Earliest event date, YYYY-MM-DD")]
ToOpt = Annotated[str | None, typer.Option("--to", help="Latest event date, YYYY-MM-DD")]
BboxOpt = Annotated[str | None, typer.Option("--bbox", help="min_lon,min_lat,max_lon,max_lat")]
StatusOpt = Annotated[str | None, typer.Option("--status", "-s", help="asserted, claimed, disputed, denied, ...")]
ArticleOpt = Annotated[str | None, typer.Option("--article", help="Only events reported by this article id")]


def _short(text: str | None, n: int) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= n else text[: n - 1] + "…"


def events_table(events: list[dict[str, Any]], total: int) -> Table:
    table = Table(title=f"Events ({len(events)} of {total})", show_lines=False)
    for col in ("id", "date", "type", "status", "place", "actors", "recipients", "articles", "evidence"):
        table.add_column(col, overflow="fold")
    for e in events:
        place = e["place"] or "—"
        if e["country"]:
            place += f" ({e['country']})"
        table.add_row(e["id"], e["date"] or "—", e["type"], e["status"], place,
                      _short("; ".join(e["actors"]), 40) or "—", _short("; ".join(e["recipients"]), 40) or "—",
                      f"{e['n_articles']}: " + _short(", ".join(e["sources"]), 40) if e["sources"]
                      else str(e["n_articles"]),
                      _short(e["evidence"], 90))
    return table


def register(app: typer.Typer) -> None:
    @app.command()
    def ingest(
        sources: Annotated[list[str], typer.Argument(
            help="Files, directories, .json/.jsonl dumps, URLs, RSS/Atom feeds, or - for standard input")],
        db: DbOpt = None,
        resume: Annotated[bool, typer.Option(
            "--resume", help="Continue the last interrupted run of the same sources and options")] = False,
        published: Annotated[str | None, typer.Option(help="Publication date for items without one")] = None,
        source: Annotated[str | None, typer.Option(help="Publisher name for items without one")] = None,
        limit: Annotated[int | None, typer.Option(help="Stop after this many items", min=1)] = None,
        workers: Annotated[int, typer.Option(help="Extraction processes", min=1)] = 1,
        batch_size: Annotated[int | None, typer.Option("--batch-size", help="Articles per batch", min=1)] = None,
        text_field: Annotated[str | None, typer.Option(help="JSON field with the text")] = None,
        id_field: Annotated[str | None, typer.Option(help="JSON field with the record id")] = None,
        date_field: Annotated[str | None, typer.Option(help="JSON field with the publication date")] = None,
        title_field: Annotated[str | None, typer.Option(help="JSON field with the headline")] = None,
        url_field: Annotated[str | None, typer.Option(help="JSON field with the URL")] = None,
        source_field: Annotated[str | None, typer.Option(help="JSON field with the publisher")] = None,
        meta: Annotated[Path | None, typer.Option(help="JSON/JSONL metadata joined to records by id")] = None,
        no_follow: Annotated[bool, typer.Option("--no-follow", help="Use feed item text; do not fetch links")] = False,
        allow_private_urls: AllowPrivateOpt = False,
        model: Annotated[str | None, typer.Option(help="spaCy pipeline name or path")] = None,
        stages: Annotated[str | None, typer.Option(help="Comma-separated stages to run")] = None,
        quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar")] = False,
        as_json: Annotated[bool, typer.Option("--json", help="Print the run summary as JSON")] = False,
        lexicons: LexiconsOpt = None,
    ) -> None:
        """Extract and store articles; re-ingesting the same text adds nothing."""
        use_lexicons(lexicons)
        from ..ingest import ReadOptions
        from ..ingest.runner import ingest as run_ingest
        from ..options import Options

        options = Options.from_mapping({"model": model, "stages": stages, "workers": workers,
                                        "batch_size": batch_size})
        read = ReadOptions(text_field=text_field, id_field=id_field, date_field=date_field, title_field=title_field,
                           url_field=url_field, source_field=source_field, meta=meta, published=published,
                           source=source, max_chars=options.max_chars, follow_feeds=not no_follow,
                           allow_private_urls=allow_private_urls or None)
        with Store(db) as store:
            res = run_ingest(store, sources, read_options=read, options=options, resume=resume, limit=limit,
                             progress=not quiet and not as_json)
            if as_json:
                sys.stdout.write(json.dumps(res.as_dict(), indent=2) + "\n")
                failure = res.exit_error()
                if failure is not None:
                    raise failure
                return
            err = Console(stderr=True)
            err.print(f"run {res.run_id}: {res.seen} items · {res.added} added · {res.updated} updated · "
                      f"{res.unchanged} unchanged · {res.failed} failed"
                      + (f" · {res.done_before} stored before the interruption" if res.done_before else "")
                      + (f" · {res.skipped} skipped (failed before)" if res.skipped else "")
                      + f" · {res.seconds:.1f}s ({res.rate:.1f}/s) · store has {store.count_events()} events")
            for key, reason in res.failures[:10]:
                err.print(f"  [yellow]failed:[/yellow] {key}: {reason}")
            if len(res.failures) > 10:
                err.print(f"  … and {len(res.failures) - 10} more (eventwire db info)")
        failure = res.exit_error()
        if failure is not None:
            raise failure

    @app.command()
    def events(
        db: DbOpt = None,
        type_: TypeOpt = None, actor: ActorOpt = None, country: CountryOpt = None, date_from: FromOpt = None,
        date_to: ToOpt = None, bbox: BboxOpt = None, status: StatusOpt = None, article: ArticleOpt = None,
        limit: Annotated[int, typer.Option(help="Most events to list", min=1)] = 50,
        offset: Annotated[int, typer.Option(help="Skip this many", min=0)] = 0,
        fmt: Annotated[ListFormat, typer.Option("--format", "-f", help="Output format")] = ListFormat.table,
    ) -> None:
        """List stored events (deduplicated across articles), newest first."""
        f = _filters(type_, actor, country, date_from, date_to, bbox, status, article)
        with Store(db, create=False) as store:
            rows = store.query_events(f, limit=limit, offset=offset)
            total = store.count_events(f)
        if fmt is ListFormat.json:
            sys.stdout.write(json.dumps({"total": total, "events": rows}, indent=2, ensure_ascii=False) + "\n")
        elif fmt is ListFormat.csv:
            write_events_csv(rows, sys.stdout)
        elif fmt is ListFormat.jsonl:
            for r in rows:
                sys.stdout.write(json.dumps(r, ensure_ascii=False) + "\n")
        elif not rows:
            Console().print("No events match." if total == 0 else f"No events at offset {offset} ({total} match).")
        else:
            Console(width=max(160, Console().width)).print(events_table(rows, total))

    @app.command()
    def event(event_id: Annotated[str, typer.Argument(help="Event id (e-…)")], db: DbOpt = None) -> None:
        """One event with every article that reports it and the evidence (JSON)."""
        with Store(db, create=False) as store:
            ev = store.get_event(event_id)
        if ev is None:
            raise InputError(f"no event {event_id!r}", hint="list ids with `eventwire events`")
        sys.stdout.write(json.dumps(ev, indent=2, ensure_ascii=False) + "\n")

    @app.command()
    def export(
        fmt: Annotated[ExportFormat, typer.Option("--format", "-f", help="Export format")],
        output: Annotated[Path | None, typer.Option("--output", "-o", help="File to write (default stdout)")] = None,
        db: DbOpt = None,
        type_: TypeOpt = None, actor: ActorOpt = None, country: CountryOpt = None, date_from: FromOpt = None,
        date_to: ToOpt = None, bbox: BboxOpt = None, status: StatusOpt = None, article: ArticleOpt = None,
        all_events: Annotated[bool, typer.Option(
            "--all-events", help="acled-csv: also events with no ACLED event type (blank ACLED columns)")] = False,
        header: Annotated[bool, typer.Option(
            "--header", help="gdelt-tsv: write a line of column names (GDELT's own files have none)")] = False,
    ) -> None:
        """Export stored events: plover-jsonl, acled-csv, geojson, parquet, gdelt-tsv."""
        from ..export import BINARY_FORMATS

        f = _filters(type_, actor, country, date_from, date_to, bbox, status, article)
        err = Console(stderr=True)
        opts: dict[str, Any] = {"all_events": all_events, "header": header, "report": err.print}
        binary = fmt.value in BINARY_FORMATS
        if binary and output is None and sys.stdout.isatty():
            raise InputError(f"{fmt.value} is binary", hint="use --output FILE or redirect stdout")
        with Store(db, create=False) as store:
            if output is None:
                n = store.export(fmt.value, f, sys.stdout.buffer if binary else sys.stdout, **opts)
            else:
                try:
                    output.parent.mkdir(parents=True, exist_ok=True)
                    tmp = output.with_name(output.name + ".part")
                    with (tmp.open("wb") if binary else tmp.open("w", encoding="utf-8", newline="")) as fh:
                        n = store.export(fmt.value, f, fh, **opts)
                    tmp.replace(output)
                except OSError as exc:
                    raise InputError(f"cannot write {output}: {exc.strerror or exc}") from None
        err.print(f"exported {n} events as {fmt.value}" + (f" to {output}" if output else ""))

    db_app = typer.Typer(help="Create or inspect the store.", no_args_is_help=True)
    app.add_typer(db_app, name="db")

    @db_app.command("init")
    def db_init(db: DbOpt = None) -> None:
        """Create the store (or migrate it to the current schema)."""
        with Store(db) as store:
            Console().print(f"store {store.info()['url']} at schema version {store.schema_version()}")

    @db_app.command("info")
    def db_info(
        db: DbOpt = None,
        as_json: Annotated[bool, typer.Option("--json", help="JSON output")] = False,
        failures: Annotated[int, typer.Option(help="Show this many recent failures", min=0)] = 5,
    ) -> None:
        """Schema version, row counts, recent runs and failures."""
        with Store(db, create=False) as store:
            info = store.info()
            fails = store.failures()[-failures:] if failures else []
        if as_json:
            info["failures"] = fails
            sys.stdout.write(json.dumps(info, indent=2) + "\n")
            return
        c = Console()
        c.print(f"[bold]{info['url']}[/bold] ({info['dialect']}, schema v{info['schema_version']})")
        c.print("  " + " · ".join(f"{k} {v}" for k, v in info["counts"].items()))
        for r in info["runs"]:
            c.print(f"  run {r['id']} {r['status']}: seen {r['n_seen']}, added {r['n_added']}, updated "
                    f"{r['n_updated']}, unchanged {r['n_unchanged']}, failed {r['n_failed']}"
                    + (f", resumed {r['resumed']}x" if r["resumed"] else ""))
        for fl in fails:
            c.print(f"  [yellow]failure[/yellow] {fl['key']}: {fl['reason']}")
