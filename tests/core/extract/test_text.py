"""Canonical text per format, page offsets, encodings and bad input."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest
from fpdf import FPDF

from tests.core.extract.word_parts import add_word_comment, add_word_notes, note_reference
from wsislens.extract.text import (
    CanonicalText,
    ExtractionError,
    extract_text,
    layout_tables,
    markdown_to_text,
    unfold_columns,
)
from wsislens.ingest import extract_document

BAD = Path(__file__).resolve().parents[2] / "fixtures" / "documents" / "bad"


def _docx_bytes() -> bytes:
    document = docx.Document()
    document.add_heading("Submission by Example Network", level=1)
    document.add_paragraph("We work closely with UNESCO.")
    table = document.add_table(rows=2, cols=3)
    for cell, value in zip(table.rows[0].cells, ("Initiative", "Partners", "Period"), strict=True):
        cell.text = value
    for cell, value in zip(table.rows[1].cells, ("Open Schools", "UNICEF, ITU", "2022–2024"), strict=True):
        cell.text = value
    document.add_paragraph("Closing paragraph.")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_docx_paragraphs_headings_and_tables() -> None:
    result = extract_text(_docx_bytes(), "report.docx")
    assert result.text == (
        "Submission by Example Network\n\nWe work closely with UNESCO.\n\n"
        "Initiative | Partners | Period\nOpen Schools | UNICEF, ITU | 2022–2024\n\nClosing paragraph.\n"
    )
    assert result.page_starts == []
    assert result.page_of(10) is None


def _pdf_bytes() -> bytes:
    pdf = FPDF()
    pdf.set_auto_page_break(True, margin=25)
    pdf.set_font("Helvetica", size=11)

    def header() -> None:
        pdf.set_font("Helvetica", size=8)
        pdf.cell(0, 6, "Example Network - Submission to CSTD", align="C")
        pdf.ln(10)
        pdf.set_font("Helvetica", size=11)

    def footer() -> None:
        pdf.set_y(-15)
        pdf.set_font("Helvetica", size=8)
        pdf.cell(0, 10, f"Page {pdf.page_no()}", align="C")
        pdf.set_font("Helvetica", size=11)

    pdf.header = header  # type: ignore[method-assign]
    pdf.footer = footer  # type: ignore[method-assign]
    pdf.add_page()
    pdf.multi_cell(
        0,
        6,
        "First page paragraph about the information society and its partners, long enough "
        "to wrap over more than one line of the page so that the lines are joined again.",
    )
    pdf.ln(4)
    pdf.multi_cell(
        0, 6, "A telecommunications regulator and the national govern-", new_x="LMARGIN", new_y="NEXT"
    )
    pdf.multi_cell(0, 6, "ance board agreed on a plan.", new_x="LMARGIN", new_y="NEXT")
    pdf.add_page()
    pdf.multi_cell(0, 6, "Second page paragraph.", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def test_pdf_joins_lines_repairs_hyphens_and_drops_running_lines() -> None:
    result = extract_text(_pdf_bytes(), "report.pdf")
    assert result.text == (
        "First page paragraph about the information society and its partners, long enough to wrap over more than "
        "one line of the page so that the lines are joined again.\n\n"
        "A telecommunications regulator and the national governance board agreed on a plan.\n\n"
        "Second page paragraph.\n"
    )
    second = result.text.index("Second page")
    assert result.page_starts == [0, second]
    assert (result.page_of(0), result.page_of(second - 3), result.page_of(second)) == (1, 1, 2)


def test_markdown_markup_removed() -> None:
    source = (
        "# Title\n\nSome **bold**, *italic* and [linked text](https://example.org) words.\n\n"
        "- a bullet with `code`\n\n| Project | Partners |\n|---|---|\n| Web | ITU |\n"
    )
    assert markdown_to_text(source) == (
        "Title\n\nSome bold, italic and linked text words.\n\n- a bullet with code\n\nProject | Partners\nWeb | ITU\n"
    )


def test_plain_text_kept_verbatim_and_decoded() -> None:
    text = "\n\n**Heading**\nCafé in Zürich, São Tomé e Príncipe – “quoted” € 420 000.\n" * 3
    assert extract_text(text.encode("utf-8"), "a.txt").text == text
    assert extract_text(text.encode("cp1252"), "a.txt").text == text
    assert extract_text(text.encode("utf-16"), "a.txt").text == text
    assert extract_text(text.encode("utf-16-le"), "a.txt").text == text  # no byte-order mark
    assert extract_text(text.encode("utf-16-be"), "a.txt").text == text
    assert extract_text(text.replace("\n", "\r\n").encode("utf-8"), "a.txt").text == text


@pytest.mark.parametrize(
    ("name", "message"),
    [
        (
            "corrupt.pdf",
            "corrupt.pdf is a damaged PDF that cannot be read; open it in a PDF reader, save a new copy "
            "and try again",
        ),
        (
            "encrypted.pdf",
            "encrypted.pdf is an encrypted (password-protected) PDF; save an unprotected copy and try again",
        ),
        ("scanned.pdf", "scanned.pdf: this PDF has no extractable text; OCR it first"),
        (
            "empty.docx",
            "empty.docx is empty (0 bytes): save or export the document again and choose the saved file",
        ),
        (
            "empty.txt",
            "empty.txt is empty (0 bytes): save or export the document again and choose the saved file",
        ),
        ("not_really.pdf", "not_really.pdf is not a PDF: its content does not start with %PDF"),
        ("not_really.docx", "not_really.docx is not a Word .docx file: its content looks like a PDF"),
    ],
)
def test_bad_inputs(name: str, message: str) -> None:
    with pytest.raises(ExtractionError) as error:
        extract_text((BAD / name).read_bytes(), name)
    assert str(error.value) == message


def test_size_limit_parameter_and_environment(monkeypatch) -> None:
    data = b"x" * (2 * 1024 * 1024)
    with pytest.raises(ExtractionError) as error:
        extract_text(data, "big.txt", max_mb=1)
    assert (
        str(error.value)
        == "big.txt is 2 MB, over the limit of 1 MB (set WSISLENS_MAX_UPLOAD_MB to change it)"
    )
    monkeypatch.setenv("WSISLENS_MAX_UPLOAD_MB", "1.5")
    with pytest.raises(ExtractionError) as error:
        extract_text(data, "big.txt")
    assert (
        str(error.value)
        == "big.txt is 2 MB, over the limit of 1.5 MB (set WSISLENS_MAX_UPLOAD_MB to change it)"
    )
    monkeypatch.setenv("WSISLENS_MAX_UPLOAD_MB", "3")
    assert len(extract_text(data, "big.txt").text) == len(data)


def test_unsupported_and_mislabelled() -> None:
    with pytest.raises(ExtractionError) as error:
        extract_text(b"data", "table.xlsx")
    assert str(error.value) == "table.xlsx has an unsupported file type '.xlsx'; use .docx, .pdf, .md or .txt"
    with pytest.raises(ExtractionError) as error:
        extract_text(_docx_bytes(), "notes.txt")
    assert str(error.value) == "notes.txt is not a text file: its content is a zip archive (a Word document?)"


def _numbered_pdf_bytes() -> bytes:
    """A ministry's PDF whose headings and paragraphs are numbered, with blank lines between
    paragraphs but none between a heading and its first paragraph."""
    pdf = FPDF()
    pdf.set_font("Helvetica", size=11)
    pdf.add_page()
    for heading, paragraphs in (
        (
            "2. Infrastructure",
            ["2.1 By 2025, 87 per cent of households had broadband through WSIS programmes."],
        ),
        (
            "7. Contribution to the Sustainable Development Goals",
            [
                "7.1 These efforts serve SDG 9 and the 3.5 GHz band auction helped.",
                "7.2 Our ICT work goes on.",
            ],
        ),
    ):
        pdf.multi_cell(0, 6, heading, new_x="LMARGIN", new_y="NEXT")
        for paragraph in paragraphs:
            pdf.multi_cell(0, 6, paragraph, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(6)
    return bytes(pdf.output())


def test_pdf_numbered_paragraphs_are_not_read_as_targets_or_figures() -> None:
    from wsislens.extract import extract_draft

    text = extract_text(_numbered_pdf_bytes(), "ministry.pdf").text
    assert text.startswith("2. Infrastructure\n2.1 By 2025, 87 per cent")
    assert "Sustainable Development Goals\n7.1 These efforts" in text
    data = extract_draft(_numbered_pdf_bytes(), "ministry.pdf").data
    stated = [(t["target"], t["basis"]) for t in data.get("sdg_targets", []) if t["basis"] != "inferred"]
    goals = [(g["goal"], g["basis"]) for g in data.get("sdg_goals", []) if g["basis"] != "inferred"]
    assert stated == [] and goals == [(9, "stated")]
    # no paragraph number among them, nor the name of the 3.5 GHz band
    assert sorted(f["value"] for f in data["figures"]) == [87]


LEFT_COLUMN = (
    "Programme expenditure reached USD 86.4 million in 2023, against USD 71.0 million in 2022, "
    "in 34 countries, nineteen of which are least developed countries with fragile networks."
)
RIGHT_COLUMN = (
    "The Digital Inclusion Outlook was launched on 10 October 2023 at the Internet Governance Forum "
    "in Kyoto; it estimates that closing the gap would require USD 428 billion by 2030."
)


def _set_in_two_columns(
    pdf: FPDF,
    left: tuple[str, ...],
    right: tuple[str, ...],
    height: float,
    columns: tuple[tuple[float, float], ...] = ((10, 85), (110, 85)),
) -> float:
    """Each column's paragraphs one under another, the two columns side by side from the current
    line, at the (x, width) of `columns`; the position under the longer column."""
    top, bottom = pdf.get_y(), pdf.get_y()
    for (x, width), paragraphs in zip(columns, (left, right), strict=True):
        pdf.set_xy(x, top)
        for paragraph in paragraphs:
            pdf.set_x(x)
            pdf.multi_cell(width, height, paragraph)
        bottom = max(bottom, pdf.get_y())
    return bottom


def _two_column_pdf_bytes() -> bytes:
    pdf = FPDF()
    pdf.set_font("Helvetica", size=10)
    pdf.add_page()
    pdf.multi_cell(0, 6, "Input of the Example Fund to the report on the WSIS", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    _set_in_two_columns(pdf, (LEFT_COLUMN,), (RIGHT_COLUMN,), 6)
    return bytes(pdf.output())


def test_a_two_column_pdf_is_read_column_by_column() -> None:
    text = extract_text(_two_column_pdf_bytes(), "fund.pdf").text
    assert text == (
        f"Input of the Example Fund to the report on the WSIS\n\n{LEFT_COLUMN}\n\n{RIGHT_COLUMN}\n"
    )


def test_two_columns_under_full_width_lines_keep_their_headings_and_paragraphs() -> None:
    """The page's full-width lines are wider than a column's: a column's wrapped lines are still
    joined into paragraphs, and its headings stay apart from them."""
    pdf = FPDF()
    pdf.set_font("Helvetica", size=10)
    pdf.add_page()
    pdf.multi_cell(
        0, 5, ("This contribution reviews the work of the Commission in 2025, by action line. " * 3).strip()
    )
    pdf.ln(4)
    columns = (
        (
            "C5 - Building confidence and security",
            "Through the Regional Cybersecurity Readiness "
            "Initiative, the secretariat helped four member States update their incident procedures.",
        ),
        (
            "Action lines not covered",
            "The Commission did not carry out work under Action Line C8 "
            "(Cultural diversity) or Action Line C9 (Media) in 2025, as national bodies lead them.",
        ),
    )
    _set_in_two_columns(pdf, columns[0], columns[1], 5)
    text = extract_text(bytes(pdf.output()), "commission.pdf").text
    for heading, paragraph in columns:
        assert f"{heading}\n\n{paragraph}" in text
    from wsislens.extract.action_lines import find_action_lines
    from wsislens.extract.document import analyse

    lines = find_action_lines(analyse(CanonicalText(text, "pdf")))
    assert [(h.code, h.basis) for h in lines] == [("C5", "stated"), ("C8", "negated"), ("C9", "negated")]


def test_a_table_without_rules_above_two_columns_keeps_its_rows_and_the_columns_their_order() -> None:
    """The table's rows, once joined, span the page: the columns under them are still found."""
    pdf = FPDF()
    pdf.set_font("Helvetica", size=9)
    pdf.add_page()
    pdf.cell(0, 6, "Table 1. Main regional activities in 2025", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    rows = (
        ("Date", "Activity", "Venue", "Partner(s)"),
        ("18 Feb 2025", "Technical workshop on spectrum pricing", "Kigali", "World Bank and ITU"),
        ("14 March 2025", "Signing of the One Lake Roaming agreement", "Bujumbura", "GSMA"),
        ("3-7 Nov 2025", "Annual Forum of Regulators", "Goma", "African Telecommunications Union"),
    )
    for row in rows:
        for width, cell in zip((30, 70, 30, 60), row, strict=True):
            pdf.cell(width, 6, cell)
        pdf.ln(8)
    pdf.ln(6)
    left = (
        "The average fee for a small transfer between participating networks fell to 4.9 per cent of "
        "the amount sent, and eleven operators joined the roaming scheme by December."
    )
    right = (
        "Activities were financed from member contributions and from the Great Lakes Digital Regulation "
        "Trust Fund, which is supported by the World Bank."
    )
    _set_in_two_columns(pdf, (left,), (right,), 5)
    text = extract_text(bytes(pdf.output()), "association.pdf").text
    assert text == (
        "Table 1. Main regional activities in 2025\n\n"
        "Date | Activity | Venue | Partner(s)\n"
        "18 Feb 2025 | Technical workshop on spectrum pricing | Kigali | World Bank and ITU\n"
        "14 March 2025 | Signing of the One Lake Roaming agreement | Bujumbura | GSMA\n"
        "3-7 Nov 2025 | Annual Forum of Regulators | Goma | African Telecommunications Union\n\n"
        f"{left}\n\n{right}\n"
    )


def test_rows_of_a_table_left_unjoined_are_not_taken_for_two_columns() -> None:
    lines = [
        "Date | Event | Venue | Partner(s) | Type",
        "16 October 2024 | Rural Libraries Digital Literacy Workshop | Kestrel Valley Library | Network | Workshop",
        "February 2025           Eastmoor Open Science Day                  University of Eastmoor, Library"
        "            -                       Public event",
        "27-28 March 2025        Eastmoor Digital Society Conference        University of Eastmoor"
        "                     Global Network of Internet   Conference",
        "7 May 2025              Public launch of AgriSignal                Kestrel Valley spring market"
        "               Kestrel Valley Smallholder   Launch",
    ]
    assert unfold_columns(lines) == lines


def test_a_pdf_heading_stays_apart_from_the_paragraph_under_it() -> None:
    pdf = FPDF()
    pdf.set_font("Helvetica", size=11)
    pdf.add_page()
    for heading, paragraph in (
        (
            "5. Regional cooperation",
            "ESCWA works with its member States and partners across the region. " * 3,
        ),
        (
            "5.1 Intergovernmental cooperation",
            "Regional cooperation under Action Line C11 was pursued with the League of Arab States and UNDP. "
            * 2,
        ),
    ):
        pdf.multi_cell(0, 6, heading, new_x="LMARGIN", new_y="NEXT")
        pdf.multi_cell(0, 6, paragraph.strip(), new_x="LMARGIN", new_y="NEXT")
        pdf.ln(6)
    text = extract_text(bytes(pdf.output()), "escwa.pdf").text
    assert text.startswith("5. Regional cooperation\nESCWA works with its member States")
    assert "\n\n5.1 Intergovernmental cooperation\nRegional cooperation under Action Line C11" in text
    # the paragraphs' own wrapped lines are still joined
    assert "partners across the region. ESCWA works" in text


def test_a_pdf_tables_rows_opening_with_dates_stay_apart_and_keep_their_days() -> None:
    from wsislens.extract.document import analyse
    from wsislens.extract.events import find_events

    pdf = FPDF()
    pdf.set_font("Helvetica", size=11)
    pdf.add_page()
    pdf.multi_cell(0, 6, "5.2 Meetings held during the reporting period", new_x="LMARGIN", new_y="NEXT")
    for row in (
        "10-11 October 2023 Beirut Expert Group Meeting on Digital Public Infrastructure in the Arab Region",
        "5 December 2023 Online Regional Webinar on Open Government Data for the Region",
        "14 May 2024 Muscat Technical Workshop on Rural Digital Advisory Services in Oman",
    ):
        pdf.multi_cell(0, 6, row, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    canonical = extract_text(bytes(pdf.output()), "meetings.pdf")
    assert "Arab Region\n5 December 2023 Online" in canonical.text
    events = find_events(analyse(canonical), [], [])
    assert [e.date for e in events] == ["2023-10-10", "2023-12-05", "2024-05-14"]


def test_a_pdf_title_blocks_labelled_lines_stay_apart() -> None:
    pdf = FPDF()
    pdf.set_font("Helvetica", size=11)
    pdf.add_page()
    for line in (
        "Contribution to the 25th session of the Commission on Science and Technology for Development (CSTD), 2022",
        "Title: Nobody left offline - notes from a year of tablets, phone calls and patience",
        "Submitted by: Tuko Pamoja Digital Inclusion Network, Nairobi, Kenya",
        "Reporting period: January to December 2021",
    ):
        pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    text = extract_text(bytes(pdf.output()), "tuko.pdf").text
    assert (
        "patience\nSubmitted by: Tuko Pamoja Digital Inclusion Network, Nairobi, Kenya\nReporting period:"
        in text
    )


def _table_pdf_bytes(parted: bool) -> bytes:
    """A grants table without rules, as word processors export it: names wrapped in their
    column, amounts right-aligned; `parted` puts a blank line between rows and centres the
    short cells on a row's middle line."""
    pdf = FPDF()
    pdf.set_font("Helvetica", size=10)
    pdf.add_page()
    pdf.text(10, 20, "4. Grants awarded in 2025")
    columns = (10, 75, 110, 145)
    y = 30.0
    for x, heading in zip(columns, ("Grantee", "Country", "Amount", "Purpose"), strict=True):
        pdf.text(x, y, heading)
    rows = (
        (("Maktaba Hub Trust",), "Kenya", "USD 250,000", ("Digital library services",)),
        (
            ("Samoa Women in Technology", "and Digital Entrepreneurship", "Network"),
            "Samoa",
            "USD 95,000",
            ("Online trade for", "women-led businesses"),
        ),
        (("CodeBridge Nigeria",), "Nigeria", "USD 180,000", ("Software skills bootcamps",)),
        (("Total",), "", "USD 525,000", ()),
    )
    for names, country, amount, purposes in rows:
        y += 10 if parted else 5
        middle = y + (5 * (len(names) - 1) / 2 if parted else 0)
        for number, line in enumerate(names):
            pdf.text(10, y + 5 * number, line)
        pdf.text(75, middle, country)
        pdf.text(132 - pdf.get_string_width(amount), middle, amount)
        for number, line in enumerate(purposes):
            pdf.text(145, y + 5 * number, line)
        y += 5 * (max(len(names), len(purposes), 1) - 1)
    pdf.text(10, y + 15, "5. Partnerships")
    return bytes(pdf.output())


@pytest.mark.parametrize("parted", [False, True])
def test_a_pdf_table_without_rules_reads_as_rows_of_cells(parted: bool) -> None:
    text = extract_text(_table_pdf_bytes(parted), "grants.pdf").text
    assert text == (
        "4. Grants awarded in 2025\n\n"
        "Grantee | Country | Amount | Purpose\n"
        "Maktaba Hub Trust | Kenya | USD 250,000 | Digital library services\n"
        "Samoa Women in Technology and Digital Entrepreneurship Network | Samoa | USD 95,000 | "
        "Online trade for women-led businesses\n"
        "CodeBridge Nigeria | Nigeria | USD 180,000 | Software skills bootcamps\n"
        "Total | | USD 525,000 |\n\n"
        "5. Partnerships\n"
    )


def test_layout_tables_leave_prose_and_two_column_text_alone() -> None:
    from wsislens.extract.text import layout_tables

    prose = [
        "The Programme worked with   UNESCO and ITU in 2025.",
        "Left column of prose runs on          Right column of prose runs on",
        "and on until its end.                 and on until its end too.",
    ]
    assert layout_tables(prose) == prose
    # a header alone, or a header whose next line is prose across its columns, is no table
    lone = [
        "Partner        Country        Amount",
        "",
        "The grants were paid in two tranches over the year's course.",
    ]
    assert layout_tables(lone) == lone


def test_a_grantee_column_of_a_pdf_table_names_organisations() -> None:
    from wsislens.extract import extract_draft

    data = extract_draft(_table_pdf_bytes(True), "grants.pdf").data
    names = sorted(o["name"] for o in data["organisations"] if o["role"] != "submitter")
    assert names == [
        "CodeBridge Nigeria",
        "Maktaba Hub Trust",
        "Samoa Women in Technology and Digital Entrepreneurship Network",
    ]


def test_a_markdown_cells_line_breaks_part_its_names() -> None:
    source = "| Event | Partners |\n|---|---|\n| Summit | UNESCO<br>Lagos Women in Tech Circle<br/>ITU |\n"
    assert markdown_to_text(source) == "Event | Partners\nSummit | UNESCO; Lagos Women in Tech Circle; ITU\n"


def test_layout_tables_read_rows_whose_first_cell_wraps_across_blank_lines() -> None:
    from wsislens.extract.text import layout_tables

    # rows with no blank between them, but a row whose first cell wraps stands between blanks; the
    # heading under the table is no row
    grants = [
        "Grantee                              Location          Purpose of grant                 Amount (KES)",
        "Radio Mwangaza FM                    Homa Bay, Kenya   Radio dramas on data protection  380,000",
        "Nyeri Community Paralegal Network    Nyeri, Kenya      Referral desk for online cases   275,000",
        "",
        "Gulu Youth Library and Innovation    Gulu, Uganda      Evening coding club for          420,000",
        "Collective                                             out-of-school girls",
        "",
        "Mwanza Students for Open Knowledge   Mwanza, Tanzania  Open-data training               260,000",
        "Turkana Women's Information Network  Lodwar, Kenya     Solar charging kiosks            395,000",
        "",
        "5. Partnerships",
    ]
    assert layout_tables(grants) == [
        "Grantee | Location | Purpose of grant | Amount (KES)",
        "Radio Mwangaza FM | Homa Bay, Kenya | Radio dramas on data protection | 380,000",
        "Nyeri Community Paralegal Network | Nyeri, Kenya | Referral desk for online cases | 275,000",
        "Gulu Youth Library and Innovation Collective | Gulu, Uganda | Evening coding club for out-of-school girls "
        "| 420,000",
        "Mwanza Students for Open Knowledge | Mwanza, Tanzania | Open-data training | 260,000",
        "Turkana Women's Information Network | Lodwar, Kenya | Solar charging kiosks | 395,000",
        "",
        "5. Partnerships",
    ]
    # rows between blank lines, one of whose dates wraps ("16 November" / "2023")
    events = [
        "Date              Activity                                  Place          Partner(s)",
        "",
        "25 July 2023      Signing of a data-sharing agreement       Port Amaris    Communications Authority",
        "",
        "                  Start of fieldwork for the fourth                        Statistics Office;",
        "4 Sept. 2023      Household ICT Survey                      All provinces  ITU",
        "",
        "16 November       Validation workshop on market                            Communications",
        "2023              indicators                                Kessel         Authority; ITU",
        "",
        "12 Feb. 2024      Release of Digital Lives 2024             Port Amaris    Ministry of Digital Economy",
    ]
    assert layout_tables(events) == [
        "Date | Activity | Place | Partner(s)",
        "25 July 2023 | Signing of a data-sharing agreement | Port Amaris | Communications Authority",
        "4 Sept. 2023 | Start of fieldwork for the fourth Household ICT Survey | All provinces | Statistics Office; ITU",
        "16 November 2023 | Validation workshop on market indicators | Kessel | Communications Authority; ITU",
        "12 Feb. 2024 | Release of Digital Lives 2024 | Port Amaris | Ministry of Digital Economy",
    ]


def test_a_markdown_tables_alignment_row_of_single_dashes_goes() -> None:
    source = "| # | Activity | Partner |\n|:-:|:---------|-:|\n| 1 | Launch of the ROA drive | LACNIC |\n"
    assert markdown_to_text(source) == "# | Activity | Partner\n1 | Launch of the ROA drive | LACNIC\n"


def test_markdown_front_matter_heading_anchors_and_definition_lines() -> None:
    source = (
        '---\ntitle: "WSIS follow-up: 2025 contribution of the Rim Digital Council"\n'
        'author: "RDC Secretariat"\ndate: 2026-01-16\n---\n\n# Rim Digital Council {#top}\n\n'
        "Period reported:: calendar year 2025\n\n## 1. About this contribution {#about}\n"
    )
    # the front matter's plain values stand as a title block's labelled lines (a date is no text)
    assert markdown_to_text(source) == (
        "Title: WSIS follow-up: 2025 contribution of the Rim Digital Council\nAuthor: RDC Secretariat\n\n"
        "Rim Digital Council\n\nPeriod reported: calendar year 2025\n\n1. About this contribution\n"
    )
    data = extract_document(source.encode(), "rdc.md", infer_sdgs=False).data
    assert (data["entity"]["name"], data["reporting_period"]["start"]) == ("Rim Digital Council", "2025")


def test_a_box_of_key_figures_beside_one_stretch_of_prose_is_read_after_it() -> None:
    """A page in one column, with a box of figures beside one of its stretches: the stretch's prose
    is read whole, then the box; the full-width lines around them stay as they are."""
    pdf = FPDF()
    pdf.set_font("Helvetica", size=10)
    pdf.add_page()
    pdf.multi_cell(0, 5, "AGENCE NATIONALE DU NUMERIQUE RURAL (ANNR)", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    opening = ("The Agency brings digital public services to citizens who are still offline. " * 3).strip()
    pdf.multi_cell(0, 5, opening, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    prose = (
        "3. Results in 2025",
        "e-Government (C7). The new version of the citizen portal went live on 12 March 2025. At the end of "
        "the year 146 procedures could be completed online, and the portal processed 1.38 million applications. "
        "Interconnection with the national civil registry cut the time needed for a birth certificate by 64 "
        "per cent. The portal now also serves the rural sub-prefectures, where 312 community access points "
        "were installed during the year.",
    )
    box = (
        "KEY FIGURES 2025",
        "312 community access points installed",
        "9,450 women and girls trained in coding",
        "1,150 civil servants trained",
        "27,800 farmers registered",
        "23 projects financed",
        "41 per cent of them led by women",
    )
    bottom = _set_in_two_columns(pdf, prose, box, 5, columns=((10, 105), (130, 65)))
    pdf.set_xy(10, bottom + 3)
    closing = (
        "Trust and security (C5). With the national CERT we organised the cyber exercise of the year. " * 2
    ).strip()
    pdf.multi_cell(0, 5, closing)
    text = extract_text(bytes(pdf.output()), "agency.pdf").text
    assert text == (
        f"AGENCE NATIONALE DU NUMERIQUE RURAL (ANNR)\n\n{opening}\n\n{prose[0]}\n\n{prose[1]}\n\n"
        + "\n\n".join(box)
        + f"\n\n{closing}\n"
    )


def test_a_word_page_laid_out_in_a_borderless_table_is_read_as_paragraphs() -> None:
    """A table of one row whose cells hold paragraphs is the page's layout: its cells' paragraphs
    are read one after the other; a table of values keeps its rows."""
    document = docx.Document()
    document.add_paragraph("REPUBLIC OF SERRANA")
    layout = document.add_table(rows=1, cols=2)
    glance, introduction = layout.rows[0].cells
    glance.paragraphs[0].text = "At a glance"
    glance.add_paragraph("Year under review: 1 January - 31 December 2025")
    glance.add_paragraph("312 villages newly connected to broadband")
    opening = (
        "As Serrana's statutory ICT agency, the Serranan Authority for Digital Development (SADD) is pleased "
        "to share this account of the year."
    )
    introduction.paragraphs[0].text = "Introduction"
    introduction.add_paragraph(opening)
    introduction.add_paragraph("The note follows the WSIS action lines. " * 6)
    values = document.add_table(rows=2, cols=2)
    for row, cells in zip(values.rows, (("Grantee", "Amount"), ("Lake Radio", "USD 12,000")), strict=True):
        for cell, value in zip(row.cells, cells, strict=True):
            cell.text = value
    buffer = io.BytesIO()
    document.save(buffer)
    text = extract_text(buffer.getvalue(), "serrana.docx").text
    assert text == (
        "REPUBLIC OF SERRANA\n\nAt a glance\n\nYear under review: 1 January - 31 December 2025\n\n"
        f"312 villages newly connected to broadband\n\nIntroduction\n\n{opening}\n\n"
        + ("The note follows the WSIS action lines. " * 6).strip()
        + "\n\nGrantee | Amount\nLake Radio | USD 12,000\n"
    )


def _add_hyperlink(paragraph, text: str, url: str | None, anchor: str | None = None) -> None:
    """A w:hyperlink run in `paragraph`: to the web (url) or to a bookmark of the document (anchor)."""
    from docx.opc.constants import RELATIONSHIP_TYPE
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    link = OxmlElement("w:hyperlink")
    if url is not None:
        link.set(qn("r:id"), paragraph.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True))
    else:
        link.set(qn("w:anchor"), anchor)
    run = OxmlElement("w:r")
    value = OxmlElement("w:t")
    value.text = text
    run.append(value)
    link.append(run)
    paragraph._p.append(link)


def test_the_texts_of_links_to_the_web_in_word_and_markdown() -> None:
    document = docx.Document()
    paragraph = document.add_paragraph("Our flagship is ")
    _add_hyperlink(paragraph, "Digital Marendia 2030", "https://example.org/dm2030")
    paragraph.add_run(", run with ")
    _add_hyperlink(paragraph, "Connect Every Village", "https://example.org/cev")
    paragraph.add_run(" (see ")
    _add_hyperlink(paragraph, "Annex 2", None, anchor="annex2")
    paragraph.add_run(").")
    buffer = io.BytesIO()
    document.save(buffer)
    result = extract_text(buffer.getvalue(), "report.docx")
    assert (
        result.text
        == "Our flagship is Digital Marendia 2030, run with Connect Every Village (see Annex 2).\n"
    )
    assert result.link_texts == ("Digital Marendia 2030", "Connect Every Village")
    source = (
        "We run [eTrade for all](https://etradeforall.org) and [*Cyber-Safe Merchant*](https://x.org/c).\n"
    )
    result = extract_text(source.encode(), "report.md")
    assert result.text == "We run eTrade for all and Cyber-Safe Merchant.\n"
    assert result.link_texts == ("eTrade for all", "Cyber-Safe Merchant")


def test_word_text_inside_tracked_insertions_content_controls_fields_and_text_boxes() -> None:
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    w = nsdecls("w")
    mc = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
    document = docx.Document()
    paragraph = document.add_paragraph("We trained ")
    paragraph._p.append(
        parse_xml(
            f'<w:ins {w} w:id="1" w:author="A"><w:r><w:t xml:space="preserve">1,200 teachers </w:t></w:r></w:ins>'
        )
    )
    paragraph._p.append(
        parse_xml(
            f'<w:del {w} w:id="2" w:author="A"><w:r><w:delText xml:space="preserve">900 </w:delText></w:r></w:del>'
        )
    )
    paragraph.add_run("in 2025.")
    # a box of key figures anchored in a paragraph, kept twice as drawings do (choice and fallback)
    box = "<w:txbxContent><w:p><w:r><w:t>Key figure: 14 countries</w:t></w:r></w:p></w:txbxContent>"
    paragraph._p.append(
        parse_xml(
            f'<w:r {w} {mc}><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>{box}</w:drawing>'
            f"</mc:Choice><mc:Fallback><w:pict>{box}</w:pict></mc:Fallback></mc:AlternateContent></w:r>"
        )
    )
    body = document.element.body
    body.insert(
        len(body) - 1,
        parse_xml(
            f"<w:sdt {w}><w:sdtPr/><w:sdtContent><w:p><w:r><w:t>An answer in a content control.</w:t></w:r>"
            "</w:p></w:sdtContent></w:sdt>"
        ),
    )
    label = document.add_paragraph("Name of entity: ")
    label._p.append(
        parse_xml(
            f"<w:sdt {w}><w:sdtPr/><w:sdtContent><w:r><w:t>Kelp Institute</w:t></w:r></w:sdtContent></w:sdt>"
        )
    )
    field = document.add_paragraph("See ")
    field._p.append(
        parse_xml(
            f'<w:fldSimple {w} w:instr="HYPERLINK &quot;https://x.org&quot;"><w:r><w:t>the Open Atlas</w:t></w:r></w:fldSimple>'
        )
    )
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "Entity"
    table.rows[0].cells[1]._tc.append(
        parse_xml(
            f"<w:sdt {w}><w:sdtPr/><w:sdtContent><w:p><w:r><w:t>Kelp Institute</w:t></w:r></w:p></w:sdtContent></w:sdt>"
        )
    )
    buffer = io.BytesIO()
    document.save(buffer)
    assert extract_text(buffer.getvalue(), "report.docx").text == (
        "We trained 1,200 teachers in 2025.\n\nKey figure: 14 countries\n\nAn answer in a content control.\n\n"
        "Name of entity: Kelp Institute\n\nSee the Open Atlas\n\nEntity | Kelp Institute\n"
    )


def test_a_note_mark_glued_to_a_word_goes_when_the_page_foot_holds_the_note() -> None:
    pdf = FPDF()
    pdf.set_font("Helvetica", size=11)
    pdf.add_page()
    pdf.multi_cell(
        0,
        6,
        new_x="LMARGIN",
        new_y="NEXT",
        text="The entry into force of the Digital Economy Act2 gave the country a framework.",
    )
    pdf.multi_cell(
        0,
        6,
        new_x="LMARGIN",
        new_y="NEXT",
        text="The Sharing Regulations3, gazetted in March, oblige operators to share towers.",
    )
    for _ in range(12):
        pdf.multi_cell(
            0,
            6,
            new_x="LMARGIN",
            new_y="NEXT",
            text="Operators reported their tower sites to the regulator every quarter.",
        )
    pdf.set_y(-45)
    pdf.multi_cell(
        0,
        5,
        new_x="LMARGIN",
        new_y="NEXT",
        text="2 Digital Economy Act (Act No. 12 of 2024), Official Gazette.",
    )
    pdf.multi_cell(0, 5, new_x="LMARGIN", new_y="NEXT", text="3 Gazette notice 41 of 2025.")
    pdf.add_page()
    pdf.multi_cell(
        0, 6, new_x="LMARGIN", new_y="NEXT", text="Start-ups building Web3 tools joined the sandbox."
    )
    text = extract_text(bytes(pdf.output()), "report.pdf").text
    assert "Digital Economy Act gave" in text
    assert "Sharing Regulations, gazetted" in text
    assert "2 Digital Economy Act (Act No. 12 of 2024)" in text  # the note itself keeps its number
    assert "Web3 tools" in text  # a page without notes keeps a word's digits


def test_word_footnotes_and_endnotes_are_read_as_notes_and_comments_are_not() -> None:
    document = docx.Document()
    first = document.add_paragraph("Broadband reached 93 per cent of schools.")
    note_reference(first, "footnote", 5)  # Word numbers notes in the order the text refers to them
    second = document.add_paragraph("The Fund paid for 14 sites.")
    note_reference(second, "footnote", 2)
    note_reference(second, "endnote", 1)
    add_word_notes(
        document,
        "footnote",
        {
            2: "The Fund is financed by a levy of 1.5 per cent.",
            5: "ITU, Facts and Figures 2025, https://itu.int/ff.",
        },
    )
    add_word_notes(document, "endnote", {1: "This component contributes to SDG target 9.c."})
    add_word_comment(document, second, "Check the figure with finance - was it 1,200?")
    buffer = io.BytesIO()
    document.save(buffer)
    assert extract_text(buffer.getvalue(), "report.docx").text == (
        "Broadband reached 93 per cent of schools.\n\nThe Fund paid for 14 sites.\n\nFootnotes\n\n"
        "1 ITU, Facts and Figures 2025, https://itu.int/ff.\n\n2 The Fund is financed by a levy of 1.5 per cent.\n\n"
        "Endnotes\n\n1 This component contributes to SDG target 9.c.\n"
    )


def test_a_damaged_notes_part_loses_the_notes_not_the_document() -> None:
    from docx.opc.constants import CONTENT_TYPE, RELATIONSHIP_TYPE
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    document = docx.Document()
    document.add_paragraph("We trained 40 teachers.")
    part = Part(
        PackURI("/word/footnotes.xml"), CONTENT_TYPE.WML_FOOTNOTES, b"<w:footnotes", document.part.package
    )
    document.part.relate_to(part, RELATIONSHIP_TYPE.FOOTNOTES)
    buffer = io.BytesIO()
    document.save(buffer)
    assert extract_text(buffer.getvalue(), "report.docx").text == "We trained 40 teachers.\n"


_PAGE_TWO = (
    "Ministry of Digital Economy | Contribution to the CSTD 2026\n\n"
    "3.4 C5 - Building confidence and security in the use of ICTs\n"
    "The national response team handled 2,730 incidents during the year and held\n"
    "its first national cyber drill, in which 31 institutions from the financial,\n"
    "energy and health sectors took part, and audited the security of three applica-\n"
    "tions.\n\n"
    "                                       2\n"
)


def test_text_copied_out_of_a_pdf_is_read_as_its_pages() -> None:
    first = (
        "Ministry of Digital Economy | Contribution to the CSTD 2026\n\n"
        "1. EXECUTIVE SUMMARY\nThe Ministry reports on Action Lines C1, C2 and C5 for the fiscal year\n"
        "2024/25, which ran from 1 July 2024 to 30 June 2025.\n\n"
        "                                       1\n"
    )
    result = extract_text(f"{first}\f{_PAGE_TWO}".encode(), "ministry.txt")
    assert result.text == (
        "1. EXECUTIVE SUMMARY\nThe Ministry reports on Action Lines C1, C2 and C5 for the fiscal year 2024/25, "
        "which ran from 1 July 2024 to 30 June 2025.\n\n"
        "3.4 C5 - Building confidence and security in the use of ICTs\n"
        "The national response team handled 2,730 incidents during the year and held its first national "
        "cyber drill, in which 31 institutions from the financial, energy and health sectors took part, and "
        "audited the security of three applications.\n"
    )
    assert (result.format, result.page_starts) == ("txt", [0, result.text.index("3.4 C5")])
    # one page with a form feed at its end is plain text, kept as it is
    assert extract_text(f"{_PAGE_TWO}\f".encode(), "ministry.txt").text == f"{_PAGE_TWO}\n\n"


def test_a_table_copied_out_of_a_pdf_keeps_its_header_under_a_rule_and_its_wrapped_dates() -> None:
    table = (
        "Table 2. Main activities and events\n"
        "Date           Activity                      Location      Partner(s)\n"
        "------------------------------------------------------------------------------\n"
        "18 Sep 2024    Validation workshop,          Kestra City   United Nations\n"
        "               mid-term review of the                      Development\n"
        "               National Digital                            Programme\n"
        "               Transformation Strategy\n"
        "19-23 May      Digital Skills Week           All           Kestrava Chamber of\n"
        "2025                                         provinces     Commerce and Industry\n"
    )
    text = extract_text(f"{_PAGE_TWO}\f{table}".encode(), "ministry.txt").text
    assert text.endswith(
        "Table 2. Main activities and events\nDate | Activity | Location | Partner(s)\n"
        "18 Sep 2024 | Validation workshop, mid-term review of the National Digital Transformation Strategy | "
        "Kestra City | United Nations Development Programme\n"
        "19-23 May 2025 | Digital Skills Week | All provinces | Kestrava Chamber of Commerce and Industry\n"
    )


def test_markdowns_html_comments_go_and_its_html_tables_read_as_rows() -> None:
    source = (
        "# Contribution\n\n<!-- TODO: confirm the 41% figure\nwith the Lagos office; draft said 52% -->\n\n"
        "The activities:\n\n<table>\n  <tr><th>Date</th><th>Activity</th><th>Partners</th></tr>\n"
        "  <tr><td>10-14 February 2025</td><td>Peering Academy\n  cohort 1</td>"
        "<td>WACREN<br>Internet Society &amp; Africa CERT</td></tr>\n</table>\n\nAfter the table.\n"
    )
    assert extract_text(source.encode(), "kb.md").text == (
        "Contribution\n\nThe activities:\n\nDate | Activity | Partners\n"
        "10-14 February 2025 | Peering Academy cohort 1 | WACREN; Internet Society & Africa CERT\n\nAfter the table.\n"
    )


def test_markdowns_escaped_characters_are_the_characters_and_no_markup() -> None:
    source = "Prepared for the twenty\\-ninth session\n\n1\\. Results: \\*provisional\\* and **final**, [a\\_b](https://x.org)\n"
    assert extract_text(source.encode(), "export.md").text == (
        "Prepared for the twenty-ninth session\n\n1. Results: *provisional* and final, a_b\n"
    )


def test_a_tables_headings_wrapped_onto_a_second_line_stay_in_its_header() -> None:
    lines = [
        "Programme       Country            Partners                         New sites     Reached",
        "                                                                    in 2025",
        "",
        "                                   Amref Health Africa; SunRoot",
        "ClinicLink      Kenya and Uganda   Energy Cooperative               47            38,900 patients",
        "",
        "OpenSky Wi-Fi   Uganda             Moroto District Local            34            15,700 users",
        "                                   Government",
    ]
    assert layout_tables(lines) == [
        "Programme | Country | Partners | New sites in 2025 | Reached",
        "ClinicLink | Kenya and Uganda | Amref Health Africa; SunRoot Energy Cooperative | 47 | 38,900 patients",
        "OpenSky Wi-Fi | Uganda | Moroto District Local Government | 34 | 15,700 users",
    ]


def test_a_word_files_page_headers_stand_above_its_body_once_each() -> None:
    """A letterhead written only in the page header names the submitter and the session; the
    first page's header and the others' are read, a page number is not."""
    document = docx.Document()
    section = document.sections[0]
    section.different_first_page_header_footer = True
    section.first_page_header.paragraphs[0].text = "Kestrel Digital Industries Association"
    section.first_page_header.add_paragraph("Contribution to the 29th session of the CSTD")
    section.header.paragraphs[0].text = "Kestrel Digital Industries Association"
    section.header.add_paragraph("7")
    section.footer.paragraphs[0].text = "Kestrel House, 4 Quay Road"
    document.add_paragraph("Reporting period: January to December 2025")
    buffer = io.BytesIO()
    document.save(buffer)
    assert extract_text(buffer.getvalue(), "kdia.docx").text == (
        "Kestrel Digital Industries Association\n\nContribution to the 29th session of the CSTD\n\n"
        "Reporting period: January to December 2025\n"
    )


def test_a_running_footer_under_two_columns_is_no_part_of_the_right_column() -> None:
    """ "SSEC - Regional progress ... Page 1" at the foot of every page spans both columns' places:
    it is dropped as a running footer, not read as "Page 1" inside the right column's sentence,
    which goes on at the top of the next page."""
    flowing = (
        "The Cross-Border e-Trade Portal went live in March 2025 at 14 border crossings, where small "
        "traders now file customs declarations and certificates of origin online instead of queuing at "
        "the border post, and by the end of the fiscal year 4,600 traders",
        "had registered on it, more than half of them women who trade in farm produce and textiles "
        "across the region's busiest land borders and lake ports.",
    )
    other = (
        "The Secretariat trained 620 secondary school teachers in six member States, with a course on "
        "computational thinking that the teachers then gave to their own pupils in the second term of "
        "the school year."
    )
    pages = ((LEFT_COLUMN, flowing[0]), (flowing[1], other))
    pdf = FPDF()
    pdf.set_font("Helvetica", size=10)
    pdf.set_auto_page_break(False)
    for number, (left, right) in enumerate(pages, 1):
        pdf.add_page()
        pdf.set_y(20)
        _set_in_two_columns(pdf, (left,), (right,), 6)
        pdf.set_xy(10, 280)
        pdf.cell(150, 5, "SSEC - Regional progress on WSIS implementation, FY 2024/25")
        pdf.set_xy(180, 280)
        pdf.cell(20, 5, f"Page {number}")
    text = extract_text(bytes(pdf.output()), "ssec.pdf").text
    assert text == f"{LEFT_COLUMN}\n\n{flowing[0]} {flowing[1]}\n\n{other}\n"


def test_a_pdf_page_with_nothing_but_its_running_header_and_footer_is_left_out() -> None:
    body = {1: "In 2025 the Authority connected 57 schools.", 3: "Its help desk answered 3,410 complaints."}
    pdf = FPDF()
    pdf.set_font("Helvetica", size=10)
    pdf.set_auto_page_break(False)
    for number in (1, 2, 3):
        pdf.add_page()
        pdf.cell(0, 5, "Kelp Authority - WSIS report 2025", new_x="LMARGIN", new_y="NEXT")
        if number != 2:  # the second page is left blank
            pdf.multi_cell(0, 5, body[number])
        pdf.set_y(280)
        pdf.cell(0, 5, f"Page {number}")
    result = extract_text(bytes(pdf.output()), "kelp.pdf")
    assert result.text == f"{body[1]}\n\n{body[3]}\n"
    assert result.page_starts == [0, 43, 45]  # the blank page starts and ends where the first one ends


def _questionnaire_pdf_bytes() -> bytes:
    """A questionnaire answered in a PDF table of two columns, each answer wrapping over lines
    beside its question, as fpdf2 draws a table."""
    pdf = FPDF()
    pdf.set_font("Helvetica", size=10)
    pdf.add_page()
    pdf.multi_cell(
        0,
        5,
        "Contribution of the Kelp Programme to the 29th session of the CSTD",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(4)
    with pdf.table(col_widths=(30, 70), first_row_as_headings=False, line_height=4.5) as table:
        for question, response in (
            ("Question", "Response"),
            ("1. Title", "Digital Public Infrastructure for Inclusion, 2023-2027."),
            (
                "2. Which SDGs does the programme serve?",
                "SDG 16 - target 16.9 (legal identity for all, including birth registration): digital ID and "
                "civil registration in nine countries of the region.",
            ),
            (
                "3. Which SDGs were considered but are not served?",
                "SDG 3 (Good health and well-being): a health-data module was considered in the design phase "
                "but excluded for lack of a legal basis.",
            ),
        ):
            row = table.row()
            row.cell(question)
            row.cell(response)
    return bytes(pdf.output())


def test_a_pdf_questionnaire_of_two_columns_is_read_row_by_row() -> None:
    text = extract_text(_questionnaire_pdf_bytes(), "kelp.pdf").text
    assert text.split("\n")[2:6] == [
        "Question | Response",
        "1. Title | Digital Public Infrastructure for Inclusion, 2023-2027.",
        "2. Which SDGs does the programme serve? | SDG 16 - target 16.9 (legal identity for all, including birth "
        "registration): digital ID and civil registration in nine countries of the region.",
        "3. Which SDGs were considered but are not served? | SDG 3 (Good health and well-being): a health-data "
        "module was considered in the design phase but excluded for lack of a legal basis.",
    ]
    data = extract_document(_questionnaire_pdf_bytes(), "kelp.pdf", infer_sdgs=False).data
    assert [(g["goal"], g["basis"]) for g in data["sdg_goals"]] == [(16, "stated"), (3, "negated")]


def test_layout_tables_read_rows_between_blank_lines_whose_first_cell_and_status_wrap() -> None:
    from wsislens.extract.text import layout_tables

    # each row between blank lines, its first cell wrapped in lower case and its status over four lines
    goals = [
        "Goal                      Target     Contribution                                     Status",
        "",
        "The Goal 4 (quality                  Academy of Digital Skills: 58,000 trainees",
        "education)                4.4        in 2024; professional certificates.              Ongoing",
        "",
        "                                                                                      Discontinued in",
        "The Goal 8 (decent                   Portal of electronic commerce for the            2023 (merged into",
        "work and economic         8.3        small and medium enterprises.                    the programmes of",
        "growth)                                                                               the Ministry)",
        "",
        "The Goal 5 (gender        5.b        Programme of women leaders in the                Planned – launch in",
        "equality)                            technology sector.                               2026",
    ]
    assert layout_tables(goals) == [
        "Goal | Target | Contribution | Status",
        "The Goal 4 (quality education) | 4.4 | Academy of Digital Skills: 58,000 trainees in 2024; professional "
        "certificates. | Ongoing",
        "The Goal 8 (decent work and economic growth) | 8.3 | Portal of electronic commerce for the small and medium "
        "enterprises. | Discontinued in 2023 (merged into the programmes of the Ministry)",
        "The Goal 5 (gender equality) | 5.b | Programme of women leaders in the technology sector. | Planned – launch "
        "in 2026",
    ]


def test_layout_tables_read_a_row_between_blank_lines_whose_cells_all_wrap_beside_one_status() -> None:
    from wsislens.extract.text import layout_tables

    # every cell wraps over several lines, each line filling most columns; the status stands on one line
    goals = [
        "SDG                  Target                            Contribution of the Office           Status",
        "",
        "                     4.4 – increase the number         Digital Mentors sessions and the",
        "SDG 4                of youth and adults with          library coding clubs; 5,800",
        "Quality              relevant skills, including ICT    residents supported                  Ongoing",
        "education            skills, for employment",
        "",
        "SDG 9                9.c – increase access to ICT      Varnholm Connects hotspots, free of",
        "Industry,            and provide universal and         charge and without registration",
        "innovation and       affordable access to the          of all eleven districts              Ongoing",
        "infrastructure       Internet",
    ]
    assert layout_tables(goals) == [
        "SDG | Target | Contribution of the Office | Status",
        "SDG 4 Quality education | 4.4 – increase the number of youth and adults with relevant skills, including ICT "
        "skills, for employment | Digital Mentors sessions and the library coding clubs; 5,800 residents supported "
        "| Ongoing",
        "SDG 9 Industry, innovation and infrastructure | 9.c – increase access to ICT and provide universal and "
        "affordable access to the Internet | Varnholm Connects hotspots, free of charge and without registration "
        "of all eleven districts | Ongoing",
    ]
