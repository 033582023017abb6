"""Ingest: file/dir/JSON/HTML/URL/feed/stdin readers, idempotence, failures, kill -9 and --resume."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from eventwire.ingest import ReadOptions, iter_items
from eventwire.ingest.runner import ingest
from eventwire.options import Options
from eventwire.store import Store

from . import test_store_helpers as helpers

db_url = helpers.db_url  # the sqlite/postgres fixture
READ_ONLY = Options(stages=("read",))
ROOT = Path(__file__).resolve().parent.parent

PAGE = """<html><head><title>Bridge reopens in Tarvel after repairs</title>
<meta property="og:site_name" content="Valley Courier"><meta name="author" content="J. Osei">
<meta property="article:published_time" content="2025-02-14T09:00:00Z"></head>
<body><nav>Home | World | Sport</nav><article><h1>Bridge reopens in Tarvel after repairs</h1>
<p>TARVEL - The main road bridge over the Osk river in Tarvel reopened on Friday after eight months of
repairs, the town council said, ending long detours for farmers and school buses.</p>
<p>"People waited a long time for this," said council chair Mina Hollis, who cut the ribbon in front
of about two hundred residents. Engineers said the bridge can now carry trucks of up to forty tonnes.</p>
<p>The repairs cost 3.2 million euros, most of it paid by the regional government.</p></article>
<footer>Copyright Valley Courier</footer></body></html>"""


def story(i: int, rng: random.Random) -> str:
    towns = ["Arlen", "Bosk", "Corrin", "Dalemoor", "Estwick", "Fenlow", "Garrow", "Hollin"]
    who = ["farmers", "nurses", "dock workers", "students", "bus drivers", "teachers"]
    town, group = rng.choice(towns), rng.choice(who)
    lines = [f"{group.title()} rally in {town} (report {i})",
             f"{town.upper()} - Several hundred {group} gathered in the centre of {town} on Monday to demand "
             f"better pay, local officials said."]
    for j in range(8):
        lines.append(f"Speaker {j} of the {group} union said the talks with the {town} council had stalled "
                     f"for {rng.randint(2, 30)} weeks and that a second rally was planned. Police said the "
                     f"gathering number {i}-{j} was peaceful and that traffic was diverted for an hour.")
    return "\n".join(lines) + "\n"


def test_files_json_html_and_failures(tmp_path: Path) -> None:
    d = tmp_path / "in"
    (d / "sub").mkdir(parents=True)
    (d / "a.txt").write_text(story(1, random.Random(1)), encoding="utf-8")
    (d / "sub" / "b.html").write_text(PAGE, encoding="utf-8")
    (d / "empty.txt").write_text("   \n", encoding="utf-8")
    (d / "latin1.txt").write_bytes("Caf\xe9 opens\nThe caf\xe9 opened.".encode("latin-1"))
    (d / ".hidden.txt").write_text("ignored", encoding="utf-8")
    (d / "notes.csv").write_text("ignored,too", encoding="utf-8")
    (d / "docs.jsonl").write_text(
        json.dumps({"doc_id": 7, "doc_text": story(7, random.Random(7))}) + "\n"
        + "{not json\n"
        + json.dumps({"doc_id": 8, "other": "no text"}) + "\n", encoding="utf-8")
    meta = tmp_path / "meta.jsonl"
    meta.write_text(json.dumps({"doc_id": 7, "date": "2025-01-05", "url": "https://x.example/7"}) + "\n")
    opts = ReadOptions(text_field="doc_text", id_field="doc_id", meta=meta, source="Fallback Wire")
    items = list(iter_items([str(d)], opts))
    by_name = {Path(it.key.split("#")[0]).name if "://" not in it.key else it.key: it for it in items}
    assert len(items) == 7  # a.txt, b.html, docs.jsonl x3, empty.txt, latin1.txt
    assert by_name["a.txt"].ok and by_name["a.txt"].input.source == "Fallback Wire"  # type: ignore[union-attr]
    page = by_name["b.html"].input
    assert page is not None and page.title == "Bridge reopens in Tarvel after repairs"
    assert page.published == "2025-02-14" and page.source == "Valley Courier"
    assert "Osk river" in page.text and "Home | World" not in page.text
    joined = by_name["https://x.example/7"].input
    assert joined is not None and joined.published == "2025-01-05" and joined.url == "https://x.example/7"
    errors = sorted(it.error or "" for it in items if not it.ok)
    assert len(errors) == 4
    assert any("not valid JSON" in e for e in errors) and any("no text field" in e for e in errors)
    assert any("empty" in e for e in errors) and any("UTF-8" in e for e in errors)
    missing = list(iter_items([str(tmp_path / "nope.txt")]))
    assert missing[0].error and "no such file" in missing[0].error


class _Site(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 - http.server API
        host = f"http://{self.headers['Host']}"
        routes = {
            "/article": ("text/html; charset=utf-8", PAGE),
            "/plain": ("text/plain; charset=utf-8", story(3, random.Random(3))),
            "/feed": ("application/rss+xml", f"""<?xml version="1.0"?><rss version="2.0"><channel>
                <title>Valley Courier feed</title><link>{host}/</link><description>d</description>
                <item><title>Bridge reopens</title><link>{host}/article</link>
                  <pubDate>Fri, 14 Feb 2025 09:00:00 GMT</pubDate></item>
                <item><title>Gone</title><link>{host}/missing</link></item>
                </channel></rss>"""),
        }
        if self.path not in routes:
            self.send_error(404)
            return
        ctype, body = routes[self.path]
        data = body.encode("utf-8")
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def site() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Site)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def test_urls_and_feeds(site: str) -> None:
    local = ReadOptions(allow_private_urls=True)  # the test site is on loopback (tests/test_net_guard.py)
    [page] = list(iter_items([f"{site}/article"], local))
    assert page.ok and page.input is not None and page.input.url == f"{site}/article"
    assert page.input.published == "2025-02-14" and "Mina Hollis" in page.input.text
    [plain] = list(iter_items([f"{site}/plain"], ReadOptions(published="2025-03-01", allow_private_urls=True)))
    assert plain.ok and plain.input is not None and plain.input.published == "2025-03-01"
    feed = list(iter_items([f"{site}/feed"], local))
    assert [it.ok for it in feed] == [True, False]
    assert feed[0].input is not None and feed[0].input.source == "Valley Courier feed"
    assert feed[1].error is not None and "404" in feed[1].error and feed[1].kind == "fetch"
    [down] = list(iter_items(["http://127.0.0.1:9/none"], ReadOptions(timeout_s=2, allow_private_urls=True)))
    assert down.error and "cannot fetch" in down.error


def test_ingest_idempotent_changed_and_failures(db_url: str, tmp_path: Path) -> None:
    d = tmp_path / "in"
    d.mkdir()
    rng = random.Random(5)
    for i in range(6):
        (d / f"s{i}.txt").write_text(story(i, rng), encoding="utf-8")
    (d / "empty.txt").write_text("\n", encoding="utf-8")
    with Store(db_url) as store:
        first = ingest(store, [str(d)], options=READ_ONLY, progress=False)
        assert (first.seen, first.added, first.failed, first.unchanged) == (7, 6, 1, 0)
        assert store.failures(first.run_id)[0]["reason"].endswith("is empty")
        second = ingest(store, [str(d)], options=READ_ONLY, progress=False)
        assert (second.added, second.unchanged, second.failed) == (0, 6, 1)
        assert store.counts()["articles"] == 6
        # A changed article under the same path is re-extracted and replaces the old version.
        (d / "s0.txt").write_text(story(0, rng) + "A correction was appended.\n", encoding="utf-8")
        third = ingest(store, [str(d)], options=READ_ONLY, progress=False)
        assert (third.added, third.updated, third.unchanged) == (0, 1, 5)
        counts = store.counts()
        assert counts["articles"] == 7 and counts["articles_superseded"] == 1
        run = store.get_run(third.run_id)
        assert run is not None and run["status"] == "done" and run["n_seen"] == 7 and run["n_updated"] == 1
        limited = ingest(store, [str(d)], options=READ_ONLY, progress=False, limit=2)
        assert limited.seen == 2


def _cli(*args: str, stdin: str | None = None, timeout: float = 240) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    return subprocess.run([sys.executable, "-m", "eventwire", *args], input=stdin, capture_output=True,
                          text=True, timeout=timeout, env=env, cwd=ROOT)


def test_cli_stdin_and_events(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'cli.sqlite'}"
    res = _cli("ingest", "-", "--db", url, "--stages", "read", "--published", "2025-04-01", "--json",
               stdin=story(9, random.Random(9)))
    assert res.returncode == 0, res.stderr
    summary = json.loads(res.stdout)
    assert summary["added"] == 1 and summary["failed"] == 0
    again = _cli("ingest", "-", "--db", url, "--stages", "read", "--json", stdin=story(9, random.Random(9)))
    assert json.loads(again.stdout)["added"] == 0
    listed = _cli("events", "--db", url, "--format", "json")
    assert listed.returncode == 0 and json.loads(listed.stdout)["total"] == 0
    bad = _cli("events", "--db", url, "--type", "nonsense")
    assert bad.returncode == 2 and bad.stderr.startswith("error: unknown event type")
    info = _cli("db", "info", "--db", url, "--json")
    assert json.loads(info.stdout)["counts"]["articles"] == 1


@pytest.mark.slow
def test_kill_9_then_resume_loses_and_duplicates_nothing(db_url: str, tmp_path: Path) -> None:
    n = 60
    d = tmp_path / "corpus"
    d.mkdir()
    rng = random.Random(42)
    for i in range(n):
        (d / f"doc{i:03d}.txt").write_text(story(i, rng), encoding="utf-8")
    (d / "broken.txt").write_bytes(b"\xff\xfe\xfa not utf-8 \xff")
    args = ["-m", "eventwire", "ingest", str(d), "--db", db_url, "--stages", "read,parse", "--batch-size", "1",
            "-q"]
    proc = subprocess.Popen([sys.executable, *args], cwd=ROOT, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True)
    killed_at = -1
    with Store(db_url) as watcher:
        deadline = time.monotonic() + 240
        while time.monotonic() < deadline and proc.poll() is None:
            stored = watcher.counts()["articles"]
            if stored >= 5:
                proc.send_signal(signal.SIGKILL)
                killed_at = stored
                break
            time.sleep(0.02)
        proc.wait(timeout=30)
        assert killed_at >= 5, f"ingest ended before it could be killed: {proc.stderr.read() if proc.stderr else ''}"
        assert proc.returncode == -signal.SIGKILL
        partial = watcher.counts()["articles"]
        assert 5 <= partial < n, "the kill must land mid-run"
        [run] = watcher.runs()
        assert run["status"] == "running"

        res = subprocess.run([sys.executable, *args, "--resume", "--json"], cwd=ROOT, capture_output=True,
                             text=True, timeout=300)
        assert res.returncode == 0, res.stderr
        summary = json.loads(res.stdout)
        assert summary["run_id"] == run["id"]
        # What the run stored before the kill is neither extracted nor counted again.
        assert summary["added"] == n - partial and summary["done_before"] == partial and summary["unchanged"] == 0
        counts = watcher.counts()
        assert counts["articles"] == n and counts["runs"] == 1
        resumed = watcher.get_run(run["id"])
        assert resumed is not None and resumed["status"] == "done" and resumed["resumed"] == 1
        # The run's counters add up to its input: n articles + one broken file, each counted once.
        assert (resumed["n_added"], resumed["n_unchanged"], resumed["n_failed"]) == (n, 0, 1)
        assert resumed["n_seen"] == n + 1
        # The broken file failed once, even though it was seen by both processes' listings at most once each.
        fails = watcher.failures(run["id"])
        assert [f["key"].endswith("broken.txt") for f in fails] == [True]
        from sqlalchemy import func, select

        from eventwire.store.tables import articles

        with watcher.engine.connect() as c:
            hashes = c.execute(select(articles.c.content_hash, func.count()).group_by(articles.c.content_hash))
            assert all(cnt == 1 for _h, cnt in hashes)
        texts = {p.read_text(encoding="utf-8") for p in d.glob("doc*.txt")}
        import hashlib

        want = {hashlib.sha256(t.encode()).hexdigest() for t in texts}
        with watcher.engine.connect() as c:
            got = {h for (h,) in c.execute(select(articles.c.content_hash))}
        assert got == want


def test_worker_processes_match_serial(tmp_path: Path) -> None:
    d = tmp_path / "in"
    d.mkdir()
    rng = random.Random(11)
    for i in range(9):
        (d / f"w{i}.txt").write_text(story(i, rng), encoding="utf-8")
    (d / "empty.txt").write_text(" ", encoding="utf-8")
    results = {}
    for workers in (1, 2):
        with Store(f"sqlite:///{tmp_path / f'w{workers}.sqlite'}") as store:
            res = ingest(store, [str(d)], options=Options(stages=("read",), workers=workers, batch_size=2),
                         progress=False)
            assert (res.added, res.failed) == (9, 1)
            from sqlalchemy import select

            from eventwire.store.tables import articles

            with store.engine.connect() as c:
                results[workers] = sorted(c.execute(select(articles.c.id, articles.c.record)).all())
    assert results[1] == results[2]
