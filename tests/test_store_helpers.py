"""Builders of real eventwire Records from text written for these tests (no dataset text), and the
store fixture parametrised over SQLite and PostgreSQL (skips with a reason when no server answers)."""

from __future__ import annotations

import hashlib
import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from eventwire.schema import (
    Article,
    Counts,
    Event,
    EventActor,
    EventDate,
    EventPlace,
    EventSource,
    Record,
    Span,
)

PG_URL = os.environ.get("EVENTWIRE_TEST_PG")


def span(text: str, needle: str) -> Span:
    start = text.index(needle)
    return Span(start=start, end=start + len(needle), text=needle)


def make_record(
    text: str,
    events: list[dict[str, Any]],
    *,
    published: str | None = "2025-03-04",
    source: str | None = "Test Wire",
    url: str | None = None,
) -> Record:
    """A record over ``text``; each event dict gives type, evidence (a substring of text) and optional
    actors, recipients, place (name, lat, lon, country), date, status, fatalities, acled, sector."""
    h = hashlib.sha256(text.encode()).hexdigest()
    article = Article(id="a-" + h[:16], title=text.splitlines()[0], published=published,
                      published_source="metadata" if published else "none", source=source, url=url,
                      content_hash=h, text=text)
    evs = []
    for i, e in enumerate(events):
        ev_span = span(text, e["evidence"])
        place = None
        if e.get("place"):
            name, lat, lon, country = e["place"]
            place = EventPlace(name=name, lat=lat, lon=lon, country=country, admin1=e.get("admin1"))
        evs.append(Event(
            id=f"ev{i}",
            type=e["type"],
            actors=[EventActor(name=n, country=e.get("actor_country"), sector=e.get("actor_sector"))
                    for n in e.get("actors", [])],
            recipients=[EventActor(name=n, sector=e.get("recipient_sector")) for n in e.get("recipients", [])],
            place=place,
            date=EventDate(value=e["date"], precision="day") if e.get("date") else None,
            status=e.get("status", "asserted"),
            source=EventSource(name=e["said_by"]) if e.get("said_by") else None,
            evidence=ev_span,
            trigger=span(text, e["trigger"]) if e.get("trigger") else None,
            counts=Counts(fatalities=e["fatalities"]) if e.get("fatalities") is not None else None,
            acled=e.get("acled"),
            confidence=e.get("confidence", 0.8),
        ))
    return Record(article=article, events=evs)


# Two reports of one shelling, one unrelated protest, and a denial of the shelling.
STORY_A = (
    "Shells hit market in Vorlany, killing four\n"
    "VORLANY - Artillery shells struck the central market of Vorlany on Monday, killing four traders, "
    "the regional governor said.\n"
    "\"The market was full when the first shell landed,\" governor Ilse Marnak told reporters.\n"
)
STORY_B = (
    "Four dead as market in Vorlany shelled\n"
    "Four people died when artillery fire hit a crowded market in Vorlany, officials said on Tuesday. "
    "Governor Marnak blamed the Northern Brigade for the shelling of the market.\n"
)
STORY_C = (
    "Teachers march in Delmora over pay\n"
    "DELMORA - Several thousand teachers marched through Delmora on Monday demanding overdue wages.\n"
)
STORY_D = (
    "Brigade denies market attack\n"
    "A spokesman for the Northern Brigade denied that its units shelled the Vorlany market on Monday.\n"
)
VORLANY = ("Vorlany", 48.10, 30.20, "UKR")
VORLANY_NEAR = ("Vorlany market", 48.12, 30.25, "UKR")
DELMORA = ("Delmora", 47.00, 28.80, "MDA")


def stories() -> list[Record]:
    return [
        make_record(STORY_A, [dict(
            type="ASSAULT", evidence="Artillery shells struck the central market of Vorlany on Monday, killing four traders",
            trigger="struck", recipients=["traders"], place=VORLANY, date="2025-03-03", fatalities=4,
            said_by="Ilse Marnak", recipient_sector="CVL",
            acled={"event_type": "Explosions/Remote violence", "sub_event_type": "Shelling/artillery/missile attack"},
        )], url="https://news.example/a", source="Test Wire"),
        make_record(STORY_B, [dict(
            type="ASSAULT", evidence="Four people died when artillery fire hit a crowded market in Vorlany",
            trigger="hit", actors=["Northern Brigade"], actor_sector="REB", recipients=["people"],
            place=VORLANY_NEAR, date="2025-03-03", fatalities=4,
            acled={"event_type": "Explosions/Remote violence", "sub_event_type": "Shelling/artillery/missile attack"},
        )], published="2025-03-04", url="https://other.example/b", source="Other Daily"),
        make_record(STORY_C, [dict(
            type="PROTEST", evidence="Several thousand teachers marched through Delmora on Monday demanding overdue wages",
            trigger="marched", actors=["teachers"], place=DELMORA, date="2025-03-03",
            acled={"event_type": "Protests", "sub_event_type": "Peaceful protest"},
        )], url="https://news.example/c", source="Test Wire"),
        make_record(STORY_D, [dict(
            type="ASSAULT", evidence="denied that its units shelled the Vorlany market on Monday",
            trigger="shelled", actors=["Northern Brigade"], place=VORLANY, date="2025-03-03", status="denied",
            said_by="Northern Brigade",
        )], published="2025-03-05", url="https://third.example/d", source="Third Post"),
    ]


def _pg_admin_url() -> str | None:
    return PG_URL


def _pg_reachable(url: str) -> str | None:
    from sqlalchemy import create_engine, text

    try:
        eng = create_engine(url, connect_args={"connect_timeout": 3})
        with eng.connect() as c:
            c.execute(text("select 1"))
        eng.dispose()
        return None
    except Exception as exc:  # noqa: BLE001 - any failure means: skip with the reason
        return str(exc).splitlines()[0]


def fresh_pg_database() -> Iterator[str]:
    """A new empty PostgreSQL database for one test (dropped afterwards)."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    if not PG_URL:
        pytest.skip("PostgreSQL tests need EVENTWIRE_TEST_PG (set by .ci/run)")
    why = _pg_reachable(PG_URL)
    if why:
        pytest.skip(f"PostgreSQL at EVENTWIRE_TEST_PG is unreachable: {why}")
    name = "ew_" + uuid.uuid4().hex[:12]
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(PG_URL).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as c:
            c.execute(text(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = :n AND pid <> pg_backend_pid()"
            ), {"n": name})
            c.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
        admin.dispose()


@pytest.fixture(params=["sqlite", "postgres"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'store.sqlite'}"
    else:
        yield from fresh_pg_database()
