"""Where a too-long unit may be cut: the spans of its paragraphs, lines, sentences
and, as a last resort, runs of words, as (start, end) offsets into the document text,
trimmed of blank lines (leading tabs kept: they are table cells)."""

from __future__ import annotations

import re

# (a stop after an abbreviation ends no sentence: "n. 3", "dott. Rossi", "art. 6")
ABBREVIATIONS = ("n", "nn", "art", "artt", "dott", "dott.ssa", "sig", "sig.ra", "ing", "arch", "geom", "rag", "avv",
                 "prof", "p.i", "lett", "pag", "co", "c", "d.lgs", "l")
_SENTENCE_RE = re.compile(
    "".join(rf"(?<!\b{re.escape(a)}\.)" for a in ABBREVIATIONS) + r"(?<=[.;:!?])\s+(?=[\"«(]?[A-ZÀ-Ý0-9])",
    re.IGNORECASE)
# A full stop (a note's marker may follow it) that ends a sentence for certain: the next
# opens on a capitalised word ("… alla Persona. I centri", "… dal GSE. Se ne occupa"), a
# heading or a bold line; a stop before a number or a capital that does not open a word
# ends none ("Ob. 3.3", "Settore LL. PP.")
SENTENCE_STOP_RE = re.compile(
    "".join(rf"(?<!\b{re.escape(a)}\.)" for a in ABBREVIATIONS)
    + r"(?:(?<=[.!?])|(?<=[.!?][¹²³⁴⁵⁶⁷⁸⁹⁰]))(?:[ \t]+|[ \t]*\n[ \t]*)"
    r"(?=(?:\*\*|#+ )?[\"«(]?[A-ZÀ-Ý](?:[a-zà-ù'’]|\s))")


def _trimmed(text: str, start: int, end: int) -> tuple[int, int] | None:
    chunk = text[start:end]
    stripped = chunk.strip()
    if not stripped:
        return None
    lead = len(chunk) - len(chunk.lstrip())
    # keep leading tabs of the first line (they are cells), drop blank lines only
    line_start = chunk.rfind("\n", 0, lead) + 1
    return start + line_start, start + len(chunk.rstrip())


def _separated_spans(text: str, start: int, end: int, separator: str) -> list[tuple[int, int]]:
    """Trimmed spans of text[start:end] between matches of `separator`."""
    spans: list[tuple[int, int]] = []
    pos = start
    for m in re.finditer(separator, text[start:end]):
        if (t := _trimmed(text, pos, start + m.start())) is not None:
            spans.append(t)
        pos = start + m.end()
    if (t := _trimmed(text, pos, end)) is not None:
        spans.append(t)
    return spans


def paragraph_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans between blank lines. A page break inside a sentence (the page ends on a
    word or a comma, the next opens on a word in lower case) is no paragraph's end:
    the sentence goes on over the page, and a cut there would part its two halves."""
    spans: list[tuple[int, int]] = []
    pos = start
    for m in re.finditer(r"\n[ \t\f\r]*\n", text[start:end]):
        at, after = start + m.start(), start + m.end()
        if "\f" in m.group() and _MID_SENTENCE_END.search(text, start, at) and (
                _GOES_ON.match(text, after, end) or _NAME_GOES_ON.match(text, after, end) and _prose_end(text, start, at)):
            continue
        if (t := _trimmed(text, pos, at)) is not None:
            spans.append(t)
        pos = after
    if (t := _trimmed(text, pos, end)) is not None:
        spans.append(t)
    return spans


# the end of a page cut inside a sentence, and the next page's opening that goes on with it
_MID_SENTENCE_END = re.compile(r"[\w,]\s*$")
_GOES_ON = re.compile(r"[ \t]*[a-zà-ù]")
# (or on a capitalised word, a name, that the sentence runs on after: "… l'ing. Mario /
# Rossi, che è anche RUP", when the page ends inside a line of prose, not a heading)
_NAME_GOES_ON = re.compile(r"[ \t]*[A-ZÀ-Ý][a-zà-ù'’]+,?[ \t]+[a-zà-ù]")


def _prose_end(text: str, start: int, at: int) -> bool:
    """The page's last line is a line of prose: long, no heading's markup."""
    line = text[max(start, text.rfind("\n", start, at) + 1):at].strip()
    return len(line) >= 30 and not line.startswith(("#", "**", "|")) and "\t" not in line


def is_prose(text: str) -> bool:
    """Wrapped prose: lines of about a page's width, none a row, an item or a label. It
    is cut at its sentences (a part ends where a sentence does); other text at its lines."""
    lines = [x for x in text.split("\n") if x.strip()]
    # (a narrow column wraps prose at its own margin: lines of about its width)
    width = max((len(x.strip()) for x in lines), default=0)
    least = min(_PROSE_WIDTH, int(_COLUMN_FULL * width)) if width >= MIN_COLUMN_WIDTH else _PROSE_WIDTH
    prose = [x for x in lines if "\t" not in x and not _ITEM_RE.match(x) and len(x.strip()) >= least]
    # (a heading or a short closing line may stand among them)
    return len(prose) >= _PROSE_LINES and len(prose) >= _PROSE_SHARE * len(lines)


_PROSE_LINES = 3
_PROSE_WIDTH = 50
# a column of a two-column page holds about 45 characters a line; narrower text is no prose
MIN_COLUMN_WIDTH = 35
_COLUMN_FULL = 0.75
_PROSE_SHARE = 0.75
_ITEM_RE = re.compile(r"\s*(?:[-•*–▪]|\d+[.)]|\|)\s")


def line_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of the non-blank lines."""
    return _separated_spans(text, start, end, r"\n")


def sentence_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of the sentences (a stop, then a capital or a digit)."""
    spans: list[tuple[int, int]] = []
    pos = start
    for m in _SENTENCE_RE.finditer(text, start, end):
        if (t := _trimmed(text, pos, m.start())) is not None:
            spans.append(t)
        pos = m.end()
    if (t := _trimmed(text, pos, end)) is not None:
        spans.append(t)
    return spans


def word_spans(text: str, start: int, end: int, budget: int) -> list[tuple[int, int]]:
    """Last resort: cut at whitespace every ~budget characters."""
    spans: list[tuple[int, int]] = []
    pos = start
    while pos < end:
        stop = min(end, pos + budget)
        if stop < end:
            space = text.rfind(" ", pos + budget // 2, stop)
            if space > pos:
                stop = space
        if (t := _trimmed(text, pos, stop)) is not None:
            spans.append(t)
        pos = stop
    return spans


def hard_split_text(line: str, budget: int) -> list[str]:
    """A line that is not a span of the document (a rendered table row) cut into
    sentences, and sentences longer than `budget` at spaces."""
    sentences = [s for s in _SENTENCE_RE.split(line) if s.strip()]
    out: list[str] = []
    for sentence in sentences:
        while len(sentence) > budget:
            cut = sentence.rfind(" ", budget // 2, budget)
            cut = cut if cut > 0 else budget
            out.append(sentence[:cut].strip())
            sentence = sentence[cut:].strip()
        if sentence:
            out.append(sentence)
    return out
