"""Stop 32, helper miss: events an analyst codes that the rules did not output (recall of event
detection); each rule on self-written sentences through the real pipeline, rules alone."""

from __future__ import annotations

from .eventcheck import find, names, rules_on

run = rules_on("2011-05-12")


def test_ruling_out_is_a_rejection() -> None:
    rec = run("Interior Minister Hal Brenner on Monday ruled out talks with the rebel commanders in Ostrava.")
    rej = find(rec, "REJECT")
    assert rej and "brenner" in names(rej[0].actors)


def test_lambasting_is_a_criticism() -> None:
    rec = run("Opposition leader Mara Quist on Sunday lambasted the governor for the delays in paying teachers.")
    acc = find(rec, "ACCUSE")
    assert acc and "quist" in names(acc[0].actors)
    assert "governor" in names(acc[0].recipients)


def test_flaying_and_castigating_are_criticisms() -> None:
    rec = run(
        "The chamber of commerce flayed the state government over the new levy on traders. "
        "Senator Dana Holt castigated the ministry for its handling of the floods."
    )
    assert len(find(rec, "ACCUSE")) == 2


def test_a_participle_after_a_preposition_is_by_the_clause_subject() -> None:
    # participle-speaker: "said after meeting X": the one who said met
    rec = run('"Trade will grow," Premier Ana Vidal said on Tuesday after meeting with President Omar Tellis.')
    met = find(rec, "CONSULT")
    assert met and "vidal" in names(met[0].actors)


def test_a_letter_asking_is_a_request_by_its_writer() -> None:
    # participle-speaker: a message noun's participle is by the one who wrote it
    rec = run("Mayor Lena Ortiz wrote a letter to the state auditor asking the agency to review the contracts.")
    req = find(rec, "REQUEST")
    assert req and "ortiz" in names(req[0].actors)


def test_slogans_that_urged_are_a_request_by_the_chanting_crowd() -> None:
    # participle-speaker: a relative clause on a message noun
    rec = run("Hundreds of nurses gathered outside the ministry, chanting slogans that urged the minister to resign.")
    req = find(rec, "REQUEST")
    assert req and "nurses" in names(req[0].actors)


def test_a_participle_on_an_ordinary_noun_takes_no_speaker() -> None:
    # participle-speaker: only a message noun carries its sender's words
    rec = run("The council approved a budget seeking to cut spending on roads.")
    assert all("council" not in names(e.actors) for e in find(rec, "REQUEST"))


def test_dispatching_troops_is_a_mobilization() -> None:
    rec = run("The defence ministry dispatched two battalions to the border town of Kelso on Friday.")
    mob = find(rec, "MOBILIZE")
    assert mob and "defence ministry" in names(mob[0].actors)


def test_sending_troops_is_a_mobilization() -> None:
    rec = run("The government sent troops to the northern province of Varna on Sunday after the riots.")
    assert find(rec, "MOBILIZE")


def test_dispatching_a_letter_is_no_mobilization() -> None:
    rec = run("The company dispatched a letter to its shareholders in Kelso on Friday.")
    assert not find(rec, "MOBILIZE")


def test_imposing_restrictions_is_coercion() -> None:
    rec = run("The district administration imposed restrictions on public gatherings in Kelso on Monday.")
    co = find(rec, "COERCE")
    assert co and "administration" in names(co[0].actors)


def test_cordoning_off_is_coercion() -> None:
    rec = run("Police cordoned off the main square in Kelso on Monday ahead of the opposition march.")
    co = find(rec, "COERCE")
    assert co and "police" in names(co[0].actors)


def test_pleading_guilty_is_a_concession() -> None:
    rec = run("Tom Reyes, 31, pleaded guilty on Monday to robbing a bank in Kelso, prosecutors said.")
    con = find(rec, "CONCEDE")
    assert con and "reyes" in names(con[0].actors)
    assert not find(rec, "REQUEST")


def test_pleading_not_guilty_is_no_concession_and_no_request() -> None:
    rec = run("Tom Reyes pleaded not guilty to the robbery charges on Monday in Kelso.")
    assert not find(rec, "CONCEDE") and not find(rec, "REQUEST")


def test_a_court_hearing_petitions_does_not_make_their_request() -> None:
    # participle-speaker: only a verb of sending, writing or carrying makes its subject the message's author
    rec = run("The high court in Kelso will hear two petitions seeking the dismissal of the city council.")
    assert all("court" not in names(e.actors) for e in find(rec, "REQUEST"))
