"""The store on real SQLite and real PostgreSQL (PostgreSQL cases skip with a reason without a server)."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from eventwire.errors import InputError, StoreError
from eventwire.store import Store
from eventwire.store.tables import LATEST_VERSION

from . import test_store_helpers as helpers
from .test_store_helpers import STORY_A, make_record, stories

db_url = helpers.db_url  # the sqlite/postgres fixture


def _vorlany(store: Store) -> dict:
    [ev] = store.query_events({"type": "ASSAULT"})
    return ev


def test_add_cluster_and_query(db_url: str) -> None:
    with Store(db_url) as store:
        assert store.schema_version() == LATEST_VERSION
        run = store.start_run({"k": 1}, ["mem"])
        outcomes = [store.add_record(r, run, key=r.article.url) for r in stories()]
        assert outcomes == ["added"] * 4
        assert store.count_events() == 2
        ev = _vorlany(store)
        # Three articles (two reports and a denial) are one event, listed with all its sources.
        assert ev["n_articles"] == 3 and ev["n_mentions"] == 3
        assert ev["status"] == "disputed"
        assert set(ev["sources"]) == {"Test Wire", "Other Daily", "Third Post"}
        assert ev["place"] and ev["country"] == "UKR" and ev["date"] == "2025-03-03"
        assert ev["fatalities"] == 4
        # Every mention keeps its own evidence, with offsets into its own article.
        full = store.get_event(ev["id"])
        assert full is not None and len(full["mentions"]) == 3 and len(full["articles"]) == 3
        for m in full["mentions"]:
            rec = store.get_article(m["article_id"])
            assert rec is not None
            s, e = m["evidence"]["start"], m["evidence"]["end"]
            assert rec.article.text[s:e] == m["evidence"]["text"]
        # Idempotence: the same records again change nothing.
        again = [store.add_record(r, run, key=r.article.url) for r in stories()]
        assert again == ["unchanged"] * 4
        assert store.counts()["mentions"] == 4 and store.count_events() == 2
        info = store.get_run(run)
        assert info is not None and info["n_added"] == 4 and info["n_unchanged"] == 4


def test_filters(db_url: str) -> None:
    with Store(db_url) as store:
        for r in stories():
            store.add_record(r, None, key=r.article.url)
        q = store.query_events
        assert [e["type"] for e in q({"type": "protest"})] == ["PROTEST"]
        assert [e["type"] for e in q({"country": "mda"})] == ["PROTEST"]
        assert [e["type"] for e in q({"actor": "northern brigade"})] == ["ASSAULT"]
        assert [e["type"] for e in q({"status": "disputed"})] == ["ASSAULT"]
        assert q({"status": "asserted"})[0]["type"] == "PROTEST"
        assert len(q({"date_from": "2025-03-03", "date_to": "2025-03-03"})) == 2
        assert q({"date_from": "2025-03-04"}) == []
        assert [e["type"] for e in q({"bbox": "28,46,29.5,47.5"})] == ["PROTEST"]
        art = stories()[2].article.id
        assert [e["type"] for e in q({"article_id": art})] == ["PROTEST"]
        assert len(q(None, limit=1)) == 1 and len(q(None, limit=1, offset=1)) == 1
        with pytest.raises(InputError):
            q({"type": "NOT_A_TYPE"})
        with pytest.raises(InputError):
            q({"bbox": "1,2,3"})
        with pytest.raises(InputError):
            q({"colour": "red"})


def test_article_roundtrip_and_verdicts(db_url: str) -> None:
    with Store(db_url) as store:
        recs = stories()
        for r in recs:
            store.add_record(r, None, key=r.article.url)
        assert store.get_article(recs[0].article.id) == recs[0]
        assert store.get_article("a-0000000000000000") is None
        ev = _vorlany(store)
        vid = store.add_verdict(ev["id"], {"status": "confirmed", "note": "two independent reports"}, "analyst1")
        store.add_verdict(ev["id"], {"status": "needs-review"}, "analyst2")
        got = store.get_event(ev["id"])
        assert got is not None
        assert [v["user"] for v in got["verdicts"]] == ["analyst1", "analyst2"] and got["verdicts"][0]["id"] == vid
        # The machine record is untouched by verdicts.
        assert got["status"] == "disputed" and store.get_article(recs[0].article.id) == recs[0]
        with pytest.raises(InputError):
            store.add_verdict("e-nope", {"status": "x"}, "a")
        with pytest.raises(InputError):
            store.add_verdict(ev["id"], {"status": "x"}, " ")


def test_changed_article_replaces_old_version(db_url: str) -> None:
    with Store(db_url) as store:
        recs = stories()
        for r in recs:
            store.add_record(r, None, key=r.article.url)
        old = recs[1]
        corrected = make_record(
            old.article.text.replace("Four people died", "Five people died"),
            [dict(type="ASSAULT", evidence="Five people died when artillery fire hit a crowded market in Vorlany",
                  actors=["Northern Brigade"], place=("Vorlany", 48.11, 30.22, "UKR"), date="2025-03-03",
                  fatalities=5)],
            url=old.article.url, source="Other Daily")
        assert store.add_record(corrected, None, key=old.article.url) == "updated"
        counts = store.counts()
        assert counts["articles"] == 5 and counts["articles_superseded"] == 1
        ev = _vorlany(store)
        assert ev["n_articles"] == 3 and ev["fatalities"] == 5
        assert old.article.id not in ev["article_ids"] and corrected.article.id in ev["article_ids"]
        # The old version's record is still there for audit.
        assert store.get_article(old.article.id) == old


def test_runs_failures_and_resume(db_url: str) -> None:
    with Store(db_url) as store:
        run = store.start_run({}, ["x"])
        store.add_failure(run, "file-1", "empty input")
        assert store.failed_keys(run) == {"file-1"}
        # Not finished (as after kill -9): resume continues the same run.
        assert store.start_run({}, ["x"], resume=True) == run
        r = store.get_run(run)
        assert r is not None and r["resumed"] == 1 and r["n_failed"] == 1
        store.finish_run(run)
        assert store.start_run({}, ["x"], resume=True) != run


def test_reopen_keeps_schema_and_data(tmp_path) -> None:
    url = f"sqlite:///{tmp_path / 's.sqlite'}"
    with Store(url) as s:
        s.add_record(make_record(STORY_A, []), None)
    with Store(url) as s:
        assert s.schema_version() == LATEST_VERSION and s.counts()["articles"] == 1
        with s.engine.connect() as c:
            assert c.execute(text("PRAGMA journal_mode")).scalar() == "wal"


def test_store_errors(tmp_path) -> None:
    with pytest.raises(StoreError, match="invalid database URL"):
        Store("not a url")
    with pytest.raises(StoreError, match="unsupported database"):
        Store("mysql://x@localhost/db")
    with pytest.raises(StoreError, match="cannot"):
        Store("postgresql+psycopg://nobody:pw@127.0.0.1:1/none")
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(StoreError):
        Store(f"sqlite:///{blocker / 'sub' / 'db.sqlite'}")


def test_migrations_are_recorded_and_newer_schema_refused(tmp_path) -> None:
    from sqlalchemy import insert, select

    from eventwire.store.tables import MIGRATIONS, schema_version

    url = f"sqlite:///{tmp_path / 'm.sqlite'}"
    with Store(url) as s, s.engine.connect() as c:
        versions = [r[0] for r in c.execute(select(schema_version.c.version))]
        assert versions == [m.version for m in MIGRATIONS]
    with Store(url) as s, s.engine.begin() as c:
        c.execute(insert(schema_version).values(version=LATEST_VERSION + 1, description="future",
                                                applied_at="2099-01-01T00:00:00Z"))
    with pytest.raises(StoreError, match="newer than this eventwire"):
        Store(url)


def test_v1_store_is_migrated(tmp_path) -> None:
    from sqlalchemy import delete, inspect

    from eventwire.store.tables import schema_version

    url = f"sqlite:///{tmp_path / 'old.sqlite'}"
    with Store(url) as s, s.engine.begin() as c:
        # Make it look like a store written by schema v1.
        c.execute(text("ALTER TABLE runs DROP COLUMN host"))
        c.execute(delete(schema_version).where(schema_version.c.version > 1))
    with Store(url) as s:
        assert s.schema_version() == LATEST_VERSION
        assert "host" in {col["name"] for col in inspect(s.engine).get_columns("runs")}
        run = s.start_run({}, [])
        assert s.get_run(run)["host"]  # type: ignore[index]


def test_resume_refuses_a_live_run(tmp_path) -> None:
    import subprocess
    import sys

    with Store(f"sqlite:///{tmp_path / 'live.sqlite'}") as s:
        run = s.start_run({}, [])
        sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
        try:
            with s.engine.begin() as c:
                c.execute(text("UPDATE runs SET pid = :p WHERE id = :r"), {"p": sleeper.pid, "r": run})
            with pytest.raises(StoreError, match="still running"):
                s.start_run({}, [], resume=True)
        finally:
            sleeper.kill()
            sleeper.wait()
        assert s.start_run({}, [], resume=True) == run
