"""Build benchmarks/fresh19s/samples19_qa.jsonl: 45 held-out questions on the five sample plans.

Written blind: the only sources are the five texts in data/samples/ and the format in
/work/shared/eval/README.md. One commented block per question, grouped by type. Anchors are verbatim
single-line substrings (20-80 chars) of the named file; "\t" marks a TAB of the source line. Every
must_contain alternative occurs in the normalised text of the evidence documents (checked by
samples19_check.py). Facts already asked by fresh15s / fresh17s were avoided (see README.md).

Usage: python benchmarks/fresh19s/build_samples19.py
"""
from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "samples19_qa.jsonl"

CM = "cassano-magnago_piao-2025-2027_obiettivi-operativi.txt"
PERF = "cassano-dadda_piao-2024-2026_performance.txt"
VP = "cassano-dadda_piao-2023-2025_valore-pubblico.txt"
MAG = "magentino_piao-2024-2026_obiettivi-dup.txt"
CRE = "cremosano_piao-2026-2028_valore-pubblico.txt"

Q: list[dict] = []


def q(type_, question, answer, must, evidence=(), docs=(), doc=None):
    """Append one question. `docs` gives the file of each anchor; `doc` is derived from it unless given."""
    evidence, docs = list(evidence), list(docs)
    assert len(evidence) == len(docs), question
    if doc is None and docs:
        uniq = list(dict.fromkeys(docs))
        doc = uniq[0] if len(uniq) == 1 else uniq
    Q.append({
        "id": f"f19s-{len(Q) + 1:03d}",
        "question": question,
        "answer": answer,
        "must_contain": must,
        "doc": doc,
        "evidence": evidence,
        "evidence_docs": docs,
        "type": type_,
    })


# =========================================================================================================
# ELENCO (8) - complete lists; must_contain requires at least three items
# =========================================================================================================

# 001 - Cassano d'Adda 2024, "Attuazione PNRR PA digitale 2026" (01 Affari generali): the six PNRR measures.
q("elenco",
  "Quali sono tutte le misure PNRR sulla digitalizzazione che il Comune di Cassano d'Adda deve portare avanti "
  "nel 2024?",
  "L'obiettivo «Attuazione PNRR PA digitale 2026» (Settore 01. Affari generali, Rif. DUP 10.1.8) elenca n. 6 "
  "misure, ciascuna con rispetto fasi e tempi al 100%: 1.2 Abilitazione al cloud per le PA locali; 1.4.1 "
  "Esperienza del cittadino nei servizi pubblici; 1.4.3 Adozione App IO; 1.4.3 Adozione piattaforma PagoPA; "
  "1.4.4 SPID - CIE; 1.4.5 Piattaforma Notifiche Digitali.",
  [["cloud"], ["app io"], ["pagopa"], ["spid"], ["notifiche digitali"]],
  ["1.2 Abilitazione al cloud per le PA locali",
   "% rispetto fasi e tempi - misura 1.4.3 Adozione App IO",
   "% rispetto fasi e tempi - misura 1.4.5 Piattaforma Notifiche Digitali"], [PERF, PERF, PERF])

# 002 - Cassano d'Adda, Progetto Casa (ref. DUP 4.6.1, 03 Servizi alla persona): all five employees.
q("elenco",
  "chi sono i dipendenti che lavorano sull'obiettivo contro morosità e occupazioni abusive nelle case popolari "
  "a Cassano d'Adda? tutti i nomi per favore",
  "All'obiettivo «Contrastare l'illegalità e l'abusivismo nei servizi abitativi pubblici» (Progetto Casa, "
  "Settore 03. Servizi alla persona) partecipano: RAIA Paolo (C1), FARLONI Maria Rita (C6), CARMINATI Cristina "
  "Maria (C3), TRESOLDI Maria Laura (C4), ZANINI Valentina (D2).",
  [["RAIA"], ["FARLONI"], ["CARMINATI"], ["TRESOLDI"], ["ZANINI"]],
  ["Contrastare l'illegalità e l'abusivismo nei servizi abitativi pubblici",
   "CARMINATI Cristina Maria\tC3",
   "TRESOLDI Maria Laura\tC4"], [PERF, PERF, PERF])

# 003 - Cassano d'Adda, Commercio (04 Cultura, sport e valorizzazione turistica): all six phases with months.
q("elenco",
  "Mi servono tutte le fasi, con i mesi, del progetto per mettere su computer le vecchie pratiche cartacee dei "
  "negozi a Cassano d'Adda",
  "Obiettivo «Commercio: digitalizzazione documentazione e allineamento procedure» (fase 1): 1) selezione delle "
  "informazioni utili nell'archivio storico del commercio (gennaio-marzo); 2) procedura di importazione delle "
  "pratiche cartacee nella piattaforma digitale SOLO 1 (febbraio-aprile); 3) digitalizzazione archivio "
  "(febbraio-settembre); 4) creazione di un registro delle attività presenti sul territorio (febbraio-settembre); "
  "5) avvio bandi di nuova assegnazione dei mercati cittadini di Cassano, Gropello e Cascine S. Pietro "
  "(giugno-dicembre); 6) nuova gestione delle autorizzazioni per il canone unico (aprile-dicembre).",
  [["archivio storico"], ["solo 1"], ["registro"], ["mercati"], ["canone unico"]],
  ["Selezione delle informazioni utili presenti nell'archivio storico del commercio",
   "Avvio bandi nuova assegnazione mercati cittadini",
   "Avvio nuova modalità di gestione procedure di autorizzazione per canone unico"], [PERF, PERF, PERF])

# 004 - Cassano Magnago, strategic objective 1.1.1 (ascolto del cittadino): its four 1st-level objectives.
q("elenco",
  "Cassano Magnago: quali obiettivi operativi di primo livello stanno sotto l'obiettivo strategico 1.1.1, "
  "quello sull'ascolto dei cittadini?",
  "Sotto l'obiettivo strategico 1.1.1 ci sono quattro obiettivi di 1° livello: 1) monitorare la percezione "
  "dell'utenza rilevando la soddisfazione sulla qualità dei servizi (Area Risorse); 2) implementare la procedura "
  "di gestione dei reclami, segnalazioni e suggerimenti (Area Attività Istituzionali ed Amm.ve); 3) progetto del "
  "Bilancio partecipativo (responsabile interessato dal progetto); 4) implementare l'Ufficio per le relazioni "
  "con il Pubblico (U.R.P.) (Area Attività Istituzionali ed Amm.ve).",
  [["soddisfazione"], ["reclami"], ["bilancio partecipativo"], ["u.r.p", "urp", "relazioni con il pubblico"]],
  ["Monitorare la percezione dell'utenza rilevando la soddisfazione",
   "Implementare la procedura finalizzata alla gestione dei reclami, segnalazioni",
   "Implementare l'ufficio per le relazioni con il Pubblico (U.R.P.)"], [CM, CM, CM])

# 005 - Cassano Magnago, strategic objective 2.1.1 (ripresa attività commerciali): its three 1st-level objectives.
q("elenco",
  "quali sono gli obiettivi per aiutare i negozi a ripartire dopo l'emergenza sanitaria a Cassano Magnago? "
  "tutti quelli del 2.1.1",
  "L'obiettivo strategico 2.1.1 (sostenere la ripresa delle attività commerciali) comprende tre obiettivi, tutti "
  "del Responsabile Area Attività Istituzionali ed Amm.ve: 1) collaborazione tra Suap e imprese con uno sportello "
  "informativo; 2) forme e strumenti di agevolazione per le proposte di giovani imprenditori; 3) piani di "
  "esenzioni e agevolazioni della Tari.",
  [["suap"], ["giovani imprenditori"], ["tari"]],
  ["Implementare la collaborazione tra Suap e imprese con l'istituzione di uno",
   "Individuare forme e strumenti di agevolazione finalizzate a favorire le proposte",
   "Mettere in atto piani di esenzioni e agevolazioni della Tari"], [CM, CM, CM])

# 006 - magentino 01.08, institutional website: all nine stakeholders.
q("elenco",
  "Nel piano del magentino, chi sono gli stakeholder dell'obiettivo sul sito web del comune (navigabilità)? "
  "elencali tutti",
  "Per «Implementare e migliorare la navigabilità del Sito Istituzionale» (programma 01.08) gli stakeholder "
  "sono: cittadini, uffici dell'ente, Responsabile della trasparenza, OIV/Nucleo di valutazione, enti terzi, "
  "amministratori, associazioni, imprese, professionisti.",
  [["responsabile della trasparenza"], ["nucleo di valutazione"], ["enti terzi"], ["imprese"],
   ["professionisti"]],
  ["Implementare e migliorare la navigabilità del Sito Istituzionale",
   "Cittadini, uffici dell'ente, Responsabile della trasparenza, OIV/ Nucleo"], [MAG, MAG])

# 007 - magentino Missione 03: all five operational objectives of programme 03.01.
q("elenco",
  "Elenca gli obiettivi operativi della missione ordine pubblico e sicurezza nel documento del magentino",
  "Nella Missione 03 (programma 03.01) ci sono cinque obiettivi operativi: 1) garantire la gestione ottimale dei "
  "servizi di polizia giudiziaria, pubblica sicurezza, stradale, annonaria, edilizia, ambientale e soccorso; "
  "2) interagire con le altre forze di Polizia (servizi congiunti del Patto Locale); 3) territorio sicuro: "
  "impedire insediamenti abusivi; 4) implementare l'utilizzo dei sistemi di videosorveglianza; 5) potenziare il "
  "servizio SUAP.",
  [["polizia giudiziaria"], ["altre forze di polizia"], ["insediamenti abusivi"], ["videosorveglianza"],
   ["suap"]],
  ["Interagire con le altre forze di Polizia",
   "Territorio sicuro: impedire insediamenti abusivi sul territorio",
   "Potenziare il servizio SUAP"], [MAG, MAG, MAG])

# 008 - Cassano d'Adda VP 2023-25, Missione 9, area tematica 2: the five mandate projects.
q("elenco",
  "Nel PIAO 2023-2025 di Cassano d'Adda, per la missione 9 (sviluppo sostenibile e tutela del territorio) quali "
  "progetti di mandato dell'area ambiente e territorio vengono richiamati?",
  "Nella Missione 9, area tematica 2 (Ambiente, gestione del territorio e urbanistica), sono richiamati i "
  "progetti 2.1 Ambiente, 2.2 Contrasto all'inquinamento, 2.3 Gestione dei rifiuti urbani, 2.5 Energia e 2.6 "
  "Gestione dei servizi pubblici, collegati ai valori economico, sociale, empatico e ambientale.",
  [["inquinamento"], ["rifiuti"], ["energia"], ["servizi pubblici"]],
  ["MISSIONE 9 - SVILUPPO SOSTENIBILE E TUTELA DEL TERRITORIO E DELL'AMBIENTE",
   "OBIETTIVO STRATEGICO DI MANDATO – PROGETTO 2.3 GESTIONE DEI RIFIUTI URBANI",
   "OBIETTIVO STRATEGICO DI MANDATO – PROGETTO 2.6 GESTIONE DEI SERVIZI PUBBLICI"], [VP, VP, VP])

# =========================================================================================================
# INDICATORE (7) - indicator and its target, objective named by paraphrase
# =========================================================================================================

# 009 - Cassano d'Adda "Controlli stradali": disabled parking bays, +10%, 67 -> 74.
q("indicatore",
  "Per i controlli della polizia locale di Cassano d'Adda sui parcheggi riservati ai disabili, di quanto devono "
  "aumentare le multe nel 2024 e a che numero si deve arrivare?",
  "Nell'obiettivo «Controlli stradali» (08. Polizia Locale) l'indicatore prevede un aumento del 10% degli "
  "accertamenti di violazione sull'uso improprio degli stalli disabili: dato di partenza 67 sanzioni nel 2023, "
  "dato di arrivo 74.",
  [["10%"], ["67"], ["74"]],
  ["del 10% sull'uso improprio stalli disabili",
   "Dato di partenza: 67 sanzioni 2023"], [PERF, PERF])

# 010 - Cassano d'Adda, civil-status records: 2000 marriage records 1965-1985.
q("indicatore",
  "Quanti vecchi atti di matrimonio devono essere passati in digitale dall'anagrafe nel 2024 e di che anni sono?",
  "Nell'obiettivo di dematerializzazione degli atti di stato civile in vista del subentro in ANSC (05. Spazio "
  "Città) si digitalizzano tutti gli atti di matrimonio dal 1965 al 1985, cioè 2000 atti (aprile-dicembre); "
  "l'indicatore è il numero di atti dematerializzati sul numero di atti da dematerializzare.",
  [["2000"], ["1965"], ["1985"]],
  ["Digitalizzazione di tutti gli atti di matrimonio dal 1965 al 1985 (2000 atti)",
   "numero di atti dematerializzati/n. di atti da dematerializzare"], [PERF, PERF])

# 011 - Cassano d'Adda, advertising-signs archive (06): 480 paper files from 2002-2013 into Solo1.
q("indicatore",
  "quante pratiche di insegne e cartelloni pubblicitari vanno scansionate e caricate nel gestionale? e di che "
  "periodo sono?",
  "Nell'obiettivo «Digitalizzazione archivio pratiche amministrative (mezzi pubblicitari)» di Cassano d'Adda "
  "(06. Governo del territorio e ambiente) gli indicatori prevedono la digitalizzazione e il trasferimento in "
  "Solo1 di 480/480 pratiche cartacee (dimensione attesa 480); sono le pratiche dal 2002 al 2013, ancora "
  "cartacee.",
  [["480"], ["2002"], ["solo1"]],
  ["% digitalizzazione dell'archivio cartaceo (n. pratiche cartacee 480/480)",
   "Le pratiche relative ai mezzi pubblicitari dal 2002 fino al 2013"], [PERF, PERF])

# 012 - Cassano d'Adda, children's council: 3 sittings, classes involved.
q("indicatore",
  "consiglio comunale dei ragazzi a Cassano d'Adda: quante sedute sono previste come target e quali classi vanno "
  "coinvolte?",
  "Per l'obiettivo «Istituire consiglio comunale dei ragazzi» (03. Servizi alla persona) l'indicatore «n. sedute "
  "del consiglio comunale» ha dimensione attesa 3; la % di classi coinvolte riguarda tutte le classi quinte "
  "della scuola primaria e tutte le classi prime e seconde della secondaria di primo grado.",
  [["sedute"], ["3"], ["quinte"], ["prime e seconde"]],
  ["n. sedute del consiglio comunale",
   "tutte le classi quinte della scuola primaria e tutte le classi prime e seconde"], [PERF, PERF])

# 013 - Cassano d'Adda energy efficiency: 9 district-heating plants monitored at 100%. Typo "teleriscaldamnto".
q("indicatore",
  "quanti impianti termici col teleriscaldamnto devono essere monitorati e con quale percentuale prevista?",
  "Nell'obiettivo pluriennale di efficientamento energetico di Cassano d'Adda (07. Lavori pubblici) "
  "l'indicatore «Impianti termici monitorati» riguarda 9 impianti riscaldati mediante teleriscaldamento, con "
  "% prevista 100 (accanto ai 15 impianti fotovoltaici, anch'essi al 100%).",
  [["9"], ["100"], ["teleriscaldamento"]],
  ["Impianti temici monitorati (riscaldati mediante teleriscaldamento n. 9)"], [PERF])

# 014 - magentino 10.05 roads and signage: +5% of areas with yearly repainting. Typo "segnaletca".
q("indicatore",
  "Nel magentino, per la gestione di strade, parcheggi e illuminazione, che obiettivo misurabile c'è sulla "
  "segnaletca?",
  "Per l'obiettivo «Progettare e gestire viabilità, circolazione e servizi connessi» (programma 10.05) "
  "l'indicatore di output è aumentare del 5% le aree assoggettate al rifacimento annuale della segnaletica, "
  "oltre a interventi preventivi per ridurre la sinistrosità stradale.",
  [["5%"], ["rifacimento annuale"]],
  ["Aumentare del 5% le aree assoggettate al rifacimento annuale della segnaletica"], [MAG])

# 015 - magentino 01.04 revenues: output indicator including the IMU notice.
q("indicatore",
  "come viene misurato l'obiettivo sulla riscossione delle entrate del comune nel piano del magentino?",
  "Per «Gestire le entrate e le risorse economiche» (programma 01.04) gli indicatori di output sono: supporto ai "
  "cittadini, attivazione di tutte le procedure per la riscossione, introduzione dell'avviso Imu.",
  [["avviso imu"], ["riscossione"], ["supporto ai cittadini"]],
  ["Supporto ai cittadini. attivazione di tutte le procedure per la riscossione"], [MAG])

# =========================================================================================================
# OBIETTIVO (7) - purpose / motivation / expected value, asked in paraphrase
# =========================================================================================================

# 016 - Cassano Magnago 3.2.3, EV charging points: motivation and expected value.
q("obiettivo",
  "Perché Cassano Magnago vuole mettere i punti di ricarica per le macchine elettriche e che risultato si "
  "aspetta?",
  "Obiettivo «Realizzazione delle colonnine per la ricarica delle auto elettriche» (3.2.3, Area Lavori "
  "Pubblici): la motivazione è incentivare l'uso di auto elettriche; il valore atteso è ridurre l'impatto "
  "ambientale scegliendo mezzi sostenibili. Nel 2025 si attivano le tre colonnine previste dal partenariato "
  "pubblico-privato del 2021 con A2A illuminazione pubblica.",
  [["incentivare"], ["impatto ambientale"]],
  ["Realizzazione delle colonnine per la ricarica delle auto elettriche",
   "Ridurre l'impatto ambientale scegliendo l'uso di mezzi sostenibili"], [CM, CM])

# 017 - Cassano Magnago 1.2.2, ex Fornaci S. Anna: purpose (building for social use, PNRR with Gallarate).
q("obiettivo",
  "cosa si vuole ottenere col recupero della vecchia fornace di Sant'Anna a Cassano Magnago?",
  "L'obiettivo «Rigenerazione e riqualificazione dell'ex area Fornaci S. Anna» (1.2.2, Area Lavori Pubblici) "
  "mira alla rigenerazione di un'area urbana; il valore atteso è la ristrutturazione di un edificio da destinare "
  "a scopi sociali, monitorando il progetto PNRR con il Piano di Zona di Gallarate (2025/2026).",
  [["scopi sociali"], ["gallarate"]],
  ["Rigenerazione e riqualificazione dell'ex area Fornaci S. Anna",
   "Ristrutturazione di un edificio da destinare a scopi sociali"], [CM, CM])

# 018 - Cassano Magnago 2.2.5, dog run: motivation and expected value.
q("obiettivo",
  "Che scopo ha l'obiettivo sull'area dove si portano a correre i cani, a Cassano Magnago?",
  "È l'obiettivo «Migliorare il campo di sgambamento esistente» (2.2.5, Area Lavori Pubblici): la motivazione è "
  "attrezzare in modo adeguato il campo e renderlo agibile secondo precise norme di sicurezza; il valore atteso "
  "sono gli interventi di manutenzione ordinaria e straordinaria realizzati.",
  [["sgambamento"], ["sicurezza"], ["manutenzione"]],
  ["Migliorare il campo di sgambamento esistente",
   "Attrezzare in modo adeguato il campo di sgambamento e renderlo agibile"], [CM, CM])

# 019 - Cassano Magnago 5.3.1, CUP in the former pharmacy (no municipality named).
q("obiettivo",
  "a cosa serve il centro prenotazioni nei locali della ex farmacia e a che punto è?",
  "Nel PIAO di Cassano Magnago l'obiettivo è creare un CUP (centro unico di prenotazioni) nei locali dell'ex "
  "farmacia in piazza Don Spina (5.3.1, Area Lavori Pubblici) per creare uno spazio inclusivo che risponda alle "
  "esigenze della comunità. Il CUP è stato inaugurato nel dicembre 2023 e ora viene garantita la manutenzione "
  "ordinaria.",
  [["spazio inclusivo"], ["dicembre 2023"]],
  ["Creare un CUP (centro unico di prenotazioni) nei locali dell'ex farmacia",
   "Il CUP è stato inaugurato in dicembre 2023"], [CM, CM])

# 020 - magentino 12.09 cemeteries: purpose (digital cemetery register) and indicator.
q("obiettivo",
  "nel documento del magentino che finalità ha l'obiettivo sulla gestione dei cimiteri e come si misura?",
  "Per «Garantire la gestione dei servizi cimiteriali» (programma 12.09) la finalità è digitalizzare "
  "l'anagrafe cimiteriale; l'indicatore è l'implementazione e aggiornamento della banca dati (stakeholder: "
  "servizi demografici, ufficio contratti). Una seconda riga riguarda la manutenzione dei cimiteri (n. di "
  "interventi effettuati).",
  [["anagrafe cimiteriale"], ["banca dati"]],
  ["digitalizzare l'anagrafe cimiteriale",
   "implementazione ed aggiornamento banca dati"], [MAG, MAG])

# 021 - Cassano d'Adda, RSA (care home) satisfaction objective: purpose.
q("obiettivo",
  "A Cassano d'Adda perché si fa il questionario agli ospiti della casa di riposo e ai parenti? cosa si vuole "
  "ottenere?",
  "Gli obiettivi sulla RSA (03. Servizi alla persona) vogliono monitorare l'efficacia delle azioni della "
  "direzione per favorire il lavoro di squadra e una buona soddisfazione di ospiti e familiari sulle prestazioni "
  "del personale comunale in distacco, facendo sentire gli operatori «parte» della struttura. La criticità è la "
  "difficoltà a lavorare in squadra con gli operatori della cooperativa che gestisce i servizi. Questionario "
  "predisposto a febbraio-marzo e somministrato a ottobre-dicembre.",
  [["squadra"], ["distacco"], ["cooperativa"]],
  ["Soddisfacimento delle esigenze di ospiti della RSA e dei loro familiari",
   "predisposizione il questionario (FEBBRAIO - MARZO)"], [PERF, PERF])

# 022 - Cremosano priority 9 "Cremosano in movimento": why sustainable mobility.
q("obiettivo",
  "Cremosano: cosa dice il piano sulla priorità della mobilità, perché puntare su piedi, bici e mezzi pubblici?",
  "La priorità strategica 9 «Cremosano in movimento» afferma che la mobilità sostenibile (a piedi, in bicicletta "
  "e con i mezzi pubblici) rende più vivibile la città, libera spazi occupati da sosta e passaggio dei veicoli "
  "e riduce l'incidentalità e l'inquinamento.",
  [["in movimento"], ["incidentalità"], ["inquinamento"]],
  ["9. Cremosano in movimento",
   "riduce l'incidentalità e l'inquinamento"], [CRE, CRE])

# =========================================================================================================
# RESPONSABILE (6) - three through the Cassano d'Adda org chart, three Cassano Magnago roles
# =========================================================================================================

# 023 - Cassano d'Adda: market stalls call -> Commercio objective -> 04 -> BASSANI Maddalena (org chart).
q("responsabile",
  "Chi è il titolare del settore che deve rifare i bandi per assegnare i posti dei mercati cittadini a Cassano "
  "d'Adda?",
  "I bandi rientrano nell'obiettivo «Commercio: digitalizzazione documentazione e allineamento procedure», "
  "assegnato al Settore 04. Cultura, sport e valorizzazione turistica, il cui titolare nel 2024 è BASSANI "
  "Maddalena.",
  [["BASSANI"], ["cultura, sport"]],
  ["%posti mercato coperti tramite nuovo bando",
   "01/01/2024\t31/12/2024\tBASSANI Maddalena\ttitolare"], [PERF, PERF])

# 024 - Cassano d'Adda: fire certificates of the Cascine San Pietro schools -> 07 -> BARTUCCI (org chart).
q("responsabile",
  "Per l'aggiornamento del certificato prevenzione incendi delle scuole di Cascine San Pietro, quale settore è "
  "responsabile e chi ne è il titolare?",
  "L'aggiornamento del CPI della scuola materna e della scuola elementare di Cascine San Pietro fa parte "
  "dell'obiettivo sulla sicurezza delle scuole (Rif. DUP 06.01.08), assegnato al Settore 07. Lavori pubblici; "
  "titolare BARTUCCI Grazia Maria.",
  [["BARTUCCI"], ["lavori pubblici"]],
  ["Numero scuole con aggiornamento CPI (scuola materna e scuola elementare di",
   "01/01/2024\t31/12/2024\tBARTUCCI Grazia Maria\ttitolare"], [PERF, PERF])

# 025 - Cassano d'Adda: PNRR digital projects -> 01 Affari generali -> GUARNERI (org chart).
q("responsabile",
  "chi segue l'attuazione dei progetti PNRR digitali (app IO, pagoPA ecc.) a Cassano d'Adda? mi servono settore "
  "e nome del responsabile",
  "L'obiettivo «Attuazione PNRR PA digitale 2026» è assegnato al Settore 01. Affari generali, il cui titolare "
  "nel 2024 è GUARNERI Angelo Pietro.",
  [["GUARNERI"], ["affari generali"]],
  ["ATTUAZIONE PNRR PA DIGITALE 2026",
   "01/01/2024\t31/12/2024\tGUARNERI Angelo Pietro\ttitolare"], [PERF, PERF])

# 026 - Cassano Magnago: hiring of local police staff is assigned to Area Risorse (trap: not Polizia Locale).
q("responsabile",
  "Chi deve occuparsi delle assunzioni di nuovi vigili a Cassano Magnago? è la polizia locale stessa?",
  "No: l'obiettivo «Potenziare l'organico della Polizia Locale con nuove assunzioni di personale» (2.2.1) ha "
  "come responsabile gestionale il Responsabile Area Risorse, che nel 2025 avvia le procedure concorsuali sulla "
  "base delle dichiarazioni di fabbisogno dell'Area Polizia Locale.",
  [["area risorse"], ["concorsuali"]],
  ["Potenziare l'organico della Polizia Locale con nuove assunzioni di personale",
   "Sulla base delle dichiarazioni di fabbisogno di personale dell'Area Polizia"], [CM, CM])

# 027 - Cassano Magnago: rural roads -> two managers (no municipality named).
q("responsabile",
  "strade di campagna sterrate da asfaltare: chi è il responsabile gestionale dell'obiettivo?",
  "Nel PIAO di Cassano Magnago l'obiettivo «Miglioramento della viabilità rurale con relativa segnaletica» "
  "(1.2.1) ha due responsabili gestionali: il Responsabile Area Lavori Pubblici e il Responsabile Area Polizia "
  "Locale; prevede la programmazione di asfaltature per ridurre le strade sterrate.",
  [["lavori pubblici"], ["polizia locale"]],
  ["Miglioramento della viabilità rurale con relativa segnaletica.",
   "Responsabile Area Lavori Pubblici e Responsabile Area Polizia Locale"], [CM, CM])

# 028 - Cassano Magnago: anti-drug school meetings -> political and managerial responsibility.
q("responsabile",
  "Per gli incontri nelle scuole sulla droga, quelli con i cani antidroga, chi è il responsabile politico e chi "
  "quello gestionale?",
  "Nel PIAO di Cassano Magnago l'obiettivo sugli incontri con gli studenti (educazione stradale e contrasto a "
  "consumo e spaccio di stupefacenti, 2.2.3) ha come responsabile politico l'Assessore alla Sicurezza e come "
  "responsabile gestionale il Responsabile Area Polizia Locale; gli incontri sono con Guardia di Finanza e "
  "Polizia di Stato.",
  [["assessore alla sicurezza"], ["polizia locale"]],
  ["RESPONSABILE POLITICO\tAssessore alla Sicurezza",
   "Entrare nelle scuole con le forze dell'ordine e i cani anti-droga"], [CM, CM])

# =========================================================================================================
# MULTI_HOP (5)
# =========================================================================================================

# 029 - employee MARIGLIANO -> two Polizia Locale objectives -> 08 -> CAIANI Massimo (org chart).
q("multi_hop",
  "Il collega MARIGLIANO Raimondo Enrico a quali obiettivi 2024 partecipa e chi è il titolare del suo settore?",
  "MARIGLIANO Raimondo Enrico (C1) compare tra i dipendenti di due obiettivi del Settore 08. Polizia Locale di "
  "Cassano d'Adda: «Controlli stradali» e «Sicurezza urbana» (entrambi pluriennali 2023-2025, fase 2). Il "
  "titolare del Settore 08 è CAIANI Massimo.",
  [["controlli stradali"], ["sicurezza urbana"], ["CAIANI"]],
  ["MARIGLIANO Raimondo Enrico\tC1",
   "01/01/2024\t31/12/2024\tCAIANI Massimo\ttitolare"], [PERF, PERF])

# 030 - employee PEDERZOLI -> three objectives in two settori (01 Affari generali, 00 Segretario).
q("multi_hop",
  "In quali obiettivi di performance 2024 di Cassano d'Adda compare PEDERZOLI Cristian Davide, e di quali "
  "settori sono?",
  "PEDERZOLI Cristian Davide (C1) partecipa a: «Prevenzione della corruzione e controlli interni di regolarità "
  "amministrativa sugli atti» e «Monitoraggio, aggiornamento e integrazione del PIAO: supporto all'attività del "
  "Segretario» (Settore 01. Affari generali); «Ufficio di prossimità» (00. Segretario generale).",
  [["corruzione"], ["piao"], ["prossimità"], ["affari generali"]],
  ["PEDERZOLI Cristian Davide\tC1",
   "MONITORAGGIO, AGGIORNAMENTO E INTEGRAZIONE DEL PIAO: SUPPORTO ALL'ATTIVITA'",
   "Il Comune istituirà nella propria sede un Ufficio di Prossimità"], [PERF, PERF, PERF])

# 031 - cross-document: VP 2023-25 project 2.1 Ambiente -> 2024 objectives under 02.1 -> their settori.
q("multi_hop",
  "Il progetto 2.1 Ambiente del PIAO 2023-2025 di Cassano d'Adda a quali obiettivi operativi corrisponde nel "
  "piano performance 2024, e quali settori li seguono?",
  "Nel piano 2024 l'obiettivo strategico 02.1 - Progetto Ambiente comprende due obiettivi operativi: "
  "«Efficientamento energetico - fase 1» (riduzione consumi, impianti fotovoltaici e termici) del Settore 07. "
  "Lavori pubblici, e «Monitoraggio amianto (fase 1)» del Settore 06. Governo del territorio e ambiente. Nel "
  "2023-2025 il progetto 2.1 mirava a un'espansione armonica della città a consumo zero del territorio.",
  [["efficientamento energetico"], ["amianto"], ["lavori pubblici"], ["governo del territorio"]],
  ["Avviare un'espansione della città armonica ed equilibrata attraverso il consumo",
   "OBIETTIVO PLURIENNALE - EFFICIENTAMENTO ENERGETICO - FASE 1",
   "OBIETTIVO BIENNALE - MONITORAGGIO AMIANTO (FASE 1)"], [VP, PERF, PERF])

# 032 - Cassano Magnago: bike ride at the Fermi school -> 1st-level objective -> 2.2.2 -> Area Polizia Locale.
q("multi_hop",
  "La bicicletatta alla scuola Fermi in quale obiettivo rientra, sotto quale obiettivo strategico, e chi ne è il "
  "responsabile gestionale?",
  "Nel PIAO di Cassano Magnago la biciclettata annuale alla scuola elementare Fermi è un obiettivo di 2° livello "
  "di «Realizzare corsi per il recupero dei punti delle patenti di guida e corsi di educazione stradale delle "
  "scuole», che fa capo all'obiettivo strategico 2.2.2 (educazione alla legalità) ed è affidato al Responsabile "
  "Area Polizia Locale.",
  [["patenti"], ["2.2.2"], ["polizia locale"]],
  ["Organizzare la biciclettata annuale presso la scuola elementare Fermi",
   "Realizzare corsi per il recupero dei punti delle patenti di guida"], [CM, CM])

# 033 - magentino: stakeholder Fondazione Cariplo -> objective (10.05 street lighting) -> output indicator.
q("multi_hop",
  "Nel piano del magentino compare la Fondazione Cariplo tra gli stakeholder: per quale obiettivo, e con quale "
  "indicatore di output?",
  "La Fondazione Cariplo (con UTC, Enel Sole, aziende del settore, tecnici ed enti sovraordinati) è stakeholder "
  "dell'obiettivo «Migliorare l'illuminazione stradale con attenzione al contenimento energetico» (programma "
  "10.05). Indicatori di output: gestione del nuovo contratto e controllo efficacia degli interventi.",
  [["illuminazione"], ["nuovo contratto"], ["controllo efficacia"]],
  ["UTC cittadini, Fondazione Cariplo, Enel Sole, aziende del settore",
   "Gestione del nuovo contratto . Controllo efficacia degli interventi"], [MAG, MAG])

# =========================================================================================================
# CONFRONTO (4)
# =========================================================================================================

# 034 - elderly people kept at home: Cassano Magnago vs magentino.
q("confronto",
  "Confronta come Cassano Magnago e il piano del magentino aiutano gli anziani a restare a casa loro",
  "Cassano Magnago (5.2.3, Area alla Persona) sostiene i nuclei familiari per mantenere l'anziano nel proprio "
  "ambiente, con supporto, coordinamento e integrazione economica delle rette di ricovero, per ridurre il ricorso "
  "alle strutture residenziali. Il magentino (12.03) collabora con associazioni, rete di volontari comunali e "
  "famiglie per identificare i bisogni e promuovere l'auto mutuo aiuto; indicatore: progetti/protocolli "
  "propedeutici alla stesura del PAI.",
  [["rette"], ["mutuo aiuto"], ["PAI"]],
  ["Sostegno ai nuclei familiari per interventi che favoriscano il mantenimento",
   "Agevolare il mantenimento a domicilio delle persone anziane"], [CM, MAG])

# 035 - control of subsidiary companies: Cassano Magnago vs magentino.
q("confronto",
  "controllo sulle società partecipate: che cosa prevedono Cassano Magnago e il magentino? differenze",
  "Cassano Magnago (1.1.6, Area Risorse) chiede alle partecipate una relazione semestrale sull'andamento "
  "economico-finanziario (entro il 31 luglio e il 31 gennaio) con report sul contratto di servizio, trasmessa "
  "al Consiglio Comunale. Il magentino (01.03) punta ad attivare o rafforzare il controllo analogo congiunto con "
  "gli altri enti e a monitorare i requisiti delle partecipate; indicatore: controllo periodico sugli atti "
  "principali e accessibilità alla documentazione del CDA.",
  [["semestrale"], ["controllo analogo"], ["cda"]],
  ["Controllo strategico sulle società partecipate al fine di dare attuazione",
   "Garantire il controllo sulle società partecipate"], [CM, MAG])

# 036 - payment times: Cassano Magnago vs Cassano d'Adda 2024.
q("confronto",
  "Tempi di pagamento delle fatture: come li affrontano Cassano Magnago e Cassano d'Adda nei loro PIAO?",
  "Cassano Magnago (1.1.5, Area Risorse) fa verifiche trimestrali dei tempi medi di pagamento con "
  "pubblicazione sul sito, per rispettare i parametri MEF ed evitare l'accantonamento al Fondo di Garanzia "
  "Debiti Commerciali. Cassano d'Adda ha un obiettivo intersettoriale coordinato dal Segretario generale: per "
  "ogni settore indice di tempestività dei pagamenti con target 0 e rispetto fasi al 100%, più la pubblicazione "
  "trimestrale dell'andamento dei pagamenti (target 4).",
  [["fondo di garanzia"], ["target 0"], ["trimestral"]],
  ["Definizione delle misure organizzative finalizzate al rispetto della",
   "Rispetto tempi medi di pagamento - OBIETTIVO INTERSETTORIALE"], [CM, PERF])

# 037 - work and production: Cremosano priority 10 vs Cassano d'Adda VP 2023-25 project 8.2 Industria.
q("confronto",
  "Sul tema lavoro e sviluppo produttivo, cosa dicono il piano di Cremosano e il PIAO 2023-2025 di Cassano "
  "d'Adda?",
  "Cremosano (priorità 10 «Cremosano, lavoro ed eccellenze») punta a un rinnovato sviluppo produttivo facendo "
  "leva su produttività e intelligenza della forza lavoro, impegno imprenditoriale e innovazione organizzativa. "
  "Cassano d'Adda (progetto 8.2 Industria) vuole sostenere nuove opportunità di lavoro soprattutto nel campo "
  "turistico-ricettivo e favorire insediamenti produttivi che impegnino lavoratori di Cassano.",
  [["sviluppo produttivo"], ["innovazione organizzativa"], ["turistico-ricettivo"],
   ["insediamenti produttivi"]],
  ["10. Cremosano, lavoro ed eccellenze",
   "Favorire insediamenti produttivi che impegnino lavoratori di Cassano.",
   "Sostenere nuove opportunità di lavoro soprattutto nel campo turistico-ricettivo"], [CRE, VP, VP])

# =========================================================================================================
# TEMPISTICA (3)
# =========================================================================================================

# 038 - Cassano Magnago new website: April / June 2025 milestones.
q("tempistica",
  "Quando va online il nuovo sito del comune di Cassano Magnago e entro quando si fanno collaudi e formazione "
  "del personale?",
  "Per il nuovo sito istituzionale (1.1.2, Area Risorse) la componente «cittadino informato» (misura PNRR 1.4.1) "
  "va attivata entro aprile 2025; collaudi e formazione al personale ed entrata in produzione entro giugno 2025.",
  [["aprile 2025"], ["giugno 2025"]],
  ["Realizzazione del nuovo sito istituzionale con l'obiettivo",
   "Entrata in produzione\tEntro giugno 2025"], [CM, CM])

# 039 - Cassano d'Adda, satisfaction survey on the "Online Insieme" desk: months of each step.
q("tempistica",
  "L'indagine di gradimento sullo sportello che aiuta chi non è pratico di digitale: in che mesi si raccolgono i "
  "questionari e quando si presentano i risultati?",
  "Nell'indagine di gradimento sullo sportello Online Insieme di Cassano d'Adda (05. Spazio Città): disegno "
  "dell'indagine gennaio-aprile; raccolta dei dati con i questionari maggio-ottobre; elaborazione e "
  "interpretazione a novembre; presentazione e utilizzo dei risultati a dicembre.",
  [["maggio"], ["ottobre"], ["dicembre"]],
  ["Indagine di gradimento sul nuovo sportello online Insieme",
   "presentazione e utilizzo dei risultati: DICEMBRE"], [PERF, PERF])

# 040 - magentino 01.10: performance report due by June of the following year.
q("tempistica",
  "Entro quando va predisposta la relazione sulla performance secondo il documento del magentino?",
  "Nell'obiettivo «Misurare e valutare le performance / Organizzazione del lavoro» (programma 01.10) "
  "l'indicatore prevede la predisposizione della relazione sulla performance entro il mese di giugno dell'anno "
  "successivo.",
  [["giugno"], ["anno successivo"]],
  ["relazione performance entro il mese di giugno dell'anno successivo"], [MAG])

# =========================================================================================================
# NUMERICO (2)
# =========================================================================================================

# 041 - Cremosano: DUP 2026-2028 approved by council resolution n. 40 of 20.12.2026.
q("numerico",
  "Con quale delibera e in che data è stato approvato il DUP 2026-2028 di Cremosano?",
  "Il DUP 2026-2028 del Comune di Cremosano è stato approvato con delibera di consiglio comunale n. 40 in data "
  "20.12.2026.",
  [["n. 40"], ["20.12.2026"]],
  ["approvato con delibera di consiglio comunale n. 40 in data 20.12.2026"], [CRE])

# 042 - Cassano d'Adda: offices must handle digital direct awards up to EUR 40.000 (no municipality named).
q("numerico",
  "Fino a che importo gli uffici devono imparare a gestire da soli gli appalti digitali col nuovo codice dei "
  "contratti?",
  "Nel PIAO di Cassano d'Adda (formazione interna sul nuovo codice dei contratti, 01. Affari generali): dopo il "
  "D.Lgs. 36/2023 e gli acquisti interamente digitali dal 1° gennaio 2024, i settori devono gestire in "
  "autonomia le proprie procedure d'appalto sino ai 40.000,00 euro.",
  [["40.000"], ["36/2023"]],
  ["interamente digitali, sino ai 40.000,00 euro"], [PERF])

# =========================================================================================================
# NON_PRESENTE (3) - one absent from the whole corpus (doc null), two tied to a document with an anchor
# =========================================================================================================

# 043 - snow clearing: no plan mentions it ("neve" does not occur in any sample).
q("non_presente",
  "Quanto spende il comune per lo sgombero neve sulle strade e chi se ne occupa?",
  "Non ho trovato informazioni: nessuno dei piani disponibili parla di sgombero neve, né di costi né di "
  "responsabili per questo servizio.",
  [])

# 044 - Cassano Magnago bonus bebè: the amount is not stated, only "calcolato secondo l'ISEE".
q("non_presente",
  "A quanto ammonta in euro il bonus bebè di Cassano Magnago?",
  "L'importo non è indicato: il piano dice solo che il valore atteso è l'erogazione di un contributo economico "
  "calcolato secondo l'indicatore ISEE, gestito dall'Area Risorse.",
  [],
  ["contributo economico calcolato secondo l'indicatore economico ISEE"], [CM])

# 045 - Cassano d'Adda tree census: the number of trees is not reported (only % indicators, no values).
q("non_presente",
  "Quanti alberi ci sono a Cassano d'Adda secondo il censimento del verde?",
  "Il numero di alberi non è riportato: l'obiettivo «Censimento del verde» prevede il rilievo di alberature e "
  "aree verdi (gennaio-ottobre) e la digitalizzazione dei dati (novembre-dicembre), con indicatori percentuali "
  "senza valori; i dati sono oggi solo cartacei.",
  [],
  ["Rilievo - censimento delle alberature e delle aree a verde del Comune."], [PERF])


def main() -> None:
    assert len(Q) == 45, len(Q)
    with OUT.open("w", encoding="utf-8") as fh:
        for row in Q:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(Q)} questions to {OUT}")


if __name__ == "__main__":
    main()
