"""Stop 39 (accuse): criticism told in a quote or in reported speech with no accusation verb. Self-written
sentences; the rules alone."""

from __future__ import annotations

import eventwire
from eventwire.schema import Event

from .eventcheck import rules_on

run = rules_on("2024-05-15")


def accuses(r: eventwire.Record) -> list[Event]:
    return [e for e in r.events if e.type == "ACCUSE"]


def pair(e: Event) -> tuple[str, str]:
    return (", ".join(a.name for a in e.actors), ", ".join(a.name for a in e.recipients))


# criticism words in a mixed quote of a naming cue


def test_naming_cue_with_a_possessor_names_the_possessor() -> None:
    r = run("Senator Dana Whitcombe called Treasurer Olaf Brandt's plan \"a disaster\" on Tuesday.")
    got = [pair(e) for e in accuses(r)]
    assert any("Whitcombe" in a and "Brandt" in b for a, b in got), got


def test_naming_cue_without_criticism_is_no_accusation() -> None:
    r = run("Senator Dana Whitcombe called the treasurer \"a hard worker\" on Tuesday.")
    assert not accuses(r), [pair(e) for e in accuses(r)]


def test_naming_cue_of_sufferers_is_no_target() -> None:
    r = run("Senator Dana Whitcombe described the flood victims' situation as \"a disaster\" on Tuesday.")
    assert not accuses(r), [pair(e) for e in accuses(r)]


# wrongdoing verbs said of a party by a source (characterisation, pejorative_verbs)


def test_fabricated_said_of_a_party_is_an_accusation() -> None:
    r = run("Senator Dana Whitcombe said on Monday that the governor had fabricated the revenue figures.")
    got = [pair(e) for e in accuses(r)]
    assert any("Whitcombe" in a and "governor" in b.lower() for a, b in got), got


def test_incited_said_of_a_party_is_an_accusation() -> None:
    r = run("Opposition leader Vikram Sethi said the ruling party had incited the riots in the district.")
    got = [pair(e) for e in accuses(r)]
    assert any("Sethi" in a and "party" in b.lower() for a, b in got), got


def test_narrators_fabricated_is_no_event() -> None:
    r = run("The artist fabricated a steel sculpture for the town square last spring.")
    assert not accuses(r), [pair(e) for e in accuses(r)]


# criticism words: evaluative predicates about a party in a quote


def test_disaster_in_a_quote_about_a_named_party() -> None:
    r = run("\"Governor Olaf Brandt's budget is a disaster for working families,\" Senator Dana Whitcombe said.")
    got = [pair(e) for e in accuses(r)]
    assert any("Whitcombe" in a and "Brandt" in b for a, b in got), got


def test_disaster_of_nature_is_no_accusation() -> None:
    r = run("\"The hurricane was a disaster for the island,\" said Marta Ruiz, a fisherman's wife.")
    assert not accuses(r), [pair(e) for e in accuses(r)]


def test_own_failure_is_no_accusation() -> None:
    r = run("\"We have failed the voters and I take responsibility,\" Senator Dana Whitcombe said.")
    assert not accuses(r), [pair(e) for e in accuses(r)]


# said-and-accused: a verbal act joined to the reported clause is the speaker's


def test_said_and_accused_him_is_by_the_speaker() -> None:
    r = run("Senator Dana Whitcombe, speaking in Ohio, said Governor Olaf Brandt is responsible for the budget "
            "crisis and accused him of \"misleading the voters.\"")
    got = [pair(e) for e in accuses(r)]
    assert any("Whitcombe" in a and "Brandt" in b for a, b in got), got
    assert not any("Brandt" in a for a, _ in got), got


def test_said_and_blamed_him_is_by_the_speaker() -> None:
    r = run("Senator Dana Whitcombe said the governor was wrong and blamed him for the crisis.")
    got = [pair(e) for e in accuses(r)]
    assert any("Whitcombe" in a and "governor" in b.lower() for a, b in got), got


def test_reported_violence_keeps_its_own_actor() -> None:
    r = run("Police said the gunman entered the bank on Friday and shot him twice.")
    assert not accuses(r)
    assert any(e.type == "ASSAULT" and any("gunman" in a.name for a in e.actors) for e in r.events), r.events


def test_pronoun_subject_of_the_reported_clause_is_left_alone() -> None:
    r = run("Senator Dana Whitcombe said she met the governor and urged him to resign.")
    req = [e for e in r.events if e.type == "REQUEST"]
    assert req and any("governor" in x.name.lower() for e in req for x in e.recipients), [pair(e) for e in req]


# verbal-attack, speaking-participle: "Attacking X, he said ..." is a criticism


def test_attacking_participle_of_saying_is_a_criticism() -> None:
    r = run("Attacking the opposition parties on the temple issue, Prime Minister Arjun Mehta said the rally "
            "had passed off peacefully.")
    got = [pair(e) for e in accuses(r)]
    assert any("Mehta" in a and "opposition" in b for a, b in got), got
    assert all(e.status == "asserted" for e in accuses(r)), [e.status for e in accuses(r)]
    assert not [e for e in r.events if e.type == "ASSAULT"]


def test_firing_participle_of_shouting_stays_violence() -> None:
    r = run("Firing into the crowd on Sunday, the gunman shouted that nobody would leave.")
    assert not accuses(r)
    assert [e for e in r.events if e.type == "ASSAULT"]


# quote-judged-act-object: the object of the act a criticism word governs is no target


def test_object_of_the_judged_act_is_no_target() -> None:
    r = run("The remarks let Democrats link the senator to a cabinet that they widely view as ineffective in "
            "combating the Islamic State.")
    got = [pair(e) for e in accuses(r)]
    assert not any("Islamic" in b for _, b in got), got


def test_judged_party_with_an_act_object_is_still_the_target() -> None:
    r = run("\"Governor Olaf Brandt was naive to trust Ruritania,\" Senator Dana Whitcombe said.")
    got = [pair(e) for e in accuses(r)]
    assert any("Whitcombe" in a and "Brandt" in b for a, b in got), got
    assert not any("Ruritania" in b for _, b in got), got
