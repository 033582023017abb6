"""Hardening of the local edges (issue 22, points 3-7): NUL and invalid code points never reach the
store and are refused in queries, every read is counted, non-regular files are refused, `ingest`
exits non-zero when nothing was stored, reading commands never create a store, `--resume` continues
the run of the same input with exact counters, UTF-16 input is text, and overlong entities are dropped.

CLI through a subprocess, the server through a real uvicorn on loopback; the ``db_url`` tests run on
SQLite and, when EVENTWIRE_TEST_PG is set, on PostgreSQL."""

from __future__ import annotations

import json
import os
import random
import signal
import string
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest

from eventwire.errors import InputError
from eventwire.store import EventFilter, Store

from . import test_store_helpers as helpers
from .badinputs import corpus
from .serving import serve_process
from .test_ingest import ROOT, story

db_url = helpers.db_url  # the sqlite/postgres fixture

LEAD = ("Police clash with protesters in Nairobi\n"
        "NAIROBI - Police fired tear gas at protesters in Nairobi on Tuesday, witnesses said. The interior "
        "ministry said ten people were arrested near the parliament building.\n")


def cli(*args: str | bytes, stdin: str | None = None, stdin_file: object = None,
        timeout: float = 240) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    argv: list[str | bytes] = [sys.executable, "-m", "eventwire", *args]
    return subprocess.run(argv, input=stdin, stdin=stdin_file, capture_output=True, text=True,  # type: ignore[call-overload]
                          timeout=timeout, env=env, cwd=ROOT)


def one_error_line(res: subprocess.CompletedProcess[str]) -> str:
    """The error line a failed command ends with (after any run summary); never a traceback."""
    assert "Traceback" not in res.stderr, res.stderr
    last = res.stderr.strip().splitlines()[-1]
    assert last.startswith("error: "), res.stderr
    return last


# -- 3. NUL characters ---------------------------------------------------------------------------


def test_nul_in_record_fields_is_cleaned_and_the_ingest_goes_on(db_url: str, tmp_path: Path) -> None:
    rng = random.Random(3)
    records = [
        {"id": "r1", "title": "Rally\u0000 in Arlen", "text": story(1, rng), "source": "Valley\u0000 Wire",
         "url": "https://news.example/a\u0000b"},
        {"id": "r2", "title": "Bad date", "text": story(2, rng), "published": "2025-01-0\u00001"},
        {"id": "r3", "title": "Lone \ud800 surrogate", "text": story(3, rng)},
        {"id": "r4", "title": "NUL in text", "text": story(4, rng).replace("Police", "Pol\u0000ice", 1)},
        {"id": "r5", "title": "Clean", "text": story(5, rng)},
    ]
    src = tmp_path / "dump.jsonl"
    src.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    res = cli("ingest", str(src), "--db", db_url, "--stages", "read", "--json")
    assert res.returncode == 0, res.stderr
    summary = json.loads(res.stdout)
    assert (summary["seen"], summary["added"], summary["failed"]) == (5, 3, 2)
    reasons = sorted(f["reason"] for f in summary["failures"])
    assert reasons[0].startswith("invalid published date") and "\x00" not in reasons[0]
    assert "binary" in reasons[1]
    with Store(db_url) as store:
        titles = sorted(store.get_article(r["id"]).article.title or ""  # type: ignore[union-attr]
                        for r in store_articles(store))
        assert titles == ["Clean", "Lone \ufffd surrogate", "Rally in Arlen"]
        stored = {rec.article.title: rec.article for rec in (store.get_article(r["id"]) for r in store_articles(store))
                  if rec is not None}
        assert stored["Rally in Arlen"].source == "Valley Wire"
        assert stored["Rally in Arlen"].url == "https://news.example/ab"
        run = store.get_run(summary["run_id"])
        assert run is not None and (run["n_seen"], run["n_added"], run["n_failed"]) == (5, 3, 2)
    # Run again: nothing is stuck, the stored items are unchanged, the bad ones fail alone again.
    again = cli("ingest", str(src), "--db", db_url, "--stages", "read", "--json")
    assert again.returncode == 0, again.stderr
    assert (json.loads(again.stdout)["unchanged"], json.loads(again.stdout)["failed"]) == (3, 2)


def store_articles(store: Store) -> list[dict[str, object]]:
    from sqlalchemy import select

    from eventwire.store.tables import articles

    with store.engine.connect() as c:
        return [dict(r) for r in c.execute(select(articles.c.id)).mappings()]


def test_nul_and_invalid_code_points_in_queries_are_refused(db_url: str) -> None:
    with Store(db_url) as store:
        for bad in ("\x00", "Kabul\x00", "a\udcffb"):
            with pytest.raises(InputError, match="NUL character or an invalid code point"):
                store.query_events(EventFilter.from_mapping({"actor": bad}))
            with pytest.raises(InputError):
                store.get_event(bad)
            with pytest.raises(InputError):
                store.get_article(bad)
        assert store.query_events({"actor": "Kabul"}) == []
    # argv cannot carry NUL; bytes that are not UTF-8 reach Python as lone surrogates.
    for args in ([b"events", b"--actor", b"a\xffb"], [b"event", b"e-\xff"], [b"export", b"-f", b"geojson",
                                                                            b"--actor", b"\xfe"]):
        res = cli(*args, b"--db", db_url.encode())
        assert res.returncode == 2, res.stderr
        assert "NUL character or an invalid code point" in one_error_line(res)


def test_server_answers_422_for_nul_in_queries_and_stores_cleaned_titles(db_url: str) -> None:
    with Store(db_url):
        pass  # create the store
    with serve_process(db_url) as server:
        for path in ("/events?actor=%00", "/events?actor=Kabul%00", "/events?date_from=2025-01-01%00",
                     "/events/%00", "/articles/%00", "/export?format=geojson&actor=%00"):
            r = httpx.get(server.base + path, timeout=30)
            assert r.status_code == 422, (path, r.status_code, r.text)
            assert "NUL" in f"{r.json()['error']} {r.json().get('hint')}", r.text
        body = {"articles": [{"text": LEAD, "title": "Clash\u0000 in Nairobi", "source": "Wire\u0000"}],
                "options": {"stages": ["read"]}}
        r = httpx.post(server.base + "/articles", json=body, timeout=120)
        assert r.status_code == 200, r.text
        [article_id] = r.json()["article_ids"]
        got = httpx.get(f"{server.base}/articles/{article_id}", timeout=30).json()
        assert (got["article"]["title"], got["article"]["source"]) == ("Clash in Nairobi", "Wire")


# -- 4. Counted reads ----------------------------------------------------------------------------


def test_extract_refuses_devices_and_directories_and_caps_stdin(tmp_path: Path) -> None:
    for path, why in (("/dev/zero", "is a device"), ("/dev/null", "is a device"), (str(tmp_path), "is a directory")):
        res = cli("extract", path, "--stages", "read", timeout=60)
        assert res.returncode == 2 and why in one_error_line(res), res.stderr
    with open("/dev/zero", "rb") as zero:  # stdin that never ends: read up to the limit, then refused
        res = cli("extract", "-", "--stages", "read", stdin_file=zero, timeout=120)
    assert res.returncode == 2 and "too large" in one_error_line(res), res.stderr


def test_a_fifo_is_read_with_the_cap_and_one_without_writer_does_not_hang(tmp_path: Path) -> None:
    fifo = tmp_path / "in.fifo"
    os.mkfifo(fifo)
    res = cli("extract", str(fifo), "--stages", "read", timeout=60)  # nobody writes: empty, at once
    assert res.returncode == 2 and "is empty" in one_error_line(res)

    def write() -> None:
        with open(fifo, "w", encoding="utf-8") as fh:
            fh.write(LEAD)

    proc = subprocess.Popen([sys.executable, "-m", "eventwire", "extract", str(fifo), "--stages", "read"],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    writer = threading.Thread(target=write, daemon=True)
    writer.start()
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    assert json.loads(out)["article"]["text"] == LEAD


def test_ingest_of_a_device_or_endless_stdin_fails_alone_and_exits_2(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 's.sqlite'}"
    res = cli("ingest", "/dev/zero", "--db", url, "--stages", "read", "-q", timeout=60)
    assert res.returncode == 2 and "nothing stored: 1 of 1 items failed" in one_error_line(res)
    assert "is a device" in res.stderr
    with open("/dev/zero", "rb") as zero:
        res = cli("ingest", "-", "--db", url, "--stages", "read", "-q", stdin_file=zero, timeout=120)
    assert res.returncode == 2 and "too large" in res.stderr


def test_jsonl_is_streamed_with_a_per_line_limit_and_read_from_a_fifo(tmp_path: Path) -> None:
    from eventwire.io import read_lines

    path = tmp_path / "x.jsonl"
    path.write_bytes(b'{"a": 1}\n' + b"x" * 5000 + b"\n" + b'{"b": 2}\n' + b"y" * 3000)
    assert [(n, raw) for n, raw in read_lines(path, limit=1000)] == [
        (1, b'{"a": 1}\n'), (2, None), (3, b'{"b": 2}\n'), (4, None)]
    fifo = tmp_path / "feed.jsonl"
    os.mkfifo(fifo)
    records = [{"id": i, "text": story(i, random.Random(i))} for i in range(3)]

    def write() -> None:
        with open(fifo, "w", encoding="utf-8") as fh:
            fh.write("\n".join(json.dumps(r) for r in records) + "\n")

    url = f"sqlite:///{tmp_path / 's.sqlite'}"
    proc = subprocess.Popen([sys.executable, "-m", "eventwire", "ingest", str(fifo), "--db", url, "--stages", "read",
                             "--json"], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    threading.Thread(target=write, daemon=True).start()
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    assert json.loads(out)["added"] == 3


# -- 5. Exit codes -------------------------------------------------------------------------------


def test_ingest_exit_status_when_nothing_was_stored(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 's.sqlite'}"
    missing = cli("ingest", str(tmp_path / "nope.txt"), "--db", url, "--stages", "read", timeout=60)
    assert missing.returncode == 2
    assert "0 added" in missing.stderr and "1 failed" in missing.stderr
    assert one_error_line(missing) == "error: nothing stored: 1 of 1 items failed"
    bad_json = tmp_path / "bad.jsonl"
    bad_json.write_text("{not json\n[1, 2]\n", encoding="utf-8")
    res = cli("ingest", str(bad_json), "--db", url, "--stages", "read", "--json", timeout=60)
    assert res.returncode == 4 and json.loads(res.stdout)["failed"] == 2
    german = tmp_path / "de.txt"  # refused by the reader (not English): input, not a processing failure
    german.write_bytes(corpus(big=False)["non_english_german"])
    res = cli("ingest", str(german), "--db", url, "--stages", "read", "--json", timeout=60)
    assert res.returncode == 2, res.stderr
    assert json.loads(res.stdout)["failures"][0]["reason"].startswith("article is not in English")
    good = tmp_path / "good.txt"
    good.write_text(LEAD, encoding="utf-8")
    mixed = cli("ingest", str(good), str(tmp_path / "nope.txt"), "--db", url, "--stages", "read", "--json")
    assert mixed.returncode == 0, mixed.stderr  # something stored: the failures are reported, not fatal
    assert (json.loads(mixed.stdout)["added"], json.loads(mixed.stdout)["failed"]) == (1, 1)


def test_reading_commands_never_create_a_store(tmp_path: Path) -> None:
    target = tmp_path / "no" / "such" / "dir" / "x.sqlite"
    url = f"sqlite:///{target}"
    for args in (["events"], ["event", "e-123"], ["export", "-f", "geojson"], ["db", "info"]):
        res = cli(*args, "--db", url, timeout=60)
        assert res.returncode == 3, (args, res.stderr)
        assert one_error_line(res).startswith(f"error: no store at {target}")
    assert not (tmp_path / "no").exists()
    empty = tmp_path / "empty.sqlite"
    empty.touch()
    res = cli("events", "--db", f"sqlite:///{empty}", timeout=60)
    assert res.returncode == 3 and "is not an eventwire store" in one_error_line(res)
    assert empty.stat().st_size == 0


def test_reading_commands_on_an_empty_database_create_no_tables(db_url: str) -> None:
    res = cli("events", "--db", db_url, timeout=60)
    assert res.returncode == 3, res.stderr
    assert "not an eventwire store" in one_error_line(res) or "no store at" in one_error_line(res)
    if db_url.startswith("postgresql"):
        from sqlalchemy import create_engine, inspect

        engine = create_engine(db_url)
        try:
            assert inspect(engine).get_table_names() == []
        finally:
            engine.dispose()
    init = cli("db", "init", "--db", db_url, timeout=60)
    assert init.returncode == 0, init.stderr
    assert cli("events", "--db", db_url, timeout=60).returncode == 0


# -- 6. --resume picks the run of the same input -------------------------------------------------


def test_resume_matches_the_run_of_the_same_input(db_url: str) -> None:
    with Store(db_url) as store:
        run_a = store.start_run({}, ["a"], input_digest="digest-a")
        run_b = store.start_run({}, ["b"], input_digest="digest-b")  # newer, also unfinished
        assert store.start_run({}, ["a"], resume=True, input_digest="digest-a") == run_a
        assert store.start_run({}, ["b"], resume=True, input_digest="digest-b") == run_b
        fresh = store.start_run({}, ["c"], resume=True, input_digest="digest-c")
        assert fresh not in (run_a, run_b)


def _kill_when_stored(args: list[str], db_url: str, at_least: int) -> None:
    proc = subprocess.Popen([sys.executable, "-m", "eventwire", *args], cwd=ROOT, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    with Store(db_url) as watcher:
        before = watcher.counts()["articles"]
        deadline = time.monotonic() + 240
        while time.monotonic() < deadline and proc.poll() is None:
            if watcher.counts()["articles"] - before >= at_least:
                proc.send_signal(signal.SIGKILL)
                break
            time.sleep(0.02)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL, "the ingest ended before it could be killed"


@pytest.mark.slow
def test_two_killed_ingests_each_resume_their_own_run(db_url: str, tmp_path: Path) -> None:
    n = 25
    rng = random.Random(8)
    dirs = {}
    for name in ("first", "second"):
        d = tmp_path / name
        d.mkdir()
        for i in range(n):
            (d / f"doc{i:03d}.txt").write_text(story(i + (1000 if name == "second" else 0), rng), encoding="utf-8")
        dirs[name] = d
    common = ["--db", db_url, "--stages", "read,parse", "--batch-size", "1", "-q"]
    _kill_when_stored(["ingest", str(dirs["first"]), *common], db_url, 3)
    _kill_when_stored(["ingest", str(dirs["second"]), *common], db_url, 3)
    with Store(db_url) as store:
        runs = {json.loads(json.dumps(r["sources"]))[0]: r["id"] for r in store.runs()}
    first_run = next(rid for src, rid in runs.items() if src.endswith("first"))
    second_run = next(rid for src, rid in runs.items() if src.endswith("second"))
    # The older run first: a newest-run resume would take the second input's run here.
    for name, run_id in (("first", first_run), ("second", second_run)):
        res = cli("ingest", str(dirs[name]), *common, "--resume", "--json", timeout=300)
        assert res.returncode == 0, res.stderr
        summary = json.loads(res.stdout)
        assert summary["run_id"] == run_id
        assert summary["added"] + summary["done_before"] == n and summary["unchanged"] == 0
    with Store(db_url) as store:
        assert store.counts()["articles"] == 2 * n and store.counts()["runs"] == 2
        for run_id in (first_run, second_run):
            run = store.get_run(run_id)
            assert run is not None and run["status"] == "done" and run["resumed"] == 1
            assert (run["n_seen"], run["n_added"], run["n_unchanged"], run["n_failed"]) == (n, n, 0, 0)


# -- 7. UTF-16 input and overlong entities -------------------------------------------------------


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_files_are_text(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / f"article-{encoding}.txt"
    path.write_bytes(LEAD.encode(encoding))  # "utf-16"/"utf-32" write a BOM; -le/-be do not
    res = cli("extract", str(path), "--stages", "read", timeout=60)
    assert res.returncode == 0, res.stderr
    assert json.loads(res.stdout)["article"]["text"] == LEAD


def test_a_long_line_without_spaces_gives_no_overlong_names(tmp_path: Path) -> None:
    rng = random.Random(11)
    blob = "".join(rng.choice(string.ascii_uppercase) for _ in range(60_000))
    path = tmp_path / "blob.txt"
    path.write_text(LEAD + blob + "\n" + "Officials in Nairobi said the protest ended on Wednesday.\n",
                    encoding="utf-8")
    res = cli("extract", str(path), "--published", "2025-03-04", timeout=300)
    assert res.returncode == 0, res.stderr
    rec = json.loads(res.stdout)
    names = [a["name"] for a in rec["actors"]] + [p["name"] for p in rec["places"]]
    names += [m["text"] for a in rec["actors"] for m in a["mentions"]]
    assert names and max(len(n) for n in names) <= 200, sorted(map(len, names))[-3:]
    assert any(p["name"] == "Nairobi" for p in rec["places"])
