"""Browser tests of the review page: Playwright driving Debian's Chromium against the real app
(uvicorn on a loopback port) over a real SQLite store seeded with the test articles."""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest

from eventwire.api import create_app
from tests.webseed import seed_records, seed_store

pytestmark = pytest.mark.browser

CHROMIUM_FLAGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync",
]


def chromium_path() -> str:
    path = os.environ.get("EVENTWIRE_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
    if not Path(path).exists():
        pytest.skip("Chromium not found (set EVENTWIRE_CHROMIUM or install Debian's chromium; .ci/run does)")
    return path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def serving(app: Any) -> Iterator[str]:
    """Run ``app`` with uvicorn in a thread on a free loopback port."""
    import uvicorn

    port = free_port()
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not srv.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("the API server did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        srv.should_exit = True
        thread.join(timeout=10)


@pytest.fixture(scope="module")
def store_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('ui') / 'store.sqlite'}"
    seed_store(url)
    return url


@pytest.fixture(scope="module")
def server(store_url: str) -> Iterator[str]:
    with serving(create_app(store_url=store_url)) as base:
        yield base


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    path = chromium_path()
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (dev extra)")
    with sync_api.sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=path, headless=True, args=CHROMIUM_FLAGS)
        yield b
        b.close()


def open_page(browser: Any, base: str) -> tuple[Any, Any, list[str], list[str]]:
    context = browser.new_context(viewport={"width": 1400, "height": 860})
    pg = context.new_page()
    problems: list[str] = []
    pg.on("pageerror", lambda exc: problems.append(f"page error: {exc}"))
    pg.on("console", lambda msg: problems.append(f"console {msg.type}: {msg.text}") if msg.type == "error" else None)
    requests: list[str] = []
    pg.on("request", lambda req: requests.append(req.url))
    pg.goto(base + "/")
    pg.wait_for_selector("body[data-ready=true]", timeout=20_000)
    return context, pg, problems, requests


@pytest.fixture()
def page(browser: Any, server: str) -> Iterator[Any]:
    context, pg, problems, requests = open_page(browser, server)
    yield pg
    assert not problems, problems  # includes Content-Security-Policy violations
    assert all(u.startswith(server) or u.startswith("data:") for u in requests), requests  # no CDN
    context.close()


def screenshot_dir(tmp_path: Path) -> Path:
    target = Path(os.environ.get("EVENTWIRE_SCREENSHOTS", tmp_path))
    target.mkdir(parents=True, exist_ok=True)
    return target


def test_map_shows_a_marker_per_seeded_event(page: Any, tmp_path: Path) -> None:
    located = [e for r in seed_records() for e in r.events if e.place and e.place.lat is not None]
    assert page.locator("#map circle.marker").count() == len(located) == 5
    assert page.locator("#map path.country").count() > 150  # offline country outlines
    assert page.locator("#event-list li[data-event-id]").count() == 5
    assert page.locator("#timeline .bar").count() >= 3
    page.screenshot(path=str(screenshot_dir(tmp_path) / "review-overview.png"))


def test_open_event_highlights_evidence_and_confirm_stores_verdict(page: Any, server: str, tmp_path: Path) -> None:
    item = page.locator("#event-list li[data-event-id]", has_text="PROTEST")
    event_id = item.get_attribute("data-event-id")
    page.locator(f'#map circle.marker[data-event-id="{event_id}"]').click()
    evidence = page.locator("#detail .article-text .hl-evidence")
    evidence.first.wait_for()
    highlighted = "".join(evidence.all_text_contents())
    assert highlighted == ("Hundreds of farmers blocked the Nakuru-Eldoret highway on Monday to protest against a "
                           "rise in fertiliser prices, police said.")
    assert page.locator("#detail .article-text .hl-trigger").first.text_content() == "blocked"
    assert page.locator("#detail .article-text .hl-actor", has_text="Joseph").count() >= 1
    assert page.locator("#detail .article-text .hl-place", has_text="Nairobi").count() == 1
    assert page.locator("#detail .article-text .hl-time", has_text="Tuesday").count() == 1
    assert page.locator("#detail .article-text .hl-quote").count() >= 1
    assert page.locator(f'#map circle.marker.selected[data-event-id="{event_id}"]').count() == 1
    page.screenshot(path=str(screenshot_dir(tmp_path) / "review-event.png"))

    page.get_by_role("button", name="Confirm (c)").click()
    page.locator("#verdict-list li", has_text="confirmed").wait_for()
    stored = httpx.get(f"{server}/events/{event_id}").json()
    assert [v["verdict"]["status"] for v in stored["verdicts"]] == ["confirmed"]
    assert stored["type"] == "PROTEST"  # the machine record is kept as it was
    page.screenshot(path=str(screenshot_dir(tmp_path) / "review-confirmed.png"))


def test_keyboard_review(page: Any, server: str) -> None:
    active = "() => document.activeElement && (document.activeElement.dataset.eventId || document.activeElement.className)"
    page.keyboard.press("Tab")
    assert page.evaluate(active) == "skip"
    page.keyboard.press("Enter")  # skip link → the event list; the list is a single tab stop
    page.keyboard.press("Tab")
    ids = page.locator("#event-list li[data-event-id]").evaluate_all("els => els.map(e => e.dataset.eventId)")
    assert page.evaluate(active) == ids[0]
    page.keyboard.press("ArrowDown")
    assert page.evaluate(active) == ids[1]
    page.keyboard.press("ArrowUp")
    assert page.evaluate(active) == ids[0]
    page.keyboard.press("Enter")
    page.locator("#detail .article-text .hl-evidence").first.wait_for()
    first_id = page.locator('#event-list li[aria-selected="true"]').get_attribute("data-event-id")
    page.keyboard.press("j")
    page.wait_for_function("id => document.querySelector('#event-list li[aria-selected=true]')"
                           "?.dataset.eventId !== id", arg=first_id)
    second = page.locator('#event-list li[aria-selected="true"]')
    second_id = second.get_attribute("data-event-id")
    assert second_id != first_id
    page.wait_for_function("() => document.querySelector('#detail .mono')?.textContent === "
                           "document.querySelector('#event-list li[aria-selected=true]').dataset.eventId")
    page.keyboard.press("r")
    page.locator("#verdict-list li", has_text="rejected").wait_for()
    stored = httpx.get(f"{server}/events/{second_id}").json()
    assert stored["verdicts"][-1]["verdict"]["status"] == "rejected"
    page.keyboard.press("k")
    page.wait_for_function("id => document.querySelector('#event-list li[aria-selected=true]')"
                           "?.dataset.eventId === id && document.querySelector('#detail .mono')?.textContent === id"
                           " && document.querySelector('#detail .article-text .hl-evidence') !== null", arg=first_id)
    # Correct with the form, from the keyboard.
    page.keyboard.press("e")
    page.locator("#correct-form select[name=type]").select_option("SANCTION")
    page.locator("#correct-form input[name=note]").fill("type fixed by the test")
    page.locator("#correct-form input[name=note]").press("Enter")
    page.locator("#verdict-list li", has_text="corrected").wait_for()
    stored = httpx.get(f"{server}/events/{first_id}").json()
    last = stored["verdicts"][-1]["verdict"]
    assert last["corrections"] == {"type": "SANCTION"} and last["note"] == "type fixed by the test"
    page.keyboard.press("Escape")
    page.keyboard.press("Escape")
    assert page.locator("#detail").is_hidden()


def test_filters_narrow_list_and_map(page: Any) -> None:
    page.locator("#f-type").select_option("ACCUSE")
    page.get_by_role("button", name="Apply").click()
    page.wait_for_function("() => document.querySelectorAll('#event-list li[data-event-id]').length === 1")
    assert page.locator("#map circle.marker").count() == 1
    page.get_by_role("button", name="Clear").click()
    page.wait_for_function("() => document.querySelectorAll('#event-list li[data-event-id]').length === 5")
    page.locator("#f-country").fill("per")
    page.locator("#f-country").press("Enter")
    page.wait_for_function("() => document.querySelectorAll('#event-list li[data-event-id]').length === 1")
    assert "Lima" in page.locator("#event-list li[data-event-id]").first.text_content()


def _png(rgb: tuple[int, int, int], size: int = 256) -> bytes:
    """A plain one-colour PNG, written here so the tile server needs no image library."""
    import struct

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    row = b"\x00" + bytes(rgb) * size
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(row * size)) + chunk(b"IEND", b""))


def test_optional_tiles_come_only_from_the_configured_server(browser: Any, store_url: str, tmp_path: Path) -> None:
    served: list[str] = []
    tile = _png((170, 211, 223))

    class Tiles(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (http.server API)
            served.append(self.path)
            self.send_response(200)
            self.send_header("Content-Type", "image/png")
            self.send_header("Content-Length", str(len(tile)))
            self.end_headers()
            self.wfile.write(tile)

        def log_message(self, *args: object) -> None:
            pass

    tiles = ThreadingHTTPServer(("127.0.0.1", 0), Tiles)
    threading.Thread(target=tiles.serve_forever, daemon=True).start()
    tile_origin = f"http://127.0.0.1:{tiles.server_address[1]}"
    try:
        app = create_app(store_url=store_url, tile_url=tile_origin + "/{z}/{x}/{y}.png",
                         tile_attribution="Test tiles")
        with serving(app) as base:
            context, pg, problems, requests = open_page(browser, base)
            pg.wait_for_function("() => document.querySelectorAll('#map .tiles image').length > 0")
            pg.wait_for_function("n => window.performance.getEntriesByType('resource')"
                                 ".filter(e => e.name.includes('.png')).length >= n", arg=1)
            assert pg.locator("#map-attribution").text_content() == "Test tiles"
            assert pg.locator("#map circle.marker").count() == 5
            pg.screenshot(path=str(screenshot_dir(tmp_path) / "review-tiles.png"))
            context.close()
        assert not problems, problems
        assert served and all(p.endswith(".png") for p in served)
        assert all(u.startswith((base, tile_origin, "data:")) for u in requests), requests
    finally:
        tiles.shutdown()
