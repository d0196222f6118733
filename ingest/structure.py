"""Document structure: which layout a PIAO text has, and its structural units.

A unit is the smallest piece that must not be split unless too long: an objective
block, a table row, an org-chart entry, a summary entry, a generic section.

Design
------
Each layout has a *claimer* that recognises its specific structures and claims the
line ranges they occupy; every line nobody claims goes through the generic,
heading-aware sectioner. One `HeadingTracker` walks the whole document in order, so
units found by a claimer inherit the heading chain of the text around them (e.g.
the "Missione 06 – ..." heading above a table). Only rules about line *shapes* and
label *vocabularies* are used, so that unseen layouts degrade to sensible sections
instead of failing.

Spans: every unit satisfies `text[u.char_start:u.char_end]` == its verbatim source,
starting at the beginning of its first non-blank line and ending at the last
non-whitespace character of its last non-blank line.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from ingest.models import LayoutKind, Unit, UnitKind

PATH_MAX_CHARS = 80

# ------------------------------------------------------------------ text helpers

_TAG_RE = re.compile(r"<[^>]{0,200}>")
_WS_RE = re.compile(r"\s+")
_MD_BOLD_RE = re.compile(r"\*\*")


def clean_text(s: str) -> str:
    """Cell/label text as users read it: no HTML tags, entities decoded, no `**`,
    whitespace collapsed."""
    s = _TAG_RE.sub("", s)
    s = html.unescape(s)
    s = _MD_BOLD_RE.sub("", s)
    return _WS_RE.sub(" ", s).strip()


def truncate(s: str, limit: int = PATH_MAX_CHARS) -> str:
    s = s.strip()
    if len(s) <= limit:
        return s
    cut = s[: limit - 1]
    space = cut.rfind(" ")
    if space > limit * 0.6:
        cut = cut[:space]
    return cut.rstrip(" ,;:-–") + "…"


@lru_cache(maxsize=4096)
def fold(s: str) -> str:
    """Upper-case, accent-free, punctuation-free key for vocabulary look-ups."""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = re.sub(r"[^A-Za-z0-9°%]+", " ", s).upper()
    return _WS_RE.sub(" ", s).strip()


def upper_ratio(s: str) -> float:
    letters = [c for c in s if c.isalpha()]
    if not letters:
        return 0.0
    return sum(1 for c in letters if c.isupper()) / len(letters)


def n_letters(s: str) -> int:
    return sum(1 for c in s if c.isalpha())


# PDF text extraction renders table cells and "LABEL  value" pairs with runs of
# spaces instead of tabs: three or more spaces between words count as a cell gap.
_VIRTUAL_GAP_RE = re.compile(r"(?<=\S) {3,}(?=\S)")
_TRAILING_GAP_RE = re.compile(r"(?:\t| {3,})[ \t]*$")


class Line:
    """One line of the document with its offset; cleaned text and cells precomputed.

    `cells` are the tab-separated (or, without tabs, 3+-space-separated) pieces;
    `ends_open` says the last cell was cut by a line wrap (no gap at the line end).
    """

    __slots__ = (
        "idx", "start", "raw", "clean", "blank", "end", "has_tab", "cells", "raw_cells",
        "ends_open", "starts_gap", "virtual", "wrapped", "para_mode",
    )

    def __init__(self, idx: int, start: int, raw: str) -> None:
        self.idx = idx
        self.start = start  # offset of the first character of the line in the text
        self.raw = raw  # without the trailing newline
        self.clean = clean_text(raw) if raw.strip() else ""
        self.blank = not self.clean
        self.end = start + len(raw.rstrip())  # just after the last non-space character
        body = raw.rstrip("\r\f")
        self.virtual = False
        self.starts_gap = body.startswith(("\t", "   "))
        if "\t" in body.strip(" \r\f"):
            self.raw_cells = body.split("\t")
        elif _VIRTUAL_GAP_RE.search(body) or (
            _TRAILING_GAP_RE.search(body) and upper_ratio(self.clean) >= 0.8 and len(self.clean) <= 60
        ):
            self.virtual = True
            self.raw_cells = ([""] if self.starts_gap else []) + re.split(r" {3,}", body.strip(" "))
            if _TRAILING_GAP_RE.search(body):
                self.raw_cells.append("")
        else:
            self.raw_cells = [body]
        self.has_tab = len(self.raw_cells) > 1
        self.cells: list[str] = [clean_text(c) for c in self.raw_cells] if self.has_tab else [self.clean]
        self.ends_open = not self.blank and not _TRAILING_GAP_RE.search(body)
        self.wrapped = False  # set by split_lines for hard-wrapped (PDF) text
        # how paragraphs are delimited in this document: "blank" lines, "wrap" of
        # hard-wrapped PDF text, or one paragraph per "line" (Word documents)
        self.para_mode = "blank"


def split_lines(text: str) -> list[Line]:
    lines: list[Line] = []
    pos = 0
    for idx, raw in enumerate(text.split("\n")):
        lines.append(Line(idx, pos, raw))
        pos += len(raw) + 1
    _mark_wrapped(lines)
    return lines


def _mark_wrapped(lines: list[Line]) -> None:
    """Decide how paragraphs are delimited. Text extracted from PDFs is hard-wrapped
    at the page width and often has no blank lines: a line as long as the page width
    goes on in the next line. Word documents give one line per paragraph and rarely
    blank lines between them."""
    lengths = sorted(len(ln.clean) for ln in lines if not ln.blank)
    if len(lengths) < 20:
        return
    width = lengths[int(len(lengths) * 0.9)]
    blank_ratio = sum(1 for ln in lines if ln.blank) / len(lines)
    if blank_ratio > 0.25:
        return  # blank-separated paragraphs
    if width > 160:
        if blank_ratio < 0.1:
            for ln in lines:
                ln.para_mode = "line"
        return
    for ln in lines:
        ln.para_mode = "wrap"
        ln.wrapped = not ln.blank and len(ln.clean) >= 0.8 * width


def line_span(lines: Sequence[Line], i: int, j: int) -> tuple[int, int] | None:
    """Char span of lines[i:j] trimmed of surrounding blank lines (None if all blank)."""
    first = next((k for k in range(i, j) if not lines[k].blank), None)
    if first is None:
        return None
    last = next(k for k in range(j - 1, first - 1, -1) if not lines[k].blank)
    return lines[first].start, lines[last].end


def next_nonblank(lines: Sequence[Line], i: int, limit: int | None = None) -> int | None:
    stop = len(lines) if limit is None else min(limit, len(lines))
    for k in range(i, stop):
        if not lines[k].blank:
            return k
    return None


def prev_nonblank(lines: Sequence[Line], i: int, floor: int = 0) -> int | None:
    for k in range(i, floor - 1, -1):
        if k < len(lines) and not lines[k].blank:
            return k
    return None


def paragraph_end(lines: Sequence[Line], i: int, limit: int) -> int:
    """Index after the paragraph starting at i: the run of non-blank lines, or in
    hard-wrapped text the lines joined by wrapping (a full-width line, or a next
    line starting in lower case)."""
    k = i
    while k < limit and not lines[k].blank:
        if k > i:
            mode = lines[k].para_mode
            if mode == "line":
                break
            if mode == "wrap" and not (lines[k - 1].wrapped or lines[k].clean[:1].islower()):
                break
        k += 1
    return k


# ------------------------------------------------------------------- vocabulary

# Canonical field keys, from label / column names (folded). Exact matches first,
# then the longest prefix marked with a trailing "*".
_VOCAB: dict[str, str | None] = {
    # titles
    "TITOLO": "titolo", "OBIETTIVO": "titolo", "OBIETTIVI": "titolo",
    "OBIETTIVO OPERATIVO": "titolo", "OBIETTIVI OPERATIVI": "titolo",
    "OBIETTIVO OPERATIVO*": "titolo", "DESCRIZIONE OBIETTIVO": "titolo",
    "DENOMINAZIONE": "titolo", "AZIONE": "titolo", "AZIONI": "titolo", "INTERVENTO": "titolo",
    "OBIETTIVO DI PERFORMANCE": "titolo", "OBIETTIVO SPECIFICO": "titolo",
    # codes
    "CODICE": "codice", "COD": "codice", "CODICE OBIETTIVO": "codice", "N": "codice",
    "NR": "codice", "ID": "codice", "RIF DUP": "codice", "RIFERIMENTO DUP": "codice",
    "PROGRAMMI": "codice", "PROGRAMMA": "codice", "MISSIONE PROGRAMMA": "codice",
    # strategic frame
    "OBIETTIVO STRATEGICO": "obiettivo_strategico", "OBIETTIVI STRATEGICI": "obiettivo_strategico",
    "OBIETTIVO STRATEGICO DUP": "obiettivo_strategico",
    "INDIRIZZO STRATEGICO": "area_strategica", "INDIRIZZI STRATEGICI": "area_strategica",
    "AMBITO STRATEGICO": "area_strategica", "AREA STRATEGICA": "area_strategica",
    "LINEA STRATEGICA": "area_strategica", "LINEE STRATEGICHE": "area_strategica",
    "LINEA DI MANDATO": "area_strategica", "LINEE DI MANDATO": "area_strategica",
    "AMBITO": "area_strategica", "MISSIONE": "area_strategica",
    "OBIETTIVO DI MANDATO": None,
    # people and offices
    "RESPONSABILE": "responsabile", "RESPONSABILE*": "responsabile",
    "RESPONSABILE GESTIONALE": "responsabile", "DIRIGENTE": "responsabile",
    "DIRIGENTE RESPONSABILE": "responsabile", "REFERENTE": "responsabile",
    "RESPONSABILE POLITICO": "responsabile_politico", "ASSESSORE": "responsabile_politico",
    "ASSESSORE DI RIFERIMENTO": "responsabile_politico", "REFERENTE POLITICO": "responsabile_politico",
    "SETTORE": "settore", "SETTORI": "settore", "SETTORE*": "settore", "AREA": "settore",
    "SERVIZIO": "settore", "SERVIZI": "settore", "UFFICIO": "settore", "STRUTTURA": "settore",
    "UNITA ORGANIZZATIVA": "settore", "STRUTTURA RESPONSABILE": "settore",
    "AREA ORGANIZZATIVA": "settore", "SETTORE RESPONSABILE": "settore",
    "DIPENDENTI": "dipendenti", "DIPENDENTI*": "dipendenti", "PERSONALE COINVOLTO": "dipendenti",
    "RISORSE UMANE": "dipendenti", "PERSONALE": "dipendenti",
    "STAKEHOLDER": "stakeholder", "STAKEHOLDERS": "stakeholder", "PORTATORI DI INTERESSE": "stakeholder",
    "DESTINATARI": "stakeholder", "BENEFICIARI": "stakeholder",
    # why / what
    "MOTIVAZIONE": "motivazione", "FINALITA": "motivazione", "FINALITA'": "motivazione",
    "RAZIONALE": "motivazione", "DESCRIZIONE": "motivazione", "MOTIVAZIONI": "motivazione",
    "VALORE ATTESO": "valore_atteso", "RISULTATO ATTESO": "valore_atteso",
    "RISULTATI ATTESI": "valore_atteso", "IMPATTO ATTESO": "valore_atteso",
    "VALORE PUBBLICO ATTESO": "valore_atteso",
    # when
    "ARCO TEMPORALE": "scadenza", "SCADENZA": "scadenza", "TEMPISTICA": "scadenza",
    "TEMPI": "scadenza", "TERMINE": "scadenza", "DATA SCADENZA": "scadenza",
    "TEMPI DI REALIZZAZIONE": "scadenza", "DURATA": "scadenza", "ANNUALITA": "scadenza",
    # measures
    "INDICATORE": "indicatori", "INDICATORI": "indicatori", "INDICATORE*": "indicatori",
    "INDICATORI*": "indicatori",
    "TARGET": "target", "TARGET*": "target", "VALORE TARGET": "target",
    "RISULTATO ATTESO INDICATORE": "target",
    # phases
    "FASE": "fasi", "FASI": "fasi", "FASE*": "fasi", "FASI*": "fasi", "CRONOPROGRAMMA": "fasi",
    "ATTIVITA": "fasi", "ATTIVITA PREVISTE": "fasi", "AZIONI PREVISTE": "fasi",
}
_VOCAB_EXACT = {k: v for k, v in _VOCAB.items() if not k.endswith("*")}
_VOCAB_PREFIX = sorted(
    ((k[:-1], v) for k, v in _VOCAB.items() if k.endswith("*")), key=lambda kv: -len(kv[0])
)

_OBJECTIVE_WORDS = ("OBIETTIV", "SCHEDA", "PROGETTO", "AZIONE", "INTERVENTO")
_SUBLEVEL_RE = re.compile(r"\b(2|II|SECONDO)\s*°?\s*LIVELLO\b|\bSOTTO\s*OBIETTIV|\bFASE\b|\bFASI\b|\bAZION")
_YEAR_RE = re.compile(r"^(?:20\d\d)$")


@lru_cache(maxsize=4096)
def canonical_key(label: str) -> str | None:
    """Canonical field key of a label or column name, or None."""
    key = label_key(label).rstrip(" :")
    if key in _VOCAB_EXACT:
        return _VOCAB_EXACT[key]
    if _SUBLEVEL_RE.search(key) and key.startswith(_OBJECTIVE_WORDS):
        return "fasi"  # "OBIETTIVO OPERATIVO DI 2° LIVELLO": a phase of the block
    for prefix, value in _VOCAB_PREFIX:
        if key.startswith(prefix + " ") or key == prefix:
            return value
    if key.startswith("INDICATOR"):
        return "indicatori"
    return None


def is_known_label(label: str) -> bool:
    key = label_key(label).rstrip(" :")
    return key in _VOCAB_EXACT or canonical_key(label) is not None


# ----------------------------------------------------------------- line shapes

_BULLET_RE = re.compile(r"^\s*(?:[-–•·▪●○*]|\d{1,2}\)|[a-z]\))\s+")
_NUMBERED_RE = re.compile(
    r"^(?P<num>\d{1,2}(?:\.\d{1,2}){1,3}\.?|\d{1,2}\.)\s*(?:[-–]\s*)?(?P<rest>[A-ZÀ-Ý\"'«(].*)$"
)
_KEYWORD_RE = re.compile(
    r"^(?P<kw>SEZIONE|SOTTOSEZIONE|SOTTO-SEZIONE|PARTE|CAPITOLO|TITOLO|ALLEGATO|MISSIONE|"
    r"PROGRAMMA|AREA(?:\s+TEMATICA|\s+STRATEGICA)?|AMBITO(?:\s+STRATEGICO)?|"
    r"LINEA(?:\s+STRATEGICA)?|INDIRIZZO(?:\s+STRATEGICO)?|"
    r"OBIETTIVO(?:\s+STRATEGICO(?:\s+DI\s+MANDATO)?|\s+GENERALE|\s+DI\s+MANDATO)?|"
    r"PROGETTO|PRIORIT[AÀ](?:\s+STRATEGICA)?|ASSE|SETTORE)\b[^\n\d]{0,30}?(?:N\.?\s*)?(?:\d+|[IVX]+\b)",
    re.IGNORECASE,
)
_MD_HEADING_RE = re.compile(r"^(#{1,6})\s+(\S.*)$")
_DATE_RE = re.compile(r"\b\d{1,2}/\d{1,2}/\d{2,4}\b")
_FURNITURE_RE = re.compile(
    r"^(?:(?:comune|citt[aà]|provincia|regione|unione)\s+(?:di|dei|della)\b.{0,40}|"
    r"(?:pag(?:ina)?\.?\s*)?\d{1,3}(?:\s*(?:di|/)\s*\d{1,3})?)$",
    re.IGNORECASE,
)


def is_bullet(s: str) -> bool:
    return bool(_BULLET_RE.match(s))


def furniture_lines(lines: Sequence[Line]) -> frozenset[int]:
    """Running headers/footers and page numbers: never headings, never units alone."""
    counts = Counter(ln.clean.lower() for ln in lines if not ln.blank)
    out: set[int] = set()
    for ln in lines:
        if ln.blank or ln.has_tab or len(ln.clean) > 60:
            continue
        if _FURNITURE_RE.match(ln.clean) and (counts[ln.clean.lower()] >= 2 or ln.clean[:1].isdigit()):
            out.add(ln.idx)
    out.update(_page_edge_repeats(lines))
    # multi-line bold running headers ("**Comune di Cassano\nD'Adda**")
    for ln in lines:
        if ln.raw.lstrip().startswith("**") and _FURNITURE_RE.match(ln.clean) and not ln.raw.rstrip().endswith("**"):
            k = ln.idx + 1
            if k < len(lines) and lines[k].raw.rstrip().endswith("**") and len(lines[k].clean) < 30:
                out.update((ln.idx, k))
    return frozenset(out)


def _page_edge_repeats(lines: Sequence[Line]) -> set[int]:
    """Lines that open or close many pages with the same text (digits aside): the
    running header and footer of a PDF ("PIAO 2024-2026 - pag. 3")."""
    pages: list[list[Line]] = [[]]
    for ln in lines:
        if "\f" in ln.raw:
            pages.append([])
        elif not ln.blank:
            pages[-1].append(ln)
    pages = [p for p in pages if p]
    if len(pages) < 3:
        return set()
    edges: dict[str, list[int]] = {}
    for page in pages:
        for ln in {page[0].idx: page[0], page[-1].idx: page[-1]}.values():
            if len(ln.clean) <= 80:
                edges.setdefault(re.sub(r"\d+", "#", ln.clean.lower()), []).append(ln.idx)
    out: set[int] = set()
    for idxs in edges.values():
        if len(idxs) >= max(3, int(0.3 * len(pages))):
            out.update(idxs)
    return out


@dataclass(slots=True)
class Heading:
    text: str
    style: str  # "md:2", "kw:MISSIONE", "num:2", "major", "tag"
    first: int  # line index
    last: int  # line index (inclusive)
    depth: int = 0  # numbering / markdown depth
    number: tuple[int, ...] = ()  # "2.1" -> (2, 1)

    @property
    def structural(self) -> bool:
        return self.style.startswith(("md:", "kw:", "num:"))


def _sentence_end(s: str) -> bool:
    return s.rstrip().endswith((".", ";", ":", "!", "?"))


def _heading_shape(s: str) -> tuple[str, int] | None:
    """Style and depth of a (joined, cleaned) heading candidate, or None."""
    if not s or len(s) > 160 or n_letters(s) < 3 or is_bullet(s):
        return None
    if s.endswith((",", ";")):
        return None
    if m := _KEYWORD_RE.match(s):
        if len(s) <= 160 and (upper_ratio(s) >= 0.6 or (len(s) <= 100 and not s.endswith("."))):
            return "kw:" + fold(m.group("kw")).split()[0], 0
    if m := _NUMBERED_RE.match(s):
        rest = m.group("rest")
        depth = len([p for p in m.group("num").split(".") if p])
        if len(rest) <= 110 and not (s.endswith(".") and len(s) > 50):
            return f"num:{depth}", depth
        return None
    if s.endswith("."):
        return None
    if upper_ratio(s) >= 0.85 and n_letters(s) >= 4 and len(s) <= 120 and len(s.split()) <= 16:
        return "tag", 0
    return None


class HeadingTracker:
    """The heading chain above the current position, updated heading by heading.

    Structural headings (markdown, keyword + number, numbered) pop to an ancestor of
    the same style (a sibling) or nest; plain "major" headings (bold or short
    title-case lines) and upper-case "tag" lines nest under the current heading; a
    plain heading survives as a parent of a new structural style only if it is a
    major heading or had content of its own (so "VALORE SOCIALE" tags do not become
    parents, while "Priorità strategiche" does).
    """

    def __init__(self, root: tuple[str, ...] = ()) -> None:
        self.root = root
        self.stack: list[tuple[Heading, bool]] = []  # (heading, has_content)

    def path(self) -> tuple[str, ...]:
        return self.root + tuple(truncate(h.text) for h, _ in self.stack)

    def mark_content(self) -> None:
        if self.stack:
            h, _ = self.stack[-1]
            self.stack[-1] = (h, True)

    def push(self, h: Heading) -> None:
        if h.structural:
            same = [i for i, (x, _) in enumerate(self.stack) if x.style == h.style]
            # numbering that restarts ("1." under "2.1 Valore pubblico") opens a
            # nested list of headings instead of closing the enclosing section
            restart = h.style.startswith("num:") and bool(h.number) and h.number[0] <= 1 and not same
            if h.style.startswith(("num:", "md:")) and not restart and not same:
                family = h.style.split(":")[0]
                deeper = [
                    i for i, (x, _) in enumerate(self.stack)
                    if x.style.startswith(family + ":") and x.depth >= h.depth
                ]
                same = sorted(set(same) | set(deeper))
            if same:
                del self.stack[same[0]:]
            else:
                while self.stack and not self.stack[-1][0].structural:
                    top, had_content = self.stack[-1]
                    if top.style == "major" or had_content:
                        break
                    self.stack.pop()
        else:
            same = [i for i, (x, _) in enumerate(self.stack) if x.style == h.style]
            if same:
                del self.stack[same[-1]:]
        self.stack.append((h, False))


def detect_heading(
    lines: Sequence[Line], i: int, limit: int, furniture: frozenset[int], trailing_ok: bool = False
) -> Heading | None:
    """A heading starting at line i (possibly spanning a few lines), or None."""
    ln = lines[i]
    if ln.blank or i in furniture or ln.has_tab:
        return None
    raw = ln.raw.strip()
    prev = prev_nonblank(lines, i - 1) if i > 0 else None
    prev_blank = prev is None or prev < i - 1
    prev_line = lines[prev] if prev is not None else None

    if m := _MD_HEADING_RE.match(raw):
        return Heading(clean_text(m.group(2)), f"md:{len(m.group(1))}", i, i, len(m.group(1)))

    # bold block, possibly over a few lines: "**linee\nstrategiche**"
    if raw.startswith("**"):
        k = i
        while k < min(limit, i + 6) and not lines[k].blank:
            if lines[k].raw.rstrip().endswith("**") and (k > i or len(raw) > 4):
                joined = " ".join(lines[x].clean for x in range(i, k + 1))
                if len(joined) <= 200 and n_letters(joined) >= 3:
                    shape = _heading_shape(joined)
                    if shape and shape[0] != "tag":
                        return Heading(joined, shape[0], i, k, shape[1])
                    return Heading(joined, "major", i, k)
                break
            k += 1

    if not (prev_blank or prev_line is None or _sentence_end(prev_line.clean)
            or _is_heading_like_line(prev_line.clean)):
        return None

    # join wrapped heading lines (upper-case continuation, trailing comma / particle)
    last = i
    text = ln.clean
    while last + 1 < limit and not lines[last + 1].blank and last - i < 3:
        nxt = lines[last + 1]
        if nxt.has_tab or (last + 1) in furniture or is_bullet(nxt.clean):
            break
        cont_upper = upper_ratio(text) >= 0.85 and upper_ratio(nxt.clean) >= 0.85
        dangling = re.search(r"(?:,|\b(?:e|di|del|della|dei|degli|delle|ed|per|a|da|in|–|-))$", text, re.I)
        colon_title = text.endswith(":") and _KEYWORD_RE.match(text) and len(nxt.clean) <= 60
        if (cont_upper or dangling or colon_title) and len(text) + len(nxt.clean) <= 160 \
                and not _NUMBERED_RE.match(nxt.clean) and not _KEYWORD_RE.match(nxt.clean):
            text = f"{text} {nxt.clean}"
            last += 1
            continue
        break

    after = next_nonblank(lines, last + 1, limit)
    if after is None and not trailing_ok:
        return None  # a heading needs something under it
    shape = _heading_shape(text.rstrip(":") if _KEYWORD_RE.match(text) else text)
    if shape:
        style, depth = shape
        if style.startswith("num:") and _is_list_item(lines, i, last, limit):
            return None
        if style == "tag":
            # an upper-case line inside running text is emphasis, not a heading
            if not prev_blank and prev_line is not None and not _is_heading_like_line(prev_line.clean):
                return None
        number = tuple(int(x) for x in re.findall(r"\d+", m.group("num"))) if (m := _NUMBERED_RE.match(text)) and style.startswith("num:") else ()
        return Heading(text.rstrip(":"), style, i, last, depth, number)
    # short title-case line standing alone above substantial content
    if after is None:
        return Heading(text, "major", i, last) if _title_like(text) and prev_blank else None
    if _title_like(text) and prev_blank and after > last + 1:
        nxt = lines[after].clean
        if (
            len(nxt) >= 60 or is_bullet(nxt) or _is_heading_like_line(nxt)
            or lines[after].raw.lstrip().startswith("**") or lines[after].has_tab
        ):
            return Heading(text, "major", i, last)
    return None


def _title_like(s: str) -> bool:
    return (
        3 <= len(s) <= 60
        and len(s.split()) <= 8
        and s[:1].isupper()
        and "." not in s
        and not s.endswith((":", ",", ";"))
        and not any(ch.isdigit() for ch in s)
        and n_letters(s) >= 3
    )


def _is_heading_like_line(s: str) -> bool:
    return bool(_NUMBERED_RE.match(s) or _KEYWORD_RE.match(s) or _MD_HEADING_RE.match(s)) and len(s) <= 120


def _is_list_item(lines: Sequence[Line], i: int, last: int, limit: int) -> bool:
    """'1. foo' directly followed by '2. bar' is a list, not two headings."""
    m = _NUMBERED_RE.match(lines[i].clean)
    if not m:
        return False
    depth = len([p for p in m.group("num").split(".") if p])
    nxt = next_nonblank(lines, last + 1, limit)
    if nxt is None:
        return False
    m2 = _NUMBERED_RE.match(lines[nxt].clean)
    if not m2:
        return False
    return len([p for p in m2.group("num").split(".") if p]) == depth and lines[i].clean.endswith((".", ";"))


# ------------------------------------------------------------------ claims


@dataclass(slots=True)
class Claim:
    """Lines [first, last] belong to a unit built by a specific parser."""

    first: int
    last: int  # inclusive
    build: Callable[[HeadingTracker], list[Unit]]
    # headings inside the claim that the tracker should still see (line ranges)
    headings: list[Heading] = field(default_factory=list)
    # the unit paths do not come from the heading chain (sector pages build their own)
    own_path: bool = False


def _make_unit(
    lines: Sequence[Line],
    first: int,
    last: int,
    kind: UnitKind,
    path: Iterable[str],
    title: str | None,
    fields: dict[str, str] | None = None,
    rendered: str | None = None,
) -> Unit | None:
    span = line_span(lines, first, last + 1)
    if span is None:
        return None
    return Unit(
        kind=kind,
        char_start=span[0],
        char_end=span[1],
        path=tuple(truncate(p) for p in path if p),
        title=title,
        fields={k: v for k, v in (fields or {}).items() if v},
        rendered=rendered,
    )


def _sections(
    lines: Sequence[Line],
    lo: int,
    hi: int,
    tracker: HeadingTracker,
    furniture: frozenset[int],
    before_claim: bool = False,
) -> list[Unit]:
    """Generic heading-aware sections over lines[lo:hi] (hi exclusive)."""
    units: list[Unit] = []
    run_start: int | None = None  # first line of the heading run before content
    run_has_structural = False
    content_start: int | None = None
    section_path: tuple[str, ...] = ()
    section_title: str | None = None
    only_furniture = True

    def flush(end: int) -> None:
        nonlocal content_start, run_start, only_furniture
        if content_start is not None and not only_furniture:
            begin = run_start if run_start is not None else content_start
            unit = _make_unit(lines, begin, end, UnitKind.SECTION, section_path, section_title)
            if unit:
                units.append(unit)
        content_start = None
        run_start = None
        only_furniture = True

    i = lo
    while i < hi:
        ln = lines[i]
        if ln.blank:
            i += 1
            continue
        heading = detect_heading(lines, i, hi, furniture, trailing_ok=before_claim)
        if heading is not None:
            if content_start is not None:
                flush(i - 1)
                run_has_structural = False
            if run_start is None:
                run_start = i
            run_has_structural = run_has_structural or heading.structural
            tracker.push(heading)
            i = heading.last + 1
            continue
        if content_start is None:
            content_start = i
            path = tracker.path()
            # an upper-case tag right after a structural heading of the same run is a
            # label of it ("VALORE SOCIALE"), not its child (tags replace each other,
            # so at most one sits on top of the stack)
            if run_has_structural and tracker.stack and tracker.stack[-1][0].style == "tag":
                path = path[:-1]
            section_path = path
            section_title = path[-1] if len(path) > len(tracker.root) else None
        if i not in furniture:
            only_furniture = False
            tracker.mark_content()
        i += 1
    flush(hi - 1)
    return units


def assemble(
    lines: Sequence[Line],
    claims: Sequence[Claim],
    furniture: frozenset[int],
    root: tuple[str, ...] = (),
) -> list[Unit]:
    """Walk the document in order: claims build their units, gaps become sections."""
    tracker = HeadingTracker(root)
    units: list[Unit] = []
    own_path: set[int] = set()  # ids of units whose path is not the heading chain
    pos = 0
    for claim in sorted(claims, key=lambda c: c.first):
        if claim.first < pos:
            continue  # overlapping claim: first one wins
        units.extend(_sections(lines, pos, claim.first, tracker, furniture, before_claim=True))
        for h in claim.headings:
            tracker.push(h)
        built = claim.build(tracker)
        if claim.own_path:
            own_path.update(id(u) for u in built)
        units.extend(built)
        pos = claim.last + 1
    units.extend(_sections(lines, pos, len(lines), tracker, furniture))
    units = _elide_document_headings(units, own_path)
    units.sort(key=lambda u: u.char_start)
    return _extend_cover(lines, _drop_overlaps(units), furniture)


def _extend_cover(lines: Sequence[Line], units: list[Unit], furniture: frozenset[int]) -> list[Unit]:
    """The title page (text before the first heading) also takes the heading-only
    lines that follow it, so that "SEZIONE 2 ... / 2.2 Performance" stay in a unit."""
    if len(units) < 2 or units[0].kind != UnitKind.SECTION or units[0].path:
        return units
    cover, nxt = units[0], units[1]
    last_line = None
    for ln in lines:
        if ln.start >= nxt.char_start:
            break
        if ln.start >= cover.char_end and not ln.blank and ln.idx not in furniture:
            last_line = ln
    if last_line is None:
        return units
    return [cover.model_copy(update={"char_end": last_line.end}), *units[1:]]


def _elide_document_headings(units: list[Unit], own_path: set[int]) -> list[Unit]:
    """Drop the leading headings that sit above (nearly) the whole document, such as
    "SEZIONE 2. VALORE PUBBLICO, ..." / "2.1 Valore pubblico": they tell nothing apart,
    and every chunk would repeat them in its breadcrumb."""
    chained = [u for u in units if id(u) not in own_path and u.path]
    if len(chained) < 4:
        return units
    own_titles = {u.path for u in chained}  # headings that have text of their own
    prefix: tuple[str, ...] = ()
    while True:
        counts = Counter(u.path[: len(prefix) + 1] for u in chained if len(u.path) > len(prefix))
        if not counts:
            break
        candidate, n = counts.most_common(1)[0]
        if n < 0.9 * len(chained) or candidate in own_titles:
            break
        prefix = candidate
    if not prefix:
        return units
    out: list[Unit] = []
    for u in units:
        if id(u) in own_path or u.path[: len(prefix)] != prefix:
            out.append(u)
            continue
        keep = max(len(prefix), len(u.path) - 1)  # a unit keeps at least its own title
        out.append(u.model_copy(update={"path": u.path[min(keep, len(prefix)):] or u.path[-1:]}))
    return out


def _drop_overlaps(units: list[Unit]) -> list[Unit]:
    out: list[Unit] = []
    for u in units:
        if out and u.char_start < out[-1].char_end:
            continue
        if u.char_end > u.char_start:
            out.append(u)
    return out


# ================================================================== org chart

_NAME_RE = re.compile(
    r"^(?P<name>(?:[A-ZÀ-Ý][A-ZÀ-Ý'’]+(?:[ -][A-ZÀ-Ý][A-ZÀ-Ý'’]+)*)\s+"
    r"[A-ZÀ-Ý][a-zà-ÿ'’]+(?:\s+[A-ZÀ-Ý][a-zà-ÿ'’]+){0,3})$"
)
_CATEGORY_RE = re.compile(r"^(?:[A-D]\d{0,2}|PLS|PLA|EQ|PO|P\.O\.|DIR)$")
_ROLE_RE = re.compile(
    r"(?i)^(?:titolare|responsabile|interim|ad interim|incaricat[oa]|reggente|sostitut[oa]|"
    r"vicari[oa]|f\.f\.|facente funzion[ei]|dirigente|p\.o\.|e\.q\.)$"
)
_SETTORE_HEAD_RE = re.compile(r"^(?:\d{1,2}\s*\.\s*(?!\d)|SETTORE\s+|AREA\s+|SERVIZIO\s+)[A-ZÀ-Ý0-9][^a-z]{2,}$")


_NAME_FIRST_RE = re.compile(
    r"^(?:[A-ZÀ-Ý][a-zà-ÿ'’]+\s+){1,2}[A-ZÀ-Ý][A-ZÀ-Ý'’]{2,}(?:[ -][A-ZÀ-Ý][A-ZÀ-Ý'’]{2,})?$"
)
_NOT_SURNAMES = frozenset(
    "AREA SETTORE SERVIZIO SERVIZI UFFICIO UO PO EQ DUP PIAO PNRR SUAP URP ICT CED TARI IMU".split()
)


def is_person_name(s: str) -> bool:
    """'ROSSI Mario' (the usual order in PIAO tables) or 'Mario ROSSI'."""
    s = s.strip()
    if _NAME_RE.match(s):
        return True
    if _NAME_FIRST_RE.match(s):
        return s.split()[-1].strip("'’") not in _NOT_SURNAMES
    return False


def is_settore_heading(s: str) -> bool:
    s = s.strip()
    return bool(_SETTORE_HEAD_RE.match(s)) and upper_ratio(s) >= 0.9 and len(s) <= 90


def _assignment(ln: Line) -> tuple[str, str, str, str] | None:
    """(person, period, role, settore) of an org-chart line: 'dal<TAB>al<TAB>NAME
    <TAB>titolare' under a settore heading, or a table row that names its settore."""
    if not ln.has_tab:
        return None
    cells = [c for c in ln.cells if c]
    dates = [c for c in cells if _DATE_RE.fullmatch(c)]
    names = [c for c in cells if is_person_name(c)]
    roles = [c for c in cells if _ROLE_RE.match(c)]
    if not names or not (dates or roles) or len(cells) > 6:
        return None
    others = [
        c for c in cells
        if c not in dates and c != names[0] and c not in roles and n_letters(c) >= 3 and not _CATEGORY_RE.match(c)
    ]
    period = " - ".join(dates)
    return names[0], period, roles[0] if roles else "", others[0] if others else ""


def claim_org_chart(lines: Sequence[Line], taken: set[int]) -> list[Claim]:
    """One ORG_CHART unit per settore: its heading and the assignment line(s) under
    it, or a single table row that names settore and person together."""
    found = {ln.idx: a for ln in lines if ln.idx not in taken and (a := _assignment(ln))}
    groups: list[list[int]] = []
    for idx, (_, _, _, own_settore) in found.items():
        previous = groups[-1][-1] if groups else None
        # consecutive assignment lines (only blank / "dal al" between) share a heading
        if (
            previous is not None and not own_settore and not found[previous][3]
            and all(lines[k].blank or _is_period_header(lines[k]) for k in range(previous + 1, idx))
        ):
            groups[-1].append(idx)
        else:
            groups.append([idx])
    claims: list[Claim] = []
    floor = 0
    for group in groups:
        own_settore = found[group[0]][3]
        head = (group[0], own_settore) if own_settore else _find_settore_heading(lines, group[0] - 1, floor, taken)
        first = head[0] if head else group[0]
        settore = head[1] if head else ""
        people = [found[k] for k in group]
        fields = {
            "settore": settore,
            "titolare": "; ".join(p[0] for p in people),
            "periodo_incarico": "; ".join(p[1] for p in people if p[1]),
        }
        last = group[-1]
        claims.append(Claim(first, last, _org_builder(lines, first, last, settore, fields)))
        if own_settore and (above := prev_nonblank(lines, group[0] - 1, floor)) is not None \
                and above not in found and above not in taken and _is_header_row(lines[above]):
            claims.append(Claim(above, above, _no_units))  # the org table's header row
        floor = last + 1
    return claims


def _is_period_header(ln: Line) -> bool:
    return fold(ln.clean) in {"DAL AL", "DAL AL TITOLARE", "DAL", "AL", "PERIODO"}


def _find_settore_heading(
    lines: Sequence[Line], i: int, floor: int, taken: set[int]
) -> tuple[int, str] | None:
    best_upper: tuple[int, str] | None = None
    for k in range(i, max(floor, i - 40) - 1, -1):
        if k in taken:
            break
        ln = lines[k]
        if ln.blank or _is_period_header(ln):
            continue
        if _assignment(ln):
            break
        if is_settore_heading(ln.clean):
            text = ln.clean
            nxt = lines[k + 1] if k + 1 < len(lines) else None
            if nxt is not None and not nxt.blank and upper_ratio(nxt.clean) >= 0.9 and not nxt.has_tab:
                text = f"{text} {nxt.clean}"
            return k, text
        if best_upper is None and upper_ratio(ln.clean) >= 0.9 and len(ln.clean) <= 90 and not ln.has_tab:
            best_upper = (k, ln.clean)
    return best_upper


def _org_builder(
    lines: Sequence[Line], first: int, last: int, settore: str, fields: dict[str, str]
) -> Callable[[HeadingTracker], list[Unit]]:
    def build(tracker: HeadingTracker) -> list[Unit]:
        title = settore or fields.get("titolare") or None
        unit = _make_unit(lines, first, last, UnitKind.ORG_CHART, tracker.path() + ((settore,) if settore else ()), title, fields)
        return [unit] if unit else []

    return build


# ================================================================== tables


def _is_separator_row(ln: Line) -> bool:
    return ln.has_tab and not re.search(r"[A-Za-z0-9À-ÿ]", ln.clean)


def _is_header_row(ln: Line, min_cells: int = 3) -> bool:
    if not ln.has_tab and min_cells > 1:
        return False
    filled = [(r, c) for r, c in zip(ln.raw_cells, ln.cells, strict=True) if c]
    if len(filled) < min_cells:
        return False
    if min_cells == 1:  # a wrapped header line: every piece must look like a header
        return all(("<b>" in r or "</b>" in r or upper_ratio(c) >= 0.8) and len(c) <= 45 and c.lower() != "x" for r, c in filled)
    headerish = 0
    for raw, cell in filled:
        if cell.lower() in {"x", "si", "sì", "no"} or len(cell) > 45:
            return False
        if (
            "<b>" in raw or _YEAR_RE.match(cell) or (upper_ratio(cell) >= 0.8 and n_letters(cell) >= 2)
            or (len(cell) <= 30 and canonical_key(cell) is not None)
        ):
            headerish += 1
    return headerish / len(filled) >= 0.8 and sum(1 for _, c in filled if not _YEAR_RE.match(c)) >= 2


@dataclass(slots=True)
class _Table:
    header_lines: list[int]
    columns: list[str]
    rows: list[list[int]]  # each logical row: its physical lines (wrapped rows span several)
    separators: list[int] = field(default_factory=list)

    @property
    def header_line(self) -> int | None:
        return self.header_lines[0] if self.header_lines else None


def merge_wrapped_cells(lines: Sequence[Line]) -> list[str]:
    """Cells of a logical row spread over wrapped physical lines: a line that does
    not end with a cell gap continues its last cell on the next line."""
    cells: list[str] = []
    open_cell = False
    for n, ln in enumerate(lines):
        pieces = list(ln.cells)
        if n < len(lines) - 1 and not ln.ends_open and len(pieces) > 1 and pieces[-1] == "":
            pieces.pop()  # the gap closing a wrapped line is not an empty cell
        if open_cell and cells and pieces and not ln.starts_gap:
            first = pieces.pop(0)
            cells[-1] = f"{cells[-1]} {first}".strip()
        elif ln.starts_gap and pieces and pieces[0] == "" and n > 0:
            pieces.pop(0)  # the indentation of a wrapped line is no empty cell
        cells.extend(pieces)
        open_cell = ln.ends_open
    return cells


def _wraps(lines: Sequence[Line], table: _Table) -> bool:
    """Rows of tables read from PDF text (space gaps, no tabs) can wrap over lines;
    rows of real tab-separated tables never do."""
    probe = table.header_lines or table.rows[0]
    return not any("\t" in lines[k].raw for k in probe)


def _table_rows(lines: Sequence[Line], taken: set[int]) -> list[_Table]:
    tables: list[_Table] = []
    headers_seen: list[list[str]] = []
    current: _Table | None = None
    prev_line: Line | None = None  # previous non-blank line of the current table
    for ln in lines:
        if ln.idx in taken:
            current = None
            continue
        if ln.blank:
            prev_line = None
            continue
        if current is not None and prev_line is not None and current.rows == [] and prev_line.idx in current.header_lines \
                and _is_header_row(ln, min_cells=1):
            # a header wrapped over several lines
            current.header_lines.append(ln.idx)
            current.columns = merge_wrapped_cells([lines[k] for k in current.header_lines])
            headers_seen[-1] = current.columns
            prev_line = ln
            continue
        if _is_header_row(ln):
            current = _Table([ln.idx], ln.cells, [])
            tables.append(current)
            headers_seen.append(ln.cells)
            prev_line = ln
            continue
        if (
            current is not None and current.rows and prev_line is not None
            and prev_line.idx == current.rows[-1][-1] and _wraps(lines, current)
            and not _is_header_row(ln) and not _is_separator_row(ln)
            and not ln.raw.lstrip().startswith(("**", "#")) and not _KEYWORD_RE.match(ln.clean)
        ):
            # a row wrapped by the PDF extraction: keep collecting while cells are
            # missing, or while a cell cut at the line end goes on in a lone piece
            so_far = merge_wrapped_cells([lines[k] for k in current.rows[-1]])
            if len(so_far) < len(current.columns) - 1 or (not ln.has_tab and prev_line.ends_open):
                current.rows[-1].append(ln.idx)
                prev_line = ln
                continue
        if not ln.has_tab:
            current = None
            prev_line = None
            continue
        if _is_separator_row(ln):
            if current is not None:
                current.separators.append(ln.idx)
            continue
        filled = [c for c in ln.cells if c]
        if len(filled) < 2:
            current = None
            prev_line = None
            continue
        if current is None:
            # orphan rows after a page break: reuse an earlier header of the same width
            same = [h for h in headers_seen if len(h) == len(ln.cells)]
            if not same or len(ln.cells) < 3:
                continue
            current = _Table([], same[-1], [])
            tables.append(current)
        current.rows.append([ln.idx])
        prev_line = ln
    return [t for t in tables if t.rows]


_CODE_CELL_RE = re.compile(r"^\d{1,2}(?:\.\d{1,2}){1,3}\.?$")


def _column_keys(columns: Sequence[str]) -> list[str | None]:
    keys: list[str | None] = []
    for col in columns:
        keys.append("__year__" if _YEAR_RE.match(col) else canonical_key(col) if col else None)
    return keys


def _align_row(
    cells: list[str], columns: list[str], headers: Sequence[list[str]], vocab: dict[int, set[str]]
) -> list[tuple[str, str]]:
    """Pair the cells of a row with column names when the row has a different width
    than its header (merged or missing cells in the PDF-to-text conversion).

    The code column ("06.01") anchors the alignment; the other headers of the
    document are tried as templates; cells before the anchor go to the column where
    the same value occurs in other rows, else as close to the anchor as possible.
    """
    if len(cells) == len(columns):
        return list(zip(columns, cells, strict=True))
    keys = _column_keys(columns)
    code_col = next((i for i, k in enumerate(keys) if k == "codice"), None)
    code_cell = next((i for i, c in enumerate(cells) if _CODE_CELL_RE.match(c)), None)
    if code_col is not None and code_cell is not None:
        if code_cell > code_col:
            for other in headers:
                okeys = _column_keys(other)
                if len(other) == len(cells) and code_cell < len(okeys) and okeys[code_cell] == "codice":
                    return list(zip(other, cells, strict=True))
        left = cells[:code_cell]
        right = cells[code_cell:]
        left_cols = list(range(code_col))
        right_cols = list(range(code_col, len(columns)))
        pairs: list[tuple[str, str]] = []
        pairs.extend(_fit_left(left, left_cols, columns, vocab))
        for j, cell in enumerate(right):
            name = columns[right_cols[j]] if j < len(right_cols) else ""
            pairs.append((name, cell))
        return pairs
    pairs = []
    for j, cell in enumerate(cells):
        pairs.append((columns[j] if j < len(columns) else "", cell))
    return pairs


def _fit_left(
    cells: list[str], cols: list[int], columns: list[str], vocab: dict[int, set[str]]
) -> list[tuple[str, str]]:
    if len(cells) >= len(cols):
        extra = len(cells) - len(cols)
        return [("", c) for c in cells[:extra]] + [(columns[k], c) for k, c in zip(cols, cells[extra:], strict=True)]
    # order-preserving placement: a column where the same value occurs in other rows
    # wins, otherwise right-aligned (merged cells are usually the leading ones)
    placement: list[int] = []
    prev = -1
    for n, cell in enumerate(cells):
        remaining = len(cells) - n - 1
        free = [k for k in cols if k > prev]
        candidates = free[: len(free) - remaining]
        match = next((k for k in candidates if cell and cell in vocab.get(k, set())), None)
        if match is None:
            aligned = cols[len(cols) - len(cells) + n]
            match = aligned if aligned in candidates else candidates[-1]
        placement.append(match)
        prev = match
    return [(columns[k], c) for k, c in zip(placement, cells, strict=True)]


def claim_tables(lines: Sequence[Line], taken: set[int]) -> list[Claim]:
    claims: list[Claim] = []
    tables = _table_rows(lines, taken)
    headers = [t.columns for t in tables]
    for table in tables:
        row_cells = [merge_wrapped_cells([lines[k] for k in row]) for row in table.rows]
        vocab: dict[int, set[str]] = {}
        for cells in row_cells:
            if len(cells) == len(table.columns):
                for k, c in enumerate(cells):
                    if c:
                        vocab.setdefault(k, set()).add(c)
        for row, cells in zip(table.rows, row_cells, strict=True):
            pairs = _align_row(cells, table.columns, headers, vocab)
            claims.append(Claim(row[0], row[-1], _row_builder(lines, row[0], row[-1], pairs)))
        # header and separator rows are repeated in every rendered row: no unit
        if table.header_lines:
            claims.append(Claim(table.header_lines[0], table.header_lines[-1], _no_units))
        for r in table.separators:
            claims.append(Claim(r, r, _no_units))
    return claims


def _no_units(tracker: HeadingTracker) -> list[Unit]:
    return []


def _row_fields(pairs: Sequence[tuple[str, str]]) -> tuple[dict[str, str], str]:
    fields: dict[str, str] = {}
    rendered: list[str] = []
    years: list[str] = []
    year_slot: int | None = None
    indicators: list[str] = []
    targets: list[str] = []
    for name, value in pairs:
        name_c = clean_text(name)
        if _YEAR_RE.match(name_c):
            if year_slot is None:
                year_slot = len(rendered)
            if value:
                years.append(name_c)
            continue
        if not value:
            continue
        rendered.append(f"{name_c}: {value}" if name_c else value)
        key = canonical_key(name_c) if name_c else None
        if key == "indicatori":
            indicators.append(value)
        elif key == "target":
            targets.append(value)
        elif key == "fasi":
            fields["fasi"] = value
        elif key and key not in fields:
            fields[key] = value
    if years:
        rendered.insert(year_slot if year_slot is not None else len(rendered), "ANNUALITÀ: " + ", ".join(years))
        fields.setdefault("scadenza", ", ".join(years))
    if indicators or targets:
        lines_ = []
        for n, ind in enumerate(indicators or [""]):
            tgt = targets[n] if n < len(targets) else ""
            lines_.append(f"{ind} — {tgt}" if tgt else ind)
        fields["indicatori"] = "\n".join(x for x in lines_ if x)
    return fields, "\n".join(rendered)


def _row_builder(
    lines: Sequence[Line], first: int, last: int, pairs: Sequence[tuple[str, str]]
) -> Callable[[HeadingTracker], list[Unit]]:
    def build(tracker: HeadingTracker) -> list[Unit]:
        fields, rendered = _row_fields(pairs)
        title = fields.get("titolo") or fields.get("motivazione") or next((v for _, v in pairs if len(v) > 15), None)
        label = " ".join(x for x in (fields.get("codice"), title) if x)
        path = tracker.path() + ((label,) if label else ())
        unit = _make_unit(lines, first, last, UnitKind.TABLE_ROW, path, title, fields, rendered)
        return [unit] if unit else []

    return build


# ================================================================== labelled blocks


@dataclass(slots=True)
class _Label:
    line: int
    label: str  # cleaned label text
    value: str  # cleaned inline value ("" when the value follows on next lines)
    cells: list[str]


_COLON_LABEL_RE = re.compile(r"^\s*(?:\*\*)?(?P<label>[A-Za-zÀ-ÿ°'’ ./]{2,50}?(?:\s*n?\.?\s*\d{1,3}(?:\.\d{1,2})*)?)(?:\*\*)?\s*:\s*(?P<value>.*)$")
# "Obiettivo 1 - Digitalizzare ...": a numbered objective opening its block
_NUMBERED_OBJECTIVE_RE = re.compile(
    r"(?i)^\s*(?:\*\*)?(?P<label>(?:obiettivo|scheda(?:\s+obiettivo)?|progetto|azione|intervento)"
    r"(?:\s+(?:operativo|specifico|di\s+performance|gestionale))?\s*(?:n\.?|nr\.?|numero)?\s*\d{1,3}(?:\.\d{1,2})*)"
    r"\s*(?:[-–:.)]\s*|\s+)(?P<value>\S.*)$"
)
_LABEL_NUMBER_RE = re.compile(r"(?:\s+(?:N|NR|NUMERO))?\s+\d{1,3}(?:\s+\d{1,2})*$")


def label_key(label: str) -> str:
    """Folded label without its trailing number: "Obiettivo n. 3" -> "OBIETTIVO"."""
    return _LABEL_NUMBER_RE.sub("", fold(label)).strip() or fold(label)


def parse_label(ln: Line) -> _Label | None:
    """'LABEL<TAB>value', 'LABEL: value' or a standalone known label line."""
    if ln.blank:
        return None
    if ln.has_tab:
        cells = ln.cells
        first = next((c for c in cells if c), "")
        if first != cells[0]:
            return None  # leading empty cell: a table continuation row
        if sum(1 for c in cells if c) > 3:
            return None  # a row of a wide table, not "LABEL<TAB>value"
        if _looks_like_label(first, strict=False):
            rest = [c for c in cells[1:] if c]
            return _Label(ln.idx, first.rstrip(":"), " ".join(rest), rest)
        return None
    if (m := _NUMBERED_OBJECTIVE_RE.match(ln.raw)) and len(ln.clean) < 300:
        value = clean_text(m.group("value"))
        return _Label(ln.idx, clean_text(m.group("label")), value, [value])
    if m := _COLON_LABEL_RE.match(ln.raw):
        label = clean_text(m.group("label"))
        if _looks_like_label(label, strict=True) and not re.match(r"(?i)^(https?|www)", label):
            value = clean_text(m.group("value"))
            return _Label(ln.idx, label, value, [value] if value else [])
    if _looks_like_label(ln.clean.rstrip(":"), strict=True) and upper_ratio(ln.clean) >= 0.8:
        return _Label(ln.idx, ln.clean.rstrip(":"), "", [])
    return None


def _looks_like_label(s: str, strict: bool) -> bool:
    if not s or len(s) > 60 or n_letters(s) < 2 or len(s.split()) > 7:
        return False
    if s.endswith((".", ";", ",")) or is_bullet(s):
        return False
    if is_known_label(s):
        return True
    if strict:
        return False
    return upper_ratio(s) >= 0.8 and not _DATE_RE.search(s)


def _block_start_label(labels: Sequence[_Label], n_lines: int) -> str | None:
    """The label that opens each objective block: a recurring objective-like label
    whose blocks hold other field labels; earliest in the document wins."""
    keyed = [(lb.line, label_key(lb.label)) for lb in labels]
    mapped = {key: canonical_key(key) for _, key in keyed}
    positions: dict[str, list[int]] = {}
    for line, key in keyed:
        positions.setdefault(key, []).append(line)
    field_lines = [
        (line, key) for line, key in keyed if mapped[key] not in (None, "titolo", "codice", "fasi")
    ]
    best: tuple[int, str] | None = None
    for key, pos in positions.items():
        if len(pos) < 2 or not key.startswith(_OBJECTIVE_WORDS):
            continue
        if mapped[key] not in (None, "titolo", "fasi") and not key.startswith("OBIETTIV"):
            continue
        bounds = pos + [n_lines]
        with_fields = 0
        j = 0
        for a, b in zip(bounds, bounds[1:], strict=False):
            while j < len(field_lines) and field_lines[j][0] <= a:
                j += 1
            k = j
            while k < len(field_lines) and field_lines[k][0] < b:
                if field_lines[k][1] != key:
                    with_fields += 1
                    break
                k += 1
        if with_fields / len(pos) < 0.6:
            continue
        if best is None or pos[0] < best[0]:
            best = (pos[0], key)
    return best[1] if best else None


def find_blocks(lines: Sequence[Line], taken: set[int] | None = None) -> tuple[list[tuple[int, int]], list[_Label]]:
    taken = taken or set()
    labels = [lb for ln in lines if ln.idx not in taken and (lb := parse_label(ln))]
    # pieces of wide table rows (wrapped PDF rows) look like labels: they can not
    # open blocks nor count as their fields
    in_tables = {
        k for t in _table_rows(lines, taken) for k in [*t.header_lines, *(x for row in t.rows for x in row)]
    }
    start_key = _block_start_label([lb for lb in labels if lb.line not in in_tables], len(lines))
    if start_key is None:
        return [], labels
    starts = [lb.line for lb in labels if label_key(lb.label) == start_key]
    blocks: list[tuple[int, int]] = []
    for a, b in zip(starts, starts[1:] + [len(lines)], strict=True):
        end = _trim_block_tail(lines, a, b, labels)
        blocks.append((a, end))
    return blocks, labels


def _trim_block_tail(lines: Sequence[Line], a: int, b: int, labels: Sequence[_Label]) -> int:
    """Last line of a block starting at a, before b: trailing headings / prose after a
    blank line are not part of the objective (they introduce the next group)."""
    label_lines = {lb.line for lb in labels if a <= lb.line < b}
    last = prev_nonblank(lines, b - 1, a) or a
    k = last
    # walk back over trailing paragraphs that start with a heading shape
    furniture: frozenset[int] = frozenset()
    while k > a:
        para_start = k
        while para_start - 1 > a and not lines[para_start - 1].blank:
            para_start -= 1
        if para_start in label_lines or lines[para_start].has_tab:
            break
        if detect_heading(lines, para_start, b, furniture) is None:
            break
        prev = prev_nonblank(lines, para_start - 1, a)
        if prev is None or prev == para_start - 1:
            break
        k = prev
    return k


def _blocks_claims(lines: Sequence[Line], taken: set[int]) -> list[Claim]:
    blocks, labels = find_blocks(lines, taken)
    by_line = {lb.line: lb for lb in labels}
    claims = []
    for a, b in blocks:
        claims.append(Claim(a, b, _block_builder(lines, a, b, by_line)))
    return claims


def _block_builder(
    lines: Sequence[Line], a: int, b: int, by_line: dict[int, _Label]
) -> Callable[[HeadingTracker], list[Unit]]:
    def build(tracker: HeadingTracker) -> list[Unit]:
        fields = parse_block_fields(lines, a, b, by_line)
        title = fields.get("titolo") or None
        unit = _make_unit(lines, a, b, UnitKind.OBJECTIVE, tracker.path() + ((title,) if title else ()), title, fields)
        return [unit] if unit else []

    return build


_RESP_AREA_RE = re.compile(
    r"(?i)\b(?:responsabile|dirigente|titolare)\s+(?:del(?:l['’]\s*|la\s+|lo\s+|\s+)?)?"
    r"(?P<area>(?:area|settore|servizio|ufficio|unit[aà]\s+organizzativa)\b.*)$"
)
_CODE_PREFIX_RE = re.compile(r"^\s*(\d{1,2}(?:\.\d{1,3})*)\.?")


def settore_from_responsabile(resp: str) -> str | None:
    m = _RESP_AREA_RE.search(resp)
    if not m:
        return None
    area = m.group("area").strip()
    return area[:1].upper() + area[1:]


def _join_multi(items: Iterable[str]) -> str:
    return "\n".join(x for x in items if x)


def parse_block_fields(
    lines: Sequence[Line], a: int, b: int, by_line: dict[int, _Label]
) -> dict[str, str]:
    """Canonical fields of a labelled block lines[a..b] (inclusive)."""
    fields: dict[str, str] = {}
    fasi: list[str] = []
    indicators: list[list[str]] = []  # [name, target]
    current_key: str | None = None  # the field receiving continuation lines
    row_columns: list[str | None] | None = None  # a sub-table header ("DESCRIZIONE  TEMPISTICA")
    row_lines: list[Line] = []  # physical lines of the current sub-table row
    start_label = by_line.get(a)

    def flush_row() -> None:
        if row_lines and row_columns is not None:
            _add_row(merge_wrapped_cells(row_lines), row_columns, fasi, indicators)
        row_lines.clear()

    def add_value(key: str | None, value: str) -> None:
        if not key or not value:
            return
        if key == "fasi":
            fasi.append(value)
        elif key == "indicatori":
            indicators.append([value, ""])
        elif key == "target":
            if indicators and not indicators[-1][1]:
                indicators[-1][1] = value
            else:
                indicators.append(["", value])
        elif key in fields:
            fields[key] = f"{fields[key]} {value}"
        else:
            fields[key] = value

    for k in range(a, b + 1):
        ln = lines[k]
        if ln.blank or _is_separator_row(ln):
            continue
        lb = by_line.get(k)
        if lb is not None:
            flush_row()
            key = "titolo" if k == a else canonical_key(lb.label)
            # a header row of a small table: every cell is a label
            if k != a and _is_header_cells([lb.label, *lb.cells]):
                row_columns = [canonical_key(lb.label)] + [canonical_key(c) for c in lb.cells]
                current_key = None
                continue
            row_columns = None
            if k != a and start_label is not None and label_key(lb.label) == label_key(start_label.label):
                key = None
            if key == "fasi" and lb.value:
                fasi.append(lb.value)
                current_key = None
            elif lb.value:
                add_value(key, lb.value)
                current_key = key if key not in ("fasi", "indicatori", "target") else None
            else:
                current_key = key
            continue
        if row_columns is not None:
            if row_lines:
                so_far = [c for c in merge_wrapped_cells(row_lines) if c]
                lone_timing = not ln.has_tab and bool(_TIMING_RE.match(ln.clean))
                if len(so_far) < len(row_columns) and (row_lines[-1].ends_open or lone_timing):
                    row_lines.append(ln)  # a row wrapped by the PDF extraction
                    continue
                flush_row()
            row_lines.append(ln)
            continue
        if current_key == "fasi":
            fasi.append(ln.clean)
            current_key = None
        elif current_key is not None:
            add_value(current_key, ln.clean)
    flush_row()
    if fasi:
        fields["fasi"] = _join_multi(fasi)
    if indicators:
        fields["indicatori"] = _join_multi(f"{n} — {t}" if n and t else (n or t) for n, t in indicators)
    _derive_block_fields(fields)
    return fields


def _is_header_cells(cells: Sequence[str]) -> bool:
    """A small table header inside a block ('DESCRIZIONE<TAB>TEMPISTICA',
    'INDICATORE<TAB>VALORE INIZIALE<TAB>TARGET'): short upper-case cells, at least two
    of them known labels (so that 'SETTORE<TAB>AREA TECNICA' stays a label/value)."""
    if len(cells) < 2 or not all(upper_ratio(c) >= 0.8 and 0 < len(c) <= 40 for c in cells):
        return False
    return sum(1 for c in cells if _looks_like_label(c, strict=True)) >= 2


def _add_row(cells: list[str], columns: list[str | None], fasi: list[str], indicators: list[list[str]]) -> None:
    """One row of a small table inside a block: a phase or an indicator."""
    filled = [c for c in cells if c]
    if not filled:
        return
    by_key: dict[str, str] = {}
    if len(cells) == len(columns):
        for key, cell in zip(columns, cells, strict=True):
            if key and cell and key not in by_key:
                by_key[key] = cell
    if "indicatori" in columns:
        name = by_key.get("indicatori", filled[0])
        target = by_key.get("target", filled[-1] if len(filled) > 1 else "")
        indicators.append([name, target if target != name else ""])
        return
    desc = by_key.get("fasi") or by_key.get("motivazione") or filled[0]
    timing = by_key.get("scadenza", filled[-1] if len(filled) > 1 else "")
    fasi.append(f"{desc} — {timing}" if timing and timing != desc else desc)


def _derive_block_fields(fields: dict[str, str]) -> None:
    if "settore" not in fields and (resp := fields.get("responsabile")):
        if area := settore_from_responsabile(resp):
            fields["settore"] = area
    if "codice" not in fields and (os_ := fields.get("obiettivo_strategico")):
        if m := _CODE_PREFIX_RE.match(os_):
            code = m.group(1).rstrip(".")
            if "." in code or len(code) <= 2:
                fields["codice"] = code


# ================================================================== sector pages

_SP_LABELS = {
    "INDIRIZZO STRATEGICO": "area", "INDIRIZZO": "area", "AREA STRATEGICA": "area",
    "LINEA STRATEGICA": "area", "AMBITO STRATEGICO": "area", "LINEA DI MANDATO": "area",
    "OBIETTIVO STRATEGICO": "os", "OBIETTIVI STRATEGICI": "os",
    "OBIETTIVO OPERATIVO": "oo", "OBIETTIVO DI PERFORMANCE": "oo", "OBIETTIVO GESTIONALE": "oo",
    "OBIETTIVI OPERATIVI": "oos", "OBIETTIVI DI PERFORMANCE": "oos", "OBIETTIVI GESTIONALI": "oos",
    "SETTORI": "settori", "SETTORE": "settori", "SETTORE RESPONSABILE": "settori",
}
_CODE_LINE_RE = re.compile(r"(?i)^\W{0,4}(?:r[ie]f(?:erimento)?\.?\s*(?:al\s+)?dup\b|cod(?:ice)?\.?\s*(?:ob\w*\s*)?[:n.]?\s*\d)")
_DEADLINE_RE = re.compile(r"(?i)\b(?:da\s+realizzare\s+)?entro\s+(?:il\s+)?(\d{1,2}/\d{1,2}/\d{2,4})")
_DIPENDENTI_RE = re.compile(r"(?i)^(?:dipendenti|personale|risorse umane|collaboratori)\b.{0,40}(?:partecip|coinvolt|assegnat|obiettivo)")
_INDICATOR_RE = re.compile(r"(?i)^indicator[ei]\b")
_BOILERPLATE_RE = re.compile(r"(?i)^-?\s*(?:data|tempestivit[aà]|quantit[aà]|percentuale)$")
_TARGET_RE = re.compile(
    r"(?i)^(%\s*prevista|dimensione attesa|data prevista|dato di arrivo|valore atteso|target|"
    r"risultato atteso|valore obiettivo)\b"
)
_PHASES_RE = re.compile(
    r"(?i)^(?:(?=.{0,90}$)(?:cronoprogramma(?:\s+(?:delle\s+|descrizion[ei]\s+delle\s+)?fasi\b.*|\s*:?)|"
    r"(?:tempi e fasi|fasi e tempi)\b.*|fasi\s*:?)|(?=.{0,200}$).*\bfasi\b[^.]*:\s*)$"
)
_CRITICAL_RE = re.compile(r"(?i)^fattori\s+critic")
_TAG_LINE_RE = re.compile(r"^OB[A-Z]{5,9}\s+(?:DI|DEL|PLURIENNALE|BIENNALE|ANNUALE|INTERSETTORIALE|TRASVERSALE)\b")


def sp_label(ln: Line) -> str | None:
    """Kind of a standalone sector-page label line ("indirizzo strategico", ...)."""
    if ln.blank or ln.has_tab or len(ln.clean) > 40:
        return None
    return _SP_LABELS.get(label_key(ln.clean.rstrip(":")))


def is_code_line(s: str) -> bool:
    return bool(_CODE_LINE_RE.match(s))


@dataclass(slots=True)
class _Objective:
    first: int
    last: int
    fields: dict[str, str]
    title: str
    settore: str


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
        values = _run_values(lines, run, labels)
        if "area" in values:
            state["area"] = values["area"]
            state["os"] = ""
        if "os" in values:
            state["os"] = values["os"]
        if "oos" in {labels.get(k) for k in run}:
            body_start = run[-1] + 1
            body_end = runs[n + 1][0] - 1 if n + 1 < len(runs) else len(lines) - 1
            entries = _summary_entries(lines, body_start, body_end, taken)
            for first, last, fields in entries:
                summary_entries.append((first, last, fields, (state["area"], state["os"])))
                claimed_summary.update(range(first, last + 1))
            # the labels and their values are in every entry's path: no unit
            head_end = (entries[0][0] - 1) if entries else run[-1]
            claims.append(Claim(run[0], head_end, _no_units))
            claimed_summary.update(range(run[0], head_end + 1))
        elif "oo" in {labels.get(k) for k in run}:
            objective_starts.append(run[0])

    # detail objectives: label runs with "obiettivo operativo", plus code lines that
    # follow a finished objective (after its list of employees)
    objective_starts = sorted(set(objective_starts) | _code_starts(lines, objective_starts, labels, claimed_summary, taken))
    settore_heads = _settore_headings(lines, labels, taken | claimed_summary)
    boundaries = sorted(set(objective_starts) | set(settore_heads) | {r[0] for r in runs if "oos" in {labels.get(k) for k in r}})
    objectives: list[_Objective] = []
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
        obj = _parse_objective(lines, start, last, labels, settore, area, os_)
        area, os_ = obj.fields.get("area_strategica", ""), obj.fields.get("obiettivo_strategico", "")
        objectives.append(obj)

    for idx, text in settore_heads.items():
        n_lines = 2 if text != lines[idx].clean else 1
        claims.append(Claim(idx, idx + n_lines - 1, _no_units))
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


def _run_values(lines: Sequence[Line], run: list[int], labels: dict[int, str]) -> dict[str, str]:
    values: dict[str, str] = {}
    for n, idx in enumerate(run):
        kind = labels[idx]
        if kind in ("oo", "oos", "settori"):
            continue
        stop = run[n + 1] if n + 1 < len(run) else idx + 8
        paras = _paragraphs(lines, idx + 1, min(stop, len(lines)))
        if not paras:
            continue
        values[kind] = paras[0][1]
        # an unlabelled second paragraph shaped like "06.1 - PROGETTO ..." is the
        # strategic objective whose label the page left out
        if kind == "area" and len(paras) > 1 and re.match(r"^\d{1,2}\.\d{1,2}\s*[-–]", paras[1][1]):
            values["os"] = paras[1][1]
    return values


def _paragraphs(lines: Sequence[Line], lo: int, hi: int) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []
    k = lo
    while k < hi:
        if lines[k].blank:
            k += 1
            continue
        end = paragraph_end(lines, k, hi)
        out.append((k, " ".join(lines[x].clean for x in range(k, end))))
        k = end
    return out


def _deadline_at(lines: Sequence[Line], k: int, hi: int) -> tuple[int, str] | None:
    """(last line, date) of a deadline statement starting at line k: 'da realizzare
    entro il 31/12/2024', possibly with the date on the next non-blank line."""
    s = lines[k].clean
    if m := _DEADLINE_RE.search(s):
        return k, m.group(1)
    if re.search(r"(?i)\bentro(?:\s+il)?\s*:?$", s):
        nxt = next_nonblank(lines, k + 1, hi + 1)
        if nxt is not None and (m := re.match(r"^(\d{1,2}/\d{1,2}/\d{2,4})\b", lines[nxt].clean)):
            return nxt, m.group(1)
    return None


def _summary_entries(
    lines: Sequence[Line], lo: int, hi: int, taken: set[int]
) -> list[tuple[int, int, dict[str, str]]]:
    """Entries of an overview listing: each ends with its deadline; text between a
    deadline and the next code line (e.g. a coordinating settore) belongs to the
    entry before."""
    k = next_nonblank(lines, lo, hi + 1)
    if k is not None and sp_label(lines[k]) == "settori":
        lo = k + 1
    deadlines: list[tuple[int, str]] = []
    k = lo
    while k <= hi:
        if k not in taken and not lines[k].blank and (dl := _deadline_at(lines, k, hi)):
            deadlines.append(dl)
            k = dl[0] + 1
            continue
        k += 1
    entries: list[list[int]] = []
    seg_start = lo
    for d, _date in deadlines:
        seg = [seg_start, d]
        code = next((x for x in range(seg_start, d) if is_code_line(lines[x].clean)), None)
        first_content = next_nonblank(lines, seg_start, d)
        if entries and code is not None and first_content is not None and code > first_content:
            entries[-1][1] = prev_nonblank(lines, code - 1, seg_start) or entries[-1][1]
            seg = [code, d]
        entries.append(seg)
        seg_start = d + 1
    if not deadlines:
        codes = [x for x in range(lo, hi + 1) if is_code_line(lines[x].clean)]
        for n, c in enumerate(codes):
            end = codes[n + 1] - 1 if n + 1 < len(codes) else hi
            entries.append([c, prev_nonblank(lines, end, c) or c])
    out = []
    for first, last in entries:
        first_nb = next_nonblank(lines, first, last + 1)
        if first_nb is None:
            continue
        out.append((first_nb, last, _summary_fields(lines, first_nb, last)))
    return out


def _summary_fields(lines: Sequence[Line], first: int, last: int) -> dict[str, str]:
    """Code, title, settore and deadline of one overview entry, line by line (the
    entry may come without blank lines when the text was extracted from a PDF)."""
    fields: dict[str, str] = {}
    title: list[str] = []
    title_open = True
    settore = ""
    k = first
    while k <= last:
        ln = lines[k]
        s = ln.clean
        if ln.blank:
            if title:
                title_open = False
            k += 1
            continue
        if dl := _deadline_at(lines, k, last):
            fields.setdefault("scadenza", dl[1])
            title_open = False
            k = dl[0] + 1
            continue
        if is_settore_heading(s):
            text = s
            nxt = k + 1
            if nxt <= last and not lines[nxt].blank and upper_ratio(lines[nxt].clean) >= 0.9 \
                    and not _DEADLINE_RE.search(lines[nxt].clean) and not _TAG_LINE_RE.match(lines[nxt].clean) \
                    and not is_settore_heading(lines[nxt].clean) and not re.search(r"(?i)\bentro\b", lines[nxt].clean):
                text = f"{text} {lines[nxt].clean}"
                k = nxt
            settore = settore or text
            title_open = False
            k += 1
            continue
        if k == first and is_code_line(s):
            code, rest = split_code(s)
            fields["codice"] = code
            if rest:
                title.append(rest)
        elif title_open and not (title and _TAG_LINE_RE.match(s) and not s.startswith("OBIETTIVO PLURIENNALE")):
            title.append(re.sub(r"^[-–•]\s*", "", s))
        k += 1
    if title:
        fields["titolo"] = " ".join(title).strip()
    if settore:
        fields["settore"] = settore
        fields["responsabile"] = settore
    return fields


def split_code(s: str) -> tuple[str, str]:
    """'Rif. DUP 4.6.1. Contrastare ...' -> ('Rif. DUP 4.6.1.', 'Contrastare ...')."""
    s = s.strip().strip("*").strip()
    m = re.match(
        r"(?i)^(?P<code>(?:r[ie]f(?:erimento)?\.?\s*(?:al\s+)?dup|cod(?:ice)?\.?)"
        r"(?:[\s:.,;\-–()]|e\b|anche\b|r[ie]f\.?|dup\b|\d)*)",
        s,
    )
    if not m:
        return "", s
    code = m.group("code")
    # do not swallow the separator before the title, keep balanced parentheses
    code = code.rstrip(" -–:;,")
    if code.count("(") > code.count(")"):
        code = code[: code.rfind("(")].rstrip(" -–:;,")
    rest = s[len(code):].strip(" :-–")
    return code.strip(), rest


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
        if _DIPENDENTI_RE.match(ln.clean):
            in_employees = True
            continue
        if in_employees:
            if _is_employee_line(ln) or _CATEGORY_RE.match(ln.clean):
                continue
            if is_code_line(ln.clean) and ln.idx not in labels and ln.idx not in starts:
                out.add(ln.idx)
            in_employees = False
    return out


def _is_employee_line(ln: Line) -> bool:
    cells = [c for c in ln.cells if c] if ln.has_tab else [ln.clean]
    return bool(cells) and is_person_name(cells[0]) and all(
        _CATEGORY_RE.match(c) or c == cells[0] for c in cells
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


_MONTHS = (
    r"gen(?:naio|n)?|feb(?:braio|b)?|mar(?:zo)?|apr(?:ile)?|mag(?:gio)?|giu(?:gno)?|lug(?:lio)?|"
    r"ago(?:sto)?|set(?:tembre|t)?|ott(?:obre)?|nov(?:embre)?|dic(?:embre)?"
)
_TIMING_RE = re.compile(
    rf"(?i)^(?:\(?\s*(?:tempi\s+)?(?:da\s+|dal\s+|entro\s+(?:il\s+)?|fino\s+a\s+)?(?:{_MONTHS}|\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?|20\d\d|trimestr\w*|semestr\w*|annual\w*|mensil\w*|periodic\w*|tutto l.anno)\b"
    rf"[\w\s/\-–.,']*\)?)$"
)


def split_timing(item: str) -> tuple[str, str]:
    """'Rilievo alberature GENNAIO - OTTOBRE' -> ('Rilievo alberature', 'GENNAIO - OTTOBRE')."""
    s = item.strip().rstrip(";.").strip()
    m = re.search(r"\(\s*(?:tempi\s+)?([^()]*)\)\s*;?$", s, re.I)
    if m and (m.group(0).lower().lstrip("( ").startswith("tempi") or _TIMING_RE.match(m.group(1).strip())):
        head = s[: m.start()].strip(" ;,:-–")
        if head:
            return head, m.group(1).strip()
    # separators: ": ", " - ", " – ", "; " followed by a timing expression
    for sep in re.finditer(
        r"\s*(?::|\s[-–]|;|(?<=\w\w)\.)\s+"
        r"|\s+(?=(?:(?i:da|dal)\s+)?(?:GEN|FEB|MAR|APR|MAG|GIU|LUG|AGO|SET|OTT|NOV|DIC)[A-Z]*\b)",
        s,
    ):
        tail = s[sep.end():].strip()
        if tail and _TIMING_RE.match(tail) and len(tail) <= 60:
            head = s[: sep.start()].strip(" :-–;,")
            if head:
                return head, tail
    return s, ""


_PHASE_PREFIX_RE = re.compile(r"(?i)^(?:[-–•]\s*)?(?:fase\s*\d+\s*[:.\-–)]?\s*|\d{1,2}\s*[).]\s*|[a-z]\)\s*)?")


def _strip_phase_prefix(s: str) -> str:
    s = re.sub(r"^[-–•]\s*", "", s.strip())
    return _PHASE_PREFIX_RE.sub("", s, count=1).strip()


def _parse_objective(
    lines: Sequence[Line], first: int, last: int, labels: dict[int, str], settore: str, area: str, os_: str
) -> _Objective:
    fields: dict[str, str] = {}
    run = [k for k in range(first, last + 1) if k in labels and labels[k] in ("area", "os", "oo")]
    values = _run_values(lines, run, labels) if run else {}
    if values.get("area"):
        area, os_ = values["area"], ""
    if values.get("os"):
        os_ = values["os"]
    oo = next((k for k in run if labels[k] == "oo"), None)
    k = (oo + 1) if oo is not None else first
    k = next_nonblank(lines, k, last + 1) or k
    code, title, body_start = _code_and_title(lines, k, last)
    fields.update({"codice": code, "titolo": title, "area_strategica": area, "obiettivo_strategico": os_})
    if settore:
        fields["settore"] = settore
        fields["responsabile"] = settore
    fields.update(_detail_sections(lines, body_start, last))
    return _Objective(first, last, {k: v for k, v in fields.items() if v}, title, settore)


def _code_and_title(lines: Sequence[Line], k: int, last: int) -> tuple[str, str, int]:
    """Code and title at the top of a detail page; returns the body start line."""
    if k > last:
        return "", "", k
    end = paragraph_end(lines, k, last + 1)
    if is_code_line(lines[k].clean):
        code, rest = split_code(lines[k].clean)
        more = [lines[x].clean for x in range(k + 1, end)]
        title = " ".join(x for x in [rest, *more] if x)
        if not title:
            nxt = next_nonblank(lines, end, last + 1)
            if nxt is not None and not _is_body_marker(lines[nxt].clean):
                end2 = paragraph_end(lines, nxt, last + 1)
                title = " ".join(lines[x].clean for x in range(nxt, end2))
                end = end2
        if _TAG_LINE_RE.match(title.strip("* ")):
            # "OBIETTIVO PLURIENNALE - FASE 2" only qualifies the objective: its
            # name is the short paragraph that follows
            nxt = next_nonblank(lines, end, last + 1)
            if nxt is not None and not _is_body_marker(lines[nxt].clean) and not is_code_line(lines[nxt].clean):
                end2 = paragraph_end(lines, nxt, last + 1)
                following = " ".join(lines[x].clean for x in range(nxt, end2))
                if len(following) <= 250 and not _TAG_LINE_RE.match(following):
                    title = f"{title.strip('* ')} {following}"
                    end = end2
        return code, title.strip("* "), end
    title = " ".join(lines[x].clean for x in range(k, end))
    return "", re.sub(r"^[-–•]\s*", "", title).strip("* "), end


def _is_body_marker(s: str) -> bool:
    return bool(_PHASES_RE.match(s) or _CRITICAL_RE.match(s) or _INDICATOR_RE.match(s) or _DIPENDENTI_RE.match(s))


def detail_sections(lines: Sequence[Line], lo: int, hi: int) -> list[tuple[int, str]]:
    """Sub-section starts inside a detail page: (line index, label)."""
    marks: list[tuple[int, str]] = []
    group_has_boilerplate = False
    for k in range(lo, hi + 1):
        ln = lines[k]
        s = ln.clean
        if ln.blank:
            continue
        if _PHASES_RE.match(s):
            marks.append((k, "Fasi e tempi"))
        elif _CRITICAL_RE.match(s):
            marks.append((k, "Fattori critici"))
        elif _INDICATOR_RE.match(s):
            marks.append((k, "Indicatori"))
            group_has_boilerplate = False
        elif _DIPENDENTI_RE.match(s):
            marks.append((k, "Dipendenti"))
        elif _BOILERPLATE_RE.match(s) and not _BOILERPLATE_RE.match(lines[prev_nonblank(lines, k - 1, lo) or k].clean):
            in_indicator = bool(marks) and marks[-1][1] == "Indicatori"
            if in_indicator and not group_has_boilerplate:
                group_has_boilerplate = True
                continue
            # an indicator without its "indicatore di ..." header starts at its name
            name = prev_nonblank(lines, k - 1, lo)
            if name is not None and (not marks or marks[-1][0] < name):
                para = name
                while para - 1 > lo and not lines[para - 1].blank:
                    para -= 1
                marks.append((para, "Indicatori"))
                group_has_boilerplate = True
    return marks


def _detail_sections(lines: Sequence[Line], lo: int, hi: int) -> dict[str, str]:
    fields: dict[str, str] = {}
    marks = detail_sections(lines, lo, hi)
    bounds = [(lo, "Descrizione")] + marks
    description: list[str] = []
    fasi: list[str] = []
    indicators: list[str] = []
    people: list[str] = []
    for n, (start, label) in enumerate(bounds):
        end = bounds[n + 1][0] - 1 if n + 1 < len(bounds) else hi
        if label == "Descrizione":
            description = [t for _, t in _paragraphs(lines, start, end + 1)]
        elif label == "Fasi e tempi":
            fasi.extend(_phases(lines, start, end))
        elif label == "Indicatori":
            indicators.extend(_indicators(lines, start, end))
        elif label == "Dipendenti":
            people.extend(_employees(lines, start + 1, end))
    # phases written as plain paragraphs right after "... le seguenti fasi:" are in
    # the description when no phase header exists; bullets with timings count too
    if not fasi:
        fasi = [p for p in _phases_from_description(description)]
    if description:
        motive = next((d for d in description if not _TAG_LINE_RE.match(d) and len(d) > 40 and not is_bullet(d)), "")
        if motive:
            fields["motivazione"] = motive
    fields["fasi"] = _join_multi(fasi)
    fields["indicatori"] = _join_multi(indicators)
    fields["dipendenti"] = _join_multi(people)
    return fields


_LIST_MARK_RE = re.compile(r"(?i)^(?:[-–•]\s|fase\s*\d|\d{1,2}\s*[).]\s|[a-z]\)\s)")


def _phases(lines: Sequence[Line], start: int, end: int) -> list[str]:
    items: list[str] = []
    pending: list[int] = []  # items still waiting for a shared timing line
    body = [k for k in range(start + 1, end + 1) if not lines[k].blank]
    # when the phases are a (numbered) list, lines outside the list are notes
    listed = sum(1 for k in body if _LIST_MARK_RE.match(lines[k].clean)) >= 2
    for k in body:
        ln = lines[k]
        s = ln.clean
        if listed and not _LIST_MARK_RE.match(s) and not _TIMING_RE.match(s):
            if _TAG_LINE_RE.match(s):
                break
            continue
        if _TAG_LINE_RE.match(s) or (upper_ratio(s) >= 0.9 and not re.match(r"(?i)^(fase|[-–•\d])", s) and not _TIMING_RE.match(s)):
            break  # "OBIETTIVO DI ..." closes the phase list
        if _TIMING_RE.match(s) and pending and len(s) <= 40:
            for p in pending:
                items[p] = f"{items[p]} — {s}"
            pending = []
            continue
        desc, timing = split_timing(_strip_phase_prefix(s))
        if not desc:
            continue
        items.append(f"{desc} — {timing}" if timing else desc)
        if not timing:
            pending.append(len(items) - 1)
        else:
            pending = []
    return items


def _phases_from_description(description: list[str]) -> list[str]:
    out: list[str] = []
    started = False
    for para in description:
        if re.search(r"(?i)\bfasi\b.*:$", para):
            started = True
            continue
        if started:
            desc, timing = split_timing(_strip_phase_prefix(para))
            if not timing:
                break
            out.append(f"{desc} — {timing}")
    return out


def _indicators(lines: Sequence[Line], start: int, end: int) -> list[str]:
    """One indicator group: 'indicatore di X' / name / boilerplate / target label + value."""
    name_parts: list[str] = []
    target = ""
    k = start
    if _INDICATOR_RE.match(lines[k].clean):
        k += 1
    target_label: str | None = None
    for x in range(k, end + 1):
        ln = lines[x]
        if ln.blank:
            continue
        if ln.has_tab or "<input" in ln.raw:
            cells = [c for c in (clean_text(re.sub(r"<input[^>]*>", "", c)) for c in ln.raw_cells) if c]
            for n, c in enumerate(cells):
                if tm := _TARGET_RE.match(c):
                    inline = c[tm.end():].strip(" :")
                    if inline:  # "data prevista 30/09/2024" in one cell
                        target = _format_target(tm.group(1), inline)
                    elif n + 1 < len(cells):
                        target = _format_target(c, cells[n + 1])
                    else:
                        target_label = c
                elif target_label and not _BOILERPLATE_RE.match(c):
                    target = _format_target(target_label, c)
                    target_label = None
            continue
        s = ln.clean
        if _BOILERPLATE_RE.match(s):
            continue
        if _TARGET_RE.match(s):
            tm = _TARGET_RE.match(s)
            assert tm is not None
            rest = s[tm.end():].strip(" :")
            if rest:
                target = _format_target(tm.group(1), rest)
            else:
                target_label = tm.group(1)
            continue
        if target_label:
            target = _format_target(target_label, s)
            target_label = None
            continue
        if not target:
            name_parts.append(s)
    name = " ".join(name_parts).strip()
    if not name and not target:
        return []
    return [f"{name} — {target}" if target else name]


def _format_target(label: str, value: str) -> str:
    value = value.strip()
    if label.strip().startswith("%") and value and not value.endswith("%") and re.match(r"^[\d.,]+$", value):
        return value + "%"
    return value


def _employees(lines: Sequence[Line], start: int, end: int) -> list[str]:
    people: list[str] = []
    for k in range(start, end + 1):
        ln = lines[k]
        if ln.blank:
            continue
        cells = [c for c in ln.cells if c] if ln.has_tab else [ln.clean]
        if cells and is_person_name(cells[0]):
            people.append(cells[0])
    return people


def _canonical_settori(
    lines: Sequence[Line],
    objectives: list[_Objective],
    summary: list[tuple[int, int, dict[str, str], tuple[str, str]]],
) -> None:
    """Write a settore the way the org chart writes it ("06.GOVERNO ..." ->
    "06. GOVERNO ..."), so that objective -> settore -> titolare lookups match."""
    names: dict[str, str] = {}
    for ln in lines:
        if _assignment(ln) and (head := _find_settore_heading(lines, ln.idx - 1, max(0, ln.idx - 40), set())):
            names.setdefault(re.sub(r"[^A-Z0-9]", "", fold(head[1])), head[1])
    if not names:
        return

    def canon(value: str) -> str:
        return names.get(re.sub(r"[^A-Z0-9]", "", fold(value)), value)

    for obj in objectives:
        for key in ("settore", "responsabile"):
            if key in obj.fields:
                obj.fields[key] = canon(obj.fields[key])
        obj.settore = canon(obj.settore)
    for _, _, fields, _ in summary:
        for key in ("settore", "responsabile"):
            if key in fields:
                fields[key] = canon(fields[key])


def _cross_reference(
    objectives: list[_Objective], summary: list[tuple[int, int, dict[str, str], tuple[str, str]]]
) -> None:
    """Detail pages rarely repeat the deadline the overview gives: copy it over."""
    def key(s: str) -> str:
        return fold(s)[:40]

    by_title = {key(f.get("titolo", "")): f for _, _, f, _ in summary if f.get("titolo")}
    for obj in objectives:
        if "scadenza" in obj.fields:
            continue
        match = by_title.get(key(obj.title))
        if match is None:
            continue
        if s := match.get("scadenza"):
            obj.fields["scadenza"] = s


def _summary_builder(
    lines: Sequence[Line], first: int, last: int, fields: dict[str, str], area: str, os_: str
) -> Callable[[HeadingTracker], list[Unit]]:
    def build(tracker: HeadingTracker) -> list[Unit]:
        f = dict(fields)
        if area:
            f["area_strategica"] = area
        if os_:
            f["obiettivo_strategico"] = os_
        title = f.get("titolo") or None
        unit = _make_unit(lines, first, last, UnitKind.SUMMARY, (area, os_), title, f)
        return [unit] if unit else []

    return build


def _path_title(title: str) -> str:
    """The distinctive part of a title for breadcrumbs: a leading qualifier such as
    "OBIETTIVO PLURIENNALE - FASE 2" is generic, the name after it is what the page
    is about (the full title stays in the fields)."""
    m = re.match(r"^(?P<tag>OB[A-Z]{5,9}\b[A-Z0-9' ()/-]*?\bFASE\s*\d+\)?)\s+(?P<name>[A-ZÀ-Ý].{15,})$", title)
    if not m:
        return title
    words = set(re.findall(r"[A-Z]+", m.group("tag"))) - {"OBIETTIVO", "OBITTTIVO"}
    return m.group("name") if words <= _GENERIC_QUALIFIERS else title


_GENERIC_QUALIFIERS = frozenset(
    "DI DEL E ED PLURIENNALE BIENNALE TRIENNALE ANNUALE MIGLIORAMENTO MANTENIMENTO SVILUPPO "
    "INTERSETTORIALE TRASVERSALE STRATEGICO OPERATIVO FASE".split()
)


def _objective_builder(lines: Sequence[Line], obj: _Objective) -> Callable[[HeadingTracker], list[Unit]]:
    def build(tracker: HeadingTracker) -> list[Unit]:
        path = tuple(p for p in (obj.settore, _path_title(obj.title)) if p)
        unit = _make_unit(lines, obj.first, obj.last, UnitKind.OBJECTIVE, path, obj.title or None, obj.fields)
        return [unit] if unit else []

    return build


# ================================================================== layouts


def detect_layout(text: str) -> LayoutKind:
    """Which structure dominates the document."""
    lines = split_lines(text)
    labels = {ln.idx: kind for ln in lines if (kind := sp_label(ln))}
    n_detail = sum(1 for kind in labels.values() if kind == "oo")
    n_pages_marks = sum(
        1 for ln in lines if not ln.blank and (_DIPENDENTI_RE.match(ln.clean) or _INDICATOR_RE.match(ln.clean))
    )
    if n_detail >= 2 and n_pages_marks >= 2:
        return LayoutKind.SECTOR_PAGES
    blocks, _ = find_blocks(lines)
    inside_blocks = {k for a, b in blocks for k in range(a, b + 1)}
    # table rows inside objective blocks (e.g. an indicator table per block) belong
    # to the blocks; only rows elsewhere speak for a table layout
    n_rows = sum(1 for t in _table_rows(lines, set()) for row in t.rows if row[0] not in inside_blocks)
    if len(blocks) >= 3 and len(blocks) >= n_rows:
        return LayoutKind.OBJECTIVE_BLOCKS
    if n_rows >= 3:
        return LayoutKind.OBJECTIVE_TABLE
    return LayoutKind.GENERIC


ClaimFn = Callable[[Sequence[Line], set[int]], list[Claim]]

_CLAIMERS: dict[LayoutKind, tuple[ClaimFn, ...]] = {
    LayoutKind.OBJECTIVE_BLOCKS: (claim_org_chart, _blocks_claims, claim_tables),
    LayoutKind.OBJECTIVE_TABLE: (claim_org_chart, claim_tables),
    LayoutKind.SECTOR_PAGES: (claim_org_chart, claim_sector_pages),
    LayoutKind.GENERIC: (claim_org_chart, claim_tables),
}


def parse_structure(text: str, layout: LayoutKind) -> list[Unit]:
    """Structural units of `text` in document order, for the given layout.

    If the layout-specific parser recognises nothing, the generic parser is used.
    """
    lines = split_lines(text)
    furniture = furniture_lines(lines)
    claims = _claims(lines, _CLAIMERS[layout])
    specific = [c for c in claims]
    units = assemble(lines, specific, furniture)
    if layout != LayoutKind.GENERIC and not any(u.kind != UnitKind.SECTION for u in units):
        return assemble(lines, _claims(lines, _CLAIMERS[LayoutKind.GENERIC]), furniture)
    return units


def _claims(lines: Sequence[Line], claimers: Sequence[ClaimFn]) -> list[Claim]:
    taken: set[int] = set()
    out: list[Claim] = []
    for claimer in claimers:
        for claim in claimer(lines, taken):
            if any(k in taken for k in range(claim.first, claim.last + 1)):
                continue
            taken.update(range(claim.first, claim.last + 1))
            out.append(claim)
    return out


# ----------------------------------------------------------- sub-sections (chunker)


def subsections(text: str, unit: Unit) -> list[tuple[int, int, str]]:
    """Labelled char spans partitioning a unit at its internal boundaries, for
    splitting a unit that is too long. Empty list when there is no structure."""
    if unit.kind not in (UnitKind.OBJECTIVE, UnitKind.SECTION):
        return []
    lines = split_lines(text[unit.char_start: unit.char_end])
    offset = unit.char_start
    marks: list[tuple[int, str]] = []
    if unit.kind == UnitKind.OBJECTIVE:
        marks = detail_sections(lines, 0, len(lines) - 1)
        if not marks:
            # labelled blocks: every phase / indicator label opens a part, so that a
            # split never cuts a phase from its description and timing
            for ln in lines:
                lb = parse_label(ln)
                if lb is None or ln.idx == 0:
                    continue
                key = canonical_key(lb.label)
                if key == "fasi":
                    marks.append((ln.idx, "Fasi"))
                elif key == "indicatori":
                    marks.append((ln.idx, "Indicatori"))
    marks = [(k, lbl) for k, lbl in marks if k > 0]
    if not marks:
        return []
    bounds = [(0, "Descrizione")] + marks
    out: list[tuple[int, int, str]] = []
    for n, (k, label) in enumerate(bounds):
        hi = bounds[n + 1][0] if n + 1 < len(bounds) else len(lines)
        span = line_span(lines, k, hi)
        if span is None:
            continue
        out.append((offset + span[0], offset + span[1], label))
    return out
