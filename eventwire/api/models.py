"""Request and response bodies of the HTTP API (pydantic, published in the OpenAPI document)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from ..schema import PLOVER_TYPES, Record

MAX_TEXT_CHARS = 2_000_000


class _In(BaseModel):
    model_config = ConfigDict(extra="forbid")


class HttpOptions(_In):
    """The subset of :class:`eventwire.options.Options` a client may set per request.

    ``model``, ``gazetteer`` and ``workers`` name files and processes on the server and are fixed
    when the server starts (``eventwire serve``); sending them is rejected with 422.
    """

    stages: list[str] | None = Field(None, max_length=20)
    batch_size: int | None = Field(None, ge=1, le=256)
    max_chars: int | None = Field(None, ge=1, le=MAX_TEXT_CHARS)
    chunk_chars: int | None = Field(None, ge=1000, le=MAX_TEXT_CHARS)
    time_limit_s: float | None = Field(None, ge=0, le=600)
    country_hint: str | None = Field(None, pattern=r"^[A-Z]{3}$")
    min_confidence: float | None = Field(None, ge=0.0, le=1.0)
    quote_model: bool | None = None
    quote_encoder: Literal["auto", "minilm", "none"] | None = None
    event_encoder: Literal["auto", "minilm", "none"] | None = None
    event_keep: Literal["recall", "precision"] | None = None

    @model_validator(mode="before")
    @classmethod
    def _server_side(cls, data: Any) -> Any:
        if isinstance(data, dict):
            fixed = sorted(k for k in ("model", "gazetteer", "workers") if k in data)
            if fixed:
                raise ValueError(f"{', '.join(fixed)} cannot be set per request: they are fixed when the server "
                                 "starts (eventwire serve --model ...)")
        return data


class ArticleIn(_In):
    """One article: its text, or a URL the server fetches; plus what the caller knows about it."""

    text: str | None = Field(None, min_length=1, max_length=MAX_TEXT_CHARS)
    url: str | None = Field(None, max_length=2048, description="http(s) URL; fetched when no text is given")
    published: str | None = Field(None, max_length=40, description="Publication date, YYYY-MM-DD")
    source: str | None = Field(None, max_length=300)
    title: str | None = Field(None, max_length=1000)

    @model_validator(mode="after")
    def _text_or_url(self) -> ArticleIn:
        if self.text is None and self.url is None:
            raise ValueError("give either 'text' or 'url'")
        return self

    @field_validator("url")
    @classmethod
    def _http_url(cls, value: str | None) -> str | None:
        if value is not None and not value.lower().startswith(("http://", "https://")):
            raise ValueError("url must start with http:// or https://")
        return value


class ExtractRequest(ArticleIn):
    options: HttpOptions | None = None


class ExtractResponse(BaseModel):
    records: list[Record]


class IngestRequest(_In):
    articles: list[ArticleIn] = Field(min_length=1, max_length=100)
    options: HttpOptions | None = None


class IngestResponse(BaseModel):
    article_ids: list[str] = Field(description="Stored articles (new and already known), in input order")
    event_ids: list[str] = Field(description="Cross-article events these articles report")
    counts: dict[str, int] = Field(description="added, unchanged, updated, failed")
    failures: list[dict[str, Any]] = Field(default_factory=list, description="{index, error} per failed article")


class ErrorBody(BaseModel):
    error: str
    hint: str | None = None
    detail: Any | None = None


class EventPage(BaseModel):
    items: list[dict[str, Any]]
    limit: int
    offset: int
    count: int = Field(description="Number of items in this page")
    total: int | None = Field(None, description="Number of events matching the filters")


VerdictKind = Literal["confirm", "reject", "correct"]


class PlaceCorrection(_In):
    name: str = Field(min_length=1, max_length=300)
    lat: float | None = Field(None, ge=-90, le=90)
    lon: float | None = Field(None, ge=-180, le=180)
    country: str | None = Field(None, pattern=r"^[A-Z]{3}$")


class VerdictIn(_In):
    """An analyst's verdict on one event; stored as an audit entry beside the machine's record."""

    verdict: VerdictKind
    type: str | None = Field(None, max_length=30, description="Corrected PLOVER type (upper case)")
    actors: list[str] | None = Field(None, max_length=20)
    recipients: list[str] | None = Field(None, max_length=20)
    place: PlaceCorrection | None = None
    date: str | None = Field(None, max_length=10, pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$")
    note: str | None = Field(None, max_length=5000)
    user: str | None = Field(None, max_length=200)

    @field_validator("type")
    @classmethod
    def _plover_type(cls, value: str | None) -> str | None:
        if value is not None and value not in PLOVER_TYPES:
            raise ValueError(f"type must be one of {', '.join(PLOVER_TYPES)}")
        return value

    @field_validator("actors", "recipients")
    @classmethod
    def _names(cls, value: list[str] | None) -> list[str] | None:
        if value is None:
            return None
        names = [v.strip() for v in value]
        if any(not n or len(n) > 300 for n in names):
            raise ValueError("actor names must be 1 to 300 characters")
        return names

    @model_validator(mode="after")
    def _correction_has_content(self) -> VerdictIn:
        fields = (self.type, self.actors, self.recipients, self.place, self.date)
        if self.verdict == "correct" and all(f is None for f in fields):
            raise ValueError("a 'correct' verdict needs at least one of type, actors, recipients, place, date")
        if self.verdict != "correct" and any(f is not None for f in fields):
            raise ValueError("corrections (type, actors, recipients, place, date) need verdict 'correct'")
        return self

    def corrections(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name in ("type", "actors", "recipients", "place", "date"):
            value = getattr(self, name)
            if value is not None:
                out[name] = value.model_dump(exclude_none=True) if isinstance(value, BaseModel) else value
        return out


class EventDetail(BaseModel):
    """One cross-article event (the fields of a ``GET /events`` item) with ``mentions`` (each
    article's report of it: evidence, place, source), ``articles`` and the analysts' ``verdicts``."""

    model_config = ConfigDict(extra="allow")

    id: str
    type: str
    status: str


class VerdictResult(BaseModel):
    verdict_id: int = Field(description="Id of the stored verdict")
    event: EventDetail = Field(description="The event with every verdict, this one included")


class TileSource(BaseModel):
    url: str = Field(description="XYZ raster tile URL template")
    attribution: str


class Meta(BaseModel):
    """What the review page needs to know about this server."""

    version: str
    plover_types: list[str]
    token_required: bool
    export_formats: list[str]
    tiles: TileSource | None = Field(description="Map tiles under the review page's map (none: no tiles)")


class Health(BaseModel):
    status: Literal["ok"]
