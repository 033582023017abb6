"""Per-document values that spaCy rebuilds on every access, computed once and kept on the ``Doc``.

``doc.text`` joins every token's text again on each access, and ``doc.sents`` walks every token
(making a ``Token`` object for each) to find the sentence starts; the stages read both several
times per article. The values are kept in ``doc.user_data`` as plain data (a string, token
bounds), so they live exactly as long as the doc and hold no reference back to it. The parse is
final once the parse stage hands the doc on (later stages only change entities), so the cached
values never go stale.
"""

from __future__ import annotations

from typing import NamedTuple

from spacy.tokens import Doc, Span

TEXT_KEY = "eventwire.text"
SENTS_KEY = "eventwire.sentence_bounds"


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once per doc."""
    text = doc.user_data.get(TEXT_KEY)
    if not isinstance(text, str):
        text = doc.text
        doc.user_data[TEXT_KEY] = text
    return text


def sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) token indexes of each sentence, as ``doc.sents`` gives them; found once per doc."""
    bounds = doc.user_data.get(SENTS_KEY)
    if not isinstance(bounds, list):
        bounds = [(s.start, s.end) for s in doc.sents]
        doc.user_data[SENTS_KEY] = bounds
    return bounds


def sentences(doc: Doc) -> list[Span]:
    """``list(doc.sents)``, the bounds found once per doc (a fresh list of spans on each call)."""
    return [doc[s:e] for s, e in sentence_bounds(doc)]



def span_text(span: Span) -> str:
    """``span.text`` cut from the doc's cached text (``Span.text`` joins its tokens' texts again)."""
    if not len(span):
        return ""
    return doc_text(span.doc)[span.start_char : span.end_char]


TOKENS_KEY = "eventwire.token_table"


class TokenTable(NamedTuple):
    """Per-token strings of the parse, one list per attribute, in token order (plain strings)."""

    lower: list[str]
    pos: list[str]
    tag: list[str]
    dep: list[str]
    lemma: list[str]
    idx: list[int]
    text: list[str]


def token_table(doc: Doc) -> TokenTable:
    """Each token's ``lower_``, ``pos_``, ``tag_``, ``dep_``, ``lemma_``, ``idx`` and ``text``, read once per doc: a pass that
    tests every token on these reads the lists and makes a ``Token`` object only for the hits."""
    table = doc.user_data.get(TOKENS_KEY)
    if not isinstance(table, TokenTable):
        lower: list[str] = []
        pos: list[str] = []
        tag: list[str] = []
        dep: list[str] = []
        lemma: list[str] = []
        idx: list[int] = []
        text: list[str] = []
        for t in doc:
            lower.append(t.lower_)
            pos.append(t.pos_)
            tag.append(t.tag_)
            dep.append(t.dep_)
            lemma.append(t.lemma_)
            idx.append(t.idx)
            text.append(t.text)
        table = TokenTable(lower, pos, tag, dep, lemma, idx, text)
        doc.user_data[TOKENS_KEY] = table
    return table
