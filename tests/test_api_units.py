"""The pieces the HTTP app is built from (eventwire.api.context, errors, routes_*), one at a time,
over a real SQLite store and the real FastAPI routers."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from eventwire import __version__
from eventwire.api.app import check_tile_url, page_csp
from eventwire.api.context import AppContext, merge_options
from eventwire.api.errors import (
    Busy,
    NotFound,
    error_response,
    http_status,
    install_error_handlers,
    validation_hint,
)
from eventwire.api.models import ArticleIn, HttpOptions, Meta, VerdictIn
from eventwire.api.routes_meta import meta_router
from eventwire.api.routes_store import VERDICT_STATUS, _verdict
from eventwire.api.security import AuthError
from eventwire.errors import ConfigError, InputError, StoreError
from eventwire.options import Options
from eventwire.store import Store


@pytest.mark.parametrize(
    ("exc", "status"),
    [(AuthError("x"), 401), (NotFound("x"), 404), (StoreError("x"), 503), (Busy("x"), 503),
     (InputError("x"), 422), (ConfigError("x"), 422)],
)
def test_http_status_of_each_error(exc: Exception, status: int) -> None:
    assert http_status(exc) == status  # type: ignore[arg-type]


def test_error_response_body_has_detail_only_when_given() -> None:
    assert error_response(404, "no event", None).body == b'{"error":"no event","hint":null}'
    assert b'"detail":[1]' in error_response(422, "invalid", "h", [1]).body


def test_validation_hint_names_the_field_but_not_the_body() -> None:
    assert validation_hint([{"loc": ["body", "articles", "0", "text"], "msg": "too long"}]) == "articles.0.text: too long"
    assert validation_hint([{"loc": ["body"], "msg": "Field required"}]) == "Field required"
    assert validation_hint([]) == "invalid request"


def test_merge_options_applies_per_request_changes() -> None:
    base = Options()
    assert merge_options(base, None) is base
    merged = merge_options(base, HttpOptions(stages=["read", "parse"], min_confidence=0.5))
    assert merged.stages == ("read", "parse") and merged.min_confidence == 0.5
    with pytest.raises(ConfigError, match="at least one stage"):  # the same checks as every Options
        merge_options(base, HttpOptions(stages=[]))


def test_context_opens_the_store_on_first_use_and_closes_it(tmp_path: Path) -> None:
    ctx = AppContext(Options(), store_url=f"sqlite:///{tmp_path / 'store.sqlite'}")
    assert not (tmp_path / "store.sqlite").exists()
    db = ctx.get_store()
    assert ctx.get_store() is db and (tmp_path / "store.sqlite").exists()
    ctx.close_store()
    assert ctx.get_store() is not db  # reopened after close
    ctx.close_store()


def test_context_never_closes_a_store_it_was_given(tmp_path: Path) -> None:
    given = Store(f"sqlite:///{tmp_path / 'store.sqlite'}")
    ctx = AppContext(Options(), store=given)
    ctx.close_store()
    assert ctx.get_store() is given
    assert given.counts() is not None  # still open
    given.close()


def test_context_to_input_cleans_metadata() -> None:
    ctx = AppContext(Options())
    item = ctx.to_input(ArticleIn(text="The council met on Monday.", source="Wire\x00 Service", published="2024-05-15"))
    assert item.source == "Wire Service" and item.published == "2024-05-15" and item.url is None


def test_verdict_stored_form() -> None:
    v = _verdict(VerdictIn(verdict="correct", type="PROTEST", note="seen on video"))
    assert v["status"] == VERDICT_STATUS["correct"] == "corrected"
    assert v["corrections"] == {"type": "PROTEST"} and v["note"] == "seen on video"
    assert _verdict(VerdictIn(verdict="reject")) == {"verdict": "reject", "status": "rejected"}


def test_page_csp_names_only_the_tile_origin() -> None:
    origin = check_tile_url("https://tile.example.org/{z}/{x}/{y}.png")
    assert origin == "https://tile.example.org"
    assert "img-src 'self' data: https://tile.example.org;" in page_csp(origin)
    assert "img-src 'self' data:;" in page_csp(None)


def test_meta_router_alone_answers_typed_bodies() -> None:
    app = FastAPI()
    install_error_handlers(app, page_csp(None))
    ctx = AppContext(Options(), token="t", tile_url="https://tile.example.org/{z}/{x}/{y}.png")
    app.include_router(meta_router(ctx))
    with TestClient(app) as client:
        meta = Meta.model_validate(client.get("/meta").json())
        assert meta.version == __version__ and meta.token_required
        assert meta.tiles is not None and meta.tiles.attribution == ""
        assert client.get("/health").json() == {"status": "ok"}
        missing = client.get("/nope")
        assert missing.status_code == 404 and set(missing.json()) == {"error", "hint"}
