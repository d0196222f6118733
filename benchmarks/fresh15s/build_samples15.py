"""Build benchmarks/fresh15s/samples15_qa.jsonl: 45 held-out questions on the five sample plans.

Written blind: the only sources are the five texts in data/samples/ and the format in
/work/shared/eval/README.md. One commented block per question. Anchors are verbatim single-line substrings
(20-80 chars) of the named file; "\t" marks a TAB of the source line. Every must_contain alternative occurs
in the normalised text of the evidence documents (checked by samples15_check.py).

Usage: python benchmarks/fresh15s/build_samples15.py
"""
from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "samples15_qa.jsonl"

CM = "cassano-magnago_piao-2025-2027_obiettivi-operativi.txt"
PERF = "cassano-dadda_piao-2024-2026_performance.txt"
VP = "cassano-dadda_piao-2023-2025_valore-pubblico.txt"
MAG = "magentino_piao-2024-2026_obiettivi-dup.txt"
CRE = "cremosano_piao-2026-2028_valore-pubblico.txt"

Q: list[dict] = []


def q(type_, question, answer, must, evidence=(), docs=(), doc=None):
    """Append one question. `docs` gives the file of each anchor; `doc` is derived unless given."""
    evidence, docs = list(evidence), list(docs)
    assert len(evidence) == len(docs), question
    if doc is None and docs:
        uniq = list(dict.fromkeys(docs))
        doc = uniq[0] if len(uniq) == 1 else uniq
    Q.append({
        "id": f"f15s-{len(Q) + 1:03d}",
        "question": question,
        "answer": answer,
        "must_contain": must,
        "doc": doc,
        "evidence": evidence,
        "evidence_docs": docs,
        "type": type_,
    })


# ---------------------------------------------------------------------------------------------------------
# ELENCO (8)
# ---------------------------------------------------------------------------------------------------------

# 001 - CM 3.1.1 "Miglioramento e messa a norma delle dotazioni impiantistiche sportive": the three kinds of
# pitch of the planned multi-sport centre (2nd-level action, 2025/2026).
q("elenco",
  "Nel piano di Cassano Magnago, il nuovo centro sportivo polivalente quali campi dovrebbe comprendere?",
  "Nell'obiettivo di miglioramento e messa a norma delle dotazioni impiantistiche sportive (obiettivo "
  "strategico 3.1.1, Responsabile Area Lavori Pubblici) è previsto l'affidamento e la realizzazione di un centro "
  "sportivo polivalente che comprende campi da beach volley, padel e calcetto (tempistica 2025/2026).",
  [["beach volley"], ["padel"], ["calcetto"]],
  ["sportivo polivalente che comprende campi da beach volley, padel e calcetto"], [CM])

# 002 - CM 3.2.1 awareness days on green areas: "Una giornata del verde pulito" and "La giornata dell'Albero".
q("elenco",
  "quali giornate a tema ambientale si organizzano con le associazioni per la cura del verde?",
  "Nell'obiettivo sulle giornate di sensibilizzazione, educazione ambientale e cura del verde (obiettivo "
  "strategico 3.2.1, Responsabile Area Territorio) sono previste due giornate: «Una giornata del verde pulito», "
  "in cui adulti, giovani e ragazzi raccolgono insieme i rifiuti abbandonati per le strade della città, e «La "
  "giornata dell'Albero», con la piantumazione in nuove aree (2025/2026/2027).",
  [["verde pulito"], ["albero"]],
  ["che coinvolge adulti, giovani e ragazzi che insieme raccolgono i rifiuti",
   "durante la quale si procede alla piantumazione in nuove aree"], [CM, CM])

# 003 - CM 4.1.5 minors placed in the Comunità Alloggio: the four 2nd-level actions. Typo "comunita".
q("elenco",
  "Per i minori inseriti in comunita alloggio, quali azioni di secondo livello prevede il piano di Cassano "
  "Magnago?",
  "L'obiettivo «Curare l'inserimento dei minori in Comunità Alloggio residenziale e semi-residenziale» "
  "(4.1.5, Responsabile Area alla Persona) prevede quattro azioni, tutte 2025/2026/2027: percorsi di "
  "accompagnamento all'autonomia per neo-maggiorenni inseriti in strutture residenziali; collaborazione con la "
  "neuropsichiatria e i pediatri per servizi di aiuto a ragazzi particolarmente fragili; attivazione di tirocini "
  "formativi curricolari ed extracurricolari (anche con Anci Lombardia); percorsi di prevenzione del disagio "
  "giovanile, accompagnamento alla maggiore età e supporto ai compiti di cura della famiglia.",
  [["maggiorenni"], ["neuropsichiatria"], ["tirocini"], ["disagio giovanile"]],
  ["Curare l'inserimento dei minori in Comunità Alloggio residenziale",
   "Collaborare con la neuropsichiatria ed i pediatri per l'attivazione di servizi"], [CM, CM])

# 004 - CM 4.2.3 services complementary to school: pre/post school and lunch assistance, assistance to pupils
# with handicap, "Nuoto in cartella" (all "Anno scolastico").
q("elenco",
  "Quali servizi complementari all'offerta scolastica gestisce il Comune di Cassano Magnago durante l'anno "
  "scolastico?",
  "Nell'obiettivo «Attivazione di servizi complementari all'offerta scolastica» (4.2.3, Responsabile Area "
  "attività educative e per il tempo libero) sono previsti, per l'anno scolastico: i servizi integrativi di pre e "
  "post scuola e l'assistenza mensa; i servizi di assistenza ai portatori di handicap; progetti sportivi per le "
  "scuole dell'infanzia e primarie, come il progetto \"Nuoto in cartella\".",
  [["post scuola"], ["mensa"], ["handicap"], ["nuoto in cartella"]],
  ["servizi scolastici integrativi di pre e post scuola e assistenza mensa",
   "Promuovere progetti sportivi per le scuole dell'infanzia e le scuole primarie"], [CM, CM])

# 005 - Cassano d'Adda, 01 Affari generali, training on the new contracts code: the digital platforms on
# which the Gare e contratti office accredits the staff of each settore (new fact; 8/7/960 used before).
q("elenco",
  "Su quali piattaforme l'ufficio Gare e contratti deve accreditare il personale dei settori per gestire gli "
  "affidamenti diretti?",
  "Nell'obiettivo di formazione interna sul nuovo codice dei contratti (Rif. DUP 10.1.8, 01. Affari generali) "
  "l'ufficio Gare e contratti accredita il personale indicato dai Responsabili di settore sulle piattaforme "
  "CONSIP/MEPA, SINTEL/NECA e ANAC (fase di accreditamento: gennaio-febbraio).",
  [["mepa", "consip"], ["sintel", "neca"], ["anac"]],
  ["ad accreditare nelle piattaforme CONSIP/MEPA, SINTEL/NECA e ANAC"], [PERF])

# 006 - magentino 01.02 "Garantire le funzioni delegate dallo Stato": the four services of Governo.
q("elenco",
  "Nel piano del magentino, quali sono i servizi di Governo delegati di cui si vogliono migliorare gli "
  "standard?",
  "Nell'obiettivo operativo «Garantire le funzioni delegate dallo Stato in materia di Anagrafe e stato civile» "
  "(programma 01.02) la finalità è gestire e migliorare gli standard dei servizi di Governo delegati: Anagrafe, "
  "Stato Civile, Elettorale e Leva, con attenzione alla semplificazione e all'efficienza dei procedimenti. "
  "L'indicatore è implementare l'accesso alle modalità telematiche.",
  [["anagrafe"], ["stato civile"], ["elettorale"], ["leva"]],
  ["servizi di Governo delegati (Anagrafe, Stato Civile, Elettorale,Leva)"], [MAG])

# 007 - Cassano d'Adda, 02 Finanziario e tributi, "Informare il cittadino in materia tributaria" (the FAQ
# objective): its four employees. Trap: the aree fabbricabili objective has GAMBA/LOCATELLI/MAURI too, but
# BONOMETTI instead of UBERTI.
q("elenco",
  "Chi sono i dipendenti che lavorano all'obiettivo delle FAQ sui tributi a Cassano d'Adda?",
  "All'obiettivo «Informare il cittadino in materia tributaria» (Rif. DUP 1.1.5, 02. Finanziario e tributi) "
  "partecipano GAMBA Sara (C3), LOCATELLI Silvia (C1), UBERTI Claudio (C1) e MAURI Claudia (C5).",
  [["gamba"], ["locatelli"], ["uberti"], ["mauri"]],
  ["Rif. DUP 1.1.5 INFORMARE IL CITTADINO IN MATERIA TRIBUTARIA", "n. persone formate nel Settore"],
  [PERF, PERF])

# 008 - Cassano d'Adda VP 2023-25, Missione 12: the mandate projects of area tematica 4 (plus 9.2).
q("elenco",
  "Nel PIAO 2023-2025 di Cassano d'Adda, quali progetti di mandato rientrano nella Missione 12 (diritti "
  "sociali, politiche sociali e famiglia)?",
  "Nella Missione 12 del piano valore pubblico 2023-2025 rientrano i progetti dell'area tematica 4: 4.1 Giovani "
  "e minori, 4.2 Anziani, 4.3 Persone diversamente abili, 4.4 Volontariato e 4.5 Famiglia; è richiamato anche il "
  "progetto 9.2 Cascine San Pietro (area tematica 9, frazioni).",
  [["giovani e minori"], ["anziani"], ["diversamente abili"], ["volontariato"], ["famiglia"]],
  ["MISSIONE 12 - DIRITTI SOCIALI, POLITICHE SOCIALI E FAMIGLIA",
   "PROGETTO 4.3 PERSONE DIVERSAMENTE ABILI", "PROGETTO 4.4 VOLONTARIATO"], [VP, VP, VP])

# ---------------------------------------------------------------------------------------------------------
# INDICATORE (7) - 6 of them name the objective by a paraphrase of its topic
# ---------------------------------------------------------------------------------------------------------

# 009 - Cassano d'Adda "Controlli stradali" (5.1.2): the school entry/exit indicator (70%), asked by
# paraphrase. Other indicators of this objective were used before; this one was not.
q("indicatore",
  "Per il presidio davanti alle scuole in entrata e uscita mentre ci sono i cantieri, che target si è data la "
  "polizia locale di Cassano d'Adda?",
  "È un indicatore dell'obiettivo Controlli stradali (Rif. DUP 5.1.2, fase 2, 08. Polizia locale): effettuare "
  "servizi dedicati all'ingresso/uscita delle scuole durante l'esecuzione dei lavori pubblici, con dato di "
  "arrivo il 70% degli ingressi/uscite (% prevista 70).",
  [["70"], ["ingress", "uscit"]],
  ["Effettuare servizi dedicati all'ingresso/uscita scuole durante l'esecuzione"], [PERF])

# 010 - Cassano d'Adda "Digitalizzazione registro pratiche paesaggistiche": 445 files. Paraphrase; typo
# "paesagistiche".
q("indicatore",
  "Nell'obiettivo che collega il registro delle autorizzazioni paesagistiche alle pratiche edilizie, quante "
  "pratiche vanno digitalizzate?",
  "Nell'obiettivo «Digitalizzazione registro pratiche paesaggistiche» (Rif. DUP 10.1.8, 06. Governo del "
  "territorio e ambiente) l'indicatore è il numero di pratiche del registro da digitalizzare: 445/445 "
  "(dimensione attesa 445), oltre al 100% di scansione del registro e di digitalizzazione sul programma Solo1.",
  [["445"]],
  ["n. pratiche del registro da digitalizzare (445/445)"], [PERF])

# 011 - Cassano d'Adda "Analisi straordinaria delle aree fabbricabili" (fase 1 di 2): its percentage targets.
# Named by its title (the non-paraphrased indicatore question).
q("indicatore",
  "Quali target percentuali ha l'obiettivo di analisi straordinaria delle aree fabbricabili (fase 1 di 2) di "
  "Cassano d'Adda?",
  "Gli indicatori sono: rispetto di fasi e tempi 100%; analisi straordinaria delle aree fabbricabili 50%; "
  "incrocio delle informazioni con il database tributi 50%; il quarto indicatore (aree fabbricabili mappate) non "
  "ha un valore.",
  [["50"], ["incrocio", "database tributi"], ["100"]],
  ["analisi straordinaria aree fabbricabili", "incrocio informazioni con database tributi"], [PERF, PERF])

# 012 - magentino 04.06 "Una refezione scolastica di qualità": output indicator, asked as "mensa".
q("indicatore",
  "Per la mensa delle scuole, quale indicatore di output prevede il piano magentino?",
  "Per l'obiettivo «Una refezione scolastica di qualità» (programma 04.06) l'indicatore di output è: attivare "
  "una nuova gara intercomunale di affidamento, previa analisi dei nuovi bisogni. La finalità è gestire la "
  "refezione con economie di gestione, ridurre gli sprechi e monitorare il sistema dei controlli.",
  [["gara intercomunale"], ["nuovi bisogni"]],
  ["Attivare nuova gara intercomunale di affidamento, previa analisi dei nuovi"], [MAG])

# 013 - CM 1.1.2 "Attivare l'App comunale istituzionale": expected value "Utenti iscritti ai servizi".
q("indicatore",
  "Come si misura il risultato dell'applicazione per smartphone del comune di Cassano Magnago? che valore "
  "atteso c'è?",
  "Per l'obiettivo di attivare l'App comunale istituzionale (1.1.2, Responsabile Area Risorse) il valore "
  "atteso è «Utenti iscritti ai servizi». Si valuterà l'uso di APP specifiche integrate con i contenuti del sito, "
  "affiancate al canale Whatsapp recentemente attivato (2025-2026-2027).",
  [["utenti iscritti"]],
  ["Attivare l'App comunale istituzionale migliorando la comunicazione", "VALORE ATTESO\tUtenti iscritti ai servizi"],
  [CM, CM])

# 014 - CM 4.1.4 curricular / extracurricular traineeships: expected value, asked as "stage".
q("indicatore",
  "Per gli stage degli studenti in comune qual è il valore atteso?",
  "Per l'obiettivo di attivazione di tirocini formativi curriculari ed extracurriculari (4.1.4, Responsabile "
  "Area attività educative e per il tempo libero) il valore atteso è selezionare almeno un tirocinante. Le "
  "azioni: convenzioni con le scuole secondarie di secondo grado con un tutor interno, e adesione al bando Anci "
  "per il progetto Dote comune.",
  [["almeno un tirocinante"]],
  ["VALORE ATTESO\tSelezionare almeno un tirocinante"], [CM])

# 015 - magentino 06.01 "Gestire con efficienza ed efficacia gli impianti sportivi": output indicator, asked
# as gyms / municipal sports centre.
q("indicatore",
  "nel magentino come viene misurata la gestione delle palestre e del centro sportivo comunale?",
  "Per l'obiettivo «Gestire con efficienza ed efficacia gli impianti sportivi» (06.01) l'indicatore di output è "
  "la revisione dell'autorizzazione all'utilizzo delle palestre e il monitoraggio del corretto adempimento degli "
  "obblighi del concessionario del centro sportivo comunale.",
  [["revisione"], ["concessionario"]],
  ["Revisione autorizzazione all'utilizzo palestre e monitoraggio del corretto"], [MAG])

# ---------------------------------------------------------------------------------------------------------
# OBIETTIVO (6)
# ---------------------------------------------------------------------------------------------------------

# 016 - CM 4.1.2 foster care (affido familiare): partner and expected value.
q("obiettivo",
  "Cosa si propone il Comune di Cassano Magnago sul tema dell'affido familiare e con chi collabora?",
  "L'obiettivo (4.1.2, Responsabile Area alla Persona) prevede attività di sensibilizzazione e formazione "
  "sull'affido familiare con le realtà del territorio e con il Tavolo Affidato, promuovendo l'affido come "
  "esperienza di accoglienza e collaborazione tra famiglie. Il valore atteso è garantire il diritto del minore a "
  "crescere nel proprio nucleo familiare, riducendo il rischio di allontanamento, sostenere le fragilità "
  "familiari e superare la discriminazione, con attenzione alla violenza di genere.",
  [["tavolo affidato"], ["nucleo familiare"]],
  ["in collaborazione con le realtà del territorio e con il Tavolo Affidato",
   "Garantire il diritto del minore a crescere nel proprio nucleo familiare"], [CM, CM])

# 017 - CM 5.3.3 home support for disabled citizens: the "Dopo di Noi" facility and its purpose.
q("obiettivo",
  "Che cosa prevede il piano di Cassano Magnago per il 'dopo di noi' delle persone con disabilità?",
  "Nell'obiettivo «Interventi di sostegno per i cittadini con disabilità con interventi a domicilio» (5.3.3, "
  "Responsabile Area alla Persona) è prevista la realizzazione di una struttura per il \"Dopo di Noi\" "
  "(2025/2026/2027). Il valore atteso è garantire la massima autonomia e indipendenza delle persone con "
  "disabilità anche quando i genitori non possono più occuparsi di loro, in contesti il più possibile simili "
  "alla casa familiare.",
  [["una struttura"], ["non possono più occuparsi", "genitori non possono"]],
  ["Realizzazione di una struttura per il \"Dopo di Noi\"",
   "anche quando i genitori non possono più occuparsi di loro"], [CM, CM])

# 018 - CM 2.2.1 "Lotta all'abuso di alcool e alla guida pericolosa": actions and motivation.
q("obiettivo",
  "cosa fa la polizia locale di cassano magnago contro l'alcol alla guida e per quale motivo?",
  "L'obiettivo «Lotta all'abuso di alcool e alla guida pericolosa» (2.2.1, Responsabile Area Polizia Locale) "
  "prevede posti di controllo con l'etilometro per la guida in stato di ebbrezza e controlli all'interno dei "
  "locali e nelle zone esterne per evitare turbative della quiete pubblica. La motivazione è promuovere una "
  "cultura di responsabilità verso la propria salute e quella degli altri; il valore atteso è aumentare il "
  "numero di controlli rispetto all'anno precedente.",
  [["etilometro"], ["locali"], ["responsabilità"]],
  ["Prevedere posti di controllo per accertamenti sulla guida in stato di ebrezza",
   "cultura di responsabilità nei confronti della propria salute"], [CM, CM])

# 019 - CM 4.2.2 integration of foreign pupils: linguistic mediation (Varese), ethnic menu day, purpose.
q("obiettivo",
  "Come aiuta Cassano Magnago l'inserimento dei bambini stranieri nelle classi? qual è lo scopo?",
  "Nell'obiettivo sui progetti di educazione all'affettività e alla diversità (4.2.2, Area attività educative) "
  "il Comune collabora con società e professionisti della mediazione linguistica di Varese: personale bilingue "
  "fa da interprete con la famiglia e il bambino, poi il progetto segue la formazione scolastica dell'alunno; "
  "c'è anche la Giornata del menù etnico. Lo scopo è che gli studenti stranieri non vivano il proprio bagaglio "
  "culturale come un ostacolo, ma come un valore aggiunto da condividere con i compagni.",
  [["mediazione linguistica"], ["etnico"], ["valore aggiunto"]],
  ["professionisti della mediazione linguistica di Varese",
   "Giornata del menù etnico per aiutare l'inclusione"], [CM, CM])

# 020 - Cremosano strategic priority 1 "Cura del territorio".
q("obiettivo",
  "Cremosano, priorità 'Cura del territorio': in cosa consiste?",
  "Per il Comune di Cremosano il compito strategico del governo del territorio è cercare un giusto equilibrio "
  "fra conservazione e valorizzazione, fra integrazione e sostituzione, fra riuso e connotazione, partendo dai "
  "caratteri del luogo per guidare i cambiamenti e riconoscere le peculiarità dei paesaggi ereditati dal "
  "passato.",
  [["conservazione"], ["valorizzazione"], ["paesaggi"]],
  ["giusto equilibrio fra conservazione e valorizzazione"], [CRE])

# 021 - magentino 12.05 "Promuovere la cultura del benessere".
q("obiettivo",
  "Nel PIAO 2024-2026 del magentino c'è qualcosa sulla promozione della salute dei cittadini? cosa prevede?",
  "Sì, l'obiettivo «Promuovere la cultura del benessere» (programma 12.05): organizzare serate formative su "
  "salute e buone pratiche e sostenere le buone prassi aderendo ai progetti delle agenzie della salute (ATS e "
  "associazionismo). Indicatore: organizzazione di eventi e campagna di promozione anche sui canali social. "
  "Stakeholder: cittadinanza, servizi sociali, ASL, Istituto comprensivo, professionisti della salute, "
  "associazioni di volontariato.",
  [["serate formative"], ["ats"]],
  ["Organizzare serate formative in materia di salute e buone pratiche"], [MAG])

# ---------------------------------------------------------------------------------------------------------
# TEMPISTICA (5)
# ---------------------------------------------------------------------------------------------------------

# 022 - Cassano d'Adda, training on contractual rules (ufficio personale): months of the sessions.
q("tempistica",
  "In che mesi l'ufficio personale di Cassano d'Adda tiene le sessioni formative sugli istituti contrattuali?",
  "Nell'obiettivo di formazione interna in materia di istituti contrattuali (01. Affari generali) le sessioni "
  "formative al personale a cura dell'u.o. personale sono previste da maggio a settembre (MAGGIO - SETT), dopo "
  "l'analisi delle criticità (gennaio-marzo) e la rilevazione dei fabbisogni (marzo-aprile); il report e la "
  "customer satisfaction seguono in ottobre-dicembre.",
  [["maggio"], ["sett"]],
  ["Sessioni formative al personale a cura dell'u.o. personale MAGGIO - SETT"], [PERF])

# 023 - CM 1.1.5 taxpayer assistance: IMU deadlines.
q("tempistica",
  "scadenze imu per cui cassano magnago assiste i contribuenti?",
  "Nell'obiettivo di semplificazione degli adempimenti dei contribuenti (Area Risorse, modelli F24 compilati su "
  "richiesta) l'assistenza riguarda le scadenze IMU: acconto 17 giugno 2024 e saldo 16 dicembre 2024.",
  [["17 giugno"], ["16 dicembre"]],
  ["Acconto 17 giugno 2024 - saldo 16 dicembre 2024"], [CM])

# 024 - CM 3.2.3 primary-energy reduction in municipal buildings: the only ARCO TEMPORALE field of the plan.
q("tempistica",
  "Qual è l'arco temporale dell'obiettivo di Cassano Magnago per ridurre il fabbisogno di energia primaria "
  "negli edifici comunali?",
  "L'arco temporale indicato è «Per tutto il mandato amministrativo»; l'azione di 2° livello (confronto dei dati "
  "dei professionisti con i consumi e i valori economici precedenti al contratto) è prevista 2025/2026/2027. "
  "Responsabile: Area Lavori Pubblici.",
  [["tutto il mandato", "mandato amministrativo"]],
  ["ARCO TEMPORALE\tPer tutto il mandato amministrativo"], [CM])

# 025 - CM 3.1.5 cultural associations: month and partner of the "Antichi organi" series.
q("tempistica",
  "Quando si tiene la rassegna sugli organi antichi e con quale associazione?",
  "La rassegna \"Antichi organi, patrimonio d'Europa\" si tiene a settembre con l'associazione \"Antiqua "
  "modicia\", nell'obiettivo di collaborazione con le associazioni culturali del territorio (3.1.5), il cui "
  "valore atteso è programmare almeno un evento culturale.",
  [["settembre"], ["antiqua modicia"]],
  ["Rassegna \"Antichi organi, patrimonio d'Europa\" con l'associazione"], [CM])

# 026 - CM 1.1.5 management control of internal services: deadline of the 2nd-level objectives.
q("tempistica",
  "Entro quando vanno elaborati gli obiettivi operativi di 2° livello per il controllo di gestione dei "
  "servizi interni?",
  "Nell'obiettivo di monitoraggio dei servizi interni ai fini del controllo di gestione (Area Risorse, valore "
  "atteso: elaborazione dell'allegato PIAO) gli obiettivi di 2° livello vanno elaborati entro 30 giorni "
  "dall'approvazione del bilancio di previsione; rendicontazione e previsione triennale 2024/2025/2026.",
  [["30 giorni"], ["bilancio di previsione"]],
  ["Entro 30 giorni dall'approvazione del bilancio di previsione"], [CM])

# ---------------------------------------------------------------------------------------------------------
# RESPONSABILE (5) - 027 and 028 go through the Cassano d'Adda org chart
# ---------------------------------------------------------------------------------------------------------

# 027 - Settore 5 process digitalisation ("almeno sei procedimenti") -> 05 Spazio Città -> RUGGIERI.
q("responsabile",
  "Chi è la titolare del settore che nel 2024 deve digitalizzare completamente almeno sei procedimenti ancora "
  "in parte analogici?",
  "È l'obiettivo «Individuazione dei processi di natura mista e completa digitalizzazione di alcuni processi "
  "di competenza del Settore 5» (rif. DUP 1.2.4) di Cassano d'Adda, affidato al settore 05. Spazio Città, la cui "
  "titolare è RUGGIERI Elisabetta (dal 01/01/2024 al 31/12/2024).",
  [["ruggieri"], ["spazio citt"]],
  ["almeno sei procedimenti per i quali sarà necessario",
   "01/01/2024\t31/12/2024\tRUGGIERI Elisabetta\ttitolare"], [PERF, PERF])

# 028 - school educational assistance for disabled pupils -> 03 Servizi alla persona -> MORETTI.
q("responsabile",
  "chi è responsabile dell'assistenza educativa scolastica agli alunni con disabilità a Cassano d'Adda? mi "
  "serve settore e nome",
  "L'obiettivo «Assistenza educativa scolastica: sostenere e promuovere l'autonomia degli alunni» (Rif. DUP "
  "6.1.6) è del settore 03. Servizi alla persona, la cui titolare è MORETTI Alessandra (01/01/2024-31/12/2024); "
  "vi partecipa la dipendente OLIVERI Giovanna.",
  [["moretti"], ["servizi alla persona"]],
  ["Assistenza educativa Scolastica: sostenere e promuovere l'autonomia",
   "01/01/2024\t31/12/2024\tMORETTI Alessandra\ttitolare"], [PERF, PERF])

# 029 - CM 1.1.1 participatory budget: the managing officer is not a fixed area. Typo "partecipatvo".
q("responsabile",
  "Chi è il responsabile gestionale del Bilancio partecipatvo a Cassano Magnago?",
  "Per il progetto del Bilancio partecipativo non è fissata un'area: il responsabile gestionale è il "
  "«Responsabile interessato dal progetto da attuare» (obiettivo strategico 1.1.1).",
  [["interessato dal progetto"]],
  ["RESPONSABILE GESTIONALE\tResponsabile interessato dal progetto da attuare"], [CM])

# 030 - Cassano d'Adda strategic line 03 Opere pubbliche: the three assessori.
q("responsabile",
  "Quali assessori sono indicati per la linea strategica Opere pubbliche nel piano performance di Cassano "
  "d'Adda?",
  "Per la linea strategica 03. Opere pubbliche sono indicati l'Ass. M. Cerri, l'Ass. R. Stavola e l'Ass. D. "
  "Bucca.",
  [["cerri"], ["stavola"], ["bucca"]],
  ["Ass. M. Cerri - Ass. R. Stavola - Ass. D. Bucca"], [PERF])

# 031 - CM 2.2.4 citizens' training on the Piano di Emergenza Comunale -> Area Territorio (trap: the
# volunteers-at-events objective under the same strategic objective is Polizia Locale).
q("responsabile",
  "A Cassano Magnago chi è responsabile della formazione dei cittadini sul Piano di Emergenza Comunale?",
  "L'obiettivo di sensibilizzazione dei cittadini sui rischi, con una formazione dedicata al Piano di Emergenza "
  "Comunale (2.2.4), è affidato al Responsabile Area Territorio; l'azione è collaborare con la Protezione Civile "
  "(2025/2026/2027).",
  [["area territorio"]],
  ["con una formazione dedicata al Piano di Emergenza Comunale"], [CM])

# ---------------------------------------------------------------------------------------------------------
# MULTI_HOP (4)
# ---------------------------------------------------------------------------------------------------------

# 032 - employee BONOMETTI Mauro -> three objectives (two of 07 Lavori pubblici, one of 02 Finanziario).
q("multi_hop",
  "Il dipendente BONOMETTI Mauro a quali obiettivi 2024 partecipa a Cassano d'Adda, e di quali settori sono?",
  "BONOMETTI Mauro (C3) compare in tre obiettivi: la rigenerazione urbana del centro storico (piazza Garibaldi, "
  "via L. da Vinci, via Veneto), con acquisizione aree e accordi bonari, e la sicurezza delle scuole (C.I.S., CPI "
  "e PNRR Cristo Risorto), come supporto ai sopralluoghi, entrambi del settore 07. Lavori pubblici; inoltre "
  "l'analisi straordinaria delle aree fabbricabili del settore 02. Finanziario e tributi.",
  [["rigenerazione"], ["cpi", "cristo risorto", "idoneità statica"], ["aree fabbricabili"],
   ["lavori pubblici"], ["finanziario"]],
  ["BONOMETTI Mauro\tC3\tAcquisizione aree e accordi bonari (supporto atti)",
   "BONOMETTI Mauro\tC3\tSupporto per i sopralluoghi ed eventuale",
   "aree fabbricabili mappate"], [PERF, PERF, PERF])

# 033 - VP 2023-25 project 1.1 Risorse finanziarie -> 2024 objectives under 01.1 -> settori 02 and 00.
q("multi_hop",
  "Il progetto 1.1 Risorse finanziarie del piano valore pubblico 2023-2025 di Cassano d'Adda: nel piano "
  "performance 2024 a quali settori sono affidati gli obiettivi operativi collegati?",
  "Nel piano 2024 sotto 01.1 - Progetto risorse finanziarie ci sono Un bilancio sano, Open bilancio, Informare "
  "il cittadino in materia tributaria e l'analisi straordinaria delle aree fabbricabili, affidati al settore 02. "
  "Finanziario e tributi, e l'obiettivo intersettoriale Rispetto tempi medi di pagamento, affidato al 00. "
  "Segretario generale.",
  [["finanziario"], ["segretario"]],
  ["PROGETTO 1.1 RISORSE FINANZIARIE", "01.1 - PROGETTO RISORSE FINANZIARIE",
   "Rispetto tempi medi di pagamento - OBIETTIVO INTERSETTORIALE"], [VP, PERF, PERF])

# 034 - public-housing illegality objective (4.6.1) -> strategic line 04 -> its three assessori.
q("multi_hop",
  "L'obiettivo di Cassano d'Adda contro l'abusivismo negli alloggi pubblici sotto quale indirizzo strategico "
  "sta, e quali assessori ne sono referenti?",
  "L'obiettivo (rif. DUP 4.6.1, 04.6 Progetto Casa, settore 03) sta sotto l'indirizzo strategico 04. Giovani, "
  "anziani, famiglia, servizi sociali, tutela degli animali, per il quale sono indicati l'Ass. M. Savino, l'Ass. "
  "A.P. Capece e l'Ass. M. Cerrì.",
  [["servizi sociali", "giovani, anziani"], ["savino"], ["capece"], ["cerr"]],
  ["Contrastare l'illegalità e l'abusivismo nei servizi abitativi pubblici",
   "Ass. M. Savino - Ass. A.P. Capece - Ass. M. Cerrì"], [PERF, PERF])

# 035 - CM: the cooperative of the school-meals committee (Codess) -> the school-inclusion objective for
# pupils with disabilities (5.3.3), hours of assistance, September-June.
q("multi_hop",
  "La cooperativa che siede nel comitato mensa di Cassano Magnago in quale altro obiettivo del piano compare e "
  "per fare cosa?",
  "È la Cooperativa Codess. Compare anche nell'obiettivo di coordinamento con le agenzie educative per "
  "l'inclusione scolastica degli studenti con disabilità (5.3.3, Area attività educative e per il tempo libero): "
  "collaborazione costante con Codess per definire le ore di assistenza scolastica per gli studenti che "
  "necessitano di personale qualificato, da settembre a giugno.",
  [["codess"], ["disabilità"], ["ore di assistenza", "assistenza scolastica"]],
  ["Il Comitato mensa, composto da: i rappresentanti della Cooperativa Codess",
   "Collaborazione costante con la società cooperativa Codess per definire le ore"], [CM, CM])

# ---------------------------------------------------------------------------------------------------------
# CONFRONTO (3) - each side gives at least one group
# ---------------------------------------------------------------------------------------------------------

# 036 - civil-protection volunteers: CM (events; carabinieri in congedo, alpini) vs magentino (Gruppo di
# Protezione Civile di Magenta, co-financed).
q("confronto",
  "Volontariato di protezione civile: cosa prevede Cassano Magnago e cosa il piano magentino?",
  "Cassano Magnago (2.2.4, Area Polizia Locale) impiega le associazioni di volontariato di protezione civile "
  "per il supporto operativo e logistico a eventi e manifestazioni, coordinandosi con carabinieri in congedo, "
  "alpini e protezione civile. Il piano magentino (11.01, Gestire la Protezione civile) favorisce la "
  "collaborazione con il Gruppo di Protezione Civile di Magenta, cofinanziandolo secondo la disponibilità "
  "economica; indicatore: gestione del COC nei contesti emergenziali.",
  [["alpini", "carabinieri in congedo"], ["magenta"], ["cofinanz"]],
  ["coordinamento con i carabinieri in congedo, gli alpini e la protezione civile",
   "favorendo la collaborazione con il Gruppo di Protezione Civile di Magenta"], [CM, MAG])

# 037 - users' satisfaction: CM online satisfaction questionnaire vs magentino customer-care regulation.
q("confronto",
  "Come misurano la soddisfazione degli utenti Cassano Magnago e il comune del piano magentino? Confronta.",
  "Cassano Magnago (1.1.1, Area Risorse) monitora la percezione dell'utenza con i questionari e uno strumento "
  "agile di customer satisfaction online: il valore atteso passa dal questionario di gradimento sul sito "
  "istituzionale. Il piano magentino, nell'obiettivo sulla performance (01.10), prevede di impostare un "
  "regolamento per la customer care per misurare la qualità dei servizi.",
  [["gradimento", "questionari"], ["regolamento per la customer care", "customer care"]],
  ["questionario di gradimento disponibile sul sito istituzionale",
   "Impostare un regolamento per la customer care per la misurazione"], [CM, MAG])

# 038 - green areas with private help: CM sponsorships (also "permutativa") vs magentino agreements with
# privates, cooperatives and associations. Typo "sponsorizazioni".
q("confronto",
  "cura del verde pubblico con l'aiuto dei privati: differenza tra cassano magnago e magentino? "
  "(sponsorizazioni ecc)",
  "Cassano Magnago (3.2.1, Area Lavori Pubblici) usa le sponsorizzazioni, anche permutative, per il "
  "mantenimento e la cura del verde, con il valore atteso di firmare almeno un contratto di sponsorizzazione. Il "
  "piano magentino (09.02) punta su convenzioni con privati, cooperative e associazioni per distribuire la "
  "gestione delle zone verdi e prendere in carico le zone incolte.",
  [["sponsorizzazion"], ["permutativ"], ["convenzioni"]],
  ["Utilizzo delle sponsorizzazioni al fine del mantenimento e della cura",
   "Curare il verde urbano attraverso la stipula di convenzioni con privati"], [CM, MAG])

# ---------------------------------------------------------------------------------------------------------
# NUMERICO (2)
# ---------------------------------------------------------------------------------------------------------

# 039 - Cassano d'Adda strategic line 10: 1 strategic and 8 operational objectives ("8" paired with the
# subject group "operativi").
q("numerico",
  "Quanti obiettivi operativi ha la linea strategica 10 (grandi temi a valenza intercomunale) di Cassano "
  "d'Adda?",
  "La linea strategica 10. Grandi temi a valenza intercomunale (Sindaco, Ass. M. Cerri, Ass. D. Bucca, Ass. "
  "A.P. Capece) ha 1 obiettivo strategico (10.1 Oltre i confini della città) e 8 obiettivi operativi.",
  [["8"], ["operativi"]],
  ["Sindaco - Ass. M. Cerri - Ass. D. Bucca - Ass. A.P. Capece"], [PERF])

# 040 - CM 4.2.4 school requalification: the decree on the slab-safety maintenance plan.
q("numerico",
  "quale decreto legge richiama Cassano Magnago per dare priorità alla sicurezza dei solai delle scuole?",
  "La motivazione dell'obiettivo di riqualificazione e recupero delle strutture scolastiche (4.2.4, Area "
  "Lavori Pubblici) richiama la relazione attuativa dell'art. 10 del D.L. 12/09/2013 n. 104, che rende "
  "prioritario un piano manutentivo per la messa in sicurezza dei solai degli edifici scolastici.",
  [["104"], ["2013"]],
  ["disposizioni dell'art.10 del D.L. 12/09/2013 n.104"], [CM])

# ---------------------------------------------------------------------------------------------------------
# NON_PRESENTE (5) - doc null, no evidence, no groups; checked absent with grep over the five samples
# ---------------------------------------------------------------------------------------------------------

# 041 - smart-working days: only the magentino plan mentions a study of smart-working processes.
q("non_presente",
  "Quanti giorni di lavoro agile a settimana possono fare i dipendenti secondo questi PIAO?",
  "Il numero di giorni di lavoro agile non è indicato nei documenti: solo il piano magentino cita lo studio "
  "dell'attuazione di processi in smart working, senza giorni né regole.",
  [])

# 042 - name of the DPO: the magentino plan names the GDPR/DPO adaptation, but no person.
q("non_presente",
  "Come si chiama il DPO (responsabile della protezione dei dati) nominato dal comune del piano magentino?",
  "Il nome del DPO non è indicato: il piano cita solo l'adeguamento dei procedimenti al Regolamento UE, senza "
  "nominare alcuna persona.",
  [])

# 043 - population of Cremosano: no figure in any plan.
q("non_presente",
  "Quanti abitanti ha Cremosano secondo il piano 2026-2028?",
  "Il numero di abitanti di Cremosano non è riportato nel piano, che descrive solo il valore pubblico e le "
  "priorità strategiche.",
  [])

# 044 - fund for decentralised resources (salario accessorio): not in the performance plan.
q("non_presente",
  "A quanto ammonta il fondo delle risorse decentrate 2024 del Comune di Cassano d'Adda?",
  "L'importo del fondo delle risorse decentrate non è riportato nei documenti disponibili.",
  [])

# 045 - TARI tariffs: CM mentions TARI exemptions and CMS, but no tariff.
q("non_presente",
  "tariffe tari 2025 per le utenze domestiche a cassano magnago?",
  "Le tariffe TARI non sono presenti nei documenti: il piano cita solo esenzioni e agevolazioni TARI per le attività "
  "commerciali e la partecipata CMS che elabora gli importi dovuti, senza valori.",
  [])


def main() -> None:
    assert len(Q) == 45, len(Q)
    with OUT.open("w", encoding="utf-8") as fh:
        for row in Q:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(Q)} questions to {OUT}")


if __name__ == "__main__":
    main()
