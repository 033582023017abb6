"""A march by protesters is a protest; one by troops or a lone man is not (subject_senses 'march')."""

from __future__ import annotations

import pytest

import eventwire

from .eventcheck import find, names


def run(text: str, published: str = "2025-06-02") -> eventwire.Record:
    # the rules alone (event_encoder="none"): the event head is tested in test_event_heads.py
    return eventwire.extract(text, published=published, event_encoder="none")


@pytest.mark.parametrize("text,actor", [
    ("Thousands of students marched through the capital of Tarsia on Friday.", "students"),
    ("About 600 teachers marched in Estwick on Monday to demand back pay, their union said.", "teachers"),
    ("hundreds of villagers marched through the town on monday demanding water.", "villagers"),
])
def test_a_march_of_protesters_is_a_protest(text: str, actor: str) -> None:
    [ev] = find(run(text), "PROTEST", "march")
    assert actor in names(ev.actors)


@pytest.mark.parametrize("text", [
    "Troops marched into the town of Orsk on Tuesday.",
    "He marched into the office and sat down.",
])
def test_a_march_of_soldiers_or_of_one_man_is_no_protest(text: str) -> None:
    assert not find(run(text), "PROTEST")


def test_a_dateline_parsed_as_the_subject_leaves_the_marchers_their_march() -> None:
    # "ESTWICK - About 600 teachers marched": the parser makes the dateline the subject; the teachers
    # before the verb still give the protest sense
    r = run("Teachers protest in Estwick\nESTWICK - About 600 teachers marched in Estwick on Monday to demand back "
            "pay, union leader Tomas Berg said. Police said the march was peaceful.\n")
    [ev] = find(r, "PROTEST")
    assert "teachers" in names(ev.actors)
