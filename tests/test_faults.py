"""Store faults: a disk that fills up during ingest, and two ingest processes writing one store.

Run on real SQLite, and on real PostgreSQL when ``EVENTWIRE_TEST_PG`` is set (skipped with the reason
otherwise). How the disk fills up:

* SQLite in-process: ``PRAGMA max_page_count`` on every connection of the store's engine, so the
  database refuses to grow (SQLITE_FULL, the error a full disk gives).
* SQLite under the CLI: ``RLIMIT_FSIZE`` in the ingest subprocess, so the operating system refuses the
  write that would grow the journal (EFBIG, which SQLite reports as a full disk).
* PostgreSQL: a trigger on ``mentions`` that raises SQLSTATE 53100 (``disk_full``) once the store holds
  a given number of articles -- the article row of the failing transaction is already written when the
  error comes, so a half-written article would show.

After each fault: the error is one clean line (no traceback), the database passes its integrity
checks, every stored article is whole (its record, actors, places, quotes and mentions agree), and a
rerun without the fault stores every article exactly once. The texts are written for these tests.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import resource
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, func, select

from eventwire.errors import StoreError
from eventwire.schema import Record
from eventwire.store import Store
from eventwire.store import tables as t

from . import test_store_helpers as helpers

db_url = helpers.db_url  # the sqlite/postgres fixture
ROOT = Path(__file__).resolve().parent.parent

TOWNS = [("Arlen", 48.1, 24.2), ("Bosk", 48.3, 24.9), ("Corrin", 47.6, 25.1), ("Dalemoor", 47.9, 23.8),
         ("Estwick", 48.6, 24.4), ("Fenlow", 47.4, 24.7)]
GROUPS = ["dock workers", "nurses", "farmers", "students", "bus drivers", "teachers"]


def article_text(i: int, rng: random.Random) -> str:
    """A short wire story (original text) with a protest, a quote and an agreement or an attack."""
    town, _, _ = rng.choice(TOWNS)
    group = rng.choice(GROUPS)
    n = rng.randint(2, 9) * 100
    day = rng.choice(["Monday", "Tuesday", "Wednesday", "Thursday"])
    lines = [
        f"{group.title()} protest in {town} over pay (item {i})",
        f"{town.upper()} - About {n} {group} marched through {town} on {day} to protest unpaid wages, "
        f"union leader Tomas Berg said.",
        "\"We will not go back until we are paid,\" Berg told reporters outside the town hall.",
    ]
    if rng.random() < 0.5:
        lines.append(f"Police said two officers were injured when unknown men attacked the march near the "
                     f"{town} railway station.")
    else:
        lines.append(f"Later the mayor of {town} agreed to meet the union on Friday, his office said.")
    return "\n".join(lines) + "\n"


def article_record(i: int, rng: random.Random) -> Record:
    """A store record with events, actors and a place over an original text (no extraction needed)."""
    town, lat, lon = rng.choice(TOWNS)
    group = rng.choice(GROUPS)
    body = (f"{group.title()} protest in {town} (record {i})\n"
            f"{town.upper()} - Hundreds of {group} marched in {town} on 4 March, organisers said. "
            f"Police detained {rng.randint(2, 40)} people near the market, a police spokesman said.\n")
    return helpers.make_record(body, [
        {"type": "PROTEST", "evidence": f"Hundreds of {group} marched in {town}", "actors": [group],
         "place": (town, lat, lon, "UKR"), "date": "2025-03-04", "said_by": "organisers"},
        {"type": "COERCE", "evidence": "Police detained", "actors": ["Police"], "recipients": [group],
         "place": (town, lat, lon, "UKR"), "date": "2025-03-04"},
    ])


def ensure_gazetteer() -> None:
    """Build the gazetteer (first use in a fresh checkout) in this process, before any subprocess."""
    from eventwire.gazetteer import ensure_gazetteer as ensure
    from eventwire.options import Options

    ensure(Options().gazetteer_path())


# ---- consistency checks -----------------------------------------------------------------------------


def check_store(store: Store) -> dict[str, int]:
    """Integrity of the database and of every stored article; returns row counts."""
    with store.engine.connect() as c:
        if store.dialect == "sqlite":
            assert c.exec_driver_sql("PRAGMA integrity_check").scalar_one() == "ok"
            assert c.exec_driver_sql("PRAGMA foreign_key_check").all() == []
        dup = c.execute(select(t.articles.c.content_hash).group_by(t.articles.c.content_hash)
                        .having(func.count() > 1)).all()
        assert dup == [], f"duplicated articles: {dup}"
        per_table: dict[str, dict[str, int]] = {}
        for table in (t.actors, t.places, t.quotes, t.mentions):
            q = select(table.c.article_id, func.count()).group_by(table.c.article_id)
            per_table[table.name] = {str(aid): int(n) for aid, n in c.execute(q)}
        rows = c.execute(select(t.articles.c.id, t.articles.c.content_hash, t.articles.c.n_events,
                                t.articles.c.record)).all()
        for aid, h, n_events, raw in rows:
            rec = Record.model_validate_json(raw)
            assert rec.article.id == aid and rec.article.content_hash == h
            assert hashlib.sha256(rec.article.text.encode()).hexdigest() == h
            assert n_events == len(rec.events)
            whole = {"actors": len(rec.actors), "places": len(rec.places), "quotes": len(rec.quotes),
                     "mentions": len(rec.events)}
            got = {name: per_table[name].get(aid, 0) for name in whole}
            assert got == whole, f"article {aid} is half-written: {got} != {whole}"
        # Every mention points at a live event, and every event's counters match its mentions.
        orphans = c.execute(select(t.mentions.c.id).where(
            t.mentions.c.event_id.is_not(None), t.mentions.c.event_id.not_in(select(t.events.c.id)))).all()
        assert orphans == []
        q = (select(t.mentions.c.event_id, func.count()).where(t.mentions.c.event_id.is_not(None))
             .group_by(t.mentions.c.event_id))
        members: dict[str, int] = {str(eid): int(n) for eid, n in c.execute(q)}
        for eid, n_mentions in c.execute(select(t.events.c.id, t.events.c.n_mentions)).all():
            assert members.get(eid, 0) == n_mentions, f"event {eid}: {n_mentions} != {members.get(eid, 0)}"
    return store.counts()


def stored_hashes(store: Store) -> list[str]:
    with store.engine.connect() as c:
        return [h for (h,) in c.execute(select(t.articles.c.content_hash))]


# ---- fault injection ---------------------------------------------------------------------------------

PG_DISK_FULL = """
CREATE OR REPLACE FUNCTION ew_test_disk_full() RETURNS trigger AS $$
BEGIN
  IF (SELECT count(*) FROM articles) > {limit} THEN
    RAISE EXCEPTION 'could not extend file: No space left on device' USING ERRCODE = 'disk_full';
  END IF;
  RETURN NEW;
END $$ LANGUAGE plpgsql;
DROP TRIGGER IF EXISTS ew_test_disk_full ON mentions;
CREATE TRIGGER ew_test_disk_full BEFORE INSERT ON mentions FOR EACH ROW EXECUTE FUNCTION ew_test_disk_full();
"""


def pg_fill_disk(store: Store, after_articles: int) -> Callable[[], None]:
    """Make the PostgreSQL store fail with disk_full once it holds ``after_articles``; returns the undo."""
    with store.engine.begin() as c:
        c.exec_driver_sql(PG_DISK_FULL.format(limit=int(after_articles)))

    def undo() -> None:
        with store.engine.begin() as c:
            c.exec_driver_sql("DROP TRIGGER IF EXISTS ew_test_disk_full ON mentions")

    return undo


def sqlite_cap_pages(store: Store, extra_pages: int) -> None:
    """Cap the SQLite database of ``store`` at its current size plus ``extra_pages`` pages."""
    with store.engine.connect() as c:
        pages = int(c.exec_driver_sql("PRAGMA page_count").scalar_one())
    cap = pages + extra_pages

    @event.listens_for(store.engine, "connect")
    def _cap(dbapi_conn: Any, _rec: Any) -> None:
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA max_page_count = {cap}")
        cur.close()

    store.engine.dispose()  # new connections get the cap


# ---- disk full, in process ---------------------------------------------------------------------------


def test_disk_full_rolls_back_the_whole_article_and_a_rerun_completes(db_url: str) -> None:
    rng = random.Random(7)
    records = [article_record(i, rng) for i in range(40)]
    with Store(db_url) as store:
        for rec in records[:3]:
            store.add_record(rec, key=f"rec-{rec.article.id}")
        undo = pg_fill_disk(store, 6) if store.dialect == "postgresql" else None
        if store.dialect == "sqlite":
            # A WAL store checkpoints into the main file only later; write straight into it here.
            with store.engine.connect() as c:
                c.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            sqlite_cap_pages(store, 6)
        stored = 3
        error: StoreError | None = None
        for rec in records[3:]:
            try:
                store.add_record(rec, key=f"rec-{rec.article.id}")
            except StoreError as exc:
                error = exc
                break
            stored += 1
        assert error is not None, "the fault never fired"
        assert 3 <= stored < len(records)
        assert "full" in error.message.lower() or "space" in error.message.lower(), error.message
        assert "\n" not in error.message
        failed = records[stored].article.id
        counts = check_store(store)
        assert counts["articles"] == stored
        assert store.get_article(failed) is None and store.article_summary(failed) is None
        if undo is not None:
            undo()
    print(f"\ndisk full in process [{db_url.split(':')[0]}]: {error.message!r} after {stored} articles")
    # The fault gone (a fresh connection without the cap), the same input completes; nothing twice.
    with Store(db_url) as store:
        outcomes = [store.add_record(rec, key=f"rec-{rec.article.id}") for rec in records]
        assert outcomes.count("unchanged") == stored and outcomes.count("added") == len(records) - stored
        counts = check_store(store)
        assert counts["articles"] == len(records)
        assert sorted(stored_hashes(store)) == sorted(r.article.content_hash for r in records)


# ---- disk full under the CLI -------------------------------------------------------------------------


def _ingest_cmd(url: str, *sources: Path) -> list[str]:
    return [sys.executable, "-m", "eventwire", "ingest", *map(str, sources), "--db", url, "--batch-size", "2",
            "--json", "-q"]


def _corpus(d: Path, start: int, n: int, seed: int) -> list[str]:
    d.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    texts = []
    for i in range(start, start + n):
        txt = article_text(i, rng)
        (d / f"item{i:03d}.txt").write_text(txt, encoding="utf-8")
        texts.append(txt)
    return texts


def _hashes(texts: list[str]) -> set[str]:
    return {hashlib.sha256(x.encode()).hexdigest() for x in texts}


def _file_limit(nbytes: int) -> Callable[[], None]:
    def limit() -> None:  # runs in the child before exec
        resource.setrlimit(resource.RLIMIT_FSIZE, (nbytes, nbytes))

    return limit


@pytest.mark.slow
def test_disk_full_during_cli_ingest_is_one_clean_error_and_a_rerun_completes(db_url: str, tmp_path: Path) -> None:
    ensure_gazetteer()  # built outside the limited process
    texts = _corpus(tmp_path / "in", 0, 14, seed=3)
    with Store(db_url) as store:  # created (migrated) outside the limited process
        undo = pg_fill_disk(store, 4) if store.dialect == "postgresql" else None
    preexec = _file_limit(600 * 1024) if undo is None else None
    proc = subprocess.run(_ingest_cmd(db_url, tmp_path / "in"), cwd=ROOT, capture_output=True, text=True,
                          timeout=240, preexec_fn=preexec)
    assert proc.returncode != 0, f"the fault never fired: {proc.stdout[-500:]}"
    assert "Traceback" not in proc.stderr, proc.stderr
    err = [line for line in proc.stderr.splitlines() if line.strip()]
    assert len(err) == 1 and err[0].startswith("error:"), proc.stderr
    # SQLite reports EFBIG as an I/O error (ENOSPC as "database or disk is full"); PostgreSQL says "space".
    assert any(w in err[0].lower() for w in ("full", "space", "disk i/o")), err[0]
    with Store(db_url) as store:
        counts = check_store(store)
        partial = counts["articles"]
        assert 0 < partial < len(texts), f"the fault must land mid-run ({partial} of {len(texts)})"
        assert set(stored_hashes(store)) <= _hashes(texts)
        [run] = store.runs()
        assert run["status"] in ("failed", "running")  # failed when the store could still record it
        if undo is not None:
            undo()
    again = subprocess.run(_ingest_cmd(db_url, tmp_path / "in"), cwd=ROOT, capture_output=True, text=True,
                           timeout=240)
    assert again.returncode == 0, again.stderr
    summary = json.loads(again.stdout)
    assert (summary["added"], summary["unchanged"], summary["failed"]) == (len(texts) - partial, partial, 0)
    with Store(db_url) as store:
        counts = check_store(store)
        assert counts["articles"] == len(texts)
        assert set(stored_hashes(store)) == _hashes(texts)
        assert counts["mentions"] > 0, "the corpus must produce events, or half-written ones could not show"
    print(f"\ndisk full under the CLI [{db_url.split(':')[0]}]: {err[0]!r} after {partial} of {len(texts)} "
          f"articles; rerun added {summary['added']}, lost 0, duplicated 0")


# ---- concurrent writers ------------------------------------------------------------------------------


@pytest.mark.slow
def test_two_ingest_processes_on_one_store_lose_and_duplicate_nothing(db_url: str, tmp_path: Path) -> None:
    shared = _corpus(tmp_path / "shared", 0, 10, seed=21)
    only_a = _corpus(tmp_path / "a", 100, 8, seed=22)
    only_b = _corpus(tmp_path / "b", 200, 8, seed=23)
    # The same text under another name on each side: another key, the same article.
    (tmp_path / "a" / "twin.txt").write_text(shared[3], encoding="utf-8")
    (tmp_path / "b" / "twin.txt").write_text(only_a[2], encoding="utf-8")
    (tmp_path / "b" / "bad.txt").write_bytes(b"\x00\x01\x02 binary \xff\xfe")
    ensure_gazetteer()  # built once, not by both writers at the same time
    with Store(db_url):
        pass  # migrated once; the two writers then race on the data, not on the schema
    env = {**os.environ, "EVENTWIRE_HOME": os.environ["EVENTWIRE_HOME"]}
    procs = [subprocess.Popen(_ingest_cmd(db_url, tmp_path / "shared", tmp_path / side), cwd=ROOT, env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for side in ("a", "b")]
    outs = []
    deadline = time.monotonic() + 300
    for p in procs:
        out, err = p.communicate(timeout=max(1.0, deadline - time.monotonic()))
        assert p.returncode == 0, err
        outs.append(json.loads(out))
    ra, rb = outs
    distinct = _hashes(shared + only_a + only_b)
    for r in outs:
        assert r["added"] + r["unchanged"] + r["failed"] == r["seen"]
        assert r["updated"] == 0
    assert ra["seen"] == 10 + 9 and rb["seen"] == 10 + 10
    assert (ra["failed"], rb["failed"]) == (0, 1)
    assert ra["added"] + rb["added"] == len(distinct), (ra, rb)
    with Store(db_url) as store:
        counts = check_store(store)
        assert counts["articles"] == len(distinct)
        assert set(stored_hashes(store)) == distinct
        runs = store.runs()
        assert sorted(r["status"] for r in runs) == ["done", "done"]
        assert sum(r["n_added"] for r in runs) == len(distinct)
        r1, r2 = runs
        assert r1["started_at"] <= r2["finished_at"] and r2["started_at"] <= r1["finished_at"], \
            "the two writers must overlap in time"
        assert counts["failures"] == 1
        assert counts["mentions"] > 0
    print(f"\nconcurrent writers [{db_url.split(':')[0]}]: {ra['seen'] + rb['seen']} items tried, "
          f"{ra['added']}+{rb['added']} added, {ra['unchanged'] + rb['unchanged']} unchanged, "
          f"{ra['failed'] + rb['failed']} failed cleanly, {len(distinct)} distinct stored once, lost 0")
