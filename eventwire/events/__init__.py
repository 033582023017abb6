"""PLOVER event extraction: trigger lexicon, status and modality, source attribution, counts,
compatibility codes (quad class, ACLED, CAMEO) and a sentence classifier.

The stage in :mod:`eventwire.stages.events` composes these modules; each is usable on its own.
"""
