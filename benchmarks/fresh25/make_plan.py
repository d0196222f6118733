"""Write the two FICTIONAL PIAO 2026-2028 documents of fresh25 into docs/.  All people, places, firms and figures
are invented.

1. docs/villabrusca_piao-2026-2028.pdf  (Comune di Villabrusca, Provincia di Rovigo), written with reportlab:
   * A4 LANDSCAPE pages with a running header and a page number;
   * Sezione 1: anagrafica in prose (only the Sindaco is named);
   * 2.1 Valore pubblico: prose paragraphs;
   * 2.2 Obiettivi strategici: S1 … S3, each a title, a sentence and "Obiettivi operativi collegati: OP.xx, …";
   * 2.3 Performance: ONE RULED TABLE (grid lines drawn) with one row per operational objective:
     Cod. | Obiettivo | Struttura | Fasi / scadenze | Indicatore | Baseline | Target 2026.
     Cells wrap over several lines; the table runs over a page break and its header row is repeated.
     The "Struttura" column names a Servizio / Ufficio, NEVER a person;
   * 2.4 Rischi corruttivi e trasparenza: prose (the Segretario comunale is the RPCT);
   * 3.1 Struttura organizzativa: a SECOND RULED TABLE Struttura | Responsabile | Categoria/Qualifica | N. addetti
     mapping each struttura to its head.  One struttura has an interim head (the Segretario comunale, "ad interim")
     and one head (dott.ssa Marta Bonaldo) leads two strutture;
   * 3.2 Formazione and 3.3 Fabbisogni di personale: short prose.
2. docs/casalvezzo_piao-2026-2028.txt  (Comune di Casalvezzo, Provincia di Modena): a typed document exported as
   plain text from a word processor (UTF-8 with BOM, CRLF line ends, one paragraph per line, an empty line between
   paragraphs):
   * section titles in UPPERCASE;
   * objectives as numbered paragraphs "Obiettivo 3.2 - <title>" followed by ONE prose paragraph (no labelled
     fields) saying which Settore (or person) leads it, why, with what target, by when and which offices collaborate;
   * the org chart as prose lines "Settore …: responsabile dott.ssa …, N dipendenti (uffici)".

Deterministic: no randomness; the PDF is built with invariant=1, fixed metadata and a pinned creation date
(SOURCE_DATE_EPOCH is set to FIXED_EPOCH only while the PDF is built), so two builds are byte-identical.

Needs reportlab (not in /work/main/.venv): build it with a Python that has it, e.g.
    python -m venv /tmp/venv25 && /tmp/venv25/bin/pip install reportlab pypdf
    /tmp/venv25/bin/python benchmarks/fresh25/make_plan.py
"""
from __future__ import annotations

import io
import os
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
PDF_NAME = "villabrusca_piao-2026-2028.pdf"
TXT_NAME = "casalvezzo_piao-2026-2028.txt"
PDF_OUT = DOCS / PDF_NAME
TXT_OUT = DOCS / TXT_NAME
FIXED_EPOCH = 1770282000          # 2026-02-05 09:00:00 UTC

# =============================================================================================================
# 1. Comune di Villabrusca (PDF)
# =============================================================================================================
V = "Villabrusca"
V_SINDACO = "Paolo Zanellato"
V_SEGRETARIO = "dott. Sergio Pavanello"

V_TITLE = [("COMUNE DI VILLABRUSCA", 16), ("Provincia di Rovigo", 11),
           ("PIANO INTEGRATO DI ATTIVITÀ E ORGANIZZAZIONE (PIAO) 2026-2028", 14),
           ("Approvato con deliberazione della Giunta comunale n. 9 del 5 febbraio 2026", 9.5)]

V_ANAGRAFICA = [
    "Il Comune di Villabrusca, in provincia di Rovigo, conta 5.870 abitanti al 31/12/2025 e si estende per 38,4 "
    "kmq nella pianura tra l'Adige e il Canal Bianco; oltre al capoluogo comprende le frazioni di Ca' Tessara e "
    "Bosco Rialto.",
    "L'Amministrazione comunale è guidata dal Sindaco Paolo Zanellato, eletto nel giugno 2024. La sede municipale "
    "è in piazza della Libertà 1.",
]

V_VALORE = [
    "Il valore pubblico che l'Amministrazione intende generare nel triennio 2026-2028 è il miglioramento concreto "
    "della vita quotidiana di cittadini e imprese: servizi più semplici da raggiungere, un territorio curato e "
    "sicuro, una scuola e un sistema di welfare che sostengono le famiglie e le persone fragili.",
    "Gli effetti attesi sono misurati con pochi indicatori di impatto. Entro il 2028 almeno il 70% delle istanze dei "
    "cittadini dovrà essere presentato on line (oggi circa il 20%); le segnalazioni di dissesto stradale ricevute "
    "dall'URP, che nel 2025 sono state 148, dovranno ridursi del 30%; nessun anziano solo in carico ai servizi "
    "sociali dovrà restare senza un piano assistenziale aggiornato.",
    "Il valore pubblico è protetto dalle misure di prevenzione della corruzione e di trasparenza della sottosezione "
    "2.4 e dalla crescita delle competenze del personale prevista nella sezione 3.",
]

# code, title, description, operational objectives
V_STRAT = [
    ("S1", "Amministrazione digitale, trasparente ed efficiente",
     "Servizi on line, documenti digitali, conti in ordine e personale formato.",
     ["OP.01", "OP.02", "OP.03", "OP.04", "OP.05", "OP.13"]),
    ("S2", "Territorio sicuro e ben mantenuto",
     "Strade, illuminazione, pianificazione del territorio e sicurezza stradale.",
     ["OP.06", "OP.07", "OP.11", "OP.12"]),
    ("S3", "Scuola, famiglie e cura delle persone",
     "Una mensa di qualità, servizi scolastici semplici e assistenza agli anziani soli.",
     ["OP.08", "OP.09", "OP.10"]),
]

# struttura key -> (Struttura, Responsabile, Categoria/Qualifica, N. addetti)
V_STRUTTURE = [
    ("ag", "Servizio Affari Generali e Segreteria", "dott.ssa Marta Bonaldo",
     "Funzionario amministrativo – incarico di Elevata Qualificazione", 4),
    ("dem", "Ufficio Servizi Demografici e URP", "dott.ssa Marta Bonaldo",
     "Funzionario amministrativo – incarico di Elevata Qualificazione", 3),
    ("fin", "Servizio Finanziario e Tributi", "rag. Loris Menegatti",
     "Funzionario contabile – incarico di Elevata Qualificazione", 4),
    ("lp", "Servizio Lavori Pubblici e Manutenzioni", "ing. Davide Crivellaro",
     "Funzionario tecnico – incarico di Elevata Qualificazione", 6),
    ("urb", "Ufficio Urbanistica, Edilizia Privata e Ambiente",
     "dott. Sergio Pavanello, Segretario comunale, ad interim (*)",
     "Segretario comunale (incarico ad interim)", 2),
    ("soc", "Servizio Scuola, Sociale e Cultura", "dott.ssa Giulia Furlanetto",
     "Funzionario amministrativo – incarico di Elevata Qualificazione", 5),
    ("pl", "Servizio Polizia Locale", "comm. Elisabetta Barison",
     "Funzionario di vigilanza – incarico di Elevata Qualificazione", 3),
]
V_ORG_HEAD = ["Struttura", "Responsabile", "Categoria/Qualifica", "N. addetti"]
V_INTERIM_NOTE = ("(*) Incarico ad interim conferito dal Sindaco dal 1° novembre 2025, fino alla copertura del posto "
                  "di Funzionario tecnico prevista nella sottosezione 3.3.")

V_PERF_HEAD = ["Cod.", "Obiettivo", "Struttura", "Fasi / scadenze", "Indicatore", "Baseline", "Target 2026"]
# code, obiettivo, struttura key, fasi / scadenze, indicatore, baseline, target 2026
V_OBJ = [
    ("OP.01", "Sportello telematico per certificati anagrafici e istanze di residenza", "dem",
     "Scelta della piattaforma entro il 31/03/2026; attivazione dei servizi on line entro il 30/06/2026; "
     "estensione alle istanze di stato civile entro il 30/11/2026",
     "Servizi anagrafici attivabili on line", "3 servizi", "12 servizi"),
    ("OP.02", "Conservazione digitale dei documenti e fascicolo informatico", "ag",
     "Affidamento del servizio di conservazione entro il 28/02/2026; fascicolo informatico in tutti i Servizi "
     "entro il 30/09/2026",
     "Documenti protocollati nativi digitali", "68%", "90%"),
    ("OP.03", "Aggiornamento della sezione Amministrazione trasparente", "ag",
     "Verifiche degli obblighi di pubblicazione entro il 31/05/2026 e il 31/10/2026; attestazione del Nucleo di "
     "valutazione",
     "Obblighi di pubblicazione verificati", "80%", "100%"),
    ("OP.04", "Recupero dell'evasione IMU sulle aree edificabili", "fin",
     "Bonifica della banca dati catastale entro il 30/04/2026; emissione degli avvisi di accertamento entro il "
     "31/10/2026",
     "Avvisi di accertamento IMU emessi", "180 avvisi", "260 avvisi"),
    ("OP.05", "Tempestività dei pagamenti ai fornitori", "fin",
     "Monitoraggio mensile delle fatture in scadenza; relazione trimestrale alla Giunta",
     "Tempo medio di pagamento delle fatture", "41 giorni", "30 giorni"),
    ("OP.06", "Manutenzione straordinaria delle strade comunali e delle frazioni", "lp",
     "Progetto esecutivo entro il 31/03/2026; aggiudicazione dei lavori entro il 31/05/2026; fine lavori di "
     "asfaltatura entro il 30/09/2026",
     "Km di strade riasfaltate", "2,1 km", "5,5 km"),
    ("OP.07", "Illuminazione pubblica a LED nel capoluogo e a Bosco Rialto", "lp",
     "Censimento dei punti luce entro il 30/04/2026; sostituzione dei corpi illuminanti da giugno a novembre 2026",
     "Punti luce a LED sul totale", "41%", "75%"),
    ("OP.08", "Mensa scolastica: nuovo capitolato con prodotti biologici e a km 0", "soc",
     "Capitolato approvato entro il 31/03/2026; gara aggiudicata entro il 15/06/2026; avvio del nuovo servizio il "
     "14/09/2026",
     "Quota di prodotti biologici e a km 0 nei menu", "30%", "50%"),
    ("OP.09", "Iscrizioni e pagamenti on line dei servizi scolastici", "soc",
     "Portale delle iscrizioni attivo entro il 15/05/2026 per l'a.s. 2026/2027; pagamenti con pagoPA da settembre "
     "2026",
     "Iscrizioni presentate on line", "25%", "90%"),
    ("OP.10", "Assistenza domiciliare per gli anziani soli", "soc",
     "Revisione del regolamento del SAD entro il 31/03/2026; verifica trimestrale dei piani assistenziali",
     "Anziani seguiti dal servizio di assistenza domiciliare", "28 utenti", "40 utenti"),
    ("OP.11", "Variante al Piano degli Interventi per il recupero delle aree dismesse", "urb",
     "Avviso per le manifestazioni di interesse entro il 31/05/2026; adozione della variante in Consiglio comunale "
     "entro il 15/12/2026",
     "Variante adottata dal Consiglio comunale", "nessuna", "1 variante adottata"),
    ("OP.12", "Sicurezza stradale davanti alle scuole del capoluogo e di Ca' Tessara", "pl",
     "Piano dei presidi entro il 31/01/2026; installazione del rilevatore di velocità in via Garibaldi entro il "
     "31/10/2026",
     "Servizi di presidio agli orari di entrata e uscita", "95 servizi", "140 servizi"),
    ("OP.13", "Formazione del personale sulle competenze digitali (Syllabus)", "ag",
     "Piano formativo entro il 31/01/2026; completamento dei percorsi entro il 30/11/2026",
     "Dipendenti che completano almeno 2 corsi Syllabus", "40%", "100%"),
]

V_PERF_INTRO = (
    "La tabella riporta gli obiettivi operativi assegnati per il 2026. Per ciascun obiettivo sono indicati la "
    "struttura competente, le fasi con le relative scadenze, l'indicatore, il valore di partenza (baseline, dato "
    "2025) e il target 2026. Il responsabile di ciascuna struttura è indicato nella sottosezione 3.1.")

V_RISCHI = [
    "Il Responsabile della prevenzione della corruzione e della trasparenza (RPCT) è il Segretario comunale, "
    "dott. Sergio Pavanello. La mappatura dei processi aggiornata nel 2025 individua come aree a rischio più elevato "
    "gli affidamenti di lavori, servizi e forniture, i permessi di costruire e l'erogazione di contributi economici.",
    "Le misure principali sono la rotazione degli operatori economici negli affidamenti diretti, il controllo a "
    "campione degli atti da parte del Segretario comunale e la pubblicazione tempestiva dei dati richiesti dalla "
    "sezione Amministrazione trasparente (obiettivo operativo OP.03).",
]

V_ORG_INTRO = (
    "L'ente è organizzato in Servizi e Uffici, ciascuno affidato a un Responsabile. Il personale in servizio al "
    "31/12/2025 è di 27 addetti, escluso il Segretario comunale, che presta servizio in convenzione con un altro "
    "Comune della provincia.")

V_FORMAZIONE = (
    "Il piano della formazione 2026 prevede almeno 24 ore di formazione per ciascun dipendente. Oltre ai corsi "
    "Syllabus sulle competenze digitali (obiettivo OP.13), sono previsti percorsi sul nuovo Codice dei contratti "
    "pubblici e sulla sicurezza nei luoghi di lavoro.")

V_FABBISOGNI = (
    "Nel 2026 è prevista l'assunzione di 1 Funzionario tecnico da assegnare all'Ufficio Urbanistica, Edilizia "
    "Privata e Ambiente entro il 30/06/2026, e la sostituzione di 1 Istruttore amministrativo del Servizio "
    "Finanziario e Tributi che cesserà per pensionamento.")


def v_struttura(key: str) -> tuple:
    return next(s for s in V_STRUTTURE if s[0] == key)


def v_staff_total() -> int:
    return sum(s[4] for s in V_STRUTTURE)


# =============================================================================================================
# 2. Comune di Casalvezzo (TXT, word-processor export)
# =============================================================================================================
C = "Casalvezzo"
C_SINDACA = "Elena Barbolini"
C_SEGRETARIO = "dott.ssa Paola Vaccari"

# key, Settore, responsabile, dipendenti, uffici
C_SETTORI = [
    ("ag", "Settore Affari Generali e Servizi al Cittadino", "dott.ssa Silvia Gibertoni", 5,
     "Segreteria e Protocollo, Servizi Demografici, Ufficio Personale, Ufficio Sistemi Informativi"),
    ("ef", "Settore Economico-Finanziario", "dott. Marco Galavotti", 4, "Ragioneria, Tributi, Ufficio Economato"),
    ("tec", "Settore Tecnico - Lavori Pubblici e Patrimonio", "geom. Enrico Cuoghi", 8,
     "Lavori Pubblici, Manutenzioni e squadra operai, Ufficio Protezione Civile"),
    ("sp", "Settore Servizi alla Persona", "dott.ssa Anna Malaguti", 7,
     "Servizi Sociali, Ufficio Scuola, Biblioteca comunale"),
    ("pl", "Settore Polizia Locale", "comm. Davide Borsari", 4, "Comando di Polizia Locale"),
]

# (line title, [(code, title, settore key or "seg", prose)])
C_LINEE = [
    ("LINEA 1 - UN COMUNE DIGITALE E TRASPARENTE", [
        ("1.1", "Servizi demografici on line", "ag",
         "Il Settore Affari Generali e Servizi al Cittadino porterà on line le richieste più frequenti dei servizi "
         "demografici: certificati anagrafici, cambi di residenza, iscrizione all'albo degli scrutatori e "
         "dichiarazioni di volontà sulla donazione degli organi. L'obiettivo nasce dal fatto che nel 2025 quasi due "
         "richieste su tre sono ancora arrivate allo sportello fisico, con lunghe attese il sabato mattina. La prima "
         "parte, dedicata ai certificati, partirà a maggio 2026; entro il 31 ottobre 2026 dovranno essere "
         "disponibili almeno 9 servizi on line, accessibili con SPID e CIE. Collabora l'Ufficio Sistemi "
         "Informativi, che cura l'integrazione con ANPR e con pagoPA."),
        ("1.2", "Trasparenza e prevenzione della corruzione", "seg",
         "L'obiettivo è coordinato direttamente dal Segretario comunale, nel suo ruolo di Responsabile della "
         "prevenzione della corruzione e della trasparenza, e coinvolge tutti i Settori. Il controllo svolto dal "
         "Nucleo di valutazione nel 2025 aveva rilevato ritardi nella pubblicazione dei dati sui contratti pubblici: "
         "per questo nel 2026 tutti gli obblighi di pubblicazione (100%) saranno verificati due volte, entro il 30 "
         "giugno ed entro il 30 novembre, e sarà aggiornata la mappatura di 45 processi a rischio. L'Ufficio "
         "Segreteria e Protocollo raccoglie le attestazioni dei Responsabili."),
        ("1.3", "Formazione del personale", "ag",
         "Tramite l'Ufficio Personale, il Settore Affari Generali e Servizi al Cittadino predispone il piano "
         "formativo 2026: ogni dipendente dovrà svolgere almeno 30 ore di formazione, di cui 12 ore sulla "
         "piattaforma Syllabus dedicate alle competenze digitali. La scelta risponde alla direttiva ministeriale "
         "sulla formazione del personale pubblico e al fatto che nel 2025 la media è stata di sole 14 ore per "
         "dipendente. Il piano deve concludersi entro il 15 dicembre 2026; i Responsabili di Settore collaborano "
         "segnalando i fabbisogni formativi entro febbraio."),
    ]),
    ("LINEA 2 - TERRITORIO CURATO E SICURO", [
        ("2.1", "Manutenzione straordinaria delle strade comunali", "tec",
         "Ne è responsabile il Settore Tecnico - Lavori Pubblici e Patrimonio. Il rilievo dell'inverno 2025 ha "
         "evidenziato buche e avvallamenti soprattutto in via Argine Vecchio e nelle strade della frazione di "
         "Gorghetto. Nel 2026 saranno riasfaltati 3,8 km di strade comunali: i lavori inizieranno ad aprile e "
         "dovranno concludersi entro il 31 agosto 2026, prima della riapertura delle scuole. Il Settore Polizia "
         "Locale collabora per le ordinanze di chiusura al traffico e per la segnaletica provvisoria."),
        ("2.2", "Messa in sicurezza del ponte di via Argine Vecchio sul canale Vezzo", "tec",
         "Guida l'obiettivo il geom. Enrico Cuoghi. Il ponte, chiuso ai mezzi pesanti dal marzo 2025 dopo la "
         "verifica strutturale, è l'unico collegamento diretto tra il capoluogo e Gorghetto. Il progetto esecutivo "
         "sarà approvato entro il 30 giugno 2026, i lavori di consolidamento inizieranno a settembre 2026 e il ponte "
         "dovrà essere riaperto a tutti i veicoli entro il 31 marzo 2027. Collaborano l'Ufficio Protezione Civile "
         "e il Consorzio di bonifica Terre del Vezzo, proprietario degli argini."),
        ("2.3", "Sicurezza stradale vicino alle scuole", "pl",
         "Il Settore Polizia Locale garantirà la presenza degli agenti all'entrata e all'uscita delle scuole "
         "primarie del capoluogo e di Gorghetto, con almeno 120 presidi nell'anno, e installerà entro il 30 "
         "settembre 2026 due rilevatori di velocità in via Roma e in via dei Mulini. L'obiettivo risponde alle "
         "segnalazioni dei genitori sulla velocità dei veicoli davanti ai plessi. Collabora il Settore Tecnico - "
         "Lavori Pubblici e Patrimonio per la segnaletica."),
    ]),
    ("LINEA 3 - SCUOLA, FAMIGLIE E COMUNITÀ", [
        ("3.1", "Iscrizioni e pagamenti on line dei servizi scolastici", "sp",
         "Il Settore Servizi alla Persona sostituirà i moduli cartacei con un portale per le iscrizioni a mensa, "
         "trasporto e pre-scuola, con pagamento tramite pagoPA. Le iscrizioni per l'anno scolastico 2026/2027 si "
         "apriranno on line dal 4 maggio 2026 e almeno l'80% delle domande dovrà arrivare attraverso il portale. "
         "Collabora l'Ufficio Sistemi Informativi del Settore Affari Generali e Servizi al Cittadino."),
        ("3.2", "Nuovo servizio di refezione scolastica", "sp",
         "La responsabilità è del Settore Servizi alla Persona. Il contratto di refezione scolastica scade il 31 "
         "dicembre 2026 e le famiglie, tramite la Commissione mensa, hanno chiesto più prodotti freschi e meno "
         "piatti preconfezionati. Il nuovo capitolato, da approvare entro il 30 aprile 2026, porterà al 60% la "
         "quota di prodotti biologici e a chilometro zero, oggi ferma al 35%; il nuovo gestore subentrerà dal 7 "
         "gennaio 2027. Collaborano l'Ufficio Scuola, l'Ufficio Economato del Settore Economico-Finanziario per la "
         "gara e la Commissione mensa per la definizione dei menu."),
        ("3.3", "Teleassistenza per gli anziani soli", "sp",
         "Il Settore Servizi alla Persona estenderà il servizio di teleassistenza agli anziani che vivono soli, "
         "perché negli ultimi due inverni si sono verificati diversi casi di cadute in casa scoperte con ritardo. "
         "Entro il 31 dicembre 2026 dovranno essere collegati almeno 35 anziani. Collaborano i Servizi Sociali e "
         "l'associazione di volontariato Croce Blu di Casalvezzo, che effettua le installazioni."),
    ]),
    ("LINEA 4 - CONTI IN ORDINE", [
        ("4.1", "Recupero dell'evasione TARI", "ef",
         "Il Settore Economico-Finanziario incrocerà le banche dati delle utenze domestiche e non domestiche con "
         "l'anagrafe e il catasto, perché nel 2025 risultavano circa 300 posizioni mai dichiarate. Entro il 30 "
         "novembre 2026 dovranno essere emessi almeno 220 avvisi di accertamento. Collaborano l'Ufficio Tributi, "
         "il Settore Polizia Locale per i sopralluoghi e il gestore del servizio rifiuti."),
        ("4.2", "Riduzione dei tempi di pagamento delle fatture", "ef",
         "Il Settore Economico-Finanziario dovrà portare il tempo medio di pagamento delle fatture commerciali a 28 "
         "giorni entro il 31 dicembre 2026, contro i 35 giorni del 2025, per rispettare i termini di legge e la "
         "riforma PNRR sui pagamenti. Collaborano tutti i Settori, ai quali ogni mese la Ragioneria invia l'elenco "
         "delle fatture in scadenza."),
    ]),
]


def c_settore(key: str) -> tuple | None:
    return next((s for s in C_SETTORI if s[0] == key), None)


def c_staff_total() -> int:
    return sum(s[3] for s in C_SETTORI)


def c_objectives() -> list[tuple]:
    return [o for _, objs in C_LINEE for o in objs]


def build_txt_paragraphs() -> list[str]:
    P: list[str] = []
    add = P.append
    add("COMUNE DI CASALVEZZO")
    add("Provincia di Modena")
    add("PIANO INTEGRATO DI ATTIVITÀ E ORGANIZZAZIONE (PIAO) 2026-2028")
    add("Approvato con deliberazione della Giunta comunale n. 12 del 30 gennaio 2026")
    add("SEZIONE 1 - SCHEDA ANAGRAFICA DELL'AMMINISTRAZIONE")
    add("Il Comune di Casalvezzo, in provincia di Modena, conta 7.940 abitanti al 31 dicembre 2025. Oltre al "
        "capoluogo, il territorio comprende la frazione di Gorghetto, collegata al centro dal ponte di via Argine "
        "Vecchio sul canale Vezzo. La Sindaca è Elena Barbolini, eletta nel giugno 2024. Il Comune aderisce "
        "all'Unione dei Comuni Terre del Vezzo.")
    add("SEZIONE 2 - VALORE PUBBLICO, PERFORMANCE E ANTICORRUZIONE")
    add("2.1 VALORE PUBBLICO")
    add("Per l'Amministrazione creare valore pubblico significa migliorare in modo misurabile il benessere della "
        "comunità di Casalvezzo: meno tempo perso per ottenere un servizio, strade e ponti sicuri, famiglie "
        "sostenute nella cura dei figli e degli anziani, conti in ordine e un'amministrazione trasparente.")
    add("Gli obiettivi di performance che seguono sono raggruppati per linee di mandato. Ciascuno contribuisce a una "
        "dimensione del valore pubblico: la Linea 1 alla semplificazione e alla trasparenza, la Linea 2 alla "
        "sicurezza del territorio, la Linea 3 al benessere sociale, la Linea 4 all'equilibrio economico.")
    add("2.2 PERFORMANCE")
    add("Ogni obiettivo è descritto in un paragrafo numerato che indica chi ne risponde, le ragioni della scelta, "
        "il risultato atteso, i tempi di realizzazione e gli uffici che collaborano. I risultati attesi si "
        "riferiscono al 2026, salvo dove è indicata una scadenza successiva.")
    for linea, objs in C_LINEE:
        add(linea)
        for code, title, _, prose in objs:
            add(f"Obiettivo {code} - {title}")
            add(prose)
    add("2.3 RISCHI CORRUTTIVI E TRASPARENZA")
    add("Il Responsabile della prevenzione della corruzione e della trasparenza è il Segretario comunale. Le aree "
        "a più alto rischio restano gli affidamenti di lavori e servizi, i contributi economici e i controlli sulle "
        "entrate tributarie; le misure di prevenzione e le verifiche sulla trasparenza sono descritte "
        "nell'Obiettivo 1.2.")
    add("SEZIONE 3 - ORGANIZZAZIONE E CAPITALE UMANO")
    add("3.1 STRUTTURA ORGANIZZATIVA")
    add(f"La struttura del Comune è articolata in cinque Settori, ciascuno diretto da un Responsabile titolare di "
        f"incarico di Elevata Qualificazione. Il Segretario comunale, {C_SEGRETARIO}, presta servizio in "
        f"convenzione con un altro Comune dell'Unione e coordina i Responsabili di Settore. Le funzioni di "
        f"urbanistica ed edilizia privata sono conferite all'Unione dei Comuni Terre del Vezzo.")
    add("Organigramma al 31 dicembre 2025:")
    for _, name, head, n, uffici in C_SETTORI:
        add(f"{name}: responsabile {head}, {n} dipendenti ({uffici})")
    add(f"Totale: {c_staff_total()} dipendenti, escluso il Segretario comunale.")
    add("3.2 FORMAZIONE DEL PERSONALE")
    add("Il piano della formazione 2026 è descritto nell'Obiettivo 1.3. Oltre alle ore minime per dipendente, "
        "tutti i nuovi assunti seguono entro sei mesi un corso sul codice di comportamento.")
    add("3.3 PIANO DEI FABBISOGNI DI PERSONALE")
    add("Per il 2026 è prevista l'assunzione di 1 Istruttore tecnico per il Settore Tecnico - Lavori Pubblici e "
        "Patrimonio e di 1 Agente di Polizia Locale, a copertura di cessazioni avvenute nel 2025.")
    return P


def build_txt() -> bytes:
    """Word 'Plain text (UTF-8)' export: BOM, CRLF, one paragraph per line, an empty line between paragraphs."""
    text = "\r\n\r\n".join(build_txt_paragraphs()) + "\r\n"
    return b"\xef\xbb\xbf" + text.encode("utf-8")


def txt_text() -> str:
    """The TXT as a reader sees it (BOM dropped, CRLF -> LF)."""
    return build_txt().decode("utf-8-sig").replace("\r\n", "\n")


# =============================================================================================================
# PDF writer (reportlab, landscape, ruled tables)
# =============================================================================================================
PERF_WIDTHS = [42, 150, 112, 200, 120, 68, 80]        # points; sum 772 (A4 landscape 842 - 2*35)
ORG_WIDTHS = [230, 230, 232, 80]


def build_pdf() -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    body = ParagraphStyle("body", fontName="Helvetica", fontSize=9.5, leading=12.5, alignment=TA_JUSTIFY,
                          spaceAfter=5)
    h1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=11.5, leading=14, spaceBefore=8, spaceAfter=5)
    h2 = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=10, leading=13, spaceBefore=6, spaceAfter=4)
    cell = ParagraphStyle("cell", fontName="Helvetica", fontSize=8, leading=10)
    cellb = ParagraphStyle("cellb", fontName="Helvetica-Bold", fontSize=8, leading=10)
    note = ParagraphStyle("note", fontName="Helvetica-Oblique", fontSize=8, leading=10, spaceBefore=3)

    def P(text, style=body):
        return Paragraph(text.replace("&", "&amp;"), style)

    def ruled(rows, widths):
        t = Table([[P(c, cellb) for c in rows[0]]] + [[P(str(c), cell) for c in r] for r in rows[1:]],
                  colWidths=widths, repeatRows=1)
        t.setStyle(TableStyle([
            ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
            ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.85, 0.85, 0.85)),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]))
        return t

    story = []
    for text, size in V_TITLE:
        story.append(Paragraph(text, ParagraphStyle("t", fontName="Helvetica-Bold" if size > 10 else "Helvetica",
                                                    fontSize=size, leading=size + 4, alignment=TA_CENTER)))
    story.append(Spacer(1, 8))
    story.append(P("SEZIONE 1 – SCHEDA ANAGRAFICA DELL'AMMINISTRAZIONE", h1))
    story += [P(p) for p in V_ANAGRAFICA]
    story.append(P("SEZIONE 2 – VALORE PUBBLICO, PERFORMANCE E ANTICORRUZIONE", h1))
    story.append(P("2.1 Valore pubblico", h2))
    story += [P(p) for p in V_VALORE]
    story.append(PageBreak())
    story.append(P("2.2 Obiettivi strategici", h2))
    story.append(P("Gli obiettivi strategici del triennio discendono dalla Sezione strategica del DUP 2026-2028. "
                   "Per ciascuno sono elencati gli obiettivi operativi collegati, descritti nella sottosezione 2.3."))
    for code, title, desc, ops in V_STRAT:
        story.append(P(f"<b>{code} – {title}.</b> {desc} Obiettivi operativi collegati: {', '.join(ops)}."))
    story.append(P("2.3 Performance – obiettivi operativi 2026", h2))
    story.append(P(V_PERF_INTRO))
    rows = [V_PERF_HEAD] + [[o[0], o[1], v_struttura(o[2])[1], o[3], o[4], o[5], o[6]] for o in V_OBJ]
    story.append(ruled(rows, PERF_WIDTHS))
    story.append(Spacer(1, 6))
    story.append(P("2.4 Rischi corruttivi e trasparenza", h2))
    story += [P(p) for p in V_RISCHI]
    story.append(PageBreak())
    story.append(P("SEZIONE 3 – ORGANIZZAZIONE E CAPITALE UMANO", h1))
    story.append(P("3.1 Struttura organizzativa", h2))
    story.append(P(V_ORG_INTRO))
    org = [V_ORG_HEAD] + [[s[1], s[2], s[3], s[4]] for s in V_STRUTTURE] + [["Totale", "", "", v_staff_total()]]
    story.append(ruled(org, ORG_WIDTHS))
    story.append(P(V_INTERIM_NOTE, note))
    story.append(P("3.2 Formazione del personale", h2))
    story.append(P(V_FORMAZIONE))
    story.append(P("3.3 Piano triennale dei fabbisogni di personale", h2))
    story.append(P(V_FABBISOGNI))

    def decorate(canv, doc):
        canv.saveState()
        canv.setFont("Helvetica", 7.5)
        w, h = landscape(A4)
        canv.drawString(35, h - 22, "Comune di Villabrusca – PIAO 2026-2028")
        canv.drawRightString(w - 35, 18, f"Pagina {doc.page}")
        canv.restoreState()

    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=landscape(A4), leftMargin=35, rightMargin=35, topMargin=36,
                            bottomMargin=34, title="PIAO 2026-2028 - Comune di Villabrusca",
                            author="Comune di Villabrusca - Servizio Affari Generali e Segreteria",
                            subject="Piano Integrato di Attività e Organizzazione 2026-2028",
                            creator="Comune di Villabrusca", producer="fresh25 make_plan.py",
                            keywords="PIAO, performance, organizzazione", invariant=1, lang="it-IT")
    old = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = str(FIXED_EPOCH)
    try:
        doc.build(story, onFirstPage=decorate, onLaterPages=decorate)
    finally:
        if old is None:
            os.environ.pop("SOURCE_DATE_EPOCH", None)
        else:
            os.environ["SOURCE_DATE_EPOCH"] = old
    return buf.getvalue()


def build() -> dict[str, bytes]:
    return {PDF_NAME: build_pdf(), TXT_NAME: build_txt()}


def main() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    for name, data in build().items():
        (DOCS / name).write_bytes(data)
        print(f"wrote docs/{name} ({len(data)} bytes)")


if __name__ == "__main__":
    main()
