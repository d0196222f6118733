"""The LLM record extractor with the real bundled SmolLM2-135M on a tiny passage.

A 135M model cannot be trusted to extract anything: the test holds it only to the
plumbing — the real prompt renders, the model answers, and whatever it says goes
through validation and alignment, so that every value kept is found in the passage
and nothing else survives. Cheap: one passage, a short reply budget.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from assistant.llm import LocalGGUFChat, bundled_smollm2_path
from assistant.records import LLMRecordExtractor
from ingest.models import Alignment, LoadedDocument, Page
from ingest.parse import parse_document

pytestmark = [pytest.mark.integration, pytest.mark.slow]

TEXT = (
    "Comune di Testolandia - Piano 2025-2027\n\n"
    "Obiettivo: digitalizzare l'archivio delle pratiche edilizie. "
    "Responsabile: Settore Tecnico. Indicatore: fascicoli digitalizzati, target 2.000.\n"
)


@pytest.fixture(scope="module")
def local_model() -> Iterator[LocalGGUFChat]:
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("HF_HUB_OFFLINE", "1")
        mp.setenv("TRANSFORMERS_OFFLINE", "1")
        model = LocalGGUFChat(bundled_smollm2_path())
        model.load()
        yield model


def test_whatever_the_model_says_only_verified_values_are_kept(local_model: LocalGGUFChat) -> None:
    doc = LoadedDocument(
        file_name="testolandia_piao-2025-2027.txt", source_path="x", content_hash="h", text=TEXT,
        pages=(Page(number=1, text=TEXT, char_start=0),),
    )
    parsed = parse_document(doc)
    extractor = LLMRecordExtractor(local_model, max_passages=1, max_tokens=32)
    records, report = extractor.extract(parsed)
    assert report.passages == 1
    assert report.kept == len(records) <= report.proposed
    for r in records:
        assert r.extractor.startswith("llm:local-gguf")
        assert r.titolo and r.sources["titolo"].alignment != Alignment.NONE
        for path, src in r.sources.items():
            if src.origin == "text":
                assert src.alignment != Alignment.NONE, path
                assert 0 <= src.char_start < src.char_end <= len(TEXT)
    print(f"\nSmolLM2: {report.proposed} proposed, {report.kept} kept, problems={report.problems}")
