"""Build benchmarks/fresh17s/samples17_qa.jsonl: 45 held-out questions on the five sample plans.

Written blind: the only sources are the five texts in data/samples/ and the format in
/work/shared/eval/README.md. One commented block per question, grouped by type. Anchors are verbatim
single-line substrings (20-80 chars) of the named file; "\t" marks a TAB of the source line. Every
must_contain alternative occurs in the normalised text of the evidence documents (checked by
samples17_check.py).

Usage: python benchmarks/fresh17s/build_samples17.py
"""
from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "samples17_qa.jsonl"

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
        "id": f"f17s-{len(Q) + 1:03d}",
        "question": question,
        "answer": answer,
        "must_contain": must,
        "doc": doc,
        "evidence": evidence,
        "evidence_docs": docs,
        "type": type_,
    })


# =========================================================================================================
# ELENCO (8) - the golden answer holds every item
# =========================================================================================================

# 001 - Cassano d'Adda 2024: every objective assigned to Settore 06 Governo del territorio e ambiente
# (summary table: amianto, censimento del verde, mezzi pubblicitari, pratiche paesaggistiche).
q("elenco",
  "Quali sono tutti gli obiettivi operativi 2024 assegnati al settore Governo del territorio e ambiente del "
  "Comune di Cassano d'Adda?",
  "Al Settore 06. Governo del territorio e ambiente sono assegnati quattro obiettivi, tutti da realizzare entro "
  "il 31/12/2024: 1) Obiettivo biennale - Monitoraggio amianto (fase 1, Rif. DUP 2.1.4); 2) Censimento del verde "
  "(Rif. DUP 03.03.01); 3) Digitalizzazione archivio pratiche amministrative (mezzi pubblicitari) (Rif. DUP "
  "10.1.8); 4) Digitalizzazione registro pratiche paesaggistiche (Rif. DUP 10.1.8).",
  [["amianto"], ["censimento del verde"], ["mezzi pubblicitari"], ["paesaggistiche"]],
  ["OBIETTIVO BIENNALE - MONITORAGGIO AMIANTO (FASE 1)",
   "DIGITALIZZAZIONE ARCHIVIO PRATICHE AMMINISTRATIVE (MEZZI PUBBLICITARI)",
   "DIGITALIZZAZIONE REGISTRO PRATICHE PAESAGGISTICHE"], [PERF, PERF, PERF])

# 002 - Cassano d'Adda 2024: every objective of Settore 04 Cultura, sport e valorizzazione turistica.
q("elenco",
  "mi elenchi gli obiettivi del settore cultura, sport e valorizzazione turistica di Cassano d'Adda per il 2024? "
  "tutti, non solo quelli culturali",
  "Il Settore 04. Cultura, sport e valorizzazione turistica ha quattro obiettivi 2024: 1) Promozione del "
  "territorio (obiettivo pluriennale, fase 1, Rif. DUP 7.2.2 - 7.2.3); 2) Avvio del presidio \"Nati per leggere\" "
  "(Rif. DUP 7.2.1, Bibliobebè); 3) Conoscere per prevenire: contrasto alla violenza di genere (obiettivo di pari "
  "opportunità); 4) Commercio: digitalizzazione documentazione e allineamento procedure (obiettivo pluriennale, "
  "fase 1, indirizzo 08 Commercio).",
  [["promozione del territorio"], ["nati per leggere"], ["violenza di genere"],
   ["digitalizzazione documentazione"]],
  ["CONOSCERE PER PREVENIRE: CONTRASTO ALLA VIOLENZA DI GENERE",
   "COMMERCIO: DIGITALIZZAZIONE DOCUMENTAZIONE E ALLINEAMENTO",
   "AVVIO DEL PRESIDIO \"NATI PER LEGGERE\""], [PERF, PERF, PERF])

# 003 - Cassano d'Adda, Polizia Locale, "Sicurezza urbana": all indicators with their values. Typo "Sicureza".
q("elenco",
  "Quali indicatori sono previsti per l'obiettivo Sicureza urbana della polizia locale di Cassano d'Adda? Li "
  "voglio tutti con i valori",
  "Indicatori dell'obiettivo «Sicurezza urbana» (08. Polizia Locale): % rispetto tempi e fasi; N. aree oggetto "
  "di controllo di vicinato (partenza 3 aree, arrivo 3 aree coinvolte); riduzione del termine per le ordinanze "
  "sui lavori pubblici da 30 a 20 giorni; customer: almeno 60% di soddisfatti (voti superiori a \"sufficiente\"); "
  "aumento del 10% delle sanzioni art. 38 bis RPU (da 32 a 35 sanzioni); aumento del 2,5% del monte ore di "
  "attività esterna (partenza 54,42%).",
  [["vicinato"], ["20 giorni"], ["60%"], ["38 bis"], ["2,5"]],
  ["N. aree coinvolte oggetto di controllo di vicinato.",
   "Termine di riduzione ordinanze lavori pubblici:",
   "Aumento del 10% sanzioni art. 38 bis RPU"], [PERF, PERF, PERF])

# 004 - Cassano d'Adda, 00 Segretario generale, AIR/VIR objective: all five phases with months.
q("elenco",
  "Quali sono le fasi, con i mesi, dell'obiettivo sull'analisi di impatto della regolamentazione (AIR e VIR) "
  "a Cassano d'Adda?",
  "L'obiettivo di semplificazione pluriennale (fase 1/3, 00. Segretario generale) prevede cinque fasi: FASE 1 "
  "studio della normativa e delle buone prassi su AIR e VIR (febbraio/marzo); FASE 2 costituzione gruppi di "
  "lavoro intersettoriali/unità di progetto (aprile); FASE 3 definizione direttiva e schede analisi AIR e VIR "
  "(maggio/agosto); FASE 4 mappatura dei regolamenti e delle direttive in vigore (settembre/ottobre); FASE 5 "
  "adozione delibera consiliare \"massiva\" di semplificazione, con abrogazione/disapplicazione di regolamenti "
  "(novembre/dicembre).",
  [["studio della normativa", "buone prassi"], ["gruppi di lavoro"], ["direttiva"], ["mappatura"],
   ["massiva"]],
  ["FASE 2 - Costituzione gruppi di lavoro intersettoriali/unità di progetto",
   "FASE 4 - Mappatura dei regolamenti e delle direttive in vigore",
   "FASE 5 - Adozione delibera consiliare \"massiva\" di semplificazione"], [PERF, PERF, PERF])

# 005 - magentino 09.03 "Garantire il servizio di igiene urbana": all seven stakeholders.
q("elenco",
  "Per il servizio di igiene urbana, quali stakeholder indica il piano del magentino?",
  "Per l'obiettivo operativo «Garantire il servizio di igiene urbana» (programma 09.03) gli stakeholder sono: "
  "Aemme, cittadini, aziende, UTC, Associazioni, Scuole, Enti sovraordinati.",
  [["aemme"], ["utc"], ["associazioni"], ["scuole"], ["enti sovraordinati"]],
  ["Aemme, cittadini, aziende, UTC, Associazioni, Scuole, Enti sovraordinati"], [MAG])

# 006 - Cassano Magnago, strategic objective 3.2.1 (verde pubblico): its four 1st-level objectives.
q("elenco",
  "Nel piano di Cassano Magnago, quali obiettivi operativi rientrano nell'obiettivo strategico 3.2.1 sulla "
  "manutenzione e cura del verde pubblico?",
  "Sotto l'obiettivo strategico 3.2.1 ci sono quattro obiettivi operativi di 1° livello: 1) manutenzione delle "
  "aree verdi con particolare attenzione al Parco Magana e al parco di Città (Area Territorio); 2) utilizzo delle "
  "sponsorizzazioni per il mantenimento e la cura del verde pubblico (Area Lavori Pubblici); 3) manutenzione ed "
  "eventuale sostituzione delle strutture dei parchi gioco con installazione di giochi inclusivi (Area Lavori "
  "Pubblici); 4) giornate di sensibilizzazione, educazione ambientale e cura del verde con le associazioni "
  "(Area Territorio).",
  [["magana"], ["sponsorizzazion"], ["giochi inclusivi"], ["sensibilizzazione"]],
  ["Manutenzione delle aree verdi con particolare attenzione al Parco Magana",
   "Utilizzo delle sponsorizzazioni al fine del mantenimento",
   "Manutenzione ed eventuale sostituzione delle strutture presenti nei parchi gioco"], [CM, CM, CM])

# 007 - Cassano Magnago 1.1.5, budget cycle: all six 2nd-level steps with deadlines.
q("elenco",
  "quali sono i passaggi, con le scadenze, per arrivare all'approvazione del bilancio di previsione a Cassano "
  "Magnago?",
  "Le fasi di 2° livello sono: entro il 15 settembre invio ai responsabili di servizio dello schema di bilancio "
  "a legislazione vigente (bilancio tecnico); entro il 5 ottobre i responsabili comunicano le previsioni di "
  "entrata e spesa; entro il 20 ottobre il responsabile finanziario predispone la versione finale e la invia "
  "alla giunta; entro il 31 ottobre la giunta può chiedere modifiche e integrazioni; entro il 15 novembre "
  "approvazione dello schema di bilancio e trasmissione al Consiglio; entro il 31 dicembre approvazione del "
  "bilancio da parte del Consiglio.",
  [["15 settembre"], ["5 ottobre"], ["20 ottobre"], ["15 novembre"], ["31 dicembre"]],
  ["Invio ai responsabili di servizio dello schema di bilancio di previsione",
   "Approvazione schema di bilancio e trasmissione al Consiglio"], [CM, CM])

# 008 - Cremosano: the three dimensions of Valore Pubblico.
q("elenco",
  "Quali sono le dimensioni del Valore Pubblico individuate nel PIAO di Cremosano?",
  "Il PIAO di Cremosano individua tre dimensioni del Valore Pubblico: economica (componenti del tessuto "
  "economico: istituzioni, imprese, terzo settore, professionisti); personale e socio-culturale (benessere "
  "psico-fisico, formazione, diffusione culturale, attenzione ai soggetti fragili); ambientale (sfide "
  "ambientali, climatiche ed energetiche).",
  [["economica"], ["socio-culturale"], ["ambientale"]],
  ["personale e socio-culturale si riferisce allo sviluppo di una comunità",
   "ambientale è relativo alle sfide ambientali, climatiche ed energetiche"], [CRE, CRE])

# =========================================================================================================
# INDICATORE (7) - measure, target, baseline; mostly asked by paraphrase
# =========================================================================================================

# 009 - Cassano d'Adda "Controlli stradali": revisions/insurance indicator, baseline and arrival (paraphrase).
q("indicatore",
  "Per le multe a chi circola senza revisione o senza assicurazione, da quale dato parte la polizia locale di "
  "Cassano d'Adda e a quanto vuole arrivare?",
  "Nell'obiettivo «Controlli stradali» l'indicatore di efficacia è l'incremento del 5% degli accertamenti di "
  "violazione su revisioni e assicurazioni: dato di partenza 2023 = 294 sanzioni, dato di arrivo = 309 "
  "sanzioni.",
  [["294"], ["309"]],
  ["Incremento degli accertamenti di violazione del 5% sulle revisioni", "Dato partenza 2023: 294 sanzioni"],
  [PERF, PERF])

# 010 - Cassano d'Adda "Nati per leggere": how the attendance of the 0-3 space is measured, target 70%.
# No municipality: Bibliobebè exists only in this plan.
q("indicatore",
  "Come si misura la frequentazione dello spazio lettura per i bimbi 0-3 anni in biblioteca e che valore si "
  "vuole raggiungere?",
  "Nell'obiettivo «Avvio del presidio Nati per leggere» (Cassano d'Adda) l'indicatore «Frequenza spazio NPL - "
  "Bibliobebè» è calcolato come n. aperture 2024 con presenza di fruitori / n. aperture totali 2024, con "
  "target 70%.",
  [["aperture"], ["70"]],
  ["Frequenza spazio NPL - Bibliobebè",
   "(n. aperture 2024 con presenza di fruitori / n. aperture totali 2024)"], [PERF, PERF])

# 011 - Cassano d'Adda "Promozione del territorio": baseline 10 events in 2023, +30% (paraphrase).
q("indicatore",
  "Nell'obiettivo di Cassano d'Adda per attirare visitatori con gli eventi, quanti eventi di promozione c'erano "
  "nel 2023 e che aumento si prevede?",
  "Nell'obiettivo «Promozione del territorio» l'indicatore «% aumento eventi di promozione del territorio» "
  "(n. eventi 2024 / n. eventi 2023) parte dal dato 2023 = 10 eventi, con aumento previsto del 30%. Un altro "
  "indicatore misura l'aumento delle collaborazioni con partner esterni (dato 2023 = 22, +10%).",
  [["10 eventi"], ["30"]],
  ["% aumento eventi di promozione del territorio"], [PERF])

# 012 - Cassano d'Adda accessibility/PEBA objective: the inclusivity indicator, expected dimension 3 (paraphrase).
q("indicatore",
  "Per rendere accessibili gli ingressi di scuole e palazzi comunali, quale indicatore e che valore atteso "
  "ha messo Cassano d'Adda?",
  "Nell'obiettivo di riqualificazione e accessibilità (07. Lavori pubblici) l'indicatore è «Interventi mirati "
  "all'inclusività nelle zone di accesso degli edifici scolastici - Istituto Di Vona - e sedi istituzionali: "
  "Palazzo comunale, Spazio città e Centro civico», con dimensione attesa 3.",
  [["3", "tre"], ["palazzo comunale"], ["centro civico"]],
  ["Interventi mirati all'inclusività nelle zone di accesso degli edifici scolastici"], [PERF])

# 013 - magentino 01.02 "Gestire in forma associata servizi": indicator (paraphrase).
q("indicatore",
  "Nel piano del magentino, come viene misurato l'obiettivo di gestire i servizi insieme ai comuni vicini?",
  "L'obiettivo operativo «Gestire in forma associata servizi» (programma 01.02) ha come indicatore di output la "
  "«% risparmio rispetto al triennio precedente»; la finalità è implementare le gestioni associate per "
  "economicità, efficacia ed efficienza (stakeholder: Amministrazioni dei Comuni limitrofi, cittadini).",
  [["risparmio"], ["triennio precedente"]],
  ["% risparmio rispetto al triennio precedente"], [MAG])

# 014 - Cassano d'Adda, 01 Affari generali, controls on acts: share of acts to check (2% -> 10%, PNRR 100%).
q("indicatore",
  "Nei controlli interni sugli atti fatti a supporto del Segretario, che percentuale di atti si vuole "
  "controllare in generale e per gli atti PNRR e del personale?",
  "Nell'obiettivo «Prevenzione della corruzione e controlli interni di regolarità amministrativa sugli atti» "
  "(01. Affari generali, Cassano d'Adda): atti controllati complessivamente da 2% a 10% (% prevista 10); atti "
  "PNRR e di acquisizione e progressione del personale da 2% a 100% (% prevista 100). Sono previste anche 3 "
  "verifiche quadrimestrali e il potenziamento dell'Ufficio di Staff con 4 unità.",
  [["10%"], ["100%"]],
  ["% atti controllati complessivamente rispetto alla norma (da 2% a 10%)"], [PERF])

# 015 - magentino 03.01 police services: +10% hours of "servizi di prossimità".
q("indicatore",
  "di quanto devono aumentare le ore dei servizi di prossimità della polizia locale secondo il piano del "
  "magentino?",
  "Nell'obiettivo operativo sulla gestione ottimale dei servizi di polizia (programma 03.01) l'indicatore "
  "prevede l'aumento del 10% delle ore dei servizi di prossimità, oltre al mantenimento del chilometraggio "
  "annuo di pattugliamento, dei posti di controllo del traffico e dei controlli commerciali, edilizi e "
  "ambientali.",
  [["10%"], ["prossimità"]],
  ["Aumento del 10% delle ore dei servizi di prossimità."], [MAG])

# =========================================================================================================
# OBIETTIVO (6) - purpose / expected value / strategic objective, asked with paraphrased words
# =========================================================================================================

# 016 - Cassano Magnago 1.1.3 free Wi-Fi: motivation and expected value.
q("obiettivo",
  "Il comune di Cassano Magnago vuole dare internet senza fili gratis nei luoghi pubblici: qual è la "
  "motivazione e che risultato atteso è indicato?",
  "Obiettivo «Attivare una connessione Wifi» (obiettivo strategico 1.1.3, Responsabile Area Attività "
  "Istituzionali ed Amm.ve): motivazione = consentire al maggior numero di persone l'utilizzo della rete "
  "internet gratuitamente nel territorio comunale; valore atteso = numero di segnalazioni effettuate sui "
  "sistemi di ticketing/helpdesk interni ed esterni. L'erogazione potrà essere demandata a un gestore "
  "autorizzato.",
  [["gratuitamente"], ["ticketing", "helpdesk"]],
  ["Consentire al maggior numero di persone l'utilizzo della rete internet", "Attivare una connessione Wifi"],
  [CM, CM])

# 017 - Cassano Magnago 3.1.2 synthetic-grass pitch: motivation and expected value (paraphrase).
q("obiettivo",
  "perché a Cassano Magnago si vuole un campo da calcio col fondo artificiale e che vantaggio ci si aspetta?",
  "Obiettivo «Realizzazione di un campo da calcio in erba sintetica» (3.1.2, Area Lavori Pubblici): la "
  "motivazione è avere un campo sfruttabile maggiormente durante i mesi invernali grazie alla capacità di "
  "drenaggio delle acque piovane; il valore atteso è il risparmio sulle spese di gestione e manutenzione del "
  "campo a undici.",
  [["invernali"], ["drenaggio"], ["campo a undici"]],
  ["Realizzazione di un campo da calcio in erba sintetica",
   "Risparmio sulle spese di gestione e manutenzione del campo a undici."], [CM, CM])

# 018 - Cassano Magnago pet cemetery: strategic objective 3.2.2 (paraphrase, no municipality).
q("obiettivo",
  "L'idea di un'area per seppellire cani e gatti: sotto quale obiettivo strategico è collocata nel PIAO "
  "2025-2027 e chi la gestisce?",
  "Nel PIAO 2025-2027 di Cassano Magnago l'obiettivo «Possibilità di realizzare un cimitero per gli animali "
  "d'affezione» rientra nell'obiettivo strategico 3.2.2 «Creare nuovi parchi e giardini»; Responsabile Area "
  "Lavori Pubblici; valore atteso: realizzare e gestire un cimitero per animali (individuazione dell'area e "
  "affidamento dei lavori 2025-2026-2027).",
  [["3.2.2"], ["parchi e giardini"]],
  ["Possibilità di realizzare un cimitero per gli animali d'affezione"], [CM])

# 019 - Cassano d'Adda "Ufficio di prossimità": purpose (paraphrase: desk agreed with the court).
q("obiettivo",
  "A cosa serve lo sportello che il Comune di Cassano d'Adda aprirà d'intesa con il Tribunale?",
  "È l'Ufficio di Prossimità, istituito secondo un protocollo con il Tribunale ordinario, per: supportare la "
  "comunità locale facilitando l'accesso ai servizi della giustizia civile a tutela delle \"fasce deboli\"; "
  "decentrare il servizio al pubblico dai locali del Tribunale allo sportello del Comune; semplificare "
  "l'attività amministrativa trasmettendo telematicamente gli atti. Attiverà procedure di volontaria "
  "giurisdizione (amministrazione di sostegno, tutele, ecc.).",
  [["fasce deboli"], ["giustizia civile"]],
  ["Il Comune istituirà nella propria sede un Ufficio di Prossimità",
   "il decentramento del servizio al pubblico dai locali del Tribunale"], [PERF, PERF])

# 020 - magentino 08.01 catasto: purpose and partner (paraphrase: the office of property registers).
q("obiettivo",
  "Nel documento del magentino, a cosa serve l'obiettivo sull'ufficio del registro immobiliare (mappe e "
  "rendite) e con chi è convenzionato?",
  "È l'obiettivo «Il catasto: servizio ai cittadini e strumento per l'equità» (programma 08.01): il catasto è "
  "un servizio offerto ai cittadini in convenzione con il Polo catastale di Corbetta e uno strumento "
  "propedeutico alla definizione di corrette politiche fiscali; indicatore: verifica del rispetto degli "
  "obblighi convenzionali e adesione alle nuove convenzioni.",
  [["corbetta"], ["politiche fiscali"]],
  ["Il catasto: servizio ai cittadini e strumento per l'equità"], [MAG])

# 021 - Cremosano priority 8 "Cremosano da abitare": who makes up the housing demand (paraphrase).
q("obiettivo",
  "Cremosano: nella priorità strategica sulla casa, da chi è composta oggi la domanda di abitazioni?",
  "Nella priorità 8 «Cremosano da abitare» il piano rileva un fabbisogno di abitazioni la cui domanda non "
  "riguarda più solo le famiglie a basso reddito ma gruppi ancora più deboli: anziani, lavoratori giovani ma "
  "precari, immigrati, separati, ammalati, invalidi, lavoratori espulsi dal processo produttivo, povertà "
  "impreviste ed improvvise.",
  [["cremosano da abitare"], ["precari"], ["immigrati"], ["anziani"]],
  ["8. Cremosano da abitare", "anziani, lavoratori giovani ma precari, immigrati, separati, ammalati"],
  [CRE, CRE])

# =========================================================================================================
# CONFRONTO (6) - same attribute in two municipalities
# =========================================================================================================

# 022 - video surveillance: Cassano Magnago vs magentino. Typo "videosorvelianza".
q("confronto",
  "Sulla videosorvelianza cosa prevedono Cassano Magnago e il piano del magentino? ci sono differenze?",
  "Cassano Magnago (2.2.1, Area Polizia Locale): potenziare il sistema nei punti più sensibili, compresi i "
  "parchi e le maggiori arterie; valore atteso aumentare le aree video sorvegliate, con monitoraggio tramite "
  "pattugliamento e nuove installazioni. Magentino (03.01): implementare l'utilizzo dei sistemi esistenti e "
  "nuove installazioni; indicatore: revisione dell'uso delle telecamere fisse e mobili (fototrappole) "
  "aumentando la collaborazione con le altre forze di polizia per lo scambio di dati.",
  [["parchi"], ["aree video sorvegliate"], ["fototrappole"]],
  ["Potenziare il sistema di videosorveglianza nei punti più sensibili",
   "Implementare utilizzo dei sistemi di videosorveglianza",
   "sia fisse che mobili (fototrappole)"], [CM, MAG, MAG])

# 023 - nursery (asilo nido): Cassano Magnago vs magentino.
q("confronto",
  "Come affrontano il tema dell'asilo nido Cassano Magnago e il piano magentino?",
  "Cassano Magnago (4.1.1, Area attività educative): mantenere le convenzioni con l'Asilo Nido privato e le "
  "scuole dell'infanzia paritarie per agevolare l'accesso delle famiglie e soddisfare la domanda inevasa. "
  "Magentino (04.06): efficientare la gestione dell'asilo nido verificando la sostenibilità del servizio e un "
  "possibile affidamento all'azienda speciale consortile servizi alla persona (di Magenta), con indagini "
  "preliminari sui bisogni e sulla sostenibilità dell'affidamento in esterno.",
  [["convenzion"], ["azienda speciale consortile"]],
  ["Mantenere in essere le convenzioni con l'Asilo Nido privato",
   "verifica di un affidamento del servizio all'azienda speciale consortile"], [CM, MAG])

# 024 - architectural barriers: Cassano d'Adda 2024 vs Cassano Magnago.
q("confronto",
  "Per eliminare le barriere architettoniche, cosa fanno Cassano d'Adda (2024) e Cassano Magnago (2025-2027)?",
  "Cassano d'Adda (07. Lavori pubblici): aggiornare il PEBA in base alle modifiche viabilistiche e di "
  "rigenerazione urbana, confronto con le associazioni, interventi negli accessi di scuole (Istituto Di Vona) "
  "ed edifici istituzionali, interventi finanziati con il 10% degli oneri di urbanizzazione (accordo quadro). "
  "Cassano Magnago (5.3.2, Area Lavori Pubblici): adeguare marciapiedi e ascensori, con realizzazione di "
  "passaggi pedonali rialzati e sistemazione dei marciapiedi (2025) e monitoraggio infra annuale.",
  [["peba"], ["passaggi pedonali rialzati"]],
  ["Interventi per il superamento delle barriere architettoniche finanziati con 10%",
   "Realizzazione di passaggi pedonali rialzati e sistemazione dei marciapiedi"], [PERF, CM])

# 025 - children's council: Cassano d'Adda (to be set up) vs Cassano Magnago (kept).
q("confronto",
  "consiglio comunale dei ragazzi: a che punto sono Cassano d'Adda e Cassano Magnago?",
  "Cassano d'Adda deve istituirlo nel 2024 (obiettivo di pari opportunità del Settore 03 Servizi alla persona) "
  "con l'Istituto comprensivo Quintino di Vona, dopo le linee guida approvate dalla Giunta; indicatore: 3 "
  "sedute. Cassano Magnago invece lo mantiene (CCRR con le scuole secondarie G.B. Maino e I. Orlandi), nel "
  "rispetto del regolamento approvato con delibera di Consiglio comunale n. 75 del 25.04.2009; valore atteso "
  "almeno una proposta presentata alla Giunta.",
  [["di vona"], ["25.04.2009"]],
  ["Istituire consiglio comunale dei ragazzi",
   "Mantenimento del CCRR e rispetto del regolamento approvato con Delibera"], [PERF, CM])

# 026 - socialising for the elderly: Cassano Magnago vs magentino.
q("confronto",
  "Per far socializzare gli anziani, che cosa prevedono rispettivamente Cassano Magnago e il magentino?",
  "Cassano Magnago (5.2.1, Area alla Persona): momenti e spazi aggregativi, con corsi per insegnare l'uso "
  "corretto di computer, smartphone e Spid, per ridurre l'isolamento e consentire l'accesso ai servizi "
  "digitali. Magentino (12.03): garantire un'opportunità di socializzazione agli anziani presso il Centro "
  "Anziani (stakeholder Centro socio culturale anziani), con gestione della convenzione e iniziative "
  "congiunte.",
  [["smartphone", "spid"], ["centro anziani"]],
  ["Organizzare corsi per insegnare l'uso corretto di computer, smartphone e Spid",
   "Garantire un'opportunità di socializzazione agli anziani presso il Centro"], [CM, MAG])

# 027 - gender violence: Cassano d'Adda vs magentino.
q("confronto",
  "Contrasto alla violenza di genere: come se ne occupano Cassano d'Adda e il piano magentino?",
  "Cassano d'Adda: obiettivo «Conoscere per prevenire» (Settore 04, con il Settore 3): consolidare il lavoro "
  "con la Rete Viola (Rete Istituzionale Antiviolenza Adda Martesana), aggiornare le informazioni di supporto, "
  "raccordo con la commissione pari opportunità, almeno 2 iniziative di sensibilizzazione. Magentino (12.04 "
  "«Combattere la violenza di genere»): partecipare alla costruzione di una rete di prevenzione con servizi "
  "sociali, Ufficio di Piano, ATS-centri antiviolenza e consultori; indicatore: coordinamento della rete e "
  "tavoli d'ambito.",
  [["viola"], ["consultori", "ufficio di piano"]],
  ["Consolidamento del lavoro avviato con Rete Viola",
   "Garantire la partecipazione alla costruzione di una rete di prevenzione"], [PERF, MAG])

# =========================================================================================================
# MULTI_HOP (6)
# =========================================================================================================

# 028 - Cassano d'Adda: tree census -> 06 Governo del territorio e ambiente -> BIANCHI Maurizio (org chart).
q("multi_hop",
  "Chi è il titolare del settore che cura il censimento delle alberature a Cassano d'Adda?",
  "Il «Censimento del verde» (Rif. DUP 03.03.01) è assegnato al Settore 06. Governo del territorio e ambiente, "
  "il cui titolare è BIANCHI Maurizio (dal 01/01/2024 al 31/12/2024).",
  [["bianchi"], ["governo del territorio"]],
  ["Rilievo - censimento delle alberature e delle aree a verde del Comune.",
   "01/01/2024\t31/12/2024\tBIANCHI Maurizio\ttitolare"], [PERF, PERF])

# 029 - Bibliobebè -> line 07 Cultura, sport e tempo libero -> assessori Cerri and Capece (no municipality).
q("multi_hop",
  "Il progetto Bibliobebè a quale linea strategica appartiene e quali assessori seguono quella linea?",
  "Il Bibliobebè è l'obiettivo «Avvio del presidio Nati per leggere» (Rif. DUP 7.2.1, Settore 04, Cassano "
  "d'Adda), sotto l'obiettivo strategico 07.2 Progetto cultura dell'indirizzo strategico 07. Cultura, sport e "
  "tempo libero, seguita da Ass. M. Cerri e Ass. A.P. Capece.",
  [["cultura, sport e tempo libero"], ["cerri"], ["capece"]],
  ["AVVIO DEL PRESIDIO \"NATI PER LEGGERE\"", "Ass. M. Cerri - Ass. A.P. Capece"], [PERF, PERF])

# 030 - anti-corruption controls objective -> coordinating settore 02 -> CHIZZOLI Martina, only until 30/04/2024.
# Typo "responsabbile"; no municipality.
q("multi_hop",
  "Nell'obiettivo di prevenzione della corruzione e controlli interni sugli atti c'è un settore a cui è "
  "affidato il coordinamento: chi ne è responsabbile e per quale periodo?",
  "L'obiettivo (Cassano d'Adda, Rif. DUP 10.1.8) è assegnato a 01. Affari generali, con coordinamento affidato "
  "al Settore 02. Finanziario e tributi; nell'organigramma il titolare del Settore 02 è CHIZZOLI Martina, dal "
  "01/01/2024 al 30/04/2024.",
  [["finanziario e tributi"], ["chizzoli"], ["30/04/2024"]],
  ["Settore a cui è affidato il coordinamento", "01/01/2024\t30/04/2024\tCHIZZOLI Martina\ttitolare"],
  [PERF, PERF])

# 031 - cross-document: VP 2023-25 project 5.2 Immigrazione -> 2024 objective "Sicurezza urbana" under 05.2
# -> 08 Polizia Locale -> CAIANI Massimo.
q("multi_hop",
  "Il progetto di mandato di Cassano d'Adda per contrastare l'immigrazione clandestina: quale obiettivo "
  "operativo del 2024 lo attua e chi è il titolare del settore che lo gestisce?",
  "Il progetto 5.2 Immigrazione del piano valore pubblico 2023-2025 mira a contrastare i fenomeni legati "
  "all'immigrazione clandestina. Nel piano performance 2024, sotto l'obiettivo strategico 05.2 - Immigrazione, "
  "c'è l'obiettivo «Sicurezza urbana» (pluriennale 2023-2025, fase 2), assegnato a 08. Polizia Locale, il cui "
  "titolare è CAIANI Massimo.",
  [["sicurezza urbana"], ["polizia locale"], ["caiani"]],
  ["Contrastare i fenomeni legati all'immigrazione clandestina.",
   "Intensificare il controllo del territorio al fine di migliorare la percezione",
   "01/01/2024\t31/12/2024\tCAIANI Massimo\ttitolare"], [VP, PERF, PERF])

# 032 - payment-times objective -> 00 Segretario generale -> BRAMBILLA Fabrizio (trap: BRAMBILLA Giorgio C6).
q("multi_hop",
  "chi è il titolare del settore a cui è assegnato l'obiettivo intersettoriale sui tempi medi di pagamento a "
  "Cassano d'Adda?",
  "L'obiettivo «Rispetto tempi medi di pagamento - obiettivo intersettoriale» (Rif. DUP 1.1.1 - 1.1.5) è "
  "assegnato a 00. Segretario generale, il cui titolare è BRAMBILLA Fabrizio (01/01/2024 - 31/12/2024).",
  [["segretario generale"], ["brambilla fabrizio"]],
  ["Rispetto tempi medi di pagamento - OBIETTIVO INTERSETTORIALE",
   "01/01/2024\t31/12/2024\tBRAMBILLA Fabrizio\ttitolare"], [PERF, PERF])

# 033 - Cassano Magnago: Palazzetto Tacca -> strategic objective 3.1.2 -> its other operational objectives.
q("multi_hop",
  "L'ampliamento del Palazzetto Tacca sotto quale obiettivo strategico ricade, e quali altri obiettivi "
  "operativi fanno parte dello stesso obiettivo strategico?",
  "A Cassano Magnago l'ampliamento del Palazzetto Tacca (con nuovi spogliatoi) rientra nell'obiettivo "
  "strategico 3.1.2 «Riqualificazioni delle strutture sportive esistenti ed eventuale realizzazione di nuovi "
  "impianti». Nello stesso obiettivo strategico ci sono: l'ampliamento degli spazi di allenamento nel centro "
  "sportivo di via Piave e la realizzazione di un campo da calcio in erba sintetica (tutti Area Lavori "
  "Pubblici).",
  [["3.1.2"], ["via piave"], ["erba sintetica"]],
  ["Ampliamento del Palazzetto Tacca realizzando anche nuovi spogliatoi",
   "Ampliamento degli spazi di allenamento nel centro sportivo di via Piave"], [CM, CM])

# =========================================================================================================
# NUMERICO (5)
# =========================================================================================================

# 034 - Cassano d'Adda energy efficiency: 15 photovoltaic plants, 415 kW. Typo "fotovoltaci".
q("numerico",
  "Quanti impianti fotovoltaci ha installato il comune di Cassano d'Adda sugli edifici comunali e con che "
  "potenza totale?",
  "Dal 2009 al 2023 sono stati installati sugli edifici comunali 15 impianti fotovoltaici, con potenza totale "
  "di 415kW; l'obiettivo di efficientamento energetico prevede di monitorarli tutti (n. 15, 100%), "
  "insieme a 9 impianti termici a teleriscaldamento.",
  [["15"], ["415"]],
  ["n° 15 impianti fotovoltaici (potenza totale di 415kW)"], [PERF])

# 035 - Cassano d'Adda Progetto Casa: 2023 arrears EUR 51.008,28, target -10%.
q("numerico",
  "A quanto ammontava nel 2023 la morosità degli inquilini delle case comunali di Cassano d'Adda e di quanto si "
  "punta a ridurla?",
  "Nell'obiettivo contro illegalità e abusivismo nei servizi abitativi pubblici (03. Servizi alla persona) la "
  "morosità 2023 era di € 51.008,28; l'indicatore prevede una riduzione del 10% della morosità annua 2024 "
  "rispetto al 2023 (e il 50% dei morosi con piani di rientro sottoscritti).",
  [["51.008,28"], ["10%"]],
  ["(nel 2023 era di € 51.008,28)"], [PERF])

# 036 - magentino 01.06: average issuing time of titles -5%.
q("numerico",
  "Nel piano magentino, per le pratiche urbanistiche e paesaggistiche, di quanto si vuole ridurre il tempo "
  "medio di rilascio dei titoli?",
  "Nell'obiettivo «Sostenere la riprogettazione e la riqualificazione del costruito e la qualità del nuovo» "
  "(programma 01.06) l'indicatore è diminuire il tempo medio di rilascio dei titoli del 5% in media, oltre a "
  "garantire l'utilizzo di contributi di Enti terzi.",
  [["5%"], ["tempo medio"]],
  ["Diminuire il tempo medio di rilascio dei titoli del 5% in media."], [MAG])

# 037 - Cassano d'Adda "Un bilancio sano": expected saving 1100 EUR and 7 internal sessions.
q("numerico",
  "Con la formazione interna su residui e bilancio di previsione, quanto pensa di risparmiare il Comune di "
  "Cassano d'Adda e quante sessioni formative sono previste?",
  "Nell'obiettivo «Un bilancio sano» (02. Finanziario e tributi) il risparmio atteso per la formazione interna "
  "è 1100 euro (costo medio di mercato: corso di 2 h per 15 dipendenti, € 75,00/2h) e sono previste 7 sessioni "
  "formative interne (1 per ciascun Settore, 2 ore a sessione); inoltre 2 moduli e customer satisfaction al "
  "70%.",
  [["1100"], ["7"]],
  ["risparmio economico conseguito da ente per formazione interna",
   "n. sessioni formative interne (1 sessione per ciascun Settore"], [PERF, PERF])

# 038 - Cassano Magnago strategic objective 2.2.1: count of its 1st-level objectives (4).
q("numerico",
  "Quanti obiettivi operativi di primo livello sono collegati all'obiettivo strategico 2.2.1 (sicurezza in "
  "ogni sua forma) nel PIAO di Cassano Magnago? E quali sono?",
  "Sono 4: 1) monitorare il territorio con le Forze dell'Ordine e i cittadini con presidi fissi; 2) lotta "
  "all'abuso di alcool e alla guida pericolosa; 3) potenziare l'organico della Polizia Locale con nuove "
  "assunzioni (Area Risorse); 4) potenziare il sistema di videosorveglianza nei punti più sensibili.",
  [["4", "quattro"], ["organico"], ["videosorveglianza"]],
  ["Potenziare l'organico della Polizia Locale con nuove assunzioni di personale",
   "Monitorare il territorio in stretta collaborazione con le Forze dell'Ordine"], [CM, CM])

# =========================================================================================================
# TEMPISTICA (2)
# =========================================================================================================

# 039 - Cassano d'Adda urban regeneration: end-of-works dates of Piazza Garibaldi and via Veneto.
q("tempistica",
  "entro quando devono finire i lavori di piazza Garibaldi a Cassano d'Adda? e quelli di via Veneto?",
  "Nell'obiettivo pluriennale di rigenerazione urbana (07. Lavori pubblici) la fine lavori da cronoprogramma è "
  "il 31/10/2024 per Piazza Garibaldi (scadenza PNRR 31/03/26) e il 30/11/2024 per via Veneto (scadenza "
  "30/03/25); via L. da Vinci entro il 30/06/2024.",
  [["31/10/2024"], ["30/11/2024"]],
  ["Piazza Garibaldi fine lavori da cronoprogramma e triennale - 31/10/2024",
   "Via Veneto fine lavori da cronoprogramma e triennale - 30/11/2024"], [PERF, PERF])

# 040 - Cassano Magnago bonus bebè: call published October-November, applications processed March-May.
q("tempistica",
  "bonus bebè: in che periodo esce il bando e quando si fa l'istruttoria delle domande?",
  "Nel PIAO di Cassano Magnago (Area Risorse) la pubblicazione del bando e della domanda sul sito avviene da "
  "ottobre a novembre; l'istruttoria delle domande, il controllo dei requisiti, la graduatoria e la "
  "liquidazione del contributo da marzo a maggio.",
  [["ottobre"], ["novembre"], ["marzo"], ["maggio"]],
  ["demanda all'Area Risorse la gestione del bonus bebè",
   "Istruttoria delle domande presentate, controllo dei requisiti di accesso"], [CM, CM])

# =========================================================================================================
# NON_PRESENTE (5) - three tied to a document (anchor on the passage that shows the gap), two doc null
# =========================================================================================================

# 041 - Cassano Magnago "Comunità energetiche": the only objective without RESPONSABILE GESTIONALE.
q("non_presente",
  "Chi è il responsabile gestionale dell'obiettivo sulle comunità energetiche a Cassano Magnago?",
  "Il piano non indica un responsabile gestionale per l'obiettivo «Comunità energetiche» (obiettivo strategico "
  "3.2.3): la scheda riporta solo motivazione, valore atteso e fasi (monitoraggio del progetto CER affidato a "
  "CMS spa nel 2023, costituzione della CER nel 2025).",
  [],
  ["Evitare lo spreco energetico attraverso l'unione di utenti che condividono"], [CM])

# 042 - magentino 10.04 "Integrare le reti di trasporto pubblico...": stakeholder and year columns empty.
q("non_presente",
  "Quali stakeholder e quali anni di attuazione sono indicati nel magentino per l'obiettivo di integrare le "
  "reti di trasporto pubblico con la mobilità sostenibile?",
  "Il piano non indica né stakeholder né anni: nella riga «Integrare le reti di trasporto pubblico e la "
  "mobilità sostenibile» (programma 10.04) le colonne STAKEHOLDER e 2024/2025/2026 sono vuote; sono riportati "
  "solo la finalità (priorità al collegamento tra reti ciclabili e fermate del trasporto pubblico) e "
  "l'indicatore «sostenibilità della programmazione».",
  [],
  ["Integrare le reti di trasporto pubblico e la mobilità sostenibile"], [MAG])

# 043 - Cassano Magnago "Tangenziale Sud": no cost and no funding source stated.
q("non_presente",
  "Quanto costa la Tangenziale Sud e con quali fondi viene finanziata?",
  "Il piano non riporta importi né fonti di finanziamento: per la «Tangenziale Sud» (Cassano Magnago, 1.2.1, "
  "Area Lavori Pubblici) prevede solo il monitoraggio dello stato di avanzamento dei lavori.",
  [],
  ["Completare la \"Tangenziale Sud\" al fine di migliorare la mobilità"], [CM])

# 044 - person not named: the CM plan names roles only, never people.
q("non_presente",
  "Come si chiama (nome e cognome) il responsabile dell'Area Polizia Locale di Cassano Magnago?",
  "Il nome non è riportato: il piano di Cassano Magnago indica solo il ruolo «Responsabile Area Polizia "
  "Locale», senza nominare la persona.",
  [])

# 045 - year not covered: Cassano Magnago plans 2025-2027, nothing for 2028.
q("non_presente",
  "Quali interventi sulle scuole prevede Cassano Magnago per l'anno 2028?",
  "Non è presente: il PIAO di Cassano Magnago copre il triennio 2025-2027 e non contiene previsioni per il "
  "2028.",
  [])


def main() -> None:
    assert len(Q) == 45, len(Q)
    with OUT.open("w", encoding="utf-8") as fh:
        for row in Q:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(Q)} questions to {OUT}")


if __name__ == "__main__":
    main()
