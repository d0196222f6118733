"""Sector pages: overview listings and per-objective detail pages under settore
headings, claimed together so that they can cross-reference each other."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ingest.models import Unit, UnitKind
from ingest.structure.claims import Claim, make_unit, no_units
from ingest.structure.headings import HeadingTracker
from ingest.structure.lines import Line, next_nonblank, prev_nonblank
from ingest.structure.orgchart import (
    CATEGORY_RE,
    assignment,
    find_settore_heading,
    is_person_name,
    is_settore_heading,
)
from ingest.structure.sector_details import Objective, parse_objective
from ingest.structure.sector_labels import DIPENDENTI_RE, is_code_line, run_values, sp_label
from ingest.structure.sector_summary import find_summary_entries
from ingest.text import TAG_QUALIFIERS, Field, fold_label, is_near, upper_ratio


def claim_sector_pages(lines: Sequence[Line], taken: set[int]) -> list[Claim]:
    labels = {ln.idx: kind for ln in lines if ln.idx not in taken and (kind := sp_label(ln))}
    if not labels:
        return []
    runs = _label_runs(lines, labels)
    claims: list[Claim] = []
    summary_entries: list[tuple[int, int, dict[str, str], tuple[str, str]]] = []
    objective_starts: list[int] = []
    claimed_summary: set[int] = set()
    state = {"area": "", "os": ""}

    # summary groups: runs that end with "obiettivi operativi" (plural)
    for n, run in enumerate(runs):
        values = run_values(lines, run, labels)
        if "area" in values:
            state["area"] = values["area"]
            state["os"] = ""
        if "os" in values:
            state["os"] = values["os"]
        if "oos" in {labels.get(k) for k in run}:
            body_start = run[-1] + 1
            body_end = runs[n + 1][0] - 1 if n + 1 < len(runs) else len(lines) - 1
            entries = find_summary_entries(lines, body_start, body_end, taken)
            for first, last, fields in entries:
                summary_entries.append((first, last, fields, (state["area"], state["os"])))
                claimed_summary.update(range(first, last + 1))
            # the labels and their values are in every entry's path: no unit
            head_end = (entries[0][0] - 1) if entries else run[-1]
            claims.append(Claim(run[0], head_end, no_units))
            claimed_summary.update(range(run[0], head_end + 1))
        elif "oo" in {labels.get(k) for k in run}:
            objective_starts.append(run[0])

    # detail objectives: label runs with "obiettivo operativo", plus code lines that
    # follow a finished objective (after its list of employees)
    objective_starts = sorted(set(objective_starts) | _code_starts(lines, objective_starts, labels, claimed_summary, taken))
    settore_heads = _settore_headings(lines, labels, taken | claimed_summary)
    boundaries = sorted(set(objective_starts) | set(settore_heads) | {r[0] for r in runs if "oos" in {labels.get(k) for k in r}})
    objectives: list[Objective] = []
    area, os_ = "", ""
    for start in objective_starts:
        later = [x for x in boundaries if x > start]
        stop = later[0] - 1 if later else len(lines) - 1
        # summary entries or org chart lines are never part of a detail page
        for k in range(start, stop + 1):
            if k in claimed_summary or k in taken:
                stop = k - 1
                break
        last = prev_nonblank(lines, stop, start) or start
        settore = _current_settore(settore_heads, start)
        obj = parse_objective(lines, start, last, labels, settore, area, os_)
        area, os_ = obj.fields.get(Field.AREA_STRATEGICA, ""), obj.fields.get(Field.OBIETTIVO_STRATEGICO, "")
        objectives.append(obj)

    for idx, text in settore_heads.items():
        n_lines = 2 if text != lines[idx].clean else 1
        claims.append(Claim(idx, idx + n_lines - 1, no_units))
    _cross_reference(objectives, summary_entries)
    _canonical_settori(lines, objectives, summary_entries)
    for first, last, fields, (area_, os__) in summary_entries:
        claims.append(Claim(first, last, _summary_builder(lines, first, last, fields, area_, os__), own_path=True))
    for obj in objectives:
        claims.append(Claim(obj.first, obj.last, _objective_builder(lines, obj), own_path=True))
    return claims


def _label_runs(lines: Sequence[Line], labels: dict[int, str]) -> list[list[int]]:
    """Label lines that belong together: each label is followed only by its value
    paragraph(s) before the next label of the run."""
    runs: list[list[int]] = []
    order = sorted(labels)
    for idx in order:
        if runs:
            prev = runs[-1][-1]
            # at most ~2 value paragraphs between labels of one run
            paras = 0
            k = prev + 1
            while k < idx:
                if not lines[k].blank and (k == prev + 1 or lines[k - 1].blank):
                    paras += 1
                k += 1
            if paras <= 2 and labels[prev] not in ("oo", "settori"):
                runs[-1].append(idx)
                continue
        runs.append([idx])
    return runs


def _code_starts(
    lines: Sequence[Line], starts: list[int], labels: dict[int, str], claimed: set[int], taken: set[int]
) -> set[int]:
    """Code lines that open an objective without labels: right after the employee
    list that closes the previous objective."""
    out: set[int] = set()
    in_employees = False
    for ln in lines:
        if ln.idx in claimed or ln.idx in taken:
            in_employees = False
            continue
        if ln.blank:
            continue
        if DIPENDENTI_RE.match(ln.clean):
            in_employees = True
            continue
        if in_employees:
            if _is_employee_line(ln) or CATEGORY_RE.match(ln.clean):
                continue
            if is_code_line(ln.clean) and ln.idx not in labels and ln.idx not in starts:
                out.add(ln.idx)
            in_employees = False
    return out


def _is_employee_line(ln: Line) -> bool:
    cells = [c for c in ln.cells if c] if ln.has_tab else [ln.clean]
    return bool(cells) and is_person_name(cells[0]) and all(
        CATEGORY_RE.match(c) or c == cells[0] for c in cells
    )


def _settore_headings(lines: Sequence[Line], labels: dict[int, str], taken: set[int]) -> dict[int, str]:
    """Settore headings of detail pages: 'NN. NAME' lines that are not a label's value
    and are followed by a label or code line."""
    heads: dict[int, str] = {}
    for ln in lines:
        if ln.idx in taken or ln.blank or not is_settore_heading(ln.clean):
            continue
        prev = prev_nonblank(lines, ln.idx - 1)
        if prev is not None and (prev in labels or lines[prev].clean.lower().startswith("settore a cui")):
            continue
        nxt = next_nonblank(lines, ln.idx + 1)
        text = ln.clean
        if nxt is not None and nxt == ln.idx + 1 and upper_ratio(lines[nxt].clean) >= 0.9 and not sp_label(lines[nxt]):
            text = f"{text} {lines[nxt].clean}"
            nxt = next_nonblank(lines, nxt + 1)
        if nxt is not None and (nxt in labels or is_code_line(lines[nxt].clean)):
            heads[ln.idx] = text
    return heads


def _current_settore(heads: dict[int, str], idx: int) -> str:
    before = [k for k in heads if k < idx]
    return heads[max(before)] if before else ""


def _canonical_settori(
    lines: Sequence[Line],
    objectives: list[Objective],
    summary: list[tuple[int, int, dict[str, str], tuple[str, str]]],
) -> None:
    """Write a settore the way the org chart writes it ("06.GOVERNO ..." ->
    "06. GOVERNO ..."), so that objective -> settore -> titolare lookups match."""
    names: dict[str, str] = {}
    for ln in lines:
        if assignment(ln) and (head := find_settore_heading(lines, ln.idx - 1, max(0, ln.idx - 40), set())):
            names.setdefault(re.sub(r"[^A-Z0-9]", "", fold_label(head[1])), head[1])
    if not names:
        return

    def canon(value: str) -> str:
        return names.get(re.sub(r"[^A-Z0-9]", "", fold_label(value)), value)

    for obj in objectives:
        for key in (Field.SETTORE, Field.RESPONSABILE):
            if key in obj.fields:
                obj.fields[key] = canon(obj.fields[key])
        obj.settore = canon(obj.settore)
    for _, _, fields, _ in summary:
        for key in (Field.SETTORE, Field.RESPONSABILE):
            if key in fields:
                fields[key] = canon(fields[key])


def _cross_reference(
    objectives: list[Objective], summary: list[tuple[int, int, dict[str, str], tuple[str, str]]]
) -> None:
    """Detail pages rarely repeat the deadline the overview gives: copy it over."""
    def key(s: str) -> str:
        return fold_label(s)[:40]

    by_title = {key(f.get(Field.TITOLO, "")): f for _, _, f, _ in summary if f.get(Field.TITOLO)}
    for obj in objectives:
        if Field.SCADENZA in obj.fields:
            continue
        match = by_title.get(key(obj.title))
        if match is None:
            continue
        if s := match.get(Field.SCADENZA):
            obj.fields[Field.SCADENZA] = s


def _summary_builder(
    lines: Sequence[Line], first: int, last: int, fields: dict[str, str], area: str, os_: str
) -> Callable[[HeadingTracker], list[Unit]]:
    def build(tracker: HeadingTracker) -> list[Unit]:
        f = dict(fields)
        if area:
            f[Field.AREA_STRATEGICA] = area
        if os_:
            f[Field.OBIETTIVO_STRATEGICO] = os_
        title = f.get(Field.TITOLO) or None
        unit = make_unit(lines, first, last, UnitKind.SUMMARY, (area, os_), title, f)
        return [unit] if unit else []

    return build


def _path_title(title: str) -> str:
    """The distinctive part of a title for breadcrumbs: a leading qualifier such as
    "OBIETTIVO PLURIENNALE - FASE 2" is generic, the name after it is what the page
    is about (the full title stays in the fields)."""
    m = re.match(r"^(?P<tag>OB[A-Z]{5,9}\b[A-Z0-9' ()/-]*?\bFASE\s*\d+\)?)\s+(?P<name>[A-ZÀ-Ý].{15,})$", title)
    if not m:
        return title
    # the tag's own keyword, misspelt or not ("OBIETIVO"): a word close to "OBIETTIVO"
    words = {w for w in re.findall(r"[A-Z]+", m.group("tag")) if not is_near("OBIETTIVO", w, 2)}
    return m.group("name") if words <= TAG_QUALIFIERS else title



def _objective_builder(lines: Sequence[Line], obj: Objective) -> Callable[[HeadingTracker], list[Unit]]:
    def build(tracker: HeadingTracker) -> list[Unit]:
        path = tuple(p for p in (obj.settore, _path_title(obj.title)) if p)
        unit = make_unit(lines, obj.first, obj.last, UnitKind.OBJECTIVE, path, obj.title or None, obj.fields)
        return [unit] if unit else []

    return build
