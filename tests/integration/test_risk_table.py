"""A plan's table of risks, whose column names the objective vocabulary does not know
("Processo | Rischio | Misura | Responsabile"), is a table all the same: its rows are
passages with their cells, a row's head named by role ("Responsabile U.O. 2") is the
person the org chart names for that unit, and the cards around it stay cards (more rows of risks than cards make no table
of objectives). An
invented plan, through the real index."""

from __future__ import annotations

import pytest

from ingest.loaders import load_document
from ingest.models import LayoutKind, UnitKind
from ingest.parse import parse_document
from tests.integration.test_answering_steps import answerer_over

pytestmark = pytest.mark.integration

CARD = """SCHEDA OBIETTIVO {n}
Titolo\t{title}
Struttura competente\tU.O. {uo}
Indicatore\t{indicator}

"""
PLAN = "Comune di Valsorda – PIAO 2026-2028\n\n2.2 Performance\n\n" + "".join(
    CARD.format(n=n, title=t, uo=u, indicator=i) for n, t, u, i in [
        (1, "Anagrafe su appuntamento", 1, "Giorni di attesa"),
        (2, "Recupero dell'evasione TARI", 2, "Avvisi emessi"),
        (3, "Manutenzione delle strade", 3, "Km di strade rifatte"),
    ]) + """2.3 Rischi corruttivi e trasparenza

Processo\tRischio\tLivello di rischio\tMisura\tResponsabile
Accertamenti tributari\tOmissione dei controlli su posizioni determinate\tmedio\tEstrazione casuale delle posizioni\tResponsabile U.O. 2
Affidamenti diretti di lavori\tFrazionamento artificioso dell'importo\talto\tRotazione degli operatori economici\tResponsabile U.O. 3
Rilascio di carte d'identità\tRilascio senza i controlli previsti\tbasso\tVerifica a campione delle pratiche\tResponsabile U.O. 1
Concessione di contributi\tDisparità di trattamento\tmedio\tCriteri predeterminati e pubblicati\tResponsabile U.O. 1

3.1 Struttura organizzativa

Unità organizzativa\tResponsabile\tN. dipendenti
U.O. 1 – Servizi demografici\tdott.ssa Lucia Ferrandi\t5
U.O. 2 – Tributi\trag. Marco Scalvini\t4
U.O. 3 – Lavori pubblici\ting. Pietro Gavazzeni\t8
"""
NAME = "valsorda_piao-2026-2028.txt"


def test_a_risk_tables_rows_are_rows_and_the_cards_stay_cards(tmp_path) -> None:
    path = tmp_path / NAME
    path.write_text(PLAN, encoding="utf-8")
    parsed = parse_document(load_document(path))
    # (read as a plan of cards: the risks' rows do not make it a table of objectives)
    assert parsed.meta.layout == LayoutKind.OBJECTIVE_BLOCKS
    assert [r.titolo for r in parsed.records] == [
        "Anagrafe su appuntamento", "Recupero dell'evasione TARI", "Manutenzione delle strade"]
    rows = [c for c in parsed.chunks if c.kind == UnitKind.TABLE_ROW]
    assert [c.fields.get("responsabile") for c in rows] == [
        "Responsabile U.O. 2", "Responsabile U.O. 3", "Responsabile U.O. 1", "Responsabile U.O. 1"]


def test_a_risk_rows_head_named_by_role_is_the_units_head(tmp_path) -> None:
    answerer = answerer_over(tmp_path, {NAME: PLAN})
    text = answerer.answer("chi deve applicare la misura anticorruzione sugli accertamenti tributari?").text
    assert "Marco Scalvini" in text, text


def test_the_rows_asked_by_the_key_columns_noun_are_all_listed(tmp_path) -> None:
    answerer = answerer_over(tmp_path, {NAME: PLAN})
    text = answerer.answer("quali processi sono a rischio di corruzione?").text
    assert text.startswith("Valsorda") and "4 processi" in text, text
    for process in ("Accertamenti tributari", "Affidamenti diretti di lavori", "Rilascio di carte d'identità",
                    "Concessione di contributi"):
        assert process in text, text


def test_two_rows_compared_by_a_degree_are_both_shown(tmp_path) -> None:
    # "più a rischio, A o B?": a comparison of the two rows it ends with, each shown
    answerer = answerer_over(tmp_path, {NAME: PLAN})
    text = answerer.answer("Quale processo è più a rischio, gli affidamenti diretti o il rilascio delle carte d'identità?").text
    assert "Affidamenti diretti di lavori" in text and "Rilascio di carte d'identità" in text, text
