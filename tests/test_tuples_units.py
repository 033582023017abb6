"""The steps of tuple scoring (eventwire.evaluation.tuples.score_article) one at a time."""

from __future__ import annotations

from eventwire.evaluation import tuples as tp

from .test_tuples_eval import event, gold, sentence


def test_type_evidence_lists_gold_events_of_the_type_in_the_sentence() -> None:
    g = gold()
    preds = [event("COERCE", 0, ["Police"]), event("COERCE", 2, ["Protesters"]), event("ACCUSE", 1)]
    assert tp._type_evidence(g, preds, [sentence(e) for e in preds]) == [[0], [], [1]]


def test_matching_counts_full_matches_and_leftover_type_matches() -> None:
    g = gold()
    preds = [
        event("COERCE", 0, ["Police"], ["two men"], (53.79, -1.54), "2024-05-14"),
        event("COERCE", 0, ["officers"], ["men"]),
    ]
    s = tp.ArticleScore()
    matched = tp._score_matching(s, g, preds, tp._type_evidence(g, preds, [sentence(e) for e in preds]))
    assert matched == {0}
    assert (s.matched, s.core_matched, s.type_ok, s.duplicates) == (1, 1, 2, 1)
    assert s.duplicate_of == {1: [g.events[0].id]}


def test_report_lists_each_duplicate_with_the_gold_event_it_repeats() -> None:
    g = gold()
    preds = [event("COERCE", 0, ["Police"]), event("COERCE", 0, ["officers"]), event("PROTEST", 2)]
    s = tp.score_article(g, preds, sentence)
    dup = [line for line in s.lines if line.startswith("  DUPLICATE")]
    assert dup == [line for line in s.lines if "officers" in line and "DUPLICATE of arrest:" in line]
    assert len(dup) == 1 and sum(line.startswith("  EXTRA PROTEST") for line in s.lines) == 1


def test_not_event_needs_its_type_evidence_and_the_wrong_actor() -> None:
    ne = gold().not_events[0]  # ASSAULT "charged with assault", not by police
    assert tp._codes_not_event(ne, event("ASSAULT", 1, ["police"]), sentence(event("ASSAULT", 1)))
    assert not tp._codes_not_event(ne, event("ASSAULT", 1, ["the men"]), sentence(event("ASSAULT", 1)))
    assert not tp._codes_not_event(ne, event("ACCUSE", 1, ["police"]), sentence(event("ACCUSE", 1)))
    assert not tp._codes_not_event(ne, event("ASSAULT", 2, ["police"]), sentence(event("ASSAULT", 2)))
    unconditional = tp.NotEvent(types=ne.types, evidence=ne.evidence)
    assert tp._codes_not_event(unconditional, event("ASSAULT", 1, ["the men"]), sentence(event("ASSAULT", 1)))


def test_not_events_count_once_per_prediction() -> None:
    g = gold()
    g.not_events.append(tp.NotEvent(types=["ASSAULT"], evidence=g.not_events[0].evidence))
    preds = [event("ASSAULT", 1, ["police"])]
    s = tp.ArticleScore()
    tp._score_not_events(s, g, preds, [sentence(e) for e in preds])
    assert s.not_events_as_fact == 1 and s.lines[0].startswith("  NOT-EVENT coded: ASSAULT")


def test_gold_event_lines_missed_fields_and_ok() -> None:
    g = gold()
    preds = [event("COERCE", 0, ["Police"], ["two men"], (51.5, -0.12), "2024-05-14")]  # London
    type_ev = tp._type_evidence(g, preds, [sentence(e) for e in preds])
    s = tp.ArticleScore()
    tp._score_gold_event(s, 0, g.events[0], preds, type_ev, set())
    tp._score_gold_event(s, 1, g.events[1], preds, type_ev, set())
    assert s.found == 1 and s.fails["place"] == 1 and s.fails["actor"] == 0
    assert s.lines[0].startswith("  FIELDS place core arrest:")
    assert s.lines[1] == "  MISSED charge ACCUSE"
    ok = tp.ArticleScore()
    tp._score_gold_event(ok, 0, g.events[0], preds, type_ev, {0})
    assert ok.lines[0].startswith("  OK core arrest:")
