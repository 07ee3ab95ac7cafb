"""The curated SDG vocabularies (data/reference/sdg_vocabulary.yaml) and a fast phrase matcher.

Phrases are matched on folded word tokens (see `wsislens.sdg.text`), leftmost-longest and
without overlaps, so "sexual exploitation of children" wins over "children". Hits inside a
clause that denies relevance ("this project does not address child labour") are dropped. A target
whose subject is a group of people is also named by a pair of words in one clause ("children who
face violence"; `match_pairs`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from wsislens.paths import REFERENCE_DIR
from wsislens.reference import load_yaml
from wsislens.sdg.text import phrase_key

VOCABULARY_PATH = REFERENCE_DIR / "sdg_vocabulary.yaml"
PRACTICE_PATH = REFERENCE_DIR / "sdg_practice.yaml"
GOAL_WORD_WEIGHT = 0.5


@dataclass(frozen=True)
class Entry:
    goal: int
    target: str | None
    weight: float


@dataclass(frozen=True)
class Hit:
    start: int
    end: int
    key: tuple[str, ...]
    entries: tuple[Entry, ...]


def phrase_weight(key: tuple[str, ...]) -> float:
    """Longer phrases are more specific: 1 word 1.0, 2 words 1.6, 3+ words 2.0."""
    return {1: 1.0, 2: 1.6}.get(len(key), 2.0)


@lru_cache(maxsize=1)
def _raw() -> dict:
    return load_yaml(VOCABULARY_PATH)


@lru_cache(maxsize=1)
def practice_phrases() -> dict[str, list[str]]:
    """target id -> its phrases of practice as written (data/reference/sdg_practice.yaml)."""
    return {str(t): [str(p) for p in phrases] for t, phrases in load_yaml(PRACTICE_PATH)["targets"].items()}


def target_phrases() -> dict[str, list[str]]:
    """target id -> its vocabulary phrases as written."""
    return {str(t): [str(p) for p in phrases] for t, phrases in _raw()["targets"].items()}


@lru_cache(maxsize=1)
def cue_words() -> dict[str, frozenset[str]]:
    """The goal-neutral cue words by kind ("development", "measurement"), folded."""
    return {
        kind: frozenset(word for entry in words for word in phrase_key(str(entry)))
        for kind, words in _raw()["cues"].items()
    }


@lru_cache(maxsize=1)
def medium_keys() -> frozenset[tuple[str, ...]]:
    """The folded phrases of the medium of WSIS work (see the vocabulary file's `medium`)."""
    return frozenset(key for phrase in _raw().get("medium", ()) if (key := phrase_key(str(phrase))))


def without_bare_medium(hits: list[Hit]) -> list[Hit]:
    """`hits` with the medium's phrases kept only for the goals, and targets, that other hits
    name too; for a goal named only by other hits, the phrase supports the goal, not a target."""
    medium = medium_keys()
    goals, targets = set(), set()
    for hit in hits:
        if hit.key not in medium:
            for entry in hit.entries:
                goals.add(entry.goal)
                targets.add(entry.target)
    out = []
    for hit in hits:
        if hit.key in medium:
            kept: dict[tuple[int, str | None], Entry] = {}  # once per goal where targets are dropped
            for entry in hit.entries:
                if entry.goal in goals:
                    target = entry.target if entry.target in targets else None
                    kept.setdefault((entry.goal, target), Entry(entry.goal, target, entry.weight))
            if not kept:
                continue
            hit = Hit(hit.start, hit.end, hit.key, tuple(kept.values()))
        out.append(hit)
    return out


# phrase key -> its entries, and for each first word the lengths of the phrases it opens, longest first
Table = tuple[dict[tuple[str, ...], tuple[Entry, ...]], dict[str, tuple[int, ...]]]


def _target_table(by_target: dict) -> dict[tuple[str, ...], dict[tuple[int, str | None], Entry]]:
    table: dict[tuple[str, ...], dict[tuple[int, str | None], Entry]] = {}
    for target, phrases in by_target.items():
        goal = int(str(target).split(".")[0])
        for phrase in phrases:
            key = phrase_key(str(phrase))
            if key:
                table.setdefault(key, {})[(goal, str(target))] = Entry(goal, str(target), phrase_weight(key))
    return table


def _frozen(table: dict[tuple[str, ...], dict[tuple[int, str | None], Entry]]) -> Table:
    frozen = {key: tuple(value.values()) for key, value in table.items()}
    lengths: dict[str, set[int]] = {}
    for key in frozen:
        lengths.setdefault(key[0], set()).add(len(key))
    return frozen, {word: tuple(sorted(found, reverse=True)) for word, found in lengths.items()}


@lru_cache(maxsize=1)
def load_vocabulary() -> Table:
    """phrase key -> entries, and for each first word the lengths of the phrases it opens."""
    raw = _raw()
    table = _target_table(raw["targets"])
    for goal, phrases in raw["goals"].items():
        for phrase in phrases:
            key = phrase_key(str(phrase))
            if not key:
                continue
            slot = table.setdefault(key, {})
            if any(g == int(goal) for g, _ in slot):
                continue  # already a target phrase of this goal
            slot[(int(goal), None)] = Entry(int(goal), None, GOAL_WORD_WEIGHT * phrase_weight(key))
    return _frozen(table)


@lru_cache(maxsize=1)
def generic_keys() -> frozenset[tuple[str, tuple[str, ...]]]:
    """(target, folded phrase) of the vocabulary file's `generic` phrases: the setting of a target's
    work rather than its aim, which count for the goal but do not name the target by themselves."""
    return frozenset(
        (str(target), key)
        for target, phrases in (_raw().get("generic") or {}).items()
        for phrase in phrases
        if (key := phrase_key(str(phrase)))
    )


@lru_cache(maxsize=1)
def load_practice() -> Table:
    """The phrases of practice (data/reference/sdg_practice.yaml) as a table of their own: they
    tell a goal's targets apart and never count towards the goal itself."""
    return _frozen(_target_table(practice_phrases()))


# Clauses that deny relevance; nothing in them counts as evidence. Cues of the first kind deny
# what follows them ("does not address child labour"), the second kind what precedes them
# ("child labour is not addressed", "... is beyond the scope of this report").
_DENIAL_BEFORE = re.compile(
    r"\b(?:does|do|did|will|would|is|are|was|were|shall|should|can|could|has|have)\s+not\s+"
    r"(?:directly\s+|specifically\s+|explicitly\s+)?"
    r"(?:address|concern|relate|cover|target|deal|focus|tackle|contribute|involve|aim|include|touch|"
    r"seek|intend|attempt|support|serve|work\s+on)\w*"
    r"|\b(?:doesn|don|didn|isn|aren|won)['’]t\s+"
    r"(?:address|concern|relate|cover|target|deal|focus|tackle|contribute|involve|aim|include|touch|"
    r"support|serve|work\s+on)\w*"
    r"|\bnot\s+(?:related|relevant|linked|connected)\s+to\b|\bunrelated\s+to\b|\bnothing\s+to\s+do\s+with\b"
    r"|\bno\s+(?:link|connection|relation)\s+(?:to|with)\b|\b(?:is|are)\s+not\s+about\b",
    re.IGNORECASE,
)
# A body's scope, remit or mandate, with its owner: "the Authority's mandate", "our core remit".
_REMIT = (
    r"(?:(?:the|its|our|their|this|his|her)\s+)?(?:[\w-]+['’]s\s+)?(?:\w+\s+)?"
    r"(?:scope|remit|mandate|purview)\b"
)
_DENIAL_AFTER = re.compile(
    r"\b(?:is|are|was|were)\s+not\s+(?:addressed|covered|targeted|tackled|considered)\b"
    r"|\b(?:is|are|was|were|lies|lie|lay|fall|falls|fell)\s+(?:outside|beyond)\s+(?:of\s+)?"
    + _REMIT
    + r"|\b(?:is|are|was|were)\s+not\s+(?:within|in|part\s+of)\s+"
    + _REMIT,
    re.IGNORECASE,
)
_DENIAL_WORDS = (
    "not",
    "n't",
    "n’t",
    "unrelated",
    "nothing",
    "no link",
    "no connection",
    "no relation",
    "outside",
    "beyond",
)
_CLAUSE_END = re.compile(r"[.;!?\n]|\bbut\b|\bwhile\b|\bwhereas\b|\bhowever\b", re.IGNORECASE)


# Passing mentions; what they name is not the work's aim, so it counts no more than a denial.
# The first kind names what follows it, up to the end of its phrase ("after a brief reference to
# climate change, the group ..."), the second (a clause opening "In passing,") the rest of its
# clause, the third what precedes it in its clause ("gender was mentioned only in passing").
_PASSING_BEFORE = re.compile(
    r"\b(?:a|an|one|the|its|their)\s+(?:brief|short|passing|fleeting|cursory|single)\s+"
    r"(?:reference|mention|allusion|nod)s?\s+(?:to|of)\b"
    r"|\bpassing\s+(?:reference|mention)s?\s+(?:to|of)\b"
    r"|\b(?:briefly|fleetingly|in\s+passing)\s+(?:mention|refer|touch|note|allude|cite)\w*(?:\s+(?:to|on|upon))?\b"
    r"|\b(?:mention|refer|note|allude|cite)\w*(?:\s+to)?\s+(?:briefly|in\s+passing)\b"
    r"|\btouch(?:ed|es|ing)?\s+(?:briefly\s+)?(?:up)?on\b",
    re.IGNORECASE,
)
_PASSING_AFTER = re.compile(
    r"\b(?:is|are|was|were|be|been)\s+(?:only\s+|also\s+)?(?:briefly\s+|in\s+passing\s+)"
    r"(?:mentioned|noted|cited|discussed|referred\s+to|touched\s+(?:up)?on|alluded\s+to)"
    r"|\b(?:is|are|was|were|be|been)\s+(?:only\s+|also\s+)?"
    r"(?:mentioned|noted|cited|discussed|referred\s+to|touched\s+(?:up)?on|alluded\s+to)\s+"
    r"(?:only\s+)?(?:briefly|in\s+passing)\b"
    # ("The strategy mentions SDG 3 only in passing")
    # (a topic between them, which "mentioned in passing the malaria programme" has after them)
    r"|\b(?:mention|refer|note|cite|allude)\w*\s+(?!(?:only\s+)?in\s+passing\b)[^.;:!?\n]{1,60}?"
    r"\s+(?:only\s+)?in\s+passing\b",
    re.IGNORECASE,
)
_PASSING_LEAD = re.compile(
    r"(?:^|(?<=[.;!?\n]))\s*(?:also\s+|and\s+)?(?:in\s+passing|as\s+an\s+aside|parenthetically)\s*,",
    re.IGNORECASE,
)
_PASSING_WORDS = (
    "brief",
    "passing",
    "touch",
    "short",
    "fleeting",
    "cursory",
    "single",
    "nod",
    "aside",
    "parenthetical",
)
_PHRASE_END = re.compile(r"[,:()]|\bbefore\b|\bthen\b", re.IGNORECASE)


def passing_spans(text: str) -> list[tuple[int, int]]:
    """The parts of `text` that name a topic only in passing."""
    low = text.lower()
    if not any(cue in low for cue in _PASSING_WORDS):
        return []
    spans = []
    for cue in _PASSING_BEFORE.finditer(text):
        phrase = _PHRASE_END.search(text, cue.end())
        spans.append(
            (cue.start(), min(_clause_end(text, cue.end()), phrase.start() if phrase else len(text)))
        )
    spans += [(cue.start(), _clause_end(text, cue.end())) for cue in _PASSING_LEAD.finditer(text)]
    spans += [(_clause_start(text, cue.start()), cue.end()) for cue in _PASSING_AFTER.finditer(text)]
    return spans


# The names of the frame every WSIS submission reports in: its summit, its outcome documents and the
# Commission it reports to. Their words ("information society", "science and technology") name the
# frame, not the work: "Contribution to the Commission on Science and Technology for Development" is
# not research capacity (9.5).
_FRAME = re.compile(
    r"\b(?:(?:United\s+Nations\s+)?Commission\s+on\s+Science\s+and\s+Technology\s+for\s+Development|"
    r"World\s+Summit\s+on\s+the\s+Information\s+Society|(?:Tunis\s+)?Agenda\s+for\s+the\s+Information\s+Society|"
    r"(?:Tunis|Geneva)\s+Commitment|Geneva\s+Plan\s+of\s+Action|WSIS\s+Forum|"
    r"United\s+Nations\s+Group\s+on\s+the\s+Information\s+Society|"
    r"Partnership\s+on\s+Measuring\s+ICT\s+for\s+Development)\b",
    re.IGNORECASE,
)


# each name of the frame holds one of these words (a cheap test before the pattern)
_FRAME_WORDS = ("commission", "summit", "agenda", "commitment", "action", "wsis", "society", "measuring")


def frame_spans(text: str) -> list[tuple[int, int]]:
    """The names of the WSIS frame in `text` (see `_FRAME`)."""
    low = text.lower()
    if not any(word in low for word in _FRAME_WORDS):
        return []
    return [found.span() for found in _FRAME.finditer(text)]


def discounted_spans(text: str) -> list[tuple[int, int]]:
    """The parts of `text` whose words do not count as relevance: denials, passing mentions and the
    names of the WSIS frame."""
    return denied_spans(text) + passing_spans(text) + frame_spans(text)


def denied_spans(text: str) -> list[tuple[int, int]]:
    """The parts of `text` that deny relevance."""
    low = text.lower()
    if not any(cue in low for cue in _DENIAL_WORDS):
        return []
    spans = [(cue.start(), _clause_end(text, cue.end())) for cue in _DENIAL_BEFORE.finditer(text)]
    spans += [(_clause_start(text, cue.start()), cue.end()) for cue in _DENIAL_AFTER.finditer(text)]
    return spans


def _clause_end(text: str, position: int) -> int:
    """Where the clause holding `position` ends."""
    after = _CLAUSE_END.search(text, position)
    return after.start() if after else len(text)


def _clause_start(text: str, position: int) -> int:
    """Where the clause holding `position` starts."""
    start = 0
    for brk in _CLAUSE_END.finditer(text, 0, position):
        start = brk.end()
    return start


def match_tokens(
    toks: list[tuple[str, int, int]], vocabulary: Table | None = None, *, overlapping: bool = False
) -> list[Hit]:
    """Hits of `vocabulary` (by default the goals' vocabulary) over folded tokens, in text
    order, leftmost-longest; with `overlapping`, a phrase may also start inside an earlier hit
    and run past its end ("pay-as-you-go solar" and "solar home system"), but not lie within it."""
    table, opened = vocabulary if vocabulary is not None else load_vocabulary()
    words = [t[0] for t in toks]
    hits: list[Hit] = []
    i, n = 0, len(words)
    reach = 0  # the end (in words) of the furthest hit so far
    while i < n:
        lengths = opened.get(words[i])
        if lengths is None:
            i += 1
            continue
        found = None
        for length in lengths:
            if length > n - i:
                continue
            entries = table.get(tuple(words[i : i + length]))
            if entries is not None:
                found = (length, entries)
                break
        if found is None:
            i += 1
            continue
        length, entries = found
        if i + length > reach:
            hits.append(Hit(toks[i][1], toks[i + length - 1][2], tuple(words[i : i + length]), entries))
            reach = i + length
        i += 1 if overlapping else length
    return hits


# Targets whose subject is a group of people (the vocabulary file's `pairs`): a word of who and a
# word of what the target says of them, in one clause and at most PAIR_WINDOW words apart ("children
# who face violence" for 16.2, "women who stand as candidates" for 5.5), name the target as a
# two-word phrase does.
PAIR_WINDOW = 8
PAIR_WEIGHT = phrase_weight(("who", "what"))  # a phrase of two words
WHO, WHAT = 0, 1
# a clause ends at a full stop, a semicolon, a question or exclamation mark, a blank line, or a line
# that opens a list's item ("\n- ", "\n• ", "\n(b) "; "\n2. " ends at its full stop)
_CLAUSE_BREAK = re.compile(r"[.;!?]|\n\s*(?:\n|[-•*·▪–]\s|\(?\w{1,2}\)\s)")


@lru_cache(maxsize=1)
def load_pairs() -> dict[str, tuple[tuple[int, str], ...]]:
    """folded word -> the (role, target) pairs it takes part in, role WHO or WHAT."""
    out: dict[str, list[tuple[int, str]]] = {}
    for target, lists in (_raw().get("pairs") or {}).items():
        for role, name in ((WHO, "who"), (WHAT, "what")):
            for word in lists[name]:
                key = phrase_key(str(word))
                if len(key) != 1:
                    raise ValueError(f"pairs of {target}: {word!r} is not one word")
                out.setdefault(key[0], []).append((role, str(target)))
    return {word: tuple(roles) for word, roles in out.items()}


def match_pairs(toks: list[tuple[str, int, int]], text: str, hits: list[Hit]) -> list[Hit]:
    """Hits of the `pairs` targets over folded tokens (`outside`'s gaps kept): each word of what
    with the nearest word of who in its clause, both outside the phrases (`hits`) of the pair's
    target. A word of who inside any phrase of two words or more takes no part either ("child
    labour and human trafficking" names 8.7, not 16.2), and takes part in one hit per target."""
    pairs = load_pairs()
    roles = [pairs.get(word, ()) for word, _, _ in toks]
    with_who = {target for found in roles for role, target in found if role == WHO}
    if not with_who:
        return []
    starts = [start for _, start, _ in toks]
    in_phrase: set[int] = set()
    held: dict[str, set[int]] = {}
    for hit in hits:
        covered = range(bisect_left(starts, hit.start), bisect_left(starts, hit.end))
        if len(hit.key) > 1:
            in_phrase.update(covered)
        for entry in hit.entries:
            if entry.target in with_who:
                held.setdefault(entry.target, set()).update(covered)
    out: list[Hit] = []
    used: set[tuple[str, int]] = set()
    for i, found in enumerate(roles):
        for role, target in found:
            if role != WHAT or target not in with_who or i in held.get(target, ()):
                continue
            window = range(max(0, i - PAIR_WINDOW), min(len(toks), i + PAIR_WINDOW + 1))
            for j in sorted(window, key=lambda j: abs(j - i)):
                if (
                    (WHO, target) not in roles[j]
                    or (target, j) in used
                    or j in in_phrase
                    or j in held.get(target, ())
                ):
                    continue
                a, b = min(i, j), max(i, j)
                if any(t[0] == "\x00" for t in toks[a : b + 1]) or _CLAUSE_BREAK.search(
                    text, toks[a][2], toks[b][1]
                ):
                    continue
                used.add((target, j))
                goal = int(target.split(".")[0])
                out.append(
                    Hit(toks[a][1], toks[b][2], (toks[a][0], toks[b][0]), (Entry(goal, target, PAIR_WEIGHT),))
                )
                break
    return out


def outside(toks: list[tuple[str, int, int]], spans: list[tuple[int, int]]) -> list[tuple[str, int, int]]:
    """The tokens not inside any of `spans`; a gap is left where tokens were removed, so no
    phrase is matched across a removed span."""
    if not spans:
        return toks
    out = []
    for tok in toks:
        if any(a <= tok[1] < b for a, b in spans):
            if out and out[-1][0] != "\x00":
                out.append(("\x00", tok[1], tok[1]))
            continue
        out.append(tok)
    return out
