"""Hostile files: random and damaged PDF/DOCX bytes, text in odd encodings, control
characters. Loading (and parsing) gives a document that keeps the loader contract
or an `IngestError` with an Italian message, never any other exception."""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from ingest.errors import IngestError
from ingest.loaders import load_document
from ingest.models import PAGE_JOINER
from ingest.pipeline import parse_file
from tests.docgen import make_docx, render_pdf, sample_text, split_into_pages

pytestmark = pytest.mark.unit

# FUZZ_EXAMPLES=2000 for a long run; make test runs a bounded one.
FUZZ = settings(max_examples=int(os.environ.get("FUZZ_EXAMPLES", "80")), deadline=None, database=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
_PAGES = split_into_pages(sample_text("cremosano_piao-2026-2028_valore-pubblico.txt"), 2)
PDF = render_pdf(_PAGES)
_ITALIAN_WORDS = ("Il", "file", "non", "è", "valido", "pagina", "formato", "carica", "testo",
                  "PDF", "documento", "supera", "vuoto", "protetto", "danneggiato")


@pytest.fixture(scope="module")
def docx_bytes(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    path = make_docx(_PAGES, tmp_path_factory.mktemp("docx") / "base.docx",
                     table_rows=[["Obiettivo", "Responsabile"], ["1", "Settore 07"]])
    return path.read_bytes()


def load_or_typed_error(tmp_path: Path, name: str, data: bytes, parse: bool = False) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    try:
        doc = load_document(path)
    except IngestError as exc:
        message = exc.user_message
        assert message and any(word in message for word in _ITALIAN_WORDS), message
        return
    # The contract every later step relies on.
    assert doc.text == PAGE_JOINER.join(p.text for p in doc.pages)
    for number, page in enumerate(doc.pages, start=1):
        assert page.number == number
        assert doc.text[page.char_start : page.char_start + len(page.text)] == page.text
    doc.text.encode("utf-8")  # storable in SQLite, sendable over HTTP
    if parse:
        try:
            parse_file(path)
        except IngestError:
            pass


def mutate(data: bytes, edits: list[tuple[int, int, bytes]]) -> bytes:
    """Apply (position, how many bytes to drop, bytes to insert) edits."""
    buf = bytearray(data)
    for pos, drop, insert in edits:
        pos %= max(1, len(buf))
        buf[pos : pos + drop] = insert
    return bytes(buf)


EDITS = st.lists(
    st.tuples(st.integers(0, 10**6), st.integers(0, 64), st.binary(max_size=16)),
    min_size=1, max_size=8,
)


@FUZZ
@given(data=st.binary(max_size=4096), ext=st.sampled_from([".pdf", ".docx", ".txt", ".md"]))
def test_random_bytes(tmp_path: Path, data: bytes, ext: str) -> None:
    load_or_typed_error(tmp_path, f"casuale{ext}", data)


@FUZZ
@given(edits=EDITS, cut=st.integers(0, 100))
def test_damaged_pdf(tmp_path: Path, edits: list[tuple[int, int, bytes]], cut: int) -> None:
    data = mutate(PDF, edits)
    data = data[: max(1, len(data) * (100 - cut) // 100)] if cut > 80 else data
    load_or_typed_error(tmp_path, "danneggiato.pdf", data)


@FUZZ
@given(edits=EDITS)
def test_damaged_docx_bytes(tmp_path: Path, docx_bytes: bytes, edits: list) -> None:  # type: ignore[type-arg]
    load_or_typed_error(tmp_path, "danneggiato.docx", mutate(docx_bytes, edits))


@FUZZ
@given(xml=st.sampled_from(["word/document.xml", "word/styles.xml", "[Content_Types].xml"]),
       edits=EDITS)
def test_docx_with_broken_xml_inside_a_valid_zip(
    tmp_path: Path, docx_bytes: bytes, xml: str, edits: list  # type: ignore[type-arg]
) -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(docx_bytes)) as src, zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            content = src.read(item.filename)
            dst.writestr(item, mutate(content, edits) if item.filename == xml else content)
    load_or_typed_error(tmp_path, "xml-rotto.docx", out.getvalue())


_TEXT = st.text(alphabet=st.characters(codec=None), max_size=800)


@FUZZ
@given(text=_TEXT, encoding=st.sampled_from(
    ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1252", "latin-1", "utf-32"]))
def test_text_in_any_encoding_with_control_characters(
    tmp_path: Path, text: str, encoding: str
) -> None:
    data = text.encode(encoding, errors="replace" if encoding in ("cp1252", "latin-1") else
                       "surrogatepass")
    load_or_typed_error(tmp_path, "testo.txt", data, parse=True)


@FUZZ
@given(prefix=_TEXT, junk=st.binary(max_size=64))
def test_real_text_with_junk_goes_through_the_whole_pipeline(
    tmp_path: Path, prefix: str, junk: bytes
) -> None:
    assume(prefix or junk)
    base = sample_text("cremosano_piao-2026-2028_valore-pubblico.txt")[:3000]
    data = prefix.encode("utf-8", errors="surrogatepass") + junk + base.encode("utf-8")
    load_or_typed_error(tmp_path, "misto.md", data, parse=True)
