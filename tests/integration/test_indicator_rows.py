"""Indicators in tables of their own columns, on an invented plan: the one indicator a
question names is the answer (not its whole list), with its formula and each year's
target as its row gives them; a table's header row states nothing."""

from __future__ import annotations

from tests.integration.test_answering_steps import answerer_over

LIBRARY_AND_ARCHIVE = """# Comune di Valprova – PIAO 2026-2028

## Organigramma

- Settore Cultura e Biblioteca — resp. dott.ssa Irene Calvasina
  - Ufficio Biblioteca civica
  - Ufficio Archivio storico

## Obiettivi operativi

### Obiettivo 4.1 – Rilancio dei prestiti della biblioteca civica

**Settore competente:** Settore Cultura e Biblioteca

Finalità: portare in biblioteca nuovi lettori, soprattutto tra i ragazzi delle scuole medie.

| Indicatore | Formula | Target 2026 | Target 2027 |
|---|---|---|---|
| Prestiti per abitante | prestiti dell'anno / residenti al 31/12 | 1,8 | 2,1 |
| Nuovi iscritti under 14 | n. tessere rilasciate a minori di 14 anni | 120 | 150 |
| Eventi di promozione della lettura | n. incontri con autori e letture animate | 10 | 12 |

### Obiettivo 4.2 – Riordino dell'archivio storico comunale

**Settore competente:** Settore Cultura e Biblioteca

Finalità: rendere consultabili online gli inventari dei fondi ottocenteschi.

| Indicatore | Formula | Target 2026 | Target 2027 |
|---|---|---|---|
| Indice di digitalizzazione degli inventari (IDI) | schede inventariali pubblicate / schede inventariali totali × 100 | 40% | 75% |
| Richieste di consultazione evase | richieste evase entro 30 giorni / richieste ricevute × 100 | 85% | 90% |
"""


def test_the_indicator_a_question_names_is_answered_with_its_formula_and_its_years_targets(tmp_path) -> None:
    answerer = answerer_over(tmp_path, {"valprova_piao-2026-2028.md": LIBRARY_AND_ARCHIVE})
    text = answerer.answer("Come si calcola l'IDI e che target c'è per il 2027?").text
    assert "schede inventariali pubblicate" in text and "75%" in text, text
    assert "Prestiti per abitante" not in text, text  # (another objective of the same office)


def test_one_indicator_named_by_its_words_is_the_answer_not_its_whole_list(tmp_path) -> None:
    answerer = answerer_over(tmp_path, {"valprova_piao-2026-2028.md": LIBRARY_AND_ARCHIVE})
    text = answerer.answer("come si misurano i nuovi iscritti under 14 della biblioteca e qual è il target?").text
    assert text.split("]: ", 1)[1].startswith("Nuovi iscritti under 14"), text  # (the item first, not the list's)
    assert "tessere rilasciate" in text and "150" in text, text
    whole = answerer.answer("quali sono gli indicatori del rilancio dei prestiti della biblioteca?").text
    assert all(x in whole for x in ("Prestiti per abitante", "Nuovi iscritti", "Eventi di promozione")), whole


YEARLY = """COMUNE DI VALTESSERA
PIAO 2026-2028

Obiettivi operativi 2026-2027
Cod.\tObiettivo operativo\tIndicatore\tTarget 2026\tTarget 2027
OB 1\tBiblioteca aperta la sera e letture per i bambini\tPrestiti annui della biblioteca • Ore di apertura settimanali\t5.000 • 24\t5.600 • 30
OB 2\tRaccolta differenziata porta a porta\tQuota di differenziata\t72%\t75%
"""


def test_how_many_is_answered_by_an_indicator_s_target_of_the_year(tmp_path) -> None:
    # "Prestiti annui — 2026: 5.000": the year labels the figure, which counts the
    # indicator's thing; and each indicator of the cell keeps its own column values
    answerer = answerer_over(tmp_path, {"valtessera_piao-2026-2028.txt": YEARLY})
    text = answerer.answer("Quanti prestiti deve raggiungere la biblioteca nel 2026?").text
    assert "5.000" in text and "non indica" not in text, text


def test_a_figure_labelled_by_its_year_counts_the_indicator_s_thing() -> None:
    # "Prestiti annui — 2026: 5.000", "(target 2026: 5.000)": the year labels the
    # figure, so the figure counts "prestiti"; a year alone dates them, it counts nothing
    from assistant.answering.abstain import _counts_near

    assert _counts_near("Prestiti annui della biblioteca — 2026: 5.000", "prestit")
    assert _counts_near("Prestiti annui della biblioteca (target 2026: 5.000)", "prestit")
    assert not _counts_near("i prestiti del 2025 sono in calo", "prestit")
