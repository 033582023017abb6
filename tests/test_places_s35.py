"""Stop 35, helper place: which names are places (self-written sentences)."""

from __future__ import annotations

from .eventcheck import rules_on

run = rules_on("2024-05-15")


def _place_names(r) -> set[str]:  # noqa: ANN001
    return {p.name for p in r.places}


def test_an_unknown_name_after_an_indefinite_article_is_no_place() -> None:
    """indefinite-unknown: "armed with a Taser" tagged GPE has no gazetteer entry: a thing, not a place the
    events of its sentences could be set in."""
    r = run("DELTA, B.C. - The officer was the only one armed with a Taser. He said the man posed a threat.")
    assert "Taser" not in _place_names(r)
    assert "Delta" in _place_names(r)
