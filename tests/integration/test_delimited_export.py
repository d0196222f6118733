"""A plan exported from a management tool as delimited text (";" between fields, a
quoted field holding line breaks, ";" and doubled quotes of its own), on an invented
plan: each record is one objective row, the org-chart records are the offices, and
questions about either are answered from them."""

from __future__ import annotations

import pytest

from assistant.answering.conversation import resolve
from ingest.structure.lines import split_lines
from tests.integration.test_answering_steps import answerer_over

pytestmark = pytest.mark.integration

EXPORT = """Ente;Comune di Valdorsa (BS)
Periodo;2026-2028

OBIETTIVI OPERATIVI 2026-2028
Codice;Obiettivo operativo;Settore;Responsabile;Descrizione e motivazione;Fasi e tempi;Indicatore;Target 2026;Target 2027;Stakeholder;Personale coinvolto
AG.01;"Sportello ""Comune facile"" per le pratiche on line";Settore Affari generali;dott.ssa Lucia Ferrandi;"Molti cittadini non riescono a presentare le istanze on line; lo sportello li accompagna.";"1) Apertura dello sportello – marzo 2026
2) Corso per i volontari – maggio 2026";Pratiche assistite allo sportello;300;420;"cittadini; associazioni di volontariato";"BONETTI Carla (istruttore amministrativo)"
TE.01;Rifacimento della copertura della palestra comunale;Settore Tecnico;ing. Paolo Gritti;"La copertura perde acqua dal 2024; senza lavori la palestra resta chiusa d'inverno. L'intervento comprende anche gli spogliatoi.";"1) Progetto esecutivo – entro aprile 2026
2) Lavori – luglio-settembre 2026";Avanzamento dei lavori;60%;100%;"società sportive; scuole";"ROTA Mario (istruttore tecnico)"
TE.02;Censimento dei passi carrai;Settore Tecnico;Responsabile Settore Tecnico;"Molti passi carrai non sono autorizzati e sfuggono ai servizi di controllo.";"1) Rilievo su strada – gennaio-giugno 2026";Passi carrai censiti;400;600;cittadini;"ROTA Mario (istruttore tecnico); VEZZOLI Anna (agente)"

ORGANIGRAMMA
Settore;Responsabile;Servizi
Settore Affari generali;dott.ssa Lucia Ferrandi;"Segreteria; protocollo; anagrafe e stato civile"
Settore Tecnico;ing. Paolo Gritti;"Lavori pubblici; manutenzioni; cimiteri; verde pubblico"
"""


def test_a_record_is_one_line_whatever_its_quoted_line_breaks() -> None:
    lines = split_lines(EXPORT)
    rows = [ln for ln in lines if ln.has_tab]
    assert len(rows) == 4 + 3  # header and three records; header and two offices
    first = next(ln for ln in rows if ln.cells[0] == "AG.01")
    assert first.cells[1] == 'Sportello "Comune facile" per le pratiche on line'  # a doubled quote is a quote
    assert "Corso per i volontari" in first.cells[5]  # the field's second line is in its record
    assert len(first.cells) == 11
    # the text is kept: the line spans its record verbatim
    assert EXPORT[first.start:first.end].startswith("AG.01;") and EXPORT[first.start:first.end].endswith('amministrativo)"')


def test_prose_with_semicolons_is_no_table() -> None:
    prose = ("Il Comune ha tre obiettivi; ciascuno ha un responsabile; i target sono annuali.\n"
             "Le fasi sono tre; le scadenze sono mensili; il monitoraggio è semestrale.\n"
             "Gli indicatori sono due; i valori sono in tabella; le fonti sono interne.\n")
    assert not any(ln.has_tab for ln in split_lines(prose))


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):  # type: ignore[no-untyped-def]
    return answerer_over(tmp_path_factory.mktemp("export"), {"valdorsa_piao-2026-2028_export.txt": EXPORT})


def test_questions_over_a_delimited_export(answerer) -> None:  # type: ignore[no-untyped-def]
    ans = answerer.answer("Chi è responsabile del rifacimento della copertura della palestra a Valdorsa?")
    assert "Gritti" in ans.text
    ans = answerer.answer("Qual è il target 2027 delle pratiche assistite allo sportello di Valdorsa?")
    assert "420" in ans.text
    # ("comprende" asks the parts of a unit, no topic: the plan's other uses of the verb
    # do not outweigh the services line that does not say it)
    ans = answerer.answer("Quali servizi comprende il settore tecnico di Valdorsa?")
    for service in ("cimiteri", "verde pubblico"):
        assert service in ans.text, ans.text
    ans = answerer.answer("Chi lavora al censimento dei passi carrai a Valdorsa?")
    assert "VEZZOLI" in ans.text, ans.text


def test_a_verb_of_containment_names_no_topic(answerer) -> None:  # type: ignore[no-untyped-def]
    # "quali servizi comprende il settore": the relation of a unit to its parts, which
    # the org chart states without the verb (the plan's other uses of it weigh nothing)
    inner = getattr(answerer, "inner", answerer)
    frame = inner.frames.build(resolve("Quali servizi comprende il settore tecnico di Valdorsa?", [], inner.retriever))
    assert frame.terms and not any(t.startswith("compr") for t in frame.terms), frame.terms


def test_a_csv_file_is_read_as_the_same_text(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # (a spreadsheet saved as .csv is the export itself: read as text, its records rows)
    from ingest.loaders import load_document
    from ingest.parse import parse_document

    path = tmp_path / "valdorsa_obiettivi.csv"
    path.write_text(EXPORT, encoding="utf-8")
    doc = load_document(path)
    assert doc.text == EXPORT
    titles = {r.titolo for r in parse_document(doc).records}
    assert "Censimento dei passi carrai" in titles, titles
