"""Among a list's items (an objective's indicators), the one the question's own words
single out is shown whole, target and all; the others share the rest of the room. On an
invented plan."""

from __future__ import annotations

from tests.integration.test_answering_steps import answerer_over

PLAN = """# Comune di Valdiscesa – PIAO 2026-2028

### Obiettivo 4 – Avvio dello spazio lettura per la prima infanzia in biblioteca
- **Settore:** Servizi culturali
- **Finalità:** Un luogo dove genitori e nonni leggono con i bambini fino a tre anni.
- **Indicatori:**
  - Collaborazioni con i servizi del territorio per la genitorialità e la prima infanzia coinvolti nel progetto sperimentale (target 5)
  - Iniziative proposte alle famiglie nel corso dell'anno con il coinvolgimento dei volontari lettori del territorio (target 12)
  - Rispetto delle fasi e dei tempi previsti dal cronoprogramma dell'obiettivo approvato dalla Giunta comunale (target 100%)
  - Gratuità per le famiglie che frequentano le attività proposte nello spazio della biblioteca civica comunale (target 100%)
  - Frequentazione dello spazio lettura: aperture con la presenza di almeno una famiglia sul totale delle aperture dell'anno (target 70%)
  - Ore di formazione sulla promozione della lettura per il personale della biblioteca e per i volontari coinvolti (target 20)
"""


def test_the_item_the_question_names_is_shown_with_its_target(tmp_path) -> None:
    answerer = answerer_over(tmp_path, {"valdiscesa_piao-2026-2028.md": PLAN})
    text = answerer.answer("Come si misura la frequentazione dello spazio lettura e che valore si vuole raggiungere?").text
    assert "70%" in text, text
