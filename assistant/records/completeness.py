"""Completeness checks of objective records: what an employee should fix in a PIAO.

Per record: missing responsible, missing indicators or targets, missing deadline, no
link to a strategic objective, no title, values not found in the text. Per document:
duplicate objectives and duplicate codes. Messages are Italian and name the objective
and its page, so that the report can be acted on.

Codes: in many PIAOs the code is a *reference* shared by several objectives (the
parent strategic objective "1.2.5", the DUP programme "01.02", "Rif. DUP 1.1.5"). A
shared code is only reported when the document otherwise uses codes as identifiers
(nearly all distinct) or when two objectives share both code and title.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from ingest.models import Alignment, ObjectiveRecord
from ingest.text import fold_label, truncate

# Codes that name a reference, not the objective itself.
_REFERENCE_PREFIXES = ("RIF", "REF", "RIFERIMENTO", "DUP", "PROGRAMMA", "MISSIONE")
_ID_CODES_SHARE = 0.8  # a document whose codes are ≥ 80% distinct uses them as identifiers


class Check(StrEnum):
    TITOLO = "titolo_mancante"
    RESPONSABILE = "responsabile_mancante"
    INDICATORI = "indicatori_mancanti"
    TARGET = "target_mancanti"
    SCADENZA = "scadenza_mancante"
    STRATEGICO = "obiettivo_strategico_mancante"
    NON_ALLINEATI = "valori_non_verificati"
    DUPLICATO = "obiettivo_duplicato"
    CODICE_DUPLICATO = "codice_duplicato"


CHECK_LABELS = {
    Check.TITOLO: "obiettivi senza titolo",
    Check.RESPONSABILE: "obiettivi senza responsabile né settore",
    Check.INDICATORI: "obiettivi senza indicatori",
    Check.TARGET: "obiettivi con indicatori senza target",
    Check.SCADENZA: "obiettivi senza scadenza né tempi delle fasi",
    Check.STRATEGICO: "obiettivi non collegati a un obiettivo strategico",
    Check.NON_ALLINEATI: "obiettivi con valori non trovati nel testo",
    Check.DUPLICATO: "obiettivi duplicati",
    Check.CODICE_DUPLICATO: "codici duplicati",
}


@dataclass(frozen=True)
class Issue:
    check: Check
    doc_id: str
    record_id: str
    page: int
    title: str  # the objective as the employee recognises it
    message: str  # Italian, actionable


@dataclass
class DocumentReport:
    doc_id: str
    n_records: int
    issues: list[Issue] = field(default_factory=list)

    @property
    def n_complete(self) -> int:
        """Records without any issue."""
        flagged = {i.record_id for i in self.issues}
        return self.n_records - len(flagged)

    def counts(self) -> dict[Check, int]:
        """Records affected by each check."""
        by: dict[Check, set[str]] = defaultdict(set)
        for i in self.issues:
            by[i.check].add(i.record_id)
        return {c: len(ids) for c, ids in by.items()}


def _label(r: ObjectiveRecord) -> str:
    name = r.titolo or r.motivazione or r.codice or r.id
    code = f"{r.codice} " if r.codice and r.titolo else ""
    return truncate(f"{code}{name}", 90)


def check_record(r: ObjectiveRecord) -> list[Issue]:
    """The issues of one record (document-level checks are in `check_document`)."""
    out: list[Issue] = []

    def add(check: Check, message: str) -> None:
        out.append(Issue(check, r.doc_id, r.id, r.page, _label(r), message))

    if not r.titolo:
        add(Check.TITOLO, "manca il titolo dell'obiettivo: indicare l'obiettivo operativo.")
    if not r.responsabile and not r.settore:
        add(Check.RESPONSABILE, "manca il responsabile (o il settore): indicare chi ne risponde.")
    if not r.indicatori:
        add(Check.INDICATORI, "nessun indicatore: indicare come si misura il raggiungimento.")
    else:
        missing = [i.nome for i in r.indicatori if not i.target]
        if missing:
            names = "; ".join(truncate(n, 60) for n in missing[:3]) + ("; …" if len(missing) > 3 else "")
            add(
                Check.TARGET,
                f"{len(missing)} indicator{'e' if len(missing) == 1 else 'i'} su {len(r.indicatori)} "
                f"senza target ({names}): indicare il valore atteso.",
            )
    if not r.scadenza and not any(p.tempistica for p in r.fasi):
        add(Check.SCADENZA, "manca la scadenza (né l'obiettivo né le fasi hanno tempi): indicarla.")
    if not r.obiettivo_strategico and not r.area_strategica:
        add(
            Check.STRATEGICO,
            "non è collegato a un obiettivo strategico (DUP/mandato): indicare quello di riferimento.",
        )
    unverified = [
        path for path, s in r.sources.items() if s.alignment == Alignment.NONE and s.origin == "text"
    ]
    unverified += [u.field for u in r.unaligned]
    if unverified:
        add(
            Check.NON_ALLINEATI,
            f"{len(unverified)} valori non trovati nel testo del documento ({', '.join(unverified[:4])}"
            f"{', …' if len(unverified) > 4 else ''}): verificarli.",
        )
    return out


def _code_key(code: str) -> str:
    return fold_label(code)


def _is_reference(code: str, r: ObjectiveRecord) -> bool:
    key = _code_key(code)
    if key.startswith(_REFERENCE_PREFIXES):
        return True
    strategic = fold_label(r.obiettivo_strategico or "")
    return bool(strategic) and strategic.startswith(key)


def check_document(records: Sequence[ObjectiveRecord]) -> DocumentReport:
    """Record checks plus duplicates, for the records of ONE document."""
    doc_id = records[0].doc_id if records else ""
    report = DocumentReport(doc_id, len(records))
    for r in records:
        report.issues.extend(check_record(r))
    # the same objective written twice (same title, and same code if any)
    by_title: dict[tuple[str, str], list[ObjectiveRecord]] = defaultdict(list)
    for r in records:
        if r.titolo:
            by_title[(fold_label(r.titolo), _code_key(r.codice or ""))].append(r)
    for group in by_title.values():
        if len(group) > 1:
            pages = ", ".join(str(g.page) for g in group)
            for r in group:
                report.issues.append(Issue(
                    Check.DUPLICATO, r.doc_id, r.id, r.page, _label(r),
                    f"compare {len(group)} volte (pagine {pages}): eliminare o distinguere i doppioni.",
                ))
    # codes used as identifiers must be unique
    coded = [r for r in records if r.codice]
    distinct = Counter(_code_key(r.codice or "") for r in coded)
    if coded and len(distinct) >= _ID_CODES_SHARE * len(coded):
        for r in coded:
            code = r.codice or ""
            if distinct[_code_key(code)] > 1 and not _is_reference(code, r):
                others = [o for o in coded if _code_key(o.codice or "") == _code_key(code) and o.id != r.id]
                if any(fold_label(o.titolo or "") == fold_label(r.titolo or "") for o in others):
                    continue  # already reported as a duplicate objective
                report.issues.append(Issue(
                    Check.CODICE_DUPLICATO, r.doc_id, r.id, r.page, _label(r),
                    f"il codice «{code}» è usato da {distinct[_code_key(code)]} obiettivi diversi: "
                    "assegnare codici distinti.",
                ))
    return report


def check_records(records: Iterable[ObjectiveRecord]) -> list[DocumentReport]:
    """One report per document, in document-id order."""
    by_doc: dict[str, list[ObjectiveRecord]] = defaultdict(list)
    for r in records:
        by_doc[r.doc_id].append(r)
    return [check_document(by_doc[d]) for d in sorted(by_doc)]


def format_report(reports: Sequence[DocumentReport], details: bool = True, max_items: int = 200) -> str:
    """The report as plain Italian text: a summary per document, then each issue."""
    if not reports:
        return "Nessun obiettivo da controllare."
    lines: list[str] = []
    for rep in reports:
        lines.append(f"{rep.doc_id}")
        lines.append(
            f"  {rep.n_records} obiettivi, {rep.n_complete} completi, "
            f"{rep.n_records - rep.n_complete} da completare"
        )
        for check, n in sorted(rep.counts().items(), key=lambda kv: -kv[1]):
            lines.append(f"  - {CHECK_LABELS[check]}: {n}")
        if details and rep.issues:
            lines.append("  Dettaglio:")
            by_record: dict[str, list[Issue]] = defaultdict(list)
            for issue in rep.issues:
                by_record[issue.record_id].append(issue)
            ordered = sorted(by_record.values(), key=lambda g: (g[0].page, g[0].title))
            for group in ordered[:max_items]:
                lines.append(f"    pag. {group[0].page} · {group[0].title}")
                lines.extend(f"      - {i.message}" for i in group)
            if len(ordered) > max_items:
                lines.append(f"    … altri {len(ordered) - max_items} obiettivi da completare")
        lines.append("")
    return "\n".join(lines).rstrip()
