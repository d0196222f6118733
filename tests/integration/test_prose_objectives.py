"""Objectives written as prose under their headings (no "Responsabile:" label), on an
invented plan: who is in charge is said by a verb of charge whose object is a pronoun
for the objective ("Lo segue la dott.ssa …", "Ne cura l'attuazione il Servizio …")."""

from __future__ import annotations

from tests.integration.test_answering_steps import answerer_over

PLAN = """# Comune di Valdiscesa – PIAO 2026-2028

## 3 Obiettivi operativi 2026

### Ob. 3.1 – Rete di sostegno per gli anziani soli

Gli ultrasettantacinquenni che vivono soli sono 380, il 5% della popolazione. Entro il 30 aprile 2026 va
sottoscritto il protocollo con l'Azienda sanitaria; da ottobre il telesoccorso viene esteso.

Ne cura l'attuazione l'Ufficio Servizi Sociali, diretto dalla dott.ssa Marta Ziliani.

### Ob. 3.2 – Biblioteca aperta la sera

La biblioteca civica registra 8.100 prestiti l'anno, ma studenti e lavoratori chiedono orari serali. Dal
2 marzo 2026 la sala studio resterà aperta il martedì e il giovedì fino alle 22, grazie a un accordo con
l'associazione di volontariato Amici del Libro.

Lo segue la dott.ssa Chiara Morandi.

L'indicatore scelto è il numero di prestiti annui, con un valore obiettivo di 9.500 nel 2026.

### Ob. 3.3 – Compostaggio domestico

Nel 2026 a ogni famiglia con giardino viene offerta una compostiera in comodato, per ridurre l'umido
raccolto porta a porta. La consegna delle compostiere deve concludersi entro il 30 giugno 2026.

L'Ufficio Verde Pubblico guida il progetto insieme al gestore della raccolta, Ecoserra S.r.l.

Indicatore: compostiere consegnate, target 400 entro il 2026.
"""


def test_who_follows_an_objective_is_said_by_a_verb_of_charge(tmp_path) -> None:
    answerer = answerer_over(tmp_path, {"valdiscesa_piao-2026-2028.md": PLAN})
    ans = answerer.answer("chi segue il progetto della biblioteca aperta la sera?")
    assert "Morandi" in ans.text and "non indica" not in ans.text, ans.text
    ans = answerer.answer("chi si occupa della rete per gli anziani che vivono soli?")
    assert "Ziliani" in ans.text, ans.text


def test_the_party_that_leads_the_project_is_said_with_the_party_first(tmp_path) -> None:
    """"L'Ufficio X guida il progetto": a generic noun names the objective as the pronoun
    does, so the sentence states who is in charge though it names none of its words."""
    answerer = answerer_over(tmp_path, {"valdiscesa_piao-2026-2028.md": PLAN})
    ans = answerer.answer("Chi guida il progetto delle compostiere per le famiglie con giardino?")
    assert "Ufficio Verde Pubblico" in ans.text and "non indica" not in ans.text, ans.text


ASBESTOS = """# Comune di Valdiscesa – PIAO 2026-2028

### Obiettivo 5 – Monitoraggio dell'amianto sul territorio
Finalità: conoscere la presenza di amianto nelle coperture per informare i cittadini e tutelare la salute.
Fasi:
- Rilievo delle coperture – entro giugno 2026
"""


def test_an_everyday_word_finds_the_plans_technical_one(tmp_path) -> None:
    # "eternit" is what people call the asbestos sheets plans write "amianto"
    answerer = answerer_over(tmp_path, {"valdiscesa_piao-2026-2028.md": ASBESTOS})
    text = answerer.answer("Perché il comune vuole mappare l'eternit presente sul territorio?").text
    assert "salute" in text and "non indica" not in text, text



TRAINEES = """# Comune di Valdiscesa – PIAO 2026-2028

### Obiettivo 6 – Tirocini formativi per gli studenti delle scuole superiori
Finalità: offrire agli studenti un'esperienza di lavoro negli uffici comunali.
Indicatore: tirocini attivati, target 4 nel 2026.

### Obiettivo 7 – Rotatoria all'incrocio di via dei Mulini
Finalità: ridurre gli incidenti all'incrocio più pericoloso del paese.

### Obiettivo 8 – Regolamento sul lavoro agile
Responsabile: dott. Ettore Cavalli
Finalità: consentire fino a 8 giorni al mese di lavoro da remoto.
"""


def test_everyday_words_for_traineeships_roundabouts_and_remote_work_find_the_plans_words(tmp_path) -> None:
    # ("stage" and "rotonda" are what people say; plans write "tirocini" and "rotatoria")
    answerer = answerer_over(tmp_path, {"valdiscesa_piao-2026-2028.md": TRAINEES})
    text = answerer.answer("Quanti stage per gli studenti vuole attivare il comune nel 2026?").text
    assert "4" in text and "non indica" not in text, text
    text = answerer.answer("Perché vogliono fare la rotonda all'incrocio di via dei Mulini?").text
    assert "incidenti" in text and "non indica" not in text, text
    # ("smart working" is what people say; the law and the plans write "lavoro agile")
    text = answerer.answer("Chi si occupa delle regole sullo smart working?").text
    assert "Cavalli" in text and "non indica" not in text and "trovato" not in text, text

PROSE_LIBRARY = """# Comune di Valdiscesa – PIAO 2026-2028

## 3 Obiettivi operativi 2026

### Ob. 3.2 – Biblioteca aperta la sera

La sala studio resterà aperta il martedì e il giovedì fino alle 22, grazie ai volontari. L'indicatore scelto
è il numero di prestiti annui, con un valore obiettivo di 10.500 nel 2026 e di 11.500 nel 2027.
"""

FIELDS_LIBRARY = """# Comune di Roccalta – PIAO 2026-2028

## Obiettivi di performance

### Obiettivo 7 – Promozione della lettura nella biblioteca comunale
Settore: Servizi Culturali
Descrizione: gruppi di lettura e incontri con gli autori per i ragazzi delle scuole, con prestiti dedicati.
Indicatore: iscritti ai gruppi di lettura
Target 2026: 120
"""


def test_a_sentence_under_a_coded_objective_heading_is_about_that_objective(tmp_path) -> None:
    """A plan in prose states an objective's target in a sentence that does not repeat
    its title ("L'indicatore scelto è il numero di prestiti annui …"): under the
    objective's coded heading it is about that objective as a "Target:" line is, so
    another plan's labelled target on the theme does not outrank it."""
    answerer = answerer_over(tmp_path, {"valdiscesa_piao-2026-2028.md": PROSE_LIBRARY,
                                        "roccalta_piao-2026-2028.md": FIELDS_LIBRARY})
    text = answerer.answer("quanti prestiti deve raggiungere la biblioteca nel 2026?").text
    assert "10.500" in text and "non indica" not in text.split("10.500")[0], text


GARDENS = """# Comune di Valdiscesa – PIAO 2026-2028

## 4 Obiettivi operativi 2026

### Ob. 4.1 – Orti urbani per gli anziani

Nel quartiere Borgo Nuovo i pensionati che vivono soli sono 150, e molti non escono quasi mai di casa. Entro il
31 marzo 2026 si assegnano 40 orti nell'area verde di via dei Mulini; da aprile parte il corso di orticoltura.
L'obiettivo offre agli anziani un luogo di incontro all'aperto e un'attività che li tenga in movimento.
Il progetto è seguito dall'Ufficio Servizi Sociali. Indicatore: orti assegnati, target 40 nel 2026.
"""


def test_what_an_objective_serves_is_what_it_does_as_the_subject(tmp_path) -> None:
    """"L'obiettivo offre …": a plan in prose states the purpose with the objective as
    the subject of what it does, as "si propone di" does."""
    answerer = answerer_over(tmp_path, {"valdiscesa_piao-2026-2028.md": GARDENS})
    text = answerer.answer("perché il comune fa gli orti urbani per gli anziani?").text
    # (the sentence of purpose leads, before the schedule that does not say why)
    schedule = text.find("31 marzo")
    assert "luogo di incontro" in text and (schedule < 0 or text.index("luogo di incontro") < schedule), text


LED = """COMUNE DI VALDISCESA – PIAO 2026-2028

OBIETTIVI OPERATIVI

Obiettivo 4.1 - Rifacimento del lavatoio di piazza Grande

Guida l'obiettivo l'arch. Nadia Sorrentino. Il lavatoio, chiuso dal 2019, sarà restaurato e riaperto come spazio per mostre entro il 30 novembre 2026.

Obiettivo 4.2 - Orti urbani per gli anziani

Ne è responsabile il Settore Servizi Sociali e Famiglia. Trenta lotti saranno assegnati con un bando entro il 31 maggio 2026.

ORGANIZZAZIONE

Settore Tecnico e Patrimonio: responsabile arch. Nadia Sorrentino, 9 dipendenti
Settore Servizi Sociali e Famiglia: responsabile dott. Mauro Gentile, 5 dipendenti
"""


def test_a_party_put_in_charge_after_the_verb_is_the_objectives_head(tmp_path) -> None:
    # ("Guida l'obiettivo l'arch. X": the subject after the verb and the objective, as
    # Italian stresses it; "Ne è responsabile il Settore Y" names the office)
    answerer = answerer_over(tmp_path, {"valdiscesa_piao-2026-2028.txt": LED})
    text = answerer.answer("Quante persone ha il settore di chi guida il rifacimento del lavatoio?").text
    assert "9 dipendenti" in text and "Settore Tecnico e Patrimonio" in text, text
    text = answerer.answer("Chi è responsabile degli orti urbani per gli anziani?").text
    assert "Mauro Gentile" in text, text
    text = answerer.answer("Quanti dipendenti ha il settore che segue gli orti urbani?").text
    assert "5 dipendenti" in text, text
