"""The article reader: headline, dateline, publication date, boilerplate — offsets into the original."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire.document import ArticleInput
from eventwire.errors import InputError
from eventwire.options import Options
from eventwire.stages.parse import chunk_bounds
from eventwire.stages.reader import read_article

OPTS = Options()


def read(text: str, **kw: Any):
    return read_article(ArticleInput(text=text, **kw), OPTS)


def test_headline_and_plain_dateline() -> None:
    text = "Rebels Seize Border Town\nBAMAKO - Armed men seized the town of Menaka on Friday, officials said.\n"
    art, analysis, _ = read(text)
    assert art.title == "Rebels Seize Border Town"
    assert art.title_span is not None and text[art.title_span.start : art.title_span.end] == art.title
    assert art.dateline == "BAMAKO"
    assert art.dateline_span is not None
    assert text[art.dateline_span.start : art.dateline_span.end] == "BAMAKO"
    assert text[art.body_start :].startswith("Armed men")
    assert analysis == text


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("KABUL (Reuters) - The ministry said on Monday that talks resumed.", "KABUL"),
        ("WASHINGTON, Aug 23 (Reuters) - Officials met on Monday.", "WASHINGTON"),
        ("NEW DELHI: The police arrested four men in the old city.", "NEW DELHI"),
        ("Kabul, Afghanistan (AP) — Gunmen attacked a checkpoint overnight.", "Kabul"),
        ("SAN JOSE, Costa Rica — Farmers blocked a highway to protest prices.", "SAN JOSE"),
    ],
)
def test_dateline_variants(line: str, place: str) -> None:
    text = "Headline Words Here\n" + line
    art, _, _ = read(text)
    assert art.dateline == place
    assert art.dateline_span is not None
    assert text[art.dateline_span.start : art.dateline_span.end] == place


def test_no_false_dateline_or_headline_in_plain_prose() -> None:
    text = "Officials said on Monday that talks would resume. The ministry gave no date for them."
    art, _, _ = read(text)
    assert art.title is None
    assert art.dateline is None
    assert art.body_start == 0


def test_mixed_case_lead_is_not_a_dateline() -> None:
    art, _, _ = read("Title Here\nThe President - who spoke late - said little.\n")
    assert art.dateline is None


def test_dateline_date_gives_publication_date_only_with_year() -> None:
    art, _, _ = read("Some Headline\nLONDON, March 3, 2020 (Reuters) - Markets fell.")
    assert art.published == "2020-03-03"
    assert art.published_source == "dateline"


def test_published_line_under_headline() -> None:
    text = "Floods Hit Valley\nPublished: 12 July 2023\nHeavy rain flooded villages on Tuesday."
    art, _, _ = read(text)
    assert art.published == "2023-07-12"
    assert art.published_source == "text"
    assert text[art.body_start :].startswith("Heavy rain")


def test_metadata_date_wins_over_text() -> None:
    art, _, _ = read("Floods Hit Valley\nPublished: 12 July 2023\nRain fell.", published="2023-07-13")
    assert art.published == "2023-07-13"
    assert art.published_source == "metadata"


def test_boilerplate_blanked_not_removed() -> None:
    text = (
        "Talks Resume\nGENEVA - Delegations met on Monday.\nSEE ALSO:\nRead more: other story\n"
        "Share this article\nThe talks continue on Tuesday.\nAdvertisement\n"
    )
    art, analysis, _ = read(text)
    assert len(analysis) == len(text)
    excluded = [s.text for s in art.excluded]
    assert excluded == ["SEE ALSO:", "Read more: other story", "Share this article", "Advertisement"]
    for span in art.excluded:
        assert text[span.start : span.end] == span.text
        assert analysis[span.start : span.end].strip() == ""
    assert "The talks continue on Tuesday." in analysis
    assert [i for i, c in enumerate(text) if c == "\n"] == [i for i, c in enumerate(analysis) if c == "\n"]


def test_content_line_mentioning_share_is_kept() -> None:
    text = "Markets\nShares in the company fell 5% after the ministry announced a probe into its accounts."
    art, _, _ = read(text)
    assert art.excluded == []


@pytest.mark.parametrize("bad", ["", "   \n\t ", "abc\x00def"])
def test_bad_text_rejected(bad: str) -> None:
    with pytest.raises(InputError):
        read(bad)


def test_bad_published_date_rejected() -> None:
    with pytest.raises(InputError):
        read("Text of an article.", published="not a date")


@given(st.text(min_size=1, max_size=400))
@settings(max_examples=150, deadline=None)
def test_reader_offsets_always_slice_original(text: str) -> None:
    try:
        art, analysis, _ = read(text)
    except InputError:
        return
    assert len(analysis) == len(text)
    for span in [art.title_span, art.dateline_span, *art.excluded]:
        if span is not None:
            assert text[span.start : span.end] == span.text
    assert 0 <= art.body_start <= len(text)


@given(st.text(min_size=0, max_size=3000), st.integers(min_value=1000, max_value=1500))
@settings(max_examples=100, deadline=None)
def test_chunk_bounds_cover_text_exactly(text: str, size: int) -> None:
    bounds = chunk_bounds(text, size)
    assert "".join(text[s:e] for s, e in bounds) == text
    assert all(e - s <= size for s, e in bounds)


@pytest.mark.parametrize(
    "text",
    [
        "Die Regierung hat am Montag angekündigt, dass die Verhandlungen mit den Rebellen im Norden des "
        "Landes fortgesetzt werden sollen. Der Minister sagte, man sei zuversichtlich, dass eine Einigung "
        "noch vor dem Ende des Monats erreicht werden könne, obwohl die Kämpfe weitergehen.",
        "أعلنت الحكومة يوم الاثنين أن المفاوضات مع المتمردين في شمال البلاد ستستأنف الأسبوع المقبل "
        "وقال الوزير إنه متفائل بإمكانية التوصل إلى اتفاق قبل نهاية الشهر رغم استمرار القتال في المنطقة "
        "وأضاف أن الوفد سيصل إلى العاصمة يوم الخميس لإجراء محادثات مع ممثلي الأمم المتحدة والجهات المانحة",
    ],
)
def test_non_english_is_rejected_with_reason(text: str) -> None:
    with pytest.raises(InputError, match="not in English"):
        read(text)


def test_lowercase_mojibake_english_is_accepted() -> None:
    text = (
        "lucknow: the police arrested two men on saturday after a clash near the market, officials said. "
        "the men were taken to the station and questioned about the incident, which left three people "
        "injured. â€œwe will take strict action,â€ said the superintendent of police."
    )
    art, _, _ = read(text)
    assert art.language == "en"
