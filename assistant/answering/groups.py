"""The objectives a plan files under a group the question names.

"Quali obiettivi rientrano nella missione 9?", "quanti obiettivi ha l'obiettivo
strategico 1.1.5?": plans state which objectives belong together by their structure,
the heading an objective stands under ("Missione 03 – Ordine pubblico e sicurezza",
"Linea strategica 2 · …") or the strategic objective or area its record names. So the
members of a group are read from that structure, all of them and in the plan's order,
not guessed from how well each title matches the question's words.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from assistant.answering.compose import Line, Statement, short_quote
from assistant.answering.counts import each_titled, objectives_count, title_source
from assistant.answering.frame import Frame
from assistant.answering.model import LIST_ANSWER_CHARS
from assistant.answering.retrieve import Retriever
from assistant.answering.select import matched
from assistant.citations import quote_occurs
from ingest.models import PART_CRUMB, Chunk, ObjectiveRecord
from ingest.text import fold_name
from vectorstore.records import RecordFilters

# the question names a group when the group's name holds most of its topic (by
# rarity): "nella missione Ordine pubblico e sicurezza" holds all of it, a group that
# shares one common word with the question ("servizi") holds little
MIN_SHARE = 0.6
# the record fields that file an objective under a group (the settore has its own
# path, counts.objectives_of_settore, with the org chart's names for offices)
_GROUP_FIELDS = ("obiettivo_strategico", "area_strategica")


@dataclass(frozen=True)
class _Group:
    doc_id: str
    label: str  # the group's name as the plan writes it
    members: tuple[ObjectiveRecord, ...]  # in the plan's order
    share: float  # how much of the question's topic its name holds
    words: frozenset[str]  # its name's analysed words


def _key(label: str) -> str:
    """A group name's identity: its letters and digits (a name broken across a table
    cell, "CITTA' DELL'INNOVA ZIONE", is the same name)."""
    return re.sub(r"[^0-9a-z]", "", fold_name(label))


def _tokens(label: str, analyze: Callable[[str], Iterable[str]]) -> frozenset[str]:
    """The analysed words of a group's name; a number also without its leading zeros
    (a plan's "Missione 09" is the user's "missione 9")."""
    words = set(analyze(label))
    words |= {w.lstrip("0") for w in words if w.isdigit() and w.lstrip("0")}
    return frozenset(words)


# "nella linea strategica 3", "la missione 09": the words that say a group's kind
# just before its number (field words, so not topic, yet part of how it is named)
_NUMBERED_KIND = re.compile(r"((?:[^\W\d_]+\s+){1,3})(?:n\.\s*)?\d{1,3}(?:\.\d{1,3})*\b")


def _kind_words(question: str, analyze: Callable[[str], Iterable[str]]) -> frozenset[str]:
    """The analysed words the question writes before a group's number."""
    return frozenset(w for m in _NUMBERED_KIND.finditer(question) for w in analyze(m.group(1)))


def _labels(rec: ObjectiveRecord, holder: Chunk | None) -> list[str]:
    """The groups an objective is filed under: its record's strategic objective and
    area, and the headings above it (not its own heading, which names the objective)."""
    out = [v for f in _GROUP_FIELDS if (v := getattr(rec, f))]
    if holder is not None:
        own = _key(rec.titolo or "")[:20]
        out += [h for h in holder.breadcrumb if own and own not in _key(h) and _key(h) not in _key(rec.titolo or "")]
    return out


def _groups(doc_id: str, retriever: Retriever, frame: Frame,
            analyze: Callable[[str], Iterable[str]]) -> list[_Group]:
    records = [r for r in retriever.catalog.records(RecordFilters(doc_ids=[doc_id])) if r.titolo]
    chunks = retriever.catalog.chunks_of(doc_id)
    names: dict[str, str] = {}
    members: dict[str, dict[str, ObjectiveRecord]] = {}
    for rec in sorted(records, key=lambda r: r.source.char_start):
        src = title_source(rec, chunks)
        # (an objective listed in a table and described on a card of its own is filed
        # under the headings of both: "Linea strategica 3" over its row)
        held = [src[0]] if src else []
        held += [c for c in chunks if (not src or c.id != src[0].id) and any(
            c.char_start <= s.char_start < c.char_end for s in rec.sources.values())]
        for label in dict.fromkeys(label for c in held or [None] for label in _labels(rec, c)):
            key = _key(label)
            names.setdefault(key, label)
            # one objective once, whatever passages repeat it (summary table and detail page)
            members.setdefault(key, {}).setdefault(_key(rec.titolo or ""), rec)
    titles = {_key(r.titolo or "") for r in records}
    out = []
    for key, recs in members.items():
        # a group of one names that objective; a group of all is the plan itself
        if not 2 <= len(recs) < len(titles):
            continue
        words = _tokens(names[key], analyze)
        share = frame.weight(matched(frame.terms, words))
        if share >= MIN_SHARE:
            out.append(_Group(doc_id, names[key], tuple(recs.values()), share, words))
    return out


def objectives_of_group(
    frame: Frame, documents: Sequence[str], retriever: Retriever,
    analyze: Callable[[str], Iterable[str]], shown: int,
) -> tuple[list[Line], list[Chunk]] | None:
    """The objectives of the group whose name holds most of the question's topic, in
    the documents asked about: how many, and the first `shown` titles."""
    found = [g for doc_id in documents for g in _groups(doc_id, retriever, frame, analyze)]
    if not found:
        return None
    # (and the kind it names before the group's name, "nella linea Territorio …": the
    # question's words that are not its topic)
    kind = _kind_words(frame.question, analyze) | (frozenset(analyze(frame.question)) - frame.terms)
    # the group that names the topic best; of two as good, the one of the kind the
    # question names with its number ("linea strategica 3" is no "03. Opere pubbliche"
    # of another plan), then the narrower (a section and the strategic objective
    # inside it that repeats its words)
    group = max(found, key=lambda g: (round(g.share, 3), len(kind & g.words), -len(g.members)))
    chunks = retriever.catalog.chunks_of(group.doc_id)
    quote = short_quote(group.label, 80)
    head = [(c, quote) for c in chunks if quote_occurs(quote, c)][:1]
    title = f"{retriever.document_label(group.doc_id)} – «{short_quote(group.label, 90)}»"
    count = objectives_count(len(group.members))
    # (the titles share what the line's head and count leave of a list's room)
    statements = [Statement(count, head), *each_titled(list(group.members), chunks, shown,
                                                        LIST_ANSWER_CHARS - len(title) - len(count) - 10)]
    line = Line(title, statements, listing=True)
    return [line], [c for st in statements for c, _ in st.sources]


# one numbered item of a series where a plan's items are headings, not records: its
# noun (one or two words, "Area strategica 5"), its number (dotted, "Progetto 2.3"), its title to the line's end; standing at a
# line's start (after a Markdown heading's marks) or after the generic words a heading
# opens with ("OBIETTIVO DI MANDATO – PROGETTO 3.2 MENSE DI QUALITÀ")
_SERIES_ITEM = re.compile(
    r"(?:^(?:#{1,6}\s+)?|[–—:-]\s*)(?:\*\*)?([^\W\d_]{4,}(?:\s+[^\W\d_]{4,})?)\s+(\d{1,2}(?:\.\d{1,2}){0,3})\.?(?:\s*[:–—·-])?"
    r"\s+([^\W\d_][^\n]{1,90}?)\s*(?:\*\*)?$", re.MULTILINE)
# the verbs of a whole made of parts ("è divisa in", "si articola in", "comprende")
_WHOLE_OF_PARTS = re.compile(r"(?i)\b(?:(?:sud)?divis[aoie]|articol\w+|compost[aoie]|comprend\w+)\b")


def _series(text: str, asked: Callable[[str], bool]) -> Iterable[tuple[str, str, str]]:
    """(noun, identity, "Noun n. Title") of each item of an asked series in `text`: an
    item is told by its number and its title (plans number two items alike, "1.4.3
    Adozione App IO", "1.4.3 Adozione piattaforma PagoPA")."""
    for m in _SERIES_ITEM.finditer(text):
        if asked(m.group(1)):
            # (as the plan writes it, so that it is quoted where it stands)
            yield m.group(1).casefold(), f"{m.group(2)} {_key(m.group(3))}", text[m.start(1):m.end(3)]


def _within(body: str, label: str, own: set[str], asked: Callable[[str], bool]) -> str:
    """The part of a passage's body that lies in the section `label` heads: a passage
    that merges short sections holds the lines of the one before the label's heading
    line and of the next section of the label's kind ("Missione 05 – …" after "Missione
    04 – …"); each heading line says where its section starts."""
    lines = body.split("\n")
    start = next((i for i, ln in enumerate(lines) if _key(label) and _key(label) == _key(ln.lstrip("#* "))), 0)
    end = next((i for i in range(start + 1, len(lines))
                if any(noun in own for noun, _, _ in _series(lines[i], asked))), len(lines))
    return "\n".join(lines[start:end])


def items_of_group(
    frame: Frame, documents: Sequence[str], retriever: Retriever,
    analyze: Callable[[str], Iterable[str]],
    chunks_of: Callable[[str], list[Chunk]], records_of: Callable[[str], list[ObjectiveRecord]],
) -> tuple[list[Line], list[Chunk]] | None:
    """The numbered items of the section the question names, in a plan that files its
    items as headings ("quali progetti stanno sotto la Missione 4?"): the section is a
    heading above them, found by how much of the question's topic its name holds; the
    items are those of a series the question asks by its noun ("progetti" asks
    "Progetto 4.1 …"), as breadcrumb headings or as lines of the section's passages (a
    heading with no body of its own is merged into a neighbour's passage). A document's
    passages and records come from `chunks_of` / `records_of` (the answerer's caches: this
    runs for every list or count question)."""
    nouns: dict[str, frozenset[str]] = {}

    def stems(noun: str) -> frozenset[str]:
        if noun not in nouns:
            nouns[noun] = frozenset(analyze(noun))
        return nouns[noun]

    # (a series' noun is asked by any word of the question, a generic one too: "in quali
    # aree è articolata")
    wording = frame.terms | frozenset(analyze(frame.question))

    def asked(noun: str) -> bool:
        # (a count asks the series of the thing counted: "quanti dipendenti ha il settore
        # che …" counts no areas)
        return bool(wording & stems(noun)) and (not frame.counted or frame.counted in stems(noun))

    structure = frozenset(t for w in _WHOLE_OF_PARTS.findall(frame.question) for t in analyze(w))
    best: tuple[float, int, str, str, str, dict[str, tuple[str, Chunk]]] | None = None
    for doc_id in documents:
        # (an objective's heading names the objective: what it holds is read from its
        # record's fields, as any objective's)
        titled = {_key(r.titolo or "") for r in records_of(doc_id)}
        under: dict[str, list[Chunk]] = {}
        names: dict[str, str] = {}
        chunks = chunks_of(doc_id)
        after: dict[str, Chunk] = {}  # the passage that follows a section's last one
        for i, c in enumerate(chunks):
            # (the first two levels name the ente and the plan, not a section of it)
            for label in c.breadcrumb[2:]:
                # (a part the chunker numbers, "parte 2", is no section of the plan's)
                if not PART_CRUMB.fullmatch(label) and _key(label) not in titled:
                    names.setdefault(_key(label), label)
                    under.setdefault(_key(label), []).append(c)
                    if i + 1 < len(chunks):
                        after[_key(label)] = chunks[i + 1]
        for key, members in under.items():
            label = names[key]
            # (the lines that open the next passage before its own headings are the
            # section's last items, headings with no body merged forward: "Progetto 2.5 …"
            # before "Missione 05 – …")
            if (nxt := after.get(key)) is not None and nxt not in members:
                heads = {_key(b) for b in nxt.breadcrumb} - {_key(b) for b in members[-1].breadcrumb}
                lines = nxt.body.split("\n")
                cut = next((j for j, ln in enumerate(lines) if _key(ln.lstrip("#* ")) in heads), 0)
                members = [*members, nxt.model_copy(update={
                    "text": f"{nxt.breadcrumb_text}\n" + "\n".join(lines[:cut]), "breadcrumb": members[-1].breadcrumb})]
            # the section's own kind ("Missione 04 – …") is how the question names it, and
            # its items are of another series: an item's own heading holds none of them
            own = {noun for noun, _, _ in _series(label, asked)}
            by_noun: dict[str, dict[str, tuple[str, Chunk]]] = {}
            for c in members:
                # (a passage's own heading may stand in its breadcrumb only, each heading
                # there a line of its own)
                for noun, ident, item in _series("\n".join([*c.breadcrumb, _within(c.body, label, own, asked)]),
                                                 asked):
                    if noun not in own:
                        by_noun.setdefault(noun, {}).setdefault(ident, (item, c))
            if not by_noun:
                continue
            noun, items = max(by_noun.items(), key=lambda kv: len(kv[1]))
            if len(items) < 2:
                continue
            # (the series' noun is what is asked of the section, not what names it; nor
            # are the verbs of a whole made of parts, "in quali aree si articola")
            topic = frame.terms - stems(noun) - structure
            share = frame.share(topic, matched(topic, _tokens(label, analyze)))
            if share < MIN_SHARE:
                continue
            # the section naming the topic best; of two as good, the narrower
            rank = (round(share, 3), -len(items))
            if best is None or rank > best[:2]:
                best = (*rank, doc_id, label, noun, items)
    if best is None:
        return None
    _, _, doc_id, label, noun, items = best
    title = f"{retriever.document_label(doc_id)} – «{short_quote(label, 90)}»"
    ordered = [items[n] for n in sorted(items, key=lambda n: tuple(int(p) for p in n.split()[0].split(".")))]
    # (counted by the question's own word for them: "4 progetti")
    noun = next((w for w in re.findall(r"[^\W\d_]{4,}", frame.question) if stems(w) & stems(noun)), "voci")
    statements = [Statement(f"{len(ordered)} {noun.casefold()}", [])] + [
        Statement(item, [(c, q)] if quote_occurs(q := short_quote(item, 80), c) else []) for item, c in ordered]
    line = Line(title, statements, listing=True)
    return [line], [c for st in statements for c, _ in st.sources]
