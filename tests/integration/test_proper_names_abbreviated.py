"""A proper name the question spells out that the plan abbreviates ("Santa Chiara" for
"S. Chiara"): a part of a name, not a thing the plan omits. Invented plan."""

from __future__ import annotations

from tests.integration.test_answering_steps import answerer_over

PLAN = """# Comune di Valdorsa – PIAO 2026-2028

## Obiettivi operativi

### Obiettivo 4 – Recupero dell'ex convento di S. Chiara
- **Settore:** Area Tecnica
- **Finalità:** Restituire alla comunità l'edificio dell'ex convento come sede delle associazioni.
- **Risultato atteso:** Sala polivalente aperta entro il 2027.

### Obiettivo 5 – Nuovo regolamento dei contributi alle associazioni
- **Settore:** Area Servizi alla Persona
- **Finalità:** Criteri chiari e pubblici per i contributi.
"""


def test_a_name_the_plan_abbreviates_is_no_missing_thing(tmp_path) -> None:
    answerer = answerer_over(tmp_path, {"valdorsa_piao-2026-2028.md": PLAN})
    text = answerer.answer("cosa si vuole ottenere col recupero del convento di Santa Chiara?").text
    assert "non indica" not in text and "Sala polivalente" in text, text
