"""Stop 38, helper places: where events happened and the toponyms behind them (self-written sentences)."""

from __future__ import annotations

from .eventcheck import find_in as find
from .eventcheck import rules_on

run = rules_on("2024-05-15")


def test_an_event_without_a_place_is_where_the_sentence_before_sets_the_story() -> None:
    """narrative-place: "a fire broke out at a farmhouse in Sandusky, Ohio ... Deputies arrested two men" is in
    Sandusky, not at large in the state the story names most."""
    r = run(
        "Ohio officials are worried about rural arson. Ohio lawmakers met on it last year. "
        "On Monday a fire destroyed a farmhouse in Sandusky, Ohio. "
        "Deputies arrested two men on Monday evening."
    )
    [hit] = find(r, "COERCE", "arrested")
    assert hit.place is not None and hit.place.name == "Sandusky"
    assert "narrative-place" in hit.reasons.get("place", "")


def test_a_home_in_the_sentence_before_sets_no_place() -> None:
    """narrative-place takes a setting ("in X"), not a person's home ("Jim Lee, 39, of X")."""
    r = run(
        "Ohio officials are worried about rural arson. Ohio lawmakers met on it last year. "
        "The farmer, Jim Lee, 39, of Sandusky, lost his barn on Monday. "
        "Deputies arrested two men on Monday evening."
    )
    [hit] = find(r, "COERCE", "arrested")
    assert hit.place is None or hit.place.name != "Sandusky"


def test_a_place_of_another_day_sets_no_place() -> None:
    """narrative-place: the sentence before tells another happening when its date disagrees ("Last year ... in
    X. On Monday, deputies arrested ...")."""
    r = run(
        "Ohio officials are worried about rural arson. Ohio lawmakers met on it last year. "
        "In March 2022 a fire destroyed a farmhouse in Sandusky, Ohio. "
        "Deputies arrested two men on Monday."
    )
    [hit] = find(r, "COERCE", "arrested")
    assert hit.place is None or hit.place.name != "Sandusky"


def test_a_perfect_tells_a_background_place_not_the_scene() -> None:
    """narrative-place-background: "had worked ten years at a school in X" is the person's past, not where the
    story goes on."""
    r = run(
        "Ohio officials are worried about rural arson. Ohio lawmakers met on it last year. "
        "The new fire chief had worked for ten years at a station in Sandusky, Ohio. "
        "Deputies arrested two men on Monday evening."
    )
    [hit] = find(r, "COERCE", "arrested")
    assert hit.place is None or hit.place.name != "Sandusky"



def test_two_neighbouring_towns_support_each_other() -> None:
    """support-near: two names that can lie within a few kilometres of each other ("Edmonton" and "Enfield", in
    north London) are those neighbours, not a Kentucky village and a Connecticut town."""
    r = run(
        "The parish church in Edmonton opens its doors to rough sleepers this winter. "
        "It is one of seven churches in Enfield running the night shelter."
    )
    by_name = {p.name: p for p in r.places}
    edmonton = by_name["Edmonton"]
    assert edmonton.country == "GBR"
