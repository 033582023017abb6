"""Statements as events: a quote whose content criticises, accuses or condemns is an ACCUSE by its speaker.

PLOVER codes verbal conflict by who says it: "Donald Trump is a disgusting fraud, Butterfield said" is an
ACCUSE (disapprove) by Butterfield against Trump, though no trigger word names it. For every quote with a
resolved speaker whose sentences hold no verbal event of that speaker yet, the sentence classifier's
CAMEO pentaclass scores over the quote's content decide: verbal conflict at least ``MIN_CONFLICT`` and above
the cooperation classes makes an ACCUSE; the recipient is the first actor named in the content other than
the speaker. The rule's name and the score go into ``reasons``. Switched by ``quote_events`` in
``data/events/assembly.json``, whose precision settings narrow it: ``require_criticism`` (rule
``quote-criticism-word``: an unnegated word of ``criticism_words`` or the lexicon's pejoratives, or a phrase of
``criticism_phrases`` not said of the speaker's own side, must be in the content; the classifier then need
only reach ``criticism_min_conflict``), ``require_recipient`` (a party other than the speaker must be named
in the content or be a third-person pronoun resolved to one, rule ``quote-pronoun-target``, and not the
speaker's own affiliation, rule ``quote-own-affiliation``), ``skip_authority`` (rule
``quote-authority-speaker``: a speaker named by an ``authority_words`` word reports, it does not criticise);
rule ``quote-event-merge`` keeps one statement event per speaker and target in an article.

Stop 37 (criticism): the target may be a common noun the actors stage resolved, as a clause's subject or
possessor, when no name is there (rule ``quote-party-noun``; no sufferers, sector CVL, and no group of the
speaker's own sector); a place opening the story ("WASHINGTON ― ...", rule ``quote-dateline``) and a name in
the speaker's own description are no target; the evidence is the sentence the criticism is said in (rule
``quote-critical-sentence``), the date and place those of the cue's sentence; a verbal draft with no actor covers
no quote (rule ``quote-actorless-cover``); a *former* office holder is no authority; the speaker is the quote
stage's named speaker over a description in apposition (rule ``quote-speaker-name``); a criticism word in an
if-clause or measuring a quantity ("an awful lot") is none, and the subject of a passive cue ("was ordered to
pay") is no speaker (rule ``quote-passive-cue``). The target is sought first in the sentence of the
criticism (rule ``quote-target-near``), and a verbal event covers the quote only when told in the cue's or the
criticism's sentence (rule ``quote-cover-sentence``).

Stop 38 (accuse): a criticism word that a verb of prevention keeps from happening ("we acted to prevent her from
being *smeared*", rule ``quote-prevented-criticism``) is no criticism by the speaker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..doccache import sentences
from ..document import Document
from ..schema import EventActor, Quote

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from .extract import Draft
    from .lexicon import Lexicon

MIN_CONFLICT = 0.3
SPEAKER_PRONOUNS = frozenset({"he", "she", "they", "i", "we", "it", "you", "who"})
THIRD_PERSON = frozenset({"he", "him", "his", "she", "her", "they", "them", "their"})
FIRST_PERSON = frozenset({"i", "we"})
COVERING_TYPES = frozenset({"ACCUSE", "REJECT", "THREATEN", "REQUEST", "SUPPORT", "AGREE"})
NOT_TARGETS = frozenset({"i", "me", "my", "we", "us", "our", "you", "your", "it", "its", "who", "whom", "this", "that"})


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


def _same_party(a: EventActor, b: EventActor) -> bool:
    if a.actor_id and b.actor_id:
        return a.actor_id == b.actor_id
    an, bn = a.name.lower(), b.name.lower()
    return an == bn or (bool(an) and bool(bn) and (an.split()[-1] == bn.split()[-1]))


def _speaker_bounds(d: Document, q: Quote) -> tuple[int, int] | None:
    """Where the speaker's phrase is written, with its titles, affiliation and relative clause ("Army Capt.
    Ann Lee, a nurse", "Mick Bednarek, who served as the chief U.S. adviser")."""
    sp = q.speaker
    if d.doc is None or sp is None or sp.start is None or sp.end is None:
        return None
    span = d.doc.char_span(sp.start, sp.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    return span.root.left_edge.idx, span.root.right_edge.idx + len(span.root.right_edge.text)


def _speaker_phrase(d: Document, q: Quote) -> str:
    """The speaker's phrase as written, with its titles and affiliation ("Army Capt. Ann Lee, a nurse")."""
    bounds = _speaker_bounds(d, q)
    return d.text[bounds[0] : bounds[1]].lower() if bounds is not None else ""


def _recipient(
    d: Document, q: Quote, content: Span, speaker: EventActor, at: int | None = None
) -> EventActor | None:
    """The first actor named inside the quote's content that is not the speaker; failing a name,
    rule ``quote-pronoun-target``: a third-person pronoun in the content ("he is ignorant") that the
    actors stage resolved to a party other than the speaker. Rule ``quote-target-near``: with ``at``, the
    offset of the criticism, the sentence it is said in is searched first (a long quote names other parties)."""
    assert d.doc is not None
    own = _speaker_phrase(d, q)  # rule quote-own-affiliation: "Army Capt. Ann Lee" does not criticise the Army
    parts = [content]
    if at is not None:
        near = next((s for s in sentences(d.doc) if s.start_char <= at < s.end_char), None)
        if near is not None and (near.start > content.start or near.end < content.end):
            parts = [d.doc[max(near.start, content.start) : min(near.end, content.end)], content]
    for part in parts:
        found = _named_target(d, q, part, speaker, own, at) or _pronoun_target(d, part, speaker, own)
        if found is not None:
            return found
    return _party_noun(d, content, speaker, own)


def _named_target(
    d: Document, q: Quote, part: Span, speaker: EventActor, own: str, at: int | None = None
) -> EventActor | None:
    from .frames import _actor_for_span

    dateline = _dateline_end(d)
    bounds = _speaker_bounds(d, q)
    for ent in part.ents:
        if ent.label_ not in ("PERSON", "ORG", "NORP", "GPE") or ent.start_char < dateline or _dateline_like(d, ent):
            continue  # quote-dateline: "WASHINGTON ― ..." places the story, it is no target
        if bounds is not None and bounds[0] <= ent.start_char < bounds[1]:
            continue  # quote-own-affiliation: a name in the speaker's own description ("a former U.S. adviser")
        if _locative_place(ent):
            continue  # quote-locative-place: "*In Miami*, Mr. Lee said, Trump is seen as a bully": where, not whom
        if _describing_adjective(ent):
            continue  # quote-describing-adjective: "it's a *Chinese* hoax" describes a thing, names no target
        if at is not None and _object_of_judged_act(ent, at):
            continue  # quote-judged-act-object: "ineffective in *combating ISIS*": ISIS is acted on, not judged
        actor = _actor_for_span(d, ent.start_char, ent.end_char)
        if not _same_party(actor, speaker) and not (own and actor.name.lower() in own):
            return actor
    return None


JUDGED_ACT_STEPS = 4


def _object_of_judged_act(ent: Span, at: int) -> bool:
    """Rule ``quote-judged-act-object``: a name that is the object of an act the criticism word governs
    ("*ineffective* in combating *the Islamic State*", "too *naive* to confront *Russia*") is what the criticised
    party acts on, not the party criticised."""
    root = ent.root
    while root.dep_ == "compound" and root.head is not root:  # "the *Islamic* State": the phrase's head
        root = root.head
    if root.dep_ not in ("dobj", "obj") or root.head.pos_ not in ("VERB", "AUX"):
        return False
    t = root.head
    for _ in range(JUDGED_ACT_STEPS):
        if t.head is t or any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
            return False  # the act has its own subject: "they say *Russia* lied" judges Russia
        t = t.head
        if t.idx == at:
            return True
    return False


def _locative_place(ent: Span) -> bool:
    """quote-locative-place: a place name that is the object of a locative preposition (``locative_preps``:
    "*in Miami*", "across Ohio") tells where something is said or seen, not who is criticised."""
    from .words import frame_words

    root = ent.root
    return (
        ent.label_ in ("GPE", "LOC") and root.dep_ == "pobj" and root.head.dep_ == "prep"
        and root.head.lower_ in frame_words().locative_preps
    )


def _describing_adjective(ent: Span) -> bool:
    """quote-describing-adjective: a nationality or group adjective on a thing ("a *Chinese* hoax", "*Mexican*
    heritage") describes the thing; on a party noun ("*Russian* hackers") it still names a party."""
    from ..actors.roles import is_actor_like

    root = ent.root
    return ent.label_ == "NORP" and root.dep_ == "amod" and root.head.pos_ == "NOUN" and not is_actor_like(root.head)


def _pronoun_target(d: Document, part: Span, speaker: EventActor, own: str) -> EventActor | None:
    from .frames import _actor_for_span

    actor_at: dict[int, str] = d.slots.actor_at
    for tok in part:
        if tok.lower_ not in THIRD_PERSON or tok.i not in actor_at:
            continue
        actor = _actor_for_span(d, tok.idx, tok.idx + len(tok.text))
        if (
            actor.actor_id and actor.name.lower() not in NOT_TARGETS and not _same_party(actor, speaker)
            and not (own and actor.name.lower() in own) and actor.sector != "CVL"  # "their homes": sufferers
        ):
            return actor
    return None


PARTY_NOUN_DEPS = frozenset({"nsubj", "nsubjpass", "poss"})


def _party_noun(d: Document, content: Span, speaker: EventActor, own: str) -> EventActor | None:
    """Rule ``quote-party-noun``: failing a name or a pronoun, a common noun the actors stage resolved to a
    party, as the subject or possessor of a clause of the content ("*the authorities* have begun a campaign of
    terror", "it's unfortunate that *the task force* shut them down"): the party whose act is criticised.
    People told as sufferers (civilians, families, children: sector CVL) are no target; nor is the speaker, nor
    a group of the speaker's own sector (a common noun names a side less surely than a name does)."""
    from .frames import _actor_for_span

    actor_at: dict[int, str] = d.slots.actor_at
    for tok in content:
        if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ not in PARTY_NOUN_DEPS or tok.i not in actor_at:
            continue
        if tok.lower_ in NOT_TARGETS or tok.ent_type_ in ("DATE", "TIME", "CARDINAL", "PERCENT", "MONEY"):
            continue
        actor = _actor_for_span(d, tok.left_edge.idx if tok.left_edge.i >= content.start else tok.idx, tok.idx + len(tok.text))
        if actor.actor_id is None or actor.sector == "CVL" or _same_party(actor, speaker):
            continue
        if actor.sector and actor.sector == speaker.sector:
            continue  # "the generals don't understand the Navy", said a Navy captain: his own side's quarrel
        if own and actor.name.lower() in own:
            continue
        return actor
    return None


DATELINE_MARKS = ("\u2015", "\u2014", "\u2013", "--", "(")


def _dateline_like(d: Document, ent: Span) -> bool:
    """A place name opening its sentence and followed by a dash or an agency's bracket ("WASHINGTON ― ...",
    "TBILISI (Reuters) - ..."): a dateline the article stage did not cut off."""
    return ent.label_ == "GPE" and ent.start == ent.sent.start and d.text[ent.end_char :].lstrip(" ,").startswith(DATELINE_MARKS)


def _dateline_end(d: Document) -> int:
    art = d.article
    dl = art.dateline_span if art is not None else None
    return dl.end if dl is not None else 0


def _negated(tok: Token) -> bool:
    """'not' on the word or, for a predicate adjective or noun, on its copula ("he is *not* dangerous")."""
    if any(c.dep_ == "neg" for c in tok.children):
        return True
    return tok.dep_ in ("acomp", "attr") and any(c.dep_ == "neg" for c in tok.head.children)


QUANTITY_NOUNS = frozenset({"lot", "lots", "bunch", "deal", "amount", "number"})


def _intensifier(tok: Token) -> bool:
    """"an *awful* lot", "*terribly* kind": the word measures a quantity or a degree, it judges no one."""
    return (tok.dep_ == "amod" and tok.head.lower_ in QUANTITY_NOUNS) or (tok.dep_ == "advmod" and tok.head.pos_ in ("ADJ", "ADV"))


CONDITION_MARKS = frozenset({"if", "unless", "whether"})
# Verbs whose content the speaker keeps from happening: "to *prevent* her from being smeared", "*quell* the
# attacks on her" tell a criticism the speaker opposes, none the speaker makes (quote-prevented-criticism).
PREVENTING_VERBS = frozenset({"prevent", "stop", "quell", "halt", "end", "avoid", "protect", "shield", "spare"})
PREVENTING_STEPS = 3


def _prevented(tok: Token) -> bool:
    """Rule ``quote-prevented-criticism``: the criticism word is what a verb of prevention, a few steps up,
    keeps from happening ("prevent her from being *smeared*", "to end the *lies* about him")."""
    t = tok
    for _ in range(PREVENTING_STEPS):
        if t.head is t:
            return False
        t = t.head
        if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in PREVENTING_VERBS:
            return True
    return False


def _conditional(tok: Token) -> bool:
    """"*If* we were to start bombing recklessly ...": a word in a condition judges nothing that was done."""
    for t in (tok, *tok.ancestors):
        if any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in t.children):
            return True
    return False


def _passive_cue(cue: Token) -> bool:
    """"McMahon *was ordered* to pay ...": the named one of a passive verb is told about, she says nothing."""
    verb = cue.head if cue.dep_ == "conj" and cue.tag_ == "VBN" else cue
    return cue.tag_ == "VBN" and any(c.dep_ in ("auxpass", "aux:pass") for c in verb.children)


def _criticism_cue(
    content: Span, words: frozenset[str], phrases: tuple[str, ...], posture: frozenset[str] = frozenset(),
    clinical: frozenset[str] = frozenset(),
) -> str | None:
    """Rule ``quote-criticism-word``: an evaluative word of criticism in the content ("ignorant",
    "shameful", "a fraud", "doesn't understand", "should resign"), not negated."""
    found = _criticism_at(content, words, phrases, posture, clinical)
    return found[0] if found else None


def _criticism_at(
    content: Span, words: frozenset[str], phrases: tuple[str, ...], posture: frozenset[str] = frozenset(),
    clinical: frozenset[str] = frozenset(),
) -> tuple[str, int] | None:
    """The criticism cue of :func:`_criticism_cue` and the character offset where it is said."""
    for tok in content:
        if tok.lemma_.lower() in posture or any(c.lower_ in clinical for c in tok.children):
            continue  # "lying in the snow", "mentally unfit": a posture or a medical state, no criticism
        if (
            (tok.lower_ in words or tok.lemma_.lower() in words) and not _negated(tok) and not _intensifier(tok)
            and not _conditional(tok) and not _prevented(tok)
        ):
            return tok.text, tok.idx
    for sent in (s for s in sentences(content.doc) if s.start < content.end and s.end > content.start):
        piece = content.doc[max(sent.start, content.start) : min(sent.end, content.end)]
        text = _spelled_out(piece.text.lower().replace("\u2019", "'"))
        text = " " + re.sub(r"[^a-z' -]+", " ", text) + " "
        text = " ".join(text.split())
        for ph in phrases:
            for m in re.finditer(r"(?<![a-z])" + re.escape(ph) + r"(?![a-z])", text):
                if not FIRST_PERSON & set(text[: m.start()].split()[-2:]):
                    return ph, piece.start_char  # "I don't understand how ...", "we have failed" is no criticism of another
    return None


CONTRACTIONS = (("won't", "will not"), ("can't", "can not"), ("cannot", "can not"), ("n't", " not"))


def _spelled_out(text: str) -> str:
    """Negative contractions spelled out, so that a phrase of ``criticism_phrases`` matches however it is
    written ("Trump's comments *aren't* a joke" holds "not a joke")."""
    for short, full in CONTRACTIONS:
        text = text.replace(short, full)
    return text


FORMER = frozenset({"former", "ex", "retired", "onetime", "one-time"})


def _authority_speaker(name: str, authority: frozenset[str]) -> bool:
    """Rule ``quote-authority-speaker``: police, officials, agencies, doctors report, they do not criticise.
    A *former* office holder ("the former Florida governor") holds no office to report from: a politician."""
    words = name.lower().replace("\u2019", "'").replace("-", " ").split()
    if FORMER & set(words):
        return False
    return any(w in authority or w.removesuffix("'s") in authority for w in words)


@dataclass(frozen=True)
class _Settings:
    """The ``quote_events`` block of ``assembly.json``, read once per document."""

    min_conflict: float
    need_word: bool
    need_target: bool
    words: frozenset[str]
    phrases: tuple[str, ...]
    authority: frozenset[str]


def _settings(raw: dict[str, Any], lex: Lexicon, authority_words: frozenset[str]) -> _Settings:
    min_conflict = float(raw.get("min_conflict", MIN_CONFLICT))
    need_word = bool(raw.get("require_criticism", False))
    if need_word:  # a criticism word carries the statement; the classifier only has to not read it as praise
        min_conflict = float(raw.get("criticism_min_conflict", min_conflict))
    return _Settings(
        min_conflict=min_conflict,
        need_word=need_word,
        need_target=bool(raw.get("require_recipient", False)),
        words=frozenset(w.lower() for w in raw.get("criticism_words", [])) | lex.pejoratives,
        phrases=tuple(_spelled_out(p.lower().replace("\u2019", "'")) for p in raw.get("criticism_phrases", [])),
        authority=authority_words if raw.get("skip_authority", False) else frozenset(),
    )


def _usable_speaker(q: Quote, cfg: _Settings) -> bool:
    """A named speaker (no bare pronoun) with a cue, and no authority when ``skip_authority`` is on."""
    sp = q.speaker
    if sp is None or not sp.name or sp.name.lower() in SPEAKER_PRONOUNS or q.cue is None:
        return False
    return not (cfg.authority and _authority_speaker(sp.name, cfg.authority))


def _covered(drafts: list[Draft], sents: list[Span]) -> bool:
    """A verbal event already told in the quote's sentences: the statement is that event. One with no actor
    ("X's obsession is *an insult* to all Americans, lawmakers said") covers nothing: by no one, it is dropped
    (rule quote-actorless-cover)."""
    starts = {s.start_char for s in sents}
    return any(not x.drop and x.actors and x.type in COVERING_TYPES and x.sent.start_char in starts for x in drafts)


def _told_in(sents: list[Span], cue_at: int, found: tuple[str, int] | None) -> list[Span]:
    """Rule ``quote-cover-sentence``: the sentences a covering event must be told in: the cue's and the
    criticism's (a long quote runs past other events: a charge by the police two sentences on is no telling
    of the speaker's criticism); all the quote's sentences when no criticism word was found."""
    if found is None:
        return sents
    told = [s for s in sents if s.start_char <= cue_at < s.end_char or s.start_char <= found[1] < s.end_char]
    return told or sents


def _classifier_allows(conflict: float, coop: float, cfg: _Settings) -> bool:
    return not (conflict < cfg.min_conflict or (cfg.min_conflict > 0 and conflict <= coop))


def _speaker_actor(d: Document, q: Quote) -> EventActor:
    from .frames import _actor_for_span, _actor_index

    sp = q.speaker
    assert sp is not None
    if sp.start is not None and sp.end is not None:
        actor = _actor_for_span(d, sp.start, sp.end)
        if sp.actor_id and actor.actor_id != sp.actor_id:
            # quote-speaker-name: "the presumptive GOP nominee, Donald Trump, tweeted": the quote stage's
            # speaker, the name, not the description in apposition to it
            known = _actor_index(d).get(sp.actor_id)
            if known is not None:
                return EventActor(name=known.name, actor_id=known.id, country=known.country, sector=known.sector,
                                  start=sp.start, end=sp.end)
        return actor
    return EventActor(name=sp.name, actor_id=sp.actor_id)


def _quote_draft(
    d: Document, q: Quote, drafts: list[Draft], scores: dict[int, dict[str, dict[str, float]]], lex: Lexicon,
    cfg: _Settings, seen: set[tuple[str, str]],
) -> Draft | None:
    """One quote's ACCUSE draft, or None where a gate refuses it; ``seen`` holds the speaker/target pairs
    already told (rule ``quote-event-merge``)."""
    from .extract import Draft

    assert d.doc is not None and q.cue is not None
    sents = _sentences(d, min(q.start, q.cue.start), max(q.end, q.cue.end))
    if not sents:
        return None
    conflict, coop = _conflict_score(scores, _sentences(d, q.start, q.end))
    if not _classifier_allows(conflict, coop, cfg):
        return None
    content = d.doc.char_span(q.start, q.end, alignment_mode="expand")
    if content is None:
        return None
    found = _criticism_at(content, cfg.words, cfg.phrases, lex.posture_verbs, lex.clinical_modifiers)
    cue_word = found[0] if found else None
    if cfg.need_word and cue_word is None:
        return None
    if _covered(drafts, _told_in(sents, q.cue.start, found)):
        return None
    cue = d.doc.char_span(q.cue.start, q.cue.end, alignment_mode="expand")
    if cue is not None and _passive_cue(cue.root):
        return None
    trig = lex.make(cue.root, "quote", "111") if cue is not None else None
    if trig is None:
        return None
    speaker = _speaker_actor(d, q)
    if cfg.authority and _authority_speaker(speaker.name, cfg.authority):
        return None
    recipient = _recipient(d, q, content, speaker, found[1] if found else None)
    if cfg.need_target and recipient is None:
        return None
    if recipient is not None:
        key = (_party_key(speaker), _party_key(recipient))
        if key in seen:
            return None  # quote-event-merge: one statement event per speaker and target in an article
        seen.add(key)
    cue_sent = next((s for s in sents if s.start_char <= q.cue.start < s.end_char), sents[0])
    if found is not None:  # rule quote-critical-sentence: the evidence is the sentence the criticism is said in
        cue_sent = next((s for s in sents if s.start_char <= found[1] < s.end_char), cue_sent)
    why = f"sentence classifier: verbal conflict {conflict:.2f}" + (f"; criticism word '{cue_word}'" if cue_word else "")
    return Draft(
        trigger=trig, sent=cue_sent, type="ACCUSE", mode=["disapprove"], context=[], status="asserted",
        actors=[speaker], recipients=[recipient] if recipient else [],
        reasons={"type": f"quote-event: critical statement ({why})"},
        confidence=round(0.4 + 0.4 * conflict, 3),
    )


def quote_drafts(
    d: Document, drafts: list[Draft], scores: dict[int, dict[str, dict[str, float]]], lex: Lexicon
) -> list[Draft]:
    """New ACCUSE drafts for critical quotes that no trigger covered."""
    from .assemble import assembly_data

    data = assembly_data()  # cached per overlay, not re-read for every document
    if d.doc is None or not data.quote_events.get("enabled", False):
        return []
    cfg = _settings(data.quote_events, lex, data.authority_words)
    seen: set[tuple[str, str]] = {
        (_party_key(a), _party_key(r)) for x in drafts if not x.drop and x.type == "ACCUSE"
        for a in x.actors for r in x.recipients
    }
    out: list[Draft] = []
    for q in d.quotes:
        if _usable_speaker(q, cfg):
            dr = _quote_draft(d, q, drafts, scores, lex, cfg, seen)
            if dr is not None:
                out.append(dr)
    return out


def _party_key(a: EventActor) -> str:
    return a.actor_id or (a.name.lower().split()[-1] if a.name.strip() else "")
