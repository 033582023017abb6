"""Stop 30, helper r3: general patterns seen on unseen US local news (courts, police, local politics).
Real pipeline, self-written sentences (invented people; real towns only where the gazetteer must know them)."""

from __future__ import annotations

from .eventcheck import find, names, rules_on

run = rules_on("2024-05-15")  # a Wednesday


def test_a_legislators_party_district_tag_is_no_place_of_the_event() -> None:
    # "Sen. X, R-Pinecrest," gives the lawmaker's party and district: the support is not set there
    r = run("SPRINGVILLE -- Sen. Tom Barlow, R-Westfield, said he would support the plan.")
    [ev] = find(r, "SUPPORT")
    assert ev.place is None or not ev.place.name.startswith("Westfield")


def test_a_service_or_goods_offered_or_accepted_is_no_agreement() -> None:
    # a library's workshop, a recycling centre's drop-off list, a city's programmes: no AGREE
    text = (
        "MILLBROOK -- The Millbrook Public Library will offer a resume workshop on April 2 for job seekers. "
        "The recycling center also accepts cardboard and motor oil. Homeowners may use the repair programs the city offers."
    )
    assert find(run(text), "AGREE") == []


def test_a_deal_offered_or_accepted_stays_an_agreement() -> None:
    r = run("MILLBROOK -- The county accepted the settlement on Monday, and the union offered a new contract.")
    assert len(find(r, "AGREE")) >= 1


def test_a_person_who_was_fired_was_dismissed_not_shot_at() -> None:
    r = run("Fire Chief Dan Ostrow was fired from his position on Monday after a county audit.")
    assert find(r, "ASSAULT") == []


def test_a_person_fired_upon_was_shot_at() -> None:
    r = run("MILLBROOK -- A deputy was fired upon by a gunman near the courthouse on Monday.")
    assert len(find(r, "ASSAULT")) == 1


def test_an_arrest_that_tips_may_lead_to_has_not_happened() -> None:
    text = (
        "Vandals spraypainted two stores on Elm Street overnight. Anyone with information that leads to the "
        "arrest of the vandals can call Crime Stoppers. A reward is offered for information leading to the "
        "arrest and conviction of those responsible."
    )
    assert find(run(text), "COERCE") == []


def test_a_passive_participle_clause_shares_its_subject_as_the_undergoer() -> None:
    r = run("Dana Pruitt was on parole at the time, having been sentenced by Judge Ray Olin to five years in prison.")
    [ev] = find(r, "SANCTION")
    assert "olin" in names(ev.actors) and "pruitt" in names(ev.recipients)


def test_a_passive_conjunct_shares_its_subject_as_the_undergoer() -> None:
    r = run("Tom Welch entered the bank on Monday and was arrested by deputies.")
    [ev] = find(r, "COERCE")
    assert "deputies" in names(ev.actors) and "welch" in names(ev.recipients)


def test_a_passive_gerund_after_a_preposition_shares_the_clause_subject_as_undergoer() -> None:
    r = run("After being arrested by deputies on Friday, Tom Welch was taken to the county jail.")
    [ev] = find(r, "COERCE")
    assert "deputies" in names(ev.actors) and "welch" in names(ev.recipients)


def test_a_suspect_captured_by_police_or_no_one_named_was_arrested() -> None:
    r = run("Tom Welch was captured on Friday following a brief manhunt. A man charged with murder has been captured by Millbrook police.")
    assert find(r, "ASSAULT", "captured") == []
    assert len(find(r, "COERCE", "captured")) == 2


def test_soldiers_captured_by_rebels_stay_an_abduction() -> None:
    r = run("Rebels captured two soldiers near the border on Friday.")
    assert len(find(r, "ASSAULT", "captured")) == 1


def test_demonstrating_a_thing_is_showing_it_no_protest() -> None:
    text = "Chefs in the store kitchen demonstrated holiday recipes on Saturday. The judges have demonstrated their position clearly."
    assert find(run(text), "PROTEST") == []
    r = run("Hundreds of students demonstrated outside the courthouse on Saturday against the ruling.")
    assert len(find(r, "PROTEST")) == 1
