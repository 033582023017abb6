"""Compatibility codes: ACLED event type / sub-event type and CASE 2021 labels from a PLOVER event.

ACLED's taxonomy (event types Battles, Violence against civilians, Explosions/Remote violence,
Protests, Riots, Strategic developments) is keyed here on the PLOVER type, mode and the sectors of
the actors involved. CASE 2021 task 2 labels are the ACLED sub-event types plus a few extra classes.
"""

from __future__ import annotations

from collections.abc import Iterable

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

_MODE_SUB: dict[str, str] = {
    "abduct": "Abduction/forced disappearance",
    "sexual": "Sexual violence",
    "suicide-attack": "Suicide bomb",
    "explosives": "Remote explosive/landmine/IED",
    "heavy-weapons": "Shelling/artillery/missile attack",
    "unconventional": "Chemical weapon",
    "massacre": "Attack",
    "cleansing": "Attack",
    "assassinate": "Attack",
    "torture": "Attack",
    "beat": "Attack",
}
_WORD_SUB: dict[str, str] = {
    "airstrike": "Air/drone strike",
    "air strike": "Air/drone strike",
    "drone": "Air/drone strike",
    "grenade": "Grenade",
    "suicide": "Suicide bomb",
    "mine": "Remote explosive/landmine/IED",
    "landmine": "Remote explosive/landmine/IED",
    "ied": "Remote explosive/landmine/IED",
    "shell": "Shelling/artillery/missile attack",
    "shelling": "Shelling/artillery/missile attack",
    "artillery": "Shelling/artillery/missile attack",
    "missile": "Shelling/artillery/missile attack",
    "rocket": "Shelling/artillery/missile attack",
    "chemical": "Chemical weapon",
    "defuse": "Disrupted weapons use",
    "defused": "Disrupted weapons use",
    "headquarters": "Headquarters or base established",
    "loot": "Looting/property destruction",
    "looting": "Looting/property destruction",
    "torch": "Looting/property destruction",
    "burn": "Looting/property destruction",
    "arson": "Looting/property destruction",
    "vandalize": "Looting/property destruction",
    "mob": "Mob violence",
    "lynch": "Mob violence",
}


_PROTEST_WORDS = frozenset({"protest", "protester", "protesters", "demonstrator", "demonstrators", "demonstration",
                            "march", "marcher", "marchers", "rally", "rallies"})
_LETHAL_WORDS = frozenset({"kill", "killed", "dead", "death", "shoot", "shot", "live", "bullet", "wound", "wounded",
                           "injure", "injured", "hospitalise", "hospitalize", "beat"})
_DISPERSAL_WORDS = frozenset({"tear", "teargas", "tear-gas", "baton", "rubber", "cannon", "disperse", "dispersed",
                              "arrest", "detain"})



def _force_on_protest(w: set[str]) -> str | None:
    """ACLED's codebook: force on a protest is "Excessive force against protesters" when it is lethal or
    seriously injures, "Protest with intervention" when it disperses (tear gas, batons, arrests)."""
    if not _PROTEST_WORDS & w:
        return None
    tear = bool({"tear", "teargas", "tear-gas"} & w)
    if _LETHAL_WORDS & w or ("fire" in w and not tear):
        return "Excessive force against protesters"
    if _DISPERSAL_WORDS & w:
        return "Protest with intervention"
    return None


def acled_for(
    event_type: str,
    mode: str,
    words: Iterable[str] = (),
    actor_sectors: Iterable[str] = (),
    recipient_sectors: Iterable[str] = (),
) -> Acled | None:
    """The ACLED event type and sub-event type for a PLOVER event, where one applies.

    ``words`` are the lower-cased lemmas of the trigger and its sentence (weapon and setting cues).
    """
    w = set(words)
    actors, recips = set(actor_sectors), set(recipient_sectors)
    sub: str | None = None
    if event_type == "ASSAULT" and (actors & STATE_SECTORS or "police" in w):
        sub = _force_on_protest(w)  # state forces acting on a protest: a Protests event, not a battle
    if event_type == "ASSAULT" and sub is None:
        for word, s in _WORD_SUB.items():
            if word in w:
                sub = s
                break
        if sub is None and mode == "seize":
            sub = "Government regains territory" if actors & STATE_SECTORS and not actors & {"REB", "INS"} else (
                "Non-state actor overtakes territory"
            )
        if sub is None:
            sub = _MODE_SUB.get(mode)
        if sub is None:
            if recips & CIVILIAN_SECTORS or (not recips & ARMED_SECTORS and {"civilian", "civilians", "villager", "villagers", "passenger", "woman", "child"} & w):
                sub = "Attack"
            else:
                sub = "Armed clash"
    elif event_type == "PROTEST":
        if mode == "riot" or {"riot", "rioter", "stone", "stone-pelting", "clash", "violent", "torch", "burn"} & w:
            sub = "Violent demonstration"
        elif {"disperse", "tear", "teargas", "tear-gas", "baton", "lathicharge", "arrest", "detain"} & w:
            sub = "Protest with intervention"
        else:
            sub = "Peaceful protest"
    elif event_type == "COERCE":
        if mode == "arrest":
            sub = "Arrests"
        elif mode == "seize" and {"loot", "looting", "property", "shop", "house", "vehicle"} & w:
            sub = "Looting/property destruction"
        elif _force_on_protest(w):
            sub = _force_on_protest(w)
        elif mode == "seize":
            sub = "Non-violent transfer of territory" if "territory" in w else "Looting/property destruction"
        else:
            sub = "Other"
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


def case_label(acled: Acled | None, plover_type: str | None) -> str:
    """The CASE 2021 task-2 label for an event (``OTHER`` when nothing fits)."""
    if acled is not None and acled.sub_event_type in CASE_OF_SUBEVENT:
        return CASE_OF_SUBEVENT[acled.sub_event_type]
    if plover_type in ("AGREE", "CONSULT", "SUPPORT", "REQUEST", "REJECT", "ACCUSE", "THREATEN", "SANCTION", "COOPERATE", "AID", "CONCEDE"):
        return "DIPLO"
    return "OTHER"
