"""Command line and Python conveniences a new user reaches for first: --version, events as CSV, an ingest
progress line with total / percentage / ETA, extract_many on plain strings, empty stage lists refused as
configuration errors (exit 3, HTTP 422), and flags shown without a value type in --help."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

import eventwire
from eventwire.api.app import create_app
from eventwire.cli import main
from eventwire.ingest.sources import count_items
from eventwire.store import Store

from .conftest import ROOT
from .test_store_helpers import stories

TEXTS = [
    "Farmers block road in Ardel\nHundreds of farmers blocked the main road into Ardel on Monday, police said.\n",
    "Council meets on water\nThe town council met on Tuesday to discuss the water supply, its chairman said.\n",
    "Strike ends in Ostrava mill\nWorkers at the Ostrava mill ended a three-day strike on Wednesday.\n",
]


def _cli(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "COLUMNS": "200"}
    return subprocess.run([sys.executable, "-m", "eventwire", *args], capture_output=True, text=True, env=env,
                          input=stdin, timeout=300, check=False)


def test_version() -> None:
    out = _cli("--version")
    assert out.returncode == 0 and out.stdout.strip() == f"eventwire {eventwire.__version__}"


def test_flags_show_no_value_type() -> None:
    out = _cli("ingest", "--help")
    assert out.returncode == 0 and "--quiet" in out.stdout and "--resume" in out.stdout
    assert "<bool>" not in out.stdout
    assert "<int range>" in out.stdout  # options that take a value still say what they take


def test_events_as_csv(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = f"sqlite:///{tmp_path / 's.sqlite'}"
    with Store(url) as s:
        for r in stories():
            s.add_record(r, None, key=r.article.url)
    capsys.readouterr()
    assert main(["events", "--db", url, "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert {r["type"] for r in rows} == {"ASSAULT", "PROTEST"}
    assault = next(r for r in rows if r["type"] == "ASSAULT")
    assert assault["status"] == "disputed" and assault["n_articles"] == "3" and assault["country"] == "UKR"
    assert set(assault["sources"].split("; ")) == {"Test Wire", "Other Daily", "Third Post"}


def test_count_items_knows_files_and_jsonl_but_not_urls(tmp_path: Path) -> None:
    for i, t in enumerate(TEXTS):
        (tmp_path / f"a{i}.txt").write_text(t)
    dump = tmp_path / "more.jsonl"
    dump.write_text("\n".join(json.dumps({"text": t}) for t in TEXTS) + "\n\n")
    assert count_items([str(tmp_path)]) == 6
    assert count_items([str(dump), "-"]) == 4
    assert count_items([str(dump), "https://news.example/feed"]) is None


def test_ingest_progress_has_total_percentage_and_eta(tmp_path: Path) -> None:
    for i, t in enumerate(TEXTS):
        (tmp_path / f"a{i}.txt").write_text(t)
    out = _cli("ingest", "--db", f"sqlite:///{tmp_path / 's.sqlite'}", "--stages", "read,parse", str(tmp_path))
    assert out.returncode == 0, out.stderr
    assert "3/3" in out.stderr and "100%" in out.stderr and "eta" in out.stderr


def test_extract_many_takes_plain_strings() -> None:
    records = list(eventwire.extract_many(TEXTS, stages=("read", "parse")))
    assert [r.article.text for r in records] == TEXTS
    mixed = list(eventwire.extract_many([TEXTS[0], eventwire.ArticleInput(text=TEXTS[1], source="Wire")],
                                        stages=("read",)))
    assert mixed[1].article.source == "Wire" and mixed[0].article.text == TEXTS[0]


def test_empty_stages_are_a_configuration_error(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(TEXTS[0])
    for stages in ("", " , "):
        out = _cli("extract", "--stages", stages, str(article))
        assert out.returncode == 3 and "stages must name at least one stage" in out.stderr
        assert "Traceback" not in out.stderr
    with pytest.raises(eventwire.ConfigError):
        eventwire.Options.from_mapping({"stages": []})
    with TestClient(create_app(store_url=f"sqlite:///{tmp_path / 'api.sqlite'}")) as c:
        r = c.post("/extract", json={"text": TEXTS[0], "options": {"stages": []}})
        assert r.status_code == 422 and "at least one stage" in r.json()["error"]
        r = c.post("/articles", json={"articles": [{"text": TEXTS[0]}], "options": {"stages": []}})
        assert r.status_code == 422
