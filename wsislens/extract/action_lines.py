"""WSIS action lines: stated ("Action Line C5", "action lines C3 and C7", "C7 e-health", the
official names), negated ("this submission does not cover C5") and conservatively inferred
from keyword cues of the Geneva Plan of Action.

Not action lines: a programme's own "action lines" ("The three main action lines of the
programme are: ...") and look-alike codes ("C4 crops", "C4 plants", "vitamin C3").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from wsislens.extract.document import Document, action_line_cues, table_rows
from wsislens.extract.patterns import BULLET, BULLET_CHARS
from wsislens.reference import action_lines as reference_action_lines

_CODE = r"C(?:1[01]|[1-9])"
# (abbreviated in capitals before a code: "AL C5", "ALs C2 and C3")
_AL_KEYWORD = re.compile(
    r"(?:\b(?:WSIS\s+)?[Aa]ction[\s-]+[Ll]ines?\b|\b(?-i:ALs?)(?=\s+C\d))\s*(?:no\.?\s*)?:?\s*", re.IGNORECASE
)
# codes, each with its sub-line or its name in brackets: "C7 (e-health)", "C8 (Cultural diversity
# and identity, linguistic diversity and local content), C9 (Media) or C10 (...)"
_BRACKETED = r"(?:\s*\((?:e-[a-z]+|[A-Z][^()]{1,100})\))?"
_CODE_LIST = re.compile(
    rf"(?<![\w-])(?P<list>{_CODE}{_BRACKETED}(?:\s*(?:,|;|/|&|\band\b|\bor\b|,\s*and|,\s*or|-|–|to)\s*{_CODE}"
    rf"{_BRACKETED})*)(?![\w-])"
)
_BARE_CODE = re.compile(rf"(?<![\w./-])(?P<code>{_CODE})(?![\w-]|\.\d)")
_LOOKALIKE_AFTER = re.compile(
    r"^\s*(?:crops?|plants?|grass(?:es)?|photosynthe\w*|pathways?|species|carbon|cycle|metabolism|rice|maize|"
    r"sugar\w*|cereals?|vertebra\w*|nerve|spine|spinal|level|grade|form|complex|compounds?|alkanes?|"
    r"chains?|fractions?|convertase|protein|isomers?|acids?|\d)",
    re.IGNORECASE,
)
_LOOKALIKE_BEFORE = re.compile(
    r"(?:vitamin|category|class|type|grade|room|building|block|row|column|cell|form|annex|appendix|table|"
    r"figure|level|section|paragraph|article|model|item|complement|cervical)\s*$",
    re.IGNORECASE,
)
_PROGRAMME_OWN = re.compile(
    r"action\s+lines?\s+(?:of|for|in)\s+(?:the|our|its|their|this|that)\s+(?:\w+\s+){0,2}"
    r"(?:programme|program|project|strategy|plan|initiative|campaign|organi[sz]ation|network|work)\b"
    r"|(?:programme|program|project|strategy|plan|initiative|campaign)(?:'s|’s)\s+(?:\w+\s+)?action\s+lines?"
    r"|\b(?:main|key|strategic|three|four|five|two|six|principal)\s+action\s+lines?\b(?!\s+C\d)",
    re.IGNORECASE,
)
_NEG_BEFORE = re.compile(
    r"\b(?:not|never|no|none|neither|nor|without|excluding|except|other\s+than|rather\s+than|instead\s+of|"
    # ("we report nothing under Action Line C7", "honestly nothing on C2 from us")
    r"nothing\s+to\s+report|(?:report(?:s|ed)?\s+)?nothing(?:\s+(?:under|on|for))?|"
    r"outside\s+(?:of\s+)?(?:the\s+)?(?:scope|remit)|beyond\s+(?:the\s+)?(?:scope|remit))\b|n't\b",
    re.IGNORECASE,
)
_NOT_NEGATION = re.compile(
    r"\bnot\s+only\b|\bnot\s+just\b|\bno\s+doubt\b|\bno\s+less\b|\bnot\s+least\b", re.IGNORECASE
)
# What may stand between a mention and its verb: the line's name in brackets ("C9 (Media)") or
# after "on", a clause set off by commas ("C9, which the Organization also facilitates,", "C8 (cultural
# diversity), although important,") and a name after a slash or colon ("C9/media:").
_INSERTED = (
    r"(?:/[\w-]+)?(?:\s*\([^()]{0,80}\))?(?:\s+on\s+(?:the\s+)?[a-z][\w\s,-]{2,80}?(?=\s+(?:is|are)\b))?"
    r"(?:\s*,\s*(?:which|that|who|as|for\s+which|although|though|while|however|on|namely|including|such\s+as)\b"
    r"[^,.;:]{0,120},)?\s*:?"
)
_NEG_AFTER = re.compile(
    rf"^[\s\"”)]*{_INSERTED}\s*(?:(?:is|are|was|were|remains?)\s+"
    r"(?:(?:also|therefore|likewise|similarly|equally|thus)\s+)?"
    r"(?:not|never|outside|beyond)\b|(?:is|are|was|were)n't\b|"
    # "not covered", or "Not covered" after a label's colon, a cell's bar or a full stop: "C7 Not
    # covered in 2025: C8 ..." (a slide's next line run on after the code) declines no C7
    r"(?:(?-i:not)|(?:(?<=[:|.])|(?<=[:|.]\s))(?-i:Not))\s+(?:addressed|covered|included|applicable)\b|"
    r"(?:lies|lie|falls?)\s+outside\b"
    # "Action Line C9 (Media) falls within the remit of the Standing Committee on Information and
    # Broadcasting": another body's
    r"|(?:(?:lies|lie|falls?)\s+(?:with)?in|(?:is|are)(?:\s+\w+ly)?)\s+the\s+(?:remit|competence|mandate|purview|"
    r"responsibility)\s+of\s+(?:the|another)\s+(?!(?:submitting|reporting)\b)"
    # "(Action Line C8) matter to us, but they are not part of our programme and we do not report on them"
    r"|[^.]{0,80}?\b(?:but|however|yet)\b[^.;]{0,40}?\bnot\s+(?:part\s+of\s+(?:our|the\s+\w+['’]s)|"
    r"report(?:ed)?\s+(?:on|under)\s+(?:it|them))\b"
    # "C8 (...) and C9 (Media) therefore do not apply to our mandate"
    r"|(?:(?:therefore|thus|also)\s+)?(?:do|does|did)(?:\s+not|n['’]t)\s+apply\b"
    # "C9 (media) falls within another department's mandate and is therefore not covered"
    r"|[^.;:]{0,120}?\band\s+(?:is|are|was|were)\s+(?:therefore\s+|thus\s+|hence\s+|also\s+)?not\s+"
    r"(?:covered|addressed|included|reported|discussed|part\s+of)\b"
    # "Questions of information ethics (C10) are often discussed, but we did not carry out
    # dedicated activities under that action line"; "C1 (...) is a matter for government; we take
    # part in consultations but do not run programmes under it"
    r"|[^.]{0,160}?\b(?:but|however|yet)\b[^.;]{0,80}?\b(?:not|never|no)\b[^.;]{0,80}?"
    r"(?:\b(?:under|on|in|to|for)\s+(?:that|this|the\s+same)\s+(?:action\s+)?line|\bunder\s+(?:it|them))\b"
    # "C9 (media) falls within the remit of the Broadcasting Council, and the Ministry carried out no
    # activities under it"
    r"|[^.;]{0,160}?\band\b[^.;]{0,60}?\b(?:no|not|never)\b[^.;]{0,60}?\bunder\s+(?:it|them)\b"
    # "Action Line C9 (Media) is listed in the matrix for completeness only"
    r"|(?:is|are)\s+(?:listed|included|shown)\b[^.;]{0,40}?\b(?:only\s+)?for\s+completeness(?:\s+only)?\b"
    # a memo's "AL C10 (ethical dimensions ...): N/A, outside CERT-VD mandate"
    r"|:\s*(?-i:N/A|n/a|NA)\b)",
    re.IGNORECASE,
)
# a line named as a hope, not as work done: "so maybe C6 next time", "we plan to work under C9"
_HOPED = re.compile(
    r"\b(?:maybe|perhaps|hope\s+to|plan(?:s|ning)?\s+to|intend(?:s)?\s+to|would\s+like\s+to)\b[^.;:]{0,40}$",
    re.IGNORECASE,
)
_CLAUSE_BREAK = re.compile(
    r"[.;:!?]|\n\s*\n|,\s|\bbut\b|\bwhile\b|\bwhereas\b|\balthough\b|\bhowever\b|\bwhich\b", re.IGNORECASE
)


def _without_brackets(text: str) -> str:
    """`text` with what its brackets hold blanked out, offsets kept: a line's name in brackets may
    hold anything ("C8 (Cultural diversity and identity, linguistic diversity and local content)")."""
    return re.sub(r"\([^()]*\)", lambda m: " " * len(m.group(0)), text)


# a table row's status that declines its line: "C9 – Media | Not addressed in 2025 | —"
_DECLINED_STATUS = re.compile(
    r"\|\s*(?:not\s+(?:addressed|covered|applicable|implemented|reported|active)|no\s+activit(?:y|ies)|none|n/?a)\b"
    r"|\|\s*no\s*(?:\||$)"  # "C2 ... | No | Not applicable" under "Relevant to our work"
    r"|\|\s*[—–-]\s*\|?\s*$",  # "C9 | Media | —" under "Our role"
    re.IGNORECASE,
)
# (or crossed: "❌ C6 (enabling environment): honestly not our thing")
_UNTICKED = re.compile(r"(?:\[[ \t]?\]|☐|❌|✗|✘|✖)[ \t]*(?:\|[ \t]*)?$")
# a heading's letter, number or roman numeral: "E. ", "4.2 ", "IV. "
_HEADING_MARKER = re.compile(r"^\s*(?:[A-H]|[IVX]{1,4}|\d{1,2}(?:\.\d{1,2})*)[.)]\s+")
_ALL_LINES = re.compile(r"(?<![\w-])C1\s*(?:-|–|—|to)\s*C11(?![\w-])")

METHOD = "wsislens-extract 1.0"


@dataclass
class ActionLineHit:
    code: str
    sub_line: str | None
    basis: str
    spans: list[tuple[int, int]] = field(default_factory=list)
    score: float | None = None


def _opens(sentence: str, position: int) -> bool:
    """Whether `position` opens the sentence, after a list item's mark ("- ", "3. ", "(b) ")."""
    return not sentence[:position].strip(f" \t{BULLET_CHARS}.)(0123456789")


def _is_heading(sentence: str) -> bool:
    """A line that heads a section: short, with no full stop ("Action lines not covered")."""
    return len(sentence) <= 90 and "\n" not in sentence.strip() and not re.search(r"[.;:!?]\s*$", sentence)


def _negated(text: str, sentence_start: int, start: int, end: int, sentence_end: int) -> bool:
    # a line's name in brackets is no clause of its own: "not under Action Line C8 (Cultural
    # diversity and identity, linguistic diversity and local content) or under C9"
    before = _without_brackets(text[sentence_start:start])
    clause = re.split(_CLAUSE_BREAK, before)[-1] if before else ""
    # a list "C3, C5 and C7" belongs to one clause even across its commas
    if _NEG_BEFORE.search(clause) and not _NOT_NEGATION.search(clause):
        return True
    # a declining label before a list of codes: "NOT WORKED ON THIS YEAR: C6 (...) AND C9 (...)"
    label, colon, listed = before.rpartition(":")
    label = label.rpartition("\n")[2]
    if (
        colon
        # ("Not covered in 2025: Action Line C8 (...) and Action Line C9 (Media)")
        and re.fullmatch(
            rf"(?:\s|,|;|/|&|\band\b|\bor\b|\baction\s+lines?\b|{_CODE})*", listed, re.IGNORECASE
        )
        and _NEG_BEFORE.search(label)
        and not _NOT_NEGATION.search(label)
    ):
        return True
    return bool(_NEG_AFTER.match(text[end:sentence_end]))


@cache
def _names() -> list[tuple[re.Pattern, str, str | None, bool]]:
    """(pattern, code, sub_line, distinctive): official names and the extra names of the cue file."""
    result = []
    cues = action_line_cues()
    for line in reference_action_lines():
        official = line.name.rstrip(".")
        distinctive = len(official.split()) >= 4
        result.append((official, line.code, None, distinctive))
        for extra in cues.get(line.code, {}).get("names", []):
            result.append((extra, line.code, None, len(extra.split()) >= 4))
        for sub_id, sub in cues.get(line.code, {}).get("sub_lines", {}).items():
            for extra in sub.get("names", []):
                result.append((extra, "C7", sub_id, False))
    compiled = []
    for phrase, code, sub, distinctive in result:
        pattern = r"\s+".join(re.escape(w) for w in phrase.split())
        compiled.append((re.compile(rf"(?<![\w-]){pattern}(?![\w-])", re.IGNORECASE), code, sub, distinctive))
    return compiled


_SUB_NAME = r"e-?(?:government|business|learning|health|employment|environment|agriculture|science)"
# an item opening with a sub-line's name: "9. E-health. TeleHealth Kestrava links ..."
# (or a list's marked item: "(a) E-government: the secretariat advised ...")
_SUB_ITEM = re.compile(
    rf"^\s*(?:\(?[a-z0-9]{{1,3}}[.)]\s+|{BULLET}\s+)?({_SUB_NAME})\s*[.:–—]", re.IGNORECASE
)
_SUB_AFTER = re.compile(
    rf"^\s*(?:\(|:|–|-|—|,\s*(?:to|on|in|namely|including|notably)?)?\s*"
    # "C7, the sub-lines on e-business and e-health"
    r"(?:(?:the\s+|its\s+)?sub-?lines?\s+(?:on\s+|of\s+|for\s+)?)?(?:on\s+|to\s+)?"
    rf"(?P<list>{_SUB_NAME}(?:\s*(?:,|and|&|/|,\s*and)\s*(?:on\s+|to\s+)?{_SUB_NAME})*)\b",
    re.IGNORECASE,
)


_SUB_ANYWHERE = re.compile(rf"(?<![\w-]){_SUB_NAME}(?![\w-])", re.IGNORECASE)
_SUB_LIST = rf"{_SUB_NAME}(?:\s*(?:,|and|&|/)\s*{_SUB_NAME})*"
# sub-lines named as parts of C7 before its code: "The e-health and e-business components of Action Line C7"
_SUB_COMPONENTS = re.compile(rf"({_SUB_LIST})\s+(?:components?|sub-?lines?|strands?)\s+of\s+$", re.IGNORECASE)
# a heading of sub-lines' names: "3.3.2 E-agriculture and e-science", "E-learning and e-employment (C7)"
_SUB_HEADING = re.compile(
    rf"\s*(?:\d{{1,2}}(?:\.\d{{1,2}})*\.?\s+)?{_SUB_LIST}\s*(?:\(C7\)\s*)?", re.IGNORECASE
)
# a sub-line named as one: "Under the e-agriculture sub-line"
_SUB_NAMED = re.compile(rf"(?<![\w-])({_SUB_NAME})\s+sub-?lines?\b", re.IGNORECASE)


def _sub_id(value: str) -> str:
    value = value.lower()
    return value if value.startswith("e-") else "e-" + value[1:]


def _subs_after(text: str, end: int) -> tuple[list[str], int]:
    """C7 sub-lines named right after a C7 mention: "C7 (e-learning, e-health)", "C7: e-government"."""
    match = _SUB_AFTER.match(text[end : end + 80])
    if not match:
        return [], end
    return [_sub_id(v) for v in re.findall(_SUB_NAME, match.group("list"), re.IGNORECASE)], end + match.end()


def _sub_line_after(text: str, end: int) -> tuple[str | None, int]:
    subs, position = _subs_after(text, end)
    return (subs[0] if subs else None), position


_HEADING_CODES = re.compile(rf"\(\s*{_CODE}(?:\s*(?:,|and|&|/)\s*{_CODE})*\s*\)\s*$")


def _name_before(sentence: str, start: int, code: str) -> int | None:
    """Where the line's own name ends right before its code starts ("Information and communication
    infrastructure (C2)"), or None."""
    tail = re.sub(r"[\s(\[:–—-]*$", "", sentence[:start])
    for pattern, line_code, _, _ in _names():
        if line_code == code:
            for found in pattern.finditer(tail):
                if found.end() == len(tail):
                    return found.start()
    return None


def _labelled(sentence: str, start: int, code: str) -> bool:
    """A code the text uses as a label: after the line's own name ("Information and communication
    infrastructure (C2)"), or in the brackets that end a heading ("Internet governance and
    cooperation (C1 and C11)")."""
    heading = _HEADING_CODES.search(sentence)
    if heading and heading.start() <= start and len(sentence) <= 100:
        return True
    if _name_before(sentence, start, code) is not None:
        return True
    # the code before its name: "C8 - Cultural diversity and identity, linguistic diversity ..."
    head = re.match(rf"{code}[\s:(–—-]*", sentence[start:])
    if head is not None and any(
        line_code == code and pattern.match(sentence, start + head.end()) is not None
        for pattern, line_code, _, _ in _names()
    ):
        return True
    # or a heading's codes before the opening words of their names: "C3 and C4 — Access to
    # information and capacity building", "C5: Building confidence"
    lead = _CODES_LEAD.match(sentence)
    if lead is None or not lead.start("codes") <= start < lead.end("codes") or len(sentence) > 100:
        return False
    codes = re.findall(_CODE, lead.group("codes"))
    rest = sentence[lead.end() :]
    # (or a word of its name in the heading's own words: "C8: cultural and linguistic diversity")
    said = set(re.findall(r"[a-z]{5,}", rest.lower()))
    return any(_name_opening(line_code).search(rest) or said & _name_words(line_code) for line_code in codes)


@cache
def _name_words(code: str) -> frozenset[str]:
    """The words of five letters or more of a line's official name ("cultural", "diversity")."""
    line = next(line for line in reference_action_lines() if line.code == code)
    return frozenset(re.findall(r"[a-z]{5,}", line.name.lower()))


# codes that open a heading, before a dash or a colon
_CODES_LEAD = re.compile(
    rf"\W*(?P<codes>{_CODE}(?:\s*(?:,|and|&|/)\s*{_CODE})*)(?![\w-])\s*[:–—-]\s*", re.IGNORECASE
)


@cache
def _name_opening(code: str) -> re.Pattern:
    """The first three words of a line's official name ("Access to information"), without "The"."""
    line = next(line for line in reference_action_lines() if line.code == code)
    words = re.sub(r"^The\s+", "", line.name.rstrip(".")).split()[:3]
    return re.compile(
        r"(?<![\w-])" + r"\s+".join(re.escape(w.rstrip(":,")) for w in words) + r"(?![\w-])", re.I
    )


def find_action_lines(document: Document) -> list[ActionLineHit]:
    """Stated and negated action lines; inferred ones come from `infer_action_lines`."""
    text = document.text
    hits: dict[tuple[str, str | None, str], ActionLineHit] = {}

    def add(code: str, sub: str | None, basis: str, span: tuple[int, int]) -> None:
        key = (code, sub, basis)
        if key not in hits:
            hits[key] = ActionLineHit(code, sub, basis)
        if span not in hits[key].spans:
            hits[key].spans.append(span)

    about_lines = _AL_KEYWORD.search(text) is not None
    # the rows of a table whose header names the action lines ("Action line | Relevant | Activities")
    line_rows = [
        (row.start, row.end) for row in table_rows(document) if _AL_KEYWORD.search(" ".join(row.header))
    ]
    declining_section = False  # under a heading "Action lines not covered"
    last_code = -(10**6)  # the end of the last code read as an action line
    for sentence in document.sentences:
        if sentence.template:
            continue
        s_text = sentence.text
        s0 = sentence.start
        # (a short label ending with a colon heads its items too: "Not covered in 2025:")
        if _is_heading(s_text) or (len(s_text.strip()) <= 40 and s_text.rstrip().endswith(":")):
            # "Action lines not covered", or in a text about the action lines "Not covered this year"
            declining_section = bool(
                _NEG_BEFORE.search(s_text)
                and (
                    _AL_KEYWORD.search(s_text)
                    or (
                        about_lines
                        and re.search(
                            r"\b(?:cover(?:ed)?|address(?:ed)?|work(?:ed)?\s+on|implement(?:ed)?)\b",
                            s_text,
                            re.I,
                        )
                    )
                )
            )
            declined_here = False
        else:
            declined_here = declining_section and bool(_NEG_BEFORE.search(s_text))
        own = [m.span() for m in _PROGRAMME_OWN.finditer(s_text)]
        context = bool(_AL_KEYWORD.search(s_text)) and not (
            own and len(own) >= len(_AL_KEYWORD.findall(s_text))
        )
        wsis_context = context or bool(
            re.search(r"\bWSIS\b|\bICTs?\b|information society", s_text, re.IGNORECASE)
        )
        # "the eleven action lines, from C1 to C11": the framework, not a claim
        used: list[tuple[int, int]] = [m.span() for m in _ALL_LINES.finditer(s_text)]
        # 1. "Action Line(s) C3 and C7" lists
        for keyword in _AL_KEYWORD.finditer(s_text):
            if any(a <= keyword.start() < b for a, b in own):
                continue
            listed = _CODE_LIST.match(s_text, keyword.end())
            if not listed:
                continue
            # the codes outside the brackets (a name in brackets may hold anything)
            unbracketed = _without_brackets(listed.group("list"))
            codes = list(re.finditer(rf"(?<![\w-]){_CODE}(?![\w-])", unbracketed))
            range_match = re.fullmatch(rf"({_CODE})\s*(?:-|–|to)\s*({_CODE})", listed.group("list").strip())
            numbers = [int(c.group(0)[1:]) for c in codes]
            if range_match:
                first, last = (int(range_match.group(k)[1:]) for k in (1, 2))
                if (first, last) == (1, 11):
                    continue  # "the WSIS action lines C1-C11": the framework, not a claim
                numbers = list(range(first, last + 1))
            negated = _negated(text, s0, s0 + keyword.start(), s0 + listed.end(), sentence.end) or (
                declining_section and _opens(s_text, keyword.start())
            )
            # "The e-health and e-business components of Action Line C7 are ... not covered": the
            # sub-lines, not the line
            components = _SUB_COMPONENTS.search(s_text, 0, keyword.start())
            if components and numbers == [7]:
                span = (s0 + components.start(), s0 + listed.end())
                for name in _SUB_ANYWHERE.finditer(components.group(1)):
                    add("C7", _sub_id(name.group(0)), "negated" if negated else "stated", span)
                used.append((keyword.start(), listed.end()))
                continue
            for position, number in enumerate(numbers):
                code = f"C{number}"
                sub, sub_end = (None, s0 + listed.end())
                subs: list[str | None] = [None]
                if code == "C7":
                    code_end = (
                        s0 + keyword.end() + codes[position].end() if not range_match else s0 + listed.end()
                    )
                    subs = _subs_after(text, code_end)[0] or [None]
                for sub in subs:
                    add(
                        code,
                        sub,
                        "negated" if negated else "stated",
                        (s0 + keyword.start(), s0 + listed.end()),
                    )
            used.append((keyword.start(), listed.end()))
        # 2. bare codes "C5", "(C5)", "C7 e-health"
        for match in _BARE_CODE.finditer(s_text):
            if any(a <= match.start() < b for a, b in used):
                continue
            listed = re.match(rf"(?:\s*(?:,|and|or|&|/)\s*{_CODE}(?![\w-]))*", s_text[match.end() :])
            after = s_text[match.end() + listed.end() : match.end() + listed.end() + 30]
            before = s_text[max(0, match.start() - 25) : match.start()]
            before_list = re.search(rf"{_CODE}\s*(?:,|and|or|&|/)\s*$", before)
            if before_list:  # the second code of "C3 and C4 crops" shares the first one's context
                before = before[: before_list.start()]
            if _LOOKALIKE_AFTER.match(after) or _LOOKALIKE_BEFORE.search(before):
                continue
            code = match.group("code")
            subs: list[str] = []
            sub, sub_end = (None, s0 + match.end())
            if code == "C7":
                subs, sub_end = _subs_after(text, s0 + match.end())
                sub = subs[0] if subs else None
            if code == "C7" and sub is None:
                before_sub = re.search(
                    rf"\b({_SUB_NAME})\b[^.;]{{0,25}}$",
                    s_text[: match.start()],
                    re.IGNORECASE,
                )
                if before_sub:
                    sub = _sub_id(before_sub.group(1))
            # a code in brackets that ends a sentence labels its work: "... for small firms (C7, e-business)."
            bracketed = (
                about_lines
                and s_text[: match.start()].rstrip().endswith("(")
                and re.match(r"[^()]{0,30}\)\s*[.;]?\s*$", s_text[match.end() :]) is not None
            )
            # a code soon after another code read as a line: "We did not work on C2 (...). Nor ... under C6"
            after_a_code = 0 <= s0 + match.start() - last_code < 400
            near = (
                bracketed
                or after_a_code
                or _AL_KEYWORD.search(text, max(0, s0 + match.start() - 400), s0 + match.end() + 100)
                or any(a <= s0 < b for a, b in line_rows)
            )
            if not (wsis_context or sub is not None or near or _labelled(s_text, match.start(), code)):
                continue
            if _HOPED.search(s_text, 0, match.start()):
                continue  # "so maybe C6 next time": neither work done nor declined
            # a box left unticked before the code declines it: "- [ ] C9 Media", "☐ C2"
            unticked = _UNTICKED.search(s_text, 0, match.start())
            # (a code after its line's name is declined by what comes before the name: "we had no
            # activities relating to cultural diversity and identity, linguistic diversity and local
            # content (C8)")
            named_from = _name_before(s_text, match.start(), code)
            negated = (
                _negated(text, s0, s0 + match.start(), s0 + match.end(), sentence.end)
                or (
                    named_from is not None
                    and _negated(text, s0, s0 + named_from, s0 + match.end(), sentence.end)
                )
                or bool(sentence.table and _DECLINED_STATUS.search(s_text))
                or unticked is not None
                # an item opening with the code under "Not covered this year"
                or (declining_section and _opens(s_text, match.start()))
            )
            if bracketed and not negated:
                # the label's sentence declines it: "we have nothing to report ... (C8)"
                said = s_text[: match.start()]
                negated = bool(_NEG_BEFORE.search(said)) and not _NOT_NEGATION.search(said)
            first = s0 + (unticked.start() if unticked else match.start())
            for one in subs or [sub]:
                add(code, one, "negated" if negated else "stated", (first, sub_end))
            last_code = sub_end
            used.append((match.start(), sub_end - s0))
        # 3. names: official names in quotes or with an action-line keyword, sub-line names in context
        for pattern, code, sub, distinctive in _names():
            for match in pattern.finditer(s_text):
                if any(a <= match.start() < b for a, b in used):
                    continue
                quoted = s_text[max(0, match.start() - 1) : match.start()] in "\"“'‘" and match.start() > 0
                keyword_near = bool(
                    re.search(
                        # "under Action Line", or a line's name as the class of the work: "falls
                        # under the Ethical dimensions of the Information Society"
                        r"action[\s-]+lines?\s*(?:on|of|:|\"|“)?\s*(?:\"|“)?\s*$|"
                        r"\b(?:falls?|fell|sits?|belongs?)\s+(?:under|within|to)\s+(?:the\s+)?$",
                        s_text[max(0, match.start() - 30) : match.start()],
                        re.IGNORECASE,
                    )
                )
                keyword_after = bool(
                    re.match(r"^\s*(?:\"|”)?\s*action[\s-]+line", s_text[match.end() :], re.IGNORECASE)
                )
                # a list's item opening with the line's full name, under a text about the action
                # lines: "4. Ethical dimensions of the Information Society. The WSIS Ethics Lab ..."
                opens = _opens(s_text, match.start())
                lines_before = _AL_KEYWORD.search(text, max(0, s0 - 1500), s0) is not None
                item = distinctive and opens and lines_before
                # or, under such a text, a line's name as an item's label ("- Capacity building: training
                # ...") or right after "under" ("we did not do anything under Media")
                item = item or (
                    lines_before
                    and (
                        (opens and re.match(r"\s*[:–—]", s_text[match.end() :]) is not None)
                        or re.search(r"\bunder\s+(?:the\s+)?$", s_text[: match.start()], re.IGNORECASE)
                        is not None
                    )
                )
                # a line's name written with capitals inside a sentence about the lines ("and to an
                # Enabling environment through policy advocacy"), and C7's name with its sub-lines
                # after it ("Within ICT applications, our work touched e-employment and e-health")
                capitalised = match.group(0)[:1].isupper() and re.search(
                    r"[a-z,]\s+$", s_text[: match.start()]
                )
                with_subs = code == "C7" and _SUB_ANYWHERE.search(s_text, match.end()) is not None
                if sub is not None:
                    ok = keyword_near or keyword_after or (context and quoted)
                else:
                    ok = (
                        keyword_near
                        or keyword_after
                        or ((quoted or distinctive or capitalised) and context)
                        or item
                        or (with_subs and (context or lines_before))
                    )
                if not (ok or declined_here):
                    continue
                negated = declined_here or _negated(
                    text, s0, s0 + match.start(), s0 + match.end(), sentence.end
                )
                add(code, sub, "negated" if negated else "stated", (s0 + match.start(), s0 + match.end()))
                used.append(match.span())
        # 4a. a heading that is a line's name: "E. Enabling environment", "F. ICT applications"
        heading = _HEADING_MARKER.sub("", s_text).strip().rstrip(".:")
        if about_lines and len(heading) <= 90 and "\n" not in heading:
            for pattern, code, sub, _distinctive in _names():
                if sub is None and pattern.fullmatch(heading):
                    # (an item of a section that declines its lines: "Not covered in 2025:" / "- C9." / "Media.")
                    add(code, None, "negated" if declining_section else "stated", (s0, sentence.end))
                    break
                # "ICT applications: e-learning, e-health and e-agriculture": C7 and its sub-lines
                opening = pattern.match(heading) if sub is None and code == "C7" else None
                rest = heading[opening.end() :] if opening else ""
                listed = _SUB_AFTER.match(rest) if opening else None
                if listed and not rest[listed.end() :].strip():
                    add(code, None, "stated", (s0, sentence.end))
                    for name in re.finditer(_SUB_NAME, listed.group("list"), re.IGNORECASE):
                        add(code, _sub_id(name.group(0)), "stated", (s0, sentence.end))
                    break
        # 4b. an item opening with a sub-line's name under C7: "9. E-health. TeleHealth Kestrava ...",
        # or a heading of sub-lines' names: "3.3.2 E-agriculture and e-science"
        item = _SUB_ITEM.match(s_text)
        # (C7 named plain or with its sub-lines: "under C7, e-employment and e-business")
        c7_spans = [
            span
            for (code, _sub, basis), hit in hits.items()
            if code == "C7" and basis == "stated"
            for span in hit.spans
        ]
        under_c7 = any(0 <= s0 - a <= 3000 for a, _ in c7_spans)
        if item and under_c7:
            add("C7", _sub_id(item.group(1)), "stated", (s0 + item.start(1), s0 + item.end(1)))
        if under_c7 and _is_heading(s_text) and _SUB_HEADING.fullmatch(s_text):
            for name in _SUB_ANYWHERE.finditer(s_text):
                add("C7", _sub_id(name.group(0)), "stated", (s0 + name.start(), s0 + name.end()))
        # 4c. a sub-line named as one: "Under the e-agriculture sub-line, WMO and FAO signed ..."
        for named in _SUB_NAMED.finditer(s_text):
            declined = _negated(text, s0, s0 + named.start(), s0 + named.end(), sentence.end)
            span = (s0 + named.start(1), s0 + named.end(1))
            add("C7", _sub_id(named.group(1)), "negated" if declined else "stated", span)
        # 4d. under C7, a sub-line declined by name: "We no longer report on e-agriculture: that work
        # is not ours to claim"
        if under_c7:
            for name in _SUB_ANYWHERE.finditer(s_text):
                if _negated(text, s0, s0 + name.start(), s0 + name.end(), sentence.end):
                    add("C7", _sub_id(name.group(0)), "negated", (s0 + name.start(), s0 + name.end()))
        # 4. sub-line names elsewhere in a sentence that names C7: "Under Action Line C7, our work
        # focused on e-learning and e-business", "e-health, one of the sub-lines of C7"
        for (code, sub, basis), hit in list(hits.items()):
            if code != "C7" or sub is not None or basis != "stated":
                continue
            for c7_start, c7_end in [sp for sp in hit.spans if s0 <= sp[0] < sentence.end]:
                for name in _SUB_ANYWHERE.finditer(s_text):
                    start, end = s0 + name.start(), s0 + name.end()
                    stretch = (min(c7_start, start), max(c7_end, end))
                    if " | " in text[stretch[0] : stretch[1]]:
                        # a table's row: "C7. ICT applications | E-health: the system was rolled out
                        # in 41 hospitals": the code and the name, not the cell of work between
                        add("C7", _sub_id(name.group(0)), basis, (c7_start, c7_end))
                        add("C7", _sub_id(name.group(0)), basis, (start, end))
                    else:
                        add("C7", _sub_id(name.group(0)), basis, stretch)
        # a sentence that names a line twice and declines it once declines it: "Although C5 is
        # relevant to our work, we did not implement activities under C5"
        for (code, sub, basis), hit in list(hits.items()):
            declined = hits.get((code, sub, "negated"))
            if basis != "stated" or declined is None:
                continue
            if any(s0 <= a < sentence.end for a, _ in declined.spans):
                hit.spans = [sp for sp in hit.spans if not s0 <= sp[0] < sentence.end]
                if not hit.spans:
                    del hits[(code, sub, basis)]
    # a plain C7 next to C7 with a sub-line of the same basis is the same claim
    for (code, sub, basis), hit in list(hits.items()):
        if code == "C7" and sub is None and any(k[0] == "C7" and k[1] and k[2] == basis for k in hits):
            subs = [h for k, h in hits.items() if k[0] == "C7" and k[1] and k[2] == basis]
            if all(
                any(a <= s[0] < b or s[0] <= a < s[1] for s in hit.spans for a, b in h.spans) for h in subs
            ):
                del hits[(code, sub, basis)]
    # stated wins over negated for the same line
    for code, sub, basis in list(hits):
        if basis == "negated" and (code, sub, "stated") in hits:
            del hits[(code, sub, basis)]
    return sorted(hits.values(), key=lambda h: (int(h.code[1:]), h.sub_line or "", h.basis))


def reporting_frame_spans(document: Document, hits: list[ActionLineHit]) -> list[tuple[int, int]]:
    """Where the text names the WSIS frame it reports in rather than its work: every mention of
    an action line by a name of four words or more ("Access to information and knowledge",
    "Cultural diversity and identity"), and the stated or declined mentions found (which hold
    sub-line names such as "C7 (e-learning)"). A short name ("capacity building") or a sub-line's
    name elsewhere ("our e-health platform") describes work."""
    spans = [span for hit in hits if hit.basis != "inferred" for span in hit.spans]
    for pattern, _, sub, distinctive in _names():
        if sub is None and distinctive:  # not "Capacity building" or "Media": words of work too
            spans.extend(match.span() for match in pattern.finditer(document.text))
    return sorted(set(spans))


def infer_action_lines(
    document: Document, known: set[tuple[str, str | None]], rejected: set[str], threshold: float = 0.6
) -> list[ActionLineHit]:
    """Action lines the text clearly addresses without naming them: a score from distinct cue
    phrases (each counted once per distinct wording), and the sentences that carry them."""
    cues = action_line_cues()
    body = [s for s in document.sentences if not s.template]
    result = []
    targets: list[tuple[str, str | None, list[dict]]] = []
    for code, entry in cues.items():
        if entry.get("cues"):
            targets.append((code, None, entry["cues"]))
        for sub_id, sub in entry.get("sub_lines", {}).items():
            targets.append(("C7", sub_id, sub.get("cues", [])))
    known_codes = {code for code, _ in known}
    for code, sub, cue_list in targets:
        value = f"{code}" if sub is None else f"{code}"
        if (
            (code, sub) in known
            or (sub is None and code in known_codes and code != "C7")
            or value in rejected
        ):
            continue
        if sub is not None and (code, sub) in known:
            continue
        score = 0.0
        phrases: set[str] = set()
        supporting: list[tuple[float, int, int]] = []
        for cue in cue_list:
            pattern = re.compile(rf"(?<![\w-])(?:{cue['cue']})(?![\w-])", re.IGNORECASE)
            cue_hits = 0
            for sentence in body:
                for match in pattern.finditer(sentence.text):
                    phrase = match.group(0).lower()
                    cue_hits += 1
                    if phrase not in phrases:
                        phrases.add(phrase)
                        score += cue["weight"] * (1.0 if cue_hits == 1 else 0.5)
                        supporting.append((cue["weight"], sentence.start, sentence.end))
            if cue_hits >= 3:
                score += cue["weight"] * 0.25
        if score < threshold or len(supporting) < 2:
            continue
        score = round(min(0.9, 0.5 + 0.4 * min(1.0, (score - threshold) / 0.8 + 0.1)), 2)
        supporting.sort(key=lambda s: (-s[0], s[1]))
        spans = []
        for _, start, end in supporting:
            if (start, end) not in spans:
                spans.append((start, end))
            if len(spans) == 2:
                break
        result.append(ActionLineHit(code, sub, "inferred", sorted(spans), score))
    return result
