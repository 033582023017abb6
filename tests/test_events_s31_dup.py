"""Stop 31, helper dup: the mentions of one happening become one event (issue 17 pattern 1), and two
happenings told apart stay two; each rule on self-written sentences through the real pipeline."""

from __future__ import annotations

from .eventcheck import find, names, rules_on

run = rules_on("2002-03-08")


def test_a_later_sentence_whose_first_mention_names_only_victims_joins_the_happening() -> None:
    # linked-groups: "injured" starts a group of its own, "police firing" in the same sentence is the
    # firing told before
    rec = run(
        "rajkot: police opened fire to disperse a stone-pelting mob in dhoraji town on thursday. "
        "while three were injured in police firing, the others were hurt in the stampede."
    )
    firing = [e for e in find(rec, "ASSAULT") if "police" in names(e.actors)]
    assert len(firing) == 1
    assert "three" in names(firing[0].recipients)


def test_another_attack_is_another_happening() -> None:
    # distinct-happening: "in another attack" tells a happening other than the one before
    rec = run(
        "Gunmen attacked a checkpoint near Zarqa on Sunday, killing two soldiers, officials said. "
        "In another attack, gunmen fired on an army patrol near Zarqa, wounding a soldier."
    )
    assaults = [e for e in find(rec, "ASSAULT") if "gunmen" in names(e.actors)]
    assert len(assaults) == 2


def test_a_demand_said_again_is_one_demand() -> None:
    # restated-content: the same party asking for the same thing in a later sentence
    rec = run(
        "new delhi: the janata front on friday demanded the immediate dismissal of the state government. "
        "the front also visited the relief camps in the city. "
        "calling for the state government's dismissal, the janata front leaders said the centre must act now."
    )
    assert len(find(rec, "REQUEST")) == 1


def test_a_quote_said_twice_is_one_statement() -> None:
    # restated-content: the same word said again by the same speaker of the same party
    rec = run(
        'Senator Mary Hollis accused Governor Tom Reed of lying on Friday. "Tom Reed is a liar," Hollis said. '
        'The governor did not reply. "By any measure, Tom Reed is a liar," Hollis added.',
        published="2016-09-16",
    )
    accusals = [e for e in find(rec, "ACCUSE") if "hollis" in names(e.actors)]
    assert len(accusals) <= 2


def test_a_protest_and_its_demand_told_together_are_one_event() -> None:
    # conjoined-acts: PROTEST and REQUEST conjoined in one clause are one protest that demands
    rec = run("patna: opposition members demonstrated outside the assembly on friday and demanded the resignation of the minister.")
    assert len(find(rec, "PROTEST")) == 1
    assert find(rec, "REQUEST") == []


def test_convicted_and_sentenced_is_one_legal_step() -> None:
    # conjoined-acts: the parse may hang 'sentenced' on the gerund of the offence
    rec = run(
        "A court in Tripoli has convicted five foreign nurses of poisoning dozens of patients with drugs and sentenced them to death.",
        published="2007-07-24",
    )
    assert len(find(rec, "SANCTION")) + len(find(rec, "ACCUSE")) == 1


def test_firing_and_arrests_told_together_stay_two() -> None:
    # conjoined-acts needs a shared mode for force and coercion: firing and arrests are two happenings
    rec = run("surat: police opened fire on a rioting mob in the old city on friday and arrested twenty people.")
    assert len(find(rec, "ASSAULT")) == 1
    assert len(find(rec, "COERCE")) == 1


def test_one_force_named_by_two_heads_is_one_party() -> None:
    # same-force: "para-military forces" and "para-military personnel" are one force marching
    rec = run(
        "ayodhya: para-military forces on sunday conducted a massive flag march in ayodhya. "
        "the temple trust said it would hold prayers. "
        "about 2000 para-military personnel conducted a flag march in the temple town of ayodhya on sunday."
    )
    assert len(find(rec, "MOBILIZE")) == 1


