"""Org charts written as prose, one paragraph per office, with the sentence patterns
plans use (head as object or as subject, the head's role before the name, a role
heading an office ad interim, names in sentence case, services in a parenthesis), on
an invented plan read by the real parser."""

from __future__ import annotations

import pytest

from ingest.structure.lines import split_lines
from ingest.structure.org_prose import prose_entries
from ingest.text import Field

pytestmark = pytest.mark.unit

PROSE = """Articolazione in Settori.
Il Settore I – Affari generali e servizi demografici (segreteria, protocollo, anagrafe) è privo di titolare:
la responsabilità è affidata ad interim al Segretario generale. Nel Settore lavorano 8 dipendenti.
Il Settore II – Servizi finanziari e tributi comprende la Ragioneria e l'Economato; ne è responsabile la
rag. Ornella Sbrana, titolare di EQ, con 6 dipendenti.
Fa capo alla dott.ssa Lucia Bertelli, titolare di EQ, il Settore III – Servizi alla persona (servizi
sociali, scuola, biblioteca); l'organico è di 9 unità.
Il Corpo di Polizia locale costituisce il Settore IV – Polizia locale ed è guidato dal Comandante,
commissario Dario Menicucci, con 7 addetti.
"""


def _entries() -> dict[str, dict[str, str]]:
    return {fields[Field.SETTORE]: fields for _, _, fields, _ in prose_entries(split_lines(PROSE), set())}


def test_each_office_paragraph_gives_its_head_whatever_the_sentence_pattern() -> None:
    heads = {office: fields[Field.TITOLARE] for office, fields in _entries().items()}
    assert heads == {
        "Settore I – Affari generali e servizi demografici": "Segretario generale",
        "Settore II – Servizi finanziari e tributi": "Ornella Sbrana",
        "Settore III – Servizi alla persona": "Lucia Bertelli",
        "Settore IV – Polizia locale": "Dario Menicucci",
    }


def test_services_in_a_parenthesis_after_the_name_and_staff_counts_are_read() -> None:
    entries = _entries()
    assert entries["Settore III – Servizi alla persona"][Field.SERVIZI] == "servizi sociali; scuola; biblioteca"
    assert entries["Settore I – Affari generali e servizi demografici"][Field.ORGANICO] == "8"
    assert entries["Settore IV – Polizia locale"][Field.ORGANICO] == "7"
