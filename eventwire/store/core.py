"""The :class:`Store`: one SQL database (SQLite by default, PostgreSQL by URL) behind a small API.

All writes go through this class, each in one transaction (SQLite: ``BEGIN IMMEDIATE`` on a WAL
journal, so readers never block the single writer and a killed process leaves no partial article;
PostgreSQL: a transaction-scoped advisory lock serialises cluster assignment).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import math
import os
import secrets
import socket
import sqlite3
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from sqlalchemy import (
    Connection,
    Engine,
    bindparam,
    create_engine,
    delete,
    event,
    func,
    insert,
    inspect,
    select,
    text,
    update,
)
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError, SQLAlchemyError

from .. import dedup
from ..errors import ConfigError, InputError, StoreError
from ..options import data_dir
from ..schema import Event, Record
from ..textutil import check_query_text, clean_field
from . import tables as t
from .filters import EventFilter

_PG_LOCK = 0x65766E74  # 'evnt': advisory lock id for writers on PostgreSQL


def default_url() -> str:
    return f"sqlite:///{data_dir() / 'eventwire.sqlite'}"


def now() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def _mask(url: str) -> str:
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url


class Store:
    """See the module docstring of :mod:`eventwire.store` for the contract."""

    def __init__(self, url: str | None = None, *, dedup_config: dedup.DedupConfig | None = None,
                 create: bool = True) -> None:
        """Open (and migrate) the store at ``url``; with ``create=False`` (reading commands) a store that
        does not exist yet is a ``ConfigError`` instead of being created: no file, directory or table is
        made."""
        self.url = url or os.environ.get("EVENTWIRE_DB") or default_url()
        self.dedup_config = dedup_config or dedup.DEFAULT_CONFIG
        self.engine = self._make_engine(self.url, create=create)
        self._features: dict[str, dedup.EventFeatures] = {}
        """Dedup features of stored mentions by id (rows never change once written)."""
        self.dialect = self.engine.dialect.name
        if not create and self.schema_version() == 0:
            self.engine.dispose()
            raise ConfigError(f"{_mask(self.url)} is not an eventwire store (it has no tables)",
                              hint="check --db / EVENTWIRE_DB; `eventwire db init` creates a store")
        self.migrate()

    # -- connection ------------------------------------------------------------------------------

    @staticmethod
    def _make_engine(url: str, *, create: bool = True) -> Engine:
        try:
            parsed = make_url(url)
        except ArgumentError:
            raise StoreError(f"invalid database URL {url!r}",
                             hint="sqlite:///path/file.sqlite or postgresql+psycopg://user:pw@host/db") from None
        if parsed.get_backend_name() == "postgresql" and parsed.drivername == "postgresql":
            parsed = parsed.set(drivername="postgresql+psycopg")
        try:
            if parsed.get_backend_name() == "sqlite":
                db = parsed.database
                if db and db != ":memory:" and not create:
                    _check_sqlite_store(Path(db).expanduser())
                if db and db != ":memory:":
                    try:
                        Path(db).expanduser().parent.mkdir(parents=True, exist_ok=True)
                    except OSError as exc:
                        raise StoreError(f"cannot create the directory for {db}: {exc.strerror or exc}") from None
                engine = create_engine(parsed, connect_args={"timeout": 60})
                _sqlite_setup(engine)
            elif parsed.get_backend_name() == "postgresql":
                engine = create_engine(parsed, pool_pre_ping=True, connect_args={"connect_timeout": 10})
            else:
                raise StoreError(f"unsupported database {parsed.get_backend_name()!r}",
                                 hint="use sqlite:/// or postgresql+psycopg://")
        except NoSuchModuleError as exc:
            raise StoreError(f"no driver for {parsed.drivername!r}: {exc}") from None
        return engine

    @contextmanager
    def _tx(self, write: bool = False) -> Iterator[Connection]:
        try:
            with self.engine.connect() as conn:
                if write:
                    conn = conn.execution_options(eventwire_write=True)
                with conn.begin():
                    if write and self.dialect == "postgresql":
                        conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_LOCK})
                    yield conn
        except DBAPIError as exc:
            if exc.connection_invalidated or isinstance(exc.orig, OSError) or "connect" in str(exc.orig).lower():
                raise StoreError(f"cannot reach the database {_mask(self.url)}: {_first_line(exc.orig)}") from None
            raise StoreError(f"database error: {_first_line(exc.orig)}") from exc

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- migrations ------------------------------------------------------------------------------

    def schema_version(self) -> int:
        with self._tx() as conn:
            if not inspect(conn).has_table("schema_version"):
                return 0
            return int(conn.execute(select(func.coalesce(func.max(t.schema_version.c.version), 0))).scalar_one())

    def migrate(self) -> int:
        """Apply pending migrations in order; returns the schema version."""
        try:
            current = self.schema_version()  # read-only first: readers never queue behind a writer
            if current == t.LATEST_VERSION:
                return current
            with self._tx(write=True) as conn:
                t.metadata.create_all(conn, tables=[t.schema_version])
                current = int(conn.execute(
                    select(func.coalesce(func.max(t.schema_version.c.version), 0))).scalar_one())
                if current > t.LATEST_VERSION:
                    raise StoreError(
                        f"database schema version {current} is newer than this eventwire ({t.LATEST_VERSION})",
                        hint="upgrade eventwire")
                for m in t.MIGRATIONS:
                    if m.version > current:
                        m.apply(conn)
                        conn.execute(insert(t.schema_version).values(
                            version=m.version, description=m.description, applied_at=now()))
                        current = m.version
                return current
        except StoreError:
            raise
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot open the store {_mask(self.url)}: {_first_line(exc)}") from None

    # -- runs and failures -----------------------------------------------------------------------

    def start_run(self, options: Mapping[str, Any], sources: list[str], *, resume: bool = False,
                  input_digest: str | None = None) -> str:
        """A new run id, or with ``resume`` the id of the newest unfinished run of the same input: the
        same ``input_digest`` (default: a digest of ``sources``), so a resume never continues the run
        of another input. A matching run still alive on this host is a ``StoreError``."""
        digest = input_digest or sources_digest(sources)
        with self._tx(write=True) as conn:
            if resume:
                row = self._unfinished_run(conn, digest)
                if row is not None and row.status == "running" and _alive_here(row.pid, row.host):
                    raise StoreError(f"run {row.id} is still running (pid {row.pid})",
                                     hint="wait for it or stop it before --resume")
                if row is not None:
                    conn.execute(update(t.runs).where(t.runs.c.id == row.id).values(
                        status="running", pid=os.getpid(), host=socket.gethostname(), resumed=t.runs.c.resumed + 1,
                        finished_at=None))
                    return str(row.id)
            run_id = "r-" + dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S") + "-" + secrets.token_hex(3)
            conn.execute(insert(t.runs).values(
                id=run_id, started_at=now(), status="running", pid=os.getpid(), host=socket.gethostname(),
                options=json.dumps({**options, "input_digest": digest}, default=str, sort_keys=True),
                sources=json.dumps(sources), n_seen=0, n_added=0, n_unchanged=0, n_updated=0, n_failed=0,
                resumed=0))
            return run_id

    @staticmethod
    def _unfinished_run(conn: Connection, digest: str) -> Any:
        """The newest running/interrupted run whose options carry ``input_digest == digest``."""
        rows = conn.execute(
            select(t.runs.c.id, t.runs.c.pid, t.runs.c.host, t.runs.c.status, t.runs.c.options)
            .where(t.runs.c.status.in_(("running", "interrupted")))
            .order_by(t.runs.c.started_at.desc(), t.runs.c.id.desc()))
        for row in rows:
            try:
                opts = json.loads(row.options or "{}")
            except json.JSONDecodeError:
                continue
            if isinstance(opts, dict) and opts.get("input_digest") == digest:
                return row
        return None

    def finish_run(self, run_id: str, status: str = "done") -> None:
        with self._tx(write=True) as conn:
            conn.execute(update(t.runs).where(t.runs.c.id == run_id).values(status=status, finished_at=now()))

    def bump_run(self, run_id: str, **counts: int) -> None:
        """Add to a run's counters (seen, unchanged, ...)."""
        values = {f"n_{k}": getattr(t.runs.c, f"n_{k}") + v for k, v in counts.items() if v}
        if not values:
            return
        with self._tx(write=True) as conn:
            conn.execute(update(t.runs).where(t.runs.c.id == run_id).values(**values))

    def get_run(self, run_id: str) -> dict[str, Any] | None:
        with self._tx() as conn:
            row = conn.execute(select(t.runs).where(t.runs.c.id == run_id)).mappings().first()
            return _run_dict(dict(row)) if row else None

    def add_failure(self, run_id: str | None, key: str, reason: str, kind: str = "input") -> None:
        key, reason = clean_field(key), clean_field(reason)  # reasons quote inputs, which may hold NUL
        with self._tx(write=True) as conn:
            conn.execute(insert(t.failures).values(run_id=run_id, key=key, kind=kind, reason=reason,
                                                   created_at=now()))
            if run_id:
                conn.execute(update(t.runs).where(t.runs.c.id == run_id).values(
                    n_failed=t.runs.c.n_failed + 1, n_seen=t.runs.c.n_seen + 1))

    def failures(self, run_id: str | None = None) -> list[dict[str, Any]]:
        q = select(t.failures).order_by(t.failures.c.id)
        if run_id:
            q = q.where(t.failures.c.run_id == run_id)
        with self._tx() as conn:
            return [dict(r) for r in conn.execute(q).mappings()]

    def failed_keys(self, run_id: str) -> set[str]:
        with self._tx() as conn:
            return {r[0] for r in conn.execute(select(t.failures.c.key).where(t.failures.c.run_id == run_id))}

    # -- articles --------------------------------------------------------------------------------

    def article_run(self, content_hash: str) -> str | None:
        """The run that stored the article with this text (None if not stored or stored outside a run)."""
        with self._tx() as conn:
            row = conn.execute(select(t.articles.c.run_id).where(t.articles.c.content_hash == content_hash)).first()
        return str(row[0]) if row is not None and row[0] is not None else None

    def has_article(self, content_hash: str) -> bool:
        with self._tx() as conn:
            return conn.execute(
                select(t.articles.c.id).where(t.articles.c.content_hash == content_hash)).first() is not None

    def known_hashes(self, hashes: Iterable[str]) -> set[str]:
        wanted = list(set(hashes))
        found: set[str] = set()
        with self._tx() as conn:
            for i in range(0, len(wanted), 500):
                chunk = wanted[i:i + 500]
                found |= {r[0] for r in conn.execute(
                    select(t.articles.c.content_hash).where(t.articles.c.content_hash.in_(chunk)))}
        return found

    def add_records(self, records: Iterable[Record], run_id: str | None = None) -> dict[str, int]:
        counts: Counter[str] = Counter({"added": 0, "unchanged": 0, "updated": 0})
        for rec in records:
            counts[self.add_record(rec, run_id, key=rec.article.url)] += 1
        return dict(counts)

    def add_record(self, record: Record, run_id: str | None = None, *, key: str | None = None) -> str:
        a = record.article
        with self._tx(write=True) as conn:
            if conn.execute(select(t.articles.c.id).where(t.articles.c.content_hash == a.content_hash)).first():
                if run_id:
                    conn.execute(update(t.runs).where(t.runs.c.id == run_id)
                                 .values(n_unchanged=t.runs.c.n_unchanged + 1, n_seen=t.runs.c.n_seen + 1))
                return "unchanged"
            old_ids: list[str] = []
            if key:
                old_ids = [r[0] for r in conn.execute(select(t.articles.c.id).where(
                    t.articles.c.key == key, t.articles.c.superseded_by.is_(None)))]
            stamp = now()
            conn.execute(insert(t.articles), dict(
                id=a.id, content_hash=a.content_hash, key=key, title=a.title, published=a.published,
                source=a.source, url=a.url, dateline=a.dateline, language=a.language,
                n_events=len(record.events), run_id=run_id, ingested_at=stamp, superseded_by=None,
                record=record.model_dump_json()))
            self._insert_children(conn, record)
            touched: set[str] = set()
            if old_ids:
                touched |= self._supersede(conn, old_ids, a.id)
            touched |= self._link_events(conn, record, stamp)
            for event_id in touched:
                self._refresh_event(conn, event_id, stamp)
            outcome = "updated" if old_ids else "added"
            if run_id:
                col = "n_updated" if old_ids else "n_added"
                conn.execute(update(t.runs).where(t.runs.c.id == run_id)
                             .values(**{col: getattr(t.runs.c, col) + 1, "n_seen": t.runs.c.n_seen + 1}))
            return outcome

    def _insert_children(self, conn: Connection, record: Record) -> None:
        aid = record.article.id
        if record.actors:
            conn.execute(insert(t.actors), [
                {"article_id": aid, "actor_id": x.id, "name": x.name, "kind": x.kind, "country": x.country,
                 "sector": x.sector, "n_mentions": len(x.mentions)} for x in record.actors])
        if record.places:
            conn.execute(insert(t.places), [
                {"article_id": aid, "place_id": p.id, "name": p.name, "lat": p.lat, "lon": p.lon,
                 "country": p.country, "admin1": p.admin1, "admin2": p.admin2, "geonameid": p.geonameid,
                 "feature": p.feature} for p in record.places])
        if record.quotes:
            conn.execute(insert(t.quotes), [
                {"article_id": aid, "idx": i, "speaker": q.speaker.name if q.speaker else None, "kind": q.kind,
                 "text": q.text, "start_offset": q.start, "end_offset": q.end} for i, q in enumerate(record.quotes)])

    def _supersede(self, conn: Connection, old_ids: list[str], new_id: str) -> set[str]:
        """Mark older versions of an article superseded; their mentions leave their events."""
        touched = {r[0] for r in conn.execute(select(t.mentions.c.event_id).where(
            t.mentions.c.article_id.in_(old_ids), t.mentions.c.event_id.is_not(None)))}
        conn.execute(update(t.mentions).where(t.mentions.c.article_id.in_(old_ids)).values(event_id=None))
        conn.execute(update(t.articles).where(t.articles.c.id.in_(old_ids)).values(superseded_by=new_id))
        return touched

    def _link_events(self, conn: Connection, record: Record, stamp: str) -> set[str]:
        a = record.article
        touched: set[str] = set()
        seen_ids: set[str] = set()
        for i, ev in enumerate(record.events):
            mid = f"{a.id}/{ev.id}"
            if mid in seen_ids:
                mid = f"{mid}#{i}"
            seen_ids.add(mid)
            row = mention_row(ev, a.id, a.published)
            feats = features_from_row({**row, "id": mid})
            candidates = self._candidates(conn, feats)
            found = dedup.best_cluster(feats, candidates, self.dedup_config)
            if found is None:
                event_id = "e-" + hashlib.sha1(mid.encode()).hexdigest()[:16]
                conn.execute(insert(t.events), dict(
                    id=event_id, type=row["type"], status=row["status"], date=row["date"], date_min=row["date"],
                    date_max=row["date"], place=row["place"], country=row["country"], lat=row["lat"],
                    lon=row["lon"], actors=row["actors"], recipients=row["recipients"], n_articles=1,
                    n_mentions=1, confidence=row["confidence"], evidence=row["evidence"], first_seen=stamp,
                    updated_at=stamp))
                score = None
            else:
                event_id, score = found
            conn.execute(insert(t.mentions), dict(id=mid, event_id=event_id, link_score=score, **row))
            touched.add(event_id)
        return touched

    _FEATURE_COLUMNS = ("id", "article_id", "event_id", "type", "status", "date", "place", "country", "lat", "lon",
                        "actors", "recipients", "evidence")

    def _candidates(self, conn: Connection, f: dedup.EventFeatures) -> dict[str, list[dedup.EventFeatures]]:
        """Mentions already in events that could be the same event as ``f`` (cheap SQL pre-filter)."""
        m = t.mentions
        cfg = self.dedup_config
        q = select(*(m.c[name] for name in self._FEATURE_COLUMNS)).where(
            m.c.type == f.type, m.c.event_id.is_not(None))
        if f.date is not None:
            w = dt.timedelta(days=cfg.window_days)
            q = q.where(m.c.date.between((f.date - w).isoformat(), (f.date + w).isoformat()))
        else:
            q = q.where(m.c.date.is_(None))
        if f.country:
            q = q.where((m.c.country == f.country) | m.c.country.is_(None))
        if f.lat is not None and f.lon is not None:
            dlat = cfg.radius_km / 110.0
            dlon = min(180.0, cfg.radius_km / (111.32 * max(0.01, math.cos(math.radians(f.lat)))))
            q = q.where(m.c.lat.is_(None) | (m.c.lat.between(f.lat - dlat, f.lat + dlat)
                                             & m.c.lon.between(f.lon - dlon, f.lon + dlon)))
        out: dict[str, list[dedup.EventFeatures]] = {}
        for r in conn.execute(q.limit(5000)).mappings():
            feats = self._features.get(r["id"])
            if feats is None:
                feats = features_from_row(dict(r))
                if len(self._features) >= 200_000:
                    self._features.clear()
                self._features[r["id"]] = feats
            out.setdefault(r["event_id"], []).append(feats)
        return out

    def _refresh_event(self, conn: Connection, event_id: str, stamp: str) -> None:
        """Recompute an event's summary from its member mentions."""
        rows = list(conn.execute(select(t.mentions).where(t.mentions.c.event_id == event_id)
                                 .order_by(t.mentions.c.id)).mappings())
        if not rows:
            has_verdicts = conn.execute(select(t.verdicts.c.id).where(t.verdicts.c.event_id == event_id)).first()
            if has_verdicts:
                conn.execute(update(t.events).where(t.events.c.id == event_id).values(
                    n_mentions=0, n_articles=0, updated_at=stamp))
            else:
                conn.execute(delete(t.events).where(t.events.c.id == event_id))
            return
        dates = Counter(r["date"] for r in rows if r["date"])
        date = min(dates, key=lambda d: (-dates[d], d)) if dates else None
        located = [r for r in rows if r["lat"] is not None and r["lon"] is not None]
        named = [r for r in rows if r["place"]]
        place_row = located[0] if located else (named[0] if named else None)
        countries = Counter(r["country"] for r in rows if r["country"])
        best = max(rows, key=lambda r: (r["confidence"], -len(r["evidence"])))
        fatalities = [json.loads(r["event"]).get("counts", {}) or {} for r in rows]
        fat = [int(c["fatalities"]) for c in fatalities if c.get("fatalities") is not None]
        place_event = json.loads(place_row["event"]).get("place") if place_row else None
        conn.execute(update(t.events).where(t.events.c.id == bindparam("_event_id")), dict(
            _event_id=event_id,
            status=dedup.combined_status(r["status"] for r in rows),
            date=date, date_min=min(dates) if dates else None, date_max=max(dates) if dates else None,
            place=place_row["place"] if place_row else None,
            country=countries.most_common(1)[0][0] if countries else None,
            admin1=(place_event or {}).get("admin1"),
            lat=place_row["lat"] if place_row else None, lon=place_row["lon"] if place_row else None,
            actors=_join_names(r["actors"] for r in rows), recipients=_join_names(r["recipients"] for r in rows),
            n_articles=len({r["article_id"] for r in rows}), n_mentions=len(rows),
            confidence=max(r["confidence"] for r in rows), fatalities=max(fat) if fat else None,
            evidence=best["evidence"], updated_at=stamp))

    def get_article(self, article_id: str) -> Record | None:
        check_query_text(article_id, what="article id")
        with self._tx() as conn:
            row = conn.execute(select(t.articles.c.record).where(t.articles.c.id == article_id)).first()
        return Record.model_validate_json(row[0]) if row else None

    def article_summary(self, article_id: str) -> dict[str, Any] | None:
        check_query_text(article_id, what="article id")
        cols = [c for c in t.articles.c if c.name != "record"]
        with self._tx() as conn:
            row = conn.execute(select(*cols).where(t.articles.c.id == article_id)).mappings().first()
        return dict(row) if row else None

    # -- events ----------------------------------------------------------------------------------

    def count_events(self, filters: EventFilter | Mapping[str, Any] | None = None) -> int:
        f = EventFilter.from_mapping(filters)
        with self._tx() as conn:
            return int(conn.execute(select(func.count()).select_from(t.events).where(
                t.events.c.n_mentions > 0, *f.clauses())).scalar_one())

    def query_events(self, filters: EventFilter | Mapping[str, Any] | None = None, limit: int | None = 100,
                     offset: int = 0) -> list[dict[str, Any]]:
        f = EventFilter.from_mapping(filters)
        if limit is not None and limit < 0 or offset < 0:
            raise InputError("limit and offset must not be negative")
        q = (select(t.events).where(t.events.c.n_mentions > 0, *f.clauses())
             .order_by(t.events.c.date.desc().nulls_last(), t.events.c.id).offset(offset))
        if limit is not None:
            q = q.limit(limit)
        with self._tx() as conn:
            rows = [dict(r) for r in conn.execute(q).mappings()]
            links = self._article_links(conn, [r["id"] for r in rows])
        return [_event_dict(r, links.get(r["id"], [])) for r in rows]

    def _article_links(self, conn: Connection, event_ids: list[str]) -> dict[str, list[dict[str, Any]]]:
        out: dict[str, list[dict[str, Any]]] = {}
        for i in range(0, len(event_ids), 500):
            chunk = event_ids[i:i + 500]
            q = (select(t.mentions.c.event_id, t.articles.c.id, t.articles.c.source, t.articles.c.url,
                        t.articles.c.title, t.articles.c.published)
                 .join(t.articles, t.articles.c.id == t.mentions.c.article_id)
                 .where(t.mentions.c.event_id.in_(chunk)).order_by(t.articles.c.published, t.articles.c.id))
            for r in conn.execute(q).mappings():
                lst = out.setdefault(r["event_id"], [])
                if all(x["id"] != r["id"] for x in lst):
                    lst.append({"id": r["id"], "source": r["source"], "url": r["url"], "title": r["title"],
                                "published": r["published"]})
        return out

    def get_event(self, event_id: str) -> dict[str, Any] | None:
        check_query_text(event_id, what="event id")
        with self._tx() as conn:
            row = conn.execute(select(t.events).where(t.events.c.id == event_id)).mappings().first()
            if row is None:
                return None
            links = self._article_links(conn, [event_id])
            ms = list(conn.execute(select(t.mentions).where(t.mentions.c.event_id == event_id)
                                   .order_by(t.mentions.c.id)).mappings())
            vs = list(conn.execute(select(t.verdicts).where(t.verdicts.c.event_id == event_id)
                                   .order_by(t.verdicts.c.id)).mappings())
            events = [json.loads(m["event"]) for m in ms]
            sources, features = self._mention_context(conn, [m["article_id"] for m in ms], events)
        out = _event_dict(dict(row), links.get(event_id, []))
        out["mentions"] = [{
            "id": m["id"], "article_id": m["article_id"], "status": m["status"], "date": m["date"],
            "place": m["place"], "source_name": m["source_name"], "link_score": m["link_score"],
            "evidence": {"start": m["evidence_start"], "end": m["evidence_end"], "text": m["evidence"]},
            "according_to": src, "place_feature": feat, "event": e,
        } for m, e, src, feat in zip(ms, events, sources, features, strict=True)]
        out["articles"] = links.get(event_id, [])
        out["verdicts"] = [{"id": v["id"], "user": v["user"], "verdict": json.loads(v["verdict"]),
                            "created_at": v["created_at"]} for v in vs]
        return out

    @staticmethod
    def _mention_context(conn: Connection, article_ids: list[str], events: list[dict[str, Any]],
                         ) -> tuple[list[dict[str, Any] | None], list[str | None]]:
        """Per mention: who the event is attributed to (name, country code, sector from the article's actor
        table) and the gazetteer feature of its place (populated_place, admin1, country, ...)."""
        arts = sorted(set(article_ids))
        actors: dict[tuple[str, str], dict[str, Any]] = {}
        places: dict[tuple[str, str], str | None] = {}
        if arts:
            for r in conn.execute(select(t.actors.c.article_id, t.actors.c.actor_id, t.actors.c.country,
                                         t.actors.c.sector).where(t.actors.c.article_id.in_(arts))).mappings():
                actors[(r["article_id"], r["actor_id"])] = dict(r)
            for r in conn.execute(select(t.places.c.article_id, t.places.c.place_id, t.places.c.feature)
                                  .where(t.places.c.article_id.in_(arts))).mappings():
                places[(r["article_id"], r["place_id"])] = r["feature"]
        sources: list[dict[str, Any] | None] = []
        features: list[str | None] = []
        for art, e in zip(article_ids, events, strict=True):
            src = e.get("source") or None
            if src and src.get("name"):
                a = actors.get((art, src.get("actor_id") or ""))
                sources.append({"name": src["name"], "code": a["country"] if a else None,
                                "sector": a["sector"] if a else None})
            else:
                sources.append(None)
            place = e.get("place") or {}
            features.append(places.get((art, place.get("place_id") or "")))
        return sources, features

    def iter_events(self, filters: EventFilter | Mapping[str, Any] | None = None,
                    page: int = 500) -> Iterator[dict[str, Any]]:
        """Every matching event with its mentions and articles (for exports), page by page."""
        offset = 0
        while True:
            batch = self.query_events(filters, limit=page, offset=offset)
            for ev in batch:
                full = self.get_event(ev["id"])
                if full is not None:
                    yield full
            if len(batch) < page:
                return
            offset += page

    def add_verdict(self, event_id: str, verdict: Mapping[str, Any], user: str) -> int:
        if not user or not user.strip():
            raise InputError("a verdict needs a user")
        check_query_text(event_id, what="event id")
        check_query_text(user, what="user")
        with self._tx(write=True) as conn:
            if conn.execute(select(t.events.c.id).where(t.events.c.id == event_id)).first() is None:
                raise InputError(f"no event {event_id!r}")
            res = conn.execute(insert(t.verdicts).values(
                event_id=event_id, user=user.strip(), verdict=json.dumps(dict(verdict), sort_keys=True),
                created_at=now()).returning(t.verdicts.c.id))
            return int(res.scalar_one())

    def verdicts(self, event_id: str) -> list[dict[str, Any]]:
        ev = self.get_event(event_id)
        return ev["verdicts"] if ev else []

    def export(self, fmt: str, filters: EventFilter | Mapping[str, Any] | None, fh: IO[Any], **options: Any) -> int:
        """Write the matching events as ``fmt``; ``options`` are the format's (see :mod:`eventwire.export`)."""
        from ..export import write_events

        return write_events(fmt, self.iter_events(filters), fh, **options)

    # -- info ------------------------------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        with self._tx() as conn:
            for table in (t.articles, t.actors, t.places, t.quotes, t.mentions, t.events, t.runs, t.failures,
                          t.verdicts):
                out[table.name] = int(conn.execute(select(func.count()).select_from(table)).scalar_one())
            out["events_live"] = int(conn.execute(select(func.count()).select_from(t.events)
                                                  .where(t.events.c.n_mentions > 0)).scalar_one())
            out["articles_superseded"] = int(conn.execute(select(func.count()).select_from(t.articles)
                                                          .where(t.articles.c.superseded_by.is_not(None))).scalar_one())
        return out

    def runs(self, limit: int = 10) -> list[dict[str, Any]]:
        with self._tx() as conn:
            rows = conn.execute(select(t.runs).order_by(t.runs.c.started_at.desc(), t.runs.c.id.desc())
                                .limit(limit)).mappings()
            return [_run_dict(dict(r)) for r in rows]

    def info(self) -> dict[str, Any]:
        return {"url": _mask(self.url), "dialect": self.dialect, "schema_version": self.schema_version(),
                "counts": self.counts(), "runs": self.runs(5)}


# -- helpers (pure) ------------------------------------------------------------------------------


def _sqlite_setup(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _rec: Any) -> None:
        dbapi_conn.isolation_level = None  # we issue BEGIN ourselves
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA busy_timeout=60000")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        write = conn.get_execution_options().get("eventwire_write")
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


def _check_sqlite_store(path: Path) -> None:
    """``ConfigError`` unless ``path`` is an eventwire SQLite store; looked at read-only (opening it
    through the engine would turn an empty file into a WAL database)."""
    hint = "check --db / EVENTWIRE_DB; `eventwire db init` or `eventwire ingest` creates a store"
    if not path.is_file():
        raise ConfigError(f"no store at {path}", hint=hint)
    try:
        conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
        try:
            found = conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'schema_version'").fetchone()
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise StoreError(f"cannot open the store {path}: {exc}") from None
    if found is None:
        raise ConfigError(f"{path} is not an eventwire store (it has no tables)", hint=hint)


def _alive_here(pid: int | None, host: str | None) -> bool:
    """Whether ``pid`` is a live process other than this one on this machine."""
    if not pid or host != socket.gethostname() or pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def sources_digest(sources: Iterable[str], **extra: Any) -> str:
    """A digest of a run's input: its sources and whatever else decides what is read (``extra``)."""
    blob = json.dumps({"sources": list(sources), **extra}, default=str, sort_keys=True)
    return hashlib.sha256(blob.encode("utf-8", "surrogatepass")).hexdigest()


def _first_line(exc: object) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__


def _names(actors: Iterable[Any]) -> str:
    return "; ".join(dict.fromkeys(a.name for a in actors if a.name))


def _join_names(values: Iterable[str]) -> str:
    counter: Counter[str] = Counter()
    order: dict[str, int] = {}
    for v in values:
        for name in (x.strip() for x in v.split(";")):
            if name:
                counter[name] += 1
                order.setdefault(name, len(order))
    return "; ".join(sorted(counter, key=lambda n: (-counter[n], order[n])))


def mention_row(ev: Event, article_id: str, published: str | None) -> dict[str, Any]:
    """The ``mentions`` row of one article-level event (without id / event_id / link_score)."""
    date = dedup.parse_date(ev.date.value) if ev.date else None
    if date is None:
        date = dedup.parse_date(published)
    p = ev.place
    return {
        "article_id": article_id,
        "local_id": ev.id,
        "type": ev.type.upper(),
        "status": ev.status,
        "date": date.isoformat() if date else None,
        "place": p.name if p else None,
        "country": p.country if p else None,
        "lat": p.lat if p else None,
        "lon": p.lon if p else None,
        "actors": _names(ev.actors),
        "recipients": _names(ev.recipients),
        "source_name": ev.source.name if ev.source else None,
        "evidence": ev.evidence.text,
        "evidence_start": ev.evidence.start,
        "evidence_end": ev.evidence.end,
        "confidence": ev.confidence,
        "event": ev.model_dump_json(),
    }


def features_from_row(r: Mapping[str, Any]) -> dedup.EventFeatures:
    names = [x for x in (r["actors"] + ";" + r["recipients"]).split(";") if x.strip()]
    return dedup.EventFeatures.build(
        r["id"], r["type"], article_id=r["article_id"], date=r["date"], lat=r["lat"], lon=r["lon"],
        country=r["country"], place=r["place"], status=r["status"], actors=names, text=r["evidence"])


def _event_dict(r: Mapping[str, Any], articles: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "id": r["id"], "type": r["type"], "status": r["status"], "date": r["date"],
        "date_min": r["date_min"], "date_max": r["date_max"], "place": r["place"], "country": r["country"],
        "admin1": r["admin1"], "lat": r["lat"], "lon": r["lon"],
        "actors": [x for x in r["actors"].split("; ") if x],
        "recipients": [x for x in r["recipients"].split("; ") if x],
        "n_articles": r["n_articles"], "n_mentions": r["n_mentions"], "confidence": r["confidence"],
        "fatalities": r["fatalities"], "evidence": r["evidence"],
        "sources": list(dict.fromkeys(a["source"] for a in articles if a["source"])),
        "article_ids": [a["id"] for a in articles],
        "first_seen": r["first_seen"], "updated_at": r["updated_at"],
    }


def _run_dict(r: Mapping[str, Any]) -> dict[str, Any]:
    d = dict(r)
    d["options"] = json.loads(d["options"] or "{}")
    d["sources"] = json.loads(d["sources"] or "[]")
    return d
