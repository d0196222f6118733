"""The people an objective puts to work, counted, on an invented plan: "quanti
dipendenti lavorano all'obiettivo" is the number of people its staff field names
(each once, with the names), not the staff of its office nor a figure of its
indicators."""

from __future__ import annotations

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
