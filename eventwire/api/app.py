"""The FastAPI application: extraction, ingest, events with analyst verdicts, export, review page.

``create_app(options, store_url, token=None)`` builds one app. Extraction runs the same pipeline as
the CLI and the Python API (one :class:`~eventwire.options.Options`); the store is the one of
``eventwire.store`` (opened on first use, so ``POST /extract`` works without a database).
"""

from __future__ import annotations

import dataclasses
import io
import json
import logging
import threading
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Annotated, Any, Literal, get_args

from fastapi import Depends, FastAPI, Query, Request
from fastapi import Path as PathParam
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.security import HTTPAuthorizationCredentials
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import __version__
from ..document import ArticleInput
from ..errors import ConfigError, EventwireError, InputError, ProcessingError, StoreError
from ..options import Options
from ..pipeline import get_pipeline
from ..schema import PLOVER_TYPES, EventStatus, Record
from ..textutil import clean_field, normalize_date
from .fetch import fetch_article
from .models import (
    ArticleIn,
    ErrorBody,
    EventPage,
    ExtractRequest,
    ExtractResponse,
    HttpOptions,
    IngestRequest,
    IngestResponse,
    VerdictIn,
)
from .security import (
    DEFAULT_MAX_BODY,
    AuthError,
    BodyLimitMiddleware,
    HostCheckMiddleware,
    SecurityHeadersMiddleware,
    bearer,
    check_token,
    security_headers,
    token_guard,
)

log = logging.getLogger("eventwire.api")

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


class NotFound(EventwireError):
    """No such event or article (HTTP 404)."""


class Busy(EventwireError):
    """The extraction pipeline stayed busy past the wait limit (HTTP 503)."""


_STATUS: list[tuple[type[EventwireError], int]] = [
    (AuthError, 401),
    (NotFound, 404),
    (StoreError, 503),
    (Busy, 503),
    (InputError, 422),
    (ConfigError, 422),
    (ProcessingError, 422),
    (EventwireError, 422),
]
_ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorBody, "description": "Request body that is not JSON (malformed, not UTF-8, empty, or "
                                            "not sent as application/json)"},
    413: {"model": ErrorBody, "description": "Request body too large"},
    422: {"model": ErrorBody, "description": "Invalid request or input that is not an article"},
}
_WRITE_ERRORS: dict[int | str, dict[str, Any]] = {
    **_ERRORS,
    401: {"model": ErrorBody, "description": "Missing or wrong token (when the server has one)"},
}


def static_dir() -> Path:
    """The built review page shipped inside the package."""
    return Path(str(resources.files("eventwire"))) / "web" / "static"


def http_status(exc: EventwireError) -> int:
    for cls, status in _STATUS:
        if isinstance(exc, cls):
            return status
    return 422


def _error_response(status: int, error: str, hint: str | None = None, detail: Any = None) -> JSONResponse:
    body: dict[str, Any] = {"error": error, "hint": hint}
    if detail is not None:
        body["detail"] = detail
    return JSONResponse(body, status_code=status)


BODY_METHODS = ("POST", "PUT", "PATCH")


async def body_is_not_json(request: Request) -> bool:
    """True when a request's body cannot be JSON: not declared as JSON, empty, undecodable or malformed."""
    if request.method not in BODY_METHODS:
        return False
    ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if ctype != "application/json" and not ctype.endswith("+json"):
        return True
    body = await request.body()
    try:
        json.loads(body)
    except ValueError:  # includes empty bodies and UnicodeDecodeError
        return True
    return False


def merge_options(base: Options, requested: HttpOptions | None) -> Options:
    """The server's options with a request's per-call changes (validated like every Options)."""
    if requested is None:
        return base
    changes = requested.model_dump(exclude_none=True)
    if "stages" in changes:
        changes["stages"] = tuple(changes["stages"])
    try:
        Options.from_mapping(changes)  # same key and value checks as the CLI and Python API
        return dataclasses.replace(base, **changes)
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"invalid options: {exc}") from None


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


def create_app(
    options: Options | None = None,
    store_url: str | None = None,
    token: str | None = None,
    *,
    store: Any | None = None,
    max_body_bytes: int = DEFAULT_MAX_BODY,
    cors_origins: list[str] | None = None,
    tile_url: str | None = None,
    tile_attribution: str | None = None,
    allow_private_urls: bool | None = None,
    allowed_hosts: list[str] | None = None,
) -> FastAPI:
    """Build the HTTP API and review page.

    ``store_url`` is a SQLAlchemy URL (``None``: the default SQLite store); ``store`` an already open
    :class:`eventwire.store.Store` to use instead. With ``token`` set, write endpoints need
    ``Authorization: Bearer <token>``. CORS is off unless ``cors_origins`` lists origins.
    ``tile_url`` (``https://host/{z}/{x}/{y}.png``) puts raster tiles under the review page's map;
    without it the page loads nothing from anywhere else (its Content-Security-Policy says so).
    ``allow_private_urls`` lets ``url`` fetches reach loopback and private addresses (None:
    ``EVENTWIRE_ALLOW_PRIVATE_URLS``; see :mod:`eventwire.netfetch`). ``allowed_hosts`` lists the
    Host header names answered (others get 400, against DNS rebinding); ``None`` answers any, for
    embedding behind a server that checks them (``eventwire serve`` always sets it).
    """
    base_options = options or Options()
    tile_origin = check_tile_url(tile_url) if tile_url else None
    page_csp = (
        "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; "
        f"img-src 'self' data:{' ' + tile_origin if tile_origin else ''}; "
        "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
    )
    app = FastAPI(
        title="eventwire",
        version=__version__,
        description="News articles to structured, source-attributed event data, and the analyst review page.",
        docs_url=None,  # Swagger UI would load its assets from a CDN; the OpenAPI JSON is served.
        redoc_url=None,
    )
    app.add_middleware(BodyLimitMiddleware, max_bytes=max_body_bytes)
    if cors_origins:
        from fastapi.middleware.cors import CORSMiddleware

        app.add_middleware(CORSMiddleware, allow_origins=cors_origins, allow_methods=["*"],
                           allow_headers=["Authorization", "Content-Type"])
    if allowed_hosts is not None:
        app.add_middleware(HostCheckMiddleware, allowed=allowed_hosts)
    app.add_middleware(SecurityHeadersMiddleware, page_csp=page_csp)  # outermost: every answer has them

    state_lock = threading.Lock()
    pipeline_lock = threading.Lock()
    write_lock = threading.Lock()
    opened: dict[str, Any] = {"store": store}

    def get_store() -> Any:
        with state_lock:
            if opened["store"] is None:
                from ..store import Store

                opened["store"] = Store(store_url)
            return opened["store"]

    def close_store() -> None:
        if store is None and opened["store"] is not None:
            opened["store"].close()
            opened["store"] = None

    app.router.on_shutdown.append(close_store)
    app.state.get_store = get_store
    app.state.options = base_options
    require_token = token_guard(token)
    write = [Depends(require_token)]

    # ---- errors: one JSON shape, never a traceback ----------------------------------------------

    @app.exception_handler(EventwireError)
    async def _eventwire_error(request: Request, exc: EventwireError) -> JSONResponse:
        return _error_response(http_status(exc), exc.message, exc.hint)

    @app.exception_handler(RequestValidationError)
    async def _validation_error(request: Request, exc: RequestValidationError) -> JSONResponse:
        detail = [
            {"loc": [str(p) for p in e.get("loc", ())], "msg": str(e.get("msg", "")), "type": str(e.get("type", ""))}
            for e in exc.errors()
        ]
        if any(list(d["loc"])[:1] == ["body"] for d in detail) and await body_is_not_json(request):
            return _error_response(400, "request body is not JSON", "send a JSON object with "
                                   "Content-Type: application/json")
        loc: list[str] = list(detail[0]["loc"]) if detail else []  # type: ignore[arg-type]
        msg = str(detail[0]["msg"]) if detail else "invalid request"
        where = ".".join(p for p in loc if p != "body")
        return _error_response(422, "invalid request", f"{where}: {msg}" if where else msg, detail)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        if exc.status_code == 400 and request.method in BODY_METHODS:  # FastAPI could not decode the body
            return _error_response(400, "request body is not JSON", "send UTF-8 JSON")
        return _error_response(exc.status_code, str(exc.detail), None)

    @app.exception_handler(Exception)
    async def _internal_error(request: Request, exc: Exception) -> JSONResponse:
        log.exception("internal error on %s %s", request.method, request.url.path)
        response = _error_response(500, f"internal error: {type(exc).__name__}", "see the server log")
        response.headers.update(security_headers(request.url.path, page_csp))  # answered outside the middleware
        return response

    # ---- extraction -------------------------------------------------------------------------------

    def to_input(item: ArticleIn) -> ArticleInput:
        published = normalize_date(item.published) if item.published else None
        # NUL and other controls in metadata are dropped here: PostgreSQL text cannot hold NUL.
        source, title = (clean_field(v) if v is not None else None for v in (item.source, item.title))
        if item.text is not None:
            url = clean_field(item.url) if item.url is not None else None
            return ArticleInput(text=item.text, published=published, source=source, url=url, title=title)
        assert item.url is not None
        return fetch_article(item.url, published=published, source=source, title=title,
                             allow_private=allow_private_urls)

    def run_pipeline(inputs: list[ArticleInput], opts: Options) -> Iterator[tuple[ArticleInput, Record | EventwireError]]:
        pipeline = get_pipeline(opts)
        wait_s = max(30.0, opts.time_limit_s)
        if not pipeline_lock.acquire(timeout=wait_s):
            raise Busy(f"the extraction pipeline is busy (waited {wait_s:g} s)", hint="retry later")
        try:
            docs = list(pipeline.run_documents(inputs))
        except EventwireError:
            raise
        except Exception as exc:  # a stage failed on this input: report it, keep the server up
            log.exception("pipeline failure")
            raise ProcessingError(f"extraction failed: {type(exc).__name__}: {exc}",
                                  hint="this is a bug in eventwire; the server log has details") from None
        finally:
            pipeline_lock.release()
        for given, doc in zip(inputs, docs, strict=True):
            if doc.error is not None:
                yield given, doc.error
            else:
                yield given, doc.to_record()

    @app.post("/extract", response_model=ExtractResponse, tags=["extract"], responses=_WRITE_ERRORS,
              summary="Extract records from one article (nothing is stored)",
              description="Give the article's `text`, or a `url` for the server to fetch. When the server has "
                          "a token, fetching a URL needs it (the server should not fetch pages for anyone).")
    def extract(body: ExtractRequest, creds: Annotated[HTTPAuthorizationCredentials | None,
                                                       Depends(bearer())] = None) -> ExtractResponse:
        if body.text is None:
            check_token(token, creds, "fetching a URL")
        opts = merge_options(base_options, body.options)
        item = to_input(body)
        records: list[Record] = []
        for _, result in run_pipeline([item], opts):
            if isinstance(result, EventwireError):
                raise result
            records.append(result)
        return ExtractResponse(records=records)

    # ---- store ------------------------------------------------------------------------------------

    @app.post("/articles", response_model=IngestResponse, tags=["store"], dependencies=write,
              responses={**_WRITE_ERRORS, 503: {"model": ErrorBody, "description": "Store unavailable"}},
              summary="Extract articles and keep them in the store")
    def ingest(body: IngestRequest) -> IngestResponse:
        opts = merge_options(base_options, body.options)
        db = get_store()
        single = len(body.articles) == 1
        inputs: list[ArticleInput] = []
        positions: dict[int, int] = {}  # id(input) -> index in the request
        failures: list[dict[str, Any]] = []
        for i, article in enumerate(body.articles):
            try:
                inputs.append(to_input(article))
                positions[id(inputs[-1])] = i
            except EventwireError as exc:
                if single:
                    raise
                failures.append({"index": i, "error": exc.message})
        # Idempotence: text already in the store is not extracted again.
        known = db.known_hashes(item.content_hash for item in inputs)
        todo = [item for item in inputs if item.content_hash not in known]
        outcomes = list(run_pipeline(todo, opts)) if todo else []  # outside the write lock
        counts: dict[str, int] = {"added": 0, "unchanged": len(inputs) - len(todo), "updated": 0, "failed": 0}
        article_ids = ["a-" + item.content_hash[:16] for item in inputs if item.content_hash in known]
        if outcomes:
            with write_lock:
                run_id = db.start_run(dataclasses.asdict(opts) | {"gazetteer": str(opts.gazetteer_path()),
                                                                  "via": "http"}, [i.url or "http" for i in todo])
                try:
                    for item, result in outcomes:
                        if isinstance(result, EventwireError):
                            db.add_failure(run_id, item.url or "http", result.message)
                            failures.append({"index": positions[id(item)], "error": result.message})
                            continue
                        status = db.add_record(result, run_id, key=item.url)
                        counts[status] = counts.get(status, 0) + 1
                        article_ids.append(result.article.id)
                    db.finish_run(run_id, "done")
                except BaseException:
                    db.finish_run(run_id, "failed")
                    raise
        counts["failed"] = len(failures)
        failures.sort(key=lambda f: int(f["index"]))
        if single and failures:
            failed = outcomes[0][1] if outcomes and isinstance(outcomes[0][1], EventwireError) else None
            raise failed or InputError(failures[0]["error"])
        event_ids: list[str] = []
        for article_id in article_ids:
            for ev in db.query_events({"article_id": article_id}, limit=1000, offset=0):
                if ev["id"] not in event_ids:
                    event_ids.append(ev["id"])
        return IngestResponse(article_ids=article_ids, event_ids=event_ids, counts=counts, failures=failures)

    @app.get("/events", response_model=EventPage, tags=["store"], responses=_ERRORS,
             summary="Cross-article events, newest first, filtered like `eventwire events`")
    def list_events(
        f: Filters,
        limit: Annotated[int, Query(ge=1, le=1000)] = 100,
        offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
    ) -> EventPage:
        db = get_store()
        items = db.query_events(f, limit=limit, offset=offset)
        total = db.count_events(f)
        return EventPage(items=items, limit=limit, offset=offset, count=len(items), total=total)

    @app.get("/events/{event_id}", tags=["store"], responses={404: {"model": ErrorBody}},
             summary="One event with its evidence, every source article and the analysts' verdicts")
    def get_event(event_id: EventId) -> dict[str, Any]:
        event = get_store().get_event(event_id)
        if event is None:
            raise NotFound(f"no event {event_id!r}")
        return dict(event)

    @app.patch("/events/{event_id}", tags=["store"], dependencies=write,
               responses={**_WRITE_ERRORS, 404: {"model": ErrorBody}},
               summary="Record an analyst verdict (confirm, reject, correct); the machine record is kept")
    def patch_event(event_id: EventId, body: VerdictIn) -> dict[str, Any]:
        db = get_store()
        if db.get_event(event_id) is None:
            raise NotFound(f"no event {event_id!r}")
        verdict: dict[str, Any] = {"verdict": body.verdict, "status": VERDICT_STATUS[body.verdict]}
        corrections = body.corrections()
        if corrections:
            verdict["corrections"] = corrections
        if body.note:
            verdict["note"] = body.note
        with write_lock:
            verdict_id = db.add_verdict(event_id, verdict, body.user or "analyst")
        return {"verdict_id": verdict_id, "event": db.get_event(event_id)}

    @app.get("/articles/{article_id}", response_model=Record, tags=["store"],
             responses={404: {"model": ErrorBody}}, summary="The full record of one stored article")
    def get_article(article_id: Annotated[str, PathParam(max_length=100)]) -> Record:
        record = get_store().get_article(article_id)
        if record is None:
            raise NotFound(f"no article {article_id!r}")
        return record  # type: ignore[no-any-return]

    export_responses: dict[int | str, dict[str, Any]] = {
        **_ERRORS,
        200: {"content": {m: {} for m, _, _ in EXPORT_FORMATS.values()}, "description": "The exported events"},
    }

    @app.get("/export", tags=["store"], responses=export_responses,
             response_class=Response, summary="Export events (the same formats as `eventwire export`)")
    def export(f: Filters, format: Annotated[ExportFormat, Query()] = "geojson",
               all_events: Annotated[bool, Query(description="acled-csv: also events with no ACLED type")] = False,
               header: Annotated[bool, Query(description="gdelt-tsv: a line of column names")] = False,
               ) -> Response:
        media, ext, binary = EXPORT_FORMATS[format]
        buf: io.BytesIO | io.StringIO = io.BytesIO() if binary else io.StringIO()
        get_store().export(format, f, buf, all_events=all_events, header=header)
        data = buf.getvalue()
        payload = data if isinstance(data, bytes) else data.encode("utf-8")
        return Response(payload, media_type=media,
                        headers={"Content-Disposition": f'attachment; filename="events.{ext}"'})

    # ---- page and metadata ------------------------------------------------------------------------

    @app.get("/meta", tags=["meta"], summary="What the review page needs to know about this server")
    def meta() -> dict[str, Any]:
        return {
            "version": __version__,
            "plover_types": list(PLOVER_TYPES),
            "token_required": bool(token),
            "export_formats": list(EXPORT_FORMATS),
            "tiles": {"url": tile_url, "attribution": tile_attribution or ""} if tile_url else None,
        }

    @app.get("/health", tags=["meta"], summary="Liveness")
    def health() -> dict[str, str]:
        return {"status": "ok"}

    static = static_dir()
    if (static / "index.html").exists():
        app.mount("/static", StaticFiles(directory=static), name="static")

        @app.get("/", include_in_schema=False)
        def index() -> FileResponse:
            return FileResponse(static / "index.html", headers={"Cache-Control": "no-cache"})

    return app


def check_tile_url(url: str) -> str:
    """The origin of an XYZ tile URL template; ``ConfigError`` unless it is http(s) with {z}, {x}, {y}."""
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc or not all(k in url for k in ("{z}", "{x}", "{y}")):
        raise ConfigError(f"invalid tile URL {url!r}", hint="e.g. https://tile.example.org/{z}/{x}/{y}.png")
    if any(c in parts.netloc for c in " ;'\""):
        raise ConfigError(f"invalid tile URL {url!r}")
    return f"{parts.scheme}://{parts.netloc}"
