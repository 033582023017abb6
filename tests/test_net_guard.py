"""No fetching of internal addresses (SSRF) and bounded downloads, against real servers on loopback.

Every URL fetch (``POST /extract`` and ``POST /articles`` in the server, ``extract URL`` and ``ingest URL``
on the command line, a feed and each of its items' links) goes through :mod:`eventwire.netfetch`. Here
pages are served by real HTTP servers on 127.0.0.1, 127.0.0.2 and ::1, each counting the requests it
gets: by default none of them may be contacted; with ``--allow-private-urls`` (or
``EVENTWIRE_ALLOW_PRIVATE_URLS=1``) the same URLs are fetched, which shows the refusals are the check
and not a broken fetch. No other address is ever contacted: the hop check is tested with a resolver
passed in whose "private" answers are refused before any connection.
"""

from __future__ import annotations

import ipaddress
import json
import os
import shutil
import socket
import ssl
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest

from eventwire.errors import InputError
from eventwire.ingest import ReadOptions, iter_items
from eventwire.netfetch import _Refused, check_host, fetch, is_public_address, make_client, next_hop
from eventwire.store import Store

from .conftest import ROOT
from .serving import serve_process

STORY = ("Ferry crews end strike in Ostrava Bay\n\n"
         "OSTRAVA BAY - Ferry crews in Ostrava Bay ended a nine-day strike on Tuesday after the harbour "
         "authority agreed to a new rota, the crews' union said. \"We are back on the water tomorrow,\" union "
         "steward Ilse Varga said. Ferries to the three outer islands will run a reduced timetable until "
         "Friday, the authority said.\n")
MARK = "nine-day strike"


def story_html(n: int) -> bytes:
    title, *body = STORY.strip().split("\n\n")
    paragraphs = "".join(f"<p>{p} (edition {n})</p>" for p in body)
    return (f"<html><head><title>{title}</title></head><body><nav>Home | Local</nav><article><h1>{title}</h1>"
            f"{paragraphs}</article><footer>Harbour Weekly</footer></body></html>").encode()


# ---- loopback sites that count what they are asked ----------------------------------------------------


@dataclass
class Site:
    base: str
    port: int
    host: str
    hits: list[str] = field(default_factory=list)
    redirect_to: str = ""
    streamed: list[int] = field(default_factory=list)
    stream_done: threading.Event = field(default_factory=threading.Event)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: Any

    def do_GET(self) -> None:  # noqa: N802 - http.server API
        site: Site = self.server.site
        site.hits.append(self.path)
        if self.path.startswith("/story/"):
            self._send(200, "text/html; charset=utf-8", story_html(int(self.path.rsplit("/", 1)[1])))
        elif self.path == "/redirect":
            self._send(302, "text/plain", b"moved", {"Location": site.redirect_to})
        elif self.path == "/feed":
            host = f"http://{self.headers['Host']}"
            items = "".join(f"<item><title>Ferry {n}</title><link>{host}/story/{n}</link></item>" for n in (20, 21))
            self._send(200, "application/rss+xml", f'<?xml version="1.0"?><rss version="2.0"><channel>'
                                                   f"<title>Harbour Weekly</title>{items}</channel></rss>".encode())
        elif self.path == "/loop":
            self._send(302, "text/plain", b"again", {"Location": "/loop"})
        elif self.path in ("/endless", "/endless-feed", "/endless-chunked"):
            self._endless()
        else:
            self._send(404, "text/plain", b"not here")

    def _send(self, status: int, ctype: str, body: bytes, headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)

    def _endless(self) -> None:
        """A body that never ends and declares no length (close-delimited, or chunked)."""
        site: Site = self.server.site
        chunked = self.path.endswith("chunked")
        self.send_response(200)
        self.send_header("Content-Type", "application/rss+xml" if "feed" in self.path else "text/html")
        self.send_header("Transfer-Encoding" if chunked else "Connection", "chunked" if chunked else "close")
        self.end_headers()
        block = b"<p>" + b"x" * 65_536 + b"</p>"
        sent = 0
        try:
            while sent < 2 * 1024 ** 3:  # 2 GB: far beyond any cap; reaching it fails the test
                self.wfile.write(b"%x\r\n%s\r\n" % (len(block), block) if chunked else block)
                sent += len(block)
        except OSError:  # the client hung up: what a cap must do
            pass
        finally:
            site.streamed.append(sent)
            site.stream_done.set()
            self.close_connection = True

    def log_message(self, *args: object) -> None:
        pass


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # clients that hang up mid-request are what these tests do


class _V6Server(_Server):
    address_family = socket.AF_INET6


def _start(host: str, port: int = 0) -> tuple[ThreadingHTTPServer, Site]:
    cls = _V6Server if ":" in host else _Server
    server = cls((host, port), _Handler)
    port = int(server.server_address[1])
    shown = f"[{host}]" if ":" in host else host
    site = Site(f"http://{shown}:{port}", port, host)
    server.site = site  # type: ignore[attr-defined]
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, site


@pytest.fixture()
def sites() -> Iterator[dict[str, Site]]:
    """Sites on 127.0.0.1, 127.0.0.2 and ::1, fresh hit counters for every test."""
    started = [_start("127.0.0.1"), _start("127.0.0.2"), _start("::1")]
    yield {site.host: site for _, site in started}
    for server, _ in started:
        server.shutdown()
        server.server_close()


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def spellings(sites: dict[str, Site]) -> list[str]:
    """One page on loopback, spelled every way that reaches it."""
    p, p6 = sites["127.0.0.1"].port, sites["::1"].port
    hosts = ["127.0.0.1", "localhost", "2130706433", "127.1", "0x7f000001", "017700000001", "0x7f.1",
             "0.0.0.0", "0"]
    return ([f"http://{h}:{p}/story/1" for h in hosts]
            + [f"http://[::1]:{p6}/story/1", f"http://[0:0:0:0:0:0:0:1]:{p6}/story/1",
               f"http://[::ffff:127.0.0.1]:{p}/story/1", f"http://[::ffff:7f00:1]:{p}/story/1"]
            + [f"{sites['127.0.0.2'].base}/story/1"])


def total_hits(sites: dict[str, Site]) -> int:
    return sum(len(s.hits) for s in sites.values())


# ---- the address policy and the hop check (units) -----------------------------------------------------

PUBLIC = ["8.8.8.8", "93.184.216.34", "2001:4860:4860::8888", "2a00:1450:4001:80b::200e"]
NOT_PUBLIC = [
    "127.0.0.1", "127.255.255.254", "0.0.0.0", "10.0.0.1", "172.16.5.4", "192.168.1.1", "169.254.169.254",
    "100.64.0.1", "224.0.0.1", "239.255.255.250", "255.255.255.255", "192.0.2.1", "198.18.0.1", "240.0.0.1",
    "::1", "::", "fe80::1", "fc00::1", "fd12:3456::1", "ff02::1", "2001:db8::1",
    "::ffff:127.0.0.1", "::ffff:10.0.0.1", "::ffff:169.254.169.254", "64:ff9b::7f00:1", "64:ff9b::a00:1",
    "2002:7f00:1::", "2002:c0a8:101::", "::7f00:1",
]


def test_address_policy() -> None:
    for a in PUBLIC:
        assert is_public_address(ipaddress.ip_address(a)), a
    refused = [a for a in NOT_PUBLIC if not is_public_address(ipaddress.ip_address(a))]
    assert refused == NOT_PUBLIC


def _resolver(table: dict[str, list[str]]) -> Any:
    """A getaddrinfo stand-in: the tests decide what each name resolves to."""
    asked: list[str] = []

    def resolve(host: str, port: int, type: int = 0) -> list[tuple[Any, ...]]:  # noqa: A002
        asked.append(host)
        if host not in table:
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return [(socket.AF_INET6 if ":" in a else socket.AF_INET, socket.SOCK_STREAM, 6, "", (a, port))
                for a in table[host]]

    resolve.asked = asked  # type: ignore[attr-defined]
    return resolve


def test_check_host_checks_every_resolved_address() -> None:
    resolver = _resolver({"news.example": ["93.184.216.34", "2606:2800:220:1::248"],
                          "split.example": ["93.184.216.34", "10.1.2.3"],
                          "mapped.example": ["::ffff:192.168.0.10"],
                          "rebind.example": ["127.0.0.1"]})
    got = check_host("news.example", 80, resolver=resolver)
    assert [str(a) for a in got] == ["93.184.216.34", "2606:2800:220:1::248"]
    for name in ("split.example", "mapped.example", "rebind.example"):
        with pytest.raises(_Refused):
            check_host(name, 80, resolver=resolver)


def test_every_redirect_hop_is_checked(sites: dict[str, Site]) -> None:
    """A page the policy allows redirects to loopback: refused after the redirect, nothing contacted.

    The policy passed in treats 127.0.0.1 as allowed (as ``--allow-private-urls`` would) and everything
    else as usual, so 127.0.0.2, ::1 and the names below are refused at their hop."""
    first, second = sites["127.0.0.1"], sites["127.0.0.2"]
    resolver = _resolver({"news.example": ["127.0.0.1"], "intranet.example": ["192.168.7.7"],
                          "127.0.0.2": ["127.0.0.2"], "127.0.0.1": ["127.0.0.1"], "::1": ["::1"]})

    def allow(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
        return ip == ipaddress.ip_address("127.0.0.1") or is_public_address(ip)

    targets = [f"{second.base}/story/2", f"http://intranet.example:{second.port}/story/2",
               f"{sites['::1'].base}/story/2"]
    with make_client(allow=allow, resolver=resolver, timeout_s=5) as client:
        for target in targets:
            first.redirect_to = target
            with pytest.raises(InputError) as err:
                fetch(f"http://news.example:{first.port}/redirect", client)
            assert "refused (after a redirect)" in err.value.message, err.value.message
        assert first.hits == ["/redirect"] * len(targets)
        assert second.hits == [] and sites["::1"].hits == []
        # The control: when the policy allows the second hop too, the same redirect is followed.
        first.redirect_to = f"{second.base}/story/2"
    with make_client(allow=lambda ip: ip.is_loopback, resolver=resolver, timeout_s=5) as client:
        page = fetch(f"http://news.example:{first.port}/redirect", client)
    assert b"edition 2" in page.body and page.url == f"{second.base}/story/2" and second.hits == ["/story/2"]
    assert next_hop("http://a.example/x/y", "../z?q=1") == "http://a.example/z?q=1"
    for bad in ("file:///etc/passwd", "gopher://127.0.0.1:70/", "ftp://x.example/", None, ""):
        with pytest.raises(InputError):
            next_hop("http://a.example/", bad)


def _self_signed(tmp_path: Path, name: str) -> tuple[Path, Path]:
    openssl = shutil.which("openssl")
    if openssl is None:
        pytest.skip("the openssl command is needed to make a test certificate")
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run([openssl, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key), "-out", str(cert),
                    "-days", "1", "-subj", f"/CN={name}", "-addext", f"subjectAltName=DNS:{name}"],
                   check=True, capture_output=True, timeout=60)
    return cert, key


def test_https_goes_to_the_checked_address_and_verifies_the_host_name(tmp_path: Path) -> None:
    """Connecting to the checked address keeps TLS honest: the certificate is checked against the URL's
    name (sent as SNI), so a name that resolves to the same address but has no certificate fails."""
    cert, key = _self_signed(tmp_path, "news.example")
    server, site = _start("127.0.0.1")
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(cert, key)
    names: list[str | None] = []

    def note_sni(sock: Any, name: str | None, context: Any) -> None:
        names.append(name)

    ctx.sni_callback = note_sni
    server.socket = ctx.wrap_socket(server.socket, server_side=True)
    resolver = _resolver({"news.example": ["127.0.0.1"], "other.example": ["127.0.0.1"]})
    try:
        with make_client(allow=lambda ip: ip.is_loopback, resolver=resolver, timeout_s=5,
                         ssl_context=ssl.create_default_context(cafile=str(cert))) as client:
            page = fetch(f"https://news.example:{site.port}/story/12", client)
            assert b"edition 12" in page.body and names == ["news.example"]
            with pytest.raises(InputError, match="cannot fetch the page"):
                fetch(f"https://other.example:{site.port}/story/12", client)
        assert names == ["news.example", "other.example"] and site.hits == ["/story/12"]
        assert resolver.asked == ["news.example", "other.example"]  # resolved once per connection, by us
    finally:
        server.shutdown()
        server.server_close()


def test_redirects_are_bounded(sites: dict[str, Site]) -> None:
    site = sites["127.0.0.1"]
    with make_client(allow_private=True, timeout_s=5) as client, pytest.raises(InputError) as err:
        fetch(f"{site.base}/loop", client)
    assert "more than 5 redirects" in err.value.message
    assert site.hits == ["/loop"] * 6


# ---- every spelling of loopback, refused by default and fetched with the switch -------------------------


def test_loopback_spellings_refused_by_default_fetched_with_the_switch(sites: dict[str, Site]) -> None:
    urls = spellings(sites)
    refused = list(iter_items(urls, ReadOptions(timeout_s=5)))
    assert [it.ok for it in refused] == [False] * len(urls)
    assert all("refused" in (it.error or "") and "not a public address" in (it.error or "") for it in refused), \
        [it.error for it in refused]
    [padded] = list(iter_items([f"http://127.000.000.001:{sites['127.0.0.1'].port}/"], ReadOptions(timeout_s=5)))
    assert "invalid URL" in (padded.error or "")  # httpx rejects zero-padded octets before any lookup
    assert total_hits(sites) == 0
    fetched = list(iter_items(urls, ReadOptions(timeout_s=5, allow_private_urls=True)))
    assert [it.ok for it in fetched] == [True] * len(urls), [it.error for it in fetched]
    assert all(MARK in it.input.text for it in fetched if it.input)
    assert total_hits(sites) == len(urls)
    print(f"\nloopback spellings: {len(urls)} tried, {len(refused)} refused by default, "
          f"{len(fetched)} fetched with the switch")


def test_environment_variable_turns_the_check_off(sites: dict[str, Site], monkeypatch: pytest.MonkeyPatch) -> None:
    url = f"{sites['127.0.0.1'].base}/story/3"
    monkeypatch.setenv("EVENTWIRE_ALLOW_PRIVATE_URLS", "1")
    [item] = list(iter_items([url], ReadOptions(timeout_s=5)))
    assert item.ok
    [explicit] = list(iter_items([url], ReadOptions(timeout_s=5, allow_private_urls=False)))
    assert not explicit.ok and "refused" in (explicit.error or "")  # an explicit False wins
    monkeypatch.setenv("EVENTWIRE_ALLOW_PRIVATE_URLS", "0")
    [off] = list(iter_items([url], ReadOptions(timeout_s=5)))
    assert not off.ok and sites["127.0.0.1"].hits == ["/story/3"]


def test_messages_do_not_tell_open_ports_from_closed(sites: dict[str, Site]) -> None:
    open_url, shut_url = f"{sites['127.0.0.1'].base}/story/1", f"http://127.0.0.1:{closed_port()}/story/1"

    def reason(url: str, allow: bool) -> str:
        [item] = list(iter_items([url], ReadOptions(timeout_s=5, allow_private_urls=allow)))
        assert item.error is not None
        return item.error.replace(url, "URL")

    assert reason(open_url, False) == reason(shut_url, False) == "URL: refused: 127.0.0.1 is not a public address"
    # With the switch on, a closed port and a port that answers with something that is not HTTP read alike.
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(5)
    listener.settimeout(0.2)
    done = threading.Event()

    def hang_up() -> None:
        # accept and drop every connection until the test ends (it once waited for a second connection
        # that never came and raced the listener's close: EBADF in accept)
        while not done.is_set():
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                continue
            conn.close()

    server = threading.Thread(target=hang_up, daemon=True)
    server.start()
    not_http = f"http://127.0.0.1:{listener.getsockname()[1]}/"
    try:
        assert reason(shut_url, True) == reason(not_http, True) == "URL: cannot fetch the page"
    finally:
        done.set()
        server.join(5)
        listener.close()


# ---- counted reads ------------------------------------------------------------------------------------


@pytest.mark.parametrize("path", ["/endless", "/endless-chunked", "/endless-feed"])
def test_downloads_stop_at_the_cap(sites: dict[str, Site], path: str) -> None:
    site = sites["127.0.0.1"]
    cap = 300_000
    [item] = list(iter_items([site.base + path], ReadOptions(timeout_s=5, allow_private_urls=True,
                                                             max_fetch_bytes=cap)))
    assert not item.ok and f"larger than {cap:,} bytes" in (item.error or ""), item.error
    assert site.stream_done.wait(30), "the server was never cut off"
    assert site.streamed[0] < 64 * 1024 * 1024  # what sat in socket buffers, not the 2 GB it would send


# ---- the command line, through subprocesses -------------------------------------------------------------


def _cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {k: v for k, v in os.environ.items() if k != "EVENTWIRE_ALLOW_PRIVATE_URLS"}
    return subprocess.run([sys.executable, "-m", "eventwire", *args], capture_output=True, text=True, timeout=300,
                          cwd=ROOT, env={**full_env, **(env or {})})


def test_cli_extract_url(sites: dict[str, Site]) -> None:
    site = sites["127.0.0.1"]
    url = f"http://2130706433:{site.port}/story/4"
    refused = _cli("extract", url, "--stages", "read")
    assert refused.returncode == 2 and refused.stdout == "", refused.stderr
    assert refused.stderr.count("\n") == 1 and refused.stderr.startswith(f"error: {url}: refused"), refused.stderr
    assert site.hits == []
    ok = _cli("extract", url, "--stages", "read", "--allow-private-urls")
    assert ok.returncode == 0, ok.stderr
    assert MARK in json.loads(ok.stdout)["article"]["text"] and site.hits == ["/story/4"]


def _outcome(db: str) -> dict[str, Any]:
    with Store(db) as store:
        runs = store.runs()
        return {"articles": store.counts()["articles"], "failures": [f["reason"] for f in store.failures()],
                "seen": sum(r["n_seen"] for r in runs)}


def test_cli_ingest_urls_and_feed_links(sites: dict[str, Site], tmp_path: Path) -> None:
    """A URL, a feed URL, and a feed file whose items link to loopback: refused (each a recorded
    failure, nothing fetched, nothing stored); with the flag or the environment variable, all stored."""
    p, p6 = sites["127.0.0.1"].port, sites["::1"].port
    links = [f"http://127.0.0.1:{p}/story/5", f"http://localhost:{p}/story/6", f"http://[::1]:{p6}/story/7",
             f"http://127.1:{p}/story/8"]
    items = "".join(f"<item><title>Ferry {i}</title><link>{u}</link><description>short</description></item>"
                    for i, u in enumerate(links))
    feed = tmp_path / "harbour.rss"
    feed.write_text(f'<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour Weekly</title>'
                    f"{items}</channel></rss>", encoding="utf-8")
    url, feed_url = f"http://0.0.0.0:{p}/story/9", f"http://127.0.0.1:{p}/feed"
    cases = 0
    for label, extra, env in (("default", [], None), ("flag", ["--allow-private-urls"], None),
                              ("env", [], {"EVENTWIRE_ALLOW_PRIVATE_URLS": "1"})):
        db = f"sqlite:///{tmp_path / label}.sqlite"
        res = _cli("ingest", str(feed), url, feed_url, "--db", db, "--stages", "read", "-q", *extra, env=env)
        assert "Traceback" not in res.stderr, res.stderr
        out = _outcome(db)
        cases += out["seen"]
        assert out["articles"] + len(out["failures"]) == out["seen"]  # every item stored or recorded: none lost
        if label == "default":
            assert out["articles"] == 0 and out["seen"] == len(links) + 2 and total_hits(sites) == 0
            assert all("refused" in r and "not a public address" in r for r in out["failures"]), out
        else:  # the feed URL is read, and its two items' links followed
            assert out["articles"] == len(links) + 3 and out["failures"] == [], (res.stderr, out)
    assert total_hits(sites) == 2 * (len(links) + 4)
    print(f"\ncli ingest: {cases} items, {len(links) + 2} refused by default, 0 lost")


# ---- the HTTP server, a real uvicorn on loopback -----------------------------------------------------------


def test_server_refuses_internal_urls_by_default(sites: dict[str, Site], tmp_path: Path) -> None:
    urls = spellings(sites) + [f"{sites['127.0.0.1'].base}/redirect"]
    sites["127.0.0.1"].redirect_to = f"{sites['127.0.0.2'].base}/story/1"
    shut = f"http://127.0.0.1:{closed_port()}/story/1"
    with serve_process(f"sqlite:///{tmp_path / 's.sqlite'}", "--token", "t0k") as server:
        answers = []
        for url in [*urls, shut]:
            r = httpx.post(f"{server.base}/extract", json={"url": url, "options": {"stages": ["read"]}},
                           headers={"Authorization": "Bearer t0k"}, timeout=60)
            assert r.status_code == 422, (url, r.text)
            answers.append(r.json()["error"].replace(url, "URL"))
        r = httpx.post(f"{server.base}/articles", json={"articles": [{"url": urls[0]}]},
                       headers={"Authorization": "Bearer t0k"}, timeout=60)
        assert r.status_code == 422 and "refused" in r.json()["error"]
        assert httpx.get(f"{server.base}/events").json()["total"] == 0
    assert total_hits(sites) == 0
    assert all(a.startswith("URL: refused") for a in answers), answers
    assert answers[0] == answers[-1]  # open and closed port: the same answer
    print(f"\nPOST /extract: {len(answers)} internal URLs tried, {len(answers)} refused, 0 fetched")


def test_server_fetches_internal_urls_with_the_switch(sites: dict[str, Site], tmp_path: Path) -> None:
    site = sites["127.0.0.1"]
    site.redirect_to = f"{sites['127.0.0.2'].base}/story/11"
    with serve_process(f"sqlite:///{tmp_path / 's.sqlite'}", "--allow-private-urls") as server:
        def extract(url: str) -> httpx.Response:
            return httpx.post(f"{server.base}/extract", json={"url": url, "options": {"stages": ["read"]}},
                              timeout=60)

        ok = extract(f"{site.base}/story/10")
        assert ok.status_code == 200, ok.text
        assert MARK in ok.json()["records"][0]["article"]["text"]
        moved = extract(f"{site.base}/redirect")
        assert moved.status_code == 200 and "edition 11" in moved.json()["records"][0]["article"]["text"]
        big = extract(f"{site.base}/endless")
        assert big.status_code == 422 and "larger than 8,388,608 bytes" in big.json()["error"], big.text
    assert site.stream_done.wait(30)
