"""Which layout a document has, and its structural units: see `ingest.structure.layouts`."""

from ingest.structure.layouts import ClaimFn, Layout, detect_layout, layout_for, parse_structure

__all__ = ["ClaimFn", "Layout", "detect_layout", "layout_for", "parse_structure"]
