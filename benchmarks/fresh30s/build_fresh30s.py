"""Readable source of the fresh30s question set; writes fresh30s_qa.jsonl next to this file.

One entry per question. Facts come only from the five plans in data/samples/*.txt.
Run: python benchmarks/fresh30s/build_fresh30s.py
"""
from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "fresh30s_qa.jsonl"

PERF = "cassano-dadda_piao-2024-2026_performance.txt"
VP = "cassano-dadda_piao-2023-2025_valore-pubblico.txt"
CM = "cassano-magnago_piao-2025-2027_obiettivi-operativi.txt"
CRE = "cremosano_piao-2026-2028_valore-pubblico.txt"
MAG = "magentino_piao-2024-2026_obiettivi-dup.txt"
T = "\t"


def org(name: str) -> str:
    """Org-chart line of the Cassano d'Adda performance plan (TABs kept)."""
    return f"01/01/2024{T}31/12/2024{T}{name}{T}titolare"


def q(type_, question, answer, must, doc, evidence=()):
    """evidence: list of (anchor, file). doc: a file, a list of files, or None."""
    return {
        "question": question,
        "answer": answer,
        "must_contain": [list(g) for g in must],
        "doc": doc,
        "evidence": [a for a, _ in evidence],
        "evidence_docs": [d for _, d in evidence],
        "type": type_,
    }


QUESTIONS = [
    # 001 responsabile – hop: monopattini -> Controlli stradali -> 08 Polizia Locale -> org chart. Typo "monopatini".
    q("responsabile",
      "A Cassano d'Adda chi è il responsabile, con nome e cognome, dell'obiettivo che prevede i controlli sui monopatini elettrici?",
      "I controlli sui monopattini elettrici fanno parte dell'obiettivo \"Controlli stradali\" (Rif. DUP 5.1.2, pluriennale "
      "2023-2025 fase 2), assegnato al settore 08. Polizia Locale, il cui titolare nel 2024 è CAIANI Massimo. "
      "Il target è lo svolgimento di 30 servizi appositi.",
      [["CAIANI"]], PERF,
      [("utenti alla guida di monopattini elettrici", PERF), (org("CAIANI Massimo"), PERF)]),

    # 002 responsabile – hop without municipality: piani di rientro -> Progetto Casa -> 03 -> MORETTI.
    q("responsabile",
      "chi è la titolare che segue i piani di rientro per gli inquilini morosi delle case popolari?",
      "È l'obiettivo del Progetto Casa di Cassano d'Adda (rif. DUP 4.6.1, contrastare l'illegalità e l'abusivismo nei servizi "
      "abitativi pubblici), assegnato al settore 03. Servizi alla persona: la titolare è MORETTI Alessandra. "
      "Il target è il 50% dei morosi con piano di rientro sottoscritto.",
      [["MORETTI"]], PERF,
      [("piani di rientro con inquilini che presentano morosità pregressa", PERF),
       (org("MORETTI Alessandra"), PERF)]),

    # 003 responsabile – hop without municipality: busta paga / presenze -> istituti contrattuali -> 01 -> GUARNERI.
    q("responsabile",
      "Chi è il titolare del settore che organizza la formazione interna su busta paga, permessi e software delle presenze?",
      "È l'obiettivo \"Formazione interna al personale dipendente in materia di istituti contrattuali\" (Cassano d'Adda, "
      "Rif. DUP 10.1.8), curato dall'ufficio personale e assegnato al settore 01. Affari generali, il cui titolare è "
      "GUARNERI Angelo Pietro.",
      [["GUARNERI"]], PERF,
      [("l'utilizzo del software di rilevazione presenze, la struttura della busta paga", PERF),
       (org("GUARNERI Angelo Pietro"), PERF)]),

    # 004 responsabile – hop with municipality: PEBA -> 07 Lavori pubblici -> BARTUCCI.
    q("responsabile",
      "Per il Comune di Cassano d'Adda, chi è la responsabile dell'obiettivo di aggiornamento del PEBA (barriere architettoniche)?",
      "L'obiettivo pluriennale di pari opportunità e accessibilità (fase 1), che prevede di rivedere e aggiornare il PEBA, "
      "è assegnato al settore 07. Lavori pubblici, la cui titolare è BARTUCCI Grazia Maria.",
      [["BARTUCCI"]], PERF,
      [("Rivedere e aggiornare il PEBA in base alle modifiche viabilistiche", PERF),
       (org("BARTUCCI Grazia Maria"), PERF)]),

    # 005 responsabile – Cassano Magnago, hop from a 2nd-level action to the 1st-level block; no municipality.
    q("responsabile",
      "Chi organizza la biciclettata annuale alla scuola elementare Fermi?",
      "A Cassano Magnago la biciclettata è un'azione dell'obiettivo \"Realizzare corsi per il recupero dei punti delle patenti "
      "di guida e corsi di educazione stradale delle scuole\" (obiettivo strategico 2.2.2), il cui responsabile gestionale è "
      "il Responsabile Area Polizia Locale.",
      [["Polizia Locale"]], CM,
      [("Organizzare la biciclettata annuale presso la scuola elementare Fermi", CM),
       ("Realizzare corsi per il recupero dei punti delle patenti di guida", CM)]),

    # 006 responsabile – Cassano Magnago, trap (not the Area alla Persona).
    q("responsabile",
      "Il bonus bebè a Cassano Magnago lo gestisce l'Area alla Persona, giusto?",
      "No: l'obiettivo \"Agevolazioni sui servizi resi e la conferma del bonus bebè\" (5.1.2) ha come responsabile gestionale il "
      "Responsabile Area Risorse; la delibera di Giunta demanda all'Area Risorse la gestione del bonus (bando e domanda sul sito, "
      "istruttoria, graduatoria e liquidazione).",
      [["Area Risorse"]], CM,
      [("demanda all'Area Risorse la gestione del bonus bebè", CM),
       ("Agevolazioni sui servizi resi e la conferma del “bonus bebè”", CM)]),

    # 007 responsabile – Cassano Magnago, two responsabili on one objective.
    q("responsabile",
      "Chi è responsabile del miglioramento della viabilità rurale e della sua segnaletica?",
      "A Cassano Magnago l'obiettivo \"Miglioramento della viabilità rurale con relativa segnaletica\" (1.2.1) ha due "
      "responsabili gestionali: il Responsabile Area Lavori Pubblici e il Responsabile Area Polizia Locale.",
      [["Lavori Pubblici"], ["Polizia Locale"]], CM,
      [("Miglioramento della viabilità rurale con relativa segnaletica.", CM),
       ("Responsabile Area Lavori Pubblici e Responsabile Area Polizia Locale", CM)]),

    # 008 responsabile – Cassano Magnago, hop to the RESPONSABILE POLITICO line of the block.
    q("responsabile",
      "Per gli incontri a scuola con i cani antidroga, a Cassano Magnago chi è il responsabile politico e chi quello gestionale?",
      "Sono un'azione dell'obiettivo sugli incontri con gli studenti su educazione stradale e contrasto alle sostanze "
      "stupefacenti (2.2.3): responsabile politico l'Assessore alla Sicurezza, responsabile gestionale il Responsabile Area "
      "Polizia Locale.",
      [["Assessore alla Sicurezza"], ["Polizia Locale"]], CM,
      [("Entrare nelle scuole con le forze dell'ordine e i cani anti-droga", CM),
       (f"RESPONSABILE POLITICO{T}Assessore alla Sicurezza", CM)]),

    # 009 responsabile – hop: ufficio di prossimità -> 00 Segretario generale -> BRAMBILLA Fabrizio (trap: BRAMBILLA Giorgio).
    q("responsabile",
      "L'ufficio di prossimità col Tribunale: chi ce l'ha in carico (nome) e con quale settore deve collaborare?",
      "A Cassano d'Adda l'obiettivo \"Ufficio di prossimità\" è assegnato al 00. Segretario generale, cioè BRAMBILLA Fabrizio; "
      "il servizio va progettato in sinergia con il settore Servizi alla persona (03), che oggi accompagna i cittadini nelle "
      "procedure di volontaria giurisdizione.",
      [["BRAMBILLA Fabrizio"], ["servizi alla persona"]], PERF,
      [("Il Comune istituirà nella propria sede un Ufficio di Prossimità", PERF),
       (org("BRAMBILLA Fabrizio"), PERF)]),

    # 010 confronto – who follows the children's council: CdA settore vs CM area.
    q("confronto",
      "Consiglio comunale dei ragazzi: quale settore lo segue a Cassano d'Adda e quale area a Cassano Magnago?",
      "A Cassano d'Adda l'obiettivo \"Istituire consiglio comunale dei ragazzi\" (Rif. DUP 4.1.9 - 6.1.15) è del settore "
      "03. Servizi alla persona; a Cassano Magnago il \"Mantenimento del Consiglio comunale dei ragazzi e delle ragazze\" (4.1.3) "
      "è del Responsabile Area attività educative e per il tempo libero.",
      [["servizi alla persona"], ["attività educative e per il tempo libero", "attività educativa e per il tempo libero"]],
      [PERF, CM],
      [("Rif. DUP 4.1.9 - 6.1.15: Istituire consiglio comunale dei ragazzi", PERF),
       ("Mantenimento del Consiglio comunale dei ragazzi e delle ragazze", CM)]),

    # 011 confronto – PNRR misura 1.4.1: who and by when, in both plans.
    q("confronto",
      "La misura PNRR 1.4.1 (esperienza del cittadino / sito) chi la segue e con che scadenza a Cassano d'Adda e a Cassano Magnago?",
      "Cassano d'Adda: rientra nell'obiettivo \"Attuazione PNRR PA digitale 2026\" del settore 01. Affari generali, da "
      "realizzare entro il 31/12/2024 (100% di rispetto fasi e tempi). Cassano Magnago: il nuovo sito istituzionale "
      "(componente \"cittadino informato\") è del Responsabile Area Risorse, attivazione entro aprile 2025 ed entrata in "
      "produzione entro giugno 2025.",
      [["Affari generali"], ["Area Risorse"], ["giugno 2025"]],
      [PERF, CM],
      [("misura 1.4.1 Esperienza del cittadino nei servizi pubblici", PERF),
       ("misura PNRR 1.4.1, per la componente relativa al cd. \"cittadino informato\"", CM),
       (f"Entrata in produzione{T}Entro giugno 2025", CM)]),

    # 012 confronto – A2A named in a sentence of both plans.
    q("confronto",
      "A2A compare sia nel piano di Cassano d'Adda sia in quello di Cassano Magnago: per cosa, in ciascuno dei due?",
      "Cassano d'Adda: la maggior parte degli edifici pubblici è riscaldata col teleriscaldamento, con energia prodotta da una "
      "centrale termoelettrica di proprietà di A2A (obiettivo di efficientamento energetico, settore Lavori pubblici). "
      "Cassano Magnago: attivazione nel 2025 delle tre colonnine di ricarica per auto elettriche previste dal contratto di "
      "partenariato pubblico-privato firmato nel 2021 con A2A illuminazione pubblica.",
      [["teleriscaldamento"], ["colonnin"]],
      [PERF, CM],
      [("centrale termoelettrica di proprietà di A2A", PERF),
       ("privato firmato nel 2021 con A2A illuminazione pubblica", CM)]),

    # 013 confronto – payment times: who is responsible in each plan.
    q("confronto",
      "Sul rispetto dei tempi medi di pagamento delle fatture, chi è responsabile a Cassano d'Adda e chi a Cassano Magnago?",
      "Cassano d'Adda: obiettivo intersettoriale \"Rispetto tempi medi di pagamento\" in capo al 00. Segretario generale, con "
      "indicatori per tutti i settori 1-8 (indice di tempestività target 0, pubblicazione trimestrale). Cassano Magnago: "
      "Responsabile Area Risorse (obiettivo 1.1.5 sulla tempestività dei pagamenti, verifiche trimestrali dei tempi medi).",
      [["Segretario"], ["Area Risorse"]],
      [PERF, CM],
      [("Rispetto tempi medi di pagamento - OBIETTIVO INTERSETTORIALE", PERF),
       ("Verifiche trimestrali dei tempi medi di pagamento", CM),
       ("misure organizzative finalizzate al rispetto della tempestività dei pagamenti", CM)]),

    # 014 confronto – count of objectives of the municipal police in each plan.
    q("confronto",
      "Quanti obiettivi operativi hanno i vigili a Cassano Magnago rispetto a Cassano d'Adda?",
      "Cassano Magnago: 10 obiettivi operativi di 1° livello hanno come unico responsabile gestionale il Responsabile Area "
      "Polizia Locale, più 1 condiviso con i Lavori Pubblici (viabilità rurale); il potenziamento dell'organico della PL è "
      "invece dell'Area Risorse. Cassano d'Adda: il settore 08. Polizia Locale ha 2 obiettivi, \"Controlli stradali\" e "
      "\"Sicurezza urbana\".",
      [["10", "dieci"], ["controlli stradali"], ["sicurezza urbana"]],
      [CM, PERF],
      [("Lotta all'abuso di alcool e alla guida pericolosa", CM),
       ("Proseguire i controlli stradali finalizzandoli alla riduzione", PERF),
       ("Intensificare il controllo del territorio al fine di migliorare la percezione", PERF)]),

    # 015 confronto – what the police does at schools in each plan (target vs activities).
    q("confronto",
      "Cosa prevedono per la polizia locale davanti e dentro le scuole Cassano d'Adda e Cassano Magnago?",
      "Cassano d'Adda: servizi dedicati all'ingresso/uscita delle scuole durante i lavori pubblici, con target il 70% degli "
      "ingressi/uscite (obiettivo Controlli stradali). Cassano Magnago: lezioni di educazione stradale nelle scuole primarie "
      "e secondarie di primo grado, la biciclettata alla scuola Fermi e incontri con le forze dell'ordine (anche con cani "
      "antidroga).",
      [["70%"], ["educazione stradale"]],
      [PERF, CM],
      [("Dato di arrivo: 70% degli ingressi/uscite", PERF),
       ("Calendarizzare appuntamenti presso le scuole primarie per impartire lezioni", CM)]),

    # 016 multi_hop – censimento del verde -> indirizzo 03 Opere pubbliche -> assessori of the linee strategiche.
    q("multi_hop",
      "Quali assessori fanno da riferimento per la linea strategica in cui sta il censimento degli alberi a Cassano d'Adda?",
      "Il censimento del verde (Rif. DUP 03.03.01, settore 06 Governo del territorio e ambiente) sta nell'indirizzo "
      "strategico 03. Opere pubbliche, obiettivo 03.3 Verde urbano; per quella linea gli assessori indicati sono M. Cerri, "
      "R. Stavola e D. Bucca.",
      [["Cerri"], ["Stavola"], ["Bucca"]], PERF,
      [("Ass. M. Cerri - Ass. R. Stavola - Ass. D. Bucca", PERF),
       ("Rilievo alberature e aree a verde sul territorio comunale GENNAIO - OTTOBRE", PERF)]),

    # 017 multi_hop – one employee across the four Lavori pubblici objectives.
    q("multi_hop",
      "Davide Manzoni che ruolo ha nella rigenerazione del centro storico e in quali altri obiettivi dei lavori pubblici compare?",
      "A Cassano d'Adda MANZONI Davide (D1) è il RUP dei progetti di rigenerazione urbana (via Veneto, piazza Garibaldi, "
      "via L. da Vinci). Compare anche nell'efficientamento energetico (sopralluoghi, rapporti con scuole e società sportive), "
      "nell'obiettivo di accessibilità / aggiornamento PEBA e in quello sulla sicurezza delle scuole (C.I.S., CPI, "
      "Cristo Risorto).",
      [["RUP"], ["energetic"], ["PEBA", "barriere", "accessibilit"], ["CPI", "Cristo Risorto", "sicurezza delle scuole"]],
      PERF,
      [(f"MANZONI Davide{T}D1{T}RUP", PERF),
       (f"MANZONI Davide{T}D1{T}Supporto per i sopralluoghi ed eventuale", PERF),
       (f"MANZONI Davide{T}D1{T}Sopralluoghi, rapporti con uffici scolastici", PERF)]),

    # 018 multi_hop – one employee across two settori.
    q("multi_hop",
      "In quali obiettivi del piano performance di Cassano d'Adda lavora Chiara Quadri, e di quali settori sono?",
      "QUADRI Chiara (D1) partecipa a tre obiettivi: \"Prevenzione della corruzione e controlli interni di regolarità "
      "amministrativa sugli atti\" (settore 01. Affari generali) e, per il settore 02. Finanziario e tributi, \"Un bilancio "
      "sano\" e \"Open bilancio\".",
      [["corruzione", "controlli interni"], ["bilancio sano"], ["open bilancio"]], PERF,
      [("Rif. DUP 1.1.1. - 1.1.5 UN BILANCIO SANO", PERF),
       ("Rif. DUP 1.1.1. - 1.1.5 OPEN BILANCIO", PERF),
       ("PREVENZIONE DELLA CORRUZIONE E CONTROLLI INTERNI DI REGOLARITA' AMMINISTRATIVA", PERF)]),

    # 019 multi_hop – Cassano Magnago: the partecipata CMS in two objectives.
    q("multi_hop",
      "la partecipata CMS in che obiettivi di Cassano Magnago compare e che compiti ha?",
      "Due: per le esenzioni e agevolazioni TARI (Area Attività Istituzionali ed Amm.ve) va informata delle modifiche perché "
      "dal 2024 elabora gli importi dovuti e controlla i pagamenti; per le Comunità energetiche ha ricevuto nel 2023 "
      "l'incarico del progetto esplorativo per un piano di autoconsumo energetico CER.",
      [["TARI"], ["CER", "comunità energetic", "autoconsumo"], ["2023"]], CM,
      [("alla partecipata CMS che dal 2024 elabora gli importi dovuti", CM),
       ("l'incarico è stato conferito alla CMS spa nel 2023", CM)]),

    # 020 multi_hop – Cassano Magnago: Suap objective -> Area Lavori Pubblici -> centro storico timeline.
    q("multi_hop",
      "Con quale area si coordina il Suap di Cassano Magnago per il centro storico, e quando è previsto il certificato di regolare esecuzione di quei lavori?",
      "Con l'Area Lavori Pubblici, responsabile della riqualificazione del centro storico (obiettivo 1.2.4): redazione del "
      "progetto esecutivo nel 2025 e certificato di regolare esecuzione dei lavori nel 2026.",
      [["Lavori Pubblici"], ["2026"]], CM,
      [("L'ufficio Suap si coordina all'interno dell'Ente con l'Area Lavori Pubblici", CM),
       (f"Certificato regolare esecuzione dei lavori{T}2026", CM)]),

    # 021 multi_hop – across the two Cassano d'Adda documents.
    q("multi_hop",
      "Progetto 10.1 Oltre i confini della città di Cassano d'Adda: che idea di smart city c'è nel PIAO 2023-2025, e quanti obiettivi operativi ha la linea 10 nel piano 2024-2026?",
      "Nel PIAO 2023-2025 il progetto 10.1 vuole rendere Cassano una vera \"Smart city\" intesa come polo digitale territoriale "
      "e punto di accesso unico ai servizi in rete. Nel piano performance 2024-2026 la linea 10 (Grandi temi a valenza "
      "intercomunale) ha 1 obiettivo strategico e 8 obiettivi operativi.",
      [["polo digitale"], ["8", "otto"]], [VP, PERF],
      [("Rendere Cassano una vera \"Smart city\" intesa come polo digitale territoriale", VP),
       ("Sindaco - Ass. M. Cerri - Ass. D. Bucca - Ass. A.P. Capece", PERF)]),

    # 022 elenco – all objectives of the Segretario generale.
    q("elenco",
      "Elencami tutti gli obiettivi operativi assegnati direttamente al Segretario generale nel piano performance di Cassano d'Adda.",
      "Sono 5: 1) Rispetto tempi medi di pagamento (obiettivo intersettoriale); 2) Migliorare la qualità della normazione con "
      "analisi di impatto AIR e VIR (semplificazione, fase 1/3); 3) Attuare il Piano della formazione del personale dipendente; "
      "4) Monitorare, integrare e aggiornare il PIAO (sottosezione Rischi corruttivi e trasparenza); 5) Ufficio di prossimità.",
      [["tempi medi di pagamento", "tempi di pagamento"], ["AIR"], ["formazione"], ["PIAO"], ["prossimità"]], PERF,
      [("Monitorare, integrare e aggiornare il PIAO e, in particolare, la sottosezione", PERF),
       ("Attuare il Piano della formazione del personale dipendente", PERF),
       ("00. SEGRETARIO GENERALE", PERF)]),

    # 023 elenco – reverse hop: person -> settore 06 -> its objectives.
    q("elenco",
      "Quali obiettivi ha il settore di cui è titolare Maurizio Bianchi a Cassano d'Adda?",
      "BIANCHI Maurizio è titolare del settore 06. Governo del territorio e ambiente, che ha 4 obiettivi: monitoraggio amianto "
      "(obiettivo biennale, fase 1), censimento del verde, digitalizzazione dell'archivio pratiche dei mezzi pubblicitari, "
      "digitalizzazione del registro delle pratiche paesaggistiche.",
      [["amianto"], ["censimento"], ["pubblicitari"], ["paesaggistic"], ["governo del territorio"]], PERF,
      [(org("BIANCHI Maurizio"), PERF),
       ("OBIETTIVO BIENNALE - MONITORAGGIO AMIANTO (FASE 1)", PERF),
       ("DIGITALIZZAZIONE ARCHIVIO PRATICHE AMMINISTRATIVE (MEZZI PUBBLICITARI)", PERF)]),

    # 024 elenco – the six PNRR digital measures.
    q("elenco",
      "Quali sono le misure PNRR di digitalizzazione che Cassano d'Adda segue nel 2024? Le voglio tutte.",
      "Sono 6 (obiettivo \"Attuazione PNRR PA digitale 2026\", settore Affari generali): 1.2 Abilitazione al cloud per le PA "
      "locali; 1.4.1 Esperienza del cittadino nei servizi pubblici; 1.4.3 Adozione App IO; 1.4.3 Adozione piattaforma PagoPA; "
      "1.4.4 SPID - CIE; 1.4.5 Piattaforma Notifiche Digitali.",
      [["cloud"], ["1.4.1", "Esperienza del cittadino"], ["App IO"], ["PagoPA"], ["SPID"], ["Notifiche"]], PERF,
      [("Le misure previste sono n.6: 1.2 Abilitazione al cloud per le PA locali", PERF),
       ("1.4.4 SPID - CIE; 1.4.5 Piattaforma Notifiche Digitali", PERF)]),

    # 025 elenco – magentino, complete stakeholder list of one row.
    q("elenco",
      "Nel DUP del magentino, chi sono gli stakeholder dell'obiettivo Gestire la Protezione civile? Tutti, per favore.",
      "R.O.C. P.C. Comune di Boffalora, Comune di Boffalora S/T, Comune di Magenta, Protezione Civile di Magenta, cittadini "
      "(programma 11.01; indicatore: gestione COC in occasione dei contesti emergenziali).",
      [["R.O.C."], ["Boffalora S/T"], ["Comune di Magenta"], ["Protezione Civile di Magenta"], ["cittadini"]], MAG,
      [("R.O.C. P.C. Comune di Boffalora, Comune di Boffalora S/T, Comune di Magenta", MAG),
       ("Gestire la Protezione civile", MAG)]),

    # 026 elenco – Cassano Magnago, cultural events to confirm.
    q("elenco",
      "Quali iniziative culturali Cassano Magnago conferma perché sono piaciute negli anni passati?",
      "La stagione musicale, il concerto di Natale, il concerto di inizio anno e le stagioni teatrali adulti e ragazzi "
      "(obiettivo 3.1.5, Area Attività Educativa e per il tempo libero). Azioni: concerto d'inizio anno con il Corpo Musicale "
      "Cassanese (gennaio), stagione musicale con \"Più che suono\" (dicembre-luglio), stagione teatrale (ottobre-maggio).",
      [["stagione musicale"], ["Natale"], ["inizio anno"], ["teatral"]], CM,
      [("il concerto di Natale, il concerto di inizio anno e le stagioni teatrali", CM)]),

    # 027 tempistica – end dates of the three urban regeneration sites.
    q("tempistica",
      "quando finiscono i cantieri di piazza Garibaldi, via da Vinci e via Veneto a Cassano d'Adda?",
      "Da cronoprogramma: via L. da Vinci 30/06/2024, piazza Garibaldi 31/10/2024, via Veneto 30/11/2024 (in anticipo sulle "
      "scadenze PNRR: 31/03/26 per piazza Garibaldi e via da Vinci, 30/03/25 per via Veneto). Via Veneto doveva iniziare "
      "entro il 15/05/2024.",
      [["30/06"], ["31/10"], ["30/11"]], PERF,
      [("Conclusione lavori: P.zza Garibaldi 31/10/24, L. da Vinci 30/06/24", PERF),
       ("Via Veneto fine lavori da cronoprogramma e triennale - 30/11/2024", PERF)]),

    # 028 tempistica – Cassano Magnago budget calendar (two deadlines among five).
    q("tempistica",
      "Ragioneria di Cassano Magnago: entro quando i responsabili di servizio mandano le previsioni di entrata e spesa, e quando lo schema di bilancio va in Consiglio?",
      "Le previsioni vanno comunicate al responsabile finanziario entro il 5 ottobre (il silenzio vale come condivisione del "
      "bilancio tecnico); l'approvazione dello schema e la trasmissione al Consiglio entro il 15 novembre. Il calendario "
      "prevede anche: bilancio tecnico entro il 15 settembre, proposta alla giunta entro il 20 ottobre, modifiche entro il "
      "31 ottobre, approvazione consiliare entro il 31 dicembre.",
      [["5 ottobre"], ["15 novembre"]], CM,
      [(f"correlate responsabilità{T}Entro il 5 ottobre", CM),
       (f"Approvazione schema di bilancio e trasmissione al Consiglio{T}Entro il 15 novembre", CM)]),

    # 029 tempistica – ANSC: months and number of acts.
    q("tempistica",
      "In che mesi si digitalizzano gli atti di matrimonio per il passaggio ad ANSC, e quanti atti sono?",
      "A Cassano d'Adda (settore 05 Spazio Città) la digitalizzazione di tutti gli atti di matrimonio dal 1965 al 1985, "
      "2000 atti, è prevista da aprile a dicembre 2024, dopo la formazione specifica di gennaio-marzo.",
      [["aprile"], ["2000", "2.000", "duemila"]], PERF,
      [("Digitalizzazione di tutti gli atti di matrimonio dal 1965 al 1985 (2000 atti)", PERF)]),

    # 030 tempistica – Cassano Magnago summer camps; no municipality.
    q("tempistica",
      "Quando si fanno gli incontri con la parrocchia per programmare i centri estivi?",
      "A Cassano Magnago la collaborazione con la Parrocchia e gli incontri di programmazione dei centri estivi sono previsti "
      "da marzo a luglio (obiettivo sul potenziamento di centri educativi e centri estivi, Area attività educative e per il "
      "tempo libero).",
      [["marzo"], ["luglio"]], CM,
      [("Fattiva collaborazione con la Parrocchia e incontri di programmazione dei centri", CM)]),

    # 031 tempistica – Cristo Risorto: two sets of dates (cronoprogramma vs PNRR); the plan writes "31/09/24".
    q("tempistica",
      "Entro quando vanno chiusi i lavori della materna Cristo Risorto? Mi servono sia la data del cronoprogramma sia la scadenza PNRR.",
      "Cronoprogramma (Cassano d'Adda): conclusione lavori al 31/09/24 (nell'indicatore la data prevista è il 30/09/2024) e "
      "CRE al 31/12/24. Scadenze del finanziamento PNRR: conclusione lavori entro il 31/12/2025 e collaudo (CRE) entro il "
      "30/06/2026.",
      [["31/09", "30/09"], ["31/12/2025"]], PERF,
      [("FASE 3 - Conclusione lavori (da cronoprogramma e triennale): 31/09/24;", PERF),
       ("- conclusione lavori entro 31/12/2025", PERF)]),

    # 032 tempistica – magentino, a month inside an indicator cell.
    q("tempistica",
      "Secondo il DUP del magentino entro quando va predisposta la relazione sulla performance?",
      "Entro il mese di giugno dell'anno successivo (indicatore dell'obiettivo 01.10 \"Misurare e valutare le performance. "
      "Organizzazione del lavoro\").",
      [["giugno"], ["anno successivo"]], MAG,
      [("Predisposizione relazione performance entro il mese di giugno", MAG)]),

    # 033 indicatore – Sicurezza urbana targets inside the form.
    q("indicatore",
      "Sicurezza urbana a Cassano d'Adda: a quante sanzioni art. 38 bis RPU si deve arrivare, e in quanti giorni devono uscire le ordinanze per i lavori pubblici?",
      "Sanzioni art. 38 bis RPU: da 32 a 35 (aumento del 10%). Ordinanze per lavori pubblici: termine ridotto da 30 a 20 giorni.",
      [["35"], ["20 giorni"]], PERF,
      [("Aumento del 10% sanzioni art. 38 bis RPU", PERF), ("da 30 giorni a 20 giorni", PERF)]),

    # 034 indicatore – territory promotion: growth targets and 2023 baselines.
    q("indicatore",
      "Per la promozione del territorio, di quanto devono crescere eventi e collaborazioni esterne rispetto al 2023?",
      "Cassano d'Adda, settore 04: eventi di promozione del territorio +30% (dato 2023 = 10 eventi); collaborazioni con partner "
      "esterni (sponsorizzazioni, contributi, patti di collaborazione) +10% (dato 2023 = 22 collaborazioni); inoltre 30% di "
      "eventi in partnership.",
      [["30"], ["22"]], PERF,
      [("dato 2023 = n. 10 eventi", PERF), ("dato 2023 = n. 22 collaborazioni", PERF)]),

    # 035 indicatore – magentino, a figure inside a long indicator cell.
    q("indicatore",
      "Nel piano del magentino di quanto devono aumentare le ore dei servizi di prossimità della polizia locale?",
      "Del 10% (indicatore dell'obiettivo 03.01 sulla gestione ottimale dei servizi di polizia, insieme al mantenimento del "
      "chilometraggio annuo di pattugliamento e del numero di controlli).",
      [["10%"]], MAG,
      [("Aumento del 10% delle ore dei servizi di prossimità", MAG)]),

    # 036 numerico – saving and documents of the procurement training.
    q("numerico",
      "Quanto si risparmia con la formazione interna sul nuovo codice dei contratti e quanti documenti di modulistica vanno preparati?",
      "A Cassano d'Adda (settore 01) il risparmio atteso è di 960 euro (corso di 2 ore per 8 dipendenti a 60 euro l'ora) e la "
      "modulistica prevede 7 documenti; altri target: 8 operatori accreditati sulle piattaforme e 2 sessioni formative per "
      "dipendente dell'u.o. Gare e contratti.",
      [["960"], ["7 documenti", "sette documenti", "n. 7"]], PERF,
      [("corso di 2 h per 8 dipendenti - € 60,00/1h = € 960,00", PERF),
       ("Predisposizione modulistica - attesi n. 7 documenti", PERF)]),

    # 037 numerico – Cremosano DUP approval act.
    q("numerico",
      "Con che delibera è stato approvato il DUP 2026-2028 richiamato nel PIAO di Cremosano?",
      "Con delibera di consiglio comunale n. 40 del 20.12.2026.",
      [["40"], ["20.12.2026", "20/12/2026", "20 dicembre 2026"]], CRE,
      [("approvato con delibera di consiglio comunale n. 40 in data 20.12.2026", CRE)]),

    # 038 obiettivo – Cassano Magnago wifi: why an external operator.
    q("obiettivo",
      "Perché per il wifi gratis nelle piazze il comune non fa da sé ma pensa a un gestore esterno?",
      "Nel piano di Cassano Magnago la normativa impedisce alla pubblica amministrazione di erogare in proprio servizi di "
      "connessione generalizzati e impone vincoli infrastrutturali sulla registrazione delle sessioni: si valuta quindi di "
      "affidare contrattualmente il servizio a un gestore autorizzato, poi di aggiornare l'infrastruttura Wi-Fi ed estendere "
      "la copertura.",
      [["gestore"], ["normativa", "legge"]], CM,
      [("La normativa impedisce alla pubblica amministrazione di erogare in proprio", CM)]),

    # 039 non_presente (doc null) – a plan period that is not loaded.
    q("non_presente",
      "Mi elenchi gli obiettivi di performance del PIAO 2025-2027 di Cassano d'Adda?",
      "Il PIAO 2025-2027 di Cassano d'Adda non è presente tra i documenti: per Cassano d'Adda ci sono solo la sezione valore "
      "pubblico del PIAO 2023-2025 e il piano della performance 2024-2026, che cita il PIAO 2025-2027 solo come cronoprogramma "
      "da preparare.",
      [], None),

    # 040 non_presente – cost of the Tangenziale Sud (no amounts in the Cassano Magnago plan). Typo "tangenzale".
    q("non_presente",
      "Quanto costa la tangenzale sud di Cassano Magnago?",
      "Il piano non riporta il costo: l'obiettivo \"Completare la Tangenziale Sud\" (1.2.1, Area Lavori Pubblici) indica solo "
      "la motivazione (deviare i mezzi pesanti dal centro) e il monitoraggio dello stato avanzamento lavori 2025-2027.",
      [], CM,
      [("Completare la \"Tangenziale Sud\" al fine di migliorare la mobilità", CM)]),

    # 041 non_presente – magentino: no percentage target for separate waste collection.
    q("non_presente",
      "Che percentuale di raccolta differenziata si vuole raggiungere nel 2025 secondo il piano del magentino?",
      "Non è indicata: l'indicatore del servizio di igiene urbana (09.03) parla solo di \"incremento della percentuale di "
      "raccolta differenziata\" tramite sensibilizzazione, senza un valore né un anno.",
      [], MAG,
      [("Incremento della percentuale di raccolta differenziata", MAG)]),

    # 042 non_presente – Cassano Magnago names no person.
    q("non_presente",
      "Come si chiama il comandante della polizia locale di Cassano Magnago?",
      "Il nome non è riportato: il piano di Cassano Magnago indica solo il ruolo (\"Responsabile Area Polizia Locale\") come "
      "responsabile gestionale, senza nominativi.",
      [], CM,
      [(f"RESPONSABILE GESTIONALE{T}Responsabile Area Polizia Locale", CM)]),

    # 043 non_presente – Cremosano: no responsabili, no indicators; refers to the DUP.
    q("non_presente",
      "Chi è il responsabile della priorità Cremosano in movimento e con quali indicatori la misurano?",
      "Non sono presenti: il PIAO di Cremosano descrive la priorità 9 \"Cremosano in movimento\" (mobilità sostenibile) ma non "
      "indica responsabili né indicatori, e per missioni, obiettivi e programmi rimanda al DUP 2026-2028.",
      [], CRE,
      [("9. Cremosano in movimento", CRE), ("si rimanda al DUP 2026-2028", CRE)]),

    # 044 non_presente – Piano della formazione: the indicator on the share of staff involved has no target.
    q("non_presente",
      "Che percentuale di dipendenti deve essere coinvolta nel piano di formazione del Comune di Cassano d'Adda nel 2024?",
      "Non è indicata: l'obiettivo del Segretario generale \"Attuare il Piano della formazione del personale dipendente\" ha "
      "l'indicatore \"% dipendenti coinvolti nel piano di formazione (dipendenti formati/dipendenti dell'Ente)\" ma senza "
      "valore atteso; sono indicate solo le fasi (piano formativo 2024-2026 a febbraio, formazione dei neoassunti e attuazione "
      "del piano tutto l'anno).",
      [], PERF,
      [("% dipendenti coinvolti nel piano di formazione", PERF)]),

    # 045 non_presente – aree fabbricabili: only phase 1 (2024) has targets.
    q("non_presente",
      "Analisi straordinaria delle aree fabbricabili: che percentuale è prevista per la seconda fase, nel 2025?",
      "Non è indicata: il piano 2024-2026 riguarda la fase 1 di 2 (2024), con 50% di analisi straordinaria e 50% di incrocio "
      "con il database tributi; per la fase 2 e per il 2025 non riporta valori.",
      [], PERF,
      [("AREE FABBRICABILI - OBIETTIVO PLURIENNALE fase 1 di 2", PERF)]),
]


def main() -> None:
    rows = []
    for i, item in enumerate(QUESTIONS, 1):
        row = {"id": f"f30s-{i:03d}"}
        row.update(item)
        rows.append({k: row[k] for k in ("id", "question", "answer", "must_contain", "doc", "evidence",
                                         "evidence_docs", "type")})
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"wrote {len(rows)} questions to {OUT}")


if __name__ == "__main__":
    main()
