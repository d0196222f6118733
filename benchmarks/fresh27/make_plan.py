"""Write the two FICTIONAL PIAO 2026-2028 documents of fresh27 into docs/.  All people, places and figures are
invented.

1. docs/torrebellano_piao-2026-2028.pdf  (Comune di Torrebellano, Provincia di Perugia), written with fpdf2
   (core Helvetica font, windows-1252 encoding, A4 portrait):
   * Sezione 1: anagrafica in prose;  2.1 Valore pubblico: prose;
   * 2.2 Linee strategiche di mandato: a NUMBERED LIST "1. <linea>" with sub-lines "1.1 <titolo> – <scope>";
   * 2.3 Obiettivi operativi 2026: ONE RULED TABLE PER AREA, two areas per page.  Each table is preceded by a
     caption line "Area … – Responsabile: <titolo> <Nome Cognome>" and has the columns
     Cod. | Obiettivo operativo | Indicatore | Target 2026 | Scadenza | Peso %.
     The code "x.y.z" refers to strategic line "x.y" of 2.2 (an area may serve several lines, and one line may be
     served by several areas).  The weights of each area add up to 100.  The Area Urbanistica ed Edilizia Privata
     is led "ad interim" by the head of the Area Tecnica.  Under the Area Servizi Finanziari e Tributi table a
     note names a member of staff as "referente operativo" (NOT the head);
   * 2.4 Rischi corruttivi e trasparenza: prose;
   * 3.1 Struttura organizzativa: prose + a SECOND kind of ruled table Area | Uffici | Dipendenti (no person),
     with a Totale row;  3.2 Lavoro agile, 3.3 Formazione, 3.4 Fabbisogni: prose with figures.
2. docs/fontanaspra_piao-2026-2028.md  (Comune di Fontanaspra, Provincia di Cuneo), Markdown (UTF-8, LF):
   * objectives as headings "### Obiettivo N – <titolo>" followed by one or two PROSE paragraphs without any
     labelled field: who leads it (Settore and/or person, sometimes only an Ufficio or a member of staff), the
     target ("si punta a …"), the deadline ("entro il 30 settembre 2026"), the staff and the stakeholders;
   * the org chart is a Markdown table with the columns in an unusual order Ufficio | Settore | Dipendenti |
     Responsabile: one row per ufficio, several uffici per Settore; the Responsabile is repeated on the
     continuation rows of some Settori and left blank on those of others.  Settore staff totals are NOT written
     (they are the sum of the uffici rows); only the grand total is.

Deterministic: no randomness; the PDF has a pinned creation date and fixed metadata (fpdf2 derives the file /ID from
the content), so two builds are byte-identical.

Run: /work/main/.venv/bin/python benchmarks/fresh27/make_plan.py [OUT_DIR]   (needs fpdf2, present in /work/main/.venv;\n     default OUT_DIR is docs/ next to this file)
"""
from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
PDF_NAME = "torrebellano_piao-2026-2028.pdf"
MD_NAME = "fontanaspra_piao-2026-2028.md"
FIXED_DATE = datetime(2026, 2, 10, 9, 0, 0, tzinfo=timezone.utc)

# =============================================================================================================
# 1. Comune di Torrebellano (PDF)
# =============================================================================================================
A = "Torrebellano"
A_SINDACA = "Valeria Brunozzi"
A_SEGRETARIO = "dott. Giancarlo Fiorucci"

A_TITLE = [("COMUNE DI TORREBELLANO", 16, "B"), ("Provincia di Perugia", 11, ""),
           ("PIANO INTEGRATO DI ATTIVITÀ E ORGANIZZAZIONE (PIAO) 2026-2028", 13, "B"),
           ("Approvato con deliberazione della Giunta comunale n. 11 del 10 febbraio 2026", 9, "")]

A_ANAGRAFICA = [
    "Il Comune di Torrebellano, in provincia di Perugia, conta 6.412 abitanti al 31/12/2025 e si estende per 52,7 "
    "kmq sulle colline a est del Tevere. Oltre al capoluogo, il territorio comprende le frazioni di Pian di "
    "Carpine e Casale Sorbello e numerose case sparse.",
    "L'Amministrazione è guidata dalla Sindaca Valeria Brunozzi, eletta nel giugno 2024. Il Segretario comunale, "
    "dott. Giancarlo Fiorucci, presta servizio in convenzione con un altro Comune della provincia.",
]

A_VALORE = [
    "Per l'Amministrazione il valore pubblico è il miglioramento misurabile del benessere della comunità: servizi "
    "raggiungibili senza spostamenti inutili, scuole ed edifici pubblici sicuri, un territorio pulito e curato, "
    "famiglie e anziani sostenuti nei momenti di bisogno, conti in ordine.",
    "Le linee strategiche di mandato elencate nella sottosezione 2.2 discendono dalla Sezione strategica del DUP "
    "2026-2028. Ogni obiettivo operativo della sottosezione 2.3 è identificato da un codice a tre cifre: le prime "
    "due cifre indicano la linea strategica a cui l'obiettivo contribuisce (ad esempio l'obiettivo 3.2.1 "
    "contribuisce alla linea 3.2).",
]

# (number, title, [(sub number, sub title, scope)])
A_LINEE = [
    ("1", "Torrebellano semplice e digitale", [
        ("1.1", "Servizi on line e semplificazione amministrativa",
         "sportelli digitali, pratiche telematiche, riduzione dei tempi di risposta"),
        ("1.2", "Trasparenza e legalità",
         "trasparenza amministrativa, accesso agli atti, rispetto delle regole sul territorio"),
    ]),
    ("2", "Conti in ordine ed equità fiscale", [
        ("2.1", "Equità fiscale e contrasto all'evasione", "tributi locali pagati da tutti in modo corretto"),
        ("2.2", "Efficienza della spesa", "pagamenti puntuali e controllo della spesa corrente"),
    ]),
    ("3", "Territorio curato e sicuro", [
        ("3.1", "Opere pubbliche e manutenzioni", "scuole, strade, illuminazione pubblica"),
        ("3.2", "Ambiente e pianificazione del territorio",
         "raccolta differenziata, recupero delle aree dismesse"),
        ("3.3", "Sicurezza urbana e stradale", "presidio del territorio, sicurezza davanti alle scuole"),
    ]),
    ("4", "Comunità che include", [
        ("4.1", "Scuola e famiglie", "servizi scolastici ed estivi per bambini e ragazzi"),
        ("4.2", "Anziani e fragilità", "assistenza domiciliare e sostegno all'abitare"),
        ("4.3", "Cultura e tempo libero", "biblioteca e iniziative culturali"),
    ]),
]

# key, Area, Responsabile (as in the caption), uffici, dipendenti
A_AREE = [
    ("amm", "Area Amministrativa e Servizi Demografici", "dott.ssa Chiara Bettarelli",
     ["Segreteria e Protocollo", "Servizi Demografici e Stato Civile", "Ufficio Personale", "URP"], 7),
    ("fin", "Area Servizi Finanziari e Tributi", "rag. Fabrizio Pecorari",
     ["Ragioneria ed Economato", "Ufficio Tributi"], 5),
    ("tec", "Area Tecnica – Lavori Pubblici e Ambiente", "ing. Matteo Santucci",
     ["Lavori Pubblici", "Manutenzioni e squadra operai", "Ufficio Ambiente"], 9),
    ("urb", "Area Urbanistica ed Edilizia Privata", "ing. Matteo Santucci (ad interim)",
     ["Urbanistica", "Edilizia Privata e SUE"], 3),
    ("soc", "Area Servizi Sociali, Scuola e Cultura", "dott.ssa Lucia Baldelli",
     ["Servizi Sociali", "Ufficio Scuola", "Biblioteca comunale"], 6),
    ("pl", "Area Polizia Locale", "comm. Roberto Ceccarini",
     ["Comando di Polizia Locale", "SUAP e Commercio"], 4),
]

A_HEAD = ["Cod.", "Obiettivo operativo", "Indicatore", "Target 2026", "Scadenza", "Peso %"]
# area key -> [(code, obiettivo, indicatore, target 2026, scadenza, peso)]
A_OBJ = {
    "amm": [
        ("1.1.1", "Sportello anagrafico on line: certificati, cambi di residenza e prenotazione della CIE",
         "Servizi anagrafici attivati sul portale", "10 servizi", "30/06/2026", 35),
        ("1.1.2", "Digitalizzazione dei registri storici dello stato civile (1871-1950)",
         "Registri scansionati e indicizzati", "120 registri", "15/12/2026", 20),
        ("1.2.1", "Verifica semestrale degli obblighi di pubblicazione in Amministrazione trasparente",
         "Obblighi di pubblicazione verificati", "100%", "30/11/2026", 25),
        ("1.2.2", "Nuovo regolamento per l'accesso civico e documentale",
         "Regolamento approvato dal Consiglio comunale", "1 regolamento", "31/05/2026", 20),
    ],
    "fin": [
        ("2.1.1", "Recupero dell'evasione TARI sulle utenze non domestiche",
         "Avvisi di accertamento emessi", "180 avvisi", "31/10/2026", 40),
        ("2.1.2", "Bonifica della banca dati IMU e allineamento con il catasto",
         "Posizioni contributive verificate", "1.500 posizioni", "30/09/2026", 25),
        ("2.2.1", "Riduzione dei tempi di pagamento delle fatture commerciali",
         "Tempo medio di pagamento", "28 giorni", "31/12/2026", 35),
    ],
    "tec": [
        ("3.1.1", "Adeguamento sismico della scuola primaria di Pian di Carpine",
         "Avanzamento dei lavori (SAL)", "60% dei lavori", "15/12/2026", 30),
        ("3.1.2", "Manutenzione straordinaria delle strade comunali e delle frazioni",
         "Km di strade riasfaltate", "4,2 km", "30/09/2026", 25),
        ("3.2.1", "Raccolta differenziata porta a porta a Casale Sorbello e nelle case sparse",
         "Percentuale di raccolta differenziata", "72%", "31/12/2026", 25),
        ("3.1.3", "Illuminazione pubblica a LED nel capoluogo",
         "Punti luce sostituiti con LED", "650 punti luce", "30/11/2026", 20),
    ],
    "urb": [
        ("3.2.2", "Variante al PRG parte operativa per il recupero delle aree produttive dismesse",
         "Variante adottata dal Consiglio comunale", "1 variante adottata", "30/11/2026", 55),
        ("1.1.3", "Presentazione esclusivamente telematica delle pratiche edilizie sul portale SUE",
         "Pratiche edilizie presentate on line", "100%", "31/03/2026", 45),
    ],
    "soc": [
        ("4.1.1", "Nuovo appalto della refezione scolastica con prodotti biologici e a km 0",
         "Quota di prodotti biologici e a km 0 nei menu", "55%", "31/08/2026", 25),
        ("4.1.2", "Centro estivo comunale per ragazzi dai 6 ai 14 anni",
         "Posti disponibili", "90 posti", "15/06/2026", 15),
        ("4.2.1", "Assistenza domiciliare agli anziani soli",
         "Anziani seguiti dal servizio", "45 utenti", "31/12/2026", 25),
        ("4.2.2", "Istruttoria rapida delle domande di contributo per l'affitto",
         "Domande istruite entro 30 giorni", "95%", "31/07/2026", 20),
        ("4.3.1", "Aperture serali della biblioteca comunale e rassegna Libri in piazza",
         "Aperture serali nell'anno", "40 aperture", "31/12/2026", 15),
    ],
    "pl": [
        ("3.3.1", "Presidio degli attraversamenti davanti alle scuole all'entrata e all'uscita",
         "Servizi di presidio", "150 servizi", "31/12/2026", 50),
        ("3.3.2", "Nuove telecamere di videosorveglianza agli ingressi del paese",
         "Telecamere installate e collegate", "12 telecamere", "31/10/2026", 35),
        ("1.2.3", "Controlli sulle occupazioni di suolo pubblico e sui dehors",
         "Controlli effettuati", "200 controlli", "30/11/2026", 15),
    ],
}
A_NOTES = {"fin": "Referente operativo per gli obiettivi 2.1.1 e 2.1.2: istr. dir. Sara Mencarelli (Ufficio "
                  "Tributi), che coordina le verifiche e cura i rapporti con il gestore del servizio rifiuti."}
A_PAGES = [["amm", "fin"], ["tec", "urb"], ["soc", "pl"]]

A_PERF_INTRO = (
    "Gli obiettivi operativi assegnati per il 2026 sono riportati in una tabella per ciascuna Area, con "
    "l'indicazione del Responsabile. Per ogni obiettivo sono indicati l'indicatore, il target 2026, la scadenza e "
    "il peso percentuale ai fini della valutazione della performance; i pesi di ciascuna Area sommano a 100. Le "
    "prime due cifre del codice rinviano alla linea strategica della sottosezione 2.2.")

A_RISCHI = [
    "Il Responsabile della prevenzione della corruzione e della trasparenza (RPCT) è il Segretario comunale, "
    "dott. Giancarlo Fiorucci. Le aree a rischio più elevato restano gli affidamenti di lavori e servizi, i titoli "
    "edilizi e la concessione di contributi economici.",
    "Le misure principali sono la rotazione degli operatori economici negli affidamenti diretti, il controllo "
    "successivo a campione degli atti e la verifica semestrale degli obblighi di pubblicazione (obiettivo 1.2.1).",
]


def a_staff_total() -> int:
    return sum(a[4] for a in A_AREE)


A_ORG_INTRO = [
    "La struttura organizzativa è articolata in sei Aree, ciascuna affidata a un Responsabile titolare di incarico "
    f"di Elevata Qualificazione. Al 31/12/2025 sono in servizio {a_staff_total()} dipendenti, escluso il "
    "Segretario comunale.",
    "L'Area Urbanistica ed Edilizia Privata è affidata ad interim all'ing. Matteo Santucci, Responsabile dell'Area "
    "Tecnica – Lavori Pubblici e Ambiente, dal 1° ottobre 2025 e fino all'assunzione del funzionario tecnico "
    "prevista nella sottosezione 3.4.",
]
A_ORG_HEAD = ["Area", "Uffici", "Dipendenti"]

A_AGILE = (
    "Nel 2025 hanno svolto la prestazione in modalità agile 11 dipendenti sui 34 in servizio. Dal 2026 il "
    "dipendente che svolge attività compatibili può lavorare in modalità agile fino a 6 giorni al mese, previa "
    "sottoscrizione dell'accordo individuale entro il 31/01/2026; la fascia di contattabilità va dalle 9:00 alle "
    "13:00. Sono escluse le attività che richiedono la presenza in sede: il servizio esterno della Polizia Locale, "
    "la squadra operai e lo sportello dei Servizi Demografici negli orari di apertura al pubblico.")

A_FORMAZIONE = (
    "Il piano della formazione 2026 prevede almeno 28 ore di formazione per ciascun dipendente, contro una media "
    "di 19 ore nel 2025, con almeno 3 corsi sulla piattaforma Syllabus per le competenze digitali. I percorsi "
    "prioritari riguardano il Codice dei contratti pubblici, la transizione digitale e la sicurezza nei luoghi di "
    "lavoro; il 100% dei dipendenti dovrà completare la formazione obbligatoria in materia di anticorruzione "
    "entro il 30/11/2026.")

A_FABBISOGNI = (
    "Nel 2026 è prevista l'assunzione di 1 funzionario tecnico da assegnare all'Area Urbanistica ed Edilizia "
    "Privata entro il 30/09/2026, con la conseguente cessazione dell'incarico ad interim, e di 1 agente di Polizia "
    "Locale a copertura di un pensionamento.")


def a_area(key: str) -> tuple:
    return next(a for a in A_AREE if a[0] == key)


def a_caption(key: str) -> str:
    a = a_area(key)
    return f"{a[1]} – Responsabile: {a[2]}"


def a_objectives() -> list[tuple]:
    """(area key, code, obiettivo, indicatore, target, scadenza, peso) in document order."""
    return [(k, *o) for page in A_PAGES for k in page for o in A_OBJ[k]]


# =============================================================================================================
# 2. Comune di Fontanaspra (Markdown)
# =============================================================================================================
B = "Fontanaspra"
B_SINDACO = "Mauro Ellena"
B_SEGRETARIO = "dott. Marco Ghione"

# Ufficio, Settore, Dipendenti, Responsabile as printed ("" = blank continuation row)
B_ORG = [
    ("Segreteria e Protocollo", "Amministrativo", 3, "dott.ssa Elisa Bertola"),
    ("Servizi Demografici ed Elettorale", "Amministrativo", 4, "dott.ssa Elisa Bertola"),
    ("Personale", "Amministrativo", 1, "dott.ssa Elisa Bertola"),
    ("Ragioneria", "Economico-Finanziario", 2, "dott. Paolo Dalmasso"),
    ("Tributi", "Economico-Finanziario", 2, ""),
    ("Economato", "Economico-Finanziario", 1, ""),
    ("Lavori Pubblici", "Tecnico", 3, "arch. Silvia Chiapello"),
    ("Manutenzioni e squadra operai", "Tecnico", 5, ""),
    ("Ambiente e Protezione Civile", "Tecnico", 1, ""),
    ("Edilizia Privata e Urbanistica", "Tecnico", 2, ""),
    ("Servizi Sociali", "Servizi alla Persona", 3, "dott.ssa Laura Allasia"),
    ("Istruzione e Mensa", "Servizi alla Persona", 2, ""),
    ("Biblioteca e Cultura", "Servizi alla Persona", 2, ""),
    ("Comando di Polizia Locale", "Polizia Locale", 4, "comm. Davide Rinaudo"),
    ("SUAP e Commercio", "Polizia Locale", 2, "comm. Davide Rinaudo"),
]
B_ORG_HEAD = ["Ufficio", "Settore", "Dipendenti", "Responsabile"]


def b_settori() -> list[str]:
    return list(dict.fromkeys(r[1] for r in B_ORG))


def b_head(settore: str) -> str:
    return next(r[3] for r in B_ORG if r[1] == settore and r[3])


def b_staff(settore: str) -> int:
    return sum(r[2] for r in B_ORG if r[1] == settore)


def b_staff_total() -> int:
    return sum(r[2] for r in B_ORG)


def b_uffici(settore: str) -> list[str]:
    return [r[0] for r in B_ORG if r[1] == settore]


def b_settore_of_ufficio(ufficio: str) -> str:
    return next(r[1] for r in B_ORG if r[0] == ufficio)


# (n, title, settore leading it or "seg", [paragraphs])
B_OBJ = [
    (1, "Anagrafe digitale e certificati on line", "Amministrativo", [
        "L'obiettivo è seguito dal Settore Amministrativo, sotto la guida della dott.ssa Elisa Bertola. Nel 2025 "
        "oltre il 70% dei certificati è stato ancora rilasciato allo sportello, con lunghe attese soprattutto il "
        "lunedì mattina e nei giorni di mercato. Si punta ad attivare almeno 8 servizi on line, accessibili con "
        "SPID e CIE, entro il 30 settembre 2026.",
        "Il lavoro quotidiano è affidato alle istruttrici dei Servizi Demografici, Marta Giordano e Irene Bessone, "
        "che cureranno anche l'assistenza agli utenti meno pratici; saranno coinvolti i cittadini delle borgate, "
        "i patronati e l'Unione Montana Valle Spra, che gestisce il sistema informativo comune.",
    ]),
    (2, "Trasparenza e prevenzione della corruzione", "seg", [
        "Il coordinamento spetta al Segretario comunale, dott. Marco Ghione, nella sua veste di Responsabile della "
        "prevenzione della corruzione e della trasparenza, con il contributo di tutti i Responsabili di Settore. "
        "Dopo i ritardi rilevati nel 2025 nella pubblicazione dei dati sui contratti, si punta a verificare il "
        "100% degli obblighi di pubblicazione due volte l'anno, entro il 30 giugno ed entro il 30 novembre 2026, e "
        "ad aggiornare la mappatura di 38 processi a rischio entro il 31 marzo 2026. Interlocutori principali "
        "sono il Nucleo di valutazione e i cittadini che presentano istanze di accesso civico.",
    ]),
    (3, "Recupero dell'evasione TARI", "Economico-Finanziario", [
        "Se ne occupa l'Ufficio Tributi, dove l'istruttore Luca Garelli incrocerà le utenze del servizio rifiuti "
        "con l'anagrafe e con le planimetrie catastali. Dai controlli a campione del 2025 sono emerse circa 260 "
        "posizioni mai dichiarate, in gran parte seconde case nelle borgate. Si punta a emettere almeno 150 "
        "avvisi di accertamento entro il 30 novembre 2026, offrendo la rateizzazione alle famiglie in "
        "difficoltà. Collaborano il Consorzio Ecologico Valle Spra, gestore della raccolta, e gli agenti di "
        "Polizia Locale per i sopralluoghi.",
    ]),
    (4, "Pagamenti puntuali ai fornitori", "Economico-Finanziario", [
        "L'obiettivo è seguito dal Settore Economico-Finanziario, sotto la guida del dott. Paolo Dalmasso. Si "
        "punta a portare il tempo medio di pagamento delle fatture commerciali a 25 giorni entro il 31 dicembre "
        "2026, contro i 33 giorni del 2025. Tutti i Settori sono coinvolti: ogni lunedì la Ragioneria invia "
        "l'elenco delle fatture in scadenza. Ne beneficiano le imprese fornitrici, in gran parte piccole aziende "
        "della valle.",
    ]),
    (5, "Manutenzione straordinaria delle strade comunali", "Tecnico", [
        "L'obiettivo è seguito dal Settore Tecnico, sotto la guida dell'arch. Silvia Chiapello. Le gelate "
        "dell'inverno 2025 hanno danneggiato soprattutto la strada per Ruà Soprana e via del Mulino Vecchio. Si "
        "punta a riasfaltare 3,5 km di strade comunali, con lavori da concludere entro il 31 agosto 2026, prima "
        "della ripresa delle scuole.",
        "Il cantiere sarà seguito dal geom. Franco Olivero dell'Ufficio Lavori Pubblici insieme alla squadra "
        "operai; la Polizia Locale curerà le ordinanze di chiusura al traffico e i residenti delle borgate "
        "saranno informati con avvisi porta a porta.",
    ]),
    (6, "Messa in sicurezza della frana di borgata Chiotti", "Tecnico", [
        "La frana che dal novembre 2024 minaccia la strada di accesso a borgata Chiotti è il cantiere più "
        "delicato del triennio. Ne ha la regia operativa il geom. Franco Olivero dell'Ufficio Lavori Pubblici, che "
        "risponde alla responsabile del Settore Tecnico; la progettazione è affidata a uno studio di geologi "
        "esterno. Si punta ad approvare il progetto esecutivo entro il 31 maggio 2026 e a concludere le opere di "
        "consolidamento entro il 30 aprile 2027, riaprendo la strada anche ai mezzi di soccorso.",
        "Sono coinvolti le dodici famiglie residenti nella borgata, la Regione Piemonte, che ha concesso il "
        "contributo per l'intervento, e i Vigili del Fuoco del distaccamento volontario.",
    ]),
    (7, "Refezione scolastica di qualità", "Servizi alla Persona", [
        "L'obiettivo è seguito dal Settore Servizi alla Persona, sotto la guida della dott.ssa Laura Allasia. Il "
        "contratto di refezione scade a giugno 2026 e la Commissione mensa ha chiesto più prodotti freschi e "
        "locali. Il capitolato dovrà essere approvato entro il 31 marzo 2026; si punta a portare al 65% la quota "
        "di prodotti biologici e a km 0 nei menu, con il nuovo gestore in servizio dal 14 settembre 2026.",
        "Lavorano all'obiettivo l'Ufficio Istruzione e Mensa, con l'istruttrice Chiara Bongiovanni, e l'Ufficio "
        "Economato per la gara; sono coinvolti la Commissione mensa, le famiglie e l'istituto comprensivo.",
    ]),
    (8, "Assistenza domiciliare agli anziani soli", "Servizi alla Persona", [
        "Il Settore Servizi alla Persona, attraverso l'Ufficio Servizi Sociali, estenderà l'assistenza "
        "domiciliare agli anziani che vivono soli nelle borgate più lontane dal capoluogo. Si punta a seguire "
        "almeno 40 anziani entro il 31 dicembre 2026, contro i 26 del 2025. Collaborano il Consorzio "
        "socio-assistenziale Alta Valle Spra e la Croce Verde di Fontanaspra, che garantisce il trasporto alle "
        "visite mediche.",
    ]),
    (9, "Sicurezza davanti alle scuole", "Polizia Locale", [
        "L'obiettivo è seguito dal Settore Polizia Locale, sotto la guida del comm. Davide Rinaudo. Si punta ad "
        "assicurare almeno 130 presidi all'entrata e all'uscita della scuola primaria e della scuola "
        "dell'infanzia nel corso del 2026 e a installare 2 rilevatori di velocità, in via Roma e sulla "
        "provinciale per Ruà Soprana, entro il 31 ottobre 2026. Sono coinvolti i genitori, l'istituto "
        "comprensivo e i volontari dei nonni vigili.",
    ]),
    (10, "Formazione del personale", "Amministrativo", [
        "L'Ufficio Personale predispone il piano formativo 2026 con l'istruttrice Paola Tallone: si punta a "
        "garantire almeno 32 ore di formazione per ogni dipendente, di cui 10 sulla piattaforma Syllabus per le "
        "competenze digitali, entro il 15 dicembre 2026. Nel 2025 la media è stata di 17 ore. I Responsabili di "
        "Settore segnaleranno i fabbisogni formativi entro il 28 febbraio 2026.",
    ]),
    (11, "SUAP e commercio on line", "Polizia Locale", [
        "Le pratiche delle attività economiche (aperture, subingressi, occupazioni di suolo pubblico per i "
        "dehors) passeranno interamente al portale telematico. L'obiettivo è seguito dall'Ufficio SUAP e "
        "Commercio, che fa capo al Settore Polizia Locale; si punta a ricevere on line il 100% delle pratiche "
        "entro il 30 giugno 2026. Vi lavora l'istruttore Giorgio Marengo; sono coinvolti i commercianti, le "
        "associazioni di categoria e la Camera di commercio di Cuneo.",
    ]),
]


def b_obj(n: int) -> tuple:
    return next(o for o in B_OBJ if o[0] == n)


def b_prose(n: int) -> str:
    return " ".join(b_obj(n)[3])


def build_md() -> bytes:
    L: list[str] = []
    add = L.append
    add("# COMUNE DI FONTANASPRA")
    add("")
    add("Provincia di Cuneo")
    add("")
    add("## Piano Integrato di Attività e Organizzazione (PIAO) 2026-2028")
    add("")
    add("Approvato con deliberazione della Giunta comunale n. 14 del 3 febbraio 2026")
    add("")
    add("## Sezione 1 – Scheda anagrafica dell'amministrazione")
    add("")
    add("Il Comune di Fontanaspra, in provincia di Cuneo, conta 4.985 abitanti al 31 dicembre 2025. Il territorio, "
        "lungo il torrente Spra, comprende oltre al capoluogo la frazione di Ruà Soprana e diverse borgate, tra "
        "cui borgata Chiotti. Il Sindaco è Mauro Ellena, eletto nel giugno 2024. Il Comune fa parte dell'Unione "
        "Montana Valle Spra.")
    add("")
    add("## Sezione 2 – Valore pubblico, performance e anticorruzione")
    add("")
    add("### 2.1 Valore pubblico")
    add("")
    add("Creare valore pubblico, per un comune di montagna come Fontanaspra, significa soprattutto evitare che "
        "chi vive nelle borgate resti indietro: servizi raggiungibili anche da casa, strade percorribili in ogni "
        "stagione, scuole sicure e una rete di aiuto per gli anziani soli.")
    add("")
    add("### 2.2 Performance")
    add("")
    add("Gli obiettivi del 2026 sono descritti di seguito in forma discorsiva. Per ciascuno il testo indica chi ne "
        "ha la responsabilità, il risultato a cui si punta, i tempi e le persone e i soggetti coinvolti; per i "
        "Responsabili dei Settori si rinvia anche all'organigramma della sottosezione 3.1.")
    add("")
    for n, title, _, paras in B_OBJ:
        add(f"### Obiettivo {n} – {title}")
        add("")
        for p in paras:
            add(p)
            add("")
    add("### 2.3 Rischi corruttivi e trasparenza")
    add("")
    add("Il Responsabile della prevenzione della corruzione e della trasparenza è il Segretario comunale. Le aree a "
        "più alto rischio sono gli affidamenti di lavori e servizi, i contributi economici e i controlli sulle "
        "entrate; le misure e le verifiche sulla trasparenza sono descritte nell'Obiettivo 2.")
    add("")
    add("## Sezione 3 – Organizzazione e capitale umano")
    add("")
    add("### 3.1 Struttura organizzativa")
    add("")
    add(f"La struttura del Comune è articolata in cinque Settori, ciascuno diretto da un Responsabile titolare di "
        f"incarico di Elevata Qualificazione; ogni Settore comprende uno o più uffici. Il Segretario comunale, "
        f"{B_SEGRETARIO}, coordina i Responsabili di Settore. Organigramma al 31 dicembre 2025:")
    add("")
    add("| " + " | ".join(B_ORG_HEAD) + " |")
    add("|---|---|---|---|")
    for uff, sett, n, resp in B_ORG:
        add(f"| {uff} | {sett} | {n} | {resp} |".replace("|  |", "| |"))
    add("")
    add(f"Totale dipendenti al 31 dicembre 2025: {b_staff_total()}, escluso il Segretario comunale.")
    add("")
    add("### 3.2 Formazione del personale")
    add("")
    add("Il piano della formazione 2026 è descritto nell'Obiettivo 10. Tutti i nuovi assunti seguono inoltre, "
        "entro sei mesi dall'assunzione, un corso sul codice di comportamento.")
    add("")
    add("### 3.3 Piano dei fabbisogni di personale")
    add("")
    add("Per il 2026 è prevista l'assunzione di 1 istruttore tecnico per l'Ufficio Manutenzioni e squadra operai e "
        "di 1 agente di Polizia Locale, a copertura delle cessazioni avvenute nel 2025.")
    return ("\n".join(L) + "\n").encode("utf-8")


def md_text() -> str:
    return build_md().decode("utf-8")


# =============================================================================================================
# PDF writer (fpdf2, portrait, one ruled table per Area)
# =============================================================================================================
OBJ_WIDTHS = (14, 62, 42, 24, 22, 16)           # mm, sum 180 (A4 210 - 2*15)
ORG_WIDTHS = (62, 96, 22)


def build_pdf() -> bytes:
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    class Doc(FPDF):
        def header(self):
            self.set_font("Helvetica", "", 7.5)
            self.set_xy(15, 8)
            self.cell(0, 4, "Comune di Torrebellano – PIAO 2026-2028")
            self.set_xy(15, 14)

        def footer(self):
            self.set_y(-12)
            self.set_font("Helvetica", "", 7.5)
            self.cell(0, 4, f"Pagina {self.page_no()}", align="R")

    pdf = Doc(format="A4", unit="mm")
    pdf.core_fonts_encoding = "windows-1252"
    pdf.set_margins(15, 16, 15)
    pdf.set_auto_page_break(True, margin=16)
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_title("PIAO 2026-2028 - Comune di Torrebellano")
    pdf.set_author("Comune di Torrebellano - Area Amministrativa e Servizi Demografici")
    pdf.set_subject("Piano Integrato di Attività e Organizzazione 2026-2028")
    pdf.set_creator("Comune di Torrebellano")
    pdf.set_producer("fresh27 make_plan.py")
    pdf.set_lang("it-IT")

    def para(text, size=9.5, style="", h=4.8, after=2.0):
        pdf.set_font("Helvetica", style, size)
        pdf.multi_cell(0, h, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(after)

    def h1(text):
        pdf.ln(1.5)
        para(text, 11.5, "B", 6, 1.5)

    def h2(text):
        pdf.ln(1)
        para(text, 10, "B", 5.5, 1)

    def ruled(rows, widths, bold_last=False):
        pdf.set_font("Helvetica", "", 8)
        with pdf.table(col_widths=widths, width=sum(widths), align="LEFT", text_align="LEFT", line_height=4,
                       padding=1.2, first_row_as_headings=True, repeat_headings=1,
                       headings_style=FontFace(emphasis="BOLD", fill_color=(217, 217, 217))) as t:
            for i, r in enumerate(rows):
                row = t.row()
                for c in r:
                    if bold_last and i == len(rows) - 1:
                        row.cell(str(c), style=FontFace(emphasis="BOLD"))
                    else:
                        row.cell(str(c))
        pdf.ln(2)

    pdf.add_page()
    for text, size, style in A_TITLE:
        pdf.set_font("Helvetica", style, size)
        pdf.multi_cell(0, size * 0.5, text, align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
    pdf.ln(3)
    h1("SEZIONE 1 – SCHEDA ANAGRAFICA DELL'AMMINISTRAZIONE")
    for p in A_ANAGRAFICA:
        para(p)
    h1("SEZIONE 2 – VALORE PUBBLICO, PERFORMANCE E ANTICORRUZIONE")
    h2("2.1 Valore pubblico")
    for p in A_VALORE:
        para(p)
    h2("2.2 Linee strategiche di mandato")
    para("Il programma di mandato è articolato in quattro linee strategiche e dieci linee di secondo livello:")
    for num, title, subs in A_LINEE:
        para(f"{num}. {title}", 9.5, "B", 4.8, 0.5)
        for sn, st, scope in subs:
            pdf.set_x(22)
            pdf.set_font("Helvetica", "", 9.5)
            pdf.multi_cell(0, 4.8, f"{sn} {st} – {scope}", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
    for i, page in enumerate(A_PAGES):
        pdf.add_page()
        if i == 0:
            h2("2.3 Obiettivi operativi 2026 per Area")
            para(A_PERF_INTRO)
        for key in page:
            pdf.ln(1)
            para(a_caption(key), 9.5, "B", 5, 1)
            ruled([A_HEAD] + [[o[0], o[1], o[2], o[3], o[4], o[5]] for o in A_OBJ[key]], OBJ_WIDTHS)
            if key in A_NOTES:
                para(A_NOTES[key], 8, "I", 4, 2)
            pdf.ln(3)
    pdf.add_page()
    h2("2.4 Rischi corruttivi e trasparenza")
    for p in A_RISCHI:
        para(p)
    h1("SEZIONE 3 – ORGANIZZAZIONE E CAPITALE UMANO")
    h2("3.1 Struttura organizzativa")
    for p in A_ORG_INTRO:
        para(p)
    ruled([A_ORG_HEAD] + [[a[1], "; ".join(a[3]), a[4]] for a in A_AREE] + [["Totale", "", a_staff_total()]],
          ORG_WIDTHS, bold_last=True)
    h2("3.2 Organizzazione del lavoro agile")
    para(A_AGILE)
    h2("3.3 Formazione del personale")
    para(A_FORMAZIONE)
    h2("3.4 Piano triennale dei fabbisogni di personale")
    para(A_FABBISOGNI)
    return bytes(pdf.output())


def build() -> dict[str, bytes]:
    return {PDF_NAME: build_pdf(), MD_NAME: build_md()}


def main(argv: list[str]) -> None:
    """Write both documents into docs/ (or into the directory given as the first argument)."""
    out = Path(argv[1]) if len(argv) > 1 else DOCS
    out.mkdir(parents=True, exist_ok=True)
    for name, data in build().items():
        (out / name).write_bytes(data)
        print(f"wrote {out / name} ({len(data)} bytes)")


if __name__ == "__main__":
    import sys
    main(sys.argv)
