"""Objectives named elsewhere by their number, on an invented plan: the risk paragraph
that rates the processes of some objectives (asked which objectives and who answers
for them, one question), the staff listed in prose per objective, and a list of hires
whose items count what they name ("n. 2 Agenti")."""

from __future__ import annotations

from tests.integration.test_answering_steps import answerer_over

PLAN = """# Comune di Fontebruna – PIAO 2026-2028

## 2.2 Performance

### Obiettivo 1 – Riscossione coattiva delle entrate patrimoniali

Responsabile: rag. Ilario Benedettini
Servizio: Ufficio Entrate (Area I)
Finalità: recuperare i canoni non versati degli impianti sportivi.

### Obiettivo 2 – Manutenzione dei sentieri collinari

Responsabile: Responsabile dell'Area II (v. organigramma)
Servizio: Manutenzioni (Area II)
Finalità: riaprire i sentieri chiusi dalle frane del 2025.

### Obiettivo 3 – Ludoteca estiva per i bambini delle frazioni

Responsabile: dott.ssa Costanza Merighi
Servizio: Servizi educativi (Area III)
Finalità: offrire un servizio estivo alle famiglie che lavorano.

## 2.3 Rischi corruttivi

Il RPCT ha aggiornato la mappatura dei processi. Ha valutato a rischio alto i processi collegati agli obiettivi n. 1 e n. 2, cioè riscossione e affidamenti di lavori, e a rischio basso il processo collegato all'obiettivo n. 3.

## 3.1 Struttura organizzativa

| Area | Responsabile | Dipendenti |
|---|---|---|
| Area I – Finanziaria | rag. Ilario Benedettini | 4 |
| Area II – Tecnica | geom. Arnaldo Pezzani | 6 |
| Area III – Servizi alla persona | dott.ssa Costanza Merighi | 5 |

## 3.2 Personale coinvolto negli obiettivi

All'obiettivo n. 1 concorrono: FERRI Giada e LODI Matteo. All'obiettivo n. 2 concorrono: BASSI Carlo, NERI Anna e POLI Dario. All'obiettivo n. 3 concorrono: GALLI Sofia.

## 3.3 Piano dei fabbisogni

Per l'anno 2026 sono previste le seguenti assunzioni a tempo indeterminato:
- n. 1 Istruttore tecnico per l'Area II;
- n. 2 Agenti di Polizia locale;
- n. 1 Educatore per la ludoteca.
"""


def _answerer(tmp_path):
    return answerer_over(tmp_path, {"fontebruna_piao-2026-2028.md": PLAN})


def test_the_objectives_a_risk_sentence_points_at_come_with_their_heads(tmp_path) -> None:
    text = _answerer(tmp_path).answer("Quali obiettivi sono a rischio alto e chi ne sono i responsabili?").text
    assert "Benedettini" in text and "Pezzani" in text, text
    assert "Merighi" not in text, text


def test_the_staff_listed_in_prose_per_objective(tmp_path) -> None:
    answerer = _answerer(tmp_path)
    text = answerer.answer("Quali colleghi lavorano alla manutenzione dei sentieri collinari?").text
    for name in ("BASSI", "NERI", "POLI"):
        assert name in text, text
    assert "GALLI" not in text, text


def test_items_that_count_what_they_name_are_a_list(tmp_path) -> None:
    text = _answerer(tmp_path).answer("Che assunzioni sono previste per il 2026?").text
    for hire in ("Istruttore tecnico", "Agenti di Polizia locale", "Educatore"):
        assert hire in text, text


TYPED = """COMUNE DI ROCCALVA - PIAO 2026/2028

2.1 VALORE PUBBLICO

Linea A - "Roccalva sicura e curata": comprende gli obiet-
tivi n. 1 e n. 3, dedicati alla sorveglianza delle frazioni e alla cura
delle aree verdi.
Linea B - "Roccalva vicina": comprende l'obiettivo n. 2.

2.2 PERFORMANCE

SCHEDA OBIETTIVO N. 1
ESTENSIONE DELLA VIDEOSORVEGLIANZA NELLE FRAZIONI
Responsabile ........... comm. Dario Ferretti
Finalità ............... contrastare gli abbandoni di rifiuti con l'esten-
                         sione dell'impianto di videosorve-
                         glianza oggi limitato al capoluogo

SCHEDA OBIETTIVO N. 2
SPORTELLO ANAGRAFICO ITINERANTE
Responsabile ........... dott.ssa Maura Lenzi
Finalità ............... portare i certificati nelle frazioni

SCHEDA OBIETTIVO N. 3
CURA DEL VERDE CON I VOLONTARI
Responsabile ........... geom. Ivo Landi
Finalità ............... coinvolgere i cittadini nella cura dei parchi
"""


def test_a_word_a_wrap_cut_reads_whole_and_is_quoted_as_written(tmp_path) -> None:
    answerer = answerer_over(tmp_path, {"roccalva_piao-2026-2028.txt": TYPED})
    ans = answerer.answer("A cosa serve l'estensione dell'impianto di videosorveglianza?")
    assert "videosorveglianza oggi limitato" in ans.text, ans.text
    assert any("videosorve- glianza" in c.quote for c in ans.citations), ans.citations


def test_the_objectives_a_line_comprises_by_number_are_named(tmp_path) -> None:
    answerer = answerer_over(tmp_path, {"roccalva_piao-2026-2028.txt": TYPED})
    ans = answerer.answer("Quali obiettivi rientrano nella linea Roccalva sicura e curata?")
    assert "VIDEOSORVEGLIANZA" in ans.text and "CURA DEL VERDE" in ans.text, ans.text
    assert "SPORTELLO" not in ans.text, ans.text
    # (the sentence reads "obiettivi"; its citation quotes it as the page writes it)
    assert "comprende gli obiettivi n. 1" in ans.text, ans.text
    assert any("gli obiet- tivi" in c.quote for c in ans.citations), ans.citations
