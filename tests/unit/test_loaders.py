"""Tests of `ingest.loaders`: text decoding, page tracking, and every refused input.

PDF and DOCX inputs are generated from the real sample texts by `tests.docgen`.
"""

from __future__ import annotations

import builtins
import hashlib
from pathlib import Path

import docx
import pytest
from docx.enum.section import WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from pypdf import PageObject
from pypdf._encryption import Encryption
from pypdf.errors import DependencyError

from ingest.errors import (
    CorruptFileError,
    EmptyDocumentError,
    EncryptedPdfError,
    FileTooLargeError,
    IngestError,
    NoTextLayerError,
    UnsupportedFormatError,
)
from ingest.loaders import MAX_FILE_BYTES, SUPPORTED_EXTENSIONS, load_document
from ingest.loaders import pdf_pages as pdf_loader
from ingest.models import PAGE_JOINER, LoadedDocument
from tests.docgen import (
    SAMPLES_DIR,
    make_docx,
    make_encrypted_pdf,
    make_pdf,
    make_scanned_pdf,
    make_text_file,
    pdf_safe_text,
    render_pdf,
    sample_text,
    split_into_pages,
)

pytestmark = pytest.mark.unit

CREMOSANO = "cremosano_piao-2026-2028_valore-pubblico.txt"
MAGNAGO = "cassano-magnago_piao-2025-2027_obiettivi-operativi.txt"
MAGENTINO = "magentino_piao-2024-2026_obiettivi-dup.txt"
SAMPLE_FILES = sorted(SAMPLES_DIR.glob("*.txt"))

ITALIAN = "Perché è già l’attività del Comune: àèìòù.\nSeconda riga, più breve.\n"
MARKER = "Indicatore di controllo: pagina tre"


def assert_page_contract(doc: LoadedDocument) -> None:
    """The invariant every later step relies on."""
    assert doc.pages, "a loaded document has at least one page"
    assert doc.text == PAGE_JOINER.join(page.text for page in doc.pages)
    for number, page in enumerate(doc.pages, start=1):
        assert page.number == number
        assert doc.text[page.char_start : page.char_start + len(page.text)] == page.text
        assert doc.page_at(page.char_start) == number


def pdf_opening(source: str) -> str:
    """The start of a page string as a PDF shows it: its first line, too short to wrap."""
    return pdf_safe_text(source.splitlines()[0])[:40]


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


# --------------------------------------------------------------------------- text files


def test_supported_extensions_and_limit() -> None:
    assert SUPPORTED_EXTENSIONS == (".txt", ".md", ".pdf", ".docx", ".csv")
    assert MAX_FILE_BYTES == 50 * 1024 * 1024


def test_utf8_text_keeps_italian_accents(tmp_path: Path) -> None:
    doc = load_document(write(tmp_path / "piao.txt", ITALIAN.encode("utf-8")))
    assert doc.text == ITALIAN
    assert doc.encoding == "utf-8"
    assert [page.text for page in doc.pages] == [ITALIAN]
    assert doc.warnings == ()


def test_utf8_bom_is_stripped(tmp_path: Path) -> None:
    doc = load_document(write(tmp_path / "piao.txt", b"\xef\xbb\xbf" + ITALIAN.encode("utf-8")))
    assert doc.text == ITALIAN
    assert doc.encoding == "utf-8-sig"


def test_cp1252_text_with_curly_apostrophe(tmp_path: Path) -> None:
    raw = ITALIAN.encode("cp1252")
    assert b"\x92" in raw  # the curly apostrophe of "l’attività", absent from latin-1
    doc = load_document(write(tmp_path / "piao.txt", raw))
    assert doc.text == ITALIAN
    assert doc.encoding == "cp1252"


def test_latin1_text_with_accents(tmp_path: Path) -> None:
    text = "Perché è già così: àèìòù, l'attività dell'ente.\n"
    doc = load_document(write(tmp_path / "piao.txt", text.encode("latin-1")))
    assert doc.text == text
    # Outside 0x80-0x9F latin-1 and cp1252 are the same bytes; cp1252 is the label.
    assert doc.encoding == "cp1252"


def test_bytes_undefined_in_cp1252_fall_back_to_latin1(tmp_path: Path) -> None:
    raw = ("Perché è così. " * 10).encode("latin-1") + b"\x81"
    doc = load_document(write(tmp_path / "piao.txt", raw))
    assert doc.encoding == "latin-1"
    assert doc.text.startswith("Perché è così.")
    assert doc.text.endswith("\x81")


def test_mostly_utf8_with_a_broken_byte_stays_utf8(tmp_path: Path) -> None:
    raw = ("Perché è così. " * 10).encode("utf-8") + b"caff\xe8\n"
    doc = load_document(write(tmp_path / "piao.txt", raw))
    assert doc.encoding == "utf-8"
    assert doc.text.startswith("Perché è così.")  # not "PerchÃ©"
    assert doc.text.endswith("caff\ufffd\n")
    assert len(doc.warnings) == 1 and "caratteri" in doc.warnings[0]


def test_utf16_with_bom(tmp_path: Path) -> None:
    doc = load_document(write(tmp_path / "piao.txt", ITALIAN.encode("utf-16")))
    assert doc.text == ITALIAN
    assert doc.encoding == "utf-16"


def test_crlf_and_cr_become_lf(tmp_path: Path) -> None:
    doc = load_document(write(tmp_path / "piao.txt", b"riga uno\r\nriga due\rriga tre\r\n"))
    assert doc.text == "riga uno\nriga due\nriga tre\n"


@pytest.mark.parametrize("path", SAMPLE_FILES, ids=lambda path: path.name)
def test_sample_files_load_verbatim(path: Path) -> None:
    raw = path.read_bytes()
    doc = load_document(path)
    assert doc.text == raw.decode("utf-8")
    assert doc.file_name == path.name
    assert doc.source_path == str(path)
    assert doc.content_hash == hashlib.sha256(raw).hexdigest()
    assert len(doc.pages) == 1
    assert_page_contract(doc)


@pytest.mark.parametrize(
    ("name", "anchor"),
    [
        (MAGNAGO, "RESPONSABILE GESTIONALE\tResponsabile Area Risorse\n"),
        (MAGENTINO, "<b>INDIRIZZI STRATEGICI</b>\t<b>OBIETTIVI STRATEGICI</b>"),
        (CREMOSANO, "come il “miglioramento del livello di benessere economico-sociale"),
    ],
)
def test_anchor_keeps_tabs_tags_and_quotes(name: str, anchor: str) -> None:
    original = sample_text(name)
    doc = load_document(SAMPLES_DIR / name)
    assert doc.text.index(anchor) == original.index(anchor)


def test_form_feed_splits_text_pages(tmp_path: Path) -> None:
    pages = split_into_pages(sample_text(CREMOSANO), 3)
    doc = load_document(make_text_file(pages, tmp_path / "piao.txt"))
    assert [page.text for page in doc.pages] == pages
    assert all("\f" not in page.text for page in doc.pages)
    assert_page_contract(doc)
    third_page_line = pages[2].splitlines()[0]
    assert doc.page_at(doc.text.index(third_page_line)) == 3


def test_trailing_form_feed_adds_no_page(tmp_path: Path) -> None:
    doc = load_document(write(tmp_path / "piao.txt", b"pagina uno\fpagina due\f\n"))
    assert [page.text for page in doc.pages] == ["pagina uno", "pagina due"]
    assert doc.warnings == ()


def test_blank_text_page_loads_with_warning(tmp_path: Path) -> None:
    doc = load_document(write(tmp_path / "piao.txt", b"pagina uno\f\n\fpagina tre"))
    assert [page.text for page in doc.pages] == ["pagina uno", "\n", "pagina tre"]
    assert doc.warnings == ("Pagina 2: nessun testo estratto.",)
    assert_page_contract(doc)


@pytest.mark.parametrize("file_name", ["note.md", "NOTE.TXT", "Piano.Md"])
def test_extension_is_case_insensitive(tmp_path: Path, file_name: str) -> None:
    text = "# Obiettivi\n\n- **Trasparenza**: <b>sito</b>\n"
    doc = load_document(write(tmp_path / file_name, text.encode("utf-8")))
    assert doc.text == text


# --------------------------------------------------------------------------- PDF


@pytest.fixture
def pdf_pages() -> list[str]:
    pages = split_into_pages(sample_text(CREMOSANO), 4)
    pages[2] = f"{MARKER}\n{pages[2]}"
    return pages


def test_pdf_one_page_per_pdf_page(tmp_path: Path, pdf_pages: list[str]) -> None:
    path = make_pdf(pdf_pages, tmp_path / "piao.pdf")
    doc = load_document(path)

    assert len(doc.pages) == 4
    assert MARKER in doc.pages[2].text
    assert [MARKER in page.text for page in doc.pages] == [False, False, True, False]
    assert doc.page_at(doc.text.index(MARKER)) == 3
    for page, source in zip(doc.pages, pdf_pages, strict=True):
        assert page.text.startswith(pdf_opening(source))
    assert doc.encoding is None
    assert doc.content_hash == hashlib.sha256(path.read_bytes()).hexdigest()
    assert doc.warnings == ()
    assert_page_contract(doc)


def test_pdf_blank_page_loads_with_warning(tmp_path: Path, pdf_pages: list[str]) -> None:
    doc = load_document(make_pdf([pdf_pages[0], "", pdf_pages[1]], tmp_path / "piao.pdf"))
    assert len(doc.pages) == 3
    assert doc.pages[1].text == ""
    assert doc.warnings == ("Pagina 2: nessun testo estratto.",)
    assert_page_contract(doc)


def test_pdf_with_only_owner_password_loads(tmp_path: Path, pdf_pages: list[str]) -> None:
    path = make_encrypted_pdf(tmp_path / "piao.pdf", user_password="", text_pages=pdf_pages[:2])
    doc = load_document(path)
    assert len(doc.pages) == 2
    assert doc.pages[1].text.startswith(pdf_opening(pdf_pages[1]))


def test_pdf_with_user_password_is_refused(tmp_path: Path) -> None:
    path = make_encrypted_pdf(tmp_path / "riservato.pdf")
    with pytest.raises(EncryptedPdfError) as info:
        load_document(path)
    assert info.value.user_message == (
        "Il PDF è protetto da password: rimuovi la protezione e riprova."
    )
    assert info.value.file_name == "riservato.pdf"


def test_pdf_cipher_needing_missing_package_is_reported_as_encrypted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # AES-encrypted PDFs need the optional `cryptography` package; pypdf raises
    # DependencyError while checking the password. Simulated on an RC4 file.
    def missing_crypto(*args: object, **kwargs: object) -> None:
        raise DependencyError("cryptography>=3.1 is required for AES algorithm")

    path = make_encrypted_pdf(tmp_path / "aes.pdf", user_password="")
    monkeypatch.setattr(Encryption, "verify", missing_crypto)
    with pytest.raises(EncryptedPdfError) as info:
        load_document(path)
    assert "cifrato" in info.value.user_message


def test_scanned_pdf_needs_ocr(tmp_path: Path) -> None:
    with pytest.raises(NoTextLayerError) as info:
        load_document(make_scanned_pdf(tmp_path / "scansione.pdf"))
    assert info.value.user_message == (
        "Il PDF non contiene testo selezionabile (probabilmente è una scansione): "
        "serve l'OCR prima di caricarlo."
    )


def test_garbage_named_pdf_is_corrupt(tmp_path: Path) -> None:
    path = write(tmp_path / "piao.pdf", b"questo non e' un pdf\n" * 50)
    with pytest.raises(CorruptFileError) as info:
        load_document(path)
    assert info.value.user_message == "Il file è danneggiato o non è un PDF valido."


def test_docx_named_pdf_is_corrupt(tmp_path: Path) -> None:
    docx_path = make_docx(["Testo del piano"], tmp_path / "piano.docx")
    path = write(tmp_path / "piano.pdf", docx_path.read_bytes())
    with pytest.raises(CorruptFileError):
        load_document(path)


def test_truncated_pdf_is_corrupt(tmp_path: Path, pdf_pages: list[str]) -> None:
    raw = render_pdf(pdf_pages)
    with pytest.raises(CorruptFileError):
        load_document(write(tmp_path / "troncato.pdf", raw[: len(raw) // 2]))


def test_pdf_page_that_fails_keeps_numbering(
    tmp_path: Path, pdf_pages: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = make_pdf(pdf_pages[:3], tmp_path / "piao.pdf")
    real_extract = PageObject.extract_text

    def extract_failing_on_page_two(page: PageObject, *args: object, **kwargs: object) -> str:
        if page.page_number == 1:  # 0-based in pypdf
            raise ValueError("broken content stream")
        return real_extract(page, *args, **kwargs)

    monkeypatch.setattr(PageObject, "extract_text", extract_failing_on_page_two)
    # the layout pass recovers a page pypdf cannot read
    recovered = load_document(path)
    assert recovered.pages[1].text.startswith(pdf_opening(pdf_pages[1]))
    assert recovered.warnings == ()

    # when the layout pass cannot read it either, the page stays empty and numbered
    real_layout = pdf_loader.pdf_pages_text

    def layout_failing_on_page_two(raw: bytes, plain: list[str]) -> list[str | None]:
        pages = real_layout(raw, plain)
        return [None if n == 1 else text for n, text in enumerate(pages)]

    monkeypatch.setattr(pdf_loader, "pdf_pages_text", layout_failing_on_page_two)
    doc = load_document(path)
    assert [bool(page.text) for page in doc.pages] == [True, False, True]
    assert doc.pages[2].text.startswith(pdf_opening(pdf_pages[2]))
    assert doc.warnings == ("Pagina 2: testo illeggibile (pagina danneggiata).",)


@pytest.mark.parametrize("cut", [0.3, 0.6, 0.95])
def test_damaged_pdf_never_leaks_a_parser_exception(
    tmp_path: Path, pdf_pages: list[str], cut: float
) -> None:
    raw = render_pdf(pdf_pages)
    damaged = raw[: int(len(raw) * cut)] + b"\x00\xff" * 64 + raw[int(len(raw) * cut) + 128 :]
    truncated = raw[: int(len(raw) * cut)]
    for index, data in enumerate([damaged, truncated]):
        path = write(tmp_path / f"rotto{index}.pdf", data)
        try:
            doc = load_document(path)
        except IngestError as exc:
            assert exc.user_message
        else:
            assert_page_contract(doc)


# --------------------------------------------------------------------------- DOCX

TABLE = [
    ["OBIETTIVO", "RESPONSABILE", "TEMPISTICA"],
    ["Ascolto del cittadino", "Responsabile Area Risorse", "01/02-31/12 2025"],
    ["Gestione dei reclami", "Responsabile Area Servizi", "2025-26-27"],
]
HEADING = "Sezione 2.2 Performance"


def test_docx_pages_table_and_heading(tmp_path: Path) -> None:
    pages = split_into_pages(sample_text(MAGNAGO), 3)
    pages[0] = f"{HEADING}\n{pages[0]}"
    pages[2] = f"{pages[2]}\n{MARKER}"
    path = make_docx(
        pages, tmp_path / "piao.docx", TABLE, table_page=2, heading_lines={HEADING}
    )
    doc = load_document(path)

    assert len(doc.pages) == 3
    # a Word heading style becomes a Markdown heading; the rest is verbatim, tabs kept
    assert doc.pages[0].text == "# " + pages[0]
    assert doc.pages[0].text.startswith(f"# {HEADING}\n")
    table_lines = ["\t".join(row) for row in TABLE]
    assert doc.pages[1].text == "\n".join([pages[1], *table_lines])
    assert doc.pages[2].text == pages[2]
    row_offset = doc.text.index("Ascolto del cittadino\tResponsabile Area Risorse\t")
    assert doc.page_at(row_offset) == 2
    assert doc.page_at(doc.text.index(MARKER)) == 3
    assert doc.encoding is None
    assert doc.warnings == ()
    assert_page_contract(doc)


def test_docx_without_breaks_is_one_page(tmp_path: Path) -> None:
    text = split_into_pages(sample_text(CREMOSANO), 1)[0]
    doc = load_document(make_docx([text], tmp_path / "piao.docx"))
    assert [page.text for page in doc.pages] == [text]


def test_docx_merged_cells(tmp_path: Path) -> None:
    document = docx.Document()
    table = document.add_table(rows=3, cols=3)
    for row_index, row in enumerate(table.rows):
        for col_index, cell in enumerate(row.cells):
            cell.text = f"r{row_index}c{col_index}"
    table.cell(0, 0).merge(table.cell(0, 1)).text = "Titolo unito"
    table.cell(1, 0).merge(table.cell(2, 0)).text = "Area Risorse"
    path = tmp_path / "tabella.docx"
    document.save(str(path))

    doc = load_document(path)
    assert doc.text.split("\n") == [
        "Titolo unito\tr0c2",  # horizontal merge: once
        "Area Risorse\tr1c1\tr1c2",
        "Area Risorse\tr2c1\tr2c2",  # vertical merge: repeated, so each row stands alone
    ]


def test_docx_two_level_header_reads_as_one_row(tmp_path: Path) -> None:
    # a schedule's header: years over quarters, "Obiettivo" and "Scadenza" spanning
    # both rows; each column is named by both levels, so the data rows stay aligned
    document = docx.Document()
    table = document.add_table(rows=4, cols=5)
    table.cell(0, 0).merge(table.cell(1, 0)).text = "Obiettivo"
    table.cell(0, 1).merge(table.cell(0, 2)).text = "2026"
    table.cell(0, 3).text = "2027"
    table.cell(0, 4).merge(table.cell(1, 4)).text = "Scadenza"
    for col, name in ((1, "I sem"), (2, "II sem"), (3, "I sem")):
        table.cell(1, col).text = name
    for row, cells in ((2, ("OB 1 – Agenda on line", "X", "", "", "30/06/2026")), (3, ("OB 2 – Nuovo PUG", "", "X", "X", ""))):
        for col, text in enumerate(cells):
            table.cell(row, col).text = text
    path = tmp_path / "cronoprogramma.docx"
    document.save(str(path))
    assert load_document(path).text.split("\n") == [
        "Obiettivo\tI sem 2026\tII sem 2026\tI sem 2027\tScadenza",
        "OB 1 – Agenda on line\tX\t\t\t30/06/2026",
        "OB 2 – Nuovo PUG\t\tX\tX\t",
    ]


def test_docx_multi_paragraph_cell_stays_on_one_row_line(tmp_path: Path) -> None:
    document = docx.Document()
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Obiettivo"
    table.cell(0, 1).text = "prima riga"
    table.cell(0, 1).add_paragraph("seconda\triga")
    path = tmp_path / "celle.docx"
    document.save(str(path))
    assert load_document(path).text == "Obiettivo\tprima riga seconda riga"


def test_docx_cell_of_lower_case_schedule_items_keeps_them_apart(tmp_path: Path) -> None:
    # each paragraph is a phase "what – when": items, though written in lower case
    document = docx.Document()
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Cronoprogramma"
    table.cell(0, 1).text = "rilievo dei consumi – entro marzo 2026"
    table.cell(0, 1).add_paragraph("posa dei pannelli – entro agosto 2026")
    # a sentence broken on a preposition is one text
    table.cell(1, 0).text = "Finalità"
    table.cell(1, 1).text = "ridurre i consumi della"
    table.cell(1, 1).add_paragraph("scuola media")
    path = tmp_path / "celle.docx"
    document.save(str(path))
    assert load_document(path).text.split("\n") == [
        "Cronoprogramma\trilievo dei consumi – entro marzo 2026 • posa dei pannelli – entro agosto 2026",
        "Finalità\tridurre i consumi della scuola media",
    ]


def test_docx_break_inside_paragraph_splits_it(tmp_path: Path) -> None:
    document = docx.Document()
    paragraph = document.add_paragraph("fine pagina uno")
    paragraph.add_run().add_break(WD_BREAK.PAGE)
    paragraph.add_run("inizio pagina due")
    path = tmp_path / "piao.docx"
    document.save(str(path))
    assert [page.text for page in load_document(path).pages] == [
        "fine pagina uno",
        "inizio pagina due",
    ]


def test_docx_page_break_before_and_section_breaks(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("Uno")
    document.add_paragraph("Due").paragraph_format.page_break_before = True
    document.add_section(WD_SECTION.NEW_PAGE)
    document.add_paragraph("Tre")
    document.add_section(WD_SECTION.CONTINUOUS)
    document.add_paragraph("Tre, stessa pagina")
    path = tmp_path / "sezioni.docx"
    document.save(str(path))

    doc = load_document(path)
    assert [page.text for page in doc.pages] == ["Uno", "Due", "Tre\nTre, stessa pagina"]
    assert_page_contract(doc)


def test_docx_keeps_hyperlinks_and_tracked_insertions_drops_deletions(tmp_path: Path) -> None:
    w = nsdecls("w")
    document = docx.Document()
    paragraph = document.add_paragraph("Vedi ")
    for xml in (
        f"<w:hyperlink {w}><w:r><w:t>il sito</w:t></w:r></w:hyperlink>",
        f'<w:ins {w} w:id="1" w:author="A"><w:r><w:t xml:space="preserve"> del Comune</w:t>'
        "</w:r></w:ins>",
        f'<w:del {w} w:id="2" w:author="A"><w:r><w:delText> cancellato</w:delText>'
        "</w:r></w:del>",
    ):
        paragraph._p.append(parse_xml(xml))
    path = tmp_path / "revisioni.docx"
    document.save(str(path))
    assert load_document(path).text == "Vedi il sito del Comune"


def test_docx_page_break_before_from_style_chain(tmp_path: Path) -> None:
    document = docx.Document()
    document.styles["Heading 1"].paragraph_format.page_break_before = True
    derived = document.styles.add_style("Titolo PIAO", WD_STYLE_TYPE.PARAGRAPH)
    derived.base_style = document.styles["Heading 1"]
    document.add_paragraph("Premessa")
    document.add_paragraph("Capitolo 1", style="Heading 1")
    document.add_paragraph("testo uno")
    document.add_paragraph("Capitolo 2", style="Titolo PIAO")  # inherits the break
    override = document.add_paragraph("Capitolo 2 bis", style="Heading 1")
    override.paragraph_format.page_break_before = False  # direct formatting wins
    path = tmp_path / "stili.docx"
    document.save(str(path))

    assert [page.text for page in load_document(path).pages] == [
        "Premessa",
        "# Capitolo 1\ntesto uno",
        "# Capitolo 2\n# Capitolo 2 bis",
    ]


def test_docx_trailing_break_adds_no_page_and_blank_page_warns(tmp_path: Path) -> None:
    path = make_docx(["prima", "", "terza", ""], tmp_path / "piao.docx")
    doc = load_document(path)
    assert [page.text for page in doc.pages] == ["prima", "", "terza"]
    assert doc.warnings == ("Pagina 2: nessun testo estratto.",)


def test_docx_without_text_is_empty(tmp_path: Path) -> None:
    path = make_docx(["", ""], tmp_path / "vuoto.docx")
    with pytest.raises(EmptyDocumentError) as info:
        load_document(path)
    assert info.value.user_message == "Il file non contiene testo."


def test_garbage_named_docx_is_corrupt(tmp_path: Path) -> None:
    with pytest.raises(CorruptFileError) as info:
        load_document(write(tmp_path / "piao.docx", b"PK\x03\x04 non proprio uno zip"))
    assert "Word" in info.value.user_message


def test_legacy_doc_renamed_docx_is_unsupported(tmp_path: Path) -> None:
    raw = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 1024
    with pytest.raises(UnsupportedFormatError) as info:
        load_document(write(tmp_path / "vecchio.docx", raw))
    assert ".doc" in info.value.user_message


# --------------------------------------------------------------------------- refused inputs


@pytest.mark.parametrize("extension", [".txt", ".md", ".pdf", ".docx"])
def test_empty_file(tmp_path: Path, extension: str) -> None:
    with pytest.raises(EmptyDocumentError) as info:
        load_document(write(tmp_path / f"vuoto{extension}", b""))
    assert info.value.user_message == "Il file è vuoto."
    assert info.value.file_name == f"vuoto{extension}"


def test_whitespace_only_text_is_empty(tmp_path: Path) -> None:
    with pytest.raises(EmptyDocumentError) as info:
        load_document(write(tmp_path / "spazi.txt", b" \r\n\t\n\f\n  "))
    assert info.value.user_message == "Il file non contiene testo."


@pytest.mark.parametrize(
    ("file_name", "shown"), [("budget.xlsx", ".xlsx"), ("LETTERA.DOC", ".doc"), ("LEGGIMI", "")]
)
def test_unsupported_format(tmp_path: Path, file_name: str, shown: str) -> None:
    with pytest.raises(UnsupportedFormatError) as info:
        load_document(write(tmp_path / file_name, b"contenuto"))
    message = info.value.user_message
    assert message.startswith("Formato non supportato (")
    assert message.endswith("carica un file PDF, DOCX, TXT, MD o CSV.")
    assert (shown or "senza estensione") in message


def test_xlsx_message_is_exact(tmp_path: Path) -> None:
    with pytest.raises(UnsupportedFormatError) as info:
        load_document(write(tmp_path / "budget.xlsx", b"PK\x03\x04"))
    assert info.value.user_message == (
        "Formato non supportato (.xlsx): carica un file PDF, DOCX, TXT, MD o CSV."
    )


def test_oversized_file_is_refused_without_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "enorme.pdf"
    with path.open("wb") as handle:
        handle.truncate(51 * 1024 * 1024)  # sparse: no 51 MB written to disk

    def no_reading(*args: object, **kwargs: object) -> None:
        raise AssertionError("an oversized file must not be opened")

    with monkeypatch.context() as patch:
        patch.setattr(builtins, "open", no_reading)
        patch.setattr(Path, "open", no_reading)
        patch.setattr(Path, "read_bytes", no_reading)
        with pytest.raises(FileTooLargeError) as info:
            load_document(path)
    assert info.value.user_message == "Il file supera il limite di 50 MB."


def test_custom_size_limit(tmp_path: Path) -> None:
    path = write(tmp_path / "piao.txt", b"x" * 2048)
    with pytest.raises(FileTooLargeError) as info:
        load_document(path, max_bytes=1024)
    assert info.value.user_message == "Il file supera il limite di 1 KB."
    assert load_document(path, max_bytes=2048).text == "x" * 2048


def test_nul_bytes_in_text_file_are_corrupt(tmp_path: Path) -> None:
    with pytest.raises(CorruptFileError) as info:
        load_document(write(tmp_path / "dati.txt", b"testo\x00\x00\x01binario\x00"))
    assert "binari" in info.value.user_message


def test_control_bytes_without_nul_are_corrupt(tmp_path: Path) -> None:
    raw = bytes(range(1, 32)) * 20 + b"qualche parola"
    with pytest.raises(CorruptFileError):
        load_document(write(tmp_path / "dati.txt", raw))


@pytest.mark.parametrize("kind", ["missing", "directory"])
def test_unreadable_path_is_an_ingest_error(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "piao.txt"
    if kind == "directory":
        path.mkdir()
    with pytest.raises(CorruptFileError) as info:
        load_document(path)
    assert info.value.user_message.startswith("Impossibile leggere il file")


def test_non_positive_limit_is_a_caller_bug(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        load_document(write(tmp_path / "piao.txt", b"testo"), max_bytes=0)
