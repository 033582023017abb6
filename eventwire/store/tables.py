"""The store's tables (SQLAlchemy Core) and its ordered migrations.

``events`` are cross-article events (clusters); ``mentions`` are the article-level events of each
record, each linked to the article it came from and (unless its article was superseded) to one
event. Every article keeps its full record JSON, so nothing extracted is ever lost.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import (
    Column,
    Connection,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    inspect,
    text,
)

metadata = MetaData()

schema_version = Table(
    "schema_version",
    metadata,
    Column("version", Integer, primary_key=True, autoincrement=False),
    Column("description", String(200), nullable=False),
    Column("applied_at", String(32), nullable=False),
)

runs = Table(
    "runs",
    metadata,
    Column("id", String(40), primary_key=True),
    Column("started_at", String(32), nullable=False),
    Column("finished_at", String(32)),
    Column("status", String(16), nullable=False),  # running | done | failed | interrupted
    Column("options", Text, nullable=False, default="{}"),
    Column("sources", Text, nullable=False, default="[]"),
    Column("pid", Integer),
    Column("host", String(255)),
    Column("n_seen", Integer, nullable=False, default=0),
    Column("n_added", Integer, nullable=False, default=0),
    Column("n_unchanged", Integer, nullable=False, default=0),
    Column("n_updated", Integer, nullable=False, default=0),
    Column("n_failed", Integer, nullable=False, default=0),
    Column("resumed", Integer, nullable=False, default=0),
)

articles = Table(
    "articles",
    metadata,
    Column("id", String(40), primary_key=True),
    Column("content_hash", String(64), nullable=False, unique=True),
    Column("key", String(2000)),
    Column("title", Text),
    Column("published", String(10)),
    Column("source", String(500)),
    Column("url", String(2000)),
    Column("dateline", String(200)),
    Column("language", String(16)),
    Column("n_events", Integer, nullable=False, default=0),
    Column("run_id", String(40), ForeignKey("runs.id")),
    Column("ingested_at", String(32), nullable=False),
    Column("superseded_by", String(40)),
    Column("record", Text, nullable=False),
    Index("ix_articles_key", "key"),
    Index("ix_articles_published", "published"),
)

actors = Table(
    "actors",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("article_id", String(40), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("actor_id", String(200), nullable=False),
    Column("name", Text, nullable=False),
    Column("kind", String(32)),
    Column("country", String(3)),
    Column("sector", String(16)),
    Column("n_mentions", Integer, nullable=False, default=0),
    Index("ix_actors_article", "article_id"),
    Index("ix_actors_name", "name"),
)

places = Table(
    "places",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("article_id", String(40), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("place_id", String(200), nullable=False),
    Column("name", Text, nullable=False),
    Column("lat", Float),
    Column("lon", Float),
    Column("country", String(3)),
    Column("admin1", String(200)),
    Column("admin2", String(200)),
    Column("geonameid", Integer),
    Column("feature", String(32)),
    Index("ix_places_article", "article_id"),
)

quotes = Table(
    "quotes",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("article_id", String(40), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("idx", Integer, nullable=False),
    Column("speaker", Text),
    Column("kind", String(16), nullable=False),
    Column("text", Text, nullable=False),
    Column("start_offset", Integer, nullable=False),
    Column("end_offset", Integer, nullable=False),
    Index("ix_quotes_article", "article_id"),
)

events = Table(
    "events",
    metadata,
    Column("id", String(40), primary_key=True),
    Column("type", String(32), nullable=False),
    Column("status", String(16), nullable=False),
    Column("date", String(10)),
    Column("date_min", String(10)),
    Column("date_max", String(10)),
    Column("place", Text),
    Column("country", String(3)),
    Column("admin1", String(200)),
    Column("lat", Float),
    Column("lon", Float),
    Column("actors", Text, nullable=False, default=""),
    Column("recipients", Text, nullable=False, default=""),
    Column("n_articles", Integer, nullable=False, default=0),
    Column("n_mentions", Integer, nullable=False, default=0),
    Column("confidence", Float, nullable=False, default=0.0),
    Column("fatalities", Integer),
    Column("evidence", Text, nullable=False, default=""),
    Column("first_seen", String(32), nullable=False),
    Column("updated_at", String(32), nullable=False),
    Index("ix_events_type_date", "type", "date"),
    Index("ix_events_country", "country"),
)

mentions = Table(
    "mentions",
    metadata,
    Column("id", String(250), primary_key=True),
    Column("article_id", String(40), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("event_id", String(40), ForeignKey("events.id")),
    Column("local_id", String(200), nullable=False),
    Column("type", String(32), nullable=False),
    Column("status", String(16), nullable=False),
    Column("date", String(10)),
    Column("place", Text),
    Column("country", String(3)),
    Column("lat", Float),
    Column("lon", Float),
    Column("actors", Text, nullable=False, default=""),
    Column("recipients", Text, nullable=False, default=""),
    Column("source_name", Text),
    Column("evidence", Text, nullable=False),
    Column("evidence_start", Integer, nullable=False),
    Column("evidence_end", Integer, nullable=False),
    Column("confidence", Float, nullable=False, default=0.0),
    Column("link_score", Float),
    Column("event", Text, nullable=False),
    Index("ix_mentions_event", "event_id"),
    Index("ix_mentions_article", "article_id"),
    Index("ix_mentions_type_date", "type", "date"),
)

failures = Table(
    "failures",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("run_id", String(40), ForeignKey("runs.id")),
    Column("key", String(2000), nullable=False),
    Column("kind", String(32), nullable=False),
    Column("reason", Text, nullable=False),
    Column("created_at", String(32), nullable=False),
    Index("ix_failures_run", "run_id"),
)

verdicts = Table(
    "verdicts",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("event_id", String(40), ForeignKey("events.id"), nullable=False),
    Column("user", String(200), nullable=False),
    Column("verdict", Text, nullable=False),
    Column("created_at", String(32), nullable=False),
    Index("ix_verdicts_event", "event_id"),
)


@dataclass(frozen=True)
class Migration:
    version: int
    description: str
    apply: Callable[[Connection], None]


def _v1(conn: Connection) -> None:
    tables = [runs, articles, actors, places, quotes, events, mentions, failures, verdicts]
    metadata.create_all(conn, tables=tables)


def _v2(conn: Connection) -> None:
    # Stores created by v1 lack runs.host (fresh stores get it from the table definition in _v1).
    if "host" not in {c["name"] for c in inspect(conn).get_columns("runs")}:
        conn.execute(text("ALTER TABLE runs ADD COLUMN host VARCHAR(255)"))


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "articles, actors, places, quotes, events, mentions, runs, failures, verdicts", _v1),
    Migration(2, "runs.host: which machine runs an ingest (resume refuses a live run)", _v2),
)
"""Append-only: a new schema change is a new Migration with the next version number."""

LATEST_VERSION = MIGRATIONS[-1].version
