"""Readable source of the fresh33s question set; writes fresh33s_qa.jsonl next to this file.

45 blind questions about the five plans in data/samples/*.txt, in the QA format of /work/shared/eval/README.md.
Every fact, anchor and must_contain string was taken from the sample texts only (the product was not opened, not
run and not read).

Row layout: keys id, question, answer, must_contain, doc, evidence, type, evidence_docs (in this order, as in the
multi-document rows of the shared dev file and as in fresh32s). evidence_docs is written on EVERY row, with one file
per anchor ([] when the row has no anchor). The shared format has no page field and the sample texts carry no page
markers, so no page is given.

Run: python3 benchmarks/fresh33s/build_fresh33s.py
"""
from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "fresh33s_qa.jsonl"

PERF = "cassano-dadda_piao-2024-2026_performance.txt"
VP = "cassano-dadda_piao-2023-2025_valore-pubblico.txt"
CM = "cassano-magnago_piao-2025-2027_obiettivi-operativi.txt"
CRE = "cremosano_piao-2026-2028_valore-pubblico.txt"
MAG = "magentino_piao-2024-2026_obiettivi-dup.txt"
T = "\t"


def org(name: str, start: str = "01/01/2024", end: str = "31/12/2024") -> str:
    """Org-chart line ("Struttura organizzativa") of the Cassano d'Adda performance plan (TABs kept)."""
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
    # ------------------------------------------------------------------ responsabile (001-006)
    # 001 no municipality (only CM speaks of rural roads / dirt roads). Two managers share the objective.
    # Typo "sterate" (for "sterrate").
    q("responsabile",
      "Chi si occupa di asfaltare le strade sterate e sistemare la viabilità rurale?",
      "Nel PIAO 2025-2027 di Cassano Magnago l'obiettivo \"Miglioramento della viabilità rurale con relativa "
      "segnaletica\" (obiettivo strategico 1.2.1) ha due responsabili gestionali: il Responsabile Area Lavori Pubblici "
      "e il Responsabile Area Polizia Locale. La fase prevista è la programmazione ed esecuzione di asfaltature per "
      "ridurre le strade sterrate (dal 01/01 al 31/12, 2025-26-27).",
      [["Lavori Pubblici"], ["Polizia Locale"]], CM,
      [("Miglioramento della viabilità rurale con relativa segnaletica.", CM),
       ("Responsabile Area Lavori Pubblici e Responsabile Area Polizia Locale", CM)]),

    # 002 trap: a family allowance sounds like Area alla Persona, but the Giunta gives it to Area Risorse.
    # No municipality (only CM has the bonus bebè). Typo-ish "bebe" without accent.
    q("responsabile",
      "Il bonus bebe lo gestiscono i servizi sociali (Area alla Persona)?",
      "No. Nel piano di Cassano Magnago l'obiettivo \"Agevolazioni sui servizi resi e la conferma del bonus bebè\" "
      "(obiettivo strategico 5.1.2) ha come responsabile gestionale il Responsabile Area Risorse: con delibera di "
      "Giunta Comunale l'Amministrazione demanda all'Area Risorse la gestione del bonus bebè (bando e domanda sul sito "
      "da ottobre a novembre; istruttoria, graduatoria e liquidazione da marzo a maggio). Il contributo è calcolato "
      "secondo l'ISEE.",
      [["Area Risorse"]], CM,
      [("con delibera di Giunta Comunale demanda all'Area Risorse la gestione del bonus", CM),
       ("Agevolazioni sui servizi resi e la conferma del", CM)]),

    # 003 which office handles complaints (CM).
    q("responsabile",
      "A Cassano Magnago quale area gestisce i reclami, le segnalazioni e i suggerimenti dei cittadini?",
      "Il Responsabile Area Attività Istituzionali ed Amm.ve: è l'obiettivo di implementare la procedura di gestione dei "
      "reclami, segnalazioni e suggerimenti (obiettivo strategico 1.1.1, ascolto del cittadino). La motivazione è "
      "aumentare la soddisfazione del cittadino aiutandolo in situazioni di disagio; il valore atteso è risolvere i "
      "problemi nel minor tempo possibile. Tra le fasi: richiesta di apertura sinistro presso la compagnia assicurativa "
      "e invio del rapporto alla Polizia Locale (01/01-31/12, 2025-26-27).",
      [["Attività Istituzionali"]], CM,
      [("Implementare la procedura finalizzata alla gestione dei reclami, segnalazioni", CM),
       ("Richiesta di apertura sinistro presso la compagnia assicurativa", CM)]),

    # 004 political referents of a strategic line (Cassano d'Adda performance plan, "linee strategiche").
    q("responsabile",
      "Quali assessori seguono la linea strategica Opere pubbliche a Cassano d'Adda?",
      "Nel PIAO 2024-2026 di Cassano d'Adda la linea strategica 03. Opere pubbliche è seguita da tre assessori: "
      "Ass. M. Cerri, Ass. R. Stavola e Ass. D. Bucca.",
      [["Cerri"], ["Stavola"], ["Bucca"]], PERF,
      [("Ass. M. Cerri - Ass. R. Stavola - Ass. D. Bucca", PERF)]),

    # 005 trap: a new shopping area sounds like a job for Area Attività Istituzionali (which runs the commerce
    # objectives), but it is Lavori Pubblici. No municipality (the streets are only in CM).
    q("responsabile",
      "La nuova area commerciale di via V Giornate e via IV Novembre la segue l'area Attività Istituzionali, che cura il "
      "commercio?",
      "No. Nel piano di Cassano Magnago l'obiettivo \"Realizzare un'area nella via V Giornate e via IV Novembre, "
      "favorendo i negozi di vicinato\" (obiettivo strategico 2.1.4 Sviluppo di una nuova area commerciale) è del "
      "Responsabile Area Lavori Pubblici. Valore atteso: almeno un intervento durante l'anno; nel 2025 si avvia la "
      "riqualificazione coordinandola con le piste ciclabili delle vie IV Novembre e V Giornate.",
      [["Lavori Pubblici"]], CM,
      [("Realizzare un'area nella via V Giornate e via IV Novembre", CM),
       ("Realizzare almeno un intervento durante l'anno", CM)]),

    # 006 political vs managerial responsibility; no municipality (only CM has anti-drug meetings in schools).
    q("responsabile",
      "Per gli incontri nelle scuole contro lo spaccio di droga chi è il responsabile politico e chi quello gestionale?",
      "Nel piano di Cassano Magnago l'obiettivo sugli incontri con gli studenti (educazione stradale e contrasto al "
      "consumo e spaccio di sostanze stupefacenti, obiettivo strategico 2.2.3) ha come responsabile politico "
      "l'Assessore alla Sicurezza e come responsabile gestionale il Responsabile Area Polizia Locale. Gli incontri si "
      "fanno con la Guardia di Finanza e la Polizia di Stato, anche con i cani anti-droga.",
      [["Assessore alla Sicurezza"], ["Polizia Locale"]], CM,
      [("RESPONSABILE POLITICO\tAssessore alla Sicurezza", CM),
       ("contrasto del consumo e spaccio di sostanze stupefacenti", CM)]),

    # ------------------------------------------------------------------ tempistica (007-011)
    # 007 no municipality (only CM has a synthetic-grass pitch).
    q("tempistica",
      "Campo da calcio in erba sintetica: quando si posa il manto e su quali fondi si conta?",
      "Nel piano di Cassano Magnago (obiettivo strategico 3.1.2, Responsabile Area Lavori Pubblici, responsabile "
      "politico l'Assessore ai Lavori Pubblici) la posa del manto in erba sintetica e la messa in sicurezza "
      "dell'impianto sono previste nel 2025. Nel 2024/2025 si monitora l'esito della richiesta di finanziamento su "
      "risorse statali disponibili per il CONI (la fase dice: per integrare la spesa del centro sportivo "
      "polivalente). Il campo drena meglio l'acqua piovana e si usa di più d'inverno.",
      [["2025"], ["CONI"]], CM,
      [("Posa del manto in erba sintetica e messa in sicurezza dell'impianto\t2025", CM),
       ("risorse statali disponibili per il CONI", CM)]),

    # 008 PNRR / Regione urban regeneration works (Cassano d'Adda).
    q("tempistica",
      "Cassano d'Adda: entro quando devono finire i lavori di piazza Garibaldi, via da Vinci e via Veneto?",
      "Secondo il cronoprogramma dell'obiettivo di rigenerazione urbana del centro storico (settore 07. Lavori "
      "pubblici): via L. da Vinci 30/06/2024, piazza Garibaldi 31/10/2024, via Veneto 30/11/2024. Sono in anticipo "
      "sulle scadenze PNRR (31/03/26 per piazza Garibaldi e via da Vinci; 30/03/25 per via Veneto, finanziata da "
      "Regione Lombardia).",
      [["30/06/2024", "30/06/24"], ["31/10/2024", "31/10/24"], ["30/11/2024", "30/11/24"]], PERF,
      [("FASE 4 - Conclusione lavori: P.zza Garibaldi 31/10/24, L. da Vinci 30/06/24", PERF),
       ("Via Veneto fine lavori da cronoprogramma e triennale - 30/11/2024", PERF)]),

    # 009 no municipality ("Cassanese" could suggest either Cassano; only CM has these events).
    q("tempistica",
      "In che mesi ci sono il concerto di inizio anno col Corpo Musicale Cassanese e la stagione teatrale?",
      "Nel piano di Cassano Magnago (obiettivo strategico 3.1.5, Area Attività Educativa e per il tempo libero): il "
      "concerto d'inizio anno con il Corpo Musicale Cassanese è a gennaio; la programmazione della stagione teatrale va "
      "da ottobre a maggio; la stagione musicale con l'associazione \"Più che suono\" da dicembre a luglio.",
      [["gennaio"], ["ottobre"], ["maggio"]], CM,
      [("Concerto d'inizio anno con il Corpo Musicale Cassanese\tgennaio", CM),
       ("Condividere la programmazione della stagione teatrale\tottobre-maggio", CM)]),

    # 010 Segretario's PIAO objective (sottosezione Rischi corruttivi), Cassano d'Adda.
    q("tempistica",
      "Per l'obiettivo del Segretario di Cassano d'Adda su PIAO e sottosezione Rischi corruttivi, quali sono le fasi e "
      "in che mesi?",
      "Obiettivo \"Monitorare, integrare e aggiornare il PIAO e, in particolare, la sottosezione Rischi Corruttivi e gli "
      "obblighi di trasparenza\" (00. Segretario generale): fase 1 formazione specifica, analisi dei contenuti e "
      "approvazione del PIAO, febbraio-aprile; fase 2 monitoraggio e revisione di sezioni e sottosezioni, "
      "giugno-ottobre; fase 3 cronoprogramma per il PIAO successivo, novembre-dicembre; fase 4 aggiornamento costante "
      "degli obblighi di pubblicazione e trasparenza, gennaio-dicembre.",
      [["febbraio"], ["giugno"], ["novembre"]], PERF,
      [("Monitorare, integrare e aggiornare il PIAO e, in particolare, la sottosezione", PERF),
       ("FASE 1 - Formazione specifica, analisi contenuti e approvazione PIAO", PERF)]),

    # 011 no municipality (only CM plans the summer centres with the Parrocchia).
    q("tempistica",
      "Quando si fanno gli incontri con la Parrocchia per programmare i centri estivi?",
      "Da marzo a luglio: è la fase dell'obiettivo di Cassano Magnago sul potenziamento dei centri educativi e dei "
      "centri estivi con gli oratori (obiettivo strategico 4.1.1, Responsabile Area attività educative e per il tempo "
      "libero). I centri estivi partono al termine dell'anno scolastico, tenendo conto anche dell'assistenza ai ragazzi "
      "disabili; l'offerta è per bambini dai 3 ai 17 anni.",
      [["marzo"], ["luglio"]], CM,
      [("Fattiva collaborazione con la Parrocchia e incontri di programmazione", CM),
       ("Potenziamento offerta centri educativi e centri estivi", CM)]),

    # ------------------------------------------------------------------ indicatore (012-015)
    # 012 Cassano d'Adda, controlli stradali: the disabled-parking indicator (not the inspections one of fresh32s).
    q("indicatore",
      "Quante multe per uso improprio dei posti auto per disabili deve arrivare a fare la Polizia Locale di Cassano "
      "d'Adda?",
      "L'obiettivo \"Controlli stradali\" (settore 08. Polizia locale, obiettivo pluriennale 2023-2025, fase 2) prevede "
      "un aumento del 10% degli accertamenti sull'uso improprio degli stalli riservati ai disabili: dato di partenza 67 "
      "sanzioni nel 2023, dato di arrivo 74.",
      [["74"], ["67"]], PERF,
      [("Aumento degli accertamenti di violazione del 10% sull'uso improprio stalli", PERF),
       ("Dato di partenza: 67 sanzioni 2023", PERF)]),

    # 013 no municipality (only Cassano d'Adda cites art. 38 bis RPU).
    q("indicatore",
      "Di quanto devono aumentare le sanzioni per l'art. 38 bis del regolamento di polizia urbana?",
      "Del 10%: nell'obiettivo \"Sicurezza urbana\" della Polizia Locale di Cassano d'Adda (settore 08) si passa da 32 a "
      "35 sanzioni per l'art. 38 bis RPU. Lo stesso obiettivo prevede anche un aumento del 2,5% del monte ore di "
      "attività esterna.",
      [["35"], ["10%", "10 %", "10 per cento", "dieci per cento"]], PERF,
      [("Aumento del 10% sanzioni art. 38 bis RPU", PERF),
       ("Dato di partenza: 32 sanzioni", PERF)]),

    # 014 magentino, urban-planning permits.
    q("indicatore",
      "Nel magentino di quanto deve scendere il tempo medio per rilasciare i titoli in materia urbanistica?",
      "Del 5% in media. È l'indicatore dell'obiettivo operativo \"Sostenere la riprogettazione e la riqualificazione "
      "del costruito e la qualità del nuovo\" (programma 01.06, Gestione del territorio), che gestisce le procedure "
      "urbanistiche, paesaggistiche e di pianificazione; l'indicatore chiede anche di garantire l'utilizzo dei "
      "contributi di Enti terzi.",
      [["5%", "5 %", "5 per cento", "cinque per cento"]], MAG,
      [("Diminuire il tempo medio di rilascio dei titoli del 5% in media.", MAG),
       ("Sostenere la riprogettazione e la riqualificazione del costruito", MAG)]),

    # 015 Cassano d'Adda settore 05: six processes, -20% prints. "20%" is not written as such in the text (the
    # target is the "% prevista" cell "20"), so it is listed in DERIVED of the checker.
    q("indicatore",
      "Spazio Città di Cassano d'Adda: quanti procedimenti vanno digitalizzati del tutto e di quanto devono calare le "
      "stampe?",
      "L'obiettivo sui processi di natura mista (digitale e analogica) del settore 05. Spazio Città prevede di "
      "individuare almeno sei procedimenti e di revisionarli e digitalizzarli (indicatore: 6 processi), con una "
      "diminuzione delle stampe del 20% rispetto alla media degli ultimi 2 anni. Fasi: analisi gennaio-marzo, poi "
      "studio di tre processi aprile-agosto e di altri tre settembre-dicembre, con linee guida per tutto il personale.",
      [["sei", "6"], ["20%", "20 %", "20 per cento", "venti per cento"]], PERF,
      [("verranno individuati almeno sei procedimenti", PERF),
       ("diminuzione del numero delle stampe prodotte rispetto alla media", PERF)]),

    # ------------------------------------------------------------------ obiettivo (016-019)
    # 016 no municipality (only CM has TARI exemptions). Why + who gets told.
    q("obiettivo",
      "Perché il comune vuole fare esenzioni sulla Tari per i negozi, e a chi va comunicato?",
      "Nel piano di Cassano Magnago (obiettivo strategico 2.1.1, Area Attività Istituzionali ed Amm.ve) le esenzioni e "
      "agevolazioni Tari servono ad aiutare la ripresa delle attività commerciali con esenzioni e agevolazioni "
      "tributarie; il valore atteso è ridurre le chiusure. Se il regolamento TARI cambia e si esentano attività, va data "
      "tempestiva comunicazione alla partecipata CMS, che dal 2024 elabora gli importi e controlla i pagamenti.",
      [["ripresa delle attività commerciali"], ["CMS"]], CM,
      [("Aiutare la ripresa delle attività commerciali con esenzioni", CM),
       ("dare tempestiva comunicazione alla partecipata CMS", CM)]),

    # 017 no municipality (only Cassano d'Adda has this objective).
    q("obiettivo",
      "A cosa serve l'analisi straordinaria delle aree fabbricabili?",
      "Nel piano di Cassano d'Adda (settore 02. Finanziario e Tributi, obiettivo pluriennale, fase 1 di 2) la mappatura "
      "delle aree fabbricabili serve, in un'ottica di trasparenza e anticorruzione, al riordino del territorio e ad "
      "ampliare la base imponibile per contenere nel tempo la pressione fiscale. Il problema è che la banca dati "
      "tributaria non è sempre allineata agli strumenti di programmazione del territorio (PGT); si incrociano quindi i "
      "dati tributari (da gennaio a dicembre).",
      [["base imponibile"], ["PGT"]], PERF,
      [("l'ampliamento della base imponibile", PERF),
       ("appare talvolta non allineata con quanto previsto dagli strumenti", PERF)]),

    # 018 Cremosano, general section on public value: where the definition comes from.
    q("obiettivo",
      "Da quale fonte il PIAO di Cremosano prende la definizione di valore pubblico e come la formula?",
      "Dalle Linee guida per il Piano della Performance – Ministeri, n. 1, giugno 2017 del Dipartimento della Funzione "
      "Pubblica, che definiscono il valore pubblico come il \"miglioramento del livello di benessere economico-sociale "
      "rispetto alle condizioni di partenza della politica o del servizio\".",
      [["Funzione Pubblica"], ["2017"], ["benessere economico-sociale"]], CRE,
      [("Le Linee guida per il Piano della Performance – Ministeri, n. 1, giugno 2017", CRE)]),

    # 019 magentino, staff turnover (the plans' only passage close to a staffing plan).
    q("obiettivo",
      "Nel magentino come si pensa di garantire il ricambio del personale?",
      "Con l'obiettivo operativo \"Garantire un adeguato funzionamento dei servizi generali dell'Ente\" (programma "
      "01.02): la finalità è gestire servizi e strutture anche con un'attenta politica di ricambio delle risorse umane; "
      "l'indicatore è attivare graduatorie per la sostituzione del personale, dopo un'attenta analisi dei bisogni.",
      [["graduatorie"], ["ricambio"]], MAG,
      [("Garantire un adeguato funzionamento dei servizi generali dell'Ente", MAG),
       ("Attivare graduatorie per la sostituzione del personale", MAG)]),

    # ------------------------------------------------------------------ elenco (020-023)
    # 020 PNRR digital measures (Cassano d'Adda, settore 01).
    q("elenco",
      "Quali sono le misure PNRR sulla digitalizzazione che Cassano d'Adda porta avanti nel 2024?",
      "Sono 6 misure (obiettivo \"Attuazione PNRR PA digitale 2026\", settore 01. Affari generali): 1.2 Abilitazione al "
      "cloud per le PA locali; 1.4.1 Esperienza del cittadino nei servizi pubblici; 1.4.3 Adozione App IO; 1.4.3 "
      "Adozione piattaforma PagoPA; 1.4.4 SPID - CIE; 1.4.5 Piattaforma Notifiche Digitali. Per ciascuna il target è il "
      "100% di rispetto di fasi e tempi.",
      [["cloud"], ["App IO"], ["PagoPA"], ["SPID"], ["Notifiche"]], PERF,
      [("Le misure previste sono n.6: 1.2 Abilitazione al cloud per le PA locali", PERF),
       ("1.4.4 SPID - CIE; 1.4.5 Piattaforma Notifiche Digitali", PERF)]),

    # 021 magentino stakeholders (anticorruption / transparency).
    q("elenco",
      "Chi sono gli stakeholder dell'obiettivo del magentino su trasparenza e prevenzione della corruzione?",
      "Nell'obiettivo \"Trasparenza e prevenzione della corruzione\" (programma 01.02, Legalità & trasparenza) gli "
      "stakeholder sono: amministratori, Responsabile della trasparenza, Responsabile della prevenzione della "
      "corruzione, uffici dell'ente, collaboratori. L'indicatore è la revisione dei processi in seguito ai mutamenti "
      "normativi e organizzativi.",
      [["Amministratori"], ["Responsabile della trasparenza"], ["uffici dell'ente"], ["collaboratori"]], MAG,
      [("Amministratori, Responsabile della trasparenza, Responsabile della prevenzione", MAG),
       ("Revisione dei processi in seguito ai mutamenti normativi e organizzativi", MAG)]),

    # 022 Cremosano, general section: the drivers of public value.
    q("elenco",
      "Secondo il PIAO di Cremosano, su quali driver si basano gli obiettivi che creano valore pubblico?",
      "Sulla semplificazione, la digitalizzazione, la piena accessibilità e le pari opportunità: il valore pubblico si "
      "crea programmando obiettivi operativi specifici (efficacia quanti-qualitativa, efficienza economico finanziaria, "
      "gestionale) sulla base di questi driver.",
      [["semplificazione"], ["digitalizzazione"], ["accessibilità"], ["pari opportunità"]], CRE,
      [("sulla base di specifici driver come la semplificazione, la digitalizzazione", CRE)]),

    # 023 Cassano d'Adda 2023-25 VP: the public values listed for thematic area 1 (before project 1.1).
    q("elenco",
      "Nel PIAO 2023-2025 di Cassano d'Adda, quali valori pubblici sono indicati per l'area tematica Amministrazione, "
      "finanza pubblica e bilancio?",
      "Per la Missione 1, area tematica 1 (Amministrazione, finanza pubblica e bilancio) sono indicati: valore "
      "economico, valore empatico, valore etico, valore sociale e valore strutturale (capacità organizzativa). Seguono "
      "i progetti 1.1 Risorse finanziarie e 1.2 Partecipazione di cittadini e trasparenza; dopo quest'ultimo compaiono "
      "anche valore evolutivo/digitale ed empatico.",
      [["economico"], ["empatico"], ["etico"], ["sociale"], ["strutturale"]], VP,
      [("AREA TEMATICA 1 - AMMINISTRAZIONE, FINANZA PUBBLICA E BILANCIO", VP),
       ("OBIETTIVO STRATEGICO DI MANDATO - PROGETTO 1.1 RISORSE FINANZIARIE", VP)]),

    # ------------------------------------------------------------------ numerico (024-026)
    # 024 count of objectives of a strategic line. "8" alone would be matched by "10.1.8" (the DUP reference of
    # most of these objectives), so the group asks for "8 (obiettivi) operativi" (listed in DERIVED).
    q("numerico",
      "Quanti obiettivi operativi ha la linea Grandi temi a valenza intercomunale nel piano 2024-2026 di Cassano "
      "d'Adda?",
      "8 obiettivi operativi (e 1 obiettivo strategico, il progetto 10.1 \"Oltre i confini della città\"); la linea è "
      "seguita da Sindaco, Ass. M. Cerri, Ass. D. Bucca e Ass. A.P. Capece. Gli 8 obiettivi operativi sono: "
      "prevenzione della corruzione e controlli sugli atti, supporto al monitoraggio del PIAO, formazione su codice dei "
      "contratti e CIG, formazione sugli istituti contrattuali, PNRR PA digitale 2026, due digitalizzazioni di archivi "
      "del settore 06 e l'Ufficio di prossimità.",
      [["8 obiettivi operativi", "otto obiettivi operativi", "8 operativi", "otto operativi"]], PERF,
      [("Sindaco - Ass. M. Cerri - Ass. D. Bucca - Ass. A.P. Capece", PERF),
       ("10. GRANDI TEMI A VALENZA INTERCOMUNALE", PERF)]),

    # 025 no municipality (only Cassano d'Adda has photovoltaic plants). Typo "fotovoltaci".
    q("numerico",
      "Quanti impianti fotovoltaci ci sono sugli edifici comunali e con che potenza totale?",
      "Nel piano di Cassano d'Adda (obiettivo di efficientamento energetico, settore 07. Lavori pubblici): dal 2009 al "
      "2023 sono stati installati sugli edifici comunali 15 impianti fotovoltaici, per una potenza totale di 415 kW; "
      "la maggior parte ha più di 10 anni. Si monitorano anche 9 impianti termici riscaldati con teleriscaldamento.",
      [["15", "quindici"], ["415"]], PERF,
      [("15 impianti fotovoltaici (potenza totale di 415kW)", PERF),
       ("Impianti temici monitorati (riscaldati mediante teleriscaldamento n. 9)", PERF)]),

    # 026 formazione (general topic): saving of the in-house training on contract rules (not the 960 of fresh32s).
    q("numerico",
      "A Cassano d'Adda quanto si risparmia con la formazione interna sugli istituti contrattuali del personale?",
      "€ 12.600,00: è il costo medio di corsi equivalenti sul mercato (1 h a € 70,00, 6 ore per 30 dipendenti) che "
      "l'ufficio personale risparmia con l'obiettivo \"Formazione interna al personale dipendente in materia di istituti "
      "contrattuali\" (settore 01. Affari generali). Altri indicatori: riduzione delle attività correttive e almeno il "
      "70% di soddisfazione (voto superiore a 7/10).",
      [["12.600", "12600"]], PERF,
      [("6 ore x 30 dipendenti = € 12.600,00", PERF),
       ("FORMAZIONE INTERNA AL PERSONALE DIPENDENTE IN MATERIA DI ISTITUTI", PERF)]),

    # ------------------------------------------------------------------ multi_hop (027-032)
    # 027 objective -> settore 00 -> titolare; + staff. Typo "prossimita" (no accent).
    q("multi_hop",
      "Chi è il titolare del settore che deve aprire l'ufficio di prossimita col Tribunale a Cassano d'Adda, e quali "
      "dipendenti ci lavorano?",
      "L'Ufficio di prossimità è assegnato al settore 00. Segretario generale, il cui titolare nel 2024 è BRAMBILLA "
      "Fabrizio. Vi partecipano CALA' Valentina Maria (D1), ALBANI Francesco (D1), SEGHEZZI Tullio (C1), PEDERZOLI "
      "Cristian Davide (C1) e LOCATELLI Silvia (C1). L'ufficio nasce da un protocollo con il Tribunale ordinario per "
      "facilitare l'accesso alla giustizia civile delle fasce deboli (volontaria giurisdizione).",
      [["BRAMBILLA Fabrizio", "Fabrizio Brambilla"], ["CALA'", "Calà"]], PERF,
      [("protocollo stipulato con il Tribunale ordinario", PERF),
       (org("BRAMBILLA Fabrizio"), PERF),
       ("CALA' Valentina Maria\tD1", PERF)]),

    # 028 employee -> objectives -> settore 06 -> titolare (no municipality: the name is only in Cassano d'Adda).
    q("multi_hop",
      "In che settore lavora Piccinini Sara Irene Renata e chi ne è il titolare?",
      "Nel piano 2024-2026 di Cassano d'Adda PICCININI Sara Irene Renata (D7) partecipa agli obiettivi del settore 06. "
      "Governo del territorio e ambiente (monitoraggio amianto e censimento del verde). Il titolare del settore nel "
      "2024 è BIANCHI Maurizio.",
      [["Governo del territorio"], ["BIANCHI"]], PERF,
      [("PICCININI Sara Irene Renata\tD7", PERF),
       (org("BIANCHI Maurizio"), PERF)]),

    # 029 trap: "support to the Segretario" is a settore-01 objective, not the Segretario's own.
    q("multi_hop",
      "L'obiettivo di supporto al Segretario per monitorare e aggiornare il PIAO di Cassano d'Adda è in capo al "
      "Segretario stesso? Chi è il titolare?",
      "No. \"Monitoraggio, aggiornamento e integrazione del PIAO: supporto all'attività del Segretario\" è un obiettivo "
      "del settore 01. Affari generali, il cui titolare nel 2024 è GUARNERI Angelo Pietro (il Segretario generale, "
      "settore 00, ha un obiettivo proprio sul PIAO e sulla sottosezione Rischi corruttivi). Tra gli indicatori: 4 "
      "monitoraggi trimestrali a campione delle sezioni di Amministrazione Trasparente.",
      [["Affari generali"], ["GUARNERI"]], PERF,
      [("MONITORAGGIO, AGGIORNAMENTO E INTEGRAZIONE DEL PIAO: SUPPORTO", PERF),
       (org("GUARNERI Angelo Pietro"), PERF)]),

    # 030 RUP from the employee table -> settore 07 -> titolare.
    q("multi_hop",
      "Chi fa da RUP per la rigenerazione del centro storico di Cassano d'Adda e chi è la titolare del suo settore?",
      "Il RUP è MANZONI Davide (D1), nell'obiettivo pluriennale di rigenerazione urbana (via Veneto, piazza Garibaldi, "
      "via L. da Vinci) del settore 07. Lavori pubblici, la cui titolare nel 2024 è BARTUCCI Grazia Maria.",
      [["MANZONI"], ["BARTUCCI"]], PERF,
      [("MANZONI Davide\tD1\tRUP", PERF),
       ("Ridare dignità e vivibilità al Centro Storico favorendo", PERF),
       (org("BARTUCCI Grazia Maria"), PERF)]),

    # 031 2023-25 VP project -> 2024-26 performance objective -> settore 08 -> titolare.
    q("multi_hop",
      "Il progetto 5.1 Sicurezza e ordine pubblico del PIAO 2023-2025 di Cassano d'Adda: nel piano 2024-2026 a quale "
      "settore va e chi ne è il titolare?",
      "Nel piano performance 2024-2026 l'obiettivo strategico 05.1 Sicurezza e ordine pubblico ha l'obiettivo operativo "
      "\"Controlli stradali\" (pluriennale 2023-2025, fase 2), assegnato al settore 08. Polizia locale, il cui titolare "
      "nel 2024 è CAIANI Massimo. Nel VP 2023-2025 il progetto 5.1 mira a migliorare la sicurezza stradale con "
      "dispositivi tecnologicamente avanzati.",
      [["Polizia Locale"], ["CAIANI"]], [VP, PERF],
      [("PROGETTO 5.1 SICUREZZA E ORDINE PUBBLICO", VP),
       ("05.1 - SICUREZZA E ORDINE PUBBLICO", PERF),
       (org("CAIANI Massimo"), PERF)]),

    # 032 2023-25 VP project 8.1 -> 2024-26 commerce objective -> settore 04 -> titolare.
    q("multi_hop",
      "Al progetto 8.1 Commercio e turismo del PIAO 2023-2025 di Cassano d'Adda quale obiettivo corrisponde nel 2024, "
      "in che settore e con quale titolare?",
      "Nel piano 2024-2026 sotto 08.1 Progetto commercio e turismo c'è l'obiettivo \"Commercio: digitalizzazione "
      "documentazione e allineamento procedure\" (pluriennale, fase 1), assegnato al settore 04. Cultura, sport e "
      "valorizzazione turistica, la cui titolare nel 2024 è BASSANI Maddalena.",
      [["digitalizzazione"], ["Cultura, sport"], ["BASSANI"]], [VP, PERF],
      [("PROGETTO 8.1 COMMERCIO E TURISMO", VP),
       ("COMMERCIO: DIGITALIZZAZIONE DOCUMENTAZIONE E ALLINEAMENTO", PERF),
       (org("BASSANI Maddalena"), PERF)]),

    # ------------------------------------------------------------------ confronto (033-037), two municipalities each
    # 033 payment times.
    q("confronto",
      "Tempi di pagamento delle fatture: come li gestiscono Cassano d'Adda e Cassano Magnago?",
      "Cassano d'Adda: obiettivo intersettoriale \"Rispetto tempi medi di pagamento\" del settore 00. Segretario "
      "generale, con indice di tempestività dei pagamenti target 0 per ogni settore e pubblicazione trimestrale "
      "dell'andamento (target 4); la L. 41/2023 lega questi obiettivi alla retribuzione di risultato. Cassano Magnago: "
      "obiettivo dell'Area Risorse con verifiche trimestrali dei tempi medi di pagamento e pubblicazione sul sito, per "
      "rispettare i parametri MEF ed evitare di accantonare il Fondo di Garanzia Debiti Commerciali.",
      [["Segretario"], ["Area Risorse"], ["Fondo di Garanzia"]], [PERF, CM],
      [("Rispetto tempi medi di pagamento - OBIETTIVO INTERSETTORIALE", PERF),
       ("Verifiche trimestrali dei tempi medi di pagamento", CM),
       ("il Fondo di Garanzia Debiti Commerciali", CM)]),

    # 034 children's council.
    q("confronto",
      "Consiglio comunale dei ragazzi: che cosa prevedono Cassano d'Adda e Cassano Magnago?",
      "Cassano d'Adda (settore 03. Servizi alla persona, obiettivo di pari opportunità): avviare il consiglio con "
      "l'Istituto comprensivo Quintino di Vona, con incontri formativi, elezione dei rappresentanti, un Summer CAMP e "
      "almeno 3 sedute. Cassano Magnago (Area attività educative e per il tempo libero): mantenere il CCRR, con le "
      "medie \"G.B. Maino\" e \"I. Orlandi\", nel rispetto del regolamento approvato con delibera di Consiglio comunale "
      "n. 75 del 25.04.2009; valore atteso almeno una proposta presentata alla Giunta.",
      [["Quintino di Vona", "Di Vona"], ["n. 75"], ["Maino", "Orlandi"]], [PERF, CM],
      [("Dare avvio, in collaborazione con Istituto comprensivo Quintino di Vona", PERF),
       ("regolamento approvato con Delibera di Consiglio comunale n. 75 del 25.04.2009", CM)]),

    # 035 elderly people's social life.
    q("confronto",
      "Socializzazione degli anziani: cosa prevedono il magentino e Cassano Magnago?",
      "Magentino (programma 12.03 \"Promuovere opportunità di socializzazione informale degli anziani\"): garantire "
      "occasioni di socializzazione presso il Centro Anziani; stakeholder il Centro socio culturale anziani; indicatore "
      "gestione della convenzione e iniziative congiunte. Cassano Magnago (5.2.1, Area alla Persona): momenti e spazi "
      "aggregativi per ridurre l'isolamento, con corsi sull'uso di computer, smartphone e Spid.",
      [["Centro Anziani", "Centro socio culturale anziani"], ["Spid"]], [MAG, CM],
      [("Garantire un'opportunità di socializzazione agli anziani presso il Centro", MAG),
       ("Organizzare corsi per insegnare l'uso corretto di computer, smartphone e Spid", CM)]),

    # 036 school, public-value level.
    q("confronto",
      "Scuola: come ne parlano il PIAO di Cremosano e quello 2023-2025 di Cassano d'Adda?",
      "Cremosano (priorità 7 \"La scuola, investimento sul futuro\"): l'istruzione è la misura reale di quanto una "
      "comunità crede nel proprio futuro, e dalla scuola pubblica e paritaria si misura la qualità di una comunità. "
      "Cassano d'Adda (progetto 6.1 Scuola e istruzione, valore culturale e sociale): aumentare il comfort e la "
      "sicurezza degli ambienti scolastici, garantire alti livelli d'istruzione con un rapporto stretto tra scuola, "
      "istituzioni e territorio, e educare al rispetto del territorio (meno vandalismo).",
      [["investimento sul futuro", "misura reale"], ["comfort"]], [CRE, VP],
      [("7. La scuola, investimento sul futuro", CRE),
       ("Aumentare il comfort e la sicurezza degli ambienti scolastici", VP)]),

    # 037 institutional website.
    q("confronto",
      "Sito istituzionale: cosa prevedono il magentino e Cassano Magnago?",
      "Magentino (programma 01.08 \"Implementare e migliorare la navigabilità del Sito Istituzionale\", anni 2024 e "
      "2025): aggiornamento effettivo e completezza delle informazioni, applicando la Legge 120/2020 su semplificazione "
      "e innovazione digitale. Cassano Magnago (1.1.2, Area Risorse): nuovo sito secondo la misura PNRR 1.4.1 "
      "(\"cittadino informato\"), attivazione entro aprile 2025 ed entrata in produzione entro giugno 2025, con standard "
      "WCAG.",
      [["120/2020"], ["1.4.1"], ["giugno 2025"]], [MAG, CM],
      [("Implementare e migliorare la navigabilità del Sito Istituzionale", MAG),
       ("con una corretta applicazione della Legge 120/2020", MAG),
       ("Entrata in produzione\tEntro giugno 2025", CM)]),

    # ------------------------------------------------------------------ non_presente (038-045)
    # 038 Cremosano: the sample is section 2 only; no staffing plan.
    q("non_presente",
      "Quante persone prevede di assumere Cremosano nel 2026 secondo il piano dei fabbisogni di personale?",
      "Il documento non riporta un piano dei fabbisogni di personale né un numero di assunzioni: il testo di Cremosano "
      "è la sezione 2 (Valore pubblico, performance e anticorruzione) con la definizione di valore pubblico, le sue "
      "dimensioni e le 12 priorità; per il dettaglio rimanda al DUP 2026-2028.",
      [], CRE,
      [("Valore Pubblico, Performance e", CRE),
       ("si rimanda al DUP 2026-2028", CRE)]),

    # 039 magentino: smart working is only to be studied; no days per week.
    q("non_presente",
      "Nel magentino quanti giorni di smart working a settimana possono fare i dipendenti?",
      "Non è indicato. L'obiettivo 01.10 \"Misurare e valutare le performance. Organizzazione del lavoro\" dice solo di "
      "sviluppare processi lavorativi in smart working, con l'indicatore \"studio ed analisi dell'attuazione di "
      "processi in smart working, compatibilmente con i servizi erogati\": non fissa giorni né numero di dipendenti.",
      [], MAG,
      [("Studio ed analisi dell'attuazione di processi in smart working", MAG)]),

    # 040 Cassano d'Adda org chart: settore 02 has a titolare only until 30/04/2024.
    q("non_presente",
      "Chi è il titolare del settore Finanziario e Tributi di Cassano d'Adda da maggio 2024 in poi?",
      "Non è indicato: nella struttura organizzativa il settore 02. Finanziario e Tributi ha una titolare solo dal "
      "01/01/2024 al 30/04/2024 (CHIZZOLI Martina); per il periodo successivo il piano non riporta alcun nome.",
      [], PERF,
      [(org("CHIZZOLI Martina", end="30/04/2024"), PERF)]),

    # 041 Cassano d'Adda 2023-25 VP: no approval act in the sample.
    q("non_presente",
      "Il PIAO 2023-2025 di Cassano d'Adda l'ha approvato la Giunta? Mi serve numero dell'atto e data.",
      "Non è indicato: il testo del PIAO 2023-2025 di Cassano d'Adda contiene solo la sezione 2.1 Valore pubblico "
      "(missioni, aree tematiche, progetti e valori) e non riporta né la delibera né la data di approvazione.",
      [], VP,
      [("SEZIONE 2. VALORE PUBBLICO, PERFORMANCE E ANTICORRUZIONE", VP)]),

    # 042 CM: the app's expected value has no number.
    q("non_presente",
      "Quanti iscritti si aspetta Cassano Magnago per la nuova app comunale?",
      "Non è indicato un numero: il valore atteso dell'obiettivo \"Attivare l'App comunale istituzionale\" (1.1.2, Area "
      "Risorse) è solo \"Utenti iscritti ai servizi\", senza target; la fase 2025-2026-2027 parla di valutare app "
      "specifiche integrate con il sito e il canale Whatsapp.",
      [], CM,
      [("VALORE ATTESO\tUtenti iscritti ai servizi", CM),
       ("Attivare l'App comunale istituzionale migliorando la comunicazione", CM)]),

    # 043 Cassano d'Adda: the disabled-parking target is given for 2024 only.
    q("non_presente",
      "Che obiettivo c'è per il 2025 sulle sanzioni per i posti auto dei disabili a Cassano d'Adda?",
      "Il piano non riporta un valore per il 2025: l'obiettivo \"Controlli stradali\" (pluriennale 2023-2025, fase 2) "
      "fissa solo il dato 2024, da 67 sanzioni del 2023 a 74 (+10%).",
      [], PERF,
      [("Dato di partenza: 67 sanzioni 2023", PERF)]),

    # 044 magentino: the separate-collection indicator has no figure.
    q("non_presente",
      "Di quanti punti deve salire la raccolta differenziata nel magentino?",
      "Non è indicato: l'obiettivo \"Garantire il servizio di igiene urbana\" (09.03) ha come indicatore un generico "
      "incremento della percentuale di raccolta differenziata tramite la sensibilizzazione dei cittadini, senza un "
      "valore numerico.",
      [], MAG,
      [("Incremento della percentuale di raccolta differenziata", MAG)]),

    # 045 a municipality outside the corpus.
    q("non_presente",
      "Cosa prevede il PIAO del Comune di Legnano sul lavoro agile?",
      "Non ci sono informazioni sul Comune di Legnano: i documenti disponibili riguardano Cassano d'Adda, Cassano "
      "Magnago, Cremosano e il magentino.",
      [], None),
]


def main() -> None:
    rows = []
    for i, row in enumerate(QUESTIONS, 1):
        rows.append({"id": f"f33s-{i:03d}", **row})
    with OUT.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} questions to {OUT}")


if __name__ == "__main__":
    main()
