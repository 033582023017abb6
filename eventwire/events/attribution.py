"""Who reports an event: the speaker of the quote (or reported speech) whose content holds the trigger.

The quotes stage's :class:`~eventwire.schema.Quote` list is used first; where it has no quote around
the trigger, the parse is followed up to a reporting verb ("X *said* an attack had been launched")
or an "according to X" phrase. ``None`` means the article's own voice.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Token

from ..doccache import doc_text
from ..quotes.speakers import juxtaposed_name
from ..schema import Quote

_SUBJ = frozenset({"nsubj", "nsubjpass"})


@dataclass(frozen=True)
class Attribution:
    name: str
    start: int | None
    end: int | None
    actor_id: str | None = None
    quote_index: int | None = None
    cue: Token | None = None
    """The reporting verb, when found in the parse."""
    head: Token | None = None
    """The head token of the source phrase, when found in the parse."""


def quote_containing(quotes: Sequence[Quote], start: int, end: int) -> int | None:
    """Index of the innermost quote whose content contains ``[start, end)``."""
    best: int | None = None
    for i, q in enumerate(quotes):
        if q.start <= start and end <= q.end and (best is None or q.end - q.start < quotes[best].end - quotes[best].start):
            best = i
    return best


def _phrase(token: Token) -> tuple[int, int]:
    """Character span of a noun phrase without trailing relative clauses or appositions."""
    right = token.i
    name = juxtaposed_name(token)  # "candidate Lena Marsh": the name right after the title stays in the phrase
    for c in token.rights:
        if name is not None and c.i == name.i:
            right = c.i
            continue
        if c.dep_ in ("relcl", "acl", "punct", "appos", "cc", "conj"):
            break
        right = c.right_edge.i
    doc = token.doc
    left = token.left_edge
    return left.idx, doc[right].idx + len(doc[right].text)


_RELATIVE_PRONOUNS = frozenset({"who", "that", "which"})


def _relative_antecedent(subject: Token, verb: Token) -> Token:
    """relative-source: the relative pronoun subject of a reporting verb in a relative clause stands for the noun
    the clause hangs on ("a statement by the minister *which said* that …", "a woman *who claimed* …")."""
    if subject.lower_ in _RELATIVE_PRONOUNS and verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN"):
        return verb.head
    return subject


def speech_source(trigger: Token, speech_verbs: frozenset[str]) -> Attribution | None:
    """The subject of the reporting verb whose complement holds ``trigger``."""
    t = trigger
    for _ in range(10):
        if t.head is t:
            return None
        came_by = t.dep_
        t = t.head
        lemma = t.lemma_.lower()
        if came_by in ("ccomp", "xcomp", "parataxis", "dobj", "advcl", "conj") and lemma in speech_verbs and t.pos_ in ("VERB", "AUX"):
            if came_by == "conj":
                continue
            for c in t.children:
                if c.dep_ in _SUBJ:
                    c = _relative_antecedent(c, t)
                    s, e = _phrase(c)
                    text = doc_text(trigger.doc)[s:e]
                    return Attribution(name=text, start=s, end=e, cue=t, head=c)
            return None
        if lemma == "accord" or t.lower_ == "according":
            break
    # "..., according to X"
    sent = trigger.sent
    for tok in sent:
        if tok.lower_ == "according":
            for prep in tok.children:
                if prep.lower_ == "to":
                    for pobj in prep.children:
                        if pobj.dep_ == "pobj":
                            s, e = _phrase(pobj)
                            return Attribution(name=doc_text(trigger.doc)[s:e], start=s, end=e, cue=tok, head=pobj)
    return None


# Tokens a denial may be climbed through between the denied trigger and the denying verb.
_DENIAL_PATH = frozenset({"ccomp", "xcomp", "dobj", "obj", "pcomp", "pobj", "prep", "acl", "advcl", "conj", "attr"})


def denial_source(
    trigger: Token, deny_verbs: frozenset[str], claim_nouns: frozenset[str], light_verbs: frozenset[str]
) -> Attribution | None:
    """The source of a reporting verb of denial whose content holds ``trigger``: "X *denied* that
    its troops had shelled the area", "X *denied* carrying out the attack", "X *rejected claims*
    that …", "X *dismissed reports* of fighting". ``deny`` takes its content directly; the other
    verbs (reject, dismiss, …) need a clause or a claim noun ("claims", "reports") in between, so
    that "rejected the proposal to attack" is not a denial. ``name`` is the denier (empty where the
    verb has no subject); ``cue`` is the verb."""
    t = trigger
    via_claim = False
    for _ in range(8):
        if t.head is t or t.dep_ not in _DENIAL_PATH:
            return None
        came_by = t.dep_
        t = t.head
        lemma = t.lemma_.lower()
        if t.pos_ in ("VERB", "AUX"):
            if lemma in deny_verbs:
                if came_by == "conj" or (lemma != "deny" and not via_claim and came_by != "ccomp"):
                    return None
                for c in t.children:
                    if c.dep_ in _SUBJ:
                        s, e = _phrase(c)
                        return Attribution(name=doc_text(trigger.doc)[s:e], start=s, end=e, cue=t, head=c)
                return Attribution(name="", start=None, end=None, cue=t)
            if lemma in light_verbs or came_by == "conj":
                continue
            return None
        if t.pos_ in ("NOUN", "PROPN"):
            if lemma in claim_nouns or t.lower_ in claim_nouns:
                via_claim = True
                continue
            return None
        # prepositions, subordinators: keep climbing
    return None
