"""Shared data types of the whole pipeline.

They live in the lowest layer so that `vectorstore`, `assistant` and the edges can
use them without importing upward. Every model is frozen: a chunk or a page never
changes after ingestion produced it, and its provenance is required.
"""

from __future__ import annotations

import hashlib
import re
from enum import StrEnum
from typing import Literal

import pydantic
from pydantic import BaseModel, ConfigDict

BREADCRUMB_SEP = " › "
# the label the chunker gives each part of a section too long for one passage ("parte 2")
PART_CRUMB = re.compile(r"parte \d+")


class LayoutKind(StrEnum):
    """How the objectives of a document are laid out."""

    OBJECTIVE_BLOCKS = "objective_blocks"  # labelled blocks: "OBIETTIVO STRATEGICO<TAB>..."
    OBJECTIVE_TABLE = "objective_table"  # tab-separated rows under a repeated header row
    SECTOR_PAGES = "sector_pages"  # per-settore pages with indicators and employees
    GENERIC = "generic"  # anything else: heading-aware sections


class UnitKind(StrEnum):
    """What a structural unit (and the chunks cut from it) represents."""

    OBJECTIVE = "objective"  # a whole objective block / detail page
    TABLE_ROW = "table_row"
    ORG_CHART = "org_chart"  # settore -> titolare entries
    SUMMARY = "summary"  # summary/overview table entry (objective -> settore)
    SECTION = "section"  # generic text under a heading


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Page(_Frozen):
    """One page of extracted text; `char_start` is its offset in the document text."""

    number: int = pydantic.Field(ge=1)
    text: str
    char_start: int = pydantic.Field(ge=0)

    @property
    def char_end(self) -> int:
        return self.char_start + len(self.text)


class LoadedDocument(_Frozen):
    """A file turned into text, page by page.

    `text` is the concatenation of the page texts joined by PAGE_JOINER, so every
    char span in the pipeline is an offset into `text` and maps back to a page.
    """

    file_name: str
    source_path: str
    content_hash: str  # sha256 of the raw file bytes
    text: str
    pages: tuple[Page, ...]
    encoding: str | None = None  # for text files: the detected encoding
    warnings: tuple[str, ...] = ()  # Italian, user-facing (e.g. "pagina 3 senza testo")

    def page_at(self, char_offset: int) -> int:
        """Page number containing `char_offset` (the last page for the end offset)."""
        for page in self.pages:
            if char_offset < page.char_end + len(PAGE_JOINER):
                return page.number
        return self.pages[-1].number if self.pages else 1


PAGE_JOINER = "\n\f\n"


class DocumentMeta(_Frozen):
    """What is known about a document as a whole; inferred, overridable per file."""

    doc_id: str  # the file name: it identifies the document in the index
    file_name: str
    title: str
    ente: str | None = None  # e.g. "Monte d'Oro"
    periodo: str | None = None  # e.g. "2024-2026"
    layout: LayoutKind = LayoutKind.GENERIC
    n_pages: int = 1
    content_hash: str = ""

    @property
    def breadcrumb_root(self) -> tuple[str, ...]:
        root = self.ente or self.title
        if self.periodo and self.periodo not in root:
            return (root, f"PIAO {self.periodo}")
        return (root,)


class Unit(_Frozen):
    """A structural unit of a document found by `ingest.structure`.

    A unit is the smallest piece that must not be split unless it is too long: an
    objective block, a table row, an org-chart, a generic section.
    `fields` holds labelled values found in it (e.g. {"responsabile": "..."}),
    `path` the headings above it (without the document root).
    """

    kind: UnitKind
    char_start: int = pydantic.Field(ge=0)
    char_end: int = pydantic.Field(ge=0)
    path: tuple[str, ...] = ()
    title: str | None = None
    fields: dict[str, str] = pydantic.Field(default_factory=dict)
    # For table rows: the row rendered as "COLUMN: value" lines (text differs from source).
    rendered: str | None = None


class Chunk(_Frozen):
    """A piece of a document as indexed: what search returns and the answer step sees.

    `text` is what is embedded, indexed lexically and shown to the answer step; it
    starts with the breadcrumb. `source_text` is the verbatim slice
    `document.text[char_start:char_end]`.
    """

    id: str
    doc_id: str
    ordinal: int = pydantic.Field(ge=0)
    kind: UnitKind
    text: str
    source_text: str
    page: int = pydantic.Field(ge=1)
    page_end: int = pydantic.Field(ge=1)
    char_start: int = pydantic.Field(ge=0)
    char_end: int = pydantic.Field(ge=0)
    breadcrumb: tuple[str, ...]
    fields: dict[str, str] = pydantic.Field(default_factory=dict)
    n_tokens: int = 0

    @property
    def breadcrumb_text(self) -> str:
        return BREADCRUMB_SEP.join(self.breadcrumb)

    @property
    def heading(self) -> str:
        """The passage's own heading: its last breadcrumb element that is no part label."""
        return next((h for h in reversed(self.breadcrumb) if not PART_CRUMB.fullmatch(h)), "")

    @property
    def body(self) -> str:
        """The text without its breadcrumb line."""
        return self.text.split("\n", 1)[1] if "\n" in self.text else self.text

    @property
    def embedding_text(self) -> str:
        """What the dense model sees: the nearest headings and the body.

        Ente and periodo are the same for every chunk of a document, so they only cost
        embedding time (the dominant ingestion cost on CPU) without telling chunks apart;
        filters and BM25 handle them.
        """
        return BREADCRUMB_SEP.join(self.breadcrumb[-2:]) + "\n" + self.body


class Alignment(StrEnum):
    """How an extracted value matches the document text it claims to come from."""

    EXACT = "exact"  # verbatim (once tags, entities and whitespace runs are normalised)
    FUZZY = "fuzzy"  # same words up to case, accents, punctuation, or a close match
    NONE = "none"  # not found in the source: the value is not supported by the text


class FieldSource(_Frozen):
    """Where a value (or a whole objective) is in the document's extracted text."""

    doc_id: str
    page: int = pydantic.Field(ge=1)
    char_start: int = pydantic.Field(ge=0)
    char_end: int = pydantic.Field(ge=0)
    alignment: Alignment = Alignment.EXACT
    # "metadata": the value comes from the file name / a sidecar override (ente, periodo);
    # the span then points at a mention in the text if there is one.
    origin: Literal["text", "metadata"] = "text"


class Phase(_Frozen):
    descrizione: str
    tempistica: str | None = None


class Indicator(_Frozen):
    nome: str
    target: str | None = None


class UnalignedValue(_Frozen):
    """A value an extractor proposed that the source text does not support: kept apart
    (and shown to the user), never mixed with the record's fields."""

    field: str  # e.g. "responsabile", "indicatori[1].target"
    value: str


# the extractor of a record whose fields were read from prose sentences
PROSE_EXTRACTOR = "rules:prose"


class ObjectiveRecord(_Frozen):
    """One objective of a PIAO as data, with the source of every value.

    Field names and conventions follow the golden record format of the evaluation
    README. `sources` maps a field path to its span: scalar fields by name
    ("titolo"), list items by index ("dipendenti[2]", "fasi[0].descrizione",
    "indicatori[1].target"). `source` spans the whole objective (for an objective
    that appears both in an overview and on a detail page: the detail page).
    """

    id: str
    doc_id: str
    ente: str | None = None
    periodo: str | None = None
    codice: str | None = None
    titolo: str | None = None  # None only for a table row whose title cell is empty
    obiettivo_strategico: str | None = None
    area_strategica: str | None = None
    responsabile: str | None = None
    settore: str | None = None
    stakeholder: tuple[str, ...] = ()
    motivazione: str | None = None
    valore_atteso: str | None = None
    scadenza: str | None = None
    fasi: tuple[Phase, ...] = ()
    indicatori: tuple[Indicator, ...] = ()
    dipendenti: tuple[str, ...] = ()
    source: FieldSource
    sources: dict[str, FieldSource] = pydantic.Field(default_factory=dict)
    unaligned: tuple[UnalignedValue, ...] = ()
    extractor: str = "rules"  # "rules", "rules:prose" (read from sentences) or "llm:<model name>"

    @property
    def page(self) -> int:
        return self.source.page


class ParsedDocument(_Frozen):
    """The output of ingestion for one file: everything the index stores."""

    meta: DocumentMeta
    document: LoadedDocument
    chunks: tuple[Chunk, ...]
    # The objectives as data, stored in the same transaction as the chunks.
    records: tuple[ObjectiveRecord, ...] = ()
    records_by: str = ""  # which extractor (and version) produced `records`


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def chunk_id(content_hash: str, char_start: int, char_end: int, ordinal: int) -> str:
    """Stable id: same file content and span give the same id on every run."""
    raw = f"{content_hash}:{char_start}:{char_end}:{ordinal}".encode()
    return hashlib.sha256(raw).hexdigest()[:32]
