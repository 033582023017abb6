"""The store's routes: ingest articles, list and read events, analyst verdicts, stored records, export."""

from __future__ import annotations

import dataclasses
import io
from typing import Annotated, Any, Literal, get_args

from fastapi import APIRouter, Depends, Query
from fastapi import Path as PathParam
from fastapi.responses import Response

from ..document import ArticleInput
from ..errors import EventwireError, InputError
from ..options import Options
from ..schema import PLOVER_TYPES, EventStatus, Record
from .context import AppContext, merge_options
from .errors import ERRORS, WRITE_ERRORS, NotFound
from .models import (
    ArticleIn,
    ErrorBody,
    EventDetail,
    EventPage,
    IngestRequest,
    IngestResponse,
    VerdictIn,
    VerdictResult,
)

EXPORT_FORMATS: dict[str, tuple[str, str, bool]] = {
    # format: (media type, file extension, binary)
    "plover-jsonl": ("application/x-ndjson", "jsonl", False),
    "acled-csv": ("text/csv; charset=utf-8", "csv", False),
    "geojson": ("application/geo+json", "geojson", False),
    "gdelt-tsv": ("text/tab-separated-values; charset=utf-8", "tsv", False),
    "parquet": ("application/vnd.apache.parquet", "parquet", True),
}
PloverType = Literal[
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
    "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
]
assert set(get_args(PloverType)) == set(PLOVER_TYPES), "PloverType must list the schema's PLOVER types"
ExportFormat = Literal["plover-jsonl", "acled-csv", "geojson", "gdelt-tsv", "parquet"]
VERDICT_STATUS = {"confirm": "confirmed", "reject": "rejected", "correct": "corrected"}


def event_filters(
    type: Annotated[PloverType | None, Query(description="PLOVER event type")] = None,
    actor: Annotated[str | None, Query(max_length=200, description="Substring of an actor name")] = None,
    country: Annotated[str | None, Query(pattern=r"^[A-Za-z]{3}$", description="ISO 3166-1 alpha-3")] = None,
    date_from: Annotated[str | None, Query(max_length=40, description="YYYY-MM-DD, inclusive")] = None,
    date_to: Annotated[str | None, Query(max_length=40, description="YYYY-MM-DD, inclusive")] = None,
    bbox: Annotated[str | None, Query(max_length=200, description="min_lon,min_lat,max_lon,max_lat")] = None,
    status: Annotated[EventStatus | None, Query(description="Machine status of the event")] = None,
    article_id: Annotated[str | None, Query(max_length=40, description="Events reported by this article")] = None,
) -> Any:
    from ..store import EventFilter

    return EventFilter.from_mapping({"type": type, "actor": actor, "country": country, "date_from": date_from,
                                     "date_to": date_to, "bbox": bbox, "status": status,
                                     "article_id": article_id})


Filters = Annotated[Any, Depends(event_filters)]
EventId = Annotated[str, PathParam(max_length=100, description="Event id, as listed by GET /events")]


@dataclasses.dataclass
class _Ingest:
    """One ingest request as it goes: the inputs read, where each came from, failures, outcomes."""

    single: bool
    inputs: list[ArticleInput] = dataclasses.field(default_factory=list)
    positions: dict[int, int] = dataclasses.field(default_factory=dict)  # id(input) -> index in the request
    failures: list[dict[str, Any]] = dataclasses.field(default_factory=list)
    article_ids: list[str] = dataclasses.field(default_factory=list)
    counts: dict[str, int] = dataclasses.field(default_factory=dict)

    def read(self, ctx: AppContext, articles: list[ArticleIn]) -> None:
        """Each article as pipeline input; one that cannot be read fails alone (unless it is the only one)."""
        for i, article in enumerate(articles):
            try:
                self.inputs.append(ctx.to_input(article))
                self.positions[id(self.inputs[-1])] = i
            except EventwireError as exc:
                if self.single:
                    raise
                self.failures.append({"index": i, "error": exc.message})

    def store(self, ctx: AppContext, db: Any, opts: Options, todo: list[ArticleInput],
              outcomes: list[tuple[ArticleInput, Record | EventwireError]]) -> None:
        """Keep the outcomes in one store run (marked failed if storing breaks off)."""
        with ctx.write_lock:
            run_id = db.start_run(dataclasses.asdict(opts) | {"gazetteer": str(opts.gazetteer_path()),
                                                              "via": "http"}, [i.url or "http" for i in todo])
            try:
                for item, result in outcomes:
                    self._store_one(db, run_id, item, result)
                db.finish_run(run_id, "done")
            except BaseException:
                db.finish_run(run_id, "failed")
                raise

    def _store_one(self, db: Any, run_id: Any, item: ArticleInput, result: Record | EventwireError) -> None:
        if isinstance(result, EventwireError):
            db.add_failure(run_id, item.url or "http", result.message)
            self.failures.append({"index": self.positions[id(item)], "error": result.message})
            return
        status = db.add_record(result, run_id, key=item.url)
        self.counts[status] = self.counts.get(status, 0) + 1
        self.article_ids.append(result.article.id)


def _event_ids(db: Any, article_ids: list[str]) -> list[str]:
    """The cross-article events the articles report, each once, in article order."""
    event_ids: list[str] = []
    for article_id in article_ids:
        for ev in db.query_events({"article_id": article_id}, limit=1000, offset=0):
            if ev["id"] not in event_ids:
                event_ids.append(ev["id"])
    return event_ids


def _ingest(ctx: AppContext, body: IngestRequest) -> IngestResponse:
    opts = merge_options(ctx.options, body.options)
    db = ctx.get_store()
    run = _Ingest(single=len(body.articles) == 1)
    run.read(ctx, body.articles)
    # Idempotence: text already in the store is not extracted again.
    known = db.known_hashes(item.content_hash for item in run.inputs)
    todo = [item for item in run.inputs if item.content_hash not in known]
    outcomes = list(ctx.run_pipeline(todo, opts)) if todo else []  # outside the write lock
    run.counts = {"added": 0, "unchanged": len(run.inputs) - len(todo), "updated": 0, "failed": 0}
    run.article_ids = ["a-" + item.content_hash[:16] for item in run.inputs if item.content_hash in known]
    if outcomes:
        run.store(ctx, db, opts, todo, outcomes)
    run.counts["failed"] = len(run.failures)
    run.failures.sort(key=lambda f: int(f["index"]))
    if run.single and run.failures:
        failed = outcomes[0][1] if outcomes and isinstance(outcomes[0][1], EventwireError) else None
        raise failed or InputError(run.failures[0]["error"])
    return IngestResponse(article_ids=run.article_ids, event_ids=_event_ids(db, run.article_ids),
                          counts=run.counts, failures=run.failures)


def _verdict(body: VerdictIn) -> dict[str, Any]:
    """The stored form of an analyst's verdict."""
    verdict: dict[str, Any] = {"verdict": body.verdict, "status": VERDICT_STATUS[body.verdict]}
    corrections = body.corrections()
    if corrections:
        verdict["corrections"] = corrections
    if body.note:
        verdict["note"] = body.note
    return verdict


def _export_body(ctx: AppContext, f: Any, format: ExportFormat, all_events: bool, header: bool) -> Response:
    media, ext, binary = EXPORT_FORMATS[format]
    buf: io.BytesIO | io.StringIO = io.BytesIO() if binary else io.StringIO()
    ctx.get_store().export(format, f, buf, all_events=all_events, header=header)
    data = buf.getvalue()
    payload = data if isinstance(data, bytes) else data.encode("utf-8")
    return Response(payload, media_type=media, headers={"Content-Disposition": f'attachment; filename="events.{ext}"'})


def store_router(ctx: AppContext, write: list[Any]) -> APIRouter:
    """The store's routes; ``write`` are the dependencies of the routes that change the store (the token)."""
    router = APIRouter()

    @router.post("/articles", response_model=IngestResponse, tags=["store"], dependencies=write,
                 responses={**WRITE_ERRORS, 503: {"model": ErrorBody, "description": "Store unavailable"}},
                 summary="Extract articles and keep them in the store")
    def ingest(body: IngestRequest) -> IngestResponse:
        return _ingest(ctx, body)

    @router.get("/events", response_model=EventPage, tags=["store"], responses=ERRORS,
                summary="Cross-article events, newest first, filtered like `eventwire events`")
    def list_events(
        f: Filters,
        limit: Annotated[int, Query(ge=1, le=1000)] = 100,
        offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
    ) -> EventPage:
        db = ctx.get_store()
        items = db.query_events(f, limit=limit, offset=offset)
        total = db.count_events(f)
        return EventPage(items=items, limit=limit, offset=offset, count=len(items), total=total)

    @router.get("/events/{event_id}", response_model=EventDetail, tags=["store"], responses={404: {"model": ErrorBody}},
                summary="One event with its evidence, every source article and the analysts' verdicts")
    def get_event(event_id: EventId) -> dict[str, Any]:
        event = ctx.get_store().get_event(event_id)
        if event is None:
            raise NotFound(f"no event {event_id!r}")
        return dict(event)

    @router.patch("/events/{event_id}", response_model=VerdictResult, tags=["store"], dependencies=write,
                  responses={**WRITE_ERRORS, 404: {"model": ErrorBody}},
                  summary="Record an analyst verdict (confirm, reject, correct); the machine record is kept")
    def patch_event(event_id: EventId, body: VerdictIn) -> dict[str, Any]:
        db = ctx.get_store()
        if db.get_event(event_id) is None:
            raise NotFound(f"no event {event_id!r}")
        with ctx.write_lock:
            verdict_id = db.add_verdict(event_id, _verdict(body), body.user or "analyst")
        return {"verdict_id": verdict_id, "event": db.get_event(event_id)}

    @router.get("/articles/{article_id}", response_model=Record, tags=["store"],
                responses={404: {"model": ErrorBody}}, summary="The full record of one stored article")
    def get_article(article_id: Annotated[str, PathParam(max_length=100)]) -> Record:
        record = ctx.get_store().get_article(article_id)
        if record is None:
            raise NotFound(f"no article {article_id!r}")
        return record  # type: ignore[no-any-return]

    export_responses: dict[int | str, dict[str, Any]] = {
        **ERRORS,
        200: {"content": {m: {} for m, _, _ in EXPORT_FORMATS.values()}, "description": "The exported events"},
    }

    @router.get("/export", tags=["store"], responses=export_responses,
                response_class=Response, summary="Export events (the same formats as `eventwire export`)")
    def export(f: Filters, format: Annotated[ExportFormat, Query()] = "geojson",
               all_events: Annotated[bool, Query(description="acled-csv: also events with no ACLED type")] = False,
               header: Annotated[bool, Query(description="gdelt-tsv: a line of column names")] = False,
               ) -> Response:
        return _export_body(ctx, f, format, all_events, header)

    return router
