"""Readable source of the fresh32s question set; writes fresh32s_qa.jsonl next to this file.

45 blind questions about the five plans in data/samples/*.txt, in the QA format of /work/shared/eval/README.md.
Every fact, anchor and must_contain string was taken from the sample texts only (the product was not opened).

Row layout: keys id, question, answer, must_contain, doc, evidence, type, evidence_docs (in this order, as in the
multi-document rows of the shared dev file). Unlike fresh31s, evidence_docs is written on EVERY row, with one file per
anchor ([] when the row has no anchor), so that every anchor names its file explicitly. The shared format has no page
field and the sample texts carry no page markers, so no page is given.

Run: python benchmarks/fresh32s/build_fresh32s.py
"""
from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "fresh32s_qa.jsonl"

PERF = "cassano-dadda_piao-2024-2026_performance.txt"
VP = "cassano-dadda_piao-2023-2025_valore-pubblico.txt"
CM = "cassano-magnago_piao-2025-2027_obiettivi-operativi.txt"
CRE = "cremosano_piao-2026-2028_valore-pubblico.txt"
MAG = "magentino_piao-2024-2026_obiettivi-dup.txt"
T = "\t"


def org(name: str, start: str = "01/01/2024", end: str = "31/12/2024") -> str:
    """Org-chart line of the Cassano d'Adda performance plan (TABs kept)."""
    return f"{start}{T}{end}{T}{name}{T}titolare"


def q(type_, question, answer, must, doc, evidence=()):
    """evidence: list of (anchor, file). doc: a file, a list of files, or None."""
    evidence = list(evidence)
    if isinstance(doc, str):
        assert all(d == doc for _, d in evidence), (question, evidence)
    elif isinstance(doc, list):
        assert {d for _, d in evidence} == set(doc), (question, evidence)
    else:
        assert doc is None and not evidence, question
    return {
        "question": question,
        "answer": answer,
        "must_contain": [list(g) for g in must],
        "doc": doc,
        "evidence": [a for a, _ in evidence],
        "type": type_,
        "evidence_docs": [d for _, d in evidence],
    }


QUESTIONS = [
    # ------------------------------------------------------------------ responsabile (001-005)
    # 001 no municipality (only CM mentions Aipo); typo "acordo".
    q("responsabile",
      "Chi deve seguire l'acordo con l'Aipo per la manutenzione dei torrenti?",
      "Nel PIAO di Cassano Magnago l'obiettivo \"Addivenire ad un accordo con l'Agencia Interregionale per il fiume PO "
      "(Aipo) per la manutenzione ordinaria e straordinaria dei torrenti locali\" (obiettivo strategico 2.2.4) ha come "
      "responsabile gestionale il Responsabile Area Territorio. La fase prevista è mantenere i contatti con Aipo per "
      "arrivare alla convenzione che mette a disposizione i fondi (da gennaio a dicembre); la motivazione è la messa in "
      "sicurezza dei torrenti a rischio esondazione.",
      [["Area Territorio"]], CM,
      [("Addivenire ad un accordo con l'Agencia Interregionale per il fiume PO (Aipo)", CM),
       ("Messa in sicurezza dei torrenti a rischio esondazione", CM)]),

    # 002 trap: a health booking centre sounds like Area alla Persona, but the plan gives it to Lavori Pubblici.
    q("responsabile",
      "Il CUP nei locali dell'ex farmacia di piazza Don Spina è un obiettivo dell'Area alla Persona?",
      "No. Nel piano di Cassano Magnago l'obiettivo \"Creare un CUP (centro unico di prenotazioni) nei locali dell'ex "
      "farmacia in piazza Don Spina\" (obiettivo strategico 5.3.1) è assegnato al Responsabile Area Lavori Pubblici. Il "
      "CUP è stato inaugurato in dicembre 2023; nel 2025/2026/2027 viene garantita la manutenzione ordinaria.",
      [["Lavori Pubblici"]], CM,
      [("Creare un CUP (centro unico di prenotazioni) nei locali dell'ex farmacia", CM),
       ("Il CUP è stato inaugurato in dicembre 2023", CM)]),

    # 003 no municipality (only CM mentions Dote comune). Tirocini also appear in a 4.1.5 phase under Area alla
    # Persona: the question targets the Dote comune objective (4.1.4).
    q("responsabile",
      "Chi è il responsabile dell'adesione al bando Anci per la Dote comune, e che risultato si aspetta?",
      "È l'obiettivo di Cassano Magnago sui tirocini formativi (obiettivo strategico 4.1.4), con responsabile gestionale "
      "il Responsabile Area attività educative e per il tempo libero. Il valore atteso è \"Selezionare almeno un "
      "tirocinante\"; le fasi (2025/2026/2027) sono le convenzioni con le scuole secondarie di secondo grado, con un tutor "
      "interno, e l'adesione al bando Anci per il progetto Dote comune.",
      [["attività educative"], ["almeno un tirocinante"]], CM,
      [("Aderire al bando pubblicato da Anci per selezionare giovani che si candidano", CM),
       ("Selezionare almeno un tirocinante", CM)]),

    # 004 trap: Cassano d'Adda also has a help desk for online services (Online Insieme, settore 05).
    q("responsabile",
      "A Cassano Magnago chi è responsabile dello sportello che aiuta i cittadini a usare i servizi online?",
      "Il Responsabile Area Risorse: è l'obiettivo \"Sportello d'informazione e orientamento per i cittadini per "
      "supportarli nell'utilizzo dei servizi online, delle procedure di accesso e dei sistemi di tutela\" (1.1.4). Ogni "
      "settore dà supporto tecnico per i propri servizi e i servizi informatici fanno da supporto di secondo livello "
      "(da gennaio a dicembre).",
      [["Area Risorse"]], CM,
      [("Sportello d'informazione e orientamento per i cittadini per supportarli", CM),
       ("i servizi informatici svolgeranno funzione di supporto di secondo livello", CM)]),

    # 005 the settore of an objective (the detail page sits under the 02 header).
    q("responsabile",
      "A Cassano d'Adda quale settore cura l'obiettivo Open Bilancio?",
      "Il settore 02. Finanziario e Tributi. L'obiettivo \"Open Bilancio\" (Rif. DUP 1.1.1 - 1.1.5) vuole rendere il "
      "bilancio e gli atti finanziari comprensibili e accessibili a tutti, pubblicando una rielaborazione dei dati "
      "(consuntivo febbraio-aprile, preventivo ottobre-dicembre) in Amministrazione Trasparente e sui canali dell'ente.",
      [["Finanziario"]], PERF,
      [("Lo scopo di questo obiettivo è rendere il bilancio e gli atti finanziari", PERF),
       ("Rif. DUP 1.1.1. - 1.1.5 OPEN BILANCIO", PERF)]),

    # ------------------------------------------------------------------ confronto (006-011), two municipalities each
    # 006
    q("confronto",
      "Tutela degli animali: cosa prevedono il PIAO 2023-2025 di Cassano d'Adda e quello di Cassano Magnago?",
      "Cassano d'Adda (VP 2023-2025, Missione 9, progetto 4.7 Tutela degli animali, valore empatico): \"Avviare politiche "
      "di tutela degli animali domestici\", senza obiettivi operativi di dettaglio. Cassano Magnago (obiettivo "
      "strategico 2.2.5): sensibilizzazione sul rispetto degli animali e ricovero/custodia in strutture convenzionate "
      "(cani vaganti, gatti randagi), entrambi con responsabile l'Area Polizia Locale; in più il miglioramento del campo "
      "di sgambamento, affidato all'Area Lavori Pubblici.",
      [["animali domestici"], ["Polizia Locale"]], [VP, CM],
      [("Avviare politiche di tutela degli animali domestici.", VP),
       ("Diffondere e promuovere la tutela dei diritti degli animali", CM),
       ("Provvedere al ricovero e alla custodia degli animali mediante apposite", CM)]),

    # 007
    q("confronto",
      "Sport come prevenzione: come lo motivano Cremosano e Cassano d'Adda nel PIAO 2023-2025?",
      "Cremosano (priorità 6 \"Cremosano e sport\"): la pratica sportiva ha valore educativo, pedagogico, formativo, "
      "aggregativo e di prevenzione di comportamenti socialmente devianti, coinvolge tutte le età e va programmata. "
      "Cassano d'Adda (progetto 7.1 Sport e tempo libero): aumentare la pratica sportiva anche agonistica per favorire "
      "l'aggregazione giovanile e ridurre i ritrovi non autorizzati che sfociano in episodi di violenza e vandalismo.",
      [["socialmente devianti"], ["vandalismo"]], [CRE, VP],
      [("La pratica sportiva ha un grande valore educativo, pedagogico, formativo", CRE),
       ("Aumentare la pratica sportiva anche a livello agonistico per incentivare", VP)]),

    # 008
    q("confronto",
      "Mobilità sostenibile: cosa dicono Cremosano e il magentino?",
      "Cremosano (priorità 9 \"Cremosano in movimento\"): la mobilità a piedi, in bicicletta e con i mezzi pubblici rende "
      "più vivibile la città, libera spazi dalla sosta e riduce incidentalità e inquinamento. Magentino (Missione 10, "
      "programma 10.04 \"Integrare le reti di trasporto pubblico e la mobilità sostenibile\"): programmare le opere "
      "pubbliche dando priorità al collegamento tra reti ciclabili e fermate del trasporto pubblico; indicatore: "
      "sostenibilità della programmazione.",
      [["Cremosano in movimento"], ["reti ciclabili", "fermate del trasporto pubblico"]], [CRE, MAG],
      [("La mobilità sostenibile, cioè quella costituita dagli spostamenti a piedi", CRE),
       ("Integrare le reti di trasporto pubblico e la mobilità sostenibile", MAG)]),

    # 009
    q("confronto",
      "Inserimento lavorativo delle persone con disabilità: confronta il magentino e Cassano Magnago.",
      "Magentino (12.05 \"Diversamente abili, ugualmente competenti\"): individuare prassi, protocolli, azioni e servizi "
      "per l'inserimento lavorativo valorizzando le competenze; stakeholder famiglie, servizi sociali, SIL, Ufficio di "
      "Piano; indicatore: progetti e/o convenzioni. Cassano Magnago (5.1.3 \"Attivare politiche di inserimento e "
      "sostegno lavorativo\", Responsabile Area alla Persona): il valore atteso cita la normativa sull'inserimento "
      "lavorativo L. 68/99 e l'integrazione dei soggetti svantaggiati.",
      [["ugualmente competenti"], ["68/99"]], [MAG, CM],
      [("Diversamente abili, ugualmente competenti", MAG),
       ("Realizzazione della normativa in materia di inserimento lavorativo L. 68/99", CM)]),

    # 010 two similar names: Fondazione per leggere (magentino) vs Nati per leggere (Cassano d'Adda).
    q("confronto",
      "Fondazione per leggere e Nati per leggere: in quale piano compare ciascuna e con che ruolo?",
      "La Fondazione per leggere è uno stakeholder dell'obiettivo del magentino \"Gestire la biblioteca, le attività "
      "culturali e le manifestazioni\" (05.02), che parla anche di inter prestito bibliotecario e di esternalizzazione "
      "del servizio. Nati per leggere è il programma nazionale a cui Cassano d'Adda aderisce con l'obiettivo \"Avvio del "
      "presidio Nati per leggere\" (settore 04), consolidando il progetto locale Bibliobebè; è promosso "
      "dall'Associazione Culturale Pediatri, dall'Associazione Italiana Biblioteche e dal CSB Centro per la Salute del "
      "Bambino Onlus.",
      [["Fondazione per leggere"], ["Nati per leggere"], ["magentino"], ["Cassano d'Adda"]], [MAG, PERF],
      [("cittadinanza, servizi culturali, Fondazione per leggere, associazioni", MAG),
       ("AVVIO DEL PRESIDIO \"NATI PER LEGGERE\"", PERF),
       ("promosso dall'Associazione Culturale Pediatri", PERF)]),

    # 011 typo "protezzione".
    q("confronto",
      "Volontari di protezzione civile: come li coinvolgono il magentino e Cassano Magnago?",
      "Magentino (11.01 \"Gestire la Protezione civile\"): collaborazione con il Gruppo di Protezione Civile di Magenta, "
      "cofinanziandolo secondo la disponibilità economica; indicatore: gestione COC in occasione dei contesti "
      "emergenziali. Cassano Magnago (2.2.4, Responsabile Area Polizia Locale): impiegare le associazioni di volontariato "
      "di protezione civile per il supporto a eventi e manifestazioni, con un coordinamento con i carabinieri in "
      "congedo, gli alpini e la protezione civile.",
      [["Magenta"], ["COC"], ["alpini"]], [MAG, CM],
      [("favorendo la collaborazione con il Gruppo di Protezione Civile di Magenta", MAG),
       ("attivare un coordinamento con i carabinieri in congedo, gli alpini", CM)]),

    # ------------------------------------------------------------------ multi_hop (012-018)
    # 012 objective -> 05 -> RUGGIERI; figure inside the phase line. Typo "matrimonnio".
    q("multi_hop",
      "Chi è la responsabile del settore che deve digitalizzare gli atti di matrimonnio dal 1965 al 1985, e quanti atti "
      "sono?",
      "L'obiettivo \"Dematerializzazione degli atti di stato civile in vista del subentro in ANSC\" di Cassano d'Adda è "
      "assegnato al settore 05. Spazio Città, la cui titolare nel 2024 è RUGGIERI Elisabetta. Si tratta di 2000 atti di "
      "matrimonio (dal 1965 al 1985), da digitalizzare da aprile a dicembre dopo la formazione di gennaio-marzo.",
      [["RUGGIERI"], ["2000", "2.000", "duemila"]], PERF,
      [("Digitalizzazione di tutti gli atti di matrimonio dal 1965 al 1985 (2000 atti)", PERF),
       ("Dematerializzazione degli atti di stato civile in vista del subentro", PERF),
       (org("RUGGIERI Elisabetta"), PERF)]),

    # 013 objective -> 01 -> GUARNERI (the only titolare not used by fresh31s); + staff. Typo "contrati".
    q("multi_hop",
      "Formazione interna sul nuovo codice dei contrati e sull'acquisizione CIG a Cassano d'Adda: chi è il titolare del "
      "settore e quali dipendenti partecipano?",
      "L'obiettivo è del settore 01. Affari Generali (ufficio Gare e contratti), il cui titolare nel 2024 è GUARNERI "
      "Angelo Pietro. I dipendenti che partecipano sono CONCA Stefania (D3) e MENTANI Daniela (D1).",
      [["GUARNERI"], ["CONCA"], ["MENTANI"]], PERF,
      [("FORMAZIONE INTERNA AL PERSONALE DIPENDENTE IN MATERIA DI NUOVO", PERF),
       (org("GUARNERI Angelo Pietro"), PERF)]),

    # 014 objective -> 04 -> BASSANI; + staff.
    q("multi_hop",
      "Chi è la titolare del settore che ha l'obiettivo pluriennale di promozione del territorio a Cassano d'Adda, e chi "
      "ci lavora?",
      "L'obiettivo \"Promozione del territorio - obiettivo pluriennale (fase 1)\" (Rif. DUP 7.2.2 - 7.2.3) è del settore "
      "04. Cultura, sport e valorizzazione turistica, la cui titolare nel 2024 è BASSANI Maddalena. Vi partecipano "
      "CALVI Alessandro (C2) e BRAMBILLA Giorgio (C6).",
      [["BASSANI"], ["CALVI"], ["BRAMBILLA Giorgio"]], PERF,
      [("PROMOZIONE DEL TERRITORIO OBIETTIVO PLURIENNALE (FASE 1)", PERF),
       (org("BASSANI Maddalena"), PERF)]),

    # 015 objective -> 07 -> BARTUCCI; + the employee whose role is in a TAB column.
    q("multi_hop",
      "Lavori PNRR alla materna Cristo Risorto: chi è la titolare del settore competente e quale dipendente predispone "
      "documenti e atti?",
      "Il progetto PNRR \"Messa in sicurezza e riqualificazione energetica Scuola Materna Cristo Risorto\" fa parte "
      "dell'obiettivo sulla sicurezza delle scuole del settore 07. Lavori Pubblici di Cassano d'Adda, la cui titolare nel "
      "2024 è BARTUCCI Grazia Maria. La predisposizione di documenti e atti, con il relativo monitoraggio, è di "
      "SACCHELLI Paola (C5).",
      [["BARTUCCI"], ["SACCHELLI"]], PERF,
      [("PNRR - Messa in sicurezza e riqualificazione energetica Scuola Materna", PERF),
       (org("BARTUCCI Grazia Maria"), PERF),
       ("SACCHELLI Paola\tC5\tPredisposizione documenti e atti, relativo monitoraggio.", PERF)]),

    # 016 objective -> 00 -> BRAMBILLA Fabrizio; trap: BRAMBILLA Giorgio is a C6 employee of settore 04.
    q("multi_hop",
      "L'obiettivo \"Attuare il Piano della formazione del personale dipendente\" fa capo a Brambilla Giorgio?",
      "No. A Cassano d'Adda l'obiettivo (obiettivo di pari opportunità) è assegnato a 00. Segretario generale, il cui "
      "titolare nel 2024 è BRAMBILLA Fabrizio. BRAMBILLA Giorgio è un dipendente (C6) che lavora su obiettivi del settore "
      "04 Cultura, sport e valorizzazione turistica.",
      [["BRAMBILLA Fabrizio"], ["Segretario"]], PERF,
      [("Attuare il Piano della formazione del personale dipendente", PERF),
       (org("BRAMBILLA Fabrizio"), PERF)]),

    # 017 no municipality; figure + objective -> 03 -> MORETTI.
    q("multi_hop",
      "Di quanto deve ridursi la morosità degli inquilini delle case popolari e chi è la titolare del settore che ne "
      "risponde?",
      "A Cassano d'Adda l'obiettivo del Progetto Casa (rif. DUP 4.6.1, contrastare l'illegalità e l'abusivismo nei "
      "servizi abitativi pubblici) prevede una riduzione del 10% della morosità annua 2024 rispetto al 2023, quando era "
      "di € 51.008,28. L'obiettivo è del settore 03. Servizi alla persona, la cui titolare nel 2024 è MORETTI "
      "Alessandra.",
      [["10%", "10 %", "10 per cento", "dieci per cento"], ["51.008"], ["MORETTI"]], PERF,
      [("% riduzione della morosità annua relativa al 2024 rispetto a quella del 2023", PERF),
       (org("MORETTI Alessandra"), PERF)]),

    # 018 across the two Cassano d'Adda plans: VP project 1.1 -> the five operational objectives of 01.1 in 2024.
    q("multi_hop",
      "Il progetto 1.1 Risorse finanziarie del PIAO 2023-2025 di Cassano d'Adda quali obiettivi operativi ha nel piano "
      "performance 2024-2026, e a quali settori?",
      "Nel piano 2024-2026 il progetto 01.1 Risorse finanziarie ha cinque obiettivi operativi: \"Un bilancio sano\", "
      "\"Open bilancio\", \"Informare il cittadino in materia tributaria\" e \"Analisi straordinaria delle aree "
      "fabbricabili\" (fase 1 di 2), tutti del settore 02. Finanziario e Tributi, più l'obiettivo intersettoriale "
      "\"Rispetto tempi medi di pagamento\", assegnato a 00. Segretario generale. Nel 2023-2025 il progetto mira a rendere "
      "sostenibile il bilancio (razionalizzazione della spesa, nuove risorse, riduzione degli sprechi).",
      [["BILANCIO SANO"], ["OPEN BILANCIO"], ["MATERIA TRIBUTARIA"], ["AREE FABBRICABILI"],
       ["tempi medi di pagamento"], ["Finanziario"]], [VP, PERF],
      [("OBIETTIVO STRATEGICO DI MANDATO - PROGETTO 1.1 RISORSE FINANZIARIE", VP),
       ("01.1 - PROGETTO RISORSE FINANZIARIE", PERF),
       ("Rispetto tempi medi di pagamento - OBIETTIVO INTERSETTORIALE", PERF)]),

    # ------------------------------------------------------------------ elenco (019-024)
    # 019 typo "Teritorio".
    q("elenco",
      "Di quali documenti si compone il Piano di Governo del Teritorio che Cassano Magnago deve aggiornare, e chi ne è "
      "responsabile?",
      "Il PGT, che per la legge regionale 12/2005 ha sostituito il Piano Regolatore Generale, si compone di tre documenti "
      "tecnici: il Documento di Piano, il Piano dei Servizi e il Piano delle Regole. L'aggiornamento (obiettivo "
      "strategico 1.2.5) è del Responsabile Area Territorio; la fase prevista è la stesura del cronoprogramma con "
      "verifiche periodiche (2025/2026).",
      [["Documento di Piano"], ["Piano dei Servizi"], ["Piano delle Regole"], ["Area Territorio"]], CM,
      [("il Documento di Piano, il Piano dei Servizi e il Piano delle Regole", CM),
       ("Aggiornamento del PGT (Piano di Governo del Territorio)", CM)]),

    # 020 no municipality ("bilancio tecnico" only in CM); all six deadlines.
    q("elenco",
      "Mi elenchi tutte le scadenze per arrivare al bilancio di previsione, dal bilancio tecnico all'approvazione in "
      "Consiglio?",
      "Nel PIAO di Cassano Magnago: invio ai responsabili dello schema di bilancio tecnico entro il 15 settembre; "
      "previsioni di entrata e spesa dei responsabili di servizio entro il 5 ottobre; versione finale del responsabile "
      "finanziario alla giunta entro il 20 ottobre; eventuali modifiche richieste dalla giunta entro il 31 ottobre; "
      "approvazione dello schema e trasmissione al Consiglio entro il 15 novembre; approvazione del bilancio da parte "
      "del Consiglio entro il 31 dicembre.",
      [["15 settembre"], ["5 ottobre"], ["20 ottobre"], ["31 ottobre"], ["15 novembre"], ["31 dicembre"]], CM,
      [("Invio ai responsabili di servizio dello schema di bilancio di previsione", CM),
       ("Approvazione schema di bilancio e trasmissione al Consiglio\tEntro il 15 novembre", CM),
       ("Approvazione bilancio da parte del Consiglio\tEntro il 31 dicembre", CM)]),

    # 021
    q("elenco",
      "Su quali piattaforme l'ufficio Gare e contratti di Cassano d'Adda deve accreditare il personale dei settori?",
      "Sulle piattaforme CONSIP/MEPA, SINTEL/NECA e ANAC, secondo le indicazioni dei Responsabili di settore (obiettivo "
      "di formazione interna sul nuovo codice dei contratti, settore 01. Affari Generali). L'accreditamento è previsto "
      "in gennaio-febbraio, con una dimensione attesa di 8 operatori abilitati; lo scopo è rendere i settori autonomi "
      "nelle procedure d'appalto digitali sino a 40.000 euro.",
      [["MEPA"], ["SINTEL"], ["ANAC"]], PERF,
      [("ad accreditare nelle piattaforme CONSIP/MEPA, SINTEL/NECA e ANAC", PERF),
       ("Accreditamento / abilitazione ad operare sulle piattaforme digitali", PERF)]),

    # 022
    q("elenco",
      "Quali sono le dimensioni del valore pubblico individuate da Cremosano?",
      "Tre: la dimensione economica (componenti del tessuto economico e relative condizioni), quella personale e "
      "socio-culturale (benessere psico-fisico, formazione, diffusione culturale, attenzione ai soggetti fragili) e quella "
      "ambientale (sfide ambientali, climatiche ed energetiche).",
      [["economica"], ["socio-culturale"], ["ambientale"]], CRE,
      [("sono state identificate le seguenti dimensioni del Valore Pubblico", CRE),
       ("- personale e socio-culturale si riferisce allo sviluppo di una comunità", CRE)]),

    # 023 no municipality.
    q("elenco",
      "Quali scuole sono nel programma di ampliamento e che lavori si seguono alla Orlandi?",
      "Nel PIAO di Cassano Magnago (obiettivo strategico 4.2.4, Responsabile Area Lavori Pubblici) gli interventi di "
      "ampliamento riguardano le scuole Fermi, Dante, Parini, Maino e Orlandi. Per il 2025 si monitora l'avanzamento dei "
      "lavori di miglioramento sismico, risanamento conservativo e smaltimento amianto del blocco aule lato ovest della "
      "scuola secondaria Orlandi.",
      [["Fermi"], ["Dante"], ["Parini"], ["Maino"], ["Orlandi"], ["sismico"]], CM,
      [("Interventi di ampliamento della scuola Fermi, Dante, Parini, Maino e Orlandi", CM),
       ("miglioramento sismico, risanamento conservativo, smaltimento amianto", CM)]),

    # 024 no municipality; a person's objectives across the employee tables.
    q("elenco",
      "Su quali obiettivi è coinvolto il dipendente Brambilla Giorgio?",
      "A Cassano d'Adda BRAMBILLA Giorgio (C6) compare tra i dipendenti di tre obiettivi del settore 04 Cultura, sport e "
      "valorizzazione turistica: \"Promozione del territorio\" (obiettivo pluriennale, fase 1), \"Conoscere per "
      "prevenire: contrasto alla violenza di genere\" e \"Commercio: digitalizzazione documentazione e allineamento "
      "procedure\". Da non confondere con BRAMBILLA Fabrizio, segretario generale.",
      [["PROMOZIONE DEL TERRITORIO"], ["VIOLENZA DI GENERE"], ["COMMERCIO"]], PERF,
      [("BRAMBILLA Giorgio\tC6", PERF),
       ("CONOSCERE PER PREVENIRE: CONTRASTO ALLA VIOLENZA DI GENERE", PERF),
       ("COMMERCIO: DIGITALIZZAZIONE DOCUMENTAZIONE E ALLINEAMENTO", PERF)]),

    # ------------------------------------------------------------------ tempistica (025-029)
    # 025
    q("tempistica",
      "Entro quando va predisposta la relazione sulla performance secondo gli obiettivi DUP del magentino?",
      "Entro il mese di giugno dell'anno successivo: è l'indicatore dell'obiettivo \"Misurare e valutare le performance. "
      "Organizzazione del lavoro\" (programma 01.10), che prevede anche lo studio di processi in smart working e un "
      "regolamento per la customer care.",
      [["giugno"]], MAG,
      [("Predisposizione relazione performance entro il mese di giugno", MAG),
       ("Misurare e valutare le performance.", MAG)]),

    # 026 only the 2024 column is marked.
    q("tempistica",
      "In che anno è programmato, nel magentino, l'obiettivo sulle azioni positive per la qualità professionale del "
      "personale?",
      "Solo nel 2024: nella riga dell'obiettivo \"Sviluppare azioni positive per favorire il miglioramento dei "
      "comportamenti e della qualità professionale del personale\" (programma 01.10) è segnata solo la colonna 2024, non "
      "2025 e 2026. Prevede formazione su trasparenza e integrità e servizi associati di Nucleo di valutazione e ufficio "
      "procedimenti disciplinari; indicatore: favorire la creazione di organi di controllo esterno.",
      [["2024"]], MAG,
      [("Sviluppare azioni positive per favorire il miglioramento dei comportamenti", MAG),
       ("Nucleo di valutazione, Revisore dei Conti\tx\t\t\tFavorire la creazione", MAG)]),

    # 027
    q("tempistica",
      "A Cassano Magnago, per il recupero dei residui attivi, quando si fa il riaccertamento e quando parte il recupero?",
      "In sede di riaccertamento (gennaio – febbraio) il responsabile finanziario comunica gli accertamenti non ancora "
      "riscossi al responsabile del capitolo; da aprile a dicembre il responsabile del capitolo che ha generato il "
      "residuo avvia il procedimento di recupero degli importi (responsabile gestionale: Area Risorse).",
      [["gennaio"], ["febbraio"], ["aprile"], ["dicembre"]], CM,
      [("Attivazione puntuale delle procedure per il recupero dei residui attivi", CM),
       ("avvia il procedimento di recupero degli importi\tAprile – dicembre", CM)]),

    # 028 no municipality.
    q("tempistica",
      "Quando si tiene la rassegna \"Antichi organi, patrimonio d'Europa\" e con quale associazione?",
      "A settembre, con l'associazione \"Antiqua modicia\" (Cassano Magnago, obiettivo di collaborazione con le "
      "associazioni culturali, 3.1.5, Responsabile Area Attività Educativa e per il tempo libero; valore atteso: "
      "programmare almeno un evento culturale).",
      [["settembre"], ["Antiqua modicia"]], CM,
      [("Rassegna \"Antichi organi, patrimonio d'Europa\" con l'associazione", CM)]),

    # 029 the PNRR deadlines vs the earlier internal schedule.
    q("tempistica",
      "Entro quando il PNRR chiede di concludere e collaudare i lavori della materna Cristo Risorto?",
      "Secondo le fasi del finanziamento PNRR: conclusione lavori entro il 31/12/2025 e collaudo (CRE) entro il "
      "30/06/2026 (aggiudicazione entro 20/06/2023 e avvio lavori entro 30/11/2023 già ottemperati). Il cronoprogramma di "
      "Cassano d'Adda anticipa i tempi: conclusione lavori \"31/09/24\" e CRE 31/12/24.",
      [["31/12/2025"], ["30/06/2026"]], PERF,
      [("- conclusione lavori entro 31/12/2025", PERF),
       ("- collaudo (CRE) lavori entro 30/06/2026", PERF)]),

    # ------------------------------------------------------------------ indicatore (030-033)
    # 030
    q("indicatore",
      "Controlli stradali a Cassano d'Adda: quante sanzioni su revisioni e assicurazioni si devono raggiungere, "
      "partendo da quante?",
      "L'indicatore prevede un incremento del 5% degli accertamenti su revisioni e assicurazioni: dato di partenza 2023 "
      "294 sanzioni, dato di arrivo 309 sanzioni (obiettivo \"Controlli stradali\", settore 08. Polizia Locale).",
      [["309"], ["294"]], PERF,
      [("Incremento degli accertamenti di violazione del 5% sulle revisioni", PERF),
       ("Dato partenza 2023: 294 sanzioni", PERF)]),

    # 031 no municipality.
    q("indicatore",
      "Di quanto devono ridursi i tempi per emettere le ordinanze per i lavori pubblici?",
      "Da 30 giorni a 20 giorni: è l'indicatore di efficienza dell'obiettivo \"Sicurezza urbana\" della Polizia Locale di "
      "Cassano d'Adda (obiettivo pluriennale 2023-2025, fase 2).",
      [["20 giorni"], ["30 giorni"]], PERF,
      [("Termine di riduzione ordinanze lavori pubblici:", PERF),
       ("da 30 giorni a 20 giorni", PERF)]),

    # 032
    q("indicatore",
      "Nel magentino che aumento è previsto per le ore dei servizi di prossimità della Polizia Locale?",
      "Un aumento del 10% delle ore dei servizi di prossimità (programma 03.01, obiettivo sulla gestione ottimale dei "
      "servizi di polizia), insieme al mantenimento del chilometraggio annuo di pattugliamento, dei posti di controllo "
      "del traffico e dei controlli in materia commerciale, edilizia e ambientale.",
      [["10%", "10 %", "10 per cento", "dieci per cento"]], MAG,
      [("Aumento del 10% delle ore dei servizi di prossimità.", MAG)]),

    # 033 baseline figures inside the indicator text.
    q("indicatore",
      "Promozione del territorio a Cassano d'Adda: di quanto devono crescere gli eventi e le collaborazioni rispetto al "
      "2023?",
      "Gli eventi di promozione del territorio devono crescere del 30% rispetto ai 10 eventi del 2023; le collaborazioni "
      "con partner esterni (sponsorizzazioni, contributi, patti di collaborazione) del 10% rispetto alle 22 del 2023. "
      "Inoltre almeno il 30% degli eventi va realizzato in partnership.",
      [["30%", "30 %", "30 per cento"], ["22"]], PERF,
      [("n. eventi promozione del territorio 2023 dato 2023 = n. 10 eventi", PERF),
       ("dato 2023 = n. 22 collaborazioni", PERF)]),

    # ------------------------------------------------------------------ numerico (034-035)
    # 034 no municipality.
    q("numerico",
      "Quanto si risparmia facendo in casa la formazione sugli affidamenti diretti invece di pagare corsi esterni?",
      "€ 960,00: a Cassano d'Adda l'indicatore di economicità stima il costo medio di corsi di pari natura in 2 ore per 8 "
      "dipendenti a € 60,00 l'ora (obiettivo di formazione sul nuovo codice dei contratti, settore 01. Affari Generali).",
      [["960"]], PERF,
      [("corso di 2 h per 8 dipendenti - € 60,00/1h = € 960,00", PERF)]),

    # 035
    q("numerico",
      "Con quale delibera e in che data è stato approvato il DUP 2026-2028 di Cremosano?",
      "Con la delibera di consiglio comunale n. 40 in data 20.12.2026 (il PIAO rimanda al DUP per il dettaglio di "
      "missioni, obiettivi strategici e programmi operativi).",
      [["n. 40", "n.40", "numero 40"], ["20.12.2026", "20/12/2026", "20 dicembre 2026"]], CRE,
      [("approvato con delibera di consiglio comunale n. 40 in data 20.12.2026", CRE)]),

    # ------------------------------------------------------------------ obiettivo (036-037)
    # 036 no municipality; lowercase, informal.
    q("obiettivo",
      "perché il comune non può dare direttamente il wifi gratis nei luoghi pubblici? cosa prevede il piao?",
      "Nel PIAO di Cassano Magnago (obiettivo 1.1.3, Responsabile Area Attività Istituzionali ed Amm.ve) si spiega che la "
      "normativa impedisce alla pubblica amministrazione di erogare in proprio servizi di connessione generalizzati e "
      "impone vincoli sulla registrazione delle sessioni: si valuterà quindi di affidare contrattualmente il servizio a un "
      "gestore autorizzato, poi aggiornare l'infrastruttura Wi-Fi esistente ed estendere la copertura (2025-2026-2027).",
      [["normativa"], ["gestore"]], CM,
      [("La normativa impedisce alla pubblica amministrazione di erogare in proprio", CM),
       ("Attivare una connessione Wifi con l'obiettivo di facilitare la diffusione", CM)]),

    # 037 no municipality; partner named inside a phase sentence.
    q("obiettivo",
      "A cosa servirà l'edificio dell'ex area Fornaci S. Anna e con chi è fatto il progetto PNRR?",
      "A Cassano Magnago la ristrutturazione dell'edificio dell'ex area Fornaci S. Anna (obiettivo 1.2.2, Responsabile "
      "Area Lavori Pubblici) serve a destinarlo a scopi sociali; il progetto PNRR è con il Piano di Zona di Gallarate e "
      "nel 2025/2026 se ne monitora lo stato di avanzamento.",
      [["scopi sociali"], ["Gallarate"]], CM,
      [("Rigenerazione e riqualificazione dell'ex area Fornaci S. Anna", CM),
       ("con il Piano di Zona di Gallarate relativo alla ristrutturazione", CM)]),

    # ------------------------------------------------------------------ non_presente (038-045)
    # 038 a cost: CM gives no amount at all.
    q("non_presente",
      "Quanto costa il centro sportivo polivalente con beach volley, padel e calcetto a Cassano Magnago?",
      "Il costo non è indicato nel piano. L'obiettivo 3.1.1 (Responsabile Area Lavori Pubblici) prevede solo "
      "\"Affidamento e realizzazione del centro sportivo polivalente\" (2025/2026); altre fasi (3.1.2) monitorano la "
      "richiesta di finanziamento, con l'eventuale partenariato pubblico-privato, ma nessun importo è riportato.",
      [], CM,
      [("Affidamento e realizzazione del centro sportivo polivalente che comprende", CM)]),

    # 039 a year outside the plan period.
    q("non_presente",
      "Quali obiettivi operativi del magentino sono previsti per il 2027?",
      "Il 2027 non è presente: la tabella degli obiettivi DUP del magentino copre solo le annualità 2024, 2025 e 2026, "
      "quindi non ci sono informazioni su obiettivi per il 2027.",
      [], MAG,
      [("STAKEHOLDER\t2024\t2025\t2026\tINDICATORI DI OUTPUT", MAG)]),

    # 040 a person never named. Typo "assesore".
    q("non_presente",
      "Come si chiama l'assesore allo sport di Cassano Magnago?",
      "Il nome non è indicato: il piano riporta solo il ruolo \"Assessore allo Sport\" come responsabile politico "
      "dell'obiettivo sull'offerta sportiva (3.1.4), senza nominare la persona.",
      [], CM,
      [("RESPONSABILE POLITICO\tAssessore allo Sport", CM)]),

    # 041 the SUAP row has no year marked.
    q("non_presente",
      "In quali anni il magentino prevede di potenziare il servizio SUAP?",
      "Non è indicato in quali anni: nella riga \"Potenziare il servizio SUAP\" (programma 03.01) le colonne 2024, 2025 e "
      "2026 sono vuote. La riga indica solo lo stakeholder (Polizia Locale) e l'indicatore \"Rispetto degli standard "
      "normativi\".",
      [], MAG,
      [("Polizia Locale\t\t\t\tRispetto degli standard normativi", MAG),
       ("Potenziare il servizio SUAP", MAG)]),

    # 042 Cremosano has priorities only: no indicators, no targets.
    q("non_presente",
      "Che indicatori e target ha la priorità \"Cremosano in movimento\"?",
      "Il documento non riporta indicatori né target: la priorità 9 \"Cremosano in movimento\" ha solo una descrizione "
      "(mobilità sostenibile a piedi, in bicicletta e con i mezzi pubblici). Per il dettaglio il PIAO rimanda al DUP "
      "2026-2028.",
      [], CRE,
      [("9. Cremosano in movimento", CRE),
       ("si rimanda al DUP 2026-2028", CRE)]),

    # 043 the 2023-25 VP plan has no managers and no indicators.
    q("non_presente",
      "Chi è il responsabile del progetto 2.3 Gestione dei rifiuti urbani nel PIAO 2023-2025 di Cassano d'Adda, e con "
      "quali indicatori?",
      "Non è indicato: la sezione valore pubblico 2023-2025 elenca il progetto 2.3 (Missione 9) solo come titolo, insieme "
      "ai valori pubblici e a una descrizione comune, senza responsabili, settori o indicatori.",
      [], VP,
      [("PROGETTO 2.3 GESTIONE DEI RIFIUTI URBANI", VP)]),

    # 044 a cost of one objective of the performance plan.
    q("non_presente",
      "Quanto costa la digitalizzazione degli atti di matrimonio dal 1965 al 1985 a Cassano d'Adda?",
      "Il costo non è indicato: l'obiettivo di dematerializzazione degli atti di stato civile riporta fasi (formazione "
      "gennaio-marzo, digitalizzazione dei 2000 atti aprile-dicembre), indicatori e dipendenti, ma nessun importo.",
      [], PERF,
      [("Digitalizzazione di tutti gli atti di matrimonio dal 1965 al 1985 (2000 atti)", PERF)]),

    # 045 a municipality outside the corpus.
    q("non_presente",
      "Cosa prevede il PIAO del Comune di Melzo per la digitalizzazione degli archivi?",
      "Non ci sono informazioni sul Comune di Melzo: i documenti disponibili riguardano Cassano d'Adda, Cassano Magnago, "
      "Cremosano e il magentino.",
      [], None),
]


def main() -> None:
    rows = []
    for i, row in enumerate(QUESTIONS, 1):
        rows.append({"id": f"f32s-{i:03d}", **row})
    with OUT.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} questions to {OUT}")


if __name__ == "__main__":
    main()
