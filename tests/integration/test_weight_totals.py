"""The total weight of a group of objectives, which no passage states: the objectives
of an office (including those filed under a unit the org chart lists in it) or of a
person (through the offices they head), each with its weight, and their sum. On an
invented plan written as plain-text schede under an org-chart tree."""

from __future__ import annotations

from pathlib import Path

from tests.integration.test_answering_steps import answerer_over, answerer_over_files

FRESH7_PLAN = "brenzago_piao-2026-2028_schede-obiettivo.pdf"

PLAN = """COMUNE DI VALDORSA
PIANO INTEGRATO DI ATTIVITÀ E ORGANIZZAZIONE 2026-2028

2.2 PERFORMANCE

OBIETTIVO N. 1 – RECUPERO DELL'EVASIONE TARI

Settore: II – Economico-finanziario
Dirigente/Responsabile di P.O.: rag. Carlo Menabue
Termine: 31/12/2026
Peso %: 7

OBIETTIVO N. 2 – PIANO DI FORMAZIONE DEL PERSONALE

Unità organizzativa: Ufficio Personale (2 addetti)
Responsabile del procedimento: Bellotti Sara (cat. C)
Termine: 30/11/2026
Peso %: 5

OBIETTIVO N. 3 – MANUTENZIONE DELLE STRADE BIANCHE

Settore: III – Lavori pubblici
Dirigente/Responsabile di P.O.: ing. Nadia Ferraguti
Termine: 31/10/2026
Peso %: 9

OBIETTIVO N. 4 – ARCHIVIO DIGITALE DELLE PRATICHE EDILIZIE

Dirigente/Responsabile di P.O.: Responsabile del Settore IV
Termine: 31/12/2027
Peso %: 6

OBIETTIVO N. 5 – SPORTELLO DEL CITTADINO

Settore: I – Affari generali
Dirigente/Responsabile di P.O.: dott.ssa Irene Colombera
Termine: 30/06/2026
Peso %: 8

3.1 STRUTTURA ORGANIZZATIVA

  SETTORE I – AFFARI GENERALI (Resp. dott.ssa Irene Colombera) – totale 4 unità
    └ Protocollo e Archivio (2 unità)
    └ Servizi Demografici (2 unità)
  SETTORE II – ECONOMICO-FINANZIARIO (Resp. rag. Carlo Menabue) – totale 5 unità
    └ Ragioneria (2 unità)
    └ Ufficio Tributi (2 unità)
    └ Ufficio Personale (1 unità)
  SETTORE III – LAVORI PUBBLICI (Resp. ing. Nadia Ferraguti) – totale 6 unità
    └ Squadra operai (6 unità)
  SETTORE IV – URBANISTICA ED EDILIZIA (Resp. ing. Nadia Ferraguti) – totale 2 unità
    └ Edilizia privata (2 unità)
"""


def test_the_objectives_of_an_office_are_weighed_with_their_sum(tmp_path) -> None:
    answerer = answerer_over(tmp_path, {"valdorsa_piao-2026-2028.txt": PLAN})
    # (the training plan is filed under a unit the chart lists in the office: it counts)
    text = answerer.answer("Quanto pesano in totale gli obiettivi del settore finanziario?").text
    assert "peso complessivo 12" in text and "peso 7" in text and "peso 5" in text, text
    assert "STRADE" not in text, text


def test_the_objectives_of_a_person_are_weighed_through_the_offices_they_head(tmp_path) -> None:
    answerer = answerer_over(tmp_path, {"valdorsa_piao-2026-2028.txt": PLAN})
    # ("e quanto pesano" asks the weights of the objectives the first part lists: one
    # question; the fourth objective names only "the head of Settore IV", who she is)
    text = answerer.answer("Quali obiettivi ha in carico l'ing. Ferraguti e quanto pesano complessivamente?").text
    assert "peso complessivo 15" in text and "STRADE" in text and "ARCHIVIO" in text, text
    assert "SPORTELLO" not in text, text



def test_the_weight_of_the_objective_a_person_follows_is_their_objectives_weight(tmp_path) -> None:
    answerer = answerer_over(tmp_path, {"valdorsa_piao-2026-2028.txt": PLAN})
    # (no "quali obiettivi": the objective is named by the person who follows it)
    text = answerer.answer("Qual è il peso dell'obiettivo seguito dalla dott.ssa Colombera?").text
    assert "peso 8" in text and "SPORTELLO" in text, text
    assert "STRADE" not in text and "EVASIONE" not in text, text



def test_a_place_named_after_someone_is_no_person_whose_objectives_are_weighed(tmp_path) -> None:
    # the blind development plan fresh7 (label/value schede in a PDF): "via Monte Rosa"
    # reads like a name, but no title or role names a person there
    plan = Path(__file__).resolve().parents[2] / "benchmarks/fresh7/docs" / FRESH7_PLAN
    answerer = answerer_over_files(tmp_path, [plan])
    text = answerer.answer("Pesa di più l'obiettivo sull'evasione tributaria o quello della scuola di via Monte Rosa?").text
    assert "compare in" not in text and "11" in text and "12" in text, text

AREA_PLAN = """# Comune di Valdorsa – PIAO 2026-2028

## Struttura organizzativa

| Area | Responsabile | Servizi |
|---|---|---|
| Area 1 – Amministrativa | dott.ssa Irene Colombera | Segreteria; Protocollo |
| Area 2 – Economico-Finanziaria e Tributi | rag. Carlo Menabue | Ragioneria; Tributi |

## Obiettivi operativi

### OO-01 – Pagamenti elettronici con pagoPA
- **Settore:** Area 2 - Finanziaria
- **Finalità:** Tutti i pagamenti al Comune anche on line.

### OO-02 – Recupero dell'evasione TARI
- **Settore:** Area 2 - Finanziaria
- **Finalità:** Meno evasione della tassa rifiuti.

### OO-03 – Protocollo informatico
- **Settore:** Area 1 - Amministrativa
- **Finalità:** Tutti i documenti in entrata protocollati in giornata.
"""

OTHER_PLAN = """# Comune di Borgomonte – PIAO 2026-2028

## Obiettivi operativi

### Obiettivo 1 – Bilancio partecipativo
- **Settore:** 02. FINANZIARIO E TRIBUTI
- **Finalità:** I cittadini propongono come spendere una quota del bilancio.

### Obiettivo 2 – Open bilancio
- **Settore:** 02. FINANZIARIO E TRIBUTI
- **Finalità:** Il bilancio spiegato in modo semplice sul sito.
"""


def test_a_settore_named_in_words_of_its_own_keeps_them(tmp_path) -> None:
    # ("Area 2 - Finanziaria" names the chart's "Area 2 – Economico-Finanziaria e
    # Tributi" by a word of its name: the question's words are the plan's, and the
    # office asked is this plan's, not another plan's "Finanziario e Tributi")
    answerer = answerer_over(tmp_path, {"valdorsa_piao-2026-2028.md": AREA_PLAN, "borgomonte_piao-2026-2028.md": OTHER_PLAN})
    text = answerer.answer("quali obiettivi ha l'area finanziaria?").text
    assert "Valdorsa" in text and "pagoPA" in text and "evasione" in text, text
    assert "Bilancio partecipativo" not in text, text
