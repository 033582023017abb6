"""Stop 37, helper dates: when an event happened and its status (self-written sentences)."""

from __future__ import annotations

from .eventcheck import find_in, rules_on

run = rules_on("2024-05-18")  # a Saturday


def test_a_present_perfect_far_from_the_report_s_one_day_is_on_that_day() -> None:
    """story-day-perfect: the report names one day (Thursday); a request told in the present perfect five
    sentences later is that day's, not the publication day's."""
    r = run(
        "A delegation of traders met the governor in Pune on Thursday. The traders spoke of heavy losses. "
        "Their leader said the markets had been shut for a week. Many shops remain closed. A shopkeeper said "
        "business was poor. The traders have also asked the governor to waive local taxes.",
    )
    [ask] = find_in(r, "REQUEST", "waive")
    assert ask.date is not None and ask.date.value == "2024-05-16"
    assert ask.reasons["date"].startswith("story-day-perfect")


def test_a_day_weeks_before_does_not_break_the_story_day() -> None:
    """story-day-week: a letter dated weeks before publication (April 2) is another story's time; the report's
    one day in the week before publication (Thursday) still sets a later act told in the simple past."""
    r = run(
        "Union leaders met the labour minister in Pune on Thursday. They showed him a letter of April 2. "
        "The letter listed unpaid wages. A worker said families were struggling. Many workers are in debt. "
        "Later, the leaders criticized the minister for the delays.",
    )
    [crit] = find_in(r, "ACCUSE", "delays")
    assert crit.date is not None and crit.date.value == "2024-05-16"


def test_a_future_day_leaves_the_story_day_alone_but_two_past_days_do_not() -> None:
    """story-day-week keeps the rule's one-day condition for the week before publication: Tuesday and
    Thursday both named leave a far act with the publication default."""
    r = run(
        "Union leaders met the labour minister in Pune on Thursday. They had met his deputy on Tuesday. "
        "The letter listed unpaid wages. A worker said families were struggling. Many workers are in debt. "
        "Later, the leaders criticized the minister for the delays.",
    )
    [crit] = find_in(r, "ACCUSE", "delays")
    assert crit.date is not None and crit.date.value not in ("2024-05-16", "2024-05-14")


def test_a_date_in_a_past_perfect_content_clause_does_not_date_the_allegation() -> None:
    """perfect-clause-date: "alleged that the mayor had taken a bribe in 2009": 2009 is the bribe's, not the
    allegation's."""
    r = run("On Thursday, a former official in Pune spoke at a rally. He alleged that the mayor had taken a bribe "
            "from a builder in 2009.")
    [alleged] = find_in(r, "ACCUSE", "bribe")
    assert alleged.date is not None and not alleged.date.value.startswith("2009")


def test_a_date_in_the_trigger_s_own_clause_still_dates_it() -> None:
    """perfect-clause-date reads only a past-perfect clause below the trigger: "accused the mayor on Monday"
    is Monday's."""
    r = run("A former official in Pune accused the mayor of corruption on Monday.")
    [alleged] = find_in(r, "ACCUSE", "corruption")
    assert alleged.date is not None and alleged.date.value == "2024-05-13"


def test_about_to_is_an_act_at_hand() -> None:
    """about-to: "a man about to be charged" has not been charged yet."""
    r = run("A man about to be charged with fraud by prosecutors in Ohio fled the country on Friday.")
    charges = find_in(r, "ACCUSE", "charged")
    assert charges and all(c.status in ("future", "hypothetical") for c in charges)


def test_a_statement_speaks_for_its_issuer() -> None:
    """document-owner: "the statement said" after "a statement by the public security directorate" is the
    directorate's report, asserted, not a party's claim."""
    r = run(
        "Gunmen attacked a checkpoint near Mafraq on Friday, said a statement by the Public Security Directorate. "
        "In another attack, gunmen fired on a police patrol in Irbid, the statement said.",
    )
    wounded = find_in(r, "ASSAULT", "Irbid")
    assert wounded and all(e.status == "asserted" for e in wounded)


def test_a_newspaper_reports_fact() -> None:
    """reporter-status reads a news outlet's name ("The Daily Times"): a donation it reports is asserted."""
    r = run("According to The Daily Times, the businessman donated $2 million to the governor's campaign in 2023.")
    gifts = find_in(r, "AID", "donated")
    assert gifts and all(e.status in ("asserted", "historical") for e in gifts)


def test_an_act_told_on_a_noun_of_the_report_is_presupposed() -> None:
    """presupposed-act: "the release of the students arrested during the protest", in the minister's words, takes
    the arrest as known: asserted, not the minister's claim."""
    r = run("The minister said on Friday that the students arrested during the protest in Pune would be released soon.")
    arrests = find_in(r, "COERCE", "arrested")
    assert arrests and all(e.status == "asserted" for e in arrests)


def test_a_reported_act_in_the_main_clause_stays_a_claim() -> None:
    """presupposed-act reads clauses on a noun only: "the rebels said they captured two soldiers" is their claim."""
    r = run("The rebels said on Friday that they captured two soldiers near Goma.")
    captures = [e for e in r.events if "captured" in e.evidence.text]
    assert captures and all(e.status == "claimed" for e in captures)


def test_a_state_told_by_a_participle_is_no_presupposed_act() -> None:
    """presupposed-act wants a happening's time or setting on the participle: "a town threatened by militants" in
    a shopkeeper's words is a state he describes, not an act taken as known."""
    r = run("A shopkeeper said a town threatened by militants needed more police.")
    threats = [e for e in r.events if e.type == "THREATEN"]
    assert all(e.status != "asserted" for e in threats)


def test_a_participle_clause_on_a_simple_past_takes_the_story_day() -> None:
    """story-day-participle: "criticising the police, the mayor said ..." five sentences after the report's one
    day (Thursday) is that day's criticism."""
    r = run(
        "Residents of Pune held a meeting with the mayor on Thursday. Many spoke of water shortages. One woman said "
        "her street had no water for a week. Officials took notes. A council member spoke about the budget. "
        "Criticising the water board for its delays, the mayor said repairs would begin soon.",
    )
    [crit] = find_in(r, "ACCUSE", "Criticising")
    assert crit.date is not None and crit.date.value == "2024-05-16"
    assert crit.reasons["date"].startswith("story-day-participle")


def test_a_weekday_a_plan_is_for_is_still_to_come() -> None:
    """noun-for-day: "was not on the agenda for Monday" in a Saturday story is the coming Monday; "met on Monday"
    stays the Monday before."""
    r = run("The council met on Monday. As of Friday, the tax was not on the agenda for Monday.")
    values = {t.start: t.value for t in r.times if t.text == "Monday"}
    first, second = sorted(values)
    assert values[first] == "2024-05-13" and values[second] == "2024-05-20"
