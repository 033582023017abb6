"""Import a full GeoNames dump (``allCountries.zip``, ``cities500.zip`` or a ``.txt`` table) into the
gazetteer, from a local path or an http(s) URL.

``admin1CodesASCII.txt`` (and ``admin2Codes.txt`` when given) name the admin regions; they are looked
for beside the dump when not passed. Regions missing from the dump as rows get a point derived from
their member places, as in the package build.
"""

from __future__ import annotations

import csv
import io
import sys
import tempfile
import zipfile
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import DataError, InputError
from .build import US_STATE_AP, pycountry_names, region_point
from .names import is_latin_name
from .store import NAME_ALTERNATE, NAME_ASCII, NAME_OFFICIAL, GazetteerWriter, PlaceRow

Progress = Callable[[str], None]

COUNTRY_CODES = frozenset({"PCLI", "PCLD", "PCLF", "PCLS", "PCLIX", "PCL", "TERR"})
REGION_CODES = frozenset({"CONT", "RGN"})
csv.field_size_limit(10_000_000)


def _is_url(source: str) -> bool:
    return source.startswith(("http://", "https://"))


def fetch(source: str, workdir: Path, progress: Progress | None = None) -> Path:
    """A local path for ``source``: the path itself, or the URL downloaded into ``workdir``."""
    if not _is_url(source):
        path = Path(source).expanduser()
        if not path.exists():
            raise InputError(f"no such file: {path}")
        return path
    import httpx

    name = source.rstrip("/").rsplit("/", 1)[-1] or "download"
    dest = workdir / name
    if progress:
        progress(f"downloading {source}")
    try:
        with httpx.stream("GET", source, follow_redirects=True, timeout=60.0) as resp:
            if resp.status_code != 200:
                raise DataError(f"cannot download {source}: HTTP {resp.status_code}")
            with dest.open("wb") as fh:
                for chunk in resp.iter_bytes(1 << 20):
                    fh.write(chunk)
    except httpx.HTTPError as exc:
        raise DataError(f"cannot download {source}: {exc}") from exc
    return dest


def _sibling(source: str, name: str) -> str:
    if _is_url(source):
        return source.rstrip("/").rsplit("/", 1)[0] + "/" + name
    return str(Path(source).expanduser().with_name(name))


@contextmanager
def _open_table(path: Path) -> Iterator[io.TextIOBase]:
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as zf:
            members = [n for n in zf.namelist() if n.endswith(".txt") and not n.lower().startswith("readme")]
            if not members:
                raise DataError(f"{path} holds no .txt table")
            with zf.open(members[0]) as raw:
                yield io.TextIOWrapper(raw, encoding="utf-8", newline="")
    else:
        with path.open(encoding="utf-8", newline="") as fh:
            yield fh


def read_codes(path: Path) -> dict[str, tuple[str, int | None]]:
    """``admin1CodesASCII.txt`` / ``admin2Codes.txt``: code ("US.LA") -> (name, geonameid)."""
    out: dict[str, tuple[str, int | None]] = {}
    with _open_table(path) as fh:
        for line in fh:
            parts = line.rstrip("\n").split("\t")
            if len(parts) < 2 or line.startswith("#"):
                continue
            gid = int(parts[3]) if len(parts) > 3 and parts[3].strip().isdigit() else None
            out[parts[0]] = (parts[1], gid)
    return out


Codes = dict[str, tuple[str, int | None]]
"""Admin codes ("US.LA") -> (name, geonameid)."""


def _admin_codes(
    source: str, admin1: str | None, admin2: str | None, work: Path, say: Progress
) -> tuple[Codes, Codes]:
    """The admin1 codes (required: given, or beside the dump) and the admin2 codes (given, or beside a
    local dump, or none)."""
    a1_source = admin1 or _sibling(source, "admin1CodesASCII.txt")
    try:
        a1_codes = read_codes(fetch(a1_source, work, say))
    except (InputError, DataError) as exc:
        raise DataError(
            f"admin1 codes not found ({exc.message})",
            hint="pass --admin1 PATH_OR_URL to admin1CodesASCII.txt",
        ) from exc
    a2_codes: Codes = {}
    if admin2:
        a2_codes = read_codes(fetch(admin2, work, say))
    elif not _is_url(source) and Path(_sibling(source, "admin2Codes.txt")).exists():
        a2_codes = read_codes(Path(_sibling(source, "admin2Codes.txt")))
    return a1_codes, a2_codes


FEATURE_CLASSES: tuple[tuple[str, frozenset[str] | None, str], ...] = (
    ("P", None, "populated_place"),
    ("A", frozenset({"ADM1"}), "admin1"),
    ("A", frozenset({"ADM2"}), "admin2"),
    ("A", COUNTRY_CODES, "country"),
    ("L", REGION_CODES, "region"),
)
"""GeoNames (feature class, feature codes or any) -> gazetteer feature, first match wins; other rows
(lakes, mountains, buildings) are not event places."""


def feature_of(fclass: str, fcode: str) -> str | None:
    """The gazetteer feature of a GeoNames row (:data:`FEATURE_CLASSES`), or None to skip it."""
    for cls, codes, feature in FEATURE_CLASSES:
        if fclass == cls and (codes is None or fcode in codes):
            return feature
    return None


@dataclass(frozen=True)
class GeoRow:
    """The columns of one GeoNames table row the import uses."""

    gid: int
    name: str
    asciiname: str
    alternates: str
    lat: float
    lon: float
    fcode: str
    cc: str
    a1: str
    """admin1 code within the country ("LA")."""
    a1c: str | None
    """Full admin1 code ("US.LA")."""
    a2c: str | None
    population: int
    feature: str


def parse_row(parts: list[str], n: int, table: str) -> GeoRow | None:
    """Row ``n`` of a GeoNames table (None when its feature is no event place); ``DataError`` for a row
    that is not a GeoNames row."""
    if len(parts) < 15:
        raise DataError(f"{table}: line {n} is not a GeoNames table row ({len(parts)} columns)")
    fclass, fcode, cc = parts[6], parts[7], parts[8]
    try:
        gid, lat, lon = int(parts[0]), float(parts[4]), float(parts[5])
        population = int(parts[14] or 0)
    except ValueError as exc:
        raise DataError(f"{table}: line {n}: {exc}") from exc
    a1c = f"{cc}.{parts[10]}" if parts[10] else None
    a2c = f"{a1c}.{parts[11]}" if a1c and parts[11] else None
    feature = feature_of(fclass, fcode)
    if feature is None:
        return None
    return GeoRow(gid, parts[1], parts[2], parts[3], lat, lon, fcode, cc, parts[10], a1c, a2c, population, feature)


@dataclass
class _Import:
    """State of one import: the writer, the admin codes, what the dump had rows for, and the member
    points and population of the regions (for regions it has no rows for)."""

    writer: GazetteerWriter
    pycountry: Any
    a1_codes: Codes
    a2_codes: Codes
    members1: dict[str, list[tuple[float, float]]] = field(default_factory=lambda: defaultdict(list))
    members2: dict[str, list[tuple[float, float]]] = field(default_factory=lambda: defaultdict(list))
    pop1: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    pop2: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    cc_points: dict[str, list[tuple[float, float]]] = field(default_factory=lambda: defaultdict(list))
    seen_countries: set[str] = field(default_factory=set)
    seen_a1: set[str] = field(default_factory=set)
    seen_a2: set[str] = field(default_factory=set)
    capitals: list[str] = field(default_factory=list)

    def place_row(self, r: GeoRow) -> PlaceRow:
        a1name = self.a1_codes.get(r.a1c, (None, None))[0] if r.a1c else None
        a2name = self.a2_codes.get(r.a2c, (None, None))[0] if r.a2c else None
        return PlaceRow(
            f"p-{r.gid}", r.gid, r.name, r.lat, r.lon, r.cc or None, _iso3(self.pycountry, r.cc),
            r.a1 or None, a1name if r.feature != "country" else None,
            a2name if r.feature in ("admin2", "populated_place") else None, r.feature, r.population,
        )  # fmt: skip

    def add(self, r: GeoRow) -> bool:
        """Write one row with its names and note what it tells about regions; False when the place was
        already written."""
        pid = self.writer.add_place(self.place_row(r))
        if pid is None:
            return False
        names = [(r.name, NAME_OFFICIAL), (r.asciiname, NAME_ASCII)]
        names += [(a, NAME_ALTERNATE) for a in r.alternates.split(",") if is_latin_name(a)]
        self.writer.add_names(pid, names + self.note(r))
        return True

    def note(self, r: GeoRow) -> list[tuple[str, int]]:
        """Record the row's region (seen, or a member place); the extra names of a country or US state."""
        if r.feature == "country":
            self.seen_countries.add(r.cc)
            return pycountry_names(self.pycountry, r.cc, _iso3(self.pycountry, r.cc))
        if r.feature == "admin1" and r.a1c:
            self.seen_a1.add(r.a1c)
            return [(ap, NAME_ALTERNATE) for ap in US_STATE_AP.get(r.a1, ())] if r.cc == "US" else []
        if r.feature == "admin2" and r.a2c:
            self.seen_a2.add(r.a2c)
            return []
        self.add_member(r)
        return []

    def add_member(self, r: GeoRow) -> None:
        if r.fcode == "PPLC":
            self.capitals.append(f"p-{r.gid}")
        self.cc_points[r.cc].append((r.lat, r.lon))
        if r.a1c:
            self.members1[r.a1c].append((r.lat, r.lon))
            self.pop1[r.a1c] += r.population
        if r.a2c:
            self.members2[r.a2c].append((r.lat, r.lon))
            self.pop2[r.a2c] += r.population

    def add_missing_admin1(self) -> None:
        """Admin1 regions the dump has no rows for (cities500): points from their member places."""
        for code, (name, a1gid) in sorted(self.a1_codes.items()):
            if code in self.seen_a1 or code not in self.members1:
                continue
            cc, a1 = code.split(".", 1)
            lat, lon = region_point(self.members1[code], trim=0.0)
            pid = self.writer.add_place(
                PlaceRow(
                    f"p-{a1gid}" if a1gid else f"p-a1-{code}", a1gid, name, lat, lon, cc, _iso3(self.pycountry, cc),
                    a1, name, None, "admin1", self.pop1[code],
                )
            )  # fmt: skip
            if pid is not None:
                ap = US_STATE_AP.get(a1, ()) if cc == "US" else ()
                self.writer.add_names(pid, [(name, NAME_OFFICIAL), *((x, NAME_ALTERNATE) for x in ap)])

    def add_missing_admin2(self) -> None:
        for code, (name, a2gid) in sorted(self.a2_codes.items()):
            if code in self.seen_a2 or code not in self.members2:
                continue
            cc, a1, _ = code.split(".", 2)
            lat, lon = region_point(self.members2[code])
            pid = self.writer.add_place(
                PlaceRow(
                    f"p-{a2gid}" if a2gid else f"p-a2-{code}", a2gid, name, lat, lon, cc, _iso3(self.pycountry, cc),
                    a1, self.a1_codes.get(f"{cc}.{a1}", (None, None))[0], name, "admin2", self.pop2[code],
                )
            )  # fmt: skip
            if pid is not None:
                self.writer.add_names(pid, [(name, NAME_OFFICIAL)])

    def add_missing_countries(self) -> None:
        for cc in sorted(set(self.cc_points) - self.seen_countries):
            pc = self.pycountry.countries.get(alpha_2=cc)
            if pc is None:
                continue
            lat, lon = region_point(self.cc_points[cc])
            pid = self.writer.add_place(
                PlaceRow(f"p-cc-{cc}", None, pc.name, lat, lon, cc, pc.alpha_3, None, None, None, "country", 0)
            )
            if pid is not None:
                names = [(pc.name, NAME_OFFICIAL), *pycountry_names(self.pycountry, cc, pc.alpha_3)]
                self.writer.add_names(pid, names)


def _read_rows(main: Path, state: _Import, say: Progress) -> int:
    """Import every row of the dump; the number of rows read."""
    n = 0
    with _open_table(main) as fh:
        for n, parts in enumerate(csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE), 1):
            row = parse_row(parts, n, main.name)
            if row is not None and state.add(row) and n % 500_000 == 0:
                say(f"{n} rows")
    return n


def import_geonames(
    source: str,
    dest: Path,
    *,
    admin1: str | None = None,
    admin2: str | None = None,
    progress: Progress | None = None,
) -> Path:
    """Build the gazetteer at ``dest`` from a GeoNames dump (path or URL)."""
    import pycountry

    say = progress or (lambda _m: None)
    with tempfile.TemporaryDirectory(prefix="eventwire-geonames-") as tmp:
        work = Path(tmp)
        main = fetch(source, work, say)
        a1_codes, a2_codes = _admin_codes(source, admin1, admin2, work, say)
        say(f"importing {main.name}")
        writer = GazetteerWriter(dest, source=f"geonames: {source}")
        try:
            state = _Import(writer, pycountry, a1_codes, a2_codes)
            n = _read_rows(main, state, say)
            state.add_missing_admin1()
            state.add_missing_admin2()
            state.add_missing_countries()
            if writer.n_places == 0:
                raise DataError(f"{main.name}: no populated places or regions found")
            say("writing index")
            return writer.finish({"capitals": ",".join(sorted(state.capitals)), "rows_read": str(n)})
        except BaseException:
            writer.abort()
            raise


def _iso3(pycountry: object, cc: str) -> str | None:
    if not cc:
        return None
    c = pycountry.countries.get(alpha_2=cc)  # type: ignore[attr-defined]
    return str(c.alpha_3) if c is not None else None


def _stderr(msg: str) -> None:
    print(f"eventwire: {msg}", file=sys.stderr, flush=True)
