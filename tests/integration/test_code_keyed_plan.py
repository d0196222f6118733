"""A plan exported to Markdown, invented: objectives as rows of a wide table keyed by
codes, a detail card and a staff table that name an objective by its code only, an org
chart as a nested list whose commander is titled by rank and whose office is held ad
interim by another office's head; and a typed plan whose objectives send the reader to
the org chart. Each fact is reached through the structure that states it."""

from __future__ import annotations

from ingest.models import UnitKind
from ingest.text import Field
from tests.integration.test_answering_steps import answerer_over

MARKDOWN = """# Comune di Pietralta Salentina – PIAO 2026-2028

## 2.2 Performance

### Linea 1 – Un Comune vicino

| Cod. | Obiettivo operativo | Settore | Responsabile | Indicatore | Target 2026 | Scadenza |
|:--|:--|:--|:--|:--|:--|:--|
| OB 1.1 | Riapertura dello sportello anagrafico nelle frazioni | Settore 1 | dott. Corrado Pizzolante | Aperture settimanali | 2 | 30/06/2026 |
| OB 1.2 | Piano di manutenzione delle strade rurali | Settore 3 | Responsabile Settore 3 | Km sistemati | 14 | 30/11/2026 |
| OB 1.3 | Controlli sulle soste nei centri storici | Settore 4 | Responsabile Settore 4 | Verbali | 900 | 31/12/2026 |

**Scheda di dettaglio – OB 1.2**

**Motivazione.** Le piogge del 2025 hanno reso impraticabili molte strade poderali usate dalle aziende agricole.

**Stakeholder:** aziende agricole, consorzio di bonifica, frazioni.

## 3.1 Struttura organizzativa

- **Settore 1 – Servizi al Cittadino** — Responsabile: dott. Corrado Pizzolante (6 unità)
  - Ufficio Anagrafe e Stato civile
- **Settore 2 – Finanze** — Responsabile: rag. Ornella Quaranta (5 unità)
  - Ufficio Ragioneria
- **Settore 3 – Territorio** — Responsabile: ad interim il Responsabile del Settore 2 (4 unità)
  - Ufficio Manutenzioni
- **Settore 4 – Polizia Locale** — Comandante: magg. Vitantonio Schirinzi (7 unità)
  - Ufficio Viabilità

## 3.2 Personale coinvolto negli obiettivi

| Codice obiettivo | Dipendenti coinvolti |
|:--|:--|
| OB 1.1 | MARTELLA Lucia, PEPE Daniele |
| OB 1.2 | CONTE Saverio, LEO Marisa |
| OB 1.3 | SOLITO Franco |
"""

TYPED = """COMUNE DI ROCCAFONDA - PIAO 2026/2028

2.2 PERFORMANCE

Gli obiettivi sono assegnati ai Responsabili di Area secondo l'organigramma.

SCHEDA OBIETTIVO N. 1
SGOMBERO NEVE CON LE AZIENDE AGRICOLE
Responsabile ........... Responsabile dell'Area II (v. organigramma)
Servizio ............... Manutenzioni (Area II)
Finalità ............... garantire la viabilità delle frazioni in inverno

SCHEDA OBIETTIVO N. 2
RINNOVO DEL REGOLAMENTO DELLE ENTRATE
Responsabile ........... rag. Delfina Menozzi
Servizio ............... Tributi (Area I)
Finalità ............... semplificare rateizzazioni e ravvedimenti

SCHEDA OBIETTIVO N. 3
CENSIMENTO DEI PASSI CARRAI
Responsabile ........... rag. Delfina Menozzi
Servizio ............... Tributi (Area I)
Finalità ............... aggiornare la banca dati del canone unico

3.1 STRUTTURA ORGANIZZATIVA

AREA                         RESPONSABILE                 N. DIPENDENTI
I   Finanziaria e Tributi    rag. Delfina Menozzi         4
II  Tecnica e Manutenzioni   geom. Oreste Barilli         6
"""


def test_the_org_list_names_the_commander_and_the_head_held_ad_interim(tmp_path) -> None:
    answerer = answerer_over(tmp_path, {"pietralta-salentina_piao-2026-2028.md": MARKDOWN})
    entries = {c.fields[Field.SETTORE]: c.fields[Field.TITOLARE]
               for c in answerer.retriever.catalog.chunks_of("pietralta-salentina_piao-2026-2028.md")
               if c.kind == UnitKind.ORG_CHART}
    assert entries["Settore 4 – Polizia Locale"] == "Vitantonio Schirinzi"
    assert entries["Settore 3 – Territorio"] == "Ornella Quaranta"


def test_a_responsible_office_is_followed_to_its_head(tmp_path) -> None:
    answerer = answerer_over(tmp_path, {"pietralta-salentina_piao-2026-2028.md": MARKDOWN})
    text = answerer.answer("Chi è il responsabile dei controlli sulle soste nei centri storici?").text
    assert "Schirinzi" in text, text
    # (an office held ad interim: its head is the other office's)
    text = answerer.answer("Chi è il responsabile della manutenzione delle strade rurali?").text
    assert "Quaranta" in text, text


def test_which_of_two_objectives_expires_first_gives_both_deadlines(tmp_path) -> None:
    answerer = answerer_over(tmp_path, {"pietralta-salentina_piao-2026-2028.md": MARKDOWN})
    text = answerer.answer("Tra lo sportello anagrafico nelle frazioni e le strade rurali quale obiettivo scade prima?").text
    assert "30/06/2026" in text and "30/11/2026" in text, text


def test_a_detail_card_and_a_staff_table_keyed_by_the_code_are_the_objectives(tmp_path) -> None:
    answerer = answerer_over(tmp_path, {"pietralta-salentina_piao-2026-2028.md": MARKDOWN})
    card = [c for c in answerer.retriever.catalog.chunks_of("pietralta-salentina_piao-2026-2028.md")
            if "Scheda di dettaglio" in c.breadcrumb_text]
    assert card and all(c.fields.get(Field.TITOLO) == "Piano di manutenzione delle strade rurali" for c in card)
    text = answerer.answer("Quali dipendenti lavorano sul piano delle strade rurali?").text
    assert "CONTE" in text and "LEO" in text, text


def test_a_typed_objective_sends_to_the_org_chart_for_its_head(tmp_path) -> None:
    answerer = answerer_over(tmp_path, {"roccafonda_piao-2026-2028.txt": TYPED})
    text = answerer.answer("Chi è il responsabile dello sgombero neve con le aziende agricole? mi serve il nome").text
    assert "Barilli" in text, text
    # (a chart that numbers its areas is named by kind and first word: "l'area tecnica")
    text = answerer.answer("Quanti dipendenti ha l'area tecnica?").text
    assert "6" in text, text
