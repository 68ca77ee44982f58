"""Agreements (memoranda, cooperation agreements, joint programmes, action plans).

A sentence with an agreement word is a mention: its type from the word (an agreement *on*
a double-degree programme is a joint programme), its status from the nearest verb around
it (intended, signed, running), its parties from the institutions of its clause. Mentions
of one agreement are merged: a mention with no status of its own ("under the MoU", "this
memorandum") only adds to an agreement told before it. Parties that the sentence leaves
implicit ("between the two universities", "الطرفين") come from the paragraph, the
article's primary event and the institution the article is about.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from loaders.events import Sent, TextView
from loaders.model import Agreement, Document, Event
from loaders import lexicon as L
from loaders import triggers as T
from loaders.normalise import fold

_RANK = {"signed": 3, "active": 2, "planned": 1}


def _rank(typ: str, status: str) -> int:
    """Which of two statuses told of one agreement wins: signed over running over intended; but
    a joint programme that runs ("launched", "first students") is active, though its text was signed."""
    if typ == "JointProgramme" and status == "active":
        return 4
    return _RANK[status]


# The subject of an agreement: "соглашение о ... двойных дипломов", "agreement on a joint degree".
_SUBJECT_WINDOW = 80
_ABOUT = T.rx(r"^\s*(?:on|about|for|regarding|concerning|establishing|to (?:launch|implement|establish|run|create|set up))\b",
              r"^\s*(?:[—–-]\s*)?(?:о|об|по|на)\s",   # ("Второе соглашение — о программе ...")
              # the parties first: "соглашения между X и Y о реализации ...", "an agreement between X and Y on"
              r"^\s*между\s+[^.,;:]{3,70}?\s(?:о|об)\s", r"^\s*between\s+[^.,;:]{3,70}?\s(?:on|for|about)\s",
              r"^\s*(?:ای\s+)?(?:برای|درباره|در زمینه|در خصوص|جهت|اجرای|راه ?اندازی)\s", r"^\s*(?:حول|بشأن|ل)",
              # after the words saying what kind it is and how many sign it: "اتفاقية تعاون ثلاثية لإطلاق برنامج"
              r"^\s*(?:(?:لل|ال)?(?:تعاون|ثلاثیة|ثنائیة|رباعیة|إطاریة|اطاریة|جدیدة)\s+){1,3}(?:حول|بشأن|ل|بهدف|من أجل)",
              r"^\s*$")
# How far from an agreement word its status verbs may stand (characters).
_STATUS_BEFORE, _STATUS_AFTER = 80, 100
_BACK_REFERENCE = T.rx(r"\b(?:under|according to|in|by|within) (?:the|this) $", r"\b(?:this|that) $",
                      r"\b(?:согласно|по|в рамках) (?:данн|эт)\w+ $", r"\bطبق (?:این|آن) $", r"\bبموجب $", r"\bوفق $")
# "under the new agreement", "بر اساس موافقت نامه امضاشده": the agreement just signed, told again
_THE_SIGNED_BEFORE = T.rx(r"\bthe (?:new(?:ly signed)?|signed) $")
_THE_SIGNED_AFTER = T.rx(r"\s*(?:امضا ?شده|(?:ال)?موقعة|подписанн\w+)\b")
_EXCHANGE = "ExchangeProgramme"   # a trigger kind, emitted as "Agreement"
_MEMBERSHIP = "Membership"   # joining an association: a trigger kind, emitted as "Agreement"
_LAUNCH_AFTER_FA = 200  # Persian puts the verb at the end of a long clause ("... راه اندازی شد")
_LAUNCH_BEFORE = 40   # "launched a double degree", "обсудили запуск программы двойных дипломов"


@dataclass
class _Mention:
    type: str
    status: str | None
    parties: list[str]
    sent: Sent
    spans: list[tuple[int, int]]
    plural: bool = False       # "memoranda with X and Y": one agreement with each partner
    renewal: bool = False      # renewed or extended: it exists already, whatever signs it again
    since: int | None = None   # running since this (Gregorian) year
    year: int | None = None    # the year the sentence dates it
    framework: bool = False    # only named as the frame of something else ("under the agreement")
    background: int | None = None   # signed in this earlier year ("a 2020 MoU", "договор 2019 года")
    separate: bool = False     # the sentence counts its agreements ("signed two agreements: ...")
    renewal_to_come: bool = False   # "agreed to renew it": the running one, and a renewal planned
    of_year: int | None = None      # the earlier year it is dated to, renewed or not ("the 2019 MoU")


@dataclass
class _Draft:
    type: str
    status: str | None
    parties: list[str]
    sents: list[Sent] = field(default_factory=list)
    spans: list[tuple[int, int]] = field(default_factory=list)
    plural: bool = False
    renewal: bool = False
    since: int | None = None
    year: int | None = None
    background: int | None = None
    renewal_to_come: bool = False
    of_year: int | None = None


def _status(text: str, start: int = 0, end: int | None = None) -> str | None:
    """Status of the agreement word at text[start:end]: the nearest intention, signing or
    running verb decides ("signed an MoU ... and hope to develop programmes" is signed for
    the MoU, intended for the programmes); a bare future ("will") only when nothing else.
    A signing verb governed by an intention ("proposed signing", "to be signed") is intended."""
    end = len(text) if end is None else end
    best = None
    signed_before = bool(T.SIGNED.search(text[:start]))
    # ("signed an agreement to create a joint programme": its purpose, not an intent to sign)
    intended = [(m.start(), m.end()) for m in T.PLANNED_STRONG.finditer(text)
                if not (signed_before and m.group().startswith("to ") and 0 <= m.start() - end <= 2)]
    found = [(a, b, "planned") for a, b in intended]
    active = list(T.ACTIVE.finditer(text))
    running = [(m.start(), m.end()) for m in active]
    for status, matches in (("signed", T.SIGNED.finditer(text)), ("active", active)):
        for m in matches:
            if status == "signed" and any(a - 25 <= m.end() and m.start() <= b + 25 for a, b in intended):
                continue
            if status == "signed" and any(a <= m.start() < b for a, b in running):
                continue   # "since the signing of the MoU": the signing word inside what says it runs
            found.append((m.start(), m.end(), status))
    for a, b, status in found:
        distance = start - b if b <= start else max(0, a - end)
        if best is None or distance < best[0]:
            best = (distance, status)
    if best:
        return best[1]
    return "planned" if T.PLANNED_WEAK.search(text) else None


def _clause_parties(sent: Sent, view: TextView, s: int, e: int) -> list[str]:
    """Institutions of the clause that holds the agreement word at sent.text[s:e] ("с X
    подписан меморандум, с Y обсуждались программы": X only), else of the sentence."""
    lo, hi = 0, len(sent.text)
    for m in T.CLAUSE_BREAK.finditer(sent.text):
        if m.end() <= s:
            lo = m.end()
        elif m.start() >= e:
            hi = m.start()
            break
    hi = _before_second_with(sent, e, hi)
    inside = [k for k in dict.fromkeys(m.key for m in sent.insts
                                       if not m.passing and lo <= m.start - sent.start < hi)]
    # "Dr X signed memoranda with A and B": the signatory's institution is a party too
    signers = [k for ps, _, p in sorted(sent.persons) if lo <= ps - sent.start < s
               for k in view.employer.get(p, []) if k not in inside and k not in view.government]
    inside = list(dict.fromkeys(signers)) + inside if inside else inside
    if not inside and sent.index > 0 and _WITH_IT.search(sent.text, lo, s):
        # "Да, университет X. С ним у нас действует программа ...": "with it", the one named just before
        inside = list(dict.fromkeys(m.key for m in view.sents[sent.index - 1].insts if not m.passing)
                      or dict.fromkeys(m.key for m in view.sents[sent.index - 1].insts))
        if len(inside) != 1:
            inside = []
    keys = inside or sent.actors()
    # "соглашение с Министерством", "an agreement with the Ministry": a government body the
    # agreement is made with is a party (one only named around it is not)
    # (so is one that funds it: "the MoHERI-funded scholarship scheme", "funded by the Ministry")
    partners = {m.key for m in sent.insts if lo <= m.start - sent.start < hi
                and (_WITH_BEFORE.search(sent.text[max(0, m.start - sent.start - 20):m.start - sent.start])
                     or _FUNDED_AFTER.match(sent.text, m.end - sent.start))}
    # "پیش نویس تفاهم نامه ... برای تصویب به وزارت علوم ارسال شود", "submitted to the Ministry":
    # a government body the text is sent to for approval is no party
    addressees = {m.key for m in sent.insts if lo <= m.start - sent.start < hi and m.key in view.government
                  and _TO_BEFORE.search(sent.text[max(0, m.start - sent.start - 16):m.start - sent.start])}
    if addressees and set(keys) <= addressees:
        return []
    return [k for k in keys if k not in view.government or k in partners] or keys


def _before_second_with(sent: Sent, e: int, hi: int) -> int:
    """"an MoU with A, then online talks with B": the clause of the agreement word ends before
    the second "with" of another partner after it (B is the talks', not the MoU's); "with A
    and with B" are both its partners."""
    withs = []
    for m in sent.insts:
        at = m.start - sent.start
        if m.passing or not e <= at < hi:
            continue
        lo = max(e, at - 20)
        w = _WITH_BEFORE.search(sent.text, lo, at)
        if w:
            withs.append((m.key, w.start()))
    if len(withs) >= 2 and withs[0][0] != withs[1][0] \
            and not _AND_BEFORE.search(sent.text, max(0, withs[1][1] - 6), withs[1][1]):
        return withs[1][1]
    return hi


_AND_BEFORE = T.rx(r"(?:^|\s)(?:and|و|и)\s*$")

_DECISION_TO = re.compile(r"\s+to\s+(?:prepare|draft|sign|conclude|renew|extend|develop|draw up)\b")
# signed, then told as running now: "signed ... and is now being implemented", "и сейчас реализуется"
_NOW_RUNNING = T.rx(r"\b(?:signed|concluded|подписан\w*|заключ\w*|امضا|وقع\w*)\b[^.;:]{0,60}?\b(?:now|currently|сейчас|в настоящее время|هم ?اکنون|اکنون|حالیا)\s+"
                    r"(?:(?:is|are|being|still)\s+)*(?:" + T.ACTIVE.pattern + r"|being (?:implemented|carried out))")
_SUPPLEMENT_TO = T.rx(r"\bсоглашени\w* к\s+$", r"\b(?:supplementary agreement|addendum|amendment) to (?:the |this )?$")
_AR_RENEW_IT = T.rx(r"\b[بل]?(?:تجدید|تمدید)(?:ها|ه)\b")
_NEW_BEFORE = re.compile(r"(?i)(?<!\w)(?:a new|another|нов\w+|جدید|جديد)\s+$")
_WITH_IT = re.compile(r"(?i)(?<!\w)(?:с ним|с ней|with it|with this university)(?!\w)")
_COUNT_BEFORE = T.rx(r"\b(?:سه|چهار|پنج)\s+$")
# ("يعرض على الوزارة": "laid before" the ministry for its approval)
_TO_BEFORE = T.rx(r"\b(?:to|به|إلى|الى)\s+(?:the\s+)?$", r"عرض\w*\s+على\s+$")
_WITH_BEFORE = T.rx(r"\b(?:с|со|with|با|مع|funded by|financed by|sponsored by)\s+(?:the\s+)?$")
_FUNDED_AFTER = re.compile(r"-(?:funded|financed|sponsored)\b")
# (not a name that goes on: "the LU Global Partnership Fund" is one university's fund)
_NAMED_PARTNERSHIP = re.compile(r"(?<![\w-])(?:[A-Z][\w-]+ ){1,4}Partnership\b(?! [A-Z])")


def _the_signed_one(text: str, s: int, e: int) -> bool:
    """Is the agreement word at text[s:e] "the new / the signed agreement" (one told before)?"""
    return bool(_THE_SIGNED_BEFORE.search(text[max(0, s - 20):s]) or _THE_SIGNED_AFTER.match(text, e))


def _drop_named_by_programme(text: str, hits: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """"a double-degree agreement", "joint PhD agreement": the agreement word right after a joint
    programme is that programme's document, not a second agreement."""
    ends = {e for _, e, typ in hits if typ == "JointProgramme"}
    return [h for h in hits if not (h[2] in ("CooperationAgreement", "MemorandumOfUnderstanding")
                                    and any(e <= h[0] and not text[e:h[0]].strip(" -") for e in ends))]


def _sentence_mentions(sent: Sent, view: TextView) -> list[_Mention]:
    hits: list[tuple[int, int, str]] = []
    for typ, pattern in T.AGREEMENT_TRIGGERS.items():
        for m in pattern.finditer(sent.text):
            hits.append((m.start(), m.end(), typ))
    if not hits:
        joined = [(m.start(), m.end(), _MEMBERSHIP) for m in T.MEMBERSHIP.finditer(sent.text)]
        # (a membership the next sentence tells as an agreement signed is that agreement)
        if joined and not (sent.index + 1 < len(view.sents) and any(
                pattern.search(view.sents[sent.index + 1].text) for pattern in T.AGREEMENT_TRIGGERS.values())):
            hits = joined
    if not hits:
        # "a student exchange programme in force since 2019": an agreement of no subtype,
        # only when the sentence names no agreement word of its own (that one is it)
        hits = [(m.start(), m.end(), _EXCHANGE) for m in T.EXCHANGE_PROGRAMME.finditer(sent.text)]
    if not hits:
        # "to review cooperation under the three universities' Coastal Water Partnership": a
        # partnership named in title case, as the frame the text tells of, runs (of no subtype)
        hits = [(m.start(), m.end(), _EXCHANGE) for m in _NAMED_PARTNERSHIP.finditer(sent.text)
                if T.FRAMEWORK.search(sent.text[max(0, m.start() - 60):m.start()])]
    if not hits:
        # "a similar programme has run with X since 2019": another joint programme, when one was told before
        similar = [(m.start(), m.end(), "JointProgramme") for m in T.SIMILAR_PROGRAMME.finditer(sent.text)]
        if similar and any(T.AGREEMENT_TRIGGERS["JointProgramme"].search(x.text) for x in view.story()
                           if x.index < sent.index):
            hits = similar
    if not hits:
        hits = _ordinal_back_reference(sent, view)
    if not hits:
        return []
    hits.sort()
    # "closed with an agreement to prepare a memorandum": a decision, the document is the one after
    hits = [h for h in hits if not (h[2] == "CooperationAgreement" and _DECISION_TO.match(sent.text, h[1])
                                    and any(s2 > h[1] for s2, _, _ in hits))]
    hits = _drop_named_by_programme(sent.text, hits)
    # "дополнительное соглашение к меморандуму", "an addendum to the MoU": the memorandum is what the
    # new agreement adds to, not a second agreement word of the same one
    hits = [h for h in hits if not (h[2] == "MemorandumOfUnderstanding" and any(
        h2[2] == "CooperationAgreement" and h2[1] <= h[0] for h2 in hits)
        and _SUPPLEMENT_TO.search(sent.text, max(0, h[0] - 40), h[0]))]
    # an agreement about a joint programme or a plan is that programme or plan
    consumed: set[int] = set()
    typed: list[tuple[int, int, str, bool]] = []
    hits_type = {s: typ for s, _, typ in hits}
    for s, e, typ in hits:
        if typ == "ActionPlan":
            # "a roadmap for creating joint programmes": the programme is what the plan is about
            for j, (s2, _, typ2) in enumerate(hits):
                if typ2 == "JointProgramme" and j not in consumed and 0 <= s2 - e <= _SUBJECT_WINDOW \
                        and _ABOUT.match(sent.text[e:s2]):
                    consumed.add(j)
        if typ in ("MemorandumOfUnderstanding", "CooperationAgreement"):
            for j, (s2, _, typ2) in enumerate(hits):
                if typ2 in ("JointProgramme", "ActionPlan") and j not in consumed and 0 <= s2 - e <= _SUBJECT_WINDOW \
                        and _ABOUT.match(sent.text[e:s2]):
                    consumed.add(j)
                    typ = typ2
                    break
        typed.append((s, e, typ, typ != hits_type.get(s)))
    typed = [h for j, h in enumerate(typed) if j not in consumed]
    denied = _denied(sent.text, [(s, e) for s, e, _, _ in typed])
    # "было подписано два документа: соглашение ... и соглашение ...": each word is one of them
    counted = bool(T.COUNTED_AGREEMENTS.search(sent.text))
    out: list[_Mention] = []
    for s, e, typ, via_agreement in typed:
        parties = _clause_parties(sent, view, s, e)
        if _DEMONSTRATIVE.search(sent.text[max(0, s - 12):s]) and parties and set(parties) <= view.government:
            parties = []   # "this MoU ... in line with the ministry's policy": the one told before
        if parties and set(parties) <= view.government and _THE_TWO.search(sent.text[e:e + 30]):
            parties = []   # "the MoU of the two universities ...": theirs, not that of a ministry named there
        same = None if counted else next((m for m in out if m.type == typ), None)
        if same:
            same.spans.append((sent.start + s, sent.start + e))
            continue
        if (s, e) in denied:
            continue   # "no agreement was signed during the visit": none told
        if typ == _MEMBERSHIP:
            # "X вошёл в состав Ассоциации Y", "X joined the Y Network": a membership, made in the story
            # (one only sought is planned)
            wish = T.PLANNED_STRONG.search(sent.text[max(0, s - _STATUS_BEFORE):e + _STATUS_AFTER]) or \
                _status(sent.text, s, e) == "planned"
            out.append(_Mention("Agreement", "planned" if wish else "signed", list(parties), sent,
                                [(sent.start + s, sent.start + e)], False, False, None, None, False, None, counted))
            continue
        # the verbs around this word decide, not another clause of the sentence ("X and Y agreed
        # to draft a roadmap, and with Z signed an agreement": the roadmap is only intended)
        c_lo, c_hi = _clause_bounds(sent.text, s, e)
        near_lo = max(c_lo, s - _STATUS_BEFORE)
        st = _status(sent.text[near_lo:min(c_hi, e + _STATUS_AFTER)], s - near_lo, e - near_lo)
        if st is None and (typ != "JointProgramme" or via_agreement):
            # a verb-final clause (Persian) puts the verb far after; a verb-first one (Arabic)
            # far before, past a long list of parties ("وقعت X وY وZ، يوم ...، اتفاقية ...")
            st = _status(sent.text, s, e)
        elif st is None and not sent.text[c_lo:s].strip(" «\"“") and T.ACTIVE.search(sent.text, e, c_hi):
            # "«Программа ..., по которой студенты учатся ..., действует уже шесть лет»": the programme
            # is the clause's subject, its running verb stands past a relative clause
            st = "active"
        if st == "active" and _NEW_BEFORE.search(sent.text[max(0, s - 14):s]):
            # "the existing agreement ... would be extended and a new memorandum would be prepared":
            # the new one is what the words after it say, not the running one told before it
            st = _status(sent.text[s:min(c_hi, e + _STATUS_AFTER)], 0, e - s)
        lo = max(0, s - _STATUS_BEFORE)
        window = sent.text[lo:e + _STATUS_AFTER]
        if st == "planned" and _BACK_REFERENCE.search(sent.text[:s]) and not T.PLANNED_STRONG.search(window):
            st = None   # "Under the agreement, X will offer ...": what the agreement told before provides
        if st == "planned" and _the_signed_one(sent.text, s, e):
            st = "signed"   # "Under the new agreement, candidates will ...": the one signed, not a plan
        # "X runs under the partnership agreement", "the tenth anniversary of the agreement": one that
        # exists; told of an agreement the text named before, it adds nothing to that one (_merge)
        framework = st is None and bool(T.FRAMEWORK.search(sent.text[max(0, s - 60):s]))
        if st is None and (framework or T.ANNIVERSARY.search(sent.text[max(0, s - 50):s])):
            st = "active"
        # founding a consortium is a goal unless the text says it is done
        st = st or ("planned" if typ == "Agreement" else None)
        # renewing or extending it (a Persian clause puts the verb last: "تفاهم نامه ... که ... امضا
        # شده بود، ... تمدید شد"): renewed in the story, it is signed (and the same agreement as
        # the one first signed years before); only agreed to be renewed, the existing one is active
        # (an Arabic verb-first clause may renew "it" far after: "..., موصيا بتمديدها")
        renew_it = _AR_RENEW_IT.search(sent.text, e) if view.doc.lang == "ar" and typ != "JointProgramme" else None
        renewal = typ != "JointProgramme" and bool(
            T.RENEWAL.search(window) or (view.doc.lang == "fa" and T.RENEWAL.search(_clause(sent.text, s, e)))
            or renew_it)
        renewal_to_come = False
        if renewal:
            clause = window if view.doc.lang != "fa" else window + " " + _clause(sent.text, s, e)
            if renew_it:
                clause += " " + sent.text[max(e, renew_it.start() - 30):renew_it.end()]
            told = T.RENEWAL.search(window)
            if told and view.doc.lang == "fa":
                # "... بررسی شد و هر دو با تمدید دوساله اش موافقت کردند": the verb that says
                # whether the renewal is done may stand past the window
                clause += " " + sent.text[max(0, lo + told.start() - 5):lo + told.end() + 60]
            renewed = bool(T.RENEWED.search(clause))
            renewal_to_come = not renewed and bool(T.RENEWAL_TO_COME.search(clause))
            st = "signed" if renewed else "active"
        # an agreement signed in a year before the article's ("a 2020 MoU", "рамочное соглашение было
        # заключено в 2017 году", "договор 2019 года"): a signed agreement of its own, not today's
        # (one told as running, "действующее соглашение, подписанное в 2022 году", stays active)
        background = _signed_year(sent.text, s, e, c_hi, view.doc.dateline) \
            if not renewal and typ != _EXCHANGE and (st in (None, "signed") or framework) else None
        if background:
            st, framework = "signed", False
        of_year = background or (_dated_year(sent.text, s, e, c_hi, view.doc.dateline) if renewal else None)
        if st == "signed" and (_NOW_RUNNING.search(sent.text[e:c_hi]) or _still_in_force(sent.text, e)):
            st = "active"   # "an MoU signed in 2018 and now being implemented": the running one
        if typ == _EXCHANGE:
            if st not in ("signed", "active"):
                continue  # "exchange programmes" as a wish is a topic (StudentExchange)
            typ = "Agreement"
        if typ == "JointProgramme" and _POTENTIAL_FOR.search(sent.text[max(0, s - 50):s]):
            st = None   # "мы видим потенциал для совместных программ": a prospect, not one that runs
        near = sent.text[max(0, s - _LAUNCH_BEFORE):e + 30]
        # the launch verb may follow the programme's subject ("... in law is to be launched")
        wide = sent.text[max(0, s - _LAUNCH_BEFORE):e + (_LAUNCH_AFTER_FA if view.doc.lang == "fa" else 80)]
        to_launch = typ == "JointProgramme" and bool(T.PROGRAMME_TO_LAUNCH.search(wide))
        if to_launch:
            st = "planned"   # "a joint programme is to be launched" (also under a signed MoU)
        elif typ == "JointProgramme" and st != "active" and not via_agreement and _launched(wide, view):
            st = "active"    # launched, opened, first cohort: the programme runs
        # a joint programme is an agreement only once it is signed or running; "joint
        # programmes" as a wish is a topic (JointDegree), not an agreement
        # ("an agreement on a double degree" to be signed is a planned programme)
        if typ == "JointProgramme" and st not in ("signed", "active") and not (via_agreement and st) \
                and not to_launch:
            if _launched(near, view):
                st = "active"
            elif T.PROGRAMME_INTENT.search(near) or _RELATIVE_INTENT.search(sent.text[e:e + 100]):
                st = "planned"
            else:
                continue
        plural = bool(T.PLURAL_AGREEMENTS.search(sent.text[s:e + 6]))   # ("تفاهم نامه هایی": the suffix apart)
        # "سه تفاهم نامه جداگانه" (three separate memoranda): a Persian count takes the singular
        plural = plural or bool(_COUNT_BEFORE.search(sent.text[max(0, s - 12):s]))
        since = _since_year(sent.text[lo:e + _STATUS_AFTER]) if st == "active" else None
        year = next((int(d.start_date[:4]) for d in sent.dates if d.start_date), None)
        out.append(_Mention(typ, st, list(parties), sent, [(sent.start + s, sent.start + e)], plural, renewal,
                            since, year, framework, background, counted, renewal_to_come, of_year))
    return out


# "signed two memoranda; the first between X and Y, ...": a sentence opened by an ordinal,
# after one that counts the agreements it names, tells one of them
_ORDINAL_OPENING = T.rx(r"^\s*(?:[وف]?(?:ال)?(?:أولى|اولى|أول|اول|ثانیة|ثانی)\b|the (?:first|second|other)\b|"
                        r"(?:перв|втор)\w+\b)")


def _ordinal_back_reference(sent: Sent, view: TextView) -> list[tuple[int, int, str]]:
    m = _ORDINAL_OPENING.match(sent.text)
    if m is None or sent.index == 0:
        return []
    before = view.sents[sent.index - 1].text
    if not T.COUNTED_AGREEMENTS.search(before):
        return []
    found = ((p.search(before), typ) for typ, p in T.AGREEMENT_TRIGGERS.items())
    kinds = [(hit.start(), typ) for hit, typ in found if hit]
    return [(m.start(), m.end(), min(kinds)[1])] if kinds else []


def _still_in_force(text: str, e: int) -> bool:
    """Does the rest of the sentence after the agreement word at text[:e] say it still binds,
    before naming another agreement ("signed in 2019 ..., which remains in force")?"""
    m = T.STILL_IN_FORCE.search(text, e)
    # ("... signed in 2019; this memorandum has since ... and is still in force": the same one told again)
    return bool(m) and not any(not _DEMONSTRATIVE.search(text, max(0, x.start() - 12), x.start())
                               for p in T.AGREEMENT_TRIGGERS.values() for x in p.finditer(text, e, m.start()))


def _launched(text: str, view: TextView) -> bool:
    """A programme told as running: "launched", "first cohort"; a headline's present "X and Y launch
    joint PhD programme" only when the story does not say its first students are still to come."""
    m = T.PROGRAMME_LAUNCHED.search(text)
    if m is None:
        return False
    if m.group().lower().startswith("launch") and not m.group().lower().startswith("launched"):
        return not any(T.PROGRAMME_TO_LAUNCH.search(x.text) for x in view.story())
    return True


# a prospect: "potential for joint programmes", "потенциал для совместных программ", "پتانسیل ..."
_POTENTIAL_FOR = T.rx(r"\b(?:potential|scope|room) for (?:[\w'-]+ ){0,4}$", r"\bпотенциал\w* (?:для|в) (?:\w+ ){0,4}$",
                      r"\bپتانسیل (?:\S+ ){0,4}$")
_DEMONSTRATIVE = T.rx(r"\b(?:this|that|the said) $", r"\bاین $", r"\b(?:данн|эт|указанн)\w+ $", r"\b(?:هذه|هذا) $")

# The year an agreement was signed, told beside its word: before it ("a 2020 MoU"), right after
# it ("договора 2019 года", "agreement of 2019") or with its signing verb in the clause
# ("signed in Munich in 2019", "было заключено ещё в 2017 году", "در آذر ۱۳۹۵ امضا شد").
_YEAR = r"((?:19|20)\d\d|1[34]\d\d)"
_YEAR_BEFORE = T.rx(r"\b(?:the|a|an|its|their)\s+((?:19|20)\d\d)\s+(?:[\w-]+\s+){0,2}$")
_YEAR_AFTER = T.rx(
    r"^\s*" + _YEAR + r" (?:год|г\.)", r"^\s*(?:of|from|dated) " + _YEAR + r"\b",
    r"^[^.;:]{0,50}?\b(?:signed|concluded|заключ\w*|подписан\w*)\b[^.;:]{0,30}?\b(?:in|в) " + _YEAR + r"\b",
    r"^[^.;:]{0,40}?\b" + _YEAR + r"\s+(?:امضا|منعقد)",
    r"^\s*(?:عام|سنة)\s+" + _YEAR + r"\b",   # "مذكرة تفاهم عام 2010": the memorandum of that year
    # (the parties may stand between: "الموقعة بين جامعة X وجامعة Y عام 2010")
    r"^[^.;:]{0,40}?\b(?:ال)?(?:موقعة|مبرمة) (?:\S+ ){0,6}?(?:عام|سنة|فی) " + _YEAR + r"\b",
)


_FIRST_SIGNED = T.rx(r"\b(?:first|originally|initially|впервые|изначально|первоначально)\s+(?:\w+\s+)?(?:signed|concluded|заключ|подписан)")


def _signed_year(text: str, s: int, e: int, hi: int, dateline: str | None) -> int | None:
    """The (Gregorian) year before the article's own in which the agreement at text[s:e] was signed."""
    if not dateline:
        return None
    after = text[e:min(hi, e + 90)]
    m = _YEAR_BEFORE.search(text[max(0, s - 30):s]) or _YEAR_AFTER.search(after)
    if not m or _FIRST_SIGNED.search(after[:m.end()] if m.re is _YEAR_AFTER else ""):
        return None   # ("the agreement was first signed in 2016": the one told, signed again now)
    y = _gregorian_year(int(next(g for g in m.groups() if g)))
    return y if y < int(dateline[:4]) else None


_OF_YEAR = T.rx(r"^\s*(?:همکاری\s+)?سال\s+" + _YEAR + r"\b")   # "تفاهم نامه سال 1390": the MoU of that year


def _dated_year(text: str, s: int, e: int, hi: int, dateline: str | None) -> int | None:
    """The earlier year a renewed agreement is dated to: signed then, or named by it."""
    y = _signed_year(text, s, e, hi, dateline)
    m = None if y or not dateline else _OF_YEAR.search(text[e:min(hi, e + 30)])
    if m:
        y = _gregorian_year(int(m.group(1)))
        return y if y < int(dateline[:4]) else None
    return y


# the programme's name, then a clause that says it is yet to be made: "программа «X», которую
# разработают A и B", "a master's programme in X, which the partners will develop"
_RELATIVE_INTENT = T.rx(
    r"^[^.;,]{0,50},\s*(?:котор\w+|which|that)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:разработа\w*|подготов\w*|запуст\w*|откро\w*|will (?:develop|design|launch|open|prepare)\b|"
    r"(?:are|is) (?:developing|designing|preparing)\b|"
    r"(?:agreed|decided|plan|plans|planned|intend|intends) to (?:develop|design|launch|open|prepare|create|set up)\b)")

_SINCE = T.rx(r"\b(?:since|с|از سال|منذ(?: عام)?)\s+(\d{4})\b")


def _since_year(text: str) -> int | None:
    """The year something has run since ("since 2019", "از سال ۱۳۹۹" -> 2020), Gregorian."""
    m = _SINCE.search(text)
    if not m:
        return None
    return _gregorian_year(int(m.group(1)))


def _gregorian_year(y: int) -> int:
    """A Jalali (solar hijri) year written in a Persian text, 1300-1499, as its Gregorian year."""
    return y + 621 if 1300 <= y < 1500 else y


def _distinct(d: "_Draft", m: _Mention, doc_year: int | None) -> bool:
    """An agreement running since a year before one signed in the story is an older, other one
    ("the admission agreement in force since 2020" beside the one signed today)."""
    # one signed in an earlier year and one of another year (or of today) are two agreements
    if (d.background or m.background) and d.background != m.background and m.status and not m.framework \
            and not (d.background and _pointed_back(m)):
        return True
    if m.status == "active" and m.since and d.status == "signed" and not d.renewal:
        return m.since < (d.year or doc_year or m.since)
    if d.status == "active" and d.since and m.status == "signed" and not m.renewal:
        return d.since < (m.year or doc_year or d.since)
    # "the MoU running since 2021" and "the 2019 MoU, to be renewed": two agreements
    if (d.since and m.of_year and d.since != m.of_year) or (m.since and d.of_year and m.since != d.of_year):
        return True
    # a joint programme that runs and one that is to be launched are two programmes
    if d.type == m.type == "JointProgramme" and {d.status, m.status} == {"active", "planned"}:
        return True
    return False


# a demonstrative before the agreement word points back at the one just told: "That MoU expired
# last year", "этот меморандум", "این تفاهم نامه", "هذه المذكرة"
_DEMONSTRATIVE_BEFORE = T.rx(r"\b(?:that|this|these|those|этот|этого|этим|эта|этой|тот|того|این|آن|هذه|هذا|تلك|ذلك)\s+$")


def _pointed_back(m: _Mention) -> bool:
    a = m.spans[0][0] - m.sent.start if m.spans else 0
    return bool(m.spans) and bool(_DEMONSTRATIVE_BEFORE.search(m.sent.text[max(0, a - 12):a]))


def _denied(text: str, words: list[tuple[int, int]]) -> set[tuple[int, int]]:
    """The agreement words a denial is about: the nearest one to each "no agreement was signed",
    "не подписывалось", "لم يتم ... توقيع" (not another agreement word later in the clause)."""
    out = set()
    for m in T.NOT_SIGNED.finditer(text):
        def gap(w):
            return max(0, w[0] - m.end(), m.start() - w[1])
        near = [w for w in words if gap(w) <= 30]
        if near:
            out.add(min(near, key=gap))
    return out


def _clause_bounds(text: str, s: int, e: int) -> tuple[int, int]:
    """[lo, hi) of the clause of text that holds the agreement word at text[s:e] (CLAUSE_BREAK)."""
    lo, hi = 0, len(text)
    for m in T.CLAUSE_BREAK.finditer(text):
        if m.end() <= s:
            lo = m.end()
        elif m.start() >= e:
            hi = m.start()
            break
    return lo, hi


def _clause(text: str, s: int, e: int) -> str:
    lo, hi = _clause_bounds(text, s, e)
    return text[lo:hi]


def _compatible(a: list[str], b: list[str]) -> bool:
    sa, sb = set(a), set(b)
    return not sa or not sb or sa <= sb or sb <= sa


_AR_DEFINITE = re.compile(L.normalised(r"[وفبل]?ال"))
_DRAFT_BEFORE = re.compile(r"(?i)(?:проект\w*|draft|" + L.normalised("مسودة") + r"|پیش ?نویس)\s+$")


def _same_kind(draft: _Draft, mention: _Mention) -> bool:
    if draft.type == mention.type:
        return True
    # "the agreement" after "the memorandum": one document, two words
    pair = {draft.type, mention.type}
    if mention.type == "CooperationAgreement" and draft.type in ("JointProgramme", "ActionPlan") \
            and mention.status == draft.status and mention.spans:
        # "signed an agreement to create a joint PhD programme. The agreement was signed in Amman by ...":
        # "the agreement" told again is the programme's
        if len(set(mention.parties)) >= 3 and set(mention.parties) == set(draft.parties):
            return True   # the three or more that signed the programme's agreement sign one document
        a = mention.spans[0][0] - mention.sent.start
        if mention.status == "planned" and _DRAFT_BEFORE.search(mention.sent.text[max(0, a - 12):a]) \
                and mention.sent.index - draft.sents[-1].index <= 1:
            # "agreed to develop a double-degree programme. The draft contract is to be agreed by May":
            # the draft told next is the programme's document
            return True
        b = mention.spans[0][1] - mention.sent.start
        # ("the agreement", "signing the programme agreement": the programme's own document; the
        # Arabic definite word "الاتفاقية", "ووقع الاتفاقية")
        return bool(re.search(r"(?i)\bthe\s+(?:programm?e?\s+)?$", mention.sent.text[max(0, a - 15):a])) \
            or bool(_AR_DEFINITE.match(mention.sent.text, a)) or _the_signed_one(mention.sent.text, a, b)
    if mention.spans and _MOA.fullmatch(mention.sent.text, mention.spans[0][0] - mention.sent.start,
                                        mention.spans[0][1] - mention.sent.start):
        return False   # "the MoA" is a memorandum of agreement, not the memorandum of understanding before
    if pair == {"MemorandumOfUnderstanding", "CooperationAgreement"} and _told_as_moa(draft):
        return False   # nor is the memorandum of understanding told after it
    return pair == {"MemorandumOfUnderstanding", "CooperationAgreement"} and (
        mention.status is None or mention.framework or mention.status == draft.status)


_MOA = re.compile(r"(?i)memorand(?:um|a) of agreement|MoAs?")


def _told_as_moa(draft: "_Draft") -> bool:
    """Is the draft's agreement word, somewhere, "memorandum of agreement" or "MoA"?"""
    return any(_MOA.fullmatch(s.text, a - s.start, b - s.start)
               for s in draft.sents for a, b in draft.spans if s.start <= a < s.start + len(s.text))


def _merge(mentions: list[_Mention], doc_year: int | None = None, view: TextView | None = None) -> list[_Draft]:
    drafts: list[_Draft] = []
    untold: dict[str, list[str]] = {}   # the parties of an agreement named, nothing told of it yet
    for m in mentions:
        target = None
        fits = [d for d in reversed(drafts)
                # (two agreements the sentence counts are not one)
                if not (m.separate and any(x is m.sent for x in d.sents))
                and _same_kind(d, m) and _compatible(d.parties, m.parties) and not _distinct(d, m, doc_year)
                # (a programme told with no party in one paragraph is not the one of another's named party)
                and not (view is not None and m.parties and not d.parties and m.sent.para != d.sents[0].para
                         and not set(_context_sides(d.sents[0], view) or m.parties) & set(m.parties))
                # (nor two told with no party in paragraphs about different partners: "the two
                # presidents agreed on a double-degree agreement" and, at a side meeting with
                # another university, "the two sides agreed to draft an MoU")
                and not (view is not None and not m.parties and not d.parties and m.sent.para != d.sents[0].para
                         and _other_sides(d.sents[0], m.sent, view))]
        # ("[Photo: X and Y after signing the agreement]": the one signed, not a later one to be drafted)
        target = next((d for d in fits if m.status and d.status == m.status), fits[0] if fits else None)
        if target is not None and m.plural and not m.parties and not target.plural:
            continue   # "the forum closed with more than 80 agreements and memoranda": others, not this one
        if target is not None and m.status == "planned" and target.status == "signed" and not m.parties \
                and any(T.DRAFT_OF_AGREEMENT.search(m.sent.text, max(0, a - m.sent.start - 40),
                                                    b - m.sent.start + 40) for a, b in m.spans):
            target = None   # "a draft agreement will be prepared": a new one, not the one signed
        if target is not None and m.status == "planned" and target.status == "active" and not m.parties \
                and not m.renewal and not target.renewal and all(m.sent.para != x.para for x in target.sents):
            target = None   # an agreement to be prepared in another paragraph is not the one running
        if m.status is None and target is None:
            if len(m.parties) >= 2 and not m.plural:
                untold[m.type] = list(m.parties)
            continue  # "the agreement" with nothing told about it before
        if target is None:
            # "the tour yielded an MoU with X ... / the rectors signed a three-year MoU": the
            # parties the lead named with it
            parties = list(m.parties) or (untold.get(m.type, []) if not m.plural else [])
            drafts.append(_Draft(m.type, m.status, parties, [m.sent], list(m.spans), m.plural, m.renewal,
                                 m.since, m.year, m.background, m.renewal_to_come, m.of_year))
            continue
        target.year = target.year or m.year
        target.of_year = target.of_year or m.of_year
        target.renewal |= m.renewal
        target.renewal_to_come |= m.renewal_to_come
        if m.status and not m.framework and (target.status is None or _rank(target.type, m.status) > _rank(target.type, target.status)):
            target.status = m.status
        if target.type == "CooperationAgreement" and m.type != target.type:
            target.type = m.type  # the more specific word names it
        target.parties += [k for k in m.parties if k not in target.parties]
        target.sents.append(m.sent)
        target.spans += m.spans
    renewals = []
    for d in drafts:
        if d.renewal and d.status != "signed":
            d.status = "active"   # "agreed to extend the existing agreement": it runs on,
            if d.renewal_to_come:  # and its renewal is an agreement still to be signed
                renewals.append(replace(d, status="planned", renewal=False, parties=list(d.parties),
                                        sents=list(d.sents), spans=list(d.spans)))
    return [d for d in drafts + renewals if d.status]


def _primary(doc: Document) -> tuple[list[str], list[str]]:
    """(all participants, the side that travelled or convened) of the primary event(s)."""
    prim = [e for e in doc.events if e.primary] or doc.events[:1]
    if not prim:
        return [], []
    first = prim[0]
    everyone: list[str] = []
    for e in prim:
        if e.type == first.type and e.start == first.start:
            everyone += [k for k in e.participants if k not in everyone]
    side = [k for k in first.participants if k != first.host] if first.host else list(first.participants)
    return everyone, side


def _fill(draft: _Draft, view: TextView, doc: Document) -> list[str]:
    parties = list(draft.parties)
    everyone, side = _primary(doc)
    if len(parties) >= 2:
        return parties
    if draft.sents and not _mention_parties(draft, draft.sents[0]):
        # "واتفقا على صياغة اتفاقية" (the two agreed to draft an agreement), later "... to sign the
        # agreement" with one side: the sides of the first telling are those the sentence before
        # names, its institutions and the employers of its persons
        told = _context_sides(draft.sents[0], view)
        if len(told) >= 2 and set(parties) <= set(told):
            return told
    from_context = False
    if not parties:
        # the institutions of the sentences before, in the same paragraph
        first = draft.sents[0]
        for s in reversed(view.sents[:first.index]):
            if s.para != first.para:
                break
            parties = [k for k in s.actors() if k not in view.government]
            if parties:
                from_context = True
                break
    if not parties and _THE_TWO.search(draft.sents[0].text) \
            and len([k for k in everyone if k not in view.government]) > 2:
        # "the MoU between the two universities" on a page of several partners: the two told last
        # before it (a round-up's section on one visit), not all of them
        two = _two_told_before(draft.sents[0], view)
        if two:
            return two
    if not parties:
        if draft.background:
            # "our universities signed a framework agreement back in 2017": the universities,
            # not a ministry that takes part in today's event
            own = [k for k in everyone if k not in view.government]
            return own if len(own) >= 2 else list(everyone)
        return _event_of_paragraph(draft, view, doc) or list(everyone)
    if len(parties) == 1 and _THE_TWO.search(draft.sents[0].text):
        # "an MoU signed between the two universities", "representatives of the two universities and
        # the ministry's office will draft the programme": the two of the story, not a ministry with them
        own = [k for k in everyone if k not in view.government]
        if len(own) == 2 and (set(parties) <= set(own) or set(parties) <= view.government):
            return own
    if len(parties) == 1 or from_context:
        # one side named: the other is the visiting side of the primary event, else the
        # institution the article is about, else everyone of the primary event
        if view.protagonist and view.protagonist not in parties and _WE_SUBJECT.search(draft.sents[0].text):
            extra = [view.protagonist]   # "мы вместе с ... подписали меморандум": "we", the page's own
        elif side != everyone and len(side) == 1 and not set(parties) & set(side):
            extra = side   # (the guests of a conference are many sides, not one)
        elif view.protagonist and view.protagonist not in parties:
            extra = [view.protagonist]
        else:
            extra = _event_of_paragraph(draft, view, doc) or everyone
        parties += [k for k in extra if k not in parties]
    return parties


def _event_of_paragraph(draft: _Draft, view: TextView, doc: Document) -> list[str]:
    """Of two primary events of one day (a delegation's visit, then online talks with another
    partner), the participants of the one told last before the draft; none if not two."""
    prim = [e for e in doc.events if e.primary]
    if len(prim) < 2 or not draft.sents:
        return []
    at = doc.evidence(draft.sents[0].start, draft.sents[0].end).start
    told = [(max(ev.start for ev in e.evidence if ev.start < at), n) for n, e in enumerate(prim)
            if any(ev.start < at for ev in e.evidence)]
    if not told:
        return []
    last = max(told)[0]
    near = [n for at_, n in told if at_ == last]
    if len(near) != 1 or len(prim[near[0]].participants) < 2:
        return []   # (one trip split per host: no telling which)
    return list(prim[near[0]].participants)


_THE_TWO = T.rx(r"\b(?:میان |بین |نمایندگان )?(?:این )?دو دانشگاه\b(?! ?های)", r"\b(?:بين |ممثلي )?(?:ال)?جامعتين\b",
                r"\b(?:between|of) (?:the|our) two universities\b", r"\bмежду (?:двумя|нашими) (?:университетами|вузами)\b",
                r"\bдвух университетов\b")
_WE_SUBJECT = re.compile(r"(?i)(?<!\w)(?:мы|we|у нас)(?!\w)")


def _mention_parties(draft: _Draft, sent: Sent) -> bool:
    """Did the draft's telling in `sent` name parties of its own? (its spans there hold them)"""
    spans = [(a, b) for a, b in draft.spans if sent.start <= a < sent.end]
    return any(m.key in draft.parties and not m.passing for m in sent.insts) and bool(spans)


def _other_sides(a: Sent, b: Sent, view: TextView) -> bool:
    """Do the paragraphs of `a` and `b` tell of two sides each, and not the same two?"""
    x, y = _context_sides(a, view), _context_sides(b, view)
    return len(x) >= 2 and len(y) >= 2 and set(x) != set(y)


def _two_told_before(first: Sent, view: TextView, back: int = 6) -> list[str]:
    """The first two institutions (state bodies left out) that the sentences before `first` name,
    going back, with the employers of the persons they name; none if fewer are told."""
    sides: list[str] = []
    for s in reversed(view.sents[max(0, first.index - back):first.index]):
        found = [k for k in s.actors() if k not in view.government]
        for _, _, p in sorted(s.persons):
            found += [k for k in view.employer.get(p, []) if k not in view.government]
        sides += [k for k in dict.fromkeys(found) if k not in sides]
        if len(sides) >= 2:
            return sides[:2]
    return []


def _context_sides(first: Sent, view: TextView) -> list[str]:
    """The institutions of the latest sentence before `first` in its paragraph that names any,
    with the employers of the persons it names (state bodies left out)."""
    for s in reversed(view.sents[:first.index]):
        if s.para != first.para:
            break
        sides = [k for k in s.actors() if k not in view.government]
        for _, _, p in sorted(s.persons):
            sides += [k for k in view.employer.get(p, []) if k not in sides and k not in view.government]
        if sides:
            return sides
    return []


def _event_of(draft: _Draft, doc: Document, parties: list[str]) -> Event | None:
    sentences = {doc.evidence(s.start, s.end).sentence for s in draft.sents}
    candidates = [e for e in doc.events if any(ev.sentence in sentences for ev in e.evidence)
                  and set(parties) <= set(e.participants)]
    signing = [e for e in candidates if e.type == "SigningCeremony"]
    return (signing or candidates or [None])[0]


def find_agreements(doc: Document, resources=None) -> None:
    """Pipeline component: fill doc.agreements."""
    doc.agreements = []
    if not doc.institutions:
        return
    view = TextView(doc)
    mentions = [m for s in view.story() for m in _sentence_mentions(s, view)]
    out: list[Agreement] = []
    doc_year = int(doc.dateline[:4]) if doc.dateline else None
    for draft in _merge(mentions, doc_year, view):
        parties = _fill(draft, view, doc)
        if len(set(parties)) < 2:
            continue  # an agreement relates two institutions at least
        groups = [[parties[0], p] for p in parties[1:]] if draft.plural and len(parties) >= 3 else [parties]
        for group in groups:
            out.append(_agreement(draft, group, doc, len(out) + 1))
    doc.agreements = out
    _split_signings(doc)
    _drop_idle_embassies(doc)


def _split_signings(doc: Document) -> None:
    """A ceremony where separate pairs signed separate documents ("A and B signed an agreement,
    and C and D a double-degree agreement"): one signing each, so that A is not made a partner
    of D. Only when two signed agreements at least, with no party in common, cover the event."""
    events: list[Event] = []
    for ev in doc.events:
        groups = [a for a in doc.agreements if a.status == "signed" and len(set(a.parties)) >= 2
                  and set(a.parties) <= set(ev.participants)] if ev.type == "SigningCeremony" else []
        # (two documents of one pair, "an agreement and a programme", are one pair's signing)
        groups = list({frozenset(a.parties): a for a in reversed(groups)}.values())[::-1]
        taken = [k for a in groups for k in dict.fromkeys(a.parties)]
        if len(groups) < 2 or len(taken) != len(set(taken)):
            events.append(ev)
            continue
        for n, a in enumerate(groups):
            part = replace(ev, participants=list(dict.fromkeys(a.parties)),
                           host=ev.host if ev.host in a.parties else None,
                           key=f"{ev.key}.{n}")
            for same in doc.agreements:
                if same is a or (same.event == ev.key and set(same.parties) == set(a.parties)):
                    same.event = part.key
            events.append(part)
    if len(events) == len(doc.events):
        return
    # number them again in order ("e1", "e2", ...), and the agreements' links with them
    for a in doc.agreements:
        a.event = next((f"e{i}" for i, ev in enumerate(events, 1) if ev.key == a.event), None) if a.event else None
    for i, ev in enumerate(events, 1):
        ev.key = f"e{i}"
    doc.events = events


def _drop_idle_embassies(doc: Document) -> None:
    """An embassy whose diplomat only attended ("the embassy's counsellor was also present")
    does not act: it is in no event, no agreement and employs no named official, so it is
    left out of the document's institutions (an embassy that hosts, signs or speaks stays)."""
    parties = {k for e in doc.events for k in e.participants} | {k for a in doc.agreements for k in a.parties}
    used = parties | {p.institution for p in doc.posts}
    # (one named through its ambassador, "السفير الروسي", acts through him: only those the page
    # names by the word "embassy" alone can be idle)
    idle = {i.key for i in doc.institutions if i.kind == "GovernmentBody" and i.key not in used
            and L.embassy_word(i.name) and i.evidence and all(L.embassy_word(ev.text) for ev in i.evidence)}
    # an ambassador who only attended a meeting of two or more universities ("The Ambassador
    # of X attended the ceremony") does not make the embassy act either
    if len(parties) >= 2:
        idle |= {i.key for i in doc.institutions if i.kind == "GovernmentBody" and i.key not in used
                 and L.embassy_word(i.name) and i.evidence
                 and all(_only_attended(_sentence_around(doc.text, ev)) for ev in i.evidence)}
    if idle:
        doc.institutions = [i for i in doc.institutions if i.key not in idle]
        doc.units = [u for u in doc.units if u.institution not in idle]


_ONLY_ATTENDED = re.compile(r"(?i)\b(?:attended|(?:was|were) (?:also )?present|присутствова\w*|[وف]?حضر\w*|حضور داشت\w*)")
_ACTED = re.compile(r"(?i)\b(?:said|spoke|signed|hosted|welcomed|noted|stressed|отметил\w*|сказал\w*|подписа\w*|заявил\w*|"
                    r"گفت|امضا|قال|أكد|أکد|اكد|وقع)\b")


def _sentence_around(text: str, ev) -> str:
    """The sentence of the original text that holds the evidence span."""
    lo = max(text.rfind(c, 0, ev.start) for c in ".!?؟\n") + 1
    ends = [k for k in (text.find(c, ev.end) for c in ".!?؟\n") if k >= 0]
    return text[lo:min(ends) if ends else len(text)]


def _only_attended(sentence: str) -> bool:
    return bool(_ONLY_ATTENDED.search(sentence)) and not _ACTED.search(sentence)


def _agreement(draft: _Draft, parties: list[str], doc: Document, n: int) -> Agreement:
    event = _event_of(draft, doc, parties) if draft.status == "signed" else None
    # the day it was signed; an intended agreement has none yet
    date = None if draft.status != "signed" else next(
        (d.start_date for s in draft.sents for d in s.dates if d.start_date), None)
    if date is None and event is not None:
        date = event.start
    return Agreement(
        key=f"a{n}", type=draft.type, status=draft.status, parties=parties, date=date,
        event=event.key if event else None,
        evidence=[doc.evidence(s, e) for s, e in draft.spans],
    )
