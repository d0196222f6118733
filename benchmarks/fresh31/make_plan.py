"""Write the two FICTIONAL PIAO 2026-2028 documents of fresh31 into docs/.
All people, places, bodies, companies and figures are invented.

1. docs/sorvenago_piao-2026-2028.pdf  (Comune di Sorvenago, Provincia di Bergamo), written with fpdf2 (core
   Helvetica, windows-1252, A4 PORTRAIT), laid out like a word-processor print:
   * running header "Comune di Sorvenago – Piano Integrato di Attività e Organizzazione 2026-2028" and running
     footer "Pag. X di Y" on EVERY page (cover and index included);
   * a cover page and an index page ("INDICE", dotted leaders, page numbers; two-pass build);
   * prose and scheda paragraphs are JUSTIFIED and HYPHENATED: the line breaks are computed here (Italian
     syllable rules, only lower-case words of 8+ letters) and every line is drawn separately, so a broken word
     really is "digitaliz-" / "zazione" in the text layer; a page never ends on a hyphenated line;
   * numbered FOOTNOTES at the bottom of the page (superscript marker at the end of a paragraph, rule, note text);
   * 16 objectives as "schede": a shaded title line "OB.2026/07 – Titolo" followed by fields whose UPPERCASE label
     stands on its own line (OBIETTIVO STRATEGICO, STRUTTURA RESPONSABILE, RESPONSABILE, FINALITÀ, RISULTATO
     ATTESO, CRONOPROGRAMMA, INDICATORE DI RISULTATO, PORTATORI DI INTERESSE, PERSONALE COINVOLTO, SCADENZA); five
     schede lack PERSONALE COINVOLTO; many RESPONSABILE fields give only the role
     ("Incaricato EQ dell'Area Tecnica"), the names of the incaricati di Elevata Qualificazione (EQ) are in the
     org chart;
   * 3.1 org chart: a ruled table Area | Servizi | Incaricato EQ | n. dipendenti (services one per line).
2. docs/bregnasco_piao-2026-2028.docx  (Città di Bregnasco, Provincia di Como), written with python-docx:
   * 2.2: per Area an OUTER layout table (two-column or one-column, merged header row with the Area and its
     Dirigente) whose cells contain an INNER table per objective (merged title row "SG.01 – Titolo", then
     label | value rows with varying labels); one outer cell holds an objective written as paragraphs with bold
     run-in labels, another holds only a note sentence; two more objectives are body paragraphs with bold run-in
     labels ("Referente politico: …", "Dirigente: …", "Responsabile: …");
   * some facts only inside sentences of the Descrizione cells (partners, months, figures, costs);
   * 3.1 org chart as a heading hierarchy Area (Heading 3) → Servizio (Heading 4) → Ufficio (Heading 5) with
     "Dirigente:", "Incaricato EQ:", "Referente:" lines.

Deterministic: no randomness; the PDF has a pinned creation date (fpdf2 derives the /ID from the content); the
DOCX core properties are pinned and the zip is rewritten with fixed member timestamps.

Run: /work/main/.venv/bin/python benchmarks/fresh31/make_plan.py [OUT_DIR]   (default OUT_DIR: docs/ next to this
file; needs fpdf2 and python-docx, both in /work/main/.venv)
"""
from __future__ import annotations

import io
import re
import zipfile
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
PDF_NAME = "sorvenago_piao-2026-2028.pdf"
DOCX_NAME = "bregnasco_piao-2026-2028.docx"
FIXED_DATE = datetime(2026, 2, 6, 10, 30, 0, tzinfo=timezone.utc)
ZIP_DATE = (2026, 2, 6, 10, 30, 0)

# =============================================================================================================
# 1. Comune di Sorvenago (PDF, portrait, schede)
# =============================================================================================================
S_ENTE = "Comune di Sorvenago"
S_RUNNING = "Comune di Sorvenago – Piano Integrato di Attività e Organizzazione 2026-2028"
S_COVER = [("COMUNE DI SORVENAGO", 18, "B", 10), ("Provincia di Bergamo", 12, "", 30),
           ("PIANO INTEGRATO DI ATTIVITÀ E ORGANIZZAZIONE", 15, "B", 4), ("2026 – 2028", 15, "B", 12),
           ("(art. 6 del decreto-legge 9 giugno 2021, n. 80, convertito dalla legge 6 agosto 2021, n. 113)", 9, "I",
            40),
           ("Approvato con deliberazione della Giunta comunale n. 19 del 5 febbraio 2026", 10, "", 4)]

S_LABELS = ["OBIETTIVO STRATEGICO", "STRUTTURA RESPONSABILE", "RESPONSABILE", "FINALITÀ", "RISULTATO ATTESO",
            "CRONOPROGRAMMA", "INDICATORE DI RISULTATO", "PORTATORI DI INTERESSE", "PERSONALE COINVOLTO",
            "SCADENZA"]

S_AMBITI = [
    (1, "Ambito strategico 1 – Un Comune digitale, semplice e trasparente"),
    (2, "Ambito strategico 2 – Bilancio sostenibile ed equità fiscale"),
    (3, "Ambito strategico 3 – Territorio sostenibile, opere pubbliche e ambiente"),
    (4, "Ambito strategico 4 – Comunità, famiglie e persone fragili"),
    (5, "Ambito strategico 5 – Sicurezza urbana e protezione civile"),
]

# Each objective: code, ambito, title, obiettivo strategico, struttura, responsabile (as written), finalità,
# footnote of the finalità (or None), risultato atteso, fasi [(descrizione, periodo)], indicatori [(nome, target)],
# portatori (list or None), personale [(COGNOME Nome, profilo)] or None, scadenza
S_OBJ = [
    dict(code="OB.2026/01", ambito=1,
         title="Agenda on line per la carta d'identità elettronica e sportello del sabato",
         os="1.1 Semplificare l'accesso ai servizi comunali",
         struttura="Area Affari generali e Servizi al cittadino – Servizi demografici",
         resp="Incaricata EQ dell'Area Affari generali e Servizi al cittadino",
         finalita="Nel 2025 l'attesa media per ottenere un appuntamento per la carta d'identità elettronica ha "
                  "raggiunto i 38 giorni e l'ufficio ha gestito oltre 2.600 prenotazioni telefoniche. La gestione "
                  "manuale dell'agenda sottrae tempo all'istruttoria delle pratiche e produce disservizi nei mesi "
                  "che precedono le vacanze estive, quando le richieste raddoppiano.",
         fn=None,
         risultato="Agenda unica prenotabile dal sito istituzionale e dall'app IO, con promemoria automatico via "
                   "e-mail, attesa media non superiore a 12 giorni e apertura straordinaria dello sportello il primo "
                   "sabato mattina di ogni mese.",
         fasi=[("configurazione dell'agenda e formazione degli operatori", "gennaio – febbraio 2026"),
               ("avvio delle prenotazioni on line", "dal 2 marzo 2026"),
               ("aperture del sabato e monitoraggio dei tempi di attesa", "marzo – dicembre 2026")],
         ind=[("tempo medio di attesa per la CIE", "12 giorni"),
              ("appuntamenti prenotati on line sul totale", "80%")],
         portatori=["cittadini residenti", "cittadini iscritti all'AIRE", "Ministero dell'Interno"],
         personale=[("ARNOLDI Paola", "istruttore amministrativo"), ("MOIOLI Sara", "istruttore amministrativo"),
                    ("CAPELLETTI Ivan", "operatore esperto")],
         scadenza="31/12/2026"),
    dict(code="OB.2026/02", ambito=1,
         title="Amministrazione trasparente e nuovo regolamento sull'accesso civico",
         os="1.2 Trasparenza, integrità e partecipazione",
         struttura="Segreteria generale",
         resp="dott. Alberto Finazzi – Segretario comunale e RPCT",
         finalita="La verifica del Nucleo di valutazione sugli obblighi di pubblicazione al 31 maggio 2025 ha "
                  "rilevato 14 obblighi incompleti o non aggiornati, concentrati nelle sottosezioni dedicate ai "
                  "provvedimenti, ai contratti pubblici e ai contributi economici. Il regolamento comunale "
                  "sull'accesso, approvato nel 2017, non disciplina il registro degli accessi né le richieste "
                  "presentate in via telematica.",
         fn=None,
         risultato="Sottosezioni di Amministrazione trasparente complete e aggiornate, attestazione positiva del "
                   "Nucleo di valutazione e nuovo regolamento unico sull'accesso documentale, civico semplice e "
                   "generalizzato approvato dal Consiglio comunale.",
         fasi=[("ricognizione degli obblighi con i referenti delle Aree", "febbraio – marzo 2026"),
               ("approvazione del regolamento in Consiglio comunale", "entro giugno 2026"),
               ("monitoraggi semestrali della sezione", "luglio e dicembre 2026")],
         ind=[("obblighi di pubblicazione aggiornati", "100%"), ("monitoraggi semestrali svolti", "2")],
         portatori=["cittadini", "Nucleo di valutazione", "referenti per la trasparenza delle Aree"],
         personale=None,
         scadenza="31/12/2026"),
    dict(code="OB.2026/03", ambito=1,
         title="Piano della formazione 2026 e competenze digitali del personale",
         os="1.3 Valorizzare le persone dell'organizzazione",
         struttura="Area Economico-finanziaria – Servizio Personale",
         resp="Incaricato EQ dell'Area Economico-finanziaria",
         finalita="Nel 2025 la formazione media è stata di 11 ore per dipendente e soltanto 14 dipendenti su 41 "
                  "hanno completato almeno un percorso sulla piattaforma Syllabus del Dipartimento della funzione "
                  "pubblica. L'introduzione dei nuovi applicativi per la contabilità e per l'edilizia richiede un "
                  "aggiornamento diffuso delle competenze digitali.",
         fn=None,
         risultato="Piano formativo approvato dalla Giunta e almeno 40 ore di formazione per ciascun dipendente, "
                   "delle quali non meno di 20 sulla piattaforma Syllabus, con particolare attenzione alla "
                   "sicurezza informatica e ai nuovi applicativi gestionali.",
         fasi=[("rilevazione dei fabbisogni formativi presso le Aree", "gennaio 2026"),
               ("approvazione del piano formativo", "entro il 28 febbraio 2026"),
               ("erogazione dei corsi", "marzo – novembre 2026")],
         ind=[("ore di formazione pro capite", "40 ore"),
              ("dipendenti che completano un percorso Syllabus", "41")],
         portatori=["dipendenti comunali", "organizzazioni sindacali"],
         personale=[("GHISALBERTI Nadia", "istruttore amministrativo contabile")],
         scadenza="30/11/2026"),
    dict(code="OB.2026/04", ambito=2,
         title="Recupero dell'evasione TARI delle utenze non domestiche",
         os="2.1 Equità fiscale e contrasto all'evasione",
         struttura="Area Economico-finanziaria – Servizio Tributi",
         resp="rag. Marco Pedrinelli – incaricato di Elevata Qualificazione (EQ)",
         finalita="L'incrocio tra la banca dati della TARI, il registro delle imprese e le pratiche del SUAP ha "
                  "individuato 186 utenze non domestiche non iscritte a ruolo o con superfici dichiarate inferiori "
                  "a quelle reali, per un mancato gettito stimato in circa 96.000 euro all'anno. Il controllo deve "
                  "essere completato prima che maturino i termini di decadenza per l'annualità 2021.",
         fn=None,
         risultato="Verifica di tutte le 186 posizioni, anche con sopralluoghi congiunti con la Polizia Locale, e "
                   "notifica degli avvisi di accertamento entro i termini, con iscrizione a ruolo delle superfici "
                   "non dichiarate.",
         fasi=[("verifica documentale delle posizioni", "gennaio – aprile 2026"),
               ("sopralluoghi con la Polizia Locale", "maggio – luglio 2026"),
               ("notifica degli avvisi di accertamento", "entro il 31 ottobre 2026")],
         ind=[("posizioni verificate", "186"), ("avvisi di accertamento notificati", "120")],
         portatori=["imprese e attività commerciali", "associazioni di categoria"],
         personale=[("TIRABOSCHI Anna", "istruttore contabile"), ("LOCHIS Elisa", "istruttore amministrativo")],
         scadenza="31/10/2026"),
    dict(code="OB.2026/05", ambito=2,
         title="Tempestività dei pagamenti e riduzione dei tempi di liquidazione",
         os="2.2 Bilancio sano e tempestività dei pagamenti",
         struttura="Area Economico-finanziaria – Servizio Ragioneria",
         resp="Incaricato EQ dell'Area Economico-finanziaria",
         finalita="Nel 2025 il tempo medio di pagamento delle fatture commerciali è stato di 41 giorni, oltre il "
                  "termine di 30 giorni previsto dalla legge, e l'indicatore annuale di ritardo è risultato "
                  "positivo. Il ritardo dipende soprattutto dai tempi di liquidazione delle fatture da parte delle "
                  "Aree, che richiedono in media 24 giorni dal ricevimento.",
         fn=None,
         risultato="Tempo medio di pagamento non superiore a 28 giorni e indicatore di ritardo negativo, grazie "
                   "alla liquidazione digitale delle fatture e a un report mensile inviato a ciascuna Area.",
         fasi=[("attivazione della liquidazione digitale nel gestionale contabile", "gennaio – marzo 2026"),
               ("report mensile dei tempi di liquidazione alle Aree", "da aprile 2026")],
         ind=[("tempo medio di pagamento delle fatture commerciali", "28 giorni"),
              ("indicatore annuale di ritardo dei pagamenti", "negativo")],
         portatori=["fornitori e imprese", "Aree dell'Ente"],
         personale=None,
         scadenza="31/12/2026"),
    dict(code="OB.2026/06", ambito=3,
         title="Riqualificazione energetica della scuola primaria di via dei Tigli",
         os="3.1 Edifici pubblici sicuri ed efficienti",
         struttura="Area Tecnica – Lavori pubblici e Ambiente",
         resp="ing. Riccardo Ravasio – incaricato di Elevata Qualificazione (EQ)",
         finalita="L'edificio, costruito nel 1972 e frequentato da 312 alunni, è in classe energetica G e consuma "
                  "circa 58.000 metri cubi di gas metano all'anno; i serramenti originali non garantiscono "
                  "l'isolamento delle aule esposte a nord. L'intervento è finanziato in gran parte da un contributo "
                  "regionale.",
         fn="Contributo di € 410.000,00 concesso da Regione Lombardia con il bando «Scuole sicure e sostenibili "
            "2025»; il quadro economico complessivo dell'opera ammonta a € 585.000,00.",
         risultato="Cappotto termico, sostituzione dei serramenti e nuova centrale termica a pompa di calore, con il "
                   "passaggio almeno alla classe energetica C e lavori eseguiti senza interrompere le lezioni.",
         fasi=[("progettazione esecutiva e verifica del progetto", "gennaio – marzo 2026"),
               ("gara e aggiudicazione dei lavori", "aprile – maggio 2026"),
               ("esecuzione dei lavori durante la chiusura estiva", "15 giugno – 5 settembre 2026")],
         ind=[("lavori eseguiti sul totale previsto", "100%"),
              ("riduzione stimata dei consumi di gas metano", "45%")],
         portatori=["alunni e famiglie", "Istituto comprensivo di Sorvenago", "Regione Lombardia"],
         personale=[("VAVASSORI Giorgio", "istruttore direttivo tecnico"), ("MAGONI Stefano", "istruttore tecnico")],
         scadenza="30/09/2026"),
    dict(code="OB.2026/07", ambito=3,
         title="Piano delle asfaltature e catasto delle strade comunali",
         os="3.2 Manutenzione del territorio e mobilità sicura",
         struttura="Area Tecnica – Lavori pubblici e Ambiente",
         resp="Incaricato EQ dell'Area Tecnica",
         finalita="Il Comune gestisce 64 chilometri di strade comunali ma non dispone di un catasto aggiornato "
                  "dello stato delle pavimentazioni; nel 2025 sono pervenute 173 segnalazioni di buche e cedimenti "
                  "e sono stati liquidati 6 sinistri per danni a veicoli e pedoni.",
         fn=None,
         risultato="Catasto stradale georeferenziato con la classificazione di tutti i tratti, programma triennale "
                   "delle asfaltature costruito sulle priorità e rifacimento dei tratti più degradati di via Roma, "
                   "via Bersiana e via per Sorvenago Alta.",
         fasi=[("rilievo dello stato delle pavimentazioni", "febbraio – aprile 2026"),
               ("approvazione del programma delle asfaltature", "entro maggio 2026"),
               ("esecuzione del primo lotto di asfaltature", "settembre – ottobre 2026")],
         ind=[("chilometri di strade rilevati nel catasto", "64"),
              ("metri quadrati di pavimentazione rifatti", "18.000")],
         portatori=["cittadini", "aziende del trasporto pubblico locale", "frontisti"],
         personale=None,
         scadenza="31/10/2026"),
    dict(code="OB.2026/08", ambito=3,
         title="Nuovo centro di raccolta e tariffa puntuale sperimentale a Bersiana",
         os="3.3 Economia circolare e qualità dell'ambiente",
         struttura="Area Tecnica – Servizio Ecologia e ambiente",
         resp="Incaricato EQ dell'Area Tecnica",
         finalita="Nel 2025 la raccolta differenziata si è fermata al 68,2%, con valori inferiori al 60% nella "
                  "frazione di Bersiana, servita soltanto da un centro di raccolta distante oltre quattro chilometri. "
                  "Il gestore del servizio, Val Sorvena Ambiente S.r.l., ha proposto di sperimentare nella frazione "
                  "la misurazione puntuale dei conferimenti del rifiuto indifferenziato.",
         fn=None,
         risultato="Apertura del nuovo centro di raccolta di via delle Fornaci a Bersiana e misurazione "
                   "sperimentale dei conferimenti di tutte le utenze della frazione, per applicare la tariffa "
                   "puntuale all'intero territorio comunale dal 2028.",
         fasi=[("consegna dei contenitori dotati di transponder", "marzo – aprile 2026"),
               ("apertura del centro di raccolta di via delle Fornaci", "giugno 2026"),
               ("misurazione sperimentale dei conferimenti", "luglio – dicembre 2026")],
         ind=[("percentuale di raccolta differenziata comunale", "72%"),
              ("utenze di Bersiana con conferimenti misurati", "95%")],
         portatori=["utenze domestiche e non domestiche", "Val Sorvena Ambiente S.r.l.", "Pro Loco di Bersiana"],
         personale=[("PREVITALI Marta", "istruttore tecnico")],
         scadenza="31/12/2026"),
    dict(code="OB.2026/09", ambito=3,
         title="Digitalizzazione dell'archivio delle pratiche edilizie 1975-2005",
         os="3.4 Governo del territorio e rigenerazione urbana",
         struttura="Area Urbanistica e Attività produttive – Edilizia privata",
         resp="arch. Silvia Cortinovis – incaricata di Elevata Qualificazione (EQ)",
         finalita="L'archivio cartaceo dell'edilizia privata conta circa 9.400 fascicoli conservati nei locali "
                  "seminterrati del municipio. Ogni anno arrivano in media 420 richieste di accesso agli atti, che "
                  "vengono evase in 41 giorni: la ricerca manuale dei fascicoli impegna stabilmente una persona per "
                  "due giorni alla settimana.",
         fn=None,
         risultato="Fascicoli edilizi dal 1975 al 2005 scansionati, indicizzati e consultabili dal personale e dai "
                   "professionisti, con richieste di accesso agli atti evase in non più di 20 giorni.",
         fasi=[("affidamento del servizio di scansione", "entro marzo 2026"),
               ("scansione e indicizzazione dei fascicoli", "aprile – novembre 2026"),
               ("consultazione on line per i professionisti", "da dicembre 2026")],
         ind=[("fascicoli digitalizzati", "6.000"),
              ("tempo medio di evasione delle richieste di accesso agli atti", "20 giorni")],
         portatori=["professionisti tecnici", "Ordine degli architetti e Collegio dei geometri della provincia",
                    "cittadini"],
         personale=[("BREMBATI Luca", "istruttore tecnico")],
         scadenza="31/12/2026"),
    dict(code="OB.2026/10", ambito=3,
         title="Variante al PGT per la rigenerazione dell'area ex Cartiera Sorvena",
         os="3.4 Governo del territorio e rigenerazione urbana",
         struttura="Area Urbanistica e Attività produttive – Urbanistica",
         resp="Incaricata EQ dell'Area Urbanistica e Attività produttive",
         finalita="L'area dell'ex cartiera, di circa 3,1 ettari lungo il torrente Sorvena, è dismessa dal 2011. Nel "
                  "2025 la proprietà ha presentato una proposta di recupero che prevede residenze, una residenza "
                  "sanitaria per anziani e un parco pubblico affacciato sul torrente.",
         fn=None,
         risultato="Adozione della variante al Piano di Governo del Territorio da parte del Consiglio comunale, con "
                   "la cessione al Comune del parco lungo il torrente e la bonifica dei terreni a carico "
                   "dell'operatore.",
         fasi=[("avvio del procedimento e valutazione ambientale strategica", "gennaio – aprile 2026"),
               ("conferenza di valutazione con gli enti", "maggio – luglio 2026"),
               ("adozione della variante in Consiglio comunale", "entro novembre 2026")],
         ind=[("adozione della variante", "delibera di adozione del Consiglio comunale")],
         portatori=["proprietà dell'area", "Regione Lombardia", "Provincia di Bergamo", "ARPA Lombardia",
                    "residenti del quartiere"],
         personale=None,
         scadenza="30/11/2026"),
    dict(code="OB.2026/11", ambito=3,
         title="Dehors e occupazioni di suolo pubblico: regolamento e procedura telematica",
         os="3.5 Commercio di vicinato e attività produttive",
         struttura="Area Urbanistica e Attività produttive – SUAP e Commercio",
         resp="arch. Silvia Cortinovis – incaricata di Elevata Qualificazione (EQ)",
         finalita="Le domande di occupazione di suolo pubblico per dehors, ponteggi e manifestazioni sono ancora "
                  "presentate in forma cartacea: nel 2025 sono state 236, con un tempo medio di rilascio della "
                  "concessione di 27 giorni. Il regolamento vigente non disciplina i dehors stagionali e le "
                  "strutture chiuse.",
         fn=None,
         risultato="Nuovo regolamento per i dehors e le occupazioni di suolo pubblico e domande presentate "
                   "esclusivamente tramite il portale del SUAP, con rilascio della concessione entro 15 giorni.",
         fasi=[("confronto con gli esercenti e le associazioni di categoria", "febbraio 2026"),
               ("approvazione del regolamento", "entro aprile 2026"),
               ("attivazione della procedura telematica", "dal 1° maggio 2026")],
         ind=[("domande presentate tramite il portale SUAP", "100%"),
              ("tempo medio di rilascio della concessione", "15 giorni")],
         portatori=["esercenti e pubblici esercizi", "associazioni di categoria", "imprese edili"],
         personale=[("ROTA Chiara", "istruttore amministrativo")],
         scadenza="31/12/2026"),
    dict(code="OB.2026/12", ambito=4,
         title="Servizio di assistenza domiciliare: azzeramento della lista d'attesa",
         os="4.1 Domiciliarità e sostegno alle persone fragili",
         struttura="Area Servizi alla persona – Servizi sociali",
         resp="Incaricato EQ dell'Area Servizi alla persona",
         finalita="Al 31 dicembre 2025 erano in lista d'attesa per il servizio di assistenza domiciliare 23 anziani "
                  "non autosufficienti, con un'attesa media di 70 giorni. Il servizio è gestito in appalto dalla "
                  "cooperativa sociale La Ginestra, il cui contratto scade nel mese di giugno 2026.",
         fn=None,
         risultato="Lista d'attesa azzerata e almeno 60 anziani assistiti a domicilio, con il nuovo affidamento del "
                   "servizio dal 1° luglio 2026 e un punto unico di accesso presso la sede dei servizi sociali.",
         fasi=[("procedura di affidamento del servizio", "febbraio – maggio 2026"),
               ("avvio del nuovo contratto", "1° luglio 2026"),
               ("apertura del punto unico di accesso", "settembre 2026")],
         ind=[("anziani assistiti a domicilio", "60"), ("anziani in lista d'attesa al 31 dicembre", "0")],
         portatori=["anziani e loro famiglie", "cooperativa sociale La Ginestra", "ATS di Bergamo",
                    "Ambito territoriale della Val Sorvena"],
         personale=[("SCOTTI Mirko", "assistente sociale"), ("CATTANEO Laura", "istruttore amministrativo")],
         scadenza="31/12/2026"),
    dict(code="OB.2026/13", ambito=4,
         title="Centro estivo comunale per bambini e ragazzi dai 6 ai 13 anni",
         os="4.2 Scuola, famiglie e giovani",
         struttura="Area Servizi alla persona – Istruzione e servizi scolastici",
         resp="dott. Matteo Sonzogni – incaricato di Elevata Qualificazione (EQ)",
         finalita="Nel 2025 il centro estivo organizzato dalle parrocchie ha accolto 110 iscritti e 38 domande sono "
                  "rimaste senza risposta. Le famiglie chiedono un servizio di almeno otto settimane, con orario "
                  "prolungato fino alle 17.30 e trasporto dalle frazioni.",
         fn=None,
         risultato="Centro estivo comunale di otto settimane presso il centro sportivo di via Manzoni, in "
                   "co-progettazione con gli enti del Terzo settore, con tariffe agevolate in base all'ISEE e "
                   "trasporto gratuito da Sorvenago Alta e da Bersiana.",
         fasi=[("co-progettazione con gli enti del Terzo settore", "febbraio – marzo 2026"),
               ("raccolta delle iscrizioni", "20 aprile – 15 maggio 2026"),
               ("svolgimento del centro estivo", "15 giugno – 7 agosto 2026")],
         ind=[("bambini e ragazzi iscritti", "150"), ("settimane di attività", "8")],
         portatori=["famiglie", "parrocchie di Sorvenago e di Bersiana", "enti del Terzo settore",
                    "Istituto comprensivo di Sorvenago"],
         personale=[("BONETTI Giulia", "istruttore amministrativo")],
         scadenza="31/08/2026"),
    dict(code="OB.2026/14", ambito=4,
         title="Biblioteca civica: aperture serali e prestito digitale",
         os="4.3 Cultura e partecipazione",
         struttura="Area Servizi alla persona – Cultura, biblioteca e sport",
         resp="Incaricato EQ dell'Area Servizi alla persona",
         finalita="La biblioteca civica è aperta 20 ore alla settimana, mai dopo le 18, e nel 2025 ha registrato "
                  "7.850 prestiti; la fascia di utenti tra i 18 e i 35 anni è quella che frequenta meno il "
                  "servizio, anche per l'orario di apertura.",
         fn=None,
         risultato="Apertura serale fino alle 22 il mercoledì e il venerdì, adesione al prestito digitale del "
                   "sistema bibliotecario della Val Sorvena e calendario di incontri con autori e gruppi di lettura.",
         fasi=[("nuovo orario con aperture serali", "dal 2 febbraio 2026"),
               ("attivazione del prestito digitale", "aprile 2026"),
               ("rassegna «Sorvenago legge»", "ottobre – novembre 2026")],
         ind=[("ore settimanali di apertura", "28 ore"), ("prestiti annui", "8.500")],
         portatori=["utenti della biblioteca", "scuole", "associazioni culturali",
                    "sistema bibliotecario della Val Sorvena"],
         personale=None,
         scadenza="31/12/2026"),
    dict(code="OB.2026/15", ambito=5,
         title="Sicurezza stradale davanti alle scuole e controlli della velocità",
         os="5.1 Sicurezza urbana e stradale",
         struttura="Area Polizia Locale",
         resp="comm. Walter Rottoli – Comandante, incaricato di Elevata Qualificazione (EQ)",
         finalita="Nel 2025 sul territorio comunale si sono verificati 37 incidenti stradali, 11 dei quali lungo la "
                  "ex strada provinciale 35 che attraversa il capoluogo; i genitori e l'Istituto comprensivo hanno "
                  "segnalato soste irregolari e velocità eccessive davanti ai plessi negli orari di ingresso e di "
                  "uscita.",
         fn=None,
         risultato="Presidio quotidiano degli ingressi delle tre scuole negli orari di entrata, più controlli della "
                   "velocità lungo la ex strada provinciale 35 e due corsi di educazione stradale per le classi "
                   "quinte della primaria.",
         fasi=[("presidi davanti ai plessi scolastici", "gennaio – giugno e settembre – dicembre 2026"),
               ("controlli della velocità con strumentazione omologata", "da marzo 2026"),
               ("corsi di educazione stradale nelle classi quinte", "aprile – maggio 2026")],
         ind=[("servizi di presidio davanti alle scuole", "300"),
              ("servizi di controllo della velocità", "90")],
         portatori=["alunni e famiglie", "Istituto comprensivo di Sorvenago", "automobilisti"],
         personale=[("SANDRINI Omar", "agente di Polizia Locale"), ("FACCHINETTI Sonia", "agente di Polizia Locale")],
         scadenza="31/12/2026"),
    dict(code="OB.2026/16", ambito=5,
         title="Aggiornamento del piano comunale di protezione civile",
         os="5.2 Protezione civile e prevenzione dei rischi",
         struttura="Area Tecnica – Protezione civile",
         resp="Incaricato EQ dell'Area Tecnica",
         finalita="Il piano vigente è stato approvato nel 2014 e non recepisce le nuove mappe di pericolosità "
                  "idraulica del torrente Sorvena né il rischio di frana sul versante di Sorvenago Alta. Il gruppo "
                  "comunale dei volontari di protezione civile conta oggi 28 iscritti.",
         fn=None,
         risultato="Piano di protezione civile aggiornato e approvato dal Consiglio comunale, presentato alla "
                   "popolazione in due assemblee pubbliche e verificato con un'esercitazione insieme al gruppo "
                   "comunale dei volontari.",
         fasi=[("aggiornamento degli scenari di rischio", "febbraio – maggio 2026"),
               ("approvazione in Consiglio comunale", "entro settembre 2026"),
               ("assemblee pubbliche ed esercitazione", "ottobre 2026")],
         ind=[("approvazione del piano aggiornato", "approvato"), ("esercitazioni con la popolazione", "1")],
         portatori=["popolazione", "gruppo comunale dei volontari di protezione civile", "Prefettura di Bergamo",
                    "Regione Lombardia"],
         personale=[("MAGONI Stefano", "istruttore tecnico")],
         scadenza="31/10/2026"),
]

S_ORG_HEAD = ["Area", "Servizi", "Incaricato EQ", "n. dipendenti"]
S_ORG_WIDTHS = [46, 62, 40, 22]          # 170 mm
S_ORG = [
    ("Area Affari generali e Servizi al cittadino",
     ["Segreteria e contratti", "Protocollo e archivio", "Servizi demografici, stato civile ed elettorale",
      "URP e comunicazione"], "dott.ssa Federica Bonzanni", 10),
    ("Area Economico-finanziaria",
     ["Ragioneria e bilancio", "Tributi", "Economato", "Personale"], "rag. Marco Pedrinelli", 7),
    ("Area Tecnica – Lavori pubblici e Ambiente",
     ["Lavori pubblici e manutenzioni", "Patrimonio", "Ecologia e ambiente", "Protezione civile"],
     "ing. Riccardo Ravasio", 9),
    ("Area Urbanistica e Attività produttive",
     ["Urbanistica", "Edilizia privata", "SUAP e Commercio"], "arch. Silvia Cortinovis", 4),
    ("Area Servizi alla persona",
     ["Servizi sociali", "Istruzione e servizi scolastici", "Cultura, biblioteca e sport"],
     "dott. Matteo Sonzogni", 6),
    ("Area Polizia Locale",
     ["Polizia stradale", "Polizia amministrativa e commerciale", "Notifiche"],
     "comm. Walter Rottoli (Comandante)", 5),
]


def s_staff_total() -> int:
    return sum(n for *_x, n in S_ORG)


# document flow: ("h1"|"h2"|"h3", text) ; ("p", text, footnote or None) ; ("schede", ambito) ; ("org",) ; ("total",)
S_FLOW = [
    ("h1", "Premessa"),
    ("p", "Il Piano Integrato di Attività e Organizzazione (PIAO) è il documento unico di programmazione e "
          "governance con il quale l'Amministrazione definisce, per il triennio 2026-2028, gli obiettivi di valore "
          "pubblico, gli obiettivi di performance, le misure per la prevenzione della corruzione e la trasparenza e "
          "la programmazione dell'organizzazione e del fabbisogno di personale. Il Piano è redatto secondo lo schema "
          "semplificato previsto per le amministrazioni con meno di cinquanta dipendenti.",
     "Decreto del Ministro per la pubblica amministrazione 30 giugno 2022, n. 132, art. 6."),
    ("p", "Il documento è coerente con il Documento Unico di Programmazione 2026-2028 e con il bilancio di "
          "previsione approvati dal Consiglio comunale nella seduta del 18 dicembre 2025; gli obiettivi operativi "
          "sono stati condivisi con gli incaricati di Elevata Qualificazione nel corso di due conferenze dei "
          "responsabili svoltesi nel mese di gennaio 2026.", None),
    ("h1", "SEZIONE 1 – SCHEDA ANAGRAFICA DELL'AMMINISTRAZIONE"),
    ("p", "Il Comune di Sorvenago conta 11.874 abitanti al 31 dicembre 2025 e si estende per 18,6 chilometri "
          "quadrati allo sbocco della Val Sorvena, ai piedi dei primi rilievi delle Prealpi bergamasche. Oltre al "
          "capoluogo comprende le frazioni di Sorvenago Alta e Bersiana.",
     "Fonte: elaborazione dell'Ufficio anagrafe sui dati dell'Anagrafe nazionale della popolazione residente "
     "(ANPR)."),
    ("p", "La Sindaca è Giovanna Ubiali, eletta nel giugno 2024; il Segretario comunale è il dott. Alberto Finazzi, "
          "che svolge anche le funzioni di Responsabile della prevenzione della corruzione e della trasparenza "
          "(RPCT). L'Ente non ha personale con qualifica dirigenziale: la gestione è affidata a sei incaricati di "
          "Elevata Qualificazione (EQ), la figura che il contratto collettivo nazionale del 16 novembre 2022 ha "
          "introdotto in sostituzione delle posizioni organizzative.",
     "Gli incarichi di EQ sono stati conferiti con decreto sindacale n. 4 del 30 dicembre 2025 e hanno durata "
     "fino al 31 dicembre 2026."),
    ("h1", "SEZIONE 2 – VALORE PUBBLICO, PERFORMANCE E ANTICORRUZIONE"),
    ("h2", "2.1 Valore pubblico"),
    ("p", "Il valore pubblico che l'Amministrazione intende generare nel triennio si concentra su tre dimensioni: "
          "servizi più semplici e digitali per cittadini e imprese, un territorio più curato e sostenibile, una "
          "comunità capace di sostenere le famiglie, gli anziani e le persone fragili.", None),
    ("p", "I dati di partenza al 31 dicembre 2025 sono i seguenti: il 46% delle istanze ai servizi comunali è stato "
          "presentato on line; la raccolta differenziata ha raggiunto il 68,2%; il tempo medio di pagamento delle "
          "fatture commerciali è stato di 41 giorni. Entro il 2028 l'Amministrazione si propone di portare al 75% "
          "le istanze presentate on line e al 76% la raccolta differenziata.", None),
    ("h2", "2.2 Performance – Schede degli obiettivi operativi 2026"),
    ("p", "Gli obiettivi operativi assegnati per il 2026 sono sedici, codificati da OB.2026/01 a OB.2026/16 e "
          "raggruppati nei cinque ambiti strategici del Documento Unico di Programmazione. Ogni obiettivo è "
          "descritto in una scheda che ne riporta la struttura responsabile, le finalità, il risultato atteso, il "
          "cronoprogramma, gli indicatori con il relativo target e la scadenza. Quando la voce RESPONSABILE indica "
          "soltanto il ruolo, il nominativo dell'incaricato di Elevata Qualificazione si ricava dalla tabella della "
          "struttura organizzativa riportata nella sottosezione 3.1.", None),
    ("schede", 1), ("schede", 2), ("schede", 3), ("schede", 4), ("schede", 5),
    ("h2", "2.3 Rischi corruttivi e trasparenza"),
    ("p", "La mappatura dei processi aggiornata nel 2025 comprende 58 processi, 8 dei quali valutati a rischio "
          "alto: gli affidamenti diretti di lavori e servizi, la concessione di contributi economici, i titoli "
          "edilizi in sanatoria e gli accertamenti tributari. Per il 2026 sono previsti il controllo successivo di "
          "regolarità amministrativa su un campione del 12% delle determinazioni, la rotazione degli operatori "
          "economici negli affidamenti sotto soglia e una giornata di formazione specifica per il personale "
          "dell'Area Tecnica e dell'Area Urbanistica e Attività produttive.", None),
    ("h1", "SEZIONE 3 – ORGANIZZAZIONE E CAPITALE UMANO"),
    ("h2", "3.1 Struttura organizzativa"),
    ("p", "La struttura organizzativa è articolata in sei Aree, a ciascuna delle quali è preposto un incaricato di "
          "Elevata Qualificazione; il Segretario comunale sovrintende allo svolgimento delle funzioni degli "
          "incaricati e ne coordina l'attività. La tabella riporta la situazione al 1° gennaio 2026.", None),
    ("org",),
    ("h2", "3.2 Organizzazione del lavoro agile"),
    ("p", "Nel 2025 hanno svolto la prestazione in modalità agile 9 dipendenti su 41. Dal 2026 il lavoro agile è "
          "consentito fino a 8 giorni al mese per le attività che non richiedono la presenza in sede, sulla base di "
          "un accordo individuale da sottoscrivere entro il 31 marzo 2026; ne sono esclusi il personale della "
          "Polizia Locale in servizio esterno e gli operai della squadra manutentiva.", None),
    ("h2", "3.3 Piano triennale dei fabbisogni di personale"),
    ("p", "Il piano triennale dei fabbisogni prevede nel 2026 l'assunzione di 1 istruttore tecnico da assegnare "
          "all'Area Tecnica entro il 1° luglio 2026 e di 1 agente di Polizia Locale entro il 30 settembre 2026; nel "
          "2027 è prevista la sostituzione di 1 istruttore amministrativo dei Servizi demografici che cesserà per "
          "pensionamento.", None),
    ("h1", "SEZIONE 4 – MONITORAGGIO"),
    ("p", "Il monitoraggio intermedio degli obiettivi operativi è svolto al 31 luglio 2026 sulla base delle "
          "relazioni degli incaricati di Elevata Qualificazione; la verifica finale del grado di raggiungimento "
          "spetta al Nucleo di valutazione, che la trasmette alla Giunta entro il 30 aprile 2027 insieme alla "
          "proposta di relazione sulla performance.",
     "Il Nucleo di valutazione opera in forma monocratica; il componente è la dott.ssa Loredana Pievani, nominata "
     "con decreto sindacale n. 7 del 14 marzo 2025."),
]

# =============================================================================================================
# Italian hyphenation (only lower-case words of 8+ letters; syllable rules; >= 3 letters on each side)
# =============================================================================================================
VOWELS = set("aeiouàèéìíòóùú")
ONSETS = {"bl", "br", "cl", "cr", "dr", "fl", "fr", "gl", "gr", "pl", "pr", "tr", "vr", "ch", "gh", "gn", "sb",
          "sc", "sd", "sf", "sg", "sl", "sm", "sn", "sp", "sq", "st", "sv", "sch", "scr", "spr", "str", "spl",
          "sbr", "sgr", "sfr", "scl"}
WORD_RE = re.compile(r"^([(«\"]*)([a-zàèéìíòóùú]+)([)»\".,;:!?]*)$")


def syllable_breaks(word: str) -> list[int]:
    """indices i (3 <= i <= len-3) where the lower-case word may be broken as word[:i] + '-' / word[i:]."""
    out = []
    n = len(word)
    i = 0
    groups = []                          # (start, end) of vowel groups
    while i < n:
        if word[i] in VOWELS:
            j = i
            while j < n and word[j] in VOWELS:
                j += 1
            groups.append((i, j))
            i = j
        else:
            i += 1
    for (_a, e1), (s2, _b) in zip(groups, groups[1:]):
        cl = word[e1:s2]
        if not cl:
            continue
        if len(cl) == 1 or cl in ONSETS:
            cut = e1
        else:
            k = next(k for k in range(1, len(cl)) if len(cl) - k == 1 or cl[k:] in ONSETS)
            cut = e1 + k
        if 3 <= cut <= n - 3:
            out.append(cut)
    return out


def hyphen_options(token: str) -> list[tuple[str, str]]:
    """(head-with-hyphen, tail) pairs for a token, longest head first; [] if the token is not hyphenatable."""
    m = WORD_RE.match(token)
    if not m or len(m.group(2)) < 8:
        return []
    pre, core, post = m.groups()
    return [(pre + core[:i] + "-", core[i:] + post) for i in reversed(syllable_breaks(core))]


def break_lines(text: str, width: float, measure, hyphenate: bool) -> list[tuple[str, bool]]:
    """greedy line breaking; -> [(line, ends_with_soft_hyphen)]."""
    words = text.split(" ")
    lines: list[tuple[str, bool]] = []
    cur = ""
    i = 0
    while i < len(words):
        w = words[i]
        cand = w if not cur else cur + " " + w
        if measure(cand) <= width:
            cur = cand
            i += 1
            continue
        if hyphenate:
            done = False
            for head, tail in hyphen_options(w):
                c2 = head if not cur else cur + " " + head
                if measure(c2) <= width:
                    lines.append((c2, True))
                    words[i] = tail
                    cur = ""
                    done = True
                    break
            if done:
                continue
        if not cur:                      # a single word wider than the line: put it alone
            lines.append((w, False))
            i += 1
            continue
        lines.append((cur, False))
        cur = ""
    if cur:
        lines.append((cur, False))
    return lines


def soft_join(lines: list[str]) -> str:
    """inverse of break_lines for hyphenated text (used by the checker and the records)."""
    out = ""
    for ln in lines:
        if out.endswith("-") and out[-2:-1].isalpha() and ln[:1].islower():
            out = out[:-1] + ln
        else:
            out = (out + " " + ln) if out else ln
    return out


# =============================================================================================================
# PDF builder
# =============================================================================================================
PAGE_W, PAGE_H = 210.0, 297.0
ML, MR = 22.0, 20.0
BODY_W = PAGE_W - ML - MR                  # 168 mm
TOP = 22.0
BOTTOM = 274.0                             # lowest y for body text (footnotes sit above it)
LH = 4.7                                   # body line height (9.5 pt)
FN_LH = 3.5                                # footnote line height (7.5 pt)


def s_obj(code: str) -> dict:
    return next(o for o in S_OBJ if o["code"] == code)


def s_ambito_of(code: str) -> str:
    n = s_obj(code)["ambito"]
    return next(h for k, h in S_AMBITI if k == n)


def s_title_line(o: dict) -> str:
    return f"{o['code']} – {o['title']}"


def s_fase_line(i: int, f: tuple[str, str]) -> str:
    return f"Fase {i} – {f[0]}: {f[1]}"


def s_ind_line(i: tuple[str, str]) -> str:
    return f"• {i[0]} – target 2026: {i[1]}"


def s_pers_line(p: tuple[str, str]) -> str:
    return f"{p[0]} – {p[1]}"


def _build_pdf_once(toc_pages: dict[str, int], stats: dict) -> tuple[bytes, dict[str, int]]:
    from fpdf import FPDF
    from fpdf.enums import Align, XPos, YPos
    from fpdf.line_break import TextLine

    class Doc(FPDF):
        def header(self):
            self.set_font("Helvetica", "", 7.5)
            self.set_text_color(90, 90, 90)
            self.set_xy(ML, 10)
            self.cell(BODY_W, 4, S_RUNNING, align="L")
            self.set_draw_color(150, 150, 150)
            self.line(ML, 15, PAGE_W - MR, 15)
            self.set_draw_color(0, 0, 0)
            self.set_text_color(0, 0, 0)

        def footer(self):
            self.set_font("Helvetica", "", 7.5)
            self.set_text_color(90, 90, 90)
            self.set_xy(ML, PAGE_H - 14)
            self.cell(BODY_W, 4, f"Pag. {self.page_no()} di {{nb}}", align="C")
            self.set_text_color(0, 0, 0)

        def jcell(self, w: float, h: float, text: str) -> None:
            """one fully justified line (word spacing), drawn as ONE text object."""
            text = self.normalize_text(text)
            frags = self._preload_font_styles(text, False)
            self._render_styled_text_line(
                TextLine(frags, text_width=0, number_of_spaces=text.count(" "), align=Align.J, height=h,
                         max_width=w, trailing_nl=False), h, 0, new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    pdf = Doc(orientation="P", format="A4", unit="mm")
    pdf.core_fonts_encoding = "windows-1252"
    pdf.set_margins(ML, TOP, MR)
    pdf.set_auto_page_break(False)
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_title("PIAO 2026-2028 - Comune di Sorvenago")
    pdf.set_author("Comune di Sorvenago - Segreteria generale")
    pdf.set_subject("Piano Integrato di Attivita e Organizzazione 2026-2028")
    pdf.set_creator("Microsoft Word per Comune di Sorvenago")
    pdf.set_producer("fresh31 make_plan.py")
    pdf.set_lang("it-IT")

    state = {"y": TOP, "fn": [], "fn_no": 0}
    heads: dict[str, int] = {}
    st = stats
    st.setdefault("hyphenated", [])
    st.setdefault("split_schede", [])
    st.setdefault("footnote_pages", [])

    def measure_fn(size, style=""):
        def m(s):
            pdf.set_font("Helvetica", style, size)
            return pdf.get_string_width(s)
        return m

    def fn_lines(text):
        return break_lines(text, BODY_W - 5, measure_fn(7.5), False)

    def fn_height(notes):
        if not notes:
            return 0.0
        return 3.0 + sum(len(fn_lines(t)) * FN_LH + 0.8 for _n, t in notes)

    def limit():
        return BOTTOM - fn_height(state["fn"])

    def flush_footnotes():
        notes = state["fn"]
        if not notes:
            return
        y = BOTTOM - fn_height(notes) + 1.0
        pdf.set_draw_color(0, 0, 0)
        pdf.line(ML, y, ML + 45, y)
        y += 2.0
        for no, text in notes:
            pdf.set_font("Helvetica", "", 5.5)
            pdf.set_xy(ML, y - 0.9)
            pdf.cell(4, 3, str(no))
            pdf.set_font("Helvetica", "", 7.5)
            for ln, _h in fn_lines(text):
                pdf.set_xy(ML + 4, y)
                pdf.cell(BODY_W - 4, FN_LH, ln)
                y += FN_LH
            y += 0.8
        st["footnote_pages"].append(pdf.page_no())
        state["fn"] = []

    def new_page():
        flush_footnotes()
        pdf.add_page()
        state["y"] = TOP

    def ensure(h):
        if state["y"] + h > limit():
            new_page()
            return True
        return False

    def draw_line(text, size=9.5, style="", x=ML, w=BODY_W, justify=False, h=LH):
        pdf.set_font("Helvetica", style, size)
        pdf.set_xy(x, state["y"])
        if justify:
            pdf.jcell(w, h, text)
        else:
            pdf.cell(w, h, text)
        state["y"] += h

    def paragraph(text, footnote=None, size=9.5, x=ML, w=BODY_W, after=2.2, tag=None):
        """justified, hyphenated paragraph; the footnote marker follows its last line."""
        lines = break_lines(text, w, measure_fn(size), True)
        for k, (ln, hy) in enumerate(lines):
            last = k == len(lines) - 1
            need = LH
            if last and footnote:
                need += fn_height(state["fn"] + [(0, footnote)]) - fn_height(state["fn"])
            if state["y"] + need > limit() or (hy and k + 1 < len(lines) and state["y"] + 2 * LH > limit()
                                                and not last):
                # never end a page on a hyphenated line: move it to the next page
                new_page()
            if hy:
                st["hyphenated"].append((ln, lines[k + 1][0], tag))
            draw_line(ln, size, "", x, w, justify=not last)
            if last and footnote:
                state["fn_no"] += 1
                no = state["fn_no"]
                state["fn"].append((no, footnote))
                pdf.set_font("Helvetica", "", size)
                xe = x + pdf.get_string_width(ln) + 0.3
                pdf.set_font("Helvetica", "", 6)
                pdf.set_xy(xe, state["y"] - LH - 1.0)
                pdf.cell(3, 3, str(no))
        state["y"] += after

    def heading(text, level):
        size, style, before, after = {1: (11.5, "B", 5, 2.5), 2: (10.5, "B", 3.5, 2), 3: (10, "BI", 3, 2)}[level]
        if level == 1 and state["y"] > TOP + 60:
            new_page()
        ensure(before + 6 + 3 * LH)
        state["y"] += before
        draw_line(text, size, style, h=6)
        state["y"] += after
        heads[text] = pdf.page_no()

    # ---------------------------------------------------------------- page 1: cover
    pdf.add_page()
    state["y"] = 55
    for text, size, style, after in S_COVER:
        pdf.set_font("Helvetica", style, size)
        pdf.set_xy(ML, state["y"])
        pdf.cell(BODY_W, size * 0.5, text, align="C")
        state["y"] += size * 0.5 + after
    # ---------------------------------------------------------------- page 2: index
    new_page()
    draw_line("INDICE", 12, "B", h=7)
    state["y"] += 4
    toc = []
    for item in S_FLOW:
        if item[0] in ("h1", "h2"):
            toc.append((item[0], item[1]))
        if item[0] == "schede":
            toc.append(("h3", next(h for k, h in S_AMBITI if k == item[1])))
    for lvl, text in toc:
        indent = {"h1": 0, "h2": 6, "h3": 12}[lvl]
        style = "B" if lvl == "h1" else ""
        num = str(toc_pages.get(text, 0))
        pdf.set_font("Helvetica", style, 9.5)
        room = BODY_W - indent - pdf.get_string_width(text + " " + " " + num)
        dots = "." * max(3, int(room / pdf.get_string_width(".")) - 1)
        line = f"{text} {dots} {num}"
        while pdf.get_string_width(line) > BODY_W - indent:
            dots = dots[:-1]
            line = f"{text} {dots} {num}"
        draw_line(line, 9.5, style, x=ML + indent, w=BODY_W - indent, h=5.6)
    # ---------------------------------------------------------------- body
    new_page()

    def label(text, first_value_h):
        if ensure(4.6 + first_value_h):
            return True
        return False

    def field_plain(lbl, values, size=9.5):
        """label on its own line + one or more left-aligned value lines (wrapped, not hyphenated)."""
        out = []
        for v in values:
            out += [ln for ln, _h in break_lines(v, BODY_W - 4, measure_fn(size), False)]
        moved = label(lbl, LH)
        draw_line(lbl, 8, "B", h=4.6)
        for ln in out:
            if state["y"] + LH > limit():
                new_page()
            draw_line(ln, size, "", x=ML + 4, w=BODY_W - 4)
        state["y"] += 1.2
        return moved

    def field_para(lbl, text, footnote, code):
        label(lbl, 2 * LH)
        draw_line(lbl, 8, "B", h=4.6)
        paragraph(text, footnote, x=ML + 4, w=BODY_W - 4, after=1.2, tag=code)

    def scheda(o):
        ensure(8 + 4.6 + 3 * LH)
        page0 = pdf.page_no()
        pdf.set_fill_color(228, 232, 238)
        pdf.rect(ML, state["y"], BODY_W, 7, style="F")
        state["y"] += 0.8
        draw_line(s_title_line(o), 10.5, "B", x=ML + 1.5, w=BODY_W - 3, h=5.4)
        state["y"] += 2.5
        field_plain("OBIETTIVO STRATEGICO", [o["os"]])
        field_plain("STRUTTURA RESPONSABILE", [o["struttura"]])
        field_plain("RESPONSABILE", [o["resp"]])
        field_para("FINALITÀ", o["finalita"], o["fn"], o["code"])
        field_para("RISULTATO ATTESO", o["risultato"], None, o["code"])
        field_plain("CRONOPROGRAMMA", [s_fase_line(i, f) for i, f in enumerate(o["fasi"], 1)])
        field_plain("INDICATORE DI RISULTATO", [s_ind_line(i) for i in o["ind"]])
        if o["portatori"]:
            field_plain("PORTATORI DI INTERESSE", [", ".join(o["portatori"])])
        if o["personale"]:
            field_plain("PERSONALE COINVOLTO", [s_pers_line(p) for p in o["personale"]])
        field_plain("SCADENZA", [o["scadenza"]])
        if pdf.page_no() != page0:
            st["split_schede"].append(o["code"])
        state["y"] += 4

    def org_table():
        widths = S_ORG_WIDTHS
        pad, lh = 1.2, 4.3

        def header():
            pdf.set_font("Helvetica", "B", 8.5)
            pdf.set_fill_color(215, 215, 215)
            x = ML
            for w, t in zip(widths, S_ORG_HEAD):
                pdf.set_xy(x, state["y"])
                pdf.cell(w, 6.5, t, border=1, fill=True, align="L")
                x += w
            state["y"] += 6.5

        ensure(6.5 + 2 * 4 * lh)
        draw_line("Tabella 1 – Struttura organizzativa al 1° gennaio 2026", 9, "B", h=5.5)
        state["y"] += 1
        header()
        for area, servizi, eq, n in S_ORG:
            cells = [[ln for ln, _h in break_lines(area, widths[0] - 2.4, measure_fn(8.5, "B"), False)],
                     servizi, [ln for ln, _h in break_lines(eq, widths[2] - 2.4, measure_fn(8.5), False)],
                     [str(n)]]
            hrow = max(len(c) for c in cells) * lh + 2 * pad
            if state["y"] + hrow > limit():
                new_page()
                header()
            x = ML
            for ci, (w, lines) in enumerate(zip(widths, cells)):
                pdf.rect(x, state["y"], w, hrow)
                for k, t in enumerate(lines):
                    pdf.set_font("Helvetica", "B" if ci == 0 else "", 8.5)
                    pdf.set_xy(x + 1.2, state["y"] + pad + k * lh)
                    pdf.cell(w - 2.4, lh, t, align="R" if ci == 3 else "L")
                x += w
            state["y"] += hrow
        # total row
        pdf.set_font("Helvetica", "B", 8.5)
        pdf.set_xy(ML, state["y"])
        pdf.cell(sum(widths[:3]), 6, "Totale dipendenti", border=1, align="R")
        pdf.cell(widths[3], 6, str(s_staff_total()), border=1, align="R")
        state["y"] += 6 + 2
        draw_line("Il Segretario comunale, dipendente del Ministero dell'Interno, non è compreso nel totale.", 8.5, "I")
        state["y"] += 3

    for item in S_FLOW:
        kind = item[0]
        if kind == "h1":
            heading(item[1], 1)
        elif kind == "h2":
            heading(item[1], 2)
        elif kind == "p":
            paragraph(item[1], item[2])
        elif kind == "schede":
            amb = next(h for k, h in S_AMBITI if k == item[1])
            heading(amb, 3)
            for o in S_OBJ:
                if o["ambito"] == item[1]:
                    scheda(o)
        elif kind == "org":
            org_table()
    flush_footnotes()
    st["pages"] = pdf.page_no()
    st["toc"] = dict(heads)
    return bytes(pdf.output()), heads


def build_pdf(stats: dict | None = None) -> bytes:
    """two passes: the second one writes the real page numbers into the index."""
    s1: dict = {}
    _b, heads = _build_pdf_once({}, s1)
    s2: dict = {}
    data, heads2 = _build_pdf_once(heads, s2)
    assert heads2 == heads, "index page numbers moved between passes"
    if stats is not None:
        stats.update(s2)
    return data


# =============================================================================================================
# 2. Città di Bregnasco (DOCX, nested tables)
# =============================================================================================================
B_ENTE = "Città di Bregnasco"
B_TITLE = [("CITTÀ DI BREGNASCO", "Title"), ("Provincia di Como", None),
           ("Piano Integrato di Attività e Organizzazione 2026-2028", "Subtitle"),
           ("Sottosezione 2.2 Performance – Obiettivi operativi 2026 e Sezione 3 Organizzazione e capitale umano",
            None),
           ("Approvato con deliberazione della Giunta comunale n. 22 del 10 febbraio 2026", None)]

B_INTRO = [
    "La Città di Bregnasco conta 21.306 abitanti al 31 dicembre 2025 e comprende, oltre al centro, le frazioni di "
    "Vallurasca e Cascina Ronchetta. Il Sindaco è Emanuele Tagliabue, rieletto nel maggio 2024; il Segretario "
    "generale è la dott.ssa Cristina Airoldi, che svolge anche le funzioni di Responsabile della prevenzione della "
    "corruzione e della trasparenza (RPCT).",
    "L'Ente è organizzato in tre Aree dirigenziali e nel Corpo di Polizia Locale. All'interno delle Aree i Servizi "
    "sono affidati a incaricati di Elevata Qualificazione (EQ), ai quali il dirigente delega la gestione degli "
    "obiettivi operativi del proprio Servizio.",
]
B_VALORE = [
    "Il valore pubblico atteso nel triennio riguarda la semplificazione dell'accesso ai servizi, la sicurezza "
    "degli edifici scolastici, la cura del verde urbano e il sostegno alle persone anziane che vivono sole.",
    "I dati di partenza al 31 dicembre 2025 sono i seguenti: il 58% delle istanze è stato presentato on line; la "
    "raccolta differenziata ha raggiunto il 74,6%; il tempo medio di pagamento delle fatture commerciali è stato "
    "di 22 giorni; nell'indagine di fine anno il 71% degli utenti si è dichiarato soddisfatto dei servizi "
    "comunali.",
]
B_PERF_INTRO = (
    "Gli obiettivi operativi 2026 sono tredici. Per ciascuna Area sono riportati in una tabella che indica il "
    "referente politico, il dirigente, il responsabile del Servizio incaricato di Elevata Qualificazione, la "
    "descrizione, il risultato atteso, gli indicatori con il target 2026 e i tempi di realizzazione. Gli obiettivi "
    "trasversali e quello del Corpo di Polizia Locale sono descritti in forma discorsiva al termine della "
    "sottosezione.")

# Areas of section 2.2: key, heading, outer header text, layout ("two" | "one"), cells
# A cell is ("obj", code) -> inner table; ("para", code) -> paragraphs with bold run-in labels inside the cell;
# ("note", text) -> a single note paragraph.
B_AREAS = [
    ("SG", "Obiettivi dell'Area Servizi generali e finanziari",
     "AREA SERVIZI GENERALI E FINANZIARI – Dirigente: dott. Paolo Ronzoni", "two",
     [[("obj", "SG.01"), ("obj", "SG.02")], [("obj", "SG.03"), ("obj", "SG.04")]]),
    ("ST", "Obiettivi dell'Area Servizi alla città",
     "AREA SERVIZI ALLA CITTÀ – Dirigente: arch. Giulia Sironi", "one",
     [[("obj", "ST.01")], [("obj", "ST.02")], [("obj", "ST.03")], [("para", "ST.04")]]),
    ("SP", "Obiettivi dell'Area Servizi alla persona",
     "AREA SERVIZI ALLA PERSONA – Dirigente: dott.ssa Marina Galbiati", "two",
     [[("obj", "SP.01"), ("obj", "SP.02")],
      [("obj", "SP.03"),
       ("note", "Nota. Il costo delle aperture serali dello spazio studio, stimato in 18.000 euro per il 2026, è "
                "coperto interamente da un contributo della Fondazione Ronchetta-Bregnasco, deliberato nel mese di "
                "dicembre 2025.")]]),
]
B_TRASV_HEAD = "Obiettivi trasversali e del Corpo di Polizia Locale"
B_TRASV_INTRO = (
    "I due obiettivi seguenti non sono assegnati a una sola Area: il primo coinvolge tutti i Servizi ed è "
    "coordinato dal Segretario generale, il secondo è assegnato al Corpo di Polizia Locale, che dipende "
    "funzionalmente dal Sindaco.")
B_TRASV = ["TR.01", "PL.01"]

# objective rows: (label, value or [values]); the first element is the title row "CODE – Titolo"
B_OBJ = {
    "SG.01": ("Sportello polifunzionale e servizi demografici su appuntamento", [
        ("Obiettivo strategico DUP", "1.1 – Una città che semplifica"),
        ("Referente politico", "Sindaco Emanuele Tagliabue"),
        ("Dirigente", "dott. Paolo Ronzoni"),
        ("Incaricato EQ", "dott.ssa Laura Cazzaniga"),
        ("Servizio", "Servizio Segreteria e Affari generali"),
        ("Descrizione", "Lo sportello polifunzionale riunirà in un unico punto di accesso anagrafe, protocollo e "
                        "URP, oggi distribuiti su due piani del municipio. Nel 2025 gli utenti allo sportello sono "
                        "stati circa 19.500 e l'attesa ha superato i 40 minuti nei pomeriggi di apertura. I lavori di "
                        "adeguamento dei locali al piano terra, per una spesa di 62.000 euro, si concluderanno nel "
                        "mese di marzo."),
        ("Risultato atteso", "sportello polifunzionale operativo, pratiche anagrafiche solo su appuntamento e "
                             "attesa media allo sportello non superiore a 15 minuti"),
        ("Indicatori", ["attesa media allo sportello – target 2026: 15 minuti",
                        "pratiche anagrafiche gestite su appuntamento – target 2026: 90%"]),
        ("Tempi", ["gennaio – marzo 2026: adeguamento dei locali al piano terra",
                   "aprile 2026: apertura dello sportello polifunzionale",
                   "maggio – dicembre 2026: monitoraggio dei tempi di attesa"]),
        ("Scadenza", "31 dicembre 2026"),
        ("Stakeholder", "cittadini, professionisti, associazioni"),
        ("Personale assegnato", "Sangalli Irene, Confalonieri Marco, Bonacina Sara"),
    ]),
    "SG.02": ("Lotta all'evasione IMU e riscossione coattiva delle entrate", [
        ("Obiettivo strategico DUP", "1.3 – Fisco equo e riscossione efficace"),
        ("Referente politico", "Vicesindaca Roberta Brenna, assessora al Bilancio e ai Tributi"),
        ("Dirigente", "dott. Paolo Ronzoni"),
        ("Responsabile EQ", "Incaricato EQ del Servizio Bilancio e Tributi"),
        ("Servizio", "Servizio Bilancio e Tributi"),
        ("Descrizione", "Il controllo riguarda le annualità IMU 2021 e 2022, per le quali l'Ufficio Tributi stima "
                        "circa 640 posizioni con versamenti omessi o parziali. La riscossione coattiva degli avvisi "
                        "non pagati sarà affidata in concessione a Lario Riscossioni S.p.A., individuata con gara nel "
                        "mese di novembre 2025."),
        ("Risultato atteso", "notifica degli avvisi di accertamento prima della decadenza dell'annualità 2021 e "
                             "riscossione di almeno 380.000 euro"),
        ("Indicatori", ["avvisi di accertamento notificati – target 2026: 600",
                        "somme riscosse da accertamento – target 2026: 380.000 euro"]),
        ("Tempi", ["gennaio – giugno 2026: controllo delle posizioni",
                   "entro il 30 novembre 2026: notifica degli avvisi relativi al 2021"]),
        ("Scadenza", "31 dicembre 2026"),
        ("Stakeholder", "contribuenti, CAF e professionisti, Lario Riscossioni S.p.A."),
        ("Personale assegnato", "Rigamonti Paolo, Viganò Chiara"),
    ]),
    "SG.03": ("Nuovo sistema di misurazione e valutazione della performance", [
        ("Obiettivo strategico DUP", "1.4 – Un'organizzazione che valorizza le persone"),
        ("Referente politico", "Sindaco Emanuele Tagliabue"),
        ("Dirigente", "dott. Paolo Ronzoni"),
        ("Incaricato EQ", "Incaricato EQ del Servizio Risorse umane e Organizzazione"),
        ("Servizio", "Servizio Risorse umane e Organizzazione"),
        ("Descrizione", "Il sistema di misurazione e valutazione vigente risale al 2019 e non distingue la "
                        "valutazione dei dirigenti da quella degli incaricati di Elevata Qualificazione. La revisione "
                        "sarà condotta con il supporto metodologico di Praxis Consulenza P.A. S.r.l. e sottoposta al "
                        "parere del Nucleo di valutazione nel mese di settembre."),
        ("Risultato atteso", "nuovo sistema di misurazione e valutazione della performance approvato dalla Giunta e "
                             "applicato alla valutazione dell'anno 2026"),
        ("Indicatori", ["approvazione del nuovo sistema – target 2026: entro il 31 ottobre 2026",
                        "dipendenti con obiettivi individuali assegnati – target 2026: 100%"]),
        ("Tempi", ["febbraio – giugno 2026: revisione del sistema con i dirigenti",
                   "settembre 2026: parere del Nucleo di valutazione",
                   "entro il 31 ottobre 2026: approvazione in Giunta"]),
        ("Scadenza", "31 ottobre 2026"),
        ("Stakeholder", "dipendenti, organizzazioni sindacali, Nucleo di valutazione"),
    ]),
    "SG.04": ("Protocollo informatico e conservazione digitale dei documenti", [
        ("Obiettivo strategico DUP", "1.1 – Una città che semplifica"),
        ("Referente politico", "Vicesindaca Roberta Brenna"),
        ("Dirigente", "dott. Paolo Ronzoni"),
        ("Responsabile", "dott.ssa Laura Cazzaniga"),
        ("Servizio", "Servizio Segreteria e Affari generali"),
        ("Descrizione", "Nel 2025 solo il 52% dei documenti protocollati è stato fascicolato elettronicamente e i "
                        "pacchetti di versamento al conservatore accreditato sono stati inviati una volta all'anno. Il "
                        "nuovo manuale di gestione documentale sarà adottato entro il mese di aprile."),
        ("Risultato atteso", "fascicolazione elettronica di tutti i documenti in entrata e versamento mensile in "
                             "conservazione"),
        ("Indicatori", ["documenti protocollati fascicolati elettronicamente – target 2026: 95%"]),
        ("Tempi", ["entro aprile 2026: adozione del manuale di gestione documentale",
                   "maggio – dicembre 2026: versamenti mensili in conservazione"]),
        ("Scadenza", "31 dicembre 2026"),
        ("Stakeholder", "uffici comunali, conservatore accreditato"),
        ("Personale assegnato", "Ghezzi Mara, Mapelli Anna"),
    ]),
    "ST.01": ("Adeguamento sismico della scuola secondaria di via Montegrappa", [
        ("Obiettivo strategico DUP", "2.1 – Scuole ed edifici pubblici sicuri"),
        ("Referente politico", "Assessore ai Lavori pubblici e all'Ambiente, Giorgio Ballabio"),
        ("Dirigente", "arch. Giulia Sironi"),
        ("Incaricato EQ", "ing. Andrea Perego"),
        ("Servizio", "Servizio Lavori pubblici e Manutenzioni"),
        ("Descrizione", "La verifica di vulnerabilità sismica del 2024 ha evidenziato un indice di rischio pari a "
                        "0,42 per il corpo palestra. L'intervento, del valore complessivo di 1.250.000 euro, è "
                        "finanziato per 900.000 euro dal Ministero dell'Istruzione e del Merito e per la parte "
                        "restante con avanzo di amministrazione; il cantiere sarà organizzato in due lotti per non "
                        "sospendere le lezioni."),
        ("Risultato atteso", "corpo palestra adeguato sismicamente e lavori del primo lotto conclusi prima "
                             "dell'avvio dell'anno scolastico 2026/2027"),
        ("Indicatori", ["avanzamento dei lavori del primo lotto – target 2026: 100%",
                        "indice di rischio sismico del corpo palestra dopo l'intervento – target 2026: almeno 0,80"]),
        ("Tempi", ["gennaio – marzo 2026: progettazione esecutiva",
                   "aprile – maggio 2026: affidamento dei lavori",
                   "giugno – agosto 2026: esecuzione del primo lotto"]),
        ("Scadenza", "31 agosto 2026"),
        ("Stakeholder", "studenti e famiglie, Istituto comprensivo Bregnasco Centro, Ministero dell'Istruzione e del "
                        "Merito"),
        ("Personale assegnato", "Spreafico Luca, Anzani Davide"),
    ]),
    "ST.02": ("Piano comunale del verde e messa a dimora di 500 alberi", [
        ("Obiettivo strategico DUP", "2.3 – Clima, verde e qualità dell'aria"),
        ("Referente politico", "Assessore Giorgio Ballabio"),
        ("Dirigente", "arch. Giulia Sironi"),
        ("Responsabile EQ", "Incaricato EQ del Servizio Ambiente e Verde pubblico"),
        ("Servizio", "Servizio Ambiente e Verde pubblico"),
        ("Descrizione", "Il censimento del patrimonio arboreo concluso nel 2025 conta 4.870 alberi su aree "
                        "pubbliche, 210 dei quali da abbattere per motivi di sicurezza. Le nuove piantumazioni "
                        "saranno realizzate con il contributo della Fondazione Comunitaria Brianza Verde, che ha messo "
                        "a disposizione 45.000 euro, e con le classi delle scuole primarie nella giornata nazionale "
                        "degli alberi del 21 novembre."),
        ("Risultato atteso", "piano comunale del verde approvato e 500 nuovi alberi messi a dimora nei parchi e "
                             "lungo i viali"),
        ("Indicatori", ["nuovi alberi messi a dimora – target 2026: 500",
                        "approvazione del piano del verde – target 2026: delibera del Consiglio comunale"]),
        ("Tempi", ["febbraio – maggio 2026: redazione del piano del verde",
                   "giugno 2026: approvazione in Consiglio comunale",
                   "ottobre – dicembre 2026: piantumazioni"]),
        ("Scadenza", "31 dicembre 2026"),
        ("Stakeholder", "cittadini, scuole primarie, Fondazione Comunitaria Brianza Verde, associazioni ambientaliste"),
    ]),
    "ST.03": ("Edilizia e SUAP: pratiche solo telematiche e tempi certi", [
        ("Obiettivo strategico DUP", "2.4 – Un territorio che attrae imprese"),
        ("Referente politico", "Sindaco Emanuele Tagliabue"),
        ("Dirigente", "arch. Giulia Sironi"),
        ("Incaricato EQ", "geom. Roberto Nava"),
        ("Servizio", "Servizio Urbanistica, Edilizia privata e SUAP"),
        ("Descrizione", "Nel 2025 lo Sportello unico per l'edilizia ha ricevuto 1.140 pratiche, il 18% delle quali "
                        "ancora via PEC, e il tempo medio di conclusione dei permessi di costruire è stato di 94 "
                        "giorni. Dal mese di giugno il portale regionale diventerà l'unico canale di presentazione."),
        ("Risultato atteso", "tutte le pratiche edilizie e SUAP presentate sul portale telematico e permessi di "
                             "costruire rilasciati in non più di 60 giorni"),
        ("Indicatori", ["pratiche presentate sul portale telematico – target 2026: 100%",
                        "tempo medio di rilascio dei permessi di costruire – target 2026: 60 giorni"]),
        ("Tempi", ["gennaio – maggio 2026: formazione dei professionisti e degli operatori",
                   "dal 1° giugno 2026: presentazione esclusivamente telematica"]),
        ("Scadenza", "31 dicembre 2026"),
        ("Stakeholder", "professionisti tecnici, imprese, associazioni di categoria"),
        ("Personale assegnato", "Terraneo Giulia"),
    ]),
    "ST.04": ("Manutenzione delle strade e ciclabile della Roggia Molgorana", [
        ("Referente politico", "Assessore Giorgio Ballabio"),
        ("Dirigente", "arch. Giulia Sironi"),
        ("Responsabile", "Incaricato EQ del Servizio Lavori pubblici e Manutenzioni"),
        ("Obiettivo strategico", "2.2 – Mobilità sicura e sostenibile"),
        ("Descrizione", "Il programma 2026 riguarda 7,5 chilometri di strade comunali e il completamento della pista "
                        "ciclabile tra la stazione ferroviaria e la frazione di Vallurasca, lungo la Roggia "
                        "Molgorana. L'importo dei lavori è di 780.000 euro; l'appalto sarà aggiudicato nel mese di "
                        "maggio e sulle strade di maggior traffico i lavori si svolgeranno in orario notturno."),
        ("Risultato atteso", "7,5 chilometri di strade riasfaltate e 1,8 chilometri di nuova pista ciclabile aperti "
                             "al pubblico"),
        ("Indicatori", "chilometri di strade riasfaltate – target 2026: 7,5; chilometri di pista ciclabile completati "
                       "– target 2026: 1,8"),
        ("Tempi", "entro maggio 2026: aggiudicazione dell'appalto; giugno – ottobre 2026: esecuzione dei lavori"),
        ("Scadenza", "31 ottobre 2026"),
        ("Stakeholder", "cittadini, ciclisti, residenti di Vallurasca"),
    ]),
    "SP.01": ("Dimissioni protette e assistenza domiciliare agli anziani soli", [
        ("Obiettivo strategico DUP", "3.1 – Nessuno resta solo"),
        ("Referente politico", "Assessora ai Servizi sociali e all'Istruzione, Patrizia Frigerio"),
        ("Dirigente", "dott.ssa Marina Galbiati"),
        ("Incaricato EQ", "Incaricata EQ del Servizio Politiche sociali"),
        ("Servizio", "Servizio Politiche sociali"),
        ("Descrizione", "Nel 2025 i reparti ospedalieri hanno segnalato 64 anziani residenti dimessi senza una rete "
                        "familiare adeguata. Il progetto è realizzato con l'Azienda sociosanitaria territoriale e con "
                        "la cooperativa sociale Il Quadrifoglio, che gestisce il servizio di assistenza domiciliare "
                        "fino al mese di dicembre 2027."),
        ("Risultato atteso", "presa in carico entro 72 ore dalla dimissione per tutti gli anziani segnalati e almeno "
                             "90 utenti seguiti dal servizio di assistenza domiciliare"),
        ("Indicatori", ["anziani presi in carico entro 72 ore dalla dimissione – target 2026: 100%",
                        "utenti del servizio di assistenza domiciliare – target 2026: 90"]),
        ("Tempi", ["gennaio – marzo 2026: protocollo operativo con l'Azienda sociosanitaria territoriale",
                   "da aprile 2026: presa in carico delle dimissioni protette"]),
        ("Scadenza", "31 dicembre 2026"),
        ("Stakeholder", "anziani e famiglie, Azienda sociosanitaria territoriale, cooperativa sociale Il Quadrifoglio, "
                        "medici di medicina generale"),
        ("Personale assegnato", "Rovelli Fabio, Sangiorgio Elena"),
    ]),
    "SP.02": ("Centro estivo comunale e servizi di pre e post scuola", [
        ("Obiettivo strategico DUP", "3.2 – Crescere a Bregnasco"),
        ("Referente politico", "Assessora Patrizia Frigerio"),
        ("Dirigente", "dott.ssa Marina Galbiati"),
        ("Incaricato EQ", "dott.ssa Valentina Longoni"),
        ("Servizio", "Servizio Istruzione, Sport e Tempo libero"),
        ("Descrizione", "Nel 2025 il centro estivo comunale ha accolto 240 bambini e ragazzi in sei settimane; la "
                        "gestione è affidata alla cooperativa sociale Arcobaleno Brianza, che nel 2026 aprirà un "
                        "secondo plesso nella frazione di Cascina Ronchetta. Le iscrizioni saranno raccolte on line "
                        "nel mese di aprile."),
        ("Risultato atteso", "centro estivo di sette settimane su due plessi con almeno 280 iscritti e servizio di "
                             "pre e post scuola in tutte le scuole primarie"),
        ("Indicatori", ["bambini e ragazzi iscritti al centro estivo – target 2026: 280",
                        "scuole primarie con servizio di pre e post scuola – target 2026: 3"]),
        ("Tempi", ["aprile 2026: iscrizioni on line",
                   "15 giugno – 31 luglio 2026: svolgimento del centro estivo",
                   "settembre 2026: avvio del pre e post scuola"]),
        ("Scadenza", "30 settembre 2026"),
        ("Stakeholder", "famiglie, cooperativa sociale Arcobaleno Brianza, Istituto comprensivo Bregnasco Centro"),
        ("Personale assegnato", "Pirovano Serena"),
    ]),
    "SP.03": ("Biblioteca civica: nuovi orari e spazio studio serale", [
        ("Obiettivo strategico DUP", "3.3 – Cultura diffusa"),
        ("Referente politico", "Assessore alla Cultura e alla Sicurezza, Marco Crippa"),
        ("Dirigente", "dott.ssa Marina Galbiati"),
        ("Responsabile", "Incaricato EQ del Servizio Cultura e Biblioteca"),
        ("Servizio", "Servizio Cultura e Biblioteca"),
        ("Descrizione", "La biblioteca civica è aperta 30 ore alla settimana e nel 2025 ha registrato 21.400 "
                        "prestiti. Lo spazio studio serale sarà gestito con i volontari del Servizio civile universale "
                        "e con l'associazione Amici della Biblioteca di Bregnasco."),
        ("Risultato atteso", "spazio studio aperto fino alle 23 dal lunedì al giovedì e 36 ore settimanali di "
                             "apertura del servizio di prestito"),
        ("Indicatori", ["ore settimanali di apertura – target 2026: 36",
                        "prestiti annui – target 2026: 23.000"]),
        ("Tempi", ["da febbraio 2026: nuovo orario di apertura",
                   "da ottobre 2026: apertura serale dello spazio studio"]),
        ("Scadenza", "31 dicembre 2026"),
        ("Stakeholder", "studenti universitari, utenti della biblioteca, associazione Amici della Biblioteca di "
                        "Bregnasco"),
        ("Personale assegnato", "Pirola Andrea"),
    ]),
    "TR.01": ("Parità di genere e benessere organizzativo", [
        ("Referente politico", "Sindaco Emanuele Tagliabue"),
        ("Coordinamento", "dott.ssa Cristina Airoldi, Segretario generale"),
        ("Responsabile", "Incaricato EQ del Servizio Risorse umane e Organizzazione"),
        ("Obiettivo strategico", "1.4 – Un'organizzazione che valorizza le persone"),
        ("Descrizione", "L'indagine sul benessere organizzativo svolta nel novembre 2025 ha raccolto 87 "
                        "questionari, con un indice medio di soddisfazione di 6,1 su 10; le criticità riguardano "
                        "soprattutto la conciliazione dei tempi di vita e di lavoro e la comunicazione interna."),
        ("Risultato atteso", "piano delle azioni positive 2026-2028 attuato e indice di benessere organizzativo di "
                             "almeno 6,8 su 10 nella rilevazione di fine anno"),
        ("Indicatori", "indice medio di benessere organizzativo – target 2026: 6,8; azioni positive avviate – target "
                       "2026: 5"),
        ("Tempi", "entro marzo 2026: approvazione del piano delle azioni positive; novembre 2026: nuova indagine sul "
                  "benessere organizzativo"),
        ("Scadenza", "31 dicembre 2026"),
        ("Stakeholder", "dipendenti, Comitato unico di garanzia, organizzazioni sindacali"),
    ]),
    "PL.01": ("Controlli stradali, videosorveglianza e presidio della stazione", [
        ("Referente politico", "Assessore Marco Crippa"),
        ("Responsabile", "comm. Daniele Ratti, Comandante della Polizia Locale"),
        ("Obiettivo strategico", "4.1 – Una città sicura"),
        ("Descrizione", "Nel 2025 si sono registrati 126 incidenti stradali, 48 dei quali con feriti, e le telecamere "
                        "di videosorveglianza attive sono 54. Il progetto prevede 20 nuove telecamere nell'area della "
                        "stazione ferroviaria, finanziate per 70.000 euro dal bando regionale per la sicurezza "
                        "urbana, e due postazioni fisse per il controllo della velocità in viale Lombardia."),
        ("Risultato atteso", "meno incidenti con feriti, 74 telecamere attive e presidio serale dell'area della "
                             "stazione nei fine settimana"),
        ("Indicatori", "incidenti stradali con feriti – target 2026: 40; telecamere di videosorveglianza attive – "
                       "target 2026: 74"),
        ("Tempi", "gennaio – aprile 2026: progetto e affidamento dell'impianto; maggio – settembre 2026: installazione "
                  "delle nuove telecamere"),
        ("Scadenza", "30 novembre 2026"),
        ("Stakeholder", "cittadini, pendolari, Prefettura di Como, Arma dei Carabinieri"),
        ("Personale assegnato", "Bonfanti Nicola, Riva Sonia"),
    ]),
}
B_ORDER = ["SG.01", "SG.02", "SG.03", "SG.04", "ST.01", "ST.02", "ST.03", "ST.04", "SP.01", "SP.02", "SP.03",
           "TR.01", "PL.01"]

# org chart: (area heading, [(label, value)], [(servizio heading, [(label, value)], [(ufficio, referente)])])
B_ORG_INTRO = [
    "Al 1° gennaio 2026 i dipendenti in servizio sono 112, oltre al Segretario generale. La struttura è articolata "
    "in tre Aree affidate a dirigenti a tempo indeterminato e nel Corpo di Polizia Locale; i Servizi sono affidati a "
    "nove incaricati di Elevata Qualificazione (EQ), ai quali si aggiunge il Comandante del Corpo. Per ciascun "
    "Ufficio è indicato il dipendente referente.",
]
B_ORG = [
    ("Area Servizi generali e finanziari", [("Dirigente", "dott. Paolo Ronzoni")], [
        ("Servizio Segreteria e Affari generali", [("Incaricato EQ", "dott.ssa Laura Cazzaniga")],
         [("Ufficio Protocollo e Archivio", "Mara Ghezzi"), ("Ufficio Contratti e Appalti", "Davide Sormani"),
          ("Ufficio Servizi demografici e Stato civile", "Irene Sangalli")]),
        ("Servizio Bilancio e Tributi", [("Incaricato EQ", "rag. Stefano Redaelli")],
         [("Ufficio Ragioneria ed Economato", "Paola Caglio"), ("Ufficio Tributi", "Simona Cattaneo")]),
        ("Servizio Risorse umane e Organizzazione", [("Incaricato EQ", "dott. Fabio Colzani")],
         [("Ufficio Personale", "Marta Lissoni")]),
    ]),
    ("Area Servizi alla città", [("Dirigente", "arch. Giulia Sironi")], [
        ("Servizio Lavori pubblici e Manutenzioni", [("Incaricato EQ", "ing. Andrea Perego")],
         [("Ufficio Progettazione e Opere pubbliche", "geom. Luca Spreafico"),
          ("Ufficio Manutenzioni e Patrimonio", "geom. Carlo Valtorta")]),
        ("Servizio Ambiente e Verde pubblico", [("Incaricato EQ", "dott. Luca Brivio")],
         [("Ufficio Ecologia e Rifiuti", "Francesca Tentori"), ("Ufficio Verde pubblico", "Matteo Ornaghi")]),
        ("Servizio Urbanistica, Edilizia privata e SUAP", [("Incaricato EQ", "geom. Roberto Nava")],
         [("Ufficio Edilizia privata", "geom. Giulia Terraneo"), ("Ufficio SUAP e Commercio", "Stefania Brambati")]),
    ]),
    ("Area Servizi alla persona", [("Dirigente", "dott.ssa Marina Galbiati")], [
        ("Servizio Politiche sociali", [("Incaricato EQ", "dott.ssa Elisa Bestetti")],
         [("Ufficio Anziani e Disabilità", "Fabio Rovelli"), ("Ufficio Minori e Famiglie", "Elena Sangiorgio")]),
        ("Servizio Istruzione, Sport e Tempo libero", [("Incaricato EQ", "dott.ssa Valentina Longoni")],
         [("Ufficio Scuola e Trasporti", "Serena Pirovano"), ("Ufficio Sport", "Alessio Mauriello")]),
        ("Servizio Cultura e Biblioteca", [("Incaricato EQ", "dott. Simone Cereda")],
         [("Ufficio Biblioteca", "Andrea Pirola"), ("Ufficio Cultura ed Eventi", "Chiara Lozza")]),
    ]),
    ("Corpo di Polizia Locale", [], [
        ("Comando", [("Incaricato EQ", "comm. Daniele Ratti, Comandante")],
         [("Ufficio Viabilità e Infortunistica", "vice comm. Nicola Bonfanti"),
          ("Ufficio Polizia amministrativa e Commercio", "Sonia Riva")]),
    ]),
]
B_ORG_PL_NOTE = "Il Corpo di Polizia Locale dipende funzionalmente dal Sindaco e non è assegnato a un'Area dirigenziale."

B_AGILE = (
    "Nel 2025 hanno lavorato in modalità agile 24 dipendenti. Dal 2026 il lavoro agile è consentito fino a 10 giorni "
    "al mese per le attività che non richiedono la presenza in sede, previo accordo individuale; sono esclusi il "
    "personale di sportello nei giorni di apertura al pubblico, gli operatori della Polizia Locale in servizio "
    "esterno e gli operai.")
B_FABBISOGNI = (
    "Per il 2026 sono previste 4 assunzioni a tempo indeterminato: 1 istruttore direttivo tecnico per il Servizio "
    "Lavori pubblici e Manutenzioni, 2 agenti di Polizia Locale e 1 assistente sociale da assegnare al Servizio "
    "Politiche sociali entro il 1° aprile 2026.")
B_FORMAZIONE = (
    "Il piano della formazione 2026 garantisce a ogni dipendente almeno 40 ore di formazione, con percorsi dedicati "
    "alla transizione digitale, al nuovo codice dei contratti pubblici e alla prevenzione della corruzione; la "
    "formazione obbligatoria in materia di anticorruzione si conclude entro il 30 novembre 2026.")


def b_code_area(code: str) -> str:
    for key, head, _hdr, _lay, rows in B_AREAS:
        for row in rows:
            for kind, val in row:
                if kind in ("obj", "para") and val == code:
                    return head
    return B_TRASV_HEAD


def b_form(code: str) -> str:
    """'inner' (inner table in an outer cell), 'cellpara' (paragraphs in an outer cell), 'body' (body paragraphs)"""
    for _k, _h, _hdr, _lay, rows in B_AREAS:
        for row in rows:
            for kind, val in row:
                if val == code:
                    return "inner" if kind == "obj" else "cellpara"
    return "body"


def b_title_line(code: str) -> str:
    return f"{code} – {B_OBJ[code][0]}"


def b_value_paragraphs(value) -> list[str]:
    return list(value) if isinstance(value, list) else [value]


def build_docx() -> bytes:
    import docx
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    d = docx.Document()
    cp = d.core_properties
    cp.author = "Città di Bregnasco – Servizio Risorse umane e Organizzazione"
    cp.last_modified_by = "Città di Bregnasco"
    cp.title = "PIAO 2026-2028 – Città di Bregnasco"
    cp.subject = "Piano Integrato di Attività e Organizzazione 2026-2028"
    cp.created = FIXED_DATE.replace(tzinfo=None)
    cp.modified = FIXED_DATE.replace(tzinfo=None)
    cp.revision = 7
    cp.keywords = "PIAO; performance; obiettivi operativi; struttura organizzativa"
    cp.comments = ""
    cp.category = ""
    cp.language = "it-IT"

    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2)
    sec.top_margin = sec.bottom_margin = Cm(2)
    sec.header.paragraphs[0].text = "Città di Bregnasco – PIAO 2026-2028"
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(10.5)

    def shade(cell, fill):
        tcPr = cell._tc.get_or_add_tcPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), fill)
        tcPr.append(shd)

    def single_paragraph(cell):
        """a (merged) cell reduced to one empty paragraph without runs"""
        ps = cell.paragraphs
        for p in ps[1:]:
            cell._tc.remove(p._p)
        for r in list(ps[0].runs):
            ps[0]._p.remove(r._r)
        return cell

    def para(text, justify=True, style=None):
        p = d.add_paragraph(text, style=style) if style else d.add_paragraph(text)
        if justify:
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        return p

    def runin(container_add, label, value, size=None):
        p = container_add()
        r = p.add_run(f"{label}:")
        r.bold = True
        r2 = p.add_run(f" {value}")
        if size:
            r.font.size = r2.font.size = size
        return p

    def inner_table(cell, code, width_cm):
        title, rows = B_OBJ[code]
        # drop the empty paragraph python-docx puts in a new cell: the cell starts with the inner table
        t = cell.add_table(rows=0, cols=2)
        first = cell.paragraphs[0]
        if not first.text and first._p.getnext() is not None:
            cell._tc.remove(first._p)
        t.style = "Table Grid"
        lw = 2.9 if width_cm < 10 else 3.6
        r0 = t.add_row().cells
        m = single_paragraph(r0[0].merge(r0[1]))
        run = m.paragraphs[0].add_run(b_title_line(code))
        run.bold = True
        run.font.size = Pt(10)
        shade(m, "D9E2F3")
        for label, value in rows:
            rc = t.add_row().cells
            rc[0].width, rc[1].width = Cm(lw), Cm(width_cm - lw)
            lr = rc[0].paragraphs[0].add_run(label)
            lr.bold = True
            lr.font.size = Pt(9)
            shade(rc[0], "F2F2F2")
            vals = b_value_paragraphs(value)
            for k, v in enumerate(vals):
                p = rc[1].paragraphs[0] if k == 0 else rc[1].add_paragraph()
                vr = p.add_run(v)
                vr.font.size = Pt(9)
        return t

    def cell_paragraphs(cell, code):
        title, rows = B_OBJ[code]
        p0 = cell.paragraphs[0]
        r = p0.add_run(b_title_line(code))
        r.bold = True
        for label, value in rows:
            runin(cell.add_paragraph, label, value, Pt(9.5))

    for text, style in B_TITLE:
        p = d.add_paragraph(text, style=style) if style else d.add_paragraph(text)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_heading("1. Scheda anagrafica dell'amministrazione", level=1)
    for t in B_INTRO:
        para(t)
    d.add_heading("2. Valore pubblico, performance e anticorruzione", level=1)
    d.add_heading("2.1 Valore pubblico", level=2)
    for t in B_VALORE:
        para(t)
    d.add_heading("2.2 Performance – Obiettivi operativi 2026", level=2)
    para(B_PERF_INTRO)
    for key, head, hdr, layout, rows in B_AREAS:
        d.add_heading(head, level=3)
        ncols = 2 if layout == "two" else 1
        outer = d.add_table(rows=1 + len(rows), cols=ncols)
        outer.style = "Table Grid"
        outer.alignment = WD_TABLE_ALIGNMENT.CENTER
        hc = single_paragraph(outer.cell(0, 0) if ncols == 1 else outer.cell(0, 0).merge(outer.cell(0, 1)))
        hr = hc.paragraphs[0].add_run(hdr)
        hr.bold = True
        shade(hc, "BDD7EE")
        cw = 17.0 / ncols
        for ri, row in enumerate(rows, 1):
            for ci, (kind, val) in enumerate(row):
                c = outer.cell(ri, ci)
                c.width = Cm(cw)
                if kind == "obj":
                    inner_table(c, val, cw - 0.4)
                elif kind == "para":
                    cell_paragraphs(c, val)
                else:
                    nr = c.paragraphs[0].add_run(val)
                    nr.italic = True
                    nr.font.size = Pt(9)
        d.add_paragraph()
    d.add_heading(B_TRASV_HEAD, level=3)
    para(B_TRASV_INTRO)
    for code in B_TRASV:
        title, rows = B_OBJ[code]
        p = d.add_paragraph()
        p.paragraph_format.space_before = Pt(8)
        p.add_run(b_title_line(code)).bold = True
        for label, value in rows:
            q = runin(d.add_paragraph, label, value)
            q.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            q.paragraph_format.left_indent = Cm(0.6)
    d.add_heading("2.3 Rischi corruttivi e trasparenza", level=2)
    para("La mappatura dei processi comprende 96 processi, 11 dei quali valutati a rischio alto. Il controllo "
         "successivo di regolarità amministrativa riguarda nel 2026 il 10% delle determinazioni dirigenziali; le "
         "misure sulla trasparenza sono integrate negli obiettivi SG.04 e TR.01.")
    d.add_heading("3. Organizzazione e capitale umano", level=1)
    d.add_heading("3.1 Struttura organizzativa", level=2)
    for t in B_ORG_INTRO:
        para(t)
    for area, alines, servizi in B_ORG:
        d.add_heading(area, level=3)
        for lb, v in alines:
            runin(d.add_paragraph, lb, v)
        if not alines:
            para(B_ORG_PL_NOTE)
        for serv, slines, uffici in servizi:
            d.add_heading(serv, level=4)
            for lb, v in slines:
                runin(d.add_paragraph, lb, v)
            for uff, ref in uffici:
                d.add_heading(uff, level=5)
                runin(d.add_paragraph, "Referente", ref)
    d.add_heading("3.2 Organizzazione del lavoro agile", level=2)
    para(B_AGILE)
    d.add_heading("3.3 Piano triennale dei fabbisogni di personale", level=2)
    para(B_FABBISOGNI)
    d.add_heading("3.4 Formazione del personale", level=2)
    para(B_FORMAZIONE)

    raw = io.BytesIO()
    d.save(raw)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(raw.getvalue())) as zin, \
            zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))
    return out.getvalue()


def build(stats: dict | None = None) -> dict[str, bytes]:
    return {PDF_NAME: build_pdf(stats), DOCX_NAME: build_docx()}


def main(argv: list[str]) -> None:
    out = Path(argv[1]) if len(argv) > 1 else DOCS
    out.mkdir(parents=True, exist_ok=True)
    st: dict = {}
    for name, data in build(st).items():
        (out / name).write_bytes(data)
        print(f"wrote {out / name} ({len(data)} bytes)")
    print(f"pdf: {st['pages']} pages; {len(st['hyphenated'])} hyphenated line ends; footnotes on pages "
          f"{st['footnote_pages']}; schede split across pages {st['split_schede']}")


if __name__ == "__main__":
    import sys
    main(sys.argv)
