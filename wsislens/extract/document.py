"""The analysed document: canonical text cut into lines and sentences, the spans of template
text, and evidence helpers every fact extractor shares."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, cached_property
from itertools import groupby

from wsislens.extract.patterns import (
    LEGAL_FORMS_WITH_STOP,
    LETTER_CLOSING,
    MAIL_LABEL,
    MONTH_ABBREVIATIONS,
    MONTH_NAMES,
    DateSpan,
    find_dates,
    writes_decimal_comma,
    writes_month_first,
)
from wsislens.extract.text import CanonicalText, continues_row, fit_cells, note_numbers, spaced_cells
from wsislens.paths import REFERENCE_DIR
from wsislens.reference import load_yaml
from wsislens.sdg.sentences import GROUP_LABEL, figure_row

_ABBREVIATIONS = re.compile(
    rf"(?:\b(?:e\.g|i\.e|etc|No|Nos|Mr|Mrs|Ms|Dr|Prof|St|vs|cf|para|paras|Art|approx|{LEGAL_FORMS_WITH_STOP}|Rev|U\.N|U\.S|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Fig|Vol|p|pp)|\b[A-Z])\.$"
)
_SENTENCE_BREAK = re.compile(
    r"(?<=[.!?…])(?:\[\d{1,3}\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)?[\"”’)\]]*\s+(?=[\"“‘(\[]?[A-Z0-9•\-–])"
)


@cache
def cues() -> dict:
    return load_yaml(REFERENCE_DIR / "extract_cues.yaml")


@cache
def action_line_cues() -> dict:
    return load_yaml(REFERENCE_DIR / "extract_action_lines.yaml")["action_lines"]


@dataclass
class Sentence:
    start: int
    end: int
    text: str
    template: bool = False
    table: bool = False


@dataclass
class Document:
    canonical: CanonicalText
    sentences: list[Sentence] = field(default_factory=list)
    template_spans: list[tuple[int, int]] = field(default_factory=list)
    notes_spans: list[tuple[int, int]] = field(default_factory=list)  # footnotes, endnotes, references
    reference_spans: list[tuple[int, int]] = field(default_factory=list)  # lists of references
    title_end: int = 0
    blocks: list[tuple[int, int]] = field(default_factory=list)
    _dates: list | None = None
    _date_starts: list[int] = field(default_factory=list)
    _year: str | None = None  # the year of a day written without one (`date_days_in`)
    _table_rows: list | None = None  # `table_rows`, read once

    @property
    def text(self) -> str:
        return self.canonical.text

    def in_template(self, start: int, end: int | None = None) -> bool:
        end = start + 1 if end is None else end
        if start < self.title_end:
            return True
        # (nor is a list of the works a text cites; its notes may state what its work serves)
        return any(
            s <= start and end <= e for spans in (self.template_spans, self.reference_spans) for s, e in spans
        )

    def aside(self, start: int, end: int | None = None) -> bool:
        """Whether a span stands outside the account of the work, in the template or the notes:
        a programme named only in a note is a source or an aside, not the year's work."""
        end = start + 1 if end is None else end
        return self.in_template(start, end) or self._in_notes(start, end)

    def cited(self, start: int, end: int) -> bool:
        """Whether a name stands in a note as the author of a work it cites ("5 Alliance for
        Affordable Internet, 2025 Affordability Report", "see ITU (2024)"), not in a note's
        sentence ("... validated by the National Statistics Office.")."""
        return self._in_notes(start, end) and bool(_CITED_WORK.match(self.text, end))

    def _in_notes(self, start: int, end: int) -> bool:
        return any(s <= start and end <= e for s, e in self.notes_spans)

    def evidence(self, start: int, end: int) -> dict:
        """An evidence item for text[start:end], trimmed of surrounding blanks and markup."""
        text = self.text
        while start < end and (text[start].isspace() or text[start] in "*_#>"):
            start += 1
        while end > start and (text[end - 1].isspace() or text[end - 1] in "*_#"):
            end -= 1
        item = {"quote": text[start:end], "start": start, "end": end}
        page = self.canonical.page_of(start)
        if page is not None:
            item["page"] = page
        return item

    def date_days_in(self, year: str | None) -> None:
        """Date a day written without its year ("on 3 March") in `year`: the one calendar year of
        the reporting period, when there is one."""
        if year != self._year:
            self._year, self._dates = year, None

    @cached_property
    def month_first(self) -> bool:
        """Whether the text writes its numeric dates month first ("3/14/2025")."""
        return writes_month_first(self.text)

    @cached_property
    def decimal_comma(self) -> bool:
        """Whether the text writes its numbers the continental way ("1.250", "3,5 million")."""
        return writes_decimal_comma(self.text)

    def dates_in(self, sentence: Sentence) -> list:
        """Date expressions inside a sentence, with offsets relative to the sentence (the text is
        scanned once per document)."""
        return self.dates_between(sentence.start, sentence.end)

    def dates_of(self, words: str) -> list:
        """Date expressions in words taken from the text (a table's cell with its wrapped words),
        a day without its year in the year `date_days_in` set."""
        return find_dates(words, self._year, self.month_first)

    def dates_between(self, start: int, end: int) -> list:
        """Date expressions inside text[start:end] (a sentence, a table's cell), with offsets
        relative to `start`."""
        from bisect import bisect_left

        if self._dates is None:
            self._dates = find_dates(self.text, self._year, self.month_first)
            self._date_starts = [d.start for d in self._dates]
        first = bisect_left(self._date_starts, start)
        result = []
        for d in self._dates[first:]:
            if d.start >= end:
                break
            if d.end <= end:
                result.append(DateSpan(d.start - start, d.end - start, d.date, d.end_date, d.form))
        return result

    def sentence_at(self, offset: int) -> Sentence | None:
        lo, hi = 0, len(self.sentences) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            s = self.sentences[mid]
            if offset < s.start:
                hi = mid - 1
            elif offset >= s.end:
                lo = mid + 1
            else:
                return s
        return None

    def body_sentences(self) -> list[Sentence]:
        return [s for s in self.sentences if not s.template]


def sentence_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans of one line (or of a table's cell)."""
    spans = []
    position = start
    segment = text[start:end]
    for match in _SENTENCE_BREAK.finditer(segment):
        cut = start + match.start()
        head = text[position:cut]
        if _ABBREVIATIONS.search(head.rstrip('"”’)]')) or date_alone(head):
            continue
        spans.append((position, cut))
        position = start + match.end()
    spans.append((position, end))
    return [(s, e) for s, e in spans if text[s:e].strip()]


_DATE_LEAD = re.compile(r"\s*(?:(?:End|Beginning|Start|Middle)\s+of|Early|Mid-?|Late)\s*", re.IGNORECASE)


def date_alone(head: str) -> bool:
    """Whether a sentence would hold nothing but a date, perhaps after a list's mark: "- 21–22
    September 2022." opens a timeline's item, whose words follow ("MIGF 2022, our annual forum")."""
    marker = LIST_START.match(head)
    rest = head[marker.end() if marker else 0 :].rstrip(" .")
    lead = _DATE_LEAD.match(rest)
    rest = rest[lead.end() if lead else 0 :].lstrip()
    if not rest or not rest[0].isdigit() and not rest[:3].isalpha():
        return False
    dates = find_dates(rest)
    return len(dates) == 1 and dates[0].start == 0 and dates[0].end == len(rest)


LIST_START = re.compile(r"^\s*(?:[-•▪●◦*–]\s|\(?[a-z0-9]{1,3}[.)]\s|\[\d+\]|[¹²³⁴⁵⁶⁷⁸⁹])")


# a line opening with a date: "May 2022      Annual General Members Meeting", "mid-2022   First ..."
_DATED_LINE = re.compile(
    rf"\s*(?:(?:mid|early|late)-?\s*)?(?:(?:19|20)\d\d\b|\d{{1,2}}(?:[-–]\d{{1,2}})?\s+(?:{MONTH_NAMES}|{MONTH_ABBREVIATIONS})\b|"
    rf"Q[1-4]\s+(?:19|20)\d\d|(?:{MONTH_NAMES})\s+(?:19|20)\d\d)"
)


def _units(text: str) -> list[tuple[int, int]]:
    """Spans of paragraphs: lines joined where the text is hard-wrapped, else one line each."""
    lines = []
    position = 0
    for line in text.split("\n"):
        lines.append((position, position + len(line), line))
        position += len(line) + 1
    lengths = sorted(len(ln.rstrip()) for _, _, ln in lines if ln.strip())
    if not lengths:
        return []
    width = lengths[int(len(lengths) * 0.9)]
    wrapped = width <= 100 and sum(1 for n in lengths if n >= 0.8 * width) >= 0.3 * len(lengths)
    units: list[list[int]] = []
    previous = ""
    for start, end, line in lines:
        if not line.strip():
            previous = ""
            continue
        joins = False
        rows = _DATED_LINE.match(line) and _DATED_LINE.match(previous)  # a table of dated lines
        if (
            previous
            and " | " not in line
            and " | " not in previous
            # a row of a table laid out with spaces (three cells or more) stands alone
            and len(spaced_cells(line)) < 3
            and len(spaced_cells(previous)) < 3
            and not LIST_START.match(line)
            and not rows
        ):
            stripped = previous.rstrip()
            # a sentence goes on in lower case after a line without its end ("... ESAPU and Smart
            # Africa" over "signed a Memorandum of Understanding ..."), in a wrapped text too
            goes_on = not re.search(r"[.!?:;)\]”\"*]$", stripped) and line.strip()[:1].islower()
            if wrapped:
                joins = (len(stripped) >= 0.6 * width or goes_on) and not re.fullmatch(
                    r"[=\-_*#~ ]+", stripped
                )
            else:
                joins = goes_on
        if joins:
            units[-1][1] = end
        else:
            units.append([start, end])
        previous = line
    return [(a, b) for a, b in units]


# A list item's marker or a paragraph's number ("7.1 ", "2. "): not part of its sentence; not the
# day of a date opening a line ("5 December 2023 ...", "16 Oct. 2025 | ...")
_LIST_MARKER = re.compile(
    rf"[-•▪●◦*–] +|\d{{1,2}}(?:\.\d{{1,2}})*\.? +(?=[A-Z][a-z])"
    rf"(?!(?:{MONTH_NAMES}|{MONTH_ABBREVIATIONS})\b)"
)


def _heading_line(words: str) -> re.Pattern:
    """A heading on a line of its own, perhaps numbered or marked up ("## 5. Notes", "**References**")."""
    return re.compile(rf"^[ \t#*_]*(?:\d{{1,2}}\.?\s+)?{words}[ \t*_:]*$", re.IGNORECASE | re.MULTILINE)


_NOTES_HEADING = _heading_line(
    r"(?P<kind>Notes|End\s?notes|Foot\s?notes|References|Sources|Bibliography|Works\s+cited)"
)
# a note ("3 ITU, Facts and Figures 2024") or a reference ("ITU (2024). Measuring digital development ...")
_NOTE = re.compile(
    r"[ \t]*(?:(?:\[?\d{1,3}\]?[.)]?|[ivx]{1,5}\.)[ \t]+\S|"
    r"[-•*]?[ \t]*[A-Z][^\n]{0,200}?(?:\(\s*(?:19|20)\d\d[a-z]?\s*\)|\b(?:19|20)\d\d[a-z]?[.,](?:\s|$)))"
)
# what an e-mail quotes of the message it answers ("> On 12 January 2026, X wrote:" and its "> "
# lines), and the header of a forwarded or pasted e-mail ("From: ...", "Subject: ...")
_QUOTED_MESSAGE = re.compile(
    r"(?:^[ \t]*On\b[^\n]{0,200}\bwrote:[ \t]*\n)?(?:^[ \t]*>[^\n]*(?:\n|\Z)){2,}", re.MULTILINE
)
_MAIL_HEADER = re.compile(rf"\A\s*(?:^{MAIL_LABEL}[^\n]*(?:\n|\Z)){{3,}}", re.MULTILINE)


_QUOTATION = re.compile(r"[“\"](?P<words>[^“”\"\n]{20,800}?)[”\"]")


def quoted_speech_spans(text: str, words: int = 6) -> list[tuple[int, int]]:
    """Words quoted from someone ('"It started in 2019 with one fake account, and by Christmas there
    were five," she says'): six words or more in quotation marks. Their dates and numbers are the
    speaker's story, not events or figures of the submitter's work; a title in quotes is shorter."""
    return [m.span() for m in _QUOTATION.finditer(text) if len(m.group("words").split()) >= words]


def signature_spans(text: str, longest: int = 100, lines: int = 12) -> list[tuple[int, int]]:
    """A letter's or an e-mail's close and the signature under it ("Kind regards,\n\nDr Amara
    Okafor-Lind\nHead of Policy\n...\nRue de Lausanne 64, 1202 Geneva\nTel. +41 22 555 01 47"): its
    short lines, up to a paragraph's long line or the end; a postcode or a telephone number there
    is no figure."""
    spans = []
    for closing in LETTER_CLOSING.finditer(text):
        end, seen = closing.end(), 0
        for line in re.finditer(r"[^\n]*(?:\n|$)", text[closing.end() :]):
            words = line.group().strip()
            if len(words) > longest or seen == lines or not line.group():
                break
            seen += bool(words)
            end = closing.end() + line.end()
        spans.append((closing.start() + 1, end))
    return spans


# what follows the author of a cited work (up to two words of its own, "GSMA Intelligence,"): the
# work's title or its year
_CITED_WORK = re.compile(r"(?:[ \t]+[A-Z][\w&-]*){0,2}[ \t]*(?:,[ \t]+[\"“‘'A-Z0-9]|\([ \t]*(?:19|20)\d\d)")


# a list of acronyms: its heading, and its entries ("ADB | Asian Development Bank", "ITU
# International Telecommunication Union", "Abbreviation | Full name")
_GLOSSARY_HEADING = _heading_line(
    r"(?:(?:List|Table)\s+of\s+)?(?:acronyms|abbreviations)(?:\s+(?:and|&)\s+(?:acronyms|abbreviations))?(?:\s+used)?"
)
_GLOSSARY_ENTRY = re.compile(
    r"[ \t]*(?:[A-Z][\w&+./-]{0,14}[A-Z0-9][\w&+./-]{0,6}|Acronyms?|Abbreviations?)(?:[ \t]*[|:=–-][ \t]*|[ \t]+)\S"
)


def _listed_under(text: str, heading_end: int, entry: re.Pattern) -> int:
    """The end of the entries under a heading: its lines up to the first that is no entry."""
    end = heading_end
    for line in re.finditer(r"\n([^\n]*)", text[heading_end:]):
        if line.group(1).strip() and not entry.match(line.group(1)):
            break
        end = heading_end + line.end()
    return end


def notes_spans(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Where a text's notes stand, and which of them are lists of references or of acronyms (no
    account of the work, though they spell out names the text uses): the numbered lines (or
    references, "ITU (2024). Measuring ...") under a "Notes", "Endnotes", "References" or
    "Sources" heading, a line of consecutive notes at a page's foot, and the entries under a
    "List of acronyms" or "Abbreviations" heading."""
    spans, references = [], []
    for heading in _GLOSSARY_HEADING.finditer(text):
        span = (heading.start(), _listed_under(text, heading.end(), _GLOSSARY_ENTRY))
        spans.append(span)
        references.append(span)
    for heading in _NOTES_HEADING.finditer(text):
        span = (heading.start(), _listed_under(text, heading.end(), _NOTE))
        spans.append(span)
        if heading.group("kind").lower().startswith(("ref", "sou", "bib", "wor")):
            references.append(span)
    # a page's notes run together on one line: "1 Marovia Digital 2030 Strategy, ..., 2023. 2 ..."
    for line in re.finditer(r"^[^\n]+", text, re.MULTILINE):
        numbers = note_numbers(line.group())
        if len(numbers) > 1 and numbers[1] == numbers[0] + 1:
            spans.append(line.span())
    return spans, references


# A questionnaire's question kept above its answer ("3. Please describe your activities under the
# WSIS action lines C1-C11 and how they relate to the SDGs ...", "Q4: What obstacles ...?") and
# the secretariat's note on it: the call's words, not the submitter's account
QUESTION = re.compile(
    r"^[\W\d]*(?:(?:Question|Q)\s*\d{1,2}\s*[.:)]?\s*)?(?:\d{1,2}|[a-h])?\s*[.):]?\s*"
    r"(?:(?:Please|Kindly)\s+(?:provide|describe|indicate|list|share|give|explain|outline|specify|summari[sz]e|"
    r"report|include|submit|state|identify|highlight|elaborate|mention)\b"
    r"|(?:What|How|Which|Has|Have|Does|Do|Did|Is|Are|To\s+what\s+extent)\b[^\n]*\?\s*$"
    r"|Note\s+(?:from|by)\s+the\s+(?:CSTD\s+)?secretariat\b)",
)


_TRANSLATORS_NOTE = re.compile(
    r"^[ \t]*(?:Translator['’]s\s+note|Note\s+(?:by|from)\s+the\s+translator|Note\s+on\s+(?:the\s+)?translation)\b",
    re.IGNORECASE | re.MULTILINE,
)


def _question_end(unit: str) -> int:
    """Where a question that opens a paragraph ends: at the end of a line that closes a sentence."""
    end = re.search(r"[.?:)][ \t]*(?:\n|$)", unit)
    return end.end() if end else len(unit)


def analyse(canonical: CanonicalText, submitter_line_end: int = 0) -> Document:
    """Cut the text into paragraphs and sentences, and mark what is not the submitter's account:
    the template's paragraphs, a pasted e-mail's header and the message it answers, a list of
    references (and, for figures and events, the notes)."""
    text = canonical.text
    document = Document(canonical)
    document.notes_spans, document.reference_spans = notes_spans(text)
    # the message an e-mail answers, and its header, are not the submitter's account
    quoted = [m.span() for pattern in (_QUOTED_MESSAGE, _MAIL_HEADER) for m in pattern.finditer(text)]
    quoted += signature_spans(text)
    not_account = quoted + document.reference_spans
    template_phrases = [re.sub(r"\s+", " ", p.lower()).replace("’", "'") for p in cues()["template"]]
    for unit_start, unit_end in _units(text):
        unit = text[unit_start:unit_end]
        lowered = re.sub(r"\s+", " ", unit.lower()).replace("’", "'")
        template = any(p in lowered for p in template_phrases) or bool(
            re.match(r"^\W*part (?:one|two|three|four|[1-4])\s*:", lowered)
            or re.match(r"^\W*\([a-d]\)\s+(?:innovative policies|future actions)", lowered)
        )
        if template:
            document.template_spans.append((unit_start, unit_end))
        template = template or any(a <= unit_start and unit_end <= b for a, b in not_account)
        # a question, up to the line that ends it (its answer may follow on the next line)
        question = QUESTION.match(unit)
        question_end = unit_start + (_question_end(unit) if question else 0)
        if question:
            document.template_spans.append((unit_start, question_end))
        # a translator's note, to the end of its paragraph: "figures keep the notation of the
        # original (for example, 1.250 = one thousand two hundred and fifty)"
        note = _TRANSLATORS_NOTE.search(unit)
        note_start = unit_start + note.start() if note else unit_end
        if note:
            document.template_spans.append((note_start, unit_end))
        table = " | " in unit
        document.blocks.append((unit_start, unit_end))
        for s, e in sentence_spans(text, unit_start, unit_end) if not table else [(unit_start, unit_end)]:
            # a sentence starts after its list marker or paragraph number: quotes carry the words
            marker = _LIST_MARKER.match(text, s, e)
            s = marker.end() if marker and marker.end() < e else s
            aside = template or e <= question_end or s >= note_start
            document.sentences.append(Sentence(s, e, text[s:e], aside, table))
    document.template_spans += quoted
    document.title_end = submitter_line_end
    for sentence in document.sentences:
        if sentence.end <= submitter_line_end:
            sentence.template = True
    return document


@dataclass
class TableRow:
    """A row of a table with its header: cells as (start, end) offsets into the text."""

    header: list[str]
    cells: list[tuple[int, int]]
    start: int
    end: int
    # a cell's words wrapped onto the table's next lines: its column -> the spans there
    more: dict[int, list[tuple[int, int]]] = field(default_factory=dict)

    def column(self, pattern: str) -> tuple[int, int] | None:
        return next((span for _, span in self.columns(pattern)), None)

    def columns(self, pattern: str) -> list[tuple[str, tuple[int, int]]]:
        """(heading, cell) under every heading that `pattern` matches ("SDG" and "Target(s)")."""
        return [
            (name.strip(), span)
            for name, span in zip(self.header, self.cells, strict=False)
            if re.fullmatch(pattern, name.strip().lower())
        ]

    def wraps(self, cells: list[tuple[int, int]], end: int) -> None:
        """Take a line's cells as the words this row's cells wrap onto, up to `end`."""
        for column, span in enumerate(cells):
            if span[1] > span[0]:
                self.more.setdefault(column, []).append(span)
        self.end = end

    def _parts(self, span: tuple[int, int]) -> list[tuple[int, int]]:
        return [span, *self.more.get(self.cells.index(span), [])]

    def words(self, text: str, span: tuple[int, int]) -> str:
        """A cell's words, with those wrapped onto the next lines ("First plenary session of the
        Conseil" and "National du Numérique"), one space between the lines' parts."""
        return " ".join(text[a:b] for a, b in self._parts(span))

    def source(self, span: tuple[int, int], start: int, end: int) -> tuple[int, int]:
        """The text's offsets of `words(...)[start:end]`, cut at the end of the line it starts on
        (a name wrapped onto the next line is quoted by its first line's words)."""
        position = 0
        for a, b in self._parts(span):
            if start <= position + (b - a):
                return a + start - position, a + min(end - position, b - a)
            position += b - a + 1
        return span[1], span[1]

    def pieces(self, span: tuple[int, int], start: int, end: int) -> list[tuple[int, int]]:
        """The text's offsets of `words(...)[start:end]` on each line it runs over."""
        result, position = [], 0
        for a, b in self._parts(span):
            first, last = max(start, position), min(end, position + (b - a))
            if first < last:
                result.append((a + first - position, a + last - position))
            position += b - a + 1
        return result


_CELL_BAR = re.compile(r"(?<![^ \t])\|(?![^ \t])")


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " \t":
        start += 1
    while end > start and text[end - 1] in " \t":
        end -= 1
    return start, end


# Headings of a table's columns, by what their cells hold (matched whole, in lower case)
# ... the initiatives a table lists
# ... the part a row's partner played: "Partner | Country | Role" over "European Union | — | Funder"
ROLE_COLUMN = r"(?:role(?:\s+in\s+[^|]{1,40})?|partner\s+type|type\s+of\s+(?:partner(?:ship)?|relationship)|relationship)"
# ... who paid for the row's programme: "Programme | Partners | Funding" over "... | Green Climate Fund"
FUNDER_COLUMN = (
    r"(?:funding(?:\s+source)?|funders?|donors?|funded\s+by|financed\s+by|source\s+of\s+funding|financing)"
)
INITIATIVE_COLUMN = r"(?:initiatives?|programmes?|programs?|projects?|activit(?:y|ies)|campaigns?)"
# ... the organisations a row worked with
PARTNER_COLUMN = (
    r"(?:main\s+|key\s+|lead\s+|national\s+|local\s+|implementing\s+|technical\s+|country\s+)?partners?(?:\s*\(s\))?|"
    r"partner\s+(?:organi[sz]ations?|institutions?)|"
    r"partnerships?|in\s+partnership\s+with|implementing\s+partners?|grantees?|grant\s+recipients?"
)
# ... the organisation that leads a row's initiative
LEAD_COLUMN = r"(?:lead(?:\s+(?:organi[sz]ation|institution|agency|body|member|entity|university))?|led\s+by|coordinator|leader)"
# ... what a dated row names, and the columns that never name it
NAME_COLUMN = (
    r"(?:events?|meetings?|activit(?:y|ies)|titles?|names?|milestones?|what|description|"
    r"initiatives?|programmes?|programs?|projects?|laws?|acts?|agreements?|instruments?|policies|policy)"
)
NOT_NAME_COLUMN = (
    r"(?:venue|place|location|city|country|countries|where|partners?|organi[sz]ers?|host|"
    r"in\s+partnership\s+with|participants?|amount|budget|status)"
)
# ... the SDGs a row serves, by number ("Related SDG targets | 9.1; 9.c")
SDG_COLUMN = (
    r"(?:(?:related|relevant|linked|contributes?\s+to)\s+)?(?:sdgs?|sdg\s+(?:goals?|targets?|links?|alignment|mapping)|"
    # (and a translation's "ODS | Meta", "ODD | Cible")
    r"sustainable\s+development\s+goals?(?:\s+targets?)?|sdgs?\s+and\s+targets?|targets?|metas?|cibles?|"
    # (a column of indicators states their targets: "Indicator | Short title" over "4.4.1 | Youth ...")
    r"(?:sdg\s+)?indicators?(?:\s+(?:code|id|number|no\.?))?)(?:\s*\(s\))?"
    # ("SDG target(s) reported", "SDGs addressed")
    r"(?:\s+(?:reported|addressed|served|covered|supported|contributed\s+to))?"
    # (with a note's mark, "SDG target*", "SDG target¹", or a translation's word in brackets, "Target (задача)";
    # not a log frame's year, "Target (2027)")
    r"[^\S\n]?(?:\*{1,3}|†|[¹²³⁴⁵⁶⁷⁸⁹]|\([^()\d\n]{1,30}\))?"
)
# ... and the headings that say a table is about the SDGs ("SDG | Target(s)", "Goal | Target")
SDG_HEADING = re.compile(r"\bSDGs?\b|\bGoals?\b|Sustainable\s+Development|\b(?-i:ODS|ODD)\b", re.IGNORECASE)
# ... dates or periods
DATE_COLUMN = (
    r"(?:period|periods|years?|dates?|duration|timeline|timeframe|time\s+frame|opened|held|launched|when|"
    # ("Law | Date adopted | Main provisions")
    r"(?:date\s+(?:of\s+)?)?(?:adopted|adoption|signed|signature|approved|approval|published|publication|"
    r"entered\s+into\s+force|entry\s+into\s+force))"
)


# ... the days a meeting was held (a period's or a launch's column dates a programme)
_DAY_COLUMN = r"(?:dates?|held|when)"


def dated_on_a_day(row: TableRow, text: str) -> bool:
    """Whether a table's row is a meeting's: dated to a day or a month in a column of dates, not
    to a year or a span of years, and not in a column of launches ("Launched | March 2025" dates
    a programme)."""
    span = row.column(_DAY_COLUMN)
    dates = find_dates(text[span[0] : span[1]]) if span else []
    return (
        bool(dates)
        and len(dates[0].date) > 4
        and (dates[0].end_date or dates[0].date)[:4] == dates[0].date[:4]
    )


def table_rows(document: Document) -> list[TableRow]:
    """Rows of the tables of a text, each with the header row above it: " | " tables (Word,
    Markdown, a PDF's tables) and tables laid out with spaces in a plain text."""
    if document._table_rows is None:
        document._table_rows = sorted(_bar_rows(document) + _spaced_rows(document), key=lambda row: row.start)
    return document._table_rows


_RULE = re.compile(r"[-=_~+ ]+")


def _spaced_rows(document: Document) -> list[TableRow]:
    """Rows of a plain text's tables laid out with spaces: under a header of three columns or
    more, each line whose cells stand under the header's columns (a ruled line of dashes and a
    line wrapping a cell's words are no rows)."""
    if document.canonical.format != "txt":
        return []
    text = document.text
    rows: list[TableRow] = []
    header: list[tuple[int, str]] | None = None
    previous: list[str] = []  # the cells of the row above
    previous_end = -1
    position = 0
    tabbed = False  # whether the header's cells are parted by tabs
    two_columns: list[tuple[int, str]] | None = None  # a header of two cells, if a rule follows it
    for line in text.split("\n"):
        start, position = position, position + len(line) + 1
        if two_columns and re.fullmatch(r"[ \t]*-{3,}[ \t]{2,}-{3,}[ \t]*", line):
            # "Component          Amount (USD)" over "---------  ------------": a ruled header
            header, previous, two_columns = two_columns, [], None
            continue
        two_columns = None
        if not line.strip() or _RULE.fullmatch(line):
            continue
        if _CELL_BAR.search(line.strip()):  # a " | " table's line, which `_bar_rows` reads
            header = None
            continue
        fitted = fit_cells(line, header) if header else None
        if header and tabbed and "\t" in line:
            # a table pasted from a spreadsheet: its cells are parted by tabs, not aligned
            fitted = cells if len(cells := _tab_cells(line)) == len(header) else None
        values = [cell for _, cell in fitted] if fitted else []
        if fitted is not None and previous and continues_row(previous, values):
            # the row's cells wrapped onto this line ("             (3-7 November)    Guatemala"): a
            # cell with nothing but spaces before its next words takes them in ("Tamarind Valley
            # District" over "Council" in the last column)
            if rows and rows[-1].end == previous_end:
                row = rows[-1]
                for column, (at, cell) in enumerate(fitted):
                    a, b = row.cells[column]
                    if cell and b > a and not text[b : start + at].strip():
                        row.cells[column] = (a, start + at + len(cell))
            continue
        previous = values
        previous_end = start + len(line.rstrip())
        if fitted is not None and sum(1 for _, cell in fitted if cell) >= 2:
            cells = [(start + at, start + at + len(cell)) if cell else (start, start) for at, cell in fitted]
            rows.append(TableRow([name for _, name in header], cells, start, start + len(line.rstrip())))
            continue
        if fitted is not None:
            continue  # a cell's words wrapped onto the next line
        tabbed = "\t" in line.strip()
        cells = _tab_cells(line) if tabbed else spaced_cells(line)
        header = cells if len(cells) >= 3 and all(cell for _, cell in cells) else None
        if len(cells) == 2 and all(cell for _, cell in cells) and not tabbed:
            two_columns = cells
    return rows


def _tab_cells(line: str) -> list[tuple[int, str]]:
    """(position, text) of each of a line's tab-parted cells, an empty one as (-1, "")."""
    cells, position = [], 0
    for field_text in line.split("\t"):
        stripped = field_text.strip(" ")
        at = position + len(field_text) - len(field_text.lstrip(" "))
        cells.append((at, stripped) if stripped else (-1, ""))
        position += len(field_text) + 1
    return cells


_ROW_NUMBER = re.compile(r"\n[^\S\n]*\d{1,3}[.)][^\S\n]*")


def _bar_rows(document: Document) -> list[TableRow]:
    """Rows of the " | " tables of a text. A line whose first cell is empty, right under a row,
    holds that row's wrapped words; a line opening with a date after a break (a page's, or lines
    that lost their bars) is a row of the table above, not a new header. In a plain text's table
    drawn with rules ("+------+----+" between "| ... | ... |" lines), every line up to the next
    rule holds its row's (or its header's) wrapped words."""
    rows: list[TableRow] = []
    header: list[str] | None = None
    last_header: list[str] | None = None
    header_rows: dict[int, tuple[list[tuple[int, int]], int]] = {}  # id(header) -> its cells and start
    previous_end = -10
    text = document.text
    drawn: TableRow | list[str] | None = None  # the drawn table's row or header since the last rule
    ruled = _ruled_between_rows(document.sentences)
    for number, sentence in enumerate(document.sentences):
        if _GRID_RULE.fullmatch(sentence.text.strip()):
            drawn = None
            previous_end = sentence.end
            continue
        if not sentence.table:
            if header is not None and _group_label(document, number):
                previous_end = sentence.end  # (a group's label between rows: "Digital government")
                continue
            header = drawn = None
            continue
        for line_match in re.finditer(r"[^\n]+", sentence.text):
            start = sentence.start + line_match.start()
            # (a row's number before it, "1. Regional bulletin | ...", parts no table)
            gap = start - previous_end > 2 and not _ROW_NUMBER.fullmatch(text, previous_end, start)
            blank_before = text.count("\n", max(0, previous_end), start) >= 2
            previous_end = start + len(line_match.group(0))
            line = line_match.group(0)
            cells = _cells(text, start, line)
            framed = _FRAMED.fullmatch(line)
            if framed:
                # "| 16 Sep 2024 | Launch ... |": a frame's outer bars part no cells, unless the line
                # is a row's wrapped words with its first and last cells empty ("| Centres | |")
                inner = _cells(text, start + framed.start(1), framed.group(1))
                if (header is None and not any(b > a for a, b in (cells[0], cells[-1]))) or (
                    header is not None and len(inner) == len(header) != len(cells)
                ):
                    start, line, cells = start + framed.start(1), framed.group(1), inner
                else:
                    framed = None
            names = [text[a:b] for a, b in cells]
            if framed and drawn is not None and not gap and len(cells) == len(header or ()):
                if isinstance(drawn, TableRow):  # "| 2025 | simulation exercise | | |"
                    drawn.wraps(cells, start + len(line))
                else:  # a heading wrapped in its cell: "| Participants |" over "| (number) |"
                    drawn[:] = [f"{a} {b}".strip() for a, b in zip(drawn, names, strict=True)]
                continue
            if (
                (header is None or gap)
                and last_header
                and len(cells) == len(last_header)
                and find_dates(names[0])
            ):
                header = last_header  # "30/09/2025 | Inauguration of ...": the table goes on
            elif (
                header is None
                or len(cells) != len(header)
                or gap
                or names == header
                or (blank_before and not figure_row(line))
            ):
                # a table's first row; or its header again, on the next page; or, after a blank line, the
                # header of a table of as many columns ("Indicator | Baseline (2020) | Target (2027) | ...")
                header = last_header = names
                header_rows[id(header)] = (cells, start)
                drawn = header if framed and number in ruled else None
                continue
            if (
                rows
                and not gap
                and rows[-1].header is header
                and (
                    (not names[0] and any(names[1:]))
                    # "| September 22nd-26th, | Regional workshop |" over "| 2025 | and ICT policy |"
                    or (framed and continues_row([text[a:b] for a, b in rows[-1].cells], names))
                )
            ):
                rows[-1].wraps(cells, start + len(line))  # "| National du Numérique | | sector federations"
                continue
            rows.append(TableRow(header, cells, start, start + len(line)))
            drawn = rows[-1] if framed and number in ruled else None
    return _turned(rows, header_rows, text)


def _group_label(document: Document, number: int) -> bool:
    """Whether the sentence `number` is a group's label inside a table: short, on a line of its own, with
    a row of the table next, not another table's header (labels with no figure: "Our log frame" over
    "Indicator | Baseline | Target")."""
    sentences = document.sentences
    label = sentences[number]
    line_start = document.text.rfind("\n", 0, label.start) + 1
    if not GROUP_LABEL.fullmatch(label.text.strip()) or document.text[line_start : label.start].strip():
        return False
    following = sentences[number + 1] if number + 1 < len(sentences) else None
    return bool(following and following.table and figure_row(following.text.split("\n")[0]))


def _ruled_between_rows(sentences: list[Sentence]) -> set[int]:
    """The positions of the lines of tables drawn with a rule between every two rows (four rules
    or more: above and under the header, between rows, at the foot), whose lines between two rules
    are one row; a table ruled only around its header and at its foot has a row a line."""
    ruled: set[int] = set()
    block: list[int] = []
    rules = 0
    for number, sentence in enumerate([*sentences, None]):
        if sentence is not None and _GRID_RULE.fullmatch(sentence.text.strip()):
            rules += 1
        elif sentence is not None and sentence.table:
            block.append(number)
        else:
            if rules >= 4:
                ruled.update(block)
            block, rules = [], 0
    return ruled


def _cells(text: str, start: int, line: str) -> list[tuple[int, int]]:
    """A table line's cells between its bars; an empty cell may have lost a space ("Total | | USD
    855,000 |")."""
    bars = [start + m.start() for m in _CELL_BAR.finditer(line)]
    return [
        _trimmed(text, a, b)
        for a, b in zip([start, *(bar + 1 for bar in bars)], [*bars, start + len(line)], strict=True)
    ]


# a drawn table's rule ("+------+------+", "+======+======+"), or a Markdown table's line under its
# header pasted into a plain text ("|---|:--:|"); and a line inside a drawn table's frame
_GRID_RULE = re.compile(r"\+(?:[-=:]{2,}\+)+|\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+(?:[ \t]*:?-{3,}:?[ \t]*)?")
_FRAMED = re.compile(r"\|[ \t]+(.*?\S(?:.*\S)?)[ \t]+\|[ \t]*")


# what a table's heading may say, a row's label in a table of one thing ("Launched | April 22, 2025")
_LABEL = re.compile(
    rf"{INITIATIVE_COLUMN}|{PARTNER_COLUMN}|{NAME_COLUMN}|{NOT_NAME_COLUMN}|{DATE_COLUMN}|"
    r"reach|results?|outcomes?|funding|budget|status|objectives?|description|lead|contact|beneficiar\w*|"
    r"targets?|.*\blink"
)


def _turned(rows: list[TableRow], header_rows: dict, text: str) -> list[TableRow]:
    """A table of two columns whose first column labels the second ("Programme | Connect
    Marrowfield", "Launched | April 22, 2025", "Partners | ...") describes one thing: it is read
    as one row under the labels, like a table with its headings on top."""
    result: list[TableRow] = []
    for _, group in groupby(rows, key=lambda row: id(row.header)):
        group = list(group)
        header = group[0].header
        labels = [header[0], *(text[a:b] for a, b in (row.cells[0] for row in group))]
        labelled = [bool(_LABEL.fullmatch(label.strip().lower())) for label in labels]
        if len(header) != 2 or not labelled[0] or sum(labelled[1:]) < 2:
            result += group
            continue
        cells, start = header_rows[id(header)]
        values = [cells[1], *(row.cells[1] for row in group)]
        result.append(TableRow(labels, values, start, group[-1].end))
    return result


def compile_cues(patterns: list[str]) -> re.Pattern:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


def slug(value: str, limit: int = 60) -> str:
    import unicodedata

    plain = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode("ascii").lower()
    plain = plain.replace("'s ", " ").replace("&", " and ")
    words = re.findall(r"[a-z0-9]+", plain)
    result = ""
    for word in words:
        candidate = f"{result}-{word}" if result else word
        if len(candidate) > limit:
            break
        result = candidate
    return result or "item"
