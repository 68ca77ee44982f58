"""Optional online reconciliation of institutions the gazetteer does not know, against
Wikidata's SPARQL endpoint (off by default: `unikg build --reconcile-wikidata`).

A name is looked up only as an exact label or alias in its language (`rdfs:label` or
`skos:altLabel` "…"@fa) of an item that is an instance of a university, a higher education
institution or a research institute (or of a subclass of one). One item is a match; none is
nothing; two or more are ambiguous and stay unlinked unless the institution's country
picks exactly one. Nothing fuzzy is forced: a miss costs a new node, a wrong match would
merge two universities.

Every answer (including "nothing found") is kept in an on-disk JSON cache, so a name is
never asked twice; failures are not cached, are reported in `Reconciler.errors` and never
raised, and after the first unreachable endpoint the rest of the build asks nothing more.
Requests carry a User-Agent naming the project, as the Wikidata Query Service asks of bots.
"""
from __future__ import annotations

import json
import os
import re
import socket
import time
import urllib.error
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path

from loaders.model import Document, Link

DEFAULT_ENDPOINT = "https://query.wikidata.org/sparql"
USER_AGENT = "unikg/0.1 (knowledge graph of university relations; https://w3id.org/unikg) SPARQLWrapper"
WD = "http://www.wikidata.org/entity/"
# university, higher education institution, research institute
CLASSES = ("Q3918", "Q38723", "Q31855")
LANGS = ("en", "fa", "ru", "ar")
BATCH = 20            # names per query: few requests, short queries
SCORE = 0.8           # an exact label of one item; below a gazetteer exact match

_QUERY = """PREFIX wd: <http://www.wikidata.org/entity/>
PREFIX wdt: <http://www.wikidata.org/prop/direct/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?name ?item ?iso ?coord ?ror ?label WHERE {
  VALUES ?name { %(names)s }
  { ?item rdfs:label ?name } UNION { ?item skos:altLabel ?name }
  VALUES ?class { %(classes)s }
  ?item wdt:P31/wdt:P279* ?class .
  OPTIONAL { ?item wdt:P17/wdt:P297 ?iso }
  OPTIONAL { ?item wdt:P625 ?coord }
  OPTIONAL { ?item wdt:P6782 ?ror }
  OPTIONAL { ?item rdfs:label ?label . FILTER(LANG(?label) IN (%(langs)s)) }
}"""
_POINT = re.compile(r"Point\(\s*(-?[\d.]+)\s+(-?[\d.]+)\s*\)", re.I)


@dataclass
class Candidate:
    qid: str
    labels: list[tuple[str, str]] = field(default_factory=list)   # (text, lang)
    country: str | None = None    # ISO 3166-1 alpha-2 of the item's country (P17/P297)
    lat: float | None = None      # from P625 ("Point(lng lat)")
    lng: float | None = None
    ror: str | None = None        # https://ror.org/... from P6782

    def link(self) -> Link:
        name = next((t for t, lang in self.labels if lang == "en"), self.labels[0][0] if self.labels else self.qid)
        return Link(id="wikidata:" + self.qid, wikidata=self.qid, name=name, labels=list(self.labels),
                    country=self.country, lat=self.lat, lng=self.lng, score=SCORE, method="wikidata")


def _lang_of(text: str) -> tuple[str, ...]:
    """Languages to ask a name in when the caller does not say: by script."""
    letters = [c for c in text if c.isalpha()]
    if any("\u0400" <= c <= "\u04ff" for c in letters):
        return ("ru",)
    if any("\u0600" <= c <= "\u06ff" for c in letters):
        return ("fa", "ar")
    return ("en",)


def _literal(text: str, lang: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ")
    return f'"{escaped}"@{lang}'


def _key(name: str, lang: str) -> str:
    return f"{lang}|{name}"


class Reconciler:
    """Looks names up, with a cache; `link(doc)` fills the links of a document's unlinked
    institutions. One per build."""

    def __init__(self, endpoint: str = DEFAULT_ENDPOINT, cache_path: Path | None = None, *,
                 timeout: float = 20, pause: float = 1.0, gazetteer=None):
        self.endpoint = endpoint
        self.cache_path = Path(cache_path) if cache_path else None
        self.timeout = timeout
        self.pause = pause            # seconds between two requests to the same endpoint
        self.gazetteer = gazetteer    # to prefer the gazetteer's record when Wikidata names a ROR id
        self.errors: list[str] = []
        self.asked = 0                # names sent to the endpoint (not from the cache)
        self.linked = 0               # institutions linked by `link`
        self._down = False
        self._last = 0.0
        self.cache: dict[str, list[dict]] = self._read_cache()

    # ---- cache
    def _read_cache(self) -> dict[str, list[dict]]:
        if self.cache_path is None or not self.cache_path.exists():
            return {}
        try:
            data = json.loads(self.cache_path.read_text(encoding="utf-8"))
            return data if isinstance(data, dict) else {}
        except (OSError, ValueError) as exc:
            self.errors.append(f"wikidata: cache {self.cache_path} unreadable ({exc}); starting a new one")
            return {}

    def _write_cache(self) -> None:
        if self.cache_path is None:
            return
        try:
            self.cache_path.parent.mkdir(parents=True, exist_ok=True)
            tmp = self.cache_path.with_name(self.cache_path.name + ".tmp")
            tmp.write_text(json.dumps(self.cache, ensure_ascii=False, indent=0, sort_keys=True), encoding="utf-8")
            os.replace(tmp, self.cache_path)   # a build stopped halfway leaves the old cache whole
        except OSError as exc:
            self.errors.append(f"wikidata: cannot write the cache {self.cache_path} ({exc})")

    # ---- asking
    def _ask(self, pairs: list[tuple[str, str]]) -> dict[str, list[dict]] | None:
        """Candidates per cache key for a batch, or None when the endpoint failed."""
        from SPARQLWrapper import GET, JSON, SPARQLWrapper
        from SPARQLWrapper.SPARQLExceptions import SPARQLWrapperException

        query = _QUERY % {"names": " ".join(_literal(n, lang) for n, lang in pairs),
                          "classes": " ".join("wd:" + q for q in CLASSES),
                          "langs": ", ".join(f'"{lang}"' for lang in LANGS)}
        client = SPARQLWrapper(self.endpoint, agent=USER_AGENT)
        client.setQuery(query)
        client.setMethod(GET)   # the query service caches GET answers
        client.setReturnFormat(JSON)
        client.setTimeout(int(max(1, self.timeout)))
        wait = self.pause - (time.monotonic() - self._last)
        if wait > 0:
            time.sleep(wait)
        try:
            answer = client.queryAndConvert()
        except urllib.error.HTTPError as exc:
            self.errors.append(f"wikidata: {self.endpoint} answered HTTP {exc.code} {exc.reason}; "
                               f"{len(pairs)} name(s) left unreconciled")
            if exc.code == 429:
                self._down = True   # told to slow down: ask nothing more in this build
            return None
        except (SPARQLWrapperException, urllib.error.URLError, socket.timeout, TimeoutError,
                ConnectionError, ValueError) as exc:
            self.errors.append(f"wikidata: cannot query {self.endpoint} ({getattr(exc, 'reason', exc)}); "
                               "reconciliation stopped for this build")
            self._down = True
            return None
        finally:
            self._last = time.monotonic()
        self.asked += len(pairs)
        found: dict[str, dict[str, Candidate]] = {_key(n, lang): {} for n, lang in pairs}
        for row in answer.get("results", {}).get("bindings", []):
            name = row.get("name", {})
            key = _key(name.get("value", ""), name.get("xml:lang", ""))
            item = row.get("item", {}).get("value", "")
            if key not in found or not item.startswith(WD):
                continue
            cand = found[key].setdefault(item, Candidate(item[len(WD):]))
            if "label" in row:
                pair = (row["label"]["value"], row["label"].get("xml:lang", ""))
                if pair not in cand.labels:
                    cand.labels.append(pair)
            if "iso" in row and re.fullmatch(r"[A-Za-z]{2}", row["iso"]["value"]):
                cand.country = row["iso"]["value"].upper()
            point = _POINT.search(row.get("coord", {}).get("value", ""))
            if point:
                cand.lng, cand.lat = float(point.group(1)), float(point.group(2))
            if "ror" in row:
                ror = row["ror"]["value"]
                cand.ror = ror if ror.startswith("https://ror.org/") else "https://ror.org/" + ror
        return {k: [asdict(c) for c in sorted(v.values(), key=lambda c: c.qid)] for k, v in found.items()}

    def candidates(self, names: Iterable[tuple[str, str | None]]) -> dict[tuple[str, str], list[Candidate]]:
        """Every Wikidata item whose label in the language is the name, from the cache or asked."""
        pairs = []
        for name, lang in names:
            name = " ".join(name.split())
            for lg in ((lang,) if lang in LANGS else _lang_of(name)):
                if name and (name, lg) not in pairs:
                    pairs.append((name, lg))
        todo = [p for p in pairs if _key(*p) not in self.cache]
        for i in range(0, len(todo), BATCH):
            if self._down:
                break
            answer = self._ask(todo[i:i + BATCH])
            if answer is not None:
                self.cache.update(answer)
                self._write_cache()
        out = {}
        for p in pairs:
            out[p] = [Candidate(**{**c, "labels": [tuple(x) for x in c["labels"]]}) for c in self.cache.get(_key(*p), [])]
        return out

    def match(self, name: str, lang: str | None = None, country: str | None = None) -> Candidate | None:
        """The one item the name stands for, or None (nothing, or several the country cannot split)."""
        items: dict[str, Candidate] = {}
        for cands in self.candidates([(name, lang)]).values():
            for c in cands:
                items.setdefault(c.qid, c)
        if len(items) > 1 and country:
            items = {q: c for q, c in items.items() if c.country == country.upper()}
        return next(iter(items.values())) if len(items) == 1 else None

    def link(self, doc: Document) -> None:
        """Link the document's institutions that the gazetteer left unlinked. A Wikidata item
        that carries a ROR id the gazetteer knows gets the gazetteer's record (and so the same
        IRI as a gazetteer match elsewhere)."""
        for inst in doc.institutions:
            if inst.link is not None:
                continue
            forms = [(inst.name, inst.lang or doc.lang)] + [(t, lg or doc.lang) for t, lg in inst.labels]
            for text, lang in forms:
                cand = self.match(text, lang, inst.country)
                if cand is None:
                    continue
                link = self.gazetteer.get(cand.ror) if self.gazetteer is not None and cand.ror else None
                inst.link = link or cand.link()
                inst.country = inst.country or inst.link.country
                self.linked += 1
                doc.warnings.append(f"wikidata: {inst.key} ({inst.name}) linked to {cand.qid} by its exact label")
                break


def reconcile(names: Iterable[str | tuple[str, str | None]], endpoint: str = DEFAULT_ENDPOINT,
              cache_path: Path | None = None, *, timeout: float = 20, pause: float = 1.0
              ) -> tuple[dict[str, Candidate | None], list[str]]:
    """Look names up once each: ({name: the one item or None}, error messages)."""
    rec = Reconciler(endpoint, cache_path, timeout=timeout, pause=pause)
    pairs = [(n, None) if isinstance(n, str) else n for n in names]
    rec.candidates(pairs)   # one batched round for all names
    return {name: rec.match(name, lang) for name, lang in pairs}, rec.errors


def cache_path_for(store_path: Path) -> Path:
    from unikg.store import beside
    return beside(store_path, ".wikidata.json")
