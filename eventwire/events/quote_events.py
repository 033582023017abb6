"""Statements as events: a quote whose content criticises, accuses or condemns is an ACCUSE by its speaker.

PLOVER codes verbal conflict by who says it: "Donald Trump is a disgusting fraud, Butterfield said" is an
ACCUSE (disapprove) by Butterfield against Trump, though no trigger word names it. For every quote with a
resolved speaker whose sentences hold no verbal event of that speaker yet, the sentence classifier's
CAMEO pentaclass scores over the quote's content decide: verbal conflict at least ``MIN_CONFLICT`` and above
the cooperation classes makes an ACCUSE; the recipient is the first actor named in the content other than
the speaker. The rule's name and the score go into ``reasons``. Switched by ``quote_events`` in
``data/events/assembly.json`` (off by default; an overlay file turns it on).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..doccache import sentences
from ..document import Document
from ..schema import EventActor, Quote

if TYPE_CHECKING:
    from spacy.tokens import Span

    from .extract import Draft
    from .lexicon import Lexicon

MIN_CONFLICT = 0.3
SPEAKER_PRONOUNS = frozenset({"he", "she", "they", "i", "we", "it", "you", "who"})


def _sentences(d: Document, start: int, end: int) -> list[Span]:
    assert d.doc is not None
    return [s for s in sentences(d.doc) if s.start_char < end and s.end_char > start]


def _conflict_score(scores: dict[int, dict[str, dict[str, float]]], sents: list[Span]) -> tuple[float, float]:
    best_conflict, coop = 0.0, 0.0
    for s in sents:
        quad = scores.get(s.start_char, {}).get("quad")
        if quad is None:
            continue
        if quad.get("3", 0.0) > best_conflict:
            best_conflict = quad.get("3", 0.0)
            coop = quad.get("1", 0.0) + quad.get("2", 0.0)
    return best_conflict, coop


def _recipient(d: Document, q: Quote, speaker: EventActor) -> EventActor | None:
    """The first actor named inside the quote's content that is not the speaker."""
    from .frames import _actor_for_span

    assert d.doc is not None
    content = d.doc.char_span(q.start, q.end, alignment_mode="expand")
    if content is None:
        return None
    for ent in content.ents:
        if ent.label_ not in ("PERSON", "ORG", "NORP", "GPE"):
            continue
        actor = _actor_for_span(d, ent.start_char, ent.end_char)
        if actor.name.lower() != speaker.name.lower() and (not speaker.actor_id or actor.actor_id != speaker.actor_id):
            return actor
    return None


def quote_drafts(
    d: Document, drafts: list[Draft], scores: dict[int, dict[str, dict[str, float]]], lex: Lexicon
) -> list[Draft]:
    """New ACCUSE drafts for critical quotes that no trigger covered."""
    from .assemble import assembly_data
    from .extract import Draft
    from .frames import _actor_for_span

    settings = assembly_data().quote_events  # cached per overlay, not re-read for every document
    if d.doc is None or not settings.get("enabled", False):
        return []
    min_conflict = float(settings.get("min_conflict", MIN_CONFLICT))
    out: list[Draft] = []
    for q in d.quotes:
        sp = q.speaker
        if sp is None or not sp.name or sp.name.lower() in SPEAKER_PRONOUNS or q.cue is None:
            continue
        span = (min(q.start, q.cue.start), max(q.end, q.cue.end))
        sents = _sentences(d, *span)
        if not sents:
            continue
        covered = [
            x for x in drafts
            if not x.drop and x.type in ("ACCUSE", "REJECT", "THREATEN", "REQUEST", "SUPPORT", "AGREE")
            and any(x.sent.start_char == s.start_char for s in sents)
        ]
        if covered:
            continue
        conflict, coop = _conflict_score(scores, _sentences(d, q.start, q.end))
        if conflict < min_conflict or conflict <= coop:
            continue
        cue = d.doc.char_span(q.cue.start, q.cue.end, alignment_mode="expand")
        if cue is None:
            continue
        trig = lex.make(cue.root, "quote", "111")
        if trig is None:
            continue
        speaker = (
            _actor_for_span(d, sp.start, sp.end) if sp.start is not None and sp.end is not None
            else EventActor(name=sp.name, actor_id=sp.actor_id)
        )
        recipient = _recipient(d, q, speaker)
        cue_sent = next((s for s in sents if s.start_char <= q.cue.start < s.end_char), sents[0])
        out.append(
            Draft(
                trigger=trig, sent=cue_sent, type="ACCUSE", mode=["disapprove"], context=[], status="asserted",
                actors=[speaker], recipients=[recipient] if recipient else [],
                reasons={"type": f"quote-event: critical statement (sentence classifier: verbal conflict {conflict:.2f})"},
                confidence=round(0.4 + 0.4 * conflict, 3),
            )
        )
    return out
