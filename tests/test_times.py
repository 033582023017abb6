"""Time expressions: grammar, normalisation against the publication date, value helpers, eval."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventwire.timex import find_times, is_valid_value, precision_of, to_date_range
from eventwire.timex.resolve import easter, resolve_day, resolve_month, resolve_weekday
from eventwire.timex.values import shift

from .conftest import DATA, need

PUB = "2021-08-23"  # a Monday


@pytest.fixture(scope="module")
def nlp():
    from eventwire.nlp import load_nlp

    return load_nlp("auto")


def values(text: str, published: str | None = PUB, doc=None) -> dict[str, str | None]:
    return {t.text: t.value for t in find_times(text, published, doc)}


def parsed(nlp, text: str, published: str | None = PUB) -> dict[str, str | None]:
    return values(text, published, nlp(text))


# ---------------------------------------------------------------- seed article


def test_seed_expectations(seed_record) -> None:
    got = {t.text: t for t in seed_record.times}
    text = seed_record.article.text
    assert got["Sunday 15 August"].value == "2021-08-15"
    assert got["last week"].value == "2021-W33"
    assert got["the 1980s"].value == "198X"
    assert got["September 11, 2001"].value == "2001-09-11"
    assert got["last week"].anchor == PUB
    for t in seed_record.times:
        assert text[t.start : t.end] == t.text
        assert t.text.lower() != "we"
        assert t.value is None or is_valid_value(t.value)


# ---------------------------------------------------------------- rule classes


def test_absolute_dates() -> None:
    v = values("Talks began on September 11, 2001 and on 3 March 2004; a 2019-12-31 memo; in July 1997; in 1998.")
    assert v["September 11, 2001"] == "2001-09-11"
    assert v["3 March 2004"] == "2004-03-03"
    assert v["2019-12-31"] == "2019-12-31"
    assert v["July 1997"] == "1997-07"
    assert v["1998"] == "1998"


def test_day_month_takes_the_anchor_year_or_the_previous_one() -> None:
    assert values("The ceasefire began on 15 August.")["15 August"] == "2021-08-15"
    # December after an August anchor, told in the past: last year.
    assert values("The rebels took the town on 20 December, officials said.")["20 December"] == "2020-12-20"
    # A weekday that fixes the day keeps its written date.
    assert values("since the fall of Kabul on Sunday 15 August")["Sunday 15 August"] == "2021-08-15"


def test_future_tense_points_forward(nlp) -> None:
    v = parsed(nlp, "The leaders will meet on Friday in Doha.")
    assert v["Friday"] == "2021-08-27"
    v = parsed(nlp, "The leaders met on Friday in Doha.")
    assert v["Friday"] == "2021-08-20"
    v = parsed(nlp, "Elections will be held in January.")
    assert v["January"] == "2022-01"
    v = parsed(nlp, "A summit is scheduled for October.")
    assert v["October"] == "2021-10"


def test_weekdays_resolve_to_the_most_recent_past() -> None:
    v = values("Fighting broke out on Monday and again on Thursday, and next Tuesday talks resume; last Monday too.")
    assert v["Monday"] == "2021-08-23"  # the anchor day itself
    assert v["Thursday"] == "2021-08-19"
    assert v["next Tuesday"] == "2021-08-24"  # "next" = the first one after the anchor day
    assert v["last Monday"] == "2021-08-16"


def test_relative_units() -> None:
    v = values("Last week, this month, next year and last year; yesterday and today and tomorrow.")
    assert v["Last week"] == "2021-W33"
    assert v["this month"] == "2021-08"
    assert v["next year"] == "2022"
    assert v["last year"] == "2020"
    assert v["yesterday"] == "2021-08-22"
    assert v["today"] == "2021-08-23"
    assert v["tomorrow"] == "2021-08-24"


def test_ago_and_earlier() -> None:
    v = values("Three days ago the army left; two weeks ago it came; a year earlier it had gone; several years ago.")
    assert v["Three days ago"] == "2021-08-20"
    assert v["two weeks ago"] == "2021-W32"
    assert v["a year earlier"] == "2020"
    assert v["several years ago"] == "PAST_REF"


def test_decades_centuries_seasons_quarters() -> None:
    v = values(
        "In the 1980s and the late '90s; the 20th century; last summer; the third quarter of 2020; the second half."
    )
    assert v["the 1980s"] == "198X"
    assert v["the late '90s"] == "199X"
    assert v["the 20th century"] == "19XX"
    assert v["last summer"] == "2020-SU"
    assert v["the third quarter of 2020"] == "2020-Q3"
    assert v["the second half"] == "2021-H2"


def test_durations_sets_and_vague_references() -> None:
    found = {t.text: t for t in find_times("For the past three days, 72 hours, a two-year deal; daily; every Monday; "
                                           "recently and now, in the future.", PUB)}
    assert (found["the past three days"].value, found["the past three days"].type) == ("P3D", "DURATION")
    assert found["72 hours"].value == "PT72H"
    assert found["two-year"].value == "P2Y"
    assert (found["daily"].value, found["daily"].type) == ("P1D", "SET")
    assert found["every Monday"].value == "XXXX-WXX-1"
    assert found["recently"].value == "PAST_REF"
    assert found["now"].value == "PRESENT_REF"
    assert found["the future"].value == "FUTURE_REF"


def test_modifiers_are_absorbed() -> None:
    found = {t.text: t for t in find_times("In early March, lasting more than four hours, at the end of 2020.", PUB)}
    assert found["early March"].mod == "START"
    assert found["early March"].value == "2021-03"
    assert found["the end of 2020"].mod == "END"
    assert found["more than four hours"].mod == "MORE_THAN"


def test_times_of_day() -> None:
    v = values("The blast came at 10:35 a.m. Friday; a curfew from 9 p.m.; tonight and this morning.")
    assert v["10:35 a.m. Friday"] == "2021-08-20T10:35"
    assert v["9 p.m."] == "2021-08-23T21:00"
    assert v["tonight"] == "2021-08-23TNI"
    assert v["this morning"] == "2021-08-23TMO"


def test_false_positives_are_avoided(nlp) -> None:
    text = "We may march on. We will win. May I ask? Sun and Sat. The fall of Kabul shocked 2000 troops."
    v = parsed(nlp, text)
    assert v == {}, v
    assert values("In May the party met.")["May"] == "2021-05"
    found = find_times("Born in the mid-1980s, he left in 1980s fashion.", PUB)
    assert [(t.text, t.value, t.mod) for t in found] == [("the mid-1980s", "198X", "MID"), ("1980s", "198X", None)]


def test_no_publication_date_leaves_relative_values_empty() -> None:
    found = {t.text: t for t in find_times("Rebels attacked on Friday, after a truce signed on 4 July 2021.", None)}
    assert found["Friday"].value == "XXXX-WXX-5"
    assert "publication date" in found["Friday"].reasons["value"]
    assert found["4 July 2021"].value == "2021-07-04"
    assert found["4 July 2021"].anchor is None


# ---------------------------------------------------------------- value helpers


@pytest.mark.parametrize(
    ("value", "precision", "first", "last"),
    [
        ("2021-08-15", "day", "2021-08-15", "2021-08-15"),
        ("2021-08-15T10:30", "day", "2021-08-15", "2021-08-15"),
        ("2021-W33", "week", "2021-08-16", "2021-08-22"),
        ("2021-W33-WE", "week", "2021-08-21", "2021-08-22"),
        ("2021-08", "month", "2021-08-01", "2021-08-31"),
        ("2021-SU", "season", "2021-06-01", "2021-08-31"),
        ("2021-WI", "season", "2021-12-01", "2022-02-28"),
        ("2021-Q3", "quarter", "2021-07-01", "2021-09-30"),
        ("2021", "year", "2021-01-01", "2021-12-31"),
        ("198X", "decade", "1980-01-01", "1989-12-31"),
        ("19XX", "century", "1900-01-01", "1999-12-31"),
    ],
)
def test_precision_and_range(value: str, precision: str, first: str, last: str) -> None:
    assert precision_of(value) == precision
    assert to_date_range(value) == (dt.date.fromisoformat(first), dt.date.fromisoformat(last))


@pytest.mark.parametrize("value", ["P3D", "PT2H", "PAST_REF", "XXXX-WXX-1", None, "garbage"])
def test_no_range_for_non_calendar_values(value: str | None) -> None:
    assert to_date_range(value) is None
    assert precision_of(value) is None


def test_calendar_helpers() -> None:
    a = dt.date(2021, 8, 23)
    assert shift(a, "week", -1) == "2021-W33"
    assert shift(a, "quarter", -1) == "2021-Q2"
    assert shift(dt.date(2021, 1, 10), "month", -1) == "2020-12"
    assert resolve_weekday(a, 7, None) == dt.date(2021, 8, 22)
    assert resolve_day(a, 12, 25, "future") == dt.date(2021, 12, 25)
    assert resolve_month(a, 11, "past") == "2020-11"
    assert easter(2021) == dt.date(2021, 4, 4)
    assert not is_valid_value("2021-13-WX") and is_valid_value("2021-W33-WE")


# ---------------------------------------------------------------- properties

_WORDS = st.sampled_from(
    ["May", "march", "We", "Sunday", "15", "August", "last", "week", "the", "1980s", "2001", ",", "ago", "3",
     "years", "early", "p.m.", "10:30", "next", "quarter", "third", "fall", "of", "\n", "\n\n", "mid-", "every"]
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_WORDS, max_size=25), st.sampled_from([PUB, None, "2000-02-29", "1999-12-31"]))
def test_never_crashes_and_offsets_slice(words: list[str], published: str | None) -> None:
    text = " ".join(words)
    for t in find_times(text, published):
        assert text[t.start : t.end] == t.text
        assert t.value is None or is_valid_value(t.value), t
        assert t.value is not None or t.reasons


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=200))
def test_arbitrary_text_never_crashes(text: str) -> None:
    for t in find_times(text, PUB):
        assert text[t.start : t.end] == t.text


# ---------------------------------------------------------------- stage and evaluation


def test_stage_in_pipeline_without_publication_date() -> None:
    import eventwire
    from eventwire.options import Options

    rec = eventwire.extract("Troops withdrew on Tuesday.\nThe move was agreed in the 1990s.",
                            options=Options(stages=("read", "parse", "times")))
    by_text = {t.text: t for t in rec.times}
    assert by_text["Tuesday"].value == "XXXX-WXX-2"
    assert by_text["the 1990s"].value == "199X"


def test_timeml_reader_and_scoring(tmp_path: Path) -> None:
    from eventwire.evaluation.times import Pred, read_tml, score_doc

    tml = tmp_path / "x.tml"
    tml.write_text(
        '<?xml version="1.0" ?><TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2021-08-23" '
        'functionInDocument="CREATION_TIME">2021-08-23</TIMEX3></DCT><TEXT>Rebels met <TIMEX3 tid="t1" '
        'type="DATE" value="2021-08-20">Friday</TIMEX3> for <TIMEX3 tid="t2" type="DURATION" value="P2H">'
        "two hours</TIMEX3>.</TEXT></TimeML>",
        encoding="utf-8",
    )
    gold = read_tml(tml)
    assert gold.dct == "2021-08-23"
    assert [gold.text[t.start : t.end] for t in gold.timexes] == ["Friday", "two hours"]
    preds = [Pred(t.start, t.end, t.value, t.type) for t in find_times(gold.text, gold.dct)]
    tally = score_doc(gold, preds)
    assert tally.strict.f1 == 1.0
    assert tally.value.tp == 1  # "two hours" is PT2H, the (wrong) gold says P2H
    assert tally.type_ok == 2


@pytest.mark.slow
def test_eval_timeml_floor() -> None:
    from eventwire.evaluation.times import eval_timeml
    from eventwire.options import Options

    metrics = eval_timeml(need(DATA / "time" / "aquaint"), Options(), limit=12)
    assert metrics["docs"] == 12
    assert float(metrics["value_f1"]) >= 0.70, metrics
    assert float(metrics["relaxed_f1"]) >= 0.80, metrics


def test_event_date_takes_the_governing_expression() -> None:
    from eventwire.timex import event_date

    text = "For three days rebels shelled the town. On Sunday 15 August they took Kabul. Talks go on."
    times = find_times(text, PUB)
    first_end = text.index(".") + 1
    second = (first_end + 1, text.index(".", first_end) + 1)
    d = event_date(times, *second, PUB)
    assert d is not None and (d.value, d.precision, d.text) == ("2021-08-15", "day", "Sunday 15 August")
    # A duration does not date an event: the publication date stands in, flagged as such.
    d = event_date(times, 0, first_end, PUB)
    assert d is not None and (d.value, d.precision, d.text) == (PUB, "publication", None)
    assert event_date([], 0, 10, None) is None


def test_cat_reader_rebuilds_text_and_limits_scoring(tmp_path: Path) -> None:
    from eventwire.evaluation.times import read_cat

    words = [(0, "Storm"), (0, "hits"), (1, "May"), (1, "3"), (1, ","), (1, "2010"), (2, "It"), (2, "hit"),
             (2, "on"), (2, "Sunday"), (2, ".")] + [(s, "Filler") for s in range(3, 9)] + [(9, "Monday")]
    tokens = "".join(
        f'<token number="{i}" sentence="{s}" t_id="{i + 1}">{w}</token>' for i, (s, w) in enumerate(words)
    )
    cat = tmp_path / "doc.xml"
    cat.write_text(
        f'<?xml version="1.0" ?><Document doc_id="1">{tokens}<Markables>'
        '<TIMEX3 m_id="1" type="DATE" value="2010-05-03" functionInDocument="NONE">'
        '<token_anchor t_id="3"/><token_anchor t_id="4"/><token_anchor t_id="5"/><token_anchor t_id="6"/></TIMEX3>'
        '<TIMEX3 m_id="2" type="DATE" value="2010-05-02" functionInDocument="NONE"><token_anchor t_id="10"/>'
        "</TIMEX3></Markables></Document>",
        encoding="utf-8",
    )
    gold = read_cat(cat)
    assert gold.text.startswith("Storm hits\nMay 3, 2010\nIt hit on Sunday.")
    assert gold.dct == "2010-05-03"  # no CREATION_TIME flag: the date line stands in
    assert [gold.text[t.start : t.end] for t in gold.timexes] == ["Sunday"]
    assert gold.scored_end is not None and gold.text.index("Monday") >= gold.scored_end


def test_later_and_earlier_count_from_the_story_date() -> None:
    # "later" / "earlier" are relative to the story's last date, "ago" to the publication date.
    v = values("The two leaders met in March 2019. A month later, talks collapsed; two years ago they resumed.")
    assert v["A month later"] == "2019-04"
    assert v["two years ago"] == "2019"
    v = values("Protesters marched on Monday, August 16. A day earlier, six of them had been detained.")
    assert v["A day earlier"] == "2021-08-15"
    assert values("A week later, the army left.")["A week later"] == "2021-W35"  # no story date: publication


def test_years_later_without_a_story_date_is_the_present() -> None:
    # years-later-is-now rule: counted from publication it would lie a decade in the future
    v = values("The fire at the mill still angers the town twelve years later.")
    assert v["twelve years later"] == "PRESENT_REF"
    v = values("The mill burned in 2003. Twelve years later, it reopened.")
    assert v["Twelve years later"] == "2015"


def test_an_announced_date_is_no_story_date_for_earlier() -> None:
    # "next Tuesday" lies after publication: "a day earlier" does not count from it.
    v = values("The vote is due next Tuesday. A day earlier, police had detained six protesters.")
    assert v["A day earlier"] == "2021-08-22"
