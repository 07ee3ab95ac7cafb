"""Word files for the tests: the parts python-docx cannot write (footnotes, endnotes, comments), a
table filled from rows, and the draft ingestion reads from a document."""

from __future__ import annotations

import io

from wsislens.ingest import extract_document


def note_reference(paragraph, kind: str, note_id: int) -> None:
    """A footnote's (or endnote's) raised mark at the end of a paragraph."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    paragraph._p.append(
        parse_xml(
            f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
            f'<w:{kind}Reference w:id="{note_id}"/></w:r>'
        )
    )


def add_word_notes(document, kind: str, notes: dict[int, str]) -> None:
    """Give a python-docx document a real footnotes (or endnotes) part: Word's two separators, then
    the notes by id, each a paragraph opening with its mark."""
    from docx.opc.constants import CONTENT_TYPE, RELATIONSHIP_TYPE
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml.ns import nsdecls

    items = [
        f'<w:{kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{kind}>',
        f'<w:{kind} w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r>'
        f"</w:p></w:{kind}>",
    ] + [
        f'<w:{kind} w:id="{i}"><w:p><w:r><w:{kind}Ref/></w:r><w:r><w:t xml:space="preserve"> {text}</w:t></w:r>'
        f"</w:p></w:{kind}>"
        for i, text in notes.items()
    ]
    blob = f"<w:{kind}s {nsdecls('w')}>{''.join(items)}</w:{kind}s>".encode()
    content_type = {"footnote": CONTENT_TYPE.WML_FOOTNOTES, "endnote": CONTENT_TYPE.WML_ENDNOTES}[kind]
    reltype = {"footnote": RELATIONSHIP_TYPE.FOOTNOTES, "endnote": RELATIONSHIP_TYPE.ENDNOTES}[kind]
    part = Part(PackURI(f"/word/{kind}s.xml"), content_type, blob, document.part.package)
    document.part.relate_to(part, reltype)


def add_word_comment(document, paragraph, text: str) -> None:
    """A reviewer's comment on a paragraph, in a real comments part."""
    from docx.opc.constants import CONTENT_TYPE, RELATIONSHIP_TYPE
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    w = nsdecls("w")
    paragraph._p.insert(0, parse_xml(f'<w:commentRangeStart {w} w:id="0"/>'))
    paragraph._p.append(parse_xml(f'<w:commentRangeEnd {w} w:id="0"/>'))
    paragraph._p.append(parse_xml(f'<w:r {w}><w:commentReference w:id="0"/></w:r>'))
    blob = f'<w:comments {w}><w:comment w:id="0" w:author="R"><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:comment></w:comments>'
    part = Part(
        PackURI("/word/comments.xml"), CONTENT_TYPE.WML_COMMENTS, blob.encode(), document.part.package
    )
    document.part.relate_to(part, RELATIONSHIP_TYPE.COMMENTS)


def add_filled_table(document, rows: tuple[tuple[str, ...], ...]):
    """A Word table holding `rows` of cell texts, the first row its header."""
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for cells, values in zip(table.rows, rows, strict=True):
        for cell, value in zip(cells.cells, values, strict=True):
            cell.text = value
    return table


def word_draft(document, name: str):
    """The draft that ingestion reads from `document` saved as a Word file named `name` (no inference)."""
    buffer = io.BytesIO()
    document.save(buffer)
    return extract_document(buffer.getvalue(), name, infer_sdgs=False)
