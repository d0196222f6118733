"""The numbered items of a section the question names, in a plan that files its
items as headings with no objective records ("quali progetti rientrano nella
missione 12?"): every item of the section is listed, one with no body of its own
too (and two the plan numbers alike), and no item of another section."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from tests.integration.test_answering_steps import answerer_over, answerer_over_files

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


@pytest.mark.parametrize("kind", ["md", "txt"])
def test_the_projects_under_the_mission_named_are_listed_whole(tmp_path, kind) -> None:
    # (a text file's headings, without marks, stand in the passages' breadcrumbs only)
    plan = VALUE_PLAN if kind == "md" else "\n".join(line.lstrip("#").strip() for line in VALUE_PLAN.splitlines())
    answerer = answerer_over(tmp_path, {f"valdirocca_piao-2025-2027_valore-pubblico.{kind}": plan})
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


MISSIONS = """# Comune di Valdirocca – PIAO 2026-2028

## 2.1 Valore pubblico

### Missione 09 – Sviluppo sostenibile e tutela del territorio e dell'ambiente

#### Area strategica 5 – Meno rifiuti, più qualità

##### Progetto 5.1 TARIFFA PUNTUALE

La quota variabile della tariffa segue i conferimenti del secco residuo. Il progetto è seguito dagli uffici competenti con il supporto dei gestori dei servizi, coinvolge le associazioni del territorio e viene rendicontato ogni anno alla Giunta con una relazione sullo stato di avanzamento, i costi sostenuti e i risultati raggiunti rispetto agli indicatori del piano.

##### Progetto 5.2 ISOLE ECOLOGICHE DI FRAZIONE

#### Area strategica 6 – Un territorio sicuro e curato

##### Progetto 6.1 PULIZIA DEI FOSSATI

Un programma annuale di pulizia dei fossi con il Consorzio di bonifica. Il progetto è seguito dagli uffici competenti con il supporto dei gestori dei servizi, coinvolge le associazioni del territorio e viene rendicontato ogni anno alla Giunta con una relazione sullo stato di avanzamento, i costi sostenuti e i risultati raggiunti rispetto agli indicatori del piano.

##### Progetto 6.2 ORTI URBANI

### Missione 12 – Diritti sociali, politiche sociali e famiglia

#### Area strategica 8 – Nessuno resta indietro

##### Progetto 8.1 ASSISTENZA DOMICILIARE

Più ore di assistenza domiciliare agli anziani soli. Il progetto è seguito dagli uffici competenti con il supporto dei gestori dei servizi, coinvolge le associazioni del territorio e viene rendicontato ogni anno alla Giunta con una relazione sullo stato di avanzamento, i costi sostenuti e i risultati raggiunti rispetto agli indicatori del piano.

##### Progetto 8.2 SPORTELLO CASA

Uno sportello per le famiglie in affitto che cercano casa o un contributo per il canone, aperto due mattine la settimana presso il municipio con il supporto delle associazioni degli inquilini e dei sindacati.
"""


def _as_docx(markdown: str, path: Path) -> Path:
    """The plan as a Word file, each Markdown heading a heading of its level."""
    document = docx.Document()
    for line in markdown.splitlines():
        marks = len(line) - len(line.lstrip("#"))
        if marks:
            document.add_heading(line[marks:].strip(), level=marks)
        elif line.strip():
            document.add_paragraph(line)
    document.save(str(path))
    return path


@pytest.mark.parametrize("kind", ["md", "docx"])
def test_items_set_as_heading_lines_and_a_two_word_series(tmp_path, kind) -> None:
    # a project with no body of its own is a heading line of its neighbour's passage;
    # "mi fai la lista" asks a list; "aree strategiche" is the series the areas form
    # (in a Word file the headings reach the passages as their breadcrumb)
    if kind == "md":
        answerer = answerer_over(tmp_path, {"valdirocca_piao-2026-2028.md": MISSIONS})
    else:
        (tmp_path / "docs").mkdir()
        plan = _as_docx(MISSIONS, tmp_path / "docs" / "valdirocca_piao-2026-2028.docx")
        answerer = answerer_over_files(tmp_path, [plan])
    text = answerer.answer("mi fai la lista dei progetti della missione 9 sull'ambiente?").text
    assert "4 progetti" in text and "5.2 ISOLE ECOLOGICHE DI FRAZIONE" in text and "6.1 PULIZIA" in text, text
    assert "ASSISTENZA DOMICILIARE" not in text, text
    # the last project, with no body, merged into the next mission's first passage, is
    # still the first mission's
    assert "6.2 ORTI URBANI" in text, text
    text = answerer.answer("quanti progetti ha la missione 12?").text
    assert "2 progetti" in text and "ORTI URBANI" not in text, text
    # a count of another thing names the items, it does not count them
    text = answerer.answer("quante ore di assistenza sono previste dai progetti della missione 12?").text
    assert "2 progetti" not in text, text
    text = answerer.answer("in quali aree strategiche è divisa la missione 9 ambiente?").text
    assert "Area strategica 5 – Meno rifiuti, più qualità" in text and "Area strategica 6" in text, text
    assert "Area strategica 8" not in text, text


def test_a_count_of_another_thing_lists_no_items(tmp_path) -> None:
    # the blind development plan of fresh21: its responsibility matrix gives each
    # objective "Area N …" values; "quanti dipendenti ha l'area che …" counts staff, and
    # the areas an objective's passage names are no items asked
    plan = Path(__file__).parents[2] / "benchmarks" / "fresh21" / "docs"
    answerer = answerer_over_files(tmp_path, [plan])
    text = answerer.answer("Quanti dipendenti ha l'area che è responsabile della raccolta differenziata?").text
    assert "5 dipendenti" in text and " area;" not in text, text
