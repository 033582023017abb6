"""HTTP API tests: the real FastAPI app over a real SQLite store seeded with records written for tests."""

from __future__ import annotations

import csv
import io
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from eventwire.api import create_app, static_dir
from eventwire.store import Store
from tests.webseed import ARTICLE_FARMERS, seed_records, seed_store

TOKEN = "test-token-9f2c"


@pytest.fixture(scope="module")
def store_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('api') / 'store.sqlite'}"
    seed_store(url)
    return url


@pytest.fixture(scope="module")
def client(store_url: str) -> Iterator[TestClient]:
    with TestClient(create_app(store_url=store_url)) as c:
        yield c


@pytest.fixture(scope="module")
def guarded(store_url: str) -> Iterator[TestClient]:
    with TestClient(create_app(store_url=store_url, token=TOKEN)) as c:
        yield c


def event_id(client: TestClient, type_: str) -> str:
    items = client.get("/events", params={"type": type_}).json()["items"]
    assert len(items) == 1, items
    return str(items[0]["id"])


def check_offsets(record: dict) -> None:
    text = record["article"]["text"]
    spans = [m for group in ("actors", "places") for x in record[group] for m in x["mentions"]]
    spans += [q for q in record["quotes"]] + [t for t in record["times"]] + [e["evidence"] for e in record["events"]]
    for sp in spans:
        assert text[sp["start"]:sp["end"]] == sp["text"]


# ---- service, page, OpenAPI ---------------------------------------------------------------------------


def test_openapi_lists_every_endpoint(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    paths = spec["paths"]
    assert {"/extract", "/articles", "/events", "/events/{event_id}", "/export"} <= set(paths)
    assert "patch" in paths["/events/{event_id}"]
    assert spec["components"]["securitySchemes"]["HTTPBearer"]["scheme"] == "bearer"
    # Docs UIs that would load assets from a CDN are not served.
    assert client.get("/docs").status_code == 404


def test_review_page_and_assets_are_served_from_the_package(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200 and "text/html" in page.headers["content-type"]
    assert "/static/app.js" in page.text and "/static/app.css" in page.text
    assert "http://" not in page.text and "https://" not in page.text  # nothing from a CDN
    js = client.get("/static/app.js")
    assert js.status_code == 200 and len(js.content) > 50_000  # bundle includes the country outlines
    assert (static_dir() / "index.html").exists()


def test_meta(client: TestClient, guarded: TestClient) -> None:
    meta = client.get("/meta").json()
    assert "ASSAULT" in meta["plover_types"] and meta["token_required"] is False
    assert guarded.get("/meta").json()["token_required"] is True


# ---- /extract -----------------------------------------------------------------------------------------


def test_extract_returns_records_with_exact_offsets(client: TestClient) -> None:
    resp = client.post("/extract", json={"text": ARTICLE_FARMERS, "published": "2025-03-04", "source": "Wire"})
    assert resp.status_code == 200, resp.text
    (record,) = resp.json()["records"]
    assert record["article"]["published"] == "2025-03-04"
    assert record["article"]["source"] == "Wire"
    assert record["article"]["title"].startswith("Farmers Block Highway")
    check_offsets(record)


def test_extract_options_go_through_the_shared_options(client: TestClient) -> None:
    resp = client.post("/extract", json={"text": ARTICLE_FARMERS, "options": {"stages": ["read"]}})
    assert resp.status_code == 200
    assert resp.json()["records"][0]["events"] == []
    unknown = client.post("/extract", json={"text": ARTICLE_FARMERS, "options": {"stages": ["read", "nope"]}})
    assert unknown.status_code == 422 and "unknown stage" in unknown.json()["error"]
    for bad in ({"colour": "red"}, {"model": "/tmp/evil"}, {"batch_size": 0}, {"min_confidence": 2}):
        r = client.post("/extract", json={"text": ARTICLE_FARMERS, "options": bad})
        assert r.status_code == 422, bad
        assert r.json()["error"] == "invalid request" and r.json()["hint"]


@pytest.mark.parametrize(
    "body, fragment",
    [
        ({}, "either 'text' or 'url'"),
        ({"text": "   \n  "}, "empty"),
        ({"text": ARTICLE_FARMERS, "published": "not a date"}, "invalid published date"),
        ({"url": "file:///etc/passwd"}, "http"),
        ({"text": ARTICLE_FARMERS, "surprise": 1}, "Extra inputs"),
    ],
)
def test_extract_rejects_bad_input_with_4xx_json(client: TestClient, body: dict, fragment: str) -> None:
    resp = client.post("/extract", json=body)
    assert resp.status_code == 422, resp.text
    data = resp.json()
    assert set(data) >= {"error", "hint"}
    assert fragment in data["error"] + " " + str(data["hint"])


@pytest.mark.parametrize("content, ctype", [
    (b"{not json", "application/json"),
    (b'{"text": "caf\xe9 \xff"}', "application/json"),  # not UTF-8
    (b"", "application/json"),
    (b'{"text": "The council met."}', "text/plain"),  # JSON, but not sent as JSON
    (b"The council met on Monday.", None),
])
def test_extract_body_that_is_not_json_is_400(client: TestClient, content: bytes, ctype: str | None) -> None:
    """As docs/review.md says: 400 for a body that is not JSON, 422 for JSON that is not a valid request."""
    resp = client.post("/extract", content=content, headers={"Content-Type": ctype} if ctype else {})
    assert resp.status_code == 400, resp.text
    assert resp.json()["error"] == "request body is not JSON"
    for valid_json in (b"[1, 2]", b'"text"', b'{"text": ""}'):
        resp = client.post("/extract", content=valid_json, headers={"Content-Type": "application/json"})
        assert resp.status_code == 422 and resp.json()["error"] == "invalid request", resp.text


class _Page(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 (http.server API)
        if self.path != "/story":
            self.send_error(404)
            return
        paragraphs = "".join(f"<p>{line}</p>" for line in ARTICLE_FARMERS.splitlines()[1:])
        html = ("<html><head><title>Farmers Block Highway Near Nakuru</title>"
                '<meta property="article:published_time" content="2025-03-04"></head>'
                f"<body><nav>Home | World</nav><article><h1>Farmers Block Highway Near Nakuru</h1>{paragraphs}"
                "</article><footer>Copyright Eventwire Test</footer></body></html>").encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(html)))
        self.end_headers()
        self.wfile.write(html)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def page_server() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Page)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def test_extract_from_url_reads_the_page(client: TestClient, page_server: str, store_url: str) -> None:
    refused = client.post("/extract", json={"url": f"{page_server}/story"})  # loopback: refused by default
    assert refused.status_code == 422 and "not a public address" in refused.json()["error"]
    client = TestClient(create_app(store_url=store_url, allow_private_urls=True))
    resp = client.post("/extract", json={"url": f"{page_server}/story", "source": "Local Test"})
    assert resp.status_code == 200, resp.text
    article = resp.json()["records"][0]["article"]
    assert "blocked the Nakuru-Eldoret highway" in article["text"]
    assert article["url"] == f"{page_server}/story"
    assert article["published"] == "2025-03-04" and article["source"] == "Local Test"
    missing = client.post("/extract", json={"url": f"{page_server}/gone"})
    assert missing.status_code == 422 and "404" in missing.json()["error"]


# ---- limits and auth ----------------------------------------------------------------------------------


def test_request_body_limit(store_url: str) -> None:
    with TestClient(create_app(store_url=store_url, max_body_bytes=2000)) as small:
        big = {"text": "word " * 1000}
        resp = small.post("/extract", json=big)
        assert resp.status_code == 413 and "larger than" in resp.json()["error"]

        def chunks() -> Iterator[bytes]:  # no Content-Length: counted as it arrives
            yield b'{"text": "'
            for _ in range(50):
                yield b"x" * 100
            yield b'"}'

        chunked = small.post("/extract", content=chunks(), headers={"Content-Type": "application/json"})
        assert chunked.status_code == 413


def test_write_endpoints_need_the_token_when_configured(guarded: TestClient) -> None:
    eid = event_id(guarded, "AGREE")
    body = {"verdict": "confirm", "user": "tester"}
    assert guarded.patch(f"/events/{eid}", json=body).status_code == 401
    wrong = guarded.patch(f"/events/{eid}", json=body, headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 401 and "token" in wrong.json()["error"]
    assert guarded.post("/articles", json={"articles": [{"text": ARTICLE_FARMERS}]}).status_code == 401
    # /extract stores nothing and stays open for text, but fetching a URL needs the token
    assert guarded.post("/extract", json={"url": "http://127.0.0.1:9/x"}).status_code == 401
    assert guarded.post("/extract", json={"text": ARTICLE_FARMERS, "options": {"stages": ["read"]}}).status_code == 200
    # reads stay open
    assert guarded.get(f"/events/{eid}").status_code == 200
    ok = guarded.patch(f"/events/{eid}", json=body, headers={"Authorization": f"Bearer {TOKEN}"})
    assert ok.status_code == 200, ok.text


# ---- events and verdicts ------------------------------------------------------------------------------


def test_list_events_with_filters_and_pages(client: TestClient) -> None:
    page = client.get("/events").json()
    assert page["total"] == 5 and page["count"] == 5
    assert {e["type"] for e in page["items"]} == {"PROTEST", "CONSULT", "COERCE", "ACCUSE", "AGREE"}
    assert all({"lat", "lon", "date", "actors", "article_ids"} <= set(e) for e in page["items"])
    assert client.get("/events", params={"country": "PER"}).json()["total"] == 1
    assert client.get("/events", params={"actor": "navy"}).json()["total"] == 2
    assert client.get("/events", params={"date_from": "2025-03-05", "date_to": "2025-03-05"}).json()["total"] == 2
    east_africa = client.get("/events", params={"bbox": "30,-10,45,5"}).json()
    assert east_africa["total"] == 4
    assert client.get("/events", params={"status": "future"}).json()["items"][0]["type"] == "CONSULT"
    first, second = (client.get("/events", params={"limit": 2, "offset": o}).json() for o in (0, 2))
    assert first["count"] == second["count"] == 2
    assert not {e["id"] for e in first["items"]} & {e["id"] for e in second["items"]}


@pytest.mark.parametrize(
    "params",
    [{"type": "DANCE"}, {"bbox": "1,2,3"}, {"bbox": "0,0,500,1"}, {"date_from": "yesterday-ish"},
     {"limit": 0}, {"offset": -1}, {"country": "K1"}, {"status": "rumoured"}],
)
def test_bad_filters_are_422(client: TestClient, params: dict) -> None:
    resp = client.get("/events", params=params)
    assert resp.status_code == 422, resp.text
    assert resp.json()["error"]


def test_event_detail_has_evidence_and_sources(client: TestClient) -> None:
    eid = event_id(client, "PROTEST")
    ev = client.get(f"/events/{eid}").json()
    (mention,) = ev["mentions"]
    record = client.get(f"/articles/{mention['article_id']}").json()
    ev_span = mention["evidence"]
    assert record["article"]["text"][ev_span["start"]:ev_span["end"]] == ev_span["text"]
    assert "blocked the Nakuru-Eldoret highway" in ev_span["text"]
    assert ev["articles"][0]["title"].startswith("Farmers Block Highway")
    assert ev["articles"][0]["source"] == "Eventwire Test Wire"
    missing = client.get("/events/e-doesnotexist")
    assert missing.status_code == 404 and missing.json()["error"].startswith("no event")
    assert client.get("/articles/a-0000").status_code == 404


def test_verdicts_are_an_audit_trail_beside_the_machine_record(client: TestClient, store_url: str) -> None:
    eid = event_id(client, "COERCE")
    before = client.get(f"/events/{eid}").json()
    confirm = client.patch(f"/events/{eid}", json={"verdict": "confirm", "user": "ana", "note": "matches wire"})
    assert confirm.status_code == 200, confirm.text
    correct = client.patch(f"/events/{eid}", json={
        "verdict": "correct", "user": "ben", "type": "SANCTION", "actors": ["Kenya Navy"],
        "place": {"name": "Mombasa port", "lat": -4.06, "lon": 39.67, "country": "KEN"}, "date": "2025-03-05"})
    assert correct.status_code == 200, correct.text
    after = correct.json()["event"]
    assert [v["verdict"]["status"] for v in after["verdicts"]] == ["confirmed", "corrected"]
    assert [v["user"] for v in after["verdicts"]] == ["ana", "ben"]
    assert after["verdicts"][1]["verdict"]["corrections"]["type"] == "SANCTION"
    assert after["verdicts"][0]["verdict"]["note"] == "matches wire"
    # The machine's record is untouched.
    assert after["type"] == before["type"] == "COERCE"
    assert after["mentions"] == before["mentions"]
    with Store(store_url) as store:
        stored = store.get_event(eid)
        assert stored is not None and [v["verdict"]["verdict"] for v in stored["verdicts"]] == ["confirm", "correct"]


@pytest.mark.parametrize(
    "body",
    [{"verdict": "maybe"}, {"verdict": "correct"}, {"verdict": "confirm", "type": "ASSAULT"},
     {"verdict": "correct", "type": "DANCE"}, {"verdict": "correct", "actors": [""]},
     {"verdict": "correct", "place": {"name": "X", "lat": 95}}, {"verdict": "correct", "date": "March 5"}],
)
def test_bad_verdicts_are_422(client: TestClient, body: dict) -> None:
    eid = event_id(client, "ACCUSE")
    resp = client.patch(f"/events/{eid}", json=body)
    assert resp.status_code == 422, resp.text
    assert client.get(f"/events/{eid}").json()["verdicts"] == []


def test_verdict_on_unknown_event_is_404(client: TestClient) -> None:
    assert client.patch("/events/e-nope", json={"verdict": "reject"}).status_code == 404


# ---- ingest and export --------------------------------------------------------------------------------


def test_post_articles_ingests_once(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'ingest.sqlite'}"
    with TestClient(create_app(store_url=url)) as c:
        body = {"articles": [{"text": ARTICLE_FARMERS, "published": "2025-03-04", "source": "Wire"}],
                "options": {"stages": ["read", "parse"]}}
        first = c.post("/articles", json=body)
        assert first.status_code == 200, first.text
        assert first.json()["counts"]["added"] == 1
        article_id = first.json()["article_ids"][0]
        again = c.post("/articles", json=body).json()
        assert again["counts"]["unchanged"] == 1 and again["counts"]["added"] == 0
        record = c.get(f"/articles/{article_id}").json()
        assert record["article"]["source"] == "Wire"
        assert c.post("/articles", json={"articles": [{"text": " "}]}).status_code == 422
        mixed = c.post("/articles", json={"articles": [{"text": ARTICLE_FARMERS}, {"text": "\u0000\u0001"}],
                                          "options": {"stages": ["read", "parse"]}})
        assert mixed.status_code == 200, mixed.text
        assert mixed.json()["counts"] == {"added": 0, "unchanged": 1, "updated": 0, "failed": 1}
        assert mixed.json()["failures"][0]["index"] == 1
        assert mixed.json()["article_ids"] == [article_id]
        assert c.post("/articles", json={"articles": []}).status_code == 422


def test_export_formats(client: TestClient) -> None:
    geo = client.get("/export", params={"format": "geojson"})
    assert geo.status_code == 200 and geo.headers["content-type"].startswith("application/geo+json")
    fc = json.loads(geo.text)
    assert fc["type"] == "FeatureCollection" and len(fc["features"]) == 5
    acled = client.get("/export", params={"format": "acled-csv", "country": "KEN", "all_events": "true"})
    rows = list(csv.DictReader(io.StringIO(acled.text)))
    assert len(rows) == 4 and "event_id_cnty" in rows[0]
    # By default only events with an ACLED event type are written.
    typed = list(csv.DictReader(io.StringIO(client.get("/export", params={"format": "acled-csv",
                                                                          "country": "KEN"}).text)))
    assert [r["event_id_cnty"] for r in typed] == [r["event_id_cnty"] for r in rows if r["event_type"]]
    gd = client.get("/export", params={"format": "gdelt-tsv", "header": "true"}).text
    assert gd.startswith("GlobalEventID\t")
    plover = client.get("/export", params={"format": "plover-jsonl", "type": "AGREE"})
    assert len([json.loads(x) for x in plover.text.splitlines() if x.strip()]) == 1
    parquet = client.get("/export", params={"format": "parquet"})
    import pyarrow.parquet as pq

    assert pq.read_table(io.BytesIO(parquet.content)).num_rows == 5
    assert 'filename="events.parquet"' in parquet.headers["content-disposition"]
    assert client.get("/export", params={"format": "xlsx"}).status_code == 422


def test_unexpected_routes_and_methods_answer_json(client: TestClient) -> None:
    assert client.get("/nope").json()["error"] == "Not Found"
    assert client.delete("/events/x").status_code == 405


def test_seed_records_have_exact_offsets() -> None:
    for rec in seed_records():
        check_offsets(rec.model_dump())


# ---- eventwire serve ----------------------------------------------------------------------------------


def test_serve_command_runs_the_app(tmp_path: Path) -> None:
    import httpx

    from .serving import serve_process

    url = f"sqlite:///{tmp_path / 'serve.sqlite'}"
    seed_store(url)
    with serve_process(url, "--token", TOKEN) as server:
        base = server.base
        assert "/static/app.js" in httpx.get(f"{base}/").text
        assert httpx.get(f"{base}/events").json()["total"] == 5
        eid = httpx.get(f"{base}/events", params={"type": "AGREE"}).json()["items"][0]["id"]
        assert httpx.patch(f"{base}/events/{eid}", json={"verdict": "confirm"}).status_code == 401
    assert f"http://127.0.0.1:{server.port}/" in server.output[0]


def test_serve_rejects_an_unreachable_database() -> None:
    import subprocess
    import sys

    proc = subprocess.run([sys.executable, "-m", "eventwire", "serve", "--db", "mysql://nowhere/db"],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 5 and proc.stderr.startswith("error:"), proc.stderr


def test_unreachable_store_is_503_and_extract_still_works() -> None:
    app = create_app(store_url="postgresql+psycopg://nobody:nothing@127.0.0.1:1/none")
    with TestClient(app) as c:
        resp = c.get("/events")
        assert resp.status_code == 503, resp.text
        assert resp.json()["error"].startswith("cannot")
        ok = c.post("/extract", json={"text": ARTICLE_FARMERS, "options": {"stages": ["read"]}})
        assert ok.status_code == 200
