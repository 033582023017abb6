"""The tuple (whole-event) evaluation: matching rules of shared/data/events/tuples/README.md."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from eventwire.errors import DataError
from eventwire.evaluation.tuples import (
    GoldArticle,
    content_words,
    evidence_matches,
    parse_gold,
    read_gold,
    score_article,
    summarize,
)
from eventwire.schema import Event, EventActor, EventDate, EventPlace, Span

from .conftest import DATA, need

TEXT = (
    "Police arrested two men in Leeds on Tuesday. "
    "The men were charged with assault, police said. "
    "Protesters marched through Leeds."
)


def _sent(i: int) -> tuple[int, int]:
    parts = TEXT.split(". ")
    start = sum(len(p) + 2 for p in parts[:i])
    return start, start + len(parts[i])


def event(kind: str, sent: int, actors=(), recipients=(), place=None, date=None, status="asserted") -> Event:
    s, e = _sent(sent)
    return Event(
        id=f"e{kind}{sent}", type=kind, evidence=Span(start=s, end=e, text=TEXT[s:e]),
        actors=[EventActor(name=a) for a in actors], recipients=[EventActor(name=r) for r in recipients],
        place=EventPlace(name="Leeds", lat=place[0], lon=place[1]) if place else None,
        date=EventDate(value=date, precision="day") if date else None, status=status,  # type: ignore[arg-type]
    )


GOLD = {
    "article": "x",
    "events": [
        {"id": "arrest", "core": True, "types": ["COERCE"], "actor": ["police"], "recipient": ["men"],
         "place": {"lat": 53.8, "lon": -1.55, "km": 25}, "date": ["2024-05-14"], "evidence": "Police arrested two men"},
        {"id": "charge", "types": ["ACCUSE"], "actor": ["police", "prosecutor"],
         "evidence": "were charged with assault / charged the men"},
    ],
    "not_events": [{"types": ["ASSAULT"], "evidence": "charged with assault", "actor_not": ["police"]}],
}


def gold() -> GoldArticle:
    events, nots = parse_gold(GOLD, "test")
    return GoldArticle(Path("g.json"), "x", TEXT, "2024-05-15", events, nots)


def sentence(e: Event) -> str:
    return TEXT[e.evidence.start : e.evidence.end]


def test_content_words_drop_the_stop_list() -> None:
    assert content_words("The men were charged, and 2 of THEM fled") == ["men", "charged", "2", "them", "fled"]


def test_evidence_needs_sixty_percent_of_one_alternative() -> None:
    alts = [content_words("police arrested two men yesterday"), content_words("detained the pair")]
    assert evidence_matches(alts, "Police arrested two men in Leeds")  # 4 of 5
    assert not evidence_matches(alts, "Police arrested nobody")  # 2 of 5
    assert evidence_matches(alts, "They detained the pair")


def test_a_full_match_counts_for_recall_precision_and_core() -> None:
    preds = [
        event("COERCE", 0, ["Police"], ["two men"], (53.79, -1.54), "2024-05-14"),
        event("ACCUSE", 1, ["West Yorkshire Police"], ["men"]),
    ]
    m = summarize([score_article(gold(), preds, sentence)])
    assert (m["core_recall"], m["recall"], m["precision"], m["type_precision"]) == (1.0, 1.0, 1.0, 1.0)
    assert m["duplicate_rate"] == 0.0 and m["not_events_as_fact"] == 0


def test_each_field_failure_is_counted_and_blocks_the_match() -> None:
    preds = [event("COERCE", 0, ["Police"], ["two men"], (51.5, -0.12), "2024-05-15")]  # London, wrong day
    s = score_article(gold(), preds, sentence)
    assert s.matched == 0 and s.found == 1
    assert s.fails["place"] == 1 and s.fails["date"] == 1 and s.fails["actor"] == 0


def test_duplicates_and_not_events() -> None:
    preds = [
        event("COERCE", 0, ["Police"], ["two men"], (53.79, -1.54), "2024-05-14"),
        event("COERCE", 0, ["officers"], ["men"]),  # the same happening again
        event("ASSAULT", 1, ["police"], ["men"]),  # the charge read as violence by police
        event("PROTEST", 2, ["Protesters"]),  # not in the gold: wrong for precision
    ]
    m = summarize([score_article(gold(), preds, sentence)])
    assert m["duplicate_rate"] == 0.25
    assert m["not_events_as_fact"] == 1
    assert m["precision"] == 0.25 and m["type_precision"] == 0.5
    assert m["core_recall"] == 1.0 and m["recall"] == 0.5


def test_bad_gold_is_a_data_error(tmp_path: Path) -> None:
    (tmp_path / "a.json").write_text(json.dumps({"article": "a.txt", "events": [{"types": ["FIGHT"], "evidence": "x"}]}))
    (tmp_path / "a.txt").write_text(TEXT)
    with pytest.raises(DataError, match="PLOVER"):
        read_gold(tmp_path)


@pytest.mark.parametrize("published", ["2009-10", "10/12/2009", 20091012])
def test_a_partial_publication_date_is_refused_when_the_gold_is_read(tmp_path: Path, published: object) -> None:
    # "2009-10" once reached extraction and stopped the whole evaluation there; the README asks YYYY-MM-DD
    (tmp_path / "a.json").write_text(json.dumps({"article": "a.txt", "published": published, "events": []}))
    (tmp_path / "a.txt").write_text(TEXT)
    with pytest.raises(DataError, match="'published' must be YYYY-MM-DD"):
        read_gold(tmp_path)


def test_repository_gold_files_parse_and_resolve() -> None:
    root = Path(__file__).parent / "gold" / "tuples"
    if not any(root.rglob("*.json")):
        pytest.skip("no tuple gold in the repository")
    need(DATA)
    golds = read_gold(root)
    # an article with no event to code still codes its tempting non-events: it scores precision
    assert all(g.text.strip() and (g.events or g.not_events) for g in golds)
    assert len({g.article for g in golds}) == len(golds), "an article is coded twice"


@pytest.mark.slow
def test_seed_all_core_events_and_no_not_events() -> None:
    tuples = need(DATA / "events" / "tuples")
    proc = subprocess.run([sys.executable, "-m", "eventwire", "eval", "events", "--format", "tuples", str(tuples), "--json"],
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr
    m = json.loads(proc.stdout)
    assert m["core_recall"] == 1.0
    assert m["not_events_as_fact"] == 0
