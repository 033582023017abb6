"""Actors: who the article's participants are.

- :mod:`.lexicon`: the curated dictionary (named actors, role nouns, sector modifiers, demonyms) and
  country resolution through ``pycountry``;
- :mod:`.mentions`: mention finding (dictionary, named entities, role phrases, pronouns,
  descriptions) with the country, sectors and affiliation each phrase states;
- :mod:`.resolve`: within-article coreference into canonical :class:`~eventwire.schema.Actor` objects
  and the token → actor lookup the events stage uses;
- :mod:`.roles`: event-argument roles (sources, targets, reciprocity) from the dependency parse.
"""
