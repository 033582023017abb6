"""The seed article (read from ../shared, skipped when absent): its six direct quotes and the reported
speech of the four sources the issue names, with speakers resolved through pronouns/descriptions."""

from __future__ import annotations

import pytest

from eventwire.document import ArticleInput, Document
from eventwire.options import Options
from eventwire.pipeline import Pipeline
from eventwire.schema import Quote


@pytest.fixture(scope="module")
def seed_doc(seed_text: str) -> Document:
    pipe = Pipeline.from_options(Options(stages=("read", "parse", "actors", "quotes")))
    doc = next(pipe.run_documents([ArticleInput(text=seed_text, published="2021-08-23")]))
    assert doc.error is None
    return doc


def _speaker(q: Quote) -> str:
    return q.speaker.name if q.speaker is not None else ""


def _main_person(doc: Document) -> str:
    """The person the article introduces first (the son, not the father)."""
    assert doc.doc is not None
    persons = [e.text for e in doc.doc.ents if e.label_ == "PERSON" and len(e) == 2]
    assert persons
    return persons[0]


def test_six_direct_quotes_all_by_the_main_person(seed_doc: Document) -> None:
    main = _main_person(seed_doc)
    direct = [q for q in seed_doc.quotes if q.kind == "direct"]
    assert len(direct) == 6
    assert all(_speaker(q) == main for q in direct), [(_speaker(q), q.text[:30]) for q in direct]
    # pronoun and "the man who …" attributions record what the text actually says
    forms = sorted(q.speaker.resolved_from.text.split()[0].lower() for q in direct if q.speaker and q.speaker.resolved_from)
    assert forms.count("he") == 5 and forms.count("the") == 1


def test_quote_actor_ids_point_to_the_main_person(seed_doc: Document) -> None:
    main = _main_person(seed_doc)
    ids = {a.id for a in seed_doc.actors if a.name == main}
    direct = [q for q in seed_doc.quotes if q.kind == "direct"]
    if ids:  # the actors stage knows the person: every direct quote links to that actor
        assert all(q.speaker and q.speaker.actor_id in ids for q in direct)


def test_reported_speech_sources(seed_doc: Document) -> None:
    main = _main_person(seed_doc)
    indirect = [q for q in seed_doc.quotes if q.kind == "indirect" and q.cue is not None and q.cue.text == "said"]
    names = [_speaker(q) for q in indirect]
    # the Taliban official, the aide (who stays the aide) and the Taliban statement
    assert any("official" in n and "Taliban" in n for n in names), names
    aides = [n for n in names if "aide" in n.lower()]
    assert aides and all(n != main for n in aides)
    statements = [q for q in indirect if "statement" in _speaker(q)]
    assert len(statements) == 1
    taliban = {a.id for a in seed_doc.actors if a.name == "Taliban"}
    if taliban:
        assert statements[0].speaker is not None and statements[0].speaker.actor_id in taliban
    # the main person's own reported speech; nothing is attributed to the father
    assert sum(n == main for n in names) >= 5
    assert not any("Shah" in n for n in names + [_speaker(q) for q in seed_doc.quotes])


def test_channels(seed_doc: Document) -> None:
    channels = [q.channel.text for q in seed_doc.quotes if q.channel is not None]
    assert any("Reuters by telephone" in c for c in channels), channels
    assert any(c == "in an editorial" for c in channels), channels
    assert any("Washington Post editorial" in c for c in channels), channels
