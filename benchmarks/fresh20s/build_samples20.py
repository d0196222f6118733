"""Build benchmarks/fresh20s/samples20_qa.jsonl: 45 held-out questions on the five sample plans.

Written blind: the only sources are the five texts in data/samples/ and the format in
/work/shared/eval/README.md. One commented block per question, grouped by type. Anchors are verbatim
single-line substrings (20-80 chars) of the named file; "\t" marks a TAB of the source line. Every
must_contain alternative occurs in the normalised text of the evidence documents (checked by
samples20_check.py). Facts already asked by fresh15s / fresh17s / fresh19s (as far as their READMEs and
the fresh19s build comments show) were avoided; see README.md.

Mix (weighted to the hardest types): elenco 10, indicatore 8, obiettivo 8, responsabile 6, numerico 4,
tempistica 3, confronto 2, non_presente 4.

Usage: python benchmarks/fresh20s/build_samples20.py
"""
from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "samples20_qa.jsonl"

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
        "id": f"f20s-{len(Q) + 1:03d}",
        "question": question,
        "answer": answer,
        "must_contain": must,
        "doc": doc,
        "evidence": evidence,
        "evidence_docs": docs,
        "type": type_,
    })


# =========================================================================================================
# ELENCO (10) - complete lists; must_contain requires at least three items
# =========================================================================================================

# 001 - Cassano d'Adda 2024, "Conoscere per prevenire: contrasto alla violenza di genere" (04 Cultura, sport
# e valorizzazione turistica): all five employees. The names recur in other Settore 04 objectives, so the
# right table must be picked (Bibliobebè has only three of them, Commercio two). The employee anchor
# also occurs in the Bibliobebè table; either occurrence counts.
q("elenco",
  "chi sono i dipendenti che lavorano sull'obiettivo contro la violenza sulle donne a Cassano d'Adda? mi "
  "servono tutti i nomi",
  "All'obiettivo «Conoscere per prevenire: contrasto alla violenza di genere» (obiettivo di pari opportunità, "
  "Settore 04. Cultura, sport e valorizzazione turistica) partecipano cinque dipendenti: BRAMBILLA Giorgio "
  "(C6), CALVI Alessandro (C2), BACCILIERI Arianna (C1), GRECO Eleonora (C3) e VERGANI Manuela (D5).",
  [["BRAMBILLA Giorgio"], ["CALVI"], ["BACCILIERI"], ["GRECO"], ["VERGANI"]],
  ["CONOSCERE PER PREVENIRE: CONTRASTO ALLA VIOLENZA DI GENERE",
   "BACCILIERI Arianna\tC1"], [PERF, PERF])

# 002 - Cassano d'Adda 2024, AIR/VIR objective (00 Segretario generale, semplificazione fase 1/3): the five
# phases. Asked without "AIR"/"VIR": "qualità dei regolamenti", "analisi d'impatto".
q("elenco",
  "Quali sono tutte le fasi previste nel 2024 dal segretario di Cassano d'Adda per migliorare la qualità dei "
  "regolamenti comunali con l'analisi d'impatto?",
  "L'obiettivo «Migliorare la qualità della normazione prodotta dall'Ente» mediante AIR e VIR (00. Segretario "
  "generale, obiettivo di semplificazione pluriennale, fase 1/3) prevede: FASE 1 studio della normativa e "
  "delle buone prassi su AIR e VIR (febbraio/marzo); FASE 2 costituzione gruppi di lavoro intersettoriali / "
  "unità di progetto (aprile); FASE 3 definizione direttiva e schede analisi AIR e VIR (maggio/agosto); FASE 4 "
  "mappatura dei regolamenti e delle direttive in vigore (settembre/ottobre); FASE 5 adozione delibera "
  "consiliare «massiva» di semplificazione, con abrogazione/disapplicazione di regolamenti (novembre/dicembre).",
  [["studio della normativa"], ["gruppi di lavoro"], ["schede"], ["mappatura"], ["massiva", "abrogazione"]],
  ["FASE 2 - Costituzione gruppi di lavoro intersettoriali/unità di progetto",
   "FASE 4 - Mappatura dei regolamenti e delle direttive in vigore",
   "FASE 5 - Adozione delibera consiliare \"massiva\" di semplificazione"], [PERF, PERF, PERF])

# 003 - Cassano d'Adda 2024, "Sicurezza urbana" (08 Polizia Locale): all indicators with values. Earlier sets
# asked the indicators of "Controlli stradali", never these.
q("elenco",
  "con quali indicatori si misura l'obiettivo della polizia locale di Cassano d'Adda per far sentire più "
  "sicuri i cittadini nei quartieri? li voglio tutti con i valori",
  "Obiettivo «Sicurezza urbana» (08. Polizia Locale, pluriennale 2023-2025 fase 2). Indicatori: % rispetto "
  "tempi e fasi; n. aree coinvolte nel controllo di vicinato (partenza 3 aree, arrivo 3 aree); riduzione del "
  "termine per le ordinanze lavori pubblici da 30 giorni a 20 giorni; customer dello sportello con almeno 60% "
  "soddisfatti; aumento del 10% delle sanzioni art. 38 bis RPU (da 32 a 35); aumento del 2,5% del monte ore "
  "di attività esterna (partenza 54,42%).",
  [["vicinato"], ["20 giorni"], ["60%"], ["38 bis"], ["2,5%"]],
  ["N. aree coinvolte oggetto di controllo di vicinato.",
   "Aumento del 10% sanzioni art. 38 bis RPU",
   "Aumento del 2,5% monte ore attività esterna"], [PERF, PERF, PERF])

# 004 - Cassano Magnago, strategic objective 1.1.5 (gestione oculata del bilancio): its seven 1st-level
# objectives. fresh19s only asked the payment-times one inside a comparison.
q("elenco",
  "Cassano Magnago: mi elenchi tutti gli obiettivi operativi di primo livello che stanno sotto il 1.1.5, quello "
  "sul bilancio e sul contenimento della pressione fiscale?",
  "Sotto l'obiettivo strategico 1.1.5 ci sono sette obiettivi di 1° livello, tutti del Responsabile Area "
  "Risorse: 1) analizzare, gestire e controllare i flussi finanziari del bilancio; 2) attivazione puntuale "
  "delle procedure per il recupero dei residui attivi; 3) misure organizzative per la tempestività dei "
  "pagamenti; 4) monitorare alcuni servizi interni ai fini del controllo di gestione; 5) equità sociale tra i "
  "contribuenti con azioni di contrasto all'evasione e all'elusione; 6) ridurre il contenzioso tributario "
  "(autotutela); 7) semplificazione degli adempimenti con modelli di pagamento compilati e assistenza per "
  "l'IMU (F24).",
  [["flussi finanziari"], ["residui attivi"], ["tempestività dei pagamenti"], ["evasione"], ["contenzioso"]],
  ["Attivazione puntuale delle procedure per il recupero dei residui attivi",
   "Perseguire l'equità sociale tra i cittadini contribuenti",
   "Ridurre i livelli di contenzioso tributario degli anni precedenti"], [CM, CM, CM])

# 005 - Cassano Magnago, strategic objective 2.2.4 (protezione civile, rischio idrogeologico): its three
# 1st-level objectives. Typo "protezzione".
q("elenco",
  "quali obiettivi ha Cassano Magnago per la protezzione civile e il rischio idrogeologico? elencali",
  "Sotto l'obiettivo strategico 2.2.4 (supporto al gruppo comunale di protezione civile) ci sono tre "
  "obiettivi: 1) accordo con l'Agenzia Interregionale per il fiume Po (Aipo) per la manutenzione dei torrenti "
  "locali (Area Territorio); 2) impiego delle associazioni di volontariato di protezione civile per il "
  "supporto operativo e logistico a eventi e manifestazioni (Area Polizia Locale); 3) sensibilizzare i "
  "cittadini sui rischi con una formazione dedicata al Piano di Emergenza Comunale (Area Territorio).",
  [["aipo"], ["volontariato"], ["piano di emergenza"]],
  ["Addivenire ad un accordo con l'Agencia Interregionale per il fiume PO (Aipo)",
   "Attraverso l'organizzazione e l'impiego delle associazioni di volontariato",
   "con una formazione dedicata al Piano di Emergenza Comunale"], [CM, CM, CM])

# 006 - Cassano Magnago 3.1.5, confirmed cultural events: the three 2nd-level activities and their months.
q("elenco",
  "Quali appuntamenti culturali fissi conferma il comune di Cassano Magnago e in quali mesi si fanno?",
  "Obiettivo «Confermare le iniziative culturali» (3.1.5, Area Attività Educativa e per il tempo libero): "
  "1) concerto d'inizio anno con il Corpo Musicale Cassanese (gennaio); 2) stagione musicale e concerto "
  "pianistico con l'associazione «Più che suono» (dicembre-luglio); 3) condivisione della programmazione "
  "della stagione teatrale (ottobre-maggio).",
  [["corpo musicale cassanese"], ["più che suono"], ["stagione teatrale"]],
  ["Concerto d'inizio anno con il Corpo Musicale Cassanese",
   "Stagione musicale e concerto pianistico con l'associazione \"Più che suono\"",
   "Condividere la programmazione della stagione teatrale"], [CM, CM, CM])

# 007 - magentino 11.01 "Gestire la Protezione civile": all stakeholders.
q("elenco",
  "Nel piano del magentino, per la gestione della protezione civile, quali sono gli stakeholder indicati?",
  "Per l'obiettivo «Gestire la Protezione civile» (programma 11.01) gli stakeholder sono: R.O.C. P.C. Comune "
  "di Boffalora, Comune di Boffalora S/T, Comune di Magenta, Protezione Civile di Magenta, cittadini.",
  [["r.o.c."], ["boffalora"], ["comune di magenta"], ["protezione civile di magenta"]],
  ["Gestire la Protezione civile",
   "R.O.C. P.C. Comune di Boffalora, Comune di Boffalora S/T, Comune di Magenta"], [MAG, MAG])

# 008 - magentino Missione 09: all five operational objectives.
q("elenco",
  "mi elenchi gli obiettivi operativi della missione sullo sviluppo sostenibile e la tutela dell'ambiente nel "
  "documento del magentino?",
  "Nella Missione 09 ci sono cinque obiettivi operativi: 1) tutelare il suolo e le altre matrici ambientali "
  "(09.04); 2) rinnovare il servizio di manutenzione del verde (09.02); 3) garantire il servizio di igiene "
  "urbana (09.03); 4) valorizzare e mantenere le aree a verde (09.05); 5) ridurre le emissioni di CO2 e "
  "monitorare i consumi (09.02).",
  [["suolo"], ["manutenzione del verde"], ["igiene urbana"], ["aree a verde"], ["co2"]],
  ["Tutelare il suolo e le altre matrici ambientali",
   "Rinnovare il servizio di manutenzione del verde",
   "Ridurre le emissioni di CO2 e monitorare i consumi"], [MAG, MAG, MAG])

# 009 - Cassano d'Adda 2024: all objectives of Settore 06 Governo del territorio e ambiente (summary table).
q("elenco",
  "Quali obiettivi 2024 sono assegnati al settore governo del territorio e ambiente di Cassano d'Adda?",
  "Al Settore 06. Governo del territorio e ambiente sono assegnati quattro obiettivi: 1) obiettivo biennale "
  "monitoraggio amianto (fase 1, Rif. DUP 2.1.4); 2) censimento del verde (Rif. DUP 03.03.01); "
  "3) digitalizzazione archivio pratiche amministrative (mezzi pubblicitari); 4) digitalizzazione registro "
  "pratiche paesaggistiche (entrambi Rif. DUP 10.1.8).",
  [["amianto"], ["censimento del verde"], ["mezzi pubblicitari"], ["paesaggistiche"]],
  ["OBIETTIVO BIENNALE - MONITORAGGIO AMIANTO (FASE 1)",
   "DIGITALIZZAZIONE ARCHIVIO PRATICHE AMMINISTRATIVE (MEZZI PUBBLICITARI)",
   "DIGITALIZZAZIONE REGISTRO PRATICHE PAESAGGISTICHE"], [PERF, PERF, PERF])

# 010 - Cremosano: the twelve strategic priorities. fresh19s asked two of them (9 and 10) one at a time.
q("elenco",
  "quali sono le priorità strategiche di Cremosano? tutte e dodici",
  "Le 12 priorità strategiche (Obiettivi Generali) di Cremosano sono: 1. Cura del territorio; 2. Cultura e "
  "creatività; 3. Partecipazione; 4. Cremosano solidale; 5. Custodire Cremosano; 6. Cremosano e sport; 7. La "
  "scuola, investimento sul futuro; 8. Cremosano da abitare; 9. Cremosano in movimento; 10. Cremosano, lavoro "
  "ed eccellenze; 11. Da smart city a smart land; 12. Un comune di qualità, trasparente e che innova.",
  [["cura del territorio"], ["custodire cremosano"], ["cremosano da abitare"], ["smart land"],
   ["trasparente"]],
  ["Le priorità strategiche rappresentano gli Obiettivi Generali",
   "11. Da smart city a smart land",
   "12. Un comune di qualità, trasparente e che innova"], [CRE, CRE, CRE])

# =========================================================================================================
# INDICATORE (8) - indicator and its target, objective named by paraphrase
# =========================================================================================================

# 011 - Cassano d'Adda "Controlli stradali": electric scooters, 30 dedicated services. No municipality named
# (only this plan has it). Typo "monopatini". Earlier sets asked the revisions, school and disabled-bay
# indicators of the same objective.
q("indicatore",
  "quanti servizi di controllo sui monopatini elettrici devono fare i vigili nel 2024 per centrare il target?",
  "Nell'obiettivo «Controlli stradali» di Cassano d'Adda (08. Polizia Locale) l'indicatore «Controlli su "
  "monopattini elettrici» ha come dato di arrivo lo svolgimento di 30 servizi appositi (dimensione attesa 30).",
  [["30 servizi"]],
  ["Controlli su monopattini elettrici",
   "Dato di arrivo: svolgimento 30 servizi appositi"], [PERF, PERF])

# 012 - Cassano d'Adda, training on the new procurement code (01 Affari generali): 7 forms, 8 operators
# accredited, EUR 960 saved. fresh19s asked only the EUR 40.000 threshold of this objective.
q("indicatore",
  "Cassano d'Adda, formazione interna su acquisti telematici e CIG: quanti documenti di modulistica vanno "
  "preparati, quanti operatori abilitati sulle piattaforme e quanto si conta di risparmiare?",
  "Nell'obiettivo di formazione interna sul nuovo codice dei contratti, procedure telematiche e CIG (01. "
  "Affari generali): predisposizione modulistica, attesi n. 7 documenti (dimensione attesa 7); accreditamento "
  "sulle piattaforme digitali degli operatori individuati per ogni settore, dimensione attesa 8; 2 sessioni "
  "formative per dipendente dell'u.o. Gare e contratti; risparmio atteso 960 € (corso di 2 h per 8 "
  "dipendenti a 60 €/h).",
  [["7 documenti", "7 moduli"], ["8"], ["960"]],
  ["Predisposizione modulistica - attesi n. 7 documenti",
   "Accreditamento / abilitazione ad operare sulle piattaforme digitali"], [PERF, PERF])

# 013 - Cassano d'Adda, Settore 5 mixed (paper/digital) processes: 6 processes, -20% prints.
q("indicatore",
  "allo Spazio Città di Cassano d'Adda di quanto devono calare le stampe su carta e quanti procedimenti "
  "devono diventare tutti digitali?",
  "Nell'obiettivo sui processi di natura mista del Settore 5 (05. Spazio Città) gli indicatori sono: n. di "
  "processi revisionati e digitalizzati, dimensione attesa 6 (almeno sei procedimenti: tre da aprile ad agosto e tre da "
  "settembre a dicembre); diminuzione del numero delle stampe prodotte rispetto alla media degli ultimi 2 "
  "anni: riduzione del 20% (% prevista 20).",
  [["sei procedimenti", "6 procedimenti", "6 processi", "sei processi"], ["20%", "20 %"]],
  ["N. di processi revisionati e digitalizzati",
   "diminuzione del numero delle stampe prodotte rispetto alla media degli ultimi"], [PERF, PERF])

# 014 - Cassano d'Adda "Promozione del territorio" (04): +30% events (base 10 in 2023), +10% partners
# (base 22).
q("indicatore",
  "di quanto devono aumentare gli eventi per attirare turisti a Cassano d'Adda rispetto al 2023, e da quanti "
  "eventi e collaborazioni si parte?",
  "Nell'obiettivo «Promozione del territorio» (04. Cultura, sport e valorizzazione turistica, pluriennale "
  "fase 1): aumento degli eventi di promozione del territorio del 30% (2024 su 2023, % prevista 30), partendo da 10 eventi "
  "nel 2023; attuazione con almeno un partner del territorio, % prevista 30; aumento delle collaborazioni con "
  "partner esterni (sponsorizzazioni, contributi, patti di collaborazione) del 10%, partendo da 22 "
  "collaborazioni nel 2023.",
  [["30%", "30 %"], ["10 eventi"], ["22"]],
  ["dato 2023 = n. 10 eventi",
   "dato 2023 = n. 22 collaborazioni"], [PERF, PERF])

# 015 - Cassano d'Adda, landscape-permit register (06): 445/445 into Solo1. No municipality named.
q("indicatore",
  "quante pratiche del registro delle autorizzazioni per i vincoli sul paesaggio vanno digitalizzate e in "
  "quale programma vanno registrate?",
  "Nell'obiettivo «Digitalizzazione registro pratiche paesaggistiche» di Cassano d'Adda (06. Governo del "
  "territorio e ambiente) le pratiche del registro da digitalizzare sono 445/445 (dimensione attesa 445), con "
  "scansione e digitalizzazione al 100% nel programma Solo1 e successivo collegamento alle pratiche edilizie.",
  [["445"], ["solo1"]],
  ["n. pratiche del registro da digitalizzare (445/445)",
   "Registrazione delle pratiche nel registro digitalizzato \"Solo1\""], [PERF, PERF])

# 016 - Cassano d'Adda, training on contractual rules for staff (01 Affari generali): EUR 12.600 saved,
# customer satisfaction 70% with marks above 7/10.
q("indicatore",
  "per i corsi interni ai dipendenti di Cassano d'Adda su permessi, presenze e busta paga, quanto si conta di "
  "risparmiare e che soddisfazione bisogna ottenere?",
  "Nell'obiettivo «Formazione interna al personale dipendente in materia di istituti contrattuali» (01. "
  "Affari generali): risparmio conseguito con formazione interna di € 12.600,00 (1 h € 70,00 - 6 ore x 30 "
  "dipendenti); customer satisfaction al 70% (% prevista 70, votazione superiore a 7/10); si misura anche la % di "
  "riduzione delle attività correttive su permessi e istituti contrattuali.",
  [["12.600"], ["70%", "70 %"], ["7/10"]],
  ["1 h € 70,00 - 6 ore x 30 dipendenti = € 12.600,00",
   "FORMAZIONE INTERNA AL PERSONALE DIPENDENTE IN MATERIA DI ISTITUTI CONTRATTUALI"], [PERF, PERF])

# 017 - Cassano d'Adda "Open bilancio" (02 Finanziario e tributi): indicators incl. the channels.
q("indicatore",
  "come viene misurato a Cassano d'Adda l'obiettivo di rendere i conti del comune comprensibili a tutti? su "
  "quali canali si diffondono i dati?",
  "L'obiettivo «Open bilancio» (02. Finanziario e tributi) ha come indicatori: % rispetto fasi e tempi; n. "
  "report; n. canali di comunicazione e diffusione dei dati e documenti (sito istituzionale dell'ente, "
  "giornalino comunale, app Municipium, telegram...).",
  [["report"], ["giornalino"], ["municipium"], ["telegram"]],
  ["n. canali di comunicazione e diffusione dei dati e documenti",
   "giornalino comunale, app Municipium, telegram"], [PERF, PERF])

# 018 - magentino 03.01 first objective (polizia giudiziaria, stradale...): output indicator.
q("indicatore",
  "nel magentino come si misura il presidio del territorio da parte della polizia locale? c'è qualche "
  "aumento previsto?",
  "Per l'obiettivo «Garantire la gestione ottimale dei servizi di polizia giudiziaria, pubblica sicurezza, "
  "stradale...» (programma 03.01) l'indicatore di output è il mantenimento del chilometraggio annuo per i "
  "servizi di pattugliamento, del numero dei posti di controllo del traffico e dei controlli in materia "
  "commerciale, edilizia e ambientale, con un aumento del 10% delle ore dei servizi di prossimità.",
  [["chilometraggio"], ["10%"], ["prossimità"]],
  ["Mantenimento del chilometraggio annuo per i servizi di pattugliamento",
   "Aumento del 10% delle ore dei servizi di prossimità."], [MAG, MAG])

# =========================================================================================================
# OBIETTIVO (8) - purpose / motivation / expected value, asked in paraphrase
# =========================================================================================================

# 019 - Cassano Magnago 4.1.1 "Progetto Praticamente adolescenti": motivation and expected value, asked
# through its 2nd-level description (schools + parish, outside experts).
q("obiettivo",
  "a Cassano Magnago a cosa serve il progetto per i ragazzi con gli incontri a scuola organizzati insieme "
  "alla parrocchia e a esperti esterni?",
  "È il «Progetto Praticamente adolescenti» (4.1.1, Area attività educative e per il tempo libero). La "
  "motivazione è rafforzare l'inclusione di alcune fasce d'età più vulnerabili e aiutare le famiglie; il "
  "valore atteso è aumentare il coinvolgimento dei ragazzi negli incontri presso gli istituti scolastici e una "
  "partecipazione più attiva delle famiglie alla formazione sul tema proposto, tramite un tavolo tecnico con "
  "scuole e parrocchia.",
  [["inclusione"], ["famiglie"]],
  ["Progetto Praticamente adolescenti",
   "Rafforzare l'inclusione di alcune fasce d'età più vulnerabili"], [CM, CM])

# 020 - Cassano Magnago 1.2.3, roundabouts: what they are for.
q("obiettivo",
  "perché a Cassano Magnago vogliono fare le rotonde agli incroci? cosa si aspettano",
  "L'obiettivo (1.2.3, Area Lavori Pubblici) prevede rotatorie alle intersezioni stradali per migliorare la "
  "fluidità del traffico, ridurre i sinistri stradali, rallentare la velocità delle auto e abbattere le "
  "emissioni nocive e il rumore; la motivazione è garantire livelli di sicurezza a tutti gli utenti della "
  "strada, e il valore atteso una città dove spostarsi anche a piedi o in bicicletta in sicurezza.",
  [["sinistri"], ["rumore"], ["fluidità"]],
  ["Realizzazione rotatorie in corrispondenza di intersezioni stradali",
   "Garantire livelli di sicurezza a tutti gli utenti per migliorare l'ambiente"], [CM, CM])

# 021 - Cremosano priority 8 "Cremosano da abitare": the housing problem and whom it concerns.
q("obiettivo",
  "a Cremosano, sul tema della casa, qual è il problema che il piano vuole affrontare e chi riguarda?",
  "Nella priorità strategica 8 «Cremosano da abitare» il piano rileva che la città presenta ancora un "
  "fabbisogno di abitazioni, ma la domanda non riguarda più solo le famiglie a basso reddito: riguarda gruppi "
  "ancora più deboli, cioè anziani, lavoratori giovani ma precari, immigrati, separati, ammalati, invalidi, "
  "lavoratori espulsi dal processo produttivo e persone colpite da povertà impreviste e improvvise.",
  [["basso reddito"], ["precari"], ["anziani"]],
  ["8. Cremosano da abitare",
   "La città presenta ancora un fabbisogno di abitazioni"], [CRE, CRE])

# 022 - Cassano Magnago 4.2.2, language mediation for foreign pupils: motivation and expected value. No
# municipality named.
q("obiettivo",
  "cosa si vuole ottenere con gli interpreti per i bambini stranieri che arrivano nelle classi?",
  "Nel piano di Cassano Magnago (4.2.2, Area attività educative e per il tempo libero) la motivazione è "
  "supportare gli istituti scolastici nell'integrazione di studenti di diversa lingua e cultura; il valore "
  "atteso è che gli studenti stranieri non vivano il proprio bagaglio culturale come un ostacolo ma come un "
  "valore aggiunto da condividere con i compagni. Il comune collabora con professionisti della mediazione "
  "linguistica di Varese; c'è anche una giornata del menù etnico.",
  [["valore aggiunto"], ["integrazione"]],
  ["Supportare gli istituti scolastici nell'attività di integrazione di studenti",
   "Far in modo che gli studenti stranieri non vivano il proprio bagaglio"], [CM, CM])

# 023 - Cassano d'Adda "Monitoraggio amianto" (06): purpose. "eternit" does not occur in the plan.
q("obiettivo",
  "a che serve la mappatura dei tetti in eternit che sta facendo il comune di Cassano d'Adda?",
  "L'obiettivo biennale «Monitoraggio amianto» (06. Governo del territorio e ambiente) serve ad avere la "
  "chiara e piena conoscenza della presenza di amianto sul territorio comunale, per fornire la più corretta "
  "informazione ai cittadini e gestire le situazioni più critiche, contenendo il pericolo a tutela della "
  "salute dei cassanesi; i dati del rilievo vengono digitalizzati su una mappa del territorio.",
  [["amianto"], ["informazione"], ["salute"]],
  ["La finalità principale dell'obiettivo, quindi, è quella di avere la chiara",
   "Rilievo delle coperture in amianto sul territorio comunale GENNAIO - LUGLIO"], [PERF, PERF])

# 024 - Cassano d'Adda "Analisi straordinaria delle aree fabbricabili" (02): purpose and critical factor.
q("obiettivo",
  "perché il settore finanziario di Cassano d'Adda si mette a mappare i terreni edificabili? a cosa serve?",
  "L'«Analisi straordinaria delle aree fabbricabili» (02. Finanziario e tributi, obiettivo pluriennale di "
  "trasparenza e anticorruzione, fase 1 di 2) mira al riordino del territorio e a fornire gli strumenti per "
  "l'ampliamento della base imponibile, così da contenere nel tempo la pressione fiscale; il problema è che la "
  "banca dati tributaria non è sempre allineata con il PGT.",
  [["base imponibile"], ["pressione fiscale"]],
  ["ANALISI STRAORDINARIA DELLE AREE FABBRICABILI",
   "ampliamento della base imponibile così da contenere nel tempo la pressione"], [PERF, PERF])

# 025 - Cassano d'Adda VP 2023-25, Missione 9 / area tematica 10, project 10.1 "Oltre i confini della
# città": what it aims at for the town centre, the Adda and the disused quarry. Asked without the title.
q("obiettivo",
  "nel PIAO 2023-2025 di Cassano d'Adda cosa ci si propone per il centro città, il fiume e la vecchia cava "
  "dismessa?",
  "È l'obiettivo strategico di mandato - progetto 10.1 «Oltre i confini della città» (area tematica 10, "
  "richiamato nella Missione 9 con valore ambientale e sociale): ripensare e trasformare il centro cittadino "
  "in un luogo da vivere in tutte le ore della giornata, piacevole da percorrere a piedi o in bicicletta, "
  "incentivando le attività commerciali di vicinato e i servizi di qualità e limitando il traffico di "
  "attraversamento; valorizzare le bellezze artistiche e naturali (fiume Adda) e dare un futuro ad aree "
  "dismesse (Cava di Groppello).",
  [["traffico di attraversamento"], ["vicinato"], ["10.1", "oltre i confini"]],
  ["nonché dare un futuro ad aree dismesse (Cava di Groppello)"], [VP])

# 026 - magentino 12.05 "Diversamente abili, ugualmente competenti": what it aims at.
q("obiettivo",
  "nel documento del magentino, cosa si prefigge l'obiettivo per far lavorare le persone con disabilità "
  "valorizzando quello che sanno fare?",
  "È l'obiettivo «Diversamente abili, ugualmente competenti» (programma 12.05): individuare e promuovere "
  "prassi, protocolli, azioni e servizi per agevolare l'inserimento lavorativo delle persone diversamente "
  "abili con la piena valorizzazione delle loro competenze. Stakeholder: famiglie, servizi sociali, SIL, "
  "Ufficio di Piano.",
  [["inserimento lavorativo"], ["competenze"]],
  ["Diversamente abili, ugualmente competenti",
   "agevolare l'inserimento lavorativo delle persone diversamente abili"], [MAG, MAG])

# =========================================================================================================
# RESPONSABILE (6) - three through the Cassano d'Adda org chart (new routes), one political line, two CM
# =========================================================================================================

# 027 - Cassano d'Adda: tree census -> 06 Governo del territorio -> BIANCHI Maurizio (org chart).
q("responsabile",
  "chi è il titolare del settore che deve contare e mappare gli alberi e il verde comunale a Cassano d'Adda? "
  "nome e settore",
  "Il «Censimento del verde» (Rif. DUP 03.03.01, rilievo delle alberature e delle aree a verde) è assegnato al "
  "Settore 06. Governo del territorio e ambiente, il cui titolare dal 01/01/2024 al 31/12/2024 è BIANCHI "
  "Maurizio.",
  [["BIANCHI"], ["governo del territorio"]],
  ["Rilievo - censimento delle alberature e delle aree a verde del Comune",
   "01/01/2024\t31/12/2024\tBIANCHI Maurizio\ttitolare"], [PERF, PERF])

# 028 - Cassano d'Adda: school educators for pupils with disabilities -> 03 -> MORETTI Alessandra.
q("responsabile",
  "Cassano d'Adda: chi è la responsabile del settore che segue gli educatori per gli alunni disabili a "
  "scuola?",
  "L'obiettivo «Assistenza educativa scolastica: sostenere e promuovere l'autonomia degli alunni» (Rif. DUP "
  "6.1.6) è del Settore 03. Servizi alla persona, la cui titolare per il 2024 è MORETTI Alessandra.",
  [["MORETTI"], ["servizi alla persona"]],
  ["Assistenza educativa Scolastica: sostenere e promuovere l'autonomia",
   "01/01/2024\t31/12/2024\tMORETTI Alessandra\ttitolare"], [PERF, PERF])

# 029 - Cassano d'Adda: the staff training plan (neo-assunti, competenze trasversali) -> 00 Segretario
# generale -> BRAMBILLA Fabrizio. Traps: the contractual-rules training belongs to 01 Affari generali, and
# BRAMBILLA Giorgio is an employee of Settore 04.
q("responsabile",
  "A Cassano d'Adda chi ha in carico il piano della formazione 2024-2026 per tutti i dipendenti, quello con "
  "le competenze trasversali e la formazione dei neoassunti? nome e cognome",
  "L'obiettivo «Attuare il Piano della formazione del personale dipendente» (obiettivo di pari opportunità) è "
  "assegnato al 00. Segretario generale, cioè BRAMBILLA Fabrizio (titolare dal 01/01/2024 al 31/12/2024).",
  [["BRAMBILLA Fabrizio"], ["segretario"]],
  ["Attuare il Piano della formazione del personale dipendente",
   "01/01/2024\t31/12/2024\tBRAMBILLA Fabrizio\ttitolare"], [PERF, PERF])

# 030 - Cassano d'Adda political referents of strategic line 03 Opere pubbliche. Typo "assesori".
q("responsabile",
  "chi sono gli assesori di riferimento della linea strategica opere pubbliche a Cassano d'Adda?",
  "Per la linea strategica 03. Opere pubbliche i referenti politici sono Ass. M. Cerri, Ass. R. Stavola e "
  "Ass. D. Bucca.",
  [["Cerri"], ["Stavola"], ["Bucca"]],
  ["Ass. M. Cerri - Ass. R. Stavola - Ass. D. Bucca"], [PERF])

# 031 - Cassano Magnago 3.1.4, the sport festival in the Magana park: political and managerial
# responsibility.
q("responsabile",
  "chi è il responsabile politico e chi quello gestionale della festa dello sport al parco della Magana?",
  "La festa «Gioca Lo Sport» al Parco della Magana (settembre) rientra nell'obiettivo di promozione "
  "dell'offerta sportiva di Cassano Magnago (3.1.4): responsabile politico l'Assessore allo Sport, "
  "responsabile gestionale il Responsabile Area Educativa, Sport e tempo libero.",
  [["assessore allo sport"], ["area educativa"]],
  ["RESPONSABILE POLITICO\tAssessore allo Sport",
   "Organizzare presso il Parco della Magana la festa \"Gioca Lo Sport\""], [CM, CM])

# 032 - Cassano Magnago 3.2.1, upkeep of Parco Magana and Parco di Città -> Area Territorio (trap: most
# park and play-area objectives belong to Area Lavori Pubblici).
q("responsabile",
  "a Cassano Magnago chi è responsabile della cura del verde nei due parchi principali, la Magana e il parco "
  "di Città?",
  "L'obiettivo «Manutenzione delle aree verdi con particolare attenzione al Parco Magana e al parco di Città» "
  "(3.2.1) ha come responsabile gestionale il Responsabile Area Territorio (non i Lavori Pubblici, che "
  "seguono invece sponsorizzazioni del verde e parchi gioco).",
  [["area territorio"]],
  ["Manutenzione delle aree verdi con particolare attenzione al Parco Magana"], [CM])

# =========================================================================================================
# NUMERICO (4)
# =========================================================================================================

# 033 - Cassano d'Adda PEBA objective (07): barrier removal financed with 10% of urbanisation charges.
q("numerico",
  "a Cassano d'Adda gli interventi per togliere le barriere architettoniche con che percentuale di quali "
  "entrate vengono finanziati?",
  "Nell'obiettivo di pari opportunità e accessibilità (07. Lavori pubblici, aggiornamento PEBA) gli "
  "interventi per il superamento delle barriere architettoniche sono finanziati con il 10% dell'incasso degli "
  "oneri di urbanizzazione (accordo quadro), da settembre a dicembre.",
  [["10%"], ["urbanizzazione"]],
  ["finanziati con 10% incasso oneri di urbanizzazione (accordo quadro)"], [PERF])

# 034 - Cassano d'Adda, PNRR critical factors: 191,5 bn EU + 30,6 bn national complementary plan. No
# municipality named.
q("numerico",
  "nel piano della performance a quanti miliardi ammonta il PNRR e quanto ci aggiunge lo Stato col piano "
  "complementare?",
  "Nei fattori critici dell'obiettivo «Attuazione PNRR PA digitale 2026» di Cassano d'Adda si indica che il "
  "PNRR vale 191,5 miliardi di euro di fondi europei, a cui si aggiungono 30,6 miliardi finanziati dallo "
  "Stato italiano con il Piano Nazionale Complementare.",
  [["191,5"], ["30,6"]],
  ["fondi europei per 191,5 miliardi di euro, a cui si aggiungono 30,6 miliardi"], [PERF])

# 035 - Cassano Magnago 4.1.3, CCRR: rules approved by council resolution n. 75 of 25.04.2009.
q("numerico",
  "Con quale delibera è stato approvato il regolamento del consiglio comunale dei ragazzi a Cassano Magnago?",
  "Il CCRR (Consiglio comunale dei ragazzi e delle ragazze) rispetta il regolamento approvato con Delibera di "
  "Consiglio comunale n. 75 del 25.04.2009.",
  [["75"], ["25.04.2009"]],
  ["rispetto del regolamento approvato con Delibera di Consiglio comunale n. 75"], [CM])

# 036 - Cassano Magnago 4.1.1, summer and educational centres with the oratories: ages 3-17. No
# municipality named.
q("numerico",
  "per quali età sono pensati i centri estivi e i centri educativi da potenziare insieme agli oratori?",
  "Nel piano di Cassano Magnago (obiettivo «Potenziamento offerta centri educativi e centri estivi», Area "
  "attività educative e per il tempo libero) l'offerta è rivolta a bambini d'età compresa tra i 3 anni e i 17 "
  "anni; i centri estivi si programmano con la Parrocchia da marzo a luglio.",
  [["3 anni"], ["17 anni"]],
  ["rivolti a bambini d'età compresa tra i 3 anni e i 17 anni"], [CM])

# =========================================================================================================
# TEMPISTICA (3)
# =========================================================================================================

# 037 - Cassano Magnago 1.1.5 budget procedure: previsions by 5 October, council approval by 31 December.
q("tempistica",
  "Cassano Magnago, bilancio di previsione: entro quando i responsabili di servizio devono mandare le "
  "previsioni di entrata e spesa al finanziario, ed entro quando lo approva il consiglio?",
  "Nel cronoprogramma dell'obiettivo sui flussi finanziari (1.1.5): bilancio tecnico ai responsabili entro il "
  "15 settembre; previsioni di entrata e spesa dei responsabili di servizio entro il 5 ottobre (il silenzio "
  "vale come condivisione); versione finale alla giunta entro il 20 ottobre; eventuali modifiche entro il 31 "
  "ottobre; approvazione schema e trasmissione al Consiglio entro il 15 novembre; approvazione del bilancio "
  "da parte del Consiglio entro il 31 dicembre.",
  [["5 ottobre"], ["31 dicembre"]],
  ["I responsabili di servizio predispongono e comunicano al responsabile",
   "Approvazione bilancio da parte del Consiglio\tEntro il 31 dicembre"], [CM, CM])

# 038 - Cassano d'Adda, PNRR Scuola materna Cristo Risorto: PNRR deadlines for completion and CRE. No
# municipality named. fresh17s asked the three urban-regeneration sites, not this school.
q("tempistica",
  "scuola materna Cristo Risorto: secondo il PNRR entro quando vanno finiti i lavori ed entro quando va fatto "
  "il collaudo?",
  "Per il progetto PNRR di messa in sicurezza e riqualificazione energetica della Scuola materna Cristo "
  "Risorto (Cassano d'Adda, 07. Lavori pubblici) i tempi PNRR sono: conclusione lavori entro il 31/12/2025 e "
  "collaudo (CRE) entro il 30/06/2026 (aggiudicazione entro 20/06/2023 e avvio lavori entro 30/11/2023 già "
  "ottemperati). Il cronoprogramma comunale anticipa: fine lavori al 30/09/2024 e CRE al 31/12/2024.",
  [["31/12/2025"], ["30/06/2026"]],
  ["conclusione lavori entro 31/12/2025",
   "collaudo (CRE) lavori entro 30/06/2026"], [PERF, PERF])

# 039 - Cassano Magnago 1.1.5, IMU assistance: acconto and saldo dates.
q("tempistica",
  "quando scadono acconto e saldo IMU per cui il comune di Cassano Magnago dà assistenza ai contribuenti?",
  "Nell'obiettivo di semplificazione degli adempimenti dei contribuenti (1.1.5, Area Risorse, valore atteso "
  "elaborazione dei modelli F24) le scadenze IMU indicate sono: acconto 17 giugno 2024 e saldo 16 dicembre "
  "2024.",
  [["17 giugno"], ["16 dicembre"]],
  ["Acconto 17 giugno 2024 - saldo 16 dicembre 2024"], [CM])

# =========================================================================================================
# CONFRONTO (2) - same attribute in two municipalities
# =========================================================================================================

# 040 - nursery (asilo nido): Cassano Magnago conventions vs magentino possible outsourcing to the
# consortium company.
q("confronto",
  "asili nido: cosa prevedono Cassano Magnago e il magentino? mettili a confronto",
  "Cassano Magnago (4.1.1, Area attività educative) vuole mantenere le convenzioni con l'Asilo Nido privato e "
  "le scuole dell'infanzia paritarie, per soddisfare la domanda rimasta inevasa e sostenere economicamente le "
  "famiglie. Il magentino (04.06) punta a efficientare la gestione dell'asilo nido: verifica della "
  "sostenibilità e di un affidamento del servizio all'azienda speciale consortile servizi alla persona, con "
  "indagini preliminari sui bisogni e sulla sostenibilità dell'affidamento in esterno.",
  [["convenzioni"], ["azienda speciale consortile"]],
  ["Mantenere in essere le convenzioni con l'Asilo Nido privato",
   "Garantire un efficientamento nella gestione dell'asilo nido"], [CM, MAG])

# 041 - school canteen: Cassano Magnago Comitato mensa (Codess) vs magentino new inter-municipal tender.
q("confronto",
  "mensa scolastica: in cosa differiscono Cassano Magnago e il magentino su come la controllano e la "
  "gestiscono?",
  "A Cassano Magnago (4.2.1) il monitoraggio è affidato al Comitato mensa (rappresentanti della Cooperativa "
  "Codess, dirigenti scolastici, genitori di ciascun plesso), con possibile genitore assaggiatore previo nulla "
  "osta ATS e menù valutati dalla tecnologa alimentare. Il magentino (04.06, «Una refezione scolastica di "
  "qualità») punta a economie di gestione, riduzione degli sprechi ed educazione alimentare, con l'indicatore "
  "di attivare una nuova gara intercomunale di affidamento.",
  [["comitato mensa"], ["gara intercomunale"]],
  ["Il Comitato mensa, composto da: i rappresentanti della Cooperativa Codess",
   "Attivare nuova gara intercomunale di affidamento"], [CM, MAG])

# =========================================================================================================
# NON_PRESENTE (4) - one absent from the whole corpus (doc null), three tied to a document with an anchor
# =========================================================================================================

# 042 - school bus: no plan mentions it (no "scuolabus", no "trasporto scolastico").
q("non_presente",
  "quanto costa il servizio scuolabus e quante linee ci sono?",
  "Nei documenti disponibili non è presente alcuna informazione sul servizio scuolabus / trasporto "
  "scolastico: non sono indicati né costi né linee.",
  [], doc=None)

# 043 - Cassano d'Adda, Piazza Garibaldi: the amount of the works is not given (only "30% dell'importo" as an
# intermediate milestone and the deadlines).
q("non_presente",
  "a quanto ammonta in euro l'importo dei lavori di rigenerazione di piazza Garibaldi a Cassano d'Adda?",
  "L'importo in euro dei lavori di Piazza Garibaldi non è indicato nel piano: si riportano solo il "
  "finanziamento PNRR, il termine intermedio del 30/09/2024 (realizzato/pagato il 30% dell'importo) e la fine "
  "lavori al 31/10/2024.",
  [],
  ["Fase 2 - termine intermedio - 30/09/2024: realizzato/pagato 30% dell'importo"], [PERF])

# 044 - Cassano Magnago, "Dopo di Noi": neither location nor cost of the facility is stated.
q("non_presente",
  "dove verrà costruita la struttura per il Dopo di Noi a Cassano Magnago e quanto costerà?",
  "Il piano riporta solo l'attività «Realizzazione di una struttura per il \"Dopo di Noi\"» (2025/2026/2027) "
  "nell'obiettivo di sostegno ai cittadini con disabilità; non è indicato né dove sarà realizzata né il suo "
  "costo.",
  [],
  ["Realizzazione di una struttura per il \"Dopo di Noi\""], [CM])

# 045 - magentino: the DUP table has no responsabile column; no person or sector manager is named for the
# library objective.
q("non_presente",
  "nel piano del magentino chi è il responsabile dell'obiettivo sulla biblioteca e le manifestazioni "
  "culturali?",
  "Il documento del magentino non indica responsabili per i singoli obiettivi: per «Gestire la biblioteca, le "
  "attività culturali e le manifestazioni» (05.02) riporta solo finalità, stakeholder, anni e indicatori; il "
  "nome del responsabile non è riportato.",
  [],
  ["Gestire la biblioteca, le attività culturali e le manifestazioni"], [MAG])


def main() -> None:
    assert len(Q) == 45, len(Q)
    with OUT.open("w", encoding="utf-8") as f:
        for row in Q:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(Q)} questions to {OUT}")


if __name__ == "__main__":
    main()
