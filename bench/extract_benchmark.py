"""Extraction benchmark: speed of one 10-page submission, and batch ingestion of 100 different
generated submissions (varied entities, templates, sentences and formats) into a scratch data
directory, with the progress bar shown.

Run from the repository root: `.venv/bin/python bench/extract_benchmark.py`.
"""

from __future__ import annotations

import io
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

ENTITIES = [
    ("Digital Bridges Foundation", "DBF", "civil_society"),
    ("Global Media Literacy Network", "GMLN", "civil_society"),
    ("Ministry of Digital Economy of Ruritania", None, "government"),
    ("Open Knowledge Institute", "OKI", "academia"),
    ("International Telecommunication Union", "ITU", "un_entity"),
    ("Association for Progressive Communications", "APC", "civil_society"),
    ("Tech for Good Alliance", "TGA", "civil_society"),
    ("University of Lakeside", None, "academia"),
    ("Connect Africa Coalition", "CAC", "civil_society"),
    ("Andean Telecom Corporation", None, "private_sector"),
    ("Women in ICT Association", "WICTA", "civil_society"),
    ("National Cybersecurity Authority of Freedonia", "NCAF", "government"),
]
PARTNERS = [
    "UNESCO",
    "UNICEF",
    "the World Bank",
    "UNDP",
    "the Internet Society (ISOC)",
    "ITU",
    "the African Union",
    "the Child Dignity Alliance",
    "the Alliance for Affordable Internet",
    "the Wikimedia Foundation",
    "Save the Children",
    "the OECD",
    "ESCAP",
    "the European Union",
]
PLACES = ["Nairobi", "Bangkok", "Lima", "Geneva", "Dakar", "Tunis", "Manila", "Quito"]
ORDINALS = {
    24: "Twenty-fourth",
    25: "Twenty-fifth",
    26: "Twenty-sixth",
    27: "Twenty-seventh",
    28: "Twenty-eighth",
}
ACTION_FORMS = [
    "Our work falls mainly under WSIS Action Line {a}.",
    "We contribute to action lines {a} and {b}.",
    'The programme supports Action Line {a} "{name}".',
    "Activities reported here relate to {a} and {b}.",
]
SENTENCES = [
    "In {month} {year}, we launched the {place} Digital Skills programme with {p1}, funded by {p2}.",
    "The {place} Forum on Digital Inclusion took place from {d1} to {d2} {month} {year} in {place}, hosted by {p1}.",
    "We work closely with {p1} and {p2} on open educational resources.",
    "More than {n} teachers in {w} countries were trained in digital literacy in {year}.",
    "By the end of {y2}, the initiative aims to connect {n} schools to broadband.",
    "Our strategy for {year}–{y3} was adopted in {month} {year} by the board.",
    "The lack of affordable connectivity remains the main obstacle for rural communities.",
    "Governments should invest in meaningful connectivity and digital skills for all.",
    "In Q{q} {year} the pandemic disrupted our training activities.",
    "We are a member of {p1} and contributed to the Global Digital Compact consultations.",
    "The project budget reached USD {m} million, co-funded by {p2}.",
    "About {pct}% of participants were women and girls.",
    "Cybersecurity awareness campaigns reached {n} young people in {w} countries.",
    "Our researchers published a study on e-government services in {year}.",
]
WORDS = ["three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve", "fifteen"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "September", "October", "November"]
CODES = {
    "C1": "The role of public governance authorities and all stakeholders in the promotion of ICTs for development",
    "C2": "Information and communication infrastructure",
    "C3": "Access to information and knowledge",
    "C4": "Capacity building",
    "C5": "Building confidence and security in the use of ICTs",
    "C6": "Enabling environment",
    "C8": "Cultural diversity and identity, linguistic diversity and local content",
    "C9": "Media",
    "C10": "Ethical dimensions of the Information Society",
    "C11": "International and regional cooperation",
}


def make_text(seed: int, paragraphs: int = 12) -> tuple[str, str]:
    """A submission in plain text (one paragraph per line) and its entity name."""
    rng = random.Random(seed)
    name, short, _ = ENTITIES[seed % len(ENTITIES)]
    session = rng.choice(list(ORDINALS))
    year = 2000 + session - 4
    lines = [
        "COMMISSION ON SCIENCE AND TECHNOLOGY FOR DEVELOPMENT (CSTD)",
        "",
        f"{ORDINALS[session]} session",
        "",
        f"Geneva, {rng.randint(10, 20)} April {year + 1}",
        "",
        "Submissions from entities in the United Nations system, international organizations and other "
        f"stakeholders on their efforts in {year} to implement the outcomes of the WSIS",
        "",
        "Submission by",
        "",
        f"{name}" + (f" ({short})" if short and seed % 3 == 0 else ""),
        "",
        'This submission was prepared as an input to the report of the UN Secretary-General on "Progress made in '
        'the implementation of and follow-up to the outcomes of the World Summit on the Information Society".',
        "",
        "Part One: An executive summary of activities undertaken by all stakeholders, progress made, and any "
        "obstacles encountered.",
        "",
    ]
    codes = rng.sample(list(CODES), 2)
    lines += [rng.choice(ACTION_FORMS).format(a=codes[0], b=codes[1], name=CODES[codes[0]]), ""]
    lines += [
        f"Our activities contribute to SDG {rng.randint(1, 17)} and target {rng.choice(['4.4', '9.c', '17.8', '5.b', '16.10'])}.",
        "",
    ]
    for _ in range(paragraphs):
        sentences = []
        for _ in range(rng.randint(3, 6)):
            template = rng.choice(SENTENCES)
            p1, p2 = rng.sample(PARTNERS, 2)
            sentences.append(
                template.format(
                    month=rng.choice(MONTHS),
                    year=rng.randint(2015, year),
                    y2=rng.randint(year + 1, 2030),
                    y3=rng.randint(year + 2, 2035),
                    place=rng.choice(PLACES),
                    p1=p1,
                    p2=p2,
                    d1=rng.randint(1, 9),
                    d2=rng.randint(10, 28),
                    n=rng.choice([120, 450, 1200, 3000, 25000]),
                    w=rng.choice(WORDS),
                    q=rng.randint(1, 4),
                    m=rng.choice([1.5, 2, 4.2, 12]),
                    pct=rng.randint(20, 70),
                )
            )
        lines += [" ".join(sentences), ""]
    return "\n".join(lines), name


def to_format(text: str, fmt: str) -> bytes:
    if fmt in ("txt", "md"):
        if fmt == "md":
            text = text.replace("Submission by", "## Submission by").replace("Part One:", "## Part One:")
        return text.encode("cp1252" if fmt == "txt" else "utf-8", errors="replace")
    if fmt == "docx":
        import docx

        document = docx.Document()
        for paragraph in text.split("\n\n"):
            if paragraph.strip():
                document.add_paragraph(paragraph.strip())
        table = document.add_table(rows=2, cols=2)
        table.cell(0, 0).text, table.cell(0, 1).text = "Project", "Partners"
        table.cell(1, 0).text, table.cell(1, 1).text = "Digital schools", "UNICEF, UNESCO"
        buffer = io.BytesIO()
        document.save(buffer)
        return buffer.getvalue()
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_auto_page_break(True, margin=20)
    pdf.set_font("Helvetica", size=10)

    def footer() -> None:
        pdf.set_y(-15)
        pdf.cell(0, 10, f"Page {pdf.page_no()}", align="C")

    pdf.footer = footer  # type: ignore[method-assign]
    pdf.add_page()
    for paragraph in text.split("\n\n"):
        clean = (
            paragraph.replace("–", "-")
            .replace("“", '"')
            .replace("”", '"')
            .encode("latin-1", "replace")
            .decode("latin-1")
        )
        pdf.multi_cell(0, 5, clean)
        pdf.ln(3)
    return bytes(pdf.output())


def main() -> int:
    from wsislens.extract import extract_draft
    from wsislens.ingest import ingest_files

    # warm the caches (reference files, SDG model, language profiles): startup is not processing time
    warm, _ = make_text(999, 2)
    extract_draft(warm.encode(), "warm.txt")

    long_text, _ = make_text(7, paragraphs=115)
    pdf_bytes = to_format(long_text, "pdf")
    from pypdf import PdfReader

    pages = len(PdfReader(io.BytesIO(pdf_bytes)).pages)
    timings = {}
    for fmt in ("txt", "docx", "pdf"):
        data = to_format(long_text, fmt)
        best = min(_timed(lambda data=data, fmt=fmt: extract_draft(data, f"long.{fmt}")) for _ in range(3))
        timings[fmt] = best
    print(f"single document: {len(long_text.split())} words, {pages} PDF pages", file=sys.stderr)
    for fmt, seconds in timings.items():
        print(f"  extract {fmt:<5} {seconds:.3f} s", file=sys.stderr)

    with tempfile.TemporaryDirectory(prefix="wsislens-bench-") as scratch:
        root = Path(scratch)
        inbox = root / "inbox"
        inbox.mkdir()
        formats = ["txt", "md", "docx", "pdf"]
        paths = []
        for i in range(100):
            text, _ = make_text(i, paragraphs=random.Random(i).randint(4, 10))
            fmt = formats[i % 4]
            path = inbox / f"submission-{i:03d}.{fmt}"
            path.write_bytes(to_format(text, fmt))
            paths.append(path)
        from tqdm import tqdm

        bar = tqdm(total=len(paths), unit="doc", file=sys.stderr, desc="Ingesting")
        counts = {"ok": 0, "failed": 0, "duplicate": 0}

        def on_file(_path, result, error) -> None:
            if error:
                counts["failed"] += 1
                tqdm.write(f"refused {_path.name}: {error}", file=sys.stderr)
            else:
                counts["duplicate" if result.status == "duplicate" else "ok"] += 1
            bar.update(1)

        started = time.perf_counter()
        ingest_files(paths, root / "data", on_file=on_file)
        elapsed = time.perf_counter() - started
        bar.close()
        stored = len(list((root / "data" / "submissions").glob("*.yaml")))
    print(
        f"batch: 100 documents in {elapsed:.1f} s ({counts['ok']} stored, {counts['duplicate']} duplicates, "
        f"{counts['failed']} refused; {stored} files)",
        file=sys.stderr,
    )
    print(f"extract_10_pages_seconds_pdf={timings['pdf']:.3f}")
    print(f"extract_10_pages_seconds_docx={timings['docx']:.3f}")
    print(f"extract_10_pages_seconds_txt={timings['txt']:.3f}")
    print(f"batch_100_documents_seconds={elapsed:.1f}")
    ok = max(timings.values()) < 1.0 and elapsed < 60 and counts["failed"] == 0
    return 0 if ok else 1


def _timed(function) -> float:
    started = time.perf_counter()
    function()
    return time.perf_counter() - started


if __name__ == "__main__":
    raise SystemExit(main())
