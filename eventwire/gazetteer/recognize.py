"""Toponym recognition: which stretches of an article name places.

Candidates come from two sources, merged per token: spaCy's GPE/LOC entities, and a scan of
capitalised n-grams against the gazetteer (which finds places the small model tags as ORG, PERSON or
nothing). Context decides which candidates stand: cue words ("Baghlan province", "the Panjshir
valley", "province of X"), prepositions of place ("in X", "near X"), and rejections (a name inside an
organisation such as "Washington Post", person names, demonyms, sentence-initial common words,
title-case headline words such as "Us").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Token

from ..quotes.cues import PLACE_SPEECH_VERBS
from .names import ADMIN_WORDS, name_key
from .store import NAME_DEMONYM, NAME_OFFICIAL, NAME_SHORT, Candidate, Gazetteer

MAX_NGRAM = 5
DIRECTIONAL_PREPS = frozenset({"to", "from", "into", "toward", "towards", "via", "across", "between"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
BLOCK_LABELS = frozenset({"PERSON", "ORG", "NORP", "WORK_OF_ART", "EVENT", "PRODUCT", "LAW", "LANGUAGE"})
STREET_WORDS = frozenset(
    {"street", "st", "st.", "road", "rd", "rd.", "avenue", "ave", "ave.", "drive", "dr.", "boulevard", "blvd",
     "blvd.", "lane", "highway", "parkway", "pkwy", "bridge", "way", "court", "place", "square", "plaza"}
)  # fmt: skip
INSTITUTION_WORDS = frozenset(
    {"police", "department", "sheriff", "sheriff's", "sheriff’s", "city", "council", "commission", "commissioners",
     "court", "board", "fire", "school", "schools", "university", "college", "hospital", "office", "service",
     "bureau", "state", "public", "health", "parks", "historical", "chamber", "airport", "library", "district",
     "authority", "agency", "county", "village", "town", "township", "township's", "municipal", "regional",
     "high", "elementary", "community", "water", "transit", "housing", "medical", "coroner", "attorney",
     "prosecutor", "jail", "correctional", "emergency", "planning", "zoning", "economic", "area", "metropolitan"}
)  # fmt: skip
COURT_KINDS = frozenset(
    {"supreme", "high", "district", "appeals", "appellate", "federal", "county", "superior", "magistrates",
     "magistrate", "crown", "family", "juvenile", "municipal", "circuit", "criminal", "civil", "sessions",
     "constitutional", "international", "state", "city", "claims", "tax", "bankruptcy", "probate", "military"}
)  # fmt: skip
MODIFIED_NOUNS = frozenset(
    {"police", "officers", "officer", "residents", "resident", "man", "woman", "boy", "girl", "teen", "teenager",
     "native", "natives", "officials", "mayor", "area", "authorities", "council", "schools", "students",
     "firefighters", "family", "families", "couple", "homeowners", "business", "businesses", "voters",
     "citizens", "community", "neighborhood", "suburb", "city", "county", "streets", "home", "homes",
     "province", "region", "district", "governor", "airport", "hospital", "church", "school", "based"}
)  # fmt: skip
FILLER_WORDS = frozenset({"the", "of", "and", "-", "'s", "’s"}) | frozenset(ADMIN_WORDS) | frozenset(
    {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "upper", "lower"}
)
SPEECH_VERBS = PLACE_SPEECH_VERBS  # data/quotes/cues.json "place_speech_verbs"
NON_NAME_POS = frozenset({"ADJ", "VERB", "ADV", "PRON", "DET", "ADP", "AUX", "CCONJ", "SCONJ", "NUM", "INTJ"})
NON_PLACE_LABELS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL", "CARDINAL"})
PLACE_PREPS = frozenset(
    {"in", "near", "from", "at", "outside", "across", "into", "around", "toward", "towards", "throughout",
     "to", "via", "inside", "nearby", "between", "of", "for"}
)  # fmt: skip
STRONG_PREPS = frozenset({"in", "near", "outside", "across", "throughout", "inside", "around", "nearby", "modifier"})
CONNECTORS = frozenset({"of", "de", "del", "la", "le", "du", "des", "da", "do", "di", "el", "al", "upon", "on", "-"})
PRE_CUES = {"province": "admin1", "state": "admin1", "region": "admin1", "county": "admin2", "district": "admin2",
            "city": "populated_place", "town": "populated_place", "village": "populated_place"}  # fmt: skip
# Capitalised words that are never a place on their own in English news text.
NEVER = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
     "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
     "god", "mr", "mrs", "ms", "dr", "president", "police", "university", "street", "north", "south", "east",
     "west", "central", "city", "county", "state", "mount", "saint", "lake", "river", "island", "beach",
     "park", "center", "centre", "hill", "hills", "union", "independence", "liberty", "victoria", "hope"}
)  # fmt: skip


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
    person_name: bool = False
    """Looks like (part of) a person's name: "Walker said", or a word of a full name elsewhere."""
    jurisdiction: bool = False
    """Names the jurisdiction of an institution: "Athens Police Department", "University of Rochester"."""
    lowercase: bool = False
    """Found by the lower-case scan of a lower-cased text (an unambiguous, prominent place name)."""
    listed: bool = False
    """Its name is on the not-a-place list (``eventwire/data/places/not_places*.txt``)."""
    reasons: list[str] = field(default_factory=list)


def _cap(tok: Token) -> bool:
    t = tok.text
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
) -> list[Mention]:
    """Recognise toponyms in a parsed article; candidates are attached (unresolved).

    ``common_words``: lower-case English dictionary words (see :func:`dictionary_words`); a one-word
    name that is one of them and is tagged as a common noun, adjective or verb is not a place.
    ``not_places``: name keys that are not places in news text unless a cue word says so ("MoD",
    "Reuters"; see :func:`not_place_keys`). In a lower-cased text (:func:`lower_cased`) prominent
    place names are also found in lower case (:func:`lowercase_mentions`), except ``lower_common``
    words (default ``common_words``; see :func:`lower_case_common`)."""
    text = doc.text
    ent_of: dict[int, tuple[str, int, int]] = {}
    for ent in doc.ents:
        for t in range(ent.start, ent.end):
            ent_of[t] = (ent.label_, ent.start, ent.end)

    raw: list[Mention] = []
    n = len(doc)
    tokens = list(doc)
    cap = [_cap(t) for t in tokens]
    lower = [t.text.lower() for t in tokens]
    name_ok = [c or w in CONNECTORS for c, w in zip(cap, lower, strict=True)]
    starts = [t.idx for t in tokens]
    ends = [t.idx + len(t.text) for t in tokens]
    boundary = [_boundary(doc, k) for k in range(n)]
    i = 0
    while i < n:
        if not cap[i] or lower[i] in CONNECTORS:
            i += 1
            continue
        found: Mention | None = None
        for size in range(min(MAX_NGRAM, n - i), 0, -1):
            j = i + size  # exclusive
            if not cap[j - 1]:
                continue
            if not all(name_ok[i:j]) or any(boundary[i + 1 : j]):
                continue
            s, e = starts[i], _trim_period(text, starts[i], ends[j - 1])
            key = name_key(text[s:e])
            if not key or key in NEVER:
                continue
            cands = tuple(c for c in gaz.lookup_key(key) if c.name_kind != NAME_DEMONYM)
            if cands or (key in not_places and size > 1):
                found = Mention(s, e, text[s:e], key, cands, i, j)
                break
        if found is None:
            i += 1
            continue
        found.listed = found.key in not_places
        raw.append(found)
        i = found.tok_end
    if lower_cased(tokens):
        covered = {t for m in raw for t in range(m.tok_start, m.tok_end)}
        common = common_words if lower_common is None else lower_common
        raw += lowercase_mentions(doc, gaz, covered, common | not_places, common_words)

    # spaCy GPE/LOC entities the gazetteer scan did not cover keep their span (resolved by their words).
    covered = {t for m in raw for t in range(m.tok_start, m.tok_end)}
    for ent in doc.ents:
        if ent.label_ in ("FAC", "GPE", "LOC", "ORG") and _street(ent.text):
            # A street or road: a place, though not in the gazetteer; it replaces any match inside it.
            raw = [m for m in raw if not (m.tok_start >= ent.start and m.tok_end <= ent.end)]
            sm = Mention(ent.start_char, ent.end_char, ent.text, name_key(ent.text), (), ent.start, ent.end)
            sm.street = True
            raw.append(sm)
            continue
        if ent.label_ not in ("GPE", "LOC") or any(t in covered for t in range(ent.start, ent.end)):
            continue
        key = name_key(ent.text)
        every = gaz.lookup_key(key)
        cands = tuple(c for c in every if c.name_kind != NAME_DEMONYM)
        if not cands and ent.text.lower().startswith("the "):
            key = name_key(ent.text[4:])
            every = gaz.lookup_key(key)
            cands = tuple(c for c in every if c.name_kind != NAME_DEMONYM)
        em = Mention(ent.start_char, ent.end_char, ent.text, key, cands, ent.start, ent.end)
        em.demonym = not cands and any(c.name_kind == NAME_DEMONYM for c in every)
        em.listed = key in not_places
        raw.append(em)
    raw.sort(key=lambda m: m.start)

    plural_keys = {m.key for m in raw if m.candidates}
    person_words = _person_words(doc)
    owner = {t: k for k, m in enumerate(raw) for t in range(m.tok_start, m.tok_end)}
    for k, m in enumerate(raw):
        others = {t for t, o in owner.items() if o != k}
        _annotate(doc, m, ent_of, headline, dateline, plural_keys, others, person_words, common_words)
    _attach_qualifiers(text, raw)
    return raw


LOWER_MIN_POP = 50_000
"""Population from which a lower-case name in a lower-cased text is taken as a place."""
LOWER_NOUN_MIN_POP = 500_000
"""The same for a word the lemma tables list as a noun ("temple"): it may be a common noun."""
LOWER_MAX_NGRAM = 3


def lower_cased(tokens: Sequence[Token], share: float = 0.03) -> bool:
    """Whether a text is lower-cased throughout (IndiaPoliceEvents): under ``share`` of its words
    start with a capital letter."""
    words = [t.text for t in tokens if t.is_alpha and "\n" not in t.text]
    if len(words) < 20:
        return False
    return sum(w[0].isupper() for w in words) / len(words) < share


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


def lowercase_mentions(
    doc: Doc, gaz: Gazetteer, covered: set[int], common: frozenset[str], nouns: frozenset[str] = frozenset()
) -> list[Mention]:
    """Place names written in lower case ("surat", "new delhi") outside ``covered`` tokens: words that
    are neither stop words nor ``common`` words, naming a prominent place (more prominent for one of
    the ``nouns``), not part of a hyphenated compound."""
    text = doc.text
    out: list[Mention] = []
    i, n = 0, len(doc)
    while i < n:
        found: Mention | None = None
        for size in range(min(LOWER_MAX_NGRAM, n - i), 0, -1):
            j = i + size
            span = doc[i:j]
            if any(t.i in covered or not t.is_alpha or _boundary(doc, t.i) and t.i > i for t in span):
                continue
            if span[0].is_stop or span[-1].is_stop or span[0].text[:1].isupper():
                continue
            key = name_key(span.text)
            if len(key) < 4 or (size == 1 and (key in common or key in STOP_WORDS)) or key in NEVER:
                continue
            cands = tuple(c for c in gaz.lookup_key(key) if c.name_kind != NAME_DEMONYM)
            min_pop = LOWER_NOUN_MIN_POP if size == 1 and key in nouns else LOWER_MIN_POP
            if cands and _unambiguous(cands, min_pop) and not _hyphenated(doc, i, j):
                found = Mention(span.start_char, span.end_char, span.text, key, cands, i, j, lowercase=True)
                break
        if found is None:
            i += 1
            continue
        out.append(found)
        i = found.tok_end
    return [m for m in out if text[m.start : m.end] == m.text]


def _annotate(
    doc: Doc,
    m: Mention,
    ent_of: dict[int, tuple[str, int, int]],
    headline: tuple[int, int] | None,
    dateline: tuple[int, int] | None,
    plural_keys: set[str],
    others: set[int],
    person_words: set[str],
    common_words: frozenset[str] = frozenset(),
) -> None:
    labels = {ent_of[t] for t in range(m.tok_start, m.tok_end) if t in ent_of}
    if labels:
        label, es, ee = sorted(labels, key=lambda x: (x[0] not in PLACE_LABELS, x[1]))[0]
        rest = [doc[t] for t in range(es, ee) if not m.tok_start <= t < m.tok_end]
        if all(
            t.i in others or t.is_punct or t.text.lower() in FILLER_WORDS or t.text.lower() in INSTITUTION_WORDS
            for t in rest
        ):
            m.ner = label
        else:
            m.ner = label + "-partial"  # "Ridge" in "Glacier Ridge", "Washington" in "Washington Post"
    if m.ner not in ("GPE", "LOC"):
        if m.tok_end - m.tok_start == 1 and m.key in person_words:
            m.person_name = True
        if m.tok_end < len(doc) and doc[m.tok_end].lemma_.lower() in SPEECH_VERBS:
            m.person_name = True
    if m.tok_end - m.tok_start == 1:
        m.pos = doc[m.tok_start].pos_
        m.common_word = m.key in common_words
    last = doc[m.tok_end - 1].text.lower()
    if m.tok_end - m.tok_start > 1 and last in ADMIN_WORDS:
        m.cue = ADMIN_WORDS[last]  # "Rapides Parish", "Baghlan Province": the name carries its own cue
    if not m.candidates and m.key.endswith("s") and m.key[:-1] in plural_keys:
        m.plural_of_place = True
    m.headline = headline is not None and headline[0] <= m.start < headline[1]
    m.dateline = dateline is not None and dateline[0] <= m.start < dateline[1]
    m.sentence_initial = _boundary(doc, m.tok_start)
    if m.tok_end < len(doc):
        nxt = doc[m.tok_end]
        word = nxt.text.lower()
        if word in ADMIN_WORDS and "\n" not in doc[m.tok_end - 1].whitespace_:
            m.cue = ADMIN_WORDS[word]
        elif _cap(nxt) and not _boundary(doc, m.tok_end) and doc[m.tok_end - 1].whitespace_ == " ":
            m.embedded = True
    if m.tok_end < len(doc) and "\n" not in doc[m.tok_end - 1].whitespace_:
        nxt_word = doc[m.tok_end].text.lower()
        if nxt_word in MODIFIED_NOUNS and m.cue is None:
            m.prep = m.prep or "modifier"
        if m.ner is not None and m.ner.startswith("ORG") and nxt_word in INSTITUTION_WORDS:
            m.jurisdiction = True
        if nxt_word in (",", "and", "or", "&") and m.cue is None:
            # "Jackson and Barrow counties", "Clarke, Madison and Oconee counties"
            for t in doc[m.tok_end : min(len(doc), m.tok_end + 10)]:
                w = t.text.lower()
                if w in ("counties", "parishes", "provinces", "districts", "states", "regions"):
                    m.cue = "admin1" if w in ("provinces", "states", "regions") else "admin2"
                    break
                if not (_cap(t) or w in (",", "and", "or", "&")):
                    break
    first = doc[m.tok_start]
    if (
        first.text.isupper()
        and sum(c.isalpha() for c in m.text) >= 3
        and m.tok_end < len(doc)
        and doc[m.tok_end].text in ("-", "--", "—", "–", ",", ":")
        and (m.sentence_initial or (m.tok_start > 0 and doc[m.tok_start - 1].text in (".", "--", "-")))
    ):
        m.dateline = True  # "BEIRUT:", "ORLANDO, Fla. (AP) —", "PATASKALA --"
    k0 = m.tok_start - 1
    if m.ner is not None and m.ner.startswith("ORG") and k0 >= 1 and doc[k0].text == "of":
        m.jurisdiction = True
    k = m.tok_start - 1
    while k >= 0 and doc[k].text.lower() in ("the", "a") and not _boundary(doc, k + 1):
        k -= 1
    if k >= 0 and not _boundary(doc, k + 1):
        prev = doc[k].text.lower()
        if prev in PLACE_PREPS:
            m.prep = prev
            if prev == "of" and k >= 1 and doc[k - 1].text.lower() in PRE_CUES:
                m.cue = m.cue or PRE_CUES[doc[k - 1].text.lower()]
        elif prev in ("valley", "province"):
            m.cue = m.cue or ADMIN_WORDS[prev]


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


def accept(m: Mention, accepted_keys: set[str], min_pop: int) -> bool:
    """Whether a recognised candidate is a place mention; adds a reason when it is rejected."""
    if m.street:
        return True
    if m.demonym:
        m.reasons.append("demonym")
        return False
    if m.listed and m.cue is None and not m.dateline:
        m.reasons.append("listed as not a place")
        return False
    if m.lowercase:
        return m.ner not in NON_PLACE_LABELS and not m.person_name
    letters = sum(ch.isalpha() for ch in m.text)
    if m.text.isupper() and letters <= 4 and not m.dateline:
        # Acronyms ("UN", "EU", "AP") are places only as country or state abbreviations ("US", "UK").
        m.candidates = tuple(c for c in m.candidates if c.place.feature in ("country", "admin1", "region"))
        if not m.candidates:
            m.reasons.append("acronym")
            return False
    if not m.candidates and m.ner not in ("GPE", "LOC"):
        return False
    if not m.candidates and not (m.text[:1].isupper() and all(c.isalpha() or c in " -'’." for c in m.text)):
        m.reasons.append("not written as a proper name")
        return False
    if m.ner in NON_PLACE_LABELS:
        m.reasons.append(f"tagged {m.ner}")
        return False
    if m.dateline:
        return True
    if m.person_name and m.cue is None and m.prep not in STRONG_PREPS:
        m.reasons.append("a person's name")
        return False
    if not m.candidates and m.plural_of_place:
        m.reasons.append("people named after a place (plural)")
        return False
    if m.common_word and (m.pos in NON_NAME_POS and m.ner not in ("GPE", "LOC") or (m.pos == "NOUN" and m.ner is None)):
        m.reasons.append(f"used as {m.pos}")
        return False
    if m.key in STOP_WORDS and not (m.text.isupper() and len(m.text) > 1) and "." not in m.text:
        # "Us" in a title-case headline, "Of", "Is": only "US" / "U.S." spell a place.
        m.reasons.append("common word not written as an abbreviation")
        return False
    if m.dateline:
        return True
    strong_cue = m.cue is not None or m.prep in STRONG_PREPS
    if m.headline:
        ok = m.ner in ("GPE", "LOC") or m.key in accepted_keys
        if not ok:
            m.reasons.append("headline word not confirmed by the body")
        return ok
    if m.ner in ("GPE", "LOC"):
        if m.embedded and not strong_cue and not _prominent(m.candidates, min_pop):
            m.reasons.append("part of a longer name")
            return False
        return True
    if m.ner == "FAC":
        return bool(m.candidates) and (strong_cue or _prominent(m.candidates, min_pop))
    if m.street:
        return True
    if m.jurisdiction and m.candidates:
        return True
    if m.ner is not None and m.ner.endswith("-partial"):
        m.reasons.append(f"inside a {m.ner.split('-')[0]} name")
        return False
    if m.embedded and m.cue is None:
        m.reasons.append("part of a longer name")
        return False
    if m.ner == "PERSON" and m.prep in STRONG_PREPS and any(
        c.place.feature != "country" for c in m.candidates
    ):
        return True
    if (
        m.ner in ("PERSON", "WORK_OF_ART", "PRODUCT", "EVENT")
        and m.prep in DIRECTIONAL_PREPS
        and _prominent(m.candidates, min_pop)
    ):
        return True
    if m.ner in ("PERSON", "NORP", "WORK_OF_ART", "PRODUCT", "LAW", "LANGUAGE", "EVENT"):
        ok = m.cue is not None
        if not ok:
            m.reasons.append(f"tagged {m.ner}")
        return ok
    if m.ner == "ORG":
        ok = strong_cue or (m.prep is not None and _prominent(m.candidates, min_pop)) or m.key in accepted_keys
        if not ok:
            m.reasons.append("tagged ORG without a place cue")
        return ok
    if all(c.name_kind == NAME_SHORT for c in m.candidates) and m.cue is None:
        return False
    if m.sentence_initial:
        return _prominent(m.candidates, min_pop * 10) or (strong_cue and _prominent(m.candidates, min_pop))
    if strong_cue or m.key in accepted_keys:
        return True
    if m.prep is not None:
        return _prominent(m.candidates, min_pop // 5)
    return _prominent(m.candidates, min_pop) and any(c.name_kind == NAME_OFFICIAL for c in m.candidates)


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
    text = doc.text
    ent_of: dict[int, tuple[str, int, int]] = {}
    for ent in doc.ents:
        for t in range(ent.start, ent.end):
            ent_of[t] = (ent.label_, ent.start, ent.end)
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
            _annotate(doc, m, ent_of, headline, dateline, set(), set(), set())
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
    text = doc.text
    out: list[tuple[int, int, Candidate]] = []
    i, n = 0, len(doc)
    while i < n:
        if i in taken or not _cap(doc[i]):
            i += 1
            continue
        hit: tuple[int, int, Candidate] | None = None
        for size in (2, 1):
            j = i + size
            if j > n or any(t in taken for t in range(i, j)) or not all(_cap(doc[k]) for k in range(i, j)):
                continue
            s, e = doc[i].idx, doc[j - 1].idx + len(doc[j - 1].text)
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
