"""Counts that no single passage states: objectives of a settore, numbered sections.

"Quanti obiettivi ha il settore X?" is counted on the stored objective records;
"quanti progetti ha la linea 8?" on the numbered sub-headings of the heading asked
about. Both cite items of what they count so that a person can check the number.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from assistant.answering import extremes
from assistant.answering.compose import Line, Statement, short, short_quote
from assistant.answering.holders import any_kind, lead_words, names_service, offices_named, part_of, services_of
from assistant.answering.model import LIST_ANSWER_CHARS
from assistant.answering.retrieve import Retriever
from assistant.citations import quote_occurs
from assistant.records import RecordQueries
from ingest.models import Chunk, ObjectiveRecord, UnitKind
from ingest.structure.vocabulary import canonical_key
from ingest.text import OFFICE_KIND_WORDS, Field, fold_name
from vectorstore.analysis import ItalianAnalyzer

_NUMBERED_HEADING = re.compile(r"^(\d+)[.)]\s+\S.{0,80}$")
# one of a named series: its noun (one or two words), a code's letters and its number
# before the title ("- Misura 2: Titolo", "Misura S4 - Titolo", "Azione 3 – Titolo"), the
# section number of a heading before it ("3.1 Linea strategica 1 · Titolo")
_SERIES_HEADING = re.compile(r"^(?:[-•*▪]\s*)?(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?([^\W\d_]{4,}(?:\s+[^\W\d_]{4,})?)"
                             r"\s+[A-Z]{0,2}(\d{1,2})\s*[.):–—·-]\s+\S.{0,80}$")


# (an office's kind, "U.O." folded as "u o", and its number)
_KIND_NUMBER = re.compile(r"\b(area|settore|servizio|ufficio|unita|u o|sezione|dipartimento) (\d{1,2})\b")


def _starts(settore: str, kind_number: str) -> bool:
    """"Area 5 – Servizi alla persona" starts with the office "area 5" (not "area 51");
    so does "05 – Servizi alla persona", as an objective table writes an office by the
    number alone that the org chart gives with its kind."""
    folded = fold_name(settore)
    if m := _KIND_NUMBER.match(folded):
        return f"{m.group(1)} {int(m.group(2))}" == kind_number
    m = re.match(r"(\d{1,2})\s+[^\W\d]", folded)
    return m is not None and int(m.group(1)) == int(kind_number.rsplit(" ", 1)[-1])


def objectives_count(n: int) -> str:
    return "1 obiettivo" if n == 1 else f"{n} obiettivi"


def settore_core(settore: str) -> str:
    """"12. VERDE URBANO" / "Area Verde Urbano" → "verde urbano"."""
    name = fold_name(settore)
    # (the number stands before the kind or after it: "12. Verde", "Area 2 - Finanziaria")
    return re.sub(r"^(?:\d+\s+)?(?:(?:area|settore|servizio|servizi|ufficio)\s+)?(?:\d+\s+)?", "", name).strip()


def _assigned(
    records: Sequence[ObjectiveRecord], core: str, numbered: Sequence[str] = (), parts: Sequence[str] = ()
) -> list[ObjectiveRecord]:
    """The records filed under the settore of this core (or number, "area 5"), or under
    one of its `parts` (the services its org-chart entry lists: an Area's objectives are
    also those filed under its Servizi): an objective shared by two settori ("Area X e
    Area Y") counts for both."""
    return [r for r in records if f" {core} " in f" {fold_name(r.settore or '')} "
            or core in numbered and _starts(r.settore or "", core)
            or r.settore and any(part_of(r.settore, x) for x in parts)]


def _parts(chunks: Sequence[Chunk], core: str) -> list[str]:
    """The services the org-chart entries of the office of this core list."""
    return [x for c in chunks if c.kind == UnitKind.ORG_CHART
            and settore_core(c.fields.get(Field.SETTORE, "")) == core for x in services_of(c)]


def _filed(enti: Sequence[str], retriever: Retriever) -> tuple[set[str], list[ObjectiveRecord]]:
    """The documents asked about (none: all) and their records filed under a settore."""
    docs = {d for g in enti for d in g.split(",")}
    return docs, [r for r in _with_offices(RecordQueries(retriever.catalog).list(), retriever)
                  if r.settore and (not docs or r.doc_id in docs)]


def settore_named(
    question: str, enti: Sequence[str], retriever: Retriever
) -> tuple[dict[str, tuple[str, str]], dict[str, int], dict[str, list[ObjectiveRecord]]] | None:
    """Of each document whose settore the question names: (the settore as written and
    the key it is named by), how many words of its name the question spells, and the
    records assigned to it. None when the question names none."""
    # (an elided article is a word of its own: "l'area 5", "dell'urbanistica")
    q = " " + fold_name(re.sub(r"[’'`]", " ", question)) + " "
    # offices named by kind and number alone ("l'area 5", "il servizio 6"), as plans
    # call them once their org chart has given the full name
    numbered = [f"{kind} {int(n)}" for kind, n in _KIND_NUMBER.findall(q)]
    docs, records = _filed(enti, retriever)
    named: dict[str, tuple[str, str]] = {}  # doc_id -> (settore as written, its core)
    spelled: dict[str, int] = {}  # doc_id -> words of that settore's name the question spells
    for rec in records:
        core = settore_core(rec.settore or "")
        key = ""
        if len(core) >= 4 and f" {core} " in q:
            key = core
        elif len(lead := _lead(core)) >= 8 and f" {lead} " in q:
            # users shorten an office's name to its first words ("l'Area Affari Generali")
            key = lead
        elif by_number := next((n for n in numbered if _starts(rec.settore or "", n)), ""):
            key = by_number
        elif (first := (core.split() or [""])[0]) and len(first) >= 6 and any_kind(q, first) >= 0:
            # an office named by its kind and the first word of its name, the word's
            # ending agreeing with the kind the question uses ("l'ufficio tecnico" for
            # "Area Tecnica – Lavori pubblici")
            key = first
        if key and (n := _spelled(rec.settore or "", q)) > spelled.get(rec.doc_id, -1):
            named[rec.doc_id], spelled[rec.doc_id] = (rec.settore or "", key), n
    # (a plan whose offices the question does not name may name one by a service it
    # lists: with several plans loaded, each is read on its own terms)
    rest = (docs or {r.doc_id for r in records}) - set(named)
    served = _named_by_service(question, rest, records, retriever) if rest else {}
    named |= served
    spelled |= {d: 1 for d in served}
    if not named:
        return None
    assigned = {doc_id: _assigned([r for r in records if r.doc_id == doc_id], core, numbered,
                                  _parts(retriever.catalog.chunks_of(doc_id), core))
                for doc_id, (_, core) in named.items()}
    return named, spelled, assigned


def objectives_of_settore(
    question: str, enti: Sequence[str], retriever: Retriever, shown: int = 3, weights: bool = False,
    head: Callable[[Chunk], Statement | None] | None = None,
) -> tuple[list[Line], list[Chunk]] | None:
    """One line per document whose settore the question names: how many objectives
    its records assign to it, citing the first `shown` ones (`weights`: each with its
    weight, after their sum; `head`: first the statement of who heads it, from its
    org-chart entry, when the question asks for the person too)."""
    if (found := settore_named(question, enti, retriever)) is None:
        q = " " + fold_name(re.sub(r"[’'`]", " ", question)) + " "
        return _office_without_objectives(q, *_filed(enti, retriever), retriever)
    named, spelled, assigned = found
    weighed: dict[str, list[Statement]] = {}
    if weights:
        # (a plan that states no weights has no total to give: it is no candidate)
        weighed = {d: ws for d, recs in assigned.items() if (ws := weighed_titles(
            recs, retriever.catalog.chunks_of(d), extremes.weighted(d, retriever))) is not None}
        named = {d: v for d, v in named.items() if d in weighed}
        if not named:
            return None
    # the office the question names is the one whose name it spells most fully ("l'Area
    # Servizi alla persona"); another plan's office that shares only part of that name
    # ("03. Servizi alla persona", "Area alla Persona") is another office
    most = max(spelled[d] for d in named)
    named = {d: v for d, v in named.items() if spelled[d] == most}
    lines: list[Line] = []
    extra: list[Chunk] = []
    for doc_id, (settore, _) in named.items():
        recs = assigned[doc_id]
        chunks = retriever.catalog.chunks_of(doc_id)
        if weights:
            statements = weighed[doc_id]
        elif shown > 3:  # a list: each title a statement of its own, cut whole by the room
            statements = [Statement(objectives_count(len(recs)), []),
                          *each_titled(recs, chunks, shown, LIST_ANSWER_CHARS // len(named))]
        else:
            statements = [_titled(recs, chunks, shown)]
        if head and (entry := _chart_entry(chunks, settore)) and (headed := head(entry)):
            statements.insert(0, headed)
        extra += [c for st in statements for c, _ in st.sources]
        where = retriever.document_label(doc_id)
        # (an office's name that opens with its kind, "Settore II – …", is said as it is)
        kind = "" if re.match(r"(?:settore|area|servizi?|ufficio|unita)\b", fold_name(settore)) else "settore "
        lines.append(Line(f"{where} – {kind}{settore}", statements))
    return lines, extra


def _chart_entry(chunks: Sequence[Chunk], settore: str) -> Chunk | None:
    """The org-chart entry, with its head, of the office a record's settore names."""
    core = settore_core(settore)
    return next((c for c in chunks if c.kind == UnitKind.ORG_CHART and c.fields.get(Field.TITOLARE)
                 and settore_core(c.fields.get(Field.SETTORE, "")) == core), None)


# "ha più obiettivi X o Y", "quale area ha meno obiettivi" (the question folded)
_MORE_OBJECTIVES = re.compile(r"\b(?:piu|meno|maggior numero di|minor numero di)\s+obiettivi\b")


def objectives_compared(
    question: str, documents: Sequence[str], retriever: Retriever
) -> tuple[list[Line], list[Chunk]] | None:
    """"Ha più obiettivi il settore A o il B?": how many objectives the records assign
    to each office the question names, in the first of `documents` (the plans asked,
    the retrieved first) whose org chart has two of them: two offices compared are
    two offices of one plan."""
    if not _MORE_OBJECTIVES.search(fold_name(re.sub(r"[’'`]", " ", question))):
        return None
    for doc_id in documents:
        chunks = retriever.catalog.chunks_of(doc_id)
        chart = [c for c in chunks if c.kind == UnitKind.ORG_CHART and c.fields.get(Field.SETTORE)]
        offices = offices_named(question, chart, services=False, asked=True)
        if len(offices) < 2:
            continue
        records = _with_offices([r for r in RecordQueries(retriever.catalog).list() if r.doc_id == doc_id], retriever)
        statements = []
        for entry in offices:
            office = entry.fields[Field.SETTORE]
            core = settore_core(office)
            recs = _assigned(records, core)
            counted = _titled(recs, chunks, 3) if recs else Statement(objectives_count(0), [])
            statements.append(Statement(f"{office}: {counted.text}", counted.sources))
        if any(st.sources for st in statements):
            where = retriever.document_label(doc_id)
            return [Line(where if where != doc_id else "", statements)], [c for st in statements for c, _ in st.sources]
    return None


def _with_offices(records: Sequence[ObjectiveRecord], retriever: Retriever) -> list[ObjectiveRecord]:
    """Records that name only their responsible person are assigned to the office the
    org chart of their document gives that person (the hop person → office); records
    whose settore is a part of an office ("Ufficio Personale (Settore II)", a service
    the chart lists under it) are assigned to that office (the hop unit → office)."""
    heads: dict[str, list[tuple[frozenset[str], str]]] = {}
    charts: dict[str, list[Chunk]] = {}
    out = []
    for rec in records:
        if rec.doc_id not in charts:
            charts[rec.doc_id] = [c for c in retriever.catalog.chunks_of(rec.doc_id)
                                  if c.kind == UnitKind.ORG_CHART and c.fields.get(Field.SETTORE)]
        if rec.settore:
            out.append(_in_office(rec, charts[rec.doc_id]))
            continue
        if not rec.responsabile:
            out.append(rec)
            continue
        if rec.doc_id not in heads:
            heads[rec.doc_id] = [(_name_words(c.fields.get(Field.TITOLARE, "")), c.fields.get(Field.SETTORE, ""))
                                 for c in charts[rec.doc_id]]
        who = _name_words(rec.responsabile)
        offices = {office for name, office in heads[rec.doc_id] if len(name) >= 2 and name <= who}
        out.append(rec.model_copy(update={"settore": offices.pop()}) if len(offices) == 1 else rec)
    return out


def _in_office(rec: ObjectiveRecord, chart: Sequence[Chunk]) -> ObjectiveRecord:
    """The record with the org-chart office its settore is a part of, when that
    settore is not itself a charted office and names exactly one."""
    settore = f" {fold_name(rec.settore or '')} "
    if any(f" {core} " in settore for e in chart if len(core := settore_core(e.fields[Field.SETTORE])) >= 4):
        return rec
    bare = re.sub(r"\s*\([^()]*\)", "", rec.settore or "").strip()
    holding = [e for e in chart if any(names_service(bare, x) for x in services_of(e))]
    if len(holding) == 1:  # (a service the chart lists under one office)
        return rec.model_copy(update={"settore": holding[0].fields[Field.SETTORE]})
    named = offices_named(rec.settore or "", chart, services=True)
    # (a settore that names the office by a word of its name, "Area 2 - Finanziaria" for
    # "Area 2 - Economico-Finanziaria e Tributi", keeps the plan's words, which the
    # question may repeat; one named by its kind and number, "Settore III (ad interim)",
    # takes the chart's name)
    own = {w for w in fold_name(bare).split() if len(w) >= 4 and w not in OFFICE_KIND_WORDS}
    if len(named) == 1 and own & set(fold_name(named[0].fields[Field.SETTORE]).split()):
        return rec
    return rec.model_copy(update={"settore": named[0].fields[Field.SETTORE]}) if len(named) == 1 else rec


def _spelled(settore: str, q: str) -> int:
    """How many words of the office's name, in a row, the (folded, padded) question holds."""
    words = [w for w in fold_name(settore).split() if not w.isdigit()]
    return max((j - i for i in range(len(words)) for j in range(i + 1, len(words) + 1)
                if f" {' '.join(words[i:j])} " in q), default=0)


def _lead(core: str) -> str:
    """The leading words of an office's name (`holders.lead_words`)."""
    return lead_words(core.split())


def _name_words(name: str) -> frozenset[str]:
    """A person's name as words, without titles ("dott.ssa Anna Rossi" → anna, rossi)."""
    return frozenset(w for w in fold_name(name).split() if len(w) >= 3 and w not in _TITLES)


_TITLES = frozenset({"dott", "dottssa", "dottor", "dottore", "dottoressa", "ing", "arch", "geom", "avv", "rag", "prof",
                     "sig", "sigra", "comm", "ssa"})


# a one-word service names its office only where the question speaks of it as an
# office: after an office's kind ("l'ufficio anagrafe"), as the one that has the
# objectives ("che obiettivi ha la ragioneria", "gli obiettivi della ragioneria",
# "assegnati alla ragioneria"), as what an office does ("il settore che si occupa
# di protezione civile"); elsewhere the word is a topic ("obiettivi sull'anagrafe")
_AS_HOLDER = (r" (?:(?:ufficio|uffici|servizio|servizi|settore|area) |(?:ha|hanno) (?:(?:il|lo|la|l|i|gli|le) )?"
              r"|obiettivi (?:operativi )?(?:di|del|dello|della|dell|dei|degli|delle) "
              r"|(?:assegnat|affidat)[io] (?:a|al|allo|alla|all|ai|agli|alle) "
              r"|(?:ufficio|servizio|settore|area|unita) (?:che (?:si occupa|segue|gestisce|cura)|competente per)"
              r" (?:(?:di|del|dello|della|dell|dei|degli|delle|il|lo|la|l|i|gli|le) )?){} ")


def _service_names(entry: Chunk) -> list[str]:
    """The names a service of an org-chart entry is asked by: its own, and each of the
    things a name of two joined ("Protezione civile e illuminazione pubblica") covers,
    when that thing is named in two words or more."""
    names = services_of(entry)
    return names + [part for x in names if len(parts := re.split(r"\s+e\s+", x)) > 1
                    for part in parts if len(part.split()) >= 2]


def _named_by_service(
    question: str, docs: set[str], records: Sequence[ObjectiveRecord], retriever: Retriever
) -> dict[str, tuple[str, str]]:
    """The offices the question names by a service their org-chart entry lists ("la
    ragioneria" for "Settore II – Servizi finanziari (ragioneria, tributi)"): users
    name an office by what it does, the plan files objectives under its name. Only an
    office some objective is assigned to, and one per document."""
    q = " " + fold_name(re.sub(r"[’'`]", " ", question)) + " "
    named: dict[str, tuple[str, str]] = {}
    for doc_id in sorted(docs or {r.doc_id for r in records}):
        entries = [c for c in retriever.catalog.chunks_of(doc_id) if c.kind == UnitKind.ORG_CHART]
        holding = offices_named(question, entries, asked=True) + [
            e for e in entries if any(re.search(_AS_HOLDER.format(re.escape(fold_name(x))), q)
                                      for x in _service_names(e))]
        offices = {settore_core(office): office for e in holding if (office := e.fields.get(Field.SETTORE, ""))}
        held = [(r.settore or "", core) for core in offices if len(core) >= 4
                for r in _assigned([r for r in records if r.doc_id == doc_id], core, (), _parts(entries, core))]
        if len({core for _, core in held}) == 1:
            # (the office as its records write it, or its own name when they are filed
            # under its services only)
            core = held[0][1]
            named[doc_id] = next((h for h in held if f" {core} " in f" {fold_name(h[0])} "), (offices[core], core))
    return named


def _office_without_objectives(
    q: str, docs: set[str], records: Sequence[ObjectiveRecord], retriever: Retriever
) -> tuple[list[Line], list[Chunk]] | None:
    """An office of the org chart that the question names and that none of the plan's
    objectives is assigned to: a plan whose objectives name their settore assigns none
    to it, and says so by omission. (Only in the documents the question names: an
    office name alone may be any ente's.)"""
    for doc_id in sorted(docs):
        assigned = [r for r in records if r.doc_id == doc_id]
        if len(assigned) < 3:  # too few assigned objectives to tell an office has none
            continue
        for chunk in retriever.catalog.chunks_of(doc_id):
            office = chunk.fields.get(Field.SETTORE, "") if chunk.kind == UnitKind.ORG_CHART else ""
            core = settore_core(office)
            if len(core) >= 4 and f" {core} " in q or len(_lead(core)) >= 8 and f" {_lead(core)} " in q:
                quote = next((ln.strip() for ln in chunk.source_text.splitlines() if core.split()[0] in fold_name(ln)),
                             short_quote(chunk.source_text))
                where = retriever.document_label(doc_id)
                said = Statement(f"{where}: il piano non indica obiettivi assegnati a {office}", [(chunk, short_quote(quote))])
                return [Line("", [said])], [chunk]
    return None


def objectives_of_documents(
    enti: Sequence[str], retriever: Retriever, periods: Sequence[str] = ()
) -> tuple[list[Line], list[Chunk]] | None:
    """"Quali obiettivi ha il PIAO di X?" — a question that names only the plan asks
    for its objectives overall: their number and the first titles, per document."""
    from vectorstore.records import RecordFilters

    docs = sorted({d for g in enti for d in g.split(",")})
    if periods:  # the plan period named, when the ente has several plans
        dated = [d for d in docs if (rec := retriever.catalog.document(d)) and rec.meta.periodo in periods]
        docs = dated or docs
    lines: list[Line] = []
    extra: list[Chunk] = []
    for doc_id in docs:
        recs = [r for r in retriever.catalog.records(RecordFilters(doc_ids=[doc_id])) if r.titolo]
        if not recs:
            continue
        statement = _titled(recs, retriever.catalog.chunks_of(doc_id), 4)
        extra += [c for c, _ in statement.sources]
        lines.append(Line(retriever.document_label(doc_id), [statement]))
    return (lines, extra) if lines else None


# the frames a plan sets its objectives in, as a question names them ("gli obiettivi
# strategici", "le aree / linee strategiche"): the records' field that holds each
FRAME_FIELDS = (Field.OBIETTIVO_STRATEGICO, Field.AREA_STRATEGICA)


def frames_of_documents(
    field: str, documents: Sequence[str], retriever: Retriever
) -> tuple[list[Line], list[Chunk]] | None:
    """"Quali sono gli obiettivi strategici del piano?" — the distinct values the plan's
    records give the frame field, in document order, each cited where the plan states
    it (a heading or a table's band over its objectives: the passages' breadcrumb)."""
    from vectorstore.records import RecordFilters

    lines: list[Line] = []
    extra: list[Chunk] = []
    for doc_id in documents:
        recs = sorted(retriever.catalog.records(RecordFilters(doc_ids=[doc_id])), key=lambda r: r.source.char_start)
        values = list(dict.fromkeys(v for r in recs if (v := getattr(r, field, None))))
        if len(values) < 2:
            continue  # (one frame over every objective is the plan's, not a list of frames)
        chunks = retriever.catalog.chunks_of(doc_id)
        statements = []
        for value in values:
            holder = next(((c, q) for q in (short_quote(value, 160), short_quote(value, 50))
                           for c in chunks if q and quote_occurs(q, c)), None)
            statements.append(Statement(short(value, 160), [holder] if holder else []))
            extra += [holder[0]] if holder else []
        noun = "obiettivi strategici" if field == Field.OBIETTIVO_STRATEGICO else "aree strategiche"
        lines.append(Line(f"{retriever.document_label(doc_id)} – {len(values)} {noun}", statements, listing=True))
    return (lines, extra) if lines else None


def title_source(rec: ObjectiveRecord, chunks: Sequence[Chunk]) -> tuple[Chunk, str] | None:
    """The passage holding the record's title where the record found it, and the quote."""
    src = rec.sources.get(Field.TITOLO, rec.source)
    quote = short_quote(rec.titolo or "", 160)
    holder = next((c for c in chunks if c.char_start <= src.char_start < c.char_end
                   and quote and quote_occurs(quote, c)), None)
    if holder is None:
        # a title that heads its passages sits in their breadcrumb, shortened there
        quote = short_quote(rec.titolo or "", 50)
        holder = next((c for c in chunks if quote and quote_occurs(quote, c)), None)
    return (holder, quote) if holder is not None else None


def _titled(recs: Sequence[ObjectiveRecord], chunks: Sequence[Chunk], n: int) -> Statement:
    """"N obiettivi (first n titles; …)", citing each title where the record found it."""
    sources = [s for rec in recs[:n] if (s := title_source(rec, chunks)) is not None]
    titles = "; ".join(short(r.titolo or "", 70) for r in recs[:n])
    more = "; …" if len(recs) > n else ""
    return Statement(f"{objectives_count(len(recs))} ({titles}{more})", sources)


def weighed_titles(recs: Sequence[ObjectiveRecord], chunks: Sequence[Chunk],
                   stated: Sequence[tuple[float, str, Chunk]]) -> list[Statement] | None:
    """The objectives' total weight, then each objective with its weight, cited on its
    title and on the line stating the weight. None when one of them states no weight:
    a sum of some weights is not the total asked."""
    found = [(rec, extremes.weight_of(rec.titolo or "", stated)) for rec in recs]
    if not found or any(w is None for _, w in found):
        return None
    out = [Statement(f"{objectives_count(len(found))}, peso complessivo {extremes.total([w[0] for _, w in found if w])}", [])]
    for rec, w in found:
        assert w is not None
        shown, line = extremes.weight_line(w[2])
        sources = [src] if (src := title_source(rec, chunks)) is not None else []
        if line and not (sources and line in sources[0][1]):
            sources.append((w[2], line))
        out.append(Statement(f"{short(coded_title(rec), 90)} – peso {shown}", sources))
    return out


# the room of each title in a list of objectives: at least a line's worth, at most
# what tells long titles apart
_TITLE_MIN, _TITLE_MAX = 90, 220


def each_titled(recs: Sequence[ObjectiveRecord], chunks: Sequence[Chunk], n: int, room: int) -> list[Statement]:
    """The first n titles, each a statement citing where the record found it. The
    titles share the list's room: a few long titles are shown whole enough to tell them
    apart (plans open titles with the same generic words, "OBIETTIVO PLURIENNALE -
    FASE 2"), many each get at least a line's worth."""
    limit = min(_TITLE_MAX, max(_TITLE_MIN, room // max(1, min(n, len(recs))) - 12))
    out = []
    for rec in recs[:n]:
        src = title_source(rec, chunks)
        out.append(Statement(short(coded_title(rec), limit), [src] if src else []))
    return out


def coded_title(rec: ObjectiveRecord) -> str:
    """An objective as a list names it: by its code, when it has one, and its title
    (the code is how a plan and its readers refer to it: "OP.2.1 – …")."""
    return extremes.with_code(rec.titolo or "", rec.codice)


def numbered_headings(
    chunks: Sequence[Chunk], terms: frozenset[str], analyzer: ItalianAnalyzer, retriever: Retriever,
    labels: frozenset[str] = frozenset(),
) -> list[tuple[str, Chunk]]:
    """The numbered sub-headings under the heading asked about, in order, each with a
    passage that holds it. A sub-heading shows either as a deeper breadcrumb element
    or, when the chunker merged a short section into its parent, as a numbered line of
    the parent's body. A named series ("Misura 1: …", "Misura 2: …") is asked by its
    noun ("quali sono le misure …") under whatever heading it stands, or by the field
    its noun labels (`labels`: "elencami le linee strategiche" asks the series
    "Linea strategica 1 · …", "Linea strategica 2 · …")."""
    if not chunks:
        return []
    prefixes: list[tuple[str, ...]] = []
    for c in chunks:
        for prefix in (c.breadcrumb, c.breadcrumb[:-1]):
            if prefix and prefix not in prefixes:
                prefixes.append(prefix)
    best: dict[str, tuple[str, Chunk]] = {}
    asked_nouns: dict[str, bool] = {}  # series noun -> the question asks it (each analysed once)

    def _asks(noun: str) -> bool:
        if noun not in asked_nouns:
            asked_nouns[noun] = bool(terms & set(analyzer.analyze(noun))) or (
                bool(labels) and canonical_key(noun, fuzzy=False) in labels)
        return asked_nouns[noun]

    for prefix in prefixes:
        asked = bool(terms & set(analyzer.analyze(prefix[-1])))
        # leading number -> (heading, passage), per series noun ("" for "3. Titolo")
        found: dict[str, dict[str, tuple[str, Chunk]]] = {}
        for other in retriever.catalog.chunks_of(chunks[0].doc_id):
            crumb = other.breadcrumb
            if crumb[: len(prefix)] != prefix:
                continue
            candidates = [crumb[len(prefix)]] if len(crumb) > len(prefix) else []
            if len(crumb) == len(prefix):
                candidates += [ln.strip() for ln in other.body.split("\n")]
            for head in candidates:
                if head.endswith("."):
                    continue
                if (m := _NUMBERED_HEADING.match(head)) and asked:
                    found.setdefault("", {}).setdefault(m.group(1), (head, other))
                elif (m := _SERIES_HEADING.match(head)) and _asks(m.group(1)):
                    found.setdefault(m.group(1).casefold(), {}).setdefault(m.group(2), (head, other))
        for series in found.values():
            if len(series) > len(best):
                best = series
    return [best[k] for k in sorted(best, key=int)] if len(best) >= 2 else []


def numbered_children(
    chunks: Sequence[Chunk], terms: frozenset[str], analyzer: ItalianAnalyzer, retriever: Retriever
) -> Statement | None:
    """How many numbered sub-headings the heading asked about has."""
    ordered = [head for head, _ in numbered_headings(chunks, terms, analyzer, retriever)]
    if not ordered:
        return None
    sources = [(c, head) for c in chunks for head in ordered if quote_occurs(head, c)]
    return Statement(f"{len(ordered)} ({ordered[0]} … {ordered[-1]})", sources[:3])
