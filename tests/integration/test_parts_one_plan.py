"""Two questions in one sentence ask about one plan, on two invented plans: the second
part names no place, so it is answered from the ente the first part was answered from,
even when another plan matches its own words better."""

from __future__ import annotations

from tests.integration.test_answering_steps import answerer_over

FIRST = """COMUNE DI ROVERE DI SOTTO
PIAO 2026-2028

Struttura organizzativa

Settore 1 – Affari Generali e Servizi Demografici – Responsabile: dott.ssa Elena Tognetti
Settore 2 – Finanziario – Responsabile: rag. Piero Castelli

Obiettivi operativi

Obiettivo 1 – Certificati anagrafici rilasciati online
Settore: Settore 1 – Affari Generali e Servizi Demografici
Indicatore: certificati anagrafici rilasciati online sul totale dei certificati (target 2026: almeno 60%)

Obiettivo 2 – Riduzione dei tempi di pagamento
Settore: Settore 2 – Finanziario
Indicatore: giorni medi di pagamento (target 2026: 25)
"""

SECOND = """COMUNE DI BELLANO DEL PIANO
PIAO 2026-2028

Struttura organizzativa

Settore 5 – Spazio Città e Sportello Online – Responsabile: dott.ssa Marisa Ruggeri
Settore 6 – Tecnico – Responsabile: ing. Carlo Benzi

Obiettivi operativi

Obiettivo 4 – Indagine di gradimento sul nuovo sportello online del settore
Settore: Settore 5 – Spazio Città e Sportello Online
Finalità: La responsabile del settore deve raggiungere con il questionario online tutti gli utenti dello sportello.
Indicatore: questionari raccolti (target 2026: 200)

Obiettivo 5 – Manutenzione delle strade
Settore: Settore 6 – Tecnico
Indicatore: km di strade asfaltate (target 2026: 4)
"""


def test_the_second_part_is_answered_from_the_first_parts_plan(tmp_path) -> None:
    answerer = answerer_over(tmp_path, {"rovere-di-sotto_piao-2026-2028.txt": FIRST,
                                        "bellano-del-piano_piao-2026-2028.txt": SECOND})
    text = answerer.answer("Che target c'è sui certificati anagrafici online e chi è la responsabile "
                           "del settore che lo deve raggiungere?").text
    assert "60%" in text and "Elena Tognetti" in text, text
    assert "Ruggeri" not in text, text


def test_the_second_part_is_searched_in_the_first_parts_plan_only(tmp_path) -> None:
    # (the plumbing: whatever the scores, the later part's search is limited to the ente)
    answerer = answerer_over(tmp_path, {"rovere-di-sotto_piao-2026-2028.txt": FIRST,
                                        "bellano-del-piano_piao-2026-2028.txt": SECOND})
    calls: list[tuple[str, object]] = []
    answer_one = answerer._answer_one

    def spy(question, filters, history, room=1.0):  # type: ignore[no-untyped-def]
        calls.append((question, filters))
        return answer_one(question, filters, history, room)

    answerer._answer_one = spy  # type: ignore[method-assign]
    answerer.answer("Che target c'è sui certificati anagrafici online e chi è la responsabile "
                    "del settore che lo deve raggiungere?")
    parts = [(q, f) for q, f in calls if q.startswith("e chi")]
    assert parts and parts[0][1] is not None, calls
    assert parts[0][1].doc_ids == ("rovere-di-sotto_piao-2026-2028.txt",), calls



def _canned(text: str, chunk_ids: tuple[str, ...]) -> "Answer":
    from assistant.answering.model import Answer
    from assistant.citations import Citation
    cites = [Citation(n=i + 1, doc="rovere-di-sotto_piao-2026-2028.txt", page=1, quote=c, chunk_id=c)
             for i, c in enumerate(chunk_ids)]
    return Answer(text=text, citations=cites, passages=[], found=bool(cites))


def _answers_with(answerer, canned: dict[str, "Answer"], question: str) -> str:
    def fake(q, filters, history, room=1.0):  # type: ignore[no-untyped-def]
        return canned[q]

    answerer._answer_one = fake  # type: ignore[method-assign]
    return answerer.answer(question).text


def test_a_part_found_only_with_the_other_parts_words_is_answered_by_the_whole(tmp_path) -> None:
    # (plumbing: the whole question reached a passage no part reached, and one part alone
    # found nothing; the parts apart would lose what the whole found)
    question = "Come si misura l'obiettivo sui conti chiari? su quali canali si diffondono i dati?"
    first, second = "Come si misura l'obiettivo sui conti chiari?", "su quali canali si diffondono i dati?"
    canned = {question: _canned("WHOLE [1]", ("bilancio",)),
              first: _canned("Non ho trovato questa informazione nei documenti caricati.", ()),
              second: _canned("OTHER [1]", ("violenza",))}
    answerer = answerer_over(tmp_path, {"rovere-di-sotto_piao-2026-2028.txt": FIRST})
    assert _answers_with(answerer, canned, question) == "WHOLE [1]"
    # when the parts reach all the whole reached, a part that finds nothing is said so
    canned[second] = _canned("OTHER [1]", ("bilancio", "violenza"))
    assert "Non ho trovato" in _answers_with(answerer, canned, question)
