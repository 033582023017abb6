"""Stop 30, helper r4: lower-cased Indian police and politics news (IndiaPoliceEvents-like), each rule on
self-written sentences through the real pipeline."""

from __future__ import annotations

import eventwire

from .eventcheck import find, names, rules_on

run = rules_on("2002-03-08")


TAIL = " the police in vadodara said the situation in ahmedabad was tense."


def _place(ev: eventwire.Event) -> str:
    return ev.place.name.lower() if ev.place is not None else ""


def test_a_place_naming_another_happening_or_issue_is_not_the_setting() -> None:
    # happening-place-apart: "the ayodhya issue", "the godhra carnage" say where that issue or happening is
    [rej] = find(run("lucknow: the party leaders on thursday rejected the formula on the ayodhya issue." + TAIL), "REJECT")
    assert _place(rej) == "lucknow"
    [req] = find(run("surat: the congress on thursday demanded the dismissal of the minister over the godhra carnage." + TAIL), "REQUEST")
    assert _place(req) == "surat"


def test_a_place_modifying_a_thing_or_the_event_itself_still_sets_it() -> None:
    [ev] = find(run("mumbai: a group of men on friday attacked a surat hotel with stones." + TAIL), "ASSAULT")
    assert _place(ev) == "surat"


def test_last_evening_is_the_evening_before_publication() -> None:
    # "last evening" (Indian English) like "last night": the day before publication
    [ev] = find(run("two watchmen were stabbed last evening near the temple at nadipur, police said."), "ASSAULT")
    assert ev.date is not None and ev.date.value.startswith("2002-03-07")


def test_an_act_that_is_only_a_possibility_or_a_fear_has_not_happened() -> None:
    # possible-act: the 'of' content of a possibility, chance, risk or fear noun is no happening
    for text in (
        "rampur: there is a possibility of a militant attack on the temple, the commissioner said on monday.",
        "rampur: the officials feared the possibility of clashes between the two groups during the festival.",
        "rampur: there was every chance of the guards getting killed in the raid, he said.",
        "rampur: the police were put on alert in view of the threat of an attack by militants.",
    ):
        r = run(text + TAIL)
        assert not find(r, "ASSAULT"), text


def test_an_attack_that_happened_stays_beside_a_possibility_noun() -> None:
    r = run("rampur: militants attacked the temple on monday, raising the possibility of more trouble." + TAIL)
    [ev] = find(r, "ASSAULT", "attacked")
    assert "temple" in ev.recipients[0].name.lower()


def test_a_blow_to_credibility_terror_or_logic_struck_or_beaten_is_figurative() -> None:
    for text in (
        "surat: the defeat has struck a major blow to the credibility of the party, leaders said.",
        "surat: the gang wanted to strike terror among the traders, police said.",
        "surat: the governor's insistence on a stable government beats all logic, he said.",
    ):
        r = run(text + TAIL)
        assert not find(r, "ASSAULT") and not find(r, "THREATEN"), text


def test_a_beaten_or_struck_person_is_still_assaulted() -> None:
    r = run("surat: a mob beat two traders with sticks and struck a constable on monday, police said." + TAIL)
    [ev] = find(r, "ASSAULT")
    assert "traders" in names(ev.recipients) and "constable" in names(ev.recipients)


def test_meeting_with_an_accident_or_a_response_is_no_consultation() -> None:
    for text in (
        "surat: the constable met with an accident on monday, police said.",
        "surat: the bandh call met with a mixed response in the city on monday.",
    ):
        assert not find(run(text + TAIL), "CONSULT"), text
    [ev] = find(run("surat: the minister met with the traders on monday." + TAIL), "CONSULT")
    assert "traders" in names(ev.recipients)


def test_a_partys_demand_named_again_is_one_demand() -> None:
    # restated-statement: "the union's demand" told three times over is one REQUEST
    text = (
        "surat: the kisan sangh on sunday said there was nothing wrong in the union's demand that the mill be"
        " reopened. \"what is wrong in it?\" sangh leader mohan desai asked when questioned about the union's"
        " demand that the mill be reopened. the union's demand for reopening the mill was justified, desai said."
    )
    reqs = [e for e in find(run(text + TAIL), "REQUEST") if "union" in names(e.actors)]
    assert len(reqs) == 1


def test_two_statements_by_one_party_stay_two() -> None:
    text = "surat: the union on sunday demanded a wage rise. on monday the union accused the owners of cheating."
    r = run(text + TAIL)
    assert find(r, "REQUEST") and find(r, "ACCUSE")
