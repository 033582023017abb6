"""Stop 37, helper missed: core happenings that got no event at all (self-written sentences)."""

from __future__ import annotations

from .eventcheck import find, names, rules_on

run = rules_on("2024-05-15")


def test_taken_into_custody_is_an_arrest_by_police() -> None:
    r = run("Two youths were taken into custody after the brawl outside the station on Friday.")
    [hit] = find(r, "COERCE")
    assert "police" in names(hit.actors)
    assert "youths" in names(hit.recipients)


def test_a_fine_is_a_sanction_by_a_court() -> None:
    r = run("Mark Dolan was fined 500 dollars by a magistrate in Leeds on Tuesday.")
    [hit] = find(r, "SANCTION")
    assert "dolan" in names(hit.recipients)
    assert not find(r, "ACCUSE")


def test_fine_weather_is_no_sanction() -> None:
    assert not find(run("The weather in Leeds was fine on Tuesday and the market was busy."), "SANCTION")


def test_sent_to_jail_is_a_coercion() -> None:
    """The parser reads the "to" of "sent to jail" as a dative: three-part keys read it too."""
    r = run("The activist was sent to jail by a magistrate in Nairobi on Monday.")
    assert find(r, "COERCE")


def test_slain_manhandled_and_desecrated_are_assaults() -> None:
    assert find(run("Two shopkeepers were slain in their store in Dayton on Sunday."), "ASSAULT")
    r = run("A television cameraman was manhandled by a mob outside the court in Patna on Monday.")
    [hit] = find(r, "ASSAULT")
    assert "mob" in names(hit.actors)
    assert find(run("Unknown vandals desecrated six graves at a cemetery in Lyon on Monday."), "ASSAULT")


def test_a_quarantine_and_a_declared_emergency_are_coercion() -> None:
    assert find(run("The ship's crew was quarantined in the port of Genoa on Monday."), "COERCE")
    r = run("The governor declared a state emergency in the county on Monday.")
    assert find(r, "COERCE")


def test_an_apology_is_a_concession() -> None:
    """Coders read an apology as CONCEDE (PLOVER), not as praise."""
    r = run("The railway company apologized to the stranded passengers in Leeds on Monday.")
    [hit] = find(r, "CONCEDE")
    assert "railway company" in names(hit.actors)
    assert not find(r, "SUPPORT")


def test_walking_back_remarks_is_a_concession() -> None:
    assert find(run("Senator Mills walked back his remarks about the strike on Monday."), "CONCEDE")


def test_held_in_contempt_is_a_sanction() -> None:
    r = run("A Senate committee voted on Monday to hold Mark Dolan in contempt of Congress.")
    [hit] = find(r, "SANCTION")
    assert "dolan" in names(hit.recipients)


def test_protesters_gathering_is_a_protest_but_others_gathering_is_not() -> None:
    r = run("Hundreds of protesters gathered outside the ministry in Nairobi on Monday to denounce the tax.")
    [hit] = find(r, "PROTEST")
    assert "protesters" in names(hit.actors)
    assert not find(run("Detectives gathered evidence at the house in Leeds on Monday."), "PROTEST")
    assert not find(run("He tried to save the lives of forty persons gathered at his house in Patna on Monday."), "PROTEST")


def test_a_human_chain_is_a_protest() -> None:
    assert find(run("About 50 students formed a human chain around the school in Pune on Friday."), "PROTEST")


def test_blocking_a_bill_is_a_rejection_and_blocking_a_road_a_protest() -> None:
    r = run("Senate Republicans blocked the spending bill in Washington on Tuesday.")
    [hit] = find(r, "REJECT")
    assert "republican" in names(hit.actors)
    assert find(run("Angry farmers blocked the national highway near Pune on Tuesday."), "PROTEST")


def test_a_finite_verb_misread_as_a_noun_modifier_takes_the_root_name_as_actor() -> None:
    """noun-root-subject: "Mills called Friday for X to resign" parsed with "Mills" as the root."""
    r = run("Senator Mark Mills called Friday for Governor Ann Reyes to resign.")
    [hit] = find(r, "REQUEST")
    assert "mills" in names(hit.actors)


def test_a_for_gerund_is_done_by_the_party_the_verb_is_about() -> None:
    """for-gerund-party: "praised X for pressing for …": X pressed."""
    r = run("Union leaders praised Governor Ann Reyes for pressing for the release of the jailed miners.")
    reqs = find(r, "REQUEST")
    assert reqs and "reyes" in names(reqs[0].actors)


def test_a_for_gerund_after_a_thing_takes_no_thing_as_actor() -> None:
    """"used tear gas for dispersing the crowd": the gas is no party; the police disperse."""
    r = run("Police used tear gas for dispersing the crowd outside the stadium in Lagos on Monday.")
    for hit in find(r, "COERCE"):
        assert "gas" not in names(hit.actors)


def test_a_meeting_a_party_calls_is_held() -> None:
    """convened-meeting: "called a meeting of the residents" is a meeting, no requested act."""
    r = run("The village council called a meeting of the residents in Pune on Friday.")
    [hit] = find(r, "CONSULT")
    assert "council" in names(hit.actors)


def test_an_agency_sending_doctors_is_aid_and_the_army_sending_troops_a_mobilization() -> None:
    """aid-deployment: helpers sent by an agency that is no force are AID."""
    r = run("The World Health Organization dispatched technical personnel to Angola on Wednesday to assist local doctors.")
    assert find(r, "AID")
    assert not find(r, "MOBILIZE")
    r = run("The state government deployed police personnel in the town on Monday.")
    assert find(r, "MOBILIZE")
    assert not find(r, "AID")


def test_hearing_from_a_party_is_a_consultation_hearing_a_sound_is_not() -> None:
    r = run("The county board on Monday heard from representatives of the mining company in Leeds.")
    [hit] = find(r, "CONSULT")
    assert "board" in names(hit.actors)
    assert not find(run("The guard heard a loud bang near the gate in Leeds on Monday."), "CONSULT")


def test_issuing_an_order_is_a_coercion() -> None:
    r = run("The veterinary agency issued an order on Monday for all cattle in the district to be kept indoors.")
    [hit] = find(r, "COERCE")
    assert "agency" in names(hit.actors)


def test_a_reported_should_clause_on_a_party_is_a_request_of_it() -> None:
    """deontic-demand: "the union has stated that the government should …": the union asks the government."""
    r = run("The teachers' union has stated that the government should reopen the schools in Pune.")
    [hit] = find(r, "REQUEST")
    assert "union" in names(hit.actors)
    assert "government" in names(hit.recipients)
    assert hit.status == "asserted"


def test_should_clauses_that_ask_no_party_are_no_request() -> None:
    assert not find(run('"We must take action now," the senator said in Leeds on Monday.'), "REQUEST")
    assert not find(run("The coach said the team should win easily on Sunday."), "REQUEST")
    assert not find(run("The mayor said the government should have acted sooner."), "REQUEST")
    assert not find(run("He added that the scientist should be awarded the prize."), "REQUEST")
    assert not find(run("Senator Mills said on Friday that Governor Reyes must never be president."), "REQUEST")


def test_a_robbery_is_an_assault() -> None:
    r = run("Two men on a motorcycle robbed a cashier outside the bank in Surat on Monday.")
    [hit] = find(r, "ASSAULT")
    assert "men" in names(hit.actors)
    assert "cashier" in names(hit.recipients)
