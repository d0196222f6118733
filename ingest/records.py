"""Objective records from structural units: rule-based, deterministic, no model.

The structure parsers (`ingest.structure`) already find the objectives of the known
layouts and their labelled fields; this step turns them into `ObjectiveRecord`s:

* which units are objectives: objective blocks / detail pages, table rows that have
  an objective title and at least one other objective field, overview entries, and
  generic sections that carry labelled objective fields (responsabile, indicatori…)
  under an objective-like heading. Org charts and plain sections never are;
* an objective listed in an overview (summary entry, overview table row) and
  described on its own detail page is ONE record: the detail page is the source,
  the overview fills what the detail page leaves out (deadline, settore);
* every value is aligned with the document text (`ingest.align`), so each field
  carries its page, char span and alignment status.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from ingest.align import SourceText, clean_value, value_tokens
from ingest.models import (
    Alignment,
    DocumentMeta,
    FieldSource,
    Indicator,
    LoadedDocument,
    ObjectiveRecord,
    Phase,
    Unit,
    UnitKind,
)
from ingest.structure import parse_block_fields, parse_label, split_lines
from ingest.structure.block_fields import OFFICE_RE
from ingest.structure.lines import paragraphs
from ingest.structure.people import is_person_name
from ingest.structure.sector_labels import TAG_LINE_RE, is_body_marker
from ingest.structure.vocabulary import OBJECTIVE_WORDS, canonical_key
from ingest.text import (
    Field,
    fold_label,
    is_bullet,
    join_items,
    place_mention_re,
    split_items,
    split_pair,
)

log = logging.getLogger(__name__)

EXTRACTOR_ID = "rules-2"  # bump when the rules change: stored records are then re-extracted

_SCALARS = (
    Field.CODICE, Field.TITOLO, Field.OBIETTIVO_STRATEGICO, Field.AREA_STRATEGICA, Field.RESPONSABILE,
    Field.SETTORE, Field.MOTIVAZIONE, Field.VALORE_ATTESO, Field.SCADENZA,
)
# Fields that make a table row or a generic section an objective (with a title).
_OBJECTIVE_SIGNALS = frozenset({
    Field.OBIETTIVO_STRATEGICO, Field.AREA_STRATEGICA, Field.RESPONSABILE, Field.SETTORE, Field.INDICATORI, Field.TARGET,
    Field.FASI, Field.SCADENZA, Field.VALORE_ATTESO, Field.MOTIVAZIONE, Field.STAKEHOLDER, Field.DIPENDENTI, Field.CODICE,
})
# Labelled fields a generic section needs before it counts as an objective.
_SECTION_SIGNALS = frozenset({Field.RESPONSABILE, Field.SETTORE, Field.INDICATORI, Field.TARGET, Field.DIPENDENTI})
_SCHEDULE_KEYS = frozenset({Field.CODICE, Field.FASI, Field.SCADENZA, Field.INDICATORI, Field.TARGET, Field.PESO, Field.FORMULA, Field.BASELINE, Field.FONTE})
_LIST_SPLIT_RE = re.compile(r"\s*[;,\n]\s*")


@dataclass
class _Candidate:
    unit: Unit
    fields: dict[str, str]
    title: str
    detail: bool  # an objective's own page/block (vs an overview entry)
    overview: _Candidate | None = None
    origin: dict[str, Unit] = field(default_factory=dict)  # key -> unit the value comes from


def extract_records(
    document: LoadedDocument, meta: DocumentMeta, units: Sequence[Unit]
) -> list[ObjectiveRecord]:
    """The objectives of one parsed document as records, in document order.

    Args:
        document: the loaded text and pages (spans are offsets into `document.text`).
        meta: the document metadata (ente, periodo).
        units: the structural units found by `ingest.structure.parse_structure`.
    """
    source = SourceText(document.text)
    candidates = [c for u in units if (c := _candidate(document.text, u)) is not None]
    _absorb_measure_rows(candidates, units)
    merged = _merge(candidates)
    ente = record_ente(document.text, meta.ente)
    records = [_build(document, meta, source, cand, ente) for cand in merged]
    records.sort(key=lambda r: r.source.char_start)
    log.info(
        "records doc_id=%s candidates=%d records=%d", meta.doc_id, len(candidates), len(records)
    )
    return records


# -- which units are objectives -------------------------------------------------------------
def _candidate(text: str, unit: Unit) -> _Candidate | None:
    fields = dict(unit.fields)
    if unit.kind == UnitKind.OBJECTIVE:
        title = fields.get(Field.TITOLO) or unit.title or ""
        if title.endswith("…"):  # a title taken from a shortened breadcrumb
            title = _full_heading(text, title, unit.char_end)
        if fold_label(title).startswith(OBJECTIVE_WORDS) and not fields.get(Field.CODICE):
            label_code, bare = _strip_objective_label(title)
            if label_code:
                fields[Field.CODICE], title = label_code, bare
        fields[Field.TITOLO] = title
        return _Candidate(unit, fields, clean_value(title), detail=True) if title else None
    if unit.kind == UnitKind.SUMMARY:
        title = fields.get(Field.TITOLO) or ""
        return _Candidate(unit, fields, clean_value(title), detail=False) if title else None
    if unit.kind == UnitKind.TABLE_ROW:
        title = fields.get(Field.TITOLO) or ""
        signals = len(_OBJECTIVE_SIGNALS & fields.keys())
        # a row of only code, phases / measures and times belongs to a schedule or
        # measures table of objectives described elsewhere, not to an objective
        schedule_only = not title and fields.keys() <= _SCHEDULE_KEYS
        if ((title and signals) or signals >= 3) and not schedule_only:
            # a row whose title cell is empty (a merged cell in the source table) is
            # still an objective row: it gets no title rather than a borrowed one
            return _Candidate(unit, fields, clean_value(title), detail=False)
        return None
    if unit.kind == UnitKind.SECTION:
        return _section_candidate(text, unit)
    return None


def _section_candidate(text: str, unit: Unit) -> _Candidate | None:
    """A generic section that reads like an objective: an objective-like heading (or a
    labelled title) and at least one labelled responsabile / settore / indicator."""
    lines = split_lines(text[unit.char_start : unit.char_end])
    by_line = {lb.line: lb for ln in lines if (lb := parse_label(ln))}
    keys = {canonical_key(lb.label) for lb in by_line.values()}
    if not _SECTION_SIGNALS & keys or not lines:
        return None
    first = next((ln.idx for ln in lines if not ln.blank), 0)
    fields = parse_block_fields(lines, first, len(lines) - 1, by_line)
    labelled_title = first in by_line and canonical_key(by_line[first].label) in (None, Field.TITOLO)
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
    if not title:
        return None
    code, bare = split_heading_code(title)
    if code and not fields.get(Field.CODICE):
        fields[Field.CODICE], title = code, bare
    for key, value in _frame_from_path(text, unit).items():
        fields.setdefault(key, value)
    fields[Field.TITOLO] = title
    return _Candidate(unit, fields, clean_value(title), detail=True)


# "OO-1.1.1 – Digitalizzazione…", "3.2 - Ridurre…", "A.1) …": an objective's own code
# before its title, as headings print it
_HEADING_CODE_RE = re.compile(
    r"^(?P<code>(?:[A-Z]{1,4}[-.]?)?\d{1,3}(?:[.\-/]\d{1,3}){0,4}[a-z]?|[A-Z]{1,3}\.\d{1,3}(?:\.\d{1,3})*)"
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
    return clean_value(text[pos : end if end >= 0 else len(text)])


_OBJECTIVE_LABEL_RE = re.compile(
    r"(?i)^\s*(?:obiettivo|scheda(?:\s+obiettivo)?|progetto|azione|intervento)"
    r"(?:\s+(?:operativo|specifico|strategico|di\s+performance|gestionale))?"
    r"\s*(?:n\.?|nr\.?|numero)?\s*(?P<code>\d{0,3}(?:\.\d{1,2})*)\s*[-–:.)]?\s+(?=\S)"
)


_NUMBERING_RE = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})*\.?|[A-Z]\.|[IVX]{1,4}\.)\s+(?=\S)")


def _strip_objective_label(heading: str) -> tuple[str | None, str]:
    """'Obiettivo 2.1 - Ridurre i tempi' -> ('2.1', 'Ridurre i tempi'): the label is not
    the title, its number is the objective's code."""
    m = _OBJECTIVE_LABEL_RE.match(heading)
    if not m:
        return None, heading.strip()
    rest = heading[m.end():].strip()
    return (m.group("code") or None), (rest or heading.strip())


def _absorb_measure_rows(candidates: list[_Candidate], units: Sequence[Unit]) -> None:
    """Rows of an indicator (or phase) table set under an objective's heading are that
    objective's measures: a row with no title of its own whose heading chain runs
    through the objective's heading adds its indicators / phases to the objective."""
    owners = [c for c in candidates if c.detail and c.unit.kind == UnitKind.SECTION]
    by_code = {_code_key(c.fields): c for c in candidates if _code_key(c.fields)}
    taken = {id(c.unit) for c in candidates}
    for unit in units:
        if unit.kind != UnitKind.TABLE_ROW or id(unit) in taken:
            continue
        keys = {k for k in (Field.INDICATORI, Field.FASI) if unit.fields.get(k)}
        if not keys:
            continue
        # a schedule / measures table keyed by the objectives' codes (a row "C.2 ·
        # Attività · Tempi" belongs to objective C.2), else the objective whose
        # heading the table sits under
        owner = by_code.get(_code_key(unit.fields)) if _code_key(unit.fields) else None
        if owner is None:
            owner = next(
                (c for c in reversed(owners) if c.unit.char_start <= unit.char_start
                 and unit.path[: len(c.unit.path)] == c.unit.path),
                None,
            )
        if owner is None:
            continue
        for key in keys:
            owner.fields[key] = join_items((owner.fields.get(key, ""), unit.fields[key]))
            owner.origin.setdefault(key, unit)


# -- overview + detail -> one objective -------------------------------------------------------
def _title_key(title: str) -> str:
    return fold_label(title)


def _code_key(fields: dict[str, str]) -> str:
    """A code as a lookup key, letters kept ("C.2" and "E.2" differ)."""
    return fold_label(fields.get(Field.CODICE, "")).replace(" ", ".")


def _codes(fields: dict[str, str]) -> str:
    """The numbers of a code ("Rif. DUP 06.01.08" -> "6.1.8"): overview and detail
    page may spell the prefix differently ("rif", "ref", "Rif.")."""
    return ".".join(str(int(n)) for n in re.findall(r"\d+", fields.get(Field.CODICE, "")))


def _token_f1(a: str, b: str) -> float:
    ta, tb = set(value_tokens(a)), set(value_tokens(b))
    common = len(ta & tb)
    if not common:
        return 0.0
    p, r = common / len(ta), common / len(tb)
    return 2 * p * r / (p + r)


def _same_objective(detail: _Candidate, entry: _Candidate) -> float:
    """How surely an overview entry and a detail page are the same objective (0 = not)."""
    ca, cb = _codes(detail.fields), _codes(entry.fields)
    if ca and cb and ca != cb:
        return 0.0
    ka, kb = _title_key(detail.title), _title_key(entry.title)
    if ka == kb:
        return 1.0
    shorter = min(len(ka), len(kb))
    same_code = bool(ca) and ca == cb
    if (ka.startswith(kb) or kb.startswith(ka)) and shorter >= (8 if same_code else 20):
        return 0.9  # one lists the title only, the other adds its qualifiers
    f1 = _token_f1(detail.title, entry.title)
    return 0.8 * f1 if f1 >= 0.85 else 0.0  # a typo in one of the two


def _merge(candidates: list[_Candidate]) -> list[_Candidate]:
    """Pair every overview entry with the detail page of the same objective (same
    title, one title the start of the other, or nearly the same words; never
    conflicting codes); unpaired entries stay records of their own. Two detail pages
    are never merged: the same objective written twice is a duplicate the
    completeness check reports."""
    details = [c for c in candidates if c.detail]
    overviews = [c for c in candidates if not c.detail]
    if not details or not overviews:
        return candidates
    pairs = sorted(
        (
            (-score, i, j)
            for j, entry in enumerate(overviews)
            for i, d in enumerate(details)
            if (score := _same_objective(d, entry)) > 0
        )
    )
    paired: set[int] = set()
    for _, i, j in pairs:  # surest pairs first, each page and entry used once
        if details[i].overview is None and j not in paired:
            details[i].overview = overviews[j]
            paired.add(j)
    unpaired = [e for j, e in enumerate(overviews) if j not in paired]
    return details + unpaired


# -- building a record -------------------------------------------------------------------------
def record_ente(text: str, ente: str | None) -> str | None:
    """The municipality as the document names it ("Comune di Cassano D'Adda"), else
    the inferred name; None when the document does not say."""
    if not ente:
        return None
    words = [re.escape(w) for w in re.split(r"[\s'’]+", ente) if w]
    if not words:
        return ente
    mentions = [
        found for m in place_mention_re(r"[\s'’]*".join(words)).finditer(text)
        if (found := clean_value(m.group(0)))[:1].isupper()
    ]
    if not mentions:
        return ente
    # the way the document usually writes it (a cover may say "Città di ...")
    counts = Counter(mentions)
    return max(mentions, key=lambda m: (counts[m], -mentions.index(m)))


def _full_title(source: SourceText, cand: _Candidate) -> str:
    """The detail page's title, or the overview's when it extends it (qualifier and
    subtitle lines the detail page sets apart) with words that are on the detail page."""
    title, entry = cand.title, cand.overview
    if entry is None or not entry.title:
        return title
    short, long_ = _title_key(title), _title_key(entry.title)
    if len(long_) <= len(short) or not long_.startswith(short):
        return title
    m = source.locate(
        entry.title, cand.unit.char_start, cand.unit.char_end, fuzzy_threshold=2.0, document_fallback=False
    )
    return entry.title if m.alignment != Alignment.NONE else title


def _inferred_motive(text: str, unit: Unit, title: str, motive: str) -> str | None:
    """The purpose of a detail page that has no MOTIVAZIONE label: the description
    paragraph the structure parser chose, unless it only repeats the title (a
    subtitle, a qualifier in parentheses, 'PROGETTO PNRR: <title>'); then the next
    description paragraph that does not, up to the phases / indicators / employees."""
    if not _restates(motive, title):
        return motive
    lines = split_lines(text[unit.char_start : unit.char_end])
    if any(
        (lb := parse_label(ln)) is not None and canonical_key(lb.label) == Field.MOTIVAZIONE for ln in lines
    ):
        return motive  # labelled: the document says it is the motivation
    paras = [clean_value(p) for _, p in paragraphs(lines, 0, len(lines))]
    key = fold_label(motive)
    start = next((n for n, p in enumerate(paras) if fold_label(p) == key), None)
    if start is None:
        return None
    for para in paras[start + 1 :]:
        if is_body_marker(para) or TAG_LINE_RE.match(para):
            break
        if len(para) <= 40 or is_bullet(para) or (para.startswith("(") and para.endswith(")")):
            continue
        if not _restates(para, title):
            return para
    return None


def _restates(value: str, title: str) -> bool:
    """A 'motivation' that only repeats the title (e.g. 'PROGETTO PNRR: <title words>')
    states no purpose."""
    v = set(value_tokens(value))
    t = set(value_tokens(title))
    return bool(v) and len(v & t) / len(v) >= 0.8


def item_pairs(value: str | None) -> list[tuple[str, str | None]]:
    """The items of a list field as cleaned (text, detail) pairs: 'descrizione —
    tempistica' (or 'nome — target') lines; detail None when an item has none."""
    out: list[tuple[str, str | None]] = []
    for item in split_items(value):
        head, tail = split_pair(item)
        if head.strip() and tail.strip():
            out.append((clean_value(head), clean_value(tail)))
        else:
            out.append((clean_value(item), None))
    return [(a, b) for a, b in out if a or b]


def split_list(value: str | None, on_commas: bool) -> list[str]:
    if not value:
        return []
    parts = _LIST_SPLIT_RE.split(value) if on_commas else value.split("\n")
    seen: list[str] = []
    for p in parts:
        p = clean_value(p).strip(" .;:-–")
        if p and p not in seen:
            seen.append(p)
    return seen


class _Aligner:
    """Aligns the values of one record, collecting their sources."""

    def __init__(self, document: LoadedDocument, doc_id: str, source: SourceText) -> None:
        self.document = document
        self.doc_id = doc_id
        self.source = source
        self.sources: dict[str, FieldSource] = {}

    def __call__(
        self, path: str, value: str, unit: Unit | None, after: int | None = None, metadata: bool = False
    ) -> int | None:
        start, end = (unit.char_start, unit.char_end) if unit else (0, len(self.document.text))
        # metadata (from the file name) is mentioned in the text or not: no close match
        m = self.source.locate(value, start, end, after=after, fuzzy_threshold=2.0 if metadata else 0.8)
        self.sources[path] = FieldSource(
            doc_id=self.doc_id,
            page=self.document.page_at(m.start),
            char_start=m.start,
            char_end=m.end,
            alignment=m.alignment,
            origin="metadata" if metadata else "text",
        )
        return m.end if m.alignment != Alignment.NONE else None


def _build(
    document: LoadedDocument,
    meta: DocumentMeta,
    source: SourceText,
    cand: _Candidate,
    ente: str | None,
) -> ObjectiveRecord:
    fields = dict(cand.fields)
    origin = {k: cand.unit for k in fields}
    if cand.overview is not None:
        for k, v in cand.overview.fields.items():
            if k not in fields and v:
                fields[k] = v
                origin[k] = cand.overview.unit
    title = _full_title(source, cand)
    fields[Field.TITOLO] = title
    origin[Field.TITOLO] = cand.unit
    values: dict[str, str | None] = {k: (clean_value(fields[k]) or None) if fields.get(k) else None for k in _SCALARS}
    if not values[Field.SETTORE] and values[Field.RESPONSABILE] and OFFICE_RE.match(values[Field.RESPONSABILE] or ""):
        # the responsible named as an office ("Settore Affari Generali") is the settore too
        values[Field.SETTORE] = values[Field.RESPONSABILE]
        origin[Field.SETTORE] = origin.get(Field.RESPONSABILE, cand.unit)
    if values[Field.MOTIVAZIONE] and title and cand.unit.kind == UnitKind.OBJECTIVE:
        values[Field.MOTIVAZIONE] = _inferred_motive(document.text, cand.unit, title, values[Field.MOTIVAZIONE])

    align = _Aligner(document, meta.doc_id, source)
    if ente:
        align(Field.ENTE, ente, None, metadata=True)
    if meta.periodo:
        align(Field.PERIODO, meta.periodo, None, metadata=True)
    for key in _SCALARS:
        if values[key]:
            align(key, values[key] or "", origin.get(key, cand.unit))

    stakeholder = split_list(fields.get(Field.STAKEHOLDER), on_commas=True)
    dipendenti = split_list(fields.get(Field.DIPENDENTI), on_commas=False)
    if len(dipendenti) == 1 and len(names := split_list(dipendenti[0], on_commas=True)) > 1 \
            and all(is_person_name(n) for n in names):
        dipendenti = names  # people listed on one line, separated by commas
    for name, items in ((Field.STAKEHOLDER, stakeholder), (Field.DIPENDENTI, dipendenti)):
        _align_items(align, name, items, origin.get(name, cand.unit))
    fasi = [Phase(descrizione=d, tempistica=t) for d, t in item_pairs(fields.get(Field.FASI)) if d]
    indicatori = [Indicator(nome=n, target=t) for n, t in item_pairs(fields.get(Field.INDICATORI)) if n]
    _align_pairs(align, Field.FASI, [(p.descrizione, p.tempistica) for p in fasi], ("descrizione", "tempistica"), origin.get(Field.FASI, cand.unit))
    _align_pairs(align, Field.INDICATORI, [(i.nome, i.target) for i in indicatori], ("nome", "target"), origin.get(Field.INDICATORI, cand.unit))

    unit = cand.unit
    return ObjectiveRecord(
        id=record_id(meta, unit.char_start, unit.char_end),
        doc_id=meta.doc_id,
        ente=ente,
        periodo=meta.periodo,
        codice=values[Field.CODICE],
        titolo=title or None,
        obiettivo_strategico=values[Field.OBIETTIVO_STRATEGICO],
        area_strategica=values[Field.AREA_STRATEGICA],
        responsabile=values[Field.RESPONSABILE],
        settore=values[Field.SETTORE],
        stakeholder=tuple(stakeholder),
        motivazione=values[Field.MOTIVAZIONE],
        valore_atteso=values[Field.VALORE_ATTESO],
        scadenza=values[Field.SCADENZA],
        fasi=tuple(fasi),
        indicatori=tuple(indicatori),
        dipendenti=tuple(dipendenti),
        source=FieldSource(
            doc_id=meta.doc_id,
            page=document.page_at(unit.char_start),
            char_start=unit.char_start,
            char_end=unit.char_end,
            alignment=Alignment.EXACT,
        ),
        sources=align.sources,
        extractor="rules",
    )


def _align_items(align: _Aligner, name: str, items: Iterable[str], unit: Unit) -> None:
    after: int | None = None
    for n, item in enumerate(items):
        after = align(f"{name}[{n}]", item, unit, after) or after


def _align_pairs(
    align: _Aligner,
    name: str,
    pairs: Sequence[tuple[str, str | None]],
    keys: tuple[str, str],
    unit: Unit,
) -> None:
    after: int | None = None
    for n, (first, second) in enumerate(pairs):
        end = align(f"{name}[{n}].{keys[0]}", first, unit, after)
        if end is not None:
            after = end
        if second:
            end2 = align(f"{name}[{n}].{keys[1]}", second, unit, after)
            if end2 is not None:
                after = end2


def record_id(meta: DocumentMeta, char_start: int, char_end: int) -> str:
    """Stable id: the same file content and objective span give the same id."""
    raw = f"{meta.doc_id}:{meta.content_hash}:{char_start}:{char_end}".encode()
    return hashlib.sha256(raw).hexdigest()[:24]
