"""From a parsed, annotated document to PLOVER events.

Per sentence: lexicon triggers → modality (negation, condition, modal, intent) → PLOVER type
(intent to cooperate → AGREE, intent to use force → THREATEN, "if …, they will face resistance" →
THREATEN) → actors and recipients (the actors engineer's roles, mapped to canonical actors) →
source (quote speaker or reporting verb) → place and date (nearest by dependency path) → counts.
Per document: claims contradicted by another source become ``disputed``; agentless claims by an
affiliated source take the source's organisation as actor; the same happening mentioned twice
(same type, mode and place) is merged; explicit dates a year or more before publication make an
event ``historical``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc, Span, Token

from ..document import Document
from ..schema import Actor, Counts, Event, EventActor, EventDate, EventPlace, EventSource, Place, TimeExpr
from . import compat
from .assemble import assemble, event_place_of, mention_spans
from .attribution import Attribution, denial_source, quote_containing, speech_source
from .cameo import QUAD_INDEX, quad_class
from .classifier import featurize, lexicon_features, load_model
from .counts import find_counts
from .lexicon import Lexicon, Trigger, find_triggers, lexicon
from .modality import Modality, analyse, clause_head, has_conditional_clause
from .neural import EventHeads, judge_drafts
from .quote_events import quote_drafts

_roles_event_arguments: Any = None
with contextlib.suppress(ImportError):  # the actors engineer's roles (sources, targets, reciprocal)
    from ..actors.roles import event_arguments as _roles_event_arguments

try:
    from ..timex.values import precision_of, to_date_range
except ImportError:  # pragma: no cover
    precision_of = None  # type: ignore[assignment]
    to_date_range = None  # type: ignore[assignment]

COOPERATION = frozenset({"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"})
MATERIAL_CONFLICT = frozenset({"PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"})
VERBAL = frozenset({"AGREE", "CONSULT", "SUPPORT", "REQUEST", "ACCUSE", "REJECT", "THREATEN"})
FIRST_PERSON = frozenset({"we", "us", "our", "i", "me", "my", "ourselves"})
GENERIC_GROUP = frozenset(
    ["fighter", "fighters", "troop", "troops", "soldier", "soldiers", "force", "forces", "militant", "militants", "gunman", "gunmen", "men", "people", "member", "members", "unit", "units", "army"]
)
# Pronouns that name no one unless the actors stage resolved them ("*This* was a deliberate attack").
NON_REFERRING = frozenset(
    "this that these those it its itself which what whatever who whom whoever something someone somebody "
    "anything anyone anybody nothing nobody none one such here there all both each either neither".split()
)
TARGET_PREPS = frozenset({"on", "against", "with", "to", "toward", "towards", "for", "at", "into", "upon"})
HISTORICAL_DAYS = 365
# Actor sectors that report violence without being its plausible author (no self-report inference).
UNARMED_SECTORS = frozenset({"CVL", "MED", "EDU", "BUS", "LAB", "REF", "HRI", "NGO", "IGO", "HLH", "JRN", "AGR", "ENV", "DEV", "REL"})
# CAMEO root codes for events re-typed by intent or threat frames.
RETYPED_CAMEO = {"AGREE": "03", "THREATEN": "13", "REJECT": "12", "ACCUSE": "111"}


@dataclass
class Draft:
    """An event under construction (turned into a schema :class:`Event` at the end)."""

    trigger: Trigger
    sent: Span
    type: str
    mode: list[str]
    context: list[str]
    status: str
    actors: list[EventActor] = field(default_factory=list)
    recipients: list[EventActor] = field(default_factory=list)
    source: Attribution | None = None
    place: EventPlace | None = None
    date: EventDate | None = None
    counts: Counts | None = None
    confidence: float = 0.5
    reasons: dict[str, str] = field(default_factory=dict)
    modality: Modality | None = None
    drop: bool = False
    mentions: list[Span] = field(default_factory=list)
    """Other sentences that mention the same happening (merged into this draft)."""
    no_inherit: bool = False
    """The actor slot was emptied on purpose (a weapon, an observer): no actor from the source."""

    @property
    def start(self) -> int:
        return self.trigger.char_span()[0]


# --------------------------------------------------------------------------------------------
# arguments


def _token_range(doc: Doc, start: int, end: int) -> Span | None:
    return doc.char_span(start, end, alignment_mode="expand")


def _actor_index(d: Document) -> dict[str, Actor]:
    idx = d.cache.get("_events_actor_index")
    if idx is None:
        idx = {a.id: a for a in d.actors}
        d.cache["_events_actor_index"] = idx
    return idx


def _antecedent(span: Span) -> tuple[int, int] | None:
    """For a relative pronoun ("who", "which"), the noun phrase its clause modifies."""
    if len(span) != 1 or span[0].tag_ not in ("WP", "WDT"):
        return None
    clause = span[0].head
    while clause.dep_ == "conj" and clause.head is not clause:
        clause = clause.head
    if clause.dep_ not in ("relcl", "acl"):
        return None
    noun = clause.head
    return _phrase_span(noun)


def _actor_for_span(d: Document, start: int, end: int) -> EventActor:
    """The canonical actor behind a text span (via the actors stage's token → actor map)."""
    assert d.doc is not None
    while start < end and d.text[start].isspace():
        start += 1
    while end > start and d.text[end - 1].isspace():
        end -= 1
    span = _token_range(d.doc, start, end)
    if span is not None:
        ante = _antecedent(span)
        if ante is not None:
            start, end = ante
            span = _token_range(d.doc, start, end)
    actor_at: dict[int, str] = d.cache.get("actor_at", {})
    text = d.text[start:end]
    if span is not None and actor_at:
        order = [span.root, *[t for t in span if t is not span.root]]
        for tok in order:
            aid = actor_at.get(tok.i)
            if aid is not None:
                actor = _actor_index(d).get(aid)
                if actor is not None:
                    return EventActor(
                        name=actor.name, actor_id=actor.id, country=actor.country, sector=actor.sector,
                        start=start, end=end,
                    )
    return EventActor(name=text, start=start, end=end)


def _phrase_span(token: Token) -> tuple[int, int]:
    right = token.i
    for c in token.rights:
        if c.dep_ in ("relcl", "acl", "punct", "appos", "cc", "conj", "prep") and c.lower_ not in ("of",):
            break
        right = c.right_edge.i
    doc = token.doc
    return token.left_edge.idx, doc[right].idx + len(doc[right].text)


def _fallback_arguments(trigger: Token) -> tuple[list[tuple[int, int]], list[tuple[int, int]], bool]:
    sources: list[tuple[int, int]] = []
    targets: list[tuple[int, int]] = []
    if trigger.pos_ in ("NOUN", "PROPN"):
        for c in trigger.children:
            if c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "by"):
                sources += [_phrase_span(g) for g in ([c] if c.dep_ == "poss" else c.children) if g.dep_ in ("poss", "pobj")]
            elif c.dep_ == "prep" and c.lower_ in TARGET_PREPS:
                targets += [_phrase_span(g) for g in c.children if g.dep_ == "pobj"]
        if not sources and trigger.dep_ in ("dobj", "obj"):
            sources += [_phrase_span(s) for s in trigger.head.children if s.dep_ == "nsubj"]
        return sources, targets, False
    for c in trigger.children:
        if c.dep_ == "nsubj":
            sources.append(_phrase_span(c))
        elif c.dep_ == "nsubjpass":
            targets.append(_phrase_span(c))
        elif c.dep_ == "agent":
            sources += [_phrase_span(g) for g in c.children if g.dep_ == "pobj"]
        elif c.dep_ in ("dobj", "obj", "dative"):
            targets.append(_phrase_span(c))
        elif c.dep_ == "prep" and c.lower_ in TARGET_PREPS:
            targets += [_phrase_span(g) for g in c.children if g.dep_ == "pobj"]
    if not sources and trigger.dep_ in ("xcomp", "conj"):
        sources += [_phrase_span(s) for s in trigger.head.children if s.dep_ == "nsubj"]
    return sources, targets, False


def arguments(sent: Span, trigger: Token) -> tuple[list[tuple[int, int]], list[tuple[int, int]], bool]:
    """Source and target character spans of a trigger (actors' roles where available)."""
    if _roles_event_arguments is not None:
        try:
            args = _roles_event_arguments(sent, trigger)
            return list(args.sources), list(args.targets), bool(args.reciprocal)
        except Exception:  # noqa: BLE001 - a roles bug must not sink the article; fall back
            pass
    return _fallback_arguments(trigger)


def _relcl_agents(noun: Token) -> list[tuple[int, int]]:
    """Agents of a relative clause on an event noun ("the operation carried out *by X*")."""
    out: list[tuple[int, int]] = []
    for c in noun.children:
        if c.dep_ in ("relcl", "acl"):
            for v in [c, *c.subtree]:
                if v.dep_ == "agent":
                    out += [_phrase_span(g) for g in v.children if g.dep_ == "pobj"]
    return out


def _modifier_actors(noun: Token, d: Document, lex: Lexicon) -> list[tuple[int, int]]:
    """Actors named as modifiers of an event noun: "*police* firing", "*Israeli* airstrikes"."""
    actor_at: dict[int, str] = d.cache.get("actor_at", {})
    out: list[tuple[int, int]] = []
    for c in noun.children:
        if c.dep_ not in ("compound", "amod", "nmod") or c.i > noun.i:
            continue
        if c.lower_ in lex.police_nouns or c.ent_type_ in ("NORP", "ORG", "GPE") or c.i in actor_at:
            out.append((c.idx, c.idx + len(c.text)))
    return out


# A headline recipient phrase that is a location ("*Near Kherson*", mis-parsed as an object in Title Case;
# in body text a role-labelled "in X" can be a real target, e.g. attacks "in Iraq" on Iraq).
LOCATIVE_PREPS = frozenset({"near", "outside", "inside", "in", "at", "across", "along", "around", "off", "beyond", "within"})


def _is_locative(d: Document, span: tuple[int, int]) -> bool:
    words = d.text[span[0] : span[1]].split()
    return bool(words) and words[0].lower() in LOCATIVE_PREPS


def in_headline(d: Document, sent: Span) -> bool:
    ts = d.article.title_span if d.article else None
    return ts is not None and sent.start_char < ts.end and sent.end_char > ts.start


def _headline_passive(tok: Token) -> tuple[list[tuple[int, int]], list[tuple[int, int]]] | None:
    """Headline grammar: a past form without auxiliary is a passive ("Convoy *Shelled* Near X" = the
    convoy was shelled): the subject is the target and only a "by X" names the actor. Active
    headlines use the present tense ("Rebels *Shell* Convoy")."""
    if tok.pos_ not in ("VERB", "AUX") or tok.tag_ not in ("VBD", "VBN"):
        return None
    if any(c.dep_ in ("aux", "auxpass") for c in tok.children):
        return None
    targets = [_phrase_span(c) for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
    agents = [
        _phrase_span(g)
        for c in tok.children
        if (c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by"))
        for g in c.children
        if g.dep_ == "pobj"
    ]
    return agents, targets


def _instrument_actors(
    d: Document, spans: list[tuple[int, int]], lex: Lexicon
) -> tuple[list[tuple[int, int]], list[str]]:
    """Drop weapons and inanimate causes from an event's actors ("*Artillery fire* struck …",
    "*a missile* hit …"): the actor is whoever the phrase says fired it ("fire *by X*", "*X's*
    missiles", "*Russian* shelling", an actor-marked modifier), else unknown. Returns the kept or
    recovered spans and the text of the dropped instruments."""
    assert d.doc is not None
    actor_at: dict[int, str] = d.cache.get("actor_at", {})
    kept: list[tuple[int, int]] = []
    dropped: list[str] = []
    for s, e in spans:
        span = _token_range(d.doc, s, e)
        root = span.root if span is not None else None
        if root is None or root.lemma_.lower() not in lex.instrument_nouns and root.lower_ not in lex.instrument_nouns:
            kept.append((s, e))
            continue
        dropped.append(d.text[s:e])
        for c in root.children:
            if c.dep_ == "poss" and c.pos_ != "PRON":
                kept.append(_phrase_span(c))
            elif c.dep_ == "prep" and c.lower_ == "by":
                kept += [_phrase_span(g) for g in c.children if g.dep_ == "pobj"]
            elif c.dep_ in ("amod", "compound", "nmod") and c.i < root.i and (
                c.ent_type_ in ("NORP", "ORG", "GPE") or c.i in actor_at
            ):
                kept.append((c.idx, c.idx + len(c.text)))
    return kept, dropped


def _instrument_targets(d: Document, trigger: Token, spans: list[tuple[int, int]], lex: Lexicon) -> list[tuple[int, int]]:
    """A weapon is what is fired, not who is hit ("fired *tear gas* at the crowd"): instrument
    objects give way to the "at/on/into X" they were aimed at."""
    assert d.doc is not None
    out: list[tuple[int, int]] = []
    for s, e in spans:
        span = _token_range(d.doc, s, e)
        root = span.root if span is not None else None
        if root is None or root.lemma_.lower() not in lex.instrument_nouns:
            out.append((s, e))
            continue
        for holder in (root, trigger):
            for c in holder.children:
                if c.dep_ == "prep" and c.lower_ in ("at", "on", "into", "upon"):
                    out += [
                        _phrase_span(g) for g in c.children
                        if g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME") and _phrase_span(g) not in out
                    ]
    return out


def _subject_span(verb: Token) -> tuple[int, int] | None:
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass"):
            return _phrase_span(c)
    if verb.dep_ in ("xcomp", "acomp", "conj") and verb.head is not verb:
        return _subject_span(verb.head)
    return None


# --------------------------------------------------------------------------------------------
# places and dates


def _path_len(a: Token, b: Token) -> int:
    if a is b:
        return 0
    anc_a = {t.i: n for n, t in enumerate([a, *a.ancestors])}
    for n, t in enumerate([b, *b.ancestors]):
        if t.i in anc_a:
            return anc_a[t.i] + n
    return 99


ANCHOR_MARKS = frozenset({"since", "until", "till", "after", "before"})


def _in_since_phrase(tok: Token, trigger: Token) -> bool:
    """Whether ``tok`` sits in a "since/until …" phrase, or in a "since/after/before …" clause, that does
    not contain the trigger: "fighting has continued *since November 2022*" is ongoing, and in
    "fighting has continued *since the city was recaptured in November 2022*" the date is the
    recapture's, not the fighting's."""
    for anc in [tok, *tok.ancestors]:
        if anc is not tok and anc.dep_ == "prep" and anc.lower_ in ("since", "until", "till"):
            return trigger not in set(anc.subtree)
        if (
            anc.pos_ in ("VERB", "AUX")
            and any(c.dep_ == "mark" and c.lower_ in ANCHOR_MARKS for c in anc.children)
            and trigger not in set(anc.subtree)
        ):
            return True
    return False


MAX_PATH = 6


def _nearest(
    sent: Span, trigger: Token, spans: Sequence[tuple[int, int]], others: Sequence[Token] = ()
) -> tuple[int, int] | None:
    """The span nearest to the trigger along the dependency tree (within ``MAX_PATH`` arcs), skipping
    spans in "since …" phrases and spans inside another trigger's arguments."""
    best: tuple[int, tuple[int, int]] | None = None
    for s, e in spans:
        tok_span = _token_range(sent.doc, s, e)
        if tok_span is None or tok_span.start < sent.start or tok_span.end > sent.end:
            continue
        if _in_since_phrase(tok_span.root, trigger):
            continue
        dist = _path_len(trigger, tok_span.root)
        if dist > MAX_PATH:
            continue
        root = tok_span.root
        if any(o is not trigger and o in root.ancestors and o not in trigger.ancestors and o.pos_ in ("NOUN", "PROPN") for o in others):
            continue
        if best is None or dist < best[0]:
            best = (dist, (s, e))
    return best[1] if best else None


def _event_place(
    d: Document, sent: Span, trigger: Token, places: dict[str, Place], others: Sequence[Token] = ()
) -> EventPlace | None:
    mentions: list[tuple[int, int, str]] = d.cache.get("place_mentions", [])
    in_sent = [(s, e, pid) for s, e, pid in mentions if sent.start_char <= s and e <= sent.end_char]
    if not in_sent:
        return None
    hit = _nearest(sent, trigger, [(s, e) for s, e, _ in in_sent], others)
    if hit is None:
        return None
    pid = next(p for s, e, p in in_sent if (s, e) == hit)
    place = places.get(pid)
    if place is None:
        return EventPlace(name=d.text[hit[0] : hit[1]], place_id=pid, start=hit[0], end=hit[1])
    return event_place_of(place, hit[0], hit[1])


def _precision(value: str | None) -> str | None:
    if precision_of is None or value is None:
        return None
    return precision_of(value)


def _event_date(d: Document, sent: Span, trigger: Token) -> EventDate | None:
    times: list[TimeExpr] = [
        t for t in d.times
        if sent.start_char <= t.start and t.end <= sent.end_char and t.type in ("DATE", "TIME") and _precision(t.value)
    ]
    if times:
        hit = _nearest(sent, trigger, [(t.start, t.end) for t in times])
        if hit is not None:
            t = next(x for x in times if (x.start, x.end) == hit)
            assert t.value is not None
            return EventDate(value=t.value, text=t.text, precision=_precision(t.value) or "day", start=t.start, end=t.end)  # type: ignore[arg-type]
    published = d.article.published if d.article else None
    if published:
        return EventDate(value=published, precision="publication")
    return None


def _is_historical(date: EventDate | None, published: str | None) -> bool:
    if date is None or date.precision == "publication" or not published or to_date_range is None:
        return False
    rng = to_date_range(date.value)
    try:
        pub = dt.date.fromisoformat(published[:10])
    except ValueError:
        return False
    return rng is not None and (pub - rng[1]).days >= HISTORICAL_DAYS


# --------------------------------------------------------------------------------------------
# per sentence


def _keep_trigger(
    trig: Trigger, srcs: list[tuple[int, int]], tgts: list[tuple[int, int]], lex: Lexicon, negated: bool = False
) -> bool:
    tok = trig.token
    if tok.dep_ == "compound":
        # a noun modifier ("*aid* convoy", "*strike* action"); a "verb" here is a mis-tagged noun
        return False
    if not trig.weak or negated:
        # negated mentions are kept: "there were no reports of fighting" disputes a claim
        return True
    if srcs or tgts:
        return True
    head = tok.head
    return trig.is_noun and head is not tok and head.lemma_.lower() in lex.light_verbs


ABSORBING_PREPS = frozenset({"for", "to", "on", "with", "against", "of"})


def _accusation(trigger: Token, accusation_verbs: frozenset[str]) -> tuple[Token, Token | None, Token] | None:
    """For the content of an accusation ("X accused *Y* of shelling Z", "X blamed Y for the
    bombing"): the accusing verb, its subject (the accuser) and its object (the accused)."""
    prep = trigger.head
    if trigger.dep_ not in ("pcomp", "pobj") or prep is trigger or prep.lower_ not in ("of", "for"):
        return None
    verb = prep.head
    accused: Token | None = None
    if verb.dep_ in ("dobj", "obj") and verb.head.lemma_.lower() in accusation_verbs:
        accused, verb = verb, verb.head  # "accused [guards of shooting]": the 'of' hangs on the object
    if verb is prep or verb.lemma_.lower() not in accusation_verbs or verb.pos_ != "VERB":
        return None
    accused = accused or next((c for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass")), None)
    accuser = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if accused is None:
        return None
    return verb, accuser, accused


def _continues_event(trigger: Token, event_nouns: dict[int, Trigger]) -> Trigger | None:
    """For a relative clause verb whose subject is "that"/"which" and whose antecedent is the target of
    a use-of-force event noun ("an attack on *a camp that killed* six"), the event noun it continues
    ("talks with the Taliban *who seized* power" is not one: "who" names an agent)."""
    if trigger.dep_ != "relcl" or not any(c.dep_ == "nsubj" and c.tag_ == "WDT" for c in trigger.children):
        return None
    ante = trigger.head
    if ante.dep_ != "pobj" or ante.head is ante:
        return None
    prep = ante.head
    noun = event_nouns.get(prep.head.i) if prep.head is not prep else None
    if noun is None or noun.token is trigger or prep.lower_ not in TARGET_PREPS or noun.type not in MATERIAL_CONFLICT:
        return None
    return noun


def _absorbed(trig: Trigger, others: Sequence[Trigger], accusation_verbs: frozenset[str] = frozenset()) -> bool:
    """A trigger that is the content of another trigger: the object of a verb trigger ("called
    for *talks*") or its infinitival complement ("refused to *hand over*", "threatened to *attack*")."""
    t = trig.token
    verb_triggers = {o.token.i for o in others if o is not trig and not o.is_noun}
    if t.head is t or _accusation(t, accusation_verbs) is not None:
        return False
    if not trig.is_noun:
        return t.dep_ in ("xcomp",) and t.head.i in verb_triggers
    if t.dep_ in ("dobj", "obj") and t.head.i in verb_triggers:
        return True
    prep = t.head
    return (
        t.dep_ == "pobj" and prep.lower_ in ABSORBING_PREPS and prep.head.i in verb_triggers
        and prep.head is not prep
    )


def _retype(trig: Trigger, mod: Modality, lex: Lexicon) -> tuple[str, list[str], str | None]:
    """PLOVER type after intent and threat frames; third item is a reason, or "drop"."""
    typ = trig.type
    mode = [trig.mode] if trig.mode else []
    if mod.intent is not None and mod.intent.lemma_.lower() not in ("threaten", "vow", "pledge", "promise", "offer"):
        if typ in COOPERATION:
            if mod.intent_negated:
                return "REJECT", mode, f"unwillingness to {trig.type.lower()} ('{mod.intent.text}')"
            return "AGREE", mode, f"intent to {trig.type.lower()} ('{mod.intent.text}')"
        if typ in MATERIAL_CONFLICT:
            if mod.intent_negated:
                return typ, mode, "drop"
            return "THREATEN", mode, f"intent to {trig.type.lower()} ('{mod.intent.text}')"
    if typ in MATERIAL_CONFLICT and not mod.conditional:
        head = clause_head(trig.token)
        frame = trig.token.head if trig.is_noun else head
        if (mod.future or mod.hypothetical) and (has_conditional_clause(head) or frame.lemma_.lower() == "face"):
            return "THREATEN", mode, f"conditional or future use of force ('{head.text}')"
    return typ, mode, None


def _source_for(d: Document, trig: Trigger, lex: Lexicon) -> Attribution | None:
    s, e = trig.char_span()
    qi = quote_containing(d.quotes, s, e)
    if qi is not None:
        q = d.quotes[qi]
        if q.speaker is not None:
            return Attribution(
                name=q.speaker.name, start=q.speaker.start, end=q.speaker.end, actor_id=q.speaker.actor_id,
                quote_index=qi,
            )
    return speech_source(trig.token, lex.speech_verbs)


def _non_referring(actor: EventActor) -> bool:
    """A demonstrative or impersonal pronoun the actors stage did not resolve ("this", "it", "someone")."""
    return actor.actor_id is None and actor.name.strip().lower() in NON_REFERRING


def _first_person(actor: EventActor) -> bool:
    return actor.actor_id is None and actor.name.lower() in FIRST_PERSON


def _speaker_pronoun(actor: EventActor, src: Attribution) -> bool:
    """An unresolved "he"/"she" subject inside someone's reported speech ("X said he was ready")
    refers to the speaker X unless the actors stage resolved it otherwise."""
    return (
        actor.actor_id is None
        and actor.name.lower() in ("he", "she")
        and src.name.lower() not in ("he", "she")
        and (src.actor_id is not None or src.cue is None or src.cue.lemma_ != "accord")
    )


def _source_actor(d: Document, src: Attribution) -> EventActor:
    if src.actor_id:
        actor = _actor_index(d).get(src.actor_id)
        if actor is not None:
            return EventActor(name=actor.name, actor_id=actor.id, country=actor.country, sector=actor.sector,
                              start=src.start, end=src.end)
    if src.start is not None and src.end is not None:
        return _actor_for_span(d, src.start, src.end)
    return EventActor(name=src.name)


def sentence_drafts(d: Document, sent: Span, places: dict[str, Place], lex: Lexicon) -> list[Draft]:
    triggers = find_triggers(sent, lex)
    drafts: list[Draft] = []
    for trig in triggers:
        if _absorbed(trig, triggers, lex.accusation_verbs):
            continue
        tok = trig.token
        srcs, tgts, reciprocal = arguments(sent, tok)
        accusation = _accusation(tok, lex.accusation_verbs) if trig.type not in VERBAL else None
        event_nouns = {t.token.i: t for t in triggers if t.is_noun}
        continues = _continues_event(tok, event_nouns)
        if continues is not None:
            # "an attack on a camp *that killed* six": the camp did not kill; the attack did
            srcs = []
        if accusation is not None:
            # "X accused Y of shelling Z": Y is the alleged actor, X the source of the claim
            srcs = [_phrase_span(accusation[2])]
        # "of"-objects of event nouns that are places or actors ("the fall of Kabul")
        if trig.is_noun and not tgts:
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ == "of":
                    for g in c.children:
                        if g.dep_ == "pobj" and (g.ent_type_ in ("GPE", "LOC", "ORG", "NORP", "FAC") or g.pos_ == "PROPN"):
                            tgts.append(_phrase_span(g))
        observed_by = ""
        headline = in_headline(d, sent)
        passive = _headline_passive(tok) if headline else None
        if passive is None and tok.dep_ == "conj" and tok.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in tok.head.children):
            # gapped passive: "two were killed and five *wounded*" (the auxiliary is shared)
            passive = _headline_passive(tok)
        if (
            passive is None and tok.dep_ in ("acl", "csubj", "csubjpass") and tok.tag_ == "VBN"
            # a finite past verb mis-tagged as a participle ("a group *protested* Wednesday") is the predicate
            and sent.root.pos_ in ("VERB", "AUX") and tok.head.dep_ not in ("ROOT", "appos")
            and not any(c.dep_ == "conj" for c in tok.children)
        ):
            # reduced passive relative: "14 riders *detained* during the march" — the riders were detained
            reduced = _headline_passive(tok)
            if reduced is not None:
                head_noun = [_phrase_span(tok.head)] if tok.dep_ == "acl" and tok.head.pos_ in ("NOUN", "PROPN") else []
                # explicit targets ("committed *against* civilians") stay; else the modified noun is the target
                kept = [t for t in tgts if t not in reduced[0] and t not in srcs]
                passive = (reduced[0], reduced[1] + (kept or head_noun))
        if passive is not None:
            srcs, tgts = passive
        if headline:  # Title Case mis-parses "Near Kherson" as an object
            tgts = [t for t in tgts if not _is_locative(d, t)]
        if trig.is_noun and tok.dep_ in ("dobj", "obj") and tok.head.lemma_.lower() in lex.observer_verbs:
            # "we heard the explosion", "officials condemned the attack": observers, not actors
            observer = _subject_span(tok.head)
            if observer in srcs:
                srcs = [x for x in srcs if x != observer]
                observed_by = d.text[observer[0] : observer[1]] if observer else ""
        if trig.is_noun and not srcs:
            srcs = _modifier_actors(tok, d, lex)
        mod = analyse(tok, lex.intent_words)
        if mod.intent is not None and not srcs:
            subj = _subject_span(clause_head(mod.intent))
            if subj:
                srcs = [subj]
        involvement_only = False
        denied_by: str | None = None
        if trig.is_noun:
            agents = _relcl_agents(tok)
            if agents:
                # "the operation (he said) had been carried out by X": X acted; a negated light verb
                # ("he had not organised the operation") denies only the subject's involvement.
                head = tok.head
                own_negation = any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") for c in tok.children)
                if mod.negated and head is not tok and head.lemma_.lower() in lex.light_verbs and not own_negation:
                    involvement_only = True
                    who = _subject_span(head)
                    denied_by = d.text[who[0] : who[1]] if who else None
                srcs = agents
        if not _keep_trigger(trig, srcs, tgts, lex, mod.negated):
            continue
        typ, mode, why = _retype(trig, mod, lex)
        if why == "drop":
            continue
        reasons: dict[str, str] = {}
        if why:
            reasons["type"] = why
        # "they will face resistance from us": the 'from' object acts, the subject receives
        if trig.is_noun and tok.head.lemma_.lower() == "face":
            frm = [
                _phrase_span(g)
                for holder in (tok, tok.head)
                for c in holder.children
                if c.dep_ == "prep" and c.lower_ == "from"
                for g in c.children
                if g.dep_ == "pobj"
            ]
            subj = _subject_span(tok.head)
            if frm:
                srcs, tgts = frm, ([subj] if subj else [])
        srcs, instruments = _instrument_actors(d, srcs, lex)
        if trig.type in MATERIAL_CONFLICT:
            tgts = _instrument_targets(d, tok, tgts, lex)
        if instruments and not srcs:
            reasons["actors"] = (
                f"{', '.join(repr(x) for x in instruments)}: a weapon or cause, not an actor; who is responsible is not stated"
            )
        elif observed_by and not srcs:
            reasons["actors"] = f"{observed_by!r} observed or judged it, not an actor; who is responsible is not stated"
        if involvement_only:
            reasons["actors"] = (
                f"not an event by {denied_by!r}: their involvement is negated" if denied_by else "involvement negated"
            )
        if mod.conditional or (mod.hypothetical and typ != "THREATEN"):
            status = "hypothetical"
        elif mod.negated and not involvement_only:
            status = "denied"
        elif mod.future and typ != "THREATEN" and mod.intent is None:
            status = "future"
        else:
            status = "asserted"
        if status == "denied" and typ in COOPERATION and not involvement_only and srcs:
            # "X did not agree / refused to meet / failed to reach a deal": a refusal by X
            reasons["type"] = f"negated {typ.lower()} ('{tok.text}') coded as a refusal"
            typ, status = "REJECT", "asserted"
        denial: Attribution | None = None
        if status in ("asserted", "future") and not involvement_only:
            # "X denied that its troops had shelled …", "X rejected claims that …": a denial by X
            denial = denial_source(tok, lex.deny_verbs, lex.claim_nouns, lex.light_verbs)
            if denial is not None and denial.cue is not None:
                status = "denied"
                reasons["status"] = f"denied by {denial.name or 'the source'} ('{denial.cue.text}')"
        if mod.conditional:
            reasons["modality"] = "conditional"
        elif typ == "THREATEN" and (has_conditional_clause(clause_head(tok))):
            reasons["modality"] = "conditional threat"
        actors = [_actor_for_span(d, s, e) for s, e in srcs]
        recipients = [_actor_for_span(d, s, e) for s, e in tgts]
        if reciprocal:
            reasons["reciprocal"] = "both sides participate"
        draft = Draft(trigger=trig, sent=sent, type=typ, mode=mode, context=list(trig.context), status=status,
                      actors=actors, recipients=recipients, reasons=reasons, modality=mod)
        if continues is not None and "actors" not in reasons:
            reasons["actors"] = f"the relative clause continues the event '{continues.token.text}', whose actor is not named"
        verbal_governors = {t.token.i for t in triggers if t.type in VERBAL and t is not trig}
        draft.no_inherit = (
            "not an actor" in reasons.get("actors", "")
            or accusation is not None
            or continues is not None
            # "demanded an inquiry into an attack": the speaker asks about it, it is no self-report
            or any(a.i in verbal_governors for a in tok.ancestors)
        )
        draft.source = _source_for(d, trig, lex)
        if accusation is not None and accusation[1] is not None and draft.source is None:
            a_s, a_e = _phrase_span(accusation[1])
            draft.source = Attribution(name=d.text[a_s:a_e], start=a_s, end=a_e, cue=accusation[0], head=accusation[1])
            draft.reasons["status"] = f"alleged: '{accusation[0].text}' by {d.text[a_s:a_e]}"
        if denial is not None and denial.name and (draft.source is None or draft.source.quote_index is None):
            draft.source = denial
        if draft.source is not None:
            src_actor = _source_actor(d, draft.source)
            draft.actors = [src_actor if _first_person(a) or _speaker_pronoun(a, draft.source) else a for a in draft.actors]
            draft.recipients = [src_actor if _first_person(a) else a for a in draft.recipients]
        pronouns = [a.name for a in draft.actors if _non_referring(a)]
        if pronouns:
            draft.actors = [a for a in draft.actors if not _non_referring(a)]
            if not draft.actors:
                draft.reasons["actors"] = f"{', '.join(repr(p) for p in pronouns)} does not resolve to an actor"
        draft.recipients = [a for a in draft.recipients if not _non_referring(a)]
        if status == "denied":
            if draft.actors:
                draft.reasons["actors"] = "negated: the named actor is said not to have done it (" + ", ".join(a.name for a in draft.actors) + ")"
            draft.actors = []
        draft.place = _event_place(d, sent, tok, places, [t.token for t in triggers])
        if draft.place is None:
            draft.reasons["place"] = "no place mentioned in the sentence"
        draft.date = _event_date(d, sent, tok)
        if draft.date is None:
            draft.reasons["date"] = "no date in the sentence and no publication date"
        if typ in MATERIAL_CONFLICT or typ == "THREATEN":
            found = find_counts(d.text, sent.start_char, sent.end_char)
            if not found.empty():
                draft.counts = Counts(fatalities=found.fatalities, injured=found.injured, arrested=found.arrested,
                                      size=found.size, size_text=found.size_text)
        base = 0.45 if trig.weak else 0.65
        draft.confidence = base + (0.1 if srcs else 0.0) + (0.05 if tgts else 0.0)
        if headline:
            draft.reasons["headline"] = "from the headline" + (" (passive: the subject is the target)" if passive is not None else "")
        drafts.append(draft)
    return drafts


# --------------------------------------------------------------------------------------------
# per document


def _same_happening(a: Draft, b: Draft) -> bool:
    if a.type != b.type or a.mode != b.mode or a.place is None or b.place is None:
        return False
    same_place = (a.place.place_id and a.place.place_id == b.place.place_id) or a.place.name == b.place.name
    return bool(same_place) and {a.status, b.status} <= {"asserted", "claimed"} and (not a.actors or not b.actors) and (
        a.date is None or b.date is None or a.date.precision == "publication" or b.date.precision == "publication"
    )


HEADLINE_CONFIDENCE = 0.7


def _merge_headline(drafts: list[Draft]) -> None:
    """A headline event is a summary of a body event: folded into the first body event of the same
    type (which gains what the headline adds: a place, recipients), otherwise kept with lower confidence."""
    heads = [x for x in drafts if not x.drop and "headline" in x.reasons]
    body = [x for x in drafts if not x.drop and "headline" not in x.reasons]
    for h in heads:
        same = next((b for b in body if b.type == h.type and b.status != "denied"), None)
        if same is None:
            same = next((b for b in body if b.type == h.type), None)
        if same is None:
            h.confidence = round(h.confidence * HEADLINE_CONFIDENCE, 3)
            h.reasons["headline"] += "; no body sentence reports it (lower confidence)"
            continue
        if same.place is None and h.place is not None:
            same.place = h.place
            same.reasons.pop("place", None)
        if not same.recipients and h.recipients:
            same.recipients = h.recipients
        if not same.actors and h.actors:
            same.actors = h.actors
        same.mentions.append(h.sent)
        same.reasons["headline_merged"] = f"also the headline's '{h.trigger.token.text}'"
        h.drop = True


def _merge(drafts: list[Draft]) -> None:
    for i, a in enumerate(drafts):
        if a.drop or a.type not in ("ASSAULT", "COERCE") or "seize" not in a.mode:
            continue
        for b in drafts[i + 1 :]:
            if b.drop or not _same_happening(a, b):
                continue
            keep, other = (a, b) if a.actors else (b, a)
            if not keep.actors:
                keep.actors = other.actors
            if (keep.date is None or keep.date.precision == "publication") and other.date is not None:
                keep.date = other.date
            if not keep.recipients:
                keep.recipients = other.recipients
            if "asserted" in (keep.status, other.status):
                keep.status = "asserted"
                keep.source = keep.source if keep.status == "claimed" else None
            keep.reasons["merged"] = f"same event as '{other.trigger.token.text}' at {other.start}"
            other.drop = True
            if keep is b:
                break


def _org_of(d: Document, src: Attribution) -> EventActor | None:
    """The organisation or country a source speaks for ("a Taliban official", "the Taliban's account")."""
    if src.start is None or src.end is None or d.doc is None:
        return None
    span = _token_range(d.doc, src.start, src.end)
    if span is None:
        return None
    actor_at: dict[int, str] = d.cache.get("actor_at", {})
    index = _actor_index(d)
    for tok in span:
        aid = actor_at.get(tok.i)
        actor = index.get(aid) if aid else None
        if actor is not None and actor.kind in ("organization", "group", "country"):
            return EventActor(name=actor.name, actor_id=actor.id, country=actor.country, sector=actor.sector,
                              start=tok.idx, end=tok.idx + len(tok.text))
    for ent in span.ents:
        if ent.label_ in ("ORG", "NORP", "GPE"):
            named = next((a for a in index.values() if a.name.lower() == ent.text.lower()), None)
            if named is not None:
                return EventActor(name=named.name, actor_id=named.id, country=named.country, sector=named.sector,
                                  start=ent.start_char, end=ent.end_char)
            return EventActor(name=ent.text, start=ent.start_char, end=ent.end_char)
    return None


def _is_generic(actor: EventActor) -> bool:
    """An unaffiliated group noun ("fighters", "hundreds of troops"): no proper name, no "of X"."""
    words = actor.name.split()
    if not words:
        return True
    return (
        words[-1].lower() in GENERIC_GROUP
        and not any(w[:1].isupper() for w in words)
        and " of " not in f" {actor.name.lower()} ".replace("hundreds of", "").replace("thousands of", "")
    )


def _agentless_passive(tok: Token) -> bool:
    """A passive verb trigger with no "by X" ("were killed", "… and five wounded" in a passive conjunction)."""
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    if (
        tok.tag_ == "VBN" and tok.dep_ in ("acl", "csubj", "csubjpass") and not any(c.dep_ == "aux" for c in tok.children)
        and tok.sent.root.pos_ in ("VERB", "AUX") and tok.head.dep_ not in ("ROOT", "appos")
    ):
        return not any(c.dep_ == "agent" for c in tok.children)  # "civilians *wounded* in the shelling"
    for t in (tok, tok.head if tok.dep_ == "conj" else tok):
        if any(c.dep_ == "agent" for c in t.children):
            return False
        if any(c.dep_ in ("nsubjpass", "auxpass") for c in t.children):
            return True
    return False


def _inherit_from_source(d: Document, drafts: list[Draft], lex_police: frozenset[str] = frozenset()) -> None:
    for dr in drafts:
        if dr.drop or dr.source is None or dr.type in VERBAL or dr.status in ("denied",):
            continue
        if dr.no_inherit:
            continue  # "the ministry said a missile struck …" is no self-report of the ministry
        if not dr.actors and dr.type == "ASSAULT" and "seize" not in dr.mode and _agentless_passive(dr.trigger.token):
            continue  # "two drivers were killed, the administration said": victims reported, not a self-report
        generic = all(_is_generic(a) for a in dr.actors)
        if dr.actors and not generic:
            continue
        org = _org_of(d, dr.source)
        if org is None or (dr.type in MATERIAL_CONFLICT and org.sector in UNARMED_SECTORS):
            continue  # aid workers or a hospital reporting shelling are witnesses, not the shooters
        if dr.type == "ASSAULT" and any(w in lex_police for w in org.name.lower().split()):
            continue  # "one person was injured in the firing, police said": police report, they are not the shooters
        dr.actors = [org, *dr.actors]
        dr.reasons["actors"] = f"actor inferred from the claiming source '{dr.source.name}' (self-report)"


def _dispute(d: Document, drafts: list[Draft], lex: Lexicon) -> None:
    claims = [x for x in drafts if not x.drop and x.status == "claimed"]
    for neg in drafts:
        if neg.drop or neg.status != "denied" or neg.source is None:
            continue
        for claim in claims:
            if claim.start >= neg.start or neg.sent.start - claim.sent.end > 80:
                continue
            if claim.source is not None and claim.source.name == neg.source.name:
                continue
            if claim.type == neg.type or {claim.type, neg.type} <= {"ASSAULT", "MOBILIZE"}:
                claim.status = "disputed"
                claim.reasons["status"] = f"contradicted by {neg.source.name}"


def _finalize_status(d: Document, drafts: list[Draft]) -> None:
    published = d.article.published if d.article else None
    for dr in drafts:
        if dr.source is not None and dr.status == "asserted":
            src_actor = _source_actor(d, dr.source)
            speaker_acts = (
                not dr.actors
                or any(a.actor_id and a.actor_id == src_actor.actor_id for a in dr.actors)
                or any(a.start is not None and a.start == src_actor.start for a in dr.actors)
                or any(a.name.lower() in ("he", "she", "they") for a in dr.actors)
            )
            if not (dr.type in VERBAL and speaker_acts):
                dr.status = "claimed"
        if dr.status in ("asserted", "claimed") and _is_historical(dr.date, published):
            dr.status = "historical"


# Violence words that news also uses for words ("attacks on his rival", "fighting to protect jobs").
AMBIGUOUS_FORCE = frozenset({"attack", "assault", "hit", "blast", "fight", "fighting", "battle", "war", "slam", "target"})


def _verbal_or_figurative(dr: Draft, quad: dict[str, float], lex: Lexicon | None = None) -> None:
    """Re-read an ambiguous violence trigger with the sentence classifier: a verbal-conflict sentence
    makes "attacks on X" an ACCUSE; a sentence with no conflict at all drops it. A weapon named on
    the trigger ("an *artillery* attack", "*rocket* attacks") makes it physical whatever the sentence."""
    if dr.type != "ASSAULT" or dr.trigger.key not in AMBIGUOUS_FORCE or dr.trigger.type != "ASSAULT":
        return
    tok = dr.trigger.token
    if lex is not None and any(
        c.dep_ in ("compound", "amod", "nmod") and c.lemma_.lower() in lex.instrument_nouns for c in tok.children
    ):
        return
    if lex is not None:
        figurative = next((c.text for c in tok.children if c.dep_ in ("amod", "advmod") and c.lower_ in lex.figurative_modifiers), None)
        for r in dr.recipients:
            span = tok.doc.char_span(r.start, r.end, alignment_mode="expand") if r.start is not None and r.end is not None else None
            if figurative is None and span is not None and r.actor_id is None and span.root.lemma_.lower() in lex.abstract_targets:
                figurative = span.root.text
        if figurative is not None:
            dr.type, dr.mode = "ACCUSE", ["disapprove"]
            dr.reasons["type"] = f"'{tok.text}' read as verbal ('{figurative}')"
            dr.counts = None
            return
    material = quad.get("4", 0.0)
    verbal = quad.get("3", 0.0)
    if verbal > material and verbal >= 0.4:
        dr.type, dr.mode = "ACCUSE", ["disapprove"]
        dr.reasons["type"] = f"'{dr.trigger.token.text}' read as verbal (sentence classifier: verbal conflict {verbal:.2f})"
        dr.counts = None
    elif dr.status != "denied" and material < 0.25 and quad.get("0", 0.0) + quad.get("1", 0.0) + quad.get("2", 0.0) > 0.6:
        dr.drop = True


def _sentence_scores(sent: Span, lex: Lexicon) -> dict[str, dict[str, float]]:
    out: dict[str, dict[str, float]] = {}
    text = featurize(sent.text, lexicon_features(sent, lex))
    for head in ("quad", "police"):
        model = load_model(head)
        if model is not None:
            out[head] = model.scores(text)
    return out


def extract_events(
    d: Document, lex: Lexicon | None = None, score_sentences: bool = True, heads: EventHeads | None = None
) -> list[Event]:
    """All events of a parsed document (the ``events`` stage body); with ``heads`` the event heads
    on the shared encoder decide which assembled events are real."""
    lex = lex or lexicon()
    assert d.doc is not None
    places = {p.id: p for p in d.places}
    drafts: list[Draft] = []
    scores: dict[int, dict[str, dict[str, float]]] = {}
    for sent in d.doc.sents:
        if not sent.text.strip():
            continue
        if score_sentences:
            scores[sent.start_char] = _sentence_scores(sent, lex)
        for dr in sentence_drafts(d, sent, places, lex):
            quad = scores.get(sent.start_char, {}).get("quad")
            if quad is not None:
                _verbal_or_figurative(dr, quad, lex)
                if dr.drop:
                    continue
                q = quad_class(dr.type)
                p = quad.get(str(QUAD_INDEX.get(q or "", 0)), 0.0)
                dr.confidence = min(1.0, round(0.6 * dr.confidence + 0.4 * (0.3 + 0.7 * p), 3))
            drafts.append(dr)
    d.cache["event_sentence_scores"] = scores
    for dr in quote_drafts(d, drafts, scores, lex):
        dr.date = _event_date(d, dr.sent, dr.trigger.token)
        dr.place = _event_place(d, dr.sent, dr.trigger.token, places)
        drafts.append(dr)
    _inherit_from_source(d, drafts, lex.police_nouns)
    _finalize_status(d, drafts)
    _dispute(d, drafts, lex)
    _merge(drafts)
    _merge_headline(drafts)
    skip = frozenset(x.strip() for x in os.environ.get("EVENTWIRE_ASSEMBLY_SKIP", "").split(",") if x.strip())
    assemble(d, drafts, skip)
    if heads is not None:
        judge_drafts(d.doc, d.doc.text, drafts, heads)
    return [_to_event(d, dr, i) for i, dr in enumerate(x for x in drafts if not x.drop)]


def _to_event(d: Document, dr: Draft, index: int) -> Event:
    s, e = dr.trigger.char_span()
    ev_s, ev_e = dr.sent.start_char, dr.sent.end_char
    while ev_e > ev_s and d.text[ev_e - 1].isspace():
        ev_e -= 1
    while ev_s < ev_e and d.text[ev_s].isspace():
        ev_s += 1
    words = {t.lemma_.lower() for t in dr.sent} | {t.lower_ for t in dr.sent}
    acled = compat.acled_for(
        dr.type, dr.mode[0] if dr.mode else "", words,
        [a.sector for a in dr.actors if a.sector], [r.sector for r in dr.recipients if r.sector],
    )
    aid = d.article.id if d.article else hashlib.sha256(d.text.encode("utf-8", "surrogatepass")).hexdigest()[:16]
    src = None
    if dr.source is not None:
        src = EventSource(name=dr.source.name, actor_id=dr.source.actor_id, quote_index=dr.source.quote_index,
                          start=dr.source.start, end=dr.source.end)
        if src.actor_id is None and dr.source.start is not None and dr.source.end is not None:
            src.actor_id = _actor_for_span(d, dr.source.start, dr.source.end).actor_id
    return Event(
        id=f"{aid}-e{index}",
        type=dr.type,
        mode=dr.mode,
        context=dr.context,
        actors=dr.actors,
        recipients=dr.recipients,
        place=dr.place,
        date=dr.date,
        status=dr.status,  # type: ignore[arg-type]
        source=src,
        evidence=d.span(ev_s, ev_e),
        mentions=mention_spans(d, dr),
        trigger=d.span(s, e),
        acled=acled,
        cameo=dr.trigger.cameo if dr.type == dr.trigger.type else RETYPED_CAMEO.get(dr.type),
        quad_class=quad_class(dr.type),  # type: ignore[arg-type]
        counts=dr.counts,
        confidence=max(0.0, min(1.0, dr.confidence)),
        reasons=dr.reasons,
    )
