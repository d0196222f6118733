"""Cut structural units into indexable chunks.

A unit that fits the budget is exactly one chunk: an objective block or a table
row is never split unless it is too long. A too-long unit is split at its internal
sub-section boundaries (description / phases / critical factors / indicators /
employees), then paragraphs, lines, sentences; every part keeps the breadcrumb plus
a short part label. Consecutive small generic sections under the same parent are
merged so that retrieval does not return heading-sized crumbs.

Every chunk's `text` is `breadcrumb` + newline + a cleaned body (what BM25, the
embedder and the answer step see); `source_text` is the exact slice of the document
text, so citations and evidence checks stay verbatim.
"""

from __future__ import annotations

import html
import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ingest.chunk_spans import (
    hard_split_text,
    is_prose,
    line_spans,
    paragraph_spans,
    sentence_spans,
    word_spans,
)
from ingest.models import (
    BREADCRUMB_SEP,
    Chunk,
    DocumentMeta,
    LoadedDocument,
    Unit,
    UnitKind,
    chunk_id,
)
from ingest.structure.layouts import layout_for
from ingest.tokens import count_tokens

SplitFn = Callable[[str, Unit], list[tuple[int, int, str]]]

logger = logging.getLogger(__name__)

# Units that stand for one thing the user asks about: never glued to neighbours.
_ATOMIC_KINDS = frozenset({UnitKind.OBJECTIVE, UnitKind.TABLE_ROW, UnitKind.ORG_CHART, UnitKind.SUMMARY})

_INPUT_RE = re.compile(r"<input\b[^>]*>\s*(?:data|tempestivit[aà]|quantit[aà]|percentuale)?", re.IGNORECASE)
_TAG_RE = re.compile(r"<[^>]{0,200}>")
_BOILERPLATE_LINE_RE = re.compile(
    r"^\s*(?:[-–•]\s*)?(?:data|tempestivit[aà]|quantit[aà]|percentuale)\s*$", re.IGNORECASE
)
_ALNUM_RE = re.compile(r"[0-9A-Za-zÀ-ÿ]")
_SPACES_RE = re.compile(r"[ \t\f\v\r]+")


def render_body(source: str) -> str:
    """The body text a reader and a retriever should see for a source slice: HTML
    tags and entities resolved, radio-button and '- data - tempestività - quantità
    - percentuale' boilerplate dropped, whitespace collapsed, no blank lines."""
    out: list[str] = []
    for raw in source.split("\n"):
        line = _INPUT_RE.sub(" ", raw)
        line = _TAG_RE.sub("", line)
        line = html.unescape(line).replace("**", "")
        line = _SPACES_RE.sub(" ", line).strip()
        if not line or _BOILERPLATE_LINE_RE.match(line) or not _ALNUM_RE.search(line):
            continue
        out.append(line)
    return "\n".join(out)


def drop_repeated_headings(body: str, breadcrumb: Sequence[str], window: int = 12) -> str:
    """Heading lines at the top of a body that the breadcrumb already shows verbatim
    are dropped: the breadcrumb line carries them, repeating them only costs tokens."""
    crumbs = {c for c in breadcrumb if not c.endswith("…")}
    lines = body.split("\n")
    kept = [ln for n, ln in enumerate(lines) if not (n < window and ln in crumbs)]
    return "\n".join(kept) if kept else body


@dataclass(frozen=True, slots=True)
class _Piece:
    """A candidate chunk before ids and pages are assigned."""

    kind: UnitKind
    start: int
    end: int
    breadcrumb: tuple[str, ...]
    body: str
    fields: dict[str, str]


class Chunker:
    """Units -> chunks within a token (and character) budget.

    Args:
        max_tokens: budget of one chunk, breadcrumb line included.
        min_tokens: generic sections smaller than this are merged with their
            neighbours under the same parent heading.
        max_chars: character budget of one chunk (the answer step gets the top
            passages verbatim, so their length matters as much as their tokens).
    """

    def __init__(self, max_tokens: int = 300, min_tokens: int = 40, max_chars: int | None = 1200) -> None:
        if not isinstance(max_tokens, int) or isinstance(max_tokens, bool) or max_tokens < 32:
            raise ValueError(f"max_tokens must be an integer >= 32, got {max_tokens!r}")
        if not isinstance(min_tokens, int) or isinstance(min_tokens, bool) or not 0 <= min_tokens < max_tokens:
            raise ValueError(f"min_tokens must be an integer in [0, max_tokens), got {min_tokens!r}")
        if max_chars is not None and (not isinstance(max_chars, int) or max_chars < 200):
            raise ValueError(f"max_chars must be None or an integer >= 200, got {max_chars!r}")
        self.max_tokens = max_tokens
        self.min_tokens = min_tokens
        self.max_chars = max_chars

    # ------------------------------------------------------------------ public

    def __call__(self, doc: LoadedDocument, meta: DocumentMeta, units: Sequence[Unit]) -> list[Chunk]:
        text = doc.text
        root = meta.breadcrumb_root
        bodies = [u.rendered if u.rendered is not None else render_body(text[u.char_start: u.char_end]) for u in units]
        pieces: list[_Piece] = []
        split = layout_for(meta.layout).split_points  # where this layout may cut a long unit
        for group in self._groups(root, units, bodies):
            pieces.extend(self._pieces(text, root, [units[i] for i in group], [bodies[i] for i in group], split))
        content_hash = meta.content_hash or doc.content_hash
        chunks: list[Chunk] = []
        for ordinal, piece in enumerate(pieces):
            chunk_text = self._compose(piece.breadcrumb, piece.body)
            chunks.append(
                Chunk(
                    id=chunk_id(content_hash, piece.start, piece.end, ordinal),
                    doc_id=meta.doc_id,
                    ordinal=ordinal,
                    kind=piece.kind,
                    text=chunk_text,
                    source_text=text[piece.start: piece.end],
                    page=doc.page_at(piece.start),
                    page_end=doc.page_at(max(piece.start, piece.end - 1)),
                    char_start=piece.start,
                    char_end=piece.end,
                    breadcrumb=piece.breadcrumb,
                    fields=dict(piece.fields),
                    n_tokens=count_tokens(chunk_text),
                )
            )
        logger.debug("chunked doc_id=%s units=%d chunks=%d", meta.doc_id, len(units), len(chunks))
        return chunks

    # ------------------------------------------------------------------ budget

    @staticmethod
    def _compose(breadcrumb: tuple[str, ...], body: str) -> str:
        head = BREADCRUMB_SEP.join(breadcrumb)
        return f"{head}\n{body}" if body else head

    def _fits(self, breadcrumb: tuple[str, ...], body: str) -> bool:
        composed = self._compose(breadcrumb, body)
        if self.max_chars is not None and len(composed) > self.max_chars:
            return False
        # a token is never shorter than a character: skip the BPE when obviously fine
        if len(composed) <= self.max_tokens:
            return True
        return count_tokens(composed) <= self.max_tokens

    # ------------------------------------------------------------------ merging

    def _groups(self, root: tuple[str, ...], units: Sequence[Unit], bodies: Sequence[str]) -> list[list[int]]:
        """Consecutive small generic sections under one parent heading go together."""
        groups: list[list[int]] = []
        sizes = [count_tokens(b) if units[i].kind == UnitKind.SECTION else 0 for i, b in enumerate(bodies)]
        for i, unit in enumerate(units):
            if groups and self._can_merge(root, units, bodies, sizes, groups[-1], i):
                groups[-1].append(i)
            else:
                groups.append([i])
        return groups

    def _can_merge(
        self,
        root: tuple[str, ...],
        units: Sequence[Unit],
        bodies: Sequence[str],
        sizes: Sequence[int],
        group: list[int],
        i: int,
    ) -> bool:
        unit, last = units[i], units[group[-1]]
        if unit.kind != UnitKind.SECTION or last.kind != UnitKind.SECTION:
            return False
        # siblings, a child after its parent's text, or anything after a preamble
        if unit.path[:-1] != last.path[:-1] and unit.path[: len(last.path)] != last.path:
            return False
        group_tokens = sum(sizes[k] for k in group)
        if group_tokens >= self.min_tokens and sizes[i] >= self.min_tokens:
            return False
        parent = _common_prefix([units[k].path for k in group] + [unit.path])
        merged = "\n".join([bodies[k] for k in group] + [bodies[i]])
        return self._fits(root + parent, merged)

    # ------------------------------------------------------------------ splitting

    def _pieces(
        self, text: str, root: tuple[str, ...], group: list[Unit], bodies: list[str], split: SplitFn
    ) -> list[_Piece]:
        first, last = group[0], group[-1]
        if len(group) > 1:
            path = _common_prefix([u.path for u in group])
            body = render_body(text[first.char_start: last.char_end])
            return [_Piece(UnitKind.SECTION, first.char_start, last.char_end, root + path, body, {})]
        unit = first
        breadcrumb = root + unit.path
        body = drop_repeated_headings(bodies[0], unit.path)
        if self._fits(breadcrumb, body):
            return [_Piece(unit.kind, unit.char_start, unit.char_end, breadcrumb, body, unit.fields)]
        if unit.rendered is not None:
            return self._split_rendered(unit, breadcrumb)
        return self._split_source(text, unit, breadcrumb, split)

    def _split_rendered(self, unit: Unit, breadcrumb: tuple[str, ...]) -> list[_Piece]:
        """A too-long table row: pack its 'COLUMN: value' lines; every part keeps
        the whole row as its source span (the row is one line of the document)."""
        assert unit.rendered is not None
        crumb = breadcrumb + ("parte 1",)
        atoms: list[str] = []
        for line in unit.rendered.split("\n"):
            if self._fits(crumb, line):
                atoms.append(line)
            else:
                atoms.extend(hard_split_text(line, self._char_budget(crumb)))
        bodies = _pack_texts(atoms, lambda body: self._fits(crumb, body))
        numbered = len(bodies) > 1
        return [
            _Piece(
                unit.kind, unit.char_start, unit.char_end,
                breadcrumb + ((f"parte {n + 1}",) if numbered else ()), body, unit.fields,
            )
            for n, body in enumerate(bodies)
        ]

    def _split_source(self, text: str, unit: Unit, breadcrumb: tuple[str, ...], split: SplitFn) -> list[_Piece]:
        parts = split(text, unit) or [(unit.char_start, unit.char_end, "")]
        atoms: list[_Atom] = []
        for start, end, label in parts:
            crumb = breadcrumb + ((label,) if label else ("parte 10",))
            atoms.extend(self._atoms(text, start, end, label, crumb))
        groups = self._pack(breadcrumb, atoms)
        pieces = [self._part_piece(text, unit, breadcrumb, g) for g in groups]
        # unlabeled parts get a running number so breadcrumbs stay distinct
        if len(pieces) > 1:
            pieces = [
                p if p.breadcrumb != breadcrumb else
                _Piece(p.kind, p.start, p.end, breadcrumb + (f"parte {n + 1}",), p.body, p.fields)
                for n, p in enumerate(pieces)
            ]
        return [p for p in pieces if p.body]

    def _pack(self, breadcrumb: tuple[str, ...], atoms: list[_Atom]) -> list[list[_Atom]]:
        """Pack atoms into parts, keeping each sub-section (all its indicators, all
        its phases) in one part when it fits: a sub-section that does not fit in
        the current part starts a new one instead of being cut across two."""
        segments: list[list[_Atom]] = []
        for atom in atoms:
            if segments and segments[-1][-1].label == atom.label:
                segments[-1].append(atom)
            else:
                segments.append([atom])
        groups: list[list[_Atom]] = []
        for segment in segments:
            if groups and self._fits_atoms(breadcrumb, groups[-1] + segment):
                groups[-1].extend(segment)
                continue
            if groups and self._fits_atoms(breadcrumb, segment):
                groups.append(list(segment))
                continue
            for atom in segment:  # a segment larger than a part: greedy, in order
                if groups and self._fits_atoms(breadcrumb, groups[-1] + [atom]):
                    groups[-1].append(atom)
                else:
                    groups.append([atom])
        return groups

    def _fits_atoms(self, breadcrumb: tuple[str, ...], atoms: list[_Atom]) -> bool:
        crumb = self._part_crumb(breadcrumb, atoms, placeholder=True)
        return self._fits(crumb, "\n".join(a.body for a in atoms))

    def _part_crumb(
        self, breadcrumb: tuple[str, ...], atoms: Sequence[_Atom], placeholder: bool = False
    ) -> tuple[str, ...]:
        """Breadcrumb of a part; `placeholder` reserves room for a 'parte N' label."""
        labels: list[str] = []
        for atom in atoms:
            if atom.label and atom.label not in labels:
                labels.append(atom.label)
        if labels:
            return breadcrumb + (", ".join(labels),)
        return breadcrumb + (("parte 10",) if placeholder else ())

    def _part_piece(self, text: str, unit: Unit, breadcrumb: tuple[str, ...], atoms: list[_Atom]) -> _Piece:
        start, end = atoms[0].start, atoms[-1].end
        body = drop_repeated_headings(render_body(text[start:end]), unit.path)
        return _Piece(unit.kind, start, end, self._part_crumb(breadcrumb, atoms), body, unit.fields)

    def _atoms(self, text: str, start: int, end: int, label: str, crumb: tuple[str, ...]) -> list[_Atom]:
        """Split [start, end) until each piece fits: paragraphs, lines, sentences, words."""
        body = render_body(text[start:end])
        if self._fits(crumb, body):
            return [_Atom(start, end, label, body)]
        splitters = (paragraph_spans, sentence_spans, line_spans) if is_prose(body) else \
            (paragraph_spans, line_spans, sentence_spans)
        for splitter in splitters:
            spans = splitter(text, start, end)
            if len(spans) > 1:
                out: list[_Atom] = []
                for s, e in spans:
                    out.extend(self._atoms(text, s, e, label, crumb))
                return out
        return [
            _Atom(s, e, label, render_body(text[s:e]))
            for s, e in word_spans(text, start, end, self._char_budget(crumb))
        ]

    def _char_budget(self, breadcrumb: tuple[str, ...]) -> int:
        head = len(BREADCRUMB_SEP.join(breadcrumb)) + 1
        by_tokens = self.max_tokens * 3  # Italian prose: ~3.5-4.5 chars per token
        limit = min(by_tokens, self.max_chars) if self.max_chars else by_tokens
        return max(80, limit - head)


@dataclass(frozen=True, slots=True)
class _Atom:
    """The smallest span a too-long unit is cut into, with its rendered body."""

    start: int
    end: int
    label: str
    body: str


# ---------------------------------------------------------------------- helpers


def _common_prefix(paths: Sequence[tuple[str, ...]]) -> tuple[str, ...]:
    if not paths:
        return ()
    prefix = list(paths[0])
    for path in paths[1:]:
        n = 0
        while n < len(prefix) and n < len(path) and prefix[n] == path[n]:
            n += 1
        prefix = prefix[:n]
    return tuple(prefix)


def _pack_texts(atoms: list[str], fits: Callable[[str], bool]) -> list[str]:
    bodies: list[str] = []
    current: list[str] = []
    for atom in atoms:
        candidate = "\n".join(current + [atom])
        if current and not fits(candidate):
            bodies.append("\n".join(current))
            current = [atom]
        else:
            current.append(atom)
    if current:
        bodies.append("\n".join(current))
    return bodies
