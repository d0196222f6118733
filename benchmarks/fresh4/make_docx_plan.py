"""Generate a fictional PIAO 2026-2028 "Sottosezione 2.2 Performance" as a Word document.

The municipality (Comune di Caprasco Lomellino, provincia di Pavia), its people, firms and
figures are invented. Layout: Word heading styles, the org chart as one table, every
objective as its own two-column table ("Voce | Contenuto"), anticorruption measures as a
numbered list, some facts only inside prose paragraphs.

Usage: python benchmarks/fresh4/make_docx_plan.py [output.docx]
"""
from __future__ import annotations

import sys
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

ENTE = "Comune di Caprasco Lomellino"
SLUG = "caprasco-lomellino"
HERE = Path(__file__).resolve().parent
OUT = HERE / "docs" / f"{SLUG}_piao-2026-2028_sottosezione-performance.docx"

A_AMM = "Area Amministrativa e Servizi Demografici"
A_FIN = "Area Economico-Finanziaria e Tributi"
A_TEC = "Area Tecnica – Lavori Pubblici e Patrimonio"
A_URB = "Area Urbanistica, Edilizia Privata e Ambiente"
A_SOC = "Area Servizi alla Persona"
A_PL = "Area Polizia Locale"
QUAL_EQ = "Funzionario EQ – Area dei Funzionari e dell'Elevata Qualificazione"

ORG = [
    (A_AMM, "dott.ssa Elena Martinoli", QUAL_EQ,
     "Segreteria generale e affari istituzionali; protocollo e archivio; servizi demografici, stato civile "
     "ed elettorale; URP; gestione giuridica del personale"),
    (A_FIN, "dott. Marco Bellazzi", QUAL_EQ,
     "Ragioneria e bilancio; economato e provveditorato; tributi (IMU, TARI, canone unico patrimoniale); "
     "trattamento economico del personale; società partecipate"),
    (A_TEC, "ing. Stefano Garlaschi", QUAL_EQ,
     "Lavori pubblici; manutenzione di strade, verde e immobili comunali; patrimonio e cimiteri; "
     "protezione civile; squadra operai"),
    (A_URB, "arch. Chiara Fornaroli", QUAL_EQ,
     "Pianificazione urbanistica (PGT); edilizia privata (SUE); sportello unico per le attività produttive "
     "(SUAP); ecologia e ciclo dei rifiuti; catasto"),
    (A_SOC, "Segretario comunale (ad interim)", "Segretario comunale in convenzione",
     "Servizi sociali e segretariato sociale; istruzione, refezione e trasporto scolastico; pre e post scuola; "
     "biblioteca civica e cultura; sport e associazionismo"),
    (A_PL, "comm. Sara Mezzadri (Comandante)", "Funzionario EQ – Specialista di vigilanza",
     "Polizia stradale e infortunistica; polizia amministrativa e commerciale; videosorveglianza e sicurezza "
     "urbana; notifiche e messo comunale"),
]

M01 = "Missione 01 – Servizi istituzionali, generali e di gestione"

OBIETTIVI = [
    {
        "Codice obiettivo": "PG-2026-01",
        "Denominazione": "Digitalizzazione dell'archivio storico delle pratiche edilizie",
        "Missione/Programma DUP": "Missione 08 – Assetto del territorio ed edilizia abitativa / "
                                  "Programma 01 – Urbanistica e assetto del territorio",
        "Unità organizzativa responsabile": f"{A_URB}, in collaborazione con {A_AMM} "
                                            "(ufficio protocollo e archivio)",
        "Referente operativo": "geom. Luca Boselli (Istruttore tecnico – Edilizia privata)",
        "Descrizione": "L'archivio cartaceo delle pratiche edilizie (licenze, concessioni, permessi di costruire, "
                       "DIA e SCIA dal 1968 al 2018) è conservato nei locali seminterrati del municipio ed è "
                       "oggetto di frequenti richieste di accesso agli atti da parte di tecnici e notai. La ricerca "
                       "manuale richiede oggi in media 20 giorni lavorativi per pratica. L'obiettivo prevede la "
                       "scansione, l'indicizzazione e il caricamento delle pratiche sul gestionale SUE.",
        "Risultato atteso": "Riduzione dei tempi di evasione delle richieste di accesso agli atti edilizi e "
                            "consultazione delle pratiche in formato digitale da parte degli uffici, senza "
                            "movimentazione dei fascicoli cartacei.",
        "Indicatore di risultato": "1) Numero di pratiche edilizie scansionate e indicizzate sul gestionale SUE\n"
                                   "2) Tempo medio di evasione delle richieste di accesso agli atti edilizi",
        "Valore obiettivo 2026": "1) almeno 2.400 pratiche\n2) non superiore a 10 giorni lavorativi",
        "Cronoprogramma": [
            "entro il 31/03/2026: ricognizione dei fascicoli e predisposizione degli elenchi di consistenza",
            "entro il 30/06/2026: scansione delle pratiche dal 1968 al 1995",
            "entro il 31/10/2026: scansione delle pratiche dal 1996 al 2018 e controllo di qualità a campione",
            "entro il 15/12/2026: caricamento sul gestionale SUE e attivazione della ricerca per foglio e mappale",
        ],
        "Portatori di interesse": "Professionisti tecnici (geometri, architetti, ingegneri); notai; cittadini "
                                  "proprietari di immobili; uffici comunali",
        "Personale coinvolto": "Luca Boselli (Istruttore tecnico); Anna Ticozzi (Istruttore amministrativo); "
                               "Davide Gambarana (Operatore esperto – archivio)",
        "Peso": "10%",
        "_nota": "Il servizio di scansione e indicizzazione è stato affidato, a seguito di trattativa diretta sul "
                 "MePA, alla ditta Archivia Nord S.r.l. per un importo di € 18.600,00 oltre IVA (determinazione "
                 "del Responsabile dell'Area Urbanistica n. 412 del 14/11/2025); la spesa trova copertura "
                 "nell'annualità 2026 del bilancio di previsione 2026-2028.",
    },
    {
        "Codice obiettivo": "PG-2026-02",
        "Denominazione": "Rispetto dei tempi di pagamento delle transazioni commerciali",
        "Missione/Programma DUP": f"{M01} / Programma 03 – Gestione economica, finanziaria, programmazione e "
                                  "provveditorato",
        "Unità organizzativa responsabile": A_FIN,
        "Referente operativo": "rag. Silvia Cantoni (Istruttore contabile – Ragioneria)",
        "Descrizione": "Il rispetto dei tempi di pagamento previsti dal d.lgs. 231/2002 costituisce obiettivo "
                       "specifico ai sensi dell'art. 4-bis del d.l. 13/2023. Nel 2025 il tempo medio di pagamento "
                       "è stato di 34 giorni, con un ritardo medio ponderato di 4 giorni. L'obiettivo prevede la "
                       "riorganizzazione del flusso di liquidazione delle fatture tra le aree e la ragioneria.",
        "Risultato atteso": "Pagamento delle fatture entro 30 giorni dal ricevimento, azzeramento del ritardo "
                            "medio ponderato e riduzione dello stock di debito commerciale scaduto.",
        "Indicatore di risultato": "Indicatore annuale di tempestività dei pagamenti (ITP) calcolato sulla "
                                   "Piattaforma dei Crediti Commerciali; tempo medio di pagamento",
        "Valore obiettivo 2026": "ITP pari o inferiore a 0 giorni; tempo medio di pagamento non superiore a "
                                 "30 giorni",
        "Cronoprogramma": [
            "entro il 28/02/2026: circolare operativa ai Responsabili di Area sulle scadenze di liquidazione",
            "trimestralmente: monitoraggio dei tempi di liquidazione per singola area e pubblicazione "
            "dell'indicatore trimestrale",
            "entro il 31/01/2027: calcolo e pubblicazione dell'indicatore annuale 2026",
        ],
        "Portatori di interesse": "Fornitori e imprese; Responsabili di Area; Revisore dei conti",
        "Personale coinvolto": "Silvia Cantoni (Istruttore contabile); Roberta Losio (Istruttore "
                               "amministrativo-contabile)",
        "Peso": "9%",
    },
    {
        "Codice obiettivo": "PG-2026-03",
        "Denominazione": "Recupero dell'evasione IMU e TARI",
        "Missione/Programma DUP": f"{M01} / Programma 04 – Gestione delle entrate tributarie e servizi fiscali",
        "Unità organizzativa responsabile": A_FIN,
        "Referente operativo": "Giorgia Pavesi (Istruttore amministrativo-contabile – Ufficio Tributi)",
        "Descrizione": "Prosecuzione dell'attività di controllo sulle annualità non ancora prescritte mediante "
                       "incrocio delle banche dati catastali, anagrafiche e delle utenze, con particolare "
                       "attenzione alle aree edificabili e alle utenze non domestiche TARI.",
        "Risultato atteso": "Maggiore equità fiscale tra i contribuenti e recupero di risorse da destinare al "
                            "finanziamento dei servizi, nel rispetto dello Statuto dei diritti del contribuente.",
        "Indicatore di risultato": "1) Numero di avvisi di accertamento emessi\n2) Importo complessivo accertato",
        "Valore obiettivo 2026": "1) almeno 350 avvisi\n2) almeno € 120.000,00",
        "Cronoprogramma": [
            "entro il 30/04/2026: estrazione e bonifica delle banche dati per le annualità 2021-2022",
            "entro il 30/09/2026: emissione degli avvisi IMU annualità 2021",
            "entro il 30/11/2026: emissione degli avvisi TARI utenze non domestiche annualità 2021-2022",
            "entro il 31/12/2026: rendicontazione degli importi accertati e riscossi",
        ],
        "Portatori di interesse": "Contribuenti; CAF e professionisti; Agenzia delle Entrate – Territorio",
        "Personale coinvolto": "Giorgia Pavesi (Istruttore amministrativo-contabile); Marco Bellazzi "
                               "(Responsabile di Area)",
        "Peso": "9%",
    },
    {
        "Codice obiettivo": "PG-2026-04",
        "Denominazione": "Miglioramento sismico e riqualificazione energetica della scuola primaria di via dei Tigli",
        "Missione/Programma DUP": "Missione 04 – Istruzione e diritto allo studio / Programma 02 – Altri ordini "
                                  "di istruzione non universitaria",
        "Unità organizzativa responsabile": A_TEC,
        "Referente operativo": "geom. Alessio Rampoldi (Istruttore tecnico, RUP dell'intervento)",
        "Descrizione": "Esecuzione dei lavori di miglioramento sismico, sostituzione dei serramenti e installazione "
                       "di un impianto fotovoltaico sulla copertura dell'edificio scolastico. I lavori più invasivi "
                       "devono svolgersi durante la sospensione estiva delle attività didattiche, per limitare i "
                       "disagi agli alunni.",
        "Risultato atteso": "Messa in sicurezza dell'edificio e riduzione dei consumi energetici, con rientro degli "
                            "alunni nel plesso all'avvio dell'anno scolastico 2026/2027.",
        "Indicatore di risultato": "1) Rispetto del cronoprogramma dei lavori\n2) Riduzione stimata dei consumi "
                                   "di energia primaria dell'edificio",
        "Valore obiettivo 2026": "1) ultimazione dei lavori entro il 31/08/2026\n2) almeno -35% rispetto alla "
                                 "diagnosi energetica 2024",
        "Cronoprogramma": [
            "entro il 16/03/2026: consegna dei lavori all'impresa appaltatrice",
            "dal 15/06/2026 al 31/08/2026: interventi strutturali e sostituzione dei serramenti",
            "entro il 31/08/2026: ultimazione dei lavori",
            "entro il 30/11/2026: collaudo statico e certificato di regolare esecuzione",
        ],
        "Portatori di interesse": "Alunni e famiglie; personale docente e ATA; Istituto comprensivo; "
                                  "Regione Lombardia",
        "Personale coinvolto": "Alessio Rampoldi (Istruttore tecnico); Stefano Garlaschi (Responsabile di Area); "
                               "Mauro Bergonzi (Operaio specializzato)",
        "Peso": "10%",
        "_nota": "I lavori sono stati aggiudicati all'impresa Edil Lomellina Costruzioni S.r.l. per l'importo "
                 "contrattuale di € 385.400,00 oltre IVA, di cui € 12.800,00 per oneri della sicurezza. Il quadro "
                 "economico complessivo dell'intervento ammonta a € 520.000,00, finanziato per € 300.000,00 con "
                 "contributo della Regione Lombardia e per la parte restante con avanzo di amministrazione.",
    },
    {
        "Codice obiettivo": "PG-2026-05",
        "Denominazione": "Riorganizzazione del servizio di pre e post scuola",
        "Missione/Programma DUP": "Missione 04 – Istruzione e diritto allo studio / Programma 06 – Servizi "
                                  "ausiliari all'istruzione",
        "Unità organizzativa responsabile": A_SOC,
        "Referente operativo": "Federica Zucchetti (Istruttore amministrativo – Ufficio Istruzione)",
        "Descrizione": "Il servizio, finora gestito da volontari dell'associazione genitori, viene riorganizzato "
                       "con l'affidamento a operatori educativi qualificati, l'estensione dell'orario del post "
                       "scuola fino alle ore 18:00 e le iscrizioni esclusivamente online tramite il portale dei "
                       "servizi scolastici.",
        "Risultato atteso": "Migliore conciliazione dei tempi di vita e di lavoro delle famiglie e maggiore "
                            "qualità educativa del servizio.",
        "Indicatore di risultato": "1) Numero di bambini iscritti al servizio\n2) Grado di soddisfazione delle "
                                   "famiglie rilevato con questionario",
        "Valore obiettivo 2026": "1) almeno 60 iscritti\n2) almeno 80% di giudizi positivi",
        "Cronoprogramma": [
            "entro il 30/04/2026: definizione del capitolato e delle nuove fasce orarie",
            "entro il 30/06/2026: affidamento del servizio",
            "dal 01/07/2026 al 31/07/2026: apertura delle iscrizioni online",
            "dal 14/09/2026: avvio del servizio con l'anno scolastico 2026/2027",
            "entro il 18/12/2026: questionario di gradimento alle famiglie",
        ],
        "Portatori di interesse": "Famiglie degli alunni della scuola primaria; Istituto comprensivo; "
                                  "associazione genitori",
        "Personale coinvolto": "Federica Zucchetti (Istruttore amministrativo); Paola Invernizzi (Istruttore "
                               "amministrativo)",
        "Peso": "8%",
    },
    {
        "Codice obiettivo": "PG-2026-06",
        "Denominazione": "Estensione dei servizi online e dei pagamenti tramite pagoPA",
        "Missione/Programma DUP": f"{M01} / Programma 08 – Statistica e sistemi informativi",
        "Unità organizzativa responsabile": f"{A_AMM}, in collaborazione con {A_FIN}",
        "Referente operativo": "Andrea Migliavacca (Istruttore informatico – Servizi informativi)",
        "Descrizione": "Attivazione sullo sportello telematico di nuove istanze online accessibili con SPID e CIE, "
                       "integrate con pagoPA per il pagamento di diritti, tariffe e canoni, in continuità con le "
                       "misure PNRR 1.4.1 e 1.4.3 già finanziate e concluse.",
        "Risultato atteso": "Riduzione degli accessi allo sportello fisico e possibilità per cittadini e imprese di "
                            "presentare istanze e pagare a distanza, in qualunque orario.",
        "Indicatore di risultato": "1) Numero di procedimenti attivati online sullo sportello telematico\n"
                                   "2) Percentuale degli incassi da servizi a domanda individuale riscossi "
                                   "tramite pagoPA",
        "Valore obiettivo 2026": "1) almeno 15 nuovi procedimenti\n2) almeno 90%",
        "Cronoprogramma": [
            "entro il 31/03/2026: mappatura dei procedimenti da digitalizzare con i Responsabili di Area",
            "entro il 30/06/2026: attivazione dei primi 8 procedimenti online",
            "entro il 30/11/2026: attivazione degli ulteriori procedimenti e integrazione con pagoPA",
        ],
        "Portatori di interesse": "Cittadini; imprese; professionisti; uffici comunali",
        "Personale coinvolto": "Andrea Migliavacca (Istruttore informatico); Laura Gerosa (Istruttore "
                               "amministrativo); Silvia Cantoni (Istruttore contabile)",
        "Peso": "9%",
    },
    {
        "Codice obiettivo": "PG-2026-07",
        "Denominazione": "Potenziamento della videosorveglianza e dei controlli per la sicurezza urbana",
        "Missione/Programma DUP": "Missione 03 – Ordine pubblico e sicurezza / Programma 02 – Sistema integrato "
                                  "di sicurezza urbana",
        "Unità organizzativa responsabile": A_PL,
        "Referente operativo": "isp. Nicola Bottazzi (Istruttore di vigilanza)",
        "Descrizione": "Ampliamento dell'impianto di videosorveglianza con nuove telecamere di lettura targhe agli "
                       "accessi del territorio comunale e intensificazione dei servizi serali di controllo nelle "
                       "aree verdi e nei parcheggi della stazione, in attuazione del patto locale per la sicurezza "
                       "sottoscritto con la Prefettura.",
        "Risultato atteso": "Maggiore percezione di sicurezza da parte dei cittadini e migliore supporto alle "
                            "attività di indagine delle forze dell'ordine.",
        "Indicatore di risultato": "1) Numero di telecamere attive e collegate alla centrale operativa\n"
                                   "2) Numero di servizi serali di controllo del territorio",
        "Valore obiettivo 2026": "1) 24 telecamere (16 al 31/12/2025)\n2) almeno 40 servizi serali",
        "Cronoprogramma": [
            "entro il 31/05/2026: approvazione del progetto di ampliamento e parere del Comitato provinciale per "
            "l'ordine e la sicurezza pubblica",
            "da aprile a ottobre 2026: servizi serali programmati",
            "entro il 30/09/2026: installazione e collaudo delle nuove telecamere",
        ],
        "Portatori di interesse": "Cittadini; commercianti; Prefettura; Carabinieri",
        "Personale coinvolto": "Nicola Bottazzi (Istruttore di vigilanza); Elisa Curti (Agente di polizia locale); "
                               "Matteo Rognoni (Agente di polizia locale)",
        "Peso": "9%",
    },
    {
        "Codice obiettivo": "PG-2026-08",
        "Denominazione": "Aggiornamento del Piano comunale di protezione civile",
        "Missione/Programma DUP": "Missione 11 – Soccorso civile / Programma 01 – Sistema di protezione civile",
        "Unità organizzativa responsabile": f"{A_TEC}, in collaborazione con {A_PL}",
        "Referente operativo": "geom. Alessio Rampoldi (Istruttore tecnico)",
        "Descrizione": "Il piano vigente risale al 2014 e non recepisce né gli scenari di rischio idraulico legati "
                       "alla roggia Cerchiara né la disciplina del Codice della protezione civile (d.lgs. 1/2018) "
                       "e le successive indicazioni operative regionali.",
        "Risultato atteso": "Piano aggiornato, approvato dal Consiglio comunale e conosciuto dalla popolazione, con "
                            "aree di attesa e di accoglienza individuate e segnalate.",
        "Indicatore di risultato": "1) Approvazione del piano aggiornato in Consiglio comunale\n2) Numero di "
                                   "esercitazioni con il gruppo comunale di volontari",
        "Valore obiettivo 2026": "1) approvazione entro il 30/09/2026\n2) almeno 1 esercitazione",
        "Cronoprogramma": [
            "entro il 31/03/2026: affidamento dell'incarico di supporto tecnico per l'analisi degli scenari di rischio",
            "entro il 30/06/2026: bozza del piano e condivisione con il gruppo comunale di volontari",
            "entro il 30/09/2026: approvazione in Consiglio comunale",
            "entro il 30/11/2026: esercitazione e incontro pubblico di presentazione alla cittadinanza",
        ],
        "Portatori di interesse": "Popolazione residente; Gruppo comunale volontari di protezione civile; "
                                  "Prefettura; Regione Lombardia – Sala operativa",
        "Personale coinvolto": "Alessio Rampoldi (Istruttore tecnico); Nicola Bottazzi (Istruttore di vigilanza); "
                               "Mauro Bergonzi (Operaio specializzato)",
        "Peso": "8%",
    },
    {
        "Codice obiettivo": "PG-2026-09",
        "Denominazione": "Incremento della raccolta differenziata e contrasto all'abbandono dei rifiuti",
        "Missione/Programma DUP": "Missione 09 – Sviluppo sostenibile e tutela del territorio e dell'ambiente / "
                                  "Programma 03 – Rifiuti",
        "Unità organizzativa responsabile": A_URB,
        "Referente operativo": "dott.ssa Valeria Brambati (Funzionario tecnico – Ufficio Ecologia)",
        "Descrizione": "Sperimentazione della misurazione puntuale dei conferimenti del secco residuo per le utenze "
                       "domestiche tramite contenitori dotati di transponder, campagna informativa porta a porta e "
                       "installazione di fototrappole nei punti di abbandono più frequenti, in coordinamento con il "
                       "gestore del servizio di igiene urbana.",
        "Risultato atteso": "Aumento della quota di rifiuti avviati a recupero e riduzione dei costi di smaltimento "
                            "del secco residuo, a beneficio della tariffa TARI.",
        "Indicatore di risultato": "Percentuale di raccolta differenziata (dato certificato ORSO – Osservatorio "
                                   "regionale rifiuti)",
        "Valore obiettivo 2026": "almeno 72% (valore 2025: 68,4%)",
        "Cronoprogramma": [
            "entro il 30/04/2026: distribuzione dei contenitori con transponder alle utenze domestiche",
            "maggio-giugno 2026: campagna informativa e incontri pubblici nelle frazioni",
            "dal 01/07/2026: avvio della misurazione sperimentale dei conferimenti",
            "entro il 31/12/2026: report sui risultati e proposta di eventuale tariffa puntuale dal 2027",
        ],
        "Portatori di interesse": "Utenze domestiche e non domestiche; gestore del servizio di igiene urbana; "
                                  "scuole; associazioni ambientaliste",
        "Personale coinvolto": "Valeria Brambati (Funzionario tecnico); Luca Boselli (Istruttore tecnico)",
        "Peso": "10%",
        "_nota": "Il servizio di igiene urbana è svolto dalla società Lomellina Ambiente Servizi S.p.A., in forza del "
                 "contratto di servizio in scadenza il 31/12/2027; i contenitori con transponder sono forniti dal "
                 "gestore senza oneri aggiuntivi per l'ente.",
    },
    {
        "Codice obiettivo": "PG-2026-10",
        "Denominazione": "Piano della formazione del personale e sviluppo delle competenze",
        "Missione/Programma DUP": f"{M01} / Programma 10 – Risorse umane",
        "Unità organizzativa responsabile": A_AMM,
        "Referente operativo": "Laura Gerosa (Istruttore amministrativo – Ufficio Personale)",
        "Descrizione": "Attuazione del piano annuale della formazione in coerenza con la direttiva del Ministro per "
                       "la pubblica amministrazione del 14 gennaio 2025, che prevede almeno 40 ore di formazione "
                       "annue per ciascun dipendente, con priorità alle competenze digitali (piattaforma Syllabus), "
                       "al codice dei contratti pubblici e alla prevenzione della corruzione.",
        "Risultato atteso": "Accrescimento delle competenze del personale e diffusione della cultura dell'etica "
                            "pubblica, con ricadute sulla qualità dei servizi resi.",
        "Indicatore di risultato": "1) Ore medie di formazione per dipendente\n2) Percentuale di dipendenti che "
                                   "completano almeno un percorso Syllabus",
        "Valore obiettivo 2026": "1) almeno 40 ore\n2) 100% dei dipendenti",
        "Cronoprogramma": [
            "entro il 28/02/2026: rilevazione dei fabbisogni formativi presso le aree",
            "entro il 31/03/2026: approvazione del piano annuale della formazione",
            "entro il 30/06/2026: formazione obbligatoria in materia di anticorruzione ed etica pubblica",
            "entro il 15/12/2026: verifica delle ore svolte e del completamento dei percorsi Syllabus",
        ],
        "Portatori di interesse": "Dipendenti comunali; Responsabili di Area; organizzazioni sindacali",
        "Personale coinvolto": "Laura Gerosa (Istruttore amministrativo); Elena Martinoli (Responsabile di Area)",
        "Peso": "9%",
    },
    {
        "Codice obiettivo": "PG-2026-11",
        "Denominazione": "Rilancio della biblioteca civica e promozione della lettura",
        "Missione/Programma DUP": "Missione 05 – Tutela e valorizzazione dei beni e delle attività culturali / "
                                  "Programma 02 – Attività culturali e interventi diversi nel settore culturale",
        "Unità organizzativa responsabile": A_SOC,
        "Referente operativo": "Beatrice Scotti (Istruttore culturale – Biblioteca)",
        "Descrizione": "Ampliamento dell'orario di apertura al sabato mattina, adesione al prestito "
                       "interbibliotecario del sistema bibliotecario provinciale, rassegna di incontri con autori e "
                       "laboratori di lettura per la fascia 0-6 anni nell'ambito del progetto \"Nati per Leggere\".",
        "Risultato atteso": "Aumento degli utenti attivi e dei prestiti, con la biblioteca come luogo di "
                            "aggregazione culturale per tutte le età.",
        "Indicatore di risultato": "1) Numero di prestiti annui\n2) Numero di iniziative di promozione della lettura",
        "Valore obiettivo 2026": "1) almeno 6.500 prestiti (5.120 nel 2025)\n2) almeno 12 iniziative",
        "Cronoprogramma": [
            "dal 07/02/2026: apertura al sabato mattina",
            "entro il 30/04/2026: adesione al prestito interbibliotecario",
            "da marzo a novembre 2026: calendario di incontri con autori e laboratori",
            "entro il 31/12/2026: rendicontazione dei prestiti e degli utenti attivi",
        ],
        "Portatori di interesse": "Cittadini di tutte le età; scuole; famiglie con bambini 0-6 anni; associazioni "
                                  "culturali",
        "Personale coinvolto": "Beatrice Scotti (Istruttore culturale); volontari del servizio civile universale",
        "Peso": "9%",
    },
]

MISURE = [
    "Rotazione dei RUP e dei componenti delle commissioni negli affidamenti di lavori di importo superiore a "
    "40.000 euro, ove le dimensioni dell'ufficio lo consentano; in alternativa, segregazione delle funzioni tra "
    f"istruttoria e adozione dell'atto. Soggetto responsabile: il Responsabile dell'{A_TEC}.",
    "Controllo a campione, nella misura del 10%, delle attestazioni ISEE e delle autocertificazioni presentate per "
    "l'accesso a contributi economici e agevolazioni tariffarie. Soggetto responsabile: il Responsabile "
    f"dell'{A_SOC}.",
    "Rispetto dell'ordine cronologico di protocollazione nell'istruttoria delle pratiche edilizie e SUAP, con "
    f"report semestrale al RPCT. Soggetto responsabile: il Responsabile dell'{A_URB}.",
    "Pubblicazione tempestiva in Amministrazione trasparente degli atti di concessione di sovvenzioni, contributi "
    "e vantaggi economici di importo superiore a 1.000 euro (artt. 26 e 27 del d.lgs. 33/2013). Soggetto "
    f"responsabile: il Responsabile dell'{A_AMM}.",
    "Tracciabilità delle rateizzazioni e degli sgravi tributari mediante registro informatico, con motivazione "
    f"di ogni provvedimento. Soggetto responsabile: il Responsabile dell'{A_FIN}.",
    "Registro degli annullamenti in autotutela dei verbali al codice della strada, con motivazione scritta e "
    f"verifica trimestrale. Soggetto responsabile: il Responsabile dell'{A_PL}.",
]


def shade_bold(cell) -> None:
    for p in cell.paragraphs:
        for r in p.runs:
            r.bold = True


def add_table(doc, header, rows, widths):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for c, h in zip(t.rows[0].cells, header):
        c.text = h
        shade_bold(c)
    for row in rows:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            if isinstance(v, list):  # one paragraph per line (cronoprogramma)
                c.text = v[0]
                for line in v[1:]:
                    c.add_paragraph(line)
            else:
                lines = v.split("\n")
                c.text = lines[0]
                for line in lines[1:]:
                    c.add_paragraph(line)
    for row in t.rows:
        for c, w in zip(row.cells, widths):
            c.width = Cm(w)
    return t


def build(out: Path) -> None:
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    doc.core_properties.title = "PIAO 2026-2028 – Sottosezione 2.2 Performance"
    doc.core_properties.author = "Comune di Caprasco Lomellino – Ufficio Segreteria"
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = f"{ENTE} – PIAO 2026-2028"
    sec.footer.paragraphs[0].text = "Sezione 2 – Valore pubblico, performance e anticorruzione"

    p = doc.add_paragraph("COMUNE DI CAPRASCO LOMELLINO", style="Title")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = doc.add_paragraph("Provincia di Pavia", style="Subtitle")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = doc.add_paragraph("PIANO INTEGRATO DI ATTIVITÀ E ORGANIZZAZIONE (PIAO) 2026-2028")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.runs[0].bold = True
    p = doc.add_paragraph("Sezione 2 – Valore pubblico, performance e anticorruzione")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    doc.add_heading("Sottosezione 2.2 Performance", level=1)
    doc.add_heading("Premessa", level=2)
    doc.add_paragraph(
        "La presente sottosezione è predisposta ai sensi dell'art. 6 del d.l. 9 giugno 2021, n. 80, convertito "
        "dalla legge 6 agosto 2021, n. 113, del d.P.R. 24 giugno 2022, n. 81 e del decreto del Ministro per la "
        "pubblica amministrazione 30 giugno 2022, n. 132, nonché del d.lgs. 27 ottobre 2009, n. 150. Gli enti con "
        "meno di 50 dipendenti non sono tenuti alla compilazione della sottosezione; l'Amministrazione ha tuttavia "
        "scelto di definire gli obiettivi esecutivi nel PIAO, in luogo di un separato Piano della performance.")
    doc.add_paragraph(
        "Gli obiettivi sono coerenti con la Nota di aggiornamento al Documento Unico di Programmazione 2026-2028, "
        "approvata con deliberazione del Consiglio comunale n. 41 del 18/12/2025, e con il bilancio di previsione "
        "2026-2028 approvato nella medesima seduta. Il PIAO 2026-2028 è approvato dalla Giunta comunale con "
        "deliberazione n. 9 del 29/01/2026.")

    doc.add_heading("Struttura organizzativa", level=1)
    doc.add_paragraph(
        "L'ente è articolato in sei unità organizzative di massima dimensione (Aree), a ciascuna delle quali è "
        "preposto un Responsabile titolare di incarico di Elevata Qualificazione nominato con decreto del Sindaco. "
        "Il coordinamento dei Responsabili è assicurato dal Segretario comunale dott. Gianluca Rebuffi, titolare "
        "della segreteria convenzionata con il Comune di Gerbola Lomellina, che svolge anche le funzioni di "
        "Responsabile della prevenzione della corruzione e della trasparenza (RPCT).")
    doc.add_paragraph(
        "A seguito del collocamento a riposo della precedente titolare, dal 1° ottobre 2025 la responsabilità "
        "dell'Area Servizi alla Persona è attribuita ad interim al Segretario comunale, nelle more della "
        "conclusione della procedura selettiva per la copertura del posto di Funzionario socio-assistenziale "
        "prevista nella sottosezione 3.3 (Piano triennale dei fabbisogni di personale).")
    doc.add_paragraph("Tabella 1 – Organigramma e responsabilità delle unità organizzative", style="Caption")
    add_table(doc, ["Unità organizzativa", "Responsabile", "Qualifica", "Servizi assegnati"], ORG,
              [4.0, 3.6, 3.8, 6.0])

    doc.add_heading("Dotazione di personale", level=2)
    doc.add_paragraph(
        "Alla data del 31/12/2025 prestano servizio presso l'ente 34 dipendenti a tempo indeterminato, Responsabili "
        "di Area compresi (di cui 5 con rapporto a tempo parziale), oltre al Segretario comunale in convenzione. Il "
        f"personale è così ripartito: {A_AMM} 7 unità; {A_FIN} 5 unità; {A_TEC} 8 unità, di cui 4 operai "
        f"specializzati; {A_URB} 4 unità; {A_SOC} 6 unità, compresa l'assistente sociale; {A_PL} 4 unità. "
        "È inoltre in servizio un istruttore amministrativo con contratto a tempo determinato fino al 30/06/2026, "
        "assegnato all'Area Servizi alla Persona per la rendicontazione dei progetti finanziati.")

    doc.add_heading("Obiettivi esecutivi 2026", level=1)
    doc.add_paragraph(
        "Per l'anno 2026 sono assegnati ai Responsabili di Area gli obiettivi esecutivi riportati nelle schede "
        "seguenti. Il peso indica l'incidenza di ciascun obiettivo sulla performance organizzativa dell'ente "
        "(totale 100%); gli obiettivi assegnati in collaborazione tra due aree sono valutati in capo a entrambi i "
        "Responsabili. Per gli anni 2027 e 2028 gli obiettivi saranno definiti in sede di aggiornamento annuale "
        "del Piano.")
    for ob in OBIETTIVI:
        doc.add_heading(f"Obiettivo {ob['Codice obiettivo']} – {ob['Denominazione']}", level=2)
        rows = [(k, v) for k, v in ob.items() if not k.startswith("_")]
        add_table(doc, ["Voce", "Contenuto"], rows, [4.5, 12.0])
        if "_nota" in ob:
            doc.add_paragraph(ob["_nota"])
        else:
            doc.add_paragraph("")

    doc.add_heading("Misure di prevenzione della corruzione collegate agli obiettivi di performance", level=1)
    doc.add_paragraph(
        "In coerenza con la sottosezione 2.3 \"Rischi corruttivi e trasparenza\", le misure specifiche seguenti "
        "sono inserite tra gli obiettivi dei Responsabili di Area e concorrono alla valutazione della performance "
        "individuale. Il loro stato di attuazione è verificato dal RPCT con cadenza semestrale.")
    for m in MISURE:
        doc.add_paragraph(m, style="List Number")

    doc.add_heading("Monitoraggio e valutazione", level=1)
    doc.add_paragraph(
        "Il monitoraggio intermedio dello stato di avanzamento degli obiettivi è effettuato entro il 31 luglio 2026 "
        "sulla base dei report predisposti dai Responsabili di Area; le eventuali variazioni agli obiettivi sono "
        "approvate dalla Giunta comunale entro il 30 settembre 2026.")
    doc.add_paragraph(
        "Il Nucleo di Valutazione, nominato in forma monocratica, verifica il grado di raggiungimento degli obiettivi "
        "sulla base delle relazioni finali dei Responsabili, da trasmettere entro il 31 gennaio 2027, ai fini della "
        "validazione della Relazione sulla performance e della corresponsione della retribuzione di risultato "
        "secondo il vigente Sistema di misurazione e valutazione della performance.")

    out.parent.mkdir(parents=True, exist_ok=True)
    doc.save(out)


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else OUT
    build(target)
    print(target)
