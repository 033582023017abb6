"""Schemathesis against the OpenAPI document: generated requests to every operation never get a 500,
answer with a documented status code and a body that matches the documented schema."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from eventwire.api import create_app
from tests.webseed import seed_store

MAX_EXAMPLES = int(os.environ.get("EVENTWIRE_FUZZ_EXAMPLES", "25"))


_STORE_DIR = tempfile.TemporaryDirectory(prefix="eventwire-fuzz-")
_STORE_URL = f"sqlite:///{Path(_STORE_DIR.name) / 'store.sqlite'}"
seed_store(_STORE_URL)
schema = schemathesis.openapi.from_asgi("/openapi.json", create_app(store_url=_STORE_URL))


@schema.parametrize()
@settings(max_examples=MAX_EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), database=None)
def test_generated_requests_never_get_a_server_error(case: schemathesis.Case) -> None:
    # No wall-clock limit of ours: the first /extract loads the models, slow on a busy shared machine.
    case.call_and_validate(checks=[not_a_server_error, status_code_conformance, content_type_conformance,
                                   response_schema_conformance], timeout=600)
