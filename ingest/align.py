"""Align extracted values with the document text they claim to come from.

Every value of an objective record must point at a span of the document's extracted
text, with how well it matches there (`Alignment`):

* exact — the value occurs verbatim once markup is resolved the way values are
  cleaned (HTML tags and `**` dropped, entities decoded, whitespace runs collapsed);
* fuzzy — the same words up to case, accents and punctuation ("100%" for a "100"
  under "% prevista"), or a close match (difflib ratio over word tokens);
* none — nothing in the text supports it.

Spans are offsets into the raw text (`document.text`), so `text[start:end]` is the
verbatim source of a value.
"""

from __future__ import annotations

import bisect
import html
import re
from dataclasses import dataclass
from difflib import SequenceMatcher

from ingest.models import Alignment
from ingest.text import fold_token

# What the clean view skips or rewrites: tags, entities, markdown bold, whitespace runs.
_MARKUP_RE = re.compile(r"<[^<>\n]{0,200}>|&(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|[A-Za-z]{2,8});|\*\*|\s+")
_WORD_RE = re.compile(r"\w+")
FUZZY_THRESHOLD = 0.8
# difflib over more tokens than this is too slow to run per value; such spans only
# get the exact and same-words passes
_MAX_FUZZY_TOKENS = 2000


def clean_view(text: str) -> tuple[str, list[int]]:
    """`text` as values are written (see module doc), with the raw offset of each char.

    The offsets list has one extra entry: the raw end, so that a clean span
    [a, b) maps to the raw span [offsets[a], offsets[b - 1] + 1).
    """
    out: list[str] = []
    offsets: list[int] = []
    pos = 0
    last_space = True  # nothing written yet: leading whitespace is dropped
    for m in _MARKUP_RE.finditer(text):
        if m.start() > pos:
            out.append(text[pos : m.start()])
            offsets.extend(range(pos, m.start()))
            last_space = False
        token = m.group(0)
        if token[0] == "&":
            decoded = html.unescape(token)
            if not decoded.isspace():
                out.append(decoded)
                offsets.extend([m.start()] * len(decoded))
                last_space = False
                pos = m.end()
                continue
        if (token[0] == "&" or token[0].isspace()) and not last_space:
            out.append(" ")
            offsets.append(m.start())
            last_space = True
        pos = m.end()
    if pos < len(text):
        out.append(text[pos:])
        offsets.extend(range(pos, len(text)))
        last_space = False
    clean = "".join(out)
    if last_space and clean:
        clean = clean[:-1]
        offsets.pop()
    offsets.append(len(text))
    return clean, offsets


def clean_value(value: str) -> str:
    """A value written the way the clean view writes text."""
    if "<" not in value and "&" not in value and "*" not in value:
        return " ".join(value.split())  # no markup: only whitespace to collapse
    return clean_view(value)[0].strip()


def value_tokens(value: str) -> list[str]:
    return [fold_token(t) for t in _WORD_RE.findall(clean_value(value))]


@dataclass(frozen=True, slots=True)
class Match:
    """Raw span of an aligned value; an unaligned value has an empty span at `start`."""

    start: int
    end: int
    alignment: Alignment


class SourceText:
    """A document text prepared for aligning many values against it."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.clean, self._offsets = clean_view(text)
        self._tok_spans: list[tuple[int, int]] = []  # clean offsets of each word token
        tokens: list[str] = []
        for m in _WORD_RE.finditer(self.clean):
            self._tok_spans.append((m.start(), m.end()))
            tokens.append(fold_token(m.group(0)))
        self._tokens = tokens
        self._tok_starts = [s for s, _ in self._tok_spans]
        # " tok tok tok ": a same-words match is a substring search here
        self._joined_pos: list[int] = []
        parts: list[str] = []
        cursor = 1
        for t in tokens:
            self._joined_pos.append(cursor)
            parts.append(t)
            cursor += len(t) + 1
        self._joined = " " + " ".join(parts) + " "

    # -- coordinate conversions ---------------------------------------------------------
    def _to_clean(self, raw: int) -> int:
        return bisect.bisect_left(self._offsets, raw, 0, len(self._offsets) - 1)

    def _raw_span(self, clean_start: int, clean_end: int) -> tuple[int, int]:
        return self._offsets[clean_start], self._offsets[clean_end - 1] + 1

    def _token_range(self, clean_start: int, clean_end: int) -> tuple[int, int]:
        lo = bisect.bisect_left(self._tok_starts, clean_start)
        hi = bisect.bisect_left(self._tok_starts, clean_end)
        while hi > lo and self._tok_spans[hi - 1][1] > clean_end:
            hi -= 1
        return lo, hi

    def _tokens_raw_span(self, t_lo: int, t_hi: int) -> tuple[int, int]:
        return self._raw_span(self._tok_spans[t_lo][0], self._tok_spans[t_hi - 1][1])

    # -- alignment ------------------------------------------------------------------------
    def locate(
        self,
        value: str,
        start: int = 0,
        end: int | None = None,
        after: int | None = None,
        fuzzy_threshold: float = FUZZY_THRESHOLD,
        document_fallback: bool = True,
    ) -> Match:
        """Find `value` in text[start:end] (first from `after` on, to keep list items in
        order), then anywhere in the document (exact and same-words only).

        Args:
            value: the extracted value.
            start, end: raw offsets of the span the value should come from.
            after: raw offset where the search starts first (the previous item's end).
            fuzzy_threshold: minimum difflib ratio over word tokens for a close match.
            document_fallback: also search the whole document when the span fails.
        """
        end = len(self.text) if end is None else end
        needle = clean_value(value)
        if not needle:
            return Match(start, start, Alignment.NONE)
        c_start, c_end = self._to_clean(start), self._to_clean(end)
        windows = [(c_start, c_end)]
        if after is not None and start < after < end:
            windows.insert(0, (self._to_clean(after), c_end))
        if document_fallback:
            windows.append((0, len(self.clean)))
        tokens = value_tokens(value)
        for w_start, w_end in windows:
            pos = self.clean.find(needle, w_start, w_end)
            if pos >= 0:
                return Match(*self._raw_span(pos, pos + len(needle)), Alignment.EXACT)
            found = self._same_words(tokens, w_start, w_end)
            if found is not None:
                return Match(*found, Alignment.FUZZY)
        close = self._close_match(tokens, c_start, c_end, fuzzy_threshold)
        if close is not None:
            return Match(*close, Alignment.FUZZY)
        return Match(start, start, Alignment.NONE)

    def _same_words(self, tokens: list[str], c_start: int, c_end: int) -> tuple[int, int] | None:
        if not tokens:
            return None
        t_lo, t_hi = self._token_range(c_start, c_end)
        if t_hi <= t_lo:
            return None
        j_lo = self._joined_pos[t_lo] - 1
        j_hi = self._joined_pos[t_hi - 1] + len(self._tokens[t_hi - 1]) + 1
        pos = self._joined.find(" " + " ".join(tokens) + " ", j_lo, j_hi)
        if pos < 0:
            return None
        first = bisect.bisect_left(self._joined_pos, pos + 1)
        return self._tokens_raw_span(first, first + len(tokens))

    def _close_match(
        self, tokens: list[str], c_start: int, c_end: int, threshold: float
    ) -> tuple[int, int] | None:
        """Best window of the span by difflib ratio over word tokens (≥ threshold)."""
        if len(tokens) < 2:
            return None
        t_lo, t_hi = self._token_range(c_start, c_end)
        span = self._tokens[t_lo:t_hi]
        if not span or len(span) > _MAX_FUZZY_TOKENS:
            return None
        matcher = SequenceMatcher(None, span, tokens, autojunk=False)
        n = len(tokens)
        best: tuple[float, int, int] | None = None
        tried: set[tuple[int, int]] = set()
        for block in matcher.get_matching_blocks():
            if block.size == 0:
                continue
            base = block.a - block.b
            for lo, hi in ((base, base + n), (block.a, block.a + n), (block.a + block.size - n, block.a + block.size)):
                lo, hi = max(0, lo), min(len(span), hi)
                if hi <= lo or (lo, hi) in tried:
                    continue
                tried.add((lo, hi))
                ratio = SequenceMatcher(None, span[lo:hi], tokens, autojunk=False).ratio()
                if best is None or ratio > best[0]:
                    best = (ratio, lo, hi)
        if best is None or best[0] < threshold:
            return None
        _, lo, hi = best
        # trim unmatched tokens at the window edges
        wanted = set(tokens)
        while hi > lo and span[hi - 1] not in wanted:
            hi -= 1
        while lo < hi and span[lo] not in wanted:
            lo += 1
        return self._tokens_raw_span(t_lo + lo, t_lo + hi)
