"""From a parsed, annotated document to PLOVER events.

Per sentence (:func:`sentence_drafts`, one :func:`trigger_draft` per trigger, each step a function of its
own): lexicon triggers → modality (negation, condition, modal, intent) → argument frame (who does it to
whom: the actors engineer's roles corrected by the named rules of :mod:`.frames`) → PLOVER type (intent
to cooperate → AGREE, intent to use force → THREATEN, "if …, they will face resistance" → THREATEN) →
status (:data:`STATUS_RULES`, refusal, denial: :func:`sentence_status`) → source (quote speaker,
reporting verb, accuser, denier: :func:`report_source`) → setting (place and date nearest by dependency
path: :func:`event_setting`) → counts (:func:`sentence_counts`).
Per document: claims contradicted by another source become ``disputed``; agentless claims by an
affiliated source take the source's organisation as actor; the same happening mentioned twice
(same type, mode and place) is merged; explicit dates a year or more before publication make an
event ``historical``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace

from spacy.tokens import Span, Token

from ..actors.lexicon import role_nouns
from ..doccache import sentences, span_text
from ..document import Document
from ..gazetteer.recognize import STREET_WORDS
from ..schema import Counts, Event, EventActor, EventDate, EventPlace, EventSource, Place, TimeExpr
from ..timex.lexicon import WEEKDAYS
from . import compat
from .antecedent import object_antecedent, pronoun_antecedent
from .assemble import _portrayal, assemble, assembly_data, event_place_of, mention_spans
from .attribution import Attribution, denial_source, quote_containing, speech_source
from .cameo import QUAD_INDEX, quad_class
from .classifier import featurize, lexicon_features, load_model
from .counts import find_counts
from .frames import (
    COOPERATION,
    GROUP_KINDS,
    MATERIAL_CONFLICT,
    VERBAL,
    ArgumentFrame,
    SentenceContext,
    _absorbed,
    _actor_for_span,
    _actor_index,
    _names_town,
    _phrase_span,
    _token_range,
    argument_frame,
    frame_reason,
    group_head,
    in_headline,
    realising_participle,
)
from .lexicon import DEMAND_KEY, Lexicon, Trigger, find_triggers, lexicon
from .modality import Modality, StatusWords, analyse, clause_head, has_conditional_clause
from .neural import EventHeads, judge_drafts
from .quote_events import quote_drafts
from .setting import (
    PLACE_ANAPHORS,
    REGION_ANAPHORS,
    after_interval,
    anaphor_antecedent,
    clock_only,
    day_in,
    days_before,
    others_destination,
    others_origin,
    past_perfect,
    place_anaphor,
    residence,
    setting_happening,
    since_start,
    told_in_simple_past,
    topic_place,
    with_day,
)
from .words import frame_words

try:
    from ..timex.values import precision_of, to_date_range
except ImportError:  # pragma: no cover
    precision_of = None  # type: ignore[assignment]
    to_date_range = None  # type: ignore[assignment]

HISTORICAL_DAYS = 365
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
# places and dates


def _path_len(a: Token, b: Token) -> int:
    if a is b:
        return 0
    anc_a = {t.i: n for n, t in enumerate([a, *a.ancestors])}
    for n, t in enumerate([b, *b.ancestors]):
        if t.i in anc_a:
            return anc_a[t.i] + n
    return 99



def _in_since_phrase(tok: Token, trigger: Token) -> bool:
    """Whether ``tok`` sits in a "since/until …" phrase, or in a "since/after/before …" clause, that does
    not contain the trigger: "fighting has continued *since November 2022*" is ongoing, and in
    "fighting has continued *since the city was recaptured in November 2022*" the date is the
    recapture's, not the fighting's."""
    words = frame_words()
    for anc in [tok, *tok.ancestors]:
        if anc is not tok and anc.dep_ == "prep" and anc.lower_ in words.since_preps:
            return trigger not in set(anc.subtree)
        if (
            anc.pos_ in ("VERB", "AUX")
            and any(c.dep_ == "mark" and c.lower_ in words.anchor_marks for c in anc.children)
            and trigger not in set(anc.subtree)
        ):
            return True
    return False


MAX_PATH = 6
SENTENCE_PATH = 12  # sentence-place: a long sentence's one setting


def _attached_to(tok: Token, trigger: Token) -> bool:
    """``tok`` depends on the trigger directly or through one preposition ("struck him *on Dec. 6*")."""
    head = tok.head
    return head.i == trigger.i or (head.dep_ == "prep" and head.head.i == trigger.i)


def _nearest(
    sent: Span, trigger: Token, spans: Sequence[tuple[int, int]], others: Sequence[Token] = (), max_path: int = MAX_PATH,
    through_setting: bool = False,
) -> tuple[int, int] | None:
    """The span nearest to the trigger along the dependency tree (within ``max_path`` arcs; at equal
    distance one attached to the trigger itself: "a 1996 pickup that struck him on Dec. 6" is Dec. 6), skipping
    spans in "since …" phrases and spans inside another trigger's arguments (with ``through_setting``, not
    those of the happening the trigger took place in: ``setting-happening-place``)."""
    best: tuple[tuple[int, int], tuple[int, int]] | None = None
    for s, e in spans:
        tok_span = _token_range(sent.doc, s, e)
        if tok_span is None or tok_span.start < sent.start or tok_span.end > sent.end:
            continue
        if _in_since_phrase(tok_span.root, trigger):
            continue
        dist = _path_len(trigger, tok_span.root)
        if dist > max_path:
            continue
        root = tok_span.root
        if any(
            o is not trigger and o in root.ancestors and o not in trigger.ancestors and o.pos_ in ("NOUN", "PROPN")
            and not (through_setting and setting_happening(o, trigger))
            for o in others
        ):
            continue
        key = (dist, 0 if _attached_to(root, trigger) else 1)  # a tie goes to the trigger's own phrase
        if best is None or key < best[0]:
            best = (key, (s, e))
    return best[1] if best else None


def _anaphors(d: Document, sent: Span, places: dict[str, Place], named: Sequence[tuple[int, int, str]]) -> dict[tuple[int, int], tuple[int, int, str]]:
    """``place-anaphor``: "the town", "the area" in the sentence, each with the mention it stands for."""
    out: dict[tuple[int, int], tuple[int, int, str]] = {}
    for tok in sent:
        if place_anaphor(tok) and not any(s <= tok.idx < e for s, e, _ in named):
            ante = anaphor_antecedent(d, tok, places)
            if ante is not None:
                out[(tok.idx, tok.idx + len(tok.text))] = ante
    return out


def _others_destination(sent: Span, start: int, end: int, trigger: Token) -> bool:
    """``destination-apart`` and ``origin-apart`` (see .setting): where another word's movement goes or
    whence another word's person or thing comes."""
    tok_span = _token_range(sent.doc, start, end)
    return tok_span is not None and (others_destination(tok_span.root, trigger) or others_origin(tok_span.root, trigger))


def _setting_mentions(d: Document, sent: Span, trigger: Token, verbal: bool = False) -> list[tuple[int, int, str]]:
    """The place mentions of the sentence that may set the trigger's event: not the dateline
    (``dateline-apart``) nor another word's destination (``destination-apart``, see .setting); for an
    event of words (``verbal``) not the country it is addressed to (``addressee-country-apart``)."""
    dl = d.article.dateline_span if d.article else None
    countries = {p.id for p in d.places if p.feature == "country"} if verbal else set()
    dated = dl is not None and any(s < dl.end and e > dl.start for s, e, _ in d.slots.place_mentions)
    out = [
        (s, e, pid) for s, e, pid in d.slots.place_mentions
        if sent.start_char <= s and e <= sent.end_char and not (dl is not None and s < dl.end and e > dl.start)
        and not _others_destination(sent, s, e, trigger) and not _title_place(d, sent, s, e)
        and not _party_tag_place(d.text, s)
        and not _happening_place(sent, s, e, trigger) and not _content_place(sent, s, e, trigger)
        and not _asked_thing_place(sent, s, e, trigger) and not topic_place(d, s, e)
        and not (pid in countries and _addressee(sent, s, e, trigger))
        and not (verbal and dated and _told_about_place(sent, s, e, trigger))
    ]
    return _owner_countries_apart(d, sent, out)


# Nouns a country names as ground, not as owner: "on U.S. soil", "in Turkish territory".
GROUND_NOUNS = frozenset({"soil", "territory", "side", "border", "coast", "waters", "airspace", "mainland", "land", "frontier"})


def _owner_countries_apart(d: Document, sent: Span, mentions: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``owner-country-apart``: a country that only modifies a noun ("the attacks on a *U.S.* diplomatic compound
    in Benghazi", "*U.S.* troops in Mosul") names whose the thing is, not where the event is, when the sentence
    tells a resolved place as a setting ("in Benghazi"); "on *U.S.* soil" is ground (``GROUND_NOUNS``)."""
    if len(mentions) < 2:
        return mentions
    places = {p.id: p for p in d.places}
    owners, settings = set(), False
    for s, e, pid in mentions:
        p = places.get(pid)
        span = _token_range(sent.doc, s, e)
        if p is None or p.lat is None or span is None:
            continue
        root = span.root
        while root.dep_ == "conj" and root.head.i != root.i:  # "the *U.S.* and *UK* foreign secretaries"
            root = root.head
        if p.feature == "country" and root.dep_ in ("compound", "amod", "nmod") and root.head.pos_ == "NOUN" \
                and root.head.lemma_.lower() not in GROUND_NOUNS:
            owners.add((s, e))
        elif _locative(root):
            settings = True
    return [m for m in mentions if (m[0], m[1]) not in owners] if owners and settings else mentions


# Arcs a place may hang on to be where words were said: the trigger's own phrases and its subject's.
SETTING_PATH_DEPS = frozenset({
    "prep", "pobj", "compound", "amod", "nmod", "poss", "appos", "conj", "cc", "det", "npadvmod", "nsubj", "nsubjpass", "case",
    "dobj", "iobj", "dative", "attr", "xcomp", "pcomp",
})
"""The trigger's own objects and infinitives too: "charged a *South St. Paul* man", "directed the officials to
keep peace *in X*" (the order is for X); a clause of its own ("stating that what happened *at X* ...") is not."""


def _told_about_place(sent: Span, start: int, end: int, trigger: Token) -> bool:
    """``told-about-place``: in a datelined report, a place that does not hang on a verbal trigger through its
    own phrases, objects or subject ("*in X* the minister said", "protesters *in X* demanded") but lies in a
    clause of its own ("stating that what happened *at X* was disgraceful, he appealed ...", "asserted that the
    government *in X* was callous while demanding a probe") is no place where the words were said: the
    event takes the dateline's place."""
    span = _token_range(sent.doc, start, end)
    if span is None or trigger.pos_ != "VERB":
        return False
    tok = span.root
    while tok.i != trigger.i:
        if tok.head.i == tok.i or (tok.dep_ not in SETTING_PATH_DEPS and not _presence_participle(tok, trigger)):
            return True
        tok = tok.head
    return False


def _presence_participle(tok: Token, trigger: Token) -> bool:
    """"*Speaking in X*, the minister appealed ...": a participle with no subject of its own on the trigger
    tells where the speaker was."""
    return (
        tok.dep_ == "advcl" and tok.head.i == trigger.i and tok.tag_ in ("VBG", "VBN")
        and not any(c.dep_ in ("nsubj", "nsubjpass", "mark", "ccomp") for c in tok.children)
    )


def _addressee(sent: Span, start: int, end: int, trigger: Token) -> bool:
    """``addressee-country-apart``: the object of a verbal trigger, or of an ``addressee_preps``
    preposition on it ("lashed out *at Turkey*", "appealed *to Russia*", "defied *the US*"), is the party
    spoken to or about; the event happened where the words were said."""
    span = _token_range(sent.doc, start, end)
    if span is None or trigger.pos_ != "VERB":
        return False
    root = span.root
    if root.dep_ == "dobj" and root.head.i == trigger.i:
        return True
    prep = root.head
    return (
        root.dep_ == "pobj"
        and prep.lower_ in frame_words().addressee_preps
        and (prep.head.i == trigger.i or (prep.head.dep_ == "prt" and prep.head.head.i == trigger.i))
    )


CONTENT_DEPS = frozenset({"ccomp", "xcomp"})


def _content_place(sent: Span, start: int, end: int, trigger: Token) -> bool:
    """``content-clause-place``: a place inside the "that" or "to" clause of a verb that demands, asks or
    alleges (frames.json ``content_place_verbs``: "demanded that the government take over the land *at X*")
    is where the told act is, not where the demand was made."""
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in frame_words().content_place_verbs:
        return False
    span = _token_range(sent.doc, start, end)
    if span is None:
        return False
    for anc in span.root.ancestors:
        if anc.head.i == trigger.i and anc.i != trigger.i:
            return anc.dep_ in CONTENT_DEPS and anc.pos_ in ("VERB", "AUX")
    return False


ASKER_DEPS = frozenset({"nsubj", "nsubjpass", "npadvmod", "advmod", "aux", "auxpass", "neg", "punct"})


def _asked_thing_place(sent: Span, start: int, end: int, trigger: Token) -> bool:
    """``asked-thing-place``: a place told after a request verb whose object is the thing asked for
    (frames.json ``content_request_verbs``: "sought a ban on the programme *at the acquired land in X*",
    "sought adequate forces *in X*", "staged a dharna outside the assembly *demanding the transfer of the
    land at X*") is where the asked-for thing is, not where the request was made (the sentence's other
    places, the dateline or the story's place are). The asker's own phrase ("protesters *in X* demanded")
    keeps it."""
    span = _token_range(sent.doc, start, end)
    if span is None:
        return False
    asking = frame_words().content_request_verbs
    child = span.root
    for anc in span.root.ancestors:
        if anc.i == trigger.i:
            return _asks(anc, asking) and child.i > anc.i and child.dep_ not in ASKER_DEPS
        if _asks(anc, asking) and anc.i < span.root.i and trigger not in anc.subtree:
            return True  # another verb's demand inside the trigger's sentence ("a dharna demanding X at Y")
        child = anc
    return False


def _asks(tok: Token, asking: frozenset[str]) -> bool:
    return tok.pos_ == "VERB" and tok.lemma_.lower() in asking


# party-tag-apart: a party letter and hyphen before a place ("Sen. Tom Barlow, R-Westfield,", "(D-Mass.)")
PARTY_TAG = re.compile(r"(?:^|[\s(\[,;])[DRI]-$")


def _party_tag_place(text: str, start: int) -> bool:
    """party-tag-apart: the place in a lawmaker's party-and-district tag ("Rep. Ann Lee, *D-Westfield*,
    said ...", "Sen. X (R-Utah)") is the district the lawmaker represents, not where the event happened."""
    return bool(PARTY_TAG.search(text[max(0, start - 3) : start]))


HAPPENING_SETTING_PREPS = frozenset({"in", "during", "at"})


def _happening_place(sent: Span, start: int, end: int, trigger: Token) -> bool:
    """happening-place-apart: a place that only modifies a noun of another happening or an issue
    (``happening_place_nouns``, or an event noun of the trigger lexicon: "rejected the formula on the
    *ayodhya* issue", "demanded his dismissal over the *godhra* carnage") says where that issue or happening
    is, not where the trigger's event is. The trigger's own noun ("the *surat* riots spread") and the
    happening the trigger took place in ("killed in the *surat* riots") keep it, as do things ("attacked a
    *surat* hotel")."""
    span = _token_range(sent.doc, start, end)
    if span is None:
        return False
    root, noun = span.root, span.root.head
    if root.dep_ not in NOUN_MODIFIER_DEPS or noun.pos_ != "NOUN" or noun.i == trigger.i or span.start <= noun.i < span.end:
        return False
    lemma = noun.lemma_.lower()
    if not ({lemma, noun.lower_} & frame_words().happening_place_nouns or lemma in lexicon().nouns):
        return False
    prep = noun.head
    return not (noun.dep_ == "pobj" and prep.lower_ in HAPPENING_SETTING_PREPS and prep.head.i == trigger.i)


TITLE_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss"})
TITLE_SECTORS = frozenset({"GOV", "LEG"})


def _title_place(d: Document, sent: Span, start: int, end: int) -> bool:
    """title-place-apart: a place that modifies an office-holder's title right after it ("met the
    *karnataka* chief minister", "called on the *Vermont* senator") names the office's jurisdiction, not
    where the event happened (another place of the sentence, the dateline or the story's place does); a
    police title ("the *county* sheriff") or a group ("gujarat police") may still set it. An abbreviated title
    ("*Wisconsin* Gov. Ann Lee", whatever its parse) and the place an office-holder is "of" ("Rep. Ann Lee of
    *Maryland*") name a jurisdiction too."""
    if d.article is None:
        return False
    span = _token_range(sent.doc, start, end)
    if span is None:
        return False
    words = [t.lower_ for t in sent.doc[span.end : min(span.end + 4, sent.end)] if t.text != "-"]
    if (words and words[0] in frame_words().office_title_abbreviations) or _office_holder_of(span.root):
        return True  # "Wisconsin Gov. Ann Lee" whatever its parse; "Rep. Ann Lee of Maryland"
    if span[-1].dep_ not in TITLE_MODIFIER_DEPS:
        return False
    for n in (2, 1):
        office = office_title(" ".join(words[:n])) if len(words) >= n else None
        if office is not None:
            return office
    return False


def _office_holder_of(root: Token) -> bool:
    """"Rep. Ann Lee *of Maryland*", "Sen. Tom Barlow of Westfield": the place an office-holder is "of" is
    the office's jurisdiction."""
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ != "of" or prep.head.ent_type_ != "PERSON":
        return False
    return any(c.dep_ == "compound" and c.i < prep.head.i and office_title(c.lower_) for c in prep.head.children)


def office_title(words: str) -> bool | None:
    """Whether ``words`` ("governor", "gov.", "the senator") is a person's office of government or a
    legislature (``office_title_abbreviations``: "Gov.", "Sen.", "Rep."); None when it is no role noun."""
    if words in frame_words().office_title_abbreviations:
        return True
    role = role_nouns().get(words)
    if role is None:
        return None
    return role.kind == "person" and bool(TITLE_SECTORS & set(role.sectors)) and "COP" not in role.sectors


def _scene_first(sent: Span, mentions: list[tuple[int, int, str]], places: dict[str, Place]) -> list[tuple[int, int, str]]:
    """``residence-apart`` (see .setting): a person's home town (not a state: "a Texas man") is set aside
    when the sentence names another resolved place ("the Kansas City man was stabbed in Independence"
    happened in Independence). (A place another word comes from, ``origin-apart``, never reaches here:
    :func:`_setting_mentions` leaves it out.)"""
    homes = [
        m for m in mentions
        if (span := _token_range(sent.doc, m[0], m[1])) is not None and residence(span.root) and _town_level(places.get(m[2]))
    ]
    scenes = [m for m in mentions if m not in homes]
    return scenes if homes and any((p := places.get(m[2])) is not None and p.lat is not None for m in scenes) else mentions


def _town_level(place: Place | None) -> bool:
    """Not a state or a country ("a Texas man" is left to ``finer-story-place``)."""
    return place is not None and place.feature not in ("admin1", "country")


def _event_place(
    d: Document, sent: Span, trigger: Token, places: dict[str, Place], others: Sequence[Token] = (), scene_first: bool = False,
    verbal: bool = False,
) -> EventPlace | None:
    """The resolved place (or place anaphor) nearest the trigger; a place with no coordinates only when
    no resolved one is near (``resolved-place``: "in X village near Y" with X unknown to the gazetteer
    is near Y, precision 2)."""
    in_sent = _setting_mentions(d, sent, trigger, verbal)
    if scene_first:
        in_sent = _scene_first(sent, in_sent, places)
    resolved = [m for m in in_sent if (p := places.get(m[2])) is not None and p.lat is not None]
    anaphors = _anaphors(d, sent, places, in_sent)
    nearest_any = _nearest(sent, trigger, [(s, e) for s, e, _ in in_sent], others, through_setting=True)
    hit = _nearest(sent, trigger, [(s, e) for s, e, _ in resolved] + list(anaphors), others, through_setting=True) or nearest_any
    if hit is None:  # sentence-place: a resolved place farther along its own sentence, no other trigger's
        hit = _nearest(sent, trigger, [(s, e) for s, e, _ in resolved], others, max_path=SENTENCE_PATH, through_setting=True)
    if hit is None:
        return _earlier_happening_place(d, sent, trigger, places)
    if hit in anaphors:
        return event_place_of(places[anaphors[hit][2]], hit[0], hit[1])
    pid = next(p for s, e, p in in_sent if (s, e) == hit)
    place = places.get(pid)
    if (place is None or place.lat is None) and _unknown_name_apart(sent, hit):
        return _earlier_happening_place(d, sent, trigger, places)
    if place is None:
        return EventPlace(name=d.text[hit[0] : hit[1]], place_id=pid, start=hit[0], end=hit[1])
    finer = _finer_sentence_place(sent, trigger, place, hit, resolved, places, others)
    if finer is not None:
        hit, place = finer
    out = event_place_of(place, hit[0], hit[1])
    if nearest_any is not None and nearest_any != hit and nearest_any not in {(s, e) for s, e, _ in resolved}:
        out.precision = 2  # an unknown, nearer place lies somewhere near this one
    if _in_vicinity(sent, hit):
        out.precision = 2
    return out


def _unknown_name_apart(sent: Span, hit: tuple[int, int]) -> bool:
    """``unknown-name-apart``: a name the gazetteer does not know is an event's place only when the text
    tells it as a setting ("in X", "near X village", "at X Road"); one that is not ("swiped at his stance on
    *Brexit*", "a clone of *Zappos*") is more likely a thing or a firm than a place, and the event takes
    the dateline's or the story's place instead. A street ("on Main Street") is a place by its last word,
    unless it is a person's home (``residence-apart``: "the 48-year-old, of Colton Way, was jailed")."""
    span = _token_range(sent.doc, *hit)
    if span is not None and residence(span.root):  # "the 48-year-old, of Colton Way, was jailed": a home
        return True
    if span is None or span[-1].lower_ in STREET_WORDS:  # "shot on Avalon Boulevard": a street is a place
        return False
    tok = span.root
    while tok.dep_ in ("compound", "amod", "nmod") and tok.head.i != tok.i:
        tok = tok.head  # "in X village", "at X Road"
    return not _locative(tok)


COARSE_FEATURES = frozenset({"country", "admin1"})
DEFINITE_DETS = frozenset({"the", "this", "that"})


def _locative(root: Token) -> bool:
    """A place told as a setting: the object of a locative preposition ("*in* X", "outside X")."""
    return root.dep_ == "pobj" and root.head.lower_ in frame_words().locative_preps


def _earlier_happening_place(d: Document, sent: Span, trigger: Token, places: dict[str, Place]) -> EventPlace | None:
    """``earlier-happening-place``: an event with no place in its sentence that took place in a happening the
    text names definitely ("complained *during Friday's press conference*", "was arrested *at the rally*")
    is where that happening was first told to be ("a press conference outside City Hall in X"): the place
    in a locative phrase ("in X", "outside X"; not "protests against X beef") of the last earlier noun of the
    same word."""
    assert d.doc is not None
    for prep in trigger.children:
        if prep.dep_ != "prep" or prep.lower_ not in HAPPENING_SETTING_PREPS:
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj" or noun.pos_ != "NOUN":
                continue
            if not any((c.dep_ == "det" and c.lower_ in DEFINITE_DETS) or c.dep_ == "poss" for c in noun.children):
                continue
            for ante in reversed(d.doc[: sent.start]):
                if ante.pos_ == "NOUN" and ante.lemma_.lower() == noun.lemma_.lower():
                    found = _locative_place_in(d, ante, places)
                    if found is not None:
                        return found
    return None


def _locative_place_in(d: Document, noun: Token, places: dict[str, Place]) -> EventPlace | None:
    """The resolved place told as a setting ("in X", "outside X") inside ``noun``'s phrase, nearest to it."""
    assert d.doc is not None
    lo, hi = noun.left_edge.idx, noun.right_edge.idx + len(noun.right_edge.text)
    inside = [
        (s, e, pid) for s, e, pid in d.slots.place_mentions
        if lo <= s and e <= hi and (p := places.get(pid)) is not None and p.lat is not None
    ]
    spans = [(m, _token_range(d.doc, m[0], m[1])) for m in inside]
    ranked = sorted((_path_len(noun, sp.root), m) for m, sp in spans if sp is not None and _locative(sp.root))
    if not ranked:
        return None
    s, e, pid = ranked[0][1]
    return event_place_of(places[pid], s, e)


def _finer_sentence_place(
    sent: Span, trigger: Token, place: Place, hit: tuple[int, int], resolved: Sequence[tuple[int, int, str]],
    places: dict[str, Place], others: Sequence[Token],
) -> tuple[tuple[int, int], Place] | None:
    """``finer-sentence-place``: a country or first-level region nearest the trigger gives way to a town or
    district inside it that the same sentence names as a setting ("RCMP in Manitoba had detained the suspect
    when his vehicle went off the road near the town of Virden", "his hometown of Lahore in Punjab, where his
    supporters fought running battles with police"); not a person's home ("a Wichita man", ``residence-apart``)
    nor a place of the teller's clause ("prosecutors in Houston said a Texas man was sentenced")."""
    if place.feature not in COARSE_FEATURES:
        return None
    towns: dict[tuple[int, int], Place] = {}
    regions: dict[tuple[int, int], Place] = {}
    for s, e, pid in resolved:
        p = places[pid]
        span = _token_range(sent.doc, s, e)
        if (s, e) == hit or span is None or residence(span.root) or _speakers_clause(span.root, trigger):
            continue
        if p.country != place.country:
            continue
        if p.feature == "admin1" and place.feature == "country" and _locative(span.root):
            regions[(s, e)] = p  # finer-sentence-region: "sued him in U.S. District Court in Pennsylvania"
        elif p.feature not in COARSE_FEATURES and (place.feature == "country" or (p.admin1 is not None and p.admin1 == place.admin1)):
            towns[(s, e)] = p
    finer = towns or regions
    near = _nearest(sent, trigger, list(finer), others, max_path=SENTENCE_PATH, through_setting=True) if finer else None
    return (near, finer[near]) if near is not None and place.country else None


def _speakers_clause(tok: Token, trigger: Token) -> bool:
    """``tok`` lies outside the complement clause that holds the trigger ("officials *in Houston* said a
    Texas man was sentenced"): it belongs to the clause of the one who tells it."""
    return any(a.dep_ == "ccomp" and tok not in set(a.subtree) for a in (trigger, *trigger.ancestors))


def _in_vicinity(sent: Span, hit: tuple[int, int]) -> bool:
    """``vicinity-precision``: a place only near which the event happened ("near the town of Virden", "outside
    Kabul") is precise to its surroundings (ACLED geo_precision 2)."""
    span = _token_range(sent.doc, *hit)
    if span is None:
        return False
    words = frame_words().vicinity_preps
    for tok in (span.root, *list(span.root.ancestors)[:3]):
        if tok.dep_ == "pobj" and tok.head.lower_ != "of":  # "near the town *of* Virden"
            return tok.head.lower_ in words
    return False


def _precision(value: str | None) -> str | None:
    if precision_of is None or value is None:
        return None
    return precision_of(value)


def _since_date(d: Document, sent: Span, trigger: Token) -> EventDate | None:
    """since-start (see .setting): the date in the trigger's own "since" phrase."""
    since = since_start(trigger)
    if since is None:
        return None
    lo, hi = since.idx, since.right_edge.idx + len(since.right_edge.text)
    t = next((x for x in d.times if lo <= x.start and x.end <= hi and x.type == "DATE" and _precision(x.value)), None)
    if t is None or t.value is None:
        return None
    return EventDate(value=t.value, text=t.text, precision=_precision(t.value) or "day", start=t.start, end=t.end)  # type: ignore[arg-type]


def _event_date(d: Document, sent: Span, trigger: Token) -> EventDate | None:
    since = _since_date(d, sent, trigger)
    if since is not None:
        return since
    interval = after_interval(trigger)
    if interval is not None:
        before = _interval_date(d, sent, *interval)
        if before is not None:
            return before
    return _nearest_date(d, sent, trigger)


NOUN_MODIFIER_DEPS = frozenset({"nummod", "compound", "amod", "nmod"})


def _names_another_noun(sent: Span, t: TimeExpr, trigger: Token) -> bool:
    """``noun-modifier-date``: a date that modifies another noun ("the *1994* crime bill", "a *1996*
    pickup", "over the *March 3* attack") names that thing's date, not the event's (it does date the
    trigger's own noun, "the *March 3* attack", and the happening the trigger is in: "killed in the
    *2012* attacks")."""
    span = _token_range(sent.doc, t.start, t.end)
    if span is None:
        return False
    root = span.root
    noun = root.head
    if root.dep_ not in NOUN_MODIFIER_DEPS or noun.pos_ not in ("NOUN", "PROPN") or noun.i == trigger.i:
        return False
    if span.start <= noun.i < span.end:
        return False
    if _told_of_dated_noun(noun, trigger) or _phrasal_object(noun, trigger):
        return False
    # "killed *in the 2012 attacks*": the happening the trigger took place in carries the trigger's date
    prep = noun.head
    return not (noun.dep_ == "pobj" and prep.lower_ in ("in", "during") and prep.head.i == trigger.i)


NOUN_CLAUSE_DEPS = frozenset({"relcl", "acl"})


def _phrasal_object(noun: Token, trigger: Token) -> bool:
    """``phrasal-object-date``: the object noun of a verb-and-object trigger ("filed a *2010* fraud lawsuit":
    ``file+lawsuit``) is the event itself, so a date on it is the event's."""
    return noun.dep_ == "dobj" and noun.head.i == trigger.i and f"{trigger.lemma_.lower()}+{noun.lemma_.lower()}" in lexicon().verbs


def _told_of_dated_noun(noun: Token, trigger: Token) -> bool:
    """``dated-happening-clause``: a clause about a dated happening ("the *2001* anthrax attacks, *which
    killed* five people", "the *2008* epidemic *that killed* thousands") tells what happened then: the
    happening's date is the trigger's."""
    clause = clause_head(trigger)
    if clause.dep_ not in NOUN_CLAUSE_DEPS or clause.head.i != noun.i or clause.i < noun.i:
        return False
    lemma = noun.lemma_.lower()
    return lemma in lexicon().nouns or lemma in frame_words().happening_place_nouns


def _heads_below(sent: Span, t: TimeExpr, trigger: Token) -> Iterator[Token]:
    """The heads above a time expression's root, nearest first, up to the trigger (excluded); none when
    the expression covers no token."""
    span = _token_range(sent.doc, t.start, t.end)
    if span is None:
        return
    for anc in span.root.ancestors:
        if anc.i == trigger.i:
            return
        yield anc


def _in_noun_clause(sent: Span, t: TimeExpr, trigger: Token) -> bool:
    """``noun-clause-date``: a date inside a clause that describes another noun ("ordered all lawyers
    *arrested over the past week* to be freed", "an appeal to Americans *who have felt left behind in
    the 21st century*") dates that clause's happening, not the trigger's, when the clause is told as done
    before (:func:`_anterior`); a clause on the trigger's own noun ("the attack *that took place on
    Monday*") or one holding the trigger still dates it."""
    for anc in _heads_below(sent, t, trigger):
        if anc.dep_ in NOUN_CLAUSE_DEPS and anc.pos_ in ("VERB", "AUX"):
            told_before = _anterior(anc) or _personal_past_clause(anc)
            if _setting_of(anc.head, trigger):
                return False
            return anc.head.i != trigger.i and told_before and trigger not in set(anc.subtree)
    return False


SETTING_PREPS = frozenset({"in", "at", "during"})


def _setting_of(noun: Token, trigger: Token) -> bool:
    """``setting-clause-date``: the happening the trigger took place in ("*in an emergency meeting* of the
    association *held on Sunday*, the members condemned ...", "*at a rally held on Monday*, ...") carries
    the trigger's date; the noun may sit in an "of" phrase of that happening's noun."""
    for _ in range(4):
        if noun.dep_ != "pobj":
            return False
        prep = noun.head
        if prep.lower_ in SETTING_PREPS and prep.dep_ == "prep" and prep.head.i == trigger.i:
            return True
        if prep.lower_ != "of" or prep.head.pos_ not in ("NOUN", "PROPN"):
            return False
        noun = prep.head
    return False


def _personal_past_clause(verb: Token) -> bool:
    """``relative-clause-date``: a relative clause about a person told in the simple past ("Ann Cole,
    *who lost to Mark Bell last year*, criticized ...") is a piece of that person's past, not the time of
    the act its noun takes part in."""
    words = frame_words()
    return (
        verb.dep_ == "relcl"
        and verb.tag_ == "VBD"
        and any(c.lower_ in words.personal_relatives for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj", "poss"))
    )


def _told_in_the_past(verb: Token) -> bool:
    """A simple past ("who *resigned*") or a past perfect ("who *had resigned*"); a present perfect ("who
    *has long targeted*") may reach up to the main clause's time."""
    if past_perfect(verb):
        return True
    return verb.tag_ == "VBD" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _in_perfect_clause(sent: Span, t: TimeExpr, trigger: Token) -> bool:
    """``perfect-clause-date``: a date inside a clause told in the past perfect below the trigger ("Khan
    alleged that the mayor *had taken* a bribe *in 2009*", "the strike is called off as the leader *had ended*
    his fast *on Monday*") dates that earlier act, not the trigger's: the allegation is not of 2009."""
    for anc in _heads_below(sent, t, trigger):
        if anc.pos_ not in ("VERB", "AUX"):
            continue
        if not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in anc.children):
            continue  # a participle ("seeking permission in 1982") belongs to the clause above it
        return past_perfect(anc) and anc.dep_ in ("ccomp", "advcl") and trigger not in set(anc.subtree)
    return False


def _in_content_clause(sent: Span, t: TimeExpr, trigger: Token) -> bool:
    """``content-clause-date``: a date in the "to" clause of a verb that asks or tells someone to act
    (frames.json ``asking_verbs``: "appealed to the union *to postpone its strike from March 15*", "urged
    voters *to turn out on Tuesday*") is the asked-for act's, not the appeal's."""
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in frame_words().asking_verbs:
        return False
    for anc in _heads_below(sent, t, trigger):
        if anc.dep_ == "xcomp" and anc.head.i == trigger.i and anc.pos_ == "VERB":
            return any(c.dep_ == "aux" and c.lower_ == "to" for c in anc.children)
    return False


def _outside_own_past_clause(sent: Span, t: TimeExpr, trigger: Token) -> bool:
    """``relative-clause-date``: an act told in the past inside a relative clause ("Mark Bell, *who resigned
    as treasurer*, opened his campaign Saturday") does not take a date outside that clause: Saturday is the
    opening's. ``past-perfect-date`` (see .setting): nor does an act told in the past perfect ("*On Monday*,
    Cole said Bell had attacked her")."""
    clause = clause_head(trigger)
    relative = clause.dep_ == "relcl" and _told_in_the_past(clause) and not _occasion_clause(clause)
    if not relative and not (clause.dep_ == "advcl" and past_perfect(clause)):  # past-perfect-date (see .setting)
        return False
    span = _token_range(sent.doc, t.start, t.end)
    if span is not None and relative and span.root.dep_ in NOUN_MODIFIER_DEPS and _told_of_dated_noun(span.root.head, trigger):
        return False  # dated-happening-clause: "the 2001 attacks, which killed five people"
    return span is not None and span.root not in set(clause.subtree)


PERFECT_AUX = frozenset({"had", "has", "have", "'d", "’d", "'ve", "’ve"})
OCCASION_PREPS = frozenset({"at", "in", "during"})


def _occasion_clause(clause: Token) -> bool:
    """``occasion-clause-date``: a relative clause of what happened at an occasion ("*On Sunday*, he appeared
    at a rally *where he pledged* his support", "a meeting *at which* they agreed", "a speech *in which* he
    vowed") shares the occasion's time, so the date of the clause above it is its own."""
    for c in clause.children:
        if c.dep_ == "advmod" and c.lower_ in ("where", "when"):
            return True
        if c.dep_ == "prep" and c.lower_ in OCCASION_PREPS and any(g.lower_ == "which" for g in c.children):
            return True
    return False


def _anterior(verb: Token) -> bool:
    """A clause told as done before: a past participle ("lawyers *arrested* over the past week", "a man
    who *was arrested* on Saturday") or a perfect ("people who *had attacked* a bus on Tuesday"); not a
    simple past or an ongoing act ("the town, where police *opened* fire on Thursday", "a mob *indulging*
    in arson on Tuesday afternoon"), which may share the trigger's time or carry its misattached date."""
    return verb.tag_ == "VBN" or any(c.dep_ == "aux" and c.lower_ in PERFECT_AUX for c in verb.children)


def _interval_date(d: Document, sent: Span, head: Token, days: int) -> EventDate | None:
    """after-interval (see .setting): the head's day less the interval."""
    anchor = _nearest_date(d, sent, head)
    if anchor is None or (anchor.precision == "publication" and head.tag_ not in ("VBZ", "VBP")):
        return None
    if anchor.precision not in ("day", "publication"):
        return None
    value = days_before(anchor.value, days)
    return EventDate(value=value, text=anchor.text, precision="day") if value else None


def _nearest_date(d: Document, sent: Span, trigger: Token) -> EventDate | None:
    times: list[TimeExpr] = [
        t for t in d.times
        if sent.start_char <= t.start and t.end <= sent.end_char and t.type in ("DATE", "TIME") and _precision(t.value)
        and not _names_another_noun(sent, t, trigger) and not _in_noun_clause(sent, t, trigger)
        and not _outside_own_past_clause(sent, t, trigger) and not _in_content_clause(sent, t, trigger)
        and not _in_perfect_clause(sent, t, trigger)
    ]
    published = d.article.published if d.article else None
    if times:
        hit = _nearest(sent, trigger, [(t.start, t.end) for t in times])
        if hit is None and len(times) == 1 and (not published or (times[0].value or "")[:10] <= published):
            # sentence-date: its sentence's one date, farther along the parse (an announced date is none)
            hit = _nearest(sent, trigger, [(times[0].start, times[0].end)], max_path=SENTENCE_PATH)
        if hit is not None:
            t = next(x for x in times if (x.start, x.end) == hit)
            assert t.value is not None
            value = t.value
            day = day_in(times, sent.start_char, sent.end_char) if clock_only(t.text) else None
            if day is not None and day.value:  # clock-day: "at 7 p.m. ... on Saturday" is Saturday's 7 p.m.
                value = with_day(value, day.value)
            return EventDate(value=value, text=t.text, precision=_precision(value) or "day", start=t.start, end=t.end)  # type: ignore[arg-type]
    if published:
        return EventDate(value=published, precision="publication")
    return None


def _range_and_publication(date: EventDate | None, published: str | None) -> tuple[tuple[dt.date, dt.date], dt.date] | None:
    """The stated date's (first, last) day and the publication day; None for a publication-day default,
    no publication date, or a value that is no date range."""
    if date is None or date.precision == "publication" or not published or to_date_range is None:
        return None
    rng = to_date_range(date.value)
    try:
        pub = dt.date.fromisoformat(published[:10])
    except ValueError:
        return None
    return (rng, pub) if rng is not None else None


def _is_historical(date: EventDate | None, published: str | None) -> bool:
    found = _range_and_publication(date, published)
    return found is not None and (found[1] - found[0][1]).days >= HISTORICAL_DAYS


def _told_as_done_or_ongoing(tok: Token) -> bool:
    """A clause in the past, the perfect or the progressive ("was pepper-sprayed", "has attacked", "is
    conducting search operations"): its act is not one still to come, whatever date was attached. An event
    noun in a phrase of its own ("ahead of *rallies* next month") does not take its clause's tense."""
    if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ not in ("nsubj", "nsubjpass", "dobj", "attr"):
        return False
    head = clause_head(tok)
    tensed = [head, *(c for c in head.children if c.dep_ in ("aux", "auxpass"))]
    return head.tag_ == "VBG" or any(t.tag_ == "VBD" or (t.dep_ == "aux" and t.lemma_ == "have") for t in tensed)


def _weekday_only(date: EventDate) -> bool:
    """A bare weekday ("on Monday") is resolved forward or back by the tense read from the parse; a misparse
    makes a past Monday a coming one, so it makes no event upcoming."""
    return bool(date.text) and any(w in WEEKDAYS for w in re.findall(r"[a-z]+", (date.text or "").lower()))


def _is_upcoming(date: EventDate | None, published: str | None, tok: Token) -> bool:
    """upcoming: an event whose stated date starts after the publication day ("rallies *next month*", "a
    trial is scheduled *in May*" in a March story) has not happened yet, unless its clause tells it as done
    or ongoing (a date attached to the wrong phrase)."""
    found = _range_and_publication(date, published)
    if found is None or date is None or _told_as_done_or_ongoing(tok) or _weekday_only(date):
        return False
    return found[0][0] > found[1]


# --------------------------------------------------------------------------------------------
# per sentence


def _retype(trig: Trigger, mod: Modality, lex: Lexicon) -> tuple[str, list[str], str | None]:
    """PLOVER type after intent and threat frames; third item is a reason, or "drop"."""
    typ = trig.type
    mode = [trig.mode] if trig.mode else []
    words = frame_words()
    if mod.intent is not None and mod.intent.lemma_.lower() not in words.non_retyping_intents:
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
        if (mod.future or mod.hypothetical) and (has_conditional_clause(head) or frame.lemma_.lower() in words.resistance_verbs):
            return "THREATEN", mode, f"conditional or future use of force ('{head.text}')"
    return typ, mode, None


def _source_for(d: Document, trig: Trigger, lex: Lexicon) -> Attribution | None:
    s, e = trig.char_span()
    qi = quote_containing(d.quotes, s, e)
    if qi is not None:
        q = d.quotes[qi]
        if q.speaker is not None:
            return _past_dateline_source(d, Attribution(
                name=q.speaker.name, start=q.speaker.start, end=q.speaker.end, actor_id=q.speaker.actor_id,
                quote_index=qi,
            ))
    return _past_dateline_source(d, speech_source(trig.token, lex.speech_verbs))


def _past_dateline_source(d: Document, src: Attribution | None) -> Attribution | None:
    """dateline-actor for a source: "surat: the party secretary on monday alleged ...", parsed with the
    town in the speaker's phrase, is said by the phrase after the dateline (by no one named, if nothing
    is left)."""
    dl = d.article.dateline_span if d.article else None
    if src is None or dl is None or src.start is None or src.end is None or not dl.start <= src.start < dl.end:
        return src
    s = dl.end
    while s < src.end and (d.text[s].isspace() or d.text[s] in ":-,;"):
        s += 1
    if s >= src.end:
        return _speaker_after_dateline(d, src, dl.end)
    return replace(src, name=d.text[s:src.end], start=s, actor_id=None)


def _speaker_after_dateline(d: Document, src: Attribution, limit: int) -> Attribution | None:
    """dateline-speaker: "surat: the home minister said on sunday ...", parsed with the lower-case town as
    the speech verb's subject beside the real one: the verb's subject after the dateline speaks."""
    if d.doc is None or src.start is None or src.end is None:
        return None
    span = d.doc.char_span(src.start, src.end, alignment_mode="expand")
    if span is None:
        return None
    verb = span.root.head
    for c in verb.children:
        if c.dep_ == "nsubj" and c.idx >= limit and c.pos_ != "PRON":
            start, end = _phrase_span(c)
            actor_id = d.slots.actor_at.get(c.i)
            return replace(src, name=d.text[start:end], start=start, end=end, actor_id=actor_id)
    return None


def _non_referring(actor: EventActor) -> bool:
    """A demonstrative or impersonal pronoun the actors stage did not resolve ("this", "it", "someone")."""
    return actor.actor_id is None and actor.name.strip().lower() in frame_words().non_referring


def _first_person(actor: EventActor) -> bool:
    return actor.actor_id is None and actor.name.lower() in frame_words().first_person


def _group_source(d: Document, src: Attribution) -> bool:
    """A source that "he"/"she" cannot stand for: a group, an organisation or a plural ("police said
    he stabbed …", "the ministry said she …", "officials said he …")."""
    actor = _actor_index(d).get(src.actor_id) if src.actor_id else None
    if actor is not None and actor.kind in GROUP_KINDS:
        return True
    head = src.head
    if head is None and src.start is not None and src.end is not None and d.doc is not None:
        span = _token_range(d.doc, src.start, src.end)
        head = span.root if span is not None else None
    return head is not None and group_head(d, head, lexicon())


def _speaker_pronoun(d: Document, actor: EventActor, src: Attribution) -> bool:
    """An unresolved "he"/"she" subject inside someone's reported speech ("X said he was ready")
    refers to the speaker X unless the actors stage resolved it otherwise, or X is a group that
    "he"/"she" cannot stand for ("police said he stabbed a man": the reporter is not the perpetrator)."""
    pronouns = frame_words().speaker_pronouns
    return (
        actor.actor_id is None
        and actor.name.lower() in pronouns
        and src.name.lower() not in pronouns
        and (src.actor_id is not None or src.cue is None or src.cue.lemma_ != "accord")
        and not _group_source(d, src)
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


# Status of a trigger from its modality, first match wins ("asserted" when none does). The name of the
# rule that decided is :attr:`SentenceStatus.rule`.
StatusRule = Callable[[Modality, str, ArgumentFrame], bool]
def _planned(mod: Modality, typ: str) -> bool:
    """intent / unwilling: a request or accusation (``intent_status_types``) in the 'to' clause of a planning
    intent (``planning_intents``: "plans to ask", "does not intend to ask")."""
    words = frame_words()
    return mod.intent is not None and mod.intent_direct and typ in words.intent_status_types and (
        mod.intent.lemma_.lower() in words.planning_intents or mod.intent.lower_ in words.planning_intents
    )


STATUS_RULES: tuple[tuple[str, str, StatusRule], ...] = (
    # "if they attack", "could attack" (a conditional or hypothetical threat is still a THREATEN)
    ("conditional", "hypothetical", lambda mod, typ, fr: mod.conditional or (mod.hypothetical and typ != "THREATEN")),
    # "did not attack" (a negated light verb that denies only someone's involvement is no denial)
    ("negated", "denied", lambda mod, typ, fr: mod.negated and not fr.involvement_only),
    # "does not intend to ask X", "is unwilling to blame X": the act did not happen
    ("unwilling", "denied", lambda mod, typ, fr: _planned(mod, typ) and mod.intent_negated),
    # "plans to ask X", "wants to blame X": an announced act still to come
    ("intent", "future", lambda mod, typ, fr: _planned(mod, typ)),
    # "will attack" (an intent is coded by its type instead)
    ("future", "future", lambda mod, typ, fr: mod.future and typ != "THREATEN" and mod.intent is None),
)


@dataclass
class SentenceStatus:
    """The status step's answer: the (possibly re-coded) type, the status, the rule that decided and
    the source of a denial ("X denied that …"), if any."""

    type: str
    status: str
    rule: str
    denial: Attribution | None = None


REFUSABLE = frozenset({"AGREE"})
"""Rule ``refusal``: types whose negation by their actor is itself a refusal ("X did not agree", "would not
accept the terms" → REJECT); a negated meeting, donation, visit or release ("I never met him", "has not
donated to any candidate") did not happen and is no refusal."""


def modality_status(mod: Modality, typ: str, fr: ArgumentFrame) -> tuple[str, str]:
    """The first of ``STATUS_RULES`` that matches: (rule name, status); ("asserted", "asserted") if none."""
    for name, status, applies in STATUS_RULES:
        if applies(mod, typ, fr):
            return name, status
    return "asserted", "asserted"


def sentence_status(ctx: SentenceContext, fr: ArgumentFrame, typ: str, reasons: dict[str, str]) -> SentenceStatus:
    """Status step: modality (``STATUS_RULES``), then a negated agreement (``REFUSABLE``) with an actor as a refusal
    ("X did not agree" → REJECT), then a denial by someone else ("X denied that its troops shelled …");
    writes the reasons it has (type, status, modality)."""
    rule, status = modality_status(ctx.mod, typ, fr)
    out = SentenceStatus(type=typ, status=status, rule=rule)
    if status == "denied" and typ in REFUSABLE and not fr.involvement_only and fr.sources:
        # "X did not agree / refused to meet / failed to reach a deal": a refusal by X
        reasons["type"] = f"negated {typ.lower()} ('{ctx.tok.text}') coded as a refusal"
        out.type, out.status, out.rule = "REJECT", "asserted", "refusal"
    if out.status in ("asserted", "future") and not fr.involvement_only:
        # "X denied that its troops had shelled …", "X rejected claims that …": a denial by X
        lex = ctx.lex
        out.denial = denial_source(ctx.tok, lex.deny_verbs, lex.claim_nouns, lex.light_verbs)
        if out.denial is not None and out.denial.cue is not None:
            out.status, out.rule = "denied", "denial"
            reasons["status"] = f"denied by {out.denial.name or 'the source'} ('{out.denial.cue.text}')"
    if out.status == "asserted" and _yes_no_question(ctx.sent):
        # question: "Did the foundation refuse to hand over documents?" asks, asserts nothing
        out.status, out.rule = "hypothetical", "question"
        reasons["status"] = "question: a yes/no question asserts nothing"
    if ctx.mod.conditional:
        reasons["modality"] = "conditional"
    elif out.type == "THREATEN" and has_conditional_clause(clause_head(ctx.tok)):
        reasons["modality"] = "conditional threat"
    return out


_QUESTION_AUX = frozenset({"do", "be", "have"})


def _yes_no_question(sent: Span) -> bool:
    """question: a sentence that ends with "?" and opens with an auxiliary or a modal of its main clause
    ("*Did* the foundation refuse …?", "*Will* the army withdraw?"); a wh-question ("Who attacked the
    convoy?") takes its happening as given."""
    words = [t for t in sent if not (t.is_punct or t.is_space) or t.text == "?"]
    if len(words) < 3 or words[-1].text != "?":
        return False
    first = words[0]
    if first.pos_ != "AUX" or not (first.tag_ == "MD" or first.lemma_.lower() in _QUESTION_AUX):
        return False
    return first.dep_ == "ROOT" or (first.dep_ in ("aux", "auxpass") and first.head.dep_ == "ROOT")


def report_source(ctx: SentenceContext, fr: ArgumentFrame, denial: Attribution | None, reasons: dict[str, str]) -> Attribution | None:
    """Source step: who reports the event: the speaker of the quote it is in or of the reporting verb
    over it; else the accuser of an accusation's content ("X accused Y of …", an allegation); a denier
    ("X denied that …") unless a quote's speaker already is the source."""
    d = ctx.d
    source = _source_for(d, ctx.trig, ctx.lex)
    acc = fr.accusation
    if acc is not None and acc[1] is not None and source is None:
        a_s, a_e = _phrase_span(acc[1])
        source = Attribution(name=d.text[a_s:a_e], start=a_s, end=a_e, cue=acc[0], head=acc[1])
        reasons["status"] = f"alleged: '{acc[0].text}' by {d.text[a_s:a_e]}"
    if denial is not None and denial.name and (source is None or source.quote_index is None):
        source = denial
    return source


def _speaker_actors(d: Document, draft: Draft) -> None:
    """Reported speech: "we", and an unresolved "he"/"she" subject, are the source."""
    if draft.source is None:
        return
    src_actor = _source_actor(d, draft.source)
    draft.actors = [src_actor if _first_person(a) or _speaker_pronoun(d, a, draft.source) else a for a in draft.actors]
    # speaker-recipient: "the administration urged *me* to cancel it", he said: the speaker is the one
    # spoken to; the recipient keeps the pronoun's place (it is another mention than the source's).
    draft.recipients = [src_actor.model_copy(update={"start": a.start, "end": a.end}) if _first_person(a) else a for a in draft.recipients]


def _resolved_pronoun(d: Document, actor: EventActor, possessive: bool = False) -> tuple[EventActor, str] | None:
    """``pronoun-antecedent``: an unresolved "he"/"them" argument named by its antecedent (the pronoun's
    offsets are kept: later rules read where the argument stands in the sentence)."""
    if actor.actor_id is not None or actor.start is None or actor.end is None or d.doc is None:
        return None
    span = _token_range(d.doc, actor.start, actor.end)
    if span is None or len(span) != 1:
        return None
    ante = pronoun_antecedent(span[0], possessive)
    if ante is None:
        return None
    found = _actor_for_span(d, *_phrase_span(ante))
    named = found.model_copy(update={"start": actor.start, "end": actor.end})
    return named, f"pronoun-antecedent: {actor.name!r} is {found.name!r}"


OBJECT_PRONOUNS = frozenset({"him", "her", "them"})


def _bound_object_pronouns(d: Document, draft: Draft) -> None:
    """``bound-object-pronoun``: an object "him" / "her" / "them" never stands for the subject of its own
    clause ("Mr. Lott asked *her* to call", "the governor urged *him*"): a recipient pronoun that the mentions
    made the same party as the event's actor, or that no rule resolved, stands for the nearest fitting object
    before it in its sentence (:func:`object_antecedent`: "sent the referral to *the U.S. attorney*, asking
    *him*"), else it stays the bare pronoun."""
    if d.doc is None or not draft.actors:
        return
    ids = {a.actor_id for a in draft.actors if a.actor_id is not None}
    out = []
    for r in draft.recipients:
        bound = r.actor_id is None or r.actor_id in ids  # unresolved, or made the actor's own
        span = _token_range(d.doc, r.start, r.end) if bound and r.start is not None and r.end is not None else None
        if span is None or len(span) != 1 or span[0].lower_ not in OBJECT_PRONOUNS or span[0].dep_ in ("nsubj", "nsubjpass"):
            out.append(r)
            continue
        ante = object_antecedent(span[0])
        where = "the object before it"
        if ante is None:
            ante, where = _earlier_antecedent(span[0], r), "its antecedent outside its clause"
        found = _actor_for_span(d, *_phrase_span(ante)) if ante is not None else None
        why = f"bound-object-pronoun: {span[0].text!r}" + (f" is not the actor {r.name!r}, its clause's subject;" if r.actor_id else ":")
        if found is not None and found.actor_id not in ids:
            out.append(found.model_copy(update={"start": r.start, "end": r.end}))
            draft.reasons["recipients"] = f"{why} it is {found.name!r}, {where}"
        elif r.actor_id is not None:
            out.append(EventActor(name=span[0].text, start=r.start, end=r.end))
            draft.reasons["recipients"] = why.rstrip(";")
        else:
            out.append(r)
    draft.recipients = out


def _earlier_antecedent(pron: Token, r: EventActor) -> Token | None:
    """``made-own-object-pronoun``: an object "her" / "him" / "them" the mentions made the actor's own, with
    no fitting object before it, stands for its antecedent outside its own clause's subjects (the subject of
    the sentence before: "Clinton spoke on Monday. Obama *backed her* up")."""
    return pronoun_antecedent(pron) if r.actor_id is not None else None


def _pronoun_antecedents(d: Document, draft: Draft) -> None:
    """Unresolved third-person pronouns among the actors and recipients, by :func:`_resolved_pronoun`."""
    for key in ("actors", "recipients"):
        out = []
        for a in getattr(draft, key):
            got = _resolved_pronoun(d, a, possessive=key == "recipients")
            if got is not None:
                draft.reasons[key] = got[1]
            out.append(got[0] if got is not None else a)
        setattr(draft, key, out)


def _referring_only(draft: Draft) -> None:
    """Unresolved "this", "it", "someone" name no actor or recipient."""
    pronouns = [a.name for a in draft.actors if _non_referring(a)]
    if pronouns:
        draft.actors = [a for a in draft.actors if not _non_referring(a)]
        if not draft.actors:
            draft.reasons["actors"] = f"{', '.join(repr(p) for p in pronouns)} does not resolve to an actor"
    draft.recipients = [a for a in draft.recipients if not _non_referring(a)]


def _denied_actors(draft: Draft) -> None:
    """A denied event has no actor: the named one is said not to have done it."""
    if draft.status != "denied":
        return
    if draft.actors:
        draft.reasons["actors"] = "negated: the named actor is said not to have done it (" + ", ".join(a.name for a in draft.actors) + ")"
    draft.actors = []


def event_setting(
    d: Document, sent: Span, trigger: Token, places: dict[str, Place], others: Sequence[Token] = (), scene_first: bool = True,
    verbal: bool = False,
) -> tuple[EventPlace | None, EventDate | None]:
    """Setting step: the place and the date nearest the trigger in its sentence (the date defaults to
    the publication date)."""
    return _event_place(d, sent, trigger, places, others, scene_first, verbal), _event_date(d, sent, trigger)


ADDRESSED = VERBAL - {"CONSULT"}
"""Events of words whose addressed country is no setting (``addressee-country-apart``); a visit or a
meeting (CONSULT) may well be in the country it names."""


def _set_setting(ctx: SentenceContext, draft: Draft, places: dict[str, Place]) -> None:
    # residence-apart is for happenings; a statement's or charge's place is where it is made
    scene_first = draft.type not in VERBAL
    draft.place, draft.date = event_setting(
        ctx.d, ctx.sent, ctx.tok, places, [t.token for t in ctx.triggers], scene_first, draft.type in ADDRESSED
    )
    if draft.place is None:
        draft.reasons["place"] = "no place mentioned in the sentence"
    elif draft.place.start is not None and ctx.d.text[draft.place.start : draft.place.end].lower() in PLACE_ANAPHORS | REGION_ANAPHORS.keys():
        word = ctx.d.text[draft.place.start : draft.place.end]
        draft.reasons["place"] = f"place-anaphor: '{word}' stands for {draft.place.name}, named before"
    if draft.date is None:
        draft.reasons["date"] = "no date in the sentence and no publication date"


def sentence_counts(d: Document, sent: Span, typ: str) -> Counts | None:
    """Fatalities, injured, arrested and crowd size stated in the sentence of a use of force or threat."""
    if typ not in MATERIAL_CONFLICT and typ != "THREATEN":
        return None
    found = find_counts(d.text, sent.start_char, sent.end_char)
    if found.empty():
        return None
    return Counts(fatalities=found.fatalities, injured=found.injured, arrested=found.arrested,
                  size=found.size, size_text=found.size_text)


def _no_inherit(ctx: SentenceContext, fr: ArgumentFrame, reasons: dict[str, str]) -> bool:
    """Whether the event must not take its source's organisation as actor (see :attr:`Draft.no_inherit`)."""
    verbal_governors = {t.token.i for t in ctx.triggers if t.type in VERBAL and t is not ctx.trig}
    return (
        "not an actor" in reasons.get("actors", "")
        or fr.accusation is not None
        or fr.continues is not None
        # "demanded an inquiry into an attack": the speaker asks about it, it is no self-report
        or any(a.i in verbal_governors for a in ctx.tok.ancestors)
    )


def _first_reasons(why: str | None, fr: ArgumentFrame) -> dict[str, str]:
    reasons: dict[str, str] = {}
    if why:
        reasons["type"] = why
    note = frame_reason(fr)
    if note is not None:
        reasons["actors"] = note
    return reasons


def status_words(lex: Lexicon) -> StatusWords:
    """The lexicon's status word lists, for :func:`~eventwire.events.modality.analyse`."""
    return StatusWords(habitual_adverbs=lex.habitual_adverbs, frequency_units=lex.frequency_units,
                       frequency_markers=lex.frequency_markers, effort_nouns=lex.effort_nouns,
                       scant_words=lex.scant_words, realised_adverbs=lex.realised_adverbs,
                       announcing_verbs=lex.announcing_verbs, speculation_adverbs=lex.speculation_adverbs)


def _trend(trig: Trigger, lex: Lexicon) -> bool:
    """trend: an event noun modified by one of ``trend_modifiers`` ("*rising* violence", "a time of *surging*
    Islamist violence"), or the subject of one of ``trend_verbs`` ("ambush attacks on officers *increase*",
    "violence against journalists has *increased*"), names a trend, no happening."""
    if not trig.is_noun:
        return False
    tok = trig.token
    if any(c.dep_ in ("amod", "compound") and c.lower_ in lex.trend_modifiers for c in tok.children):
        return True
    return tok.dep_ == "nsubj" and tok.head.i != tok.i and tok.head.lemma_.lower() in lex.trend_verbs


def _generic_likelihood(trig: Trigger, lex: Lexicon) -> bool:
    """generic-likelihood: a trigger in the 'to' clause of a likelihood adjective with a comparative
    (``likelihood_words``, ``comparative_words``: "young people are *more likely* to be injured or arrested",
    "renters are *less likely* to be evicted") states a statistical generalisation, no happening."""
    t = trig.token
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    adj = t.head
    if t.dep_ != "xcomp" or adj.i == t.i or adj.lemma_.lower() not in lex.likelihood_words:
        return False
    return any(c.dep_ == "advmod" and c.lower_ in lex.comparative_words for c in adj.children)


def _generic_provision(ctx: SentenceContext, typ: str) -> bool:
    """generic-provision: an AID verb of ``generic_provision_verbs`` in the plain present, with no auxiliary,
    outside a headline ("colleges *provide* tutoring for students who need help", "the province *provides* a
    main route for smugglers", "an ally of whoever *provides* support") states a standing service, a role or a
    generalisation, no delivery that took place; "provided", "has provided", "will provide" and a headline's
    present ("US provides aid to Kyiv") are left to the other rules."""
    tok = ctx.trig.token
    if typ != "AID" or ctx.trig.is_noun or ctx.headline or tok.tag_ not in ("VBZ", "VBP"):
        return False
    if tok.lemma_.lower() not in ctx.lex.generic_provision_verbs:
        return False
    return not any(c.dep_ in ("aux", "auxpass") for c in tok.children)


def trigger_draft(ctx: SentenceContext, places: dict[str, Place]) -> Draft | None:
    """One trigger's draft, by the named steps: argument frame, type, status, source, setting, counts."""
    if ctx.mod.habitual is not None:
        return None  # habitual: "police often arrest people who …" states a habit, no happening
    if _trend(ctx.trig, ctx.lex):
        return None  # trend: "rising violence at the rallies" names a trend, no happening
    if _generic_likelihood(ctx.trig, ctx.lex):
        return None  # generic-likelihood: "young people are more likely to be arrested" generalises
    fr = argument_frame(ctx)
    if fr.drop:
        return None
    typ, mode, why = _retype(ctx.trig, ctx.mod, ctx.lex)
    if why == "drop" or _generic_provision(ctx, typ):
        return None
    reasons = _first_reasons(why, fr)
    st = sentence_status(ctx, fr, typ, reasons)
    if ctx.trig.key == DEMAND_KEY and st.status in ("hypothetical", "future"):
        # deontic-demand: the "should" is the demand's content; saying it is the (asserted) request
        st = SentenceStatus(type=st.type, status="asserted", rule="deontic-demand", denial=st.denial)
        reasons["status"] = f"deontic-demand: '{ctx.trig.token.head.text} … should' makes the request"
    actors = [_actor_for_span(ctx.d, s, e) for s, e in fr.sources]
    recipients = [_actor_for_span(ctx.d, s, e) for s, e in fr.targets]
    if fr.reciprocal:
        reasons["reciprocal"] = "both sides participate"
    draft = Draft(trigger=ctx.trig, sent=ctx.sent, type=st.type, mode=mode, context=list(ctx.trig.context),
                  status=st.status, actors=actors, recipients=recipients, reasons=reasons, modality=ctx.mod)
    if fr.continues is not None and "actors" not in reasons:
        reasons["actors"] = f"the relative clause continues the event '{fr.continues.token.text}', whose actor is not named"
    draft.no_inherit = _no_inherit(ctx, fr, reasons)
    draft.source = report_source(ctx, fr, st.denial, reasons)
    if "characterisation" in fr.fired:
        if draft.source is None:
            return None  # the narrator's own characterisation is no event
        draft.actors = [_source_actor(ctx.d, draft.source)]
        reasons["type"] = f"characterisation: '{ctx.trig.token.text}' said of a party by its source"
    _speaker_actors(ctx.d, draft)
    _pronoun_antecedents(ctx.d, draft)
    _bound_object_pronouns(ctx.d, draft)
    _referring_only(draft)
    _denied_actors(draft)
    _set_setting(ctx, draft, places)
    draft.counts = sentence_counts(ctx.d, ctx.sent, st.type)
    draft.confidence = (0.45 if ctx.trig.weak else 0.65) + (0.1 if fr.sources else 0.0) + (0.05 if fr.targets else 0.0)
    if ctx.headline:
        reasons["headline"] = "from the headline" + (" (passive: the subject is the target)" if fr.passive else "")
    return draft


def sentence_drafts(
    d: Document, sent: Span, places: dict[str, Place], lex: Lexicon, triggers: list[Trigger] | None = None
) -> list[Draft]:
    """The drafts of one sentence: each trigger that is not another trigger's content, by :func:`trigger_draft`
    (``triggers``: the sentence's :func:`find_triggers`, when the caller has them already)."""
    if triggers is None:
        triggers = find_triggers(sent, lex)
    headline = in_headline(d, sent)
    drafts: list[Draft] = []
    for trig in triggers:
        if _absorbed(trig, triggers, lex.accusation_verbs):
            continue
        ctx = SentenceContext(d=d, sent=sent, trig=trig, triggers=triggers, lex=lex,
                              mod=analyse(trig.token, lex.intent_words, lex.capability_nouns, status_words(lex)), headline=headline)
        draft = trigger_draft(ctx, places)
        if draft is not None:
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
    actor_at: dict[int, str] = d.slots.actor_at
    index = _actor_index(d)
    for tok in span:
        if _names_town(d, tok):
            continue  # town-modifier: "a *Lyon* spokesman" speaks for no town
        aid = actor_at.get(tok.i)
        actor = index.get(aid) if aid else None
        if actor is not None and actor.kind in ("organization", "group", "country"):
            return EventActor(name=actor.name, actor_id=actor.id, country=actor.country, sector=actor.sector,
                              start=tok.idx, end=tok.idx + len(tok.text))
    for ent in span.ents:
        if ent.label_ in ("ORG", "NORP", "GPE") and not all(_names_town(d, t) for t in ent):
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
    lists = frame_words()
    unquantified = f" {actor.name.lower()} "
    for quantifier in lists.generic_quantifiers:  # "hundreds of troops" is no "troops of X"
        unquantified = unquantified.replace(quantifier, "")
    return (
        words[-1].lower() in lists.generic_group
        and not any(w[:1].isupper() for w in words)
        and " of " not in unquantified
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


def _doerless(tok: Token) -> bool:
    """An attack told with no doer: an event noun with no possessive, compound or 'by' agent ('in an
    *attack* on a bus'), or a verb whose subject names no party ('an *explosion* killed four soldiers':
    the subject was not taken as an actor)."""
    if tok.pos_ in ("NOUN", "PROPN"):
        return not any(c.dep_ in ("poss", "compound", "agent") for c in tok.children) and not any(
            c.dep_ == "prep" and c.lower_ == "by" for c in tok.children
        )
    return any(c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") for c in tok.children)


def _reported_attack(dr: Draft, org: EventActor) -> bool:
    """reporter-not-attacker: an attack told with no doer (:func:`_doerless`) is the source's own act only
    when the source speaks for an armed party (``armed_sectors``) and tells of no victim ("an attack had
    been launched in Panjshir, a Taliban official said")."""
    if dr.actors or dr.type != "ASSAULT" or "seize" in dr.mode or not _doerless(dr.trigger.token):
        return False
    return bool(dr.recipients) or org.sector not in frame_words().armed_sectors


def _inherit_from_source(d: Document, drafts: list[Draft], lex_police: frozenset[str] = frozenset()) -> None:
    for dr in drafts:
        if dr.drop or dr.source is None or dr.type in VERBAL or dr.status in ("denied",):
            continue
        if dr.no_inherit:
            continue  # "the ministry said a missile struck …" is no self-report of the ministry
        if realising_participle(dr.trigger.token) is not None:
            continue  # realised-participle: "X criticized the accord adopted in Paris": an act X takes as known
        if not dr.actors and dr.type == "ASSAULT" and "seize" not in dr.mode and _agentless_passive(dr.trigger.token):
            continue  # "two drivers were killed, the administration said": victims reported, not a self-report
        generic = all(_is_generic(a) for a in dr.actors)
        if dr.actors and not generic:
            continue
        org = _org_of(d, dr.source)
        if org is None or (dr.type in MATERIAL_CONFLICT and org.sector in frame_words().unarmed_sectors):
            continue  # aid workers or a hospital reporting shelling are witnesses, not the shooters
        if dr.type == "COERCE" and org.sector in frame_words().hearing_sectors:
            continue  # "the court heard that he was arrested": a court or lawyer tells of an arrest, it made none
        if dr.type == "ASSAULT" and (org.sector == "COP" or any(w in lex_police for w in org.name.lower().split())):
            continue  # "one person was injured in the firing, police said": police report, they are not the shooters
        if _reported_attack(dr, org):
            continue  # "four were killed in an attack on a bus, officials said": the reporter is no attacker
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


def _presupposed_act(tok: Token) -> bool:
    """``presupposed-act``: a past act told in a participle or relative clause on a noun of the reported words
    ("Gowda criticised the move to book *57 persons arrested during the riots*", "ordered all lawyers *arrested
    over the past week* to be freed", "the men *who had attacked* the bus were charged, police said") is taken
    as known by the speaker, not claimed: the report's claim is about the noun, not that the act happened.
    An event noun told with its realising participle ("criticized the accord *adopted* after two weeks of
    talks", "the deal *reached* by X and Y") is such an act too (realised-participle)."""
    part = realising_participle(tok)
    if part is not None:
        return not any(c.dep_ in ("aux", "auxpass") for c in part.children) and any(
            c.dep_ in ("prep", "npadvmod", "agent") for c in part.children)
    if tok.pos_ != "VERB" or tok.head is tok or tok.head.pos_ not in ("NOUN", "PROPN"):
        return False
    if tok.dep_ == "acl":  # told as a happening, with its time or setting ("arrested *during* the riots"), not a
        # state ("a region threatened by extremists")
        return tok.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in tok.children) and any(
            c.dep_ in ("prep", "npadvmod") for c in tok.children)
    return tok.dep_ == "relcl" and (told_in_simple_past(tok) or past_perfect(tok))


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
            if not (dr.type in VERBAL and speaker_acts) and not _presupposed_act(dr.trigger.token):
                dr.status = "claimed"
            elif dr.type not in VERBAL or not speaker_acts:
                dr.reasons["status"] = "presupposed-act: a past act told in a clause on a noun of the report, not its claim"
        if dr.status in ("asserted", "claimed") and _is_historical(dr.date, published):
            dr.status = "historical"
        elif dr.status in ("asserted", "claimed") and dr.type != "THREATEN" and _is_upcoming(dr.date, published, dr.trigger.token):
            dr.status = "future"  # upcoming: "rallies next month" (a threat is made now, whatever it threatens)


def _takes_lives(tok: Token) -> bool:
    """casualty-attack: the event noun (or the "series" / "wave" it is "of") kills or wounds: the subject of a
    verb of ``casualty_words`` ("the attacks *killed* 20"), of "leave" with such a predicate ("a series of
    attacks *left* 130 people *dead*"), or told with a relative clause of one ("attacks that *killed* 20")."""
    words = frame_words().casualty_words
    t = tok
    while t.dep_ == "conj" and t.head is not t:
        t = t.head
    if any(c.dep_ == "relcl" and c.lemma_.lower() in words for c in t.children):
        return True
    if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.pos_ == "NOUN":
        t = t.head.head  # "a series of attacks"
    if t.dep_ != "nsubj" or t.head is t:
        return False
    verb = t.head
    if verb.lemma_.lower() in words:
        return True
    return verb.lemma_.lower() == "leave" and any(
        c.dep_ in ("oprd", "xcomp", "acomp", "ccomp") and (c.lemma_.lower() in words or c.lower_ in words) for c in verb.children
    )


def _verbal_or_figurative(dr: Draft, quad: dict[str, float], lex: Lexicon | None = None) -> None:
    """Re-read an ambiguous violence trigger with the sentence classifier: a verbal-conflict sentence
    makes "attacks on X" an ACCUSE; a sentence with no conflict at all drops it. A weapon named on
    the trigger ("an *artillery* attack", "*rocket* attacks") or an armed attacker (``armed_attack_modifiers``:
    "the *terrorist* attacks", "a *suicide* attack") makes it physical whatever the sentence."""
    if dr.type != "ASSAULT" or dr.trigger.key not in frame_words().ambiguous_force or dr.trigger.type != "ASSAULT":
        return
    tok = dr.trigger.token
    if lex is not None and any(
        c.dep_ in ("compound", "amod", "nmod")
        and (c.lemma_.lower() in lex.instrument_nouns or c.lemma_.lower() in lex.armed_attack_modifiers)
        for c in tok.children
    ):
        return  # armed-modifier: "the Nov. 13 *terrorist* attacks" are armed whatever the sentence
    illness = assembly_data().illness_modifiers
    if any(c.dep_ in ("compound", "amod", "nmod") and c.lower_ in illness for c in tok.children if c.i < tok.i):
        return  # "suffered a *heart* attack" is an illness (word-sense), never a criticism
    if _takes_lives(tok):
        return  # casualty-attack: "a series of attacks *left 130 people dead*" is physical whatever the sentence
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
        if _portrayal(tok) is not None:
            return  # as-portrayal: "attacked the vhp as anti-social elements" is speech (verbal-attack), kept
        dr.drop = True


def _sentence_scores(sent: Span, lex: Lexicon, triggers: list[Trigger] | None = None) -> dict[str, dict[str, float]]:
    out: dict[str, dict[str, float]] = {}
    text = featurize(span_text(sent), lexicon_features(sent, lex, triggers))
    for head in ("quad", "police"):
        model = load_model(head)
        if model is not None:
            out[head] = model.scores(text)
    return out


def extract_events(
    d: Document, lex: Lexicon | None = None, score_sentences: bool = True, heads: EventHeads | None = None,
    keep: str = "recall",
) -> list[Event]:
    """All events of a parsed document (the ``events`` stage body); with ``heads`` the event heads
    on the shared encoder decide which assembled events are real, at operating point ``keep``."""
    lex = lex or lexicon()
    assert d.doc is not None
    places = {p.id: p for p in d.places}
    drafts: list[Draft] = []
    scores: dict[int, dict[str, dict[str, float]]] = {}
    for sent in sentences(d.doc):
        if not span_text(sent).strip():
            continue
        # one trigger search per sentence, read by the sentence classifiers and the drafts
        triggers = find_triggers(sent, lex)
        if score_sentences:
            scores[sent.start_char] = _sentence_scores(sent, lex, triggers)
        for dr in sentence_drafts(d, sent, places, lex, triggers):
            quad = scores.get(sent.start_char, {}).get("quad")
            if quad is not None:
                _verbal_or_figurative(dr, quad, lex)
                if dr.drop:
                    continue
                q = quad_class(dr.type)
                p = quad.get(str(QUAD_INDEX.get(q or "", 0)), 0.0)
                dr.confidence = min(1.0, round(0.6 * dr.confidence + 0.4 * (0.3 + 0.7 * p), 3))
            drafts.append(dr)
    d.slots.event_sentence_scores = scores
    for dr in quote_drafts(d, drafts, scores, lex):
        # the statement is dated and placed by the sentence of its cue ("..., Trump tweeted *Sunday*"), which
        # may precede or follow the sentence the criticism is said in (its evidence)
        tok = dr.trigger.token
        told = next((s for s in sentences(d.doc) if s.start <= tok.i < s.end), dr.sent)
        dr.date = _event_date(d, told, tok)
        dr.place = _event_place(d, told, tok, places, verbal=dr.type in ADDRESSED)
        drafts.append(dr)
    _inherit_from_source(d, drafts, lex.police_nouns)
    _finalize_status(d, drafts)
    _dispute(d, drafts, lex)
    _merge(drafts)
    _merge_headline(drafts)
    skip = frozenset(x.strip() for x in os.environ.get("EVENTWIRE_ASSEMBLY_SKIP", "").split(",") if x.strip())
    assemble(d, drafts, skip)
    if heads is not None:
        judge_drafts(d.doc, drafts, heads, keep)
    return [_to_event(d, dr, i) for i, dr in enumerate(x for x in drafts if not x.drop)]


def _to_event(d: Document, dr: Draft, index: int) -> Event:
    s, e = dr.trigger.char_span()
    ev_s, ev_e = dr.sent.start_char, dr.sent.end_char
    while ev_e > ev_s and d.text[ev_e - 1].isspace():
        ev_e -= 1
    while ev_s < ev_e and d.text[ev_s].isspace():
        ev_s += 1
    words = compat.cue_words([t.lower_ for t in dr.sent], [t.lemma_ for t in dr.sent])
    acled = compat.acled_for(
        dr.type, dr.mode[0] if dr.mode else "", words,
        [a.sector for a in dr.actors if a.sector], [r.sector for r in dr.recipients if r.sector],
        [w for a in dr.actors for w in a.name.split()],
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
