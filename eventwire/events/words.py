"""The word lists the sentence frames read (``eventwire/data/events/frames.json``).

Prepositions that mark a target or a place, pronouns that name no one, group nouns that name no
organisation, sectors that only witness violence: domain knowledge, so data. ``EVENTWIRE_LEXICONS=DIR``
may hold a ``frames.json`` whose lists are added (:mod:`eventwire.lexicons`); the tables are cached per
overlay directory.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from ..lexicons import load_data_json, overlay_key, word_lists


@dataclass(frozen=True)
class FrameWords:
    target_preps: frozenset[str]
    locative_preps: frozenset[str]
    aim_preps: frozenset[str]
    absorbing_preps: frozenset[str]
    since_preps: frozenset[str]
    anchor_marks: frozenset[str]
    first_person: frozenset[str]
    non_referring: frozenset[str]
    speaker_pronouns: frozenset[str]
    generic_group: frozenset[str]
    generic_quantifiers: tuple[str, ...]
    unarmed_sectors: frozenset[str]
    armed_sectors: frozenset[str]
    ambiguous_force: frozenset[str]
    non_retyping_intents: frozenset[str]
    resistance_verbs: frozenset[str]
    receiving_verbs: frozenset[str] = frozenset()
    hearing_sectors: frozenset[str] = frozenset()
    between_preps: frozenset[str] = frozenset()
    participation_verbs: frozenset[str] = frozenset()
    on_light_verbs: frozenset[str] = frozenset()
    gathering_verbs: frozenset[str] = frozenset()
    control_verbs: frozenset[str] = frozenset()
    content_request_verbs: frozenset[str] = frozenset()
    own_event_keys: frozenset[str] = frozenset()
    ditransitive_verbs: frozenset[str] = frozenset()
    undergoer_legal_verbs: dict[str, frozenset[str]] = field(default_factory=dict)
    resident_nouns: frozenset[str] = frozenset()
    idiom_objects: frozenset[str] = frozenset()
    casualty_words: frozenset[str] = frozenset()
    casualty_preps: frozenset[str] = frozenset()
    doer_modifiers: frozenset[str] = frozenset()
    happening_place_nouns: frozenset[str] = frozenset()
    topic_place_nouns: frozenset[str] = frozenset()
    origin_nouns: frozenset[str] = frozenset()
    planning_intents: frozenset[str] = frozenset()
    intent_status_types: frozenset[str] = frozenset()
    personal_relatives: frozenset[str] = frozenset()
    vicinity_preps: frozenset[str] = frozenset()
    office_title_abbreviations: frozenset[str] = frozenset()
    asking_verbs: frozenset[str] = frozenset()
    content_place_verbs: frozenset[str] = frozenset()
    addressee_preps: frozenset[str] = frozenset()
    message_nouns: frozenset[str] = frozenset()
    adjunct_preps: frozenset[str] = frozenset()
    message_verbs: frozenset[str] = frozenset()
    doer_object_verbs: frozenset[str] = frozenset()
    key_target_preps: dict[str, frozenset[str]] = field(default_factory=dict)
    court_nouns: frozenset[str] = frozenset()
    undergone_of_nouns: frozenset[str] = frozenset()
    antecedent_person_nouns: frozenset[str] = frozenset()
    legal_step_verbs: frozenset[str] = frozenset()
    means_preps: frozenset[str] = frozenset()
    possessed_person_nouns: frozenset[str] = frozenset()
    collective_person_nouns: frozenset[str] = frozenset()
    broadcast_nouns: frozenset[str] = frozenset()
    manner_protest_nouns: frozenset[str] = frozenset()
    polity_nouns: frozenset[str] = frozenset()
    realising_participles: frozenset[str] = frozenset()


@lru_cache(maxsize=4)
def _cached(overlay: str | None) -> FrameWords:
    raw = load_data_json("events/frames.json")
    return word_lists(
        FrameWords,
        raw,
        generic_quantifiers=tuple(dict.fromkeys(str(x).lower() for x in raw.get("generic_quantifiers", []))),
        unarmed_sectors=frozenset(str(x).upper() for x in raw.get("unarmed_sectors", [])),
        hearing_sectors=frozenset(str(x).upper() for x in raw.get("hearing_sectors", [])),
        armed_sectors=frozenset(str(x).upper() for x in raw.get("armed_sectors", [])),
        intent_status_types=frozenset(str(x).upper() for x in raw.get("intent_status_types", [])),
    )


def frame_words() -> FrameWords:
    """The frame word lists: ``data/events/frames.json`` with ``$EVENTWIRE_LEXICONS/frames.json`` merged in."""
    return _cached(overlay_key())
