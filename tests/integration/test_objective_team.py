"""The people an objective puts to work, counted, on an invented plan: "quanti
dipendenti lavorano all'obiettivo" is the number of people its staff field names
(each once, with the names), not the staff of its office nor a figure of its
indicators."""

from __future__ import annotations

from assistant.answering import staffing
from assistant.answering.conversation import resolve
from tests.integration.test_answering_steps import answerer_over

PLAN = """# Comune di Valtremola – PIAO 2026-2028

## Organigramma

| Settore | Responsabile | Dipendenti |
|---|---|---|
| 03. Servizi demografici | dott.ssa Lia Ferrandi | 9 |

## Obiettivi operativi

### Sportello digitale assistito

**Settore:** 03. Servizi demografici

**Descrizione:** aiutare i cittadini con SPID e CIE; dimensione attesa 350 pratiche.

**Dipendenti che partecipano all'obiettivo:**
- BRAMATI Oriana (C3)
- COLZANI Piergiorgio (B5)
- DELLAVALLE Ines (C1)

### Formazione interna del personale dipendente

**Settore:** 03. Servizi demografici

**Descrizione:** corsi sul nuovo contratto per il personale dipendente; il Comune conta 30 dipendenti a tempo
indeterminato.

**Dipendenti che partecipano all'obiettivo:**
- FRIGERIO Ada (C1)
- MOTTA Livio (C2)
"""


def test_the_people_an_objective_names_are_counted(tmp_path) -> None:
    answerer = answerer_over(tmp_path, {"valtremola_piao-2026-2028.md": PLAN})
    for question in ("Quanti dipendenti lavorano allo sportello digitale assistito?",
                     "Quante persone sono coinvolte nell'obiettivo sportello digitale assistito?"):
        ans = answerer.answer(question)
        assert "3 dipendenti" in ans.text, (question, ans.text)
        assert all(name in ans.text for name in ("BRAMATI Oriana", "COLZANI Piergiorgio", "DELLAVALLE Ines")), ans.text
        assert "9" not in ans.text and "350" not in ans.text, ans.text
        assert len(ans.citations) >= 3, ans.citations

    # (how the ente's staff works, "lavorano part-time", is no objective's team)
    def team_asked(question: str) -> bool:
        return staffing.asks_team(answerer.frames.build(resolve(question, [], answerer.retriever)))

    assert team_asked("Quanti dipendenti partecipano all'obiettivo sportello digitale assistito?")
    assert not team_asked("Quanti dipendenti lavorano part-time?")


TEXT_PLAN = """COMUNE DI VALTREMOLA - PIAO 2026-2028

obiettivo operativo

Rif. DUP 3.1.2 SPORTELLO DIGITALE ASSISTITO

Aiutare i cittadini ad attivare SPID e CIE e a usare i servizi on line del comune.

indicatore di efficacia

% pratiche digitali assistite allo sportello (n. 350/350 pratiche)

- data
- quantità

dimensione attesa

350

dipendenti che partecipano all'obiettivo

BRAMATI Oriana\tC3
COLZANI Piergiorgio\tB5
DELLAVALLE Ines\tC1

obiettivo operativo

Rif. DUP 3.1.3 ARCHIVIO DELLO STATO CIVILE

Riordinare i registri dello stato civile dal 1950.
"""


def test_a_figure_before_the_team_s_label_is_no_count_of_it(tmp_path) -> None:
    # "350" closes the indicator's lines just before the label of the team's list, so
    # the lines read "350 dipendenti che partecipano": the team is the three listed
    answerer = answerer_over(tmp_path, {"valtremola_piao-2026-2028.txt": TEXT_PLAN})
    ans = answerer.answer("Quanti dipendenti lavorano all'obiettivo sportello digitale assistito?")
    assert "3 dipendenti" in ans.text and "DELLAVALLE Ines" in ans.text, ans.text


def test_who_is_assigned_to_an_objective_is_its_team_to_whom_it_is_assigned_its_office(tmp_path) -> None:
    answerer = answerer_over(tmp_path, {"valtremola_piao-2026-2028.md": PLAN})
    ans = answerer.answer("Chi è assegnato all'obiettivo sportello digitale assistito?")
    assert "COLZANI Piergiorgio" in ans.text, ans.text
    ans = answerer.answer("A chi è assegnato l'obiettivo sportello digitale assistito?")
    assert "Servizi demografici" in ans.text and "COLZANI" not in ans.text, ans.text
