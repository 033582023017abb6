"""Speaker spans and their resolution: subject of the cue, pronouns and descriptions to antecedents,
speakers to actors, and the most informative name for a speaker."""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property

import numpy
from spacy.attrs import HEAD
from spacy.tokens import Doc, Span, Token

from ..doccache import doc_text, sentences
from ..schema import Actor
from .cues import (
    DOCUMENT_NOUNS,
    FEMALE_PRONOUNS,
    MALE_PRONOUNS,
    NEUTER_PRONOUNS,
    PERSON_DESCRIPTION_NOUNS,
    PLURAL_PRONOUNS,
)

SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
_PERSON_KINDS = ("person", "role")
_GROUP_KINDS = ("organization", "group", "country")
_ORG_LABELS = ("ORG", "NORP", "GPE")
_CUT = {",", "(", "—", "–", ";", ":", "[", '"', "“", "”"}


@dataclass(frozen=True)
class Mention:
    """Something a pronoun can point back to."""

    start: int  # character offsets of the mention
    end: int
    name: str
    kind: str  # "person" | "group" | "other"
    subject: bool
    actor_id: str | None = None
    pos: int = -1  # where it is referred to (a pronoun's position); -1: at ``start``

    @property
    def at(self) -> int:
        return self.start if self.pos < 0 else self.pos


@dataclass(frozen=True)
class Resolved:
    name: str
    start: int
    end: int
    kind: str
    actor_id: str | None
    resolved_from: tuple[int, int] | None = None


class ActorIndex:
    """Which actor, if any, a character offset belongs to."""

    def __init__(self, actors: Sequence[Actor]) -> None:
        self.actors = {a.id: a for a in actors}
        self.spans = sorted((m.start, m.end, a.id) for a in actors for m in a.mentions)

    def at(self, start: int, end: int | None = None) -> Actor | None:
        """The actor with the shortest mention containing ``[start, end)`` (or offset ``start``)."""
        end = start + 1 if end is None else end
        best: tuple[int, str] | None = None
        for s, e, aid in self.spans:
            if s > start:
                break
            if s <= start and end <= e and (best is None or e - s < best[0]):
                best = (e - s, aid)
        return self.actors[best[1]] if best else None

    def inside(self, start: int, end: int, kinds: tuple[str, ...]) -> Actor | None:
        for s, e, aid in self.spans:
            if s >= start and e <= end and self.actors[aid].kind in kinds:
                return self.actors[aid]
        return None


def np_bounds(head: Token) -> tuple[int, int]:
    """Token range [start, end) of the noun phrase headed by ``head``, without appositions or
    parenthetical material after the head ("Massoud, son of …" → "Massoud"); relative clauses stay
    ("the man who managed …")."""
    start = head.left_edge.i
    end = head.right_edge.i + 1
    name = juxtaposed_name(head)
    for t in head.doc[head.i + 1 : end]:
        if name is not None and t.i == name.i:
            end = t.i + 1  # "candidate Lena Marsh": the name right after the title is part of the phrase
            break
        if t.text in _CUT or t.dep_ == "appos":
            end = t.i
            break
    # nothing before a dash, colon or line break to the left of the head (a dateline "JAKARTA - ")
    for t in reversed(list(head.doc[start : head.i])):
        if t.text in _CUT or t.text == "-" or "\n" in t.text:
            start = t.i + 1
            break
    # leading punctuation (a stray quote mark) is not part of the speaker
    while start < head.i and (head.doc[start].is_punct or head.doc[start].is_space):
        start += 1
    return start, max(end, head.i + 1)


def juxtaposed_name(head: Token) -> Token | None:
    """juxtaposed-name: a proper name parsed in apposition to a title noun it directly follows, with no comma
    ("Republican mayoral candidate *Lena Marsh* on Friday posted"): the head of the name, else ``None``."""
    if head.pos_ != "NOUN":
        return None
    for c in head.children:
        if (
            c.dep_ == "appos"
            and c.i > head.i
            and c.pos_ == "PROPN"
            and c.left_edge.i == head.i + 1
            and c.ent_type_ in ("", "PERSON")  # "general secretary Delhi VHP" names a body, no person
        ):
            return c
    return None


def entity_kind(tok: Token, actors: ActorIndex) -> str:
    actor = actors.at(tok.idx, tok.idx + len(tok))
    if actor is not None:
        if actor.kind in _PERSON_KINDS:
            return "person"
        if actor.kind in _GROUP_KINDS:
            return "group"
    if tok.ent_type_ == "PERSON":
        return "person"
    if tok.ent_type_ in _ORG_LABELS:
        return "group"
    low = tok.lower_
    if low in MALE_PRONOUNS or low in FEMALE_PRONOUNS:
        return "person"
    if low in PLURAL_PRONOUNS:
        return "group"
    if tok.lemma_.lower() in DOCUMENT_NOUNS:
        return "document"
    return "other"


class DocIndex:
    """Per-document lookups that spaCy computes slowly: sentence and entity of a token."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.sents = sentences(doc)
        self.sent_of = [0] * len(doc)
        for k, sent in enumerate(self.sents):
            for i in range(sent.start, sent.end):
                self.sent_of[i] = k
        self.ent_of: dict[int, Span] = {}
        for ent in doc.ents:
            for i in range(ent.start, ent.end):
                self.ent_of[i] = ent

    def sent(self, tok: Token) -> Span:
        return self.sents[self.sent_of[tok.i]]

    @cached_property
    def heads(self) -> list[int]:
        """Index of every token's head (a token that is its own head is a root)."""
        rel = self.doc.to_array([HEAD]).astype("int64").ravel()
        return (rel + numpy.arange(len(rel))).tolist()


_INDEXES: dict[int, tuple[Doc, DocIndex]] = {}


def doc_index(doc: Doc) -> DocIndex:
    """The :class:`DocIndex` of ``doc`` (the last few documents are remembered)."""
    hit = _INDEXES.get(id(doc))
    if hit is not None and hit[0] is doc:
        return hit[1]
    if len(_INDEXES) > 8:
        _INDEXES.clear()
    idx = DocIndex(doc)
    _INDEXES[id(doc)] = (doc, idx)
    return idx


def _ent_of(tok: Token) -> Span | None:
    if not tok.ent_type_:
        return None
    return doc_index(tok.doc).ent_of.get(tok.i)


def _apposed_name(head: Token) -> Span | None:
    """A name set in apposition to a common-noun speaker ("the governor, *Marta Olsen*,")."""
    if head.pos_ != "NOUN":
        return None
    for child in head.children:
        if child.dep_ != "appos" or child.i < head.i:
            continue
        ent = _ent_of(child)
        if ent is not None and ent.label_ in ("PERSON", "ORG"):
            return ent
        if child.pos_ == "PROPN" and child.ent_type_ in ("", "PERSON"):
            left = child.left_edge.i
            while left < child.i and child.doc[left].pos_ != "PROPN":
                left += 1
            return child.doc[left : child.i + 1]
    return None


class Resolver:
    """Resolves speaker heads to names and actors within one document."""

    def __init__(
        self,
        doc: Doc,
        actors: Sequence[Actor],
        quoted: Sequence[tuple[int, int]],
        text: str | None = None,
        headline: tuple[int, int] | None = None,
    ) -> None:
        self.doc = doc
        self.headline = headline
        """headline-no-speaker: the headline's character span; none of its words is an antecedent."""
        self.index = ActorIndex(actors)
        self.text = doc_text(doc) if text is None else text
        self.quoted = sorted(quoted)
        self._quote_starts = [q[0] for q in self.quoted]
        self.dix = doc_index(doc)
        self.speakers: list[Mention] = []  # speakers of earlier quotes, in text order
        self._first_names: dict[str, str] = {}
        for ent in doc.ents:
            if ent.label_ in ("PERSON", "ORG") and len(ent) > 1:
                key = ent[-1].lower_
                self._first_names.setdefault(key, ent.text)

    # -- helpers ---------------------------------------------------------------------------------
    def _in_quote(self, offset: int) -> bool:
        k = bisect.bisect_right(self._quote_starts, offset) - 1
        return k >= 0 and offset < self.quoted[k][1]

    def informative_name(self, start: int, end: int) -> tuple[str, str | None]:
        """Most informative name for the text at [start, end): the actor's canonical name, else the
        first longer name in the article that ends with the same word ("Massoud" → "Ahmad Massoud")."""
        text = self.text[start:end]
        actor = self.index.at(start, end)
        if actor is not None:
            return actor.name, actor.id
        words = text.split()
        if words and words[-1][:1].isupper():
            full = self._first_names.get(words[-1].lower())
            if full and len(full) > len(text) and set(words) <= set(full.split()):
                return full, None
        return text, None

    def _barred(self, offset: int, content: tuple[int, int] | None) -> bool:
        """Whether no antecedent may be taken at ``offset``: in the headline (headline-no-speaker) or inside the
        content of the very quote whose speaker is resolved (pronoun-outside-content: "two guards were hurt,
        it said": "it" is not the guards)."""
        return any(span is not None and span[0] <= offset < span[1] for span in (self.headline, content))

    def _mentions_in(self, sent: Span, before: int, content: tuple[int, int] | None = None) -> list[Mention]:
        """Candidate antecedents in a sentence, subjects first then left to right, before ``before``."""
        out: list[Mention] = []
        seen: set[int] = set()
        for s in self.speakers:
            if sent.start_char <= s.at < min(sent.end_char, before) and not (self._barred(s.at, content) or self._barred(s.start, None)):
                out.append(s)
                seen.add(s.at)
        heads: list[tuple[int, Token]] = []
        for tok in sent:
            if tok.idx >= before or self._in_quote(tok.idx) or self._barred(tok.idx, content):
                continue
            if tok.pos_ not in ("PROPN", "NOUN"):
                continue
            kind = entity_kind(tok, self.index)
            if kind not in ("person", "group"):
                continue
            # one mention per entity/noun phrase: its last (head) token
            ent = _ent_of(tok)
            if ent is not None and tok.i != ent.end - 1:
                continue
            heads.append((0 if tok.dep_ in SUBJECT_DEPS else 1, tok))
        heads.sort(key=lambda x: (x[0], x[1].i))
        for rank, tok in heads:
            ent = _ent_of(tok)
            ms, me = (ent.start_char, ent.end_char) if ent is not None else (tok.idx, tok.idx + len(tok))
            if ms in seen:
                continue
            name, aid = self.informative_name(ms, me)
            out.append(Mention(ms, me, name, entity_kind(tok, self.index), rank == 0, aid))
        return out

    def antecedent(
        self, anchor: Token, want: str, max_sents: int = 4, content: tuple[int, int] | None = None
    ) -> Mention | None:
        """Nearest compatible antecedent before ``anchor``: the current sentence, then earlier ones
        (up to ``max_sents``), subjects and earlier quote speakers first; none in the headline or in
        ``content`` (the quote being attributed). "it" may also stand for a document that spoke before
        (document-it: "..., the statement said. Two guards were hurt, it said")."""
        kinds = {want, "document"} if anchor.lower_ == "it" else {want}
        k = self.dix.sent_of[anchor.i]
        sents = [self.dix.sents[k]]
        k -= 1
        while k >= 0 and len(sents) <= max_sents:
            s = self.dix.sents[k]
            if s.text.strip():
                sents.append(s)
            k -= 1
        for i, s in enumerate(sents):
            cands = self._mentions_in(s, anchor.idx if i == 0 else s.end_char, content)
            for m in cands:
                if m.kind in kinds:
                    return m
        return None

    # -- public ----------------------------------------------------------------------------------
    def resolve(self, head: Token, bounds: tuple[int, int], content: tuple[int, int] | None = None) -> Resolved:
        """The speaker ``head`` (its phrase: token ``bounds``) names; ``content``: the character span of
        what it says, where no antecedent of a pronoun is taken."""
        doc = self.doc
        start, end = doc[bounds[0]].idx, doc[bounds[1] - 1].idx + len(doc[bounds[1] - 1])
        low = head.lower_
        # 1) the actors stage may already have resolved this mention (coreference)
        actor = self.index.at(head.idx, head.idx + len(head))
        # a role actor ("the regional governor") with a name in apposition is that named person
        named = _apposed_name(head) if actor is None or actor.kind == "role" else None
        if named is not None:
            # "The regional governor, Marta Olsen, said": the name in apposition, the mention as written
            name, aid = self.informative_name(named.start_char, named.end_char)
            return Resolved(name, start, end, entity_kind(named[-1], self.index), aid)
        want: str | None = None
        if low in MALE_PRONOUNS or low in FEMALE_PRONOUNS:
            want = "person"
        elif low in PLURAL_PRONOUNS or low in NEUTER_PRONOUNS:
            want = "group"
        elif (
            head.lemma_.lower() in PERSON_DESCRIPTION_NOUNS
            and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in head.children)
            and not any(t.pos_ == "PROPN" for t in doc[bounds[0] : bounds[1]])
        ):
            want = "person"
        if want is not None:
            if actor is not None:
                name = actor.name
                first = actor.mentions[0] if actor.mentions else None
                s, e = (first.start, first.end) if first else (start, end)
                return Resolved(name, s, e, actor.kind, actor.id, (start, end))
            ante = self.antecedent(head, want, content=content)
            if ante is not None:
                return Resolved(ante.name, ante.start, ante.end, ante.kind, ante.actor_id, (start, end))
            return Resolved(self.text[start:end], start, end, want, None)
        kind = entity_kind(head, self.index)
        if actor is not None and (actor.kind in _PERSON_KINDS or actor.kind in _GROUP_KINDS or kind != "document"):
            return Resolved(actor.name, start, end, kind, actor.id)
        if kind == "document":
            # "a statement on the Taliban's account": the organisation behind the document
            inner = self.index.inside(start, end, _GROUP_KINDS + _PERSON_KINDS)
            return Resolved(self.text[start:end], start, end, kind, inner.id if inner else None)
        ent = _ent_of(head)
        if ent is not None and ent.label_ in ("PERSON", "ORG") and bounds[0] <= ent.start and ent.end <= bounds[1]:
            # "Anti-Taliban leader Ahmad Massoud" → "Ahmad Massoud"; "Massoud" → "Ahmad Massoud"
            name, aid = self.informative_name(ent.start_char, ent.end_char)
            return Resolved(name, start, end, kind, aid)
        return Resolved(self.text[start:end], start, end, kind, None)

    def remember(self, head: Token, res: Resolved) -> None:
        """Record a quote's speaker so later pronouns can point back to it."""
        kind = res.kind
        if kind == "other" and head.tag_ in ("NN", "NNP"):
            kind = "person"  # "an aide", "a source": singular human-ish speakers
        at = res.resolved_from[0] if res.resolved_from else res.start
        self.speakers.append(Mention(res.start, res.end, res.name, kind, True, res.actor_id, pos=at))
        self.speakers.sort(key=lambda m: m.at)

