"""A list asked for and answered by the items of a marked list, on an invented plan:
the items are the answer and are shown whole; the sentence that introduces them takes
a fair share of the room, not the first share."""

from __future__ import annotations

from tests.integration.test_answering_steps import answerer_over

PLAN = """COMUNE DI FRASSINETO OLONA
PIAO 2026-2028

Sportello di facilitazione digitale

Nel 2025 il Comune ha aperto presso la biblioteca civica lo sportello Punto Digitale Amico, un servizio di accompagnamento gratuito alla gestione delle pratiche da inviare per via telematica, pensato per chi non ha familiarità con il mondo digitale e non può contare sull'aiuto di familiari.
Lo sportello aiuta i cittadini a:
- richiedere e attivare le credenziali SPID di livello 2 presso uno dei gestori accreditati;
- attivare l'identità digitale collegata alla Carta di identità elettronica (CIE) con l'app dedicata;
- presentare le domande di iscrizione ai servizi scolastici attraverso il portale istanze online;
- scaricare gratuitamente i certificati anagrafici dall'Anagrafe nazionale della popolazione (ANPR);
- pagare tributi e rette scolastiche con la piattaforma pagoPA e l'app IO.

Obiettivo 4 – Indagine di gradimento sullo sportello Punto Digitale Amico
Settore: Area Servizi Demografici
Finalità: Misurare la soddisfazione degli utenti dello sportello con un questionario annuale.
"""


def test_every_item_of_the_list_asked_is_shown_whole(tmp_path) -> None:
    answerer = answerer_over(tmp_path, {"frassineto-olona_piao-2026-2028.txt": PLAN})
    text = answerer.answer("Per cosa aiuta lo sportello Punto Digitale Amico? mi serve l'elenco completo").text
    for end in ("accreditati", "(CIE)", "istanze online", "(ANPR)", "l'app IO"):
        assert end in text, text
