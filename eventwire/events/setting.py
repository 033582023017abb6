"""Setting helpers: which day a clock time or an undated sentence belongs to, which place a place
anaphor ("the town", "the area") and a chain of places ("X town in Y district") stand for.

Named rules (each used by :mod:`.extract` or :mod:`.assemble`, each writing its name into the event's
``reasons`` when it decides a value):

- ``clock-day``: a bare clock time ("at 7 p.m.", "from 3 pm") is resolved by the time stage against the
  publication date; it belongs to the day named in its sentence ("on Saturday"), else to the day the
  narrative is on (``narrative-day``).
- ``narrative-day``: a sentence with no date of its own continues the story of the day-level date named
  in the sentences just before it ("... on Wednesday. About 35 people were arrested."), when that day
  lies in the week before publication.
- ``story-day``: beyond those sentences, an act told in the simple past takes the one day the report names
  before it (every day-level date before it in the week before publication the same day, not on it:
  ``story-day-week``); so does an act told in the present perfect (``story-day-perfect``: "the chamber *has
  pledged* support") or as a participle clause on a simple past (``story-day-participle``).
- ``story-day-ahead``: an act told so in a lead before the report names any day takes the first day it names in
  the sentences just after (the lead's act is told first, its day a sentence or two later).
  So does a headline's act told in the simple present (``story-day-headline``).
- ``past-perfect-date``: an act told in the past perfect ("because he *had accepted* money", "Bell *had
  attacked* Cole in a speech") lies before the time the story is on: it takes no date from a clause above
  its own ("*On Monday*, Cole said Bell had ..."), nor a narrative day when its own sentence names a past day
  ("no incident *on Saturday*, adding curfew had been lifted"). Otherwise a past perfect sets the scene of the
  day just told ("police fired tear gas on Thursday. Hundreds *had gathered* outside") and takes the narrative
  day; a main clause in the past perfect with no word of an earlier time ("previously", "already") and no time
  of its own takes the story day too (``story-day-past-perfect``).
- ``bound-day``: a day after "by", "until", "before" ("not established *by Monday*") is a limit, not a day the
  story is on: it sets no narrative or story day.
- ``story-day-aspect``: the "-ing" complement of a verb told in the simple past ("*started fighting*") is told so.
- ``after-interval``: "the blast came two days after bombs killed six officers": the killing is dated two
  days before the head's date (its sentence's date, else the publication date when the head is in the
  present tense: "it comes a week after ...").
- ``since-start``: "has been detained since October": the passive perfect state began then; the event
  takes the date of its "since" phrase.
- ``place-anaphor``: "the town", "the city", "the area" (no name of their own) stand for the place named
  last before them; first for one the text called by the same noun ("viramgam town ... the town":
  ``anaphor-same-noun``), never for a mere destination ("left for X": ``anaphor-not-destination``).
  ``region-anaphor``: "the state", "the province" (one, not "the states", nor "the state Highway
  Department") stand for the first-level region named last before them, "the county" for the county.

In :mod:`.extract` (``_event_place``): ``resolved-place`` (a place with coordinates wins over a nearer one
the gazetteer does not know, at precision 2) and ``sentence-place`` (no place within ``MAX_PATH`` arcs: a
resolved place farther along the same sentence, outside other triggers' arguments), ``dateline-apart`` (the
dateline opening a sentence, "baroda: curfew was clamped in ...", is no place of that sentence; it stays
the fallback), ``destination-apart`` (:func:`others_destination`) and ``party-tag-apart`` (the district in a
lawmaker's party tag, "Rep. Ann Lee, D-Westfield,", is no place of the event), ``setting-happening-place``
(:func:`setting_happening`: the places of the happening the trigger took place in, "punched a man during a
rally in X", though that happening is another trigger), ``finer-sentence-place`` (a country or province
gives way to a town inside it that the sentence names as a setting, not a home nor a place of the teller's
clause), ``vicinity-precision`` ("near X", "outside X": precision 2) and ``earlier-happening-place`` (no place
in the sentence: "complained during Friday's press conference" is where that conference was told to be).
``unknown-name-apart`` (a name the gazetteer does not know is a place of the event only when told as a setting,
"in X"; "his stance on *Brexit*" is not, and the event falls back to the dateline's or the story's place).
``topic-place-apart`` (:func:`topic_place`: "the *Iran* deal" sets no event and, in :mod:`.assemble`, counts
toward no focus place).
In :mod:`.assemble`:
``narrative-place`` (:func:`narrative_place`: an event with no place of its own is where the sentences just
before set the story) and ``finest-mention-place`` (a merged event is where its most specific mention puts it, inside the kept place).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..doccache import sentence_bounds, sentences, token_table
from ..schema import Place, TimeExpr

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from ..document import Document

try:
    from ..timex.values import precision_of
except ImportError:  # pragma: no cover
    precision_of = None  # type: ignore[assignment]
from ..timex.lexicon import NUMBER_WORDS

_CLOCK = re.compile(
    r"^(?:(?:at|from|around|about|by|till|until|after|before)\s+)?"
    r"(?:\d{1,2}(?:[.:]\d{2})?\s*(?:a\.?\s?m\.?|p\.?\s?m\.?|hrs\.?|hours|o'clock)?|noon|midnight)"
    r"(?:\s+(?:local\s+time|gmt|ist|utc))?\.?$",
    re.IGNORECASE,
)
# Units of an interval before "after" ("two days after", "a week after") and their length in days.
INTERVAL_DAYS = {"day": 1, "days": 1, "week": 7, "weeks": 7}
# How many sentences back a story's day carries over, and how far before publication it may lie.
NARRATIVE_SENTENCES = 3
NARRATIVE_DAYS = 7
# Nouns that, after "the" and with no name of their own, stand for a place named before.
PLACE_ANAPHORS = frozenset({"town", "city", "village", "area", "locality", "district", "venue"})
# region-anaphor: "the state", "the county" stand for the region of that level named last before them.
REGION_ANAPHORS = {"state": frozenset({"admin1"}), "province": frozenset({"admin1"}), "county": frozenset({"admin2"})}
TOWN_FEATURES = frozenset({"populated_place", "admin2", "other"})
# Prepositions after which a place is where someone goes or comes from, not where the story is.
DESTINATION_PREPS = frozenset({"to", "for", "towards", "toward", "via"})
ORIGIN_PREPS = frozenset({"from"})


def clock_only(text: str | None) -> bool:
    """Whether a time expression names a clock time and no day ("7 p.m.", "from 3 pm", "noon")."""
    return bool(text) and bool(_CLOCK.match(text.strip()))  # type: ignore[union-attr]


def _day_value(t: TimeExpr) -> str | None:
    if t.type not in ("DATE", "TIME") or not t.value or clock_only(t.text) or precision_of is None:
        return None
    return t.value[:10] if precision_of(t.value) == "day" else None


# bound-day: a day after one of these is a limit ("had not been established *by Monday morning*", "closed
# *until Friday*"), not a day the story is on
BOUND_PREPS = frozenset({"by", "until", "till", "before"})


def _story_day_value(d: Document, t: TimeExpr) -> str | None:
    """A day the story can be on: a day-level expression that is no bound (``bound-day``)."""
    day = _day_value(t)
    if day is None:
        return None
    before = d.text[max(0, t.start - 8) : t.start].lower().split()
    return None if before and before[-1] in BOUND_PREPS else day


def day_in(times: Sequence[TimeExpr], start: int, end: int) -> TimeExpr | None:
    """The first expression naming a day (not a bare clock time) between ``start`` and ``end``."""
    return next((t for t in times if start <= t.start and t.end <= end and _day_value(t)), None)


def with_day(value: str, day: str) -> str:
    """A clock value ("2009-06-07T19:00") moved onto ``day`` ("2009-06-06")."""
    return day[:10] + value[10:] if "T" in value else day[:10]


def _within_week(value: str, published: str | None) -> bool:
    if not published:
        return True
    try:
        day, pub = dt.date.fromisoformat(value[:10]), dt.date.fromisoformat(published[:10])
    except ValueError:
        return False
    return 0 <= (pub - day).days <= NARRATIVE_DAYS


def narrative_day(d: Document, sent: Span) -> TimeExpr | None:
    """The day-level date the story is on when ``sent`` begins: the last one named in the
    ``NARRATIVE_SENTENCES`` sentences before it, if it lies in the week before publication."""
    assert d.doc is not None
    idx = token_table(d.doc).idx  # a sentence's start_char is its first token's idx
    starts = [idx[s] for s, _ in sentence_bounds(d.doc) if idx[s] < sent.start_char]
    if not starts:
        return None
    lo = starts[-NARRATIVE_SENTENCES] if len(starts) >= NARRATIVE_SENTENCES else starts[0]
    published = d.article.published if d.article else None
    cands = [t for t in d.times if lo <= t.start and t.end <= sent.start_char and _story_day_value(d, t)]
    cands = [t for t in cands if _within_week(_day_value(t) or "", published)]
    return max(cands, key=lambda t: t.start) if cands else None


def story_day(d: Document, sent: Span) -> TimeExpr | None:
    """``story-day``: a report that, before ``sent``, names one day only (every day-level date before it has
    one value) that lies in the week before publication, not on it ("police arrested four men *on
    Thursday* ... Later, residents marched to city hall"), is on that day beyond the narrative window too."""
    published = d.article.published if d.article else None
    if not published:
        return None
    # story-day-week: a day outside the week before publication (a dated letter of weeks ago, a
    # meeting set for next Monday) tells another story's time, not a second day of this one
    cands = [t for t in d.times if t.end <= sent.start_char and _story_day_value(d, t) and _within_week(_day_value(t) or "", published)]
    days = {_day_value(t) for t in cands}
    if len(days) != 1:
        return None
    day = _day_value(cands[-1]) or ""
    return cands[-1] if day != published[:10] and _within_week(day, published) else None


def headline_present(verb: Token) -> bool:
    """``story-day-headline``: the first sentence told in the simple present ("City Council *talks* money", "Woman
    *is robbed* behind apartment complex") is a headline's historical present: a past act, not a present state."""
    if verb.sent.start != 0 or verb.dep_ != "ROOT" or any(c.tag_ == "MD" for c in verb.children):
        return False
    if verb.tag_ in ("VBZ", "VBP"):
        return True
    return verb.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in verb.children)


def story_day_ahead(d: Document, sent: Span) -> TimeExpr | None:
    """``story-day-ahead``: a lead told before the report names any day ("Obama rebuked his critics. ... After
    meeting his advisers *on Tuesday*, he said ...") is on the first day named in the
    ``NARRATIVE_SENTENCES`` sentences after it, when that day lies in the week before publication, not on it."""
    assert d.doc is not None
    published = d.article.published if d.article else None
    if not published or any(t.end <= sent.end_char and _day_value(t) for t in d.times):
        return None  # a day before it, or one of its own sentence that a clause keeps from the act (relative-clause-date)
    idx = token_table(d.doc).idx
    quotes = [(q.start, q.end) for q in d.quotes]
    hi, told = sent.end_char, 0
    for s, e in sentence_bounds(d.doc):
        if idx[s] < sent.end_char:
            continue
        last = d.doc[e - 1]
        hi = last.idx + len(last.text)
        # the words of a quote ("What would it change? Would it ...") are no sentences of the report's story
        told += not any(qs - 1 <= idx[s] and hi <= qe + 1 for qs, qe in quotes)
        if told >= NARRATIVE_SENTENCES:
            break
    # the sentence's own days are its acts' (or, kept from a clause, not theirs: relative-clause-date)
    first = next((t for t in d.times if sent.end_char <= t.start and t.end <= hi and _story_day_value(d, t)), None)
    if first is None:
        return None
    day = _day_value(first) or ""
    return first if day != published[:10] and _within_week(day, published) else None


PAST_NARRATIVE_PRECISIONS = frozenset({"day", "month", "year"})
# A day-level date sets a past story only when it lies more than this many days before publication.
PAST_NARRATIVE_DAYS = 30


def _on_main_clause(sent: Span, t: TimeExpr) -> bool:
    """The time expression hangs on its sentence's main verb (or a verb conjoined with it), not inside a
    clause or phrase about something else ("the 2012 attacks", "a man who was arrested in 2006")."""
    span = sent.doc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    for anc in span.root.ancestors:
        if anc.pos_ in ("VERB", "AUX"):
            return anc.i == sent.root.i or (anc.dep_ == "conj" and anc.head.i == sent.root.i)
        if anc.dep_ in ("relcl", "acl", "advcl", "ccomp", "xcomp", "pcomp"):
            return False
    return False


def past_narrative_date(d: Document, sent: Span) -> TimeExpr | None:
    """``past-narrative-date``: a sentence with no date of its own right after one whose main clause is set
    at one past month or year before the publication month, or a day more than ``PAST_NARRATIVE_DAYS``
    before publication ("Ali rebuked Trump *in December*. Ali called on Muslims to ...") goes on with that
    earlier story: its act told in the simple past takes that date."""
    assert d.doc is not None
    published = d.article.published if d.article else None
    before = [(s, e) for s, e in sentence_bounds(d.doc) if e <= sent.start]  # bounds only: no Span per sentence
    if not published or not before or precision_of is None:
        return None
    prev = d.doc[before[-1][0] : before[-1][1]]
    cands = [t for t in d.times if prev.start_char <= t.start and t.end <= prev.end_char and t.type == "DATE" and t.value]
    if len({t.value for t in cands}) != 1 or not _on_main_clause(prev, cands[0]):
        return None
    t = cands[0]
    value = t.value or ""
    if precision_of(value) not in PAST_NARRATIVE_PRECISIONS or value[:10] >= published[:10][: len(value[:10])]:
        return None
    if precision_of(value) == "day" and not _long_before(value, published):
        return None  # a day of the last weeks: narrative-day's, else the publication default
    return t


def _long_before(value: str, published: str) -> bool:
    try:
        return (dt.date.fromisoformat(published[:10]) - dt.date.fromisoformat(value[:10])).days > PAST_NARRATIVE_DAYS
    except ValueError:
        return False


PRESENT_PERFECT_AUX = frozenset({"has", "have", "'ve", "’ve"})


def narrated_past(verb: Token) -> bool:
    """``story-day``'s acts: told in the simple past (:func:`told_in_simple_past`), in the present perfect of
    a report ("the chamber *has pledged* support", "they *have demanded* an inquiry": ``story-day-perfect``)
    or as a participle clause on a verb told so ("*criticising* the mayor, Gill said …": ``story-day-participle``),
    or as the "-ing" complement of such a verb ("*started fighting*": ``story-day-aspect``)."""
    if told_in_simple_past(verb) or present_perfect(verb):
        return True
    if verb.tag_ == "VBG" and verb.dep_ == "xcomp" and not any(c.dep_ in ("aux", "nsubj") for c in verb.children):
        return told_in_simple_past(verb.head)  # story-day-aspect: "*started fighting*", "kept shooting"
    return (
        verb.tag_ in ("VBG", "VBN") and verb.dep_ == "advcl" and verb.head.i != verb.i
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in verb.children)
        and told_in_simple_past(verb.head)
    )


EARLIER_ADVERBS = frozenset({"previously", "earlier", "already", "once", "before", "formerly", "ever", "long"})


def story_past_perfect(verb: Token) -> bool:
    """``story-day-past-perfect``: a main clause in the past perfect with no word of an earlier time ("three
    boys *had sustained* stab injuries", "hundreds *had gathered* outside the hotel") sets the scene of the
    report's day; "the FBI *had previously* concluded", "leaders who *had pleaded* with him" (a relative
    clause) and one with a time of its own ("for the past year") tell an earlier story."""
    if not past_perfect(verb) or verb.dep_ not in ("ROOT", "conj", "ccomp"):
        return False
    if any(c.dep_ == "advmod" and c.lower_ in EARLIER_ADVERBS for c in verb.children):
        return False
    return not any(t.ent_type_ in ("DATE", "TIME") for t in verb.sent)


def present_perfect(verb: Token) -> bool:
    """"has pledged", "have been arrested": a past participle with a present-tense "have" (no modal: "could have")."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return (
        verb.tag_ == "VBN" and any(a.lower_ in PRESENT_PERFECT_AUX for a in auxes)
        and not any(a.tag_ == "MD" for a in auxes)
    )


def told_in_simple_past(verb: Token) -> bool:
    """A simple past ("marched", "were arrested"): an act told as done, not a present statement."""
    if verb.tag_ == "VBD":
        return not any(c.dep_ == "aux" for c in verb.children)
    return verb.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.tag_ == "VBD" for c in verb.children) and not any(
        c.dep_ == "aux" for c in verb.children)


PAST_PERFECT_AUX = frozenset({"had", "'d", "’d"})


def past_perfect(verb: Token) -> bool:
    """``past-perfect-date``: a past participle with a past-perfect auxiliary ("had accepted", "had been
    arrested"; "she'd attribute" is a "would")."""
    return verb.tag_ == "VBN" and any(c.dep_ in ("aux", "auxpass") and c.lower_ in PAST_PERFECT_AUX for c in verb.children)


def _interval_days(unit: Token) -> int | None:
    """"two days", "a week", "one day": the interval's length in days."""
    days = INTERVAL_DAYS.get(unit.lower_)
    if days is None:
        return None
    nums = [c for c in unit.children if c.dep_ in ("nummod", "det")]
    if not nums:
        return None
    n = NUMBER_WORDS.get(nums[0].lower_) or (int(nums[0].text) if nums[0].text.isdigit() else None)
    return n * days if n else None


def after_interval(trigger: Token) -> tuple[Token, int] | None:
    """``after-interval``: "X came two days after bombs killed ...", "sentenced Wednesday, one day after
    being convicted": the trigger of an "after" clause measured by an interval happened that many days
    before the clause's head; returns the head and the days."""
    for tok in (trigger, *list(trigger.ancestors)[:2]):
        after = next((c for c in tok.children if c.dep_ == "mark" and c.lower_ == "after"), None)
        if tok.dep_ == "advcl" and after is not None:
            head = tok.head
        elif tok.dep_ == "pcomp" and tok.head.lower_ == "after":
            after, head = tok.head, tok.head.head
        else:
            continue
        # the interval hangs on the clause, on "after" or on the head just before "after"
        units = [c for c in (*tok.children, *after.children, *head.children) if c.dep_ == "npadvmod" and c.i < after.i]
        lengths = [(u.i, n) for u in units if (n := _interval_days(u))]
        return (head, max(lengths)[1]) if lengths else None
    return None


def since_start(trigger: Token) -> Token | None:
    """``since-start``: "Brunson has been detained since October": a passive perfect state that a "since"
    phrase on the trigger itself begins was entered then (the detention is October's); returns the
    "since" preposition. "Fighting has continued since May" (no passive state) stays undated."""
    auxes = {c.lower_ for c in trigger.children if c.dep_ in ("aux", "auxpass")}
    if trigger.tag_ != "VBN" or "been" not in auxes or not auxes & {"has", "have", "had"}:
        return None
    return next((c for c in trigger.children if c.dep_ == "prep" and c.lower_ == "since"), None)


def days_before(value: str, days: int) -> str | None:
    """The day ``days`` before the day-level ``value`` ("2016-12-11" - 2 -> "2016-12-09")."""
    try:
        return (dt.date.fromisoformat(value[:10]) - dt.timedelta(days=days)).isoformat()
    except ValueError:
        return None


# Prepositions whose object is the happening an event took place in ("killed *in* the attacks", "punched a
# protester *during* a rally").
SETTING_HAPPENING_PREPS = frozenset({"in", "during", "at"})


def setting_happening(noun: Token, trigger: Token) -> bool:
    """``setting-happening-place``: a noun that is the happening the trigger took place in ("sucker-punched a
    protester *during a rally* in Fayetteville", "killed *in the 2012 attacks* on a compound in Benghazi"):
    the places of its phrase are the trigger's setting too, though the noun is another trigger."""
    prep = noun.head
    return noun.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ in SETTING_HAPPENING_PREPS and prep.head.i == trigger.i


def place_anaphor(tok: Token) -> bool:
    """"the town", "the area", "this city": a place noun with a definite determiner and no name of its
    own ("the city of X" and "the city's" are not; "the central gujarat town" still is)."""
    lemma = tok.lemma_.lower()
    if (lemma not in PLACE_ANAPHORS and lemma not in REGION_ANAPHORS) or tok.pos_ != "NOUN":
        return False
    if lemma in REGION_ANAPHORS and (
        tok.tag_ in ("NNS", "NNPS") or tok.dep_ == "compound"
        or any(c.dep_ in ("compound", "amod") and c.pos_ == "PROPN" for c in tok.children)
    ):
        return False  # "all the states", "the state Highway Department", "the Islamic State"
    dets = [c for c in tok.children if c.dep_ == "det"]
    named = any(c.dep_ in ("poss", "appos") or (c.dep_ == "prep" and c.lower_ == "of") for c in tok.children)
    return bool(dets) and dets[0].lower_ in ("the", "this", "that") and not named


def _word_after(d: Document, start: int, end: int) -> str | None:
    """The lemma of the word right after the mention ``start:end`` ("town" in "viramgam town")."""
    assert d.doc is not None
    span = d.doc.char_span(start, end, alignment_mode="expand")
    nxt = d.doc[span.end] if span is not None and span.end < len(d.doc) else None
    return nxt.lemma_.lower() if nxt is not None else None


def _destination(d: Document, start: int, end: int) -> bool:
    """The mention ``start:end`` is where someone goes or comes from ("left for X", "on the way to X")."""
    assert d.doc is not None
    span = d.doc.char_span(start, end, alignment_mode="expand")
    k = span.start - 1 if span is not None else -1
    if k >= 0 and d.doc[k].lower_ == "the":
        k -= 1
    return k >= 0 and d.doc[k].lower_ in DESTINATION_PREPS


def _origin(d: Document, start: int, end: int) -> bool:
    """The mention ``start:end`` is where someone or something comes from ("imported from X", "a man from X")."""
    assert d.doc is not None
    span = d.doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    root = span.root
    while root.dep_ == "conj" and root.head is not root:  # "from either X or *Y*"
        root = root.head
    if root.dep_ != "pobj" or root.head.lower_ not in ORIGIN_PREPS:
        return False
    from .words import frame_words

    owner = root.head.head  # passing-place-broadcast: "the debate *from* Detroit" took place there
    return not (owner.pos_ == "NOUN" and owner.lemma_.lower() in frame_words().broadcast_nouns)


def passing_place(d: Document, start: int, end: int) -> bool:
    """``passing-place``: a mention that is only where someone or something comes from ("imported from X")
    does not tell where the story is (a destination may: "fighters headed for X" is where the story goes)."""
    return _origin(d, start, end)


def others_destination(root: Token, trigger: Token) -> bool:
    """``destination-apart``: a place that is where another word's movement goes ("arrested as they were
    leaving for X", "detained for planning a march to X") is not the setting of the trigger's event; the
    trigger's own destination ("deployed to X") is."""
    prep = root.head
    return prep.dep_ == "prep" and prep.lower_ in DESTINATION_PREPS and prep.head is not trigger


def others_origin(root: Token, trigger: Token) -> bool:
    """``origin-apart``: a place that another verb says someone came from ("a woman *visiting from X* was
    killed", "pilgrims *returning from X* were attacked") is not the setting of the trigger's event; the
    trigger's own origin ("shelled the village from X") and a noun's ("fired rockets from X") may be, but not
    a journey noun's (frames.json ``origin_nouns``: "met the governor after his *return from* X")."""
    prep = root.head
    while root.dep_ == "conj" and root.head is not root:  # "from either X or *Y*"
        root = root.head
        prep = root.head
    if root.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in ORIGIN_PREPS:
        return False
    # another verb's "from" ("visiting from X", "who arrived from X"); a noun's ("rockets from X") may be
    # the trigger's own, misattached by the parse
    if prep.head.pos_ == "NOUN" and prep.head.i != trigger.i:  # "after his *return from* X"
        from .words import frame_words

        return prep.head.lemma_.lower() in frame_words().origin_nouns
    return prep.head.pos_ in ("VERB", "AUX") and prep.head.i != trigger.i


TOPIC_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})


def topic_place(d: Document, start: int, end: int) -> bool:
    """``topic-place-apart``: a place that only modifies a noun of a deal, policy or negotiation (frames.json
    ``topic_place_nouns``: "rejected the *Iran* deal", "new *Russia* sanctions") names its party or subject,
    not where anything happens: it sets no event and counts toward no focus place."""
    from .words import frame_words

    if d.doc is None:
        return False
    span = d.doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    root = span.root
    noun = root.head
    if root.dep_ not in TOPIC_MODIFIER_DEPS or noun.pos_ != "NOUN" or span.start <= noun.i < span.end:
        return False
    nouns = frame_words().topic_place_nouns
    return noun.lemma_.lower() in nouns or noun.lower_ in nouns


def _resident_noun(tok: Token) -> bool:
    """A private person named by where they live: a named person, or a noun like "man", "couple",
    "teenager" (``resident_nouns``; not an office: "the Gujarat government", "Lexington County sheriff")."""
    from .words import frame_words

    return tok.ent_type_ == "PERSON" or (tok.pos_ == "NOUN" and tok.lemma_.lower() in frame_words().resident_nouns)


def residence(root: Token) -> bool:
    """``residence-apart``: a place that only says where a person is from ("a *Kansas City* man", "Anthony
    Gillen *of Kansas City*", "Jim Garnes, 39, *of Pomeroy*", "the 48-year-old, *of X Road*") is the person's
    home, not the scene."""
    if root.dep_ in ("compound", "nmod", "amod") and root.head is not root:
        return root.head.pos_ == "NOUN" and _resident_noun(root.head)
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ != "of" or prep.head is prep:
        return False
    owner = prep.head
    if owner.dep_ == "appos" and owner.pos_ == "NUM":  # "Jim Garnes, 39, of Pomeroy"
        owner = owner.head
    aged = any(c.dep_ == "appos" and c.pos_ == "NUM" for c in owner.children)  # "Darrell Ross, 29, of X"
    return _resident_noun(owner) or (owner.pos_ == "PROPN" and aged) or _age_noun(owner)


AGE_UNITS = frozenset({"year", "years", "month", "months"})


def _age_noun(tok: Token) -> bool:
    """``residence-age``: "the 48-year-old, of X" names a person by age ("old" with its "year")."""
    return tok.lower_ == "old" and any(c.lower_ in AGE_UNITS for c in tok.children)


def anaphor_antecedent(d: Document, tok: Token, places: dict[str, Place]) -> tuple[int, int, str] | None:
    """The place mention a place anaphor stands for: the last town-level resolved place named before
    it, in its sentence or the ``NARRATIVE_SENTENCES`` before, that is no mere destination
    (``anaphor-not-destination``); one the text itself called by the anaphor's noun ("viramgam town ...
    the town") comes first (``anaphor-same-noun``)."""
    assert d.doc is not None
    noun = tok.lemma_.lower()
    starts = [s.start_char for s in sentences(d.doc) if s.start_char <= tok.sent.start_char]
    lo = starts[-NARRATIVE_SENTENCES - 1] if len(starts) > NARRATIVE_SENTENCES else 0
    features = REGION_ANAPHORS.get(noun)
    if features is not None:
        lo = 0  # region-anaphor: the state or county named last, however far back
    cands = [
        (s, e, pid) for s, e, pid in d.slots.place_mentions
        if lo <= s and e <= tok.idx and (p := places.get(pid)) is not None and p.lat is not None
        and p.feature in (features or TOWN_FEATURES) and not _destination(d, s, e)
    ]
    same = [c for c in cands if _word_after(d, c[0], c[1]) == noun]
    return max(same or cands) if cands else None


NARRATIVE_PLACE_SENTENCES = 3
"""``narrative-place``: how many sentences back a town told as a setting carries over."""
NARRATIVE_PLACE_FEATURES = frozenset({"populated_place", "admin2"})


def _setting_root(root: Token) -> Token:
    """The noun a name modifies when it names a setting by its head noun ("in the *Chelsea* neighborhood",
    "at X Road"), else the name's own root."""
    while root.dep_ in ("compound", "nmod", "amod") and root.head.i != root.i and root.head.pos_ in ("NOUN", "PROPN"):
        root = root.head
    return root


def _background(tok: Token) -> bool:
    """``narrative-place-background``: a place told in a perfect ("had completed ten years at a school *in X*",
    "has lived *in X* since 1990") is a background of the story, not the scene it goes on at."""
    verb = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
    return verb is not None and (past_perfect(verb) or present_perfect(verb))


def narrative_place(d: Document, sent: Span, places: dict[str, Place]) -> list[tuple[int, int, str]]:
    """``narrative-place``: the towns (or counties) the ``NARRATIVE_PLACE_SENTENCES`` sentences before
    ``sent`` tell as a setting ("found at their home *in Oxford*. ... The sheriff said two men set the house
    ablaze": the blaze is in Oxford), last first; not a person's home ("Jim Lee, 39, of X",
    ``residence-apart``), nor a place only come from, nor a subject ("the X deal"), nor a background told in a
    perfect (``narrative-place-background``). The caller
    keeps one inside the story's country, on the same day (see :mod:`.assemble`)."""
    assert d.doc is not None
    from .words import frame_words

    locative = frame_words().locative_preps
    bounds = [(s, e) for s, e in sentence_bounds(d.doc) if e <= sent.start]
    if not bounds:
        return []
    lo = d.doc[bounds[-NARRATIVE_PLACE_SENTENCES:][0][0]].idx
    out = []
    for s, e, pid in d.slots.place_mentions:
        p = places.get(pid)
        if not (lo <= s and e <= sent.start_char) or p is None or p.lat is None or p.feature not in NARRATIVE_PLACE_FEATURES:
            continue
        span = d.doc.char_span(s, e, alignment_mode="expand")
        if span is None or len(span) == 0 or residence(span.root) or _origin(d, s, e) or topic_place(d, s, e):
            continue
        root = _setting_root(span.root)
        if root.dep_ == "pobj" and root.head.lower_ in locative and not residence(root) and not _background(root):
            out.append((s, e, pid))
    return sorted(out, reverse=True)
