"""A plan of prose objectives with an org table of one row per office, on an invented
plan: the table's repeated unit column makes the units (their offices listed, their
staff summed, their head the one their rows name), and a sentence that puts an office
or a person in charge leads to the head of the unit it belongs to."""

from __future__ import annotations

from ingest.models import UnitKind
from ingest.structure import detect_layout, parse_structure
from tests.integration.test_answering_steps import answerer_over

PLAN = """# Comune di Valprova

## PIAO 2026-2028

### Obiettivo 1 – Recupero dell'evasione IMU

Se ne occupa l'Ufficio Tributi, dove l'istruttrice Anna Roero incrocerà le banche dati catastali. Si punta a
emettere 120 avvisi di accertamento entro il 30 ottobre 2026.

### Obiettivo 2 – Piano della formazione

L'Ufficio Personale predispone il piano della formazione con l'istruttore Carlo Motta: almeno 24 ore per ogni
dipendente entro il 30 novembre 2026.

### Obiettivo 3 – Consolidamento del muro di via Roma

Il muro lungo via Roma è pericolante dall'inverno scorso. Ne ha la regia operativa il geom. Pietro Alba
dell'Ufficio Manutenzioni, che risponde al responsabile del Settore Tecnico; i lavori finiranno entro
il 31 luglio 2026.

## Struttura organizzativa

| Ufficio | Settore | Dipendenti | Responsabile |
|---|---|---|---|
| Segreteria | Amministrativo | 2 | dott.ssa Rita Berardo |
| Personale | Amministrativo | 1 | |
| Ragioneria | Finanziario | 3 | rag. Ugo Barbero |
| Tributi | Finanziario | 2 | |
| Lavori Pubblici | Tecnico | 4 | ing. Lia Gribaudo |
| Manutenzioni | Tecnico | 6 | |
| Totale dipendenti | | 18 | |
"""


def test_an_org_table_of_office_rows_makes_one_entry_per_unit() -> None:
    # (its total row is no unit)
    org = [u.fields for u in parse_structure(PLAN, detect_layout(PLAN)) if u.kind == UnitKind.ORG_CHART]
    assert [(f["settore"], f["titolare"], f.get("organico"), f.get("servizi")) for f in org] == [
        ("Settore Amministrativo", "Rita Berardo", "3", "Segreteria; Personale"),
        ("Settore Finanziario", "Ugo Barbero", "5", "Ragioneria; Tributi"),
        ("Settore Tecnico", "Lia Gribaudo", "10", "Lavori Pubblici; Manutenzioni"),
    ]


def test_the_head_of_the_unit_an_office_in_charge_belongs_to(tmp_path) -> None:
    answerer = answerer_over(tmp_path, {"valprova_piao-2026-2028.md": PLAN})
    # ("Se ne occupa l'Ufficio Tributi"; "la lotta a X" is asked as X)
    text = answerer.answer("chi è il responsabile della lotta all'evasione imu?").text
    assert "Barbero" in text, text
    # (an office as the subject doing the work: "L'Ufficio Personale predispone …")
    text = answerer.answer("chi è responsabile del piano della formazione?").text
    assert "Berardo" in text, text
    # (a person put in charge after the pronoun, of an office the table lists)
    text = answerer.answer("chi è a capo del settore che segue il muro di via roma?").text
    assert "Gribaudo" in text, text


def test_a_unit_s_staff_summed_over_its_office_rows_is_cited_on_them(tmp_path) -> None:
    answerer = answerer_over(tmp_path, {"valprova_piao-2026-2028.md": PLAN})
    ans = answerer.answer("quanti dipendenti ha il settore che si occupa dell'evasione imu?")
    assert "Settore Finanziario conta 5" in ans.text, ans.text
    assert any("| Tributi | Finanziario | 2 |" in c.quote for c in ans.citations), ans.citations
    # ("quello amministrativo": the kind named before it)
    text = answerer.answer("ha più personale il settore tecnico o quello amministrativo?").text
    assert "conta 10" in text and "conta 3" in text and "Finanziario" not in text, text


def test_one_unit_named_compares_the_offices_its_rows_count(tmp_path) -> None:
    # ("nel settore tecnico quale ufficio …": the unit's offices, not every unit)
    answerer = answerer_over(tmp_path, {"valprova_piao-2026-2028.md": PLAN})
    text = answerer.answer("nel settore tecnico ha più personale l'ufficio lavori pubblici o le manutenzioni?").text
    assert "Lavori Pubblici (Settore Tecnico) conta 4" in text and "Manutenzioni (Settore Tecnico) conta 6" in text, text
    assert "Finanziario" not in text, text


SHARED_ROW = """# Comune di Roverbella Alta – PIAO 2026-2028

## Organigramma

| Settore | Responsabile | Servizi | Dipendenti |
|---|---|---|---|
| Settore I – Affari generali | dott.ssa Nives Carraro | Ufficio Personale; Segreteria; Protocollo | 6 |
| Settore II – Servizi alla Persona | dott. Amos Quaglia | Servizi sociali; Istruzione e mensa | 8 |

## Obiettivi operativi

| N. | Obiettivo | Settore | Target 2026 |
|---|---|---|---|
| 1 | Nuovo capitolato della mensa scolastica | Settore II – Servizi alla Persona | approvazione |
"""


def test_services_listed_in_one_row_share_the_unit_s_count(tmp_path) -> None:
    # the row's 8 counts the settore, not each of its services
    answerer = answerer_over(tmp_path, {"roverbella-alta_piao-2026-2028.md": SHARED_ROW})
    text = answerer.answer("Quanti dipendenti ha il settore Servizi alla Persona?").text
    assert "Servizi alla Persona conta 8 dipendenti" in text, text
    assert "Servizi sociali" not in text and "Istruzione e mensa" not in text, text
