"""Exports load back in their consumers' readers (csv, json + docs/schema/plover-event.schema.json, pyarrow)
on a store of hand-built records: ACLED CSV, PLOVER JSONL, GeoJSON, Parquet, GDELT TSV (61 columns, no header).
tests/test_export_examples.py checks the same exports on a store built by the real pipeline from examples/."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import jsonschema
import pyarrow.parquet as pq
import pytest

from eventwire.cli import main
from eventwire.errors import InputError
from eventwire.export import gdelt
from eventwire.store import Store

from .test_store_helpers import stories

ROOT = Path(__file__).resolve().parent.parent
# ACLED's column names, as listed in issue 7.
ACLED_COLUMNS = ["event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp"]


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    s = Store(f"sqlite:///{tmp_path_factory.mktemp('export') / 'store.sqlite'}")
    for r in stories():
        s.add_record(r, None, key=r.article.url)
    # An event without coordinates (GeoJSON leaves it out; the other formats keep it).
    from .test_store_helpers import make_record

    text = "Ministers meet over water deal\nThe two ministers met in the capital to discuss the water deal.\n"
    s.add_record(make_record(text, [dict(type="CONSULT", evidence="The two ministers met in the capital",
                                         actors=["Water Minister Ola Brandt"], date="2025-03-02")]), None)
    return s


def _export(store: Store, fmt: str, filters: dict | None = None, options: dict | None = None) -> tuple[int, str]:
    buf = io.StringIO()
    n = store.export(fmt, filters, buf, **(options or {}))
    return n, buf.getvalue()


def _plover_validator() -> jsonschema.Draft202012Validator:
    schema = json.loads((ROOT / "docs" / "schema" / "plover-event.schema.json").read_text())
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())


def test_geojson(store: Store) -> None:
    n, text = _export(store, "geojson")
    data = json.loads(text)
    assert data["type"] == "FeatureCollection" and len(data["features"]) == n == 2
    for f in data["features"]:
        assert f["geometry"]["type"] == "Point"
        lon, lat = f["geometry"]["coordinates"]
        assert -180 <= lon <= 180 and -90 <= lat <= 90
        assert f["properties"]["status"] and f["properties"]["geo_precision"] in (1, 2, 3)
    vorlany = next(f for f in data["features"] if f["properties"]["type"] == "ASSAULT")
    assert vorlany["properties"]["n_articles"] == 3 and vorlany["geometry"]["coordinates"][0] == pytest.approx(30.2, abs=0.1)
    assert vorlany["properties"]["according_to"] == {"name": "Ilse Marnak", "code": None, "sector": None}
    assert vorlany["properties"]["status"] == "disputed" and vorlany["properties"]["time_precision"] == 1


def test_parquet(store: Store, tmp_path: Path) -> None:
    import datetime as dt
    import struct

    import pyarrow as pa

    out = tmp_path / "events.parquet"
    with out.open("wb") as fh:
        n = store.export("parquet", None, fh)
    table = pq.read_table(out)
    assert table.num_rows == n == 3
    for col in ("date", "date_min", "date_max"):
        assert table.schema.field(col).type == pa.date32()
    rows = {r["type"]: r for r in table.to_pylist()}
    assert set(rows["ASSAULT"]["sources"]) == {"Test Wire", "Other Daily", "Third Post"}
    assert len(rows["ASSAULT"]["urls"]) == 3 and rows["CONSULT"]["lat"] is None
    assert rows["ASSAULT"]["date"] == dt.date(2025, 3, 3) and rows["ASSAULT"]["status"] == "disputed"
    assert rows["ASSAULT"]["according_to"]["name"] == "Ilse Marnak" and rows["CONSULT"]["according_to"] is None
    # GeoParquet: the geometry column is WKB points with the event's coordinates; metadata names it.
    geo = json.loads(pq.read_schema(out).metadata[b"geo"])
    assert geo["primary_column"] == "geometry" and geo["columns"]["geometry"]["encoding"] == "WKB"
    order, kind, lon, lat = struct.unpack("<BIdd", rows["ASSAULT"]["geometry"])
    assert (order, kind) == (1, 1) and (lon, lat) == (rows["ASSAULT"]["lon"], rows["ASSAULT"]["lat"])
    assert rows["CONSULT"]["geometry"] is None
    minx, miny, maxx, maxy = geo["columns"]["geometry"]["bbox"]
    assert minx <= lon <= maxx and miny <= lat <= maxy


def test_acled_csv(store: Store) -> None:
    n, text = _export(store, "acled-csv")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert text.splitlines()[0].split(",") == ACLED_COLUMNS
    # Only events with an ACLED type by default: the CONSULT event is left out.
    assert len(rows) == n == 2 and all(r["event_type"] for r in rows)
    a = next(r for r in rows if r["event_type"] == "Explosions/Remote violence")
    assert a["disorder_type"] == "Political violence"
    assert a["country"] == "Ukraine" and a["iso"] == "804" and a["region"] == "Europe" and a["fatalities"] == "4"
    assert a["actor1"] == "Northern Brigade" and a["inter1"] == "2" and a["inter2"] == "7"
    assert a["interaction"] == "27" and a["civilian_targeting"] == "Civilian targeting"
    assert a["time_precision"] == "1" and a["year"] == "2025"
    # Disputed (a report says it happened, another denies it): who says so is in the notes.
    assert "According to Ilse Marnak; status: disputed." in a["notes"]
    p = next(r for r in rows if r["event_type"] == "Protests")
    # Teachers are civilians (7) by sector but protesters (6) as actor 1 of a protest; sole actor -> 60.
    assert p["inter1"] == "6" and p["interaction"] == "60" and p["country"] == "Moldova"
    assert p["fatalities"] == "0" and p["tags"] == "crowd size=no report" and "According" not in p["notes"]
    _, every = _export(store, "acled-csv", options={"all_events": True})
    rows = list(csv.DictReader(io.StringIO(every)))
    c = next(r for r in rows if r["actor1"].startswith("Water"))
    # Honest blanks: nothing known about type or place; fatalities coded 0 as ACLED does.
    assert c["event_type"] == c["latitude"] == c["country"] == c["region"] == c["geo_precision"] == ""
    assert c["fatalities"] == "0" and len(rows) == 3


def test_plover_jsonl_validates(store: Store) -> None:
    validator = _plover_validator()
    n, text = _export(store, "plover-jsonl")
    lines = text.splitlines()
    assert len(lines) == n == 3
    for line in lines:
        rec = json.loads(line)
        errors = sorted(validator.iter_errors(rec), key=str)
        assert not errors, errors[0].message
    assault = next(json.loads(x) for x in lines if json.loads(x)["event"] == ["ASSAULT"])
    assert assault["status"] == "disputed" and assault["dead"] == 4
    assert assault["event_loc"]["country_code"] == "UKR" and assault["event_loc"]["country"] == "Ukraine"
    assert {"code": None, "sector": "REB", "entity_text": "Northern Brigade"} in assault["actor"]
    assert assault["according_to"]["entity_text"] == "Ilse Marnak"
    assert assault["quad_code"] == 4 and assault["time_precision"] == 1
    # One report per mention, each with its own status and claimant.
    denial = next(r for r in assault["reports"] if r["status"] == "denied")
    assert denial["according_to"]["entity_text"] == "Northern Brigade"
    # The schema rejects what it should: an old category name, the 2016 field names.
    assert list(validator.iter_errors(dict(assault, event=["FIGHT"])))
    assert list(validator.iter_errors(dict(assault, source=[])))


def test_gdelt_tsv(store: Store) -> None:
    n, text = _export(store, "gdelt-tsv")
    lines = text.rstrip("\n").split("\n")
    assert len(lines) == n  # GDELT's files have no header line
    rows = list(csv.reader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE))
    assert all(len(r) == 61 for r in rows)
    assert all(r[0].isdigit() and len(r[1]) == 8 for r in rows)
    _, with_header = _export(store, "gdelt-tsv", options={"header": True})
    assert with_header.split("\n")[0].split("\t") == list(gdelt.COLUMNS)


def test_filters_and_unknown_format(store: Store) -> None:
    n, _ = _export(store, "acled-csv", {"type": "ASSAULT"})
    assert n == 1
    with pytest.raises(InputError):
        _export(store, "shapefile")


def test_cli_export_to_files(store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for fmt, name in (("geojson", "e.geojson"), ("parquet", "e.parquet"), ("acled-csv", "e.csv"),
                      ("plover-jsonl", "e.jsonl"), ("gdelt-tsv", "e.tsv")):
        out = tmp_path / name
        assert main(["export", "--db", store.url, "--format", fmt, "--output", str(out)]) == 0
        assert out.exists() and out.stat().st_size > 0
    assert json.loads((tmp_path / "e.geojson").read_text())["type"] == "FeatureCollection"
    # The CONSULT event has no coordinates: GeoJSON leaves it out and says so on stderr.
    assert "left out 1 event with no coordinates" in capsys.readouterr().err
    assert pq.read_table(tmp_path / "e.parquet").num_rows == 3
    assert main(["export", "--db", store.url, "--format", "gdelt-tsv", "--header", "--output",
                 str(tmp_path / "h.tsv")]) == 0
    assert (tmp_path / "h.tsv").read_text().startswith("GlobalEventID\tDay\t")
    assert main(["export", "--db", store.url, "--format", "acled-csv", "--all-events", "--output",
                 str(tmp_path / "all.csv")]) == 0
    assert len(list(csv.DictReader((tmp_path / "all.csv").open()))) == 3
    assert main(["export", "--db", store.url, "--format", "nope"]) != 0


def test_acled_demonstrators_are_actor1(tmp_path: Path) -> None:
    """Police dispersing protesters: ACLED writes the protesters as actor 1 (6) and the police as actor 2 (1)."""
    from .test_store_helpers import make_record

    text = "Police disperse march\nPolice fired tear gas at protesters marching through Delmora on Friday.\n"
    s = Store(f"sqlite:///{tmp_path / 's.sqlite'}")
    s.add_record(make_record(text, [dict(
        type="PROTEST", evidence="Police fired tear gas at protesters marching through Delmora on Friday",
        actors=["Police"], actor_sector="COP", recipients=["protesters"], recipient_sector="CVL",
        place=("Delmora", 47.0, 28.8, "MDA"), date="2025-03-07", said_by="Delmora police",
        acled={"event_type": "Protests", "sub_event_type": "Protest with intervention"})]), None)
    row = next(csv.DictReader(io.StringIO(_export(s, "acled-csv")[1])))
    assert (row["actor1"], row["inter1"], row["actor2"], row["inter2"]) == ("protesters", "6", "Police", "1")
    assert row["interaction"] == "16" and row["civilian_targeting"] == ""
