"""Stop 38, helper missed: core happenings lost before they became events (self-written sentences)."""

from __future__ import annotations

from .eventcheck import find, names, rules_on

run = rules_on("2024-05-15")


# in-protest: the clause's subject protests --------------------------------------------------


def test_walking_out_in_protest_is_a_protest_by_the_walkers() -> None:
    r = run("Three opposition councillors walked out of the budget session in protest against the new tax on Tuesday.")
    [hit] = find(r, "PROTEST")
    assert "councillors" in names(hit.actors)


def test_a_shutdown_called_in_protest_is_a_protest_by_the_caller() -> None:
    r = run("The farmers' union called a statewide shutdown on Friday in protest against the killing of two growers.")
    hits = find(r, "PROTEST")
    assert hits and any("union" in names(h.actors) for h in hits)


def test_shops_kept_shut_in_protest_name_the_traders() -> None:
    r = run("Traders in the old market kept their shops shut on Monday in protest.")
    [hit] = find(r, "PROTEST")
    assert "traders" in names(hit.actors)


def test_a_passive_clause_in_protest_names_no_protester() -> None:
    r = run("Shops in the old market were shut on Monday in protest.")
    assert not any("shops" in names(h.actors) for h in find(r, "PROTEST"))


def test_injured_in_the_protest_is_a_setting_not_the_clause_subject_protesting() -> None:
    r = run("Two constables were injured in the protest outside the collectorate on Monday.")
    assert not any("constables" in names(h.actors) for h in find(r, "PROTEST"))


# deontic-demand: plural addressees and a dateline subject ----------------------------------


def test_a_plural_addressee_of_the_list_is_asked() -> None:
    """The addressee list holds plurals ('muslims'), whose lemma is the singular."""
    r = run("The cleric said on Friday that both christians and muslims should keep the peace during the festival.")
    [hit] = find(r, "REQUEST")
    assert "cleric" in names(hit.actors)
    assert "christians" in names(hit.recipients)


def test_the_speaker_after_a_dateline_asks() -> None:
    r = run("nagpur: the bishop on sunday said christians should keep the peace during the festival.")
    [hit] = find(r, "REQUEST")
    assert "bishop" in names(hit.actors)


def test_a_should_of_no_listed_party_is_no_request() -> None:
    assert not find(run("The coach said the players should enjoy the final on Sunday."), "REQUEST")


# regulator-recall: a regulator's recall is a sanction; a company's or a memory is none ------


def test_a_regulators_recall_is_a_coercion() -> None:
    r = run("The Food Standards Agency issued a recall of contaminated baby formula in Leeds on Tuesday.")
    [hit] = find(r, "COERCE")
    assert "agency" in names(hit.actors)
    r = run("The health ministry recalled 200 tonnes of tainted milk powder from shops in Hanoi on Monday.")
    assert find(r, "COERCE")


def test_a_companys_own_recall_is_no_event() -> None:
    assert not find(run("A toy maker in Ohio recalled 40,000 wooden trains on Tuesday."), "COERCE")
    assert not find(run("Acme Foods issued a recall of its frozen pizzas on Monday."), "COERCE")


def test_remembering_is_no_recall() -> None:
    assert not find(run("The mayor recalled that the flood of 1993 had destroyed half the town."), "COERCE")
    assert not find(run('"We were terrified," the agency official recalled on Monday.'), "COERCE")
    assert not find(run("Government officials recalled the day the dam broke in 1979."), "COERCE")


# meeting-attendee with a polity; meeting-of ------------------------------------------------


def test_a_city_in_talks_with_a_county_is_a_side_of_the_talks() -> None:
    r = run("The city of Dayton is in talks with the county about a new landfill.")
    [hit] = find(r, "CONSULT")
    assert "city" in names(hit.actors)
    assert "county" in names(hit.recipients)


def test_a_meeting_of_named_office_bearers_is_held_by_them() -> None:
    r = run("The plan came up for discussion during a closed meeting of NAACP office-bearers in Atlanta on Saturday.")
    [hit] = find(r, "CONSULT")
    assert "naacp" in names(hit.actors)


def test_a_meeting_of_rivers_is_no_consultation() -> None:
    assert not find(run("The meeting of the two rivers near the old fort draws many pilgrims."), "CONSULT")


# transferred to jail ----------------------------------------------------------------------


def test_inmates_transferred_to_a_jail_are_coerced() -> None:
    r = run("The three escaped inmates were transferred to the county jail in Lexington on Friday.")
    [hit] = find(r, "COERCE")
    assert "inmates" in names(hit.recipients)


def test_money_transferred_to_an_account_is_no_coercion() -> None:
    assert not find(run("The money was transferred to a bank account in Zurich on Friday."), "COERCE")


def test_officials_telling_residents_what_they_should_do_ask_them() -> None:
    r = run("Health officials said on Monday that residents should boil their drinking water until further notice.")
    [hit] = find(r, "REQUEST")
    assert "officials" in names(hit.actors)
    assert "residents" in names(hit.recipients)


# speaking highly of a party praises it --------------------------------------------------------


def test_speaking_highly_of_a_party_is_support() -> None:
    r = run("Chancellor Merkel spoke highly of the new French president during a visit to Lyon on Monday.")
    [hit] = find(r, "SUPPORT")
    assert "merkel" in names(hit.actors)
    assert "president" in names(hit.recipients)


def test_speaking_loudly_is_no_support() -> None:
    assert not find(run("The senator spoke loudly about the budget in Lyon on Monday."), "SUPPORT")


def test_a_tweeted_should_asks_the_named_party() -> None:
    r = run("Senator Mills tweeted on Monday that Governor Hart should resign over the contracts.")
    [hit] = find(r, "REQUEST")
    assert "mills" in names(hit.actors)
    assert "hart" in names(hit.recipients)
