"""Stop 36, helper dup: one happening, one event — and two happenings, two events (self-written sentences)."""

from __future__ import annotations

from .eventcheck import find, names, rules_on

run = rules_on("2024-05-15")


def test_two_speakers_of_one_sentence_make_two_statements() -> None:
    """two-speakers: two accusations in one sentence by two different named actors are two events, each
    with its own actor and recipient, not one accusation by both against both."""
    r = run("Opposition leaders accused the mayor of corruption on Monday, while the governor criticized the city council.")
    accusations = find(r, "ACCUSE")
    assert len(accusations) == 2
    by_actor = {names(e.actors): names(e.recipients) for e in accusations}
    assert by_actor == {"opposition leaders": "mayor", "governor": "city council"}


def test_a_later_speaker_of_the_sentence_is_no_co_accuser() -> None:
    r = run(
        "In parliament, after two former ministers accused the government of failing to protect the assembly, "
        "the home minister also condemned the incident."
    )
    accusations = find(r, "ACCUSE")
    assert len(accusations) == 2
    assert not any("minister" in names(e.actors) and "home" in names(e.actors) and "former" in names(e.actors) for e in accusations)


def test_one_speaker_s_two_words_of_one_sentence_stay_one_statement() -> None:
    """A statement told with two words by one speaker in one sentence stays one event."""
    r = run("Opposition leaders accused the mayor of corruption on Monday and criticized his handling of the budget.")
    assert len(find(r, "ACCUSE")) == 1


def test_victims_also_hurt_in_the_attack_belong_to_that_attack() -> None:
    """back-reference over distinct-happening: "two civilians were *also* wounded *in the attack*" adds
    victims to the attack told before; the "also" tells more victims, not another attack."""
    r = run(
        "Gunmen killed three soldiers at a checkpoint in Kandahar on Monday. "
        "Two civilians were also wounded in the attack, officials said."
    )
    [attack] = find(r, "ASSAULT")
    assert "soldiers" in names(attack.recipients) and "civilians" in names(attack.recipients)


def test_the_happening_named_as_subject_refers_back() -> None:
    """subject-back-reference: "the bombing also wounded 30 people" is the bombing told before."""
    r = run(
        "A suicide bomber killed 12 people at a market in Baghdad on Thursday. "
        "The bombing also wounded 30 people, police said."
    )
    assert len(find(r, "ASSAULT")) == 1


def test_also_without_a_back_reference_is_still_another_happening() -> None:
    """distinct-happening stays: "police also arrested two men" after an arrest is one more arrest."""
    r = run("Police arrested a man in Tulsa on Monday. Two women were also arrested at a house nearby.")
    assert len(find(r, "COERCE")) == 2
