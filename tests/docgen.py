"""Generate test documents (PDF, DOCX, text) from the real sample texts.

The corpus in `data/samples` is plain text; tests of loaders, chunking and the
pipeline need the same content as PDF and DOCX files, with known page numbers.
Everything here is deterministic except DOCX bytes (python-docx stamps zip entries
with the current time), so compare DOCX documents by text, not by content hash.

Typical use:

    pages = split_into_pages(sample_text("cremosano_piao-2026-2028_valore-pubblico.txt"), 4)
    pdf_path = make_pdf(pages, tmp_path / "piao.pdf")
    docx_path = make_docx(pages, tmp_path / "piao.docx", table_rows=[["A", "B"], ["1", "2"]])

PDF text goes through `pdf_safe_text` (the core Helvetica font is latin-1 only), so
compare a PDF's extracted text with `pdf_safe_text(original)`, never the original.
"""

from __future__ import annotations

import datetime as dt
import io
import math
import re
import unicodedata
from collections.abc import Collection, Sequence
from pathlib import Path

import docx
from docx.document import Document as DocxDocument
from fpdf import FPDF
from PIL import Image, ImageDraw
from pypdf import PdfReader, PdfWriter

from ingest.models import LoadedDocument, Page, sha256_bytes

SAMPLES_DIR = Path(__file__).resolve().parent.parent / "data" / "samples"

# Fixed so that the same input gives byte-identical PDFs (stable content hashes).
_PDF_DATE = dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc)
PDF_FONT_SIZE = 10
PDF_LINE_HEIGHT_MM = 5.0
PDF_TAB = "    "

# Typographic characters common in Italian office documents, outside latin-1.
_PDF_REPLACEMENTS = {
    "\u2018": "'",  # ‘
    "\u2019": "'",  # ’
    "\u201a": ",",  # ‚
    "\u201c": '"',  # “
    "\u201d": '"',  # ”
    "\u201e": '"',  # „
    "\u2013": "-",  # –
    "\u2014": "-",  # —
    "\u2026": "...",  # …
    "\u2039": "<",  # ‹
    "\u203a": ">",  # ›
    "\u2022": "-",  # •
    "\u20ac": "EUR",  # €
    "\u00a0": " ",  # no-break space: extractors render it inconsistently
    "\t": PDF_TAB,  # Helvetica has no tab glyph
}
# Characters python-docx refuses (not allowed in XML 1.0).
_XML_INVALID = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def load_txt(path: Path) -> LoadedDocument:
    """A plain-text file as a one-page LoadedDocument, without the loader under test."""
    text = path.read_text(encoding="utf-8")
    return LoadedDocument(
        file_name=path.name,
        source_path=str(path),
        content_hash=sha256_bytes(path.read_bytes()),
        text=text,
        pages=(Page(number=1, text=text, char_start=0),),
    )


def sample_text(name: str) -> str:
    """The text of a sample file in `data/samples` (UTF-8)."""
    return (SAMPLES_DIR / name).read_text(encoding="utf-8")


def split_into_pages(
    text: str, n_pages: int, *, max_lines: int = 40, line_width: int = 80
) -> list[str]:
    """Cut the beginning of `text` into `n_pages` page-sized pieces.

    Each piece is a verbatim slice of `text` (pieces are in order; only the blank
    lines between them are skipped), starts at a non-blank line and ends at a line
    end. A piece holds at most `max_lines` lines once long lines are wrapped at
    `line_width` characters, which fits one PDF page of `make_pdf`; a single line
    longer than that is cut at a space.

    Raises:
        ValueError: `text` has not enough content for `n_pages` pieces.
    """
    if n_pages < 1:
        raise ValueError("n_pages must be >= 1")
    budget = max_lines * line_width
    pages: list[str] = []
    pos = 0
    while len(pages) < n_pages:
        pos = _skip_blank_lines(text, pos)
        if pos >= len(text):
            raise ValueError(f"text too short for {n_pages} pages (got {len(pages)})")
        end = _page_end(text, pos, max_lines, line_width, budget)
        pages.append(text[pos:end])
        pos = end + 1  # past the newline, or the space where a long line was cut
    return pages


def _skip_blank_lines(text: str, pos: int) -> int:
    while pos < len(text):
        line_end = text.find("\n", pos)
        line_end = len(text) if line_end == -1 else line_end
        if text[pos:line_end].strip():
            return pos
        pos = line_end + 1
    return pos


def _page_end(text: str, pos: int, max_lines: int, line_width: int, budget: int) -> int:
    """End offset (exclusive, before the newline) of the page starting at `pos`."""
    used = 0
    end = pos
    cursor = pos
    while cursor < len(text):
        line_end = text.find("\n", cursor)
        line_end = len(text) if line_end == -1 else line_end
        line = text[cursor:line_end].expandtabs(len(PDF_TAB))
        cost = max(1, math.ceil(len(line) / line_width))
        if used + cost > max_lines:
            if end == pos:  # one huge line: cut it at a space
                cut = text.rfind(" ", cursor, cursor + budget // 2)
                return cut if cut > cursor else cursor + budget // 2
            break
        used += cost
        end = line_end
        cursor = line_end + 1
    return end


def pdf_safe_text(text: str) -> str:
    """`text` as written into a generated PDF: latin-1 only, tabs as spaces."""
    for char, replacement in _PDF_REPLACEMENTS.items():
        text = text.replace(char, replacement)
    return "".join(_to_latin1(char) for char in text)


def _to_latin1(char: str) -> str:
    if ord(char) < 256:
        return char
    # Accented letters outside latin-1 decompose to a base letter + accent.
    base = unicodedata.normalize("NFKD", char).encode("latin-1", errors="ignore").decode()
    return base or "?"


def render_pdf(text_pages: Sequence[str], *, allow_overflow: bool = False) -> bytes:
    """The bytes of a PDF with each string starting on a new A4 page.

    An empty string gives a blank page. Raises ValueError when a string does not
    fit its page, unless `allow_overflow` (then it continues on the next pages and
    PDF page numbers no longer match the string indexes).
    """
    pdf = FPDF(format="A4", unit="mm")
    pdf.set_creation_date(_PDF_DATE)
    pdf.set_margins(left=10, top=10, right=10)
    pdf.set_auto_page_break(auto=True, margin=15)
    pdf.set_font("Helvetica", size=PDF_FONT_SIZE)
    for index, page_text in enumerate(text_pages):
        pdf.add_page()
        first_page = pdf.page_no()
        if page_text:
            pdf.multi_cell(w=0, h=PDF_LINE_HEIGHT_MM, text=pdf_safe_text(page_text))
        if pdf.page_no() != first_page and not allow_overflow:
            raise ValueError(
                f"page string {index} does not fit one PDF page: shorten it "
                "(see split_into_pages) or pass allow_overflow=True"
            )
    return bytes(pdf.output())


def make_pdf(text_pages: Sequence[str], path: Path, *, allow_overflow: bool = False) -> Path:
    """Write a text PDF where `text_pages[i]` is on page i + 1 (see `render_pdf`)."""
    path = Path(path)
    path.write_bytes(render_pdf(text_pages, allow_overflow=allow_overflow))
    return path


def make_encrypted_pdf(
    path: Path,
    *,
    user_password: str = "segreto",
    owner_password: str = "proprietario",
    text_pages: Sequence[str] = ("Documento riservato del Comune.",),
) -> Path:
    """Write an encrypted text PDF.

    With the default non-empty `user_password` the file cannot be opened without
    it; with `user_password=""` it opens freely and only permissions are
    restricted (owner password), like many PDFs published by public bodies.
    RC4-128 is used because AES needs the optional `cryptography` package.
    """
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(render_pdf(text_pages))))
    writer.encrypt(
        user_password=user_password, owner_password=owner_password, algorithm="RC4-128"
    )
    path = Path(path)
    with path.open("wb") as handle:
        writer.write(handle)
    return path


def make_scanned_pdf(path: Path, n_pages: int = 2) -> Path:
    """Write a PDF whose pages hold only an image and drawings: no text layer.

    This is what a scanner produces; loaders must ask for OCR.
    """
    pdf = FPDF(format="A4", unit="mm")
    pdf.set_creation_date(_PDF_DATE)
    for _ in range(n_pages):
        pdf.add_page()
        pdf.image(_fake_scan_image(), x=10, y=10, w=190)
        pdf.set_draw_color(40, 40, 40)
        pdf.rect(x=10, y=150, w=190, h=60)
        for offset in range(0, 60, 6):
            pdf.line(x1=15, y1=155 + offset, x2=195, y2=155 + offset)
    path = Path(path)
    pdf.output(str(path))
    return path


def _fake_scan_image() -> Image.Image:
    """A grey page with dark bars where a scan would show lines of text."""
    image = Image.new("L", (600, 400), color=235)
    draw = ImageDraw.Draw(image)
    for row in range(20, 380, 24):
        draw.rectangle((30, row, 570 - (row * 7) % 200, row + 10), fill=60)
    return image


def make_docx(
    pages: Sequence[str],
    path: Path,
    table_rows: Sequence[Sequence[str]] | None = None,
    *,
    table_page: int = 1,
    heading_lines: Collection[str] = (),
) -> Path:
    """Write a DOCX with a hard page break between consecutive `pages`.

    Every line of a page becomes one paragraph (tabs kept as Word tabs), so a
    loader that joins paragraphs with "\\n" gets each page string back verbatim.
    Lines equal to one of `heading_lines` get the "Heading 1" style. If
    `table_rows` is given, a table with those rows is added at the end of page
    `table_page` (1-based), after its paragraphs.
    """
    if table_rows is not None and not 1 <= table_page <= len(pages):
        raise ValueError(f"table_page must be in 1..{len(pages)}, got {table_page}")
    document = docx.Document()
    for number, page_text in enumerate(pages, start=1):
        if number > 1:
            document.add_page_break()
        for line in page_text.split("\n"):
            style = "Heading 1" if line in heading_lines else None
            document.add_paragraph(_XML_INVALID.sub("", line), style=style)
        if table_rows is not None and number == table_page:
            _add_table(document, table_rows)
    path = Path(path)
    document.save(str(path))
    return path


def _add_table(document: DocxDocument, rows: Sequence[Sequence[str]]) -> None:
    n_cols = max(len(row) for row in rows)
    table = document.add_table(rows=len(rows), cols=n_cols)
    table.style = "Table Grid"
    for row, values in zip(table.rows, rows, strict=True):
        for cell, value in zip(row.cells, values, strict=False):
            cell.text = _XML_INVALID.sub("", value)


def make_text_file(
    pages: Sequence[str], path: Path, *, encoding: str = "utf-8", newline: str = "\n"
) -> Path:
    """Write a text file with pages separated by form feeds, as pdftotext does."""
    text = "\f".join(pages).replace("\n", newline)
    path = Path(path)
    path.write_bytes(text.encode(encoding))
    return path


def render_table_pdf(
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    *,
    title: str = "Obiettivi di performance",
    running_header: str = "Comune di Prova - PIAO 2025-2027",
    widths: Sequence[float] | None = None,
    ruled: bool = True,
    landscape: bool = True,
    markdown: bool = False,
) -> bytes:
    """A plan page set as a word processor exports it: a bold title in a larger font,
    a table (ruled or not) whose long cells wrap and which continues over pages with
    its header row repeated, and a running header and "pag. N di M" footer."""

    class _Pdf(FPDF):
        def header(self) -> None:
            self.set_font("Helvetica", size=8)
            self.cell(0, 5, pdf_safe_text(running_header), align="R")
            self.ln(8)

        def footer(self) -> None:
            self.set_y(-12)
            self.set_font("Helvetica", size=8)
            self.cell(0, 5, f"pag. {self.page_no()} di {{nb}}", align="C")

    pdf = _Pdf(orientation="L" if landscape else "P")
    pdf.set_creation_date(_PDF_DATE)
    pdf.set_auto_page_break(auto=True, margin=18)
    pdf.add_page()
    pdf.set_font("Helvetica", style="B", size=15)
    pdf.cell(0, 10, pdf_safe_text(title))
    pdf.ln(14)
    pdf.set_font("Helvetica", size=9)
    borders = "ALL" if ruled else "NONE"
    with pdf.table(
        col_widths=tuple(widths) if widths else None,
        borders_layout=borders,
        repeat_headings=1,
        line_height=5,
        first_row_as_headings=True,
        markdown=markdown,  # ("**Title** description": a cell's bold run, set in bold)
    ) as table:
        for values in [header, *rows]:
            row = table.row()
            for value in values:
                row.cell(pdf_safe_text(value))
    return bytes(pdf.output())
