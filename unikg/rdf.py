"""Where facts become RDF: a filled `loaders.model.Document` -> quads.

This is the only module that knows IRIs. The shape of what it writes is documented in
docs/graph-model.md and checked by shapes/. Every resource written from a document lives
in that document's named graph; what the gazetteer says about a linked institution goes
to the reference graph.
"""
from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Iterable
from itertools import combinations

from pyoxigraph import Literal, NamedNode, Quad

from loaders.model import Document, Evidence, Institution, Link, Person
from loaders.normalise import fold
from loaders.persons_identity import best_key, merge_reasons

UNIKG = "https://w3id.org/unikg/ontology#"
TOPIC = "https://w3id.org/unikg/topic/"
DEFAULT_BASE = "https://w3id.org/unikg/id/"
ONTOLOGY_GRAPH = NamedNode("https://w3id.org/unikg/graph/ontology")
REFERENCE_GRAPH = NamedNode("https://w3id.org/unikg/graph/reference")

RDF_TYPE = NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
RDFS_LABEL = NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
XSD = "http://www.w3.org/2001/XMLSchema#"
ORG = "http://www.w3.org/ns/org#"
FOAF = "http://xmlns.com/foaf/0.1/"
SCHEMA = "https://schema.org/"
PROV = "http://www.w3.org/ns/prov#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
DCTERMS = "http://purl.org/dc/terms/"


def u(local: str) -> NamedNode:
    return NamedNode(UNIKG + local)


P = {
    "type": RDF_TYPE, "label": RDFS_LABEL,
    "altLabel": NamedNode(SKOS + "altLabel"), "exactMatch": NamedNode(SKOS + "exactMatch"),
    "unitOf": NamedNode(ORG + "unitOf"), "member": NamedNode(ORG + "member"),
    "organization": NamedNode(ORG + "organization"), "role": NamedNode(ORG + "role"),
    "name": NamedNode(FOAF + "name"),
    "derivedFrom": NamedNode(PROV + "wasDerivedFrom"),
    "language": NamedNode(DCTERMS + "language"), "title": NamedNode(DCTERMS + "title"),
    "date": NamedNode(DCTERMS + "date"),
    "latitude": NamedNode(SCHEMA + "latitude"), "longitude": NamedNode(SCHEMA + "longitude"),
    "location": NamedNode(SCHEMA + "location"), "attendanceMode": NamedNode(SCHEMA + "eventAttendanceMode"),
}
FORMATS = {
    "in_person": NamedNode(SCHEMA + "OfflineEventAttendanceMode"),
    "online": NamedNode(SCHEMA + "OnlineEventAttendanceMode"),
    "hybrid": NamedNode(SCHEMA + "MixedEventAttendanceMode"),
}
KIND_CLASS = {k: u(k) for k in ("University", "ResearchInstitute", "GovernmentBody", "Association", "Company")}


def base_iri() -> str:
    base = os.environ.get("UNIKG_BASE", DEFAULT_BASE)
    return base if base.endswith(("/", "#")) else base + "/"


def _hash(*parts: str) -> str:
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:12]


def _slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "-", text).strip("-").lower() or _hash(text)


def document_iri(doc_id: str) -> NamedNode:
    return NamedNode(f"{base_iri()}document/{doc_id}")


def institution_iri(inst: Institution) -> NamedNode:
    """Linked institutions take their IRI from the gazetteer record, so every document
    (in any language) that names the same university meets at the same node."""
    link = inst.link
    if link and link.ror:
        return NamedNode(f"{base_iri()}institution/ror-{link.ror.rstrip('/').rsplit('/', 1)[-1]}")
    if link and link.id:
        return NamedNode(f"{base_iri()}institution/{_slug(link.id.split(':', 1)[-1])}")
    # An unlinked name in two countries is two institutions ("American University" of one
    # city and of another): one node for both gave it two countries, a validation error.
    key = fold(inst.name) + (f"|{inst.country.upper()}" if inst.country else "")
    return NamedNode(f"{base_iri()}institution/x-{_hash(key)}")


def person_identity(person: Person, org: NamedNode) -> str:
    """The identity key of a person at an institution (loaders.persons_identity): the same
    surname, first initial and institution in two documents is the same person."""
    key = best_key([person.name, *person.names])
    return f"{key if key else fold(person.name)}|{org.value}"


def person_iri(person: Person, org: NamedNode) -> NamedNode:
    return NamedNode(f"{base_iri()}person/{_hash(person_identity(person, org))}")


def country_iri(code: str) -> NamedNode:
    return NamedNode(f"{base_iri()}country/{code.upper()}")


def _date(value: str | None) -> Literal | None:
    if value and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return Literal(value, datatype=NamedNode(XSD + "date"))
    return None


def _partial(value: str | None) -> Literal | None:
    if value and re.fullmatch(r"--\d{2}-\d{2}", value):
        return Literal(value, datatype=NamedNode(XSD + "gMonthDay"))
    if value and re.fullmatch(r"\d{4}-\d{2}", value):
        return Literal(value, datatype=NamedNode(XSD + "gYearMonth"))
    return None


def _text(value: str, lang: str | None) -> Literal:
    value = " ".join(value.split())
    return Literal(value, language=lang) if lang else Literal(value)


def _label_lang(text: str, fallback: str | None) -> str | None:
    """Tag a label by its script: an English name inside a Persian article is English."""
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return fallback
    if sum(c.isascii() for c in letters) > len(letters) / 2:
        return "en"
    if sum("\u0400" <= c <= "\u04ff" for c in letters) > len(letters) / 2:
        return "ru"
    if fallback in ("fa", "ar"):
        return fallback
    if sum("\u0600" <= c <= "\u06ff" for c in letters) > len(letters) / 2:
        return "fa" if any(c in "پچژگکی" for c in letters) else "ar"
    return fallback


class DocumentGraph:
    """Collects the quads of one document's named graph."""

    def __init__(self, doc: Document):
        self.doc = doc
        self.graph = document_iri(doc.id)
        self.quads: list[Quad] = []
        self.reference: list[Quad] = []
        self._evidence: dict[tuple[int, int], NamedNode] = {}

    def add(self, s, p, o) -> None:
        if o is not None:
            self.quads.append(Quad(s, p, o, self.graph))

    def ref(self, s, p, o) -> None:
        if o is not None:
            self.reference.append(Quad(s, p, o, REFERENCE_GRAPH))

    def evidence(self, subject: NamedNode, evidence: Iterable[Evidence]) -> None:
        for ev in evidence:
            node = self._evidence.get((ev.start, ev.end))
            if node is None:
                node = NamedNode(f"{base_iri()}evidence/{self.doc.id}-{len(self._evidence) + 1}")
                self._evidence[(ev.start, ev.end)] = node
                self.add(node, P["type"], u("Evidence"))
                self.add(node, P["derivedFrom"], self.graph)
                self.add(node, u("startOffset"), Literal(ev.start))
                self.add(node, u("endOffset"), Literal(max(ev.end, ev.start + 1)))
                self.add(node, u("quote"), Literal(ev.text or self.doc.text[ev.start:ev.end] or "?"))
                self.add(node, u("sentence"), Literal(ev.sentence or ev.text or "?"))
            self.add(subject, u("evidence"), node)


def _reference_quads(g: DocumentGraph, iri: NamedNode, inst: Institution, link: Link) -> None:
    g.ref(iri, P["type"], KIND_CLASS.get(inst.kind, u("Institution")))
    if link.name:  # the registry's display name: what pictures and pages should call it
        g.ref(iri, NamedNode(SKOS + "prefLabel"), _text(link.name, _label_lang(link.name, None)))
    seen = set()
    for text, lang in ([(link.name, None)] if link.name else []) + list(link.labels):
        if not text or (text, lang) in seen:
            continue
        seen.add((text, lang))
        is_acronym = text.isupper() and " " not in text and len(text) <= 10
        if is_acronym or (lang is None and text != link.name):
            # acronyms belong to no language, and a registry name given without one (ROR's
            # aliases: a transliteration, a former name) is no English label to show
            g.ref(iri, P["altLabel"], Literal(text))
        else:
            g.ref(iri, P["label"], _text(text, lang or _label_lang(text, None)))
    if link.country:
        g.ref(iri, u("countryCode"), Literal(link.country.upper()))
        g.ref(iri, u("country"), country_iri(link.country))
        g.ref(country_iri(link.country), P["type"], u("Country"))
        g.ref(country_iri(link.country), u("countryCode"), Literal(link.country.upper()))
    if link.ror:
        g.ref(iri, P["exactMatch"], NamedNode(link.ror))
    if link.wikidata:
        g.ref(iri, P["exactMatch"], NamedNode("http://www.wikidata.org/entity/" + link.wikidata))
    if link.lat is not None and link.lng is not None:
        g.ref(iri, P["latitude"], Literal(float(link.lat)))
        g.ref(iri, P["longitude"], Literal(float(link.lng)))


def _person_merge_record(g: DocumentGraph, iri: NamedNode, person: Person, first: Person, org: NamedNode) -> None:
    """Why the mentions under this IRI are one person: the identity key, and one note (and one
    "merged:" warning) per name form merged into the fullest, or per second person of the
    document that has the same key."""
    g.add(iri, u("identityKey"), Literal(person_identity(person, org)))
    notes = merge_reasons([person.name, *person.names])
    if first is not person:
        notes.append(f"«{person.name}» ({person.key}) = «{first.name}» ({first.key}): same identity key")
    for note in notes:
        g.add(iri, u("mergeNote"), Literal(note))
        line = f"merged: person {person.key} {note}"
        if line not in g.doc.warnings:   # the document may be written twice (tests, rebuilds)
            g.doc.warnings.append(line)


def document_quads(doc: Document) -> tuple[NamedNode, list[Quad], list[Quad]]:
    """(graph IRI, quads of the document's graph, quads for the reference graph)."""
    g = DocumentGraph(doc)
    d = g.graph
    lang = doc.lang
    g.add(d, P["type"], u("Document"))
    g.add(d, u("fileName"), Literal(doc.file_name))
    g.add(d, u("contentHash"), Literal(doc.content_hash))
    g.add(d, P["language"], Literal(lang) if lang else None)
    g.add(d, P["title"], _text(doc.title, lang) if doc.title else None)
    g.add(d, P["date"], _date(doc.dateline))

    inst_iri: dict[str, NamedNode] = {}
    for inst in doc.institutions:
        iri = institution_iri(inst)
        inst_iri[inst.key] = iri
        g.add(iri, P["type"], KIND_CLASS.get(inst.kind, u("Institution")))
        labels = {(inst.name, _label_lang(inst.name, inst.lang or lang))}
        labels |= {(t, _label_lang(t, tl or lang)) for t, tl in inst.labels if t}
        for text, tag in sorted(labels, key=lambda x: (x[0], x[1] or "")):
            g.add(iri, P["label"], _text(text, tag))
        if inst.acronym:
            g.add(iri, P["altLabel"], Literal(inst.acronym))
        country = inst.country or (inst.link.country if inst.link else None)
        if country and re.fullmatch(r"[A-Za-z]{2}", country):
            g.add(iri, u("countryCode"), Literal(country.upper()))
            g.add(iri, u("country"), country_iri(country))
            g.ref(country_iri(country), P["type"], u("Country"))
            g.ref(country_iri(country), u("countryCode"), Literal(country.upper()))
        g.add(iri, u("mentionedIn"), d)
        g.evidence(iri, inst.evidence)
        if inst.link:
            _reference_quads(g, iri, inst, inst.link)

    unit_iri: dict[str, NamedNode] = {}
    for unit in doc.units:
        parent = inst_iri.get(unit.institution)
        if parent is None:
            continue
        iri = NamedNode(f"{base_iri()}unit/{_hash(parent.value, fold(unit.name))}")
        unit_iri[unit.key] = iri
        g.add(iri, P["type"], u("Unit"))
        g.add(iri, P["label"], _text(unit.name, _label_lang(unit.name, unit.lang or lang)))
        g.add(iri, P["unitOf"], parent)
        g.add(iri, u("mentionedIn"), d)
        g.evidence(iri, unit.evidence)

    persons: dict[str, NamedNode] = {}
    holder: dict[NamedNode, Person] = {}   # the first person of the document given each IRI
    for post in doc.posts:
        person = doc.person(post.person)
        org = inst_iri.get(post.institution or "")
        if person is None or org is None:
            continue  # an official is a person *with a post at an institution*
        iri = persons.get(person.key)
        if iri is None:
            iri = person_iri(person, org)
            persons[person.key] = iri
            _person_merge_record(g, iri, person, holder.setdefault(iri, person), org)
            g.add(iri, P["type"], u("Person"))
            g.add(iri, P["label"], _text(person.name, _label_lang(person.name, person.lang or lang)))
            for name in dict.fromkeys([person.name, *person.names]):
                g.add(iri, P["name"], _text(name, _label_lang(name, person.lang or lang)))
            g.add(iri, u("mentionedIn"), d)
            g.evidence(iri, person.evidence)
        m = NamedNode(f"{base_iri()}membership/{_hash(iri.value, org.value, post.role, fold(post.label))}")
        g.add(m, P["type"], u("Membership"))
        g.add(m, P["member"], iri)
        g.add(m, P["organization"], org)
        g.add(m, u("unit"), unit_iri.get(post.unit or ""))
        g.add(m, P["role"], u(post.role or "other"))
        g.add(m, u("postLabel"), _text(post.label, _label_lang(post.label, lang)))
        g.add(m, P["derivedFrom"], d)
        g.evidence(m, post.evidence or person.evidence)

    def pairs(subject: NamedNode, members: list[NamedNode]) -> None:
        for a, b in combinations(sorted(set(members), key=lambda n: n.value), 2):
            g.add(a, u("collaboratesWith"), b)
            g.add(b, u("collaboratesWith"), a)

    def name_of(key: str) -> str:
        inst = doc.institution(key)
        return inst.name if inst else key

    event_iri: dict[str, NamedNode] = {}
    n = 0
    for ev in doc.events:
        members = [inst_iri[k] for k in dict.fromkeys(ev.participants + ([ev.host] if ev.host else [])) if k in inst_iri]
        if not members:
            doc.warnings.append(f"event {ev.key} ({ev.type}) skipped: no participant institution")
            continue
        n += 1
        iri = NamedNode(f"{base_iri()}event/{doc.id}-{n}")
        event_iri[ev.key] = iri
        g.add(iri, P["type"], u(ev.type))
        names = " – ".join(name_of(k) for k in dict.fromkeys(ev.participants + ([ev.host] if ev.host else [])) if k in inst_iri)
        g.add(iri, P["label"], Literal(f"{ev.type}: {names}" + (f" ({ev.start})" if ev.start else "")))
        start, end = _date(ev.start), _date(ev.end)
        g.add(iri, u("startDate"), start)
        if end is not None and (start is None or ev.end >= ev.start):
            g.add(iri, u("endDate"), end)
        if start is None:
            g.add(iri, u("partialDate"), _partial(ev.partial_start))
        for m in members:
            g.add(iri, u("participant"), m)
        g.add(iri, u("host"), inst_iri.get(ev.host or ""))
        for pk in ev.attendees:
            g.add(iri, u("attendee"), persons.get(pk))
        g.add(iri, P["attendanceMode"], FORMATS.get(ev.format or ""))
        if ev.place:
            place = NamedNode(f"{base_iri()}place/{_hash(fold(ev.place))}")
            g.add(place, P["type"], u("Place"))
            g.add(place, P["label"], _text(ev.place, _label_lang(ev.place, lang)))
            g.add(iri, P["location"], place)
        for code in dict.fromkeys(ev.topics):
            g.add(iri, u("topic"), NamedNode(TOPIC + code))
        g.add(iri, u("primary"), Literal(bool(ev.primary)))
        g.add(iri, P["derivedFrom"], d)
        g.evidence(iri, ev.evidence)
        pairs(iri, members)

    n = 0
    for ag in doc.agreements:
        parties = [inst_iri[k] for k in dict.fromkeys(ag.parties) if k in inst_iri]
        if len(set(parties)) < 2:
            doc.warnings.append(f"agreement {ag.key} ({ag.type}) skipped: fewer than two parties")
            continue
        n += 1
        iri = NamedNode(f"{base_iri()}agreement/{doc.id}-{n}")
        g.add(iri, P["type"], u(ag.type if ag.type else "Agreement"))
        g.add(iri, P["label"], Literal(f"{ag.type}: " + " – ".join(name_of(k) for k in dict.fromkeys(ag.parties) if k in inst_iri)))
        for m in parties:
            g.add(iri, u("party"), m)
        g.add(iri, u("status"), u(ag.status))
        g.add(iri, u("date"), _date(ag.date))
        g.add(iri, u("signedAt"), event_iri.get(ag.event or ""))
        for code in dict.fromkeys(ag.topics):
            g.add(iri, u("topic"), NamedNode(TOPIC + code))
        g.add(iri, P["derivedFrom"], d)
        g.evidence(iri, ag.evidence)
        pairs(iri, parties)

    for code in dict.fromkeys(t.code for t in doc.topics):
        g.add(d, u("topic"), NamedNode(TOPIC + code))
    return d, g.quads, g.reference

