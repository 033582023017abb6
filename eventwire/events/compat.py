"""Compatibility codes: ACLED event type / sub-event type and CASE 2021 labels from a PLOVER event.

ACLED's taxonomy (event types Battles, Violence against civilians, Explosions/Remote violence,
Protests, Riots, Strategic developments) is keyed here on the PLOVER type, mode and the sectors of
the actors involved. CASE 2021 task 2 labels are the ACLED sub-event types plus a few extra classes.
"""

from __future__ import annotations

from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ..errors import DataError
from ..lexicons import data_json, overlay_key
from ..schema import Acled

ARMED_SECTORS = frozenset({"MIL", "REB", "INS", "SPY", "PMC", "MIL-police", "COP", "POL", "ARMED", "MILITIA", "UAF"})
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "POL", "JUD"})
CIVILIAN_SECTORS = frozenset({"CVL", "MED", "EDU", "REL", "NGO", "BUS", "LAB", "REF", "AGR", "HLH", "ETH", "JRN"})

CASE_OF_SUBEVENT: dict[str, str] = {
    "Abduction/forced disappearance": "ABDUCT_DISSAP",
    "Agreement": "AGREEMENT",
    "Air/drone strike": "AIR_STRIKE",
    "Armed clash": "ARMED_CLASH",
    "Arrests": "ARREST",
    "Shelling/artillery/missile attack": "ART_MISS_ATTACK",
    "Attack": "ATTACK",
    "Change to group/activity": "CHANGE_TO_GROUP_ACT",
    "Chemical weapon": "CHEM_WEAP",
    "Disrupted weapons use": "DISR_WEAP",
    "Excessive force against protesters": "FORCE_AGAINST_PROTEST",
    "Government regains territory": "GOV_REGAINS_TERIT",
    "Grenade": "GRENADE",
    "Headquarters or base established": "HQ_ESTABLISHED",
    "Mob violence": "MOB_VIOL",
    "Non-state actor overtakes territory": "NON_STATE_ACTOR_OVERTAKES_TER",
    "Non-violent transfer of territory": "NON_VIOL_TERRIT_TRANSFER",
    "Other": "OTHER",
    "Peaceful protest": "PEACE_PROTEST",
    "Looting/property destruction": "PROPERTY_DISTRUCT",
    "Protest with intervention": "PROTEST_WITH_INTER",
    "Remote explosive/landmine/IED": "REM_EXPLOS",
    "Sexual violence": "SEX_VIOL",
    "Suicide bomb": "SUIC_BOMB",
    "Violent demonstration": "VIOL_DEMONSTR",
}
CASE_LABELS: tuple[str, ...] = (*sorted(CASE_OF_SUBEVENT.values()), "DIPLO", "ATTRIB", "ORG_CRIME",
                                "NATURAL_DISASTER", "MAN_MADE_DISASTER")

_EVENT_TYPE_OF_SUB: dict[str, str] = {
    "Armed clash": "Battles",
    "Government regains territory": "Battles",
    "Non-state actor overtakes territory": "Battles",
    "Chemical weapon": "Explosions/Remote violence",
    "Air/drone strike": "Explosions/Remote violence",
    "Suicide bomb": "Explosions/Remote violence",
    "Shelling/artillery/missile attack": "Explosions/Remote violence",
    "Remote explosive/landmine/IED": "Explosions/Remote violence",
    "Grenade": "Explosions/Remote violence",
    "Violent demonstration": "Riots",
    "Mob violence": "Riots",
    "Peaceful protest": "Protests",
    "Protest with intervention": "Protests",
    "Excessive force against protesters": "Protests",
    "Sexual violence": "Violence against civilians",
    "Attack": "Violence against civilians",
    "Abduction/forced disappearance": "Violence against civilians",
    "Agreement": "Strategic developments",
    "Arrests": "Strategic developments",
    "Change to group/activity": "Strategic developments",
    "Disrupted weapons use": "Strategic developments",
    "Headquarters or base established": "Strategic developments",
    "Looting/property destruction": "Strategic developments",
    "Non-violent transfer of territory": "Strategic developments",
    "Other": "Strategic developments",
}


@dataclass(frozen=True)
class AcledTables:
    """The word tables of ``eventwire/data/events/acled.json`` (with the user overlay). A cue is one
    word or an adjacent phrase of two to four words (see :func:`cue_words`)."""

    assault_words: tuple[tuple[str, str], ...]
    assault_modes: dict[str, str]
    civilian: frozenset[str]
    protest: frozenset[str]
    lethal: frozenset[str]
    dispersal: frozenset[str]
    riot: frozenset[str]
    protester_actors: frozenset[str]
    retake: frozenset[str]
    weapon_seizure: frozenset[str]
    case_override: tuple[tuple[str, tuple[str, ...]], ...]
    case_no_event: tuple[tuple[str, tuple[str, ...]], ...]


def _cue(text: str) -> str:
    return " ".join(str(text).lower().split())


def _labelled_cues(rows: list[list[Any]]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    return tuple((str(label), tuple(_cue(c) for c in cues)) for label, cues in rows)


_WORD_KEYS = ("civilian_words", "protest_words", "lethal_words", "dispersal_words", "riot_words",
              "protester_actor_words", "retake_words", "weapon_seizure_words")


@lru_cache(maxsize=4)
def _tables(overlay: str | None) -> AcledTables:
    data = data_json("events/acled.json")
    subs = {str(sub) for _, sub in data["assault_word_subevents"]} | {str(v) for v in data["assault_mode_subevents"].values()}
    unknown = subs - set(_EVENT_TYPE_OF_SUB)
    if unknown:
        raise DataError(f"eventwire/data/events/acled.json: unknown ACLED sub-event types {sorted(unknown)}")
    words = {k: frozenset(_cue(w) for w in data[k]) for k in _WORD_KEYS}
    return AcledTables(
        assault_words=tuple((_cue(c), str(sub)) for c, sub in data["assault_word_subevents"]),
        assault_modes={str(k): str(v) for k, v in data["assault_mode_subevents"].items()},
        civilian=words["civilian_words"], protest=words["protest_words"], lethal=words["lethal_words"],
        dispersal=words["dispersal_words"], riot=words["riot_words"],
        protester_actors=words["protester_actor_words"], retake=words["retake_words"],
        weapon_seizure=words["weapon_seizure_words"],
        case_override=_labelled_cues(data["case_override_labels"]),
        case_no_event=_labelled_cues(data["case_no_event_labels"]),
    )


def tables() -> AcledTables:
    """The ACLED / CASE word tables in force (cached per lexicon overlay)."""
    return _tables(overlay_key())


def cue_words(tokens: Iterable[str], lemmas: Iterable[str] = ()) -> frozenset[str]:
    """The words a cue is matched against: the lower-cased tokens and lemmas, and the token bigrams,
    trigrams and four-grams (a cue "car bomb" or "fire broke" asks for adjacent words)."""
    toks = [t.lower() for t in tokens if t.strip()]
    grams = {" ".join(toks[i : i + n]) for n in (2, 3, 4) for i in range(len(toks) - n + 1)}
    return frozenset({*toks, *(x.lower() for x in lemmas), *grams})


def _first_sub(w: AbstractSet[str], t: AcledTables) -> str | None:
    """The sub-event of the first weapon / setting cue found in ``w`` (the table's order)."""
    return next((sub for cue, sub in t.assault_words if cue in w), None)


def _force_on_protest(w: AbstractSet[str], t: AcledTables) -> str | None:
    """ACLED's codebook: force on a protest is "Excessive force against protesters" when it is lethal or
    seriously injures, "Protest with intervention" when it disperses (tear gas, batons, arrests)."""
    if not t.protest & w:
        return None
    tear = bool({"tear", "teargas", "tear-gas"} & w)
    if t.lethal & w or ("fire" in w and not tear):
        return "Excessive force against protesters"
    if t.dispersal & w:
        return "Protest with intervention"
    return None


def _assault_sub(mode: str, w: AbstractSet[str], actors: set[str], recips: set[str],
                 actor_words: AbstractSet[str], t: AcledTables) -> str:
    """ACLED sub-event of an ASSAULT: state force on a protest; protesters' own violence (a riot);
    weapon and setting cues; territory taken or retaken; the mode; then who the target is."""
    if actors & STATE_SECTORS or "police" in w:
        force = _force_on_protest(w, t)  # state forces acting on a protest: a Protests event, not a battle
        if force is not None:
            return force
    if actor_words & t.protester_actors:
        return "Violent demonstration"
    sub = _first_sub(w, t)
    if sub is not None:
        return sub
    if mode == "seize" or t.retake & w:
        state = bool(actors & STATE_SECTORS) and not actors & {"REB", "INS"}
        return "Government regains territory" if state or t.retake & w else "Non-state actor overtakes territory"
    sub = t.assault_modes.get(mode)
    if sub is not None:
        return sub
    if recips & CIVILIAN_SECTORS or (not recips & ARMED_SECTORS and t.civilian & w):
        return "Attack"
    return "Armed clash"


_COERCE_CUE_SUBS = frozenset({"Sexual violence", "Abduction/forced disappearance", "Disrupted weapons use"})


def _coerce_sub(mode: str, w: AbstractSet[str], t: AcledTables) -> str:
    """ACLED sub-event of a COERCE: arrests; sexual violence, abduction or a defused / intercepted
    weapon named in the sentence; seized weapons; looting; force on a protest; else Other."""
    if mode == "arrest":
        return "Arrests"
    sub = _first_sub(w, t)
    if sub in _COERCE_CUE_SUBS:
        return str(sub)
    if mode == "seize" and t.weapon_seizure & w:
        return "Disrupted weapons use"
    if mode == "seize" and {"loot", "looting", "property", "shop", "house", "vehicle"} & w:
        return "Looting/property destruction"
    force = _force_on_protest(w, t)
    if force:
        return force
    if mode == "seize":
        return "Non-violent transfer of territory" if "territory" in w else "Looting/property destruction"
    return "Other"


def acled_for(
    event_type: str,
    mode: str,
    words: Iterable[str] = (),
    actor_sectors: Iterable[str] = (),
    recipient_sectors: Iterable[str] = (),
    actor_words: Iterable[str] = (),
) -> Acled | None:
    """The ACLED event type and sub-event type for a PLOVER event, where one applies.

    ``words`` are the lower-cased tokens, lemmas and token n-grams of the trigger's sentence
    (:func:`cue_words`: weapon and setting cues); ``actor_words`` the lower-cased words of the
    actors' names (protesters who attack make a riot).
    """
    t = tables()
    w = set(words)
    actors, recips = set(actor_sectors), set(recipient_sectors)
    sub: str | None = None
    if event_type == "ASSAULT":
        sub = _assault_sub(mode, w, actors, recips, {x.lower() for x in actor_words}, t)
    elif event_type == "PROTEST":
        if mode == "riot" or t.riot & w:
            sub = "Violent demonstration"
        elif {"disperse", "tear", "teargas", "tear-gas", "baton", "lathicharge", "arrest", "detain"} & w:
            sub = "Protest with intervention"
        else:
            sub = "Peaceful protest"
    elif event_type == "COERCE":
        sub = _coerce_sub(mode, w, t)
    elif event_type in ("AGREE", "RETREAT", "CONCEDE") and (
        {"agreement", "ceasefire", "cease-fire", "truce", "deal", "accord", "treaty", "pact", "sign"} & w
        or mode == "ceasefire"
    ):
        sub = "Agreement"
    elif event_type == "RETREAT" and mode in ("withdraw", "disarm"):
        sub = "Non-violent transfer of territory" if {"territory", "town", "city", "area", "base"} & w else "Change to group/activity"
    elif event_type == "MOBILIZE":
        sub = "Headquarters or base established" if {"base", "headquarters", "camp"} & w else "Change to group/activity"
    if sub is None:
        return None
    return Acled(event_type=_EVENT_TYPE_OF_SUB[sub], sub_event_type=sub)


def case_override(w: AbstractSet[str]) -> str | None:
    """A CASE 2021 label the snippet's words give whatever its events are (a claim of
    responsibility is ATTRIB, a cartel's killing ORG_CRIME), or None."""
    return next((lab for lab, cues in tables().case_override if any(c in w for c in cues)), None)


def case_without_event(w: AbstractSet[str]) -> str | None:
    """A CASE 2021 label for a snippet with no political event (a disaster), or None."""
    return next((lab for lab, cues in tables().case_no_event if any(c in w for c in cues)), None)


def case_label(acled: Acled | None, plover_type: str | None) -> str:
    """The CASE 2021 task-2 label for an event (``OTHER`` when nothing fits)."""
    if acled is not None and acled.sub_event_type in CASE_OF_SUBEVENT:
        return CASE_OF_SUBEVENT[acled.sub_event_type]
    if plover_type in ("AGREE", "CONSULT", "SUPPORT", "REQUEST", "REJECT", "ACCUSE", "THREATEN", "SANCTION", "COOPERATE", "AID", "CONCEDE"):
        return "DIPLO"
    return "OTHER"
