"""Heading detection and the heading chain: the breadcrumb of every unit comes from
here, whichever parser built the unit."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ingest.structure.lines import Line, next_nonblank, prev_nonblank
from ingest.text import clean_text, fold_label, is_bullet, n_letters, truncate, upper_ratio

_NUMBERED_RE = re.compile(
    r"^(?P<num>\d{1,2}(?:\.\d{1,2}){1,3}\.?|\d{1,2}\.)\s*(?:[-–]\s*)?(?P<rest>[A-ZÀ-Ý\"'«(].*)$"
)
KEYWORD_RE = re.compile(
    r"^(?P<kw>SEZIONE|SOTTOSEZIONE|SOTTO-SEZIONE|PARTE|CAPITOLO|TITOLO|ALLEGATO|MISSIONE|"
    r"PROGRAMMA|AREA(?:\s+TEMATICA|\s+STRATEGICA)?|AMBITO(?:\s+STRATEGICO)?|"
    r"LINEA(?:\s+STRATEGICA)?|INDIRIZZO(?:\s+STRATEGICO)?|"
    r"OBIETTIVO(?:\s+STRATEGICO(?:\s+DI\s+MANDATO)?|\s+GENERALE|\s+DI\s+MANDATO)?|"
    # (a Roman numeral is a word of capitals: "Settore: Area Servizi" ends a word in
    # "i", and "per i servizi" has the article "i"; neither numbers a heading)
    r"PROGETTO|PRIORIT[AÀ](?:\s+STRATEGICA)?|ASSE|SETTORE)\b[^\n\d]{0,30}?(?:N\.?\s*)?(?:\d+|\b(?-i:[IVX]+)\b)",
    re.IGNORECASE,
)
_MD_HEADING_RE = re.compile(r"^(#{1,6})\s+(\S.*)$")
_BARE_NUMBER_RE = re.compile(r"^(\d{1,2})\s+(?=[A-ZÀ-Ý][a-zà-ù'’])")


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


def _bold_continued(lines: Sequence[Line], k: int, limit: int) -> int:
    """The last line of a bold title that ends on line k or goes on in the next bold
    lines: a title wrapped by the layout is set in bold line by line, and the next
    part opens in lower case ("**… e contrasto**" / "**all'abbandono dei rifiuti**")."""
    while k + 1 < limit and not _sentence_end(lines[k].clean):
        nxt = lines[k + 1].raw.strip()
        if not (nxt.startswith("**") and nxt.endswith("**") and nxt.count("**") == 2 and nxt.strip("*")[:1].islower()):
            break
        k += 1
    return k


def _sentence_end(s: str) -> bool:
    return s.rstrip().endswith((".", ";", ":", "!", "?"))


def _labelled_list_follows(lines: Sequence[Line], i: int, limit: int) -> bool:
    """The line after `i` is a list item that opens with a field's label ("- Responsabile: …")."""
    from ingest.structure.vocabulary import opening_label  # vocabulary imports text

    after = next_nonblank(lines, i + 1, limit)
    return after is not None and is_bullet(lines[after].clean) \
        and opening_label(re.sub(r"^\s*\S+\s+", "", lines[after].clean, count=1)) is not None  # (its list mark off)


def _heading_shape(s: str) -> tuple[str, int] | None:
    """Style and depth of a (joined, cleaned) heading candidate, or None."""
    if not s or len(s) > 160 or n_letters(s) < 3 or is_bullet(s):
        return None
    if s.endswith((",", ";")):
        return None
    # ("Settore: Settore 1 – …", "Area: 2": a keyword that is a field's label, its
    # colon right after it, opens a field line, not a heading)
    if (m := KEYWORD_RE.match(s)) and len(s) <= 160 and not s[m.end("kw"):].lstrip().startswith(":") and (
        upper_ratio(s) >= 0.6 or (len(s) <= 100 and not s.endswith("."))
    ):
        return "kw:" + fold_label(m.group("kw")).split()[0], 0
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

    def innermost(self) -> str:
        """The innermost heading whole (the path shortens long ones), or ""."""
        return self.stack[-1][0].text.strip() if self.stack else ""

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
    if ln.outline:
        # typography already says which lines are headings: the marked ones, and a
        # line set wholly in bold that is no field label ("**Finalità**" labels what
        # follows), the outline's lowest level ("**Cronoprogramma OO-01 – …**")
        if raw.startswith("**") and raw.endswith("**") and len(raw) > 6 and raw.count("**") == 2:
            from ingest.structure.vocabulary import is_exact_label  # vocabulary imports text

            text = clean_text(raw.strip("*"))
            if n_letters(text) >= 3 and len(text) <= 200 and not is_exact_label(text) and not text.endswith(":"):
                last = _bold_continued(lines, i, limit)
                return Heading(" ".join(lines[x].clean for x in range(i, last + 1)), "md:7", i, last, 7)
        # (and a numbered line, "1.2 Certificati on line", whose labelled list of an
        # objective's fields follows it: the item those fields describe, whatever its
        # typography; its number nests it as in any numbered outline)
        if (shape := _heading_shape(ln.clean)) and shape[0].startswith("num:") \
                and _labelled_list_follows(lines, i, limit):
            return Heading(ln.clean, shape[0], i, i, shape[1])
        return None

    # bold block, possibly over a few lines: "**linee\nstrategiche**"
    if raw.startswith("**"):
        k = i
        while k < min(limit, i + 6) and not lines[k].blank:
            if lines[k].raw.rstrip().endswith("**") and (k > i or len(raw) > 4):
                k = _bold_continued(lines, k, limit)
                joined = " ".join(lines[x].clean for x in range(i, k + 1))
                if len(joined) <= 200 and n_letters(joined) >= 3:
                    shape = _heading_shape(joined)
                    if shape and shape[0] != "tag":
                        return Heading(joined, shape[0], i, k, shape[1])
                    if m := _BARE_NUMBER_RE.match(joined):
                        # a bold heading numbered without a dot ("3 Ambiti di valore
                        # pubblico") is the outline's first level, as "3." is: the "3.1"
                        # under it nests, and the headings under "3.1" with it
                        return Heading(joined, "num:1", i, k, 1, (int(m.group(1)),))
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
        dangling = re.search(r"(?:,|\b(?:e|di|del|della|dei|degli|delle|ed|per|a|da|in|–|-))$", text, re.IGNORECASE)
        colon_title = text.endswith(":") and KEYWORD_RE.match(text) and len(nxt.clean) <= 60
        if (cont_upper or dangling or colon_title) and len(text) + len(nxt.clean) <= 160 \
                and not _NUMBERED_RE.match(nxt.clean) and not KEYWORD_RE.match(nxt.clean):
            text = f"{text} {nxt.clean}"
            last += 1
            continue
        break

    after = next_nonblank(lines, last + 1, limit)
    if after is None and not trailing_ok:
        return None  # a heading needs something under it
    shape = _heading_shape(text.rstrip(":") if KEYWORD_RE.match(text) else text)
    if shape:
        style, depth = shape
        if style.startswith("num:") and _is_list_item(lines, i, last, limit):
            return None
        # an upper-case line inside running text is emphasis, not a heading
        if (
            style == "tag" and not prev_blank and prev_line is not None
            and not _is_heading_like_line(prev_line.clean)
        ):
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
    return bool(_NUMBERED_RE.match(s) or KEYWORD_RE.match(s) or _MD_HEADING_RE.match(s)) and len(s) <= 120


def _is_list_item(lines: Sequence[Line], i: int, last: int, limit: int) -> bool:
    """'1. foo' directly followed by '2. bar' is a list, not two headings; so are
    numbered lines right under a line that announces them ("Fasi:"), down to the
    last item of such a run. Walks the run once (no recursion: a long list is
    linear work, never a deep call stack)."""
    depth = _num_depth(lines[i].clean)
    if depth is None:
        return False
    # the contiguous run of same-depth numbered lines that ends at i
    start = i
    while start > 0 and not lines[start - 1].blank and _num_depth(lines[start - 1].clean) == depth:
        start -= 1
    above = prev_nonblank(lines, start - 1) if start > 0 else None
    if above is not None and above == start - 1 and lines[above].clean.endswith(":"):
        return True
    # an item that ends like a sentence above a sibling makes it and those after it items
    for j in range(start, i + 1):
        end = last if j == i else j
        nxt = next_nonblank(lines, end + 1, limit)
        if nxt is not None and _num_depth(lines[nxt].clean) == depth and lines[j].clean.endswith((".", ";")):
            return True
    return False


def _num_depth(text: str) -> int | None:
    m = _NUMBERED_RE.match(text)
    return len([p for p in m.group("num").split(".") if p]) if m else None
