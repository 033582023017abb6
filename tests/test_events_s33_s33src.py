"""Stop 33, helper s33src: according to whom (an event's source, quote speakers) and status (self-written sentences)."""

from __future__ import annotations

import eventwire

from .eventcheck import find_in as find
from .eventcheck import rules_on

run = rules_on("2024-05-15")


def _quote_with(record: eventwire.schema.Record, word: str) -> eventwire.schema.Quote:
    [q] = [q for q in record.quotes if word in q.text]
    return q


def test_a_title_with_its_name_and_no_comma_speaks_as_the_named_person() -> None:
    """juxtaposed-name: "Democratic mayoral candidate Lena Marsh on Friday posted ..." parsed with the name in
    apposition to the title: the speaker is the named person, written with the name, not the title alone."""
    text = (
        "Marsh post angers rivals.\n\n"
        "DENVER - Democratic mayoral candidate Lena Marsh on Friday posted a video of her rival beside the words "
        "\"the worst landlord in town\" prompting anger among his supporters.\n\n"
        "\"I stand by every word,\" Marsh said later."
    )
    r = eventwire.extract(text, published="2024-05-15", event_encoder="none")
    for q in r.quotes:
        if q.speaker is not None:
            assert q.speaker.name.lower() not in ("democratic mayoral candidate", "mayoral candidate"), q.speaker


def test_it_said_after_a_statement_is_the_statement_not_a_victim_in_its_own_content() -> None:
    """pronoun-outside-content: "Two guards were hurt and the attackers fled, it said": the speaker "it" refers
    back to the statement quoted before, never to a noun inside its own reported content."""
    r = run(
        "A patrol came under fire near the border town of Ravel on Sunday, said a statement by the national "
        "police directorate. Two guards were wounded and the attackers fled in a truck, it said."
    )
    q = _quote_with(r, "Two guards")
    assert q.speaker is not None
    assert "guards" not in q.speaker.name.lower() and "attackers" not in q.speaker.name.lower()
    [hurt] = find(r, "ASSAULT", "Two guards")
    assert hurt.source is None or "guards" not in hurt.source.name.lower()


def test_a_headline_phrase_is_never_the_antecedent_of_a_speaker_pronoun() -> None:
    """headline-no-speaker: a title-case headline ("UN Envoy Condemns Korva Attack …") is no
    person to which a later "he said" can point."""
    text = (
        "UN Envoy Condemns Korva Attack that Killed One Guard. \u201cSuch incidents are raising tensions in a fragile "
        "region,\u201d he said in a statement. \u201cThe authorities are still investigating.\u201d"
    )
    r = eventwire.extract(text, published="2024-05-15", event_encoder="none")
    for q in r.quotes:
        if q.speaker is not None:
            assert "condemns" not in q.speaker.name.lower() and "attack" not in q.speaker.name.lower(), q.speaker


def _title_name_doc():  # type: ignore[no-untyped-def]
    """ "Republican mayoral candidate Lena Marsh on Friday posted an image." with the parse that sets the name in
    apposition to the title (as the tagger does after a dateline), built by hand so the test does not hang on it."""
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    words = ["Republican", "mayoral", "candidate", "Lena", "Marsh", "on", "Friday", "posted", "an", "image", "."]
    heads = [2, 2, 7, 4, 2, 7, 5, 7, 9, 7, 7]
    deps = ["amod", "amod", "nsubj", "compound", "appos", "prep", "pobj", "ROOT", "det", "dobj", "punct"]
    pos = ["ADJ", "ADJ", "NOUN", "PROPN", "PROPN", "ADP", "PROPN", "VERB", "DET", "NOUN", "PUNCT"]
    spaces = [True] * 9 + [False, False]
    doc = Doc(Vocab(), words=words, spaces=spaces, heads=heads, deps=deps, pos=pos,
              ents=["O", "O", "O", "B-PERSON", "I-PERSON", "O", "B-DATE", "O", "O", "O", "O"])
    return doc


def test_the_name_after_a_title_is_in_the_speaker_phrase_and_names_the_speaker() -> None:
    """juxtaposed-name: the speaker phrase of "candidate Lena Marsh" keeps the name, and a role actor for the
    title resolves to the named person."""
    from eventwire.quotes.speakers import Resolver, juxtaposed_name, np_bounds
    from eventwire.schema import Actor, Span

    doc = _title_name_doc()
    head = doc[2]
    name = juxtaposed_name(head)
    assert name is not None and name.i == 4
    start, end = np_bounds(head)
    assert doc[start:end].text == "Republican mayoral candidate Lena Marsh"
    text = doc.text
    role = Actor(id="a1", name="Republican mayoral candidate", kind="role",
                 mentions=[Span(start=0, end=28, text=text[0:28])])
    person = Actor(id="a2", name="Lena Marsh", kind="person", mentions=[Span(start=29, end=39, text=text[29:39])])
    res = Resolver(doc, [role, person], [], text).resolve(head, (start, end))
    assert res.name == "Lena Marsh" and res.actor_id == "a2"


def test_a_relative_pronoun_reporter_stands_for_the_noun_it_hangs_on() -> None:
    """relative-source: "a statement by the defence minister which said that rebels had attacked a convoy":
    the source is the statement (or the minister who made it), never the bare "which"."""
    r = run(
        "The governor was reacting to a statement by the defence minister which said that rebels had attacked "
        "an army convoy near Ravel."
    )
    [hit] = find(r, "ASSAULT", "convoy")
    assert hit.source is not None and hit.source.name.lower() not in ("which", "that", "who")
    assert "statement" in hit.source.name.lower() or "minister" in hit.source.name.lower()


def test_a_police_spokesman_named_by_his_title_reports_fact() -> None:
    """reporter-title: "city police spokesman Lev Arno said" reports a shooting he is no party to: the source
    resolves to the name, but the phrase it is written with makes it an authority, so the event is asserted."""
    r = run("Gunmen shot dead two men at a market in Ravel on Friday, city police spokesman Lev Arno said.")
    [shot] = find(r, "ASSAULT", "Gunmen")
    assert shot.source is not None and "arno" in shot.source.name.lower()
    assert shot.status == "asserted"


def test_a_rank_before_the_name_at_first_mention_makes_a_later_bare_name_an_authority() -> None:
    """reporter-title: "Captain Roy Mercer" introduced once; "Mercer said" later reports as the police captain."""
    r = run(
        "Police were called to a bar on Main Street on Sunday night, Captain Roy Mercer said. "
        "A man stabbed a waiter during an argument, Mercer said."
    )
    [hit] = find(r, "ASSAULT", "stabbed")
    assert hit.source is not None and "mercer" in hit.source.name.lower()
    assert hit.status == "asserted"


def test_an_activist_named_by_his_title_still_claims() -> None:
    """reporter-title reads only authority words: "opposition activist Lev Arno said" stays a claim."""
    r = run("Soldiers attacked a crowd in Ravel on Friday, opposition activist Lev Arno said.")
    [hit] = find(r, "ASSAULT", "Soldiers")
    assert hit.status == "claimed"
