"""sports-page: a report of games tells results in the words of fighting and politics; those are no events,
while what happens off the field (police, riots, fines) stays. Self-written articles; the rules alone."""

from __future__ import annotations

import eventwire
from eventwire.schema import Event

from .eventcheck import rules_on

run = rules_on("2024-05-15")

RESULTS = (
    "Keldor Rovers beat Dunmore City 2-1 on Sunday to climb to third in the league table. "
    "Rovers striker Tobin Reyes scored twice before halftime, and the visitors threatened the Rovers goalkeeper "
    "only once. Dunmore coach Mara Velloway refused to blame the referee for the defeat and praised her young "
    "midfielder. The two sides will clash again in the cup semifinal next month."
)


def kinds(r: eventwire.Record) -> list[str]:
    return [e.type for e in r.events]


def find(r: eventwire.Record, typ: str) -> list[Event]:
    return [e for e in r.events if e.type == typ]


def test_game_results_are_no_events() -> None:
    r = run(RESULTS)
    assert not [t for t in kinds(r) if t in ("ASSAULT", "THREATEN", "REJECT", "SUPPORT", "CONCEDE")], kinds(r)


def test_violence_off_the_field_stays_on_a_sports_page() -> None:
    r = run(RESULTS + " After the match, Dunmore fans clashed with police outside the stadium and officers "
            "arrested 14 people.")
    assert find(r, "ASSAULT") or find(r, "COERCE"), kinds(r)


def test_a_fine_stays_on_a_sports_page() -> None:
    r = run(RESULTS + " The league fined Dunmore City 20,000 dollars for crowd trouble.")
    assert find(r, "SANCTION"), kinds(r)


def test_an_article_with_sports_words_but_no_score_is_no_sports_page() -> None:
    r = run("Keldor rebels attacked the town of Dunmore on Sunday, the coach of the national football team said. "
            "The league season was suspended and the championship match moved to a stadium in the capital.")
    assert find(r, "ASSAULT"), kinds(r)


def test_a_vote_count_is_no_scoreline() -> None:
    r = run("The Keldor senate voted 52-48 to fund the army. Keldor rebels attacked the town of Dunmore on Sunday.")
    assert find(r, "ASSAULT"), kinds(r)
