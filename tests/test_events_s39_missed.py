"""Stop 39, helper missed: core happenings lost or mistyped before they became events (self-written sentences)."""

from __future__ import annotations

from .eventcheck import find, find_in, names, rules_on

run = rules_on("2024-05-15")


# realised-participle: an event noun told with the participle that made it -----------------------


def test_a_deal_reached_by_two_parties_is_an_agreement_between_them() -> None:
    r = run("Senator Jane Holt on Monday urged colleagues to reject the fishing deal reached by the Interior Ministry and Norway last week.")
    [hit] = find(r, "AGREE")
    assert "ministry" in names(hit.actors)
    assert "norway" in names(hit.recipients)
    assert hit.status == "asserted"


def test_an_accord_criticised_is_also_an_accord_made() -> None:
    """The criticised accord is not mere content of the criticism: it was signed, by its agents."""
    r = run("The opposition leader on Monday criticized the water accord signed by Egypt and Sudan after three years of talks.")
    [hit] = find(r, "AGREE")
    assert "egypt" in names(hit.actors) and "sudan" in names(hit.recipients)
    assert "opposition" not in names(hit.actors)
    assert not find(r, "SUPPORT")  # 'signed' is the accord's light verb, no endorsement


def test_a_realised_noun_with_no_agent_is_not_made_by_the_critic() -> None:
    r = run("The mayor on Friday condemned the accord adopted after two weeks of negotiations in Geneva.")
    assert not any("mayor" in names(h.actors) for h in find(r, "AGREE"))


def test_a_deal_merely_sought_is_still_no_agreement() -> None:
    """No realising participle: the deal asked for is the request's content."""
    r = run("The union urged the company to reach a deal with the drivers before Friday.")
    assert not find(r, "AGREE")


# arrest idioms: 'picked up for questioning', 'swooped on' ------------------------------------------


def test_picked_up_for_questioning_is_an_arrest() -> None:
    r = run("Two brothers were stabbed outside a bar on Saturday. Two teenagers were picked up for questioning on Saturday afternoon.")
    hits = find_in(r, "COERCE", "questioning")
    assert hits and "teenagers" in names(hits[0].recipients)


def test_taking_a_man_in_for_questioning_is_an_arrest_by_the_police() -> None:
    r = run("Police took a third man in for questioning on Sunday.")
    [hit] = find(r, "COERCE")
    assert "police" in names(hit.actors) and "man" in names(hit.recipients)


def test_picking_up_the_phone_is_no_arrest() -> None:
    assert not find(run("The clerk picked up the phone for a moment on Sunday."), "COERCE")


def test_police_swooping_on_a_hideout_is_a_raid() -> None:
    r = run("Commandos and local police swooped down on a house in the old town at dawn on Monday.")
    [hit] = find(r, "COERCE")
    assert "commandos" in names(hit.actors)


# captured-suspect: the reduced relative -------------------------------------------------------------


def test_inmates_captured_in_a_reduced_relative_were_arrested() -> None:
    r = run("Three escaped inmates captured in the hills on Thursday have been moved to another jail.")
    hits = find_in(r, "COERCE", "captured")
    assert hits and not find(r, "ASSAULT")


def test_soldiers_captured_by_rebels_stay_an_abduction() -> None:
    r = run("Two soldiers captured by the rebels on Thursday were shown on television.")
    assert find(r, "ASSAULT") and not find(r, "COERCE")


# casualty-attack: an attack that kills is physical whatever the sentence classifier says -------------


def test_a_series_of_attacks_that_left_people_dead_stays_an_attack() -> None:
    r = run("The emergency powers were first used after a series of attacks left 130 people dead across the capital in 2015.")
    assert find(r, "ASSAULT", "attacks")
    assert not find(r, "ACCUSE")


def test_verbal_attacks_without_casualties_are_still_read_by_the_classifier() -> None:
    r = run("The senator on Monday denounced the attacks on her record by her rival as lies and smears.")
    assert not find(r, "ASSAULT")
