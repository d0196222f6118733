"""Build benchmarks/fresh21s/samples21_qa.jsonl: 45 held-out questions on the five sample plans.

Written blind: the only sources are the five texts in data/samples/ and the format in
/work/shared/eval/README.md. One commented block per question, grouped by type. Anchors are verbatim
single-line substrings (20-80 chars) of the named file; "\t" marks a TAB of the source line. Every
must_contain alternative occurs in the normalised text of the evidence documents (checked by
samples21_check.py). Facts already asked by fresh19s (README table) and fresh20s (README table and build
comments) were avoided; see README.md.

Mix (weighted to the hardest types): elenco 9, indicatore 8, obiettivo 8, responsabile 5, numerico 4,
tempistica 3, confronto 3 (2 cross-document), non_presente 5.

Usage: python benchmarks/fresh21s/build_samples21.py
"""
from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "samples21_qa.jsonl"

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
        "id": f"f21s-{len(Q) + 1:03d}",
        "question": question,
        "answer": answer,
        "must_contain": must,
        "doc": doc,
        "evidence": evidence,
        "evidence_docs": docs,
        "type": type_,
    })


# =========================================================================================================
# ELENCO (9) - complete lists spread over several lines / table rows; at least three groups each
# =========================================================================================================

# 001 - Cassano d'Adda 2024, "Efficientamento energetico - fase 1" (07 Lavori pubblici): the five phases of
# the cronoprogramma, one per line. fresh19s/17s asked only the 9 district-heating and 15 PV plants. Two of
# the phases ("Report periodici", "Comunicazione dei dati") recur word for word in the urban-regeneration
# and Cristo Risorto objectives of the same settore, so the right block must be retrieved. Typo
# "efficentamento".
q("elenco",
  "quali sono le fasi del cronoprogramma dell'obiettivo di efficentamento energetico dei lavori pubblici di "
  "Cassano d'Adda? tutte, con i mesi",
  "Obiettivo pluriennale «Efficientamento energetico - fase 1» (07. Lavori pubblici): FASE 1 monitoraggio "
  "mensile dell'efficienza degli impianti e verifica degli orari di utilizzo degli edifici e di "
  "funzionamento degli impianti (gennaio-dicembre); FASE 2 analisi dati e pianificazione degli interventi "
  "per ripristinare l'efficienza energetica ed economica (gennaio-aprile); FASE 3 report periodici sugli "
  "scostamenti tra obiettivi e risultati (gennaio-dicembre); FASE 4 raccolta della documentazione e "
  "rendicontazione (ottobre-dicembre); FASE 5 comunicazione dei dati (novembre-dicembre).",
  [["mensile"], ["pianificazione"], ["report periodici"], ["rendicontazione"], ["comunicazione dei dati"]],
  ["FASE 1 - Monitoraggio mensile efficienza impianti e verifica orari",
   "FASE 4 - Raccolta della documentazione e rendicontazione - da OTTOBRE",
   "FASE 2 - Analisi dati e pianificazione degli interventi necessari"], [PERF, PERF, PERF])

# 002 - Cassano d'Adda 2024, "Istituire consiglio comunale dei ragazzi" (03 Servizi alla persona): the four
# employees (TAB table). fresh19s asked the indicators (3 sedute, classes). Trap: FARLONI Maria Rita also
# works on Progetto Casa, the other names do not.
q("elenco",
  "Cassano d'Adda: quali dipendenti partecipano al progetto del consiglio comunale dei ragazzi con le "
  "scuole? voglio nomi e categorie",
  "All'obiettivo «Istituire consiglio comunale dei ragazzi» (Rif. DUP 4.1.9 - 6.1.15, obiettivo di pari "
  "opportunità, 03. Servizi alla persona) partecipano quattro dipendenti: NANNI Monica (D6), GOLDONI "
  "Raffaella (D5), ZINGARINO Patrizia (D6) e FARLONI Maria Rita (C6).",
  [["NANNI"], ["GOLDONI"], ["ZINGARINO"], ["FARLONI"]],
  ["ZINGARINO Patrizia\tD6", "FARLONI Maria Rita\tC6",
   "Rif. DUP 4.1.9 - 6.1.15: Istituire consiglio comunale dei ragazzi"], [PERF, PERF, PERF])

# 003 - Cassano d'Adda 2024, PEBA / accessibility objective (07): which buildings get the inclusive-access
# works (FASE 3 and the indicator with dimensione attesa 3). fresh20s asked only the 10% of the oneri di
# urbanizzazione.
q("elenco",
  "Nel piano della performance di Cassano d'Adda, su quali edifici sono previsti gli interventi per rendere "
  "più accessibili gli ingressi, nell'obiettivo sulle barriere architettoniche?",
  "Nell'obiettivo pluriennale di pari opportunità e accessibilità (aggiornamento PEBA, 07. Lavori pubblici) "
  "la FASE 3 prevede interventi mirati all'inclusività nelle zone di accesso dell'edificio scolastico "
  "Istituto comprensivo Di Vona e degli edifici istituzionali: Palazzo comunale, Spazio città e Centro "
  "civico (gennaio-dicembre); l'indicatore relativo ha dimensione attesa 3.",
  [["di vona"], ["palazzo comunale"], ["spazio citt"], ["centro civico"]],
  ["FASE 3 - Interventi mirati all'inclusività nelle zone di accesso degli",
   "sedi istituzionali: Palazzo comunale, Spazio città e Centro civico"], [PERF, PERF])

# 004 - Cassano d'Adda VP 2023-2025, Missione 12: the strategic projects listed under it, each on its own
# title line followed by VALORE labels. fresh19s listed Missione 9.
q("elenco",
  "nel PIAO 2023-2025 di Cassano d'Adda, quali progetti strategici stanno sotto la missione dei diritti "
  "sociali e della famiglia?",
  "Sotto la Missione 12 (Diritti sociali, politiche sociali e famiglia), area tematica 4, ci sono i progetti "
  "4.1 Giovani e minori, 4.2 Anziani, 4.3 Persone diversamente abili, 4.4 Volontariato e 4.5 Famiglia; "
  "nell'area tematica 9 (le frazioni) è richiamato anche il progetto 9.2 Cascine San Pietro.",
  [["giovani e minori"], ["anziani"], ["diversamente abili"], ["volontariato"], ["famiglia"]],
  ["MISSIONE 12 - DIRITTI SOCIALI, POLITICHE SOCIALI E FAMIGLIA",
   "OBIETTIVO STRATEGICO DI MANDATO - PROGETTO 4.3 PERSONE DIVERSAMENTE ABILI",
   "OBIETTIVO STRATEGICO DI MANDATO - PROGETTO 4.4 VOLONTARIATO"], [VP, VP, VP])

# 005 - Cassano Magnago 3.2.1 (verde pubblico): its four 1st-level objectives, with two different
# responsible areas. fresh20s asked only who runs the Magana / Parco di Città upkeep. Typo "manutenzone".
q("elenco",
  "a Cassano Magnago quali obiettivi ci sono per la manutenzone e la cura del verde pubblico (obiettivo "
  "strategico 3.2.1)? elencali con l'area responsabile",
  "Sotto il 3.2.1 ci sono quattro obiettivi: 1) manutenzione delle aree verdi con particolare attenzione al "
  "Parco Magana e al parco di Città (Area Territorio); 2) utilizzo delle sponsorizzazioni per il "
  "mantenimento e la cura del verde pubblico (Area Lavori Pubblici); 3) manutenzione ed eventuale "
  "sostituzione delle strutture dei parchi gioco con installazione di giochi inclusivi (Area Lavori "
  "Pubblici); 4) giornate di sensibilizzazione, educazione ambientale e cura del verde con le associazioni, "
  "es. «Una giornata del verde pulito» e «La giornata dell'Albero» (Area Territorio).",
  [["parco magana"], ["sponsorizzazion"], ["giochi inclusivi"], ["sensibilizzazione"]],
  ["Utilizzo delle sponsorizzazioni al fine del mantenimento e della cura",
   "prevedendo l'installazione di giochi inclusivi",
   "Organizzare giornate di sensibilizzazione, educazione ambientale e cura"], [CM, CM, CM])

# 006 - Cassano Magnago 4.2.3: the complementary school services (three 2nd-level lines, "Anno
# scolastico").
q("elenco",
  "Cassano Magnago, quali servizi integrativi alla scuola gestisce il comune nell'obiettivo sulle attività "
  "extrascolastiche?",
  "Nell'obiettivo «Attivazione di servizi complementari all'offerta scolastica e intensificazione delle "
  "attività extrascolastiche» (4.2.3, Area attività educative e per il tempo libero) sono previsti, per "
  "l'anno scolastico: gestione dei servizi integrativi di pre e post scuola e assistenza mensa; gestione dei "
  "servizi di assistenza ai portatori di handicap; progetti sportivi per scuole dell'infanzia e primarie, "
  "Progetto «Nuoto in cartella».",
  [["pre e post scuola"], ["handicap"], ["nuoto in cartella"]],
  ["Gestione dei servizi scolastici integrativi di pre e post scuola",
   "Gestione di servizi di assistenza di portatori di handicap",
   "scuole primarie: Progetto \"Nuoto in cartella\""], [CM, CM, CM])

# 007 - magentino Missione 10 (trasporti e mobilità): the five operational objectives (10.04 and four
# 10.05 rows). fresh19s asked the +5% road-sign indicator and the street-lighting stakeholder, not the list.
q("elenco",
  "nel documento del magentino, quali obiettivi operativi ci sono nella missione trasporti e diritto alla "
  "mobilità?",
  "Nella Missione 10 ci sono cinque obiettivi operativi: 1) integrare le reti di trasporto pubblico e la "
  "mobilità sostenibile (10.04); 2) progettare e gestire viabilità, circolazione e servizi connessi - "
  "manutenzioni, segnaletica, illuminazione, parcheggi (10.05); 3) Strade sicure (10.05); 4) individuare "
  "luoghi che presentano criticità e definire soluzioni tecniche per eliminare/contenere le cause di "
  "pericolo (10.05); 5) migliorare l'illuminazione stradale con attenzione al contenimento energetico "
  "(10.05).",
  [["trasporto pubblico"], ["strade sicure"], ["criticità", "pericolo"], ["contenimento energetico"],
   ["viabilità"]],
  ["Integrare le reti di trasporto pubblico e la mobilità sostenibile",
   "Individuare luoghi che presentano criticità e definire soluzioni tecniche",
   "Migliorare l'illuminazione stradale con attenzione al contenimento energetico"], [MAG, MAG, MAG])

# 008 - magentino 09.03 "Garantire il servizio di igiene urbana": all stakeholders (one table cell).
q("elenco",
  "magentino, servizio di igiene urbana e rifiuti: chi sono tutti gli stakeholder?",
  "Per l'obiettivo «Garantire il servizio di igiene urbana» (programma 09.03) gli stakeholder sono: Aemme, "
  "cittadini, aziende, UTC, associazioni, scuole ed enti sovraordinati.",
  [["aemme"], ["utc"], ["scuole"], ["enti sovraordinati"]],
  ["Garantire il servizio di igiene urbana",
   "Aemme, cittadini, aziende, UTC, Associazioni, Scuole, Enti sovraordinati"], [MAG, MAG])

# 009 - Cremosano: the three dimensions of Valore Pubblico (bullet list at the top). fresh20s listed the 12
# priorities, not the dimensions.
q("elenco",
  "Quali sono le dimensioni del valore pubblico individuate nel PIAO di Cremosano?",
  "Il piano individua tre dimensioni del Valore Pubblico: economica (componenti del tessuto economico: altre "
  "istituzioni, imprese, terzo settore, professionisti e relative condizioni economiche); personale e "
  "socio-culturale (sviluppo di una comunità basata sul benessere psico-fisico, sulla formazione e sulla "
  "diffusione culturale, con attenzione ai soggetti fragili); ambientale (sfide ambientali, climatiche ed "
  "energetiche per erogare servizi inclusivi e sostenibili).",
  [["economica"], ["socio-culturale"], ["ambientale"]],
  ["- economica si riferisce alle varie componenti del tessuto economico",
   "- personale e socio-culturale si riferisce allo sviluppo di una comunità",
   "climatiche ed energetiche che il Comune di Cremona dovrà affrontare"], [CRE, CRE, CRE])

# =========================================================================================================
# INDICATORE (8) - which indicator measures X, target / baseline / formula
# =========================================================================================================

# 010 - Cassano d'Adda "Prevenzione della corruzione e controlli interni" (01 Affari generali): the
# percentages of acts to be checked (PNRR / personnel acts from 2% to 100%, all acts from 2% to 10%) and the
# 4 extra staff units. Not asked before.
q("indicatore",
  "nei controlli interni sugli atti di Cassano d'Adda, che percentuale di atti PNRR e di assunzioni e "
  "progressioni va controllata, e quanti atti in totale? si parte da quanto?",
  "Nell'obiettivo «Prevenzione della corruzione e controlli interni di regolarità amministrativa sugli atti» "
  "(01. Affari generali, pluriennale fase 1): gli atti PNRR e di acquisizione e progressione del personale "
  "controllati passano dal 2% al 100% (% prevista 100); gli atti controllati complessivamente passano dal 2% "
  "al 10%. Sono previste 3 fasi di verifica quadrimestrale e il potenziamento dell'Ufficio di Staff con "
  "almeno 2 unità del Settore e 2 di altri Settori (dimensione attesa 4).",
  [["100%"], ["10%"], ["2%"]],
  ["atti PNRR e di ACQUISIZIONE E PROGRESSIONE DEL PERSONALE (da 2% a 100%)",
   "% atti controllati complessivamente rispetto alla norma (da 2% a 10%)"], [PERF, PERF])

# 011 - Cassano d'Adda AIR/VIR objective (00 Segretario generale): target share of regulations to be mapped
# in 2024 (33%) and the directive (1). fresh20s asked the five phases only. No municipality named (only this
# plan has the AIR/VIR objective). Typo "regolametni".
q("indicatore",
  "nel progetto del segretario per semplificare i regolamenti con l'analisi di impatto (AIR/VIR), che "
  "percentuale dei regolametni esistenti deve essere mappata quest'anno?",
  "Nell'obiettivo di semplificazione pluriennale (fase 1/3) di Cassano d'Adda sulla qualità della normazione "
  "(00. Segretario generale) l'indicatore «n. regolamenti mappati / n. regolamenti esistenti agli atti» ha "
  "% prevista 33, cioè un terzo dei regolamenti (33%); un altro indicatore è la predisposizione della "
  "direttiva e delle schede di analisi AIR e VIR (dimensione attesa 1).",
  [["33%", "33 %"], ["mappat"]],
  ["n. regolamenti mappati/n. regolamenti esistenti agli atti",
   "Predisposizione direttiva e schede di analisi AIR e VIR"], [PERF, PERF])

# 012 - Cassano d'Adda "Un bilancio sano" (02 Finanziario e tributi): internal training by the ragioneria
# on residui and bilancio di previsione: saving 1100, 7 sessions (1 per settore, 2 h), 2 forms, 70%
# customer. fresh20s asked the savings of two other training objectives (960, 12.600).
q("indicatore",
  "Cassano d'Adda, la ragioneria fa formazione interna agli altri settori su riaccertamento dei residui e "
  "bilancio di previsione: quanto si conta di risparmiare e quante sessioni formative sono previste?",
  "Nell'obiettivo «Un bilancio sano» (02. Finanziario e tributi, obiettivo di formazione) il risparmio "
  "economico atteso per la formazione interna ha dimensione attesa 1100 (costo medio di mercato: corso di 2 "
  "h per 15 dipendenti, € 75,00/2h); le sessioni formative interne sono 7 (una per ciascun Settore, di 2 "
  "ore); inoltre 2 moduli predisposti (uno per il riaccertamento dei residui, uno per il bilancio di "
  "previsione) e customer satisfaction al 70% con voto superiore a 7/10.",
  [["1100", "1.100"], ["7"]],
  ["corso di 2 h per 15 dipendenti - costo medio € 75,00/2h",
   "n. sessioni formative interne (1 sessione per ciascun Settore di n.2 h/sessione)"], [PERF, PERF])

# 013 - Cassano d'Adda "Informare il cittadino in materia tributaria" (02): the FAQ indicators (report 1,
# FAQ publications/updates 4, 1 person trained). Not asked before.
q("indicatore",
  "per le FAQ sui tributi quali indicatori ci sono e con che valori attesi?",
  "Nel piano della performance di Cassano d'Adda, obiettivo «Informare il cittadino in materia tributaria» (02. Finanziario e tributi, obiettivo di "
  "trasparenza) gli indicatori sono: % rispetto fasi e tempi; report sull'andamento delle domande frequenti "
  "dei cittadini negli anni (dimensione attesa 1); pubblicazione di FAQ e aggiornamento dei canali "
  "informativi (dimensione attesa 4); n. persone formate nel Settore (dimensione attesa 1).",
  [["report"], ["4"], ["persone formate"]],
  ["report andamento domande frequenti dei cittadini negli anni",
   "pubblicazione di FAQ e aggiornamento canali informativi"], [PERF, PERF])

# 014 - Cassano d'Adda Progetto Casa (03): targets for repayment plans (50% of defaulting tenants) and
# electronic billing (50% of tenants). Earlier sets asked its employees, assessori and 2023 arrears.
q("indicatore",
  "Progetto casa di Cassano d'Adda: che quota di inquilini morosi deve firmare un piano di rientro e quanti "
  "inquilini devono ricevere comunicazioni e fatture per via telematica?",
  "Nell'obiettivo «Contrastare l'illegalità e l'abusivismo nei servizi abitativi pubblici» (Rif. DUP 4.6.1, "
  "03. Servizi alla persona): % morosi con piani di rientro sottoscritti sul totale dei morosi, % prevista "
  "50 (50%); % di inquilini raggiunti con invio telematico di comunicazioni e fatturazioni, % prevista 50 "
  "(50%). Altri indicatori: riduzione della morosità 2024 rispetto al 2023 del 10% e procedure avviate sul "
  "100% delle rilevazioni di mancato possesso dei requisiti.",
  [["50%", "50 %"], ["piani di rientro"], ["telematic"]],
  ["% morosi con piani di rientro sottoscritti sul totale dei morosi",
   "% di inquilini raggiunto con invio telematico di comunicazioni e fatturazioni"], [PERF, PERF])

# 015 - Cassano d'Adda "Monitoraggio, aggiornamento e integrazione del PIAO: supporto all'attività del
# Segretario" (01): quarterly sample checks of Amministrazione Trasparente, 4 per year.
q("indicatore",
  "Nell'obiettivo degli affari generali di Cassano d'Adda che supporta il segretario sul PIAO, come viene "
  "controllata Amministrazione trasparente e quanti monitoraggi l'anno sono previsti?",
  "Nell'obiettivo «Monitoraggio, aggiornamento e integrazione del PIAO: supporto all'attività del "
  "Segretario» (01. Affari generali) l'indicatore prevede un monitoraggio trimestrale a campione delle "
  "sezioni di Amministrazione Trasparente, con segnalazione agli uffici incaricati della pubblicazione in "
  "caso di mancato rispetto della norma: n. monitoraggi 4. Gli altri indicatori sono % rispetto fasi e "
  "tempi e % di sezioni aggiornate rispetto a quelle da aggiornare.",
  [["trimestral"], ["4"]],
  ["Monitoraggio trimestrale a campione delle sezioni di A.T. e, in caso di",
   "MONITORAGGIO, AGGIORNAMENTO E INTEGRAZIONE DEL PIAO: SUPPORTO ALL'ATTIVITA"], [PERF, PERF])

# 016 - magentino 01.06 "Sostenere la riprogettazione e la riqualificazione del costruito": -5% average time
# to issue titles. fresh19s asked the +5% road-sign indicator of 10.05 (a different row).
q("indicatore",
  "nel magentino, per le pratiche urbanistiche e paesaggistiche, di quanto deve scendere il tempo per "
  "rilasciare i titoli?",
  "Per l'obiettivo «Sostenere la riprogettazione e la riqualificazione del costruito e la qualità del nuovo» "
  "(programma 01.06) l'indicatore di output è diminuire il tempo medio di rilascio dei titoli del 5% in "
  "media, oltre a garantire l'utilizzo di contributi pervenuti da Enti terzi.",
  [["5%"], ["tempo medio"]],
  ["Diminuire il tempo medio di rilascio dei titoli del 5% in media",
   "Sostenere la riprogettazione e la riqualificazione del costruito"], [MAG, MAG])

# 017 - magentino 01.02 "Gestire in forma associata servizi": indicator = % saving over the previous
# three years.
q("indicatore",
  "Con quale indicatore il magentino misura la gestione associata dei servizi con i comuni vicini?",
  "Per l'obiettivo «Gestire in forma associata servizi» (programma 01.02, stakeholder amministrazioni dei "
  "comuni limitrofi e cittadini) l'indicatore di output è la % di risparmio rispetto al triennio "
  "precedente.",
  [["risparmio"], ["triennio precedente"]],
  ["% risparmio rispetto al triennio precedente",
   "Implementare le forme di gestione associata dei servizi"], [MAG, MAG])

# =========================================================================================================
# OBIETTIVO (8) - which objective deals with X / what it is for, asked in paraphrase
# =========================================================================================================

# 018 - Cassano Magnago 1.2.2, Villa Oliva / biblioteca / ex Chiesa San Giulio: purpose and expected value.
# Asked without the title words (villa storica, dipinti murali, spazi per i libri).
q("obiettivo",
  "a Cassano Magnago a cosa serve il progetto di sistemare la villa storica, i dipinti murali della vecchia "
  "chiesa e gli spazi per i libri?",
  "È l'obiettivo «Completamento del primo piano di Villa Oliva, ampliamento degli spazi presso la biblioteca "
  "comunale e recupero degli affreschi dell'ex Chiesa San Giulio» (1.2.2, Area Lavori Pubblici), luoghi per "
  "appuntamenti diversificati nell'anno e punto d'incontro delle aziende locali. Motivazione: innovare e "
  "ottimizzare gli spazi idonei da utilizzare per la cittadinanza; valore atteso: spazi pubblici dove i "
  "cittadini possano partecipare attivamente alla vita politica, sociale ed economica della comunità.",
  [["villa oliva"], ["cittadinanza", "partecipare"]],
  ["Completamento del primo piano di Villa Oliva, ampliamento degli spazi",
   "Innovare e ottimizzare gli spazi idonei da utilizzare per la cittadinanza"], [CM, CM])

# 019 - Cassano d'Adda "Commercio: digitalizzazione documentazione" (04): why the paper archive of the shops
# is digitised (the bullet list of benefits + database). fresh19s asked its phases and titolare.
q("obiettivo",
  "perché l'ufficio commercio di Cassano d'Adda vuole passare in digitale le vecchie pratiche di carta dei "
  "negozi? a cosa serve?",
  "Nell'obiettivo «Commercio: digitalizzazione documentazione e allineamento procedure» (04. Cultura, sport e "
  "valorizzazione turistica) avere un quadro digitale aggiornato del tessuto commerciale serve a fornire "
  "informazioni aggiornate in tempi ridotti, capire i bisogni della realtà locale, fondare le scelte "
  "strategiche (es. collocazione e dimensione dei mercati cittadini), destinare risorse, coinvolgere gli "
  "operatori e verificare pendenze e situazioni debitorie; si costruisce un database aggiornato delle "
  "realtà commerciali, utile anche per i bandi dei mercati e il canone unico.",
  [["database"], ["mercati"], ["bisogni"]],
  ["Avere un quadro aggiornato del tessuto commerciale e imprenditoriale",
   "nel fondare le scelte strategiche della città (es. collocazione e dimensione"], [PERF, PERF])

# 020 - Cassano Magnago 4.1.4, tirocini for upper-secondary students: motivation and expected value. No
# municipality named (only this plan has tirocini). Trap: 4.1.5 (minori, Area alla Persona) also mentions
# tirocini; the question is about students sent by the schools.
q("obiettivo",
  "che scopo hanno gli stage in comune per i ragazzi delle superiori e quanti ne vogliono attivare?",
  "Nel piano di Cassano Magnago è l'obiettivo di attivazione di tirocini formativi curriculari ed "
  "extracurriculari (4.1.4, Area attività educative e per il tempo libero): proporre ai giovani "
  "un'occasione lavorativa per accrescere l'inclusione sociale, la conoscenza del funzionamento di enti e "
  "istituzioni e l'assunzione di responsabilità; valore atteso: selezionare almeno un tirocinante. Si "
  "sottoscrive la convenzione con le scuole secondarie di secondo grado con un tutor interno e si aderisce al "
  "bando Anci «Dote comune».",
  [["almeno un tirocinante"], ["inclusione sociale", "occasione lavorativa"]],
  ["VALORE ATTESO\tSelezionare almeno un tirocinante",
   "Considerare le richieste avanzate dalle scuole secondarie di secondo grado"], [CM, CM])

# 021 - Cassano Magnago 1.2.1, "Tangenziale Sud": why it is built. Asked as "circonvallazione a sud".
q("obiettivo",
  "la circonvallazione a sud di Cassano Magnago: perché la vogliono finire e chi la segue?",
  "È l'obiettivo «Completare la Tangenziale Sud» (1.2.1, Area Lavori Pubblici) per migliorare la mobilità a "
  "sud della città: la motivazione è la deviazione dei mezzi pesanti per ridurre il traffico nel centro "
  "città; il valore atteso è promuovere la mobilità sostenibile in ambito urbano. Si monitora lo stato di "
  "avanzamento lavori (2025-2027).",
  [["mezzi pesanti"], ["traffico"]],
  ["Completare la \"Tangenziale Sud\" al fine di migliorare la mobilità",
   "MOTIVAZIONE\tDeviazione dei mezzi pesanti per ridurre il traffico nel centro"], [CM, CM])

# 022 - magentino 08.01 catasto: purpose (convention with the Polo catastale di Corbetta, basis for fair tax
# policies). Asked as "l'ufficio delle rendite degli immobili".
q("obiettivo",
  "nel magentino che ruolo ha il servizio che gestisce le rendite e le mappe degli immobili? con chi è "
  "convenzionato?",
  "È l'obiettivo «Il catasto: servizio ai cittadini e strumento per l'equità» (programma 08.01): il catasto "
  "è un servizio offerto ai cittadini in convenzione con il Polo catastale di Corbetta ed è strumento "
  "propedeutico alla definizione di corrette politiche fiscali; indicatore: verifica del rispetto degli "
  "obblighi convenzionali e adesione alle nuove convenzioni.",
  [["corbetta"], ["politiche fiscali"]],
  ["Il catasto: servizio ai cittadini e strumento per l'equità",
   "in convenzione con il Polo catastale di Corbetta"], [MAG, MAG])

# 023 - magentino 12.05 "Sostenere chi perde il lavoro": borse lavoro for disadvantaged, low-employability
# workers. Typo "disocupati". Trap: the neighbouring row (orientamento al lavoro) is about inoccupati.
q("obiettivo",
  "magentino: c'è qualcosa per i disocupati che hanno poche possibilità di ritrovare un lavoro? cosa prevede?",
  "Sì, l'obiettivo «Sostenere chi perde il lavoro» (programma 12.05): sperimentare partnership con altri "
  "Enti e con il Terzo settore per elaborare progetti di occupazione per lavoratori in condizioni di "
  "svantaggio, a bassa occupabilità, tramite borse lavoro; indicatore: progetti individuali da attivare nel "
  "territorio comunale anche in co-progettazione con il terzo settore.",
  [["borse lavoro"], ["bassa occupabilità", "svantaggio"]],
  ["Sostenere chi perde il lavoro",
   "a bassa occupabilità tramite borse lavoro"], [MAG, MAG])

# 024 - Cassano d'Adda VP 2023-2025, project 7.1 Sport e tempo libero: why youth competitive sport is
# pushed (fewer unauthorised gatherings, violence and vandalism).
q("obiettivo",
  "Nel PIAO 2023-2025 di Cassano d'Adda, perché si vuole far crescere la pratica sportiva dei giovani anche a "
  "livello agonistico?",
  "Nel progetto 7.1 «Sport e tempo libero» (Missione 6) si vuole aumentare la pratica sportiva anche a "
  "livello agonistico per incentivare momenti di aggregazione giovanile di valore e ridurre le occasioni di "
  "ritrovi non autorizzati, che spesso sfociano in episodi di violenza e vandalismo; inoltre incrementare e "
  "migliorare l'offerta di strutture e attività sportive.",
  [["ritrovi non autorizzati"], ["vandalismo"]],
  ["Aumentare la pratica sportiva anche a livello agonistico per incentivare",
   "OBIETTIVO STRATEGICO DI MANDATO - PROGETTO 7.1. SPORT E TEMPO LIBERO"], [VP, VP])

# 025 - Cremosano priority 5 "Custodire Cremosano": the approach to citizens' security. fresh19s/20s asked
# priorities 8, 9, 10 and the list.
q("obiettivo",
  "come intende affrontare Cremosano il tema della sicurezza dei cittadini?",
  "È la priorità strategica 5 «Custodire Cremosano»: la sicurezza è un bene prezioso, una garanzia di "
  "libertà e di diritto e una forma prioritaria di piena cittadinanza; un'amministrazione attenta non usa "
  "le emergenze e le argomentazioni sulla paura in modo strumentale ma, leggendo le differenti esigenze del "
  "territorio, propone un modello di fiducia e condivisione.",
  [["custodire cremosano"], ["fiducia"]],
  ["5. Custodire Cremosano",
   "propone un modello di fiducia e condivisione"], [CRE, CRE])

# =========================================================================================================
# RESPONSABILE (5) - two through the Cassano d'Adda org chart (new routes), three Cassano Magnago
# =========================================================================================================

# 026 - Cassano d'Adda: dematerialisation of civil-status acts for ANSC -> 05 Spazio Città -> RUGGIERI
# Elisabetta (org chart). fresh19s asked the 2000 marriage acts, not the person.
q("responsabile",
  "chi è la titolare del settore che a Cassano d'Adda digitalizza gli atti di stato civile per il passaggio "
  "all'anagrafe nazionale?",
  "L'obiettivo «Dematerializzazione degli atti di stato civile in vista del subentro in ANSC» (rif. DUP "
  "1.2.4) è del Settore 05. Spazio Città, la cui titolare dal 01/01/2024 al 31/12/2024 è RUGGIERI "
  "Elisabetta.",
  [["RUGGIERI"], ["spazio citt"]],
  ["Dematerializzazione degli atti di stato civile in vista del subentro in ANSC",
   "01/01/2024\t31/12/2024\tRUGGIERI Elisabetta\ttitolare"], [PERF, PERF])

# 027 - Cassano d'Adda: the Bibliobebè / "Nati per leggere" reading corner for 0-3 year olds -> 04 Cultura,
# sport e valorizzazione turistica -> BASSANI Maddalena (org chart). fresh19s reached BASSANI via market
# stalls.
q("responsabile",
  "A Cassano d'Adda chi è la responsabile del settore che gestisce lo spazio dove genitori e nonni leggono "
  "con i bimbi da 0 a 3 anni? nome e settore",
  "Lo spazio Bibliobebè, con l'avvio del presidio «Nati per leggere» (Rif. DUP 7.2.1), è un obiettivo del "
  "Settore 04. Cultura, sport e valorizzazione turistica, la cui titolare dal 01/01/2024 al 31/12/2024 è "
  "BASSANI Maddalena.",
  [["BASSANI"], ["cultura"]],
  ["AVVIO DEL PRESIDIO \"NATI PER LEGGERE\"",
   "01/01/2024\t31/12/2024\tBASSANI Maddalena\ttitolare"], [PERF, PERF])

# 028 - Cassano Magnago 1.1.3, free public Wi-Fi -> Area Attività Istituzionali ed Amm.ve.
q("responsabile",
  "a cassano magnago chi è il responsabile del progetto per dare internet gratis nelle piazze e nei luoghi "
  "di ritrovo?",
  "L'obiettivo di attivare una connessione Wifi gratuita nei principali punti di aggregazione e spazi "
  "pubblici (1.1.3) ha come responsabile gestionale il Responsabile Area Attività Istituzionali ed Amm.ve; "
  "si valuta di affidare l'erogazione del servizio a un gestore autorizzato.",
  [["attività istituzionali"]],
  ["Attivare una connessione Wifi con l'obiettivo di facilitare la diffusione",
   "RESPONSABILE GESTIONALE\tResponsabile Area Attività Istituzionali ed Amm.ve"], [CM, CM])

# 029 - Cassano Magnago 3.2.4, primary-school course on the health of the planet -> Area Territorio (trap:
# school projects are usually Area attività educative). No municipality named.
q("responsabile",
  "chi gestisce il percorso nelle scuole primarie sulla salute del pianeta, biodiversità, acqua e rifiuti?",
  "Nel piano di Cassano Magnago l'obiettivo (3.2.4, percorso formativo per far comprendere l'importanza del "
  "verde e della biodiversità) ha come responsabile gestionale il Responsabile Area Territorio, non l'area "
  "educativa; prevede appuntamenti nelle aree verdi della città con bambini e ragazzi delle scuole.",
  [["area territorio"]],
  ["un percorso che si focalizza sul tema della salute del pianeta",
   "RESPONSABILE GESTIONALE\tResponsabile Area Territorio"], [CM, CM])

# 030 - Cassano Magnago 3.1.2, synthetic-grass football pitch: political and managerial responsibility (one
# of the few objectives with a RESPONSABILE POLITICO line).
q("responsabile",
  "Cassano Magnago, campo da calcio in sintetico: chi è il responsabile politico e chi quello gestionale?",
  "Per l'obiettivo «Realizzazione di un campo da calcio in erba sintetica» (3.1.2) il responsabile politico "
  "è l'Assessore ai Lavori Pubblici e il responsabile gestionale è il Responsabile Area Lavori Pubblici.",
  [["assessore ai lavori pubblici"], ["area lavori pubblici"]],
  ["RESPONSABILE POLITICO\tAssessore ai Lavori Pubblici",
   "Realizzazione di un campo da calcio in erba sintetica"], [CM, CM])

# =========================================================================================================
# NUMERICO (4)
# =========================================================================================================

# 031 - Cassano d'Adda, sportello Online Insieme: opened in 2022, 2 keyboards and 2 screens. fresh19s asked
# the survey timing only.
q("numerico",
  "lo sportello Online Insieme in che anno è stato aperto e con quante tastiere e monitor funziona?",
  "A Cassano d'Adda lo sportello Online INSIEME è stato realizzato e aperto nel 2022 (Settore 05. Spazio Città): offre "
  "supporto a chi non ha familiarità con il digitale (SPID, CIE, servizi online, certificati ANPR) e le "
  "pratiche si fanno insieme, in modalità guidata, con 2 tastiere e 2 monitor.",
  [["2022"], ["2 monitor", "2 tastiere"]],
  ["Nel 2022 abbiamo realizzato e aperto un nuovo sportello chiamato Online",
   "attraverso l'uso di 2 tastiere e 2 monitor"], [PERF, PERF])

# 032 - Cassano Magnago 4.2.4, safety of school floors (solai): D.L. 12/09/2013 n. 104, art. 10.
q("numerico",
  "a Cassano Magnago quale decreto viene citato per dare priorità alla messa in sicurezza dei solai delle "
  "scuole?",
  "Nell'obiettivo di riqualificazione e recupero delle strutture scolastiche (4.2.4, Area Lavori Pubblici) la "
  "motivazione richiama la relazione attuativa dell'art. 10 del D.L. 12/09/2013 n. 104, che stabilisce "
  "come prioritaria la definizione di un piano manutentivo per la messa in sicurezza dei solai degli "
  "edifici scolastici.",
  [["104"], ["2013"]],
  ["dell'art.10 del D.L. 12/09/2013 n.104 stabilisce come prioritaria"], [CM])

# 033 - magentino 08.02 ERP housing: regional law L.R. 16/2016.
q("numerico",
  "Nel magentino, per gestire gli alloggi di edilizia residenziale pubblica si fa riferimento a quale legge "
  "regionale?",
  "Nell'obiettivo «Garantire un efficace servizio di gestione e manutenzione degli alloggi ERP» (programma "
  "08.02) si coopera con i soggetti individuati dalla L.R. 16/2016 per assegnazione, amministrazione e "
  "controllo degli alloggi di edilizia residenziale pubblica.",
  [["16/2016"]],
  ["Cooperare con i soggetti individuati dalla L.R. 16/2016"], [MAG])

# 034 - Cremosano: the definition of Valore Pubblico comes from the Linee guida per il Piano della
# Performance - Ministeri, n. 1, giugno 2017.
q("numerico",
  "da quali linee guida (numero e data) il PIAO di Cremosano prende la definizione di valore pubblico?",
  "Dalle Linee guida per il Piano della Performance – Ministeri, n. 1, giugno 2017, del Dipartimento della "
  "Funzione Pubblica, che definiscono il Valore Pubblico come il miglioramento del livello di benessere "
  "economico-sociale rispetto alle condizioni di partenza della politica o del servizio.",
  [["n. 1"], ["giugno 2017"]],
  ["Le Linee guida per il Piano della Performance – Ministeri, n. 1, giugno 2017"], [CRE])

# =========================================================================================================
# TEMPISTICA (3)
# =========================================================================================================

# 035 - Cassano Magnago 1.1.5, residui attivi: when the accertamenti not collected are communicated
# (gennaio-febbraio) and when recovery starts (aprile-dicembre). fresh20s used the other 1.1.5 deadlines.
q("tempistica",
  "residui attivi a Cassano Magnago: in che mesi il finanziario comunica gli accertamenti non riscossi e "
  "quando parte il recupero?",
  "Nell'obiettivo «Attivazione puntuale delle procedure per il recupero dei residui attivi» (1.1.5, Area "
  "Risorse): in sede di riaccertamento il responsabile finanziario comunica al responsabile del capitolo "
  "gli accertamenti registrati e non ancora riscossi a gennaio-febbraio; il responsabile del capitolo avvia "
  "il recupero degli importi da aprile a dicembre.",
  [["gennaio"], ["aprile"]],
  ["In sede di riaccertamento dei residui attivi, il responsabile finanziario",
   "avvia il procedimento di recupero degli importi\tAprile – dicembre"], [CM, CM])

# 036 - Cassano d'Adda, "Monitorare, integrare e aggiornare il PIAO" (00 Segretario generale): monitoring
# in June-October, cronoprogramma for PIAO 2025-2027 in November-December. Trap: the 01 support objective
# places its cronoprogramma support in OTTOBRE-DICEMBRE.
q("tempistica",
  "il segretario generale di Cassano d'Adda, nell'obiettivo sul PIAO e i rischi corruttivi, quando fa il "
  "monitoraggio delle sezioni e quando stende il cronoprogramma del PIAO 2025-2027?",
  "Nell'obiettivo «Monitorare, integrare e aggiornare il PIAO e, in particolare, la sottosezione Rischi "
  "Corruttivi e gli obblighi di trasparenza» (00. Segretario generale): FASE 1 formazione, analisi e "
  "approvazione PIAO febbraio/aprile; FASE 2 monitoraggio, analisi criticità e revisione delle sezioni "
  "giugno/ottobre; FASE 3 stesura del cronoprogramma per il PIAO 2025-2027 novembre/dicembre; FASE 4 "
  "aggiornamento costante degli obblighi di trasparenza gennaio-dicembre.",
  [["giugno"], ["novembre"]],
  ["FASE 3 - Stesura cronoprogramma per PIAO 2025-2027 - NOVEMBRE/DICEMBRE",
   "analisi criticità e necessità di revisione e integrazione sezioni"], [PERF, PERF])

# 037 - magentino: the only objective marked for 2024 alone (01.10 azioni positive / Nucleo di valutazione),
# and the website objective marked 2024-2025 but not 2026. Requires reading the year columns of the table.
q("tempistica",
  "nel magentino c'è un obiettivo previsto solo per il 2024? quale? e quello sulla navigabilità del sito "
  "istituzionale per quali anni è segnato?",
  "Sì: «Sviluppare azioni positive per favorire il miglioramento dei comportamenti e della qualità "
  "professionale del personale e contrastarne i comportamenti non corretti» (programma 01.10, formazione su "
  "trasparenza e integrità, servizi associati Nucleo di valutazione e ufficio procedimenti disciplinari) ha "
  "la x solo nella colonna 2024. L'obiettivo «Implementare e migliorare la navigabilità del Sito "
  "Istituzionale» (01.08) è segnato per 2024 e 2025, non per il 2026.",
  [["azioni positive"], ["2025"]],
  ["Sviluppare azioni positive per favorire il miglioramento dei comportamenti",
   "Implementare e migliorare la navigabilità del Sito Istituzionale"], [MAG, MAG])

# =========================================================================================================
# CONFRONTO (3) - one inside a document, two across documents
# =========================================================================================================

# 038 - Cassano d'Adda, the two RSA objectives (03): staff on secondment differs (2 ASA + 1 reception in the
# socio-assistenziale objective, 3 ASA + 1 reception in the accoglienza objective) and so do the employees.
# fresh19s asked the purpose of the questionnaire, not the staff.
q("confronto",
  "Cassano d'Adda ha due obiettivi sulla RSA (attività socio assistenziali e accoglienza): confrontami il "
  "personale comunale in distacco indicato nei due e i dipendenti coinvolti",
  "Nell'obiettivo sulle attività socio assistenziali il personale comunale in distacco presso la RSA è "
  "indicato in 2 Ausiliarie Socio Assistenziali e 1 addetta all'accoglienza (dipendenti: CAREDDA Maria "
  "Grazia B7, BORLERI Patrizia B3); in quello sul servizio di accoglienza in 3 Ausiliarie Socio "
  "Assistenziali e 1 addetta all'accoglienza (dipendente: MARMONE Maria Addolorata B7). Entrambi prevedono "
  "questionario (febbraio-marzo) e somministrazione (ottobre-dicembre).",
  [["2 ausiliarie"], ["3 ausiliarie"]],
  ["costituito da 2 Ausiliarie Socio Assistenziali e da 1 addetta",
   "costituito da 3 Ausiliarie Socio Assistenziali e da 1 addetta"], [PERF, PERF])

# 039 - violenza di genere: Cassano d'Adda (Rete V.I.O.L.A., Settore 04 with Settore 3) vs magentino 12.04
# (participation in building a prevention network; stakeholders ATS-centriantiviolenza, consultori).
q("confronto",
  "violenza di genere: cosa fanno Cassano d'Adda (piano 2024) e il magentino? in che rete sono?",
  "Cassano d'Adda (obiettivo «Conoscere per prevenire», 04. Cultura, sport e valorizzazione turistica, con il "
  "Settore 3) fa parte della Rete Istituzionale Antiviolenza Adda Martesana V.I.O.L.A. e consolida il lavoro "
  "con la Rete Viola, con iniziative di sensibilizzazione e aggiornamento delle informazioni di supporto. Il "
  "magentino (12.04 «Combattere la violenza di genere») punta a garantire la partecipazione alla costruzione "
  "di una rete di prevenzione, con servizi sociali, Ufficio di Piano, ATS-centriantiviolenza e consultori; "
  "indicatore: coordinamento rete e tavoli d'ambito.",
  [["viola"], ["rete di prevenzione", "centriantiviolenza"]],
  ["Rete Istituzionale Antiviolenza Adda Martesana V.I.O.L.A.",
   "Garantire la partecipazione alla costruzione di una rete di prevenzione"], [PERF, MAG])

# 040 - videosorveglianza: Cassano Magnago 2.2.1 (Polizia Locale, sensitive points, parks, main roads, more
# areas covered) vs magentino 03.01 (review of fixed and mobile cameras - fototrappole - and data exchange
# with the other police forces).
q("confronto",
  "videosorveglianza: che differenza c'è tra quello che prevede Cassano Magnago e quello che prevede il "
  "magentino?",
  "Cassano Magnago (2.2.1, Area Polizia Locale) vuole potenziare la videosorveglianza nei punti più sensibili "
  "del territorio, compresi i parchi e le maggiori arterie, con valore atteso aumentare le aree video "
  "sorvegliate, dopo il monitoraggio con il pattugliamento. Il magentino (03.01) vuole implementare l'uso "
  "dei sistemi esistenti e nuove installazioni; indicatore: revisione dell'utilizzo delle telecamere fisse e "
  "mobili (fototrappole) e maggiore collaborazione con le altre forze di polizia per lo scambio di dati.",
  [["parchi", "aree video sorvegliate"], ["fototrappole"]],
  ["VALORE ATTESO\tAumentare le aree video sorvegliate",
   "sia fisse che mobili (fototrappole)"], [CM, MAG])

# =========================================================================================================
# NON_PRESENTE (5) - one absent from the whole corpus (doc null), four tied to a document with an anchor
# =========================================================================================================

# 041 - defibrillators (DAE) in sports facilities / parks: no plan mentions them.
q("non_presente",
  "quanti defibrillatori DAE sono previsti negli impianti sportivi e nei parchi, e chi li deve gestire?",
  "Nei documenti disponibili non è presente alcuna informazione su defibrillatori (DAE): non sono indicati "
  "né il numero né chi li gestisce.",
  [], doc=None)

# 042 - Cassano Magnago "Comunità energetiche" (3.2.3): the block has no RESPONSABILE GESTIONALE line.
q("non_presente",
  "a Cassano Magnago chi è il responsabile gestionale dell'obiettivo sulle comunità energetiche?",
  "Per l'obiettivo «Comunità energetiche» (3.2.3) il piano non indica il responsabile gestionale: riporta "
  "solo motivazione, valore atteso e le attività 2025 (monitorare il progetto esplorativo CER affidato alla "
  "CMS spa nel 2023 e costituire la CER secondo le regole tecniche del GSE).",
  [],
  ["Costituzione della CER come soggetto giuridico in una delle forme previste",
   "Evitare lo spreco energetico attraverso l'unione di utenti che condividono"], [CM, CM])

# 043 - Cassano d'Adda org chart: 02 Finanziario e tributi has CHIZZOLI Martina only from 01/01/2024 to
# 30/04/2024; no titolare is given for the rest of 2024.
q("non_presente",
  "chi è il titolare del settore finanziario e tributi di Cassano d'Adda da maggio 2024 in poi?",
  "Il piano non lo indica: nella struttura organizzativa il Settore 02. Finanziario e tributi riporta solo "
  "CHIZZOLI Martina come titolare dal 01/01/2024 al 30/04/2024; per il periodo successivo non è riportato "
  "alcun titolare.",
  [],
  ["01/01/2024\t30/04/2024\tCHIZZOLI Martina\ttitolare"], [PERF])

# 044 - magentino 04.01: the new Polo Scolastico is named but no cost / amount is given (the table has no
# amounts at all).
q("non_presente",
  "quanto costa il nuovo polo scolastico previsto nel piano del magentino?",
  "Il documento del magentino cita la costruzione del nuovo Polo Scolastico nell'obiettivo «Scuole primarie "
  "e secondarie di primo grado sicure e confortevoli» (04.01), ma non indica il costo né alcun importo; "
  "l'indicatore è solo il rispetto del programma delle opere pubbliche.",
  [],
  ["anche tramite la costruzione del nuovo Polo Scolastico"], [MAG])

# 045 - Cremosano: the priorities have descriptions only, no indicators or targets (no "%", no
# "indicatore", no "target").
q("non_presente",
  "per la priorità sullo sport, quali indicatori e target ha fissato Cremosano nel PIAO?",
  "Il PIAO di Cremosano non riporta indicatori né target per la priorità 6 «Cremosano e sport»: ne dà solo "
  "una descrizione (valore educativo, aggregativo e di prevenzione della pratica sportiva, da programmare "
  "con attenzione).",
  [],
  ["La pratica sportiva ha un grande valore educativo, pedagogico, formativo"], [CRE])


def main() -> None:
    assert len(Q) == 45, len(Q)
    with OUT.open("w", encoding="utf-8") as f:
        for row in Q:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(Q)} questions to {OUT}")


if __name__ == "__main__":
    main()
