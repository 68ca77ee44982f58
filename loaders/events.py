"""Events (meetings, visits, conferences, signing ceremonies) read from the sentences.

An article usually tells one or two events, in many sentences. So the first sentence with
an event word (not a future or background one) anchors the primary event, and later
sentences join it unless they carry a date of their own (a second stage, a background
signing), are about a future event ("the next meeting will be held"), or belong to a
paragraph that another event anchors. Participants are the institutions named in the
event's sentences (and in the sentences of its paragraphs that say who took part), minus
sponsors, frames, credits and, next to two others, ministries; a visit of one delegation
to several hosts is split into one visit per host, and "X held meetings / signed memoranda
with Y and Z" into one event per partner, so that the partners are not related to each other.

`TextView` (the sentences with their institution, person and date mentions, page noise
marked) is shared with `loaders.agreements` and `loaders.topics`.
"""
from __future__ import annotations

import datetime as _dt
import re
from bisect import bisect_left
from functools import lru_cache
from dataclasses import dataclass, field

from loaders.dateline import header_date
from loaders.dates import DateMention
from loaders.furniture import noise_line, related_heading
from loaders.model import Document, Event
from loaders import triggers as T


# ---------------------------------------------------------------- the document as sentences with mentions

@dataclass
class Mention:
    start: int            # offsets into doc.norm
    end: int
    key: str              # institution key
    passing: bool = False  # a sponsor, a frame or a credit, not an actor


@dataclass
class Sent:
    index: int
    start: int
    end: int
    para: int             # index of the line that holds the sentence
    text: str
    noise: bool = False
    insts: list[Mention] = field(default_factory=list)
    persons: list[tuple[int, int, str]] = field(default_factory=list)
    dates: list = field(default_factory=list)  # DateMention with offsets into doc.norm

    def actors(self) -> list[str]:
        """Institution keys acting in the sentence, in order of first mention."""
        out: list[str] = []
        for m in self.insts:
            if not m.passing and m.key not in out:
                out.append(m.key)
        return out

    def full_dates(self) -> list:
        return [d for d in self.dates if d.start_date]


# What may stand between two names of one list: "X (XU), Y and the Z", "X و Y", "X и Y".
_COORDINATED = re.compile(r"[\s(),«»\"]*(?:(?:and|the|و|и|,|،|&)[\s(),«»\"]*)*", re.IGNORECASE)
_CONJUNCTION = re.compile(r"\b(?:and|و|и)\b|&|^[\s(]*$", re.IGNORECASE)
# "... X من الجانب العماني، وY": a list of attendees grouped by side goes on
_SIDE_GOES_ON = T.rx(r"\s+(?:من|عن) الجانب \S+\s*,?\s*و?(?:ال)?")
# After a name, the list goes on (a comma, "and", the end) rather than a verb following.
_LIST_GOES_ON = re.compile(r"\s*(?:\([^)]{1,20}\))?\s*(?:,|،|\band\b|\bو\b|\bи\b|&|\.|$)", re.IGNORECASE)


def norm_span(doc: Document, start: int, end: int) -> tuple[int, int]:
    """Original-text span -> doc.norm span (the inverse of doc.offsets)."""
    if not doc.offsets:
        return start, end
    return bisect_left(doc.offsets, start), bisect_left(doc.offsets, end)


@lru_cache(maxsize=4)
def _document_dates(norm: str, lang: str | None, year: int | None, dateline: str | None) -> tuple:
    """The date mentions of a document's text. Events, agreements and topics each build a
    TextView of the same text, so the dates are found once (callers only read them)."""
    from loaders.dates import find_dates
    return tuple(find_dates(norm, lang=lang, default_year=year, reference=dateline))


class TextView:
    """doc.norm cut into sentences, each with the mentions that fall in it."""

    def __init__(self, doc: Document):
        self.doc = doc
        norm = doc.norm
        spans = [(s.start, s.end) for s in doc.sentences]
        if not spans:  # no sentence splitter ran: one sentence per line
            pos = 0
            for line in norm.split("\n"):
                if line.strip():
                    spans.append((pos, pos + len(line)))
                pos += len(line) + 1
        line_starts = [0] + [i + 1 for i, ch in enumerate(norm) if ch == "\n"]
        noise_lines: set[int] = set()
        related = False
        for li, ls in enumerate(line_starts):
            le = norm.find("\n", ls)
            line = norm[ls:le if le >= 0 else len(norm)]
            if related_heading(line):
                related = True  # everything below lists other news
            if related or noise_line(line):
                noise_lines.add(li)
        self.sents = []
        for i, (s, e) in enumerate(spans):
            para = bisect_left(line_starts, s + 1) - 1
            self.sents.append(Sent(i, s, e, para, norm[s:e], noise=para in noise_lines))
        self.starts = [s.start for s in self.sents]
        self._mentions()
        self._dates()
        # the institution the article is about: the most often named in the story
        counts: dict[str, int] = {}
        for s in self.story():
            for m in s.insts:
                if not m.passing and m.key not in self.government:
                    counts[m.key] = counts.get(m.key, 0) + 1
        self.protagonist = max(counts, key=lambda k: counts[k]) if counts else None

    def sent_at(self, pos: int) -> Sent | None:
        i = bisect_left(self.starts, pos + 1) - 1
        if 0 <= i < len(self.sents) and self.sents[i].start <= pos < max(self.sents[i].end, pos + 1):
            return self.sents[i]
        return None

    def _mentions(self) -> None:
        doc = self.doc
        gov = {i.key for i in doc.institutions
               if i.kind == "GovernmentBody" or T.GOVERNMENT.search(i.name or "")}
        self.government = gov
        spans: list[tuple[int, int, str]] = []
        for inst in doc.institutions:
            for ev in inst.evidence:
                spans.append((*norm_span(doc, ev.start, ev.end), inst.key))
        # units are left out: a unit named alone ("the joint research centre") is too often
        # attached to the wrong institution, and a unit's institution is named anyway
        seen = set()
        for s, e, key in sorted(spans):
            sent = self.sent_at(s)
            if sent is None or (s, key) in seen or not key:
                continue
            seen.add((s, key))
            left = doc.norm[max(sent.start, s - 80):s]
            passing = bool(T.PASSING_BEFORE.search(left))
            before = sent.insts[-1] if sent.insts else None
            if before is not None and before.passing and _SIDE_GOES_ON.fullmatch(doc.norm[before.end:s]):
                passing = True  # "حضور ممثلين عن X وY من الجانب العماني، وZ من الجانب التونسي"
            if before is not None and before.passing and _COORDINATED.fullmatch(doc.norm[before.end:s]) and (
                    _CONJUNCTION.search(doc.norm[before.end:s]) or _LIST_GOES_ON.match(doc.norm[e:sent.end])):
                passing = True  # "endorsed by X (XA) and Y": the whole list is passing
            sent.insts.append(Mention(s, e, key, passing=passing))
        for person in doc.persons:
            for ev in person.evidence:
                s, e = norm_span(doc, ev.start, ev.end)
                sent = self.sent_at(s)
                if sent is not None:
                    sent.persons.append((s, e, person.key))
        for post in doc.posts:  # a post's span names its holder too
            for ev in post.evidence:
                s, e = norm_span(doc, ev.start, ev.end)
                sent = self.sent_at(s)
                if sent is not None and all(p[2] != post.person or p[0] != s for p in sent.persons):
                    sent.persons.append((s, e, post.person))
        self.holders = {post.person for post in doc.posts}  # persons who hold a post
        self.employer: dict[str, list[str]] = {}
        for post in doc.posts:
            if post.institution:
                self.employer.setdefault(post.person, []).append(post.institution)

    def _dates(self) -> None:
        doc = self.doc
        year = int(doc.dateline[:4]) if doc.dateline else None
        for d in _document_dates(doc.norm, doc.lang, year, doc.dateline):
            sent = self.sent_at(d.start)
            if sent is not None:
                sent.dates.append(d)

    def story(self) -> list[Sent]:
        return [s for s in self.sents if not s.noise]


# ---------------------------------------------------------------- triggers in a sentence

@dataclass
class Trigger:
    type: str
    start: int     # offsets into doc.norm
    end: int
    weak: bool = False  # a delegation word, not a visit word


# what is signed besides an agreement word: "the document", "the renewal was signed"
_DOCUMENT_WORD = T.rx(r"\bдокумент\w*", r"\bdocument\b", r"\bسند\b", r"\bالوثیقة\b", r"\brenewal\b",
                      r"\bпродлени\w*", r"\bتمدید\b", r"\b(?:ال)?تجدید\b")


def sentence_triggers(sent: Sent) -> list[Trigger]:
    out = []
    for typ, pattern in T.EVENT_TRIGGERS.items():
        for m in pattern.finditer(sent.text):
            weak = typ == "Visit" and bool(T.WEAK_VISIT.match(m.group(0)))
            out.append(Trigger(typ, sent.start + m.start(), sent.start + m.end(), weak))
    # a signing is an event when something is signed, not when signing is only intended
    # ("to be signed", "подписать", "تهیه و امضا شود")
    if any(p.search(sent.text) for p in T.AGREEMENT_TRIGGERS.values()) or _DOCUMENT_WORD.search(sent.text):
        intended = [(m.start(), m.end()) for m in T.PLANNED_STRONG.finditer(sent.text)]
        denied = [(m.start(), m.end()) for m in T.NOT_SIGNED.finditer(sent.text)]
        for m in T.SIGNED.finditer(sent.text):
            if any(a <= m.start() < b for a, b in denied):
                continue   # "no agreement was signed during the visit"
            if not any(a - 25 <= m.end() and m.start() <= b + 25 for a, b in intended):
                out.append(Trigger("SigningCeremony", sent.start + m.start(), sent.start + m.end()))
    return sorted(out, key=lambda t: t.start)


def _near(pattern: re.Pattern, sent: Sent, trig: Trigger, window: int = 60) -> bool:
    for m in pattern.finditer(sent.text):
        a, b = sent.start + m.start(), sent.start + m.end()
        if a - window <= trig.end and b + window >= trig.start:
            return True
    return False


# ---------------------------------------------------------------- building events

@dataclass
class _Draft:
    type: str
    sents: list[Sent]
    triggers: list[Trigger]
    primary: bool = True
    own_only: bool = False   # future/background: only its own sentences' institutions
    date: object = None      # DateMention
    partial: object = None
    stage_of: "_Draft | None" = None  # a later stage of another event: same participants
    also_of: "_Draft | None" = None   # a further meeting during another event: its days
    day_of: "_Draft | None" = None    # told as one day of another event's days ("on the second day")
    same_day: bool = False   # opened by "that afternoon, ...": the day's next event


def _type_of(trigs: list[Trigger]) -> str:
    types = {t.type for t in trigs if not t.weak} or {t.type for t in trigs}
    return next(t for t in T.TYPE_PRIORITY if t in types)


def _event_type(draft: "_Draft") -> str:
    """The anchor's type; a meeting told as part of a visit ("the trip", "the visitors met") is a visit.
    A meeting the text calls online ("an online meeting", "اجتماعاً افتراضياً") is a meeting: no
    one travels, and a conference word nearby names what was discussed ("a joint summer school")."""
    online = [t for t in draft.triggers if t.type == "Meeting" and not t.weak and _online_near(draft, t)]
    if online and draft.type in ("Visit", "Conference") and not any(
            t.type == draft.type and not t.weak and _online_near(draft, t, before_only=True) for t in draft.triggers):
        return "Meeting"
    if draft.type == "Meeting" and not online and any(t.type == "Visit" and not t.weak for t in draft.triggers):
        return "Visit"
    return draft.type


def _online_near(draft: "_Draft", t: "Trigger", before_only: bool = False) -> bool:
    """Is the trigger qualified as online: an online word in the few words around it?"""
    sent = next((s for s in draft.sents if s.start <= t.start < s.end), None)
    if sent is None:
        return False
    a, b = t.start - sent.start, t.end - sent.start
    window = sent.text[max(0, a - 25):a] if before_only else sent.text[max(0, a - 25):min(len(sent.text), b + 40)]
    return bool(T.ONLINE.search(window))


def _date_of(sents: list[Sent], view: TextView, anchor: Sent) -> tuple[object, object]:
    """(full DateMention, partial DateMention) from the sentences, else the nearest earlier
    date in the anchor's paragraph."""
    full = partial = None
    for s in sents:
        for d in s.dates:
            if d.start_date and full is None:
                full = d
            elif not d.start_date and d.partial and partial is None:
                partial = d
    if full is None and partial is None:
        for s in reversed(view.sents[:anchor.index]):
            if s.para != anchor.para:
                break
            if s.full_dates():
                return s.full_dates()[-1], None
    return full, partial


_LEAD_DATE_PARAS = 2   # how many paragraphs back a lead sentence may date the event


def _lead_date(draft: "_Draft", view: TextView, anchor: Sent):
    """"X and Y agreed on 24 June to launch a programme. / The decision was taken at a meeting of
    ...": a dated sentence just before, with no event word of its own and the same institutions,
    dates the event it leads to."""
    actors = {k for s in draft.sents for k in s.actors()}
    for s in reversed(view.story()[:view.story().index(anchor)] if anchor in view.story() else []):
        if anchor.para - s.para > _LEAD_DATE_PARAS:
            break
        full = s.full_dates()
        if not full:
            continue
        if sentence_triggers(s) or T.BACKGROUND.search(s.text) or not actors & set(s.actors()):
            return None   # its date is its own event's, or says when something else happened
        return full[-1]
    return None


def _opening_date(view: TextView):
    """"Tbilisi, 9 February 2026. X and Y signed ...": a news opening cut off by its full stop
    is a sentence of only a place and the page's own date; it dates the story's primary event."""
    for s in view.story()[:4]:
        full = s.full_dates()
        if full and not s.actors() and not sentence_triggers(s) and full[-1].start_date == view.doc.dateline \
                and len(re.findall(r"[^\W\d_]+", s.text)) <= 4:
            return full[-1]
    return None


def _relative_date(draft: "_Draft", dateline: str | None, text: str | None = None) -> str | None:
    """A day told relative to the document's own date ("today", "on Friday"): the latest
    such day on or before the dateline. Nothing without a dateline."""
    if not dateline:
        return None
    ref = _dt.date.fromisoformat(dateline)
    text = text if text is not None else " ".join(s.text for s in draft.sents)
    if T.TODAY.search(text):
        return ref.isoformat()
    if T.YESTERDAY.search(text):
        return (ref - _dt.timedelta(days=1)).isoformat()
    for pattern, weekday in T.WEEKDAYS:
        if pattern.search(text):
            return (ref - _dt.timedelta(days=(ref.weekday() - weekday) % 7)).isoformat()
    if T.THIS_WEEK.search(text):
        return ref.isoformat()
    return None


_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
# "since 2019", "с 2019 года", "از سال 1398", "منذ عام": a running thing, not a past event
_SINCE = T.rx(r"\b(?:since|с|со|از|منذ)\s+(?:the year\s+|سال\s+|عام\s+)?$")


def _earlier_year(sent: Sent, year: str | None) -> bool:
    """A sentence dated only by a year before the document's own ("signed in 2019")."""
    if not year or sent.full_dates():
        return False
    years = [m.group(1) for m in _YEAR.finditer(sent.text) if not _SINCE.search(sent.text[:m.start()])]
    return bool(years) and all(y < year for y in years)


def _background_date(d, ref) -> bool:
    """A date well before the primary event's date tells a background event."""
    return bool(ref and ref.start_date and d.start_date and d.start_date < ref.start_date
                and (int(ref.start_date[:4]) * 12 + int(ref.start_date[5:7]))
                - (int(d.start_date[:4]) * 12 + int(d.start_date[5:7])) >= 1)


def _set_date(draft: _Draft, sent: Sent, full: list, drafts: list[_Draft], dateline: str | None = None) -> None:
    if len(full) > 1 and dateline and full[0].start_date == dateline and not full[0].end_date \
            and full[0].start - sent.start < 40:
        # "SERDANG, 2 Oct 2024 - X hosted the forum on 1-2 October 2024": the page's date opens
        # the sentence; the date the sentence itself gives is the event's
        full = full[1:]
    draft.date = full[0]
    ranges = [x for x in full if x.end_date]
    # two ranges in one sentence are two stages of the event
    if full[0] in ranges:
        for extra in ranges[1:]:
            drafts.append(_Draft(draft.type, [sent], list(draft.triggers), primary=draft.primary, date=extra,
                                 stage_of=draft))


def _drafts(view: TextView) -> list[_Draft]:
    drafts: list[_Draft] = []
    primary: _Draft | None = None
    for sent in view.story():
        trigs = sentence_triggers(sent)
        if not trigs:
            # "the rector welcomed the guests from X on 5 May": who took part, and maybe when
            if primary is not None and T.PARTICIPATION.search(sent.text) and not T.BACKGROUND.search(sent.text):
                home = next((d for d in reversed(drafts) if not d.own_only and d.sents[0].para == sent.para),
                            primary)
                home.sents.append(sent)
                if home.date is None and sent.full_dates():
                    _set_date(home, sent, sent.full_dates(), drafts, view.doc.dateline)
            continue
        anaphoric = bool(T.ANAPHOR.search(sent.text))
        live = [t for t in trigs if anaphoric or not _near(T.FUTURE, sent, t)]
        future = [t for t in trigs if t not in live]
        if future:
            drafts.append(_Draft(_type_of(future), [sent], future, primary=False, own_only=True))
        if not live:
            continue
        typ = _type_of(live)
        full = sent.full_dates()
        year = view.doc.dateline[:4] if view.doc.dateline else (
            primary.date.start_date[:4] if primary is not None and primary.date is not None else None)
        background = not anaphoric and (bool(T.BACKGROUND.search(sent.text)) or _earlier_year(sent, year))
        if primary is None:
            if background:
                drafts.append(_Draft(typ, [sent], live, primary=False, own_only=True))
                continue
            primary = _Draft(typ, [sent], live)
            if not sent.actors():
                # "The opening ceremony was attended by ...": who and when were told just before
                before = next((x for x in reversed(view.story()) if x.index < sent.index and x.actors()), None)
                if before is not None and sent.para - before.para <= 2:
                    primary.sents.insert(0, before)
            drafts.append(primary)
            if full:
                _set_date(primary, sent, full, drafts, view.doc.dateline)
            continue
        if full and not anaphoric:
            d = full[0]
            if background or _background_date(d, primary.date):
                drafts.append(_Draft(typ, [sent], live, primary=False, own_only=True, date=d))
                continue
            if primary.date is None and T.DAY_BEFORE.search(sent.text) and view.doc.dateline \
                    and d.start_date and d.start_date < view.doc.dateline:
                # "Накануне, 13 ноября, ... заключил ещё одно соглашение": the eve's event, not the
                # date of the undated one the story began with
                drafts.append(_Draft(typ, [sent], live, primary=True, date=d))
                continue
            if primary.date is None or primary.date.start_date == d.start_date:
                primary.sents.append(sent)
                primary.triggers += live
                if primary.date is None:
                    _set_date(primary, sent, full, drafts, view.doc.dateline)
                continue
            # an event of its own on another date: part of the story when inside the primary's days
            inside = primary.date.start_date <= d.start_date <= (primary.date.end_date or primary.date.start_date)
            # the trip whose days hold it ("the signing crowned the delegation's stay from 10 to 14
            # March"): told about too, by those who took part in it when the sentence names none
            trip = typ == "Visit" and d.end_date is not None and d.start_date <= primary.date.start_date <= d.end_date
            drafts.append(_Draft(typ, [sent], live, primary=inside or trip, date=d,
                                 stage_of=primary if trip and not sent.actors() else None,
                                 day_of=primary if inside and primary.date.end_date else None))
            continue
        if background:
            drafts.append(_Draft(typ, [sent], live, primary=False, own_only=True))
            continue
        # undated: joins the latest event anchored in this paragraph, else the primary one
        home = next((d for d in reversed(drafts) if not d.own_only and d.sents[0].para == sent.para), primary)
        if _THEN.match(sent.text):
            # "В ноябре 2023 года делегация побывала в X. Тогда мы подписали ...": "then", on the
            # event the sentence before told, also one of the background
            prev = drafts[-1] if drafts and drafts[-1].sents[-1].index == sent.index - 1 else None
            if prev is not None and prev is not home and prev.sents[-1].para == sent.para:
                prev.sents.append(sent)
                prev.triggers += live
                continue
        day = _day_of(sent, home) if not full else None
        if day is not None:
            # "the MoU was signed on the second day of the forum": a day of the event's days
            drafts.append(_Draft(typ, [sent], live, primary=home.primary, date=day, day_of=home))
            continue
        if {t.type for t in live} == {"SigningCeremony"}:
            # "the second agreement was signed by X and Y", told after "the second day saw the
            # signing of two agreements": one more signing of that day, not of the whole forum
            home = next((d for d in reversed(drafts) if d.day_of is home and d.type == "SigningCeremony"), home)
        told = home.sents[-1] if home.sents else None
        if full and anaphoric and home.date is not None and home.date.end_date and told is not None \
                and told.index == sent.index - 1 and told is not home.sents[0] and not told.full_dates() \
                and home.date.start_date < full[0].start_date <= home.date.end_date:
            # "... went to the ministry and met X. / This meeting, held on 14 Mehr, ...": a meeting
            # told undated during a stay of several days, dated by the sentence that refers to it
            own = [t for t in home.triggers if told.start <= t.start < told.end]
            home.sents.pop()
            home.triggers = [t for t in home.triggers if t not in own]
            drafts.append(_Draft(_type_of(own + live), [told, sent], own + live, primary=home.primary,
                                 date=full[0]))
            continue
        opens_same_day = bool(T.SAME_DAY_OPENING.search(sent.text))
        # (past a future or background event told in between)
        last = next((d for d in reversed(drafts) if d.same_day or not d.own_only), primary)
        if anaphoric and last.same_day and last.type == typ and not opens_same_day:
            last.sents.append(sent)   # "... that afternoon, a meeting with X. / At this meeting ...": that one
            last.triggers += live
            continue
        told = {k for s in home.sents for k in s.actors()}
        refers_back = bool(T.MEETING_ANAPHOR.search(sent.text))
        same_day = opens_same_day and not refers_back
        if same_day and sent.actors():
            # "that evening the rector talked online with X": another event of the same day
            # (its partner may be in the headline that sums up the day)
            told = {k for s in home.sents if s.para == sent.para for k in s.actors()}
        # (a conference word in a conference's story is that conference: "participants also heard
        # from X", "the forum's grants")
        if (opens_same_day or T.ALSO.search(sent.text)) and not refers_back \
                and not (typ == "Conference" and home.type == "Conference") \
                and any(k not in told for k in sent.actors()):
            # "on this trip the rector also met the head of X": a meeting of its own, same days
            drafts.append(_Draft(typ, [sent], live, primary=home.primary, own_only=True, also_of=home,
                                 same_day=same_day))
            continue
        home.sents.append(sent)
        home.triggers += live
        if full and anaphoric and home.date is None:
            # "X and Y signed an MoU during the symposium held from 14-16 May 2024": the sentence
            # that refers to the event is the first to date it
            _set_date(home, sent, full, drafts, view.doc.dateline)
    for draft in drafts:
        _hand_over_signings(draft, drafts)
    return drafts


def _without_next_event_partners(draft: _Draft, drafts: list[_Draft], keys: list[str]) -> list[str]:
    """"X receives a delegation of Y and talks online with Z" over a story that tells the online
    talks as the day's next event: Z, named only in that headline, takes part in the next one."""
    later = {k for d in drafts if d.same_day and d.also_of is draft for s in d.sents for k in s.actors()}
    if not later or not draft.sents or draft.sents[0].text.rstrip().endswith((".", "!", "?", ":")):
        return keys
    body = {k for s in draft.sents[1:] for k in s.actors()}
    out = [k for k in keys if k in body or k not in later]
    return out if len(out) >= 2 else keys


def _day_signings(draft: _Draft, drafts: list[_Draft]) -> list[_Draft]:
    """The signings told as one of the draft's days ("the MoU was signed on the second day")."""
    return [d for d in drafts if d.day_of is draft and d.type == "SigningCeremony"]


def _without_day_signers(draft: _Draft, drafts: list[_Draft], view: TextView, keys: list[str]) -> list[str]:
    """A conference's participants without those who came into its story only to sign on one of
    its days (a keynote speaker whose university signs on the sidelines): the sentence that
    dates the conference names its hosts and organisers, who stay."""
    days = _day_signings(draft, drafts)
    if draft.type != "Conference" or not days or draft.date is None:
        return keys
    signers = {k for d in days for s in d.sents for k in s.actors()}
    signers |= {k for d in days for s in d.sents for _, _, p in s.persons for k in view.employer.get(p, [])}
    dated = next((s for s in draft.sents if s.start <= draft.date.start < s.end), None)
    if dated is None:
        return keys
    return [k for k in keys if k not in signers or k in dated.actors()]


def _compatriots(doc: Document, visitors: list[str], hosts: list[str], keys: list[str]) -> list[str]:
    """"The University of X delegation also presented ..." in the story of a delegation of a
    ministry and three universities of one country: the visiting side is that country's
    institutions of the visit, one joint delegation (not one visit each beside the others)."""
    countries = {(doc.institution(k).country if doc.institution(k) else None) for k in visitors}
    if len(countries) != 1 or None in countries:
        return visitors
    iso = next(iter(countries))
    if any(doc.institution(k) and doc.institution(k).country == iso for k in hosts):
        return visitors
    return visitors + [k for k in keys if k not in visitors and k not in hosts
                       and doc.institution(k) is not None and doc.institution(k).country == iso]


def _hand_over_signings(draft: _Draft, drafts: list[_Draft]) -> None:
    """A forum of several days with a signing on one of its days ("the MoU was signed on the
    second day"): the forum is the conference, whatever word the headline ranks first, and
    its sentences that tell only a signing ("signing an MoU with X") are the signing's, so the
    signatories are not made partners of every forum participant."""
    days = _day_signings(draft, drafts)
    if not days or draft.type not in ("SigningCeremony", "Conference") \
            or not any(t.type == "Conference" and not t.weak for t in draft.triggers):
        return   # (a week of visits or talks with a signing on its last day stays what it is)
    draft.type = "Conference"
    signing = days[0]
    for sent in list(draft.sents[1:] if draft.sents[0].actors() else draft.sents):
        moved = [t for t in draft.triggers if sent.start <= t.start < sent.end]
        if {t.type for t in moved} == {"SigningCeremony"}:
            draft.sents.remove(sent)
            signing.sents.append(sent)
            draft.triggers = [t for t in draft.triggers if t not in moved]
            signing.triggers += moved
    signing.sents.sort(key=lambda x: x.index)


_THEN = re.compile(r"(?i)\s*(?:тогда|then|at that time|during that (?:visit|trip))(?!\w)")
_WE_TOOK_PART = re.compile(r"(?i)(?<!\w)(?:мы|we|наша делегация|our delegation|к нам|to us)(?!\w)")


def _participants(draft: _Draft, view: TextView, claimed: set[int]) -> tuple[list[str], list[str]]:
    """(institution keys, person keys) of an event."""
    keys: list[str] = []
    persons: list[str] = []
    own = {s.index for s in draft.sents}
    sents = list(draft.sents)
    if not draft.own_only:  # who took part may be told next to the event word, in its paragraphs
        paras = {s.para for s in draft.sents}
        told = [s for s in view.story() if s.para in paras and s.index not in own and s.index not in claimed
                and T.PARTICIPATION.search(s.text) and not T.BACKGROUND.search(s.text)]
        sents += told
        sents += _list_goes_on(sents, view, {x.index for x in sents} | claimed)
    told_with: list[str] = []   # the people named in the paragraphs' sentences of taking part
    for s in sorted(sents, key=lambda x: x.index):
        for k in s.actors():
            if k not in keys:
                keys.append(k)
        if s.index not in own:
            told_with += [p for _, _, p in s.persons if p in view.holders]
        if s.index in own:
            for _, _, p in s.persons:
                if p not in persons and p in view.holders:
                    persons.append(p)
                for k in view.employer.get(p, []):
                    if k not in keys and k not in _passing_keys(s):
                        keys.append(k)
    if keys and view.protagonist and view.protagonist not in keys \
            and any(_WE_TOOK_PART.search(s.text) for s in draft.sents):
        # "наша делегация побывала в X", "мы вместе с ... подписали", "приезжал к нам": "we", the page's own
        keys.insert(0, view.protagonist)
    # ministries and embassies frame an event between others; they act only when alone,
    # or when the event's own sentences make them a party: listed with the hosts ("X, together
    # with Y and the Ministry of Z, hosted"), or one of their officials takes part
    others = len([k for k in keys if k not in view.government])
    if others >= 2:
        # ("В Нижний Новгород приехали заместитель министра X и посол Y": officials who came)
        acting = _acting_government(draft, view, persons + told_with)
        if others == 2 and any(_THREE_WAY.search(s.text) for s in draft.sents):
            acting |= set(keys)   # "a three-way meeting at the ministry": the ministry is the third side
        keys = [k for k in keys if k not in view.government or k in acting]
    return keys, persons


def _list_goes_on(told: list[Sent], view: TextView, taken: set[int]) -> list[Sent]:
    """"X was accompanied by A, Rector of P; B, Dean of Q; and C ...": the items after the
    semicolons are sentences of their own, of the same list of who took part."""
    out: list[Sent] = []
    for s in told:
        k = s.index
        while view.sents[k].text.rstrip().endswith(";") and k + 1 < len(view.sents) \
                and view.sents[k + 1].para == s.para and k + 1 not in taken:
            k += 1
            out.append(view.sents[k])
    return out


# a meeting of three sides: with two universities named, the ministry where it is held is the third
_THREE_WAY = T.rx(r"\bthree-way (?:meeting|talks)\b", r"\btrilateral (?:meeting|talks)\b", r"\bтр[её]хсторонн\w+ (?:встреч|переговор)\w*",
                  r"\b(?:اجتماع|لقاء) (?:ال)?ثلاثی\b", r"\b(?:نشست|جلسه|دیدار) سه ?جانبه\b")


def _acting_government(draft: _Draft, view: TextView, persons: list[str]) -> set[str]:
    out: set[str] = set()
    for p in persons:
        out.update(k for k in view.employer.get(p, []) if k in view.government)
    norm = view.doc.norm
    for s in draft.sents:
        prev = None
        for m in s.insts:
            if m.passing:
                prev = None
                continue
            if m.key in view.government and prev is not None and prev.key not in view.government \
                    and _COORDINATED.fullmatch(norm[prev.end:m.start]) and _CONJUNCTION.search(norm[prev.end:m.start]):
                out.add(m.key)
            prev = m
    return out


def _passing_keys(sent: Sent) -> set[str]:
    return {m.key for m in sent.insts if m.passing}


def _roles(draft: _Draft, view: TextView, keys: list[str]) -> tuple[list[str], list[str]]:
    """(visiting side, hosts) among `keys`, from delegation and host phrases."""
    norm = view.doc.norm
    visitors: list[str] = []
    hosts: list[str] = []
    paras = {s.para for s in draft.sents}
    for s in view.story():
        if s.para not in paras:
            continue
        prev: Mention | None = None
        for m in s.insts:
            if m.passing or m.key not in keys:
                continue
            left = norm[max(s.start, m.start - 60):m.start]
            right = norm[m.end:min(s.end, m.end + 30)]
            coordinated = (prev is not None and prev.key in visitors
                           and re.fullmatch(r"\s*(?:,|و|and|и|&)?\s*(?:دانشگاه|university)?\s*", norm[prev.end:m.start], re.I))
            if T.DELEGATION_BEFORE.search(left) or T.DELEGATION_AFTER.search(right) or coordinated:
                if m.key not in visitors:
                    visitors.append(m.key)
            elif T.HOST_BEFORE.search(left) or T.HOST_AFTER.search(right) or T.HOST_WELCOMES_AFTER.search(right) \
                    or T.HOST_WELCOMES_BEFORE.search(left):
                if m.key not in hosts:
                    hosts.append(m.key)
            prev = m
    return visitors, [k for k in hosts if k not in visitors]


# "on the second day of the forum", "در روز دوم نشست", "في اليوم الثاني", "на второй день"
_NTH_DAY = T.rx(r"\bon the (first|second|third|final|last) day\b", r"\bروز (نخست|اول|دوم|سوم|پایانی|آخر)\b",
                r"\bالیوم (الأول|الثانی|الثالث|الأخیر)\b", r"\b(?:на|в) (первый|второй|третий|последний) день\b",
                # "итогом второго дня": the day's name in the genitive
                r"\b(первого|второго|третьего|последнего) дня\b")
_NTH = {"first": 0, "second": 1, "third": 2, "نخست": 0, "اول": 0, "دوم": 1, "سوم": 2, "الأول": 0, "الثانی": 1,
        "الثالث": 2, "первый": 0, "второй": 1, "третий": 2,
        "первого": 0, "второго": 1, "третьего": 2}


def _day_of(sent: Sent, home: "_Draft"):
    """The date of "the second (last) day" told in an undated sentence, when the event it joins
    runs over several days that include that day; else None."""
    d = home.date
    m = _NTH_DAY.search(sent.text) if d is not None and d.end_date and d.start_date else None
    if m is None:
        return None
    word = next(g for g in m.groups() if g)
    first, last = _dt.date.fromisoformat(d.start_date), _dt.date.fromisoformat(d.end_date)
    n = _NTH.get(word.lower())
    day = last if n is None else first + _dt.timedelta(days=n)
    if not first <= day <= last:
        return None
    return DateMention(sent.start + m.start(), sent.start + m.end(), day.isoformat(), None, None,
                       getattr(d, "calendar", "gregorian"))


def _signing_clauses(draft: _Draft, view: TextView, keys: list[str]) -> list[list[str]]:
    """A signing told in one sentence of clauses that each sign with their own parties ("رئيسا
    A وB وقّعا مذكرة، كما وقّع X (C) وY (D) اتفاقية"): the parties of each clause, when every
    clause names two or more of them and no party is in two clauses; else []."""
    if draft.type != "SigningCeremony" or len(keys) < 4:
        return []
    sent = draft.sents[0]
    own = [t for t in draft.triggers if t.type == "SigningCeremony" and sent.start <= t.start < sent.end]
    if len(own) < 2:
        return []
    # each signing word holds the text from the clause break before it to the next one's
    breaks = [m.end() for m in T.CLAUSE_BREAK.finditer(sent.text)]
    cuts = [0]
    for t in own[1:]:
        before = [b for b in breaks if cuts[-1] < b <= t.start - sent.start]
        if not before:
            return []
        cuts.append(before[-1])
    cuts.append(len(sent.text) + 1)
    groups: list[list[str]] = []
    for lo, hi in zip(cuts, cuts[1:]):
        group: list[str] = []
        for m in sent.insts:
            if not m.passing and lo <= m.start - sent.start < hi and m.key in keys and m.key not in group:
                group.append(m.key)
        for ps, _, p in sent.persons:
            if lo <= ps - sent.start < hi:
                group += [k for k in view.employer.get(p, []) if k in keys and k not in group]
        groups.append(group)
    if len(groups) < 2 or any(len(g) < 2 for g in groups) or len({k for g in groups for k in g}) != \
            sum(len(g) for g in groups):
        return []
    return groups


def _plural_center(draft: _Draft) -> list[str]:
    """"X signed memoranda with Y and Z", "X held meetings with Y and Z": X with each of
    them, not Y with Z. X is the institution named before the plural word."""
    for s in draft.sents:
        for pattern in (T.PLURAL_AGREEMENTS, T.PLURAL_MEETINGS):
            m = pattern.search(s.text)
            if not m:
                continue
            at = s.start + m.start()
            before = [x.key for x in s.insts if not x.passing and x.start < at]
            after = {x.key for x in s.insts if not x.passing and x.start > at} - set(before[:1])
            if before and len(after) >= 2:
                return before[:1]
    return _with_center(draft)


def _with_center(draft: _Draft) -> list[str]:
    """"X: from an MoU with Y to online talks with Z": each partner named after its own "with",
    one institution without it, the one that met each of them (Y and Z did not meet)."""
    for s in draft.sents:
        insts = [x for x in s.insts if not x.passing]
        with_keys, plain = set(), set()
        for x in insts:
            window = s.text[max(0, x.start - s.start - 12):x.start - s.start]
            (with_keys if T.WITH_BEFORE.search(window) else plain).add(x.key)
        if len(plain) == 1 and len(with_keys - plain) >= 2:
            return list(plain)
    return []


def _format(draft: _Draft) -> str | None:
    text = " ".join(s.text for s in draft.sents)
    online, in_person = T.ONLINE.search(text), T.IN_PERSON.search(text)
    if T.HYBRID.search(text) or (online and in_person):
        return "hybrid"
    if online:
        return "online"
    if in_person or draft.type == "Visit":
        return "in_person"
    return None


def _place(draft: _Draft) -> str | None:
    for s in draft.sents:
        m = T.PLACE.search(s.text)
        if m:
            return m.group(0).strip(" ()")
    return None


_LEAD = 4  # the headline and the first paragraphs tell what an article is about


def _lead_paragraphs(view: TextView) -> set[int]:
    """The first few lines of the story that hold words, not only a date or a repeated title."""
    seen_text: set[str] = set()
    lead: set[int] = set()
    for s in view.story():
        if len(lead) >= _LEAD and s.para not in lead:
            break
        if s.para in lead:
            continue
        letters = re.sub(r"[\W\d_]+", "", s.text)
        if len(letters) < 12 or s.text in seen_text:
            continue
        if len(s.text.split()) <= 6 and s.full_dates():
            continue   # a date line with its city and weekday ("بيروت، الإثنين 18 أيلول 2023")
        if s.full_dates() and not s.actors() and len(re.findall(r"[^\W\d_]+", s.text)) <= 8:
            continue   # "الثلاثاء 21 رجب 1446هـ الموافق 21 يناير 2025م": a date line in two calendars
        seen_text.add(s.text)
        lead.add(s.para)
    return lead


# the two parties told only as a pair: "الجامعتان", "оба университета", "both universities"
_BOTH_SIDES = re.compile(r"(?i)\b(?:[وف]?ال(?:جامعت|طرف)(?:ان|ین)|both (?:universities|sides|institutions)|"
                         r"the two (?:universities|sides|institutions)|об[ае] (?:университет|вуз|сторон)\w*|"
                         r"دو (?:دانشگاه|طرف))\b")


def find_events(doc: Document, resources=None) -> None:
    """Pipeline component: fill doc.events."""
    doc.events = []
    if not doc.institutions:
        return  # a page that relates no institutions tells no event
    view = TextView(doc)
    drafts = _drafts(view)
    claimed = {s.index for d in drafts for s in d.sents}
    primary_date = next((d.date for d in drafts if d.primary and d.date), None)
    events: list[Event] = []
    lead = _lead_paragraphs(view)
    # the date printed above the story, if it is the page's own (the same for every draft)
    header = doc.dateline and header_date(doc.norm, doc.lang) == doc.dateline
    for draft in drafts:
        if draft.primary and draft.sents[0].para not in lead and not any(
                d.primary and d.sents[0].para in lead for d in drafts):
            draft.primary = False  # an event first told deep in the page is not what it is about
        draft.type = _event_type(draft)
        keys, persons = _participants(draft.stage_of or draft, view, claimed)
        keys = _without_day_signers(draft, drafts, view, keys)
        keys = _without_next_event_partners(draft, drafts, keys)
        if not keys and any(_BOTH_SIDES.search(s.text) for s in draft.sents):
            # "وقعت الجامعتان ...", "both universities signed ...": the two the story is about
            pair = next((e.participants for e in events if len(e.participants) == 2), None)
            keys = list(pair) if pair else []
        if not keys:
            continue  # an event needs an institution that takes part
        if draft.also_of is not None and len(keys) == 1 and view.protagonist not in (None, keys[0]):
            keys.insert(0, view.protagonist)  # "the delegation also met X": the article's side met X
        anchor = draft.sents[0]
        if draft.date is None and draft.also_of is not None:
            draft.date, draft.partial = draft.also_of.date, draft.also_of.partial
        if draft.date is None:
            draft.date, draft.partial = _date_of(draft.sents, view, anchor)
        if draft.date is None and draft.partial is None and draft.primary and not draft.own_only:
            draft.date = _lead_date(draft, view, anchor) or _opening_date(view)
        if draft.primary and draft.date is not None and primary_date is not None and _background_date(draft.date, primary_date):
            draft.primary = False
        visitors, hosts = _roles(draft, view, keys) if len(keys) >= 2 else ([], [])
        visitors = _compatriots(doc, visitors, hosts, keys) if draft.type == "Visit" else visitors
        evidence = [doc.evidence(t.start, t.end) for t in draft.triggers]
        if draft.date is None and draft.partial is not None and draft.primary and doc.dateline \
                and any(s.start <= t.start < s.end and _near(T.TODAY, s, t)
                        for s in draft.sents for t in draft.triggers if not t.weak):
            draft.partial = None   # "X visited Y today ...; in May 2025 the rector will visit X": today's event
        relative = None if draft.date or draft.partial or not draft.primary else _relative_date(draft, doc.dateline)
        if relative is None and draft.date is None and draft.partial is None and draft.primary \
                and not draft.own_only and header:
            # a report that dates its story only in the date line printed above it ("14.10.2025 |
            # Views", "تاریخ انتشار: ...") tells of the event of that day (a date known only from
            # metadata or a footer leaves an undated story undated)
            relative = doc.dateline
        if draft.primary and draft.date is not None and draft.date.start_date == doc.dateline \
                and draft.date.end_date in (None, draft.date.start_date):
            # "CITY, Friday 14 June 2024 – ... signed on Thursday": the date is the page's own,
            # the weekday told elsewhere in the sentence dates the event
            masked = doc.norm[max(0, draft.date.start - 14):draft.date.end]
            rest = " ".join(doc.norm[s.start:s.end].replace(masked, " ") for s in draft.sents)
            moved = _relative_date(draft, doc.dateline, rest)
            # ("امروز یکشنبه ۱۶ ...": "today" written with the date keeps it, whatever weekday another
            # sentence of the story names)
            today_at_date = T.TODAY.search(doc.norm, max(0, draft.date.start - 20), draft.date.start)
            if moved and moved != doc.dateline and not T.TODAY.search(rest) and not today_at_date:
                draft.date, relative = None, moved
        common = dict(
            start=draft.date.start_date if draft.date else relative,
            end=draft.date.end_date if draft.date else None,
            partial_start=None if draft.date or relative else (draft.partial.partial if draft.partial else None),
            format=_format(draft), place=_place(draft), primary=draft.primary,
        )
        groups = _signing_clauses(draft, view, keys)
        if groups:
            # "A and B signed an MoU, as C and D signed an agreement": two signings, two pairs
            for group in groups:
                events.append(Event(key="", type=draft.type, participants=group, host=None,
                                    attendees=persons, evidence=evidence, **common))
            continue
        center = visitors if draft.type == "Visit" else []
        # (not when a delegation phrase names the guests: "a joint delegation of X and Y")
        if draft.type == "Visit" and len(hosts) == 1 and len(keys) >= 3 and not visitors \
                and any(T.SEVERAL_DELEGATIONS.search(s.text) for s in draft.sents):
            center = hosts   # one host, several delegations: a visit each, the guests are not partners
        if not center and len(keys) >= 3:
            center = _plural_center(draft)
        others = [k for k in keys if k not in center]
        if center and len(others) >= 2:
            # one delegation (or signatory), several partners: one event each, the partners
            # are not related to each other
            for other in others:
                events.append(Event(key="", type=draft.type, participants=center + [other],
                                    host=(center[0] if center == hosts else other) if draft.type == "Visit" else None,
                                    attendees=persons, evidence=evidence, **common))
            continue
        host = hosts[0] if hosts else (others[0] if visitors and len(others) == 1 else None)
        events.append(Event(key="", type=draft.type, participants=keys, host=host, attendees=persons,
                            evidence=evidence, **common))
    for i, ev in enumerate(events, 1):
        ev.key = f"e{i}"
    doc.events = events
