"""Status and modality of a trigger from the dependency parse: negation, conditionals, modals,
future tense and expressions of intent ("ready to fight", "willing to talk").

All functions are pure over spaCy tokens.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

NEGATORS = frozenset({"not", "n't", "never", "no", "neither", "nor", "without"})
CONDITIONAL_MARKS = frozenset({"if", "unless", "whether"})
# "can" ("a man can be charged for it", "I can beat him", "you can't beat him"): an ability or a rule, no happening
HYPOTHETICAL_MODALS = frozenset({"would", "could", "might", "may", "should", "must", "ought", "can", "ca"})
FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
FAILURE_VERBS = frozenset({"fail", "neglect"})
# governed-negation: a negated verb negates its bare 'to' complement ("decided *not to recommend* indicting
# X": no charge); these verbs negated assert their complement instead ("did not hesitate to attack")
NEGATION_ASSERTING_VERBS = frozenset({"fail", "neglect", "hesitate", "forget", "cease", "stop", "refrain", "wait"})
GOVERNED_NEGATION_STEPS = 2
# "is set to attack", "is due to meet", "was expected to sign", "leaders, scheduled to meet": a scheduled act
SCHEDULE_WORDS = frozenset({"set", "due", "expect", "expected", "schedule", "scheduled", "slate", "slated", "poise", "poised"})
USE_VERBS = frozenset({"use", "exercise", "employ", "wield", "deploy"})
# wanted-by-police: "want" states an intent only through its "to" clause; "(a man) wanted for violating
# his parole", "wanted on a warrant", "wanted in a robbery" is sought by the police, no intent.
SOUGHT_VERBS = frozenset({"want"})
# Dependencies along which an intent word governs the trigger ("ready *to fight*", "ready *for talks*").
_INTENT_PATH = frozenset({"xcomp", "prep", "pobj", "dobj", "acomp", "ccomp", "advcl", "attr", "pcomp"})
_CLAUSE_DEPS = frozenset({"ROOT", "ccomp", "xcomp", "advcl", "relcl", "conj", "acl", "pcomp", "csubj", "parataxis"})
PRESENT_TAGS = frozenset({"VBZ", "VBP"})


@dataclass(frozen=True)
class StatusWords:
    """The status word lists of the trigger lexicon (``data/events/triggers.json``) that :func:`analyse` reads."""

    habitual_adverbs: frozenset[str] = frozenset()
    frequency_units: frozenset[str] = frozenset()
    frequency_markers: frozenset[str] = frozenset()
    effort_nouns: frozenset[str] = frozenset()
    scant_words: frozenset[str] = frozenset()
    realised_adverbs: frozenset[str] = frozenset()
    announcing_verbs: frozenset[str] = frozenset()
    speculation_adverbs: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Modality:
    negated: bool = False
    conditional: bool = False
    hypothetical: bool = False
    future: bool = False
    intent: Token | None = None
    """The intent word governing the trigger ("ready", "want"), if any."""
    intent_negated: bool = False
    intent_direct: bool = False
    """The trigger is the intent word's own act: its 'to' clause or its object ("plans *to ask*", "plans *protests*"),
    not a word inside that act ("hopes to stop it *with this lawsuit*")."""
    condition: Token | None = None
    """The subordinating "if"/"unless" of the clause the trigger is in."""
    habitual: Token | None = None
    """The frequency adverb that makes the trigger's present-tense clause a habit ("police *often* arrest")."""


def clause_head(token: Token) -> Token:
    """The verb heading the clause ``token`` belongs to (the token itself for a verb)."""
    t = token
    for _ in range(12):
        if t.pos_ in ("VERB", "AUX") and (t.dep_ in _CLAUSE_DEPS or t.head is t):
            return t
        if t.head is t:
            return t
        t = t.head
    return t


def _aux_words(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in ("aux", "auxpass", "neg", "advmod")]


def _neither_nor(verb: Token) -> bool:
    """neither-nor: "*neither* Clinton nor her allies have been charged", "police neither arrested *nor*
    charged him", "has not been charged *nor* convicted": the clause is negated."""
    if any(c.dep_ == "preconj" and c.lower_ == "neither" for c in verb.children):
        return True
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if any(g.lower_ == "neither" and g.dep_ in ("det", "preconj") for sub in subjects for g in sub.children):
        return True
    return verb.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ == "nor" for c in verb.head.children)


def _scant_effort(noun: Token, effort_nouns: frozenset[str], scant_words: frozenset[str]) -> bool:
    """scant-effort: "made *little effort* to deploy troops", "*few attempts* to stop them": an effort noun
    with a scant quantifier (and no "a": "a little effort" is some effort) negates the act it governs."""
    if noun.lower_ not in effort_nouns and noun.lemma_.lower() not in effort_nouns:
        return False
    mods = [c for c in noun.children if c.dep_ in ("det", "amod", "advmod", "nummod")]
    return any(c.lower_ in scant_words for c in mods) and not any(c.lower_ in ("a", "an") for c in mods)


def _governed_negation(verb: Token) -> bool:
    """governed-negation: the verb whose bare complement the clause is (a few steps up) is negated: "decided
    *not to recommend* indicting X", "did *not* ask him to resign"; "did not hesitate to attack" asserts
    (``NEGATION_ASSERTING_VERBS``). Read for the trigger verb or its object only: "there did not appear to be
    any connection to explosions" negates the connection, not the explosions."""
    for _ in range(GOVERNED_NEGATION_STEPS):
        gov = verb.head
        if verb.dep_ != "xcomp" or gov is verb or gov.pos_ not in ("VERB", "AUX"):
            return False
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            return False
        if gov.lemma_.lower() in NEGATION_ASSERTING_VERBS:
            return False
        if any(c.dep_ == "neg" or c.lower_ == "never" for c in _aux_words(gov)):
            return True
        verb = gov
    return False


def is_negated(token: Token, effort_nouns: frozenset[str] = frozenset(), scant_words: frozenset[str] = frozenset()) -> bool:
    """Negation on the trigger itself, its clause verb, or a governing "no"/"without" (or scant effort)."""
    if any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") for c in token.children):
        return True
    head = clause_head(token)
    if any(c.dep_ == "neg" or c.lower_ == "never" for c in _aux_words(head)):
        return True
    if _neither_nor(head):
        return True
    if (token is head or (token.dep_ in ("dobj", "obj") and token.head is head)) and _governed_negation(head):
        return True  # the act itself or its object, not a word deep in an argument ("no connection to explosions")
    # "failed to reach an agreement", "failed to disperse them"
    if head.dep_ == "xcomp" and head.head.lemma_.lower() in FAILURE_VERBS:
        return True
    if token.dep_ in ("dobj", "pobj") and head.lemma_.lower() in FAILURE_VERBS:
        return True
    # "no reports of fighting", "no sign of troops entering", "without firing"
    t = token
    for _ in range(4):
        if t.head is t:
            break
        parent = t.head
        if t.dep_ in ("pobj", "pcomp") and parent.lower_ == "without":
            return True
        if parent.pos_ in ("NOUN",) and any(c.dep_ == "det" and c.lower_ == "no" for c in parent.children):
            return True
        if parent.pos_ == "NOUN" and _scant_effort(parent, effort_nouns, scant_words):
            return True
        if parent.pos_ in ("VERB", "AUX"):
            break
        t = parent
    return False


def condition_of(token: Token) -> Token | None:
    """The "if"/"unless" marker of the clause containing ``token`` (climbing through clauses)."""
    t = token
    for _ in range(8):
        for c in t.children:
            if c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS:
                return c
        if t.dep_ in ("ccomp", "ROOT", "relcl") or t.head is t:
            return None
        t = t.head
    return None


def has_conditional_clause(verb: Token) -> bool:
    """Whether ``verb`` governs an if-clause ("*If they attack*, they will face resistance")."""
    return any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITIONAL_MARKS for m in c.children)
        for c in verb.children
    )


def _epistemic_perfect(verb: Token, modal: Token) -> bool:
    """ "must have fired": "must" over a perfect infers a past happening ("may have been" stays a possibility)."""
    return modal.lower_ == "must" and any(
        c.dep_ == "aux" and c.lemma_ == "have" and c.i > modal.i for c in verb.children
    )


def modal_of(verb: Token, realised_adverbs: frozenset[str] = frozenset()) -> str | None:
    """The modal or future auxiliary of ``verb``, else of the verbs governing it through 'to'
    complements ("should not presume to broker a surrender", "would like to attend") or 'to' clauses of
    purpose ("would visit Keldor to meet its governor")."""
    for _ in range(3):
        found = _own_modal(verb, realised_adverbs)
        if found is not None or not (verb.dep_ == "xcomp" or _purpose(verb) or _shared_modal(verb)) or verb.head.i == verb.i:
            return found
        verb = verb.head
    return None


def _shared_modal(verb: Token) -> bool:
    """shared-modal-conjunct: a verb conjoined to another with no subject and no auxiliary of its own
    ("could spend 98 years in prison and *be fined*", "police could arrest them and *detain* them") shares the
    modal of the verb it is conjoined to; "was arrested and *will* be charged" has its own, and so has a
    finite past or present form, which no modal governs ("said the rite would be performed as planned and
    *asked* the minister to lift the curbs": 'asked' hangs on 'performed' only by a misparse)."""
    return (
        verb.dep_ == "conj"
        and verb.tag_ not in ("VBD", "VBZ")
        and verb.head.pos_ in ("VERB", "AUX")
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "mark") for c in verb.children)
    )


def _purpose(verb: Token) -> bool:
    """purpose-of-modal: a subjectless 'to' clause of purpose ("she would visit Keldor *to meet* its governor")
    shares the modal of the act it is the aim of."""
    return (
        verb.dep_ == "advcl"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children)
    )


def _realised_could(verb: Token, modal: Token, realised_adverbs: frozenset[str]) -> bool:
    """realised-could: "the troops *could finally* be deployed": a past ability realised, an asserted act."""
    return modal.lower_ == "could" and any(c.dep_ == "advmod" and c.lower_ in realised_adverbs for c in verb.children)


def _own_modal(verb: Token, realised_adverbs: frozenset[str] = frozenset()) -> str | None:
    for c in verb.children:
        if c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_MODALS | FUTURE_AUX:
            if _epistemic_perfect(verb, c) or _realised_could(verb, c, realised_adverbs):
                continue
            return c.lower_
        if c.dep_ == "aux" and c.tag_ == "MD":
            return c.lower_
    if _scheduled(verb) or _about_to(verb):
        return "will"
    # "going to attack"
    if (
        verb.dep_ == "xcomp"
        and verb.head.lemma_ == "go"
        and any(c.lower_ == "to" for c in verb.children)
        and any(c.dep_ == "aux" and c.lemma_ == "be" for c in verb.head.children)
    ):
        return "will"
    return None


def _about_to(verb: Token) -> bool:
    """about-to: the infinitive of "about" ("the army is *about to* attack", "a man *about to be* indicted") is
    an act at hand, not yet done."""
    head = verb.head
    return verb.dep_ == "xcomp" and head is not verb and head.lower_ == "about" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _scheduled(verb: Token) -> bool:
    """scheduled-act: the infinitive of a schedule word ("the army *is set to* attack", "the president *is due
    to* meet", "leaders, *expected to* sign the accord") is an act still to come."""
    head = verb.head
    if verb.dep_ != "xcomp" or head is verb or not any(c.lower_ == "to" for c in verb.children):
        return False
    if head.lemma_.lower() not in SCHEDULE_WORDS and head.lower_ not in SCHEDULE_WORDS:
        return False
    if head.pos_ == "ADJ" or head.dep_ == "acl":
        return True  # "is due to", "leaders, expected to"
    return any(c.dep_ in ("auxpass", "aux") and c.lemma_ == "be" for c in head.children)


def intent_of(token: Token, intent_words: frozenset[str]) -> Token | None:
    """An intent word governing the trigger within a few dependency steps."""
    t = token
    crossed_prep = False
    for step in range(4):
        if t.head is t or (t.dep_ not in _INTENT_PATH and not (step == 0 and t.dep_ == "nsubj")):
            return None
        crossed_prep = crossed_prep or t.dep_ in ("prep", "pobj", "pcomp")
        # a purpose clause ("opened fire to disperse the mob") is the aim of the act it hangs on: that act's
        # verb is no intent word for it (an intent above the act still counts: "planned to bus in
        # supporters to stage a protest")
        purpose = t.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)
        if t.dep_ == "advcl" and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
            # an adverbial clause with a subject of its own tells another happening ("as X *prepared*
            # to speak, a girl was sprayed"): the intent is not its content
            return None
        t = t.head
        if not purpose and (t.lemma_.lower() in intent_words or t.lower_ in intent_words):
            return None if crossed_prep and t.lemma_.lower() in SOUGHT_VERBS else t
    return None


def capability_of(verb: Token, capability_nouns: frozenset[str]) -> Token | None:
    """The capability noun whose 'to' clause ``verb`` heads ("the capacity *to attack*", "the guts *to take
    on* its enemies"): a capability is no happening."""
    head = verb.head
    if verb.dep_ in ("acl", "relcl", "xcomp") and head.i != verb.i and head.pos_ == "NOUN":
        used = head.dep_ in ("dobj", "obj") and head.head.lemma_.lower() in USE_VERBS  # "used its power to crush"
        if (head.lemma_.lower() in capability_nouns or head.lower_ in capability_nouns) and not used:
            return head
    return None


def habitual_of(token: Token, habitual_adverbs: frozenset[str]) -> Token | None:
    """habitual: a frequency adverb on the trigger's present-tense clause ("police *often* arrest people who
    …", "security forces *routinely* detain activists", "protests *are usually* banned") states a habit or a
    generalisation, no happening; a past clause ("police often arrested") is left to the other rules."""
    head = clause_head(token)
    adverb = next((c for c in head.children if c.dep_ == "advmod" and c.lower_ in habitual_adverbs), None)
    if adverb is not None and _partial_negation(head, adverb):
        return adverb
    if adverb is None and _bare_complement(head):
        # habitual-complement: the habit is on the verb whose complement the trigger is ("*always enjoys*
        # meeting", "police *often try* to arrest")
        head = head.head
        adverb = next((c for c in head.children if c.dep_ == "advmod" and c.lower_ in habitual_adverbs), None)
    if adverb is None:
        return None
    finite = [head, *(c for c in head.children if c.dep_ in ("aux", "auxpass"))]
    if any(t.tag_ in ("VBD", "MD") for t in finite):
        return None
    return adverb if any(t.tag_ in PRESENT_TAGS for t in finite) else None


def _partial_negation(verb: Token, adverb: Token) -> bool:
    """partial-negation: a negated clause with a frequency adverb ("we did *not always* agree", "they do *not
    often* meet") speaks of the acts in general, in any tense; no one act happened or was refused."""
    return any(c.dep_ == "neg" and c.i < adverb.i for c in verb.children)


def _bare_complement(verb: Token) -> bool:
    """A complement verb with no subject of its own ("enjoys *meeting*", "try *to arrest*")."""
    return (
        verb.dep_ == "xcomp"
        and verb.head.i != verb.i
        and verb.head.pos_ in ("VERB", "AUX")
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    )


def _rate_unit(tok: Token, units: frozenset[str], markers: frozenset[str]) -> bool:
    """A time unit said as a rate: "twice *a day*", "once *a year*", "*every week*", "twice *per* month"."""
    if tok.lemma_.lower() not in units and tok.lower_ not in units:
        return False
    dets = {c.lower_ for c in tok.children if c.dep_ in ("det", "predet")}
    if dets & {"every", "each"}:
        return True
    per = tok.dep_ == "pobj" and tok.head.lower_ == "per"
    counted = tok.head.lower_ in markers or any(c.lower_ in markers for c in tok.children) or (
        tok.head.head.i != tok.head.i and tok.head.head.lower_ in markers)
    return (per or bool(dets & {"a", "an"})) and (counted or per)


def frequency_of(token: Token, units: frozenset[str], markers: frozenset[str]) -> Token | None:
    """frequency: a rate phrase on the trigger's present-tense or 'will' clause ("the committee meets *once a
    year*", "the group will now meet *twice a day*", "ministers meet *every week*") states a habit or a
    schedule, no happening. A past or perfect clause ("met three times a month", "has met every week") is left
    to the other rules: those meetings took place."""
    head = clause_head(token)
    if head.dep_ in ("xcomp", "advcl") and any(c.tag_ == "TO" for c in head.children):
        head = head.head  # the purpose of the habit: "ministers meet every week *to discuss* the budget"
    if head.pos_ not in ("VERB", "AUX"):
        return None
    finite = [head, *(c for c in head.children if c.dep_ in ("aux", "auxpass"))]
    if any(t.tag_ == "VBD" or t.lemma_.lower() == "have" for t in finite):
        return None
    modals = [t.lower_ for t in finite if t.tag_ == "MD"]
    if not (any(t.tag_ in PRESENT_TAGS for t in finite) or modals in (["will"], ["'ll"])):
        return None
    for child in head.children:
        if child.dep_ not in ("advmod", "npadvmod", "prep"):
            continue
        for tok in child.subtree:
            if _rate_unit(tok, units, markers):
                return tok
    return None


def future_in_past(verb: Token, modal: str | None, announcing_verbs: frozenset[str]) -> bool:
    """future-in-past: "would" in the clause a past-tense announcing verb reports ("Barroso *said* he *would*
    visit Libya on Wednesday") is the future of that announcement; "would have" (a counterfactual) and a
    clause with an if-clause stay hypothetical."""
    for _ in range(3):  # the verb that carries the "would" ("would visit Keldor to *meet* its governor")
        if any(c.dep_ == "aux" and c.lower_ == "would" for c in verb.children) or verb.head.i == verb.i:
            break
        if not (verb.dep_ == "xcomp" or _purpose(verb)):
            break
        verb = verb.head
    if modal != "would" or verb.dep_ != "ccomp" or verb.head.i == verb.i:
        return False
    speech = verb.head
    if speech.tag_ != "VBD" or speech.lemma_.lower() not in announcing_verbs:
        return False
    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
    return not perfect and not has_conditional_clause(verb)


def speculation_of(verb: Token, adverbs: frozenset[str]) -> Token | None:
    """speculation: an adverb of ``adverbs`` on the clause ("*Perhaps* Russia will oppose any move", "the army
    *probably* fired first") makes its act a guess, hypothetical; on another word ("*probably* the worst
    attack") it does not."""
    return next((c for c in verb.children if c.dep_ == "advmod" and c.lower_ in adverbs), None)


def analyse(
    token: Token, intent_words: frozenset[str], capability_nouns: frozenset[str] = frozenset(), words: StatusWords = StatusWords()
) -> Modality:
    head = clause_head(token)
    cond = condition_of(token)
    modal = modal_of(head, words.realised_adverbs)
    if modal is None and capability_of(head, capability_nouns) is not None:
        modal = "could"
    intent = intent_of(token, intent_words)
    intent_negated = False
    if intent is not None:
        intent_negated = is_negated(intent) or intent.lower_.startswith("un")
    negated = is_negated(token, words.effort_nouns, words.scant_words)
    if future_in_past(head, modal, words.announcing_verbs):
        modal = "will"
    if modal in (None, "will", *FUTURE_AUX) and speculation_of(head, words.speculation_adverbs) is not None:
        modal = "might"
    return Modality(
        negated=negated if intent is None else (negated and not intent_negated),
        conditional=cond is not None,
        hypothetical=modal in HYPOTHETICAL_MODALS,
        future=modal in FUTURE_AUX or modal == "will",
        intent=intent,
        intent_negated=intent_negated,
        intent_direct=intent is not None and token.head.i == intent.i and token.dep_ in ("xcomp", "dobj"),
        condition=cond,
        habitual=habitual_of(token, words.habitual_adverbs)
        or frequency_of(token, words.frequency_units, words.frequency_markers),
    )
