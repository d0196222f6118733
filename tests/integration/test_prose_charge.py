"""Who is in charge of an objective a plan describes in prose, on an invented plan:
the sentence that names the office ("Chi se ne occupa è l'Ufficio Tecnico", "L'obiettivo
è in capo all'Ufficio X") is the responsabile written as prose, and the org chart gives
that office's head. The objectives also stand in a summary table, whose rows the
numbered headings of the prose name by code and title."""

from __future__ import annotations

from ingest.text import Field
from tests.integration.test_answering_steps import answerer_over

PLAN = """COMUNE DI ROCCAVELLA – PIAO 2026-2028

1. AREA STRATEGICA – COMUNE SEMPLICE

1.1 Obiettivo strategico – Servizi digitali

1.1.1 Archivio digitale delle pratiche edilizie del comune
Il Comune digitalizza 4.000 fascicoli edilizi dal 1970 al 2010 con un portale di consultazione on line.
L'obiettivo è in capo all'Ufficio Sistemi informativi, che opera in staff al Segretario comunale,
e va concluso entro il 30/09/2026 con tutti i 4.000 fascicoli consultabili.

1.1.2 Illuminazione pubblica a LED nelle frazioni
Il Comune sostituisce 600 punti luce con lampade a LED nelle frazioni collinari. Chi se ne occupa è
l'Ufficio Tecnico comunale, con il supporto della ditta di manutenzione.
Tempi: entro il 31/12/2026.
Indicatore: punti luce sostituiti – target 2026: 600.
Peso: 8

1.1.3 Regolamento del lavoro agile
In capo al dott. Marco Pieri, titolare di EQ del Servizio Amministrativo, con la collaborazione degli
altri Servizi. Il regolamento consente fino a 8 giorni al mese di lavoro da remoto.
Scadenza: regolamento approvato entro il 31/03/2026.
Indicatore: dipendenti con accordo di lavoro agile – target 2026: 40%.

2. QUADRO DI SINTESI

Cod.\tObiettivo operativo\tPeso\tTarget 2026
1.1.1\tArchivio digitale delle pratiche edilizie\t9\t4.000
1.1.2\tIlluminazione pubblica a LED\t8\t600

3. ORGANIGRAMMA

Servizio Amministrativo ............................ dott.ssa Elena Rapaccini (EQ) – 5 unità
Servizio Tecnico – Lavori pubblici e Patrimonio ..... ing. Mirko Santarelli (EQ) – 7 unità
Ufficio Sistemi informativi (staff) .................. dott. Ugo Ferretti – 2 unità
"""


def test_an_office_a_sentence_puts_in_charge_leads_to_its_head(tmp_path) -> None:
    answerer = answerer_over(tmp_path, {"roccavella_piao-2026-2028.txt": PLAN})
    # "Chi se ne occupa è l'Ufficio Tecnico": the Servizio Tecnico, whatever kind word
    text = answerer.answer("chi si occupa dell'illuminazione a LED nelle frazioni?").text
    assert "Santarelli" in text and "Rapaccini" not in text, text
    # the person asked for, not the office; the request's words are no topic
    text = answerer.answer("A chi fa capo l'illuminazione a LED? Vorrei il nome della persona, non solo l'ufficio.").text
    assert "Santarelli" in text, text
    # "in capo all'Ufficio X", in the section the heading "1.1.1 <title>" ties to the
    # summary row of the same code and title
    text = answerer.answer("Chi risponde dell'archivio digitale delle pratiche edilizie? nome e cognome per favore").text
    assert "Ferretti" in text, text


def test_a_heading_of_code_and_title_ties_its_section_to_the_summary_row(tmp_path) -> None:
    # "1.1.1 Archivio digitale …" opens with a number, as any numbered heading does, but
    # goes on with the title of the summary row coded 1.1.1: the section is that
    # objective's, and its passages carry the row's code and title
    from ingest.loaders import load_document
    from ingest.parse import parse_document

    path = tmp_path / "roccavella_piao-2026-2028.txt"
    path.write_text(PLAN, encoding="utf-8")
    parsed = parse_document(load_document(path))
    section = [c for c in parsed.chunks if "in capo all'Ufficio Sistemi informativi" in c.text]
    assert section and all(c.fields.get(Field.CODICE) == "1.1.1" for c in section), [dict(c.fields) for c in section]
    # a numbered heading that names no objective's title stays the heading's own number
    assert not any(c.fields.get(Field.CODICE) == "1.1" for c in parsed.chunks)


def test_a_titled_person_put_in_charge(tmp_path) -> None:
    # "In capo al dott. X, …": the title's dot does not end the name
    answerer = answerer_over(tmp_path, {"roccavella_piao-2026-2028.txt": PLAN})
    text = answerer.answer("chi ha in carico il regolamento sul lavoro agile?").text
    assert "Pieri" in text and "non indica" not in text, text


PARTNERS = """# COMUNE DI ROCCAVELLA – PIAO 2026-2028

## Ob. 3.1 – Rete di sostegno per gli anziani soli

È affidato all'Area Servizi alla Persona.
L'obiettivo costruisce una rete di prossimità con i medici di medicina generale, l'Azienda sanitaria e la Caritas
parrocchiale, per le visite a domicilio e la consegna dei pasti agli anziani soli.
Gli anziani soli seguiti sono oggi 40; a fine 2026 saranno 60.

## Struttura organizzativa

Area Servizi alla Persona – Responsabile: dott.ssa Carla Nardini
"""


def test_who_works_with_the_comune_is_no_question_of_who_is_in_charge(tmp_path) -> None:
    # "è affidato all'Area X" answers who is in charge; "con chi collabora" asks the
    # partners another sentence names
    answerer = answerer_over(tmp_path, {"roccavella_piao-2026-2028.md": PARTNERS})
    text = answerer.answer("Con chi collabora il Comune nella rete di sostegno?").text
    assert "medici di medicina generale" in text and "Caritas" in text, text
    # (first: the assignment may follow, as context, but does not answer)
    assert "affidato" not in text or text.index("medici") < text.index("affidato"), text
    text = answerer.answer("Chi si occupa della rete per gli anziani soli?").text
    assert "Nardini" in text or "Area Servizi alla Persona" in text, text
