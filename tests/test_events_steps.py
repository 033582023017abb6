"""The per-sentence steps of event extraction (eventwire/events/frames.py and extract.py), each on its own:
argument frame (who/whom), status, source, setting (place/date) and counts. Real spaCy parse and the real
places, times, actors and quotes stages; self-written sentences."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire.document import ArticleInput, Document
from eventwire.events import extract, frames
from eventwire.events.lexicon import find_triggers, lexicon
from eventwire.events.modality import Modality, analyse
from eventwire.events.words import frame_words
from eventwire.options import Options
from eventwire.pipeline import get_pipeline
from eventwire.schema import EventActor

STAGES = ("read", "parse", "places", "times", "actors", "quotes")


@pytest.fixture(scope="module")
def pipe():  # type: ignore[no-untyped-def]
    return get_pipeline(Options(stages=STAGES))


def parsed(pipe, text: str, published: str | None = "2021-06-10") -> Document:  # type: ignore[no-untyped-def]
    return next(pipe.run_documents([ArticleInput(text=text, published=published)]))


def context(d: Document, word: str) -> frames.SentenceContext:
    """The step context of the trigger whose head token is ``word``."""
    assert d.doc is not None
    lex = lexicon()
    for sent in d.doc.sents:
        triggers = find_triggers(sent, lex)
        for trig in triggers:
            if trig.token.text == word:
                return frames.SentenceContext(
                    d=d, sent=sent, trig=trig, triggers=triggers, lex=lex,
                    mod=analyse(trig.token, lex.intent_words), headline=frames.in_headline(d, sent),
                )
    raise AssertionError(f"no trigger {word!r}")


def texts(d: Document, spans: list[tuple[int, int]]) -> list[str]:
    return [d.text[s:e] for s, e in spans]


# --------------------------------------------------------------------------------------------
# argument frame


def test_frame_of_a_plain_clause_is_subject_and_object(pipe) -> None:  # type: ignore[no-untyped-def]
    d = parsed(pipe, "Rebel fighters attacked an army base near the border on Monday.")
    fr = frames.argument_frame(context(d, "attacked"))
    assert texts(d, fr.sources) == ["Rebel fighters"]
    assert any("base" in t for t in texts(d, fr.targets))
    assert not fr.drop and frames.frame_reason(fr) is None


def test_fallback_arguments_read_the_dependencies(pipe) -> None:  # type: ignore[no-untyped-def]
    d = parsed(pipe, "Rebels attacked the base. The attack by the rebels lasted hours.")
    verb = context(d, "attacked").tok
    srcs, tgts, reciprocal = frames._fallback_arguments(verb)
    assert texts(d, srcs) == ["Rebels"] and texts(d, tgts) == ["the base"] and not reciprocal
    noun = context(d, "attack").tok
    srcs, tgts, _ = frames._fallback_arguments(noun)
    assert texts(d, srcs) == ["the rebels"] and tgts == []


def test_accusation_content_makes_the_accused_the_actor(pipe) -> None:  # type: ignore[no-untyped-def]
    d = parsed(pipe, "The ministry accused the rebels of shelling the village.")
    ctx = context(d, "shelling")
    fr = frames.argument_frame(ctx)
    assert "accusation-content" in fr.fired
    assert texts(d, fr.sources) == ["the rebels"]
    assert fr.accusation is not None and fr.accusation[0].text == "accused"


def test_a_weapon_is_no_actor(pipe) -> None:  # type: ignore[no-untyped-def]
    d = parsed(pipe, "A missile struck a school in the city.")
    fr = frames.argument_frame(context(d, "struck"))
    assert "instrument-actors" in fr.fired and fr.sources == []
    assert fr.instruments == ["A missile"]
    reason = frames.frame_reason(fr)
    assert reason is not None and "a weapon or cause, not an actor" in reason


def test_an_observer_is_no_actor(pipe) -> None:  # type: ignore[no-untyped-def]
    d = parsed(pipe, "Residents heard the explosion near the market.")
    fr = frames.argument_frame(context(d, "explosion"))
    assert fr.observed_by == "Residents" and "observer" in fr.fired
    reason = frames.frame_reason(fr)
    assert reason is not None and "observed or judged it" in reason


def test_rules_are_an_ordered_table_of_named_rules() -> None:
    names = [name for name, _ in frames.ARGUMENT_RULES]
    assert len(names) == len(set(names))
    # the keep check sees the arguments before weapons are dropped
    assert names.index("weak-trigger") < names.index("instrument-actors")
    assert names.index("headline-passive") < names.index("headline-locative")


# --------------------------------------------------------------------------------------------
# status


def test_modality_status_table() -> None:
    fr = frames.ArgumentFrame(sources=[], targets=[])
    assert extract.modality_status(Modality(conditional=True), "ASSAULT", fr) == ("conditional", "hypothetical")
    assert extract.modality_status(Modality(hypothetical=True), "THREATEN", fr) == ("asserted", "asserted")
    assert extract.modality_status(Modality(negated=True), "ASSAULT", fr) == ("negated", "denied")
    assert extract.modality_status(Modality(future=True), "ASSAULT", fr) == ("future", "future")
    involvement = frames.ArgumentFrame(sources=[], targets=[], involvement_only=True)
    assert extract.modality_status(Modality(negated=True), "ASSAULT", involvement) == ("asserted", "asserted")


def test_a_negated_cooperation_with_an_actor_is_a_refusal(pipe) -> None:  # type: ignore[no-untyped-def]
    d = parsed(pipe, "The rebels did not agree to a ceasefire.")
    ctx = context(d, "agree")
    fr = frames.argument_frame(ctx)
    reasons: dict[str, str] = {}
    st = extract.sentence_status(ctx, fr, "AGREE", reasons)
    assert (st.type, st.status, st.rule) == ("REJECT", "asserted", "refusal")
    assert "coded as a refusal" in reasons["type"]


def test_a_negated_meeting_or_donation_is_no_refusal(pipe) -> None:  # type: ignore[no-untyped-def]
    """refusal covers agreeing only: "she did not meet the developer" did not happen, nobody refused."""
    for text, word, typ in (("The mayor did not meet the developer last week.", "meet", "CONSULT"),
                            ("The banker has not donated to the campaign this year.", "donated", "AID")):
        d = parsed(pipe, text)
        ctx = context(d, word)
        fr = frames.argument_frame(ctx)
        reasons: dict[str, str] = {}
        st = extract.sentence_status(ctx, fr, typ, reasons)
        assert (st.type, st.status) == (typ, "denied"), text


def test_a_denial_by_someone_else_denies_the_event(pipe) -> None:  # type: ignore[no-untyped-def]
    d = parsed(pipe, "The army denied that its troops had shelled the village.")
    ctx = context(d, "shelled")
    fr = frames.argument_frame(ctx)
    reasons: dict[str, str] = {}
    st = extract.sentence_status(ctx, fr, ctx.trig.type, reasons)
    assert (st.status, st.rule) == ("denied", "denial")
    assert st.denial is not None and "army" in st.denial.name.lower()
    assert reasons["status"].startswith("denied by")


# --------------------------------------------------------------------------------------------
# source


def test_the_accuser_is_the_source_of_an_accusation_content(pipe) -> None:  # type: ignore[no-untyped-def]
    d = parsed(pipe, "The ministry accused the rebels of shelling the village.")
    ctx = context(d, "shelling")
    src = extract.report_source(ctx, frames.argument_frame(ctx), None, {})
    assert src is not None and "ministry" in src.name.lower()


def test_the_reporting_speaker_is_the_source(pipe) -> None:  # type: ignore[no-untyped-def]
    d = parsed(pipe, "A police spokesman said gunmen had attacked a checkpoint outside the town.")
    ctx = context(d, "attacked")
    reasons: dict[str, str] = {}
    src = extract.report_source(ctx, frames.argument_frame(ctx), None, reasons)
    assert src is not None and "spokesman" in src.name.lower()
    assert reasons == {}


def test_no_reporter_no_source(pipe) -> None:  # type: ignore[no-untyped-def]
    d = parsed(pipe, "Gunmen attacked a checkpoint outside the town.")
    ctx = context(d, "attacked")
    assert extract.report_source(ctx, frames.argument_frame(ctx), None, {}) is None


# --------------------------------------------------------------------------------------------
# setting and counts


def test_setting_is_the_nearest_place_and_date(pipe) -> None:  # type: ignore[no-untyped-def]
    d = parsed(pipe, "Gunmen attacked a checkpoint in Kandahar on Monday.")
    ctx = context(d, "attacked")
    place, date = extract.event_setting(d, ctx.sent, ctx.tok, {p.id: p for p in d.places})
    assert place is not None and place.name.startswith("Kandah") and place.country == "AFG"
    assert date is not None and (date.value, date.precision) == ("2021-06-07", "day")


def test_setting_without_a_date_is_the_publication_date_and_without_either_nothing(pipe) -> None:  # type: ignore[no-untyped-def]
    d = parsed(pipe, "Gunmen attacked a checkpoint.")
    ctx = context(d, "attacked")
    place, date = extract.event_setting(d, ctx.sent, ctx.tok, {})
    assert place is None and date is not None and date.precision == "publication"
    d = parsed(pipe, "Gunmen attacked a checkpoint.", published=None)
    ctx = context(d, "attacked")
    assert extract.event_setting(d, ctx.sent, ctx.tok, {}) == (None, None)


def test_counts_only_for_force_and_threats(pipe) -> None:  # type: ignore[no-untyped-def]
    d = parsed(pipe, "Five people were killed when gunmen attacked a market.")
    sent = next(iter(d.doc.sents))  # type: ignore[union-attr]
    counts = extract.sentence_counts(d, sent, "ASSAULT")
    assert counts is not None and counts.fatalities == 5
    assert extract.sentence_counts(d, sent, "CONSULT") is None


# --------------------------------------------------------------------------------------------
# composition and data


def test_sentence_drafts_composes_the_steps(pipe) -> None:  # type: ignore[no-untyped-def]
    d = parsed(pipe, "The ministry accused the rebels of shelling the village in Kandahar.")
    places = {p.id: p for p in d.places}
    drafts = extract.sentence_drafts(d, next(iter(d.doc.sents)), places, lexicon())  # type: ignore[union-attr]
    [shell] = [x for x in drafts if x.trigger.token.text == "shelling"]
    assert ["rebels" in a.name.lower() for a in shell.actors] == [True]
    assert shell.source is not None and "ministry" in shell.source.name.lower()
    assert shell.place is not None and shell.place.name.startswith("Kandah")
    assert shell.no_inherit  # an accusation's content is no self-report of the accuser


def test_frame_words_come_from_data_and_take_the_overlay(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert "fighters" in frame_words().generic_group and "this" in frame_words().non_referring
    gunmen = EventActor(name="Gunmen")
    assert not extract._non_referring(gunmen)
    (tmp_path / "frames.json").write_text(json.dumps({"non_referring": ["gunmen"]}), encoding="utf-8")
    monkeypatch.setenv("EVENTWIRE_LEXICONS", str(tmp_path))
    assert "gunmen" in frame_words().non_referring and "this" in frame_words().non_referring  # added, not replaced
    assert extract._non_referring(gunmen)
    assert not extract._non_referring(EventActor(name="Gunmen", actor_id="act-1"))  # a resolved actor stays


# --------------------------------------------------------------------------------------------
# argument rules for parties (between, participant modifiers, object control)


@pytest.mark.parametrize(
    ("text", "word", "source", "target"),
    [
        ("A long gun battle between the navy and smugglers ended at dawn.", "battle", "navy", "smugglers"),
        ("Television showed a meeting between the mayor and the union leader on Tuesday.", "meeting", "mayor", "union leader"),
        # the agent of a participle on the noun mediates; it is no party to the deal
        ("A deal between Ostria and Veland, brokered by Norway, ended the feud.", "deal", "Ostria", "Veland"),
    ],
)
def test_between_names_both_parties(pipe, text: str, word: str, source: str, target: str) -> None:  # type: ignore[no-untyped-def]
    d = parsed(pipe, text)
    fr = frames.argument_frame(context(d, word))
    assert "between-parties" in fr.fired and fr.reciprocal
    assert any(source in t for t in texts(d, fr.sources)) and not any(target in t for t in texts(d, fr.sources))
    assert any(target in t for t in texts(d, fr.targets))


def test_one_party_of_a_misparsed_coordination_is_not_the_pair(pipe) -> None:  # type: ignore[no-untyped-def]
    d = parsed(pipe, "A gun battle between the army and drug traffickers left eight dead.")
    fr = frames.argument_frame(context(d, "battle"))
    actors = [frames._actor_for_span(d, s, e).name for s, e in fr.sources]
    targets = [frames._actor_for_span(d, s, e).name for s, e in fr.targets]
    assert actors == ["the army"] and targets == ["drug traffickers"]


def test_a_mob_indulging_in_arson_commits_it(pipe) -> None:  # type: ignore[no-untyped-def]
    d = parsed(pipe, "Police fired tear gas to disperse a mob indulging in arson in the old market.")
    fr = frames.argument_frame(context(d, "arson"))
    assert "participant-modifier" in fr.fired and texts(d, fr.sources) == ["a mob"]


def test_the_object_of_an_order_is_freed(pipe) -> None:  # type: ignore[no-untyped-def]
    d = parsed(pipe, "The governor also ordered all teachers and nurses arrested over the past week to be freed immediately.")
    fr = frames.argument_frame(context(d, "freed"))
    assert "object-control" in fr.fired and not fr.drop
    assert any("teachers" in t for t in texts(d, fr.targets))
    d = parsed(pipe, "The minister ordered the guards to release the detained journalists.")
    fr = frames.argument_frame(context(d, "release"))
    assert texts(d, fr.sources) == ["the guards"]


def test_a_tool_used_to_attack_does_not_attack(pipe) -> None:  # type: ignore[no-untyped-def]
    d = parsed(pipe, "He planned to use petrol bombs to attack a police post in the valley.")
    fr = frames.argument_frame(context(d, "attack"))
    assert "object-control" not in fr.fired
    assert not any("bombs" in t for t in texts(d, fr.sources))


def test_what_a_request_asks_for_is_no_recipient(pipe) -> None:  # type: ignore[no-untyped-def]
    d = parsed(pipe, "The provincial government sought the neighbouring province's help in restoring order.")
    fr = frames.argument_frame(context(d, "sought"))
    assert "requested-content" in fr.fired
    assert not any("help" in t for t in texts(d, fr.targets))
    assert any("neighbouring province" in t for t in texts(d, fr.targets))
    d = parsed(pipe, "Prosecutors sought a ten-year prison term for the former mayor.")
    fr = frames.argument_frame(context(d, "sought"))
    assert not any("term" in t for t in texts(d, fr.targets))
