"""Rule ``pronoun-antecedent``: an event's "he" / "they" that the actors stage left unresolved.

The actors stage resolves pronouns against the mentions it found; a party it did not find as a mention
(a lower-case name, a plural common noun that is no role noun) leaves "he" or "them" as an event's actor
or recipient. This reads the parse instead, conservatively:

- "he"/"she"/"him"/"her" want one singular person-like noun (a proper name that is no organisation or
  place, or a person role noun); "they"/"them" a plural noun or a coordination;
- the antecedent is a grammatical subject: the nearest one before the pronoun in its sentence, else the
  one main-clause subject of the previous sentence (two at the same depth: ambiguous, none);
- an object pronoun never stands for the subject of its own clause or of the clauses that control it
  ("Trump demands Ginsburg resign for criticizing *him*": not Ginsburg); where the mentions made it so,
  ``bound-object-pronoun`` reads the nearest fitting object before it instead (:func:`object_antecedent`);
- ``lower-case-antecedent``: in a text written all in lower case the tagger's entity labels are guesses
  ("naidu" an ORG); there a singular proper noun of more than three letters (shorter ones are mostly
  acronyms: "vhp", "rss") that is no place, group or nationality label and that the actor dictionary does
  not name as an organisation or country counts as a person's name, for a subject "he" / "she" (an object
  "him" so resolved split a robbery on the dev set);
- ``dateline-no-antecedent``: a dateline place the parse made a subject ("*gandhinagar*: chief minister …") is
  no antecedent;
- ``possessive-antecedent``: a recipient that is a possessive "his" / "their" (the possessor of an
  undergone event noun: "the teacher was freed after *his* arrest") resolves the same way, and may stand
  for its own clause's subject (a possessive can be bound by it). An actor "their" ("their protest") is
  left alone: resolving it turned background mentions into events on the dev set.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..actors.lexicon import country_code, named_index, role_nouns
from ..textutil import lower_cased_article
from .words import frame_words

PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
PLURAL_PRONOUNS = frozenset({"they", "them"})
# Possessive forms read for recipients only ("her" is already a person pronoun), singular / plural.
POSSESSIVE_PRONOUNS = {"his": False, "their": True}
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
NON_PERSON_LABELS = frozenset({"ORG", "GPE", "NORP", "LOC", "FAC", "DATE", "TIME", "EVENT", "PRODUCT", "LAW"})
CONTROL_DEPS = frozenset({"xcomp", "advcl", "conj", "pcomp", "ccomp", "prep"})


def _plural(t: Token) -> bool:
    return t.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in t.children)


def _role(t: Token) -> str | None:
    role = role_nouns().get(t.lemma_.lower()) or role_nouns().get(t.lower_)
    return role.kind if role is not None else None


def _person_like(t: Token, lower_case: bool = False) -> bool:
    """A person's name (PERSON entity) or a person role noun ("the minister"); a bare proper noun may be
    a byline or an agency ("tnn"), so it is not enough (but see :func:`_lower_case_name`, read for subject
    pronouns when ``lower_case``)."""
    name = lower_case and (_lower_case_name(t) or _titled_name(t))
    if _plural(t):
        return False
    if t.pos_ == "NOUN" and (_role(t) == "person" or t.lemma_.lower() in frame_words().antecedent_person_nouns):
        return True  # role-in-name: "the *ncm chairman*" tagged as an ORG; person-antecedent: "the suspect"
    if t.ent_type_ in NON_PERSON_LABELS and not name:
        return False
    return t.ent_type_ == "PERSON" or name


GUESSED_LABELS = frozenset({"", "ORG", "PERSON"})
SHORT_NAME = 3  # letters: "vhp", "rss", "tnn" are acronyms, not names


def _lower_case_name(t: Token) -> bool:
    """``lower-case-antecedent``: a singular proper noun in a lower-cased text that may be a person's name."""
    if t.pos_ != "PROPN" or t.tag_ != "NNP" or len(t.text) <= SHORT_NAME or not t.text.isalpha():
        return False
    if t.ent_type_ not in GUESSED_LABELS or not lower_cased_article(t.doc.text):
        return False
    return _role(t) is None and t.lower_ not in named_index() and country_code(t.text) is None


def _titled_name(t: Token) -> bool:
    """``lower-case-titled-antecedent``: in a lower-cased text, a subject word the parser did not take for a
    proper noun but told after a person's title ("state party chief rajesh *chaudhary*", tagged a
    common noun) is a person's name."""
    if not t.text.isalpha() or len(t.text) <= SHORT_NAME or not lower_cased_article(t.doc.text):
        return False
    return _role(t) is None and any(c.dep_ in ("compound", "nmod") and c.i < t.i and _role(c) == "person" for c in t.children)



def _party_plural(t: Token) -> bool:
    """A plural that names parties: a role noun ("nurses", "protesters"), a group or organisation name, or
    a coordination of names; not a plural of things ("all arrests"). ``collective-antecedent``: a singular
    noun of several people (``collective_person_nouns``: "*the pair* had taken his money and they were
    arrested", "the mob … they") is one too."""
    if t.pos_ == "NOUN" and t.tag_ == "NN" and t.lemma_.lower() in frame_words().collective_person_nouns:
        return True
    if not _plural(t) or t.pos_ not in ("NOUN", "PROPN"):
        return False
    return _role(t) is not None or t.ent_type_ in ("NORP", "ORG", "PERSON") or t.pos_ == "PROPN"


DATELINE_MARKS = frozenset({":", "-", "--", "–", "—"})


def _dateline_word(t: Token) -> bool:
    """``dateline-no-antecedent``: a word of a dateline the parse made a subject ("*gandhinagar*: chief minister
    narendra modi has told …"): within the first words of its sentence, followed by a colon or a dash."""
    doc = t.doc
    return t.i - t.sent.start <= 3 and t.i + 1 < len(doc) and doc[t.i + 1].text in DATELINE_MARKS


def _fits(t: Token, plural: bool, lower_case: bool = False) -> bool:
    if t.pos_ == "PRON" or t.dep_ not in SUBJECT_DEPS or _dateline_word(t):
        return False
    return _party_plural(t) if plural else _person_like(t, lower_case)


def _own_subjects(pron: Token) -> set[int]:
    """Subjects of the pronoun's clause and of the clauses that control it (object pronouns only)."""
    if pron.dep_ in SUBJECT_DEPS or (pron.dep_ == "poss" and pron.lower_ in POSSESSIVE_PRONOUNS):
        return set()
    out: set[int] = set()
    verb = pron.head
    for _ in range(6):
        out |= {c.i for c in verb.children if c.dep_ in SUBJECT_DEPS}
        if verb.dep_ not in CONTROL_DEPS or verb.head.i == verb.i:
            break
        verb = verb.head
    return out


def _depth(t: Token) -> int:
    d = 0
    while t.head.i != t.i and d < 50:
        t, d = t.head, d + 1
    return d


def _previous_sentence(sent: Span) -> Span | None:
    doc = sent.doc
    if sent.start == 0:
        return None
    prev = doc[sent.start - 1].sent
    return prev if prev.start < sent.start else None


CHAIN_HOPS = 3  # sentences a pronoun chain is followed back ("pronoun-chain")
SUBJECT_FORMS = {"he": "he", "him": "he", "his": "he", "she": "she", "her": "she", "they": "they", "them": "they", "their": "they"}


def _chained_pronoun(prev: Span, word: str) -> Token | None:
    """``pronoun-chain``: "mishra said … *he* alleged … he also condemned …": the previous sentence names no
    fitting party but its main clause's subject is the same pronoun; that pronoun's antecedent is this one's."""
    form = SUBJECT_FORMS.get(word)
    same = [c for c in prev.root.children if c.dep_ in SUBJECT_DEPS and c.pos_ == "PRON" and SUBJECT_FORMS.get(c.lower_) == form]
    return same[0] if form is not None and len(same) == 1 else None


def pronoun_antecedent(pron: Token, possessive: bool = False, hops: int = 0, lower: bool | None = None) -> Token | None:
    """The head of the noun phrase an unresolved third-person pronoun stands for, or None (a possessive
    "his" / "their" only with ``possessive``); a chain of the same pronoun as main-clause subject is followed
    back ``CHAIN_HOPS`` sentences (``pronoun-chain``)."""
    word = pron.lower_
    if possessive and word in POSSESSIVE_PRONOUNS:
        plural = POSSESSIVE_PRONOUNS[word]
    elif word in PERSON_PRONOUNS or word in PLURAL_PRONOUNS:
        plural = word in PLURAL_PRONOUNS
    else:
        return None
    own = _own_subjects(pron)
    sent = pron.sent
    lower_case = pron.dep_ in SUBJECT_DEPS if lower is None else lower  # lower-case-antecedent: subject "he" / "she" only
    here = [t for t in sent if t.i < pron.i and t.i not in own and _fits(t, plural, lower_case)]
    if here:
        return here[-1]
    prev = _previous_sentence(sent)
    if prev is None:
        return None
    there = [t for t in prev if _fits(t, plural, lower_case)]
    if not there:
        chained = _chained_pronoun(prev, word) if hops < CHAIN_HOPS else None
        return pronoun_antecedent(chained, False, hops + 1, lower_case) if chained is not None else None
    top = min(_depth(t) for t in there)
    main = [t for t in there if _depth(t) == top]
    return main[0] if len(main) == 1 else None


OBJECT_DEPS = frozenset({"dobj", "obj", "dative", "pobj"})


def object_antecedent(pron: Token) -> Token | None:
    """``bound-object-pronoun``: the party an object "him" / "her" / "them" stands for when it cannot be its
    own clause's subject: the nearest object before it of its own or a controlling clause that fits it
    ("sent the referral to *the U.S. attorney*, asking *him*", "phoned *Ms. Reed* and asked *her*"), else
    None."""
    word = pron.lower_
    if word not in PERSON_PRONOUNS and word not in PLURAL_PRONOUNS:
        return None
    plural = word in PLURAL_PRONOUNS
    own = _own_subjects(pron)
    chain = _clause_chain(pron)
    for t in reversed(pron.sent[: pron.i - pron.sent.start]):
        if t.i in own or t.pos_ == "PRON" or t.dep_ not in OBJECT_DEPS or not _argument_of(t, chain):
            continue
        if _party_plural(t) if plural else _person_like(t, lower_case=True):  # a lower-case text's "modi"
            return t
    return None


def _clause_chain(pron: Token) -> set[int]:
    """The pronoun's clause and the clauses that control it (as :func:`_own_subjects` climbs them)."""
    out: set[int] = set()
    verb = pron.head
    for _ in range(6):
        out.add(verb.i)
        if verb.dep_ not in CONTROL_DEPS or verb.head.i == verb.i:
            break
        verb = verb.head
    return out


ARGUMENT_PATH_DEPS = frozenset({"pobj", "prep", "dobj", "obj", "dative", "conj"})


def _argument_of(t: Token, chain: set[int]) -> bool:
    """An object of one of the chain's clauses ("sent a letter *to the board*"), not a noun inside its
    subject ("parents with kids in *charter schools*")."""
    for _ in range(8):
        if t.dep_ not in ARGUMENT_PATH_DEPS or t.head.i == t.i:
            return False
        t = t.head
        if t.i in chain:
            return True
    return False
