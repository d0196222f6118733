"""Queries over the stored objective records: lists, counts, counts by settore.

Records are extracted at ingestion and stored in the catalog with the chunks; this is
the read side the CLI, the app and the answering step use, e.g. "quanti obiettivi ha
il settore 12. Verde Urbano?" → `RecordQueries(catalog).count(settore="12. Verde
Urbano")`.
"""

from __future__ import annotations

from dataclasses import dataclass

from ingest.models import ObjectiveRecord
from ingest.text import Field
from vectorstore.catalog import Catalog
from vectorstore.records import RecordFilters

NO_VALUE = "(non indicato)"


@dataclass(frozen=True)
class GroupCount:
    value: str  # NO_VALUE when the records do not state it
    count: int


class RecordQueries:
    """Read access to the objective records of a catalog."""

    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog

    @staticmethod
    def filters(
        ente: str | None = None,
        periodo: str | None = None,
        settore: str | None = None,
        responsabile: str | None = None,
        keyword: str | None = None,
        doc_ids: list[str] | tuple[str, ...] | None = None,
    ) -> RecordFilters:
        return RecordFilters(
            ente=ente, periodo=periodo, settore=settore, responsabile=responsabile,
            keyword=keyword, doc_ids=list(doc_ids) if doc_ids else None,
        )

    def list(self, filters: RecordFilters | None = None, limit: int | None = None) -> list[ObjectiveRecord]:
        """Matching records in document order."""
        return self.catalog.records(filters, limit)

    def count(self, filters: RecordFilters | None = None, **kwargs: str) -> int:
        """How many objectives match (`filters`, or the keyword filters given by name)."""
        return self.catalog.count_records(filters or self.filters(**kwargs))

    def count_by(self, field: str, filters: RecordFilters | None = None) -> list[GroupCount]:
        """Counts per settore / responsabile / ente / periodo / doc_id, largest first."""
        return [
            GroupCount(value or NO_VALUE, n) for value, n in self.catalog.count_records_by(field, filters)
        ]

    def count_by_settore(self, filters: RecordFilters | None = None) -> list[GroupCount]:
        return self.count_by(Field.SETTORE, filters)

    def of_document(self, doc_id: str) -> list[ObjectiveRecord]:
        return self.catalog.records(RecordFilters(doc_ids=[doc_id]))
