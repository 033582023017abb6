"""The curated actor dictionary: named actors, role nouns, sector modifiers and demonyms.

All tables live in ``eventwire/data/actors/`` as tab-separated files (``docs/lexicons.md``); they are
read through :mod:`eventwire.lexicons`, so ``$EVENTWIRE_LEXICONS`` may add or override rows, and cached
per overlay directory. ``dictionaries.json`` names the files of named actors and of role nouns that are
read (``named.tsv`` first: on an alias that two files give, the earlier file wins). Country names
resolve through ``pycountry`` plus the demonym table (``"Afghan"`` → ``AFG``, ``"U.S."`` → ``USA``).

A named actor may carry dated roles (column 6: ``FROM..UNTIL=CCC:SECTORS;…``): a leader is GOV only
while in office. :func:`dated` picks the role in force on the article's publication date, which the
actors stage sets with :func:`article_date`; with no date, or outside every range, the undated
columns 4 and 5 apply.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Literal

import pycountry

from ..errors import DataError
from ..lexicons import data_json, load_data_tsv, overlay_key


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "actors"

ActorKind = Literal["person", "organization", "group", "country", "role", "other"]

SECTOR_CODES: frozenset[str] = _words(
    "GOV MIL COP JUD LEG PTY REB INS OPP CVL MED EDU BUS NGO IGO REL REF LAB CRM SPY"
)



@dataclass(frozen=True)
class Period:
    """A dated role of a named actor: from ``start`` to ``end`` (ISO dates, inclusive; None: open)."""

    start: str | None
    end: str | None
    country: str | None
    sectors: tuple[str, ...]

    def holds(self, day: str) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class NamedActor:
    """One entry of ``named.tsv`` (or another named-actor file): a canonical actor with its aliases."""

    name: str
    aliases: tuple[str, ...]
    kind: ActorKind
    country: str | None
    sectors: tuple[str, ...]
    periods: tuple[Period, ...] = ()
    """Dated roles; the undated ``country``/``sectors`` apply outside them."""


@dataclass(frozen=True)
class RoleNoun:
    """One entry of ``roles.tsv``: a role noun (lemma or phrase) and the sectors it implies."""

    phrase: str
    sectors: tuple[str, ...]
    kind: ActorKind


def _rows(filename: str, optional: bool = False) -> list[list[str]]:
    return load_data_tsv(f"actors/{filename}", optional=optional)


def _files(kind: str, default: str) -> tuple[str, ...]:
    """The files of one table kind named in ``dictionaries.json`` (``named.tsv`` …), in order, less the
    ``disabled`` ones."""
    config = data_json("actors/dictionaries.json")
    names = config.get(kind, [default])
    off = {str(x) for x in config.get("disabled", [])}
    out: list[str] = []
    for name in [default, *names]:
        if str(name) not in out and str(name) not in off:
            out.append(str(name))
    return tuple(out)


@lru_cache(maxsize=1024)
def _codes(field: str) -> tuple[str, ...]:
    return tuple(c.strip() for c in field.split(",") if c.strip())


def _sectors(field: str, where: str) -> tuple[str, ...]:
    codes = _codes(field)
    if not SECTOR_CODES.issuperset(codes):
        bad = [c for c in codes if c not in SECTOR_CODES]
        raise DataError(f"{where}: unknown sector code(s) {', '.join(bad)}")
    return codes


_DAY = re.compile(r"\A\d{4}(?:-\d{2}(?:-\d{2})?)?\Z")


def _day(text: str, where: str, end: bool) -> str | None:
    text = text.strip()
    if not text:
        return None
    if not _DAY.match(text):
        raise DataError(f"{where}: bad date {text!r} (want YYYY, YYYY-MM or YYYY-MM-DD)")
    if len(text) == 4:
        return f"{text}-12-31" if end else f"{text}-01-01"
    if len(text) == 7:
        return f"{text}-31" if end else f"{text}-01"
    return text


def _periods(field: str, where: str) -> tuple[Period, ...]:
    """``FROM..UNTIL=CCC:SECTORS`` entries separated by ``;`` (``2009-01-20..2017-01-20=USA:GOV``)."""
    out: list[Period] = []
    for item in (x.strip() for x in field.split(";")):
        if not item:
            continue
        span, eq, role = item.partition("=")
        start, dots, end = span.partition("..")
        if not eq or not dots:
            raise DataError(f"{where}: bad dated role {item!r} (want FROM..UNTIL=CCC:SECTORS)")
        country, _, sectors = role.partition(":")
        country = country.strip().upper()
        if country and len(country) != 3:
            raise DataError(f"{where}: bad country {country!r} in {item!r}")
        out.append(Period(_day(start, where, False), _day(end, where, True), country or None, _sectors(sectors, where)))
    return tuple(out)


def _named_row(cols: list[str], filename: str) -> NamedActor:
    cols = cols + [""] * (6 - len(cols))
    name, aliases, kind, country, sectors, dated = cols[:6]
    where = f"{filename} {name}"
    return NamedActor(
        name=name,
        aliases=tuple(a.strip() for a in aliases.split("|") if a.strip()),
        kind=kind if kind in ("person", "organization", "group") else "organization",  # type: ignore[arg-type]
        country=country.upper() or None,
        sectors=_sectors(sectors, where),
        periods=_periods(dated, where),
    )


@lru_cache(maxsize=4)
def _named_actors(overlay: str | None) -> tuple[NamedActor, ...]:
    out: list[NamedActor] = []
    seen: set[str] = set()
    for filename in _files("named", "named.tsv"):
        for cols in _rows(filename, optional=filename != "named.tsv"):
            if cols[0].lower() not in seen:  # an earlier file's actor of the same name wins
                seen.add(cols[0].lower())
                out.append(_named_row(cols, filename))
    return tuple(out)


def named_actors() -> tuple[NamedActor, ...]:
    """Every named actor of the files ``dictionaries.json`` lists, ``named.tsv`` first."""
    return _named_actors(overlay_key())


_ARTICLE_DATE: ContextVar[str | None] = ContextVar("eventwire_article_date", default=None)


@contextmanager
def article_date(published: str | None) -> Iterator[None]:
    """Resolve dated roles of named actors as of ``published`` (an ISO date or date-time) inside the block."""
    day = published[:10] if published and re.match(r"\d{4}-\d{2}-\d{2}", published) else None
    token = _ARTICLE_DATE.set(day)
    try:
        yield
    finally:
        _ARTICLE_DATE.reset(token)


def dated(actor: NamedActor, day: str | None = None) -> NamedActor:
    """``actor`` with the country and sectors in force on ``day`` (default: the article's date)."""
    day = day or _ARTICLE_DATE.get()
    if not actor.periods or day is None:
        return actor
    for period in actor.periods:
        if period.holds(day):
            return replace(actor, country=period.country or actor.country, sectors=period.sectors)
    return actor


def role_nouns() -> dict[str, RoleNoun]:
    """Lower-case lemma or phrase → role noun (``roles.tsv`` first, then the other role files listed)."""
    return _role_nouns(overlay_key())


@lru_cache(maxsize=4)
def _role_nouns(overlay: str | None) -> dict[str, RoleNoun]:
    out: dict[str, RoleNoun] = {}
    rows = [cols for f in _files("roles", "roles.tsv") for cols in _rows(f, optional=f != "roles.tsv")]
    for cols in rows:
        cols = cols + [""] * (3 - len(cols))
        phrase, sectors, kind = cols[:3]
        if phrase.lower() in out:
            continue
        out[phrase.lower()] = RoleNoun(
            phrase.lower(),
            _sectors(sectors, f"roles.tsv {phrase}"),
            kind if kind in ("person", "organization", "group") else "group",  # type: ignore[arg-type]
        )
    return out


def sector_modifiers() -> dict[str, tuple[str, ...]]:
    """Lower-case adjective or noun modifier → sectors it adds ("rebel" → REB)."""
    return _sector_modifiers(overlay_key())


@lru_cache(maxsize=4)
def _sector_modifiers(overlay: str | None) -> dict[str, tuple[str, ...]]:
    out = {}
    for cols in _rows("modifiers.tsv"):
        cols += [""] * (2 - len(cols))
        out[cols[0].lower()] = _sectors(cols[1], f"modifiers.tsv {cols[0]}")
    return out


def _country_table() -> dict[str, str]:
    return _country_table_for(overlay_key())


@lru_cache(maxsize=4)
def _country_table_for(overlay: str | None) -> dict[str, str]:
    table: dict[str, str] = {}
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(c, attr, None)
            if value:
                table[value.lower()] = c.alpha_3
    for cols in _rows("demonyms.tsv"):
        if len(cols) < 2 or len(cols[1]) != 3:
            raise DataError(f"demonyms.tsv: bad row {cols!r}")
        table[cols[0].lower()] = cols[1]
    return table


def country_code(text: str) -> str | None:
    """ISO-3 code for a country name, short name or demonym (``"Afghan"``, ``"Britain"``); else None."""
    key = text.strip().lower().replace("’", "'")
    if key in ("us", "us's") and not text.strip().startswith("US"):
        return None  # the pronoun "us", not the United States
    if key.startswith("the "):
        key = key[4:]
    if key.endswith("'s"):
        key = key[:-2]
    table = _country_table()
    if key in table:
        return table[key]
    if key.endswith("s") and key[:-1] in table and key[:-1] not in ("u", "u.s"):
        return table[key[:-1]]
    if key.endswith("n") and len(key) > 5 and key.isalpha() and text.strip()[:1].isupper():
        # demonyms the table lacks: "Gambian" → Gambia, "Fijian" → Fiji, "Bosnian" → Bosnia …
        for stem in (key[:-1], key[:-2], key[:-3] + "a", key[:-2] + "a"):
            code = table.get(stem) or _first_words().get(stem)
            if code:
                return code
    return None


def country_name(code: str) -> str | None:
    """The short English name of an ISO-3 country ("USA" → "United States"), or None."""
    c = pycountry.countries.get(alpha_3=code)
    if c is None:
        return None
    return str(getattr(c, "common_name", None) or c.name)


def exact_country_code(text: str) -> str | None:
    """ISO-3 code for an exact country name or listed demonym (no suffix guessing)."""
    key = text.strip().lower().replace("’", "'").removeprefix("the ")
    return _country_table().get(key)


def _first_words() -> dict[str, str]:
    """First word of multi-word country names ("bosnia" → BIH), where it names only one country."""
    return _first_words_for(overlay_key())


@lru_cache(maxsize=4)
def _first_words_for(overlay: str | None) -> dict[str, str]:
    seen: dict[str, set[str]] = {}
    for name, code in _country_table().items():
        parts = name.split()
        if len(parts) > 1 and parts[0].isalpha() and len(parts[0]) > 3:
            seen.setdefault(parts[0], set()).add(code)
    return {w: next(iter(c)) for w, c in seen.items() if len(c) == 1 and w not in _GENERIC_WORDS}


_GENERIC_WORDS = frozenset({"republic", "united", "kingdom", "state", "states", "islamic", "democratic", "federal", "people's"})


def named_index() -> dict[str, NamedActor]:
    """Lower-case alias (and canonical name) → named actor (the first file and row that gives it wins)."""
    return _named_index(overlay_key())


@lru_cache(maxsize=4)
def _named_index(overlay: str | None) -> dict[str, NamedActor]:
    out: dict[str, NamedActor] = {}
    for actor in named_actors():
        for alias in (actor.name, *actor.aliases):
            out.setdefault(alias.lower().replace("’", "'"), actor)
    return out


def merge_sectors(*groups: tuple[str, ...] | list[str]) -> list[str]:
    """Concatenate sector tuples keeping first occurrence order (the first is the primary)."""
    out: list[str] = []
    for group in groups:
        for code in group:
            if code and code not in out:
                out.append(code)
    return out
