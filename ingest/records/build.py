"""A record from an objective candidate: its values cleaned, lists split, and every
value aligned with the document text (`ingest.align`), so each field carries its page,
char span and alignment status."""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Iterable, Sequence

from ingest.align import SourceText, clean_value, value_tokens
from ingest.models import (
    Alignment,
    DocumentMeta,
    FieldSource,
    Indicator,
    LoadedDocument,
    ObjectiveRecord,
    PROSE_EXTRACTOR,
    Phase,
    Unit,
    UnitKind,
)
from ingest.records.candidates import Candidate
from ingest.structure import parse_label, split_lines
from ingest.structure.block_fields import OFFICE_RE
from ingest.structure.lines import paragraphs
from ingest.structure.people import is_person_name
from ingest.structure.sector_labels import TAG_LINE_RE, is_body_marker
from ingest.structure.vocabulary import canonical_key
from ingest.text import (
    Field,
    fold_label,
    is_bullet,
    place_mention_re,
    split_items,
    split_pair,
)

_SCALARS = (
    Field.CODICE, Field.TITOLO, Field.OBIETTIVO_STRATEGICO, Field.AREA_STRATEGICA, Field.RESPONSABILE,
    Field.SETTORE, Field.MOTIVAZIONE, Field.VALORE_ATTESO, Field.SCADENZA,
)
_LIST_SPLIT_RE = re.compile(r"\s*[;,\n]\s*")
_ROLE_AFTER = re.compile(r"\s*\([^()]*\)$")
_DASHED_ROLE = re.compile(r"^(.+?)\s+[–—-]\s+\S.*$")



# "2026: 85%; 2027: 95%": an indicator's target for each year of the plan
_YEARLY_TARGETS_RE = re.compile(r"^20\d\d:\s*(?P<first>[^;]+?)\s*(?:;\s*20\d\d:\s*[^;]+)+$")


def first_period(target: str | None) -> str | None:
    """A record's target is the one for the plan's first year; the passage shows them all."""
    if target and (m := _YEARLY_TARGETS_RE.match(target.strip())):
        return m.group("first")
    return target

def record_ente(text: str, ente: str | None) -> str | None:
    """The municipality as the document names it ("Comune di Monte D'Oro"), else
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
    # capitals are typography (a cover, a heading), not how the name is spelt: a
    # document that writes it only so gets its words in the inferred name's case
    if all(m.isupper() for m in mentions):
        head = mentions[0][: -len(ente)] if mentions[0].casefold().endswith(ente.casefold()) else ""
        return head.capitalize() + ente if head.strip() else ente
    mentions = [m for m in mentions if not m.isupper()]
    # the way the document usually writes it (a cover may say "Città di ...")
    counts = Counter(mentions)
    return max(mentions, key=lambda m: (counts[m], -mentions.index(m)))


def _full_title(source: SourceText, cand: Candidate) -> str:
    """The detail page's title, or the overview's when it extends it (qualifier and
    subtitle lines the detail page sets apart) with words that are on the detail page."""
    title, entry = cand.title, cand.overview
    if entry is None or not entry.title:
        return title
    short, long_ = fold_label(title), fold_label(entry.title)
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


def build_record(
    document: LoadedDocument,
    meta: DocumentMeta,
    source: SourceText,
    cand: Candidate,
    ente: str | None,
) -> ObjectiveRecord:
    """The record of one candidate: the overview fills what the detail page leaves
    out, values are cleaned and split, and every value is aligned with the text."""
    fields = dict(cand.fields)
    if cand.prose and (cand.overview is not None or cand.listed_as):
        # an objective a summary row lists and a prose page describes: the record takes
        # the row's values and, of the prose, only the office and the person it names
        # (its sentences stay the passage's own, read whole by the answer step)
        fields = {k: v for k, v in fields.items()
                  if k in _PROSE_KEPT or cand.origin.get(k) not in (None, cand.unit)}
    origin: dict[str, Unit | None] = {k: cand.unit for k in fields}
    # (an office framed from the heading above its table is found where that heading is)
    origin.update({k: u for k, u in cand.origin.items()
                   if k in (Field.SETTORE, Field.RESPONSABILE, Field.AREA_STRATEGICA, Field.OBIETTIVO_STRATEGICO)})
    if cand.overview is not None:
        for k, v in cand.overview.fields.items():
            # (a labelled cell is surer than a field read from a sentence: over prose,
            # the overview's values win)
            if v and (k not in fields or cand.prose and k != Field.TITOLO):
                fields[k] = v
                origin[k] = cand.overview.unit
    title = _full_title(source, cand)
    listed = cand.overview.title if cand.overview is not None else cand.listed_as
    if cand.prose and listed:
        # (an objective described in prose under its heading and listed in a summary
        # table is known by the table's title, which its rows and passages share)
        title = listed
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
            and all(is_person_name(_ROLE_AFTER.sub("", n)) for n in names):
        dipendenti = names  # people listed on one line, separated by commas (each may
        # have its role after it: "ROSSI Ida (istruttore contabile); BIANCHI Leo (operaio)")
    # (a person listed with the role after a dash, "ARNOLDI Paola – istruttore", is the person)
    dipendenti = [m.group(1) if (m := _DASHED_ROLE.match(d)) and is_person_name(m.group(1)) else d for d in dipendenti]
    for name, items in ((Field.STAKEHOLDER, stakeholder), (Field.DIPENDENTI, dipendenti)):
        _align_items(align, name, items, origin.get(name, cand.unit))
    fasi = [Phase(descrizione=d, tempistica=t) for d, t in item_pairs(fields.get(Field.FASI)) if d]
    indicatori = [Indicator(nome=n, target=first_period(t)) for n, t in item_pairs(fields.get(Field.INDICATORI)) if n]
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
        extractor=PROSE_EXTRACTOR if _prose_only(cand) else "rules",
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


_PROSE_KEPT = frozenset({Field.CODICE, Field.TITOLO, Field.SETTORE, Field.RESPONSABILE,
                         Field.OBIETTIVO_STRATEGICO, Field.AREA_STRATEGICA})


def _prose_only(cand: Candidate) -> bool:
    """Every field of the candidate was read from its prose: no overview entry merged
    into it, no row of another table (a schedule keyed by its code) absorbed."""
    return cand.prose and cand.overview is None and all(u is None or u is cand.unit for u in cand.origin.values())


def record_id(meta: DocumentMeta, char_start: int, char_end: int) -> str:
    """Stable id: the same file content and objective span give the same id."""
    raw = f"{meta.doc_id}:{meta.content_hash}:{char_start}:{char_end}".encode()
    return hashlib.sha256(raw).hexdigest()[:24]
