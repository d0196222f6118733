"""Write the FICTIONAL PIAO 2026-2028 of fresh26 into docs/.  All people, places and figures are invented.

docs/pratobesso_piao-2026-2028.docx  (Comune di Pratobesso, Provincia di Vercelli, Piemonte), written with
python-docx.  Layout:

* Sezione 1: anagrafica in prose;
* 2.1 Valore pubblico: short prose;
* 2.2 Performance: a sequence of objective SCHEDE.  Each scheda is a heading "Scheda obiettivo n. K" followed by a
  2-COLUMN WORD TABLE (left column the label, right column the value).  Labels vary in wording between schede
  ("Unità organizzativa competente" / "Struttura di riferimento", "Personale assegnato" / "Personale coinvolto",
  ...).  Every scheda names a "Referente operativo" who is a member of staff, NEVER the head of the unit.
  * "Cronoprogramma" is a nested bullet list inside the cell (List Bullet / List Bullet 2), each step with a month;
  * "Indicatori di risultato" holds one paragraph per indicator "nome | valore di partenza | valore atteso 2026"
    after a header paragraph in the same form;
  * "Personale assegnato" lists names with "(cat. X)";
* 2.3 Rischi corruttivi e trasparenza: a 4-column table Processo | Rischio | Misura | Responsabile della misura
  (the last column names a role, e.g. "Responsabile UO Lavori Pubblici e Manutenzioni", or the Segretario);
* 3.1 Struttura organizzativa, subsection "Articolazione degli uffici": a Word BULLET LIST, one bullet per unit
  "Unità organizzativa X – Responsabile: Titolo Nome Cognome (Elevata Qualificazione) – N dipendenti" with
  sub-bullets listing the unit's uffici.  ing. Paolo Gariglio leads two units; the unit Servizi alla Persona e
  Istruzione is vacant, with the Segretario comunale "in sostituzione";
* 3.2 Organizzazione del lavoro agile: prose with concrete numbers;
* 3.3 Fabbisogni di personale and 3.4 Formazione: short prose.

Deterministic: no randomness; the DOCX core properties are pinned and the zip is rewritten with fixed timestamps
and a fixed member order, so two builds are byte-identical.

Run: /work/main/.venv/bin/python benchmarks/fresh26/make_plan.py
"""
from __future__ import annotations

import io
import zipfile
from datetime import datetime, timezone
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
DOCX_NAME = "pratobesso_piao-2026-2028.docx"
FIXED = datetime(2026, 1, 29, 11, 0, 0, tzinfo=timezone.utc)
ZIP_TIME = (2026, 1, 29, 11, 0, 0)

COMUNE = "Pratobesso"
SINDACO = "Giovanni Bertone"
SEGRETARIO = "dott.ssa Laura Bonino"

TITLE = [("COMUNE DI PRATOBESSO", 16, True), ("Provincia di Vercelli", 11, False),
         ("PIANO INTEGRATO DI ATTIVITÀ E ORGANIZZAZIONE (PIAO) 2026-2028", 14, True),
         ("Approvato con deliberazione della Giunta comunale n. 12 del 29 gennaio 2026", 9.5, False)]

ANAGRAFICA = [
    "Comune di Pratobesso – Piazza Municipio 1 – 13030 Pratobesso (VC) – codice fiscale 80001230029.",
    "Il Comune conta 4.310 abitanti al 31/12/2025 e si estende per 27,6 kmq nella pianura risicola lungo la "
    "Sesia; oltre al capoluogo comprende le frazioni di Riva Sesia e Cascina Nuova.",
    f"Sindaco: {SINDACO}. Segretario comunale: {SEGRETARIO}, titolare della segreteria convenzionata con il "
    "Comune di Borgo Ansaldo.",
]

VALORE = [
    "Il valore pubblico che l'Amministrazione intende generare nel triennio riguarda tre ambiti: servizi ai "
    "cittadini più semplici e raggiungibili anche da remoto, un territorio curato e sicuro, il sostegno alle "
    "persone fragili e alle famiglie.",
    "Gli obiettivi di performance 2026 sono descritti nelle schede che seguono. Per ogni obiettivo la scheda "
    "indica l'unità organizzativa competente, il cui responsabile risponde del risultato, e un referente "
    "operativo che coordina le attività quotidiane.",
]

# ------------------------------------------------------------------------------------------ org chart
# key, name of the unit, head (None = vacant), staff, uffici
UNITS = [
    ("AG", "Affari Generali e Demografici", "dott.ssa Chiara Ferraris", 5,
     ["Segreteria e Protocollo", "Anagrafe, Stato civile ed Elettorale", "Ufficio Relazioni con il Pubblico (URP)"]),
    ("FIN", "Economico-Finanziaria e Tributi", "dott. Marco Bertolino", 4,
     ["Ragioneria ed Economato", "Tributi", "Gestione economica del personale"]),
    ("LLPP", "Lavori Pubblici e Manutenzioni", "ing. Paolo Gariglio", 6,
     ["Lavori pubblici e Patrimonio", "Manutenzioni e squadra operai", "Servizi cimiteriali"]),
    ("URB", "Urbanistica, Edilizia Privata e Ambiente", "ing. Paolo Gariglio", 3,
     ["Sportello unico per l'edilizia (SUE)", "Pianificazione urbanistica", "Ambiente ed ecologia"]),
    ("SP", "Servizi alla Persona e Istruzione", None, 4,
     ["Servizi sociali", "Pubblica istruzione e trasporto scolastico", "Biblioteca civica"]),
    ("PL", "Polizia Locale", "comm. Renato Chiarle", 3,
     ["Vigilanza e viabilità", "Polizia amministrativa e commercio", "Notifiche"]),
]
UNIT = {u[0]: u for u in UNITS}

ORG_INTRO = ("La struttura organizzativa del Comune è articolata in sei unità organizzative, ciascuna affidata a un "
             "responsabile titolare di incarico di Elevata Qualificazione. Il personale in servizio al 1° gennaio "
             "2026 è di 25 dipendenti, escluso il Segretario comunale.")
ORG_NOTE = ("Il posto di responsabile dell'unità Servizi alla Persona e Istruzione è vacante dal 1° novembre 2025 "
            "per pensionamento; fino alla copertura le funzioni sono svolte dal Segretario comunale.")


def staff_total() -> int:
    return sum(u[3] for u in UNITS)


def unit_line(u) -> str:
    if u[2] is None:
        resp = f"vacante (in sostituzione il Segretario comunale {SEGRETARIO})"
    else:
        resp = f"{u[2]} (Elevata Qualificazione)"
    return f"Unità organizzativa {u[1]} – Responsabile: {resp} – {u[3]} dipendenti"


# ------------------------------------------------------------------------------------------ schede
# label variants: index 0 for odd schede, 1 for even schede
LABELS = {
    "titolo": ("Denominazione obiettivo", "Denominazione obiettivo"),
    "unita": ("Unità organizzativa competente", "Struttura di riferimento"),
    "referente": ("Referente operativo", "Referente operativo"),
    "strategico": ("Obiettivo strategico DUP collegato", "Linea strategica DUP"),
    "finalita": ("Finalità", "Finalità dell'obiettivo"),
    "risultato": ("Risultato atteso", "Risultato atteso al 31/12/2026"),
    "crono": ("Cronoprogramma", "Cronoprogramma delle attività"),
    "indicatori": ("Indicatori di risultato", "Indicatori di risultato"),
    "portatori": ("Portatori di interesse", "Portatori di interesse (stakeholder)"),
    "personale": ("Personale assegnato", "Personale coinvolto"),
    "peso": ("Peso dell'obiettivo", "Peso ponderale"),
}
IND_HEAD = "Indicatore | Valore di partenza | Valore atteso 2026"

# code, title, unit key, referente, strategic line, finalità, risultato, crono [(step, [substeps])],
# indicators [(name, base, target)], portatori, personale [(name, cat)], peso
OBJ = [
    ("OB.01", "Sportello anagrafico digitale: certificati e prenotazioni online", "AG", "Simona Actis",
     "1 – Un Comune semplice e digitale",
     "Ridurre gli accessi fisici allo sportello anagrafe e permettere ai cittadini di ottenere certificati e "
     "appuntamenti per la carta d'identità elettronica senza spostarsi da casa.",
     "Almeno il 60% dei certificati anagrafici rilasciato online tramite ANPR o il portale comunale.",
     [("gennaio 2026 – ricognizione dei certificati richiesti allo sportello nel 2025", []),
      ("marzo 2026 – attivazione dell'agenda online per la carta d'identità elettronica",
       ["marzo 2026 – prova dell'agenda con 20 utenti", "aprile 2026 – apertura a tutti i cittadini"]),
      ("maggio 2026 – campagna informativa sul sito e sui social del Comune", []),
      ("novembre 2026 – rilevazione finale dei certificati rilasciati online", [])],
     [("Certificati rilasciati online sul totale", "18%", "60%"),
      ("Tempo medio di attesa allo sportello anagrafe", "25 minuti", "10 minuti")],
     "Cittadini residenti, cittadini iscritti all'AIRE, CAF e patronati del territorio",
     [("Simona Actis", "C"), ("Roberta Fassio", "C"), ("Giulio Sella", "B")], "30%"),
    ("OB.02", "Recupero dell'evasione IMU e TARI", "FIN", "rag. Elena Giachino",
     "1 – Un Comune semplice e digitale",
     "Garantire equità fiscale tra i contribuenti e stabilità delle entrate proprie del bilancio comunale.",
     "Emissione di almeno 220 avvisi di accertamento IMU e TARI relativi alle annualità 2021 e 2022.",
     [("febbraio 2026 – bonifica della banca dati tributaria", []),
      ("aprile 2026 – incrocio dei dati con catasto e utenze",
       ["aprile 2026 – richiesta dei dati al gestore del servizio idrico",
        "maggio 2026 – confronto con le planimetrie catastali"]),
      ("ottobre 2026 – emissione degli avvisi di accertamento", []),
      ("dicembre 2026 – verifica dei versamenti e avvio della riscossione coattiva", [])],
     [("Avvisi di accertamento emessi", "140", "220"),
      ("Avvisi pagati entro 60 giorni dalla notifica", "48%", "65%")],
     "Contribuenti, CAF e professionisti, Agenzia delle Entrate",
     [("Elena Giachino", "C"), ("Franco Audisio", "C")], "25%"),
    ("OB.03", "Piano straordinario di manutenzione delle strade comunali", "LLPP", "geom. Luca Ferrero",
     "2 – Un territorio curato e sicuro",
     "Migliorare la sicurezza della circolazione e ridurre le richieste di risarcimento per danni causati da "
     "buche e avvallamenti.",
     "Riasfaltatura di 4,2 km di strade comunali, con priorità a via Cascina Nuova e alla strada per Riva Sesia.",
     [("febbraio 2026 – approvazione del progetto esecutivo", []),
      ("aprile 2026 – affidamento dei lavori",
       ["aprile 2026 – verifica dei requisiti dell'operatore economico", "maggio 2026 – consegna dei lavori"]),
      ("giugno–settembre 2026 – esecuzione degli interventi di asfaltatura", []),
      ("ottobre 2026 – certificato di regolare esecuzione", [])],
     [("Km di strade riasfaltate", "0", "4,2 km"),
      ("Segnalazioni di buche chiuse entro 15 giorni", "55%", "85%")],
     "Cittadini e automobilisti, aziende agricole, ditta del trasporto scolastico",
     [("Luca Ferrero", "C"), ("Mauro Tosco", "B"), ("Ivan Perotti", "B")], "35%"),
    ("OB.04", "Variante parziale al Piano Regolatore Generale Comunale", "URB", "arch. Sara Cravero",
     "2 – Un territorio curato e sicuro",
     "Adeguare il PRGC alle nuove fasce di rischio idraulico della Sesia e favorire il recupero dei fabbricati "
     "rurali dismessi.",
     "Adozione del progetto preliminare della variante in Consiglio comunale entro il 30/11/2026.",
     [("gennaio 2026 – affidamento dell'incarico di supporto geologico", []),
      ("marzo 2026 – incontri con i portatori di interesse",
       ["marzo 2026 – incontro con le associazioni agricole", "aprile 2026 – assemblea pubblica a Riva Sesia"]),
      ("luglio 2026 – conferenza di copianificazione con Regione e Provincia", []),
      ("novembre 2026 – adozione del progetto preliminare in Consiglio comunale", [])],
     [("Fabbricati rurali dismessi censiti", "0", "85"),
      ("Osservazioni istruite entro 60 giorni dalla presentazione", "–", "100%")],
     "Proprietari di immobili, associazioni agricole, professionisti tecnici, Regione Piemonte, Provincia di "
     "Vercelli",
     [("Sara Cravero", "D"), ("Alessio Boero", "C")], "20%"),
    ("OB.05", "Potenziamento del servizio di assistenza domiciliare (SAD)", "SP", "dott.ssa Marta Vercellone",
     "3 – Persone e famiglie al centro",
     "Permettere agli anziani non autosufficienti di restare nella propria abitazione e sostenere le famiglie "
     "che li assistono.",
     "Presa in carico di 40 utenti con almeno 150 ore settimanali complessive di assistenza.",
     [("gennaio 2026 – aggiornamento della graduatoria di accesso", []),
      ("aprile 2026 – nuovo affidamento del servizio",
       ["aprile 2026 – pubblicazione della procedura", "giugno 2026 – aggiudicazione"]),
      ("luglio 2026 – avvio del servizio potenziato", []),
      ("dicembre 2026 – questionario di soddisfazione alle famiglie", [])],
     [("Utenti SAD presi in carico", "32", "40"),
      ("Ore settimanali di assistenza erogate", "120", "150")],
     "Anziani e persone con disabilità, famiglie e caregiver, Consorzio socio-assistenziale del Vercellese, ASL VC",
     [("Marta Vercellone", "D"), ("Paola Mosca", "B")], "30%"),
    ("OB.06", "Centro estivo comunale per bambini e ragazzi", "SP", "Irene Gallo",
     "3 – Persone e famiglie al centro",
     "Offrire alle famiglie in cui entrambi i genitori lavorano un servizio educativo nelle settimane di chiusura "
     "delle scuole.",
     "Centro estivo aperto per 7 settimane con 70 posti per bambini dai 6 ai 13 anni.",
     [("febbraio 2026 – coprogettazione con la parrocchia e le associazioni sportive", []),
      ("aprile 2026 – apertura delle iscrizioni online", []),
      ("giugno 2026 – avvio del centro estivo",
       ["giugno 2026 – primo turno presso la scuola primaria", "luglio 2026 – uscite settimanali sul territorio"]),
      ("settembre 2026 – rendicontazione e indagine di gradimento", [])],
     [("Posti disponibili", "50", "70"),
      ("Settimane di apertura", "5", "7")],
     "Famiglie, parrocchia di San Grato, associazioni sportive, Istituto comprensivo",
     [("Irene Gallo", "C"), ("Paola Mosca", "B")], "20%"),
    ("OB.07", "Sicurezza stradale davanti alle scuole", "PL", "ag. sc. Fabio Olivero",
     "2 – Un territorio curato e sicuro",
     "Ridurre i comportamenti pericolosi di automobilisti e pedoni negli orari di ingresso e uscita degli alunni.",
     "Presidio degli ingressi scolastici in almeno 130 giornate dell'anno.",
     [("gennaio 2026 – mappatura degli attraversamenti pedonali vicino ai plessi", []),
      ("marzo 2026 – posa di due dissuasori di velocità in via Roma", []),
      ("aprile–maggio 2026 – lezioni di educazione stradale",
       ["aprile 2026 – classi quarte della scuola primaria", "maggio 2026 – classi prime della secondaria"]),
      ("settembre 2026 – avvio del piano di presidio per il nuovo anno scolastico", [])],
     [("Giornate di presidio agli ingressi scolastici", "90", "130"),
      ("Alunni coinvolti nelle lezioni di educazione stradale", "110", "180")],
     "Alunni e famiglie, Istituto comprensivo, volontari nonni vigili",
     [("Fabio Olivero", "C"), ("Simone Barbero", "C")], "40%"),
    ("OB.08", "Aggiornamento della sezione Amministrazione trasparente", "AG", "Davide Ghione",
     "1 – Un Comune semplice e digitale",
     "Garantire completezza e tempestività delle pubblicazioni obbligatorie e facilitare l'accesso civico.",
     "Nessuna sotto-sezione con dati scaduti alle verifiche semestrali del Nucleo di valutazione.",
     [("febbraio 2026 – mappatura degli obblighi di pubblicazione per ufficio", []),
      ("maggio 2026 – migrazione dei contenuti sul nuovo portale istituzionale",
       ["maggio 2026 – verifica dei collegamenti", "giugno 2026 – prima verifica semestrale"]),
      ("dicembre 2026 – seconda verifica semestrale", [])],
     [("Sotto-sezioni aggiornate sul totale", "82%", "100%"),
      ("Tempo medio di risposta alle richieste di accesso civico", "24 giorni", "15 giorni")],
     "Cittadini, Nucleo di valutazione, consiglieri comunali",
     [("Davide Ghione", "C"), ("Simona Actis", "C")], "20%"),
]

PERF_INTRO = ("Le schede che seguono descrivono gli otto obiettivi di performance assegnati per il 2026 alle unità "
              "organizzative. Il peso indica l'incidenza dell'obiettivo sulla valutazione della performance "
              "organizzativa dell'unità.")

# ------------------------------------------------------------------------------------------ rischi
RISCHI_HEAD = ["Processo", "Rischio", "Misura", "Responsabile della misura"]
RISCHI_INTRO = (f"Il Responsabile della prevenzione della corruzione e della trasparenza (RPCT) è il Segretario "
                f"comunale, {SEGRETARIO}. La tabella riporta i processi a più elevata esposizione al rischio, "
                f"la misura di prevenzione programmata e il soggetto tenuto ad attuarla.")
RISCHI = [
    ("Affidamento diretto di lavori, servizi e forniture",
     "Frazionamento artificioso dell'appalto per restare sotto soglia",
     "Rotazione degli operatori economici e report trimestrale degli affidamenti al RPCT",
     "Responsabile UO Lavori Pubblici e Manutenzioni"),
    ("Rilascio dei permessi di costruire",
     "Mancato rispetto dell'ordine cronologico delle pratiche",
     "Istruttoria in ordine di protocollo tramite il portale SUE e controllo a campione del 10% delle pratiche",
     "Responsabile UO Urbanistica, Edilizia Privata e Ambiente"),
    ("Accertamenti tributari",
     "Omissione di controlli per favorire determinati contribuenti",
     "Estrazione automatica delle posizioni da verificare e doppia firma sugli annullamenti in autotutela",
     "Responsabile UO Economico-Finanziaria e Tributi"),
    ("Concessione di contributi economici a persone in difficoltà",
     "Erogazione in assenza dei requisiti previsti dal regolamento",
     "Verifica dell'ISEE su tutte le domande e pubblicazione dei criteri di assegnazione",
     "Responsabile UO Servizi alla Persona e Istruzione"),
    ("Gestione delle sanzioni al Codice della strada",
     "Annullamento indebito dei verbali",
     "Tracciabilità informatica di ogni annullamento e report semestrale al RPCT",
     "Responsabile UO Polizia Locale"),
    ("Iscrizioni anagrafiche e cambi di residenza",
     "Accertamento della dimora abituale omesso o solo formale",
     "Sopralluogo della Polizia Locale entro 45 giorni dalla dichiarazione",
     "Responsabile UO Affari Generali e Demografici"),
    ("Reclutamento del personale",
     "Requisiti di accesso costruiti su misura per un candidato",
     "Commissioni con almeno un componente esterno all'ente e dichiarazioni di assenza di conflitto di interessi",
     "Segretario comunale"),
    ("Conferimento di incarichi esterni di collaborazione",
     "Incarico conferito senza procedura comparativa",
     "Avviso pubblico per ogni incarico e pubblicazione del curriculum prima dell'avvio",
     "Segretario comunale"),
]

# ------------------------------------------------------------------------------------------ sezione 3
AGILE = [
    "Il lavoro agile è disciplinato dal regolamento approvato con deliberazione della Giunta comunale n. 41 del "
    "2023 e si svolge sulla base di un accordo individuale della durata di 12 mesi, prorogabile.",
    "Nel 2025 hanno svolto lavoro agile 6 dipendenti su 25; per il 2026 l'obiettivo è estenderlo ad almeno 9 "
    "dipendenti.",
    "Ciascun dipendente può svolgere fino a 8 giornate di lavoro agile al mese, e non più di 2 giornate nella "
    "stessa settimana. Nelle giornate di lavoro agile la fascia di contattabilità va dalle 9:00 alle 12:30.",
    "Sono escluse dal lavoro agile le attività di vigilanza esterna della Polizia Locale, la squadra operai e "
    "il ricevimento allo sportello anagrafe nei giorni di apertura al pubblico.",
    "Per il 2026 è previsto l'acquisto di 4 notebook da assegnare in dotazione ai dipendenti in lavoro agile.",
]
FABBISOGNI = [
    "Il piano dei fabbisogni 2026-2028 prevede la copertura del posto vacante di responsabile dell'unità Servizi "
    "alla Persona e Istruzione (Istruttore direttivo, cat. D) mediante concorso pubblico entro il 30/09/2026, e "
    "l'assunzione di un Agente di Polizia Locale (cat. C) nel corso del triennio per sostituire un pensionamento.",
]
FORMAZIONE = [
    "Il piano della formazione prevede almeno 20 ore annue per ciascun dipendente, di cui 4 dedicate "
    "all'anticorruzione e alla trasparenza e 6 alle competenze digitali.",
]


# ============================================================================================================
# DOCX writer
# ============================================================================================================
def _para(container, text: str, size: float = 11, bold=False, align=None, style=None):
    p = container.add_paragraph(style=style)
    run = p.add_run(text)
    run.font.size = Pt(size)
    run.bold = bold
    if align is not None:
        p.alignment = align
    return p


def _cell_text(cell, text: str, bold=False, size: float = 10):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.font.size = Pt(size)
    run.bold = bold


def _cell_paras(cell, items: list[tuple[str, str | None]], size: float = 10):
    """items: (text, style); the first item goes into the cell's existing paragraph."""
    cell.text = ""
    for i, (text, style) in enumerate(items):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        if style:
            p.style = cell.part.document.styles[style]
        run = p.add_run(text)
        run.font.size = Pt(size)


def scheda_rows(k: int, o) -> list[tuple[str, list[tuple[str, str | None]]]]:
    v = 0 if k % 2 == 1 else 1
    lab = {key: val[v] for key, val in LABELS.items()}
    code, title, ukey, ref, strat, fin, ris, crono, inds, port, pers, peso = o
    crono_items = []
    for step, subs in crono:
        crono_items.append((step, "List Bullet"))
        crono_items += [(s, "List Bullet 2") for s in subs]
    ind_items = [(IND_HEAD, None)] + [(f"{n} | {b} | {t}", None) for n, b, t in inds]
    return [
        (lab["titolo"], [(f"{code} – {title}", None)]),
        (lab["unita"], [(f"Unità organizzativa {UNIT[ukey][1]}", None)]),
        (lab["referente"], [(ref, None)]),
        (lab["strategico"], [(strat, None)]),
        (lab["finalita"], [(fin, None)]),
        (lab["risultato"], [(ris, None)]),
        (lab["crono"], crono_items),
        (lab["indicatori"], ind_items),
        (lab["portatori"], [(port, None)]),
        (lab["personale"], [(", ".join(f"{n} (cat. {c})" for n, c in pers), None)]),
        (lab["peso"], [(peso, None)]),
    ]


def build_docx_document() -> Document:
    doc = Document()
    cp = doc.core_properties
    cp.title = "PIAO 2026-2028 - Comune di Pratobesso"
    cp.author = "Comune di Pratobesso - Segreteria generale"
    cp.last_modified_by = "Comune di Pratobesso - Segreteria generale"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 1
    cp.language = "it-IT"
    cp.subject = "Piano Integrato di Attività e Organizzazione"
    cp.keywords = "PIAO; performance; anticorruzione; organizzazione"
    cp.comments = ""
    cp.category = ""
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, m, Cm(2.0))
    for text, size, bold in TITLE:
        _para(doc, text, size=size, bold=bold, align=WD_ALIGN_PARAGRAPH.CENTER)

    doc.add_heading("SEZIONE 1 – SCHEDA ANAGRAFICA DELL'AMMINISTRAZIONE", level=1)
    for p in ANAGRAFICA:
        _para(doc, p)

    doc.add_heading("SEZIONE 2 – VALORE PUBBLICO, PERFORMANCE E ANTICORRUZIONE", level=1)
    doc.add_heading("2.1 Valore pubblico", level=2)
    for p in VALORE:
        _para(doc, p)
    doc.add_heading("2.2 Performance – schede obiettivo 2026", level=2)
    _para(doc, PERF_INTRO)
    for k, o in enumerate(OBJ, 1):
        doc.add_heading(f"Scheda obiettivo n. {k}", level=3)
        rows = scheda_rows(k, o)
        t = doc.add_table(rows=len(rows), cols=2)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        t.autofit = False
        for i, (label, items) in enumerate(rows):
            _cell_text(t.rows[i].cells[0], label, bold=True)
            _cell_paras(t.rows[i].cells[1], items)
        for row in t.rows:
            row.cells[0].width = Cm(4.5)
            row.cells[1].width = Cm(12.5)
        _para(doc, "")

    doc.add_heading("2.3 Rischi corruttivi e trasparenza", level=2)
    _para(doc, RISCHI_INTRO)
    t = doc.add_table(rows=1 + len(RISCHI), cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, h in enumerate(RISCHI_HEAD):
        _cell_text(t.rows[0].cells[j], h, bold=True, size=9)
    for i, row in enumerate(RISCHI, 1):
        for j, v in enumerate(row):
            _cell_text(t.rows[i].cells[j], v, size=9)

    doc.add_heading("SEZIONE 3 – ORGANIZZAZIONE E CAPITALE UMANO", level=1)
    doc.add_heading("3.1 Struttura organizzativa", level=2)
    _para(doc, ORG_INTRO)
    doc.add_heading("Articolazione degli uffici", level=3)
    for u in UNITS:
        _para(doc, unit_line(u), style="List Bullet")
        for uff in u[4]:
            _para(doc, uff, style="List Bullet 2")
    _para(doc, ORG_NOTE)
    doc.add_heading("3.2 Organizzazione del lavoro agile", level=2)
    for p in AGILE:
        _para(doc, p)
    doc.add_heading("3.3 Piano triennale dei fabbisogni di personale", level=2)
    for p in FABBISOGNI:
        _para(doc, p)
    doc.add_heading("3.4 Piano della formazione", level=2)
    for p in FORMAZIONE:
        _para(doc, p)
    return doc


def build_docx() -> bytes:
    raw = io.BytesIO()
    build_docx_document().save(raw)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(raw.getvalue())) as zin, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))
    return out.getvalue()


def build() -> dict[str, bytes]:
    return {DOCX_NAME: build_docx()}


def main() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    for name, data in build().items():
        (DOCS / name).write_bytes(data)
        print(f"wrote docs/{name} ({len(data)} bytes)")


if __name__ == "__main__":
    main()
