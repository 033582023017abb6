"""Loaders for the codebook tables under ``eventwire/data/export/`` (CAMEO Goldstein scale, FIPS 10-4 country
codes, ACLED country names and regions, ACLED actor-type codes). Each table is a small TSV with a header
comment saying where its values come from."""

from __future__ import annotations

from functools import cache
from importlib import resources

from ..errors import DataError


@cache
def _rows(name: str) -> tuple[tuple[str, ...], ...]:
    try:
        text = resources.files("eventwire").joinpath("data", "export", name).read_text(encoding="utf-8")
    except OSError as exc:  # pragma: no cover - a broken install
        raise DataError(f"codebook table {name} is missing from the installed package") from exc
    return tuple(tuple(line.split("\t")) for line in text.splitlines() if line.strip() and not line.startswith("#"))


@cache
def _goldstein() -> dict[str, float]:
    return {code: float(value) for code, value in _rows("goldstein.tsv")}


def goldstein(cameo: str | None) -> float | None:
    """The Goldstein scale of a CAMEO code; a code missing from the table takes its base (3-digit) or root code's."""
    if not cameo:
        return None
    table = _goldstein()
    for n in (len(cameo), 3, 2):
        if cameo[:n] in table:
            return table[cameo[:n]]
    return None


@cache
def _countries() -> dict[str, tuple[str, str, str]]:
    return {r[0]: (r[1], r[2], r[3]) for r in _rows("countries.tsv")}


def fips(iso3: str | None) -> str:
    """FIPS 10-4 country code (GDELT's geo country codes) of an ISO 3166-1 alpha-3 code; '' if none."""
    return _countries().get((iso3 or "").upper(), ("", "", ""))[0]


def acled_country(iso3: str | None) -> str:
    """ACLED's name of the country ('Russia', 'Democratic Republic of Congo'); '' if unknown."""
    return _countries().get((iso3 or "").upper(), ("", "", ""))[1]


def acled_region(iso3: str | None) -> str:
    """ACLED's region of the country ('Eastern Africa', 'Europe'); '' if unknown."""
    return _countries().get((iso3 or "").upper(), ("", "", ""))[2]


@cache
def _inter() -> dict[str, int]:
    return {sector: int(code) for sector, code in _rows("acled_inter.tsv")}


def inter_of_sector(sector: str | None) -> int | None:
    """ACLED inter code of an eventwire sector code (GOV -> 1, REB -> 2, CVL -> 7, IGO -> 8); None if unmapped."""
    return _inter().get((sector or "").upper())
