"""Derive the project's gazetteer (graph_data/reference/gazetteer.tsv.gz) from ROR data.

Sources are ROR v2-schema records: the project's extract (`*.jsonl`/`*.jsonl.gz`, one
record a line, flattened: country/city/lat/lng/wikidata at the top) and/or a full ROR dump
(`vX.Y-YYYY-MM-DD-ror-data.zip`, one JSON array of v2 records with `locations` and
`external_ids`). Both shapes are read by `ror_record`. The zip is streamed record by record,
so a 100k-record dump never sits in memory as one parsed array.

The curated table (curated.csv) is not merged into the file: `Gazetteer.load` reads it
beside the file, so a curator edits one CSV and nothing needs rebuilding. `build` checks it
against the new records and reports curated rows that ROR now covers.
"""
from __future__ import annotations

import gzip
import io
import json
import zipfile
from collections.abc import Iterator
from pathlib import Path

from loaders.gazetteer import (
    ACRONYM, ALIAS, CURATED_FILE, GAZETTEER_FILE, GENERIC_WORDS, LABEL, Record, encode_entries,
    header_line, index_entries, read_curated, record_line,
)
from loaders.normalise import fold

# A proper word in the names of this many records is "common" (see `common_words`).
COMMON_MIN_RECORDS = 100
# The project's ROR extract, used when `build` is given no source.
DEFAULT_SOURCE = Path(__file__).resolve().parent.parent.parent / "shared" / "reference" / "ror-records.jsonl.gz"


def _script_ok(value: str) -> bool:
    """Latin, Cyrillic or Arabic script only: names in other scripts (CJK, Thai...) cannot
    meet the four article languages and are left out of the shipped file to keep it small."""
    for ch in value:
        if ch.isalpha():
            o = ord(ch)
            if not (o < 0x250 or 0x400 <= o < 0x530 or 0x600 <= o < 0x700 or 0x750 <= o < 0x780
                    or 0xFB50 <= o < 0xFF00):
                return False
    return True


def ror_record(obj: dict) -> Record | None:
    """A Record from a ROR v2 record (extract or full-dump shape); None for inactive ones."""
    if obj.get("status", "active") != "active":
        return None
    if "names" not in obj:
        raise ValueError(f"{obj.get('id')}: a ROR v1-schema record; use a dump with v2 records "
                         "(ROR releases since v1.45 include them)")
    names: list[tuple[str, str | None, int]] = []
    display = None
    for item in obj.get("names", []):
        value = (item.get("value") or "").strip()
        types = item.get("types") or []
        if not value:
            continue
        if "ror_display" in types and display is None:
            display = value
        if not _script_ok(value):
            continue
        kind = ACRONYM if "acronym" in types else LABEL if ("label" in types or "ror_display" in types) else ALIAS
        names.append((value, item.get("lang"), kind))
    if display is None:
        display = next((v for v, _, t in names if t == LABEL), None) or (names[0][0] if names else obj["id"])
    country = obj.get("country")
    city, lat, lng = obj.get("city"), obj.get("lat"), obj.get("lng")
    if not country and obj.get("locations"):
        geo = obj["locations"][0].get("geonames_details") or {}
        country, city, lat, lng = geo.get("country_code"), geo.get("name"), geo.get("lat"), geo.get("lng")
    wikidata = obj.get("wikidata")
    if wikidata is None:
        wikidata = []
        for ext in obj.get("external_ids") or []:
            if ext.get("type") == "wikidata":
                pref = ext.get("preferred")
                wikidata = ([pref] if pref else []) + [w for w in ext.get("all") or [] if w != pref]
    parents, children = [], []
    for rel in obj.get("relationships") or []:
        kind = (rel.get("type") or "").lower()
        if kind == "parent":
            parents.append(rel["id"])
        elif kind == "child":
            children.append(rel["id"])
    return Record(id=obj["id"], display=display, country=(country or "").upper() or None,
                  city=city, lat=lat, lng=lng, wikidata=list(wikidata), types=list(obj.get("types") or []),
                  parents=parents, children=children, names=names, source="ror")


def _iter_json_array(fh: io.TextIOBase, chunk: int = 1 << 20) -> Iterator[dict]:
    """Objects of a top-level JSON array, decoded one at a time from a text stream."""
    decoder = json.JSONDecoder()
    buf, pos, started = "", 0, False
    while True:
        # skip separators
        while True:
            while pos < len(buf) and buf[pos] in " \t\r\n,":
                pos += 1
            if pos < len(buf):
                break
            more = fh.read(chunk)
            if not more:
                return
            buf, pos = buf[pos:] + more, 0
        if not started:
            if buf[pos] != "[":
                raise ValueError("a ROR dump holds one JSON array of records")
            started, pos = True, pos + 1
            continue
        if buf[pos] == "]":
            return
        while True:
            try:
                obj, end = decoder.raw_decode(buf, pos)
                break
            except json.JSONDecodeError:
                more = fh.read(chunk)
                if not more:
                    raise
                buf, pos = buf[pos:] + more, 0
        yield obj
        pos = end
        if pos > chunk:
            buf, pos = buf[pos:], 0


def iter_source(path: Path) -> Iterator[dict]:
    """Raw ROR records from a .jsonl(.gz) extract, a .json array, or a ROR dump .zip."""
    path = Path(path)
    if path.suffix == ".zip":
        with zipfile.ZipFile(path) as zf:
            members = [m for m in zf.namelist() if m.endswith(".json") and not m.startswith("__MACOSX")]
            if not members:
                raise ValueError(f"{path}: no .json file in the zip; expected a ROR data dump")
            # Dumps of 2024 ship a v1 and a v2 file side by side (…_schema_v2.json); take v2.
            member = next((m for m in members if "schema_v2" in m), members[0])
            with zf.open(member) as raw:
                yield from _iter_json_array(io.TextIOWrapper(raw, encoding="utf-8"))
        return
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as fh:
        if path.name.endswith((".jsonl", ".jsonl.gz")):
            for line in fh:
                if line.strip():
                    yield json.loads(line)
        else:
            yield from _iter_json_array(fh)


def common_words(index: dict[str, dict[int, int]], min_records: int = COMMON_MIN_RECORDS) -> set[str]:
    """Proper words (not generic institution words) in the names of many records, such as
    "excellence" or "health": an alias made of one of them names nothing in particular."""
    df: dict[str, int] = {}
    for key, slot in index.items():
        if key.startswith("~"):
            for w in set(key[1:].split()):
                if w not in GENERIC_WORDS:
                    df[w] = df.get(w, 0) + len(slot)
    return {w for w, n in df.items() if n >= min_records}


def build(sources: list[Path], out_dir: Path, curated: Path | None = None) -> dict:
    """Write out_dir/gazetteer.tsv.gz from ROR sources; return statistics.

    No sources: the project's extract (../shared/reference/ror-records.jsonl.gz).
    Later sources win for a record id present in several. `curated` (default:
    out_dir/curated.csv when it exists) is checked, not merged: rows whose English name
    a ROR record of the same country now carries are listed under `curated_in_ror`.
    """
    if not sources:
        if not DEFAULT_SOURCE.exists():
            raise ValueError("no ROR source given and the project extract "
                             f"{DEFAULT_SOURCE} is missing; pass a .jsonl.gz extract or a ROR dump .zip")
        sources = [DEFAULT_SOURCE]
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    by_id: dict[str, Record] = {}
    read = skipped = 0
    for src in sources:
        for obj in iter_source(Path(src)):
            read += 1
            rec = ror_record(obj)
            if rec is None:
                skipped += 1
                continue
            by_id[rec.id] = rec
    records = sorted(by_id.values(), key=lambda r: r.id)
    # Children listed only on the parent side (or only on the child side) are made symmetric.
    known = {r.id for r in records}
    for rec in records:
        for parent in rec.parents:
            if parent in known:
                p = by_id[parent]
                if rec.id not in p.children:
                    p.children.append(rec.id)
    index = index_entries(records)
    # ROR cities become place names for city-qualified mentions ("X University Tehran").
    cities: dict[str, set[str]] = {}
    for rec in records:
        if rec.city and rec.country:
            cities.setdefault(fold(rec.city), set()).add(rec.country)
    source_desc = "; ".join(Path(s).name for s in sources)
    path = out_dir / GAZETTEER_FILE
    keys = sorted(index)
    places = sorted(k for k in cities if k)
    # Keys and their values go in two blocks of lines so loading is one dict(zip(...)).
    lines = [header_line(len(records), len(keys), len(places), source_desc)]
    lines += [record_line(r) for r in records]
    lines += keys
    lines += [encode_entries(index[k]) for k in keys]
    lines += places
    lines += [" ".join(sorted(cities[k])) for k in places]
    lines.append(" ".join(sorted(common_words(index))))
    with open(path, "wb") as fh:
        # mtime=0: the same input gives byte-identical output, so the shipped file diffs cleanly.
        fh.write(gzip.compress(("\n".join(lines) + "\n").encode("utf-8"), compresslevel=9, mtime=0))
    stats = {
        "sources": [str(s) for s in sources], "read": read, "inactive_skipped": skipped,
        "records": len(records), "names": sum(len(r.names) for r in records),
        "keys": len(index), "places": len(cities), "file": str(path), "bytes": path.stat().st_size,
    }
    curated = Path(curated) if curated else out_dir / CURATED_FILE
    if curated.exists():
        english = {}
        for rec in records:
            for value, lang, kind in rec.names:
                if kind != ACRONYM:
                    english.setdefault((fold(value), rec.country), rec.id)
        rows = read_curated(curated)
        stats["curated"] = len(rows)
        stats["curated_in_ror"] = {
            row.id: english[(fold(v), row.country)]
            for row in rows for v, lang, kind in row.names[:1] if (fold(v), row.country) in english}
    return stats


def import_ror(zip_path: Path, out_dir: Path, extract: Path | None = None) -> dict:
    """Build the gazetteer from a full ROR dump zip (plus the extract, which the dump overrides)."""
    sources = [Path(extract)] if extract and Path(extract).exists() else []
    return build(sources + [Path(zip_path)], out_dir)
