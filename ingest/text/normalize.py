"""Normalisers: every way text is cleaned, folded or squashed before it is compared.

Each function does one job and is named for it; they differ on purpose (case kept or
folded, accents removed or transliterated, punctuation kept or dropped), so pick the
one whose job matches, never a look-alike. All are pure and total (any `str` in).

| function          | result                                         | compares                           |
|-------------------|------------------------------------------------|------------------------------------|
| clean_text        | tags/entities/`**` gone, single-spaced         | cells and labels as users read them |
| strip_accents     | NFKD without combining marks, case kept        | (building block of the folds)      |
| fold_label        | "OBIETTIVO N 3": upper, no punctuation but °/% | labels against the vocabulary      |
| fold_token        | lower, accent-free word                        | words of values and source text    |
| fold_words        | fold_token words, numbers without leading 0s   | record filters                     |
| fold_value        | casefolded, accent-free, trimmed whole value   | ente / periodo filters             |
| fold_name         | "monte doro": words, apostrophes dropped    | municipality names in questions    |
| fold_name_word    | one casefolded word, edge apostrophes gone     | first names                        |
| fold_phrase       | words, apostrophes and . % kept                | proper names in drafts             |
| fold_code         | "oo.1.2": lower, separators become dots        | objective codes                    |
| fold_ascii        | [a-z0-9] only, letters transliterated (ß→ss)   | BM25 index tokens                  |
| squash_quote      | casefolded, single-spaced, &amp; decoded       | quotes against passages            |
| collapse_lower    | lower, single-spaced (the eval README's N(s))  | evaluation answers and values      |
| drop_whitespace   | no whitespace at all                           | lines of two PDF extractions       |
"""

from __future__ import annotations

import html
import re
import unicodedata
from functools import lru_cache

_TAG_RE = re.compile(r"<[^>]{0,200}>")
_WS_RE = re.compile(r"\s+")
_MD_BOLD_RE = re.compile(r"\*\*")
_WORD_RE = re.compile(r"\w+")
_LABEL_DROP_RE = re.compile(r"[^A-Za-z0-9°%]+")
_NAME_APOSTROPHE_RE = re.compile(r"['’`]")
_NAME_WORD_RE = re.compile(r"[a-z0-9]+")
_PHRASE_APOSTROPHE_RE = re.compile(r"[’`]")
_PHRASE_TOKEN_RE = re.compile(r"[\w']+|[.%]")
_CODE_SEPARATORS_RE = re.compile(r"[^a-z0-9]+")
_NOT_ASCII_ALNUM_RE = re.compile(r"[^a-z0-9]")


# a line break written as HTML (a Markdown table's cell holds no newline): before a
# lower-case word it wraps a sentence, before anything else it parts two items
# ("Settore 4<br>Settore 2", "80%<br>90%")
_BREAK_TAG_RE = re.compile(r"(?i)\s*<br\s*/?>\s*(?=(\S?))")


def _break(m: re.Match[str]) -> str:
    return " " if m.group(1).islower() else "; "


# a Markdown link: to a place in the same document ("[↑ Torna alla tabella](#obiettivi)")
# it is navigation, no content; elsewhere its text is what the reader reads
_ANCHOR_LINK_RE = re.compile(r"\[[^\]\n]{0,120}\]\(#[^)\s]*\)")
_LINK_RE = re.compile(r"\[([^\]\n]{1,200})\]\([^)\s]+\)")


def clean_text(s: str) -> str:
    """Cell/label text as users read it: no HTML tags (a line break parts two items),
    entities decoded, no `**`, Markdown links as their text (none to the document's own
    places), whitespace collapsed."""
    s = _ANCHOR_LINK_RE.sub("", s)
    s = _LINK_RE.sub(r"\1", s)
    s = _BREAK_TAG_RE.sub(_break, s)
    s = _TAG_RE.sub("", s)
    s = html.unescape(s)
    s = _MD_BOLD_RE.sub("", s)
    return _WS_RE.sub(" ", s).strip()


def strip_accents(text: str) -> str:
    """`text` decomposed (NFKD) without its combining marks: "Città" -> "Citta"; case kept."""
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c))


@lru_cache(maxsize=4096)
def fold_label(s: str) -> str:
    """Upper-case, accent-free, punctuation-free key for vocabulary look-ups
    ("Responsabile dell'obiettivo:" -> "RESPONSABILE DELL OBIETTIVO")."""
    s = _LABEL_DROP_RE.sub(" ", strip_accents(s)).upper()
    return _WS_RE.sub(" ", s).strip()


@lru_cache(maxsize=65536)
def fold_token(token: str) -> str:
    """A word lower-cased and accent-free ("Attività" -> "attivita")."""
    return strip_accents(token).lower()


def fold_words(text: str | None) -> list[str]:
    """Lower-case, accent-free words; numbers without leading zeros ("Obiettivo 03" ->
    ["obiettivo", "3"])."""
    out = []
    for word in _WORD_RE.findall(text or ""):
        w = fold_token(word)
        if w.isdigit():
            w = str(int(w))
        out.append(w)
    return out


def fold_value(text: str) -> str:
    """Case- and accent-insensitive form of a whole value, for equality (ente, periodo)."""
    return strip_accents(text.casefold()).strip()


def fold_name(text: str) -> str:
    """The words of a name, case and accents folded, apostrophes dropped
    ("Borgo d'Esempio" -> "borgo desempio")."""
    text = _NAME_APOSTROPHE_RE.sub("", strip_accents(text.casefold()))
    return " ".join(_NAME_WORD_RE.findall(text))


def fold_name_word(word: str) -> str:
    """One word of a person's name, casefolded and accent-free, without apostrophes at
    its ends (looked up in the first-name list)."""
    return strip_accents(word).casefold().strip("'’")


def fold_phrase(text: str) -> str:
    """Lower-case, accent-free, single-spaced words, apostrophes, dots and % kept: how
    proper names are compared."""
    text = _PHRASE_APOSTROPHE_RE.sub("'", strip_accents(text).casefold())
    return " ".join(_PHRASE_TOKEN_RE.findall(text))


def fold_code(code: str) -> str:
    """An objective code for comparison: lower case, any run of separators one dot
    ("OO-1.2" -> "oo.1.2")."""
    return _CODE_SEPARATORS_RE.sub(".", code.casefold()).strip(".")


def _ascii_fold_table() -> dict[int, str | None]:
    """Map Latin letters with diacritics to plain ASCII (è→e, ß→ss); others are dropped."""
    special = {"ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "đ": "d", "ł": "l", "ı": "i",
               "þ": "th", "ð": "d", "ħ": "h", "ŀ": "l", "ŧ": "t", "ſ": "s", "ĸ": "k"}
    table: dict[int, str | None] = {}
    for code in range(0x00C0, 0x0250):
        ch = chr(code)
        lower = ch.lower()
        if lower in special:
            table[code] = special[lower]
            continue
        base = "".join(
            c for c in unicodedata.normalize("NFKD", lower) if c.isascii() and c.isalnum()
        )
        table[code] = base or None
    return table


_ASCII_FOLD_TABLE = _ascii_fold_table()


def fold_ascii(text: str) -> str:
    """Lowercase and strip diacritics; anything left outside [a-z0-9] is removed."""
    folded = text.lower().translate(_ASCII_FOLD_TABLE)
    if not folded.isascii() or not folded.isalnum():
        folded = _NOT_ASCII_ALNUM_RE.sub("", folded)
    return folded


# a word cut by a hyphen where its line wraps ("digitaliz-" / "zazione"), also once
# the wrap became a space: the rest of the word opens the next line in lower case
_HYPHEN_WRAP_RE = re.compile(r"(?<=[^\W\d_])-\s+(?=[a-zà-ÿ])")


def join_hyphenated(text: str) -> str:
    """`text` with the words a line wrap cut by a hyphen made whole again."""
    return _HYPHEN_WRAP_RE.sub("", text) if "-" in text else text


def squash_quote(text: str) -> str:
    """Whitespace-insensitive, case-insensitive form used to compare quotes (a word
    cut at a line's end is one word)."""
    return _WS_RE.sub(" ", join_hyphenated(text.replace("&amp;", "&"))).strip().casefold()


def collapse_lower(text: str) -> str:
    """The evaluation README's N(s): lower-case, collapse every whitespace run, strip."""
    return _WS_RE.sub(" ", text.lower()).strip()


def drop_whitespace(text: str) -> str:
    """`text` without any whitespace: the same line as two extractions space it."""
    return _WS_RE.sub("", text)
