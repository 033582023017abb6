"""Which way a time expression points: the tense of the clause that governs it.

News narrates the past, so ambiguous references ("Friday", "15 August", "in December") resolve
backwards unless the governing clause is in the future tense. With a spaCy doc the governing verb
is found through the dependency tree; without one a small regex looks at the sentence.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

Tense = Literal["future", "past", "present"]

_FUTURE_AUX = frozenset({"will", "'ll", "ll", "shall", "wo", "’ll", "would"})
_FUTURE_GOVERNORS = frozenset(
    {"expect", "schedule", "plan", "due", "set", "intend", "hope", "aim", "go", "prepare", "vow", "promise",
     "threaten", "pledge", "agree", "propose", "seek"}
)
# "as he prepared to speak on Tuesday, ...": a temporal clause narrates the main clause's time
_TEMPORAL_MARKS = frozenset({"as", "when", "while", "whilst"})
_SCHEDULED = frozenset({"set", "schedule", "slate", "plan", "due", "expect", "timetable", "book"})
_FUTURE_RX = re.compile(r"\b(?:will|shall|won't|wo n't|going to|scheduled to|due to|expected to|plans? to|is to|are to)\b|'ll\b", re.I)
_PAST_RX = re.compile(r"\b(?:was|were|had|did|said|ago)\b", re.I)
_SENT_END = re.compile(r"[.!?]\s|\n")


def tense_from_doc(doc: Doc, start: int, end: int) -> Tense | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    head = span.root
    if _day_for_a_plan(head):
        return "future"
    for _ in range(8):
        if head.pos_ in ("VERB", "AUX") and head.dep_ not in ("amod", "compound"):
            break
        if head.head is head:
            break
        head = head.head
    if head.pos_ not in ("VERB", "AUX"):
        head = span.sent.root
    head = _finite_governor(head)
    auxes = [c for c in head.children if c.dep_ in ("aux", "auxpass")]
    if head.lower_ in _FUTURE_AUX or any(a.lower_ in _FUTURE_AUX for a in auxes):
        return "future"
    if any(a.lower_ == "to" for a in auxes) and head.head is not head:
        gov = head.head
        if gov.lemma_.lower() in _FUTURE_GOVERNORS and not _narrated_intent(gov):
            return "future"
        gov_aux = [c for c in gov.children if c.dep_ in ("aux", "auxpass")]
        if any(a.lower_ in _FUTURE_AUX for a in gov_aux):
            return "future"
    if head.tag_ == "VBN" and head.lemma_.lower() in _SCHEDULED:
        return "future"  # "a summit set for April", "talks scheduled for Monday"
    if head.tag_ in ("VBD", "VBN") or any(a.tag_ == "VBD" for a in auxes):
        return "past"
    if head.tag_ in ("VBZ", "VBP", "VBG"):
        return "present"
    return None


_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _finite_governor(head: Token) -> Token:
    """Rule ``participle-tense``: a present participle with no auxiliary of its own ("with Cruz calling him
    his friend, *meeting* with him in July", "*speaking* on Friday, the minister said") has no tense: it is
    told in the time of the finite verb it hangs on ("had played nice", "said"), found up to four heads up."""
    if head.tag_ != "VBG" or any(c.dep_ in ("aux", "auxpass") for c in head.children):
        return head
    gov = head
    for _ in range(4):
        if gov.head is gov:
            return head
        gov = gov.head
        if gov.pos_ not in ("VERB", "AUX", "ADP", "SCONJ"):
            return head
        if gov.pos_ in ("VERB", "AUX") and (gov.tag_ in _FINITE_TAGS or any(c.dep_ in ("aux", "auxpass") and c.tag_ in _FINITE_TAGS for c in gov.children)):
            return gov
    return head


_WEEKDAY_NAMES = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})


def _day_for_a_plan(root: Token) -> bool:
    """Rule ``noun-for-day``: a weekday that is what a noun is *for* ("the board's agenda *for Monday*", "plans for
    Friday", "a vote set for Tuesday" is the schedule rule's) names the day the thing is planned for, still to come,
    whatever the tense of the clause ("the issue was not on the agenda for Monday")."""
    prep = root.head
    return (
        root.lower_ in _WEEKDAY_NAMES and root.dep_ == "pobj" and prep.lower_ == "for" and prep.head is not prep
        and prep.head.pos_ == "NOUN"
    )


def _narrated_intent(gov: Token) -> bool:
    """Rule ``narrated-intent``: an intention in the simple past inside a temporal clause ("*as* Trump
    prepared to speak in Wisconsin on Tuesday, a girl was pepper-sprayed") tells the time of a past main
    clause; what was intended then is no future of the publication date."""
    return (
        gov.tag_ == "VBD"
        and gov.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ in _TEMPORAL_MARKS for c in gov.children)
    )


def tense_from_text(text: str, start: int, end: int) -> Tense | None:
    """A cheap fallback: future markers in the same sentence, else past markers, else None."""
    left = start
    for m in _SENT_END.finditer(text, max(0, start - 300), start):
        left = m.end()
    right_m = _SENT_END.search(text, end, min(len(text), end + 300))
    right = right_m.start() if right_m else min(len(text), end + 300)
    sentence = text[left:start] + " " + text[end:right]
    if _FUTURE_RX.search(sentence):
        return "future"
    if _PAST_RX.search(sentence):
        return "past"
    return None
