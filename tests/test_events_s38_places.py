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


def test_a_direction_word_sets_the_event_in_that_part_of_the_region() -> None:
    """direction-part: "in southern Wisconsin" is where the state's southern towns lie, not its centre."""
    r = run("Hundreds of protesters rallied outside a hotel in southern Wisconsin on Tuesday.")
    [hit] = find(r, "PROTEST", "rallied")
    assert hit.place is not None and hit.place.lat is not None and hit.place.lat < 43.6
    plain = run("Hundreds of protesters rallied outside a hotel in Wisconsin on Tuesday.")
    [hit] = find(plain, "PROTEST", "rallied")
    assert hit.place is not None and hit.place.lat is not None and hit.place.lat > 44.0


def test_part_point_and_direction_words() -> None:
    """direction-part: the part's point is the median of the third of the region's towns farthest that way;
    "north-west" split by the tokenizer still reads as one direction; too few towns keep the centre."""
    from eventwire.gazetteer.parts import direction_of, part_point

    grid = [(float(lat), float(lon)) for lat in range(10) for lon in range(10)]
    south = part_point(grid, "southern")
    assert south is not None and south[0] < 3
    northwest = part_point(grid, "northwest")
    assert northwest is not None and northwest[0] > 5 and northwest[1] < 4
    assert part_point(grid[:5], "southern") is None
    assert direction_of(["north", "-", "west"]) == "northwest"
    assert direction_of(["South-eastern"]) == "southeastern"
    assert direction_of(["central"]) is None


def test_a_country_that_only_owns_a_noun_is_not_the_setting() -> None:
    """owner-country-apart: "killed in the attacks on a U.S. diplomatic compound in Benghazi" is in Benghazi, not the United States;
    "on U.S. soil" is ground, and a country that is the only place stays."""
    r = run("Four aid workers were killed in the attacks on a U.S. diplomatic compound in Benghazi.")
    [hit] = find(r, "ASSAULT", "killed")
    assert hit.place is not None and hit.place.name == "Benghazi"
    alone = run("Gunmen stormed a U.S. consulate on Tuesday.")
    [hit] = find(alone, "ASSAULT", "stormed")
    assert hit.place is not None and hit.place.country == "USA"


def test_a_home_street_is_not_the_place_of_the_sentence() -> None:
    """residence-age / unknown-name-apart: "the 52-year-old, of Mill Lane, was jailed" names the man's home
    street; the event falls back to the story's town, while "was stabbed on Mill Lane" is set there."""
    from eventwire.events.setting import residence
    from eventwire.nlp import load_nlp

    doc = load_nlp()("The 52-year-old, of Mill Lane, was jailed for six years.")
    lane = next(t for t in doc if t.text == "Lane")
    assert residence(lane)
    doc = load_nlp()("The man was stabbed on Mill Lane.")
    lane = next(t for t in doc if t.text == "Lane")
    assert not residence(lane)


def test_a_debate_from_a_city_is_held_there() -> None:
    """passing-place-broadcast: "the debate from Detroit" is where the debate was, not a place one came from
    ("fruit imported from Chile" still is)."""
    from eventwire.document import Document
    from eventwire.events.setting import _origin
    from eventwire.nlp import load_nlp

    for text, city, origin in (
        ("The televised debate from Detroit opened with a clash.", "Detroit", False),
        ("The grocer sold fruit imported from Chile.", "Chile", True),
    ):
        doc = load_nlp()(text)
        d = Document.__new__(Document)
        d.doc = doc
        start = text.index(city)
        assert _origin(d, start, start + len(city)) is origin
