"""Write the fictional PIAO 2026-2028 Sottosezione 2.2 Performance ("schede obiettivo") of the
Comune di Brenzago (NO) as an A4 portrait PDF (fpdf2).

Layout: Premessa, an "Organigramma" ruled table, then one **scheda** per objective (heading line
"SCHEDA OBIETTIVO 2026/NN" + a two-column ruled label/value table whose labels change from scheda
to scheda), a "Riepilogo pesi" table and a Valore Pubblico paragraph.

Deterministic: fixed creation date, fixed fonts, no randomness; running it twice gives the same
bytes.  Municipality, people, firms, associations and figures are invented; real public bodies
(AgID, GSE, ANAC, Provincia di Novara, Agenzia delle Entrate) appear only as partners or references.

Usage: /work/main/.venv/bin/python benchmarks/fresh7/make_pdf_plan.py
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = Path(__file__).resolve().parent
SLUG = "brenzago"
OUT = HERE / "docs" / f"{SLUG}_piao-2026-2028_schede-obiettivo.pdf"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")

RUNNING_HEADER = "Comune di Brenzago (NO) · PIAO 2026-2028 · Sottosezione 2.2 Performance – Schede obiettivo"

# --------------------------------------------------------------------------------------------
# Content
# --------------------------------------------------------------------------------------------

PREMESSA = [
    "Il Comune di Brenzago, in provincia di Novara, conta 6.915 abitanti al 31/12/2025 e 41 "
    "dipendenti a tempo indeterminato. Il presente documento costituisce la Sottosezione 2.2 "
    "Performance del Piano Integrato di Attività e Organizzazione (PIAO) 2026-2028 e raccoglie, sotto "
    "forma di schede, gli obiettivi esecutivi assegnati ai Settori per l'esercizio 2026, con "
    "proiezione dei risultati attesi sul 2027.",
    "Le schede sono state elaborate dal Segretario generale, dott. Ottavio Lanfranchi, con i "
    "titolari di Posizione Organizzativa. Il Segretario generale è anche Responsabile della "
    "prevenzione della corruzione e della trasparenza (RPCT) e, con decreto sindacale n. 11 del "
    "30/10/2025, dirige ad interim il Settore I a seguito delle dimissioni della precedente titolare.",
    "Gli obiettivi discendono dalle linee strategiche della Sezione Strategica del DUP 2026-2028, "
    "approvato con deliberazione del Consiglio comunale n. 38 del 16/12/2025, e sono stati condivisi "
    "con il Sindaco, Chiara Bellotti, e con la Giunta. Il PIAO è approvato con deliberazione della "
    "Giunta comunale n. 12 del 27/01/2026.",
    "Il monitoraggio intermedio è fissato al 31/07/2026; la verifica finale è effettuata dal Nucleo "
    "di Valutazione, costituito in forma associata con altri Comuni della zona, che certifica il grado "
    "di raggiungimento degli obiettivi ai fini della Relazione sulla performance 2026.",
]

ORG_COLS = ("Settore", "Titolare di Posizione Organizzativa", "Servizi assegnati", "N. dipendenti")
ORG_WIDTHS = (50, 42, 74, 24)
ORGANIGRAMMA = [
    ("I – Affari generali, Demografici e Personale", "ad interim: il Segretario generale",
     "Segreteria e Protocollo; Anagrafe, Stato civile ed Elettorale; Personale (gestione giuridica)",
     "9"),
    ("II – Finanziario e Tributi", "rag. Loredana Vismara",
     "Ragioneria ed Economato; Tributi; Società partecipate", "6"),
    ("III – Lavori pubblici, Patrimonio e Ambiente", "ing. Fabrizio Crespi",
     "Lavori pubblici; Manutenzioni e squadra operai; Ecologia e Ambiente", "13"),
    ("IV – Urbanistica, Edilizia privata e SUAP", "arch. Paola Ferrandi",
     "Urbanistica; Edilizia privata; Sportello Unico Attività Produttive", "5"),
    ("V – Servizi alla persona, Istruzione e Cultura", "dott.ssa Marisa Galbiati",
     "Servizi sociali; Istruzione e refezione scolastica; Biblioteca e Cultura", "8"),
    ("Totale", "", "", "41"),
]

SCHEDE_INTRO = (
    "Ogni obiettivo è descritto in una scheda che ne riporta la denominazione, il collegamento con il "
    "DUP, la struttura o il referente, la motivazione, il risultato atteso, le fasi con le relative "
    "scadenze, gli indicatori (valore di partenza al 31/12/2025 e target 2026 e 2027), i soggetti "
    "interessati, il personale coinvolto e il peso. Quando la scheda indica solo il Settore, il "
    "referente è il titolare di Posizione Organizzativa indicato nell'organigramma."
)

# Each scheda: (code, [(label, value), ...]); "\n" in a value = new line inside the cell.
SCHEDE = [
    ("2026/01", [
        ("Oggetto dell'obiettivo",
         "Nuovo Manuale di gestione documentale e fascicolazione informatica degli atti"),
        ("Obiettivo strategico DUP", "1.2 Semplificazione e transizione digitale"),
        ("Responsabile dell'attuazione", "Settore I – Affari generali, Demografici e Personale"),
        ("Descrizione e motivazione",
         "Il Manuale di gestione documentale vigente risale al 2016 e non recepisce le Linee guida "
         "AgID sulla formazione, gestione e conservazione dei documenti informatici. La fascicolazione "
         "è ancora prevalentemente cartacea: solo il 18% dei documenti protocollati è inserito in un "
         "fascicolo informatico."),
        ("Valore atteso",
         "Adozione del nuovo Manuale con deliberazione di Giunta e fascicolazione informatica "
         "obbligatoria per tutti i Settori dal 1° settembre 2026."),
        ("Tempi di realizzazione",
         "entro 31/03/2026: ricognizione del titolario e dei procedimenti\n"
         "entro 31/05/2026: bozza del Manuale condivisa con i Settori\n"
         "entro 30/06/2026: approvazione del Manuale in Giunta\n"
         "entro 31/08/2026: formazione del personale (2 sessioni)\n"
         "dal 01/09/2026: fascicolazione informatica obbligatoria"),
        ("Misuratori",
         "Documenti protocollati inseriti in un fascicolo informatico – baseline 18% – target 2026: "
         "60% / 2027: 90%"),
        ("Destinatari", "Tutti i Settori dell'ente; cittadini e imprese che presentano istanze"),
        ("Dipendenti coinvolti", "Rizzotti Elena (C3), Cerutti Mauro (B1), Pastore Ivo (B3)"),
        ("Peso attribuito", "8 (su 100)"),
    ]),
    ("2026/02", [
        ("Denominazione obiettivo",
         "Anagrafe senza code: accesso su appuntamento e certificati on line"),
        ("Linea strategica DUP di riferimento", "Linea 1 – Un Comune vicino e digitale"),
        ("Dirigente / P.O. referente", "Segretario generale, responsabile ad interim del Settore I"),
        ("Finalità",
         "Nel 2025 lo sportello anagrafico ha registrato un tempo medio di attesa di 35 minuti, con "
         "punte nei due pomeriggi di apertura. Si vuole estendere la prenotazione on line a tutti i "
         "servizi di sportello e promuovere i certificati ANPR scaricabili direttamente dal cittadino."),
        ("Risultato atteso",
         "Appuntamenti per carta d'identità elettronica, cambi di residenza e autentiche gestiti "
         "interamente con l'agenda on line; riduzione dei tempi di attesa allo sportello."),
        ("Cronoprogramma",
         "entro 28/02/2026: configurazione dell'agenda on line\n"
         "entro 30/04/2026: campagna informativa sul notiziario \"Brenzago Informa\"\n"
         "entro 31/12/2026: rilevazione dei tempi di attesa e relazione finale"),
        ("Indicatori di risultato",
         "Tempo medio di attesa allo sportello – baseline 35 minuti – target 2026: 15 minuti / "
         "2027: 10 minuti"),
        ("Soggetti interessati", "Cittadini residenti; patronati e CAF del territorio"),
        ("Personale assegnato", "Gualdoni Marta (D1), Bertolini Sara (C1)"),
        ("Peso %", "7% del totale degli obiettivi dell'ente"),
    ]),
    ("2026/03", [
        ("Titolo", "Contrasto all'evasione dei tributi locali (IMU e TARI)"),
        ("Missione / Programma DUP", "Missione 01 – Programma 04 Gestione delle entrate tributarie"),
        ("Struttura competente", "Settore II – Finanziario e Tributi, rag. Loredana Vismara"),
        ("Motivazione",
         "Le verifiche svolte nel 2025 hanno stimato un'evasione IMU di circa 310.000 euro, "
         "concentrata sulle aree edificabili, e un tasso di riscossione spontanea della TARI dell'86%. "
         "Il recupero dell'evasione garantisce equità fiscale e risorse per i servizi."),
        ("Output atteso",
         "Emissione degli avvisi di accertamento IMU per le annualità 2021 e 2022, incrocio della "
         "banca dati catastale con le utenze TARI e invio dei solleciti bonari."),
        ("Fasi e scadenze",
         "entro 30/04/2026: bonifica della banca dati IMU con i dati catastali\n"
         "entro 30/09/2026: emissione degli avvisi IMU per l'annualità 2021\n"
         "entro 15/12/2026: avvisi IMU per l'annualità 2022 e solleciti TARI"),
        ("Indicatori (baseline – target)",
         "1) Avvisi di accertamento IMU emessi (n.): 180 – 2026: 260 – 2027: 300\n"
         "2) Somme accertate per recupero evasione (euro): 95.000 – 2026: 150.000 – 2027: 170.000\n"
         "3) Riscossione spontanea della TARI: 86% – 2026: 89% – 2027: 91%"),
        ("Portatori di interesse",
         "Contribuenti; professionisti e CAF; Agenzia delle Entrate – Ufficio provinciale Territorio"),
        ("Risorse umane coinvolte", "Zanetta Giorgio (C2), Bozzola Ilaria (C1)"),
        ("Ponderazione", "11 punti su 100"),
    ]),
    ("2026/04", [
        ("Denominazione obiettivo", "Tempestività dei pagamenti ai fornitori"),
        ("Linea strategica DUP di riferimento", "Linea 2 – Conti in ordine ed equità fiscale"),
        ("Struttura competente", "Settore II – Finanziario e Tributi"),
        ("Finalità",
         "Rispettare i termini di pagamento del D.Lgs. 231/2002 e gli obiettivi della riforma PNRR "
         "1.11 sui ritardi di pagamento. Nel 2025 l'indicatore annuale di tempestività dei pagamenti "
         "è stato pari a +6 giorni."),
        ("Risultato atteso",
         "Pagamento delle fatture commerciali entro 30 giorni dal ricevimento e azzeramento dello "
         "stock di debito commerciale scaduto."),
        ("Cronoprogramma",
         "entro 31/01/2026: circolare operativa ai Settori sui tempi di liquidazione\n"
         "entro 30/06/2026: monitoraggio semestrale dei tempi medi\n"
         "entro 31/01/2027: pubblicazione dell'indicatore annuale 2026"),
        ("Indicatori di risultato",
         "Indicatore annuale di tempestività – baseline +6 giorni – target 2026: 0 giorni / 2027: "
         "-2 giorni\n"
         "Tempo medio di pagamento – baseline 36 giorni – target 2026: 30 giorni / 2027: 28 giorni"),
        ("Soggetti interessati", "Fornitori e imprese; uffici liquidatori di tutti i Settori"),
        ("Personale assegnato", "Fornara Luca (D1), Zanetta Giorgio (C2)"),
        ("Peso %", "8% del totale degli obiettivi dell'ente"),
    ]),
    ("2026/05", [
        ("Titolo", "Efficientamento energetico della scuola primaria di via Monte Rosa"),
        ("Missione / Programma DUP", "Missione 04 – Programma 02 Altri ordini di istruzione"),
        ("Struttura competente",
         "Settore III – Lavori pubblici, Patrimonio e Ambiente – ing. Fabrizio Crespi"),
        ("Motivazione",
         "L'edificio, costruito nel 1968, è in classe energetica G e consuma circa 41.000 mc di gas "
         "metano l'anno. L'intervento comprende cappotto termico, nuovi serramenti e pompa di calore, "
         "per un importo complessivo di 620.000 euro, finanziato per 450.000 euro dal Conto termico "
         "GSE e per 170.000 euro con fondi propri di bilancio."),
        ("Output atteso",
         "Lavori eseguiti nella pausa estiva senza interruzione dell'attività didattica; collaudo e "
         "rendicontazione entro l'anno."),
        ("Fasi e scadenze",
         "entro 31/03/2026: approvazione del progetto esecutivo\n"
         "entro 15/05/2026: aggiudicazione dei lavori\n"
         "dal 15/06/2026 al 05/09/2026: esecuzione dei lavori\n"
         "entro 30/11/2026: collaudo e rendicontazione al GSE"),
        ("Indicatori (baseline – target)",
         "Consumo annuo di gas metano dell'edificio (mc): 41.000 – 2026: 30.000 – 2027: 18.000"),
        ("Portatori di interesse",
         "212 alunni e le loro famiglie; Istituto comprensivo \"Valle Agogna\"; personale docente e "
         "ATA"),
        ("Risorse umane coinvolte", "Ranghino Davide (D1), Cantoni Alessia (C1)"),
        ("Ponderazione", "12 punti su 100"),
    ]),
    ("2026/06", [
        ("Oggetto dell'obiettivo", "Censimento e piano di gestione del patrimonio arboreo"),
        ("Obiettivo strategico DUP", "3.2 Cura del verde pubblico e sicurezza degli spazi"),
        ("Responsabile dell'attuazione", "Settore III – Lavori pubblici, Patrimonio e Ambiente"),
        ("Descrizione e motivazione",
         "I temporali dell'estate 2025 hanno provocato la caduta di 14 alberi su strade e aree gioco e "
         "manca una banca dati aggiornata delle alberature. È previsto il censimento georeferenziato "
         "delle circa 1.300 piante di parchi, viali e cortili scolastici, con valutazione di stabilità "
         "(VTA) degli esemplari a rischio."),
        ("Valore atteso",
         "Banca dati del verde consultabile sul SIT comunale e piano pluriennale di abbattimenti e "
         "nuove piantumazioni."),
        ("Tempi di realizzazione",
         "entro 30/04/2026: affidamento del censimento a un dottore agronomo\n"
         "entro 31/10/2026: completamento del censimento e delle VTA\n"
         "entro 31/12/2026: approvazione del piano di gestione del verde"),
        ("Misuratori",
         "Piante censite e georeferenziate – baseline 0 – target 2026: 1.300 / 2027: aggiornamento "
         "annuale\n"
         "Nuove piantumazioni (n.) – baseline 25 – target 2026: 60 / 2027: 80"),
        ("Destinatari",
         "Cittadini; scuole; Associazione \"Amici del Parco Mulino Vecchio\""),
        ("Dipendenti coinvolti", "Ferraris Simone (C1), Baldi Piero (B3), Mora Giuseppe (B3)"),
        ("Peso attribuito", "6 (su 100)"),
    ]),
    ("2026/07", [
        ("Denominazione obiettivo", "Raccolta differenziata: sperimentazione della tariffa puntuale"),
        ("Linea strategica DUP di riferimento", "Linea 3 – Territorio sicuro e sostenibile"),
        ("Dirigente / P.O. referente", "ing. Fabrizio Crespi"),
        ("Finalità",
         "Nel 2025 la raccolta differenziata si è fermata al 71,4%. Si avvia la misurazione puntuale "
         "del secco residuo nel quartiere pilota della frazione Cascinetta (420 utenze), d'intesa con "
         "il Consorzio Ambiente Sesia Est e con il gestore Ecoservizi Pianura S.r.l."),
        ("Risultato atteso",
         "Consegna dei contenitori del secco dotati di transponder e lettura degli svuotamenti; "
         "riduzione del secco residuo pro capite nella zona pilota."),
        ("Cronoprogramma",
         "entro 31/03/2026: assemblea pubblica con i residenti della Cascinetta\n"
         "entro 30/06/2026: consegna dei contenitori con transponder\n"
         "dal 01/07/2026: avvio della sperimentazione\n"
         "entro 31/12/2026: report sugli svuotamenti e proposta di estensione"),
        ("Indicatori di risultato",
         "Raccolta differenziata sul totale dei rifiuti – baseline 71,4% – target 2026: 74% / 2027: "
         "77%"),
        ("Soggetti interessati",
         "Utenze domestiche della frazione Cascinetta; Consorzio Ambiente Sesia Est; Ecoservizi "
         "Pianura S.r.l."),
        ("Personale assegnato", "Cantoni Alessia (C1)"),
        ("Peso %", "9% del totale degli obiettivi dell'ente"),
    ]),
    ("2026/08", [
        ("Titolo",
         "Variante parziale n. 4 al PRGC per la rigenerazione dell'area ex Filatura Beltrami"),
        ("Missione / Programma DUP", "Missione 08 – Programma 01 Urbanistica e assetto del territorio"),
        ("Struttura competente", "Settore IV – Urbanistica, Edilizia privata e SUAP"),
        ("Motivazione",
         "L'area dismessa dell'ex Filatura Beltrami (circa 18.500 mq) è inutilizzata dal 2009. La "
         "variante parziale ai sensi dell'art. 17, comma 5, della L.R. 56/1977 consente la "
         "riconversione a residenza e servizi, con la cessione al Comune di un'area verde di 4.000 mq."),
        ("Output atteso",
         "Adozione del progetto preliminare di variante da parte del Consiglio comunale."),
        ("Fasi e scadenze",
         "entro 31/05/2026: affidamento dell'incarico di redazione della variante\n"
         "entro 30/09/2026: verifica di assoggettabilità a VAS\n"
         "entro 15/12/2026: adozione del progetto preliminare in Consiglio comunale"),
        ("Indicatori (baseline – target)",
         "Fasi del procedimento concluse nei termini – baseline 0 su 3 – 2026: 3 su 3 – 2027: "
         "approvazione definitiva"),
        ("Portatori di interesse",
         "Immobiliare Beltrami S.r.l. (proprietà dell'area); residenti del quartiere San Rocco; "
         "Provincia di Novara"),
        ("Risorse umane coinvolte", "Torelli Andrea (D1), Balzarini Nadia (C2)"),
        ("Ponderazione", "9 punti su 100"),
    ]),
    ("2026/09", [
        ("Oggetto dell'obiettivo", "SUAP interamente telematico e tempi certi per le imprese"),
        ("Obiettivo strategico DUP", "1.2 Semplificazione e transizione digitale"),
        ("Responsabile dell'attuazione", "arch. Paola Ferrandi"),
        ("Descrizione e motivazione",
         "Il 23% delle pratiche SUAP arriva ancora via PEC fuori dal portale telematico e deve essere "
         "caricato manualmente dagli uffici, con allungamento dei tempi. Occorre adeguarsi alle nuove "
         "specifiche tecniche nazionali del SUAP e ridurre la durata dei procedimenti ordinari."),
        ("Valore atteso",
         "Tutte le pratiche presentate tramite il portale; riduzione dei tempi di conclusione dei "
         "procedimenti ordinari."),
        ("Tempi di realizzazione",
         "entro 30/04/2026: aggiornamento della modulistica sul portale\n"
         "entro 30/09/2026: incontri con le associazioni di categoria e gli ordini professionali\n"
         "entro 31/12/2026: rifiuto delle istanze inviate fuori portale"),
        ("Misuratori",
         "Pratiche presentate tramite il portale – baseline 77% – target 2026: 95% / 2027: 100%\n"
         "Durata media dei procedimenti ordinari – baseline 48 giorni – target 2026: 35 giorni / "
         "2027: 30 giorni"),
        ("Destinatari",
         "Imprese ed esercenti; professionisti tecnici; associazioni di categoria"),
        ("Dipendenti coinvolti", "Balzarini Nadia (C2)"),
        ("Peso attribuito", "7 (su 100)"),
    ]),
    ("2026/10", [
        ("Denominazione obiettivo", "Refezione scolastica: iscrizioni e pagamenti on line"),
        ("Linea strategica DUP di riferimento",
         "Linea 4 – Crescere insieme: scuola, cultura e coesione sociale"),
        ("Dirigente / P.O. referente", "dott.ssa Marisa Galbiati"),
        ("Finalità",
         "Il servizio di refezione serve circa 340 alunni della scuola dell'infanzia e della primaria. "
         "Le iscrizioni sono cartacee e i pasti si pagano con buoni prepagati; l'insoluto del 2025 è "
         "stato di 27.300 euro."),
        ("Risultato atteso",
         "Iscrizioni on line e pagamenti tramite pagoPA con borsellino elettronico e app per le "
         "famiglie; riduzione dell'insoluto."),
        ("Cronoprogramma",
         "entro 30/04/2026: acquisizione della piattaforma di gestione\n"
         "entro 30/06/2026: iscrizioni on line per l'a.s. 2026/2027\n"
         "entro 15/09/2026: avvio dei pagamenti pagoPA\n"
         "entro 31/12/2026: solleciti per gli insoluti pregressi"),
        ("Indicatori di risultato",
         "Iscrizioni presentate on line – baseline 0% – target 2026: 90% / 2027: 100%\n"
         "Insoluto annuo – baseline 27.300 euro – target 2026: 15.000 euro / 2027: 8.000 euro"),
        ("Soggetti interessati",
         "Famiglie degli alunni; Istituto comprensivo \"Valle Agogna\"; Ristoval S.p.A. (gestore "
         "della mensa); Commissione mensa"),
        ("Personale assegnato", "Negri Federica (C1), Airoldi Matteo (C2)"),
        ("Peso %", "10% del totale degli obiettivi dell'ente"),
    ]),
    ("2026/11", [
        ("Oggetto dell'obiettivo", "Biblioteca civica \"Carlo Bossi\": lettura per tutte le età"),
        ("Obiettivo strategico DUP", "4.3 Cultura diffusa e partecipazione"),
        ("Responsabile dell'attuazione", "Settore V – Servizi alla persona, Istruzione e Cultura"),
        ("Descrizione e motivazione",
         "Nel 2025 la biblioteca ha registrato 6.850 prestiti e 910 utenti attivi, in calo tra i "
         "ragazzi dagli 11 ai 18 anni. Si prevede un ciclo di letture per la prima infanzia, un gruppo "
         "di lettura per adolescenti e il prestito digitale, con i volontari dell'associazione "
         "\"Il Segnalibro APS\"."),
        ("Valore atteso",
         "Aumento dei prestiti e degli utenti attivi, in particolare nella fascia 11-18 anni."),
        ("Tempi di realizzazione",
         "entro 31/03/2026: attivazione del prestito digitale\n"
         "entro 30/06/2026: calendario delle letture per la prima infanzia\n"
         "entro 31/10/2026: avvio del gruppo di lettura per adolescenti"),
        ("Misuratori",
         "Prestiti annui – baseline 6.850 – target 2026: 7.500 / 2027: 8.000\n"
         "Utenti attivi – baseline 910 – target 2026: 1.000 / 2027: 1.100"),
        ("Destinatari",
         "Famiglie con bambini da 0 a 6 anni; ragazzi dagli 11 ai 18 anni; Il Segnalibro APS"),
        ("Dipendenti coinvolti", "Paracchini Silvia (C1)"),
        ("Peso attribuito", "5 (su 100)"),
    ]),
    ("2026/12", [
        ("Titolo", "Trasparenza e qualità dei dati pubblicati (obiettivo trasversale)"),
        ("Missione / Programma DUP", "Missione 01 – Programma 02 Segreteria generale"),
        ("Struttura competente",
         "Tutti i Settori, con il coordinamento del Segretario generale in qualità di RPCT"),
        ("Motivazione",
         "La griglia di rilevazione 2025 sugli obblighi di pubblicazione ha evidenziato sezioni di "
         "Amministrazione trasparente incomplete, in particolare bandi di gara, incarichi a consulenti "
         "e provvedimenti dei responsabili."),
        ("Output atteso",
         "Pubblicazione tempestiva e completa dei dati obbligatori, con responsabili della "
         "pubblicazione individuati per ciascun obbligo."),
        ("Fasi e scadenze",
         "entro 31/03/2026: mappatura degli obblighi e dei responsabili della pubblicazione\n"
         "entro 30/06/2026: completamento delle sezioni carenti\n"
         "entro 30/11/2026: monitoraggio dell'RPCT e report alla Giunta"),
        ("Indicatori (baseline – target)",
         "Obblighi di pubblicazione assolti – baseline 72% – 2026: 90% – 2027: 100%"),
        ("Portatori di interesse", "Cittadini; Nucleo di Valutazione; ANAC"),
        ("Risorse umane coinvolte",
         "Tutto il personale incaricato della pubblicazione dei dati nei singoli Settori"),
        ("Ponderazione", "8 punti su 100"),
    ]),
]

RIEPILOGO_COLS = ("Settore", "Schede", "Peso complessivo %")
RIEPILOGO = [
    ("Settore I", "2026/01, 2026/02", "15"),
    ("Settore II", "2026/03, 2026/04", "19"),
    ("Settore III", "2026/05, 2026/06, 2026/07", "27"),
    ("Settore IV", "2026/08, 2026/09", "16"),
    ("Settore V", "2026/10, 2026/11", "15"),
    ("Trasversale", "2026/12", "8"),
    ("Totale", "12 schede", "100"),
]

VALORE_PUBBLICO = (
    "Le schede concorrono agli obiettivi di Valore Pubblico definiti nella Sottosezione 2.1. In "
    "particolare, la scheda 2026/05 è il principale contributo all'obiettivo di Valore Pubblico VP3 "
    "\"Brenzago sostenibile\", perché riduce in modo misurabile i consumi energetici degli edifici "
    "pubblici, mentre la scheda 2026/09 sostiene l'obiettivo VP2 \"Impresa semplice\", dedicato alla "
    "riduzione degli oneri burocratici per le attività economiche. Gli esiti saranno rendicontati "
    "nella Relazione sulla performance 2026."
)


# --------------------------------------------------------------------------------------------
# Layout
# --------------------------------------------------------------------------------------------

class PlanPDF(FPDF):
    def header(self):
        self.set_font("Serif", "I", 8)
        self.set_text_color(70, 70, 70)
        self.cell(0, 5, RUNNING_HEADER, align="C")
        self.ln(5.5)
        self.set_draw_color(120, 120, 120)
        self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.ln(4)
        self.set_text_color(0, 0, 0)
        self.set_draw_color(0, 0, 0)

    def footer(self):
        self.set_y(-13)
        self.set_font("Serif", "", 8)
        self.cell(0, 6, f"pagina {self.page_no()} di {{nb}}", align="R")


def heading(pdf: PlanPDF, text: str, size: float = 12, space: float = 2.5):
    pdf.set_font("Serif", "B", size)
    pdf.multi_cell(0, size * 0.5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(space)


def paragraph(pdf: PlanPDF, text: str):
    pdf.set_font("Serif", "", 10)
    pdf.multi_cell(0, 5, text, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2.5)


def ensure_space(pdf: PlanPDF, mm: float):
    if pdf.get_y() + mm > pdf.h - pdf.b_margin:
        pdf.add_page()


def scheda(pdf: PlanPDF, code: str, rows):
    ensure_space(pdf, 95)
    pdf.set_font("Serif", "B", 11)
    pdf.set_fill_color(205, 215, 200)
    pdf.cell(0, 7, f"SCHEDA OBIETTIVO {code}", border=1, fill=True, new_x="LMARGIN", new_y="NEXT")
    pdf.set_fill_color(255, 255, 255)
    pdf.set_font("Serif", "", 8.8)
    label_style = FontFace(emphasis="BOLD", fill_color=(238, 241, 236))
    with pdf.table(col_widths=(48, 142), width=190, text_align="LEFT", v_align="TOP",
                   line_height=4.3, padding=1.3, first_row_as_headings=False) as table:
        for label, value in rows:
            row = table.row()
            row.cell(label, style=label_style)
            row.cell(value)
    pdf.ln(6)


def build() -> bytes:
    pdf = PlanPDF(orientation="P", unit="mm", format="A4")
    pdf.set_creation_date(dt.datetime(2026, 1, 27, 9, 30, 0, tzinfo=dt.timezone.utc))
    pdf.set_title("PIAO 2026-2028 - Sottosezione 2.2 Performance - Schede obiettivo - Comune di Brenzago")
    pdf.set_author("Comune di Brenzago")
    pdf.set_creator("make_pdf_plan.py")
    pdf.set_producer("fpdf2")
    pdf.add_font("Serif", "", str(FONT_DIR / "DejaVuSerif.ttf"))
    pdf.add_font("Serif", "B", str(FONT_DIR / "DejaVuSerif-Bold.ttf"))
    pdf.add_font("Serif", "I", str(FONT_DIR / "DejaVuSerif-Italic.ttf"))
    pdf.set_margins(10, 10, 10)
    pdf.set_auto_page_break(True, margin=18)

    # --- page 1: title, premessa, organigramma
    pdf.add_page()
    pdf.set_font("Serif", "B", 15)
    pdf.cell(0, 8, "COMUNE DI BRENZAGO", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "", 10)
    pdf.cell(0, 5, "Provincia di Novara", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("Serif", "B", 12)
    pdf.cell(0, 6, "PIANO INTEGRATO DI ATTIVITÀ E ORGANIZZAZIONE 2026-2028", align="C",
             new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 6, "Sottosezione 2.2 – Performance: schede degli obiettivi esecutivi 2026", align="C",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    heading(pdf, "Premessa", 11.5)
    for p in PREMESSA:
        paragraph(pdf, p)
    heading(pdf, "Organigramma", 11.5)
    pdf.set_font("Serif", "", 8.8)
    head_style = FontFace(emphasis="BOLD", fill_color=(205, 215, 200))
    with pdf.table(col_widths=ORG_WIDTHS, width=sum(ORG_WIDTHS), text_align="LEFT", v_align="TOP",
                   line_height=4.3, padding=1.3, headings_style=head_style) as table:
        row = table.row()
        for c in ORG_COLS:
            row.cell(c)
        for r in ORGANIGRAMMA:
            row = table.row()
            for c in r:
                row.cell(c)
    pdf.ln(5)

    # --- schede
    pdf.add_page()
    heading(pdf, "Schede obiettivo 2026", 11.5)
    paragraph(pdf, SCHEDE_INTRO)
    for code, rows in SCHEDE:
        scheda(pdf, code, rows)

    # --- riepilogo + valore pubblico
    ensure_space(pdf, 90)
    heading(pdf, "Riepilogo pesi", 11.5)
    pdf.set_font("Serif", "", 8.8)
    with pdf.table(col_widths=(40, 90, 40), width=170, text_align="LEFT", line_height=4.3,
                   padding=1.3, headings_style=head_style, align="LEFT") as table:
        row = table.row()
        for c in RIEPILOGO_COLS:
            row.cell(c)
        for r in RIEPILOGO:
            row = table.row()
            for c in r:
                row.cell(c)
    pdf.ln(5)
    heading(pdf, "Collegamento con il Valore Pubblico", 11.5)
    paragraph(pdf, VALORE_PUBBLICO)

    return bytes(pdf.output())


def main():
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_bytes(build())
    print(f"wrote {OUT} ({OUT.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
