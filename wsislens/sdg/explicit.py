"""Explicit SDG references: "SDG 4", "SDG9", "Goal 17", "targets 9.c, 17.6 and 17.8",
"SDGs 16.2, 5.3 and 8.7", "SDGs 5 and 9", "Sustainable Development Goal (SDG) 4", and their
negations ("this work does not address SDG 5").

Precise by design: a number counts only right after an SDG/Goal/Target keyword (a bare "16.2"
may be a section number), targets must exist in the official list, and "16.10.2"-style
indicator ids are never read as targets.
"""

from __future__ import annotations

import re
from functools import lru_cache

from wsislens.sdg.reference import load_goals, load_targets, target_ids
from wsislens.sdg.types import SdgEvidence, SdgMatch

# Keyword before the number(s). Group names tell what a plain integer means after it.
_KEYWORD = (
    r"(?P<kw>"
    r"(?:(?:UN|U\.N\.)\s+)?Sustainable\s+Development\s+Goals?(?:\s*\(\s*SDGs?\s*\))?"
    r"(?:\s+(?P<kw_t1>[Tt]argets?|[Ii]ndicators?))?"
    # (and the Spanish, Portuguese and French forms a submission in English may keep: "ODS 3",
    # "meta 3.8", "Objetivo 17", "ODD 4", "cible 4.a")
    r"|(?:SDGs?|(?-i:ODS|ODD)|Global\s+Goals?)(?:\s+(?P<kw_t2>[Tt]argets?|[Ii]ndicators?))?"
    r"|(?P<kw_goal>[Gg]oals?|[Oo]bjetivos?|[Oo]bjectifs?)"
    r"|(?P<kw_target>[Tt]argets?|[Mm]etas?|[Cc]ibles?)"
    r"|(?P<kw_ind>[Ii]ndicators?)"
    r")"
)
# (a target's letter may be glued to its goal, as a hurried text writes it: "target 9c")
_ITEM = r"(?<![\d.])\d{1,2}(?:\.(?:\d{1,2}|[a-gA-G])(?:\.\d{1,2})?|[a-g])?(?![\w]|\.\d)"
# What may separate items of one list: "5, 8 and 9", "5/8", "16.2; 5.3", "4 & 5", "4 or 5".
_JOIN = (
    r"\s*(?:,\s*(?:and(?:\s+(?:also\s+)?to)?|or|as\s+well\s+as)?|;|/|&|\band(?:\s+(?:also\s+)?to)?\b|\bor\b|\bas\s+well\s+as\b|[-–](?=\s*\d)|\bto\b)"
    r"\s*(?:SDGs?\s*)?"
)
_RANGE = re.compile(r"^\s*(?:[-–]|to)\s*$")
# A list item followed by one of these is a quantity, not an SDG number ("SDG 4 and 5 million people").
_NOT_AFTER = re.compile(
    r"\s*(?:%|per\s*cent|percent|million|billion|thousand|hundred|years?|months?|weeks?|days?|hours?|"
    r"people|persons|countries|times|USD|\$|km|kg)\b",
    re.IGNORECASE,
)
# A goal's own targets in brackets after it, "SDG 9 (9.c specifically) and 8", "Goal 16 (targets
# 16.2 and 16.10)", or its name, "SDGs 4 (quality education) and 5", "targets 9.c (universal and
# affordable access to the Internet) and 16.6", also in capitals: "SDG 2 (Zero Hunger)".
_HINT = r"(?:in\s+particular|especially|esp\.|notably|mainly|specifically|particularly)"
_BRACKETED = (
    r"(?:\s*\(\s*(?:(?:" + _HINT + r"\s+)?(?:[Tt]argets?\s+)?" + _ITEM + r"(?:" + _JOIN + _ITEM + r")*"
    # ("SDG 16 (esp. 16.10 - public access to information)")
    r"(?:\s*,?\s*"
    + _HINT
    + r"|\s*[-–:]\s*[A-Za-z][A-Za-z ,&/'’-]{2,80})?|[A-Za-z][A-Za-z ,&/'’-]{2,60})\s*\))?"
)
# a subject after "on" in lower case ("on universal health coverage"), its last class repeated by a quantifier
_SUBJECT = r"\s+on\s+[a-z][a-z '’-]"
# ... or its subject after "on", when another item follows: "targets 3.8 on universal health
# coverage and 3.d on early warning"
_DESCRIBED = r"(?:" + _SUBJECT + r"{2,60}?(?=\s*(?:,\s*(?:and|or)?|;|\band\b|\bor\b)\s*\d))?"
# ... and the last item's subject up to its clause's end or its verb: "target 2.3 on the incomes of
# small-scale food producers, and ...", "target 5.b on enabling technology for women is the one we cite"
_TARGET_SUBJECT = re.compile(
    _SUBJECT + r"{2,80}?(?=\s*(?:[,;.)]|\band\s+(?:to\s+)?(?:SDGs?|[Tt]argets?|[Gg]oals?)\b|$)"
    r"|\s+(?:is|are|was|were|has|have|had|which|that|who|will|we|our)\b)"
)
_PATTERN = re.compile(
    r"(?<![\w])(?i:"
    + _KEYWORD.replace(
        "(?P<kw_goal>[Gg]oals?|[Oo]bjetivos?|[Oo]bjectifs?)", "(?P<kw_goal>goals?|objetivos?|objectifs?)"
    )
    + r")"
    # on the keyword's line: "Sustainable Development Goals" ending a heading is not followed by
    # the next paragraph's number ("7.1 These efforts")
    r"(?:[^\S\n]*(?:#|[Nn]os?\.|[Nn]°|[Nn]umbers?|:|-)?[^\S\n]*\(?[^\S\n]*"
    # ... or on the next line of a hard-wrapped text, when the sentence goes on after the number
    # ("supports target\n4.4 on skills"), which a paragraph's number ("7.1 These efforts", "13. The
    # activities") does not
    # (or after a page's break, a blank line: "in particular target\n\n9.c on universal ... access")
    r"|[^\S\n]*\n(?:[^\S\n]*\n)?[^\S\n]*(?=" + _ITEM + r"(?:[^\S\n]+[a-z]|[,;)]|\.(?![^\S\n]*[A-Z]))))"
    r"(?P<list>" + _ITEM + _BRACKETED + _DESCRIBED + r"(?:" + _JOIN + _ITEM + _BRACKETED + _DESCRIBED + r")*)"
)
_ITEM_RE = re.compile(_ITEM)
# A goal's own targets after it, without a keyword of their own: "SDG5, especially 5.b", "SDG 16
# above all: 16.10 (public access to information) and 16.9 (legal identity for all)"; only numbers
# of that goal count ("SDG 4, especially 2.5 million learners" is no target)
_OWN_ITEM = _ITEM + r"(?:\s*\([^()\n]{1,120}\))?"  # a target and what it is about, in brackets
_OWN_TARGETS = re.compile(
    r"[^\S\n]*[,:]?[^\S\n]*(?:" + _HINT + r"|above\s+all|including|namely)[^\S\n]*:?[^\S\n]*"
    r"(?P<list>" + _OWN_ITEM + r"(?:" + _JOIN + _OWN_ITEM + r")*)"
)
_SDG_PREFIX = re.compile(r"SDGs?\s*$", re.IGNORECASE)
_SDG_CONTEXT = re.compile(r"\bSDGs?\b|Sustainable\s+Development|2030\s+Agenda|Global\s+Goals", re.IGNORECASE)

# Negation: a cue in the same clause before the reference, or a denial right after the list.
_CLAUSE_BREAK = re.compile(
    r"[.;:!?\n]|,|\bbut\b|\bwhile\b|\bwhereas\b|\balthough\b|\bhowever\b", re.IGNORECASE
)
_NEG_BEFORE = re.compile(
    r"\b(?:not|never|no|neither|nor|without|excluding|except|other\s+than|rather\s+than|instead\s+of|"
    r"unrelated\s+to|outside\s+(?:of\s+)?the\s+scope\s+of|beyond\s+the\s+scope\s+of)\b|n't\b",
    re.IGNORECASE,
)
# (and a double negation, which affirms: "None of it would be possible without the partnerships of
# SDG 17", "none of it lasts without the skills that Sustainable Development Goal 4 calls for")
_NOT_NEGATION = re.compile(
    r"\bnot\s+only\b|\bnot\s+just\b|\bno\s+doubt\b|\bno\s+less\b|"
    r"\b(?:none|nothing|not|never|cannot|can't|impossible)\b[^.;]{0,60}?\bwithout\b",
    re.IGNORECASE,
)
_NEG_AFTER = re.compile(
    r"^\s*\)?\s*(?:(?:is|are|was|were|remains?)\s+(?:not|never|outside|beyond)\b|"
    r"(?:is|are|was|were)\s+n't\b|not\s+(?:addressed|covered|targeted|concerned|included)\b)",
    re.IGNORECASE,
)
_NEG_WINDOW = 80


_BRACKETS = re.compile(r"\([^()]*\)")


def _is_negated(text: str, start: int, end: int) -> bool:
    window_start = max(0, start - _NEG_WINDOW)
    # (a goal's name in brackets before it denies nothing: "SDG 1 (no poverty) and Goal 8")
    before = _BRACKETS.sub(" ", text[window_start:start])
    breaks = list(_CLAUSE_BREAK.finditer(before))
    if breaks:
        before = before[breaks[-1].end() :]
    cleaned = _NOT_NEGATION.sub(" ", before)
    if _NEG_BEFORE.search(cleaned):
        return True
    after = text[end : end + 60]
    return bool(_NEG_AFTER.match(after))


@lru_cache(maxsize=1)
def _valid_targets() -> frozenset[str]:
    return target_ids()


@lru_cache(maxsize=1)
def _goal_names() -> dict[int, str]:
    return {goal: info["short"].lower() for goal, info in load_goals().items()}


def _reference_end(text: str, found: re.Match) -> int:
    """Where a reference ends, with what names its last item after "on": the goal's own name
    ("SDG 13 on climate action" names goal 13; it does not describe work for target 13.2), or a
    target's subject up to the end of its clause ("target 2.3 on the productivity and incomes of
    small-scale food producers, and ...")."""
    last = _ITEM_RE.findall(found.group("list"))[-1]
    rest = text[found.end() :]
    if last.isdigit():
        name = _goal_names().get(int(last))
        after = name and re.match(r"\s+on\s+(?:the\s+)?" + re.escape(name) + r"\b", rest, re.IGNORECASE)
    else:
        after = _TARGET_SUBJECT.match(rest)
    return found.end() + (after.end() if after else 0)


def _normalise_item(item: str) -> str:
    return re.sub(r"^(\d{1,2})([a-g])$", r"\1.\2", item.lower())  # "9c" is 9.c


def find_explicit(text: str) -> list[SdgMatch]:
    """Stated (and negated) SDG references in `text`, in text order, with exact offsets.

    One match per referenced goal or target occurrence; a target reference yields a target
    match only (its goal is implied, not stated); indicator ids are skipped.
    """
    return scan(text)[0]


def _reference(text: str, goal: int, target: str | None, negated: bool, start: int, end: int) -> SdgMatch:
    """A stated (or denied) goal or target, quoted by text[start:end]."""
    return SdgMatch(
        goal=goal,
        target=target,
        basis="negated" if negated else "stated",
        score=0.0 if negated else 1.0,
        evidence=(SdgEvidence(text[start:end], start, end),),
    )


def scan(text: str) -> tuple[list[SdgMatch], list[tuple[int, int]]]:
    """(`find_explicit` of `text`, the span of each whole SDG reference in it).

    A reference's span holds what its list holds in brackets ("SDG 9 (industry, innovation and
    infrastructure)"): words that name a goal, not work that serves one, so inference leaves
    them out."""
    if not text:
        return [], []
    valid = _valid_targets()
    sdg_context: bool | None = None
    matches: list[SdgMatch] = []
    spans: list[tuple[int, int]] = []
    for found in _PATTERN.finditer(text):
        spans.append((found.start(), _reference_end(text, found)))
        kw = found.group("kw")
        kind_word = (found.group("kw_t1") or found.group("kw_t2") or "").lower()
        if found.group("kw_ind") or kind_word.startswith("indicator"):
            continue  # indicators are not targets, and do not state a goal either
        target_only = bool(found.group("kw_target")) or kind_word.startswith("target")
        if found.group("kw_goal"):
            if kw[0].islower() or target_only:
                # lowercase "goal 3" only counts in a text that speaks of the SDGs at all
                if sdg_context is None:
                    sdg_context = bool(_SDG_CONTEXT.search(text))
                if not sdg_context:
                    continue
        negated = _is_negated(text, found.start(), found.end())
        list_start = found.start("list")
        first = True
        previous: tuple[int, int, int] | None = None  # (goal, span start, end) of the last plain goal
        for item_match in _ITEM_RE.finditer(found.group("list")):
            item = _normalise_item(item_match.group(0))
            i_start = list_start + item_match.start()
            i_end = list_start + item_match.end()
            if not first and _NOT_AFTER.match(text, i_end):
                break
            span_start = found.start() if first else i_start
            prefix = None if first else _SDG_PREFIX.search(text, max(0, i_start - 6), i_start)
            if prefix:
                span_start = prefix.start()
            first = False
            parts = item.split(".")
            if len(parts) == 3:
                continue  # an indicator id such as 16.10.2
            if len(parts) == 1:
                if target_only and not prefix:
                    continue  # "target 5" names no target; "target 9.c, and SDG 16" names goal 16
                goal = int(parts[0])
                if not 1 <= goal <= 17:
                    continue
                target = None
                if previous and previous[0] < goal and _RANGE.match(text[previous[2] : i_start]):
                    # "SDGs 1-5", "Goals 8 to 10": the goals in between are stated too
                    r_start = previous[1]
                    for middle in range(previous[0] + 1, goal):
                        matches.append(_reference(text, middle, None, negated, r_start, i_end))
                previous = (goal, span_start, i_end)
            else:
                previous = None
                if item not in valid:
                    continue
                goal = int(parts[0])
                target = item
            matches.append(_reference(text, goal, target, negated, span_start, i_end))
            if target is None and item_match.end() == len(found.group("list")):
                own = _OWN_TARGETS.match(text, spans[-1][1])
                own_end = None
                for listed_item in _ITEM_RE.finditer(own.group("list")) if own else ():
                    own_target = _normalise_item(listed_item.group(0))
                    if own_target.split(".")[0] != str(goal) or own_target not in valid:
                        continue
                    t_start = own.start("list") + listed_item.start()
                    own_end = own.start("list") + listed_item.end()
                    matches.append(_reference(text, goal, own_target, negated, t_start, own_end))
                if own_end is not None:
                    spans[-1] = (spans[-1][0], own_end)
    matches += _told_apart(text, valid, matches, spans)
    matches.sort(key=lambda m: m.evidence[0].start)  # (in text order, those told apart too)
    return matches, spans


# A target named after a verb ("Its core target is 3.8 on universal health coverage"), and, in a
# sentence that states a target, another target's number after "under" or "to" ("falls under target
# 5.2, and the online recruitment of children under 8.7"): a dotted number that names a real target,
# then its subject, or the end of its clause
_DOTTED = r"(?<![\w.])\d{1,2}\.(?:\d{1,2}|[a-gA-G])(?![\w]|\.\d)"
_TARGET_IS = re.compile(
    r"\b[Tt]argets?\s+(?:is|are|was|were|include|includes)\s+(?P<list>"
    + _DOTTED
    + r"(?:"
    + _JOIN
    + _DOTTED
    + r")*)"
)
_UNDER = re.compile(r"\b(?:under|to)\s+(?P<list>" + _DOTTED + r")(?=\s*(?:[,.;)]|\s+on\s|$))")
# ... or a bare target followed by its official words: "every campaign we run is really about 16.10:
# public access to information and the protection of fundamental freedoms"
_BARE_WITH_TEXT = re.compile(r"(?P<list>" + _DOTTED + r")\s*[:(–—-]\s*(?P<words>[A-Za-z][a-z ,'’-]{12,80})")


def _says_its_target(found: re.Match) -> bool:
    """Whether the words after a bare number begin with four words of that target's official text."""
    official = _target_words().get(found.group("list").lower())
    words = re.findall(r"[a-z]+", found.group("words").lower())[:4]
    return bool(official) and len(words) == 4 and " ".join(words) in official


@lru_cache(maxsize=1)
def _target_words() -> dict[str, str]:
    """Each target's official text as its lower-case words, one space apart."""
    return {
        target: " ".join(re.findall(r"[a-z]+", info["text"].lower()))
        for target, info in load_targets().items()
    }


_SENTENCE = re.compile(r"(?:[^.!?\n]|\.(?=\w))+")  # (a full stop inside "5.2" or "e.g" ends none)


def _told_apart(
    text: str, valid: frozenset[str], matches: list[SdgMatch], spans: list[tuple[int, int]]
) -> list[SdgMatch]:
    """Targets named apart from a keyword right before them (see `_TARGET_IS`, `_BARE_WITH_TEXT`
    and `_UNDER`)."""
    found = []
    taken = [(m.evidence[0].start, m.evidence[0].end) for m in matches]
    stated_targets = [m.evidence[0].start for m in matches if m.target and m.basis == "stated"]
    candidates = list(_TARGET_IS.finditer(text)) if "arget" in text else []
    candidates += [bare for bare in _BARE_WITH_TEXT.finditer(text) if _says_its_target(bare)]
    for sentence in _SENTENCE.finditer(text) if stated_targets else ():
        if any(sentence.start() <= start < sentence.end() for start in stated_targets):
            candidates += _UNDER.finditer(text, sentence.start(), sentence.end())
    for reference in candidates:
        for item in _ITEM_RE.finditer(reference.group("list")):
            start = reference.start("list") + item.start()
            end = start + len(item.group(0))
            target = _normalise_item(item.group(0))
            if target not in valid or any(a <= start < b for a, b in taken) or _NOT_AFTER.match(text, end):
                continue  # (not "Our target is 2.5 million learners")
            negated = _is_negated(text, reference.start(), end)
            found.append(_reference(text, int(target.split(".")[0]), target, negated, start, end))
            spans.append((start, end))
            taken.append((start, end))
    return found


# a table's cell under a heading of SDGs that holds nothing but their numbers: "9.1; 9.c", "4, 5",
# "SDG 16 / 16.10"
_LISTED = re.compile(
    r"\s*(?:(?:SDGs?|[Tt]argets?|[Gg]oals?)\s*)?"
    + _ITEM
    + r"(?:"
    + _JOIN
    + r"(?:[Tt]argets?\s*)?"
    + _ITEM
    + r")*\s*\.?\s*"
)


def listed(text: str, start: int, end: int) -> list[SdgMatch]:
    """The goals and targets a table's cell of SDGs lists by number alone (its column's heading
    says what they are); none when the cell holds anything else, which `scan` reads."""
    if not _LISTED.fullmatch(text, start, end):
        return []
    valid = _valid_targets()
    matches = []
    for item_match in _ITEM_RE.finditer(text, start, end):
        item = _normalise_item(item_match.group(0))
        parts = item.split(".")
        if len(parts) == 1 and 1 <= int(item) <= 17:
            goal, target = int(item), None
        elif len(parts) == 2 and item in valid:
            goal, target = int(parts[0]), item
        else:
            continue
        matches.append(_reference(text, goal, target, False, item_match.start(), item_match.end()))
    return matches
