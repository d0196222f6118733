"""A question that names some items of an objective's list by their own words gets
those items, whatever their place in the list (invented plan): the others follow as
the answer's room allows."""

from __future__ import annotations

from tests.integration.test_answering_steps import answerer_over

PLAN = """# Comune di Valgrana – PIAO 2026-2028

## 2.2 Performance

### Obiettivo 1 – Rete dei servizi di prossimità per gli anziani delle frazioni

Responsabile: dott.ssa Nives Bortoluzzi
Finalità: portare nelle frazioni i servizi che oggi richiedono uno spostamento al capoluogo.
Indicatori:
- Rispetto delle fasi e dei tempi previsti dal cronoprogramma approvato dalla Giunta comunale con la deliberazione di avvio del progetto (target 100%)
- Incontri di coordinamento con le associazioni di volontariato e con la parrocchia per la programmazione delle attività settimanali (target 12)
- Questionari di gradimento distribuiti agli utenti dei servizi di prossimità e restituiti compilati entro la fine dell'anno (target 150)
- Relazioni trimestrali al Nucleo di valutazione sullo stato di avanzamento del progetto e sulle criticità incontrate (target 4)
- Sportelli di prossimità aperti nelle frazioni con orario settimanale pubblicato sul sito (target 5)
- Volontari formati per l'accompagnamento degli anziani alle visite mediche (target 25)

### Obiettivo 2 – Manutenzione delle fontane pubbliche

Responsabile: geom. Tullio Sbrissa
Finalità: riattivare le fontane chiuse.
Indicatori:
- Fontane riattivate (target 8)

### Obiettivo 3 – Archivio storico digitale

Responsabile: dott. Remo Tesser
Finalità: consultare in rete i registri storici.
Indicatori:
- Registri digitalizzati (target 300)
"""


def test_the_items_the_question_names_lead_the_list(tmp_path) -> None:
    answerer = answerer_over(tmp_path, {"valgrana_piao-2026-2028.md": PLAN})
    text = answerer.answer("Per i servizi di prossimità agli anziani: quanti sportelli aprire nelle frazioni "
                           "e quanti volontari formare?").text
    assert "target 5" in text and "target 25" in text, text
