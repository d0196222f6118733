"""A synthetic PIAO corpus of any size, made from the sample documents.

Copy 0 of each sample is the sample itself; copy k >= 1 is a variant with another
(invented) municipality, the years shifted, other numbers and other people, so the
index sees distinct documents (distinct hashes, names, figures) with the layouts
and the vocabulary of real PIAOs. Deterministic: the same seed gives the same
bytes.

    python benchmarks/corpus.py OUT_DIR --copies 10 [--seed 7]
"""

from __future__ import annotations

import argparse
import random
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SAMPLES_DIR = REPO / "data" / "samples"

# Municipality names as they are written in each sample (longest first when replaced).
_SAMPLE_PLACES = {
    "cassano-dadda": ["Cassano d'Adda", "Cassano D'Adda", "Cassano"],
    "cassano-magnago": ["Cassano Magnago"],
    "cremosano": ["Cremosano"],
    "magentino": ["Boffalora Sopra Ticino", "Boffalora", "Magentino", "Magenta"],
}
_PLACE_PREFIXES = [
    "San", "Santa", "Castel", "Borgo", "Villa", "Monte", "Ponte", "Torre", "Porto", "Rocca",
    "Pieve", "Colle", "Valle", "Bosco", "Campo", "Casale", "Fonte", "Poggio", "Riva", "Serra",
]
_PLACE_ROOTS = [
    "Albera", "Brenno", "Carsolo", "Dervio", "Ermello", "Fosdino", "Gavardo", "Iseno", "Lurago",
    "Merlino", "Nerviano", "Olgiate", "Paderno", "Quinzano", "Rovello", "Sorico", "Trezzano",
    "Urgnano", "Varallo", "Zelo", "Bagnolo", "Cornate", "Dosolo", "Ferrera", "Gorla", "Lomello",
    "Marzio", "Novate", "Orio", "Pessano", "Rodano", "Solbiate", "Turate", "Vanzago", "Albiolo",
    "Barzago", "Cuggiono", "Dairago", "Galbiate", "Lentate",
]
_PLACE_SUFFIXES = [
    "", "d'Adda", "sul Naviglio", "al Serio", "Ticino", "Lomellina", "Brianza", "di Sopra",
    "di Sotto", "Olona", "al Lambro", "sul Po",
]
_SURNAMES = """ROSSI RUSSO FERRARI ESPOSITO BIANCHI ROMANO COLOMBO RICCI MARINO GRECO BRUNO
GALLO CONTI DELUCA MANCINI COSTA GIORDANO RIZZO LOMBARDI MORETTI BARBIERI FONTANA SANTORO
MARIANI RINALDI CARUSO FERRARA GALLI MARTINI LEONE LONGO GENTILE MARTINELLI VITALE LOMBARDO
SERRA COPPOLA DESANTIS DANGELO MARCHETTI PARISI VILLA CONTE FERRO FABBRI BIANCO MARINI
GRASSO VALENTINI MESSINA SALA DEANGELIS GATTI PELLEGRINI PALUMBO SANNA FARINA RIZZI MONTI
CATTANEO MORELLI AMATO SILVESTRI MAZZA TESTA GRASSI PELLEGRINO CARBONE GIULIANI BENEDETTI
BARONE ROSSETTI CAPUTO MONTANARI GUERRA PALMIERI BERNARDI MARTINO FIORE FERRI BELLINI BASILE
RIVA DONATI PIRAS VITALI BATTAGLIA SARTORI NERI COSTANTINI MILANI PAGANO RUGGIERO SORRENTINO
DAMICO ORLANDO DAMATO NEGRI""".split()
_FIRST_NAMES = """Marco Giulia Luca Francesca Andrea Chiara Matteo Sara Alessandro Valentina Davide
Elena Simone Laura Federico Martina Stefano Silvia Paolo Anna Giorgio Roberta Lorenzo Elisa
Riccardo Monica Fabio Paola Daniele Cristina Massimo Barbara Claudio Daniela Roberto Alessia
Emanuele Serena Nicola Federica Gabriele Irene Michele Ilaria Antonio Camilla Giuseppe Marta
Tommaso Beatrice Enrico Veronica Filippo Alice Pietro Giorgia Vittorio Noemi""".split()
# Upper-case words followed by a capitalised word that are labels, not surnames.
_NOT_SURNAMES = frozenset({"CCNL", "PIAO", "DUP", "SUAP", "PNRR", "PEG", "URP", "ISTAT"})

_YEAR_RANGE = re.compile(r"(?<![\d.,/])(20\d\d)(\s*[-–—/]\s*)(\d\d)(?![\d.,])")
_YEAR = re.compile(r"(?<![\d.,])(20\d\d)(?![\d.,]\d)")
# Standalone amounts and counts: two or more digits, optional thousands dots and
# decimal comma; never a code ("2.1.3", "01. AFFARI GENERALI", "12) Titolo"), a date
# (01/01/2024) or a year. Numbers ending a sentence stay as they are too.
_NUMBER = re.compile(r"(?<![\w./-])([1-9]\d{0,2}(?:\.\d{3})+|[1-9]\d+)(,\d+)?(?![\w/.)])")
_PERSON = re.compile(
    r"\b([A-Z]{3,}(?: [A-Z]{3,})?) ([A-Z][a-zàèéìòù]+(?: [A-Z][a-zàèéìòù]+)*)"
)
_INITIALS_PERSON = re.compile(
    r"\b(Ass\.|Dott\.(?:ssa)?|Sig\.(?:ra)?) ((?:[A-Z]\.)+) ?([A-Z][a-z]+)"
)


@dataclass(frozen=True)
class SyntheticFile:
    name: str
    text: str


def place_name(index: int) -> str:
    """The index-th invented municipality name (distinct for index < 9,600)."""
    n_roots, n_pre, n_suf = len(_PLACE_ROOTS), len(_PLACE_PREFIXES), len(_PLACE_SUFFIXES)
    root = _PLACE_ROOTS[index % n_roots]
    prefix = _PLACE_PREFIXES[(index // n_roots) % n_pre]
    suffix = _PLACE_SUFFIXES[(index // (n_roots * n_pre)) % n_suf]
    name = f"{prefix} {root} {suffix}".strip()
    cycle = index // (n_roots * n_pre * n_suf)
    return f"{name} {cycle + 1}" if cycle else name


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.casefold().replace("'", "")).strip("-")


def _lower_words(text: str) -> set[str]:
    return set(re.findall(r"\b[a-zàèéìòù]+\b", text))


def vary(sample_name: str, text: str, copy: int, seed: int = 7) -> SyntheticFile:
    """Variant `copy` (>= 1) of one sample: new ente, years, numbers and people."""
    key = sample_name.split("_", 1)[0]
    rng = random.Random(f"{seed}:{copy}:{sample_name}")
    sample_index = sorted(_SAMPLE_PLACES).index(key) if key in _SAMPLE_PLACES else 0
    place = place_name((copy - 1) * len(_SAMPLE_PLACES) + sample_index)

    # People first: their names must not be mistaken for places or numbers.
    words = _lower_words(text)
    surnames: dict[str, str] = {}
    firsts: dict[str, str] = {}

    def person(m: re.Match[str]) -> str:
        surname, first = m.group(1), m.group(2)
        if surname in _NOT_SURNAMES or any(w.lower() in words for w in surname.split()):
            return m.group(0)
        new_surname = surnames.setdefault(surname, rng.choice(_SURNAMES))
        new_first = " ".join(firsts.setdefault(f, rng.choice(_FIRST_NAMES)) for f in first.split())
        return f"{new_surname} {new_first}"

    text = _PERSON.sub(person, text)

    def initials(m: re.Match[str]) -> str:
        surname = surnames.setdefault(m.group(3), rng.choice(_SURNAMES).capitalize())
        return f"{m.group(1)} {rng.choice('ABCDEFGLMNPRST')}. {surname}"

    text = _INITIALS_PERSON.sub(initials, text)

    for original in _SAMPLE_PLACES.get(key, []):
        text = text.replace(original, place).replace(original.upper(), place.upper())

    shift = rng.choice([-3, -2, -1, 1, 2, 3])
    text = _YEAR_RANGE.sub(
        lambda m: f"{int(m.group(1)) + shift}{m.group(2)}{(int(m.group(3)) + shift) % 100:02d}",
        text,
    )
    text = _YEAR.sub(lambda m: str(int(m.group(1)) + shift), text)

    def number(m: re.Match[str]) -> str:
        digits = m.group(1).replace(".", "")
        value = int(digits)
        if 1990 <= value <= 2040:  # a year written alone, already shifted
            return m.group(0)
        new = max(1, round(value * rng.uniform(0.6, 1.4)))
        shown = f"{new:,}".replace(",", ".") if "." in m.group(1) else str(new)
        return shown + (m.group(2) or "")

    text = _NUMBER.sub(number, text)

    rest = sample_name.split("_", 2)[-1] if sample_name.count("_") >= 2 else "piao.txt"
    period = re.search(r"(20\d\d)-(20\d\d)", sample_name)
    years = (
        f"{int(period.group(1)) + shift}-{int(period.group(2)) + shift}" if period else "2025-2027"
    )
    return SyntheticFile(f"{slug(place)}_piao-{years}_{rest}", text)


def iter_corpus(
    copies: int, seed: int = 7, samples_dir: Path = SAMPLES_DIR
) -> Iterator[SyntheticFile]:
    """`copies` × the samples: the samples themselves, then copies-1 variants of each."""
    if copies < 1:
        raise ValueError("copies must be >= 1")
    samples = sorted(samples_dir.glob("*.txt"))
    texts = {p.name: p.read_text(encoding="utf-8") for p in samples}
    for name, text in texts.items():
        yield SyntheticFile(name, text)
    for copy in range(1, copies):
        for name, text in texts.items():
            yield vary(name, text, copy, seed)


def write_corpus(out: Path, copies: int, seed: int = 7) -> list[Path]:
    """Write the corpus into `out` (existing files with the same bytes are kept)."""
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for item in iter_corpus(copies, seed):
        path = out / item.name
        data = item.text.encode("utf-8")
        if not path.is_file() or path.read_bytes() != data:
            path.write_bytes(data)
        paths.append(path)
    if len({p.name for p in paths}) != len(paths):
        raise RuntimeError("synthetic file names collide")
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--copies", type=int, default=10)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    paths = write_corpus(args.out, args.copies, args.seed)
    print(f"{len(paths)} files, {sum(p.stat().st_size for p in paths) / 1e6:.1f} MB in {args.out}")


if __name__ == "__main__":
    main()
