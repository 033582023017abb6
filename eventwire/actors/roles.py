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
from typing import NamedTuple

from spacy.tokens import Doc, Span, Token

from .lexicon import role_nouns


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


CharSpan = tuple[int, int]

REPORTING_LEMMAS = _words(
    "say tell report state add note insist explain write quote believe think accord allege indicate claim"
)
DEMAND_MODALS = _words("must should")
PRONOUNS = _words("he she it they him her them we us i")
RECIPROCAL_VERBS = _words("meet host gather negotiate talk confer consult")
# Verbs whose coordinated subject acts jointly ("Canada and Costa Rica *agreed* ...").
JOINT_VERBS = RECIPROCAL_VERBS | _words("agree sign cooperate conduct stage hold begin start")
# Verbs that make an event noun object happen ("*held* talks with X"), as opposed to "refused talks".
SUPPORT_VERBS = _words("hold have conduct begin start open resume attend make pay host")
RECIPROCAL_NOUNS = _words(
    "talk talks meeting meetings discussion discussions negotiation negotiations summit summits "
    "consultation consultations dialogue conversation conversations visit"
)
# Prepositions whose object is the target of a verb or event noun.
TARGET_PREPS = _words("on against with to for at into toward towards upon")
# Objects that carry the event rather than name its target: the target is the object of their
# preposition ("launched an assault *on X*", "held talks *with X*", "provided training *to X*").
EVENT_NOUNS = _words(
    "attack assault strike airstrike raid offensive operation bombing bombardment shelling fire war "
    "campaign crackdown ban sanction embargo lawsuit suit charge appeal call invitation offer support aid "
    "assistance help training talk talks meeting discussion negotiation visit warning threat ultimatum "
    "protest pressure blow message letter congratulation condolence delegation troop weapon arm "
    "dinner lunch luncheon reception missile rocket shell bomb investigation probe inquiry accusation "
    "allegation border"
)
# Event nouns that are never themselves the target (if no preposition names one, look further).
LIGHT_OBJECTS = _words(
    "attack assault strike airstrike raid offensive operation bombing bombardment shelling fire "
    "talk talks meeting discussion negotiation lawsuit suit training aid assistance help support "
    "dinner lunch luncheon reception weapon arm missile rocket shell bomb troop investigation probe inquiry"
)
# Prepositions under a non-actor object whose actor-like object is the real target
# ("an extradition request *for X*", "legal action *against X*", "a ceasefire *with X*").
OBJECT_PREPS = _words("on against with to for at into toward towards upon from by")
# Attitude nouns: "expressed *concern about X*", "voiced *hope that* ...": the target is what it is about.
STANCE_NOUNS = _words(
    "concern pessimism optimism hope regret satisfaction sympathy solidarity skepticism scepticism doubt "
    "surprise anger outrage dismay disappointment frustration confidence worry fear gratitude appreciation "
    "displeasure alarm unease condolence condolences reservation reservations congratulation congratulations "
    "gratitude thanks apology"
)
STANCE_PREPS = _words("about over regarding for at with on of toward towards in against")
EVENT_PREPS = TARGET_PREPS | {"of"}
VERB_PREPS = _words("to against on upon toward towards into")
# Verbs that move a thing to someone: the recipient ("to X") is the target, not the thing.
TRANSFER_VERBS = _words(
    "give provide send offer deliver supply sell donate grant hand contribute extend pledge lend ship "
    "transfer return withdraw pull evacuate expel allocate donate dispatch deploy"
)
RECIPIENT_PREPS = _words("to from toward towards")
# Attack nouns whose "of" object is the target ("bombardment *of X*", "siege *of X*").
ATTACK_NOUNS = _words(
    "attack assault strike airstrike raid offensive bombing bombardment shelling siege invasion "
    "occupation blockade"
)
ATTACK_PREPS = _words("on against at in")
# Commitment nouns whose clause names the target ("its commitment *to support X*").
INTENT_NOUNS = _words("commitment pledge readiness willingness determination intention plan decision statement")
# Attitudes addressed to someone ("condolences *to X*").
ADDRESSED_NOUNS = _words(
    "condolence condolences congratulation congratulations gratitude sympathy thanks apology solidarity"
)
TIME_WORDS = _words(
    "today yesterday tomorrow tonight now monday tuesday wednesday thursday friday saturday sunday "
    "jan feb mar apr jun jul aug sep sept oct nov dec january february march april may june july august "
    "september october november december"
)
SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
PASSIVE_SUBJECT_DEPS = frozenset({"nsubjpass", "csubjpass"})
OBJECT_DEPS = frozenset({"dobj", "obj", "dative", "attr", "oprd"})
ACTOR_ENTS = frozenset({"PERSON", "NORP", "ORG", "GPE"})



class Arguments(NamedTuple):
    """Who did it (``sources``) and to whom (``targets``), as character spans."""

    sources: list[CharSpan]
    targets: list[CharSpan]
    reciprocal: bool


def _sent_of(sent_or_doc: Doc | Span, trigger: Token) -> Span:
    return trigger.sent if isinstance(sent_or_doc, Doc) else sent_or_doc


def phrase_tokens(head: Token, split_conj: bool = False, cut_preps: bool = True) -> tuple[int, int]:
    """Token range ``[start, end)`` of the maximal noun phrase headed by ``head``.

    Non-restrictive relative clauses (after a comma) and, when ``split_conj`` is set, coordinated
    conjuncts are left out; punctuation and coordinators at the edges are trimmed.
    """
    doc = head.doc
    excluded: set[int] = set()
    for child in head.children:
        if split_conj and child.dep_ in ("conj", "cc", "preconj"):
            excluded.update(t.i for t in child.subtree)
        elif child.i > head.i and (_clause_modifier(child) or _time_prep(child) or (cut_preps and _cut_prep(child))):
            excluded.update(t.i for t in child.subtree)
            prev = doc[child.left_edge.i - 1] if child.left_edge.i > 0 else None
            if prev is not None and prev.text in (",", "(", "-", "–", "—"):
                excluded.add(prev.i)
        elif child.dep_ == "punct" and child.i > head.i and child.text in (",", ";", ":") and split_conj:
            nxt = doc[child.i + 1] if child.i + 1 < len(doc) else None
            if nxt is not None and (nxt.dep_ in ("cc", "conj", "preconj") and nxt.head is head):
                excluded.add(child.i)
    keep = [t.i for t in head.subtree if t.i not in excluded]
    # Contiguous range around the head.
    start = end = head.i
    keep_set = set(keep)
    while start - 1 in keep_set:
        start -= 1
    while end + 1 in keep_set:
        end += 1
    while start < head.i and (doc[start].is_punct or doc[start].is_space or doc[start].dep_ in ("cc", "case", "prep")):
        start += 1
    while end > head.i and (doc[end].is_punct or doc[end].is_space or doc[end].dep_ in ("cc",)):
        # keep a closing bracket when its opener is inside the phrase
        if doc[end].text in (")", "]") and any(doc[k].text in ("(", "[") for k in range(start, end)):
            break
        end -= 1
    return start, end + 1


def _clause_modifier(child: Token) -> bool:
    """A clause after a noun that event-coded corpora leave out of the actor phrase:
    relative clauses ("who had fought …") and infinitival or gerund modifiers ("decision to …")."""
    if child.dep_ == "relcl":
        return True
    if child.dep_ == "acl":
        return child.tag_ in ("VB", "VBG") or any(g.dep_ == "aux" and g.lower_ == "to" for g in child.children)
    return False


KEEP_PREPS = frozenset({"of", "in", "to"})


def _cut_prep(child: Token) -> bool:
    """Prepositional modifiers after the head ("… *near Damascus*", "… *on Tuesday*") are left out,
    except "of" phrases, which usually belong to the name ("head *of the agency*")."""
    if child.dep_ != "prep":
        return False
    return child.lower_ not in KEEP_PREPS


def _time_prep(child: Token) -> bool:
    """ "on Sunday", "in June": a prepositional phrase that only dates the event."""
    return child.dep_ == "prep" and any(_is_time(g) for g in child.children if g.dep_ == "pobj")


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
            out.extend(g for g in child.children if g.dep_ == "pobj" and not _is_time(g))
    return out


def _is_time(token: Token) -> bool:
    """Dates and amounts never name a participant ("on Tuesday", "an appeal for $80 million")."""
    return token.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT", "QUANTITY") or token.lower_ in TIME_WORDS


def _object_head(obj: Token) -> Token | None:
    """The noun an object dependency stands for ("to X" as a dative → X)."""
    if obj.pos_ == "ADP":
        pobjs = [g for g in obj.children if g.dep_ == "pobj"]
        return pobjs[0] if pobjs else None
    if _is_time(obj):
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


def _subject(verbs: list[Token]) -> tuple[list[Token], bool]:
    """(subject heads, passive?) for the first verb that has one, climbing to a governing verb."""
    for v in verbs:
        subs = [c for c in v.children if c.dep_ in SUBJECT_DEPS]
        if subs:
            return subs, False
        psubs = [c for c in v.children if c.dep_ in PASSIVE_SUBJECT_DEPS]
        if psubs:
            return psubs, True
    head = verbs[0]
    # "X wants to attack Y" / "X ..., attacking Y": climb xcomp/conj/advcl to the governing verb.
    hops = 0
    while head.dep_ in ("xcomp", "conj", "advcl", "pcomp", "acomp") and head.head.i != head.i and hops < 4:
        head = head.head
        hops += 1
        subs = [c for c in head.children if c.dep_ in SUBJECT_DEPS]
        if subs:
            return subs, False
    return [], False


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
                    if g.dep_ == "pobj" and not _is_time(g):
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


def _targets_for_verb(verbs: list[Token]) -> tuple[list[Token], bool]:
    """Target heads for a verb chain and whether an event noun signalled reciprocity."""
    reciprocal = False
    for v in verbs:
        objs = [h for c in v.children if c.dep_ in OBJECT_DEPS and c.dep_ != "attr" for h in [_object_head(c)] if h]
        for obj in objs:
            lemma = obj.lemma_.lower()
            if (lemma in RECIPROCAL_NOUNS or obj.lower_ in RECIPROCAL_NOUNS) and v.lemma_.lower() in SUPPORT_VERBS:
                reciprocal = True
            if lemma in STANCE_NOUNS:
                about = _stance_target(v, obj)
                if about:
                    return about, reciprocal
                continue
            if lemma == "responsibility":
                claimed = _prep_objects(obj, frozenset({"for"})) or _prep_objects(v, frozenset({"for"}))
                if claimed:
                    deeper = _prep_objects(claimed[0], ATTACK_PREPS) if _event_noun(claimed[0]) else []
                    return deeper[:1] or claimed[:1], reciprocal
            if is_actor_like(obj):
                return [obj], reciprocal
            if v.lemma_.lower() in TRANSFER_VERBS:
                recipients = _prep_objects(v, RECIPIENT_PREPS) or _prep_objects(obj, RECIPIENT_PREPS)
                if recipients:
                    return recipients, reciprocal
            actorish = [t for t in _prep_objects(obj, OBJECT_PREPS) if is_actor_like(t)]
            actorish = actorish or [t for t in _prep_objects(v, VERB_PREPS) if is_actor_like(t)]
            if actorish:
                return actorish, reciprocal
            if _event_noun(obj) or lemma in INTENT_NOUNS:
                preps = EVENT_PREPS if lemma in ATTACK_NOUNS else TARGET_PREPS
                inner = _prep_objects(obj, preps) or _prep_objects(v) or _clausal_targets(obj)
                inner = inner or _clausal_targets(v)
                if inner:
                    return inner, reciprocal
                if lemma in LIGHT_OBJECTS:
                    continue
            return [obj], reciprocal
        outer = _prep_objects(v)
        if outer:
            if any(c.dep_ == "prep" and c.lower_ == "with" for c in v.children) and (
                v.lemma_.lower() in RECIPROCAL_VERBS
            ):
                reciprocal = True
            return outer, reciprocal
        # "X is skeptical about Y", "X is pessimistic over Y"
        for c in v.children:
            if c.dep_ == "acomp":
                about = _prep_objects(c, STANCE_PREPS)
                if about:
                    return about[:1], reciprocal
    return [], reciprocal


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
        if head.lemma_.lower() in REPORTING_LEMMAS | {"announce", "claim", "confirm", "deny", "warn"}:
            subs = [c for c in head.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]
            if subs:
                return phrase_tokens(subs[0], cut_preps=False)
    return rng


def event_argument_tokens(
    sent_or_doc: Doc | Span, trigger: Token, split_subject_conj: bool = True
) -> tuple[list[tuple[int, int]], list[tuple[int, int]], bool]:
    """Like :func:`event_arguments`, in token ranges ``[start, end)`` of the doc."""
    sources: list[tuple[int, int]] = []
    targets: list[tuple[int, int]] = []
    reciprocal = False
    if trigger.pos_ in ("NOUN", "PROPN"):
        # Event noun: "the attack by X on Y", "X's attack on Y", "talks with Y".
        for child in trigger.children:
            if child.dep_ == "poss":
                sources.append(phrase_tokens(child))
            elif child.dep_ == "prep" and child.lower_ == "by":
                sources.extend(phrase_tokens(g) for g in child.children if g.dep_ == "pobj")
        targets.extend(phrase_tokens(t) for t in _prep_objects(trigger))
        if not sources and trigger.dep_ in OBJECT_DEPS:
            subs, passive = _subject([trigger.head])
            if not passive:
                sources.extend(phrase_tokens(s, split_subject_conj) for s in subs)
        reciprocal = trigger.lemma_.lower() in RECIPROCAL_NOUNS or trigger.lower_ in RECIPROCAL_NOUNS
        return sources, targets, reciprocal

    if trigger.lemma_.lower() in REPORTING_LEMMAS:
        demanded = [d for c in trigger.children if c.dep_ == "ccomp" for d in [_demanded(c)] if d is not None]
        subs = [c for c in trigger.children if c.dep_ == "nsubj"]
        if demanded and subs:
            return [phrase_tokens(subs[0], cut_preps=False)], [phrase_tokens(demanded[0])], False
    chain = _verb_chain(trigger)
    subs, passive = _subject(chain)
    if passive:
        targets.extend(phrase_tokens(s) for s in subs)
        for v in chain:
            for child in v.children:
                if child.dep_ == "agent":
                    sources.extend(phrase_tokens(g) for g in child.children if g.dep_ == "pobj")
    else:
        objs, reciprocal = _targets_for_verb(chain)
        coordinated = len(subs) == 1 and len(_conjuncts(subs[0])) > 1
        if coordinated and (not objs or trigger.lemma_.lower() in JOINT_VERBS):
            # "Canada and Costa Rica agreed to …": one joint, reciprocal participant phrase.
            return [phrase_tokens(subs[0], False, cut_preps=False)], [], True
        for s in subs:
            heads = _conjuncts(s) if split_subject_conj else [s]
            sources.extend(phrase_tokens(h, split_subject_conj, cut_preps=False) for h in heads)
        targets.extend(phrase_tokens(o) for o in objs)
    if trigger.lemma_.lower() in RECIPROCAL_VERBS:
        reciprocal = True
    if reciprocal and not targets:
        reciprocal = False
    sources = [_resolve_reported_pronoun(trigger, r) for r in sources]
    return sources, targets, reciprocal


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
