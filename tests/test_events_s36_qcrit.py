"""Stop 36, helper qcrit: statements of criticism as ACCUSE events (events/quote_events.py), precise enough to
keep: a criticism word in the content, a target party other than the speaker, no authority's report, one
event per speaker and target (self-written sentences)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .eventcheck import find, names, rules_on

run = rules_on("2016-06-13")

# the settings this change ships; an overlay holds them so the tests read the rule whether or not the
# default data file switches it on
ON = {
    "enabled": True, "min_conflict": 0.3, "require_criticism": True, "require_recipient": True,
    "skip_authority": True, "criticism_min_conflict": 0.0,
}


@pytest.fixture
def quotes_on(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "assembly.json").write_text(json.dumps({"quote_events": ON}))
    monkeypatch.setenv("EVENTWIRE_LEXICONS", str(tmp_path))


def _quote_accusations(text: str) -> list:
    return [e for e in find(run(text), "ACCUSE") if "quote-event" in e.reasons.get("type", "")]


def test_a_criticism_word_makes_a_quote_an_accusation_whatever_the_classifier_score(quotes_on: None) -> None:
    """quote-criticism-word: "doesn't understand", "disagree" are criticism the classifier may score low."""
    [ev] = _quote_accusations('"Laura Kent does not understand the first thing about trade policy," said Mark Oduya.')
    assert "oduya" in names(ev.actors) and "kent" in names(ev.recipients)
    [ev] = _quote_accusations('"I fundamentally disagree with Laura Kent on this," said Mark Oduya.')
    assert "kent" in names(ev.recipients)


@pytest.mark.parametrize(
    "text",
    [
        '"Our members did not show up at the polls this time," said Mark Oduya.',  # no criticism word
        '"Laura Kent is not dangerous at all," said Mark Oduya.',  # negated
        '"The symptoms are dangerous for small children," health officials said.',  # an authority's report
        '"This was a wrong turn for all of us," said Mark Oduya.',  # no party criticised
        '"I really do not understand how Laura Kent won the primary," said Mark Oduya.',  # first person
        '"The generals just do not understand the Navy," said Navy Capt. Mark Oduya.',  # his own service
    ],
)
def test_a_quote_with_no_criticism_of_a_party_is_no_accusation(quotes_on: None, text: str) -> None:
    assert not _quote_accusations(text)


def test_one_statement_event_per_speaker_and_target(quotes_on: None) -> None:
    """quote-event-merge: two critical quotes of one speaker about one party are one ACCUSE."""
    evs = _quote_accusations(
        '"Laura Kent has failed this city," Mark Oduya said on Monday. The council met later. '
        '"Laura Kent is out of touch with the voters," Oduya said.'
    )
    assert len(evs) == 1
