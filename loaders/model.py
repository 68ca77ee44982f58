"""Plain data that the extraction pipeline fills, stage by stage.

Nothing here knows about RDF or IRIs: a `Document` goes in as a file and comes out
holding facts, each with the `Evidence` (character span in the *original* text and
the sentence around it) that states it. The RDF stage (`unikg.rdf`) is the only place
that turns these objects into triples.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

# Fixed vocabularies (DESIGN.md). Extraction must only produce these codes.
EVENT_TYPES = ("Meeting", "Visit", "Conference", "SigningCeremony")
AGREEMENT_TYPES = ("MemorandumOfUnderstanding", "CooperationAgreement", "JointProgramme", "ActionPlan", "Agreement")
AGREEMENT_STATUSES = ("signed", "planned", "active")
EVENT_FORMATS = ("in_person", "online", "hybrid")
INSTITUTION_KINDS = ("University", "ResearchInstitute", "GovernmentBody", "Association", "Company", "Institution")
TOPICS = (
    "StudentExchange", "StaffExchange", "JointDegree", "JointResearch", "JointPublication",
    "Training", "OnlineEducation", "Innovation", "SummerSchool", "Scholarship",
    "AcademicEvents", "Healthcare", "Culture",
)
# Normalised roles of posts; `unikg.rdf` maps each to a role individual.
ROLES = (
    "president", "rector", "acting_rector", "vice_president", "vice_rector", "first_vice_rector",
    "chancellor", "vice_chancellor", "provost", "vice_provost", "registrar", "dean", "vice_dean",
    "head_of_department", "director", "deputy_director", "director_general", "head",
    "assistant", "secretary", "professor", "researcher", "official", "other",
)


@dataclass
class Evidence:
    """Where a fact is stated: offsets into `Document.text` (the original text)."""
    start: int
    end: int
    text: str          # original text of the span
    sentence: str      # the whole original sentence that contains the span


@dataclass
class Unit:
    """A faculty, department, office, centre or campus of an institution."""
    key: str                      # unique within the document, e.g. "u1"
    name: str
    institution: str              # key of the Institution it belongs to
    lang: str | None = None
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class Link:
    """What the gazetteer says about an institution (filled by the resolve stage)."""
    id: str                       # gazetteer id: a ROR IRI, or "curated:<slug>" for curated rows
    ror: str | None = None        # https://ror.org/... when the record is ROR's
    wikidata: str | None = None   # Q-id, e.g. "Q6400588"
    name: str | None = None       # display name (English where known)
    labels: list[tuple[str, str | None]] = field(default_factory=list)  # (text, lang) incl. acronyms
    country: str | None = None    # ISO 3166-1 alpha-2
    city: str | None = None
    lat: float | None = None
    lng: float | None = None
    parent: str | None = None     # gazetteer id of the parent organisation
    score: float = 1.0            # match confidence in [0, 1]
    method: str = ""              # how it matched (exact, acronym, folded, ...), for the record


@dataclass
class Institution:
    """A top-level institution acting in the document."""
    key: str                      # unique within the document, e.g. "i1"
    name: str                     # dictionary form (Russian nominative), as the text writes it
    lang: str | None = None
    labels: list[tuple[str, str | None]] = field(default_factory=list)  # other forms seen (text, lang)
    acronym: str | None = None
    kind: str = "Institution"     # one of INSTITUTION_KINDS
    country: str | None = None    # ISO 3166-1 alpha-2, from the text or the gazetteer
    link: Link | None = None
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class Person:
    key: str                      # unique within the document, e.g. "p1"
    name: str                     # fullest form without titles (Russian nominative where known)
    names: list[str] = field(default_factory=list)   # every form seen, titles stripped
    lang: str | None = None
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class Post:
    """A person holding a post at an institution (org:Membership)."""
    person: str                   # Person key
    institution: str | None       # Institution key of the top-level institution
    label: str                    # the post as written, e.g. "رئیس دانشگاه", "и. о. ректора"
    role: str = "other"           # one of ROLES
    unit: str | None = None       # Unit key when the post is in a unit
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class Event:
    key: str                      # unique within the document, e.g. "e1"
    type: str                     # one of EVENT_TYPES
    start: str | None = None      # ISO date YYYY-MM-DD (Gregorian) when fully known
    end: str | None = None
    partial_start: str | None = None  # "--MM-DD" (no year) or "YYYY-MM" when the date is incomplete
    format: str | None = None     # one of EVENT_FORMATS
    place: str | None = None
    participants: list[str] = field(default_factory=list)  # Institution keys
    host: str | None = None       # Institution key
    attendees: list[str] = field(default_factory=list)     # Person keys
    topics: list[str] = field(default_factory=list)        # TOPICS codes
    primary: bool = True          # the event the article is about
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class Agreement:
    key: str                      # e.g. "a1"
    type: str                     # one of AGREEMENT_TYPES ("Agreement" when no subtype fits)
    status: str                   # one of AGREEMENT_STATUSES
    parties: list[str] = field(default_factory=list)       # Institution keys
    date: str | None = None       # ISO date when known
    event: str | None = None      # Event key of the signing, when there is one
    topics: list[str] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class TopicMention:
    code: str                     # one of TOPICS
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class Sentence:
    start: int                    # offsets into Document.norm
    end: int


@dataclass
class Document:
    """One input file, filled step by step by the pipeline components."""
    path: Path
    id: str = ""                  # stable slug of the file name; the RDF stage makes the IRI
    file_name: str = ""
    raw: bytes = b""
    text: str = ""                # decoded original text (markup stripped for HTML)
    content_hash: str = ""        # sha256 of the raw bytes
    norm: str = ""                # normalised text used by the extractors
    offsets: list[int] = field(default_factory=list)  # norm index -> original index (len(norm)+1 entries)
    lang: str | None = None       # fa, ru, en, ar (dominant language)
    title: str | None = None
    dateline: str | None = None   # ISO date the document gives for itself
    sentences: list[Sentence] = field(default_factory=list)
    institutions: list[Institution] = field(default_factory=list)
    units: list[Unit] = field(default_factory=list)
    persons: list[Person] = field(default_factory=list)
    posts: list[Post] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    agreements: list[Agreement] = field(default_factory=list)
    topics: list[TopicMention] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    # ---- helpers every component needs: evidence always points at the original text
    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) span of `norm` to the original text."""
        if not self.offsets:
            return start, end
        return self.offsets[start], self.offsets[end] if end < len(self.offsets) else len(self.text)

    def sentence_of(self, start: int) -> Sentence | None:
        for s in self.sentences:
            if s.start <= start < s.end:
                return s
        return None

    def evidence(self, start: int, end: int) -> Evidence:
        """Evidence for the `norm` span [start, end): original offsets, text and sentence."""
        o_start, o_end = self.original_span(start, end)
        sent = self.sentence_of(start)
        if sent is not None:
            s0, s1 = self.original_span(sent.start, sent.end)
        else:
            s0, s1 = o_start, o_end
        return Evidence(o_start, o_end, self.text[o_start:o_end], self.text[s0:s1].strip())

    def institution(self, key: str | None) -> Institution | None:
        return next((i for i in self.institutions if i.key == key), None)

    def person(self, key: str | None) -> Person | None:
        return next((p for p in self.persons if p.key == key), None)


class DocumentError(Exception):
    """A document that cannot be read; the message names the file and what to do."""
