"""Write SPARQL results (the W3C JSON structure as a dict) as text.

Formats: `table` (aligned columns for people, IRIs shortened with the project's prefixes),
`json` (W3C SPARQL 1.1 Query Results JSON), `csv` and `tsv` (W3C SPARQL 1.1 Query Results
CSV and TSV formats).
"""
from __future__ import annotations

import json
import unicodedata
from typing import Any

FORMATS = ("table", "json", "csv", "tsv")

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"

# Longest namespace first, so `id:` wins over a shorter overlapping prefix.
PREFIXES = sorted({
    "unikg": "https://w3id.org/unikg/ontology#",
    "topic": "https://w3id.org/unikg/topic/",
    "id": "https://w3id.org/unikg/id/",
    "graph": "https://w3id.org/unikg/graph/",
    "org": "http://www.w3.org/ns/org#",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "schema": "https://schema.org/",
    "prov": "http://www.w3.org/ns/prov#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "dcterms": "http://purl.org/dc/terms/",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "ror": "https://ror.org/",
    "wd": "http://www.wikidata.org/entity/",
}.items(), key=lambda kv: -len(kv[1]))


def format_results(results: dict[str, Any], fmt: str, *, max_width: int = 80) -> str:
    """`results` written in `fmt` (one of FORMATS); `max_width` cuts long table cells."""
    if fmt == "json":
        return _json(results)
    if fmt == "csv":
        return _csv(results)
    if fmt == "tsv":
        return _tsv(results)
    if fmt == "table":
        return _table(results, max_width)
    raise ValueError(f"unknown results format {fmt!r}; use one of {', '.join(FORMATS)}")


def _rows(results: dict[str, Any]) -> tuple[list[str], list[dict[str, Any]]]:
    return results.get("head", {}).get("vars", []), results.get("results", {}).get("bindings", [])


def _boolean(results: dict[str, Any]) -> str | None:
    if "boolean" in results:
        return "true" if results["boolean"] else "false"
    return None


# ---------------------------------------------------------------- JSON

def _json(results: dict[str, Any]) -> str:
    # One binding per line: as readable as an indented dump and written by json's C
    # encoder (`indent` falls back to the pure-Python one, 5x slower on 45k rows).
    if "results" not in results:
        return json.dumps(results, ensure_ascii=False, indent=2) + "\n"
    names, rows = _rows(results)
    head = json.dumps(results.get("head", {"vars": names}), ensure_ascii=False)
    lines = [json.dumps(row, ensure_ascii=False) for row in rows]
    bindings = "[\n  " + ",\n  ".join(lines) + "\n ]" if lines else "[]"
    return '{"head": ' + head + ',\n "results": {"bindings": ' + bindings + '}}\n'


# ---------------------------------------------------------------- CSV (RFC 4180 lines, CRLF)

def _csv_field(text: str) -> str:
    if any(ch in text for ch in ',"\r\n'):
        return '"' + text.replace('"', '""') + '"'
    return text


def _csv_value(term: dict[str, Any] | None) -> str:
    # the CSV results format keeps only the lexical form: no language, datatype or <>
    if term is None:
        return ""
    if term["type"] == "bnode":
        return "_:" + term["value"]
    if term["type"] == "triple":
        return _tsv_value(term)
    return term["value"]


def _csv(results: dict[str, Any]) -> str:
    boolean = _boolean(results)
    if boolean is not None:
        return boolean + "\r\n"
    names, rows = _rows(results)
    lines = [",".join(_csv_field(n) for n in names)]
    lines += [",".join(_csv_field(_csv_value(row.get(n))) for n in names) for row in rows]
    return "\r\n".join(lines) + "\r\n"


# ---------------------------------------------------------------- TSV (terms in SPARQL syntax)

_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _tsv_value(term: dict[str, Any] | None) -> str:
    if term is None:
        return ""
    kind, value = term["type"], term["value"]
    if kind == "uri":
        return f"<{value}>"
    if kind == "bnode":
        return f"_:{value}"
    if kind == "triple":
        parts = (_tsv_value(value[k]) for k in ("subject", "predicate", "object"))
        return "<<( " + " ".join(parts) + " )>>"
    text = '"' + "".join(_ESCAPES.get(ch, ch) for ch in value) + '"'
    if "xml:lang" in term:
        return text + "@" + term["xml:lang"] + (f"--{term['its:dir']}" if "its:dir" in term else "")
    datatype = term.get("datatype")
    if datatype and datatype != XSD_STRING:
        return f"{text}^^<{datatype}>"
    return text


def _tsv(results: dict[str, Any]) -> str:
    boolean = _boolean(results)
    if boolean is not None:
        return boolean + "\n"
    names, rows = _rows(results)
    lines = ["\t".join("?" + n for n in names)]
    lines += ["\t".join(_tsv_value(row.get(n)) for n in names) for row in rows]
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- table

def compact_iri(iri: str) -> str:
    for prefix, namespace in PREFIXES:
        if iri.startswith(namespace) and len(iri) > len(namespace):
            return f"{prefix}:{iri[len(namespace):]}"
    return f"<{iri}>"


def _cell(term: dict[str, Any] | None) -> str:
    if term is None:
        return ""
    kind, value = term["type"], term["value"]
    if kind == "uri":
        return compact_iri(value)
    if kind == "bnode":
        return "_:" + value
    if kind == "triple":
        return "<< " + " ".join(_cell(value[k]) for k in ("subject", "predicate", "object")) + " >>"
    text = " ".join(value.split())            # one line per row: newlines and tabs become spaces
    return f"{text} @{term['xml:lang']}" if "xml:lang" in term else text


def _width(text: str) -> int:
    """Terminal columns: combining marks take none, East Asian wide characters two."""
    if text.isascii():    # no combining, format or wide characters among them
        return len(text)
    total = 0
    for ch in text:
        if unicodedata.combining(ch) or unicodedata.category(ch) == "Cf":
            continue
        total += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return total


def _cut(text: str, limit: int) -> str:
    if _width(text) <= limit:
        return text
    out, used = [], 0
    for ch in text:
        w = _width(ch)
        if used + w > limit - 1:
            break
        out.append(ch)
        used += w
    return "".join(out) + "…"


def _measured(text: str) -> tuple[str, int]:
    return text, _width(text)


def _pad(cell: tuple[str, int], width: int) -> str:
    return cell[0] + " " * (width - cell[1])


def _table(results: dict[str, Any], max_width: int) -> str:
    boolean = _boolean(results)
    if boolean is not None:
        return boolean + "\n"
    names, rows = _rows(results)
    if not names:
        return f"({len(rows)} rows)\n"
    # each cell with its width, measured once
    cells = [[_measured(_cut(_cell(row.get(n)), max_width)) for n in names] for row in rows]
    header = [_measured("?" + n) for n in names]
    widths = [max([h[1]] + [r[i][1] for r in cells]) for i, h in enumerate(header)]
    lines = ["  ".join(_pad(h, w) for h, w in zip(header, widths)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(_pad(c, w) for c, w in zip(r, widths)).rstrip() for r in cells]
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(lines) + "\n"
