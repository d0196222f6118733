"""Document metadata: municipality, period and title from text and file name."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.metadata import infer_ente, infer_meta, infer_periodo
from ingest.models import LayoutKind, LoadedDocument, Page, sha256_bytes
from ingest.text import normalize_place_name
from tests.docgen import load_txt

pytestmark = pytest.mark.unit

SAMPLES = Path(__file__).resolve().parents[2] / "data" / "samples"



def text_doc(text: str, name: str = "documento.txt") -> LoadedDocument:
    return LoadedDocument(
        file_name=name, source_path=name, content_hash=sha256_bytes(text.encode()), text=text,
        pages=(Page(number=1, text=text, char_start=0),),
    )


@pytest.mark.parametrize(
    ("name", "ente", "periodo", "title"),
    [
        ("cassano-dadda_piao-2024-2026_performance.txt", "Cassano d'Adda", "2024-2026",
         "PIAO 2024-2026 – Cassano d'Adda – Performance"),
        ("cassano-dadda_piao-2023-2025_valore-pubblico.txt", "Cassano d'Adda", "2023-2025",
         "PIAO 2023-2025 – Cassano d'Adda – Valore pubblico"),
        ("cassano-magnago_piao-2025-2027_obiettivi-operativi.txt", "Cassano Magnago", "2025-2027",
         "PIAO 2025-2027 – Cassano Magnago – Obiettivi operativi"),
        # "Comune di Cremona" is a typo in the text: the file name and the other mentions win
        ("cremosano_piao-2026-2028_valore-pubblico.txt", "Cremosano", "2026-2028",
         "PIAO 2026-2028 – Cremosano – Valore pubblico"),
        # the DUP table never names its municipality ("Comune di Boffalora" is a partner
        # inside a table cell, "magentino" is a district): nothing is invented
        ("magentino_piao-2024-2026_obiettivi-dup.txt", None, "2024-2026", "PIAO 2024-2026 – Obiettivi DUP"),
    ],
)
def test_samples_metadata(name: str, ente: str | None, periodo: str, title: str) -> None:
    doc = load_txt(SAMPLES / name)
    meta = infer_meta(doc, LayoutKind.GENERIC)
    assert meta.doc_id == meta.file_name == name
    assert meta.ente == ente
    assert meta.periodo == periodo
    assert meta.title == title
    assert meta.content_hash == doc.content_hash
    assert meta.n_pages == 1


def test_overrides_win_and_unknown_keys_fail() -> None:
    doc = load_txt(SAMPLES / "magentino_piao-2024-2026_obiettivi-dup.txt")
    meta = infer_meta(
        doc, LayoutKind.GENERIC,
        {"ente": "Magenta", "periodo": "2025-2027", "title": "DUP Magenta", "layout": "objective_table"},
    )
    assert (meta.ente, meta.periodo, meta.title, meta.layout) == (
        "Magenta", "2025-2027", "DUP Magenta", LayoutKind.OBJECTIVE_TABLE,
    )
    assert meta.breadcrumb_root == ("Magenta", "PIAO 2025-2027")
    with pytest.raises(ValueError):
        infer_meta(doc, LayoutKind.GENERIC, {"comune": "Magenta"})
    with pytest.raises(ValueError):
        infer_meta(doc, LayoutKind.GENERIC, {"layout": "sconosciuto"})


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("CASSANO D'ADDA", "Cassano d'Adda"),
        ("Cassano D'Adda", "Cassano d'Adda"),
        ("TREZZO SULL'ADDA", "Trezzo sull'Adda"),
        ("SESTO SAN GIOVANNI", "Sesto San Giovanni"),
        ("Reggio nell'Emilia", "Reggio nell'Emilia"),
        ("Boffalora S/T", "Boffalora S/T"),
    ],
)
def test_normalize_place_name(raw: str, expected: str) -> None:
    assert normalize_place_name(raw) == expected


def test_ente_from_text_header_without_file_hint() -> None:
    text = "COMUNE DI TREZZO SULL'ADDA\n\nPiano integrato 2025-2027\n\nIl Comune di Trezzo sull'Adda adotta il piano."
    assert infer_ente(text, "piano.pdf") == "Trezzo sull'Adda"
    wrapped = "Città di\nCassano d'Adda\n\nP.I.A.O. 2024-2026\n"
    assert infer_ente(wrapped, "piao.docx") == "Cassano d'Adda"


def test_ente_prefers_the_most_frequent_mention() -> None:
    text = (
        "Comune di Vaprio\n\nIl Comune di Vaprio collabora con il Comune di Trezzo.\n"
        "Il Comune di Vaprio approva il piano.\n"
    )
    assert infer_ente(text, "x.txt") == "Vaprio"


def test_ente_named_throughout_beats_a_name_only_in_comune_di() -> None:
    # Two "Comune di" mentions each (one copied from another plan), no file-name hint:
    # the municipality the plan talks about everywhere wins.
    text = (
        "Il Comune di Cremona dovrà affrontare le sfide ambientali.\n"
        "Ogni obiettivo definito dal Comune di Cremona rientra nel Valore Pubblico.\n"
        "Il Comune di Cremosano rimanda al DUP 2026-2028.\n"
        "Le priorità che il Comune di Cremosano intende perseguire:\n"
        "4. Cremosano solidale\n5. Custodire Cremosano\n6. Cremosano e sport\n"
    )
    assert infer_ente(text, "piano-caricato.pdf") == "Cremosano"
    assert infer_ente(text.replace("Cremosano", "Cremona"), "piano.pdf") == "Cremona"


def test_ente_none_when_only_partners_are_named() -> None:
    text = "OBIETTIVO\tSTAKEHOLDER\nProtezione civile\tComune di Boffalora, Comune di Magenta\n"
    assert infer_ente(text, "obiettivi_dup.txt") is None


@pytest.mark.parametrize(
    ("text", "file_name", "expected"),
    [
        ("P.I.A.O. 2024-2026\nSEZIONE 2", "piano.txt", "2024-2026"),
        ("PIAO 2025/2027 del Comune", "piano.txt", "2025-2027"),
        ("Si rimanda al DUP 2026-2028, approvato dal consiglio.", "piano.txt", "2026-2028"),
        ("Nessun periodo qui.", "comune-x_piao_2023_2025.pdf", "2023-2025"),
        ("Piano Integrato di Attività e Organizzazione 2024-26", "x.txt", "2024-2026"),
        ("Relazione 2024", "x.txt", None),
    ],
)
def test_infer_periodo(text: str, file_name: str, expected: str | None) -> None:
    assert infer_periodo(text, file_name) == expected


def test_title_falls_back_to_first_heading() -> None:
    doc = text_doc("\n\nPiano della performance del Comune di Lodi\n\nTesto del piano.\n", name="documento.txt")
    meta = infer_meta(doc, LayoutKind.GENERIC)
    assert meta.ente == "Lodi"
    assert meta.title.startswith("PIAO – Lodi")
