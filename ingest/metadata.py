"""Document-level metadata: which municipality, which three-year period, a title.

Everything is inferred from the text first and from the file name second, and the
caller's overrides always win. Nothing is invented: a document that never names
its municipality (e.g. a DUP table shared by a union of municipalities) gets
`ente=None`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping

from ingest.models import DocumentMeta, LayoutKind, LoadedDocument
from ingest.text import (
    FILE_NAME_NOISE,
    MENTION_STOP_WORDS,
    PLACE_MENTION_RE,
    PLACE_PARTICLES,
    normalize_place_name,
    parse_file_name,
    place_mention_re,
)

OVERRIDE_KEYS = frozenset({"ente", "periodo", "title", "layout"})

_PERIOD_RE = re.compile(r"(?<!\d)(20\d\d)\s*[-–—/_]\s*(20\d\d|\d\d)(?!\d)")
_PIAO_MARK_RE = re.compile(
    r"(?i)(?:p\.?\s?i\.?\s?a\.?\s?o\.?|piano\s+integrato[^\n]{0,60}?)[\s\S]{0,12}?"
    r"(20\d\d)\s*[-–—/]\s*(20\d\d|\d\d)(?!\d)"
)
_DUP_MARK_RE = re.compile(r"(?i)\b(?:d\.?u\.?p\.?)\s*(20\d\d)\s*[-–—/]\s*(20\d\d|\d\d)(?!\d)")


def infer_meta(
    doc: LoadedDocument,
    layout: LayoutKind,
    overrides: Mapping[str, str] | None = None,
) -> DocumentMeta:
    """Infer ente, periodo and title of `doc`; `overrides` win over inference.

    Raises:
        ValueError: an override key is unknown or its layout value is invalid.
    """
    overrides = dict(overrides or {})
    unknown = set(overrides) - OVERRIDE_KEYS
    if unknown:
        raise ValueError(f"unknown metadata override(s): {sorted(unknown)}")
    if "layout" in overrides:
        layout = LayoutKind(overrides["layout"])

    ente = overrides["ente"] if "ente" in overrides else infer_ente(doc.text, doc.file_name)
    periodo = overrides["periodo"] if "periodo" in overrides else infer_periodo(doc.text, doc.file_name)
    title = overrides.get("title") or infer_title(doc.text, doc.file_name, ente, periodo)
    return DocumentMeta(
        doc_id=doc.file_name,
        file_name=doc.file_name,
        title=title,
        ente=ente or None,
        periodo=periodo or None,
        layout=layout,
        n_pages=max(1, len(doc.pages)),
        content_hash=doc.content_hash,
    )


# --------------------------------------------------------------------------- ente


def _clean_mention(name: str) -> str:
    words = name.replace("\n", " ").split()
    kept: list[str] = []
    for word in words:
        if word.lower().strip(".,;:") in MENTION_STOP_WORDS and word.lower() not in PLACE_PARTICLES:
            break
        kept.append(word)
    while kept and kept[-1].lower() in PLACE_PARTICLES:
        kept.pop()
    return " ".join(kept).strip(" .,;:*")


def _text_mentions(text: str) -> tuple[Counter[str], set[str]]:
    """Weighted 'Comune di X' mentions and the names mentioned outside tables.

    A standalone line (a page header) counts most, a mention in running prose
    counts, a mention inside a table cell barely counts: there it usually names a
    partner, not the document's own municipality.
    """
    scores: Counter[str] = Counter()
    outside_tables: set[str] = set()
    for match in PLACE_MENTION_RE.finditer(text):
        name = _clean_mention(match.group("name"))
        if not name or len(name) < 3:
            continue
        line_start = text.rfind("\n", 0, match.start()) + 1
        line_end = text.find("\n", match.end())
        line = text[line_start: line_end if line_end >= 0 else len(text)]
        bare = line.strip().strip("*").strip()
        if len(bare) <= len(match.group(0)) + 4:
            weight = 3.0
        elif "\t" in line:
            weight = 0.5
        else:
            weight = 1.0
        if match.start() < 400 and "\t" not in line:
            weight += 1.0  # the cover page names the document's own municipality
        key = normalize_place_name(name)
        scores[key] += weight
        if weight >= 1.0:
            outside_tables.add(key)
    merged = _merge_prefixes(scores)
    return merged, {_merged_name(n, merged) for n in outside_tables}


def _merged_name(name: str, merged: Counter[str]) -> str:
    if name in merged:
        return name
    return next((n for n in merged if n.lower().startswith(name.lower() + " ")), name)


def _merge_prefixes(scores: Counter[str]) -> Counter[str]:
    """'Monte' is a truncated 'Monte d'Oro' when both occur: merge the counts."""
    merged: Counter[str] = Counter(scores)
    for short in list(scores):
        longer = [n for n in scores if n != short and n.lower().startswith(short.lower() + " ")]
        if len(longer) == 1:
            merged[longer[0]] += merged.pop(short)
    return merged


def _file_name_candidate(file_name: str) -> str | None:
    """The municipality part of a file name like 'borgo-nuovo_piao-2024-2026_x.txt'."""
    tokens = [t for t in re.split(r"[-\s]+", parse_file_name(file_name).place) if t]
    if not tokens or any(t.isdigit() for t in tokens) or tokens[0] in FILE_NAME_NOISE:
        return None
    words: list[str] = []
    for i, token in enumerate(tokens):
        # file names drop apostrophes: "dadda" is "d'Adda", "sulladda" is "sull'Adda"
        m = re.fullmatch(r"(d|dell|sull|nell|all)([aeiou][a-z]{2,})", token) if i > 0 else None
        words.append(f"{m.group(1)}'{m.group(2)}" if m else token)
    return normalize_place_name(" ".join(words))


def _supported_by_text(candidate: str, text: str) -> bool:
    """Is the file-name candidate used in the text as a place name?

    Italian municipality names take no article, so "del Chianti" (a district)
    does not count, while "Rendere Valchiara una città..." does.
    """
    head = candidate.split(" ")[0]
    hits = list(re.finditer(rf"(?i)\b{re.escape(head)}\b", text))
    if not hits:
        return False
    bare = 0
    for hit in hits:
        before = text[max(0, hit.start() - 8): hit.start()].lower()
        if re.search(r"\b(?:del|nel|il|al|dal|sul|lo|l')\s*$", before):
            continue
        if text[hit.start()].isupper():
            bare += 1
    return bare > 0


def infer_ente(text: str, file_name: str) -> str | None:
    """The municipality the document belongs to, or None when it is not stated."""
    scores, outside_tables = _text_mentions(text)
    from_file = _file_name_candidate(file_name)
    confirmed = set(outside_tables)
    if from_file:
        for name in list(scores):
            if _same_place(name, from_file):
                scores[name] += 3.0
                confirmed.add(name)
    candidates = {
        n: s + _bare_use_bonus(text, n) for n, s in scores.items() if n in confirmed and s >= 2.0
    }
    if candidates:
        return max(candidates.items(), key=lambda kv: (kv[1], -_first_pos(text, kv[0])))[0]
    if from_file and _supported_by_text(from_file, text):
        return from_file
    return None


def _bare_use_bonus(text: str, name: str) -> float:
    """A plan names its own municipality everywhere, not only as "Comune di X"
    ("Custodire Valchiara", "Valchiara solidale"); a neighbour, or a name copied
    from another plan, rarely. Only re-ranks names that already qualify."""
    name_re = re.escape(name).replace(r"\ ", r"\s+").replace("'", "['’]\\s*")
    uses = len(re.findall(rf"(?i)\b{name_re}\b", text))
    mentions = len(place_mention_re(name_re).findall(text))
    return 0.25 * min(max(uses - mentions, 0), 12)


def _same_place(a: str, b: str) -> bool:
    def key(s: str) -> str:
        return re.sub(r"[^a-z]", "", s.lower())

    return key(a) == key(b) or key(a).startswith(key(b)) or key(b).startswith(key(a))


def _first_pos(text: str, name: str) -> int:
    pos = text.lower().find(name.lower())
    return pos if pos >= 0 else len(text)


# ------------------------------------------------------------------------ periodo


def _span(y1: str, y2: str) -> str | None:
    start = int(y1)
    end = int(y2) if len(y2) == 4 else int(y1[:2] + y2)
    return f"{start}-{end}" if end - start == 2 else None


def infer_periodo(text: str, file_name: str) -> str | None:
    """The three-year span 'YYYY-YYYY' of the plan."""
    head = text[:3000]
    for match in _PIAO_MARK_RE.finditer(head):
        if span := _span(match.group(1), match.group(2)):
            return span
    for match in _PERIOD_RE.finditer(parse_file_name(file_name).stem):
        if span := _span(match.group(1), match.group(2)):
            return span
    for regex in (_PIAO_MARK_RE, _DUP_MARK_RE):
        spans = Counter(s for m in regex.finditer(text) if (s := _span(m.group(1), m.group(2))))
        if spans:
            return spans.most_common(1)[0][0]
    spans = Counter(s for m in _PERIOD_RE.finditer(head) if (s := _span(m.group(1), m.group(2))))
    return spans.most_common(1)[0][0] if spans else None


# -------------------------------------------------------------------------- title


def _topic_from_file_name(file_name: str, ente: str | None) -> str | None:
    parts = parse_file_name(file_name).parts
    topic_words: list[str] = []
    for part in parts[1:] if len(parts) > 1 else []:
        words = [w for w in re.split(r"[-\s]+", part) if w]
        words = [w for w in words if not re.fullmatch(r"\d+", w) and w.lower() not in FILE_NAME_NOISE]
        topic_words.extend(words)
    if not topic_words:
        return None
    topic = " ".join(topic_words)
    if ente and _same_place(topic, ente):
        return None
    topic = re.sub(r"\bdup\b", "DUP", topic, flags=re.I)
    return topic[:1].upper() + topic[1:]


def _first_heading(text: str) -> str | None:
    for line in text.splitlines()[:80]:
        clean = re.sub(r"<[^>]+>|\*\*|^#+\s*", "", line).strip()
        if 4 <= len(clean) <= 90 and re.search(r"[A-Za-zÀ-ÿ]{3}", clean) and "\t" not in line:
            return clean
    return None


def infer_title(text: str, file_name: str, ente: str | None, periodo: str | None) -> str:
    """A short human title: 'PIAO 2024-2026 – Monte d'Oro – Performance'."""
    topic = _topic_from_file_name(file_name, ente) or _first_heading(text)
    parts = [f"PIAO {periodo}" if periodo else "PIAO", ente, topic]
    title = " – ".join(p for p in parts if p)
    return title if (ente or topic or periodo) else parse_file_name(file_name).stem
