"""Quote stage: quotation marks, cues, speakers, channels — on sentences written for these tests."""

from __future__ import annotations

import pytest

from eventwire.document import ArticleInput
from eventwire.nlp import load_nlp
from eventwire.options import Options
from eventwire.pipeline import Pipeline
from eventwire.quotes import find_quoted_spans
from eventwire.schema import Quote
from eventwire.stages.quotes import find_quotes, quote_at


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    return load_nlp()


def run(nlp, text: str) -> list[Quote]:  # type: ignore[no-untyped-def]
    quotes = find_quotes(nlp(text), [])
    for q in quotes:  # every span points into the text
        assert text[q.start : q.end] == q.text
        for span in (q.cue, q.channel, q.speaker.resolved_from if q.speaker else None):
            if span is not None:
                assert text[span.start : span.end] == span.text
        if q.speaker is not None and q.speaker.start is not None:
            assert q.speaker.end is not None and q.speaker.end > q.speaker.start
    return quotes


def one(quotes: list[Quote], contains: str) -> Quote:
    hits = [q for q in quotes if contains in q.text]
    assert len(hits) == 1, [q.text for q in quotes]
    return hits[0]


# -- quotation marks ------------------------------------------------------------------------------
def test_marks_curly_straight_doubled_single() -> None:
    text = "“Curly one,” she said. He said \"straight one\" and ''doubled single'' then ``tex style''."
    got = [text[q.start : q.end] for q in find_quoted_spans(text)]
    assert got == ["Curly one,", "straight one", "doubled single", "tex style"]


def test_marks_apostrophes_are_not_quotes() -> None:
    text = "Don't touch the farmers’ wells, it's the '90s rock 'n' roll band’s van."
    assert find_quoted_spans(text) == []


def test_marks_unbalanced_stays_in_paragraph() -> None:
    text = 'The mayor said "the bridge is closed.\n\nCrews worked all night on the river bank.'
    spans = find_quoted_spans(text)
    assert len(spans) == 1
    assert spans[0].closed is False
    assert "\n" not in text[spans[0].start : spans[0].end]


def test_marks_multi_paragraph_quote() -> None:
    text = "“The water came at night.\n\n“We had no warning at all,” she said.\n\nAfter that, nothing."
    spans = find_quoted_spans(text)
    assert len(spans) == 1 and spans[0].paragraphs == 2
    assert text[spans[0].start : spans[0].end].endswith("no warning at all,")


# -- direct quotes --------------------------------------------------------------------------------
def test_curly_quote_with_trailing_attribution(nlp) -> None:  # type: ignore[no-untyped-def]
    q = one(run(nlp, "“We will rebuild the bridge by spring,” the mayor said on Tuesday."), "rebuild")
    assert q.kind == "direct"
    assert q.text == "We will rebuild the bridge by spring,"
    assert q.cue is not None and q.cue.text == "said"
    assert q.speaker is not None and q.speaker.name == "the mayor"


def test_doubled_single_quotes_and_inverted_cue(nlp) -> None:  # type: ignore[no-untyped-def]
    q = one(run(nlp, "''The harvest was poor this year,'' said Maria Lopez, a farmer in the valley."), "harvest")
    assert q.kind == "direct"
    assert q.speaker is not None and "Maria Lopez" in q.speaker.name


def test_colon_introduces_quote(nlp) -> None:  # type: ignore[no-untyped-def]
    q = one(run(nlp, 'The finance minister told parliament: "Prices will fall before the winter."'), "Prices")
    assert q.kind == "direct"
    assert q.speaker is not None and q.speaker.name == "The finance minister"


def test_interrupted_quote_is_one_quote(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "“The dam held,” said Tomas Ruiz, the engineer. “We were lucky this time.”"
    quotes = run(nlp, text)
    assert len(quotes) == 1
    assert quotes[0].text.startswith("The dam held") and quotes[0].text.endswith("lucky this time.")
    assert quotes[0].speaker is not None and "Tomas Ruiz" in quotes[0].speaker.name


def test_multi_paragraph_quote_keeps_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "“We lost everything in the flood,” said Anna Berg, who runs a bakery.\n\n"
        "“The water came in at night. We had no warning.\n\n"
        "“Now we have to start again from nothing.”"
    )
    quotes = run(nlp, text)
    later = [q for q in quotes if "no warning" in q.text]
    assert len(later) == 1
    assert "start again" in later[0].text  # one quote over both paragraphs
    assert later[0].speaker is not None and "Anna Berg" in later[0].speaker.name


# -- reported speech ------------------------------------------------------------------------------
def test_indirect_speech_with_that(nlp) -> None:  # type: ignore[no-untyped-def]
    q = one(run(nlp, "The health agency said on Monday that the outbreak was under control."), "outbreak")
    assert q.kind == "indirect"
    assert q.text == "that the outbreak was under control"
    assert q.speaker is not None and q.speaker.name == "The health agency"


def test_fronted_report(nlp) -> None:  # type: ignore[no-untyped-def]
    q = one(run(nlp, "The ceasefire is holding, army officials said on Sunday."), "ceasefire")
    assert q.text == "The ceasefire is holding"
    assert q.speaker is not None and q.speaker.name == "army officials"


@pytest.mark.parametrize(
    "text",
    [
        "According to local officials, the fire destroyed forty homes.",
        "The fire destroyed forty homes, according to local officials.",
    ],
)
def test_according_to(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    q = one(run(nlp, text), "fire")
    assert q.text == "the fire destroyed forty homes" or q.text == "The fire destroyed forty homes"
    assert q.cue is not None and q.cue.text.lower() == "according to"
    assert q.speaker is not None and q.speaker.name == "local officials"


def test_mixed_quote(nlp) -> None:  # type: ignore[no-untyped-def]
    q = one(run(nlp, "The general said the raid was “a grave mistake” and would be investigated."), "raid")
    assert q.kind == "mixed"
    assert "grave mistake" in q.text


def test_channel_told_outlet_by_phone(nlp) -> None:  # type: ignore[no-untyped-def]
    q = one(run(nlp, "The senator told the Daily Courier by telephone that the bill would pass."), "bill")
    assert q.channel is not None and "Daily Courier by telephone" in q.channel.text


def test_channel_in_statement(nlp) -> None:  # type: ignore[no-untyped-def]
    q = one(run(nlp, "In a written statement, the ministry said the border would reopen next week."), "border")
    assert q.channel is not None and "statement" in q.channel.text


# -- speakers -------------------------------------------------------------------------------------
def test_pronoun_resolves_to_antecedent(nlp) -> None:  # type: ignore[no-untyped-def]
    text = 'Jonas Weber, the mayor of the town, met residents on Friday.\n"We will not give up," he said.'
    q = one(run(nlp, text), "give up")
    assert q.speaker is not None and q.speaker.name == "Jonas Weber"
    assert q.speaker.resolved_from is not None and q.speaker.resolved_from.text == "he"


def test_description_resolves_to_antecedent(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Lena Park arrived at the court early.\n“I am innocent,” said the woman who had waited two years for the trial."
    q = one(run(nlp, text), "innocent")
    assert q.speaker is not None and q.speaker.name == "Lena Park"
    assert q.speaker.resolved_from is not None and q.speaker.resolved_from.text.startswith("the woman who")


def test_nearby_name_is_not_the_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    q = one(run(nlp, "Karl Brandt, son of the late poet Otto Brandt, said the archive would stay open."), "archive")
    assert q.speaker is not None and q.speaker.name == "Karl Brandt"


def test_aide_stays_the_aide(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Governor Ellen Shaw flew home on Sunday. An aide to Shaw said the plan was dead."
    q = one(run(nlp, text), "plan")
    assert q.speaker is not None and q.speaker.name == "An aide to Shaw"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The mayor's spokesman, Ali Nazary, told reporters the bridge would reopen in May.", "Ali Nazary"),
        ("The operator, Nordvik Rail, said the bridge would reopen in May.", "Nordvik Rail"),
        ("Her husband, a retired teacher, said the bridge would reopen in May.", "Her husband"),
    ],
)
def test_name_in_apposition_names_the_speaker(nlp, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    q = one(run(nlp, text), "bridge")
    assert q.speaker is not None and q.speaker.name == name
    assert text[q.speaker.start : q.speaker.end].startswith(text.split(",")[0])  # the mention as written


def test_speaker_gets_actor_id(nlp) -> None:  # type: ignore[no-untyped-def]
    from eventwire.schema import Actor, Span

    text = 'Jonas Weber met residents on Friday.\n"We will not give up," he said.'
    doc = nlp(text)
    actor = Actor(id="act-9", name="Jonas Weber", kind="person", mentions=[Span(start=0, end=11, text="Jonas Weber")])
    q = one(find_quotes(doc, [actor]), "give up")
    assert q.speaker is not None and q.speaker.actor_id == "act-9"


def test_no_cue_no_quote_for_scare_quotes(nlp) -> None:  # type: ignore[no-untyped-def]
    assert run(nlp, "The so-called “peace plan” was never published by anyone.") == []


# -- helpers and stage ----------------------------------------------------------------------------
def test_quote_at(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The ceasefire is holding, army officials said on Sunday. Shops reopened."
    quotes = run(nlp, text)
    assert quote_at(quotes, text.index("holding")) == 0
    assert quote_at(quotes, text.index("Shops")) is None


def test_stage_in_pipeline() -> None:
    opts = Options(stages=("read", "parse", "actors", "quotes"))
    pipe = Pipeline.from_options(opts)
    text = (
        "Storm closes port\n"
        "HARBOURTON - The harbour master said on Monday that the port would stay closed until Thursday.\n"
        "“The waves are too high for any ship,” she told reporters."
    )
    doc = next(pipe.run_documents([ArticleInput(text=text)]))
    assert doc.error is None
    kinds = sorted(q.kind for q in doc.quotes)
    assert kinds == ["direct", "indirect"]
    direct = next(q for q in doc.quotes if q.kind == "direct")
    assert direct.speaker is not None and "harbour master" in direct.speaker.name.lower()
    assert direct.channel is not None and "reporters" in direct.channel.text
