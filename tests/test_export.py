"""Exports load back: GeoJSON FeatureCollection, Parquet via pyarrow, ACLED CSV columns, PLOVER JSONL
validated against docs/schema/plover-event.schema.json, GDELT TSV with 61 columns."""

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


def _export(store: Store, fmt: str, filters: dict | None = None) -> tuple[int, str]:
    buf = io.StringIO()
    n = store.export(fmt, filters, buf)
    return n, buf.getvalue()


def test_geojson(store: Store) -> None:
    n, text = _export(store, "geojson")
    data = json.loads(text)
    assert data["type"] == "FeatureCollection" and len(data["features"]) == n == 2
    for f in data["features"]:
        assert f["geometry"]["type"] == "Point"
        lon, lat = f["geometry"]["coordinates"]
        assert -180 <= lon <= 180 and -90 <= lat <= 90
    vorlany = next(f for f in data["features"] if f["properties"]["type"] == "ASSAULT")
    assert vorlany["properties"]["n_articles"] == 3 and vorlany["geometry"]["coordinates"][0] == pytest.approx(30.2, abs=0.1)


def test_parquet(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "events.parquet"
    with out.open("wb") as fh:
        n = store.export("parquet", None, fh)
    table = pq.read_table(out)
    assert table.num_rows == n == 3
    rows = {r["type"]: r for r in table.to_pylist()}
    assert set(rows["ASSAULT"]["sources"]) == {"Test Wire", "Other Daily", "Third Post"}
    assert len(rows["ASSAULT"]["urls"]) == 3 and rows["CONSULT"]["lat"] is None


def test_acled_csv(store: Store) -> None:
    n, text = _export(store, "acled-csv")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert text.splitlines()[0].split(",") == ACLED_COLUMNS
    assert len(rows) == n == 3
    a = next(r for r in rows if r["notes"].startswith(("Artillery", "Four", "denied")))
    assert a["event_type"] == "Explosions/Remote violence" and a["disorder_type"] == "Political violence"
    assert a["country"] == "Ukraine" and a["iso"] == "804" and a["fatalities"] == "4"
    assert a["actor1"] == "Northern Brigade" and a["inter1"] == "2" and a["inter2"] == "7"
    assert a["interaction"] == "27" and a["civilian_targeting"] == "Civilian targeting"
    assert a["time_precision"] == "1" and a["year"] == "2025"
    c = next(r for r in rows if r["actor1"].startswith("Water"))
    # Honest blanks: nothing known about type, place or fatalities.
    assert c["event_type"] == c["latitude"] == c["country"] == c["fatalities"] == c["region"] == ""


def test_plover_jsonl_validates(store: Store) -> None:
    schema = json.loads((ROOT / "docs" / "schema" / "plover-event.schema.json").read_text())
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    n, text = _export(store, "plover-jsonl")
    lines = text.splitlines()
    assert len(lines) == n == 3
    for line in lines:
        rec = json.loads(line)
        errors = sorted(validator.iter_errors(rec), key=str)
        assert not errors, errors[0].message
    assault = next(json.loads(x) for x in lines if json.loads(x)["event"] == "ASSAULT")
    assert assault["status"] == "disputed" and assault["dead"] == 4 and assault["eventLoc"]["country code"] == "UA"
    assert {"actorText": "Northern Brigade", "sector": "REB"} in assault["source"]
    # The schema rejects what it should.
    bad = dict(assault, event="FIGHT")
    assert list(validator.iter_errors(bad))


def test_gdelt_tsv(store: Store) -> None:
    n, text = _export(store, "gdelt-tsv")
    lines = text.rstrip("\n").split("\n")
    assert len(lines) == n + 1
    assert all(len(line.split("\t")) == 61 for line in lines)
    header = lines[0].split("\t")
    row = dict(zip(header, lines[1].split("\t"), strict=True))
    assert row["GlobalEventID"].isdigit() and len(row["Day"]) == 8


def test_filters_and_unknown_format(store: Store) -> None:
    n, _ = _export(store, "acled-csv", {"type": "ASSAULT"})
    assert n == 1
    with pytest.raises(InputError):
        _export(store, "shapefile")


def test_cli_export_to_files(store: Store, tmp_path: Path) -> None:
    for fmt, name in (("geojson", "e.geojson"), ("parquet", "e.parquet"), ("acled-csv", "e.csv"),
                      ("plover-jsonl", "e.jsonl"), ("gdelt-tsv", "e.tsv")):
        out = tmp_path / name
        assert main(["export", "--db", store.url, "--format", fmt, "--output", str(out)]) == 0
        assert out.exists() and out.stat().st_size > 0
    assert json.loads((tmp_path / "e.geojson").read_text())["type"] == "FeatureCollection"
    assert pq.read_table(tmp_path / "e.parquet").num_rows == 3
    assert main(["export", "--db", store.url, "--format", "nope"]) != 0
