"""Toponym recognition: which stretches of an article name places.

Candidates come from two sources, merged per token: spaCy's GPE/LOC entities, and a scan of
capitalised n-grams against the gazetteer (which finds places the small model tags as ORG, PERSON or
nothing). Context decides which candidates stand: cue words ("Baghlan province", "the Panjshir
valley", "province of X"), prepositions of place ("in X", "near X"), and rejections (a name inside an
organisation such as "Washington Post", person names, demonyms, sentence-initial common words,
title-case headline words such as "Us").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span, Token

from ..doccache import doc_text, token_table
from ..lexicons import LiveSet, data_json
from ..quotes.cues import PLACE_SPEECH_VERBS
from ..textutil import words_lower_cased
from .names import ADMIN_WORDS, name_key
from .store import NAME_ASCII, NAME_DEMONYM, NAME_OFFICIAL, NAME_SHORT, Candidate, Gazetteer

MAX_NGRAM = 5
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
BLOCK_LABELS = frozenset({"PERSON", "ORG", "NORP", "WORK_OF_ART", "EVENT", "PRODUCT", "LAW", "LANGUAGE"})
NON_NAME_POS = frozenset({"ADJ", "VERB", "ADV", "PRON", "DET", "ADP", "AUX", "CCONJ", "SCONJ", "NUM", "INTJ"})
NON_PLACE_LABELS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL", "CARDINAL"})

# The word lists are data: eventwire/data/places/recognition.json (docs/lexicons.md), read through the
# lexicon overlay in force at each use.
WORDS_FILE = "places/recognition.json"


def _words(name: str) -> LiveSet[str]:
    return LiveSet.from_json(WORDS_FILE, name)


def _word_table(name: str, word: str) -> str | None:
    """The entry for ``word`` of the word -> feature table ``name`` of :data:`WORDS_FILE`."""
    value = data_json(WORDS_FILE).get(name, {}).get(word)
    return str(value) if value is not None else None


DIRECTIONAL_PREPS = _words("directional_preps")
# The object of a visit verb is a destination like a "to" object (``visit-object``): "visit" counts as
# a directional preposition for the prominent-destination rule.
VISIT_VERBS = _words("visit_verbs")
STREET_WORDS = _words("street_words")
COURT_KINDS = _words("court_kinds")
"""Kinds of court: "Supreme Court" is no street, "Bantam Superior Court" (three words) is."""
INSTITUTION_WORDS = _words("institution_words")
MODIFIED_NOUNS = _words("modified_nouns")
"""Nouns a place name modifies and so locates: "Kabul residents", "Athens police"."""
FILLER_WORDS = frozenset({"the", "of", "and", "-", "'s", "’s"}) | frozenset(ADMIN_WORDS) | _words("direction_words")
SPEECH_VERBS = PLACE_SPEECH_VERBS  # data/quotes/cues.json "place_speech_verbs"
PLACE_PREPS = _words("place_preps")
STRONG_PREPS = _words("strong_preps") | frozenset({"modifier"})
"""Prepositions that place a name firmly, and "modifier" (the name modifies a noun: "Kabul residents")."""
CONNECTORS = _words("connectors")
NAME_ARTICLES = _words("name_articles")
"""Connectors that, capitalised, may open a name of several words ("La Crosse", "El Paso", "Des Moines")."""
NEVER = _words("never_alone")
"""Capitalised words that are never a place on their own in English news text."""
ORGANISATION_HEADS = _words("organisation_heads")
ORGANISATION_OPENERS = _words("organisation_openers")
SURNAME_WORDS = _words("surname_words")
"""Lower-case words that open an organisation's name before a place name ("all india radio")."""
"""Admin words that head an organisation's name ("Justice Department") rather than cue a place."""


@dataclass
class Mention:
    start: int
    """Character offsets into the article text."""
    end: int
    text: str
    key: str
    candidates: tuple[Candidate, ...]
    tok_start: int = -1
    tok_end: int = -1
    ner: str | None = None
    """The spaCy entity label the mention sits in (GPE, ORG, ...), if any."""
    cue: str | None = None
    """Feature a cue word asks for: admin1 ("province"), admin2 ("county"), populated_place ("town")."""
    prep: str | None = None
    headline: bool = False
    dateline: bool = False
    sentence_initial: bool = False
    embedded: bool = False
    """Directly followed by another capitalised word (part of a longer proper name)."""
    qualifier: int | None = None
    """Index of a mention that qualifies this one ("Alexandria, La.")."""
    pos: str | None = None
    """Part of speech of a one-word mention (a capitalised adjective is no place: "Western help")."""
    plural_of_place: bool = False
    street: bool = False
    demonym: bool = False
    """A country demonym the parser tagged as a place ("Ukrainian"): listed apart, not a place."""
    common_word: bool = False
    """A one-word mention that is also an English dictionary word ("Man", "Western", "Bell")."""
    inner_org: bool = False
    """``inner-org-word``: after a capitalised word of the organisation entity it names the jurisdiction of."""
    definite: bool = False
    """Right after "the" ("according to *the* Post")."""
    everyday_word: bool = False
    """``common-word-name``: a one-word mention that is an everyday English word, an adjective, adverb or verb
    or a listed common word ("Post", "Metro"; not a noun only, as the noun tables list proper nouns too)."""
    person_name: bool = False
    """Looks like (part of) a person's name: "Walker said", or a word of a full name elsewhere."""
    named_surname: bool = False
    """A one-word name that is the surname of a person named in full elsewhere in the article ("Hillary
    Clinton ... in Clinton's view"): ``named-person-surname``."""
    possessive: bool = False
    """Followed by a possessive "'s" and a lower-case word that is no place word ("Clinton's view", not
    "Giza's Haram district", "Kabul's residents"): a preposition before it governs the noun after."""
    indefinite: bool = False
    """Right after "a" / "an" ("armed with a Taser"): ``indefinite-unknown``."""
    adjective: bool = False
    """A one-word name that is an English adjective ("Federal", "Central", "Eastern"): ``adjective-short-name``."""
    organisation_word: bool = False
    """An English adjective inside an organisation's name ("Federal Bureau of Investigation"): ``organisation-adjective``."""
    jurisdiction: bool = False
    """Names the jurisdiction of an institution: "Athens Police Department", "University of Rochester"."""
    lowercase: bool = False
    """Found by the lower-case scan of a lower-cased text (an unambiguous, prominent place name)."""
    listed: bool = False
    """Its name is on the not-a-place list (``eventwire/data/places/not_places*.txt``)."""
    decided_by: str | None = None
    """The name of the acceptance rule that decided (:data:`ACCEPT_RULES`)."""
    reasons: list[str] = field(default_factory=list)


def _cap(tok: Token) -> bool:
    return _cap_word(tok.text)


def _cap_word(t: str) -> bool:
    """:func:`_cap` of a token's text."""
    return bool(t) and t[0].isupper() and any(c.isalpha() for c in t)


def _name_token(tok: Token) -> bool:
    return _cap(tok) or tok.text.lower() in CONNECTORS


def _trim_period(text: str, start: int, end: int) -> int:
    """Drop a sentence-final period glued to a name ("Kabul."), keep abbreviations ("La.", "U.S.")."""
    if end - start > 1 and text[end - 1] == ".":
        word = text[start : end - 1].split()[-1] if text[start : end - 1].split() else ""
        if "." not in word and len(word) > 4:
            return end - 1
    return end


def _boundary(doc: Doc, i: int) -> bool:
    """True when a line break or sentence start separates token ``i`` from token ``i - 1``."""
    if i <= 0:
        return True
    prev = doc[i - 1]
    return "\n" in prev.whitespace_ or "\n" in prev.text or bool(doc[i].is_sent_start)


def _street(text: str) -> bool:
    """"Maple Court", "Main Street", "Bantam Superior Court": a proper name ending in a street word
    ("the Supreme Court" and lower-case "the high court" are none)."""
    words = text.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    if len(words) < 2 or words[-1].lower() not in STREET_WORDS or not words[0][:1].isupper():
        return False
    return not (len(words) == 2 and words[-1].lower() == "court" and words[0].lower() in COURT_KINDS)


def _prominent(cands: Sequence[Candidate], min_pop: int) -> bool:
    for c in cands:
        if c.name_kind == NAME_SHORT:
            continue
        feat = c.place.feature
        if feat in ("country", "region") or (feat == "admin1" and c.name_kind <= 2):
            return True
        if c.name_kind <= 1 and c.place.population >= min_pop:
            return True
    return False


def _entity_index(doc: Doc) -> dict[int, tuple[str, int, int]]:
    """Token index -> (label, start token, end token) of the spaCy entity it sits in."""
    ent_of: dict[int, tuple[str, int, int]] = {}
    for ent in doc.ents:
        for t in range(ent.start, ent.end):
            ent_of[t] = (ent.label_, ent.start, ent.end)
    return ent_of


def _places_only(cands: Sequence[Candidate]) -> tuple[Candidate, ...]:
    """Gazetteer entries of a name less its demonym entries ("Afghan" names no place)."""
    return tuple(c for c in cands if c.name_kind != NAME_DEMONYM)


def _covered(mentions: Sequence[Mention]) -> set[int]:
    return {t for m in mentions for t in range(m.tok_start, m.tok_end)}


@dataclass
class _TokenView:
    """Per-token facts of a parsed article that the capitalised-name scan reads many times."""

    text: str
    cap: list[bool]
    lower: list[str]
    name_ok: list[bool]
    starts: list[int]
    ends: list[int]
    boundary: list[bool]
    words: list[str]
    stop: list[bool]
    alpha: list[bool]

    @classmethod
    def of(cls, doc: Doc) -> _TokenView:
        tokens = list(doc)  # one Token object per token, read here once
        words = [t.text for t in tokens]
        cap = [_cap(t) for t in tokens]
        lower = [w.lower() for w in words]
        starts = [t.idx for t in tokens]
        breaks = ["\n" in t.whitespace_ or "\n" in w for t, w in zip(tokens, words, strict=True)]
        return cls(
            doc_text(doc),
            cap,
            lower,
            [c or w in CONNECTORS for c, w in zip(cap, lower, strict=True)],
            starts,
            [s + len(w) for s, w in zip(starts, words, strict=True)],
            [k <= 0 or breaks[k - 1] or bool(t.is_sent_start) for k, t in enumerate(tokens)],  # as _boundary
            words,
            [t.is_stop for t in tokens],
            [t.is_alpha for t in tokens],
        )

    def may_start(self, i: int) -> bool:
        """A name starts with a capitalised word that is no connector ("of", "de")."""
        return self.cap[i] and self.lower[i] not in CONNECTORS

    def article_start(self, i: int) -> bool:
        """``name-article-opener``: a capitalised article word ("La", "EL", "Des") opens a name of several
        words ("LA CROSSE", "El Paso"), never a name alone."""
        return self.cap[i] and self.lower[i] in NAME_ARTICLES

    def may_span(self, i: int, j: int) -> bool:
        """Tokens ``i:j`` can form one name: capitalised last word, name words only, on one line and in
        one sentence."""
        return self.cap[j - 1] and all(self.name_ok[i:j]) and not any(self.boundary[i + 1 : j])


def _ngram_mention(view: _TokenView, gaz: Gazetteer, not_places: frozenset[str], i: int, j: int) -> Mention | None:
    """The mention tokens ``i:j`` make when they name a gazetteer place (or a listed non-place of
    several words, so it is not found again word by word)."""
    if not view.may_span(i, j):
        return None
    s = view.starts[i]
    e = _trim_period(view.text, s, view.ends[j - 1])
    key = name_key(view.text[s:e])
    if not key or key in NEVER:
        return None
    cands = _places_only(gaz.lookup_key(key))
    if cands or (key in not_places and j - i > 1):
        return Mention(s, e, view.text[s:e], key, cands, i, j)
    return None


def _longest_name_at(
    view: _TokenView, gaz: Gazetteer, not_places: frozenset[str], i: int, min_size: int = 1
) -> Mention | None:
    """The longest name (up to ``MAX_NGRAM`` words, at least ``min_size``) starting at token ``i``."""
    for size in range(min(MAX_NGRAM, len(view.cap) - i), min_size - 1, -1):
        found = _ngram_mention(view, gaz, not_places, i, i + size)
        if found is not None:
            return found
    return None


def capitalised_mentions(
    doc: Doc, gaz: Gazetteer, not_places: frozenset[str] = frozenset(), view: _TokenView | None = None
) -> list[Mention]:
    """Capitalised n-grams naming gazetteer places, longest first, left to right, not overlapping."""
    view = view or _TokenView.of(doc)
    out: list[Mention] = []
    i = 0
    while i < len(view.cap):
        found = None
        if view.may_start(i):
            found = _longest_name_at(view, gaz, not_places, i)
        elif view.article_start(i):
            found = _longest_name_at(view, gaz, not_places, i, min_size=2)
        if found is None:
            i += 1
            continue
        found.listed = found.key in not_places
        out.append(found)
        i = found.tok_end
    return out


def _street_mention(ent: Span) -> Mention:
    """A street or road: a place, though not in the gazetteer."""
    sm = Mention(ent.start_char, ent.end_char, ent.text, name_key(ent.text), (), ent.start, ent.end)
    sm.street = True
    return sm


def _entity_mention(ent: Span, gaz: Gazetteer, not_places: frozenset[str]) -> Mention:
    """A spaCy GPE/LOC entity as a mention, looked up by its words (without a leading "the" when the
    whole finds nothing); a demonym when its only entries are demonyms."""
    key = name_key(ent.text)
    every = gaz.lookup_key(key)
    cands = _places_only(every)
    if not cands and ent.text.lower().startswith("the "):
        key = name_key(ent.text[4:])
        every = gaz.lookup_key(key)
        cands = _places_only(every)
    em = Mention(ent.start_char, ent.end_char, ent.text, key, cands, ent.start, ent.end)
    em.demonym = not cands and any(c.name_kind == NAME_DEMONYM for c in every)
    em.listed = key in not_places
    return em


def _add_entities(doc: Doc, gaz: Gazetteer, raw: list[Mention], not_places: frozenset[str]) -> list[Mention]:
    """``raw`` with spaCy's streets (replacing any match inside them) and the GPE/LOC entities the
    gazetteer scan did not cover (they keep their span)."""
    covered = _covered(raw)
    for ent in doc.ents:
        if ent.label_ in ("FAC", "GPE", "LOC", "ORG") and _street(ent.text):
            raw = [m for m in raw if not (m.tok_start >= ent.start and m.tok_end <= ent.end)]
            raw.append(_street_mention(ent))
        elif ent.label_ in ("GPE", "LOC") and not any(t in covered for t in range(ent.start, ent.end)):
            raw.append(_entity_mention(ent, gaz, not_places))
    return raw


def _alpha_words(tokens: Sequence[Token]) -> list[str]:
    """The words the lower-case test counts: a lone non-ASCII letter ('Â', a mis-decoded non-breaking
    space) is mojibake, not a capitalised word."""
    return [t.text for t in tokens if t.is_alpha and "\n" not in t.text and (len(t.text) > 1 or t.text.isascii())]


def _alpha_view_words(view: _TokenView) -> list[str]:
    """:func:`_alpha_words` of the doc's tokens, read from a token view."""
    return [w for w, a in zip(view.words, view.alpha, strict=True) if a and "\n" not in w and (len(w) > 1 or w.isascii())]


def lower_cased(tokens: Sequence[Token], share: float = 0.03) -> bool:
    """Whether a parsed text is lower-cased throughout (IndiaPoliceEvents): under ``share`` of its
    words start with a capital letter (:func:`eventwire.textutil.words_lower_cased`)."""
    return words_lower_cased(_alpha_words(tokens), share)


def find_mentions(
    doc: Doc,
    gaz: Gazetteer,
    *,
    headline: tuple[int, int] | None = None,
    dateline: tuple[int, int] | None = None,
    min_pop: int = 5000,
    common_words: frozenset[str] = frozenset(),
    not_places: frozenset[str] = frozenset(),
    lower_common: frozenset[str] | None = None,
    adjectives: frozenset[str] = frozenset(),
) -> list[Mention]:
    """Recognise toponyms in a parsed article; candidates are attached (unresolved).

    ``common_words``: lower-case English dictionary words (see :func:`dictionary_words`); a one-word
    name that is one of them and is tagged as a common noun, adjective or verb is not a place.
    ``not_places``: name keys that are not places in news text unless a cue word says so ("MoD",
    "Reuters"; see :func:`not_place_keys`). In a lower-cased text (:func:`lower_cased`) prominent
    place names are also found in lower case (:func:`lowercase_mentions`), except ``lower_common``
    words (default ``common_words``; see :func:`lower_case_common`). ``adjectives``: the lower-case
    English adjectives (``dictionary_words(nlp, ("adj",))``): one of them inside an organisation's name
    ("Federal Bureau of Investigation") is no jurisdiction of it (:func:`_mark_organisation_word`)."""
    view = _TokenView.of(doc)
    raw = capitalised_mentions(doc, gaz, not_places, view)
    lower = words_lower_cased(_alpha_view_words(view), 0.03)  # lower_cased(list(doc)), from the view
    if lower:
        common = common_words if lower_common is None else lower_common
        raw += lowercase_mentions(doc, gaz, _covered(raw), common | not_places, common_words, view)
    raw = _add_entities(doc, gaz, raw, not_places)
    if lower:
        raw = [m for m in raw if not _opened_organisation(doc, m.tok_start)]
    raw.sort(key=lambda m: m.start)
    setting = _Setting(doc, _entity_index(doc), headline, dateline, {m.key for m in raw if m.candidates},
                       set(), _person_words(doc), common_words, _person_surnames(doc), adjectives,
                       lowercase_common_words() if lower_common is None else lower_common)  # fmt: skip
    owner = {t: k for k, m in enumerate(raw) for t in range(m.tok_start, m.tok_end)}
    for k, m in enumerate(raw):
        setting.others = {t for t, o in owner.items() if o != k}
        annotate(m, setting)
    _attach_qualifiers(doc_text(doc), raw)
    return raw


LOWER_MIN_POP = 50_000
"""Population from which a lower-case name in a lower-cased text is taken as a place."""
LOWER_NOUN_MIN_POP = 500_000
"""The same for a word the lemma tables list as a noun ("temple"): it may be a common noun."""
LOWER_MAX_NGRAM = 3


def _unambiguous(cands: Sequence[Candidate], min_pop: int = LOWER_MIN_POP) -> bool:
    """A name a lower-cased text can be trusted to use as a place: its most prominent entry, under
    its own name, is a country, a first-level region or a town of at least ``min_pop``."""
    for c in cands:
        if c.name_kind > 1:
            continue
        if c.place.feature in ("country", "admin1") or c.place.population >= min_pop:
            return True
    return False


def _hyphenated(doc: Doc, i: int, j: int) -> bool:
    """Tokens ``i:j`` are glued by a hyphen to a neighbour ("all-india")."""
    before = i > 0 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_
    after = j < len(doc) and doc[j].text == "-" and not doc[j - 1].whitespace_
    return before or after


def _lower_runs(view: _TokenView, covered: set[int]) -> list[int]:
    """For each token, the most tokens a lower-case name may span from it: alphabetic tokens outside
    ``covered``, with no line break or sentence start after the first."""
    n = len(view.words)
    usable = [a and i not in covered for i, a in enumerate(view.alpha)]
    cont = [0] * (n + 1)  # tokens from k on that may continue a name (usable, no break before them)
    for k in range(n - 1, 0, -1):
        cont[k] = cont[k + 1] + 1 if usable[k] and not view.boundary[k] else 0
    return [1 + cont[i + 1] if usable[i] else 0 for i in range(n)]


def _opened_organisation(doc: Doc, i: int) -> bool:
    """all-x-organisation: "all india babri masjid committee", "all india radio": in a lower-cased text a
    place name after an organisation opener begins an organisation's name."""
    return i >= 1 and doc[i - 1].lower_ in ORGANISATION_OPENERS


def _lower_person_name(doc: Doc, i: int, j: int) -> bool:
    """lower-case-person-name: in a lower-cased text a one-word name after a one-letter initial ("r k
    *anand*") or before a common surname ("*kalyan* singh") is part of a person's name, no place."""
    before = doc[i - 1].text.rstrip(".").lower() if i >= 1 else ""
    initial = len(before) == 1 and before.isalpha() and before not in ("a", "i")
    return initial or (j < len(doc) and doc[j].lower_ in SURNAME_WORDS)


def _cue_before(doc: Doc, i: int) -> str | None:
    """The admin word of "town of X", "village of X" before token ``i``."""
    if i >= 2 and doc[i - 1].lower_ == "of":
        return _word_table("pre_cues", doc[i - 2].lower_)
    return None


def _cued_lower(doc: Doc, i: int, j: int, key: str, cands: Sequence[Candidate], nouns: frozenset[str]) -> bool:
    """lower-case-cued-name: in a lower-cased text, a name that is no dictionary word and that a cue word
    places ("chhota udaipur town", "murbad village", "town of kawant") is a place however small, when the
    gazetteer has it with the feature the cue asks for."""
    if key in nouns:
        return False
    after = doc[j].lower_ if j < len(doc) else ""
    cue = ADMIN_WORDS.get(after) or _cue_before(doc, i)
    return cue is not None and any(c.place.feature == cue for c in cands)


def _lower_name_at(
    doc: Doc, view: _TokenView, gaz: Gazetteer, i: int, run: int, common: frozenset[str], nouns: frozenset[str]
) -> Mention | int:
    """The longest lower-case place name starting at token ``i`` (up to ``run`` tokens), or the token
    index the scan goes on from: past a listed name of several words, which shields its words
    (listed-name-shields-words: "lok sabha" is no town Sabha), else the next token."""
    text = view.text
    for size in range(min(LOWER_MAX_NGRAM, run), 0, -1):
        j = i + size
        if view.stop[j - 1]:
            continue
        start, end = view.starts[i], view.ends[j - 1]  # the span's characters (Span.text)
        key = name_key(text[start:end])
        if size > 1 and key in common:
            return j
        if len(key) < 4 or (size == 1 and (key in common or key in STOP_WORDS)) or key in NEVER:
            continue
        if size == 1 and _lower_person_name(doc, i, j):
            continue
        cands = tuple(c for c in gaz.lookup_key(key) if c.name_kind != NAME_DEMONYM)
        min_pop = LOWER_NOUN_MIN_POP if size == 1 and key in nouns else LOWER_MIN_POP
        if (
            cands
            and (_unambiguous(cands, min_pop) or _cued_lower(doc, i, j, key, cands, nouns))
            and not _hyphenated(doc, i, j)
        ):
            return Mention(start, end, text[start:end], key, cands, i, j, lowercase=True)
    return i + 1


def lowercase_mentions(
    doc: Doc,
    gaz: Gazetteer,
    covered: set[int],
    common: frozenset[str],
    nouns: frozenset[str] = frozenset(),
    view: _TokenView | None = None,
) -> list[Mention]:
    """Place names written in lower case ("surat", "new delhi") outside ``covered`` tokens: words that
    are neither stop words nor ``common`` words, naming a prominent place (more prominent for one of
    the ``nouns``), not part of a hyphenated compound."""
    view = view or _TokenView.of(doc)
    text = view.text
    out: list[Mention] = []
    runs = _lower_runs(view, covered)
    i, n = 0, len(view.words)
    while i < n:
        if not runs[i] or view.stop[i] or view.words[i][:1].isupper():
            i += 1
            continue
        found = _lower_name_at(doc, view, gaz, i, runs[i], common, nouns)
        if isinstance(found, int):
            i = found
            continue
        out.append(found)
        i = found.tok_end
    return [m for m in out if text[m.start : m.end] == m.text]


@dataclass
class _Setting:
    """What annotating a mention reads besides the mention itself: the parse and the article around it."""

    doc: Doc
    ent_of: dict[int, tuple[str, int, int]]
    """Token index -> the spaCy entity it sits in (:func:`_entity_index`)."""
    headline: tuple[int, int] | None
    dateline: tuple[int, int] | None
    plural_keys: set[str]
    """Keys of the names with gazetteer entries ("Smiths" is the plural of the place "Smith")."""
    others: set[int]
    """Tokens of the other mentions."""
    person_words: set[str]
    common_words: frozenset[str] = frozenset()
    surnames: set[str] = field(default_factory=set)
    """Last words of multi-word person names in the article (:func:`_person_surnames`)."""
    adjectives: frozenset[str] = frozenset()
    """Lower-case English adjectives (:func:`_mark_organisation_word`)."""
    everyday_words: frozenset[str] = frozenset()
    """Everyday English words (:func:`lower_case_common`): ``Mention.everyday_word``."""


def _next_token(m: Mention, s: _Setting) -> Token | None:
    return s.doc[m.tok_end] if m.tok_end < len(s.doc) else None


def _next_on_line(m: Mention, s: _Setting) -> str | None:
    """The lower-cased word right after the mention when no line break comes between."""
    if m.tok_end < len(s.doc) and "\n" not in s.doc[m.tok_end - 1].whitespace_:
        return s.doc[m.tok_end].text.lower()
    return None


def _mark_entity(m: Mention, s: _Setting) -> None:
    """``ner``: the label of the entity the mention sits in (a place label first); "-partial" when the
    entity holds more than the name, fillers and institution words ("Washington" in "Washington Post")."""
    labels = {s.ent_of[t] for t in range(m.tok_start, m.tok_end) if t in s.ent_of}
    if not labels:
        return
    label, es, ee = sorted(labels, key=lambda x: (x[0] not in PLACE_LABELS, x[1]))[0]
    rest = [s.doc[t] for t in range(es, ee) if not m.tok_start <= t < m.tok_end]
    if label == "FAC" and _facility_name_pair(s.doc[es:ee], rest, s):
        m.ner = label + "-partial"  # facility-name-pair: "Marco Rubio" tagged FAC is one name, no two places
        return
    if all(
        t.i in s.others or t.is_punct or t.text.lower() in FILLER_WORDS or t.text.lower() in INSTITUTION_WORDS
        for t in rest
    ):
        m.ner = label
    else:
        m.ner = label + "-partial"  # "Ridge" in "Glacier Ridge", "Washington" in "Washington Post"


def _facility_name_pair(ent: Span, rest: Sequence[Token], s: _Setting) -> bool:
    """``facility-name-pair``: a facility entity made only of two or more names the gazetteer knows, side by side
    with nothing but a space between them ("Marco Rubio", "Jackson Lincoln" tagged FAC), is one longer name
    (a person's, most often), not a list of places: "Springfield, Illinois" has its comma."""
    return (
        len(ent) > 1
        and bool(rest)
        and all(t.i in s.others for t in rest)
        and all(t.whitespace_ == " " for t in ent[:-1])
        and all(_cap(t) and t.is_alpha for t in ent)
    )


def _mark_person_name(m: Mention, s: _Setting) -> None:
    """``person_name``: outside a place entity, a word of a full name elsewhere, or followed by a
    speech verb ("Walker said"); inside a place entity, a lone surname of a full name elsewhere that
    names no country or first-level region (``surname-over-entity``: "Andrew Brunson ... Brunson, a
    native of ..." tagged GPE)."""
    one_word = m.tok_end - m.tok_start == 1
    m.named_surname = one_word and m.key in s.surnames
    nxt = _next_token(m, s)
    m.possessive = _possessive_of_thing(s.doc, m.tok_end)
    if m.ner in ("GPE", "LOC"):
        m.person_name = (
            m.tok_end - m.tok_start == 1
            and m.key in s.person_words
            and not any(c.place.feature in ("country", "admin1") for c in m.candidates)
        )
        return
    if m.tok_end - m.tok_start == 1 and m.key in s.person_words:
        m.person_name = True
    if nxt is not None and nxt.lemma_.lower() in SPEECH_VERBS:
        m.person_name = True


INDEFINITE_ARTICLES = frozenset({"a", "an"})


def _mark_word_class(m: Mention, s: _Setting) -> None:
    """``pos`` and ``common_word`` of a one-word mention; ``indefinite`` of any."""
    m.indefinite = m.tok_start > 0 and s.doc[m.tok_start - 1].lower_ in INDEFINITE_ARTICLES
    m.definite = m.tok_start > 0 and s.doc[m.tok_start - 1].lower_ == "the"
    if m.tok_end - m.tok_start == 1:
        m.pos = s.doc[m.tok_start].pos_
        m.common_word = m.key in s.common_words
        m.everyday_word = m.key in s.everyday_words
        m.adjective = m.key in s.adjectives


def _mark_own_cue(m: Mention, s: _Setting) -> None:
    """"Rapides Parish", "Baghlan Province": the name carries its own cue word."""
    last = s.doc[m.tok_end - 1].text.lower()
    if m.tok_end - m.tok_start > 1 and last in ADMIN_WORDS:
        m.cue = ADMIN_WORDS[last]


def _mark_plural_of_place(m: Mention, s: _Setting) -> None:
    if not m.candidates and m.key.endswith("s") and m.key[:-1] in s.plural_keys:
        m.plural_of_place = True


def _mark_position(m: Mention, s: _Setting) -> None:
    """In the headline, in the dateline, at a sentence start."""
    m.headline = s.headline is not None and s.headline[0] <= m.start < s.headline[1]
    m.dateline = s.dateline is not None and s.dateline[0] <= m.start < s.dateline[1]
    m.sentence_initial = _boundary(s.doc, m.tok_start)


def _organisation_head(m: Mention, nxt: Token, s: _Setting) -> bool:
    """organisation-head: "Justice Department", "State Department": a capitalised head word of an
    organisation entity right after the name belongs to the organisation's name; it is no cue."""
    ent = s.ent_of.get(nxt.i)
    return (
        nxt.text.lower() in ORGANISATION_HEADS
        and _cap(nxt)
        and ent is not None
        and ent[0] == "ORG"
        and ent[1] <= m.tok_start
    )


def _mark_next_word(m: Mention, s: _Setting) -> None:
    """An admin word after the name is its cue ("Baghlan province"); a capitalised word after it on the
    same line makes it part of a longer name (``embedded``)."""
    nxt = _next_token(m, s)
    if nxt is None:
        return
    before = s.doc[m.tok_end - 1].whitespace_
    word = nxt.text.lower()
    if _organisation_head(m, nxt, s):
        return
    if word in ADMIN_WORDS and "\n" not in before:
        m.cue = ADMIN_WORDS[word]
    elif _cap(nxt) and not _boundary(s.doc, m.tok_end) and before == " ":
        m.embedded = True


def _mark_modified_noun(m: Mention, s: _Setting) -> None:
    """"Kabul residents", "Athens police": the name modifies a noun, which places it like a preposition."""
    if _next_on_line(m, s) in MODIFIED_NOUNS and m.cue is None:
        m.prep = m.prep or "modifier"


def _mark_organisation_word(m: Mention, s: _Setting) -> None:
    """organisation-adjective: a one-word name inside an organisation's name that is an English adjective
    ("Federal" in "Federal Bureau of Investigation", "Central" in "Central Bank", "National" ...) is the
    organisation's own word, not the place it serves (Federal District, Brazil): no jurisdiction, and an
    organisation entity's place only with a cue word or another mention of the name as a place.
    "Athens Police Department" and "Kabul University" keep their place."""
    m.organisation_word = (
        m.ner is not None and m.ner.startswith("ORG") and m.tok_end - m.tok_start == 1 and m.key in s.adjectives
    )


def _mark_institution(m: Mention, s: _Setting) -> None:
    """"Athens Police Department": an organisation name whose place word names its jurisdiction."""
    if (
        m.ner is not None
        and m.ner.startswith("ORG")
        and _next_on_line(m, s) in INSTITUTION_WORDS
        and not m.organisation_word
    ):
        m.jurisdiction = True
        m.inner_org = _inner_org_word(m, s)


def _inner_org_word(m: Mention, s: _Setting) -> bool:
    """``inner-org-word``: a name after a capitalised word of the same organisation entity ("Pleasant *Lane*
    School") is a word of its name, not the jurisdiction it opens with ("*North* Powderly High School" opens with
    a direction word of the place), unless a very prominent place (``COMMON_NAME_PROMINENCE`` times: "Eastern
    *Kentucky* University", "Northeast *Texas* Community College" stay, "Matthew *Arnold* School" does not: see
    :func:`_jurisdiction`)."""
    k = m.tok_start - 1
    ent = s.ent_of.get(m.tok_start)
    return k >= 0 and ent is not None and ent[1] <= k and _cap(s.doc[k]) and s.doc[k].lower_ not in FILLER_WORDS | {"a", "an"}


LIST_SEPARATORS = (",", "and", "or", "&")


def _mark_list_cue(m: Mention, s: _Setting) -> None:
    """"Jackson and Barrow counties", "Clarke, Madison and Oconee counties": a plural admin word ending a
    list of names is the cue of each (looked for within ten tokens)."""
    if _next_on_line(m, s) not in LIST_SEPARATORS or m.cue is not None:
        return
    for t in s.doc[m.tok_end : min(len(s.doc), m.tok_end + 10)]:
        w = t.text.lower()
        cue = _word_table("list_admin_words", w)
        if cue is not None:
            m.cue = cue
            return
        if not (_cap(t) or w in LIST_SEPARATORS):
            return


def _mark_dateline_shape(m: Mention, s: _Setting) -> None:
    """"BEIRUT:", "ORLANDO, Fla. (AP) —", "PATASKALA --": an upper-case name opening a sentence and
    followed by a dash, comma or colon is a dateline."""
    doc = s.doc
    follows = m.tok_end < len(doc) and doc[m.tok_end].text in ("-", "--", "—", "–", ",", ":")
    opens = m.sentence_initial or (m.tok_start > 0 and doc[m.tok_start - 1].text in (".", "--", "-"))
    if doc[m.tok_start].text.isupper() and sum(c.isalpha() for c in m.text) >= 3 and follows and opens:
        m.dateline = True


def _mark_org_of(m: Mention, s: _Setting) -> None:
    """"University of Rochester": a name after "of" in an organisation names its jurisdiction."""
    k = m.tok_start - 1
    if m.ner is not None and m.ner.startswith("ORG") and k >= 1 and s.doc[k].text == "of":
        m.jurisdiction = not m.organisation_word


def _word_before(doc: Doc, i: int) -> int:
    """Index of the word before token ``i``, skipping "the" / "a", in the same sentence and line; -1
    when there is none."""
    k = i - 1
    while k >= 0 and doc[k].text.lower() in ("the", "a") and not _boundary(doc, k + 1):
        k -= 1
    return k if k >= 0 and not _boundary(doc, k + 1) else -1


def _mark_preceding_word(m: Mention, s: _Setting) -> None:
    """A preposition of place before the name ("in Kabul"); "province of X" and "the valley X" cues."""
    k = _word_before(s.doc, m.tok_start)
    if k < 0:
        return
    prev = s.doc[k].text.lower()
    if s.doc[k].pos_ == "VERB" and s.doc[k].lemma_.lower() in VISIT_VERBS and s.doc[m.tok_start].dep_ in ("dobj", "obj"):
        m.prep = "visit"  # visit-object: "visited Godhra", "will tour Vadodara": a destination
        return
    if prev in PLACE_PREPS:
        m.prep = prev
        cue = _word_table("pre_cues", s.doc[k - 1].text.lower()) if prev == "of" and k >= 1 else None
        if cue is not None:
            m.cue = m.cue or cue
    elif prev in ("valley", "province"):
        m.cue = m.cue or ADMIN_WORDS[prev]


ANNOTATE_STEPS: tuple[Callable[[Mention, _Setting], None], ...] = (
    _mark_entity,
    _mark_person_name,
    _mark_word_class,
    _mark_own_cue,
    _mark_plural_of_place,
    _mark_position,
    _mark_next_word,
    _mark_modified_noun,
    _mark_organisation_word,
    _mark_institution,
    _mark_list_cue,
    _mark_dateline_shape,
    _mark_org_of,
    _mark_preceding_word,
)
"""The context of a mention, in order: later steps read what earlier ones set (the entity label, the
cue, the sentence start)."""


def annotate(m: Mention, setting: _Setting) -> None:
    """Fill a mention's context fields from its parse (each step is one of :data:`ANNOTATE_STEPS`)."""
    for step in ANNOTATE_STEPS:
        step(m, setting)


POSSESSIVE_MARKS = frozenset({"'s", "’s", "'", "’"})


def _possessive_of_thing(doc: Doc, i: int) -> bool:
    """Token ``i`` is a possessive mark followed by a lower-case word that is no admin, street or
    place-modified noun: "'s view", "'s campaign" (not "'s Haram district", "'s residents")."""
    if i + 1 >= len(doc) or doc[i].text.lower() not in POSSESSIVE_MARKS:
        return False
    word = doc[i + 1].text
    low = word.lower()
    return word.islower() and low not in ADMIN_WORDS and low not in STREET_WORDS and low not in MODIFIED_NOUNS


def _person_surnames(doc: Doc) -> set[str]:
    """The last word of each multi-word person name in the article ("Hillary Clinton" gives "clinton")."""
    out: set[str] = set()
    for ent in doc.ents:
        words = [t for t in ent if _cap(t)] if ent.label_ == "PERSON" and len(ent) > 1 else []
        if len(words) > 1:
            out.add(name_key(words[-1].text))
    return out


def _person_words(doc: Doc) -> set[str]:
    """Words of multi-word person names in the article ("Emma Walker" makes a lone "Walker" a person)."""
    out: set[str] = set()
    for ent in doc.ents:
        if ent.label_ == "PERSON" and len(ent) > 1:
            out.update(name_key(t.text) for t in ent if _cap(t))
    return out


def _attach_qualifiers(text: str, mentions: list[Mention]) -> None:
    """"Alexandria, La." / "Kabul, Afghanistan": the second names a region containing the first."""
    for a, b in zip(mentions, mentions[1:], strict=False):
        between = text[a.end : b.start]
        if between.strip() == "," and len(between) <= 2 and any(
            c.place.feature in ("admin1", "country") for c in b.candidates
        ):
            a.qualifier = mentions.index(b)


@dataclass(frozen=True)
class Seen:
    """What the acceptance rules know besides the mention: the names already accepted in the article
    (body first) and the population from which a name counts as prominent."""

    accepted_keys: set[str]
    min_pop: int


Verdict = bool | None
"""True accepts the mention, False rejects it, None leaves it to the next rule."""


@dataclass(frozen=True)
class PlaceRule:
    name: str
    decide: Callable[[Mention, Seen], Verdict]
    reason: str | Callable[[Mention], str] | None = None
    """Recorded in ``Mention.reasons`` when the rule rejects (None: rejected without a stated reason, so
    the places stage may still take the name when the article confirms it elsewhere)."""


def _strong_cue(m: Mention) -> bool:
    return m.cue is not None or m.prep in STRONG_PREPS


def _in_place_entity(m: Mention) -> bool:
    return m.ner in ("GPE", "LOC")


def _only_if(condition: bool, verdict: bool) -> Verdict:
    return verdict if condition else None


def _acronym(m: Mention, seen: Seen) -> Verdict:
    """Acronyms ("UN", "EU", "AP") are places only as country or state abbreviations ("US", "UK"): the
    other entries are dropped; nothing left rejects."""
    if not (m.text.isupper() and sum(ch.isalpha() for ch in m.text) <= 4 and not m.dateline):
        return None
    m.candidates = tuple(c for c in m.candidates if c.place.feature in ("country", "admin1", "region"))
    return _only_if(not m.candidates, False)


def _adjective_short_name(m: Mention, seen: Seen) -> Verdict:
    """adjective-short-name: an English adjective outside a place entity ("Federal officials said", "Central
    bankers") names no region it only shortens ("Federal" for Federal District, Brazil; "Central" for
    Central Region): only entries under exactly that name stay; none left rejects, and so does a sentence's
    first word that is no very prominent place ("Federal officials said": Federal, Entre Rios; "Mobile
    police said" is Mobile, Alabama). A cue word ("Central province") or a dateline keeps them all."""
    if not m.adjective or _in_place_entity(m) or m.cue is not None or m.dateline or m.lowercase:
        return None
    m.candidates = tuple(c for c in m.candidates if name_key(c.place.name) == m.key)
    opening = m.sentence_initial and not _prominent(m.candidates, seen.min_pop * 10)
    return _only_if(not m.candidates or opening, False)


def _proper_name_shape(text: str) -> bool:
    return text[:1].isupper() and all(c.isalpha() or c in " -'’." for c in text)


def _used_as_common_word(m: Mention) -> bool:
    """A dictionary word tagged as an adjective, verb, ... (outside a place entity) or as a common noun
    outside any entity."""
    return m.common_word and (
        m.pos in NON_NAME_POS and not _in_place_entity(m) or (m.pos == "NOUN" and m.ner is None)
    )


def _stop_word(m: Mention) -> bool:
    """"Us" in a title-case headline, "Of", "Is": only "US" / "U.S." spell a place."""
    return m.key in STOP_WORDS and not (m.text.isupper() and len(m.text) > 1) and "." not in m.text


def _place_entity(m: Mention, seen: Seen) -> Verdict:
    """A spaCy place entity stands unless it is the start of a longer name without a cue and is no
    prominent place."""
    if not _in_place_entity(m):
        return None
    return not (m.embedded and not _strong_cue(m) and not _prominent(m.candidates, seen.min_pop))


def _person_in_place(m: Mention, seen: Seen) -> Verdict:
    """A name spaCy tags PERSON after a strong preposition ("in Jackson") and with a sub-country entry; not
    a possessive ("in Jackson's view": the preposition governs the noun after it)."""
    return _only_if(
        m.ner == "PERSON"
        and m.prep in STRONG_PREPS
        and not m.possessive
        and any(c.place.feature != "country" for c in m.candidates),
        True,
    )


def _surname_of_named_person(m: Mention) -> bool:
    """named-person-surname: the surname of a person named in full in the article ("Hillary Clinton ...
    Clinton's campaign", "in Clinton's view") is that person even after a preposition of place or before a
    noun it modifies, unless a region qualifies it ("Clinton, Md.") or it also names a country or
    first-level region ("Jordan", "Georgia"). A name the parser tags as a place keeps a preposition's
    reading unless it is a possessive ("Children's Village Malakal ... the village in Malakal" is the town)."""
    return (
        m.named_surname
        and (not _in_place_entity(m) or m.possessive)
        and m.qualifier is None
        and not any(c.place.feature in ("country", "admin1") for c in m.candidates)
    )


def _prominent_destination(m: Mention, seen: Seen) -> Verdict:
    """A prominent place tagged PERSON / WORK_OF_ART / PRODUCT / EVENT after "to", "from", "via", ..."""
    return _only_if(
        m.ner in ("PERSON", "WORK_OF_ART", "PRODUCT", "EVENT")
        and m.prep in DIRECTIONAL_PREPS
        and _prominent(m.candidates, seen.min_pop),
        True,
    )


def _org_with_cue(m: Mention, seen: Seen) -> Verdict:
    """A name spaCy tags ORG needs a cue, a preposition and prominence, or an accepted mention."""
    if m.ner != "ORG":
        return None
    if m.organisation_word:
        return m.cue is not None or m.key in seen.accepted_keys
    # common-word-name: "according to the Post" (an everyday word after "the") is the organisation's own name
    newspaper = m.everyday_word and m.definite and not _prominent(m.candidates, seen.min_pop * COMMON_NAME_PROMINENCE)
    prominent_after_prep = m.prep is not None and _prominent(m.candidates, seen.min_pop) and not newspaper
    return _strong_cue(m) or prominent_after_prep or m.key in seen.accepted_keys


def _sentence_start(m: Mention, seen: Seen) -> Verdict:
    """A capitalised word opening a sentence must be very prominent, or prominent with a cue."""
    if not m.sentence_initial:
        return None
    very = _prominent(m.candidates, seen.min_pop * 10)
    return very or (_strong_cue(m) and _prominent(m.candidates, seen.min_pop))


def _after_preposition(m: Mention, seen: Seen) -> Verdict:
    return _prominent(m.candidates, seen.min_pop // 5) if m.prep is not None else None


def _norp_in_place(m: Mention) -> bool:
    """norp-after-place-preposition: "fought in Punjab" tagged NORP: a name with place entries only (no
    demonym) after a strong preposition of place is a place."""
    return m.ner == "NORP" and m.prep in STRONG_PREPS and m.prep != "modifier" and _own_name(m)


def _own_name(m: Mention) -> bool:
    """``alternate-only``: some entry is called by the mention's name officially (or its ASCII form), or is a
    country or first-level region under another name ("U.S. Attorney"); a word that is only another name of a
    town ("Democrat" for Sumiton, Alabama; "Duke" for Erwin, North Carolina) is no place without a cue."""
    return any(
        c.name_kind <= NAME_ASCII or (c.name_kind != NAME_SHORT and c.place.feature in ("country", "admin1", "region"))
        for c in m.candidates
    )  # "U.S." and "Calif." are other names of a country or state, and names of them still


COMMON_NAME_PROMINENCE = 10
"""``common-word-name``: a one-word name that is an English dictionary word ("Post", "Metro", "Lane") counts
as a place with no context only when this many times as prominent as other names."""


def _jurisdiction(m: Mention, seen: Seen) -> Verdict:
    """"Athens Police Department": an organisation named after its jurisdiction is a place mention; not when
    the name is a common word of no prominent place ("*Star* Tribune": ``common-word-name``; "Mobile Police"
    and "Delta Police" stay), only another name of a town ("*Duke* University": ``alternate-only``; a county's
    short name before its office is one, "DuPage Sheriff") or a word inside the organisation's name ("Pleasant
    *Lane* School": ``inner-org-word``): those go on to the later rules (an organisation's first word before a
    capitalised one is part of its name)."""
    if not (m.jurisdiction and m.candidates):
        return None
    common = m.everyday_word and not _prominent(m.candidates, seen.min_pop * COMMON_NAME_PROMINENCE)
    county = any(c.name_kind == NAME_SHORT and c.place.feature == "admin2" for c in m.candidates)  # "DuPage Sheriff"
    inner = m.inner_org and not _prominent(m.candidates, seen.min_pop * COMMON_NAME_PROMINENCE)
    return None if common or inner or not (_own_name(m) or county) else True


def _prominent_official(m: Mention, seen: Seen) -> Verdict:
    """No context at all: a prominent place under its own (official) name; a common English word ("according
    to the *Post*") only when much more prominent (``common-word-name``: "Mobile", "Reading" stay)."""
    min_pop = seen.min_pop * (COMMON_NAME_PROMINENCE if m.everyday_word else 1)
    return _prominent(m.candidates, min_pop) and any(c.name_kind == NAME_OFFICIAL for c in m.candidates)


OTHER_NAME_LABELS = frozenset({"PERSON", "NORP", "WORK_OF_ART", "PRODUCT", "LAW", "LANGUAGE", "EVENT"})

ACCEPT_RULES: tuple[PlaceRule, ...] = (
    PlaceRule("street", lambda m, _: _only_if(m.street, True)),
    PlaceRule("demonym", lambda m, _: _only_if(m.demonym, False), "demonym"),
    PlaceRule(
        "listed", lambda m, _: _only_if(m.listed and m.cue is None and not m.dateline, False), "listed as not a place"
    ),
    PlaceRule(
        "lower-case scan",
        lambda m, _: m.ner not in NON_PLACE_LABELS and not m.person_name if m.lowercase else None,
    ),
    PlaceRule("acronym", _acronym, "acronym"),
    PlaceRule("adjective short name", _adjective_short_name, "an adjective, not the region it shortens"),
    PlaceRule("no entry", lambda m, _: _only_if(not m.candidates and not _in_place_entity(m), False)),
    PlaceRule(
        "indefinite unknown",
        lambda m, _: _only_if(not m.candidates and m.indefinite and not m.dateline, False),
        "a name after an indefinite article with no gazetteer entry is a thing (\"armed with a Taser\")",
    ),
    PlaceRule(
        "not a proper name",
        lambda m, _: _only_if(not m.candidates and not _proper_name_shape(m.text), False),
        "not written as a proper name",
    ),
    PlaceRule("non-place entity", lambda m, _: _only_if(m.ner in NON_PLACE_LABELS, False), lambda m: f"tagged {m.ner}"),
    PlaceRule("dateline", lambda m, _: _only_if(m.dateline, True)),
    PlaceRule(
        "person name",
        lambda m, _: _only_if(
            m.person_name and m.cue is None and (m.prep not in STRONG_PREPS or _surname_of_named_person(m)), False
        ),
        "a person's name",
    ),
    PlaceRule(
        "plural",
        lambda m, _: _only_if(not m.candidates and m.plural_of_place, False),
        "people named after a place (plural)",
    ),
    PlaceRule("common word", lambda m, _: _only_if(_used_as_common_word(m), False), lambda m: f"used as {m.pos}"),
    PlaceRule("stop word", lambda m, _: _only_if(_stop_word(m), False), "common word not written as an abbreviation"),
    PlaceRule(
        "headline",
        lambda m, seen: _in_place_entity(m) or m.key in seen.accepted_keys if m.headline else None,
        "headline word not confirmed by the body",
    ),
    PlaceRule("place entity", _place_entity, "part of a longer name"),
    PlaceRule(
        "facility",
        lambda m, seen: bool(m.candidates) and (_strong_cue(m) or _prominent(m.candidates, seen.min_pop))
        if m.ner == "FAC"
        else None,
    ),
    PlaceRule("jurisdiction", _jurisdiction),
    PlaceRule(
        "inside another name",
        lambda m, _: _only_if(m.ner is not None and m.ner.endswith("-partial"), False),
        lambda m: f"inside a {(m.ner or '').split('-')[0]} name",
    ),
    PlaceRule("embedded", lambda m, _: _only_if(m.embedded and m.cue is None, False), "part of a longer name"),
    PlaceRule("person tag in place", _person_in_place),
    PlaceRule("prominent destination", _prominent_destination),
    PlaceRule(
        "other name",
        lambda m, _: m.cue is not None or _norp_in_place(m) if m.ner in OTHER_NAME_LABELS else None,
        lambda m: f"tagged {m.ner}",
    ),
    PlaceRule("organisation", _org_with_cue, "tagged ORG without a place cue"),
    PlaceRule(
        "short form only",
        lambda m, _: _only_if(all(c.name_kind == NAME_SHORT for c in m.candidates) and m.cue is None, False),
    ),
    PlaceRule("sentence start", _sentence_start),
    PlaceRule("cue or confirmed", lambda m, seen: _only_if(_strong_cue(m) or m.key in seen.accepted_keys, True)),
    PlaceRule("after a preposition", _after_preposition),
    PlaceRule("prominent official name", _prominent_official),
)
"""The acceptance rules in order: the first with a verdict decides (the last always has one)."""


def accept(m: Mention, accepted_keys: set[str], min_pop: int) -> bool:
    """Whether a recognised candidate is a place mention: the verdict of the first of
    :data:`ACCEPT_RULES` that has one, whose name goes to ``m.decided_by``; a rejecting rule adds its
    reason to ``m.reasons``."""
    seen = Seen(accepted_keys, min_pop)
    for rule in ACCEPT_RULES:
        verdict = rule.decide(m, seen)
        if verdict is None:
            continue
        m.decided_by = rule.name
        if not verdict and rule.reason is not None:
            m.reasons.append(rule.reason if isinstance(rule.reason, str) else rule.reason(m))
        return verdict
    raise AssertionError("the last acceptance rule always decides")


def mentions_for_spans(
    doc: Doc,
    gaz: Gazetteer,
    spans: Sequence[tuple[int, int]],
    *,
    headline: tuple[int, int] | None = None,
    dateline: tuple[int, int] | None = None,
) -> list[Mention]:
    """Mentions for given toponym spans (gold spans in evaluation), annotated with the same context
    as recognised ones, so resolution can be scored on its own."""
    text = doc_text(doc)
    setting = _Setting(doc, _entity_index(doc), headline, dateline, set(), set(), set())
    out: list[Mention] = []
    for s, e in sorted(spans):
        surface = text[s:e]
        key = name_key(surface)
        cands = gaz.lookup_key(key)
        cue: str | None = None
        if not cands:
            for variant in _variants(surface):
                cands = gaz.lookup_key(name_key(variant))
                if cands:
                    break
        words = surface.split()
        if len(words) > 1 and words[-1].lower() in ADMIN_WORDS:
            cue = ADMIN_WORDS[words[-1].lower()]
        span = doc.char_span(s, e, alignment_mode="expand")
        ts, te = (span.start, span.end) if span is not None else (0, 0)
        m = Mention(s, e, surface, key, cands, ts, te)
        if span is not None:
            annotate(m, setting)
        m.cue = cue or m.cue
        out.append(m)
    _attach_qualifiers(text, out)
    return out


def _variants(surface: str) -> list[str]:
    """Looser forms of a name to look up: without "the", without a trailing admin word or a
    possessive, and without a leading direction word."""
    out: list[str] = []
    s = surface.strip()
    if s.lower().startswith("the "):
        s = s[4:]
        out.append(s)
    for suffix in ("'s", "’s"):
        if s.endswith(suffix):
            s = s[: -len(suffix)]
            out.append(s)
    words = s.split()
    if len(words) > 1 and words[-1].lower() in ADMIN_WORDS:
        out.append(" ".join(words[:-1]))
    if len(words) > 1 and words[0].lower() in ("north", "south", "east", "west", "northern", "southern",
                                                "eastern", "western", "central", "downtown", "greater"):
        out.append(" ".join(words[1:]))
    return out


NOT_PLACE_FILES = ("not_places.txt", "not_places_derived.txt")


@lru_cache(maxsize=1)
def not_place_keys() -> frozenset[str]:
    """Name keys that are not places in news text: the curated list (organisations, media, common
    words and nicknames that are also gazetteer names) and the list derived from the negatives of the
    annotated corpora (``benchmarks/place_negatives.py``). One name a line; ``#`` starts a comment."""
    out: set[str] = set()
    root = resources.files("eventwire").joinpath("data", "places")
    for name in NOT_PLACE_FILES:
        entry = root.joinpath(name)
        if not entry.is_file():
            continue
        for line in entry.read_text(encoding="utf-8").splitlines():
            word = line.split("#", 1)[0].strip()
            if word:
                out.add(name_key(word))
    return frozenset(out)


def dictionary_words(nlp: object, tables: tuple[str, ...] | None = None) -> frozenset[str]:
    """Lower-case English dictionary words from the spaCy pipeline's lemmatizer tables (empty when
    the pipeline has none); ``tables``: only these parts of speech ("noun", "verb", "adj", "adv")."""
    from spacy.strings import hash_string  # type: ignore[attr-defined]

    wanted = None if tables is None else {hash_string(t) for t in tables} | set(tables)
    try:
        lemmatizer = nlp.get_pipe("lemmatizer")  # type: ignore[attr-defined]
        table = lemmatizer.lookups.get_table("lemma_index")
    except Exception:  # no lemmatizer or no lookup tables: no dictionary
        return frozenset()
    words: set[str] = set()
    for pos, entries in table.items():
        if wanted is None or pos in wanted:
            words.update(w for w in entries if isinstance(w, str) and "_" not in w)
    return frozenset(words)


@lru_cache(maxsize=1)
def lowercase_common_words() -> frozenset[str]:
    """Prominent place names that are common lower-case words ("turkey", "reading"): the list derived by
    ``benchmarks/place_lowercase_words.py`` from cased news text."""
    entry = resources.files("eventwire").joinpath("data", "places", "lowercase_common.txt")
    if not entry.is_file():
        return frozenset()
    lines = entry.read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip() for w in lines if w.strip() and not w.startswith("#"))


def lower_case_common(nlp: object) -> frozenset[str]:
    """Words a lower-cased text uses as common words: adjectives, adverbs and verbs of the lemma
    tables (their noun table lists proper nouns too: "india") and :func:`lowercase_common_words`."""
    return dictionary_words(nlp, ("adj", "adv", "verb")) | lowercase_common_words()


def find_demonyms(doc: Doc, gaz: Gazetteer, taken: set[int]) -> list[tuple[int, int, Candidate]]:
    """Country demonyms ("Egyptian", "Sri Lankan", "Americans") outside place mentions, each with the
    country it names. They are not places (an "Afghan commander" is not located anywhere), so the
    places stage lists them apart, labelled as demonyms."""
    text = doc_text(doc)
    table = token_table(doc)
    words, starts = table.text, table.idx
    out: list[tuple[int, int, Candidate]] = []
    i, n = 0, len(doc)
    while i < n:
        if i in taken or not _cap_word(words[i]):
            i += 1
            continue
        hit: tuple[int, int, Candidate] | None = None
        for size in (2, 1):
            j = i + size
            if j > n or any(t in taken for t in range(i, j)) or not all(_cap_word(words[k]) for k in range(i, j)):
                continue
            s, e = starts[i], starts[j - 1] + len(words[j - 1])
            cands = [c for c in gaz.lookup_key(name_key(text[s:e])) if c.name_kind == NAME_DEMONYM]
            if cands:
                hit = (s, e, max(cands, key=lambda c: c.place.population))
                i = j
                break
        if hit is None:
            i += 1
        else:
            out.append(hit)
    return out
