"""Finding actor mentions in a parsed article and reading their country and sectors.

Three sources, in order of trust:

1. the curated dictionary (``named.tsv``: "Taliban", "Reuters", "United Nations" …);
2. spaCy named entities: PERSON, ORG, NORP used as a noun ("the Pashtuns"), GPE that is a country;
3. role noun phrases headed by a role noun (``roles.tsv``): "A Taliban official", "local militia
   fighters", "the Afghan military", "an aide to Massoud", "police".

Pronouns ("he", "they") and descriptions ("the man who …") are collected as *unresolved* mentions;
:mod:`eventwire.actors.resolve` links them to actors.

A mention's attributes come from its noun phrase: role nouns give sectors ("official" → GOV),
country names and demonyms give the country ("Afghan" → AFG), sector modifiers add sectors
("rebel", "security"), named actors used as modifiers give an *affiliation* ("Taliban official" is
affiliated with the Taliban: AFG, INS), and "anti-X" marks opposition ("anti-Taliban forces" → REB).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache

import spacy
from spacy.tokens import Doc, Span, Token

from ..doccache import doc_text as cached_text
from ..doccache import sentences, token_table
from ..lexicons import LiveSet, overlay_key
from ..nlp import title_abbreviations
from ..syntax import phrase_left, spaced_dash
from .lexicon import (
    ActorKind,
    NamedActor,
    RoleNoun,
    country_code,
    dated,
    exact_country_code,
    merge_sectors,
    named_index,
    role_nouns,
    sector_modifiers,
)


def _words(name: str) -> LiveSet[str]:
    return LiveSet.from_json("actors/mentions.json", name)


# Pronouns, determiners, quantifiers and prepositions are grammar and stay here; the domain word lists
# are data (``eventwire/data/actors/mentions.json``, read through the lexicon overlay).
PERSON_PRONOUNS = frozenset({"he", "him", "his", "himself", "she", "her", "hers", "herself"})
FIRST_PLURAL = frozenset({"we", "us", "our", "ours", "ourselves"})
FIRST_PERSON = FIRST_PLURAL | frozenset({"i", "me", "my", "mine", "myself"})
PLURAL_PRONOUNS = frozenset({"they", "them", "their", "theirs", "themselves"})
# Country names that are also common given names: left to the NER.
PERSON_LIKE_COUNTRIES = _words("person_like_countries")
# Heads of descriptions that can stand for a person ("the man who …").
DESCRIPTION_NOUNS = _words("description_nouns")
# Role heads that, after a named actor, just name that actor ("the Taliban movement").
SELF_NOUNS = _words("self_nouns")
# Modifiers that make an actor international: no country is inferred for it.
INTERNATIONAL_WORDS = _words("international_words")
# "the country", "the nation": a definite description of a country.
COUNTRY_NOUNS = _words("country_nouns")
# Organisation names ending in one of these are political parties (PTY).
PARTY_NOUNS = _words("party_nouns")
DETERMINERS = frozenset({"DET", "PRON"})
ANTI_PREFIXES = ("anti",)
CIVIL_SECTORS = frozenset({"CVL", "OPP", "EDU", "LAB", "REF"})
QUANTIFIERS = frozenset({"many", "some", "several", "few", "all", "most", "other", "both", "hundreds", "thousands", "dozens"})
# An organisation name after one of these prepositions is a place ("fighting *in* Panjshir").
LOCATIVE_PREPS = frozenset({"in", "into", "at", "near", "toward", "towards", "across", "throughout", "inside", "around"})
# Prepositions after a role noun naming what it belongs to ("an aide *to* Massoud").
AFFILIATION_PREPS = frozenset({"to", "of", "for", "from", "with"})


@dataclass
class Mention:
    """One mention: token range ``[start, end)`` and what it says about its actor."""

    start: int
    end: int
    head: int
    source: str
    """'dictionary', 'ner', 'role', 'country', 'group', 'pronoun' or 'description'."""
    kind: ActorKind
    name: str
    country: str | None = None
    sectors: list[str] = field(default_factory=list)
    named: NamedActor | None = None
    plural: bool = False
    affiliation: int | None = None
    """Index (in the mention list) of the mention this one is affiliated with."""
    affiliation_token: int | None = None
    """Token of a possessive pronoun or prepositional object naming the affiliation."""
    affiliation_prep: str | None = None
    role_lemma: str | None = None
    bare: bool = False
    """A role phrase with nothing but a determiner ("the troops", "an aide")."""
    actor: int | None = None
    """Index of the resolved actor (set by the resolver)."""

    subject_dep: bool = False
    """Is the mention's head a grammatical subject (preferred antecedent for pronouns)?"""
    international: bool = False
    """Marked international ("the international community"): no country is inferred."""
    quote: tuple[int, int] | None = None
    """For a first-person pronoun: the character range of the direct quote it sits in."""


@lru_cache(maxsize=1)
def _tokenizer() -> spacy.language.Language:
    return spacy.blank("en")


def _alias_table() -> tuple[dict[tuple[str, ...], tuple[NamedActor, str]], dict[str, tuple[int, ...]]]:
    return _alias_table_for(overlay_key())


@lru_cache(maxsize=4)
def _alias_table_for(overlay: str | None) -> tuple[dict[tuple[str, ...], tuple[NamedActor, str]], dict[str, tuple[int, ...]]]:
    """Lower-case token tuple of every alias → (actor, alias as written); and, per first token, the
    alias lengths to try (longest first)."""
    nlp = _tokenizer()
    special = {k.lower() for k in getattr(nlp.tokenizer, "rules", None) or {}}
    table: dict[tuple[str, ...], tuple[NamedActor, str]] = {}
    sizes: dict[str, set[int]] = {}
    for alias, actor in named_index().items():
        written = next((a for a in (actor.name, *actor.aliases) if a.lower().replace("’", "'") == alias), alias)
        words = written.lower().split()
        if all(w.isalpha() and w not in special for w in words):
            toks = tuple(words)  # what the tokenizer gives for plain words, without building a Doc
        else:
            toks = tuple(t.lower_ for t in nlp.make_doc(written))
        table.setdefault(toks, (actor, written))
        sizes.setdefault(toks[0], set()).add(len(toks))
    return table, {k: tuple(sorted(v, reverse=True)) for k, v in sizes.items()}


def dictionary_matches(doc: Doc) -> list[tuple[int, int, NamedActor]]:
    """Longest, leftmost matches of dictionary aliases (case rules: acronyms match exactly, other
    aliases must start with a capital letter in the text)."""
    table, sizes = _alias_table()
    lows = [low.replace("’", "'") for low in token_table(doc).lower]
    out = []
    i, n = 0, len(doc)
    while i < n:
        found = None
        for size in sizes.get(lows[i], ()):
            if i + size > n:
                continue
            hit = table.get(tuple(lows[i : i + size]))
            if hit is None:
                continue
            actor, written = hit
            surface = doc[i : i + size].text
            first = doc[i].text
            if written.isupper() and len(written) <= 6:
                if surface.replace("’", "'") != written:
                    continue
            elif not (first[:1].isupper() or not first[:1].isalpha()):
                continue
            found = (i, i + size, dated(actor))  # a leader is GOV only while in office
            break
        if found:
            out.append(found)
            i = found[1]
        else:
            i += 1
    return out


@dataclass
class _DocIndex:
    doc: Doc
    ents: list[Span]
    ent_at: dict[int, Span]
    sents: list[Span]
    text: str
    title_case: dict[int, bool] = field(default_factory=dict)


_INDEX: OrderedDict[int, _DocIndex] = OrderedDict()


def _index(doc: Doc) -> _DocIndex:
    """Entities and sentences of a doc, built once (``doc.ents`` and ``Token.sent`` rebuild spans on
    every access). Kept for the last few docs only, never stored on the doc itself."""
    entry = _INDEX.get(id(doc))
    if entry is None or entry.doc is not doc:
        ents = list(doc.ents)
        entry = _DocIndex(
            doc, ents, {k: e for e in ents for k in range(e.start, e.end)}, sentences(doc), cached_text(doc)
        )
        _INDEX[id(doc)] = entry
        while len(_INDEX) > 4:
            _INDEX.popitem(last=False)
    return entry


def entities(doc: Doc) -> list[Span]:
    """``doc.ents``, built once per doc."""
    return _index(doc).ents


def entity_at(doc: Doc, i: int) -> Span | None:
    """The named entity containing token ``i``, if any."""
    return _index(doc).ent_at.get(i)


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once per doc (spaCy rebuilds it from the tokens on every access)."""
    return _index(doc).text


def sentence_spans(doc: Doc) -> list[Span]:
    """The doc's sentences, built once per doc."""
    return _index(doc).sents


def sentence_of(doc: Doc, i: int) -> Span:
    """The sentence containing token ``i``."""
    sents = sentence_spans(doc)
    lo, hi = 0, len(sents) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if sents[mid].start <= i:
            lo = mid
        else:
            hi = mid - 1
    return sents[lo]


def _title_case_line(sent: Span) -> bool:
    index = _index(sent.doc)
    if sent.start not in index.title_case:
        index.title_case[sent.start] = _is_title_case(sent)
    return index.title_case[sent.start]


def _is_title_case(sent: Span) -> bool:
    words = [t for t in sent if t.is_alpha]
    if len(words) < 4:
        return False
    upper = sum(1 for t in words if t.text[:1].isupper())
    return upper >= 0.75 * len(words)


def _headline_only(doc: Doc, s: int, e: int) -> bool:
    """A "person" found only in a title-case headline ("Convoy *Shelled Near* Kherson") is kept
    only when the same name also occurs in the body."""
    sent = sentence_of(doc, s)
    if not _title_case_line(sent):
        return False
    name = doc[s:e].text
    text = doc_text(doc)
    body = text[: sent.start_char] + " " + text[sent.end_char :]
    return name not in body


def _is_anti(doc: Doc, start: int) -> bool:
    """Is the token range starting at ``start`` the object of an "anti-" prefix?"""
    if start >= 2 and doc[start - 1].text in ("-", "–") and doc[start - 2].lower_ in ANTI_PREFIXES:
        return True
    return start >= 1 and doc[start - 1].lower_ in ("anti-",)


def _anti_tokens(doc: Doc) -> set[int]:
    """Tokens inside "anti-X" compounds (spaCy splits "anti-Taliban" into anti / - / Taliban)."""
    out: set[int] = set()
    lower = token_table(doc).lower
    for i, low in enumerate(lower):
        if low.startswith("anti-") and len(low) > 5:
            out.add(i)
        elif low == "anti" and i + 2 < len(doc) and doc[i + 1].text in ("-", "–"):
            out.update({i, i + 1, i + 2})
    return out


def _role_key(tokens: list[Token]) -> tuple[str | None, int]:
    """The longest role phrase ending at the last token ("police officer", "special forces")."""
    roles = role_nouns()
    last = tokens[-1]
    for size in (3, 2):
        if len(tokens) >= size:
            words = [t.lower_ for t in tokens[-size:-1]]
            for cand in (" ".join([*words, last.lemma_.lower()]), " ".join([*words, last.lower_])):
                if cand in roles:
                    return cand, size
    for cand in (last.lemma_.lower(), last.lower_):
        if cand in roles:
            return cand, 1
    return None, 0


@dataclass
class PhraseInfo:
    country: str | None = None
    role_sectors: list[str] = field(default_factory=list)
    modifier_sectors: list[str] = field(default_factory=list)
    anti: bool = False
    affiliations: list[int] = field(default_factory=list)
    """Token indices of named modifiers (dictionary or ORG entity tokens)."""

    def ordered(self, head: list[str], civil: bool = False) -> list[str]:
        """All sectors, most specific first: "anti-X" (REB, or OPP for civilians), then
        modifiers ("*rebel* commander" → REB, MIL; "*police* officers"), then role nouns, with a
        plain "government"/"state" modifier last ("government troops" → MIL, GOV)."""
        anti = (["OPP"] if civil else ["REB"]) if self.anti else []
        specific = [c for c in self.modifier_sectors if c != "GOV"]
        generic = [c for c in self.modifier_sectors if c == "GOV"]
        if not head and not self.role_sectors:
            specific, generic = self.modifier_sectors, []
        return merge_sectors(anti, specific, self.role_sectors, head, generic)


def _proper_run_country(doc: Doc, i: int, first: int, last: int) -> str | None:
    """ "Ivory Coast rebels": the country named by the run of proper nouns around token ``i`` (within
    ``[first, last]``), when the run has more than one token."""
    a = b = i
    while a - 1 >= first and doc[a - 1].pos_ == "PROPN":
        a -= 1
    while b + 1 <= last and doc[b + 1].pos_ == "PROPN":
        b += 1
    return country_code(doc[a : b + 1].text) if b > a else None


def _named_country(doc: Doc, t: Token, first: int, last: int) -> str | None:
    """The country a capitalised modifier or NORP/GPE token names ("Afghan", "the United States")."""
    code = country_code(t.text)
    if t.ent_type_ == "GPE" and code is None:
        # multi-token country names: "the United States", "Saudi Arabia"
        ent = entity_at(doc, t.i)
        code = country_code(ent.text if ent is not None else t.text)
    if code is None and t.pos_ == "PROPN":
        code = _proper_run_country(doc, t.i, first, last)
    return code


def modifier_country(doc: Doc, t: Token, first: int, last: int, place_country: dict[int, str]) -> str | None:
    """The country a modifier token of the phrase ``[first, last]`` names: a country name or demonym,
    else the country of a resolved place ("Darfur rebels")."""
    code = None
    if t.ent_type_ in ("NORP", "GPE") or (t.pos_ in ("ADJ", "PROPN") and t.text[:1].isupper()):
        code = _named_country(doc, t, first, last)
    return place_country.get(t.i) if code is None else code


def _add_sectors(info: PhraseInfo, t: Token) -> None:
    """Sectors of a sector modifier ("rebel") or of a role noun used as a modifier ("*police* officer")."""
    roles = role_nouns()
    mods = sector_modifiers()
    low = t.lower_
    if low in mods:
        info.modifier_sectors = merge_sectors(info.modifier_sectors, mods[low])
    elif t.pos_ in ("NOUN", "PROPN") and (t.lemma_.lower() in roles or low in roles):
        key = t.lemma_.lower() if t.lemma_.lower() in roles else low
        info.role_sectors = merge_sectors(info.role_sectors, roles[key].sectors)


def read_modifiers(
    doc: Doc,
    tokens: list[Token],
    named_at: dict[int, int],
    anti: set[int],
    place_country: dict[int, str] | None = None,
) -> PhraseInfo:
    """Country, sectors, "anti-" and named affiliations from the modifier tokens of a phrase: the first
    country named wins, later country words add nothing.

    ``place_country`` maps tokens of resolved place mentions to their country ("Darfur rebels")."""
    info = PhraseInfo()
    place_country = place_country or {}
    for t in tokens:
        if t.i in anti:
            info.anti = True
        elif t.i in named_at:
            info.affiliations.append(t.i)
        else:
            code = modifier_country(doc, t, tokens[0].i, tokens[-1].i, place_country)
            if code and not info.country:
                info.country = code
            else:
                _add_sectors(info, t)
    return info


def _located_in(head: Token, place_country: dict[int, str]) -> str | None:
    """Country of a "… in/of/from <country or place>" phrase after a noun ("Rebels in the Ivory Coast")."""
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ in ("in", "of", "from"):
            for g in child.children:
                if g.dep_ != "pobj":
                    continue
                if g.ent_type_ in ("GPE", "LOC", "NORP"):
                    ent = entity_at(head.doc, g.i)
                    code = country_code(ent.text if ent is not None else g.text)
                    if code:
                        return code
                if g.i in place_country:
                    return place_country[g.i]
    return None


def _is_subject(token: Token) -> bool:
    """A grammatical subject, or (rule ``quantified-subject``) the "of" object of a quantifier subject:
    in "Hundreds *of demonstrators* gathered", the demonstrators are what the clause is about."""
    if token.dep_ in ("nsubj", "nsubjpass"):
        return True
    prep = token.head
    quant = prep.head
    return (
        token.dep_ == "pobj" and prep.lower_ == "of" and quant.i != prep.i
        and quant.dep_ in ("nsubj", "nsubjpass") and quant.lower_ in QUANTIFIERS
    )


def place_context(
    doc: Doc, place_spans: set[tuple[int, int]], place_country: dict[int, str]
) -> tuple[set[int], dict[int, str]]:
    """Tokens of resolved places and their countries, spread to every other entity with the same text:
    one sense per article, a name resolved as a place elsewhere is a place here too."""
    place_tokens = {i for a, b in place_spans for i in range(a, b)}
    place_names: dict[str, str | None] = {}
    for a, b in sorted(place_spans):
        place_names.setdefault(doc[a:b].text, place_country.get(a))
    if not place_names:
        return place_tokens, place_country
    place_country = dict(place_country)
    for ent in entities(doc):
        if ent.text in place_names and (ent.start, ent.end) not in place_spans:
            place_tokens.update(range(ent.start, ent.end))
            code = place_names[ent.text]
            if code:
                place_country.update(dict.fromkeys(range(ent.start, ent.end), code))
    return place_tokens, place_country


@dataclass
class _Found:
    """What :func:`find_mentions` knows while its steps run."""

    doc: Doc
    place_spans: set[tuple[int, int]]
    place_tokens: set[int]
    place_country: dict[int, str]
    anti: set[int]
    mentions: list[Mention] = field(default_factory=list)
    named_at: dict[int, int] = field(default_factory=dict)
    """Token → index of the first named (dictionary or NER) mention covering it."""
    taken: set[int] = field(default_factory=set)
    """Tokens of named mentions (and of other entities): no role phrase or surname starts there."""
    person_names: list[frozenset[str]] = field(default_factory=list)
    """Word sets of multi-word person names seen so far ("Amina Wekesa Odhiambo")."""

    def add_named(self, m: Mention) -> None:
        """A named mention: its tokens point to it (modifiers of role phrases find it there)."""
        self.mentions.append(m)
        for i in range(m.start, m.end):
            self.named_at.setdefault(i, len(self.mentions) - 1)

    def take(self, start: int, end: int) -> None:
        self.taken.update(range(start, end))

    def any_taken(self, start: int, end: int) -> bool:
        return any(i in self.taken for i in range(start, end))

    def any_anti(self, start: int, end: int) -> bool:
        return any(i in self.anti for i in range(start, end))


# 1. the curated dictionary


def _named_more_fully(doc: Doc, s: int, e: int) -> bool:
    """name-more-fully: a one-word dictionary alias that only ends a longer organisation name is not that
    actor ("The All-India Trade Union *Congress*", "the Pan Africanist *Congress*" are not the US Congress):
    the entity names its own organisation, unless its other words only place it (a country or nationality,
    "the U.S. Congress", "Kenya's Parliament")."""
    if e - s != 1:
        return False
    for ent in doc.ents:
        if ent.label_ != "ORG" or not (ent.start <= s and e == ent.end) or ent.end - ent.start < 2:
            continue
        start, end = strip_entity(doc, ent.start, ent.end)
        extra = [t for t in doc[start:end] if t.i < s and t.is_alpha]
        named = [t for t in extra if t.pos_ == "PROPN" and t.ent_type_ not in ("GPE", "NORP") and country_code(t.text) is None]
        if named:
            return True
    return False


def _surname_in_person_name(doc: Doc, s: int, e: int, kind: str) -> bool:
    """surname-as-dictionary-name: a one-word organisation or group alias that ends a person's name of
    several words ("Rep. Joseph F. *Wagner*", not the Wagner Group) is that person's surname."""
    if e - s != 1 or kind not in ("organization", "group"):
        return False
    for ent in doc.ents:
        if ent.label_ != "PERSON" or not (ent.start <= s < ent.end):
            continue
        start, end = strip_entity(doc, ent.start, ent.end)
        if end == e and start < s:
            return True
    return False


def _dictionary_step(f: _Found) -> None:
    doc = f.doc
    for s, e, actor in dictionary_matches(doc):
        if _is_anti(doc, s) or f.any_anti(s, e) or _named_more_fully(doc, s, e):
            continue
        if _surname_in_person_name(doc, s, e, actor.kind):
            continue
        head = doc[s:e].root
        f.add_named(
            Mention(
                s, e, head.i, "dictionary", actor.kind, actor.name, actor.country, list(actor.sectors), actor,
                plural=actor.kind == "group", subject_dep=_is_subject(head),
            )
        )
        f.take(s, e)


# 2. named entities


def strip_entity(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """An entity's range less leading articles and trailing possessives, spaces and punctuation."""
    while start < end and doc[start].lower_ in ("the", "a", "an"):
        start += 1
    while end > start and (doc[end - 1].lower_ in ("'s", "’s", "'") or doc[end - 1].is_space or doc[end - 1].is_punct):
        end -= 1
    return start, end


def _names_part(doc: Doc, i: int, start: int, end: int, place_tokens: set[int]) -> bool:
    """Whether place token ``i`` is a compound of a non-place word inside ``[start, end)``: part of the
    name ("the *Justice* Department", "*Kabul* University"), not a place beside it."""
    head = doc[i].head
    return doc[i].dep_ == "compound" and start <= head.i < end and head.i not in place_tokens


def strip_places(doc: Doc, start: int, end: int, place_tokens: set[int]) -> tuple[int, int]:
    """ "Shelled Near Kherson": place tokens (and spaces) at the edges of a name are not part of it,
    unless they are a compound of the name's own words (rule ``place-in-name``: "the Justice Department"),
    or the "of" object that ends the name (rule ``place-of-name``: "the Communications Workers *of America*",
    "the Bank of England": no name ends in "of")."""
    while start < end and (start in place_tokens and not _names_part(doc, start, start, end, place_tokens) or doc[start].is_space):
        start += 1
    full = end
    while end > start and (end - 1 in place_tokens or doc[end - 1].is_space):
        end -= 1
    if start < end < full and doc[end - 1].lower_ == "of" and end - 1 > start:
        return start, full
    return start, end


def headline_name_end(doc: Doc, start: int, end: int) -> int:
    """ "Nakuru Traders Say March Was Peaceful": in a title-case headline the main verb ends the name
    the tagger ran on through it (and punctuation before the verb goes with it)."""
    verb = next(
        (i for i in range(start + 1, end) if doc[i].pos_ in ("VERB", "AUX") and doc[i].dep_ in ("ROOT", "ccomp", "conj")),
        None,
    )
    if verb is None:
        return end
    end = verb
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return end


def past_dateline_dash(doc: Doc, start: int, end: int) -> int:
    """Rule ``dateline-in-name``: "CLEVELAND - Donald Trump painted ...": an entity the tagger ran over a
    dateline and its dash starts after the dash (a capitalised dateline word and a spaced dash are never
    part of a name)."""
    for k in range(start + 1, end - 1):
        if spaced_dash(doc, k):
            before = [t for t in doc[start:k] if t.is_alpha]
            if before and all(t.text.isupper() and len(t.text) > 1 for t in before):
                return k + 1
            break
    return start



_NAME_APOSTROPHES = str.maketrans({"’": "'"})


def _name_word(t: Token) -> str | None:
    """``apostrophe-surname``: a word of a person's name, lower-cased: an alphabetic token, or one whose
    letters are joined by an apostrophe ("O'Connor", "D’Souza", read alike with either apostrophe), which
    spaCy does not count as alphabetic; None for other tokens."""
    if t.is_alpha:
        return t.lower_
    text = t.lower_.translate(_NAME_APOSTROPHES)
    parts = text.split("'")
    if len(parts) == 2 and all(x.isalpha() for x in parts) and len(parts[1]) > 1 and parts[1] != "s":
        return text
    return None


def _apostrophe_name(t: Token) -> bool:
    """A capitalised word joined by an apostrophe ("O’Connor"), which the tagger may take for a common noun."""
    return not t.is_alpha and t.text[:1].isupper() and _name_word(t) is not None


def _name_words(tokens: Iterable[Token]) -> set[str]:
    """The lower-cased name words (:func:`_name_word`) of ``tokens``."""
    return {w for t in tokens if (w := _name_word(t)) is not None}


def _person_elsewhere(doc: Doc, span: Span) -> bool:
    """The text tags a person elsewhere whose words are all words of ``span`` ("Trump" for "Donald Trump")."""
    words = _name_words(span)
    return any(
        ent.label_ == "PERSON" and (w := _name_words(ent)) and w <= words
        for ent in entities(doc)
    )


def _entity_bounds(f: _Found, ent: Span) -> tuple[int, int] | None:
    """The token range of an entity's name, or None when it names no actor (empty once trimmed, inside
    "anti-X", a place the places stage resolved, a "person" seen only in a title-case headline)."""
    doc, label = f.doc, ent.label_
    s, e = strip_entity(doc, ent.start, ent.end)
    s = past_dateline_dash(doc, s, e)
    if s >= e or f.any_anti(s, e):
        return None
    if label != "GPE":
        if (s, e) in f.place_spans or all(i in f.place_tokens for i in range(s, e)):
            return None  # the places stage resolved it as a place ("Panjshir" tagged ORG)
        s, e = strip_places(doc, s, e, f.place_tokens)
        if s >= e:
            return None
    if label in ("PERSON", "ORG") and _title_case_line(sentence_of(doc, s)):
        e = headline_name_end(doc, s, e)
        if s >= e:
            return None
    if label == "PERSON" and _headline_only(doc, s, e):
        return None
    while label == "PERSON" and s < e - 1 and doc[s].lower_ in title_abbreviations():
        s += 1  # "Sgt. Kosinski" is Kosinski (title-before-name keeps "Sgt." one token)
    return s, e


# labels the tagger gives a person's name told with an age ("acquitted Hugo Lopez, 34," tagged a WORK_OF_ART)
_AGED_NAME_LABELS = frozenset({"ORG", "WORK_OF_ART", "PRODUCT", "EVENT", "LAW", "FAC"})
_OLDEST_AGE = 110


def _aged_name(span: Span) -> bool:
    """``aged-name``: capitalised proper nouns followed by an age set off by commas ("Hugo Ernesto Lopez,
    34,"), the news style of telling a person's age, name a person whatever the entity label."""
    doc = span.doc
    if not 1 <= len(span) <= 4 or not all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in span):
        return False
    after = doc[span.end : span.end + 3]
    if len(after) < 3 or after[0].text != "," or after[2].text not in (",", ";", ")"):
        return False
    age = after[1].text
    return age.isdigit() and 0 < int(age) <= _OLDEST_AGE


def entity_label(span: Span, label: str, person_names: list[frozenset[str]]) -> str:
    """The entity label corrected: part of a person named before is a PERSON ("Odhiambo" tagged ORG
    after "Amina Wekesa Odhiambo"); a country name is a GPE ("Kenya said …" tagged PERSON), unless it
    is also a common given name ("Jordan")."""
    words = _name_words(span)
    if label in ("ORG", "NORP", "GPE") and words and any(words <= p for p in person_names):
        return "PERSON"
    if label in _AGED_NAME_LABELS and _aged_name(span):
        return "PERSON"
    text = span.text
    if (
        label in ("PERSON", "ORG")
        and text.lower() not in PERSON_LIKE_COUNTRIES
        and span.root.pos_ == "PROPN"
        and text[:1].isupper()
        and exact_country_code(text)
    ):
        return "GPE"
    return label


def _person_mention(f: _Found, span: Span) -> bool:
    root, text = span.root, span.text
    if root.dep_ == "compound" and root.head.ent_type_ != "PERSON" and root.head.pos_ != "PROPN":
        return False  # "the Tajik region", "Alemarah Twitter account": a modifier, not a person
    if not any(c.isupper() for c in text):
        return False
    info = _person_context(f.doc, span, f.named_at, f.anti, f.place_country)
    words = _name_words(span)
    if len(words) > 1:
        f.person_names.append(frozenset(words))
    m = Mention(span.start, span.end, root.i, "ner", "person", text, info.country, info.ordered([]), subject_dep=_is_subject(root))
    if info.affiliations:
        m.affiliation_token = info.affiliations[0]
    f.add_named(m)
    return True


def _country_mention(f: _Found, span: Span) -> bool:
    root, text = span.root, span.text
    code = country_code(text)
    if code is None or not text[:1].isupper() or root.pos_ == "ADJ" or root.dep_ == "amod":
        return False
    f.add_named(Mention(span.start, span.end, root.i, "country", "country", text, code, [], subject_dep=root.dep_ == "nsubj"))
    return True


def _organization_mention(f: _Found, span: Span) -> bool:
    root, text = span.root, span.text
    if root.dep_ == "amod" or len(text) < 2:
        return False
    if root.dep_ == "pobj" and root.head.lower_ in LOCATIVE_PREPS and len(span) == 1:
        return False  # "in Panjshir": a place the NER took for an organisation
    info = read_modifiers(f.doc, list(span), {}, f.anti, f.place_country)
    if span[-1].lower_ in PARTY_NOUNS:
        info.role_sectors = merge_sectors(["PTY"], info.role_sectors)
    f.add_named(
        Mention(
            span.start, span.end, root.i, "ner", "organization", text, info.country,
            merge_sectors(info.role_sectors, info.modifier_sectors),
            plural=root.tag_ in ("NNS", "NNPS"), subject_dep=_is_subject(root),
        )
    )
    return True


PARTY_MEMBER_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "attr", "appos"})


def _party_member(doc: Doc, span: Span) -> bool:
    """``party-member-description``: "the Republican" (one word of ``party_member_nouns`` after "the", heading
    a subject or object) is a person, whom the resolver may name, not the party."""
    return (
        len(span) == 1 and span.start > 0 and doc[span.start - 1].lower_ == "the"
        and span.root.lower_ in PARTY_MEMBER_NOUNS and span.root.dep_ in PARTY_MEMBER_DEPS
    )


def _group_mention(f: _Found, span: Span) -> bool:
    """A NORP used as a noun ("the Pashtuns"), not as a modifier ("Afghan forces", "Tajik-led")."""
    root, text, doc = span.root, span.text, f.doc
    nxt = doc[span.end].text if span.end < len(doc) else ""
    if _party_member(doc, span):
        f.mentions.append(Mention(span.start - 1, span.end, root.i, "party_member", "person", text, subject_dep=_is_subject(root)))
        return True
    if root.dep_ in ("amod", "compound", "npadvmod") or root.pos_ == "ADJ" or nxt in ("-", "–"):
        return False
    f.add_named(
        Mention(span.start, span.end, root.i, "group", "group", text, country_code(text), [], plural=True, subject_dep=_is_subject(root))
    )
    return True


# Corrected entity label → builder of its mention; the builder returns False when the entity is no
# actor (its tokens stay free). Entities of other labels make no mention but take their tokens.
_ENTITY_MENTIONS: dict[str, Callable[[_Found, Span], bool]] = {
    "PERSON": _person_mention,
    "GPE": _country_mention,
    "ORG": _organization_mention,
    "NORP": _group_mention,
}


def _entity_step(f: _Found) -> None:
    for ent in entities(f.doc):
        if f.any_taken(ent.start, ent.end):
            continue
        bounds = _entity_bounds(f, ent)
        if bounds is None:
            continue
        span = f.doc[bounds[0] : bounds[1]]
        label = ent.label_
        if label == "ORG" and past_dateline_dash(f.doc, ent.start, ent.end) > ent.start and _person_elsewhere(f.doc, span):
            label = "PERSON"  # "CLEVELAND - Donald Trump" tagged ORG as a whole: the name after the dash
        build = _ENTITY_MENTIONS.get(entity_label(span, label, f.person_names))
        if build is None or build(f, span):
            f.take(*bounds)


# 2b. surnames the NER missed: proper nouns that are part of a person named earlier


def _proper_run_end(f: _Found, i: int) -> int:
    """End of the run of capitalised proper nouns starting at free token ``i`` (``i`` when none starts
    there; a run does not start on a place)."""
    doc = f.doc
    if i in f.place_tokens:
        return i
    j = i
    while j < len(doc) and j not in f.taken and (doc[j].pos_ == "PROPN" or _apostrophe_name(doc[j])) and doc[j].text[:1].isupper():
        j += 1
    return j


def _surname_step(f: _Found) -> None:
    doc = f.doc
    i = min((m.start for m in f.mentions if m.kind == "person"), default=len(doc))
    while i < len(doc):
        j = _proper_run_end(f, i)
        if j == i:
            i += 1
            continue
        words = {_name_word(x) or x.lower_ for x in doc[i:j]}
        if any(words <= p for p in f.person_names):
            root = doc[i:j].root
            f.add_named(Mention(i, j, root.i, "ner", "person", doc[i:j].text, subject_dep=_is_subject(root)))
            f.take(i, j)
        i = j


# 3. role noun phrases


def name_start(tokens: list[Token]) -> int:
    """Index in ``tokens`` (a role phrase) where its name starts: after the last determiner,
    possessive, number or quantifier before the head ("the group's *local commanders*"), never inside a
    hyphenated word ("the *all-india council*")."""
    cut = 0
    for k, x in enumerate(tokens[:-1]):
        if not x.whitespace_ and tokens[k + 1].text == "-":
            continue  # "all-india council": a word hyphenated to the next is part of the name
        determiner = x.pos_ in DETERMINERS or x.dep_ in ("det", "poss", "case", "nummod")
        if determiner or x.text in ("'s", "’s") or x.lower_ in QUANTIFIERS:
            cut = k + 1
    return cut


def role_affiliation(head: Token, named_mods: list[int]) -> tuple[int | None, str | None]:
    """(token, preposition) naming what a role phrase is affiliated with: its last named modifier
    ("Taliban official"; "of" when possessive: "the Taliban's spokesman"), else a possessive pronoun
    ("his aides" → of), else the object of its first affiliation preposition ("an aide *to* Massoud")."""
    doc = head.doc
    if named_mods:
        tok = named_mods[-1]
        possessive = doc[tok].dep_ == "poss" or (tok + 1 < len(doc) and doc[tok + 1].text in ("'s", "’s"))
        return tok, ("of" if possessive else None)
    poss = [c for c in head.children if c.dep_ == "poss"]
    if poss:
        return poss[0].i, "of"
    for c in head.rights:
        if c.dep_ == "prep" and c.lower_ in AFFILIATION_PREPS:
            pobj = [g for g in c.children if g.dep_ == "pobj"]
            return (pobj[0].i, c.lower_) if pobj else (None, None)
    return None, None


def _description(f: _Found, head: Token, start: int) -> None:
    """ "the man who …": a description the resolver may link to a person."""
    if f.doc[start].lower_ == "the" and any(c.dep_ == "relcl" for c in head.children):
        f.mentions.append(Mention(start, head.i + 1, head.i, "description", "person", head.text))


def _widen_self_noun(f: _Found, head: Token, role: RoleNoun, mod_tokens: list[Token]) -> bool:
    """ "the Taliban movement": a sectorless self noun after a named actor names that actor; its
    mention is widened to the head. True when done."""
    if head.lemma_.lower() not in SELF_NOUNS or role.sectors:
        return False
    direct = [
        x for x in mod_tokens
        if x.i in f.named_at and x.head.i == head.i and f.mentions[f.named_at[x.i]].source != "country"
    ]
    if not direct:
        return False
    m = f.mentions[f.named_at[direct[-1].i]]
    m.end = max(m.end, head.i + 1)
    m.head = head.i
    return True


def _role_phrase(head: Token, tokens: list[Token], key: str, role: RoleNoun, info: PhraseInfo) -> Mention:
    sectors = info.ordered(list(role.sectors), civil=bool(set(role.sectors) & CIVIL_SECTORS))
    plural = head.tag_ in ("NNS", "NNPS") or role.kind == "group"
    kind: ActorKind = "group" if plural else ("organization" if role.kind == "organization" else "role")
    name = head.doc[tokens[name_start(tokens)].i : head.i + 1].text
    m = Mention(
        tokens[0].i, head.i + 1, head.i, "role", kind, name, info.country, sectors, plural=plural, role_lemma=key,
        subject_dep=_is_subject(head),
        bare=not [x for x in tokens[:-1] if x.dep_ != "det"],
    )
    m.international = any(x.lower_ in INTERNATIONAL_WORDS for x in tokens)
    m.affiliation_token, m.affiliation_prep = role_affiliation(head, info.affiliations)
    return m


def _role_mention(f: _Found, head: Token) -> None:
    """The role phrase headed by ``head`` ("A Taliban official", "local militia fighters"), if any."""
    doc = f.doc
    start = phrase_left(head)
    tokens = list(doc[start : head.i + 1])
    key, size = _role_key(tokens)
    if key is None:
        return
    if head.lemma_.lower() in DESCRIPTION_NOUNS:
        _description(f, head, start)
        return
    role = role_nouns()[key]
    mod_tokens = [x for x in tokens[: len(tokens) - size] if x.pos_ not in DETERMINERS or x.dep_ == "poss"]
    if _widen_self_noun(f, head, role, mod_tokens):
        return
    read = [x for x in mod_tokens if x.dep_ != "poss" or x.i in f.named_at]
    info = read_modifiers(doc, read, f.named_at, f.anti, f.place_country)
    if info.country is None:
        info.country = _located_in(head, f.place_country)
    m = _role_phrase(head, tokens, key, role, info)
    _place_affiliation(f, m)
    f.mentions.append(m)


def _place_affiliation(f: _Found, m: Mention) -> None:
    """Rule ``place-of-role``: "the state *of Arizona*", "the governor of Texas": a role's "of" object that
    the places stage resolved names the role (the place is no actor, so the resolver cannot add it)."""
    tok = m.affiliation_token
    if m.affiliation_prep != "of" or tok is None or tok not in f.place_tokens or tok in f.named_at:
        return
    if f.doc[tok].dep_ != "pobj":
        return  # "Raggi's adviser": a possessive, not an "of" phrase
    s, e = tok, tok + 1
    while s - 1 > m.head and s - 1 in f.place_tokens:
        s -= 1
    while e < len(f.doc) and e in f.place_tokens:
        e += 1
    m.name = f"{m.name} of {f.doc[s:e].text}"
    m.bare = False


def _role_step(f: _Found) -> None:
    doc, table = f.doc, token_table(f.doc)
    for i, (pos, dep) in enumerate(zip(table.pos, table.dep, strict=True)):
        if pos in ("NOUN", "PROPN") and dep != "compound" and i not in f.taken:
            _role_mention(f, doc[i])


# 3b. "the country", "the nation": resolved to a country actor or dropped


def _definite_country_step(f: _Found) -> None:
    doc, lower = f.doc, token_table(f.doc).lower
    for i, low in enumerate(lower):
        if not (low in COUNTRY_NOUNS and i > 0 and lower[i - 1] == "the" and i not in f.taken):
            continue
        t = doc[i]
        if not [c for c in t.lefts if c.dep_ != "det"]:
            f.mentions.append(Mention(t.i - 1, t.i + 1, t.i, "definite", "country", t.text, role_lemma=t.lower_, bare=True))


# 4. third-person pronouns: (words, kind, plural), first match wins


PRONOUN_KINDS: tuple[tuple[frozenset[str], ActorKind, bool], ...] = (
    (PERSON_PRONOUNS, "person", False),
    (PLURAL_PRONOUNS, "group", True),
)


def _is_pronoun(t: Token) -> bool:
    return _pronoun_tags(t.pos_, t.tag_)


def _pronoun_tags(pos: str, tag: str) -> bool:
    """:func:`_is_pronoun` on a token's part of speech and tag strings (read from the token table)."""
    return pos == "PRON" or tag in ("PRP", "PRP$")


def _pronoun_step(f: _Found) -> None:
    doc, table = f.doc, token_table(f.doc)
    for i, (pos, tag) in enumerate(zip(table.pos, table.tag, strict=True)):
        if not _pronoun_tags(pos, tag):
            continue
        t = doc[i]
        for words, kind, plural in PRONOUN_KINDS:
            if t.lower_ in words:
                f.mentions.append(Mention(t.i, t.i + 1, t.i, "pronoun", kind, t.text, plural=plural, subject_dep=t.dep_ == "nsubj"))
                break


# 5. first-person pronouns inside direct quotes ("We want …," he said): resolved to the speaker


def _quoted_step(f: _Found) -> None:
    doc = f.doc
    for qs, qe in quote_ranges(doc_text(doc)):
        for t in _tokens_in(doc, qs, qe):
            if t.lower_ in FIRST_PERSON and _is_pronoun(t):
                m = Mention(t.i, t.i + 1, t.i, "quoted", "person", t.text, plural=t.lower_ in FIRST_PLURAL)
                m.quote = (qs, qe)
                f.mentions.append(m)


# The steps of find_mentions, in order: a later step sees the mentions and taken tokens of earlier ones.
_STEPS: tuple[Callable[[_Found], None], ...] = (
    _dictionary_step,
    _entity_step,
    _surname_step,
    _role_step,
    _definite_country_step,
    _pronoun_step,
    _quoted_step,
)


def find_mentions(
    doc: Doc, place_spans: set[tuple[int, int]] | None = None, place_country: dict[int, str] | None = None
) -> list[Mention]:
    """Every actor mention of the doc, in text order (nested role/name mentions allowed).

    ``place_spans``: token ranges the places stage resolved (not taken for organisations);
    ``place_country``: token → ISO-3 of resolved places (lends a country to "Darfur rebels")."""
    place_spans = place_spans or set()
    place_tokens, place_country = place_context(doc, place_spans, place_country or {})
    found = _Found(doc, place_spans, place_tokens, place_country, _anti_tokens(doc))
    for step in _STEPS:
        step(found)
    found.mentions.sort(key=lambda m: (m.start, -(m.end - m.start)))
    return found.mentions


def quote_ranges(text: str) -> list[tuple[int, int]]:
    """Character ranges of direct quotes (straight or curly double quotes; an unclosed straight quote
    runs to the end of its paragraph)."""
    out: list[tuple[int, int]] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch in ('"', "“"):
            close = '"' if ch == '"' else "”"
            end_para = text.find("\n\n", i)
            end_para = n if end_para == -1 else end_para
            j = text.find(close, i + 1, end_para)
            if j == -1:
                j = min(text.find("\n", i) if text.find("\n", i) != -1 else n, end_para)
                out.append((i + 1, j))
                i = j
                continue
            out.append((i + 1, j))
            i = j + 1
            continue
        i += 1
    return out


def _tokens_in(doc: Doc, start: int, end: int) -> list[Token]:
    span = doc.char_span(start, end, alignment_mode="contract")
    return list(span) if span is not None else []


TITLE_POS = frozenset({"PROPN", "NOUN", "ADJ", "DET", "PART", "ADP", "PUNCT", "VERB"})


def _title_window(doc: Doc, start: int) -> list[Token]:
    """Title words right before a name: "U.S. Secretary of State", "Lebanon's new President",
    "Arab League Secretary-General", "Ousted President" (stops at verbs, commas and other names)."""
    out: list[Token] = []
    i = start - 1
    sent_start = sentence_of(doc, start).start
    while i >= sent_start and len(out) < 8:
        t = doc[i]
        if t.ent_type_ == "PERSON" or t.pos_ not in TITLE_POS or t.text in (",", ";", ":", "(", ")", '"', "“"):
            break
        if spaced_dash(doc, i):
            break  # a dateline dash ("JAKARTA - Anti-Taliban leader …"), not a hyphen
        if t.pos_ == "ADP" and t.lower_ not in ("of", "for"):
            break
        if t.pos_ == "VERB" and t.tag_ != "VBN":
            break
        out.append(t)
        i -= 1
    return list(reversed(out))


TITLE_ROLES = LiveSet.pairs_from_json("actors/mentions.json", "title_roles")
FORMER_WORDS = _words("former_words")
PARTY_MEMBER_NOUNS = _words("party_member_nouns")


def person_titles(doc: Doc, m: Mention) -> tuple[set[str], set[str]]:
    """``title-description``: the role nouns a person's name is given ("Sen. Ann Lee", "Governor Ann Lee",
    "Ann Lee, the Republican nominee", "Ann Lee of Ohio") and every word of those titles, lower-case; a past
    title ("the former governor", "then-Gov."; ``former_words``) is none."""
    head = doc[m.head]
    while head.dep_ == "compound" and head.head.ent_type_ == "PERSON":
        head = head.head
    phrases = [_title_window(doc, m.start)]
    for child in head.children:
        if child.dep_ == "appos" and child.ent_type_ != "PERSON":
            phrases.append(list(doc[phrase_left(child) : child.i + 1]))
        elif child.dep_ == "prep" and child.lower_ == "of" and child.i > head.i:
            phrases.append(list(child.subtree))
    abbreviations = dict(TITLE_ROLES)
    phrases = [p for p in phrases if not any(w in FORMER_WORDS for t in p for w in t.lower_.split("-"))]
    roles: set[str] = set()
    words: set[str] = set()
    for tokens in phrases:
        words.update(t.lower_ for t in tokens)
        for j, t in enumerate(tokens):
            if t.lower_ in abbreviations:
                roles.add(abbreviations[t.lower_])
            elif t.pos_ in ("NOUN", "PROPN"):
                key, _size = _role_key(tokens[: j + 1])
                if key is not None:
                    roles.add(key)
    return roles, words


def _person_context(
    doc: Doc, span: Span, named_at: dict[int, int], anti: set[int], place_country: dict[int, str]
) -> PhraseInfo:
    """Titles and modifiers around a person name: "US President Donald Trump", "anti-Taliban leader
    Ahmad Massoud", "Ahmad Massoud, the rebel commander" (the appositive's head and its modifiers),
    "King Hassan of Morocco"."""
    head = span.root
    while head.dep_ == "compound" and head.head.ent_type_ == "PERSON":
        head = head.head
    mods = [t for t in doc[phrase_left(head) : span.start] if t.pos_ not in DETERMINERS]
    seen = {t.i for t in mods}
    mods.extend(t for t in _title_window(doc, span.start) if t.i not in seen and t.pos_ not in DETERMINERS)
    for child in head.children:
        if child.dep_ == "appos" and child.ent_type_ != "PERSON":
            mods.extend(t for t in doc[phrase_left(child) : child.i + 1] if t.pos_ not in DETERMINERS)
        elif child.dep_ == "prep" and child.lower_ == "of" and child.i > head.i:
            mods.extend(g for g in child.children if g.dep_ == "pobj" and g.ent_type_ == "GPE")
    return read_modifiers(doc, mods, named_at, anti, place_country)
