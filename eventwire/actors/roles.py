"""Event-argument roles from the dependency parse: who did it (sources) and to whom (targets).

:func:`event_arguments` takes a trigger token (a verb such as "attacked" or an event noun such as
"talks") and returns the maximal noun phrases of its source and target arguments, as character
offsets ``(start, end)`` into the document text (the original article offsets in the pipeline):

- active verbs: ``nsubj`` → source; ``dobj`` → target, unless the object is an event noun
  ("launched *an assault on X*", "held *talks with X*"), in which case the object of its preposition
  is the target; prepositional objects of the verb ("attacks *on X*", "support *to X*") otherwise;
- passives: ``nsubjpass`` → target, the agent ("killed *by X*") → source;
- subjects and objects are shared along ``conj``/``xcomp`` chains ("X will meet and *hold talks with Y*");
- coordinated subjects ("the UK and France") are returned as separate spans; coordinated objects stay
  one phrase, as event-coded corpora mark them;
- ``reciprocal`` is true for meeting/negotiation triggers ("met", "held talks with", "hosted"):
  both sides are then participants rather than source and target.

Spans are subtrees trimmed of punctuation at the edges and of non-restrictive relative clauses
(", which …"). :func:`main_trigger` picks the verb heading a sentence's event (the root, or the
clause under a reporting verb: "X attacked Y, *a monitor said*"); callers may pass their own trigger.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal, NamedTuple

from spacy.tokens import Doc, Span, Token

from ..lexicons import LiveSet
from ..syntax import is_time, phrase_tokens, spaced_dash, verb_subjects
from .lexicon import role_nouns


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _lexicon(name: str) -> LiveSet[str]:
    return LiveSet.from_json("actors/arguments.json", name)


CharSpan = tuple[int, int]

# Verbs, nouns and their roles are data (``eventwire/data/actors/arguments.json``, read through the
# lexicon overlay); prepositions, modals and pronouns are grammar and stay here.

REPORTING_LEMMAS = _lexicon("reporting_lemmas")
# Further verbs whose pronoun subject, in a reported clause, stands for the reporter ("X denied it …").
REPORTED_CLAIM_LEMMAS = REPORTING_LEMMAS | _lexicon("reported_claim_verbs")
DEMAND_MODALS = _words("must should")
PRONOUNS = _words("he she it they him her them we us i")
RECIPROCAL_VERBS = _lexicon("reciprocal_verbs")
# Verbs whose coordinated subject acts jointly ("Canada and Costa Rica *agreed* ...").
JOINT_VERBS = RECIPROCAL_VERBS | _lexicon("joint_verbs")
# Verbs that make an event noun object happen ("*held* talks with X"), as opposed to "refused talks".
SUPPORT_VERBS = _lexicon("support_verbs")
RECIPROCAL_NOUNS = _lexicon("reciprocal_nouns")
# Prepositions whose object is the target of a verb or event noun.
TARGET_PREPS = _words("on against with to for at into toward towards upon")
# Objects that carry the event rather than name its target: the target is the object of their
# preposition ("launched an assault *on X*", "held talks *with X*", "provided training *to X*").
EVENT_NOUNS = _lexicon("event_nouns")
# Event nouns that are never themselves the target (if no preposition names one, look further).
LIGHT_OBJECTS = _lexicon("light_objects")
# Prepositions under a non-actor object whose actor-like object is the real target
# ("an extradition request *for X*", "legal action *against X*", "a ceasefire *with X*").
OBJECT_PREPS = _words("on against with to for at into toward towards upon from by")
# Attitude nouns: "expressed *concern about X*", "voiced *hope that* ...": the target is what it is about.
STANCE_NOUNS = _lexicon("stance_nouns")
STANCE_PREPS = _words("about over regarding for at with on of toward towards in against")
EVENT_PREPS = TARGET_PREPS | {"of"}
VERB_PREPS = _words("to against on upon toward towards into")
# Verbs that move a thing to someone: the recipient ("to X") is the target, not the thing.
TRANSFER_VERBS = _lexicon("transfer_verbs")
RECIPIENT_PREPS = _words("to from toward towards")
# Attack nouns whose "of" object is the target ("bombardment *of X*", "siege *of X*").
ATTACK_NOUNS = _lexicon("attack_nouns")
ATTACK_PREPS = _words("on against at in")
# Commitment nouns whose clause names the target ("its commitment *to support X*").
INTENT_NOUNS = _lexicon("intent_nouns")
# Attitudes addressed to someone ("condolences *to X*").
ADDRESSED_NOUNS = _lexicon("addressed_nouns")
# Event nouns whose possessor undergoes them ("*his* arrest", "*the victim's* murder").
UNDERGONE_NOUNS = _lexicon("undergone_nouns")
# What a party said or decided ("claims", "ruling", "plea"): its owner is the target.
OWNED_NOUNS = _lexicon("owned_nouns")
# "placed *under arrest*", "taken *into custody*": who is put under the event noun undergoes it.
PLACEMENT_VERBS = _lexicon("placement_verbs")
PLACEMENT_PREPS = _words("under into in")
# Rule ``headline-passive``: headlines drop "was" ("Guard *shot* outside bank"): such a verb is passive.
HEADLINE_PASSIVE_VERBS = _lexicon("headline_passive_verbs")
OBJECT_DEPS = frozenset({"dobj", "obj", "dative", "attr", "oprd"})
ACTOR_ENTS = frozenset({"PERSON", "NORP", "ORG", "GPE"})



class Arguments(NamedTuple):
    """Who did it (``sources``) and to whom (``targets``), as character spans."""

    sources: list[CharSpan]
    targets: list[CharSpan]
    reciprocal: bool


def _sent_of(sent_or_doc: Doc | Span, trigger: Token) -> Span:
    return trigger.sent if isinstance(sent_or_doc, Doc) else sent_or_doc


def _char_span(doc: Doc, rng: tuple[int, int]) -> CharSpan:
    first, last = doc[rng[0]], doc[rng[1] - 1]
    return first.idx, last.idx + len(last.text)


def _conjuncts(token: Token) -> list[Token]:
    out = [token]
    for c in token.conjuncts:
        if c.i > token.i and c.dep_ == "conj":
            out.append(c)
    return out


def is_actor_like(token: Token) -> bool:
    """Does this noun look like an actor (a named entity, a pronoun or a role noun)?"""
    if token.pos_ == "PRON":
        return token.lower_ not in ("it", "this", "that", "what", "which", "something", "nothing")
    if token.ent_type_ in ACTOR_ENTS:
        return True
    if token.pos_ == "PROPN":
        return True
    roles = role_nouns()
    return token.lemma_.lower() in roles or token.lower_ in roles


def _event_noun(token: Token) -> bool:
    return token.lemma_.lower() in EVENT_NOUNS or token.lower_ in EVENT_NOUNS


def _prep_objects(token: Token, preps: frozenset[str] = TARGET_PREPS, after_only: bool = True) -> list[Token]:
    """Objects of the target-marking prepositions under ``token`` ("attack *on X*", "talks *with X*")."""
    out: list[Token] = []
    for child in token.children:
        if after_only and child.i < token.i:
            continue
        if child.dep_ in ("prep", "dative") and child.lower_ in preps:
            out.extend(g for g in child.children if g.dep_ == "pobj" and not is_time(g) and not _office_sought(child, g))
    return out


def _office_sought(prep: Token, obj: Token) -> bool:
    """Rule ``office-sought``: "Trump's campaign *for president*", "her bid for governor", "ran for mayor": a bare
    singular role noun after "for" (no determiner, possessor or name) is the office sought, not a party."""
    if prep.lower_ != "for" or obj.pos_ != "NOUN" or obj.tag_ != "NN" or not is_actor_like(obj):
        return False
    return not any(c.dep_ in ("det", "poss", "compound", "nummod", "appos", "conj") for c in obj.children)


def _object_head(obj: Token) -> Token | None:
    """The noun an object dependency stands for ("to X" as a dative → X)."""
    if obj.pos_ == "ADP":
        pobjs = [g for g in obj.children if g.dep_ == "pobj"]
        return pobjs[0] if pobjs else None
    if is_time(obj):
        return None
    return obj


def _verb_chain(trigger: Token) -> list[Token]:
    """The trigger and the verbs it heads or shares arguments with (conj, xcomp)."""
    chain = [trigger]
    for child in trigger.children:
        if child.dep_ in ("xcomp", "conj") and child.pos_ in ("VERB", "AUX"):
            chain.append(child)
            chain.extend(g for g in child.children if g.dep_ == "xcomp" and g.pos_ == "VERB")
    return chain


def _clausal_targets(token: Token) -> list[Token]:
    """Objects of a participial or infinitival clause under ``token``:
    "a raid *targeting X*", "a statement *calling on X*", "an appeal *to help X*"."""
    for child in token.children:
        if child.i < token.i or child.pos_ != "VERB":
            continue
        if child.dep_ in ("acl", "advcl", "xcomp", "relcl") and (
            child.tag_ in ("VBG", "VB") or child.dep_ == "xcomp"
        ):
            objs = [h for c in child.children if c.dep_ in OBJECT_DEPS for h in [_object_head(c)] if h]
            if objs:
                return objs
            preps = _prep_objects(child, frozenset({"on", "upon", "against"}))
            if preps:
                return preps
    return []


def _stance_target(verb: Token, noun: Token) -> list[Token]:
    """What an attitude is addressed to or about: "condolences *to X*", "concern *about X*",
    "pessimism about bringing *X* …", "hope that *X* will …"."""
    to = _prep_objects(noun, frozenset({"to"})) or _prep_objects(verb, frozenset({"to"}))
    if to and noun.lemma_.lower() in ADDRESSED_NOUNS:
        return to[:1]
    for holder in (noun, verb):
        for child in holder.children:
            if child.i < holder.i:
                continue
            if child.dep_ == "prep" and child.lower_ in STANCE_PREPS:
                for g in child.children:
                    if g.dep_ == "pobj" and not is_time(g):
                        return [g]
                    if g.dep_ == "pcomp":
                        objs = [h for c in g.children if c.dep_ in OBJECT_DEPS for h in [_object_head(c)] if h]
                        if objs:
                            return objs[:1]
            if child.dep_ in ("acl", "ccomp") and holder is noun:
                subs = [c for c in child.children if c.dep_ in ("nsubj", "nsubjpass")]
                if subs:
                    return subs[:1]
    return []


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def _direct_objects(verb: Token) -> list[Token]:
    """Heads of the verb's object dependencies (not predicate nominals), datives resolved."""
    return [h for c in verb.children if c.dep_ in OBJECT_DEPS and c.dep_ != "attr" for h in [_object_head(c)] if h]


def _supports_reciprocal(verb: Token, obj: Token) -> bool:
    """ "*held talks* with X": a support verb making a meeting noun happen."""
    in_nouns = _lemma(obj) in RECIPROCAL_NOUNS or obj.lower_ in RECIPROCAL_NOUNS
    return in_nouns and _lemma(verb) in SUPPORT_VERBS


# The rules below say what an object of a verb tells about the target. Each returns the target heads,
# "skip" (the object names none: look at the verb's next object) or None (no verdict: the next rule
# applies); see _OBJECT_RULES.
Verdict = list[Token] | Literal["skip"] | None


def _stance_rule(verb: Token, obj: Token) -> Verdict:
    """ "expressed *concern about X*": what the attitude is about, else the next object."""
    if _lemma(obj) not in STANCE_NOUNS:
        return None
    return _stance_target(verb, obj) or "skip"


def _responsibility_rule(verb: Token, obj: Token) -> Verdict:
    """ "claimed responsibility *for the attack on X*": X (or what was claimed)."""
    if _lemma(obj) != "responsibility":
        return None
    claimed = _prep_objects(obj, frozenset({"for"})) or _prep_objects(verb, frozenset({"for"}))
    if not claimed:
        return None
    deeper = _prep_objects(claimed[0], ATTACK_PREPS) if _event_noun(claimed[0]) else []
    return deeper[:1] or claimed[:1]


def _owner_rule(verb: Token, obj: Token) -> Verdict:
    """Rule ``owner-of-claim``: "denies *US* claims", "overruled *a judge's* decision", "rejected the bail
    plea *of X*": the party whose claim, decision or plea it is (a named or role owner; not a pronoun)."""
    if _lemma(obj) not in OWNED_NOUNS:
        return None
    owners = [c for c in obj.children if c.dep_ == "poss" and c.pos_ != "PRON"]
    owners += [c for c in obj.children if c.dep_ == "compound" and (c.ent_type_ in ACTOR_ENTS or c.pos_ == "PROPN")]
    owners += [t for t in _prep_objects(obj, frozenset({"of", "by"})) if is_actor_like(t) and t.pos_ != "PRON"]
    return owners[:1] or None


def _actor_rule(verb: Token, obj: Token) -> Verdict:
    """ "attacked *the police*": an actor-like object is the target."""
    return [obj] if is_actor_like(obj) else None


def _recipient_rule(verb: Token, obj: Token) -> Verdict:
    """ "sent aid *to X*": the recipient of a transfer."""
    if _lemma(verb) not in TRANSFER_VERBS:
        return None
    return _prep_objects(verb, RECIPIENT_PREPS) or _prep_objects(obj, RECIPIENT_PREPS) or None


def _actor_prep_rule(verb: Token, obj: Token) -> Verdict:
    """ "an extradition request *for X*", "pressed charges *against X*": an actor-like prepositional object."""
    actorish = [t for t in _prep_objects(obj, OBJECT_PREPS) if is_actor_like(t)]
    actorish = actorish or [t for t in _prep_objects(verb, VERB_PREPS) if is_actor_like(t)]
    return actorish or None


def _event_object_rule(verb: Token, obj: Token) -> Verdict:
    """ "launched *an assault on X*", "its commitment *to support X*": the event noun's own target; a
    light object with none is skipped."""
    lemma = _lemma(obj)
    if not (_event_noun(obj) or lemma in INTENT_NOUNS):
        return None
    preps = EVENT_PREPS if lemma in ATTACK_NOUNS else TARGET_PREPS
    inner = _prep_objects(obj, preps) or _prep_objects(verb) or _clausal_targets(obj)
    inner = inner or _clausal_targets(verb)
    if inner:
        return inner
    return "skip" if lemma in LIGHT_OBJECTS else None


def _object_itself_rule(verb: Token, obj: Token) -> Verdict:
    """Otherwise the object itself is the target."""
    return [obj]


# In order: the first rule with a verdict decides.
_OBJECT_RULES: tuple[Callable[[Token, Token], Verdict], ...] = (
    _stance_rule,
    _responsibility_rule,
    _owner_rule,
    _actor_rule,
    _recipient_rule,
    _actor_prep_rule,
    _event_object_rule,
    _object_itself_rule,
)


def object_target(verb: Token, obj: Token) -> list[Token] | None:
    """Target heads named by the object ``obj`` of ``verb``, or None when it names none (the verb's next
    object is tried)."""
    for rule in _OBJECT_RULES:
        found = rule(verb, obj)
        if found is not None:
            return None if isinstance(found, str) else found
    return None


def _acomp_target(verb: Token) -> list[Token]:
    """ "X is skeptical *about Y*", "X is pessimistic *over Y*"."""
    for c in verb.children:
        if c.dep_ == "acomp":
            about = _prep_objects(c, STANCE_PREPS)
            if about:
                return about[:1]
    return []


def _with_reciprocal_verb(verb: Token) -> bool:
    """ "met *with* X": a reciprocal verb with a "with" phrase."""
    with_prep = any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children)
    return with_prep and _lemma(verb) in RECIPROCAL_VERBS


def _targets_for_verb(verbs: list[Token]) -> tuple[list[Token], bool]:
    """Target heads for a verb chain and whether an event noun signalled reciprocity.

    Per verb: its objects in order (:func:`object_target`), then its target-marking prepositional
    objects ("attacks *on X*"), then a predicate adjective's ("skeptical *about X*")."""
    reciprocal = False
    for v in verbs:
        for obj in _direct_objects(v):
            reciprocal = reciprocal or _supports_reciprocal(v, obj)
            found = object_target(v, obj)
            if found is not None:
                return found, reciprocal
        outer = _prep_objects(v)
        if outer:
            return outer, reciprocal or _with_reciprocal_verb(v)
        about = _acomp_target(v)
        if about:
            return about, reciprocal
        called = _for_clause_subject(v)
        if called:
            return called, reciprocal
    return [], reciprocal


def _for_clause_subject(verb: Token) -> list[Token]:
    """Rule ``for-clause``: "calling *for the council to resign*", "pressed for the prisoners to be freed",
    "reiterated calls *for Israel to hand over* the maps" (an event noun's clause as well): the subject of a
    "for … to" clause is whom the call is about."""
    for c in verb.children:
        if c.dep_ in ("advcl", "ccomp", "xcomp") and c.i > verb.i and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children):
            subs = [g for g in c.children if g.dep_ in ("nsubj", "nsubjpass") and not is_time(g)]
            if subs:
                return subs[:1]
    return []


def _demanded(clause: Token) -> Token | None:
    """The subject of a reported obligation ("… that *the government* must ensure security")."""
    if not any(c.dep_ == "aux" and c.lower_ in DEMAND_MODALS for c in clause.children):
        return None
    subs = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    return subs[0] if subs else None


def _resolve_reported_pronoun(trigger: Token, rng: tuple[int, int]) -> tuple[int, int]:
    """ "X said *it* would …": a pronoun subject of a reported clause stands for the reporter X."""
    doc = trigger.doc
    if rng[1] - rng[0] != 1 or doc[rng[0]].lower_ not in PRONOUNS:
        return rng
    head = trigger
    hops = 0
    while head.dep_ in ("ccomp", "xcomp", "conj") and head.head.i != head.i and hops < 3:
        head = head.head
        hops += 1
        if head.lemma_.lower() in REPORTED_CLAIM_LEMMAS:
            subs = [c for c in head.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]
            if subs:
                return phrase_tokens(subs[0], cut_preps=False)
    return rng


TokenRange = tuple[int, int]
ArgumentTokens = tuple[list[TokenRange], list[TokenRange], bool]


def _placement(trigger: Token) -> ArgumentTokens | None:
    """Rule ``placement``: "five men were placed *under arrest*", "police took him into custody": the
    placement verb's object or passive subject undergoes the event noun; its subject or "by" agent acts."""
    prep = trigger.head
    verb = prep.head
    if trigger.dep_ != "pobj" or prep.lower_ not in PLACEMENT_PREPS or _lemma(verb) not in PLACEMENT_VERBS:
        return None
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    undergoers = [c for c in verb.children if c.dep_ in ("nsubjpass", "dobj", "obj") and c.i != trigger.i]
    if not undergoers:
        return None
    agents = _agents([verb]) + [phrase_tokens(c) for c in verb.children if c.dep_ == "nsubj"]
    return agents, [phrase_tokens(u) for u in undergoers], False


def _noun_trigger_arguments(trigger: Token, split_subject_conj: bool) -> ArgumentTokens:
    """Event noun: "the attack by X on Y", "X's attack on Y", "X launched talks with Y"; the possessor of
    a noun it undergoes is its target (rule ``undergone-possessor``: "*his* arrest", "*X's* murder")."""
    sources: list[TokenRange] = []
    undergone = _lemma(trigger) in UNDERGONE_NOUNS or trigger.lower_ in UNDERGONE_NOUNS
    possessors: list[TokenRange] = []
    for child in trigger.children:
        if child.dep_ == "poss":
            (possessors if undergone else sources).append(phrase_tokens(child))
        elif child.dep_ == "prep" and child.lower_ == "by":
            sources.extend(phrase_tokens(g) for g in child.children if g.dep_ == "pobj")
    targets = possessors + [phrase_tokens(t) for t in _prep_objects(trigger)]
    if not targets:
        targets = _support_verb_partners(trigger) or [phrase_tokens(t) for t in _for_clause_subject(trigger)]
    if not targets:
        targets = [phrase_tokens(t) for t in _aimed_participle_targets(trigger)]
    placed = _placement(trigger)
    if placed is not None and not targets:
        return placed
    if not sources and trigger.dep_ in OBJECT_DEPS and not possessors:
        subs, passive = verb_subjects([trigger.head])
        if not passive:
            sources.extend(phrase_tokens(s, split_subject_conj) for s in subs)
    reciprocal = _lemma(trigger) in RECIPROCAL_NOUNS or trigger.lower_ in RECIPROCAL_NOUNS
    return sources, targets, reciprocal


AIMED_PREPS = _words("at against on upon toward towards")


def _aimed_participle_targets(trigger: Token) -> list[Token]:
    """Rule ``aimed-participle``: "an insult *aimed at* Cruz", "criticism directed at the mayor", "threats made
    against the judge": a past participle after an event noun with no target of its own points it at the
    party its "at" / "against" / "on" phrase names."""
    for child in trigger.children:
        if child.dep_ == "acl" and child.tag_ == "VBN" and child.i > trigger.i:
            found = [t for t in _prep_objects(child, AIMED_PREPS) if is_actor_like(t)]
            if found:
                return found
    return []


def _support_verb_partners(trigger: Token) -> list[TokenRange]:
    """Rule ``support-verb-partner``: "held a joint meeting in the morning *with X*", "held meetings in the
    fall of 2013 *with X*": a meeting noun (``reciprocal_nouns``) that is the object of a support verb
    (``support_verbs``), its 'with' phrase parsed onto the verb after a time or place phrase, meets the
    'with' object."""
    if not (_lemma(trigger) in RECIPROCAL_NOUNS or trigger.lower_ in RECIPROCAL_NOUNS):
        return []
    verb = trigger.head
    if trigger.dep_ not in ("dobj", "obj") or verb.i == trigger.i or _lemma(verb) not in SUPPORT_VERBS:
        return []
    return [phrase_tokens(g) for g in _prep_objects(verb, frozenset({"with"})) if g.i > trigger.i]


def _demand_arguments(trigger: Token) -> ArgumentTokens | None:
    """ "X said *the government* must …": the reporter demands something of the obliged subject."""
    if _lemma(trigger) not in REPORTING_LEMMAS:
        return None
    demanded = [d for c in trigger.children if c.dep_ == "ccomp" for d in [_demanded(c)] if d is not None]
    subs = [c for c in trigger.children if c.dep_ == "nsubj"]
    if demanded and subs:
        return [phrase_tokens(subs[0], cut_preps=False)], [phrase_tokens(demanded[0])], False
    return None


def _agents(chain: list[Token]) -> list[TokenRange]:
    """The "by" agents of passive verbs ("killed *by X*")."""
    return [
        phrase_tokens(g)
        for v in chain
        for child in v.children
        if child.dep_ == "agent"
        for g in child.children
        if g.dep_ == "pobj"
    ]


def _joint_subject(trigger: Token, subs: list[Token], objs: list[Token]) -> bool:
    """ "Canada and Costa Rica agreed to …": one coordinated subject of a joint verb (or of a verb with
    no target) is one reciprocal participant phrase."""
    coordinated = len(subs) == 1 and len(_conjuncts(subs[0])) > 1
    return coordinated and (not objs or _lemma(trigger) in JOINT_VERBS)


def _subject_phrases(subs: list[Token], split_subject_conj: bool) -> list[TokenRange]:
    """One phrase per subject, or per conjunct of a coordinated subject when ``split_subject_conj``."""
    return [
        phrase_tokens(h, split_subject_conj, cut_preps=False)
        for s in subs
        for h in (_conjuncts(s) if split_subject_conj else [s])
    ]


def _past_dateline(sub: Token) -> Token:
    """Rule ``dateline-subject``: "ISLAMABAD, Pakistan — Pakistan agreed …" parsed as one subject: the
    phrase after the dateline dash (an apposition or conjunct of the dateline's place) is the subject."""
    doc = sub.doc
    dashes = [k for k in range(sub.i + 1, sub.right_edge.i + 1) if spaced_dash(doc, k)]
    if not dashes:
        return sub
    after = [c for c in sub.children if c.dep_ in ("appos", "conj") and c.i > dashes[-1]]
    return after[-1] if after else sub


def _headline_passive(verb: Token, subs: list[Token]) -> bool:
    """Rule ``headline-passive``: in the article's first sentence, a bare past form of a verb that takes an
    object, with a subject that has no determiner (nor is a bare plural) and no object, auxiliary, agent or coordinated verb
    ("Springfield man *shot* twice in robbery", "Man *arrested* for drunk driving"), is a headline's
    reduced passive: the subject underwent it."""
    if verb.sent.start != 0 or verb.dep_ != "ROOT" or verb.tag_ not in ("VBD", "VBN") or len(subs) != 1:
        return False
    if _lemma(verb) not in HEADLINE_PASSIVE_VERBS or subs[0].pos_ == "PRON":
        return False
    blockers = ("aux", "auxpass", "dobj", "obj", "agent", "conj", "ccomp", "xcomp", "dative")
    if any(c.dep_ in blockers for c in verb.children):
        return False
    sub = subs[0]
    if any(c.dep_ in ("det", "poss") for c in sub.children):
        return False
    # a bare plural is ordinary prose ("Rebels attacked at dawn"); a bare singular or a counted plural is not
    return sub.tag_ not in ("NNS", "NNPS") or any(c.dep_ == "nummod" for c in sub.children)


def _raised_object(verb: Token) -> list[Token]:
    """Rule ``stranded-preposition``: "leaders met *with* and prayed over Trump", "he spoke *to* and thanked the
    nurses": a target preposition left without its object before a conjoined verb shares that verb's object
    (its direct object, else the object of its first preposition)."""
    stranded = any(c.dep_ == "prep" and c.lower_ in TARGET_PREPS and not any(g.dep_ == "pobj" for g in c.children) for c in verb.children)
    if not stranded:
        return []
    for conj in verb.children:
        if conj.dep_ != "conj" or conj.pos_ != "VERB" or conj.i < verb.i:
            continue
        objs = _direct_objects(conj)
        if objs:
            return objs[:1]
        preps = [c for c in conj.children if c.dep_ == "prep" and c.i > conj.i]
        for prep in preps[:1]:
            found = [g for g in prep.children if g.dep_ == "pobj" and not is_time(g)]
            if found:
                return found
    return []


def _participle_modifier(verb: Token) -> bool:
    """A past participle modifying a noun after it ("the guard *shot* at the gate")."""
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in ("NOUN", "PROPN") and verb.head.i < verb.i


def _verb_arguments(trigger: Token, split_subject_conj: bool) -> ArgumentTokens:
    """Verb trigger: subjects are sources and :func:`_targets_for_verb` gives the targets; in the
    passive, the subject is the target and the "by" agent the source."""
    chain = _verb_chain(trigger)
    subs, passive = verb_subjects(chain)
    subs = [_past_dateline(s) for s in subs]
    passive = passive or _headline_passive(trigger, subs)
    if not subs and _participle_modifier(trigger):
        # rule ``participle-modifier``: "a teacher *stabbed* outside the gym": the noun underwent it
        start, end = phrase_tokens(trigger.head)
        return _agents(chain), [(start, min(end, trigger.i) if start < trigger.i else end)], False
    if passive:
        sources, targets, reciprocal = _agents(chain), [phrase_tokens(s) for s in subs], False
    else:
        objs, reciprocal = _targets_for_verb(chain)
        objs = _raised_object(trigger) or objs
        if _joint_subject(trigger, subs, objs):
            return [phrase_tokens(subs[0], False, cut_preps=False)], [], True
        sources, targets = _subject_phrases(subs, split_subject_conj), [phrase_tokens(o) for o in objs]
    reciprocal = (reciprocal or _lemma(trigger) in RECIPROCAL_VERBS) and bool(targets)
    return [_resolve_reported_pronoun(trigger, r) for r in sources], targets, reciprocal


def event_argument_tokens(
    sent_or_doc: Doc | Span, trigger: Token, split_subject_conj: bool = True
) -> ArgumentTokens:
    """Like :func:`event_arguments`, in token ranges ``[start, end)`` of the doc."""
    if trigger.pos_ in ("NOUN", "PROPN"):
        return _noun_trigger_arguments(trigger, split_subject_conj)
    demand = _demand_arguments(trigger)
    if demand is not None:
        return demand
    return _verb_arguments(trigger, split_subject_conj)


def event_arguments(sent_or_doc: Doc | Span, trigger: Token, split_subject_conj: bool = True) -> Arguments:
    """Sources, targets and reciprocity for ``trigger`` as character spans of the doc's text.

    ``sent_or_doc`` is the sentence (or the whole doc: the trigger's sentence is used).
    """
    doc = trigger.doc
    _sent_of(sent_or_doc, trigger)
    src, tgt, rec = event_argument_tokens(sent_or_doc, trigger, split_subject_conj)
    return Arguments([_char_span(doc, r) for r in src], [_char_span(doc, r) for r in tgt], rec)


def main_trigger(sent: Span) -> Token | None:
    """The verb heading the sentence's event: the root, or the clause a reporting verb governs."""
    root = sent.root
    if root.lemma_.lower() in REPORTING_LEMMAS:
        for child in root.children:
            if child.dep_ in ("ccomp", "xcomp") and child.pos_ in ("VERB", "AUX"):
                if _demanded(child) is not None:
                    return root  # "X said Y must …": X's demand is the event
                return child
    if root.lemma_ == "be":
        # "X is willing / ready to withdraw …": the verb under the predicate adjective
        for child in root.children:
            if child.dep_ == "acomp":
                for g in child.children:
                    if g.dep_ == "xcomp" and g.pos_ == "VERB":
                        return g
    if root.pos_ not in ("VERB", "AUX", "NOUN"):
        for child in root.children:
            if child.pos_ == "VERB" and child.dep_ in ("ccomp", "conj", "advcl", "relcl"):
                return child
    return root


TriggerFinder = Callable[[Span], "Token | None"]
