"""The exports of a store built by the real pipeline (spaCy, gazetteer, store) from the project's example
articles in examples/, each loaded with its consumer's reader: csv for ACLED, csv with tabs for GDELT,
json + docs/schema/plover-event.schema.json for PLOVER, json for GeoJSON, pyarrow for Parquet."""

from __future__ import annotations

import csv
import io
import json
import struct
from pathlib import Path

import jsonschema
import pyarrow as pa
import pyarrow.csv as pv
import pyarrow.parquet as pq
import pytest

from eventwire.cli import main
from eventwire.export import acled, codebooks, gdelt
from eventwire.store import Store

from .conftest import EXAMPLES, ROOT


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    url = f"sqlite:///{tmp_path_factory.mktemp('examples') / 'store.sqlite'}"
    assert main(["ingest", "--db", url, str(EXAMPLES), "-q"]) == 0
    return Store(url)


def _text(store: Store, fmt: str, **options: object) -> str:
    buf = io.StringIO()
    store.export(fmt, None, buf, **options)
    return buf.getvalue()


@pytest.fixture(scope="module")
def plover(store: Store) -> dict[str, dict]:
    return {r["id"]: r for r in map(json.loads, _text(store, "plover-jsonl").splitlines())}


def test_plover_records_follow_the_schema_and_carry_who_says_so(plover: dict[str, dict]) -> None:
    schema = json.loads((ROOT / "docs" / "schema" / "plover-event.schema.json").read_text())
    validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
    assert len(plover) >= 10
    for rec in plover.values():
        errors = list(validator.iter_errors(rec))
        assert not errors, (rec["id"], errors[0].message)
        assert ("negated" in rec["context"]) == (rec["status"] == "denied")
        if rec["status"] in ("claimed", "denied"):
            # A claimed or denied event is claimed or denied by someone the text names.
            assert rec["according_to"] and rec["according_to"]["entity_text"], rec
    denied = [r for r in plover.values() if r["status"] == "denied"]
    assert denied and all(r["according_to"] for r in denied)
    located = [r for r in plover.values() if r["event_loc"] and r["event_loc"]["feature_class"] == "P"]
    assert located
    for r in located:
        loc = r["event_loc"]
        # a town named in the event's sentence is precision 1; one taken from the dateline or the article's
        # focus (reasons say so) is at least 2
        assert isinstance(loc["geonameid"], int) and loc["resolution"] == 4 and r["geo_precision"] in (1, 2)
    assert any(r["geo_precision"] == 1 for r in located)
    # A country centroid is not a town: precision 3, resolution 1.
    countries = [r for r in plover.values() if r["event_loc"] and r["event_loc"]["resolution"] == 1]
    assert countries and all(r["geo_precision"] == 3 for r in countries)
    assert all(r["event_scale"] is None or -10 <= r["event_scale"] <= 10 for r in plover.values())


def test_acled_rows_follow_the_codebook(store: Store, plover: dict[str, dict]) -> None:
    text = _text(store, "acled-csv")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert list(rows[0]) == list(acled.COLUMNS) and len(acled.COLUMNS) == 31
    assert rows and all(r["event_type"] in acled.DISORDER for r in rows)
    every = list(csv.DictReader(io.StringIO(_text(store, "acled-csv", all_events=True))))
    assert len(every) == len(plover) > len(rows)
    for r in rows:
        assert r["fatalities"].isdigit()
        assert r["time_precision"] in ("1", "2", "3")
        assert r["interaction"] == acled.interaction(int(r["inter1"]) if r["inter1"] else None,
                                                     int(r["inter2"]) if r["inter2"] else None)
        if r["event_type"] != "Strategic developments":
            assert r["actor1"] and r["inter1"], r
        if r["latitude"]:
            assert r["geo_precision"] in ("1", "2", "3") and r["region"] and r["country"]
        if r["event_type"] in ("Protests", "Riots") and r["inter1"] not in ("1", "2", "3", "4", "8"):
            assert r["inter1"] == ("6" if r["event_type"] == "Protests" else "5")
        if plover[r["event_id_cnty"]]["status"] in ("claimed", "disputed", "denied"):
            assert "According to" in r["notes"], r
        else:
            assert "According to" not in r["notes"]
    ukraine = [r for r in rows if r["iso"] == "804"]
    assert ukraine and all(r["country"] == "Ukraine" and r["region"] == "Europe" for r in ukraine)
    russia = [r for r in rows if r["iso"] == "643"]
    assert all(r["country"] == "Russia" and r["region"] == "Europe" for r in russia)
    assert all(r["geo_precision"] == "3" for r in russia if r["location"] == "Russia")
    # Police firing tear gas at a crowd of protesters is a protest event, not a battle.
    tear_gas = [r for r in rows if "fired tear gas" in r["notes"] and "ASSAULT" in plover[r["event_id_cnty"]]["event"]
                and any(w in " ".join(r[k] for k in ("actor1", "assoc_actor_1", "actor2", "assoc_actor_2")).lower()
                        for w in ("police", "officer"))]
    assert tear_gas and all(r["event_type"] == "Protests" for r in tear_gas)
    # ... with the police as actor 2 (state forces, 1) when the report names them as acting on the crowd.
    assert any(r["inter2"] == "1" and any(w in r["actor2"].lower() for w in ("police", "officer")) for r in tear_gas)
    unnamed = [r for r in rows if r["actor1"].startswith("Unidentified Armed Group")]
    assert unnamed and all(r["inter1"] == "3" for r in unnamed)
    # A typed reader infers ACLED's numeric columns as numbers (no blank fatalities).
    table = pv.read_csv(io.BytesIO(text.encode()))
    assert pa.types.is_integer(table.schema.field("fatalities").type)
    assert pa.types.is_integer(table.schema.field("time_precision").type)
    assert pa.types.is_floating(table.schema.field("latitude").type)


def test_gdelt_rows_are_gdelt_shaped(store: Store) -> None:
    text = _text(store, "gdelt-tsv")
    rows = [dict(zip(gdelt.COLUMNS, r, strict=True))
            for r in csv.reader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE)]
    assert rows and rows[0]["GlobalEventID"].isdigit()  # no header line
    for r in rows:
        code = r["EventCode"]
        assert len(code) in (3, 4) and r["EventRootCode"] == code[:2] and r["EventBaseCode"] == code[:3]
        assert float(r["GoldsteinScale"]) == codebooks.goldstein(code)
        if r["ActionGeo_Lat"]:
            assert r["ActionGeo_Type"] in ("1", "4", "5")
            if r["ActionGeo_Type"] in ("1", "4"):  # a country's FIPS code, a town's GeoNames id
                assert r["ActionGeo_FeatureID"]
            assert r["ActionGeo_CountryCode"] == codebooks.fips(_iso3_of(r["ActionGeo_FullName"]))
    assert {"UP", "KE"} <= {r["ActionGeo_CountryCode"] for r in rows}
    table = pv.read_csv(io.BytesIO(text.encode()), read_options=pv.ReadOptions(column_names=list(gdelt.COLUMNS)),
                        parse_options=pv.ParseOptions(delimiter="\t", quote_char=False))
    assert table.num_rows == len(rows) and pa.types.is_floating(table.schema.field("GoldsteinScale").type)
    header = _text(store, "gdelt-tsv", header=True).split("\n")[0].split("\t")
    assert header == list(gdelt.COLUMNS) and len(header) == 61


def _iso3_of(full_name: str) -> str:
    country = full_name.rsplit(", ", 1)[-1]
    return {"Ukraine": "UKR", "Kenya": "KEN", "Russia": "RUS"}[country]


def test_geojson_and_parquet_carry_status_source_and_precision(store: Store, plover: dict[str, dict],
                                                               tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "e.geojson"
    assert main(["export", "--db", store.url, "--format", "geojson", "--output", str(out)]) == 0
    features = json.loads(out.read_text())["features"]
    unlocated = sum(1 for r in plover.values() if r["event_loc"] is None or r["event_loc"]["lat"] is None)
    err = capsys.readouterr().err
    if unlocated:  # (every example event is placed once the dateline and focus fallbacks apply)
        assert f"left out {unlocated} events with no coordinates" in err
    else:
        assert "left out" not in err
    assert len(features) == len(plover) - unlocated
    for f in features:
        rec = plover[f["id"]]
        props = f["properties"]
        assert props["status"] == rec["status"] and props["geo_precision"] == rec["geo_precision"]
        assert (props["according_to"] or {}).get("name") == (rec["according_to"] or {}).get("entity_text")
    pq_out = tmp_path / "e.parquet"
    assert main(["export", "--db", store.url, "--format", "parquet", "--output", str(pq_out)]) == 0
    table = pq.read_table(pq_out)
    assert table.schema.field("date").type == pa.date32() and table.num_rows == len(plover)
    assert pa.types.is_struct(table.schema.field("according_to").type)
    geo = json.loads(table.schema.metadata[b"geo"])
    assert geo["columns"]["geometry"]["geometry_types"] == ["Point"]
    for row in table.to_pylist():
        rec = plover[row["id"]]
        assert row["status"] == rec["status"] and row["time_precision"] == rec["time_precision"]
        if row["geometry"] is not None:
            assert struct.unpack("<BIdd", row["geometry"])[2:] == (row["lon"], row["lat"])
