"""Actors: the curated dictionary (:mod:`.lexicon`), mention finding and canonical actors with
within-article coreference (:mod:`.resolve`), and event-argument roles (:mod:`.roles`)."""
