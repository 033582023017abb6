"""The curated actor dictionary: named actors, role nouns, sector modifiers and demonyms.

All tables live in ``eventwire/data/actors/`` as small tab-separated files written for eventwire
from general knowledge; they are loaded once per process. Country names resolve through
``pycountry`` plus the demonym table (``"Afghan"`` → ``AFG``, ``"U.S."`` → ``USA``).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Literal

import pycountry

from ..errors import DataError


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "actors"

ActorKind = Literal["person", "organization", "group", "country", "role", "other"]

SECTOR_CODES: frozenset[str] = _words(
    "GOV MIL COP JUD LEG PTY REB INS OPP CVL MED EDU BUS NGO IGO REL REF LAB CRM SPY"
)



@dataclass(frozen=True)
class NamedActor:
    """One entry of ``named.tsv``: a canonical actor with its aliases."""

    name: str
    aliases: tuple[str, ...]
    kind: ActorKind
    country: str | None
    sectors: tuple[str, ...]


@dataclass(frozen=True)
class RoleNoun:
    """One entry of ``roles.tsv``: a role noun (lemma or phrase) and the sectors it implies."""

    phrase: str
    sectors: tuple[str, ...]
    kind: ActorKind


def _rows(filename: str) -> list[list[str]]:
    try:
        text = (DATA_DIR / filename).read_text(encoding="utf-8")
    except OSError as exc:
        raise DataError(f"actor dictionary file missing: {filename}", hint="reinstall eventwire") from exc
    rows = []
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = [c.strip() for c in line.split("\t")]
        if not cols[0]:
            raise DataError(f"{filename}:{lineno}: empty key")
        rows.append(cols)
    return rows


def _sectors(field: str, where: str) -> tuple[str, ...]:
    codes = tuple(c.strip() for c in field.split(",") if c.strip())
    bad = [c for c in codes if c not in SECTOR_CODES]
    if bad:
        raise DataError(f"{where}: unknown sector code(s) {', '.join(bad)}")
    return codes


@lru_cache(maxsize=1)
def named_actors() -> tuple[NamedActor, ...]:
    out = []
    for cols in _rows("named.tsv"):
        cols += [""] * (5 - len(cols))
        name, aliases, kind, country, sectors = cols[:5]
        out.append(
            NamedActor(
                name=name,
                aliases=tuple(a.strip() for a in aliases.split("|") if a.strip()),
                kind=kind if kind in ("person", "organization", "group") else "organization",  # type: ignore[arg-type]
                country=country or None,
                sectors=_sectors(sectors, f"named.tsv {name}"),
            )
        )
    return tuple(out)


@lru_cache(maxsize=1)
def role_nouns() -> dict[str, RoleNoun]:
    """Lower-case lemma or phrase → role noun."""
    out = {}
    for cols in _rows("roles.tsv"):
        cols += [""] * (3 - len(cols))
        phrase, sectors, kind = cols[:3]
        out[phrase.lower()] = RoleNoun(
            phrase.lower(),
            _sectors(sectors, f"roles.tsv {phrase}"),
            kind if kind in ("person", "organization", "group") else "group",  # type: ignore[arg-type]
        )
    return out


@lru_cache(maxsize=1)
def sector_modifiers() -> dict[str, tuple[str, ...]]:
    """Lower-case adjective or noun modifier → sectors it adds ("rebel" → REB)."""
    out = {}
    for cols in _rows("modifiers.tsv"):
        cols += [""] * (2 - len(cols))
        out[cols[0].lower()] = _sectors(cols[1], f"modifiers.tsv {cols[0]}")
    return out


@lru_cache(maxsize=1)
def _country_table() -> dict[str, str]:
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


def exact_country_code(text: str) -> str | None:
    """ISO-3 code for an exact country name or listed demonym (no suffix guessing)."""
    key = text.strip().lower().replace("’", "'").removeprefix("the ")
    return _country_table().get(key)


@lru_cache(maxsize=1)
def _first_words() -> dict[str, str]:
    """First word of multi-word country names ("bosnia" → BIH), where it names only one country."""
    seen: dict[str, set[str]] = {}
    for name, code in _country_table().items():
        parts = name.split()
        if len(parts) > 1 and parts[0].isalpha() and len(parts[0]) > 3:
            seen.setdefault(parts[0], set()).add(code)
    return {w: next(iter(c)) for w, c in seen.items() if len(c) == 1 and w not in _GENERIC_WORDS}


_GENERIC_WORDS = frozenset({"republic", "united", "kingdom", "state", "states", "islamic", "democratic", "federal", "people's"})


@lru_cache(maxsize=1)
def named_index() -> dict[str, NamedActor]:
    """Lower-case alias (and canonical name) → named actor."""
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
