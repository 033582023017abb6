"""Quote and reported-speech extraction over a spaCy parse.

Pipeline inside :func:`find_quotes`:

1. quotation marks → quoted spans (:mod:`eventwire.quotes.marks`), parse-independent;
2. every cue (a speech/cognition verb outside quotation marks, or "according to") → its content:
   the clausal complement ("said *that …*"), the reported main clause ("*The war is over*, he said"),
   or a quotation next to the cue ("he said: *“…”*"); content that is all quotation is ``direct``,
   partly quoted ``mixed``, otherwise ``indirect``;
3. quotations no cue claimed: a paragraph-opening quotation continues the previous speaker;
4. the speaker: subject of the cue (or of the verb it hangs from: "…and said", "adding that",
   "was quoted as saying"; the noun phrase right before a subjectless finite cue), "according to X";
   pronouns and "the man who …" descriptions resolve to the nearest compatible antecedent, earlier
   speakers and subjects first (:mod:`eventwire.quotes.speakers`);
5. the channel: "told *Reuters by telephone*", "*in a Washington Post editorial*";
6. unless the caller asks for the rules alone, the rules' finds and every complement span of every
   predicate (:func:`eventwire.quotes.learned.parse_candidates`) are scored by the learned
   attribution model; the best non-duplicate candidates above its thresholds are kept, each with
   its probability as the quote's ``confidence`` (:func:`_select`). Speakers are resolved after.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Literal

from spacy.tokens import Doc, Span, Token

from ..doccache import doc_text, token_table
from ..doccache import sentences as doc_sentences
from ..encoder import sentence_cache
from ..schema import Actor, Quote, Speaker
from ..schema import Span as SchemaSpan
from .cues import (
    ADJ_CUES,
    AS_CUES,
    CHANNEL_NOUNS,
    CHANNEL_PREPS,
    NEEDS_COMPLEMENTIZER,
    NOUN_CUES,
    OBJECT_CUES,
    PREP_CUE_VERBS,
    PREP_CUES,
    SPEECH_VERBS,
    THINK_VERBS,
    WEAK_VERBS,
    XCOMP_CUES,
)
from .learned import (
    AttributionModel,
    char_jaccard,
    cue_features,
    load_model,
    parse_candidates,
    rule_features,
    sigmoid,
    span_features,
)
from .marks import QuotedSpan, find_quoted_spans
from .neural import CandidateGeometry, EncoderScorer
from .speakers import SUBJECT_DEPS, Resolved, Resolver, doc_index, np_bounds

ENCODER_GATE = (0.02, 0.98)
"""Sparse-model probabilities outside [low, high] are trusted without the encoder. Measured on 40
PolNeAR dev articles: content F1 0.7213 and source accuracy 0.8416 with and without the gate (0.05 /
0.95: 0.7208 / 0.8392), the evaluation 2.8× faster (91 s → 33 s); (0, 0) encodes every candidate."""
CUE_LEMMAS = SPEECH_VERBS | OBJECT_CUES | XCOMP_CUES | THINK_VERBS | PREP_CUE_VERBS

# between a cue group's end and a following quote ("said: “…”", "said:\n“…”")
_GAP_BEFORE = re.compile(r"\A(?:[ \t,;—–\-]*|[ \t]*:\s*)\Z")
_GAP_AFTER = re.compile(r"\A[ \t,;—–\-]*\Z")  # between a quote's end and the cue group
_TRIM = set(",;:—–-(")
_TELL_VERBS = frozenset({"tell", "inform", "assure", "reassure", "advise", "notify", "brief", "warn", "remind"})
_AUDIENCE = frozenset(
    ["reporter", "journalist", "press", "medium", "media", "audience", "crowd", "newspaper", "station", "agency", "network", "outlet", "paper", "magazine", "television", "radio", "supporter"]
)
_MAX_QUOTE_SHARE = 0.9


@dataclass
class _Found:
    start: int  # content, characters
    end: int
    kind: str
    cue: Token | None = None
    cue_end: int | None = None  # char end of a multi-word cue ("according to")
    cue_span: tuple[int, int] | None = None  # a cue that is not a token of interest (":")
    rel_pronoun: tuple[int, int] | None = None  # "who" in "Barkley, who said …"
    subject: Token | None = None  # speaker head token
    speaker_bounds: tuple[int, int] | None = None
    channel: tuple[int, int] | None = None
    quotes: list[int] = field(default_factory=list)  # indexes of quoted spans used
    inherit: bool = False
    reasons: dict[str, str] = field(default_factory=dict)
    confidence: float | None = None  # the attribution model's probability, when it scored this


class _Ctx:
    def __init__(self, doc: Doc, spans: list[QuotedSpan], text: str) -> None:
        self.doc = doc
        self.text = text
        self.spans = spans
        self.starts = [q.outer_start for q in spans]

    def quote_at(self, offset: int) -> int | None:
        i = bisect.bisect_right(self.starts, offset) - 1
        if i >= 0 and self.spans[i].contains(offset):
            return i
        return None

    def char_end(self, tok: Token) -> int:
        return tok.idx + len(tok)

    @cached_property
    def token_ends(self) -> list[int]:
        """Each token's end offset, in token order (for :func:`_token_at`)."""
        return [t.idx + len(t) for t in self.doc]


def _sent(tok: Token) -> Span:
    return doc_index(tok.doc).sent(tok)


# -- cues -----------------------------------------------------------------------------------------
def _that_clause_verb(tok: Token) -> bool:
    """Any verb with a subject and a that-/whether-clause complement reports a stance or a claim
    ("he figures *that …*", "they have concluded *that …*") whatever the verb."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() in ("be", "have", "do", "make", "mean", "ensure", "so"):
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in ("it", "that", "which", "this") for c in tok.children):
        return False
    return any(
        c.dep_ == "ccomp" and c.i > tok.i and any(g.dep_ == "mark" and g.lower_ in ("that", "whether") for g in c.children)
        for c in tok.children
    )


def _as_verb(tok: Token) -> bool:
    """'see X as Y', 'cast X as Y': a view verb with an object and an "as" predicate."""
    return (
        tok.lemma_.lower() in AS_CUES
        and any(c.dep_ == "dobj" for c in tok.children)
        and any(c.dep_ == "prep" and c.lower_ == "as" for c in tok.children)
    )


def _is_cue(tok: Token, ctx: _Ctx) -> bool:
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    if tok.lemma_.lower() not in CUE_LEMMAS and not _that_clause_verb(tok) and not _as_verb(tok):
        return False
    if ctx.quote_at(tok.idx) is not None:
        return False
    return tok.dep_ not in ("amod", "compound", "acl") or any(c.dep_ == "ccomp" for c in tok.children)


def _complement(v: Token) -> Token | None:
    lemma = v.lemma_.lower()
    comps = [c for c in v.children if c.dep_ == "ccomp" or (c.dep_ == "parataxis" and lemma not in THINK_VERBS)]
    if not comps and lemma in SPEECH_VERBS and lemma not in XCOMP_CUES:
        # "He said legalizing it could put …" parsed as an open complement
        comps = [
            c
            for c in v.children
            if c.dep_ == "xcomp" and c.i > v.i and not any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
        ]
    if lemma in NEEDS_COMPLEMENTIZER:
        # "knows that …", "knows what …", "know they are …" — a finite clause, not "know him"
        comps = [
            c
            for c in comps
            if any(g.dep_ == "mark" and g.lower_ in ("that", "whether", "if") for g in c.children)
            or c.left_edge.tag_ in ("WDT", "WP", "WRB", "WP$")
            or (c.dep_ == "ccomp" and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children))
        ]
    if not comps:
        return None
    return min(comps, key=lambda c: abs(c.i - v.i))


def _content_end(comp: Token) -> int:
    """End (token index) of a complement's content: the subtree, cut before an "and X said …"
    conjunct that carries its own report or a trailing ", who …" clause."""
    end = comp.right_edge.i + 1
    for c in comp.children:
        if c.i <= comp.i:
            continue
        cut: int | None = None
        # a comma clause (", bringing …", ", although …") stays: reports run on through them
        if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"):
            has_mark = any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)
            own_subject = any(g.dep_ in SUBJECT_DEPS for g in c.children)
            reports = c.lemma_.lower() in SPEECH_VERBS - WEAK_VERBS or any(
                t.lemma_.lower() in SPEECH_VERBS - WEAK_VERBS and any(g.dep_ in SUBJECT_DEPS for g in t.children)
                for t in c.subtree
                if t.pos_ == "VERB"
            )
            if not has_mark and reports and (own_subject or c.lemma_.lower() in SPEECH_VERBS):
                # "… and about the same numbers would rather …", "… but did not suggest …"
                cut = c.left_edge.i
                while cut > comp.i and c.doc[cut - 1].dep_ in ("cc", "punct"):
                    cut -= 1
        if cut is not None and cut < end:
            end = cut
    return _trim_trailing_clause(comp.doc, comp.i + 1, end, advcl=False)


def _trim_trailing_clause(doc: Doc, lo: int, end: int, advcl: bool = True) -> int:
    """Cut a trailing non-restrictive relative or participial clause (", who was …", ", referring
    to …", ", although …"): it describes a mention inside the report or adds the writer's own
    remark, it is not the report."""
    for t in doc[lo:end]:
        if (t.dep_ in ("relcl", "acl") or (advcl and t.dep_ == "advcl")) and t.left_edge.i > lo and t.right_edge.i + 2 >= end:
            sep = doc[t.left_edge.i - 1]
            if sep.text in (",", "—", "–") and t.left_edge.i - 1 < end:
                if t.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in ("because", "since", "so") for g in t.children):
                    continue
                return t.left_edge.i - 1
    return end


def _tokens_range(doc: Doc, start_i: int, end_i: int) -> tuple[int, int]:
    """Character range of tokens [start_i, end_i) trimmed of edge punctuation and spaces."""
    while start_i < end_i:
        t = doc[start_i]
        if not (t.text in _TRIM or t.is_space):
            break
        start_i += 1
    while end_i > start_i:
        t = doc[end_i - 1]
        if not (t.text in _TRIM or t.is_space):
            break
        end_i -= 1
    if end_i <= start_i:
        return (0, 0)
    last = doc[end_i - 1]
    return doc[start_i].idx, last.idx + len(last)


def _subject(v: Token) -> tuple[Token | None, str]:
    """The speaker head of cue ``v`` and how it was found."""
    cur = v
    for _ in range(4):
        for c in cur.children:
            if c.dep_ in SUBJECT_DEPS and not (c.dep_ == "nsubjpass" and c.lower_ == "it"):
                if c.lower_ in ("that", "which", "who", "whom", "what"):
                    # "Barkley, who said …": the relative clause's antecedent speaks
                    if cur.dep_ == "relcl" and cur.head.pos_ in ("NOUN", "PROPN") and c.lower_ in ("who", "that"):
                        return cur.head, "relative"
                    return None, "none"
                if c.dep_ == "csubj":
                    break
                after = _after_dateline(c, cur)
                if after is not None:
                    return after, "subject"
                left = c.left_edge.i
                if left >= 2 and c.doc[left - 1].text == "(" and c.doc[left - 2].pos_ in ("PROPN", "NOUN"):
                    # "Gov. John Kasich (R-OH), said": the name before the parenthesis
                    return c.doc[left - 2], "subject"
                return c, "subject"
        for c in cur.children:
            if c.dep_ == "agent":
                for g in c.children:
                    if g.dep_ == "pobj":
                        return g, "agent"
        # "The comments came as a statement on X said …": the noun phrase right before the verb
        if cur is v and v.tag_ in ("VBD", "VBZ", "VBP") and v.i > 0:
            prev = v.doc[v.i - 1]
            if prev.pos_ in ("NOUN", "PROPN") and prev.dep_ not in SUBJECT_DEPS:
                head = prev
                while True:
                    if head.dep_ in ("compound", "poss", "amod", "nmod") and head.head.i < v.i and head.head.pos_ in ("NOUN", "PROPN"):
                        head = head.head
                    elif (
                        head.dep_ == "pobj"
                        and head.head.dep_ == "prep"
                        and head.head.head.pos_ in ("NOUN", "PROPN")
                        and head.head.head.i < head.i
                    ):
                        head = head.head.head
                    else:
                        break
                return head, "adjacent"
        # "…and said", "adding that", "declined to say", "was quoted as saying"
        if cur.dep_ in ("conj", "xcomp") or (cur.dep_ in ("advcl", "pcomp") and cur.tag_ == "VBG"):
            nxt = cur.head
            if nxt.dep_ == "prep":
                nxt = nxt.head
            if nxt is cur:
                break
            cur = nxt
            continue
        break
    return None, "none"


def _after_dateline(subj: Token, verb: Token) -> Token | None:
    """"NAKURU, Kenya (Reuters) - Leaders of the march said …" parsed with the dateline's place as
    the subject: the first noun phrase between the dateline and ``verb`` is the speaker. ``None``
    when ``subj`` is not in a dateline opening its sentence."""
    sent = doc_index(subj.doc).sent(subj)
    m = _DATELINE.match(doc_text(subj.doc)[sent.start_char : sent.end_char])  # sent.text, without a Token per word
    if m is None or subj.idx >= sent.start_char + m.end():
        return None
    limit = sent.start_char + m.end()
    doc = subj.doc
    for t in doc[subj.i : verb.i]:
        if t.idx >= limit and t.pos_ in ("NOUN", "PROPN", "PRON"):
            head = t
            while head.dep_ in ("compound", "amod", "poss", "nmod") and limit <= head.head.idx < verb.idx:
                head = head.head
            return head
    return None


def _channel(v: Token, ctx: _Ctx) -> tuple[int, int] | None:
    """'told Reuters by telephone', 'in a Washington Post editorial', 'on Twitter'."""
    doc = v.doc
    phrases: list[tuple[int, int]] = []
    addressee: Token | None = None
    if v.lemma_.lower() in _TELL_VERBS:
        for c in v.children:
            if c.dep_ in ("dobj", "dative") and (
                c.ent_type_ == "ORG" or c.pos_ == "PROPN" or c.lemma_.lower() in _AUDIENCE
            ):
                addressee = c
                break
    preps = [c for c in v.children if c.dep_ == "prep"]
    preps += [g for c in v.children if c.dep_ == "advmod" for g in c.children if g.dep_ == "prep"]
    for c in preps:
        if c.lower_ not in CHANNEL_PREPS:
            continue
        pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
        if pobj is None or ctx.quote_at(pobj.idx) is not None:
            continue
        lemma = pobj.lemma_.lower()
        if lemma in CHANNEL_NOUNS or (pobj.ent_type_ == "ORG" and c.lower_ in ("on", "to", "in")):
            if c.lower_ == "to" and lemma not in _AUDIENCE and pobj.ent_type_ != "ORG":
                continue
            phrases.append((c.i, c.right_edge.i + 1))
        elif c.lower_ == "to" and lemma in _AUDIENCE:
            phrases.append((c.i, c.right_edge.i + 1))
    if addressee is None and not phrases:
        return None
    if addressee is not None:
        s_i, e_i = v.i, addressee.right_edge.i + 1
        for ps, pe in sorted(phrases):
            if ps == e_i:
                e_i = pe
    else:
        ps0, pe0 = min(phrases)
        s_i, e_i = ps0, pe0
    s, e = _tokens_range(doc, s_i, e_i)
    return (s, e) if e > s else None


# -- content --------------------------------------------------------------------------------------
# a dateline opening a sentence: an upper-case place, optional details, a dash
_DATELINE = re.compile(r"[A-Z][A-Z .'’-]{2,},[^\n—–]{0,50}?\s[—–-]{1,2}\s+")


def _classify(ctx: _Ctx, start: int, end: int) -> tuple[int, int, str, list[int]]:
    """Snap a content range to the quotations it touches and decide direct / mixed / indirect."""
    text = ctx.text
    dateline = _DATELINE.match(text, start, end)
    if dateline is not None and dateline.end() < end:
        start = dateline.end()  # "CAMBRIDGE, Mass., Dec. 11 (UPI) — …": the dateline is not content
    touched = [i for i, q in enumerate(ctx.spans) if q.outer_start < end and start < q.outer_end]
    if not touched:
        return start, end, "indirect", []
    first, last = ctx.spans[touched[0]], ctx.spans[touched[-1]]
    # material outside every touched quotation, ignoring punctuation and spaces
    outside = []
    cursor = start
    for i in touched:
        q = ctx.spans[i]
        outside.append(text[cursor : max(cursor, q.outer_start)])
        cursor = max(cursor, q.outer_end)
    outside.append(text[cursor:end] if cursor < end else "")
    words_outside = re.findall(r"\w+", "".join(outside))
    if not words_outside:
        return first.start, last.end, "direct", touched
    return min(start, first.start), max(end, last.end), "mixed", touched


def _cue_group(v: Token, subj: Token | None) -> tuple[int, int]:
    """Token range of the attribution clause core (speaker + cue) for adjacency tests."""
    lo, hi = v.i, v.i + 1
    if subj is not None and abs(subj.i - v.i) <= 12:
        sb = np_bounds(subj)
        lo, hi = min(lo, sb[0]), max(hi, sb[1])
    # particles, auxiliaries, adverbs and channel phrases right after the cue belong to the group
    for c in v.children:
        if c.i >= hi and c.dep_ in ("prt", "advmod", "npadvmod", "dobj", "dative", "prep") and c.right_edge.i - hi < 12:
            if c.dep_ == "prep" and any(g.dep_ in ("pcomp",) for g in c.children):
                continue
            hi = max(hi, c.right_edge.i + 1)
        if c.i < lo and c.dep_ in ("aux", "auxpass", "neg", "advmod") and lo - c.i <= 3:
            lo = c.i
    return lo, hi


def _adjacent_quote(v: Token, subj: Token | None, ctx: _Ctx, claimed: set[int], before_only: bool = False) -> int | None:
    doc, text = v.doc, ctx.text
    lo, hi = _cue_group(v, subj)
    g_start, g_end = doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1])
    best: tuple[int, int] | None = None
    for i, q in enumerate(ctx.spans):
        if i in claimed:
            continue
        if before_only and len(re.findall(r"\w+", text[q.start : q.end])) < 4:
            continue
        if q.outer_end <= g_start and g_start - q.outer_end < 40 and _GAP_AFTER.match(text[q.outer_end : g_start]):
            dist = g_start - q.outer_end
        elif (
            not before_only
            and q.outer_start >= g_end
            and q.outer_start - g_end < 40
            and _GAP_BEFORE.match(text[g_end : q.outer_start])
        ):
            dist = q.outer_start - g_end
        else:
            continue
        if best is None or dist < best[0]:
            best = (dist, i)
    return best[1] if best else None


@dataclass
class _CueSite:
    """What every content rule of a verb cue sees: the cue, its speaker and its complement."""

    v: Token
    ctx: _Ctx
    claimed: set[int]
    subj: Token | None
    how: str  # how the speaker was found (see :func:`_subject`)
    lemma: str
    comp: Token | None

    def found(self, s: int, e: int) -> _Found | None:
        """A find for the character range [s, e) (snapped to its quotations), or ``None`` when empty."""
        if e <= s:
            return None
        s, e, kind, qs = _classify(self.ctx, s, e)
        return _Found(s, e, kind, cue=self.v, subject=self.subj, quotes=qs)

    def direct(self, qi: int | None) -> _Found | None:
        """The quotation ``qi`` as the cue's direct content."""
        if qi is None:
            return None
        q = self.ctx.spans[qi]
        return _Found(q.start, q.end, "direct", cue=self.v, subject=self.subj, quotes=[qi])


def _subject_outside_quote(subj: Token | None, v: Token, ctx: _Ctx) -> Token | None:
    """'“We were wrong,” Ramos, 58, told AFP': when the parse took a word of the quote as the subject,
    the first noun phrase after the quotation and before the cue speaks instead."""
    if subj is None:
        return None
    qi = ctx.quote_at(subj.idx)
    if qi is None:
        return subj
    q = ctx.spans[qi]
    return next(
        (_np_head(t) for t in v.doc[subj.i : v.i] if t.idx >= q.outer_end and t.pos_ in ("PROPN", "NOUN", "PRON")),
        None,
    )


def _quote_before_complement(site: _CueSite) -> _Found | None:
    """'“…,” he said that …' — a quotation right before a cue that also has a following complement."""
    if site.comp is None or site.comp.i <= site.v.i:
        return None
    return site.direct(_adjacent_quote(site.v, site.subj, site.ctx, site.claimed, before_only=True))


def _complement_content(site: _CueSite) -> _Found | None:
    """'said *that …*' / fronted '*The war is over*, officials said' — the clausal complement."""
    comp, subj, v = site.comp, site.subj, site.v
    if comp is None or (subj is not None and comp.left_edge.i <= subj.i <= comp.right_edge.i):
        return None
    s_i, e_i = comp.left_edge.i, _content_end(comp)
    if comp.i < v.i:
        # fronted content: "The war is over, officials said" — stop before the speaker
        lim = min(v.i, np_bounds(subj)[0] if subj is not None and subj.i < v.i else v.i)
        e_i = min(e_i, lim)
    return site.found(*_tokens_range(v.doc, s_i, e_i))


def _misattached_that(site: _CueSite) -> _Found | None:
    """'says in a statement *that …*': the that-clause hangs off the wrong word."""
    if site.comp is not None:
        return None
    v, doc, ctx = site.v, site.v.doc, site.ctx
    for t in doc[v.i + 1 : min(_sent(v).end, v.i + 14)]:
        if t.lower_ == "that" and t.dep_ == "mark" and t.head.i > t.i:
            return site.found(*_tokens_range(doc, t.i, _content_end(t.head)))
        if ctx.quote_at(t.idx) is not None or t.pos_ in ("VERB", "AUX"):
            return None
    return None


def _named_object(site: _CueSite) -> _Found | None:
    """'called Trump *“unhinged”*': the object and its predicate, not just the quoted word."""
    v, ctx, lemma = site.v, site.ctx, site.lemma
    if lemma not in OBJECT_CUES or lemma in SPEECH_VERBS or site.subj is None:
        return None
    if not any(c.dep_ in ("dobj", "dative") and c.i > v.i and ctx.quote_at(c.idx) is None for c in v.children):
        return None
    return _with_subject(_object_content(v, ctx, lemma), site.subj)


def _adjacent_quotation(site: _CueSite) -> _Found | None:
    """'he said: *“…”*' / '*“…,”* he said': a quotation next to the cue group."""
    return site.direct(_adjacent_quote(site.v, site.subj, site.ctx, site.claimed))


_TIME_CLAUSE_WORDS = frozenset({"when", "after", "before", "if", "as"})


def _fronted_main_clause(site: _CueSite) -> _Found | None:
    """'*The war is over*, he said on Monday.' parsed with the cue hanging off the main clause."""
    v, doc = site.v, site.v.doc
    if site.lemma in WEAK_VERBS or v.dep_ not in ("parataxis", "advcl", "conj") or v.i <= v.head.i:
        return None
    sent = _sent(v)
    left = v.left_edge.i
    if left <= sent.start or doc[left - 1].text not in (",", "—", "–") or v.right_edge.i < sent.end - 2:
        return None
    s, e = _tokens_range(doc, sent.start, left - 1)
    if e <= s or any(t.lower_ in _TIME_CLAUSE_WORDS for t in doc[left - 1 : v.i]):
        return None
    return site.found(s, e)


def _wrapped_report(site: _CueSite) -> _Found | None:
    """'*This campaign*, he says, *is different.*': the report wraps around the attribution."""
    v, doc = site.v, site.v.doc
    if v.dep_ != "parataxis" or site.lemma not in SPEECH_VERBS or site.lemma in WEAK_VERBS:
        return None
    sent = _sent(v)
    lo, hi = v.left_edge.i, v.right_edge.i
    if doc[lo].text == ",":  # the commas around the attribution may belong to it
        lo += 1
    if hi + 1 < len(doc) and doc[hi].text != "," and doc[hi + 1].text == ",":
        hi += 1
    if not (lo - 1 > sent.start and hi + 1 < sent.end - 1 and doc[lo - 1].text == "," and doc[hi].text == ","):
        return None
    found = site.found(*_tokens_range(doc, sent.start, _before_final_stop(sent) + 1))
    if found is not None:
        found.reasons["content"] = "the report wraps around its attribution; the content spans both parts"
    return found


def _before_final_stop(sent: Span) -> int:
    """Token index of a sentence's last token before trailing spaces and its final stop."""
    doc, last = sent.doc, sent.end - 1
    while last > sent.start and doc[last].is_space:
        last -= 1
    if doc[last].text in (".", "!", "?", ";"):  # the sentence's final stop is not content
        last -= 1
    return last


_NOT_CONTENT_WORDS = frozenset({"it", "that", "which", "who", "what"})


def _passive_object(site: _CueSite) -> _Found | None:
    """'*France* was named by three percent', '*Trump* was criticized by Cruz': the passive subject."""
    if site.how != "agent" or site.lemma not in OBJECT_CUES:
        return None
    pas = next((c for c in site.v.children if c.dep_ == "nsubjpass"), None)
    if pas is None or pas.lower_ in _NOT_CONTENT_WORDS:
        return None
    return site.found(*_tokens_range(site.v.doc, *np_bounds(pas)))


_IMPERSONAL_SUBJECTS = frozenset({"it", "that", "this", "which", "what"})


def _any_object(site: _CueSite) -> _Found | None:
    """'vowed *to fight*', 'called *for a ban*', 'praised *her effort*': any non-clausal content."""
    if site.subj is None or site.subj.lower_ in _IMPERSONAL_SUBJECTS:
        return None
    return _with_subject(_object_content(site.v, site.ctx, site.lemma), site.subj)


def _with_subject(found: _Found | None, subj: Token) -> _Found | None:
    if found is not None:
        found.subject = subj
    return found


@dataclass(frozen=True)
class _ContentRule:
    name: str
    apply: Callable[[_CueSite], _Found | None]


# Tried in order; the first rule that finds content wins.
_CUE_CONTENT_RULES: tuple[_ContentRule, ...] = (
    _ContentRule("quote_before_complement", _quote_before_complement),
    _ContentRule("complement", _complement_content),
    _ContentRule("misattached_that", _misattached_that),
    _ContentRule("named_object", _named_object),
    _ContentRule("adjacent_quotation", _adjacent_quotation),
    _ContentRule("fronted_main_clause", _fronted_main_clause),
    _ContentRule("wrapped_report", _wrapped_report),
    _ContentRule("passive_object", _passive_object),
    _ContentRule("any_object", _any_object),
)


def _cue_site(v: Token, ctx: _Ctx, claimed: set[int]) -> _CueSite:
    subj, how = _subject(v)
    subj = _subject_outside_quote(subj, v, ctx)
    return _CueSite(v, ctx, claimed, subj, how, v.lemma_.lower(), _complement(v))


def _cue_content(site: _CueSite) -> _Found | None:
    for rule in _CUE_CONTENT_RULES:
        found = rule.apply(site)
        if found is not None:
            return found
    return None


def _from_cue(v: Token, ctx: _Ctx, claimed: set[int]) -> _Found | None:
    site = _cue_site(v, ctx, claimed)
    found = _cue_content(site)
    if found is None:
        return None
    subj = site.subj
    wraps = found.reasons.get("content", "").startswith("the report wraps around")
    if subj is not None and found.start <= subj.idx < found.end and not wraps:
        return None  # the "speaker" is inside the content: a parse we cannot trust
    if subj is not None:
        found.speaker_bounds = np_bounds(subj)
        rel_pronoun = next((c for c in v.children if c.dep_ in SUBJECT_DEPS), None) if site.how == "relative" else None
        if rel_pronoun is not None:
            found.rel_pronoun = (rel_pronoun.idx, rel_pronoun.idx + len(rel_pronoun))
    found.channel = _channel(v, ctx)
    return found


_DIRECTIVE_VERBS = frozenset({"tell", "order", "instruct", "direct", "command"})
_OBJ_PREPS = frozenset({"of", "for", "as", "to", "with", "on", "about", "over", "against", "from", "into"})
_OBJ_DEPS = frozenset({"dobj", "dative", "oprd", "xcomp", "ccomp", "acomp"})

_TokenRange = tuple[int, int]


def _right_xcomp(v: Token) -> Token | None:
    return next((c for c in v.children if c.dep_ == "xcomp" and c.i > v.i), None)


def _directive_range(v: Token, ctx: _Ctx, lemma: str) -> _TokenRange | None:
    """'told *the mayor to quiet down*': the addressee and the infinitive."""
    xc = _right_xcomp(v)
    if xc is None or lemma not in _DIRECTIVE_VERBS:
        return None
    obj = next((c for c in v.children if c.dep_ in ("dobj", "dative") and v.i < c.i < xc.i), None)
    return (obj.left_edge.i, xc.right_edge.i + 1) if obj is not None else None


def _xcomp_range(v: Token, ctx: _Ctx, lemma: str) -> _TokenRange | None:
    """'vowed *to fight*': the open complement of an xcomp cue."""
    xc = _right_xcomp(v)
    if xc is None or lemma not in XCOMP_CUES:
        return None
    return (xc.left_edge.i, xc.right_edge.i + 1)


def _cue_prep_objects(v: Token, lemma: str) -> Iterator[tuple[Token, Token]]:
    """(preposition, its object) for each preposition the cue takes as its content marker
    ("called *for* X", "accused X *of* Y"), unless an object sits between the cue and it."""
    for c in v.children:
        if (
            c.dep_ == "prep"
            and c.i > v.i
            and (lemma, c.lower_) in PREP_CUES
            and not any(o.dep_ in ("dobj", "dative") and v.i < o.i < c.i for o in v.children)
        ):
            obj = next((g for g in c.children if g.dep_ in ("pobj", "pcomp")), None)
            if obj is not None:
                yield c, obj


def _prep_object_range(v: Token, ctx: _Ctx, lemma: str) -> _TokenRange | None:
    """'called *for a ban*', 'referred to *him as …*', 'called on *Sanders to do the same*'."""
    _prep, obj = next(_cue_prep_objects(v, lemma), (None, None))
    if obj is None:
        return None
    hi = obj.right_edge.i + 1
    # "referred to him *as …*": the predicate belongs to the content
    for x in v.children:
        if x.dep_ == "prep" and x.lower_ == "as" and x.i == hi:
            hi = x.right_edge.i + 1
    # "called on Sanders *to do the same*": the infinitive belongs to the content
    for x in v.children:
        if x.dep_ in ("xcomp", "advcl") and x.i >= hi and x.left_edge.i <= hi + 1:
            hi = x.right_edge.i + 1
    hi = _extend_over_phrases(v, hi, ctx)
    return (obj.left_edge.i, _trim_trailing_clause(v.doc, obj.left_edge.i, hi))


def _next_word_prep_range(v: Token, ctx: _Ctx, lemma: str) -> _TokenRange | None:
    """'warned *of* …' parsed without the preposition as a child: the content starts after it."""
    doc = v.doc
    if v.i + 2 >= len(doc) or (lemma, doc[v.i + 1].lower_) not in PREP_CUES or v.right_edge.i + 1 <= v.i + 2:
        return None
    return (v.i + 2, _content_end(v))


def _direct_object_range(v: Token, ctx: _Ctx, lemma: str) -> _TokenRange | None:
    """'praised *her effort*', 'described *X as Y*': the object and the phrases after it."""
    if lemma not in OBJECT_CUES and lemma not in AS_CUES:
        return None
    deps = _OBJ_DEPS | {"intj"} if lemma == "say" else _OBJ_DEPS
    right = [c for c in v.children if c.i > v.i and c.dep_ in deps]
    if not right or right[0].dep_ not in ("dobj", "dative", "ccomp", "intj"):
        return None
    lo, hi = right[0].left_edge.i, max(c.right_edge.i for c in right) + 1
    # following "of/for/as/in …" phrases belong to it ("accused X of Y", "described X as Y",
    # "praised the efforts of X *to do Y*", "emphasized his finish *in the caucus*") unless
    # they name the occasion: a channel, a date or a place
    hi = _extend_over_phrases(v, hi, ctx)
    return (lo, _trim_trailing_clause(v.doc, lo, hi))


@dataclass(frozen=True)
class _RangeRule:
    name: str
    apply: Callable[[Token, _Ctx, str], _TokenRange | None]


# Tried in order; the first rule that finds a token range is the content.
_OBJECT_RANGE_RULES: tuple[_RangeRule, ...] = (
    _RangeRule("directive", _directive_range),
    _RangeRule("xcomp_cue", _xcomp_range),
    _RangeRule("prep_object", _prep_object_range),
    _RangeRule("next_word_prep", _next_word_prep_range),
    _RangeRule("direct_object", _direct_object_range),
)


def _object_range(v: Token, ctx: _Ctx, lemma: str) -> _TokenRange | None:
    for rule in _OBJECT_RANGE_RULES:
        rng = rule.apply(v, ctx, lemma)
        if rng is not None:
            return rng
    return None


def _is_bare_pronoun(doc: Doc, ctx: _Ctx, rng: _TokenRange) -> bool:
    """'praised *her*', 'called *it*': one unquoted pronoun is not content."""
    return rng[1] - rng[0] == 1 and any(ctx.quote_at(doc[i].idx) is None and doc[i].pos_ == "PRON" for i in range(*rng))


def _object_content(v: Token, ctx: _Ctx, lemma: str) -> _Found | None:
    """Content of a non-clausal cue: "vowed *to fight*", "called *for a ban*", "praised *her effort*"."""
    doc = v.doc
    rng = _object_range(v, ctx, lemma)
    if rng is None or _is_bare_pronoun(doc, ctx, rng):
        return None
    s, e = _tokens_range(doc, *rng)
    if e <= s:
        return None
    e = _with_trailing_quotation(ctx, v, e)
    s, e, kind, qs = _classify(ctx, s, e)
    return _Found(s, e, kind, cue=v, quotes=qs)


def _extend_over_phrases(v: Token, hi: int, ctx: _Ctx) -> int:
    """Token end of an object content extended over the verb-attached phrases that follow it
    ("praised the efforts of X *to do Y*", "emphasized his finish *in the caucus*"), unless a phrase
    names the occasion: a channel, a date or a place."""
    for c in sorted(v.children, key=lambda t: t.i):
        if c.i != hi or c.dep_ not in ("prep", "xcomp", "advcl"):
            continue
        if c.dep_ in ("xcomp", "advcl"):
            if c.tag_ == "VB" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children):
                hi = c.right_edge.i + 1
            continue
        pobj = next((g for g in c.children if g.dep_ in ("pobj", "pcomp")), None)
        if pobj is None or c.ent_type_ or ctx.quote_at(c.idx) is not None:
            continue
        if pobj.ent_type_ in ("DATE", "TIME", "GPE", "LOC") or pobj.lemma_.lower() in CHANNEL_NOUNS:
            continue
        if c.lower_ in _OBJ_PREPS or c.lower_ in ("in", "at", "by", "during", "after", "before"):
            hi = c.right_edge.i + 1
    return hi


def _with_trailing_quotation(ctx: _Ctx, v: Token, e: int) -> int:
    """'pledged to oppose it *“today, tomorrow, forever.”*', 'dismissed the charge *as “absurd.”*':
    a short quotation right after an object content, in the same sentence, belongs to it."""
    sent = _sent(v)
    sent_end = sent[-1].idx + len(sent[-1])
    for q in ctx.spans:
        if q.outer_start < e:
            continue
        gap = ctx.text[e : q.outer_start]
        if len(gap) > 4 or not re.fullmatch(r"[ ,]*(?:as )?", gap) or q.outer_end > sent_end + 1:
            break
        if len(re.findall(r"\w+", ctx.text[q.start : q.end])) <= 25:
            return q.end
        break
    return e


_ADJ_PREPS = frozenset({"of", "about", "on", "with", "to", "toward", "towards", "that"})


def _adj_cue(a: Token, ctx: _Ctx) -> _Found | None:
    """'Lee has been critical *of the tax*', 'Harris is confident *that the bill will pass*',
    'made clear *that …*': a stance adjective predicated of a speaker, with its complement."""
    lemma = a.lemma_.lower()
    if a.pos_ != "ADJ" or lemma not in ADJ_CUES or a.dep_ not in ("acomp", "oprd", "ccomp") or ctx.quote_at(a.idx) is not None:
        return None
    doc = a.doc
    rng: tuple[int, int] | None = None
    for c in a.children:
        if c.i <= a.i:
            continue
        if c.dep_ == "ccomp" and (
            any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)
            or any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
        ):
            rng = (c.left_edge.i, _content_end(c))
            break
        if c.dep_ == "prep" and c.i == a.i + 1 and c.lower_ in _ADJ_PREPS:
            obj = next((g for g in c.children if g.dep_ in ("pobj", "pcomp")), None)
            if obj is not None:
                rng = (obj.left_edge.i, obj.right_edge.i + 1)
                break
    if rng is None:
        return None
    head = a.head
    if head.lemma_.lower() not in ("be", "make", "seem", "remain", "appear", "sound", "look", "become", "stay", "feel"):
        return None
    subj, _how = _subject(head)
    if subj is None or subj.lower_ in ("it", "that", "this", "which", "what", "there") or subj.pos_ not in (
        "PROPN", "NOUN", "PRON"
    ):
        return None
    s, e = _tokens_range(doc, *rng)
    if e <= s or s <= subj.idx < e:
        return None
    s, e, kind, qs = _classify(ctx, s, e)
    return _Found(s, e, kind, cue=a, subject=subj, speaker_bounds=np_bounds(subj), quotes=qs)


_SEEM_VERBS = frozenset({"seem", "appear"})


def _seem_cue(v: Token, ctx: _Ctx) -> _Found | None:
    """'The parties *appear to be close to a deal*', 'it seemed *like the members had decided …*':
    an evidential verb presents its clause as an impression (the writer's or unattributed), so it
    is reported content without a speaker."""
    if v.pos_ != "VERB" or v.lemma_.lower() not in _SEEM_VERBS or ctx.quote_at(v.idx) is not None:
        return None
    doc = v.doc
    rng: tuple[int, int] | None = None
    for c in v.children:
        if c.i > v.i and c.dep_ in ("ccomp", "advcl") and any(
            g.dep_ == "mark" and g.lower_ in ("that", "like", "if") for g in c.children
        ):
            rng = (c.left_edge.i, _content_end(c))
            break
    if rng is None:
        subj = next((c for c in v.children if c.dep_ == "nsubj" and c.i < v.i), None)
        xc = next((c for c in v.children if c.dep_ == "xcomp" and c.i > v.i), None)
        if subj is None or xc is None or subj.lower_ in ("it", "there", "that", "which", "who", "this"):
            return None
        if not any(g.dep_ == "aux" and g.lower_ == "to" for g in xc.children):
            return None
        rng = (subj.left_edge.i, xc.right_edge.i + 1)
    s, e = _tokens_range(doc, *rng)
    if e <= s:
        return None
    s, e, kind, qs = _classify(ctx, s, e)
    return _Found(s, e, kind, cue=v, quotes=qs)


_NOUN_PREPS = frozenset({"for", "of", "against", "about", "on"})


def _noun_cue(n: Token, ctx: _Ctx) -> _Found | None:
    """'Trump's call for a ban', 'his claim that the vote was rigged', 'a statement by the ministry
    that …' — only when the noun's owner (possessor, "by" agent, or the subject of the verb that
    made it: "X issued a statement that …") is known."""
    if n.pos_ != "NOUN" or n.lemma_.lower() not in NOUN_CUES or ctx.quote_at(n.idx) is not None:
        return None
    doc = n.doc
    rng: tuple[int, int] | None = None
    for c in n.children:
        if c.i < n.i:
            continue
        if c.dep_ in ("acl", "ccomp", "relcl") and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children):
            rng = (c.left_edge.i, _content_end(c))
            break
        if c.dep_ == "acl" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children):
            rng = (c.left_edge.i, _content_end(c))  # "his promise to cut taxes"
            break
        if c.dep_ == "prep" and c.lower_ in _NOUN_PREPS and c.i == n.i + 1:
            obj = next((g for g in c.children if g.dep_ in ("pobj", "pcomp")), None)
            if obj is not None:
                rng = (obj.left_edge.i, obj.right_edge.i + 1)
                break
    if rng is None:
        return None
    owner: Token | None = next((c for c in n.children if c.dep_ == "poss"), None)
    if owner is None:
        agent = next((c for c in n.children if c.dep_ == "prep" and c.lower_ in ("by", "from")), None)
        if agent is not None:
            owner = next((g for g in agent.children if g.dep_ == "pobj"), None)
    if owner is None and n.dep_ == "dobj" and n.head.pos_ == "VERB":
        owner, _ = _subject(n.head)
    if owner is None or owner.lower_ in ("it", "its", "that", "which", "who", "what"):
        return None
    s, e = _tokens_range(doc, *rng)
    if e <= s or (s <= owner.idx < e):
        return None
    s, e, kind, qs = _classify(ctx, s, e)
    return _Found(s, e, kind, cue=n, subject=owner, speaker_bounds=np_bounds(owner), quotes=qs)


def _according(tok: Token, ctx: _Ctx) -> _Found | None:
    """'according to X, …' / '…, according to X.'"""
    if tok.lower_ != "according" or ctx.quote_at(tok.idx) is not None:
        return None
    to = next((c for c in tok.children if c.lower_ == "to"), None)
    if to is None:
        return None
    src = next((c for c in to.children if c.dep_ == "pobj"), None)
    if src is None:
        return None
    doc = tok.doc
    sent = _sent(tok)
    p_lo, p_hi = tok.left_edge.i, tok.right_edge.i + 1
    left = _tokens_range(doc, sent.start, p_lo)
    right = _tokens_range(doc, p_hi, sent.end)
    s, e = right if right[1] - right[0] >= left[1] - left[0] else left
    while e > s and ctx.text[e - 1] in ".!?; ":
        e -= 1  # sentence punctuation is not part of the report
    if e <= s:
        return None
    s, e, kind, qs = _classify(ctx, s, e)
    return _Found(
        s, e, kind, cue=tok, cue_end=to.idx + len(to), subject=src, speaker_bounds=np_bounds(src), quotes=qs
    )


# -- assembly -------------------------------------------------------------------------------------
def _speaker(res: Resolved, doc_text: str) -> Speaker:
    rf = None
    if res.resolved_from is not None:
        a, b = res.resolved_from
        rf = SchemaSpan(start=a, end=b, text=doc_text[a:b])
    return Speaker(name=res.name, actor_id=res.actor_id, start=res.start, end=res.end, resolved_from=rf)


def _is_paragraph_start(text: str, offset: int) -> bool:
    i = offset - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    return i < 0 or text[i] == "\n"


_COLON_LEAD = re.compile(r"^[ \t]*([^:\n]{2,60}?)[ \t]*:[ \t]+(?=\S)", re.M)
_NOT_SPEAKERS = frozenset(
    ["update", "updated", "watch", "video", "photos", "photo", "see", "also", "read", "more", "note", "editor", "related", "breaking", "exclusive", "live", "q", "a", "question", "answer", "source", "sources", "disclosure", "follow", "latest", "correction", "clarification", "transcript", "warning", "advertisement", "click", "tags", "topics", "update2", "pictured", "published", "posted", "modified", "created", "date", "dateline", "byline", "by", "filed", "category", "credit", "credits", "image", "caption", "author", "location", "share", "print"]
)


_NAME_LOWER = frozenset(
    ["of", "de", "da", "del", "der", "van", "von", "bin", "al", "el", "la", "le", "camp", "campaign", "aide", "aides", "spokesman", "spokeswoman", "official", "officials", "adviser", "advisers", "chief", "head"]
)


def _colon_attributions(doc: Doc, ctx: _Ctx) -> list[_Found]:
    """'Graham: Trump's rhetoric is destroying the party' (headline style): a short capitalised
    name at the start of a paragraph, a colon, then what the named source says."""
    out: list[_Found] = []
    text = ctx.text
    leads = [(m.span(1), m.group(1)) for m in _COLON_LEAD.finditer(text)]
    # transcripts: "TAPPER: …" lines; an all-capitals lead counts when it recurs or names a person
    caps_count: dict[str, int] = {}
    for _, name in leads:
        caps_count[name] = caps_count.get(name, 0) + 1
    # the words of PERSON entities ({t.lower_ for t in doc if t.ent_type_ == "PERSON"})
    person_words = {t.lower_ for e in doc.ents if e.label_ == "PERSON" for t in e}
    for (ns, ne), name in leads:
        # "EXCLUSIVE – Roger Stone: …": drop a capitalised label before a dash
        lab = re.match(r"[A-Z][A-Z ]+\s*[–—-]\s+", name)
        if lab and not name.isupper():
            ns, name = ns + lab.end(), name[lab.end() :]
        words = name.split()
        if not words or len(words) > 7 or not name[0].isupper() or re.search(r"\d", name):
            continue
        if name.isupper() and not (caps_count[name] >= 2 or words[-1].lower() in person_words):
            continue  # a dateline ("NEW DELHI: ") or a label
        if any(w.lower().strip(".’'s") in _NOT_SPEAKERS for w in words):
            continue
        if any(not w[0].isupper() and w.lower() not in _NAME_LOWER for w in words) or words[0] == "The":
            continue
        toks = [t for t in doc if ns <= t.idx < ne]
        if not toks or any(t.pos_ in ("VERB", "AUX") for t in toks):
            continue
        if not any(t.pos_ == "PROPN" or t.ent_type_ in ("PERSON", "ORG", "NORP") for t in toks) and len(toks) > 3:
            continue
        colon = text.index(":", ne)
        line_end = text.find("\n", colon)
        line_end = len(text) if line_end < 0 else line_end
        cs, ce = colon + 1, line_end
        while cs < ce and text[cs].isspace():
            cs += 1
        while ce > cs and (text[ce - 1].isspace() or text[ce - 1] == "."):
            ce -= 1
        if ce - cs < 8 or len(re.findall(r"\w*[^\W\d_]\w*", text[cs:ce])) < 3:  # "Published: 2025-03-11"
            continue
        cs, ce, kind, qs = _classify(ctx, cs, ce)
        head = toks[-1]
        found = _Found(cs, ce, kind, subject=head, speaker_bounds=(toks[0].i, toks[-1].i + 1), quotes=qs)
        found.cue_span = (colon, colon + 1)
        out.append(found)
    return out


def _merge_interrupted(found: list[_Found], ctx: _Ctx, claimed: set[int]) -> None:
    """'"A," Barkley said. "B."' — one quotation interrupted by its attribution: the content of
    the attributed quote runs on through the second part in the same paragraph."""
    text = ctx.text
    for f in found:
        if f.kind not in ("direct", "mixed") or f.cue is None or not f.quotes:
            continue
        q = ctx.spans[f.quotes[-1]]
        if q.end < f.end - 2:
            continue  # the content does not end with the quotation
        nxt = f.quotes[-1] + 1
        if nxt >= len(ctx.spans) or nxt in claimed:
            continue
        q2 = ctx.spans[nxt]
        gap = text[q.outer_end : q2.outer_start]
        para_end = text.find("\n", q2.outer_end)
        rest = text[q2.outer_end : len(text) if para_end < 0 else para_end]
        next_paragraph = (
            gap.count("\n") >= 1
            and not gap.strip("\n").count("\n")  # the very next paragraph …
            and _is_paragraph_start(text, q2.outer_start)
            and not re.search(r"\w", rest)  # … holding nothing but the quotation
        )
        if (
            q.outer_end <= f.cue.idx < q2.outer_start
            and ("\n" not in gap or next_paragraph)
            and len(gap) <= 260
            and len(re.findall(r"\w+", gap)) <= 35
            and re.search(r"[.,:;]\s*(?:\w+\s+){0,2}\Z", gap)
        ):
            f.end = q2.end
            f.quotes.append(nxt)
            if f.kind == "direct" and re.search(r"[.,:;]\s*\w+\s*\Z", gap):
                f.kind = "mixed"  # "… he said. But “…”": a word of the writer's between the parts
            f.reasons["content"] = "one quotation interrupted by its attribution; the content spans both parts"
            claimed.add(nxt)


def _token_at(doc: Doc, offset: int, ends: Sequence[int] | None = None) -> Token | None:
    """The token at character ``offset``, else the first after it (None past the last): the first
    token that ends after ``offset`` (``ends``: each token's end offset, :meth:`_Ctx.token_ends`)."""
    if ends is None:
        ends = [t.idx + len(t) for t in doc]
    i = bisect.bisect_right(ends, offset)
    return doc[i] if i < len(ends) else None


def _looks_like_cue(t: Token) -> bool:
    low = t.lower_
    return t.lemma_.lower() in SPEECH_VERBS or (low.endswith("s") and low[:-1] in SPEECH_VERBS) or low in _QUOTE_ONLY_CUES


# Verbs that report speech only when a quotation sits right next to them ("…,” Carson continued.)
_QUOTE_ONLY_CUES = frozenset({"continued", "continues", "concluded", "concludes", "laughed", "recalled", "wrote", "offered"})


def _after_quote(q: QuotedSpan, qi: int, ctx: _Ctx) -> _Found | None:
    """'“…,” Trump, the front-runner in South Carolina, said.' / '“…,” Viguerie notes.' — an
    attribution right after a quotation that the parse did not tie to it."""
    doc, text = ctx.doc, ctx.text
    gap = re.match(r"[ \t,]*", text[q.outer_end :])
    start = q.outer_end + (gap.end() if gap else 0)
    first = _token_at(doc, start, ctx.token_ends)
    if first is None or first.idx != start or ctx.quote_at(first.idx) is not None:
        return None
    sent_end = _sent(first).end
    for t in doc[first.i : min(sent_end, first.i + 40)]:
        if ctx.quote_at(t.idx) is not None:
            return None
        if not _looks_like_cue(t):
            continue
        if t.i == first.i:
            # "…,” said Robert Stone, a voter": the speaker follows the cue
            if t.i + 1 >= len(doc):
                return None
            head = _np_head(doc[t.i + 1])
        else:
            head = _np_head(first)
        if head is None or head.pos_ not in ("PROPN", "NOUN", "PRON"):
            return None
        f = _Found(q.start, q.end, "direct", cue=t, subject=head, speaker_bounds=np_bounds(head), quotes=[qi])
        f.channel = _channel(t, ctx)
        return f
    return None


def _np_head(t: Token) -> Token | None:
    """Head of the noun phrase starting at ``t`` (climbing compounds, determiners, modifiers)."""
    cur = t
    for _ in range(6):
        if cur.dep_ in ("compound", "det", "amod", "poss", "nummod", "case", "punct") and cur.head.i > cur.i:
            cur = cur.head
        else:
            break
    return cur


def _colon_intro(q: QuotedSpan, qi: int, ctx: _Ctx) -> _Found | None:
    """'Cruz continued:⏎“…”', 'Clinton released the following statement:⏎“…”' — the sentence
    that ends with a colon right before a quotation introduces it; its subject is the speaker."""
    doc, text = ctx.doc, ctx.text
    i = q.outer_start - 1
    while i >= 0 and text[i].isspace():
        i -= 1
    if i < 0 or text[i] != ":":
        return None
    colon = _token_at(doc, i, ctx.token_ends)
    if colon is None or ctx.quote_at(colon.idx) is not None:
        return None
    before = doc[colon.i - 1] if colon.i > 0 else None
    if before is not None and before.pos_ == "PROPN" and ctx.quote_at(before.idx) is None:
        # "… - HuffPollster: “…”": the name right before the colon speaks
        f = _Found(q.start, q.end, "direct", quotes=[qi], subject=before)
        lo = before.i
        while lo > 0 and doc[lo - 1].pos_ == "PROPN" and doc[lo - 1].whitespace_:
            lo -= 1
        f.speaker_bounds = (lo, before.i + 1)
        f.cue_span = (i, i + 1)
        return f
    root = _sent(colon).root
    if root.pos_ not in ("VERB", "AUX"):
        return None
    subj, _how = _subject(root)
    f = _Found(q.start, q.end, "direct", cue=root, quotes=[qi])
    if subj is not None and subj.pos_ in ("PROPN", "NOUN", "PRON") and subj.i < colon.i:
        f.subject, f.speaker_bounds = subj, np_bounds(subj)
        f.channel = _channel(root, ctx)
    return f


# parts of speech _is_cue, _noun_cue and _adj_cue accept
_CUE_POS = frozenset({"VERB", "AUX", "NOUN", "ADJ"})


def _rule_finds(doc: Doc, ctx: _Ctx) -> list[_Found]:
    """What the cue rules find: cues with their content, colon attributions, quotations after or
    before a cue, interrupted quotations merged, paragraph-opening quotations that continue."""
    analysis, spans = ctx.text, ctx.spans
    claimed: set[int] = set()
    found: list[_Found] = []
    table = token_table(doc)
    for i, (low, pos, lemma) in enumerate(zip(table.lower, table.pos, table.lemma, strict=True)):
        # only these tokens can open a find (the tests below, read from the token table first)
        if low != "according" and pos not in _CUE_POS and lemma.lower() not in _SEEM_VERBS:
            continue
        tok = doc[i]
        f: _Found | None = None
        if tok.lower_ == "according":
            f = _according(tok, ctx)
        elif tok.lemma_.lower() in _SEEM_VERBS:
            f = _seem_cue(tok, ctx)
        elif _is_cue(tok, ctx):
            f = _from_cue(tok, ctx, claimed)
        elif tok.pos_ == "NOUN":
            f = _noun_cue(tok, ctx)
        elif tok.pos_ == "ADJ":
            f = _adj_cue(tok, ctx)
        if f is None:
            continue
        if f.kind == "direct" and f.quotes and all(i in claimed for i in f.quotes):
            continue
        claimed.update(f.quotes)
        found.append(f)
    for f in _colon_attributions(doc, ctx):
        if not any(abs(g.start - f.start) + abs(g.end - f.end) < 4 or set(g.quotes) & set(f.quotes) for g in found):
            claimed.update(f.quotes)
            found.append(f)
    for i, q in enumerate(spans):
        if i not in claimed:
            f = _after_quote(q, i, ctx) or _colon_intro(q, i, ctx)
            if f is not None:
                claimed.add(i)
                found.append(f)
    _merge_interrupted(found, ctx, claimed)
    # quotations no cue claimed: a paragraph-opening quotation continues the previous quote
    for i, q in enumerate(spans):
        if i in claimed:
            continue
        if not _is_paragraph_start(analysis, q.outer_start):
            continue
        if len(re.findall(r"\w+", analysis[q.start : q.end])) < 4:
            continue
        f = _Found(q.start, q.end, "direct", quotes=[i], inherit=True)
        if not q.closed:
            f.reasons["marks"] = "quotation mark not closed; the quote ends at the end of its paragraph"
        found.append(f)
        claimed.add(i)

    return found


@dataclass
class PoolItem:
    """One attribution candidate as the model sees it (see :func:`attribution_pool`)."""

    origin: str  # "rule" (a rule's find) or "parse" (a complement span of some predicate)
    found: _Found
    features: list[str]
    cue_i: int | None
    probability: float | None = None


def _token_bounds(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    return (span.start, span.end) if span is not None and len(span) else None


def _predicate_holder(cue: Token) -> tuple[Token | None, str]:
    """Who holds a stance expressed by a noun, adjective or bare participle: "*Trump's* support
    for …", "*he* voiced support for …", "*she* is critical of …", "the first *members* to endorse …"."""
    if cue.pos_ in ("NOUN", "PROPN"):
        poss = next((c for c in cue.children if c.dep_ == "poss"), None)
        if poss is not None:
            return poss, "subject"
    if cue.pos_ in ("NOUN", "PROPN", "ADJ") and cue.dep_ in ("dobj", "pobj", "attr", "acomp", "oprd"):
        head = cue.head.head if cue.dep_ == "pobj" else cue.head
        if head.pos_ in ("VERB", "AUX") and head is not cue:
            return _subject(head)
    if cue.pos_ == "VERB" and cue.dep_ in ("acl", "relcl") and cue.head.pos_ in ("NOUN", "PROPN"):
        return cue.head, "subject"
    return None, "none"


def _best_overlap(s: int, e: int, by_start: Sequence[tuple[int, int]]) -> float:
    """The largest :func:`char_jaccard` of ``(s, e)`` with any of ``by_start`` (ranges sorted by start;
    0.0 when none overlaps): ranges that start at or after ``e`` or end at or before ``s`` share no
    character and are not scored."""
    best = 0.0
    for r in by_start:
        if r[0] >= e:
            break
        if r[1] > s:
            best = max(best, char_jaccard((s, e), r))
    return best


def _pool(found: list[_Found], ctx: _Ctx, model: AttributionModel | None = None) -> list[PoolItem]:
    """The rules' finds and every parse candidate, each with its model features; with ``model``,
    each with its probability too, and parse candidates below its threshold left out early (they
    could not be kept, and building their content and speaker bounds is most of the cost)."""
    doc, text = ctx.doc, ctx.text
    items: list[PoolItem] = []
    ranges: list[tuple[int, int]] = []
    for f in found:
        cue_words = len(text[f.cue.idx : f.cue_end].split()) if f.cue is not None and f.cue_end else 1
        feats = rule_features(
            doc,
            text,
            f.kind,
            f.cue,
            cue_words,
            _token_bounds(doc, f.start, f.end),
            f.subject,
            quoted=f.cue is not None and ctx.quote_at(f.cue.idx) is not None,
            relative=f.rel_pronoun is not None,
            channel=f.channel is not None,
            reasons=[*f.reasons, *(["inherit"] if f.inherit else [])],
            words=len(text[f.start : f.end].split()),
        )
        prob = model.probability(feats) if model is not None else None
        items.append(PoolItem("rule", f, feats, f.cue.i if f.cue is not None else None, prob))
        ranges.append((f.start, f.end))
    by_start = sorted(ranges)
    holders: dict[int, tuple[Token | None, str, bool]] = {}
    cue_parts: dict[tuple[int, int], list[str]] = {}
    for c in parse_candidates(doc):
        s, e = _tokens_range(doc, c.lo, c.hi)
        if e <= s:
            continue
        if c.cue.i not in holders:
            subj, how = _subject(c.cue)
            if subj is None:
                subj, how = _predicate_holder(c.cue)
            holders[c.cue.i] = (subj, how, ctx.quote_at(c.cue.idx) is not None)
        subj, how, quoted = holders[c.cue.i]
        if subj is not None and s <= subj.idx < e:
            subj = None  # the "speaker" inside the content: not a usable parse
        key = (c.cue.i, subj.i if subj is not None else -1)
        if key not in cue_parts:
            cue_parts[key] = cue_features(doc, c.cue, subj)
        feats = span_features(doc, text, c.cue, c.relation, c.root, c.lo, c.hi, subj, quoted, cue_parts[key])
        agree = _best_overlap(s, e, by_start)
        feats += ["src=cand", f"agree={int(agree * 4)}"]
        prob = model.probability(feats) if model is not None else None
        if prob is not None and model is not None and prob < model.parse_threshold:
            continue
        snapped_s, snapped_e, kind, qs = _classify(ctx, s, e)
        if (snapped_s, snapped_e) != (s, e) and kind != "direct":
            kind = "mixed"  # keep the parse's bounds: a report inside or across a quotation
        elif kind == "direct" and (snapped_s, snapped_e) != (s, e) and any(
            ctx.spans[i].start < s or e < ctx.spans[i].end for i in qs
        ):
            kind, qs = "indirect", []  # part of one quotation (a report its speaker quotes)
        else:
            s, e = snapped_s, snapped_e
        f = _Found(s, e, kind, cue=c.cue, subject=subj, quotes=qs)
        if subj is not None:
            f.speaker_bounds = np_bounds(subj)
            if how == "relative":
                rel = next((t for t in c.cue.children if t.dep_ in SUBJECT_DEPS), None)
                if rel is not None:
                    f.rel_pronoun = (rel.idx, rel.idx + len(rel))
        items.append(PoolItem("parse", f, feats, c.cue.i, prob))
    return items


def _select(pool: list[PoolItem], model: AttributionModel) -> list[_Found]:
    """Best-first: keep a candidate above its origin's threshold unless a kept one covers nearly
    the same content (Jaccard ≥ the model's duplicate threshold); one parse candidate per cue.
    Each kept find gets its probability as ``confidence``."""
    def order(x: tuple[float, int]) -> tuple[bool, float, int]:
        # with rule priority every rule find above its threshold goes before any parse candidate
        return (model.rule_priority and pool[x[1]].origin != "rule", -x[0], x[1])

    scored = sorted(
        ((it.probability if it.probability is not None else model.probability(it.features), k) for k, it in enumerate(pool)),
        key=order,
    )
    kept: list[_Found] = []
    ranges: list[tuple[int, int]] = []
    cues: set[int] = set()
    for p, k in scored:
        it = pool[k]
        if p < (model.rule_threshold if it.origin == "rule" else model.parse_threshold):
            continue
        if it.origin == "parse" and it.cue_i in cues:
            continue
        r = (it.found.start, it.found.end)
        if any(char_jaccard(r, q) >= model.duplicate_jaccard for q in ranges):
            continue
        it.found.confidence = p
        kept.append(it.found)
        ranges.append(r)
        if it.origin == "parse" and it.cue_i is not None:
            cues.add(it.cue_i)
    # a parse candidate whose cue a rule also used takes the rule's speaker, relative pronoun and
    # channel (the rules resolve "who said", "…, adding", quoted-subject parses; the pool does not)
    by_cue = {it.cue_i: it.found for it in pool if it.origin == "rule" and it.cue_i is not None}
    for f in kept:
        rule = by_cue.get(f.cue.i) if f.cue is not None else None
        if rule is not None and rule is not f and rule.subject is not None:
            f.subject, f.speaker_bounds, f.rel_pronoun = rule.subject, rule.speaker_bounds, rule.rel_pronoun
            f.channel = f.channel or rule.channel
    return kept


def geometry(item: PoolItem) -> CandidateGeometry:
    """Where a candidate's cue, content and speaker lie, for the encoder scorer."""
    f = item.found
    cue = f.cue.idx if f.cue is not None else (f.cue_span[0] if f.cue_span is not None else f.start)
    subject = f.subject.idx if f.subject is not None else -1
    return CandidateGeometry(cue, f.start, f.end, subject, item.origin, f.kind)


def rescore(
    pool: list[PoolItem], encoder: EncoderScorer, doc: Doc, text: str, gate: AttributionModel | None = None
) -> None:
    """Set every candidate's probability from the encoder scorer (sparse and dense parts). With
    ``gate`` (the sparse model alone), a candidate that model is all but sure of (probability
    outside ``ENCODER_GATE``) keeps that probability and is not sent to the encoder: only the
    sentences of the uncertain candidates are encoded."""
    sentences = [(s.start_char, s.end_char) for s in doc_sentences(doc)]
    low, high = ENCODER_GATE
    sure = {}
    if gate is not None and high > low:
        for k, it in enumerate(pool):
            p = sigmoid(gate.logit(it.features))
            if p < low or p > high:
                sure[k] = p
    unsure = [it for k, it in enumerate(pool) if k not in sure]
    sparse = [encoder.selection.logit(it.features) for it in unsure]
    cache = sentence_cache(doc, text)
    for it, z in zip(unsure, encoder.logits(text, sentences, [geometry(it) for it in unsure], sparse, cache), strict=True):
        it.probability = sigmoid(z)
    for k, p in sure.items():
        pool[k].probability = p


def attribution_pool(doc: Doc) -> list[PoolItem]:
    """Every candidate :func:`find_quotes` scores for ``doc``, with its features (for training)."""
    analysis = doc_text(doc)
    ctx = _Ctx(doc, find_quoted_spans(analysis), analysis)
    return _pool(_rule_finds(doc, ctx), ctx)


def _scored_finds(
    doc: Doc, ctx: _Ctx, model: AttributionModel | Literal["default"] | None, encoder: EncoderScorer | None
) -> list[_Found]:
    """The rules' finds, or with a model the pool's best candidates (rescored by ``encoder`` when
    given), each with its channel, in text order."""
    found = _rule_finds(doc, ctx)
    if model == "default":
        model = load_model()
    if model is not None and encoder is not None:
        pool = _pool(found, ctx)
        rescore(pool, encoder, doc, ctx.text, gate=model)
        found = _select(pool, encoder.selection)
    elif model is not None:
        found = _select(_pool(found, ctx, model), model)
    if model is not None:
        for f in found:
            if f.channel is None and f.cue is not None:
                f.channel = _channel(f.cue, ctx)
    found.sort(key=lambda f: (f.start, f.end))
    return found


def _mention_offset(f: _Found) -> int:
    """Where a find's attribution is written: its cue, else its content."""
    return f.cue.idx if f.cue is not None else f.start


def _inherited_speaker(found: list[_Found], speakers: dict[int, Speaker | None], f: _Found) -> Speaker | None:
    """A quotation with no cue of its own continues the last speaker resolved before it."""
    prev = [speakers.get(j) for j in range(len(found)) if j in speakers and found[j].end <= f.start and speakers.get(j)]
    speaker = prev[-1] if prev else None
    if speaker is not None:
        f.reasons["speaker"] = "continues the previous quotation (no cue of its own)"
    else:
        f.reasons["speaker"] = "no attribution cue or earlier speaker found"
    return speaker


def _outside_content(f: _Found) -> tuple[int, int] | None:
    """speaker-outside-content: the speaker phrase ends before what it says; one that runs into it loses its
    relative clause ("a woman *who admitted to falsely accusing a man*" → "a woman"; "tweet that blasts X
    includes Y", a headline's clause read as cue and content → "tweet"), else the words from the content on;
    ``None`` when nothing is left."""
    assert f.subject is not None and f.speaker_bounds is not None
    doc = f.subject.doc
    b0, b1 = f.speaker_bounds

    def runs_in(end: int) -> bool:
        return end > b0 and doc[b0].idx < f.start < doc[end - 1].idx + len(doc[end - 1])

    if not runs_in(b1):
        return b0, b1
    cut = min((c.left_edge.i for c in f.subject.rights if c.dep_ == "relcl"), default=b1)
    if runs_in(cut):  # no clause to drop: the words before the content
        cut = next((t.i for t in doc[b0:b1] if t.idx + len(t) > f.start), b1)
    while cut > b0 and (doc[cut - 1].is_punct or doc[cut - 1].is_space):
        cut -= 1
    return None if cut <= b0 or runs_in(cut) else (b0, cut)


def _own_speaker(f: _Found, resolver: Resolver, original: str) -> Speaker | None:
    """The speaker a find's subject names, resolved (pronouns, descriptions, "who said")."""
    if f.subject is None or f.speaker_bounds is None:
        f.reasons["speaker"] = "the cue has no recoverable speaker"
        return None
    bounds = _outside_content(f)
    if bounds is None:
        f.reasons["speaker"] = "the speaker phrase overlaps the content (speaker-outside-content)"
        return None
    res = resolver.resolve(f.subject, bounds, content=(f.start, f.end))
    if f.rel_pronoun is not None and res.resolved_from is None:
        res = Resolved(res.name, res.start, res.end, res.kind, res.actor_id, f.rel_pronoun)
    resolver.remember(f.subject, res)
    return _speaker(res, original)


def _resolve_speakers(found: list[_Found], resolver: Resolver, original: str) -> dict[int, Speaker | None]:
    """Speaker of each find (by index), resolved in order of the speaker mention so pronouns can
    use earlier speakers."""
    speakers: dict[int, Speaker | None] = {}
    for k in sorted(range(len(found)), key=lambda k: _mention_offset(found[k])):
        f = found[k]
        speakers[k] = _inherited_speaker(found, speakers, f) if f.inherit else _own_speaker(f, resolver, original)
    return speakers


def _is_whole_text(f: _Found, spans: list[QuotedSpan], nonspace: int) -> bool:
    """An unclosed or unattributed "quote" that is really (nearly) the whole text."""
    unattributed = f.cue is None and f.cue_span is None
    return (f.end - f.start) >= _MAX_QUOTE_SHARE * nonspace and (
        unattributed or not all(spans[i].closed for i in f.quotes)
    )


def _quote_cue(f: _Found, original: str) -> SchemaSpan | None:
    """The cue as written: the reporting word(s), or the colon of a colon attribution."""
    if f.cue is not None:
        cs = f.cue.idx
        ce = f.cue_end if f.cue_end is not None else cs + len(f.cue)
        return SchemaSpan(start=cs, end=ce, text=original[cs:ce])
    if f.cue_span is not None:
        return SchemaSpan(start=f.cue_span[0], end=f.cue_span[1], text=original[f.cue_span[0] : f.cue_span[1]])
    if "cue" not in f.reasons:
        f.reasons["cue"] = "no reporting verb next to this quotation"
    return None


def _to_quote(f: _Found, speaker: Speaker | None, spans: list[QuotedSpan], original: str) -> Quote:
    cue = _quote_cue(f, original)
    channel = None
    if f.channel is not None:
        a, b = f.channel
        channel = SchemaSpan(start=a, end=b, text=original[a:b])
    if any(not spans[i].closed for i in f.quotes) and "marks" not in f.reasons:
        f.reasons["marks"] = "quotation mark not closed; the quote ends at the end of its paragraph"
    return Quote(
        text=original[f.start : f.end],
        start=f.start,
        end=f.end,
        kind=f.kind,  # type: ignore[arg-type]
        cue=cue,
        speaker=speaker,
        channel=channel,
        confidence=round(f.confidence, 4) if f.confidence is not None else None,
        reasons=f.reasons,
    )


def _title_case_opening(doc: Doc) -> tuple[int, int] | None:
    """headline-no-speaker: the opening sentence of a run-in text when most of its longer words are capitalised
    ("Envoy Deplores Raid that Hurt Two Guards. “Such raids …” he said"): a headline, whose Title Case
    the tagger reads as names."""
    sents = doc_sentences(doc)
    if len(sents) < 2:
        return None
    first = sents[0]
    words = [t for t in first if t.is_alpha and len(t.text) > 3]
    if len(words) < 3 or sum(t.text[0].isupper() for t in words) < 0.6 * len(words) or first.text.isupper():
        return None
    # a name or a weekday is capitalised in any sentence ("Jonas Weber met residents on Friday"); a headline
    # also capitalises a word that names nothing ("Condemns", "Killed")
    if not any(t.text[0].isupper() and not t.ent_type_ for t in words if t.i > first.start):
        return None
    return first.start_char, first.end_char


def find_quotes(
    doc: Doc,
    actors: Sequence[Actor] = (),
    *,
    text: str | None = None,
    model: AttributionModel | Literal["default"] | None = "default",
    encoder: EncoderScorer | None = None,
    headline: tuple[int, int] | None = None,
) -> list[Quote]:
    """Direct, indirect and mixed quotes in a parsed article, with cue, speaker and channel.

    ``doc`` is the spaCy parse of the article (its text may have boilerplate blanked, but offsets
    must be those of the original); ``actors`` are the article's actors (possibly empty): a
    speaker gets the ``actor_id`` of the actor whose mention contains the speaker's head word (or,
    for a pronoun or description, the antecedent's). ``text`` is the original text used for the
    ``text`` fields (default: ``doc.text``). ``headline``: the character span of the article's headline,
    whose words are no antecedent of a speaker pronoun (default: the opening sentence when it is set in
    Title Case, :func:`_title_case_opening`).

    Every returned :class:`~eventwire.schema.Quote` has ``text == text[start:end]`` (the content,
    without the enclosing quotation marks), ``kind`` direct | indirect | mixed, ``cue`` (the
    reporting verb or "according to"), ``speaker`` (``name``: the most informative name,
    ``start``/``end``: where that name is written, ``resolved_from``: the pronoun or description
    the attribution actually uses, if any) and ``channel``. Quotes come in text order. Unbalanced
    quotation marks never produce a quote beyond one paragraph, nor one covering the whole text.
    """
    analysis = doc_text(doc)
    original = analysis if text is None else text
    spans = find_quoted_spans(analysis)
    ctx = _Ctx(doc, spans, analysis)
    found = _scored_finds(doc, ctx, model, encoder)
    if headline is None:
        headline = _title_case_opening(doc)
    resolver = Resolver(doc, actors, [(q.outer_start, q.outer_end) for q in spans], analysis, headline=headline)
    speakers = _resolve_speakers(found, resolver, original)
    nonspace = len(original.strip()) or 1
    quotes: list[Quote] = []
    seen: set[tuple[int, int]] = set()
    for k, f in enumerate(found):
        if (f.start, f.end) in seen or f.end <= f.start or _is_whole_text(f, spans, nonspace):
            continue
        seen.add((f.start, f.end))
        quotes.append(_to_quote(f, speakers.get(k), spans, original))
    return quotes


def quote_at(quotes: Sequence[Quote], offset: int) -> int | None:
    """Index of the quote whose content contains character ``offset`` (the innermost, i.e. the
    shortest, when reported speech nests), or ``None``. The events stage uses it to attribute an
    event found inside reported speech to the quote's speaker and mark it ``claimed``."""
    best: tuple[int, int] | None = None
    for i, q in enumerate(quotes):
        if q.start <= offset < q.end and (best is None or q.end - q.start < best[0]):
            best = (q.end - q.start, i)
    return best[1] if best else None
