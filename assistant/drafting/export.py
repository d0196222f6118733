"""A draft out: Markdown (what the CLI prints and the app shows), DOCX, JSON.

Every export carries the same content: the fields with their status (indicato,
composto, da confermare, proposto dal modello, da definire), phases and indicators,
the precedents' wording as suggestions, the description, the SMART warnings, the
names removed by the grounding check and the precedents cited by document and page
with what was taken from each.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Literal

from assistant.drafting.models import Draft, Status
from assistant.drafting.smart import format_warnings
from assistant.errors import DraftError
from ingest.text import Field

DraftFormat = Literal["md", "docx", "json"]
DRAFT_FORMATS: tuple[DraftFormat, ...] = ("md", "docx", "json")

FIELDS: tuple[tuple[str, str], ...] = (
    (Field.TITOLO, "Titolo"),
    (Field.ENTE, "Ente"),
    (Field.PERIODO, "Periodo"),
    (Field.OBIETTIVO_STRATEGICO, "Obiettivo strategico (DUP)"),
    (Field.SETTORE, "Settore"),
    (Field.RESPONSABILE, "Responsabile"),
    (Field.MOTIVAZIONE, "Motivazione"),
    (Field.VALORE_ATTESO, "Valore atteso"),
    (Field.SCADENZA, "Scadenza"),
)
FIELD_LABELS = dict(FIELDS) | {Field.STAKEHOLDER: "Stakeholder"}


def header_note(draft: Draft) -> str:
    if draft.mode == "offline":
        how = "Bozza composta offline dai precedenti (nessun modello linguistico)"
    else:
        how = f"Bozza scritta dal modello linguistico {draft.mode.removeprefix('llm:')} e verificata"
    return (
        f"{how}: i valori *da confermare* sono suggerimenti ripresi dai precedenti o da "
        "convenzioni, quelli *da definire* vanno completati dall'ente."
    )


def _refs(numbers: tuple[int, ...]) -> str:
    return " ".join(f"[{n}]" for n in numbers)


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def draft_markdown(draft: Draft) -> str:
    """The draft as Markdown."""
    r = draft.record
    out: list[str] = [f"# Bozza di obiettivo: {r.titolo}", "", f"> {header_note(draft)}", ""]
    for w in draft.warnings:
        out += [f"> ⚠️ {w}", ""]
    out += ["| Campo | Valore | Stato |", "|---|---|---|"]
    for name, label in FIELDS:
        note = draft.notes.get(name)
        status = note.status.value if note else Status.UNDEFINED.value
        refs = f" {_refs(note.precedents)}" if note and note.precedents else ""
        out.append(f"| {label} | {_cell(getattr(r, name) or '')} | {status}{refs} |")
    holders = draft.notes.get(Field.STAKEHOLDER)
    out.append(
        f"| Stakeholder | {_cell(', '.join(r.stakeholder))} | "
        f"{holders.status.value if holders else Status.UNDEFINED.value}"
        f"{' ' + _refs(holders.precedents) if holders and holders.precedents else ''} |"
    )
    out += ["", "## Fasi", "", "| # | Fase | Tempistica | Stato |", "|---|---|---|---|"]
    for n, p in enumerate(r.fasi):
        note = draft.notes.get(f"fasi[{n}]")
        status = f"{note.status.value} {_refs(note.precedents)}".strip() if note else ""
        out.append(f"| {n + 1} | {_cell(p.descrizione)} | {_cell(p.tempistica or '')} | {status} |")
    if not r.fasi:
        out.append("| – | da definire | da definire | da definire |")
    out += ["", "## Indicatori", "", "| # | Indicatore | Target | Stato |", "|---|---|---|---|"]
    for n, i in enumerate(r.indicatori):
        note = draft.notes.get(f"indicatori[{n}]")
        status = f"{note.status.value} {_refs(note.precedents)}".strip() if note else ""
        out.append(f"| {n + 1} | {_cell(i.nome)} | {_cell(i.target or '')} | {status} |")
    if not r.indicatori:
        out.append("| – | da definire | da definire | da definire |")
    out += ["", "## Descrizione", "", draft.description, ""]
    if draft.suggestions:
        out += ["## Suggerimenti dai precedenti (da valutare)", ""]
        for s in draft.suggestions:
            out.append(f"- **{FIELD_LABELS.get(s.campo, s.campo)}** [{s.precedente}]: «{s.testo}»")
        out.append("")
    out += ["## Controllo SMART", "", format_warnings(draft.smart), ""]
    if draft.flagged:
        out += ["## Nomi non verificati", ""]
        out += [f"- {f.message}" for f in draft.flagged]
        out.append("")
    out += ["## Precedenti", ""]
    if not draft.precedents:
        out.append("Nessun obiettivo simile nei documenti caricati.")
    for p in draft.precedents:
        who = " · ".join(x for x in (p.ente, p.periodo) if x)
        out.append(f"{p.n}. **{p.titolo}** — {p.citation}{f' ({who})' if who else ''}")
        out.append(f"   - ripreso: {'; '.join(p.taken)}")
    details = [(k, n) for k, n in draft.notes.items() if n.detail]
    if details:
        out += ["", "## Note sui valori", ""]
        out += [f"- `{k}`: {n.detail}" for k, n in details]
    return "\n".join(out).rstrip() + "\n"


def draft_json(draft: Draft) -> str:
    return json.dumps(draft.model_dump(mode="json"), ensure_ascii=False, indent=1)


def write_docx(draft: Draft, path: Path) -> None:
    """The draft as a Word document (python-docx)."""
    import docx

    r = draft.record
    doc = docx.Document()
    doc.add_heading(f"Bozza di obiettivo: {r.titolo}", level=1)
    doc.add_paragraph().add_run(header_note(draft)).italic = True
    for w in draft.warnings:
        doc.add_paragraph(f"Attenzione: {w}")

    def table(headers: list[str], rows: list[list[str]]) -> None:
        t = doc.add_table(rows=1, cols=len(headers))
        t.style = "Table Grid"
        for cell, text in zip(t.rows[0].cells, headers, strict=True):
            cell.text = text
            for run in cell.paragraphs[0].runs:
                run.bold = True
        for row in rows:
            cells = t.add_row().cells
            for cell, text in zip(cells, row, strict=True):
                cell.text = text

    def status(path_: str) -> str:
        note = draft.notes.get(path_)
        if note is None:
            return Status.UNDEFINED.value
        return f"{note.status.value} {_refs(note.precedents)}".strip()

    rows = [[label, getattr(r, name) or "", status(name)] for name, label in FIELDS]
    rows.append(["Stakeholder", ", ".join(r.stakeholder), status(Field.STAKEHOLDER)])
    table(["Campo", "Valore", "Stato"], rows)
    doc.add_heading("Fasi", level=2)
    table(
        ["#", "Fase", "Tempistica", "Stato"],
        [[str(n + 1), p.descrizione, p.tempistica or "", status(f"fasi[{n}]")] for n, p in enumerate(r.fasi)]
        or [["–", "da definire", "da definire", "da definire"]],
    )
    doc.add_heading("Indicatori", level=2)
    table(
        ["#", "Indicatore", "Target", "Stato"],
        [[str(n + 1), i.nome, i.target or "", status(f"indicatori[{n}]")] for n, i in enumerate(r.indicatori)]
        or [["–", "da definire", "da definire", "da definire"]],
    )
    doc.add_heading("Descrizione", level=2)
    doc.add_paragraph(draft.description)
    if draft.suggestions:
        doc.add_heading("Suggerimenti dai precedenti (da valutare)", level=2)
        for s in draft.suggestions:
            doc.add_paragraph(f"{FIELD_LABELS.get(s.campo, s.campo)} [{s.precedente}]: «{s.testo}»", style="List Bullet")
    doc.add_heading("Controllo SMART", level=2)
    if draft.smart:
        for w in draft.smart:
            doc.add_paragraph(f"[{w.criterio}] {w.label}: {w.messaggio}", style="List Bullet")
    else:
        doc.add_paragraph(format_warnings(()))
    if draft.flagged:
        doc.add_heading("Nomi non verificati", level=2)
        for f in draft.flagged:
            doc.add_paragraph(f.message, style="List Bullet")
    doc.add_heading("Precedenti", level=2)
    if not draft.precedents:
        doc.add_paragraph("Nessun obiettivo simile nei documenti caricati.")
    for p in draft.precedents:
        who = " · ".join(x for x in (p.ente, p.periodo) if x)
        doc.add_paragraph(f"[{p.n}] {p.titolo} — {p.citation}{f' ({who})' if who else ''}", style="List Number")
        doc.add_paragraph(f"ripreso: {'; '.join(p.taken)}")
    doc.save(str(path))


def draft_format_for(path: Path, given: str | None = None) -> DraftFormat:
    """The export format: the given one, else the file's extension (.md, .docx, .json).

    Raises:
        DraftError: unknown format.
    """
    fmt = (given or path.suffix.lstrip(".")).lower()
    fmt = "md" if fmt == "markdown" else fmt
    if fmt not in DRAFT_FORMATS:
        raise DraftError(
            f"Formato della bozza non riconosciuto: '{fmt or path.name}'. Usa .md, .docx o .json.",
            detail=f"format={fmt!r} path={path}",
        )
    return fmt  # type: ignore[return-value]


def export_draft(draft: Draft, path: Path, fmt: str | None = None) -> DraftFormat:
    """Write `draft` to `path` (atomically) as Markdown, DOCX or JSON.

    Raises:
        DraftError: unknown format, or the file cannot be written.
    """
    chosen = draft_format_for(path, fmt)
    writers: dict[str, Callable[[Path], None]] = {
        "md": lambda p: p.write_text(draft_markdown(draft), encoding="utf-8"),
        "json": lambda p: p.write_text(draft_json(draft), encoding="utf-8"),
        "docx": lambda p: write_docx(draft, p),
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    os.close(fd)
    try:
        writers[chosen](Path(tmp))
        os.chmod(tmp, 0o644)  # mkstemp creates 0600: a draft is meant to be shared
        os.replace(tmp, path)
    except OSError as exc:
        raise DraftError(f"Impossibile scrivere il file {path}: {exc.strerror or exc}.", detail=str(exc)) from exc
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return chosen
