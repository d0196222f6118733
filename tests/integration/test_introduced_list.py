"""A list asked for by the noun its introducing line uses, on an invented plan: "quali
criticità …" is answered by the items under "si segnalano le seguenti criticità:", whole,
not by the objective's phases that share the question's other words."""

from __future__ import annotations

from tests.integration.test_answering_steps import answerer_over

PLAN = """# Comune di Valmora Superiore – PIAO 2026-2028

## Obiettivo 4.2 – Gestione degli alloggi di edilizia residenziale pubblica

Responsabile: Settore Servizi alla persona

CRONOPROGRAMMA FASI E TEMPI

- 1) invio delle comunicazioni agli inquilini (febbraio)
- 2) verifica dei pagamenti degli inquilini (marzo)
- 3) piani di rientro con gli inquilini morosi (aprile)

Fattori critici

si segnalano le seguenti criticità emerse:

- 1) ritardi cronici nel pagamento dei canoni;
- 2) scarsa manutenzione ordinaria a carico dei conduttori;
- 3) occupazioni senza titolo di due unità

## Obiettivo 4.3 – Sportello casa

Responsabile: Settore Servizi alla persona

- 1) apertura dello sportello due mattine a settimana (tempi gennaio - dicembre)
"""


def test_the_list_introduced_by_the_noun_asked(tmp_path) -> None:
    answerer = answerer_over(tmp_path, {"valmora_piao-2026-2028.md": PLAN})
    ans = answerer.answer("Quali criticità vengono segnalate sugli inquilini degli alloggi?")
    assert ans.found
    for item in ("ritardi cronici", "scarsa manutenzione", "occupazioni senza titolo"):
        assert item in ans.text, item
    assert "invio delle comunicazioni" not in ans.text  # a phase, not a critical factor
