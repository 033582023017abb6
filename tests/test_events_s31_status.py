"""Stop 31, helper status: events an analyst would not keep (habits, negated effort) and status errors
(a realised past ability read as a possibility). Self-written sentences; the rules alone."""

from __future__ import annotations

import pytest
from spacy.tokens import Token

import eventwire
from eventwire.events.extract import _is_upcoming
from eventwire.options import Options
from eventwire.pipeline import get_pipeline
from eventwire.schema import Event, EventDate

from .eventcheck import rules_on

run = rules_on("2024-05-15")


def find(r: eventwire.Record, typ: str) -> list[Event]:
    return [e for e in r.events if e.type == typ]


def test_a_habit_in_the_present_tense_is_no_event() -> None:
    """habitual: a frequency adverb on a present-tense clause states a habit, no happening."""
    assert not find(run("Police in Varnholt often arrest students who gather near the ministry."), "COERCE")
    assert not find(run("Soldiers in the north of Keldor regularly shoot at smugglers crossing the river."), "ASSAULT")
    # the same adverb in the past tense is left to the other rules
    assert find(run("Police in Varnholt often arrested students near the ministry last spring."), "COERCE")
    # a plain report stays
    assert find(run("Police in Varnholt arrested twelve students near the ministry on Tuesday."), "COERCE")


def test_scant_effort_negates_the_act_it_governs() -> None:
    """scant-effort: 'made little effort to deploy' is no asserted deployment; 'a little effort' is some."""
    [ev] = find(run("The Varnholt government made little effort to deploy troops to the border with Keldor."), "MOBILIZE")
    assert ev.status == "denied"
    [ev] = find(run("The Varnholt government made a little effort to deploy troops to the border with Keldor."), "MOBILIZE")
    assert ev.status == "asserted"


def test_could_with_finally_is_a_realised_act(monkeypatch: pytest.MonkeyPatch) -> None:
    """realised-could: 'could finally be deployed' is a past ability realised, not a possibility."""
    monkeypatch.setenv("EVENTWIRE_ASSEMBLY_SKIP", "modal-act")  # keep the possibility to see its status
    [ev] = find(run("After two weeks of delay, the troops could finally be deployed to Keldor on Monday."), "MOBILIZE")
    assert ev.status == "asserted"
    [ev] = find(run("Officials said the troops could be deployed to Keldor."), "MOBILIZE")
    assert ev.status == "hypothetical"


def test_can_states_an_ability_or_a_rule_not_a_happening() -> None:
    """'can' joins the hypothetical modals: 'can be charged', 'I can beat him' tell of no act."""
    r = run("Senator Mara Velloway said her rival Tobin Reyes can beat the governor in the Keldor primary.")
    assert all(e.status != "asserted" for e in r.events)
    r = run("Residents of Varnholt can be arrested for crossing the river at night, the mayor said.")
    assert all(e.status not in ("asserted", "claimed") for e in find(r, "COERCE"))
    # a plain past report stays
    [ev] = find(run("Police arrested three residents of Varnholt for crossing the river on Monday."), "COERCE")
    assert ev.status == "asserted"


def test_a_planned_request_is_future_and_a_disowned_one_no_event() -> None:
    """intent / unwilling: a request or accusation in the 'to' clause of a planning intent is an announced act
    (future); with the intent negated it did not happen."""
    [ev] = find(run("Mayor Tobin Reyes plans to ask the governor of Keldor for two hundred more police officers."), "REQUEST")
    assert ev.status == "future"
    r = run("Mayor Tobin Reyes said he does not intend to ask the governor of Keldor to delay the vote.")
    assert all(e.status not in ("asserted", "claimed") for e in find(r, "REQUEST"))
    # a plain past request stays asserted
    [ev] = find(run("Mayor Tobin Reyes asked the governor of Keldor for two hundred more police officers."), "REQUEST")
    assert ev.status == "asserted"


def test_a_trend_noun_is_no_happening() -> None:
    """trend: 'rising violence', 'surging violence' name a trend; 'violence erupted' is a happening."""
    assert not find(run("Rising violence at the rallies in Keldor has alarmed the leaders of the Unity Party."), "ASSAULT")
    assert find(run("Violence erupted at a rally of the Unity Party in Keldor on Monday, injuring four people."), "ASSAULT")


def test_would_reported_by_a_past_announcement_is_future(monkeypatch: pytest.MonkeyPatch) -> None:
    """future-in-past: 'said he would visit' is an announced visit (future); 'would have visited ... if' stays
    hypothetical."""
    monkeypatch.setenv("EVENTWIRE_ASSEMBLY_SKIP", "modal-act")  # keep the possibility to see its status
    evs = find(run("Mara Velloway said on Monday that she would visit Keldor on Wednesday to meet its governor."), "CONSULT")
    assert evs and all(ev.status == "future" for ev in evs)  # the visit and its aim, the meeting
    [ev] = find(run("Mara Velloway said she would have visited Keldor if the border had been open."), "CONSULT")
    assert ev.status == "hypothetical"



def _token(text: str, word: str) -> Token:
    pipe = get_pipeline(Options(stages=("read", "parse")))
    doc = next(pipe.run_documents([eventwire.ArticleInput(text=text)]))
    assert doc.doc is not None
    return next(t for t in doc.doc if t.lower_ == word)


def test_an_event_dated_after_publication_is_future() -> None:
    """upcoming: an event whose stated date starts after the publication day has not happened yet; a clause
    told in the past keeps its status whatever date was attached."""
    june = EventDate(value="2024-06", precision="month")
    assert _is_upcoming(june, "2024-05-15", _token("Opposition groups in Keldor plan rallies in Varnholt next month.", "rallies"))
    assert not _is_upcoming(june, "2024-05-15", _token("Police in Keldor arrested twelve protesters in Varnholt.", "arrested"))
    may = EventDate(value="2024-05-03", precision="day")
    assert not _is_upcoming(may, "2024-05-15", _token("Opposition groups in Keldor plan rallies in Varnholt next month.", "rallies"))
