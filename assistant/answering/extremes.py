"""The objective of a plan with the highest or lowest weight.

"Qual è l'obiettivo con il peso più alto?", "quale obiettivo pesa di meno?": a plan
weighs its objectives in a column or a field ("Peso 12", "Peso %: 8"), so the answer is
read by comparing every objective's weight, not by matching the question's words to
one objective. Ties are all named.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from assistant.answering.compose import CHECKABLE_CHARS, Line, Statement, locate, short, short_quote
from assistant.answering.frame import Frame
from assistant.answering.retrieve import Retriever
from ingest.models import Chunk
from ingest.text import Field, fold_name

# the weight asked at one end: "il peso più alto / maggiore / massimo", "pesa di più",
# "il peso più basso / minore / minimo", "pesa (di) meno", "il più pesante"
_HIGHEST = re.compile(r"\b(?:peso\s+(?:piu\s+(?:alto|elevato|grande)|maggiore|massimo)|pesa\s+di\s+piu|"
                      r"(?:ha|con)\s+piu\s+peso|piu\s+pesante)\b")
_LOWEST = re.compile(r"\b(?:peso\s+(?:piu\s+(?:basso|piccolo|ridotto)|minore|minimo)|pesa\s+(?:di\s+)?meno|"
                     r"(?:ha|con)\s+meno\s+peso|meno\s+pesante)\b")
# the question asks which objective ("quale obiettivo", "l'obiettivo con …"), not the
# weight of one it names
_WHICH_OBJECTIVE = re.compile(r"\b(?:quale|quali|qual\s+e|che)\b[^?]*\bobiettiv|\bl\s+obiettivo\s+(?:con|che)\b")
# objectives the question names ("X o Y", "tra X e Y") or narrows to a part of the
# plan ("l'obiettivo di quell'area", "del settore X"): not the plan's extreme
_NAMED_OR_NARROWED = re.compile(r"\s(?:o|oppure)\s|\b(?:tra|fra)\s|\bobiettiv\w*\s+(?:di|del|della|dello|dell|dei|degli|delle)\s")
# a weight as plans write it: "12", "12%", "12,5", "8 punti"
_WEIGHT = re.compile(r"^\s*(\d{1,3}(?:[.,]\d{1,2})?)\s*(?:%|punti)?\s*$")


def asked_end(frame: Frame) -> str | None:
    """"max" or "min" when the question asks which objective of the plan weighs most or
    least; None for any other question (two objectives compared by name, "X o Y", and
    the objectives of one office, are others')."""
    q = " " + fold_name(frame.question.replace("'", " ")) + " "
    if not _WHICH_OBJECTIVE.search(q) or _NAMED_OR_NARROWED.search(q):
        return None
    if _HIGHEST.search(q):
        return "max"
    if _LOWEST.search(q):
        return "min"
    return None


def weighted(doc_id: str, retriever: Retriever) -> list[tuple[float, str, Chunk]]:
    """(weight, title, passage) of each objective of the document that states a weight,
    once each (a summary row and a detail page may state it twice)."""
    seen: dict[str, tuple[float, str, Chunk]] = {}
    for chunk in retriever.catalog.chunks_of(doc_id):
        title, weight = chunk.fields.get(Field.TITOLO), chunk.fields.get(Field.PESO, "")
        m = _WEIGHT.match(weight)
        if not title or not m:
            continue
        value = float(m.group(1).replace(",", "."))
        seen.setdefault(fold_name(title)[:60], (value, title, chunk))
    return list(seen.values())


def objective_by_weight(frame: Frame, documents: Sequence[str], retriever: Retriever, end: str,
                        within: Mapping[str, Sequence[str]] | None = None) -> tuple[list[Line], list[Chunk]] | None:
    """A line per document: the objective(s) with the highest (or lowest) weight,
    with the weight, cited on the passage that states it (`within`: of each document,
    only the objectives of these titles, those of the office the question names). None
    when no document the question is about weighs at least two objectives."""
    lines: list[Line] = []
    extra: list[Chunk] = []
    for doc_id in documents:
        stated = weighted(doc_id, retriever)
        if within is not None and doc_id in within:
            own = {fold_name(t)[:60] for t in within[doc_id]}
            stated = [w for w in stated if fold_name(w[1])[:60] in own]
        if len(stated) < 2:
            continue
        pick = max if end == "max" else min
        value = pick(w for w, _, _ in stated)
        statements = []
        for weight, title, chunk in stated:
            if weight != value:
                continue
            shown = chunk.fields.get(Field.PESO, "").strip()
            # (the row's title, then its weight when quoted with enough of the row to be
            # checked: a bare "12" is not)
            sources = [found for quote in (short_quote(title, 80), shown) if (found := locate(quote, chunk, [chunk]))
                       and (quote != shown or len(found[1]) >= CHECKABLE_CHARS)]
            statements.append(Statement(f"{with_code(f'«{short(title, 120)}»', chunk.fields.get(Field.CODICE))} – "
                                        f"peso {shown}", sources))
            extra.append(chunk)
        which = "più alto" if end == "max" else "più basso"
        where = retriever.document_label(doc_id)
        lines.append(Line(f"{where} – peso {which} tra {len(stated)} obiettivi", statements))
    return (lines, extra) if lines else None


def with_code(title: str, code: str | None) -> str:
    """An objective named by its code, when it has one, and its title (the code is how a
    plan and its readers refer to it: "OP.2.1 – …")."""
    code = (code or "").strip()
    if not code or len(code) > 16 or fold_name(title.strip("«» ")).startswith(fold_name(code)):
        return title
    return f"{code} – {title}"


def weight_of(title: str, stated: Sequence[tuple[float, str, Chunk]]) -> tuple[float, str, Chunk] | None:
    """The weight one of `weighted`'s objectives states, found by its title."""
    key = fold_name(title)[:60]
    return next((w for w in stated if fold_name(w[1])[:60] == key), None)


def weight_line(chunk: Chunk) -> tuple[str, str]:
    """(the weight as the passage writes it, the line that states it, "" if none): the
    line to cite a weight on, which a bare figure is not."""
    shown = chunk.fields.get(Field.PESO, "").strip()
    line = next((ln.strip() for ln in chunk.source_text.splitlines()
                 if "peso" in ln.casefold() and re.search(rf"\b{re.escape(shown)}", ln)), "") if shown else ""
    return shown, line


def total(values: Sequence[float]) -> str:
    """A sum of weights as plans write one ("31", "12,5")."""
    whole = sum(values)
    return f"{whole:g}".replace(".", ",")
