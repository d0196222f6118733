"""Paraphrase probes over train material: many wordings of one kind of question,
generated from the stored records and org charts of the layouts-train plans.

A golden set holds one or two wordings per fact; a user brings others. Each probe asks
every train objective (or org-chart entry, or plan) in several wordings and checks the
answer for the value the index itself holds (a surname, every phase, a figure), or, for
things no plan states, for a refusal. It prints one ratio per wording and per probe.

    .venv/bin/python cli.py --data-dir DIR ingest data/samples benchmarks/corpora/docs/train
    .venv/bin/python benchmarks/probes.py --data-dir DIR [--no-ente] [--verbose]

`--no-ente` drops the municipality from the wordings: plans share objective titles, so
the answer must then give a line per plan holding the objective. Only the train plans
are asked about (the index must not hold the frozen test plans: refused).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from assistant.evaluation import qa
from ingest.models import UnitKind
from ingest.text import fold_name
from services import build_answerer, build_library
from settings import Settings

TRAIN = ROOT / "benchmarks" / "corpora" / "docs" / "train"
SAMPLES = ROOT / "data" / "samples"
TEST = ROOT / "benchmarks" / "corpora" / "docs" / "test"

# (probe, wording) -> question template; {t} the objective's first six words, {e} the ente
WHO = ["A chi è affidato l'obiettivo {t}{a}?", "Quale struttura è responsabile di {t}{a}?",
       "Chi ha in carico {t}{a}?", "Di chi è la competenza su {t}{a}?",
       "Chi risponde dell'obiettivo {t}{a}?", "{T}: chi se ne occupa{a}?", "Quale ufficio segue {t}{a}?"]
HEAD_OF_SETTORE = ["Chi dirige l'ufficio che si occupa di {t}{a}?",
                   "Il settore che segue {t}{a}: chi ne è il responsabile?",
                   "Chi è il titolare di E.Q. dell'area competente per {t}{a}?",
                   "Chi guida la struttura a cui fa capo l'obiettivo {t}{a}?",
                   "chi è a capo del servizio che ha l'obiettivo {t}{a}"]
SERVICES = ["Quali servizi gestisce l'ufficio che si occupa di {t}{a}?",
            "Di cos'altro si occupa il settore che ha in carico {t}{a}?"]
LISTS = {
    "stakeholder": ["Chi sono i portatori di interesse di {t}{a}?", "A chi si rivolge l'obiettivo {t}{a}?",
                    "quali soggetti sono interessati da {t}{a}"],
    "fasi": ["Quali azioni prevede l'obiettivo {t}{a}?", "Che attività sono previste per {t}{a}?",
             "Qual è il cronoprogramma di {t}{a}?", "come si articola {t}{a}"],
    "indicatori": ["Con quali indicatori si misura {t}{a}?", "Quali KPI ha l'obiettivo {t}{a}?",
                   "Come viene misurato il risultato di {t}{a}?"],
    "dipendenti": ["Quale personale è assegnato a {t}{a}?", "Chi sono i dipendenti coinvolti in {t}{a}?"],
}
OFFICE_OBJECTIVES = ["Quali obiettivi sono assegnati al {s}{a}?", "Elenca gli obiettivi di cui si occupa il {s}{a}",
                     "che obiettivi ha il {s}{a}"]
ORG_HEAD = ["Chi è il titolare di E.Q. {art} {s}{a}?", "Chi ha la responsabilità {art} {s}{a}?",
            "chi guida {the} {s}{a}", "A chi fa capo {the} {s}{a}?", "{s}: chi è il responsabile{a}?",
            "Chi è il funzionario responsabile {art} {s}{a}?", "Chi coordina {the} {s}{a}?"]
# one field of an objective: its value must be quoted ({t} title words, {a} " a <ente>")
FIELDS = {
    "scadenza": ["Entro quando va completato l'obiettivo {t}{a}?", "Qual è la scadenza di {t}{a}?",
                 "quando si conclude {t}{a}", "In che anno è previsto {t}{a}?"],
    "valore_atteso": ["Quale risultato si attende da {t}{a}?", "Cosa si vuole ottenere con {t}{a}?",
                      "Qual è il valore atteso dell'obiettivo {t}{a}?"],
    "motivazione": ["Perché è stato previsto l'obiettivo {t}{a}?", "Qual è la finalità di {t}{a}?",
                    "per quale motivo il comune punta su {t}{a}"],
    "obiettivo_strategico": ["A quale obiettivo strategico è collegato {t}{a}?",
                             "In quale linea strategica rientra {t}{a}?"],
}
# one indicator's target and one phase's timing ({x} the first words of its name)
TARGET = ["Qual è il target dell'indicatore «{x}»{a}?", "Che valore deve raggiungere {il} {x}{a}?"]
TIMING = ["Entro quando è prevista la fase «{x}»{a}?", "Quando è prevista {il} {x}{a}?"]
# an attribute of a real objective that its plan never states (the answer must refuse):
# wording, and the words whose presence anywhere in the plan skips the wording
UNSTATED_ATTRIBUTE = [
    ("Quanto costa l'obiettivo {t}{a}?", r"€|\beuro\b|cost[oi]\b|budget|importo|stanziat"),
    ("Qual è il budget stanziato per {t}{a}?", r"€|\beuro\b|cost[oi]\b|budget|importo|stanziat"),
    ("Quale assessore segue {t}{a}?", r"(?i)assessor"),
    ("Qual è il numero di telefono dell'ufficio che segue {t}{a}?", r"(?i)telefono|\btel\b"),
    ("Qual era il valore di partenza degli indicatori di {t}{a}?", r"(?i)baseline|partenza|iniziale|storico"),
]
# figures stated in the plans' prose: the pattern that finds the expected figure, wordings
COUNTS = [(r"([\d.]+) abitanti", ["Quanti abitanti ha {e}?", "Quanti residenti conta {e}?"]),
          (r"conta (\d+) dipendenti", ["Quanti dipendenti ha {e}?"]),
          (r"(\d+) volontari", ["Quanti volontari ha la protezione civile di {e}?",
                                "quanti sono i volontari del gruppo comunale di protezione civile a {e}"]),
          (r"([\d.]+) prestiti", ["Quanti prestiti ha registrato la biblioteca di {e}?"]),
          (r"(\d+) alunni", ["Quanti alunni usano il pre-scuola a {e}?"])]
# things no generated plan states: the answer must refuse
NOT_STATED = ["Quante ore a settimana è aperto il canile di {e}?", "Quanti autobus ha il trasporto pubblico di {e}?",
              "Quanti posti auto ha il parcheggio della stazione di {e}?", "Quante farmacie comunali ci sono a {e}?",
              "Quanti posti ha l'asilo nido di {e}?", "Quanti matrimoni sono stati celebrati a {e} nel 2023?",
              "Quante multe ha fatto la polizia locale di {e}?"]


def _norm(text: str) -> str:
    """Lower case, accents folded ("CITTA'" and "Città" alike), punctuation as spaces."""
    return re.sub(r"[^a-z0-9]+", " ", fold_name(text)).strip()


def _surname(person: str) -> str:
    return max(person.replace(".", " ").split(), key=len)


def _first_words(text: str, n: int = 3) -> str:
    return " ".join(text.split()[:n])


def _quoted(value: str, n: int = 5) -> Callable[[str], bool]:
    """The answer quotes the value: it holds a run of n of its words (all, if shorter)."""
    words = _norm(value).split()
    runs = {" ".join(words[i:i + n]) for i in range(max(1, len(words) - n + 1))}
    return lambda a: any(r in _norm(a) for r in runs)


def _refuses(answer: str) -> bool:
    return any(m in qa.collapse_lower(answer) for m in qa.REFUSAL_MARKERS)


def _any_of(checks: list[Callable[[str], bool]]) -> Callable[[str], bool]:
    return lambda a: any(c(a) for c in checks)


def _years_or_date(value: str) -> Callable[[str], bool]:
    years = re.findall(r"\d{4}", value)
    return lambda a: _norm(value) in _norm(a) or (bool(years) and all(y in a for y in years))


def _article(phrase: str) -> str:
    """A rough Italian definite article for a noun phrase (probe wordings only)."""
    first = phrase.split()[0].lower() if phrase.split() else ""
    if first[:1] in "aeiou":
        return "l'"
    return "la" if first.endswith("a") else "il"


def _field_probes(rec, fill: dict[str, str]) -> Iterator[tuple[str, int, str, Callable[[str], bool]]]:  # type: ignore[no-untyped-def]
    for field, forms in FIELDS.items():
        value = getattr(rec, field)
        if not value:
            continue
        check = _years_or_date(value) if field == "scadenza" else _quoted(value)
        if field == "obiettivo_strategico":  # a "linea strategica" may be either level
            levels = [_quoted(re.sub(r"^[\d.\s\-–]+", "", v)) for v in (value, rec.area_strategica) if v]
            check = _any_of(levels)  # (numbering aside)
        for i, f in enumerate(forms):
            yield f"field_{field}", i, f.format(**fill), check
    ind = next((i for i in rec.indicatori if i.target and i.nome), None)
    fase = next((x for x in rec.fasi if x.tempistica and x.descrizione), None)
    # (probe, wordings, the item's name and its first words used, the value asked)
    named = [("target", TARGET, ind.nome, 8, ind.target) if ind else None,
             ("timing", TIMING, fase.descrizione, 6, fase.tempistica) if fase else None]
    for probe, forms, name, n, value in filter(None, named):
        words = " ".join(name.split()[:n])
        for i, f in enumerate(forms):
            q = f.format(x=words if "«" in f else words.lower(), il=_article(words), **fill).replace("' ", "'")
            yield probe, i, q, lambda a, v=value: _norm(v) in _norm(a)


def probes(answerer, catalog, no_ente: bool, docs: list[str],  # type: ignore[no-untyped-def]
           per_doc: int) -> Iterator[tuple[str, int, str, Callable[[str], bool]]]:
    """(probe, wording number, question, check of the answer's text)."""
    stored = [r for r in catalog.records() if r.doc_id in docs and r.titolo]  # read once
    records = []
    for doc in docs:  # long plans: an even sample of their objectives
        mine = [r for r in stored if r.doc_id == doc]
        records += mine[::max(1, len(mine) // per_doc)]
    for doc in docs:
        ente = answerer.retriever.document_label(doc)
        at = "" if no_ente else f" a {ente}"
        text = "\n".join(c.text for c in catalog.chunks_of(doc))
        org = [(c.fields["settore"], c.fields["titolare"], c.fields.get("servizi", ""))
               for c in catalog.chunks_of_kind(doc, UnitKind.ORG_CHART)
               if c.fields.get("settore") and c.fields.get("titolare")]
        for rec in (r for r in records if r.doc_id == doc):
            t = " ".join(rec.titolo.split()[:6]).lower()
            fill = {"t": t, "T": t[:1].upper() + t[1:], "a": at}
            if rec.responsabile or rec.settore:
                keys = [x.replace("Responsabile ", "").split()[-1] for x in (rec.responsabile, rec.settore) if x]
                for i, f in enumerate(WHO):
                    yield "who", i, f.format(**fill), lambda a, k=keys: any(_norm(x) in _norm(a) for x in k)
            entry = next((o for o in org if rec.settore and (_norm(o[0]) in _norm(rec.settore)
                                                               or _norm(rec.settore) in _norm(o[0]))), None)
            if entry is not None:
                head = _surname(entry[1])
                for i, f in enumerate(HEAD_OF_SETTORE):
                    yield "head_of_settore", i, f.format(**fill), lambda a, s=head: s.lower() in a.lower()
                words = [w for w in _norm(entry[2]).split() if len(w) > 5][:3]
                for i, f in enumerate(SERVICES if words else []):
                    yield "services", i, f.format(**fill), lambda a, w=words: sum(x in _norm(a) for x in w) >= 2
            values = {"stakeholder": list(rec.stakeholder), "dipendenti": list(rec.dipendenti),
                      "fasi": [_first_words(f.descrizione) for f in rec.fasi],
                      # ("n. sedute — 3" reads "3 sedute": the count word is not checked)
                      "indicatori": [_first_words(re.sub(r"(?i)^(?:n\.|nr\.?|numero)\s*(?:(?:di|dei|degli|delle)\s+)?",
                                                         "", i.nome)) for i in rec.indicatori]}
            for field, forms in LISTS.items():
                for i, f in enumerate(forms if values[field] else []):
                    yield f"list_{field}", i, f.format(**fill), \
                        lambda a, v=values[field]: all(_norm(x) in _norm(a) for x in v)
            yield from _field_probes(rec, fill)
            for i, (f, stated) in enumerate(UNSTATED_ATTRIBUTE):
                if not re.search(stated, text):
                    yield "unstated_attribute", i, f.format(**fill), _refuses
        for settore in sorted({r.settore for r in records if r.doc_id == doc and r.settore}):
            titles = [_first_words(r.titolo) for r in stored if r.doc_id == doc and r.settore == settore]
            for i, f in enumerate(OFFICE_OBJECTIVES):
                q = f.format(s=settore, a=at).replace("al Area", "all'Area").replace("il Area", "l'Area")
                # a long list cannot fit an answer: its count and first items then do
                check = (lambda a, k=titles: all(_norm(x) in _norm(a) for x in k)) if len(titles) <= 8 else \
                    (lambda a, k=titles: str(len(k)) in a and _norm(k[0]) in _norm(a))
                yield "office_objectives", i, q, check
        for settore, head, _services in org:
            office = settore.lower().startswith(("settore", "servizio"))
            fill = {"s": settore, "a": at, "art": "del" if office else "dell'", "the": "il" if office else "l'"}
            surname = _surname(head)
            for i, f in enumerate(ORG_HEAD):
                q = f.format(**fill).replace("dell' ", "dell'").replace("l' ", "l'")
                yield "org_head", i, q, lambda a, s=surname: s.lower() in a.lower()
        if no_ente:
            continue  # prose facts are asked of one plan by name
        for pattern, forms in COUNTS:
            if (m := re.search(pattern, text)) is not None:
                figure = m.group(1)
                for i, f in enumerate(forms):
                    yield "count", i, f.format(e=ente), lambda a, v=figure: v in a
        for i, f in enumerate(NOT_STATED):
            yield "not_stated", i, f.format(e=ente), _refuses


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data-dir", type=Path, required=True)
    parser.add_argument("--no-ente", action="store_true", help="wordings without the municipality")
    parser.add_argument("--verbose", action="store_true", help="print the failing questions")
    parser.add_argument("--samples", action="store_true",
                        help="ask about the sample plans (data/samples) instead of the layouts-train plans")
    parser.add_argument("--per-doc", type=int, default=12, help="objectives asked per plan, evenly sampled")
    parser.add_argument("--only", help="run only the probes whose name starts with this")
    args = parser.parse_args()
    settings = Settings()
    library = build_library(settings, args.data_dir)
    frozen = {p.name for p in TEST.iterdir()}
    if any(library.catalog.document(name) is not None for name in frozen):
        sys.exit("the index holds frozen test plans: index data/samples and the train plans only")
    answerer = build_answerer(settings, library)
    ok: Counter[tuple[str, int]] = Counter()
    total: Counter[tuple[str, int]] = Counter()
    source = SAMPLES if args.samples else TRAIN
    docs = sorted(p.name for p in source.iterdir() if library.catalog.document(p.name) is not None)
    for probe, i, question, check in probes(answerer, library.catalog, args.no_ente, docs, args.per_doc):
        if args.only and not probe.startswith(args.only):
            continue
        text = answerer.answer(question).text
        good = check(text)
        ok[probe, i] += good
        total[probe, i] += 1
        if not good and args.verbose:
            print(f"KO {probe}/{i}: {question}\n   {text[:300]}")
    for probe in dict.fromkeys(p for p, _ in total):
        keys = [k for k in total if k[0] == probe]
        per = "  ".join(f"{ok[k]}/{total[k]}" for k in keys)
        print(f"{probe:18} {sum(ok[k] for k in keys):4}/{sum(total[k] for k in keys):<4} ({per})")
    print(f"{'all':18} {sum(ok.values()):4}/{sum(total.values())}")


if __name__ == "__main__":
    main()
