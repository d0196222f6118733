"""An objective's code in an answer's head takes no statement's room (invented lines)."""

from __future__ import annotations

from assistant.answering.compose import Line, Statement, assemble


def test_a_head_s_code_leaves_the_statements_their_room() -> None:
    statements = [Statement("finalità: ridurre i tempi di pagamento delle fatture", []),
                  Statement("risultato atteso: pagamenti entro 25 giorni", [])]
    bare = assemble([Line("«Pagamenti puntuali»", statements)], [], budget=10_000).text
    coded = assemble([Line("2.2.1 «Pagamenti puntuali»", statements, code="2.2.1 ")], [], budget=len(bare)).text
    assert coded.endswith("pagamenti entro 25 giorni"), coded
