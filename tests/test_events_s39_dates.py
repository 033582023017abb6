"""Stop 39, helper dates: which day an event is on (self-written sentences)."""

from __future__ import annotations

from .eventcheck import find_in, rules_on

run = rules_on("2024-05-18")  # a Saturday




def test_a_scene_told_in_the_past_perfect_takes_the_day_just_before() -> None:
    """past-perfect-date no longer keeps a scene-setting past perfect from the narrative day: "Hundreds had
    gathered outside the hall" after Thursday's clash is Thursday's gathering, not the publication day's."""
    r = run(
        "Police fired tear gas at protesters in Pune on Thursday. Hundreds of farmers had gathered outside the "
        "district office to protest against the new tax.",
    )
    protests = find_in(r, "PROTEST", "gathered")
    assert protests and all(p.date is not None and p.date.value == "2024-05-16" for p in protests)


def test_a_past_perfect_before_its_own_sentence_s_day_takes_no_earlier_day() -> None:
    """past-perfect-date: "no incident on Saturday, adding that curfew had been lifted" — the lifting lies before
    Saturday's report, so the Friday named just before is not its day either."""
    r = run(
        "Curfew was imposed in Pune on Friday night. There was no major incident in the city on Saturday, the "
        "collector said, adding that curfew had been lifted from two areas.",
    )
    lifts = [e for e in r.events if "lifted" in e.evidence.text and e.type in ("RETREAT", "COERCE")]
    assert all(e.date is None or e.date.value != "2024-05-17" for e in lifts)


def test_an_earlier_past_perfect_takes_no_story_day() -> None:
    """story-day-past-perfect wants a main clause with no word of an earlier time: "the board had previously
    fined the company" is an older act than the report's Thursday."""
    r = run(
        "Workers of a textile mill in Pune went on strike on Thursday. The workers said wages had not been paid. "
        "A union leader spoke to reporters. Many shops were closed. Traders said business was poor. "
        "The labour board had previously fined the company for unpaid wages.",
    )
    fines = [e for e in r.events if "fined" in e.evidence.text]
    assert all(e.date is None or e.date.value != "2024-05-16" for e in fines)


def test_a_lead_told_before_the_day_takes_the_day_named_just_after() -> None:
    """story-day-ahead: the lead's act is told first and its day a sentence later."""
    r = run(
        "The governor of Kerala sharply criticized the police over the deaths of two fishermen. "
        "Speaking to reporters in Kochi on Wednesday, he said the officers would face an inquiry.",
    )
    [crit] = find_in(r, "ACCUSE", "criticized")
    assert crit.date is not None and crit.date.value == "2024-05-15"
    assert crit.reasons["date"].startswith("story-day-ahead")


def test_a_lead_after_a_named_day_or_far_from_it_does_not_look_ahead() -> None:
    """story-day-ahead reads only a lead before any day and the few sentences after it: a day named five
    sentences later is another part of the story."""
    r = run(
        "The governor of Kerala sharply criticized the police over the deaths of two fishermen. "
        "The two men drowned near Kochi. Their families asked for help. Fishermen's unions met. "
        "Boats stayed in the harbour. Officials met the families on Wednesday.",
    )
    [crit] = find_in(r, "ACCUSE", "criticized")
    assert crit.date is None or crit.date.value != "2024-05-15"


def test_a_day_that_is_a_bound_is_no_day_of_the_story() -> None:
    """bound-day: "had not been established by Monday morning" sets no story day; the arrest told later is on the
    report's one day, Thursday."""
    r = run(
        "A fight broke out at a bar in Dayton early Thursday. Dozens of people joined the brawl in the parking lot. "
        "A motive had not been established by Friday morning. Witnesses said chairs were thrown. "
        "A bartender said the crowd was large. One man was arrested, officials said.",
    )
    arrests = find_in(r, "COERCE", "arrested")
    assert arrests and all(a.date is not None and a.date.value == "2024-05-16" for a in arrests)


def test_an_act_begun_in_the_past_takes_the_story_day() -> None:
    """story-day-aspect: "gathered outside city hall and *started throwing* stones" is told in the simple past."""
    r = run(
        "Residents of Dayton held a meeting with the mayor on Thursday. Many spoke of water shortages. One woman "
        "said her street had no water for a week. Officials took notes. A council member spoke about the budget. "
        "Later, protesters gathered outside city hall and started throwing stones at the police.",
    )
    fights = [e for e in r.events if "started throwing" in e.evidence.text and e.type == "ASSAULT"]
    assert fights and all(f.date is not None and f.date.value == "2024-05-16" for f in fights)
    assert fights[0].reasons["date"].startswith("story-day-aspect")



def test_a_request_made_by_saying_what_a_party_should_do_takes_the_saying_s_day() -> None:
    """demand-said-tense: "the leader said the council should rethink the tax" five sentences after the report's one
    day is a request of that day (the saying is told in the simple past)."""
    r = run(
        "Traders in Pune held a meeting with the mayor on Thursday. Many spoke of heavy losses. "
        "Shops have been closed for a week. A shopkeeper said sales were poor. Officials took notes. "
        "The traders' leader, who has run a shop for thirty years, said the council should rethink the new tax.",
    )
    asks = find_in(r, "REQUEST", "rethink")
    assert asks and all(a.date is not None and a.date.value == "2024-05-16" for a in asks)


def test_a_headline_in_the_present_is_on_the_day_its_report_names() -> None:
    """story-day-headline: "Mayor criticizes police" heading a report of Wednesday's remarks is Wednesday's."""
    r = run("Mayor criticizes police over shooting. The mayor spoke to reporters in Dayton on Wednesday. He said an "
            "inquiry was needed.")
    crits = [e for e in r.events if e.evidence.text.startswith("Mayor criticizes")]
    assert crits and all(e.date is not None and e.date.value == "2024-05-15" for e in crits)
    assert crits[0].reasons["date"].startswith("story-day-headline")


def test_a_lead_does_not_take_its_own_sentence_s_day_when_a_clause_keeps_it_out() -> None:
    """story-day-ahead reads the sentences after the lead: a relative clause's act ("who resigned ...") keeps the
    sentence's Saturday out, as relative-clause-date says."""
    r = run("Mark Bell, who resigned as state treasurer, opened his campaign in Fresno on Thursday.")
    resigned = [e for e in r.events if e.trigger is not None and "resign" in e.trigger.text.lower()]
    assert all(e.date is None or e.date.value != "2024-05-16" for e in resigned)


def test_an_act_at_an_occasion_takes_the_occasion_s_day() -> None:
    # occasion-clause-date: "where he pledged" happened at the rally, on the day the rally is told on
    r = run("On Sunday, Senator Dana Pell appeared at a rally in Vessa where she pledged her support to Governor "
            "Ralvan Osk.", published="2016-03-01")
    days = [e.date.value for e in find_in(r, "SUPPORT", "pledged") if e.date is not None]
    assert days and all(v == "2016-02-28" for v in days), days
