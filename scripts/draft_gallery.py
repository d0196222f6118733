"""Write docs/drafting.md: how drafting works, and a gallery of real offline drafts.

    .venv/bin/python scripts/draft_gallery.py [--data-dir DIR] [--out docs/drafting.md]

Without --data-dir the samples (data/samples) are indexed in a temporary folder first
(a few minutes on CPU). The drafts are the offline ones (`llm.mode` extractive), with a
fixed "today" so that the default period is reproducible.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from assistant.drafting import (
    CatalogPhrases,
    Draft,
    Drafter,
    DraftRequest,
    PrecedentFinder,
    draft_markdown,
    format_warnings,
)

# (mission, intent, fields the user gives): ours, not copied from the corpus
GALLERY: list[tuple[str, str, dict[str, str]]] = [
    ("08 Assetto del territorio", "digitalizzare l'archivio delle pratiche edilizie",
     {"settore": "Area Tecnica", "ente": "Comune di Valchiara", "periodo": "2026-2028"}),
    ("01 Servizi istituzionali", "ridurre i tempi di pagamento dei fornitori",
     {"settore": "Area Finanziaria", "periodo": "2026-2028"}),
    ("01 Servizi istituzionali (digitale)", "semplificare l'accesso ai servizi online del comune con SPID",
     {"periodo": "2026-2028"}),
    ("03 Ordine pubblico e sicurezza", "rafforzare i controlli della polizia locale sulla sicurezza stradale",
     {"responsabile": "Comandante della Polizia Locale", "periodo": "2026-2028"}),
    ("04 Istruzione", "prevenire la dispersione scolastica con attività di doposcuola", {"periodo": "2027-2029"}),
    ("05 Cultura", "ampliare gli orari di apertura della biblioteca comunale", {"periodo": "2026-2028"}),
    ("09 Ambiente", "potenziare la raccolta differenziata dei rifiuti", {"periodo": "2026-2028"}),
    ("10 Trasporti e mobilità", "ridurre i consumi energetici dell'illuminazione pubblica", {"periodo": "2026-2028"}),
    ("12 Politiche sociali", "sostenere gli anziani soli con servizi di assistenza a domicilio",
     {"ente": "Comune di Borgo Ferrato", "periodo": "2026-2028"}),
    ("14 Sviluppo economico", "sostenere i negozi di vicinato del centro storico", {"periodo": "2026-2028"}),
]

INTRO = """# Drafting new objectives (`piao draft`)

Employees write next year's PIAO by adapting what they and other municipalities already
wrote. `piao draft "intento"` (and the **Bozza** tab of the app) turns a short intent into
a draft objective in PIAO form, grounded in the most similar objectives of the indexed
documents — the *precedents*, each cited by document and page with what was taken from it.

```bash
.venv/bin/piao draft "digitalizzare l'archivio delle pratiche edilizie" \\
    --settore "Area Tecnica" --ente "Comune di Valchiara" --periodo 2026-2028 \\
    [--responsabile …] [--strategico "obiettivo del DUP"] [--json] [--out bozza.md|bozza.docx|bozza.json]
```

## How a draft is made

1. **Precedents** (`assistant/drafting/precedents.py`): the intent is searched like a question
   (BM25 + dense); the passages found are mapped to the stored objective records they
   overlap; records are ranked by the rarity-weighted share of the intent's topic words
   they contain (the title counts most, words written together such as "raccolta
   differenziata" count extra, a verb also matches its noun: *digitalizzare* →
   *digitalizzazione*). A record sharing no topic word is never a precedent; one covering
   less than ~half of what the best covers is dropped; duplicates are kept once; at most 4.
2. **Offline composition** (`assistant/drafting/composer.py`, default, no model):
   * *titolo* from the intent in the documents' register ("ridurre i tempi …" →
     "Riduzione dei tempi …");
   * fields the user gave are used as given; *responsabile*/*settore* come **only** from
     the input, otherwise "da definire";
   * *motivazione* and *valore atteso*: a sentence built from the intent, with the
     precedents' own wording shown next to it as **suggerimenti**;
   * *fasi*: the pattern analisi → (formazione) → attuazione → (comunicazione) →
     verifica of the closest precedents, adapted to the intent and timed by quarter of the
     period's first year, **da confermare**;
   * *indicatori*: the precedents' indicator types with their targets and units (%, n.,
     data), stripped of the other municipality's counts and settori, **da confermare**;
     a completion-date indicator is always there;
   * *stakeholder*: the precedents' generic categories (cittadini, imprese, …) and those
     named in the intent; anything else "da definire";
   * *obiettivo strategico*: the user's, or a precedent's of the same ente (to confirm),
     else "da definire" with the precedents' links shown as reference.
3. **LLM mode** (`PIAO_LLM__MODE=openai|ollama|local-gguf|llamacpp`,
   `assistant/drafting/llm_writer.py`): the precedents go to the model as few-shot JSON examples
   (`prompts/draft.md`); its JSON reply is validated with pydantic, the user's fields are
   imposed, empty values become "da definire". An invalid reply or a model failure gives
   the offline draft with a warning (`PIAO_LLM__FALLBACK_EXTRACTIVE`, default on).
4. **Grounding of names** (`assistant/drafting/names.py`), in both modes: people (titles, "ROSSI
   Mario", capitalised words with a common first name) are kept only if the user typed
   them; offices ("Settore/Area/Ufficio/Servizio …") only if the user or the documents
   name them. What fails is removed and listed under *Nomi non verificati*; other unknown
   capitalised names are flagged *da verificare*.
5. **SMART check** (`assistant/drafting/smart.py`): specific title, indicators with measurable
   targets, responsible, link to the strategy (DUP), deadline inside the period —
   Italian warnings the user sees.
6. **Export** (`assistant/drafting/export.py`): Markdown, DOCX (python-docx), JSON.

Settings: `PIAO_DRAFT__MAX_PRECEDENTS` (4), `PIAO_DRAFT__MAX_TOKENS` (900, the model's
reply), `PIAO_DRAFT__PRECEDENT_CHARS` (1500, each precedent in the prompt).

## Gallery (offline mode, samples corpus)

Generated by `scripts/draft_gallery.py` from real runs over `data/samples`; the first
draft is shown in full, the others condensed (title, phases, indicators, SMART
warnings, precedents).
"""


def _given(fields: dict[str, str]) -> str:
    return ", ".join(f"{k}: {v}" for k, v in fields.items()) or "nessun altro campo"


def condensed(mission: str, intent: str, fields: dict[str, str], d: Draft) -> str:
    r = d.record
    lines = [
        f"### {mission} — «{intent}»",
        "",
        f"*Input*: {_given(fields)}",
        "",
        (
            f"**{r.titolo}** · ente: {r.ente} · settore: {r.settore} · responsabile: {r.responsabile}"
            f" · scadenza: {r.scadenza} · stakeholder: {', '.join(r.stakeholder)}"
        ),
        "",
        "Fasi: " + "; ".join(f"{p.descrizione} — {p.tempistica}" for p in r.fasi),
        "",
        "Indicatori: " + "; ".join(f"{i.nome} → {i.target}" for i in r.indicatori),
        "",
        "SMART:",
        "",
        format_warnings(d.smart),
        "",
        "Precedenti:",
        "",
    ]
    for p in d.precedents:
        lines.append(f"{p.n}. {p.titolo} — `{p.citation}` — ripreso: {'; '.join(p.taken)}")
    if not d.precedents:
        lines.append("nessuno (struttura standard)")
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, help="an existing index (default: index the samples)")
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "drafting.md")
    args = parser.parse_args()
    from services import build_library
    from settings import load_settings

    with tempfile.TemporaryDirectory() as tmp:
        data_dir = args.data_dir or Path(tmp) / "data"
        settings = load_settings(data_dir=data_dir)
        library = build_library(settings)
        if library.is_empty:
            library.ingest([REPO / "data" / "samples"])
        # the offline drafter of the settings, with a fixed date: the gallery is reproducible
        drafter = Drafter(
            PrecedentFinder(library.searcher, library.catalog), CatalogPhrases(library.catalog),
            max_precedents=settings.draft.max_precedents, today=lambda: date(2025, 6, 1),
        )
        parts = [INTRO]
        for n, (mission, intent, fields) in enumerate(GALLERY):
            d = drafter.draft(DraftRequest.build(intent, **fields))
            if n == 0:
                full = draft_markdown(d).replace("\n# ", "\n#### ").replace("\n## ", "\n#### ")
                full = full.replace("# Bozza di obiettivo", "#### Bozza di obiettivo", 1)
                parts.append(f"### {mission} — «{intent}»\n\n*Input*: {_given(fields)}\n\n{full}")
            else:
                parts.append(condensed(mission, intent, fields, d))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text("\n".join(parts), encoding="utf-8")
    print(f"written {args.out}")


if __name__ == "__main__":
    main()
