"""Whose claim a stated SDG reference is. A reference the text names for someone else (partners,
grantees, donors, research, the world at large), for a closed past or a future only, or that a later
sentence takes back or denies, is the submitter's denial rather than its statement: these rules turn
such stated references into denied ones, and quote beside each the words that set it apart."""

from __future__ import annotations

import re
from dataclasses import replace

from wsislens.sdg.sentences import (
    BLANK_LINE,
    SENTENCE,
    next_sentence,
    paragraphs_around,
    quoted,
    start_of_sentence,
)
from wsislens.sdg.types import SdgEvidence, SdgMatch

# What was weighed and left out: "considered but excluded", "considered and not retained"
CONSIDERED_AND_LEFT = (
    r"considered\s+(?:but|and)\s+(?:excluded|rejected|dropped|not\s+(?:retained|selected|included))"
)
# What was stopped: a goal, a link, a component ("dropped in 2023", "now discontinued")
DISCONTINUED = r"(?:dropped|discontinued|withdrawn|abandoned)"

# How a sentence denies what it names before ("Target 9.c ... is no longer addressed", "... falls to the
# Ministry", "The SDG 14 alignment belongs to the co-funder")
DENYING = (
    # (after a word between: "SDG 5 is therefore not claimed in this submission")
    r"(?:(?:is|are|was|were|remains?|has\s+been|have\s+been)\s+(?:(?:therefore|thus|hence|also|still|so)\s+)?"
    r"(?:(?:no\s+longer|not|never)\s+"
    r"(?:\w+ly\s+|yet\s+)?(?:addressed|covered|targeted|served|included|pursued|supported|reported|repeated|tracked|material|"
    r"claimed|assessed|examined|measured|relevant|applicable|part\b|a\s+(?:focus|priority)|among|in\s+scope|"
    # ("While SDG 13 is important, it is not our focus")
    r"(?:our|its|their)\s+(?:focus|priority|concern|mandate)|"
    r"within|something)|outside|beyond)|falls?\s+to\s+(?:the|other|another|our|its|their)|lies\s+(?:outside|beyond)|"
    # ("The SDG 14 alignment belongs to the co-funder")
    r"belongs?\s+to\s+(?:the|a|an|its|their)\s+(?:co-?funders?|funders?|donors?|partners?|members?|grantees?|co-?financiers?)|"
    # ("SDG 13 is irrelevant here", "is out of our scope", "is of no relevance to this work", "is hardly
    # relevant", "is the responsibility of the Ministry of Environment", "is for others to report", "is
    # addressed by other agencies", "is left to the Ministry")
    r"(?:is|are|was|were|remains?)\s+(?:irrelevant|out\s+of\s+(?:the\s+|our\s+|its\s+|their\s+)?scope|"
    r"of\s+no\s+(?:relevance|concern|bearing)|hardly\s+relevant|only\s+(?:marginally|tangentially)\s+(?:relevant|related)|"
    r"for\s+others\s+to\s+(?:report|address|cover|claim)|"
    r"addressed\s+by\s+other\s+(?:agencies|ministries|bodies|organi[sz]ations|partners|actors|institutions|departments|entities)|"
    r"left\s+to\s+(?:other|another|the\s+(?-i:[A-Z])\w*)|"
    # ("SDG 9 (target 9.c) is reported by the Ministry of Digital Economy")
    r"reported\s+(?:separately\s+by\s+(?:other|another|the\s+(?-i:[A-Z])\w*)|by\s+(?:other|another)\b))|"
    # ("Goal 9 (indicator 9.c.1) is compiled by the Telecommunications Regulatory Authority, not by the Institute")
    r"(?:is|are)\s+(?:compiled|produced|collected|reported|measured|tracked)\s+by\s+[^.;!?]{1,80}?,\s+not\s+by\s+"
    r"(?:the|us|our|its|this)\b|"
    # (now, not once: "SDG 3 funding was the responsibility of the Ministry until our project took it over")
    r"(?:is|are|remains?)\s+(?:the\s+)?responsibility\s+of\s+(?:other|another|the\s+(?-i:[A-Z])\w*)|"
    # ("SDG 13 has nothing to do with our work", "has no bearing on", "lies with the Ministry")
    r"(?:has|have|had)\s+(?:no\s+(?:relevance|bearing|link|connection)|nothing\s+to\s+do\s+with)|"
    r"lies\s+with\s+(?:other|another|the\s+(?-i:[A-Z])\w*)|"
    # ("SDG 13 was deliberately left aside")
    r"(?:is|are|was|were|has\s+been|have\s+been)\s+(?:\w+ly\s+)?left\s+aside|"
    # ("SDG 13 was originally in scope but was dropped in 2023"; not "..., whose paper exams were
    # discontinued")
    r"but\s+(?:was|were|has\s+been|have\s+been)\s+(?:since\s+|later\s+)?(?:" + DISCONTINUED + r"|removed)|"
    # ("SDG 13 is mentioned here only for completeness", "is cited for reference only", "is listed here only
    # as context", "is purely illustrative")
    r"(?:is|are|was|were)\s+(?:mentioned|cited|listed|named|noted|included|given)\s+(?:here\s+)?(?:only\s+|solely\s+|purely\s+)?"
    r"(?:for\s+(?:completeness|reference|information|context|illustration)|as\s+(?:context|background|an?\s+(?:example|illustration)))|"
    r"(?:is|are|was|were)\s+(?:purely|merely|only)\s+illustrative)\b"
)
# ... and right after a reference only, where the words could have another subject further on ("SDG 13
# was listed in error", "was wrongly attributed to us", "could not be assessed", "should not have been
# listed"; not "SDG 4 guides the programme, whose learning outcomes could not be assessed")
DENYING_RIGHT_AFTER = (
    # ("SDG 14 (Life below water) and SDG 15 (Life on land) were assessed as not material")
    r"(?:(?:is|are|was|were|has\s+been|have\s+been)\s+(?:assessed|considered|judged|deemed|rated)\s+(?:as\s+)?not\s+"
    r"(?:material|relevant|applicable)|"
    # ("Goal 5 (indicator 5.b.1) was considered but excluded: ...")
    r"(?:was|were|has\s+been|have\s+been)\s+(?:also\s+)?" + CONSIDERED_AND_LEFT + r"|"
    r"(?:was|were|has\s+been|have\s+been)\s+(?:listed|included|cited|named|tagged|attributed|linked|mapped)\s+"
    r"(?:\w+\s+){0,3}?(?:in\s+error|by\s+mistake|wrongly|erroneously|mistakenly|incorrectly)|"
    r"(?:was|were|has\s+been|have\s+been)\s+(?:wrongly|mistakenly|erroneously|incorrectly)\s+"
    r"(?:attributed|listed|included|tagged|assigned|linked|mapped)|"
    r"(?:could|can)(?:\s+not|not|n't)\s+be\s+(?:assessed|measured|claimed|attributed)|"
    # ("its contribution to SDG 14 will be assessed once the project is approved")
    r"will\s+(?:only\s+)?be\s+(?:assessed|determined|considered|reported)\s+(?:once|when|after|if)\b|"
    r"should\s+not\s+have\s+been\s+(?:listed|included|cited|named|claimed|tagged)|"
    # ("SDG 13 is left unticked: ...")
    r"(?:is|are|was|were|has\s+been|have\s+been)\s+(?:left\s+)?(?:unticked|unchecked|not\s+ticked|not\s+checked|left\s+blank)|"
    # ("The task 16.10 (access to information) is planned to be included in the programme for 2026-2030")
    r"(?:is|are)\s+planned\s+(?:to\s+be\s+(?:included|added|introduced|covered|addressed|taken\s+up)|"
    r"for\s+(?:later|the\s+next|future|20\d\d))|"
    # ("SDG 13 will be reconsidered if funding is secured")
    r"will\s+be\s+re(?:considered|visited|examined|assessed)|(?:is|are)\s+to\s+be\s+re(?:considered|visited))\b"
)

# A sentence that speaks of a goal itself, or of the world, names it as background: "SDG 9 asks
# governments to ... (target 9.c)", "According to the Sustainable Development Goals Report 2024, the
# world is off track on SDG 6"
BACKGROUND = re.compile(
    # ("the 2030 Agenda includes target 10.c", "Progress on SDG 13 has been particularly weak", "places the
    # region far from achieving SDG 8", "Migration more broadly is addressed in target 10.7")
    r"\bAgenda[^\S\n]+(?:includes|contains|sets[^\S\n]+out|comprises)\b|"
    r"\bprogress[^\S\n]+(?:on|towards)[^\S\n]+(?:SDG|Goal|target)[^\S\n]?\d{1,2}(?:\.[\da-c]{1,2})?[^\S\n]+(?:has[^\S\n]+been|is|was|"
    r"remains?)[^\S\n]+(?:\w+[^\S\n]+)?(?:weak|slow|uneven|insufficient|lagging|mixed|limited)\b|"
    r"\bfar[^\S\n]+from[^\S\n]+(?:achieving|meeting|reaching)[^\S\n]+(?:SDG|Goal|target)\b|"
    r"\b(?:is|are)[^\S\n]+(?:addressed|covered)[^\S\n]+(?:in|by|(?:mainly|chiefly|largely|mostly|primarily)[^\S\n]+"
    r"(?:in|by|through))[^\S\n]+(?:SDG[^\S\n]+)?(?:target|goal)[^\S\n]?\d|"
    r"\b(?:SDG|Goal)[^\S\n]?\d{1,2}[^\S\n]+(?:asks|calls\s+(?:on|upon|for)|urges|requires|commits)[^\S\n]+"
    r"(?:all[^\S\n]+)?(?:governments|states|countries|member\s+states|nations|the\s+international\s+community)\b|"
    # (a goal or target its clause's subject: "and target 9.c set out to significantly increase access
    # to ICT", "The connectivity commitment in target 9.c, which called for ..., was missed"; not "Affordable
    # access is the heart of SDG target 9.c, which called for ...")
    r"(?:^|[,;]|\band\b)[^\S\n]*(?:(?!(?:is|are|was|were|of|to|under|with|for|on)\b)[\w'’-]+[^\S\n]+){0,4}?"
    r"(?:SDG[^\S\n]+)?(?:SDG|Goal|target)[^\S\n]?\d{1,2}(?:\.[\da-c]{1,2})?(?:,[^\S\n]+which)?[^\S\n]+"
    r"(?:set\s+out\s+to|called\s+for|aimed\s+to|sought\s+to|was\s+missed)\b|"
    r"\b(?:the\s+world|the\s+globe|most\s+countries|the\s+region)\s+(?:is|are|was|were|remains?)\s+"
    r"(?:(?:off|not\s+on|on|far\s+from)\s+(?:track|target)|behind)\b|"
    # ("According to the most recent global progress reports, ... the gap is particularly wide for SDG 1",
    # "the global evaluations indicate that the majority of the targets are not on trajectory, notably
    # those of SDG 13", "It is named explicitly in several targets, among them target 1.4 ...")
    r"\baccording\s+to\s+(?:the\s+)?(?:(?:most\s+)?(?:recent|latest)\s+)?(?:global|worldwide|international|UN|United\s+Nations)\s+"
    r"(?:progress\s+)?(?:reports?|evaluations?|assessments?|surveys?|data)\b|"
    r"\b(?:global|worldwide|international)\s+(?:progress\s+)?(?:reports?|evaluations?|assessments?|surveys?)\s+"
    r"(?:indicate|show|suggest|find|found|confirm|note)s?\b|"
    r"\b(?:is|are)\s+(?:named|mentioned|referred\s+to|cited)\s+(?:explicitly\s+)?in\s+(?:several|many|various|some|a\s+number\s+of)\s+"
    r"(?:targets|goals|SDGs)\b|"
    # ("The Sustainable Development Goals Report 2024 notes that investment ... under SDG 9 has slowed",
    # "Regional reviews by ESCAP have found Asia and the Pacific off track on most goals, notably SDG 13")
    r"\b(?:(?:Sustainable\s+Development\s+Goals|SDGs?|Global\s+Sustainable\s+Development)\s+Report(?:\s+\d{4})?"
    r"(?:\s+of\s+the\s+Secretary-General)?|"
    r"(?<!['’]s\s)(?<!our\s)(?<!its\s)(?:regional|global|UN)\s+(?:progress\s+)?(?:reviews?|reports?|assessments?)(?:\s+by\s+(?-i:[A-Z])[\w-]+)?)\s+(?:has\s+|have\s+)?"
    r"(?:notes?|noted|finds?|found|shows?|showed|warns?|warned|indicates?|indicated|highlights?|highlighted)\b|"
    r"\b(?:off|not\s+on)\s+track\s+(?:on|for|towards?)\s+(?:most|many|several|all|the\s+majority\s+of)\b",
    re.IGNORECASE,
)
# Goals that a passage gives to others, or to the world at large, and sets apart from the
# submitter's own: "Our grantees work on SDGs 3, 4 and 6; the Foundation's own contribution is to SDG
# 17", "Our partner AquaLink Trust reports its sensor work under SDG 6. Our role in the consortium is
# limited to ...", "The Commission's annual report ... noting progress on SDG 7 and SDG 13 worldwide.
# The Commission's own activities fall under SDG 9". Without such a contrast, what a network says its
# members do is its own ("Our members work on SDGs 3 and 4").
_OWN_PART = re.compile(
    r"\b(?:own\s+(?:contribution|role|work|activities|focus|programmes?|projects?|reporting|results|commitments|"
    r"results\s+framework)|itself|"
    r"by\s+contrast|in\s+contrast|for\s+(?:our|its|their)\s+part|(?:our|its|(?-i:[A-Z])\w+['’]s)\s+role|"
    r"we\s+(?:only\s+)?report\s+(?:against|under|on))\b",
    re.IGNORECASE,
)
_OTHERS = re.compile(
    r"\s*(?:\d+(?:\.\d+)*\.?[^\S\n]+)?(?:[A-Z][\w ]{0,20}:\s*)?(?:(?:our|the|its|their|some|other|several|many|most|one)\s+)?"
    r"(?:(?!(?:with|for|to|by|and|from|among|of|through|alongside|unlike)\b)[\w'’-]+\s+){0,2}?"
    r"(?:partners?|members?|grantees?|donors?|donor['’]s|funders?|funder['’]s|sponsors?|"
    r"implementing\s+(?:partners?|NGOs?|agenc(?:y|ies)|organi[sz]ations?)|(?:Voluntary\s+National|national\s+voluntary)\s+Review|VNR|"
    r"(?:funding|donor|development|bilateral)\s+agenc(?:y|ies)(?:['’]s)?|(?:2030\s+)?Agenda|"
    r"Sustainable\s+Development\s+Goals\s+Report|"
    r"research|stud(?:y|ies)|literature)\b",
    re.IGNORECASE,
)
# (or to a closed past: "Until 2019 the Authority reported ... against SDG 1. Since the 2020 reform,
# the same subsidies are reported under SDG 9 only", "From 2018 to 2020 the Fund financed school
# connectivity under SDG 4; that window has closed")
_CLOSED_PAST = re.compile(
    r"\s*(?:(?:until|till|up\s+to|before|from\s+\d{4}\s+(?:to|until|till|through)|between\s+\d{4}\s+and|in\s+the\s+past)\s+\d{4}\b|"
    # ("The previous Plan of Action (2016-2020) ... was aligned with SDG 2")
    r"(?:the\s+|our\s+)?(?:previous|former|earlier)\s+(?:[\w-]+\s+){1,4}?\(?\d{4}\s*[-–]\s*\d{2,4}\)?)",
    re.IGNORECASE,
)
_NOW_ONLY = re.compile(
    r"\b(?:no\s+longer|has\s+(?:since\s+)?(?:closed|ended)|have\s+(?:since\s+)?(?:closed|ended)|exclusively|only|instead|"
    r"at\s+present|(?:has|have)\s+been\s+(?:transferred|shifted|moved|replaced))\b",
    re.IGNORECASE,
)
# (or to a future that what is done for now sets apart: "In the next funding cycle the Foundation may
# open a window for projects under SDG 14; for now, grants are restricted to SDG 4 and SDG 9")
_FUTURE = re.compile(
    r"\b(?:may|might|could|would|will|plans?\s+to|intends?\s+to)\b(?:[^.;!?\n]|\.(?=\w)){0,80}?"
    r"\b(?:next|future|coming|later|second\s+phase)\b|\b(?:in\s+the\s+next|in\s+(?:the\s+)?future|next\s+year)\b"
    r"(?:[^.;!?\n]|\.(?=\w)){0,80}?\b(?:may|might|could|would|will)\b",
    re.IGNORECASE,
)
_FOR_NOW = re.compile(
    r"\b(?:for\s+now|for\s+the\s+time\s+being|at\s+present|currently|so\s+far|to\s+date)\b(?:[^.;!?\n]|\.(?=\w))*?"
    r"\b(?:only|restricted\s+to|limited\s+to|confined\s+to|exclusively)\b",
    re.IGNORECASE,
)
_WORLD_AT_LARGE = re.compile(
    r"\b(?:worldwide|globally|global\s+(?:trends|progress)|around\s+the\s+world|"
    r"since\s+the\s+adoption\s+of\s+the\s+2030\s+Agenda)\b",
    re.IGNORECASE,
)
# (an own clause that takes the others' work as its own is no contrast: "these results form part of
# the Fund's own programme reporting")
_ADOPTED = re.compile(
    r"\b(?:these|those|their|such)\s+(?:\w+\s+){0,2}?(?:form|forms|are|count|counts)\s+(?:as\s+)?(?:part\s+of|towards)\b",
    re.IGNORECASE,
)
_CLAUSE = re.compile(r"(?:[^.!?;\n]|\.(?=\w))+")
_WE = re.compile(r"\b(?:we|us)\b", re.IGNORECASE)
FIRST_PERSON = re.compile(r"\b(?i:we|our|us)\b|\bI\b")


def set_apart(text: str, matches: list[SdgMatch]) -> list[SdgMatch]:
    """`matches`, with the references that a paragraph gives to others or to the world at large (see
    `_OWN_PART`), or to a closed past (`_CLOSED_PAST`), denied, and quoted beside the clause that
    sets them apart."""
    stated = [m.evidence[0].start for m in matches if m.basis == "stated"]
    if not stated:
        return matches
    apart: dict[tuple[int, int], re.Match] = {}  # (a clause set apart: the clause that sets it apart)
    for paragraph in set(paragraphs_around(text, stated)):
        if not (
            _OWN_PART.search(text, paragraph[0], paragraph[1] + 300)
            or _WORLD_AT_LARGE.search(text, *paragraph)
            or _CLOSED_PAST.search(text, *paragraph)
            or _FOR_NOW.search(text, *paragraph)
        ):
            continue
        clauses = list(_CLAUSE.finditer(text, *paragraph))
        following = BLANK_LINE.match(text, paragraph[1])
        further = list(_CLAUSE.finditer(text, following.end(), following.end() + 300)) if following else []
        own = [
            c
            for c in clauses + further[:2]
            if _OWN_PART.search(c.group(0)) and not _ADOPTED.search(c.group(0))
        ]
        for clause in clauses:
            words = clause.group(0)
            others = (_OTHERS.match(words) and not _WE.search(words)) or _quoted_speaker(text, clause)
            world = _WORLD_AT_LARGE.search(words) and not FIRST_PERSON.search(words)
            contrast = [c for c in own if c is not clause] if clause not in own else []
            if world and not contrast:
                contrast = [
                    c
                    for c in clauses + further[:1]
                    if c is not clause
                    and re.search(r"\bhowever\b|\bagainst\s+this\s+(?:backdrop|background)\b", c.group(0))
                ]
            now = [c for c in clauses if c.start() > clause.start() and _NOW_ONLY.search(c.group(0))]
            if (others or world) and contrast:
                apart[clause.span()] = contrast[0]
            elif _CLOSED_PAST.match(words) and now:
                apart[clause.span()] = now[0]
            elif _FUTURE.search(words) and (
                for_now := [c for c in clauses if c is not clause and _FOR_NOW.search(c.group(0))]
            ):
                apart[clause.span()] = for_now[0]
    if not apart:
        return matches
    denied = []
    for m in matches:
        setting = next((c for (a, b), c in apart.items() if a <= m.evidence[0].start < b), None)
        denied.append(_denied_by(text, m, quoted(setting)) if setting and m.basis == "stated" else m)
    return denied


# (or to a speaker whose words the paragraph quotes: 'the Deputy Governor told the audience: "Products
# like this are how we will finally make progress on SDG 1". We are grateful for the support, but our own
# reporting stays narrower')
_SPEAKER = re.compile(
    r"\b(?!(?:we|I)\b)[\w'’-]+\s+(?:told|said|stated|declared|remarked|observed|noted|put\s+it)\b[^\"“.;!?\n]{0,40}[:,]?\s*[\"“]$",
    re.IGNORECASE,
)


def _quoted_speaker(text: str, clause: re.Match) -> bool:
    """Whether `clause` opens a quotation of someone else's words (see `_SPEAKER`)."""
    words = clause.group(0)
    opening = re.search(r"[\"“]", words)
    return bool(opening) and bool(_SPEAKER.search(words, 0, opening.end()))


_FOOTNOTE = re.compile(r"\s*(?:\*{1,3}|[¹²³⁴⁵⁶⁷⁸⁹]|\[\d{1,2}\]|\(\d{1,2}\))[^\S\n]")


def denied_last(text: str, matches: list[SdgMatch]) -> list[SdgMatch]:
    """`matches`, with a goal (and its targets), or a target, denied in its paragraph after it is
    stated: the last word is the denial ("... its results framework was anchored in SDG 1 and target
    1.4 ... and the project no longer reports results under SDG 1"). A footnote's denial holds
    wherever its mark stands ("* The SDG 14 alignment belongs to the co-funder" under a table's "SDG
    14*")."""
    denials = [m for m in matches if m.basis == "negated"]
    if not denials or not any(m.basis == "stated" for m in matches):
        return matches
    whole = (0, len(text))
    # (a table's row is a paragraph of its own: "... | 16.6 | ... | Ongoing" over "... | 16.9 | ... | Planned (2027)")
    paragraphs = [
        _row_of(text, m.evidence[0].start) or paragraph
        for m, paragraph in zip(
            matches, paragraphs_around(text, [m.evidence[0].start for m in matches]), strict=True
        )
    ]
    last: dict[
        tuple[int | str, tuple[int, int] | None], SdgMatch
    ] = {}  # (goal or target, paragraph, or None for the whole text): its last denial
    for m, paragraph in zip(matches, paragraphs, strict=True):
        if m.basis == "negated" and not _background(text, m) and not _others_sentence(text, m):
            where = whole if _FOOTNOTE.match(text, paragraph[0]) else paragraph
            for key in ((m.target or m.goal, where), (m.target or m.goal, None)):
                if key not in last or last[key].evidence[0].start < m.evidence[0].start:
                    last[key] = m
    denied = []
    for m, paragraph in zip(matches, paragraphs, strict=True):
        keys = [(m.goal, paragraph), (m.goal, whole)] + (
            [(m.target, paragraph), (m.target, whole)] if m.target else []
        )
        if _in_quotation(text, m.evidence[0].start, paragraph):
            keys += [(m.goal, None)] + ([(m.target, None)] if m.target else [])
        later = [
            last[key] for key in keys if key in last and last[key].evidence[0].start > m.evidence[0].start
        ]
        if m.basis == "stated" and later:
            denial = max(later, key=lambda d: d.evidence[0].start)
            m = _denied_by(text, m, (denial.evidence[-1].start, denial.evidence[-1].end))
        denied.append(m)
    return denied


def _row_of(text: str, position: int) -> tuple[int, int] | None:
    """The span of the table's row (a line of " | " cells) that holds `position`, or None."""
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    end = len(text) if end < 0 else end
    return (start, end) if " | " in text[start:end] else None


def _in_quotation(text: str, position: int, paragraph: tuple[int, int]) -> bool:
    """Whether `position` stands inside quotation marks in its paragraph (someone's words, which a
    denial anywhere later answers: '“For us this is about SDG 2 and SDG 6,” says the cooperative's
    chairperson' before "LPISF does not claim SDG 2 or SDG 6")."""
    opening = text.rfind("“", paragraph[0], position)
    return opening >= 0 and "”" not in text[opening:position] and "”" in text[position : paragraph[1]]


def _others_sentence(text: str, match: SdgMatch) -> bool:
    """Whether `match` is named in a sentence about others (see `_OTHERS`), which takes back no goal the
    submitter states before it ("The Programme contributes to SDG 9 ... Almera's 2023 Voluntary National
    Review presented progress on SDG 4, SDG 9 and SDG 17")."""
    sentence = SENTENCE.match(text, start_of_sentence(text, match.evidence[0].start))
    return bool(sentence and _OTHERS.match(sentence.group(0)) and not _WE.search(sentence.group(0)))


def _background(text: str, match: SdgMatch) -> bool:
    """Whether `match` is named in a sentence of background (see `BACKGROUND`), which denies the
    submitter no goal it states elsewhere ("It is true that, as the 2023 global report notes, ODD 16
    remains among the goals on which progress is slowest worldwide")."""
    sentence = SENTENCE.match(text, start_of_sentence(text, match.evidence[0].start))
    return bool(sentence and BACKGROUND.search(sentence.group(0)))


def _denied_by(text: str, match: SdgMatch, span: tuple[int, int]) -> SdgMatch:
    """`match` denied, and quoted beside the words at `span` that deny it."""
    start, end = span
    return replace(
        match,
        basis="negated",
        score=0.0,
        evidence=(*match.evidence, SdgEvidence(text[start:end], start, end)),
    )


# A reference taken back by the next sentence or the rest of its own: "the draft says we "advance
# SDG 15". That's wrong: ...", "The logframe lists SDG 3, but ... the evaluators recommend removing
# the reference", "... claims a contribution to SDG 5. The Court ... recommends that this reference be
# withdrawn", or by the next sentence restating it: "Target 9.c was considered ... After the mid-term
# review, ... 9.c is no longer addressed"
_CLOSING = (
    r"[\s\"'”’)\];]*"  # (what closes the sentence before: a quote's mark, a bracket, a table cell's "; ")
)
_THAT_IS_WRONG = re.compile(
    _CLOSING
    + r"(?:(?:that|this)(?:'s|’s|\s+is|\s+was)\s+(?:wrong|an?\s+(?:error|mistake)|incorrect|inaccurate|"
    r"not\s+(?:correct|accurate|true|the\s+case))\b|(?:it|they)\s+(?:does|do|did|is|are)(?:\s+not|n't)\s*[:;,.—–-]|"
    r"(?:that|this|the)\s+(?:listing|reference|mapping|link|"
    r"claim|tag|label|attribution|alignment)\s+(?:was|is|proved|has\s+proved|turned\s+out)\s+(?:to\s+be\s+)?"
    r"(?:an?\s+(?:error|mistake)|wrong|incorrect|unfounded|inaccurate|outdated|withdrawn|removed|dropped)\b|"
    # ("For the time being, no such alignment is claimed", "Until that funding is confirmed, this is an
    # aspiration rather than a result", "The Ministry cites this assessment as context ...", "CNASA has no
    # role in the energy side of these installations", "Those attributions are the partners' ...")
    r"(?:[^.;!?\n]{0,40},\s*)?(?:no\s+such\s+(?:alignment|claim|contribution|link)\s+is\s+(?:claimed|made)|"
    r"(?:this|that)\s+is\s+(?:an?\s+)?(?:aspiration|hope|ambition|possibility|plan)\b|"
    r"(?:these|those)\s+are\s+(?:proposals|plans|ideas|options|possibilities)\b)|"
    # ("These global trends form the backdrop to our work", "These are the Facility's corporate goals")
    r"(?:these|those|this|that)\s+(?:[\w-]+\s+){0,2}?(?:form|forms|are|is|provide|provides)\s+(?:the\s+|a\s+)?(?:backdrop|background|context)\b|"
    r"(?:these|those|they)\s+are\s+(?:the\s+)?[\w-]+['’]s?\s+(?:own\s+|corporate\s+|self-declared\s+|portfolio\s+)?"
    r"(?:goals|commitments|priorities|alignments|claims)\b|"
    # ("These two Goals are objectives of the Bank and not of the Ministry's programme", "The partner's goals
    # are quoted for context")
    r"(?:these|those)\s+(?:two\s+|three\s+|four\s+)?(?:goals|SDGs|targets)\s+are\s+(?:the\s+)?(?:objectives|goals|priorities|"
    r"commitments)\s+of\s+[^.;!?\n]{1,60}?\s+(?:and|but)\s+not\s+(?:of|those\s+of)\b|"
    r"(?:the\s+)?[\w'’-]+\s+(?:own\s+)?goals\s+are\s+(?:quoted|cited|given|reproduced)\s+(?:here\s+)?(?:for|as)\s+"
    r"(?:context|information|background|reference)\b|"
    # ("These alignments are prospective and are not part of the current results framework")
    r"(?:these|those|this|that)\s+(?:alignments?|links?|contributions?|goals?|targets?|mappings?)\s+(?:are|is)\s+"
    r"(?:prospective|hypothetical|provisional|tentative|indicative|aspirational)\b|"
    # ("These words, spoken by a keynote speaker at the opening of the WSIS Forum", "No decision has been
    # taken")
    r"(?:these|those|the)\s+words,?\s+(?:spoken|said|written|used|uttered)\s+by\b|"
    r"no\s+decision\s+has\s+(?:yet\s+)?been\s+(?:taken|made)\b|"
    r"(?:we|the\s+\w+)\s+cites?\s+(?:this|these|that|it)\b(?:[^.;!?\n]){0,40}?\bas\s+(?:context|background)\b|"
    r"(?:we|the\s+\w+|(?-i:[A-Z])[\w-]+)\s+(?:has|have)\s+no\s+(?:role|part|involvement|stake)\s+in\b|"
    # ("That framing is the donor's", "This is their choice and their framework")
    r"(?:those|these|such|that|this)\s+(?:attributions?|references?|claims?|goals?|mappings?|framings?|classifications?)\s+"
    r"(?:are|were|is|was)\s+(?:not\b|the\s+\w+['’])|"
    r"(?:this|that)\s+is\s+(?:their|its)\s+(?:own\s+)?(?:choice|framework|framing|decision|classification)\b|"
    # ("These are goals of the Land strategy; the measures ... are not reported against them", "The Association
    # has not yet mapped its programme to the SDGs")
    r"(?:these|those|they)\s+are\s+(?:the\s+)?(?:goals|priorities|commitments|targets)\s+of\s+(?:the|a|an|their|its)\s+"
    r"(?!(?:present|this)\b)[\w'’-]+|"
    r"(?:we|the\s+\w+)\s+(?:has|have)\s+not\s+(?:yet\s+)?(?:mapped|linked|aligned)\s+(?:its|our|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:to|with)\s+the\s+(?:SDGs|Sustainable\s+Development\s+Goals|goals)\b|"
    # ("No ISDC activity in 2024 maps to it")
    r"no\s+(?:[\w-]+\s+){0,3}?(?:activit(?:y|ies)|projects?|programmes?|work)\b[^.;!?\n]{0,40}?\b"
    r"(?:maps?|contributes?|relates?|corresponds?)\s+to\s+(?:it|them)\b|"
    # ("Our advisory board also discussed target 4.4 ... It was not retained, because ...")
    r"(?:it|this|that|they)\s+(?:was|were)\s+not\s+(?:retained|selected|kept|adopted|pursued|taken\s+up)\b|"
    # ("They are not among the goals that SST reports against")
    r"(?:they|these|those|it)\s+(?:are|is)\s+not\s+(?:among|one\s+of)\s+the\s+(?:goals|targets|SDGs)\b|"
    # ("It is not a target of the Consortium's research")
    r"(?:it|this|that|they)\s+(?:is|are)\s+not\s+(?:a\s+|an\s+|one\s+of\s+the\s+)?(?:targets?|goals?)\s+of\s+(?:the|our|its)\b|"
    # ("From 2025 it is no longer reported under that target", "This is not yet in place")
    r"(?:[^.;!?\n]{0,40}?\b)?(?:it|they)\s+(?:is|are)\s+no\s+longer\s+(?:reported|pursued|claimed|tracked)\b|"
    r"(?:this|it)\s+is\s+not\s+yet\s+in\s+place\b|"
    # ("The visits were stopped in 2023 and that target is no longer pursued")
    r"(?:[^.;!?\n]{0,80}?\b)?(?:that|this)\s+(?:target|goal)\s+(?:is|was|has\s+been)\s+no\s+longer\s+"
    r"(?:pursued|reported|addressed|claimed|tracked)\b)",
    re.IGNORECASE,
)
_REMOVE_IT = re.compile(
    r"\brecommend(?:s|ed|ing)?\s+(?:that\s+)?(?:removing|deleting|withdrawing|dropping)\s+(?:the|this|that)\s+"
    r"(?:reference|mention|claim|link)\b|\b(?:the|this|that)\s+(?:reference|mention|claim|link)\s+"
    r"(?:be|should\s+be|must\s+be|has\s+been|have\s+been|was|were)\s+(?:withdrawn|removed|deleted|dropped)\b|"
    # ("that campaign is not part of the Alliance work plan", "we do not claim a contribution there",
    # "we do not report against those goals", "it is too early to claim any such contribution")
    r"\b(?:that|this|these|those)\s+(?:campaign|project|programme|work|initiative|activit(?:y|ies)|component)s?\s+"
    r"(?:is|are|was|were)\s+not\s+(?:part\s+of|included\s+in|counted\s+in|reported\s+in)\b|"
    r"\b(?:we|the\s+\w+)\s+(?:do|does|did)\s+not\s+(?:claim\s+(?:a|any)\s+(?:contribution|link)\s+(?:there|to\s+(?:it|them|this|that))|"
    r"report\s+(?:against|under|on)\s+(?:those|these|that|this|it|them)\b)|\btoo\s+early\s+to\s+claim\b|"
    # ("makes no claim for them", "does not claim these results", "does not report the e-voucher scheme
    # against them", "We do not yet report against it", "we report no results under that target", "are
    # not included in the figures above", "this is the donor's reporting, not ours", "it goes beyond what
    # our programme can show")
    r"\bmakes?\s+no\s+claims?\s+(?:for|to|on|regarding)\s+(?:it|them|this|that|these|those)\b|"
    r"\b(?:does|do|did)\s+not\s+claim\s+(?:these|those|them|it|this|that)\b|"
    # ("It is not yet running and is not claimed in this report", "...; it is not claimed for 2024")
    r"\b(?:it|this|that|they)\b[^.;!?\n]{0,40}?\b(?:is|are)\s+not\s+(?:yet\s+)?claimed\b|"
    # ("We provide those figures to the Foundation; they are not an SDG contribution of the Trust")
    r"\b(?:is|are)\s+not\s+(?:an?\s+)?(?:SDG\s+)?contributions?\s+of\s+(?:the|our)\b|"
    # ("The Institute does not report a contribution to it")
    r"\b(?:does|do|did)\s+not\s+(?:report|claim)\s+(?:a|any)\s+contribution\s+to\s+(?:it|them|this|that)\b|"
    r"\b(?:does|do|did)\s+not\s+(?:yet\s+)?report\s+(?:[\w-]+\s+){0,4}?(?:against|under|on)\s+(?:it|them|this|that|those|these)\b|"
    r"\b(?:is|are|was|were)\s+not\s+reported\s+(?:against|under)\s+(?:it|them|this|that|those|these)\b|"
    r"\breport\s+no\s+(?:results?|contributions?)\s+(?:under|against|for|to)\s+(?:it|them|this|that|those|these)\b|"
    r"\b(?:is|are|was|were)\s+(?:therefore\s+)?not\s+included\s+in\s+(?:the|our|this|the\s+present)\s+"
    r"(?:figures|results|totals?|reporting|submission|report|contribution)\b|"
    # ("... the Ministry of Women, which reports separately on target 5.2", "This classification applies to
    # the donor's portfolio as a whole and not to our programme", "this link was not retained")
    r"\bwhich\s+reports?\s+separately\b|\bnot\s+to\s+our\s+(?:programme|project|work|activities)\b|"
    r"\b(?:this|that|the)\s+(?:link|reference|mapping|alignment|claim)\s+(?:was|were|has\s+been|is)\s+not\s+"
    r"(?:retained|kept|maintained|confirmed)\b|"
    r"\b(?:does|do|did)\s+not\s+work\s+on\s+(?:them|it|these|those|this|that)\b|"
    r"\bnot\s+ours\b|\bnot\s+our\s+own\b|\bgoes\s+beyond\s+what\b|"
    # ("they are not presented here as results of the Network", "is not reported as a climate measure",
    # "we do not report the health outcomes as our own", "No results are reported under that target",
    # "That component was closed in 2021", "is no longer part of the Network's reporting", "which report
    # on them in the Voluntary National Review", "we report our work differently", "we make no claim to
    # contribute to either")
    r"\b(?:is|are|was|were)\s+not\s+(?:presented|reported|counted)\s+(?:here\s+)?as\b|\bdoes\s+not\s+consolidate\b|"
    r"\b(?:do|does|did)\s+not\s+report\s+(?:[\w-]+\s+){0,4}?as\s+(?:our|its|their)\s+own\b|"
    r"\bno\s+results?\s+(?:are|is|were|was)\s+reported\s+(?:under|against|for)\s+(?:it|them|that|this|those|these)\b|"
    r"\b(?:that|this)\s+(?:component|project|programme|activity|strand|window|initiative)\s+(?:was|has\s+been)\s+"
    r"(?:closed|discontinued|dropped|ended|abandoned|cancelled)\b|\bno\s+longer\s+(?:part\s+of|included\s+in)\b|"
    r"\bwhich\s+reports?\s+on\s+(?:them|it)\b|\bwe\s+report\s+(?:our\s+work\s+)?differently\b|"
    r"\bmakes?\s+no\s+claim\s+to\s+(?:contribute\s+to\s+)?(?:either|both|it|them)\b|"
    r"\b(?:these|those)\s+(?:[\w-]+\s+){0,2}?(?:activities|programmes|projects|investments|links|results|goals|targets)\s+"
    r"(?:are|were)\s+"
    r"(?:outside|beyond|not\s+(?:reported|included|counted|claimed|part))\b|"
    # ("Those income figures came from a partner's microfinance programme and are not claimed here")
    r"\b(?:these|those)\s+(?:[\w-]+\s+){0,2}?(?:figures|results|numbers|data|outcomes)\b[^.;!?\n]{0,80}?\b(?:are|were)\s+"
    r"not\s+(?:claimed|reported|counted|included)\s+(?:here|in\s+this\s+(?:submission|contribution|report))\b|"
    # ("The Library previously mapped the e-lending service to SDG 9; this was dropped in 2023", "will be
    # reported in the Voluntary National Review, not in this contribution", "the Post does not make this
    # link in its own reporting", "Those priorities ... have been substituted", "we do not report it anymore")
    r"\b(?:this|that|it)\s+(?:was|has\s+been)\s+(?:later\s+)?(?:" + DISCONTINUED + r"|removed)\b|"
    r"\bnot\s+in\s+(?:this|the\s+present)\s+(?:contribution|submission|report)\b|"
    r"\b(?:does|do|did)\s+not\s+make\s+(?:this|that|the|such\s+a|any\s+such)\s+(?:link|claim|connection)\b|"
    r"\b(?:those|these|this|that|they|it)\b[^.;!?\n]{0,80}?\b(?:have|has)\s+(?:since\s+)?been\s+(?:substituted|replaced|superseded)\b|"
    r"\b(?:do|does|did)\s+not\s+report\s+(?:it|them|this|that)\s+(?:anymore|any\s+more|any\s+longer)\b|"
    r"\bno\s+longer\s+report\s+(?:it|them|this|that)\b|"
    # ("transcribed here for information only; ... are not counted in the results of the Commission", "does
    # not associate its activities with these goals", "it is not part of the Institute's contribution", "the
    # Corporation stopped reporting it under that target", "We no longer use that framework", "the programme
    # and its results belong to the university and the state, not to KisanDesk")
    r"\bfor\s+information\s+only\b|\b(?:is|are|was|were)\s+not\s+counted\s+in\s+(?:the|our|its)\s+(?:results|figures|totals?)\b|"
    r"\b(?:does|do|did)\s+not\s+(?:associate|link|connect|align)\s+(?:its|our|their|the)\s+(?:activities|work|programmes?)\s+"
    r"with\s+(?:these|those|them|it)\b|"
    r"\b(?:is|are)\s+not\s+part\s+of\s+(?:our|its|the\s+[\w-]+['’]s?)\s+(?:own\s+)?(?:contribution|reporting|results|work)\b|"
    r"\bstopped\s+reporting\s+(?:it|them|this|that)\b|"
    r"\bno\s+longer\s+use\s+(?:that|this|the)\s+(?:framework|mapping|classification|alignment)\b|"
    r"\bbelongs?\s+to\s+[^.;!?\n]{1,60}?,?\s+not\s+to\b",
    re.IGNORECASE,
)


# (words that take back all a sentence names, not one of its goals: "these national activities are
# outside the Secretariat's mandate", "it goes beyond what our programme can show")
_OF_ALL = re.compile(
    r"\b(?:these|those|them|they)\b|\bgoes\s+beyond\s+what\b|\bnot\s+ours\b|\bbackdrop\b", re.IGNORECASE
)


def taken_back(text: str, matches: list[SdgMatch]) -> list[SdgMatch]:
    """`matches`, with the references that a later sentence takes back (see `_THAT_IS_WRONG`)
    denied, and quoted beside the words that take them back."""
    if not any(m.basis == "stated" for m in matches):
        return matches
    by_sentence: dict[int, list[SdgMatch]] = {}
    for m in matches:
        by_sentence.setdefault(start_of_sentence(text, m.evidence[0].start), []).append(m)
    taken: dict[int, tuple[int, int]] = {}  # (id of a match: the span of the words that take it back)
    quotations = _QUOTATION_PARAGRAPH.search(text) is not None
    paragraphs = (
        dict(zip(by_sentence, paragraphs_around(text, list(by_sentence)), strict=True)) if quotations else {}
    )
    for sentence_start, held in by_sentence.items():
        sentence_end = SENTENCE.match(text, sentence_start).end()
        rest_start = max(m.evidence[-1].end for m in held)
        rest = text[rest_start:sentence_end]
        following = next_sentence(text, sentence_end)
        if quotations and (following is None or _ATTRIBUTION.match(following.group(0))):
            following = _after_quotation(text, paragraphs[sentence_start], sentence_end) or following
        after = following.group(0) if following else ""
        plural = _OF_ALL.search(rest + " " + after) or re.match(_CLOSING + r"such\b", after, re.IGNORECASE)
        if len({m.goal for m in held}) == 1 or plural:
            if _REMOVE_IT.search(rest):
                words = rest.lstrip(" ,;:—–-\"'’”)")
                taken.update((id(m), (sentence_end - len(words), sentence_end)) for m in held)
            elif (
                following
                and start_of_sentence(text, following.end() - 1) not in by_sentence
                and (_THAT_IS_WRONG.match(after) or _REMOVE_IT.search(after))
            ):
                taken.update((id(m), quoted(following)) for m in held)
        for m in held:
            number_text = re.escape(m.target or "")
            if m.target and re.search(
                r"(?<![\w.])" + number_text + r"(?![\w.])(?:[^\S\n]*,[^\S\n]*however,)?[^\S\n]+" + DENYING,
                after,
                re.IGNORECASE,
            ):
                taken[id(m)] = quoted(following)
    if not taken:
        return matches
    return [
        _denied_by(text, m, taken[id(m)]) if id(m) in taken and m.basis == "stated" else m for m in matches
    ]


# (a quotation's words, the paragraph after it: '“... The federation's own strategy is built around SDG 1
# and SDG 5 ...” — International federation of unions (partner)' over "The partner's goals are quoted for
# context; the Observatory does not report against them")
_ATTRIBUTION = re.compile(r"[\s.!?”\"’]*[—–]\s")


_QUOTATION_PARAGRAPH = re.compile(r'(?:^|\n[^\S\n]*\n)[^\S\n]*["“]')


def _after_quotation(text: str, paragraph: tuple[int, int], sentence_end: int) -> re.Match | None:
    """The first sentence of the next paragraph, when the sentence that ends at `sentence_end` ends its
    `paragraph`, a quotation (it opens with a quotation mark, and at most its speaker's name follows the
    sentence); else None."""
    if text[paragraph[0]] not in '"“':
        return None
    rest = text[sentence_end : paragraph[1]].strip(' .!?”"’\n')
    if rest and not _ATTRIBUTION.match(rest):
        return None
    gap = BLANK_LINE.match(text, paragraph[1])
    return SENTENCE.match(text, gap.end()) if gap else None


# A reference the text withdraws by name, wherever it stood before: "In the first version of this
# submission we stated that the Commons contributes to ... targets 14.1 and 14.a. ... Correction to
# the first version. ... we withdraw the reference to target 14.1"
_WITHDRAWS = re.compile(
    r"\b(?:withdraws?|withdrew|withdrawing|retracts?|retracted|retracting)\s+(?:the|our|its|this|that)\s+"
    r"(?:references?|claims?|links?|alignments?|mappings?)\s+(?:to|of|with)\s+$",
    re.IGNORECASE,
)


# (or as the subject of its withdrawal: "The reference to SDG 7 is therefore withdrawn", "The references
# to SDG 8 and SDG 10 ... were removed")
MENTION_OF = re.compile(r"\b(?:references?|mentions?)\s+(?:to|of)\s+$", re.IGNORECASE)
REMOVED = re.compile(
    r"(?:[^.;!?\n]|\.(?=\w)){0,80}?\b(?:is|are|was|were|has\s+been|have\s+been|should\s+be|must\s+be)\s+"
    r"(?:(?:therefore|hereby|now|also|accordingly|formally)\s+)?(?:removed|withdrawn|deleted|dropped|struck|retracted)\b",
    re.IGNORECASE,
)


def withdrawn(text: str, matches: list[SdgMatch]) -> list[SdgMatch]:
    """`matches`, with each goal or target that the text withdraws by name (see `_WITHDRAWS`,
    `MENTION_OF` and `REMOVED`) denied up to its withdrawal, and quoted beside the sentence that
    withdraws it."""

    def withdraws(m: SdgMatch) -> bool:
        start, end = m.evidence[0].start, m.evidence[0].end
        if _WITHDRAWS.search(text, max(0, start - 60), start):
            return True
        return bool(MENTION_OF.search(text, max(0, start - 30), start) and REMOVED.match(text, end))

    withdrawals = {(m.target or m.goal): m for m in matches if withdraws(m)}
    if not withdrawals:
        return matches
    denied = []
    for m in matches:
        withdrawal = withdrawals.get(m.target or m.goal)
        if m.basis == "stated" and withdrawal and m.evidence[0].start <= withdrawal.evidence[0].start:
            sentence = SENTENCE.match(text, start_of_sentence(text, withdrawal.evidence[0].start))
            m = _denied_by(text, m, sentence.span())
        denied.append(m)
    return denied


# A target conceded after its goal's denial, in the same sentence: "OCPEM does not report against SDG
# 3, even though the template lists target 3.d"; not "..., although we do contribute to target 3.d"
_CONCEDING = re.compile(r"\b(?:even\s+though|even\s+if|although|though|despite)\b", re.IGNORECASE)


def conceded(text: str, matches: list[SdgMatch]) -> list[SdgMatch]:
    """`matches`, with each target conceded after its goal's denial (see `_CONCEDING`) denied, and
    quoted beside that denial."""
    denials = [m for m in matches if m.basis == "negated" and m.target is None]
    if not denials:
        return matches
    denied = []
    for m in matches:
        start = m.evidence[0].start
        sentence_start = start_of_sentence(text, start)
        goal = next(
            (d for d in denials if d.goal == m.goal and sentence_start <= d.evidence[0].start < start),
            None,
        )
        if m.basis == "stated" and m.target and goal:
            between = text[goal.evidence[0].end : start]
            concession = _CONCEDING.search(between)
            if concession and not FIRST_PERSON.search(between, concession.start()):
                m = _denied_by(text, m, (goal.evidence[0].start, goal.evidence[0].end))
        denied.append(m)
    return denied


# A sentence that gives what its paragraph said before it as context: "UN progress reports note that SDG 5
# remains off track ... We cite this for context only", "The 2030 Agenda sets 17 goals, and its target 17.8
# concerns ... National surveys suggest ... We mention this only as context for our work"; or for information
_AS_CONTEXT = re.compile(
    r"\b(?:we|the\s+\w+)\s+(?:cites?|mentions?|quotes?|notes?|refers?\s+to|recalls?)\s+(?:this|these|that|it|them)\b"
    r"[^.;!?\n]{0,30}?\b(?:as|for)\s+(?:context|background)\b|"
    # ("They are mentioned here for information and are not counted as contributions of the Commission", "These
    # global findings frame the programme's work but are not themselves measures of UN-RKN's contribution")
    r"\b(?:they|these|those|this|it)\s+(?:is|are)\s+(?:mentioned|cited|given|listed|included)\s+(?:here\s+)?(?:only\s+)?"
    r"(?:for\s+(?:information|context|reference|completeness)|as\s+(?:context|background))\b|"
    r"\b(?:these|those)\s+(?:[\w-]+\s+){0,2}?(?:findings|trends|figures|data|facts)\s+(?:frame|form\s+the\s+(?:backdrop|background|context))\b|"
    # ("We are grateful for both views, but we report only the goals listed above")
    r"\bwe\s+(?:only\s+)?report\s+(?:only\s+)?(?:on\s+|against\s+)?(?:the\s+)?(?:goals|SDGs|targets)\s+(?:listed|named|given|set\s+out)\s+above\b",
    re.IGNORECASE,
)


def given_as_context(text: str, matches: list[SdgMatch]) -> list[SdgMatch]:
    """`matches`, with the references of a paragraph's sentences before one that gives them as context
    (see `_AS_CONTEXT`) denied, unless their sentence speaks in the first person, and quoted beside it."""
    if not any(m.basis == "stated" for m in matches):
        return matches
    paragraphs = paragraphs_around(text, [m.evidence[0].start for m in matches])
    first: dict[tuple[int, int], int] = {}  # (a paragraph: its first stated reference)
    for m, paragraph in zip(matches, paragraphs, strict=True):
        if m.basis == "stated":
            first[paragraph] = min(first.get(paragraph, m.evidence[0].start), m.evidence[0].start)
    # (a paragraph: the sentences in it, from its first stated reference on, that give context)
    given = {
        paragraph: list(_AS_CONTEXT.finditer(text, start, paragraph[1])) for paragraph, start in first.items()
    }
    if not any(given.values()):
        return matches
    settled = []
    for m, paragraph in zip(matches, paragraphs, strict=True):
        after = [found for found in given.get(paragraph, ()) if found.start() >= m.evidence[-1].end]
        sentence = SENTENCE.match(text, start_of_sentence(text, m.evidence[0].start))
        # (the first person of a quotation is its speaker's: '“For us, the centre is SDG 1 in practice.”')
        own = (
            sentence
            and FIRST_PERSON.search(sentence.group(0))
            and not _in_quotation(text, m.evidence[0].start, paragraph)
        )
        if m.basis == "stated" and after and not own:
            m = _denied_by(text, m, quoted(SENTENCE.match(text, start_of_sentence(text, after[0].start()))))
        settled.append(m)
    return settled


# Someone outside the submitter whose words a quotation gives, named after it or in the words that introduce
# it: "AgriSense's largest investor, an impact fund ..., explained its reasons ...:" over "“As a climate fund,
# we report our investment in AgriSense against SDG 13 ...” — Managing partner of the investing climate fund"
_OUTSIDER = re.compile(
    r"\b(?:investors?|investing|donors?|funders?|co-?funders?|(?:impact|climate|investment|pension)\s+funds?|grantees?|"
    r"beneficiar(?:y|ies)|cooperative|trade\s+union|federation)\b|\(partner\)",
    re.IGNORECASE,
)


def quoted_outsiders(text: str, matches: list[SdgMatch]) -> list[SdgMatch]:
    """`matches`, with the references inside a quotation of an outsider's words (see `_OUTSIDER`) denied,
    and quoted beside the line that names the speaker."""
    if "“" not in text or not any(m.basis == "stated" for m in matches):
        return matches
    settled = []
    for m, paragraph in zip(
        matches, paragraphs_around(text, [m.evidence[0].start for m in matches]), strict=True
    ):
        start = m.evidence[0].start
        if m.basis == "stated" and _in_quotation(text, start, paragraph):
            closing = text.index("”", start)
            introduced = max(0, paragraph[0] - 300)
            speaker = _OUTSIDER.search(text, closing, min(paragraph[1], closing + 160)) or _OUTSIDER.search(
                text, introduced, text.rfind("“", paragraph[0], start)
            )
            if speaker:
                m = _denied_by(text, m, _naming_words(text, speaker.start()))
        settled.append(m)
    return settled


def _naming_words(text: str, position: int) -> tuple[int, int]:
    """The span of the line around `position`, from the quotation's end when it holds one (without the
    marks and dashes before the speaker's words)."""
    start = max(text.rfind("\n", 0, position), text.rfind("”", 0, position)) + 1
    end = text.find("\n", position)
    end = len(text) if end < 0 else end
    words = text[start:end]
    return start + len(words) - len(words.lstrip(" ,—–-")), end - len(words) + len(words.rstrip())


def settle(text: str, matches: list[SdgMatch]) -> list[SdgMatch]:
    """`matches` with what the text sets apart (`set_apart`), takes back (`taken_back`), gives as
    context (`given_as_context`), quotes from an outsider (`quoted_outsiders`), denies last
    (`denied_last`), concedes after a denial (`conceded`) or withdraws (`withdrawn`) denied."""
    read = quoted_outsiders(text, given_as_context(text, taken_back(text, set_apart(text, matches))))
    return withdrawn(text, conceded(text, denied_last(text, read)))
