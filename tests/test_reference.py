"""Building the gazetteer from a ROR extract (.jsonl.gz) and from a full ROR dump (.zip)."""
from __future__ import annotations

import gzip
import io
import json
import zipfile

import pytest

from loaders.gazetteer import GAZETTEER_FILE, Gazetteer
from unikg.reference import _iter_json_array, build, import_ror, ror_record


def flat(rid, name, country, city, **extra):
    """A record in the extract's flattened v2 shape."""
    return {"id": f"https://ror.org/{rid}",
            "names": [{"value": name, "lang": None, "types": ["ror_display", "label"]}] + extra.pop("names", []),
            "types": ["education"], "country": country, "city": city, "lat": 10.0, "lng": 20.0,
            "wikidata": extra.pop("wikidata", []), "established": None, "domains": [],
            "relationships": extra.pop("relationships", [])}


def full(rid, name, country, city, status="active", **extra):
    """A record in the full dump's v2 shape (locations, external_ids, status)."""
    return {"id": f"https://ror.org/{rid}", "status": status, "types": ["education"],
            "names": [{"value": name, "lang": "en", "types": ["ror_display", "label"]}] + extra.pop("names", []),
            "locations": [{"geonames_id": 1, "geonames_details": {
                "country_code": country, "name": city, "lat": 1.25, "lng": 3.5}}],
            "external_ids": [{"type": "wikidata", "all": extra.pop("wikidata", []), "preferred": None}],
            "relationships": extra.pop("relationships", []), "links": [], "domains": []}


def write_jsonl(path, records):
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


def test_build_from_extract(tmp_path):
    src = tmp_path / "extract.jsonl.gz"
    write_jsonl(src, [
        flat("0aaaaaa01", "Kharazmi University", "IR", "Tehran", wikidata=["Q6400588"],
             names=[{"value": "دانشگاه خوارزمی", "lang": "fa", "types": ["label"]},
                    {"value": "哈拉兹米大学", "lang": "zh", "types": ["label"]}]),
        flat("0aaaaaa02", "Kharazmi Faculty of Science", "IR", "Tehran",
             relationships=[{"type": "Parent", "id": "https://ror.org/0aaaaaa01", "label": "x"}]),
    ])
    out = tmp_path / "ref"
    stats = build([src], out)
    assert stats["records"] == 2 and stats["read"] == 2
    assert stats["names"] == 3          # the Chinese label is left out of the shipped file
    gaz = Gazetteer.load(out)
    link = gaz.match("دانشگاه خوارزمی")
    assert link.id == "https://ror.org/0aaaaaa01" and link.wikidata == "Q6400588"
    assert (link.city, link.lat, link.lng) == ("Tehran", 10.0, 20.0)
    # The child relation exists only on the child's side in the source; build mirrors it.
    assert gaz.record(gaz._number("0aaaaaa01")).children == ["https://ror.org/0aaaaaa02"]
    assert gaz.parent_of("https://ror.org/0aaaaaa02").id == "https://ror.org/0aaaaaa01"


def test_build_is_deterministic(tmp_path):
    src = tmp_path / "extract.jsonl.gz"
    write_jsonl(src, [flat("0aaaaaa01", "Kharazmi University", "IR", "Tehran")])
    build([src], tmp_path / "a")
    build([src], tmp_path / "b")
    assert (tmp_path / "a" / GAZETTEER_FILE).read_bytes() == (tmp_path / "b" / GAZETTEER_FILE).read_bytes()


def test_import_full_dump_zip(tmp_path):
    records = [
        full("0bbbbbb01", "University of Halabja", "IQ", "Halabja", wikidata=["Q111"],
             names=[{"value": "UoH", "lang": None, "types": ["acronym"]}]),
        full("0bbbbbb02", "Old College", "IQ", "Halabja", status="withdrawn"),
        full("0bbbbbb03", "Halabja College of Arts", "IQ", "Halabja",
             relationships=[{"type": "parent", "id": "https://ror.org/0bbbbbb01", "label": "x"}]),
    ]
    zpath = tmp_path / "v9.9-2099-01-01-ror-data.zip"
    with zipfile.ZipFile(zpath, "w") as zf:
        zf.writestr("v9.9-2099-01-01-ror-data.json", json.dumps(records))      # v1 file: ignored
        zf.writestr("v9.9-2099-01-01-ror-data_schema_v2.json", json.dumps(records, indent=1))
    stats = import_ror(zpath, tmp_path / "ref")
    assert stats["read"] == 3 and stats["inactive_skipped"] == 1 and stats["records"] == 2
    gaz = Gazetteer.load(tmp_path / "ref")
    link = gaz.match("Halabja University")
    assert link.id == "https://ror.org/0bbbbbb01" and link.country == "IQ"
    assert (link.city, link.lat, link.wikidata) == ("Halabja", 1.25, "Q111")
    assert gaz.match("Old College") is None


def test_extract_and_dump_merge_with_the_later_source_winning(tmp_path):
    src = tmp_path / "extract.jsonl.gz"
    write_jsonl(src, [flat("0bbbbbb01", "Halabja University Old Name", "IQ", "Halabja"),
                      flat("0ccccccc1", "Zakho University", "IQ", "Zakho")])
    zpath = tmp_path / "dump.zip"
    with zipfile.ZipFile(zpath, "w") as zf:
        zf.writestr("dump_schema_v2.json", json.dumps([full("0bbbbbb01", "University of Halabja", "IQ", "Halabja")]))
    stats = import_ror(zpath, tmp_path / "ref", extract=src)
    assert stats["records"] == 2
    gaz = Gazetteer.load(tmp_path / "ref")
    assert gaz.get("https://ror.org/0bbbbbb01").name == "University of Halabja"
    assert gaz.match("Zakho University").id == "https://ror.org/0ccccccc1"


def test_json_array_is_streamed_across_chunk_boundaries():
    objs = [{"id": i, "name": "x" * (i * 3), "nested": [{"a": "]"}, "}"]} for i in range(20)]
    text = " [\n" + ",\n".join(json.dumps(o) for o in objs) + "\n]\n"
    assert list(_iter_json_array(io.StringIO(text), chunk=7)) == objs


def test_ror_record_reads_both_shapes():
    a = ror_record(flat("0aaaaaa01", "X University", "IR", "Tehran", wikidata=["Q1"]))
    b = ror_record(full("0aaaaaa01", "X University", "IR", "Tehran", wikidata=["Q1"]))
    assert (a.country, a.city, a.wikidata, a.display) == (b.country, b.city, b.wikidata, b.display)
    assert ror_record(full("0aaaaaa09", "Gone", "IR", "Tehran", status="inactive")) is None


def test_curated_row_superseded_by_ror(tmp_path):
    src = tmp_path / "extract.jsonl.gz"
    write_jsonl(src, [flat("0ddddddd1", "Sharif University of Technology", "IR", "Tehran")])
    out = tmp_path / "ref"
    out.mkdir()
    (out / "curated.csv").write_text(
        "id,name_en,name_fa,name_ru,name_ar,other_names,acronyms,country,city,lat,lng,wikidata,parent,types,source\n"
        "sharif,Sharif University of Technology,دانشگاه صنعتی شریف,,,,,IR,Tehran,,,,,education,test\n"
        "amirkabir,Amirkabir University of Technology,دانشگاه صنعتی امیرکبیر,,,,,IR,Tehran,,,,,education,test\n",
        encoding="utf-8")
    stats = build([src], out)
    assert stats["curated_in_ror"] == {"curated:sharif": "https://ror.org/0ddddddd1"}
    gaz = Gazetteer.load(out)
    # The curated Persian name now leads to the ROR record, and the old id redirects.
    assert gaz.match("دانشگاه صنعتی شریف").id == "https://ror.org/0ddddddd1"
    assert gaz.get("curated:sharif").id == "https://ror.org/0ddddddd1"
    assert gaz.match("دانشگاه صنعتی امیرکبیر").id == "curated:amirkabir"


def test_keys_from_other_code_are_recomputed(tmp_path):
    src = tmp_path / "extract.jsonl.gz"
    write_jsonl(src, [flat("0aaaaaa01", "Kharazmi University", "IR", "Tehran")])
    out = tmp_path / "ref"
    build([src], out)
    path = out / GAZETTEER_FILE
    lines = gzip.decompress(path.read_bytes()).decode().split("\n")
    head = lines[0].split("\t")
    head[1] = "0"                                   # an older key version
    n = int(head[3])
    key_lines = range(n + 1, n + 1 + int(head[4]))
    lines = ["\t".join(head)] + ["~stale" if i in key_lines else ln for i, ln in enumerate(lines) if i]
    path.write_bytes(gzip.compress("\n".join(lines).encode()))
    gaz = Gazetteer.load(out)
    assert "~stale" not in gaz._index
    assert gaz.match("Kharazmi University").id == "https://ror.org/0aaaaaa01"


def test_common_words_are_counted_over_records():
    from unikg.reference import common_words
    index = {"~excellence centre": {1: 1, 2: 0}, "~cancer excellence institute": {3: 0},
             "~tehran university": {4: 0}, "A" + "hse": {5: 2, 6: 2, 7: 2}}
    # Generic words ("centre", "university") are never "common"; acronyms are not counted.
    assert common_words(index, min_records=3) == {"excellence"}
    assert common_words(index, min_records=1) == {"excellence", "cancer", "tehran"}


def test_v1_schema_records_are_refused_with_a_hint():
    with pytest.raises(ValueError, match="v2"):
        ror_record({"id": "https://ror.org/0aaaaaa01", "name": "Old Shape University", "status": "active"})
