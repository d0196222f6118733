"""Readable source of the fresh31s question set; writes fresh31s_qa.jsonl next to this file.

45 blind questions about the five plans in data/samples/*.txt, in the QA format of /work/shared/eval/README.md.
Every fact, anchor and must_contain string was taken from the sample texts only (the product was not opened).

Row layout follows the shared dev file exactly: keys id, question, answer, must_contain, doc, evidence, type; a
multi-document question (doc is a list) also carries evidence_docs, placed after type as in the dev file. The shared
format has no page field and the sample texts carry no page markers, so no page is given.

Run: python benchmarks/fresh31s/build_fresh31s.py
"""
from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "fresh31s_qa.jsonl"

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
    row = {
        "question": question,
        "answer": answer,
        "must_contain": [list(g) for g in must],
        "doc": doc,
        "evidence": [a for a, _ in evidence],
        "type": type_,
    }
    if isinstance(doc, list):  # as in the shared dev file: evidence_docs only on multi-document rows, after type
        row["evidence_docs"] = [d for _, d in evidence]
    else:
        assert all(d == doc for _, d in evidence), (question, evidence)
    return row


QUESTIONS = [
    # ------------------------------------------------------------------ responsabile (001-006)
    # 001 colloquial ("i vigili o i servizi sociali?"), no municipality: only CM has the anti-fraud campaign.
    q("responsabile",
      "Gli incontri contro le truffe agli anziani li organizzano i vigili o i servizi sociali?",
      "Li segue la Polizia Locale. Nel piano di Cassano Magnago l'obiettivo \"Campagna informativa contro le truffe "
      "agli anziani\" (obiettivo strategico 2.2.3) ha come responsabile gestionale il Responsabile Area Polizia Locale: "
      "prevede incontri nelle sale degli immobili comunali (2025/2026/2027) e il valore atteso è organizzare almeno un "
      "incontro all'anno.",
      [["Polizia Locale"]], CM,
      [("Campagna informativa contro le truffe agli anziani", CM),
       ("Organizzare almeno un incontro all'anno", CM)]),

    # 002 trap: green maintenance is Area Territorio, but sponsorships for the green are Area Lavori Pubblici.
    q("responsabile",
      "A Cassano Magnago le sponsorizzazioni per il verde pubblico le gestisce l'Area Territorio, come la manutenzione "
      "dei parchi?",
      "No. L'obiettivo \"Utilizzo delle sponsorizzazioni al fine del mantenimento e della cura del verde pubblico\" "
      "(3.2.1) è assegnato al Responsabile Area Lavori Pubblici; il valore atteso è firmare almeno un contratto di "
      "sponsorizzazione se arrivano manifestazioni di interesse dalle imprese locali. All'Area Territorio spetta invece "
      "la manutenzione delle aree verdi (Parco Magana e parco di Città).",
      [["Lavori Pubblici"]], CM,
      [("Utilizzo delle sponsorizzazioni al fine del mantenimento", CM),
       ("Firmare almeno un contratto di richiesta sponsorizzazione", CM)]),

    # 003 informal, lowercase, no municipality: only CM mentions Facebook.
    q("responsabile",
      "chi è che gestisce la pagina facebook del comune? lo dice il piao?",
      "Sì: nel PIAO di Cassano Magnago l'obiettivo sull'utilizzo dei social network, in particolare Facebook "
      "(obiettivo strategico 1.1.4), è del Responsabile Area Attività Istituzionali ed Amm.ve; il valore atteso è "
      "caricare almeno un contenuto mensile per tenere aggiornata la pagina.",
      [["Attività Istituzionali"]], CM,
      [("Utilizzo dei social network, in particolare Facebook", CM),
       ("Caricare almeno un contenuto mensile per tenere aggiornata la pagina", CM)]),

    # 004 the only CM objective whose manager is a generic role, not an Area.
    q("responsabile",
      "Chi è il responsabile gestionale del progetto di Bilancio partecipativo a Cassano Magnago?",
      "Il piano non assegna il Bilancio partecipativo a un'Area precisa: come responsabile gestionale scrive "
      "\"Responsabile interessato dal progetto da attuare\" (obiettivo strategico 1.1.1). Le attività (comunicazione ai "
      "cittadini, incontri, valutazione della fattibilità delle proposte) sono previste nel 2025-2026-2027.",
      [["interessato dal progetto"]], CM,
      [("Progetto del Bilancio partecipativo quale strumento di ascolto", CM),
       ("Responsabile interessato dal progetto da attuare", CM)]),

    # 005 role -> person: AIR/VIR objective -> 00 Segretario generale -> org chart.
    q("responsabile",
      "Chi ha in carico a Cassano d'Adda l'obiettivo sull'analisi d'impatto della regolamentazione (AIR e VIR)? Mi "
      "serve nome e cognome.",
      "L'obiettivo \"Migliorare la qualità della normazione prodotta dall'Ente (regolamenti, direttive), mediante "
      "meccanismi di analisi di impatto preventivi (AIR) e successivi/concomitanti (VIR)\" (obiettivo di semplificazione "
      "pluriennale, fase 1/3) è assegnato a 00. Segretario generale; il titolare nel 2024 è BRAMBILLA Fabrizio.",
      [["Segretario"], ["BRAMBILLA Fabrizio"]], PERF,
      [("analisi di impatto preventivi (AIR)", PERF),
       (org("BRAMBILLA Fabrizio"), PERF)]),

    # 006 colloquial ("i servizi sociali?"), no municipality: only CM has computer/smartphone/Spid courses.
    q("responsabile",
      "I corsi per insegnare agli anziani a usare computer, smartphone e Spid chi li segue? i servizi sociali?",
      "Sì, l'area sociale: a Cassano Magnago l'azione \"Organizzare corsi per insegnare l'uso corretto di computer, "
      "smartphone e Spid\" fa parte dell'obiettivo sulla socializzazione degli anziani (5.2.1), il cui responsabile "
      "gestionale è il Responsabile Area alla Persona.",
      [["Area alla Persona"]], CM,
      [("Organizzare corsi per insegnare l'uso corretto di computer, smartphone e Spid", CM),
       ("Favorire la socializzazione degli anziani attraverso l'offerta", CM)]),

    # ------------------------------------------------------------------ confronto (007-014), all between two comuni
    # 007 typo "Videosorvelianza".
    q("confronto",
      "Videosorvelianza: cosa prevedono il piano del magentino e quello di Cassano Magnago?",
      "Magentino (Missione 03, programma 03.01): \"Implementare utilizzo dei sistemi di videosorveglianza\" esistenti e "
      "realizzare nuove installazioni; stakeholder Polizia Locale, UTC, cittadini; indicatore: revisione del sistema "
      "di utilizzo delle telecamere fisse e mobili (fototrappole) e più collaborazione con le altre forze di polizia. "
      "Cassano Magnago (2.2.1): potenziare il sistema di videosorveglianza nei punti più sensibili del territorio, "
      "compresi i parchi e le maggiori arterie comunali; responsabile Area Polizia Locale; valore atteso: aumentare le "
      "aree video sorvegliate, con monitoraggio tramite pattugliamento 2025-2027.",
      [["fototrappole"], ["parchi"], ["Area Polizia Locale"]], [MAG, CM],
      [("Implementare utilizzo dei sistemi di videosorveglianza", MAG),
       ("sia fisse che mobili (fototrappole)", MAG),
       ("Potenziare il sistema di videosorveglianza nei punti più sensibili", CM)]),

    # 008
    q("confronto",
      "Piano di emergenza comunale: cosa dicono i piani del magentino e di Cassano Magnago e chi se ne occupa?",
      "Magentino: obiettivo \"Definire il Piano di Prevenzione Comunale\" (11.01): monitorare il Piano di Emergenza "
      "Comunale e condividere i processi con IRSPP; stakeholder R.O.C. P.C., Comune di Boffalora, Comune di Boffalora "
      "S/T, UTC; indicatore: curare il costante aggiornamento del Piano di Emergenza Comunale (la tabella DUP non nomina "
      "responsabili). Cassano Magnago (2.2.4): sensibilizzare i cittadini con una formazione dedicata al Piano di "
      "Emergenza Comunale, responsabile Area Territorio, con l'azione \"Collaborare con la Protezione Civile\" "
      "2025/2026/2027.",
      [["IRSPP"], ["Area Territorio"]], [MAG, CM],
      [("Monitorare il Piano di Emergenza Comunale e condividere i processi con IRSPP", MAG),
       ("con una formazione dedicata al Piano di Emergenza Comunale", CM)]),

    # 009
    q("confronto",
      "Sul contrasto alla violenza di genere, con quale rete lavora Cassano d'Adda e chi sono gli stakeholder nel piano "
      "del magentino?",
      "Cassano d'Adda (obiettivo \"Conoscere per prevenire: contrasto alla violenza di genere\", settore 04 Cultura, "
      "sport e valorizzazione turistica, insieme al Settore 3 Servizi alla Persona): il Comune fa parte della Rete "
      "Istituzionale Antiviolenza Adda Martesana V.I.O.L.A. e l'obiettivo consolida il lavoro con Rete Viola "
      "(febbraio-dicembre). Magentino (\"Combattere la violenza di genere\", 12.04): stakeholder servizi sociali, Ufficio "
      "di Piano, ATS-centriantiviolenza - consultori; indicatore: coordinamento rete e partecipazione ai tavoli "
      "d'ambito con protocolli operativi condivisi.",
      [["Viola", "V.I.O.L.A."], ["Ufficio di Piano"], ["centriantiviolenza", "consultori"]], [PERF, MAG],
      [("Rete Istituzionale Antiviolenza Adda Martesana V.I.O.L.A.", PERF),
       ("ATS-centriantiviolenza - consultori", MAG)]),

    # 010
    q("confronto",
      "Mensa scolastica: come la gestiscono il magentino e Cassano Magnago? chi fa i controlli?",
      "Magentino (\"Una refezione scolastica di qualità\", 04.06): gestione con economie, progetti contro gli sprechi e "
      "di educazione alimentare, monitoraggio del sistema dei controlli; indicatore: attivare una nuova gara "
      "intercomunale di affidamento, previa analisi dei nuovi bisogni. Cassano Magnago (\"Interventi di monitoraggio in "
      "materia di refezione scolastica\", Area attività educative e per il tempo libero): il Comitato mensa "
      "(rappresentanti della Cooperativa Codess, dirigenti scolastici, genitori di ciascun plesso) fa verifiche "
      "periodiche, si valuta un genitore assaggiatore con nulla osta ATS e i menù sono valutati dalla Tecnologa "
      "alimentare.",
      [["gara intercomunale"], ["Comitato mensa"], ["Codess"]], [MAG, CM],
      [("Attivare nuova gara intercomunale di affidamento", MAG),
       ("i rappresentanti della Cooperativa Codess", CM)]),

    # 011
    q("confronto",
      "Asilo nido: che cosa prevedono il piano del magentino e quello di Cassano Magnago?",
      "Magentino (04.06, \"Garantire un efficientamento nella gestione dell'asilo nido\"): verifica della sostenibilità "
      "e di un affidamento del servizio all'azienda speciale consortile servizi alla persona, in un progetto di "
      "servizio prima infanzia d'Ambito; indicatore: indagini preliminari e verifica della sostenibilità economica "
      "dell'affidamento in esterno. Cassano Magnago (4.1.1): mantenere le convenzioni con l'Asilo Nido privato e le "
      "scuole dell'infanzia paritarie per soddisfare la domanda rimasta inevasa, con incontri infra annuali con le "
      "strutture; responsabile Area attività educative e per il tempo libero.",
      [["azienda speciale consortile"], ["Asilo Nido privato"]], [MAG, CM],
      [("verifica di un affidamento del servizio all'azienda speciale consortile", MAG),
       ("Mantenere in essere le convenzioni con l'Asilo Nido privato", CM)]),

    # 012 Cremosano vs Cassano d'Adda valore pubblico 2023-2025.
    q("confronto",
      "Sicurezza: come la descrivono il PIAO di Cremosano e il PIAO 2023-2025 di Cassano d'Adda?",
      "Cremosano ne fa la priorità strategica 5 \"Custodire Cremosano\": la sicurezza è un bene prezioso e una garanzia "
      "di libertà; l'amministrazione non usa le emergenze e la paura in modo strumentale ma propone un modello di "
      "fiducia e condivisione. Cassano d'Adda (progetto 5.1 Sicurezza e ordine pubblico): agire sui fenomeni di "
      "insicurezza sociale e di degrado urbano, migliorare la sicurezza stradale con dispositivi tecnologicamente "
      "avanzati, organizzare un sistema per le emergenze, rendere Cassano una città sicura e vivibile.",
      [["Custodire Cremosano"], ["fiducia e condivisione"], ["dispositivi tecnologicamente avanzati", "degrado urbano"]],
      [CRE, VP],
      [("5. Custodire Cremosano", CRE),
       ("propone un modello di fiducia e condivisione", CRE),
       ("Agire sui fenomeni di insicurezza sociale e di degrado urbano", VP)]),

    # 013 Cremosano vs Cassano d'Adda valore pubblico 2023-2025.
    q("confronto",
      "Politiche per la casa: confronta Cremosano e il valore pubblico 2023-2025 di Cassano d'Adda",
      "Cremosano (priorità 8 \"Cremosano da abitare\"): c'è ancora un fabbisogno di abitazioni e la domanda non riguarda "
      "più solo le famiglie a basso reddito ma gruppi più deboli: anziani, lavoratori giovani ma precari, immigrati, "
      "separati, ammalati, invalidi, lavoratori espulsi dal processo produttivo, povertà impreviste. Cassano d'Adda "
      "(progetto 4.6 Casa, Missione 8): promuovere una cultura dell'abitare responsabile e sostenibile, rendere Cassano "
      "una città vivibile e inclusiva (mobilità senza barriere, accessibilità delle strutture pubbliche), con "
      "attenzione ai più fragili.",
      [["fabbisogno di abitazioni"], ["precari"], ["abitare responsabile"]], [CRE, VP],
      [("8. Cremosano da abitare", CRE),
       ("lavoratori giovani ma precari", CRE),
       ("Promuovere una cultura dell'abitare responsabile e sostenibile", VP)]),

    # 014
    q("confronto",
      "Barriere architettoniche: cosa fanno concretamente Cassano Magnago e il comune del piano magentino?",
      "Cassano Magnago (5.3.2, Responsabile Area Lavori Pubblici): adeguare le infrastrutture pubbliche e tecnologiche "
      "(marciapiedi, ascensori); nel 2025 realizzazione di passaggi pedonali rialzati e sistemazione dei marciapiedi "
      "esistenti, più un monitoraggio infra annuale 2025-2027 per fissare le priorità. Magentino (01.06, \"Eliminare le "
      "barriere architettoniche presenti negli spazi pubblici\"): mantenere in funzione ed efficienza i dispositivi per "
      "il superamento delle barriere; stakeholder UTC e cittadini; indicatore: migliorare il grado di accessibilità agli "
      "spazi pubblici.",
      [["passaggi pedonali rialzati"], ["grado di accessibilità"]], [CM, MAG],
      [("Realizzazione di passaggi pedonali rialzati", CM),
       ("Eliminare le barriere architettoniche presenti negli spazi pubblici", MAG)]),

    # ------------------------------------------------------------------ multi_hop (015-022)
    # 015 objective -> settore 06 -> org chart; plus head count of the objective.
    q("multi_hop",
      "Chi è il titolare del settore che sta digitalizzando le pratiche dei cartelli pubblicitari a Cassano d'Adda, e "
      "quanti dipendenti lavorano all'obiettivo?",
      "L'obiettivo \"Digitalizzazione archivio pratiche amministrative (mezzi pubblicitari)\" (Rif. DUP 10.1.8) è del "
      "settore 06. Governo del territorio e ambiente, il cui titolare nel 2024 è BIANCHI Maurizio. Vi partecipano 4 "
      "dipendenti: COMELLI Elisa, FUMAGALLI Rosa Giovanna, MANFE' PAVAN Chiara e VANZONI Davide. L'archivio conta 480 "
      "pratiche cartacee dal 2002.",
      [["BIANCHI"], ["4 dipendenti", "quattro dipendenti", "4 persone", "quattro persone", "VANZONI"]], PERF,
      [("DIGITALIZZAZIONE ARCHIVIO PRATICHE AMMINISTRATIVE (MEZZI PUBBLICITARI)", PERF),
       (org("BIANCHI Maurizio"), PERF)]),

    # 016 informal; objective -> settore 04 -> org chart; figure inside an indicator.
    q("multi_hop",
      "chi è la responsabile del settore che digitalizza l'archivio storico dell'ufficio commercio? e quante pratiche "
      "cartacee ci sono?",
      "L'obiettivo \"Commercio: digitalizzazione documentazione e allineamento procedure\" (obiettivo pluriennale, fase "
      "1) di Cassano d'Adda è del settore 04. Cultura, sport e valorizzazione turistica, la cui titolare nel 2024 è "
      "BASSANI Maddalena. L'archivio storico del commercio conta 1.100 istanze cartacee; all'obiettivo partecipano "
      "BRAMBILLA Giorgio e CALVI Alessandro.",
      [["BASSANI"], ["1.100", "1100"]], PERF,
      [("COMMERCIO: DIGITALIZZAZIONE DOCUMENTAZIONE E ALLINEAMENTO", PERF),
       (org("BASSANI Maddalena"), PERF),
       ("N. Istanze cartacee= 1.100", PERF)]),

    # 017 no municipality: head count + settore 05 -> org chart.
    q("multi_hop",
      "Quanti dipendenti partecipano all'indagine di gradimento sullo sportello Online Insieme e chi è la titolare del "
      "settore?",
      "L'obiettivo \"Indagine di gradimento sul nuovo sportello online Insieme\" (rif. DUP 1.2.2, Cassano d'Adda) è del "
      "settore 05. Spazio città, titolare RUGGIERI Elisabetta. Vi partecipano 11 dipendenti: ACQUAVIVA Samanta, "
      "CESERANI Monica, CREMONESI Donatella Sonia, CICERO Carmela, GATTONI Natascia Maria, GUALTIERI Ida, INVERNIZZI "
      "Gloria, MANTEGNA Francesca, MONTELEONE Rosa, PANDOLFI Valentina, SOROLDONI Giovanna.",
      [["RUGGIERI"], ["11", "undici"]], PERF,
      [("Indagine di gradimento sul nuovo sportello online Insieme", PERF),
       (org("RUGGIERI Elisabetta"), PERF)]),

    # 018 no municipality ("ufficio tributi"): the 02 titolare is listed only until 30/04/2024.
    q("multi_hop",
      "Per le FAQ sui tributi destinate ai cittadini, chi è il titolare del settore che se ne occupa?",
      "L'obiettivo \"Informare il cittadino in materia tributaria\" (Rif. DUP 1.1.5, Cassano d'Adda) prevede la "
      "predisposizione e pubblicazione di FAQ ed è assegnato al settore 02. Finanziario e tributi. Nella struttura "
      "organizzativa la titolare è CHIZZOLI Martina, ma solo per il periodo dal 01/01/2024 al 30/04/2024; per il resto "
      "dell'anno il piano non nomina nessuno.",
      [["CHIZZOLI"], ["30/04/2024"]], PERF,
      [("INFORMARE IL CITTADINO IN MATERIA TRIBUTARIA", PERF),
       (org("CHIZZOLI Martina", end="30/04/2024"), PERF)]),

    # 019 colloquial "vigili": a sentence inside Sicurezza urbana -> 08 -> org chart; head count.
    q("multi_hop",
      "Il controllo del vicinato lo seguono i vigili? chi è il titolare del settore e quanti dipendenti sono coinvolti "
      "nell'obiettivo?",
      "Sì: il \"controllo del vicinato\" fa parte dell'obiettivo \"Sicurezza urbana\" (obiettivo pluriennale 2023-2025, "
      "fase 2) del settore 08. Polizia Locale di Cassano d'Adda, il cui titolare nel 2024 è CAIANI Massimo. "
      "All'obiettivo partecipano 13 dipendenti (da ALBANESI Emilia a VALENTI Vincenzo); l'indicatore prevede 3 aree "
      "coinvolte nel controllo di vicinato.",
      [["CAIANI"], ["13", "tredici"]], PERF,
      [("attraverso l'istituzione del \"controllo del vicinato\"", PERF),
       (org("CAIANI Massimo"), PERF)]),

    # 020 employee of the objective + settore 03 -> org chart.
    q("multi_hop",
      "A Cassano d'Adda chi lavora sull'obiettivo dell'assistenza educativa scolastica per gli alunni con disabilità, e "
      "chi è la titolare del settore?",
      "All'obiettivo \"Assistenza educativa Scolastica: sostenere e promuovere l'autonomia degli alunni\" (Rif. DUP "
      "6.1.6) partecipa una sola dipendente, OLIVERI Giovanna (C4). L'obiettivo è del settore 03. Servizi alla persona, "
      "la cui titolare nel 2024 è MORETTI Alessandra.",
      [["OLIVERI"], ["MORETTI"]], PERF,
      [("Assistenza educativa Scolastica: sostenere e promuovere l'autonomia", PERF),
       (org("MORETTI Alessandra"), PERF)]),

    # 021 no municipality: a task inside the employee table + settore 07 -> org chart.
    q("multi_hop",
      "Nell'obiettivo di efficientamento energetico chi fa la lettura dei contatori? E chi è il titolare del settore?",
      "Nell'obiettivo pluriennale \"Efficientamento energetico - fase 1\" di Cassano d'Adda (settore 07. Lavori "
      "pubblici) la lettura dei contatori e gli eventuali sopralluoghi sono affidati a FRONTE Giuseppe (B1). Il titolare "
      "del settore 07. Lavori pubblici nel 2024 è BARTUCCI Grazia Maria.",
      [["FRONTE"], ["BARTUCCI"]], PERF,
      [(f"FRONTE Giuseppe{T}B1{T}Lecture contatori, eventuali sopralluoghi", PERF),
       (org("BARTUCCI Grazia Maria"), PERF)]),

    # 022 across the two Cassano d'Adda plans: VP project 7.2 -> performance objectives under 07.2 -> settore 04.
    q("multi_hop",
      "Il progetto 7.2 Cultura del PIAO 2023-2025 di Cassano d'Adda che scopo aveva, e quali obiettivi operativi ne "
      "derivano nel piano performance 2024-2026? Di quale settore sono?",
      "Nel PIAO 2023-2025 (valore pubblico) il progetto 7.2 Cultura mira a promuovere la partecipazione attiva delle "
      "realtà territoriali alla co-progettazione di iniziative culturali, ricreative e sportive e la partecipazione dei "
      "cittadini. Nel piano performance 2024-2026, sotto 07.2 - Progetto Cultura, ci sono tre obiettivi operativi, "
      "tutti del settore 04. Cultura, sport e valorizzazione turistica: Promozione del territorio (pluriennale, fase 1), "
      "Avvio del presidio \"Nati per leggere\" e Conoscere per prevenire: contrasto alla violenza di genere.",
      [["co-progettazione"], ["promozione del territorio"], ["nati per leggere"], ["violenza di genere"],
       ["cultura, sport e valorizzazione"]], [VP, PERF],
      [("OBIETTIVO STRATEGICO DI MANDATO – PROGETTO 7.2. CULTURA", VP),
       ("07.2 - PROGETTO CULTURA", PERF),
       ("AVVIO DEL PRESIDIO \"NATI PER LEGGERE\"", PERF)]),

    # ------------------------------------------------------------------ elenco (023-028)
    # 023 typo "amainto"; every phase with its months.
    q("elenco",
      "Quali sono le fasi del monitoraggio amainto a Cassano d'Adda e in che mesi?",
      "L'obiettivo biennale \"Monitoraggio amianto (fase 1)\" del settore 06. Governo del territorio e ambiente ha tre "
      "fasi: 1) rilievo delle coperture in amianto sul territorio comunale, gennaio-luglio; 2) formazione della mappa "
      "territoriale del rilievo, agosto-novembre; 3) analisi dei dati per le valutazioni dell'ufficio e l'attivazione "
      "delle pratiche nell'anno successivo, dicembre.",
      [["rilievo delle coperture"], ["mappa territoriale"], ["analisi dei dati"], ["luglio"], ["novembre"]], PERF,
      [("Rilievo delle coperture in amianto sul territorio comunale GENNAIO - LUGLIO", PERF),
       ("Formazione mappa territoriale del rilievo AGOSTO - NOVEMBRE", PERF)]),

    # 024 every 2nd-level action of one objective.
    q("elenco",
      "Per le famiglie con persone disabili, quali azioni elenca il piao di Cassano Magnago negli interventi a "
      "domicilio?",
      "L'obiettivo \"Interventi di sostegno per i cittadini con disabilità con interventi a domicilio\" (5.3.3, "
      "Responsabile Area alla Persona) prevede quattro azioni, tutte 2025/2026/2027: 1) sostenere le associazioni che "
      "rispondono ai genitori con figli con disabilità anche gravi, autistici e con disturbi di apprendimento; 2) "
      "realizzare una struttura per il \"Dopo di Noi\"; 3) erogare prestazioni a sostegno della domiciliarità della "
      "persona fragile, disabile o non autosufficiente; 4) supporto, coordinamento e integrazione economica delle rette "
      "di ricovero e frequenza dei servizi diurni.",
      [["autistici"], ["Dopo di Noi"], ["domiciliarità"], ["rette di ricovero"]], CM,
      [("Interventi di sostegno per i cittadini con disabilità con interventi a domicilio", CM),
       ("Realizzazione di una struttura per il \"Dopo di Noi\"", CM)]),

    # 025 every objective of one office (6 of the 91 CM objectives name Area Territorio).
    q("elenco",
      "Mi elenchi tutti gli obiettivi che a Cassano Magnago sono in capo al Responsabile Area Territorio?",
      "Sono sei: 1) aggiornamento del PGT (1.2.5); 2) accordo con Aipo per la manutenzione dei torrenti locali (2.2.4); "
      "3) sensibilizzazione dei cittadini con una formazione dedicata al Piano di Emergenza Comunale (2.2.4); 4) "
      "manutenzione delle aree verdi, in particolare Parco Magana e parco di Città (3.2.1); 5) giornate di "
      "sensibilizzazione, educazione ambientale e cura del verde con le associazioni (3.2.1); 6) percorso nelle scuole "
      "primarie sulla salute del pianeta (3.2.4).",
      [["PGT"], ["Aipo"], ["Piano di Emergenza"], ["Parco Magana"], ["cura del verde"], ["salute del pianeta"]], CM,
      [(f"RESPONSABILE GESTIONALE{T}Responsabile Area Territorio", CM),
       ("Addivenire ad un accordo con l'Agencia Interregionale per il fiume PO", CM)]),

    # 026 no municipality: the four services of the Online Insieme desk (a bullet list inside "Fattori critici").
    q("elenco",
      "A cosa serve lo sportello Online Insieme? per quali cose aiuta i cittadini?",
      "Lo sportello ONLINE INSIEME di Cassano d'Adda, aperto nel 2022 per chi non ha familiarità con il digitale, aiuta "
      "a: utilizzare lo SPID; attivare l'identità digitale legata alla Carta di identità elettronica (CIE); accedere ai "
      "servizi online del Comune per presentare pratiche telematiche; scaricare gratuitamente i propri certificati "
      "dall'Anagrafe nazionale online (ANPR). Le pratiche si fanno insieme, in modalità guidata, con 2 tastiere e 2 "
      "monitor.",
      [["SPID"], ["CIE"], ["servizi online"], ["ANPR"]], PERF,
      [("Lo sportello ONLINE INSIEME è rivolto a chi necessita di supporto per:", PERF),
       ("scaricare gratuitamente i propri certificati dall'Anagrafe nazionale", PERF)]),

    # 027 every objective of one mission in the magentino table.
    q("elenco",
      "Quali obiettivi operativi ha il piano del magentino nella Missione 10 trasporti?",
      "Cinque: 1) Integrare le reti di trasporto pubblico e la mobilità sostenibile (10.04); 2) Progettare e gestire "
      "viabilità, circolazione e servizi connessi (manutenzioni, segnaletica, illuminazione, parcheggi) (10.05); 3) "
      "Strade sicure (10.05); 4) Individuare luoghi che presentano criticità e definire soluzioni tecniche per "
      "eliminare/contenere le cause di pericolo per la mobilità degli utenti (10.05); 5) Migliorare l'illuminazione "
      "stradale con attenzione al contenimento energetico (10.05).",
      [["trasporto pubblico"], ["viabilità, circolazione"], ["Strade sicure"], ["criticità"],
       ["illuminazione stradale"]], MAG,
      [("Integrare le reti di trasporto pubblico e la mobilità sostenibile", MAG),
       ("Migliorare l'illuminazione stradale con attenzione al contenimento", MAG)]),

    # 028 every strategic project of one mission in the Cassano d'Adda valore pubblico 2023-2025.
    q("elenco",
      "Nel valore pubblico 2023-2025 di Cassano d'Adda, quali progetti strategici rientrano nella Missione 9 sviluppo "
      "sostenibile?",
      "Cinque progetti dell'area tematica 2 (Ambiente, gestione del territorio e urbanistica): 2.1 Ambiente, 2.2 "
      "Contrasto all'inquinamento, 2.3 Gestione dei rifiuti urbani, 2.5 Energia, 2.6 Gestione dei servizi pubblici; "
      "valori associati: economico, sociale, empatico e ambientale. L'obiettivo è valorizzare il patrimonio storico, "
      "culturale e ambientale e attuare uno sviluppo sostenibile ed armonico.",
      [["2.1 Ambiente"], ["contrasto all'inquinamento"], ["rifiuti urbani"], ["2.5 Energia"],
       ["gestione dei servizi pubblici"]], VP,
      [("MISSIONE 9 - SVILUPPO SOSTENIBILE E TUTELA DEL TERRITORIO E DELL'AMBIENTE", VP),
       ("OBIETTIVO STRATEGICO DI MANDATO – PROGETTO 2.3 GESTIONE DEI RIFIUTI URBANI", VP),
       ("OBIETTIVO STRATEGICO DI MANDATO – PROGETTO 2.6 GESTIONE DEI SERVIZI PUBBLICI", VP)]),

    # ------------------------------------------------------------------ tempistica (029-034)
    # 029 typo "bibloteca", no municipality; a month pattern inside a 2nd-level action.
    q("tempistica",
      "quando si trova il gruppo di lettura in bibloteca?",
      "Il Gruppo Lettura si riunisce ogni ultimo mercoledì del mese presso la biblioteca comunale Collodi (Cassano "
      "Magnago, obiettivo di promozione della lettura 3.1.5, anni 2025/2026/2027, Responsabile Area Attività Educativa "
      "e per il tempo libero).",
      [["ultimo mercoledì"], ["Collodi"]], CM,
      [("Gruppo Lettura ogni ultimo mercoledì del mese presso la biblioteca", CM)]),

    # 030 no municipality.
    q("tempistica",
      "In che mesi ci sono la festa Gioca Lo Sport e l'evento invernale per i piccoli sportivi?",
      "A Cassano Magnago la festa \"Gioca Lo Sport\" al Parco della Magana, con la Consulta Attività Sportive e le "
      "associazioni cittadine, è a settembre; l'evento invernale per i \"piccoli sportivi\" è a dicembre (obiettivo "
      "3.1.4, Responsabile Area Educativa, Sport e tempo libero; responsabile politico Assessore allo Sport).",
      [["settembre"], ["dicembre"]], CM,
      [("Organizzare presso il Parco della Magana la festa \"Gioca Lo Sport\"", CM),
       ("un evento invernale rivolto ai \"piccoli sportivi\"", CM)]),

    # 031 two objectives give two different windows for the same task.
    q("tempistica",
      "Quando è prevista a Cassano d'Adda la stesura del cronoprogramma per il PIAO 2025-2027?",
      "Nell'obiettivo del Segretario generale \"Monitorare, integrare e aggiornare il PIAO\" la fase 3, stesura del "
      "cronoprogramma per il PIAO 2025-2027, è a novembre/dicembre 2024. Il settore 01. Affari generali, nell'obiettivo "
      "di supporto all'attività del Segretario, prevede il supporto alla stesura del cronoprogramma e all'avvio dei "
      "lavori per il PIAO 2025/2027 da ottobre a dicembre.",
      [["novembre"], ["ottobre"]], PERF,
      [("FASE 3 - Stesura cronoprogramma per PIAO 2025-2027 - NOVEMBRE/DICEMBRE", PERF),
       ("cronoprogramma e avvio lavori per PIAO 2025/2027 - OTTOBRE-DICEMBRE", PERF)]),

    # 032 one phase out of six of the commerce objective.
    q("tempistica",
      "I bandi per riassegnare i posteggi dei mercati (Cassano, Gropello, Cascine) quando partono?",
      "Nell'obiettivo \"Commercio: digitalizzazione documentazione e allineamento procedure\" di Cassano d'Adda "
      "(settore 04) la fase 5, avvio dei bandi per la nuova assegnazione dei mercati cittadini di Cassano, Gropello e "
      "Cascine S. Pietro, è prevista da giugno a dicembre 2024; l'indicatore chiede il 100% dei posti mercato coperti "
      "tramite il nuovo bando.",
      [["giugno"], ["dicembre"]], PERF,
      [("Avvio bandi nuova assegnazione mercati cittadini", PERF)]),

    # 033 no municipality; two dates inside one sentence.
    q("tempistica",
      "Entro quando le società partecipate devono mandare la relazione semestrale al comune?",
      "Nel piano di Cassano Magnago (controllo strategico sulle società partecipate, 1.1.6, Responsabile Area Risorse) "
      "la relazione sull'andamento economico-finanziario e patrimoniale va chiesta entro il 31 luglio per il primo "
      "semestre ed entro il 31 gennaio per il secondo semestre di ogni anno, con report sullo stato di attuazione del "
      "contratto di servizio e trasmissione al Consiglio Comunale.",
      [["31 luglio"], ["31 gennaio"]], CM,
      [("riferita al primo semestre, entro il 31 luglio ed il 31 gennaio", CM)]),

    # 034 colloquial "ragioneria", no municipality.
    q("tempistica",
      "In che mesi la ragioneria fa le sessioni formative interne per gli altri settori?",
      "Nell'obiettivo \"Un bilancio sano\" del settore 02. Finanziario e tributi di Cassano d'Adda le sessioni formative "
      "interne dell'Ufficio Ragioneria sono a febbraio (riaccertamento ordinario dei residui) e a settembre/ottobre "
      "(bilancio di previsione); l'indicatore prevede 7 sessioni, una per settore, di 2 ore ciascuna.",
      [["febbraio"], ["settembre"]], PERF,
      [("ogni referente dell'Ufficio Ragioneria avrà il compito di formare", PERF),
       ("n. sessioni formative interne (1 sessione per ciascun Settore", PERF)]),

    # ------------------------------------------------------------------ numerico / indicatore / obiettivo (035-037)
    # 035 no municipality: baseline figures inside two indicators.
    q("numerico",
      "Quante iniziative aveva fatto il Bibliobebè nella sperimentazione 2023, e con quanti soggetti del territorio?",
      "Nel progetto sperimentale 2023 del Bibliobebè (Cassano d'Adda, obiettivo \"Avvio del presidio Nati per "
      "leggere\", settore 04) le iniziative erano 5 e i servizi coinvolti erano 2 soggetti (N. Soggetti progetto "
      "sperimentale 2023 = 2); per il 2024 gli indicatori puntano al 100% di consolidamento.",
      [["5 iniziative", "cinque iniziative", "iniziative erano 5", "iniziative 2023=5"],
       ["2 soggetti", "due soggetti", "soggetti progetto sperimentale 2023 = 2", "2 servizi", "due servizi"]], PERF,
      [("N. Iniziative 2023=5", PERF),
       ("N. Soggetti progetto sperimentale 2023 = 2", PERF)]),

    # 036 no municipality: targets of two indicators.
    q("indicatore",
      "Nei controlli interni di regolarità sugli atti, che percentuale di atti si deve controllare nel 2024?",
      "Nell'obiettivo \"Prevenzione della corruzione e controlli interni di regolarità amministrativa sugli atti\" "
      "(settore 01. Affari generali, Cassano d'Adda) la quota di atti controllati complessivamente passa da 2% a 10%, "
      "mentre per gli atti PNRR e di acquisizione e progressione del personale passa da 2% a 100%; in più 3 verifiche "
      "quadrimestrali (aprile/agosto/dicembre) e il potenziamento dell'ufficio di staff con 4 unità.",
      [["da 2% a 10%", "10%"], ["da 2% a 100%", "100%"]], PERF,
      [("% atti controllati complessivamente rispetto alla norma (da 2% a 10%)", PERF),
       ("atti PNRR e di ACQUISIZIONE E PROGRESSIONE DEL PERSONALE (da 2% a 100%)", PERF)]),

    # 037 purpose + partner inside the FINALITA' cell.
    q("obiettivo",
      "Che cosa dice il piano del magentino sul catasto? con chi c'è la convenzione?",
      "Obiettivo \"Il catasto: servizio ai cittadini e strumento per l'equità\" (08.01): il catasto è un servizio "
      "offerto ai cittadini in convenzione con il Polo catastale di Corbetta e uno strumento propedeutico alla "
      "definizione di corrette politiche fiscali; stakeholder cittadini, professionisti, enti terzi, Polo Catastale; "
      "indicatore: verifica del rispetto degli obblighi convenzionali e adesione alle nuove convenzioni.",
      [["Corbetta"], ["politiche fiscali"]], MAG,
      [("in convenzione con il Polo catastale di Corbetta", MAG)]),

    # ------------------------------------------------------------------ non_presente (038-045)
    # 038 the only CM objective (1 of 91) without a RESPONSABILE GESTIONALE line.
    q("non_presente",
      "Chi è il responsabile gestionale dell'obiettivo sulle comunità energetiche (CER) a Cassano Magnago?",
      "Il responsabile gestionale non è indicato: l'obiettivo \"Comunità energetiche\" (3.2.3) è l'unico del piano senza "
      "la riga RESPONSABILE GESTIONALE. Riporta solo motivazione, valore atteso e le azioni 2025 (monitoraggio del "
      "progetto esplorativo affidato alla CMS spa nel 2023 e costituzione della CER come soggetto giuridico).",
      [], CM,
      [("Evitare lo spreco energetico attraverso l'unione di utenti", CM)]),

    # 039 a person not named: the 02 org-chart entry stops at 30/04/2024.
    q("non_presente",
      "Chi è il titolare del settore Finanziario e tributi di Cassano d'Adda da maggio 2024 in poi?",
      "Non è indicato. La struttura organizzativa del piano performance 2024-2026 riporta per 02. Finanziario e tributi "
      "solo CHIZZOLI Martina come titolare dal 01/01/2024 al 30/04/2024; per il periodo successivo non è presente alcun "
      "nominativo.",
      [], PERF,
      [(org("CHIZZOLI Martina", end="30/04/2024"), PERF)]),

    # 040 Cremosano has no org chart, sectors or staff.
    q("non_presente",
      "Quanti dipendenti ha il comune di Cremosano e come sono organizzati i settori?",
      "Non è presente: la sezione 2 del PIAO 2026-2028 di Cremosano contiene solo la parte sul valore pubblico e le "
      "priorità strategiche, e per missioni e obiettivi rimanda al DUP 2026-2028; non riporta struttura organizzativa, "
      "settori né dipendenti.",
      [], CRE,
      [("si rimanda al DUP 2026-2028, approvato con delibera di consiglio comunale", CRE)]),

    # 041 the magentino table has no responsabile column; stakeholder "Polizia Locale" is not a responsabile.
    q("non_presente",
      "Nel piano del magentino chi è il responsabile dell'obiettivo Strade sicure?",
      "Non è indicato: la tabella DUP del magentino non ha una colonna per il responsabile. Per \"Strade sicure\" "
      "(10.05) riporta solo la finalità (programma di rifacimento della segnaletica orizzontale e verticale), lo "
      "stakeholder (Polizia Locale), gli anni 2024-2026 e l'indicatore.",
      [], MAG,
      [(f"Strade sicure{T}Definizione di un programma di interventi", MAG)]),

    # 042 typo "vigli"; a figure the plan does not give.
    q("non_presente",
      "Quanti vigli nuovi si assumono a Cassano Magnago nel 2025?",
      "Il numero non è indicato. L'obiettivo \"Potenziare l'organico della Polizia Locale con nuove assunzioni di "
      "personale\" (2.2.1, Responsabile Area Risorse) prevede solo di avviare nel 2025 le procedure concorsuali sulla "
      "base delle dichiarazioni di fabbisogno di personale dell'Area Polizia Locale, senza dire quanti posti.",
      [], CM,
      [("Potenziare l'organico della Polizia Locale con nuove assunzioni", CM)]),

    # 043 no municipality: the tree census has indicators without targets and no tree count.
    q("non_presente",
      "Censimento del verde: quanti alberi vanno censiti e qual è il target del rilievo?",
      "Il piano non riporta né il numero di alberi né un valore target. L'obiettivo \"Censimento del verde\" (Rif. DUP "
      "03.03.01, Cassano d'Adda, settore 06) ha come indicatori solo % rispetto fasi e tempi, % rilievo alberature e "
      "aree a verde e % digitalizzazione dati, senza percentuale prevista; le fasi sono rilievo gennaio-ottobre e "
      "digitalizzazione novembre-dicembre.",
      [], PERF,
      [("% rilievo alberature e aree a verde", PERF)]),

    # 044 a project that appears only as a title.
    q("non_presente",
      "Nel PIAO 2023-2025 di Cassano d'Adda cosa prevede il progetto 8.3 Artigianato?",
      "Non è riportato: nel PIAO 2023-2025 il progetto 8.3 Artigianato compare solo come titolo nella Missione 14 (area "
      "tematica 8), senza una descrizione propria; subito dopo viene il progetto 8.4 Agricoltura, seguito da \"Valore "
      "empatico\" e dalla frase troncata \"Attivazione di un processo di coinvolgimento degli operatori di settori\".",
      [], VP,
      [("PROGETTO 8.3 ARTIGIANATO**", VP)]),

    # 045 a municipality absent from the corpus (doc null, no evidence).
    q("non_presente",
      "Cosa prevede il PIAO del Comune di Treviglio per la polizia locale?",
      "Nei documenti disponibili non è presente alcun PIAO del Comune di Treviglio: i piani caricati riguardano Cassano "
      "d'Adda, Cassano Magnago, Cremosano e il piano DUP del magentino.",
      [], None),
]


def main() -> None:
    assert len(QUESTIONS) == 45, len(QUESTIONS)
    with OUT.open("w", encoding="utf-8") as f:
        for i, row in enumerate(QUESTIONS, 1):
            keys = ["question", "answer", "must_contain", "doc", "evidence", "type"]
            if "evidence_docs" in row:
                keys.append("evidence_docs")
            ordered = {"id": f"f31s-{i:03d}", **{k: row[k] for k in keys}}
            f.write(json.dumps(ordered, ensure_ascii=False) + "\n")
    print(f"wrote {len(QUESTIONS)} questions to {OUT}")


if __name__ == "__main__":
    main()
