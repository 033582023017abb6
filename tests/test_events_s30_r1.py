"""Stop 30, helper r1: general patterns seen on unseen wire news (self-written sentences)."""

from __future__ import annotations

import eventwire
from eventwire.options import Options
from eventwire.pipeline import get_pipeline
from eventwire.schema import Event


def _sentences(text: str) -> list[str]:
    pipe = get_pipeline(Options(stages=("read", "parse")))
    doc = next(pipe.run_documents([eventwire.ArticleInput(text=text)]))
    assert doc.doc is not None
    return [" ".join(s.text.split()) for s in doc.doc.sents]


def test_a_hard_wrapped_sentence_stays_one_sentence() -> None:
    """soft-wrap: a wire story wrapped at a fixed width breaks lines inside sentences; a line that ends
    with no sentence-final mark and goes on in lower case, or a long line ending in a lower-case word, is
    one sentence with the next line (the event and its evidence are no longer cut in two)."""
    text = (
        "Rebels of the Northern Front attacked an army convoy near the town of Keldor on Monday, killing three\n"
        "            soldiers and wounding several others, the regional governor said on Tuesday in a statement.\n"
        "            The governor of Valdane province said the convoy had been carrying food and fuel to a base in\n"
        "            Marrow, which lies on the road between Keldor and the coast.\n"
        "            Officials said the army would respond.\n"
    )
    sents = _sentences(text)
    assert any(s.startswith("Rebels of the Northern Front") and "soldiers and wounding" in s for s in sents)
    assert any(s.startswith("The governor of Valdane") and s.endswith("coast.") for s in sents)


def test_a_heading_line_stays_its_own_sentence() -> None:
    """A short heading with no final mark, or a long title-case heading, still starts no sentence with the
    line below it."""
    text = (
        "Convoy ambushed near Keldor\n"
        "Rebels attacked an army convoy near Keldor on Monday, officials said.\n"
        "9:26PM Rebel Leader Says The Northern Front Will Not Lay Down Its Arms Before The Vote\n"
        "Rebel leader Oran Teska said on Monday that his fighters would keep their weapons.\n"
    )
    sents = _sentences(text)
    assert sents[0] == "Convoy ambushed near Keldor"
    assert any(s.startswith("Rebel leader Oran Teska") for s in sents)


def _events(text: str) -> list[Event]:
    pipe = get_pipeline(Options(event_encoder="none"))  # the rules alone: the event head is tested in test_event_heads.py
    doc = next(pipe.run_documents([eventwire.ArticleInput(text=text, published="2024-05-02")]))
    return list(doc.events)


def test_animals_plants_and_falling_trees_are_no_parties() -> None:
    """natural-agent: an animal, a plant or a falling tree that 'explodes', 'poses a threat', 'provides
    shelter' or kills someone is no party acting: no event. People who act stay."""
    for text in (
        "In a pond near Varnholm, more than 1,000 toads have swollen and then exploded.",
        "Gulls could pose a threat to the farms of Varnholm, the inspector said.",
        "The bushes, which provide shelter for the birds, were planted last year.",
        "A woman was killed and five others were injured when a large oak tree fell on a wedding party in a "
        "park in Varnholm on Saturday, police said.",
    ):
        assert _events(text) == [], text
    kept = _events("Two farmers were killed in Varnholm on Saturday when gunmen opened fire on their truck, police said.")
    assert any(e.type == "ASSAULT" for e in kept)


def test_an_event_noun_with_no_party_is_background() -> None:
    """protest-without-protesters, for every type that may stand without parties: an arrest or deployment
    noun, or a participle standing for victims ('the injured'), with neither a doer nor a target and not
    told as happening, refers to a happening told elsewhere: no event. One told as happening ('there was a
    shooting', 'clashes broke out') stays, and so does an attack noun ('the Orlando shooting')."""
    for text in (
        "Four of the injured suffered cuts and bruises, officials in Varnholm said.",
        "Four of the injured suffered scrapes and bruises, officials in Varnholm said.",
        "A lawyer for the men described the arrests as a mistake, speaking in Varnholm on Tuesday.",
    ):
        assert _events(text) == [], text
    for text in (
        "There was a shooting outside a bar in Varnholm on Tuesday night, police said.",
        "Clashes broke out in the old town of Varnholm on Tuesday.",
    ):
        assert any(e.type in ("ASSAULT", "PROTEST") for e in _events(text)), text


def test_a_narrow_win_is_no_beating() -> None:
    """contest-adverb: 'narrowly beat', 'comfortably beat' tell a win in a vote or a game ('Oran Teska
    narrowly beat Mira Vell in Valdane'), no violence; 'police beat the protesters' stays an attack."""
    assert not [e for e in _events("Oran Teska narrowly beat Mira Vell in Valdane, but two observers say the count was flawed.")
                if e.type == "ASSAULT"]
    assert any(e.type == "ASSAULT" for e in _events("Police beat the protesters outside the parliament in Valdane on Monday."))


def test_a_party_named_across_a_wrapped_line_has_one_space_between_words() -> None:
    """A party's name read from a hard-wrapped line break ("members of the\\n    security forces") is
    written with single spaces."""
    text = (
        "Gunmen of the Northern Front opened fire on a checkpoint near Keldor on Monday, wounding three members of the\n"
        "            security forces, the regional governor of Valdane province said on Tuesday.\n"
    )
    names = [a.name for e in _events(text) for a in [*e.actors, *e.recipients]]
    assert names and all("\n" not in n and "  " not in n for n in names), names
