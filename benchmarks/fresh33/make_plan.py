"""Write the two FICTIONAL PIAO 2026-2028 documents of fresh33 into docs/.
All people, places, bodies, companies and figures are invented (real public bodies such as a Prefettura, an ASL or
a Soprintendenza are named only as stakeholders).

1. docs/pontevasco_piao-2026-2028_export.txt  (Comune di Pontevasco, Provincia di Cuneo): a PLAIN-TEXT EXPORT OF A
   SPREADSHEET as the office gets it from a performance-management tool:
   * a short intro of "Etichetta;valore" rows (ente, document title, period, Giunta deliberation, export date);
   * the objectives as ONE SEMICOLON-SEPARATED TABLE with a header row of 14 columns (Codice;Obiettivo operativo;
     Obiettivo strategico / Linea DUP;Settore;Responsabile;Descrizione e motivazione;Risultato atteso;Fasi e tempi;
     Indicatore;Target 2026;Target 2027;Target 2028;Stakeholder;Personale coinvolto), one objective per record;
     long cells quoted with "...", cells with EMBEDDED LINE BREAKS (Linea DUP + OS, numbered phases, two indicators
     and their targets), SEMICOLONS INSIDE QUOTES (stakeholder and staff lists), DOUBLED QUOTES inside quoted text,
     EMPTY CELLS; records end with CRLF, line breaks inside a cell are LF (as spreadsheet exports do);
   * after a blank line, the org chart as a second semicolon table Settore;Responsabile;Servizi, a total-staff row,
     and a prose paragraph on the Segretario, the Sindaco and the assessori with their deleghe;
   * several Responsabile cells give only the role ("Responsabile Settore Tecnico"), resolved by the org table.
2. docs/montalbiera_piao-2026-2028.pdf  (Comune di Montalbiera, Provincia di Arezzo): fpdf2, core Helvetica,
   windows-1252, A4 PORTRAIT, TWO COLUMNS like an internal bulletin:
   * a full-width title block on page 1, then text flowing column 1 -> column 2 -> next page;
   * running header and footer "Pagina X di Y" on every page;
   * each objective is a prose paragraph opened by a BOLD RUN-IN HEADING "OB.nn – Titolo." and mentions the
     responsible person or role, the Settore, the reasons, the expected value, the phases with months, indicators
     with the year-over-year figures and targets, stakeholders and staff, mostly WITHOUT field labels;
   * FOOTNOTES at the bottom of the column holding the marker (raised small number), with amounts found only there;
   * the org chart as prose paragraphs ("Il Settore Tecnico, diretto dall'ing. ..., comprende i servizi ...").
   The objective prose is written with inline tags ({resp:...}, {fase:descrizione|tempi}, {ind:...}, {t26:...},
   {fn:n} ...) that are rendered as plain text; make_records.py reads the same tags.

Deterministic: no randomness; the PDF has a pinned creation date and fpdf2 derives the /ID from the content; the
text file is UTF-8 (no BOM).

Run: /work/main/.venv/bin/python benchmarks/fresh33/make_plan.py [OUT_DIR]   (default OUT_DIR: docs/ next to this
file; needs fpdf2, in /work/main/.venv)
"""
from __future__ import annotations

import re
import sys
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
TXT_NAME = "pontevasco_piao-2026-2028_export.txt"
PDF_NAME = "montalbiera_piao-2026-2028.pdf"
FIXED_DATE = datetime(2026, 2, 9, 8, 30, 0, tzinfo=timezone.utc)

# =============================================================================================================
# 1. Comune di Pontevasco (semicolon-separated export)
# =============================================================================================================
T_ENTE = "Comune di Pontevasco"
T_INTRO = [
    ("Ente", "Comune di Pontevasco (CN)"),
    ("Documento", "PIAO – Piano Integrato di Attività e Organizzazione 2026-2028 – Sottosezione 2.2 Performance"),
    ("Periodo", "2026-2028"),
    ("Approvazione", "Deliberazione della Giunta comunale n. 12 del 4 febbraio 2026"),
    ("Data estrazione", "06/02/2026 11:37"),
    ("Fonte", "Applicativo GePeO – Gestione Performance e Obiettivi, modulo Piano obiettivi, esportazione CSV"),
]
T_TABLE_TITLE = "OBIETTIVI OPERATIVI 2026-2028"
T_HEAD = ["Codice", "Obiettivo operativo", "Obiettivo strategico / Linea DUP", "Settore", "Responsabile",
          "Descrizione e motivazione", "Risultato atteso", "Fasi e tempi", "Indicatore", "Target 2026",
          "Target 2027", "Target 2028", "Stakeholder", "Personale coinvolto"]

S_AMM = "Settore Amministrativo e Demografico"
S_FIN = "Settore Finanziario e Tributi"
S_TEC = "Settore Tecnico – Lavori pubblici e Patrimonio"
S_URB = "Settore Urbanistica, Ambiente e Attività produttive"
S_SAP = "Settore Servizi alla persona"

L1 = "Linea DUP 1 – Un Comune efficiente e vicino ai cittadini"
L2 = "Linea DUP 2 – Un territorio curato e sicuro"
L3 = "Linea DUP 3 – Conti solidi ed equità fiscale"
L4 = "Linea DUP 4 – Lavoro, commercio e ambiente"
L5 = "Linea DUP 5 – Crescere e vivere insieme"

# Each objective: the LOGICAL cell values (what a CSV reader returns). Multi-line cells are lists of lines.
# strat = (linea, OS or None); fasi = [(descrizione, tempi)]; termine = "Termine finale" date or None;
# ind = [(indicatore, t2026, t2027, t2028)]; stk / pers = lists (joined with "; "); pers items "COGNOME Nome (ruolo)"
T_OBJ = [
    dict(code="AMM.01", title="Riordino dell'archivio di deposito e scarto documentale",
         strat=(L1, "OS 1.2 – Semplificare e digitalizzare i procedimenti"), settore=S_AMM,
         resp="dott.ssa Ivana Bertola",
         descr="L'archivio di deposito occupa tre locali nel seminterrato del municipio e conserva circa 410 metri "
               "lineari di documenti, in buona parte mai sottoposti a scarto. I locali vanno liberati entro l'autunno "
               "2026 per i lavori di adeguamento antincendio; serve quindi selezionare il materiale da scartare e "
               "trasferire il resto nel nuovo deposito di via Molino.",
         risultato="Archivio di deposito riordinato, elenco di scarto approvato dalla Soprintendenza archivistica e "
                   "almeno 120 metri lineari di documenti eliminati",
         fasi=[("Censimento dei fondi e stima dei metri lineari", "gennaio-marzo 2026"),
               ("Proposta di scarto alla Soprintendenza archivistica", "entro maggio 2026"),
               ("Trasferimento dei fondi nel nuovo deposito di via Molino", "settembre-ottobre 2026")],
         termine="15/12/2026",
         ind=[("Metri lineari di documenti scartati", "120", "60", "40")],
         stk=["Soprintendenza archivistica e bibliografica del Piemonte", "uffici comunali",
              "ricercatori e cittadini"],
         pers=["MARENCO Silvia (istruttore amministrativo)", "ALLASIA Pietro (collaboratore amministrativo)"]),
    dict(code="AMM.02", title="Carta d'identità elettronica: aperture straordinarie il sabato",
         strat=(L1, "OS 1.1 – Servizi demografici accessibili"), settore=S_AMM,
         resp="Responsabile Settore Amministrativo e Demografico",
         descr="Nel 2025 l'attesa per un appuntamento per la carta d'identità elettronica (CIE) è arrivata a 38 "
               "giorni; molte richieste vengono da lavoratori pendolari che non riescono a presentarsi negli orari "
               "di apertura dell'ufficio anagrafe.",
         risultato="Attesa per l'appuntamento CIE non superiore a 15 giorni e apertura dello sportello anagrafe un "
                   "sabato mattina al mese",
         fasi=[("Modifica dell'orario con decreto del Sindaco", "entro febbraio 2026"),
               ("Prima apertura del sabato", "marzo 2026"),
               ("Verifica dei tempi di attesa", "luglio e dicembre 2026")],
         termine=None,
         ind=[("Giorni di attesa per l'appuntamento CIE", "15", "12", "10"),
              ("Sabati di apertura nell'anno", "10", "11", "11")],
         stk=["cittadini residenti", "lavoratori pendolari", "Ministero dell'Interno"],
         pers=["ROSSO Daniela (ufficiale d'anagrafe)", "TESIO Marco (istruttore amministrativo)"]),
    dict(code="AMM.03", title="Registro unico degli accessi e nuovo regolamento sull'accesso agli atti",
         strat=(L1, "OS 1.3 – Trasparenza e legalità"), settore=S_AMM,
         resp="Segretario comunale",
         descr="Le richieste di accesso documentale, civico e generalizzato sono gestite da uffici diversi senza un "
               "registro comune; nel 2025 ne sono arrivate 147, di cui 9 evase oltre i 30 giorni previsti dalla "
               "legge.",
         risultato="Un solo registro degli accessi, pubblicato ogni sei mesi in Amministrazione trasparente, e "
                   "nessuna richiesta evasa oltre i termini",
         fasi=[("Bozza del nuovo regolamento", "entro aprile 2026"),
               ("Approvazione del regolamento in Consiglio comunale", "giugno 2026"),
               ("Prima pubblicazione del registro degli accessi", "luglio 2026")],
         termine="31/07/2026",
         ind=[("Richieste di accesso evase oltre i 30 giorni", "0", "0", "0")],
         stk=[],
         pers=["MARENCO Silvia (istruttore amministrativo)"]),
    dict(code="FIN.01", title="Recupero dell'evasione IMU e TARI",
         strat=(L3, "OS 3.1 – Contrasto all'evasione dei tributi locali"), settore=S_FIN,
         resp="rag. Marisa Chiapello",
         descr="Dall'incrocio tra catasto, anagrafe e banche dati tributarie risultano circa 260 posizioni IMU e "
               "TARI non allineate. Recuperare l'evasione consente di non aumentare le aliquote per i contribuenti "
               "in regola; nel 2025 il recupero è stato di 84.500 euro.",
         risultato="Almeno 200 avvisi di accertamento emessi nel 2026 e 95.000 euro di evasione recuperata",
         fasi=[("Incrocio delle banche dati catastali e anagrafiche", "gennaio-aprile 2026"),
               ("Invio dei questionari ai contribuenti", "maggio-giugno 2026"),
               ("Emissione degli avvisi di accertamento", "settembre-novembre 2026")],
         termine="31/12/2026",
         ind=[("Avvisi di accertamento emessi", "200", "150", "120"),
              ("Evasione recuperata (euro)", "95.000", "80.000", "70.000")],
         stk=["contribuenti", "CAF e professionisti", "Agenzia delle Entrate"],
         pers=["GARELLI Chiara (istruttore contabile)", "DOGLIANI Luca (istruttore amministrativo)"]),
    dict(code="FIN.02", title="Avvisi TARI digitali tramite app IO e PEC",
         strat=(L3, "OS 3.2 – Riscossione semplice e digitale"), settore=S_FIN,
         resp="Responsabile Settore Finanziario e Tributi",
         descr="Gli avvisi di pagamento TARI sono ancora stampati e spediti per posta ordinaria a 3.900 utenze, con "
               "una spesa di circa 6.200 euro l'anno; il 22% dei pagamenti arriva in ritardo.",
         risultato="Avvisi TARI recapitati tramite app IO o PEC ad almeno il 40% delle utenze e spesa postale "
                   "ridotta",
         fasi=[("Integrazione del gestionale tributi con pagoPA e app IO", "entro marzo 2026"),
               ("Campagna di adesione rivolta alle utenze", "aprile-maggio 2026"),
               ("Invio digitale della prima rata TARI", "giugno 2026")],
         termine=None,
         ind=[("Utenze TARI con avviso digitale", "40%", "55%", "70%")],
         stk=["utenze domestiche e non domestiche", "PagoPA S.p.A.", "Poste Italiane"],
         pers=[]),
    dict(code="TEC.01", title="Ampliamento del cimitero del capoluogo: 48 nuovi loculi",
         strat=(L2, "OS 2.2 – Manutenzione e valorizzazione del patrimonio"), settore=S_TEC,
         resp="ing. Davide Ghisolfi",
         descr="Nel cimitero del capoluogo restano 11 loculi disponibili, a fronte di una media di 52 decessi "
               "l'anno; senza ampliamento i posti si esauriscono nel corso del 2026. L'intervento è finanziato con "
               "un mutuo di 180.000 euro.",
         risultato="Nuovo blocco di 48 loculi e 16 ossari collaudato e assegnabile alle famiglie entro il 2027",
         fasi=[("Progetto esecutivo e validazione", "entro aprile 2026"),
               ("Affidamento dei lavori", "giugno 2026"),
               ("Esecuzione dei lavori", "settembre 2026-maggio 2027"),
               ("Collaudo e assegnazione dei loculi", "entro settembre 2027")],
         termine="30/09/2027",
         ind=[("Avanzamento dei lavori (SAL)", "40%", "100%", ""),
              ("Loculi assegnabili", "0", "48", "")],
         stk=["famiglie dei defunti", "imprese di onoranze funebri", "parrocchia di San Grato"],
         pers=["PEIRONE Sergio (istruttore tecnico)", "AIMAR Franco (operaio specializzato)"]),
    dict(code="TEC.02", title="Aggiornamento del piano comunale di protezione civile",
         strat=(L2, "OS 2.1 – Prevenire i rischi e preparare la comunità alle emergenze"), settore=S_TEC,
         resp="geom. Walter Dalmasso",
         descr="Il piano di protezione civile risale al 2017 e non tiene conto della nuova mappa di pericolosità "
               "idraulica del torrente Rissolo. Il gruppo comunale di volontari conta 23 iscritti e non svolge "
               "un'esercitazione pubblica dal 2019.",
         risultato="Piano aggiornato e approvato dal Consiglio comunale, un'esercitazione pubblica all'anno e i "
                   "residenti delle zone a rischio informati porta a porta",
         fasi=[("Aggiornamento degli scenari di rischio con il tecnico incaricato", "gennaio-maggio 2026"),
               ("Approvazione del piano in Consiglio comunale", "entro luglio 2026"),
               ('Esercitazione pubblica "Rissolo 2026" con le scuole', "ottobre 2026")],
         termine=None,
         ind=[("Esercitazioni pubbliche svolte", "1", "1", "1"),
              ("Volontari iscritti al gruppo comunale", "25", "28", "30")],
         stk=["residenti delle zone a rischio idraulico", "gruppo comunale di volontari di protezione civile",
              "scuole", "Prefettura di Cuneo"],
         pers=["PEIRONE Sergio (istruttore tecnico)", "CAVALLERO Anna (istruttore amministrativo)"]),
    dict(code="TEC.03", title="Censimento degli alberi e piano delle potature",
         strat=(L2, "OS 2.2 – Manutenzione e valorizzazione del patrimonio"), settore=S_TEC,
         resp="Responsabile Settore Tecnico",
         descr="Il patrimonio arboreo comunale, stimato in circa 1.100 alberi tra viali, parchi e cortili delle "
               "scuole, non è mai stato censito. Nel 2025 la caduta di due grossi rami in viale Europa ha reso "
               "urgente una valutazione della stabilità delle piante.",
         risultato="Catasto degli alberi georeferenziato e piano triennale delle potature e delle sostituzioni "
                   "approvato dalla Giunta",
         fasi=[("Affidamento del censimento a un agronomo", "febbraio 2026"),
               ("Rilievo e valutazione di stabilità (VTA)", "marzo-giugno 2026"),
               ("Approvazione del piano delle potature", "entro ottobre 2026")],
         termine=None,
         ind=[("Alberi censiti e georeferenziati", "1.100", "", "")],
         stk=["cittadini", "scuole", 'associazione "Pontevasco Verde"'],
         pers=["DALMASSO Walter (istruttore tecnico)", "AIMAR Franco (operaio specializzato)",
               "GHIONE Ezio (operaio)"]),
    dict(code="URB.01", title='Progetto "Mercato in piazza": riorganizzazione del mercato settimanale del giovedì',
         strat=(L4, "OS 4.1 – Sostenere il commercio di vicinato"), settore=S_URB,
         resp="arch. Elena Bongiovanni",
         descr='Il mercato del giovedì conta 46 posteggi, di cui 9 liberi. Il trasferimento da piazza Vittorio '
               'Veneto a piazza del Peso, deciso per i lavori alla pavimentazione, richiede una nuova planimetria e '
               'la riassegnazione dei posteggi; gli operatori chiedono di "non perdere la clientela storica".',
         risultato="Nuova planimetria approvata, posteggi riassegnati e almeno 5 posteggi liberi assegnati a nuovi "
                   "operatori",
         fasi=[("Nuova planimetria e parere della Commissione mercato", "entro marzo 2026"),
               ("Bando per l'assegnazione dei posteggi liberi", "aprile 2026"),
               ("Primo mercato in piazza del Peso", "giugno 2026")],
         termine="30/06/2026",
         ind=[("Posteggi occupati", "42", "44", "46")],
         stk=["operatori ambulanti", "associazioni di categoria (Confcommercio, Coldiretti)",
              "residenti del centro storico"],
         pers=["BARBERIS Elisa (istruttore SUAP)", "ODDENINO Luca (agente di Polizia locale)"]),
    dict(code="URB.02", title="Sportello energia per famiglie e imprese",
         strat=(L4, "OS 4.3 – Transizione energetica e comunità energetiche"), settore=S_URB,
         resp="Responsabile Settore Urbanistica, Ambiente e Attività produttive",
         descr='Molte famiglie non conoscono i bonus e gli incentivi per l\'efficienza energetica. Lo sportello, '
               'aperto in via sperimentale nel 2025 per 10 pomeriggi, ha registrato 64 accessi; il Comune aderisce '
               'inoltre alla comunità energetica rinnovabile "CER Valle Rissolo" in via di costituzione.',
         risultato="Sportello aperto due pomeriggi al mese, almeno 150 consulenze l'anno e 40 nuove adesioni alla "
                   "comunità energetica",
         fasi=[("Convenzione con l'agenzia energetica provinciale", "entro febbraio 2026"),
               ("Apertura dello sportello il 2° e il 4° martedì del mese", "da marzo 2026"),
               ("Serata pubblica sulla comunità energetica", "novembre 2026")],
         termine=None,
         ind=[("Consulenze erogate dallo sportello", "150", "180", "200"),
              ("Nuove adesioni alla comunità energetica", "40", "60", "80")],
         stk=["famiglie", "piccole imprese", "CER Valle Rissolo", "agenzia energetica provinciale"],
         pers=["BARBERIS Elisa (istruttore SUAP)"]),
    dict(code="URB.03", title="Randagismo: convenzione con il canile e microchippatura gratuita",
         strat=(L4, None), settore=S_URB,
         resp="arch. Elena Bongiovanni",
         descr="Nel 2025 sono stati recuperati 17 cani vaganti sul territorio comunale, 6 dei quali privi di "
               "microchip; la convenzione con il canile intercomunale di Cascina Rovere scade il 31 marzo 2026.",
         risultato="Nuova convenzione triennale con il canile, almeno 60 cani microchippati gratuitamente e più "
                   "adozioni",
         fasi=[("Rinnovo della convenzione con il canile intercomunale", "entro marzo 2026"),
               ("Giornate di microchippatura gratuita con l'ASL CN1", "maggio e settembre 2026")],
         termine=None,
         ind=[("Cani microchippati nelle giornate gratuite", "60", "40", "30"),
              ("Cani adottati dal canile", "12", "14", "15")],
         stk=["proprietari di cani", "ASL CN1 – Servizio veterinario", "associazioni animaliste",
              "canile intercomunale di Cascina Rovere"],
         pers=[]),
    dict(code="SAP.01", title="Trasporto scolastico: nuovo percorso per le frazioni e iscrizioni on line",
         strat=(L5, "OS 5.1 – Diritto allo studio"), settore=S_SAP,
         resp="dott. Stefano Rinaudo",
         descr="Lo scuolabus comunale trasporta 74 alunni su due percorsi; le frazioni di Tetti Boglione e "
               "Madonna del Gerbo restano senza servizio al rientro pomeridiano. Le iscrizioni si raccolgono ancora "
               "su moduli cartacei.",
         risultato="Servizio esteso al rientro pomeridiano per le due frazioni e iscrizioni solo on line dall'anno "
                   "scolastico 2026/2027",
         fasi=[("Studio dei nuovi percorsi con l'Istituto comprensivo", "febbraio-marzo 2026"),
               ("Apertura delle iscrizioni on line", "maggio-giugno 2026"),
               ("Avvio del nuovo percorso", "settembre 2026")],
         termine=None,
         ind=[("Alunni trasportati", "85", "90", "90"),
              ("Iscrizioni presentate on line", "100%", "100%", "100%")],
         stk=["famiglie degli alunni", "Istituto comprensivo", "ditta del servizio di accompagnamento"],
         pers=["GIUSIANO Marta (istruttore amministrativo)", "BOTTERO Renato (autista scuolabus)"]),
    dict(code="SAP.02", title="Biblioteca digitale: prestito di e-book e laboratori di facilitazione",
         strat=(L5, "OS 5.3 – Cultura e biblioteca"), settore=S_SAP,
         resp="Responsabile Settore Servizi alla persona",
         descr='La biblioteca civica "Teresio Arnaudo" non offre ancora il prestito digitale; nel 2025 i prestiti '
               'sono stati 6.850, il 12% in meno rispetto al 2023. Molti anziani chiedono aiuto allo sportello per '
               'usare SPID e fascicolo sanitario elettronico.',
         risultato="Adesione a una piattaforma di prestito digitale, almeno 300 prestiti di e-book nel 2026 e 8 "
                   "laboratori di facilitazione digitale",
         fasi=[("Adesione alla piattaforma di prestito digitale del sistema bibliotecario", "entro marzo 2026"),
               ('Laboratori "Clicca con noi" il mercoledì pomeriggio', "aprile-giugno e ottobre-novembre 2026")],
         termine=None,
         ind=[("Prestiti di e-book", "300", "450", "600"),
              ("Laboratori di facilitazione digitale", "8", "8", "10")],
         stk=["utenti della biblioteca", "anziani", "volontari del servizio civile", "sistema bibliotecario"],
         pers=["OCCELLI Giorgia (bibliotecaria)"]),
]

T_ORG_TITLE = "ORGANIGRAMMA AL 1° GENNAIO 2026"
T_ORG_HEAD = ["Settore", "Responsabile", "Servizi"]
T_ORG = [
    (S_AMM, "dott.ssa Ivana Bertola (EQ)",
     "Segreteria e affari generali; protocollo e archivio; anagrafe, stato civile ed elettorale; URP; messi "
     "notificatori"),
    (S_FIN, "rag. Marisa Chiapello (EQ)",
     "Ragioneria e bilancio; economato; tributi locali (IMU, TARI, canone unico); trattamento economico del "
     "personale"),
    (S_TEC, "ing. Davide Ghisolfi (EQ)",
     "Lavori pubblici; manutenzioni e squadra operai; cimiteri; protezione civile; verde pubblico"),
    (S_URB, "arch. Elena Bongiovanni (EQ)",
     "Edilizia privata e urbanistica; SUAP e commercio; mercato settimanale; ecologia e rifiuti; randagismo e "
     "canile; sportello energia"),
    (S_SAP, "dott. Stefano Rinaudo (EQ)",
     "Servizi sociali; istruzione e trasporto scolastico; biblioteca civica; cultura, sport e tempo libero"),
]
T_STAFF_ROW = ("Totale dipendenti al 01/01/2026", "31")
T_NOTE_TITLE = "NOTE SULL'ORGANIZZAZIONE"
T_PROSE = ("Il Segretario comunale è il dott. Giorgio Abrate, titolare della segreteria convenzionata con il Comune "
           "di Castelrovere (quota di Pontevasco 60%), che è anche Responsabile della prevenzione della corruzione "
           "e della trasparenza (RPCT) e presiede la conferenza dei Responsabili di Settore. Il Sindaco, Luisa "
           "Dutto, ha tenuto per sé le deleghe a bilancio, personale e protezione civile. Il Vicesindaco Enrico "
           "Ferrero ha le deleghe a lavori pubblici, cimiteri e viabilità; l'assessora Carla Olivero segue "
           "istruzione, trasporto scolastico, biblioteca e cultura; l'assessore Matteo Giordanengo segue "
           "commercio, mercato, ambiente ed energia. La valutazione della performance dei Responsabili spetta "
           "all'Organismo indipendente di valutazione in forma monocratica.")
T_END = "Fine estrazione – 13 obiettivi, 5 settori"

CRLF = "\r\n"


def t_obj(code: str) -> dict:
    return next(o for o in T_OBJ if o["code"] == code)


def fasi_lines(o: dict) -> list[str]:
    out = [f"{i}) {d} – {t}" for i, (d, t) in enumerate(o["fasi"], 1)]
    if o["termine"]:
        out.append(f"Termine finale: {o['termine']}")
    return out


def t_cells(o: dict) -> list[str]:
    """the 14 logical cell values of one objective (embedded line breaks as '\n')."""
    strat = o["strat"][0] + ("\n" + o["strat"][1] if o["strat"][1] else "")
    return [o["code"], o["title"], strat, o["settore"], o["resp"], o["descr"], o["risultato"],
            "\n".join(fasi_lines(o)), "\n".join(i[0] for i in o["ind"]), "\n".join(i[1] for i in o["ind"]),
            "\n".join(i[2] for i in o["ind"]), "\n".join(i[3] for i in o["ind"]), "; ".join(o["stk"]),
            "; ".join(o["pers"])]


def csv_field(v: str) -> str:
    """quote like the export tool: when needed (';', '"', line break) or for long free text (> 40 characters)."""
    if any(c in v for c in ';"\n') or len(v) > 40:
        return '"' + v.replace('"', '""') + '"'
    return v


def csv_row(cells: list[str]) -> str:
    return ";".join(csv_field(c) for c in cells)


def build_txt() -> bytes:
    lines = [csv_row([k, v]) for k, v in T_INTRO]
    lines += ["", T_TABLE_TITLE, csv_row(T_HEAD)]
    lines += [csv_row(t_cells(o)) for o in T_OBJ]
    lines += ["", T_ORG_TITLE, csv_row(T_ORG_HEAD)]
    lines += [csv_row(list(r)) for r in T_ORG]
    lines += [csv_row(list(T_STAFF_ROW))]
    lines += ["", T_NOTE_TITLE, T_PROSE, "", T_END]
    return (CRLF.join(lines) + CRLF).encode("utf-8")


# =============================================================================================================
# 2. Comune di Montalbiera (two-column PDF bulletin)
# =============================================================================================================
P_ENTE = "Comune di Montalbiera"
P_RUNNING = "Comune di Montalbiera (AR) – PIAO 2026-2028 – Notiziario per il personale n. 1/2026"
P_TITLE = [
    ("COMUNE DI MONTALBIERA", 15, "B"),
    ("Provincia di Arezzo", 10, ""),
    ("Il PIAO 2026-2028 in breve", 13, "B"),
    ("Piano Integrato di Attività e Organizzazione – sintesi per il personale", 9.5, "I"),
    ("Approvato con deliberazione della Giunta comunale n. 9 del 27 gennaio 2026", 9.5, ""),
]

L_A = "Montalbiera semplice e digitale"
L_B = "Conti in ordine"
L_C = "Territorio curato e sicuro"
L_D = "Comunità, scuola e lavoro"
SET1 = "Settore Affari generali e Servizi alla persona"
SET2 = "Settore Finanziario"
SET3 = "Settore Tecnico"
SET4 = "Settore Polizia municipale e Attività produttive"

# footnotes (text in the column where the marker is drawn)
P_NOTES = {
    1: "Dati del controllo di gestione al 31 dicembre 2025; la percentuale di raccolta differenziata è quella "
       "certificata dall'Agenzia regionale recupero risorse.",
    2: "Il riordino è finanziato per € 12.000,00 dalla Regione Toscana, su un costo complessivo di € 18.500,00; "
       "la differenza è a carico del bilancio comunale.",
    3: "Con il terzo percorso il costo annuo del servizio passa da € 96.000,00 a € 121.000,00; la tariffa per le "
       "famiglie resta di € 180,00 l'anno per il primo figlio.",
    4: "Gettito del canone unico accertato nel 2025: € 68.400,00, di cui € 21.700,00 da mezzi pubblicitari.",
    5: "Quadro economico di € 210.000,00: mutuo della Cassa depositi e prestiti per € 150.000,00 e proventi delle "
       "concessioni cimiteriali per € 60.000,00.",
    6: "Importo a base di gara: € 74.000,00 l'anno per tre anni, IVA esclusa.",
    7: "Le 18 colonnine elettriche costano € 43.500,00, finanziate con fondi propri del bilancio 2026.",
}

P_CHI_SIAMO = [
    "Montalbiera conta 5.870 abitanti al 31 dicembre 2025 (erano 5.932 un anno prima), distribuiti tra il "
    "capoluogo e le frazioni di Casalta di Sotto, Ponte a Rèsina e Pieve al Salceto. Il Sindaco è Paolo Nannetti, "
    "eletto nel giugno 2024. Al 1° gennaio 2026 lavorano per il Comune 34 dipendenti, di cui 6 agenti di Polizia "
    "municipale.",
    "Il PIAO 2026-2028 è stato approvato con deliberazione della Giunta comunale n. 9 del 27 gennaio 2026. Questo "
    "notiziario ne riassume i contenuti per chi lavora in Comune: il testo integrale è pubblicato in "
    "Amministrazione trasparente, sezione Disposizioni generali.",
]
P_VALORE = [
    "Il valore pubblico che vogliamo generare si misura con pochi numeri, confrontati con gli anni passati.",
    "Servizi on line. Nel 2025 le istanze presentate on line erano il 34% del totale, contro il 21% del 2024; "
    "l'obiettivo per il 2026 è il 50% e per il 2028 il 70%.",
    "Ambiente. La raccolta differenziata certificata{fn:1} è salita dal 58,4% del 2024 al 61,2% del 2025 e deve arrivare al 65% "
    "nel 2026.",
    "Pagamenti. Il tempo medio di pagamento delle fatture è sceso da 47 giorni nel 2024 a 41 nel 2025; nel 2026 "
    "deve scendere a 30.",
    "Cultura. I prestiti della biblioteca comunale erano 7.900 nel 2023 e sono scesi a 6.350 nel 2025; con il "
    "prestito digitale si punta a tornare sopra i 7.000 nel 2027.",
]
P_OBJ_INTRO = ("Gli obiettivi che seguono sono assegnati ai quattro Settori con il Piano esecutivo di gestione 2026. "
               "Per ciascuno raccontiamo perché lo facciamo, chi ne risponde, le tappe e come misureremo i "
               "risultati; i numeri completi sono nelle schede allegate al PEG.")

# The objectives. text uses tags: {mot:..} motivazione, {val:..} valore atteso, {resp:..}, {set:..}, {lin:..},
# {scad:..}, {fase:descrizione|tempi} (rendered "descrizione (tempi)"), {ind:..} indicator name, {t26:..} the 2026
# target of the indicator tagged just before, {stk:..}, {dip:..} named staff, {fn:n} footnote marker.
# "settore" is given explicitly when the text names it only inside a role ({resp:Responsabile del Settore ...}).
P_OBJ = [
    dict(code="OB.01", title="Riordino e inventario dell'archivio storico", text=(
        "{mot:L'archivio storico comunale conserva documenti dal 1809 in poi, ma l'ultimo inventario risale al 1978 "
        "e oltre metà delle buste non è descritta; chi vuole consultarlo deve prenotarsi con settimane di anticipo}. "
        "Ne risponde la {resp:dott.ssa Chiara Menchetti}, responsabile del {set:" + SET1 + "}, che vi impiega due "
        "dipendenti del servizio Protocollo e archivio, {dip:Anna Lachi} e {dip:Mario Fabbrini}. L'obiettivo "
        "rientra nella linea strategica «{lin:" + L_A + "}». {val:Alla fine del triennio l'archivio dovrà avere un "
        "inventario completo delle 640 buste, pubblicato sul sito del Comune e consultabile da casa}. Si comincia "
        "con la {fase:schedatura delle buste|gennaio-giugno 2026}, poi l'{fase:inserimento delle schede nel "
        "software di descrizione archivistica|luglio-dicembre 2026} e infine la {fase:pubblicazione "
        "dell'inventario on line|entro marzo 2027}. Le {ind:buste inventariate}, nessuna a fine 2025, dovranno "
        "essere {t26:320} nel 2026 e tutte le 640 nel 2027. Ne beneficeranno {stk:studiosi}, {stk:scuole} e "
        "{stk:cittadini interessati alla storia locale}; il lavoro è seguito dalla {stk:Soprintendenza archivistica "
        "e bibliografica della Toscana}, che ha già dato il suo assenso al progetto{fn:2}.")),
    dict(code="OB.02", title="Trasporto scolastico: un terzo percorso", settore=SET1, text=(
        "Nell'anno scolastico 2025/2026 lo scuolabus comunale trasporta 58 alunni su due linee, mentre le domande "
        "erano 71: {mot:le famiglie delle frazioni di Casalta di Sotto e Ponte a Rèsina restano escluse perché i "
        "percorsi attuali superano i 45 minuti di viaggio}. L'obiettivo, inserito nella linea «{lin:" + L_D + "}», "
        "è affidato al {resp:Responsabile del " + SET1 + "}. {val:Con un terzo percorso e le iscrizioni solo on "
        "line il Comune conta di accogliere tutte le domande dal settembre 2026}. Il calendario prevede lo "
        "{fase:studio dei percorsi con l'Istituto comprensivo|febbraio-marzo 2026}, la {fase:gara per il noleggio "
        "del terzo mezzo con autista|aprile-giugno 2026}, le {fase:iscrizioni on line|maggio 2026} e la "
        "{fase:partenza del nuovo servizio|14 settembre 2026}. Gli {ind:alunni trasportati}, 58 nel 2025, dovranno "
        "salire a {t26:72} nel 2026 e a 75 nel 2027 e nel 2028. Interessati sono soprattutto le {stk:famiglie degli "
        "alunni}, l'{stk:Istituto comprensivo «Valle del Salceto»} e la {stk:ditta di noleggio}. Vi lavorano "
        "quattro dipendenti tra ufficio scuola e autisti{fn:3}.")),
    dict(code="OB.03", title="Biblioteca digitale e facilitazione", text=(
        "{mot:I prestiti della biblioteca comunale sono scesi da 7.900 nel 2023 a 6.350 nel 2025, mentre crescono "
        "le richieste di aiuto per SPID, fascicolo sanitario e pagamenti on line}. Per questo il {set:" + SET1 + "}, "
        "con la responsabile {resp:dott.ssa Chiara Menchetti}, porta avanti un obiettivo della linea «{lin:" + L_A
        + "}». {val:In biblioteca arrivano il prestito di e-book e un punto di facilitazione digitale aperto due "
        "pomeriggi alla settimana}. Le tappe sono l'{fase:adesione alla rete di prestito digitale|entro febbraio "
        "2026}, la {fase:formazione di due facilitatori|marzo 2026} e l'{fase:apertura del punto di "
        "facilitazione|aprile 2026}: il punto deve essere operativo entro il {scad:30 aprile 2026}. Si misureranno "
        "i {ind:prestiti di e-book}, che nel 2026 dovranno essere {t26:400} e nel 2027 600, e i {ind:cittadini "
        "assistiti dal punto di facilitazione}, almeno {t26:250} nel 2026. Se ne avvantaggiano {stk:utenti "
        "della biblioteca}, {stk:anziani} e {stk:studenti}. Vi operano la bibliotecaria {dip:Giulia Scarpelli} e "
        "due volontari del servizio civile.")),
    dict(code="OB.04", title="Pagamenti ai fornitori entro 30 giorni", text=(
        "{mot:Nel 2025 il tempo medio di pagamento delle fatture è stato di 41 giorni, oltre il limite di legge di "
        "30, e l'indicatore di ritardo è risultato positivo, con il rischio di dover accantonare risorse nel fondo "
        "di garanzia dei debiti commerciali}. Se ne occupa il {resp:rag. Lorenzo Bracciali}, a capo del {set:" + SET2
        + "}, con i colleghi {dip:Elena Burroni} e {dip:Luca Mencarelli} dell'ufficio ragioneria; la linea di "
        "riferimento è «{lin:" + L_B + "}». {val:Il risultato atteso è pagare tutte le fatture entro 30 giorni dal "
        "ricevimento, con un indicatore di ritardo negativo in ogni trimestre}. Le fasi: {fase:mappatura dei "
        "passaggi di liquidazione nei Settori|gennaio-febbraio 2026}, {fase:nuova procedura di liquidazione "
        "digitale|da marzo 2026} e {fase:monitoraggio trimestrale in Giunta|aprile, luglio e ottobre 2026}. Il "
        "{ind:tempo medio di pagamento} dovrà scendere dai 41 giorni del 2025 a {t26:30 giorni} nel 2026 e a 28 "
        "giorni nel 2027 e nel 2028. Ne traggono vantaggio le {stk:imprese fornitrici} e i {stk:professionisti} "
        "che lavorano per il Comune.")),
    dict(code="OB.05", title="Banca dati unica del canone patrimoniale", settore=SET2, text=(
        "{mot:Il canone unico patrimoniale ha sostituito la tassa di occupazione e l'imposta sulla pubblicità, ma "
        "le occupazioni di suolo pubblico sono ancora registrate su fogli di calcolo separati tra ufficio tributi e "
        "Polizia municipale}{fn:4}. L'obiettivo, che attua la linea «{lin:" + L_A + "}», fa capo al "
        "{resp:Responsabile del " + SET2 + "}. {val:Entro il 2026 tutte le occupazioni permanenti e i mezzi "
        "pubblicitari dovranno stare in un'unica banca dati collegata a pagoPA}. Si procede con il "
        "{fase:censimento delle occupazioni permanenti e dei mezzi pubblicitari|febbraio-maggio 2026}, il "
        "{fase:caricamento nella banca dati unica|giugno-settembre 2026} e l'{fase:invio degli avvisi di pagamento "
        "tramite pagoPA|ottobre-novembre 2026}; il termine è il {scad:30 novembre 2026}. Le {ind:posizioni censite "
        "nella banca dati} erano 185 nel 2025, l'obiettivo per il 2026 è {t26:420}. Riguarda {stk:commercianti}, "
        "{stk:pubblici esercizi con dehors} e {stk:imprese di pubblicità}. Sono coinvolti tre dipendenti: "
        "{dip:Silvia Pagliai} dei tributi, {dip:Daniele Magi} della Polizia municipale e {dip:Irene Ceccherini} "
        "del SUAP.")),
    dict(code="OB.06", title="Recupero dell'evasione TARI", text=(
        "{mot:Confrontando l'anagrafe con le utenze TARI sono emersi circa 210 nuclei familiari residenti non "
        "iscritti al tributo e 35 attività economiche con superfici dichiarate inferiori a quelle catastali}. Ne "
        "risponde il responsabile del {set:" + SET2 + "}, {resp:rag. Lorenzo Bracciali}, nell'ambito della linea "
        "«{lin:" + L_B + "}». {val:L'obiettivo è recuperare almeno 60.000 euro di tributo evaso nel 2026, "
        "alleggerendo la tariffa dei contribuenti in regola}. Prima l'{fase:incrocio tra anagrafe, catasto e banca "
        "dati TARI|gennaio-marzo 2026}, poi l'{fase:invio dei questionari|aprile-maggio 2026} e infine "
        "l'{fase:emissione degli avvisi di accertamento|settembre-dicembre 2026}, da chiudere entro il {scad:31 "
        "dicembre 2026}. Gli {ind:avvisi di accertamento TARI emessi} nel 2025 erano stati 64; nel 2026 dovranno "
        "essere {t26:180}, poi 120 nel 2027 e 100 nel 2028. Interessa i {stk:contribuenti} e il {stk:gestore del "
        "servizio rifiuti}. Il lavoro impegna due dipendenti dell'ufficio tributi per circa metà del loro tempo.")),
    dict(code="OB.07", title="Cimitero di Casalta: 60 nuovi loculi", settore=SET3, text=(
        "{mot:Nel cimitero di Casalta di Sotto restano 6 loculi liberi, a fronte di una media di 38 sepolture "
        "l'anno nei tre cimiteri comunali}. L'intervento{fn:5}, parte della linea «{lin:" + L_C + "}», è in capo al "
        "{resp:Responsabile del " + SET3 + "}. {val:Il nuovo blocco di 60 loculi e 24 ossari dovrà essere "
        "collaudato e messo a disposizione delle famiglie entro l'estate 2027}. Le tappe: {fase:progetto "
        "esecutivo|entro marzo 2026}, {fase:gara d'appalto|maggio-giugno 2026}, {fase:lavori|ottobre 2026-aprile "
        "2027}, {fase:collaudo e assegnazione dei loculi|giugno-luglio 2027}; la conclusione è fissata al "
        "{scad:31 luglio 2027}. L'{ind:avanzamento dei lavori} dovrà essere del {t26:25%} a fine 2026 e del 100% "
        "nel 2027. Ne beneficiano le {stk:famiglie}, le {stk:imprese di onoranze funebri} e la {stk:Misericordia di "
        "Montalbiera}, che gestisce il servizio di trasporto funebre. Segue il cantiere il geom. {dip:Franco "
        "Bigiarini}, con il supporto di un operaio.")),
    dict(code="OB.08", title="Piano di protezione civile e allerte via SMS", text=(
        "{mot:Il piano comunale di protezione civile è del 2016 e non recepisce le nuove aree a pericolosità "
        "idraulica del torrente Salceto; durante l'allerta arancione del novembre 2025 molti residenti della zona "
        "bassa non sono stati avvisati in tempo}. Ne risponde l'{resp:ing. Marco Tiezzi}, responsabile del "
        "{set:" + SET3 + "}, con la collaborazione della Polizia municipale (linea «{lin:" + L_C + "}»). {val:Il "
        "Comune vuole un piano aggiornato e approvato, un sistema di allerta via SMS e messaggi vocali con almeno "
        "1.500 numeri iscritti e un'esercitazione all'anno}. Il lavoro parte con l'{fase:aggiornamento degli "
        "scenari di rischio|gennaio-aprile 2026}, prosegue con l'{fase:approvazione del piano in Consiglio "
        "comunale|giugno 2026} e con la {fase:campagna di iscrizione al servizio di allerta|luglio-settembre 2026} "
        "e si chiude con l'{fase:esercitazione con le scuole|ottobre 2026}. I {ind:numeri iscritti al servizio di "
        "allerta} dovranno passare dai 420 di fine 2025 a {t26:1.500} nel 2026 e a 2.000 nel 2028. Sono "
        "interessati i {stk:residenti delle zone a rischio idraulico}, le {stk:scuole}, il {stk:volontariato di "
        "protezione civile} e la {stk:Prefettura di Arezzo}. Sono coinvolti cinque dipendenti tra Settore Tecnico "
        "e Polizia municipale.")),
    dict(code="OB.09", title="Verde pubblico con la cooperazione sociale", settore=SET3, text=(
        "{mot:La manutenzione delle 27 aree verdi comunali, circa 14 ettari, è oggi affidata a due soli operai, "
        "con sfalci ogni 5-6 settimane in estate e frequenti segnalazioni dei cittadini}. Anche questo obiettivo "
        "della linea «{lin:" + L_C + "}» è del {resp:Responsabile del " + SET3 + "}. {val:Si vuole affidare la "
        "manutenzione a una cooperativa sociale di tipo B, con sfalci ogni tre settimane e l'inserimento lavorativo "
        "di almeno 3 persone svantaggiate}{fn:6}. Sono previsti il {fase:progetto del servizio e capitolato|"
        "gennaio-febbraio 2026}, la {fase:procedura riservata alle cooperative sociali|marzo-aprile 2026} e "
        "l'{fase:avvio del servizio|maggio 2026}. Gli {ind:sfalci annui per area verde} erano 5 nel 2025 e saranno "
        "{t26:8} nel 2026; le {ind:segnalazioni dei cittadini sul verde} dovranno scendere dalle 96 del 2025 a "
        "{t26:50} nel 2026. Ne beneficiano {stk:cittadini}, {stk:cooperative sociali} e {stk:persone svantaggiate in cerca "
        "di lavoro}. Il servizio è seguito dal geom. {dip:Franco Bigiarini}.")),
    dict(code="OB.10", title="Strade scolastiche più sicure", text=(
        "{mot:Nel 2025 la Polizia municipale ha rilevato 23 incidenti con feriti sul territorio comunale, 4 dei "
        "quali nelle vie intorno al plesso scolastico di viale Petrarca, dove ogni mattina arrivano circa 300 "
        "alunni}. Ne risponde la {resp:comm. Roberta Salvadori}, comandante della Polizia municipale e "
        "responsabile del {set:" + SET4 + "}; la linea è «{lin:" + L_C + "}». {val:Strade scolastiche chiuse al "
        "traffico negli orari di ingresso e uscita, almeno 60 giornate di presidio degli agenti e nessun incidente "
        "davanti alle scuole}. Le fasi sono l'{fase:ordinanza sulle strade scolastiche|entro agosto 2026}, il "
        "{fase:progetto «Pedibus» con i genitori volontari|settembre 2026-maggio 2027} e le {fase:lezioni di "
        "educazione stradale nelle classi quarte e quinte|gennaio-marzo 2027}. Le {ind:giornate di presidio "
        "davanti alle scuole} erano 35 nel 2025, l'obiettivo per il 2026 è {t26:60}. Coinvolge {stk:alunni e "
        "famiglie}, l'{stk:Istituto comprensivo «Valle del Salceto»} e i {stk:genitori volontari del Pedibus}. "
        "Sono impegnati tutti e sei gli agenti del Comando.")),
    dict(code="OB.11", title="Mercato del martedì in via dei Tigli", settore=SET4, text=(
        "{mot:Il mercato del martedì, con 52 posteggi, occupa piazza Garibaldi e via Roma, dove nel 2026 partono i "
        "lavori di rifacimento della fognatura; diversi operatori lamentano inoltre la mancanza di allacci "
        "elettrici}. L'obiettivo della linea «{lin:" + L_D + "}» fa capo al {resp:Responsabile del " + SET4 + "}, "
        "in raccordo con il Settore Tecnico. {val:Il mercato va trasferito nell'area di via dei Tigli, con 52 "
        "posteggi dotati di colonnine elettriche e senza perdere operatori}{fn:7}. Si parte dalla "
        "{fase:planimetria della nuova area e confronto con le associazioni di categoria|gennaio-marzo 2026}, poi "
        "la {fase:riassegnazione dei posteggi|aprile-maggio 2026} e il {fase:primo mercato nella nuova area|9 "
        "giugno 2026}. I {ind:posteggi assegnati} nel 2025 erano 44 su 52; nel 2026 l'obiettivo è {t26:48}, nel "
        "2027 tutti i 52. Interessa {stk:operatori ambulanti}, {stk:associazioni di categoria} e {stk:residenti di "
        "via dei Tigli}. Ci lavorano {dip:Irene Ceccherini} del SUAP e {dip:Daniele Magi} della Polizia "
        "municipale.")),
    dict(code="OB.12", title="Randagismo e adozioni dal canile", text=(
        "{mot:Nel 2025 sono stati recuperati sul territorio 21 cani vaganti e il Comune ha speso circa 31.000 euro "
        "per il loro mantenimento nel canile convenzionato; solo 9 dei cani recuperati avevano il microchip}. "
        "L'obiettivo è seguito dalla {resp:comm. Roberta Salvadori} per il {set:" + SET4 + "} e rientra nella linea "
        "«{lin:" + L_C + "}». {val:Meno cani a carico del Comune grazie ai controlli sull'anagrafe canina e a una "
        "campagna per le adozioni, con una spesa di mantenimento sotto i 25.000 euro}. Sono previsti i "
        "{fase:controlli a campione sul microchip durante i servizi di pattuglia|marzo-novembre 2026} e una "
        "{fase:giornata delle adozioni con il canile convenzionato|ottobre 2026}. I {ind:cani adottati} dovranno "
        "passare da 8 nel 2025 a {t26:14} nel 2026. Ne sono interessati {stk:proprietari di cani}, il {stk:canile "
        "convenzionato}, l'{stk:ASL Toscana sud est} e le {stk:associazioni di volontariato animalista}.")),
]

P_RISCHI = [
    "Il Responsabile della prevenzione della corruzione e della trasparenza (RPCT) è il Segretario comunale. "
    "Nel 2025 sono stati mappati 54 processi, 7 dei quali a rischio alto: affidamenti diretti, concessioni "
    "cimiteriali, accertamenti tributari, permessi di costruire, assegnazione dei posteggi di mercato, sanzioni "
    "del codice della strada e contributi economici.",
    "Nel 2026 il controllo successivo di regolarità amministrativa riguarderà il 10% delle determinazioni, "
    "estratte a sorte ogni quadrimestre.",
]
P_ORG_INTRO = "La struttura è articolata in quattro Settori, ciascuno affidato a un incaricato di Elevata Qualificazione."
P_ORG = [
    "Il Segretario comunale, dott.ssa Rita Baldacci, titolare della segreteria convenzionata con il Comune di "
    "Valdicastro, coordina i Responsabili di Settore ed è RPCT.",
    "Il Settore Affari generali e Servizi alla persona, diretto dalla dott.ssa Chiara Menchetti, comprende i "
    "servizi segreteria e protocollo, archivio, anagrafe e stato civile, servizi sociali, scuola e trasporto "
    "scolastico, biblioteca e cultura; vi lavorano 11 dipendenti.",
    "Il Settore Finanziario, affidato al rag. Lorenzo Bracciali, comprende ragioneria, economato, tributi e "
    "gestione economica del personale, con 6 dipendenti.",
    "Il Settore Tecnico, diretto dall'ing. Marco Tiezzi, comprende i servizi lavori pubblici, manutenzioni e "
    "squadra operai, cimiteri, verde pubblico, protezione civile, urbanistica ed edilizia privata; conta 10 "
    "dipendenti, di cui 4 operai.",
    "Il Settore Polizia municipale e Attività produttive è guidato dalla comm. Roberta Salvadori, comandante "
    "della Polizia municipale; comprende Polizia municipale, SUAP, commercio, mercato e fiere, randagismo. Vi "
    "lavorano 7 dipendenti, di cui 6 agenti.",
    "La Giunta è composta dal Sindaco Paolo Nannetti, che tiene le deleghe a bilancio, personale e protezione "
    "civile, dalla Vicesindaca Cristina Lorenzini (scuola e servizi sociali) e dall'assessore Andrea Pucci "
    "(lavori pubblici, ambiente e commercio).",
]
P_FABB = ("Nel triennio sono previste quattro assunzioni: un istruttore tecnico per il Settore Tecnico e un agente di "
          "Polizia municipale nel 2026, un istruttore contabile per il Settore Finanziario nel 2027 e un "
          "bibliotecario nel 2028, quest'ultimo a copertura di un pensionamento. La spesa di personale resta "
          "sotto il limite di sostenibilità finanziaria fissato per i comuni della nostra fascia demografica.")
P_AGILE = ("Possono lavorare in modalità agile i dipendenti con attività che non richiedono la presenza allo "
           "sportello: nel 2025 hanno sottoscritto l'accordo 9 dipendenti su 34, per un massimo di 6 giorni al "
           "mese. Il budget della formazione 2026 è di € 4.800,00 (erano € 3.600,00 nel 2025), con almeno 20 ore "
           "a testa per i Responsabili di Settore.")

P_MONIT = ("Lo stato di avanzamento degli obiettivi viene verificato al 30 giugno e al 31 dicembre di ogni anno: i "
           "Responsabili di Settore compilano una breve relazione, il Segretario comunale la porta in Giunta e il "
           "Nucleo di valutazione, in forma monocratica, valida la Relazione sulla performance entro il 30 giugno "
           "dell'anno successivo. Le eventuali modifiche agli obiettivi sono approvate dalla Giunta con la "
           "variazione del Piano esecutivo di gestione.")

TAG = re.compile(r"\{(\w+):([^{}]*)\}")


def render(text: str) -> tuple[str, list[tuple[str, str]]]:
    """text with tags -> (printed text with [[n]] footnote markers, [(tag, value), ...] in order)."""
    tags: list[tuple[str, str]] = []

    def sub(m: re.Match) -> str:
        k, v = m.group(1), m.group(2)
        tags.append((k, v))
        if k == "fn":
            return f"[[{v}]]"
        if k == "fase":
            d, t = v.split("|")
            return f"{d} ({t})"
        return v
    return TAG.sub(sub, text), tags


def p_fields(o: dict) -> dict:
    """the record fields of one objective, read from its tags."""
    _txt, tags = render(o["text"])
    one = {k: v for k, v in tags if k in ("mot", "val", "resp", "set", "lin", "scad")}
    ind, fasi = [], []
    for k, v in tags:
        if k == "ind":
            ind.append({"nome": v, "target": None})
        elif k == "t26":
            ind[-1]["target"] = v
        elif k == "fase":
            d, t = v.split("|")
            fasi.append({"descrizione": d, "tempistica": t})
    return {"motivazione": one.get("mot"), "valore_atteso": one.get("val"), "responsabile": one.get("resp"),
            "settore": one.get("set", o.get("settore")), "area_strategica": one.get("lin"),
            "scadenza": one.get("scad"), "fasi": fasi, "indicatori": ind,
            "stakeholder": [v for k, v in tags if k == "stk"], "dipendenti": [v for k, v in tags if k == "dip"]}


def p_obj(code: str) -> dict:
    return next(o for o in P_OBJ if o["code"] == code)


MARK = re.compile(r"\[\[(\d+)\]\]")


def strip_marks(s: str) -> str:
    return MARK.sub("", s)


def runs_of(text: str, style: str = "") -> list[tuple[str, str]]:
    """split a text with [[n]] markers into runs; markers become ("n", "SUP")."""
    runs, pos = [], 0
    for m in MARK.finditer(text):
        if m.start() > pos:
            runs.append((text[pos:m.start()], style))
        runs.append((m.group(1), "SUP"))
        pos = m.end()
    if pos < len(text):
        runs.append((text[pos:], style))
    return runs


def tokens_of(runs: list[tuple[str, str]]) -> list[tuple[str, str, bool]]:
    """(word, style, glued_to_previous)."""
    toks: list[tuple[str, str, bool]] = []
    prev_space = True
    for text, style in runs:
        if style == "SUP":
            toks.append((text, "SUP", True))
            prev_space = False
            continue
        words = text.split(" ")
        for i, w in enumerate(words):
            if w == "":
                continue
            glued = (i == 0 and not prev_space and bool(toks))
            toks.append((w, style, glued))
        prev_space = text.endswith(" ")
    return toks


# page geometry (mm)
PW, PH = 210.0, 297.0
ML, MR = 16.0, 16.0
GUTTER = 7.0
COL_W = (PW - ML - MR - GUTTER) / 2
COL_X = [ML, ML + COL_W + GUTTER]
TOP, BOTTOM = 21.0, 279.0
B_SIZE, B_LH = 9.5, 4.6           # body text
H_SIZE = 10.5                     # section headings
N_SIZE, N_LH = 7.5, 3.4           # footnotes


def _build_pdf_once(stats: dict) -> bytes:
    from fpdf import FPDF

    class Doc(FPDF):
        def header(self):
            self.set_font("Helvetica", "I", 7)
            self.set_text_color(90, 90, 90)
            self.set_xy(ML, 9)
            self.cell(PW - ML - MR, 4, P_RUNNING)
            self.set_draw_color(150, 30, 30)
            self.set_line_width(0.3)
            self.line(ML, 14, PW - MR, 14)
            self.set_text_color(0, 0, 0)
            self.set_draw_color(0, 0, 0)

        def footer(self):
            self.set_font("Helvetica", "", 7)
            self.set_text_color(90, 90, 90)
            self.set_xy(ML, PH - 12)
            self.cell(PW - ML - MR, 4, f"Pagina {self.page_no()} di {{nb}}", align="C")
            self.set_text_color(0, 0, 0)

    pdf = Doc(orientation="P", format="A4", unit="mm")
    pdf.core_fonts_encoding = "windows-1252"
    pdf.set_auto_page_break(False)
    pdf.set_margins(ML, TOP, MR)
    pdf.c_margin = 0
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_title("Il PIAO 2026-2028 in breve - Comune di Montalbiera")
    pdf.set_author("Comune di Montalbiera - Segreteria generale")
    pdf.set_subject("Piano Integrato di Attivita e Organizzazione 2026-2028")
    pdf.set_creator("Scribus per Comune di Montalbiera")
    pdf.set_producer("fresh33 make_plan.py")
    pdf.set_lang("it-IT")

    st = stats
    st["note_pages"] = {}
    st["note_cols"] = {}
    st["title_lines"] = {}
    st["heading_pos"] = {}
    state = {"col": 0, "y": TOP, "top": TOP, "notes": [], "next_note": 1}

    def width(word, style, size):
        if style == "SUP":
            pdf.set_font("Helvetica", "", size)
            pdf.char_vpos = "SUP"
            w = pdf.get_string_width(word)
            pdf.char_vpos = "LINE"
            return w
        pdf.set_font("Helvetica", style, size)
        return pdf.get_string_width(word)

    def wrap(runs, w, size):
        toks = tokens_of(runs)
        space = width(" ", "", size)
        lines, cur, cur_w = [], [], 0.0
        for tok in toks:
            tw = width(tok[0], tok[1], size)
            add = tw if (tok[2] or not cur) else space + tw
            if cur and not tok[2] and cur_w + add > w:
                lines.append(cur)
                cur, cur_w = [tok], tw
            else:
                cur.append(tok)
                cur_w += add
        if cur:
            lines.append(cur)
        return lines

    def line_text(line):
        s = ""
        for i, (wd, _st, gl) in enumerate(line):
            s += wd if (i == 0 or gl) else " " + wd
        return s

    def draw_line(line, x, y, size, h):
        pieces: list[list] = []
        for i, (wd, sty, gl) in enumerate(line):
            if i > 0 and not gl:
                pieces[-1][0] += " "
            if pieces and pieces[-1][1] == sty:
                pieces[-1][0] += wd
            else:
                pieces.append([wd, sty])
        pdf.set_xy(x, y)
        for text, sty in pieces:
            if sty == "SUP":
                no = int(text)
                assert no == state["next_note"], f"footnote {no} drawn out of order"
                state["next_note"] += 1
                state["notes"].append(no)
                st["note_pages"][no] = pdf.page_no()
                st["note_cols"][no] = state["col"]
                pdf.set_font("Helvetica", "", size)
                pdf.char_vpos = "SUP"
                pdf.cell(pdf.get_string_width(text), h, text)
                pdf.char_vpos = "LINE"
            else:
                pdf.set_font("Helvetica", sty, size)
                pdf.cell(pdf.get_string_width(text), h, text)

    def marks_in(lines):
        return [int(wd) for ln in lines for wd, sty, _g in ln if sty == "SUP"]

    def note_lines(no):
        return wrap([(P_NOTES[no], "")], COL_W - 3.5, N_SIZE)

    def notes_h(nos):
        if not nos:
            return 0.0
        return 3.2 + sum(len(note_lines(n)) * N_LH + 0.6 for n in nos)

    def limit(extra=()):
        return BOTTOM - notes_h(state["notes"] + list(extra))

    def flush_notes():
        nos = state["notes"]
        if not nos:
            return
        x = COL_X[state["col"]]
        y = BOTTOM - notes_h(nos) + 1.2
        pdf.set_line_width(0.2)
        pdf.line(x, y, x + 25, y)
        y += 1.6
        for no in nos:
            pdf.set_xy(x, y)
            pdf.set_font("Helvetica", "", N_SIZE)
            pdf.char_vpos = "SUP"
            pdf.cell(3, N_LH, str(no))
            pdf.char_vpos = "LINE"
            for ln in note_lines(no):
                pdf.set_xy(x + 3.5, y)
                pdf.set_font("Helvetica", "", N_SIZE)
                t = line_text(ln)
                pdf.cell(pdf.get_string_width(t), N_LH, t)
                y += N_LH
            y += 0.6
        state["notes"] = []

    def next_column():
        flush_notes()
        if state["col"] == 0:
            state["col"] = 1
            state["y"] = state["top"]
        else:
            pdf.add_page()
            state["col"] = 0
            state["top"] = TOP
            state["y"] = TOP

    def heading(text, size=H_SIZE, before=2.5, after=1.2, color=(150, 30, 30)):
        lines = wrap([(text, "B")], COL_W, size)
        need = before + len(lines) * (size * 0.45) + after + 3 * B_LH
        if state["y"] + need > limit():
            next_column()
        elif state["y"] > state["top"] + 0.01:
            state["y"] += before
        pdf.set_text_color(*color)
        for ln in lines:
            draw_line(ln, COL_X[state["col"]], state["y"], size, size * 0.45)
            state["y"] += size * 0.45
        pdf.set_text_color(0, 0, 0)
        state["y"] += after

    def paragraph(runs, after=2.2, keep=2, code=None):
        lines = wrap(runs, COL_W, B_SIZE)
        if state["y"] + min(keep, len(lines)) * B_LH > limit(marks_in(lines[:keep])):
            next_column()
        if code:
            st["heading_pos"][code] = (pdf.page_no(), state["col"])
            st["title_lines"][code] = [strip_marks(line_text([t for t in ln if t[1] == "B"])) for ln in lines
                                       if any(t[1] == "B" for t in ln)]
        for ln in lines:
            if state["y"] + B_LH > limit(marks_in([ln])):
                next_column()
            draw_line(ln, COL_X[state["col"]], state["y"], B_SIZE, B_LH)
            state["y"] += B_LH
        state["y"] += after

    # ------------------------------------------------------------------ page 1: title block, full width
    pdf.add_page()
    y = 22.0
    for text, size, style in P_TITLE:
        pdf.set_font("Helvetica", style, size)
        pdf.set_xy(ML, y)
        pdf.cell(PW - ML - MR, size * 0.5, text, align="C")
        y += size * 0.5 + 1.6
    y += 1.5
    pdf.set_line_width(0.5)
    pdf.set_draw_color(150, 30, 30)
    pdf.line(ML, y, PW - MR, y)
    pdf.set_draw_color(0, 0, 0)
    state["top"] = y + 4
    state["y"] = state["top"]
    st["title_bottom"] = y
    # ------------------------------------------------------------------ columns
    heading("1. Il Comune in breve", before=0)
    for p in P_CHI_SIAMO:
        paragraph(runs_of(p))
    heading("2. Il valore pubblico che vogliamo creare")
    for p in P_VALORE:
        txt, _tags = render(p)
        lead, sep, rest = txt.partition(". ")
        if lead in ("Servizi on line", "Ambiente", "Pagamenti", "Cultura"):
            paragraph([(lead + ".", "B"), (" ", "")] + runs_of(rest))
        else:
            paragraph(runs_of(txt))
    heading("3. Gli obiettivi operativi 2026-2028")
    paragraph(runs_of(P_OBJ_INTRO))
    for o in P_OBJ:
        txt, _tags = render(o["text"])
        runs = [(f"{o['code']} – {o['title']}.", "B"), (" ", "")] + runs_of(txt)
        paragraph(runs, keep=3, code=o["code"])
    heading("4. Rischi corruttivi e trasparenza")
    for p in P_RISCHI:
        paragraph(runs_of(p))
    heading("5. Come siamo organizzati")
    paragraph(runs_of(P_ORG_INTRO))
    for p in P_ORG:
        paragraph(runs_of(p))
    heading("6. Assunzioni, lavoro agile e formazione")
    paragraph(runs_of(P_FABB))
    paragraph(runs_of(P_AGILE))
    heading("7. Monitoraggio")
    paragraph(runs_of(P_MONIT))
    flush_notes()
    st["pages"] = pdf.page_no()
    st["last_col"] = state["col"]
    assert state["next_note"] == len(P_NOTES) + 1, "not every footnote was drawn"
    return bytes(pdf.output())


def build_pdf(stats: dict | None = None) -> bytes:
    st: dict = {}
    data = _build_pdf_once(st)
    if stats is not None:
        stats.update(st)
    return data


def build(stats: dict | None = None) -> dict[str, bytes]:
    return {TXT_NAME: build_txt(), PDF_NAME: build_pdf(stats)}


def main(argv: list[str]) -> None:
    out = Path(argv[1]) if len(argv) > 1 else DOCS
    out.mkdir(parents=True, exist_ok=True)
    st: dict = {}
    for name, data in build(st).items():
        (out / name).write_bytes(data)
        print(f"wrote {out / name} ({len(data)} bytes)")
    print(f"pdf: {st['pages']} pages; footnotes (page, column): "
          f"{ {n: (st['note_pages'][n], st['note_cols'][n]) for n in st['note_pages']} }; "
          f"headings (page, column): {st['heading_pos']}")


if __name__ == "__main__":
    main(sys.argv)
