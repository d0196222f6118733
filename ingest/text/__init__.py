"""The text toolkit every layer shares: the lowest layer, importing nothing of the project.

* `normalize` — the normalisers (clean, fold, squash), one per job;
* `measure` — measures and shape tests (truncate, typo distance, capitals, bullets);
* `words` — Italian word lists, each named for the place it is used;
* `patterns` — "Comune di X" and place names, the file-name convention;
* `fields` — `Field`, the keys of objective fields (a StrEnum), LIST_FIELDS and PARTY_FIELDS;
* `tense` — a sentence that tells the past and commits to nothing;
* `sentences` — a line split into sentences (abbreviations keep theirs whole);
* `items` — list-valued fields as text: `join_items` / `split_items`, an item's detail
  (`join_pair` / `split_pair`); the only place their separators live.

Code outside this package imports these names from `ingest.text`.
"""

from ingest.text.fields import LIST_FIELDS, ONE_SENTENCE_FIELDS, PARTY_FIELDS, Field
from ingest.text.items import (
    ITEM_SEP,
    LINE_SEP,
    has_detail,
    join_items,
    join_pair,
    split_items,
    split_pair,
)
from ingest.text.measure import (
    DATE_RE,
    DAY_RE,
    PATH_MAX_CHARS,
    edit_distance,
    is_bullet,
    is_near,
    is_placeholder,
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
    join_hyphenated,
    squash_quote,
    strip_accents,
)
from ingest.text.patterns import (
    PLACE_MENTION_RE,
    FileNameParts,
    normalize_place_name,
    parse_file_name,
    place_mention_re,
)
from ingest.text.sentences import sentences
from ingest.text.tense import tells_past
from ingest.text.words import (
    ARTICLED_PREPOSITIONS,
    ARTICLES,
    MONTHS,
    ORGANISATION_KINDS,
    REFERENCE_ABBREVIATIONS,
    ELIDED_PARTICLES,
    FILE_NAME_GENERIC_WORDS,
    PUBLIC_BODY_WORDS,
    FILE_NAME_NOISE,
    INTENT_GENERIC_WORDS,
    ITALIAN_STOPWORDS,
    MENTION_STOP_WORDS,
    OFFICE_KIND_WORDS,
    PLACE_PARTICLES,
    PREPOSITIONS,
    QUESTION_GENERIC_WORDS,
    TAG_QUALIFIERS,
)

__all__ = [
    "ARTICLED_PREPOSITIONS",
    "ARTICLES",
    "DATE_RE",
    "DAY_RE",
    "MONTHS",
    "ORGANISATION_KINDS",
    "REFERENCE_ABBREVIATIONS",
    "ELIDED_PARTICLES",
    "FILE_NAME_GENERIC_WORDS",
    "PUBLIC_BODY_WORDS",
    "FILE_NAME_NOISE",
    "INTENT_GENERIC_WORDS",
    "ITALIAN_STOPWORDS",
    "ITEM_SEP",
    "LINE_SEP",
    "LIST_FIELDS",
    "ONE_SENTENCE_FIELDS",
    "PARTY_FIELDS",
    "MENTION_STOP_WORDS",
    "OFFICE_KIND_WORDS",
    "PATH_MAX_CHARS",
    "PLACE_MENTION_RE",
    "PLACE_PARTICLES",
    "PREPOSITIONS",
    "QUESTION_GENERIC_WORDS",
    "TAG_QUALIFIERS",
    "Field",
    "FileNameParts",
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
    "has_detail",
    "is_bullet",
    "is_near",
    "is_placeholder",
    "join_hyphenated",
    "join_items",
    "join_pair",
    "n_letters",
    "normalize_place_name",
    "parse_file_name",
    "place_mention_re",
    "sentences",
    "split_items",
    "split_pair",
    "squash_quote",
    "strip_accents",
    "tells_past",
    "truncate",
    "upper_ratio",
]
