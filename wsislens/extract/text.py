"""Text extraction: one canonical plain text per document, whatever its format.

Every fact the extractor finds points into this text by Python character offsets, and the
text is what `sources/<id>.txt` stores, so the offsets stay valid for the life of the dataset.

Formats: Word (.docx: paragraphs, headings and tables, a table row's cells joined by " | "),
PDF (.pdf: pypdf's text layer, hard line-wraps joined, hyphenation repaired, running headers,
footers and page numbers removed, page start offsets kept), Markdown (.md: markup removed,
link text kept) and plain text (.txt: any common encoding).

Bad input raises `ExtractionError` with a sentence a person can act on.
"""

from __future__ import annotations

import html
import io
import os
import re
import unicodedata
import zipfile
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field
from pathlib import PurePath

import yaml

from wsislens.extract.patterns import MONTH_ABBREVIATIONS, MONTH_NAMES, SECTION_NUMBER

DEFAULT_MAX_MB = 20.0
_RESAVE = "open it in a PDF reader, save a new copy and try again"
FORMATS = {".docx": "docx", ".pdf": "pdf", ".md": "md", ".markdown": "md", ".txt": "txt", ".text": "txt"}


class ExtractionError(ValueError):
    """A document that cannot be turned into text; the message says why in one sentence."""


@dataclass
class CanonicalText:
    """The canonical plain text of a document and where its pages start."""

    text: str
    format: str
    page_starts: list[int] = field(default_factory=list)  # offset of the first character of each page
    # the visible texts of the document's links to the web (Word hyperlinks, Markdown links), which
    # name programmes and partners more often than not
    link_texts: tuple[str, ...] = ()

    def page_of(self, offset: int) -> int | None:
        """1-based page of a character offset, None for documents without pages."""
        if not self.page_starts:
            return None
        return max(1, bisect_right(self.page_starts, offset))


def max_upload_bytes(limit_mb: float | None = None) -> int:
    """The size limit: the parameter, else WSISLENS_MAX_UPLOAD_MB, else 20 MB."""
    if limit_mb is None:
        configured = os.environ.get("WSISLENS_MAX_UPLOAD_MB", "").strip()
        try:
            limit_mb = float(configured) if configured else DEFAULT_MAX_MB
        except ValueError:
            limit_mb = DEFAULT_MAX_MB
    return int(limit_mb * 1024 * 1024)


def format_of(filename: str) -> str:
    suffix = PurePath(filename).suffix.lower()
    if suffix not in FORMATS:
        raise ExtractionError(
            f"{PurePath(filename).name} has an unsupported file type {suffix or '(no extension)'!r}; "
            "use .docx, .pdf, .md or .txt"
        )
    return FORMATS[suffix]


def _format_mb(size: int) -> str:
    return f"{size / (1024 * 1024):.1f}".rstrip("0").rstrip(".")


def check_input(data: bytes, filename: str, *, max_mb: float | None = None) -> str:
    """Refuse empty, oversized or mislabelled input before parsing; return the format."""
    name = PurePath(filename).name
    fmt = format_of(filename)
    if not data:
        raise ExtractionError(
            f"{name} is empty (0 bytes): save or export the document again and choose the saved file"
        )
    limit = max_upload_bytes(max_mb)
    if len(data) > limit:
        raise ExtractionError(
            f"{name} is {_format_mb(len(data))} MB, over the limit of {_format_mb(limit)} MB "
            "(set WSISLENS_MAX_UPLOAD_MB to change it)"
        )
    head = data[:1024]
    looks_pdf = b"%PDF" in head
    looks_zip = data[:4] == b"PK\x03\x04"
    if fmt == "pdf" and not looks_pdf:
        raise ExtractionError(f"{name} is not a PDF: its content does not start with %PDF")
    if fmt == "docx" and not looks_zip:
        kind = "a PDF" if looks_pdf else "plain text or another format"
        raise ExtractionError(f"{name} is not a Word .docx file: its content looks like {kind}")
    if fmt in ("txt", "md"):
        if looks_pdf and data.lstrip()[:4] == b"%PDF":
            raise ExtractionError(f"{name} is not a text file: its content is a PDF")
        if looks_zip:
            raise ExtractionError(
                f"{name} is not a text file: its content is a zip archive (a Word document?)"
            )
        if (
            b"\x00" in data[:4096]
            and not data.startswith((b"\xff\xfe", b"\xfe\xff"))
            and not _utf16_order(data)
        ):
            raise ExtractionError(f"{name} is not a text file: it contains binary data")
    return fmt


def extract_text(data: bytes, filename: str, *, max_mb: float | None = None) -> CanonicalText:
    """The canonical text of a received document; raises ExtractionError on bad input."""
    fmt = check_input(data, filename, max_mb=max_mb)
    name = PurePath(filename).name
    if fmt == "docx":
        result = _docx_text(data, name)
    elif fmt == "pdf":
        result = _pdf_text(data, name)
    elif fmt == "md":
        source = decode_text(data, name)
        result = CanonicalText(markdown_to_text(source), "md", link_texts=markdown_links(source))
    else:
        result = _plain_text(decode_text(data, name))
    if not result.text.strip():
        raise ExtractionError(f"{name} contains no text")
    return result


# ---------------------------------------------------------------------------- plain text


_HTML_ENTITY = re.compile(r"&(?:#\d{2,6}|#x[0-9A-Fa-f]{2,6}|[A-Za-z]{2,8});")


def _plain_text(source: str) -> CanonicalText:
    """A plain-text file's text, kept verbatim so that curated offsets hold; but a text copied out
    of a PDF, its pages parted by form feeds, is read as a PDF's pages are: running headers and page
    numbers dropped, hard-wrapped lines joined and words hyphenated at a line's end mended."""
    if len(_HTML_ENTITY.findall(source)) >= 2:
        # a web form's export that kept the page's escapes ("Women&#8217;s", "Skills &amp; Safety")
        source = html.unescape(source)
    pages = source.split("\f")
    if len(pages) > 1 and sum(1 for page in pages if page.strip()) > 1:
        joined = pdf_pages_to_text([laid_out_page(page) for page in pages])
        return CanonicalText(joined.text, "txt", joined.page_starts)
    return CanonicalText(normalise_text(source, verbatim=True), "txt")


def _utf16_order(data: bytes) -> str | None:
    """ "utf-16-le" or "utf-16-be" for UTF-16 text saved without a byte-order mark: a zero byte on
    one side of nearly every pair (as Latin letters and digits have) and none on the other."""
    sample = data[:4096] if len(data) % 2 == 0 else data[:4095]
    pairs = len(sample) // 2
    if pairs < 8:
        return None
    odd, even = sample[1::2].count(0), sample[0::2].count(0)
    if odd >= 0.6 * pairs and even == 0:
        return "utf-16-le"
    if even >= 0.6 * pairs and odd == 0:
        return "utf-16-be"
    return None


def decode_text(data: bytes, name: str = "the file") -> str:
    """Bytes to str: UTF-8 (with or without BOM) first, UTF-16 (with or without BOM), else
    charset-normalizer's best guess."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if order := _utf16_order(data):
        return data.decode(order, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise ExtractionError(f"{name} is not readable text in any common encoding")
    guess = str(best)
    # single-byte Latin code pages are hard to tell apart on short texts; Windows-1252 wins
    # when it reads every byte as a Western letter or typographic sign and the guess does not
    if best.encoding in (
        "cp1250",
        "cp1251",
        "cp1257",
        "iso8859_2",
        "iso8859_13",
        "iso8859_15",
        "latin_1",
        "mac_latin2",
        "cp1254",
        "cp1258",
        "mac_roman",
        "cp850",
        "cp437",
    ):
        try:
            western = data.decode("cp1252")
        except UnicodeDecodeError:
            return guess
        if _unusual(western) < _unusual(guess):
            return western
    return guess


_WESTERN = set(
    "àáâãäåæçèéêëìíîïñòóôõöøùúûüýÿÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÑÒÓÔÕÖØÙÚÛÜÝßœŒ€£¥©®°±²³¹º«»·–—‘’‚“”„†•…‰‹›™§¶¿¡"
)


def _unusual(text: str) -> int:
    return sum(1 for ch in text if ord(ch) > 127 and ch not in _WESTERN)


def normalise_text(text: str, *, verbatim: bool = False) -> str:
    """Unify line ends and drop control characters; unless `verbatim`, also trailing spaces and
    blank lines at both ends (a plain-text file keeps its characters so curated offsets hold)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n\n")
    if any(unicodedata.category(ch) == "Cc" and ch not in "\n\t" for ch in text):
        text = "".join(ch for ch in text if ch in "\n\t" or unicodedata.category(ch) != "Cc")
    if verbatim:
        return text
    text = text.replace("\u00ad", "")
    return "\n".join(line.rstrip() for line in text.split("\n")).strip("\n") + "\n"


# ---------------------------------------------------------------------------- Markdown

_MD_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_MD_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_MD_REF_LINK = re.compile(r"\[([^\]]+)\]\[[^\]]*\]")
_MD_REF_DEF = re.compile(r"^\s{0,3}\[[^\]]+\]:\s+\S+.*$")
# (a heading may end with its anchor: "## 1. About this contribution {#about}")
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)\s*(?:\{#[\w:.-]+\})?\s*#*\s*$")
# a front matter block of the file's own fields ("title:", "author:", "date:") above the text
_MD_FRONT_MATTER = re.compile(
    r"\A---[ \t]*\n(?:[\w-]+:.*\n|[ \t]+.*\n|-[ \t].*\n)*?(?:---|\.\.\.)[ \t]*(?:\n|\Z)"
)
# a wiki's definition line: "Period reported:: calendar year 2025"
_MD_DEFINITION = re.compile(r"^(\s*[A-Z][^:\n]{0,60}?)::(?=\s)")
_MD_SETEXT = re.compile(r"^\s{0,3}(=+|-+)\s*$")
_MD_RULE = re.compile(r"^\s{0,3}([-*_])(\s*\1){2,}\s*$")
_MD_QUOTE = re.compile(r"^\s{0,3}>\s?")
_MD_BULLET = re.compile(r"^(\s*)[-*+]\s+")
_MD_TABLE_SEP = re.compile(r"^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$")
_MD_EMPHASIS = re.compile(r"(\*\*\*|\*\*|__|\*|_)(?=\S)(.+?)(?<=\S)\1")
_MD_CODE = re.compile(r"`([^`]*)`")
_MD_HTML = re.compile(r"</?[a-zA-Z][^>]*>")
_MD_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
_MD_BREAK = re.compile(r"\s*<br\s*/?>\s*", re.IGNORECASE)


def _md_inline(line: str) -> str:
    # a character escaped with a backslash ("twenty\-ninth", "1\.", "\*") is that character and no
    # markup: kept aside, as a private-use mark and its number, until the markup is gone
    escaped: list[str] = []

    def set_aside(match: re.Match) -> str:
        escaped.append(match.group(1))
        return f"\ue000{len(escaped) - 1}\ue001"

    line = _MD_ESCAPE.sub(set_aside, line)
    line = _MD_IMAGE.sub(r"\1", line)
    line = _MD_LINK.sub(r"\1", line)
    line = _MD_REF_LINK.sub(r"\1", line)
    line = _MD_CODE.sub(r"\1", line)
    line = _MD_BREAK.sub("; ", line)  # a table cell's lines: "UNESCO<br>Lagos Women in Tech Circle"
    line = _MD_HTML.sub("", line)
    for _ in range(2):
        line = _MD_EMPHASIS.sub(lambda m: m.group(2) if not _intraword_underscore(m) else m.group(0), line)
    return re.sub("\ue000(\\d+)\ue001", lambda m: escaped[int(m.group(1))], line)


def _intraword_underscore(match: re.Match) -> bool:
    if "_" not in match.group(1):
        return False
    before = match.string[match.start() - 1 : match.start()]
    after = match.string[match.end() : match.end() + 1]
    return before.isalnum() or after.isalnum()


_MD_WEB_LINK = re.compile(r"(?<!!)\[([^\]\n]{2,100})\]\((?:https?://|www\.)[^)\s]*\)")


def markdown_links(source: str) -> tuple[str, ...]:
    """The texts of a Markdown text's links to the web, once each, in order."""
    return tuple(
        dict.fromkeys(re.sub(r"\s+", " ", m.group(1)).strip("*_ ") for m in _MD_WEB_LINK.finditer(source))
    )


# an author's comment, not part of the text ("<!-- TODO: confirm the date -->"), and a table
# written in HTML inside Markdown, with its rows and cells
_HTML_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_HTML_TABLE = re.compile(r"<table\b[^>]*>(.*?)</table\s*>", re.DOTALL | re.IGNORECASE)
_HTML_ROW = re.compile(r"<tr\b[^>]*>(.*?)</tr\s*>", re.DOTALL | re.IGNORECASE)
_HTML_CELL = re.compile(r"<t[hd]\b[^>]*>(.*?)</t[hd]\s*>", re.DOTALL | re.IGNORECASE)


def _html_table_rows(table: re.Match) -> str:
    """An HTML table as the lines of a pipe table, read on as Markdown's are ("<br>" in a cell
    parts its names)."""
    rows = []
    for row in _HTML_ROW.finditer(table.group(1)):
        cells = [
            html.unescape(re.sub(r"\s+", " ", cell)).strip().replace("|", "/")
            for cell in _HTML_CELL.findall(row.group(1))
        ]
        if any(cells):
            rows.append("| " + " | ".join(cells) + " |")
    return "\n\n" + "\n".join(rows) + "\n\n"


def _front_matter_lines(match: re.Match) -> str:
    """A Markdown file's front matter as the labelled lines of a title block ("Organisation: ...",
    "Reporting period: ..."): its plain values, each under its key; lists and mappings are left out."""
    try:
        fields = yaml.safe_load(match.group(0).strip().strip("-.").strip() or "{}")
    except yaml.YAMLError:
        return ""
    if not isinstance(fields, dict):
        return ""
    lines = []
    for key, value in fields.items():
        if isinstance(value, (str, int, float)) and not isinstance(value, bool) and str(value).strip():
            label = str(key).replace("_", " ").replace("-", " ").strip()
            lines.append(f"{label[:1].upper()}{label[1:]}: {str(value).strip()}")
    return "\n".join(lines) + "\n\n" if lines else ""


def markdown_to_text(source: str) -> str:
    """Markdown to plain text: links keep their text; heading, emphasis, quote and rule markup go.

    Bullets become "- " items, table rows keep their cells joined by " | " (separator rows go),
    fenced code keeps its lines.
    """
    source = _HTML_TABLE.sub(_html_table_rows, _HTML_COMMENT.sub("", normalise_text(source)))
    lines = _MD_FRONT_MATTER.sub(_front_matter_lines, source).split("\n")
    out: list[str] = []
    in_fence = False
    for raw in lines:
        stripped = raw.strip()
        if stripped.startswith(("```", "~~~")):
            in_fence = not in_fence
            continue
        if in_fence:
            out.append(raw)
            continue
        if _MD_REF_DEF.match(raw) or _MD_TABLE_SEP.match(raw) and "|" in raw:
            continue
        if _MD_RULE.match(raw):
            out.append("")
            continue
        if _MD_SETEXT.match(raw) and out and out[-1].strip():
            continue
        line = _MD_DEFINITION.sub(r"\1:", _MD_QUOTE.sub("", raw))
        heading = _MD_HEADING.match(line)
        if heading:
            line = heading.group(1)
            if out and out[-1].strip():
                out.append("")
        line = _MD_BULLET.sub(r"\1- ", line)
        if "|" in line and line.strip().startswith("|"):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            line = " | ".join(_md_inline(c) for c in cells)
        else:
            line = _md_inline(line)
        out.append(line.rstrip())
    text = "\n".join(out)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip("\n") + "\n"


# ---------------------------------------------------------------------------- Word


def _docx_text(data: bytes, name: str) -> CanonicalText:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            if "word/document.xml" not in archive.namelist():
                raise ExtractionError(
                    f"{name} is a zip archive but not a Word document (no word/document.xml)"
                )
    except zipfile.BadZipFile as error:
        raise ExtractionError(f"{name} is a damaged Word file: {error}") from None
    try:
        import docx
        from docx.table import Table

        document = docx.Document(io.BytesIO(data))
    except ExtractionError:
        raise
    except Exception as error:  # python-docx raises many kinds on damaged files
        raise ExtractionError(f"{name} is a damaged Word file: {error}") from None

    # a page header's lines (a letterhead with the submitter's name and the document's title, which
    # some files write nowhere else) stand above the body, once each
    blocks: list[str] = _docx_headers(document)

    def add_table(table: Table) -> None:
        if _layout_table(table):
            # a page laid out in a borderless table ("At a glance" beside the introduction): its
            # cells are the page's columns of paragraphs, read one after the other
            for cell in _distinct_cells(table.rows[0]):
                blocks.extend(_paragraphs_of(cell._tc))
            return
        if _answers_table(table):
            # a questionnaire answered in a table ("Question | Response"): each question, then its
            # answer's paragraphs, as the text would give them without the table
            for row in table.rows[1:] if _labels_row(table.rows[0]) else table.rows:
                for cell in _distinct_cells(row):
                    blocks.extend(_paragraphs_of(cell._tc, parent=cell))
            return
        header = _two_level_header(table)
        rows = [line for line in map(_row_line, table.rows[2:] if header else table.rows) if line.strip(" |")]
        if rows:
            blocks.append("\n".join(([header] if header else []) + rows))

    for child in _block_elements(document.element.body):
        if child.tag == _W_P:
            value = _paragraph_text(child).replace("\t", " ").strip().replace("\u00ad", "")
            if value:
                blocks.append(_as_item(value, child, document))
            # a text box anchored in the paragraph (a sidebar, a quote) is read after it
            for box in _text_boxes(child):
                blocks.extend(_paragraphs_of(box))
        else:
            add_table(Table(child, document))
    blocks += _docx_notes(document)
    text = normalise_text("\n\n".join(blocks)) if blocks else ""
    return CanonicalText(text, "docx", link_texts=_docx_links(document.element.body))


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_W_P, _W_TBL = f"{_W}p", f"{_W}tbl"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"


def _block_elements(container):
    """The paragraphs and tables of a Word body, cell or text box, in order, also inside content
    controls (a questionnaire's answer fields) and custom XML."""
    for child in container.iterchildren():
        if child.tag in (_W_P, _W_TBL):
            yield child
        elif child.tag in (f"{_W}sdt", f"{_W}sdtContent", f"{_W}customXml"):
            yield from _block_elements(child)


def _paragraph_text(paragraph) -> str:
    """A Word paragraph's text as the reader sees it: its runs, also inside tracked insertions,
    content controls, hyperlinks and simple fields; not tracked deletions (kept as w:delText),
    field codes (w:instrText) or the text boxes it anchors."""
    parts = []
    for node in paragraph.iter(f"{_W}t", f"{_W}tab", f"{_W}br", f"{_W}cr", f"{_W}noBreakHyphen"):
        if any(a.tag in (f"{_W}txbxContent", _MC_FALLBACK) for a in _up_to(node, paragraph)):
            continue
        tag = node.tag[len(_W) :]
        if tag == "t":
            parts.append(_superscript(node.text or "") if _raised(node) else node.text or "")
        else:
            parts.append({"tab": "\t", "noBreakHyphen": "-"}.get(tag, "\n"))
    return "".join(parts)


_SUPERSCRIPT_DIGITS = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


def _raised(node) -> bool:
    """Whether a run's text is raised as a superscript (a note's mark typed by hand: "SDG 5" and a raised
    "1" read "SDG 5¹", not "SDG 51")."""
    vertical = node.getparent().find(f"{_W}rPr/{_W}vertAlign")
    return vertical is not None and vertical.get(f"{_W}val") == "superscript"


def _superscript(text: str) -> str:
    """A raised mark in superscript digits; other raised text (the "st" of "1st") as it is."""
    return text.translate(_SUPERSCRIPT_DIGITS) if re.fullmatch(r"[\d,\s]+", text) else text


def _up_to(node, top) -> list:
    """The ancestors of `node` below `top`."""
    out = []
    for ancestor in node.iterancestors():
        if ancestor is top:
            break
        out.append(ancestor)
    return out


def _text_boxes(paragraph) -> list:
    """The text boxes a paragraph anchors (once each: not the copy a drawing keeps as its fallback)."""
    return [
        box
        for box in paragraph.iter(f"{_W}txbxContent")
        if not any(a.tag in (_MC_FALLBACK, f"{_W}txbxContent") for a in _up_to(box, paragraph))
    ]


def _paragraphs_of(container, parent=None) -> list[str]:
    """The non-empty paragraphs of a Word table cell or text box, as text; with the `parent` they
    belong to (a cell), a list's paragraph is a "- " item, as in the body."""
    return [
        _as_item(text, p, parent) if parent is not None else text
        for p in _block_elements(container)
        if p.tag == _W_P
        if (text := _paragraph_text(p).strip())
    ]


def _as_item(text: str, element, parent) -> str:
    """A Word paragraph's text, as a "- " item when its style is a list's ("List Bullet")."""
    from docx.text.paragraph import Paragraph

    paragraph = Paragraph(element, parent)
    style = (paragraph.style.name or "").lower() if paragraph.style is not None else ""
    return f"- {text}" if style.startswith("list") and not text.startswith(("-", "•")) else text


def _row_line(row) -> str:
    """A Word table row as a line of cells joined by " | " (a cell's paragraphs by "; ")."""
    return " | ".join(
        re.sub(r"\s+", " ", "; ".join(_paragraphs_of(cell._tc))) for cell in _distinct_cells(row)
    )


def _docx_headers(document) -> list[str]:
    """The distinct lines of a Word file's page headers (the first page's and the others'), in
    section order, a table's rows as the body's are; a line with no letter (a page number) is
    left out."""
    from docx.table import Table

    lines: list[str] = []
    for section in document.sections:
        for header in (section.first_page_header, section.header):
            if header.is_linked_to_previous:
                continue  # no header of its own: the previous section's, or none
            for element in _block_elements(header._element):
                if element.tag == _W_P:
                    found = [_paragraph_text(element).strip()]
                else:
                    found = [_row_line(row) for row in Table(element, header).rows]
                for line in found:
                    line = re.sub(r"\s+", " ", line).strip()
                    if re.search(r"[^\W\d_]{2}", line) and line not in lines:
                        lines.append(line)
    return lines


def _docx_notes(document) -> list[str]:
    """A Word file's footnotes and endnotes, as a page's notes read: under a "Footnotes" (or
    "Endnotes") heading, one numbered line each, numbered in the order the text refers to them.
    The separators Word keeps among the notes are not notes."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from lxml import etree

    blocks: list[str] = []
    body = document.element.body
    for kind, reltype, heading in (
        ("footnote", RT.FOOTNOTES, "Footnotes"),
        ("endnote", RT.ENDNOTES, "Endnotes"),
    ):
        parts = [
            rel.target_part
            for rel in document.part.rels.values()
            if rel.reltype == reltype and not rel.is_external
        ]
        if not parts:
            continue
        try:
            root = etree.fromstring(parts[0].blob, etree.XMLParser(resolve_entities=False, no_network=True))
        except etree.XMLSyntaxError:
            continue  # a damaged notes part loses the notes, not the document
        texts = {}
        for note in root.iter(f"{_W}{kind}"):
            if note.get(f"{_W}type") in (None, "normal"):
                text = " ".join(_paragraphs_of(note))
                if text:
                    texts[note.get(f"{_W}id")] = re.sub(r"\s+", " ", text)
        referred = [ref.get(f"{_W}id") for ref in body.iter(f"{_W}{kind}Reference")]
        order = [i for i in dict.fromkeys(referred) if i in texts] + [i for i in texts if i not in referred]
        if order:
            blocks.append(heading)
            blocks += [f"{number} {texts[i]}" for number, i in enumerate(order, 1)]
    return blocks


def _docx_links(body) -> tuple[str, ...]:
    """The texts of a Word body's hyperlinks to the web (not its links to its own bookmarks, such
    as a table of contents), once each, in order."""
    texts = []
    for link in body.iter(f"{_W}hyperlink"):
        if link.get(_R_ID) is None:
            continue
        value = re.sub(r"\s+", " ", "".join(t.text or "" for t in link.iter(f"{_W}t"))).strip()
        if value:
            texts.append(value)
    return tuple(dict.fromkeys(texts))


def _two_level_header(table) -> str | None:
    """The header of a table whose first row spans groups of columns over a second row of their
    labels ("Participants" over "Women | Men | Total") as one line, each column named by both rows
    ("Programme | Participants Women | Participants Men | Participants Total | Partner"); None for
    any other table."""
    if len(table.rows) < 3:
        return None
    top, sub = table.rows[0].cells, table.rows[1].cells
    groups = len(_distinct_cells(table.rows[0]))
    if len(top) != len(sub) or not 2 <= groups < len(top):
        return None  # (a caption across the whole table is no group of columns)
    if len(_distinct_cells(table.rows[1])) != len(sub):
        return None
    names = []
    for column, (above, below) in enumerate(zip(top, sub, strict=True)):
        spanned = any(other._tc is above._tc for position, other in enumerate(top) if position != column)
        upper, lower = (re.sub(r"\s+", " ", cell.text).strip() for cell in (above, below))
        if spanned != bool(lower) or not upper:
            return None  # a spanned group's columns are labelled below it, and only they
        if lower[:2].istitle():  # "Women" under "Participants": "Participants women"; "USD" stays
            lower = lower[:1].lower() + lower[1:]
        names.append(f"{upper} {lower}".strip() if spanned else upper)
    return " | ".join(names)


def _distinct_cells(row) -> list:
    """A Word table row's cells, a merged cell once."""
    cells, previous = [], None
    for cell in row.cells:
        if previous is None or cell._tc is not previous:
            cells.append(cell)
        previous = cell._tc
    return cells


def _labels_row(row) -> bool:
    """A table's first row of column labels ("Question | Response")."""
    texts = [re.sub(r"\s+", " ", cell.text).strip() for cell in _distinct_cells(row)]
    return all(0 < len(text) <= 40 and not re.search(r"\d", text) for text in texts)


def _answers_table(table) -> bool:
    """A table of two columns whose right-hand cells hold answers in prose: most of them two
    paragraphs or more, or 300 characters or more (a questionnaire answered in a table)."""
    rows = [_distinct_cells(row) for row in table.rows]
    if len(rows) < 2 or any(len(cells) != 2 for cells in rows):
        return False
    body = rows[1:] if _labels_row(table.rows[0]) else rows
    answers = [_paragraphs_of(cells[1]._tc) for cells in body]
    long = [texts for texts in answers if len(texts) >= 2 or sum(map(len, texts)) >= 300]
    return len(long) * 2 > len(body)


def _layout_table(table) -> bool:
    """A table of one row whose cells hold paragraphs of prose, not values: a page's layout."""
    if len(table.rows) != 1:
        return False
    cells = _distinct_cells(table.rows[0])
    paragraphs = [_paragraphs_of(cell._tc) for cell in cells]
    return len(cells) >= 2 and any(
        len(texts) >= 3 and sum(len(text) for text in texts) >= 300 for texts in paragraphs
    )


# ---------------------------------------------------------------------------- PDF

_PAGE_NUMBER = re.compile(
    r"^\s*(?:[-–—]\s*)?(?:page\s+)?\d{1,4}(?:\s*(?:/|of)\s*\d{1,4})?(?:\s*[-–—])?\s*$", re.IGNORECASE
)
_SENTENCE_END = re.compile(r"[.!?:;…)\"”’]$")
# a bullet, a list item "a)", "3." or a numbered paragraph "7.1 The Ministry" (not "3.5 GHz")
_BULLET_START = re.compile(
    r"^(?:(?:[-•▪●◦*–]|\(?[a-z0-9]{1,3}[.)])\s+|\d{1,2}(?:\.\d{1,2})+\.?\s+(?=[A-Z][a-z]))"
)


def _pdf_text(data: bytes, name: str) -> CanonicalText:
    import logging

    from pypdf import PdfReader
    from pypdf.errors import FileNotDecryptedError, PdfReadError

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:
                opened = reader.decrypt("")
            except Exception:  # noqa: BLE001 - missing crypto backends or bad keys
                opened = 0
            if not opened:
                raise ExtractionError(
                    f"{name} is an encrypted (password-protected) PDF; save an unprotected copy and try again"
                )
        pages = [_page_text(page) for page in reader.pages]
    except ExtractionError:
        raise
    except FileNotDecryptedError:
        raise ExtractionError(
            f"{name} is an encrypted (password-protected) PDF; save an unprotected copy and try again"
        ) from None
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, IndexError, OSError):
        raise ExtractionError(f"{name} is a damaged PDF that cannot be read; {_RESAVE}") from None
    except Exception:  # noqa: BLE001 - pypdf raises many kinds on corrupt files
        raise ExtractionError(f"{name} is a damaged PDF that cannot be read; {_RESAVE}") from None
    if not pages:
        raise ExtractionError(f"{name} is a damaged PDF that cannot be read (it has no pages); {_RESAVE}")
    if not any(re.search(r"\w", p) for p in pages):
        raise ExtractionError(f"{name}: this PDF has no extractable text; OCR it first")
    return pdf_pages_to_text(pages)


def _page_text(page) -> str:
    """A page's text with its vertical gaps (layout mode), falling back to plain mode."""
    try:
        text = page.extract_text(extraction_mode="layout") or ""
    except Exception:  # noqa: BLE001 - layout mode fails on some fonts; plain mode is the fallback
        text = ""
    if not text.strip():
        text = page.extract_text() or ""
    return laid_out_page(text)


_TEXT_RULE = re.compile(r"[ \t]*(?:[-_=─━][ \t]*){5,}")


def laid_out_page(text: str) -> str:
    """A page's text as laid out with spaces: its tables without rules as rows of cells, its two
    columns one after the other, and the runs of spaces between words closed up. A rule drawn
    in characters ("-----" under a table's header) goes."""
    lines = [line for line in text.split("\n") if not _TEXT_RULE.fullmatch(line)]
    lines = unfold_columns(layout_tables(lines))
    return "\n".join(re.sub(r"[ \t]{2,}", " ", line.strip()) for line in lines)


_CELL_GAP = re.compile(r"\S(?:.*?\S)??(?=[ \t]{3,}|\t|\s*$)")
_NEW_VALUE = re.compile(r"(?:[0-9]|(?:USD|EUR|CHF|GBP|US\$|\$|€|£)\s?\d)")
_NUMBERED = re.compile(rf"{SECTION_NUMBER}\s+\S")


def spaced_cells(line: str) -> list[tuple[int, str]]:
    """(position, text) of the cells of a line laid out with spaces (a PDF's layout text, a
    plain-text table): the runs that three spaces or more, or a tab, keep apart."""
    return [(m.start(), m.group(0)) for m in _CELL_GAP.finditer(line)]


def fit_cells(line: str, header: list[tuple[int, str]]) -> list[tuple[int, str]] | None:
    """The cells of a line laid out with spaces under a header's columns, as (position, text), an
    empty column as (-1, ""); or None when the line is not a row of that table: a run that
    neither starts nor ends (right-aligned, as amounts are) near its column's heading, two runs
    in one column, or a run crossing into the next column (prose)."""
    starts = [position for position, _ in header]
    ends = [position + len(text) for position, text in header]
    values: list[tuple[int, str]] = [(-1, "") for _ in starts]
    for position, cell in _split_at_columns(spaced_cells(line), starts):
        end = position + len(cell)
        column = min(range(len(starts)), key=lambda index: abs(position - starts[index]))
        if column + 1 < len(starts) and abs(end - ends[column + 1]) < abs(position - starts[column]):
            column += 1  # right-aligned under the next heading
        gaps = [abs(starts[column] - starts[other]) for other in range(len(starts)) if other != column]
        reach = max(3, min(gaps) // 2)
        near = abs(position - starts[column]) <= reach or abs(end - ends[column]) <= reach
        if not near or values[column][1]:
            return None
        if column + 1 < len(starts) and end > starts[column + 1] - 2:
            return None
        values[column] = (position, cell)
    return values


def _split_at_columns(cells: list[tuple[int, str]], starts: list[int]) -> list[tuple[int, str]]:
    """Cells kept apart by only two spaces where the next one starts under its heading:
    "3 November 2025  1,100,000" under "Launched         Users reached"."""
    result = []
    for position, cell in cells:
        pieces = [(position, cell)]
        for gap in re.finditer(r"\S( {2})(?=\S)", cell):
            at = position + gap.end(1)
            if any(abs(at - start) <= 1 for start in starts):
                first_at, first = pieces.pop()
                cut = at - first_at
                pieces += [(first_at, first[: cut - 2]), (at, first[cut:])]
        result += pieces
    return result


def _fit(line: str, header: list[tuple[int, str]]) -> list[str] | None:
    fitted = fit_cells(line, header)
    return None if fitted is None else [text for _, text in fitted]


def continues_row(previous: list[str], values: list[str]) -> bool:
    """Whether a layout line's cells continue the row above (cells wrapped onto the next line)."""
    filled = [column for column, value in enumerate(values) if value]
    # a date wrapped in its cell ("19-23 May" / "2025", "September 22nd-26th," / "2025", "7-11 Apr" /
    # "2025") continues its row, however full the line
    year_below = bool(
        re.fullmatch(r"(?:19|20)\d\d", values[0])
        and re.search(rf"\b(?:{MONTH_NAMES}|{MONTH_ABBREVIATIONS})\b", previous[0])
        and not re.search(r"\b(?:19|20)\d\d\b", previous[0])
    )
    # in a table of two columns (see `_two_labels`), sentences wrapped in every cell of the line ("2. Which
    # SDGs does the | SDG 16 - target 16.9 ... and" over "programme serve? | civil registration ..."): each
    # goes on in lower case where the row above has not ended its sentence
    wrapped = len(values) == 2 and all(
        values[column][:1].islower() and previous[column] and not re.search(r"[.!?:;]$", previous[column])
        for column in filled
    )
    return (
        (len(filled) * 2 <= len(values) or year_below or wrapped)
        and all(previous[column] for column in filled)
        and not any(_NEW_VALUE.match(values[column]) for column in filled[year_below:])
        and not (filled == [0] and _NUMBERED.match(values[0]))
    )


def _join_wrapped(before: str, after: str) -> str:
    """Two pieces of a wrapped text joined, a word hyphenated at the break mended ("infra-" and
    "structure")."""
    if before.endswith("-") and after[:1].islower() and before[-2:-1].isalpha():
        return before[:-1] + after
    return f"{before} {after}"


def _join_cell(joined: str, more: str) -> str:
    return _join_wrapped(joined, more) if joined and more else joined or more


def _parts(data: list[tuple[int, list[str] | None]]) -> list[list[tuple[int, list[str]]]]:
    """The runs of a table's lines between blank lines."""
    parts: list[list[tuple[int, list[str]]]] = [[]]
    for number, values in data:
        if values is not None:
            parts[-1].append((number, values))
        elif parts[-1]:
            parts.append([])
    return [part for part in parts if part]


def _row_parts(parts: list[list[tuple[int, list[str]]]], width: int) -> list[list[tuple[int, list[str]]]]:
    """The runs of a table's lines up to the first one after a blank line that does not open with
    a full row (more than half its cells): a heading or a note under the table ends it."""
    kept = parts[:1]
    for part in parts[1:]:
        if sum(map(bool, part[0][1])) * 2 <= width:
            break
        kept.append(part)
    return kept


def _wrapped_header(
    lines: list[str], index: int, header: list[tuple[int, str]]
) -> tuple[list[tuple[int, str]], int]:
    """A table's header with the words its headings wrap onto ("New sites" over "in 2025"): one or
    two lines under it, filling few of its columns, before the blank line that parts it from its
    rows; and the number of the line after them."""
    texts = [text for _, text in header]
    following = index + 1
    wrapped = []
    while following < len(lines) and lines[following].strip() and len(wrapped) < 2:
        values = _fit(lines[following], header)
        if values is None or not continues_row(texts, values):
            return header, index + 1
        wrapped.append(values)
        following += 1
    if not wrapped or following < len(lines) and lines[following].strip():
        return header, index + 1
    for values in wrapped:
        texts = [_join_cell(a, b) for a, b in zip(texts, values, strict=True)]
    return [(position, text) for (position, _), text in zip(header, texts, strict=True)], following


_HEADING_LABEL = re.compile(r"[A-Z][a-z]+(?:[ /&]+[A-Za-z]+){0,2}")


def _two_labels(header: list[tuple[int, str]], width: int) -> bool:
    """Whether a line is the header of a table of two columns, a narrow one of labels beside a wide
    one ("Question" and "Response", a questionnaire answered in a table): two short headings, the
    second well left of the middle of a page `width` characters wide (a page set in two columns parts
    them there)."""
    return (
        len(header) == 2
        and all(_HEADING_LABEL.fullmatch(text) for _, text in header)
        and header[0][0] < 5
        and header[1][0] <= 0.4 * width
    )


def _first_cell_together(part: list[tuple[int, list[str]]]) -> bool:
    """Whether the lines of a part of a table that fill its first cell follow one another."""
    filled = [number for number, (_, values) in enumerate(part) if values[0]]
    return bool(filled) and filled == list(range(filled[0], filled[-1] + 1))


def _last_cell_once(part: list[tuple[int, list[str]]]) -> bool:
    """Whether a part of a table of three lines or more fills its last cell on one line only (a status
    beside cells that wrap: "Ongoing" beside "SDG 4" / "Quality" / "education"), as one row does."""
    return len(part) >= 3 and sum(1 for _, values in part if values[-1]) == 1


def _first_cell_wraps(part: list[tuple[int, list[str]]]) -> bool:
    """Whether the lines of a part of a table that fill its first cell follow one another, each after
    the first going on in lower case (one cell's words wrapped, not the cells of several rows)."""
    cells = [values[0] for _, values in part if values[0]]
    return _first_cell_together(part) and len(cells) > 1 and all(cell[:1].islower() for cell in cells[1:])


def layout_tables(lines: list[str]) -> list[str]:
    """A table without rules, as pypdf's layout mode draws it (a header of three columns or more,
    each row's cells under the header's columns), rewritten as rows of cells joined by " | ", as
    a Word table's rows are; a cell wrapped onto other lines is joined back into its row.

    Where blank lines part the rows, the lines between two blank lines are one row (a cell may
    be centred on a row's middle line). Otherwise a line that fills half the columns or fewer,
    under cells of the row above and with no figure or amount, continues that row ("Fundación
    Red Andina de" / "Bibliotecas"); a line with a figure ("Total ... USD 855,000") is a row."""
    width = max((len(line.rstrip()) for line in lines), default=0)  # (the page's, see `_two_labels`)
    out: list[str] = []
    index = 0
    while index < len(lines):
        header = spaced_cells(lines[index])
        if (len(header) < 3 and not _two_labels(header, width)) or _fit(lines[index], header) is None:
            out.append(lines[index])
            index += 1
            continue
        header, following = _wrapped_header(lines, index, header)
        body: list[tuple[int, list[str] | None]] = []  # (line number, cells), None for a blank line
        while following < len(lines):
            if not lines[following].strip():
                body.append((following, None))
            else:
                values = _fit(lines[following], header)
                if values is None:
                    break
                body.append((following, values))
            following += 1
        parts = _parts(body)
        # (most parts: a row whose first cell wraps too has two lines that fill most cells,
        # "16 November" / "2023")
        # (in a table of two columns, a part whose first cell's lines follow one another: a question
        # wrapped over lines beside its answer, "8. Which SDG targets does it" / "address?")
        # (or, in a wider table, a part whose first cell wraps on lines that go on in lower case: "The Goal 8
        # (decent" / "work and economic" / "growth)" beside a status of four lines)
        one_row = [
            _first_cell_together(part)
            if len(header) == 2
            else sum(1 for _, values in part if sum(map(bool, values)) * 2 > len(values)) <= 1
            or _first_cell_wraps(part)
            or _last_cell_once(part)
            for part in parts
        ]
        parted = len(parts) > 1 and sum(one_row) * 2 > len(parts)
        # parted by blank lines, each part is a row; else each line is, across blank lines (a row
        # whose first cell wraps may stand apart: "Gulu Youth Library and Innovation" / "Collective")
        groups = parts if parted else [[line] for part in _row_parts(parts, len(header)) for line in part]
        rows: list[list[str]] = [[text for _, text in header]]
        end = index + 1
        for group in groups:
            merged = ["" for _ in header]
            for _, values in group:
                merged = [_join_cell(a, b) for a, b in zip(merged, values, strict=True)]
            filled = sum(1 for value in merged if value)
            if not parted and len(rows) > 1 and continues_row(rows[-1], merged):
                rows[-1] = [_join_cell(a, b) for a, b in zip(rows[-1], merged, strict=True)]
            elif filled >= 2 or (not parted and filled and merged[0] and len(rows) > 1):
                rows.append(merged)
            else:
                break
            end = group[-1][0] + 1
        if len(rows) < 2:
            out.append(lines[index])
            index += 1
            continue
        out.extend(" | ".join(re.sub(r"\s+", " ", cell) for cell in row) for row in rows)
        index = end
    return out


_TABLE_ROW = re.compile(r"\S \| \S")


def _gutter(page: list[str]) -> tuple[int, range] | None:
    """The character position of the gap between two columns of prose in a page's layout text,
    and the lines it parts: where most lines with text on both sides have a run of three spaces
    or more, and both sides' lines mostly fill their column (a table's short cells do not), the
    whole page; a box of key figures beside one stretch of prose, that stretch. A table's rows,
    already joined by `layout_tables`, span the page and take no part."""
    lines = [line for line in page if not _TABLE_ROW.search(line)]
    widest = max((len(line) for line in lines), default=0)
    if widest < 60:
        return None
    best, best_lines = None, []
    for position in range(25, widest - 25):
        split = [
            line
            for line in lines
            if line[position - 1 : position + 2] == "   "
            and line[:position].strip()
            and line[position:].strip()
            # a column of prose holds no gap of its own; a table's row holds more than one
            and "   " not in line[:position].strip()
            and "   " not in line[position:].strip()
        ]
        if len(split) > len(best_lines):
            best, best_lines = position, split
    written = [line for line in lines if line.strip()]
    if best is None or len(best_lines) < 3:
        return None
    region = _without_furniture(page)
    if len(best_lines) < 0.25 * len(written):
        region = _split_run(page, best)
        if len(region) < 6:
            return None  # neither most of the page nor a box beside one stretch of prose
    left = sum(len(line[:best].strip()) for line in best_lines) / len(best_lines)
    right = sum(len(line[best:].strip()) for line in best_lines) / len(best_lines)
    return (best, region) if left >= 0.6 * (best - 4) and right >= 0.5 * (widest - best - 4) else None


def _without_furniture(page: list[str]) -> range:
    """The page's lines but a running header or footer set apart from the columns by two blank
    lines or more ("SSEC - Regional progress ... Page 3" under both columns), which is read whole."""
    content = [number for number, line in enumerate(page) if line.strip()]
    start, stop = 0, len(page)
    if len(content) > 2 and content[-1] - content[-2] > 2:
        stop = content[-1]
    if len(content) > 2 and content[1] - content[0] > 2:
        start = content[1]
    return range(start, stop)


def _crosses(line: str, gutter: int) -> bool:
    """A line written across the gutter (a title, a full-width paragraph) or a table's joined row."""
    return bool(line[gutter - 1 : gutter + 1].strip()) or _TABLE_ROW.search(line) is not None


def _split_run(lines: list[str], gutter: int) -> range:
    """The stretch of lines that no line crosses at `gutter` and that holds the most lines with
    text on both sides of it: a box of key figures beside a stretch of prose on a page that is
    otherwise one column."""
    best, count = range(0), 0
    start, run = 0, 0
    for number, line in enumerate([*lines, "x" * (gutter + 1)]):  # a last line that crosses
        if _crosses(line, gutter):
            if run > count:
                best, count = range(start, number), run
            start, run = number + 1, 0
        elif line[:gutter].strip() and line[gutter:].strip():
            run += 1
    return best if count >= 6 else range(0)


_HEADING_START = re.compile(rf"(?:C\d{{1,2}}|[IVX]{{1,4}}\.|{SECTION_NUMBER}|[A-H]\.)\s*[-–—:.]?\s+[A-Z]")


def _column_paragraphs(lines: list[str]) -> list[str]:
    """A column's lines joined into its paragraphs, a blank line between two paragraphs: a line
    goes on from the one above when that one nearly fills the column's width, or when it opens
    in lower case ("C2 - Information and communication" / "infrastructure"). Joined here, where
    the column's width is known; the page's wider lines would make every line of a column look
    like the end of its paragraph."""
    width = max((len(line.strip()) for line in lines), default=0)
    out: list[str] = []
    previous = ""
    for line in (line.strip() for line in lines):
        if not line:
            if not out or out[-1]:
                out.append("")
            previous = ""
            continue
        # a heading ("C11 - International and regional cooperation", "4.2 Results") is no
        # paragraph's first line, however long
        heading = bool(out) and out[-1] == previous and _HEADING_START.match(previous) is not None
        # a box's figures, one a line: "312 community access points installed" / "9,450 women ..."
        figures = re.match(r"\d", previous) is not None and re.match(r"\d", line) is not None
        goes_on = (
            previous
            and not figures
            and (
                (len(previous) >= 0.7 * width and not _SENTENCE_END.search(previous) and not heading)
                # (not a capitalised term: "3. Results in 2025" / "e-Government (C7). The new ...")
                or (line[:1].islower() and not (heading and re.match(r"e-[A-Z]", line)))
            )
        )
        if goes_on:
            out[-1] = _join_wrapped(out[-1], line)
        else:
            if out and out[-1]:
                out.append("")
            out.append(line)
        previous = line
    return out


def unfold_columns(lines: list[str]) -> list[str]:
    """A page laid out in two columns read column by column: each run of lines that the gutter
    divides gives its left halves, then its right halves; a line written across the gutter (a
    title, a full-width paragraph) stays whole between the runs."""
    found = _gutter(lines)
    if found is None:
        return lines
    gutter, region = found
    out: list[str] = []
    left: list[str] = []
    right: list[str] = []

    def flush() -> None:
        out.extend(_column_paragraphs(left))
        if left and right:
            out.append("")
        out.extend(_column_paragraphs(right))
        if (left or right) and out[-1]:
            out.append("")  # the columns end a paragraph
        left.clear()
        right.clear()

    for number, line in enumerate(lines):
        if _crosses(line, gutter) or number not in region:
            flush()
            out.append(line)
            continue
        for column, part in ((left, line[:gutter].rstrip()), (right, line[gutter:].strip())):
            if re.fullmatch(r"\s*\d{1,2}", part):  # a footnote's raised mark, on a line of its own
                continue
            if not part and column and column[-1] and not _SENTENCE_END.search(column[-1]):
                continue  # a gap the other column made, inside this column's sentence
            column.append(part)
    flush()
    return out


def _line_key(line: str) -> str:
    return re.sub(r"\d+", "#", re.sub(r"\s+", " ", line.strip().lower()))


def _running_lines(page_lines: list[list[str]]) -> set[str]:
    """Keys of lines that repeat at the top or bottom of at least half the pages (headers, footers)."""
    if len(page_lines) < 2:
        return set()
    counts: Counter[str] = Counter()
    for lines in page_lines:
        content = [ln for ln in lines if ln.strip()]
        edge = set(_line_key(ln) for ln in content[:2] + content[-2:])
        counts.update(edge)
    threshold = max(2, (len(page_lines) + 1) // 2)
    return {key for key, count in counts.items() if count >= threshold and key.strip("# ")}


# a page's notes at its foot ("3 ITU, Measuring digital development ..."), one a line or run together
_NOTE_START = re.compile(r"(?:^|(?<=[.)])[ \t]+)(\d{1,2})[ \t]+[A-Z]")


def note_numbers(line: str) -> list[int]:
    """The numbers of the notes a line holds, when it opens with one ("1 Marovia Digital 2030
    Strategy, 2023. 2 Digital Economy Act ..." gives [1, 2]); no numbers for another line."""
    numbers = [(m.start(), int(m.group(1))) for m in _NOTE_START.finditer(line.lstrip())]
    return [n for _, n in numbers] if numbers and numbers[0][0] == 0 else []


# a note's mark glued to the word before it, as a PDF's text layer keeps a superscript: "the
# Digital Economy Act2 gave", "Regulations3,"
_GLUED_MARK = re.compile(r"(?:(?<=[A-Za-z][a-z]{2})|(?<=[a-z]\)))(\d{1,2})(?=[\s,.;:)]|$)")


def _unglued_note_marks(lines: list[str]) -> list[str]:
    """A page's lines without the note marks glued to words, when the page's foot holds those notes."""
    foot = max(0, len(lines) - max(1, len(lines) * 2 // 5))  # (a page may have no lines left)
    numbers = {i: note_numbers(lines[i]) for i in range(foot, len(lines))}
    note_lines = {i for i, found in numbers.items() if found}
    notes = {n for found in numbers.values() for n in found}
    if not notes:
        return lines
    return [
        line
        if i in note_lines
        else _GLUED_MARK.sub(lambda m: "" if int(m.group(1)) in notes else m.group(0), line)
        for i, line in enumerate(lines)
    ]


# A table's header whose labels the text layer runs together with single spaces ("Workstream SDGs Targets
# Status") over rows whose cells it parts ("E-government readiness reviews | 16 | 16.6, 16.7 | Ongoing"), a
# group's label between them or not ("Digital government")
_HEADER_WORD = re.compile(r"[A-Z][\w/&()-]*")


def _header_cells(lines: list[str]) -> list[str]:
    """`lines`, with a header of one-word labels over rows of as many cells parted as they are."""
    out = list(lines)
    for index, line in enumerate(lines[:-1]):
        words = line.split()
        if " | " in line or not 2 <= len(words) <= 8 or not all(_HEADER_WORD.fullmatch(w) for w in words):
            continue
        below = [ln for ln in lines[index + 1 : index + 6] if ln][:2]
        # (past a short line of no cells: a group's label, or a heading's words wrapped, "(USD)")
        if below and " | " not in below[0] and len(below[0]) <= 40:
            below = below[1:]
        if below and below[0].count(" | ") + 1 == len(words):
            out[index] = " | ".join(words)
    return out


def pdf_pages_to_text(pages: list[str]) -> CanonicalText:
    """Join the text layer of PDF pages into one text; record where each page starts."""
    page_lines = [normalise_text(p).split("\n") for p in pages]
    running = _running_lines(page_lines)
    cleaned: list[list[str]] = []
    for lines in page_lines:
        content = [ln.strip() for ln in lines]
        # drop running lines and page numbers among the first and last lines of a page
        non_empty = [i for i, ln in enumerate(content) if ln]
        edges = set(non_empty[:3] + non_empty[-3:])
        kept = []
        for i, ln in enumerate(content):
            if i in edges and (_line_key(ln) in running or _PAGE_NUMBER.match(ln)):
                continue
            kept.append(ln)
        while kept and not kept[0]:
            kept.pop(0)
        while kept and not kept[-1]:
            kept.pop()
        cleaned.append(_header_cells(_unglued_note_marks(kept)))
    widths = [len(ln) for lines in cleaned for ln in lines if ln]
    width = sorted(widths)[int(len(widths) * 0.9)] if widths else 80
    short = max(20, int(width * 0.7))
    blank = sum(1 for lines in cleaned for ln in lines if not ln)
    if blank * 12 >= len(widths):
        short = 0  # the layout shows paragraph gaps: only a blank line ends a paragraph

    text = ""
    page_starts: list[int] = []
    for lines in cleaned:
        if not lines:  # a blank page, or one with nothing but its running header and footer
            page_starts.append(len(text))
            continue
        if text:
            previous_line = text.rstrip("\n").rsplit("\n", 1)[-1]
            continues = (
                lines
                and lines[0]
                and len(previous_line) >= short
                and not _SENTENCE_END.search(previous_line)
                and not _BULLET_START.match(lines[0])
                and (lines[0][:1].islower() or short > 0)
            )
            if continues:
                if previous_line.endswith("-") and lines[0][:1].islower():
                    text = text[:-1]
                else:
                    text += " "
            else:
                text += "\n\n"
        page_starts.append(len(text))
        text += _join_lines(lines, short, int(width * 0.6))
    return CanonicalText(text.strip("\n") + "\n" if text.strip() else "", "pdf", page_starts)


# a table's rows flattened into lines, each opening with its date ("5 December 2023 Online ...")
_ROW_DATE = re.compile(
    rf"\d{{1,2}}(?:\s*[-–]\s*\d{{1,2}})?\s+{MONTH_NAMES}\s+(?:19|20)\d\d\b|{MONTH_NAMES}\s+(?:19|20)\d\d\b"
)
# a title block's labelled line: "Submitted by: ...", "Reporting period: ...", "Title: ..."
_LABEL = re.compile(r"(?:[A-Z][a-z]+(?: [a-z]+){0,2}): \S")
_OPEN_END = re.compile(
    r"(?:\b(?:on|in|of|from|to|since|by|until|and|or|the|at|between|during|before|after)|,)$"
)


# a numbered heading: "3.4 C5 - Building confidence and security in the use of ICTs", "Part Four:
# Links to the Sustainable Development Goals", "Action Line C5: building confidence and security"
_NUMBERED_HEADING = re.compile(
    rf"{SECTION_NUMBER}\s+[A-Z]|(?:Part|Section|Chapter|Annex)\s+(?:One|Two|Three|Four|Five|Six|[1-9]|[IVX]{{1,4}})"
    r"\s*[:.–-]\s|Action\s+Line\s+C\d{1,2}\s*[:.–-]\s"
)


def _join_lines(lines: list[str], short: int, heading: int = 0) -> str:
    """Hard-wrapped lines to paragraphs: join wrapped lines, repair hyphenation, keep breaks.
    Lines shorter than `short` end their paragraph; so, whatever the layout, does a line shorter
    than `heading` (or, opening with a section's number, than 1.4 times that) that ends no
    sentence before a line starting with a capital or a digit (a heading, a table's row): a
    wrapped line of prose is never that short."""
    out = ""
    previous = ""
    for line in lines:
        if not line:
            if out and not out.endswith("\n\n"):
                out += "\n\n"
            previous = ""
            continue
        if out.endswith("\n\n") and not previous and out.rstrip("\n"):
            pass
        if not previous:
            out += line
        elif (
            _BULLET_START.match(line)
            or (short and len(previous) < short)
            or " | " in line
            or " | " in previous
            or (
                len(previous) < (heading * 1.4 if _NUMBERED_HEADING.match(previous) else heading)
                and not re.search(r"[.,;:!?]$", previous)
                and re.match(r"[A-Z0-9]", line)
            )
            or (_ROW_DATE.match(line) and _ROW_DATE.match(previous) and not _OPEN_END.search(previous))
            or (_LABEL.match(line) and not _OPEN_END.search(previous))
        ):
            out += "\n" + line
        else:
            out = _join_wrapped(out, line)
        previous = line
    return out
