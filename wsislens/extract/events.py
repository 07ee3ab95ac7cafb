"""Dated events and figures.

An event is a date expression in a clause that says something happened, starts, is due or was
disrupted (cue words of `data/reference/extract_cues.yaml`). Not events: the session date of
the title block, the reporting period, dates that only date a statistic or a trend ("2018
witnessed a marked increase"), years inside names ("2030 Agenda", "Vision 2030"), citation
years ("(Smith, 2019)") and document identifiers ("resolution 2006/46").

A figure is a number in digits or words, expanded, with what it counts and its qualifier; not
dates, session numbers, codes, list or footnote numbers, or numbers inside names ("3G", "CO2",
"General Comment 25").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache

from wsislens.extract.document import (
    LIST_START,
    QUESTION,
    Document,
    Sentence,
    cues,
    date_alone,
    sentence_spans,
    table_rows,
)
from wsislens.extract.patterns import (
    CURRENCIES,
    MONTH_NAMES,
    ORGANISATION_WORDS,
    SCALES,
    TENS,
    UNITS,
    DateSpan,
    NumberSpan,
    find_dates,
    find_numbers,
    is_currency_code,
    parse_digits,
)


@dataclass
class EventHit:
    date: str
    end_date: str | None
    kind: str
    title: str
    span: tuple[int, int]  # the clause quoted as evidence
    date_span: tuple[int, int]
    also: tuple[tuple[int, int], ...] = ()  # other passages telling of the same event


@dataclass
class FigureHit:
    value: float
    unit: str
    qualifier: str | None
    span: tuple[int, int]


@cache
def _kind_patterns() -> list[tuple[str, re.Pattern]]:
    return [
        (kind, re.compile(r"(?<![\w-])(?:" + "|".join(words) + r")", re.IGNORECASE))
        for kind, words in cues()["event_kinds"].items()
    ]


@cache
def _not_event() -> re.Pattern:
    return re.compile(r"(?<![\w-])(?:" + "|".join(cues()["not_event"]) + r")(?![\w-])", re.IGNORECASE)


# a full stop ends a clause, not an abbreviated month's ("On Sept. 30, 2025 we signed")
_NOT_ABBREVIATED = "".join(
    rf"(?<!\b{word})"
    for word in (
        "Jan",
        "Feb",
        "Mar",
        "Apr",
        "Jun",
        "Jul",
        "Aug",
        "Sep",
        "Sept",
        "Oct",
        "Nov",
        "Dec",
        "No",
        "Rev",
    )
)
_CLAUSE_SPLIT = re.compile(
    r";|,\s+(?:and|but|while|which|given\s+that|whereas|so|first|then|after\s+which)\s+|\s+and\s+will\s+|,\s+(?=\w+\s+(?:saw|witnessed)\b)"
    r"|\s+(?:and|but),\s+"
    rf"|{_NOT_ABBREVIATED}\.\s+",
    re.IGNORECASE,
)
# "Agenda 2030", "Vision 2030", "Beijing+25", "Tamaré Numérique 2030"
_NAME_BEFORE = re.compile(r"(?:\b[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:[A-Z][a-z]+)*|\+)\s*$")  # also "CyberShield 2025"
_NAME_AFTER = re.compile(
    r"^\s*(?:Agenda|Vision|Strategy|Plan|Goals?|Framework|Report|Edition|Summit|Conference)\b"
)
_CITATION = re.compile(r"^\s*[a-z]?\)|^\s*[,;]\s*p\.|^\s*:\s*\d")
_CITATION_BEFORE = re.compile(r"(?:et\s+al\.?|\(\s*[A-Z][\w-]+(?:\s+(?:and|&)\s+[A-Z][\w-]+)?,?)\s*$")
_DOC_ID = re.compile(r"(?:resolution|decision|document|A/RES|E/RES|A|E)\s*[/ ]?\s*$", re.IGNORECASE)
_STAT_BEFORE = re.compile(r"(?:in|from|since|of|to|than|between)\s*$", re.IGNORECASE)
_LEAD = re.compile(
    r"^(?:[\s,;:–-]|in\b|on\b|since\b|by\b|from\b|during\b|between\b|and\b|the\b|year\b|of\b)+", re.IGNORECASE
)


_DISCOURSE = re.compile(
    r"^(?:to\s+combat\s+this|(?:in\s+)?common\s+with\s+[^,]*?(?=\s(?-i:[A-Z]))|in\s+part|finally|moreover|however|"
    r"furthermore|in\s+addition|as\s+a\s+result|this|it|there|whose|which|who)\b\s*",
    re.IGNORECASE,
)
_AUXILIARY = re.compile(
    r"^(?:(?:is|was|were|are|will\s+be|has\s+been|have\s+been|had\s+been|saw|witnessed|marked)\s+)+"
    r"(?:(?:finally|also|then|now)\s+)?(?:the\s+)?",
    re.IGNORECASE,
)


def _clause_of(text: str, sentence_start: int, sentence_end: int, position: int) -> tuple[int, int]:
    start = sentence_start
    end = sentence_end
    for match in _CLAUSE_SPLIT.finditer(text, sentence_start, sentence_end):
        if match.end() <= position:
            start = match.end()
        elif match.start() >= position:
            if match.group(0).startswith(".") and date_alone(text[start : match.start()]):
                continue  # "21–22 September 2022. MIGF 2022, our annual forum": the date opens its item
            end = match.start()
            break
    return start, end


def _event_kind(clause: str, sentence: str) -> str | None:
    """The first kind whose cue occurs in the clause, else in the sentence (when given)."""
    for scope in (clause, sentence):
        if not scope:
            continue
        past = re.search(r"\b(?:was|were|had|has\s+been|have\s+been)\b", scope, re.IGNORECASE)
        for kind, pattern in _kind_patterns():
            if kind == "deadline" and past:
                continue  # "was fully operational by 2018" reached its date; a deadline lies ahead
            if pattern.search(scope):
                return kind
    return None


def _nearest_kind(clause: str, position: int) -> str | None:
    best = None
    for kind, pattern in _kind_patterns():
        for match in pattern.finditer(clause):
            distance = min(abs(match.start() - position), abs(match.end() - position))
            if best is None or distance < best[0]:
                best = (distance, kind)
    return best[1] if best else None


def _gap(one: tuple[int, int], other: tuple[int, int]) -> int:
    """Characters between two spans (0 when they touch or overlap)."""
    return max(0, other[0] - one[1], one[0] - other[1])


def _is_name_or_code(text: str, date: DateSpan) -> bool:
    before = text[max(0, date.start - 30) : date.start]
    after = text[date.end : date.end + 25]
    if date.form in ("year", "year-range", "by-year") and (
        _NAME_BEFORE.search(before)
        and not re.search(
            r"(?:January|February|March|April|May|June|July|August|September|October|November|December|In|"
            r"Since|By|From|Until|Between|During|And|Of|To|In early|In late|Early|Late|Mid)\s*$",
            before,
        )
    ):
        return True
    if _NAME_AFTER.match(after) or re.match(r"^\s*[/]\s*\d", after) or re.search(r"/\s*$", before):
        return True
    if (
        date.form in ("half", "quarter")
        and re.match(r"[HQ][1-4]", text[date.start : date.end])
        and re.search(r"\b[A-Z][a-z]+\s+[A-Z][a-z]+\s+$", before)
    ):
        return True  # a report's name: "Threat Landscape H1 2021, was published in July 2021"
    if (
        date.form == "year"
        and re.search(r"\b(?:before|prior\s+to)\s+$", before)
        and re.search(
            r"\b(?:published|printed|made|built|born|produced|created)\s+(?:before|prior\s+to)\s+$", before
        )
    ):
        return True  # what the year bounds: "all newspapers published before 1951"
    if _DOC_ID.search(before) and re.match(r"^\s*/", after):
        return True
    if (
        date.form in ("year", "year-range")
        and _CITATION_BEFORE.search(before)
        and re.match(r"^\s*[),;:]", after)
    ):
        return True  # "(Livingstone, 2019)"; not a meeting's place and days "(Amman, 9 April 2025)"
    if re.search(r"\(\s*$", before) and re.match(r"^\s*\)", after) and date.form == "year":
        return True  # "(2019)" after a title
    if (
        date.form == "year"
        and _ATTRIBUTIVE_YEAR.match(after)
        and re.search(r"\b(?:the|its|our|their)\s*$", before, re.I)
    ):
        return True  # "our 2021 annual report", "the 2026 work programme": the year names a document
    if date.form == "year" and re.search(
        r"\b(?:Act|Law|Decree|Code|Ordinance|Treaty|Convention)\s+of\s*$", before
    ):
        return True  # "the Electronic Communications Act of 2009"
    if date.form == "year" and re.search(
        r"\b(?:Act|Law|Decree|Bill|Ordinance|Order|Regulations?|Notice)\s+No\.?\s*\d{1,4}\s+of\s*$", before
    ):
        return True  # a law's number: "the Data Protection Act (Act No. 7 of 2019)"
    if re.search(r"\(\s*Rev\.\s*(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?,\s*)?$", before):
        return True  # a text's revision: "Resolution 12 (Rev. 2022)", "(Rev. Victoria, 2023)"
    if re.search(r"\b[A-Z]{2,}(?:/[A-Z]{2,})?\s+\d{2,5}(?:-\d{1,2})?:\s*$", before) or (
        re.search(r"\b[A-Z]{2,}(?:/[A-Z]{2,})?\s+$", before)
        and re.match(r"^(?:-\d{1,2})?:(?:19|20)\d\d", after)
    ):
        return True  # a standard's number and year: "XS 2041:2022", "ISO/IEC 27001:2022"
    if re.search(
        r"\b(?:resolution|decision)\s+[A-Z0-9][\w/.()-]*\s+of\s*$",
        text[max(0, date.start - 60) : date.start],
        re.I,
    ):
        return True  # "General Assembly resolution A/RES/70/125 of 16 December 2015": a citation
    return False


_ATTRIBUTIVE_YEAR = re.compile(
    r"^\s+(?:annual\s+report|report|work\s+programme|programme\s+of\s+work|work\s+plan|action\s+plan|budget|"
    r"edition|survey|issue|review)\b",
    re.IGNORECASE,
)


_AND_BEFORE = re.compile(r"\b(?:and|but)\s*$", re.IGNORECASE)
_AUXILIARY_FIRST = re.compile(
    r"^\s*(?:will|would|shall|should|can|could|is|was|are|were|has|have|had)\b", re.IGNORECASE
)


def _elided_subject(text: str, clause: tuple[int, int], date_start: int) -> bool:
    """The clause goes on from "and" with its verb: its subject is the sentence's."""
    return bool(
        _AND_BEFORE.search(text[max(0, clause[0] - 6) : clause[0]])
        and _AUXILIARY_FIRST.match(text[clause[0] : date_start])
    )


# "We ran the Pacific Women in Networking workshop in Port Vila": the title is what was run, with
# the verb after it when the verb is the news ("Route Hygiene Campaign launched")
_WE_DID = re.compile(
    # (or the body by its kind: "the consortium ran the Last Mile Summer School")
    r"^(?:we|our\s+(?:team|delegation|members|staff|secretariat|organi[sz]ation)|the\s+(?:consortium|network|"
    r"coalition|alliance|association|foundation|organi[sz]ation|centre|center|ministry|agency|secretariat|institute))"
    r"\s+(?:also\s+)?"
    r"(?:(?P<held>ran|held|hosted|co-hosted|organi[sz]ed|co-organi[sz]ed|convened|delivered)|"
    r"(?P<news>launched|opened|signed|published|adopted|released|inaugurated)|"
    r"(?P<took>took\s+part\s+in|participated\s+in|attended|joined))\s+(?:the|a|an|our|its)\s+(?P<what>[A-Z0-9].*)$",
    re.IGNORECASE,
)


# ... and when another body or a name opens the clause: "the Foundation co-organised the Grantee
# Convening on Digital Health in Dakar with ...", "(UNESCO) we co-organised a workshop on the
# ethics of public-sector AI at the Internet Governance Forum"
_SOMEONE_HELD = re.compile(
    r"(?:^|\s)(?:we|the\s+[A-Z][\w-]*|\(?[A-Z][\w-]*\)?)\s+(?:also\s+|jointly\s+)?"
    r"(?:co-organi[sz]ed|organi[sz]ed|convened|co-hosted|co-convened)\s+"
    # ("we co-organised with Fundación Raíz Digital a workshop for 22 women technicians")
    r"(?:with\s+(?:the\s+)?[A-Z][^,;]{2,80}?\s+(?=(?:the|a|an)\s))?"
    # (or a name without an article: "DFAL co-organised Inclusion Hack 2024 with the University")
    r"(?:(?:the|a|an|its|our|their|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+|(?=[A-Z]))"
    r"(?P<what>.+)$"
)
_EVENT_NOUNS = (
    r"workshop|meeting|conference|seminar|webinar|training|course|session|hackathon|roundtable|round\s+table|"
    r"dialogue|forum|summit|consultation|exercise|drill|campaign|festival|fair|bootcamp|convening|gathering|"
    r"symposium|retreat|clinic|school|academy|competition|challenge|exhibition|launch|event|panel|side\s+event"
)
_EVENT_HEAD = re.compile(rf"^(?:[\w'’-]+\s+){{0,3}}?(?:{_EVENT_NOUNS})s?\b", re.IGNORECASE)
# where and with whom it was held ends what was held: " in Dakar with the ...", " at the IGF"
_WHERE_WITH = re.compile(
    r"\s+(?:in\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?(?=$|[\s,;(])|at\s+the\b|with\b|together\s+with\b|"
    r"held\s+(?:at|in)\b|"
    r"alongside\b|on\s+the\s+(?:margins?|sidelines?)\b).*$",
    re.IGNORECASE,
)


def _someone_held(words: str) -> str | None:
    """What the clause says a body held, when a body or "we" after other words held it."""
    found = _SOMEONE_HELD.search(words)
    if found is None:
        return None
    what = found.group("what")
    if not (what[:1].isupper() or _EVENT_HEAD.match(what)):
        return None  # "organised a number of ..."
    what = _WHERE_WITH.sub("", what).strip(" ,;:")
    if not _EVENT_HEAD.match(what) and not what[:1].isupper():
        return None
    return what[:1].upper() + what[1:] if len(what.split()) >= 2 else None


def _we_did(words: str) -> str:
    found = _WE_DID.match(words)
    if found is None or not found.group("what")[:1].isupper():
        # ("We co-organised the regional summit Elles codent l'Afrique in Dakar")
        return _someone_held(words) or words
    # "... for 32 engineers", "... for 36 community-network technicians"
    what = re.sub(r"\s+in\s+[A-Z][\w'’-]+(?:,?\s+[A-Z][\w'’-]+)*$", "", found.group("what"))  # (its place)
    what = re.sub(r"\s+(?:for|with)\s+\d[\d,]*\s+[\w-]+(?:\s+[\w-]+)?$", "", what)
    what = re.sub(r"\s+to\s+[a-z]\w*\b.*$", "", what)  # "the SafeRecords campaign to promote ..."
    # "the Community Connectivity Convening in Nairobi together with the Association for ..."
    what = re.sub(
        r"\s+(?:together\s+with|jointly\s+with|in\s+partnership\s+with|alongside|with\s+the)\s.*$", "", what
    )
    if found.group("news"):
        return f"{what} {found.group('news').lower()}"
    if found.group("took"):
        return f"Participation in the {what}"
    return what


# words that frame a date and say nothing of what happened ("During the week of 12-16 May 2024"):
# those that may end the words before a date, and others
_FRAME_BEFORE = "in on by since from during until for of the end early late mid year week".split()
_DATE_FRAME = frozenset([*_FRAME_BEFORE, "weekend", "between", "and", "at"])
_FRAME_TAIL = re.compile(rf"(?:\b(?:{'|'.join(_FRAME_BEFORE)})\s*)+$", re.IGNORECASE)


# what was held on the date: "the national WSIS+20 stakeholder consultation held on"
_HELD_ON = re.compile(
    r"\b(?:the|a|an)\s+(?P<what>(?:(?!(?:the|a|an|and)\b)[\w+’'-]+\s+){1,8}?[\w+’'-]+)\s+(?:(?:was|were)\s+)?"
    # ("a validation workshop held at Thornbury University on 12-13 October 2023")
    r"(?:held|convened|organi[sz]ed|which\s+took\s+place)\s+(?:(?:at|in)\s+(?:the\s+)?[A-Z][\w'’.-]*"
    r"(?:\s+(?:[A-Z][\w'’.-]*|of|de|and|for))*\s+)?(?:on|in|from)\s*$"
)


# a clause that only dates what the clause before it names: ", which took place on 15/03/2025"
_ANTECEDENT = r"(?:[Tt]he|[Aa]n?)\s+(?P<what>[^,;]{3,160}?),\s+which\s+$"
_WHICH_TOOK_PLACE = re.compile(
    r"\s*(?:took\s+place|was\s+(?:held|celebrated|convened|organi[sz]ed))\s+(?:on|in)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


# a news item's dateline before its date: "NAIROBI, "
_DATELINE = re.compile(r"\s*[A-Z][A-Z .'’-]{2,30},\s*")


def _is_list_item(text: str, sentence_start: int) -> bool:
    """Whether a sentence opens an item of a list ("- extend ...", "(b) Expert Group Meeting ...")."""
    line_start = text.rfind("\n", 0, sentence_start) + 1
    return (
        LIST_START.match(text[line_start : line_start + 12]) is not None and sentence_start <= line_start + 8
    )


def _without_years(words: str) -> str:
    """The words less their years, spans of years and seasons ("in 2025/26")."""
    return re.sub(
        r"(?:\b(?:in|by|since|from|during)\s+)?\b(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d|/\d\d)?\b", "", words
    )


_NAME_THEN_BRACKET = re.compile(
    r"[\s*_•-]*(?P<name>[A-Z][^()\n:;.]{2,80}?)[\s*_]*\((?:[^()\n]*?(?:,|\band)\s+)?(?:(?:from|on|in)\s+)?"
)


def _told_by_the_sentence(
    text: str, clause: tuple[int, int], date: DateSpan, sentence: tuple[int, int]
) -> str | None:
    """A title the sentence gives around the date's clause: the item's name before the date's
    brackets, what happened after "when", or what the main clause says was held before "which"."""
    # "- Digital Skills Jam (Nairobi, 23 to 25 May 2024): co-organised with ...": the name that
    # the date's brackets follow, at the start of its sentence or item
    bracketed = _NAME_THEN_BRACKET.fullmatch(text, sentence[0], date.start)
    if bracketed and re.match(r"[^()\n]{0,40}\)[*_]*\s*(?:[:–—]|-\s|$)", text[date.end : date.end + 45]):
        name = _clean_name(
            re.sub(r" ([,;:])", r"\1", _without_years(re.sub(r"[*_]", "", bracketed.group("name"))))
        )
        if name and len(name.split()) >= 2:
            return name
    when = re.match(r",\s+when\s+(?:the\s+)?(?P<what>[^;.]{10,240})", text[date.end : sentence[1]])
    happened = r"\b(?:came|happened|occurred|followed|was|arrived)\s+(?:\w+\s+)?(?:in|on)\s*$"
    if when and re.search(happened, text[clause[0] : date.start]):
        # "The most important step of the year came in June 2023, when the regulator granted APD a
        # licence to operate ...": what happened is told after "when"
        what = re.sub(r"\s*\([^()]*\)", "", when.group("what"))
        what = re.sub(r",\s+(?:the|a|an)\s+[^,]{1,60},", "", what)  # (an appositive)
        what = re.sub(r"\s+to\s+[a-z]\w*\b.*$", "", re.split(r",\s", what)[0])  # (a purpose)
        words = what.split()[:12]
        while words and words[-1].lower() in _TRAILING_STOP:
            words.pop()
        if len(words) >= 3:
            return " ".join(words)[:1].upper() + " ".join(words)[1:]
    relative = re.search(r",\s+which\s+", text[sentence[0] : date.start])
    if relative:
        # "DFAL co-organised Inclusion Hack 2024 with the University of Port Lusa, which hosted the
        # hackathon ... from 18 to 20 October 2024": what the main clause says was held
        main = _LEAD.sub("", text[sentence[0] : sentence[0] + relative.start()])
        return _someone_held(main)  # (which ends at "with" its co-organisers)
    return None


def _inside_name(text: str, comma: int) -> bool:
    """Whether the comma at `comma` parts two capitalised words of one name ("Educational, Scientific")."""
    return bool(re.search(r"\b[A-Z][a-z]+$", text[max(0, comma - 30) : comma])) and bool(
        re.match(r", [A-Z][a-z]+ and [A-Z]", text[comma : comma + 40])
    )


_ITEM_DETAILS = re.compile(
    r":\s|,\s+(?:co-?organi[sz]ed|organi[sz]ed|hosted|funded|supported|sponsored|attended|in\s+partnership|"
    r"our|its|their)\b"
)


def _title(
    text: str,
    clause: tuple[int, int],
    date: DateSpan,
    event_names: list[tuple[int, int, str]],
    sentence: tuple[int, int] | None = None,
    previous: tuple[int, int] | None = None,
) -> str:
    if _DATELINE.fullmatch(text[clause[0] : date.start]) and re.match(
        r"\s*[-–—]\s", text[date.end : clause[1]]
    ):
        clause = (date.end, clause[1])  # "KIGALI, 20 May 2025 - Small businesses ... gathered": what follows
    told = _told_by_the_sentence(text, clause, date, sentence) if sentence is not None else None
    if told:
        return told
    in_clause = [(start, end, name) for start, end, name in event_names if clause[0] <= start < clause[1]]
    if in_clause:
        # "the Safe Reporting Summit in Nairobi (14–15 March 2022) and the Open Media Days in Tbilisi
        # (6 October 2022)": each date is titled by the name just before it, else the first after it
        before = [n for n in in_clause if n[1] <= date.start]
        return (before[-1] if before else in_clause[0])[2]
    named = re.search(
        r"\b[Tt]he\s+(Meeting|Conference|Summit|Roundtable|Workshop|Symposium|Congress|Webinar|"
        r"Forum|Dialogue|Seminar|Hackathon)\b",
        text[clause[0] : clause[1]],
    )
    if named:
        earlier = [
            n
            for s, _e, n in event_names
            if s < clause[0] and n.split()[-1] == named.group(1) and len(n.split()) > 1
        ]
        if earlier:
            return earlier[-1]
    before = re.sub(r"\s*\([^()\n]*\)", "", text[sentence[0] if sentence else clause[0] : clause[0]])
    antecedent = _WHICH_TOOK_PLACE.match(text, clause[0], date.start) and (
        re.search(rf"\b(?:was|were|is|are|saw|included)\s+{_ANTECEDENT}", before)
        or re.search(rf"(?<![\w-]){_ANTECEDENT}", before)
    )
    if antecedent:  # "the official launch of the Strategy (...), which took place on 15/03/2025"
        return antecedent.group("what")[:1].upper() + antecedent.group("what")[1:]
    held = _HELD_ON.search(text, clause[0], date.start)
    if held:  # "chaired the national WSIS+20 stakeholder consultation held on 25 February 2025"
        return held.group("what")[:1].upper() + held.group("what")[1:]
    left = text.rfind(", ", clause[0], date.start)
    # (not a comma inside a name: "IDAC and the United Nations Educational, Scientific and Cultural
    # Organization (UNESCO) co-organised a workshop")
    right = next(
        (
            m.start()
            for m in re.finditer(", ", text[date.end : clause[1]])
            if not _inside_name(text, date.end + m.start())
        ),
        -1,
    )
    right = right + date.end if right >= 0 else -1
    segment = (left + 1 if left >= 0 else clause[0], right if right >= 0 else clause[1])
    said = (text[segment[0] : date.start] + " " + text[date.end : segment[1]]).split()
    if segment != clause and len(said) >= 4 and len([w for w in said if w.lower() not in _DATE_FRAME]) >= 2:
        clause = segment  # the stretch between commas that holds the date says what happened
    # "The programme was built from the bottom up: an open call for proposals ran from 2 to 31 May":
    # what follows a colon in mid-sentence tells what the date dates
    # (not after a label, a name's: "#Hack4Inclusion: our first online hackathon")
    colon = text.rfind(": ", clause[0], date.start)
    said_before = text[clause[0] : colon].split()
    if (
        colon > clause[0]
        and len(said_before) >= 3
        and any(w.islower() and w not in ("of", "and", "for", "the", "de", "on", "in") for w in said_before)
        and len(text[colon + 2 : date.start].split()) >= 3
    ):
        clause = (colon + 2, clause[1])
    head = _FRAME_TAIL.sub("", text[clause[0] : date.start].rstrip())
    tail = text[date.end : clause[1]]
    if head.strip() and re.match(r"^\s*,", tail) and len(head.split()) >= 3:
        tail = ""  # "adopted in February 2021, seeking to ..." -> the part before the date
    words = head + " " + tail
    words = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", words)
    words = re.sub(r"[*_\"“”]", "", words)
    words = re.sub(r"\s+", " ", words).strip(" ,;:.–-")
    # the date again, in brackets: "(10 de febrero de 2025)", "(see 3 May 2025)"
    words = re.sub(r"\s*\([^()]*\)", lambda m: "" if find_dates(m.group(0)) else m.group(0), words)
    words = _without_years(words)
    words = re.sub(r"\(\s*(?:[^(),]*,\s*)?\)", "", words)  # what held the date: "()", "(Tunis, )"
    words = LIST_START.sub("", words)  # an item's letter: "(d) Training of Trainers"
    words = re.sub(r"^[AQ]\d{1,2}\s*[:.]\s*", "", words)  # a questionnaire's answer: "A8: Our Director spoke"
    words = re.sub(r"\s+", " ", words)
    words = re.sub(r" ([,;:.])", r"\1", words)  # "Survey 2022, with" less its year: "Survey, with"
    # a paragraph's number: "4.1 A public consultation"
    words = re.sub(r"^\d{1,2}(?:\.\d{1,2})+\s+", "", words)
    words = _LEAD.sub("", words).strip(" ,;:.–—-")
    # a reason or a condition before the main clause: "Because skills are the main constraint, the
    # consortium ran the Last Mile Summer School"
    words = re.sub(r"^(?:Because|Since|Although|Though|Given\s+that|Whereas)\b[^,]{3,120},\s+", "", words)
    discourse = _DISCOURSE.match(words)
    pronoun = discourse.group(0).strip().lower() if discourse else ""
    words = _DISCOURSE.sub("", words).strip(" ,;:.–-")
    words = _AUXILIARY.sub("", words).strip(" ,;:.–-")
    words = _we_did(words)
    # "The ninth annual MIGF took place in Port Calder": what took place
    took_place = re.match(
        r"(?:[Tt]he\s+)?(?P<what>[^,;]{3,80}?)\s+(?:took\s+place|was\s+held|were\s+held)\b", words
    )
    if took_place and (
        len(took_place.group("what").split()) >= 2 or re.search(r"[A-Z]{2}", took_place.group("what"))
    ):
        words = took_place.group("what")[:1].upper() + took_place.group("what")[1:]
    # a second predicate of the same subject ends the title, and the first loses its auxiliary: "MIGF is
    # planned and will ..." is "MIGF planned", "The forum was first convened and is recognised by ..."
    # is "Forum was first convened"
    second = re.search(r"\s+and\s+(?:will|is|was|are|were|has|have|had)\b", words)
    if second and len(words[: second.start()].split()) >= 3:
        words = re.sub(
            # (not before "held", "organised" or "convened", which a title's last step drops)
            r"^(?P<subject>.+?)\s+(?:is|was|are|were)\s+"
            r"(?P<done>(?:first\s+|now\s+|also\s+)?(?!held|organi[sz]ed|convened)[a-z]+ed)$",
            r"\g<subject> \g<done>",
            words[: second.start()],
        )
    relative = re.search(r"\s(?:which|that|who|whose|where|seeking|aiming|with\s+a)\b", words)
    if relative and len(words[: relative.start()].split()) >= 3:
        words = words[: relative.start()]
    if not re.sub(r"[\s\-–•*▪●◦]", "", head) and date_alone(text[clause[0] : date.end]):
        # a timeline's item after its date: "21–22 September 2022. MIGF 2022, our annual forum,
        # co-organised with ...: 1,050 participants" is "MIGF 2022"
        words = _ITEM_DETAILS.split(words, maxsplit=1)[0]
    tokens = words.split()
    if len(tokens) > 12:
        tokens = tokens[:12]
        while tokens and tokens[-1].lower() in {
            "but",
            "or",
            "as",
            "while",
            "of",
            "the",
            "and",
            "to",
            "in",
            "for",
            "on",
            "a",
            "an",
            "by",
            "with",
        }:
            tokens.pop()
    # (a tail "..., held", not what the title says was done: "Forum was first convened")
    title = re.sub(
        r"[,;]?(?<!\bwas)(?<!\bwere)(?<!\bfirst)\s+(?:held|organi[sz]ed|convened)$", "", " ".join(tokens)
    ).strip(" ,;:")
    title = (title[:1].upper() + title[1:]) if title else "Event"
    if sentence is not None and re.fullmatch(r"(?:Took\s+place|Was\s+held|Were\s+held|Happened)", title):
        # "A regional workshop on broadband mapping, co-organised by ..., took place from 9 to 11 October":
        # what the sentence opens with
        opening = re.match(r"\W*(?:[Tt]he|[Aa]n?)\s+(?P<what>[^,;]{3,80}?),", text[sentence[0] : sentence[1]])
        if opening:
            return opening.group("what")[:1].upper() + opening.group("what")[1:]
    if sentence is not None and _elided_subject(text, clause, date.start):
        # "The Global Campaign launched in 2016, and will be fully operational by 2018": the
        # second clause's subject is the sentence's
        subject = _first_name(text[sentence[0] : clause[0]])
        composed = _compose(subject, title) if subject and title != "Event" else None
        if composed:
            return composed
    if sentence is not None:
        named = _with_subject(text, title, pronoun in ("this", "it"), clause, segment, sentence, previous)
        if named:
            return named
        named = _named_by_head(text, title, clause)
        if named:
            return named
    return title


_HEAD_FIRST = re.compile(
    r"(Strategy|Programme|Program|Project|Platform|Campaign|Initiative|Plan|Policy|Portal|Fund|Toolkit|"
    r"Network|Act|Law|Framework|Agenda|Roadmap)\b"
)


def _named_by_head(text: str, title: str, clause: tuple[int, int]) -> str | None:
    """A title opening with a name's head word alone ("Strategy was formally launched ...", from
    "The Strategy was ...") is about the name before it that ends in that word ("the Digital
    Maravia 2030 Strategy"): the title takes the whole name."""
    head = _HEAD_FIRST.match(title)
    if head is None:
        return None
    before = text[max(0, clause[0] - 1500) : clause[0]]
    names = [
        name
        for match in _NAMED.finditer(before)
        if (name := _clean_name(match.group(0)))
        and len(name.split()) > 1
        and name.split()[-1] == head.group(1)
    ]
    return _compose(names[-1], title[head.end() :].strip()) if names else None


# ------------------------------------------------------------------ subjects of titles
# A title that starts with a pronoun ("Its entry into force"), or with a bare participle
# ("Adopted by the Council of Ministers"), lacks its subject; the subject is the name the
# sentence (or, for a pronoun, the sentence before) is about.

_CAP_WORD = r"[A-Z][\w'’&+-]*"
_NAME_YEARS = r"(?:19|20)\d\d(?:\s*[–-]\s*(?:19|20)?\d\d)?(?![\w–-])"
_NAME_JOIN = r"(?:of|for|on|to|and|&|the|de|du|des|la|le|los|las|el|del|di)"
_NAME_HEADS = (
    r"programme|program|project|initiative|strategy|plan|policy|act|law|bill|campaign|platform|"
    r"network|survey|index|toolkit|portal|app|service|fund|framework|dataset|report|centre|center|"
    r"academy|hub|scheme|system|agenda|charter|roadmap|partnership|coalition|alliance|helpline|"
    r"database|observatory|lab|laboratory|council|committee|task\s+force|working\s+group"
)
_NAMED = re.compile(
    rf"(?<![\w'’-]){_CAP_WORD}(?:\s+(?:{_NAME_JOIN}\s+)*(?:{_CAP_WORD}|{_NAME_YEARS}|\d{{1,3}}(?![\w.,/]\d|[\w%])))*"
    rf"(?:\s+(?:{_NAME_HEADS})(?![\w-]))?"
)
_MONTHS = (
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec q1 q2 q3 q4"
).split()
_NOT_NAME_START = set(
    """the a an in on at since by from during until till our we its their this these that those
following after before under through with for and of to it they there however moreover also
today now each every further furthermore finally first then as when while both
""".split()
) | set(_MONTHS)
_AUX_TAIL = re.compile(
    r"(?:\s+(?:is|was|were|are|be|been|being|has|have|had|will|would|shall|also|first|then|"
    r"finally|officially|formally|successfully|jointly|recently|subsequently|later|now))+\s*$",
    re.IGNORECASE,
)
_AUX_HEAD = re.compile(
    r"^(?:(?:is|was|were|are|has\s+been|have\s+been|had\s+been|will\s+be|being)\s+)+"
    r"(?:(?:finally|also|then|now|officially|formally|successfully|jointly)\s+)?",
    re.IGNORECASE,
)
_PARTICIPLES = (
    r"\w{2,}ed|held|run|begun|built|set|made|won|undertaken|written|led|sent|taken|given|drawn|chosen|shown|done|"
    r"brought"
)
_VERB_START = re.compile(
    r"^(?:is|was|were|are|has|have|had|will|would|shall|can|could|may|might|must|should|"
    rf"{_PARTICIPLES}|ran|began|known|seen|went|came|became|grew|rose|fell|met)\b",
    re.IGNORECASE,
)
_PARTICIPLE = re.compile(rf"^(?:{_PARTICIPLES}|rolled\s+out|set\s+up)$", re.IGNORECASE)
_NOT_PARTICIPLE = {"need", "speed", "seed", "feed", "indeed", "hundred", "united", "red", "bed", "shed"}
_TIME_NOUNS = {"year", "years", "month", "months", "week", "weeks", "quarter", "time", "period", "day"}
_NOMINAL_VERBS = (
    (r"entry\s+into\s+force", "enters into force"),
    (r"launch", "launched"),
    (r"adoption", "adopted"),
    (r"approval", "approved"),
    (r"ratification", "ratified"),
    (r"signing|signature", "signed"),
    (r"publication", "published"),
    (r"completion", "completed"),
    (r"establishment", "established"),
)
_TRAILING_STOP = {
    "of", "the", "and", "or", "to", "in", "for", "on", "a", "an", "by", "with", "at", "from", "as", "but",
    "has", "have", "had", "is", "was", "were", "are", "will", "be", "been", "which", "that",
}  # fmt: skip


def _clean_name(raw: str) -> str | None:
    """A name as a title's subject: without leading articles, prepositions, months and years;
    None for a pronoun, a date or a lone capitalised word ("Digital" opening a sentence)."""
    raw = re.sub(r"\s*\([^()]*\)", "", raw)
    tokens = raw.split()
    while tokens and (
        tokens[0].lower().strip(",") in _NOT_NAME_START or re.fullmatch(_NAME_YEARS, tokens[0])
    ):
        tokens.pop(0)
    while tokens and tokens[-1].lower() in _TRAILING_STOP:
        tokens.pop()
    if tokens:
        tokens[-1] = re.sub(r"(?:'s|’s|'|’)$", "", tokens[-1])
    if not tokens or not tokens[0][:1].isupper():
        return None
    if len(tokens) == 1 and not re.search(r"[A-Z0-9]", tokens[0][1:]):
        return None  # a lone word may just open the sentence; acronyms and "SokoSMS" are names
    if len(tokens) > 9:
        return None
    return " ".join(tokens)


def _first_name(text: str) -> str | None:
    """The first name in a stretch of text: what a sentence is about. None when the first thing
    named is no name for a title ("the Agency"); dates and the capital that opens the sentence
    are skipped."""
    for match in _NAMED.finditer(text):
        name = _clean_name(match.group(0))
        if name:
            return name
        words = [
            w
            for w in re.sub(r"\s*\([^()]*\)", "", match.group(0)).split()
            if w.lower() not in _NOT_NAME_START and not re.fullmatch(_NAME_YEARS, w)
        ]
        opening = (
            not text[: match.start()].strip(" -•*_\n") and match.group(0).startswith(words[0])
            if words
            else False
        )
        if words and (len(words) > 1 or not opening):
            return None
    return None


def _trailing_name(text: str) -> str | None:
    """The name that ends a stretch of text ("... the National Digital Strategy 2021–2026")."""
    text = re.sub(r"(?:\s*\([^()]*\))+\s*$", "", text.rstrip(" *_"))
    match = re.search(rf"(?:{_NAMED.pattern})$", text)
    return _clean_name(match.group(0)) if match else None


def _compose(subject: str, rest: str) -> str | None:
    """subject + rest within the title's 12 words."""
    words = rest.split()
    if words and re.fullmatch(r"[A-Z][a-z]+", words[0]):
        words[0] = words[0].lower()
    room = 12 - len(subject.split())
    if len(words) > room:
        words = words[:room]
        while words and words[-1].lower() in _TRAILING_STOP:
            words.pop()
    if not words:
        return None
    return subject + " " + " ".join(words)


# What is adopted, published or ratified is a text or a programme, not the organisation that
# made it: "ECPAT contributed to General Comment 25. This was adopted in 2021."
_THING_PARTICIPLES = {
    "adopted", "published", "ratified", "signed", "approved", "endorsed", "released", "enacted",
    "issued", "unveiled", "revised", "updated", "finalised", "finalized", "translated", "piloted",
    "launched", "completed",
}  # fmt: skip


def _is_organisation_name(name: str) -> bool:
    return bool(ORGANISATION_WORDS.search(name)) or re.fullmatch(r"[A-Z]{2,}(?:-[A-Z]+)?", name) is not None


def _first_thing(text: str) -> str | None:
    """The first name in `text` that is not an organisation's."""
    for match in _NAMED.finditer(text):
        name = _clean_name(match.group(0))
        if name and not _is_organisation_name(name):
            return name
    return None


def _antecedent(
    text: str,
    sentence: tuple[int, int],
    previous: tuple[int, int] | None,
    position: int,
    thing: bool = False,
) -> str | None:
    """What a pronoun at `position` refers to: a name earlier in its sentence, else the name the
    previous sentence is about; for a `thing` (what was adopted, published...), the first name
    there that is not an organisation's, when there is one."""
    stretches = [text[sentence[0] : position]]
    if previous is not None:
        stretches.append(text[previous[0] : previous[1]])
    for stretch in stretches:
        name = (_first_thing(stretch) if thing else None) or _first_name(stretch)
        if name is not None:
            return name
    return None


def _with_subject(
    text: str,
    title: str,
    pronoun_dropped: bool,
    clause: tuple[int, int],
    segment: tuple[int, int],
    sentence: tuple[int, int],
    previous: tuple[int, int] | None,
) -> str | None:
    """`title` with its missing subject named, or None when it lacks none or none is found."""
    clause_text = text[clause[0] : clause[1]]
    # "Its entry into force", "Following their adoption"
    possessive = re.match(
        r"^(?:(?:following|after|upon|before|with|since)\s+)?(its|their)\s+(.+)$", title, re.I
    )
    if possessive:
        found = re.search(rf"\b{possessive.group(1)}\b", clause_text, re.IGNORECASE)
        if found is None:
            return None
        subject = _antecedent(text, sentence, previous, clause[0] + found.start())
        if subject is None:
            return None
        rest = possessive.group(2)
        for nominal, verb in _NOMINAL_VERBS:
            match = re.match(rf"(?:{nominal})(?=$|\s+(?:by|in|on|at|with|through|across)\b)", rest, re.I)
            if match:
                return _compose(subject, verb + rest[match.end() :])
        owner = subject + ("'" if subject.endswith("s") else "'s")
        return _compose(owner, rest)
    first = title.split()[0].lower() if title.split() else ""
    # "This law entered into force", "It will publish ...", "The latter was adopted"
    lead = re.match(r"^(this|these|it|they|latter|former)\b\s*(.*)$", title, re.I)
    # "... and on 2025-09-30 it signed a memorandum": a verb with its object after the pronoun is
    # the pronoun's own doing, not a thing's that was signed
    active = pronoun_dropped and re.match(r"^\S+\s+(?:a|an|the|its|their|our|[A-Z])", title) is not None
    if lead or (pronoun_dropped and (active or not _PARTICIPLE.match(first))):
        word = lead.group(1).lower() if lead else None
        rest = lead.group(2) if lead else title
        if word in (None, "this", "these", "latter", "former") and rest and not _VERB_START.match(rest):
            noun, _, after = rest.partition(" ")
            if noun.lower() in _TIME_NOUNS or not _VERB_START.match(after):
                return None  # "this year ...", "this new law ..."
            rest = after
        if not rest or re.match(r"^(?:is|was)\s+\w+\s+(?:that|to)\b", rest, re.I):
            return None  # "it is expected that ..."
        found = re.search(r"\b(?:this|these|it|they|latter|former)\b", clause_text, re.IGNORECASE)
        if found is None:
            return None
        subject = _antecedent(text, sentence, previous, clause[0] + found.start())
        return _compose(subject, _AUX_HEAD.sub("", rest)) if subject else None
    # "Adopted by the Council of Ministers", "Launched with ...", or a past verb without an object:
    # "GovConnect, the single sign-on platform of the programme, went live"
    if (not _PARTICIPLE.match(first) and first not in ("went", "came", "began")) or first in _NOT_PARTICIPLE:
        return None
    found = re.search(rf"\b{re.escape(first)}\b", clause_text, re.IGNORECASE)
    if found is None:
        return None
    position = clause[0] + found.start()
    before = text[sentence[0] : position]
    bare = before.rstrip(" *_")
    auxiliary = _AUX_TAIL.search(" " + bare)
    if auxiliary:
        bare = (" " + bare)[: auxiliary.start()].strip()
    bare = re.sub(r"(?:,?\s*\b(?:which|that)\s*)$", "", bare).strip()
    if not bare.strip(" -•*_"):
        # "Launched in 2023 with ISOC, Small Business Online helped ...": the name after the phrase
        if clause != segment or segment[1] >= sentence[1]:
            return None  # the title runs past the phrase
        after = re.match(rf"\s*,?\s*(?:the\s+)?({_NAMED.pattern})\s+[a-z(]", text[segment[1] : sentence[1]])
        subject = _clean_name(after.group(1)) if after else None
    elif re.search(r"\b(?:it|they|this|these)$", bare, re.IGNORECASE):
        pronouns = list(re.finditer(r"\b(?:it|they|this|these)\b", before, re.IGNORECASE))
        subject = _antecedent(
            text, sentence, previous, sentence[0] + pronouns[-1].start(), thing=first in _THING_PARTICIPLES
        )
    elif bare.endswith(","):
        parts = bare[:-1].split(",")
        if auxiliary:
            # "X, the Addis Call, was adopted": only an appositive name is the subject
            appositive = re.fullmatch(rf"\s*the\s+({_NAMED.pattern})\s*", parts[-1])
            if len(parts) >= 2 and appositive is not None:
                subject = _clean_name(appositive.group(1))
            else:
                # "The first regional cyber drill, co-organised by WIOTO and ITU, was held in ...":
                # the meeting the sentence opens with, past its participial phrases
                while len(parts) > 1 and re.match(r"\s*(?:co-)?\w+(?:ed|led|run|held)\s+by\b", parts[-1]):
                    parts.pop()
                described = re.fullmatch(
                    rf"\s*[Tt]he\s+(?P<what>[a-z][\w'’ -]{{2,60}}?\b(?:{_EVENT_NOUNS}))\s*", parts[0]
                )
                if len(parts) != 1 or described is None or first not in ("held", "convened", "organised"):
                    return None
                return described.group("what")[:1].upper() + described.group("what")[1:]
        else:
            # "X, funded by Y, published ...", "X, a shared repository of modules, went live": skip
            # participial phrases and descriptions back to the name
            while len(parts) > 1 and re.match(
                r"\s*(?:(?:\w+ed|\w+ing|led|run|held|built)\b|(?:the|an?)\s+[a-z])", parts[-1]
            ):
                parts.pop()
            subject = _trailing_name(parts[-1])
            if subject is None and first in ("established", "founded", "created"):
                # "The Network (APNISR) is a consortium of ..., established in 2009": what was
                # founded is what the sentence is about
                subject = _first_name(text[sentence[0] : position])
    else:
        return None
    return _compose(subject, title) if subject else None


# the names of processes, whose "forum" is no meeting: "the WSIS Forum process"; but an edition
# named by its year is a meeting ("WSIS Forum 2024, Geneva (27-31 May 2024)")
_PROCESS_NAMES = re.compile(
    r"(?:World\s+Summit\s+on\s+the\s+Information\s+Society|WSIS(?:\+\d+|\s+Forum)?|"
    r"Internet\s+Governance\s+Forum|World\s+Economic\s+Forum)(?!\s+(?:19|20)\d\d\b)",
    re.IGNORECASE,
)


def _only_a_date(cell: str) -> bool:
    stripped = cell.strip()
    return any(d.end - d.start >= 0.8 * len(stripped) for d in find_dates(stripped))


def _row_kind(title: str) -> str:
    kind = _event_kind(title, "")
    return kind if kind in ("meeting", "adoption", "publication", "campaign") else "programme"


def _dated_rows(document: Document) -> dict[int, EventHit]:
    """A table without separators, flattened into lines that each open with a date ("9 July 2025
    Presentation at the WSIS Forum 2025, Geneva ITU"): each line is the event it names, whatever
    its words, keyed by the line's start. Two such lines one after the other make the table. (A
    table laid out with spaces under a header is read by `_table_events`.)"""
    text = document.text
    sentences = document.body_sentences()
    tabled = [(row.start, row.end) for row in table_rows(document)]
    opening = {}
    for number, sentence in enumerate(sentences):
        line = text[sentence.start : sentence.end]
        if (
            sentence.table
            or "\n" in line
            or len(line) > 200
            or any(a <= sentence.start < b for a, b in tabled)
        ):
            continue
        dates = document.dates_in(sentence)
        # (not a row of numbers by year: "2021 | 57.2 | 2 748 100")
        if dates and dates[0].start == 0 and re.search(r"[^\W\d_]", line[dates[0].end :]):
            opening[number] = dates[0]
    rows = {}
    for number, date in opening.items():
        if number - 1 not in opening and number + 1 not in opening:
            continue
        sentence = sentences[number]
        # a plain-text table's cells stand apart by two spaces or more: the row's event is its first
        title = re.split(r"\s{2,}|\t", text[sentence.start + date.end : sentence.end].strip())[0]
        # ... and it ends where its details begin: "MIGF 2022, our annual forum, co-organised with ...:
        # 1,050 participants"
        title = _ITEM_DETAILS.split(title.strip(" .;:,|–—-"), maxsplit=1)[0].strip(" .;:,|–—-")
        rows[sentence.start] = EventHit(
            date.date,
            date.end_date,
            _row_kind(text[sentence.start + date.end : sentence.end]),  # (its details tell its kind too)
            title,
            (sentence.start, sentence.end),
            (sentence.start + date.start, sentence.start + date.end),
        )
    return rows


_DATE_HEADING_KINDS = (
    ("adoption", r"adopt|sign|approv|entere?d?\s+into\s+force|entry\s+into\s+force"),
    ("publication", r"publish|publication"),
)
# (a status that says the milestone was reached, or when it will be: not "In service since August 2023")
_REACHED = re.compile(
    r"\s*(?:achieved|completed|done|reached|met|expected|delayed|postponed|rescheduled|running|ongoing)\b",
    re.I,
)
_STATUS_COLUMN = r"status(?:\s+(?:at|as\s+(?:at|of))\s+[\w -]{2,20})?"
_TARGET_COLUMN = r"(?:target|due|deadline)(?:\s+date)?"


def _table_events(document: Document, event_names) -> list[EventHit]:
    """A table's period column dates the programme of its row ("Connect the Last Mile | 2021–2025"),
    its date column the meeting or adoption the row names ("Internet Governance Forum 2024 | 15–19
    December 2024")."""
    from wsislens.extract.document import DATE_COLUMN, NAME_COLUMN, NOT_NAME_COLUMN, table_rows

    text = document.text
    result = []
    for row in table_rows(document):
        heading, period = next(iter(row.columns(DATE_COLUMN)), ("", None))
        # (a column of the days laws were adopted or agreements signed tells its rows' kind)
        kind = next((k for k, cue in _DATE_HEADING_KINDS if re.search(cue, heading, re.IGNORECASE)), None)
        # a milestone table's status tells when it was reached ("Achieved, 18 November 2021", "Expected
        # Q1 2024"), else its target when it is due ("Mid-term review | First half of 2024 | Scheduled")
        status = row.column(_STATUS_COLUMN)
        target = row.column(_TARGET_COLUMN)
        if period is None and status and _REACHED.match(text, status[0]) and document.dates_between(*status):
            period = status
        elif period is None and target and document.dates_between(*target):
            period, kind = target, "deadline"
        if period is None:
            continue
        dates = document.dates_between(*period)  # "11-12 March" in a one-year reporting period too
        if row.more.get(row.cells.index(period)):
            # a date wrapped in its cell ("7-11 Apr" over "2025"): read whole, quoted from its start
            words = row.words(text, period)
            dates = [
                replace(d, start=a - period[0], end=b - period[0])
                for d in document.dates_of(words)
                for a, b in [row.source(period, d.start, d.end)]
            ] or dates
        if not dates:
            continue
        # the row's name: the cell of a column headed for it ("Meeting", "Activity"), else its first
        # cell that is no reference code ("MCRA/CP/2023/01"), no date, no place and no partner
        named = row.column(NAME_COLUMN)
        names = [
            row.words(text, (a, b))
            for heading, (a, b) in zip(row.header, row.cells, strict=False)
            if (a, b) != period
            and text[a:b].strip()
            and (named is None or (a, b) == named)
            and not re.fullmatch(NOT_NAME_COLUMN, heading.strip().lower())
            and not re.fullmatch(r"[A-Z0-9][A-Z0-9/._-]*\d[A-Z0-9/._-]*", text[a:b].strip())
            and not _only_a_date(text[a:b])
        ]
        title = names[0] if names else text[row.cells[0][0] : row.cells[0][1]].strip()
        if title and not re.search(r"[^\W\d_]", title):
            continue  # a row of numbers by year ("2021 | 57.2 | 2 748 100"): statistics, no event
        date = dates[0]
        result.append(
            EventHit(
                date.date,
                date.end_date,
                kind or _row_kind(title),
                title or "Programme",
                (row.start, row.end),
                (period[0] + date.start, period[0] + date.end),
            )
        )
    return result


_HAPPENED = re.compile(
    r"(?<![\w-])(?:(?:re)?launch(?:ed|es)|establish(?:ed|es)|founded|set\s+up|created|started|began|initiated|"
    r"introduced|roll(?:ed)?\s+out|went\s+live|opened|inaugurated|hosted|convened|co-?organi[sz]ed|joined|"
    r"elected|appointed|awarded|signed\s+up|became\s+(?:an?\s+)?members?|"
    r"organi[sz]ed|took\s+place|was\s+held|were\s+held|(?-i:Meeting|Conference|Forum|Summit|Workshop|"
    r"Webinar|Symposium|Congress|Seminar|Consultation|Hackathon|Dialogue))(?![\w-])",
    re.IGNORECASE,
)


_LIST_INTRO = re.compile(
    r"\b(?:intends?|plans?|aims?|seeks?|expects?|hopes?|will\s+continue)\s+to\s*:\s*$|\bwill\s*:\s*$|"
    r"\bpriorities\b[^:]*:\s*$|"
    r"^\W*(?:next\s+steps|future\s+(?:actions|plans|priorities|work)|looking\s+ahead|(?:the\s+)?way\s+(?:forward|ahead)|"
    r"plans\s+for\s+(?:19|20)\d\d)\b[^:\n]*:\s*$",
    re.IGNORECASE,
)


# A plan, not a happening, stated earlier in the sentence: "In 2026 the City intends to extend ...,
# and to host a regional meeting in April 2026"; it also makes a figure a target, not a fact
# ("we aim to train 5,000 young people by 2026", "to a further 10 countries": "planned")
_PLAN_WORDS = (
    r"will|shall|intends?\s+to|plans?\s+to|planning\s+to|aims?\s+to|expects?\s+to|seeks?\s+to|hopes?\s+to|"
    r"is\s+expected\s+to|looking\s+ahead|(?:objective|target|goal|ambition)\s+(?:of|is)"
)
_PLAN = re.compile(rf"\b(?:{_PLAN_WORDS})\b", re.IGNORECASE)
# ... or in the date's own clause: "is scheduled for", "a follow-up forum is planned for March
# 2026", "the next General Assembly"
_FUTURE = re.compile(
    rf"\b(?:{_PLAN_WORDS}|is\s+to|are\s+to|(?:is|are)\s+(?:scheduled|planned|expected|foreseen|due)|next|"
    r"upcoming|forthcoming)\b",
    re.IGNORECASE,
)
# A statistic of the world, cited as the background of the work: "ITU estimated that some 2.7
# billion people, or roughly one third of the world's population, remained unconnected in 2022",
# "2.6 billion people worldwide remained offline in 2024 [2]"
_WORLD = re.compile(
    r"\b(?:worldwide|globally|at\s+the\s+global\s+level|world['’]s\s+population|around\s+the\s+world|"
    r"global\s+(?:shortfall|gap|population|total|average))\b",
    re.IGNORECASE,
)
_CITED = re.compile(
    r"\b(?:estimat\w*|projects?|projected|projection|according\s+to|reports?\s+that|offline|unconnected|"
    r"not\s+(?:yet\s+)?connected|"
    r"do\s+not\s+use)\b|\[\d{1,2}\]",
    re.IGNORECASE,
)


# a statement's preambular clause: the texts it recalls are dated by their adoption, not events of
# the year ("Recalling further the World Programme of Action for Youth, adopted in 1995"); its own
# survey's numbers are still figures
_PREAMBLE = re.compile(
    r"^[\W\d]*(?:(?:Further|Also)\s+)?(?:Recalling|Noting|Recogni[sz]ing|Reaffirming|Acknowledging|Welcoming|"
    r"Bearing\s+in\s+mind|Guided\s+by|Mindful|Emphasi[sz]ing|Stressing|Considering|Taking\s+note|Concerned|"
    r"Aware|Convinced|Deeply\s+concerned|Having\s+regard)\b"
)


def _cites_the_world(sentence: str) -> bool:
    """A statistic of the world the sentence cites, not the submitter's work: its dates date no
    event and its numbers are no figures."""
    return _WORLD.search(sentence) is not None and _CITED.search(sentence) is not None


# "ESCWA organised the following meetings:", its items each a meeting
_MEETINGS_FOLLOW = re.compile(
    r"\b(?:the\s+following|held|organi[sz]ed|convened|ran)\s+(?:\w+\s+){0,2}?"
    r"(?:meetings|events|workshops|conferences|forums|seminars|consultations|webinars)\b[^.]*:\s*$",
    re.IGNORECASE,
)
# a heading or a list's lead that names the year of what follows: "5. Events and disruptions in 2023",
# "Meetings in 2022 and 2023:"
_YEAR_HEADING = re.compile(
    r"(?:(?:\d{1,2}(?:\.\d{1,2})*\.?|[IVX]{1,4}\.|[A-H]\.)\s+)?(?:(?:Key|Main|Other)\s+)?"
    r"(?:Events|Meetings|Activities|Highlights|Achievements|Results|Milestones|Disruptions|Plans|Publications)"
    r"(?:\s+and\s+[a-z]+)?\s+(?:in|for|of|during)\s+(?:the\s+year\s+)?(?:19|20)\d\d(?:\s+and\s+(?:19|20)\d\d)?\s*:?",
    re.IGNORECASE,
)
_CAPITALS_HEADING = re.compile(r"(?:[IVX]{1,4}\.|\d{1,2}\.)?[^a-z]{8,100}")
_INTRODUCES = re.compile(
    r"\b(?:table|list|annex)\s+below\b|\b(?:are|is)\s+(?:listed|shown|given|summari[sz]ed)\s+below\b|"
    r"\bthe\s+following\s+(?:table|list)\b|"
    # "Table 2 summarises the Commission's main activities in 2023 and those planned for 2024",
    # "Among the grants approved in 2021 were the following:"
    r"^\W*(?:Table|Figure|Annex|Box)\s+\d{1,2}\s+(?:summari[sz]es|lists|shows|gives|sets\s+out|presents)\b|"
    r"\b(?:were|are|was|is|include[sd]?)\s+the\s+following\s*:\s*$",
    re.IGNORECASE,
)
# the session of the Commission the submission is written for: the reader's calendar, not its work
_COMMISSION_SESSION = re.compile(
    r"\b(?:Commission|CSTD)\b[^.;]{0,40}?\bsession\s*(?:in|\(|,)?\s*$"
    # "the 29th session of the Commission on Science and Technology for Development, to be held in"
    r"|\bsession\s+of\s+the\s+(?:Commission|CSTD)\b[^.;]{0,80}?(?:\bin|\()\s*$"
    # "ahead of the Commission's twenty-ninth session, to be held in Geneva in", "at its twenty-ninth
    # session, which the Mission understands will be convened in Geneva in"
    r"|\b(?:Commission|CSTD)\b[^.;]{0,60}?\bsession\b[^.;]{0,80}?\b(?:held|convened)\b[^.;]{0,30}?\bin\s*$",
    re.IGNORECASE,
)
# "This contribution covers the activities carried out between January and December 2025"
# a table's or a figure's caption: "Table 1. Main regional activities organised by GLACR in 2025"
_CAPTION = re.compile(r"\s*(?:Table|Figure|Chart|Box|Graph)\s+\d{1,2}[.:]\s")
_OWN_REPORT = re.compile(
    r"\b(?:this|the\s+present|the|our)\s+(?:contribution|submission|report|input|note|letter|reply|response|document)\s+"
    r"(?:covers|describes|summari[sz]es|presents|reports\s+on|outlines|sets\s+out|reviews|details)\b",
    re.IGNORECASE,
)
# the submitter's own founding is its background, not an event of its work
_WE = re.compile(
    r"\s*(?:we\b|our\s+(?:organi[sz]ation|network|association|alliance|federation|council|institute|office|"
    r"agency|company|foundation)\b)",
    re.IGNORECASE,
)
_FOUNDED = re.compile(r"\b(?:founded|established|set\s+up|created|formed|incorporated)\b", re.IGNORECASE)


def _after_period(date: DateSpan, reporting: tuple[str, str] | None) -> bool:
    """The date lies after the reporting period (or, without one, is named as a plan)."""
    return reporting is None or date.date[: len(reporting[1])] > reporting[1][: len(date.date)]


def _own_founding(
    text: str,
    sentence_start: int,
    clause: tuple[int, int],
    own: list[tuple[int, int]],
    date: DateSpan,
    reporting: tuple[str, str] | None,
) -> bool:
    """ "The Kibo Youth Digital Alliance ... was founded in 2016": the submitter (a span of `own`,
    or "we") founded before the reporting period."""
    cue = _FOUNDED.search(text, clause[0], clause[1])
    if cue is None or (reporting is not None and date.date[:4] >= reporting[0][:4]):
        return False
    if not re.fullmatch(r"\s*(?:by\s+(?:[\w-]+\s+){1,3}?)?(?:in|on)\s*", text[cue.end() : date.start]):
        return False  # "In 2014, ECPAT International established a global programme": a launch
    subject = text[clause[0] : cue.start()]
    if any(clause[0] <= a < cue.start() for a, _ in own) or _WE.match(subject) is not None:
        return True
    # "The Coalition, which was founded in 2011 as ...", "Established in 2009 by ..., the
    # Association today counts": the submitter named just before the clause, or just after
    # the participle that opens the sentence
    relative = re.search(r"\b(?:which|who)\s*$", text[max(0, clause[0] - 12) : clause[0]]) is not None or (
        re.match(r"\s*(?:which|who)\b", subject) is not None
    )
    opening = not text[sentence_start : cue.start()].strip(" \t\n-•*")
    # "The Meridian Consortium ... is a network of ... . It was founded in 2011 by five universities"
    pronoun = re.fullmatch(r"\s*It\s+(?:was\s+|has\s+been\s+)?", subject) is not None
    return any(
        (relative and sentence_start <= a < clause[0])
        or (opening and clause[1] <= a < clause[1] + 60)
        or (pronoun and sentence_start - 400 <= a < sentence_start)
        for a, _ in own
    )


def _in_reporting_year(date: DateSpan, reporting: tuple[str, str] | None) -> bool:
    """A bare year (no month, no span) within the reporting period."""
    if reporting is None or len(date.date) != 4 or date.end_date:
        return False
    return reporting[0][:4] <= date.date <= reporting[1][:4]


def _happened(clause: str, kind: str) -> bool:
    """The clause tells of something that happened, not of the year's work: a change of law or a
    disruption, or a cue of a launch, an opening, a meeting, an election or an award."""
    return kind in ("adoption", "disruption") or _HAPPENED.search(clause) is not None


def _prose_sentences(document: Document) -> Iterator[Sentence]:
    """The body's sentences, and the sentences of a table's cells of prose ("Action line |
    Activities in 2025 | Results", each cell a few paragraphs joined by "; "); a table with a
    column of dates gives its events by its rows (`_table_events`)."""
    text = document.text
    for sentence in document.body_sentences():
        if not sentence.table:
            yield sentence
            continue
        cells = sentence.text.split(" | ")
        if any(_only_a_date(cell) for cell in cells) or max(map(len, cells)) < 80:
            continue  # a dated table's row, or a row of short cells: no prose
        for piece in re.finditer(r"[^|;]+", sentence.text):
            for start, end in sentence_spans(
                text, sentence.start + piece.start(), sentence.start + piece.end()
            ):
                start += len(text[start:end]) - len(text[start:end].lstrip())
                end -= len(text[start:end]) - len(text[start:end].rstrip())
                if QUESTION.match(text[start:end]):
                    continue  # a questionnaire's question in its cell: the call's words
                if end - start >= 20:
                    yield Sentence(start, end, text[start:end], table=True)


# what opens a sentence before the date of a count: "At the end of 2023, 2.400 km ...", "By the
# close of 2024, 1,240 schools ..."
_DATES_A_COUNT = re.compile(
    r"[\W_]*(?:(?:at|by|as\s+(?:at|of))(?:\s+the(?:\s+(?:end|close)\s+of)?)?|in)\s*", re.IGNORECASE
)


def find_events(
    document: Document,
    excluded: list[tuple[int, int]],
    event_names: list[tuple[int, int, str]],
    masked: list[tuple[int, int]] | None = None,
    reporting: tuple[str, str] | None = None,
    own: list[tuple[int, int]] | None = None,
) -> list[EventHit]:
    """Dated events of the body text; cue words inside `masked` spans (names of organisations
    and initiatives) do not count. A year of the `reporting` period alone dates the report's
    own work ("During 2022 the Association maintained a dialogue with regulators"): it makes an
    event only with a cue of something that happened (launched, adopted, held, opened...). The
    submitter's founding (`own`: the spans naming it) before the period is its background, and a
    plan after the period ("will hold its next assembly in August 2025") is a milestone ahead
    (kind deadline), not a happening; a planned period ("will run from 2024 to 2027") keeps its kind."""
    text = document.text
    masked = masked or []
    not_event = _not_event()
    result = []
    previous = None
    meeting_list = False  # inside a list of "the following meetings:"
    rows = _dated_rows(document)
    for sentence in _prose_sentences(document):
        if sentence.start in rows:
            result.append(rows[sentence.start])
            continue
        before, previous = previous, (sentence.start, sentence.end)
        is_item = _is_list_item(text, sentence.start)
        meeting_list = (meeting_list and is_item) or bool(_MEETINGS_FOLLOW.search(sentence.text))
        if (
            _OWN_REPORT.search(sentence.text)
            or _cites_the_world(sentence.text)
            or _PREAMBLE.match(sentence.text)
            or _INTRODUCES.search(sentence.text)
            or _MEETINGS_FOLLOW.search(sentence.text)
            or _CAPITALS_HEADING.fullmatch(sentence.text.strip())
            or _YEAR_HEADING.fullmatch(sentence.text.strip())
            or _CAPTION.match(text, text.rfind("\n", 0, sentence.start) + 1)
        ):
            # the report's own period; "2.6 billion people worldwide remained offline in 2024"; "The
            # table below lists the main meetings ... in 2024" and "the following meetings:" (its
            # rows or items are the events); a heading in capitals ("IV. MEETINGS ORGANIZED IN 2025")
            continue
        dates = []
        for date in document.dates_in(sentence):
            start, end = sentence.start + date.start, sentence.start + date.end
            if any(a <= start < b or start <= a < end for a, b in excluded):
                continue
            if _is_name_or_code(text, DateSpan(start, end, date.date, date.end_date, date.form)):
                continue
            if _COMMISSION_SESSION.search(text, max(sentence.start, start - 160), start):
                continue  # "for consideration by the Commission at its twenty-ninth session in 2026"
            dates.append(date)
        # "In 2022 we co-organised the Summit (14–15 March 2022)", "convene MIGF 2023 in Lindara in
        # September 2023": the day or the month dates it, and the year takes no cue from it
        dates = [
            date
            for date in dates
            if not (
                len(date.date) == 4
                and not date.end_date
                and any(other.date.startswith(date.date) and len(other.date) > 4 for other in dates)
            )
        ]
        for date in dates:
            start, end = sentence.start + date.start, sentence.start + date.end
            absolute = DateSpan(start, end, date.date, date.end_date, date.form)
            clause = _clause_of(text, sentence.start, sentence.end, start)
            clause_text = _masked(text, clause[0], clause[1], masked)
            clause_kind = _event_kind(clause_text, "")
            # a statistic dates only the stretch of the clause between commas that holds it
            left = clause_text.rfind(", ", 0, start - clause[0])
            right = clause_text.find(", ", end - clause[0])
            segment = (left + 1 if left >= 0 else 0, right if right >= 0 else len(clause_text))
            statistic = [
                m.start() + clause[0]
                for m in not_event.finditer(clause_text)
                if segment[0] <= m.start() < segment[1]
            ]
            segment_kind = _event_kind(clause_text[segment[0] : segment[1]], "")
            if (
                # (a date after "By" is no deadline when a count that was reached follows it: "By
                # December 2023, 72 per cent of member campuses offered eduroam")
                (segment_kind is None or segment_kind == "deadline" and not _FUTURE.search(clause_text))
                and _DATES_A_COUNT.fullmatch(text, sentence.start, start)
                and re.match(r",\s*(?:about|some|over|nearly|almost|more\s+than)?\s*\d", text[end : end + 30])
                and not _happened(clause_text, clause_kind or "")
            ):
                continue  # "At the end of 2023, 2.400 km of optical fibre were operational": a stock
            if clause_kind is None:
                # the sentence's cues speak for a date only when it is the sentence's one date
                kind = (
                    _event_kind("", _masked(text, sentence.start, sentence.end, masked))
                    if len(dates) == 1 and not statistic
                    else None
                )
                if kind is None and meeting_list:
                    kind = "meeting"  # an item of a list of "the following meetings:"
                if kind is None:
                    continue
            else:
                kind = segment_kind or clause_kind
                others_in_clause = [
                    d for d in dates if d is not date and clause[0] <= sentence.start + d.start < clause[1]
                ]
                if others_in_clause:  # several dates: each takes the kind of the cue nearest to it
                    kind = _nearest_kind(clause_text, start - clause[0]) or kind
                cues = [
                    (m.start() + clause[0], m.end() + clause[0])
                    for _, pattern in _kind_patterns()
                    for m in pattern.finditer(clause_text)
                ]
                nearest_cue = min(abs(c[0] - start) for c in cues) if cues else 10**6
                nearest_statistic = min((abs(p - start) for p in statistic), default=10**6)
                if nearest_statistic < nearest_cue:
                    continue  # the date dates a statistic or a trend
                # a cue belongs to the date nearest to it: "Launched in January 2023 ..., helped ... in 2023";
                # a date right after an event's name is that event's ("the Open Media Days in Tbilisi
                # (6 October 2022)")
                named_before = any(0 <= start - name_end < 40 for _s, name_end, _n in event_names)
                if cues and not named_before:
                    # another date between this one and its nearest cue has the cue; a date
                    # with its own cue keeps it ("held ... 3 to 5 June 2025, whose outcome was
                    # presented at the X Event (7-11 July 2025)": both)
                    cue = min(cues, key=lambda c: _gap((start, end), c))
                    lo, hi = min(end, cue[1]), max(start, cue[0])
                    if any(lo <= sentence.start + d.start < hi for d in others_in_clause):
                        continue
            if _in_reporting_year(date, reporting) and not _happened(clause_text, kind):
                continue
            if reporting is not None and date.end_date and (date.date, date.end_date) == reporting:
                continue  # "Programmes and results, July 2022 - June 2023": the period restated
            if _own_founding(text, sentence.start, clause, own or [], absolute, reporting):
                continue
            if (
                not date.end_date
                and _after_period(absolute, reporting)
                and (_FUTURE.search(clause_text) or _PLAN.search(text, sentence.start, start))
            ):
                kind = "deadline"
            if kind not in ("meeting", "adoption", "disruption") and _LIST_INTRO.search(
                text[clause[0] : clause[1] + 1]
            ):
                continue  # "In 2024 IORNIC intends to:": the plans are the list's items
            if (
                date.form == "by-year"
                and kind == "programme"
                and not re.search(r"\b(?:was|were|had|has\s+been|have\s+been)\b", clause_text, re.IGNORECASE)
            ):
                kind = "deadline"
            result.append(
                EventHit(
                    date.date,
                    date.end_date,
                    kind,
                    _title(text, clause, absolute, event_names, (sentence.start, sentence.end), before),
                    clause,
                    (start, end),
                )
            )
    # in the order the text first tells them (a table's row may also read as a dated line)
    merged = _merge_repeats(result + _table_events(document, event_names), text)
    return sorted(merged, key=lambda hit: min(start for start, _ in (hit.span, *hit.also)))


_TITLE_STOP = {"the", "of", "and", "for", "on", "in", "at", "with", "was", "were", "by", "to", "a", "an"}


def _title_words(title: str) -> set[str]:
    """The words of a title, each cut to its first five letters, so that a word's forms meet
    ("launched" and "launch", "released" and "release", "signed" and "signing"), and an MoU as the
    memorandum of understanding it stands for."""
    title = re.sub(r"\bmous?\b", "memorandum of understanding", title.casefold())
    return {
        "sign" if w.startswith("sign") else w[:5]
        for w in re.findall(r"[\w+-]+(?:\.\d+)*", title)
        if w not in _TITLE_STOP and len(w) > 2
    }


def _same_dates(one: EventHit, other: EventHit) -> bool:
    """The same dates, or one a less precise form of the other ("May 2022" and "23 May 2022"; a
    table's "12 May 2025" and the paragraph's "12-16 May 2025")."""
    if (one.date, one.end_date) == (other.date, other.end_date):
        return True
    if one.end_date or other.end_date:
        return one.date == other.date and not (one.end_date and other.end_date)
    short, long = sorted((one.date, other.date), key=len)
    return len(short) >= 7 and long.startswith(short)


def _within_dates(one: EventHit, other: EventHit) -> bool:
    """One's dates inside the other's ("August 2025" in "2025/26"), each date read as the days it
    covers ("2025" from 1 January to 31 December)."""

    def days(hit: EventHit) -> tuple[str, str]:
        last = hit.end_date or hit.date
        close = {4: "-12-31", 7: "-31"}.get(len(last), "")
        return (hit.date + "-01-01")[:10], last + close

    (a, b), (c, d) = days(one), days(other)
    return (a <= c and d <= b) or (c <= a and b <= d)


def _within(words: set[str], other: set[str]) -> bool:
    """One title's words all among the other's ("We launched it" and "Launch of the SafeNet Peers
    campaign", "Be Scam Smart" and "Be Scam Smart awareness campaign ...")."""
    return bool(words and other) and (words <= other or other <= words)


def _nameless(title: str) -> bool:
    """A title whose event is only a pronoun ("We launched it", "It was signed")."""
    return (
        re.match(
            r"(?:(?:we|they)\s+\w+\s+(?:it|them)|(?:it|this|they)\s+(?:was|were)\s+\w+)\b",
            title,
            re.IGNORECASE,
        )
        is not None
    )


def _told_by_us(title: str) -> bool:
    """A title that is the writer's sentence ("We launched it"), not the event's name."""
    return re.match(r"(?:we|our|it|this|these|they)\b", title, re.IGNORECASE) is not None


def _merge_repeats(hits: list[EventHit], text: str) -> list[EventHit]:
    """One event per happening: hits with the same dates whose titles share two words of their
    names, or one of whose titles has no word the other lacks, or one of whose passages holds the
    other's title whole (a table's row and the paragraph telling of the same launch), become
    one, titled by the shorter title (a name more than a sentence) unless it is the writer's
    sentence ("We launched it"), with both passages as its evidence."""

    def told_in(title: set[str], hit: EventHit) -> bool:
        """All the title's words but one are in the sentence of `hit`'s passage ("Launch of the
        AgriData Commons platform" and "The AgriData Commons platform ... was launched on ...")."""
        start = max(text.rfind(". ", 0, hit.span[0]) + 2, text.rfind("\n", 0, hit.span[0]) + 1)
        return len(title) >= 2 and len(title & _title_words(text[start : hit.span[1]])) >= max(
            2, len(title) - 1
        )

    kept: list[EventHit] = []
    for hit in hits:
        words = _title_words(hit.title)
        same = next(
            (
                k
                for k in kept
                if (_same_dates(k, hit) or (k.title == hit.title and _within_dates(k, hit)))
                and (
                    len(words & _title_words(k.title)) >= 2
                    or _within(words, _title_words(k.title))
                    or (_nameless(hit.title) or _nameless(k.title))
                    and bool(words & _title_words(k.title))
                    or told_in(words, k)
                    or told_in(_title_words(k.title), hit)
                )
            ),
            None,
        )
        if same is None:
            kept.append(hit)
            continue
        better = min((same, hit), key=lambda h: (_told_by_us(h.title), len(h.title)))
        other = same if better is hit else hit
        # "May 2022" and "23 May 2022": the day; "12 May" and "12-16 May": the days
        precise = max((hit, same), key=lambda h: (len(h.date), h.end_date is not None))
        merged = EventHit(
            precise.date,
            precise.end_date,
            better.kind,
            better.title,
            better.span,
            precise.date_span,
            (*better.also, other.span, *other.also),
        )
        kept[kept.index(same)] = merged
    return kept


def _masked(text: str, start: int, end: int, masked: list[tuple[int, int]]) -> str:
    """text[start:end] with names blanked out (same length, so offsets hold)."""
    chars = list(text[start:end])
    for a, b in masked:
        if a < end and start < b:
            for i in range(max(a, start), min(b, end)):
                chars[i - start] = " "
    piece = "".join(chars)
    return _PROCESS_NAMES.sub(lambda m: " " * len(m.group(0)), piece)


# ------------------------------------------------------------------------------- figures

_ING_NOUNS = {
    "training",
    "learning",
    "funding",
    "building",
    "housing",
    "banking",
    "marketing",
    "meeting",
    "meetings",
    "screening",
    "mapping",
    "networking",
    "programming",
    "hearing",
    "hearings",
    "listening",
    "gathering",
}
_UNIT_STOP = {
    "depend",
    "depends",
    "use",
    "uses",
    "used",
    "live",
    "lives",
    "remain",
    "remains",
    "lack",
    "lacks",
    "need",
    "needs",
    "own",
    "reported",
    "received",
    "attended",
    "participated",
    "benefited",
    "took",
    # past tenses that end no "-ed": "the two bodies ran the drill"
    "ran",
    "met",
    "made",
    "gave",
    "won",
    "held",
    "sent",
    "built",
    "spent",
    "began",
    "grew",
    "rose",
    "fell",
    "taught",
    "became",
    "wrote",
    "are",
    "is",
    "was",
    "were",
    "have",
    "has",
    "had",
    "be",
    "been",
    "will",
    "would",
    "can",
    "could",
    "that",
    "which",
    "who",
    "whose",
    "in",
    "with",
    "from",
    "under",
    "across",
    "by",
    "at",
    "as",
    "since",
    "during",
    "through",
    "into",
    "within",
    "per",
    "than",
    "while",
    "where",
    "when",
    "between",
    "among",
    "including",
    "such",
    "but",
    "or",
    "nor",
    "so",
    "if",
    "because",
    "over",
    "after",
    "before",
    "on",
    "their",
    "its",
    "our",
    "this",
    "these",
    "those",
    "it",
    "they",
    "we",
    "he",
    "she",
    "there",
    "here",
    "not",
    "also",
    "each",
    "every",
    "all",
    "both",
    "more",
    "less",
    "about",
    "around",
    "up",
    "out",
    "via",
    "against",
}
_CONNECT = {"of", "to", "and", "for", "the"}
_VERBS = set(
    """be have make take close suspend act support reach provide improve use access help develop build
ensure join participate learn work connect open get go meet end reduce increase promote protect prevent address
create strengthen implement deliver expand share train find keep become stop start continue attend complete receive
pay buy sell send report apply adopt benefit respond cope adapt invest engage contribute move serve put run bring
put give offer design produce publish launch host organise organize collect monitor assess evaluate""".split()
)
_TIME_UNITS = {"year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours", "minutes"}
_NUM_WORD_ONLY_BEFORE_NOUN = re.compile(
    r"^\s+(?:of|another|in|on|by|to|at|or|and|is|was|,|\.|-)\b|^\s*[,.;:)]", re.IGNORECASE
)
# a number in words that counts part of a set: "in two of our programme countries", "Only four of
# the programme countries have" (not "two of the three goals")
_SHARE_OF_A_SET = re.compile(
    rf"\s+of\s+(?:our|the|their|its|these|those)\s+(?!(?:{'|'.join([*UNITS, *TENS])})\b|\d)[a-z]"
)


def _starts_a_number(word: str) -> bool:
    return word.lower() in UNITS or word.lower() in TENS or word.lower() in ("half", "a", "an")


def _unit_after(text: str, end: int) -> tuple[str, int]:
    """What a number counts: the words after it up to a verb, preposition or punctuation
    ("9 of our member groups" -> "member groups")."""
    lead = 1 if re.match(r"-[A-Za-z]", text[end : end + 2]) else 0  # "a 1,400-kilometre cable"
    end += lead
    segment = text[end : end + 140]
    # a table's cell ends its unit, and so does its row: "| Fiji | 318 |" then "| Samoa | 141 |",
    # or in a table laid out with spaces, "1,940,000         Bank of Zambia"
    # (and the next line's label: "Phone: +679 331 0457" / "Website: ...")
    cut = re.search(
        r"[.,;:()!?\[\]\"“”|]|\n\s*\n|\n(?=[^\n]*\s\|\s)| {3,}|\t|\n(?=[^\n]*\S {3,}\S)|\n(?=[^\n:]{1,40}:\s)",
        segment,
    )
    if cut:
        segment = segment[: cut.start()]
    found = list(re.finditer(r"(?:\d[A-Za-z]|[A-Za-z])[\w’'-]*", segment))  # (and "4G routers")
    words: list[re.Match] = []
    previous_end = 0
    skip_determiner = False
    for index, match in enumerate(found):
        gap = segment[previous_end : match.start()].strip()
        # (a part of a whole: "11 of the 86 villages", "11 of our 42 trainers")
        if gap and not (skip_determiner and index == 2 and re.fullmatch(r"\d[\d,]*", gap)):
            break
        previous_end = match.end()
        lower = match.group(0).lower()
        if index == 0 and lower in ("more", "additional", "further", "extra") and len(found) > 1:
            continue
        # "412 reported cyber incidents": an adjective, not the verb of "45 reported that"
        if (
            index == 0
            and lower == "reported"
            and len(found) > 1
            and found[1].group(0).lower()
            not in ("that", "to", "in", "on", "by", "being", "having", "as", "a", "an")
        ):
            words.append(match)
            continue
        if (
            index == 0
            and lower == "of"
            and len(found) > 2
            and found[1].group(0).lower() in ("our", "the", "their", "its", "which", "them", "these", "those")
        ):
            skip_determiner = True
            continue
        if skip_determiner and index == 1:
            continue
        # "61 of them were women", "31 of them to women engineers": the share of a count told
        # before is counted by its own noun
        if skip_determiner and index == 2 and found[1].group(0).lower() in ("them", "whom"):
            if lower in ("were", "are", "was", "being", "to", "for", "went"):
                continue
            break  # "450 of them came back": a verb, not what is counted
        if lower in _UNIT_STOP:
            break
        if words and len(lower) > 4 and lower.endswith("ed") and words[-1].group(0).lower() != "least":
            break  # "40 member groups responded": a verb after the noun (not "least developed countries")
        if len(words) >= 2 and len(lower) > 5 and lower.endswith("ing") and lower not in _ING_NOUNS:
            break  # "a 1,400-kilometre cable segment linking three islands": a participle after the noun
        if (
            lower in ("and", "or", "to", "from", "with", "across", "into", "than")
            and index + 1 < len(found)
            and (_starts_a_number(found[index + 1].group(0)) or is_currency_code(found[index + 1].group(0)))
        ):
            # "45 officers and two thirds of them", "212 facilities to four hospitals", "4.1 million
            # users and USD 3 million": another figure
            break
        if words and words[-1].group(0).lower() in _TIME_UNITS:
            break  # "14 years to act": a duration takes no complement
        if lower == "to" and index + 1 < len(found) and found[index + 1].group(0).lower() in _VERBS:
            break  # "member groups to suspend": an infinitive is not part of the unit
        words.append(match)
        if len(words) >= 6:
            break
    while words and words[-1].group(0).lower() in _CONNECT:
        words.pop()
    if not words or words[0].group(0).lower() in _CONNECT:
        return "", end - lead
    unit = re.sub(r"\s+", " ", segment[words[0].start() : words[-1].end()])
    return unit, end + words[-1].end()


_FRAMEWORK_UNIT = re.compile(
    r"(?:WSIS\s+)?(?:action\s+lines?|sub-?lines?|goals?|SDGs?|targets?|sustainable\s+development\s+goals?)\b",
    re.IGNORECASE,
)


def find_figures(
    document: Document, excluded: list[tuple[int, int]], reporting: tuple[str, str] | None = None
) -> list[FigureHit]:
    """Figures of the work in the text's sentences and tables; `reporting` (the period's first and
    last dates) tells which column of a table of years is the period's."""
    text = document.text
    result = []
    # a table of years ("Indicator | 2024 | 2025"): its cells are read by their column below
    year_columns = _year_columns(document)
    year_cells = [span for _year, span, _row in year_columns]
    planned_list = False  # the items of a list a plan introduces: "UPU intends to:\n- extend ..."
    decimal_comma = document.decimal_comma
    for sentence in document.body_sentences():
        is_item = _is_list_item(text, sentence.start)
        planned_list = (planned_list and is_item) or bool(_LIST_INTRO.search(sentence.text))
        dates = [(sentence.start + d.start, sentence.start + d.end) for d in document.dates_in(sentence)]
        world = _cites_the_world(sentence.text)
        numbers = find_numbers(sentence.text, decimal_comma)
        lower_bounds = _range_starts(sentence.text, numbers)
        for index, number in enumerate(numbers):
            start, end = sentence.start + number.start, sentence.start + number.end
            if any(a <= start < b or start <= a < end for a, b in excluded + dates + year_cells):
                continue
            if world:
                continue  # a statistic of the world the text cites, not a figure of the submitter's work
            if index in lower_bounds:
                continue  # read with the range's upper bound, below
            hit = _figure(text, sentence.start, number, start, end)
            earlier = (
                _EARLIER.match(text, end)
                if hit is None and _UP_FROM.search(text, sentence.start, start)
                else None
            )
            previous = (
                [h for h in result if sentence.start <= h.span[0] < start and h.unit != "percent"]
                if earlier
                else []
            )
            if previous and not number.percent:
                # "326 services online, up from 245 a year earlier": the same count, earlier
                when = re.sub(r"\s+", " ", earlier.group("when"))
                hit = FigureHit(
                    number.value, f"{previous[-1].unit} ({when})", number.qualifier, (start, earlier.end())
                )
            if hit is not None and index - 1 in lower_bounds:
                # "by 15 to 20 per cent", "between 40 and 60 per cent", "15 – 20 teachers": two
                # figures of one unit, at least the first and up to the second
                low = numbers[index - 1]
                opened = sentence.start + lower_bounds[index - 1]
                result.append(replace(hit, value=low.value, qualifier="at least", span=(opened, hit.span[1])))
                hit = replace(hit, qualifier="up to", span=(opened, hit.span[1]))
            if hit is not None and _FRAMEWORK_UNIT.match(hit.unit):
                continue  # "the 17 Goals", "eleven action lines", "two sub-lines": the framework's items
            if hit is not None and ((planned_list and is_item) or _PLAN.search(text, sentence.start, start)):
                # a target or a plan ("we aim to train 5,000 young people"), not a fact of the year
                hit = replace(hit, qualifier=" ".join(filter(None, ("planned", hit.qualifier))))
            if hit is not None:
                result.append(hit)
    # a figure inside another's quote restates it: "over half" in "Just over half of the money (54%)"
    result = [
        hit
        for hit in result
        if not any(
            o.span != hit.span and o.span[0] <= hit.span[0] and hit.span[1] <= o.span[1] for o in result
        )
    ]
    return (
        result
        + _table_figures(document, excluded)
        + _period_column_figures(document, year_columns, excluded, reporting)
        + _key_figures(document, excluded, [hit.span for hit in result])
    )


# a label alone before its value on a line: "Number of staff (FTE): 14"
_LABELLED_VALUE = re.compile(
    r"(?:^|\n)[ \t*•-]*(?P<label>[A-Z][^:\n]{2,60}?)[ \t*]*:[ \t*]*(?:about\s+|some\s+)?$"
)
# ... and a form's fields that hold no count: a contact, a place in the form (beside the columns
# that count nothing, `_NOT_COUNTED`)
_FORM_FIELD = re.compile(
    r"^(?:mobile|web)$|\b(?:phone|tel(?:ephone)?|fax|website|e-?mail|post(?:al)?\s*code|zip|address|session|"
    r"section|paragraph|question|item|step|registration|charity)\b",
    re.IGNORECASE,
)
# an earlier value of the count before it: "326 services online, up from 245 a year earlier", "1.2M
# users in 2021, up from 310k a year earlier"
_UP_FROM = re.compile(
    r"\b(?:up|down|rising|falling|increasing|decreasing|compared)\s+(?:from|with)\s+$", re.IGNORECASE
)
_EARLIER = re.compile(
    r"\s+(?P<when>(?:a|one|the\s+previous)\s+(?:year|month|quarter)\s+(?:earlier|before)|in\s+(?:19|20)\d\d)\b"
)


# what joins the two bounds of a range: "15 to 20", "15 – 20", "between 40 and 60"
_RANGE_JOIN = re.compile(r"\s*(?:to|-|–)\s*")
_BETWEEN = re.compile(r"\bbetween\s+$", re.IGNORECASE)


def _range_starts(sentence: str, numbers: list) -> dict[int, int]:
    """The numbers that open a range with the next one, each with where the range's words start
    ("between" included); not a change ("rose from 15 to 20 per cent") nor a bound with a unit of
    its own ("from 9 in 2022 to 23")."""
    found = {}
    for index, (low, high) in enumerate(zip(numbers, numbers[1:], strict=False)):
        gap = sentence[low.end : high.start]
        between = _BETWEEN.search(sentence, 0, low.start)
        if not (_RANGE_JOIN.fullmatch(gap) or (between and re.fullmatch(r"\s+and\s+", gap))):
            continue
        if re.search(r"\bfrom\s+$", sentence[: low.start], re.IGNORECASE) or low.value >= high.value:
            continue
        if low.percent or low.currency or low.from_words != high.from_words:
            continue  # "5% to 20", "USD 2 to 3 million": read apart
        found[index] = between.start() if between else low.start
    return found


def _key_figures(
    document: Document, excluded: list[tuple[int, int]], found: list[tuple[int, int]]
) -> list[FigureHit]:
    """The rows of a table of key figures, each a number and what it counts ("4,812 | members at
    the end of 2025" under "Figure | What it measures"): the number is a figure of the words."""
    text = document.text
    decimal_comma = document.decimal_comma
    result = []
    for row in table_rows(document):
        if len(row.cells) != 2 or any(a <= row.start < b for a, b in excluded):
            continue
        (a, b), (c, d) = row.cells
        words = text[c:d].strip("* ")
        if not re.match(r"[^\W\d_]", words) or any(x <= a < y for x, y in found):
            continue
        hit = _cell_figure(text[a:b], words, row, decimal_comma)
        if hit is not None:
            result.append(hit)
    return result


def _year_columns(document: Document) -> list[tuple[str, tuple[int, int], object]]:
    """(year, cell, row) of the cells of table columns headed by a year alone ("2025")."""
    text = document.text
    cells = []
    for row in table_rows(document):
        for heading, (a, b) in list(zip(row.header, row.cells, strict=False))[1:]:
            year = heading.strip("* ")
            if re.fullmatch(r"(?:19|20)\d\d", year) and text[a:b].strip():
                cells.append((year, (a, b), row))
    return cells


# a country's statistic by year, not the submitter's work: "Individuals using the Internet (per
# cent)", "Mobile-cellular subscriptions per 100 inhabitants"
_NATIONAL_STATISTIC = re.compile(
    r"^(?:individuals|households|population|people)\s+(?:using|with|owning|covered|who)\b|"
    r"\bper\s+100\s+(?:inhabitants|people)\b|\bper\s+capita\b",
    re.IGNORECASE,
)


def _period_column_figures(
    document: Document,
    columns: list[tuple[str, tuple[int, int], object]],
    excluded: list[tuple[int, int]],
    reporting: tuple[str, str] | None,
) -> list[FigureHit]:
    """The numbers of a table of years in the column of the reporting period's year (the last
    column of years when the period is not known), each a figure of its row's label: "Active
    merchants (year end) | 29,600 | 42,000" under "Indicator | 2024 | 2025" is 42,000 active
    merchants; the other years' numbers are the past (or the plan), not the period's work.
    `columns` are the table of years' cells (`_year_columns`)."""
    text = document.text
    decimal_comma = document.decimal_comma
    if reporting:
        wanted = {str(year) for year in range(int(reporting[0][:4]), int(reporting[1][:4]) + 1)}
    else:
        wanted = {max((year for year, _span, _row in columns), default="")}
    found = []
    for year, (a, b), row in columns:
        if year not in wanted or any(x <= row.start < y for x, y in excluded):
            continue
        label = text[row.cells[0][0] : row.cells[0][1]].strip("* ")
        if not re.search(r"[^\W\d_]", label) or _NATIONAL_STATISTIC.search(label):
            continue
        hit = _cell_figure(text[a:b], label, row, decimal_comma)
        if hit is not None:
            found.append(hit)
    return found


_CELL_FIGURE = re.compile(r"(?:(?P<cur>USD|US\$|EUR|€|\$)\s*)?(?P<num>[\d.,\u00a0 ]*\d)\s*(?P<pct>%)?")


# what a row's label says of its numbers in brackets at its end: "(million)", "(US$ million)", "(%)"
_LABEL_MEASURE = re.compile(
    r"\s*\(\s*(?P<cur>US\$|USD|EUR|€|\$|CHF|GBP|£)?\s*(?P<scale>thousands?|millions?|billions?|mn|bn)?\s*"
    r"(?P<pct>%|per\s*cent|percent)?\s*\)\s*$",
    re.IGNORECASE,
)


def _label_measure(words: str) -> tuple[str, float, str | None, bool]:
    """A label without the measure in brackets at its end, and that measure: (words, scale,
    currency, percent); "Budget (US$ million)" is ("Budget", 1,000,000, "US$", False)."""
    measure = _LABEL_MEASURE.search(words)
    if not measure or not measure.group(0).strip("() \t"):
        return words, 1, None, False
    scale = SCALES.get((measure.group("scale") or "").lower().rstrip("s"), 1)
    return words[: measure.start()].rstrip(), scale, measure.group("cur"), bool(measure.group("pct"))


def _cell_figure(cell: str, words: str, row, decimal_comma: bool) -> FigureHit | None:
    """A cell's number ("42,000", "52%", "USD 1.2") as a figure of the words that say what it
    counts, quoted by its row, read in the measure its words give ("Capital investment (US$
    million) | 196" is USD 196,000,000); None when the cell holds more than a number."""
    number = _CELL_FIGURE.fullmatch(cell.strip("* "))
    if number is None:
        return None
    words, scale, measure_currency, measure_percent = _label_measure(words)
    value = parse_digits(number.group("num"), decimal_comma) * scale
    currency = number.group("cur") or measure_currency
    if number.group("pct") or measure_percent:
        unit = f"percent ({words})"
    elif currency:
        unit = f"{CURRENCIES.get(currency.lower(), currency.upper())} ({words})"
    else:
        unit = _as_unit(words)
    return FigureHit(round(value, 6), unit, None, (row.start, row.end))


# a column whose numbers count nothing: a year, a rank, a code, a share, a plan's target
_NOT_COUNTED = re.compile(
    r"^(?:no\.?|nr\.?|#|s/n)$|\b(?:years?|dates?|period|rank|code|id|ref(?:erence)?|percent(?:age)?|share|rate|ratio|"
    r"score|phone|tel|page|version|level|grade|targets?|goals?|sdgs?|indicators?|baseline|change|growth)\b|%",
    re.IGNORECASE,
)
_CELL_NUMBER = re.compile(r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?")
_CELL_NUMBER_DECIMAL_COMMA = re.compile(r"\d{1,3}(?:\.\d{3})+|\d+(?:,\d+)?")


def _table_figures(document: Document, excluded: list[tuple[int, int]]) -> list[FigureHit]:
    """The counts in a table's cells ("Fiji | 12 | 318" under "Country | Courses | Participants"):
    each a figure of its column's heading, for the row its first cell names ("participants (Fiji)"),
    with the row as its quote. Columns of years, ranks, codes, shares and targets count nothing."""
    text = document.text
    decimal_comma = document.decimal_comma
    cell_number = _CELL_NUMBER_DECIMAL_COMMA if decimal_comma else _CELL_NUMBER
    found = []
    for row in table_rows(document):
        if any(a <= row.start < b for a, b in excluded):
            continue
        label = next(
            (
                text[a:b].strip("* ")
                for a, b in row.cells
                if text[a:b].strip("* ")
                and not cell_number.fullmatch(text[a:b].strip("* "))
                and not _only_a_date(text[a:b])
            ),
            "",
        )
        for heading, (a, b) in list(zip(row.header, row.cells, strict=False))[1:]:
            cell = text[a:b].strip("* ")
            name = heading.strip("* ")
            # a number with its scale: "5.6 million" under "Budget (USD)"
            scaled = re.fullmatch(r"(?P<num>\d[\d.,]*)\s*(?P<scale>million|billion|thousand|mn|bn)", cell)
            cell_scale = SCALES[scaled.group("scale")] if scaled else 1
            cell = scaled.group("num") if scaled else cell
            if (
                not cell_number.fullmatch(cell)
                or not re.search(r"[^\W\d_]", name)
                or _NOT_COUNTED.search(name)
            ):
                continue  # a heading with no word (a row of numbers taken for the header) names nothing
            if re.fullmatch(r"(?:19|20)\d\d", cell):
                continue  # a year in a column not headed as one
            # "Participants" -> "participants"; an acronym keeps its case ("USD"); a heading's
            # measure reads the cell: "Amount (USD)" over "2,450,000", "Budget (EUR million)" over "1.2"
            words, scale, currency, _percent = _label_measure(name)
            if currency:
                words = CURRENCIES.get(currency.lower(), currency.upper())
            unit = _as_unit(words) + (f" ({label})" if label else "")
            value = round(parse_digits(cell, decimal_comma) * scale * cell_scale, 6)
            found.append(FigureHit(value, unit, None, (row.start, row.end)))
    return found


def _as_unit(label: str) -> str:
    """A heading or label as a figure's unit: "Participants" -> "participants"; a first word with
    a capital inside keeps its case ("USD", "PhD theses")."""
    first = label.split(maxsplit=1)[0] if label.strip() else ""
    return label if re.search(r"[A-Z]", first[1:]) else label[:1].lower() + label[1:]


_BRACKETED_LABEL = re.compile(r"[\s*•-]*(?P<label>[^\W\d_][^()\d\n]{0,58}?)\s*\(\s*")
_NOT_A_LABEL = frozenset(
    (
        "was",
        "were",
        "is",
        "are",
        "up",
        "down",
        "from",
        "baseline",
        "previously",
        "formerly",
        "target",
        "goal",
        "aim",
    )
)


# a count brought to a number: "bringing the number of participating countries to 23", "brought the
# number of national CERTs in member States to 5"
_NUMBER_OF = re.compile(
    r"\bthe\s+(?:total\s+)?number\s+of\s+(?P<unit>[^,;()\n]{2,60}?)"
    r"(?:\s+(?:in|across|among|within|of)\s+[^,;()\n]{2,40}?)?\s+to\s+(?:about\s+|some\s+)?$"
)
# What a number in words counts when the text counts its own points ("Three trends", "Two
# obstacles stood out", "three results stand out"), and a span of time in words or in years;
# a duration that was measured is a figure ("fell to three days", "an average of two weeks")
_COUNTS_THE_TEXT = re.compile(
    r"\s+(?:(?:key|main|major|broad|notable|important|further|other)\s+)?(?:trends?|obstacles?|things?|"
    r"lessons?|priorities|pillars?|streams?|strands?|tracks?|challenges?|themes?|reasons?|observations?|tendencies|"
    r"messages?|takeaways?|results?\s+(?:stand|stood))\b",
    re.IGNORECASE,
)
_DURATION = re.compile(r"[\s-]+(?:decades?|years?|months?|weeks?|days?)\b(?!\s+old)", re.IGNORECASE)
_MEASURED = re.compile(
    r"\b(?:fell|dropped|declined|decreased|cut|reduced|down|shortened|rose|increased|grew|up|average|"
    r"median|mean|took|takes|now)\s+(?:(?:to|from|of|by|only|just)\s+)*(?:an?\s+)?(?:average\s+of\s+)?$",
    re.IGNORECASE,
)

# what follows a number that opens a programme's name: capitalised words up to the name's head,
# and then no noun the number could count ("the 1000 Digital Villages Initiative, which")
_NAMED_WITH_NUMBER = re.compile(
    r"\s+(?:[A-Z][\w'’-]*\s+){1,4}(?:Initiative|Programme|Program|Project|Campaign|Strategy|Plan|Platform|Fund|"
    r"Challenge|Agenda|Partnership|Alliance)(?=\s*(?:[,.;:()]|$)|\s+(?:[a-z]{2,}ed|which|that|was|is|has|had|and|in|to|for|"
    r"with|by|of|at|on)\b)"
)


def _figure(text: str, sentence_start: int, number: NumberSpan, start: int, end: int) -> FigureHit | None:
    raw = text[start:end]
    before = text[max(0, start - 30) : start]
    after = text[end : end + 30]
    # list and footnote numbers, numbers inside names and codes
    at_line_start = re.search(r"(?:^|\n)\s*$", text[max(0, start - 5) : start]) is not None
    if at_line_start and re.match(r"^[.)]\s", after):
        return None
    if at_line_start and re.match(r"\s+[A-Z]{1,6}/[A-Z0-9]", after) and number.value < 100:
        return None  # a footnote's number before the document it cites: "7 A/RES/70/125, para. 111."
    if re.search(r"\.{4,}\s*\d{1,3}\s+$", before):
        return None  # a table of contents' next entry, after the page number of the one before
    if (
        at_line_start
        and re.match(r"\.?[ \t]+[A-Z][A-Z ,:&'’-]{3,}[ \t]*(?:\n|$)", after)
        and number.value < 100
    ):
        return None  # a heading's number before its words in capitals: "2  PART ONE: EXECUTIVE SUMMARY"
    if re.search(r"--[\w-]+[ =]$", before):
        return None  # a command's option: "jamii init --workers 4"
    if (
        at_line_start
        and re.fullmatch(r"\d{1,2}\.\d{1,2}", raw)
        and re.match(r"^\s+[A-Za-z]", after)
        and not re.match(r"^\s+(?:million|billion|thousand|per\b|percent)", after)
    ):
        return None  # a section's number: "2.5 ICT applications (C7)", "8.1 e-business. The sandbox ..."
    if re.fullmatch(r"(?:19|20)\d\d\.\d{1,2}", raw) and re.match(r"\s+[A-Z]", after) and not number.percent:
        return None  # a year with a note's mark glued to it: "48 per cent in 2020.4 Far fewer"
    if re.search(r"\bevery\s+$", before, re.IGNORECASE):
        return None  # how often, not how many: "reports every six months"
    if re.search(r"\bper\s+$", before, re.IGNORECASE) and number.value in (10, 100, 1000, 10000, 100000):
        return None  # a rate's base: "subscriptions per 100 inhabitants"
    counted = None if number.currency or number.percent else _NUMBER_OF.search(text, sentence_start, start)
    if counted and not re.match(r"\s+[a-z]", after):  # "bringing the number of participating countries to 23"
        return FigureHit(number.value, counted.group("unit"), number.qualifier, (counted.start(), end))
    if (
        re.match(r"^\s*(?:st|nd|rd|th)\b", after)
        or re.match(r"^\s*[.)]\s*[A-Z]", after)
        and number.value < 30
        and not number.from_words
        and not number.percent  # (a share ends its sentence: "by 15 to 20 per cent. We ...")
        and not number.currency
    ):
        return None
    # a form's or a box's labelled value alone on its line: "Number of staff (FTE): 14", "Grants
    # approved: 47" (not a telephone, a year or a reference)
    labelled = _LABELLED_VALUE.search(text, max(0, start - 80), start)
    if labelled and re.match(r"[ \t]*(?:\n|$)", text[end : end + 5]) and not number.from_words:
        label = re.sub(
            r"^(?:number|no\.|total\s+number|count)\s+of\s+", "", labelled.group("label"), flags=re.I
        )
        # "Budget (USD million): 12" is USD 12,000,000; "Women (%): 61" a share
        label, scale, measure_currency, measure_percent = _label_measure(label)
        currency = number.currency or measure_currency
        percent = number.percent or measure_percent
        if currency or percent or not (_NOT_COUNTED.search(label) or _FORM_FIELD.search(label)):
            currency = currency and CURRENCIES.get(currency.lower(), currency.upper())
            unit = currency or ("percent" if percent else _as_unit(label))
            value = round(number.value * scale, 6)
            return FigureHit(value, unit, number.qualifier, (labelled.start("label"), end))
        return None
    # a count given as a sample's size after its label: "Trained teachers (n=312)"
    window = max(0, start - 80)
    sized = re.search(r"(?P<label>[A-Za-z][\w'’ -]{1,60}?)\s*\(\s*n\s*=\s*$", text[window:start])
    closing = re.match(r"\s*\)", after)
    if sized and closing and not number.currency:
        label = sized.group("label").strip()
        unit = _as_unit(label)
        return FigureHit(number.value, unit, None, (window + sized.start("label"), end + closing.end()))
    # a share or an amount in brackets after the label that opens its sentence: "Female share
    # (61%).", "Budget (EUR 140,000)."; not a baseline or a target ("Was (41%) at baseline")
    if (number.percent or number.currency) and closing:
        opened = _BRACKETED_LABEL.fullmatch(text, sentence_start, start)
        if opened and opened.group("label").split()[0].lower() not in _NOT_A_LABEL:
            unit = "percent" if number.percent else number.currency
            return FigureHit(number.value, unit, None, (opened.start("label"), end + closing.end()))
    if re.search(r"[\[(]\s*$", before) and re.match(r"^\s*[\])]", after):
        return None
    if re.match(rf"^\s+{MONTH_NAMES}\b", after) and number.value <= 31 and not number.currency:
        return None  # a day without its year: "In the week of 9–13 September"
    if (
        re.match(
            r"^,?\s+(?:rue|avenue|av\.|boulevard|bd|chemin|place|calle|carrera|avenida|rua|street|st\.|road|rd\.|lane|"
            r"drive|floor)\b",
            after,
            re.IGNORECASE,
        )
        and not number.currency
    ):
        return None  # an address: "12 rue de la Gare", "4th Floor"
    same_line = before.rsplit("\n", 1)[-1]
    if (
        re.search(r"\b(?:[A-Z][a-z]+|[A-Z]{2,}|[A-Z][a-z]+[A-Z]\w*)\s+(?:No\.?\s*)?$", same_line)
        and not number.from_words
        and not number.currency
        and not re.search(
            r"\b(?:In|By|Since|Over|About|Some|Around|Nearly|Almost|Roughly|Approximately|Just|Exactly|Fully|Than|"
            r"Of|To|And|With|From|For|At|Only|All|Today|Now|The|Our|Its|Their|These|Those|Another|Every|"
            # (an adverb opening the sentence: "Later 300 schools joined")
            r"Then|Later|Overall|Altogether|Currently|Already|Meanwhile|Subsequently|Additionally|Moreover|"
            r"Furthermore|Also|Together|Annually|Each|Initially|Eventually|Recently|Finally|Ultimately|Thus|"
            r"Hence|Presently|Collectively|Combined|Cumulatively|Under|Below|Above|Up|Total|Totally)\s+$",
            before,
        )
        # (a month before a count no day can be: "By December 1,150 farmers were receiving alerts")
        and not (
            re.search(rf"\b{MONTH_NAMES}\s+$", before)
            and (number.value > 31 or "," in raw)
            and not re.match(r"(?:19|20)\d\d", raw)  # (not a year glued to the next number)
        )
    ):
        return None  # "General Comment 25", "Goal 4", "Article 19", "Windows 10", "HealthLine 939"
    if _NAMED_WITH_NUMBER.match(text, end, end + 120) and re.search(
        r"(?:\b(?:the|its|our|their)|\w['’]s)\s+$", before, re.IGNORECASE
    ):
        return None  # a programme's name: "the 1000 Digital Villages Initiative, which", "FAO's 1000 ..."
    if re.search(r"\b[A-Z][a-z]+s\s+\d{1,3}\s*(?:,|and|or|&)\s*$", same_line) and not number.from_words:
        return None  # the 4 of "Pillars 2 and 4": a second label's number
    if re.search(
        r"\b(?:SDGs?|Goals?|Targets?|Indicators?|Action\s+Lines?|session|resolution|paragraph|para\.?|"
        r"section|page|pages|chapter|annex|article|clause|schedule|order|version|phase|level|grade|table|figure|box|"
        r"cohort|wave|batch|grades|"
        r"edition|tranche|intake)\s*$",
        # (also a range's upper bound: "Grades 7–9")
        re.sub(r"\s*\d{1,3}\s*[–-]\s*$", " ", before.rsplit("\n", 1)[-1]),
        re.IGNORECASE,
    ):
        return None
    if number.from_words:
        if (_NUM_WORD_ONLY_BEFORE_NOUN.match(after) and not _SHARE_OF_A_SET.match(text, end)) or not re.match(
            r"^\s+[A-Za-z]", after
        ):
            return None
        if re.search(r"\b(?:Part|part|Phase|Session|Chapter)\s*$", before):
            return None
        if re.match(r"^[\s-]+[A-Z][a-z]", after) and text[start:end][:1].isupper():
            return None  # a name's number: "the Ten Year Pacific Statistics Strategy"
        if _COUNTS_THE_TEXT.match(after):
            return None  # the text counting its own points: "Three trends shaped the year"
        if (
            number.value == 2
            and re.search(r"\bour\s+$", before, re.IGNORECASE)
            and re.match(r"\s+(?:organi[sz]ations|institutions|bodies|agencies|networks|teams)\b", after)
        ):
            return None  # the two writers of a joint submission: "Our two institutions work together"
        if _DURATION.match(after) and not _MEASURED.search(before):
            return None  # how long, not how much: "over six months", "a twelve months' course"
        if text[start:end].lower() == "one" and not re.match(
            r"^\s+(?:\w+\s+)?(?:countr|organi|year|person|"
            r"million|billion|thousand|region|member)",
            after,
        ):
            return None
    if not number.currency and not number.percent and re.fullmatch(r"(?:19|20)\d\d", raw):
        return None  # a year
    if (
        at_line_start
        and number.value < 100
        and re.search(r"\(\s*[A-Z][\w .-]*,\s*(?:19|20)\d\d\s*\)", text[end : end + 200].split("\n", 1)[0])
    ):
        return None  # a footnote: "1 ITU, Measuring digital development (Geneva, 2023)"
    if re.match(r"^\s*(?:–|-)\s*\d", after) and re.search(r"\(\s*$", before):
        return None  # "(1–2 pages)"
    if re.match(r"^\s*(?:words|characters|pages|[KM]B)\b", after) and re.search(
        r"\b(?:up\s+to|max(?:imum|\.)?|no\s+more\s+than|not\s+(?:more\s+than|to\s+exceed)|limit(?:ed)?\s+(?:of|to))\s*$",
        before,
        re.IGNORECASE,
    ):
        return None  # a form's limit on its answer: "(up to 500 words)", "(max. 5,000 characters)"
    if re.match(r"^\s+(?:years?|months?|weeks?|days?|hours?)\b", after) and re.search(
        r"\b(?:within|after)\s+$", before, re.IGNORECASE
    ):
        return None  # a duration: "within six months of completion"
    if re.match(r"^\s+years?\b(?!\s+old)", after) and re.search(
        r"\b(?:over|more\s+than|for|past|last|nearly|almost|some)\s+$", before, re.IGNORECASE
    ):
        return None  # a body's history, not its year's work: "for more than 15 years"
    if number.percent:
        unit = "percent"
        unit_end = end
    elif number.currency:
        unit = number.currency
        unit_end = end
    else:
        unit, unit_end = _unit_after(text, end)
        if not unit and re.search(r"\bpopulation\s+of\s+(?:[a-z]+\s+)?$", text[max(0, start - 40) : start]):
            unit, unit_end = "inhabitants", end  # "a population of approximately 112,000"
        if not unit:
            return None
        if re.match(r"^(?:years?\s+old|times)$", unit) is None and unit.lower() in {"and", "the"}:
            return None
        if re.match(r"an?\s+(?:year|month|week|day)\b", unit):
            return None  # a count of nothing named: "up from 310k a year earlier"
    if re.match(r"[kMG]?Hz\b", unit) and re.match(
        r"\s*[kMG]?Hz(?:\s+and\s+[\d.]+\s*[kMG]?Hz)?(?:\s+spectrum)?\s+bands?\b", text[end:]
    ):
        return None  # a spectrum band's name: "the 3.5 GHz band", "the 700 MHz and 3.5 GHz bands"
    span_start = sentence_start + number.qualifier_start if number.qualifier else start
    return FigureHit(number.value, unit, number.qualifier, (span_start, max(unit_end, end)))
