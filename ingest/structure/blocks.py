"""Labelled objective blocks: the recurring label that opens each block, and where a
block ends."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence

from ingest.models import Unit, UnitKind
from ingest.structure.block_fields import parse_block_fields, states_objective
from ingest.structure.claims import Claim, make_unit
from ingest.structure.headings import HeadingTracker, detect_heading
from ingest.structure.labels import Label, parse_label
from ingest.structure.lines import Line, prev_nonblank
from ingest.structure.tables import find_tables
from ingest.structure.vocabulary import OBJECTIVE_CODE, OBJECTIVE_WORDS, canonical_key, is_exact_label, label_key
from ingest.text import Field, fold_label


# the fields that identify one card: each card states its code or title once
_CARD_FIELDS = (Field.CODICE, Field.TITOLO)


def _block_start_label(labels: Sequence[Label], n_lines: int) -> frozenset[str]:
    """The labels (as keys) that open each objective block: a recurring objective-like
    label whose blocks hold other field labels; earliest in the document wins. Cards
    that name their identifying field with several synonyms ("Codice obiettivo", "N.
    obiettivo", "Cod.") open at any of them, when together they find more cards than
    any one label does. Empty when nothing recurs so."""
    keyed = [(lb.line, label_key(lb.label)) for lb in labels]
    mapped = {key: canonical_key(key) for _, key in keyed}
    positions: dict[str, list[int]] = {}
    for line, key in keyed:
        positions.setdefault(key, []).append(line)
    field_lines = [
        (line, key) for line, key in keyed if mapped[key] not in (None, Field.TITOLO, Field.CODICE, Field.FASI)
    ]

    def hold_fields(key: str, pos: list[int]) -> bool:
        bounds = pos + [n_lines]
        with_fields = 0
        j = 0
        for a, b in itertools.pairwise(bounds):
            while j < len(field_lines) and field_lines[j][0] <= a:
                j += 1
            k = j
            while k < len(field_lines) and field_lines[k][0] < b:
                if field_lines[k][1] != key:
                    with_fields += 1
                    break
                k += 1
        return with_fields / len(pos) >= 0.6

    best: tuple[int, str] | None = None
    for key, pos in positions.items():
        if len(pos) < 2 or not key.startswith(OBJECTIVE_WORDS):
            continue
        if mapped[key] not in (None, Field.TITOLO, Field.FASI) and not key.startswith("OBIETTIV"):
            continue
        if not hold_fields(key, pos):
            continue
        if best is None or pos[0] < best[0]:
            best = (pos[0], key)
    found = len(positions[best[1]]) if best else 0
    for card_field in _CARD_FIELDS:
        keys = frozenset(key for _, key in keyed if mapped[key] == card_field)
        pos = [line for line, key in keyed if key in keys]
        # (the field lines hold no code or title label: none is the opener itself)
        if len(keys) >= 2 and len(pos) > found and hold_fields("", pos):
            return keys
    return frozenset({best[1]}) if best else frozenset()


def find_blocks(lines: Sequence[Line], taken: set[int] | None = None) -> tuple[list[tuple[int, int]], list[Label]]:
    taken = taken or set()
    # (a line set in bold that opens with a code, "**OB.2026/02 – Titolo**", is a card's
    # title, not the label of a field)
    labels = [lb for ln in lines if ln.idx not in taken and (lb := parse_label(ln))
              and not (_bold_title(ln.raw) and _CODED_TITLE.match(ln.clean))]
    # pieces of wide table rows (wrapped PDF rows) look like labels: they can not
    # open blocks nor count as their fields
    in_tables = {
        k for t in find_tables(lines, taken) for k in [*t.header_lines, *(x for row in t.rows for x in row)]
    }
    start_keys = _block_start_label([lb for lb in labels if lb.line not in in_tables], len(lines))
    if not start_keys:
        return [], labels
    starts = [lb.line for lb in labels if label_key(lb.label) in start_keys]
    starts = _card_starts(lines, starts, {lb.line: lb for lb in labels})
    # a lone line naming the objective right above a card's first label ("SCHEDA
    # OBIETTIVO 3", a merged title row) opens the card, whatever its typography; so
    # does a line set wholly in bold there ("**OB.2026/02 – Titolo**"): typography
    # sets the card's title apart from the field values above it, blank line or not
    labelled = {lb.line for lb in labels}
    starts = [s - 1 if s > 0 and s - 1 not in labelled and not lines[s - 1].blank
              and not lines[s - 1].has_tab and not lines[s - 1].raw.lstrip().startswith("#")
              and ((s < 2 or lines[s - 2].blank or lines[s - 2].raw.lstrip().startswith("#"))
                   and (fold_label(lines[s - 1].clean).startswith(OBJECTIVE_WORDS)
                        or _CODED_TITLE.match(lines[s - 1].clean))
                   or _bold_title(lines[s - 1].raw)) else s for s in starts]
    # (a card that opens at another label, "Referente politico:" where the others open
    # at "Obiettivo strategico", still opens at its coded title line right above its
    # labels: the title line is what all cards share (under a bare label, "Obiettivo
    # strategico" / "1.1 – …", such a line is the label's value)
    if starts:
        by_line = {lb.line: lb for lb in labels}
        coded = [k for k in range(starts[0] + 1, len(lines) - 1) if k + 1 in labelled and k not in labelled
                 and not (k - 1 in by_line and not by_line[k - 1].value)
                 and _CODED_TITLE.match(lines[k].clean) and not lines[k].has_tab]
        starts = sorted(set(starts) | set(coded))
    blocks: list[tuple[int, int]] = []
    for a, b in zip(starts, starts[1:] + [len(lines)], strict=True):
        end = _trim_block_tail(lines, a, b, labels)
        # a heading line (typographic "#") closes the block above it: headings open
        # units, and the next objective's heading must reach the heading tracker
        heading = next((k for k in range(a + 1, end + 1) if lines[k].raw.lstrip().startswith("#")), None)
        if heading is not None:
            end = prev_nonblank(lines, heading - 1, a) or a
        # (so does a heading of any shape, "1.1 ORGANI DI GOVERNO", after the block's
        # last label: what follows it is another section, not the block's last field)
        # (a table's rows after the heading are no labels of the block: "Area<TAB>livello")
        last_label = max((lb.line for lb in labels if a <= lb.line <= end and not lines[lb.line].has_tab), default=a)
        # (and a line set wholly in bold after the last label's value, blank line or not:
        # typography makes it the next section's title, "**Ambito strategico 2 – …**")
        after = next((k for k in range(last_label + 1, end + 1) if lines[k - 1].blank and not lines[k].blank
                      and detect_heading(lines, k, b, frozenset()) is not None
                      or k > last_label + 1 and _bold_title(lines[k].raw)), None)
        if after is not None:
            end = prev_nonblank(lines, after - 1, a) or a
        blocks.append((a, end))
    return blocks, labels


# a title opening with its objective's code ("SG.02 – Lotta all'evasione…", "OB.2026/02 –")
_CODED_TITLE = re.compile(rf"^(?P<code>{OBJECTIVE_CODE})\s*[-–—:)]\s+(?P<title>\S.*)")


def _bold_title(raw: str) -> bool:
    """A line set wholly in bold, no field's label: a title by its typography."""
    raw = raw.strip()
    return len(raw) > 6 and raw.startswith("**") and raw.endswith("**") and raw.count("**") == 2 \
        and not is_exact_label(raw.strip("*").strip())


def _card_starts(lines: Sequence[Line], starts: list[int], by_line: dict[int, Label]) -> list[int]:
    """A card's labelled rows are one run: when a few field labels ("Codice obiettivo")
    sit right above the recurring opening label, after a heading or a blank line,
    the block begins with them, not at the opening label."""
    def run_above(s: int, floor: int) -> list[int]:
        k, run = s - 1, []
        while k >= floor and len(run) < 4 and k in by_line and not lines[k].blank \
                and not lines[k].raw.lstrip().startswith("#"):
            run.append(k)
            k -= 1
        boundary = k < floor or lines[k].blank or lines[k].raw.lstrip().startswith(("#", "**"))
        return run if boundary else []

    runs = [run_above(s, starts[n - 1] + 1 if n else 0) for n, s in enumerate(starts)]
    out: list[int] = []
    for n, s in enumerate(starts):
        nxt = starts[n + 1] if n + 1 < len(starts) else len(lines)
        next_run = set(runs[n + 1]) if n + 1 < len(runs) else set()
        # fields the card itself states below its opening are not a pre-run of it: they
        # end the card above, whatever synonym each card labels them with ("Peso %",
        # "Ponderazione")
        inside = {_field_of(lb) for k, lb in by_line.items() if s <= k < nxt and k not in next_run}
        run = [k for k in runs[n] if _field_of(by_line[k]) not in inside]
        out.append(min(run) if run and len(run) == len(runs[n]) else s)
    return out


def _field_of(lb: Label) -> str:
    return canonical_key(lb.label) or label_key(lb.label)


def _trim_block_tail(lines: Sequence[Line], a: int, b: int, labels: Sequence[Label]) -> int:
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


def claim_blocks(lines: Sequence[Line], taken: set[int]) -> list[Claim]:
    blocks, labels = find_blocks(lines, taken)
    by_line = {lb.line: lb for lb in labels}
    claims = []
    for a, b in blocks:
        claims.append(Claim(a, b, _block_builder(lines, a, b, by_line)))
    return claims


def _block_builder(
    lines: Sequence[Line], a: int, b: int, by_line: dict[int, Label]
) -> Callable[[HeadingTracker], list[Unit]]:
    def build(tracker: HeadingTracker) -> list[Unit]:
        fields = parse_block_fields(lines, a, b, by_line)
        title = fields.get(Field.TITOLO) or None
        if title is None and a not in by_line and (_bold_title(lines[a].raw) or _CODED_TITLE.match(lines[a].clean)):
            # (the card's title line above its labels, set in bold or opening with its
            # code, names it; the code it opens with is the card's own, before the number
            # of its strategic objective)
            title = fields[Field.TITOLO] = lines[a].clean
            if coded := _CODED_TITLE.match(title):
                fields[Field.CODICE], fields[Field.TITOLO] = coded.group("code"), coded.group("title").strip()
        crumb = (title,) if title else ()
        if title is None and (crumbs := tracker.path()) and fold_label(crumbs[-1]).startswith(OBJECTIVE_WORDS):
            # a block whose labels carry no title: the objective's own heading names it,
            # whole (the breadcrumb shows it shortened; the title is the record's and the answer's)
            title = tracker.innermost() or crumbs[-1]
            fields[Field.TITOLO] = title
            crumb = (crumbs[-1],)
        # (a block that states no field of an objective, an e-mail's "Da: / Oggetto:"
        # header, an anagrafica, has only the look of one: a section)
        kind = UnitKind.OBJECTIVE if states_objective(fields) else UnitKind.SECTION
        unit = make_unit(lines, a, b, kind, tracker.path() + crumb, title, fields)
        return [unit] if unit else []

    return build
