"""Write fresh33_qa.jsonl (questions written by hand below; ids assigned in order f33-001 …).

Row format of /work/shared/eval/README.md, key order id, question, answer, must_contain, doc, evidence,
evidence_docs, type (evidence_docs on every row, [] for the doc-null row).

Run: /work/main/.venv/bin/python benchmarks/fresh33/make_qa.py [OUT_FILE]
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "fresh33_qa.jsonl"
T = "pontevasco_piao-2026-2028_export.txt"
P = "montalbiera_piao-2026-2028.pdf"

# (type, question, answer, must_contain, [(doc, anchor), ...]); the row's doc = the docs of its anchors
Q = [
    # ------------------------------------------------------------------------------------------ responsabile
    ("responsabile",
     "Chi è il responsabile dell'obiettivo sull'ampliamento del cimitero a Pontevasco?",
     "L'ing. Davide Ghisolfi (obiettivo TEC.01 «Ampliamento del cimitero del capoluogo: 48 nuovi loculi», Settore "
     "Tecnico – Lavori pubblici e Patrimonio).",
     [["Ghisolfi"]],
     [(T, "Ampliamento del cimitero del capoluogo: 48 nuovi loculi")]),
    ("responsabile",
     "a pontevaso chi segue le aperture del sabato per la carta d'identità? mi serve il nome",
     "L'obiettivo AMM.02 del Comune di Pontevasco indica come responsabile il «Responsabile Settore Amministrativo "
     "e Demografico»; nell'organigramma il Settore Amministrativo e Demografico è affidato alla dott.ssa Ivana "
     "Bertola (EQ).",
     [["Bertola"]],
     [(T, "Carta d'identità elettronica: aperture straordinarie il sabato"), (T, "dott.ssa Ivana Bertola (EQ)")]),
    ("responsabile",
     "Chi è il responsabile del registro unico degli accessi a Pontevasco?",
     "L'obiettivo AMM.03 è assegnato al «Segretario comunale», cioè il dott. Giorgio Abrate (segreteria "
     "convenzionata con il Comune di Castelrovere), che è anche RPCT.",
     [["Abrate"]],
     [(T, "Registro unico degli accessi e nuovo regolamento sull'accesso agli atti"),
      (T, "Il Segretario comunale è il dott. Giorgio Abrate")]),
    ("responsabile",
     "Chi ha in carico l'invio degli avvisi TARI tramite app IO? Nome e cognome per favore",
     "È l'obiettivo FIN.02 del Comune di Pontevasco (Avvisi TARI digitali tramite app IO e PEC): il responsabile è "
     "il «Responsabile Settore Finanziario e Tributi», cioè la rag. Marisa Chiapello.",
     [["Chiapello"]],
     [(T, "Avvisi TARI digitali tramite app IO e PEC"), (T, "rag. Marisa Chiapello (EQ)")]),
    ("responsabile",
     "Chi è responsabile del censimento degli alberi a Pontevasco?",
     "L'obiettivo TEC.03 (Censimento degli alberi e piano delle potature) è del «Responsabile Settore Tecnico»: "
     "nell'organigramma il Settore Tecnico – Lavori pubblici e Patrimonio è diretto dall'ing. Davide Ghisolfi.",
     [["Ghisolfi"]],
     [(T, "Censimento degli alberi e piano delle potature"), (T, "ing. Davide Ghisolfi (EQ)")]),
    ("responsabile",
     "Chi segue l'aggiornamento del piano di protezione civile a Pontevasco?",
     "Il geom. Walter Dalmasso (obiettivo TEC.02, Settore Tecnico – Lavori pubblici e Patrimonio).",
     [["Dalmasso"]],
     [(T, "Aggiornamento del piano comunale di protezione civile")]),
    ("responsabile",
     "Quale settore si occupa del canile a Pontevasco?",
     "Il Settore Urbanistica, Ambiente e Attività produttive (obiettivo URB.03 sul randagismo, responsabile arch. "
     "Elena Bongiovanni; tra i servizi del Settore c'è «randagismo e canile»).",
     [["Urbanistica, Ambiente e Attività produttive"]],
     [(T, "Randagismo: convenzione con il canile e microchippatura gratuita")]),
    ("responsabile",
     "Chi è il responsabile del Settore Servizi alla persona di Pontevasco?",
     "Il dott. Stefano Rinaudo (incaricato EQ).",
     [["Rinaudo"]],
     [(T, "dott. Stefano Rinaudo (EQ)")]),
    ("responsabile",
     "Chi è il responsabile dell'obiettivo sull'archivio storico a Montalbiera?",
     "La dott.ssa Chiara Menchetti, responsabile del Settore Affari generali e Servizi alla persona (obiettivo "
     "OB.01, Riordino e inventario dell'archivio storico).",
     [["Menchetti"]],
     [(P, "Riordino e inventario dell'archivio storico")]),
    ("responsabile",
     "Chi è il responsabbile del cimitero di Casalta? voglio nome e cognome",
     "L'obiettivo OB.07 del Comune di Montalbiera è in capo al «Responsabile del Settore Tecnico»; il Settore "
     "Tecnico è diretto dall'ing. Marco Tiezzi.",
     [["Tiezzi"]],
     [(P, "Cimitero di Casalta: 60 nuovi loculi"), (P, "Il Settore Tecnico, diretto dall'ing. Marco Tiezzi,")]),
    ("responsabile",
     "Chi risponde del trasporto scolastico a Montalbiera?",
     "L'obiettivo OB.02 (Trasporto scolastico: un terzo percorso) è affidato al Responsabile del Settore Affari "
     "generali e Servizi alla persona, cioè la dott.ssa Chiara Menchetti.",
     [["Menchetti"]],
     [(P, "Trasporto scolastico: un terzo percorso"),
      (P, "dalla dott.ssa Chiara Menchetti, comprende i servizi")]),
    ("responsabile",
     "Montalbiera: chi è responsabile dello spostamento del mercato in via dei Tigli?",
     "L'obiettivo OB.11 fa capo al Responsabile del Settore Polizia municipale e Attività produttive (in raccordo "
     "con il Settore Tecnico): è la comm. Roberta Salvadori, comandante della Polizia municipale.",
     [["Salvadori"]],
     [(P, "Mercato del martedì in via dei Tigli"), (P, "dalla comm. Roberta Salvadori, comandante della Polizia")]),
    ("responsabile",
     "Quale settore di Montalbiera gestisce il randagismo?",
     "Il Settore Polizia municipale e Attività produttive, guidato dalla comm. Roberta Salvadori (obiettivo OB.12, "
     "Randagismo e adozioni dal canile).",
     [["Polizia municipale e Attività produttive"]],
     [(P, "Randagismo e adozioni dal canile"), (P, "commercio, mercato e fiere, randagismo. Vi lavorano 7")]),
    # ------------------------------------------------------------------------------------------ tempistica
    ("tempistica",
     "Entro quando va approvato il regolamento sull'accesso agli atti a Pontevasco?",
     "L'approvazione in Consiglio comunale è prevista a giugno 2026 (bozza entro aprile 2026, prima pubblicazione "
     "del registro a luglio 2026; termine finale 31/07/2026).",
     [["giugno 2026"]],
     [(T, "Approvazione del regolamento in Consiglio comunale – giugno 2026")]),
    ("tempistica",
     "Quali sono le fasi dei lavori del cimitero di Pontevasco e qual è il termine finale?",
     "Progetto esecutivo e validazione entro aprile 2026; affidamento dei lavori a giugno 2026; esecuzione "
     "settembre 2026-maggio 2027; collaudo e assegnazione dei loculi entro settembre 2027. Termine finale: "
     "30/09/2027.",
     [["30/09/2027"], ["settembre 2026-maggio 2027"]],
     [(T, "Esecuzione dei lavori – settembre 2026-maggio 2027"), (T, "Termine finale: 30/09/2027")]),
    ("tempistica",
     "Quando si fanno le giornate di microchippatura gratuita a Pontevasco?",
     "A maggio e settembre 2026, con l'ASL CN1 (obiettivo URB.03 sul randagismo).",
     [["maggio e settembre 2026"]],
     [(T, "Giornate di microchippatura gratuita con l'ASL CN1 – maggio e settembre 2026")]),
    ("tempistica",
     "Quando partono i laboratori Clicca con noi in biblioteca a Pontevasco?",
     "Il mercoledì pomeriggio, ad aprile-giugno e ottobre-novembre 2026 (dopo l'adesione alla piattaforma di "
     "prestito digitale entro marzo 2026).",
     [["aprile-giugno"], ["ottobre-novembre 2026"]],
     [(T, "il mercoledì pomeriggio – aprile-giugno e ottobre-novembre 2026")]),
    ("tempistica",
     "Quando parte il nuovo servizio di trasporto scolastico a Montalbiera?",
     "Il 14 settembre 2026 (dopo lo studio dei percorsi a febbraio-marzo, la gara per il terzo mezzo ad "
     "aprile-giugno e le iscrizioni on line a maggio 2026).",
     [["14 settembre 2026"]],
     [(P, "la partenza del nuovo servizio (14 settembre 2026)")]),
    ("tempistica",
     "Entro che data dev'essere operativo il punto di facilitazione digitale della biblioteca di Montalbiera?",
     "Entro il 30 aprile 2026 (apertura prevista ad aprile 2026).",
     [["30 aprile 2026"]],
     [(P, "il punto deve essere operativo entro il 30 aprile")]),
    ("tempistica",
     "Entro quando va chiuso il recupero dell'evasione TARI a Montalbiera e quando si emettono gli avvisi?",
     "Gli avvisi di accertamento si emettono a settembre-dicembre 2026 e l'obiettivo va chiuso entro il 31 "
     "dicembre 2026.",
     [["31 dicembre 2026"], ["settembre-dicembre 2026"]],
     [(P, "(settembre-dicembre 2026), da chiudere entro il 31")]),
    ("tempistica",
     "Entro quando devono essere conclusi i nuovi loculi di Casalta?",
     "La conclusione è fissata al 31 luglio 2027 (Comune di Montalbiera): collaudo e assegnazione dei loculi a "
     "giugno-luglio 2027, dopo i lavori di ottobre 2026-aprile 2027.",
     [["31 luglio 2027"]],
     [(P, "loculi (giugno-luglio 2027); la conclusione è fissata al 31")]),
    # ------------------------------------------------------------------------------------------ indicatore
    ("indicatore",
     "Qual è il target 2027 delle consulenze dello sportello energia di Pontevasco?",
     "180 consulenze nel 2027 (150 nel 2026, 200 nel 2028).",
     [["180"]],
     [(T, "Consulenze erogate dallo sportello")]),
    ("indicatore",
     "Quanti avvisi di accertamento deve emettere Pontevasco nel 2026 e quanta evasione deve recuperare?",
     "200 avvisi di accertamento e 95.000 euro di evasione recuperata nel 2026 (obiettivo FIN.01).",
     [["200"], ["95.000"]],
     [(T, "Avvisi di accertamento emessi"), (T, "Evasione recuperata (euro)")]),
    ("indicatore",
     "target 2028 prestiti ebook biblioteca pontevasco?",
     "600 prestiti di e-book nel 2028 (300 nel 2026, 450 nel 2027).",
     [["600"]],
     [(T, "Biblioteca digitale: prestito di e-book e laboratori di facilitazione")]),
    ("indicatore",
     "Che valori ha nel triennio l'indicatore sui giorni di attesa per la CIE a Pontevasco?",
     "Giorni di attesa per l'appuntamento CIE: 15 nel 2026, 12 nel 2027, 10 nel 2028 (il secondo indicatore, i "
     "sabati di apertura, vale 10, 11 e 11).",
     [["15 nel 2026", "15"], ["12 nel 2027", "12"], ["10 nel 2028", "10"]],
     [(T, "Giorni di attesa per l'appuntamento CIE")]),
    ("indicatore",
     "Quanti volontari deve avere il gruppo comunale di protezione civile di Pontevasco nel 2028?",
     "30 volontari nel 2028 (25 nel 2026, 28 nel 2027; oggi gli iscritti sono 23).",
     [["30"]],
     [(T, "Volontari iscritti al gruppo comunale")]),
    ("indicatore",
     "Quanti iscritti al servizio di allerta SMS vuole raggiungere Montalbiera nel 2026?",
     "1.500 numeri iscritti nel 2026 (erano 420 a fine 2025; 2.000 nel 2028).",
     [["1.500", "1500"]],
     [(P, "fine 2025 a 1.500 nel 2026 e a 2.000 nel 2028")]),
    ("indicatore",
     "Qual è il target 2026 delle giornate di presidio davanti alle scuole a Montalbiera?",
     "60 giornate nel 2026 (erano 35 nel 2025).",
     [["60"]],
     [(P, "giornate di presidio davanti alle scuole erano 35 nel")]),
    ("indicatore",
     "Quanti prestiti di e-book prevede la biblioteca di Montalbiera nel 2026 e nel 2027?",
     "400 nel 2026 e 600 nel 2027; inoltre almeno 250 cittadini assistiti dal punto di facilitazione nel 2026.",
     [["400"], ["600"]],
     [(P, "dovranno essere 400 e nel 2027 600, e i cittadini assistiti")]),
    ("indicatore",
     "Quanti sfalci l'anno per area verde sono previsti a Montalbiera nel 2026?",
     "8 sfalci annui per area verde nel 2026 (erano 5 nel 2025); le segnalazioni dei cittadini sul verde devono "
     "scendere da 96 a 50 nel 2026.",
     [["8"]],
     [(P, "erano 5 nel 2025 e saranno 8 nel 2026")]),
    # ------------------------------------------------------------------------------------------ numerico
    ("numerico",
     "Quanti dipendenti aveva Pontevasco al 1° gennaio 2026?",
     "31 dipendenti (totale al 01/01/2026).",
     [["31"]],
     [(T, "Totale dipendenti al 01/01/2026")]),
    ("numerico",
     "Quanti posteggi ha il mercato del giovedì e quanti sono liberi?",
     "Il mercato del giovedì di Pontevasco conta 46 posteggi, di cui 9 liberi.",
     [["46"], ["9"]],
     [(T, "Il mercato del giovedì conta 46 posteggi, di cui 9 liberi")]),
    ("numerico",
     "Quante richieste di accesso agli atti sono arrivate a Pontevasco nel 2025 e quante sono state evase in "
     "ritardo?",
     "147 richieste, di cui 9 evase oltre i 30 giorni previsti dalla legge.",
     [["147"], ["9"]],
     [(T, "nel 2025 ne sono arrivate 147, di cui 9 evase oltre i 30 giorni")]),
    ("numerico",
     "Quanto costa il riordino dell'archivio storico di Montalbiera e quanto ci mette la Regione?",
     "Costo complessivo € 18.500,00, di cui € 12.000,00 finanziati dalla Regione Toscana; la differenza è a carico "
     "del bilancio comunale (nota a piè di pagina).",
     [["18.500"], ["12.000"]],
     [(P, "Il riordino è finanziato per € 12.000,00 dalla Regione"), (P, "costo complessivo di € 18.500,00")]),
    ("numerico",
     "Qual è il quadro economico dei nuovi loculi di Casalta e come viene finanziato?",
     "€ 210.000,00: mutuo della Cassa depositi e prestiti per € 150.000,00 e proventi delle concessioni "
     "cimiteriali per € 60.000,00 (Montalbiera, nota all'obiettivo OB.07).",
     [["210.000"], ["150.000"], ["60.000"]],
     [(P, "Quadro economico di € 210.000,00: mutuo della Cassa depositi e")]),
    ("numerico",
     "Quanto costano le colonnine elettriche del nuovo mercato di Montalbiera?",
     "€ 43.500,00 per 18 colonnine, finanziate con fondi propri del bilancio 2026.",
     [["43.500"]],
     [(P, "Le 18 colonnine elettriche costano € 43.500,00")]),
    ("numerico",
     "Quanti dipendenti ha il Settore Tecnico di Montalbiera?",
     "10 dipendenti, di cui 4 operai.",
     [["10"]],
     [(P, "urbanistica ed edilizia privata; conta 10 dipendenti, di cui")]),
    ("numerico",
     "Quanti processi a rischio alto sono stati mappati a Montalbiera?",
     "7 processi a rischio alto su 54 mappati nel 2025 (affidamenti diretti, concessioni cimiteriali, accertamenti "
     "tributari, permessi di costruire, posteggi di mercato, sanzioni del codice della strada, contributi).",
     [["7"], ["54"]],
     [(P, "sono stati mappati 54 processi, 7 dei quali a rischio alto:")]),
    # ------------------------------------------------------------------------------------------ obiettivo
    ("obiettivo",
     "Perché Pontevasco vuole riordinare l'archivio di deposito?",
     "L'archivio di deposito occupa tre locali nel seminterrato e conserva circa 410 metri lineari di documenti "
     "mai scartati; i locali vanno liberati entro l'autunno 2026 per i lavori di adeguamento antincendio, quindi "
     "serve scartare il materiale e trasferire il resto nel nuovo deposito di via Molino.",
     [["410"], ["antincendio"]],
     [(T, "I locali vanno liberati entro l'autunno 2026")]),
    ("obiettivo",
     "Che risultato si attende dallo sportello energia di Pontevasco?",
     "Sportello aperto due pomeriggi al mese, almeno 150 consulenze l'anno e 40 nuove adesioni alla comunità "
     "energetica.",
     [["due pomeriggi al mese"], ["150"], ["40"]],
     [(T, "Sportello aperto due pomeriggi al mese")]),
    ("obiettivo",
     "Qual è il risultato atteso dell'obiettivo sul trasporto scolastico di Pontevasco?",
     "Servizio esteso al rientro pomeridiano per le due frazioni (Tetti Boglione e Madonna del Gerbo) e "
     "iscrizioni solo on line dall'anno scolastico 2026/2027.",
     [["rientro pomeridiano"], ["2026/2027"]],
     [(T, "Servizio esteso al rientro pomeridiano per le due frazioni")]),
    ("obiettivo",
     "A quale linea del DUP e a quale obiettivo strategico appartiene l'obiettivo sulla carta d'identità "
     "elettronica di Pontevasco?",
     "Alla Linea DUP 1 – Un Comune efficiente e vicino ai cittadini, obiettivo strategico OS 1.1 – Servizi "
     "demografici accessibili.",
     [["Linea DUP 1"], ["OS 1.1"]],
     [(T, "Carta d'identità elettronica: aperture straordinarie il sabato"),
      (T, "OS 1.1 – Servizi demografici accessibili")]),
    ("obiettivo",
     "Perché Montalbiera deve aggiornare il piano di protezione civile?",
     "Il piano è del 2016 e non recepisce le nuove aree a pericolosità idraulica del torrente Salceto; durante "
     "l'allerta arancione del novembre 2025 molti residenti della zona bassa non sono stati avvisati in tempo.",
     [["2016"], ["Salceto"]],
     [(P, "piano comunale di protezione civile è del 2016 e non")]),
    ("obiettivo",
     "Cosa si aspetta Montalbiera dall'affidamento del verde pubblico a una cooperativa sociale?",
     "Affidare la manutenzione a una cooperativa sociale di tipo B, con sfalci ogni tre settimane e l'inserimento "
     "lavorativo di almeno 3 persone svantaggiate.",
     [["tre settimane"], ["3 persone svantaggiate"]],
     [(P, "affidare la manutenzione a una cooperativa sociale di")]),
    ("obiettivo",
     "per quale motivo a montalbera serve un terzo percorso dello scuolabus?",
     "Perché le domande erano 71 a fronte di 58 alunni trasportati: le famiglie delle frazioni di Casalta di Sotto "
     "e Ponte a Rèsina restano escluse, dato che i percorsi attuali superano i 45 minuti di viaggio.",
     [["45 minuti"], ["Casalta di Sotto"]],
     [(P, "superano i 45 minuti di viaggio")]),
    ("obiettivo",
     "A cosa serve la banca dati unica del canone patrimoniale di Montalbiera?",
     "Oggi le occupazioni di suolo pubblico sono registrate su fogli di calcolo separati tra ufficio tributi e "
     "Polizia municipale; entro il 2026 tutte le occupazioni permanenti e i mezzi pubblicitari devono stare in "
     "un'unica banca dati collegata a pagoPA.",
     [["fogli di calcolo"], ["pagoPA"]],
     [(P, "fogli di calcolo separati tra ufficio tributi e Polizia")]),
    ("obiettivo",
     "In quale linea strategica rientra l'obiettivo sul randagismo di Montalbiera?",
     "Nella linea «Territorio curato e sicuro» (obiettivo OB.12, Randagismo e adozioni dal canile).",
     [["Territorio curato e sicuro"]],
     [(P, "«Territorio curato e sicuro». Meno cani a carico del")]),
    # ------------------------------------------------------------------------------------------ elenco
    ("elenco",
     "Quali obiettivi ha il Settore Tecnico di Pontevasco?",
     "Tre: TEC.01 Ampliamento del cimitero del capoluogo (48 nuovi loculi), TEC.02 Aggiornamento del piano "
     "comunale di protezione civile, TEC.03 Censimento degli alberi e piano delle potature.",
     [["cimitero"], ["protezione civile"], ["alberi"]],
     [(T, "Ampliamento del cimitero del capoluogo: 48 nuovi loculi"),
      (T, "Aggiornamento del piano comunale di protezione civile"),
      (T, "Censimento degli alberi e piano delle potature")]),
    ("elenco",
     "Quanti obiettivi ha il Settore Urbanistica, Ambiente e Attività produttive di Pontevasco e quali sono?",
     "Tre: URB.01 Progetto «Mercato in piazza» (riorganizzazione del mercato settimanale del giovedì), URB.02 "
     "Sportello energia per famiglie e imprese, URB.03 Randagismo: convenzione con il canile e microchippatura "
     "gratuita.",
     [["tre", "3"], ["mercato"], ["energia"], ["canile", "randagismo"]],
     [(T, "riorganizzazione del mercato settimanale del giovedì"), (T, "Sportello energia per famiglie e imprese"),
      (T, "Randagismo: convenzione con il canile e microchippatura gratuita")]),
    ("elenco",
     "Quali servizi comprende il settore tecnico di Pontevasco?",
     "Il Settore Tecnico – Lavori pubblici e Patrimonio comprende: lavori pubblici; manutenzioni e squadra "
     "operai; cimiteri; protezione civile; verde pubblico.",
     [["cimiteri"], ["protezione civile"], ["verde pubblico"], ["squadra operai"]],
     [(T, "manutenzioni e squadra operai; cimiteri; protezione civile")]),
    ("elenco",
     "Chi sono gli stakeholder dell'obiettivo sulla protezione civile di Pontevasco?",
     "Residenti delle zone a rischio idraulico; gruppo comunale di volontari di protezione civile; scuole; "
     "Prefettura di Cuneo.",
     [["rischio idraulico"], ["volontari"], ["scuole"], ["Prefettura di Cuneo"]],
     [(T, "gruppo comunale di volontari di protezione civile; scuole; Prefettura di Cuneo")]),
    ("elenco",
     "Chi lavora sul censimento degli alberi a Pontevasco?",
     "Tre persone: Walter Dalmasso (istruttore tecnico), Franco Aimar (operaio specializzato) ed Ezio Ghione "
     "(operaio).",
     [["Dalmasso"], ["Aimar"], ["Ghione"]],
     [(T, "DALMASSO Walter (istruttore tecnico); AIMAR Franco (operaio specializzato)")]),
    ("elenco",
     "Quali sono gli obiettivi del Settore Tecnico a Montalbiera?",
     "Tre: OB.07 Cimitero di Casalta: 60 nuovi loculi; OB.08 Piano di protezione civile e allerte via SMS; OB.09 "
     "Verde pubblico con la cooperazione sociale.",
     [["Casalta", "loculi"], ["protezione civile"], ["Verde pubblico"]],
     [(P, "Cimitero di Casalta: 60 nuovi loculi"), (P, "Piano di protezione civile e allerte via SMS"),
      (P, "Verde pubblico con la cooperazione sociale")]),
    ("elenco",
     "Quali servizi comprende il Settore Affari generali e Servizi alla persona di Montalbiera?",
     "Segreteria e protocollo, archivio, anagrafe e stato civile, servizi sociali, scuola e trasporto "
     "scolastico, biblioteca e cultura (diretto dalla dott.ssa Chiara Menchetti, 11 dipendenti).",
     [["anagrafe"], ["trasporto scolastico"], ["biblioteca"], ["servizi sociali"]],
     [(P, "dalla dott.ssa Chiara Menchetti, comprende i servizi"),
      (P, "servizi sociali, scuola e trasporto scolastico, biblioteca e")]),
    ("elenco",
     "Chi sono i dipendenti coinvolti nella banca dati del canone unico a Montalbiera?",
     "Tre dipendenti: Silvia Pagliai (tributi), Daniele Magi (Polizia municipale) e Irene Ceccherini (SUAP).",
     [["Pagliai"], ["Magi"], ["Ceccherini"]],
     [(P, "Silvia Pagliai dei tributi, Daniele Magi della Polizia")]),
    # ------------------------------------------------------------------------------------------ multi_hop
    ("multi_hop",
     "Chi è a capo del settore che gestisce il mercato settimanale del giovedì a Pontevasco, e che altri servizi "
     "ha quel settore?",
     "Il mercato (obiettivo URB.01) è del Settore Urbanistica, Ambiente e Attività produttive, diretto dall'arch. "
     "Elena Bongiovanni; il Settore comprende anche edilizia privata e urbanistica, SUAP e commercio, ecologia e "
     "rifiuti, randagismo e canile, sportello energia.",
     [["Bongiovanni"], ["SUAP"]],
     [(T, "riorganizzazione del mercato settimanale del giovedì"), (T, "arch. Elena Bongiovanni (EQ)")]),
    ("multi_hop",
     "Quale assessore segue la materia dell'obiettivo sul trasporto scolastico di Pontevasco, e chi è il "
     "responsabile dell'obiettivo?",
     "Il responsabile dell'obiettivo SAP.01 è il dott. Stefano Rinaudo (Settore Servizi alla persona); la materia "
     "è dell'assessora Carla Olivero, che segue istruzione, trasporto scolastico, biblioteca e cultura.",
     [["Olivero"], ["Rinaudo"]],
     [(T, "Trasporto scolastico: nuovo percorso per le frazioni e iscrizioni on line"),
      (T, "l'assessora Carla Olivero segue istruzione, trasporto scolastico")]),
    ("multi_hop",
     "Su quali obiettivi lavora Sergio Peirone a Pontevasco e chi è il responsabile del suo settore?",
     "Sergio Peirone (istruttore tecnico) è nel personale di TEC.01 (ampliamento del cimitero) e di TEC.02 "
     "(piano di protezione civile), entrambi del Settore Tecnico – Lavori pubblici e Patrimonio, diretto dall'ing. "
     "Davide Ghisolfi.",
     [["cimitero"], ["protezione civile"], ["Ghisolfi"]],
     [(T, "PEIRONE Sergio (istruttore tecnico); AIMAR Franco (operaio specializzato)"),
      (T, "PEIRONE Sergio (istruttore tecnico); CAVALLERO Anna"), (T, "ing. Davide Ghisolfi (EQ)")]),
    ("multi_hop",
     "Chi è l'RPCT di Pontevasco e quale obiettivo del piano ha in carico?",
     "Il Segretario comunale dott. Giorgio Abrate, che è anche RPCT; ha in carico l'obiettivo AMM.03 «Registro "
     "unico degli accessi e nuovo regolamento sull'accesso agli atti».",
     [["Abrate"], ["accessi"]],
     [(T, "Il Segretario comunale è il dott. Giorgio Abrate"),
      (T, "Registro unico degli accessi e nuovo regolamento sull'accesso agli atti")]),
    ("multi_hop",
     "Chi guida il settore che si occupa delle strade scolastiche e quanti agenti ha?",
     "È il Settore Polizia municipale e Attività produttive del Comune di Montalbiera, guidato dalla comm. "
     "Roberta Salvadori: 7 dipendenti, di cui 6 agenti.",
     [["Salvadori"], ["6"]],
     [(P, "Strade scolastiche più sicure"), (P, "dipendenti, di cui 6 agenti.")]),
    ("multi_hop",
     "Quanti dipendenti ha il settore responsabile del verde pubblico a Montalbiera e chi lo dirige?",
     "Il verde (OB.09) è del Settore Tecnico, diretto dall'ing. Marco Tiezzi: 10 dipendenti, di cui 4 operai.",
     [["Tiezzi"], ["10"]],
     [(P, "Verde pubblico con la cooperazione sociale"), (P, "Il Settore Tecnico, diretto dall'ing. Marco Tiezzi,")]),
    ("multi_hop",
     "Chi dirige il settore a cui è affidata la banca dati del canone unico a Montalbiera, e quanti dipendenti ha?",
     "L'obiettivo OB.05 fa capo al Responsabile del Settore Finanziario, il rag. Lorenzo Bracciali; il Settore "
     "Finanziario ha 6 dipendenti.",
     [["Bracciali"], ["6"]],
     [(P, "Banca dati unica del canone patrimoniale"),
      (P, "Il Settore Finanziario, affidato al rag. Lorenzo Bracciali,")]),
    ("multi_hop",
     "Il geom. Franco Bigiarini su quali obiettivi lavora e chi è il responsabile del suo settore?",
     "Segue il cantiere dei nuovi loculi del cimitero di Casalta (OB.07) e il servizio del verde pubblico "
     "(OB.09) del Comune di Montalbiera; entrambi sono del Settore Tecnico, diretto dall'ing. Marco Tiezzi.",
     [["Casalta", "loculi"], ["verde"], ["Tiezzi"]],
     [(P, "Segue il cantiere il geom. Franco Bigiarini"), (P, "seguito dal geom. Franco Bigiarini."),
      (P, "Il Settore Tecnico, diretto dall'ing. Marco Tiezzi,")]),
    # ------------------------------------------------------------------------------------------ confronto
    ("confronto",
     "Quanti nuovi loculi prevedono Pontevasco e Montalbiera nei rispettivi ampliamenti cimiteriali?",
     "Pontevasco: 48 loculi e 16 ossari nel cimitero del capoluogo (entro il 2027). Montalbiera: 60 loculi e 24 "
     "ossari nel cimitero di Casalta (entro l'estate 2027). Montalbiera ne prevede 12 in più.",
     [["48"], ["60"]],
     [(T, "Ampliamento del cimitero del capoluogo: 48 nuovi loculi"), (P, "Cimitero di Casalta: 60 nuovi loculi")]),
    ("confronto",
     "Chi ha più obiettivi operativi nel PIAO 2026-2028, Pontevasco o Montalbiera?",
     "Pontevasco, con 13 obiettivi su 5 settori; Montalbiera ne ha 12 (OB.01-OB.12) su quattro Settori.",
     [["13"], ["12"]],
     [(T, "Fine estrazione – 13 obiettivi, 5 settori"), (P, "Gli obiettivi che seguono sono assegnati ai quattro")]),
    ("confronto",
     "Confronta gli alunni trasportati con lo scuolabus: target 2026 di Pontevasco e di Montalbiera?",
     "Pontevasco punta a 85 alunni trasportati nel 2026 (oggi 74); Montalbiera a 72 (erano 58 nel 2025).",
     [["85"], ["72"]],
     [(T, "Trasporto scolastico: nuovo percorso per le frazioni e iscrizioni on line"),
      (P, "alunni trasportati, 58 nel 2025, dovranno salire a 72 nel")]),
    ("confronto",
     "Chi è il Segretario comunale a Pontevasco e chi a Montalbiera?",
     "A Pontevasco il dott. Giorgio Abrate (convenzione con Castelrovere), a Montalbiera la dott.ssa Rita "
     "Baldacci (convenzione con Valdicastro); entrambi sono anche RPCT.",
     [["Abrate"], ["Baldacci"]],
     [(T, "Il Segretario comunale è il dott. Giorgio Abrate"),
      (P, "Il Segretario comunale, dott.ssa Rita Baldacci, titolare")]),
    ("confronto",
     "Quanti dipendenti hanno Pontevasco e Montalbiera?",
     "Pontevasco 31 dipendenti al 01/01/2026; Montalbiera 34 al 1° gennaio 2026.",
     [["31"], ["34"]],
     [(T, "Totale dipendenti al 01/01/2026"), (P, "Al 1° gennaio 2026 lavorano per il Comune 34")]),
    ("confronto",
     "Prestiti di e-book: che target 2026 hanno le biblioteche di Pontevasco e di Montalbiera?",
     "Pontevasco 300 prestiti di e-book nel 2026; Montalbiera 400.",
     [["300"], ["400"]],
     [(T, "Biblioteca digitale: prestito di e-book e laboratori di facilitazione"),
      (P, "dovranno essere 400 e nel 2027 600, e i cittadini assistiti")]),
    ("confronto",
     "Quale comune punta a recuperare più evasione nel 2026, Pontevasco o Montalbiera?",
     "Pontevasco: 95.000 euro di evasione IMU e TARI recuperata; Montalbiera: almeno 60.000 euro di TARI evasa. "
     "Pontevasco ha l'obiettivo più alto.",
     [["95.000"], ["60.000"]],
     [(T, "Evasione recuperata (euro)"), (P, "L'obiettivo è recuperare almeno 60.000")]),
    ("confronto",
     "Com'è cambiato il tempo medio di pagamento delle fatture a Montalbiera e qual è l'obiettivo?",
     "Era di 47 giorni nel 2024 e 41 nel 2025; l'obiettivo è 30 giorni nel 2026 e 28 nel 2027 e nel 2028.",
     [["47"], ["41"], ["30"]],
     [(P, "sceso da 47 giorni nel 2024 a 41 nel 2025; nel 2026 deve")]),
    ("confronto",
     "Raccolta differenziata a Montalbiera: com'era nel 2024 e nel 2025, e che obiettivo c'è per il 2026?",
     "58,4% nel 2024, 61,2% nel 2025; l'obiettivo per il 2026 è il 65%.",
     [["58,4"], ["61,2"], ["65%"]],
     [(P, "dal 58,4% del 2024 al 61,2% del 2025 e deve arrivare al")]),
    # ------------------------------------------------------------------------------------------ non_presente
    ("non_presente",
     "Qual è il target 2028 dei loculi assegnabili nel cimitero di Pontevasco?",
     "Non è indicato: per il 2028 la cella del target è vuota (0 loculi assegnabili nel 2026, 48 nel 2027; "
     "l'obiettivo si chiude il 30/09/2027).",
     [],
     [(T, "Ampliamento del cimitero del capoluogo: 48 nuovi loculi")]),
    ("non_presente",
     "Chi sono i dipendenti coinvolti negli avvisi TARI digitali di Pontevasco?",
     "Non è indicato: per l'obiettivo FIN.02 la colonna «Personale coinvolto» è vuota; il piano riporta solo il "
     "responsabile (Responsabile Settore Finanziario e Tributi).",
     [],
     [(T, "Avvisi TARI digitali tramite app IO e PEC")]),
    ("non_presente",
     "Quali sono gli stakeholder del registro unico degli accessi di Pontevasco?",
     "Non è indicato alcuno stakeholder: per l'obiettivo AMM.03 la colonna Stakeholder è vuota.",
     [],
     [(T, "Registro unico degli accessi e nuovo regolamento sull'accesso agli atti")]),
    ("non_presente",
     "A quale obiettivo strategico OS appartiene l'obiettivo sul randagismo di Pontevasco?",
     "Non è indicato un obiettivo strategico: per URB.03 la cella riporta solo la Linea DUP 4 – Lavoro, commercio "
     "e ambiente, senza OS.",
     [],
     [(T, "Randagismo: convenzione con il canile e microchippatura gratuita")]),
    ("non_presente",
     "Quanti alberi devono essere censiti a Pontevasco nel 2027?",
     "Non è indicato: l'indicatore «Alberi censiti e georeferenziati» ha un target solo per il 2026 (1.100); "
     "le celle 2027 e 2028 sono vuote.",
     [],
     [(T, "Censimento degli alberi e piano delle potature")]),
    ("non_presente",
     "Chi è il comandante della Polizia locale di Pontevasco?",
     "Non è indicato: l'organigramma di Pontevasco non ha un settore di Polizia locale né un comandante; compare "
     "solo un agente di Polizia locale nel personale dell'obiettivo sul mercato.",
     [],
     [(T, "ODDENINO Luca (agente di Polizia locale)")]),
    ("non_presente",
     "Che peso ha l'obiettivo sul cimitero di Casalta nella valutazione della performance?",
     "Non è indicato: il notiziario di Montalbiera non assegna pesi agli obiettivi.",
     [],
     [(P, "Cimitero di Casalta: 60 nuovi loculi")]),
    ("non_presente",
     "Come si chiamano i quattro dipendenti che lavorano al trasporto scolastico di Montalbiera?",
     "Non è indicato: il piano dice solo che vi lavorano quattro dipendenti tra ufficio scuola e autisti, senza "
     "nominarli.",
     [],
     [(P, "quattro dipendenti tra ufficio scuola e autisti")]),
    ("non_presente",
     "Qual era la percentuale di raccolta differenziata a Montalbiera nel 2023?",
     "Non è riportata: il piano indica solo il 58,4% del 2024 e il 61,2% del 2025 (obiettivo 65% nel 2026).",
     [],
     [(P, "dal 58,4% del 2024 al 61,2% del 2025 e deve arrivare al")]),
    ("non_presente",
     "Chi è il componente del Nucleo di valutazione di Montalbiera?",
     "Non è indicato: il piano dice solo che il Nucleo di valutazione, in forma monocratica, valida la Relazione "
     "sulla performance, senza nominarne il componente.",
     [],
     [(P, "comunale la porta in Giunta e il Nucleo di valutazione")]),
    ("non_presente",
     "Quali obiettivi ha il Comune di Fossano nel PIAO 2026-2028?",
     "Non ci sono informazioni sul Comune di Fossano nei documenti disponibili (solo Pontevasco e Montalbiera).",
     [],
     []),
]


def main(argv: list[str]) -> None:
    out = Path(argv[1]) if len(argv) > 1 else OUT
    with out.open("w", encoding="utf-8") as fh:
        for i, (typ, q, a, mc, ev) in enumerate(Q, 1):
            docs = list(dict.fromkeys(d for d, _ in ev))
            doc = None if not docs else (docs[0] if len(docs) == 1 else docs)
            row = {"id": f"f33-{i:03d}", "question": q, "answer": a, "must_contain": mc, "doc": doc,
                   "evidence": [x for _, x in ev], "evidence_docs": [d for d, _ in ev], "type": typ}
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {out} ({len(Q)} questions)")


if __name__ == "__main__":
    main(sys.argv)
