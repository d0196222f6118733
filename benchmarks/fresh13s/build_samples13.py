"""Build benchmarks/fresh13s/samples13_qa.jsonl: 45 held-out questions on the five sample plans.

Written blind: only data/samples/*.txt (source of every question and answer), shared/eval/README.md (format,
normaliser, refusal markers) and the READMEs of fresh10s / fresh8s / fresh7s (topics to avoid) plus
fresh10s/samples10_check.py (model for the validator) were read. No product code was read or run.

Type mix (45 questions): elenco 8, indicatore 6, obiettivo 5, responsabile 5, multi_hop 4, confronto 4,
tempistica 4, numerico 4, non_presente 5. The brief asked for 45 questions (ids f13s-001..045) but listed a mix
that adds up to 50 (elenco 9, indicatore 7, obiettivo 6, responsabile 6, non_presente 6, ...); the total and the
id range were kept and the five largest types were each cut by one (see README.md).

One commented block per question. Anchors are copied verbatim from a single line of the named file; "\t" in an
anchor is a real TAB of the source line (org chart / employee tables / Cassano Magnago form).

Usage: python benchmarks/fresh13s/build_samples13.py   (writes samples13_qa.jsonl next to this file)
"""
from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "samples13_qa.jsonl"

# the five sample plans (data/samples/)
VP = "cassano-dadda_piao-2023-2025_valore-pubblico.txt"      # Cassano d'Adda, valore pubblico 2023-25
PERF = "cassano-dadda_piao-2024-2026_performance.txt"        # Cassano d'Adda, performance 2024-26
CM = "cassano-magnago_piao-2025-2027_obiettivi-operativi.txt"  # Cassano Magnago 2025-27
CRE = "cremosano_piao-2026-2028_valore-pubblico.txt"          # Cremosano 2026-28
MAG = "magentino_piao-2024-2026_obiettivi-dup.txt"            # "magentino" DUP table 2024-26

ROWS: list[dict] = []


def q(qtype: str, question: str, answer: str, must: list[list[str]], evidence: list[tuple[str, str]],
      doc=None) -> None:
    """Append one question. `evidence` is a list of (file, anchor). `doc` defaults to the single evidence file,
    or to the ordered list of distinct evidence files when there are several; None for absent topics."""
    files = []
    for f, _ in evidence:
        if f not in files:
            files.append(f)
    if doc is None and files:
        doc = files[0] if len(files) == 1 else files
    ROWS.append({
        "id": f"f13s-{len(ROWS) + 1:03d}",
        "question": question,
        "answer": answer,
        "must_contain": must,
        "doc": doc,
        "evidence": [a for _, a in evidence],
        "evidence_docs": [f for f, _ in evidence],
        "type": qtype,
    })


# =====================================================================================================
# ELENCO (8) - complete lists, one must_contain group per item
# =====================================================================================================

# 001 - CM: the three 2nd-level phases of the URP objective (all 2025). No municipality named (URP only in CM).
q("elenco",
  "quali sono tutte le fasi previste per implementare l'URP? me le elenchi tutte",
  "L'obiettivo di implementare l'Ufficio per le relazioni con il Pubblico (U.R.P.) prevede tre obiettivi "
  "operativi di 2° livello, tutti con tempistica 2025: 1) Organizzazione logistica dell'URP; 2) Definizione del "
  "pacchetto dei servizi offerti; 3) Definizione dei processi, delle procedure e degli strumenti di lavoro. "
  "Il responsabile gestionale è il Responsabile Area Attività Istituzionali ed Amm.ve.",
  [["logistica"], ["pacchetto dei servizi"], ["strumenti di lavoro"]],
  [(CM, "Organizzazione logistica dell'URP."),
   (CM, "Definizione del pacchetto dei servizi offerti."),
   (CM, "Definizione dei processi, delle procedure e degli strumenti di lavoro.")])

# 002 - CM: the three 2nd-level phases of the driving-licence points / road-education objective.
q("elenco",
  "Nell'obiettivo sui corsi di recupero punti patente e di educazione stradale nelle scuole, che attività di "
  "2° livello sono previste? Elencamele tutte",
  "Nell'obiettivo \"Realizzare corsi per il recupero dei punti delle patenti di guida e corsi di educazione "
  "stradale delle scuole\" (Responsabile Area Polizia Locale) le attività di 2° livello, per il 2025/2026/2027, "
  "sono tre: calendarizzare appuntamenti presso le scuole primarie per lezioni di educazione stradale di livello "
  "base; calendarizzare appuntamenti presso le scuole secondarie di primo grado per lezioni in funzione della "
  "preparazione per la patente per ciclomotori; organizzare la biciclettata annuale presso la scuola elementare "
  "Fermi.",
  [["primarie"], ["ciclomotori"], ["biciclettata"]],
  [(CM, "Calendarizzare appuntamenti presso le scuole primarie per impartire lezioni"),
   (CM, "in funzione della preparazione per la patente per ciclomotori"),
   (CM, "Organizzare la biciclettata annuale presso la scuola elementare Fermi")])

# 003 - CM: the five themes of the "salute del pianeta" path in primary schools (title line of the objective).
q("elenco",
  "Il percorso sulla salute del pianeta per le primarie attraverso quali temi viene approfondito? tutti per favore",
  "Il tema della salute del pianeta (e di chi lo abita) viene approfondito attraverso la connessione tra "
  "biodiversità, alimentazione, rifiuti, l'uso dell'acqua e dell'energia. L'obiettivo è collegato all'obiettivo "
  "strategico 3.2.4 ed è in capo al Responsabile Area Territorio.",
  [["biodiversità"], ["alimentazione"], ["rifiuti"], ["acqua"], ["energia"]],
  [(CM, "biodiversità, alimentazione, rifiuti, l'uso dell'acqua e dell'energia")])

# 004 - Cremosano: the four drivers on which operational objectives create public value.
q("elenco",
  "Secondo il piano di Cremosano, su quali driver si programmano gli obiettivi operativi per creare valore "
  "pubblico?",
  "Il piano di Cremosano 2026-2028 dice che il Valore Pubblico si crea programmando obiettivi operativi specifici "
  "sulla base di specifici driver: la semplificazione, la digitalizzazione, la piena accessibilità e le pari "
  "opportunità.",
  [["semplificazione"], ["digitalizzazione"], ["accessibilità"], ["pari opportunità"]],
  [(CRE, "specifici driver come la semplificazione, la digitalizzazione, la piena")])

# 005 - VP 2023-25: all projects listed under Missione 14.
q("elenco",
  "Nel piano valore pubblico 2023-2025 di Cassano d'Adda quali progetti stanno sotto la Missione 14 Sviluppo "
  "economico e competitività? Tutti",
  "Sotto la Missione 14 - Sviluppo economico e competitività (area tematica 8) il piano elenca quattro progetti: "
  "8.1 Commercio e turismo (\"Ritornare al commercio di vicinato in centro\"), 8.2 Industria (\"Favorire "
  "insediamenti produttivi che impegnino lavoratori di Cassano\"), 8.3 Artigianato e 8.4 Agricoltura "
  "(attivazione di un processo di coinvolgimento degli operatori di settori).",
  [["commercio e turismo"], ["industria"], ["artigianato"], ["agricoltura"]],
  [(VP, "MISSIONE 14 - SVILUPPO ECONOMICO E COMPETITIVITÀ"),
   (VP, "PROGETTO 8.3 ARTIGIANATO")])

# 006 - Cassano d'Adda performance: all indicators of "Attuare il Piano della formazione" (Segretario).
q("elenco",
  "Attuare il Piano della formazione del personale dipendente: quali sono gli indicatori? elencali tutti",
  "Gli indicatori dell'obiettivo \"Attuare il Piano della formazione del personale dipendente\" (obiettivo di "
  "pari opportunità, Segretario generale) sono quattro: rispetto tempi e fasi; grado di formazione del personale "
  "neo-assunto (n. percorsi formativi avviati/n. dipendenti neoassunti); % dipendenti coinvolti nel piano di "
  "formazione (dipendenti formati/dipendenti dell'Ente); % dipendenti con piano di formazione individualizzato.",
  [["tempi e fasi", "fasi e tempi"], ["neo-assunto", "neoassunti", "neo assunto"],
   ["dipendenti coinvolti", "dipendenti formati"], ["individualizzato"]],
  [(PERF, "Grado di formazione personale neo-assunto"),
   (PERF, "% dipendenti coinvolti nel piano di formazione"),
   (PERF, "% dipendenti con piano di formazione individualizzato")])

# 007 - magentino: the five stakeholders of "Trasparenza e prevenzione della corruzione".
q("elenco",
  "chi sono gli stakeholder dell'obiettivo trasparenza e prevenzione della corruzione nel magentino?",
  "Per l'obiettivo operativo \"Trasparenza e prevenzione della corruzione\" (programma 01.02) gli stakeholder "
  "sono: Amministratori, Responsabile della trasparenza, Responsabile della prevenzione della corruzione, uffici "
  "dell'ente, collaboratori.",
  [["amministratori"], ["responsabile della trasparenza"], ["responsabile della prevenzione della corruzione"],
   ["uffici dell'ente"], ["collaboratori"]],
  [(MAG, "Amministratori, Responsabile della trasparenza, Responsabile della prevenzione"),
   (MAG, "<b>Trasparenza e prevenzione della corruzione</b>")])

# 008 - Cassano d'Adda performance: all 2024 objectives of Settore 07 Lavori pubblici (summary table).
q("elenco",
  "a cassano d'adda il settore lavori pubblici che obiettivi operativi ha nel 2024? li voglio tutti",
  "Al Settore 07. Lavori pubblici sono affidati quattro obiettivi operativi 2024: 1) efficientamento energetico "
  "(obiettivo pluriennale, fase 1: riduzione consumi e efficientamento impianti fotovoltaici e termici); "
  "2) rigenerazione urbana del centro storico (fase 2: nuova via Veneto, piazza Garibaldi e via L. da Vinci); "
  "3) riqualificazione e miglioramento dell'accessibilità con aggiornamento del PEBA (fase 1); 4) sicurezza delle "
  "scuole e delle palestre (C.I.S. e CPI) e PNRR messa in sicurezza e riqualificazione energetica della Scuola "
  "Materna Cristo Risorto.",
  [["efficientamento"], ["rigenerazione"], ["PEBA", "barriere"], ["Cristo Risorto", "CPI"]],
  [(PERF, "OBIETTIVO PLURIENNALE - EFFICIENTAMENTO ENERGETICO - FASE 1"),
   (PERF, "OBIETTIVO PLURIENNALE DI RIGENERAZIONE URBANA - FASE 2"),
   (PERF, "Rivedere e aggiornare il PEBA in base alle modifiche viabilistiche")])

# =====================================================================================================
# INDICATORE (6) - target / baseline / formula of a named objective's indicator
# =====================================================================================================

# 009 - Cassano d'Adda performance, Controlli stradali: e-scooter checks, target 30 services. Typo "monopatini".
q("indicatore",
  "Controlli sui monopatini elettrici: qual è il dato di arrivo dell'indicatore?",
  "Nell'obiettivo Controlli stradali (Settore 08 Polizia locale) l'indicatore di efficacia \"Controlli su "
  "monopattini elettrici\" ha come dato di arrivo lo svolgimento di 30 servizi appositi (dimensione attesa 30).",
  [["30 servizi"]],
  [(PERF, "Controlli su monopattini elettrici"),
   (PERF, "Dato di arrivo: svolgimento 30 servizi appositi")])

# 010 - Cassano d'Adda performance, Sicurezza urbana: controllo del vicinato, baseline 3 areas, target 3 areas.
q("indicatore",
  "Quante aree sono coinvolte nel controllo di vicinato? mi servono dato di partenza e di arrivo",
  "Nell'obiettivo Sicurezza urbana l'indicatore di efficacia \"N. aree coinvolte oggetto di controllo di "
  "vicinato\" ha dato di partenza 3 aree e dato di arrivo 3 aree coinvolte (cioè si mantengono le 3 aree).",
  [["3 aree"]],
  [(PERF, "N. aree coinvolte oggetto di controllo di vicinato."),
   (PERF, "Dato di arrivo: 3 aree coinvolte")])

# 011 - magentino: output indicator of "Gestire in forma associata servizi".
q("indicatore",
  "Nel magentino con quale indicatore si misura l'obiettivo di gestire in forma associata i servizi?",
  "Per l'obiettivo \"Gestire in forma associata servizi\" (programma 01.02, 2024-2026) l'indicatore di output è "
  "la % di risparmio rispetto al triennio precedente.",
  [["risparmio"], ["triennio precedente"]],
  [(MAG, "<b>Gestire in forma associata servizi</b>"),
   (MAG, "% risparmio rispetto al triennio precedente")])

# 012 - CM: target of the Facebook objective (VALORE ATTESO).
q("indicatore",
  "Per la pagina Facebook del comune che obiettivo minimo di pubblicazione è fissato?",
  "Per l'obiettivo sull'utilizzo dei social network, in particolare Facebook (Responsabile Area Attività "
  "Istituzionali ed Amm.ve), il valore atteso è caricare almeno un contenuto mensile per tenere aggiornata la "
  "pagina.",
  [["almeno un contenuto mensile", "contenuto mensile"]],
  [(CM, "Utilizzo dei social network, in particolare Facebook"),
   (CM, "Caricare almeno un contenuto mensile per tenere aggiornata la pagina")])

# 013 - magentino: output indicator of "Prevenire l'esclusione sociale delle persone più fragili".
q("indicatore",
  "nel magentino che indicatore di output c'è per l'obiettivo di prevenire l'esclusione sociale delle persone "
  "più fragili?",
  "L'indicatore di output dell'obiettivo \"Prevenire l'esclusione sociale delle persone più fragili\" "
  "(programma 12.04) è il n. di interventi richiesti e ammissibili, anche con ausilio delle tecnologie disponibili "
  "e secondo protocolli operativi condivisi.",
  [["interventi richiesti e ammissibili"]],
  [(MAG, "Prevenire l'esclusione sociale delle persone più fragili"),
   (MAG, "n. di interventi richiesti e ammissibili")])

# 014 - magentino: output indicators of "Gestire le entrate e le risorse economiche" (IMU notice).
q("indicatore",
  "Gestire le entrate e le risorse economiche: quali sono gli indicatori di output?",
  "Per l'obiettivo \"Gestire le entrate e le risorse economiche\" (programma 01.04) gli indicatori di output sono: "
  "supporto ai cittadini, attivazione di tutte le procedure per la riscossione e introduzione dell'avviso Imu.",
  [["avviso Imu"], ["riscossione"]],
  [(MAG, "<b>Gestire le entrate e le risorse economiche</b>"),
   (MAG, "Introduzione avviso Imu")])

# =====================================================================================================
# OBIETTIVO (5) - purpose / expected result / content
# =====================================================================================================

# 015 - VP 2023-25: purpose of project 2.2 Contrasto all'inquinamento.
q("obiettivo",
  "Nel VP 2023-2025 il progetto 2.2 contrasto all'inquinamento cosa si propone?",
  "Nel piano valore pubblico 2023-2025 di Cassano d'Adda il progetto 2.2 Contrasto all'inquinamento (valore "
  "ambientale) si propone di ridurre le esposizioni elettromagnetiche.",
  [["elettromagnetiche"]],
  [(VP, "PROGETTO 2.2 CONTRASTO ALL'INQUINAMENTO"),
   (VP, "Ridurre le esposizioni elettromagnetiche")])

# 016 - CM: ex area Fornaci S. Anna - expected value and partner.
q("obiettivo",
  "A cosa serve il recupero dell'ex area Fornaci S. Anna e con chi viene fatto?",
  "L'obiettivo è la rigenerazione e riqualificazione dell'ex area Fornaci S. Anna (motivazione: rigenerazione di "
  "un'area urbana); il valore atteso è la ristrutturazione di un edificio da destinare a scopi sociali. Si "
  "monitora l'avanzamento del progetto PNRR con il Piano di Zona di Gallarate (2025/2026). Responsabile: Area "
  "Lavori Pubblici.",
  [["scopi sociali"], ["Gallarate"]],
  [(CM, "Rigenerazione e riqualificazione dell'ex area Fornaci S. Anna"),
   (CM, "Ristrutturazione di un edificio da destinare a scopi sociali"),
   (CM, "progetto PNRR con il Piano di Zona di Gallarate")])

# 017 - CM: why roundabouts (named: the magentino plan also mentions new roundabouts). Typo "perchè".
q("obiettivo",
  "perchè Cassano Magnago vuole realizzare le rotatorie agli incroci?",
  "Le rotatorie in corrispondenza delle intersezioni stradali servono a migliorare la fluidità del traffico, "
  "ridurre i sinistri stradali, rallentare la velocità delle automobili e abbattere le emissioni nocive e "
  "l'intensità del rumore. Motivazione: garantire livelli di sicurezza a tutti gli utenti; valore atteso: una "
  "città dove spostarsi anche a piedi o in bicicletta in sicurezza.",
  [["fluidità"], ["sinistri"], ["rumore"]],
  [(CM, "Realizzazione rotatorie in corrispondenza di intersezioni stradali")])

# 018 - Cremosano: priority 10, the resources it relies on.
q("obiettivo",
  "Cremosano, lavoro ed eccellenze: su quali risorse della città fa leva questa priorità?",
  "La priorità 10 \"Cremosano, lavoro ed eccellenze\" punta a un rinnovato sviluppo produttivo facendo leva sulle "
  "migliori risorse della città: la produttività e l'intelligenza della sua forza lavoro, l'impegno "
  "imprenditoriale e l'innovazione organizzativa.",
  [["forza lavoro"], ["imprenditoriale"], ["innovazione organizzativa"]],
  [(CRE, "10. Cremosano, lavoro ed eccellenze"),
   (CRE, "la produttività e l'intelligenza della sua forza lavoro")])

# 019 - magentino: purpose of the cemetery services objective.
q("obiettivo",
  "Che finalità ha l'obiettivo sulla gestione dei servizi cimiteriali?",
  "L'obiettivo \"Garantire la gestione dei servizi cimiteriali\" (programma 12.09, obiettivo strategico "
  "migliorare lo standard di gestione dei servizi cimiteriali) ha come finalità digitalizzare l'anagrafe "
  "cimiteriale; l'indicatore è l'implementazione e l'aggiornamento della banca dati.",
  [["anagrafe cimiteriale"]],
  [(MAG, "Garantire la gestione dei servizi cimiteriali"),
   (MAG, "digitalizzare l'anagrafe cimiteriale")])

# =====================================================================================================
# RESPONSABILE (5) - the first two need the org chart of the same document
# =====================================================================================================

# 020 - Cassano d'Adda performance: PIAO/rischi corruttivi objective -> 00 Segretario -> BRAMBILLA Fabrizio
# (trap: the "supporto" PIAO objective belongs to 01 Affari generali).
q("responsabile",
  "Chi è il titolare dell'obiettivo monitorare, integrare e aggiornare il PIAO sulla sottosezione rischi "
  "corruttivi? mi serve il nome",
  "L'obiettivo \"Monitorare, integrare e aggiornare il PIAO e, in particolare, la sottosezione Rischi Corruttivi "
  "e gli obblighi di trasparenza\" è assegnato a 00. Segretario generale, il cui titolare nell'organigramma è "
  "BRAMBILLA Fabrizio (01/01/2024-31/12/2024). Il Settore 01 Affari generali ha solo l'obiettivo di supporto "
  "all'attività del Segretario.",
  [["BRAMBILLA Fabrizio"]],
  [(PERF, "Monitorare, integrare e aggiornare il PIAO e, in particolare, la sottosezione"),
   (PERF, "01/01/2024\t31/12/2024\tBRAMBILLA Fabrizio\ttitolare")])

# 021 - Cassano d'Adda performance: PNRR PA digitale 2026 -> 01 Affari generali -> GUARNERI.
q("responsabile",
  "chi è la persona responsabile dell'attuazione PNRR PA digitale 2026?",
  "L'obiettivo \"Attuazione PNRR PA digitale 2026\" è affidato al Settore 01. Affari generali, il cui titolare è "
  "GUARNERI Angelo Pietro (dal 01/01/2024 al 31/12/2024).",
  [["GUARNERI"]],
  [(PERF, "ATTUAZIONE PNRR PA DIGITALE 2026"),
   (PERF, "01/01/2024\t31/12/2024\tGUARNERI Angelo Pietro\ttitolare")])

# 022 - CM: dog run -> Area Lavori Pubblici. Typo "resposabile".
q("responsabile",
  "chi è il resposabile del campo di sgambamento?",
  "L'obiettivo \"Migliorare il campo di sgambamento esistente\" è in capo al Responsabile Area Lavori Pubblici "
  "(manutenzione ordinaria del campo e valutazione di migliorie in base ai fondi disponibili).",
  [["Lavori Pubblici"]],
  [(CM, "Migliorare il campo di sgambamento esistente"),
   (CM, "Attrezzare in modo adeguato il campo di sgambamento")])

# 023 - CM: anti-scam campaign for the elderly -> Area Polizia Locale (not social services).
q("responsabile",
  "La campagna contro le truffe agli anziani a Cassano Magnago la seguono i servizi sociali?",
  "No: la campagna informativa contro le truffe agli anziani (obiettivo strategico 2.2.3) ha come responsabile "
  "gestionale il Responsabile Area Polizia Locale; prevede incontri nelle sale degli immobili comunali, almeno uno "
  "all'anno.",
  [["Polizia Locale"]],
  [(CM, "Campagna informativa contro le truffe agli anziani")])

# 024 - CM: political owner of the sports-offer objective (Gioca Lo Sport).
q("responsabile",
  "Gioca Lo Sport al Parco della Magana: chi è il responsabile politico dell'obiettivo?",
  "La festa \"Gioca Lo Sport\" fa parte dell'obiettivo sulla promozione e diversificazione dell'offerta sportiva "
  "(3.1.4): responsabile politico è l'Assessore allo Sport, responsabile gestionale il Responsabile Area "
  "Educativa, Sport e tempo libero.",
  [["Assessore allo Sport"]],
  [(CM, "RESPONSABILE POLITICO\tAssessore allo Sport"),
   (CM, "Organizzare presso il Parco della Magana la festa \"Gioca Lo Sport\"")])

# =====================================================================================================
# MULTI_HOP (4)
# =====================================================================================================

# 025 - CM: CMS appears in two objectives (TARI amounts since 2024; CER exploratory project since 2023).
q("multi_hop",
  "che ruolo ha la società CMS nel piano di Cassano Magnago? mi pare compaia in più obiettivi",
  "CMS compare in due obiettivi: 1) esenzioni e agevolazioni TARI: in caso di modifiche al Regolamento TARI va "
  "data comunicazione alla partecipata CMS, che dal 2024 elabora gli importi dovuti ed effettua i controlli sui "
  "pagamenti; 2) Comunità energetiche: a CMS spa è stato conferito nel 2023 l'incarico per il progetto "
  "esplorativo di un piano di autoconsumo energetico CER.",
  [["TARI"], ["CER", "autoconsumo"]],
  [(CM, "dare tempestiva comunicazione alla partecipata CMS che dal 2024 elabora"),
   (CM, "l'incarico è stato conferito alla CMS spa nel 2023")])

# 026 - VP 6.1 (2023-25) -> performance 2024 objectives under 06.1 -> their settori.
q("multi_hop",
  "Il progetto 6.1 scuola e istruzione del VP 2023-2025: nel piano performance 2024 a quali settori sono "
  "affidati gli obiettivi collegati?",
  "Il progetto 6.1 Scuola e istruzione del piano valore pubblico 2023-2025 ritorna nel piano performance 2024 "
  "come obiettivo strategico 06.1, con obiettivi affidati a due settori: 07. Lavori pubblici (sicurezza delle "
  "scuole e palestre, C.I.S./CPI e PNRR Scuola materna Cristo Risorto) e 03. Servizi alla persona (assistenza "
  "educativa scolastica e consiglio comunale dei ragazzi).",
  [["Lavori pubblici"], ["Servizi alla persona"]],
  [(VP, "OBIETTIVO STRATEGICO DI MANDATO: PROGETTO 6.1. SCUOLA E ISTRUZIONE"),
   (PERF, "Rif. DUP 06.01.08 - OBIETTIVO DI MIGLIORAMENTO E PLURIENNALE - FASE 2"),
   (PERF, "Rif. DUP 6.1.6. Assistenza educativa Scolastica")])

# 027 - Cassano d'Adda performance: employee MARIGLIANO -> two police objectives -> 08 -> CAIANI.
q("multi_hop",
  "MARIGLIANO Raimondo Enrico su quali obiettivi lavora e chi è il titolare del suo settore?",
  "MARIGLIANO Raimondo Enrico (C1) partecipa ai due obiettivi del Settore 08. Polizia locale: Controlli stradali "
  "e Sicurezza urbana (entrambi obiettivi pluriennali 2023-2025, fase 2). Il titolare del Settore 08 è CAIANI "
  "Massimo.",
  [["CAIANI"], ["controlli stradali"], ["sicurezza urbana"]],
  [(PERF, "MARIGLIANO Raimondo Enrico\tC1"),
   (PERF, "01/01/2024\t31/12/2024\tCAIANI Massimo\ttitolare")])

# 028 - VP 2.1 Ambiente -> performance 02.1 objectives -> settori 07 and 06 -> titolari.
q("multi_hop",
  "Progetto 2.1 Ambiente del piano 2023-2025: a quali obiettivi 2024 corrisponde e chi sono i titolari dei "
  "settori che li seguono?",
  "Nel piano performance 2024 l'obiettivo strategico 02.1 Progetto Ambiente comprende l'efficientamento "
  "energetico (fase 1), affidato al Settore 07. Lavori pubblici (titolare BARTUCCI Grazia Maria), e il "
  "monitoraggio amianto (obiettivo biennale, fase 1), affidato al Settore 06. Governo del territorio e ambiente "
  "(titolare BIANCHI Maurizio).",
  [["BARTUCCI"], ["BIANCHI"]],
  [(VP, "OBIETTIVO STRATEGICO DI MANDATO – PROGETTO 2.1 AMBIENTE"),
   (PERF, "OBIETTIVO PLURIENNALE - EFFICIENTAMENTO ENERGETICO - FASE 1"),
   (PERF, "OBIETTIVO BIENNALE - MONITORAGGIO AMIANTO (FASE 1)")])

# =====================================================================================================
# CONFRONTO (4) - each group from a different side
# =====================================================================================================

# 029 - Institutional website: CM (PNRR measure 1.4.1) vs magentino (Legge 120/2020).
q("confronto",
  "Sito istituzionale: a quale norma o misura si rifanno Cassano Magnago e il magentino?",
  "Cassano Magnago realizza il nuovo sito istituzionale nel rispetto delle indicazioni della misura PNRR 1.4.1 "
  "(componenti \"cittadino informato\" e \"cittadino attivo\"). Il magentino, nell'obiettivo di migliorare la "
  "navigabilità del sito, richiama la corretta applicazione della Legge 120/2020 (semplificazione e innovazione "
  "digitale).",
  [["1.4.1"], ["120/2020"]],
  [(CM, "nel rispetto delle indicazioni della misura PNRR 1.4.1"),
   (MAG, "corretta applicazione della Legge 120/2020")])

# 030 - Library management: magentino evaluates outsourcing vs CM keeps lending/interlending service.
q("confronto",
  "Biblioteca: magentino e Cassano Magnago come pensano di gestirla? qualcuno vuole esternalizzare?",
  "Il magentino, nell'obiettivo \"Gestire la biblioteca, le attività culturali e le manifestazioni\", valuta la "
  "riorganizzazione del servizio con affidamento della gestione in esterno (indicatore: istruttoria per "
  "esternalizzazione del servizio). Cassano Magnago invece prevede il servizio bibliotecario di prestito e "
  "interprestito libri, il Gruppo Lettura presso la biblioteca Collodi e incontri con scrittori, senza parlare di "
  "affidamento esterno.",
  [["esterno", "esternalizzazione"], ["interprestito", "Gruppo Lettura"]],
  [(MAG, "riorganizzazione del servizio con affidamento della gestione in esterno"),
   (CM, "Servizio bibliotecario di prestito e interprestito libri")])

# 031 - Elderly people at home: CM (supplement to care-home fees) vs magentino (self-help). Typo "anzani".
q("confronto",
  "mantenere gli anzani a casa loro: che strumenti usano Cassano Magnago e il magentino?",
  "Cassano Magnago (obiettivo 5.2.3, Area alla Persona) sostiene i nuclei familiari per mantenere l'anziano nel "
  "proprio ambiente e interviene con supporto, coordinamento e integrazione economica delle rette di ricovero in "
  "istituti. Il magentino (\"Agevolare il mantenimento a domicilio delle persone anziane\") collabora con "
  "associazioni, rete di volontari comunali e famiglie per promuovere azioni di auto mutuo aiuto, con "
  "progetti/protocolli propedeutici alla stesura del PAI.",
  [["rette"], ["mutuo aiuto"]],
  [(CM, "Sostegno ai nuclei familiari per interventi che favoriscano il mantenimento"),
   (MAG, "Agevolare il mantenimento a domicilio delle persone anziane")])

# 032 - VP 2023-25: project 8.2 Industria in two missions (Turismo vs Sviluppo economico).
q("confronto",
  "Nel VP 2023-2025 il progetto 8.2 Industria compare in due missioni: cosa cambia tra le due formulazioni?",
  "Nella Missione 7 - Turismo il progetto 8.2 Industria punta a sostenere nuove opportunità di lavoro soprattutto "
  "nel campo turistico-ricettivo; nella Missione 14 - Sviluppo economico e competitività punta a favorire "
  "insediamenti produttivi che impegnino lavoratori di Cassano.",
  [["turistico-ricettivo"], ["insediamenti produttivi"]],
  [(VP, "Sostenere nuove opportunità di lavoro soprattutto nel campo turistico-ricettivo"),
   (VP, "Favorire insediamenti produttivi che impegnino lavoratori di Cassano.")])

# =====================================================================================================
# TEMPISTICA (4)
# =====================================================================================================

# 033 - CM: half-year reports of the subsidiaries (31 July / 31 January).
q("tempistica",
  "A Cassano Magnago entro quando le partecipate devono mandare le relazioni semestrali?",
  "Per il controllo strategico sulle società partecipate di Cassano Magnago è prevista una relazione semestrale: "
  "entro il 31 luglio per il primo semestre ed entro il 31 gennaio per il secondo semestre di ogni anno, con "
  "report sullo stato di attuazione del contratto di servizio, poi trasmessa al Consiglio Comunale.",
  [["31 luglio"], ["31 gennaio"]],
  [(CM, "entro il 31 luglio ed il 31 gennaio riferita al secondo semestre")])

# 034 - CM: recovery of residui attivi, two phases.
q("tempistica",
  "recupero dei residui attivi: in che periodi dell'anno sono previste le due fasi?",
  "Nell'obiettivo di recupero dei residui attivi (Responsabile Area Risorse): in sede di riaccertamento il "
  "responsabile finanziario comunica gli accertamenti non riscossi al responsabile del capitolo a gennaio – "
  "febbraio; il responsabile del capitolo avvia poi il recupero degli importi da aprile a dicembre.",
  [["febbraio"], ["aprile"]],
  [(CM, "In sede di riaccertamento dei residui attivi, il responsabile finanziario"),
   (CM, "Il responsabile del capitolo di bilancio che ha generato il residuo attivo")])

# 035 - CM: reading group every last Wednesday of the month.
q("tempistica",
  "Ogni quanto si riunisce il gruppo di lettura in biblioteca?",
  "Il Gruppo Lettura si riunisce ogni ultimo mercoledì del mese presso la biblioteca comunale Collodi "
  "(2025/2026/2027), nell'obiettivo di promozione della lettura di Cassano Magnago.",
  [["ultimo mercoledì"], ["Collodi"]],
  [(CM, "Gruppo Lettura ogni ultimo mercoledì del mese")])

# 036 - Cassano d'Adda performance: drafting the PIAO 2025-2027 timetable in the two PIAO objectives.
q("tempistica",
  "A Cassano d'Adda quando è prevista la stesura del cronoprogramma per il PIAO 2025-2027?",
  "Nell'obiettivo del Segretario generale (monitorare, integrare e aggiornare il PIAO) la fase 3, stesura del "
  "cronoprogramma per il PIAO 2025-2027, è prevista a NOVEMBRE/DICEMBRE. Nell'obiettivo di supporto del Settore "
  "01 Affari generali il supporto alla stesura del cronoprogramma e all'avvio dei lavori per il PIAO 2025/2027 è "
  "previsto OTTOBRE-DICEMBRE.",
  [["novembre/dicembre", "novembre"], ["ottobre-dicembre", "ottobre"]],
  [(PERF, "FASE 3 - Stesura cronoprogramma per PIAO 2025-2027 - NOVEMBRE/DICEMBRE"),
   (PERF, "stesura cronoprogramma e avvio lavori per PIAO 2025/2027 - OTTOBRE-DICEMBRE")])

# =====================================================================================================
# NUMERICO (4)
# =====================================================================================================

# 037 - Cassano d'Adda performance: paper files in the historic commerce archive (1.100).
q("numerico",
  "Quante pratiche cartacee ci sono nell'archivio storico del commercio da digitalizzare?",
  "Nell'obiettivo Commercio: digitalizzazione documentazione e allineamento procedure (fase 1), l'indicatore sulla "
  "% di istanze dell'archivio storico commercio digitalizzate indica N. istanze cartacee = 1.100.",
  [["1.100", "1100"]],
  [(PERF, "N. Istanze cartacee= 1.100")])

# 038 - Cassano d'Adda performance: PNRR funds quoted in the critical factors (191,5 + 30,6 billion).
q("numerico",
  "Di quanti miliardi è il PNRR secondo il piano performance di Cassano d'Adda, e quanto aggiunge il Piano "
  "nazionale complementare?",
  "Nei fattori critici dell'obiettivo Attuazione PNRR PA digitale 2026 si legge che il PNRR dispone di fondi "
  "europei per 191,5 miliardi di euro, a cui si aggiungono 30,6 miliardi finanziati dallo Stato italiano con il "
  "Piano Nazionale Complementare.",
  [["191,5"], ["30,6"]],
  [(PERF, "191,5 miliardi di euro, a cui si aggiungono 30,6 miliardi")])

# 039 - Cassano d'Adda performance: minimum weight of payment-time objectives in the result bonus (30%).
q("numerico",
  "Gli obiettivi sui tempi di pagamento quanto devono pesare almeno sulla retribuzione di risultato?",
  "Secondo l'art. 4-bis del D.L. n. 13/2023 (convertito nella legge n. 41/2023), richiamato nell'obiettivo "
  "intersettoriale sul rispetto dei tempi medi di pagamento, gli obiettivi annuali sui tempi di pagamento sono "
  "valutati ai fini della retribuzione di risultato in misura non inferiore al 30 per cento.",
  [["30 per cento"]],
  [(PERF, "della retribuzione di risultato, in misura non inferiore al 30 per cento")])

# 040 - magentino: legislative decree quoted in the soil-protection objective (D.Lgs. 152/2006).
q("numerico",
  "Tutela del suolo nel magentino: quale D.Lgs. è citato per i procedimenti da gestire e chiudere?",
  "Nell'obiettivo \"Tutelare il suolo e le altre matrici ambientali\" (programma 09.04) l'indicatore prevede la "
  "gestione e chiusura dei procedimenti di cui al D.Lgs. 152/2006.",
  [["152/2006"]],
  [(MAG, "Gestione e chiusura dei procedimenti di cui al D.Lgs. 152/2006")])

# =====================================================================================================
# NON_PRESENTE (5) - not answered by the plans: must_contain empty, evidence empty, doc null
# =====================================================================================================

# 041 - cost not stated: the Palazzetto Tacca objective (CM) describes the works but gives no amount.
q("non_presente",
  "Quanto costa l'ampliamento del Palazzetto Tacca con i nuovi spogliatoi?",
  "Il costo non è indicato: il piano di Cassano Magnago descrive l'ampliamento del Palazzetto Tacca con il nuovo "
  "corpo spogliatoi e la procedura dell'art. 5 del D.Lgs. 38/2021, ma non riporta importi.",
  [], [])

# 042 - person not named: Cassano Magnago names offices ("Responsabile Area Risorse"), never people.
q("non_presente",
  "come si chiama il responsabile dell'area risorse di cassano magnago?",
  "Il nome non è indicato: il piano di Cassano Magnago riporta solo la funzione (\"Responsabile Area Risorse\") "
  "e non riporta i nominativi dei responsabili.",
  [], [])

# 043 - topic absent from all five plans: school transport / school bus.
q("non_presente",
  "C'è un obiettivo sul trasporto scolastico o sullo scuolabus in qualcuno dei piani?",
  "Non risulta: nei piani non sono presenti obiettivi sul trasporto scolastico o sullo scuolabus (ci sono "
  "servizi di pre e post scuola e di assistenza mensa, ma non il trasporto).",
  [], [])

# 044 - cost not stated: the new Polo Scolastico is only named in the magentino table.
q("non_presente",
  "Qual è l'importo previsto per il nuovo Polo Scolastico nel magentino?",
  "L'importo non è indicato: la tabella del magentino cita la costruzione del nuovo Polo Scolastico ma non "
  "riporta costi o stanziamenti.",
  [], [])

# 045 - period outside the corpus: no Cassano d'Adda PIAO 2021-2023 among the documents.
q("non_presente",
  "Quali obiettivi aveva Cassano d'Adda nel PIAO 2021-2023 per la polizia locale?",
  "Non è presente: per Cassano d'Adda i documenti sono il PIAO 2023-2025 (valore pubblico) e il PIAO 2024-2026 "
  "(performance); il PIAO 2021-2023 non è tra i documenti, quindi i suoi obiettivi non sono disponibili nei piani.",
  [], [])


def main() -> None:
    assert len(ROWS) == 45, len(ROWS)
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in ROWS), encoding="utf-8")
    print(f"wrote {len(ROWS)} questions to {OUT}")


if __name__ == "__main__":
    main()
