"""Question-aware retrieval on top of hybrid search.

Three structural steps that plain similarity search misses, all general rules:
- a question that names an objective by its code ("l'obiettivo n. 2024/01.1",
  "codice OO-1.2.3") gets that objective's passages first: codes are identifiers,
  which neither word statistics nor embeddings match reliably;
- a question that names municipalities/documents is restricted to them, and one
  that names several (a comparison) retrieves for each and interleaves the results,
  so every named ente is represented;
- a "who" question whose best passage belongs to a settore gets that settore's
  org-chart entry (settore → titolare) right after it: the multi-hop link
  objective → settore → person.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ingest.models import UnitKind
from ingest.text import (
    FILE_NAME_GENERIC_WORDS,
    PUBLIC_BODY_WORDS,
    OFFICE_KIND_WORDS,
    Field,
    fold_code,
    fold_name,
    is_near,
    parse_file_name,
)
from vectorstore.catalog import Catalog, DocumentRecord
from vectorstore.records import RecordFilters
from vectorstore.search import HybridSearcher, SearchFilters, SearchHit

_WHO = re.compile(
    r"\b(chi|titolare|responsabile|responsabili|referente|dirigente|capo|servizi|uffici|settore|area|struttura)\b"
)
# the least length of a name read despite a typo: shorter ones are other words a letter apart
_FUZZY_NAME_CHARS = 8
# a plan period as written in questions and file names ("2024-2026", "2024/2026")
PERIOD_RE = re.compile(r"\b(20\d\d)\s*[-–/]\s*(20\d\d)\b")
# "obiettivo n. 3.2", "obiettivo codice OO-1.2.3", "codice 2024/01.1", "cod. C.2"
_CODE_REF_RE = re.compile(
    r"(?i)\b(?:obiettiv[oi](?:\s+(?:operativ[oi]|strategic[oi]))?\s+(?:n\.?\s*|nr\.?\s*|numero\s+|codice\s+|cod\.\s*)?|"
    r"codice\s+|cod\.\s*)(?P<code>[A-Z]{0,4}[-./]?\d{1,4}(?:[./-]\d{1,3}){0,4}[a-z]?)(?![\w])"
)


def code_refs(question: str) -> list[str]:
    """Objective codes a question names, folded for comparison."""
    return [fold_code(m.group("code")) for m in _CODE_REF_RE.finditer(question)]


# a first word this long is a name of its own, not "San", "Borgo", "Villa", "Monte";
# nor is a word naming the kind of body ("Comune Alfa", "Unione dei comuni …")
_LEAD_MIN_CHARS = 6


def document_aliases(rec: DocumentRecord) -> set[str]:
    """Phrases by which a question may name this document's municipality."""
    aliases: set[str] = set()
    if rec.meta.ente:
        aliases.add(fold_name(rec.meta.ente))
    # The leading part of a file name usually names the ente ("borgo-nuovo_piao-…").
    first = parse_file_name(rec.meta.file_name).head_word
    words = [w for w in fold_name(first.replace("-", " ")).split() if not w.isdigit()]
    if words and not all(w in FILE_NAME_GENERIC_WORDS for w in words):
        aliases.add(" ".join(words))
    return {a for a in aliases if len(a) >= 4}


def _name_label(rec: DocumentRecord) -> str:
    """A document without a known ente is named by the part of its file name that
    names it ("valdoria_piao-2024-2026…" → "valdoria"), else by its file name."""
    aliases = sorted(document_aliases(rec) - ({fold_name(rec.meta.ente)} if rec.meta.ente else set()))
    first = parse_file_name(rec.meta.file_name).head_word.replace("-", " ")
    return first if aliases and fold_name(first) in aliases else rec.meta.file_name


LEXICAL_ONLY = (
    "L'indice semantico (database vettoriale) non è raggiungibile: la risposta usa solo la "
    "ricerca per parole chiave. La ricerca semantica riprende da sola quando il servizio "
    "torna disponibile."
)


@dataclass(frozen=True)
class RetrievalResult:
    hits: list[SearchHit]
    enti_detected: tuple[str, ...] = ()
    # Italian notice when the semantic index could not be queried (lexical results only)
    degraded: str = ""


class Retriever:
    def __init__(self, searcher: HybridSearcher, catalog: Catalog) -> None:
        self.searcher = searcher
        self.catalog = catalog
        self._aliases: tuple[tuple[int, int], dict[str, set[str]]] | None = None
        self._labels: tuple[tuple[int, int], tuple[dict[str, str], frozenset[str], dict[str, str]]] | None = None

    def aliases(self) -> dict[str, set[str]]:
        """Municipality alias → doc_ids, recomputed only when the catalog changes."""
        version = self.catalog.version()
        if self._aliases is None or self._aliases[0] != version:
            by_alias: dict[str, set[str]] = {}
            leads: dict[str, dict[str, set[str]]] = {}  # first word → ente → doc_ids
            for rec in self.catalog.documents():
                for alias in document_aliases(rec):
                    by_alias.setdefault(alias, set()).add(rec.meta.doc_id)
                words = fold_name(rec.meta.ente or "").split()
                if len(words) >= 2 and len(words[0]) >= _LEAD_MIN_CHARS and words[0] not in PUBLIC_BODY_WORDS:
                    leads.setdefault(words[0], {}).setdefault(" ".join(words), set()).add(rec.meta.doc_id)
            # users shorten a name of several words to its first ("Pietrafonda" for
            # "Pietrafonda Veneta"): a long first word that opens no other ente's name
            # names that ente (a word opening two names, "Roccabianca", names neither)
            for lead, enti in leads.items():
                if len(enti) == 1 and lead not in by_alias:
                    by_alias[lead] = set(next(iter(enti.values())))
            self._aliases = (version, by_alias)
        return self._aliases[1]

    def _documents(self) -> tuple[dict[str, str], frozenset[str], dict[str, str]]:
        """doc_id → label, the ente names as written, and doc_id → plan period ("" when
        not known); recomputed on catalog change."""
        version = self.catalog.version()
        if self._labels is None or self._labels[0] != version:
            records = self.catalog.documents()
            labels = {rec.meta.doc_id: rec.meta.ente or _name_label(rec) for rec in records}
            enti = frozenset(rec.meta.ente for rec in records if rec.meta.ente)
            periods = {rec.meta.doc_id: rec.meta.periodo or "" for rec in records}
            self._labels = (version, (labels, enti, periods))
        return self._labels[1]

    def periods(self) -> dict[str, str]:
        """doc_id → the period of the plan ("2025-2027"), "" when not known."""
        return self._documents()[2]

    def document_label(self, doc_id: str) -> str:
        """How answers name a document: its ente, else its file name."""
        return self._documents()[0].get(doc_id, doc_id)

    def place_names(self) -> frozenset[str]:
        """The municipalities of the indexed documents, as their documents write them."""
        return self._documents()[1]

    def ente_groups(self) -> list[list[str]]:
        """The doc_ids of each ente indexed (one group per municipality, or per
        document when its ente is not known), in the order of their labels."""
        by_label: dict[str, list[str]] = {}
        for doc_id, label in sorted(self._documents()[0].items(), key=lambda x: (x[1], x[0])):
            by_label.setdefault(fold_name(label), []).append(doc_id)
        return list(by_label.values())

    def mentioned_groups(self, question: str) -> list[list[str]]:
        """Groups of doc_ids whose municipality the question names, in order of mention."""
        q = f" {fold_name(question)} "
        by_alias = self.aliases()
        found: list[tuple[int, str]] = []
        for alias in by_alias:
            pos = q.find(f" {alias} ")
            if pos >= 0:
                found.append((pos, alias))
        if not found:
            # (a long one-word name misspelt by one letter, "Castelvarone", names its
            # ente when it is near no other)
            for m in re.finditer(r"\S{%d,}" % _FUZZY_NAME_CHARS, q):
                near = [a for a in by_alias if " " not in a and len(a) >= _FUZZY_NAME_CHARS and is_near(a, m.group(), 1)]
                if len(near) == 1:
                    found.append((m.start(), near[0]))
        # Drop aliases contained in a longer alias found at the same place.
        found.sort()
        groups: list[list[str]] = []
        seen: set[str] = set()
        for _pos, alias in found:
            if any(alias != other and alias in other for _p, other in found):
                continue
            docs = sorted(by_alias[alias] - seen)
            if docs:
                groups.append(docs)
                seen.update(docs)
        return self._narrowed_to_periods(groups, question)

    def _narrowed_to_periods(self, groups: list[list[str]], question: str) -> list[list[str]]:
        """An ente with plans of several periods is meant by the period the question
        names ("il valore pubblico 2023-2025 di X"): a plan period identifies one plan
        of an ente as its name identifies the ente. Groups with no plan of a named
        period stay whole (whether that plan is loaded is the abstention's concern)."""
        named = {f"{a}-{b}" for a, b in PERIOD_RE.findall(question)}
        if not named or not groups:
            return groups
        period = self.periods()
        out = []
        for docs in groups:
            kept = [d for d in docs if period.get(d) in named]
            out.append(kept if kept and len({period.get(d) for d in docs}) > 1 else docs)
        return out

    def retrieve(
        self, question: str, k: int = 10, filters: SearchFilters | None = None
    ) -> RetrievalResult:
        groups = self.mentioned_groups(question) if filters is None or filters.empty else []
        if len(groups) >= 2:
            per = [self.searcher.search(question, k, SearchFilters(doc_ids=tuple(g))) for g in groups]
            hits = _interleave(per, k)
        elif len(groups) == 1:
            hits = self.searcher.search(question, k, SearchFilters(doc_ids=tuple(groups[0])))
            if not hits:
                hits = self.searcher.search(question, k, filters)
        else:
            hits = self.searcher.search(question, k, filters)
        if codes := code_refs(question):
            allowed = [d for g in groups for d in g] or (list(filters.doc_ids) if filters and filters.doc_ids else None)
            hits = self._add_coded(hits, codes, allowed, k)
        if _WHO.search(fold_name(question)):
            hits = self._add_org_chart(hits, k)
        degraded = LEXICAL_ONLY if getattr(self.searcher, "dense_error", None) else ""
        return RetrievalResult(hits, tuple(",".join(g) for g in groups), degraded)

    def _add_coded(self, hits: list[SearchHit], codes: list[str], allowed: list[str] | None, k: int) -> list[SearchHit]:
        """The passages of the objectives whose code the question names, first."""
        wanted = set(codes)
        records = [
            r for r in self.catalog.records(RecordFilters(doc_ids=allowed) if allowed else None)
            if r.codice and fold_code(r.codice) in wanted
        ]
        if not records or len(records) > 4:
            return hits  # no such code, or a code too common to single anything out
        linked: list[SearchHit] = []
        for r in records:
            for c in self.catalog.chunks_of(r.doc_id):
                if c.char_start < r.source.char_end and c.char_end > r.source.char_start:
                    linked.append(SearchHit(chunk=c, score=1.0, signals={"code_ref": 1.0}))
                    break  # the objective's first passage names it; the search finds the rest
        ids = {h.chunk.id for h in linked}
        return (linked + [h for h in hits if h.chunk.id not in ids])[:k]

    def _add_org_chart(self, hits: list[SearchHit], k: int) -> list[SearchHit]:
        top = next((h for h in hits[:3] if h.chunk.fields.get(Field.SETTORE)), None)
        if top is None:
            return hits
        key = fold_name(top.chunk.fields[Field.SETTORE])
        present = {h.chunk.id for h in hits}
        extra = [
            c
            for c in self.catalog.chunks_of_kind(top.chunk.doc_id, UnitKind.ORG_CHART)
            if same_office(fold_name(c.fields.get(Field.SETTORE, "")), key) and c.id not in present
        ]
        if not extra:
            return hits
        pos = hits.index(top) + 1
        linked = [SearchHit(chunk=c, score=top.score, signals={"org_chart_link": 1.0}) for c in extra[:1]]
        return (hits[:pos] + linked + hits[pos:])[:k]


def same_office(a: str, b: str) -> bool:
    """The same office written with or without its kind ("Settore Servizi Sociali" /
    "Servizi Sociali") or its number ("12. Verde urbano")."""
    if not a or not b:
        return False
    if a == b:
        return True
    numbers_a, numbers_b = [int(w) for w in a.split() if w.isdigit()], [int(w) for w in b.split() if w.isdigit()]
    if numbers_a and numbers_b and numbers_a[0] != numbers_b[0]:
        return False  # two numbers name two offices ("Area 2", "Area 3")
    wa = {w for w in a.split() if w not in OFFICE_KIND_WORDS and not w.isdigit()}
    wb = {w for w in b.split() if w not in OFFICE_KIND_WORDS and not w.isdigit()}
    if wa and wa == wb:
        return True
    # a plan that numbers its offices writes a name in full or shortened after the same
    # number ("Settore 04 – Urbanistica, Edilizia privata e SUAP" / "04 – Urbanistica e
    # SUAP", "03 – LL.PP. e Ambiente"): the same opening number and a word in common
    if _opening_number(a) and _opening_number(a) == _opening_number(b) and wa & wb:
        return True
    # once the org chart has given an office's full name, plans call it by its kind
    # and number alone ("Area 4", "Servizio 6") or with a shortened name ("Area 2 -
    # Finanziaria" for "Area 2 - Economico-Finanziaria e Tributi"): in one plan a kind
    # with its number names one office, whatever follows
    short, full = sorted((a.split(), b.split()), key=len)
    return (len(short) >= 2 and short[0] in OFFICE_KIND_WORDS and short[1].isdigit()
            and full[:2] == short[:2])


def _opening_number(name: str) -> str | None:
    """The number an office's name opens with, after its kind if any ("settore 04 …",
    "04 …"), as an integer's digits ("04" and "4" are one number)."""
    words = name.split()[:2]
    if words and words[0] in OFFICE_KIND_WORDS:
        words = words[1:]
    return str(int(words[0])) if words and words[0].isdigit() else None


def heads(unit: str, office: str) -> bool:
    """The head of org-chart unit `unit` heads `office`: the same office, or one of its parts."""
    return same_office(unit, office) or within_office(unit, office)


def within_office(unit: str, office: str) -> bool:
    """An office named after the unit it belongs to ("Area Servizi alla persona –
    Ufficio Servizi sociali", "Area Ambiente, in collaborazione con …") is part of
    that unit: its head heads it. (Folded names; a unit of a few words at least, or
    followed by an office's kind: "Settore Tecnico – Ufficio Ecologia".)"""
    if not office.startswith(unit + " "):
        return False
    rest = office[len(unit):].split()
    return len(unit.split()) >= 3 or rest[0] in ("ufficio", "servizio", "u", "unita")


def _interleave(lists: Sequence[list[SearchHit]], k: int) -> list[SearchHit]:
    out: list[SearchHit] = []
    seen: set[str] = set()
    for i in range(max((len(x) for x in lists), default=0)):
        for hits in lists:
            if i < len(hits) and hits[i].chunk.id not in seen:
                out.append(hits[i])
                seen.add(hits[i].chunk.id)
    return out[:k]
