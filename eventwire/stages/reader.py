"""Stage ``read``: headline, dateline, publication date and boilerplate of a plain-text article.

Nothing is cut out of the text: boilerplate lines are *blanked* (replaced by spaces of the same
length) in ``analysis_text``, so every offset any later stage produces points into the original.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar

from ..document import ArticleInput, Document
from ..errors import InputError
from ..language import detect_language
from ..options import Options
from ..pipeline import register_stage
from ..schema import Article, Span
from ..textutil import MONTH_RE, check_text, find_text_date, is_lower_cased, normalize_date

# "JAKARTA - ", "KABUL (Reuters) - ", "WASHINGTON, Aug 23 (Reuters) - ", "NEW DELHI: ",
# "Kabul, Afghanistan (AP) — ", "BEIRUT, Lebanon — ".
_DATELINE = re.compile(
    rf"""^(?P<place>[A-Z][A-Za-z.'’\-]*(?:[ ][A-Z][A-Za-z.'’\-]*){{0,3}}
        (?:,[ ]?[A-Z][A-Za-z.'’\-]*(?:[ ][A-Z][A-Za-z.'’\-]*){{0,2}})?)
        (?:,[ ]?(?P<date>{MONTH_RE}[ ]\d{{1,2}}(?:,?[ ]\d{{4}})?))?
        [ ]?(?P<agency>\((?:[A-Z][A-Za-z.&/ \-]{{0,40}})\))?
        [ ]?(?P<sep>[-–—]{{1,2}}|:)[ ]+(?=\S)""",
    re.X,
)
_BOILERPLATE = re.compile(
    r"""^\s*(?:
        (?:SEE|READ)[ ]ALSO\b.*|ALSO[ ]READ\b.*|READ[ ]MORE\b.*|MORE[ ]ON[ ]THIS\b.*|RELATED\b.*|
        Related(?:[ ](?:Articles?|Stories|News|Coverage))?:?.*|Recommended(?:[ ]for[ ]you)?:?\s*|
        Advertisement|ADVERTISEMENT|Sponsored(?:[ ]content)?|Scroll[ ]to[ ]continue.*|
        (?:Share|Tweet|Email|Print)(?:[ ](?:this|on|via)\b.*)?|
        (?:Follow|Like)[ ]us[ ]on\b.*|(?:Subscribe|Sign[ ]up)\b.*(?:newsletter|subscribe|free|updates?).*|
        Subscribe|Click[ ]here\b.*|Download[ ]the\b.*app.*|
        (?:Copyright|©|\(c\))[ ].*|All[ ]rights[ ]reserved\.?|
        (?:Tags?|Topics?|Keywords?):.*|(?:Photo|Image|Picture|Video)(?:[ ]credit)?:.*|
        (?:Watch|Listen)(?:[ ]now)?:.*|(?:Editing|Reporting|Additional[ ]reporting|Writing)[ ]by[ ].*
    )\s*$""",
    re.X | re.I,
)
_PUBLISHED_LINE = re.compile(
    r"^\s*(?:Published|Posted|Updated|First[ ]published|Date)\b[^:\n]{0,20}:?\s*(?P<rest>.+)$", re.I | re.X
)
_ISO_IN_LINE = re.compile(r"\b(\d{4}-\d{2}-\d{2})\b")
# Page furniture of any length: "This story is from March 12, 2002" (the publication date, not a title) and
# link lists ("Related stories: ... ... ...").
_STORY_FROM = re.compile(r"^\s*this[ ]story[ ]is[ ]from[ ](?P<rest>.{4,40}?)\s*$", re.I | re.X)
_LINK_LIST = re.compile(r"^\s*related[ ](?:stories|articles|news|coverage|links)\b", re.I | re.X)
# A lower-cased dateline ("lucknow: the all-india ..."), only read in lower-cased text.
_LOWER_DATELINE = re.compile(r"^(?P<place>[a-z][a-z.'\-]*(?:[ ][a-z][a-z.'\-]*){0,2})[ ]?:[ ]+(?=\S)")


_LANGUAGE_NAMES = {"und": "an unknown language", "de": "German", "fr": "French", "es": "Spanish",
                   "pt": "Portuguese", "it": "Italian", "nl": "Dutch", "id": "Indonesian/Malay", "tr": "Turkish"}


@dataclass(frozen=True)
class _Line:
    start: int
    end: int
    text: str


def _lines(text: str) -> list[_Line]:
    out, pos = [], 0
    for raw in text.splitlines(keepends=True):
        body = raw.rstrip("\r\n")
        out.append(_Line(pos, pos + len(body), body))
        pos += len(raw)
    return out


def _looks_like_headline(line: str, rest_nonempty: bool) -> bool:
    s = line.strip()
    if not s or not rest_nonempty:
        return False
    words = s.split()
    if len(s) > 200 or len(words) > 30:
        return False
    m = _DATELINE.match(s)
    if m and _is_dateline_place(m["place"], bool(m["agency"]) or bool(m["date"])):
        return False
    if s.endswith((".", ",", ";")) and not s.endswith("...") and len(words) > 12:
        return False
    return s[0] not in "\"“'‘("


def _check_english(text: str) -> None:
    """``InputError`` unless the article reads as English."""
    language, _score = detect_language(text)
    if language != "en":
        raise InputError(
            f"article is not in English (detected: {_LANGUAGE_NAMES.get(language, language)})",
            hint="eventwire's extraction models read English only",
        )


def _stripped_span(text: str, ln: _Line) -> Span:
    """The line without its leading and trailing blanks, as a span of ``text``."""
    lead = len(ln.text) - len(ln.text.lstrip())
    s, e = ln.start + lead, ln.start + len(ln.text.rstrip())
    return Span(start=s, end=e, text=text[s:e])


def _lead(ln: _Line) -> int:
    return len(ln.text) - len(ln.text.lstrip())


# editor-note: an outlet's standing note on a story ("Editor's note: X is a serial liar ... who has
# pledged to ...") is its own comment on the story, whatever its length, no news.
_EDITOR_NOTE = re.compile(r"^\s*Editors?[’']?s?[ ]note\s*:", re.I)


def _is_boilerplate(ln: _Line) -> bool:
    return (
        (len(ln.text) <= 160 and _BOILERPLATE.match(ln.text) is not None)
        or _LINK_LIST.match(ln.text) is not None
        or _EDITOR_NOTE.match(ln.text) is not None
    )


def _boilerplate(text: str, nonempty: Sequence[_Line]) -> tuple[list[Span], str | None]:
    """Boilerplate lines (to blank) and the date of a first "This story is from …" line (excluded too)."""
    excluded: list[Span] = []
    published_line: str | None = None
    for n, ln in enumerate(nonempty):
        story_from = _STORY_FROM.match(ln.text) if n == 0 else None
        if story_from is not None:
            published_line = _iso_or_text_date(story_from["rest"])
        if _is_boilerplate(ln) or (story_from is not None and published_line):
            excluded.append(_stripped_span(text, ln))
    return excluded, published_line


# credit-line: "Associated Press writers Ann Lee and Tom Ruiz in Hollis contributed to this report." inside a
# paragraph (the line-based boilerplate misses it): the writers are no parties and no antecedents of the story.
_CREDIT_LINE = re.compile(
    r"(?:(?<=[.!?][ ])|(?<=[.!?][”\"][ ])|^)[A-Z][^.!?\n]{0,250}?\bcontributed[ ]to[ ]this[ ](?:report|story|article)\.",
    re.M,
)


def _credit_lines(text: str, excluded: Sequence[Span]) -> list[Span]:
    taken = {(sp.start, sp.end) for sp in excluded}
    return [
        Span(start=m.start(), end=m.end(), text=m.group(0))
        for m in _CREDIT_LINE.finditer(text)
        if not any(s <= m.start() < e for s, e in taken)
    ]


def _headline(text: str, content: Sequence[_Line], given: str | None) -> tuple[str | None, Span | None, int]:
    """(title, title span, index of the first body line): the first content line when it reads as a
    headline; a given title is kept unless it is that line."""
    if not content or not _looks_like_headline(content[0].text, len(content) > 1):
        return given, None, 0
    title_span = _stripped_span(text, content[0])
    title = title_span.text if given is None or given.strip() == title_span.text else given
    return title, title_span, 1


def _published_line_date(line: str) -> str | None:
    """The date of a publication line ("Published: 23 August 2021", or a short bare date)."""
    m = _PUBLISHED_LINE.match(line)
    stripped = line.strip()
    if m and len(stripped) <= 80:
        return _iso_or_text_date(m["rest"])
    if len(stripped) <= 40 and not _DATELINE.match(stripped):
        found = _iso_or_text_date(stripped)
        if found and len(stripped) > len(found) + 20:
            return None
        return found
    return None


@dataclass
class _Published:
    value: str | None
    source: str  # metadata | text | dateline | none

    def offer(self, value: str | None, source: str) -> None:
        """Take ``value`` unless a date is already known."""
        if not self.value and value:
            self.value, self.source = value, source


def _skip_published_lines(content: Sequence[_Line], body_idx: int, published: _Published) -> int:
    """Publication date lines right under the headline: read their date, return the next line's index."""
    while body_idx < len(content) and body_idx < 4:
        found = _published_line_date(content[body_idx].text)
        if not found:
            break
        published.offer(found, "text")
        body_idx += 1
    return body_idx


@dataclass
class _Dateline:
    place: str | None = None
    span: Span | None = None
    body_start: int | None = None  # where the body starts after the dateline
    date: str | None = None  # a date written in the dateline


def _dateline(text: str, ln: _Line) -> _Dateline:
    """The dateline opening the first body line: "KABUL (Reuters) - ", or "lucknow: " in lower-cased text."""
    lead = _lead(ln)
    s = ln.start + lead
    m = _DATELINE.match(ln.text[lead:])
    if m and _is_dateline_place(m["place"], bool(m["agency"]) or bool(m["date"])):
        place = m["place"].strip().split(",")[0].strip()
        date = find_text_date(m["date"]) if m["date"] else None
        return _Dateline(place, Span(start=s, end=s + len(place), text=place), s + m.end(), date)
    lm = _LOWER_DATELINE.match(ln.text[lead:]) if is_lower_cased(text) else None
    if lm:
        place = lm["place"].strip()
        return _Dateline(place, Span(start=s, end=s + len(place), text=place), s + lm.end())
    return _Dateline()


# headline-joined dateline: "Man shot in robbery. DAYTON - A city man was shot ..." (a headline run into its
# body on one line): an upper-case place and a dash opening the second sentence is the dateline.
_JOINED_HEADLINE_END = re.compile(r"[.!?][ ]+(?=[A-Z])")


def _joined_headline(text: str, ln: _Line, dateline_start: int) -> Span:
    """The headline run into the body: the line's text before its dateline, without the closing stop."""
    start = ln.start + _lead(ln)
    end = dateline_start
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".!?"):
        end -= 1
    return Span(start=start, end=end, text=text[start:end])


def _joined_dateline(text: str, ln: _Line) -> _Dateline:
    """The dateline after a headline run into the body on the first line (rule ``headline-joined-dateline``):
    only an all-capitals place with a dash (no colon: "UPDATE: ..."), within the first 250 characters."""
    lead = _lead(ln)
    for hm in _JOINED_HEADLINE_END.finditer(ln.text, lead, min(len(ln.text), lead + 250)):
        m = _DATELINE.match(ln.text[hm.end():])
        if m is None or m["sep"] == ":" or not _is_dateline_place(m["place"], False):
            continue
        s = ln.start + hm.end()
        place = m["place"].strip().split(",")[0].strip()
        date = find_text_date(m["date"]) if m["date"] else None
        return _Dateline(place, Span(start=s, end=s + len(place), text=place), s + m.end(), date)
    return _Dateline()


def read_article(item: ArticleInput, options: Options) -> tuple[Article, str, list[str]]:
    """Pure reading step: the :class:`Article`, the analysis text and warnings."""
    text = item.text
    check_text(text, max_chars=options.max_chars)
    _check_english(text)
    nonempty = [ln for ln in _lines(text) if ln.text.strip()]
    excluded, published_line = _boilerplate(text, nonempty)
    excluded = sorted(excluded + _credit_lines(text, excluded), key=lambda sp: sp.start)
    excluded_starts = {sp.start for sp in excluded}
    content = [ln for ln in nonempty if ln.start + _lead(ln) not in excluded_starts]
    title, title_span, body_idx = _headline(text, content, item.title)
    published = _Published(normalize_date(item.published) if item.published else None, "none")
    if published.value:
        published.source = "metadata"
    published.offer(published_line, "text")
    body_idx = _skip_published_lines(content, body_idx, published)
    dateline = _dateline(text, content[body_idx]) if body_idx < len(content) else _Dateline()
    if dateline.span is None and body_idx == 0 and content:
        dateline = _joined_dateline(text, content[0])
        if dateline.span is not None and title_span is None:
            title_span = _joined_headline(text, content[0], dateline.span.start)
            title = title_span.text if title is None else title
    published.offer(dateline.date, "dateline")
    body_start = content[body_idx].start if body_idx < len(content) else (content[-1].start if content else 0)
    warnings: list[str] = []
    if published.value is None:
        warnings.append("no publication date: relative times are left unresolved")
    article = Article(
        id="a-" + item.content_hash[:16],
        title=title,
        title_span=title_span,
        dateline=dateline.place,
        dateline_span=dateline.span,
        published=published.value,
        published_source=published.source,  # type: ignore[arg-type]
        source=item.source,
        url=item.url,
        content_hash=item.content_hash,
        text=text,
        body_start=dateline.body_start if dateline.body_start is not None else body_start,
        excluded=excluded,
    )
    return article, _blank(text, excluded), warnings


def _iso_or_text_date(s: str) -> str | None:
    m = _ISO_IN_LINE.search(s)
    if m:
        try:
            return normalize_date(m[1])
        except InputError:
            return None
    return find_text_date(s)


def _is_dateline_place(place: str, has_marker: bool) -> bool:
    first = place.split(",")[0].strip()
    letters = [c for c in first if c.isalpha()]
    if len(letters) < 2:
        return False
    if all(c.isupper() for c in letters):
        return True
    # Mixed case ("Kabul, Afghanistan (AP) —") only with an agency or date marker.
    return has_marker


def _blank(text: str, spans: Sequence[Span]) -> str:
    if not spans:
        return text
    chars = list(text)
    for sp in spans:
        for i in range(sp.start, sp.end):
            if chars[i] not in "\r\n":
                chars[i] = " "
    return "".join(chars)


class ReadStage:
    name: ClassVar[str] = "read"
    reads: ClassVar[tuple[str, ...]] = ("input",)
    writes: ClassVar[tuple[str, ...]] = ("article", "analysis_text")

    def __init__(self, options: Options) -> None:
        self.options = options

    def __call__(self, docs: Sequence[Document]) -> None:
        for doc in docs:
            if doc.error is not None:
                continue
            doc.article, doc.analysis_text, warnings = read_article(doc.input, self.options)
            doc.warnings.extend(warnings)


@register_stage("read")
def _factory(options: Options) -> ReadStage:
    return ReadStage(options)
