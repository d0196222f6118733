"""Write docs/castelmarzano_piao-2026-2028_performance-organizzazione.pdf: the PIAO 2026-2028 of the FICTIONAL
Comune di Castelmarzano (Provincia di Macerata, Marche).  All people, firms, places and figures are invented.

Layout (new for this set; all pages A4 portrait):

* running header on every page: "Comune di Castelmarzano (MC) – PIAO 2026-2028" on the left and the current
  section on the right; footer "Pagina X di Y" (centered);
* Sezione 1 (anagrafica, Giunta) and 2.1 (valore pubblico) in prose;
* Sezione 2.2 Performance: the operational objectives are NUMBERED PROSE, not a table.  Headings
  "Obiettivo strategico 1.1 – ..." group headings "Obiettivo operativo 1.1.1 – <titolo>"; each body is running
  prose (motivation, expected value, phases with months, and the indicator(s) inline: "L'indicatore è ...
  (valore di partenza 2025: ...; target 2026: ..., 2027: ..., 2028: ...)").  Some objectives have two
  indicators; bodies flow freely across page breaks.  The objectives NEVER name a person or the responsible
  structure;
* Tabella 1 "Matrice obiettivi / strutture": a ruled matrix, rows = objective code + short title, columns =
  the six Aree by abbreviation (AG, EF, LP, UA, SP, PL), cells "R" / "C" / empty, with a legend under it;
* Tabella 2 "Indicatori di salute finanziaria e tempi di pagamento" (2023, 2024, 2025, obiettivo 2026);
* Sezione 2.3: a short risk / trasparenza paragraph (the RPCT is "il Segretario generale", not named there);
* Sezione 3.1: the org chart as a ruled table "Area / Settore | Responsabile (EQ) | Servizi e uffici |
  Dipendenti assegnati" with wrapping cells: Area 1 ad interim to the Segretario generale (named only in the
  prose of 3.1), one architect heading Aree 3 and 4, Area 5 whose head changes on 01/04/2026;
* Sezione 3.2: a short paragraph on staffing needs.

So "who is responsible for objective X" needs: objective -> matrix row -> column with "R" -> legend ->
org-chart row -> person (and, for Area 1, -> Segretario generale -> name in the 3.1 prose).

Every text line is drawn with its own text operator at an absolute position; table cells are top-aligned, so
pypdf extracts a table row as one line per visual line with the cells of that visual line side by side.
Deterministic: no randomness, fixed creation date, core Helvetica (cp1252).  Needs fpdf2.

Usage: /work/main/.venv/bin/python benchmarks/fresh21/make_plan.py
"""
from __future__ import annotations

import datetime
from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).resolve().parent
NAME = "castelmarzano_piao-2026-2028_performance-organizzazione.pdf"
OUT = HERE / "docs" / NAME

MARGIN = 18.0
BODY_TOP = 24.0
BOTTOM_GAP = 20.0
PAD = 1.3
PT = 25.4 / 72.0
RUNNING = "Comune di Castelmarzano (MC) – PIAO 2026-2028"

# ------------------------------------------------------------------------------------------------------------
# content
# ------------------------------------------------------------------------------------------------------------

TITLE = [("COMUNE DI CASTELMARZANO", "B", 16), ("Provincia di Macerata", "", 12), ("", "", 0),
         ("PIANO INTEGRATO DI ATTIVITÀ E ORGANIZZAZIONE", "B", 15), ("2026 – 2028", "B", 13),
         ("Sottosezioni Performance e Struttura organizzativa", "", 11),
         ("(art. 6 D.L. 9 giugno 2021, n. 80 – D.M. 30 giugno 2022, n. 132)", "", 10)]
APPROVAL = "Approvato con deliberazione della Giunta comunale n. 14 del 29/01/2026"

ANAGRAFICA = (
    "Il Comune di Castelmarzano, in provincia di Macerata, conta 7.318 abitanti al 31/12/2025 e si estende su "
    "una superficie di 42,6 kmq; oltre al capoluogo comprende le frazioni di Colbassano e Villa Ripe, dove ha "
    "sede una delegazione comunale aperta due mattine alla settimana. Al 01/01/2026 i dipendenti a tempo "
    "indeterminato sono 47. La sede municipale è in Piazza della Libertà 3; la posta elettronica certificata è "
    "comune.castelmarzano@pec.it.")
GIUNTA = (
    "La Giunta comunale è presieduta dal Sindaco Lorenzo Pigini, che mantiene le deleghe al personale e alla "
    "protezione civile, ed è composta dalla Vicesindaca Elena Vallesi (bilancio, tributi e attività "
    "produttive), dall'assessore Stefano Ripanti (lavori pubblici, urbanistica e ambiente) e dall'assessora "
    "Chiara Tombolini (servizi sociali, scuola, cultura e sport).")
VALORE = (
    "Il valore pubblico che l'Amministrazione intende generare nel triennio discende dalle linee programmatiche "
    "di mandato e dal DUP 2026-2028 ed è articolato in tre linee: un Comune semplice, digitale e con i conti in "
    "ordine; un territorio curato, sicuro e sostenibile; una comunità che si prende cura delle persone e offre "
    "occasioni di cultura e di sport. Ciascuna linea è declinata in obiettivi strategici e in obiettivi "
    "operativi, descritti nella sottosezione 2.2.")
PERF_INTRO = (
    "Per ciascun obiettivo operativo sono descritti di seguito la motivazione, il valore atteso, le principali "
    "fasi di attuazione con i relativi tempi e l'indicatore o gli indicatori di risultato, con il valore di "
    "partenza 2025 e i target del triennio. Le strutture responsabili e quelle che concorrono alla "
    "realizzazione di ciascun obiettivo sono indicate nella Matrice obiettivi / strutture (Tabella 1), posta "
    "al termine della sottosezione.")

AREAS = ["AG", "EF", "LP", "UA", "SP", "PL"]
LEGEND = (
    "Legenda strutture: AG = Area 1 Affari generali e servizi demografici; EF = Area 2 Economico-finanziaria "
    "e tributi; LP = Area 3 Tecnica – lavori pubblici e patrimonio; UA = Area 4 Urbanistica, ambiente e SUAP; "
    "SP = Area 5 Servizi alla persona; PL = Area 6 Polizia locale.")
LEGEND2 = (
    "R = struttura responsabile dell'obiettivo; C = struttura che concorre alla realizzazione dell'obiettivo; "
    "cella vuota = struttura non coinvolta.")


def ind(name, base, t26, t27, t28):
    return (name, base, t26, t27, t28)


# Operational objectives, grouped by strategic objective.
# code, title, short title (matrix), body (prose WITHOUT the indicator sentence), indicators, matrix cells
STRATEGIC = [
    ("1.1", "Amministrazione digitale e semplificazione", [
        ("1.1.1", "Fascicolo elettronico e conservazione a norma", "Fascicolo elettronico e conservazione",
         "Oggi una parte rilevante della corrispondenza in entrata viene ancora stampata e conservata in "
         "fascicoli cartacei, con duplicazioni e tempi di ricerca lunghi. L'obiettivo porta alla formazione del "
         "fascicolo informatico per tutti i procedimenti e al versamento periodico dei documenti al sistema di "
         "conservazione a norma, riducendo l'uso della carta e rendendo gli atti consultabili da tutti gli "
         "uffici. Tra gennaio e marzo 2026 si procede alla revisione del titolario di classificazione; tra "
         "aprile e giugno 2026 si svolge la formazione degli operatori di protocollo e dei referenti degli "
         "uffici; da luglio a dicembre 2026 la fascicolazione elettronica diventa obbligatoria per tutti i "
         "documenti in entrata.",
         [ind("la percentuale di documenti in entrata fascicolati elettronicamente", "35%", "70%", "90%",
              "100%")],
         {"AG": "R", "UA": "C", "SP": "C"}),
        ("1.1.2", "Servizi demografici on line e carta d'identità elettronica", "Certificati on line e agenda CIE",
         "Le richieste di certificati allo sportello e i tempi di attesa per la carta d'identità elettronica "
         "sono state nel 2025 la prima causa di reclamo dei cittadini. Con l'attivazione del portale dei servizi "
         "demografici collegato all'ANPR i certificati potranno essere scaricati on line, mentre l'agenda degli "
         "appuntamenti CIE sarà ampliata con due aperture pomeridiane a settimana e un sabato al mese presso la "
         "delegazione di Colbassano. Il portale è attivato entro febbraio 2026 e le aperture aggiuntive partono "
         "da marzo 2026.",
         [ind("il numero di certificati anagrafici rilasciati on line", "1.240", "1.800", "2.300", "2.700"),
          ind("il tempo medio di attesa per l'appuntamento CIE, in giorni", "34", "20", "15", "10")],
         {"AG": "R"}),
        ("1.1.3", "Sportello telematico per l'edilizia e le attività produttive", "Sportello telematico SUE e SUAP",
         "La presentazione delle pratiche edilizie avviene ancora in parte via PEC o su carta, con istruttorie "
         "che richiedono la ricopiatura dei dati. L'obiettivo prevede l'uso esclusivo del portale telematico per "
         "lo sportello unico per l'edilizia e per lo sportello unico per le attività produttive, con il "
         "pagamento dei diritti di segreteria tramite pagoPA, a vantaggio dei professionisti e delle imprese del "
         "territorio. La configurazione della modulistica si conclude entro aprile 2026, tra maggio e giugno "
         "2026 si tengono due incontri con gli ordini professionali e dal 1° settembre 2026 le istanze "
         "cartacee non sono più accettate.",
         [ind("la percentuale di pratiche edilizie presentate in via telematica", "62%", "85%", "95%", "100%")],
         {"AG": "C", "EF": "C", "UA": "R"}),
        ("1.1.4", "Trasparenza e qualità dei dati pubblicati", "Trasparenza e qualità dei dati",
         "La verifica sugli obblighi di pubblicazione svolta alla fine del 2025 ha rilevato sezioni di "
         "Amministrazione trasparente incomplete o non aggiornate, soprattutto per i provvedimenti e i "
         "contratti. Ogni struttura individua un referente per la pubblicazione e sono introdotte verifiche "
         "semestrali con un'apposita griglia, i cui esiti sono trasmessi alla Giunta; il valore atteso è una "
         "sezione completa e aggiornata, consultabile senza richieste di accesso civico. La griglia di "
         "rilevazione è adottata entro marzo 2026 e le verifiche si svolgono a giugno e a dicembre di ogni anno.",
         [ind("la percentuale di obblighi di pubblicazione assolti alla verifica semestrale", "78%", "90%",
              "95%", "100%")],
         {"AG": "R", "EF": "C", "LP": "C", "UA": "C", "SP": "C", "PL": "C"}),
    ]),
    ("1.2", "Equità fiscale e solidità del bilancio", [
        ("1.2.1", "Recupero dell'evasione IMU e TARI", "Recupero evasione IMU e TARI",
         "Il confronto tra le banche dati catastali, anagrafiche e delle utenze ha evidenziato nel 2025 numerose "
         "posizioni IMU e TARI non dichiarate o dichiarate in misura inferiore, soprattutto tra le seconde case "
         "delle frazioni. Recuperare queste somme significa distribuire il carico fiscale in modo più equo e "
         "sostenere gli equilibri di bilancio senza aumentare le aliquote. Tra gennaio e aprile 2026 si completa "
         "l'incrocio delle banche dati, tra maggio e ottobre 2026 si emettono gli avvisi di accertamento per le "
         "annualità 2021 e 2022 e a novembre e dicembre 2026 si avvia la riscossione coattiva degli avvisi non "
         "pagati.",
         [ind("l'importo complessivamente accertato", "€ 148.000", "€ 170.000", "€ 185.000", "€ 190.000"),
          ind("la percentuale di riscossione degli avvisi emessi", "58%", "65%", "70%", "72%")],
         {"EF": "R", "UA": "C", "PL": "C"}),
        ("1.2.2", "Riduzione dei tempi di pagamento delle fatture", "Tempi di pagamento delle fatture",
         "Il rispetto dei tempi di pagamento dei fornitori evita l'accantonamento al fondo di garanzia dei "
         "debiti commerciali e sostiene la liquidità delle piccole imprese locali. Il miglioramento ottenuto "
         "nell'ultimo triennio va consolidato riducendo i tempi di liquidazione: dal 2026 ogni ufficio deve "
         "trasmettere l'atto di liquidazione entro 15 giorni dal ricevimento della fattura. Entro febbraio 2026 "
         "è adottata una circolare operativa sul ciclo passivo e da marzo 2026 è pubblicato un report mensile "
         "delle fatture in scadenza.",
         [ind("il tempo medio di pagamento delle fatture, in giorni", "27", "25", "23", "22")],
         {"EF": "R", "LP": "C", "SP": "C"}),
    ]),
    ("2.1", "Cura del territorio e sicurezza", [
        ("2.1.1", "Manutenzione programmata delle strade comunali", "Manutenzione delle strade comunali",
         "Molte strade comunali, in particolare quelle di collegamento con Colbassano e Villa Ripe, presentano "
         "un manto deteriorato e sono oggetto di frequenti segnalazioni. L'obiettivo sostituisce gli interventi "
         "in emergenza con un programma annuale basato sul catasto stradale, migliorando la sicurezza della "
         "circolazione e riducendo le riparazioni puntuali. Il rilievo dello stato delle strade si svolge da "
         "febbraio ad aprile 2026, l'affidamento dei lavori avviene tra maggio e giugno 2026 e i lavori si "
         "eseguono da luglio a ottobre 2026.",
         [ind("il numero di chilometri di strade comunali con manto rifatto nell'anno", "4,2", "6,0", "7,5",
              "8,0")],
         {"LP": "R", "PL": "C"}),
        ("2.1.2", "Efficientamento energetico della scuola primaria di Colbassano", "Efficientamento scuola di Colbassano",
         "L'edificio della scuola primaria di Colbassano, costruito nel 1974, ha i consumi di energia più alti "
         "tra gli immobili comunali. Il progetto prevede la sostituzione dei serramenti, l'isolamento della "
         "copertura e l'installazione di una pompa di calore, con benefici per il comfort degli alunni e per "
         "la spesa corrente dell'ente. La progettazione esecutiva si conclude entro marzo 2026; i lavori sono "
         "concentrati nella sospensione estiva delle lezioni, da metà giugno a fine agosto 2026, e il collaudo "
         "è previsto a novembre 2026.",
         [ind("la riduzione percentuale dei consumi energetici dell'edificio rispetto al 2025", "0%", "10%",
              "25%", "30%")],
         {"LP": "R", "SP": "C"}),
        ("2.1.3", "Sicurezza urbana e videosorveglianza", "Sicurezza urbana e videosorveglianza",
         "Le richieste di un maggiore presidio riguardano soprattutto il centro storico, le aree di sosta vicine "
         "alle scuole e gli accessi alla zona artigianale. L'ampliamento dell'impianto di videosorveglianza e "
         "l'aumento dei controlli serali intendono accrescere la percezione di sicurezza dei residenti e "
         "prevenire gli atti vandalici. Il disciplinare sul trattamento dei dati è approvato entro marzo 2026 e "
         "le nuove telecamere sono installate tra aprile e settembre 2026.",
         [ind("il numero di telecamere attive", "18", "26", "32", "36"),
          ind("il numero di servizi di controllo serali e notturni", "40", "60", "70", "75")],
         {"LP": "C", "PL": "R"}),
    ]),
    ("2.2", "Ambiente e transizione energetica", [
        ("2.2.1", "Aumento della raccolta differenziata", "Raccolta differenziata",
         "Nel 2025 la raccolta differenziata si è fermata al 68,4%, al di sotto della media provinciale, e gli "
         "abbandoni di rifiuti lungo le strade rurali restano frequenti. L'estensione del porta a porta alle "
         "case sparse, concordata con il gestore Valmarzano Ambiente S.r.l., e una campagna informativa nelle "
         "scuole mirano a migliorare la qualità del rifiuto conferito e a contenere i costi di smaltimento che "
         "gravano sulla tariffa. L'estensione del servizio parte a maggio 2026, la campagna nelle scuole si "
         "svolge tra ottobre e dicembre 2026 e i controlli sugli abbandoni proseguono per tutto l'anno.",
         [ind("la percentuale di raccolta differenziata", "68,4%", "72%", "75%", "77%")],
         {"EF": "C", "UA": "R", "PL": "C"}),
        ("2.2.2", "Aggiornamento del Piano comunale di protezione civile", "Piano comunale di protezione civile",
         "Il Piano comunale di protezione civile risale al 2014 e non considera gli scenari di rischio "
         "idrogeologico emersi con gli eventi alluvionali degli ultimi anni lungo il Rio Marzano. "
         "L'aggiornamento consente di disporre di procedure di allertamento chiare, di aree di attesa conosciute "
         "dalla popolazione e di una rubrica operativa condivisa con il volontariato. L'analisi degli scenari di "
         "rischio si svolge da marzo a giugno 2026, il Piano è portato all'approvazione del Consiglio comunale "
         "entro settembre 2026 e la prima esercitazione con la popolazione si tiene a novembre 2026.",
         [ind("il numero di esercitazioni con la popolazione", "0", "1", "1", "2")],
         {"LP": "C", "UA": "C", "PL": "R"}),
        ("2.2.3", "Comunità energetica rinnovabile", "Comunità energetica rinnovabile",
         "L'Amministrazione intende promuovere una comunità energetica rinnovabile che utilizzi gli impianti "
         "fotovoltaici da installare sugli edifici pubblici e coinvolga famiglie e imprese del territorio. La "
         "comunità permette di condividere l'energia prodotta localmente, di ridurre le bollette dei "
         "partecipanti e di destinare una quota degli incentivi alle famiglie in difficoltà economica. Lo "
         "statuto è approvato entro aprile 2026, l'associazione è costituita entro giugno 2026 e da settembre "
         "2026 si raccolgono le adesioni.",
         [ind("il numero di famiglie e imprese aderenti", "0", "40", "90", None)],
         {"AG": "C", "EF": "C", "UA": "R"}),
    ]),
    ("3.1", "Servizi alla persona e inclusione", [
        ("3.1.1", "Assistenza domiciliare agli anziani soli", "Assistenza domiciliare anziani (SAD)",
         "Gli anziani che vivono soli sono in costante aumento, in particolare nelle frazioni, e nel 2025 "
         "l'attesa per l'attivazione del servizio di assistenza domiciliare ha superato i quaranta giorni. "
         "L'obiettivo amplia le ore di assistenza e introduce una presa in carico più rapida, per sostenere la "
         "permanenza a domicilio e ridurre il ricorso alle strutture residenziali. Entro marzo 2026 è approvato "
         "il nuovo regolamento del servizio, tra aprile e giugno 2026 si procede allo scorrimento della lista "
         "d'attesa e a ottobre 2026 si verificano i piani assistenziali individualizzati.",
         [ind("il numero di utenti seguiti", "31", "38", "42", "45"),
          ind("il tempo medio di attesa per l'attivazione del servizio, in giorni", "45", "30", "25", "20")],
         {"SP": "R"}),
        ("3.1.2", "Iscrizioni on line a mensa e trasporto scolastico", "Iscrizioni on line mensa e trasporto",
         "Le famiglie presentano ancora in gran parte su carta le domande per la mensa e il trasporto "
         "scolastico, con code agli sportelli nel mese di luglio ed errori nel calcolo delle tariffe. Il nuovo "
         "portale consente l'iscrizione con SPID o CIE e il pagamento tramite pagoPA, semplificando il rapporto "
         "con le famiglie e riducendo le morosità. Il portale è configurato tra febbraio e maggio 2026 e le "
         "iscrizioni per l'anno scolastico 2026/2027 sono aperte dal 15 giugno al 31 luglio 2026, con uno "
         "sportello di assistenza per chi non dispone di identità digitale.",
         [ind("la percentuale di iscrizioni presentate on line", "40%", "80%", "95%", "100%")],
         {"EF": "C", "SP": "R"}),
    ]),
    ("3.2", "Cultura, sport e tempo libero", [
        ("3.2.1", "Biblioteca comunale: orari ampliati e prestito digitale", "Biblioteca: orari e prestito digitale",
         "La biblioteca comunale è oggi aperta quattro pomeriggi alla settimana e non offre il prestito di libri "
         "digitali. L'obiettivo amplia l'apertura al sabato mattina e prevede l'adesione alla piattaforma di "
         "prestito digitale della rete bibliotecaria provinciale, per raggiungere studenti e lavoratori che non "
         "possono frequentarla nei giorni feriali. L'adesione alla piattaforma avviene entro maggio 2026 e "
         "l'apertura del sabato parte a settembre 2026.",
         [ind("il numero di prestiti annui, compresi quelli digitali", "5.600", "6.200", "6.800", "7.200")],
         {"AG": "C", "SP": "R"}),
        ("3.2.2", "Nuove convenzioni per gli impianti sportivi", "Convenzioni impianti sportivi",
         "Le convenzioni per la gestione degli impianti sportivi comunali sono in gran parte scadute o "
         "prorogate e non prevedono obblighi chiari di manutenzione ordinaria a carico dei gestori. L'obiettivo "
         "porta all'approvazione di un regolamento per la concessione degli impianti e all'affidamento con "
         "procedura a evidenza pubblica, garantendo parità di accesso alle associazioni e una migliore tutela "
         "del patrimonio comunale. Il regolamento è approvato entro maggio 2026 e gli avvisi pubblici sono "
         "pubblicati entro settembre 2026.",
         [ind("il numero di impianti gestiti con convenzione aggiornata", "2", "5", "7", "7")],
         {"EF": "C", "LP": "R", "SP": "C"}),
    ]),
]
TARGET_TBD = "il target 2028 sarà definito con l'aggiornamento del Piano"


def _values(i) -> str:
    name, base, t26, t27, t28 = i
    if t28 is None:
        return f"{name} (valore di partenza 2025: {base}; target 2026: {t26}, 2027: {t27}; {TARGET_TBD})"
    return f"{name} (valore di partenza 2025: {base}; target 2026: {t26}, 2027: {t27}, 2028: {t28})"


def body_text(obj) -> str:
    """The full prose body of an objective: its text plus the inline indicator sentence."""
    inds = obj[4]
    if len(inds) == 1:
        sent = f"L'indicatore è {_values(inds[0])}."
    else:
        sent = f"Gli indicatori sono due: {_values(inds[0])} e {_values(inds[1])}."
    return f"{obj[3]} {sent}"


FIN_HEAD = ["Indicatore", "2023", "2024", "2025", "Obiettivo 2026"]
FIN_COLS = [82, 20, 20, 20, 32]
FIN_CENTER = {1, 2, 3, 4}
FIN = [
    ("Tempo medio di pagamento delle fatture (giorni)", "41", "33", "27", "entro 25"),
    ("Indicatore annuale di tempestività dei pagamenti (giorni)", "+11,2", "+3,4", "-2,6", "entro 0"),
    ("Fatture ricevute (numero)", "2.184", "2.261", "2.307", "–"),
    ("Debito commerciale residuo al 31/12 (€)", "96.400", "61.750", "38.900", "–"),
    ("Incidenza delle spese di personale sulle entrate correnti (%)", "27,9", "27,1", "26,4", "entro 27,0"),
    ("Capacità di riscossione delle entrate proprie (%)", "71,5", "73,8", "76,2", "78,0"),
]
FIN_NOTE = (
    "Fonte: rendiconti della gestione 2023, 2024 e 2025 (dati di preconsuntivo per il 2025) e Piattaforma dei "
    "crediti commerciali. Un valore negativo dell'indicatore di tempestività indica pagamenti effettuati in "
    "media prima della scadenza.")

RISCHI = (
    "Il Responsabile della prevenzione della corruzione e della trasparenza (RPCT) è il Segretario generale. La "
    "mappatura dei processi conferma come aree a rischio più elevato i contratti pubblici, in particolare gli "
    "affidamenti diretti, e il rilascio dei titoli edilizi. Per gli affidamenti diretti si applica il principio "
    "di rotazione e l'elenco degli affidamenti è pubblicato ogni trimestre; per i titoli edilizi l'assegnazione "
    "delle pratiche agli istruttori avviene in modo automatico dal portale telematico. Il monitoraggio delle "
    "misure è svolto dal RPCT due volte l'anno, entro il 15 luglio e il 15 gennaio, e i suoi esiti confluiscono "
    "nella relazione annuale. Per la trasparenza, gli obblighi di pubblicazione e le strutture responsabili di "
    "ciascun dato sono riportati nell'allegato «Elenco degli obblighi di pubblicazione», che fa parte "
    "integrante del Piano.")
TRASPARENZA = (
    "Come misura ulteriore di trasparenza, il Comune pubblica ogni trimestre l'indicatore di tempestività dei "
    "pagamenti e, entro il 30 aprile di ogni anno, una sintesi dei risultati raggiunti sugli obiettivi "
    "operativi dell'anno precedente.")

ORG_INTRO = (
    "La struttura organizzativa è articolata in sei Aree, ciascuna affidata a un responsabile titolare di "
    "incarico di Elevata Qualificazione (EQ) nominato dal Sindaco. Le funzioni di Segretario generale sono "
    "svolte dalla dott.ssa Silvia Capodaglio, titolare della segreteria convenzionata tra i Comuni di "
    "Castelmarzano e Montevalcheto, che coordina i responsabili delle Aree nella conferenza dei responsabili.")
ORG_HEAD = ["Area / Settore", "Responsabile (EQ)", "Servizi e uffici", "Dipendenti assegnati"]
ORG_COLS = [44, 42, 62, 26]
ORG_CENTER: set[int] = set()
SP_CHANGE = "fino al 31/03/2026: dott.ssa Rita Scoccia; dal 01/04/2026: dott. Fabrizio Torresi"
ORG = [
    ("Area 1 – Affari generali e servizi demografici", "ad interim al Segretario generale",
     "Segreteria e organi istituzionali; Protocollo e archivio; Servizi demografici, elettorale e stato civile; "
     "Ufficio personale (parte giuridica)", "8 (1 funzionario, 5 istruttori, 2 operatori esperti)"),
    ("Area 2 – Economico-finanziaria e tributi", "dott. Marco Giustozzi",
     "Ragioneria e bilancio; Ufficio tributi (IMU, TARI, canone unico); Economato; Ufficio personale (parte "
     "economica)", "6 (2 funzionari, 4 istruttori)"),
    ("Area 3 – Tecnica: lavori pubblici e patrimonio", "arch. Paola Pantanetti",
     "Lavori pubblici ed espropri; Manutenzioni e squadra operai; Patrimonio e impianti sportivi",
     "11 (1 funzionario, 3 istruttori, 7 operatori esperti)"),
    ("Area 4 – Urbanistica, ambiente e SUAP", "arch. Paola Pantanetti",
     "Urbanistica ed edilizia privata (SUE); Ambiente e rifiuti; SUAP e commercio",
     "5 (1 funzionario, 4 istruttori)"),
    ("Area 5 – Servizi alla persona", SP_CHANGE,
     "Servizi sociali; Pubblica istruzione, mensa e trasporto scolastico; Biblioteca e cultura; Sport e "
     "associazionismo", "7 (1 funzionario, 1 assistente sociale, 3 istruttori, 2 operatori)"),
    ("Area 6 – Polizia locale", "comm. Luca Cingolani (Comandante)",
     "Polizia locale e polizia amministrativa; Protezione civile; Videosorveglianza",
     "6 (1 funzionario, 5 istruttori di vigilanza)"),
    ("Totale", "", "", "43"),
]
ORG_NOTE = (
    "Il numero dei dipendenti assegnati non comprende i responsabili di Area titolari di EQ né il Segretario "
    "generale. Con i quattro titolari di EQ in servizio al 01/01/2026 il personale a tempo indeterminato è di 47 "
    "unità.")
FABBISOGNI = (
    "Nel triennio sono programmate le seguenti assunzioni: nel 2026 un istruttore tecnico per l'Area 3 e un "
    "istruttore di vigilanza per l'Area 6; nel 2027 un istruttore amministrativo per l'Area 1. Il posto di "
    "responsabile dell'Area 5, che si rende vacante per il collocamento a riposo della titolare, è coperto "
    "mediante mobilità tra enti con decorrenza dal 1° aprile 2026. Il piano della formazione prevede per il "
    "2026 almeno 24 ore di formazione per ciascun dipendente, di cui 6 dedicate alle competenze digitali.")


# ------------------------------------------------------------------------------------------------------------
# drawing
# ------------------------------------------------------------------------------------------------------------

class Plan(FPDF):
    section = ""
    total_pages = 0

    def header(self) -> None:
        self.set_font("Helvetica", "", 8)
        self.set_text_color(70, 70, 70)
        self.text(MARGIN, 13, RUNNING)
        w = self.get_string_width(self.section)
        self.text(self.w - MARGIN - w, 13, self.section)
        self.set_draw_color(0, 0, 0)
        self.set_line_width(0.2)
        self.line(MARGIN, 15, self.w - MARGIN, 15)
        self.set_text_color(0, 0, 0)

    def footer(self) -> None:
        self.set_font("Helvetica", "", 8)
        self.set_draw_color(0, 0, 0)
        self.set_line_width(0.2)
        self.line(MARGIN, self.h - 14, self.w - MARGIN, self.h - 14)
        s = f"Pagina {self.page_no()} di {self.total_pages}"
        self.text((self.w - self.get_string_width(s)) / 2, self.h - 9, s)


def line_h(size: float) -> float:
    return size * 1.3 * PT


class Writer:
    def __init__(self, total_pages: int) -> None:
        pdf = Plan(orientation="P", unit="mm", format="A4")
        pdf.total_pages = total_pages
        pdf.core_fonts_encoding = "windows-1252"
        pdf.set_auto_page_break(False)
        pdf.set_margins(MARGIN, BODY_TOP, MARGIN)
        pdf.set_creation_date(datetime.datetime(2026, 1, 30, 10, 15, tzinfo=datetime.timezone.utc))
        pdf.set_title("PIAO 2026-2028 - Comune di Castelmarzano")
        pdf.set_author("Comune di Castelmarzano - Segreteria generale")
        pdf.set_creator("Writer")
        self.pdf = pdf
        self.y = BODY_TOP
        self.section = ""

    @property
    def bottom(self) -> float:
        return self.pdf.h - BOTTOM_GAP

    @property
    def text_w(self) -> float:
        return self.pdf.w - 2 * MARGIN

    def font(self, style: str, size: float) -> None:
        self.pdf.set_font("Helvetica", style, size)

    def width(self, s: str, style: str, size: float) -> float:
        self.font(style, size)
        return self.pdf.get_string_width(s)

    def wrap(self, text: str, width: float, style: str, size: float) -> list[str]:
        lines, cur = [], ""
        for word in text.split():
            cand = word if not cur else cur + " " + word
            if self.width(cand, style, size) <= width or not cur:
                cur = cand
            else:
                lines.append(cur)
                cur = word
        if cur:
            lines.append(cur)
        return lines

    def set_section(self, s: str) -> None:
        """The section shown in the running header of the NEXT page (and of this one if it is empty)."""
        self.section = s
        if self.y <= BODY_TOP + 0.01:
            self.pdf.section = s

    def new_page(self) -> None:
        self.pdf.section = self.section
        self.pdf.add_page()
        self.y = BODY_TOP

    def put(self, x: float, s: str, style: str, size: float) -> None:
        lh = line_h(size)
        if self.y + lh > self.bottom:
            self.new_page()
        self.font(style, size)
        self.pdf.text(x, self.y + 0.78 * lh, s)
        self.y += lh

    def centered(self, s: str, style: str, size: float) -> None:
        self.put((self.pdf.w - self.width(s, style, size)) / 2, s, style, size)

    def para(self, text: str, size: float = 10.0, after: float = 2.5, indent: float = 0.0) -> None:
        for ln in self.wrap(text, self.text_w - indent, "", size):
            self.put(MARGIN + indent, ln, "", size)
        self.y += after

    def heading(self, text: str, size: float = 11.0, before: float = 2.0, after: float = 1.5,
                keep: int = 3) -> None:
        """Bold heading kept on the same page as at least `keep` lines of what follows."""
        lines = self.wrap(text, self.text_w, "B", size)
        if self.y + before + len(lines) * line_h(size) + after + keep * line_h(10) > self.bottom:
            self.new_page()
        elif self.y > BODY_TOP:
            self.y += before
        for ln in lines:
            self.put(MARGIN, ln, "B", size)
        self.y += after

    # -- ruled tables -------------------------------------------------------------------------------------------
    def _cell_lines(self, cell: str, w: float, size: float, style: str) -> list[str]:
        return self.wrap(cell, w - 2 * PAD, style, size) if cell else []

    def _row_h(self, cells, cols, size, style) -> float:
        n = max(max(len(self._cell_lines(c, w, size, style)) for c, w in zip(cells, cols)), 1)
        return n * line_h(size) + 2 * PAD

    def _row(self, cells, cols, size, style, center, fill=None) -> None:
        lh = line_h(size)
        wrapped = [self._cell_lines(c, w, size, style) for c, w in zip(cells, cols)]
        h = max(max(len(w) for w in wrapped), 1) * lh + 2 * PAD
        x = MARGIN
        pdf = self.pdf
        pdf.set_line_width(0.2)
        pdf.set_draw_color(0, 0, 0)
        for k, (w, lines) in enumerate(zip(cols, wrapped)):
            if fill:
                pdf.set_fill_color(*fill)
                pdf.rect(x, self.y, w, h, style="DF")
            else:
                pdf.rect(x, self.y, w, h, style="D")
            self.font(style, size)
            for i, ln in enumerate(lines):
                tw = pdf.get_string_width(ln)
                xx = x + (w - tw) / 2 if k in center else x + PAD
                pdf.text(xx, self.y + PAD + i * lh + 0.78 * lh, ln)
            x += w
        self.y += h

    def table(self, head, cols, rows, center, size=8.5, bold_last=False) -> int:
        pages = {self.pdf.page_no()}
        hh = self._row_h(head, cols, size, "B")
        if self.y + hh + self._row_h(rows[0], cols, size, "") > self.bottom:
            self.new_page()
        self._row(head, cols, size, "B", set(range(len(cols))), fill=(217, 225, 242))
        for r, row in enumerate(rows):
            if self.y + self._row_h(row, cols, size, "") > self.bottom:
                self.new_page()
                self._row(head, cols, size, "B", set(range(len(cols))), fill=(217, 225, 242))
            pages.add(self.pdf.page_no())
            bold = bold_last and r == len(rows) - 1
            self._row(row, cols, size, "B" if bold else "", center)
        self.y += 2
        return len(pages)


MATRIX_HEAD = ["Cod.", "Obiettivo operativo"] + AREAS
MATRIX_COLS = [16, 74] + [14] * len(AREAS)             # 174 mm
MATRIX_CENTER = {0} | set(range(2, 2 + len(AREAS)))
LAYOUT: dict[str, object] = {}


def matrix_rows() -> list[tuple]:
    return [(o[0], o[2], *[o[5].get(a, "") for a in AREAS]) for _, _, objs in STRATEGIC for o in objs]


def build() -> bytes:
    """Two deterministic passes: the first one counts the pages for the footer "Pagina X di Y"."""
    pages = _build(0).pdf.page_no()
    return bytes(_build(pages).pdf.output())


def _build(total_pages: int) -> "Writer":
    w = Writer(total_pages)
    LAYOUT.clear()
    # ---- title + Sezione 1
    w.set_section("Sezione 1 – Scheda anagrafica")
    w.new_page()
    w.y = 40
    for s, st, size in TITLE:
        if not s:
            w.y += 6
            continue
        w.centered(s, st, size)
        w.y += 1.5
    w.y += 4
    w.centered(APPROVAL, "I", 10)
    w.y += 10
    w.heading("SEZIONE 1 – SCHEDA ANAGRAFICA DELL'AMMINISTRAZIONE", 12)
    w.para(ANAGRAFICA)
    w.para(GIUNTA)
    w.set_section("Sezione 2 – Valore pubblico e performance")
    w.heading("SEZIONE 2 – VALORE PUBBLICO, PERFORMANCE E ANTICORRUZIONE", 12)
    w.heading("2.1 Valore pubblico", 11)
    w.para(VALORE)
    # ---- 2.2 performance: numbered prose
    w.heading("2.2 Performance", 11)
    w.para(PERF_INTRO)
    pages_of: dict[str, tuple[int, int]] = {}
    for scode, stitle, objs in STRATEGIC:
        w.heading(f"Obiettivo strategico {scode} – {stitle}", 11, before=3.0, keep=4)
        for obj in objs:
            w.heading(f"Obiettivo operativo {obj[0]} – {obj[1]}", 10, before=1.0, after=1.0, keep=3)
            first = w.pdf.page_no()
            w.para(body_text(obj), size=10, after=2.0)
            pages_of[obj[0]] = (first, w.pdf.page_no())
    LAYOUT["body_pages"] = pages_of
    # ---- matrix
    w.heading("Tabella 1 – Matrice obiettivi / strutture", 10.5, before=4.0, keep=12)
    LAYOUT["matrix_pages"] = w.table(MATRIX_HEAD, MATRIX_COLS, matrix_rows(), MATRIX_CENTER, size=9)
    w.para(LEGEND, size=8.5, after=0.8)
    w.para(LEGEND2, size=8.5, after=3)
    # ---- finance
    w.heading("Tabella 2 – Indicatori di salute finanziaria e tempi di pagamento", 10.5, before=3.0, keep=8)
    w.table(FIN_HEAD, FIN_COLS, FIN, FIN_CENTER, size=9)
    w.para(FIN_NOTE, size=8.5, after=3)
    # ---- 2.3
    w.set_section("Sezione 2.3 – Rischi corruttivi e trasparenza")
    w.heading("2.3 Rischi corruttivi e trasparenza", 11, before=3.0)
    w.para(RISCHI)
    w.para(TRASPARENZA)
    # ---- Sezione 3
    w.set_section("Sezione 3 – Organizzazione e capitale umano")
    w.new_page()
    w.heading("SEZIONE 3 – ORGANIZZAZIONE E CAPITALE UMANO", 12)
    w.heading("3.1 Struttura organizzativa", 11)
    w.para(ORG_INTRO)
    w.heading("Tabella 3 – Aree, responsabili e dipendenti assegnati", 10.5, before=2.0, keep=8)
    LAYOUT["org_pages"] = w.table(ORG_HEAD, ORG_COLS, ORG, ORG_CENTER, size=8.5, bold_last=True)
    w.para(ORG_NOTE, size=9)
    w.heading("3.2 Fabbisogni di personale e formazione", 11, before=3.0)
    w.para(FABBISOGNI)
    return w


def main() -> None:
    OUT.parent.mkdir(parents=True, exist_ok=True)
    data = build()
    OUT.write_bytes(data)
    print(f"wrote {OUT} ({len(data)} bytes); layout: {LAYOUT}")


if __name__ == "__main__":
    main()
