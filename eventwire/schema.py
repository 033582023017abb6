"""The eventwire record schema: one `Record` per article.

Every value that was read from the text carries its evidence as character offsets into the
*original* article text (``text[start:end] == evidence text``). A field that could not be filled is
left empty and, where it matters to an analyst, explained in the owning object's ``reasons`` map.

The JSON Schema in ``docs/schema/record.schema.json`` is generated from these models
(``eventwire schema > docs/schema/record.schema.json``); a test keeps the two in step.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.0"

PLOVER_TYPES: tuple[str, ...] = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)

EventStatus = Literal["asserted", "claimed", "disputed", "denied", "hypothetical", "future", "historical"]
QuoteKind = Literal["direct", "indirect", "mixed"]
QuadClass = Literal["verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict"]
TimeType = Literal["DATE", "TIME", "DURATION", "SET"]
DatePrecision = Literal["day", "week", "month", "season", "quarter", "year", "decade", "century", "publication"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Span(_Model):
    """A stretch of the original article text: ``text == article.text[start:end]``."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str


class Article(_Model):
    id: str = Field(description="Stable id: 'a-' + first 16 hex digits of the content hash")
    title: str | None = None
    title_span: Span | None = None
    dateline: str | None = Field(None, description="Place name of the dateline, e.g. 'JAKARTA'")
    dateline_span: Span | None = None
    published: str | None = Field(None, description="Publication date, ISO-8601 (YYYY-MM-DD)")
    published_source: Literal["metadata", "text", "dateline", "none"] = "none"
    source: str | None = Field(None, description="Publisher or feed name")
    url: str | None = None
    language: str | None = "en"
    content_hash: str = Field(description="sha256 of the original text (UTF-8)")
    text: str
    body_start: int = Field(0, ge=0, description="Offset where the body (after headline and dateline) starts")
    excluded: list[Span] = Field(default_factory=list, description="Boilerplate lines left out of analysis")


class Actor(_Model):
    id: str
    name: str = Field(description="Canonical name")
    kind: Literal["person", "organization", "group", "country", "role", "other"] = "other"
    country: str | None = Field(None, description="ISO 3166-1 alpha-3")
    sector: str | None = Field(None, description="Primary sector code: GOV, MIL, REB, INS, CVL, MED, ...")
    sectors: list[str] = Field(default_factory=list, description="All sector codes that apply")
    mentions: list[Span] = Field(default_factory=list)
    reasons: dict[str, str] = Field(default_factory=dict)


class Place(_Model):
    id: str
    name: str
    lat: float | None = None
    lon: float | None = None
    country: str | None = Field(None, description="ISO 3166-1 alpha-3")
    admin1: str | None = None
    admin2: str | None = None
    geonameid: int | None = None
    feature: Literal["country", "admin1", "admin2", "populated_place", "region", "other"] | None = None
    mentions: list[Span] = Field(default_factory=list)
    confidence: float = 0.0
    reasons: dict[str, str] = Field(default_factory=dict)


class TimeExpr(_Model):
    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    value: str | None = Field(None, description="TimeML value: 2021-08-15, 2021-W33, 198X, P3D, PAST_REF ...")
    type: TimeType = "DATE"
    mod: str | None = Field(None, description="TimeML mod: BEFORE, AFTER, APPROX, START, END ...")
    anchor: str | None = Field(None, description="The date the value was resolved against")
    reasons: dict[str, str] = Field(default_factory=dict)


class Speaker(_Model):
    name: str
    actor_id: str | None = None
    start: int | None = None
    end: int | None = None
    resolved_from: Span | None = Field(None, description="The pronoun or description the speaker was resolved from")


class Quote(_Model):
    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    kind: QuoteKind
    cue: Span | None = None
    speaker: Speaker | None = None
    channel: Span | None = Field(None, description="Where it was said: 'told Reuters by telephone', 'in an editorial'")
    confidence: float | None = Field(
        None,
        ge=0.0,
        le=1.0,
        description="The attribution model's probability that this is an attribution with these content bounds "
        "(None when quotes come from the rules alone)",
    )
    reasons: dict[str, str] = Field(default_factory=dict)


class EventActor(_Model):
    name: str
    actor_id: str | None = None
    country: str | None = None
    sector: str | None = None
    start: int | None = None
    end: int | None = None


class EventPlace(_Model):
    name: str
    place_id: str | None = None
    lat: float | None = None
    lon: float | None = None
    country: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    geonameid: int | None = None
    start: int | None = None
    end: int | None = None
    precision: int | None = Field(
        default=None, ge=1, le=3,
        description="ACLED geo_precision: 1 the town or site itself, 2 near it or its district/region, 3 only the "
        "province or country (a place not in the event's sentence counts at least 2)",
    )


class EventDate(_Model):
    value: str
    text: str | None = None
    precision: DatePrecision = "publication"
    start: int | None = None
    end: int | None = None


class EventSource(_Model):
    name: str
    actor_id: str | None = None
    quote_index: int | None = Field(None, description="Index into the record's quotes[]")
    start: int | None = None
    end: int | None = None


class Acled(_Model):
    event_type: str
    sub_event_type: str | None = None


class Counts(_Model):
    fatalities: int | None = None
    injured: int | None = None
    arrested: int | None = None
    size: int | None = None
    size_text: str | None = None


class Event(_Model):
    id: str
    type: str = Field(description="PLOVER event type, upper case")
    mode: list[str] = Field(default_factory=list)
    context: list[str] = Field(default_factory=list)
    actors: list[EventActor] = Field(default_factory=list)
    recipients: list[EventActor] = Field(default_factory=list)
    place: EventPlace | None = None
    date: EventDate | None = None
    status: EventStatus = "asserted"
    source: EventSource | None = None
    evidence: Span
    mentions: list[Span] = Field(
        default_factory=list, description="Other sentences that report the same happening (merged into this event)"
    )
    trigger: Span | None = None
    acled: Acled | None = None
    cameo: str | None = None
    quad_class: QuadClass | None = None
    counts: Counts | None = None
    confidence: float = Field(0.0, ge=0.0, le=1.0)
    reasons: dict[str, str] = Field(default_factory=dict)


class Record(_Model):
    schema_version: str = SCHEMA_VERSION
    article: Article
    actors: list[Actor] = Field(default_factory=list)
    places: list[Place] = Field(default_factory=list)
    times: list[TimeExpr] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)


def record_json_schema() -> dict[str, object]:
    """The JSON Schema (draft 2020-12) of one record."""
    schema = Record.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "https://eventwire.dev/schema/record.schema.json"
    schema["title"] = "eventwire record"
    return schema
