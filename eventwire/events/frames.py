"""Argument frames: who does an event to whom, read from the dependency parse around one trigger.

The actors engineer's roles (``actors/roles.py``) give the first reading (a dependency fallback here when
they are missing); then an ordered table of named rules (``ARGUMENT_RULES``, as ``timex/grammar.py`` and
``events/assemble.py`` keep theirs) corrects it. Each rule is a small function over one
:class:`ArgumentFrame` and returns whether it changed it; the frame records the names of the rules that
did (``frame.fired``). In order:

- ``continued-event``: "an attack on a camp *that killed* six": the camp did not kill (no actor).
- ``accusation-content``: "X accused *Y* of shelling Z": Y is the alleged actor.
- ``accused-before-of``: "X accused *the vishwa hindu parishad* of …" with the (lower-case) name split
  by the parse: the accusing verb's recipient is the words between it and "of" / "for".
- ``alleged-subject``: "X charged *that the party* ignored …", "alleged that *the governor* misused
  funds": an accusing verb with no object accuses the subject of its "that" clause.
- ``of-object``: "the fall *of Kabul*": a place or actor after "of" is an event noun's target.
- ``charge-against``: "allegations of bias *against the governor*", "brought charges of fraud *against X*":
  an event noun with no target whose "of" object is against a party is against it; so is one whose verb
  is ("charges *were filed against* X", "a case was registered against X").
- ``participant-modifier``: "a mob *indulging in* arson", "gunmen carrying out raids": the noun the
  participation participle modifies is the event noun's actor (not the main clause's subject).
- ``idiom-object``: "took to *the streets*", "joined *forces*": the object a trigger key names is no target.
- ``key-noun-object``: "took *a swipe* at X", "opened *fire* on X": the object noun a verb trigger's key names
  is the act, no target; the target is the object of a target preposition on that noun (or after it).
- ``object-control``: "X ordered the detainees *to be freed*", "urged the army to attack": a control
  verb's object is the passive trigger's target, or the active trigger's actor.
- ``reported-pronoun``: "He stabbed a man, *police* said": "he" cannot stand for a group reporter, so
  the pronoun stays the actor (the reporter is the source).
- ``requested-content``: "prosecutors sought *a prison term*": what a request asks for is no recipient;
  the party asked is ("sought *X's* help", "sought help *from X*").
- ``verb-addressee``: "sent *a request* to the minister", "issued a warning to the rebels", "handed the
  envoy an ultimatum": a statement or offer noun that names no party as its own target (none, or only what
  is asked: "a request *for a favor*") is addressed to the indirect object of the verb it is the object of.
- ``headline-passive``: "Convoy *Shelled* Near X": a past form without auxiliary in a headline is passive.
- ``gapped-passive``: "two were killed and five *wounded*" (the auxiliary is shared).
- ``reduced-relative``: "14 riders *detained* during the march": the riders were detained.
- ``headline-locative``: "Near Kherson" mis-parsed as an object in Title Case is no target.
- ``observer``: "we *heard* the explosion", "officials condemned the attack": observers are no actors.
- ``dash-boundary`` (in ``_actor_for_span``): "Luther Pate IV*—a tycoon*" ends at the dash; an unpaired quote
  mark ("the “bigots") is no part of a name.
- ``description-antecedent`` (in ``_actor_for_span``): "X, president of the committee, *who* was arrested": a
  "who" clause on a description in apposition to a name is about the one named.
- ``place-title`` (in ``_actor_for_span``): "*Wisconsin* Gov. Scott Walker", "U.S. Attorney General *Loretta Lynch*":
  a place in a named person's title is no party.
- ``modifier-actors``: "*police* firing", "*Israeli* airstrikes"; a town or city modifier ("the *Brussels*
  bombings") is the event's place, no actor (``town-modifier``).
- ``intent-subject``: "X is ready *to fight*": the intent's subject acts.
- ``participle-speaker``: "Obama said *after meeting* Putin", "wrote a letter *asking* X to …", "chanted slogans
  *that urged* …": a subjectless verbal participle is by the subject of the clause it hangs on.
- ``relative-agents``: "the operation carried out *by X*"; a negated light verb denies only involvement.
- ``between-parties``: "a battle *between the army and gunmen*", "a deal between X and Y, mediated by
  Z": the parties of a "between" phrase on the event noun (or on its relative clause) are its actor and
  recipient, both taking part (a name in apposition names the party); a verb modifying such a noun
  ("*mediated* by Z") acts on both parties.
- ``gathered-at``: "1,000 people *gathered at* a rally", "farmers *took part in* a march": a protest noun that is the
  "at" / "in" / "for" / "to" object of a gathering verb (``gathering_verbs``) is by the verb's subject.
- ``key-preposition``: "threw his support *behind* X", "rallied behind X": a trigger key listed with a
  preposition (``key_target_preps``) and no target is done to that preposition's object.
- ``weak-trigger``: an ambiguous trigger with no argument and no light verb is no event (the frame drops).
- ``resistance-from``: "they will face resistance *from us*": the "from" object acts, the subject receives.
- ``received-from``: "X *drew rebukes from* Y", "X *won the endorsement of* Y", "X received Y's backing": an event
  noun that is the object of a receiving verb (``receiving_verbs``) is by its giver (a "from" object, a party
  "of" object, a possessor) and done to the verb's subject.
- ``instrument-actors``: "*a missile* hit …": a weapon is no actor; who fired it is, if named.
- ``instrument-targets``: "fired *tear gas* at the crowd": the crowd is the target, not the gas.
- ``characterisation``: "X is a liar", "she was extremely careless" (a pejorative predicate of a copula),
  "the officer was lying" (a pejorative verb):
  the subject, a party, is the target; the actor is whoever says it (set from the source after the
  frame); a subject that names no party ("the plan is reckless") drops the trigger.
- ``casualty-of-event``: "two people were hurt *in a shooting*", "a man died *from* a shooting": who died or
  was hurt in a violent event noun with no target of its own is its target (``casualty_words``).
- ``casualty-agent``: "people were killed *in police firing*", "wounded in a *militant* attack": a violence
  verb with no actor whose "in" object is a violence noun named by its doer is by that doer.
- ``charged-party``: "police arrested ten men *on charges of* fraud", "six were held on charges of trespass":
  a charge that hangs on another verb (``own_event_keys``) is against that verb's object or passive
  subject, and by its subject or "by" agent.

The word lists are data (``eventwire/data/events/frames.json``, :mod:`eventwire.events.words`).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc, Span, Token

from ..actors.lexicon import role_nouns
from ..actors.roles import RECIPROCAL_NOUNS, UNDERGONE_NOUNS, is_actor_like
from ..document import Document
from ..schema import Actor, EventActor
from .lexicon import DEMAND_KEY, PEJORATIVE_KEY, Lexicon, Trigger
from .modality import Modality, clause_head
from .words import FrameWords, frame_words

_roles_event_arguments: Any = None
with contextlib.suppress(ImportError):  # the actors engineer's roles (sources, targets, reciprocal)
    from ..actors.roles import event_arguments as _roles_event_arguments

COOPERATION = frozenset({"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"})
MATERIAL_CONFLICT = frozenset({"PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"})
VERBAL = frozenset({"AGREE", "CONSULT", "SUPPORT", "REQUEST", "ACCUSE", "REJECT", "THREATEN"})
# Entity labels of an "of"-object that is a place or an actor ("the fall of *Kabul*").
OF_OBJECT_LABELS = frozenset({"GPE", "LOC", "ORG", "NORP", "FAC"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})

CharSpan = tuple[int, int]


# --------------------------------------------------------------------------------------------
# spans and actors


def _token_range(doc: Doc, start: int, end: int) -> Span | None:
    return doc.char_span(start, end, alignment_mode="expand")


def _actor_index(d: Document) -> dict[str, Actor]:
    idx = d.slots.actor_index
    if idx is None:
        idx = {a.id: a for a in d.actors}
        d.slots.actor_index = idx
    return idx


def _phrase_span(token: Token) -> CharSpan:
    right = token.i
    for c in token.rights:
        if c.dep_ in ("relcl", "acl", "punct", "appos", "cc", "conj", "prep") and c.lower_ not in ("of",):
            break
        right = c.right_edge.i
    doc = token.doc
    right = _split_name_tail(token, right)
    return token.left_edge.idx, doc[right].idx + len(doc[right].text)


_AUXILIARIES = frozenset(
    "be have do will would shall should can could may might must ought need dare get use go to 's 'd 'll".split()
)


def _split_name_tail(token: Token, right: int) -> int:
    """split-name: in lower-cased text the parser cuts a name after its first word and reads the rest as a
    verb ('chief minister narendra *modi* summoned …': an auxiliary that is no auxiliary word; 'the dismissal
    of the narendra *modi* government': a subjectless present-tense verb right after an object, with the
    phrase's head noun as its object). The name phrase runs on through those words."""
    doc = token.doc
    if token.pos_ != "PROPN" or right + 1 >= len(doc):
        return right
    nxt = doc[right + 1]
    if not nxt.is_lower or not nxt.is_alpha:
        return right
    if nxt.dep_ == "aux" and nxt.lemma_.lower() not in _AUXILIARIES and nxt.lower_ not in _AUXILIARIES:
        return nxt.i
    if token.dep_ not in ("pobj", "dobj") or nxt.tag_ not in ("VBP", "VB") or nxt.i + 1 >= len(doc):
        return right
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "expl") for c in nxt.children):
        return right
    obj = doc[nxt.i + 1]
    return obj.i if obj.dep_ == "dobj" and obj.head.i == nxt.i and obj.pos_ == "NOUN" else right


def _antecedent(span: Span) -> CharSpan | None:
    """For a relative pronoun ("who", "which"), the noun phrase its clause modifies."""
    if len(span) != 1 or span[0].tag_ not in ("WP", "WDT"):
        return None
    clause = span[0].head
    while clause.dep_ == "conj" and clause.head is not clause:
        clause = clause.head
    cleft = _cleft_focus(span[0], clause)
    if cleft is not None:
        return _phrase_span(cleft)
    if clause.dep_ not in ("relcl", "acl"):
        return None
    noun = clause.head
    subject = _predicated_subject(noun) or _described_name(noun, span[0])
    return _phrase_span(subject if subject is not None else noun)


def _cleft_focus(pronoun: Token, clause: Token) -> Token | None:
    """Rule ``cleft-subject``: "it was *Obama* that withdrew the troops", "it was police who opened fire": the
    "that" / "who" subject of a clause on "it was X" is X (the parse may hang the clause on the copula)."""
    if pronoun.dep_ != "nsubj" or pronoun.lower_ not in ("that", "who") or clause.dep_ not in ("ccomp", "relcl"):
        return None
    cop = clause.head if clause.dep_ == "ccomp" else clause.head.head
    if cop.lemma_ != "be" or not any(c.dep_ == "nsubj" and c.lower_ == "it" for c in cop.children):
        return None
    focus = next((c for c in cop.children if c.dep_ == "attr" and c.i < pronoun.i), None)
    if focus is None or (clause.dep_ == "relcl" and clause.head.i != focus.i):
        return None
    return focus if focus.pos_ in ("PROPN", "NOUN", "PRON") else None


def _described_name(noun: Token, pronoun: Token) -> Token | None:
    """Rule ``description-antecedent``: "mohammed yunus, *president of the traders committee, who* was
    arrested", "Ann Lee, *a lawyer who* sued the city": a "who" clause on a description in apposition to a
    name (or, after a comma, on the "of" object inside that description) is about the one named, not the
    body the description mentions."""
    if pronoun.lower_ not in ("who", "whom"):
        return None
    cur = noun
    if cur.dep_ == "pobj" and cur.head.lower_ == "of" and cur.head.head.i != cur.head.i:
        if pronoun.i == 0 or pronoun.doc[pronoun.i - 1].text != ",":
            return None  # "the head of the traders who were arrested": the traders
        cur = cur.head.head
    if cur.dep_ != "appos" or cur.pos_ != "NOUN" or cur.head.i == cur.i:
        return None
    name = cur.head
    if name.pos_ == "PROPN" or name.ent_type_ == "PERSON":
        return name
    # titled-description: in a lower-case text the tagger may take the name for a common noun
    # ("mohammed yonus *siddiqui*, president of ..."): a person's title in apposition tells it is a name
    return name if name.pos_ == "NOUN" and _person_title(cur) and not _person_title(name) else None


def _person_title(tok: Token) -> bool:
    role = role_nouns().get(tok.lemma_.lower()) or role_nouns().get(tok.lower_)
    return role is not None and role.kind == "person"


GENDERED_NOUNS = {
    "he": frozenset({"woman", "women", "girl", "mother", "daughter", "wife", "sister", "grandmother"}),
    "she": frozenset({"man", "men", "boy", "father", "son", "husband", "brother", "grandfather"}),
}


def _clause_subject(span: Span) -> CharSpan | None:
    """Rule ``clause-subject``: "a 78-year-old man was charged with assault *after he* sucker-punched a
    protester": "he", subject of an adverbial clause, is the private person (``resident_nouns``: man,
    woman, teenager ...) that is the subject of the clause it hangs on, not a person named sentences before."""
    if len(span) != 1 or span[0].lower_ not in GENDERED_NOUNS or span[0].dep_ not in ("nsubj", "nsubjpass"):
        return None
    verb = span[0].head
    if verb.dep_ != "advcl" or verb.head.i == verb.i:
        return None
    main = verb.head
    while main.dep_ == "conj" and main.head.i != main.i:  # "charged with assault and conduct after he ..."
        main = main.head
    subj = next((c for c in main.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < span[0].i), None)
    if subj is None or subj.pos_ != "NOUN":
        return None
    lemma = subj.lemma_.lower()
    if lemma not in frame_words().resident_nouns or lemma in GENDERED_NOUNS[span[0].lower_]:
        return None
    return _phrase_span(subj)


def _predicated_subject(noun: Token) -> Token | None:
    """Rule ``predicate-antecedent``: "the mayor is *a lawyer who sued* the city": a relative clause on
    the predicate noun of "be" (or on a noun coordinated with it, "a liar, bully and zealot who …") is
    about the subject of "be", the party named."""
    cur = noun
    while cur.dep_ == "conj" and cur.head.i != cur.i:
        cur = cur.head
    verb = cur.head
    if cur.dep_ != "attr" or verb.lemma_ != "be":
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None and verb.dep_ == "conj":  # "X incites violence and *is* a liar who …": the shared subject
        subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    return subj if subj is not None and subj.pos_ in ("PROPN", "NOUN") else None


PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def _is_place_word(d: Document, tok: Token) -> bool:
    """A place name (entity or resolved place) or another proper name after a locative preposition."""
    return tok.pos_ == "PROPN" or tok.ent_type_ in PLACE_LABELS or any(s <= tok.idx < e for s, e, _ in d.slots.place_mentions)


def _in_locative(d: Document, tok: Token, root: Token) -> bool:
    """Rule ``locative-modifier``: "a police station *in Karak*": a name inside a place phrase of the
    argument is where the party is, not the party ("others *in the community*" stays a party)."""
    cur = tok
    while cur.i != root.i and cur.head.i != cur.i:
        if cur.dep_ == "prep" and cur.lower_ in frame_words().locative_preps:
            return any(g.dep_ == "pobj" and _is_place_word(d, g) for g in cur.children)
        cur = cur.head
    return False


def _title_place(tok: Token) -> bool:
    """A place name in the title of a named person ("*U.S.* Attorney General Loretta Lynch", "*Texas* Sen.
    Ted Cruz"): compounds up to a person's name."""
    if tok.ent_type_ not in ("GPE", "NORP", "LOC"):
        return False
    cur = tok
    while cur.dep_ == "compound" and cur.head.i != cur.i:
        cur = cur.head
        if cur.ent_type_ == "PERSON":
            return True
    return False


def _mapped_actor(d: Document, span: Span, start: int, end: int) -> EventActor | None:
    actor_at: dict[int, str] = d.slots.actor_at
    if not actor_at:
        return None
    text = span.text.lower()
    owners = {i for t in span for i in _possessor_tokens(t)}
    others = [
        t for t in span
        if t.i != span.root.i and not _in_locative(d, t, span.root) and not _town_of(d, t, span.root)
        and not _in_description(t, span.root) and t.i not in owners
    ]
    # place-title: "(the impeachment of) U.S. Attorney General Loretta Lynch" is Lynch, not the U.S.
    others.sort(key=lambda t: _title_place(t))
    for tok in [span.root, *others]:
        aid = actor_at.get(tok.i)
        actor = _actor_index(d).get(aid) if aid is not None else None
        if actor is not None and " and " in actor.name.lower() and " and " not in text:
            return None  # "the army" of "the army and drug gangs": one party of a coordination, not both
        if actor is not None:
            return EventActor(
                name=actor.name, actor_id=actor.id, country=actor.country, sector=actor.sector, start=start, end=end,
            )
    return None


def _possessor_tokens(root: Token) -> set[int]:
    """possessed-person: a phrase headed by a person related to its possessor (``possessed_person_nouns``:
    "*her* husband, Dan Roe", "*Trump's* audience", "the attacks on *her* friend") names that other person,
    not the possessor: the possessor's words are no candidates for the phrase's actor (nor where such a
    noun stands inside the phrase: "more than a few in *Trump's* audience")."""
    if root.lemma_.lower() not in frame_words().possessed_person_nouns and root.lower_ not in frame_words().possessed_person_nouns:
        return set()
    return {t.i for c in root.children if c.dep_ == "poss" and c.i < root.i for t in c.subtree}


def _in_description(tok: Token, root: Token) -> bool:
    """Rule ``appositive-description``: "arrested shanker and his wife, *residents of jaiswal garden*", "the
    bail plea of mohammed siddiqui, *president of the committee*": a word inside a common-noun apposition to a
    name (a proper noun, or an uninflected lower-case noun that is no role word, as names are: 'the plight of
    *minorities*, black and brown people' is no name) only says who the named one is; the party is the name,
    not the group the description mentions."""
    t = tok
    while t.i != root.i and t.head.i != t.i:
        head = t.head
        if t.dep_ == "appos" and t.pos_ == "NOUN" and head.pos_ in ("PROPN", "NOUN") and head.lemma_.lower() == head.lower_ and not is_actor_like(head):
            return True
        t = t.head
    return False


def _before_description(span: Span, end: int) -> int:
    """appositive-description: an unmapped name ends before the description in apposition to it ("shanker
    and his wife*, residents of jaiswal garden*")."""
    for t in span:
        if t.i != span.root.i and _in_description(t, span.root):
            left = t.left_edge.i - 1
            while left >= span.start and (t.doc[left].is_punct or t.doc[left].is_space):
                left -= 1
            if left >= span.start:
                return min(end, t.doc[left].idx + len(t.doc[left].text))
            return end
    return end


def _named_head(d: Document, span: Span) -> CharSpan | None:
    """Rule ``appositive-head``: "The Grand Mufti, the highest official of religious law, condemned …": a
    proper name (no place, and no actor the actors stage resolved) with a description in apposition is
    the party; the description only says who it is."""
    root = span.root
    if root.pos_ != "PROPN" or root.ent_type_ in PLACE_LABELS or root.i in d.slots.actor_at:
        return None
    if not any(c.dep_ == "appos" and c.pos_ == "NOUN" and c.i < span.end for c in root.children):
        return None
    start, end = _phrase_span(root)
    # the name never reaches back before the phrase it stands in: a dateline the parse glued to it
    # ("indore: ajay gupta, prime accused …") was cut off by dateline-actor
    return max(start, span.start_char), end


def _actor_for_span(d: Document, start: int, end: int) -> EventActor:
    """The canonical actor behind a text span (via the actors stage's token → actor map)."""
    assert d.doc is not None
    while start < end and d.text[start].isspace():
        start += 1
    while end > start and d.text[end - 1].isspace():
        end -= 1
    span = _token_range(d.doc, start, end)
    if span is not None:
        ante = _antecedent(span) or _clause_subject(span) or _named_head(d, span)
        if ante is not None:
            start, end = ante
            span = _token_range(d.doc, start, end)
    titled = _titled_person(span) if span is not None else None
    if titled is not None:
        start, end = titled.start_char, titled.end_char
        span = titled
    start, end = _dash_bounds(d.text, start, end)
    span = _token_range(d.doc, start, end) if start < end else None
    mapped = _mapped_actor(d, span, start, end) if span is not None else None
    if mapped is None and span is not None:
        end = _before_description(span, end)
    name = " ".join(_bare_quotes(d.text[start:end]).split())  # one space across a wrapped line break
    return mapped if mapped is not None else EventActor(name=name, start=start, end=end)


DASHES = "—–"
EDGE_MARKS = " \t\n\"“”‘’,;:—–-"
QUOTE_MARKS = "\"“”"


def _dash_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Rule ``dash-boundary``: an em or en dash inside an argument opens an aside or a new clause ("Luther
    Pate IV—a real estate tycoon", "weapons”–were able to kill"): the argument ends before it; stray
    quotes and punctuation at its edges go."""
    cut = next((i for i in range(start + 1, end) if text[i] in DASHES), end)
    while cut > start and text[cut - 1] in EDGE_MARKS:
        cut -= 1
    while start < cut and text[start] in EDGE_MARKS:
        start += 1
    return (start, cut) if cut > start else (start, end)


def _bare_quotes(name: str) -> str:
    """A name with one unpaired quote mark ("the “bigots") is the name without it."""
    marks = [c for c in name if c in QUOTE_MARKS]
    return "".join(c for c in name if c not in QUOTE_MARKS).strip() if len(marks) == 1 else name


def _titled_person(span: Span) -> Span | None:
    """Rule ``place-title``: "*Wisconsin* Gov. Scott Walker" parsed with the place apart (its own object):
    a place name followed by a title and a person's name is the person's title, so the argument is
    the person, title and all."""
    if len(span) != 1 or span[0].ent_type_ not in ("GPE", "NORP"):
        return None
    doc = span.doc
    i = span[0].i + 1
    while i < len(doc) and doc[i].dep_ == "compound" and doc[i].pos_ in ("PROPN", "NOUN") and doc[i].head.i > i:
        i += 1
    if i == span[0].i + 1 or i >= len(doc) or doc[i].ent_type_ != "PERSON" or doc[i - 1].head.i != i:
        return None
    return doc[span[0].i : i + 1]


def _pobj_spans(prep: Token) -> list[CharSpan]:
    return [_phrase_span(g) for g in prep.children if g.dep_ == "pobj"]


def _subject_span(verb: Token) -> CharSpan | None:
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass"):
            return _phrase_span(c)
    if verb.dep_ in ("xcomp", "acomp", "conj") and verb.head is not verb:
        return _subject_span(verb.head)
    return None


# --------------------------------------------------------------------------------------------
# the first reading: roles, or the dependency fallback

# A verb's dependents → the argument slot they fill (the first matching rule per dependent).
VERB_SLOTS: tuple[tuple[str, str, Callable[[Token], bool], Callable[[Token], list[CharSpan]]], ...] = (
    ("subject", "source", lambda c: c.dep_ == "nsubj", lambda c: [_phrase_span(c)]),
    ("passive-subject", "target", lambda c: c.dep_ == "nsubjpass", lambda c: [_phrase_span(c)]),
    ("agent", "source", lambda c: c.dep_ == "agent", _pobj_spans),
    ("object", "target", lambda c: c.dep_ in ("dobj", "obj", "dative"), lambda c: [_phrase_span(c)]),
    ("target-prep", "target", lambda c: c.dep_ == "prep" and c.lower_ in frame_words().target_preps, _pobj_spans),
)


def _noun_fallback(trigger: Token) -> tuple[list[CharSpan], list[CharSpan]]:
    """An event noun: "*X's* attack", "the attack *by X*" are sources, "attack *on Y*" a target; with no
    source, the subject of the verb the noun is the object of ("X launched an attack")."""
    sources: list[CharSpan] = []
    targets: list[CharSpan] = []
    target_preps = frame_words().target_preps
    for c in trigger.children:
        if c.dep_ == "poss":
            sources += [_phrase_span(c)]
        elif c.dep_ == "prep" and c.lower_ == "by":
            sources += [_phrase_span(g) for g in c.children if g.dep_ in ("poss", "pobj")]
        elif c.dep_ == "prep" and c.lower_ in target_preps:
            targets += _pobj_spans(c)
    if not sources and trigger.dep_ in ("dobj", "obj"):
        sources += [_phrase_span(s) for s in trigger.head.children if s.dep_ == "nsubj"]
    return sources, targets


def _verb_fallback(trigger: Token) -> tuple[list[CharSpan], list[CharSpan]]:
    """A verb: its dependents fill slots by ``VERB_SLOTS``; with no source, a controlling or conjoined
    verb's subject ("X vowed to *attack*", "X gathered and *marched*")."""
    slots: dict[str, list[CharSpan]] = {"source": [], "target": []}
    for c in trigger.children:
        rule = next((r for r in VERB_SLOTS if r[2](c)), None)
        if rule is not None:
            slots[rule[1]] += rule[3](c)
    if not slots["source"] and trigger.dep_ in ("xcomp", "conj"):
        slots["source"] += [_phrase_span(s) for s in trigger.head.children if s.dep_ == "nsubj"]
    return slots["source"], slots["target"]


def _fallback_arguments(trigger: Token) -> tuple[list[CharSpan], list[CharSpan], bool]:
    if trigger.pos_ in ("NOUN", "PROPN"):
        return (*_noun_fallback(trigger), False)
    return (*_verb_fallback(trigger), False)


def arguments(sent: Span, trigger: Token) -> tuple[list[CharSpan], list[CharSpan], bool]:
    """Source and target character spans of a trigger (actors' roles where available)."""
    if _roles_event_arguments is not None:
        try:
            args = _roles_event_arguments(sent, trigger)
            return list(args.sources), list(args.targets), bool(args.reciprocal)
        except Exception:  # noqa: BLE001 - a roles bug must not sink the article; fall back
            pass
    return _fallback_arguments(trigger)


# --------------------------------------------------------------------------------------------
# parse helpers the rules read


def in_headline(d: Document, sent: Span) -> bool:
    ts = d.article.title_span if d.article else None
    return ts is not None and sent.start_char < ts.end and sent.end_char > ts.start


def _is_locative(d: Document, span: CharSpan) -> bool:
    """A headline recipient phrase that is a location ("*Near Kherson*", mis-parsed as an object in Title
    Case; in body text a role-labelled "in X" can be a real target, e.g. attacks "in Iraq" on Iraq)."""
    words = d.text[span[0] : span[1]].split()
    return bool(words) and words[0].lower() in frame_words().locative_preps


def _title_case(sent: Span) -> bool:
    """Most words capitalised ("Convoy Shelled Near Kherson"): the parse of such a line is unreliable."""
    words = [t for t in sent if t.is_alpha and len(t.text) > 3]
    return bool(words) and sum(t.text[0].isupper() for t in words) >= 0.6 * len(words)


def _active_lede(tok: Token) -> bool:
    """A past verb with a direct object in a sentence-case line is active ("police *arrested* 35
    activists": a lede sentence taken as the headline); only a verb of giving takes an object in the
    passive ("Man *Denied* Bail"), and a Title Case line's objects are parse artefacts ("Shelled *Near* X")."""
    return (
        any(c.dep_ in ("dobj", "obj") for c in tok.children)
        and tok.lemma_.lower() not in frame_words().ditransitive_verbs
        and not _title_case(tok.sent)
    )


def _headline_passive(tok: Token) -> tuple[list[CharSpan], list[CharSpan]] | None:
    """Headline grammar: a past form without auxiliary is a passive ("Convoy *Shelled* Near X" = the
    convoy was shelled): the subject is the target and only a "by X" names the actor. Active
    headlines use the present tense ("Rebels *Shell* Convoy")."""
    if tok.pos_ not in ("VERB", "AUX") or tok.tag_ not in ("VBD", "VBN"):
        return None
    if any(c.dep_ in ("aux", "auxpass") for c in tok.children):
        return None
    if _active_lede(tok):
        return None
    targets = [_phrase_span(c) for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
    agents = [
        _phrase_span(g)
        for c in tok.children
        if (c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by"))
        for g in c.children
        if g.dep_ == "pobj"
    ]
    return agents, targets


def _relcl_agents(noun: Token) -> list[CharSpan]:
    """Agents of a relative clause on an event noun ("the operation carried out *by X*")."""
    out: list[CharSpan] = []
    for c in noun.children:
        if c.dep_ in ("relcl", "acl"):
            for v in [c, *c.subtree]:
                if v.dep_ == "agent":
                    out += _pobj_spans(v)
    return out


TOWN_FEATURES = frozenset({"populated_place"})


def _names_town(d: Document, tok: Token) -> bool:
    """Rule ``town-modifier``: "the *Brussels* bombings", "the *Orlando* shooting": a town or city that
    modifies an event noun says where it happened, not who did it (a country, "*U.S.* airstrikes", or a
    nationality, "*Israeli* airstrikes", still names the party)."""
    ids = {pid for s, e, pid in d.slots.place_mentions if s <= tok.idx < e}
    return bool(ids) and all(p.feature in TOWN_FEATURES for p in d.places if p.id in ids)


REGION_FEATURES = frozenset({"populated_place", "admin1", "admin2", "region"})
REGION_MODIFIED_TYPES = frozenset({"ASSAULT", "PROTEST"})


def _names_region(d: Document, tok: Token) -> bool:
    """Rule ``region-modifier``: "the *gujarat* violence", "the *Texas* shooting": a state, district or
    region (as a town, ``town-modifier``) that modifies a violence or riot noun says where it happened,
    not who did it; a country ("*U.S.* airstrikes") still names the party."""
    ids = {pid for s, e, pid in d.slots.place_mentions if s <= tok.idx < e}
    return bool(ids) and all(p.feature in REGION_FEATURES for p in d.places if p.id in ids)


def _place_modifier(d: Document, tok: Token, typ: str) -> bool:
    """``town-modifier`` for every event noun, ``region-modifier`` for violence and riots."""
    return _names_town(d, tok) or (typ in REGION_MODIFIED_TYPES and _names_region(d, tok))


def _town_of(d: Document, tok: Token, root: Token) -> bool:
    """``town-modifier`` inside an argument: "*the Brussels bombings* killed ...": the town is no party."""
    return tok.head.i == root.i and tok.dep_ in ("compound", "amod", "nmod") and root.pos_ == "NOUN" and _names_town(d, tok)


def _modifier_actors(noun: Token, d: Document, lex: Lexicon, typ: str = "") -> list[CharSpan]:
    """Actors named as modifiers of an event noun: "*police* firing", "*Israeli* airstrikes"."""
    actor_at: dict[int, str] = d.slots.actor_at
    out: list[CharSpan] = []
    for c in noun.children:
        if c.dep_ not in ("compound", "amod", "nmod") or c.i > noun.i:
            continue
        led = _leader_of(c)
        if led is not None:
            out.append(led)
            continue
        if _place_modifier(d, c, typ):
            continue
        if c.lower_ in lex.police_nouns or c.ent_type_ in ("NORP", "ORG", "GPE") or c.i in actor_at or (
            typ in MATERIAL_CONFLICT and _doer_modifier(c)
        ):
            out.append((c.idx, c.idx + len(c.text)))
    return out


def _leader_of(mod: Token) -> CharSpan | None:
    """led-modifier: "the *U.S.-led* invasion", "*Saudi*-led airstrikes", "a *bjp-led* campaign": the party
    before "-led" leads the act and is its doer (one token "U.S.-led", or "led" with the party as its
    modifier)."""
    if mod.dep_ != "amod":
        return None
    low = mod.lower_
    if low.endswith("-led") and len(low) > 4 and any(ch.isalpha() for ch in low[:-4]):
        return (mod.idx, mod.idx + len(mod.text) - 4)
    if low == "led":
        party = next((g for g in mod.children if g.dep_ in ("npadvmod", "compound", "nmod") and g.i < mod.i), None)
        if party is not None and (party.pos_ == "PROPN" or party.ent_type_ in ("NORP", "ORG", "GPE")):
            return (party.left_edge.idx, party.idx + len(party.text))
    return None


def _doer_modifier(tok: Token) -> bool:
    """``doer-modifiers``: a role noun that, modifying a violence noun, names who did it ("a *mob* attack");
    read for material conflict only ("the terrorist attacks" typed a verbal attack is no event by terrorists)."""
    return tok.pos_ in ("NOUN", "ADJ") and (tok.lower_ in frame_words().doer_modifiers or tok.lemma_.lower() in frame_words().doer_modifiers)


def _instrument_root(d: Document, s: int, e: int, lex: Lexicon, by_form: bool) -> Token | None:
    """The head of the phrase if it names a weapon or inanimate cause (by lemma, or by form too)."""
    assert d.doc is not None
    span = _token_range(d.doc, s, e)
    root = span.root if span is not None else None
    if root is None:
        return None
    if root.lemma_.lower() in lex.instrument_nouns or (by_form and root.lower_ in lex.instrument_nouns):
        return root
    return None


def _who_fired(root: Token, actor_at: dict[int, str]) -> list[CharSpan]:
    """Who a weapon phrase says fired it: "fire *by X*", "*X's* missiles", "*Russian* shelling"."""
    out: list[CharSpan] = []
    for c in root.children:
        if c.dep_ == "poss" and c.pos_ != "PRON":
            out.append(_phrase_span(c))
        elif c.dep_ == "prep" and c.lower_ == "by":
            out += _pobj_spans(c)
        elif c.dep_ in ("amod", "compound", "nmod") and c.i < root.i and (
            c.ent_type_ in ("NORP", "ORG", "GPE") or c.i in actor_at
        ):
            out.append((c.idx, c.idx + len(c.text)))
    return out


def _instrument_actors(d: Document, spans: list[CharSpan], lex: Lexicon) -> tuple[list[CharSpan], list[str]]:
    """Drop weapons and inanimate causes from an event's actors ("*Artillery fire* struck …",
    "*a missile* hit …"): the actor is whoever the phrase says fired it ("fire *by X*", "*X's*
    missiles", "*Russian* shelling", an actor-marked modifier), else unknown. Returns the kept or
    recovered spans and the text of the dropped instruments."""
    actor_at: dict[int, str] = d.slots.actor_at
    kept: list[CharSpan] = []
    dropped: list[str] = []
    for s, e in spans:
        root = _instrument_root(d, s, e, lex, by_form=True)
        if root is None:
            kept.append((s, e))
            continue
        dropped.append(d.text[s:e])
        kept += _who_fired(root, actor_at)
    return kept, dropped


def _instrument_targets(d: Document, trigger: Token, spans: list[CharSpan], lex: Lexicon) -> list[CharSpan]:
    """A weapon is what is fired, not who is hit ("fired *tear gas* at the crowd"): instrument
    objects give way to the "at/on/into X" they were aimed at."""
    aim = frame_words().aim_preps
    out: list[CharSpan] = []
    for s, e in spans:
        root = _instrument_root(d, s, e, lex, by_form=False)
        if root is None:
            out.append((s, e))
            continue
        for holder in (root, trigger):
            for c in holder.children:
                if c.dep_ == "prep" and c.lower_ in aim:
                    out += [
                        _phrase_span(g) for g in c.children
                        if g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME") and _phrase_span(g) not in out
                    ]
    return out


def _accusation(trigger: Token, accusation_verbs: frozenset[str]) -> tuple[Token, Token | None, Token] | None:
    """For the content of an accusation ("X accused *Y* of shelling Z", "X blamed Y for the
    bombing"): the accusing verb, its subject (the accuser) and its object (the accused)."""
    prep = trigger.head
    if trigger.dep_ not in ("pcomp", "pobj") or prep is trigger or prep.lower_ not in ("of", "for"):
        return None
    verb = prep.head
    accused: Token | None = None
    if verb.dep_ in ("dobj", "obj") and verb.head.lemma_.lower() in accusation_verbs:
        accused, verb = verb, verb.head  # "accused [guards of shooting]": the 'of' hangs on the object
    if verb is prep or verb.lemma_.lower() not in accusation_verbs or verb.pos_ != "VERB":
        return None
    accused = accused or next((c for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass")), None)
    accuser = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if accused is None:
        return None
    return verb, accuser, accused


def _continues_event(trigger: Token, event_nouns: dict[int, Trigger]) -> Trigger | None:
    """For a relative clause verb whose subject is "that"/"which" and whose antecedent is the target of
    a use-of-force event noun ("an attack on *a camp that killed* six"), the event noun it continues
    ("talks with the Taliban *who seized* power" is not one: "who" names an agent)."""
    if trigger.dep_ != "relcl" or not any(c.dep_ == "nsubj" and c.tag_ == "WDT" for c in trigger.children):
        return None
    ante = trigger.head
    if ante.dep_ != "pobj" or ante.head is ante:
        return None
    prep = ante.head
    noun = event_nouns.get(prep.head.i) if prep.head is not prep else None
    if noun is None or noun.token is trigger or prep.lower_ not in frame_words().target_preps:
        return None
    return noun if noun.type in MATERIAL_CONFLICT else None


def realising_participle(noun: Token) -> Token | None:
    """realised-participle: the past participle of one of ``realising_participles`` set on an event noun as a
    reduced relative ("the deal *reached* by X and Y", "the accord *adopted* after two weeks of talks", "the
    raid *carried out* by police"): it tells that the happening took place."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None
    words = frame_words().realising_participles
    return next((c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in words), None)


def _absorbed(trig: Trigger, others: Sequence[Trigger], accusation_verbs: frozenset[str] = frozenset()) -> bool:
    """A trigger that is the content of another trigger: the object of a verb trigger ("called
    for *talks*") or its infinitival complement ("refused to *hand over*", "threatened to *attack*"); a key in
    ``own_event_keys`` never is ("arrested on *charges of* fraud" is an accusation besides the arrest).
    realised-participle: a noun told with its realising participle ("criticized the accord *adopted* in
    Paris") is a happening of its own, and that participle, a trigger itself ("the accord *signed* by X"), is
    the noun's light verb, no event of its own."""
    t = trig.token
    verb_triggers = {o.token.i for o in others if o is not trig and not o.is_noun}
    if t.head is t or _accusation(t, accusation_verbs) is not None or trig.key in frame_words().own_event_keys:
        return False
    if trig.is_noun and realising_participle(t) is not None:
        return False
    if not trig.is_noun:
        part = realising_participle(t.head)
        if part is not None and part.i == t.i and any(o.token.i == t.head.i and o.is_noun for o in others):
            return True
    if not trig.is_noun:
        # "refused to *hand over*"; "called for the mayor to *resign*" (a "for …" clause)
        demanded = t.dep_ in ("advcl", "ccomp") and any(c.dep_ == "mark" and c.lower_ == "for" for c in t.children)
        return (t.dep_ == "xcomp" or demanded) and t.head.i in verb_triggers
    if t.dep_ in ("dobj", "obj") and t.head.i in verb_triggers:
        return True
    prep = t.head
    return (
        t.dep_ == "pobj" and prep.lower_ in frame_words().absorbing_preps and prep.head.i in verb_triggers
        and prep.head is not prep
    )


def _keep_trigger(trig: Trigger, srcs: list[CharSpan], tgts: list[CharSpan], lex: Lexicon, negated: bool = False) -> bool:
    tok = trig.token
    if tok.dep_ == "compound":
        # a noun modifier ("*aid* convoy", "*strike* action"); a "verb" here is a mis-tagged noun
        return False
    if not trig.weak or negated:
        # negated mentions are kept: "there were no reports of fighting" disputes a claim
        return True
    if srcs or tgts:
        return True
    head = tok.head
    if trig.is_noun and realising_participle(tok) is not None:
        return True  # realised-participle: "the deal *reached* last week" is told as made
    return trig.is_noun and head is not tok and head.lemma_.lower() in lex.light_verbs


# --------------------------------------------------------------------------------------------
# the frame and its rules


@dataclass
class SentenceContext:
    """What the steps for one trigger read: the document, its sentence, the trigger, the sentence's
    other triggers, the lexicon and the trigger's modality."""

    d: Document
    sent: Span
    trig: Trigger
    triggers: Sequence[Trigger]
    lex: Lexicon
    mod: Modality
    headline: bool

    @property
    def tok(self) -> Token:
        return self.trig.token


@dataclass
class ArgumentFrame:
    """Who (``sources``) does the event to whom (``targets``), as character spans, and why."""

    sources: list[CharSpan]
    targets: list[CharSpan]
    reciprocal: bool = False
    accusation: tuple[Token, Token | None, Token] | None = None
    """The accusing verb, accuser and accused when the trigger is an accusation's content."""
    continues: Trigger | None = None
    """The event noun a relative clause trigger continues ("an attack on a camp *that killed* six")."""
    passive: bool = False
    """Read as a passive without auxiliary (headline, gapped or reduced relative)."""
    observed_by: str = ""
    involvement_only: bool = False
    """A negated light verb denies the subject's involvement, not the event."""
    denied_by: str | None = None
    instruments: list[str] = field(default_factory=list)
    located_by: str = ""
    """A town modifying the event noun ("the *Brussels* bombings"): where, not who (``town-modifier``)."""
    drop: bool = False
    fired: list[str] = field(default_factory=list)
    """The names of the rules that changed the frame, in order."""


def deontic_demand(ctx: SentenceContext, fr: ArgumentFrame) -> bool:
    """deontic-demand: "the RSS has stated that the government should give permission": the speaker asks,
    the party told what it should do is asked (whatever the clause's own roles say)."""
    if ctx.trig.key != DEMAND_KEY:
        return False
    tok = ctx.tok
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    # "kancheepuram: the seer today said …", parsed with the dateline's town as a second subject: the
    # speaker is the subject after the dateline
    art = ctx.d.article
    dl = art.dateline_span if art is not None else None
    subjects = [c for c in tok.head.children if c.dep_ == "nsubj"]
    said_by = [c for c in subjects if not (dl is not None and dl.start <= c.idx < dl.end)]
    speaker = _phrase_span(said_by[-1]) if len(subjects) > 1 and said_by else _subject_span(tok.head)
    fr.sources = [speaker] if speaker else []
    fr.targets = [_phrase_span(subj)] if subj is not None else []
    return True


def continued_event(ctx: SentenceContext, fr: ArgumentFrame) -> bool:
    fr.continues = _continues_event(ctx.tok, {t.token.i: t for t in ctx.triggers if t.is_noun})
    if fr.continues is None:
        return False
    fr.sources = []  # "an attack on a camp *that killed* six": the camp did not kill; the attack did
    return True


def accusation_content(ctx: SentenceContext, fr: ArgumentFrame) -> bool:
    if ctx.trig.type in VERBAL:
        return False
    fr.accusation = _accusation(ctx.tok, ctx.lex.accusation_verbs)
    if fr.accusation is None:
        return False
    fr.sources = [_phrase_span(fr.accusation[2])]  # "X accused Y of shelling Z": Y is the alleged actor
    return True


def blamed_doer(ctx: SentenceContext, fr: ArgumentFrame) -> bool:
    """blamed-doer: "criticised *the governor* for cutting funds", "charged *the man* with stabbing a guard",
    "*the rebels* were condemned for attacking", "lashed out at *Turkey* for shooting down": the judged or
    charged party did the act of the 'for' / 'of' / 'with' phrase (with only for a charge: the accusation
    verbs)."""
    tok = ctx.tok
    if fr.accusation is not None or ctx.trig.type in VERBAL or tok.dep_ not in ("pcomp", "pobj") or tok.head is tok:
        return False
    prep = tok.head
    accusing = ctx.lex.accusation_verbs
    verbs = accusing | frame_words().doer_object_verbs
    if prep.lower_ not in ("for", "of", "with") or (prep.lower_ == "with" and prep.head.lemma_.lower() not in accusing):
        return False
    verb = prep.head
    if verb is prep or verb.pos_ != "VERB" or verb.lemma_.lower() not in verbs:
        return False
    doer = next((c for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass")), None)
    if doer is None and any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children):
        # "lashed out at Turkey for having shot down …", "hit out at the rebels for attacking …"
        doer = next((g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("at", "against") for g in c.children if g.dep_ == "pobj"), None)
    if doer is None or doer.i == tok.i or doer.pos_ not in ("NOUN", "PROPN", "PRON") or doer.lower_ in ("it", "this", "that"):
        return False
    fr.sources = [_phrase_span(doer)]
    return True


ACCUSED_BEFORE = frozenset({"of", "for"})
# Words that end the search for the accused: a clause or another phrase starts ("accused that ...").
ACCUSED_STOP_POS = frozenset({"ADP", "AUX", "SCONJ", "CCONJ", "PUNCT", "PART"})
ACCUSED_MAX_WORDS = 7


def _accused_before_of(verb: Token) -> CharSpan | None:
    """The words between an accusing verb and its "of" / "for" ("accused *the vishwa hindu parishad* of"),
    when they are a plain phrase (no clause, no coordination, at most ``ACCUSED_MAX_WORDS``)."""
    words: list[Token] = []
    for t in verb.doc[verb.i + 1 : verb.sent.end]:
        if t.lower_ in ACCUSED_BEFORE:
            break
        if t.pos_ in ACCUSED_STOP_POS or t.lower_ == "that" or len(words) >= ACCUSED_MAX_WORDS:
            return None
        words.append(t)
    else:
        return None
    while words and words[0].pos_ == "DET":
        words = words[1:]
    if not any(t.pos_ in ("NOUN", "PROPN", "PRON", "ADJ", "VERB") for t in words):
        return None
    return words[0].idx, words[-1].idx + len(words[-1].text)


def accused_before_of(ctx: SentenceContext, fr: ArgumentFrame) -> bool:
    tok = ctx.tok
    if ctx.trig.type != "ACCUSE" or tok.pos_ != "VERB" or tok.lemma_.lower() not in ctx.lex.accusation_verbs:
        return False
    span = _accused_before_of(tok)
    if span is None or any(e == span[1] for _, e in fr.targets):
        return False
    fr.targets = [span]
    return True


def alleged_subject(ctx: SentenceContext, fr: ArgumentFrame) -> bool:
    tok = ctx.tok
    if ctx.trig.type != "ACCUSE" or fr.targets:
        return False
    if tok.pos_ == "VERB":
        clause = next((c for c in tok.children if c.dep_ == "ccomp" and c.i > tok.i), None)
    elif tok.pos_ == "NOUN":  # alleged-content-noun: "Trump's *accusation that Clinton* is playing ..."
        clause = next((c for c in tok.children if c.dep_ in ("acl", "ccomp") and c.i > tok.i and _that_clause(c)), None)
    else:
        return False
    subj = None if clause is None else next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.lower_ in ("it", "there", "this", "that"):
        return False
    fr.targets = [_phrase_span(subj)]
    return True


def _that_clause(verb: Token) -> bool:
    """A finite clause opened by "that" (a content clause, not a relative "that" standing for the noun)."""
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children)


def of_object(ctx: SentenceContext, fr: ArgumentFrame) -> bool:
    if not ctx.trig.is_noun or fr.targets:
        return False
    found = [
        _phrase_span(g)
        for c in ctx.tok.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children
        if g.dep_ == "pobj" and (g.ent_type_ in OF_OBJECT_LABELS or g.pos_ == "PROPN" or _owned_of_object(ctx, g) or _undergoer_of(ctx, g))
    ]
    fr.targets += found
    return bool(found)


def _undergoer_of(ctx: SentenceContext, obj: Token) -> bool:
    """undergoer-of: "the *arrest of two men*", "the killing of three villagers": the "of" object of a noun
    of a thing done to someone (``undergone_of_nouns``) that names people (a role noun, a pronoun) is who
    underwent it."""
    return ctx.tok.lemma_.lower() in frame_words().undergone_of_nouns and obj.pos_ in ("NOUN", "PRON") and is_actor_like(obj)


def _owned_of_object(ctx: SentenceContext, obj: Token) -> bool:
    """owned-of-object: a statement noun's "of" object that a party owns ("the union's rejection *of the
    governor's formula*"): the statement is about that thing, and so (owner-of-the-thing, in assembly)
    about its owner."""
    return ctx.trig.type in VERBAL and obj.pos_ == "NOUN" and any(c.dep_ == "poss" and c.pos_ != "PRON" for c in obj.children)


def charge_against(ctx: SentenceContext, fr: ArgumentFrame) -> bool:
    """"allegations of bias *against the governor*", "brought charges of fraud *against the former mayor*":
    an event noun with no target whose "of" object (the offence charged) is against a party is against it."""
    if not ctx.trig.is_noun or fr.targets:
        return False
    found = [
        _phrase_span(t)
        for prep in ctx.tok.children if prep.dep_ == "prep" and prep.lower_ == "of"
        for offence in prep.children if offence.dep_ == "pobj"
        for against in offence.children if against.dep_ == "prep" and against.lower_ == "against"
        for g in against.children if g.dep_ == "pobj"
        for t in (g, *g.conjuncts)
    ]
    found = [a for a in found if a not in fr.sources] or _against_on_verb(ctx.tok, fr.sources)
    if not found:
        return False
    fr.targets = found
    return True


def _against_on_verb(noun: Token, sources: list[CharSpan]) -> list[CharSpan]:
    """"charges of neglect *were filed against* Fairfield", "police filed charges on Monday against X", "a
    case was registered against 20 people": the 'against' object of the verb the event noun is the object or
    passive subject of."""
    verb = noun.head
    if noun.dep_ not in ("nsubjpass", "dobj", "obj") or verb.i == noun.i or verb.pos_ not in ("VERB", "AUX"):
        return []
    found = [
        _phrase_span(t)
        for against in verb.children if against.dep_ == "prep" and against.lower_ == "against" and against.i > verb.i
        for g in against.children if g.dep_ == "pobj"
        for t in (g, *g.conjuncts)
    ]
    return [a for a in found if a not in sources]


def _split_misparsed_pair(obj: Token) -> list[CharSpan]:
    """"the Mexican Army and drug hitmen" parsed as one noun with a coordinated modifier (``Army/nmod``
    holding ``and drug``): the two phrases it hides, else none."""
    for m in obj.lefts:
        conj = next((c for c in m.children if c.dep_ == "conj"), None)
        if m.dep_ in ("nmod", "compound", "amod") and conj is not None and any(c.dep_ == "cc" for c in m.children):
            return [(obj.left_edge.idx, m.idx + len(m.text)), (conj.left_edge.idx, obj.idx + len(obj.text))]
    return []


def _named_span(noun: Token) -> CharSpan:
    """A party's phrase, or the proper name in apposition to it ("Dagestan's leader, *Mukhu Aliyev*")."""
    name = next((c for c in noun.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    return _phrase_span(name if name is not None else noun)


def _between_parties(holder: Token) -> list[CharSpan]:
    """The parties of a "between X and Y" phrase under ``holder`` (two or more, else none)."""
    for c in holder.children:
        if c.dep_ != "prep" or c.lower_ not in frame_words().between_preps:
            continue
        obj = next((g for g in c.children if g.dep_ == "pobj"), None)
        if obj is None:
            continue
        parties = [_named_span(x) for x in (obj, *obj.conjuncts)]
        if len(parties) < 2:
            parties = _split_misparsed_pair(obj)
        if len(parties) >= 2:
            return parties
    return []


def _noun_between(noun: Token) -> list[CharSpan]:
    """A "between" phrase on an event noun or on its relative clause ("a battle which began … between")."""
    found = _between_parties(noun)
    for c in noun.children:
        if not found and c.dep_ in ("relcl", "acl"):
            found = _between_parties(c)
    return found


def between_parties(ctx: SentenceContext, fr: ArgumentFrame) -> bool:
    """"a battle between X and Y": X and Y take part (actor and recipient); "*mediated* by Z" on such a
    noun: Z acts on both."""
    tok = ctx.tok
    if ctx.trig.is_noun:
        parties = _noun_between(tok)
        if not parties:
            return False
        fr.sources, fr.targets, fr.reciprocal = parties[:1], parties[1:], True
        return True
    if tok.dep_ != "acl" or tok.head is tok or tok.head.pos_ not in ("NOUN", "PROPN"):
        return False
    parties = _noun_between(tok.head)
    if not parties:
        return False
    fr.targets = parties
    return True


def _participle_over(noun: Token) -> Token | None:
    """The participle whose object an event noun is ("*indulging* in arson", "*carrying* out raids",
    "*taking* part in protests"); conjoined nouns ("arson and looting") share it."""
    t = noun
    while t.dep_ == "conj" and t.head is not t:
        t = t.head
    if t.dep_ in ("dobj", "obj"):
        return t.head
    if t.dep_ != "pobj" or t.head is t:
        return None
    holder = t.head.head
    if holder.pos_ == "NOUN" and holder.dep_ in ("dobj", "obj"):  # "taking *part* in"
        holder = holder.head
    return holder


def participant_modifier(ctx: SentenceContext, fr: ArgumentFrame) -> bool:
    """"a mob indulging in arson": the mob acts in the arson, whoever the main clause's subject is."""
    if not ctx.trig.is_noun:
        return False
    verb = _participle_over(ctx.tok)
    if (
        verb is None or verb.dep_ != "acl" or verb.tag_ not in ("VBG", "VBN")
        or verb.lemma_.lower() not in frame_words().participation_verbs
        or verb.head.pos_ not in ("NOUN", "PROPN") or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    ):
        return False
    fr.sources = [_phrase_span(verb.head)]
    return True


def idiom_object(ctx: SentenceContext, fr: ArgumentFrame) -> bool:
    """"took to *the streets*", "joined *forces* with", "opened *fire* on": the object named in a trigger key
    is part of the idiom, no target."""
    inside = [t.idx for t in ctx.trig.extra if t.dep_ == "pobj"]
    # a key's listed object noun ("join+force") when the target is that noun's phrase and ends there
    idioms = frame_words().idiom_objects
    ends = [t.idx + len(t.text) for t in ctx.trig.extra if t.dep_ in ("dobj", "obj") and t.lemma_.lower() in idioms]
    kept = [(s, e) for s, e in fr.targets if not any(s <= i < e for i in inside) and e not in ends]
    if len(kept) == len(fr.targets):
        return False
    fr.targets = kept
    return True


def key_noun_object(ctx: SentenceContext, fr: ArgumentFrame) -> bool:
    """"took *a swipe* at the mayor", "opened *fire* on the crowd": the object noun a verb trigger's key
    names is the act itself, no target; the act is aimed at the object of a target preposition on that noun
    or, after it, on the verb. A noun that names people ("took *hostages*") stays; so does the object when
    no such preposition follows."""
    if ctx.trig.is_noun:
        return False
    preps = frame_words().target_preps
    changed = False
    for noun in ctx.trig.extra:
        if noun.dep_ not in ("dobj", "obj") or noun.pos_ != "NOUN" or is_actor_like(noun):
            continue
        own = [t for t in fr.targets if t[0] <= noun.idx < t[1]]
        holders = [noun, *[c for c in ctx.tok.children if c.dep_ == "prep" and c.i > noun.i]]
        aimed = [
            _phrase_span(g)
            for h in holders
            for c in ([h] if h.dep_ == "prep" else [c for c in h.children if c.dep_ == "prep"])
            if c.lower_ in preps
            for g in c.children
            if g.dep_ == "pobj"
        ]
        if not own or not aimed:
            continue
        fr.targets = [t for t in fr.targets if t not in own] + [a for a in aimed if a not in fr.targets]
        changed = True
    return changed


def object_control(ctx: SentenceContext, fr: ArgumentFrame) -> bool:
    """"ordered the detainees to be freed": the detainees are freed; "urged the army to attack": the
    army attacks (the governing verb's object controls the infinitive)."""
    tok = ctx.tok
    if ctx.trig.is_noun or tok.dep_ != "xcomp" or any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return False
    if tok.head.lemma_.lower() not in frame_words().control_verbs:
        return False  # "used firearms to attack": a purpose, the firearms do not attack
    obj = next((c for c in tok.head.children if c.dep_ in ("dobj", "obj") and c.i < tok.i), None)
    if obj is None:
        return False
    span = _phrase_span(obj)
    if any(c.dep_ == "auxpass" for c in tok.children):
        if span in fr.targets:
            return False
        fr.targets = [span, *fr.targets]
        return True
    if fr.sources == [span]:
        return False
    fr.sources = [span]
    fr.targets = [t for t in fr.targets if t != span]
    return True


def _asked_party(obj: Token) -> list[CharSpan]:
    """Who is asked for a requested thing: its possessor ("*X's* help") or a "from"/"of" object
    ("help *from X*")."""
    out = [_phrase_span(c) for c in obj.children if c.dep_ == "poss" and c.pos_ != "PRON"]
    for holder in (obj, obj.head):
        out += [
            _phrase_span(g) for c in holder.children if c.dep_ == "prep" and c.lower_ in ("from", "of")
            for g in c.children if g.dep_ == "pobj"
        ]
    return out


def _addressee(tok: Token) -> list[CharSpan]:
    """Rule ``letter-addressee``: "sent a letter *to Comey*, seeking answers": a request made in a
    participle clause of a sending or writing verb asks the one the message went to."""
    if tok.dep_ not in ("advcl", "xcomp", "conj") or tok.tag_ != "VBG" or tok.head.i == tok.i:
        return []
    holder = tok.head
    return [
        _phrase_span(g)
        for h in (holder, *[c for c in holder.children if c.dep_ in ("dobj", "obj")])
        for c in h.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"
        for g in c.children if g.dep_ == "pobj"
    ][:1]


def requested_content(ctx: SentenceContext, fr: ArgumentFrame) -> bool:
    """"prosecutors sought *a prison term*": the thing asked for is no recipient; "sought *X's* help",
    "sought help *from X*": X is."""
    tok = ctx.tok
    if ctx.trig.is_noun or ctx.trig.type != "REQUEST" or tok.lemma_.lower() not in frame_words().content_request_verbs:
        return False
    objs = [c for c in tok.children if c.dep_ in ("dobj", "obj") and c.ent_type_ not in OF_OBJECT_LABELS]
    content = [t for t in fr.targets if any(t[0] <= o.idx < t[1] for o in objs)]
    asked = [a for o in objs for a in _asked_party(o) if a not in fr.targets]
    if not asked and len(content) == len(fr.targets):
        asked = [a for a in _addressee(tok) if a not in fr.targets]
    if not content and not asked:
        return False
    fr.targets = [t for t in fr.targets if t not in content] + asked
    return True


GROUP_KINDS = frozenset({"organization", "group", "country"})


# The types an event noun sent to a party is addressed to it in ("sent a request to X"): statements and offers.
ADDRESSED_TYPES = VERBAL | frozenset({"AID"})


def _verb_addressees(noun: Token) -> list[CharSpan]:
    """The indirect object of the verb an event noun is the direct object of: "sent a request *to X*",
    "passed along *to X* a request" (a "to" phrase, ``dative`` or ``prep`` in the parse), "handed *X* an
    ultimatum" (a bare noun phrase before it, ``dative`` or a first party ``dobj``), with its conjuncts."""
    if noun.dep_ not in ("dobj", "obj") or noun.head.i == noun.i:
        return []
    heads: list[Token] = []
    for c in noun.head.children:
        if (c.dep_ == "dative" and c.pos_ != "ADP") or (c.dep_ in ("dobj", "obj") and c.i < noun.i and is_actor_like(c)):
            heads.append(c)  # "handed *the envoy* an ultimatum" (a second object the parse may call dobj)
        elif c.dep_ in ("dative", "prep") and c.lower_ == "to":
            heads += [g for g in c.children if g.dep_ == "pobj"]
    return [_phrase_span(t) for h in heads for t in (h, *h.conjuncts)]


def _names_actor(doc: Doc, span: CharSpan) -> bool:
    rng = _token_range(doc, *span)
    return rng is not None and is_actor_like(rng.root)


def verb_addressee(ctx: SentenceContext, fr: ArgumentFrame) -> bool:
    """"sent *a request* to the minister", "issued a warning to the rebels": a statement or offer noun that
    names no party as its own target (none, or only what is asked: "a request *for a favor*") is addressed
    to the indirect object of the verb it is the object of."""
    if not ctx.trig.is_noun or ctx.trig.type not in ADDRESSED_TYPES:
        return False
    if any(_names_actor(ctx.sent.doc, t) for t in fr.targets):
        return False
    found = [a for a in _verb_addressees(ctx.tok) if a not in fr.sources]
    if not found:
        return False
    fr.targets = found
    return True


def group_head(d: Document, head: Token, lex: Lexicon) -> bool:
    """Whether a phrase head names a group, an organisation or a plural, which "he"/"she" cannot stand
    for ("police", "officials", "the ministry")."""
    aid = d.slots.actor_at.get(head.i) if d.slots.actor_at else None
    actor = _actor_index(d).get(aid) if aid is not None else None
    if actor is not None and actor.kind in GROUP_KINDS:
        return True
    return head.tag_ in ("NNS", "NNPS") or head.ent_type_ in ("ORG", "NORP", "GPE") or head.lower_ in lex.police_nouns


SAID_AND_TYPES = frozenset({"ACCUSE", "REQUEST", "SUPPORT", "REJECT", "THREATEN"})
BOUND_OBJECTS = frozenset({"him", "her", "them"})


def said_and_accused(ctx: SentenceContext, fr: ArgumentFrame) -> bool:
    """said-and-accused: "Lee said *the governor* is to blame for the crisis and *accused him* of lying": the
    parser joins the verbal act to the verb of the reported clause, so the clause's subject would act on
    "him"; but an object "him" / "her" / "them" never stands for its own clause's subject, so the act is
    coordinated with the speech verb: its speaker acts, and the reported clause's subject is the one
    accused (urged, praised ...). Only a verbal act with no subject of its own and such an object pronoun."""
    tok = ctx.tok
    if ctx.trig.type not in SAID_AND_TYPES or tok.dep_ != "conj" or tok.pos_ != "VERB":
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return False
    if not any(c.dep_ in ("dobj", "obj") and c.lower_ in BOUND_OBJECTS for c in tok.children):
        return False
    clause = tok.head
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in ctx.lex.speech_verbs:
        return False
    speaker = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
    inner = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if speaker is None or inner is None or inner.pos_ not in ("PROPN", "NOUN"):  # "she met him and urged him"
        return False
    fr.sources = [_phrase_span(speaker)]
    fr.targets = [_phrase_span(inner)]
    return True


def reported_pronoun(ctx: SentenceContext, fr: ArgumentFrame) -> bool:
    """"He stabbed a man, *police* said": a "he"/"she" subject cannot stand for a group reporter; the
    pronoun stays the actor (the reporter is the source, not the perpetrator)."""
    tok = ctx.tok
    subj = next((c for c in tok.children if c.dep_ == "nsubj" and c.lower_ in frame_words().speaker_pronouns), None)
    if subj is None or ctx.d.doc is None:
        return False
    own = (subj.idx, subj.idx + len(subj.text))
    swapped = [
        sp for sp in fr.sources
        if not (sp[0] <= subj.idx < sp[1]) and (span := _token_range(ctx.d.doc, *sp)) is not None
        and group_head(ctx.d, span.root, ctx.lex)
    ]
    if not swapped:
        return False
    fr.sources = [own if sp in swapped else sp for sp in fr.sources]
    return True


def _take_passive(fr: ArgumentFrame, reading: tuple[list[CharSpan], list[CharSpan]] | None) -> bool:
    if reading is None:
        return False
    fr.sources, fr.targets = reading
    fr.passive = True
    return True


def headline_passive(ctx: SentenceContext, fr: ArgumentFrame) -> bool:
    return ctx.headline and not fr.passive and _take_passive(fr, _headline_passive(ctx.tok))


def gapped_passive(ctx: SentenceContext, fr: ArgumentFrame) -> bool:
    """gapped-passive: a participle conjoined to a passive verb is passive too ("a man was dragged from his
    car and *killed*"): only its "by" agent acts, and with no subject of its own the passive subject of the
    verb it is conjoined to underwent it (shared-passive-subject)."""
    tok = ctx.tok
    if fr.passive or tok.dep_ != "conj" or tok.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in tok.head.children):
        return False
    reading = _headline_passive(tok)
    if reading is not None and not reading[1]:
        reading = (reading[0], [_phrase_span(c) for c in tok.head.children if c.dep_ == "nsubjpass"])
    return _take_passive(fr, reading)


def _reduced_relative_candidate(ctx: SentenceContext) -> bool:
    tok = ctx.tok
    return (
        tok.dep_ in ("acl", "csubj", "csubjpass") and tok.tag_ == "VBN"
        # a finite past verb mis-tagged as a participle ("a group *protested* Wednesday") is the predicate
        and ctx.sent.root.pos_ in ("VERB", "AUX") and tok.head.dep_ not in ("ROOT", "appos")
        and not any(c.dep_ == "conj" for c in tok.children)
    )


def reduced_relative(ctx: SentenceContext, fr: ArgumentFrame) -> bool:
    """"14 riders *detained* during the march": the riders were detained."""
    if fr.passive or not _reduced_relative_candidate(ctx):
        return False
    reduced = _headline_passive(ctx.tok)
    if reduced is None:
        return False
    tok = ctx.tok
    appeared = _court_appearance(tok.head) if tok.dep_ == "acl" else None
    if appeared is not None:  # court-appearance: "appeared in *court* charged with theft"
        return _take_passive(fr, (reduced[0], appeared))
    head_noun = [_phrase_span(tok.head)] if tok.dep_ == "acl" and tok.head.pos_ in ("NOUN", "PROPN") else []
    # explicit targets ("committed *against* civilians") stay; else the modified noun is the target
    kept = [t for t in fr.targets if t not in reduced[0] and t not in fr.sources]
    return _take_passive(fr, (reduced[0], reduced[1] + (kept or head_noun)))


def _objectless(tok: Token) -> bool:
    """A past form with no auxiliary, no object and no passive subject ("Man *booked* for assault")."""
    return tok.tag_ in ("VBD", "VBN") and not any(
        c.dep_ in ("aux", "auxpass", "dobj", "obj", "nsubjpass", "dative", "ccomp") for c in tok.children
    )


def _shares_object(tok: Token) -> bool:
    """Rule ``shared-object``: "police *arrested* and charged two men": a verb joined to a later verb that has an
    object shares that object (it is active, no headline passive)."""
    return any(
        c.dep_ == "conj" and c.pos_ == "VERB" and c.i > tok.i and any(g.dep_ in ("dobj", "obj") for g in c.children)
        for c in tok.children
    )


def _undergoers(tok: Token) -> list[CharSpan]:
    """Who undergoes an objectless legal step: its subject ("Man booked for assault"), the noun it
    modifies ("Mason charged with assault" as a headline), or, for a subjectless participle clause, the
    subject of the clause it opens ("*Charged* with drunk driving, the man was wearing green")."""
    subj = [_phrase_span(c) for c in tok.children if c.dep_ == "nsubj"]
    if subj:
        return subj
    if tok.dep_ == "acl" and tok.head.pos_ in ("NOUN", "PROPN"):
        appeared = _court_appearance(tok.head)
        return appeared if appeared is not None else [_phrase_span(tok.head)]
    if tok.dep_ == "advcl" and tok.tag_ == "VBN" and (tok.i < tok.head.i or _trailing_participle(tok)):
        return [_phrase_span(c) for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if tok.dep_ == "advcl" and tok.i > tok.head.i and any(c.dep_ == "nsubjpass" for c in tok.head.children):
        # passive-host: "Ann Lee, who was *detained* after appearing in court *charged* with affray": a
        # legal step told after a passive clause befell that clause's subject (a "who": the one named)
        held = next(c for c in tok.head.children if c.dep_ == "nsubjpass")
        if held.tag_ in ("WP", "WDT") and tok.head.dep_ == "relcl":
            held = tok.head.head
        return [_phrase_span(held)]
    return []


def _court_appearance(noun: Token) -> list[CharSpan] | None:
    """``court-appearance``: "two men appeared *in court* charged with theft", "after appearing at Leeds
    Crown *Court* charged with affray": a legal participle the parse hangs on the court a clause's verb
    names (``court_nouns``, the object of a preposition on that verb) befell that clause's subject (the
    name a "who" clause is about), not the court; None when the noun is no such court."""
    if noun.lemma_.lower() not in frame_words().court_nouns or noun.dep_ != "pobj" or noun.head.dep_ != "prep":
        return None
    verb = noun.head.head
    for _ in range(4):  # "after *appearing* at ... court": up from the participle to its clause
        if verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
            verb = verb.head.head
        elif verb.dep_ in ("advcl", "xcomp", "conj") and not any(c.dep_ in SUBJECT_DEPS for c in verb.children):
            verb = verb.head
        else:
            break
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    out = []
    for subj in subjects:
        if subj.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":  # "Ann Lee, who was held after appearing ..."
            subj = verb.head
        if subj.pos_ == "PRON" and subj.lower_ not in ("he", "she", "they"):
            continue
        out.append(_phrase_span(subj))
    return out or None


def _trailing_participle(tok: Token) -> bool:
    """"A Toledo woman is in jail, *accused* of robbing a store": a participle clause after a comma, on a
    clause with no object, tells what befell that clause's subject."""
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    return prev is not None and prev.text == "," and not any(c.dep_ in ("dobj", "obj") for c in tok.head.children)


def objectless_legal_step(ctx: SentenceContext, fr: ArgumentFrame) -> bool:
    """Undergoer-of-legal-step rule: a verb of a legal step done to a party (arrest, charge, book, jail,
    sentence) that has no object and no auxiliary is a passive without its auxiliary: headline grammar
    ("Man booked for teen assault", "Mason charged with assault") or a participle clause ("Charged with
    drunk driving, the man ..."). Its subject (or the noun or clause subject it belongs to) underwent the
    step; only a "by" agent did it."""
    tok = ctx.tok
    needed = frame_words().undergoer_legal_verbs.get(tok.lemma_.lower())
    if fr.passive or ctx.trig.is_noun or needed is None or not _objectless(tok) or _shares_object(tok):
        return False
    if needed and not any(c.dep_ == "prep" and c.lower_ in needed for c in tok.children):
        return False  # "the troops charged across the bridge"
    targets = _undergoers(tok)
    if not targets:
        return False
    by = [s for c in tok.children if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by") for s in _pobj_spans(c)]
    return _take_passive(fr, (by, targets))


def headline_locative(ctx: SentenceContext, fr: ArgumentFrame) -> bool:
    if not ctx.headline:
        return False
    kept = [t for t in fr.targets if not _is_locative(ctx.d, t)]
    changed = len(kept) != len(fr.targets)
    fr.targets = kept
    return changed


def observer(ctx: SentenceContext, fr: ArgumentFrame) -> bool:
    """"we heard the explosion", "officials condemned the attack": observers, not actors."""
    tok = ctx.tok
    if not ctx.trig.is_noun or tok.dep_ not in ("dobj", "obj") or tok.head.lemma_.lower() not in ctx.lex.observer_verbs:
        return False
    who = _subject_span(tok.head)
    if who is None or who not in fr.sources:
        return False
    fr.sources = [x for x in fr.sources if x != who]
    fr.observed_by = ctx.d.text[who[0] : who[1]]
    return True


def modifier_actors(ctx: SentenceContext, fr: ArgumentFrame) -> bool:
    if not ctx.trig.is_noun or fr.sources:
        return False
    fr.sources = _modifier_actors(ctx.tok, ctx.d, ctx.lex, ctx.trig.type)
    towns = [c.text for c in ctx.tok.lefts if c.dep_ in ("compound", "amod", "nmod") and _place_modifier(ctx.d, c, ctx.trig.type)]
    if towns and not fr.sources:
        fr.located_by = towns[0]
    return bool(fr.sources)


OPPOSED_PARTY_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def anti_target(ctx: SentenceContext, fr: ArgumentFrame) -> bool:
    """``anti-target``: "an *anti-Trump* protest", "anti-government rallies": the party an "anti-"
    modifier of a protest noun names is the protest's target (a named party or a role noun; "anti-war"
    names none)."""
    tok = ctx.tok
    if not ctx.trig.is_noun or ctx.trig.type != "PROTEST":
        return False
    doc = tok.doc
    for c in tok.children:
        if c.lower_ != "anti" or c.i + 2 >= tok.i or doc[c.i + 1].text != "-":
            continue
        word = doc[c.i + 2]
        if word.head.i != tok.i or not (word.ent_type_ in OPPOSED_PARTY_LABELS or word.text[:1].isupper() or is_actor_like(word)):
            continue
        span = (word.idx, word.idx + len(word.text))
        fr.targets = [span] + [t for t in fr.targets if t != span]
        return True
    return False


PERMISSION_VERBS = frozenset({"let", "allow", "permit"})


def refused_permission(ctx: SentenceContext, fr: ArgumentFrame) -> bool:
    """``refused-permission``: "the police refused *to let the committee* intervene", "refused to allow
    the inspectors to enter": a refusal with no target of its own is refused to whom it would have let act
    (the object of "allow" / "permit", the subject of the clause "let" opens)."""
    tok = ctx.tok
    if ctx.trig.type != "REJECT" or ctx.trig.is_noun:
        return False
    for x in (c for c in tok.children if c.dep_ == "xcomp" and c.lemma_.lower() in PERMISSION_VERBS):
        inside = (x.left_edge.idx, x.right_edge.idx + len(x.right_edge.text))
        if any(not (inside[0] <= t[0] and t[1] <= inside[1]) for t in fr.targets):
            continue  # a target of the refusal's own ("refused him permission to ...")
        let = [g for c in x.children if c.dep_ in ("ccomp", "xcomp") for g in c.children if g.dep_ in SUBJECT_DEPS]
        objs = [c for c in x.children if c.dep_ in ("dobj", "obj")] + let
        if objs:
            fr.targets = [_phrase_span(objs[0])]
            return True
    return False


def town_modifier(ctx: SentenceContext, fr: ArgumentFrame) -> bool:
    """A source that is only a town modifying a noun ("*Brussels* bombings killed ...") is no party."""
    assert ctx.d.doc is not None
    towns: list[CharSpan] = []
    for s, e in fr.sources:
        span = _token_range(ctx.d.doc, s, e)
        if span is not None and len(span) == 1 and span[0].head.pos_ == "NOUN" and _town_of(ctx.d, span[0], span[0].head):
            towns.append((s, e))
    if not towns:
        return False
    fr.sources = [x for x in fr.sources if x not in towns]
    fr.located_by = fr.located_by or ctx.d.text[towns[0][0] : towns[0][1]]
    return True


def intent_subject(ctx: SentenceContext, fr: ArgumentFrame) -> bool:
    if ctx.mod.intent is None or fr.sources:
        return False
    subj = _subject_span(clause_head(ctx.mod.intent))
    if not subj:
        return False
    fr.sources = [subj]
    return True


_PARTY_ENTS = frozenset({"PERSON", "ORG", "NORP", "GPE"})
_PARTY_PRONOUNS = frozenset({"he", "she", "they", "him", "her", "them", "we", "us"})


def _party_word(tok: Token) -> bool:
    """A named person, organisation, nationality or polity, or a personal pronoun."""
    return tok.ent_type_ in _PARTY_ENTS or tok.lower_ in _PARTY_PRONOUNS


def for_gerund_party(ctx: SentenceContext, fr: ArgumentFrame) -> bool:
    """"praised *Trump* for pressing for the release", "voted to hold *Pagliano* in contempt for refusing
    to testify": a "for" gerund with no subject of its own is done by the party its governing verb is about
    (its object, or its passive subject) when that is a named party or a personal pronoun ("used tear gas
    for dispersing the crowd" names none); under a coercive step ("arrested him for attacking a guard",
    "prosecute her for violating statutes") the act is only alleged and gets no actor here."""
    tok = ctx.tok
    if fr.sources or ctx.trig.is_noun or tok.tag_ != "VBG" or tok.dep_ != "pcomp":
        return False
    prep = tok.head
    if prep.lower_ != "for" or prep.dep_ != "prep" or any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return False
    gov = prep.head
    if any(t.token.i == gov.i and t.type == "COERCE" for t in ctx.triggers):
        return False  # "arrested him for attacking", "prosecute her for violating": an alleged offence
    if gov.pos_ in ("NOUN", "PROPN") and gov.dep_ in ("dobj", "obj"):
        party: Token | None = gov
    else:
        party = next((c for c in gov.children if c.dep_ in ("dobj", "obj", "nsubjpass") and c.i < tok.i), None)
    if party is None or not _party_word(party):
        return False
    fr.sources = [_phrase_span(party)]
    fr.targets = [t for t in fr.targets if t != fr.sources[0]]
    return True


def noun_root_subject(ctx: SentenceContext, fr: ArgumentFrame) -> bool:
    """"Donald Trump called Wednesday for X to resign", "Biden, echoing Erdogan, called on Kurds to …":
    parsed with the name as the sentence's root and the finite verb as a clause modifying a noun. A
    finite (past or present tense) verb has a subject; with none of its own, it is the root name before
    it (a named party)."""
    tok = ctx.tok
    if fr.sources or ctx.trig.is_noun or tok.tag_ not in ("VBD", "VBZ") or tok.dep_ != "acl":
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in tok.children):
        return False
    root = ctx.sent.root
    if root.pos_ != "PROPN" or root.i > tok.i or not _party_word(root):
        return False
    fr.sources = [_phrase_span(root)]
    return True


def relative_agents(ctx: SentenceContext, fr: ArgumentFrame) -> bool:
    """"the operation (he said) had been carried out by X": X acted; a negated light verb ("he had not
    organised the operation") denies only the subject's involvement."""
    tok = ctx.tok
    agents = _relcl_agents(tok) if ctx.trig.is_noun else []
    if not agents:
        return False
    head = tok.head
    own_negation = any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") for c in tok.children)
    if ctx.mod.negated and head is not tok and head.lemma_.lower() in ctx.lex.light_verbs and not own_negation:
        fr.involvement_only = True
        who = _subject_span(head)
        fr.denied_by = ctx.d.text[who[0] : who[1]] if who else None
    fr.sources = agents
    return True


def on_light_verb(ctx: SentenceContext, fr: ArgumentFrame) -> bool:
    """"villagers *sat on* a dharna", "traders *went on* strike", "the mob *went on* a rampage": the 'on'
    object of such a verb is the protest it carries out (a rampage is a riot); the verb's subject (not a dateline
    the parse made a second subject) is its actor."""
    tok = ctx.tok
    if not ctx.trig.is_noun or fr.sources or ctx.trig.type != "PROTEST":
        return False
    if tok.dep_ != "pobj" or tok.head.lower_ != "on" or tok.head.head is tok.head:
        return False
    verb = tok.head.head
    if verb.lemma_.lower() not in frame_words().on_light_verbs:
        return False
    art = ctx.d.article
    dl = art.dateline_span if art is not None else None
    subjects = [
        c for c in verb.children
        if c.dep_ == "nsubj" and not (dl is not None and dl.start <= c.idx < dl.end)
    ]
    who = _phrase_span(subjects[-1]) if subjects else _subject_span(verb)
    if who is None:
        return False
    fr.sources = [who]
    return True


RECIPROCAL_TYPES = frozenset({"AGREE", "CONSULT", "COOPERATE"})


def _not_by_governor(ctx: SentenceContext, fr: ArgumentFrame) -> bool:
    """A realised event noun with no agent that is the object of a verb other than a light verb ("Sanders
    *criticized* the accord adopted in Paris") was not made by that verb's subject: its actor is unnamed."""
    tok, head = ctx.tok, ctx.tok.head
    if head is tok or head.lemma_.lower() in ctx.lex.light_verbs or not fr.sources:
        return False
    subjects = [(c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text)) for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
    kept = [x for x in fr.sources if not any(x[0] < e and s < x[1] for s, e in subjects)]
    if len(kept) == len(fr.sources):
        return False
    fr.sources = kept
    return True


def realised_participle(ctx: SentenceContext, fr: ArgumentFrame) -> bool:
    """realised-participle: an event noun told with its realising participle is made by that participle's
    "by" agents ("the debt deal reached *by the White House and the Speaker*", "the ceasefire brokered *by
    Turkey*"); in an agreement, a meeting or a cooperation the first agent is the actor and the others its
    partners (``relative-agents`` read the first agent alone)."""
    part = realising_participle(ctx.tok) if ctx.trig.is_noun else None
    if part is None:
        return False
    agents = [g for c in part.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    agents += [c for g in agents for c in g.conjuncts if c.i > g.i]
    agents = sorted(dict.fromkeys(agents), key=lambda x: x.i)
    spans = [_phrase_span(a) for a in agents]
    if not spans:
        return _not_by_governor(ctx, fr)
    if fr.sources and not all(x in spans for x in fr.sources):
        return False  # actors of its own ("Egypt's accord signed ...")
    if ctx.trig.type in RECIPROCAL_TYPES and len(spans) > 1:
        fr.sources, fr.targets, fr.reciprocal = spans[:1], [t for t in fr.targets if t not in spans] + spans[1:], True
    else:
        fr.sources = spans
        fr.targets = [t for t in fr.targets if t not in spans]
    return True


GATHERED_PREPS = frozenset({"at", "in", "for", "to"})


def gathered_at(ctx: SentenceContext, fr: ArgumentFrame) -> bool:
    """gathered-at: "more than 1,000 people *gathered* on Sunday *at a rally*", "farmers *took part in* a march":
    a protest noun with no actor that is the "at" / "in" / "for" / "to" object of a gathering verb
    (``gathering_verbs``) is by that verb's subject (a dateline the parse made a subject is none)."""
    tok = ctx.tok
    if not ctx.trig.is_noun or fr.sources or ctx.trig.type != "PROTEST":
        return False
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in GATHERED_PREPS or prep.head is prep:
        return False
    verb = prep.head
    if verb.dep_ == "dobj" and verb.lower_ == "part":  # "took *part* in a march"
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in frame_words().gathering_verbs:
        return False
    art = ctx.d.article
    dl = art.dateline_span if art is not None else None
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and not (dl is not None and dl.start <= c.idx < dl.end)]
    if not subjects and verb.dep_ == "acl" and verb.head.i < verb.i:  # "thousands of teachers *assembled* for a protest"
        subjects = [verb.head]
    if not subjects or not (is_actor_like(subjects[-1]) or subjects[-1].pos_ in ("NOUN", "PROPN")):
        return False
    fr.sources = [_phrase_span(subjects[-1])]
    return True


def _manner_holder(prep: Token) -> Token | None:
    """The verb an "in protest" phrase qualifies: its head, or up through the prepositional phrase it hangs
    on ("walked out *of the hearing in protest*")."""
    holder = prep.head
    for _ in range(3):
        if holder.pos_ in ("VERB", "AUX") or holder.dep_ not in ("pobj", "prep") or holder.head is holder:
            break
        holder = holder.head
    return holder if holder.pos_ in ("VERB", "AUX") else None


def in_protest(ctx: SentenceContext, fr: ArgumentFrame) -> bool:
    """in-protest: "members *walked out* of the hearing *in protest*", "the party called a bandh *in protest
    against* the attack", "traders kept their shops shut *in protest*": a bare protest noun of
    ``manner_protest_nouns`` (no determiner, possessive or number) as the "in" object of a clause names the
    protest that the clause's act is: the active subject of that clause (not a dateline the parse made a
    subject) is its actor. A passive clause ("shops were shut in protest") names no protester."""
    tok = ctx.tok
    if not ctx.trig.is_noun or fr.sources or ctx.trig.type != "PROTEST":
        return False
    if tok.lemma_.lower() not in frame_words().manner_protest_nouns or tok.dep_ != "pobj" or tok.head.lower_ != "in":
        return False
    if any(c.dep_ in ("det", "poss", "nummod") for c in tok.children):
        return False  # "in the protest", "in Saturday's protest": the setting, another happening
    verb = _manner_holder(tok.head)
    art = ctx.d.article
    dl = art.dateline_span if art is not None else None
    for _ in range(3):
        if verb is None:
            return False
        subjects = [c for c in verb.children if c.dep_ == "nsubj" and not (dl is not None and dl.start <= c.idx < dl.end)]
        if subjects or any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
            break
        verb = verb.head if verb.dep_ in ("oprd", "xcomp", "conj", "acomp") and verb.head is not verb else None
    if not subjects or subjects[-1].lower_ in ("it", "this", "that", "which"):
        return False
    fr.sources = [_phrase_span(subjects[-1])]
    return True


def key_preposition(ctx: SentenceContext, fr: ArgumentFrame) -> bool:
    """key-preposition: "threw his support *behind* X", "rallied *behind* X": a trigger key of
    ``key_target_preps`` with no target of its own is done to the object of the preposition listed for it."""
    tok = ctx.tok
    preps = frame_words().key_target_preps.get(ctx.trig.key)
    if fr.targets or not preps:
        return False
    found = [
        _phrase_span(g)
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ in preps and c.i > tok.i
        for g in c.children
        if g.dep_ == "pobj"
    ]
    fr.targets = found
    return bool(found)


def weak_trigger(ctx: SentenceContext, fr: ArgumentFrame) -> bool:
    fr.drop = not _keep_trigger(ctx.trig, fr.sources, fr.targets, ctx.lex, ctx.mod.negated)
    return fr.drop


def resistance_from(ctx: SentenceContext, fr: ArgumentFrame) -> bool:
    """"they will face resistance from us": the 'from' object acts, the subject receives."""
    tok = ctx.tok
    if not ctx.trig.is_noun or tok.head.lemma_.lower() not in frame_words().resistance_verbs:
        return False
    frm = [
        _phrase_span(g)
        for holder in (tok, tok.head)
        for c in holder.children
        if c.dep_ == "prep" and c.lower_ == "from"
        for g in c.children
        if g.dep_ == "pobj"
    ]
    if not frm:
        return False
    subj = _subject_span(tok.head)
    fr.sources, fr.targets = frm, ([subj] if subj else [])
    return True


def _givers(noun: Token, verb: Token) -> list[Token]:
    """Who gives what ``verb`` receives: a "from" object (of the noun or the verb), or, for a noun its possessor
    does not undergo ("the release *of the hostages*", ``undergone_nouns``), a party "of" object or a
    possessor (no pronoun) of the noun."""
    out = [g for holder in (noun, verb) for c in holder.children if c.dep_ == "prep" and c.lower_ == "from" for g in c.children if g.dep_ == "pobj"]
    if noun.lemma_.lower() in UNDERGONE_NOUNS or noun.lower_ in UNDERGONE_NOUNS:
        return out
    out += [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj" and is_actor_like(g) and g.pos_ != "PRON"]
    out += [c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"]
    return out


def received_from(ctx: SentenceContext, fr: ArgumentFrame) -> bool:
    """received-from: "the nominee *drew rebukes from* the Pentagon", "she *won the endorsement of* the
    union": an event noun that is the direct object of a receiving verb is by its giver (:func:`_givers`),
    done to the verb's subject."""
    tok = ctx.tok
    verb = tok.head
    if not ctx.trig.is_noun or tok.dep_ not in ("dobj", "obj") or verb.lemma_.lower() not in frame_words().receiving_verbs:
        return False
    if verb.dep_ == "acl":  # "attempts *to gain* an inquiry from X": an aim, nothing received
        return False
    givers = _givers(tok, verb)
    if not givers:
        return False
    subj = _subject_span(verb)
    fr.sources = [_phrase_span(g) for g in givers]
    fr.targets = [subj] if subj else []
    return True


# "took part *in* a meeting with X", "was under fire *for* a meeting with X", "said *after* talks with X"
_ATTENDED_PREPS = frozenset({"in", "at", "during", "for", "after", "following", "before"})


def meeting_attendee(ctx: SentenceContext, fr: ArgumentFrame) -> bool:
    """meeting-attendee: a meeting noun with a partner ('with X') and no side of its own, told as the setting
    of its clause ('Trump, *in a meeting with* Erdogan, asked …', 'she has been under fire *for a private
    meeting* with Bill Clinton'): the clause's subject is the other side."""
    tok = ctx.tok
    if not ctx.trig.is_noun or fr.sources or not fr.targets or tok.lemma_.lower() not in RECIPROCAL_NOUNS:
        return False
    if tok.dep_ != "pobj" or tok.head.lower_ not in _ATTENDED_PREPS:
        return False
    holder = tok.head.head
    for _ in range(3):  # "under fire for …": through the prepositional phrase to its verb
        if holder.pos_ in ("VERB", "AUX") or holder.dep_ not in ("pobj", "prep") or holder.head is holder:
            break
        holder = holder.head
    if holder.pos_ not in ("VERB", "AUX"):
        return False
    # "they sent White House Counsel Eggleston to Capitol Hill *for a meeting* with House Democrats": the
    # party sent or invited attends, not the sender
    sent = next((c for c in holder.children if c.dep_ in ("dobj", "obj") and (c.ent_type_ == "PERSON" or c.pos_ == "PROPN")), None)
    subj = sent or next((c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    # a polity noun ("the city is in talks with the county") is its government, a side of the talks
    if subj is None or not (
        is_actor_like(subj) or subj.pos_ in ("PROPN", "PRON") or subj.lemma_.lower() in frame_words().polity_nouns
    ) or subj.lower_ in ("it", "this", "that"):
        return False
    fr.sources = [_phrase_span(subj)]
    return True


def meeting_of(ctx: SentenceContext, fr: ArgumentFrame) -> bool:
    """meeting-of: "a high-level meeting *of VHP office-bearers*", "a meeting of the residents": a meeting
    noun with no side of its own (after the rules that read its "of" object as a named party it is about, and
    its clause's subject as a side; a partner "with X" stays the other side) whose "of" object names people (a role noun, an entity, a pronoun, or a
    noun compounded with a name: "VHP office-bearers") is held by them, both sides at once; "a meeting of
    minds", "the meeting of two rivers" name no party."""
    tok = ctx.tok
    if not ctx.trig.is_noun or fr.sources or tok.lemma_.lower() not in RECIPROCAL_NOUNS:
        return False
    found = [
        g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children if g.dep_ == "pobj" and g.lower_ not in ("it", "this", "that")
        and (is_actor_like(g) or any(m.dep_ == "compound" and is_actor_like(m) for m in g.children))
    ]
    if not found:
        return False
    fr.sources = [_phrase_span(found[0])]
    fr.targets = [t for t in fr.targets if t != fr.sources[0]]
    fr.reciprocal = True
    return True


def instrument_actors(ctx: SentenceContext, fr: ArgumentFrame) -> bool:
    fr.sources, fr.instruments = _instrument_actors(ctx.d, fr.sources, ctx.lex)
    return bool(fr.instruments)


def instrument_targets(ctx: SentenceContext, fr: ArgumentFrame) -> bool:
    if ctx.trig.type not in MATERIAL_CONFLICT:
        return False
    before = fr.targets
    fr.targets = _instrument_targets(ctx.d, ctx.tok, fr.targets, ctx.lex)
    return fr.targets != before


def _scene_of(ctx: SentenceContext, span: CharSpan) -> bool:
    """The target phrase's head is a resolved place that is the object of a locative preposition
    ("violence *at rampura*", "stoned buses *in kalupur*"); a country the trigger verb aims at
    ("fired rockets *at* Syria") stays the party it is."""
    assert ctx.d.doc is not None
    phrase = _token_range(ctx.d.doc, *span)
    if phrase is None:
        return False
    root, prep = phrase.root, phrase.root.head
    if root.dep_ != "pobj" or prep.lower_ not in frame_words().locative_preps:
        return False
    ids = {pid for s, e, pid in ctx.d.slots.place_mentions if s <= root.idx < e}
    if not ids:
        return False
    aimed = prep.head.i == ctx.tok.i and not ctx.trig.is_noun and prep.lower_ in frame_words().aim_preps
    return not (aimed and any(p.feature == "country" for p in ctx.d.places if p.id in ids))


def place_target(ctx: SentenceContext, fr: ArgumentFrame) -> bool:
    """Rule ``place-target``: a place in a locative phrase is where the event happened, not its
    recipient ("following the violence at rampura", "pelted stones on buses at rampura"): a town,
    district or country there is no party the event was done to."""
    scenes = [x for x in fr.targets if _scene_of(ctx, x)]
    if not scenes:
        return False
    fr.targets = [x for x in fr.targets if x not in scenes]
    fr.located_by = fr.located_by or ctx.d.text[scenes[0][0] : scenes[0][1]]
    return True


def _casualty_clause(noun: Token, words: frozenset[str]) -> Token | None:
    """The clause verb whose subject is a casualty of the event noun: "two people were *hurt in* a
    shooting", "a man died *from* a shooting", "another has serious injuries *from* a shooting", "a
    woman is in critical condition *after* a stabbing" (a casualty word on the path up or on the verb)."""
    path: list[Token] = []
    cur = noun.head
    while cur.pos_ not in ("VERB", "AUX") and cur.head is not cur and len(path) < 4:
        path.append(cur)
        cur = cur.head
    if cur.pos_ not in ("VERB", "AUX"):
        return None
    near = path + [cur] + [c for c in cur.children if c.dep_ in ("acomp", "dobj", "attr")]
    near += [g for c in cur.children if c.dep_ == "prep" and c.lower_ == "in" for g in c.children if g.dep_ == "pobj"]
    return cur if any(t.lemma_.lower() in words or t.lower_ in words for t in near) else None


def _casualties(verb: Token, words: frozenset[str]) -> list[CharSpan]:
    """The subjects of a casualty clause and of a coordinated casualty clause ("one person is dead and
    another has injuries"); the noun a participle modifies ("one injured in …")."""
    verbs = [verb] + [v for v in (verb.head,) if verb.dep_ == "conj" and v is not verb and _casualty_word(v, words)]
    verbs += [c for c in verb.children if c.dep_ == "conj" and _casualty_word(c, words)]
    out = [_phrase_span(c) for v in verbs for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not out and verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN", "NUM", "PRON"):
        out = [_phrase_span(verb.head)]
    return out


def _casualty_word(verb: Token, words: frozenset[str]) -> bool:
    return any(t.lemma_.lower() in words or t.lower_ in words
               for t in [verb, *(c for c in verb.children if c.dep_ in ("acomp", "dobj", "attr"))])


def casualty_of_event(ctx: SentenceContext, fr: ArgumentFrame) -> bool:
    """casualty-of-event: "two people were hurt in a shooting", "a man died from a shooting": whoever died or
    was hurt in (from, after, during) a violent event noun with no target of its own is its target."""
    tok = ctx.tok
    fw = frame_words()
    if ctx.trig.type != "ASSAULT" or not ctx.trig.is_noun or fr.targets or tok.dep_ != "pobj":
        return False
    if tok.head.lower_ not in fw.casualty_preps:
        return False
    verb = _casualty_clause(tok, fw.casualty_words)
    victims = [v for v in _casualties(verb, fw.casualty_words) if v not in fr.sources] if verb is not None else []
    if not victims:
        return False
    fr.targets = victims
    return True


def casualty_agent(ctx: SentenceContext, fr: ArgumentFrame) -> bool:
    """casualty-agent: "twelve people were killed *in police firing*", "four soldiers died in a *militant*
    attack": a violence verb with no actor whose "in" / "during" / "from" object (``casualty_preps``) is a
    violence trigger noun named by its doer (``modifier-actors``) is by that doer."""
    tok = ctx.tok
    if ctx.trig.type != "ASSAULT" or ctx.trig.is_noun or fr.sources:
        return False
    violent = {t.token.i for t in ctx.triggers if t.type == "ASSAULT"}
    preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in frame_words().casualty_preps]
    for g in (g for c in preps for g in c.children if g.dep_ == "pobj"):
        if g.i in violent and ctx.trig.token.i != g.i:
            doers = _modifier_actors(g, ctx.d, ctx.lex, ctx.trig.type)
            doers += [x for c in g.children if c.dep_ == "prep" and c.lower_ == "by" for x in _pobj_spans(c)]
        else:  # "in *police* firing" parsed as a noun with a participle: the noun is the doer
            named = g.lower_ in ctx.lex.police_nouns or _doer_modifier(g)
            doers = [(g.idx, g.idx + len(g.text))] if named and any(
                c.dep_ == "acl" and c.i == g.i + 1 and c.i in violent for c in g.children) else []
        doers = [x for x in doers if x not in fr.targets]
        if doers:
            fr.sources = doers
            return True
    return False


def charged_party(ctx: SentenceContext, fr: ArgumentFrame) -> bool:
    """"arrested ten men on charges of fraud": the men are charged, by whoever arrested them."""
    tok = ctx.tok
    if not ctx.trig.is_noun or ctx.trig.key not in frame_words().own_event_keys or tok.dep_ != "pobj":
        return False
    verb = tok.head.head
    if tok.head is tok or verb is tok.head or verb.pos_ not in ("VERB", "AUX"):
        return False
    verb = _charging_verb(verb)
    charged = [_phrase_span(c) for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass") and _chargeable(c)]
    by = [s for c in verb.children if c.dep_ == "agent" for s in _pobj_spans(c)]
    by += [_phrase_span(c) for c in verb.children if c.dep_ == "nsubj"]
    if not charged or (fr.targets == charged and fr.sources == by):
        return False
    fr.targets = charged
    fr.sources = by or fr.sources
    return True


CHARGING_STEPS = 4


def _charging_verb(verb: Token) -> Token:
    """bail-on-a-charge: the verb whose party is charged, when the nearest one only sets bail on the
    charge ("arraigned Tuesday with *bond set* at $5,000 on a charge of theft": who was arraigned), else
    the nearest."""
    if any(c.dep_ in ("dobj", "obj", "nsubjpass") and _chargeable(c) for c in verb.children):
        return verb
    t = verb
    for _ in range(CHARGING_STEPS):
        if t.dep_ not in ("acl", "pcomp", "pobj", "prep", "advcl") or t.head is t:
            break
        t = t.head
        if t.pos_ in ("VERB", "AUX") and any(c.dep_ in ("dobj", "obj", "nsubjpass") and _chargeable(c) for c in t.children):
            return t
    return verb


def _chargeable(tok: Token) -> bool:
    """An object that can be charged: not a common noun naming no party ('bond', 'bail')."""
    return tok.pos_ != "NOUN" or is_actor_like(tok)


PARTY_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def _names_a_party(d: Document, head: Token) -> bool:
    """A phrase head that names a party: a resolved actor, a named person or organisation, or a
    personal pronoun ("he", "they"; not "it" or "this")."""
    if d.slots.actor_at and head.i in d.slots.actor_at:
        return True
    if head.ent_type_ in PARTY_LABELS:
        return True
    return head.pos_ == "PRON" and head.lower_ not in frame_words().non_referring


def characterisation(ctx: SentenceContext, fr: ArgumentFrame) -> bool:
    """"X is a liar": X is the target of the speaker's accusation; nothing else in the clause acts."""
    if ctx.trig.key != PEJORATIVE_KEY:
        return False
    holder = ctx.tok if ctx.tok.pos_ in ("VERB", "AUX") else ctx.tok.head  # "he *lies*"; "he *is* a liar"
    subj = next((c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or not _names_a_party(ctx.d, subj):
        fr.drop = True
        return True
    fr.sources = []
    fr.targets = [_phrase_span(subj)]
    return True


def dateline_actor(ctx: SentenceContext, fr: ArgumentFrame) -> bool:
    """"agra: reversing his stand, union leader X demanded ...": a parse that makes the dateline's town
    the clause's subject (or glues it to the subject) names a place, no party; the town is cut off.
    So is the news agency credited in the dateline ("BOSTON, May 14 *(UPI)* — The union accused ...",
    rule ``dateline-credit``): the agency reports the story, it is no party to it."""
    art = ctx.d.article
    dl = art.dateline_span if art is not None else None
    if dl is None or art is None:
        return False
    end = max(dl.end, art.body_start) if art.body_start - dl.end < 40 else dl.end
    if not any(dl.start <= s < end for s, _ in [*fr.sources, *fr.targets]):
        return False
    # the dateline glued to a passive subject is no part of the target either ("DAYTON - A city man was shot")
    fr.sources = _cut_dateline(ctx.d.text, fr.sources, dl.start, end)
    fr.targets = _cut_dateline(ctx.d.text, fr.targets, dl.start, end)
    return True


def _cut_dateline(text: str, spans: list[CharSpan], start: int, end: int) -> list[CharSpan]:
    kept: list[CharSpan] = []
    for s, e in spans:
        if start <= s < end:
            s = max(end, s)
            while s < e and (text[s].isspace() or text[s] in ":-–—,;"):
                s += 1
        if s < e:
            kept.append((s, e))
    return kept


def _clause_subject_up(verb: Token) -> CharSpan | None:
    """The subject of a verb, or of the clause it continues: a subjectless participle adjunct, an
    infinitive or a conjunct takes its governing verb's ("gathered …, *chanting* slogans"), as does one after an
    adjunct preposition ("he fell ill *after having left* a message", adjunct-participle)."""
    for _ in range(4):
        subj = _subject_span(verb)
        if subj is not None:
            return subj
        if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head.pos_ in ("VERB", "AUX"):
            verb = verb.head.head  # adjunct-participle: "suffered a stroke *after having left* a message"
            continue
        if verb.dep_ not in ("advcl", "xcomp", "conj") or verb.head.i == verb.i or verb.head.pos_ not in ("VERB", "AUX"):
            return None
        verb = verb.head
    return None


def _participle_host(tok: Token, words: FrameWords) -> Token | None:
    """The verb whose subject speaks a subjectless participle trigger: after an adjunct preposition
    ("said *after meeting* X"), or on a message noun that verb took ("wrote a letter *asking* …",
    "chanted slogans *that urged* …")."""
    if tok.dep_ == "pcomp" and tok.head.lower_ in words.adjunct_preps and tok.head.head.pos_ in ("VERB", "AUX"):
        return tok.head.head
    acl = tok.dep_ == "acl" and tok.tag_ == "VBG"
    relative = tok.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.lower_ in ("that", "which") for c in tok.children)
    if not (acl or relative):
        return None
    noun = tok.head
    if noun.lemma_.lower() not in words.message_nouns or noun.dep_ not in ("dobj", "obj") or noun.head.pos_ not in ("VERB", "AUX"):
        return None
    if noun.head.lemma_.lower() not in words.message_verbs:
        return None  # "the court will hear petitions seeking …": the one who receives a message did not send it
    return noun.head


def participle_speaker(ctx: SentenceContext, fr: ArgumentFrame) -> bool:
    """participle-speaker: a verbal trigger told as a subjectless participle ("Obama said *after meeting*
    Putin", "wrote a letter *asking* the department to investigate", "waved placards *demanding* the
    resignation") is by the subject of the clause it hangs on."""
    tok = ctx.tok
    relative = all(ctx.d.text[s:e].lower() in ("that", "which") for s, e in fr.sources)
    if not relative or ctx.trig.is_noun or ctx.trig.type not in VERBAL or tok.tag_ not in ("VBG", "VBD"):
        return False
    if tok.tag_ == "VBD" and tok.dep_ != "relcl":
        return False
    host = _participle_host(tok, frame_words())
    subj = _clause_subject_up(host) if host is not None else None
    if subj is None:
        return False
    fr.sources = [subj]
    return True


def means_gerund(ctx: SentenceContext, fr: ArgumentFrame) -> bool:
    """means-gerund: a subjectless gerund trigger after one of ``means_preps`` ("police responded *by
    firing* tear gas at the marchers", "the army retaliated *by shelling* rebel positions") or, for an act
    that is not a statement (statements are participle-speaker's), after one of ``adjunct_preps`` ("the
    gunmen fled *after shooting* two guards") is done by the subject of the verb it hangs on. A passive
    main verb's "by" phrase names its agent, not a means ("were hurt by falling debris"), so it is no host,
    nor is "have" or "be" ("Congress has three ways …: *by filing* a lawsuit" lists means, no deed); a
    passive gerund ("after being shot") is undergone, not done."""
    tok = ctx.tok
    if fr.sources or ctx.trig.is_noun or tok.tag_ != "VBG" or tok.dep_ != "pcomp":
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "auxpass") for c in tok.children):
        return False
    prep, words = tok.head, frame_words()
    if prep.dep_ != "prep" or prep.head.pos_ not in ("VERB", "AUX"):
        return False
    means = prep.lower_ in words.means_preps
    if not means and (prep.lower_ not in words.adjunct_preps or ctx.trig.type in VERBAL):
        return False
    gov = prep.head
    if gov.lemma_.lower() in ("have", "be"):
        return False  # "Congress has three ways to …: by filing a lawsuit": the ways, not a deed of the subject
    if means and any(c.dep_ in ("nsubjpass", "auxpass") for c in gov.children):
        return False
    subj = _clause_subject_up(gov)
    if subj is None:
        return False
    fr.sources = [subj]
    fr.targets = [t for t in fr.targets if t != subj]
    return True


ArgumentRule = Callable[[SentenceContext, ArgumentFrame], bool]
ARGUMENT_RULES: tuple[tuple[str, ArgumentRule], ...] = (
    ("deontic-demand", deontic_demand),
    ("continued-event", continued_event),
    ("accusation-content", accusation_content),
    ("blamed-doer", blamed_doer),
    ("accused-before-of", accused_before_of),
    ("alleged-subject", alleged_subject),
    ("of-object", of_object),
    ("charge-against", charge_against),
    ("participant-modifier", participant_modifier),
    ("idiom-object", idiom_object),
    ("key-noun-object", key_noun_object),
    ("object-control", object_control),
    ("requested-content", requested_content),
    ("verb-addressee", verb_addressee),
    ("said-and-accused", said_and_accused),
    ("reported-pronoun", reported_pronoun),
    ("headline-passive", headline_passive),
    ("gapped-passive", gapped_passive),
    ("reduced-relative", reduced_relative),
    ("objectless-legal-step", objectless_legal_step),
    ("headline-locative", headline_locative),
    ("observer", observer),
    ("modifier-actors", modifier_actors),
    ("anti-target", anti_target),
    ("refused-permission", refused_permission),
    ("intent-subject", intent_subject),
    ("for-gerund-party", for_gerund_party),
    ("noun-root-subject", noun_root_subject),
    ("participle-speaker", participle_speaker),
    ("means-gerund", means_gerund),
    ("relative-agents", relative_agents),
    ("between-parties", between_parties),
    ("meeting-attendee", meeting_attendee),
    ("meeting-of", meeting_of),
    ("on-light-verb", on_light_verb),
    ("realised-participle", realised_participle),
    ("gathered-at", gathered_at),
    ("in-protest", in_protest),
    ("key-preposition", key_preposition),
    ("weak-trigger", weak_trigger),
    ("resistance-from", resistance_from),
    ("received-from", received_from),
    ("instrument-actors", instrument_actors),
    ("instrument-targets", instrument_targets),
    ("town-modifier", town_modifier),
    ("place-target", place_target),
    ("charged-party", charged_party),
    ("casualty-of-event", casualty_of_event),
    ("casualty-agent", casualty_agent),
    ("dateline-actor", dateline_actor),
    ("characterisation", characterisation),
)


def argument_frame(ctx: SentenceContext) -> ArgumentFrame:
    """The trigger's argument frame: the first reading corrected by ``ARGUMENT_RULES`` in order (stops
    when a rule drops the trigger)."""
    srcs, tgts, reciprocal = arguments(ctx.sent, ctx.tok)
    fr = ArgumentFrame(sources=srcs, targets=tgts, reciprocal=reciprocal)
    for name, rule in ARGUMENT_RULES:
        if rule(ctx, fr):
            fr.fired.append(name)
        if fr.drop:
            break
    return fr


def frame_reason(fr: ArgumentFrame) -> str | None:
    """Why the frame has no actor, or why its actor is not the event's, if the rules said so."""
    if fr.involvement_only:
        return f"not an event by {fr.denied_by!r}: their involvement is negated" if fr.denied_by else "involvement negated"
    if fr.instruments and not fr.sources:
        return f"{', '.join(repr(x) for x in fr.instruments)}: a weapon or cause, not an actor; who is responsible is not stated"
    if fr.located_by and not fr.sources:
        return f"{fr.located_by!r} is where it happened, not an actor; who is responsible is not stated"
    if fr.observed_by and not fr.sources:
        return f"{fr.observed_by!r} observed or judged it, not an actor; who is responsible is not stated"
    return None
