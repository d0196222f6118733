"""Two prose fields asked in one question ("a cosa servono X, cosa vogliono ottenere?")
share the answer's room: a long purpose does not crowd out the expected result.
Invented plan."""

from __future__ import annotations

from tests.integration.test_answering_steps import answerer_over

PLAN = """# Comune di Valdorsa – PIAO 2026-2028

## Obiettivi operativi

### Obiettivo 7 – Contrasto all'abbandono dei rifiuti con fototrappole
- **Settore:** Polizia Locale
- **Finalità:** Nel 2025 la squadra operai ha rimosso 58 abbandoni di rifiuti lungo le strade vicinali e presso l'area ecologica di via delle Industrie. L'obiettivo prevede l'acquisto di 5 fototrappole mobili, controlli congiunti con il gestore del servizio rifiuti e una campagna informativa nelle scuole sulla raccolta differenziata e sul decoro urbano. Le fototrappole sono collocate a rotazione nei punti segnalati dai cittadini tramite l'app comunale e dalla squadra operai durante i giri di pulizia settimanali; le immagini sono conservate per il tempo strettamente necessario all'accertamento, nel rispetto della normativa sulla protezione dei dati personali.
- **Risultato atteso:** Dimezzare gli abbandoni e individuare i responsabili; maggiore decoro delle aree periferiche.
"""


def test_two_prose_fields_asked_share_the_room(tmp_path) -> None:
    answerer = answerer_over(tmp_path, {"valdorsa_piao-2026-2028.md": PLAN})
    text = answerer.answer("a cosa servono le fototrappole, cosa vogliono ottenere?").text
    assert "finalità" in text and "Dimezzare gli abbandoni" in text, text


TABLE = """# Comune di Valdorsa – PIAO 2026-2028

| Cod. | Obiettivo operativo | Indicatore | Target 2026 | Target 2027 | Target 2028 |
|---|---|---|---|---|---|
| 1.5 | Piano annuale di formazione del personale | Ore medie di formazione per dipendente | 24 ore | 30 ore | n.d. |
| 1.6 | Controlli successivi sugli atti | % determinazioni controllate | 10% | 12% | 15% |
"""


def test_a_year_whose_value_is_not_available_is_not_given(tmp_path) -> None:
    # ("target 2028: n.d.)", the last value of a measure's list in parentheses)
    answerer = answerer_over(tmp_path, {"valdorsa_piao-2026-2028.md": TABLE})
    text = answerer.answer("Qual è il target 2028 delle ore di formazione per dipendente?").text
    assert text.startswith("Il piano non indica un valore per il 2028"), text


def test_a_year_of_a_row_of_years_is_read_with_its_own_value() -> None:
    from assistant.answering.abstain import _paired_years

    assert _paired_years("ore medie (valore obiettivo 2026 / 2027 / 2028: 24 ore / 24 ore / n.d.)") \
        == "ore medie (valore obiettivo 2026: 24 ore; 2027: 24 ore; 2028: n.d.)"
