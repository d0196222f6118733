"""An objective listed in a summary table and detailed under a heading numbered with
its code and opening with its title, on an invented plan (`ingest/code_links.py`): the
detail is the same objective's, so what it states (a start date) answers for the row's
objective, also when the row's title is two words long."""

from __future__ import annotations

from tests.integration.test_answering_steps import answerer_over

PLAN = """# Comune di Roccaverde – PIAO 2026-2028

## 2. Obiettivi operativi

### 2.3.1 Trasporto sociale per anziani e persone con disabilità
La responsabilità è della dott.ssa Laura Benvenuti, titolare di EQ del Servizio Sociale. Con due automezzi attrezzati
e con l'aiuto dei volontari il Comune attiva un servizio di trasporto verso ospedali e ambulatori per gli anziani
soli delle frazioni. Avvio del servizio: entro il 31/03/2026.

### 2.3.2 Centro del riuso per i beni usati
Presso l'isola ecologica si apre un centro del riuso per i beni ancora utilizzabili. Apertura del centro da
completare entro il 31/05/2026.

## 4. Quadro di sintesi degli obiettivi operativi

Cod. | Obiettivo operativo | Peso | Target 2026
2.3.1 | Trasporto sociale | 9 | 60 utenti
2.3.2 | Centro del riuso | 8 | 1 centro aperto
"""


def test_the_detail_under_the_code_answers_for_the_summary_row(tmp_path) -> None:
    answerer = answerer_over(tmp_path, {"roccaverde_piao-2026-2028.md": PLAN})
    text = answerer.answer("Scade prima l'apertura del centro del riuso o l'avvio del trasporto sociale?").text
    assert "31/03/2026" in text and "31/05/2026" in text, text


SECTION_NUMBER = """# Comune di Roccaverde – PIAO 2026-2028

## 1.1 Organi di governo

La Giunta comunale è composta dal Sindaco Marco Bellandi e da tre assessori, con deleghe a lavori pubblici,
servizi sociali e cultura; il Consiglio comunale conta dodici consiglieri oltre al Sindaco.

## 4. Quadro di sintesi degli obiettivi operativi

Cod. | Obiettivo operativo | Peso | Target 2026
1.1 | Sportello telematico per l'edilizia | 9 | 80% di pratiche on line
1.2 | Fascicolo elettronico | 8 | 100% di documenti fascicolati
"""


def test_a_sections_number_is_no_objectives_code(tmp_path) -> None:
    # "1.1 Organi di governo" numbers a section: the objective coded "1.1" is another thing
    answerer = answerer_over(tmp_path, {"roccaverde_piao-2026-2028.md": SECTION_NUMBER})
    text = answerer.answer("Da chi è composta la giunta comunale?").text
    assert "Marco Bellandi" in text and "Sportello telematico" not in text, text
