"""The text toolkit every layer shares: the lowest layer, importing nothing of the project.

* `normalize` — the normalisers (clean, fold, squash), one per job;
* `measure` — measures and shape tests (truncate, typo distance, capitals, bullets);
* `items` — list-valued fields as text.

Code outside this package imports these names from `ingest.text`.
"""

from ingest.text.items import join_items
from ingest.text.measure import (
    DATE_RE,
    PATH_MAX_CHARS,
    edit_distance,
    is_bullet,
    is_near,
    n_letters,
    truncate,
    upper_ratio,
)
from ingest.text.normalize import (
    clean_text,
    collapse_lower,
    drop_whitespace,
    fold_ascii,
    fold_code,
    fold_label,
    fold_name,
    fold_name_word,
    fold_phrase,
    fold_token,
    fold_value,
    fold_words,
    squash_quote,
    strip_accents,
)

__all__ = [
    "DATE_RE",
    "PATH_MAX_CHARS",
    "clean_text",
    "collapse_lower",
    "drop_whitespace",
    "edit_distance",
    "fold_ascii",
    "fold_code",
    "fold_label",
    "fold_name",
    "fold_name_word",
    "fold_phrase",
    "fold_token",
    "fold_value",
    "fold_words",
    "is_bullet",
    "is_near",
    "join_items",
    "n_letters",
    "squash_quote",
    "strip_accents",
    "truncate",
    "upper_ratio",
]
