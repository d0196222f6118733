"""Write the two FICTIONAL PIAO 2026-2028 documents of fresh28 into docs/.  All people, places and figures are
invented.

1. docs/montevallardo_piao-2026-2028.docx  (Comune di Montevallardo, Provincia di Ancona), written with python-docx:
   * Sezione 1 (anagrafica) and 2.1 (valore pubblico e contesto): prose paragraphs with figures (abitanti, famiglie,
     percentages, budget figures in euro);
   * 2.2 Performance: ELEVEN objectives, each one its own TWO-COLUMN "scheda" table (left column a field label,
     right column the value), preceded by a Heading 3 "Scheda obiettivo n. N".  The labels vary from scheda to
     scheda ("Codice obiettivo" / "Cod." / "N. obiettivo", "Denominazione" / "Titolo dell'obiettivo" / "Obiettivo",
     "Unità organizzativa competente" / "Struttura responsabile" / "Settore", ...).  The Cronoprogramma cell holds
     one paragraph per phase ("Fase 2 – ... (marzo-giugno 2026)").  Some cells are blank or hold "—".  Some schede
     name only an Ufficio (the Settore must be found in the org chart) and some name a member of staff as Referente
     (not the head of the Settore);
   * 2.3 Rischi corruttivi: prose;
   * 3.1 Struttura organizzativa: NO TABLE.  Settori I-III are a NESTED BULLETED LIST (List Bullet / List Bullet 2:
     Settore with head and staff, uffici as sub-bullets); Settore IV, Settore V and the Corpo di Polizia Locale are
     PROSE paragraphs ("Il Settore V – Servizi alla Persona, diretto dalla dott.ssa …, comprende gli uffici …");
   * 3.2 lavoro agile, 3.3 formazione, 3.4 fabbisogni: prose with figures.  There are NO weights in this plan.
2. docs/fossalberga_piao-2026-2028.txt  (Comune di Fossalberga, Provincia di Rovigo), plain ASCII text (accents
   written as apostrophes, LF line ends) as if exported from a legacy system:
   * numbered headings in CAPITALS ("2.2 OBIETTIVI OPERATIVI 2026"), prose hard-wrapped at 100 columns;
   * 2.2 objectives: a FIXED-WIDTH table whose columns are separated only by runs of spaces
     (N. | OBIETTIVO OPERATIVO | SETTORE | INDICATORE | TARGET 2026 | SCADENZA | PESO); long cells wrap onto
     continuation lines inside their own column; the SETTORE cell carries the Settore code ("03 - LL.PP. E
     AMBIENTE"), whose head is found in 3.1;
   * 2.3 phases: a second fixed-width table (OB. | FASE | DESCRIZIONE | DAL | AL, dates MM/AAAA);
   * 3.1 org chart: a fixed-width table SETTORE | RESPONSABILE | SERVIZI | N. DIPENDENTI with a TOTALE row; the
     head of Settore 03 also leads Settore 04 "ad interim";
   * there is NO lavoro agile section and NO amount in euro.

Deterministic: no randomness; the DOCX core properties carry fixed dates and the zip container is rewritten with
fixed member timestamps, so two builds are byte-identical (with the same python-docx / zlib).

Run: /work/main/.venv/bin/python benchmarks/fresh28/make_plan.py [OUT_DIR]   (needs python-docx, present in
     /work/main/.venv; default OUT_DIR is docs/ next to this file)
"""
from __future__ import annotations

import io
import textwrap
import zipfile
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
DOCX_NAME = "montevallardo_piao-2026-2028.docx"
TXT_NAME = "fossalberga_piao-2026-2028.txt"
FIXED_DATE = datetime(2026, 1, 29, 9, 0, 0)
ZIP_DATE = (2026, 1, 29, 9, 0, 0)

# =============================================================================================================
# 1. Comune di Montevallardo (DOCX)
# =============================================================================================================
A = "Montevallardo"
A_SINDACO = "Giorgio Mengarelli"
A_SEGRETARIO = "dott. Renato Baldoni"

A_ANAGRAFICA = [
    "Il Comune di Montevallardo, in provincia di Ancona, si estende per 61,3 kmq nella media valle dell'Esino. Al "
    "31 dicembre 2025 la popolazione residente è di 8.734 abitanti (4.461 femmine e 4.273 maschi), distribuiti in "
    "3.812 nuclei familiari tra il capoluogo e le frazioni di Pian della Rovere e Colleferrato.",
    "L'Amministrazione è guidata dal Sindaco Giorgio Mengarelli, eletto nel settembre 2025. Le funzioni di "
    "Segretario comunale sono svolte dal dott. Renato Baldoni, titolare della sede di segreteria.",
]

A_CONTESTO = [
    "La popolazione invecchia: gli over 65 sono il 26,9% dei residenti, mentre i minori di 14 anni sono il 12,1%. "
    "Nel 2025 gli uffici demografici hanno rilasciato 1.046 carte d'identità elettroniche e registrato 212 cambi "
    "di residenza.",
    "Il bilancio di previsione 2026-2028 stanzia per il 2026 spese correnti per 7.480.000 euro e investimenti per "
    "2.315.000 euro, di cui 1.120.000 euro finanziati con fondi PNRR, destinati soprattutto all'adeguamento "
    "sismico della scuola primaria del capoluogo e alla nuova palestra di Colleferrato.",
    "Alcuni indicatori di partenza: nel 2025 la raccolta differenziata ha raggiunto il 71,3% e il tempo medio di "
    "pagamento delle fatture commerciali è stato di 34 giorni. Gli obiettivi operativi 2026, illustrati nelle "
    "schede della sottosezione 2.2, traducono in azioni misurabili le priorità del DUP 2026-2028.",
]

A_PERF_INTRO = (
    "Per ciascun obiettivo operativo la scheda riporta il codice, la denominazione, la finalità, il risultato "
    "atteso, la struttura competente, il cronoprogramma delle fasi, l'indicatore e i valori obiettivo. Il "
    "raggiungimento degli obiettivi è verificato dal Nucleo di valutazione in sede di relazione sulla performance.")

A_RISCHI = (
    "Il Responsabile della prevenzione della corruzione e della trasparenza (RPCT) è il Segretario comunale, dott. "
    "Renato Baldoni. Le misure generali e specifiche di prevenzione sono monitorate con cadenza semestrale, al 30 "
    "giugno e al 31 dicembre, e gli esiti sono pubblicati in Amministrazione trasparente.")

# key, name, head (with title), uffici (without the word "Ufficio"), dipendenti, rendering
A_SETTORI = [
    ("I", "Settore I – Affari Generali e Servizi Demografici", "dott.ssa Marta Giacchetti",
     ["Segreteria, Protocollo e Archivio", "Anagrafe, Stato Civile ed Elettorale", "Personale",
      "URP e Comunicazione"], 8, "list"),
    ("II", "Settore II – Servizi Finanziari e Tributi", "rag. Loredana Sabbatini",
     ["Ragioneria ed Economato", "Tributi"], 6, "list"),
    ("III", "Settore III – Lavori Pubblici, Manutenzioni e Ambiente", "ing. Davide Marinelli",
     ["Lavori Pubblici ed Espropri", "Manutenzioni e Squadra esterna", "Ambiente e Protezione Civile"], 11, "list"),
    ("IV", "Settore IV – Urbanistica, Edilizia Privata e SUAP", "arch. Ilaria Pettinari",
     ["Urbanistica", "Edilizia Privata", "SUAP"], 4, "prose"),
    ("V", "Settore V – Servizi alla Persona", "dott.ssa Federica Lucchetti",
     ["Servizi Sociali", "Pubblica Istruzione e Mensa", "Biblioteca e Cultura", "Sport e Associazionismo"], 7,
     "prose"),
    ("PL", "Corpo di Polizia Locale", "comm. Alessio Carloni",
     ["Viabilità e Pronto intervento", "Polizia amministrativa e commerciale", "Verbali e Contenzioso"], 5,
     "prose"),
]
A_UFFICIO_NOTE = {"Tributi": " (referente: istr. dir. Nicola Bartolucci)"}

A_ORG_INTRO = (
    "La struttura organizzativa del Comune di Montevallardo è articolata in cinque Settori e nel Corpo di Polizia "
    "Locale, coordinati dal Segretario comunale, dott. Renato Baldoni. Al 31 dicembre 2025 sono in servizio 41 "
    "dipendenti a tempo indeterminato. I primi tre Settori sono organizzati come segue:")

A_ORG_PROSE = {
    "IV": "Il Settore IV – Urbanistica, Edilizia Privata e SUAP, diretto dall'arch. Ilaria Pettinari, comprende "
          "l'Ufficio Urbanistica, l'Ufficio Edilizia Privata e lo Sportello Unico per le Attività Produttive "
          "(SUAP); vi lavorano 4 dipendenti.",
    "V": "Il Settore V – Servizi alla Persona, diretto dalla dott.ssa Federica Lucchetti, comprende gli uffici "
         "Servizi Sociali, Pubblica Istruzione e Mensa, Biblioteca e Cultura, Sport e Associazionismo, con 7 "
         "dipendenti complessivi.",
    "PL": "Il Corpo di Polizia Locale, guidato dal comandante comm. Alessio Carloni, conta 5 addetti ed è "
          "organizzato nei nuclei Viabilità e Pronto intervento, Polizia amministrativa e commerciale, Verbali e "
          "Contenzioso.",
}

A_AGILE = (
    "Nel 2025 hanno lavorato in modalità agile 9 dipendenti su 41. Dal 2026 il lavoro agile è consentito per le "
    "attività compatibili fino a 8 giorni al mese, previo accordo individuale da sottoscrivere entro il 28 febbraio "
    "2026; la fascia di contattabilità va dalle 9:30 alle 12:30. Sono esclusi i servizi di sportello e la squadra "
    "esterna.")
A_FORMAZIONE = (
    "Il piano della formazione è oggetto della scheda obiettivo n. 10. Nel 2025 sono state erogate in media 21 ore "
    "di formazione per dipendente; per il 2026 il valore obiettivo è di 30 ore, con almeno due corsi della "
    "piattaforma Syllabus per ciascun dipendente.")
A_FABBISOGNI = (
    "Per il triennio 2026-2028 sono previste 2 cessazioni per pensionamento. Il piano prevede l'assunzione di 1 "
    "istruttore tecnico per il Settore III entro il 31 luglio 2026 e di 1 agente di Polizia Locale entro il 30 "
    "settembre 2026.")

# label -> canonical field (the schede use varied labels)
A_LABELS = {
    "Codice obiettivo": "codice", "Cod.": "codice", "N. obiettivo": "codice", "Codice": "codice",
    "Denominazione": "titolo", "Titolo dell'obiettivo": "titolo", "Obiettivo": "titolo",
    "Finalità": "finalita", "Descrizione e finalità": "finalita",
    "Risultato atteso": "risultato", "Valore pubblico atteso": "risultato",
    "Unità organizzativa competente": "struttura", "Struttura responsabile": "struttura", "Settore": "struttura",
    "Referente": "referente", "Referente operativo": "referente",
    "Cronoprogramma": "fasi", "Fasi e tempi": "fasi",
    "Indicatore di risultato": "indicatore", "Indicatore": "indicatore",
    "Target 2026": "target2026", "Valore obiettivo 2026": "target2026",
    "Target 2027-2028": "target2028", "Valore obiettivo 2027-2028": "target2028",
    "Portatori di interesse": "stakeholder", "Stakeholder": "stakeholder",
    "Personale coinvolto": "personale", "Dipendenti assegnati": "personale",
}

S1 = "Settore I – Affari Generali e Servizi Demografici"
S2 = "Settore II – Servizi Finanziari e Tributi"
S3 = "Settore III – Lavori Pubblici, Manutenzioni e Ambiente"
S4 = "Settore IV – Urbanistica, Edilizia Privata e SUAP"
S5 = "Settore V – Servizi alla Persona"

# each scheda: (n, [(label, value)]) - value is a string (may be "" or "—") or a list of paragraphs (phases)
A_SCHEDE = [
    (1, [
        ("Codice obiettivo", "MV-2026-01"),
        ("Denominazione", "Anagrafe digitale: certificati on line e prenotazione della carta d'identità elettronica"),
        ("Finalità", "Ridurre gli accessi allo sportello e i tempi di attesa, consentendo ai cittadini di ottenere "
                     "certificati e appuntamenti senza recarsi in Comune."),
        ("Risultato atteso", "Certificati anagrafici scaricabili dal portale 24 ore su 24 e agenda CIE prenotabile "
                             "on line."),
        ("Unità organizzativa competente", S1),
        ("Referente", "dott.ssa Marta Giacchetti"),
        ("Cronoprogramma", [
            "Fase 1 – Ricognizione dei certificati e dei servizi da digitalizzare (gennaio-febbraio 2026)",
            "Fase 2 – Configurazione del portale e integrazione con ANPR e pagoPA (marzo-giugno 2026)",
            "Fase 3 – Avvio del servizio e campagna informativa (luglio 2026)",
            "Fase 4 – Monitoraggio degli accessi e azioni correttive (settembre-dicembre 2026)"]),
        ("Indicatore di risultato", "Numero di servizi anagrafici disponibili on line"),
        ("Target 2026", "8 servizi"),
        ("Target 2027-2028", "12 servizi"),
        ("Portatori di interesse", "Cittadini residenti, iscritti AIRE, professionisti e agenzie di pratiche"),
        ("Personale coinvolto", "Laura Trillini, Paolo Cardinali (Ufficio Anagrafe, Stato Civile ed Elettorale)"),
    ]),
    (2, [
        ("Cod.", "MV-2026-02"),
        ("Titolo dell'obiettivo", "Recupero dell'evasione TARI sulle utenze non domestiche"),
        ("Descrizione e finalità", "Garantire equità fiscale individuando le attività economiche che non "
                                   "dichiarano, o dichiarano solo in parte, le superfici tassabili."),
        ("Valore pubblico atteso", "Maggiore equità tra i contribuenti e minore pressione sulle tariffe pagate "
                                   "dalle famiglie."),
        ("Struttura responsabile", "Ufficio Tributi"),
        ("Referente operativo", "istr. dir. Nicola Bartolucci"),
        ("Fasi e tempi", [
            "Fase 1 – Incrocio della banca dati TARI con catasto e registro imprese (gennaio-aprile 2026)",
            "Fase 2 – Sopralluoghi ed emissione degli avvisi di accertamento (maggio-ottobre 2026)",
            "Fase 3 – Gestione delle istanze di autotutela e dei ricorsi (novembre-dicembre 2026)"]),
        ("Indicatore", "Avvisi di accertamento emessi"),
        ("Target 2026", "220 avvisi"),
        ("Target 2027-2028", "—"),
        ("Stakeholder", "Imprese e attività commerciali, associazioni di categoria, CAF"),
        ("Dipendenti assegnati", "Nicola Bartolucci, Sonia Brunetti"),
    ]),
    (3, [
        ("Codice obiettivo", "MV-2026-03"),
        ("Denominazione", "Riduzione dei tempi di pagamento delle fatture commerciali"),
        ("Finalità", "Rispettare il termine di 30 giorni previsto dalla normativa e sostenere la liquidità delle "
                     "imprese fornitrici."),
        ("Risultato atteso", "Tempo medio di pagamento inferiore a 30 giorni in tutti i trimestri del 2026."),
        ("Unità organizzativa competente", S2),
        ("Referente", "rag. Loredana Sabbatini"),
        ("Cronoprogramma", [
            "Fase 1 – Mappatura del flusso di liquidazione delle fatture (gennaio-marzo 2026)",
            "Fase 2 – Atto di liquidazione digitale firmato dal responsabile della spesa (aprile-giugno 2026)",
            "Fase 3 – Monitoraggio trimestrale dell'indicatore di tempestività (luglio-dicembre 2026)"]),
        ("Indicatore di risultato", "Tempo medio di pagamento delle fatture (giorni)"),
        ("Target 2026", "25 giorni"),
        ("Target 2027-2028", "22 giorni"),
        ("Portatori di interesse", "Fornitori e imprese"),
        ("Personale coinvolto", "—"),
    ]),
    (4, [
        ("Codice obiettivo", "MV-2026-04"),
        ("Denominazione", "Manutenzione straordinaria delle strade comunali e vicinali"),
        ("Finalità", "Mettere in sicurezza la viabilità, con priorità ai collegamenti tra il capoluogo e le "
                     "frazioni di Pian della Rovere e Colleferrato."),
        ("Risultato atteso", "Strade più sicure e meno segnalazioni di buche e cedimenti."),
        ("Unità organizzativa competente", S3),
        ("Referente", "ing. Davide Marinelli"),
        ("Cronoprogramma", [
            "Fase 1 – Progetto esecutivo e rilievo delle tratte (gennaio-marzo 2026)",
            "Fase 2 – Procedura di affidamento dei lavori (aprile-maggio 2026)",
            "Fase 3 – Esecuzione dei lavori di riasfaltatura (giugno-ottobre 2026)",
            "Fase 4 – Collaudo e rendicontazione (novembre 2026)"]),
        ("Indicatore di risultato", "Chilometri di strade riasfaltate"),
        ("Target 2026", "5,8 km"),
        ("Target 2027-2028", "4 km all'anno"),
        ("Portatori di interesse", "Residenti delle frazioni, aziende agricole, servizio di trasporto scolastico"),
        ("Personale coinvolto", "Squadra esterna dell'Ufficio Manutenzioni (4 operai)"),
    ]),
    (5, [
        ("N. obiettivo", "MV-2026-05"),
        ("Obiettivo", "Illuminazione pubblica a LED nel capoluogo e nelle frazioni"),
        ("Finalità", "Ridurre i consumi di energia elettrica e migliorare la sicurezza delle strade nelle ore "
                     "notturne."),
        ("Risultato atteso", "Riduzione dei consumi elettrici dell'illuminazione pubblica del 35% rispetto al 2024."),
        ("Settore", S3),
        ("Referente", "geom. Enrico Pasqualini"),
        ("Cronoprogramma", [
            "Fase 1 – Censimento dei punti luce (febbraio-marzo 2026)",
            "Fase 2 – Affidamento della fornitura (aprile 2026)",
            "Fase 3 – Sostituzione dei corpi illuminanti (maggio-novembre 2026)"]),
        ("Indicatore di risultato", "Punti luce sostituiti con tecnologia LED"),
        ("Target 2026", "480 punti luce"),
        ("Target 2027-2028", ""),
        ("Portatori di interesse", "Cittadini, gestore della rete elettrica"),
        ("Personale coinvolto", "Enrico Pasqualini, Mirko Santinelli"),
    ]),
    (6, [
        ("Codice obiettivo", "MV-2026-06"),
        ("Denominazione", "SUAP e pratiche edilizie esclusivamente telematiche"),
        ("Finalità", "Semplificare il rapporto con imprese e professionisti eliminando la presentazione cartacea "
                     "delle pratiche."),
        ("Risultato atteso", "Tutte le pratiche SUAP e SUE presentate attraverso il portale telematico."),
        ("Unità organizzativa competente", S4),
        ("Referente", ""),
        ("Cronoprogramma", [
            "Fase 1 – Aggiornamento della modulistica regionale sul portale (gennaio-febbraio 2026)",
            "Fase 2 – Incontri formativi con professionisti e associazioni di categoria (marzo 2026)",
            "Fase 3 – Chiusura del canale cartaceo (aprile 2026)"]),
        ("Indicatore di risultato", "Percentuale di pratiche presentate on line"),
        ("Target 2026", "100%"),
        ("Target 2027-2028", "100%"),
        ("Portatori di interesse", "Imprese, tecnici professionisti, associazioni di categoria"),
        ("Personale coinvolto", "Valentina Ciarrocchi, Luca Paolinelli"),
    ]),
    (7, [
        ("Codice obiettivo", "MV-2026-07"),
        ("Denominazione", "Refezione scolastica: più prodotti biologici e a km 0"),
        ("Finalità", "Migliorare la qualità dei pasti nelle scuole dell'infanzia e primarie e sostenere le aziende "
                     "agricole del territorio."),
        ("Risultato atteso", "Nuovo capitolato d'appalto con criteri ambientali minimi e una quota crescente di "
                             "prodotti locali."),
        ("Unità organizzativa competente", S5),
        ("Referente", "dott.ssa Federica Lucchetti"),
        ("Cronoprogramma", [
            "Fase 1 – Redazione del nuovo capitolato con la Commissione mensa (gennaio-aprile 2026)",
            "Fase 2 – Gara per l'affidamento del servizio (maggio-luglio 2026)",
            "Fase 3 – Avvio del nuovo servizio di refezione (settembre 2026)",
            "Fase 4 – Indagine di gradimento presso le famiglie (dicembre 2026)"]),
        ("Indicatore di risultato", "Quota di prodotti biologici e a km 0 sul totale delle derrate"),
        ("Target 2026", "60%"),
        ("Target 2027-2028", "70%"),
        ("Portatori di interesse", "Famiglie, Commissione mensa, Istituto comprensivo \"Vallardo\", aziende "
                                   "agricole locali"),
        ("Personale coinvolto", "Giulia Mazzarini (Ufficio Pubblica Istruzione e Mensa)"),
    ]),
    (8, [
        ("Codice", "MV-2026-08"),
        ("Denominazione", "Assistenza domiciliare agli anziani soli"),
        ("Finalità", "Consentire agli anziani soli o non autosufficienti di restare nella propria casa il più a "
                     "lungo possibile."),
        ("Risultato atteso", "—"),
        ("Unità organizzativa competente", "Ufficio Servizi Sociali"),
        ("Referente", "a.s. Chiara Morbidoni"),
        ("Cronoprogramma", [
            "Fase 1 – Aggiornamento della graduatoria degli utenti (gennaio-febbraio 2026)",
            "Fase 2 – Attivazione dei nuovi piani assistenziali individuali (marzo-giugno 2026)",
            "Fase 3 – Verifica dei piani con le famiglie (ottobre 2026)"]),
        ("Indicatore", "Utenti seguiti con assistenza domiciliare"),
        ("Target 2026", "52 utenti"),
        ("Target 2027-2028", "55 utenti"),
        ("Portatori di interesse", "Anziani e familiari, ATS, medici di medicina generale, Caritas parrocchiale"),
        ("Personale coinvolto", "Chiara Morbidoni e due operatori socio-sanitari"),
    ]),
    (9, [
        ("Codice obiettivo", "MV-2026-09"),
        ("Denominazione", "Sicurezza stradale davanti alle scuole"),
        ("Finalità", "Prevenire comportamenti pericolosi negli orari di entrata e di uscita degli alunni."),
        ("Risultato atteso", "Presidio costante dei plessi scolastici e riduzione delle infrazioni."),
        ("Unità organizzativa competente", "Corpo di Polizia Locale"),
        ("Referente", "comm. Alessio Carloni"),
        ("Cronoprogramma", [
            "Fase 1 – Calendario dei presidi concordato con l'Istituto comprensivo (gennaio 2026)",
            "Fase 2 – Presidi negli orari di entrata e uscita (febbraio-giugno e settembre-dicembre 2026)",
            "Fase 3 – Relazione finale alla Giunta (dicembre 2026)"]),
        ("Indicatore", "Servizi di presidio svolti davanti ai plessi scolastici"),
        ("Target 2026", "160 servizi"),
        ("Target 2027-2028", "160 servizi all'anno"),
        ("Portatori di interesse", "Alunni, famiglie, Istituto comprensivo \"Vallardo\", volontari nonni vigile"),
        ("Personale coinvolto", "Tutti gli agenti del Corpo"),
    ]),
    (10, [
        ("Codice obiettivo", "MV-2026-10"),
        ("Denominazione", "Piano triennale della formazione del personale"),
        ("Finalità", "Rafforzare le competenze digitali, giuridiche e trasversali dei dipendenti."),
        ("Risultato atteso", "Ogni dipendente completa almeno 30 ore di formazione nel 2026."),
        ("Unità organizzativa competente", "Ufficio Personale"),
        ("Referente", "—"),
        ("Cronoprogramma", [
            "Fase 1 – Rilevazione dei fabbisogni formativi (gennaio 2026)",
            "Fase 2 – Approvazione del piano della formazione (marzo 2026)",
            "Fase 3 – Erogazione dei corsi, anche tramite la piattaforma Syllabus (aprile-novembre 2026)"]),
        ("Indicatore di risultato", "Ore medie di formazione per dipendente"),
        ("Valore obiettivo 2026", "30 ore"),
        ("Valore obiettivo 2027-2028", "32 ore"),
        ("Portatori di interesse", "Dipendenti, organizzazioni sindacali"),
        ("Personale coinvolto", "Ufficio Personale"),
    ]),
    (11, [
        ("Codice obiettivo", "MV-2026-11"),
        ("Denominazione", "Biblioteca aperta la sera e prestito digitale"),
        ("Finalità", "Fare della biblioteca comunale uno spazio di studio anche serale per studenti universitari e "
                     "lavoratori."),
        ("Risultato atteso", "Più accessi di giovani e lavoratori e adesione a una rete di prestito digitale di "
                             "e-book e quotidiani."),
        ("Unità organizzativa competente", S5),
        ("Referente", "dott.ssa Federica Lucchetti"),
        ("Cronoprogramma", [
            "Fase 1 – Accordo con l'associazione \"Amici della Biblioteca\" (febbraio 2026)",
            "Fase 2 – Aperture serali il martedì e il giovedì (marzo-dicembre 2026)",
            "Fase 3 – Attivazione del prestito digitale (giugno 2026)"]),
        ("Indicatore di risultato", "Aperture serali nell'anno"),
        ("Target 2026", "64 aperture serali"),
        ("Target 2027-2028", "70 aperture serali"),
        ("Portatori di interesse", "Studenti, lavoratori, associazioni culturali"),
        ("Personale coinvolto", "Sara Pierantoni e i volontari dell'associazione \"Amici della Biblioteca\""),
    ]),
]


def a_settore(key: str) -> tuple:
    return next(s for s in A_SETTORI if s[0] == key)


def a_settore_by_name(name: str) -> tuple:
    return next(s for s in A_SETTORI if s[1] == name)


def a_staff_total() -> int:
    return sum(s[4] for s in A_SETTORI)


def a_field(n: int, field: str):
    """Value of a canonical field of scheda n (None if the scheda has no such row)."""
    rows = next(r for k, r in A_SCHEDE if k == n)
    hits = [v for lab, v in rows if A_LABELS[lab] == field]
    assert len(hits) <= 1, (n, field)
    return hits[0] if hits else None


def a_settore_of(n: int) -> tuple:
    """Settore of scheda n: the struttura names a Settore / the Corpo, or only an Ufficio of a Settore."""
    st = a_field(n, "struttura")
    for s in A_SETTORI:
        if st == s[1]:
            return s
    assert st.startswith("Ufficio "), st
    uff = st[len("Ufficio "):]
    hits = [s for s in A_SETTORI if uff in s[3]]
    assert len(hits) == 1, st
    return hits[0]


def a_schede_of(key: str) -> list[int]:
    return [n for n, _ in A_SCHEDE if a_settore_of(n)[0] == key]


def build_docx() -> bytes:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    doc = Document()
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.0)
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(10.5)

    cp = doc.core_properties
    cp.author = "Comune di Montevallardo – Servizio Segreteria"
    cp.last_modified_by = "Comune di Montevallardo"
    cp.title = "PIAO 2026-2028 – Comune di Montevallardo"
    cp.subject = "Piano Integrato di Attività e Organizzazione 2026-2028"
    cp.keywords = "PIAO; performance; organizzazione"
    cp.comments = ""
    cp.category = ""
    cp.revision = 3
    cp.created = FIXED_DATE
    cp.modified = FIXED_DATE

    def centered(text, size, bold=False):
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(text)
        r.bold = bold
        r.font.size = Pt(size)

    centered("COMUNE DI MONTEVALLARDO", 16, True)
    centered("Provincia di Ancona", 11)
    centered("PIANO INTEGRATO DI ATTIVITÀ E ORGANIZZAZIONE (PIAO) 2026-2028", 13, True)
    centered("Approvato con deliberazione della Giunta comunale n. 14 del 29 gennaio 2026", 9)

    doc.add_heading("Sezione 1 – Scheda anagrafica dell'amministrazione", level=1)
    for t in A_ANAGRAFICA:
        doc.add_paragraph(t)
    doc.add_heading("Sezione 2 – Valore pubblico, performance e anticorruzione", level=1)
    doc.add_heading("2.1 Valore pubblico e contesto", level=2)
    for t in A_CONTESTO:
        doc.add_paragraph(t)
    doc.add_heading("2.2 Performance: schede degli obiettivi operativi 2026", level=2)
    doc.add_paragraph(A_PERF_INTRO)
    for n, rows in A_SCHEDE:
        doc.add_heading(f"Scheda obiettivo n. {n}", level=3)
        tab = doc.add_table(rows=0, cols=2)
        tab.style = doc.styles["Table Grid"]
        for label, value in rows:
            cells = tab.add_row().cells
            cells[0].width, cells[1].width = Cm(5.0), Cm(12.0)
            lp = cells[0].paragraphs[0]
            lr = lp.add_run(label)
            lr.bold = True
            vals = value if isinstance(value, list) else [value]
            cells[1].paragraphs[0].add_run(vals[0]) if vals[0] else None
            for v in vals[1:]:
                cells[1].add_paragraph(v)
        doc.add_paragraph("")
    doc.add_heading("2.3 Rischi corruttivi e trasparenza", level=2)
    doc.add_paragraph(A_RISCHI)

    doc.add_heading("Sezione 3 – Organizzazione e capitale umano", level=1)
    doc.add_heading("3.1 Struttura organizzativa", level=2)
    doc.add_paragraph(A_ORG_INTRO)
    for key, name, head, uffici, dip, form in A_SETTORI:
        if form != "list":
            continue
        doc.add_paragraph(f"{name} (responsabile: {head}; {dip} dipendenti)", style="List Bullet")
        for u in uffici:
            doc.add_paragraph(f"Ufficio {u}{A_UFFICIO_NOTE.get(u, '')}", style="List Bullet 2")
    for key, name, head, uffici, dip, form in A_SETTORI:
        if form == "prose":
            doc.add_paragraph(A_ORG_PROSE[key])
    doc.add_heading("3.2 Organizzazione del lavoro agile", level=2)
    doc.add_paragraph(A_AGILE)
    doc.add_heading("3.3 Formazione del personale", level=2)
    doc.add_paragraph(A_FORMAZIONE)
    doc.add_heading("3.4 Piano triennale dei fabbisogni di personale", level=2)
    doc.add_paragraph(A_FABBISOGNI)

    raw = io.BytesIO()
    doc.save(raw)
    return _rezip(raw.getvalue())


def _rezip(data: bytes) -> bytes:
    """Rewrite the docx container with fixed member timestamps and attributes (python-docx stamps the current
    time on every member)."""
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.create_system = 3
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))
    return out.getvalue()


# =============================================================================================================
# 2. Comune di Fossalberga (TXT, fixed-width, ASCII)
# =============================================================================================================
B = "Fossalberga"
B_SINDACO = "Mauro Gobbato"
B_SEGRETARIO = "dott.ssa Antonella Bellinello"

B_HEADER = [
    "COMUNE DI FOSSALBERGA (PROVINCIA DI ROVIGO)",
    "PIANO INTEGRATO DI ATTIVITA' E ORGANIZZAZIONE - PIAO 2026-2028",
    "APPROVATO CON DELIBERAZIONE DELLA GIUNTA COMUNALE N. 9 DEL 05/02/2026",
    "ESTRAZIONE: PROCEDURA GESPERF REL. 3.2 DEL 06/02/2026 - UTENTE SEGR01",
]

B_ANAGRAFICA = [
    "Il Comune di Fossalberga, in provincia di Rovigo, conta 5.268 abitanti al 31/12/2025 e 2.214 famiglie, su "
    "una superficie di 38,6 kmq che comprende il capoluogo e le frazioni di Ca' Dolfina e Bosco Albarella, lungo "
    "l'argine del Canal Bianco.",
    "Sindaco: Mauro Gobbato (mandato 2022-2027). Segretario comunale: dott.ssa Antonella Bellinello, in "
    "convenzione con altri due Comuni del Polesine.",
]

B_VALORE = [
    "Nel 2025 la raccolta differenziata ha raggiunto il 76,8% (era il 73,1% nel 2024) e il tempo medio di "
    "pagamento delle fatture commerciali e' stato di 33 giorni. La popolazione con piu' di 65 anni rappresenta il "
    "29,4% dei residenti; le imprese attive sul territorio sono 412, in prevalenza agricole e artigiane.",
    "Gli obiettivi operativi 2026 (sottosezione 2.2) sono assegnati ai Settori indicati con il codice a due cifre "
    "della tabella della struttura organizzativa (sottosezione 3.1). La colonna PESO esprime l'incidenza "
    "percentuale di ciascun obiettivo sulla performance organizzativa dell'ente; i pesi sommano a 100. Le fasi "
    "di attuazione sono riportate nella sottosezione 2.3.",
]

B_RISCHI = (
    "Il Responsabile della prevenzione della corruzione e della trasparenza (RPCT) e' il Segretario comunale, "
    "dott.ssa Antonella Bellinello. Il monitoraggio delle misure di prevenzione e' semestrale, al 30/06 e al "
    "31/12 di ogni anno.")

B_ORG_INTRO = (
    "La struttura organizzativa e' articolata in sei Settori, identificati da un codice a due cifre. Al "
    "31/12/2025 sono in servizio 34 dipendenti. Il Settore 04 e' affidato ad interim al responsabile del Settore "
    "03 in attesa dell'assunzione prevista dal piano dei fabbisogni.")

B_FORMAZIONE = (
    "Il piano formativo e' l'obiettivo n. 10 della sottosezione 2.2. Nel 2025 la media e' stata di 17 ore di "
    "formazione per dipendente; per il 2026 si punta ad almeno 24 ore per dipendente, con i corsi obbligatori "
    "in materia di anticorruzione e sicurezza sul lavoro.")

B_FABBISOGNI = (
    "Il piano prevede l'assunzione di 1 istruttore tecnico per il Settore 04 entro il 30/09/2026, che "
    "consentira' di superare l'interim, e di 1 agente di polizia locale nel 2027. Nel triennio e' prevista 1 "
    "cessazione per pensionamento.")

# code, Settore (org chart), Responsabile, Servizi, N. dipendenti
B_ORG_HEAD = [("SETTORE", 30), ("RESPONSABILE", 24), ("SERVIZI", 36), ("N. DIPENDENTI", 13)]
B_ORG = [
    ("01", "01 - AFFARI GENERALI E SERVIZI DEMOGRAFICI", "ZANELLATO Michele",
     "Segreteria, Protocollo, Anagrafe, Stato civile, Elettorale, Personale", 7),
    ("02", "02 - ECONOMICO-FINANZIARIO E TRIBUTI", "BERGAMIN Chiara", "Ragioneria, Economato, Tributi", 5),
    ("03", "03 - TECNICO, LAVORI PUBBLICI E AMBIENTE", "FECCHIO Giulio",
     "Lavori pubblici, Manutenzioni, Patrimonio, Ambiente e rifiuti, Protezione civile", 9),
    ("04", "04 - URBANISTICA, EDILIZIA PRIVATA E SUAP", "FECCHIO Giulio (ad interim)",
     "Urbanistica, Edilizia privata, SUAP", 3),
    ("05", "05 - SERVIZI SOCIALI, SCOLASTICI E CULTURALI", "MARANGON Elena",
     "Servizi sociali, Assistenza domiciliare, Istruzione e mensa, Biblioteca, Cultura e sport", 6),
    ("06", "06 - POLIZIA LOCALE", "CRIVELLARO Sandro",
     "Viabilita', Polizia amministrativa, Commercio su aree pubbliche", 4),
]
# short Settore labels used in the objectives table
B_SETT_SHORT = {"01": "01 - AFF. GENERALI E DEMOGRAFICI", "02": "02 - FINANZIARIO E TRIBUTI",
                "03": "03 - LL.PP. E AMBIENTE", "04": "04 - URBANISTICA E SUAP",
                "05": "05 - SOCIALE E SCUOLA", "06": "06 - POLIZIA LOCALE"}

B_OBJ_HEAD = [("N.", 3), ("OBIETTIVO OPERATIVO", 34), ("SETTORE", 18), ("INDICATORE", 24), ("TARGET 2026", 12),
              ("SCADENZA", 10), ("PESO", 4)]
# n, obiettivo, settore code, indicatore, target 2026, scadenza, peso
B_OBJ = [
    (1, "Anagrafe on line: certificati digitali e prenotazione della CIE dal portale del cittadino", "01",
     "Servizi anagrafici attivi on line", "6 servizi", "30/06/2026", 10),
    (2, "Recupero dell'evasione TARI sulle utenze non domestiche", "02",
     "Avvisi di accertamento emessi", "140 avvisi", "31/10/2026", 12),
    (3, "Tempestivita' dei pagamenti delle fatture commerciali", "02",
     "Tempo medio di pagamento delle fatture", "27 giorni", "31/12/2026", 8),
    (4, "Riasfaltatura delle strade comunali nel capoluogo e nella frazione di Ca' Dolfina", "03",
     "Km di strade riasfaltate", "3,9 km", "15/10/2026", 14),
    (5, "Sostituzione dei corpi illuminanti della pubblica illuminazione con tecnologia LED", "03",
     "Punti luce sostituiti", "520 punti luce", "30/11/2026", 10),
    (6, "Presentazione esclusivamente telematica delle pratiche edilizie e SUAP", "04",
     "Pratiche presentate on line sul totale", "100%", "31/03/2026", 8),
    (7, "Mensa scolastica: aumento dei prodotti biologici e a km 0 nei menu", "05",
     "Quota di prodotti bio e km 0 sul totale delle derrate", "50%", "31/12/2026", 10),
    (8, "Assistenza domiciliare agli anziani soli di Bosco Albarella e del capoluogo", "05",
     "Utenti seguiti a domicilio", "38 utenti", "31/12/2026", 10),
    (9, "Presidio davanti alle scuole e controlli della velocita' con telelaser", "06",
     "Servizi di presidio svolti", "150 servizi", "31/12/2026", 10),
    (10, "Piano formativo del personale", "01",
     "Ore medie di formazione per dipendente", "24 ore", "30/11/2026", 8),
]

B_FASI_HEAD = [("OB.", 3), ("FASE", 4), ("DESCRIZIONE", 46), ("DAL", 7), ("AL", 7)]
# objective n, phase n, description, dal, al
B_FASI = [
    (1, 1, "Analisi dei certificati e dei servizi da rendere disponibili on line", "01/2026", "02/2026"),
    (1, 2, "Attivazione dei servizi sul portale del cittadino e collegamento con ANPR", "03/2026", "06/2026"),
    (2, 1, "Incrocio delle banche dati TARI, catasto e camera di commercio", "01/2026", "03/2026"),
    (2, 2, "Emissione degli avvisi di accertamento", "04/2026", "10/2026"),
    (3, 1, "Revisione dell'iter di liquidazione delle fatture", "01/2026", "04/2026"),
    (3, 2, "Monitoraggio trimestrale dell'indicatore di tempestivita'", "04/2026", "12/2026"),
    (4, 1, "Progettazione e rilievo delle tratte da riasfaltare", "01/2026", "03/2026"),
    (4, 2, "Affidamento dei lavori", "04/2026", "05/2026"),
    (4, 3, "Esecuzione dei lavori e collaudo", "06/2026", "10/2026"),
    (5, 1, "Censimento dei punti luce", "01/2026", "02/2026"),
    (5, 2, "Adesione alla convenzione e ordine della fornitura", "03/2026", "05/2026"),
    (5, 3, "Installazione dei corpi illuminanti LED", "06/2026", "11/2026"),
    (6, 1, "Aggiornamento della modulistica e del portale", "01/2026", "02/2026"),
    (6, 2, "Chiusura del canale cartaceo", "03/2026", "03/2026"),
    (7, 1, "Nuovo capitolato condiviso con la commissione mensa", "02/2026", "05/2026"),
    (7, 2, "Gara e aggiudicazione del servizio", "06/2026", "08/2026"),
    (7, 3, "Avvio del nuovo servizio di mensa scolastica", "09/2026", "12/2026"),
    (8, 1, "Aggiornamento della graduatoria degli utenti", "01/2026", "02/2026"),
    (8, 2, "Attivazione dei piani assistenziali individuali", "03/2026", "12/2026"),
    (9, 1, "Calendario dei presidi concordato con l'istituto comprensivo", "01/2026", "01/2026"),
    (9, 2, "Presidi in entrata e uscita e controlli della velocita' con telelaser", "02/2026", "12/2026"),
    (10, 1, "Rilevazione dei fabbisogni formativi", "01/2026", "02/2026"),
    (10, 2, "Erogazione dei corsi, anche sulla piattaforma Syllabus", "03/2026", "11/2026"),
]


def b_org(code: str) -> tuple:
    return next(r for r in B_ORG if r[0] == code)


def b_obj(n: int) -> tuple:
    return next(o for o in B_OBJ if o[0] == n)


def b_head(code: str) -> str:
    """Head of a Settore without the '(ad interim)' note."""
    return b_org(code)[2].replace(" (ad interim)", "")


def b_staff_total() -> int:
    return sum(r[4] for r in B_ORG)


def b_fasi(n: int) -> list[tuple]:
    return [f for f in B_FASI if f[0] == n]


def fixed_table(cols: list[tuple[str, int]], rows: list[list[str]], right: set[int] = frozenset()) -> list[str]:
    """Fixed-width table: columns separated by two spaces, long cells wrapped inside their column."""
    def line(cells):
        return "  ".join(c.rjust(w) if i in right else c.ljust(w)
                         for i, (c, (_, w)) in enumerate(zip(cells, cols))).rstrip()

    out = [line([h for h, _ in cols]), line(["-" * w for _, w in cols])]
    for row in rows:
        wrapped = [textwrap.wrap(str(c), w, break_long_words=False, break_on_hyphens=False) or [""]
                   for c, (_, w) in zip(row, cols)]
        for i in range(max(len(x) for x in wrapped)):
            out.append(line([x[i] if i < len(x) else "" for x in wrapped]))
    return out


def build_txt() -> bytes:
    L: list[str] = []

    def para(t):
        L.extend(textwrap.wrap(t, 100))
        L.append("")

    def heading(t):
        L.append(t)
        L.append("-" * len(t))
        L.append("")

    def page(n):
        L.append(f"COMUNE DI FOSSALBERGA - PIAO 2026-2028".ljust(118) + f"PAG. {n}")
        L.append("=" * 124)
        L.append("")

    page(1)
    L.extend(B_HEADER)
    L.append("")
    heading("1. SCHEDA ANAGRAFICA DELL'AMMINISTRAZIONE")
    for t in B_ANAGRAFICA:
        para(t)
    heading("2. VALORE PUBBLICO, PERFORMANCE E ANTICORRUZIONE")
    heading("2.1 VALORE PUBBLICO")
    for t in B_VALORE:
        para(t)
    page(2)
    heading("2.2 OBIETTIVI OPERATIVI 2026")
    L.extend(fixed_table(B_OBJ_HEAD, [[str(o[0]), o[1], B_SETT_SHORT[o[2]], o[3], o[4], o[5], str(o[6])]
                                      for o in B_OBJ], right={0, 6}))
    L.append("")
    L.append(f"TOTALE PESI: {sum(o[6] for o in B_OBJ)}")
    L.append("")
    page(3)
    heading("2.3 FASI DI ATTUAZIONE DEGLI OBIETTIVI")
    L.extend(fixed_table(B_FASI_HEAD, [[str(f[0]), str(f[1]), f[2], f[3], f[4]] for f in B_FASI], right={0, 1}))
    L.append("")
    heading("2.4 RISCHI CORRUTTIVI E TRASPARENZA")
    para(B_RISCHI)
    page(4)
    heading("3. ORGANIZZAZIONE E CAPITALE UMANO")
    heading("3.1 STRUTTURA ORGANIZZATIVA")
    para(B_ORG_INTRO)
    L.extend(fixed_table(B_ORG_HEAD, [[r[1], r[2], r[3], str(r[4])] for r in B_ORG], right={3}))
    L.append("TOTALE".ljust(30 + 2 + 24 + 2 + 36 + 2) + str(b_staff_total()).rjust(13))
    L.append("")
    heading("3.2 FORMAZIONE DEL PERSONALE")
    para(B_FORMAZIONE)
    heading("3.3 PIANO TRIENNALE DEI FABBISOGNI DI PERSONALE")
    para(B_FABBISOGNI)
    L.append("*** FINE ESTRAZIONE ***")
    text = "\n".join(L) + "\n"
    return text.encode("ascii")


def build() -> dict[str, bytes]:
    return {DOCX_NAME: build_docx(), TXT_NAME: build_txt()}


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
