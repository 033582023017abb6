"""Event assembly: from per-sentence drafts to the events an analyst would keep.

An ordered table of named rules (``RULES``, as ``timex/grammar.py`` keeps its rules), each a small function
over the document's live drafts, each switchable off (``EVENTWIRE_ASSEMBLY_SKIP=name,name``) and each writing
its name or reason into the events' ``reasons`` when it changes a value. In order:

- ``legal-frame``: the act named by a legal step ("charged with assault", "a case of murder") is alleged,
  not a happening; the legal step itself is the event (ACCUSE / SANCTION).
- ``offence-name``: "charged with evading arrest", "fled to avoid arrest": a legal step named as an offence
  or avoided did not happen (``evasion_verbs``, ``offence_verbs``).
- ``word-sense``: "fired critics", "was fired from the network" (``dismissal-sense``), "the demands were not met", "trade battle", "fight for justice",
  "committed a theft" (no commitment), "pleaded guilty" (no request), "talking about inequality" with no
  partner (``topic-talk``: speech on a subject, no consultation), "Sanders's rally", "promised at a rally",
  "rallied young people", "Brill held a rally", "at Brill rallies", "rallied to her side" (``campaign-rally``:
  campaigning, no protest), "captured 412 delegates", "targeting
  rural voters", "footage captured him", "seized upon the remark" (``campaign-sense``: no use of force).
- ``requested-act``: what is asked, urged or insisted on ("called for Israel to hand over the maps",
  "insisted on concessions") has not happened: the request is the event, its content none.
- ``sought-outcome``: "anyone with information that leads to the arrest of ... can call": the arrest a police
  appeal hopes for has not happened.
- ``non-specific-party``: "could not build a case to arrest *anyone*": a legal step done to no one in
  particular did not happen.
- ``conditional-act``: "faced 50 years in prison if convicted", "questioned whether the developers could
  finish": an act inside an if / unless / whether clause is a condition or an open question (a threat stays).
- ``descriptive-compound``: "the riot-torn town", "war-ravaged districts" describe a place, no happening.
- ``undergoer-frame``: "the man resisted arrest", "they suffered torture": the subject is the recipient.
- ``seized-property``: "seized documents", "captured a cache of rifles" is a confiscation (COERCE), not an
  armed seizure (ASSAULT).
- ``eased-restriction``: "the curfew was relaxed" is a RETREAT, not a COERCE.
- ``threat-vow``: "vowed to attack" is a THREATEN, not an AGREE.
- ``promised-act``: "pledged $10 million in aid", "promised to free the hostages": what is promised has
  not happened; the promise is the event, its content none.
- ``threat-condition-target``: "ready for war if Taliban forces invade": the condition's subject is threatened.
- ``verbal-attack``: "launched attacks on the governor about his taxes", "shot back in a statement", "hit back
  on Twitter, calling him a coward": a violence word told with a cue of speech is a criticism (ACCUSE).
- ``type-overrides``: trigger keys whose PLOVER type differs from their CAMEO code's (a sentence is SANCTION).
- ``deployed-force``: "para-military forces were deployed": the force is the MOBILIZE's actor.
- ``recipients-are-parties``: objects, topics, amounts, time words, the actor itself and the speaker are
  never recipients (nor objects actors); nor is a phrase headed inside a time expression ("the attacks of
  *Sept.11*", ``time-not-recipient``); a statement's topic of an abstract form ("denounced suggestions",
  ``abstract-head``) gives way to its owner or author ("suggestions by the front-runners",
  ``author-of-the-thing``); an unresolved "you", "we" or "I" is no party either (``unresolved-person``), so
  a statement or talk with no other actor is dropped by ``analyst-keep``.
- ``denial-accuser``: a denial of an accusation with no recipient ("Tbilisi has denied the allegation",
  "denies US claims") is answered to the accuser: the party owning the accusation, else the actor of the
  latest accusation in the three sentences before.
- ``demand-target``: a demand, or a protest that demands, with no recipient is addressed to the party the
  demanded clause names ("demanding that they be heard by the commission", "demanded that the outfit be
  banned") or to the owner of the demanded thing ("to demand his resignation").
- ``default-agent``: an agentless arrest, charge or curfew is by the reporting authority, else by the
  conventional agent (police, authorities, court), marked as inferred.
- ``reporter-status``: an authority's report of a happening it is no party to is asserted, not claimed; a
  document that speaks ("the statement said") is its issuer's (``document-owner``: "a statement by the
  security directorate", "police said in a statement").
- ``neutral-source``: any other source that plainly reports ("said", "reported", "according to") a happening
  it is neither actor nor recipient of reports it as fact; a party's own account, a claim, a belief or an
  accusation's content stays claimed.
- ``purpose-clause``: "police fired rounds to disperse a mob": force used for a coercive aim is one
  happening (the aim's target joins the act's recipients).
- ``conjoined-acts``: two conjoined triggers of one sentence whose types tell one happening together
  ("demonstrated at the portico and demanded her resignation", "convicted and sentenced to death", "arson and
  looting") are one event of the pair's first type (``conjoined_types``).
- ``merge-mentions``: the mentions of one happening become one event, every mention kept as evidence
  (never two sides: a mention whose actor is the other's recipient is another happening), at the most
  specific place of its mentions that lies inside the kept one (``finest-mention-place``); a later mention
  with no actor that names its happening by a definite event noun ("two officers were killed in the
  attack") is the happening already told (``back-reference``); a mention naming only the victim and one
  naming only the doer of the same verb ("a woman was stabbed" / "a man stabbed her") are one
  (``victim-then-doer``); a party and its initials ("Bharatiya Janata Party" / "BJP activists") are one
  party when mentions are linked (``initials-party``), as is one common noun in two numbers ("Policeman" /
  "five policemen", ``any-number-party``); an inferred agent or an unresolved pronoun names no party of its
  own ("they were deported", "they are charged": ``open-party``); a charge of one offence told of another
  defendant is one charge ("charged with murder" / "who also is charged with murder": ``same-offence-charge``);
  a place that is only a person's home ("X, 28, of Columbia") tells no mentions apart (``home-place-open``),
  nor does a place named only as a modifier of a party ("*Russia's* ambassador was shot", "the *U.S.*
  military confirmed the attack"), and the merged event is where another mention puts it (``party-place-open``);
  a mention whose own noun is marked as another ("imposed a similar ban") is another happening
  (``distinct-happening``), but a harm told with "also" and no doer adds victims ("35 people also were
  wounded": ``added-victims``); the merged event keeps the named
  parties over such ones (``named-over-open``) and the finest of its mentions' dates ("in March" / "on
  March 14": ``finest-mention-date``).
- ``finer-story-place``: an event set only in a country or first-level region ("a southwest Ohio man was
  sentenced") is at the story's town (dateline, else focus place) when that town lies inside it.
- ``narrative-place``: no place in any mention nor any place named in its sentence: the town or county the
  three sentences before tell as a setting ("... their home in Oxford. The sheriff said two men set the
  house ablaze"), in the story's country, when every sentence between tells the same time; not a home, a
  place in what someone said (``narrative-place-quote``), nor a background told in a perfect; a dateline
  gives way only to a town of its own region (``narrative-place-dateline``).
- ``direction-part``: a mention of a part of a country or region ("in *southern* Wisconsin") sets its events
  at that part's point (:mod:`eventwire.gazetteer.parts`); when the focus place is that country or region
  and the article names one part of it, its events without a place, or set in it at large ("speak to
  supporters in Wisconsin"), are in that part (``direction-part-story``).
- ``place-fallback``: no place in any mention: the dateline's place, else the article's focus place (a
  town named at least twice inside the most-named country or province: ``focus-town``; inside the country
  most named with its places and demonyms, "South Korean police": ``story-country``; counting no mention
  that only names an office's jurisdiction, "South Carolina Gov. X": ``jurisdiction-apart``, nor one only
  come from, "imported from X": ``passing-place``), with a coarser ACLED-style precision.
- ``narrative-day``: no date in any mention (or a bare clock time): the day the story is on in the
  sentences just before, if in the week before publication (:mod:`.setting`); beyond them, for an act told
  in the simple past, the present perfect or a participle clause on a simple past, the one day the report
  names before it (``story-day``).
- ``date-fallback``: no date in any mention: the publication date, said to be a default.
- ``analyst-keep``: no accusation by no one (but ``accused-party``: "Senator Holt was accused of breaking the
  rules", an agentless passive accusation of a named party, codes against the accused with its accuser
  unnamed; "the three are accused of killing ..." names no party), no negated or hypothetical event without an actor (a
  conventional agent supplied for a hypothetical arrest is none; an actorless denial is kept only when a
  denial verb makes it a party's statement: ``denial-by-a-party``), no event from link-list furniture,
  no event without any participant unless its type stands without.

The word lists are data (``eventwire/data/events/assembly.json``); ``EVENTWIRE_LEXICONS=DIR`` may hold a
file of the same name whose entries are added.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from ..actors.roles import is_actor_like
from ..doccache import span_text
from ..document import Document
from ..gazetteer.parts import PART_KEY, part_of
from ..lexicons import load_data_json, overlay_key, word_lists, word_table
from ..schema import EventActor, EventDate, EventPlace, Place, Span, TimeExpr
from ..syntax import is_time
from ..textutil import lower_cased_article
from ..timex.values import precision_of
from .attribution import quote_containing
from .lexicon import DEMAND_KEY, lexicon
from .modality import clause_head
from .setting import (
    clock_only,
    day_in,
    headline_present,
    narrated_past,
    narrative_day,
    narrative_place,
    passing_place,
    past_narrative_date,
    past_perfect,
    present_perfect,
    residence,
    story_day,
    story_day_ahead,
    story_past_perfect,
    told_in_simple_past,
    topic_place,
    with_day,
)

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

    from .attribution import Attribution
    from .extract import Draft

VERBAL = frozenset({"AGREE", "CONSULT", "SUPPORT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "CONCEDE"})
GEO_PRECISION = {"populated_place": 1, "admin2": 2, "region": 2, "other": 2, "admin1": 3, "country": 3}


@dataclass(frozen=True)
class AssemblyData:
    non_party_heads: frozenset[str]
    default_agents: dict[str, dict[str, str]]
    participant_free_types: frozenset[str]
    legal_words: frozenset[str] = frozenset()
    object_senses: dict[str, frozenset[str]] = field(default_factory=dict)
    non_event_arguments: dict[str, frozenset[str]] = field(default_factory=dict)
    figurative_modifiers: frozenset[str] = frozenset()
    figurative_for_objects: frozenset[str] = frozenset()
    figurative_for_verbs: frozenset[str] = frozenset()
    figurative_for_verb_objects: frozenset[str] = frozenset()
    violence_nouns: frozenset[str] = frozenset()
    easing_verbs: frozenset[str] = frozenset()
    easing_type: str = "RETREAT"
    promise_verbs: frozenset[str] = frozenset()
    type_overrides: dict[str, str] = field(default_factory=dict)
    authority_words: frozenset[str] = frozenset()
    reporter_titles: frozenset[str] = frozenset()
    force_nouns: frozenset[str] = frozenset()
    quote_events: dict[str, Any] = field(default_factory=dict)
    seized_property: dict[str, Any] = field(default_factory=dict)
    descriptor_participles: frozenset[str] = frozenset()
    aftermath_heads: frozenset[str] = frozenset()
    bereaved_heads: frozenset[str] = frozenset()
    undergoer_verbs: frozenset[str] = frozenset()
    threat_objects: frozenset[str] = frozenset()
    subject_senses: dict[str, frozenset[str]] = field(default_factory=dict)
    natural_causes: frozenset[str] = frozenset()
    charge_words: frozenset[str] = frozenset()
    accident_nouns: frozenset[str] = frozenset()
    gunfire_modifiers: frozenset[str] = frozenset()
    inquiry_words: frozenset[str] = frozenset()
    opinion_nouns: frozenset[str] = frozenset()
    party_object_verbs: frozenset[str] = frozenset()
    party_subject_verbs: frozenset[str] = frozenset()
    contest_verbs: frozenset[str] = frozenset()
    press_talk_verbs: frozenset[str] = frozenset()
    press_nouns: frozenset[str] = frozenset()
    press_outlet_modifiers: frozenset[str] = frozenset()
    contest_nouns: frozenset[str] = frozenset()
    contest_win_verbs: frozenset[str] = frozenset()
    non_specific_parties: frozenset[str] = frozenset()
    legal_step_types: frozenset[str] = frozenset()
    evasion_verbs: frozenset[str] = frozenset()
    offence_verbs: frozenset[str] = frozenset()
    back_reference_nouns: dict[str, frozenset[str]] = field(default_factory=dict)
    request_words: frozenset[str] = frozenset()
    convening_verbs: frozenset[str] = frozenset()
    aid_sending_verbs: frozenset[str] = frozenset()
    aid_personnel: frozenset[str] = frozenset()
    aid_staff_heads: frozenset[str] = frozenset()
    aid_modifiers: frozenset[str] = frozenset()
    aid_agency_words: frozenset[str] = frozenset()
    plot_words: frozenset[str] = frozenset()
    idiom_prepositions: dict[str, frozenset[str]] = field(default_factory=dict)
    idiom_verbs: dict[str, frozenset[str]] = field(default_factory=dict)
    inquiry_through_nouns: frozenset[str] = frozenset()
    reference_prepositions: frozenset[str] = frozenset()
    reference_heads: frozenset[str] = frozenset()
    occurrence_verbs: frozenset[str] = frozenset()
    contest_adverbs: frozenset[str] = frozenset()
    staging_verbs: frozenset[str] = frozenset()
    motion_verbs: frozenset[str] = frozenset()
    motion_destinations: frozenset[str] = frozenset()
    warning_words: frozenset[str] = frozenset()
    hazard_topics: frozenset[str] = frozenset()
    labour_strike_verbs: frozenset[str] = frozenset()
    armed_attackers: frozenset[str] = frozenset()
    talk_verbs: frozenset[str] = frozenset()
    obstruct_verbs: frozenset[str] = frozenset()
    blocked_measures: frozenset[str] = frozenset()
    passage_objects: frozenset[str] = frozenset()
    deontic_modals: frozenset[str] = frozenset()
    deontic_verbs: frozenset[str] = frozenset()
    deontic_adjectives: frozenset[str] = frozenset()
    alert_nouns: frozenset[str] = frozenset()
    public_alert_modifiers: frozenset[str] = frozenset()
    topic_talk_verbs: frozenset[str] = frozenset()
    campaign_rally_words: frozenset[str] = frozenset()
    abstract_suffixes: frozenset[str] = frozenset()
    abstract_heads: frozenset[str] = frozenset()
    party_nouns: frozenset[str] = frozenset()
    speech_pronouns: frozenset[str] = frozenset()
    denial_verbs: frozenset[str] = frozenset()
    accusation_nouns: frozenset[str] = frozenset()
    setting_prepositions: frozenset[str] = frozenset()
    setting_types: frozenset[str] = frozenset()
    visit_verbs: frozenset[str] = frozenset()
    harm_results: frozenset[str] = frozenset()
    dismissal_verbs: frozenset[str] = frozenset()
    tip_nouns: frozenset[str] = frozenset()
    outcome_verbs: frozenset[str] = frozenset()
    capture_verbs: frozenset[str] = frozenset()
    verbal_attack_words: frozenset[str] = frozenset()
    speech_media: frozenset[str] = frozenset()
    attack_speech_verbs: frozenset[str] = frozenset()
    physical_cues: frozenset[str] = frozenset()
    campaign_senses: dict[str, frozenset[str]] = field(default_factory=dict)
    rally_hold_verbs: frozenset[str] = frozenset()
    figurative_of_objects: frozenset[str] = frozenset()
    difficulty_nouns: frozenset[str] = frozenset()
    vehicle_nouns: frozenset[str] = frozenset()
    rally_side_preps: frozenset[str] = frozenset()
    recording_nouns: frozenset[str] = frozenset()
    rhetorical_prep_verbs: frozenset[str] = frozenset()
    possibility_nouns: frozenset[str] = frozenset()
    person_nouns: frozenset[str] = frozenset()
    party_only_types: frozenset[str] = frozenset()
    thing_release_verbs: frozenset[str] = frozenset()
    happening_heads: frozenset[str] = frozenset()
    distinct_markers: frozenset[str] = frozenset()
    distinct_nouns: frozenset[str] = frozenset()
    distinct_adverbs: frozenset[str] = frozenset()
    attempt_verbs: frozenset[str] = frozenset()
    poll_heads: frozenset[str] = frozenset()
    decrease_verbs: frozenset[str] = frozenset()
    poll_types: frozenset[str] = frozenset()
    acknowledging_verbs: frozenset[str] = frozenset()
    conjoined_types: tuple[tuple[str, str, bool], ...] = ()
    trip_verbs: frozenset[str] = frozenset()
    traveller_nouns: frozenset[str] = frozenset()
    crash_verbs: frozenset[str] = frozenset()
    cyber_attackers: frozenset[str] = frozenset()
    clash_words: frozenset[str] = frozenset()
    dispute_nouns: frozenset[str] = frozenset()
    attraction_nouns: frozenset[str] = frozenset()
    attraction_audiences: frozenset[str] = frozenset()
    attraction_modifiers: frozenset[str] = frozenset()
    topic_happenings: frozenset[str] = frozenset()
    topic_verbs: frozenset[str] = frozenset()
    curbing_verbs: frozenset[str] = frozenset()
    reflexive_objects: frozenset[str] = frozenset()
    self_harm_particles: frozenset[str] = frozenset()
    hazard_settings: frozenset[str] = frozenset()
    illness_modifiers: frozenset[str] = frozenset()
    wanted_person_nouns: frozenset[str] = frozenset()
    police_seize_verbs: frozenset[str] = frozenset()
    contest_particles: frozenset[str] = frozenset()
    relief_responders: frozenset[str] = frozenset()
    relief_organisations: frozenset[str] = frozenset()
    critic_nouns: frozenset[str] = frozenset()
    programme_verbs: frozenset[str] = frozenset()
    duration_units: frozenset[str] = frozenset()
    armed_programme_modifiers: frozenset[str] = frozenset()
    rival_nouns: frozenset[str] = frozenset()
    rivalry_verbs: frozenset[str] = frozenset()
    programme_nouns: frozenset[str] = frozenset()
    aim_prepositions: dict[str, frozenset[str]] = field(default_factory=dict)
    particle_senses: dict[str, frozenset[str]] = field(default_factory=dict)
    blast_nouns: frozenset[str] = frozenset()
    accidental_blast_modifiers: frozenset[str] = frozenset()
    quantity_heads: frozenset[str] = frozenset()
    connective_participles: frozenset[str] = frozenset()
    discharge_verbs: frozenset[str] = frozenset()
    care_verbs: frozenset[str] = frozenset()
    care_places: frozenset[str] = frozenset()
    anonymity_words: frozenset[str] = frozenset()
    business_subject_verbs: frozenset[str] = frozenset()
    business_nouns: frozenset[str] = frozenset()
    speech_lemmas: frozenset[str] = frozenset()
    distinct_sentence_adverbs: frozenset[str] = frozenset()
    neutral_report_verbs: frozenset[str] = frozenset()
    speaker_pronouns: frozenset[str] = frozenset()
    hedge_words: frozenset[str] = frozenset()
    own_side_possessives: frozenset[str] = frozenset()
    conflict_side_words: frozenset[str] = frozenset()
    regulator_only_triggers: frozenset[str] = frozenset()
    regulator_words: frozenset[str] = frozenset()
    contest_battle_nouns: frozenset[str] = frozenset()
    battle_weapon_modifiers: frozenset[str] = frozenset()
    proposal_verbs: frozenset[str] = frozenset()
    proposal_accords: frozenset[str] = frozenset()
    proposal_nominees: frozenset[str] = frozenset()
    praise_offers: frozenset[str] = frozenset()
    kind_word_modifiers: frozenset[str] = frozenset()
    attraction_feelings: frozenset[str] = frozenset()
    electorate_nouns: frozenset[str] = frozenset()
    statistic_heads: frozenset[str] = frozenset()
    rally_call_nouns: frozenset[str] = frozenset()
    signing_verbs: frozenset[str] = frozenset()
    signed_accords: frozenset[str] = frozenset()
    sports_cues: frozenset[str] = frozenset()
    sports_contest_verbs: frozenset[str] = frozenset()
    sports_contest_types: frozenset[str] = frozenset()
    off_field_words: frozenset[str] = frozenset()
    desire_words: frozenset[str] = frozenset()
    wished_act_kept_types: frozenset[str] = frozenset()
    relative_background_types: frozenset[str] = frozenset()
    relative_news_days: frozenset[str] = frozenset()
    held_accord_nouns: frozenset[str] = frozenset()
    holding_verbs: frozenset[str] = frozenset()
    quantity_modifiers: frozenset[str] = frozenset()
    audience_reaction_words: frozenset[str] = frozenset()
    audience_nouns: frozenset[str] = frozenset()
    absence_verbs: frozenset[str] = frozenset()
    expectation_verbs: frozenset[str] = frozenset()
    belief_verbs: frozenset[str] = frozenset()
    idiom_subjects: dict[str, frozenset[str]] = field(default_factory=dict)


@lru_cache(maxsize=4)
def _cached(overlay: str | None) -> AssemblyData:
    raw = load_data_json("events/assembly.json")
    return word_lists(
        AssemblyData,
        raw,
        default_agents={str(k).lower(): dict(v) for k, v in raw.get("default_agents", {}).items()},
        participant_free_types=frozenset(str(x).upper() for x in raw.get("participant_free_types", [])),
        party_only_types=frozenset(str(x).upper() for x in raw.get("party_only_types", [])),
        poll_types=frozenset(str(x).upper() for x in raw.get("poll_types", [])),
        sports_contest_types=frozenset(str(x).upper() for x in raw.get("sports_contest_types", [])),
        wished_act_kept_types=frozenset(str(x).upper() for x in raw.get("wished_act_kept_types", [])),
        relative_background_types=frozenset(str(x).upper() for x in raw.get("relative_background_types", [])),
        idiom_subjects={str(k).lower(): frozenset(str(x).lower() for x in v) for k, v in raw.get("idiom_subjects", {}).items()},
        easing_type=str(raw.get("easing_type", "RETREAT")).upper(),
        type_overrides={str(k).lower(): str(v).upper() for k, v in raw.get("type_overrides", {}).items()},
        quote_events=dict(raw.get("quote_events", {})),
        seized_property=dict(raw.get("seized_property", {})),
        back_reference_nouns=word_table(raw, "back_reference_nouns", upper_keys=True),
        campaign_senses={str(k).lower(): frozenset(str(x).lower() for x in v) for k, v in raw.get("campaign_senses", {}).items()},
        conjoined_types=tuple(
            (str(x["types"][0]).upper(), str(x["types"][1]).upper(), bool(x.get("same_mode", False)))
            for x in raw.get("conjoined_types", [])
        ),
    )


def assembly_data() -> AssemblyData:
    return _cached(overlay_key())


# --------------------------------------------------------------------------------------------
# helpers


def _phrase_of(d: Document, actor: EventActor) -> SpacySpan | None:
    """The parsed phrase of an argument (its character span widened to whole tokens); None without a parse
    or offsets."""
    if d.doc is None or actor.start is None or actor.end is None:
        return None
    return d.doc.char_span(actor.start, actor.end, alignment_mode="expand")


def _listed(tok: Token, words: frozenset[str]) -> bool:
    """The token's lemma or its lower-case form is one of ``words`` (a word list of the assembly data)."""
    return tok.lemma_.lower() in words or tok.lower_ in words


def _head_word(d: Document, actor: EventActor) -> str:
    """The syntactic head of an argument phrase (last word without a parse)."""
    span = _phrase_of(d, actor)
    if span is not None:
        return span.root.lower_
    words = actor.name.lower().split()
    return words[-1] if words else ""


_DETERMINERS = ("the ", "a ", "an ", "this ", "that ", "these ", "those ", "its ", "their ", "his ", "her ")


def _bare_name(name: str) -> str:
    name = name.lower().strip()
    for det in _DETERMINERS:
        if name.startswith(det):
            return name[len(det) :]
    return name


def _same_party(a: EventActor, b: EventActor) -> bool:
    if a.actor_id and a.actor_id == b.actor_id:
        return True
    x, y = _bare_name(a.name), _bare_name(b.name)
    return bool(x) and (x == y or (len(x) > 3 and len(y) > 3 and (x in y or y in x)) or _same_head(x, y))


INITIALS_SKIP = frozenset({"of", "the", "and", "for", "&", "on", "in"})
INITIALS_MIN = 3


def _one_party(a: EventActor, b: EventActor) -> bool:
    """The same party, a name and its initials (``initials-party``), one force named by two heads
    (``same-force``), or one noun in two numbers (``any-number-party``): mentions naming them tell one happening, and both names stay on the event."""
    x, y = _bare_name(a.name), _bare_name(b.name)
    return _same_party(a, b) or _initials(x, y) or _same_force(x, y) or _any_number(a, b)


def _same_force(x: str, y: str) -> bool:
    """same-force: one force named by two of its heads ("para-military forces" / "about 3000 para-military
    personnel", "security forces" / "security personnel"): both heads are force nouns and every modifier of
    the shorter name (there is one at least) is in the longer."""
    forces = assembly_data().force_nouns
    xs, ys = x.split(), y.split()
    if not xs or not ys or xs[-1] not in forces or ys[-1] not in forces:
        return False
    short, long_ = (xs, ys) if len(xs) <= len(ys) else (ys, xs)
    mods = set(short[:-1])
    return bool(mods) and mods <= set(long_[:-1])


def _initials(x: str, y: str) -> bool:
    """initials-party: a name and its initials are one party ("the Bharatiya Janata Party" / "BJP activists",
    "members of the National Farmers Union" / "NFU members"): a word of one is the initials of three or more
    consecutive words of the other."""

    def runs(name: str) -> set[str]:
        first = "".join(w[0] for w in name.replace("-", " ").split() if w not in INITIALS_SKIP and w[0].isalpha())
        return {first[i:j] for i in range(len(first)) for j in range(i + INITIALS_MIN, len(first) + 1)}

    def words(name: str) -> set[str]:
        return {w.replace(".", "") for w in name.split()}

    return bool(runs(x) & words(y)) or bool(runs(y) & words(x))


def _same_head(x: str, y: str) -> bool:
    """same-head-party: one name is the other with modifiers ("mob" / "a fierce mob", "police" / "the
    riot police"): the same head word, every word of the shorter in the longer."""
    xs, ys = x.split(), y.split()
    if not xs or not ys or xs[-1] != ys[-1]:
        return False
    short, long_ = (xs, ys) if len(xs) <= len(ys) else (ys, xs)
    return set(short) <= set(long_)


def _any_number(a: EventActor, b: EventActor) -> bool:
    """any-number-party: two names headed by one common noun in two numbers ("Policeman" / "five
    policemen", "a militant" / "militants") are one party when every other word of the shorter is in the
    longer; a name of several words ending in a capitalised one is a proper name ("United States" is never
    "the state")."""
    if not (_common_head(a.name) and _common_head(b.name)):
        return False
    xs, ys = _bare_name(a.name).split(), _bare_name(b.name).split()
    return _same_head(" ".join(map(_singular, xs)), " ".join(map(_singular, ys)))


def _common_head(name: str) -> bool:
    """The name's last word is a lower-case word, or the name is one capitalised word (a headline's)."""
    words = name.split()
    return bool(words) and words[-1].isalpha() and (words[-1].islower() or (len(words) == 1 and not words[0].isupper()))


def _singular(word: str) -> str:
    """A word's singular by its ending ("policemen" -> "policeman", "militants" -> "militant", "militias"
    -> "militia", "parties" -> "party"); a word in -ss, -us or -is, or of three letters or fewer, is left."""
    if len(word) <= 3 or word.endswith(("ss", "us", "is")):
        return word
    if word.endswith("men"):
        return word[:-3] + "man"
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") else word


def _head_lemma(d: Document, actor: EventActor) -> str:
    """The lemma of an argument phrase's head ("rallies" -> "rally"); empty without a parse."""
    span = _phrase_of(d, actor)
    return span.root.lemma_.lower() if span is not None and span.root.pos_ == "NOUN" else ""


def _is_party(d: Document, actor: EventActor, data: AssemblyData) -> bool:
    if sum(c.isalpha() and c.isascii() for c in actor.name) < 2:
        return False  # "Â", "3": mojibake or a bare number
    if actor.actor_id is not None:
        return True
    head = _head_word(d, actor)
    if head in data.non_party_heads or _head_lemma(d, actor) in data.non_party_heads:
        return False  # non-party-head, in any number: "the rally" and "his rallies"
    first = actor.name.strip().split()[0].lower() if actor.name.strip() else ""
    return not (first[:1].isdigit() and head in data.non_party_heads)


def _abstract_head(d: Document, actor: EventActor, data: AssemblyData) -> bool:
    """abstract-head: a phrase headed by a common noun of an abstract form (``abstract_suffixes``:
    "suggestions", "assessments", "legislation", "spending"; or ``abstract_heads``: "path", "principles")
    names a topic or a thing, no party, unless the noun is a role or group ("the administration", "the
    opposition": role nouns, or ``party_nouns``: "the majority", "the alliance")."""
    span = _phrase_of(d, actor)
    if span is None or span.root.pos_ != "NOUN" or is_actor_like(span.root):
        return False
    if span.root.lower_ not in actor.name.lower().split():
        return False  # the span is a wider phrase than the name ("the resignation of the minister")
    lemma = span.root.lemma_.lower()
    if lemma in data.party_nouns or span.root.lower_ in data.party_nouns:
        return False
    return lemma in data.abstract_heads or (len(lemma) > 5 and lemma.endswith(tuple(data.abstract_suffixes)))


def _unresolved_person(dr: Draft, actor: EventActor, data: AssemblyData) -> bool:
    """unresolved-person: in a statement or talk, a first- or second-person pronoun ("you", "we", "I") that
    no speaker or antecedent resolved names no party an analyst can code (a generic "you", a reporter's
    "we")."""
    return dr.type in VERBAL and actor.actor_id is None and actor.name.strip().lower() in data.speech_pronouns


def _dedupe(actors: Sequence[EventActor]) -> list[EventActor]:
    out: list[EventActor] = []
    for a in actors:
        if not any(_same_party(a, b) for b in out):
            out.append(a)
    return out


# --------------------------------------------------------------------------------------------
# sentence frames (one draft at a time, reading the parse)

LINK_DEPS = frozenset({"pobj", "pcomp", "prep", "compound", "dobj", "obj", "nmod", "amod", "conj", "appos", "npadvmod", "acl"})


def _governor(tok: Token, words: frozenset[str], hops: int = 4) -> Token | None:
    """The nearest ancestor (through prepositions, compounds and objects) whose lemma is in ``words``."""
    cur = tok
    for _ in range(hops):
        if cur.dep_ not in LINK_DEPS or cur.head is cur:
            return None
        cur = cur.head
        if _listed(cur, words):
            return cur
    return None


def legal_frame(d: Document, drafts: list[Draft], data: AssemblyData) -> None:
    """'charged with assault', 'a case of murder': the act named by a legal step is alleged, not coded."""
    for dr in drafts:
        tok = dr.trigger.token
        if dr.type in VERBAL or tok.lemma_.lower() in data.legal_words:
            continue
        legal = _governor(tok, data.legal_words)
        if legal is not None and tok.dep_ == "pcomp" and any(c.dep_ == "nsubj" for c in legal.children):
            continue  # "residents accused the guards of shooting": a party's accusation, its content claimed
        if legal is not None and (dr.trigger.is_noun or tok.dep_ in ("pcomp", "pobj")):
            dr.drop = True
            dr.reasons["dropped"] = f"legal-frame: '{tok.text}' is what '{legal.text}' alleges"


def _verb_bases(tok: Token) -> set[str]:
    """The verbs a word may stand for, also when the parser tagged a gerund as an adjective ('resisting',
    'evading')."""
    low = tok.lower_
    out = {tok.lemma_.lower()}
    if low.endswith("ing") and len(low) > 5:
        out |= {low[:-3], low[:-3] + "e"}
    return out


def _offence_or_evasion(tok: Token, data: AssemblyData) -> Token | None:
    """The word that makes a legal-step noun an offence name or an avoided step: a modifier or governing
    verb of evasion ('evading arrest', 'fled to avoid arrest', 'escaped custody'), or of an offence named
    under a legal word ('charged with resisting arrest')."""
    words = data.evasion_verbs | data.offence_verbs
    mods = [c for c in tok.children if c.dep_ in ("amod", "compound") and _verb_bases(c) & words]
    if mods:
        return mods[0]
    head = tok.head
    if tok.dep_ in ("dobj", "obj") and head is not tok:
        if head.lemma_.lower() in data.evasion_verbs:
            return head
        if head.lemma_.lower() in data.offence_verbs and head.tag_ == "VBG" and _governor(head, data.legal_words, 3):
            return head
    return None


def offence_name(d: Document, drafts: list[Draft], data: AssemblyData) -> None:
    """'charged with evading arrest', 'pleaded guilty to resisting arrest', 'he fled to avoid arrest': the
    legal step is an offence's name or was avoided, it did not happen."""
    for dr in drafts:
        tok = dr.trigger.token
        if not dr.trigger.is_noun or tok.lemma_.lower() not in data.legal_words:
            continue
        word = _offence_or_evasion(tok, data)
        if word is not None:
            dr.drop = True
            dr.reasons["dropped"] = f"offence-name: '{word.text} {tok.text}' names an offence or an avoided step"


SenseCheck = Callable[[Document, "Draft", AssemblyData], "str | None"]

# word-sense's checks, in order (the first that gives a reason drops the draft): (name, the event types it
# reads, None for all, the check). Each returns why the trigger is not in its event sense, or None.
WORD_SENSES: tuple[tuple[str, frozenset[str] | None, SenseCheck], ...] = (
    ("verb-sense", None, lambda d, dr, data: _verb_sense(dr, data)),
    ("argument-sense", None, lambda d, dr, data: _argument_sense(dr, data)),
    ("figurative-noun", None, lambda d, dr, data: _figurative_noun(dr, data)),
    ("idiom-noun", None, lambda d, dr, data: _idiom_noun(dr, data)),
    ("motion-sense", None, lambda d, dr, data: _motion_sense(dr, data)),
    ("person-trip", None, lambda d, dr, data: _person_trip(dr, data)),
    ("hazard-warning", None, lambda d, dr, data: _hazard_warning(dr, data)),
    ("talk-sense", None, lambda d, dr, data: _talk_sense(dr, data)),
    ("public-alert", None, lambda d, dr, data: _public_alert(dr, data)),
    ("campaign-rally", frozenset({"PROTEST"}), lambda d, dr, data: _campaign_rally(d, dr, data)),
    ("campaign-sense", frozenset({"ASSAULT", "COERCE"}), lambda d, dr, data: _campaign_sense(dr, data)),
    ("thing-clash", frozenset({"ASSAULT"}), lambda d, dr, data: _thing_clash(dr, data)),
    ("dispute-sense", frozenset({"ASSAULT"}), lambda d, dr, data: _dispute_sense(dr, data)),
    ("aim-sense", None, lambda d, dr, data: _aim_sense(dr, data)),
    ("figurative-for-verb", frozenset({"ASSAULT"}), lambda d, dr, data: _figurative_for_verb(dr, data)),
    ("contest-vow", frozenset({"AGREE"}), lambda d, dr, data: _contest_vow(dr, data)),
    ("poll-figure", None, lambda d, dr, data: _poll_figure(dr, data)),
    ("voter-choice", None, lambda d, dr, data: _voter_choice(dr, data)),
    ("statistic-of", None, lambda d, dr, data: _statistic_of(dr, data)),
    ("standing-attribute", None, lambda d, dr, data: _standing_attribute(dr)),
    ("time-word", None, lambda d, dr, data: _time_word(dr)),
    ("appeal-sense", frozenset({"REQUEST"}), lambda d, dr, data: _appeal_sense(dr, data)),
    ("copular-figure", frozenset({"ASSAULT"}), lambda d, dr, data: _copular_figure(dr, data)),
    ("topic-of-study", None, lambda d, dr, data: _topic_of_study(dr, data)),
    ("anonymity-formula", frozenset({"CONSULT"}), lambda d, dr, data: _anonymity_formula(dr, data)),
    ("self-harm", frozenset({"ASSAULT"}), lambda d, dr, data: _self_harm(dr, data)),
    ("regulator-recall", None, lambda d, dr, data: _regulator_recall(d, dr, data)),
    ("person-contest", frozenset({"ASSAULT"}), lambda d, dr, data: _person_contest(d, dr, data)),
)


def word_sense(d: Document, drafts: list[Draft], data: AssemblyData) -> None:
    """'fired critics' (dismissed), 'trade battle', 'fight for justice', 'kill rats', 'the virus killed',
    'agrees with the conclusion': not the event sense of the trigger (the reason says which check). The
    checks are the named rows of :data:`WORD_SENSES`, tried in order."""
    for dr in drafts:
        why = next((w for _, types, check in WORD_SENSES if (types is None or dr.type in types) and (w := check(d, dr, data))), None)
        if why is not None:
            dr.drop = True
            dr.reasons["dropped"] = f"word-sense: {why}"


def _regulator_recall(d: Document, dr: Draft, data: AssemblyData) -> str | None:
    """regulator-recall: a trigger of ``regulator_only_triggers`` ('the FDA *issued a recall* on peanut
    products', 'the ministry ordered the *recall* of the milk powder', 'the Food and Drug Administration has
    *recalled* 380 million eggs') is an administrative sanction only when an actor is a regulator (a word of
    its name is one of ``regulator_words``); a company's own product recall ('a produce company has recalled
    spinach') and the memory sense ('the mayor *recalled* that …', '"We were terrified," the officer
    recalled', 'officials recalled the day the dam broke': no goods recalled, or a clause, a person or a time
    recalled) are no event."""
    tok = dr.trigger.token
    if tok.lemma_.lower() not in data.regulator_only_triggers:
        return None
    if not dr.trigger.is_noun:
        if any(c.dep_ in ("ccomp", "xcomp", "advcl", "parataxis") for c in tok.children) or tok.dep_ in ("parataxis", "ccomp"):
            return f"'{tok.text}' with a clause: remembering, no recall"
        goods = [c for c in tok.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
        if not goods or goods[0].pos_ == "PRON" or goods[0].ent_type_ in ("PERSON", "DATE", "TIME") or goods[0].lemma_.lower() in _TIME_NOUNS:
            return f"'{tok.text}' recalls no goods: remembering, no recall"
    if not any(w.strip("().,'’") in data.regulator_words for a in dr.actors for w in a.name.lower().split()):
        return f"'{tok.text}' by no regulator: a company's own recall or a memory, no sanction"
    return None


_TIME_NOUNS = frozenset({"day", "days", "time", "times", "moment", "year", "years", "night", "morning", "week", "era", "event", "incident"})


def _person_contest(d: Document, dr: Draft, data: AssemblyData) -> str | None:
    """person-contest: a battle noun (``contest_battle_nouns``) 'with' / 'against' one named person and
    nobody else ('a hotly fought battle with Senator Reyes', 'his current battle with Tobin Reyes') is a
    contest between persons (a race, a feud, a lawsuit), no fighting: armed sides are forces or groups. A
    battle with a weapon ('a gun battle with Reyes': ``battle_weapon_modifiers``) or with an armed
    attacker ('a battle with the gunman') stays."""
    tok = dr.trigger.token
    if not dr.trigger.is_noun or tok.lemma_.lower() not in data.contest_battle_nouns:
        return None
    if any(c.dep_ in ("compound", "amod", "nmod") and _listed(c, data.battle_weapon_modifiers) for c in tok.children):
        return None
    sides = _prep_objects(tok, ("with", "against"))
    if not sides and tok.dep_ in ("dobj", "obj"):  # "win her battle with X", the 'with' hung on the verb
        sides = _prep_objects(tok.head, ("with", "against"))
    if len(sides) != 1 or any(c.dep_ == "conj" for c in sides[0].children):
        return None
    side = sides[0]
    if not _person(d, side) or _listed(side, data.armed_attackers):
        return None
    return f"'{tok.text} with {side.text}': a contest with one person, no fighting"


def _appeal_sense(dr: Draft, data: AssemblyData) -> str | None:
    """appeal-sense: 'Trump's appeal to working-class whites', 'broad appeal': a noun of ``attraction_nouns``
    with no request content ('for' object, 'to' infinitive, 'that' clause) that is 'to' / 'among' / 'with'
    / 'across' a voter group (``attraction_audiences``) or carries one of ``attraction_modifiers`` is a
    party's attractiveness, no request ('an appeal to donors for aid' stays)."""
    tok = dr.trigger.token
    if not dr.trigger.is_noun or tok.lemma_.lower() not in data.attraction_nouns:
        return None
    if any(c.dep_ == "prep" and c.lower_ == "for" for c in tok.children) or any(
        c.dep_ in ("acl", "relcl", "ccomp") and c.pos_ in ("VERB", "AUX") and any(g.tag_ == "TO" or g.dep_ == "mark" for g in c.children)
        for c in tok.children
    ):
        return None
    groups = [g for g in _prep_objects(tok, ("to", "among", "with", "across")) if _listed(g, data.attraction_audiences)]
    groups += [g for g in _prep_objects(tok, ("to",)) if _listed(g, data.attraction_feelings)]
    mods = [c for c in tok.children if c.dep_ in ("amod", "compound") and c.lower_ in data.attraction_modifiers]
    found = groups or mods
    return f"'{tok.text} … {found[0].text}': a party's attractiveness, no request" if found else None


def _copular_figure(dr: Draft, data: AssemblyData) -> str | None:
    """copular-figure: 'the Iowa caucus is a battle of niches': a violence noun that is the predicate of 'be'
    whose subject is a noun naming no happening describes a contest or a situation, no fighting."""
    tok = dr.trigger.token
    if not dr.trigger.is_noun or tok.lemma_.lower() not in data.violence_nouns or tok.dep_ != "attr" or tok.head.lemma_.lower() != "be":
        return None
    subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ not in ("NOUN", "PROPN"):
        return None
    happenings = frozenset().union(data.violence_nouns, data.topic_happenings, *data.back_reference_nouns.values())
    if _listed(subj, happenings):
        return None
    return f"'{subj.text} … is a {tok.text}': a description, no fighting"


def _topic_of_study(dr: Draft, data: AssemblyData) -> str | None:
    """topic-of-study: 'a historian who studied riots', 'as mayor he curbed riots': an event noun that is the
    object of a verb of study or reporting (``topic_verbs``), or a bare one of a verb of curbing
    (``curbing_verbs``) in a clause with no date, is a subject or a record in general, no happening."""
    tok = dr.trigger.token
    if not dr.trigger.is_noun or not _listed(tok, data.topic_happenings):
        return None
    obj = tok
    while obj.dep_ == "conj" and obj.head is not obj:
        obj = obj.head
    if obj.dep_ not in ("dobj", "obj"):
        return None
    verb = obj.head.lemma_.lower()
    if verb in data.topic_verbs:
        return f"'{obj.head.text} {tok.text}': a subject of study, no happening"
    bare = not any(c.dep_ in ("det", "poss", "nummod") for c in tok.children)
    if verb in data.curbing_verbs and bare and (dr.date is None or not dr.date.text):
        return f"'{obj.head.text} {tok.text}': a record in general, no happening"
    return None


def _self_harm(dr: Draft, data: AssemblyData) -> str | None:
    """self-harm: 'a veteran shot himself in the parking lot': a violence verb whose only object is a reflexive
    pronoun (``reflexive_objects``) and which has no recipient but the doer is a suicide or self-injury, no attack; 'blew
    himself up' (``self_harm_particles``) and 'killed himself and two guards' stay."""
    tok = dr.trigger.token
    selves = data.reflexive_objects | {a.name.lower() for a in dr.actors}
    if dr.trigger.is_noun or tok.pos_ != "VERB" or any(r.name.lower() not in selves for r in dr.recipients):
        return None
    objs = [c for c in tok.children if c.dep_ in ("dobj", "obj")]
    if len(objs) != 1 or objs[0].lower_ not in data.reflexive_objects or any(c.dep_ == "conj" for c in objs[0].children):
        return None
    if any(c.dep_ == "prt" and c.lower_ in data.self_harm_particles for c in tok.children):
        return None
    return f"'{tok.text} {objs[0].text}': harm to oneself, no attack"


_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})


def _motion_sense(dr: Draft, data: AssemblyData) -> str | None:
    """motion-sense: a phrasal movement trigger ('head for', 'move towards') is a mobilization only when a
    force moves or its goal is a place ('troops headed for the border', 'rebels moved towards the capital'),
    not 'the country is heading for its worst outbreak' or 'could move towards a freer future'."""
    tok = dr.trigger.token
    if dr.trigger.is_noun or "+" not in dr.trigger.key or tok.lemma_.lower() not in data.motion_verbs:
        return None
    goals = [g for p in dr.trigger.extra if p.pos_ == "ADP" for g in p.children if g.dep_ == "pobj"]
    if not goals or any(_destination(g, data) for g in goals):
        return None
    movers = _causer_arguments(tok)
    forces = data.object_senses.get("deploy", frozenset()) | data.force_nouns
    if any(_listed(m, forces) for m in movers):
        return None
    return f"'{tok.text} … {goals[0].text}' is figurative: no force moves to a place"


def _person_trip(dr: Draft, data: AssemblyData) -> str | None:
    """person-trip: a mobilization verb of ``trip_verbs`` whose movers are all lone persons or travellers
    ('the professor was headed to Cairo for a conference', 'Hamdy was also headed to Cairo', 'he had been
    stationed in Amiens since 2014', 'passengers headed to Egypt'), none of them a force, is a trip or a job
    posting, no mobilization."""
    tok = dr.trigger.token
    if dr.type != "MOBILIZE" or dr.trigger.is_noun or tok.lemma_.lower() not in data.trip_verbs:
        return None
    movers = _causer_arguments(tok)
    forces = data.object_senses.get("deploy", frozenset()) | data.force_nouns
    if not movers or any(_listed(m, forces) for m in movers):
        return None
    if all(_lone_traveller(m, data) for m in movers):
        return f"'{movers[0].text} {tok.text}' is a person's trip, no mobilization"
    return None


def _lone_traveller(m: Token, data: AssemblyData) -> bool:
    """A named person, 'he' / 'she', a singular person noun ('the professor') or a traveller noun."""
    if m.ent_type_ == "PERSON" or m.lower_ in ("he", "she", "i") or _listed(m, data.traveller_nouns):
        return True
    return m.tag_ == "NN" and _listed(m, data.person_nouns)


def _hazard_warning(dr: Draft, data: AssemblyData) -> str | None:
    """hazard-warning: a warning whose content is a hazard ('experts warned that an epidemic would …',
    'warning of travel to the region') forecasts a danger or advises the public; no party threatens."""
    tok = dr.trigger.token
    if dr.type != "THREATEN" or tok.lemma_.lower() not in data.warning_words:
        return None
    hazards = data.natural_causes | data.hazard_topics
    content = [s for c in tok.children if c.dep_ == "ccomp" for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]
    if tok.dep_ in ("parataxis", "ccomp") and tok.head.pos_ in ("VERB", "AUX"):  # "X is heading for Y, he warned"
        content += [s for s in tok.head.children if s.dep_ in ("nsubj", "nsubjpass")]
    content += _prep_objects(tok, ("of", "about", "against"))
    # hazard-agent: "warned that up to 5,000 people could be hit *by heavy flooding*": the 'by' agent of the
    # warned clause
    content += [g for c in tok.children if c.dep_ == "ccomp" for a in c.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
    # "warning residents about two scams" parsed with 'about' as a modifier of a second object
    content += [o for o in tok.children if o.dep_ in ("dobj", "obj")
                and any(t.lower_ in ("of", "about", "against") for t in o.subtree if t.i < o.i)]
    content += _warned_content_extra(tok, content)
    found = next((t for t in content if _natural_word(t, hazards)), None)
    return f"'{tok.text} … {found.text}' warns of a hazard, no threat" if found is not None else None


def _warned_content_extra(tok: Token, content: list[Token]) -> list[Token]:
    """More of a warning's content: the attribute of an expletive 'that' clause ('warned that there would be
    delays') and the 'of' object (with its conjuncts and modifiers) of a content noun ('a mix of drizzle and
    snow is expected …, forecasters warn')."""
    clauses = [c for c in tok.children if c.dep_ == "ccomp"]
    if tok.dep_ in ("parataxis", "ccomp"):
        clauses.append(tok.head)
    extra = [a for c in clauses if any(e.dep_ == "expl" for e in c.children) for a in c.children if a.dep_ == "attr"]
    for noun in [*content, *extra]:
        for g in _prep_objects(noun, ("of",)):
            extra += [g, *g.conjuncts, *(m for m in g.children if m.dep_ in ("nmod", "compound"))]
    return extra


def _talk_sense(dr: Draft, data: AssemblyData) -> str | None:
    """talk-sense: 'talk about / of / for …' a topic with no partner, by one speaker ('Ottawa is talking about
    investing', 'I can talk for everyone'), is speech, no consultation; a partner ('talked with the rebels')
    or several parties as subject ('the two leaders talked about trade') keep it."""
    tok = dr.trigger.token
    if dr.type != "CONSULT" or dr.trigger.is_noun or tok.lemma_.lower() not in data.talk_verbs or _talk_partner(tok):
        return None
    topics = _prep_objects(tok, ("about", "of", "for", "on"), ("pobj", "pcomp"))
    topics = [t for t in topics if not is_time(t)]
    subj = next((a for a in _causer_arguments(tok) if a.dep_ == "nsubj"), None)
    if not topics or (subj is not None and _several(subj)):
        return None
    return f"'{tok.text} {topics[0].head.text} {topics[0].text}' is one side's speech, no consultation"


def _talk_partner(tok: Token) -> bool:
    """An object or a 'with' / 'to' partner of a talk verb."""
    return any(c.dep_ in ("dobj", "obj", "dative") or (c.dep_ == "prep" and c.lower_ in ("with", "to")) for c in tok.children)


def _several(subj: Token) -> bool:
    """A plural or conjoined noun subject ('the two presidents', 'Iran and Iraq'), not a pronoun."""
    return subj.pos_ != "PRON" and (subj.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in subj.children))


def _prep_objects(tok: Token, preps: Collection[str], deps: tuple[str, ...] = ("pobj",)) -> list[Token]:
    """The objects of the given prepositions (or datives: only 'to' / 'for' ones) under ``tok``."""
    return [
        g for c in tok.children if c.dep_ in ("prep", "dative") and c.lower_ in preps
        for g in c.children if g.dep_ in deps
    ]


def _public_alert(dr: Draft, data: AssemblyData) -> str | None:
    """public-alert: an alert that is a notice to the public ('an Amber Alert was issued for four boys',
    'issued alerts to their citizens') puts no force on alert."""
    tok = dr.trigger.token
    if dr.type != "MOBILIZE" or not dr.trigger.is_noun or tok.lower_ not in data.alert_nouns:
        return None
    mods = [c for c in tok.children if c.dep_ in ("compound", "amod") and c.lower_ in data.public_alert_modifiers]
    holders = [tok, tok.head] if tok.dep_ in ("dobj", "nsubjpass") else [tok]  # "issued alerts *to their citizens*"
    addressed = [g for h in holders for g in _prep_objects(h, ("to", "for")) if is_actor_like(g)]
    found = mods or addressed
    return f"'{tok.text}' with '{found[0].text}' is a notice to the public, no force on alert" if found else None


def _destination(tok: Token, data: AssemblyData) -> bool:
    """A place a movement can head for: a named place or a place noun ('the border', 'the capital')."""
    return (
        tok.ent_type_ in _PLACE_ENTS or tok.pos_ == "PROPN"
        or _listed(tok, data.motion_destinations)
    )


def block_sense(d: Document, drafts: list[Draft], data: AssemblyData) -> None:
    """'blocked the highway' is a protest blockade; 'police blocked protesters from entering' coerces them;
    'blocked efforts to alert the army', 'endorphins block pain messages' are no happening; blocking a measure
    ('Senate Democrats blocked the funding package', ``blocked_measures``) refuses it, a REJECT."""
    for dr in drafts:
        tok = dr.trigger.token
        if dr.type != "PROTEST" or dr.trigger.is_noun or tok.lemma_.lower() not in data.obstruct_verbs:
            continue
        objs = [c for c in tok.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
        if tok.dep_ == "acl" and tok.tag_ == "VBN":
            objs.append(tok.head)  # "the roads blocked by farmers": the modified noun is the passive subject
        if not objs or any(_passage(o, data) for o in objs):
            continue
        if any(_listed(o, data.blocked_measures) for o in objs):
            dr.type, dr.mode = "REJECT", []
            dr.reasons["type"] = f"block-sense: '{tok.text} {objs[0].text}' refuses a measure, REJECT"
            continue
        kept_from = any(c.dep_ == "prep" and c.lower_ == "from" for c in tok.children)
        if kept_from and (any(is_actor_like(o) for o in objs) or dr.recipients):  # people, not a thing, kept out
            dr.type = "COERCE"
            dr.reasons["type"] = f"block-sense: '{tok.text} {objs[0].text} from …' keeps people out, COERCE"
        else:
            dr.drop = True
            dr.reasons["dropped"] = f"block-sense: '{tok.text} {objs[0].text}' blocks no passage"


def _passage(tok: Token, data: AssemblyData) -> bool:
    """A road, a gate, traffic ('national highway-28': the part before a hyphenated number counts)."""
    words = {tok.lemma_.lower(), tok.lower_, tok.lower_.split("-")[0]}
    return bool(words & data.passage_objects) or tok.ent_type_ == "FAC"


def _verb_sense(dr: Draft, data: AssemblyData) -> str | None:
    """A verb trigger whose object or subject is not of its event sense ('fired critics', 'deployed a
    strategy', 'prices exploded', 'booked rooms': ``party_object_verbs`` need a party as object)."""
    if dr.trigger.is_noun:
        return None
    tok = dr.trigger.token
    lemma = tok.lemma_.lower()
    if _connective(tok, data):
        return f"connective-participle: '{tok.text}' joins a clause or a phrase ('provided the time was ripe'), no event"
    firm = _business_subject(tok, data) if lemma in data.business_subject_verbs else None
    if firm is not None:
        return f"business-crackdown: '{firm.text} … {tok.text}' is a firm's policy on its customers, no coercion"
    particle = _particle_sense(tok, data.particle_senses.get(lemma))
    if particle is not None:
        return f"particle-sense: '{tok.text} {particle.text}' with no object is not the {dr.type.lower()} sense"
    senses = data.object_senses.get(lemma)
    if senses is not None:
        objs = [c for c in tok.children if c.dep_ in ("dobj", "obj")]
        if objs and all(o.lemma_.lower() not in senses and o.lower_ not in senses for o in objs):
            return f"'{tok.text} {objs[0].text}' is not the {dr.type.lower()} sense"
    subject = _unfitting_subject(tok, data.subject_senses.get(lemma))
    if subject is not None:
        return f"'{subject.text} {tok.text}' is not the {dr.type.lower()} sense"
    dismissed = _dismissed(tok) if lemma in data.dismissal_verbs else None
    if dismissed is not None:
        return f"'{dismissed.text} … {tok.text}' is a dismissal, no attack"
    return _party_sense(tok, lemma, data)


_OWN_CLAUSE_DEPS = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "agent", "csubj"})


def _connective(tok: Token, data: AssemblyData) -> bool:
    """connective-participle: a participle of ``connective_participles`` ("provided", "given", "barring")
    with no subject or auxiliary of its own, parsed as a preposition, a marker or a clause, joins a condition
    or a phrase ("willing to talk provided the time was ripe", "given the threat"), no act."""
    if tok.lower_ not in data.connective_participles or tok.dep_ not in ("prep", "mark", "ccomp", "advcl"):
        return False
    return not any(c.dep_ in _OWN_CLAUSE_DEPS for c in tok.children)


def _business_subject(tok: Token, data: AssemblyData) -> Token | None:
    """business-crackdown: a verb of ``business_subject_verbs`` ('crack down') whose subject is a business
    (``business_nouns``: 'electricity suppliers are cracking down on delinquent customers', 'banks cracked
    down on late payers') tells a firm's policy on its customers, no use of force by an authority; 'police
    cracked down on protesters' stays."""
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.tag_ in ("WDT", "WP") and tok.dep_ == "relcl":
        subj = tok.head
    return subj if subj is not None and _listed(subj, data.business_nouns) else None


def _particle_sense(tok: Token, particles: frozenset[str] | None) -> Token | None:
    """particle-sense: a verb with one of its ``particle_senses`` particles and no direct object is another
    verb ("8 million *signed up*" enrol, "spending *shot back up*" rose); "signed the accord" and "gunmen
    shot up the market" keep the event sense."""
    if not particles or any(c.dep_ in ("dobj", "obj") for c in tok.children):
        return None
    return next((c for c in tok.children if c.dep_ in ("prt", "advmod") and c.lower_ in particles), None)


_PERSON_PRONOUNS = frozenset({"he", "she", "i", "we", "you", "him", "her", "me", "us"})
_AIMED_PREPOSITIONS = frozenset({"at", "upon", "on", "into"})


def _aimed(c: Token) -> bool:
    """A preposition of aim ('fired *upon*', 'fired *on* by police'), not one of time ('on Monday')."""
    if c.dep_ not in ("prep", "prt") or c.lower_ not in _AIMED_PREPOSITIONS:
        return False
    return not any(g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in c.children)


def _dismissed(tok: Token) -> Token | None:
    """dismissal: a passive verb of ``dismissal_verbs`` whose subject is a person ('Reams has been fired
    from his position', 'he was fired last year'), or whose participle modifies a person before it ('a *fired*
    chief justice'), tells of a job lost; 'shots were fired' and 'he was fired upon / at' keep the violent sense."""
    subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
    if subj is None and tok.dep_ in ("amod", "acl") and tok.tag_ == "VBN" and tok.i < tok.head.i:
        subj = tok.head  # "a *fired* chief justice", "the fired employee"
    if subj is None or any(_aimed(c) for c in tok.children):
        return None
    person = subj.ent_type_ == "PERSON" or subj.lower_ in _PERSON_PRONOUNS or (
        subj.pos_ != "PRON" and is_actor_like(subj) and subj.ent_type_ not in ("ORG", "GPE", "NORP")
    )
    return subj if person else None


def _party_sense(tok: Token, lemma: str, data: AssemblyData) -> str | None:
    """A verb that needs a party as object ('booked rooms') or as subject ('a provision that allows …'), that
    wins a game or a vote ('beat Clemson 72-60'), or that refuses only with an object or a complement
    (decrease-sense: a thing that declines with neither, 'views of her have declined by nine points', falls;
    'Chaffetz declined' still refuses)."""
    if lemma in data.party_object_verbs:
        args = [c for c in tok.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
        if tok.dep_ == "acl":
            args.append(tok.head)  # "the compartments booked for ..."
        if not args:  # a misparse as active: "the compartments booked for pilgrims were vacant"
            args = [c for c in tok.children if c.dep_ == "nsubj"]
        if args and all(_thing(a, data) for a in args):
            return f"'{tok.text}' with '{args[0].text}' is not the legal sense (no party undergoes it)"
    aims = data.aim_prepositions.get(lemma)
    if aims and not any(c.dep_ in ("dobj", "obj", "nsubjpass") or _aimed(c) for c in tok.children):
        goal = next((g for g in _prep_objects(tok, aims) if (g.ent_type_ == "DATE" or not is_actor_like(g))
                     and not _listed(g, data.duration_units)), None)
        if goal is not None:  # aim-preposition: "we are shooting for a June delivery", not "for ten minutes"
            return f"'{tok.text} for {goal.text}' aims at a goal, no violence"
    if lemma in data.contest_verbs and any(c.dep_ == "prt" and _listed(c, data.contest_particles) for c in tok.children):
        return f"'{tok.text} out' outdoes rivals in a contest, no violence"  # contest-particle: "beat out 40 rivals"
    if lemma in data.contest_verbs:
        mark = _contest_mark(tok, data.contest_nouns) or _contest_clause(tok, data) or _contest_adverb(tok, data)
        if mark is not None:
            return f"'{tok.text} … {mark}' is a win in a game or vote, no violence"
    if lemma in data.decrease_verbs and not any(c.dep_ in ("dobj", "obj", "nsubjpass", "xcomp", "ccomp") for c in tok.children):
        subj = _active_subject(tok)
        if subj is not None and _thing(subj, data):
            return f"'{subj.text} {tok.text}' with no object or complement is a fall in a quantity, no refusal"
    if lemma in data.party_subject_verbs:
        subj = _active_subject(tok)
        if subj is not None and _thing(subj, data):
            return f"'{subj.text} {tok.text}': a rule or thing permits, no party concedes"
    return None


_SCORE = re.compile(r"\d{1,3}\s*[-–]\s*\d{1,3}")


def _contest_mark(tok: Token, nouns: frozenset[str]) -> str | None:
    """A score ('beat Clemson 72-60'), a margin ('beat her 51 percent to 36 percent', 'by 10 points') or a
    contest word ('beat him in the primary', 'beat them in the final') in the verb's own phrase after it, or
    in a phrase fronted before it ('In the 2014 primary, she beat him'): the sense of winning, not of striking."""
    words = [t for t in tok.subtree if t.i > tok.i]
    fronted = [t for c in tok.children if c.dep_ == "prep" and c.i < tok.i for t in c.subtree]  # "In the primary, X beat Y"
    score = _SCORE.search(tok.doc[tok.i:words[-1].i + 1].text) if words else None
    if score is not None:
        return score.group(0)
    noun = next((t for t in words + fronted if _listed(t, nouns)), None)
    return noun.text if noun is not None else None


def _contest_vow(dr: Draft, data: AssemblyData) -> str | None:
    """contest-vow: a promise verb whose 'to' act takes a contest word as object ("the team vowed to defend
    their *title*", "promised to win the *league*") is a vow about a game or a vote, no commitment to a party."""
    tok = dr.trigger.token
    if dr.trigger.is_noun or tok.lemma_.lower() not in data.promise_verbs:
        return None
    for act in (c for c in tok.children if c.dep_ == "xcomp"):
        obj = next((o for o in act.children if o.dep_ in ("dobj", "obj") and _listed(o, data.contest_nouns)), None)
        if obj is not None:
            return f"'{tok.text} to {act.text} … {obj.text}' vows a win in a game or a vote, no commitment"
    return None


def _contest_adverb(tok: Token, data: AssemblyData) -> str | None:
    """contest-adverb: a margin of victory on the verb ('*narrowly* beat Clinton in Wisconsin')."""
    adverb = next((c for c in tok.children if c.dep_ == "advmod" and _listed(c, data.contest_adverbs)), None)
    return adverb.text if adverb is not None else None


def _contest_clause(tok: Token, data: AssemblyData) -> str | None:
    """contest-win-clause: "won the two seats, *beating* the incumbent", "kept her seat, *beating out* X": a
    contest verb whose clause hangs on a verb of winning, or on a verb whose object is a contest word,
    tells how the contest was won."""
    head = tok.head
    if tok.dep_ not in ("advcl", "conj") or head is tok or head.pos_ not in ("VERB", "AUX"):
        return None
    if head.lemma_.lower() in data.contest_win_verbs:
        return head.text
    obj = next((c for c in head.children if c.dep_ in ("dobj", "obj")
                and _listed(c, data.contest_nouns)), None)
    return obj.text if obj is not None else None


def _vehicle(tok: Token, data: AssemblyData) -> bool:
    """A vehicle: a listed noun ('the pickup truck') or a thing someone drove ('a 1993 Cadillac *driven by* …')."""
    return _listed(tok, data.vehicle_nouns) or any(
        c.dep_ == "acl" and c.lemma_.lower() == "drive" and c.tag_ == "VBN" for c in tok.children)


def _vehicle_collision(tok: Token, data: AssemblyData) -> tuple[Token, Token] | None:
    """vehicle-collision: a violence verb whose active subject and whose object (direct, or 'into' / 'with')
    are both vehicles ("a Cadillac driven by a local man struck the pickup truck", "the bus collided with a
    van") tells a road collision, no attack. A vehicle driven into people ("the truck plowed into the crowd")
    keeps its event."""
    subject = _active_subject(tok)
    if subject is None and tok.dep_ == "conj":
        subject = _active_subject(tok.head)  # "a Cadillac was traveling west and *struck* the truck"
    if subject is None or not _vehicle(subject, data):
        return None
    objects = [c for c in tok.children if c.dep_ in ("dobj", "obj")] + _prep_objects(tok, ("into", "with"))
    hit = next((o for o in objects if _vehicle(o, data)), None)
    return (subject, hit) if hit is not None else None


def _active_subject(tok: Token) -> Token | None:
    """The active subject of a verb; a relative pronoun stands for the noun it refers to ('a provision
    *that* allows …')."""
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.tag_ in ("WDT", "WP") and tok.dep_ == "relcl":
        return tok.head
    return subj


def _thing(tok: Token, data: AssemblyData) -> bool:
    """A common noun naming no party and no legal step ('rooms', 'compartments'; not 'the accused', 'a case')."""
    return tok.pos_ == "NOUN" and not is_actor_like(tok) and tok.lemma_.lower() not in data.legal_words


def _argument_sense(dr: Draft, data: AssemblyData) -> str | None:
    """An argument that makes the trigger no event ('met the deadline', 'declined to comment'), an opinion
    ('agrees with the conclusion') or a natural cause of deaths ('the virus has killed 30')."""
    tok = dr.trigger.token
    lemma = tok.lemma_.lower()
    args = _non_event_arguments(dr, data.non_event_arguments.get(lemma))
    if args:
        return f"'{tok.text}' with '{args[0].text}' is no event"
    press = _press_partner(tok, data) if lemma in data.press_talk_verbs and not dr.trigger.is_noun else None
    if press is not None:
        return f"'{tok.text} … {press.text}' is a statement to the press, no consultation"
    topic = _talk_topic(dr, data) if dr.type == "CONSULT" else None
    if topic is not None:
        return f"'{tok.text} {topic.text} …' talks of a topic with no partner, no consultation"
    if dr.type == "AGREE" and lemma == "agree" and _opinion(tok, data.opinion_nouns):
        return f"'{tok.text}' states an opinion, no agreement"
    attempted = _attempted_act(tok) if lemma in data.attempt_verbs and not dr.trigger.is_noun else None
    if attempted is not None:
        return f"'{tok.text} to {attempted.text}' is an attempt, no request"
    fact = _acknowledged_fact(tok) if lemma in data.acknowledging_verbs and not dr.trigger.is_noun else None
    if fact is not None:
        return f"'{tok.text} … {fact.text}' states a fact (a clausal complement), no {dr.type}"
    cared = _discharged(tok, data) if lemma in data.discharge_verbs and not dr.trigger.is_noun else None
    if cared is not None:
        return f"hospital-discharge: '{cared.text} … {tok.text}' lets a patient go, no release of a captive"
    crash = _vehicle_collision(tok, data) if dr.type == "ASSAULT" and not dr.trigger.is_noun else None
    if crash is not None:
        return f"'{crash[0].text} … {tok.text} … {crash[1].text}' is a road collision, no violence"
    # a crisis or disaster that "struck" is no attack and no labour strike either
    cause = None
    if dr.type in ("ASSAULT", "PROTEST"):
        if dr.trigger.is_noun:
            cause = _blaze_fought(tok, data) or _natural_modifier(tok, data) or (tok if _accidental_blast(tok, data) else None)
            cause = cause or _accidental_blast_before(tok, data)
        else:
            cause = _natural_cause(tok, data)
    elif not dr.trigger.is_noun:
        cause = _natural_agent(tok, data)
    elif tok.dep_ in ("dobj", "obj") and tok.head.pos_ in ("VERB", "AUX"):
        cause = _natural_agent(tok.head, data)  # "gulls could pose a threat", "the virus poses a risk"
    if cause is not None:
        return f"'{cause.text} … {tok.text}' is a disease, hazard or accident, no violence or protest"
    inquired = _accident_inquiry(tok, data) if lemma in data.inquiry_words else None
    if inquired is not None:
        return f"'{tok.text} … {inquired.text}' looks into an accident or hazard, no accusation"
    return None


ANONYMITY_STEPS = 2


def _anonymity_formula(dr: Draft, data: AssemblyData) -> str | None:
    """anonymity-formula: a talk told in a source's request for anonymity ('the official, who *spoke* on
    condition of anonymity *to discuss* internal deliberations', 'speaking anonymously because they were not
    authorized to discuss the case') is how the reporter got the news, no consultation between parties."""
    tok = dr.trigger.token
    for _ in range(ANONYMITY_STEPS + 1):
        for c in tok.children:
            if c.dep_ in ("prep", "advmod", "advcl") and any(_listed(t, data.anonymity_words) for t in c.subtree):
                return f"anonymity-formula: '{tok.text} … anonymity' tells how a source spoke, no consultation"
        if tok.dep_ not in ("xcomp", "advcl", "conj") or tok.head is tok:
            return None
        tok = tok.head
    return None


def _discharged(tok: Token, data: AssemblyData) -> Token | None:
    """hospital-discharge: a release verb (``discharge_verbs``) joined to a verb of care (``care_verbs``:
    'was treated and released', 'treated and released at the scene') or with a 'from' object that is a place
    of care (``care_places``: 'released from the hospital') lets a patient go; 'released from custody',
    'released the hostages' stay."""
    joined = [*tok.conjuncts]
    care = next((v for v in joined if _listed(v, data.care_verbs)), None)
    if care is not None:
        return care
    return next((g for g in _prep_objects(tok, ("from",)) if _listed(g, data.care_places)), None)


def _press_partner(tok: Token, data: AssemblyData) -> Token | None:
    """The press as the only partner of a talk ('talking to reporters', 'briefed journalists')."""
    partners = [c for c in tok.children if c.dep_ in ("dobj", "obj")] + [
        g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("to", "with")
        for g in c.children if g.dep_ == "pobj"
    ]
    if partners and all(_press_noun(p, data) for p in partners):
        return partners[0]
    return None


def _press_noun(tok: Token, data: AssemblyData) -> bool:
    """A press noun ('reporters'), or news-outlet: a noun named a news outlet by its modifier ('the Times
    *News* Network', 'a *news* agency', 'a *news* channel' are the press an interview is given to)."""
    if _listed(tok, data.press_nouns):
        return True
    return any(c.dep_ == "compound" and c.lower_ in data.press_outlet_modifiers for c in tok.children)


def _talk_topic(dr: Draft, data: AssemblyData) -> Token | None:
    """topic-talk: a talk verb (or the singular noun 'talk') with a topic ('about', 'of', 'on') and no
    partner ('with' / 'to' a party, or a party as object): 'Bernie has been talking about inequality', 'his
    talk of moving ahead' is speech on a subject, not a meeting of parties ('talked with X about Y' stays)."""
    tok = dr.trigger.token
    if tok.lemma_.lower() not in data.topic_talk_verbs or (dr.trigger.is_noun and tok.tag_ != "NN"):
        return None
    preps = [c for c in tok.children if c.dep_ == "prep"]
    if any(p.lower_ in ("with", "to") for p in preps) or any(
        c.dep_ in ("dobj", "obj", "dative") and is_actor_like(c) for c in tok.children
    ):
        return None
    subj = None if dr.trigger.is_noun else next((a for a in _causer_arguments(tok) if a.dep_ == "nsubj"), None)
    if subj is not None and _several(subj):
        return None  # "the two presidents talked about trade": several parties talking together (talk-sense)
    return next((p for p in preps if p.lower_ in ("about", "of", "on") and p.i > tok.i), None)


def _campaign_rally(d: Document, dr: Draft, data: AssemblyData) -> str | None:
    """campaign-rally: a rally held by a person ('Sanders's rally in Ventura'), a rally that is only the
    setting of a statement ('promised at a rally in Modesto', 'he said at a Tuesday rally') or rallying a
    party ('rallied young people', 'rally world leaders') is campaigning or winning support, no protest;
    'farmers rallied outside parliament' and 'a rally by teachers' stay protests."""
    from ..quotes.cues import SPEECH_VERBS

    tok = dr.trigger.token
    if tok.lemma_.lower() not in data.campaign_rally_words:
        return None
    if not dr.trigger.is_noun:
        # "rallying *hundreds of* service workers": a number or a quantity stands for its "of" object
        objs = [
            a for c in tok.children if c.dep_ in ("dobj", "obj")
            for a in ([*_prep_objects(c, ("of",)), c] if c.like_num or c.ent_type_ == "CARDINAL" or _listed(c, data.quantity_heads) else [c])
        ]
        obj = next((c for c in objs if is_actor_like(c)), None)
        obj = obj or next((
            g for p in tok.children if p.dep_ == "prep" and p.lower_ in data.rally_side_preps
            for g in p.children if g.dep_ == "pobj" and g.ent_type_ not in _PLACE_ENTS
            and (g.lemma_.lower() == "side" or _listed(g, data.rally_call_nouns) or _person(d, g) or is_actor_like(g))
        ), None)
        return f"'{tok.text} {obj.text}' wins support, no protest" if obj is not None else None
    owner = next((
        c for c in tok.children
        if (c.dep_ in ("poss", "compound") and _person(d, c)) or (c.dep_ == "poss" and c.lower_ in ("his", "her"))
    ), None)
    if owner is not None:
        return f"'{owner.text} … {tok.text}' is a person's campaign rally, no protest"
    holder = _rally_holder(d, tok, data)
    if holder is not None:
        return f"'{holder.text} … {tok.head.text} … {tok.text}': a person holds a campaign rally, no protest"
    verb = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ in ("at", "during") else None
    if verb is not None and (verb.lemma_.lower() in SPEECH_VERBS or verb.lemma_.lower() in data.promise_verbs):
        return f"'{verb.text} at a {tok.text}': the rally is the setting of a statement, no protest"
    return None


def _campaign_sense(dr: Draft, data: AssemblyData) -> str | None:
    """campaign-sense: a force verb whose object is a campaign's or a contest's aim ('captured 412 delegates',
    'targeting rural voters', 'struck a similar tune': ``campaign_senses``), whose subject or agent is a
    recording ('footage captured him', 'captured on camera': ``recording_nouns``), or that takes an
    argument 'on' / 'upon' ('seized upon the remark': ``rhetorical_prep_verbs``) is no use of force."""
    tok = dr.trigger.token
    lemma = tok.lemma_.lower()
    senses = data.campaign_senses.get(lemma)
    args = _non_event_arguments(dr, senses)
    if senses:  # "targeting Latino and black *voters*": a conjoined object
        args += [j for c in tok.children if c.dep_ in ("dobj", "obj") for j in c.conjuncts if _listed(j, senses)]
    if args:
        return f"'{tok.text} … {args[0].text}' is campaigning or a figure of speech, no use of force"
    if dr.trigger.is_noun:
        return None
    doers = [c for c in tok.children if c.dep_ in ("nsubj", "csubj")]
    doers += [g for c in tok.children if c.dep_ in ("agent", "prep") and c.lower_ in ("by", "on") for g in c.children if g.dep_ == "pobj"]
    rec = next((t for t in doers if _listed(t, data.recording_nouns)), None)
    if rec is not None:
        return f"'{tok.text} … {rec.text}' is a recording, no use of force"
    plan = _programme_doer(tok, doers, data) if lemma in data.programme_verbs else None
    if plan is not None:
        return f"'{plan.text} … {tok.text}' is a programme's aim, no use of force"
    if lemma in data.rhetorical_prep_verbs and not any(c.dep_ in ("dobj", "obj", "nsubjpass") for c in tok.children):
        prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("on", "upon")
                     and not any(g.dep_ == "pobj" and is_time(g) for g in c.children)), None)  # not "captured on Thursday"
        if prep is not None:
            return f"'{tok.text} {prep.text}' takes up an argument, no seizure"
    return None


def _programme_doer(tok: Token, doers: list[Token], data: AssemblyData) -> Token | None:
    """programme-target: a verb of ``programme_verbs`` whose doer is a campaign, drive or programme
    (``programme_nouns``: 'the vaccination drive targets two million children', 'a campaign targeting
    mothers', 'as well as targeting more children, the campaign …') aims a programme at people, no force; an
    armed one ('an *air* campaign targeting the group's leaders', 'the *army's* drive': ``armed_programme_modifiers``,
    ``force_nouns``) keeps its force."""
    if not doers and tok.dep_ in ("acl", "relcl"):
        doers = [tok.head]  # "a campaign targeting mothers"
    up = tok
    for _ in range(CONTINUED_STEPS):  # "As well as targeting more children, today's campaign features …"
        if doers or up.dep_ not in ("advcl", "pcomp", "pobj", "prep", "conj", "xcomp") or up.head is up:
            break
        up = up.head
        doers = [c for c in up.children if c.dep_ == "nsubj"]
    return next((t for t in doers if _listed(t, data.programme_nouns) and not any(
        m.dep_ in ("amod", "compound", "nmod", "poss") and (_listed(m, data.armed_programme_modifiers) or _listed(m, data.force_nouns))
        for m in t.children)), None)


_THING_CLASH_ENTS = frozenset({"PERSON", "NORP", "GPE", "ORG", "FAC", "LOC"})
_PERSON_PLACE_ENTS = frozenset({"PERSON", "NORP", "GPE"})


def _clash_thing(tok: Token, data: AssemblyData) -> bool:
    """A common noun that names a thing or an abstraction, no party ('the new jail', 'the plan',
    'demographics'; a title-case abstract word counts too: 'Demographics And Economics')."""
    lemma = tok.lemma_.lower()
    if tok.pos_ == "PRON" or tok.ent_type_ in _PERSON_PLACE_ENTS or lemma in data.party_nouns or tok.lower_ in data.party_nouns:
        return False
    if lemma in data.abstract_heads or (len(lemma) > 5 and lemma.endswith(tuple(data.abstract_suffixes))):
        return True  # an abstract form, even one a title-case headline makes a name
    return tok.pos_ == "NOUN" and tok.ent_type_ not in _THING_CLASH_ENTS and not is_actor_like(tok)


def _thing_clash(dr: Draft, data: AssemblyData) -> str | None:
    """thing-clash: a clash or battle word (``clash_words``) between things or abstractions, not parties
    ('the new jail clashes with the revitalization plan', 'a battle between demographics and economics') is
    a figure of speech, no violence; 'protesters clashed with police' stays. Every argument found must be a
    thing, and a verb needs both its subject and its 'with' object."""
    tok = dr.trigger.token
    if not _listed(tok, data.clash_words):
        return None
    if dr.trigger.is_noun:
        args = _prep_objects(tok, ("between", "with"))
    else:
        subjects = [c for c in tok.children if c.dep_ in ("nsubj", "csubj")]
        withs = _prep_objects(tok, ("with",))
        if not subjects or not withs:
            return None
        args = subjects + withs
    args += [j for a in args for j in a.conjuncts]
    if args and all(_clash_thing(a, data) for a in args):
        return f"'{tok.text} … {args[-1].text}': a clash of things or ideas, no violence"
    return None


def _dispute_sense(dr: Draft, data: AssemblyData) -> str | None:
    """dispute-sense: a singular clash or battle noun (``dispute_nouns``) whose 'over' / 'about' object is a
    topic, a thing or an idea ('the battle over the budget', 'a bitter clash over immigration'), in a clause
    that tells of no harm or weapon (``physical_cues``), is a political dispute, no violence; 'clashes over
    the land left three dead' and 'the war over Kashmir' stay."""
    tok = dr.trigger.token
    if not dr.trigger.is_noun or tok.tag_ != "NN" or not _listed(tok, data.dispute_nouns):
        return None
    topics = [g for g in _prep_objects(tok, ("over", "about")) if not is_time(g)]
    clauses = _prep_objects(tok, ("over", "about"), ("pcomp",))  # "over whether to classify the emails"
    if clauses and not topics:
        topics = clauses
    elif not topics or not all(_clash_thing(g, data) for g in topics):
        return _rival_contest(dr, data)
    if any(_listed(t, data.physical_cues) for t in _clause_words(dr.sent, tok)):
        return None
    return f"'{tok.text} over {topics[0].text}': a dispute over a topic, no violence"


def _rival_contest(dr: Draft, data: AssemblyData) -> str | None:
    """rival-contest: a singular clash or fight noun between contenders (``rival_nouns`` among its 'with' /
    'between' objects: 'every clash between a competing candidate and the senator') or made by a verb of
    ``rivalry_verbs`` ('picking a fight with the governor'), in a clause that
    tells of no harm or weapon, is a political contest, no violence."""
    tok = dr.trigger.token
    sides = _prep_objects(tok, ("with", "between", "against"))
    sides += [j for g in sides for j in g.conjuncts]
    rival = next((g for g in sides if _listed(g, data.rival_nouns)), None)
    verb = tok.head if tok.dep_ in ("dobj", "obj") and _listed(tok.head, data.rivalry_verbs) else None
    if rival is None and verb is None:
        return None
    if any(_listed(t, data.physical_cues) for t in _clause_words(dr.sent, tok)):
        return None
    return f"'{(verb or rival).text} … {tok.text}': a contest between rivals, no violence"  # type: ignore[union-attr]


def _aim_sense(dr: Draft, data: AssemblyData) -> str | None:
    """aim-sense: 'take aim at' is a criticism only when a party speaks; done by attackers or hackers
    (``armed_attackers``, ``cyber_attackers``: 'hackers have taken aim at voting systems') it is no
    criticism ('the senator took aim at the governor' stays one)."""
    if dr.trigger.is_noun or dr.trigger.key != "take+aim":
        return None
    tok = dr.trigger.token
    doers = [c for c in tok.children if c.dep_ == "nsubj"]
    if tok.dep_ in ("acl", "relcl") and tok.head.i != tok.i:
        doers.append(tok.head)  # "hackers *taking* aim at …", "hackers who took aim at …"
    doers += [j for d in doers for j in d.conjuncts]
    attackers = data.armed_attackers | data.cyber_attackers
    doer = next((d for d in doers if _listed(d, attackers)), None)
    return f"'{doer.text} … {tok.text} aim': attackers take aim, no criticism" if doer is not None else None


_PRESENT_TAGS = frozenset({"VBZ", "VBP"})


def _standing_attribute(dr: Draft) -> str | None:
    """relative-attribute: a trigger verb in the simple present, with no auxiliary, in a relative clause
    ('Elmendorf, *who supports* Clinton', 'the British Council, *which provides* scholarships to students')
    describes a party's standing position or business, no happening ('who endorsed Clinton on Tuesday',
    'who is charged with murder' stay; nor an accusation by another party, standing-accusation). Not read in a
    headline, whose present tells a past act."""
    tok = dr.trigger.token
    if dr.trigger.is_noun or tok.dep_ != "relcl" or tok.tag_ not in _PRESENT_TAGS or "headline" in dr.reasons:
        return None
    if any(c.dep_ in ("aux", "auxpass", "neg") for c in tok.children):
        return None
    if _standing_accusation(tok):
        return None
    return f"'{tok.head.text} … {tok.text}': a present-tense relative clause states a standing attribute, no happening"


def _standing_accusation(tok: Token) -> bool:
    """standing-accusation: an accusation verb in a present-tense object relative clause whose own subject
    accuses the noun ('the cleric, *whom Erdogan accuses* of masterminding the coup', 'the group the army
    blames for the attack') tells a party's accusation, an ACCUSE, not a standing attribute of the noun."""
    from .lexicon import lexicon

    if tok.lemma_.lower() not in lexicon().accusation_verbs:
        return False
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    return subj is not None and subj.tag_ not in ("WDT", "WP") and subj.lower_ not in ("that", "which", "who")


def _time_word(dr: Draft) -> str | None:
    """time-word: an event noun that the parser reads inside a date ('the hearing *last fall*', 'meetings in
    *the fall of 2013*') names a season or a time, no happening ('the fall of Mosul' stays)."""
    tok = dr.trigger.token
    if not dr.trigger.is_noun or tok.ent_type_ not in ("DATE", "TIME"):
        return None
    return f"time-word: '{tok.text}' is part of a date, no happening"


def _agent_objects(tok: Token) -> list[Token]:
    """The objects of a passive verb's "by" agent ("supported *by 42 percent* of those surveyed")."""
    return [g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]


def _subject_or_agent(tok: Token) -> list[Token]:
    """Who does a verb's act as told: its active subject, or the objects of its "by" agent."""
    return [c for c in tok.children if c.dep_ == "nsubj"] + _agent_objects(tok)


def _poll_figure(dr: Draft, data: AssemblyData) -> str | None:
    """poll-figure: an attitude verb whose subject or 'by' agent is a share of those polled (``poll_heads``:
    'supported by 42 percent of the Republicans surveyed', '55 percent of respondents rejected the plan')
    reports an opinion poll, no act of a party."""
    if dr.type not in data.poll_types:
        return None
    tok = dr.trigger.token
    if dr.trigger.is_noun:
        return None
    doers = _subject_or_agent(tok)
    figure = next((t for t in doers if _listed(t, data.poll_heads)), None)
    return f"'{figure.text} … {tok.text}' is a poll figure, no act" if figure is not None else None


def _statistic_of(dr: Draft, data: AssemblyData) -> str | None:
    """statistic-of: an event noun that is the 'of' object of a measure (``statistic_heads``: 'the conviction
    rate of tada arrests is 1.8 per cent', 'a pace of killing unknown to most Americans', 'the incidence of
    attacks') counts happenings in general, a statistic, no happening."""
    tok = dr.trigger.token
    if not dr.trigger.is_noun and tok.tag_ != "VBG":  # "a pace of *killing*": a gerund
        return None
    while tok.dep_ == "conj" and tok.head is not tok:
        tok = tok.head
    if tok.dep_ not in ("pobj", "pcomp") or tok.head.lower_ != "of" or not _listed(tok.head.head, data.statistic_heads):
        return None
    return f"'{tok.head.head.text} of {tok.text}' is a statistic, no happening"


def _voter_choice(dr: Draft, data: AssemblyData) -> str | None:
    """voter-choice: an attitude verb whose subject or 'by' agent is the electorate (``electorate_nouns``:
    'voters consistently reject establishment candidates', 'he had been soundly rejected by an electorate',
    'last November voters agreed to tax themselves') tells a choice at the ballot box or in polls, no act of
    a party ('the council backed the plan' stays)."""
    if dr.type not in data.poll_types:
        return None
    tok = dr.trigger.token
    if dr.trigger.is_noun:
        return None
    doers = _subject_or_agent(tok)
    voters = next((t for t in doers if _listed(t, data.electorate_nouns)), None)
    return f"'{voters.text} … {tok.text}' is a choice of the electorate, no act of a party" if voters is not None else None


def _rally_holder(d: Document, tok: Token, data: AssemblyData) -> Token | None:
    """The person who holds a rally ('Senator Brill held a rally', 'he is barnstorming the state, holding three
    rallies a day'): the subject of a holding verb (``rally_hold_verbs``) the rally is the object of, or of
    the clause that verb modifies; a personal pronoun counts as a person."""
    verb = tok.head
    if tok.dep_ not in ("dobj", "obj") or verb.lemma_.lower() not in data.rally_hold_verbs:
        return None
    subj = _active_subject(verb)
    if subj is None and verb.dep_ in ("advcl", "conj", "xcomp"):
        subj = _active_subject(verb.head)
    if subj is not None and (_person(d, subj) or subj.lower_ in ("he", "she")):
        return subj
    return None


def _person(d: Document, tok: Token) -> bool:
    """A token named as a person: by the parser, or a proper name that is the surname of an actor the
    document resolves as a person elsewhere ("at Sanders's rally" where "Sanders" is a person)."""
    if tok.ent_type_ == "PERSON":
        return True
    return tok.pos_ == "PROPN" and any(a.kind == "person" and a.name.split()[-1:] == [tok.text] for a in d.actors)


def _figurative_noun(dr: Draft, data: AssemblyData) -> str | None:
    """A violence noun modified figuratively ('trade battle') or 'for' a cause ('fight for justice')."""
    tok = dr.trigger.token
    if not dr.trigger.is_noun or tok.lemma_.lower() not in data.violence_nouns:
        return None
    mods = [c for c in tok.children if c.dep_ in ("compound", "amod", "nmod", "poss") and c.lower_ in data.figurative_modifiers]
    fors = [
        g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("for", "over", "against")
        for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in data.figurative_for_objects
    ]
    fors += [g for g in _prep_objects(tok, ("of",)) if _listed(g, data.figurative_of_objects)]
    fors += [v for v in tok.children if _listed(tok, data.difficulty_nouns) and _to_clause(v)]
    fors += _natural_foes(tok, data)
    if mods or fors:
        return f"'{(mods or fors)[0].text} {tok.text}' is figurative"
    return None


def _natural_foes(tok: Token, data: AssemblyData) -> list[Token]:
    """natural-foe: a fight 'against' a disease or another natural cause (``natural_causes``), or against
    its spread ('the fight against the sprawl of HIV', 'the battle against malaria') has no party on the
    other side: no violence."""
    against = _prep_objects(tok, ("against",))
    return [h for g in against for h in (g, *_prep_objects(g, ("of",))) if _listed(h, data.natural_causes)]


def _figurative_for_verb(dr: Draft, data: AssemblyData) -> str | None:
    """figurative-for-verb: a fight verb (``figurative_for_verbs``) 'for' a cause or a prize of a vote
    (``figurative_for_verb_objects``: 'fighting for justice', 'fought hard for the nomination', 'fighting for
    every vote') in a clause that tells of no harm or weapon (``physical_cues``) is a struggle or a
    campaign, no violence; 'rebels fighting for independence killed two soldiers' stays."""
    tok = dr.trigger.token
    if dr.trigger.is_noun or tok.lemma_.lower() not in data.figurative_for_verbs:
        return None
    cause = next((g for g in _prep_objects(tok, ("for",)) if _listed(g, data.figurative_for_verb_objects)), None)
    if cause is None or any(_listed(t, data.physical_cues) for t in _clause_words(dr.sent, tok)):
        return None
    return f"'{tok.text} for {cause.text}' is a struggle or a campaign, no violence"


def _to_clause(v: Token) -> bool:
    """A 'to' infinitive modifying a noun ("the struggle *to raise* money")."""
    return v.dep_ in ("acl", "relcl", "xcomp") and v.pos_ in ("VERB", "AUX") and any(c.tag_ == "TO" for c in v.children)


def _idiom_noun(dr: Draft, data: AssemblyData) -> str | None:
    """An event noun that is the bare object of an idiom's preposition ('the officer *in charge* of the
    unit', also split as 'in- charge') or of an idiom's verb (``idiom_verbs``: 'police *took charge* of the
    investigation', 'he *assumed charge* of the district'): no happening. A determiner or a plural makes it
    the event noun again ('on charges of fraud', 'took the charges seriously')."""
    tok = dr.trigger.token
    lemma = tok.lemma_.lower()
    preps = data.idiom_prepositions.get(lemma, frozenset())
    verbs = data.idiom_verbs.get(lemma, frozenset())
    if not dr.trigger.is_noun or tok.tag_ in ("NNS", "NNPS") or any(c.dep_ in ("det", "poss", "nummod") for c in tok.children):
        return None
    if tok.dep_ == "pobj" and tok.head.lower_ in preps:
        return f"'{tok.head.text} {tok.text}' is an idiom"
    if tok.i > 0 and tok.doc[tok.i - 1].lower_.rstrip("-") in preps and tok.doc[tok.i - 1].lower_.endswith("-"):
        return f"'{tok.doc[tok.i - 1].text} {tok.text}' is an idiom"  # "the media in- charge of the unit"
    if tok.dep_ in ("dobj", "obj") and tok.head.lemma_.lower() in verbs:
        return f"'{tok.head.text} {tok.text}' is an idiom"  # idiom-verb: "took charge of the investigation"
    return None


def _non_event_arguments(dr: Draft, nonevent: frozenset[str] | None) -> list[Token]:
    """The arguments of a trigger that make it no event: a verb's object, passive subject, complement
    or "to …" complement ("met the deadline", "declined to comment"), the "with" object of a verb with no
    direct object ("met with an accident"); an event noun's "of"/"to" object
    or modifier ("a press release", "resistance to antibiotics", "antimicrobial resistance"); the noun a past
    participle modifies ("a hole punched in its side"), or that an object relative clause modifies ("the
    programs the city offers")."""
    if not nonevent:
        return []
    tok = dr.trigger.token
    quantities = assembly_data().quantity_heads
    args = [
        a for c in tok.children
        if c.dep_ in ("dobj", "obj", "nsubjpass", "acomp", "oprd", "xcomp")
        and c not in dr.trigger.extra  # the word of a phrasal key is its sense ("pleaded *guilty*": plead+guilty)
        # quantity-head: "provide a lot of details" stands for its "of" object
        for a in (_prep_objects(c, ("of",)) if c.lemma_.lower() in quantities else [c])
        if a.lemma_.lower() in nonevent
    ]
    if not dr.trigger.is_noun and tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.lemma_.lower() in nonevent:
        args.append(tok.head)  # "a hole *punched* in its side": the modified noun is the passive subject
    if not dr.trigger.is_noun and _object_relative(tok) and tok.head.lemma_.lower() in nonevent:
        args.append(tok.head)  # "the programs (that) the city *offers*": the modified noun is the object
    if not dr.trigger.is_noun and not any(c.dep_ in ("dobj", "obj") for c in tok.children):
        # "met *with an accident*": the 'with' object of a verb with no direct object
        args += [g for g in _prep_objects(tok, ("with",)) if g.lemma_.lower() in nonevent]
    if dr.trigger.is_noun:
        args += [
            g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "to")
            for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in nonevent
        ]
        args += [c for c in tok.children if c.dep_ in ("compound", "amod") and c.lower_ in nonevent]
    return args


def _attempted_act(tok: Token) -> Token | None:
    """attempt-sense: a verb of ``attempt_verbs`` with a 'to' infinitive complement ('sought *to reassure*
    his ally', 'companies seek *to minimise* liabilities') tries to do that act itself: no demand is made of
    anyone ('sought the resignation of the minister' stays a request)."""
    return next((c for c in tok.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")
                 and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)


def _acknowledged_fact(tok: Token) -> Token | None:
    """acknowledge-sense: a verb of ``acknowledging_verbs`` with a clausal complement ('recognises *that*
    voters have valid reasons') admits a fact; no party is recognised ('recognised Keldor' stays)."""
    return next((c for c in tok.children if c.dep_ == "ccomp"), None)


def _object_relative(tok: Token) -> bool:
    """object-relative: a relative clause verb with a subject of its own and no object but a relative
    pronoun ('the programs (that) the city offers') has the noun it modifies as its object."""
    if tok.dep_ != "relcl":
        return False
    subj = [c for c in tok.children if c.dep_ == "nsubj"]
    objs = [c for c in tok.children if c.dep_ in ("dobj", "obj")]
    return bool(subj) and subj[0].tag_ not in ("WDT", "WP") and all(o.tag_ in ("WDT", "WP") for o in objs)


def _unfitting_subject(tok: Token, senses: frozenset[str] | None) -> Token | None:
    """The subject of a verb that is an event only with one of ``senses`` as subject ("a bomb exploded",
    not "prices exploded"), when it is another; a relative pronoun stands for the noun it refers to."""
    if not senses:
        return None
    subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and subj.tag_ in ("WDT", "WP") and tok.dep_ == "relcl":
        subj = tok.head
    if subj is None and tok.dep_ == "acl" and tok.head.pos_ in ("NOUN", "PROPN"):
        subj = tok.head  # "100 persons gathered at our residence": the noun the participle modifies
    if subj is None or _listed(subj, senses):
        return None
    # a dateline parsed as the subject ("ESTWICK - About 600 teachers marched"): a fitting noun before the
    # verb in its own clause still gives the sense
    if any(_listed(t, senses) for left in tok.lefts for t in left.subtree if t.pos_ in ("NOUN", "PROPN")):
        return None
    return subj


def _opinion(tok: Token, nouns: frozenset[str]) -> bool:
    """'he agrees (that) the plan is a failure', 'agrees with the agency's conclusion': an opinion, not an
    agreement ('the two sides agreed that talks would resume' stays one)."""
    if tok.tag_ in ("VBZ", "VBP") and any(c.dep_ == "ccomp" for c in tok.children):
        return True
    return any(g.lemma_.lower() in nouns for g in _prep_objects(tok, ("with",)))


CONTINUED_STEPS = 3


def _natural_cause(tok: Token, data: AssemblyData) -> Token | None:
    """The subject or "by" agent of a violence verb when it is a disease, a hazard, an accident or a
    crisis ("the virus has killed 30 people", "were killed by the earthquake", "disaster struck"), or its
    "in" object when that is an accident ("was killed in the crash", "injured in a house fire") or a
    natural hazard of ``hazard_settings`` (hazard-setting: "injured in a landslide", "killed in the storm",
    "crushed in a stampede"): no party did it."""
    args = _causer_arguments(tok) + _when_subjects(tok)
    found = next((a for a in args if a.dep_ != "nsubjpass" and _cause_word(a, data.natural_causes, data)), None)
    if found is None:
        ins = _prep_objects(tok, ("in",))
        found = next((g for g in ins if _accident(g, data) or _hazard_setting(g, data)), None)
    return found or _crash_clause(tok, data)


def _hazard_setting(tok: Token, data: AssemblyData) -> bool:
    """hazard-setting: a natural hazard of ``hazard_settings`` ('in the storm'), not a figure of violence
    with an 'of' phrase ('in a storm of bullets', 'in an avalanche of attacks')."""
    return _listed(tok, data.hazard_settings) and not any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)


WHEN_MARKS = frozenset({"when", "as", "after"})


def _crash_clause(tok: Token, data: AssemblyData) -> Token | None:
    """crash-clause: a violence verb with no doer of its own (a passive with no 'by' agent) whose 'when' /
    'after' clause or 'after …ing' phrase tells a vehicle crash (``crash_verbs``: 'was killed after crashing
    his truck', 'was killed when her car left the road and crashed into a wall') tells a road accident; a
    crash into people ('when a car crashed into the crowd') and a verb with a doer ('an officer shot the
    driver after he crashed') stay."""
    if any(c.dep_ in ("nsubj", "agent") for c in tok.children):
        return None
    clauses = [
        c for v in (tok, *tok.conjuncts) for c in v.children
        if c.dep_ == "advcl" and any(m.dep_ in ("advmod", "mark") and m.lower_ in WHEN_MARKS for m in c.children)
    ]
    clauses += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "after" for g in c.children if g.dep_ == "pcomp"]
    for clause in clauses:
        for verb in (clause, *clause.conjuncts):
            if not _listed(verb, data.crash_verbs):
                continue
            hit = [c for c in verb.children if c.dep_ == "dobj"] + _prep_objects(verb, ("into", "with"))
            if not any(is_actor_like(g) for g in hit):
                return verb
    return None


def _when_subjects(tok: Token) -> list[Token]:
    """The subjects of a "when" / "as" / "after" clause of the verb or of a verb joined to it ("a woman was
    killed and five were injured *when a tree fell* on them"): what happened to the victims."""
    joined = [*tok.conjuncts]
    if any(c.dep_ == "cc" for c in tok.children) and tok.head.i != tok.i:  # "killed and … injured" read as two clauses
        joined += [v for v in tok.head.children if v.i > tok.i and v.dep_ == tok.dep_ and v.pos_ == "VERB"]
    return [
        s for v in (tok, *joined) for c in v.children
        if c.dep_ == "advcl" and any(m.dep_ in ("advmod", "mark") and m.lower_ in WHEN_MARKS for m in c.children)
        for s in c.children if s.dep_ == "nsubj"
    ]


def _natural_agent(tok: Token, data: AssemblyData) -> Token | None:
    """natural-agent: the verb's own subject (a relative pronoun read as its noun: "the bushes, *which*
    provide shelter") or "by" agent is a disease, a hazard, an animal or a plant, for any event type ("had
    been struck down by the virus", "the virus rejected …", "gulls could pose a threat"): no party acts.
    Only the verb's own arguments count, so "the outbreak forced officials to ban fairs" keeps the ban."""
    subject = _active_subject(tok)
    args = [subject] if subject is not None else []
    args += _agent_objects(tok)
    return next((a for a in args if _natural_word(a, data.natural_causes)), None)


def _natural_word(tok: Token, words: frozenset[str]) -> bool:
    """person-not-hazard: a listed disease, hazard, animal or plant word that is not a person's name
    ("Jeb *Bush* questioned …", "Mr. *Wolf* said …" name people, not a shrub or an animal); a lower-case
    word the tagger takes for a name ('"lone *wolf*" attacks') stays the word."""
    return not (tok.ent_type_ == "PERSON" and tok.text[:1].isupper()) and _listed(tok, words)


def _natural_modifier(tok: Token, data: AssemblyData) -> Token | None:
    """An attack noun modified by a natural cause or an animal ("a killer bee attack", "the shark attack",
    "a dog attack") or by an organ or condition of ``illness_modifiers`` (illness-attack: "suffered a heart
    attack", "an asthma attack", "a panic attack"): no violence between parties."""
    mods = [c for c in tok.children if c.dep_ in ("compound", "nmod", "amod") and c.i < tok.i]
    return next((m for m in mods if _natural_word(m, data.natural_causes) or _listed(m, data.illness_modifiers)), None)


def _causer_arguments(tok: Token) -> list[Token]:
    """The subject or "by" agent of a verb; for a relative clause its antecedent; for a verb continuing
    another with no subject of its own, the subject of the verb it continues ("the earthquake struck the
    region, *killing* 40", "a fire destroyed the home, displacing the tenants and *injuring* two"); and the
    "of" object of each ("a type of bird flu that has killed 150")."""
    args = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")]
    args += _agent_objects(tok)
    if tok.dep_ == "relcl" and any(c.tag_ in ("WDT", "WP") and c.dep_ == "nsubj" for c in tok.children):
        args.append(tok.head)
    t = tok
    for _ in range(CONTINUED_STEPS):
        if args or t.dep_ not in ("advcl", "conj", "xcomp") or t.head is t:
            break
        t = t.head
        args = [c for c in t.children if c.dep_ in ("nsubj", "csubj")]
        if t.dep_ == "relcl" and any(a.tag_ in ("WDT", "WP") for a in args):
            args.append(t.head)  # "an earthquake *which* hit the region and has killed 40"
    # "the same type of bird flu that has killed ...", "a strain of the virus killed ...": the "of" object
    return args + [g for a in args for g in _prep_objects(a, ("of",))]


def _blaze_fought(tok: Token, data: AssemblyData) -> Token | None:
    """The blaze an attack noun is made on: firefighting ('an initial attack on the flames')."""
    ons = _prep_objects(tok, ("on", "against"))
    return next((g for g in ons if _accident(g, data)), None)


def _cause_word(tok: Token, causes: frozenset[str], data: AssemblyData) -> bool:
    return _natural_word(tok, causes) or _accident(tok, data)


def _accident(tok: Token, data: AssemblyData) -> bool:
    """A crash, collision or blaze ('the fire', 'a kitchen fire', 'a Nokomis crash'); not gunfire ('Israeli
    fire', 'sniper fire', 'fire from the troops'): a name modifies gunfire only before 'fire'."""
    if _accidental_blast(tok, data):
        return True
    if tok.lemma_.lower() not in data.accident_nouns and tok.lower_ not in data.accident_nouns:
        return False
    shooters = ("NORP", "GPE", "ORG") if tok.lemma_.lower() == "fire" else ()  # a name before a crash locates it ('a Nokomis crash')
    for c in tok.children:
        if c.dep_ in ("amod", "compound", "nmod", "poss") and (
            c.lower_ in data.gunfire_modifiers or c.lemma_.lower() in data.gunfire_modifiers or c.ent_type_ in shooters
        ):
            return False
        if c.dep_ == "prep" and c.lower_ == "from" and any(
            g.dep_ == "pobj" and (is_actor_like(g) or g.lemma_.lower() in data.gunfire_modifiers) for g in c.children
        ):
            return False  # "fire from the troops", not "flames from the back porch"
    return True


def _accidental_blast(tok: Token, data: AssemblyData) -> bool:
    """accidental-blast: an explosion or blast (``blast_nouns``) named by a modifier of accidental cause
    (``accidental_blast_modifiers``: 'a gas explosion', 'the boiler blast', 'a gas cylinder explosion') is
    an accident, no attack; 'a bomb blast', 'a car bomb explosion' stay."""
    if not _listed(tok, data.blast_nouns):
        return False
    mods = [m for c in tok.children if c.dep_ in ("compound", "amod", "nmod") and c.i < tok.i for m in c.subtree]
    return any(_listed(m, data.accidental_blast_modifiers) for m in mods)


_BACK_DETERMINERS = frozenset({"the", "this", "that"})


def _accidental_blast_before(tok: Token, data: AssemblyData) -> Token | None:
    """accidental-blast, told again: a bare definite blast noun ('*the blast* took place at 8:40', 'videos of
    *the explosion*') whose nearest earlier named blast noun in the article (bare ones passed over) is an
    accidental one ('two died in a gas explosion') is that accident again; 'the bomb blast' or a blast after a
    bomb blast stays."""
    if not _listed(tok, data.blast_nouns) or not any(c.dep_ == "det" and c.lower_ in _BACK_DETERMINERS for c in tok.children):
        return None
    if _modified(tok):
        return None
    for before in reversed(tok.doc[: tok.i]):
        if not _listed(before, data.blast_nouns):
            continue
        if _accidental_blast(before, data):
            return before
        if _modified(before):
            return None  # "a bomb blast": the latest named blast is no accident
    return None  # bare blasts back to the start: nothing named them an accident


def _modified(tok: Token) -> bool:
    """A modifier before the noun ('a *bomb* blast', 'a *gas* explosion')."""
    return any(c.dep_ in ("compound", "amod", "nmod") and c.i < tok.i for c in tok.children)


def _accident_inquiry(tok: Token, data: AssemblyData) -> Token | None:
    """The accident or hazard an inquiry looks into ('police are investigating the crash', 'a probe into
    the fire', 'investigating the cause of the blaze', through one of ``inquiry_through_nouns``: 'is
    investigating a possible case of mad cow disease'): no party is accused."""
    args = [c for c in tok.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    args += _prep_objects(tok, ("into", "of"))
    for a in list(args):
        if a.lemma_.lower() == "cause" or a.lemma_.lower() in data.inquiry_through_nouns:
            # "the cause of the fire", "a possible case of mad cow disease", "the source of the outbreak"
            args += _prep_objects(a, ("of",))
    return next((a for a in args if _cause_word(a, data.natural_causes, data)), None)


REQUESTED_STEPS = 3


def _content_dep(t: Token) -> bool:
    """An object, infinitive or complement clause, or a "for …" clause ("for Israel to withdraw")."""
    if t.dep_ == "advcl":
        return any(c.dep_ == "mark" and c.lower_ == "for" for c in t.children)
    return t.dep_ in ("xcomp", "ccomp", "dobj", "obj")


def _request_over(tok: Token, words: frozenset[str]) -> Token | None:
    """The request word whose content ``tok`` is, a few steps up: its object or infinitive ("asked him
    to *hand over* the file", "demanded the *release*"), a "for …" clause ("calls for Israel to
    *withdraw*") or a "for"/"on" object ("pressed for the *release*", "insisted on *concessions*")."""
    t = tok
    for _ in range(REQUESTED_STEPS):
        while t.dep_ == "conj" and t.head is not t:
            t = t.head  # "plotted to kill X and then *attack* Y": a conjunct shares its head
        head = t.head
        if head is t:
            return None
        if t.dep_ == "pobj" and head.lower_ in ("for", "on"):
            t, head = head, head.head
        elif not _content_dep(t):
            return None
        if head.lemma_.lower() in words and head is not tok:
            return head
        t = head
    return None


def _convened(dr: Draft, req: Token, data: AssemblyData) -> bool:
    """convened-meeting: a meeting that is the direct object of a convening verb ('the committee *called a
    meeting* of the residents') is held, no request; 'called *for* a meeting' stays one."""
    tok = dr.trigger.token
    return (
        dr.type == "CONSULT" and dr.trigger.is_noun and tok.head.i == req.i and tok.dep_ in ("dobj", "obj")
        and req.lemma_.lower() in data.convening_verbs
    )


def requested_act(d: Document, drafts: list[Draft], data: AssemblyData) -> None:
    """requested-act: what a party asks, urges or insists on ("called for Israel to hand over the maps",
    "insisted on further concessions", "asked the director to turn over the file") or plots ("plotted to
    kill the judge") has not happened; the request is the event, its content none. A meeting a party
    calls ('called a meeting of the residents') is convened, no content (:func:`_convened`)."""
    from .frames import realising_participle

    for dr in drafts:
        req = _request_over(dr.trigger.token, data.request_words | data.plot_words)
        if req is not None and (_convened(dr, req, data) or realising_participle(dr.trigger.token) is not None):
            continue  # realised-participle: "urged them to reject the deal *reached* last week": the deal was made
        if req is not None:
            dr.drop = True
            dr.reasons["dropped"] = f"requested-act: the content of '{req.text}', not a happening"


def _sought_outcome(tok: Token, data: AssemblyData) -> Token | None:
    """The tip noun whose hoped-for outcome ``tok`` is: 'information *that leads to* the arrest',
    'a reward for information *leading to* the arrest and conviction' (``outcome_verbs`` in a clause on
    one of ``tip_nouns``; not a past one: "the tip that led to the arrest")."""
    t = tok
    while t.dep_ == "conj" and t.head is not t:
        t = t.head  # "the arrest and *conviction*": a conjunct shares its head
    prep = t.head
    if t.dep_ != "pobj" or prep.lower_ not in ("to", "in"):
        return None
    verb = prep.head
    if verb.dep_ not in ("relcl", "acl") or verb.lemma_.lower() not in data.outcome_verbs:
        return None
    if verb.tag_ in ("VBD", "VBN") or any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children):
        return None  # "the tip that led to the arrest": the arrest happened
    return verb.head if _listed(verb.head, data.tip_nouns) else None


def sought_outcome(d: Document, drafts: list[Draft], data: AssemblyData) -> None:
    """sought-outcome: the arrest a police appeal hopes tips will bring ('anyone with information that
    leads to the arrest of the vandals can call ...', 'a reward for information leading to the arrest and
    conviction of ...') has not happened."""
    for dr in drafts:
        tip = _sought_outcome(dr.trigger.token, data) if dr.trigger.is_noun else None
        if tip is not None:
            dr.drop = True
            dr.reasons["dropped"] = f"sought-outcome: what '{tip.text}' may lead to, no happening"


def deontic_content(d: Document, drafts: list[Draft], data: AssemblyData) -> None:
    """'the Department should investigate', 'we need to do everything to support them': what ought to happen
    has not happened (threats stay: 'we must retaliate' is one)."""
    for dr in drafts:
        word = None if dr.type == "THREATEN" or dr.trigger.key == DEMAND_KEY else _deontic(dr.trigger.token, data)
        if word is not None:
            dr.drop = True
            dr.reasons["dropped"] = f"deontic-content: under '{word.text}', what ought to happen, no happening"


POSSIBLE_STEPS = 5
_FINITE = frozenset({"VBD", "VBP", "VBZ", "MD"})


def _possibility_over(tok: Token, nouns: frozenset[str]) -> Token | None:
    """The possibility noun whose 'of' content (or 'that' clause) ``tok`` is, a few steps up with no finite
    verb between ("a possibility *of* a militant *attack*", "every chance *of* the guards getting *killed*")."""
    t = tok
    for _ in range(POSSIBLE_STEPS):
        head = t.head
        if head is t or (t is not tok and t.tag_ in _FINITE):
            return None
        if head.lower_ == "of" and t.dep_ in ("pobj", "pcomp") and _listed(head.head, nouns) and head.head is not tok:
            return head.head
        if t.dep_ in ("acl", "ccomp") and head.pos_ == "NOUN" and _listed(head, nouns):
            return head
        t = head
    return None


def possible_act(d: Document, drafts: list[Draft], data: AssemblyData) -> None:
    """possible-act: what there is a possibility, chance, risk or fear of ("a possibility of a militant
    attack", "every chance of the guards getting killed", "in view of the threat of an attack") has not
    happened; a threat a party makes is its own event, its content none."""
    for dr in drafts:
        noun = _possibility_over(dr.trigger.token, data.possibility_nouns)
        if noun is not None:
            dr.drop = True
            dr.reasons["dropped"] = f"possible-act: the content of '{noun.text}', what may happen, no happening"


def conditional_act(d: Document, drafts: list[Draft], data: AssemblyData) -> None:
    """conditional-act: an act told inside an 'if' / 'unless' / 'whether' clause ("faced 50 years in prison
    *if convicted*", "*if she had agreed* to attend classes", "questioned *whether* the developers could
    finish", "*if he does not endorse* me") is a condition or an open question, no happening. A threat stays
    (its condition is part of it: "will retaliate if attacked"), and so does the act of the main clause
    ("the group will march if the permit is refused")."""
    for dr in drafts:
        mod = dr.modality
        if dr.type == "THREATEN" or mod is None or not mod.conditional or mod.condition is None:
            continue
        dr.drop = True
        dr.reasons["dropped"] = f"conditional-act: '{dr.trigger.token.text}' is inside a '{mod.condition.lower_}' clause"


_PRESENT = frozenset({"VB", "VBP", "VBZ"})
DEONTIC_STEPS = 3


def _present_passive(verb: Token) -> bool:
    """A participle with a present-tense passive auxiliary ("are *supposed*", "is *required*")."""
    return verb.tag_ == "VBN" and any(a.dep_ == "auxpass" and a.tag_ in _PRESENT for a in verb.children)


def _deontic(tok: Token, data: AssemblyData) -> Token | None:
    """The obligation word over the trigger's clause: a modal ('should', 'must' but not 'must have') or a
    present-tense 'need to' / 'have to' whose complement the clause is."""
    head = clause_head(tok)
    for _ in range(DEONTIC_STEPS):
        auxes = [c for c in head.children if c.dep_ in ("aux", "auxpass")]
        perfect = any(a.lower_ == "have" for a in auxes)
        modal = next((a for a in auxes if a.lower_ in data.deontic_modals and not perfect), None)
        if modal is not None:
            return modal
        gov = head.head
        to_clause = head.dep_ == "xcomp" or (head.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children))
        if to_clause and gov.lemma_.lower() in data.deontic_verbs and (gov.tag_ in _PRESENT or _present_passive(gov)):
            return gov  # "need to", "have to", "are supposed to"
        adjective = _deontic_predicate(head, gov, data) if to_clause else None
        if adjective is not None:
            return adjective  # "it is important for citizens to criticise the mayor"
        if head.dep_ not in ("xcomp", "conj", "advcl") or gov is head:
            return None
        head = gov  # "should investigate and *prosecute*", "need to do everything to *support*"
    return None


def _deontic_predicate(clause: Token, gov: Token, data: AssemblyData) -> Token | None:
    """deontic-predicate: the 'to' clause of a present-tense "it is important / necessary / time (for X) to
    ..." prescribes an act ("it is important for citizens to criticise the mayor"); a past one ("it was
    wrong for her to criticise him") may presuppose the act, and other adjectives are left alone."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
        return None
    if gov.pos_ == "ADJ" and _listed(gov, data.deontic_adjectives):
        copula = gov.head
    else:
        copula = gov
    if copula.lemma_.lower() != "be" or copula.tag_ not in _PRESENT:
        return None
    if gov is not copula:
        return gov
    return next((c for c in copula.children if c.dep_ in ("acomp", "attr") and _listed(c, data.deontic_adjectives)), None)


def _hyphened(tok: Token, head: Token) -> bool:
    """The noun and its head written as one hyphened word ('curfew-free', 'riot-hit'), however parsed."""
    return head.i == tok.i + 2 and tok.nbor(1).text == "-"


def descriptive_compound(d: Document, drafts: list[Draft], data: AssemblyData) -> None:
    """'the riot-torn town', 'war-ravaged districts', 'areas which were curfew-free': the event noun describes
    a place's state."""
    for dr in drafts:
        tok = dr.trigger.token
        head = tok.head
        if (
            dr.trigger.is_noun and tok.dep_ in ("npadvmod", "compound", "nmod") and head is not tok
            and (head.dep_ in ("amod", "compound") or _hyphened(tok, head))
            and head.lower_ in data.descriptor_participles
        ):
            dr.drop = True
            dr.reasons["dropped"] = f"descriptive-compound: '{tok.text}-{head.text}' describes a place, no happening"


AFTERMATH_PREPS = frozenset({"of", "into", "for", "over"})


def _aftermath_head(tok: Token, heads: frozenset[str]) -> Token | None:
    """The aftermath noun whose 'of' / 'into' / 'for' object ``tok`` is (through a conjunct):
    'victims of the riots', 'an inquiry into the incident and the riots'."""
    while tok.dep_ == "conj" and tok.head is not tok:
        tok = tok.head
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in AFTERMATH_PREPS:
        return None
    noun = prep.head
    return noun if noun.pos_ in ("NOUN", "PROPN") and noun.lemma_.lower() in heads else None


def aftermath_reference(d: Document, drafts: list[Draft], data: AssemblyData) -> None:
    """'blankets for the victims of the riots', 'a probe into the violence': an event noun with no
    participants of its own that only names what an aftermath is of is a known happening in the
    background, no fresh event."""
    for dr in drafts:
        if not dr.trigger.is_noun or dr.actors or dr.recipients:
            continue
        head = _aftermath_head(dr.trigger.token, data.aftermath_heads)
        if head is not None:
            dr.drop = True
            dr.reasons["dropped"] = f"aftermath-reference: '{dr.trigger.token.text}' is what the {head.text} is of"


def _bereaved_head(tok: Token, heads: frozenset[str]) -> Token | None:
    """The kin or remembrance noun whose 'of' object the participle ``tok`` describes: 'the families of
    those *killed*', 'the names of men *shot* by police' (through a conjunct: 'of women and men killed')."""
    if tok.dep_ != "acl" or tok.tag_ != "VBN":
        return None
    noun = tok.head
    while noun.dep_ == "conj" and noun.head is not noun:
        noun = noun.head
    if noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return None
    owner = noun.head.head
    return owner if owner.pos_ in ("NOUN", "PROPN") and owner.lemma_.lower() in heads else None


def bereaved_reference(d: Document, drafts: list[Draft], data: AssemblyData) -> None:
    """'the families of those killed in the massacre', 'the names of men killed in police shootings': the
    participle (and an event noun in its phrase) identifies the people by a past happening, no fresh event."""
    for dr in drafts:
        tok = dr.trigger.token
        if dr.trigger.is_noun and tok.dep_ == "pobj" and tok.head.dep_ in ("prep", "agent"):
            tok = tok.head.head  # 'killed *in* police shootings': the participle the event noun belongs to
        head = _bereaved_head(tok, data.bereaved_heads)
        dated = head is not None and any(t.ent_type_ == "DATE" for t in tok.subtree)  # 'in the 2012 attacks': a historical event
        if head is not None and not dated:
            dr.drop = True
            dr.reasons["dropped"] = f"bereaved-reference: '{tok.text}' describes who the {head.text} is of"


_PLACE_LIKE = frozenset({"GPE", "NORP", "LOC"})


def _definite_reference(tok: Token, places: list[tuple[int, int, str]]) -> bool:
    """'the riots', 'wednesday's clashes', 'gujarat riots' (a proper name or a place before it)."""
    return any(
        (c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS) or c.dep_ == "poss"
        or (c.dep_ in ("compound", "amod", "nmod") and c.i < tok.i and _place_like(c, places))
        for c in tok.children
    )


def _place_like(tok: Token, places: list[tuple[int, int, str]]) -> bool:
    return tok.ent_type_ in _PLACE_LIKE or tok.pos_ == "PROPN" or any(s <= tok.idx < e for s, e, _ in places)


def _background_actor(actor: EventActor, tok: Token, gov: Token, places: list[tuple[int, int, str]]) -> bool:
    """The actor is only a place or community word modifying the event noun ('the *gujarat* violence')
    or the subject of the reference verb ('*the government* controlled the violence')."""
    own = [c for c in tok.children if c.dep_ in ("compound", "amod", "nmod") and c.i < tok.i and _place_like(c, places)]
    own += [c for c in tok.children if c.dep_ in ("compound", "amod", "nmod") and c.i < tok.i and c.pos_ in ("NOUN", "ADJ")]  # 'the Paris *terrorist* attacks'
    subj = [c for c in gov.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(_covers(actor, c) for c in own + subj)


def _in_phrase(party: EventActor, tok: Token) -> bool:
    """background-reference: the party is named inside the event noun's own phrase ('the attacks *on the
    mosque*'), not taken from the rest of the sentence ('following the Paris attacks, an opening for
    *Clinton*'); a party with no span counts as inside."""
    if party.start is None or party.end is None:
        return True
    return any(party.start <= t.idx < party.end for t in tok.subtree)


def _reference_governor(tok: Token, data: AssemblyData) -> Token | None:
    """The preposition or word that makes ``tok`` (through a conjunct) a reference to a known happening:
    'concern *over* the violence', '*discuss* the riots', 'the *handling* of the riots'."""
    while tok.dep_ == "conj" and tok.head is not tok:
        tok = tok.head
    head = tok.head
    if tok.dep_ in ("dobj", "obj") and head.lemma_.lower() in data.reference_heads:
        return head
    if tok.dep_ != "pobj":
        return None
    if head.lower_ in data.reference_prepositions:
        return head
    if head.lower_ == "of" and head.head.lemma_.lower() in data.reference_heads:
        return head.head
    return None


def background_reference(d: Document, drafts: list[Draft], data: AssemblyData) -> None:
    """'concern over the gujarat violence', 'the handling of the riots', 'talks following wednesday's
    clashes': a definite event noun that refers back to a happening (back_reference_nouns) with no
    participants of its own, only the object of a reference word, is a known happening in the
    background, no fresh event."""
    nouns = frozenset().union(*data.back_reference_nouns.values())
    places = d.slots.place_mentions
    for dr in drafts:
        tok = dr.trigger.token
        if not dr.trigger.is_noun or tok.lemma_.lower() not in nouns or not _definite_reference(tok, places):
            continue
        if any(_in_phrase(r, tok) for r in dr.recipients):
            continue
        gov = _reference_governor(tok, data)
        if gov is not None and all(_background_actor(a, tok, gov, places) for a in dr.actors):
            dr.drop = True
            dr.reasons["dropped"] = f"background-reference: '{tok.text}' is what '{gov.text}' refers to"



# --------------------------------------------------------------------------------------------
# stop 39 (spurious): wishes, descriptions and reactions that are no happenings

_WISH_CLIMB_DEPS = frozenset({"xcomp", "ccomp", "dobj", "obj", "pcomp", "pobj", "prep", "acomp"})
_WISH_PREPOSITIONS = frozenset({"for", "to", "of"})  # "hope *for* talks", "looks forward *to* meeting"


def _wished_over(tok: Token, words: frozenset[str], hops: int = 4) -> Token | None:
    """The word of wish or hope whose complement the token is in ('hoping to *host*', 'wants to see them
    *negotiating*', 'looks forward to *meeting*'), climbing complements and prepositions only."""
    cur = tok
    for _ in range(hops):
        if cur.dep_ not in _WISH_CLIMB_DEPS or cur.head is cur:
            return None
        if cur.dep_ == "prep" and cur.lower_ not in _WISH_PREPOSITIONS:
            return None  # "the city, *in* talks with the county, wants …": a setting, not the wish
        step, cur = cur, cur.head
        if _listed(cur, words):
            # "a man *wanted for* violating parole killed …", "wanted in a robbery": sought by police, no wish
            sought = cur.lemma_.lower() == "want" and step.dep_ == "prep"
            return None if sought else cur
    return None


def wished_act(d: Document, drafts: list[Draft], data: AssemblyData) -> None:
    """wished-act: an act in the complement of a word of wish or hope (``desire_words``: 'the association
    was hoping to host the cup', 'excited to meet her grandchild', 'wants to see them negotiating') is a
    wish, no happening; ``wished_act_kept_types`` are left to extraction's intent rules."""
    for dr in drafts:
        if dr.type in data.wished_act_kept_types:
            continue
        tok = dr.trigger.token
        wish = _wished_over(tok, data.desire_words)
        if wish is not None:
            dr.drop = True
            dr.reasons["dropped"] = f"wished-act: '{tok.text}' is what '{wish.text}' wishes, no happening"



_FUTURE_AUX = frozenset({"will", "would", "'ll", "wo", "shall"})


def _expected_over(tok: Token, data: AssemblyData) -> Token | None:
    """The verb of expectation whose complement the token is in, said by a subject of its own ('Pell
    *expects* the party to back her'; 'few *believe* the senators will support it'), or None."""
    cur, climbed = tok, []
    for _ in range(3):
        if cur.dep_ not in ("xcomp", "ccomp", "dobj", "obj") or cur.head is cur:
            return None
        climbed.append(cur)
        cur = cur.head
        if not any(c.dep_ in ("nsubj", "csubj") or (c.dep_ == "aux" and c.lower_ == "to") for c in cur.children):
            continue
        other = any(c.dep_ == "nsubj" for c in climbed[-1].children) or any(c.dep_ in ("dobj", "obj") for c in cur.children)
        if _listed(cur, data.expectation_verbs) and other and not any(
                c.dep_ in ("nsubjpass", "auxpass") for c in cur.children):
            return cur  # "expects X to back"; not "X is expected to sign" (a schedule), "expects to meet" (a plan)
        if _listed(cur, data.belief_verbs) and any(
                c.dep_ == "aux" and c.lower_ in _FUTURE_AUX for v in climbed for c in v.children):
            return cur  # "believe the senators will support": a forecast, not a claim of a past act
    return None


def expected_act(d: Document, drafts: list[Draft], data: AssemblyData) -> None:
    """expected-act: an act someone expects or predicts (``expectation_verbs``: 'Pell expects the party to
    back her', 'observers predict they will sign a deal') or believes will come (``belief_verbs`` with will /
    would: 'it is hard to believe the senators will support the bill') is a forecast, no happening; a
    schedule in the passive ('the deal is expected to be signed Tuesday') and a belief about a past act
    ('police believe the gunmen attacked') stay."""
    for dr in drafts:
        tok = dr.trigger.token
        verb = _expected_over(tok, data)
        if verb is not None:
            dr.drop = True
            dr.reasons["dropped"] = f"expected-act: '{tok.text}' is what '{verb.text}' forecasts, no happening"


def _relative_described(tok: Token) -> Token | None:
    """The noun a relative clause ('a candidate *who has rejected* …') or a participle ('the deal
    *negotiated by* Obama') describes, or None."""
    first = min(t.i for t in tok.subtree)
    if first > 0 and tok.doc[first - 1].text in (",", "(", "-", "\u2014", "\u2013"):
        return None  # "the bill, supported by both parties, passed": a clause set off tells news of its own
    if tok.head.dep_ == "attr" or (tok.head.dep_ == "conj" and tok.head.head.dep_ == "attr"):
        return None  # "the mayor is a lawyer who sued the city": what the subject did (predicate-antecedent)
    if tok.dep_ == "relcl" and tok.head.pos_ in ("NOUN", "PROPN", "PRON"):
        occasion = any(c.dep_ == "prep" and any(g.tag_ == "WDT" for g in c.children) for c in tok.children) or any(
            c.tag_ == "WRB" or c.dep_ == "mark" for c in tok.children)
        # "a speech *in which* / a rally *where* he pledged": what happened there; "reports *that* they agreed":
        # the content of the noun, no description of it
        first_doer = any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) and (
            tok.head.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or is_actor_like(tok.head))
        # "the only senator *to endorse* him" tells what that party did; "a lot to offer" stays a description
        return None if occasion or first_doer else tok.head
    if tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.pos_ == "NOUN" and tok.i > tok.head.i:
        return tok.head  # "the deal negotiated by Obama"
    return None


def _own_time(tok: Token, days: frozenset[str]) -> bool:
    """The clause has a time of its own: a date child ('met *last week*') or one through a preposition
    ('endorsed him *on Monday*'), not one in a clause nested further down."""
    def timed(t: Token) -> bool:
        return t.ent_type_ in ("DATE", "TIME") or t.lower_ in days

    verbs = [tok, *(c for c in tok.children if c.dep_ == "conj")]  # "met with and prayed over him *in September*"
    return any(timed(c) or (c.dep_ == "prep" and any(timed(g) for g in c.children)) for v in verbs for c in v.children)


def relative_background(d: Document, drafts: list[Draft], data: AssemblyData) -> None:
    """relative-background: a stance or a contact (``relative_background_types``) told in a relative clause
    or a participle that describes a noun ('the deal negotiated by Obama', 'rebel groups backed by Ankara',
    'people who backed other candidates') identifies that noun, no fresh event; a clause with a day of its
    own (``relative_news_days`` or a date: 'whose members met last week'), a clause set off by a comma or a
    dash ('the bill, supported by both parties, passed'; 'Singh, who agreed to the plan') and a clause of
    what happened at an occasion ('a speech in which he pledged') stay: only a restrictive clause is dropped.
    A type another rule gave from the wider sentence stays too."""
    for dr in drafts:
        if dr.type not in data.relative_background_types or dr.trigger.is_noun or "type" in dr.reasons:
            continue  # a type another rule gave from the wider sentence ("no support for the rise he proposed")
        tok = dr.trigger.token
        noun = _relative_described(tok)
        if noun is None or _own_time(tok, data.relative_news_days) or _one_party_acting_on_a_party(tok, noun):
            continue
        dr.drop = True
        dr.reasons["dropped"] = f"relative-background: '{tok.text}' describes '{noun.text}', no fresh event"


_THIRD_PERSON_OBJECTS = frozenset({"him", "her", "them"})


def _one_party_acting_on_a_party(tok: Token, noun: Token) -> bool:
    """named-act exception of relative-background: one party (a singular person or body noun) that the
    clause is about acts on a named party ('a popular governor who had endorsed *him*', 'the former senator
    who is supporting *Mr. Rubio*'): an endorsement by that one party is news; 'people who backed other
    candidates' (many, no named party) still only describes them."""
    if noun.tag_ not in ("NN", "NNP") or not is_actor_like(noun):
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("who", "that") for c in tok.children):
        return False
    return any(
        c.dep_ in ("dobj", "obj") and (c.ent_type_ in _OWNER_LABELS or c.lower_ in _THIRD_PERSON_OBJECTS)
        for c in tok.children
    )


def held_accords(d: Document, drafts: list[Draft], data: AssemblyData) -> None:
    """held-accords: an accord noun (``held_accord_nouns``) that is had (``holding_verbs``: 'the country
    has only one trade agreement') or counted ('nine agreements', 'many confidentiality agreements') tells
    a standing state or a kind, no agreement reached."""
    for dr in drafts:
        tok = dr.trigger.token
        if dr.type != "AGREE" or not dr.trigger.is_noun or not _listed(tok, data.held_accord_nouns):
            continue
        had = tok.dep_ in ("dobj", "obj") and _listed(tok.head, data.holding_verbs)
        counted = tok.tag_ == "NNS" and any(
            (c.dep_ == "nummod" or (c.dep_ == "amod" and _listed(c, data.quantity_modifiers))) for c in tok.children)
        if had or counted:
            dr.drop = True
            dr.reasons["dropped"] = f"held-accords: '{tok.text}' is held or counted, no agreement reached"


def audience_reaction(d: Document, drafts: list[Draft], data: AssemblyData) -> None:
    """audience-reaction: applause, cheers or boos (``audience_reaction_words``) with no object ('the
    audience applauded'), by an audience (``audience_nouns``) or 'along with the audience' are a reaction
    in a hall, no event; 'the ministry applauded the ruling' stays."""
    for dr in drafts:
        tok = dr.trigger.token
        if not _listed(tok, data.audience_reaction_words):
            continue
        objs = [c for c in tok.children if c.dep_ in ("dobj", "obj")]
        subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
        along = any(c.dep_ == "pobj" and _listed(c, data.audience_nouns) for p in tok.children if p.dep_ == "prep"
                    for c in p.children)
        if (not objs and not dr.trigger.is_noun) or any(_listed(s, data.audience_nouns) for s in subj) or along:
            dr.drop = True
            dr.reasons["dropped"] = f"audience-reaction: '{tok.text}' is an audience's reaction, no event"



def absent_party(d: Document, drafts: list[Draft], data: AssemblyData) -> None:
    """absent-party: a meeting (a CONSULT noun) that its actor skipped, missed or avoided (``absence_verbs``:
    'the senator skipped the party meeting') is one he did not take part in, no contact of his."""
    for dr in drafts:
        tok = dr.trigger.token
        if dr.type != "CONSULT" or not dr.trigger.is_noun or tok.dep_ not in ("dobj", "obj"):
            continue
        if _listed(tok.head, data.absence_verbs):
            dr.drop = True
            dr.reasons["dropped"] = f"absent-party: '{tok.head.text} … {tok.text}' is a meeting not attended"


def idiom_subject(d: Document, drafts: list[Draft], data: AssemblyData) -> None:
    """idiom-subject: a verb whose subject makes it a fixed phrase (``idiom_subjects``: 'to make *ends*
    meet') tells no event."""
    for dr in drafts:
        tok = dr.trigger.token
        if dr.trigger.is_noun:
            continue
        words = data.idiom_subjects.get(tok.lemma_.lower())
        subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if words and subj is not None and _listed(subj, words):
            dr.drop = True
            dr.reasons["dropped"] = f"idiom-subject: '{subj.text} {tok.text}' is a fixed phrase, no event"


def _covers(actor: EventActor, tok: Token) -> bool:
    return actor.start is not None and actor.end is not None and actor.start <= tok.idx < actor.end


def undergoer_frame(d: Document, drafts: list[Draft], data: AssemblyData) -> None:
    """'the man resisted arrest', 'they suffered torture': the subject undergoes the event, it does not act
    ('faced criticism from rivals': the rivals still act; 'her remarks *drew* rebukes from the Pentagon': with
    no other actor, the party the event comes from acts, rule undergoer-source)."""
    for dr in drafts:
        tok = dr.trigger.token
        if not dr.trigger.is_noun or tok.dep_ not in ("dobj", "obj") or tok.head.lemma_.lower() not in data.undergoer_verbs:
            continue
        subjects = _undergoer_subjects(tok.head)
        moved = [a for a in dr.actors if any(_covers(a, c) for c in subjects)]
        if moved:
            dr.recipients = _dedupe([*moved, *dr.recipients])
            dr.reasons["recipients"] = (
                f"undergoer-frame: '{tok.head.text} {tok.text}': " + ", ".join(a.name for a in moved) + " undergoes it"
            )
            dr.actors = [a for a in dr.actors if a not in moved]
            dr.no_inherit = True
            if not dr.actors:  # undergoer-source: 'drew rebukes *from the Pentagon*': the 'from' party acts
                source = _author(d, tok, data) or _author(d, tok.head, data)
                if source is not None and not any(_covers(source, c) for c in subjects):
                    dr.actors = [source]
                    dr.reasons["actors"] = f"undergoer-source: '{tok.text} from {source.name}'"


def _undergoer_subjects(verb: Token) -> list[Token]:
    """The subjects of an undergoing verb, or, for a conjoined verb with none of its own ('X is wanted and
    *faces* charges'), those of the verb it is conjoined to (shared-subject-undergoer)."""
    cur = verb
    while True:
        subjects = [c for c in cur.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects or cur.dep_ != "conj" or cur.head.i == cur.i:
            return subjects
        cur = cur.head


def seized_property(d: Document, drafts: list[Draft], data: AssemblyData) -> None:
    """'seized bank statements', 'captured a cache of rifles': taking goods is a confiscation, not an armed
    seizure of ground (CAMEO 1711 against 190)."""
    spec = data.seized_property
    verbs = frozenset(str(x).lower() for x in spec.get("verbs", []))
    goods = frozenset(str(x).lower() for x in spec.get("objects", []))
    for dr in drafts:
        tok = dr.trigger.token
        if dr.type != "ASSAULT" or dr.trigger.is_noun or tok.lemma_.lower() not in verbs:
            continue
        objs = [c for c in tok.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
        reduced = not objs and tok.tag_ in ("VBN", "VBD")
        if reduced:
            objs = [c for c in tok.children if c.dep_ == "nsubj"]  # a reduced passive: "after meth lab seized"
        if objs and all(_listed(o, goods) for o in objs):
            if reduced:  # the goods were seized, they seized nothing
                taken = [a for a in dr.actors if any(a.start is not None and a.end is not None and a.start <= o.idx < a.end for o in objs)]
                dr.actors = [a for a in dr.actors if a not in taken]
                dr.recipients = _dedupe([*taken, *dr.recipients])
            dr.type, dr.mode = str(spec.get("type", "COERCE")).upper(), [str(spec.get("mode", "seize"))]
            dr.reasons["type"] = f"seized-property: '{tok.text} {objs[0].text}' takes goods, no ground or people"


def _police_or_nobody(d: Document, dr: Draft) -> bool:
    """No actor, or only police as actors ('captured by Middletown police')."""
    police = lexicon().police_nouns
    return all(any(w in police for w in _head_word(d, a).split()) or _head_word(d, a) in police for a in dr.actors)


def captured_suspect(d: Document, drafts: list[Draft], data: AssemblyData) -> None:
    """captured-suspect: a person captured by police or by no one named ('Clark was captured following a
    brief manhunt', 'a man charged with murder has been captured by Middletown police') was arrested (COERCE),
    not attacked; a capture by an armed group stays an abduction. A wanted person of ``wanted_person_nouns``
    ('captured two escaped inmates', 'the fugitive') counts as a person; a verb of ``police_seize_verbs``
    ('police seized five suspects') is an arrest only with police named as its doers. The noun a reduced
    relative participle is set on undergoes it ('three escaped inmates *captured* in Nebraska')."""
    for dr in drafts:
        tok = dr.trigger.token
        lemma = tok.lemma_.lower()
        if dr.type != "ASSAULT" or dr.trigger.is_noun or lemma not in data.capture_verbs | data.police_seize_verbs:
            continue
        undergoers = [c for c in tok.children if c.dep_ in ("dobj", "obj", "nsubjpass") and c.pos_ != "NUM"]
        if not undergoers and tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.pos_ in ("NOUN", "PROPN"):
            undergoers = [tok.head]  # a reduced relative: "three escaped inmates *captured* in Nebraska"
        if not undergoers or not all(_person(d, u) or is_actor_like(u) or _listed(u, data.wanted_person_nouns) for u in undergoers):
            continue
        if not _police_or_nobody(d, dr) or (lemma not in data.capture_verbs and not dr.actors):
            continue
        dr.type, dr.mode = "COERCE", ["arrest"]
        dr.reasons["type"] = f"captured-suspect: '{undergoers[0].text} … {tok.text}' by police or no one named is an arrest"


def strike_sense(d: Document, drafts: list[Draft], data: AssemblyData) -> None:
    """strike-sense: an intransitive 'strike' is a labour strike (PROTEST) only when a party strikes: a thing
    that is 'striking' ('the contrast is striking') is figurative (dropped); an armed group that 'struck'
    ('gunmen struck at dawn') attacked (ASSAULT)."""
    for dr in drafts:
        tok = dr.trigger.token
        if dr.trigger.is_noun or tok.lemma_.lower() not in data.labour_strike_verbs:
            continue
        if dr.type == "ASSAULT" and _bare_passive(tok):
            dr.drop = True
            dr.reasons["dropped"] = f"strike-sense: a bare passive '{tok.text}' (no agent, no aim, no wound) is figurative"
            continue
        if dr.type != "PROTEST":
            continue
        subj = _active_subject(tok)
        if subj is None:
            continue
        if _listed(subj, data.armed_attackers):
            dr.reasons["type"] = f"strike-sense: '{subj.text} {tok.text}' is an armed attack, no labour strike"
            dr.type = "ASSAULT"
            dr.mode = []
        elif not any(_party_word(t, data) for t in subj.subtree) and _thing(subj, data):
            dr.drop = True
            dr.reasons["dropped"] = f"strike-sense: '{subj.text} {tok.text}' is figurative: no party strikes"


_PERSON_SUFFIXES = ("er", "ers", "or", "ors", "ist", "ists", "man", "men", "ee", "ees", "ian", "ians")


def _party_word(tok: Token, data: AssemblyData) -> bool:
    """A word that may name a party: a name, an actor-like noun, a force, a noun of a doer ('dockworkers')."""
    low = tok.lower_
    return tok.pos_ == "PROPN" or is_actor_like(tok) or low in data.force_nouns or (tok.pos_ == "NOUN" and low.endswith(_PERSON_SUFFIXES))


def _bare_passive(tok: Token) -> bool:
    """'When I saw it, I was struck.': a passive with only its subject, auxiliaries and a time clause ('was
    struck by a car', 'was struck in the head', 'was struck and killed' have more)."""
    deps = {c.dep_ for c in tok.children}
    return "nsubjpass" in deps and deps <= {"nsubjpass", "auxpass", "aux", "punct", "advmod", "mark", "neg", "advcl"} and tok.dep_ != "conj"


def eased_restriction(d: Document, drafts: list[Draft], data: AssemblyData) -> None:
    """'the curfew was relaxed', 'lifted the ban': easing a restriction is no coercion."""
    for dr in drafts:
        tok = dr.trigger.token
        if dr.type != "COERCE" or not dr.trigger.is_noun:
            continue
        head = tok.head
        if tok.dep_ in ("nsubjpass", "dobj", "obj", "nsubj") and head.lemma_.lower() in data.easing_verbs:
            dr.reasons["type"] = f"eased-restriction: '{head.text} … {tok.text}' eases a restriction"
            dr.type = data.easing_type
            dr.mode = []


def threat_vow(d: Document, drafts: list[Draft], data: AssemblyData) -> None:
    """'vowed to attack the capital', 'promised a proportional response': a promise of force is a THREATEN,
    not an AGREE."""
    lex = lexicon()

    def forceful(tok: Token) -> bool:
        trig = lex.match_token(tok)
        return trig is not None and trig.type in ("ASSAULT", "COERCE", "MOBILIZE")

    for dr in drafts:
        tok = dr.trigger.token
        if dr.type not in ("AGREE", "REQUEST") or tok.lemma_.lower() not in data.promise_verbs:
            continue
        for c in tok.children:
            if (c.dep_ in ("xcomp", "ccomp") and forceful(c)) or (
                c.dep_ in ("dobj", "obj") and c.lemma_.lower() in data.threat_objects
            ):
                dr.type, dr.mode = "THREATEN", []
                dr.reasons["type"] = f"threat-vow: '{tok.text} … {c.text}' promises force"
                break


def _promise_over(tok: Token, data: AssemblyData) -> Token | None:
    """The promise verb whose content ``tok`` is: its infinitive or object chain ("vowed to *release* the
    prisoners") or, after an amount, its "in" object ("pledged $10 million in *aid*")."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "in" and tok.head.dep_ == "prep":
        verb = tok.head.head  # "pledged $10 million in aid" (or "in" on the amount: "promised $25 million in aid")
        amounts = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
        if verb.dep_ in ("dobj", "obj"):
            verb, amounts = verb.head, [verb]
        if verb.lemma_.lower() in data.promise_verbs and any(
            g.like_num or g.tag_ == "$" for a in amounts for g in a.subtree
        ):
            return verb
    return _request_over(tok, data.promise_verbs)


def promised_act(d: Document, drafts: list[Draft], data: AssemblyData) -> None:
    """promised-act: what a party promises, pledges or vows ("pledged $10 million in aid", "promised to free
    the hostages", "vowed to attack") has not happened; the promise (an AGREE, or a THREATEN after
    ``threat-vow``) is the event, its content none — when the promise is itself one of the events."""
    promises = {dr.trigger.token.i for dr in drafts if dr.type in ("AGREE", "THREATEN")}
    for dr in drafts:
        if dr.type in ("AGREE", "THREATEN"):
            continue
        verb = _promise_over(dr.trigger.token, data)
        if verb is not None and verb.i in promises:
            dr.drop = True
            dr.reasons["dropped"] = f"promised-act: the content of '{verb.text}', not a happening"


def threat_condition_target(d: Document, drafts: list[Draft], data: AssemblyData) -> None:
    """'ready to go to war if Taliban forces tried to invade': the condition's subject is threatened."""
    from .frames import _actor_for_span, _phrase_span

    for dr in drafts:
        if dr.type != "THREATEN" or dr.recipients:
            continue
        tok = dr.trigger.token
        for holder in (tok, *tok.ancestors):
            cond = next(
                (c for c in holder.children if c.dep_ == "advcl" and any(m.lower_ in ("if", "unless") for m in c.children)),
                None,
            )
            if cond is None:
                continue
            subj = next((c for c in cond.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None and subj.pos_ != "PRON":
                s, e = _phrase_span(subj)
                dr.recipients = [_actor_for_span(d, s, e)]
                dr.reasons["recipients"] = f"threat-condition: '{subj.text}' is the party the condition names"
            break


def advice_warning(d: Document, drafts: list[Draft], data: AssemblyData) -> None:
    """advice-warning: a warning whose 'that' clause says what someone ought to do ('warned that the mayor
    *should* resist overreacting', 'warned that civilians *must* be told') is advice, a REQUEST (CAMEO 10), no
    threat; the clause's subject, when a named or common-noun party, is its recipient."""
    from .frames import _actor_for_span, _phrase_span

    for dr in drafts:
        tok = dr.trigger.token
        if dr.type != "THREATEN" or dr.trigger.is_noun or tok.lemma_.lower() not in data.warning_words:
            continue
        advice = next(((c, m) for c in tok.children if c.dep_ == "ccomp" and (m := _deontic_aux(c, data))), None)
        if advice is None:
            continue
        clause, modal = advice
        dr.type, dr.mode = "REQUEST", []
        dr.reasons["type"] = f"advice-warning: '{tok.text} … {modal}' advises, no threat"
        subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if not dr.recipients and subj is not None and subj.pos_ != "PRON":
            dr.recipients = [_actor_for_span(d, *_phrase_span(subj))]


def _deontic_aux(verb: Token, data: AssemblyData) -> str | None:
    """The obligation modal ('should', 'must', 'ought') of a clause's verb, if any."""
    return next((a.lower_ for a in verb.children if a.dep_ == "aux" and a.lower_ in data.deontic_modals), None)


def denial_accuser(d: Document, drafts: list[Draft], data: AssemblyData) -> None:
    """denial-accuser: a denial of an accusation ('denied the allegation', 'denies US claims', 'rejected
    opposition allegations') is answered to the accuser: the party that owns or made the accusation
    ('US', 'opposition'), else the actor of the latest accusation told in the three sentences before."""
    for dr in drafts:
        if dr.type != "REJECT" or dr.recipients or dr.trigger.is_noun:
            continue
        tok = dr.trigger.token
        if tok.lemma_.lower() not in data.denial_verbs:
            continue
        args = [c for c in tok.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
        if tok.dep_ == "relcl" and any(a.tag_ in ("WDT", "WP") for a in args):
            args.append(tok.head)  # "allegations that he lied, which he has denied"
        claim = next((a for a in args if a.lemma_.lower() in data.accusation_nouns), None)
        if claim is None:
            misread = _claim_read_as_clause(d, tok, data)
            if misread is not None and not any(_same_party(misread, a) for a in dr.actors):
                dr.recipients = [misread]
                dr.reasons["recipients"] = f"denial-accuser: '{misread.name}' made the claims denied (claim-read-as-verb)"
            continue
        accuser = _claim_owner(d, claim, data) or _earlier_accuser(dr, drafts)
        if accuser is not None and not any(_same_party(accuser, a) for a in dr.actors):
            dr.recipients = [accuser]
            dr.reasons["recipients"] = f"denial-accuser: '{accuser.name}' made the {claim.text} denied"


def _claim_read_as_clause(d: Document, denial: Token, data: AssemblyData) -> EventActor | None:
    """claim-read-as-verb: "The Kremlin denies *US claims* that Russia hacked …" parsed as a clause ("US" the
    subject of the verb "claims"): a clause right after the denial verb, with no "that" of its own, whose verb
    is an accusation word and whose subject, a party, stands first, names the accuser."""
    from .frames import _actor_for_span, _phrase_span

    for c in denial.children:
        if c.dep_ != "ccomp" or c.lemma_.lower() not in data.accusation_nouns or c.i <= denial.i:
            continue
        if any(g.dep_ == "mark" for g in c.children) or c.left_edge.i != denial.i + 1:
            continue
        subj = next((g for g in c.children if g.dep_ == "nsubj" and g.i < c.i), None)
        if subj is None or not (subj.ent_type_ in _OWNER_LABELS or is_actor_like(subj)):
            continue
        owner = _actor_for_span(d, *_phrase_span(subj))
        if _is_party(d, owner, data):
            return owner
    return None


def _claim_owner(d: Document, claim: Token, data: AssemblyData) -> EventActor | None:
    """The party named with an accusation: its possessor or a party noun before it ('US claims',
    'opposition allegations'), else its author ('claims by Washington')."""
    from .frames import _actor_for_span, _phrase_span

    for c in claim.children:
        if c.dep_ in ("poss", "compound", "amod", "nmod") and c.i < claim.i and (c.ent_type_ in _OWNER_LABELS or is_actor_like(c)):
            owner = _actor_for_span(d, *_phrase_span(c))
            if _is_party(d, owner, data):
                return owner
    return _author(d, claim, data)


def _earlier_accuser(dr: Draft, drafts: list[Draft]) -> EventActor | None:
    """The actor of the first accusation in the latest sentence, of the three before (or of this one before
    the denial), that tells one."""
    doc = dr.sent.doc
    sents = list(doc.sents)
    here = next((i for i, s in enumerate(sents) if s.start == dr.sent.start), None)
    if here is None:
        return None
    window = {s.start for s in sents[max(0, here - 3) : here + 1]}
    earlier = [
        x for x in drafts
        if x is not dr and x.type == "ACCUSE" and x.actors and x.sent.start in window and x.start < dr.start
    ]
    return min(earlier, key=lambda x: (-x.sent.start, x.start)).actors[0] if earlier else None  # latest sentence, its first


def demand_target(d: Document, drafts: list[Draft], data: AssemblyData) -> None:
    """demand-target: a demand or a protest that demands with no recipient ('demanding that they be heard
    by the commission', 'demanded that the outfit be banned', 'to demand his resignation') is addressed to
    the party the demanded clause names: its 'by' agent, else its subject; or the owner of the demanded
    thing; or the party a demanded act is aimed at ('called for a ban on Muslims', demanded-act-target)."""
    from .words import frame_words

    for dr in drafts:
        if dr.type not in ("REQUEST", "PROTEST") or dr.recipients:
            continue
        tok = dr.trigger.token
        if dr.trigger.is_noun:  # "sat on a dharna, demanding ...": the demand hangs on the governing verb
            tok = next((h for h in (tok.head, tok.head.head) if h.pos_ in ("VERB", "AUX")), tok)
        lemma = tok.lemma_.lower()
        demand = tok if lemma in data.request_words or lemma in frame_words().content_request_verbs else next(
            (c for c in tok.children if c.dep_ in ("advcl", "xcomp", "conj") and c.lemma_.lower() in data.request_words),
            None,
        )
        target = _demanded_party(d, dr, demand, data) if demand is not None else None
        if target is not None:
            dr.recipients = [target]
            dr.reasons["recipients"] = f"demand-target: '{target.name}' is the party the demand names"


def _clause_parties(demand: Token) -> list[Token]:
    """The 'by' agents, then the party subjects, of a demanded clause ('that they be heard by the commission').
    ``semicolon-clause``: a clause closed by a semicolon before the demand ('Lee calls for new spending; Reyes
    calls for tax cuts', parsed as the content of the second verb) is a parallel statement, not demanded."""
    clauses = [c for c in demand.children if c.dep_ == "ccomp" and not _closed_by_semicolon(c, demand)]
    agents = [g for cl in clauses for g in _agent_objects(cl)]
    return agents + [c for cl in clauses for c in cl.children if c.dep_ in ("nsubj", "nsubjpass") and _party_phrase(c)]


def _closed_by_semicolon(clause: Token, verb: Token) -> bool:
    """A clause before ``verb`` with a semicolon between its last word and the verb."""
    if clause.i > verb.i:
        return False
    return any(t.text == ";" for t in clause.doc[clause.right_edge.i + 1 : verb.i])


def _demanded_owners(demand: Token) -> list[Token]:
    """The party owners of a demanded thing ('his resignation', 'the resignation of the minister'), then
    the party a demanded act is aimed at (:func:`_demanded_act_targets`)."""
    objs = [c for c in demand.children if c.dep_ in ("dobj", "obj")]
    owners = [c for o in objs for c in o.children if c.dep_ == "poss"]
    owners += [g for o in objs for g in _prep_objects(o, ("of",))]
    return [t for t in owners if _party_phrase(t)] + _demanded_act_targets(demand, objs)


_DEMANDED_ACT_PREPS = ("on", "against")


def _demanded_act_targets(demand: Token, objs: list[Token]) -> list[Token]:
    """demanded-act-target: a demanded act aimed at a party ('called *for a ban on Muslims*', 'sought a ban
    on *the party's* rally', 'demanded action *against the outfits*'): the party its 'on' / 'against' object
    names, or the party owning that object. The demanded thing is the demand's object or its 'for' object;
    a demanded act told as a 'for' gerund is aimed at its object, if that is a party ('called for *barring
    all Muslims*', demanded-gerund-object)."""
    acts = objs + _prep_objects(demand, ("for",))
    out: list[Token] = [
        o for g in _prep_objects(demand, ("for",), ("pcomp",)) if g.pos_ in ("VERB", "AUX") and g.tag_ == "VBG"
        for o in g.children if o.dep_ in ("dobj", "obj") and _party_phrase(o)
    ]  # demanded-gerund-object: "called for *barring* all Muslims", "called for arresting the killers"
    for act in acts:
        for g in _prep_objects(act, _DEMANDED_ACT_PREPS):
            if _party_phrase(g):
                out.append(g)
            else:
                out += [c for c in g.children if c.dep_ == "poss" and c.pos_ != "PRON" and _party_phrase(c)]
    return out


def _demanded_party(d: Document, dr: Draft, demand: Token, data: AssemblyData) -> EventActor | None:
    """The first party, other than the demand's own actor, that the demanded clause names (its 'by' agent,
    any noun not a thing; its subject, a party) or that owns the demanded thing."""
    from .frames import _actor_for_span, _phrase_span

    for t in _clause_parties(demand) + _demanded_owners(demand):
        if t.tag_ in ("WDT", "WP"):
            continue
        party = _actor_for_span(d, *_phrase_span(t))
        if _is_party(d, party, data) and not _abstract_head(d, party, data) and not any(_same_party(party, a) for a in dr.actors):
            return party
    return None


def verbal_attack(d: Document, drafts: list[Draft], data: AssemblyData) -> None:
    """verbal-attack: a violence word told with a cue of speech ('launched attacks on the governor *about*
    his taxes', 'shot back *in a statement*', 'hit back at him *on Twitter*, *calling* him a coward',
    'attacks *designed to paint* him as a crook', '*attacking* the opposition, he *said*') is a criticism
    (ACCUSE, disapprove), unless the sentence also tells of harm or a weapon ('fired back, *killing* two')."""
    for dr in drafts:
        tok = dr.trigger.token
        if dr.type != "ASSAULT" or tok.lemma_.lower() not in data.verbal_attack_words:
            continue
        cue = _speech_cue(tok, data) or (_speech_cue(_governing_verb(tok), data) if dr.trigger.is_noun else None)
        cue = cue or (None if dr.trigger.is_noun else _medium_subject(tok, data) or _portrayal(tok) or _medium_of_purpose(tok, data))
        cue = cue or (_rival_attack(d, tok) if dr.trigger.is_noun else None)
        cue = cue or _critic_target(tok, data)
        cue = cue or (None if dr.trigger.is_noun else _speaking_participle(tok, data))
        if cue is None or any(_listed(t, data.physical_cues) for t in _clause_words(dr.sent, tok)):
            continue
        dr.type, dr.mode, dr.counts = "ACCUSE", ["disapprove"], None
        dr.reasons["type"] = f"verbal-attack: '{tok.text} … {cue.text}' is told as speech, a criticism"
        src = dr.source
        if dr.status == "claimed" and src is not None and any(
            _same_party(EventActor(name=src.name, actor_id=src.actor_id), a) for a in dr.actors
        ):  # "Attacking X, *he said* ...": the speaker's own criticism is told as a fact, not claimed by him
            dr.status, dr.source = "asserted", None
            dr.reasons["status"] = "verbal-attack: the speaker's own criticism, told by the narrator"
        subj = None if dr.trigger.is_noun else _active_subject(tok)
        if not dr.actors and subj is not None:
            mine = [r for r in dr.recipients if r.start is not None and r.start <= subj.idx < (r.end or 0)]
            if mine:  # "Reyes shot back in a statement": the subject retorts, it is no target
                dr.actors = mine
                dr.recipients = [r for r in dr.recipients if r not in mine]


def _speaking_participle(tok: Token, data: AssemblyData) -> Token | None:
    """verbal-attack, speaking-participle: the violence word is a participle clause of a verb of saying
    ("*Attacking* the opposition on the temple issue, the prime minister said ...", "*slamming* the council,
    she told reporters ..."): the attack is made in the saying."""
    if tok.tag_ != "VBG" or tok.dep_ != "advcl" or tok.head is tok:
        return None
    return tok.head if _listed(tok.head, data.attack_speech_verbs) else None


def _critic_target(tok: Token, data: AssemblyData) -> Token | None:
    """critic-target: a violence word aimed at critics or the press (``critic_nouns``: 'fired back at his
    critics', 'lashed out at the media', 'attacks on his detractors') answers words with words."""
    targets = [c for c in tok.children if c.dep_ in ("dobj", "obj")]
    targets += _prep_objects(tok, ("at", "on", "against"))
    targets += [g for c in tok.children if c.dep_ == "prt" for g in _prep_objects(c, ("at",))]
    return next((t for t in targets if _listed(t, data.critic_nouns)), None)


def _medium_subject(tok: Token, data: AssemblyData) -> Token | None:
    """medium-subject: the subject of a violence verb is a medium of speech ('the ad attacks her', 'an ad
    that attacks her', 'a commercial attacking him': ``speech_media``), through a relative pronoun or to
    the noun a participle modifies."""
    subj = next((c for c in tok.children if c.dep_ in ("nsubj", "csubj")), None)
    if (subj is None or subj.tag_ in ("WDT", "WP")) and tok.dep_ in ("relcl", "acl"):
        subj = tok.head
    return subj if subj is not None and _listed(subj, data.speech_media) else None


_OWNER_PRONOUNS = frozenset({"his", "her", "my", "your"})


def _rival_attack(d: Document, tok: Token) -> Token | None:
    """rival-attack: a person's attacks on a named person ("Brill's attacks on Reyes", "stepped up her
    attacks on Reyes") are a politician's criticism of a rival; an attack on a named person by no named
    person ('the attack on Reyes') or by a group ('their attacks on him') is left as it is."""
    owner = next((c for c in tok.children if c.dep_ == "poss"), None)
    if owner is None or not (_person(d, owner) or owner.lower_ in _OWNER_PRONOUNS):
        return None
    return next((g for g in _prep_objects(tok, ("on", "against")) if _person(d, g)), None)


def _portrayal(tok: Token) -> Token | None:
    """as-portrayal: a violence verb with an object (or a passive subject) and an 'as' phrase that names
    what the target is ('attacked him as a puppet of the banks', 'was attacked as weak') portrays a party:
    speech ('attacked the convoy as it passed' is a clause, no 'as' phrase)."""
    if not any(c.dep_ in ("dobj", "obj", "nsubjpass") for c in tok.children):
        return None
    return next((
        c for c in tok.children
        if c.dep_ == "prep" and c.lower_ == "as" and any(g.dep_ in ("pobj", "amod", "acomp") for g in c.children)
    ), None)


def _medium_of_purpose(tok: Token, data: AssemblyData) -> Token | None:
    """medium-of-purpose: a violence verb that is the purpose of a verb made on a medium of speech ('took to
    Twitter to fire back at him', 'went on television to attack her')."""
    if tok.dep_ not in ("xcomp", "advcl") or tok.head is tok:
        return None
    return next((
        g for c in tok.head.children if c.dep_ == "prep"
        for g in c.children if g.dep_ == "pobj" and _listed(g, data.speech_media)
    ), None)


def _clause_words(sent: SpacySpan, tok: Token) -> list[Token]:
    """The sentence's words outside the relative clauses that do not hold ``tok`` ('the crisis *that hurt
    millions*' tells nothing of the attack)."""
    skip: set[int] = set()
    for t in sent:
        if t.dep_ == "relcl" and not (t.left_edge.i <= tok.i <= t.right_edge.i):
            skip.update(range(t.left_edge.i, t.right_edge.i + 1))
    return [t for t in sent if t.i not in skip]


def _governing_verb(tok: Token) -> Token:
    """The verb an event noun is the object of, through 'of' ('launched a new round *of* attacks'); the
    noun itself when it has none."""
    head = tok
    while head.dep_ in ("pobj", "dobj", "obj", "prep") and head.head is not head:
        head = head.head
        if head.pos_ in ("VERB", "AUX"):
            return head
        if head.pos_ == "ADP" and head.lower_ != "of":
            break
    return tok


def _speech_cue(tok: Token, data: AssemblyData) -> Token | None:
    """A word that tells a violence word as speech: a medium it is made in or on ('in a statement', 'on
    Twitter', 'including tweets', 'on the stump'), a topic ('about his taxes'), or a clause of saying or
    portraying ('saying ...', 'calling him ...', 'designed to paint him ...')."""
    for c in tok.children:
        if c.dep_ == "prep":
            objs = [g for g in c.children if g.dep_ == "pobj"]
            if c.lower_ == "about" and objs:
                return c
            found = next((g for g in objs if _listed(g, data.speech_media)), None)
            if found is not None:
                return found
        if c.dep_ == "ccomp" and any(q.is_quote for q in tok.sent):  # "'They want free stuff,' he shot back"
            return c
        if c.dep_ in ("advcl", "xcomp", "acl") and c.tag_ == "VBG" and _listed(c, data.attack_speech_verbs):
            return c
        if c.dep_ in ("acl", "advcl"):
            found = next((g for g in c.children if g.dep_ == "xcomp" and _listed(g, data.attack_speech_verbs)), None)
            if found is not None:
                return found
    return None


def type_overrides(d: Document, drafts: list[Draft], data: AssemblyData) -> None:
    for dr in drafts:
        new = data.type_overrides.get(dr.trigger.key)
        if new and new != dr.type:
            dr.reasons["type"] = f"type-override: '{dr.trigger.key}' is {new}"
            dr.type, dr.mode = new, []


def proposed_measure(d: Document, drafts: list[Draft], data: AssemblyData) -> None:
    """proposed-measure: a verb of ``proposal_verbs`` (CAMEO 030, an AGREE) whose object is a measure for
    others to adopt ('the chamber proposed the formation of a protection force', 'he has proposed conducting
    surveillance on mosques', 'the governor proposed an increase of $56 million') asks for that measure: a
    REQUEST, as coders code it; a person or a name put forward ('proposed his name for the seat':
    ``proposal_nominees`` or a person) is backing, a SUPPORT. An accord between the parties ('proposed a
    ceasefire', 'proposed talks': ``proposal_accords``), the proposer's own plan ('proposed to cut the
    budget', a 'to' infinitive) and a clause ('I propose that we monitor the air') stay AGREE."""
    for dr in drafts:
        tok = dr.trigger.token
        if dr.type != "AGREE" or dr.trigger.is_noun or tok.lemma_.lower() not in data.proposal_verbs:
            continue
        objs = [c for c in tok.children if c.dep_ in ("dobj", "obj") or (c.dep_ == "xcomp" and c.tag_ == "VBG")]
        if len(objs) != 1 or _listed(objs[0], data.proposal_accords):
            continue
        obj = objs[0]
        new = "SUPPORT" if _listed(obj, data.proposal_nominees) or _person(d, obj) else "REQUEST"
        dr.type, dr.mode = new, []
        dr.reasons["type"] = f"proposed-measure: '{tok.text} {obj.text}' puts a measure or a nominee forward: {new}"


def praise_offer(d: Document, drafts: list[Draft], data: AssemblyData) -> None:
    """praise-offer: an AGREE from 'offer' whose object is praise or a defence (``praise_offers``: 'offered
    an emotional defense of the city', 'offered praise for the firefighters') or kind words ('offered some
    kind words about him': 'words' with one of ``kind_word_modifiers``) expresses support: a SUPPORT, no
    offer of cooperation."""
    for dr in drafts:
        tok = dr.trigger.token
        if dr.type != "AGREE" or dr.trigger.is_noun or tok.lemma_.lower() != "offer":
            continue
        obj = next((c for c in tok.children if c.dep_ in ("dobj", "obj")), None)
        if obj is None:
            continue
        kind = obj.lemma_.lower() in ("word", "words") and any(
            c.dep_ in ("amod", "compound") and _listed(c, data.kind_word_modifiers) for c in obj.children)
        if kind or _listed(obj, data.praise_offers):
            dr.type, dr.mode = "SUPPORT", []
            dr.reasons["type"] = f"praise-offer: '{tok.text} … {obj.text}' expresses support: SUPPORT"


def signed_accord(d: Document, drafts: list[Draft], data: AssemblyData) -> None:
    """signed-accord: 'sign' (CAMEO 057, a SUPPORT) with an accord as its object ('had to sign the
    undertaking', 'signed a confidentiality agreement', 'signed the deal': ``proposal_accords`` and
    ``signed_accords``) commits its signer: an AGREE, as coders code it; with an apology ('signed a letter of
    apology') it is a CONCEDE. Other things signed (an executive order, a bill, a letter) stay."""
    for dr in drafts:
        tok = dr.trigger.token
        if dr.type != "SUPPORT" or dr.trigger.is_noun or tok.lemma_.lower() not in data.signing_verbs:
            continue
        obj = next((c for c in tok.children if c.dep_ in ("dobj", "obj", "nsubjpass")), None)
        if obj is None and tok.dep_ == "relcl" and _object_relative(tok):
            obj = tok.head  # "agreements (that) employees signed"
        if obj is None:
            continue
        if obj.lemma_.lower() == "apology" or any(g.lemma_.lower() == "apology" for g in _prep_objects(obj, ("of",))):
            new = "CONCEDE"
        elif _listed(obj, data.proposal_accords) or _listed(obj, data.signed_accords):
            new = "AGREE"
        else:
            continue
        dr.type, dr.mode = new, []
        dr.reasons["type"] = f"signed-accord: '{tok.text} … {obj.text}' commits the signer: {new}"


# --------------------------------------------------------------------------------------------
# document rules


def recipients_are_parties(d: Document, drafts: list[Draft], data: AssemblyData) -> None:
    """Recipients and actors are parties: each draft's recipients pass the party tests (things give way to
    the polity they are in), an instrument is no target, an empty recipient list may take a partner from
    :data:`PARTNER_FALLBACKS`, a freed thing drops the draft (release-sense, release-object), and actors
    that are no party give way to the party that manned them."""
    for dr in drafts:
        _owners_of_things(d, dr, data)
        kept = _instrument_not_target(d, dr, _party_recipients(d, dr, data))
        if not kept:
            kept = _fallback_partner(d, dr, data)
        _release_of_a_thing(d, dr, data, kept)
        dr.recipients = _dedupe(kept)
        dr.actors = _party_actors(d, dr, data)


def _party_recipients(d: Document, dr: Draft, data: AssemblyData) -> list[EventActor]:
    """The draft's recipients that are parties: not the actor, not the verbal act's own source (unless a
    legal step); a thing that is no party gives way to the polity it is in (party-test). The reasons
    name what was dropped."""
    kept = [r for r in dr.recipients if _party_recipient(d, dr, r, data)]
    kept = [r for r in kept if not any(_same_party(r, a) for a in dr.actors)]
    if dr.source is not None and dr.type in VERBAL and not _legal_step(dr):
        kept = [r for r in kept if not _source_mention(dr.source, r)]
    dropped = [r.name for r in dr.recipients if r not in kept]
    if dropped:
        dr.reasons["recipients"] = "not a party: " + ", ".join(repr(x) for x in dropped)
    things = [r for r in kept if not _passes_party_test(d, dr, r, data)]
    if things:
        polities = [p for p in (_polity_of_thing(d, dr, r) for r in things) if p is not None]
        kept = [r for r in kept if r not in things] + polities
        why = ", ".join(f"recipient {r.name!r} is not a party" for r in things)
        why += "".join(f"; the place it is in is ({p.name!r})" for p in polities)
        dr.reasons["recipients"] = f"party-test: {why}" + (f"; {dr.reasons['recipients']}" if dropped else "")
    return kept


def _fallback_partner(d: Document, dr: Draft, data: AssemblyData) -> list[EventActor]:
    """The first row of :data:`PARTNER_FALLBACKS` for the draft's type that finds a partner, as its one
    recipient (the rule's name and what it found go before the reasons so far); else none."""
    for name, types, find, saying in PARTNER_FALLBACKS:
        if dr.type not in types:
            continue
        partner = find(d, dr, data)
        if partner is not None:
            dr.reasons["recipients"] = f"{name}: {saying} {partner.name!r}" + (
                f"; {dr.reasons['recipients']}" if "recipients" in dr.reasons else "")
            return [partner]
    return []


def _release_of_a_thing(d: Document, dr: Draft, data: AssemblyData, kept: list[EventActor]) -> None:
    """release-sense: a release whose every recipient was dropped as no party frees a thing ("released the
    report"); release-object: a release whose object is a published thing. Either drops the draft."""
    if dr.recipients and not kept and _releases_a_thing(d, dr, data):
        dr.drop = True
        dr.reasons["dropped"] = f"release-sense: '{dr.trigger.token.text}' {dr.recipients[0].name!r} frees no party (a thing is published)"
    thing = _released_thing_object(d, dr, data)
    if thing is not None and not dr.drop:
        dr.drop = True
        dr.reasons["dropped"] = f"release-object: '{dr.trigger.token.text}' … '{thing.text}' frees no party (a thing is published)"


def _party_actors(d: Document, dr: Draft, data: AssemblyData) -> list[EventActor]:
    """The draft's actors that are parties; a dropped thing named by a party before it gives that party
    (party-modifier-actor: '300 *police* buses blocked the marchers')."""
    actors = [a for a in dr.actors if _party_actor(d, dr, a, data)]
    if len(actors) < len(dr.actors):
        gone = [a.name for a in dr.actors if a not in actors]
        dr.reasons["actors"] = "not a party: " + ", ".join(repr(x) for x in gone)
        crews = [c for c in (_party_of_a_thing(d, a, data) for a in dr.actors if a not in actors) if c is not None]
        if crews:
            actors += crews
            dr.reasons["actors"] += "; party-modifier-actor: " + ", ".join(f"{c.name!r} manned it" for c in crews)
    return _dedupe(actors)


_OWNER_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def _party_of_a_thing(d: Document, thing: EventActor, data: AssemblyData) -> EventActor | None:
    """party-modifier-actor: an actor phrase headed by a thing that is no party (``non_party_heads``), named by
    a party before it ('300 *police* buses blocked the marchers', '*army* trucks rammed the gate'), acted
    through that party: the modifier is the actor. A place name before the thing only says where it is from
    ('*Moscow* buses'): no actor."""
    from .frames import _actor_for_span
    from .lexicon import lexicon

    span = _phrase_of(d, thing)
    if span is None or span.root.pos_ != "NOUN":
        return None
    for c in span.root.children:
        if c.dep_ not in ("compound", "amod") or c.i > span.root.i or c.ent_type_ in ("GPE", "LOC", "FAC"):
            continue
        if not (c.lower_ in lexicon().police_nouns or c.ent_type_ in ("ORG", "NORP") or (c.pos_ == "NOUN" and is_actor_like(c))):
            continue
        party = _actor_for_span(d, c.idx, c.idx + len(c.text))
        if _is_party(d, party, data):
            return party
    return None


TALK_TYPES = frozenset({"CONSULT"})
_TALK_HOLDER_PREPS = frozenset({"during", "in", "at", "after", "over"})


def _talk_setting_partner(d: Document, dr: Draft, data: AssemblyData) -> EventActor | None:
    """talk-setting-partner: talks with no party as recipient were with the party of a "with" phrase on the trigger
    or on the talk noun of one of its time or setting phrases ('talked trade *during a telephone call* earlier
    Tuesday *with* Chancellor Ann Berg', 'met on Friday *with* the union leaders'), if that names a party."""
    from .frames import _actor_for_span, _phrase_span

    tok = dr.trigger.token
    holders = [tok] + [
        n for c in tok.children if c.dep_ == "prep" and c.lower_ in _TALK_HOLDER_PREPS
        for n in c.children if n.dep_ == "pobj" and n.pos_ == "NOUN"
    ]
    for holder in holders:
        for c in holder.children:
            if c.dep_ != "prep" or c.lower_ != "with":
                continue
            for obj in (g for g in c.children if g.dep_ == "pobj"):
                partner = _actor_for_span(d, *_phrase_span(obj))
                if _is_party(d, partner, data) and _names_party(d, partner, data) and not any(_same_party(partner, a) for a in dr.actors):
                    return partner
    return None


_BENEFICIARY_PREPS = frozenset({"for", "to"})


def _aid_beneficiary(d: Document, dr: Draft, data: AssemblyData) -> EventActor | None:
    """aid-beneficiary: aid whose object is the thing given ('provided *shelter* for the residents', 'to
    provide food and shelter *for homeless people*') went to the party of a "for" / "to" phrase on the verb
    or on that object, if it names one."""
    from .frames import _actor_for_span, _phrase_span

    tok = dr.trigger.token
    things = [c for c in tok.children if c.dep_ in ("dobj", "obj")]
    things += [g for t in things for g in t.children if g.dep_ == "conj"]
    for holder in [tok, *things]:
        for obj in _prep_objects(holder, _BENEFICIARY_PREPS):
            partner = _actor_for_span(d, *_phrase_span(obj))
            if _is_party(d, partner, data) and _names_party(d, partner, data) and not any(_same_party(partner, a) for a in dr.actors):
                return partner
    return None


def _legal_step(dr: Draft) -> bool:
    """A charge, arrest or other legal step done to a party (``legal_step_verbs``): the one charged is
    its recipient even where a quote's speaker was taken for its source ("*Ann Lee* appeared in court charged
    with theft")."""
    from .words import frame_words

    return dr.trigger.token.lemma_.lower() in frame_words().legal_step_verbs


def _source_mention(source: Attribution, r: EventActor) -> bool:
    """A verbal event's recipient named as its source is the source's own mention ("..., *Smith* told
    reporters") unless it stands elsewhere in the sentence (``speaker-recipient``: "O'Donnell recalled
    that an attorney threatened to link *O'Donnell* with ...", "they urged *me*", he said)."""
    if r.name.lower() != (source.name or "").lower():
        return False
    if None in (r.start, r.end, source.start, source.end):
        return True
    return bool(r.start < source.end and source.start < r.end)  # type: ignore[operator]


def _party_recipient(d: Document, dr: Draft, recipient: EventActor, data: AssemblyData) -> bool:
    return (
        (_is_party(d, recipient, data) or _asked_agent(d, dr, recipient)) and not _time_head(d, recipient)
        and not _topic(d, dr, recipient, data)
        and not _unresolved_person(dr, recipient, data)
        and not (dr.type.lower() in data.setting_types and _setting(d, recipient, data))
    )


def _time_head(d: Document, recipient: EventActor) -> bool:
    """time-not-recipient: a recipient phrase whose head lies in a time expression of the timex stage ('the
    attacks of *Sept.11*, 2001') tells when, not to whom (time nouns such as 'anniversary' are
    ``non_party_heads``)."""
    span = _phrase_of(d, recipient)
    if span is None or recipient.actor_id is not None:
        return False
    at = span.root.idx
    return any(t.start <= at < t.end for t in d.times)


def _passes_party_test(d: Document, dr: Draft, recipient: EventActor, data: AssemblyData) -> bool:
    """party-test: an event of ``party_only_types`` (a statement, talk, offer, release or protest) is done
    to a party, so its recipient stands only when it names one (:func:`_names_party`): 'released a memo',
    'provides educational workshops', 'blocked the road' name a thing or a topic. A physical act keeps its
    target, which may be a building or a vehicle. In a text written all in lower case no name is told by
    its capitals: there only a happening is judged no party (:func:`_happening_head`)."""
    if dr.type not in data.party_only_types:
        return True
    if lower_cased_article(d.text):
        return not _happening_head(d, recipient, data)
    return _names_party(d, recipient, data) or _asked_agent(d, dr, recipient)


def _asked_agent(d: Document, dr: Draft, recipient: EventActor) -> bool:
    """asked-agent: the object of a verb of asking or ordering (the frames' ``control_verbs``) that is told
    to do something ('asked *the border customs* to increase inspections', 'urged *the water board* to act')
    or asked for something ('asked *the AQMD* for a map') is a party, whatever its name: one who can act
    (also when its head is one of ``non_party_heads``: 'asked *the house* to order an inquiry')."""
    from .words import frame_words

    span = _phrase_of(d, recipient)
    if span is None or dr.type != "REQUEST":
        return False
    root, verb = span.root, span.root.head
    if root.dep_ not in ("dobj", "obj") or verb.lemma_.lower() not in frame_words().control_verbs or verb.i != dr.trigger.token.i:
        return False
    return any(
        (c.dep_ == "xcomp" and c.i > root.i) or (c.dep_ == "prep" and c.lower_ == "for" and c.i > root.i)
        for c in verb.children
    )


def _happening_head(d: Document, recipient: EventActor, data: AssemblyData) -> bool:
    """lower-case-happening: in a text written all in lower case, where no name is told by its capitals, a
    recipient is judged no party only when its head names a happening: an event noun of the trigger
    lexicon, one of the frames' ``happening_place_nouns`` ('the godhra carnage') or ``happening_heads``
    ('the organised terrorist act', 'an intelligence failure')."""
    from .words import frame_words

    span = _phrase_of(d, recipient)
    if span is None or recipient.actor_id is not None:
        return False
    root = span.root
    words = {root.lemma_.lower(), root.lower_}
    return bool(words & (data.happening_heads | frame_words().happening_place_nouns)) or root.lemma_.lower() in lexicon().nouns


_STRUCK_ON_PREPS = frozenset({"on", "upon", "over"})


def _instrument_not_target(d: Document, dr: Draft, kept: list[EventActor]) -> list[EventActor]:
    """instrument-not-target: a physical act's recipient headed by a weapon (the trigger lexicon's
    ``instrument_nouns``: 'a mine', 'a grenade') is what struck, no party struck. Where the weapon is the
    'on' / 'over' object of the trigger ('a vehicle with five policemen exploded *on a mine*', 'stepped on a
    landmine'), the subject is the one struck: the actors become the recipients."""
    if dr.type not in ("ASSAULT", "COERCE"):
        return kept
    weapons = [r for r in kept if _weapon_head(d, r)]
    if not weapons:
        return kept
    rest = [r for r in kept if r not in weapons]
    struck_on = any(_struck_on(d, dr, r) for r in weapons)
    names_ = ", ".join(repr(w.name) for w in weapons)
    if struck_on and dr.actors and not rest:
        dr.reasons["recipients"] = f"instrument-not-target: {names_} struck; " + ", ".join(a.name for a in dr.actors) + " were struck"
        dr.reasons["actors"] = "instrument-not-target: the subject struck by a weapon is its victim"
        rest, dr.actors = list(dr.actors), []
    else:
        dr.reasons["recipients"] = f"instrument-not-target: {names_} is a weapon, no party struck"
    return rest


def _weapon_head(d: Document, r: EventActor) -> bool:
    span = _phrase_of(d, r)
    if span is None or r.actor_id is not None:
        return False
    return span.root.pos_ == "NOUN" and span.root.lemma_.lower() in lexicon().instrument_nouns


def _struck_on(d: Document, dr: Draft, r: EventActor) -> bool:
    span = _phrase_of(d, r)
    if span is None or dr.trigger.is_noun:
        return False
    root = span.root
    return root.dep_ == "pobj" and root.head.lower_ in _STRUCK_ON_PREPS and root.head.head.i == dr.trigger.token.i


def _releases_a_thing(d: Document, dr: Draft, data: AssemblyData) -> bool:
    """release-sense: a release verb (``thing_release_verbs``) whose recipients are all things ('released a
    memo', 'released data on Monday', 'the money released by the department') publishes or pays them out: no
    party is freed, no RETREAT (not judged in a text written all in lower case)."""
    tok = dr.trigger.token
    if dr.type != "RETREAT" or dr.trigger.is_noun or tok.lemma_.lower() not in data.thing_release_verbs:
        return False
    return not lower_cased_article(d.text) and not any(_names_party(d, r, data) for r in dr.recipients)


THING_PRONOUNS = frozenset({"it", "this", "that"})


def _released_thing_object(d: Document, dr: Draft, data: AssemblyData) -> Token | None:
    """release-object: a release verb (``thing_release_verbs``) whose own object is a thing publishes it,
    whatever party it went to: a direct object or passive subject that is a common noun naming no party or
    'it' ('attorneys *released it* to the Post', 'detectives released an image'), or the noun its participle
    modifies ('in *a letter* to Senate colleagues *released* Monday'). Not judged in a text written all in
    lower case ('released two ram sevaks' names no party by its capitals)."""
    tok = dr.trigger.token
    if dr.type != "RETREAT" or dr.trigger.is_noun or tok.lemma_.lower() not in data.thing_release_verbs:
        return None
    if lower_cased_article(d.text):
        return None
    objs = [c for c in tok.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    if not objs and tok.dep_ == "acl" and tok.tag_ == "VBN":
        objs = [_participle_noun(tok.head)]
    if not objs:
        return None
    for o in objs:
        if o.lower_ in THING_PRONOUNS and o.pos_ == "PRON":
            continue
        if o.pos_ != "NOUN" or _party_token(o, data):
            return None
        if any(c.dep_ in ("compound", "amod", "nmod", "conj", "appos") and _party_token(c, data) for c in o.children):
            return None
    return objs[0]


def _participle_noun(head: Token) -> Token:
    """The noun a participle after a prepositional phrase describes: the parse hangs 'released Monday' in
    'a *letter* to Senate colleagues released Monday' on the nearer 'colleagues', the 'to' object of the
    noun it describes: that noun (release-object then asks whether it names a party)."""
    prep = head.head
    if head.dep_ == "pobj" and prep.lower_ == "to" and prep.head.pos_ == "NOUN" and prep.head.i < head.i:
        return prep.head
    return head


def _polity_of_thing(d: Document, dr: Draft, thing: EventActor) -> EventActor | None:
    """polity-of-the-thing: a statement about a happening or a state of affairs in a named polity ('opened an
    inquiry into the debacle *in Maricopa County*', 'condemned the situation *in Syria*') is about that
    polity: the place named by the thing's 'in' object."""
    from .frames import _actor_for_span, _phrase_span

    span = _phrase_of(d, thing)
    if dr.type not in VERBAL or span is None:
        return None
    place = next((g for g in _prep_objects(span.root, ("in",)) if g.ent_type_ == "GPE"), None)
    return _actor_for_span(d, *_phrase_span(place)) if place is not None else None


def _names_party(d: Document, recipient: EventActor, data: AssemblyData) -> bool:
    """A recipient names a party: an actor of the dictionary, or a phrase whose head is a named person,
    group or polity, a pronoun for people, a number of people ('the two'), a role noun, one of
    ``party_nouns`` or ``person_nouns``, or is named as a party by a compound or adjective ('the Clinton
    campaign', 'Republican leaders')."""
    if recipient.actor_id is not None:
        return True
    span = _phrase_of(d, recipient)
    if span is None:
        return True  # no parse to judge by
    root = span.root
    return _party_token(root, data) or any(
        c.dep_ in ("compound", "amod", "poss", "nmod", "appos", "conj") and _party_token(c, data)
        and not _place_of_a_thing(root, c)
        for c in root.children
    )


# places, and names of things ("the *Cyprus* peace accord" read as one PRODUCT name)
_THING_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC", "PRODUCT", "LAW", "EVENT", "WORK_OF_ART"})


def _place_of_a_thing(root: Token, modifier: Token) -> bool:
    """place-of-a-thing: a place name before a common noun that names no party ('negotiated *the Northern
    Ireland* peace accord', 'discussed *a Rwanda* website') says where or what the thing is about; it does
    not make the thing a party ('the *Clinton* campaign', a person's, still does)."""
    return (
        modifier.dep_ in ("compound", "amod") and modifier.ent_type_ in _THING_PLACE_LABELS
        and root.pos_ == "NOUN" and modifier.i < root.i
    )


def _party_token(tok: Token, data: AssemblyData) -> bool:
    if tok.ent_type_ in _OWNER_LABELS or tok.pos_ in ("PROPN", "NUM"):
        return True
    if tok.pos_ == "PRON":
        return is_actor_like(tok)
    words = (tok.lemma_.lower(), tok.lower_)
    return is_actor_like(tok) or any(w in data.party_nouns or w in data.person_nouns for w in words)



def _setting(d: Document, recipient: EventActor, data: AssemblyData) -> bool:
    """setting-not-recipient: in a talk, promise or request (``setting_types``), a phrase that is the object
    of a preposition of setting ('met *at the cafe*', 'promised at a *Las Vegas* rally') tells where, not to
    whom ('fired at the police', 'lashed out at X' keep their target)."""
    span = _phrase_of(d, recipient)
    if span is None:
        return False
    tok = span.root
    while tok.dep_ in ("compound", "amod", "nmod") and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ == "pobj" and tok.head.lower_ in data.setting_prepositions


def _party_actor(d: Document, dr: Draft, actor: EventActor, data: AssemblyData) -> bool:
    return _is_party(d, actor, data) and not _unresolved_person(dr, actor, data)


def _topic(d: Document, dr: Draft, recipient: EventActor, data: AssemblyData) -> bool:
    """A statement's or an offer's recipient with an abstract head is its topic (a physical act's may be a
    building or a position: "attacked a police station")."""
    return (dr.type in VERBAL or dr.type == "AID") and _abstract_head(d, recipient, data)


def _owners_of_things(d: Document, dr: Draft, data: AssemblyData) -> None:
    """A statement's recipient that is a thing, not a party, gives way to the party that owns it."""
    if dr.type in VERBAL:
        _owner_over_its_thing(d, dr, data)
        dr.recipients = [
            r if _is_party(d, r, data) and not _owned_thing(d, r) and not _topic(d, dr, r, data)
            else (_owner(d, r, data) or r)
            for r in dr.recipients
        ]


_JUDGING_TYPES = frozenset({"ACCUSE", "SUPPORT", "REJECT"})


def _owner_over_its_thing(d: Document, dr: Draft, data: AssemblyData) -> None:
    """owner-over-its-thing: a statement whose object is a thing a named party owns ('criticized *the
    governor's* response to the protesters', 'praised *Ann Lee's* advocacy for families') is about that
    owner, not about a party the thing itself is aimed at or done for: recipients read inside the object
    give way to its possessor. Only a judgement (praise, criticism, rejection): talks about a party's case
    ("discussed *Brunson's* case with Trump") are with the partner."""
    from .frames import _actor_for_span, _phrase_span

    tok = dr.trigger.token
    if dr.trigger.is_noun or not dr.recipients or dr.type not in _JUDGING_TYPES:
        return
    for obj in (c for c in tok.children if c.dep_ in ("dobj", "obj") and c.pos_ == "NOUN" and not _party_token(c, data)):
        owners = [c for c in obj.children if c.dep_ == "poss" and c.i < obj.i and c.pos_ != "PRON" and _party_token(c, data)]
        if not owners:
            continue
        inside = {t.i for t in obj.subtree} - {t.i for t in owners[0].subtree}
        spans = [_phrase_of(d, r) for r in dr.recipients]
        if not all(sp is not None and sp.root.i in inside and sp.root.i != obj.i for sp in spans):
            continue
        start, end = _phrase_span(owners[0])
        case = [g for g in owners[0].children if g.dep_ == "case" and g.i > owners[0].i]
        owner = _actor_for_span(d, start, case[0].idx if case else end)
        if _is_party(d, owner, data) and not any(_same_party(owner, a) for a in dr.actors):
            dr.reasons["recipients"] = f"owner-over-its-thing: {', '.join(r.name for r in dr.recipients)!r} is what the '{obj.text}' of {owner.name!r} is aimed at"
            dr.recipients = [owner]
        return


def _owned_thing(d: Document, thing: EventActor) -> bool:
    """possessed-thing: a recipient whose head is a common noun naming no party, owned by a possessor ('the
    party's lack of awareness', 'Trump's handling of the crisis'): the statement is about its owner."""
    span = _phrase_of(d, thing)
    if span is None or span.root.pos_ != "NOUN" or is_actor_like(span.root):
        return False
    return any(c.dep_ == "poss" and c.i < span.root.i and c.pos_ != "PRON" for c in span.root.children)


def _owner(d: Document, thing: EventActor, data: AssemblyData) -> EventActor | None:
    """owner-of-the-thing: a statement about a thing a party owns or did ('criticising *the police*
    action', 'slammed *Trump's* remarks') is about that party, the possessor or name before the head."""
    from .frames import _actor_for_span, _phrase_span
    from .lexicon import lexicon

    span = _phrase_of(d, thing)
    if span is None:
        return None
    root = span.root
    for c in root.children:
        if c.dep_ not in ("poss", "compound") or c.i > root.i:
            continue
        named = c.ent_type_ in _OWNER_LABELS or c.lower_ in lexicon().police_nouns or (c.dep_ == "poss" and is_actor_like(c))
        named = named or (c.dep_ == "poss" and c.pos_ != "PRON" and _party_token(c, data))  # owner-noun: "a *developer's* request"
        start, end = _phrase_span(c)
        case = [g for g in c.children if g.dep_ == "case" and g.i > c.i]
        owner = _actor_for_span(d, start, case[0].idx if case else end)  # "Ohio's procedure" -> "Ohio"
        if (named or owner.actor_id is not None) and _is_party(d, owner, data):
            return owner
    return _author(d, root, data)


def _party_phrase(tok: Token) -> bool:
    """A noun that names a party, or is named as one by a modifier or apposition ('the Republican
    front-runners', 'the front-runners, Donald Trump and Ted Cruz')."""
    return is_actor_like(tok) or any(
        c.dep_ in ("compound", "amod", "appos") and (c.ent_type_ in _OWNER_LABELS or is_actor_like(c)) for c in tok.children
    )


def _author(d: Document, root: Token, data: AssemblyData) -> EventActor | None:
    """author-of-the-thing: a statement about what a party said or holds, named by its author after the head
    ('denounced suggestions *by the front-runners*', 'criticism *from Democrats*') or by a nationality or party
    adjective ('refute gloomy *Republican* assessments'), or by an "of" phrase on a thing that is no event
    ('praised the work *of the rescue teams*', of-doer), is about that author."""
    from .frames import _actor_for_span, _phrase_span

    authors = [
        g for c in root.children if c.dep_ == "prep" and c.lower_ in ("by", "from") and c.i > root.i
        for g in c.children if g.dep_ == "pobj" and _party_phrase(g)
    ] + [c for c in root.children if c.dep_ == "amod" and c.ent_type_ == "NORP"]
    authors += [
        g for c in root.children if c.dep_ == "prep" and c.lower_ == "of" and c.i > root.i and _doers_thing(root)
        for g in c.children if g.dep_ == "pobj" and _party_phrase(g)
    ]  # of-doer: "pledged support to the efforts *of the district centre*", "praised the work of the rescue teams"
    for a in authors:
        owner = _actor_for_span(d, *_phrase_span(a))
        if _is_party(d, owner, data):
            return owner
    return None


def _doers_thing(root: Token) -> bool:
    """of-doer: a noun whose "of" phrase names who made or does it ("the efforts *of the centre*", "the work
    of the teams"), not who undergoes it: no event noun ("the killing of the activist": the activist is
    its victim), no noun of ``undergone_of_nouns``."""
    from .lexicon import lexicon
    from .words import frame_words

    lemma = root.lemma_.lower()
    return root.pos_ == "NOUN" and lemma not in lexicon().nouns and root.lower_ not in lexicon().nouns and lemma not in frame_words().undergone_of_nouns


def _focus_country(d: Document) -> str | None:
    counts: Counter[str] = Counter()
    for p in d.places:
        if p.country:
            counts[p.country] += max(1, len(p.mentions))
    return counts.most_common(1)[0][0] if counts else None


def default_agent(d: Document, drafts: list[Draft], data: AssemblyData) -> None:
    from .words import frame_words

    for dr in drafts:
        if dr.actors or dr.status == "denied":
            continue
        if "not an actor" in dr.reasons.get("actors", ""):
            continue
        agent = data.default_agents.get(dr.trigger.key) or data.default_agents.get(dr.trigger.token.lemma_.lower())
        if agent is None:
            continue
        src = _source_as_actor(d, dr) if dr.source is not None and _is_authority(dr.source.name, data) else None
        if src is not None and dr.type == "COERCE" and src.sector in frame_words().hearing_sectors:
            src = None  # "the court heard that he was arrested": the court heard of the arrest, police made it
        if src is not None:
            dr.actors = [src]
            dr.reasons["actors"] = f"not named: '{dr.trigger.token.text}' is by the reporting authority ({src.name})"
            continue
        dr.actors = [EventActor(name=agent["name"], sector=agent.get("sector"), country=_focus_country(d))]
        dr.reasons["actors"] = f"not named: '{dr.trigger.token.text}' is by the {agent['name']} (conventional agent)"


def _aid_staff(obj: Token, actor_words: set[str], data: AssemblyData) -> bool:
    """An object that names helpers, not a force: doctors or experts ('dispatched epidemiologists'), or staff
    or a team that are medical, technical or relief ones, or whom an aid or health agency sends."""
    if any(t.i != obj.i and (t.lower_ in data.force_nouns or t.lemma_.lower() in data.force_nouns) for t in obj.subtree):
        return False  # "police personnel", "a team of soldiers" ("personnel" alone is read by its sender)
    if _listed(obj, data.aid_personnel):
        return True
    if not _listed(obj, data.aid_staff_heads):
        return False
    mods = {t.lower_ for t in obj.subtree if t.i != obj.i}
    return bool(mods & data.aid_modifiers) or bool(actor_words & data.aid_agency_words)


def aid_deployment(d: Document, drafts: list[Draft], data: AssemblyData) -> None:
    """aid-deployment: 'WHO dispatched additional technical and support personnel to Angola to assist local
    health officials', 'the agency has deployed personnel to the affected areas', 'sent a team of doctors':
    helpers sent by an agency that is no armed force are humanitarian aid (AID), no mobilization of force;
    'deployed police personnel', 'the army dispatched troops' stay MOBILIZE."""
    for dr in drafts:
        tok = dr.trigger.token
        if dr.type != "MOBILIZE" or dr.trigger.is_noun or tok.lemma_.lower() not in data.aid_sending_verbs:
            continue
        actor_words = {w.strip(",.()") for a in dr.actors for w in a.name.lower().split()}
        if actor_words & data.force_nouns:
            continue
        objs = [c for c in tok.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
        objs += [g for c in objs for g in c.children if c.lemma_.lower() in data.aid_staff_heads and g.dep_ == "prep" and g.lower_ == "of"
                 for g in g.children if g.dep_ == "pobj"]  # "a team *of doctors*"
        if objs and any(_aid_staff(o, actor_words, data) for o in objs):
            dr.type, dr.mode = "AID", []
            dr.reasons["type"] = f"aid-deployment: '{tok.text} {objs[0].text}' sends helpers, no force"


def deployed_force(d: Document, drafts: list[Draft], data: AssemblyData) -> None:
    """'para-military forces were deployed': the deployed force is the MOBILIZE's actor."""
    for dr in drafts:
        if dr.type != "MOBILIZE" or dr.actors:
            continue
        forces = [r for r in dr.recipients if _force_phrase(d, r, data)]
        if forces:
            dr.actors = forces
            dr.recipients = [r for r in dr.recipients if r not in forces]
            dr.reasons["actors"] = "deployed-force: the force deployed acts (" + ", ".join(f.name for f in forces) + ")"


def relief_deployment(d: Document, drafts: list[Draft], data: AssemblyData) -> None:
    """relief-deployment: a MOBILIZE verb that sends civilian helpers (``relief_responders``: 'dispatched a
    team of doctors', 'sent epidemiologists') or whose doer is a relief or health organisation
    (``relief_organisations``: 'the WHO deployed personnel to the area') with no armed force among those
    sent is help given (AID, humanitarian), no mobilisation of force; 'the army deployed personnel' and
    'the agency sent police officers' stay MOBILIZE."""
    for dr in drafts:
        tok = dr.trigger.token
        if dr.type != "MOBILIZE" or dr.trigger.is_noun:
            continue
        sent = [c for c in tok.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
        words = [t for o in sent for t in o.subtree if t.i <= o.i or t.dep_ == "pobj"]  # "a team *of doctors*"
        if not sent or any(_listed(t, data.force_nouns) and t.lower_ != "personnel" for t in words):
            continue
        helper = next((t for t in words if _listed(t, data.relief_responders)), None)
        org = next((a for a in dr.actors if _relief_body(a.name, data)), None)
        if helper is None and org is None:
            continue
        dr.type, dr.mode, dr.context = "AID", [], ["humanitarian"]
        why = f"'{tok.text} … {helper.text}' sends civilian helpers" if helper is not None else f"'{org.name if org else ''}' is a relief or health body"
        dr.reasons["type"] = f"relief-deployment: {why}, help given (AID), no force mobilised"


def _relief_body(name: str, data: AssemblyData) -> bool:
    """A name with a word or a phrase of ``relief_organisations`` ('World Health Organization', 'the Red Cross')."""
    low = name.lower()
    words = {w.strip("()'’") for w in low.split()}
    return any(x in words if " " not in x else x in low for x in data.relief_organisations)


def _force_phrase(d: Document, r: EventActor, data: AssemblyData) -> bool:
    """A deployed force: its head or a word of its name is one of ``force_nouns``, or a title before the
    head is ('sheriff's *Deputy* Mark Morgan was dispatched')."""
    if _head_word(d, r) in data.force_nouns or any(w in data.force_nouns for w in r.name.lower().split()):
        return True
    span = _phrase_of(d, r)
    return span is not None and any(t.lower_ in data.force_nouns for t in span if t.i < span.root.i and t.dep_ == "compound")


def _is_authority(name: str | None, data: AssemblyData) -> bool:
    words = (name or "").lower().replace("’", "'").split()
    return any(w in data.authority_words or w.rstrip("'s") in data.authority_words for w in words)


def _source_as_actor(d: Document, dr: Draft) -> EventActor:
    from .extract import _source_actor  # the same source → actor mapping the extractor uses

    assert dr.source is not None
    return _source_actor(d, dr.source)


def _written_phrases(d: Document, src: Attribution) -> list[str]:
    """The source as written, and the noun phrase of each mention of its actor ("city police spokesman Shamil
    Guseinov" for a source resolved to "Shamil Guseinov"; "Capt. Roy A. Nelson" for a later "Nelson")."""
    spans = [(src.start, src.end)] if src.start is not None and src.end is not None else []
    actor = next((a for a in d.actors if a.id == src.actor_id), None) if src.actor_id else None
    spans += [(m.start, m.end) for m in actor.mentions] if actor is not None else []
    out: list[str] = []
    for s, e in spans:
        span = d.doc.char_span(s, e, alignment_mode="expand") if d.doc is not None else None
        if span is not None and len(span):
            s = min(s, span.root.left_edge.idx)
        out.append(d.text[s:e])
    return out


DOCUMENT_NOUNS = frozenset({"statement", "communique", "communiqué", "release", "bulletin"})
DOCUMENT_ISSUE_VERBS = frozenset({"issue", "release", "put", "publish", "send"})


def _document_owners(d: Document, src: Attribution) -> list[str]:
    """``document-owner``: a source that is a document ("the statement said", "it said" for it) speaks for whoever
    issued it, named at its latest earlier mention ("a statement *by Jordan's Public Security Directorate*",
    "*the ministry* said in a statement", "*police* issued a statement"); the owners' phrases, latest first."""
    if d.doc is None or src.start is None or src.end is None:
        return []
    span = d.doc.char_span(src.start, src.end, alignment_mode="expand")
    if span is None or len(span) == 0 or span.root.lemma_.lower() not in DOCUMENT_NOUNS:
        return []
    noun = span.root.lemma_.lower()
    for tok in reversed(d.doc[: span.root.i + 1]):
        if tok.lemma_.lower() != noun or tok.pos_ != "NOUN":
            continue
        owners = [c for c in tok.children if c.dep_ == "poss"]
        owners += [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("by", "from") for g in c.children if g.dep_ == "pobj"]
        verb = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "in" else tok.head if tok.dep_ == "dobj" else None
        if verb is not None and verb.pos_ in ("VERB", "AUX") and (tok.dep_ == "pobj" or verb.lemma_.lower() in DOCUMENT_ISSUE_VERBS):
            owners += [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if owners:
            return [d.text[o.left_edge.idx : o.right_edge.idx + len(o.right_edge.text)] for o in owners]
    return []


def _authority_source(d: Document, src: Attribution, data: AssemblyData) -> bool:
    """reporter-title: an authority by its name, or by a rank, office or outlet word in the phrase it is written
    with (:func:`_written_phrases`, ``reporter_titles``)."""
    if _is_authority(src.name, data):
        return True
    words = data.authority_words | data.reporter_titles
    for phrase in [*_written_phrases(d, src), *_document_owners(d, src)]:
        for w in phrase.lower().replace("’", "'").split():
            w = w.strip(".,;:()")
            if w in words or w.removesuffix("'s") in words:
                return True
    return False


def _status_claim_content(dr: Draft, accusation_verbs: frozenset[str]) -> bool:
    """The draft is the content of an accusation or an allegation ("the mayor blamed a separatist cell for …",
    "allegedly"): it stays a claim whoever reports it."""
    from .frames import _accusation

    cue = dr.source.cue if dr.source is not None else None
    return (
        dr.reasons.get("status", "").startswith("alleged")
        or (cue is not None and cue.lemma_.lower() in accusation_verbs)
        or _accusation(dr.trigger.token, accusation_verbs) is not None
    )


def reporter_status(d: Document, drafts: list[Draft], data: AssemblyData) -> None:
    """A police or official report of a happening it is no party to — or of its own arrest, charge or
    sanction — is reported fact (asserted); a party's report of its own fighting stays a claim."""
    accusation_verbs = lexicon().accusation_verbs
    for dr in drafts:
        if dr.status != "claimed" or dr.source is None or not _authority_source(d, dr.source, data):
            continue
        if _status_claim_content(dr, accusation_verbs):
            continue  # the content of an accusation ("the mayor blamed a separatist cell for …") stays a claim
        src = EventActor(name=dr.source.name, actor_id=dr.source.actor_id)
        party = any(_same_party(src, a) for a in [*dr.actors, *dr.recipients])
        if party and dr.type not in ("COERCE", "ACCUSE", "SANCTION", "MOBILIZE"):
            continue
        dr.status = "asserted"
        dr.reasons["status"] = f"reporter-status: reported by {dr.source.name} (an authority, not a claim by a party)"


def _cue_token(d: Document, src: Attribution) -> Token | None:
    """The reporting word of a source: the verb found in the parse, else the verb (or 'according') of the
    cue of the quote that holds the happening."""
    if src.cue is not None:
        return src.cue
    if src.quote_index is None or d.doc is None or src.quote_index >= len(d.quotes):
        return None
    cue = d.quotes[src.quote_index].cue
    span = d.doc.char_span(cue.start, cue.end, alignment_mode="expand") if cue is not None else None
    words = [t for t in span or [] if t.pos_ in ("VERB", "AUX") or t.lower_ == "according"]
    return words[0] if words else None


def _stance_ground(tok: Token, cue: Token) -> bool:
    """The happening is the ground of a stance ("praised the president *for pressing* for his release",
    "lashed out at Turkey *for having shot down* a bomber"): a 'for' phrase on the stance verb tells what
    the speaker takes as done; the stance is the speaker's, the act is not its claim."""
    t = tok
    for _ in range(4):
        if t.head is t:
            return False
        if t.dep_ in ("pcomp", "pobj") and t.head.lower_ == "for" and t.head.dep_ == "prep":
            return t.head.head.i == cue.i or (t.head.head.head.i == cue.i and t.head.head.dep_ in ("dobj", "prep", "prt"))
        t = t.head
    return False


def _neutral_report(tok: Token, cue: Token | None, data: AssemblyData) -> bool:
    """The source tells the happening with a plain verb of report ("said", "told", "reported", "according to":
    ``neutral_report_verbs``), not one of claim or belief ("claimed", "alleged", "believes"), or names it as
    the ground of its stance (:func:`_stance_ground`)."""
    if cue is None:
        return False
    return _listed(cue, data.neutral_report_verbs) or _stance_ground(tok, cue)


def _hedged(tok: Token, stop: Token | None, data: AssemblyData) -> bool:
    """The happening is told with a modal or a word of belief or likelihood between its trigger and the
    report ("may now threaten", "we fear that", "is likely to clinch", ``hedge_words``), or negated ("he didn't
    hit her"): a guess or a denial, not a report."""
    from .modality import HYPOTHETICAL_MODALS

    t = tok
    for _ in range(8):
        if stop is not None and t.i == stop.i:
            return False
        if _listed(t, data.hedge_words) or any(
            c.dep_ == "neg"
            or (c.dep_ in ("aux", "auxpass") and c.lower_ in HYPOTHETICAL_MODALS)
            or (c.dep_ in ("advmod", "acomp") and _listed(c, data.hedge_words))
            for c in t.children
        ):
            return True
        if t.head is t:
            return False
        t = t.head
    return False


FIGHTING_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "THREATEN"})


def _own_side(d: Document, party: EventActor, data: AssemblyData) -> bool:
    """A party named with a possessive pronoun in reported words ("the commander said *his* fighters
    ambushed a convoy", ``own_side_possessives``) is the speaker's own side."""
    phrase = _phrase_of(d, party)
    if phrase is None:
        return False
    root = phrase.root
    return any(c.dep_ == "poss" and c.lower_ in data.own_side_possessives for c in root.children)


def neutral_source(d: Document, drafts: list[Draft], data: AssemblyData) -> None:
    """A source that plainly reports ("said", "reported", "according to") a happening it is neither actor
    nor recipient of — a newspaper, a witness, an official of a third side — reports it as fact (asserted);
    a party's account of its own deeds or of what was done to it ("the rebels said they killed ten
    soldiers", "we were attacked"), a claim or belief ("claimed", "believes"), a guess ("may threaten", "we
    fear", ``hedge_words``) and an accusation's content stay claims."""
    accusation_verbs = lexicon().accusation_verbs
    for dr in drafts:
        if dr.status != "claimed" or dr.source is None:
            continue
        cue = _cue_token(d, dr.source)
        if not _neutral_report(dr.trigger.token, cue, data) or _status_claim_content(dr, accusation_verbs):
            continue
        if cue is not None and cue.lemma_.lower() in accusation_verbs:
            continue
        written = " ".join([dr.source.name, *_written_phrases(d, dr.source)]).lower()
        if dr.type in FIGHTING_TYPES and set(re.findall(r"[a-z]+", written)) & data.conflict_side_words:
            continue  # "the defence ministry said a rocket struck a depot": a side's account of fighting
        src = EventActor(name=dr.source.name, actor_id=dr.source.actor_id)
        parties = [*dr.actors, *dr.recipients]
        if any(_same_party(src, a) or set(a.name.lower().split()) & data.speaker_pronouns or _own_side(d, a, data) for a in parties):
            continue
        if _hedged(dr.trigger.token, cue, data):
            continue
        dr.status = "asserted"
        dr.reasons["status"] = f"neutral-source: reported by {dr.source.name}, no party to it"


FORCE_TYPES = frozenset({"ASSAULT", "COERCE"})


def _purpose_of(dr: Draft, drafts: list[Draft]) -> Draft | None:
    """The draft whose act ``dr`` is the aim of: a subjectless "to …" clause under its trigger
    ("police fired rounds *to disperse* a mob", "opened fire *in order to disperse* them")."""
    tok = dr.trigger.token
    if dr.trigger.is_noun or tok.dep_ not in ("advcl", "xcomp"):
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return None
    head = tok.head
    for m in drafts:
        if m is dr or m.drop or m.sent.start != dr.sent.start:
            continue
        s, e = m.trigger.char_span()
        if m.trigger.token is head or s <= head.idx < e:
            return m
    return None


def purpose_clause(d: Document, drafts: list[Draft], data: AssemblyData) -> None:
    """'police fired 12 rounds to disperse a mob': the dispersal is the firing's aim — one happening, the
    aim's target joins the act's recipients (force used to coerce, or coercion by force)."""
    for dr in drafts:
        if dr.drop or dr.type not in FORCE_TYPES:
            continue
        main = _purpose_of(dr, drafts)
        if main is None or main.type not in FORCE_TYPES:
            continue
        main.recipients = _dedupe([*main.recipients, *dr.recipients])
        main.actors = main.actors or dr.actors
        main.reasons["purpose"] = f"purpose-clause: '{dr.trigger.token.text}' is the aim of '{main.trigger.token.text}'"
        dr.drop = True
        dr.reasons["dropped"] = f"purpose-clause: the aim of '{main.trigger.token.text}', one happening"


def _conjoined_pair(a: Draft, b: Draft, data: AssemblyData) -> bool:
    """``a``'s type is kept and ``b``'s merged into it by a pair of ``conjoined_types``."""
    return any(
        a.type == kept and b.type == other and (not same_mode or bool(set(a.mode) & set(b.mode)))
        for kept, other, same_mode in data.conjoined_types
    )


def _conjoined(a: Token, b: Token) -> bool:
    """Conjuncts, or a verb the parse hangs on the other's complement ("convicted of infecting children
    and sentenced to death": 'sentenced' under 'infecting')."""
    if b in a.conjuncts:
        return True
    h = b.head
    if b.dep_ != "conj" or h.dep_ not in ("pcomp", "xcomp"):
        return False
    return h.head == a or (h.head.dep_ == "prep" and h.head.head == a)


def conjoined_acts(d: Document, drafts: list[Draft], data: AssemblyData) -> None:
    """conjoined-acts: 'bjp members demonstrated at the portico and demanded her resignation', 'convicted of
    infecting children and sentenced to death', 'a mob indulging in arson and looting': two conjoined
    triggers of one sentence whose types are a listed pair (``conjoined_types``) and that name no two
    different actors are one happening, of the pair's first type."""
    for a in drafts:
        for b in drafts:
            if a is b or a.drop or b.drop or a.sent.start != b.sent.start or not _conjoined_pair(a, b, data):
                continue
            ta, tb = a.trigger.token, b.trigger.token
            if not (_conjoined(ta, tb) or _conjoined(tb, ta)) or not _status_compatible(a.status, b.status):
                continue
            if _two_actors(a, b):
                continue
            _absorb(a, b)
            a.reasons["conjoined"] = f"conjoined-acts: '{b.trigger.token.text}' ({b.type}) is told with '{a.trigger.token.text}', one happening"
            b.reasons["dropped"] = f"conjoined-acts: one happening with '{a.trigger.token.text}'"


def _two_actors(a: Draft, b: Draft) -> bool:
    """Both mentions name actors and none of them is one party (``_one_party``): two different doers. An
    actor the mention does not name (``_named_actors``) is no second doer."""
    xa, xb = _named_actors(a), _named_actors(b)
    return bool(xa and xb) and not any(_one_party(x, y) for x in xa for y in xb)


def _inferred_actor(dr: Draft) -> bool:
    """The actors were supplied by ``default-agent`` (the conventional agent or the reporting authority)."""
    return dr.reasons.get("actors", "").startswith("not named:")


def _open_party(p: EventActor) -> bool:
    """An unresolved pronoun ("they", "him"): it points back to a party already told."""
    return p.actor_id is None and p.name.strip().lower() in OPEN_PARTY_WORDS


def _named_actors(dr: Draft) -> list[EventActor]:
    """open-party: the actors the mention names; an inferred conventional agent ("charged": police) or an
    unresolved pronoun is no party of its own."""
    return [] if _inferred_actor(dr) else [p for p in dr.actors if not _open_party(p)]


def _open_mention(dr: Draft) -> bool:
    """open-party: a mention that names no party of its own, only unresolved pronouns or an inferred agent
    ("they were deported", "they are charged with fraud"): like a bare mention, it is the happening of its
    type already told."""
    return not _bare(dr) and not _named_actors(dr) and all(_open_party(p) for p in dr.recipients)


def _status_compatible(a: str, b: str) -> bool:
    factual = {"asserted", "claimed", "disputed"}
    return a == b or (a in factual and b in factual)


def _dates_compatible(a: Draft, b: Draft) -> bool:
    if a.date is None or b.date is None or "publication" in (a.date.precision, b.date.precision):
        return True
    x, y = a.date.value, b.date.value
    return x.startswith(y) or y.startswith(x) or _in_week(x, y) or _in_week(y, x)


def _in_week(week: str, day: str) -> bool:
    """week-holds-day: a date told as a week ("earlier this week": 2024-W20) holds a day of that week
    ("on Tuesday": 2024-05-14): the two mentions may tell one happening."""
    m = WEEK_VALUE.match(week)
    if m is None:
        return False
    try:
        return dt.date.fromisoformat(day[:10]).isocalendar()[:2] == (int(m[1]), int(m[2]))
    except ValueError:
        return False


def _places_compatible(a: Draft, b: Draft) -> bool:
    if a.place is None or b.place is None or a.place.place_id == b.place.place_id:
        return True
    if _home_place(a) or _home_place(b):
        return True  # home-place-open: "X, 19, of Gaston, ... charged" / "Z, 28, of Columbia, also charged"
    if _party_place(a) or _party_place(b):
        return True  # party-place-open: "Russia's ambassador was shot" / "the attack in Ankara"
    pa, pb = a.place, b.place
    if pa.admin1 and pa.admin1 == pb.admin1 and (pa.admin2 is None or pb.admin2 is None or pa.admin2 == pb.admin2):
        # one is inside the other's region ("Baroda district" and "Chhota Udaipur town")
        return pa.lat is None or pb.lat is None or pa.name in pb.name or pb.name in pa.name or pa.admin2 is None or pb.admin2 is None
    return pa.country is not None and pa.country == pb.country and (pa.admin1 is None or pb.admin1 is None)


def _home_place(dr: Draft) -> bool:
    """home-place-open: the mention's place is only where a person of it lives ("Krystal Hall, 19, *of
    Gaston*", "a *Texas* man": ``residence``), which does not say where the happening was: it is no other
    place than another mention's."""
    p = dr.place
    if p is None or p.start is None or p.end is None:
        return False
    span = dr.trigger.token.doc.char_span(p.start, p.end, alignment_mode="expand")
    return span is not None and len(span) > 0 and residence(span.root)


PARTY_PLACE_DEPS = frozenset({"compound", "poss", "amod", "nmod"})


def _party_place(dr: Draft) -> bool:
    """party-place-open: the mention's place is named only as a modifier inside a party's phrase, its actor's,
    recipient's or source's ("*Russia's* ambassador was shot", "the *U.S.* military confirmed the attack",
    "*Nigeria's* government"): it says whose the party is, not where the happening was, so it tells no
    mentions apart (a place the phrase gives by a preposition, "a mob *in Kawant*", still does)."""
    p = dr.place
    if p is None or p.start is None or p.end is None:
        return False
    spans = [(x.start, x.end) for x in [*dr.actors, *dr.recipients]]
    if dr.source is not None:
        spans.append((dr.source.start, dr.source.end))
    if not any(s is not None and e is not None and s <= p.start and p.end <= e for s, e in spans):
        return False
    doc = dr.trigger.token.doc
    span = doc.char_span(p.start, p.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    root = span.root
    after = doc[span.end] if span.end < len(doc) else None
    return root.dep_ in PARTY_PLACE_DEPS or (after is not None and after.tag_ == "POS")


TEMPORAL_PREPS = frozenset({"before", "after", "since", "until", "till", "following", "during", "prior", "ahead", "amid"})


def _temporal_reference(dr: Draft) -> bool:
    """An event noun that dates another clause ("before the attacks", "since the war")."""
    tok = dr.trigger.token
    if not dr.trigger.is_noun:
        return False
    if tok.dep_ == "pobj" and tok.head.lower_ in TEMPORAL_PREPS:
        return True
    # the parse may miss it ("before the September 11, 2001 attacks" read as an apposition): look back
    # along the words for a temporal preposition with no verb in between
    for prev in reversed(tok.doc[max(tok.sent.start, tok.i - 8) : tok.i]):
        if prev.pos_ in ("VERB", "AUX"):
            return False
        if prev.lower_ in TEMPORAL_PREPS:
            return True
    return False


def _bare(dr: Draft) -> bool:
    return not dr.actors and not dr.recipients


def _shares_party(a: Draft, b: Draft) -> bool:
    return any(_one_party(x, y) for x in a.actors for y in b.actors) or any(
        _one_party(x, y) for x in a.recipients for y in b.recipients
    )


def _opposed(a: Draft, b: Draft) -> bool:
    """One mention's actor is the other's recipient, and the other names a different actor: two sides,
    two happenings ("police fired at a mob" / "the mob's arson"; "people were killed" stays open)."""
    def against(x: Draft, y: Draft) -> bool:
        return bool(y.actors) and any(_same_party(p, r) for p in x.actors for r in y.recipients) and not any(
            _same_party(p, q) for p in x.actors for q in y.actors
        )

    return against(a, b) or against(b, a)


DEFINITE_DETERMINERS = frozenset({"the", "this", "that", "these", "those"})
BACK_REFERENCE_PREPS = frozenset({"in", "during", "from", "after", "following", "by", "of"})


def _definite(tok: Token) -> bool:
    return any((c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS) or c.dep_ == "poss" for c in tok.children)


def _refers_back(dr: Draft) -> bool:
    """back-reference: a later mention with no actor of its own that names its happening by a definite
    event noun of its type ("the blast in the capital", "killed in the battle", "injured in Saturday's
    clashes") speaks of one the story has already told; it is that happening, not another."""
    if dr.actors:
        return False
    nouns = assembly_data().back_reference_nouns.get(dr.type, frozenset())
    tok = dr.trigger.token
    refs = [tok, *_prep_objects(tok, BACK_REFERENCE_PREPS), *_event_subjects(tok)]
    return any(r.lemma_.lower() in nouns and _definite(r) and not _own_target(r) for r in refs)


def _event_subjects(tok: Token) -> list[Token]:
    """subject-back-reference: the subject of an active verb of harm may be the happening itself, named
    again ("*the bombing* also wounded 30 people", "*the blast* killed two more")."""
    if tok.pos_ != "VERB" or any(c.dep_ == "auxpass" for c in tok.children):
        return []
    return [c for c in tok.children if c.dep_ == "nsubj"]


TARGET_PREPS = frozenset({"on", "against", "upon"})


def _own_target(noun: Token) -> bool:
    """"the attack on the train": an event noun naming its own target says which happening it is."""
    return any(c.dep_ == "prep" and c.lower_ in TARGET_PREPS for c in noun.children)


def _explicit_date(dr: Draft) -> bool:
    return dr.date is not None and dr.date.precision != "publication"


def _back_reference(a: Draft, b: Draft) -> bool:
    """The later mention refers back to the earlier (``_refers_back``) and dates nothing the earlier
    leaves undated ("Wednesday's violence at the market" may be another day's happening)."""
    earlier, later = (a, b) if a.start <= b.start else (b, a)
    return _refers_back(later) and (not _explicit_date(later) or _explicit_date(earlier))


def _marked_distinct(dr: Draft) -> bool:
    """distinct-happening: the mention's sentence introduces an event noun or an incident as another one
    ("in another attack, gunmen fired on a patrol", "in a separate incident", "in a third incident"), or
    the mention's own noun is so marked ("it had imposed a similar ban", "another arrest")."""
    data = assembly_data()
    nouns = data.distinct_nouns.union(*data.back_reference_nouns.values())
    tok = dr.trigger.token
    if dr.type not in VERBAL and not dr.trigger.is_noun and any(c.dep_ == "advmod" and c.lower_ in data.distinct_adverbs for c in tok.children):
        # "the secretary, who was *also* detained": one more detention, not the one told before — unless
        # the mention names the happening told before (``back-reference``): "two civilians were *also*
        # wounded *in the attack*" adds victims to that attack, as does a harm told with no doer
        # (``added-victims``: "35 people also were wounded")
        return not (_refers_back(dr) or _added_victims(dr, data))
    if _sentence_apart(dr) and not _refers_back(dr):
        return True
    return any(
        t.lower_ in data.distinct_markers and t.dep_ in ("det", "amod") and (t.head.lemma_.lower() in nouns or t.head == tok)
        for t in dr.sent
    ) or _party_marked_distinct(dr)


def _added_victims(dr: Draft, data: AssemblyData) -> bool:
    """added-victims: a harm suffered, told with "also" and no doer ("35 people also were wounded", "civilians
    may also have been injured"), counts more victims of the happening already told, not another one; an
    act with its doer ("police also fired on a mob") or another act ("was also detained") is one more."""
    return not dr.actors and dr.trigger.token.lemma_.lower() in data.harm_results


TIME_PREPS = frozenset({"in", "on"})


def _sentence_apart(dr: Draft) -> bool:
    """sentence-apart: the mention's sentence opens with an adverb of ``distinct_sentence_adverbs`` and a comma
    ("Meanwhile, two men were sentenced", "Earlier, police fired on a mob in another town") or a phrase of
    when ("earlier in the day", "earlier on that day"): it turns to another happening. "Earlier this week"
    (a date of its own) does not count."""
    words = [t for t in dr.sent if not t.is_space]
    first = next((i for i, t in enumerate(words) if t.is_alpha), None)
    if first is None or first > 2 or words[first].lower_ not in assembly_data().distinct_sentence_adverbs:
        return False
    nxt = words[first + 1] if first + 1 < len(words) else None
    return nxt is not None and (nxt.text == "," or (nxt.lower_ in TIME_PREPS and words[first].lower_ == "earlier"))


INDEFINITE_DETERMINERS = frozenset({"a", "an"})


def _party_marked_distinct(dr: Draft) -> bool:
    """distinct-party: a party of the mention is marked as another one ("*another* officer is on trial",
    "a *second* man was arrested", "two *more* people were killed"): one more happening of its type, not
    the one told before. A definite ordinal picks one of a set already told ("*the third* person injured
    in the blast"), and "one group ..., another group ..." contrasts two parties of one sentence: neither
    counts."""
    data = assembly_data()
    spans = [(p.start, p.end) for p in [*dr.actors, *dr.recipients] if p.start is not None and p.end is not None]
    for t in dr.sent:
        if not any(s <= t.idx < e for s, e in spans):
            continue
        if t.lower_ in data.distinct_markers and t.dep_ in ("det", "amod") and any(s <= t.head.idx < e for s, e in spans):
            if t.lower_ != "another" and not any(c.dep_ == "det" and c.lower_ in INDEFINITE_DETERMINERS for c in t.head.children):
                continue
            if any(o.lower_ == "one" and o.head.lemma_ == t.head.lemma_ and o.i != t.i for o in dr.sent):
                continue
            return True
        if t.lower_ == "more" and t.i > t.sent.start and t.nbor(-1).like_num and (t.i + 1 >= t.sent.end or t.nbor(1).lower_ != "than"):
            return True
    return False


def _told_apart(a: Draft, b: Draft) -> bool:
    """The later of two mentions in different sentences is marked as another happening (``_marked_distinct``),
    or the two count different numbers of people held (``_counted_apart``)."""
    if a.sent.start == b.sent.start:
        return False
    later = b if a.sent.start < b.sent.start else a
    return _marked_distinct(later) or _counted_apart(a, b)


def _counted_apart(a: Draft, b: Draft) -> bool:
    """counted-apart: two arrests in different sentences whose sentences count different numbers of people
    held ("about 40 people were taken into custody" / "150 people had been arrested in the city") are two
    happenings (a batch and a total, or two batches), not one told twice."""
    if not (_arrest_mode(a) and _arrest_mode(b)):
        return False  # a raid or a combing operation told with a count is not counted by it
    x = a.counts.arrested if a.counts is not None else None
    y = b.counts.arrested if b.counts is not None else None
    return x is not None and y is not None and x != y


def _arrest_mode(dr: Draft) -> bool:
    return dr.type == "COERCE" and "arrest" in dr.mode


def _compatible(a: Draft, b: Draft) -> bool:
    """What two mentions of one happening share: the same type, compatible status, mode, date and place;
    not two sides; not told apart as another happening."""
    if a.type != b.type or not _status_compatible(a.status, b.status):
        return False
    if a.type == "COERCE" and a.mode and b.mode and a.mode != b.mode:
        return False  # firing to disperse and the arrests that followed are two happenings
    if not (_dates_compatible(a, b) and _places_compatible(a, b)):
        return False
    if _opposed(a, b):
        return False  # "police fired at a mob indulging in arson": the mob's arson is not the firing
    return not _told_apart(a, b)  # "in another attack, gunmen fired on a patrol"


def _may_be_one(a: Draft, b: Draft) -> bool:
    """The hard constraints of one happening (``_compatible``), and not two different actors."""
    if not _compatible(a, b):
        return False
    if a.sent.start == b.sent.start and (_temporal_reference(a) or _temporal_reference(b)):
        return False
    return not _two_actors(a, b)


def same_happening(a: Draft, b: Draft) -> bool:
    """Two mentions of one happening (see the module docstring)."""
    if not _compatible(a, b):
        return False
    if a.sent.start == b.sent.start:
        # one sentence, one happening of a type — unless one is only a time reference
        # ("killed a few days before the September 11 attacks") or two speakers' statements
        return not (_temporal_reference(a) or _temporal_reference(b) or _two_speakers(a, b))
    if a.type in VERBAL:
        # separate statements are separate events (a headline's summary is merged earlier); a legal
        # charge re-reported is one charge, a party's demand named again is one demand
        return _same_charge(a, b) or _restated_noun(a, b) or _restated_content(a, b)
    return _linked_mentions(a, b)


def _two_speakers(a: Draft, b: Draft) -> bool:
    """two-speakers: two statements of one sentence by two different named actors ("opposition leaders
    accused the mayor of corruption, while the governor criticized the council"; "after two ministers
    accused the government, the home minister too condemned the incident") are two statements, not one
    statement by both (``_two_actors``). Each must be told by its own verb with its actor as subject
    (``_active_doer``): an actor read off a noun ("at a White House meeting") or a passive names no second
    speaker. Acts that are not statements stay one happening per sentence."""
    return a.type in VERBAL and _active_doer(a) and _active_doer(b) and _two_actors(a, b)


CONTENT_PREPS = frozenset({"for", "of", "on"})


def _content_heads(dr: Draft) -> set[str]:
    """The lemmas of what a statement is about: its trigger's noun object or the noun after 'for' / 'of' /
    'on' ("demanded *the dismissal*", "calling for *the dismissal*")."""
    tok = dr.trigger.token
    objs = [c for c in tok.children if c.dep_ == "dobj"] + _prep_objects(tok, CONTENT_PREPS)
    following = _following_noun(tok)
    return {o.lemma_.lower() for o in [*objs, *([following] if following is not None else [])] if o.pos_ == "NOUN"}


PHRASE_SKIP_POS = frozenset({"DET", "ADJ", "PART", "NUM", "ADV"})


def _following_noun(tok: Token) -> Token | None:
    """The head noun of the phrase right after the trigger ("demanded the immediate *dismissal* of ...",
    "calling for the state government's *dismissal*"), when the parse hangs it elsewhere."""
    for t in tok.doc[tok.i + 1 : min(tok.i + 8, tok.sent.end)]:
        if t.pos_ == "NOUN" and t.dep_ not in ("compound", "poss"):
            return t
        if t.pos_ in PHRASE_SKIP_POS or t.is_punct or (t.pos_ == "ADP" and t.lower_ in CONTENT_PREPS) or t.dep_ in ("compound", "poss", "case"):
            continue
        return None
    return None


def _restated_content(a: Draft, b: Draft) -> bool:
    """restated-content: the same party saying the same thing again ("the front demanded the dismissal of
    the government" / "calling for the government's dismissal, the front's leaders said"; a quote said twice)
    is one statement: every actor of each is the other's, no two different recipients, and the same thing
    said (the same object noun) or the same word of it to the same recipient."""
    if not (a.actors and b.actors):
        return False
    if not all(any(_one_party(x, y) for y in b.actors) for x in a.actors) or not all(
        any(_one_party(x, y) for y in a.actors) for x in b.actors
    ):
        return False
    shared_recipient = any(_one_party(x, y) for x in a.recipients for y in b.recipients)
    if a.recipients and b.recipients and not shared_recipient:
        return False
    same_word = a.trigger.token.lemma_.lower() == b.trigger.token.lemma_.lower()
    return bool(_content_heads(a) & _content_heads(b)) or (same_word and (shared_recipient or _restated_word(a, b)))


def _restated_word(a: Draft, b: Draft) -> bool:
    """restated-word: the same party's statement told again by the same verb, once to a party and once with
    no other party ("United Airlines has apologized to a passenger" / "United says it apologized for this",
    "councillors backed their plan" / "councillors backed the move"), is one statement, when the word is no
    bare verb of saying (``speech_lemmas``: two things "said" are two statements) and both are told as
    done, not as a noun ("the apology")."""
    if a.recipients and b.recipients:
        return False
    data = assembly_data()
    lemma = a.trigger.token.lemma_.lower()
    if lemma in data.speech_lemmas or a.trigger.is_noun or b.trigger.is_noun:
        return False
    if any(c.dep_ == "advmod" and c.lower_ in data.distinct_adverbs for x in (a, b) for c in x.trigger.token.children):
        return False  # "the chamber *also* requested ...": one more request
    return not (_open_mention(a) or _open_mention(b))


def _restated_noun(a: Draft, b: Draft) -> bool:
    """restated-statement: a later mention that is a definite or possessed event noun ("*the union's*
    demand", "*the* demand") with the same actor as an earlier mention of its type, and no other
    recipient, names that statement again ("there was nothing wrong in the union's demand ...", "the
    union's demand was justified"), no new one."""
    earlier, later = (a, b) if a.start <= b.start else (b, a)
    tok = later.trigger.token
    if not (later.trigger.is_noun and _definite(tok) and earlier.actors and later.actors):
        return False
    if not all(any(_same_party(x, y) for y in earlier.actors) for x in later.actors):
        return False
    return not earlier.recipients or not later.recipients or any(
        _same_party(x, y) for x in earlier.recipients for y in later.recipients
    )


def _charge(dr: Draft) -> bool:
    return dr.type == "ACCUSE" and dr.trigger.token.lemma_.lower() in assembly_data().charge_words


def _same_charge(a: Draft, b: Draft) -> bool:
    """re-reported-charge: two mentions of a legal charge ("Parents charged with cruelty" / "Both were
    charged with cruelty to a juvenile") are one when no two different actors bring them and they are
    brought against the same party, or one names nobody, or both are of one offence (``same-offence-charge``)
    ("Barry was also charged with failing to appear"
    after "McDonald was charged with burglary" is another charge). An inferred agent or an unresolved
    pronoun names no other party (``open-party``: "the district attorney indicted X and two others" /
    "they are charged with 122 counts")."""
    if not (_charge(a) and _charge(b)):
        return False
    xa, xb = _named_actors(a), _named_actors(b)
    if xa and xb and not any(_same_party(x, y) for x in xa for y in xb):
        return False
    ra, rb = [p for p in a.recipients if not _open_party(p)], [p for p in b.recipients if not _open_party(p)]
    return not ra or not rb or any(_same_party(x, y) for x in ra for y in rb) or bool(_offences(a) & _offences(b))


OFFENCE_PREPS = frozenset({"with", "of", "for"})


def _offences(dr: Draft) -> set[str]:
    """same-offence-charge: what a charge is for ("charged *with murder*", "accused of murder", "murder
    charges"): a charge of the same offence told of another defendant ("X and Y are charged with murder" /
    "Z, who also is charged with murder") is one charge against them all."""
    tok = dr.trigger.token
    objs = _prep_objects(tok, OFFENCE_PREPS)
    if dr.trigger.is_noun:
        objs += [c for c in tok.children if c.dep_ == "compound"]
    return {o.lemma_.lower() for o in objs if o.pos_ == "NOUN"}


def _linked_mentions(a: Draft, b: Draft) -> bool:
    """Mentions in two sentences: no two different actors, and a shared party, a bare mention or a
    back-reference."""
    if _two_actors(a, b):
        return False
    if _open_mention(a) or _open_mention(b):
        return True
    return _shares_party(a, b) or _bare(a) or _bare(b) or _back_reference(a, b) or _victim_then_doer(a, b)


OPEN_PARTY_WORDS = frozenset({"he", "she", "him", "her", "they", "them", "it"})


def _open_parties(parties: Sequence[EventActor]) -> bool:
    """No party named, or only an unresolved pronoun ("stabbed him") that points back to one already told."""
    return all(_open_party(p) for p in parties)


def _active_doer(dr: Draft) -> bool:
    """The mention names its doer as the subject of an active verb ("another stabbed him"), not a count
    read off a passive ("the 20 killed") nor the one who reports it."""
    tok = dr.trigger.token
    if not dr.actors or tok.pos_ != "VERB" or any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children):
        return False
    subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ in RELATIVE_SUBJECTS and tok.dep_ == "relcl":
        subject = tok.head  # "a man, who stabbed her": the man
    return subject is not None and any(
        a.start is not None and a.end is not None and a.start <= subject.idx < a.end for a in dr.actors
    )


RELATIVE_SUBJECTS = frozenset({"who", "that", "which"})


def _victim_then_doer(a: Draft, b: Draft) -> bool:
    """victim-then-doer: the same act told twice by the same verb, once by its victim with no doer ("a woman
    was stabbed in her home") and once by its doer with no other victim ("a man stabbed her with a tool"),
    is one happening: the mentions complete each other and name no two parties on one side. The verbs may
    differ when the victim's mention tells only the harm (``harm_results``: "a guard was wounded" / "a gunman
    shot him"); the doer must be the subject of the act, not its reporter."""
    harms = assembly_data().harm_results

    def told(victim: Draft, doer: Draft) -> bool:
        lemma = victim.trigger.token.lemma_.lower()
        if lemma != doer.trigger.token.lemma_.lower() and lemma not in harms:
            return False  # another act, unless the victim's mention tells only the harm ("was injured")
        return not victim.actors and bool(victim.recipients) and _active_doer(doer) and _open_parties(doer.recipients)

    return told(a, b) or told(b, a)


FRAGMENT_WORDS = 4


def _richness(dr: Draft) -> tuple[bool, int, int, int]:
    """The mention kept as the event's evidence: a full sentence over a fragment of a few words (a stray
    headline word), then the most filled, then a body mention over the headline, then the first."""
    filled = (
        bool(dr.actors) * 2
        + bool(dr.recipients)
        + (dr.place is not None)
        + (dr.date is not None and dr.date.precision != "publication")
    )
    words = sum(1 for t in dr.sent if t.is_alpha)
    return words >= FRAGMENT_WORDS, filled, "headline" not in dr.reasons, -dr.start


def _absorb(keep: Draft, other: Draft) -> None:
    _absorb_parties(keep, other)
    if keep.place is None and other.place is not None:
        keep.place = other.place
        keep.reasons["place"] = f"from another mention of the same event ('{other.trigger.token.text}')"
    if (keep.date is None or keep.date.precision == "publication") and other.date is not None and other.date.precision != "publication":
        keep.date = other.date
        keep.reasons["date"] = f"from another mention of the same event ('{other.trigger.token.text}')"
    elif _finer_date(other, keep):
        assert other.date is not None
        keep.date = other.date
        keep.reasons["date"] = f"finest-mention-date: the most specific date of its mentions ('{other.trigger.token.text}')"
    if keep.source is None and other.source is not None:
        keep.source = other.source
    if keep.counts is None and other.counts is not None:
        keep.counts = other.counts
    keep.mentions.append(other.sent)
    for key in ("headline_merged", "headline"):
        if key in other.reasons and key not in keep.reasons:
            keep.reasons[key] = other.reasons[key]
    keep.confidence = min(1.0, round(max(keep.confidence, other.confidence) + 0.05, 3))
    other.drop = True


def _absorb_parties(keep: Draft, other: Draft) -> None:
    """named-over-open: the merged event's parties are all its mentions' parties, but an actor a mention
    names outranks an inferred agent or an unresolved pronoun of another ("they are charged" / "the
    district attorney indicted X": the district attorney, not police), and a named recipient outranks a
    pronoun ("they were deported" / "400 pilgrims have been deported": the pilgrims)."""
    named = [*_named_actors(keep), *_named_actors(other)]
    if named and not _named_actors(keep):
        keep.reasons["actors"] = f"named-over-open: named by another mention of the same event ('{other.trigger.token.text}')"
    keep.actors = _dedupe(named) if named else keep.actors or other.actors  # two guesses are no better than one
    recipients = _dedupe([*keep.recipients, *other.recipients])
    keep.recipients = [p for p in recipients if not _open_party(p)] or recipients


def _finer_date(other: Draft, keep: Draft) -> bool:
    """finest-mention-date: another mention's explicit date is a finer one of the kept date ("in March" /
    "on March 14")."""
    if not (_explicit_date(other) and _explicit_date(keep)):
        return False
    assert other.date is not None and keep.date is not None
    x, y = other.date.value, keep.date.value
    return (len(x) > len(y) and x.startswith(y)) or _in_week(y, x)


PLACE_RANK = {"populated_place": 3, "admin2": 2, "region": 2, "other": 2, "admin1": 1, "country": 0}


def _inside(inner: EventPlace, outer: EventPlace, outer_feature: str | None) -> bool:
    if inner.country is None or inner.country != outer.country:
        return False
    return outer_feature == "country" or (outer_feature == "admin1" and inner.admin1 is not None and inner.admin1 == outer.admin1)


def _finest_place(d: Document, keep: Draft, group: Sequence[Draft]) -> None:
    """finest-mention-place: the merged event is where its most specific mention puts it ("a car bomb in
    central Turkey" and "in the city of Kayseri" is Kayseri), when that place lies inside the kept one."""
    if keep.place is None:
        return
    feats = {p.id: p.feature for p in d.places}
    kept = feats.get(keep.place.place_id or "")
    rank = PLACE_RANK.get(kept or "", 2)
    for dr in group:
        p = dr.place
        if p is not None and p.lat is not None and PLACE_RANK.get(feats.get(p.place_id or "") or "", 2) > rank and _inside(p, keep.place, kept):
            keep.place, rank = p, PLACE_RANK.get(feats.get(p.place_id or "") or "", 2)
            keep.reasons["place"] = f"finest-mention-place: the most specific place of its mentions ('{dr.trigger.token.text}')"


def _place_over_party_place(keep: Draft, group: Sequence[Draft]) -> None:
    """party-place-open: a merged event whose kept place is only a modifier of a party's name ("*Russia's*
    ambassador") is where another of its mentions puts it ("the attack in Ankara")."""
    if not _party_place(keep):
        return
    other = next((dr for dr in group if dr.place is not None and not _party_place(dr) and not _home_place(dr)), None)
    if other is not None:
        keep.place = other.place
        keep.reasons["place"] = f"party-place-open: where another mention puts it ('{other.trigger.token.text}'), not a party's country"


def _groups_one(g: Sequence[Draft], h: Sequence[Draft]) -> bool:
    """linked-groups: two groups of mentions are one happening when a mention of one is a mention of the
    other's happening by more than bareness (a mention with no party matches any of its type) and no two
    of their mentions break a hard constraint (``_may_be_one``)."""
    linked = any(not _unnamed(a) and not _unnamed(b) and same_happening(a, b) for a in g for b in h)
    return linked and all(_may_be_one(a, b) for a in g for b in h)


def _unnamed(dr: Draft) -> bool:
    return _bare(dr) or _open_mention(dr)


def _join_groups(groups: list[list[Draft]]) -> list[list[Draft]]:
    """Each draft joins the latest group all of whose mentions it matches, so a sentence's second mention
    may start a group of its own ("two were injured in police firing" after "police opened fire to
    disperse mobs", when "injured" came first): groups that are one happening are joined (``linked-groups``)."""
    joined = True
    while joined:
        joined = False
        for i, g in enumerate(groups):
            j = next((j for j in range(i + 1, len(groups)) if _groups_one(g, groups[j])), None)
            if j is not None:
                g.extend(groups.pop(j))
                joined = True
                break
    return groups


def merge_mentions(d: Document, drafts: list[Draft], data: AssemblyData) -> None:
    # nobody-hurt-apart: "no one was injured" tells that nothing happened to anyone; kept as a group's
    # evidence it would take the group's event with it when ``analyst-keep`` drops it
    live = [x for x in drafts if not x.drop and not (x.recipients and all(_nobody(r.name) for r in x.recipients))]
    groups: list[list[Draft]] = []
    for dr in live:
        target = next((g for g in reversed(groups) if all(same_happening(m, dr) for m in g)), None)
        if target is None:
            groups.append([dr])
        else:
            target.append(dr)
    groups = _join_groups(groups)
    for g in groups:
        if len(g) == 1:
            continue
        keep = max(g, key=_richness)
        for other in g:
            if other is not keep:
                _absorb(keep, other)
        _place_over_party_place(keep, g)
        _finest_place(d, keep, g)
        keep.reasons["merged"] = f"one happening mentioned {len(g)} times (all mentions kept as evidence)"


def event_place_of(place: Place, start: int | None = None, end: int | None = None) -> EventPlace:
    """An event's place from a resolved article place (and the mention that names it, if any); a mention of a
    part of it ("*southern* Wisconsin", ``direction-part``) puts it at that part's point."""
    out = EventPlace(name=place.name, place_id=place.id, lat=place.lat, lon=place.lon, country=place.country,
                     admin1=place.admin1, admin2=place.admin2, geonameid=place.geonameid, start=start, end=end)
    part = part_of(place.reasons, start)
    if part is not None:
        out.name, out.lat, out.lon = f"{part[0]} {place.name}", part[1], part[2]
    return out


def _story_part(place: Place) -> tuple[int, int] | None:
    """``direction-part-story``: the one part of a country or region the article sets its story in ("... in
    *southern* Wisconsin"), as the mention that names it; None when it names none or several."""
    parts = {(k, v.partition(":")[0]) for k, v in place.reasons.items() if k.startswith(PART_KEY)}
    if len({d for _, d in parts}) != 1:
        return None
    start = min(int(k[len(PART_KEY):]) for k, _ in parts)
    end = next((m.end for m in place.mentions if m.start == start), start)
    return start, end


def _dateline_place(d: Document) -> tuple[Place, int, int] | None:
    art = d.article
    if art is None or art.dateline_span is None:
        return None
    ds, de = art.dateline_span.start, art.dateline_span.end
    places = {p.id: p for p in d.places}
    for s, e, pid in d.slots.place_mentions:
        if s < de and e > ds and pid in places and places[pid].lat is not None:
            return places[pid], s, e
    return None


def _jurisdiction_mention(d: Document, start: int, end: int) -> bool:
    """``jurisdiction-apart``: a mention that only names an office's jurisdiction ("South Carolina Gov. Ann
    Lee", "the Kentucky senator", "Rep. Ann Lee, D-Westfield,") tells whom a person represents, not where
    the story is (see extract's ``title-place-apart`` and ``party-tag-apart``)."""
    from .extract import _party_tag_place, _title_place

    if _party_tag_place(d.text, start):
        return True
    span = d.doc.char_span(start, end, alignment_mode="expand") if d.doc is not None else None
    return span is not None and len(span) > 0 and _title_place(d, span[0].sent, start, end)


def _story_mentions(d: Document) -> dict[str, list[int]]:
    """The starts of each resolved place's mentions that may tell where the story is: no jurisdiction
    (``jurisdiction-apart``), no place one only comes from (``passing-place``), no subject of a deal or
    policy (``topic-place-apart``: "the *Iran* deal")."""
    return {
        p.id: [
            m.start for m in p.mentions
            if not _jurisdiction_mention(d, m.start, m.end) and not passing_place(d, m.start, m.end)
            and not topic_place(d, m.start, m.end)
        ]
        for p in d.places if p.lat is not None
    }


def _story_country(d: Document, story: Mapping[str, list[int]]) -> str | None:
    """story-country: the country most named, counting its places' mentions and its demonyms ("South
    Korean authorities"), when it is named more than any other."""
    counts: Counter[str] = Counter(c for c in d.slots.demonym_countries if c)
    for p in d.places:
        if p.country and p.lat is not None:
            counts[p.country] += len(story.get(p.id, ()))
    top = counts.most_common(2)
    return top[0][0] if top and (len(top) == 1 or top[0][1] > top[1][1]) else None


def _focus_place(d: Document) -> Place | None:
    """The most mentioned resolved place, preferring towns over regions over countries on ties, inside
    the story's country (``story-country``) when it has any; an office's jurisdiction counts no mention
    (``jurisdiction-apart``) nor one only come from (``passing-place``)."""
    rank = {"populated_place": 3, "admin2": 2, "region": 2, "admin1": 1, "country": 0}
    story = _story_mentions(d)
    cands = [p for p in d.places if story.get(p.id)]
    if not cands:
        return None
    country = _story_country(d, story)
    cands = [p for p in cands if p.country == country] or cands
    top = max(cands, key=lambda p: (len(story[p.id]), rank.get(p.feature or "", 1), -story[p.id][0]))
    town = _focus_town(cands, top, story)
    if town is None and top.feature == "country":
        town = _named_capital(d, top.country, story)
    return town or top


def _named_capital(d: Document, country: str | None, story: Mapping[str, list[int]]) -> Place | None:
    """``country-capital``: the national capital of ``country`` when the article names it where a story may be
    (a mention that is no jurisdiction, no mere origin: ``_story_mentions``)."""
    if country is None:
        return None
    return next((p for p in d.places if p.country == country and "capital" in p.reasons and story.get(p.id)), None)


FOCUS_TOWN_MENTIONS = 2


def _focus_town(cands: Sequence[Place], top: Place, story: Mapping[str, list[int]]) -> Place | None:
    """focus-town: a story most about a country or province is about its town named at least twice
    (the most named, the first on ties), not about the country's centre."""
    if top.feature not in ("country", "admin1"):
        return None
    towns = [
        p for p in cands
        if p.feature == "populated_place" and len(story[p.id]) >= FOCUS_TOWN_MENTIONS and p.country == top.country
        and (top.feature == "country" or p.admin1 == top.admin1)
    ]
    return max(towns, key=lambda p: (len(story[p.id]), -story[p.id][0])) if towns else None


def _finer_story_place(dr: Draft, story: EventPlace | None, story_feature: str | None, features: Mapping[str, str | None]) -> None:
    """finer-story-place: an event set only in a country or first-level region ("a southwest Ohio man was
    sentenced", "the president of Bulgaria pardoned them") is at the story's town (dateline, else focus
    place) when that town lies inside it."""
    assert dr.place is not None
    feature = features.get(dr.place.place_id or "")
    if story is None or story_feature != "populated_place" or feature not in ("country", "admin1"):
        return
    if _inside(story, dr.place, feature):
        dr.reasons["place"] = f"finer-story-place: the story's town ({story.name}) inside {dr.place.name}"
        dr.place = story.model_copy()


def _capital_place(d: Document, dr: Draft, features: Mapping[str, str | None], story: Mapping[str, list[int]]) -> None:
    """``country-capital``: an event set only in a country ("the president of Bulgaria pardoned them") is at
    that country's national capital when the article names it."""
    assert dr.place is not None
    if not story or features.get(dr.place.place_id or "") != "country":
        return
    capital = _named_capital(d, dr.place.country, story)
    if capital is not None:
        dr.reasons["place"] = f"country-capital: {capital.name}, the capital the article names, for {dr.place.name}"
        dr.place = event_place_of(capital)


def _sentence_dates(d: Document, start: int, end: int) -> set[str]:
    return {
        t.value[:10] for t in d.times
        if start <= t.start and t.end <= end and t.type in ("DATE", "TIME") and t.value and t.value[:1].isdigit()
        and not clock_only(t.text)
    }


def _same_time(a: set[str], b: set[str]) -> bool:
    """Every date of ``a`` agrees with one of ``b`` (one value a prefix of the other: "2016-03" and
    "2016-03-29"), or ``b`` names none."""
    return not b or all(any(x.startswith(y) or y.startswith(x) for y in b) for x in a)


def _narrative_place(
    d: Document, dr: Draft, story: EventPlace | None, country: str | None, dateline: bool
) -> EventPlace | None:
    """``narrative-place`` (:func:`.setting.narrative_place`): an event no mention of which names a place is
    where the sentences just before it set the story ("... the Faulkners' home in Oxford. The sheriff said two
    men set the house ablaze"), before the dateline's or the focus place: a town or county told as a
    setting, in the story's country (the dateline's, else the focus place's, else the most named), not an
    office's jurisdiction, in a sentence whose dates agree with the event's ("In another incident this month,
    ... a rally in X. Trump on Tuesday dismissed ..." is not at X)."""
    assert d.doc is not None
    places = {p.id: p for p in d.places}
    sent = dr.sent
    if any(sent.start_char <= s and e <= sent.end_char and (p := places.get(pid)) is not None and p.lat is not None
           for s, e, pid in d.slots.place_mentions):
        return None  # its own sentence names a place (of another clause): the fallback decides
    home = story.country if story is not None else country
    own = _sentence_dates(d, sent.start_char, sent.end_char)
    for s, e, pid in narrative_place(d, sent, places):
        p = places[pid]
        if home is not None and p.country != home:
            continue
        if _jurisdiction_mention(d, s, e):
            continue
        qi = quote_containing(d.quotes, s, e)
        if qi is not None and qi != quote_containing(d.quotes, dr.trigger.token.idx, dr.trigger.token.idx + 1):
            continue  # narrative-place-quote: a place in what someone said sets only the happening said
        told = d.doc.char_span(s, e, alignment_mode="expand")
        if told is None:
            continue
        # every sentence from the one that names the place to the event's own tells the same time
        if not _same_time(own | _sentence_dates(d, told.sent.end_char, sent.start_char), _sentence_dates(d, told.sent.start_char, told.sent.end_char)):
            return None
        if story is not None and (story.place_id == pid or (dateline and (story.country, story.admin1) != (p.country, p.admin1))):
            return None  # narrative-place-dateline: the dateline gives way to a town of its own region only
        out = event_place_of(p, s, e)
        dr.reasons["place"] = f"narrative-place: not in the sentence; the story is at {p.name} just before"
        return out
    return None


def place_fallback(d: Document, drafts: list[Draft], data: AssemblyData) -> None:
    dateline = _dateline_place(d)
    country = _focus_country(d)
    if dateline is not None and country is not None and dateline[0].country != country:
        dateline = None  # a bureau's dateline ("JAKARTA -") on a story about somewhere else
    focus = _focus_place(d) if dateline is None else None
    features = {p.id: p.feature for p in d.places}
    story = event_place_of(dateline[0], dateline[1], dateline[2]) if dateline is not None else (
        event_place_of(focus) if focus is not None else None)
    story_feature = features.get(story.place_id or "") if story is not None else None
    capital_story = _story_mentions(d) if any("capital" in p.reasons for p in d.places) else {}
    story_part = _story_part(focus) if focus is not None and focus.feature in ("country", "admin1") else None
    for dr in drafts:
        if dr.place is not None:
            if focus is not None and story_part is not None and dr.place.place_id == focus.id and part_of(focus.reasons, dr.place.start) is None:
                dr.place = event_place_of(focus, *story_part)  # direction-part-story: "in Wisconsin" is its one part told
                dr.reasons["place"] = f"direction-part-story: {dr.place.name}, the part of {focus.name} the story is set in"
            _finer_story_place(dr, story, story_feature, features)
            _capital_place(d, dr, features, capital_story)
            if dr.place.precision is None:
                dr.place.precision = GEO_PRECISION.get(features.get(dr.place.place_id or "") or "other", 2)
            continue
        narrated = _narrative_place(d, dr, story, country, dateline is not None)
        if narrated is not None:
            dr.place = narrated
        elif dateline is not None:
            place, s, e = dateline
            dr.place = event_place_of(place, s, e)
            dr.reasons["place"] = f"not in the sentence: the dateline's place ({place.name})"
        elif focus is not None:
            dr.place = event_place_of(focus, *story_part) if story_part is not None else event_place_of(focus)
            dr.reasons["place"] = f"not in the sentence: the article's focus place ({dr.place.name})"
        else:
            continue
        dr.place.precision = max(2, GEO_PRECISION.get(features.get(dr.place.place_id or "") or "other", 2))


def _undated(d: Document, dr: Draft) -> bool:
    """No date of its own: the publication default, or a bare clock time with no day in its sentence."""
    if dr.date is None or dr.date.precision == "publication":
        return True
    return clock_only(dr.date.text) and day_in(d.times, dr.sent.start_char, dr.sent.end_char) is None


def _told_verb(dr: Draft) -> Token:
    """The verb whose tense tells when the event was done: its trigger's clause, or for a request made by
    saying what a party should do ("Bitta *said* the Congress should rethink the law": deontic-demand) the
    saying's (``demand-said-tense``)."""
    tok = dr.trigger.token
    if dr.trigger.key == DEMAND_KEY and tok.head.i != tok.i and tok.head.pos_ in ("VERB", "AUX"):
        return clause_head(tok.head)
    return clause_head(tok)


def _past_day_in(d: Document, sent: SpacySpan) -> bool:
    """The sentence names a day on or before publication ("no incident *on saturday*, adding curfew had been
    lifted"): the time its past perfect lies before."""
    published = (d.article.published if d.article else None) or "9999"
    return any(
        sent.start_char <= t.start and t.end <= sent.end_char and (day := day_in([t], t.start, t.end)) is not None
        and (day.value or "")[:10] <= published[:10]
        for t in d.times
    )


def narrative_date(d: Document, drafts: list[Draft], data: AssemblyData) -> None:
    """``narrative-day`` (see :mod:`.setting`): an event no mention of which dates it takes the day
    the story is on in the sentences just before it (a bare clock time keeps its hour)."""
    for dr in drafts:
        verb = _told_verb(dr)
        if not _undated(d, dr) or (past_perfect(verb) and _past_day_in(d, dr.sent)):
            continue  # past-perfect-date: an act before its sentence's own day takes no day from before
        simple_past = told_in_simple_past(verb)
        if simple_past and dr.date is not None and not clock_only(dr.date.text):
            past = past_narrative_date(d, dr.sent)
            if past is not None and past.value:  # the sentence just before is set at an earlier date
                _set_past_narrative(d, dr, past)
                continue
        t, rule = narrative_day(d, dr.sent), "narrative-day"
        if t is None and (narrated_past(verb) or story_past_perfect(verb)):
            t, rule = story_day(d, dr.sent), "story-day" if simple_past else (
                "story-day-perfect" if present_perfect(verb) else
                "story-day-past-perfect" if past_perfect(verb) else
                "story-day-aspect" if verb.dep_ == "xcomp" else "story-day-participle")
            if t is None:
                t, rule = story_day_ahead(d, dr.sent), "story-day-ahead"
        elif t is None and headline_present(verb):
            t, rule = story_day_ahead(d, dr.sent), "story-day-headline"
        if t is None or not t.value:
            continue
        clock = dr.date is not None and clock_only(dr.date.text)
        value = with_day(dr.date.value, t.value) if clock and dr.date is not None else t.value[:10]
        dr.date = EventDate(value=value, text=dr.date.text if clock and dr.date else t.text, precision="day",
                            start=dr.date.start if clock and dr.date else t.start,
                            end=dr.date.end if clock and dr.date else t.end)
        dr.reasons["date"] = f"{rule}: no day in its sentence; the story is on '{t.text}' ({t.value[:10]}) " + (
            "just before" if rule == "narrative-day" else "(the first day the report names, just after its lead)"
            if rule in ("story-day-ahead", "story-day-headline") else "(the one day the report names before it)")


def _set_past_narrative(d: Document, dr: Draft, t: TimeExpr) -> None:
    """past-narrative-date (see :mod:`.setting`): the earlier story's date, and a historical status when
    that date lies a year or more before publication."""
    from .extract import HISTORICAL_DAYS, _is_historical

    assert t.value is not None
    precision = precision_of(t.value) or "day"
    dr.date = EventDate(value=t.value if precision != "day" else t.value[:10], text=t.text, precision=precision,  # type: ignore[arg-type]
                        start=t.start, end=t.end)
    dr.reasons["date"] = (f"past-narrative-date: no date in its sentence; the sentence before is set at '{t.text}' "
                          f"({t.value}), outside the week before publication")
    if dr.status in ("asserted", "claimed") and _is_historical(dr.date, d.article.published if d.article else None):
        dr.status = "historical"
        dr.reasons["status"] = f"past-narrative-date: {HISTORICAL_DAYS} days or more before publication"


def date_fallback(d: Document, drafts: list[Draft], data: AssemblyData) -> None:
    """No date in any mention: the publication date is only the latest the event can be — said so, with
    the week-level precision (ACLED time_precision 2) the record's ``precision: publication`` stands for."""
    for dr in drafts:
        if dr.date is not None and dr.date.precision == "publication" and "date" not in dr.reasons:
            dr.reasons["date"] = (
                "not stated in any mention: the publication date, as the latest day it can have happened "
                "(precision 'publication' = within the week before; ACLED time_precision 2)"
            )


WEEK_VALUE = re.compile(r"^(\d{4})-W(\d{2})$")


def _week_day(value: str, published: str | None, future: bool) -> str | None:
    """The middle day of ISO week ``value`` on the event's side of the publication date: the days up to it
    for a past event ("earlier this week" in a Friday story: Monday to Friday), from it for a future one."""
    m = WEEK_VALUE.match(value)
    if m is None:
        return None
    try:
        monday = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
    except ValueError:
        return None
    lo, hi = monday, monday + dt.timedelta(days=6)
    pub = None
    if published:
        try:
            pub = dt.date.fromisoformat(published[:10])
        except ValueError:
            pub = None
    if pub is not None and lo <= pub <= hi:
        lo, hi = (pub, hi) if future else (lo, pub)
    return (lo + dt.timedelta(days=(hi - lo).days // 2)).isoformat()


def week_day(d: Document, drafts: list[Draft], data: AssemblyData) -> None:
    """``week-day``: an event dated only to a week ("last week", "earlier this week") takes that week's
    middle day before (after, if future) the publication date as its day, at the week precision
    (ACLED time_precision 2 dates such an event to a day of the week and says it is the week)."""
    for dr in drafts:
        if dr.date is None or dr.date.precision != "week":
            continue
        published = d.article.published if d.article else None
        day = _week_day(dr.date.value, published, dr.status == "future")
        if day is None:
            continue
        dr.reasons["date"] = f"week-day: '{dr.date.text}' ({dr.date.value}) dated to its middle day {day}, precision week"
        dr.date = dr.date.model_copy(update={"value": day})


def _named_actor(dr: Draft) -> bool:
    """Whether the event has an actor the text names: a conventional agent supplied for an agentless
    arrest is no actor of a hypothetical one ("if one were to hear about the arrests")."""
    inferred = dr.reasons.get("actors", "").startswith("not named")
    return bool(dr.actors) and not (inferred and dr.status == "hypothetical")


_NOBODY = frozenset({"no one", "nobody", "none", "no-one", "noone"})


def _nobody(name: str) -> bool:
    """'no one', 'nobody else', 'none of the passengers': a recipient that says nobody was affected."""
    low = " ".join(name.lower().split())
    return any(low == w or low.startswith((w + " else", w + " of ")) for w in _NOBODY)


def _none_of(text: str, parties: Sequence[EventActor]) -> bool:
    """Every party is negated by a preceding 'no' ("*no* civilians were harmed", "*no* political party
    which preaches violence will survive"): the event says nobody took part."""
    if not parties:
        return False
    for p in parties:
        if p.start is None:
            return False
        if text[p.start : p.start + 3].lower() == "no ":
            continue
        before = re.findall(r"[a-z]+", text[max(0, p.start - 12) : p.start].lower())
        if not before or before[-1] != "no" or text[p.start - 1 : p.start] == "-":
            return False
    return True


def _denial_by_source(dr: Draft) -> bool:
    """denial-by-a-party: a denial verb ("X denied that …", "X dismissed reports of …") makes a denied
    event someone's statement worth keeping; a plain negation near the event word in reported speech
    ("there was no mention of shooting", "the cause of the explosion has not been determined") does not."""
    return dr.status == "denied" and dr.source is not None and dr.reasons.get("status", "").startswith("denied by")


_NAME_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def _accused_party(d: Document, dr: Draft) -> bool:
    """accused-party: an ACCUSE told as an agentless passive verb whose subject is a named party ("Senator
    Holt was accused of breaking the rules", "Acme Corp was criticised over the delays") is coded against
    that party with its accuser unnamed. A pronoun, a common noun ("the three are accused of killing ...",
    "a man held in the jail is accused of ...", in crime news the charge already told) or a noun trigger
    names no one to code."""
    tok = dr.trigger.token
    if dr.type != "ACCUSE" or dr.trigger.is_noun or dr.status not in ("asserted", "claimed") or d.doc is None:
        return False
    if any(c.dep_ == "agent" for c in tok.children) or not any(c.dep_ in ("nsubjpass", "nsubj:pass") for c in tok.children):
        return False
    for r in dr.recipients:
        span = d.doc.char_span(r.start, r.end, alignment_mode="expand") if r.start is not None and r.end is not None else None
        if span is None or (span.root.ent_type_ not in _NAME_LABELS and r.actor_id is None):
            return False
    return bool(dr.recipients)


SCORELINE = re.compile(r"(?<![\d./:-])\d{1,3}\s?-\s?\d{1,3}(?![\d./:-]|\s?(?:year|month|week|day|hour|minute)s?\b)")
"""A game's score ("beat Rovers 2-1", "a 24 - 17 win"), not a date, a time, a range of ages or a ratio."""
SPORTS_PAGE_MIN_CUES = 4


def _sports_words(text: str, cues: frozenset[str]) -> set[str]:
    return {w for w in re.findall(r"[a-z]+(?:-[a-z]+)?", text.lower()) if w in cues}


def sports_page(d: Document, drafts: list[Draft], data: AssemblyData) -> None:
    """sports-page: an article that reports games — a scoreline ("2-1") and at least
    ``SPORTS_PAGE_MIN_CUES`` distinct words of ``sports_cues`` (goal, striker, coach, league, innings, …) —
    tells results in the words of fighting and politics: a side "beat", "attacked" or "threatened"
    another, a coach "refused to blame the referee", a team "pushed for an equaliser". There an event of
    ``sports_contest_types`` is a game, no event, when its sentence holds a sports word or a scoreline or
    its trigger is a contest verb (``sports_contest_verbs``: beat, clash, thrash …), unless the sentence
    tells something off the field (``off_field_words``: police, riot, arrested, injured, …: "fans clashed
    with police after the match" stays). Legal steps and sanctions ("the club was fined by the league")
    are not in the types and stay."""
    if not drafts or not SCORELINE.search(d.text) or len(_sports_words(d.text, data.sports_cues)) < SPORTS_PAGE_MIN_CUES:
        return
    for dr in drafts:
        if dr.drop or dr.type not in data.sports_contest_types:
            continue
        sent = span_text(dr.sent)
        if _sports_words(sent, data.off_field_words):
            continue
        cue = _sports_words(sent, data.sports_cues) or SCORELINE.search(sent) or _listed(dr.trigger.token, data.sports_contest_verbs)
        if cue:
            dr.drop = True
            dr.reasons["dropped"] = f"sports-page: '{dr.trigger.token.text}' tells a game on a sports page, no event"


def modal_act(d: Document, drafts: list[Draft], data: AssemblyData) -> None:
    """modal-act: an act told under a modal of possibility ('legislators *might* support', 'the commissioner
    *could* refuse', 'we *can* all agree', 'the group *would* also challenge', 'he *could have* requested a
    recount') or asked in a yes/no question is a possibility, a stance or a guess, no happening, whoever
    its actor (analyst-keep drops such acts only when they name no actor). A threat stays (a threat is
    conditional by nature: 'could strike back'), and so does a 'would' that tells the future of a past
    announcement ('said he would visit', status future, modality.future_in_past)."""
    for dr in drafts:
        if dr.status != "hypothetical" or dr.type == "THREATEN":
            continue
        dr.drop = True
        dr.reasons["dropped"] = f"modal-act: '{dr.trigger.token.text}' is told as a possibility or a question, no happening"


def analyst_keep(d: Document, drafts: list[Draft], data: AssemblyData) -> None:
    for dr in drafts:
        if dr.drop:
            continue
        sent_text = span_text(dr.sent)
        if sent_text.count("\u00c2") >= 3 or "related stories" in sent_text.lower():
            dr.drop = True  # link titles glued by mis-decoded non-breaking spaces: page furniture
        elif (
            dr.status in ("denied", "hypothetical", "future") and not _named_actor(dr) and dr.type not in ("THREATEN",)
            and not dr.reasons.get("actors", "").startswith("negated")  # "the army did not attack": a denial kept
            and not _denial_by_source(dr)  # "X dismissed reports of clashes"
        ):
            dr.drop = True  # "no one was injured", "too early to tell whether the explosion …"
        elif any(_nobody(r.name) for r in dr.recipients) or _none_of(d.text, dr.actors) or _none_of(d.text, dr.recipients):
            dr.drop = True  # "no one was hurt", "no civilians were harmed", "no party that preaches violence"
        elif dr.type in VERBAL and not dr.actors and not _accused_party(d, dr):
            dr.drop = True  # an accusation or request by no one cannot be coded
        elif not dr.actors and not dr.recipients and dr.type not in data.participant_free_types:
            dr.drop = True


def _told_as_happening(tok: Token, verbs: frozenset[str], staging: frozenset[str] = frozenset()) -> bool:
    """The noun (or the first of its conjuncts) is the subject of an occurrence verb ('riots *broke out*'),
    the object of a staging verb ('*staged* a flag march') or what an existential 'there was' introduces
    ('there was a shooting')."""
    while tok.dep_ == "conj" and tok.head is not tok:
        tok = tok.head
    if tok.dep_ in ("attr", "nsubj") and tok.head.lemma_ == "be" and any(c.dep_ == "expl" for c in tok.head.children):
        return True
    if tok.dep_ in ("dobj", "obj", "npadvmod") and _listed(tok.head, staging) and tok.head.dep_ != "pcomp":  # not "bans on organising rallies"
        return True
    return tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_.lower() in verbs


NOMINAL_PARTICIPLE_DEPS = frozenset({"nsubj", "nsubjpass", "pobj", "dobj", "obj", "amod"})


def _nominal(dr: Draft) -> bool:
    """The trigger names the happening as a thing: an event noun, or a participle standing as a noun
    ('four of *the injured*', 'the wounded' read as a modifier). An attack noun with no party ('the Orlando
    shooting', 'we heard the blast', 'reports of clashes') still tells an attack; only a participle
    standing for its victims ('the injured') is read so for ASSAULT."""
    tok = dr.trigger.token
    after_det = tok.i > 0 and tok.nbor(-1).tag_ == "DT"  # "the injured" however it is parsed
    participle = not dr.trigger.is_noun and tok.tag_ in ("VBN", "VBG") and (tok.dep_ in NOMINAL_PARTICIPLE_DEPS or after_det)
    return participle or (dr.trigger.is_noun and dr.type != "ASSAULT")


def protest_without_protesters(d: Document, drafts: list[Draft], data: AssemblyData) -> None:
    """protest-without-protesters: an event noun of a type that may stand without parties (a protest, a
    riot, a shooting, arrests, a deployment; ``participant_free_types``) with neither a doer nor a target
    ('lost their books in the riots', 'termed the riots unprecedented', 'four of the injured suffered
    cuts') refers to a known happening, no fresh event; one told as happening ('riots broke out in the old
    city', 'there was a shooting') stays."""
    for dr in drafts:
        tok = dr.trigger.token
        if dr.type not in data.participant_free_types or dr.actors or dr.recipients or not _nominal(dr):
            continue
        if not _told_as_happening(tok, data.occurrence_verbs, data.staging_verbs):
            dr.drop = True
            dr.reasons["dropped"] = f"protest-without-protesters: '{tok.text}' names no party and is not told as happening"


def non_specific_party(d: Document, drafts: list[Draft], data: AssemblyData) -> None:
    """'could not build a case to arrest *anyone*', 'hope to charge *anyone* involved': a legal step whose
    only party is a non-specific 'anyone' (a negative-polarity or free-choice word: negation, a wish, a
    condition) has not happened to anybody; no event."""
    for dr in drafts:
        if dr.type.lower() not in data.legal_step_types or dr.trigger.is_noun:
            continue
        tok = dr.trigger.token
        parties = [c for c in tok.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
        if parties and all(c.lower_ in data.non_specific_parties for c in parties):
            dr.drop = True
            dr.reasons["dropped"] = f"non-specific-party: '{tok.text} {parties[0].text}' is done to no one in particular"


def _visited_place(d: Document, r: EventActor) -> Place | None:
    """The place (not a country) a recipient phrase names, if it is a place mention of the document."""
    if r.start is None or r.end is None:
        return None
    ids = {pid for s, e, pid in d.slots.place_mentions if r.start <= s < r.end or s <= r.start < e}
    places = [p for p in d.places if p.id in ids]
    return places[0] if places and all(p.feature != "country" for p in places) else None


def place_visit(d: Document, drafts: list[Draft], data: AssemblyData) -> None:
    """place-visit: visiting a town or a province of one's own country ('a four-member team visited gujarat',
    'justice verma will visit godhra') is a trip, no meeting of parties; a visit to another country or to a
    foreign party's town ('Tillerson visited Ankara') stays a CONSULT with that place as its host."""
    for dr in drafts:
        if dr.type != "CONSULT" or dr.trigger.token.lemma_.lower() not in data.visit_verbs or not dr.recipients:
            continue
        own = {a.country for a in dr.actors if a.country}
        visited = [(r, _visited_place(d, r)) for r in dr.recipients]
        trips = [r for r, p in visited if p is not None and (not own or p.country in own)]
        if not trips:
            continue
        dr.recipients = [r for r in dr.recipients if r not in trips]
        dr.reasons["recipients"] = "place-visit: " + ", ".join(repr(r.name) for r in trips) + " is a place visited, no party"
        if not dr.recipients:
            dr.drop = True
            dr.reasons["dropped"] = f"place-visit: a trip to '{trips[0].name}', no party met"


Rule = Callable[[Document, list["Draft"], AssemblyData], None]
RULES: tuple[tuple[str, Rule], ...] = (
    ("legal-frame", legal_frame),
    ("offence-name", offence_name),
    ("word-sense", word_sense),
    ("sports-page", sports_page),
    ("block-sense", block_sense),
    ("strike-sense", strike_sense),
    ("requested-act", requested_act),
    ("sought-outcome", sought_outcome),
    ("non-specific-party", non_specific_party),
    ("deontic-content", deontic_content),
    ("possible-act", possible_act),
    ("conditional-act", conditional_act),
    ("descriptive-compound", descriptive_compound),
    ("aftermath-reference", aftermath_reference),
    ("bereaved-reference", bereaved_reference),
    ("background-reference", background_reference),
    ("wished-act", wished_act),
    ("expected-act", expected_act),
    ("relative-background", relative_background),
    ("held-accords", held_accords),
    ("audience-reaction", audience_reaction),
    ("absent-party", absent_party),
    ("idiom-subject", idiom_subject),
    ("undergoer-frame", undergoer_frame),
    ("seized-property", seized_property),
    ("captured-suspect", captured_suspect),
    ("eased-restriction", eased_restriction),
    ("threat-vow", threat_vow),
    ("promised-act", promised_act),
    ("threat-condition-target", threat_condition_target),
    ("verbal-attack", verbal_attack),
    ("advice-warning", advice_warning),
    ("type-overrides", type_overrides),
    ("proposed-measure", proposed_measure),
    ("praise-offer", praise_offer),
    ("signed-accord", signed_accord),
    ("aid-deployment", aid_deployment),
    ("deployed-force", deployed_force),
    ("relief-deployment", relief_deployment),
    ("recipients-are-parties", recipients_are_parties),
    ("denial-accuser", denial_accuser),
    ("place-visit", place_visit),
    ("demand-target", demand_target),
    ("default-agent", default_agent),
    ("reporter-status", reporter_status),
    ("neutral-source", neutral_source),
    ("purpose-clause", purpose_clause),
    ("conjoined-acts", conjoined_acts),
    ("merge-mentions", merge_mentions),
    ("place-fallback", place_fallback),
    ("narrative-day", narrative_date),
    ("date-fallback", date_fallback),
    ("week-day", week_day),
    ("protest-without-protesters", protest_without_protesters),
    ("modal-act", modal_act),
    ("analyst-keep", analyst_keep),
)


def assemble(d: Document, drafts: list[Draft], skip: frozenset[str] = frozenset()) -> None:
    """Run the assembly rules in order over the live drafts (``skip`` names rules to leave out)."""
    data = assembly_data()
    for name, rule in RULES:
        if name in skip:
            continue
        rule(d, [x for x in drafts if not x.drop], data)


def mention_spans(d: Document, dr: Draft) -> list[Span]:
    out: list[Span] = []
    for sent in dr.mentions:
        s, e = sent.start_char, sent.end_char
        while e > s and d.text[e - 1].isspace():
            e -= 1
        out.append(d.span(s, e))
    return out


# Where a draft of these types is left with no recipient, the partner a rule finds elsewhere in its
# sentence: (rule name, event types, finder, words of the reason). The first that finds one decides.
PARTNER_FALLBACKS: tuple[tuple[str, frozenset[str], Callable[[Document, Draft, AssemblyData], EventActor | None], str], ...] = (
    ("talk-setting-partner", TALK_TYPES, _talk_setting_partner, "the talks were with"),
    ("aid-beneficiary", frozenset({"AID"}), _aid_beneficiary, "given for"),
)
