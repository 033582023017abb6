"""The gazetteer file: one compact, indexed SQLite database.

Tables: ``places`` (one row per location: country, admin1, admin2, populated place, region) and
``names`` (lookup key -> place, with the kind of name: official, ASCII, alternate, short form).
Writers build into a temporary file and move it into place, so a half-built file is never read.
"""

from __future__ import annotations

import os
import sqlite3
import threading
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from ..errors import DataError
from .names import name_key

SCHEMA_VERSION = "9"

# Kinds of name, best first: used to prefer a place called X over one that is also called X.
NAME_OFFICIAL = 0
NAME_ASCII = 1
NAME_ALTERNATE = 2
NAME_SHORT = 3
"""A short form that needs a cue: "Rapides" for "Rapides Parish"."""
NAME_DEMONYM = 4
"""A demonym ("Egyptian"): resolvable, but never recognised as a place mention on its own."""

FEATURES = ("country", "admin1", "admin2", "populated_place", "region", "other")

_DDL = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE places (
    pid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    geonameid INTEGER,
    name TEXT NOT NULL,
    lat REAL NOT NULL,
    lon REAL NOT NULL,
    cc TEXT,
    country TEXT,
    admin1_code TEXT,
    admin1 TEXT,
    admin2 TEXT,
    feature TEXT NOT NULL,
    population INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE names (key TEXT NOT NULL, pid INTEGER NOT NULL, kind INTEGER NOT NULL,
                    PRIMARY KEY (key, pid)) WITHOUT ROWID;
"""


@dataclass(frozen=True)
class PlaceRow:
    id: str
    geonameid: int | None
    name: str
    lat: float
    lon: float
    cc: str | None
    country: str | None
    admin1_code: str | None
    admin1: str | None
    admin2: str | None
    feature: str
    population: int


@dataclass(frozen=True)
class Candidate:
    """One gazetteer entry a name can refer to, with how it is called that (``name_kind``)."""

    place: PlaceRow
    name_kind: int


class GazetteerWriter:
    """Streams places and names into a new SQLite file, then moves it into place atomically."""

    FLUSH = 50_000

    def __init__(self, path: Path, source: str) -> None:
        self.path = path
        self.source = source
        self.tmp = path.with_name(path.name + f".tmp{os.getpid()}")
        self.tmp.parent.mkdir(parents=True, exist_ok=True)
        if self.tmp.exists():
            self.tmp.unlink()
        self.con = sqlite3.connect(self.tmp)
        self.con.executescript(
            "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;"
            + _DDL
            + "CREATE TEMP TABLE names_raw (key TEXT NOT NULL, pid INTEGER NOT NULL, kind INTEGER NOT NULL);"
        )
        self._ids: dict[str, int] = {}
        self._rows: list[tuple[object, ...]] = []
        self._names: list[tuple[str, int, int]] = []
        self.n_places = 0

    def add_place(self, row: PlaceRow) -> int | None:
        """Add a place; returns its row id, or None when the id is already present."""
        if row.id in self._ids:
            return None
        pid = len(self._ids) + 1
        self._ids[row.id] = pid
        self._rows.append(
            (
                pid,
                row.id,
                row.geonameid,
                row.name,
                round(row.lat, 5),
                round(row.lon, 5),
                row.cc,
                row.country,
                row.admin1_code,
                row.admin1,
                row.admin2,
                row.feature,
                int(row.population),
            )
        )
        self.n_places += 1
        if len(self._rows) >= self.FLUSH:
            self._flush()
        return pid

    def pid(self, place_id: str) -> int | None:
        return self._ids.get(place_id)

    def add_names(self, pid: int, names: Iterable[tuple[str, int]]) -> None:
        for text, kind in names:
            key = name_key(text)
            if len(key) >= 2:
                self._names.append((key, pid, kind))
        if len(self._names) >= self.FLUSH:
            self._flush()

    def _flush(self) -> None:
        self.con.executemany("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", self._rows)
        self.con.executemany("INSERT INTO names_raw VALUES (?,?,?)", self._names)
        self._rows, self._names = [], []

    def finish(self, extra_meta: dict[str, str] | None = None) -> Path:
        self._flush()
        con = self.con
        con.execute(
            "INSERT INTO names SELECT key, pid, MIN(kind) FROM names_raw GROUP BY key, pid ORDER BY key, pid"
        )
        n_names = con.execute("SELECT COUNT(*) FROM names").fetchone()[0]
        con.execute("DROP TABLE names_raw")
        meta = {
            "schema_version": SCHEMA_VERSION,
            "source": self.source,
            "built_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
            "places": str(self.n_places),
            "names": str(n_names),
            **(extra_meta or {}),
        }
        con.executemany("INSERT INTO meta VALUES (?,?)", sorted(meta.items()))
        con.execute("CREATE INDEX places_geonameid ON places (geonameid)")
        con.commit()
        con.execute("VACUUM")
        con.close()
        os.replace(self.tmp, self.path)
        return self.path

    def abort(self) -> None:
        try:
            self.con.close()
        finally:
            if self.tmp.exists():
                self.tmp.unlink()


class Gazetteer:
    """Read-only lookups over a gazetteer file (thread-safe, cached per name)."""

    def __init__(self, path: Path) -> None:
        if not path.exists():
            raise DataError(f"gazetteer not found: {path}", hint="run `eventwire gazetteer build`")
        self.path = path
        self._local = threading.local()
        try:
            meta = dict(self._con().execute("SELECT key, value FROM meta").fetchall())
        except sqlite3.DatabaseError as exc:
            raise DataError(f"not a gazetteer file: {path} ({exc})", hint="rebuild: `eventwire gazetteer build`") from exc
        self.meta: dict[str, str] = meta
        self.capitals: frozenset[str] = frozenset(x for x in meta.get("capitals", "").split(",") if x)
        self._cache: dict[str, tuple[Candidate, ...]] = {}
        self._points: dict[str, tuple[tuple[float, float], ...]] = {}
        self._lock = threading.Lock()

    def _con(self) -> sqlite3.Connection:
        con: sqlite3.Connection | None = getattr(self._local, "con", None)
        if con is None:
            con = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
            self._local.con = con
        return con

    @property
    def schema_version(self) -> str:
        return self.meta.get("schema_version", "?")

    def lookup(self, name: str) -> tuple[Candidate, ...]:
        """Every place called ``name`` (any kind of name), most populous first."""
        return self.lookup_key(name_key(name))

    def lookup_key(self, key: str) -> tuple[Candidate, ...]:
        hit = self._cache.get(key)
        if hit is not None:
            return hit
        rows = self._con().execute(
            "SELECT p.id, p.geonameid, p.name, p.lat, p.lon, p.cc, p.country, p.admin1_code, p.admin1, "
            "p.admin2, p.feature, p.population, n.kind FROM names n JOIN places p ON p.pid = n.pid "
            "WHERE n.key = ? ORDER BY p.population DESC, p.pid",
            (key,),
        ).fetchall()
        out = tuple(Candidate(PlaceRow(*r[:12]), int(r[12])) for r in rows)
        with self._lock:
            if len(self._cache) > 200_000:
                self._cache.clear()
            self._cache[key] = out
        return out

    def get(self, place_id: str) -> PlaceRow | None:
        row = self._con().execute(
            "SELECT id, geonameid, name, lat, lon, cc, country, admin1_code, admin1, admin2, feature, population "
            "FROM places WHERE id = ?",
            (place_id,),
        ).fetchone()
        return PlaceRow(*row) if row else None

    def country(self, iso3: str) -> PlaceRow | None:
        row = self._con().execute(
            "SELECT id, geonameid, name, lat, lon, cc, country, admin1_code, admin1, admin2, feature, population "
            "FROM places WHERE feature = 'country' AND country = ?",
            (iso3,),
        ).fetchone()
        return PlaceRow(*row) if row else None

    def member_points(self, cc: str, admin1_code: str | None = None) -> tuple[tuple[float, float], ...]:
        """(lat, lon) of the populated places of a country, or of one of its first-level regions (cached)."""
        key = f"\x00members:{cc}:{admin1_code or ''}"
        with self._lock:
            hit = self._points.get(key)
        if hit is not None:
            return hit
        sql = "SELECT lat, lon FROM places WHERE cc = ? AND feature = 'populated_place'"
        args: tuple[str, ...] = (cc,)
        if admin1_code is not None:
            sql += " AND admin1_code = ?"
            args = (cc, admin1_code)
        rows = tuple((float(a), float(b)) for a, b in self._con().execute(sql, args).fetchall())
        with self._lock:
            self._points[key] = rows
        return rows

    def counts(self) -> dict[str, int]:
        rows = self._con().execute("SELECT feature, COUNT(*) FROM places GROUP BY feature").fetchall()
        return {str(f): int(n) for f, n in rows}

    def iter_places(self) -> Iterator[PlaceRow]:
        for row in self._con().execute(
            "SELECT id, geonameid, name, lat, lon, cc, country, admin1_code, admin1, admin2, feature, population "
            "FROM places ORDER BY pid"
        ):
            yield PlaceRow(*row)
