"""Stop 37, helper criticism: critical statements between parties as ACCUSE events (events/quote_events.py,
criticism verbs of triggers.json). Self-written sentences: what each rule must do and what it must not."""

from __future__ import annotations

from .eventcheck import find, names, rules_on

run = rules_on("2016-06-13")


def _quote_accusations(text: str) -> list:
    return [e for e in find(run(text), "ACCUSE") if "quote-event" in e.reasons.get("type", "")]


def test_a_contraction_does_not_hide_a_criticism_phrase() -> None:
    """quote-criticism-word: "aren't a joke", "wouldn't be ready" hold the phrases "not a joke", "not be ready"."""
    [ev] = _quote_accusations('"The cuts Laura Kent made aren\'t a joke for farmers," said Mark Oduya.')
    assert "oduya" in names(ev.actors) and "kent" in names(ev.recipients)


def test_a_former_office_holder_speaks_as_a_politician() -> None:
    """quote-authority-speaker: a governor reports, a *former* governor criticises like any politician."""
    [ev] = _quote_accusations('"Laura Kent does not understand farming," the former governor said.')
    assert "kent" in names(ev.recipients)
    assert not _quote_accusations('"Laura Kent does not understand farming," the governor said.')


def test_a_party_named_by_a_common_noun_is_the_target() -> None:
    """quote-party-noun: no name in the content, the subject party the actors stage resolved is the target."""
    [ev] = _quote_accusations(
        '"The authorities have begun a campaign of terror in the country," said Mark Oduya, the opposition leader.'
    )
    assert "authorities" in names(ev.recipients)


def test_sufferers_named_by_a_common_noun_are_no_target() -> None:
    """quote-party-noun: people told as sufferers are no party criticised."""
    assert not _quote_accusations('"It is unfortunate that the families lost their homes," said Mark Oduya.')
    assert not _quote_accusations('"It was an awful night and the residents were terrified," said Mark Oduya.')


def test_a_dateline_is_no_target() -> None:
    """quote-dateline: "WASHINGTON ― ..." places the story; the target is the party the content names."""
    [ev] = _quote_accusations("WASHINGTON \u2015 Laura Kent does not understand the mines, union leaders said on Monday.")
    assert "kent" in names(ev.recipients) and "washington" not in names(ev.recipients)


def test_the_evidence_is_the_sentence_of_the_criticism() -> None:
    """quote-critical-sentence: a quote of several sentences is told where the criticism is said."""
    rec = run(
        '"We met the mayor on Monday," Mark Oduya said after the session. "The talks went on for hours. '
        'Laura Kent is clueless about farming."'
    )
    evs = [e for e in find(rec, "ACCUSE") if "quote-event" in e.reasons.get("type", "")]
    assert evs and "clueless" in evs[0].evidence.text and "kent" in names(evs[0].recipients)


def test_skewer_is_a_criticism_of_a_party_only() -> None:
    """'skewer' (verbal-target verb): skewering a party criticises it; skewering meat does not."""
    evs = find(run("Senator Laura Kent skewered Governor Mark Oduya over the budget on Monday."), "ACCUSE")
    assert evs and "kent" in names(evs[0].actors) and "oduya" in names(evs[0].recipients)
    assert not find(run("The cook skewered the lamb and put it on the grill on Monday."), "ACCUSE")


def test_awful_as_a_measure_is_no_criticism() -> None:
    """quote-criticism-word: "an awful lot" measures; "an awful campaign" judges."""
    assert not _quote_accusations('"Laura Kent meant an awful lot to the town," said Mark Oduya.')
    [ev] = _quote_accusations('"Laura Kent ran an awful campaign," said Mark Oduya.')
    assert "kent" in names(ev.recipients)


def test_a_name_in_the_speakers_own_description_is_no_target() -> None:
    """quote-own-affiliation: the quote runs across its attribution; "the chief U.S. adviser" describes the
    speaker, the party criticised is the one the quote names."""
    evs = _quote_accusations(
        '"I fundamentally disagree," said retired Gen. Mark Oduya, who served as the chief U.S. adviser in Iraq. '
        '"Laura Kent has not thought through any of it."'
    )
    assert evs and all("united states" not in names(e.recipients) for e in evs)
    assert "kent" in names(evs[0].recipients)


def test_a_criticism_word_in_a_condition_is_no_criticism() -> None:
    """quote-criticism-word: "if we were to bomb recklessly" judges nothing done; the main clause does."""
    assert not _quote_accusations(
        '"If we were to start bombing recklessly, that would not help us against Laura Kent," Mark Oduya added.'
    )
    [ev] = _quote_accusations('"Is Laura Kent going to act? If she does not she should resign in disgrace!" Mark Oduya tweeted.')
    assert "kent" in names(ev.recipients)


def test_the_subject_of_a_passive_verb_is_no_speaker() -> None:
    """quote-passive-cue: "Kent was fined and ordered to pay ... for false reporting" is said of her, not by her."""
    assert not _quote_accusations(
        "Laura Kent was fined $150 and ordered to pay $1,671 on Wednesday in Platte County Court for false reporting."
    )


def test_rebukes_drawn_from_a_party_are_that_partys_criticism() -> None:
    """undergoer-source: "X's remarks drew rebukes from the Pentagon": the Pentagon criticises X."""
    evs = find(run("Laura Kent's remarks on Monday drew rebukes from the Pentagon and from several senators."), "ACCUSE")
    assert evs and "pentagon" in names(evs[0].actors) and "kent" in names(evs[0].recipients)
    evs = find(run("Laura Kent faced criticism from rivals over the plan on Monday."), "ACCUSE")
    assert evs and "kent" in names(evs[0].recipients) and "kent" not in names(evs[0].actors)
    assert not find(run("Mark Oduya drew a map of the district for the visitors on Monday."), "ACCUSE")



def test_the_target_is_sought_first_in_the_sentence_of_the_criticism() -> None:
    """quote-target-near: a long quote names other parties; the one criticised is in the critical sentence."""
    evs = _quote_accusations(
        '"We met Chris Lane in May," said Mark Oduya after the session. "The talks went on for hours. '
        'But Laura Kent is clueless about farming."'
    )
    assert evs and "kent" in names(evs[0].recipients) and "lane" not in names(evs[0].recipients)


def test_an_event_in_another_sentence_of_a_long_quote_does_not_cover_the_criticism() -> None:
    """quote-cover-sentence: a charge told earlier in the quote is no telling of the speaker's criticism."""
    evs = _quote_accusations(
        '"The police charged Chris Lane with theft last week. Laura Kent is clueless about crime," said Mark Oduya.'
    )
    assert evs and "oduya" in names(evs[0].actors) and "kent" in names(evs[0].recipients)
