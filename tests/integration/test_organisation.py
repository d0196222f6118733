"""An ente's organisation asked for itself, on invented plans: how many offices it has
and which (each with its head), and what one office comprises; a question with a topic
of its own is not answered with the chart."""

from __future__ import annotations

from tests.integration.test_answering_steps import answerer_over
from tests.integration.test_office_staff import _OBJECTIVES  # (the same two objectives)

LISTED_CHART = """COMUNE DI ROVETTASCO
PIAO 2026-2028

Struttura organizzativa

- Area Ambiente e Territorio — resp. arch. Lucia Ferrandelli
  - Ufficio Ecologia e Rifiuti
  - Servizio Verde pubblico
  - Squadra operai
- Area Servizi Sociali e Cultura — resp. dott. Renato Bigoni
  - Ufficio Servizi Sociali
  - Biblioteca civica
- Area Finanziaria e Tributi — resp. rag. Ornella Caspani
  - Ufficio Ragioneria
  - Ufficio Tributi
""" + _OBJECTIVES.format(waste="Area Ambiente e Territorio", grants="Area Servizi Sociali e Cultura")

TABLE_CHART = """COMUNE DI ROVETTASCO
PIAO 2026-2028

Organigramma

Struttura\tResponsabile\tServizi
Settore Ambiente e Territorio\tarch. Lucia Ferrandelli\tEcologia; verde pubblico; rifiuti
Servizio Sociale e Cultura\tdott. Renato Bigoni\tServizi sociali; cultura; sport
Settore Finanziario e Tributi\trag. Ornella Caspani\tRagioneria; tributi; economato
Ufficio Polizia Locale\tcomm. Ivano Terragni\tViabilità; polizia amministrativa
""" + _OBJECTIVES.format(waste="Settore Ambiente e Territorio", grants="Servizio Sociale e Cultura")


def _ask(plan: str, question: str, tmp_path) -> str:  # type: ignore[no-untyped-def]
    return answerer_over(tmp_path, {"rovettasco_piao-2026-2028.txt": plan}).answer(question).text


def test_how_many_offices_and_which_are_counted_and_listed_with_their_heads(tmp_path) -> None:
    text = _ask(LISTED_CHART, "In quante aree è diviso il comune e quali sono?", tmp_path)
    assert "3 aree" in text, text
    for office, head in (("Ambiente e Territorio", "Lucia Ferrandelli"), ("Servizi Sociali e Cultura", "Renato Bigoni"),
                         ("Finanziaria e Tributi", "Ornella Caspani")):
        assert office in text and head in text, text


def test_offices_of_mixed_kinds_are_counted_as_structures(tmp_path) -> None:
    text = _ask(TABLE_CHART, "Quali sono i settori del comune e chi li dirige?", tmp_path)
    assert "4 strutture" in text and "Ufficio Polizia Locale" in text and "Ivano Terragni" in text, text


def test_what_one_office_comprises_is_its_entry_whole(tmp_path) -> None:
    text = _ask(LISTED_CHART, "Quali uffici fanno parte dell'area ambiente e territorio?", tmp_path)
    assert all(part in text for part in ("Ecologia e Rifiuti", "Verde pubblico", "Squadra operai")), text
    assert "Biblioteca" not in text and "Ragioneria" not in text, text


def test_offices_asked_about_a_topic_are_not_answered_with_the_chart(tmp_path) -> None:
    # (the offices that do something are found through that thing, not listed all)
    text = _ask(LISTED_CHART, "Quali uffici seguono la raccolta porta a porta?", tmp_path)
    assert "Ambiente e Territorio" in text and "3 aree" not in text and "Renato Bigoni" not in text, text
