"""Lexicons for reported speech: cue verbs, channel nouns, speaker-like nouns.

The word lists are data: ``eventwire/data/quotes/cues.json`` (docs/lexicons.md), read through
:mod:`eventwire.lexicons`, so a ``cues.json`` in ``$EVENTWIRE_LEXICONS`` adds words. Each constant is a
live set: it reads the overlay in force when it is used. Pronouns and prepositions (grammar, not
domain knowledge) stay here.
"""

from __future__ import annotations

from functools import lru_cache

from ..lexicons import LiveSet, overlay_key

_CUES = "quotes/cues.json"


def _words(name: str) -> LiveSet[str]:
    return LiveSet.from_json(_CUES, name)


# Verbs that introduce what someone said, wrote or holds (lemmas). A cue only yields a quote when
# it has content: a clausal complement, an adjacent quotation, or a reported main clause.
SPEECH_VERBS = _words("speech_verbs")
# Verbs whose content is accepted only as a that-/wh-clause or a quotation (not a bare
# paratactic clause), because they are often used without reporting anything.
WEAK_VERBS = _words("weak_verbs")
# Verbs that need a that-clause; a bare object clause is too often not speech ("I know him").
NEEDS_COMPLEMENTIZER = _words("needs_complementizer")
# Nouns naming a medium or occasion of speech: "in a statement", "by telephone", "on Twitter".
CHANNEL_NOUNS = _words("channel_nouns")

# Prepositions that introduce a channel phrase.
CHANNEL_PREPS: frozenset[str] = frozenset({"in", "on", "by", "via", "during", "through", "over", "at", "to", "with"})

# Heads of speaker noun phrases that are documents rather than people: the actor behind them is the
# possessor or the organisation named inside ("a statement on the Taliban's account").
DOCUMENT_NOUNS = _words("document_nouns")
# Descriptions that can stand for an earlier-mentioned person ("the man who …").
PERSON_DESCRIPTION_NOUNS = _words("person_description_nouns")

MALE_PRONOUNS = frozenset({"he", "him", "his", "himself"})
FEMALE_PRONOUNS = frozenset({"she", "her", "hers", "herself"})
PLURAL_PRONOUNS = frozenset({"they", "them", "their", "themselves"})
NEUTER_PRONOUNS = frozenset({"it", "its", "itself"})
FIRST_PERSON = frozenset({"i", "we", "me", "us"})
SPEAKER_PRONOUNS = MALE_PRONOUNS | FEMALE_PRONOUNS | PLURAL_PRONOUNS | NEUTER_PRONOUNS

MALE_WORDS = frozenset(["man", "boy", "guy", "gentleman", "father", "son", "brother", "husband", "king", "mr", "mr.", "sir"])
FEMALE_WORDS = frozenset(["woman", "girl", "lady", "mother", "daughter", "sister", "wife", "queen", "mrs", "mrs.", "ms", "ms.", "miss"])

# Verbs whose object is what is said, supported or attacked ("Trump criticized *the deal*",
# "called *the system rotten*"), and attitudes whose object is what is held ("wants *a wall*").
OBJECT_CUES = _words("object_cues")
# Verbs whose infinitival complement is the content ("vowed *to fight on*").
XCOMP_CUES = _words("xcomp_cues")
# (verb, preposition) pairs whose object is the content ("called *for a ban*", "talked *about X*").
PREP_CUES = LiveSet.pairs_from_json(_CUES, "prep_cues")
# The verbs of PREP_CUES.
@lru_cache(maxsize=4)
def _prep_verbs(overlay: str | None) -> frozenset[str]:
    return frozenset(v for v, _ in PREP_CUES)


PREP_CUE_VERBS = LiveSet.derived(lambda: _prep_verbs(overlay_key()), "prep_cues verbs")
# Nouns that report what someone said or holds ("Trump's call *for a ban*", "his claim *that …*").
NOUN_CUES = _words("noun_cues")
# Verbs that report a view only with an "as" predicate ("critics see *the deal as a giveaway*").
AS_CUES = _words("as_cues")
# Verbs of thinking whose clausal complement is the content ("voters think *the economy …*").
THINK_VERBS = _words("think_verbs")
# Adjectives that report a stance of their subject ("is confident *that …*", "critical *of X*").
ADJ_CUES = _words("adj_cues")
# The narrower speech verbs the actor resolver uses to find who speaks a quote, and those after
# which a capitalised word is a speaker rather than a place (gazetteer).
ACTOR_SPEECH_VERBS = _words("actor_speech_verbs")
PLACE_SPEECH_VERBS = _words("place_speech_verbs")
