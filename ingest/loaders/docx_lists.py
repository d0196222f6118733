"""The marker Word shows before a list paragraph ("•", "1.", "a)").

A Word list is a property of the paragraph (its own numbering or its style's), not of
its text: read without it, the items of "Azioni:" run on as plain lines and read as
one sentence. Each item is given the marker Word shows, bullets as "-", numbers counted
as Word counts them (per list and level, a level's count restarting after a higher
level's item), indented two spaces a level, as a plain-text list would be written.
"""

from __future__ import annotations

import re

from docx.document import Document as DocxDocument
from docx.oxml.ns import qn
from lxml.etree import _Element

# Word's built-in list styles of a deeper level ("List Bullet 2", "List Number 3")
_NTH_LIST_STYLE = re.compile(r"^List (?:Bullet|Number|Continue)\s+([2-9])$")
# a level's number formats that Word writes as letters or roman numerals
_LETTERS = "abcdefghijklmnopqrstuvwxyz"
_ROMAN = [(10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]


class ListMarkers:
    """Markers of the list paragraphs of one document, counted in reading order."""

    def __init__(self, document: DocxDocument) -> None:
        self._levels: dict[tuple[str, int], tuple[str, str, int]] = {}  # (numId, ilvl) → format, text, start
        self._style_num: dict[str, tuple[str, int]] = {}
        self._style_depth: dict[str, int] = {}  # levels a style's name adds ("List Bullet 2": 1)
        self._counts: dict[tuple[str, int], int] = {}
        self._read_numbering(document)
        self._read_styles(document)

    def marker(self, p: _Element) -> str:
        """The marker and indentation of paragraph `p` ("- ", "  1. "), or ""."""
        num = self._numbering_of(p)
        if num is None or num not in self._levels and (num[0], 0) not in self._levels:
            return ""
        num_id, level = num
        fmt, text, start = self._levels.get(num, self._levels.get((num_id, 0), ("bullet", "", 1)))
        self._counts[num] = self._counts.get(num, start - 1) + 1
        for key in [k for k in self._counts if k[0] == num_id and k[1] > level]:
            del self._counts[key]  # a deeper level counts again after this item
        indent = "  " * (level + self._depth_of(p))
        if fmt == "none":
            return ""
        if fmt == "bullet" or not text:
            return f"{indent}- "
        shown = re.sub(r"%(\d)", lambda m: self._number(num_id, int(m.group(1)) - 1), text)
        return f"{indent}{shown.strip()} " if shown.strip() else f"{indent}- "

    # -- reading the document's numbering definitions

    def _number(self, num_id: str, level: int) -> str:
        count = self._counts.get((num_id, level), 1)
        fmt = self._levels.get((num_id, level), ("decimal", "", 1))[0]
        if fmt in ("lowerLetter", "upperLetter"):
            letter = _LETTERS[(count - 1) % len(_LETTERS)]
            return letter.upper() if fmt == "upperLetter" else letter
        if fmt in ("lowerRoman", "upperRoman"):
            roman, n = "", count
            for value, digits in _ROMAN:
                while n >= value:
                    roman, n = roman + digits, n - value
            return roman.upper() if fmt == "upperRoman" else roman
        return str(count)

    def _depth_of(self, p: _Element) -> int:
        """The levels the paragraph's list style adds by its name, when its numbering
        comes from that style."""
        ppr = p.find(qn("w:pPr"))
        style = ppr.find(qn("w:pStyle")) if ppr is not None else None
        if style is None or ppr.find(qn("w:numPr")) is not None:
            return 0
        return self._style_depth.get(style.get(qn("w:val"), ""), 0)

    def _numbering_of(self, p: _Element) -> tuple[str, int] | None:
        """The paragraph's list and level: its own numPr, else its style's."""
        ppr = p.find(qn("w:pPr"))
        if ppr is None:
            return None
        num_pr = ppr.find(qn("w:numPr"))
        style = ppr.find(qn("w:pStyle"))
        from_style = self._style_num.get(style.get(qn("w:val"), "")) if style is not None else None
        if num_pr is None:
            return from_style
        num_id_el, ilvl_el = num_pr.find(qn("w:numId")), num_pr.find(qn("w:ilvl"))
        num_id = num_id_el.get(qn("w:val")) if num_id_el is not None else (from_style or ("", 0))[0]
        level = int(ilvl_el.get(qn("w:val"), "0")) if ilvl_el is not None else (from_style or ("", 0))[1]
        return None if not num_id or num_id == "0" else (num_id, level)

    def _read_numbering(self, document: DocxDocument) -> None:
        try:
            numbering = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return  # a document without lists
        abstract: dict[str, dict[int, tuple[str, str, int]]] = {}
        for node in numbering.findall(qn("w:abstractNum")):
            abstract[node.get(qn("w:abstractNumId"), "")] = {
                int(lvl.get(qn("w:ilvl"), "0")): _level(lvl) for lvl in node.findall(qn("w:lvl"))}
        for num in numbering.findall(qn("w:num")):
            num_id = num.get(qn("w:numId"), "")
            ref = num.find(qn("w:abstractNumId"))
            levels = dict(abstract.get(ref.get(qn("w:val"), "") if ref is not None else "", {}))
            for override in num.findall(qn("w:lvlOverride")):
                level = int(override.get(qn("w:ilvl"), "0"))
                start = override.find(qn("w:startOverride"))
                if start is not None and level in levels:
                    fmt, text, _ = levels[level]
                    levels[level] = (fmt, text, int(start.get(qn("w:val"), "1")))
            for level, spec in levels.items():
                self._levels[(num_id, level)] = spec

    def _read_styles(self, document: DocxDocument) -> None:
        """Paragraph styles that carry a numbering ("List Bullet", "List Number 2"),
        directly or through the style they are based on."""
        own: dict[str, tuple[str, int]] = {}
        based_on: dict[str, str] = {}
        for style in document.styles.element.findall(qn("w:style")):
            style_id = style.get(qn("w:styleId"), "")
            num_pr = style.find(f"{qn('w:pPr')}/{qn('w:numPr')}")
            if num_pr is not None and (num_id := num_pr.find(qn("w:numId"))) is not None:
                ilvl = num_pr.find(qn("w:ilvl"))
                level = int(ilvl.get(qn("w:val"), "0")) if ilvl is not None else 0
                # (Word's built-in list styles name their level: "List Bullet 2" is the
                # second level, though its own list counts it at level 0)
                name = style.find(qn("w:name"))
                if level == 0 and name is not None and (nth := _NTH_LIST_STYLE.match(name.get(qn("w:val"), ""))):
                    self._style_depth[style_id] = int(nth.group(1)) - 1
                own[style_id] = (num_id.get(qn("w:val"), ""), level)
            if (parent := style.find(qn("w:basedOn"))) is not None:
                based_on[style_id] = parent.get(qn("w:val"), "")
        for style_id in {*own, *based_on}:
            current, seen = style_id, set()
            while current and current not in own and current not in seen:
                seen.add(current)
                current = based_on.get(current, "")
            if current in own and own[current][0] not in ("", "0"):
                self._style_num[style_id] = own[current]


def _level(lvl: _Element) -> tuple[str, str, int]:
    fmt = lvl.find(qn("w:numFmt"))
    text = lvl.find(qn("w:lvlText"))
    start = lvl.find(qn("w:start"))
    return (fmt.get(qn("w:val"), "decimal") if fmt is not None else "decimal",
            text.get(qn("w:val"), "") if text is not None else "",
            int(start.get(qn("w:val"), "1")) if start is not None else 1)
