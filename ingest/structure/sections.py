"""The walk over the whole document: claims build their units, the gaps between them
become generic heading-aware sections."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from ingest.models import Unit, UnitKind
from ingest.structure.claims import Claim, make_unit
from ingest.structure.headings import HeadingTracker, detect_heading
from ingest.structure.lines import Line


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
            unit = make_unit(lines, begin, end, UnitKind.SECTION, section_path, section_title)
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
    shared: set[int] = set()  # ids of units that share their lines with their neighbours
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
        if claim.shared_lines:
            shared.update(id(u) for u in built)
        units.extend(built)
        pos = claim.last + 1
    units.extend(_sections(lines, pos, len(lines), tracker, furniture))
    sharing = [id(u) in shared for u in units]
    units = _elide_document_headings(units, own_path)  # (one unit out for each unit in)
    shared = {id(u) for u, flag in zip(units, sharing, strict=True) if flag}
    units.sort(key=lambda u: u.char_start)
    return _extend_cover(lines, _drop_overlaps(units, shared), furniture)


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


def _drop_overlaps(units: list[Unit], shared: set[int]) -> list[Unit]:
    out: list[Unit] = []
    for u in units:
        if out and u.char_start < out[-1].char_end and not (id(u) in shared and id(out[-1]) in shared):
            continue
        if u.char_end > u.char_start:
            out.append(u)
    return out
