"""Stop 37, helper places: where events happened and the toponyms behind them (self-written sentences)."""

from __future__ import annotations

from .eventcheck import find_in as find
from .eventcheck import rules_on

run = rules_on("2024-05-15")


def _place_names(r) -> set[str]:  # noqa: ANN001
    return {p.name for p in r.places}


def test_a_country_gives_way_to_a_region_the_sentence_names_as_a_setting() -> None:
    """finer-sentence-region: "sued him in U.S. District Court in Pennsylvania" is in Pennsylvania, not the
    United States at large."""
    r = run("The developer sued the senator in U.S. District Court in Pennsylvania for defamation on Monday.")
    [hit] = find(r, "ACCUSE", "sued")
    assert hit.place is not None and hit.place.name == "Pennsylvania"


def test_a_region_only_named_as_a_home_does_not_replace_the_country() -> None:
    """finer-sentence-region takes a region told as a setting ("in X") only: a "Texas company" is no setting."""
    from eventwire.events.extract import _finer_sentence_place
    from eventwire.nlp import load_nlp
    from eventwire.schema import Place

    doc = load_nlp()("The United States sanctioned a Texas company and officials in Texas.")
    us = Place(id="us", name="United States", lat=39.8, lon=-98.5, country="USA", feature="country")
    tx = Place(id="tx", name="Texas", lat=31.2, lon=-100.1, country="USA", admin1="Texas", feature="admin1")
    sent = doc[:]
    trigger = next(t for t in doc if t.text == "sanctioned")
    company_tx = next(t for t in doc if t.text == "Texas")
    in_tx = [t for t in doc if t.text == "Texas"][1]
    places = {"us": us, "tx": tx}
    spans = [(0, len("The United States"), "us")]
    home = [*spans, (company_tx.idx, company_tx.idx + 5, "tx")]
    assert _finer_sentence_place(sent, trigger, us, (4, 17), home, places, []) is None
    setting = [*spans, (in_tx.idx, in_tx.idx + 5, "tx")]
    found = _finer_sentence_place(sent, trigger, us, (4, 17), setting, places, [])
    assert found is not None and found[1].name == "Texas"


def test_a_country_event_is_at_the_capital_the_article_names() -> None:
    """country-capital: "the president of Bulgaria pardoned them" in a story that names Sofia is in Sofia."""
    r = run(
        "The nurses flew home to Sofia on Tuesday after years in a Libyan jail. "
        "The president of Bulgaria promptly pardoned them."
    )
    [hit] = find(r, "RETREAT", "pardoned")
    assert hit.place is not None and hit.place.name == "Sofia"


def test_a_country_event_keeps_the_country_when_no_capital_is_named() -> None:
    """country-capital needs the capital named: with none, "Bulgaria" stays."""
    r = run("The president of Bulgaria promptly pardoned the nurses on Tuesday.")
    [hit] = find(r, "RETREAT", "pardoned")
    assert hit.place is not None and hit.place.name != "Sofia"


def test_the_state_stands_for_the_state_named_before() -> None:
    """region-anaphor: "the riot-hit areas of the state" after "Gujarat" is Gujarat, not the dateline's city."""
    r = run(
        "new delhi: the commission on monday criticised the gujarat government. "
        "its chairman had visited the riot-hit areas of the state last week for an on-the-spot study."
    )
    [hit] = find(r, "CONSULT", "visited")
    assert hit.place is not None and hit.place.name == "Gujarat"


def test_the_states_in_the_plural_are_no_anaphor() -> None:
    """region-anaphor: "all the states" is no one state named before."""
    r = run(
        "DENVER - The governor of Colorado spoke on Monday. "
        "He said that not all the states refused federal funds."
    )
    for e in r.events:
        assert e.place is None or e.place.name != "Colorado" or "region-anaphor" not in str(e.reasons)


def test_a_journey_nouns_origin_is_not_the_events_place() -> None:
    """origin-apart: "after his return from rajkot" says where the minister came from; the meeting is at the
    dateline's city."""
    r = run(
        "ahmedabad: the chief minister on sunday met the governor immediately after his return from rajkot, "
        "to discuss relief for the riot-hit."
    )
    [hit] = find(r, "CONSULT", "met")
    assert hit.place is not None and hit.place.name == "Ahmedabad"


def test_two_place_names_side_by_side_in_a_facility_entity_are_one_name() -> None:
    """facility-name-pair: a person tagged FAC whose first and last names are both towns is no two places."""
    from eventwire.gazetteer.recognize import _facility_name_pair

    class _S:
        others = {1}

    import spacy

    nlp = spacy.blank("en")
    doc = nlp("Marco Rubio spoke")
    assert _facility_name_pair(doc[0:2], [doc[1]], _S())  # type: ignore[arg-type]
    doc = nlp("Springfield , Illinois")
    assert not _facility_name_pair(doc[0:3], [doc[1], doc[2]], _S())  # type: ignore[arg-type]


def test_a_place_in_a_clause_of_its_own_is_not_where_words_were_said() -> None:
    """told-about-place: in a datelined report, "stating that what happened at X was disgraceful, the minister
    appealed ..." was said at the dateline's city, not at X."""
    r = run(
        "ahmedabad: stating that what had happened at godhra was disgraceful, the chief minister on saturday "
        "appealed to everyone to help the administration."
    )
    [hit] = find(r, "REQUEST", "appealed")
    assert hit.place is not None and hit.place.name == "Ahmedabad"


def test_a_place_on_the_verbal_triggers_own_phrase_stays() -> None:
    """told-about-place keeps the trigger's own setting: "appealed in Surat" is in Surat."""
    r = run("AHMEDABAD: The chief minister appealed in Surat on Saturday to everyone to help the administration.")
    [hit] = find(r, "REQUEST", "appealed")
    assert hit.place is not None and hit.place.name == "Surat"
    r = run("AHMEDABAD: Speaking in Surat on Saturday, the chief minister appealed to everyone to stay calm.")
    [hit] = find(r, "REQUEST", "appealed")
    assert hit.place is not None and hit.place.name == "Surat"


def test_a_bare_great_capital_is_not_a_small_namesake_the_story_does_not_support() -> None:
    """world-capital: "attacks in Paris" in a story of American politics (New Hampshire, Iowa) is Paris,
    France, not Paris, Texas."""
    r = run(
        "Attacks in Paris this month have brought terrorism back to the campaign. "
        "Candidates spoke to voters in New Hampshire and Iowa on Monday."
    )
    [paris] = [p for p in r.places if p.name == "Paris"]
    assert paris.country == "FRA"


def test_a_small_namesake_the_story_supports_stays() -> None:
    """world-capital keeps a town whose region the article names: "Paris, in Lamar County, Texas"."""
    r = run("Police in Paris arrested two men on Monday. The town lies in Lamar County in northeast Texas.")
    [paris] = [p for p in r.places if p.name == "Paris"]
    assert paris.country == "USA"


def test_the_short_name_of_a_paper_named_in_full_is_no_town() -> None:
    """org-short-name: "the Washington Post ... according to the Post" is the paper, not Post, Texas."""
    r = run(
        "The senator told the Washington Post on Monday that he would run. "
        "According to the Post, his aides had studied the rules for months."
    )
    assert "Post" not in _place_names(r)
