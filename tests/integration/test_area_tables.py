"""Objective tables set one per area, on an invented plan: each row belongs to the
office the heading above its table names (and to the head it names, or the head line
under it), and a row with no objective of its own continues the objective above it."""

from __future__ import annotations

from pathlib import Path

from ingest.pipeline import parse_file
from tests.integration.test_answering_steps import answerer_over

_HEADER = "N.\tObiettivo operativo\tDescrizione sintetica\tIndicatore\tTarget 2026\tPeso\n"

AREA_TABLES = (
    "COMUNE DI VALPROVA\nPIAO 2026-2028 – Sottosezione Performance\n\n"
    "Il Segretario comunale, dott.ssa Ornella Vighi, coordina i Responsabili di Area.\n\n"
    "2.2 Obiettivi operativi per Area\n\n"
    "AREA 1 – AFFARI GENERALI\n"
    "Responsabile di Area: ad interim il Segretario comunale\n\n" + _HEADER
    + "1\tArchivio digitale delle delibere\tScansione delle delibere dal 1950 al 2000\tDelibere digitalizzate (%)\t60%\t50\n"
    + "2\tNuovo sito istituzionale\tMigrazione al modello dei siti comunali\tServizi online pubblicati (n.)\t25\t50\n\n"
    "AREA 2 – SERVIZI SOCIALI – Responsabile: dott. Renato Bigoni\n\n" + _HEADER
    + "3\tSoggiorni climatici per anziani\tDue turni al mare in giugno e settembre\tPartecipanti (n.)\t80\t60\n"
    + "\t\t\tAnziani con ISEE sotto 10.000 euro accolti (n.)\t20\t\n"
    + "4\tSportello badanti\tElenco comunale di assistenti familiari\tAssistenti iscritte (n.)\t30\t40\n"
)


def test_each_row_belongs_to_the_office_and_head_of_the_heading_above_its_table(tmp_path: Path) -> None:
    path = tmp_path / "valprova_piao-2026-2028.txt"
    path.write_text(AREA_TABLES, encoding="utf-8")
    records = {r.codice: r for r in parse_file(path).records}
    assert records["2"].settore == "AREA 1 – AFFARI GENERALI", records["2"]
    assert "Segretario comunale" in (records["2"].responsabile or "")
    assert records["3"].settore == "AREA 2 – SERVIZI SOCIALI" and "Bigoni" in (records["4"].responsabile or "")
    # the row with no objective of its own is the second indicator of the row above
    assert [i.nome for i in records["3"].indicatori][-1].startswith("Anziani con ISEE"), records["3"].indicatori


def test_who_answers_for_a_row_is_the_head_the_heading_names_or_the_person_in_that_role(tmp_path: Path) -> None:
    answerer = answerer_over(tmp_path, {"valprova_piao-2026-2028.txt": AREA_TABLES})
    assert "Bigoni" in answerer.answer("chi è il responsabile dello sportello badanti?").text
    assert "Vighi" in answerer.answer("chi è responsabile, come persona, del nuovo sito istituzionale?").text
    # (a person asked: the role heading the area is no answer, the person the plan names in it is)
    assert "Vighi" in answerer.answer("come si chiama chi segue l'archivio digitale delle delibere?").text


TECHNICAL_AREA = AREA_TABLES + (
    "\nAREA 3 – TECNICA E AMBIENTE – Responsabile: arch. Lucia Ferrandelli\n\n" + _HEADER
    + "5\tRifacimento dei marciapiedi di via Roma\tNuova pavimentazione e abbattimento delle barriere\tMetri rifatti (n.)\t800\t60\n"
    + "6\tCasa dell'acqua in piazza Mercato\tInstallazione del distributore di acqua pubblica\tLitri erogati (n.)\t50.000\t40\n"
)


def test_an_office_named_by_its_kind_and_first_word_in_another_gender_is_that_office(tmp_path: Path) -> None:
    # "l'ufficio tecnico" names "AREA 3 – TECNICA E AMBIENTE": the word's ending agrees with the kind
    answerer = answerer_over(tmp_path, {"valprova_piao-2026-2028.txt": TECHNICAL_AREA})
    text = answerer.answer("Quali obiettivi ha l'ufficio tecnico?").text
    assert "marciapiedi" in text and "Casa dell'acqua" in text and "badanti" not in text, text
