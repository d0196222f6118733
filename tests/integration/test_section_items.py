"""The numbered items of a section the question names, in a plan that files its
items as headings with no objective records ("quali progetti rientrano nella
missione 12?"): every item of the section is listed, one with no body of its own
too (and two the plan numbers alike), and no item of another section."""

from __future__ import annotations

from tests.integration.test_answering_steps import answerer_over

VALUE_PLAN = """# Comune di Valdirocca – PIAO 2025-2027

## 2.1 Valore pubblico

### MISSIONE 4 – ISTRUZIONE E DIRITTO ALLO STUDIO

#### OBIETTIVO DI MANDATO – PROGETTO 3.1 SCUOLE SICURE E ACCOGLIENTI

Mettere in sicurezza gli edifici scolastici e renderli accoglienti per alunni e docenti.

#### OBIETTIVO DI MANDATO – PROGETTO 3.2 MENSE DI QUALITÀ

Garantire pasti sani e a filiera corta nelle mense delle scuole primarie.

### MISSIONE 12 – DIRITTI SOCIALI, POLITICHE SOCIALI E FAMIGLIA

#### OBIETTIVO DI MANDATO – PROGETTO 5.1 ANZIANI A CASA PROPRIA

Sostenere la permanenza degli anziani nella propria abitazione con servizi domiciliari.

#### OBIETTIVO DI MANDATO – PROGETTO 5.2 FAMIGLIE FRAGILI
OBIETTIVO DI MANDATO – PROGETTO 5.2 VOLONTARIATO DI PROSSIMITÀ

Coinvolgere le associazioni del territorio nell'aiuto alle famiglie e nella compagnia agli anziani soli.
"""


def test_the_projects_under_the_mission_named_are_listed_whole(tmp_path) -> None:
    answerer = answerer_over(tmp_path, {"valdirocca_piao-2025-2027_valore-pubblico.md": VALUE_PLAN})
    ans = answerer.answer("Quali progetti di mandato stanno sotto la missione 12 diritti sociali e famiglia?")
    for item in ("5.1 ANZIANI A CASA PROPRIA", "5.2 FAMIGLIE FRAGILI", "5.2 VOLONTARIATO DI PROSSIMITÀ"):
        assert item in ans.text, ans.text
    assert "3 progetti" in ans.text, ans.text
    assert "SCUOLE SICURE" not in ans.text and "MENSE" not in ans.text, ans.text
    # each item cited where the plan writes it
    assert {"PROGETTO 5.1 ANZIANI A CASA PROPRIA", "PROGETTO 5.2 VOLONTARIATO DI PROSSIMITÀ"} \
        <= {c.quote for c in ans.citations}, ans.citations


def test_a_section_is_not_listed_as_its_own_items(tmp_path) -> None:
    # asked of one project, the project's heading is no section of projects
    answerer = answerer_over(tmp_path, {"valdirocca_piao-2025-2027_valore-pubblico.md": VALUE_PLAN})
    ans = answerer.answer("Quali sono le finalità del progetto 3.2 mense di qualità?")
    assert "filiera corta" in ans.text, ans.text
    assert "PROGETTO 3.1" not in ans.text, ans.text
