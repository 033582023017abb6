"""Shared test fixtures. Gold data is read from ../shared/data and tests skip when it is absent."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("EVENTWIRE_SHARED", ROOT.parent / "shared"))
DATA = SHARED / "data"
SEED = SHARED / "seed" / "panjshir-article.txt"
EXAMPLES = ROOT / "examples"

# One gazetteer and store home per checkout, built on first use and reused across test runs.
os.environ.setdefault("EVENTWIRE_HOME", str(ROOT / ".cache" / "eventwire-home"))
os.environ.setdefault("EVENTWIRE_CACHE_DIR", str(ROOT / ".cache" / "eventwire-cache"))


def need(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"gold data not available: {path} (expected ../shared/data beside the checkout)")
    return path


@pytest.fixture(scope="session")
def shared_data() -> Path:
    return need(DATA)


@pytest.fixture(scope="session")
def seed_text() -> str:
    return need(SEED).read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_record(seed_text: str):
    import eventwire

    return eventwire.extract(seed_text, published="2021-08-23")
