"""Which structural units are objectives, with their fields and titles.

Objective blocks and detail pages are; so are table rows with an objective title and
one more objective field (or three such fields), overview entries, and generic
sections that carry labelled objective fields under an objective-like heading. The
title is cleaned of its label ("Obiettivo 2.1 -") and code, which become fields;
headings above the unit give its strategic frame; rows of a measures table set
under an objective's heading join that objective.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from ingest.align import clean_value
from ingest.models import Unit, UnitKind
from ingest.structure import parse_block_fields, parse_label, split_lines
from ingest.structure.lines import Line
from ingest.structure.block_fields import states_objective
from ingest.structure.orgchart import ROLE_LINE_RE, UNIT_KINDS
from ingest.structure.prose_fields import prose_fields
from ingest.structure.vocabulary import OBJECTIVE_CODE, OBJECTIVE_WORDS, canonical_key
from ingest.text import Field, fold_label, join_items

# Fields that make a table row or a generic section an objective (with a title).
_OBJECTIVE_SIGNALS = frozenset({
    Field.OBIETTIVO_STRATEGICO, Field.AREA_STRATEGICA, Field.RESPONSABILE, Field.SETTORE, Field.INDICATORI, Field.TARGET,
    Field.FASI, Field.SCADENZA, Field.VALORE_ATTESO, Field.MOTIVAZIONE, Field.STAKEHOLDER, Field.DIPENDENTI, Field.CODICE,
})
# Labelled fields a generic section needs before it counts as an objective.
_SECTION_SIGNALS = frozenset({Field.RESPONSABILE, Field.SETTORE, Field.INDICATORI, Field.TARGET, Field.DIPENDENTI})
# the fields an objective's card states of it beyond who is in charge
_CARD_FIELDS = frozenset({Field.MOTIVAZIONE, Field.VALORE_ATTESO, Field.FASI, Field.STAKEHOLDER, Field.SCADENZA})
# (a schedule lists each step's staff too: "Fase | Descrizione | Periodo | Personale coinvolto")
_SCHEDULE_KEYS = frozenset({Field.CODICE, Field.FASI, Field.SCADENZA, Field.INDICATORI, Field.TARGET, Field.PESO,
                            Field.FORMULA, Field.BASELINE, Field.FONTE, Field.DIPENDENTI})


@dataclass
class Candidate:
    """A unit taken for an objective: its fields, its cleaned title, and (for a detail
    page) the overview entry merged into it."""

    unit: Unit
    fields: dict[str, str]
    title: str
    detail: bool  # an objective's own page/block (vs an overview entry)
    overview: Candidate | None = None
    # key -> unit the value comes from (None: a heading, found in the whole text)
    origin: dict[str, Unit | None] = field(default_factory=dict)
    prose: bool = False  # its fields were read from prose sentences, not labels or cells
    listed_as: str = ""  # the title a summary row keyed by its code lists it under


def objective_candidate(text: str, unit: Unit) -> Candidate | None:
    """The unit as an objective candidate, or None when it is not an objective."""
    fields = dict(unit.fields)
    if unit.kind == UnitKind.OBJECTIVE:
        if not states_objective(fields):
            # a block that states no field of an objective (a list of the ente's
            # figures, "Popolazione …: …") has only the look of one
            return None
        title = fields.get(Field.TITOLO) or unit.title or ""
        if title.endswith("…"):  # a title taken from a shortened breadcrumb
            title = _full_heading(text, title, unit.char_end)
        if fold_label(title).startswith(OBJECTIVE_WORDS) and not fields.get(Field.CODICE):
            label_code, bare = _strip_objective_label(title)
            if label_code:
                fields[Field.CODICE], title = label_code, bare
        fields[Field.TITOLO] = title
        # the headings above a block frame it as they frame a section's objective
        for key, value in _frame_from_path(text, unit).items():
            fields.setdefault(key, value)
        return Candidate(unit, fields, clean_value(title), detail=True) if title else None
    if unit.kind == UnitKind.SUMMARY:
        title = fields.get(Field.TITOLO) or ""
        return Candidate(unit, fields, clean_value(title), detail=False) if title else None
    if unit.kind == UnitKind.TABLE_ROW:
        title = fields.get(Field.TITOLO) or ""
        if title and not fields.get(Field.CODICE):
            # a title cell that opens with the objective's code ("OB 4.1 – Verde
            # urbano…"), as a table without a code column writes it
            code, bare = split_heading_code(title)
            # (a title opens with a word: "OP.3.1 e OP.3.2" is a list of references)
            if code and bare[:1].isalpha():
                fields[Field.CODICE], fields[Field.TITOLO] = code, bare
                title = bare
        signals = len(_OBJECTIVE_SIGNALS & fields.keys())
        # a row of only code, phases / measures and times belongs to a schedule or
        # measures table of objectives described elsewhere, not to an objective
        schedule_only = not title and fields.keys() <= _SCHEDULE_KEYS
        if ((title and signals) or signals >= 3) and not schedule_only:
            # a row whose title cell is empty (a merged cell in the source table) is
            # still an objective row: it gets no title rather than a borrowed one
            return Candidate(unit, fields, clean_value(title), detail=False)
        return None
    if unit.kind == UnitKind.SECTION:
        return _section_candidate(text, unit)
    return None


def _section_candidate(text: str, unit: Unit) -> Candidate | None:
    """A generic section that reads like an objective: an objective-like heading (or a
    labelled title) and at least one labelled responsabile / settore / indicator."""
    lines = split_lines(text[unit.char_start : unit.char_end])
    by_line = {lb.line: lb for ln in lines if (lb := parse_label(ln)) and not _in_open_parenthesis(lines, ln.idx)}
    keys = {canonical_key(lb.label) for lb in by_line.values()}
    if not lines:
        return None
    # (a card its heading names by an objective's code, "Scheda di dettaglio – CV.11 …",
    # is that objective's whatever fields it labels: its purpose, phases, deadline)
    carded = _strip_objective_label(unit.title or "")[0] is not None and len(keys & _CARD_FIELDS) >= 2
    if not _SECTION_SIGNALS & keys and not carded:
        return _prose_candidate(text, unit)
    first = next((ln.idx for ln in lines if not ln.blank), 0)
    fields = parse_block_fields(lines, first, len(lines) - 1, by_line)
    if not states_objective(fields):
        return None  # (an anagrafica's figures: `states_objective`)
    # (a title is labelled as such anywhere in the block, "Codice\tOP-1" / "Titolo\t…",
    # by a title label, not an objective's number, "Obiettivo 1.1"; a first line with a
    # label the vocabulary does not know names the objective too)
    labelled_title = (first in by_line and canonical_key(by_line[first].label) in (None, Field.TITOLO)) or any(
        canonical_key(lb.label) == Field.TITOLO and not any(ch.isdigit() for ch in lb.label)
        for lb in by_line.values())
    heading = unit.title or ""
    if heading.endswith("…"):  # breadcrumbs are shortened; the record wants the whole heading
        heading = _full_heading(text, heading, unit.char_end)
    if not labelled_title:
        fields.pop(Field.TITOLO, None)
    title = fields.get(Field.TITOLO) or ""
    if not title and heading:
        # the heading names the objective when it says so ("Obiettivo 2 - …"), when
        # it sits under an objectives heading ("2. Obiettivi operativi" > "2.1 …"),
        # or when the section carries several objective fields
        under_objectives = any(fold_label(p).lstrip("0123456789 ").startswith(OBJECTIVE_WORDS) for p in unit.path[:-1])
        if fold_label(heading).startswith(OBJECTIVE_WORDS):
            label_code, title = _strip_objective_label(heading)
            if label_code and not fields.get(Field.CODICE):
                fields[Field.CODICE] = label_code
        elif under_objectives or len(_SECTION_SIGNALS & keys) >= 2:
            title = _NUMBERING_RE.sub("", heading).strip() or heading
            # (a multi-level number, "1.2 Certificati on line", numbers the objective
            # within its outline: the code it is known by)
            if (outline := re.match(r"\s*(\d{1,2}(?:\.\d{1,2})+)\.?\s", heading)) and not fields.get(Field.CODICE):
                fields[Field.CODICE] = outline.group(1)
    if not title:
        return None
    code, bare = split_heading_code(title)
    if code and not fields.get(Field.CODICE):
        fields[Field.CODICE], title = code, bare
    for key, value in _frame_from_path(text, unit).items():
        fields.setdefault(key, value)
    fields[Field.TITOLO] = title
    return Candidate(unit, fields, clean_value(title), detail=True)


def _prose_candidate(text: str, unit: Unit) -> Candidate | None:
    """A section under an objective's own numbered heading ("Obiettivo 3 – Recupero …",
    "OB.04 — …") whose body, written as prose, says who carries it or what result it
    expects: the fields those sentences state (`prose_fields`). A strategic heading
    frames objectives; it is not one."""
    heading = unit.title or ""
    if heading.endswith("…"):
        heading = _full_heading(text, heading, unit.char_end)
    if any(p.match(heading) for p, _ in _FRAME_KEYS):
        return None
    if fold_label(heading).startswith(OBJECTIVE_WORDS):
        code, title = _strip_objective_label(heading)
        if title == heading.strip():
            return None
        strict = False
    else:
        # a heading that opens with an objective's code ("OB.04 — …", or "2.1.3 …" under
        # an objectives heading) names one too, when its prose says both who carries
        # it and what or by when (a numbered section of prose is no objective)
        code, title = split_heading_code(heading)
        # (the heading directly above it is about objectives: "2.2 Obiettivi operativi")
        parent = unit.path[-2] if len(unit.path) > 1 else ""
        under_objectives = fold_label(parent).lstrip("0123456789 ").startswith(OBJECTIVE_WORDS)
        if not code or not (re.search(r"[A-Za-z]", code) or under_objectives):
            return None
        strict = True
    if not code or not title:
        return None
    body = text[unit.char_start : unit.char_end]
    if (at := body.find(heading)) >= 0:
        # the heading (and the frame headings set above it in the same unit) are titles,
        # not sentences of the body
        body = body[at + len(heading):].lstrip("*# ")
    fields = prose_fields(body)
    if not fields or strict and not (fields.keys() & {Field.SETTORE, Field.RESPONSABILE}
                                     and fields.keys() & {Field.VALORE_ATTESO, Field.SCADENZA}):
        return None
    fields[Field.CODICE] = code
    for key, value in _frame_from_path(text, unit).items():
        fields.setdefault(key, value)
    fields[Field.TITOLO] = title
    return Candidate(unit, fields, clean_value(title), detail=True, prose=True)


def _in_open_parenthesis(lines: Sequence[Line], idx: int) -> bool:
    """The line goes on a sentence's parenthesis the line above left open
    ("(valore di partenza 2025: 40;" / "target 2026: 60, …)"): a label word that opens
    it is a word of the sentence, not a label."""
    above = next((lines[k] for k in range(idx - 1, -1, -1) if not lines[k].blank), None)
    return above is not None and above.clean.rfind("(") > above.clean.rfind(")")


# "OO-1.1.1 – Digitalizzazione…", "3.2 - Ridurre…", "A.1) …", "OB.2026/02 – …" (a year
# after letters): an objective's own code before its title, as headings print it
_HEADING_CODE_RE = re.compile(
    rf"^(?P<code>{OBJECTIVE_CODE}[a-z]?|[A-Z]{{1,3}}\.\d{{1,3}}(?:\.\d{{1,3}})*)"
    r"\s*(?:[-–—:.)]\s*|\s+(?=[A-ZÀ-Ý]))(?P<title>\S.{3,})$"
)


def split_heading_code(title: str) -> tuple[str | None, str]:
    """The code an objective heading opens with, and the title without it."""
    m = _HEADING_CODE_RE.match(title.strip())
    if not m:
        return None, title
    return m.group("code").rstrip("."), m.group("title").strip()


# Ancestor headings that frame an objective: the strategic objective it serves and
# the strategic line / area / mission it belongs to (how plans nest their goals).
_FRAME_KEYS = (
    (re.compile(r"(?i)^\s*obiettiv[oi]\s+strategic[oi]\b"), Field.OBIETTIVO_STRATEGICO),
    (re.compile(r"(?i)^\s*(?:linea|linee|area|ambito|indirizzo|asse|priorit[aà])\s+(?:strategic[ahoi]e?|di\s+mandato)\b|^\s*missione\b"), Field.AREA_STRATEGICA),
)
_LABEL_HEAD_RE = re.compile(
    r"(?i)^\s*(?:obiettiv[oi]\s+strategic[oi]|linea\s+strategica|linee\s+strategiche|area\s+strategica|"
    r"ambito\s+strategico|indirizzo\s+strategico|asse\s+strategico|priorit[aà]\s+strategica|missione)"
    r"\s*(?:n\.?\s*)?"
)


def _frame_from_path(text: str, unit: Unit) -> dict[str, str]:
    out: dict[str, str] = {}
    for crumb in reversed(unit.path[:-1]):
        for pattern, key in _FRAME_KEYS:
            if key not in out and pattern.match(crumb):
                full = _full_heading(text, crumb, unit.char_end)
                # the heading's number is its code, not part of its name
                value = _NUMBERING_RE.sub("", _LABEL_HEAD_RE.sub("", full, count=1).strip(" -–:"))
                value = re.sub(r"^\d{1,2}(?:\.\d{1,2})*\s*[-–—:.)]\s*", "", value).strip(" -–—:")
                out[key] = value or full
    return out


def _full_heading(text: str, crumb: str, before: int) -> str:
    """The whole heading line a (possibly shortened) breadcrumb stands for."""
    prefix = crumb.rstrip("…").strip()
    pos = text.rfind(prefix, 0, before)
    if pos < 0:
        return crumb
    end = text.find("\n", pos)
    heading = text[pos : end if end >= 0 else len(text)]
    # a bold title the layout wrapped goes on in the next bold line, in lower case
    # ("**… e contrasto**" / "**all'abbandono dei rifiuti**"), as the heading reads it
    for nxt in text[end + 1:].split("\n", 2)[:2] if end >= 0 else []:
        more = nxt.strip()
        if heading.rstrip(" *").endswith((".", ";", ":", "!", "?")) or not (
                more.startswith("**") and more.endswith("**") and more.strip("*")[:1].islower()):
            break
        heading = f"{heading} {more}"
    return clean_value(heading)


_OBJECTIVE_LABEL_RE = re.compile(
    r"(?i)^\s*(?:obiettivo|scheda(?:\s+obiettivo)?|progetto|azione|intervento)"
    r"(?:\s+(?:operativo|specifico|strategico|di\s+performance|gestionale))?"
    # (a card named by its kind before the code: "Scheda di dettaglio – CV.01 …")
    r"(?P<kind>\s+(?:di\s+dettaglio|di\s+approfondimento|descrittiva|di\s+sintesi)\s*[-–—:]?)?"
    # (a code may open with letters when a figure follows: "Scheda OB.2025.05 – …")
    r"\s*(?:n\.?|nr\.?|numero)?\s*(?P<code>[A-Za-z]{1,3}[-.]?\d{1,4}(?:\.\d{1,2})*|\d{0,3}(?:\.\d{1,2})*)"
    r"\s*[-–:.)]?\s+(?=\S)"
)


_NUMBERING_RE = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})*\.?|[A-Z]\.|[IVX]{1,4}\.)\s+(?=\S)")


def _strip_objective_label(heading: str) -> tuple[str | None, str]:
    """'Obiettivo 2.1 - Ridurre i tempi' -> ('2.1', 'Ridurre i tempi'): the label is not
    the title, its number is the objective's code."""
    m = _OBJECTIVE_LABEL_RE.match(heading)
    if not m or m.group("kind") and not m.group("code"):
        return None, heading.strip()  # ("Scheda di dettaglio del progetto": no code, a title)
    rest = heading[m.end():].strip()
    return (m.group("code") or None), (rest or heading.strip())


def code_key(code: str) -> str:
    """A code as a lookup key, letters kept ("C.2" and "E.2" differ)."""
    return fold_label(code).replace(" ", ".")


def _code_key(fields: dict[str, str]) -> str:
    return code_key(fields.get(Field.CODICE, ""))


def absorb_schedule_rows(candidates: list[Candidate]) -> list[Candidate]:
    """The candidates without the rows of a schedule keyed by the objectives' codes.

    A row of a second table that names an objective found elsewhere by its code (and a
    short form of its title) and adds only times and measures, as a cronoprogramma
    does ("OB 4.1 – Verde urbano … | X | X | 30/11/2026"), is that objective's
    schedule, not another objective: what it adds fills the objective's empty fields.
    """
    def extra(c: Candidate) -> set[str]:
        return set(c.fields) - _SCHEDULE_KEYS - {Field.TITOLO}

    main: dict[str, Candidate] = {}
    for cand in candidates:
        if (key := _code_key(cand.fields)) and extra(cand):
            main.setdefault(key, cand)
    kept: list[Candidate] = []
    for cand in candidates:
        owner = main.get(_code_key(cand.fields)) if _code_key(cand.fields) else None
        if owner is None or owner is cand or cand.unit.kind != UnitKind.TABLE_ROW or extra(cand) \
                or not _share_words(cand.title, owner.title):
            kept.append(cand)
            continue
        for key, value in cand.fields.items():
            if key not in (Field.CODICE, Field.TITOLO) and value and not owner.fields.get(key):
                owner.fields[key] = value
                owner.origin[key] = cand.unit
        owner.listed_as = owner.listed_as or cand.title
    return kept


def _share_words(a: str, b: str) -> bool:
    """Two titles of one objective share a word of substance (a short title is the
    long one's words abridged); an empty title names nothing against the code."""
    words = [{w for w in re.findall(r"[^\W\d_]{4,}", fold_label(t))} for t in (a, b)]
    return not a or bool(words[0] & words[1])


def absorb_measure_rows(candidates: list[Candidate], units: Sequence[Unit]) -> None:
    """Rows of an indicator (or phase) table set under an objective's heading are that
    objective's measures: a row with no title of its own whose heading chain runs
    through the objective's heading adds its indicators / phases to the objective.
    So is a row with no title right under an objective's row (the objective's cells
    merged over its second indicator's row)."""
    owners = [c for c in candidates if c.detail and c.unit.kind == UnitKind.SECTION]
    by_code = {_code_key(c.fields): c for c in candidates if _code_key(c.fields)}
    by_unit = {id(c.unit): c for c in candidates}
    taken = set(by_unit)
    above: Candidate | None = None  # the objective row the rows so far continue
    for unit in units:
        if unit.kind != UnitKind.TABLE_ROW:
            above = None
            continue
        if id(unit) in taken:
            above = by_unit[id(unit)] if by_unit[id(unit)].unit.kind == UnitKind.TABLE_ROW else None
            continue
        keys = {k for k in (Field.INDICATORI, Field.FASI) if unit.fields.get(k)}
        if not keys:
            continue
        if Field.FASI in keys and unit.fields.get(Field.DIPENDENTI):
            keys.add(Field.DIPENDENTI)  # a phase's staff works on its objective
        # a schedule / measures table keyed by the objectives' codes (a row "C.2 ·
        # Attività · Tempi" belongs to objective C.2), else the objective whose
        # heading the table sits under
        owner = by_code.get(_code_key(unit.fields)) if _code_key(unit.fields) else None
        if owner is None and not unit.fields.get(Field.TITOLO) and not _code_key(unit.fields):
            owner = above
        if owner is None:
            owner = next(
                (c for c in reversed(owners) if c.unit.char_start <= unit.char_start
                 and unit.path[: len(c.unit.path)] == c.unit.path),
                None,
            )
        if owner is None:
            continue
        for key in keys:
            if key == Field.DIPENDENTI:
                # the objective's staff: everyone its phases name, each once
                names = re.split(r"\s*[,;\n]\s*", f"{owner.fields.get(key, '')},{unit.fields[key]}")
                owner.fields[key] = ", ".join(dict.fromkeys(n for n in names if n))
            else:
                owner.fields[key] = join_items((owner.fields.get(key, ""), unit.fields[key]))
            owner.origin.setdefault(key, unit)


# A heading that names an office and, after a role label, its head ("AREA 3 – TRIBUTI –
# Responsabile: rag. Mario Rossi", "Settore Tecnico"): what the table under it belongs to.
_OFFICE_HEAD_RE = re.compile(
    rf"(?i)^\s*(?P<office>{UNIT_KINDS}\b.{{2,120}}?)"
    r"(?:\s*[-–—:,]\s*(?:responsabile|dirigente|titolare)(?:\s+di\s+\w+)?\s*:?\s*(?P<head>.+))?\s*$")


def frame_rows_by_office(candidates: list[Candidate], units: Sequence[Unit], text: str) -> None:
    """Objective rows that name no office belong to the office the nearest heading above
    their table names: a table per area under "AREA 2 – … – Responsabile: …" (or an
    org-chart line set right above the table, read as the office's entry)."""
    heads: list[tuple[int, str, str, Unit | None]] = []  # (where, office, head, unit)
    for i, unit in enumerate(units[:-1]):
        if unit.kind == UnitKind.ORG_CHART and units[i + 1].kind == UnitKind.TABLE_ROW and unit.fields.get(Field.SETTORE):
            heads.append((unit.char_start, unit.fields[Field.SETTORE], unit.fields.get(Field.TITOLARE, ""), unit))
    for cand in candidates:
        if cand.unit.kind != UnitKind.TABLE_ROW or cand.fields.get(Field.SETTORE) or cand.fields.get(Field.RESPONSABILE):
            continue
        nearest = max([*heads, *_office_crumbs(cand.unit, text)],
                      key=lambda h: h[0] if h[0] < cand.unit.char_start else -1, default=None)
        if nearest is None or nearest[0] >= cand.unit.char_start:
            continue
        _, office, head, unit = nearest
        cand.fields[Field.SETTORE] = office
        cand.origin[Field.SETTORE] = unit
        if head:
            cand.fields[Field.RESPONSABILE] = head
            cand.origin[Field.RESPONSABILE] = unit




def _office_crumbs(unit: Unit, text: str) -> list[tuple[int, str, str, Unit | None]]:
    """(where, office, head, None) for each heading above `unit` that names an office,
    with the head it names or the head line right under it names."""
    out: list[tuple[int, str, str, Unit | None]] = []
    for crumb in unit.path:
        at = text.rfind(crumb.rstrip("…").strip(), 0, unit.char_start)
        if at < 0:
            continue
        # (a breadcrumb may be shortened: the whole heading line is read)
        line = _full_heading(text, crumb, unit.char_start)
        head = ""
        if (m := ROLE_LINE_RE.match(line)) is not None:
            # the head's line under the office's own ("AREA 1 – AFFARI GENERALI" / "Responsabile: …")
            head, at = m.group("value"), text.rfind("\n", 0, max(0, text.rfind("\n", 0, at)))
            line = clean_value(text[at + 1:text.find("\n", at + 1)])
        if (m := _OFFICE_HEAD_RE.match(line)) is None:
            continue
        if not (head := m.group("head") or head):
            # or the head line right under the office's heading, not itself a heading
            end = text.find("\n", at + 1)
            below = clean_value(text[end + 1:text.find("\n", end + 1)]) if end >= 0 else ""
            head = found.group("value") if (found := ROLE_LINE_RE.match(below)) else ""
        out.append((at, m.group("office").strip(" -–—:,"), head.strip(" .…"), None))
    return out
