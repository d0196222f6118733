"""Place names and file names: how documents introduce a municipality ("Comune di
X"), how its name is written, and the naming convention of plan files."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import PurePath

from ingest.text.words import ELIDED_PARTICLES, PLACE_PARTICLES

# -- "Comune di X" ---------------------------------------------------------------------------
# The words that introduce a municipality's name: "Comune", "COMUNE", "Città", "CITTA'".
PLACE_INTRO = r"(?:[Cc]omune|COMUNE|[Cc]ittà|CITTÀ|CITTA')"

# A name word: capitalised word, an elided particle + capitalised word, or an
# abbreviation like "S/T"; all-caps text ("COMUNE DI BORGO NUOVO") also fits.
_NAME_WORD = r"(?:[dDlL][’'`]\s?|(?:[dD]ell|[sS]ull|[aA]ll|[nN]ell)[’'`])?[A-ZÀ-Ý][\wÀ-ÿ’'`/-]*"
_NAME = rf"{_NAME_WORD}(?:[ \t]+(?:(?:di|del|della|de|sul|sulla|al|in)[ \t]+)?{_NAME_WORD}){{0,4}}"

# "Comune di <Name>" where the name is not known yet, as written (case-sensitive,
# "di" on the same line as "Comune"): groups `kind` and `name`.
PLACE_MENTION_RE = re.compile(
    rf"\b(?P<kind>{PLACE_INTRO})[ \t]+(?:di|DI)(?:[ \t]+|[ \t]*\n[ \t]*)(?P<name>{_NAME})"
)


def place_mention_re(name_pattern: str) -> re.Pattern[str]:
    """"Comune di <name>" for a known name (`name_pattern`, a regex), in any case and
    spacing: how many times, and how, a document writes a municipality it names."""
    return re.compile(rf"\b{PLACE_INTRO}\s+(?:di|DI)\s+{name_pattern}\b", re.IGNORECASE)


def normalize_place_name(raw: str) -> str:
    """'BORGO D'ESEMPIO' / "Borgo D'Esempio" -> "Borgo d'Esempio"."""
    words = re.sub(r"\s+", " ", raw.replace("’", "'").replace("`", "'")).strip(" .,;:*").split(" ")
    out: list[str] = []
    for i, word in enumerate(words):
        lower = word.lower()
        elided = next((p for p in ELIDED_PARTICLES if lower.startswith(p) and len(lower) > len(p)), None)
        if elided:
            rest = word[len(elided):]
            prefix = elided if i > 0 else elided.capitalize()
            out.append(prefix + rest[:1].upper() + rest[1:].lower())
        elif i > 0 and lower in PLACE_PARTICLES:
            out.append(lower)
        elif "/" in word or (len(word) <= 3 and word.isupper() and "." in word):
            out.append(word)  # abbreviations such as "S/T" stay as written
        else:
            out.append(word[:1].upper() + word[1:].lower())
    return " ".join(out)


# -- file names --------------------------------------------------------------------------------
# "comune-di-valchiara_…", "citta_di_x": a file name that says which municipality it is
_FILE_PLACE_RE = re.compile(r"(?:comune|citta|città)[-_ ]+(?:di[-_ ]+)?([a-z'àèéìòù-]+?)(?:[_.]|$)")


@dataclass(frozen=True)
class FileNameParts:
    """A file name read by the naming convention of plan files,
    `<municipality>_<kind>-<period>_<topic>.<ext>`
    ("borgo-nuovo_piao-2024-2026_performance.pdf").

    Attributes:
        stem: the name without its extension.
        head: the stem up to its first "_": by convention the municipality.
        parts: the stem's non-empty "_"-separated parts, head first.
    """

    stem: str
    head: str
    parts: tuple[str, ...]

    @property
    def place(self) -> str:
        """The part naming the municipality, lower case: the name after "comune-di-"
        when the stem says so, else the head up to a dot ("monte-doro")."""
        explicit = _FILE_PLACE_RE.search(self.stem.lower())
        return explicit.group(1) if explicit else self.head.lower().split(".", 1)[0]

    @property
    def head_word(self) -> str:
        """The head up to its first whitespace: a name that does not follow the
        convention ("Piano Testolandia.pdf") is led by one word at most."""
        return re.split(r"\s", self.head, maxsplit=1)[0]


def parse_file_name(file_name: str) -> FileNameParts:
    """The parts of a file name (see FileNameParts); any name parses."""
    stem = PurePath(file_name).stem
    return FileNameParts(
        stem=stem,
        head=stem.split("_", 1)[0],
        parts=tuple(p for p in re.split(r"_+", stem) if p),
    )
