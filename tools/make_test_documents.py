"""Write the synthetic test documents and their expected facts into tests/fixtures/documents/.

    .venv/bin/python tools/make_test_documents.py

The five "good" documents imitate written submissions to the CSTD on WSIS implementation
(a UN agency in Word, a ministry in PDF, an NGO in Markdown, a research network in cp1252
plain text, a business association in Word); the files in bad/ are inputs an extractor must
refuse or report cleanly. Entities, activities and numbers are invented.

Each good document has `<name>.expected.yaml`, curated by hand below. Before anything is
written, every quote in an expected file is checked against the document's visible text
(markup removed, line wraps repaired, whitespace collapsed), so the expectations cannot drift
from the documents. The output is deterministic: fixed metadata and zip timestamps for Word
files, a fixed creation date and file id for PDFs.
"""

from __future__ import annotations

import io
import random
import re
import sys
import textwrap
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import yaml
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
from fpdf import FPDF
from pypdf import PdfReader, PdfWriter
from pypdf.generic import ArrayObject, ByteStringObject

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "fixtures" / "documents"
BAD = OUT / "bad"

FIXED_DATE = datetime(2024, 2, 12, 9, 30, 0, tzinfo=UTC)
ZIP_DATE = (2024, 2, 12, 9, 30, 0)
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")

SOFT = "\u00ad"  # marks a place where the PDF writer may hyphenate a word

ORDINALS = {25: "Twenty-fifth", 26: "Twenty-sixth", 27: "Twenty-seventh"}


def standard_paragraph(number: int) -> str:
    return (
        'This submission was prepared as an input to the report of the UN Secretary-General on "Progress '
        "made in the implementation of and follow-up to the outcomes of the World Summit on the Information "
        'Society at the regional and international levels" '
        f"(to the {number}th session of the CSTD), in response to the request by the Economic and Social "
        "Council, in its resolution 2006/46, to the UN Secretary-General to inform the Commission on Science "
        "and Technology for Development on the implementation of the outcomes of the WSIS as part of his "
        "annual reporting to the Commission."
    )


DISCLAIMER = (
    "DISCLAIMER: The views presented here are the contributors' and do not necessarily reflect the views "
    "and position of the United Nations or the United Nations Conference on Trade and Development."
)

SUBMISSIONS_LINE = (
    "Submissions from entities in the United Nations system, international organizations and other "
    "stakeholders on their efforts in {year} to implement the outcomes of the WSIS"
)

PROMPT_ONE = (
    "An executive summary (half a page to a page) of activities undertaken by all stakeholders, progress "
    "made, and any obstacles encountered."
)
PROMPT_TWO = (
    "A brief (1–2 pages) analytical overview of trends and experiences in implementation at the national, "
    "regional and international levels and by all stakeholders, highlighting achievements and obstacles "
    "since WSIS and taking into account the follow-up and review of the 2030 Agenda for Sustainable "
    "Development."
)
PROMPT_THREE = (
    "A brief description (1–2 pages) of innovative policies, programmes and projects undertaken by all "
    "stakeholders to implement the outcomes, and of future actions or initiatives to be taken."
)


# --------------------------------------------------------------------------------------------
# Helpers: visible text, deterministic containers, quote checks
# --------------------------------------------------------------------------------------------


def normalise(text: str) -> str:
    """Collapse all whitespace (line wraps included) to single spaces."""
    return re.sub(r"\s+", " ", text.replace(SOFT, "")).strip()


def fix_zip(data: bytes) -> bytes:
    """Rewrite a zip (a .docx) with fixed timestamps so that the bytes are stable across runs."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            new = zipfile.ZipInfo(info.filename, date_time=ZIP_DATE)
            new.compress_type = zipfile.ZIP_DEFLATED
            new.external_attr = 0o644 << 16
            new.create_system = 0
            dst.writestr(new, src.read(info.filename))
    return out.getvalue()


def docx_bytes(doc: Document, title: str, author: str) -> bytes:
    props = doc.core_properties
    props.title = title
    props.author = author
    props.last_modified_by = author
    props.created = FIXED_DATE.replace(tzinfo=None)
    props.modified = FIXED_DATE.replace(tzinfo=None)
    props.last_printed = FIXED_DATE.replace(tzinfo=None)
    props.revision = 3
    props.comments = ""
    props.keywords = "CSTD; WSIS"
    buf = io.BytesIO()
    doc.save(buf)
    return fix_zip(buf.getvalue())


def docx_visible_text(data: bytes) -> str:
    doc = Document(io.BytesIO(data))
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            for cell in row.cells:
                parts.append(cell.text)
    return "\n".join(parts)


def markdown_visible_text(md: str) -> str:
    lines = []
    for line in md.splitlines():
        if re.fullmatch(r"\s*(-{3,}|\*{3,})\s*", line):
            continue
        line = re.sub(r"^#{1,6}\s+", "", line)
        line = re.sub(r"^\s*[-*]\s+", "", line)
        line = re.sub(r"^>\s?", "", line)
        line = re.sub(r"\[([^\]]+)\]\([^)]+\)", r"\1", line)
        line = line.replace("**", "").replace("*", "")
        lines.append(line)
    return "\n".join(lines)


ALLOWED_KEYS = {
    "top": {
        "entity",
        "session",
        "reporting_period",
        "language",
        "action_lines",
        "sdg_targets",
        "sdg_goals",
        "organisations",
        "relations",
        "events",
        "figures",
    },
    "organisation": {"name", "aliases", "kind", "role"},
    "relation": {"source", "target", "type"},
    "event": {"date", "end_date", "kind", "title", "quote"},
    "figure": {"value", "unit", "qualifier", "quote"},
}
DATE_RE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")


def check_expected(name: str, expected_yaml: str, visible: str, extra_names: set[str]) -> None:
    """Fail loudly if an expected file names a quote the document does not contain, or is malformed."""
    data = yaml.safe_load(expected_yaml)
    flat = normalise(visible)
    problems = []
    if set(data) != ALLOWED_KEYS["top"]:
        problems.append(f"top-level keys {sorted(set(data) ^ ALLOWED_KEYS['top'])}")
    for kind, key in (
        ("event", "events"),
        ("figure", "figures"),
        ("organisation", "organisations"),
        ("relation", "relations"),
    ):
        for item in data[key]:
            if not set(item) <= ALLOWED_KEYS[kind]:
                problems.append(f"{kind} {item} has unknown keys")
            if "quote" in item and normalise(item["quote"]) not in flat:
                problems.append(f"{kind} quote not in text: {item['quote']!r}")
    for event in data["events"]:
        for k in ("date", "end_date"):
            if event.get(k) is not None and not DATE_RE.match(str(event[k])):
                problems.append(f"bad {k} {event[k]!r}")
            if event.get(k) is not None and not isinstance(event[k], str):
                problems.append(f"{k} must be a string: {event[k]!r}")
    names = set()
    for org in data["organisations"]:
        names.add(org["name"])
        names.update(org.get("aliases") or [])
        for alias in [org["name"], *(org.get("aliases") or [])]:
            if normalise(alias) in flat:
                break
        else:
            problems.append(f"organisation {org['name']} (or an alias) not in the text")
    names.update(e["title"] for e in data["events"])
    names.update(extra_names)
    for rel in data["relations"]:
        for end in ("source", "target"):
            if rel[end] not in names:
                problems.append(
                    f"relation {end} {rel[end]!r} is neither an organisation, event nor initiative"
                )
    for extra in extra_names:
        if normalise(extra) not in flat:
            problems.append(f"initiative {extra!r} not in the text")
    for target in data["sdg_targets"]:
        if not isinstance(target, str):
            problems.append(f"SDG target {target!r} must be a string")
    if problems:
        raise SystemExit(f"{name}: expected facts do not match the document:\n  " + "\n  ".join(problems))


def write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


def write_expected(name: str, expected_yaml: str) -> None:
    header = (
        f"# Expected facts for {name}: written by hand for the WSIS Lens extraction tests.\n"
        "# Quotes are exact words of the visible text; line wraps read as spaces and words\n"
        "# hyphenated at a line end are rejoined. Schema and rules: README.md in this folder.\n"
    )
    write(OUT / f"{name}.expected.yaml", (header + textwrap.dedent(expected_yaml).lstrip()).encode("utf-8"))


# --------------------------------------------------------------------------------------------
# 1. un_agency_report.docx: a UN agency, Word, Part One/Two/Three, a table of initiatives
# --------------------------------------------------------------------------------------------

UN_AGENCY_PARAGRAPHS = {
    "one": [
        "The United Nations Digital Development Agency (UNDDA) helps Member States build the infrastructure, "
        "skills and public institutions they need to benefit from digital technologies. In 2023 the Agency's "
        "work on the outcomes of the World Summit on the Information Society (WSIS) concentrated on Action "
        "Line C2 (Information and communication infrastructure), Action Line C4 (Capacity building) and two "
        "sub-lines of Action Line C7: e-government and e-learning.",
        "During the year the Agency worked in 41 countries with 212 staff and a programme budget of USD 48.5 "
        "million, 62 per cent of which came from voluntary contributions.",
        "Its largest programme, Connect the Last Mile (2021–2025), is implemented with the International "
        "Telecommunication Union (ITU) and the World Bank. By the end of 2023 it had connected 1,240 rural "
        "schools and 310 primary health centres in 14 countries, bringing an estimated 3.6 million people "
        "within reach of a broadband signal for the first time.",
        "Progress was slowed by three factors: the rising cost of satellite capacity, a shortage of qualified "
        "technicians in the least developed countries, and the floods that struck southern Malawi in March "
        "2023, which destroyed 27 of the programme's solar-powered sites.",
    ],
    "two": [
        "Connectivity continued to improve in 2023, but unevenly. According to ITU estimates, 2.6 billion "
        "people remained offline, and in the least developed countries only 35 per cent of the population "
        "used the Internet. Connecting schools and clinics therefore remains at the heart of our contribution "
        "to SDG targets 9.c, 4.a and 3.8.",
        "The gender gap remains wide. In the programme countries women were 19 per cent less likely than men "
        "to own a smartphone, and in its first year women made up only 26 per cent of the trainees of the "
        "Digital Public Servants Academy. The Academy has since set itself a target of gender parity among "
        "trainees by 2026.",
        "Regional cooperation proved decisive. Together with the African Union Commission and the United "
        "Nations Economic Commission for Africa (ECA), the Agency co-organised the Regional Forum on Digital "
        "Public Infrastructure, held in Addis Ababa from 6 to 8 September 2023 and hosted by the Government "
        "of Ethiopia. The Forum brought together more than 300 participants from 38 countries, including 22 "
        "ministers. Its outcome document, the Addis Ababa Call to Action on Digital Public Infrastructure, "
        "was adopted on 8 September 2023 and has since been endorsed by 17 Governments.",
        "Demand for support on artificial intelligence grew quickly: requests from Member States for "
        "assessments of the readiness of their public administrations rose from 9 in 2022 to 23 in 2023. "
        "Building the institutions that can govern these technologies is central to Goal 16.",
    ],
    "three_intro": [
        "Table 1 lists the Agency's main WSIS-related initiatives, their partners and the action lines to "
        "which they contribute.",
    ],
    "three": [
        "The Digital Public Servants Academy, run jointly with the United Nations Development Programme "
        "(UNDP) and the United Nations Department of Economic and Social Affairs (UN DESA), trained 4,870 "
        "civil servants from 29 countries in 2023, 61 per cent of them through online courses. A module on "
        "the ethics of artificial intelligence in public administration was piloted in the fourth quarter of "
        "2023 in Bhutan, Ecuador and Rwanda.",
        "Open Data for Cities helps municipal governments publish and use data on land, transport and "
        "services. With UN-Habitat and the Open Knowledge Foundation, the Agency supported 16 cities in "
        "publishing open data portals in 2023.",
        "Local Languages Online, funded by the Government of Norway, builds openly licensed speech and text "
        "datasets for 12 African languages with UNESCO and the African Languages Technology Network "
        "(ALT-Net). Its first dataset, covering Hausa, Kinyarwanda and Wolof, was published in November 2023.",
        "The Agency also contributed to the consultations on the Global Digital Compact, submitting written "
        "input in April 2023.",
    ],
    "future": [
        "In 2024 the Agency will extend Connect the Last Mile to six additional countries in the Pacific, "
        "subject to funding, and it will publish a Digital Public Infrastructure Readiness Toolkit in the "
        "first quarter of 2025.",
        "The WSIS+20 review, which the General Assembly is expected to conclude in December 2025, will be an "
        "opportunity to align the action lines with the Global Digital Compact. The Agency stands ready to "
        "support Member States and all stakeholders in that process.",
    ],
}

UN_AGENCY_TABLE = [
    ("Initiative", "Partners", "Period", "WSIS action lines"),
    ("Connect the Last Mile", "ITU\nWorld Bank", "2021–2025", "C2, C7 (e-learning, e-health)"),
    ("Digital Public Servants Academy", "UNDP\nUN DESA", "2022–2024", "C4, C7 (e-government)"),
    ("Open Data for Cities", "UN-Habitat\nOpen Knowledge Foundation", "2023–2024", "C3"),
    ("Local Languages Online", "UNESCO\nALT-Net\nGovernment of Norway (donor)", "2023–2026", "C8"),
]


def title_block_docx(doc: Document, number: int, dates: str, year: int, submitter: str) -> None:
    def centred(text: str, bold: bool = False, size: int | None = None, italic: bool = False) -> None:
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = p.add_run(text)
        run.bold = bold
        run.italic = italic
        if size:
            run.font.size = Pt(size)

    centred("Commission on Science and Technology for Development", bold=True, size=14)
    centred(f"{ORDINALS[number]} session")
    centred(dates)
    centred(SUBMISSIONS_LINE.format(year=year), bold=True)
    centred("Submission by")
    centred(submitter, bold=True, size=13)
    doc.add_paragraph(standard_paragraph(number))
    p = doc.add_paragraph()
    p.add_run(DISCLAIMER).italic = True


def make_un_agency() -> tuple[bytes, str]:
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    title_block_docx(
        doc, 27, "Geneva, 15 to 19 April 2024", 2023, "United Nations Digital Development Agency"
    )
    P = UN_AGENCY_PARAGRAPHS
    doc.add_heading("Part One: Executive summary", level=1)
    doc.add_paragraph().add_run(PROMPT_ONE).italic = True
    for text in P["one"]:
        doc.add_paragraph(text)
    doc.add_heading("Part Two: Analytical overview of trends and experiences", level=1)
    doc.add_paragraph().add_run(PROMPT_TWO).italic = True
    for text in P["two"]:
        doc.add_paragraph(text)
    doc.add_heading("Part Three: Innovative policies, programmes and projects; future actions", level=1)
    doc.add_paragraph().add_run(PROMPT_THREE).italic = True
    for text in P["three_intro"]:
        doc.add_paragraph(text)
    cap = doc.add_paragraph()
    cap.add_run("Table 1. Selected UNDDA initiatives and their partners").bold = True
    table = doc.add_table(rows=len(UN_AGENCY_TABLE), cols=4)
    table.style = "Table Grid"
    for r, row in enumerate(UN_AGENCY_TABLE):
        for c, value in enumerate(row):
            cell = table.cell(r, c)
            lines = value.split("\n")
            cell.paragraphs[0].text = lines[0]
            for extra in lines[1:]:
                cell.add_paragraph(extra)
            if r == 0:
                for run in cell.paragraphs[0].runs:
                    run.bold = True
    doc.add_paragraph()
    for text in P["three"]:
        doc.add_paragraph(text)
    doc.add_heading("Future actions", level=2)
    for text in P["future"]:
        doc.add_paragraph(text)
    end = doc.add_paragraph("* * *")
    end.alignment = WD_ALIGN_PARAGRAPH.CENTER
    data = docx_bytes(
        doc,
        "Submission by the United Nations Digital Development Agency to CSTD 27",
        "UNDDA Policy and Partnerships Division",
    )
    return data, docx_visible_text(data)


UN_AGENCY_INITIATIVES = {"Local Languages Online", "Global Digital Compact"}

UN_AGENCY_EXPECTED = """
entity: {name: United Nations Digital Development Agency, short_name: UNDDA, type: un_entity}
session: {number: 27, year: 2024, start: "2024-04-15", end: "2024-04-19", place: Geneva}
reporting_period: {start: "2023", end: "2023"}
language: en

action_lines:
  - {code: C2, basis: stated}
  - {code: C4, basis: stated}
  - {code: C7, sub_line: e-government, basis: stated}
  - {code: C7, sub_line: e-learning, basis: stated}
  - {code: C7, sub_line: e-health, basis: stated}        # only in the table
  - {code: C3, basis: stated}                            # only in the table
  - {code: C8, basis: stated}                            # only in the table

sdg_targets: ["9.c", "4.a", "3.8"]
sdg_goals: [16]

organisations:
  - {name: United Nations Digital Development Agency, aliases: [UNDDA], kind: un_entity, role: submitter}
  - {name: International Telecommunication Union, aliases: [ITU], kind: un_entity, role: partner}
  - {name: World Bank, aliases: [], kind: international_organization, role: partner}
  - {name: African Union Commission, aliases: [], kind: international_organization, role: partner}
  - {name: United Nations Economic Commission for Africa, aliases: [ECA], kind: un_entity, role: partner}
  - {name: Government of Ethiopia, aliases: [], kind: government, role: mentioned}
  - {name: United Nations Development Programme, aliases: [UNDP], kind: un_entity, role: partner}
  - {name: United Nations Department of Economic and Social Affairs, aliases: [UN DESA], kind: un_entity, role: partner}
  - {name: United Nations Human Settlements Programme, aliases: [UN-Habitat], kind: un_entity, role: partner}
  - {name: Open Knowledge Foundation, aliases: [], kind: civil_society, role: partner}
  - {name: "United Nations Educational, Scientific and Cultural Organization", aliases: [UNESCO], kind: un_entity, role: partner}
  - {name: African Languages Technology Network, aliases: [ALT-Net], kind: network, role: partner}
  - {name: Government of Norway, aliases: [], kind: government, role: partner}
  - {name: United Nations General Assembly, aliases: [General Assembly], kind: un_entity, role: mentioned}
  - {name: Commission on Science and Technology for Development, aliases: [CSTD], kind: un_entity, role: boilerplate}
  - {name: Economic and Social Council, aliases: [ECOSOC], kind: un_entity, role: boilerplate}
  - {name: United Nations, aliases: [UN], kind: un_entity, role: boilerplate}
  - {name: United Nations Conference on Trade and Development, aliases: [UNCTAD], kind: un_entity, role: boilerplate}

relations:
  # "implemented with" and the Partners column of Table 1
  - {source: United Nations Digital Development Agency, target: International Telecommunication Union, type: partner}
  - {source: United Nations Digital Development Agency, target: World Bank, type: partner}
  - {source: United Nations Digital Development Agency, target: United Nations Development Programme, type: partner}
  - {source: United Nations Digital Development Agency, target: United Nations Department of Economic and Social Affairs, type: partner}
  - {source: United Nations Digital Development Agency, target: United Nations Human Settlements Programme, type: partner}
  - {source: United Nations Digital Development Agency, target: Open Knowledge Foundation, type: partner}
  - {source: United Nations Digital Development Agency, target: "United Nations Educational, Scientific and Cultural Organization", type: partner}
  - {source: United Nations Digital Development Agency, target: African Languages Technology Network, type: partner}
  - {source: United Nations Digital Development Agency, target: Government of Norway, type: partner}
  - {source: United Nations Digital Development Agency, target: African Union Commission, type: partner}
  - {source: United Nations Digital Development Agency, target: United Nations Economic Commission for Africa, type: partner}
  - {source: United Nations Digital Development Agency, target: Regional Forum on Digital Public Infrastructure, type: co_organised}
  - {source: African Union Commission, target: Regional Forum on Digital Public Infrastructure, type: co_organised}
  - {source: United Nations Economic Commission for Africa, target: Regional Forum on Digital Public Infrastructure, type: co_organised}
  - {source: Regional Forum on Digital Public Infrastructure, target: Government of Ethiopia, type: hosted_by}
  - {source: Local Languages Online, target: Government of Norway, type: funded_by}
  - {source: United Nations Digital Development Agency, target: Global Digital Compact, type: contributed_to}

events:
  - {date: "2021", end_date: "2025", kind: programme, title: Connect the Last Mile programme, quote: "Connect the Last Mile (2021–2025)"}
  - {date: "2023-03", end_date: null, kind: disruption, title: Floods in southern Malawi destroy programme sites, quote: "the floods that struck southern Malawi in March 2023"}
  - {date: "2026", end_date: null, kind: deadline, title: Gender parity among Academy trainees, quote: "a target of gender parity among trainees by 2026"}
  - {date: "2023-09-06", end_date: "2023-09-08", kind: meeting, title: Regional Forum on Digital Public Infrastructure, quote: "the Regional Forum on Digital Public Infrastructure, held in Addis Ababa from 6 to 8 September 2023"}
  - {date: "2023-09-08", end_date: null, kind: adoption, title: Addis Ababa Call to Action on Digital Public Infrastructure adopted, quote: "the Addis Ababa Call to Action on Digital Public Infrastructure, was adopted on 8 September 2023"}
  - {date: "2022", end_date: "2024", kind: programme, title: Digital Public Servants Academy, quote: "2022–2024"}
  - {date: "2023", end_date: "2024", kind: programme, title: Open Data for Cities, quote: "2023–2024"}
  - {date: "2023", end_date: "2026", kind: programme, title: Local Languages Online, quote: "2023–2026"}
  - {date: "2023-10", end_date: "2023-12", kind: programme, title: AI ethics module piloted, quote: "piloted in the fourth quarter of 2023"}
  - {date: "2023-11", end_date: null, kind: publication, title: First Local Languages Online dataset published, quote: "was published in November 2023"}
  - {date: "2023-04", end_date: null, kind: other, title: Written input to the Global Digital Compact consultations, quote: "submitting written input in April 2023"}
  - {date: "2024", end_date: null, kind: programme, title: Connect the Last Mile extended to the Pacific, quote: "In 2024 the Agency will extend Connect the Last Mile to six additional countries"}
  - {date: "2025-01", end_date: "2025-03", kind: publication, title: Digital Public Infrastructure Readiness Toolkit, quote: "publish a Digital Public Infrastructure Readiness Toolkit in the first quarter of 2025"}
  - {date: "2025-12", end_date: null, kind: deadline, title: General Assembly concludes the WSIS+20 review, quote: "The WSIS+20 review, which the General Assembly is expected to conclude in December 2025"}

figures:
  - {value: 2, unit: C7 sub-lines, qualifier: null, quote: "two sub-lines of Action Line C7"}
  - {value: 41, unit: countries, qualifier: null, quote: "41 countries"}
  - {value: 212, unit: staff, qualifier: null, quote: "212 staff"}
  - {value: 48500000, unit: USD, qualifier: null, quote: "USD 48.5 million"}
  - {value: 62, unit: per cent of the budget from voluntary contributions, qualifier: null, quote: "62 per cent of which came from voluntary contributions"}
  - {value: 1240, unit: rural schools connected, qualifier: null, quote: "1,240 rural schools"}
  - {value: 310, unit: primary health centres connected, qualifier: null, quote: "310 primary health centres"}
  - {value: 14, unit: countries, qualifier: null, quote: "in 14 countries"}
  - {value: 3600000, unit: people within reach of broadband, qualifier: about, quote: "an estimated 3.6 million people"}
  - {value: 3, unit: factors slowing progress, qualifier: null, quote: "three factors"}
  - {value: 27, unit: solar-powered sites destroyed, qualifier: null, quote: "destroyed 27 of the programme's solar-powered sites"}
  - {value: 2600000000, unit: people offline, qualifier: null, quote: "2.6 billion people remained offline"}
  - {value: 35, unit: per cent of the population using the Internet in LDCs, qualifier: null, quote: "only 35 per cent of the population used the Internet"}
  - {value: 19, unit: per cent less likely to own a smartphone (women), qualifier: null, quote: "19 per cent less likely than men to own a smartphone"}
  - {value: 26, unit: per cent of Academy trainees who were women, qualifier: null, quote: "only 26 per cent of the trainees"}
  - {value: 300, unit: participants, qualifier: more than, quote: "more than 300 participants"}
  - {value: 38, unit: countries, qualifier: null, quote: "38 countries"}
  - {value: 22, unit: ministers, qualifier: null, quote: "22 ministers"}
  - {value: 17, unit: Governments endorsing the Call to Action, qualifier: null, quote: "endorsed by 17 Governments"}
  - {value: 9, unit: AI readiness requests (2022), qualifier: null, quote: "from 9 in 2022"}
  - {value: 23, unit: AI readiness requests (2023), qualifier: null, quote: "to 23 in 2023"}
  - {value: 4870, unit: civil servants trained, qualifier: null, quote: "4,870 civil servants"}
  - {value: 29, unit: countries, qualifier: null, quote: "29 countries"}
  - {value: 61, unit: per cent trained online, qualifier: null, quote: "61 per cent of them through online courses"}
  - {value: 16, unit: cities, qualifier: null, quote: "16 cities"}
  - {value: 12, unit: African languages, qualifier: null, quote: "12 African languages"}
  - {value: 6, unit: additional countries, qualifier: null, quote: "six additional countries"}
"""


# --------------------------------------------------------------------------------------------
# 2. ministry_report.pdf: a ministry, fpdf2, running header and footer, hard wraps, hyphenation
# --------------------------------------------------------------------------------------------

MINISTRY = "Ministry of Digital Transformation and Telecommunications"
MINISTRY_HEADER = f"Republic of Kalindor · {MINISTRY}"
MINISTRY_FOOTER = f"{MINISTRY} — Submission to CSTD 27 | Page {{page}}"

# "~" marks where a word may be hyphenated at a line end; it is not part of the visible text.
MINISTRY_BODY: list[tuple[str, str]] = [
    ("h1", "Part One: Executive summary"),
    ("prompt", PROMPT_ONE),
    (
        "p",
        "In 2023 the Ministry of Digital Transfor~mation and Tele~communications (MDTT) continued to imple~ment "
        "the National Digital Strategy 2021–2026, adopted by the Council of Ministers in February 2021. The "
        "Strategy is built around the WSIS action lines and gives priority to Action Line C1 (the role of public "
        "govern~ance authorities and all stakeholders), Action Line C2 (infra~structure), Action Line C5 "
        "(building confidence and security in the use of ICTs) and, under Action Line C7, to e-government and "
        "e-health. The present submission summarises the progress made, the main obstacles encountered and the "
        "measures the Ministry intends to take next.",
    ),
    (
        "p",
        "Fixed and mobile broadband coverage rose from 71 per cent of the population at the end of 2022 to 84 "
        "per cent at the end of 2023, largely thanks to the National Backbone Project, which added 2,300 km of "
        "fibre-optic cable. The number of public services available online through the GovPortal platform "
        "reached 640, up from 415 a year earlier, and 1.2 million citizens now hold a verified digital "
        "identity, or about 38 per cent of the adult population.",
    ),
    (
        "p",
        "The main obstacles were the high cost of international bandwidth for a landlocked country, a shortage "
        "of cyber~security specialists in the public sector, and a ransomware attack on the hospital "
        "infor~mation system of the Ministry of Health in August 2023, which disrupted services in 11 hospitals "
        "for nine days.",
    ),
    ("h1", "Part Two: Analytical overview of trends and experiences"),
    ("prompt", PROMPT_TWO),
    (
        "p",
        "Kalindor's experience confirms that infra~structure alone does not close the digital divide. "
        "Household surveys by the National Statistics Office show that in 2023 only 46 per cent of rural "
        "house~holds used the Internet, against 79 per cent of urban house~holds. Afford~ability remains the "
        "main barrier: an entry-level smartphone costs the equivalent of 31 per cent of the monthly minimum "
        "wage.",
    ),
    (
        "p",
        "Since the liberalisation of the tele~communications market in 2019, three mobile operators have "
        "competed nationally, and the average retail price of a standard mobile data basket fell by 42 per "
        "cent between 2019 and 2023. The Tele~communications Regulatory Authority (TRA) introduced a universal "
        "service fund in 2022, financed by a levy of 1.5 per cent on operators' gross revenues; in 2023 the "
        "fund financed 118 new rural base stations.",
    ),
    (
        "p",
        "Competition alone has not reached the most remote districts. Operators continue to argue that "
        "coverage of sparsely populated areas is not com~mercially viable, and the Ministry has therefore "
        "combined the universal service fund with infra~structure sharing obligations, simplified rights of "
        "way for fibre along national roads, and the use of public buildings as sites for base stations. These "
        "measures have lowered the cost of roll-out, but they require close co~ordination between ministries, "
        "regional adminis~trations and operators, which remains difficult.",
    ),
    (
        "p",
        "Regional cooperation matters greatly to a landlocked country. The Ministry is a founding member of the "
        "Inland Digital Corridor Initiative (IDCI), launched in 2020 by five landlocked countries to pool "
        "investment in cross-border fibre and internet exchange points. In 2023 the IDCI partners agreed to "
        "build a shared cross-border fibre route of 1,100 km.",
    ),
    (
        "p",
        "Cyber~security has become a national priority. The Kalindor Computer Emergency Response Team "
        "(KAL-CERT) handled 1,874 incidents in 2023, up from 960 in 2022. KAL-CERT joined the Forum of "
        "Incident Response and Security Teams (FIRST) in May 2023, and the Ministry and KAL-CERT received "
        "technical assistance from the International Tele~communication Union (ITU) for the revision of the "
        "national cyber~security strategy.",
    ),
    (
        "p",
        "The incident of August 2023 showed how dependent essential services have become on digital systems. "
        "Hospital staff returned to paper records for several days, and the recovery exposed weak backup "
        "practices, outdated software and the absence of a tested incident response plan. The Ministry has "
        "since issued minimum security standards for all public bodies and made annual cyber~security "
        "exercises com~pulsory for operators of critical infra~structure.",
    ),
    (
        "p",
        "These policies contribute to SDG targets 9.c and 16.9 and, through the national telemedicine network, "
        "to Goal 3.",
    ),
    ("h1", "Part Three: Innovative policies, programmes and projects; future actions"),
    ("prompt", PROMPT_THREE),
    ("h2", "(a) Innovative policies, programmes and projects"),
    (
        "p",
        "E-health. The national tele~medicine network TeleSanté Kalindor, launched in October 2022 with support "
        "from the World Health Organi~zation (WHO), now links 64 district hospitals with five referral centres "
        "and recorded 37,500 teleconsul~tations in 2023. Specialists in the capital now review X-rays and "
        "ultrasound images from district hospitals within hours rather than weeks.",
    ),
    (
        "p",
        "E-government. The Digital Identity Act, adopted by the National Assembly on 14 June 2023, provides the "
        "legal basis for the national digital identity and for the once-only principle in public "
        "adminis~tration. Since its entry into force on 1 October 2023, citizens no longer need to present "
        "paper certificates for 48 common procedures, and the GovPortal platform exchanges data with the "
        "civil registry, the tax administration and the social security fund.",
    ),
    (
        "p",
        "Digital skills. The Digital Skills for All programme (Action Line C4), funded by the European Union "
        "and implemented with the United Nations Development Programme (UNDP), trained 52,000 people in basic "
        "digital skills in 2023, 57 per cent of them women. Its second phase will run from 2024 to 2027 with a "
        "budget of EUR 14 million.",
    ),
    (
        "p",
        "Evaluation of the first phase found that participants who completed the course were more likely to "
        "use online public services and mobile money, and that training delivered in local languages through "
        "community centres reached older people and women more effec~tively than online courses alone. The "
        "second phase will therefore rely more on community facili~tators and less on self-paced modules.",
    ),
    ("h2", "(b) Future actions"),
    (
        "p",
        "By the end of 2025 the Ministry aims to connect all 1,450 public schools to broadband and to bring 90 "
        "per cent of public services online. A national arti~ficial intelli~gence strategy will be sub~mitted "
        "to the Council of Ministers in the second half of 2024, after public con~sultations with business, "
        "academia and civil society.",
    ),
    (
        "p",
        "The Ministry will host the third IDCI Ministerial Meeting in Port Ardent on 3 and 4 October 2024, "
        "co-organised with ITU. The meeting is expected to adopt a regional roadmap for inter~operability of "
        "digital identity systems and for the mutual recog~nition of electronic signatures.",
    ),
    (
        "p",
        "Kalindor remains committed to the WSIS vision of a people-centred, inclusive and development-oriented "
        "Information Society and stands ready to share its experience with other landlocked developing "
        "countries.",
    ),
]


class MinistryPDF(FPDF):
    def header(self) -> None:
        self.set_font("DejaVu", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, MINISTRY_HEADER, align="L", new_x="LMARGIN", new_y="NEXT")
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(6)
        self.set_text_color(0, 0, 0)

    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("DejaVu", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, MINISTRY_FOOTER.format(page=self.page_no()), align="C")
        self.set_text_color(0, 0, 0)


def new_pdf(cls=FPDF) -> FPDF:
    pdf = cls(format="A4")
    pdf.set_creation_date(FIXED_DATE)
    pdf.file_id = lambda: "<1F0E2D3C4B5A69788796A5B4C3D2E1F0><1F0E2D3C4B5A69788796A5B4C3D2E1F0>"
    pdf.set_compression(True)
    for style, fname in (
        ("", "DejaVuSerif.ttf"),
        ("B", "DejaVuSerif-Bold.ttf"),
        ("I", "DejaVuSerif-Italic.ttf"),
    ):
        pdf.add_font("DejaVu", style, str(FONT_DIR / fname))
    return pdf


def wrap_line_by_line(pdf: FPDF, text: str, width: float) -> tuple[list[str], int]:
    """Greedy wrap at spaces; a word with "~" marks may be hyphenated at a mark. Returns lines, hyphenations."""
    words = text.split(" ")
    lines: list[str] = []
    current = ""
    hyphenations = 0
    i = 0
    while i < len(words):
        word = words[i]
        candidate = (current + " " + word.replace("~", "")) if current else word.replace("~", "")
        if pdf.get_string_width(candidate) <= width:
            current = candidate
            i += 1
            continue
        # the word does not fit: try to hyphenate it at the last mark that still fits
        pieces = word.split("~")
        done = False
        for k in range(len(pieces) - 1, 0, -1):
            head = "".join(pieces[:k]) + "-"
            trial = (current + " " + head) if current else head
            if pdf.get_string_width(trial) <= width:
                lines.append(trial)
                words[i] = "~".join(pieces[k:])
                current = ""
                hyphenations += 1
                done = True
                break
        if done:
            continue
        if not current:  # a single word longer than the line
            lines.append(word.replace("~", ""))
            i += 1
            continue
        lines.append(current)
        current = ""
    if current:
        lines.append(current)
    return lines, hyphenations


def make_ministry() -> tuple[bytes, str, int]:
    if not (FONT_DIR / "DejaVuSerif.ttf").exists():
        raise SystemExit(f"DejaVu fonts are needed in {FONT_DIR} for ministry_report.pdf")
    pdf = new_pdf(MinistryPDF)
    pdf.set_margins(25, 20, 25)
    pdf.set_auto_page_break(True, margin=22)
    pdf.set_title("Submission by the Ministry of Digital Transformation and Telecommunications to CSTD 27")
    pdf.set_author(MINISTRY)
    pdf.add_page()
    visible: list[str] = []
    width = pdf.w - pdf.l_margin - pdf.r_margin

    def centred(text: str, style: str = "", size: float = 11, gap: float = 2) -> None:
        pdf.set_font("DejaVu", style, size)
        pdf.multi_cell(0, size * 0.5, text, align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(gap)
        visible.append(text)

    pdf.ln(8)
    centred("Commission on Science and Technology for Development", "B", 14)
    centred("Twenty-seventh session", "", 11)
    centred("Geneva, 15 to 19 April 2024", "", 11, 8)
    centred(SUBMISSIONS_LINE.format(year=2023), "B", 11, 8)
    centred("Submission by", "", 11)
    centred(MINISTRY, "B", 13)
    centred("Republic of Kalindor", "", 11, 10)

    hyphenations = 0

    def paragraph(text: str, style: str = "", size: float = 11) -> None:
        nonlocal hyphenations
        pdf.set_font("DejaVu", style, size)
        lines, n = wrap_line_by_line(pdf, text, width)
        hyphenations += n
        for line in lines:
            pdf.cell(width, 5.6, line, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
        visible.append(text.replace("~", ""))

    paragraph(standard_paragraph(27))
    paragraph(DISCLAIMER, "I")
    for kind, text in MINISTRY_BODY:
        if kind == "h1":
            pdf.ln(3)
            paragraph(text, "B", 12)
        elif kind == "h2":
            paragraph(text, "B", 11)
        elif kind == "prompt":
            paragraph(text, "I", 10)
        else:
            paragraph(text)
    if hyphenations < 2:
        raise SystemExit(f"ministry_report.pdf: only {hyphenations} hyphenated line ends; adjust the text")
    data = bytes(pdf.output())
    return data, "\n".join(visible), hyphenations


MINISTRY_INITIATIVES = {"Digital Skills for All"}

MINISTRY_EXPECTED = """
entity: {name: Ministry of Digital Transformation and Telecommunications, short_name: MDTT, type: government}
session: {number: 27, year: 2024, start: "2024-04-15", end: "2024-04-19", place: Geneva}
reporting_period: {start: "2023", end: "2023"}
language: en

action_lines:
  - {code: C1, basis: stated}
  - {code: C2, basis: stated}
  - {code: C5, basis: stated}
  - {code: C7, sub_line: e-government, basis: stated}
  - {code: C7, sub_line: e-health, basis: stated}
  - {code: C4, basis: stated}

sdg_targets: ["9.c", "16.9"]
sdg_goals: [3]

organisations:
  - {name: Ministry of Digital Transformation and Telecommunications, aliases: [MDTT], kind: government, role: submitter}
  - {name: Council of Ministers, aliases: [], kind: government, role: mentioned}
  - {name: Ministry of Health, aliases: [], kind: government, role: mentioned}
  - {name: National Statistics Office, aliases: [], kind: government, role: mentioned}
  - {name: Telecommunications Regulatory Authority, aliases: [TRA], kind: government, role: mentioned}
  - {name: Inland Digital Corridor Initiative, aliases: [IDCI], kind: network, role: partner}
  - {name: Kalindor Computer Emergency Response Team, aliases: [KAL-CERT], kind: government, role: mentioned}
  - {name: Forum of Incident Response and Security Teams, aliases: [FIRST], kind: network, role: mentioned}
  - {name: International Telecommunication Union, aliases: [ITU], kind: un_entity, role: partner}
  - {name: World Health Organization, aliases: [WHO], kind: un_entity, role: partner}
  - {name: National Assembly, aliases: [], kind: government, role: mentioned}
  - {name: European Union, aliases: [], kind: international_organization, role: partner}
  - {name: United Nations Development Programme, aliases: [UNDP], kind: un_entity, role: partner}
  - {name: Commission on Science and Technology for Development, aliases: [CSTD], kind: un_entity, role: boilerplate}
  - {name: Economic and Social Council, aliases: [ECOSOC], kind: un_entity, role: boilerplate}
  - {name: United Nations, aliases: [UN], kind: un_entity, role: boilerplate}
  - {name: United Nations Conference on Trade and Development, aliases: [UNCTAD], kind: un_entity, role: boilerplate}

relations:
  - {source: Ministry of Digital Transformation and Telecommunications, target: Inland Digital Corridor Initiative, type: member_of}
  - {source: Kalindor Computer Emergency Response Team, target: Forum of Incident Response and Security Teams, type: member_of}
  - {source: Ministry of Digital Transformation and Telecommunications, target: International Telecommunication Union, type: partner}
  - {source: Ministry of Digital Transformation and Telecommunications, target: World Health Organization, type: partner}
  - {source: Ministry of Digital Transformation and Telecommunications, target: United Nations Development Programme, type: partner}
  - {source: Digital Skills for All, target: European Union, type: funded_by}
  - {source: IDCI Ministerial Meeting, target: Ministry of Digital Transformation and Telecommunications, type: hosted_by}
  - {source: Ministry of Digital Transformation and Telecommunications, target: IDCI Ministerial Meeting, type: co_organised}
  - {source: International Telecommunication Union, target: IDCI Ministerial Meeting, type: co_organised}

events:
  - {date: "2021-02", end_date: null, kind: adoption, title: National Digital Strategy 2021–2026 adopted, quote: "adopted by the Council of Ministers in February 2021"}
  - {date: "2023-08", end_date: null, kind: disruption, title: Ransomware attack on the hospital information system, quote: "a ransomware attack on the hospital information system of the Ministry of Health in August 2023"}
  - {date: "2019", end_date: null, kind: other, title: Telecommunications market liberalised, quote: "the liberalisation of the telecommunications market in 2019"}
  - {date: "2022", end_date: null, kind: programme, title: Universal service fund introduced, quote: "introduced a universal service fund in 2022"}
  - {date: "2020", end_date: null, kind: programme, title: Inland Digital Corridor Initiative launched, quote: "launched in 2020 by five landlocked countries"}
  - {date: "2023", end_date: null, kind: adoption, title: IDCI partners agree on a shared cross-border fibre route, quote: "In 2023 the IDCI partners agreed to build a shared cross-border fibre route"}
  - {date: "2023-05", end_date: null, kind: other, title: KAL-CERT joins FIRST, quote: "KAL-CERT joined the Forum of Incident Response and Security Teams (FIRST) in May 2023"}
  - {date: "2022-10", end_date: null, kind: programme, title: TeleSanté Kalindor telemedicine network launched, quote: "launched in October 2022 with support from the World Health Organization (WHO)"}
  - {date: "2023-06-14", end_date: null, kind: adoption, title: Digital Identity Act adopted, quote: "The Digital Identity Act, adopted by the National Assembly on 14 June 2023"}
  - {date: "2023-10-01", end_date: null, kind: other, title: Digital Identity Act enters into force, quote: "its entry into force on 1 October 2023"}
  - {date: "2024", end_date: "2027", kind: programme, title: Digital Skills for All second phase, quote: "Its second phase will run from 2024 to 2027"}
  - {date: "2025", end_date: null, kind: deadline, title: All public schools connected to broadband, quote: "By the end of 2025 the Ministry aims to connect all 1,450 public schools to broadband"}
  - {date: "2024-07", end_date: "2024-12", kind: deadline, title: National AI strategy submitted to the Council of Ministers, quote: "A national artificial intelligence strategy will be submitted to the Council of Ministers in the second half of 2024"}
  - {date: "2024-10-03", end_date: "2024-10-04", kind: meeting, title: IDCI Ministerial Meeting, quote: "the third IDCI Ministerial Meeting in Port Ardent on 3 and 4 October 2024"}

figures:
  - {value: 71, unit: per cent broadband coverage (end of 2022), qualifier: null, quote: "71 per cent of the population"}
  - {value: 84, unit: per cent broadband coverage (end of 2023), qualifier: null, quote: "84 per cent at the end of 2023"}
  - {value: 2300, unit: km of fibre-optic cable, qualifier: null, quote: "2,300 km of fibre-optic cable"}
  - {value: 640, unit: public services online, qualifier: null, quote: "reached 640"}
  - {value: 415, unit: public services online a year earlier, qualifier: null, quote: "up from 415 a year earlier"}
  - {value: 1200000, unit: citizens with a verified digital identity, qualifier: null, quote: "1.2 million citizens"}
  - {value: 38, unit: per cent of the adult population, qualifier: about, quote: "about 38 per cent of the adult population"}
  - {value: 11, unit: hospitals disrupted, qualifier: null, quote: "11 hospitals"}
  - {value: 9, unit: days, qualifier: null, quote: "for nine days"}
  - {value: 46, unit: per cent of rural households using the Internet, qualifier: null, quote: "only 46 per cent of rural households"}
  - {value: 79, unit: per cent of urban households using the Internet, qualifier: null, quote: "79 per cent of urban households"}
  - {value: 31, unit: per cent of the monthly minimum wage, qualifier: null, quote: "31 per cent of the monthly minimum wage"}
  - {value: 3, unit: mobile operators, qualifier: null, quote: "three mobile operators"}
  - {value: 42, unit: per cent fall in mobile data prices, qualifier: null, quote: "fell by 42 per cent"}
  - {value: 1.5, unit: per cent levy on operators' gross revenues, qualifier: null, quote: "a levy of 1.5 per cent"}
  - {value: 118, unit: rural base stations, qualifier: null, quote: "118 new rural base stations"}
  - {value: 5, unit: landlocked countries in IDCI, qualifier: null, quote: "five landlocked countries"}
  - {value: 1100, unit: km of shared cross-border fibre, qualifier: null, quote: "1,100 km"}
  - {value: 1874, unit: incidents handled (2023), qualifier: null, quote: "1,874 incidents"}
  - {value: 960, unit: incidents handled (2022), qualifier: null, quote: "up from 960 in 2022"}
  - {value: 64, unit: district hospitals, qualifier: null, quote: "64 district hospitals"}
  - {value: 5, unit: referral centres, qualifier: null, quote: "five referral centres"}
  - {value: 37500, unit: teleconsultations, qualifier: null, quote: "37,500 teleconsultations"}
  - {value: 48, unit: procedures without paper certificates, qualifier: null, quote: "48 common procedures"}
  - {value: 52000, unit: people trained in basic digital skills, qualifier: null, quote: "52,000 people"}
  - {value: 57, unit: per cent of trainees who were women, qualifier: null, quote: "57 per cent of them women"}
  - {value: 14000000, unit: EUR, qualifier: null, quote: "EUR 14 million"}
  - {value: 1450, unit: public schools, qualifier: null, quote: "all 1,450 public schools"}
  - {value: 90, unit: per cent of public services online (target), qualifier: null, quote: "90 per cent of public services online"}
"""


# --------------------------------------------------------------------------------------------
# 3. ngo_statement.md: an NGO, Markdown, a declined action line, look-alikes, SDGs in many forms
# --------------------------------------------------------------------------------------------

NGO_MARKDOWN = f"""# Commission on Science and Technology for Development

**Twenty-sixth session**
**Geneva, 27 to 31 March 2023**

### {SUBMISSIONS_LINE.format(year=2022)}

Submission by

## Harvest Link Network

> {standard_paragraph(26)}

*{DISCLAIMER}*

---

## Part One: Executive summary

**Harvest Link Network (HLN)** is a network of 86 farmer organisations and rural women's groups in 11 \
countries of East and West Africa. We help smallholder farmers, and women farmers above all, to use mobile \
phones, radio and the Internet to get better prices, better advice and a stronger voice.

Our work in the WSIS process falls under **Action Line C7 (e-agriculture)**, with a smaller contribution to \
**Action Line C3 (access to information and knowledge)**. This submission does not cover Action Line C9 \
(Media): our community radio partners report separately.

In 2022 we:

- trained **14,200 farmers** to use mobile advisory services, 63% of them women;
- extended the *SokoSMS* market-price service to three new countries, reaching 210,000 subscribers;
- published the [Rural Women's Digital Access Survey 2022](https://example.org/hln/survey-2022), with data \
from 4,100 households, in September 2022;
- co-organised, with the [Food and Agriculture Organization of the United Nations (FAO)](https://www.fao.org), \
the **Regional Farmer Digital Forum** in Kumasi, Ghana, on 14–15 November 2022, hosted by the Kwame Nkrumah \
University of Science and Technology (KNUST).

The main obstacle remains cost. Rising data prices forced 9 of our member groups to suspend their village \
information centres for several months. Good advice is also harder to give than it looks: our extension \
officers advise on both C3 and C4 crops (rice and cassava on one side, maize, sorghum and sugar cane on the \
other), and the same SMS message cannot serve both.

## Part Two: Trends and links to the SDGs

Three trends stood out in 2022:

- **Mobile money is the entry point.** In our survey, 71% of women who use the Internet first went online \
to send or receive money.
- **Voice beats text.** Farmers with low literacy prefer voice messages and radio call-in shows to SMS.
- **Data costs still exclude.** Mobile data costs more than 5% of monthly income for 58% of surveyed \
households.

Our work contributes first to **SDG 2** (zero hunger), and in particular to smallholder incomes under \
target 2.3. Digital skills training supports SDG 4 (quality education); we report progress against \
indicator 4.4.1, the proportion of youth and adults with ICT skills. Rural connectivity is an SDG9 issue \
before it is anything else, and our advocacy on affordable access addresses targets 9.c, 17.6 and 17.8.

Our gender work sits at the intersection of SDGs 5 and 9, and target 5.b on enabling technology for \
women's empowerment is the one we cite most often. None of this is possible without partnerships, which is \
why **Goal 17** matters so much to a network like ours.

Our current strategy has three action lines: market information, climate-smart advice and women's \
leadership. Each is led by one of our regional hubs.

## Part Three: Projects and next steps

### SokoSMS

SokoSMS, launched in 2018, sends daily market prices for 24 commodities by SMS and voice. The service runs \
on the network of [Savanna Mobile](https://example.com/savanna), our technology partner, and is funded by \
the Lindqvist Family Foundation.

### Research

The survey was designed with researchers at the University of Nairobi and covered households in Kenya, \
Ghana and Senegal. The anonymised data are available on request.

### Networks

HLN joined the Africa Rural Connectivity Coalition (ARCC) in 2021 and chairs its working group on women's \
access.

### Next steps

- In the first quarter of 2023 we will launch a voice advisory line in Hausa and Swahili.
- We aim to reach 100,000 women farmers by 2025.
- We call on the International Telecommunication Union (ITU) and FAO to include the cost of data for rural \
women in their affordability monitoring.

---

*Contact: [hln.example.org](https://hln.example.org)*
"""

NGO_INITIATIVES = {"SokoSMS", "working group on women's access"}

NGO_EXPECTED = """
entity: {name: Harvest Link Network, short_name: HLN, type: civil_society}
session: {number: 26, year: 2023, start: "2023-03-27", end: "2023-03-31", place: Geneva}
reporting_period: {start: "2022", end: "2022"}
language: en

action_lines:
  - {code: C7, sub_line: e-agriculture, basis: stated}
  - {code: C3, basis: stated}
  - {code: C9, basis: negated}
  # not C4: "C3 and C4 crops" are photosynthesis types; "three action lines" are HLN's own strategy

sdg_targets: ["2.3", "9.c", "17.6", "17.8", "5.b"]   # not 4.4: "4.4.1" is an indicator
sdg_goals: [2, 4, 9, 5, 17]

organisations:
  - {name: Harvest Link Network, aliases: [HLN], kind: network, role: submitter}
  - {name: Food and Agriculture Organization of the United Nations, aliases: [FAO], kind: un_entity, role: partner}
  - {name: Kwame Nkrumah University of Science and Technology, aliases: [KNUST], kind: academia, role: mentioned}
  - {name: Savanna Mobile, aliases: [], kind: private_sector, role: partner}
  - {name: Lindqvist Family Foundation, aliases: [], kind: civil_society, role: partner}
  - {name: University of Nairobi, aliases: [], kind: academia, role: partner}
  - {name: Africa Rural Connectivity Coalition, aliases: [ARCC], kind: network, role: partner}
  - {name: International Telecommunication Union, aliases: [ITU], kind: un_entity, role: mentioned}
  - {name: Commission on Science and Technology for Development, aliases: [CSTD], kind: un_entity, role: boilerplate}
  - {name: Economic and Social Council, aliases: [ECOSOC], kind: un_entity, role: boilerplate}
  - {name: United Nations, aliases: [UN], kind: un_entity, role: boilerplate}
  - {name: United Nations Conference on Trade and Development, aliases: [UNCTAD], kind: un_entity, role: boilerplate}

relations:
  - {source: Harvest Link Network, target: Food and Agriculture Organization of the United Nations, type: partner}
  - {source: Harvest Link Network, target: Regional Farmer Digital Forum, type: co_organised}
  - {source: Food and Agriculture Organization of the United Nations, target: Regional Farmer Digital Forum, type: co_organised}
  - {source: Regional Farmer Digital Forum, target: Kwame Nkrumah University of Science and Technology, type: hosted_by}
  - {source: Harvest Link Network, target: Savanna Mobile, type: partner}
  - {source: SokoSMS, target: Lindqvist Family Foundation, type: funded_by}
  - {source: Harvest Link Network, target: University of Nairobi, type: partner}
  - {source: Harvest Link Network, target: Africa Rural Connectivity Coalition, type: member_of}
  - {source: Harvest Link Network, target: working group on women's access, type: led}

events:
  - {date: "2022-09", end_date: null, kind: publication, title: Rural Women's Digital Access Survey 2022 published, quote: "published the Rural Women's Digital Access Survey 2022, with data from 4,100 households, in September 2022"}
  - {date: "2022-11-14", end_date: "2022-11-15", kind: meeting, title: Regional Farmer Digital Forum, quote: "the Regional Farmer Digital Forum in Kumasi, Ghana, on 14–15 November 2022"}
  - {date: "2018", end_date: null, kind: programme, title: SokoSMS launched, quote: "SokoSMS, launched in 2018"}
  - {date: "2021", end_date: null, kind: other, title: HLN joins the Africa Rural Connectivity Coalition, quote: "HLN joined the Africa Rural Connectivity Coalition (ARCC) in 2021"}
  - {date: "2023-01", end_date: "2023-03", kind: programme, title: Voice advisory line in Hausa and Swahili launched, quote: "In the first quarter of 2023 we will launch a voice advisory line in Hausa and Swahili"}
  - {date: "2025", end_date: null, kind: deadline, title: "Reach 100,000 women farmers", quote: "We aim to reach 100,000 women farmers by 2025"}

figures:
  - {value: 86, unit: farmer organisations and rural women's groups, qualifier: null, quote: "86 farmer organisations and rural women's groups"}
  - {value: 11, unit: countries, qualifier: null, quote: "11 countries of East and West Africa"}
  - {value: 14200, unit: farmers trained, qualifier: null, quote: "14,200 farmers"}
  - {value: 63, unit: per cent of trainees who were women, qualifier: null, quote: "63% of them women"}
  - {value: 3, unit: new countries for SokoSMS, qualifier: null, quote: "three new countries"}
  - {value: 210000, unit: subscribers, qualifier: null, quote: "210,000 subscribers"}
  - {value: 4100, unit: households surveyed, qualifier: null, quote: "4,100 households"}
  - {value: 9, unit: member groups that suspended village information centres, qualifier: null, quote: "9 of our member groups"}
  - {value: 3, unit: trends, qualifier: null, quote: "Three trends"}
  - {value: 71, unit: per cent of women Internet users who first went online for mobile money, qualifier: null, quote: "71% of women who use the Internet"}
  - {value: 5, unit: per cent of monthly income spent on mobile data, qualifier: more than, quote: "more than 5% of monthly income"}
  - {value: 58, unit: per cent of surveyed households, qualifier: null, quote: "58% of surveyed households"}
  - {value: 3, unit: action lines of HLN's strategy, qualifier: null, quote: "three action lines"}
  - {value: 24, unit: commodities, qualifier: null, quote: "24 commodities"}
  - {value: 100000, unit: women farmers (target), qualifier: null, quote: "100,000 women farmers"}
"""


# --------------------------------------------------------------------------------------------
# 4. academic_notes.txt: a research network, cp1252 plain text, hard wraps, footnotes, odd dates
# --------------------------------------------------------------------------------------------

ACADEMIC_PARAGRAPHS: list[tuple[str, str]] = [
    (
        "raw",
        "COMMISSION ON SCIENCE AND TECHNOLOGY FOR DEVELOPMENT (CSTD)\nTwenty-fifth session\n"
        "Geneva, 28 March to 1 April 2022",
    ),
    ("p", SUBMISSIONS_LINE.format(year=2021)),
    (
        "raw",
        "Submission by the Digital Inclusion Research Consortium (DIRC)\n"
        "-- notes by the DIRC secretariat, University of Zürich (draft 3) --",
    ),
    ("p", standard_paragraph(25)),
    ("p", DISCLAIMER),
    ("raw", "=" * 72),
    ("raw", "1. ABOUT THE CONSORTIUM"),
    (
        "p",
        "In March 2016 three universities -- the University of Zürich, the Universidad de los Andes in Bogotá "
        "and the Université Félix Houphouët-Boigny in Abidjan, Côte d’Ivoire -- founded the Digital Inclusion "
        "Research Consortium (DIRC) to produce comparable evidence on who is left out of the information "
        "society, and why.[1] The University of Zürich hosts the secretariat and has led the consortium since "
        "its foundation. Membership has since grown to 23 institutions in 19 countries; the Universidade de "
        "São Tomé e Príncipe joined in 2020 as the first member from a small island developing State.",
    ),
    (
        "p",
        "DIRC is a member of the Partnership on Measuring ICT for Development and contributes to its work on "
        "household indicators. Our long-term research programme, Measuring Inclusion, is planned for "
        "2016–2030, the lifetime of the SDGs.",
    ),
    ("raw", "2. WSIS ACTION LINES"),
    (
        "p",
        "Our research relates mainly to action lines C3 (access to information and knowledge) and C4 "
        "(capacity building), and to the e-science part of C7 through the open research data we publish. "
        "We do not work on C5 and have nothing to report under it this year.",
    ),
    ("raw", "3. ACTIVITIES AND FINDINGS IN 2021"),
    (
        "p",
        "Globally, some 2.7 billion people were still offline in 2021.¹ The DIRC Household Survey -- fielded "
        "in Q3 2021 in three countries (Colombia, Côte d’Ivoire and São Tomé and Príncipe) with 6,300 "
        "respondents[2] -- found that 41 per cent of women respondents in rural areas had never used the "
        "Internet, against 27 per cent of men.",
    ),
    (
        "p",
        "The survey was funded by the Swiss National Science Foundation (SNSF) with a grant of € 420 000. "
        "SNSF also financed twelve doctoral fellowships across the network.",
    ),
    (
        "p",
        "Data collection in 2019-and 2020 had been disrupted, first by the protests in Colombia and then by "
        "the closure of campuses during the Covid-19 pandemic, so the 2021 round was the first complete one "
        "since 2018.",
    ),
    (
        "p",
        "The Digital Inclusion Index, our open dataset, was fully operational by 2018 and now covers over 100 "
        "countries. It is used by national statistical offices and regulators in at least 30 countries, "
        "according to download records.",
    ),
    (
        "p",
        "A doctoral exchange programme between member universities ran from 2020 to 2022, funded by the Swiss "
        "Agency for Development and Cooperation (SDC). It was held online for its first two years.",
    ),
    ("raw", "4. SDGs"),
    (
        "p",
        "Our index feeds into the monitoring of targets 17.8 and 17.18 and, more broadly, of SDG 10 on "
        "reducing inequalities within and among countries.",
    ),
    ("raw", "5. PLANS"),
    (
        "p",
        "A second survey round, extended to two more countries, is planned for the first half of 2025. All "
        "survey microdata will be deposited in an open repository by the end of 2025.",
    ),
    ("raw", "-" * 72 + "\nNOTES"),
    (
        "note",
        "[1] Founding members: University of Zürich (Switzerland), Universidad de los Andes (Colombia) and "
        "Université Félix Houphouët-Boigny (Côte d’Ivoire).",
    ),
    (
        "note",
        "[2] Fieldwork dates varied by country; see DIRC Working Paper No. 7 (2021) for the sampling design.",
    ),
    ("note", "¹ ITU, Measuring digital development: Facts and figures 2021 (Geneva, 2021)."),
]


def make_academic() -> tuple[bytes, str]:
    blocks = []
    for kind, text in ACADEMIC_PARAGRAPHS:
        if kind == "raw":
            blocks.append(text)
        elif kind == "note":
            blocks.append(
                textwrap.fill(
                    text, width=72, subsequent_indent="    ", break_on_hyphens=False, break_long_words=False
                )
            )
        else:
            blocks.append(textwrap.fill(text, width=72, break_on_hyphens=False, break_long_words=False))
    text = "\r\n".join("\n\n".join(blocks).split("\n")) + "\r\n"  # Windows line ends, as typed
    data = text.encode("cp1252")
    if max(len(line) for line in text.split("\r\n")) > 72:
        raise SystemExit("academic_notes.txt: a line is longer than 72 columns")
    return data, text


ACADEMIC_INITIATIVES = {"DIRC Household Survey", "doctoral exchange programme"}

ACADEMIC_EXPECTED = """
entity: {name: Digital Inclusion Research Consortium, short_name: DIRC, type: academia}
session: {number: 25, year: 2022, start: "2022-03-28", end: "2022-04-01", place: Geneva}
reporting_period: {start: "2021", end: "2021"}
language: en

action_lines:
  - {code: C3, basis: stated}
  - {code: C4, basis: stated}
  - {code: C7, sub_line: e-science, basis: stated}
  - {code: C5, basis: negated}

sdg_targets: ["17.8", "17.18"]
sdg_goals: [10]

organisations:
  - {name: Digital Inclusion Research Consortium, aliases: [DIRC], kind: network, role: submitter}
  - {name: University of Zürich, aliases: [], kind: academia, role: partner}
  - {name: Universidad de los Andes, aliases: [], kind: academia, role: partner}
  - {name: Université Félix Houphouët-Boigny, aliases: [], kind: academia, role: partner}
  - {name: Universidade de São Tomé e Príncipe, aliases: [], kind: academia, role: partner}
  - {name: Partnership on Measuring ICT for Development, aliases: [], kind: network, role: partner}
  - {name: Swiss National Science Foundation, aliases: [SNSF], kind: government, role: partner}
  - {name: Swiss Agency for Development and Cooperation, aliases: [SDC], kind: government, role: partner}
  - {name: International Telecommunication Union, aliases: [ITU], kind: un_entity, role: mentioned}
  - {name: Commission on Science and Technology for Development, aliases: [CSTD], kind: un_entity, role: boilerplate}
  - {name: Economic and Social Council, aliases: [ECOSOC], kind: un_entity, role: boilerplate}
  - {name: United Nations, aliases: [UN], kind: un_entity, role: boilerplate}
  - {name: United Nations Conference on Trade and Development, aliases: [UNCTAD], kind: un_entity, role: boilerplate}

relations:
  - {source: University of Zürich, target: Digital Inclusion Research Consortium, type: led}
  - {source: University of Zürich, target: Digital Inclusion Research Consortium, type: member_of}          # footnote [1]
  - {source: Universidad de los Andes, target: Digital Inclusion Research Consortium, type: member_of}      # footnote [1]
  - {source: Université Félix Houphouët-Boigny, target: Digital Inclusion Research Consortium, type: member_of}
  - {source: Universidade de São Tomé e Príncipe, target: Digital Inclusion Research Consortium, type: member_of}
  - {source: Digital Inclusion Research Consortium, target: Partnership on Measuring ICT for Development, type: member_of}
  - {source: DIRC Household Survey, target: Swiss National Science Foundation, type: funded_by}
  - {source: doctoral exchange programme, target: Swiss Agency for Development and Cooperation, type: funded_by}

events:
  - {date: "2016-03", end_date: null, kind: other, title: DIRC founded by three universities, quote: "In March 2016 three universities"}
  - {date: "2020", end_date: null, kind: other, title: Universidade de São Tomé e Príncipe joins DIRC, quote: "the Universidade de São Tomé e Príncipe joined in 2020"}
  - {date: "2016", end_date: "2030", kind: programme, title: Measuring Inclusion research programme, quote: "Measuring Inclusion, is planned for 2016–2030"}
  - {date: "2021-07", end_date: "2021-09", kind: programme, title: DIRC Household Survey fieldwork, quote: "fielded in Q3 2021"}
  - {date: "2019", end_date: "2020", kind: disruption, title: Data collection disrupted by protests and the pandemic, quote: "Data collection in 2019-and 2020 had been disrupted"}
  - {date: "2018", end_date: null, kind: programme, title: Digital Inclusion Index fully operational, quote: "was fully operational by 2018"}
  - {date: "2020", end_date: "2022", kind: programme, title: Doctoral exchange programme, quote: "ran from 2020 to 2022"}
  - {date: "2025-01", end_date: "2025-06", kind: programme, title: Second survey round, quote: "is planned for the first half of 2025"}
  - {date: "2025", end_date: null, kind: deadline, title: Survey microdata deposited in an open repository, quote: "deposited in an open repository by the end of 2025"}

figures:
  - {value: 3, unit: founding universities, qualifier: null, quote: "three universities"}
  - {value: 23, unit: member institutions, qualifier: null, quote: "23 institutions"}
  - {value: 19, unit: countries, qualifier: null, quote: "19 countries"}
  - {value: 2700000000, unit: people offline, qualifier: about, quote: "some 2.7 billion people"}
  - {value: 3, unit: countries surveyed, qualifier: null, quote: "three countries"}
  - {value: 6300, unit: respondents, qualifier: null, quote: "6,300 respondents"}
  - {value: 41, unit: per cent of rural women respondents who never used the Internet, qualifier: null, quote: "41 per cent of women respondents"}
  - {value: 27, unit: per cent of rural men respondents who never used the Internet, qualifier: null, quote: "27 per cent of men"}
  - {value: 420000, unit: EUR, qualifier: null, quote: "€ 420 000"}
  - {value: 12, unit: doctoral fellowships, qualifier: null, quote: "twelve doctoral fellowships"}
  - {value: 100, unit: countries covered by the index, qualifier: more than, quote: "over 100 countries"}
  - {value: 30, unit: countries using the index, qualifier: at least, quote: "at least 30 countries"}
  - {value: 2, unit: years held online, qualifier: null, quote: "its first two years"}
  - {value: 2, unit: additional countries, qualifier: null, quote: "two more countries"}
"""


# --------------------------------------------------------------------------------------------
# 5. business_association.docx: a business association, Word, own headings, acronyms, funders
# --------------------------------------------------------------------------------------------

BUSINESS_SECTIONS: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "About ADCA",
        [
            (
                "p",
                "The African Digital Commerce Alliance (ADCA) is a business association of 340 companies – from "
                "start-ups to mobile network operators, payment providers and logistics firms – in 27 African "
                "countries. Its secretariat is based in Kigali. ADCA is an associate member of the GSM "
                "Association (GSMA) and works closely with the East African Community (EAC) on digital trade.",
            ),
            (
                "p",
                "ADCA members processed an estimated USD 3.4 billion in online sales in 2023, up from USD 2.1 "
                "billion in 2022.",
            ),
        ],
    ),
    (
        "Highlights of 2023",
        [
            (
                "bullet",
                "Small Business Online. Launched in January 2023 together with the Internet Society (ISOC), "
                "Small Business Online helped 9,800 micro and small enterprises open online shops in 2023; 44 "
                "per cent of them are led by women. ISOC contributed training materials and 40 volunteer "
                "trainers. The programme is funded by the European Union.",
            ),
            (
                "bullet",
                "East Africa Digital Trade Summit. Co-organised by ADCA and the EAC and hosted by the "
                "Government of Kenya in Nairobi on 21 and 22 June 2023, the Summit brought together 1,150 "
                "delegates. EAC ministers used it to launch consultations on a regional framework for "
                "cross-border digital payments.",
            ),
            (
                "bullet",
                "Payments interoperability. ADCA's Payments Interoperability Working Group, chaired by member "
                "company Kasi Pay Ltd, published technical guidelines for linking mobile money wallets across "
                "borders in October 2023.",
            ),
            (
                "bullet",
                "Digital trade policy. ADCA contributed to the drafting of the Protocol on Digital Trade to the "
                "Agreement Establishing the African Continental Free Trade Area (AfCFTA), which the Assembly of "
                "the African Union adopted in February 2024.",
            ),
        ],
    ),
    (
        "Our contribution to the WSIS action lines",
        [
            (
                "p",
                "Our work relates chiefly to Action Line C7 (e-business) and Action Line C6 (enabling environment), "
                "and to capacity building under C4. It supports SDG 8, and in particular targets 8.3 and 17.11 on "
                "the growth of small enterprises and of developing countries' exports.",
            ),
            (
                "p",
                "For small firms the obstacles are familiar: the cost of cross-border payments, inconsistent rules "
                "on consumer protection and data, and slow customs procedures for small parcels. ISOC and ADCA "
                "agree that trust online is built as much by predictable rules as by technology.",
            ),
        ],
    ),
    (
        "Looking ahead",
        [
            (
                "p",
                "By June 2024 ADCA will publish a Digital Trade Readiness Index covering 15 countries. The second "
                "East Africa Digital Trade Summit will take place in Kampala in 2025. ADCA will also continue to "
                "work with ISOC to extend Small Business Online to francophone West Africa, subject to funding.",
            ),
        ],
    ),
]


def make_business() -> tuple[bytes, str]:
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    p = doc.add_paragraph()
    p.add_run("Commission on Science and Technology for Development (CSTD)").bold = True
    doc.add_paragraph("Twenty-seventh session — Geneva, 15–19 April 2024")
    p = doc.add_paragraph()
    p.add_run(
        "Contribution of the African Digital Commerce Alliance (ADCA) to the report of the "
        "Secretary-General on progress made in the implementation of the outcomes of the WSIS in 2023"
    ).bold = True
    p = doc.add_paragraph()
    p.add_run(DISCLAIMER).italic = True
    for heading, items in BUSINESS_SECTIONS:
        doc.add_heading(heading, level=2)
        for kind, text in items:
            if kind == "bullet":
                lead, rest = text.split(". ", 1)
                para = doc.add_paragraph(style="List Bullet")
                para.add_run(lead + ".").bold = True
                para.add_run(" " + rest)
            else:
                doc.add_paragraph(text)
    doc.add_paragraph("Contact: ADCA secretariat, Kigali")
    data = docx_bytes(
        doc, "ADCA contribution to the CSTD report on WSIS implementation, 2023", "ADCA Secretariat"
    )
    return data, docx_visible_text(data)


BUSINESS_INITIATIVES = {
    "Small Business Online",
    "Payments Interoperability Working Group",
    "Protocol on Digital Trade",
}

BUSINESS_EXPECTED = """
entity: {name: African Digital Commerce Alliance, short_name: ADCA, type: private_sector}
session: {number: 27, year: 2024, start: "2024-04-15", end: "2024-04-19", place: Geneva}
reporting_period: {start: "2023", end: "2023"}
language: en

action_lines:
  - {code: C7, sub_line: e-business, basis: stated}
  - {code: C6, basis: stated}
  - {code: C4, basis: stated}

sdg_targets: ["8.3", "17.11"]
sdg_goals: [8]

organisations:
  - {name: African Digital Commerce Alliance, aliases: [ADCA], kind: private_sector, role: submitter}
  - {name: GSM Association, aliases: [GSMA], kind: private_sector, role: partner}
  - {name: East African Community, aliases: [EAC], kind: international_organization, role: partner}
  - {name: Internet Society, aliases: [ISOC], kind: civil_society, role: partner}
  - {name: European Union, aliases: [], kind: international_organization, role: partner}
  - {name: Government of Kenya, aliases: [], kind: government, role: mentioned}
  - {name: Kasi Pay Ltd, aliases: [], kind: private_sector, role: partner}
  - {name: African Union, aliases: [Assembly of the African Union], kind: international_organization, role: mentioned}
  - {name: Commission on Science and Technology for Development, aliases: [CSTD], kind: un_entity, role: boilerplate}
  - {name: United Nations, aliases: [UN], kind: un_entity, role: boilerplate}
  - {name: United Nations Conference on Trade and Development, aliases: [UNCTAD], kind: un_entity, role: boilerplate}
  # not organisations: the African Continental Free Trade Area (AfCFTA) is an agreement; Kigali, Nairobi, Kampala are places

relations:
  - {source: African Digital Commerce Alliance, target: GSM Association, type: member_of}
  - {source: African Digital Commerce Alliance, target: East African Community, type: partner}
  - {source: African Digital Commerce Alliance, target: Internet Society, type: partner}
  - {source: Internet Society, target: Small Business Online, type: contributed_to}
  - {source: Small Business Online, target: European Union, type: funded_by}
  - {source: African Digital Commerce Alliance, target: East Africa Digital Trade Summit, type: co_organised}
  - {source: East African Community, target: East Africa Digital Trade Summit, type: co_organised}
  - {source: East Africa Digital Trade Summit, target: Government of Kenya, type: hosted_by}
  - {source: Kasi Pay Ltd, target: African Digital Commerce Alliance, type: member_of}
  - {source: Kasi Pay Ltd, target: Payments Interoperability Working Group, type: led}
  - {source: African Digital Commerce Alliance, target: Protocol on Digital Trade, type: contributed_to}

events:
  - {date: "2023-01", end_date: null, kind: programme, title: Small Business Online launched, quote: "Launched in January 2023 together with the Internet Society (ISOC)"}
  - {date: "2023-06-21", end_date: "2023-06-22", kind: meeting, title: East Africa Digital Trade Summit, quote: "hosted by the Government of Kenya in Nairobi on 21 and 22 June 2023"}
  - {date: "2023-10", end_date: null, kind: publication, title: Guidelines for cross-border mobile money interoperability published, quote: "published technical guidelines for linking mobile money wallets across borders in October 2023"}
  - {date: "2024-02", end_date: null, kind: adoption, title: AfCFTA Protocol on Digital Trade adopted, quote: "which the Assembly of the African Union adopted in February 2024"}
  - {date: "2024-06", end_date: null, kind: publication, title: Digital Trade Readiness Index, quote: "By June 2024 ADCA will publish a Digital Trade Readiness Index"}
  - {date: "2025", end_date: null, kind: meeting, title: Second East Africa Digital Trade Summit, quote: "The second East Africa Digital Trade Summit will take place in Kampala in 2025"}

figures:
  - {value: 340, unit: member companies, qualifier: null, quote: "340 companies"}
  - {value: 27, unit: African countries, qualifier: null, quote: "27 African countries"}
  - {value: 3400000000, unit: USD online sales (2023), qualifier: about, quote: "an estimated USD 3.4 billion"}
  - {value: 2100000000, unit: USD online sales (2022), qualifier: null, quote: "USD 2.1 billion in 2022"}
  - {value: 9800, unit: micro and small enterprises, qualifier: null, quote: "9,800 micro and small enterprises"}
  - {value: 44, unit: per cent led by women, qualifier: null, quote: "44 per cent of them are led by women"}
  - {value: 40, unit: volunteer trainers, qualifier: null, quote: "40 volunteer trainers"}
  - {value: 1150, unit: delegates, qualifier: null, quote: "1,150 delegates"}
  - {value: 15, unit: countries covered by the index, qualifier: null, quote: "15 countries"}
"""


# --------------------------------------------------------------------------------------------
# Bad inputs
# --------------------------------------------------------------------------------------------


def simple_text_pdf(lines: list[str], title: str) -> bytes:
    pdf = FPDF(format="A4")
    pdf.set_creation_date(FIXED_DATE)
    pdf.file_id = lambda: "<0A1B2C3D4E5F60718293A4B5C6D7E8F9><0A1B2C3D4E5F60718293A4B5C6D7E8F9>"
    pdf.set_title(title)
    pdf.add_page()
    pdf.set_font("Helvetica", "", 11)
    for line in lines:
        pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    return bytes(pdf.output())


def make_encrypted() -> bytes:
    plain = simple_text_pdf(
        [
            "Commission on Science and Technology for Development",
            "Twenty-seventh session",
            "Submission by the Office of Digital Affairs (restricted draft)",
            "This file is protected with a password and cannot be read without it.",
        ],
        "Restricted draft",
    )
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(plain)))
    fixed_id = ByteStringObject(bytes.fromhex("5A17C0DE5A17C0DE5A17C0DE5A17C0DE"))
    writer._ID = ArrayObject([fixed_id, fixed_id])  # fixed document id: deterministic RC4 key
    writer.encrypt(user_password="cstd-2024", owner_password="owner-cstd-2024", algorithm="RC4-128")
    writer._ID = ArrayObject([fixed_id, fixed_id])  # encrypt() draws a random second id; pin it again
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def make_corrupt() -> bytes:
    head = (
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
        b"2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n3 0 obj\n<< /Type /Page /Parent 2 0 R "
        b"/MediaBox [0 0 595 842] /Contents 4 0 R >>\nendobj\n4 0 obj\n<< /Length 2400 /Filter /FlateDecode >>"
        b"\nstream\n"
    )
    garbage = random.Random(20240212).randbytes(1800)
    return head + garbage  # truncated: no endstream, no xref, no trailer, no %%EOF


def make_scanned() -> bytes:
    from PIL import Image, ImageDraw

    rng = random.Random(1998)
    img = Image.new("L", (1240, 1754), 248)
    draw = ImageDraw.Draw(img)
    for _ in range(6000):  # scanner speckle
        x, y = rng.randrange(1240), rng.randrange(1754)
        draw.point((x, y), fill=rng.randrange(150, 230))
    y = 150
    draw.rectangle((300, y, 940, y + 26), fill=40)  # a bold title line, as dark ink
    y += 90
    while y < 1560:
        if rng.random() < 0.12:
            y += 40  # paragraph gap
            continue
        x = 140
        end = 1100 if rng.random() > 0.15 else rng.randrange(400, 1000)
        while x < end:
            w = rng.randrange(25, 120)
            draw.rectangle((x, y, min(x + w, end), y + 14), fill=rng.randrange(30, 80))
            x += w + rng.randrange(10, 18)
        y += 30
    img = img.rotate(0.6, fillcolor=248)  # slightly skewed, like a scan
    png = io.BytesIO()
    img.save(png, format="PNG", optimize=False)
    pdf = FPDF(format="A4")
    pdf.set_creation_date(FIXED_DATE)
    pdf.file_id = lambda: "<3C3C3C3C3C3C3C3C3C3C3C3C3C3C3C3C><3C3C3C3C3C3C3C3C3C3C3C3C3C3C3C3C>"
    pdf.add_page()
    pdf.image(io.BytesIO(png.getvalue()), x=0, y=0, w=210, h=297)
    return bytes(pdf.output())


NOT_REALLY_PDF = (
    "Submission to the CSTD, twenty-seventh session\r\n"
    "\r\n"
    "This is a plain text file that was saved with a .pdf extension by mistake.\r\n"
    "It has no PDF header and no PDF structure.\r\n"
).encode("ascii")


def make_bad() -> dict[str, bytes]:
    return {
        "encrypted.pdf": make_encrypted(),
        "corrupt.pdf": make_corrupt(),
        "scanned.pdf": make_scanned(),
        "empty.docx": b"",
        "empty.txt": b"",
        "not_really.pdf": NOT_REALLY_PDF,
        "not_really.docx": simple_text_pdf(
            [
                "Commission on Science and Technology for Development",
                "This is a PDF document saved under a .docx name.",
            ],
            "Misnamed file",
        ),
    }


# --------------------------------------------------------------------------------------------
# Self-checks on how the documents read back
# --------------------------------------------------------------------------------------------


def pdf_reading_text(data: bytes) -> tuple[str, int]:
    """The PDF as a reader sees it: header and footer lines dropped, hyphenated line ends rejoined."""
    reader = PdfReader(io.BytesIO(data))
    lines: list[str] = []
    for page in reader.pages:
        for line in page.extract_text().splitlines():
            line = line.strip()
            if line.startswith("Republic of Kalindor") or "Submission to CSTD 27 | Page" in line:
                continue
            lines.append(line)
    text = ""
    for line in lines:
        if text.endswith("-") and line[:1].islower() and not text.endswith(" -"):
            text = text[:-1] + line
        else:
            text = text + " " + line if text else line
    return text, len(reader.pages)


def check_pdf_readback(data: bytes, expected_yaml: str) -> int:
    text, pages = pdf_reading_text(data)
    flat = normalise(text)
    data_yaml = yaml.safe_load(expected_yaml)
    missing = [
        item["quote"]
        for key in ("events", "figures")
        for item in data_yaml[key]
        if normalise(item["quote"]) not in flat
    ]
    if missing:
        raise SystemExit(
            "ministry_report.pdf: quotes not found in the text pypdf reads back:\n  " + "\n  ".join(missing)
        )
    reader = PdfReader(io.BytesIO(data))
    for number, page in enumerate(reader.pages, start=1):
        page_text = page.extract_text()
        if f"| Page {number}" not in page_text or "Republic of Kalindor" not in page_text:
            raise SystemExit(f"ministry_report.pdf: page {number} lacks its running header or footer")
    return pages


# --------------------------------------------------------------------------------------------


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    BAD.mkdir(parents=True, exist_ok=True)

    un_data, un_text = make_un_agency()
    check_expected("un_agency_report.docx", UN_AGENCY_EXPECTED, un_text, UN_AGENCY_INITIATIVES)

    min_data, min_text, hyphenations = make_ministry()
    check_expected("ministry_report.pdf", MINISTRY_EXPECTED, min_text, MINISTRY_INITIATIVES)
    pages = check_pdf_readback(min_data, MINISTRY_EXPECTED)
    if pages < 4:
        raise SystemExit(f"ministry_report.pdf has {pages} pages; at least 4 are wanted")

    check_expected("ngo_statement.md", NGO_EXPECTED, markdown_visible_text(NGO_MARKDOWN), NGO_INITIATIVES)

    acad_data, acad_text = make_academic()
    check_expected("academic_notes.txt", ACADEMIC_EXPECTED, acad_text, ACADEMIC_INITIATIVES)

    biz_data, biz_text = make_business()
    check_expected("business_association.docx", BUSINESS_EXPECTED, biz_text, BUSINESS_INITIATIVES)

    write(OUT / "un_agency_report.docx", un_data)
    write_expected("un_agency_report.docx", UN_AGENCY_EXPECTED)
    write(OUT / "ministry_report.pdf", min_data)
    write_expected("ministry_report.pdf", MINISTRY_EXPECTED)
    write(OUT / "ngo_statement.md", NGO_MARKDOWN.encode("utf-8"))
    write_expected("ngo_statement.md", NGO_EXPECTED)
    write(OUT / "academic_notes.txt", acad_data)
    write_expected("academic_notes.txt", ACADEMIC_EXPECTED)
    write(OUT / "business_association.docx", biz_data)
    write_expected("business_association.docx", BUSINESS_EXPECTED)
    for name, data in make_bad().items():
        write(BAD / name, data)
    print(
        f"wrote {OUT.relative_to(ROOT)}: ministry_report.pdf has {pages} pages, "
        f"{hyphenations} hyphenated line ends"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
