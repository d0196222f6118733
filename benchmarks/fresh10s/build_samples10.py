"""Build benchmarks/fresh10s/samples10_qa.jsonl: 50 held-out questions on the five sample plans.

Written blind: only the five texts in data/samples/, shared/eval/README.md and the fresh8s README and
checker were read. Each question is one commented block below. Anchors are verbatim single-line
substrings (20-80 chars) of the named document; TABs in org-chart / employee-table anchors are written
as "\t". Every must_contain alternative occurs in the normalised text of the evidence documents.

Mix: elenco 9, indicatore 8, obiettivo 8, responsabile 7, multi_hop 6, confronto 4, numerico 3,
tempistica 2, non_presente 3.

Usage: python benchmarks/fresh10s/build_samples10.py   (then run samples10_check.py)
"""
from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "samples10_qa.jsonl"

CDA_VP = "cassano-dadda_piao-2023-2025_valore-pubblico.txt"
CDA_P = "cassano-dadda_piao-2024-2026_performance.txt"
CM = "cassano-magnago_piao-2025-2027_obiettivi-operativi.txt"
CRE = "cremosano_piao-2026-2028_valore-pubblico.txt"
MAG = "magentino_piao-2024-2026_obiettivi-dup.txt"

# Org-chart rows of the Cassano d'Adda 2024 performance plan (verbatim, with TABs).
ORG_GUARNERI = "01/01/2024\t31/12/2024\tGUARNERI Angelo Pietro\ttitolare"
ORG_MORETTI = "01/01/2024\t31/12/2024\tMORETTI Alessandra\ttitolare"
ORG_CAIANI = "01/01/2024\t31/12/2024\tCAIANI Massimo\ttitolare"
ORG_BARTUCCI = "01/01/2024\t31/12/2024\tBARTUCCI Grazia Maria\ttitolare"
ORG_BRAMBILLA = "01/01/2024\t31/12/2024\tBRAMBILLA Fabrizio\ttitolare"
ORG_BASSANI = "01/01/2024\t31/12/2024\tBASSANI Maddalena\ttitolare"
ORG_BIANCHI = "01/01/2024\t31/12/2024\tBIANCHI Maurizio\ttitolare"
ORG_CHIZZOLI = "01/01/2024\t30/04/2024\tCHIZZOLI Martina\ttitolare"

Q: list[dict] = []


def q(type_: str, question: str, answer: str, must: list[list[str]], doc, evidence: list[str],
      evidence_docs: list[str] | None = None) -> None:
    """Append one question; evidence_docs defaults to `doc` repeated for every anchor."""
    if evidence_docs is None:
        evidence_docs = [] if doc is None else [doc] * len(evidence)
    Q.append({"id": f"f10s-{len(Q) + 1:03d}", "question": question, "answer": answer,
              "must_contain": must, "doc": doc, "evidence": evidence,
              "evidence_docs": evidence_docs, "type": type_})


# --- 001 elenco (CM): the three documents of the PGT, asked without naming the municipality.
q("elenco",
  "Il piano di governo del territorio che il comune vuole aggiornare da quali documenti è composto?",
  "Secondo il PIAO 2025-2027 di Cassano Magnago il PGT, che per la legge regionale 12/2005 ha sostituito "
  "il Piano Regolatore Generale, si compone di tre documenti tecnici: il Documento di Piano, il Piano dei "
  "Servizi e il Piano delle Regole. L'aggiornamento è affidato al Responsabile Area Territorio (obiettivo "
  "strategico 1.2.5).",
  [["Documento di Piano"], ["Piano dei Servizi"], ["Piano delle Regole"]],
  CM, ["Esso si compone di tre documenti tecnici: il Documento di Piano"])

# --- 002 responsabile (CdA perf.): landscape-permit register -> settore 06 -> BIANCHI (org chart).
q("responsabile",
  "chi segue la digitalizzazione del registro delle pratiche paesaggistiche? mi serve il nome del responsabile",
  "L'obiettivo «Digitalizzazione registro pratiche paesaggistiche» (Rif. DUP 10.1.8) è assegnato al Settore "
  "06. Governo del territorio e ambiente, il cui titolare nel 2024 è BIANCHI Maurizio. Vi partecipano "
  "COMELLI Elisa, FUMAGALLI Rosa Giovanna, MANFE' PAVAN Chiara e VANZONI Davide.",
  [["BIANCHI"], ["Governo del territorio"]],
  CDA_P, ["DIGITALIZZAZIONE REGISTRO PRATICHE PAESAGGISTICHE", ORG_BIANCHI])

# --- 003 indicatore (CdA perf.): 2nd indicator of Controlli stradali, baseline 294 -> target 309 (+5%).
q("indicatore",
  "Per i controlli stradali, che obiettivo c'è sulle multe per revisione e assicurazione? da quanto si parte?",
  "Nell'obiettivo «Controlli stradali» della Polizia Locale di Cassano d'Adda (2024) l'indicatore prevede un "
  "incremento del 5% degli accertamenti di violazione su revisioni e assicurazioni: dato di partenza 2023 "
  "294 sanzioni, dato di arrivo 309 sanzioni.",
  [["294"], ["309"], ["5%"]],
  CDA_P, ["Dato partenza 2023: 294 sanzioni", "Dato di arrivo: 309 sanzioni"])

# --- 004 obiettivo (CM): free public wifi; the law forbids the PA to provide it itself -> authorised operator.
q("obiettivo",
  "Per il wifi libero nei luoghi di ritrovo, come pensa di fare il comune visto che non può fornire lui la connessione?",
  "A Cassano Magnago l'obiettivo è offrire gratuitamente una connessione internet nei principali punti di "
  "aggregazione e spazi pubblici. Poiché la normativa impedisce alla PA di erogare in proprio servizi di "
  "connessione generalizzati e impone vincoli legati alla registrazione delle sessioni, si valuterà di "
  "demandare contrattualmente il servizio a un gestore autorizzato; poi si realizzerà/aggiornerà "
  "l'infrastruttura Wi-Fi già presente estendendo la copertura (2025-2026-2027, Responsabile Area Attività "
  "Istituzionali ed Amm.ve).",
  [["gestore"], ["infrastruttura Wi-Fi", "Wi-Fi già presente"]],
  CM, ["La normativa impedisce alla pubblica amministrazione di erogare in proprio"])

# --- 005 elenco (CM): the three streets of the joint checks with the Carabinieri.
q("elenco",
  "In quali vie la polizia locale farà i controlli insieme ai carabinieri?",
  "Nel PIAO 2025-2027 di Cassano Magnago (obiettivo sui presidi fissi sul territorio, Area Polizia Locale) "
  "sono previsti controlli di Polizia stradale con i Carabinieri nelle principali arterie di traffico: via V "
  "Giornate, via Bonicalza e via Marconi (2025/2026/2027). Valore atteso: almeno due interventi all'anno.",
  [["V Giornate"], ["Bonicalza"], ["Marconi"]],
  CM, ["controlli di Polizia stradale in collaborazione con i Carabinieri"])

# --- 006 multi_hop (CdA VP 2023 -> perf. 2024 -> org chart): project 5.2 Immigrazione -> Sicurezza urbana
#     -> Polizia Locale -> CAIANI.
q("multi_hop",
  "Nel piano del valore pubblico 2023-2025 c'è un progetto contro l'immigrazione clandestina: nel PIAO 2024 "
  "quale obiettivo operativo ci sta sotto, e chi è il titolare del settore che lo porta avanti?",
  "Il VP 2023-2025 di Cassano d'Adda prevede il Progetto 5.2 Immigrazione («Contrastare i fenomeni legati "
  "all'immigrazione clandestina»). Nel PIAO 2024-2026, sotto l'obiettivo strategico 05.2 - Immigrazione, "
  "c'è l'obiettivo operativo «Sicurezza urbana» (pluriennale 2023-2025, fase 2): intensificare il controllo "
  "del territorio per migliorare la percezione di sicurezza dei cittadini. È del Settore 08. Polizia Locale, "
  "titolare CAIANI Massimo.",
  [["SICUREZZA URBANA"], ["Polizia Locale"], ["CAIANI"]],
  [CDA_VP, CDA_P],
  ["Contrastare i fenomeni legati all'immigrazione clandestina.",
   "Intensificare il controllo del territorio al fine di migliorare la percezione",
   ORG_CAIANI],
  [CDA_VP, CDA_P, CDA_P])

# --- 007 confronto (CM vs magentino): video surveillance; parks/arteries vs fixed+mobile cameras (fototrappole).
q("confronto",
  "Videosorveglianza: cosa prevedono Cassano Magnago e il piano del magentino? Ci sono differenze negli strumenti?",
  "Cassano Magnago (2025-2027, Area Polizia Locale) vuole potenziare la videosorveglianza nei punti più "
  "sensibili, compresi i parchi e le maggiori arterie comunali, per prevenire la criminalità; valore atteso: "
  "aumentare le aree video sorvegliate. Il magentino (Missione 03, programma 03.01) vuole implementare l'uso "
  "dei sistemi esistenti e fare nuove installazioni; l'indicatore prevede la revisione dell'uso delle "
  "telecamere fisse e mobili (fototrappole) e più collaborazione con le altre forze di polizia per lo "
  "scambio di dati.",
  [["parchi"], ["fototrappole"], ["aree video sorvegliate"]],
  [CM, MAG],
  ["Potenziare il sistema di videosorveglianza nei punti più sensibili",
   "sia fisse che mobili (fototrappole)"],
  [CM, MAG])

# --- 008 indicatore (CdA perf.): Sicurezza urbana - ordinances 30 -> 20 days and 60% satisfied at the desk.
q("indicatore",
  "di quanto si vogliono accorciare i tempi per le ordinanze legate ai lavori pubblici? e che soddisfazione si punta allo sportello?",
  "Nell'obiettivo «Sicurezza urbana» della Polizia Locale di Cassano d'Adda (2024) l'indicatore di "
  "efficienza prevede la riduzione del termine per le ordinanze lavori pubblici da 30 giorni a 20 giorni; "
  "per il customer dello sportello il dato di arrivo è almeno 60% soddisfatti (voti superiori a "
  "«sufficiente»).",
  [["30 giorni"], ["20 giorni"], ["60%"]],
  CDA_P, ["Termine di riduzione ordinanze lavori pubblici:", "Dato di arrivo: almeno 60% soddisfatti"])

# --- 009 obiettivo (CM): Villa Oliva and the frescoes of the former San Giulio church - purpose/value.
q("obiettivo",
  "A cosa servono i lavori su Villa Oliva e sugli affreschi della vecchia chiesa?",
  "L'obiettivo di Cassano Magnago (Area Lavori Pubblici, obiettivo strategico 1.2.2) prevede il "
  "completamento del primo piano di Villa Oliva, l'ampliamento degli spazi della biblioteca comunale e il "
  "recupero degli affreschi dell'ex Chiesa San Giulio, luoghi per appuntamenti nell'anno e punto d'incontro "
  "delle aziende locali. Motivazione: innovare e ottimizzare gli spazi per la cittadinanza; valore atteso: "
  "spazi pubblici dove i cittadini possano partecipare attivamente alla vita politica, sociale ed economica "
  "della comunità.",
  [["San Giulio"], ["partecipare attivamente", "Innovare e ottimizzare"]],
  CM, ["Completamento del primo piano di Villa Oliva"])

# --- 010 numerico (CdA perf.): municipal ASA staff seconded to the RSA - the two objectives disagree (2 vs 3).
q("numerico",
  "Quante ausiliarie socio assistenziali del comune lavorano distaccate alla RSA?",
  "Il PIAO 2024 di Cassano d'Adda dà due numeri diversi: nell'obiettivo sui servizi socio assistenziali "
  "della RSA il personale comunale in distacco è costituito da 2 Ausiliarie Socio Assistenziali e 1 addetta "
  "all'accoglienza; nell'obiettivo sul servizio di accoglienza si parla invece di 3 Ausiliarie Socio "
  "Assistenziali e 1 addetta alla accoglienza. Il resto del personale dipende dalla società che gestisce i "
  "servizi in global service.",
  [["2 Ausiliarie"], ["3 Ausiliarie"]],
  CDA_P, ["è costituito da 2 Ausiliarie Socio Assistenziali", "è costituito da 3 Ausiliarie Socio Assistenziali"])

# --- 011 elenco (Cremosano): the three value dimensions; period named instead of the municipality.
q("elenco",
  "Nel piano 2026-2028 quali sono le dimensioni del valore pubblico individuate per la transizione dell'ente?",
  "Il PIAO 2026-2028 di Cremosano individua tre dimensioni del Valore Pubblico: economica (componenti del "
  "tessuto economico e relative condizioni), personale e socio-culturale (benessere psico-fisico, "
  "formazione, diffusione culturale, attenzione ai soggetti fragili) e ambientale (sfide ambientali, "
  "climatiche ed energetiche). Ogni obiettivo del Piano della Performance 2026 rientra in una di queste "
  "dimensioni.",
  [["economica"], ["socio-culturale"], ["ambientale"]],
  CRE, ["- economica si riferisce alle varie componenti del tessuto economico",
        "- ambientale è relativo alle sfide ambientali, climatiche ed energetiche"])

# --- 012 responsabile (CdA perf.): tax FAQ objective -> settore 02 -> CHIZZOLI, whose term ends 30/04/2024.
q("responsabile",
  "Chi è il responsabile dell'obiettivo sulle FAQ per i contribuenti? Vale per tutto il 2024?",
  "L'obiettivo «Informare il cittadino in materia tributaria» (Rif. DUP 1.1.5, Cassano d'Adda) è del "
  "Settore 02. Finanziario e Tributi. Nella struttura organizzativa la titolare è CHIZZOLI Martina, ma con "
  "incarico dal 01/01/2024 al 30/04/2024; per il periodo successivo il piano non dà un altro nominativo.",
  [["CHIZZOLI"], ["30/04/2024"], ["Finanziario e tributi"]],
  CDA_P, ["INFORMARE IL CITTADINO IN MATERIA TRIBUTARIA", ORG_CHIZZOLI])

# --- 013 tempistica (CM): budget-preparation deadlines 15 Sept, 5 Oct, 20 Oct, 31 Dec (municipality named:
#     Cassano d'Adda also has budget notes in Sept/Oct).
q("tempistica",
  "A Cassano Magnago entro quali date vanno fatti i passaggi per preparare il bilancio di previsione?",
  "Nel PIAO 2025-2027 di Cassano Magnago (obiettivo sui flussi finanziari del bilancio, Area Risorse): entro "
  "il 15 settembre invio ai responsabili dello schema di bilancio a legislazione vigente (bilancio tecnico); "
  "entro il 5 ottobre i responsabili comunicano le previsioni di entrata e spesa (il silenzio vale come "
  "condivisione); entro il 20 ottobre il responsabile finanziario invia la versione finale alla giunta; "
  "entro il 31 dicembre approvazione da parte del Consiglio.",
  [["15 settembre"], ["5 ottobre"], ["20 ottobre"], ["31 dicembre"]],
  CM, ["Entro il 15 settembre",
       "Il responsabile finanziario predisporre la versione finale del bilancio"])

# --- 014 indicatore (CdA perf.): internal controls on acts - quadrimestral checks, 2% -> 100%, staff +2+2.
q("indicatore",
  "Nei controlli interni sugli atti del 2024: ogni quanto si verificano gli atti PNRR e del personale, che "
  "copertura si vuole raggiungere e come si rinforza l'ufficio di staff?",
  "Nell'obiettivo «Prevenzione della corruzione e controlli interni di regolarità amministrativa sugli atti» "
  "(Settore 01 Affari generali, Cassano d'Adda 2024) gli atti PNRR e di acquisizione e progressione del "
  "personale controllati passano da 2% a 100%, con verifica quadrimestrale (n. 3 fasi di controllo annue: "
  "aprile/agosto/dicembre); i controlli complessivi salgono al 10%. L'Ufficio di Staff è potenziato con "
  "almeno 2 unità del Settore e almeno 2 unità di altri Settori (dimensione attesa 4).",
  [["quadrimestrale"], ["2 unità"], ["da 2% a 100%"]],
  CDA_P, ["PROGRESSIONE DEL PERSONALE (da 2% a 100%)",
          "potenziamento Ufficio di Staff con altre unità di personale del Settore"])

# --- 015 elenco (CM): the five schools to be enlarged (first/middle/last all asked).
q("elenco",
  "Quali scuole sono interessate dagli ampliamenti?",
  "A Cassano Magnago (obiettivo strategico 4.2.4, Area Lavori Pubblici) sono previsti interventi di "
  "ampliamento delle scuole Fermi, Dante, Parini, Maino e Orlandi. Nel 2025 si monitora l'avanzamento dei "
  "lavori di miglioramento sismico, risanamento conservativo e smaltimento amianto del blocco aule lato ovest "
  "della secondaria Orlandi.",
  [["Fermi"], ["Dante"], ["Parini"], ["Maino"], ["Orlandi"]],
  CM, ["Interventi di ampliamento della scuola Fermi, Dante, Parini, Maino e Orlandi"])

# --- 016 obiettivo (CM): Tangenziale Sud asked as "circonvallazione" (typo) - motivation and strategic objective.
q("obiettivo",
  "a che serve finire la circonvalazione a sud della città e sotto quale obiettivo strategico sta?",
  "Nel PIAO 2025-2027 di Cassano Magnago l'obiettivo «Completare la Tangenziale Sud» rientra nell'obiettivo "
  "strategico 1.2.1 «Migliorare la mobilità della città, riducendo il traffico pesante» (Responsabile Area "
  "Lavori Pubblici). Motivazione: deviazione dei mezzi pesanti per ridurre il traffico nel centro città; "
  "valore atteso: promuovere la mobilità sostenibile in ambito urbano. Fase: monitoraggio dello stato "
  "avanzamento lavori (2025-26-27).",
  [["mezzi pesanti"], ["1.2.1"]],
  CM, ["Completare la \"Tangenziale Sud\" al fine di migliorare la mobilità a sud"])

# --- 017 multi_hop (CdA perf.): RUP of the historic-centre regeneration (employee table) -> settore 07 -> BARTUCCI.
q("multi_hop",
  "Chi fa da RUP per la rigenerazione del centro storico (via Veneto, piazza Garibaldi) e chi è la titolare del suo settore?",
  "Nell'obiettivo pluriennale di rigenerazione urbana - fase 2 (nuova via Veneto, piazza Garibaldi, via "
  "Leonardo da Vinci) del PIAO 2024 di Cassano d'Adda il RUP è MANZONI Davide (D1). L'obiettivo è del "
  "Settore 07. Lavori Pubblici, la cui titolare è BARTUCCI Grazia Maria. Partecipano anche POZZI Mirella, "
  "SACCHELLI Paola e BONOMETTI Mauro.",
  [["MANZONI"], ["BARTUCCI"], ["Lavori pubblici"]],
  CDA_P, ["MANZONI Davide\tD1\tRUP", ORG_BARTUCCI])

# --- 018 non_presente (CdA perf.): cost of the new via Veneto - only the decree is given, no amount.
q("non_presente",
  "Quanto costa la nuova via Veneto? a quanto ammonta il finanziamento regionale?",
  "Il PIAO 2024-2026 di Cassano d'Adda non riporta né il costo dei lavori della nuova via Veneto né "
  "l'importo del finanziamento: indica solo che l'intervento è finanziato con Decreto del 03/03/2022 n. 2804 "
  "di Regione Lombardia e le date (inizio lavori entro 15/05/2024, fine lavori 30/11/2024).",
  [],
  CDA_P, ["La nuova Via Veneto - (finanziato con Decreto del 03/03/2022 n. 2804"])

# --- 019 indicatore (CdA perf.): Promozione del territorio - events 2023 = 10, target +30%.
q("indicatore",
  "Per la promozione del territorio, quanti eventi c'erano nel 2023 e di quanto devono crescere nel 2024?",
  "Nell'obiettivo «Promozione del territorio» (Settore 04, Cassano d'Adda 2024) l'indicatore di efficacia "
  "misura l'aumento degli eventi di promozione del territorio 2024 rispetto al 2023: dato 2023 = n. 10 "
  "eventi, % prevista 30. Anche la quota di eventi realizzati in partnership con almeno un partner del "
  "territorio ha un target del 30%.",
  [["10 eventi"], ["30"]],
  CDA_P, ["% aumento eventi di promozione del territorio", "dato 2023 = n. 10 eventi"])

# --- 020 elenco (magentino): stakeholders of the street-lighting objective (5 of 7 items as groups).
q("elenco",
  "Chi sono gli stakeholder dell'obiettivo sull'illuminazione delle strade e il contenimento energetico?",
  "Nel piano del magentino, per l'obiettivo «Migliorare l'illuminazione stradale con attenzione al "
  "contenimento energetico» (programma 10.05) gli stakeholder sono: UTC, cittadini, Fondazione Cariplo, "
  "Enel Sole, aziende del settore, tecnici ed enti sovraordinati. Indicatori: gestione del nuovo contratto "
  "e controllo dell'efficacia degli interventi.",
  [["UTC"], ["Fondazione Cariplo"], ["Enel Sole"], ["aziende del settore"], ["enti sovraordinati"]],
  MAG, ["UTC cittadini, Fondazione Cariplo, Enel Sole, aziende del settore"])

# --- 021 responsabile (CdA perf.): head of "servizi sociali" (informal name of 03. Servizi alla persona).
q("responsabile",
  "chi è la responsabile dei servizi sociali a Cassano d'Adda?",
  "I servizi sociali fanno capo al Settore 03. Servizi alla Persona, la cui titolare nel 2024 "
  "(01/01/2024-31/12/2024) è MORETTI Alessandra. Il settore segue, tra l'altro, Progetto Casa, gli obiettivi "
  "sulla RSA, l'assistenza educativa scolastica e il consiglio comunale dei ragazzi.",
  [["MORETTI"], ["Servizi alla persona"]],
  CDA_P, [ORG_MORETTI, "Il Settore 3, Servizi Alla Persona, collabora con Istituzioni"])

# --- 022 obiettivo (CM): which strategic objective the pet cemetery belongs to (3.2.2 parks and gardens).
q("obiettivo",
  "Il cimitero per cani e gatti in quale obiettivo strategico rientra?",
  "A Cassano Magnago l'obiettivo «Possibilità di realizzare un cimitero per gli animali d'affezione» rientra "
  "nell'obiettivo strategico 3.2.2 «Creare nuovi parchi e giardini» (Responsabile Area Lavori Pubblici). "
  "Motivazione: dedicare un'area del territorio alla sepoltura degli animali d'affezione; fase: "
  "individuazione dell'area e affidamento dei lavori (2025-2026-2027).",
  [["3.2.2"], ["nuovi parchi e giardini"]],
  CM, ["Possibilità di realizzare un cimitero per gli animali d'affezione"])

# --- 023 confronto (Cremosano vs CM): sustainable mobility - walking/cycling/public transport vs cycle paths.
q("confronto",
  "Mobilità sostenibile: cosa dicono Cremosano e Cassano Magnago?",
  "Cremosano (priorità 9 «Cremosano in movimento») intende la mobilità sostenibile come spostamenti a piedi, "
  "in bicicletta e con i mezzi pubblici, che rendono più vivibile la città, liberano spazi dalla sosta e "
  "riducono incidentalità e inquinamento. Cassano Magnago (obiettivo strategico 1.2.3, Area Lavori Pubblici) "
  "vuole un sistema di mobilità dolce potenziando le piste ciclo pedonali e individuando le risorse per "
  "percorsi ciclopedonali insieme alla manutenzione delle strade (2025).",
  [["mezzi pubblici"], ["ciclo pedonali", "ciclopedonali"], ["incidentalità", "inquinamento"]],
  [CRE, CM],
  ["La mobilità sostenibile, cioè quella costituita dagli spostamenti a piedi",
   "sistema di mobilità dolce e sostenibile, attraverso il potenziamento"],
  [CRE, CM])

# --- 024 indicatore (CdA perf.): later indicators of the procurement-code training - 8 accredited, 7 forms, 960 EUR.
q("indicatore",
  "Formazione sul nuovo codice appalti: quanti operatori accreditare sulle piattaforme, quanti documenti "
  "preparare e quanto si risparmia?",
  "Nell'obiettivo «Formazione interna al personale dipendente in materia di nuovo codice dei contratti, "
  "procedure telematiche di acquisto e di acquisizione CIG» (Settore 01 Affari generali, Cassano d'Adda "
  "2024): dimensione attesa 8 operatori accreditati/abilitati sulle piattaforme digitali, 7 documenti di "
  "modulistica, 2 sessioni formative per dipendente dell'U.O. Gare e contratti e un risparmio di 960 € "
  "(corso di 2 h per 8 dipendenti a 60 €/h).",
  [["8"], ["7"], ["960"]],
  CDA_P, ["Accreditamento / abilitazione ad operare sulle piattaforme digitali",
          "Predisposizione modulistica - attesi n. 7 documenti"])

# --- 025 elenco (magentino): the five operational objectives of Missione 09 (municipality-type named: the
#     Cassano d'Adda VP plan has a Missione 9 too).
q("elenco",
  "Quali sono gli obiettivi operativi sull'ambiente (missione 9) nel piano del magentino?",
  "La Missione 09 del piano del magentino ha cinque obiettivi operativi: Tutelare il suolo e le altre "
  "matrici ambientali (09.04); Rinnovare il servizio di manutenzione del verde (09.02); Garantire il "
  "servizio di igiene urbana (09.03); Valorizzare e mantenere le aree a verde (09.05); Ridurre le emissioni "
  "di CO2 e monitorare i consumi (09.02).",
  [["Tutelare il suolo"], ["manutenzione del verde"], ["igiene urbana"], ["aree a verde"],
   ["emissioni di CO2"]],
  MAG, ["Tutelare il suolo e le altre matrici ambientali",
        "Ridurre le emissioni di CO2 e monitorare i consumi"])

# --- 026 obiettivo (magentino): purpose of keeping the cadastre service (Polo catastale di Corbetta, tax fairness).
q("obiettivo",
  "Perché il comune tiene il servizio del catasto, a cosa gli serve?",
  "Nel piano del magentino (Missione 08, programma 08.01) l'obiettivo «Il catasto: servizio ai cittadini e "
  "strumento per l'equità» vede il catasto come servizio offerto ai cittadini, in convenzione con il Polo "
  "catastale di Corbetta, e come strumento propedeutico alla definizione di corrette politiche fiscali. "
  "Indicatore: verifica del rispetto degli obblighi convenzionali e adesione alle nuove convenzioni.",
  [["Corbetta"], ["politiche fiscali"]],
  MAG, ["Il catasto: servizio ai cittadini e strumento per l'equità"])

# --- 027 multi_hop (CdA VP 2023 -> perf. 2024 -> org chart): project 8.1 -> commerce digitalisation -> 04 -> BASSANI.
q("multi_hop",
  "Il progetto commercio e turismo del valore pubblico 2023-25 parla di tornare al commercio di vicinato: nel "
  "2024 quale obiettivo operativo c'è sotto e chi ne è la responsabile?",
  "Nel VP 2023-2025 di Cassano d'Adda il Progetto 8.1 Commercio e turismo punta a ritornare al commercio di "
  "vicinato in centro. Nel PIAO 2024-2026, sotto l'obiettivo strategico 08.1 - Progetto commercio e turismo, "
  "c'è «Commercio: digitalizzazione documentazione e allineamento procedure» (pluriennale, fase 1), "
  "assegnato al Settore 04. Cultura, sport e valorizzazione turistica, titolare BASSANI Maddalena.",
  [["DIGITALIZZAZIONE DOCUMENTAZIONE"], ["Cultura, sport e valorizzazione turistica"], ["BASSANI"]],
  [CDA_VP, CDA_P],
  ["Ritornare al commercio di vicinato in centro.",
   "COMMERCIO: DIGITALIZZAZIONE DOCUMENTAZIONE E ALLINEAMENTO",
   ORG_BASSANI],
  [CDA_VP, CDA_P, CDA_P])

# --- 028 tempistica (CdA perf.): PNRR deadlines of the Cristo Risorto nursery school (31/12/2025, CRE 30/06/2026).
q("tempistica",
  "Per la scuola materna Cristo Risorto, quali sono le scadenze PNRR per finire i lavori e fare il collaudo?",
  "Per il progetto PNRR di messa in sicurezza e riqualificazione energetica della scuola materna Cristo "
  "Risorto (Cassano d'Adda, Settore 07 Lavori pubblici) il finanziamento prevede: aggiudicazione entro "
  "20/06/2023 e avvio lavori entro 30/11/2023 (ottemperati), conclusione lavori entro 31/12/2025 e collaudo "
  "(CRE) entro 30/06/2026. Il cronoprogramma comunale anticipa la conclusione al 30/09/2024 e il CRE al "
  "31/12/2024.",
  [["31/12/2025"], ["30/06/2026"]],
  CDA_P, ["conclusione lavori entro 31/12/2025", "collaudo (CRE) lavori entro 30/06/2026"])

# --- 029 indicatore (CdA perf.): HR training on contract rules - market cost 12.600 EUR and 70% satisfaction.
q("indicatore",
  "la formazione dell'ufficio personale su permessi e busta paga: quanto costerebbe sul mercato e che "
  "gradimento si vuole ottenere?",
  "Nell'obiettivo «Formazione interna al personale dipendente in materia di istituti contrattuali» "
  "(Settore 01 Affari generali, Cassano d'Adda 2024) il risparmio è calcolato sul costo medio di corsi "
  "analoghi sul mercato: 70 € l'ora, 6 ore per 30 dipendenti = 12.600 €. L'indicatore di output chiede il "
  "70% di soddisfazione nella customer satisfaction (votazione superiore a 7/10).",
  [["12.600"], ["70"]],
  CDA_P, ["6 ore x 30 dipendenti = € 12.600,00",
          "L'ufficio personale intende attivare sessioni formative per il personale"])

# --- 030 responsabile (CdA perf.): cross-sector payment-times objective -> 00 Segretario generale -> BRAMBILLA
#     Fabrizio (distractor: BRAMBILLA Giorgio is an employee of settore 04).
q("responsabile",
  "Chi è responsabile dell'obiettivo intersettoriale sui tempi medi di pagamento delle fatture? nome e cognome",
  "L'obiettivo «Rispetto tempi medi di pagamento - obiettivo intersettoriale» (Rif. DUP 1.1.1-1.1.5) è "
  "assegnato a 00. Segretario Generale, cioè BRAMBILLA Fabrizio (titolare 01/01/2024-31/12/2024). Coinvolge "
  "tutti i Settori (1-8), ciascuno con target 100% di rispetto fasi e tempi e indice di tempestività dei "
  "pagamenti pari a 0.",
  [["BRAMBILLA Fabrizio"], ["Segretario generale"]],
  CDA_P, ["Rispetto tempi medi di pagamento - OBIETTIVO INTERSETTORIALE", ORG_BRAMBILLA])

# --- 031 elenco (CdA perf.): all employees of the energy-efficiency objective, with the meter reader (typo).
q("elenco",
  "Chi lavora sul monitoraggio degli impianti fotovoltaci e del teleriscaldamento? e chi legge i contatori?",
  "All'obiettivo pluriennale di efficientamento energetico (fase 1, Settore 07 Lavori pubblici, Cassano "
  "d'Adda 2024) partecipano: SACHELLI Paola (C5, predisposizione atti), MANZONI Davide (D1, sopralluoghi, "
  "rapporti con uffici scolastici e società sportive), FRONTE Giuseppe (B1, lettura contatori ed eventuali "
  "sopralluoghi) e PIATTI Nicoletta (C4, sopralluoghi, rapporti con uffici scolastici e società sportive). "
  "I contatori li legge FRONTE Giuseppe.",
  [["SACHELLI", "SACCHELLI"], ["MANZONI"], ["FRONTE"], ["PIATTI"]],
  CDA_P, ["SACHELLI Paola\tC5\tPredisposizione atti",
          "FRONTE Giuseppe\tB1\tLecture contatori, eventuali sopralluoghi"])

# --- 032 non_presente (magentino): a separate-collection percentage for 2025 - the indicator has no target.
q("non_presente",
  "Che percentuale di raccolta differenziata si deve raggiungere nel 2025?",
  "Il piano del magentino non indica una percentuale obiettivo di raccolta differenziata, né per il 2025 né "
  "per altri anni: per «Garantire il servizio di igiene urbana» (09.03, marcato per 2024, 2025 e 2026) "
  "l'indicatore parla solo di incremento della percentuale tramite la sensibilizzazione dei cittadini, "
  "eventi e programmi nelle scuole.",
  [],
  MAG, ["Incremento della percentuale di raccolta differenziata tramite"])

# --- 033 obiettivo (CdA VP 2023): why more competitive sport for young people (unauthorised gatherings, vandalism).
q("obiettivo",
  "Perché il comune vuole aumentare lo sport anche a livello agonistico tra i ragazzi? che problema vuole evitare?",
  "Nel VP 2023-2025 di Cassano d'Adda il Progetto 7.1 Sport e tempo libero (Missione 6) punta ad aumentare "
  "la pratica sportiva anche a livello agonistico per incentivare momenti di aggregazione giovanile di "
  "valore e ridurre le occasioni di ritrovi non autorizzati, spesso sfocianti in episodi di violenza e "
  "vandalismo. Prevede anche più strutture e attività sportive organizzate e libere. Valori: empatico, "
  "sociale, evolutivo/digitale.",
  [["ritrovi non autorizzati"], ["vandalismo"]],
  CDA_VP, ["Aumentare la pratica sportiva anche a livello agonistico"])

# --- 034 responsabile (CdA perf.): "ufficio personale" (informal) -> 01 Affari generali -> GUARNERI.
q("responsabile",
  "Chi è il capo del settore da cui dipende l'ufficio personale, quello che fa la formazione su busta paga e permessi?",
  "L'obiettivo «Formazione interna al personale dipendente in materia di istituti contrattuali», curato "
  "dall'ufficio personale, è del Settore 01. Affari Generali, il cui titolare nel 2024 è GUARNERI Angelo "
  "Pietro. Partecipano BOTTONI Sara Maddalena e VICARIO Laura.",
  [["GUARNERI"], ["Affari generali"]],
  CDA_P, ["FORMAZIONE INTERNA AL PERSONALE DIPENDENTE IN MATERIA DI ISTITUTI", ORG_GUARNERI])

# --- 035 indicatore (magentino): police proximity hours +10% (with the maintained patrol mileage).
q("indicatore",
  "di quanto devono aumentare le ore dei servizi di prossimità della polizia locale?",
  "Nel piano del magentino (Missione 03, 03.01, gestione ottimale dei servizi di polizia) l'indicatore "
  "prevede un aumento del 10% delle ore dei servizi di prossimità, insieme al mantenimento del chilometraggio "
  "annuo per il pattugliamento, del numero dei posti di controllo del traffico e dei controlli in materia "
  "commerciale, edilizia e ambientale.",
  [["10%"], ["chilometraggio"]],
  MAG, ["Aumento del 10% delle ore dei servizi di prossimità."])

# --- 036 elenco (CdA VP 2023): the value types of Missione 1 / Area tematica 1.
q("elenco",
  "Nella missione 1, area tematica amministrazione e bilancio, quali tipi di valore pubblico vengono indicati?",
  "Nel PIAO 2023-2025 di Cassano d'Adda (valore pubblico), per la Missione 1 - Area tematica 1 "
  "Amministrazione, finanza pubblica e bilancio sono indicati: valore economico, valore empatico, valore "
  "etico, valore sociale e valore strutturale (capacità organizzativa).",
  [["ECONOMICO"], ["EMPATICO"], ["ETICO"], ["SOCIALE"], ["STRUTTURALE"]],
  CDA_VP, ["AREA TEMATICA 1 - AMMINISTRAZIONE, FINANZA PUBBLICA E BILANCIO",
           "MISSIONE 1 - SERVIZI ISTITUZIONALI, GENERALI E DI GESTIONE"])

# --- 037 multi_hop (CdA perf.): one employee (QUADRI Chiara) -> objectives in two settori -> two titolari.
q("multi_hop",
  "QUADRI Chiara partecipa a obiettivi di due settori diversi: quali obiettivi sono e chi sono i titolari di quei settori?",
  "QUADRI Chiara (D1) partecipa all'obiettivo «Prevenzione della corruzione e controlli interni di "
  "regolarità amministrativa sugli atti» del Settore 01. Affari Generali (titolare GUARNERI Angelo Pietro) e "
  "agli obiettivi «Un bilancio sano» e «Open bilancio» del Settore 02. Finanziario e Tributi (titolare "
  "CHIZZOLI Martina, dal 01/01/2024 al 30/04/2024).",
  [["PREVENZIONE DELLA CORRUZIONE"], ["BILANCIO SANO", "OPEN BILANCIO"], ["GUARNERI"], ["CHIZZOLI"]],
  CDA_P, ["PREVENZIONE DELLA CORRUZIONE E CONTROLLI INTERNI DI REGOLARITA'", ORG_GUARNERI, ORG_CHIZZOLI])

# --- 038 numerico (Cremosano): number and date of the council resolution approving the DUP 2026-2028.
q("numerico",
  "Con quale delibera è stato approvato il DUP 2026-2028 e in che data?",
  "Il PIAO di Cremosano rimanda, per missioni, obiettivi strategici e programmi operativi, al DUP 2026-2028 "
  "approvato con delibera di consiglio comunale n. 40 in data 20.12.2026 (data così riportata nel "
  "documento).",
  [["n. 40"], ["20.12.2026"]],
  CRE, ["approvato con delibera di consiglio comunale n. 40 in data 20.12.2026"])

# --- 039 confronto (CM vs magentino): helping the unemployed - L. 68/99 placement vs borse lavoro.
q("confronto",
  "Come aiutano chi è senza lavoro Cassano Magnago e il magentino?",
  "Cassano Magnago (obiettivo strategico 5.1.3, Area alla Persona) vuole attivare politiche di inserimento "
  "e sostegno lavorativo, attuando la L. 68/99 sull'inserimento lavorativo e favorendo l'integrazione di "
  "soggetti svantaggiati e dei cittadini immigrati. Il magentino (Missione 12, 12.05) prevede «Sostenere chi "
  "perde il lavoro» con partnership con altri Enti e Terzo settore e progetti di occupazione tramite borse "
  "lavoro, oltre a iniziative di orientamento al lavoro e reinserimento con progetti individuali.",
  [["68/99"], ["borse lavoro"]],
  [CM, MAG],
  ["Attivare politiche di inserimento e sostegno lavorativo",
   "progetti di occupazione per lavoratori in condizioni di svantaggio"],
  [CM, MAG])

# --- 040 obiettivo (CdA perf.): building-land survey asked as "terreni edificabili" - purpose and the PGT gap.
q("obiettivo",
  "A che serve la mappatura dei terreni edificabili che fa l'ufficio tributi? qual è il problema di partenza?",
  "Nel PIAO 2024 di Cassano d'Adda l'«Analisi straordinaria delle aree fabbricabili» (obiettivo pluriennale, "
  "fase 1 di 2, Settore 02 Finanziario e Tributi) mira, in ottica di trasparenza e anticorruzione, al "
  "riordino del territorio e ad ampliare la base imponibile per contenere nel tempo la pressione fiscale. Il "
  "problema: la banca dati tributaria, basata sulle dichiarazioni dei contribuenti, a volte non è allineata "
  "con gli strumenti di programmazione del territorio (PGT). Target: 50% di analisi e 50% di incrocio con il "
  "database tributi.",
  [["base imponibile"], ["PGT"]],
  CDA_P, ["la mappatura delle aree fabbricabili si prefigge l'obiettivo",
          "appare talvolta non allineata con quanto previsto"])

# --- 041 non_presente (Cremosano): a named assessore for priority 9 - the plan names no one.
q("non_presente",
  "Chi è l'assessore che segue la priorità sulla mobilità a piedi e in bici a Cremosano?",
  "Il PIAO 2026-2028 di Cremosano non indica nessun assessore o responsabile per la priorità strategica 9 "
  "«Cremosano in movimento»: descrive solo la priorità (spostamenti a piedi, in bicicletta e con i mezzi "
  "pubblici) e rimanda al DUP 2026-2028.",
  [],
  CRE, ["9. Cremosano in movimento"])

# --- 042 elenco (CdA perf.): all four phases of the PEBA / accessibility objective (typo "obbiettivo").
q("elenco",
  "quali sono le fasi dell'obbiettivo sulle barriere architettoniche e il PEBA a Cassano d'Adda?",
  "L'obiettivo «Riqualificazione, miglioramento accessibilità» (pari opportunità e accessibilità, fase 1, "
  "Settore 07) ha quattro fasi: 1) analisi di priorità e fabbisogni e confronto con le associazioni per le "
  "persone con disabilità (gennaio-maggio); 2) aggiornamento PEBA e programmi di intervento (febbraio-giugno); "
  "3) interventi per l'inclusività negli accessi dell'Istituto comprensivo Di Vona, del Palazzo comunale, di "
  "Spazio città e del Centro civico (gennaio-dicembre); 4) interventi di superamento delle barriere "
  "finanziati con il 10% degli oneri di urbanizzazione, accordo quadro (settembre-dicembre).",
  [["associazioni"], ["Aggiornamento PEBA"], ["Di Vona", "Palazzo comunale"], ["10%"]],
  CDA_P, ["FASE 2 - Aggiornamento PEBA. Stesura programmi intervento",
          "FASE 4 - Interventi per il superamento delle barriere architettoniche"])

# --- 043 responsabile (CM): hiring new local-police staff is the Area Risorse's job, not the police's.
q("responsabile",
  "A Cassano Magnago chi deve occuparsi di assumere nuovi agenti per la polizia locale?",
  "L'obiettivo «Potenziare l'organico della Polizia Locale con nuove assunzioni di personale» (strategico "
  "2.2.1) ha come responsabile gestionale il Responsabile Area Risorse, non l'Area Polizia Locale: sulla base "
  "delle dichiarazioni di fabbisogno di personale dell'Area Polizia Locale, l'Area Risorse avvia le "
  "procedure concorsuali nel 2025. Valore atteso: maggiore presenza sul territorio.",
  [["Area Risorse"], ["procedure concorsuali"]],
  CM, ["Potenziare l'organico della Polizia Locale con nuove assunzioni",
       "dichiarazioni di fabbisogno di personale dell'Area Polizia Locale"])

# --- 044 indicatore (magentino): +5% of areas with yearly road-marking renewal (and accident prevention).
q("indicatore",
  "Di quanto devono aumentare le aree dove si rifà la segnaletica ogni anno?",
  "Nel piano del magentino l'obiettivo «Progettare e gestire viabilità, circolazione e servizi connessi» "
  "(programma 10.05) ha come indicatore aumentare del 5% le aree assoggettate al rifacimento annuale della "
  "segnaletica ed effettuare interventi preventivi mirati alla riduzione della sinistrosità stradale. "
  "Stakeholder: Polizia Locale, UTC, cittadini.",
  [["5%"], ["sinistrosità"]],
  MAG, ["Aumentare del 5% le aree assoggettate al rifacimento annuale"])

# --- 045 obiettivo (Cremosano): the idea of security in priority 5, asked by paraphrase.
q("obiettivo",
  "Nel piano 2026-2028 che idea di sicurezza dei cittadini c'è? si punta sulla paura?",
  "Nella priorità strategica 5 «Custodire Cremosano» la sicurezza dei cittadini è un bene prezioso per tutti, "
  "garanzia di libertà e di diritto e forma prioritaria della piena cittadinanza. Un'amministrazione attenta "
  "alla sicurezza non usa in modo strumentale le emergenze e la paura ma, leggendo le diverse esigenze del "
  "territorio, propone un modello di fiducia e condivisione.",
  [["fiducia e condivisione"], ["Custodire Cremosano"]],
  CRE, ["5. Custodire Cremosano", "propone un modello di fiducia e condivisione"])

# --- 046 confronto (CdA perf. vs CM): help to taxpayers - FAQ vs pre-filled F24 for IMU.
q("confronto",
  "Per aiutare i contribuenti con le tasse comunali, cosa fanno Cassano d'Adda e Cassano Magnago?",
  "Cassano d'Adda (PIAO 2024, Settore 02 Finanziario e Tributi, «Informare il cittadino in materia "
  "tributaria») predispone FAQ per i cittadini, aggiornate e pubblicate sui canali istituzionali, per "
  "ridurre telefonate e mail all'ufficio tributi (target: 4 pubblicazioni/aggiornamenti, 1 report). Cassano "
  "Magnago (2025-2027, Area Risorse) assiste il contribuente per le scadenze IMU rendendo disponibili su "
  "richiesta i modelli di pagamento compilati (valore atteso: elaborazione dei modelli F24).",
  [["FAQ"], ["F24"]],
  [CDA_P, CM],
  ["nella predisposizione di FAQ destinate ai cittadini",
   "rendendo disponibili i modelli di pagamento compilati su loro richiesta"],
  [CDA_P, CM])

# --- 047 multi_hop (CdA VP 2023 -> perf. 2024 -> org chart): project 4.2 Anziani -> RSA objectives -> 03 -> MORETTI.
q("multi_hop",
  "Il progetto anziani del valore pubblico 2023-2025 con quali obiettivi operativi prosegue nel PIAO 2024, e chi ne è la titolare?",
  "Il Progetto 4.2 Anziani del VP 2023-2025 di Cassano d'Adda (favorire, con la rete territoriale, un "
  "agevole accesso del cittadino ai servizi) prosegue nel PIAO 2024 sotto 04.2 - Anziani con due obiettivi "
  "operativi (Rif. DUP 4.3.2) sulla soddisfazione degli ospiti della RSA e dei loro familiari: uno per i "
  "servizi socio assistenziali e uno per il servizio di accoglienza. Sono del Settore 03. Servizi alla "
  "Persona, titolare MORETTI Alessandra.",
  [["RSA"], ["Servizi alla persona"], ["MORETTI"]],
  [CDA_VP, CDA_P],
  ["OBIETTIVO STRATEGICO DI MANDATO - PROGETTO 4.2 ANZIANI",
   "Soddisfacimento delle esigenze di ospiti della RSA e dei loro familiari",
   ORG_MORETTI],
  [CDA_VP, CDA_P, CDA_P])

# --- 048 numerico (CM): age range (3-17) of the educational and summer centres run with the oratories.
q("numerico",
  "Per quali età sono pensati i centri estivi e educativi potenziati con gli oratori?",
  "A Cassano Magnago l'obiettivo «Potenziamento offerta centri educativi e centri estivi» (Area attività "
  "educative e per il tempo libero) riguarda bambini d'età compresa tra i 3 anni e i 17 anni. La "
  "programmazione dei centri estivi con la Parrocchia va da marzo a luglio, considerando anche l'assistenza "
  "per ragazzi disabili.",
  [["3 anni"], ["17 anni"]],
  CM, ["bambini d'età compresa tra i 3 anni e i 17 anni"])

# --- 049 responsabile (CM): political owner of the anti-drug school meetings = Assessore alla Sicurezza.
q("responsabile",
  "Chi è il responsabile politico degli incontri nelle scuole sulla droga con la Guardia di Finanza?",
  "A Cassano Magnago l'obiettivo sugli incontri con gli studenti nelle scuole (educazione stradale e "
  "contrasto a consumo e spaccio di sostanze stupefacenti, strategico 2.2.3) ha come responsabile politico "
  "l'Assessore alla Sicurezza e come responsabile gestionale il Responsabile Area Polizia Locale. Gli "
  "incontri si fanno con Guardia di Finanza e Polizia di Stato, anche con i cani anti-droga.",
  [["Assessore alla Sicurezza"], ["Polizia Locale"]],
  CM, ["RESPONSABILE POLITICO\tAssessore alla Sicurezza",
       "Realizzazione di incontri con gli studenti presso le scuole"])

# --- 050 multi_hop (CdA perf.): strategic line 02 -> its assessori; asbestos survey -> settore 06 -> BIANCHI.
q("multi_hop",
  "Quali assessori seguono la linea ambiente e territorio, e chi è il titolare del settore che fa la mappatura dell'amianto?",
  "Nel PIAO 2024-2026 di Cassano d'Adda la linea strategica 02. Ambiente, gestione del territorio e "
  "urbanistica fa capo agli assessori D. Bucca e M. Cerri. L'obiettivo biennale «Monitoraggio amianto» "
  "(fase 1, Rif. DUP 2.1.4) è del Settore 06. Governo del territorio e ambiente, titolare BIANCHI Maurizio.",
  [["Bucca"], ["Cerri"], ["BIANCHI"]],
  CDA_P, ["Ass. D. Bucca - Ass. M. Cerri", "OBIETTIVO BIENNALE - MONITORAGGIO AMIANTO (FASE 1)", ORG_BIANCHI])


def main() -> None:
    with OUT.open("w", encoding="utf-8") as fh:
        for row in Q:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(Q)} questions to {OUT}")


if __name__ == "__main__":
    main()
