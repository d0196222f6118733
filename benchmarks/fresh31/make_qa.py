"""Write fresh31_qa.jsonl (questions written by hand below; ids assigned in order f31-001 …).

Row format of /work/shared/eval/README.md, key order id, question, answer, must_contain, doc, evidence,
evidence_docs, type (evidence_docs on every row, [] for doc-null rows).

Run: /work/main/.venv/bin/python benchmarks/fresh31/make_qa.py
"""
from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "fresh31_qa.jsonl"
P = "sorvenago_piao-2026-2028.pdf"
D = "bregnasco_piao-2026-2028.docx"

# (type, question, answer, must_contain, [(doc, anchor), ...]); the row's doc = the docs of its anchors
Q = [
    # ------------------------------------------------------------------------------------------ responsabile
    ("responsabile",
     "Chi è il responsabile dell'agenda on line per la carta d'identità elettronica a Sorvenago? Mi serve il nome.",
     "La scheda OB.2026/01 indica come responsabile l'«Incaricata EQ dell'Area Affari generali e Servizi al "
     "cittadino» (struttura: Servizi demografici); dalla tabella della struttura organizzativa l'incaricata di "
     "Elevata Qualificazione di quell'Area è la dott.ssa Federica Bonzanni.",
     [["Bonzanni"]],
     [(P, "Agenda on line per la carta d'identità elettronica e sportello del sabato"),
      (P, "dott.ssa Federica Bonzanni")]),
    ("responsabile",
     "chi segue il piano della formazione 2026 a sorvenago?",
     "L'obiettivo OB.2026/03 (Piano della formazione 2026 e competenze digitali del personale) è dell'Area "
     "Economico-finanziaria – Servizio Personale e ha come responsabile l'«Incaricato EQ dell'Area "
     "Economico-finanziaria», cioè il rag. Marco Pedrinelli.",
     [["Pedrinelli"]],
     [(P, "Piano della formazione 2026 e competenze digitali del personale"), (P, "rag. Marco Pedrinelli")]),
    ("responsabile",
     "Chi è il responsabile della variante al PGT per l'ex cartiera?",
     "Si tratta dell'obiettivo OB.2026/10 del Comune di Sorvenago (variante al PGT per l'area ex Cartiera "
     "Sorvena): la scheda indica l'«Incaricata EQ dell'Area Urbanistica e Attività produttive», che secondo "
     "l'organigramma è l'arch. Silvia Cortinovis.",
     [["Cortinovis"]],
     [(P, "Variante al PGT per la rigenerazione dell'area ex Cartiera Sorvena"), (P, "arch. Silvia Cortinovis")]),
    ("responsabile",
     "Chi risponde dell'obiettivo sulla lista d'attesa dell'assistenza domiciliare a Sorvenago?",
     "L'obiettivo OB.2026/12 è dell'Area Servizi alla persona – Servizi sociali con responsabile l'«Incaricato EQ "
     "dell'Area Servizi alla persona»: il dott. Matteo Sonzogni.",
     [["Sonzogni"]],
     [(P, "Servizio di assistenza domiciliare: azzeramento della lista d'attesa"), (P, "dott. Matteo Sonzogni")]),
    ("responsabile",
     "Chi è il responsabbile del recupero TARI sulle utenze non domestiche?",
     "Nel PIAO di Sorvenago l'obiettivo OB.2026/04 (Recupero dell'evasione TARI delle utenze non domestiche, Area "
     "Economico-finanziaria – Servizio Tributi) ha come responsabile il rag. Marco Pedrinelli, incaricato di "
     "Elevata Qualificazione (EQ).",
     [["Pedrinelli"]],
     [(P, "Recupero dell'evasione TARI delle utenze non domestiche")]),
    ("responsabile",
     "Chi è il componente del Nucleo di valutazione del Comune di Sorvenago?",
     "Il Nucleo di valutazione opera in forma monocratica: il componente è la dott.ssa Loredana Pievani, nominata "
     "con decreto sindacale n. 7 del 14 marzo 2025 (nota a piè di pagina della Sezione 4).",
     [["Pievani"]],
     [(P, "il componente è la dott.ssa Loredana Pievani")]),
    ("responsabile",
     "Chi è l'incaricato EQ che risponde della lotta all'evasione IMU a Bregnasco?",
     "L'obiettivo SG.02 indica come Responsabile EQ l'«Incaricato EQ del Servizio Bilancio e Tributi»; "
     "nell'organigramma l'incaricato EQ del Servizio Bilancio e Tributi è il rag. Stefano Redaelli (dirigente "
     "dell'Area: dott. Paolo Ronzoni).",
     [["Redaelli"]],
     [(D, "Lotta all'evasione IMU e riscossione coattiva delle entrate"),
      (D, "Incaricato EQ: rag. Stefano Redaelli")]),
    ("responsabile",
     "a bregnasco chi è responsabile del piano del verde e dei 500 alberi?",
     "L'obiettivo ST.02 ha come Responsabile EQ l'«Incaricato EQ del Servizio Ambiente e Verde pubblico», che "
     "nella struttura organizzativa è il dott. Luca Brivio (dirigente dell'Area Servizi alla città: arch. Giulia "
     "Sironi).",
     [["Brivio"]],
     [(D, "Piano comunale del verde e messa a dimora di 500 alberi"), (D, "Incaricato EQ: dott. Luca Brivio")]),
    ("responsabile",
     "chi è il dirigente che segue le dimissioni protette a bregnasco?",
     "La dott.ssa Marina Galbiati, dirigente dell'Area Servizi alla persona (obiettivo SP.01; l'obiettivo è "
     "affidato all'incaricata EQ del Servizio Politiche sociali).",
     [["Galbiati"]],
     [(D, "Dimissioni protette e assistenza domiciliare agli anziani soli"),
      (D, "AREA SERVIZI ALLA PERSONA – Dirigente: dott.ssa Marina Galbiati")]),
    ("responsabile",
     "Chi ha la responsabilità dei lavori sulla ciclabile della Roggia Molgorana? nome e cognome grazie",
     "A Bregnasco l'obiettivo ST.04 ha come responsabile l'«Incaricato EQ del Servizio Lavori pubblici e "
     "Manutenzioni», cioè l'ing. Andrea Perego (dirigente: arch. Giulia Sironi).",
     [["Perego"]],
     [(D, "Manutenzione delle strade e ciclabile della Roggia Molgorana"),
      (D, "Incaricato EQ: ing. Andrea Perego")]),
    ("responsabile",
     "Chi è il referente politico dello sportello polifunzionale di Bregnasco?",
     "Il Sindaco Emanuele Tagliabue (obiettivo SG.01; dirigente dott. Paolo Ronzoni, incaricata EQ dott.ssa Laura "
     "Cazzaniga).",
     [["Tagliabue"]],
     [(D, "Sportello polifunzionale e servizi demografici su appuntamento")]),
    ("responsabile",
     "Per l'obiettivo su parità di genere e benessere organizzativo di Bregnasco chi è il responsabile? Serve il "
     "nominativo",
     "L'obiettivo TR.01 indica come responsabile l'«Incaricato EQ del Servizio Risorse umane e Organizzazione», "
     "cioè il dott. Fabio Colzani; il coordinamento è della dott.ssa Cristina Airoldi, Segretario generale.",
     [["Colzani"]],
     [(D, "Parità di genere e benessere organizzativo"), (D, "Incaricato EQ: dott. Fabio Colzani")]),
    # ------------------------------------------------------------------------------------------ tempistica
    ("tempistica",
     "Da quando si potranno prenotare on line gli appuntamenti per la CIE a Sorvenago?",
     "Dal 2 marzo 2026 (fase 2 dell'obiettivo OB.2026/01, dopo la configurazione dell'agenda in gennaio – "
     "febbraio 2026).",
     [["2 marzo 2026"]],
     [(P, "Fase 2 – avvio delle prenotazioni on line: dal 2 marzo 2026")]),
    ("tempistica",
     "Quando si fanno i lavori alla scuola primaria di via dei Tigli?",
     "A Sorvenago (OB.2026/06) i lavori si eseguono durante la chiusura estiva, dal 15 giugno al 5 settembre "
     "2026, dopo progettazione (gennaio – marzo) e gara (aprile – maggio 2026); scadenza dell'obiettivo "
     "30/09/2026.",
     [["15 giugno"], ["5 settembre"]],
     [(P, "esecuzione dei lavori durante la chiusura estiva: 15 giugno")]),
    ("tempistica",
     "Sorvenago, assistenza domiciliare: quando scade il contratto in essere e da quando parte il nuovo "
     "affidamento?",
     "Il contratto con la cooperativa sociale La Ginestra scade nel mese di giugno 2026; il nuovo contratto parte "
     "il 1° luglio 2026 (obiettivo OB.2026/12).",
     [["giugno 2026"], ["1° luglio 2026", "1 luglio 2026", "primo luglio"]],
     [(P, "cui contratto scade nel mese di giugno 2026."),
      (P, "Fase 2 – avvio del nuovo contratto: 1° luglio 2026")]),
    ("tempistica",
     "Quali sono le fasi dell'aggiornamento del piano di protezione civile di Sorvenago e con che tempi?",
     "Fase 1: aggiornamento degli scenari di rischio (febbraio – maggio 2026); fase 2: approvazione in Consiglio "
     "comunale entro settembre 2026; fase 3: assemblee pubbliche ed esercitazione (ottobre 2026). Scadenza "
     "31/10/2026.",
     [["scenari di rischio"], ["settembre 2026"], ["ottobre 2026"]],
     [(P, "Fase 1 – aggiornamento degli scenari di rischio: febbraio – maggio 2026"),
      (P, "Fase 2 – approvazione in Consiglio comunale: entro settembre 2026")]),
    ("tempistica",
     "Entro quando va approvato il nuovo sistema di valutazione della performance a Bregnasco e quando dà il "
     "parere il Nucleo?",
     "Il Nucleo di valutazione esprime il parere nel settembre 2026 e l'approvazione in Giunta è prevista entro il "
     "31 ottobre 2026 (obiettivo SG.03, scadenza 31 ottobre 2026).",
     [["31 ottobre 2026"], ["settembre"]],
     [(D, "settembre 2026: parere del Nucleo di valutazione"),
      (D, "entro il 31 ottobre 2026: approvazione in Giunta")]),
    ("tempistica",
     "Bregnasco: da quando le pratiche edilizie si presentano solo in via telematica?",
     "Dal 1° giugno 2026 la presentazione è esclusivamente telematica sul portale (obiettivo ST.03); da gennaio a "
     "maggio 2026 è prevista la formazione di professionisti e operatori.",
     [["1° giugno 2026", "1 giugno 2026", "primo giugno"]],
     [(D, "dal 1° giugno 2026: presentazione esclusivamente telematica")]),
    ("tempistica",
     "Quando si raccolgono le iscrizioni al centro estivo di Bregnaso e quando si svolge?",
     "Le iscrizioni si raccolgono on line nel mese di aprile 2026; il centro estivo si svolge dal 15 giugno al 31 "
     "luglio 2026 (obiettivo SP.02 di Bregnasco).",
     [["aprile"], ["31 luglio"]],
     [(D, "Le iscrizioni saranno raccolte on line nel mese di aprile"),
      (D, "15 giugno – 31 luglio 2026: svolgimento del centro estivo")]),
    ("tempistica",
     "Strade e ciclabile a Bregnasco: quando viene aggiudicato l'appalto e in che periodo si lavora?",
     "L'appalto è aggiudicato entro maggio 2026 e i lavori si svolgono da giugno a ottobre 2026 (in orario "
     "notturno sulle strade di maggior traffico); scadenza dell'obiettivo ST.04: 31 ottobre 2026.",
     [["maggio"], ["giugno"], ["ottobre 2026"]],
     [(D, "giugno – ottobre 2026: esecuzione dei lavori"),
      (D, "l'appalto sarà aggiudicato nel mese di maggio")]),
    # ------------------------------------------------------------------------------------------ indicatore
    ("indicatore",
     "Quanti fascicoli edilizi vanno digitalizzati a Sorvenago nel 2026 e in quanti giorni vanno evase le "
     "richieste di accesso agli atti?",
     "A Sorvenago (OB.2026/09) il target 2026 è di 6.000 fascicoli digitalizzati e un tempo medio di evasione "
     "delle richieste di accesso agli atti di 20 giorni (oggi 41).",
     [["6.000", "6000"], ["20 giorni"]],
     [(P, "fascicoli digitalizzati – target 2026: 6.000"),
      (P, "tempo medio di evasione delle richieste di accesso agli atti")]),
    ("indicatore",
     "Che target ha Sorvenago sui tempi di pagamento delle fatture per il 2026?",
     "Tempo medio di pagamento delle fatture commerciali di 28 giorni e indicatore annuale di ritardo dei "
     "pagamenti negativo (obiettivo OB.2026/05; nel 2025 erano 41 giorni).",
     [["28 giorni"], ["negativo"]],
     [(P, "tempo medio di pagamento delle fatture commerciali – target 2026: 28 giorni"),
      (P, "indicatore annuale di ritardo dei pagamenti – target 2026: negativo")]),
    ("indicatore",
     "Sicurezza davanti alle scuole a Sorvenago: quanti presidi e quanti controlli della velocità sono previsti?",
     "300 servizi di presidio davanti alle scuole e 90 servizi di controllo della velocità nel 2026 (obiettivo "
     "OB.2026/15, Area Polizia Locale).",
     [["300"], ["90"]],
     [(P, "servizi di presidio davanti alle scuole – target 2026: 300"),
      (P, "servizi di controllo della velocità – target 2026: 90")]),
    ("indicatore",
     "Sportello polifunzionale di Bregnasco: quali indicatori e che target?",
     "Attesa media allo sportello di 15 minuti e 90% delle pratiche anagrafiche gestite su appuntamento "
     "(obiettivo SG.01, target 2026).",
     [["15 minuti"], ["90%"]],
     [(D, "attesa media allo sportello – target 2026: 15 minuti"),
      (D, "pratiche anagrafiche gestite su appuntamento – target 2026: 90%")]),
    ("indicatore",
     "Che indice di rischio sismico deve raggiungere la palestra della scuola di via Montegrappa?",
     "Almeno 0,80 dopo l'intervento (oggi 0,42), con il 100% dei lavori del primo lotto eseguiti nel 2026 "
     "(Bregnasco, obiettivo ST.01).",
     [["0,80"]],
     [(D, "corpo palestra dopo l'intervento – target 2026: almeno 0,80")]),
    ("indicatore",
     "Benessere organizzativo a Bregnasco, che target si sono dati per il 2026?",
     "Un indice medio di benessere organizzativo di 6,8 su 10 (era 6,1 nell'indagine di novembre 2025) e 5 azioni "
     "positive avviate (obiettivo TR.01).",
     [["6,8"], ["5"]],
     [(D, "indice medio di benessere organizzativo – target 2026: 6,8")]),
    # ------------------------------------------------------------------------------------------ numerico
    ("numerico",
     "Quanti dipendenti ha il Comune di Sorvenago?",
     "41 dipendenti (totale della tabella della struttura organizzativa, Segretario comunale escluso).",
     [["41"]],
     [(P, "in modalità agile 9 dipendenti su 41")]),
    ("numerico",
     "Quante persone lavorano nell'Area Tecnica di Sorvenago?",
     "9 dipendenti nell'Area Tecnica – Lavori pubblici e Ambiente (servizi: lavori pubblici e manutenzioni, "
     "patrimonio, ecologia e ambiente, protezione civile), incaricato EQ ing. Riccardo Ravasio.",
     [["9", "nove"]],
     [(P, "Lavori pubblici e manutenzioni")]),
    ("numerico",
     "A quanto ammonta il contributo regionale per la scuola di via dei Tigli e quanto costa l'opera in tutto?",
     "Il contributo di Regione Lombardia (bando «Scuole sicure e sostenibili 2025») è di € 410.000,00 su un quadro "
     "economico complessivo di € 585.000,00 (Sorvenago, OB.2026/06, nota a piè di pagina).",
     [["410.000"], ["585.000"]],
     [(P, "Contributo di € 410.000,00 concesso da Regione Lombardia"),
      (P, "complessivo dell'opera ammonta a € 585.000,00.")]),
    ("numerico",
     "Quanto costa l'adeguamento sismico della scuola di via Montegrappa e chi lo paga?",
     "A Bregnasco l'intervento vale complessivamente 1.250.000 euro: 900.000 euro sono finanziati dal Ministero "
     "dell'Istruzione e del Merito e il resto con avanzo di amministrazione.",
     [["1.250.000"], ["900.000"]],
     [(D, "del valore complessivo di 1.250.000 euro")]),
    ("numerico",
     "Quanti alberi ci sono a Bregnasco su aree pubbliche e quanti vanno abbattuti?",
     "Il censimento concluso nel 2025 conta 4.870 alberi su aree pubbliche, 210 dei quali da abbattere per motivi "
     "di sicurezza (obiettivo ST.02).",
     [["4.870"], ["210"]],
     [(D, "conta 4.870 alberi su aree pubbliche, 210 dei quali da abbattere")]),
    ("numerico",
     "Quanti dipendenti ha Bregnasco?",
     "112 dipendenti in servizio al 1° gennaio 2026, oltre al Segretario generale.",
     [["112"]],
     [(D, "i dipendenti in servizio sono 112")]),
    ("numerico",
     "Quanti km di strade comunali ha Sorvenago e quante segnalazioni di buche sono arrivate nel 2025?",
     "64 chilometri di strade comunali e 173 segnalazioni di buche e cedimenti nel 2025 (oltre a 6 sinistri "
     "liquidati), obiettivo OB.2026/07.",
     [["64"], ["173"]],
     [(P, "Il Comune gestisce 64 chilometri di strade comunali"),
      (P, "173 segnalazioni di buche e cedimenti")]),
    # ------------------------------------------------------------------------------------------ obiettivo
    ("obiettivo",
     "Cosa si vuole ottenere con la variante per l'ex cartiera?",
     "A Sorvenago (OB.2026/10) l'adozione della variante al PGT da parte del Consiglio comunale, con la cessione al "
     "Comune del parco lungo il torrente e la bonifica dei terreni a carico dell'operatore.",
     [["parco"], ["bonifica"]],
     [(P, "Comune del parco lungo il torrente e la bonifica dei terreni a carico")]),
    ("obiettivo",
     "Perché Sorvenago vuole un nuovo centro di raccolta a Bersiana?",
     "Perché nel 2025 la differenziata si è fermata al 68,2% e a Bersiana è sotto il 60%: la frazione è servita "
     "solo da un centro di raccolta distante oltre quattro chilometri; il gestore Val Sorvena Ambiente S.r.l. ha "
     "proposto di sperimentarvi la misurazione puntuale dei conferimenti.",
     [["60%"], ["quattro chilometri", "4 km", "4 chilometri"]],
     [(P, "servita soltanto da un centro di raccolta distante oltre quattro chilometri")]),
    ("obiettivo",
     "Perché Bregnasco rivede il sistema di misurazione e valutazione della performance?",
     "Perché il sistema vigente risale al 2019 e non distingue la valutazione dei dirigenti da quella degli "
     "incaricati di Elevata Qualificazione (obiettivo SG.03).",
     [["2019"], ["Elevata Qualificazione", "EQ"]],
     [(D, "Il sistema di misurazione e valutazione vigente risale al 2019")]),
    ("obiettivo",
     "Che risultato si attende Bregnasco dal progetto sulle dimissioni protette?",
     "La presa in carico entro 72 ore dalla dimissione per tutti gli anziani segnalati e almeno 90 utenti seguiti "
     "dal servizio di assistenza domiciliare (obiettivo SP.01).",
     [["72 ore"], ["90"]],
     [(D, "presa in carico entro 72 ore dalla dimissione per tutti gli anziani segnalati")]),
    ("obiettivo",
     "Per quale motivo Sorvenago ha messo un obiettivo su Amministrazione trasparente?",
     "Perché la verifica del Nucleo di valutazione al 31 maggio 2025 ha rilevato 14 obblighi di pubblicazione "
     "incompleti o non aggiornati, e il regolamento sull'accesso del 2017 non disciplina il registro degli accessi "
     "né le richieste telematiche (OB.2026/02).",
     [["14 obblighi"], ["2017"]],
     [(P, "sugli obblighi di pubblicazione al 31 maggio 2025 ha rilevato 14 obblighi")]),
    # ------------------------------------------------------------------------------------------ elenco
    ("elenco",
     "Chi sono i portatori di interesse dell'obiettivo sull'assistenza domiciliare a Sorvenago?",
     "Anziani e loro famiglie, cooperativa sociale La Ginestra, ATS di Bergamo, Ambito territoriale della Val "
     "Sorvena (OB.2026/12).",
     [["La Ginestra"], ["ATS di Bergamo"], ["Ambito territoriale"]],
     [(P, "anziani e loro famiglie, cooperativa sociale La Ginestra, ATS di Bergamo")]),
    ("elenco",
     "Chi lavora all'obiettivo TARI utenze non domestiche? Elenco del personale",
     "Nel PIAO di Sorvenago (OB.2026/04): TIRABOSCHI Anna (istruttore contabile) e LOCHIS Elisa (istruttore "
     "amministrativo).",
     [["TIRABOSCHI"], ["LOCHIS"]],
     [(P, "TIRABOSCHI Anna – istruttore contabile"), (P, "LOCHIS Elisa – istruttore amministrativo")]),
    ("elenco",
     "Quali servizi fanno capo all'Area Tecnica di Sorvenago?",
     "Lavori pubblici e manutenzioni, Patrimonio, Ecologia e ambiente, Protezione civile (Area Tecnica – Lavori "
     "pubblici e Ambiente, incaricato EQ ing. Riccardo Ravasio, 9 dipendenti).",
     [["Lavori pubblici e manutenzioni"], ["Patrimonio"], ["Ecologia e ambiente"], ["Protezione civile"]],
     [(P, "Lavori pubblici e manutenzioni")]),
    ("elenco",
     "Quali obiettivi ha in carico l'Area Tecnica a Sorvenago?",
     "Quattro: OB.2026/06 riqualificazione energetica della scuola primaria di via dei Tigli; OB.2026/07 piano "
     "delle asfaltature e catasto delle strade; OB.2026/08 nuovo centro di raccolta e tariffa puntuale a "
     "Bersiana; OB.2026/16 aggiornamento del piano comunale di protezione civile.",
     [["via dei Tigli", "OB.2026/06"], ["asfaltature", "OB.2026/07"], ["centro di raccolta", "OB.2026/08"],
      ["protezione civile", "OB.2026/16"]],
     [(P, "Riqualificazione energetica della scuola primaria di via dei Tigli"),
      (P, "Piano delle asfaltature e catasto delle strade comunali"),
      (P, "Aggiornamento del piano comunale di protezione civile")]),
    ("elenco",
     "Quali uffici ci sono nel Servizio Segreteria e Affari generali di Bregnasco?",
     "Ufficio Protocollo e Archivio (referente Mara Ghezzi), Ufficio Contratti e Appalti (Davide Sormani) e "
     "Ufficio Servizi demografici e Stato civile (Irene Sangalli).",
     [["Protocollo"], ["Contratti"], ["Servizi demografici"]],
     [(D, "Ufficio Protocollo e Archivio"), (D, "Ufficio Contratti e Appalti"),
      (D, "Ufficio Servizi demografici e Stato civile")]),
    ("elenco",
     "Quali sono gli obiettivi dell'Area Servizi alla persona di Bregnasco?",
     "Tre: SP.01 dimissioni protette e assistenza domiciliare agli anziani soli; SP.02 centro estivo comunale e "
     "servizi di pre e post scuola; SP.03 biblioteca civica: nuovi orari e spazio studio serale.",
     [["dimissioni protette"], ["centro estivo"], ["biblioteca"]],
     [(D, "Dimissioni protette e assistenza domiciliare agli anziani soli"),
      (D, "Centro estivo comunale e servizi di pre e post scuola"),
      (D, "Biblioteca civica: nuovi orari e spazio studio serale")]),
    ("elenco",
     "Chi è assegnato all'obiettivo dello sportello polifunzionale?",
     "A Bregnasco (SG.01) il personale assegnato è Sangalli Irene, Confalonieri Marco e Bonacina Sara.",
     [["Sangalli"], ["Confalonieri"], ["Bonacina"]],
     [(D, "Sangalli Irene, Confalonieri Marco, Bonacina Sara")]),
    ("elenco",
     "Stakeholder del progetto dimissioni protette a Bregnasco?",
     "Anziani e famiglie, Azienda sociosanitaria territoriale, cooperativa sociale Il Quadrifoglio, medici di "
     "medicina generale (obiettivo SP.01).",
     [["Azienda sociosanitaria"], ["Il Quadrifoglio"], ["medici di medicina generale"]],
     [(D, "Azienda sociosanitaria territoriale, cooperativa sociale Il Quadrifoglio")]),
    # ------------------------------------------------------------------------------------------ multi_hop
    ("multi_hop",
     "Chi è l'incaricato EQ dell'area che si occupa di protezione civile a Sorvenago?",
     "Nella tabella della struttura organizzativa la Protezione civile è uno dei servizi dell'Area Tecnica – "
     "Lavori pubblici e Ambiente (con lavori pubblici e manutenzioni, patrimonio, ecologia e ambiente), il cui "
     "incaricato EQ è l'ing. Riccardo Ravasio.",
     [["Ravasio"]],
     [(P, "Lavori pubblici e manutenzioni"), (P, "ing. Riccardo Ravasio")]),
    ("multi_hop",
     "Chi è l'incaricato EQ dell'area che gestisce le notifiche a Sorvenago, e quanti dipendenti ha quell'area?",
     "Le notifiche sono un servizio dell'Area Polizia Locale, il cui incaricato EQ è il comm. Walter Rottoli "
     "(Comandante); l'Area ha 5 dipendenti.",
     [["Rottoli"], ["5", "cinque"]],
     [(P, "comm. Walter Rottoli"), (P, "Polizia amministrativa e commerciale")]),
    ("multi_hop",
     "Sorvenago: chi è l'incaricato EQ dell'area che si occupa del personale?",
     "Il Servizio Personale è nell'Area Economico-finanziaria, il cui incaricato EQ è il rag. Marco Pedrinelli.",
     [["Pedrinelli"]],
     [(P, "Area Economico-finanziaria – Servizio Personale"), (P, "rag. Marco Pedrinelli")]),
    ("multi_hop",
     "Chi è (nome) il responsabile dell'obiettivo sulla differenziata a Bersiana e che percentuale di differenziata "
     "comunale si vuole raggiungere nel 2026?",
     "L'obiettivo OB.2026/08 ha come responsabile l'«Incaricato EQ dell'Area Tecnica», cioè l'ing. Riccardo Ravasio; "
     "il target 2026 è il 72% di raccolta differenziata comunale (era 68,2% nel 2025).",
     [["Ravasio"], ["72%"]],
     [(P, "Nuovo centro di raccolta e tariffa puntuale sperimentale a Bersiana"),
      (P, "percentuale di raccolta differenziata comunale – target 2026: 72%"), (P, "ing. Riccardo Ravasio")]),
    ("multi_hop",
     "Chi è l'incaricato EQ del servizio che gestisce la biblioteca a Bregnasco e chi è il dirigente della sua "
     "area?",
     "La biblioteca è del Servizio Cultura e Biblioteca, con incaricato EQ il dott. Simone Cereda; il Servizio "
     "appartiene all'Area Servizi alla persona, diretta dalla dott.ssa Marina Galbiati.",
     [["Cereda"], ["Galbiati"]],
     [(D, "Incaricato EQ: dott. Simone Cereda"), (D, "Dirigente: dott.ssa Marina Galbiati")]),
    ("multi_hop",
     "Chi è il referente dell'Ufficio Tributi di Bregnasco e chi è l'incaricato EQ del suo servizio?",
     "Il referente dell'Ufficio Tributi è Simona Cattaneo; l'Ufficio fa parte del Servizio Bilancio e Tributi, il "
     "cui incaricato EQ è il rag. Stefano Redaelli.",
     [["Cattaneo"], ["Redaelli"]],
     [(D, "Referente: Simona Cattaneo"), (D, "Incaricato EQ: rag. Stefano Redaelli")]),
    ("multi_hop",
     "Chi è il dirigente dell'area che si occupa del SUAP a Bregnasco?",
     "Il SUAP è nel Servizio Urbanistica, Edilizia privata e SUAP (incaricato EQ geom. Roberto Nava), che fa parte "
     "dell'Area Servizi alla città: la dirigente è l'arch. Giulia Sironi.",
     [["Sironi"]],
     [(D, "Servizio Urbanistica, Edilizia privata e SUAP"), (D, "Dirigente: arch. Giulia Sironi")]),
    ("multi_hop",
     "Nel piano di Bregnasco quale cooperativa gestisce il centro estivo e chi è l'incaricata EQ del servizio che "
     "lo segue?",
     "La cooperativa sociale Arcobaleno Brianza (che nel 2026 apre un secondo plesso a Cascina Ronchetta); "
     "l'obiettivo SP.02 è del Servizio Istruzione, Sport e Tempo libero, con incaricata EQ la dott.ssa Valentina "
     "Longoni.",
     [["Arcobaleno Brianza"], ["Longoni"]],
     [(D, "gestione è affidata alla cooperativa sociale Arcobaleno Brianza"),
      (D, "Incaricato EQ: dott.ssa Valentina Longoni")]),
    # ------------------------------------------------------------------------------------------ confronto
    ("confronto",
     "Centro estivo: quanti iscritti e quante settimane prevedono Sorvenago e Bregnasco?",
     "Sorvenago (OB.2026/13): 150 iscritti e 8 settimane, dal 15 giugno al 7 agosto 2026. Bregnasco (SP.02): "
     "almeno 280 iscritti su due plessi e 7 settimane, dal 15 giugno al 31 luglio 2026.",
     [["150"], ["280"]],
     [(P, "bambini e ragazzi iscritti – target 2026: 150"),
      (D, "bambini e ragazzi iscritti al centro estivo – target 2026: 280")]),
    ("confronto",
     "Biblioteca: confronta ore di apertura settimanali e prestiti previsti a Sorvenago e Bregnasco",
     "Sorvenago (OB.2026/14): 28 ore settimanali (oggi 20) e 8.500 prestiti annui. Bregnasco (SP.03): 36 ore "
     "settimanali (oggi 30) e 23.000 prestiti annui.",
     [["28 ore"], ["36"], ["8.500"], ["23.000"]],
     [(P, "ore settimanali di apertura – target 2026: 28 ore"), (P, "prestiti annui – target 2026: 8.500"),
      (D, "ore settimanali di apertura – target 2026: 36")]),
    ("confronto",
     "Chi è il responsabile della prevenzione della corruzione (RPCT) nei due comuni, Sorvenago e Bregnasco?",
     "A Sorvenago il Segretario comunale dott. Alberto Finazzi; a Bregnasco il Segretario generale dott.ssa "
     "Cristina Airoldi.",
     [["Finazzi"], ["Airoldi"]],
     [(P, "il Segretario comunale è il dott. Alberto Finazzi"),
      (D, "il Segretario generale è la dott.ssa Cristina Airoldi")]),
    ("confronto",
     "Quanti dipendenti hanno Sorvenago e Bregnasco?",
     "Sorvenago 41 dipendenti (oltre al Segretario comunale); Bregnasco 112 (oltre al Segretario generale).",
     [["41"], ["112"]],
     [(P, "in modalità agile 9 dipendenti su 41"), (D, "i dipendenti in servizio sono 112")]),
    ("confronto",
     "Raccolta differenziata 2025: che percentuale hanno raggiunto Sorvenago e Bregnasco?",
     "Sorvenago il 68,2%; Bregnasco il 74,6% (dati al 31 dicembre 2025).",
     [["68,2"], ["74,6"]],
     [(P, "la raccolta differenziata ha raggiunto il 68,2%"),
      (D, "la raccolta differenziata ha raggiunto il 74,6%")]),
    ("confronto",
     "Chi comanda la polizia locale a Sorvenago e a Bregnasco?",
     "A Sorvenago il comm. Walter Rottoli, Comandante e incaricato EQ dell'Area Polizia Locale; a Bregnasco il "
     "comm. Daniele Ratti, Comandante del Corpo di Polizia Locale.",
     [["Rottoli"], ["Ratti"]],
     [(P, "comm. Walter Rottoli – Comandante, incaricato di Elevata Qualificazione"),
      (D, "comm. Daniele Ratti, Comandante della Polizia Locale")]),
    ("confronto",
     "Interventi sulle scuole: quanto valgono le opere previste a Sorvenago e a Bregnasco?",
     "Sorvenago: riqualificazione energetica della scuola primaria di via dei Tigli, quadro economico di € "
     "585.000,00 (contributo regionale di € 410.000,00). Bregnasco: adeguamento sismico della scuola secondaria "
     "di via Montegrappa per 1.250.000 euro (900.000 dal Ministero).",
     [["585.000"], ["1.250.000"]],
     [(P, "complessivo dell'opera ammonta a € 585.000,00."), (D, "del valore complessivo di 1.250.000 euro")]),
    ("confronto",
     "Tempi medi di pagamento delle fatture commerciali nel 2025: Sorvenago vs Bregnasco",
     "Sorvenago 41 giorni (target 2026: 28 giorni); Bregnasco 22 giorni.",
     [["41 giorni"], ["22 giorni"]],
     [(P, "il tempo medio di pagamento delle fatture commerciali è stato di 41 giorni"),
      (D, "il tempo medio di pagamento delle fatture commerciali è stato di 22 giorni")]),
    # ------------------------------------------------------------------------------------------ non_presente
    ("non_presente",
     "Quanto costa il nuovo centro di raccolta di via delle Fornaci a Sorvenago?",
     "Il PIAO di Sorvenago non indica il costo: la scheda OB.2026/08 riporta struttura, responsabile, finalità, "
     "risultato atteso, fasi, indicatori e portatori di interesse, ma nessun importo.",
     [],
     [(P, "Apertura del nuovo centro di raccolta di via delle Fornaci a Bersiana")]),
    ("non_presente",
     "Chi è il personale coinvolto nella variante per l'ex cartiera?",
     "La scheda OB.2026/10 di Sorvenago non riporta il personale coinvolto: manca la voce PERSONALE COINVOLTO "
     "(è indicata solo l'Incaricata EQ dell'Area Urbanistica e Attività produttive).",
     [],
     [(P, "Variante al PGT per la rigenerazione dell'area ex Cartiera Sorvena")]),
    ("non_presente",
     "Quali dipendenti sono assegnati al piano del verde di Bregnasco?",
     "Non è indicato: la tabella dell'obiettivo ST.02 non ha la riga «Personale assegnato».",
     [],
     [(D, "Piano comunale del verde e messa a dimora di 500 alberi")]),
    ("non_presente",
     "Qual era la percentuale di raccolta differenziata di Sorvenago nel 2024?",
     "Il dato del 2024 non è riportato: il piano indica solo il 68,2% del 2025, il target 2026 (72%) e l'obiettivo "
     "del 76% al 2028.",
     [],
     [(P, "I dati di partenza al 31 dicembre 2025 sono i seguenti")]),
    ("non_presente",
     "Quanto spende il Comune di Sorvenago per il centro estivo?",
     "Il piano non riporta costi o stanziamenti per il centro estivo (OB.2026/13): indica solo iscritti, "
     "settimane, fasi e tariffe agevolate in base all'ISEE, senza importi.",
     [],
     [(P, "Centro estivo comunale per bambini e ragazzi dai 6 ai 13 anni")]),
    ("non_presente",
     "Qual è il target di raccolta differenziata di Bregnasco per il 2026?",
     "Non è indicato: il PIAO di Bregnasco riporta solo il dato di partenza del 2025 (74,6%) e non ha obiettivi "
     "sulla raccolta differenziata.",
     [],
     [(D, "la raccolta differenziata ha raggiunto il 74,6%")]),
    ("non_presente",
     "Che peso hanno gli obiettivi nella valutazione della performance a Sorvenago e a Bregnasco?",
     "Nessuno dei due piani indica pesi o punteggi degli obiettivi: l'informazione non è presente.",
     [],
     []),
    ("non_presente",
     "Ci sono obiettivi sull'asilo nido nei PIAO di Sorvenago o di Bregnasco?",
     "No, non sono presenti obiettivi sull'asilo nido in nessuno dei due piani.",
     [],
     []),
    ("non_presente",
     "Quali sono gli obiettivi di performance 2026 del Comune di Lecco?",
     "Non ci sono informazioni sul Comune di Lecco nei documenti disponibili (solo Sorvenago e Bregnasco).",
     [],
     []),
    # ------------------------------------------------------------------------------------------ details inside
    # hyphenated paragraphs (the answer words are broken across a line end in the PDF text layer)
    ("obiettivo",
     "Cosa hanno segnalato i genitori davanti alle scuole di Sorvenago?",
     "Genitori e Istituto comprensivo hanno segnalato soste irregolari e velocità eccessive davanti ai plessi negli "
     "orari di ingresso e di uscita (finalità dell'obiettivo OB.2026/15; nel 2025 37 incidenti, 11 lungo la ex "
     "strada provinciale 35).",
     [["soste irregolari"], ["velocità eccessive"]],
     [(P, "i genitori e l'Istituto comprensivo hanno segnalato soste irregolari")]),
    ("numerico",
     "Quanti anziani non autosufficienti erano in lista d'attesa per l'assistenza domiciliare a Sorvenago a fine "
     "2025, e con che attesa media?",
     "23 anziani non autosufficienti al 31 dicembre 2025, con un'attesa media di 70 giorni (obiettivo OB.2026/12).",
     [["23"], ["70 giorni"]],
     [(P, "erano in lista d'attesa per il servizio di assistenza domiciliare 23")]),
    ("obiettivo",
     "Cosa chiedono le famiglie per il centro estivo a Sorvenago?",
     "Un servizio di almeno otto settimane, con orario prolungato fino alle 17.30 e trasporto dalle frazioni (nel "
     "2025 il centro estivo delle parrocchie ha accolto 110 iscritti e 38 domande sono rimaste senza risposta).",
     [["otto settimane"], ["17.30"], ["trasporto dalle frazioni"]],
     [(P, "Le famiglie chiedono un servizio di almeno otto settimane")]),
]


def main() -> None:
    with OUT.open("w", encoding="utf-8") as fh:
        for i, (typ, q, a, mc, ev) in enumerate(Q, 1):
            docs = list(dict.fromkeys(d for d, _ in ev))
            doc = None if not docs else (docs[0] if len(docs) == 1 else docs)
            row = {"id": f"f31-{i:03d}", "question": q, "answer": a, "must_contain": mc, "doc": doc,
                   "evidence": [x for _, x in ev], "evidence_docs": [d for d, _ in ev], "type": typ}
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {OUT} ({len(Q)} questions)")


if __name__ == "__main__":
    main()
