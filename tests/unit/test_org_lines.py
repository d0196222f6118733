"""Org-chart lines whose unit name holds dashes of its own, on an invented plan: the role
label ("Responsabile:") introduces the head, wherever the name's dashes fall."""

from __future__ import annotations

import pytest

from ingest.models import UnitKind
from ingest.structure import detect_layout, parse_structure

pytestmark = pytest.mark.unit

ORG_LINES = """Comune di Valmora Superiore - PIAO 2026-2028

AREA 1 – AFFARI GENERALI – Responsabile: dott.ssa Carla Visconti
Area Tecnica – Lavori Pubblici – Responsabile: arch. Marco Bellini
Area Finanziaria – Responsabile: dott.ssa Laura Ferraris – Servizi: Tributi
Settore 3 Ambiente - Dirigente: Paolo Neri
"""


def test_a_role_label_introduces_the_head_after_a_dashed_unit_name() -> None:
    org = [u.fields for u in parse_structure(ORG_LINES, detect_layout(ORG_LINES)) if u.kind == UnitKind.ORG_CHART]
    assert [(f["settore"], f["titolare"]) for f in org] == [
        ("AREA 1 – AFFARI GENERALI", "Carla Visconti"),
        ("Area Tecnica – Lavori Pubblici", "Marco Bellini"),
        ("Area Finanziaria", "Laura Ferraris"),
        ("Settore 3 Ambiente", "Paolo Neri"),
    ]
