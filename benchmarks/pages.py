"""Page provenance of PDF passages: every anchor on the right page, no running
headers or footers in passages.

For each PDF of the generated corpora (`benchmarks/corpora/docs/*`) and every golden
anchor in it (question evidence and record anchors), the page the anchor is printed
on is the page whose extracted text holds it; the passage that holds the anchor must
give that page (its `page`..`page_end` range), and so must the record whose title
holds it. Passages are also checked for furniture: "pag. N di M" lines and the
running header that opens every page.

    .venv/bin/python benchmarks/pages.py
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from ingest.loaders import load_document  # noqa: E402
from ingest.parse import parse_document  # noqa: E402
from ingest.text import collapse_lower as norm  # noqa: E402

CORPORA = REPO / "benchmarks" / "corpora"
_FOOTER_RE = re.compile(r"(?i)\bpag(?:ina)?\.?\s*\d+\s*(?:di|/)\s*\d+\b")


def anchors_by_doc() -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for path in sorted((CORPORA / "gold").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            item = json.loads(line)
            if "anchor" in item:
                out.setdefault(item["doc"], set()).add(item["anchor"])
                continue
            docs = item.get("evidence_docs") or [item.get("doc")] * len(item.get("evidence", []))
            for anchor, doc in zip(item.get("evidence", []), docs, strict=False):
                if isinstance(doc, str):
                    out.setdefault(doc, set()).add(anchor)
    return out


def main() -> None:
    anchors = anchors_by_doc()
    totals: Counter[str] = Counter()
    print(f"{'document':<58}{'anchors':>8}{'right page':>11}{'furniture':>10}")
    for path in sorted(CORPORA.glob("docs/*/*.pdf")):
        doc = load_document(path)
        parsed = parse_document(doc)
        pages = {p.number: norm(p.text) for p in doc.pages}
        n = ok = skipped = 0
        for anchor in sorted(anchors.get(path.name, ())):
            a = norm(anchor)
            true_pages = {num for num, text in pages.items() if a in text}
            holders = [c for c in parsed.chunks if a in norm(c.source_text) or a in norm(c.text)]
            if not true_pages or not holders:
                skipped += 1  # not in the text as one run: the retrieval benchmark counts these
                continue
            n += 1
            if all(any(c.page <= p <= c.page_end for p in true_pages) for c in holders):
                ok += 1
        headers = Counter(p.text.split("\n", 1)[0] for p in doc.pages if p.text)
        running = {h for h, count in headers.items() if count >= max(2, len(doc.pages) // 2)}
        furniture = sum(
            1 for c in parsed.chunks if _FOOTER_RE.search(c.text) or any(h in c.text for h in running)
        )
        totals.update(anchors=n, right=ok, furniture=furniture, chunks=len(parsed.chunks), skipped=skipped)
        print(f"{path.name[:56]:<58}{n:>8}{ok / n if n else 1:>11.3f}{furniture:>10}")
    share = totals["right"] / totals["anchors"] if totals["anchors"] else 1.0
    print(f"\nall PDFs: {totals['right']}/{totals['anchors']} anchors on the right page ({share:.3f}); "
          f"{totals['skipped']} anchors not found as one run; "
          f"{totals['furniture']} of {totals['chunks']} passages hold a running header/footer")


if __name__ == "__main__":
    main()
