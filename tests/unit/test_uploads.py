"""Uploads: untrusted names and bytes are confined to the uploads folder and checked."""

from __future__ import annotations

import io
import os
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ingest.errors import (
    CorruptFileError,
    EmptyDocumentError,
    FileTooLargeError,
    IngestError,
    UnsupportedFormatError,
)
from ingest.loaders import load_document
from services.uploads import (
    MAX_NAME_BYTES,
    MAX_NAME_CHARS,
    safe_file_name,
    store_upload,
    uploads_dir,
)
from tests.docgen import make_docx, render_pdf

pytestmark = pytest.mark.unit

TEXT = b"Comune di Cremosano\nObiettivo 1: digitalizzazione dei servizi.\n"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return uploads_dir(tmp_path / "data")


def only_child(folder: Path) -> Path:
    children = list(folder.iterdir())
    assert len(children) == 1, children
    return children[0]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("../../etc/passwd.txt", "passwd.txt"),
        ("/etc/cron.d/piano.txt", "piano.txt"),
        ("C:\\fakepath\\Piano 2024.PDF", "Piano 2024.pdf"),
        ("..\\..\\windows\\win.ini.txt", "win.ini.txt"),
        ("CON.txt", "_CON.txt"),
        ("lpt1.md", "_lpt1.md"),
        (".bashrc.txt", "bashrc.txt"),
        ("..", "documento"),
        ("", "documento"),
        ("piano\x00\x1b[31m.txt", "piano_[31m.txt"),
        ("evil\u202etxt.pdf", "evil_txt.pdf"),
        ("Città di Cassano d'Adda – PIAO 2024-2026.docx", "Città di Cassano d'Adda – PIAO 2024-2026.docx"),
        ("piano.txt.", "piano.txt"),
        ("a/b/../c.md", "c.md"),
    ],
)
def test_safe_file_name_examples(name: str, expected: str) -> None:
    assert safe_file_name(name) == expected


def test_long_names_are_cut_keeping_the_extension() -> None:
    name = safe_file_name("p" * 500 + ".pdf")
    assert name.endswith(".pdf") and len(name) == MAX_NAME_CHARS
    wide = safe_file_name("漢" * 200 + ".docx")  # 3 bytes per character
    assert wide.endswith(".docx") and len(wide.encode()) <= MAX_NAME_BYTES


@settings(max_examples=300, deadline=None, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet=st.characters(codec=None), max_size=300))
def test_any_name_stays_inside_the_uploads_folder(tmp_path: Path, name: str) -> None:
    safe = safe_file_name(name)
    assert safe and "/" not in safe and "\\" not in safe
    assert not safe.startswith((".", " ")) and safe not in (".", "..")
    assert len(safe) <= MAX_NAME_CHARS and len(safe.encode("utf-8")) <= MAX_NAME_BYTES
    assert not any(unicodedata.category(ch) in ("Cc", "Cf", "Cs") for ch in safe)
    folder = tmp_path / "uploads"
    folder.mkdir(exist_ok=True)
    target = folder / safe
    assert target.resolve().parent == folder.resolve()
    target.write_bytes(b"x")  # a valid name on this file system
    target.unlink()


def test_store_bytes_path_and_stream(folder: Path, tmp_path: Path) -> None:
    stored = store_upload("../../piano.txt", TEXT, folder)
    assert stored.path == folder / "piano.txt" and stored.path.read_bytes() == TEXT
    assert stored.original_name == "../../piano.txt" and stored.size == len(TEXT)

    gradio_tmp = tmp_path / "gradio" / "abc123" / "Piano.PDF"
    gradio_tmp.parent.mkdir(parents=True)
    gradio_tmp.write_bytes(render_pdf(["Comune di Cremosano: obiettivi."]))
    pdf = store_upload("Piano.PDF", gradio_tmp, folder)
    assert pdf.file_name == "Piano.pdf"
    assert "Cremosano" in load_document(pdf.path).text

    docx_path = make_docx(["Comune di Cremosano"], tmp_path / "w.docx")
    with docx_path.open("rb") as handle:
        doc = store_upload("relazione.docx", handle, folder)
    assert doc.path.read_bytes() == docx_path.read_bytes()
    assert sorted(p.name for p in folder.iterdir()) == ["Piano.pdf", "piano.txt", "relazione.docx"]


def test_same_name_replaces_the_previous_upload(folder: Path) -> None:
    store_upload("piano.txt", TEXT, folder)
    store_upload("piano.txt", TEXT + b"Obiettivo 2.\n", folder)
    assert only_child(folder).read_bytes().endswith(b"Obiettivo 2.\n")


def test_nothing_is_written_outside_the_folder(tmp_path: Path, folder: Path) -> None:
    before = set(tmp_path.rglob("*"))
    for name in ("../outside.txt", "../../outside.txt", "/tmp/outside.txt", "..\\outside.txt"):
        store_upload(name, TEXT, folder)
    after = set(tmp_path.rglob("*")) - before
    assert all(folder in p.parents or p == folder or p == folder.parent for p in after), after
    assert only_child(folder).name == "outside.txt"


def test_symlink_in_the_folder_is_replaced_not_followed(tmp_path: Path, folder: Path) -> None:
    folder.mkdir(parents=True)
    victim = tmp_path / "victim.txt"
    victim.write_bytes(b"keep me")
    (folder / "piano.txt").symlink_to(victim)
    store_upload("piano.txt", TEXT, folder)
    assert victim.read_bytes() == b"keep me"
    assert not (folder / "piano.txt").is_symlink()


@pytest.mark.parametrize(
    ("name", "data", "error", "words"),
    [
        ("virus.exe", b"MZ\x90\x00", UnsupportedFormatError, "Formato non supportato (.exe)"),
        ("senza_estensione", b"testo", UnsupportedFormatError, "senza estensione"),
        ("dati.json", b"{}", UnsupportedFormatError, "PDF, DOCX, TXT, MD o CSV"),
        ("vuoto.pdf", b"", EmptyDocumentError, "vuoto"),
        ("finto.pdf", b"<html>not a pdf</html>", UnsupportedFormatError, "non è un PDF"),
        ("finto.docx", b"%PDF-1.7 ...", UnsupportedFormatError, "non è un documento Word"),
        ("vecchio.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600,
         UnsupportedFormatError, ".doc"),
        ("binario.txt", b"ab\x00\x01\x02" * 10, UnsupportedFormatError, "dati binari"),
    ],
)
def test_wrong_types_are_refused_in_italian(
    folder: Path, name: str, data: bytes, error: type[IngestError], words: str
) -> None:
    with pytest.raises(error) as info:
        store_upload(name, data, folder)
    assert words in info.value.user_message
    assert not folder.exists() or not any(folder.iterdir())  # no partial file left


def test_size_limit_for_bytes_paths_and_streams(tmp_path: Path, folder: Path) -> None:
    big = b"a" * 2048
    with pytest.raises(FileTooLargeError) as info:
        store_upload("grande.txt", big, folder, max_bytes=1024)
    assert info.value.user_message == "Il file supera il limite di 1 KB."
    path = tmp_path / "grande.txt"
    path.write_bytes(big)
    with pytest.raises(FileTooLargeError):
        store_upload("grande.txt", path, folder, max_bytes=1024)
    with pytest.raises(FileTooLargeError):
        store_upload("grande.txt", io.BytesIO(big), folder, max_bytes=1024)
    assert not any(folder.iterdir())
    assert store_upload("giusto.txt", big, folder, max_bytes=2048).size == 2048


def test_unreadable_source(tmp_path: Path, folder: Path) -> None:
    with pytest.raises(CorruptFileError) as info:
        store_upload("manca.txt", tmp_path / "manca.txt", folder)
    assert "Impossibile leggere" in info.value.user_message
    if os.geteuid() != 0:  # root reads anything
        locked = tmp_path / "chiuso.txt"
        locked.write_bytes(TEXT)
        locked.chmod(0)
        with pytest.raises(CorruptFileError):
            store_upload("chiuso.txt", locked, folder)


def test_stored_upload_is_ingested_under_its_safe_name(tmp_path: Path, folder: Path) -> None:
    from ingest.pipeline import parse_file

    stored = store_upload("../Comune di X/PIAO 2025-2027.txt", TEXT, folder)
    parsed = parse_file(stored.path)
    assert parsed.meta.doc_id == "PIAO 2025-2027.txt"
