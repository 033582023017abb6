"""The small steps of the article reader (eventwire.stages.reader) one at a time: boilerplate lines,
headline, publication-date lines, dateline."""

from __future__ import annotations

import pytest

from eventwire.errors import InputError
from eventwire.stages import reader as r


def nonempty(text: str) -> list[r._Line]:
    return [ln for ln in r._lines(text) if ln.text.strip()]


def test_boilerplate_lines_are_spans_of_the_original() -> None:
    text = "Headline Here\nAdvertisement\nThe council met on Monday.\n  Share this story  \n"
    excluded, published = r._boilerplate(text, nonempty(text))
    assert [sp.text for sp in excluded] == ["Advertisement", "Share this story"]
    assert all(text[sp.start : sp.end] == sp.text for sp in excluded)
    assert published is None


def test_an_editors_note_is_boilerplate_whatever_its_length() -> None:
    """editor-note: the outlet's standing comment on a story is no news (no events come from it)."""
    note = ("Editor’s note: The governor is a serial liar and bully who has repeatedly vowed to ban all unions "
            "from the state, to fire every teacher who strikes and to close the capital's newspapers for good.")
    text = f"Headline Here\nThe council met on Monday.\n{note}\nEditors note: corrected.\n"
    excluded, _ = r._boilerplate(text, nonempty(text))
    assert [sp.text for sp in excluded] == [note, "Editors note: corrected."]
    text = "Headline Here\nThe editor's note said the mayor resigned.\n"
    assert r._boilerplate(text, nonempty(text))[0] == []


def test_story_from_line_gives_the_date_and_is_excluded() -> None:
    text = "This story is from March 12, 2002\nThe police arrested four men.\n"
    excluded, published = r._boilerplate(text, nonempty(text))
    assert published == "2002-03-12"
    assert [sp.text for sp in excluded] == ["This story is from March 12, 2002"]


def test_story_from_counts_only_on_the_first_line() -> None:
    text = "The police arrested four men.\nThis story is from March 12, 2002\n"
    excluded, published = r._boilerplate(text, nonempty(text))
    assert published is None and excluded == []


def test_headline_keeps_a_given_title_unless_it_is_the_line() -> None:
    text = "Rebels Seize Border Town\nArmed men seized the town on Friday.\n"
    lines = nonempty(text)
    title, span, body_idx = r._headline(text, lines, None)
    assert title == "Rebels Seize Border Town" and span is not None and body_idx == 1
    assert r._headline(text, lines, "Another Title")[0] == "Another Title"
    assert r._headline(text, lines, " Rebels Seize Border Town ")[0] == "Rebels Seize Border Town"
    assert r._headline(text, lines[1:], "Given") == ("Given", None, 0)  # one line: no headline


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("Published: 23 August 2021", "2021-08-23"),
        ("Updated: 2021-08-24", "2021-08-24"),
        ("August 23, 2021", "2021-08-23"),
        ("The talks resumed on August 23, 2021 after a long pause in Doha.", None),  # prose, not a date line
        ("KABUL, Aug 23, 2021 (Reuters) - Talks resumed.", None),
    ],
)
def test_published_line_date(line: str, date: str | None) -> None:
    assert r._published_line_date(line) == date


def test_published_offer_keeps_the_first_date() -> None:
    p = r._Published(None, "none")
    p.offer(None, "text")
    assert (p.value, p.source) == (None, "none")
    p.offer("2021-08-23", "text")
    p.offer("2020-01-01", "dateline")
    assert (p.value, p.source) == ("2021-08-23", "text")


def test_skip_published_lines_stops_at_the_body() -> None:
    text = "Headline Words Here\nPublished: 23 August 2021\nThe council met on Monday.\n"
    p = r._Published(None, "none")
    assert r._skip_published_lines(nonempty(text), 1, p) == 2
    assert (p.value, p.source) == ("2021-08-23", "text")


def test_dateline_with_agency_and_date() -> None:
    text = "WASHINGTON, Aug 23, 2021 (Reuters) - Officials met on Monday.\n"
    d = r._dateline(text, r._lines(text)[0])
    assert d.place == "WASHINGTON" and d.span is not None and text[d.span.start : d.span.end] == "WASHINGTON"
    assert d.body_start is not None and text[d.body_start :].startswith("Officials")
    assert d.date == "2021-08-23"


def test_lower_cased_dateline_only_in_lower_cased_text() -> None:
    text = "lucknow: the police arrested four men in the old city on monday night.\n"
    d = r._dateline(text, r._lines(text)[0])
    assert d.place == "lucknow" and d.body_start is not None and text[d.body_start :].startswith("the police")
    prose = "Officials said on Monday that talks would resume.\n"
    assert r._dateline(prose, r._lines(prose)[0]) == r._Dateline()


def test_check_english_refuses_other_languages() -> None:
    r._check_english("The council met on Monday and agreed to reopen the bridge next week.")
    with pytest.raises(InputError, match="not in English"):
        r._check_english(
            "Die Regierung hat am Montag angekündigt, dass die Verhandlungen mit den Rebellen im Norden des "
            "Landes fortgesetzt werden sollen. Der Minister sagte, man sei zuversichtlich, dass eine Einigung "
            "noch vor dem Ende des Monats erreicht werden könne, obwohl die Kämpfe weitergehen."
        )
