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
from pathlib import Path

from ..errors import DataError, InputError
from .build import COUNTRY_ALIASES, US_STATE_AP, region_point
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
        a1_source = admin1 or _sibling(source, "admin1CodesASCII.txt")
        try:
            a1_codes = read_codes(fetch(a1_source, work, say))
        except (InputError, DataError) as exc:
            raise DataError(
                f"admin1 codes not found ({exc.message})",
                hint="pass --admin1 PATH_OR_URL to admin1CodesASCII.txt",
            ) from exc
        a2_codes: dict[str, tuple[str, int | None]] = {}
        if admin2:
            a2_codes = read_codes(fetch(admin2, work, say))
        elif not _is_url(source) and Path(_sibling(source, "admin2Codes.txt")).exists():
            a2_codes = read_codes(Path(_sibling(source, "admin2Codes.txt")))

        say(f"importing {main.name}")
        writer = GazetteerWriter(dest, source=f"geonames: {source}")
        try:
            members1: dict[str, list[tuple[float, float]]] = defaultdict(list)
            members2: dict[str, list[tuple[float, float]]] = defaultdict(list)
            pop1: dict[str, int] = defaultdict(int)
            pop2: dict[str, int] = defaultdict(int)
            cc_points: dict[str, list[tuple[float, float]]] = defaultdict(list)
            seen_countries: set[str] = set()
            seen_a1: set[str] = set()
            seen_a2: set[str] = set()
            capitals: list[str] = []
            n = 0
            with _open_table(main) as fh:
                for n, parts in enumerate(csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE), 1):
                    if len(parts) < 15:
                        raise DataError(f"{main.name}: line {n} is not a GeoNames table row ({len(parts)} columns)")
                    fclass, fcode, cc = parts[6], parts[7], parts[8]
                    try:
                        gid, lat, lon = int(parts[0]), float(parts[4]), float(parts[5])
                        population = int(parts[14] or 0)
                    except ValueError as exc:
                        raise DataError(f"{main.name}: line {n}: {exc}") from exc
                    a1c = f"{cc}.{parts[10]}" if parts[10] else None
                    a2c = f"{a1c}.{parts[11]}" if a1c and parts[11] else None
                    if fclass == "P":
                        feature = "populated_place"
                    elif fclass == "A" and fcode == "ADM1":
                        feature = "admin1"
                    elif fclass == "A" and fcode == "ADM2":
                        feature = "admin2"
                    elif fclass == "A" and fcode in COUNTRY_CODES:
                        feature = "country"
                    elif fclass == "L" and fcode in REGION_CODES:
                        feature = "region"
                    else:
                        continue
                    country = _iso3(pycountry, cc)
                    a1name = a1_codes.get(a1c, (None, None))[0] if a1c else None
                    a2name = a2_codes.get(a2c, (None, None))[0] if a2c else None
                    row = PlaceRow(
                        f"p-{gid}", gid, parts[1], lat, lon, cc or None, country,
                        parts[10] or None, a1name if feature != "country" else None,
                        a2name if feature in ("admin2", "populated_place") else None, feature, population,
                    )  # fmt: skip
                    pid = writer.add_place(row)
                    if pid is None:
                        continue
                    names = [(parts[1], NAME_OFFICIAL), (parts[2], NAME_ASCII)]
                    names += [(a, NAME_ALTERNATE) for a in parts[3].split(",") if is_latin_name(a)]
                    if feature == "country":
                        seen_countries.add(cc)
                        names += _country_names(pycountry, cc, country)
                    elif feature == "admin1" and a1c:
                        seen_a1.add(a1c)
                        if cc == "US":
                            names += [(ap, NAME_ALTERNATE) for ap in US_STATE_AP.get(parts[10], ())]
                    elif feature == "admin2" and a2c:
                        seen_a2.add(a2c)
                    else:
                        if fcode == "PPLC":
                            capitals.append(f"p-{gid}")
                        cc_points[cc].append((lat, lon))
                        if a1c:
                            members1[a1c].append((lat, lon))
                            pop1[a1c] += population
                        if a2c:
                            members2[a2c].append((lat, lon))
                            pop2[a2c] += population
                    writer.add_names(pid, names)
                    if n % 500_000 == 0:
                        say(f"{n} rows")
            # Regions the dump has no rows for (cities500): points from their member places.
            for code, (name, a1gid) in sorted(a1_codes.items()):
                if code in seen_a1 or code not in members1:
                    continue
                cc, a1 = code.split(".", 1)
                lat, lon = region_point(members1[code], trim=0.0)
                pid = writer.add_place(
                    PlaceRow(
                        f"p-{a1gid}" if a1gid else f"p-a1-{code}", a1gid, name, lat, lon, cc, _iso3(pycountry, cc), a1,
                        name, None, "admin1", pop1[code],
                    )
                )  # fmt: skip
                if pid is not None:
                    ap = US_STATE_AP.get(a1, ()) if cc == "US" else ()
                    writer.add_names(pid, [(name, NAME_OFFICIAL), *((x, NAME_ALTERNATE) for x in ap)])
            for code, (name, a2gid) in sorted(a2_codes.items()):
                if code in seen_a2 or code not in members2:
                    continue
                cc, a1, _ = code.split(".", 2)
                lat, lon = region_point(members2[code])
                pid = writer.add_place(
                    PlaceRow(
                        f"p-{a2gid}" if a2gid else f"p-a2-{code}", a2gid, name, lat, lon, cc, _iso3(pycountry, cc), a1,
                        a1_codes.get(f"{cc}.{a1}", (None, None))[0], name, "admin2", pop2[code],
                    )
                )  # fmt: skip
                if pid is not None:
                    writer.add_names(pid, [(name, NAME_OFFICIAL)])
            for cc in sorted(set(cc_points) - seen_countries):
                pc = pycountry.countries.get(alpha_2=cc)
                if pc is None:
                    continue
                lat, lon = region_point(cc_points[cc])
                pid = writer.add_place(
                    PlaceRow(f"p-cc-{cc}", None, pc.name, lat, lon, cc, pc.alpha_3, None, None, None, "country", 0)
                )
                if pid is not None:
                    writer.add_names(pid, [(pc.name, NAME_OFFICIAL), *_country_names(pycountry, cc, pc.alpha_3)])
            if writer.n_places == 0:
                raise DataError(f"{main.name}: no populated places or regions found")
            say("writing index")
            return writer.finish({"capitals": ",".join(sorted(capitals)), "rows_read": str(n)})
        except BaseException:
            writer.abort()
            raise


def _iso3(pycountry: object, cc: str) -> str | None:
    if not cc:
        return None
    c = pycountry.countries.get(alpha_2=cc)  # type: ignore[attr-defined]
    return str(c.alpha_3) if c is not None else None


def _country_names(pycountry: object, cc: str, iso3: str | None) -> list[tuple[str, int]]:
    out: list[tuple[str, int]] = []
    c = pycountry.countries.get(alpha_2=cc)  # type: ignore[attr-defined]
    if c is not None:
        for attr in ("name", "common_name", "official_name"):
            val = getattr(c, attr, None)
            if val:
                out.append((val, NAME_ASCII))
    out += [(a, NAME_ALTERNATE) for a in COUNTRY_ALIASES.get(iso3 or "", ())]
    return out


def _stderr(msg: str) -> None:
    print(f"eventwire: {msg}", file=sys.stderr, flush=True)
