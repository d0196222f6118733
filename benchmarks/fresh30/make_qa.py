"""Write fresh30_qa.jsonl (the questions are written by hand below; ids are assigned in order f30-001 …).

Run: /work/main/.venv/bin/python benchmarks/fresh30/make_qa.py
"""
from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "fresh30_qa.jsonl"
P = "castelvarrone_piao-2026-2028.pdf"
D = "poggiolmo_piao-2026-2028.docx"

# (type, question, answer, must_contain, [(doc, anchor), ...])   doc of the row = the docs of the anchors
Q = [
    # ------------------------------------------------------------------ responsabile (all need a hop)
    ("responsabile",
     "Chi è il responsabile dell'obiettivo sulla tariffa puntuale dei rifiuti a Castelvarrone?",
     "L'obiettivo OP-10 \"Avvio della tariffa puntuale sui rifiuti\" è assegnato al Settore 3 – Ambiente con "
     "responsabile \"Resp. Settore 3\": dalla struttura organizzativa il titolare di E.Q. del Settore 3 – Lavori "
     "pubblici, patrimonio e ambiente è l'ing. Andrea Molinengo.",
     [["Molinengo"]],
     [(P, "Avvio della tariffa puntuale sui rifiuti"), (P, "Settore 3 – Lavori pubblici, patrimonio e ambiente")]),
    ("responsabile",
     "chi segue la variante al PRGC per l'ex filanda?",
     "A Castelvarrone l'obiettivo OP-11 (variante parziale al PRGC per il recupero dell'ex filanda Ressia) è del "
     "Settore 4 – Urbanistica, indicato come \"Resp. Settore 4\": il titolare di E.Q. del Settore 4 – Urbanistica, "
     "edilizia privata e SUAP è l'arch. Chiara Bergadano.",
     [["Bergadano"]],
     [(P, "Variante parziale al PRGC per il recupero dell'ex filanda"),
      (P, "Settore 4 – Urbanistica, edilizia privata e SUAP")]),
    ("responsabile",
     "Chi è il responsabbile del centro estivo comunale di Castelvarone?",
     "A Castelvarrone il centro estivo comunale (OP-14) è del Settore 5 – Istruzione, con responsabile \"Resp. "
     "Settore 5\": la titolare di E.Q. del Settore 5 – Servizi alla persona è la dott.ssa Ornella Scarzella.",
     [["Scarzella"]],
     [(P, "Centro estivo comunale per bambini e ragazzi dai 6 ai 14"), (P, "Settore 5 – Servizi alla persona")]),
    ("responsabile",
     "A Castelvarrone chi risponde dei controlli di velocità sulla SP 27? Mi serve il nome.",
     "L'obiettivo OP-16 (sicurezza stradale lungo la SP 27 e davanti alle scuole) è del Settore 6 – Polizia Locale "
     "con responsabile \"Comandante P.L.\"; dalla struttura organizzativa il Comandante è il comm. Luca Boglione.",
     [["Boglione"]],
     [(P, "Sicurezza stradale lungo la SP 27 e davanti alle scuole"), (P, "comm. Luca Boglione (Comandante)")]),
    ("responsabile",
     "Chi è responsabile dell'obiettivo sull'Amministrazione trasparente nel PIAO di Castelvarrone, come nome?",
     "L'obiettivo OP-02 è assegnato alla Segreteria generale con responsabile il \"Segretario comunale\", cioè il "
     "dott. Stefano Rabellino (Segretario comunale e RPCT).",
     [["Rabellino"]],
     [(P, "Amministrazione trasparente: aggiornamento e controllo"),
      (P, "il Segretario comunale è il dott. Stefano Rabellino")]),
    ("responsabile",
     "Quale titolare di E.Q. risponde della riduzione dei tempi di pagamento ai fornitori a Castelvarrone?",
     "L'obiettivo OP-06 \"Tempestività dei pagamenti ai fornitori\" è del Settore 2 – Ragioneria con responsabile "
     "\"Resp. Settore 2\": il titolare del Settore 2 – Finanze, tributi e personale è il rag. Giorgio Cavallero.",
     [["Cavallero"]],
     [(P, "Tempestività dei pagamenti ai fornitori"), (P, "Settore 2 – Finanze, tributi e personale")]),
    ("responsabile",
     "Chi è responsabile del piano della formazione a Poggiolmo?",
     "L'obiettivo 1.3 indica solo l'Ufficio competente, l'Ufficio Personale e Organizzazione, che secondo "
     "l'organigramma è retto ad interim dalla dott.ssa Teresa Buonamici, Segretario comunale.",
     [["Buonamici"], ["interim"]],
     [(D, "1.3 Piano della formazione e competenze digitali"),
      (D, "Ufficio competente: Ufficio Personale e Organizzazione"),
      (D, "dott.ssa Teresa Buonamici, Segretario comunale (ad interim)")]),
    ("responsabile",
     "a poggiolmo chi è il responsabile dei certificati on line e della CIE?",
     "L'obiettivo 1.2 indica come referente il Responsabile dell'Ufficio Servizi demografici; nella tabella "
     "dell'organigramma l'Ufficio Servizi demografici e Stato civile è affidato al dott. Gabriele Nencioni.",
     [["Nencioni"]],
     [(D, "Certificati on line e appuntamenti per la carta d'identità"),
      (D, "Ufficio Servizi demografici e Stato civile")]),
    ("responsabile",
     "Di chi è la responsabilità del porta a porta a Valcupa?",
     "A Poggiolmo l'obiettivo 3.2 ha come responsabile il Responsabile Ufficio Ambiente e Protezione civile, "
     "ufficio affidato al geom. Simone Bartalucci.",
     [["Bartalucci"]],
     [(D, "3.2 Raccolta porta a porta nella frazione di Valcupa"),
      (D, "Responsabile: Responsabile Ufficio Ambiente e Protezione civile")]),
    ("responsabile",
     "Pagamenti puntuali ai fornitori di Poggiolmo: chi è il responsabile?",
     "L'obiettivo 2.1 indica solo la struttura, l'Ufficio Ragioneria ed Economato, il cui responsabile è la rag. "
     "Monica Salvadori.",
     [["Salvadori"]],
     [(D, "2.1 Pagamenti puntuali ai fornitori"), (D, "Struttura: Ufficio Ragioneria ed Economato")]),
    ("responsabile",
     "Chi è il responsabile dell'obiettivo sul SUAP digitale e il regolamento del mercato a Poggiolmo?",
     "L'obiettivo 5.1 indica come ufficio competente lo Sportello Unico Attività Produttive (SUAP), affidato "
     "all'arch. Elena Ciampolini.",
     [["Ciampolini"]],
     [(D, "SUAP digitale e nuovo regolamento del mercato settimanale"),
      (D, "Ufficio competente: Sportello Unico Attività Produttive (SUAP)")]),
    # ------------------------------------------------------------------ confronto
    ("confronto",
     "Tempi medi di pagamento: che target hanno fissato per il 2026 Castelvarrone e Poggiolmo?",
     "Castelvarrone (OP-06): tempo medio di pagamento delle fatture commerciali di 25 giorni entro il 31/12/2026 "
     "(partendo da 38 giorni nel 2025). Poggiolmo (2.1): 27 giorni entro il 31 dicembre 2026 (da 34 giorni), più "
     "un indicatore di tempestività negativo. L'obiettivo di Castelvarrone è più ambizioso.",
     [["25 giorni"], ["27 giorni"]],
     [(P, "Tempestività dei pagamenti ai fornitori"),
      (D, "Indicatori: tempo medio di pagamento – target 27 giorni")]),
    ("confronto",
     "Raccolta differenziata: qual è il target 2026 a Castelvarrone e a Poggiolmo?",
     "Castelvarrone punta al 72% di raccolta differenziata nel 2026 (OP-10, tariffa puntuale; il 75% è il "
     "traguardo al 2028); Poggiolmo al 70% su base annua (obiettivo 3.2, porta a porta a Valcupa).",
     [["72%"], ["70%"]],
     [(P, "Avvio della tariffa puntuale sui rifiuti"), (D, "percentuale di raccolta differenziata – target 70%")]),
    ("confronto",
     "Quante ore di formazione per dipendente prevedono per il 2026 i due comuni (Castelvarrone e Poggiolmo)?",
     "Castelvarrone: almeno 24 ore per dipendente, di cui 6 su Syllabus (OP-03, entro il 15/12/2026). Poggiolmo: "
     "20 ore medie per dipendente (obiettivo 1.3, corsi completati entro il 15 dicembre 2026).",
     [["24 ore"], ["20 ore"]],
     [(P, "Formazione del personale e competenze digitali (Syllabus)"),
      (D, "ore medie di formazione per dipendente – target 20 ore")]),
    ("confronto",
     "Quanti obiettivi operativi ha l'area del territorio e delle opere pubbliche a Castelvarrone e quanti a "
     "Poggiolmo?",
     "Castelvarrone: 5 obiettivi nella Linea strategica 3 – Territorio sicuro, opere pubbliche e ambiente (da OP-08 "
     "a OP-12). Poggiolmo: 4 obiettivi nell'Area strategica 3 – Territorio, ambiente e opere pubbliche (da 3.1 a "
     "3.4).",
     [["5", "cinque"], ["4", "quattro"]],
     [(P, "Linea strategica 3 – Territorio sicuro, opere pubbliche e ambiente"),
      (D, "Area strategica 3 – Territorio, ambiente e opere pubbliche")]),
    ("confronto",
     "Illuminazione a LED: confronta punti luce da sostituire e tempi tra Castelvarrone e Poggiolmo",
     "Castelvarrone (OP-09): 420 punti luce sostituiti e consumi -30%, scadenza 30/09/2026. Poggiolmo (3.1): 310 "
     "punti luce e consumi -35%, aggiudicazione entro marzo 2026 e posa da maggio a ottobre 2026.",
     [["420"], ["310"], ["30/09/2026"], ["ottobre 2026"]],
     [(P, "Illuminazione pubblica a LED nel capoluogo e a Crestella"), (D, "punti luce sostituiti – target 310"),
      (D, "posa dei nuovi apparecchi da maggio a ottobre 2026")]),
    ("confronto",
     "Obiettivo trasparenza: chi ne risponde e per quando va chiuso a Castelvarrone e a Poggiolmo?",
     "Castelvarrone (OP-02): il Segretario comunale, dott. Stefano Rabellino, scadenza 31/12/2026 (100% degli "
     "obblighi aggiornati). Poggiolmo (1.1): la dott.ssa Teresa Buonamici, Segretario comunale e RPCT, con "
     "attestazione del Nucleo di valutazione entro il 30 novembre 2026.",
     [["Rabellino"], ["Buonamici"], ["31/12/2026"], ["30 novembre 2026"]],
     [(P, "Amministrazione trasparente: aggiornamento e controllo"),
      (P, "il Segretario comunale è il dott. Stefano Rabellino"),
      (D, "attestazione del Nucleo di valutazione entro il 30 novembre 2026")]),
    ("confronto",
     "Centro estivo: quanti iscritti si prevedono a Castelvarrone e quanti a Poggiolmo?",
     "Castelvarrone (OP-14): 120 bambini e ragazzi iscritti, centro di dieci settimane. Poggiolmo (4.1): almeno 90 "
     "iscritti, centro di otto settimane.",
     [["120"], ["90"]],
     [(P, "Centro estivo comunale per bambini e ragazzi dai 6 ai 14"),
      (D, "bambini e ragazzi iscritti – target 90")]),
    ("confronto",
     "Chi è il responsabile del SUAP telematico a Castelvarrone e chi a Poggiolmo?",
     "A Castelvarrone l'obiettivo OP-12 (SUAP interamente telematico) è del Settore 4 – SUAP con responsabile "
     "l'arch. Chiara Bergadano. A Poggiolmo l'obiettivo 5.1 è dello Sportello Unico Attività Produttive (SUAP), "
     "il cui responsabile è l'arch. Elena Ciampolini.",
     [["Bergadano"], ["Ciampolini"]],
     [(P, "SUAP interamente telematico"), (D, "SUAP digitale e nuovo regolamento del mercato settimanale"),
      (D, "Sportello Unico Attività Produttive (SUAP)")]),
    # ------------------------------------------------------------------ multi_hop
    ("multi_hop",
     "Per il ponte sul rio Varrone a Castelvarrone: chi è il responsabile e quando partono i lavori?",
     "L'obiettivo OP-08 è del \"Resp. Settore 3\", cioè l'ing. Andrea Molinengo (Settore 3 – Lavori pubblici, "
     "patrimonio e ambiente). Dal cronoprogramma: progettazione gennaio – marzo 2026, gara aprile – giugno 2026, "
     "esecuzione dei lavori (primo stralcio) da luglio a dicembre 2026, con target del 60% al 15/12/2026.",
     [["Molinengo"], ["luglio"]],
     [(P, "Messa in sicurezza del ponte sul rio Varrone a Pian dei"), (P, "Esecuzione dei lavori (primo stralcio)"),
      (P, "Settore 3 – Lavori pubblici, patrimonio e ambiente")]),
    ("multi_hop",
     "Castelvarrone, l'obiettivo con target 120 iscritti: chi ne è responsabile e quando si raccolgono le "
     "iscrizioni?",
     "È l'OP-14, centro estivo comunale, del \"Resp. Settore 5\": la dott.ssa Ornella Scarzella. Le iscrizioni si "
     "raccolgono a maggio 2026 (centro estivo da giugno ad agosto 2026).",
     [["Scarzella"], ["maggio 2026"]],
     [(P, "Centro estivo comunale per bambini e ragazzi dai 6 ai 14"), (P, "Raccolta delle iscrizioni"),
      (P, "Settore 5 – Servizi alla persona")]),
    ("multi_hop",
     "Fino a quando il Segretario comunale di Poggiolmo terrà l'ufficio personale ad interim, e quale obiettivo "
     "del PIAO fa capo a quell'ufficio?",
     "Fino all'assunzione di un istruttore direttivo amministrativo per l'Ufficio Personale e Organizzazione, "
     "prevista entro il 1° settembre 2026, che porrà termine all'interim. All'ufficio fa capo l'obiettivo 1.3, "
     "Piano della formazione e competenze digitali.",
     [["settembre 2026"], ["1.3", "formazione"]],
     [(D, "entro il 1° settembre 2026, che porrà termine all'incarico ad interim"),
      (D, "Ufficio competente: Ufficio Personale e Organizzazione")]),
    ("multi_hop",
     "Pacini Filippo su quale obiettivo lavora e chi è la responsabile del suo ufficio?",
     "A Poggiolmo è assegnato all'obiettivo 2.2, Recupero dell'evasione IMU e TARI (Ufficio Tributi); "
     "responsabile dell'obiettivo e dell'Ufficio Tributi ed Entrate patrimoniali è la rag. Monica Salvadori.",
     [["IMU"], ["Salvadori"]],
     [(D, "Personale assegnato: Lenzi Marta, Pacini Filippo"), (D, "Ufficio Tributi ed Entrate patrimoniali")]),
    ("multi_hop",
     "Il Comandante della Polizia Locale di Castelvarrone come si chiama e quanti presidi davanti alle scuole deve "
     "garantire nel 2026?",
     "È il comm. Luca Boglione (Settore 6 – Polizia Locale); l'obiettivo OP-16 prevede 160 presidi davanti ai "
     "plessi scolastici e 120 servizi di controllo della velocità entro il 31/12/2026.",
     [["Boglione"], ["160"]],
     [(P, "comm. Luca Boglione (Comandante)"), (P, "b) presidi davanti ai plessi scolastici")]),
    ("multi_hop",
     "A Castelvarrone il titolare del settore che si occupa di protezione civile quali obiettivi ha nel 2026?",
     "La protezione civile è un servizio del Settore 3 – Lavori pubblici, patrimonio e ambiente, il cui titolare è "
     "l'ing. Andrea Molinengo. Il Settore 3 ha quattro obiettivi: OP-08 ponte sul rio Varrone, OP-09 "
     "illuminazione a LED, OP-10 tariffa puntuale e OP-17 aggiornamento del piano di protezione civile.",
     [["Molinengo"], ["OP-08", "ponte"], ["OP-09", "LED"], ["OP-10", "tariffa puntuale"],
      ["OP-17", "piano comunale di protezione civile"]],
     [(P, "Protezione civile e illuminazione pubblica"), (P, "Aggiornamento del piano comunale di protezione civile"),
      (P, "Illuminazione pubblica a LED nel capoluogo e a Crestella")]),
    ("multi_hop",
     "Scuola primaria di Ripalta d'Olmo: come si chiama chi risponde dell'adeguamento antincendio e entro quando "
     "va presentata la SCIA?",
     "L'obiettivo 3.4 è del Resp. Ufficio Lavori pubblici e Manutenzioni, cioè il geom. Simone Bartalucci; la SCIA "
     "antincendio va presentata entro il 31 agosto 2026, dopo i lavori di giugno-agosto 2026.",
     [["Bartalucci"], ["31 agosto 2026"]],
     [(D, "3.4 Adeguamento antincendio della scuola primaria di Ripalta d'Olmo"),
      (D, "presentazione della SCIA antincendio entro il 31 agosto 2026"),
      (D, "Ufficio Lavori pubblici e Manutenzioni")]),
    ("multi_hop",
     "OP-01 di Castelvarrone: che risultato si vuole per gli appuntamenti CIE e chi è la responsabile?",
     "Appuntamenti per la CIE prenotabili on line con attesa massima di 15 giorni e promemoria via SMS prima "
     "dell'appuntamento (target: 15 giorni di attesa e 65% di certificati on line). Il responsabile è il \"Resp. "
     "Settore 1\", cioè la dott.ssa Silvia Trinchero.",
     [["15 giorni"], ["SMS"], ["Trinchero"]],
     [(P, "Servizi demografici on line e agenda unica per la CIE"), (P, "promemoria via SMS prima dell'appuntamento."),
      (P, "Settore 1 – Affari generali e servizi al cittadino")]),
    # ------------------------------------------------------------------ elenco
    ("elenco",
     "Elenca tutti gli obiettivi operativi assegnati al Settore 2 di Castelvarrone.",
     "Quattro: OP-03 Formazione del personale e competenze digitali (Syllabus); OP-05 Recupero dell'evasione IMU "
     "sulle aree edificabili; OP-06 Tempestività dei pagamenti ai fornitori; OP-07 Riscossione coattiva dei "
     "crediti TARI 2021-2023.",
     [["OP-03", "Formazione del personale"], ["OP-05", "IMU"], ["OP-06", "pagamenti"], ["OP-07", "TARI"]],
     [(P, "Formazione del personale e competenze digitali (Syllabus)"),
      (P, "Recupero dell'evasione IMU sulle aree edificabili"), (P, "Riscossione coattiva dei crediti TARI 2021-2023")]),
    ("elenco",
     "Quali servizi fanno capo al settore che gestisce la biblioteca civica a Castelvarrone?",
     "La biblioteca (OP-15) è del Settore 5 – Servizi alla persona (dott.ssa Ornella Scarzella), che comprende: "
     "Servizi sociali e politiche abitative; Istruzione, mensa e trasporto scolastico; Cultura, biblioteca civica "
     "e sport.",
     [["Servizi sociali"], ["Istruzione"], ["Cultura"]],
     [(P, "Biblioteca civica: apertura serale e prestito digitale"), (P, "Settore 5 – Servizi alla persona"),
      (P, "Istruzione, mensa e trasporto scolastico")]),
    ("elenco",
     "Quali obiettivi fanno capo al geom. Bartalucci a Poggiolmo?",
     "Tre: 3.1 Illuminazione pubblica a LED nel capoluogo (responsabile nominato); 3.2 Raccolta porta a porta "
     "nella frazione di Valcupa (Ufficio Ambiente e Protezione civile); 3.4 Adeguamento antincendio della scuola "
     "primaria di Ripalta d'Olmo (Ufficio Lavori pubblici e Manutenzioni).",
     [["3.1", "LED"], ["3.2", "Valcupa"], ["3.4", "antincendio"]],
     [(D, "Responsabile: geom. Simone Bartalucci"),
      (D, "Responsabile: Responsabile Ufficio Ambiente e Protezione civile"),
      (D, "Responsabile: Resp. Ufficio Lavori pubblici e Manutenzioni")]),
    ("elenco",
     "Quali uffici dirige il dott. Nencioni?",
     "A Poggiolmo il dott. Gabriele Nencioni è responsabile di tre uffici: Ufficio Segreteria e Contratti, Ufficio "
     "Servizi demografici e Stato civile, Ufficio Protocollo e URP.",
     [["Segreteria"], ["demografici"], ["Protocollo"]],
     [(D, "Ufficio Segreteria e Contratti"), (D, "Ufficio Servizi demografici e Stato civile"),
      (D, "Ufficio Protocollo e URP")]),
    ("elenco",
     "Chi sono i soggetti coinvolti nella variante al Piano Operativo di Poggiolmo?",
     "Regione Toscana, Soprintendenza Archeologia Belle Arti e Paesaggio e associazioni di categoria (obiettivo "
     "3.3).",
     [["Regione Toscana"], ["Soprintendenza"], ["associazioni di categoria"]],
     [(D, "Soggetti coinvolti: Regione Toscana, Soprintendenza Archeologia")]),
    ("elenco",
     "Quanti e quali obiettivi ha l'area strategica 4 di Poggiolmo?",
     "Tre: 4.1 Centro estivo comunale per bambini e ragazzi; 4.2 Biblioteca comunale: orario ampliato e gruppi di "
     "lettura; 4.3 Assistenza domiciliare e sportello per la non autosufficienza.",
     [["4.1", "Centro estivo"], ["4.2", "Biblioteca"], ["4.3", "domiciliare"]],
     [(D, "Area strategica 4 – Persone, scuola e comunità")]),
    # ------------------------------------------------------------------ tempistica
    ("tempistica",
     "Quali sono le fasi della tariffa puntuale a Castelvarrone, con i periodi?",
     "Consegna dei contenitori con microchip alle utenze: febbraio – aprile 2026; misurazione sperimentale dei "
     "conferimenti: maggio – ottobre 2026; simulazione della tariffa puntuale: novembre – dicembre 2026 (scadenza "
     "31/12/2026).",
     [["febbraio"], ["maggio"], ["novembre"]],
     [(P, "Consegna dei contenitori con microchip alle utenze"), (P, "Misurazione sperimentale dei conferimenti"),
      (P, "Simulazione della tariffa puntuale")]),
    ("tempistica",
     "Entro quando il SUAP di Castelvarrone deve diventare tutto telematico?",
     "Entro il 30/06/2026 (obiettivo OP-12, target 100% delle pratiche sul portale).",
     [["30/06/2026"]],
     [(P, "SUAP interamente telematico")]),
    ("tempistica",
     "Quando si fa il centro estivo a Poggiolmo e quando ci si iscrive?",
     "Iscrizioni dal 4 al 29 maggio 2026; attività dal 15 giugno al 7 agosto 2026 (otto settimane).",
     [["29 maggio"], ["15 giugno"], ["7 agosto"]],
     [(D, "raccolta delle iscrizioni dal 4 al 29 maggio 2026")]),
    ("tempistica",
     "Per il recupero IMU e TARI di Poggiolmo quali sono le scadenze delle fasi?",
     "Incrocio delle banche dati catastali e TARI entro aprile 2026; sopralluoghi da maggio a luglio 2026; "
     "notifica degli avvisi entro il 30 novembre 2026.",
     [["aprile 2026"], ["luglio 2026"], ["30 novembre 2026"]],
     [(D, "Tempi: incrocio delle banche dati catastali e TARI entro aprile 2026")]),
    ("tempistica",
     "Entro che data va approvato il nuovo regolamento per le prestazioni sociali agevolate a Castelvarrone?",
     "Entro il 31/03/2026, con approvazione in Consiglio comunale (obiettivo OP-13).",
     [["31/03/2026"]],
     [(P, "Nuovo regolamento per le prestazioni sociali agevolate")]),
    ("tempistica",
     "Da quando parte il nuovo orario della biblioteca di Poggiolmo?",
     "Dal 1° marzo 2026 (28 ore settimanali, compreso il sabato pomeriggio); i gruppi di lettura partono da "
     "ottobre 2026.",
     [["marzo 2026"]],
     [(D, "nuovo orario in vigore dal 1° marzo 2026")]),
    ("tempistica",
     "la variante al piano operativo entro quando va adottata?",
     "A Poggiolmo l'arch. Elena Ciampolini porterà la variante in Consiglio comunale per l'adozione entro il 31 "
     "ottobre 2026 (obiettivo 3.3).",
     [["31 ottobre 2026"]],
     [(D, "per l'adozione entro il 31 ottobre 2026")]),
    # ------------------------------------------------------------------ indicatore
    ("indicatore",
     "Quali indicatori e target ha l'obiettivo della biblioteca civica di Castelvarrone?",
     "OP-15: ore settimanali di apertura, target 30 ore; prestiti annui, target 7.000 (scadenza 30/04/2026).",
     [["30 ore"], ["7.000"]],
     [(P, "Biblioteca civica: apertura serale e prestito digitale"), (P, "a) ore settimanali di apertura")]),
    ("indicatore",
     "Che target ha l'indicatore sui certificati on line a Poggiolmo?",
     "Il 55% di certificati scaricati on line sul totale (obiettivo 1.2).",
     [["55%"]],
     [(D, "certificati scaricati on line sul totale (target: 55%)")]),
    ("indicatore",
     "recupero IMU sulle aree edificabili: quanti avvisi di accertamento vanno notificati?",
     "A Castelvarrone (OP-05) il target 2026 è di 180 avvisi di accertamento notificati, su 310 posizioni "
     "controllate, entro il 31/10/2026.",
     [["180"]],
     [(P, "Recupero dell'evasione IMU sulle aree edificabili"), (P, "b) avvisi di accertamento notificati")]),
    ("indicatore",
     "Pogiolmo, servizi di controllo della velocità: qual è il target?",
     "80 servizi di controllo della velocità nel 2026 (obiettivo 5.2, Comandante del Servizio associato di "
     "Polizia Municipale).",
     [["80"]],
     [(D, "servizi di controllo della velocità – target 80")]),
    ("indicatore",
     "Che avanzamento dei lavori del ponte di Pian dei Gelsi è previsto a fine 2026?",
     "A Castelvarrone (OP-08) il target 2026 è il 60% di avanzamento dei lavori (stato di avanzamento) entro il "
     "15/12/2026.",
     [["60%"]],
     [(P, "Messa in sicurezza del ponte sul rio Varrone a Pian dei"), (P, "avanzamento dei lavori (stato di")]),
    # ------------------------------------------------------------------ numerico
    ("numerico",
     "Quanti addetti ha in tutto il Settore 3 di Castelvarrone?",
     "8 addetti: 6 in Lavori pubblici, manutenzioni e squadra operai, 1 in Ambiente, ecologia e gestione dei "
     "rifiuti e 1 in Protezione civile e illuminazione pubblica.",
     [["8", "otto"]],
     [(P, "Lavori pubblici, manutenzioni e squadra operai"), (P, "Ambiente, ecologia e gestione dei rifiuti"),
      (P, "Protezione civile e illuminazione pubblica")]),
    ("numerico",
     "Quanti dipendenti ha il Comune di Poggiolmo?",
     "31 dipendenti, assegnati a quattro Aree.",
     [["31"]],
     [(D, "alle quali sono assegnati 31 dipendenti")]),
    ("numerico",
     "Quanti punti luce ha Castelvarrone e quanti sono ancora al sodio?",
     "1.130 punti luce comunali, di cui il 58% ancora con lampade al sodio ad alta pressione.",
     [["1.130"], ["58%"]],
     [(P, "Il 58% dei 1.130 punti luce comunali utilizza ancora lampade al")]),
    # ------------------------------------------------------------------ obiettivo
    ("obiettivo",
     "Perché Castelvarrone deve mettere in sicurezza il ponte di Pian dei Gelsi?",
     "Perché l'ispezione del 2025 lo ha classificato in classe di attenzione alta e il transito è vietato ai mezzi "
     "oltre 3,5 tonnellate, compresi gli scuolabus; si vuole riaprirlo al traffico pesante entro l'estate 2027.",
     [["attenzione alta"], ["3,5"]],
     [(P, "L'ispezione del 2025 ha classificato il ponte in classe di")]),
    ("obiettivo",
     "Che valore atteso ha la variante per l'area produttiva di Ripalta d'Olmo?",
     "Nuove superfici per l'ampliamento delle imprese già insediate, senza consumo di nuovo suolo agricolo "
     "(Poggiolmo, obiettivo 3.3).",
     [["imprese già insediate"], ["suolo agricolo"]],
     [(D, "Valore atteso: nuove superfici per l'ampliamento delle imprese")]),
    # ------------------------------------------------------------------ non_presente
    ("non_presente",
     "Quanto costa la messa in sicurezza del ponte sul rio Varrone?",
     "Il PIAO di Castelvarrone non indica il costo dell'intervento: per l'obiettivo OP-08 riporta solo settore, "
     "responsabile, indicatore (60% dei lavori), scadenza e fasi, senza importi.",
     [],
     [(P, "Messa in sicurezza del ponte sul rio Varrone a Pian dei")]),
    ("non_presente",
     "Qual era la percentuale di raccolta differenziata di Castelvarrone nel 2024?",
     "Il dato del 2024 non è riportato: il piano indica solo il valore del 2025 (63,5%) e i target (72% nel 2026, "
     "75% al 2028).",
     [],
     [(P, "I dati di partenza al 2025 sono i seguenti")]),
    ("non_presente",
     "Come si chiama il comandante della polizia municipale di Poggiolmo?",
     "Il nome non è indicato: il servizio è associato e l'organigramma riporta solo \"Comandante del Servizio "
     "associato dell'Unione dei Comuni delle Crete d'Olmo\".",
     [],
     [(D, "Polizia Municipale (servizio associato)")]),
    ("non_presente",
     "Quanto è stanziato per il centro estivo di Poggiolmo?",
     "Il PIAO di Poggiolmo non riporta importi o stanziamenti per il centro estivo (obiettivo 4.1): indica solo "
     "struttura, risultato atteso, indicatore (90 iscritti), tempi e soggetti coinvolti.",
     [],
     [(D, "4.1 Centro estivo comunale per bambini e ragazzi")]),
    ("non_presente",
     "Che peso hanno gli obiettivi operativi nella valutazione della performance a Castelvarrone e a Poggiolmo?",
     "Nessuno dei due piani indica pesi o punteggi degli obiettivi: l'informazione non è presente.",
     [],
     []),
    ("non_presente",
     "Ci sono obiettivi sull'asilo nido nei PIAO di Castelvarrone o di Poggiolmo?",
     "No, non sono presenti obiettivi sull'asilo nido in nessuno dei due piani.",
     [],
     []),
]


def main() -> None:
    with OUT.open("w", encoding="utf-8") as fh:
        for i, (typ, q, a, mc, ev) in enumerate(Q, 1):
            docs = list(dict.fromkeys(d for d, _ in ev))
            doc = None if not docs else (docs[0] if len(docs) == 1 else docs)
            row = {"id": f"f30-{i:03d}", "question": q, "answer": a, "must_contain": mc, "doc": doc,
                   "evidence": [x for _, x in ev], "evidence_docs": [d for d, _ in ev], "type": typ}
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {OUT} ({len(Q)} questions)")


if __name__ == "__main__":
    main()
