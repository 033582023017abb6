"""Within-article coreference: mentions → canonical actors.

Resolution runs in four passes over the mentions of :func:`eventwire.actors.mentions.find_mentions`:

1. **names**: dictionary entries by canonical name; countries by ISO code; organisations and groups
   by name; persons by name containment, so "Massoud" joins "Ahmad Massoud" (a shorter name whose
   words are all in a longer one), while "Ahmad Shah Massoud" stays a separate person (its words are
   not all in "Ahmad Massoud"). When a short name fits several persons, the one mentioned most so far
   wins (the article's protagonist), then the most recent.
2. **person pronouns and descriptions** ("he", "his", "the man who …"): a person named in apposition
   ("the man who leads the party, Joseph Mwangi"), else the nearest preceding person that was a
   grammatical subject in the same or the two previous sentences, else the nearest person; a person
   once called "she" is not taken for "he" (and vice versa). ``fronted-possessive``: "During *her* visit,
   Clinton spoke": a possessive in a phrase before its clause's verb is that clause's subject, named after it;
   ``honorific-gender``: a person named with "Mr." is not taken for "she", with "Mrs." / "Ms." not for "he".
3. **role phrases** ("A Taliban official", "an aide to Massoud", "his troops"): keyed by their
   normalised phrase and affiliation; a bare singular role ("an aide") joins the latest actor with
   the same role noun. Affiliation (compound name, possessive, "to/of/for X") adds the affiliate's
   country and sectors (a person affiliate lends sectors only when the role has none). Definite
   descriptions ("the group", "the militants", "the country") join the latest fitting named actor
   within three sentences. ``title-description``: "the senator", "the GOP nominee" join the one person
   named before whose title is that role ("Sen. Ann Lee", "Ann Lee, the GOP nominee"); and
   ``party-member-description``: "the Republican" the one person so titled ("Republican Ann Lee").
4. **plural pronouns** ("they"): the nearest preceding plural subject in the same or previous sentence.

Actors without a country take the article's main country (the country of most resolved place and
country mentions: at least two, more than half) when they are persons, roles or groups without an
international sector or modifier; ``reasons["country"]`` says so.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from ..quotes.cues import ACTOR_SPEECH_VERBS
from ..schema import Actor, Span
from .lexicon import ActorKind, article_date, country_name, merge_sectors, role_nouns
from .mentions import (
    Mention,
    doc_text,
    find_mentions,
    person_titles,
    sentence_of,
    sentence_spans,
)

INTERNATIONAL = frozenset({"IGO", "NGO", "MED"})
# Definite descriptions that point back to a named actor, with the sectors it must have
# (empty: any group or organisation).
_ARMED = {"INS", "REB", "MIL"}
DEFINITE_LINKS: dict[str, set[str]] = {
    "group": set(),
    "movement": set(),
    "organisation": set(),
    "organization": set(),
    "network": set(),
    "militant": {"INS"},
    "insurgent": {"INS"},
    "jihadist": {"INS"},
    "extremist": {"INS"},
    "rebel": {"REB", "INS"},
    "fighter": _ARMED,
    "guerrilla": {"REB", "INS"},
    "militia": _ARMED,
    "country": {"country"},
    "nation": {"country"},
}
SPEECH_LEMMAS = ACTOR_SPEECH_VERBS  # data/quotes/cues.json "actor_speech_verbs"
HONORIFIC_GENDER = {
    **dict.fromkeys(("mr", "mr."), "m"),
    **dict.fromkeys(("mrs", "mrs.", "ms", "ms.", "miss"), "f"),
}
PRONOUN_GENDER = {
    **dict.fromkeys(("he", "him", "his", "himself"), "m"),
    **dict.fromkeys(("she", "her", "hers", "herself"), "f"),
}


@dataclass
class _Builder:
    key: tuple[str, ...]
    name: str
    kind: ActorKind
    country: str | None = None
    sectors: list[str] = field(default_factory=list)
    mentions: list[int] = field(default_factory=list)
    name_tokens: frozenset[str] = frozenset()
    role_lemma: str | None = None
    affiliation: int | None = None
    reasons: dict[str, str] = field(default_factory=dict)
    international: bool = False
    gender: str | None = None
    """'m' or 'f' once a gendered pronoun resolved to this person."""


@dataclass
class ActorResult:
    """What the actors stage publishes: the actors and token-level lookup tables."""

    actors: list[Actor]
    actor_at: dict[int, str]
    """Token index → actor id for every token inside a resolved mention (innermost mention wins)."""
    affiliation: dict[str, str]
    """Actor id → id of the actor it belongs to ("Taliban official" → Taliban)."""
    mentions: list[tuple[int, int, str, str]]
    """(token start, token end, actor id, mention source) for every resolved mention."""


def _with_affiliate(own: list[str], affiliate: list[str]) -> list[str]:
    """Sectors of a role or person plus its affiliate's; an IGO affiliation comes first
    ("NATO officials" → IGO, GOV), since such officials act for the organisation, not a state."""
    if "IGO" in affiliate:
        return merge_sectors(["IGO"], own, affiliate)
    return merge_sectors(own, affiliate)


def _depth(token: Token) -> int:
    d = 0
    while token.head.i != token.i and d < 50:
        token = token.head
        d += 1
    return d


def _name_tokens(text: str) -> frozenset[str]:
    words = text.replace("’", "'").replace("'s", "").split()
    return frozenset(w.lower().strip(".,") for w in words if w.strip(".,"))


class _Resolver:
    def __init__(self, doc: Doc, mentions: list[Mention], place_countries: list[str] | None = None) -> None:
        self.doc = doc
        self.mentions = mentions
        self.place_countries = place_countries or []
        self.by_token: dict[int, list[int]] = {}
        for k, m in enumerate(mentions):
            for t in range(m.start, m.end):
                self.by_token.setdefault(t, []).append(k)
        self.actors: list[_Builder] = []
        self.by_key: dict[tuple[str, ...], int] = {}
        sents = sentence_spans(doc)
        self.sent_index: dict[int, int] = {s.start: k for k, s in enumerate(sents)}
        self.sent_of = {m_i: sentence_of(doc, m.head).start for m_i, m in enumerate(mentions)}
        self._titles: dict[int, tuple[set[str], set[str]]] = {}

    # -- helpers -------------------------------------------------------------------------------
    def _new(self, key: tuple[str, ...], m: Mention) -> int:
        b = _Builder(key, m.name, m.kind, m.country, list(m.sectors), role_lemma=m.role_lemma)
        b.international = m.international or (m.named is not None and m.named.country is None)
        if m.kind == "person":
            b.name_tokens = _name_tokens(m.name)
        self.actors.append(b)
        self.by_key[key] = len(self.actors) - 1
        return len(self.actors) - 1

    def _attach(self, m_i: int, a_i: int) -> None:
        m = self.mentions[m_i]
        m.actor = a_i
        b = self.actors[a_i]
        b.mentions.append(m_i)
        if m.source in ("pronoun", "description", "quoted", "party_member"):
            return
        if b.country is None and m.country:
            b.country = m.country
        b.sectors = merge_sectors(b.sectors, m.sectors)
        if b.kind == "person" and m.kind == "person" and len(_name_tokens(m.name)) > len(b.name_tokens):
            b.name, b.name_tokens = m.name.replace("’s", "").removesuffix("'s"), _name_tokens(m.name)

    def _sent_no(self, m_i: int) -> int:
        return self.sent_index.get(self.sent_of[m_i], 0)

    def _mention_at(self, token: int, exclude: int) -> int | None:
        """The innermost resolved mention covering ``token`` (other than ``exclude``)."""
        best = None
        for k in self.by_token.get(token, ()):
            m = self.mentions[k]
            if k != exclude and m.actor is not None and (
                best is None or (m.end - m.start) < (self.mentions[best].end - self.mentions[best].start)
            ):
                best = k
        return best

    # -- passes --------------------------------------------------------------------------------
    def names(self) -> None:
        for m_i, m in enumerate(self.mentions):
            person = self._surname_for_dictionary_name(m) if m.source == "dictionary" else None
            if person is not None:
                # surname-as-dictionary-name: "Wagner" (the Wagner Group) after "Rep. Joseph F. Wagner"
                self._attach(m_i, person)
                continue
            if m.source == "dictionary":
                assert m.named is not None
                key: tuple[str, ...] = ("named", m.named.name)
            elif m.source == "country":
                key = ("country", m.country or m.name.lower())
            elif m.source == "ner" and m.kind == "organization" and self._surname_of_person(m) is not None:
                # surname-as-organisation: "O’Connor" told as an organisation after "Brian O’Connor"
                self._attach(m_i, self._surname_of_person(m) or 0)
                continue
            elif m.source == "group" or (m.source == "ner" and m.kind == "organization"):
                key = ("org", m.name.lower().removeprefix("the "))
            elif m.source == "ner" and m.kind == "person":
                a_i = self._person_by_name(m)
                if a_i is not None:
                    self._attach(m_i, a_i)
                    self._honorific_gender(m, a_i)
                    continue
                key = ("person", m.name.lower(), str(m_i))
            else:
                continue
            a_i = self.by_key.get(key)
            self._attach(m_i, a_i if a_i is not None else self._new(key, m))
            if m.source == "ner" and m.kind == "person":
                self._honorific_gender(m, m.actor if m.actor is not None else 0)

    def _honorific_gender(self, m: Mention, a_i: int) -> None:
        """``honorific-gender``: a person named with "Mr." is male, with "Mrs." / "Ms." / "Miss" female
        ("*Ms.* Warren"), so a "he" / "she" that does not fit is never taken for them."""
        doc = self.doc
        for i in (m.start, m.start - 1):
            gender = HONORIFIC_GENDER.get(doc[i].lower_) if 0 <= i < len(doc) else None
            if gender is not None:
                if self.actors[a_i].gender is None:
                    self.actors[a_i].gender = gender
                return

    def _person_by_name(self, m: Mention) -> int | None:
        toks = _name_tokens(m.name)
        cands = [k for k, b in enumerate(self.actors) if b.kind == "person" and b.name_tokens and toks <= b.name_tokens]
        if not cands:
            return None
        return max(cands, key=lambda k: (len(self.actors[k].mentions), max(self.actors[k].mentions)))

    def _surname_of_person(self, m: Mention) -> int | None:
        """``surname-as-organisation``: a one-word name the entity tagger took for an organisation
        ("O’Connor", "Trump") that is a word of a person's name told before ("Brian O’Connor") is that
        person."""
        toks = _name_tokens(m.name)
        if len(toks) != 1 or m.end - m.start != 1 or not self.doc[m.start].text[:1].isupper():
            return None
        return self._person_by_name(m)

    def _surname_for_dictionary_name(self, m: Mention) -> int | None:
        """``surname-as-dictionary-name``: a one-word name the actor dictionary knows as an organisation or
        group ("Wagner", an alias of the Wagner Group) that is the last word of a person's name told before
        ("Rep. Joseph F. Wagner") is that person's surname, not the organisation."""
        if m.named is None or m.named.kind not in ("organization", "group") or m.end - m.start != 1:
            return None
        word = self.doc[m.start].text
        if not word[:1].isupper() or not word.isalpha():
            return None
        cands = [
            k for k, b in enumerate(self.actors)
            if b.kind == "person" and len(b.name_tokens) > 1 and b.name.split()[-1].lower().strip(".,") == word.lower()
        ]
        if not cands:
            return None
        return max(cands, key=lambda k: (len(self.actors[k].mentions), max(self.actors[k].mentions)))

    def _antecedent(self, m_i: int, want_plural: bool, window: int) -> int | None:
        here = self._sent_no(m_i)
        m = self.mentions[m_i]
        best_subject = best_any = None
        best_depth = best_dist = 99
        gender = PRONOUN_GENDER.get(m.name.lower()) if m.source == "pronoun" else None
        for k in range(m_i - 1, -1, -1):
            c = self.mentions[k]
            if c.actor is None or c.start >= m.start:
                continue
            dist = here - self._sent_no(k)
            if dist > window:
                break
            b = self.actors[c.actor]
            if want_plural:
                ok = c.plural and b.kind in ("group", "organization") and c.source != "pronoun" or (
                    c.source == "pronoun" and c.plural
                )
            else:
                ok = b.kind == "person" and (gender is None or b.gender in (None, gender))
            if not ok:
                continue
            if c.subject_dep:
                depth = _depth(self.doc[c.head])
                # same sentence: the nearest subject; earlier sentences: the main-clause subject
                if best_subject is None or (dist > 0 and depth < best_depth and dist == best_dist):
                    best_subject, best_depth, best_dist = c.actor, depth, dist
            if best_any is None:
                best_any = c.actor
            if best_subject is not None and dist == 0:
                break
        return best_subject if best_subject is not None else best_any

    def _appositive(self, m_i: int) -> int | None:
        """ "The man who leads the party, Joseph Mwangi, …": the person named in apposition."""
        head = self.doc[self.mentions[m_i].head]
        for child in head.children:
            if child.dep_ == "appos":
                k = self._mention_at(child.i, m_i)
                if k is not None and self.actors[self.mentions[k].actor or 0].kind == "person":
                    return self.mentions[k].actor
        return None

    def _cataphoric(self, m_i: int) -> int | None:
        """``fronted-possessive``: "During *her* visit to Israel, Clinton spoke …", "In *his* speech, the
        senator said …": a possessive in a prepositional phrase before its clause's verb stands for that
        clause's subject, a person named after it (of the pronoun's gender, if known)."""
        m = self.mentions[m_i]
        pron = self.doc[m.head]
        gender = PRONOUN_GENDER.get(m.name.lower())
        noun = pron.head
        if pron.dep_ != "poss" or gender is None or noun.dep_ != "pobj" or noun.head.dep_ != "prep":
            return None
        prep = noun.head
        verb = prep.head
        if verb.pos_ not in ("VERB", "AUX") or prep.i > verb.i:
            return None
        for c in verb.children:
            if c.dep_ in ("nsubj", "nsubjpass") and c.i > noun.i:
                k = self._mention_at(c.i, m_i)
                b = self.actors[self.mentions[k].actor or 0] if k is not None else None
                if b is not None and b.kind == "person" and b.gender in (None, gender):
                    return self.mentions[k].actor if k is not None else None
        return None

    def person_affiliations(self) -> None:
        """Named organisations in a person's title ("Arab League Secretary-General X")."""
        for m_i, m in enumerate(self.mentions):
            if m.source != "ner" or m.kind != "person" or m.affiliation_token is None or m.actor is None:
                continue
            k = self._mention_at(m.affiliation_token, m_i)
            if k is None or self.mentions[k].actor in (None, m.actor):
                continue
            b, af = self.actors[m.actor], self.actors[self.mentions[k].actor or 0]
            if af.kind == "person":
                continue
            b.affiliation = self.mentions[k].actor
            b.sectors = _with_affiliate(b.sectors, af.sectors)
            if b.country is None and af.country:
                b.country = af.country

    def person_pronouns(self) -> None:
        for m_i, m in enumerate(self.mentions):
            if m.source in ("pronoun", "description") and m.kind == "person":
                a_i = self._appositive(m_i) if m.source == "description" else self._cataphoric(m_i)
                if a_i is None:
                    a_i = self._antecedent(m_i, want_plural=False, window=2)
                if a_i is not None:
                    self._attach(m_i, a_i)
                    gender = PRONOUN_GENDER.get(m.name.lower()) if m.source == "pronoun" else None
                    if gender and self.actors[a_i].gender is None:
                        self.actors[a_i].gender = gender

    def quoted_pronouns(self) -> None:
        """ "We want …," he told Reuters: first-person pronouns in a quote are its speaker."""
        speakers: dict[tuple[int, int], int | None] = {}
        for m_i, m in enumerate(self.mentions):
            if m.source != "quoted" or m.quote is None:
                continue
            if m.quote not in speakers:
                speakers[m.quote] = self._speaker(m.quote)
            a_i = speakers[m.quote]
            if a_i is not None:
                self._attach(m_i, a_i)

    def _speaker(self, quote: tuple[int, int]) -> int | None:
        """The subject of a reporting verb outside the quote, in the sentence where it opens or closes."""
        doc = self.doc
        qs, qe = quote
        sents = []
        for pos in (max(qe, qs), max(qs - 1, 0)):
            tok = doc.char_span(pos, min(pos + 1, len(doc_text(doc))), alignment_mode="expand")
            if tok is not None:
                sent = sentence_of(doc, tok.start)
                if sent not in sents:
                    sents.append(sent)
        for sent in sents:
            for t in sent:
                if qs <= t.idx < qe or t.lemma_.lower() not in SPEECH_LEMMAS or t.pos_ != "VERB":
                    continue
                for c in t.children:
                    if c.dep_ == "nsubj" and not (qs <= c.idx < qe):
                        k = self._mention_at(c.i, -1)
                        if k is not None:
                            return self.mentions[k].actor
        return None

    def roles(self) -> None:
        pending = [m_i for m_i, m in enumerate(self.mentions) if m.source in ("role", "definite")]
        for _ in range(3):
            later = []
            for m_i in pending:
                m = self.mentions[m_i]
                tok = m.affiliation_token
                if tok is not None and self._mention_at(tok, m_i) is None and any(
                    self.mentions[k].source == "role" and self.mentions[k].actor is None
                    for k in self.by_token.get(tok, ())
                    if k != m_i
                ):
                    later.append(m_i)
                    continue
                self._role(m_i)
            if not later:
                return
            pending = later
        for m_i in pending:
            self._role(m_i)

    def _definite(self, m_i: int) -> int | None:
        """ "the group", "the militants", "the country": the latest fitting named actor within three
        sentences (Boko Haram … *the group* said; Ukraine … *the country*)."""
        m = self.mentions[m_i]
        wanted = DEFINITE_LINKS.get(m.role_lemma or "")
        if wanted is None or self.doc[m.start].lower_ != "the" or not m.bare:
            return None
        here = self._sent_no(m_i)
        for k in range(m_i - 1, -1, -1):
            c = self.mentions[k]
            if c.start >= m.start or c.actor is None:
                continue
            if here - self._sent_no(k) > 3:
                break
            if c.source not in ("dictionary", "ner", "country"):
                continue
            b = self.actors[c.actor]
            if wanted == {"country"}:
                if b.kind == "country":
                    return c.actor
            elif b.kind in ("group", "organization") and (not wanted or set(b.sectors) & wanted):
                return c.actor
        return None

    def _role(self, m_i: int) -> None:
        m = self.mentions[m_i]
        linked = self._definite(m_i)
        if linked is not None:
            self._attach(m_i, linked)
            return
        if m.source == "definite":
            return  # "the country" with nothing to point at: not an actor
        titled = self._titled_person(m_i)
        if titled is not None:
            self._attach(m_i, titled)
            return
        affil = None
        if m.affiliation_token is not None:
            k = self._mention_at(m.affiliation_token, m_i)
            if k is not None:
                affil = self.mentions[k].actor
        if m.bare and not m.plural and affil is None:
            prior = [
                k for k, b in enumerate(self.actors) if b.role_lemma == m.role_lemma and b.kind == m.kind
            ]
            if prior:
                self._attach(m_i, prior[-1])
                return
        name = m.name
        if affil is not None and m.affiliation_prep:
            name = f"{m.name} {m.affiliation_prep} {self.actors[affil].name}"
        key = ("role", name.lower(), str(m.plural))
        a_i = self.by_key.get(key)
        if a_i is None:
            m.name = name
            a_i = self._new(key, m)
            b = self.actors[a_i]
            if affil is not None and affil != a_i:
                b.affiliation = affil
                af = self.actors[affil]
                if b.country is None and af.country:
                    b.country = af.country
                if af.kind != "person" or not b.sectors:
                    b.sectors = _with_affiliate(b.sectors, af.sectors)
            self.mentions[m_i].actor = a_i
            b.mentions.append(m_i)
        else:
            self._attach(m_i, a_i)

    def party_members(self) -> None:
        """``party-member-description``: "the Republican", "the Democrat" (a party member's noun, singular, after
        "the", heading its phrase; mentions.json ``party_member_nouns``) is the one person named before whose
        titles hold that word ("Republican Ann Cole", "Ann Cole, a Republican from Ohio"), not the party."""
        for m_i, m in enumerate(self.mentions):
            if m.source != "party_member" or m.actor is not None:
                continue
            word = self.doc[m.head].lower_
            found = self._persons_titled(m, lambda _roles, words: word in words)  # noqa: B023 (called at once)
            if len(found) == 1:
                self._attach(m_i, found.pop())

    def _persons_titled(self, m: Mention, fits: Callable[[set[str], set[str]], bool]) -> set[int]:
        """The person actors named before ``m`` whose titles (:func:`person_titles`) fit."""
        found: set[int] = set()
        for k, c in enumerate(self.mentions):
            if c.start >= m.start or c.actor is None or c.source != "ner" or c.kind != "person":
                continue
            roles, words = self._titles.get(k) or self._titles.setdefault(k, person_titles(self.doc, c))
            if fits(roles, words):
                found.add(c.actor)
        return found

    def _titled_person(self, m_i: int) -> int | None:
        """``title-description``: "the senator", "the GOP nominee" (a singular person role after "the") is the
        one person named before it whose title is that role ("Sen. Ann Lee", "Ann Lee, the GOP nominee"),
        every other word of the description in that person's titles; none when no person or several are."""
        m = self.mentions[m_i]
        role = role_nouns().get(m.role_lemma or "")
        if m.kind != "role" or m.plural or role is None or role.kind != "person" or self.doc[m.start].lower_ != "the":
            return None
        wanted = {t.lower_ for t in self.doc[m.start + 1 : m.head + 1]} - set((m.role_lemma or "").split()) - {self.doc[m.head].lower_}
        if m.affiliation_token is not None:
            wanted.add(self.doc[m.affiliation_token].lower_)
        found = self._persons_titled(m, lambda roles, words: m.role_lemma in roles and wanted <= words)
        return found.pop() if len(found) == 1 else None

    def plural_pronouns(self) -> None:
        for m_i, m in enumerate(self.mentions):
            if m.source == "pronoun" and m.plural:
                a_i = self._antecedent(m_i, want_plural=True, window=1)
                if a_i is not None:
                    self._attach(m_i, a_i)

    def main_country(self) -> None:
        """The country the article is about: its resolved places and country names, counted per
        mention (actors' own nationalities are not counted: "Russian forces" in a story set in
        Ukraine)."""
        counts: Counter[str] = Counter(self.place_countries)
        for m in self.mentions:
            if m.actor is not None and m.country and m.source == "country":
                counts[m.country] += 1
        top = counts.most_common(2)
        total = sum(counts.values())
        if not top or top[0][1] < 2 or top[0][1] * 2 <= total or (len(top) > 1 and top[1][1] == top[0][1]):
            for b in self.actors:
                if b.country is None:
                    b.reasons["country"] = "no country stated for this actor"
            return
        code = top[0][0]
        for b in self.actors:
            if b.country is None:
                if (
                    b.kind in ("person", "role", "group", "organization")
                    and not set(b.sectors) & INTERNATIONAL
                    and not b.international
                ):
                    b.country = code
                    b.reasons["country"] = f"not stated; inferred from the article's main country ({code})"
                else:
                    b.reasons["country"] = "no country stated for this actor"


def _abbreviation(name: str) -> bool:
    letters = name.replace(".", "").replace(" ", "")
    return 2 <= len(letters) <= 4 and letters.isalpha() and letters.isupper()


def display_name(b: _Builder) -> str:
    """Rule ``country-name``: a country first named by an abbreviation ("US", "U.K.") is named in full
    ("United States", "United Kingdom"), so one country has one name whatever the spelling."""
    if b.kind == "country" and b.country and _abbreviation(b.name):
        return country_name(b.country) or b.name
    return " ".join(b.name.split())  # one space across a wrapped line break ("members of the\n   security forces")


def resolve_actors(
    doc: Doc,
    text: str | None = None,
    place_spans: set[tuple[int, int]] | None = None,
    place_country: dict[int, str] | None = None,
    published: str | None = None,
) -> ActorResult:
    """Canonical actors of a parsed article with their mentions and the token → actor lookup.

    ``text`` is the original article text (defaults to ``doc.text``; both share offsets).
    ``place_spans`` are token ranges already known to be places (skipped as actor names) and
    ``place_country`` maps their tokens to the place's country (from the places stage).
    ``published`` (the article's ISO publication date) picks the dated roles of named actors
    (a leader is GOV only while in office).
    """
    text = doc_text(doc) if text is None else text
    with article_date(published):
        mentions = find_mentions(doc, place_spans, place_country)
    place_countries = [
        place_country[a] for a, _b in (place_spans or set()) if place_country and a in place_country
    ]
    r = _Resolver(doc, mentions, place_countries)
    r.names()
    r.person_affiliations()
    r.person_pronouns()
    r.quoted_pronouns()
    r.roles()
    r.party_members()
    r.plural_pronouns()
    r.main_country()

    # Actors in order of first mention; ids act-1, act-2, ...
    order = sorted(
        (k for k, b in enumerate(r.actors) if b.mentions),
        key=lambda k: min(mentions[i].start for i in r.actors[k].mentions),
    )
    ids = {k: f"act-{n + 1}" for n, k in enumerate(order)}
    actors: list[Actor] = []
    for k in order:
        b = r.actors[k]
        spans = []
        seen: set[tuple[int, int]] = set()
        for i in sorted(b.mentions, key=lambda i: mentions[i].start):
            m = mentions[i]
            s_char = doc[m.start].idx
            e_char = doc[m.end - 1].idx + len(doc[m.end - 1].text)
            if (s_char, e_char) in seen:
                continue
            seen.add((s_char, e_char))
            spans.append(Span(start=s_char, end=e_char, text=text[s_char:e_char]))
        reasons = dict(b.reasons)
        if not b.sectors:
            reasons["sector"] = "no sector cue (dictionary entry, role noun or modifier)"
        actors.append(
            Actor(
                id=ids[k],
                name=display_name(b),
                kind=b.kind,
                country=b.country,
                sector=b.sectors[0] if b.sectors else None,
                sectors=list(b.sectors),
                mentions=spans,
                reasons=reasons,
            )
        )
    actor_at: dict[int, str] = {}
    resolved = [m for m in mentions if m.actor is not None and m.actor in ids]
    for m in sorted(resolved, key=lambda m: -(m.end - m.start)):
        for t in range(m.start, m.end):
            actor_at[t] = ids[m.actor]  # type: ignore[index]
    affiliation = {
        ids[k]: ids[b.affiliation] for k, b in enumerate(r.actors) if b.affiliation is not None and k in ids and b.affiliation in ids
    }
    table = [(m.start, m.end, ids[m.actor], m.source) for m in resolved]  # type: ignore[index]
    return ActorResult(actors, actor_at, affiliation, table)
