"""The lexicon overlay (eventwire/lexicons.py, docs/lexicons.md): files in EVENTWIRE_LEXICONS / --lexicons DIR
add to or override the packaged data files, and their entries reach a real extraction."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import eventwire
from eventwire.actors import lexicon as actor_lexicon
from eventwire.errors import ConfigError, DataError
from eventwire.events.lexicon import lexicon
from eventwire.lexicons import ENV_VAR, load_data_json, load_data_tsv, merge_rows
from eventwire.quotes.cues import SPEECH_VERBS, WEAK_VERBS

ROOT = Path(__file__).resolve().parent.parent

# A fictional armed group and a trigger verb the packaged lexicon does not have ("waylay").
TEXT = "The Crimson Lantern Brigade waylaid an army convoy near the town of Gao on Monday."
NAMED = "# a fictional group, for the overlay test\nCrimson Lantern Brigade\tCrimson Lanterns\tgroup\tMLI\tREB\n"
TRIGGERS = {"verbs": {"waylay": "190"}}


def write_overlay(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "named.tsv").write_text(NAMED, encoding="utf-8")
    (folder / "triggers.json").write_text(json.dumps(TRIGGERS), encoding="utf-8")
    return folder


def brigade_and_its_events(record: dict) -> tuple[dict | None, list[dict]]:
    actor = next((a for a in record["actors"] if a["name"] == "Crimson Lantern Brigade"), None)
    if actor is None:
        return None, []
    events = [e for e in record["events"] if any(x.get("actor_id") == actor["id"] for x in e["actors"])]
    return actor, events


def test_group_and_trigger_from_an_overlay_reach_the_record(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV_VAR, raising=False)
    actor, events = brigade_and_its_events(eventwire.extract(TEXT, published="2024-05-15").model_dump())
    assert actor is None or (actor["country"] is None and "REB" not in actor["sectors"])
    assert not events  # "waylay" is no trigger of the packaged lexicon

    monkeypatch.setenv(ENV_VAR, str(write_overlay(tmp_path / "lex")))
    record = eventwire.extract(TEXT, published="2024-05-15").model_dump()
    actor, events = brigade_and_its_events(record)
    assert actor is not None
    assert (actor["kind"], actor["country"], actor["sector"]) == ("group", "MLI", "REB")
    [event] = events
    assert event["type"] == "ASSAULT" and "waylaid" in event["trigger"]["text"]


def test_cli_lexicons_option_in_a_subprocess(tmp_path: Path) -> None:
    folder = write_overlay(tmp_path / "lex")
    article = tmp_path / "article.txt"
    article.write_text(TEXT + "\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != ENV_VAR}
    env["PYTHONWARNINGS"] = "ignore"
    run = subprocess.run(
        [sys.executable, "-m", "eventwire", "extract", str(article), "--published", "2024-05-15",
         "--format", "jsonl", "--lexicons", str(folder)],
        capture_output=True, env=env, timeout=300, cwd=ROOT,
    )
    assert run.returncode == 0, run.stderr.decode()
    actor, events = brigade_and_its_events(json.loads(run.stdout.decode().splitlines()[0]))
    assert actor is not None and (actor["country"], actor["sector"]) == ("MLI", "REB")
    assert [e["type"] for e in events] == ["ASSAULT"]

    bad = subprocess.run(
        [sys.executable, "-m", "eventwire", "extract", str(article), "--lexicons", str(tmp_path / "missing")],
        capture_output=True, env=env, timeout=300, cwd=ROOT,
    )
    assert bad.returncode == 3
    assert "not a directory" in bad.stderr.decode() and "Traceback" not in bad.stderr.decode()


def test_a_leader_holds_government_only_while_in_office(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "named.tsv").write_text(
        "Ilse Varga\tPresident Varga\tperson\tMLI\t\t2020-03-01..2023-06-30=MLI:GOV\n", encoding="utf-8"
    )
    monkeypatch.setenv(ENV_VAR, str(tmp_path))
    text = "Ilse Varga met farmers in the capital on Tuesday."

    def varga(published: str | None) -> dict:
        record = eventwire.extract(text, published=published).model_dump()
        return next(a for a in record["actors"] if a["name"] == "Ilse Varga")

    assert (varga("2021-05-04")["country"], varga("2021-05-04")["sectors"]) == ("MLI", ["GOV"])
    assert "GOV" not in varga("2024-05-04")["sectors"] and varga("2024-05-04")["country"] == "MLI"
    assert "GOV" not in varga(None)["sectors"]  # no date: the undated columns


def test_tsv_rows_add_override_and_remove_by_key() -> None:
    base = [["taliban", "a"], ["hamas", "b"], ["fatah", "c"]]
    extra = [["Hamas", "B2"], ["-fatah"], ["Crimson", "d"]]
    assert merge_rows(base, extra) == [["taliban", "a"], ["Hamas", "B2"], ["Crimson", "d"]]


def test_json_overlay_extends_lists_and_switches_with_the_variable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    one, two = tmp_path / "one", tmp_path / "two"
    one.mkdir()
    two.mkdir()
    (one / "cues.json").write_text(json.dumps({"speech_verbs": ["harrumph"]}), encoding="utf-8")
    (two / "quotes").mkdir()
    (two / "quotes" / "cues.json").write_text(json.dumps({"weak_verbs": ["opine"]}), encoding="utf-8")
    monkeypatch.delenv(ENV_VAR, raising=False)
    assert "harrumph" not in SPEECH_VERBS and "say" in SPEECH_VERBS
    monkeypatch.setenv(ENV_VAR, str(one))
    assert "harrumph" in SPEECH_VERBS and "say" in SPEECH_VERBS
    assert "harrumph" in load_data_json("quotes/cues.json")["speech_verbs"]
    monkeypatch.setenv(ENV_VAR, str(two))  # the same constants now read the other folder (its data/ layout)
    assert "harrumph" not in SPEECH_VERBS and "opine" in WEAK_VERBS
    assert "opine" not in SPEECH_VERBS - WEAK_VERBS


def test_actor_tables_switch_with_the_variable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "roles.tsv").write_text("gendarme\tCOP\tperson\n", encoding="utf-8")
    (tmp_path / "demonyms.tsv").write_text("malinke\tMLI\n", encoding="utf-8")
    monkeypatch.delenv(ENV_VAR, raising=False)
    assert "gendarme" not in actor_lexicon.role_nouns()
    monkeypatch.setenv(ENV_VAR, str(tmp_path))
    assert actor_lexicon.role_nouns()["gendarme"].sectors == ("COP",)
    assert "police" in actor_lexicon.role_nouns()  # the built-ins stay
    assert actor_lexicon.country_code("Malinke") == "MLI"
    rows = load_data_tsv("actors/roles.tsv")
    assert rows[-1][0] == "gendarme"


def test_bad_overlay_files_are_one_line_errors(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV_VAR, str(tmp_path))
    (tmp_path / "triggers.json").write_text(json.dumps({"verbs": {"waylay": "999"}}), encoding="utf-8")
    with pytest.raises(DataError, match="unknown CAMEO code"):
        lexicon()
    (tmp_path / "named.tsv").write_text("Someone\t\tperson\tMLI\tXYZ\n", encoding="utf-8")
    with pytest.raises(DataError, match="unknown sector"):
        actor_lexicon.named_actors()
    (tmp_path / "cues.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(DataError, match="not a JSON lexicon"):
        load_data_json("quotes/cues.json")
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "cues.json"))
    with pytest.raises(ConfigError, match="not a directory"):
        load_data_json("quotes/cues.json")
