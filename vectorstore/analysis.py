"""Italian lexical analysis for the BM25 (SQLite FTS5) index.

Documents and queries go through the same pipeline, so whatever it does to a
word it does on both sides. Output tokens use only ``[a-z0-9._]``: the FTS5
table is declared ``tokenize = "unicode61 remove_diacritics 0 tokenchars '._'"``
and must see each of our tokens as exactly one FTS5 token.

Pipeline: NFKC → strip HTML tags and entities → tokenize (case and accents
still known) → per token: codes (``2.1.1``) and acronyms (``SUAP``, ``U.R.P.``)
are kept verbatim in lowercase; other words are lowercased, checked against the
stopword list, stemmed with Snowball Italian and accent-folded.
"""

from __future__ import annotations

import html
import logging
import re
import unicodedata
from collections.abc import Iterable

import Stemmer

from ingest.text import ITALIAN_STOPWORDS, REFERENCE_ABBREVIATIONS, fold_ascii, join_hyphenated

log = logging.getLogger(__name__)

# Acronyms that look like ordinary words to the rules below (vowel ending, any
# case): never stemmed, so "PEBA" in a document and "peba" in a query both stay
# "peba". Consonant-ending acronyms need no listing when written in caps.
KNOWN_ACRONYMS: frozenset[str] = frozenset(
    """
    suap pnrr cup cig urp peba rsa cpi cis spid cie dup piao peg ptpct rpct pola
    anac inps inail istat asl ats asst imu tari tasi irpef iva ztl cad agid oiv cug
    pgt pums paesc rup dpo gdpr ict siope pagopa anpr ssn tuel ccnl dpcm dpr ue pa
    """.split()
)

_TAG_RE = re.compile(r"<!--.*?-->|</?[A-Za-z][^<>]*>", re.DOTALL)
_ENTITY_RE = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")

_LETTER = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f"
_APOSTROPHES = "'\u2019\u02bc`"

# "attivita'" is how accents are often typed: an apostrophe right after a final
# vowel (elisions end in a consonant: dell', l', un').
_APOSTROPHE_ACCENT_RE = re.compile(
    rf"(?<=[{_LETTER}])([aeiouAEIOU])[{_APOSTROPHES}](?![{_LETTER}0-9])"
)
_GRAVE = {"a": "à", "e": "è", "i": "ì", "o": "ò", "u": "ù"}

_TOKEN_RE = re.compile(
    # dotted acronym: U.R.P. / C.I.S (not "D.Lgs": no letter may follow)
    rf"(?P<acr>(?<![{_LETTER}0-9])[A-Z](?:\.[A-Z])+\.?(?![{_LETTER}0-9]))"
    # numeric code: 2.1.1 / 03.01 / 06.01.08 (a trailing dot is not part of it)
    r"|(?P<code>\d+(?:\.\d+)+)"
    # word; an apostrophe followed by a letter marks an elided article/preposition
    rf"|(?P<word>[{_LETTER}0-9]+)(?P<elided>[{_APOSTROPHES}](?=[{_LETTER}]))?"
)
_HAS_DIGIT_RE = re.compile(r"\d")
_VALID_TOKEN_RE = re.compile(r"[a-z0-9._]+")
_VOWELS = frozenset("aeiou")
# (no Italian noun family has a root this short: a stem of this length from a long
# word is a suffix misread)
_SHORT_STEM = 3
_GERUND_LIKE = ("ando", "enda", "ende")

# The tokens' version: bumped whenever the same text would give other tokens, so that a
# catalog indexed before re-derives its lexical index from its stored chunks.
ANALYZER_VERSION = 3

# Word cache bound: corpora have a small vocabulary, a long-running app must not grow forever.
_CACHE_LIMIT = 200_000


class ItalianAnalyzer:
    """Turns Italian text into BM25 tokens; the same pipeline for documents and queries.

    Args:
        extra_acronyms: more acronyms to keep unstemmed in any case (e.g. local office names).
        extra_stopwords: more words to drop (written without accents).
    """

    def __init__(
        self, extra_acronyms: Iterable[str] = (), extra_stopwords: Iterable[str] = ()
    ) -> None:
        self.acronyms = KNOWN_ACRONYMS | {fold_ascii(a) for a in extra_acronyms}
        self.stopwords = (ITALIAN_STOPWORDS | {fold_ascii(w) for w in extra_stopwords}) - self.acronyms
        self._stemmer = Stemmer.Stemmer("italian")
        self._words: dict[str, str | None] = {}

    def analyze(self, text: str) -> list[str]:
        """Tokens of `text` in order, repeated tokens included (BM25 needs term frequency)."""
        text = self._clean(text)
        tokens: list[str] = []
        append = tokens.append
        for match in _TOKEN_RE.finditer(text):
            kind = match.lastgroup
            if kind == "elided":  # lastgroup is the last group that matched
                continue
            value = match.group(kind)  # type: ignore[arg-type]
            if kind == "word":
                # "art. 6", "pag. 12": a reference abbreviation is not the word its
                # letters stem to ("arte", "pagamenti")
                if text.startswith(".", match.end()) and value.lower() in REFERENCE_ABBREVIATIONS:
                    continue
                token = self._words.get(value, "")
                if token == "":
                    token = self._analyze_word(value)
                    if len(self._words) >= _CACHE_LIMIT:
                        self._words.clear()
                    self._words[value] = token
                if token is not None:
                    append(token)
            elif kind == "code":
                append(value)
            else:  # dotted acronym
                append(value.replace(".", "").lower())
        return tokens

    def analyze_query(self, text: str) -> list[str]:
        """Like `analyze`, without repeated tokens (order kept): one FTS5 term each."""
        return list(dict.fromkeys(self.analyze(text)))

    @staticmethod
    def _clean(text: str) -> str:
        # (a word a line wrap cut by a hyphen is that word: "videosorve-" / "glianza")
        text = join_hyphenated(unicodedata.normalize("NFKC", text))
        if "<" in text:
            text = _TAG_RE.sub(" ", text)
        if "&" in text:
            text = _ENTITY_RE.sub(lambda m: html.unescape(m.group(0)), text)
            # An entity may decode to a composed-able char or an NFKC-sensitive one.
            text = unicodedata.normalize("NFKC", text)
        return _APOSTROPHE_ACCENT_RE.sub(lambda m: _GRAVE[m.group(1).lower()], text)

    def _analyze_word(self, word: str) -> str | None:
        """One word → its index token, or None when it carries no meaning."""
        lowered = word.lower()
        folded = fold_ascii(lowered)
        if _HAS_DIGIT_RE.search(folded):  # 2024, m1c1, 5: numbers and identifiers, never stemmed
            return folded
        if len(folded) < 2:  # single letters: initials, list markers, elision leftovers
            return None
        if folded in self.acronyms:
            return folded
        if folded in self.stopwords:
            return None
        # Caps words not ending in a vowel (SUAP, CUP, ISTAT) or very short (RSA, PA)
        # are acronyms; caps words ending in a vowel are usually headings (OBIETTIVO).
        if word.isupper() and (folded[-1] not in _VOWELS or len(folded) <= 3):
            return folded
        # Stem before folding: Snowball Italian knows accented suffixes
        # (responsabilità and responsabile both give "respons").
        stem = fold_ascii(self._stemmer.stemWord(lowered))
        # Snowball reads a noun's "-ando"/"-enda" ending as a verb's ("comando" ->
        # "com", "azienda" -> "azi") and leaves a root too short to be one: its family
        # ("comandante", "comandi") then never meets it. A long word cut to three letters
        # or fewer keeps all but its final vowel instead. ("-endo" is left alone: it is
        # a gerund's, "sapendo", nearly always, and a long gerund's stem would only make
        # a near spelling of other words.)
        if len(stem) <= _SHORT_STEM < len(folded) - 2 and folded.endswith(_GERUND_LIKE):
            stem = folded[:-1]
        return stem if len(stem) >= 2 else None


def is_valid_token(token: str) -> bool:
    """True if `token` is one FTS5 token under our tokenizer declaration."""
    return _VALID_TOKEN_RE.fullmatch(token) is not None
