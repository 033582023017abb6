"""ACLED sub-event types and CASE 2021 labels (eventwire/events/compat.py, eventwire/data/events/acled.json).

The cue tables are data: these tests pin the rules that read them (phrase cues, order, protesters as
attackers, the CASE-only labels) and that a user overlay extends them. Sentences are written here."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire.document import ArticleInput
from eventwire.evaluation.events import case_prediction
from eventwire.events import compat
from eventwire.options import Options
from eventwire.pipeline import get_pipeline


def words(text: str) -> frozenset[str]:
    return compat.cue_words(text.lower().replace(",", " ").replace(".", " ").split())


def sub(event_type: str, text: str, mode: str = "", actors: tuple[str, ...] = (), sectors: tuple[str, ...] = ()) -> str | None:
    a = compat.acled_for(event_type, mode, words(text), sectors, (), actors)
    return a.sub_event_type if a else None


def test_phrase_cues_need_adjacent_words() -> None:
    # "mine" alone is not a landmine: a gold mine is a place of fighting, not a weapon
    assert sub("ASSAULT", "Two factions battled for control of a gold mine") == "Armed clash"
    assert sub("ASSAULT", "A truck hit a mine on the road north of the town") == "Remote explosive/landmine/IED"
    assert sub("ASSAULT", "A car bomb went off near the ministry") == "Remote explosive/landmine/IED"


def test_cue_order_air_before_bomb_and_disruption_first() -> None:
    assert sub("ASSAULT", "Warplanes bombed a depot outside the city") == "Air/drone strike"
    assert sub("ASSAULT", "Engineers defused a bomb left under the bridge") == "Disrupted weapons use"
    assert sub("ASSAULT", "An attacker wearing an explosive vest struck a wedding hall") == "Suicide bomb"


def test_protesters_who_attack_make_a_riot_and_state_force_on_a_march_is_a_protest_event() -> None:
    assert sub("ASSAULT", "Protesters threw stones at the police station", actors=("protesters",)) == "Violent demonstration"
    assert sub("ASSAULT", "Soldiers shot dead a marcher at the rally", sectors=("MIL",)) == "Excessive force against protesters"


def test_coerce_sub_events() -> None:
    assert sub("COERCE", "Police seized a cache of rifles and ammunition", mode="seize") == "Disrupted weapons use"
    assert sub("COERCE", "Militiamen raped women in the village") == "Sexual violence"
    assert sub("COERCE", "Police arrested five men", mode="arrest") == "Arrests"


def test_retaking_a_town_is_a_government_gain() -> None:
    assert sub("ASSAULT", "The army said it had retaken the town from the rebels", sectors=("MIL",)) == "Government regains territory"


def test_case_only_labels() -> None:
    assert compat.case_override(words("The group claimed responsibility for the bombing of the bridge")) == "ATTRIB"
    assert compat.case_override(words("Gunmen from a drug cartel killed four rivals")) == "ORG_CRIME"
    assert compat.case_without_event(words("A strong earthquake shook the coast on Monday")) == "NATURAL_DISASTER"
    assert compat.case_without_event(words("A fire broke out at a textile factory")) == "MAN_MADE_DISASTER"
    assert compat.case_without_event(words("The minister met the envoy")) is None


def test_case_prediction_reads_the_snippet() -> None:
    texts = ["Floods swept through three river towns, leaving hundreds of families homeless.",
             "A rebel group said on its website that it carried out the attack on the hotel."]
    docs = list(get_pipeline(Options(event_encoder="none")).run_documents([ArticleInput(text=t) for t in texts]))
    assert case_prediction(docs[0].events, docs[0]) == "NATURAL_DISASTER"
    assert case_prediction(docs[1].events, docs[1]) == "ATTRIB"


def test_overlay_extends_the_cues(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert sub("ASSAULT", "A quadcopter dropped munitions on the trench") != "Air/drone strike"
    (tmp_path / "events").mkdir()
    (tmp_path / "events" / "acled.json").write_text(json.dumps({"assault_word_subevents": [["quadcopter", "Air/drone strike"]]}))
    monkeypatch.setenv("EVENTWIRE_LEXICONS", str(tmp_path))
    assert sub("ASSAULT", "A quadcopter dropped munitions on the trench") == "Air/drone strike"


def test_an_unknown_sub_event_in_the_tables_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from eventwire.errors import DataError

    (tmp_path / "events").mkdir()
    (tmp_path / "events" / "acled.json").write_text(json.dumps({"assault_word_subevents": [["quadcopter", "Drone thing"]]}))
    monkeypatch.setenv("EVENTWIRE_LEXICONS", str(tmp_path))
    with pytest.raises(DataError, match="unknown ACLED sub-event"):
        compat.tables()
