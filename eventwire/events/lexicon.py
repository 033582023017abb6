"""The trigger lexicon: lemmas of verbs and event nouns → CAMEO code → PLOVER type, mode, context.

Data lives in ``eventwire/data/events/triggers.json`` (written for eventwire); a file of the same name in
``$EVENTWIRE_LEXICONS`` adds or overrides entries (:mod:`eventwire.lexicons`). A key ``lemma+word``
needs a particle, preposition, object or compound word with lemma ``word`` ("call for", "open fire",
"head for"). Values are CAMEO codes (optionally ``CODE|mode``); :mod:`eventwire.events.cameo`
turns them into PLOVER categories.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from spacy.tokens import Span, Token

from ..doccache import token_table
from ..errors import DataError
from ..lexicons import load_data_json, overlay_key
from .cameo import lookup

VERB_POS = frozenset({"VERB", "AUX"})
NOUN_POS = frozenset({"NOUN", "PROPN"})
# Dependents that complete a phrasal trigger ("call *for*", "open *fire*", "head *toward*").
_PHRASAL_DEPS = frozenset({"prt", "prep", "dobj", "obj", "advmod", "compound", "npadvmod", "acomp", "oprd"})


@dataclass(frozen=True)
class Trigger:
    """One trigger found in a sentence."""

    token: Token
    """The head token of the trigger (verb or event noun)."""
    key: str
    """The lexicon key that matched (``"call+for"``)."""
    cameo: str
    type: str
    mode: str
    context: tuple[str, ...]
    weak: bool
    """Ambiguous lemma: needs an argument or a light verb before it counts."""
    extra: tuple[Token, ...] = ()
    """The particle/object tokens of a phrasal trigger."""

    @property
    def is_noun(self) -> bool:
        return self.token.pos_ in NOUN_POS

    def char_span(self) -> tuple[int, int]:
        toks = [self.token, *self.extra]
        return min(t.idx for t in toks), max(t.idx + len(t.text) for t in toks)


@dataclass(frozen=True)
class Lexicon:
    verbs: dict[str, str]
    nouns: dict[str, str]
    weak: frozenset[str]
    light_verbs: frozenset[str]
    speech_verbs: frozenset[str]
    intent_words: frozenset[str]
    deny_verbs: frozenset[str]
    no_evidence_nouns: frozenset[str]
    police_nouns: frozenset[str]
    claim_nouns: frozenset[str] = frozenset()
    """Nouns of reported content a denial verb can take ("rejected *claims* that …")."""
    instrument_nouns: frozenset[str] = frozenset()
    armed_attack_modifiers: frozenset[str] = frozenset()
    blame_keys: frozenset[str] = frozenset()
    """The held-responsible keys ("hold+responsible"): they need a held party, the verb's object or its
    passive subject ("held the officials responsible", "the firms were held liable"); "want the sellers held
    accountable" asks for blame, no blame is laid."""
    """Modifiers that make an ambiguous attack word an armed one whatever the sentence ("the *terrorist*
    attacks", "a *suicide* attack"): the sentence classifier never reads it as speech (armed-modifier)."""
    """Weapons and inanimate causes ("artillery fire", "a missile"): never an event's actor."""
    accusation_verbs: frozenset[str] = frozenset()
    """Verbs whose "of"/"for" content is an event claimed by the subject against the object
    ("X *accused* Y of shelling Z")."""
    figurative_modifiers: frozenset[str] = frozenset()
    """Modifiers that make a violence word verbal ("a *scathing* attack")."""
    abstract_targets: frozenset[str] = frozenset()
    """Targets that cannot be hit physically ("attacked the *budget*"): the violence word is verbal."""
    observer_verbs: frozenset[str] = frozenset()
    """Verbs whose subject observes or judges an event noun, not does it ("we *heard* the explosion")."""
    pejoratives: frozenset[str] = frozenset()
    """Predicates of a copula that characterise a party as a wrongdoer ("X is a *liar*")."""
    copulas: frozenset[str] = frozenset()
    pejorative_verbs: frozenset[str] = frozenset()
    posture_verbs: frozenset[str] = frozenset()
    """Pejorative verbs with a posture sense ("lying in the snow"): a place, particle or state makes them none."""
    clinical_modifiers: frozenset[str] = frozenset()
    """Adverbs that make a pejorative adjective a medical state ("*mentally* unfit")."""
    """Verbs that accuse their subject when someone else says them ("the officer was *lying*")."""
    pejorative_code: str = "111"
    capability_nouns: frozenset[str] = frozenset()
    """Nouns whose 'to' clause states a capability, no happening ("the capacity *to attack*")."""
    habitual_adverbs: frozenset[str] = frozenset()
    """Frequency adverbs that make a present-tense clause a habit, no happening ("police *often* arrest")."""
    frequency_units: frozenset[str] = frozenset()
    frequency_markers: frozenset[str] = frozenset()
    """A rate phrase on a present or 'will' clause is a schedule, no happening ("meets *twice a year*")."""
    effort_nouns: frozenset[str] = frozenset()
    scant_words: frozenset[str] = frozenset()
    """An effort noun with a scant word over the trigger negates it ("made *little effort* to deploy")."""
    realised_adverbs: frozenset[str] = frozenset()
    speculation_adverbs: frozenset[str] = frozenset()
    """Adverbs that make 'could' a realised past ability ("could *finally* be deployed")."""
    trend_modifiers: frozenset[str] = frozenset()
    trend_verbs: frozenset[str] = frozenset()
    """Verbs of a changing quantity: an event noun as their subject is a trend ("attacks on officers *increase*")."""
    likelihood_words: frozenset[str] = frozenset()
    comparative_words: frozenset[str] = frozenset()
    """With ``likelihood_words``: a comparative likelihood over the trigger is a generalisation ("*more likely*
    to be arrested")."""
    generic_provision_verbs: frozenset[str] = frozenset()
    """Provision verbs whose plain present states a standing service, no delivery ("colleges *provide* tutoring")."""
    announcing_verbs: frozenset[str] = frozenset()
    """Past-tense verbs whose reported 'would' is a future, no hypothesis ("*said* he would visit")."""
    """Modifiers that make an event noun a trend, no happening ("*rising* violence")."""
    demand_modals: frozenset[str] = frozenset()
    demand_speech_verbs: frozenset[str] = frozenset()
    demand_addressees: frozenset[str] = frozenset()
    """deontic-demand: "the RSS has stated that *the government should give* permission": a party's reported
    statement that another party (a named one, or one of ``demand_addressees``) should or must act is a
    REQUEST of it (key ``DEMAND_KEY``, on the clause's verb)."""
    party_object_keys: frozenset[str] = frozenset()
    """Phrasal keys that need a party as the verb's direct object ("dismissed *the governor* as weak")."""
    verbal_target_verbs: frozenset[str] = frozenset()
    """Verbs that are words only when aimed at a party or an abstract target ("*blasted* the senator",
    "*blasted* the delegate system"); "blasted a hole in the wall" is no trigger (verbal-target rule)."""

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Lexicon:
        def fs(name: str) -> frozenset[str]:
            return frozenset(str(x).lower() for x in data.get(name, []))

        for table in ("verbs", "nouns"):
            for key, code in data[table].items():
                if lookup(str(code).split("|")[0]) is None:
                    raise DataError(f"trigger lexicon: {table}[{key!r}] has unknown CAMEO code {code!r}")
        verbs = {k.lower(): str(v) for k, v in data["verbs"].items()}
        pejorative_code = str(data.get("pejorative_code", "111"))
        # pejorative-naming rule: "called him a *charlatan*", "branded the mayor a *traitor*" disparage a
        # party whatever the pejorative; an explicit key keeps its own code
        for verb in fs("naming_verbs"):
            for word in fs("pejoratives"):
                verbs.setdefault(f"{verb}+{word}", pejorative_code)
        # portrayal-naming rule: a word that makes "call" a criticism ("called the ruling *unjust*") does so
        # for every naming verb ("termed the arrests *unwarranted*"), and with "as" for them and the verbs of
        # portrayal ("described the ruling *as unjust*", "terming the news *as baseless*", "branded them *as
        # fanatics*"); an explicit key keeps its own code
        accusing = {k.partition("+")[2]: v for k, v in verbs.items() if k.startswith("call+") and k.count("+") == 1}
        accusing = {w: c for w, c in accusing.items() if getattr(lookup(c.split("|")[0]), "type", None) == "ACCUSE"}
        accusing.update({w: pejorative_code for w in fs("pejoratives")})
        for verb in fs("naming_verbs"):
            for word, code in accusing.items():
                verbs.setdefault(f"{verb}+{word}", code)
        for verb in fs("naming_verbs") | fs("portrayal_verbs"):
            for word, code in accusing.items():
                verbs.setdefault(f"{verb}+as+{word}", code)
        # questioned-quality rule: "questioned his judgment", "impugned the board's authority" disparage the
        # quality's owner (a criticism); "police questioned his wife" names no quality and stays no event
        for verb in fs("quality_doubt_verbs"):
            for word in fs("questioned_qualities"):
                verbs.setdefault(f"{verb}+{word}", pejorative_code)
        # held-responsible rule: "held the officials responsible", "held the firm liable" blame the object
        # faulted-for rule: "knocked Cruz *for* not reporting loans", "rapped the ministry for the delay"
        for verb in fs("faulting_for_verbs"):
            verbs.setdefault(f"{verb}+for", pejorative_code)
        blame_keys = {f"{verb}+{word}" for verb in fs("blame_holding_verbs") for word in fs("blame_adjectives")}
        for key in blame_keys:
            verbs.setdefault(key, str(data.get("blame_code", "112")))
        return cls(
            verbs=verbs,
            nouns={k.lower(): str(v) for k, v in data["nouns"].items()},
            weak=fs("weak"),
            light_verbs=fs("light_verbs"),
            speech_verbs=fs("speech_verbs"),
            intent_words=fs("intent_words"),
            capability_nouns=fs("capability_nouns"),
            deny_verbs=fs("deny_verbs"),
            no_evidence_nouns=fs("no_evidence_nouns"),
            police_nouns=fs("police_nouns"),
            claim_nouns=fs("claim_nouns"),
            instrument_nouns=fs("instrument_nouns"),
            armed_attack_modifiers=fs("armed_attack_modifiers"),
            blame_keys=frozenset(blame_keys),
            observer_verbs=fs("observer_verbs"),
            figurative_modifiers=fs("figurative_modifiers"),
            abstract_targets=fs("abstract_targets"),
            accusation_verbs=fs("accusation_verbs"),
            pejoratives=fs("pejoratives"),
            copulas=fs("copulas"),
            pejorative_verbs=fs("pejorative_verbs"),
            posture_verbs=fs("posture_verbs"),
            clinical_modifiers=fs("clinical_modifiers"),
            pejorative_code=pejorative_code,
            party_object_keys=fs("party_object_keys"),
            verbal_target_verbs=fs("verbal_target_verbs"),
            habitual_adverbs=fs("habitual_adverbs"),
            frequency_units=fs("frequency_units"),
            frequency_markers=fs("frequency_markers"),
            effort_nouns=fs("effort_nouns"),
            scant_words=fs("scant_words"),
            realised_adverbs=fs("realised_adverbs"),
            speculation_adverbs=fs("speculation_adverbs"),
            trend_modifiers=fs("trend_modifiers"),
            trend_verbs=fs("trend_verbs"),
            likelihood_words=fs("likelihood_words"),
            comparative_words=fs("comparative_words"),
            generic_provision_verbs=fs("generic_provision_verbs"),
            announcing_verbs=fs("announcing_verbs"),
            demand_modals=fs("demand_modals"),
            demand_speech_verbs=fs("demand_speech_verbs"),
            demand_addressees=fs("demand_addressees"),
        )

    def make(self, token: Token, key: str, code_spec: str, extra: tuple[Token, ...] = ()) -> Trigger | None:
        code, _, mode_override = code_spec.partition("|")
        entry = lookup(code)
        if entry is None:
            return None
        return Trigger(
            token=token,
            key=key,
            cameo=code,
            type=entry.type,
            mode=mode_override or entry.mode,
            context=entry.context,
            weak=key in self.weak,
            extra=extra,
        )

    def match_token(self, token: Token) -> Trigger | None:
        """The trigger headed by ``token``, preferring phrasal entries over the bare lemma."""
        trig = self._match_table(token)
        if trig is not None and trig.key in self.blame_keys and not any(
            c.dep_ in ("dobj", "obj", "nsubjpass") for c in token.children
        ) and not any(g.dep_ == "nsubj" for a in trig.extra for g in a.children):  # "held [the firm liable]"
            return None  # held-responsible needs a held party: "want the sellers held accountable" lays no blame
        if trig is None and (
            is_characterisation(token, self.pejoratives, self.copulas) or is_pejorative_verb(token, self.pejorative_verbs, self.posture_verbs)
        ) and not any(c.dep_ == "advmod" and c.lower_ in self.clinical_modifiers for c in token.children):
            # an event noun keeps its own sense ("that was a cowardly *assault*")
            return self.make(token, PEJORATIVE_KEY, self.pejorative_code)
        return trig

    def _match_table(self, token: Token) -> Trigger | None:
        """The first of :data:`KEY_SHAPES` that finds a key of the verb or noun table for ``token``; that
        key decides (its entry may still make no trigger: an unknown code)."""
        lemma = _unquoted(token.lemma_.lower())
        if token.pos_ in VERB_POS:
            table = self.verbs
        elif token.pos_ in NOUN_POS:
            table = self.nouns
        else:
            return None
        for _name, shape in KEY_SHAPES:
            found = shape(self, token, lemma, table)
            if found is not None:
                key, extra = found
                return self.make(token, key, table[key], extra)
        return None


# A key shape finds the table key a token is looked up under, with the tokens that complete it.
_Found = tuple[str, tuple[Token, ...]]


def _key_prep_object(lex: Lexicon, token: Token, lemma: str, table: dict[str, str]) -> _Found | None:
    """prep-object: "took *to the streets*": a three-part key names the preposition and its object ("sent
    *to jail*": a "to" the parser reads as the dative counts too); an adjective after "as" is parsed as its
    modifier ("described it *as unjust*"); a gerund object may be parsed as a clause ("picked up *for
    questioning*")."""
    for child in token.children:
        if child.dep_ not in ("prep", "dative") or _time_phrase(child):
            continue
        for obj in child.children:
            key = f"{lemma}+{child.lemma_.lower()}+{obj.lemma_.lower()}"
            if (obj.dep_ in ("pobj", "pcomp") or (obj.dep_ in ("amod", "acomp") and child.lower_ == "as")) and key in table:
                return key, (child, obj)
    return None


def _key_object_predicate(lex: Lexicon, token: Token, lemma: str, table: dict[str, str]) -> _Found | None:
    """object-predicate: "held the officials *responsible*", parsed with the adjective on the object or
    as a clause."""
    for adj in _object_predicates(token):
        key = f"{lemma}+{adj.lemma_.lower()}"
        if key in table:
            return key, (adj,)
    return None


def _key_as_clause(lex: Lexicon, token: Token, lemma: str, table: dict[str, str]) -> _Found | None:
    """as-clause: "terming the news *as baseless*", parsed with the adjective as a clause that "as"
    modifies."""
    for child in token.children:
        if child.dep_ in ("advcl", "acomp", "oprd", "xcomp") and any(
            g.lower_ == "as" and g.dep_ in ("advmod", "mark", "prep") and g.i < child.i for g in child.children
        ):
            key = f"{lemma}+as+{child.lemma_.lower()}"
            if key in table:
                return key, (child,)
    return None


def _key_phrasal(lex: Lexicon, token: Token, lemma: str, table: dict[str, str]) -> _Found | None:
    """phrasal: a particle or preposition ("called *off*", "cracked *down*"); a key of
    ``party_object_keys`` only with a party as the object."""
    for child in _phrasal_children(token):
        key = f"{lemma}+{child.lemma_.lower()}"
        if key in table and (key not in lex.party_object_keys or _party_object(token)):
            return key, (child,)
    return None


def _key_infinitive(lex: Lexicon, token: Token, lemma: str, table: dict[str, str]) -> _Found | None:
    """infinitive-complement: "asked the ministry *to investigate*", "persuaded the gunman *to
    surrender*": a request."""
    key = f"{lemma}+*xcomp"
    if token.pos_ in VERB_POS and key in table and _infinitive_complement(token) is not None:
        return key, ()
    return None


def _key_demand(lex: Lexicon, token: Token, lemma: str, table: dict[str, str]) -> _Found | None:
    """deontic-demand: "X said *the government should give* permission": a request of that party."""
    if token.pos_ in VERB_POS and DEMAND_KEY in table and _demanded_of(token, lex) is not None:
        return DEMAND_KEY, ()
    return None


def _key_transitive(lex: Lexicon, token: Token, lemma: str, table: dict[str, str]) -> _Found | None:
    """transitive: "fire *struck* a convoy" (attack) vs. "workers *struck*" (labour strike)."""
    key = f"{lemma}+*obj"
    if token.pos_ in VERB_POS and key in table and _transitive_use(token):
        return key, ()
    return None


def _key_compound(lex: Lexicon, token: Token, lemma: str, table: dict[str, str]) -> _Found | None:
    """two-word-compound: compounds written as two words: "air strike", "hunger strike", "combing
    operation"."""
    if token.pos_ not in NOUN_POS:
        return None
    for child in token.children:
        if child.dep_ in ("compound", "amod"):
            key = f"{_unquoted(child.lower_)} {lemma}"
            if key in table:
                return key, (child,)
    return None


def _key_lemma(lex: Lexicon, token: Token, lemma: str, table: dict[str, str]) -> _Found | None:
    """lemma: the bare lemma; a verb of ``verbal_target_verbs`` only with a party or abstract target."""
    if lemma not in table:
        return None
    if token.pos_ in VERB_POS and lemma in lex.verbal_target_verbs and not _verbal_target(token, lex.abstract_targets):
        return None
    return lemma, ()


def _key_word(lex: Lexicon, token: Token, lemma: str, table: dict[str, str]) -> _Found | None:
    """word: the word as written, where its lemma is no key (a lemma key the lemma row refused stays
    refused)."""
    low = _unquoted(token.lower_)
    if lemma not in table and low in table:
        return low, ()
    return None


# The ordered key shapes of :meth:`Lexicon._match_table`: the first that finds a key decides, so a
# phrasal entry wins over the bare lemma.
KEY_SHAPES: tuple[tuple[str, Callable[[Lexicon, Token, str, dict[str, str]], _Found | None]], ...] = (
    ("prep-object", _key_prep_object),
    ("object-predicate", _key_object_predicate),
    ("as-clause", _key_as_clause),
    ("phrasal", _key_phrasal),
    ("infinitive-complement", _key_infinitive),
    ("deontic-demand", _key_demand),
    ("transitive", _key_transitive),
    ("two-word-compound", _key_compound),
    ("lemma", _key_lemma),
    ("word", _key_word),
)


PEJORATIVE_KEY = "pejorative"
DEMAND_KEY = "*deontic-demand"
_DEMAND_PARTY_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def _demanded_of(verb: Token, lex: Lexicon) -> Token | None:
    """deontic-demand: the party a reported "should" / "must" clause calls on ("the rss has stated that *the
    government* should give permission", "Clinton says the administration should be taking measures"): the
    clause is the content of a speech verb of ``demand_speech_verbs``, active (a passive, "Blatter should be
    awarded", prescribes nothing to a party), no copula ("X must never be president" judges), not perfect
    ("should have") and with a subject that names a
    party (an entity or a ``demand_addressees`` head; not "we", "you" or "it")."""
    if verb.dep_ != "ccomp" or verb.head is verb or verb.head.lemma_.lower() not in lex.demand_speech_verbs:
        return None
    if verb.lemma_.lower() in lex.copulas:
        return None  # "Trump must never be president": a judgement of what a party is, no act asked of it
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if not any(a.lower_ in lex.demand_modals for a in auxes) or any(a.lower_ == "have" or a.dep_ == "auxpass" for a in auxes):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return None
    # the list holds plurals ("hindus", "muslims") whose lemma is the singular: the word itself counts too
    if subj.ent_type_ in _DEMAND_PARTY_LABELS and subj.pos_ == "PROPN" or (
        subj.lemma_.lower() in lex.demand_addressees or subj.lower_ in lex.demand_addressees
    ):
        return subj
    return None
# Quote marks some corpora write as doubled ASCII apostrophes or backquotes, which the tokenizer leaves
# glued to the next word (four apostrophes before "criticising", two backquotes before "prohibitory").
_GLUED_QUOTES = "'`\""


def _unquoted(word: str) -> str:
    """A word without the quote marks glued to its front."""
    stripped = word.lstrip(_GLUED_QUOTES)
    return stripped or word
_PARTY_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE"})
_PERSONAL_OBJECTS = frozenset({"him", "her", "them", "me", "us", "you"})


_PASSIVE_DEPS = frozenset({"nsubjpass", "auxpass", "nsubj:pass", "aux:pass"})


def _transitive_use(verb: Token) -> bool:
    """Passive-is-transitive rule: the verb has a direct object, or is passive ("the boy *was struck*",
    "a guard *struck* by a rock"): its subject is the object, so the transitive sense applies."""
    if any(c.dep_ in ("dobj", "obj") or c.dep_ in _PASSIVE_DEPS for c in verb.children):
        return True
    return verb.tag_ == "VBN" and verb.dep_ == "acl"


def _verbal_target(verb: Token, abstract: frozenset[str]) -> bool:
    """verbal-target rule: the verb's direct object, or its passive subject, names a party (a named person,
    organisation, nationality or place, or a personal pronoun) or an abstract target ("the *plan*", "the
    delegate *system*"), or is possessed by a party ("*Trump's* remarks")."""
    for c in verb.children:
        if c.dep_ not in ("dobj", "obj", "nsubjpass", "nsubj:pass"):
            continue
        if c.ent_type_ in _PARTY_LABELS or c.lower_ in _PERSONAL_OBJECTS or c.lemma_.lower() in abstract or c.lower_ in abstract:
            return True
        if c.dep_.startswith("nsubj") and c.lower_ in ("he", "she", "they", "we", "i"):
            return True
        if any(g.dep_ == "poss" and (g.ent_type_ in _PARTY_LABELS or g.tag_ == "PRP$") for g in c.children):
            return True
    return False


def _object_predicates(verb: Token) -> list[Token]:
    """Adjectives the parser did not attach to the verb as its object predicate: a clause adjective ("held
    [the company] *accountable*" read as a clause) or one modifying the object after it ("held the officials
    *responsible*", on a party)."""
    from ..actors.roles import is_actor_like

    out = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp") and c.pos_ == "ADJ"]
    out += [  # only on a party ("held a meeting responsible for ..." names a body, no blame)
        a for o in verb.children if o.dep_ in ("dobj", "obj") and is_actor_like(o)
        for a in o.children if a.dep_ == "amod" and a.i > o.i and a.pos_ == "ADJ"
    ]
    return out


def _party_object(verb: Token) -> bool:
    """Whether the verb's direct object names a party: a named person or organisation, or "him"/"them"."""
    return any(
        c.dep_ in ("dobj", "obj") and (c.ent_type_ in _PARTY_LABELS or c.lower_ in _PERSONAL_OBJECTS)
        for c in verb.children
    )


def is_characterisation(token: Token, pejoratives: frozenset[str], copulas: frozenset[str]) -> bool:
    """The predicate of a copula that calls its subject a wrongdoer: "X is a *liar*", "she was extremely
    *careless*", "he is an ineffective *leader*" (a pejorative modifier on the predicate noun)."""
    if token.dep_ not in ("attr", "acomp") or token.head is token or token.head.lemma_.lower() not in copulas:
        return False
    if token.lemma_.lower() in pejoratives or token.lower_ in pejoratives:
        return True
    return token.pos_ in NOUN_POS and any(c.dep_ == "amod" and c.lower_ in pejoratives for c in token.children)


# Dependents that give a pejorative verb its posture sense ("lying *in* the snow", "lie *low*", "lay *dead*").
_POSTURE_DEPS = frozenset({"prep", "prt", "advmod", "acomp", "oprd", "xcomp", "npadvmod"})
_ACCUSING_PREPS = frozenset({"to", "about"})


def is_pejorative_verb(token: Token, verbs: frozenset[str], postures: frozenset[str]) -> bool:
    """A verb like "lie" in its accusing sense: "he lies", "the officer was lying", "lied to Congress"
    (no place, particle or state: "lying in the snow", "lie low" and "lay dead" are postures). Only a verb
    with a posture sense (``postures``) needs that test: "cheated *in* the debate" accuses."""
    lemma = token.lemma_.lower()
    if token.pos_ not in VERB_POS or lemma not in verbs:
        return False
    return lemma not in postures or not any(
        c.dep_ in _POSTURE_DEPS and not (c.dep_ == "prep" and c.lower_ in _ACCUSING_PREPS)
        and not (c.dep_ == "advmod" and c.pos_ == "ADV" and c.lower_.endswith("ly"))
        for c in token.children
    )


def _phrasal_children(token: Token) -> list[Token]:
    """The words that can complete a phrasal trigger: its particles, prepositions and objects, and the
    "for" that opens its clausal complement ("called *for* the mayor to resign")."""
    # a negated word completes no phrase ("pleaded *not guilty*" is no plea of guilt)
    out = [c for c in token.children if c.dep_ in _PHRASAL_DEPS and not _time_phrase(c) and not any(g.dep_ == "neg" for g in c.children)]
    out += [
        m for c in token.children if c.dep_ in ("advcl", "ccomp", "xcomp")
        for m in c.children if m.dep_ == "mark" and m.lower_ == "for"
    ]
    return out


def _time_phrase(token: Token) -> bool:
    """A preposition that opens a time ("called *on* Monday", "met *in* March"): it completes no
    phrasal trigger ("call on" someone is a request; being called on Monday is not)."""
    return token.dep_ == "prep" and any(
        c.dep_ == "pobj" and (c.ent_type_ in ("DATE", "TIME") or _time_word(c)) for c in token.children
    )


def _time_word(obj: Token) -> bool:
    """The object, or the word its phrase opens with, is a time word (a lower-cased "on *monday*
    demanding water" is parsed with "monday" at the front of the object's phrase)."""
    return obj.lower_ in _TIME_WORDS or obj.left_edge.lower_ in _TIME_WORDS


# Heads of a time phrase the entity recogniser misses in lower-cased text ("marched *on monday*").
_TIME_WORDS = frozenset({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "morning", "afternoon", "evening", "night", "weekend", "day", "week", "month", "year",
})


def _infinitive_complement(token: Token) -> Token | None:
    """A verb's active "to …" complement ("asked them *to leave*"), if it has one; a passive verb needs
    its "by …" agent: "*asked to* describe it, she said" and "an official who asked not *to be named*"
    make no request."""
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in token.children) or (
        token.tag_ == "VBN" and not any(c.dep_ in ("nsubj", "aux") for c in token.children)
    )
    if passive and not any(c.dep_ == "agent" for c in token.children):
        return None
    return next(
        (
            c for c in token.children
            if c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            and not any(a.dep_ == "auxpass" for a in c.children)
        ),
        None,
    )


NAME_LABELS = frozenset({"ORG", "FAC", "WORK_OF_ART", "LAW", "PRODUCT"})


def _name_word(token: Token) -> bool:
    """A capitalised word of an organisation's, building's, work's or law's entity (what
    :func:`_in_a_name` asks first: cheap, and false for most words)."""
    return bool(token.ent_type_) and token.ent_type_ in NAME_LABELS and token.text[:1].isupper()


def _in_a_name(token: Token, sent: Span, ents: Sequence[Span] | None = None) -> bool:
    """A capitalised word inside the name of an organisation, a building, a work or a law ("the *Alliance*
    to Reclaim Our Schools", "the Veterans *Aid* Society") names no happening; a headline's capitals
    (most words capitalised) prove nothing. ``ents``: ``sent.ents``, when the caller has them (each
    reading walks the whole document's entities)."""
    if not _name_word(token):
        return False
    ent = next((e for e in (sent.ents if ents is None else ents) if e.start <= token.i < e.end), None)
    if ent is None or len(ent) < 2:
        return False
    words = [t for t in sent if t.is_alpha]
    return sum(t.text[:1].islower() for t in words) > len(words) * 0.3


@lru_cache(maxsize=4)
def _lexicon(overlay: str | None) -> Lexicon:
    return Lexicon.from_json(load_data_json("events/triggers.json"))


def lexicon() -> Lexicon:
    """The trigger lexicon: ``data/events/triggers.json`` with ``$EVENTWIRE_LEXICONS/triggers.json`` merged in."""
    return _lexicon(overlay_key())


_REACH: dict[int, tuple[dict[str, str], int, frozenset[str]]] = {}


def _reachable(table: dict[str, str]) -> frozenset[str]:
    """Every lemma a key of ``table`` can be reached from (:meth:`Lexicon._match_table`): the key
    itself, each part before a "+" (phrasal keys) and each part after a space (two-word
    compounds). A token whose lemma is none of these and whose word is no key matches no entry."""
    entry = _REACH.get(id(table))
    if entry is not None and entry[0] is table and entry[1] == len(table):
        return entry[2]
    reach: set[str] = set()
    for key in table:
        reach.add(key)
        for k, ch in enumerate(key):
            if ch == "+":
                reach.add(key[:k])
            elif ch == " ":
                reach.add(key[k + 1 :])
    out = frozenset(reach)
    _REACH[id(table)] = (table, len(table), out)
    return out


def _may_trigger(lex: Lexicon, lower: str, pos: str, dep: str, lemma: str) -> bool:
    """Can :meth:`Lexicon.match_token` find a trigger at a token with these strings? False only
    where it surely finds none: no table entry is reachable from the lemma or the word, and the
    token is neither a copula's predicate nor a pejorative verb."""
    low_lemma = lemma.lower()
    if dep in ("attr", "acomp") or (pos in VERB_POS and low_lemma in lex.pejorative_verbs):
        return True
    if dep == "ccomp" and pos in VERB_POS and DEMAND_KEY in lex.verbs:
        return True  # a reported "should" clause may be a demand (deontic-demand)
    if pos in VERB_POS:
        table = lex.verbs
    elif pos in NOUN_POS:
        table = lex.nouns
    else:
        return False
    return _unquoted(low_lemma) in _reachable(table) or _unquoted(lower) in table


def find_triggers(sent: Span, lex: Lexicon | None = None) -> list[Trigger]:
    """All lexicon triggers of a sentence, in text order (one per head token)."""
    lex = lex or lexicon()
    out: list[Trigger] = []
    ents: Sequence[Span] | None = None
    doc, table = sent.doc, token_table(sent.doc)
    lower, pos, dep, lemma = table.lower, table.pos, table.dep, table.lemma
    for i in range(sent.start, sent.end):
        if not _may_trigger(lex, lower[i], pos[i], dep[i], lemma[i]):
            continue
        token = doc[i]
        if _name_word(token):
            if ents is None:
                ents = sent.ents
            if _in_a_name(token, sent, ents):
                continue
        trig = lex.match_token(token)
        if trig is not None:
            out.append(trig)
    return out
