"""Stop 30, helper r3: general patterns seen on unseen US local news (courts, police, local politics).
Real pipeline, self-written sentences (invented people; real towns only where the gazetteer must know them)."""

from __future__ import annotations

import eventwire

from .eventcheck import find


def run(text: str, published: str | None = "2024-05-15") -> eventwire.Record:  # a Wednesday
    return eventwire.extract(text, published=published)


def test_a_legislators_party_district_tag_is_no_place_of_the_event() -> None:
    # "Sen. X, R-Pinecrest," gives the lawmaker's party and district: the support is not set there
    r = run("SPRINGVILLE -- Sen. Tom Barlow, R-Westfield, said he would support the plan.")
    [ev] = find(r, "SUPPORT")
    assert ev.place is None or not ev.place.name.startswith("Westfield")
