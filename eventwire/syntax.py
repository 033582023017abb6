"""Shared helpers over spaCy's dependency parse: noun-phrase bounds and clause subjects.

- :func:`phrase_tokens` — the token range of the maximal noun phrase under a head, less
  non-restrictive relative clauses, clausal and (optionally) prepositional modifiers after the head,
  dating phrases ("on Sunday") and, optionally, coordinated conjuncts;
- :func:`phrase_left` — the first token of a head's pre-modifiers ("the *Afghan* military"), never
  across a dateline dash ("JAKARTA - Anti-Taliban leader …");
- :func:`verb_subjects` — the subject heads of a verb chain (and whether they are passive subjects),
  climbing to a governing verb ("X wants to attack Y").

Grammar only: the word lists here are function words and calendar words, not domain lexicons.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


TIME_WORDS = _words(
    "today yesterday tomorrow tonight now monday tuesday wednesday thursday friday saturday sunday "
    "jan feb mar apr jun jul aug sep sept oct nov dec january february march april may june july august "
    "september october november december"
)
TIME_ENTS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY"})
SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
PASSIVE_SUBJECT_DEPS = frozenset({"nsubjpass", "csubjpass"})
# Verb links across which a subject is shared: "X wants *to attack* Y", "X …, *attacking* Y".
SUBJECT_CLIMB_DEPS = frozenset({"xcomp", "conj", "advcl", "pcomp", "acomp"})
# Prepositional modifiers that stay in a noun phrase ("head *of the agency*", "aid *to* …").
KEEP_PREPS = frozenset({"of", "in", "to"})
CONJ_DEPS = frozenset({"conj", "cc", "preconj"})
# Punctuation opening a dropped modifier (", which …", "(who …)", "- who …").
MODIFIER_OPENERS = frozenset({",", "(", "-", "–", "—"})
# Left dependents of a noun that belong to its phrase.
PREMODIFIER_DEPS = frozenset({"det", "amod", "compound", "nummod", "nmod", "poss", "quantmod", "npadvmod", "punct"})
DASHES = frozenset({"-", "–", "—", "--"})


def is_time(token: Token) -> bool:
    """Dates and amounts never name a participant ("on Tuesday", "an appeal for $80 million")."""
    return token.ent_type_ in TIME_ENTS or token.lower_ in TIME_WORDS


def clause_modifier(child: Token) -> bool:
    """A clause after a noun that event-coded corpora leave out of the actor phrase:
    relative clauses ("who had fought …") and infinitival or gerund modifiers ("decision to …")."""
    if child.dep_ == "relcl":
        return True
    if child.dep_ == "acl":
        return child.tag_ in ("VB", "VBG") or any(g.dep_ == "aux" and g.lower_ == "to" for g in child.children)
    return False


def cut_prep(child: Token) -> bool:
    """Prepositional modifiers after the head ("… *near Damascus*", "… *on Tuesday*") are left out,
    except "of"/"in"/"to" phrases, which usually belong to the name ("head *of the agency*")."""
    return child.dep_ == "prep" and child.lower_ not in KEEP_PREPS


def time_prep(child: Token) -> bool:
    """ "on Sunday", "in June": a prepositional phrase that only dates the event."""
    return child.dep_ == "prep" and any(is_time(g) for g in child.children if g.dep_ == "pobj")


def _dropped_modifier(child: Token, cut_preps: bool) -> bool:
    return clause_modifier(child) or time_prep(child) or (cut_preps and cut_prep(child))


def _conjunct_comma(head: Token, child: Token) -> bool:
    """A comma, semicolon or colon under ``head`` right before one of its coordinated conjuncts."""
    if child.dep_ != "punct" or child.i <= head.i or child.text not in (",", ";", ":"):
        return False
    doc = head.doc
    nxt = doc[child.i + 1] if child.i + 1 < len(doc) else None
    return nxt is not None and nxt.dep_ in CONJ_DEPS and nxt.head is head


def excluded_tokens(head: Token, split_conj: bool = False, cut_preps: bool = True) -> set[int]:
    """Tokens under ``head`` that :func:`phrase_tokens` leaves out (see there)."""
    doc = head.doc
    excluded: set[int] = set()
    for child in head.children:
        if split_conj and child.dep_ in CONJ_DEPS:
            excluded.update(t.i for t in child.subtree)
        elif child.i > head.i and _dropped_modifier(child, cut_preps):
            excluded.update(t.i for t in child.subtree)
            left = child.left_edge.i
            if left > 0 and doc[left - 1].text in MODIFIER_OPENERS:
                excluded.add(left - 1)
        elif split_conj and _conjunct_comma(head, child):
            excluded.add(child.i)
    return excluded


def _contiguous(head: Token, excluded: set[int]) -> tuple[int, int]:
    """The inclusive range of kept subtree tokens around ``head`` without a gap."""
    keep = {t.i for t in head.subtree if t.i not in excluded}
    start = end = head.i
    while start - 1 in keep:
        start -= 1
    while end + 1 in keep:
        end += 1
    return start, end


def _trim_edges(head: Token, start: int, end: int) -> tuple[int, int]:
    """Punctuation, spaces and coordinators off both ends of the inclusive range ``[start, end]`` (and
    a leading preposition, a trailing possessive "'s"); a closing bracket stays when its opener is inside."""
    doc = head.doc
    while start < head.i and (doc[start].is_punct or doc[start].is_space or doc[start].dep_ in ("cc", "case", "prep")):
        start += 1
    while end > head.i and (doc[end].is_punct or doc[end].is_space or doc[end].dep_ in ("cc", "case")):
        if doc[end].text in (")", "]") and any(doc[k].text in ("(", "[") for k in range(start, end)):
            break
        end -= 1
    return start, end


def phrase_tokens(head: Token, split_conj: bool = False, cut_preps: bool = True) -> tuple[int, int]:
    """Token range ``[start, end)`` of the maximal noun phrase headed by ``head``.

    Non-restrictive relative clauses (after a comma) and, when ``split_conj`` is set, coordinated
    conjuncts are left out; punctuation and coordinators at the edges are trimmed.
    """
    start, end = _contiguous(head, excluded_tokens(head, split_conj, cut_preps))
    start, end = _trim_edges(head, start, end)
    return start, end + 1


def spaced_dash(doc: Doc, i: int) -> bool:
    """A dash standing alone between spaces (a dateline or parenthetical dash, not a hyphen)."""
    t = doc[i]
    return t.text in DASHES and bool(t.whitespace_ or (i > 0 and doc[i - 1].whitespace_))


def phrase_left(head: Token) -> int:
    """First token of the pre-modifiers of ``head`` (determiners, adjectives, compounds, numbers)."""
    start = head.i
    for child in head.lefts:
        if child.dep_ in PREMODIFIER_DEPS:
            start = min(start, child.left_edge.i)
    doc = head.doc
    for k in range(start, head.i):
        if spaced_dash(doc, k):
            start = k + 1  # "JAKARTA - Anti-Taliban leader …": the dateline is not a modifier
    while start < head.i and (doc[start].is_punct or doc[start].is_space):
        start += 1
    return start


def own_subjects(verb: Token) -> tuple[list[Token], bool]:
    """The verb's own subject heads, and whether they are passive subjects (active ones first)."""
    subs = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if subs:
        return subs, False
    return [c for c in verb.children if c.dep_ in PASSIVE_SUBJECT_DEPS], True


ACTIVE_CONJUNCT_PREPS = frozenset({"with", "against", "at"})


def _active_conjunct(verb: Token) -> bool:
    """A finite active verb (past or present tense, no passive auxiliary) with an object or a
    "with" / "against" / "at" phrase ("… and then *attacked* an officer", "*fought with* officers"):
    not a participle that shares the passive ("was shot and *killed*")."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or any(c.dep_ == "auxpass" for c in verb.children):
        return False
    return any(c.dep_ in ("dobj", "obj") or (c.dep_ == "prep" and c.lower_ in ACTIVE_CONJUNCT_PREPS) for c in verb.children)


SEQUENCE_ADVERBS = frozenset({"then", "later", "subsequently", "afterwards", "afterward"})


def _then_conjunct(verb: Token) -> bool:
    """Rule ``then-conjunct``: "Grier robbed the store, *then kidnapped* a woman": a finite active verb the parse
    hangs on an earlier verb as an unlabelled dependent ("dep"), told after it by a sequence adverb
    (``SEQUENCE_ADVERBS``) and with no subject of its own, is a conjunct that shares the earlier verb's
    subject."""
    if verb.dep_ != "dep" or verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.head.i >= verb.i:
        return False
    if verb.head.pos_ not in ("VERB", "AUX") or any(c.dep_ in ("nsubj", "nsubjpass", "auxpass") for c in verb.children):
        return False
    before = verb.doc[verb.i - 1]
    return before.lower_ in SEQUENCE_ADVERBS and before.dep_ == "advmod" and before.head.i in (verb.i, verb.head.i)


def verb_subjects(verbs: list[Token], hops: int = 4) -> tuple[list[Token], bool]:
    """(subject heads, passive?) for the first verb of ``verbs`` that has one; else the active subject
    of a governing verb, climbing up to ``hops`` xcomp/conj/advcl/pcomp/acomp links from the first
    ("X wants to attack Y", "X …, attacking Y"), or from a passive gerund under a preposition of a clause
    to that clause's subject of either voice ("after *being arrested* by deputies, X was taken"); passive
    when the first verb is (passive-participle-subject). ``([], False)`` when there is none."""
    for v in verbs:
        subs, passive = own_subjects(v)
        if subs:
            return subs, passive
    head = verbs[0]
    # passive-participle-subject: "X was on parole, *having been sentenced* by Y", "X entered and *was
    # arrested*", "X is suspected to have been killed": a passive verb's shared subject underwent it (its
    # "by" agent did it); not an infinitive on a verb with an object ("Gilani ordered the lawyers *to be
    # freed*": the subject orders, the object is freed)
    passive = any(c.dep_ == "auxpass" for c in head.children)
    control = head.dep_ == "xcomp"
    link = ""
    for hop in range(hops):
        # "*after being arrested* by deputies, X was taken": a passive gerund under a preposition of the clause
        through_prep = passive and link == "pcomp" and head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX")
        then = hop == 0 and _then_conjunct(head)
        if (head.dep_ not in SUBJECT_CLIMB_DEPS and not through_prep and not then) or head.head.i == head.i:
            break
        link, head = ("conj" if then else head.dep_), head.head
        subs = [c for c in head.children if c.dep_ in SUBJECT_DEPS]
        if not subs and through_prep:  # "after being arrested, *X* was taken": the clause's subject, either voice
            subs = [c for c in head.children if c.dep_ in PASSIVE_SUBJECT_DEPS]
        if not subs and link == "conj" and hop == 0 and _active_conjunct(verbs[0]):
            # active-after-passive: "X was questioned by guards and then *attacked* an officer": a finite active
            # verb joined to a passive one shares its passive subject, who does the second act
            subs = [c for c in head.children if c.dep_ in PASSIVE_SUBJECT_DEPS]
            if subs:
                return subs, False
        if not subs and link == "xcomp":
            # "the army *is set to* attack", "the minister was scheduled to meet", "he was ordered to fire":
            # the passive subject of the verb whose infinitive this is does the act
            subs = [c for c in head.children if c.dep_ in PASSIVE_SUBJECT_DEPS]
        if subs:
            return subs, passive and not (control and any(c.dep_ in ("dobj", "obj") for c in head.children))
    return [], False
