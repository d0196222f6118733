"""Builds samples3_qa.jsonl (hand-written questions, kept as Python for readable tabs)."""
import json, os
CA = "cassano-dadda_piao-2024-2026_performance.txt"
CV = "cassano-dadda_piao-2023-2025_valore-pubblico.txt"
CM = "cassano-magnago_piao-2025-2027_obiettivi-operativi.txt"
CR = "cremosano_piao-2026-2028_valore-pubblico.txt"
MG = "magentino_piao-2024-2026_obiettivi-dup.txt"
T = "\t"
Q = []
def add(type_, question, answer, mc, doc, ev=()):
    ev = list(ev)
    Q.append({"question": question, "answer": answer, "must_contain": mc, "doc": doc,
              "evidence": [a for a, d in ev], "evidence_docs": [d for a, d in ev], "type": type_})

# ---------------- responsabile (8)
add("responsabile", "Chi è il titolare del settore Lavori Pubblici a Cassano d'Adda per il 2024?",
    "Nella struttura organizzativa del PIAO 2024-2026 il settore 07. Lavori Pubblici ha come titolare BARTUCCI Grazia Maria (dal 01/01/2024 al 31/12/2024).",
    [["BARTUCCI"]], CA, [("01/01/2024" + T + "31/12/2024" + T + "BARTUCCI Grazia Maria" + T + "titolare", CA)])
add("responsabile", "il censimento del verde (alberature e aree verdi) a quale settore e' assegnato?",
    "L'obiettivo CENSIMENTO DEL VERDE (Rif. DUP 03.03.01) è assegnato al settore 06. Governo del Territorio e Ambiente, da realizzare entro il 31/12/2024.",
    [["Governo del territorio"]], CA,
    [("Rilievo - censimento delle alberature e delle aree a verde del Comune", CA)])
add("responsabile", "A Cassano Magnago chi ha la responsabilità gestionale del progetto di cimitero per gli animali d'affezione?",
    "Il responsabile gestionale è il Responsabile Area Lavori Pubblici; l'obiettivo prevede l'individuazione dell'area e l'affidamento dei lavori nel 2025-2026-2027.",
    [["Area Lavori Pubblici"]], CM,
    [("Possibilità di realizzare un cimitero per gli animali d'affezione", CM)])
add("responsabile", "bonus bebè, chi se ne occupa in comune?",
    "Nel PIAO 2025-2027 di Cassano Magnago l'obiettivo sulle agevolazioni e la conferma del bonus bebè ha come responsabile gestionale il Responsabile Area Risorse: la Giunta demanda all'Area Risorse la gestione del bando, poi istruttoria, graduatoria e liquidazione (da marzo a maggio).",
    [["Area Risorse"]], CM,
    [("demanda all'Area Risorse la gestione del bonus bebè", CM)])
add("responsabile", "Per il miglioramento della viabilità rurale e della relativa segnaletica quali responsabili gestionali sono indicati nel piano di Cassano Magnago?",
    "Sono indicati due responsabili: il Responsabile Area Lavori Pubblici e il Responsabile Area Polizia Locale.",
    [["Lavori Pubblici"], ["Polizia Locale"]], CM,
    [("Miglioramento della viabilità rurale con relativa segnaletica.", CM),
     ("Responsabile Area Lavori Pubblici e Responsabile Area Polizia Locale", CM)])
add("responsabile", "Chi era titolare del settore Finanziario e Tributi a Cassano d'Adda e per quale periodo risulta incaricata?",
    "Nell'organigramma del PIAO 2024-2026 il settore 02. Finanziario e Tributi ha come titolare CHIZZOLI Martina, dal 01/01/2024 al 30/04/2024.",
    [["CHIZZOLI"], ["30/04/2024"]], CA,
    [("01/01/2024" + T + "30/04/2024" + T + "CHIZZOLI Martina" + T + "titolare", CA)])
add("responsabile", "chi fa da RUP per i lavori di rigenerazione urbana del centro storico (via Veneto, piazza Garibaldi, via da Vinci)?",
    "Tra i dipendenti che partecipano all'obiettivo pluriennale di rigenerazione urbana (settore 07. Lavori Pubblici) il RUP è MANZONI Davide (D1).",
    [["MANZONI"]], CA,
    [("MANZONI Davide" + T + "D1" + T + "RUP", CA),
     ("OBIETTIVO PLURIENNALE DI RIGENERAZIONE URBANA - FASE 2", CA)])
add("responsabile", "L'Ufficio di prossimità col Tribunale a quale settore fa capo nel piano della performance?",
    "L'obiettivo \"Ufficio di prossimità\" (progetto 10.1 Oltre i confini della città) è assegnato a 00. Segretario Generale, da realizzare entro il 31/12/2024.",
    [["Segretario Generale"]], CA,
    [("Il Comune istituirà nella propria sede un Ufficio di Prossimità", CA)])

# ---------------- multi_hop (5)
add("multi_hop", "Chi è il titolare del settore che deve fare l'indagine di gradimento sullo sportello Online Insieme?",
    "L'indagine di gradimento sul nuovo sportello online Insieme è assegnata al settore 05. Spazio Città, il cui titolare nel 2024 è RUGGIERI Elisabetta.",
    [["Spazio Citt"], ["RUGGIERI"]], CA,
    [("Indagine di gradimento sul nuovo sportello online Insieme", CA),
     ("01/01/2024" + T + "31/12/2024" + T + "RUGGIERI Elisabetta" + T + "titolare", CA)])
add("multi_hop", "Il presidio Nati per leggere / Bibliobebè: settore competente e nome del titolare?",
    "L'avvio del presidio \"Nati per leggere\" (Rif. DUP 7.2.1) è affidato al settore 04. Cultura, Sport e Valorizzazione Turistica, la cui titolare è BASSANI Maddalena.",
    [["Cultura, sport"], ["BASSANI"]], CA,
    [("AVVIO DEL PRESIDIO \"NATI PER LEGGERE\"", CA),
     ("01/01/2024" + T + "31/12/2024" + T + "BASSANI Maddalena" + T + "titolare", CA)])
add("multi_hop", "chi e' a capo del settore che fa il monitoraggio amianto a Cassano d'Adda?",
    "Il monitoraggio amianto (obiettivo biennale, fase 1) è del settore 06. Governo del Territorio e Ambiente, titolare BIANCHI Maurizio.",
    [["Governo del territorio"], ["BIANCHI"]], CA,
    [("OBIETTIVO BIENNALE - MONITORAGGIO AMIANTO (FASE 1)", CA),
     ("01/01/2024" + T + "31/12/2024" + T + "BIANCHI Maurizio" + T + "titolare", CA)])
add("multi_hop", "Consiglio comunale dei ragazzi: quale settore lo segue e chi ne è la titolare?",
    "L'istituzione del consiglio comunale dei ragazzi (Rif. DUP 4.1.9 - 6.1.15, obiettivo di pari opportunità) è in capo al settore 03. Servizi alla Persona, titolare MORETTI Alessandra.",
    [["Servizi alla persona"], ["MORETTI"]], CA,
    [("Rif. DUP 4.1.9 - 6.1.15: Istituire consiglio comunale dei ragazzi", CA),
     ("01/01/2024" + T + "31/12/2024" + T + "MORETTI Alessandra" + T + "titolare", CA)])
add("multi_hop", "Per i controlli sui monopattini elettrici quanti servizi sono previsti e chi è il titolare del settore che li fa?",
    "Nell'obiettivo CONTROLLI STRADALI della Polizia Locale il dato di arrivo è lo svolgimento di 30 servizi appositi sui monopattini elettrici; il settore 08. Polizia Locale ha come titolare CAIANI Massimo.",
    [["30"], ["CAIANI"]], CA,
    [("Dato di arrivo: svolgimento 30 servizi appositi", CA),
     ("01/01/2024" + T + "31/12/2024" + T + "CAIANI Massimo" + T + "titolare", CA)])

# ---------------- confronto (8)
add("confronto", "Tempi di pagamento delle fatture: chi ha la responsabilità dell'obiettivo a Cassano d'Adda e chi a Cassano Magnago?",
    "A Cassano d'Adda l'obiettivo intersettoriale \"Rispetto tempi medi di pagamento\" è assegnato a 00. Segretario Generale, con indice di tempestività dei pagamenti target 0 per ogni settore. A Cassano Magnago le misure organizzative per la tempestività dei pagamenti sono in capo al Responsabile Area Risorse, con verifiche trimestrali dei tempi medi di pagamento.",
    [["Segretario Generale"], ["Area Risorse"]], [CA, CM],
    [("Rispetto tempi medi di pagamento - OBIETTIVO INTERSETTORIALE", CA),
     ("misure organizzative finalizzate al rispetto della tempestività dei pagamenti", CM)])
add("confronto", "Videosorveglianza: cosa prevede il piano di Cassano Magnago e cosa quello del magentino?",
    "Cassano Magnago (Responsabile Area Polizia Locale) vuole potenziare la videosorveglianza nei punti sensibili, parchi e arterie, con valore atteso aumentare le aree video sorvegliate. Il documento del magentino prevede di implementare l'uso dei sistemi esistenti e nuove installazioni, con indicatore la revisione del sistema di telecamere fisse e mobili (fototrappole) e maggiore collaborazione con le altre forze di polizia.",
    [["aree video sorvegliate"], ["fototrappole"]], [CM, MG],
    [("Potenziare il sistema di videosorveglianza nei punti più sensibili", CM),
     ("Implementare utilizzo dei sistemi di videosorveglianza", MG)])
add("confronto", "Che periodo coprono i due PIAO di Cassano d'Adda che abbiamo e quale sottosezione trattano ciascuno?",
    "Il primo è il PIAO 2023-2025, sottosezione 2.1 Valore pubblico (prospettive del valore pubblico, PNRR e Agenda ONU 2030); il secondo è il PIAO 2024-2026, sottosezione 2.2 Performance (struttura organizzativa, linee strategiche e obiettivi operativi dei settori).",
    [["2023-2025"], ["2024-2026"], ["valore pubblico"], ["performance"]], [CV, CA],
    [("Le prospettive del valore pubblico, del PNRR e dell'Agenda ONU 2030", CV),
     ("monitoraggio e aggiornamento dei contenuti del PIAO 2024-2026", CA)])
add("confronto", "protezione civile: che obiettivi hanno cassano magnago e il piano del magentino?",
    "Cassano Magnago prevede il supporto al gruppo comunale di protezione civile: impiego delle associazioni di volontariato per eventi (Area Polizia Locale) e sensibilizzazione dei cittadini con formazione sul Piano di Emergenza Comunale (Area Territorio). Il magentino prevede di gestire la Protezione civile collaborando con il Gruppo di Protezione Civile di Magenta (indicatore: gestione COC nei contesti emergenziali) e di aggiornare il Piano di Emergenza Comunale.",
    [["Piano di Emergenza Comunale"], ["Magenta"], ["COC"]], [CM, MG],
    [("formazione dedicata al Piano di Emergenza Comunale", CM),
     ("Gestione COC in occasione dei contesti emergenziali", MG)])
add("confronto", "Mercati cittadini: cosa fanno Cassano d'Adda e Cassano Magnago sulle aree mercatali?",
    "Cassano d'Adda, nell'obiettivo di digitalizzazione del commercio, prevede l'avvio dei bandi di nuova assegnazione dei mercati cittadini di Cassano, Gropello e Cascine S.Pietro (indicatore: % posti mercato coperti tramite nuovo bando). Cassano Magnago punta alla riqualificazione delle aree mercatali con revisione degli spazi e riduzione dei posteggi non assegnati, lavorando con le associazioni di categoria.",
    [["Gropello"], ["posteggi"]], [CA, CM],
    [("Avvio bandi nuova assegnazione mercati cittadini", CA),
     ("riduzione dei posteggi non assegnati", CM)])
add("confronto", "Quali dimensioni del valore pubblico usa Cremosano e quali tipi di valore usa il PIAO 2023-2025 di Cassano d'Adda?",
    "Cremosano individua tre dimensioni: economica, personale e socio-culturale, ambientale. Cassano d'Adda associa ai progetti diversi tipi di valore: economico, empatico, etico, sociale, strutturale (capacità organizzativa), evolutivo/digitale, culturale e ambientale.",
    [["economica"], ["socio-culturale"], ["empatico"], ["evolutivo"]], [CR, CV],
    [("sono state identificate le seguenti dimensioni del Valore Pubblico", CR),
     ("VALORE EVOLUTIVO/DIGITALE", CV)])
add("confronto", "Barriere architettoniche: confronta quello che prevede Cassano d'Adda con il documento del magentino.",
    "Cassano d'Adda (settore 07. Lavori Pubblici) prevede l'aggiornamento del PEBA, interventi di inclusività negli accessi a scuole e sedi istituzionali e interventi finanziati con il 10% degli oneri di urbanizzazione. Il magentino ha l'obiettivo di eliminare le barriere architettoniche negli spazi pubblici mantenendo in efficienza i dispositivi, con indicatore migliorare il grado di accessibilità agli spazi pubblici.",
    [["PEBA"], ["grado di accessibilità"]], [CA, MG],
    [("Rivedere e aggiornare il PEBA in base alle modifiche viabilistiche", CA),
     ("Eliminare le barriere architettoniche presenti negli spazi pubblici", MG)])
add("confronto", "Mensa scolastica: come viene trattata la refezione a Cassano Magnago rispetto al piano del magentino?",
    "A Cassano Magnago c'è il monitoraggio della refezione tramite il Comitato mensa (Cooperativa Codess, dirigenti scolastici, genitori), in capo al Responsabile Area attività educative. Nel magentino l'obiettivo \"Una refezione scolastica di qualità\" ha come indicatore attivare una nuova gara intercomunale di affidamento previa analisi dei bisogni.",
    [["Codess"], ["gara intercomunale"]], [CM, MG],
    [("Interventi di monitoraggio in materia di refezione scolastica", CM),
     ("Attivare nuova gara intercomunale di affidamento", MG)])

# ---------------- elenco (8)
add("elenco", "Quali sono le fasi dell'obiettivo Polizia Locale sui controlli stradali per il 2024?",
    "FASE 1: presidio delle aree con maggiori problemi di traffico o soste (gennaio-dicembre); FASE 2: individuazione, anche tramite segnalazioni degli utenti, delle aree con criticità (gennaio-giugno); FASE 3: intensificazione dei controlli nelle aree individuate (aprile-settembre); FASE 4: verifica della diminuzione delle violazioni tramite supervisione e pattugliamento (marzo-dicembre).",
    [["presidio"], ["segnalazioni"], ["intensificazione"], ["diminuzione delle violazioni"]], CA,
    [("FASE 1: Presidio delle aree dove sono maggiori i problemi legati", CA),
     ("FASE 3: Intensificazione dei controlli e mantenimento dello standard", CA)])
add("elenco", "Elencami le misure PNRR della PA digitale 2026 seguite da Affari Generali",
    "Le misure sono 6: 1.2 Abilitazione al cloud per le PA locali; 1.4.1 Esperienza del cittadino nei servizi pubblici; 1.4.3 Adozione App IO; 1.4.3 Adozione piattaforma PagoPA; 1.4.4 SPID - CIE; 1.4.5 Piattaforma Notifiche Digitali.",
    [["cloud"], ["App IO"], ["PagoPA"], ["Notifiche Digitali"], ["SPID"]], CA,
    [("Le misure previste sono n.6: 1.2 Abilitazione al cloud", CA)])
add("elenco", "Nel documento del magentino chi sono gli stakeholder per il miglioramento della navigabilità del sito istituzionale?",
    "Cittadini, uffici dell'ente, Responsabile della trasparenza, OIV/ Nucleo di valutazione, enti terzi, amministratori, associazioni, imprese, professionisti.",
    [["Responsabile della trasparenza"], ["Nucleo di valutazione"], ["imprese"], ["professionisti"]], MG,
    [("Implementare e migliorare la navigabilità del Sito Istituzionale", MG)])
add("elenco", "Cassano Magnago: quali iniziative culturali già apprezzate si vogliono confermare?",
    "Si confermano la stagione musicale, il concerto di Natale, il concerto di inizio anno (con il Corpo Musicale Cassanese) e le stagioni teatrali adulti e ragazzi.",
    [["stagione musicale"], ["concerto di Natale"], ["inizio anno"], ["teatral"]], CM,
    [("Confermare le iniziative culturali che negli anni passati hanno", CM)])
add("elenco", "quali dipendenti lavorano alla digitalizzazione del registro delle pratiche paesaggistiche?",
    "Partecipano COMELLI Elisa (D1), FUMAGALLI Rosa Giovanna (C6), MANFE' PAVAN Chiara (C5) e VANZONI Davide (D2).",
    [["COMELLI"], ["FUMAGALLI"], ["MANFE' PAVAN", "MANFE PAVAN"], ["VANZONI"]], CA,
    [("DIGITALIZZAZIONE REGISTRO PRATICHE PAESAGGISTICHE", CA),
     ("n. pratiche del registro da digitalizzare (445/445)", CA)])
add("elenco", "Quali sono le priorità strategiche del comune di Cremosano?",
    "Le 12 priorità strategiche sono: 1. Cura del territorio; 2. Cultura e creatività; 3. Partecipazione; 4. Cremosano solidale; 5. Custodire Cremosano; 6. Cremosano e sport; 7. La scuola, investimento sul futuro; 8. Cremosano da abitare; 9. Cremosano in movimento; 10. Cremosano, lavoro ed eccellenze; 11. Da smart city a smart land; 12. Un comune di qualità, trasparente e che innova.",
    [["Cura del territorio"], ["Cremosano solidale"], ["smart land"], ["Cremosano da abitare"]], CR,
    [("Le priorità strategiche rappresentano gli Obiettivi Generali", CR)])
add("elenco", "Missione 09 ambiente nel piano magentino: quali obiettivi operativi ci sono?",
    "Tutelare il suolo e le altre matrici ambientali (09.04); Rinnovare il servizio di manutenzione del verde (09.02); Garantire il servizio di igiene urbana (09.03); Valorizzare e mantenere le aree a verde (09.05); Ridurre le emissioni di CO2 e monitorare i consumi (09.02).",
    [["Tutelare il suolo"], ["igiene urbana"], ["aree a verde"], ["CO2"]], MG,
    [("Missione 09 – Sviluppo sostenibile e tutela del territorio", MG),
     ("Garantire il servizio di igiene urbana", MG)])
add("elenco", "Che attività di educazione stradale nelle scuole fa la polizia locale di Cassano Magnago?",
    "Sono previsti: lezioni di educazione stradale di livello base nelle scuole primarie; lezioni nelle scuole secondarie di primo grado in funzione della patente per ciclomotori; la biciclettata annuale presso la scuola elementare Fermi; inoltre corsi per il recupero dei punti della patente.",
    [["primarie"], ["ciclomotori"], ["biciclettata"], ["Fermi"]], CM,
    [("Realizzare corsi per il recupero dei punti delle patenti di guida", CM),
     ("Organizzare la biciclettata annuale presso la scuola elementare Fermi", CM)])

# ---------------- indicatore (8)
add("indicatore", "Nell'obiettivo sicurezza urbana della Polizia Locale che indicatore di efficienza c'è sulle ordinanze per i lavori pubblici?",
    "L'indicatore di efficienza è la riduzione del termine di emissione delle ordinanze per lavori pubblici da 30 giorni a 20 giorni.",
    [["30 giorni"], ["20 giorni"]], CA,
    [("Termine di riduzione ordinanze lavori pubblici:", CA),
     ("da 30 giorni a 20 giorni", CA)])
add("indicatore", "Progetto casa / alloggi ERP: quale target è fissato sulla riduzione della morosità e da che dato si parte?",
    "L'indicatore è la % di riduzione della morosità annua 2024 rispetto al 2023, che era di € 51.008,28: % prevista 10%. Ci sono poi il 50% di morosi con piani di rientro sottoscritti e il 50% di inquilini raggiunti con invio telematico.",
    [["51.008,28"], ["10%", "10 %"]], CA,
    [("% riduzione della morosità annua relativa al 2024 rispetto a quella", CA)])
add("indicatore", "open bilancio: con quali indicatori viene misurato?",
    "Gli indicatori di efficacia sono: % rispetto fasi e tempi; n. report; n. canali di comunicazione e diffusione dei dati e documenti (sito istituzionale, giornalino comunale, app Municipium, telegram).",
    [["fasi e tempi"], ["n. report", "numero di report"], ["canali di comunicazione"], ["Municipium"]], CA,
    [("n. canali di comunicazione e diffusione dei dati e documenti", CA)])
add("indicatore", "Nell'obiettivo UN BILANCIO SANO qual è l'indicatore di economicità e che valore si attende?",
    "È il risparmio economico conseguito dall'ente per la formazione interna (costo medio di corsi analoghi sul mercato: corso di 2 h per 15 dipendenti, € 75,00/2h), con dimensione attesa 1100. Sono previste anche 7 sessioni formative interne.",
    [["risparmio"], ["1100", "1.100"]], CA,
    [("risparmio economico conseguito da ente per formazione interna", CA)])
add("indicatore", "Come si calcola la frequenza dello spazio NPL - Bibliobebè e qual è il target?",
    "Si calcola come n. aperture 2024 con presenza di fruitori / n. aperture totali 2024, con % prevista 70.",
    [["aperture"], ["70"]], CA,
    [("(n. aperture 2024 con presenza di fruitori / n. aperture totali 2024)", CA)])
add("indicatore", "magentino, gestione associata dei servizi: qual è l'indicatore di output?",
    "L'indicatore di output per \"Gestire in forma associata servizi\" (programma 01.02) è la % di risparmio rispetto al triennio precedente.",
    [["risparmio rispetto al triennio precedente"]], MG,
    [("% risparmio rispetto al triennio precedente", MG)])
add("indicatore", "Per i servizi di polizia locale (giudiziaria, stradale, annonaria ecc.) quali indicatori di output fissa il documento del magentino?",
    "Mantenimento del chilometraggio annuo per i pattugliamenti, del numero dei posti di controllo del traffico e dei controlli in materia commerciale, edilizia e ambientale; aumento del 10% delle ore dei servizi di prossimità.",
    [["chilometraggio"], ["10%"], ["prossimità"]], MG,
    [("Aumento del 10% delle ore dei servizi di prossimità.", MG)])
add("indicatore", "Digitalizzazione dei processi misti del Settore 5: quanti processi vanno digitalizzati e che riduzione delle stampe si vuole?",
    "L'indicatore di efficacia è il n. di processi revisionati e digitalizzati, con dimensione attesa 6; l'indicatore di efficienza è la diminuzione del numero delle stampe prodotte rispetto alla media degli ultimi 2 anni, con % prevista 20.",
    [["6", "sei"], ["stampe"], ["20"]], CA,
    [("N. di processi revisionati e digitalizzati", CA),
     ("diminuzione del numero delle stampe prodotte rispetto alla media", CA)])

# ---------------- obiettivo (7)
add("obiettivo", "Perché Cassano Magnago vuole fare un campo da calcio in erba sintetica? Che valore atteso c'è?",
    "La motivazione è avere un campo sfruttabile di più nei mesi invernali grazie alla capacità di drenaggio delle acque piovane; il valore atteso è il risparmio sulle spese di gestione e manutenzione del campo a undici.",
    [["invernali"], ["drenaggio"], ["campo a undici"]], CM,
    [("Realizzazione di un campo da calcio in erba sintetica", CM)])
add("obiettivo", "Dematerializzazione atti di stato civile: cosa si deve digitalizzare e in vista di cosa?",
    "Si digitalizzano gli atti di matrimonio dal 1965 al 1985 (2000 atti), in vista del subentro in ANSC (Anagrafe Nazionale dello Stato Civile), dopo una formazione specifica del personale.",
    [["1965"], ["1985"], ["ANSC", "Anagrafe Nazionale dello Stato Civile"]], CA,
    [("Digitalizzazione di tutti gli atti di matrimonio dal 1965 al 1985", CA)])
add("obiettivo", "A cosa serve l'obiettivo sulle comunità energetiche di Cassano Magnago?",
    "Serve a evitare lo spreco energetico unendo utenti che condividono impianti di produzione di energia rinnovabile e fanno scambio energetico; il valore atteso è la manifestazione di interesse delle utenze, con la costituzione della CER come soggetto giuridico nel 2025 (progetto esplorativo affidato a CMS spa nel 2023).",
    [["spreco energetico"], ["CER"]], CM,
    [("Costituzione della CER come soggetto giuridico", CM)])
add("obiettivo", "Violenza di genere: qual è la finalità dell'obiettivo nel piano del magentino?",
    "La finalità è garantire la partecipazione alla costruzione di una rete di prevenzione per la violenza di genere; stakeholder servizi sociali, Ufficio di Piano, ATS-centri antiviolenza, consultori.",
    [["rete di prevenzione"]], MG,
    [("Garantire la partecipazione alla costruzione di una rete di prevenzione", MG)])
add("obiettivo", "Cremosano da abitare: che tipo di domanda di case descrive il documento?",
    "Il documento dice che la città ha ancora un fabbisogno di abitazioni e che la domanda non riguarda più solo le famiglie a basso reddito ma gruppi ancora più deboli: anziani, lavoratori giovani ma precari, immigrati, separati, ammalati, invalidi, lavoratori espulsi dal processo produttivo, povertà impreviste e improvvise.",
    [["anziani"], ["precari"], ["immigrati"], ["basso reddito"]], CR,
    [("La città presenta ancora un fabbisogno di abitazioni", CR)])
add("obiettivo", "Nel PIAO valore pubblico di Cassano d'Adda cosa si dice sul centro cittadino e sulle aree dismesse?",
    "Nel progetto 10.1 Oltre i confini della città si vuole trasformare il centro cittadino in un luogo da vivere a tutte le ore, percorribile a piedi o in bicicletta, con commercio di vicinato e meno traffico di attraversamento, valorizzare il fiume Adda e dare un futuro ad aree dismesse come la Cava di Groppello.",
    [["Cava di Groppello", "Cava di Gropello"], ["Adda"]], CV,
    [("nonché dare un futuro ad aree dismesse (Cava di Groppello)", CV)])
add("obiettivo", "Il CUP nella ex farmacia: che scopo ha e a che punto è?",
    "L'obiettivo di Cassano Magnago è creare un centro unico di prenotazioni nei locali dell'ex farmacia in piazza Don Spina, per creare uno spazio inclusivo. Il CUP è stato inaugurato nel dicembre 2023 e ora se ne garantisce la manutenzione ordinaria.",
    [["Don Spina"], ["inclusivo"], ["dicembre 2023"]], CM,
    [("Creare un CUP (centro unico di prenotazioni) nei locali dell'ex farmacia", CM)])

# ---------------- tempistica (5)
add("tempistica", "Nel magentino, l'obiettivo sulle azioni positive per la qualità professionale del personale in quali anni è programmato?",
    "L'obiettivo \"Sviluppare azioni positive per favorire il miglioramento dei comportamenti e della qualità professionale del personale\" (programma 01.10) è segnato solo per il 2024, non per il 2025 e il 2026; l'indicatore è favorire la creazione di organi di controllo esterno.",
    [["2024"], ["organi di controllo esterno"]], MG,
    [("Sviluppare azioni positive per favorire il miglioramento dei comportamenti", MG)])
add("tempistica", "Entro che data i responsabili di servizio devono comunicare al responsabile finanziario le previsioni di entrata e spesa per il bilancio?",
    "Entro il 5 ottobre; in assenza di risposta si intendono condivise le previsioni del bilancio tecnico (inviato entro il 15 settembre).",
    [["5 ottobre"]], CM,
    [("I responsabili di servizio predispongono e comunicano al responsabile", CM)])
add("tempistica", "quando entra in produzione il nuovo sito istituzionale di Cassano Magnago?",
    "L'entrata in produzione è prevista entro giugno 2025 (la componente \"cittadino informato\" entro aprile 2025, poi collaudi e formazione entro giugno 2025).",
    [["giugno 2025"]], CM,
    [("Realizzazione del nuovo sito istituzionale con l'obiettivo", CM)])
add("tempistica", "Scuola materna Cristo Risorto (PNRR): quali sono le scadenze di fine lavori e collaudo?",
    "Secondo il PNRR la conclusione lavori è entro il 31/12/2025 e il collaudo (CRE) entro il 30/06/2026; il cronoprogramma interno prevede comunque la conclusione in anticipo.",
    [["31/12/2025"], ["30/06/2026"]], CA,
    [("- conclusione lavori entro 31/12/2025", CA),
     ("- collaudo (CRE) lavori entro 30/06/2026", CA)])
add("tempistica", "Scadenze IMU indicate nel piano per l'assistenza ai contribuenti?",
    "Acconto 17 giugno 2024 e saldo 16 dicembre 2024.",
    [["17 giugno"], ["16 dicembre"]], CM,
    [("Acconto 17 giugno 2024 - saldo 16 dicembre 2024", CM)])

# ---------------- numerico (3)
add("numerico", "Quanti impianti fotovoltaici ci sono sugli edifici comunali di Cassano d'Adda e di che potenza totale?",
    "Dal 2009 al 2023 sono stati installati 15 impianti fotovoltaici, con potenza totale di 415kW.",
    [["15"], ["415"]], CA,
    [("n° 15 impianti fotovoltaici (potenza totale di 415kW)", CA)])
add("numerico", "Con che delibera è stato approvato il DUP 2026-2028 di Cremosano?",
    "Con delibera di consiglio comunale n. 40 in data 20.12.2026.",
    [["40"], ["20.12.2026"]], CR,
    [("approvato con delibera di consiglio comunale n. 40 in data 20.12.2026", CR)])
add("numerico", "sanzioni su revisioni e assicurazioni: quante nel 2023 e quante come obiettivo?",
    "Dato di partenza 2023: 294 sanzioni; dato di arrivo: 309 sanzioni (incremento del 5%).",
    [["294"], ["309"]], CA,
    [("Dato partenza 2023: 294 sanzioni", CA), ("Dato di arrivo: 309 sanzioni", CA)])

# ---------------- non_presente (8)
add("non_presente", "Chi è il responsabile gestionale dell'obiettivo sulle comunità energetiche a Cassano Magnago?",
    "Il responsabile gestionale non è indicato: per l'obiettivo \"Comunità energetiche\" il piano riporta obiettivo strategico 3.2.3, motivazione, valore atteso e fasi (costituzione della CER nel 2025), ma nessun RESPONSABILE GESTIONALE.",
    [], CM, [("Monitorare lo stato del progetto esplorativo per l'attuazione di un piano", CM)])
add("non_presente", "Quanto costa al comune il presidio Nati per leggere?",
    "Il piano non indica un costo o uno stanziamento per il presidio: riporta solo l'indicatore sulla % di iniziative per la fascia 0/3 senza impegno economico per l'Ente (80%) e la gratuità per i fruitori.",
    [], CA, [("% realizzazione di iniziative e proposte per la fascia 0/3 senza impegno", CA)])
add("non_presente", "Chi è il responsabile della priorità Cremosano in movimento?",
    "Non è indicato: il documento di Cremosano descrive la priorità 9 (mobilità sostenibile) ma non assegna responsabili, settori o persone alle priorità strategiche.",
    [], CR, [("9. Cremosano in movimento", CR)])
add("non_presente", "che percentuale di raccolta differenziata si vuole raggiungere nel 2025 nel piano del magentino?",
    "Non è indicato un valore obiettivo: l'indicatore parla solo di incremento della percentuale di raccolta differenziata tramite la sensibilizzazione dei cittadini, senza target numerico.",
    [], MG, [("Incremento della percentuale di raccolta differenziata", MG)])
add("non_presente", "Quali obiettivi ci sono per il servizio di trasporto scolastico con lo scuolabus?",
    "Non ho trovato informazioni sul trasporto scolastico o sullo scuolabus nei documenti disponibili.",
    [], None)
add("non_presente", "Quali obiettivi di performance ha Cassano d'Adda per il 2027?",
    "Non sono presenti obiettivi per il 2027: gli obiettivi operativi del PIAO 2024-2026 sono tutti da realizzare entro il 31/12/2024 (alcuni pluriennali sono indicati solo per fasi).",
    [], CA, [("da realizzare entro il 31/12/2024", CA)])
add("non_presente", "Chi ha preso il posto della titolare del Finanziario e Tributi dopo aprile 2024?",
    "Non risulta: l'organigramma indica solo CHIZZOLI Martina come titolare dal 01/01/2024 al 30/04/2024 e non riporta il titolare per il resto dell'anno.",
    [], CA, [("01/01/2024" + T + "30/04/2024" + T + "CHIZZOLI Martina" + T + "titolare", CA)])
add("non_presente", "C'è un piano per installare defibrillatori nelle palestre comunali?",
    "Non è presente nei documenti alcun obiettivo sui defibrillatori.",
    [], None)

for i, q in enumerate(Q, 1):
    q["id"] = f"f3s-{i:03d}"
keys = ["id", "question", "answer", "must_contain", "doc", "evidence", "evidence_docs", "type"]
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "samples3_qa.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for q in Q:
        f.write(json.dumps({k: q[k] for k in keys}, ensure_ascii=False) + "\n")
print(len(Q), "written to", out)
