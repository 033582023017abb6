"""Stop 33, helper s33mat: material events the rules missed (self-written sentences)."""

from __future__ import annotations

from .eventcheck import find_in, names, rules_on

run = rules_on("2024-05-15")


def test_the_subject_of_a_clause_a_meeting_is_the_setting_of_attends_it() -> None:
    """meeting-attendee: 'the senator has been under fire for a private meeting with the governor' is a
    meeting of the senator with the governor."""
    r = run("Senator Ellen Brooks has been under fire for a private meeting last Monday with Governor Tom Reyes.")
    [hit] = find_in(r, "CONSULT", "meeting")
    assert "brooks" in names(hit.actors) and "reyes" in names(hit.recipients)
    r = run("President Moran, in a meeting with Prime Minister Alan Hale on Tuesday, asked for the release of the pastor.")
    [hit] = find_in(r, "CONSULT", "meeting")
    assert "moran" in names(hit.actors) and "hale" in names(hit.recipients)


def test_a_meeting_criticised_is_not_attended_by_the_critic() -> None:
    r = run("The senator criticized the meeting with President Putin on Monday.")
    assert not [e for e in r.events if e.type == "CONSULT" and "senator" in names(e.actors)]


def test_a_conjoined_verb_shares_the_modal_of_its_first_conjunct() -> None:
    """shared-modal-conjunct: 'police could arrest the men and detain them' tells no detention either; a
    conjunct with its own auxiliary or subject keeps its own status."""
    r = run("Police could arrest the two men and detain them for a week.")
    assert not [e for e in r.events if e.status == "asserted"]
    r = run("Prosecutors said the gunman planned to murder the guard and videotape the killing.")
    assert not [e for e in r.events if e.type == "ASSAULT" and e.status == "asserted"]
    r = run("The man was arrested on Monday and will be charged on Friday.")
    [hit] = find_in(r, "COERCE", "arrested")
    assert hit.status == "asserted"


def test_a_bare_participle_conjoined_to_a_passive_shares_its_subject() -> None:
    """shared-passive-subject (gapped-passive): 'a man was dragged from his car and killed' killed the man;
    'the suspect was arrested and charged' charged the suspect."""
    r = run("A man was dragged from his car and killed in the old city on Friday.")
    [hit] = find_in(r, "ASSAULT", "killed")
    assert "man" in names(hit.recipients)
    r = run("The protesters were beaten and detained by the police on Monday.")
    [hit] = find_in(r, "COERCE", "detained")
    assert "protesters" in names(hit.recipients) and "police" in names(hit.actors)


def test_a_person_headed_somewhere_is_no_mobilization() -> None:
    """person-trip: 'the professor was headed to Cairo for a conference' is a trip; 'troops headed for the
    border' stays a MOBILIZE."""
    r = run("The economics professor was headed to Cairo for a conference, the newspaper reported.")
    assert not [e for e in r.events if e.type == "MOBILIZE"]
    r = run("Mona Hadid had been stationed in Lyon since 2014 for her company.")
    assert not [e for e in r.events if e.type == "MOBILIZE"]
    r = run("Government troops headed for the border town of Keldor on Monday.")
    assert [e for e in r.events if e.type == "MOBILIZE"]


def test_the_party_sent_to_a_meeting_attends_it() -> None:
    r = run("The angry officials sent Counsel Neil Eggers to the Capitol for a tense meeting with Senator Ellen Brooks.")
    [hit] = find_in(r, "CONSULT", "meeting")
    assert "eggers" in names(hit.actors) and "brooks" in names(hit.recipients)


def test_capturing_the_senate_is_an_election() -> None:
    """campaign-sense: 'hoping to retain the White House and capture the Senate' is an election aim."""
    r = run("The jobs report cheered Democrats hoping to retain the White House and capture the Senate next year.")
    assert not [e for e in r.events if e.type == "ASSAULT"]
