"""Write the two FICTIONAL PIAO 2026-2028 documents of fresh32 into docs/.
All people, places, bodies, companies and figures are invented.

1. docs/cavrenzo_piao-2026-2028.md  (Comune di Cavrenzo, Provincia di Varese): a Markdown page EXPORTED FROM A WIKI /
   INTRANET (Wiki.js-style YAML front matter, breadcrumb, index of links, "Torna all'indice" links, a callout):
   * headings with '#'; a bold-label anagrafica list;
   * the performance objectives as WIDE PIPE TABLES, one per "Linea strategica", ONE OBJECTIVE PER ROW with the
     columns Codice | Obiettivo | Area/Settore | Responsabile | Indicatore | Target 2026 | Target 2027 |
     Target 2028 | Peso; several cells hold two values separated by '<br>' (two indicators with their targets, a
     note under the title);
   * a separate "Schede di dettaglio" section for 8 of the 14 objectives, with bold run-in labels
     (**Motivazione:**, **Risultato atteso:**, **Fasi:** as a numbered list "descrizione – periodo",
     **Stakeholder:**, **Personale coinvolto:** as a bullet list "Nome Cognome – ruolo", **Scadenza:**); one scheda
     has no "Personale coinvolto";
   * the org chart as a NESTED BULLET LIST Area -> Servizio -> Ufficio with "resp." / "ref." and titles (dott.,
     dott.ssa, arch., geom., rag., p.i., comm., sig.ra); several objectives give only a role in the Responsabile
     column ("Resp. Servizio Tributi"), whose name is in the org chart;
   * prose sections (valore pubblico, rischi corruttivi, lavoro agile, fabbisogni, formazione, monitoraggio) with
     figures inside sentences.
2. docs/sermadola_piao-2026-2028.pdf  (Comune di Sermadola, Provincia di Cremona), written with fpdf2 (core Helvetica,
   windows-1252), A4 LANDSCAPE:
   * running header and footer "Pagina X di Y" on every page;
   * the objectives as ONE RULED TABLE that runs over several pages: the header row is repeated at the top of every
     page, rows are allowed to break across pages (the rest of the row continues at the top of the next page under
     the repeated header), full-width "Linea strategica" rows group the objectives;
   * FOOTNOTES: a raised small marker number (text rise, fpdf2 char_vpos SUP) after a word in a table cell or a
     sentence, the note at the bottom of the same page above a short rule (amounts and dates that appear only there);
   * the Responsabile column mostly gives only the role ("Responsabile Settore Tecnico"); the names are in the
     two-column org table Settore | Responsabile (section 3.1);
   * a narrative section comparing years ("nel 2025 ... era del 61%, l'obiettivo 2026 è il 68%").

Deterministic: no randomness; the PDF has a pinned creation date and fpdf2 derives the /ID from the content; the
Markdown is plain UTF-8 text with '\n' line ends.

Run: /work/main/.venv/bin/python benchmarks/fresh32/make_plan.py [OUT_DIR]   (default OUT_DIR: docs/ next to this
file; needs fpdf2, in /work/main/.venv)
"""
from __future__ import annotations

import re
import sys
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
MD_NAME = "cavrenzo_piao-2026-2028.md"
PDF_NAME = "sermadola_piao-2026-2028.pdf"
FIXED_DATE = datetime(2026, 2, 18, 9, 0, 0, tzinfo=timezone.utc)

# =============================================================================================================
# 1. Comune di Cavrenzo (Markdown wiki export)
# =============================================================================================================
C_ENTE = "Comune di Cavrenzo"
C_SEGRETARIO = "dott. Franco Zanzottera"

C_FRONT = [
    "---",
    "title: PIAO 2026-2028 – Comune di Cavrenzo",
    "description: Piano Integrato di Attività e Organizzazione 2026-2028, testo approvato dalla Giunta comunale",
    "published: true",
    "date: 2026-02-16T09:12:44.000Z",
    "tags: piao, performance, anticorruzione, organizzazione, lavoro agile",
    "editor: markdown",
    "dateCreated: 2026-01-19T15:40:02.000Z",
    "---",
]
C_BREADCRUMB = ("> Intranet comunale › Segreteria generale › Documenti di programmazione › PIAO › "
                "**PIAO 2026-2028**")
C_CALLOUT = ("> **Nota per i redattori:** questa pagina riproduce il testo approvato con deliberazione della Giunta "
             "comunale n. 14 del 29 gennaio 2026. Le modifiche vanno concordate con la Segreteria generale; la "
             "versione firmata digitalmente è pubblicata in Amministrazione trasparente.")

C_ANAG = [
    ("Denominazione", "Comune di Cavrenzo"),
    ("Provincia", "Varese"),
    ("Abitanti al 31 dicembre 2025", "9.418 (4.611 maschi e 4.807 femmine)"),
    ("Superficie", "11,6 km²"),
    ("Frazioni", "Boscalina, Ca' Merlina"),
    ("Sindaco", "Roberto Gianoli (eletto nel giugno 2024)"),
    ("Segretario comunale e RPCT", "dott. Franco Zanzottera"),
    ("Dipendenti in servizio al 1° gennaio 2026", "36, di cui 3 a tempo parziale"),
    ("PEC", "protocollo@pec.comune.cavrenzo.va.it"),
]

C_VALORE = [
    "Il Comune di Cavrenzo intende generare Valore pubblico lungo quattro dimensioni: semplificazione e servizi "
    "digitali, sostenibilità ambientale, coesione sociale e sicurezza. Per ciascuna dimensione il piano indica il "
    "valore di partenza e il risultato atteso alla fine del triennio 2026-2028.",
    "Nel 2025 i cambi di residenza presentati on line sono stati il 27% del totale (erano il 12% nel 2023); entro "
    "il 2028 si punta al 65%. Il nuovo sito istituzionale, finanziato con 80.000 euro del PNRR, dovrà ospitare 80 "
    "schede servizio entro il 2028.",
    "Sul fronte ambientale la raccolta differenziata è salita dal 69,8% del 2024 al 71,4% del 2025; l'obiettivo è "
    "l'80% nel 2028, con l'estensione della tariffa puntuale a tutto il territorio a partire dal 2027.",
    "Nell'ambito sociale gli anziani seguiti dal servizio pasti a domicilio sono passati da 33 nel 2024 a 41 nel "
    "2025; la spesa comunale per i servizi sociali ha raggiunto 1.280.000 euro, pari al 19% della spesa corrente.",
    "Per la sicurezza urbana, nel 2025 sono stati denunciati 37 furti in abitazione (erano 44 nel 2024); il piano "
    "prevede di portare le telecamere attive da 19 a 40 entro il 2028.",
]

C_LINES = [
    (1, "Linea strategica 1 – Cavrenzo semplice e digitale"),
    (2, "Linea strategica 2 – Conti in ordine ed equità fiscale"),
    (3, "Linea strategica 3 – Territorio curato e sostenibile"),
    (4, "Linea strategica 4 – Una comunità che si prende cura"),
    (5, "Linea strategica 5 – Sicurezza e legalità"),
]

# code, linea, title, title_note (after <br>, or None), area, resp, indicators [(name, t26, t27, t28)], peso
C_OBJ = [
    dict(code="CV.01", linea=1, title="Residenza on line e certificati anagrafici digitali", note=None,
         area="Area Affari generali – Servizi demografici", resp="Resp. Servizi demografici",
         ind=[("Cambi di residenza presentati on line", "45%", "55%", "65%"),
              ("Tempo medio di registrazione della residenza", "2 giorni", "2 giorni", "1 giorno")], peso="8%"),
    dict(code="CV.02", linea=1, title="Fascicolo informatico e conservazione digitale a norma", note=None,
         area="Area Affari generali – Segreteria e Protocollo", resp="dott.ssa Marta Besozzi",
         ind=[("Documenti protocollati inseriti in un fascicolo informatico", "70%", "85%", "100%")], peso="7%"),
    dict(code="CV.03", linea=1, title="Nuovo sito istituzionale accessibile e servizi on line", note=None,
         area="Area Affari generali – Servizi informativi e Transizione digitale", resp="p.i. Andrea Maffioli",
         ind=[("Schede servizio pubblicate sul nuovo sito", "40", "60", "80")], peso="6%"),
    dict(code="CV.04", linea=2, title="Bonifica della banca dati IMU e accertamento delle aree edificabili",
         note="_obiettivo pluriennale 2026-2027_",
         area="Area Finanziaria – Tributi", resp="Resp. Servizio Tributi",
         ind=[("Posizioni IMU verificate", "420", "300", "–"),
              ("Avvisi di accertamento emessi", "150", "100", "–")], peso="9%"),
    dict(code="CV.05", linea=2, title="Tempestività dei pagamenti ai fornitori", note=None,
         area="Area Finanziaria – Ragioneria ed Economato", resp="rag. Gianluca Vanetti",
         ind=[("Tempo medio di pagamento delle fatture (giorni)", "27", "25", "25"),
              ("Indicatore annuale di ritardo dei pagamenti", "negativo", "negativo", "negativo")], peso="6%"),
    dict(code="CV.06", linea=3, title="Riqualificazione del centro sportivo di via dei Gelsomini",
         note="_intervento cofinanziato da Regione Lombardia_",
         area="Area Tecnica – Lavori pubblici e Manutenzioni", resp="geom. Luca Broggini",
         ind=[("Avanzamento dei lavori (SAL)", "60%", "100%", "–")], peso="9%"),
    dict(code="CV.07", linea=3, title="Piano pluriennale di asfaltature e rifacimento dei marciapiedi", note=None,
         area="Area Tecnica – Lavori pubblici e Manutenzioni", resp="Responsabile Area Tecnica",
         ind=[("Km di strade riasfaltate", "3,5", "4", "4"),
              ("Metri di marciapiedi rifatti", "600", "800", "800")], peso="7%"),
    dict(code="CV.08", linea=3, title="Tariffa puntuale: sperimentazione nella frazione Boscalina", note=None,
         area="Area Tecnica – Ecologia e Ambiente", resp="geom. Sara Tamborini",
         ind=[("Raccolta differenziata comunale", "74%", "77%", "80%"),
              ("Utenze con contenitore dotato di transponder", "650", "4.100", "4.300")], peso="8%"),
    dict(code="CV.09", linea=3, title="Digitalizzazione dell'archivio delle pratiche edilizie", note=None,
         area="Area Tecnica – Edilizia privata, Urbanistica e SUAP", resp="arch. Davide Piccinelli",
         ind=[("Pratiche edilizie scansionate e indicizzate", "2.500", "5.000", "7.800")], peso="6%"),
    dict(code="CV.10", linea=4, title="«Pronto anziani»: pasti a domicilio e telesoccorso", note=None,
         area="Area Servizi alla persona – Servizi sociali", resp="Resp. Area Servizi alla persona",
         ind=[("Anziani seguiti dal servizio", "60", "70", "80"),
              ("Pasti consegnati a domicilio", "9.000", "10.000", "11.000")], peso="8%"),
    dict(code="CV.11", linea=4, title="Biblioteca aperta: orario serale e letture per la fascia 0-6 anni", note=None,
         area="Area Servizi alla persona – Istruzione, Cultura e Biblioteca", resp="dott. Pietro Caravati",
         ind=[("Ore di apertura settimanali", "30", "32", "32"),
              ("Prestiti annui", "14.000", "15.000", "16.000")], peso="6%"),
    dict(code="CV.12", linea=4, title="Mensa scolastica: nuovo capitolato con prodotti locali e biologici", note=None,
         area="Area Servizi alla persona – Istruzione, Cultura e Biblioteca",
         resp="Resp. Servizio Istruzione, Cultura e Biblioteca",
         ind=[("Pasti con prodotti biologici o a filiera corta", "40%", "50%", "60%"),
              ("Famiglie soddisfatte del servizio (questionario)", "75%", "78%", "80%")], peso="6%"),
    dict(code="CV.13", linea=5, title="Videosorveglianza e presidio serale del territorio", note=None,
         area="Corpo di Polizia Locale", resp="comm. Walter Bianchessi",
         ind=[("Telecamere attive", "28", "34", "40"),
              ("Ore di pattugliamento serale", "400", "450", "500")], peso="8%"),
    dict(code="CV.14", linea=5, title="Controlli interni e misure alternative alla rotazione degli incarichi",
         note=None, area="Segreteria generale", resp="Segretario comunale",
         ind=[("Atti sottoposti a controllo successivo", "10%", "10%", "12%"),
              ("Dipendenti formati su anticorruzione e trasparenza", "36", "36", "36")], peso="6%"),
]

# detail pages: motivazione, risultato, fasi [(descrizione, periodo)], stakeholder (list), personale
# [(Nome Cognome, ruolo)] or None (field missing), scadenza
C_SCHEDE = {
    "CV.01": dict(
        motivazione="Nel 2025 l'ufficio anagrafe ha registrato 412 cambi di residenza e di abitazione, ma solo il "
                    "27% è stato presentato on line tramite l'ANPR; molti cittadini si presentano ancora allo "
                    "sportello anche per certificati che potrebbero scaricare da soli.",
        risultato="Almeno il 45% dei cambi di residenza presentati on line nel 2026, una postazione assistita allo "
                  "sportello e una guida illustrata pubblicata sul sito.",
        fasi=[("Pubblicazione della guida illustrata sul sito", "entro febbraio 2026"),
              ("Attivazione della postazione assistita allo sportello", "marzo 2026"),
              ("Campagna informativa con le scuole e le associazioni", "aprile-maggio 2026"),
              ("Monitoraggio trimestrale delle pratiche presentate on line", "da giugno 2026")],
        stakeholder=["cittadini residenti", "nuovi residenti", "associazioni di volontariato",
                     "Prefettura di Varese"],
        personale=[("Laura Bonvicini", "istruttore amministrativo, ufficiale d'anagrafe"),
                   ("Elisa Mazzucchelli", "istruttore amministrativo"),
                   ("Simone Ossola", "operatore esperto di sportello")],
        scadenza="31/12/2026"),
    "CV.03": dict(
        motivazione="Il sito attuale, realizzato nel 2016, non rispetta le linee guida sull'accessibilità e non "
                    "consente di avviare on line i procedimenti più richiesti. Il Comune ha ottenuto 80.000 euro "
                    "dall'avviso PNRR Misura 1.4.1 «Esperienza del cittadino nei servizi pubblici», da "
                    "rendicontare entro il 30 settembre 2026.",
        risultato="Nuovo sito conforme al modello nazionale dei siti comunali, con almeno 40 schede servizio "
                  "pubblicate e la verifica tecnica prevista dall'avviso PNRR superata.",
        fasi=[("Affidamento del servizio di migrazione dei contenuti", "gennaio 2026"),
              ("Redazione delle schede servizio con le Aree", "febbraio-maggio 2026"),
              ("Pubblicazione del nuovo sito", "entro giugno 2026"),
              ("Asseverazione e rendicontazione sulla piattaforma PA digitale 2026", "entro il 30 settembre 2026")],
        stakeholder=["cittadini", "imprese", "Dipartimento per la trasformazione digitale",
                     "fornitore del servizio di migrazione"],
        personale=[("Marco Ghiringhelli", "istruttore informatico"),
                   ("Paola Speroni", "istruttore amministrativo, redazione web")],
        scadenza="30/09/2026"),
    "CV.04": dict(
        motivazione="Il confronto tra la banca dati IMU e il catasto ha fatto emergere 720 posizioni non allineate, "
                    "in gran parte aree edificabili del PGT 2019 dichiarate con valori inferiori a quelli "
                    "deliberati. Il mancato gettito stimato è di circa 85.000 euro all'anno.",
        risultato="Banca dati allineata al catasto e al PGT, avvisi di accertamento emessi per le annualità dal "
                  "2021 al 2024 e valori di riferimento delle aree edificabili aggiornati.",
        fasi=[("Estrazione e incrocio delle banche dati", "gennaio-marzo 2026"),
              ("Verifica delle prime 420 posizioni", "aprile-settembre 2026"),
              ("Emissione degli avvisi di accertamento per l'annualità 2021", "entro il 30 novembre 2026"),
              ("Verifica delle restanti 300 posizioni", "2027")],
        stakeholder=["contribuenti", "proprietari di aree edificabili", "CAF e professionisti",
                     "Agenzia delle Entrate – Territorio"],
        personale=[("Sonia Rimoldi", "istruttore contabile"),
                   ("Matteo Carabelli", "istruttore amministrativo contabile")],
        scadenza="31/12/2027"),
    "CV.06": dict(
        motivazione="Gli spogliatoi del centro sportivo risalgono al 1987, la copertura in fibrocemento della "
                    "tribuna deve essere bonificata e il campo in erba naturale non regge più le oltre 30 ore "
                    "settimanali di utilizzo delle società sportive.",
        risultato="Nuovi spogliatoi, bonifica della copertura della tribuna e campo in erba sintetica omologato, "
                  "per un investimento complessivo di 1.150.000 euro, di cui 700.000 di contributo regionale.",
        fasi=[("Progetto esecutivo e validazione", "entro marzo 2026"),
              ("Gara e aggiudicazione dei lavori", "aprile-giugno 2026"),
              ("Primo lotto: spogliatoi e tribuna", "luglio 2026-gennaio 2027"),
              ("Secondo lotto: campo in erba sintetica", "entro giugno 2027")],
        stakeholder=["società sportive", "istituto comprensivo", "residenti di via dei Gelsomini",
                     "Regione Lombardia"],
        personale=[("Nicoletta Guidali", "istruttore direttivo tecnico"),
                   ("Stefano Sartorio", "istruttore tecnico")],
        scadenza="30/06/2027"),
    "CV.08": dict(
        motivazione="Nel 2025 la raccolta differenziata si è fermata al 71,4% e il secco residuo è stato di 118 kg "
                    "per abitante, sopra la media provinciale. La frazione Boscalina, con 650 utenze, è stata "
                    "scelta per la sperimentazione perché è servita da un unico giro di raccolta.",
        risultato="Misurazione dei conferimenti del secco con contenitori dotati di transponder, riduzione del "
                  "secco residuo del 20% nella frazione e regolamento per la tariffa puntuale su tutto il "
                  "territorio dal 2027.",
        fasi=[("Consegna dei contenitori con transponder", "marzo-aprile 2026"),
              ("Assemblee pubbliche con i residenti", "aprile 2026"),
              ("Sperimentazione e misurazione dei conferimenti", "maggio-dicembre 2026"),
              ("Approvazione del regolamento della tariffa puntuale", "entro dicembre 2026")],
        stakeholder=["utenze domestiche e non domestiche di Boscalina", "gestore del servizio di igiene urbana",
                     "Consulta comunale per l'ambiente"],
        personale=[("Alessia Pellegatta", "istruttore tecnico"),
                   ("Roberta Gorla", "istruttore amministrativo")],
        scadenza="31/12/2026"),
    "CV.10": dict(
        motivazione="Gli ultrasettantacinquenni residenti sono 1.046 e 312 di loro vivono soli. Nel 2025 il "
                    "servizio pasti ha seguito 41 anziani con 6.800 pasti consegnati, mentre 14 richieste sono "
                    "rimaste in lista d'attesa per mancanza di personale nei fine settimana.",
        risultato="Consegna dei pasti sette giorni su sette, telesoccorso gratuito per gli anziani soli con ISEE "
                  "inferiore a 15.000 euro e azzeramento della lista d'attesa.",
        fasi=[("Nuova convenzione con l'associazione di volontariato per la consegna", "entro febbraio 2026"),
              ("Estensione della consegna al sabato e alla domenica", "da marzo 2026"),
              ("Attivazione di 25 apparecchi di telesoccorso", "aprile-giugno 2026"),
              ("Verifica della soddisfazione degli utenti", "novembre 2026")],
        stakeholder=["anziani soli e loro familiari", "associazione Amici di Ca' Merlina",
                     "medici di medicina generale", "Ufficio di Piano dell'ambito"],
        personale=[("Irene Colombini", "assistente sociale"),
                   ("Daniela Orrigoni", "istruttore amministrativo"),
                   ("Fabio Frattini", "operatore, autista del servizio pasti")],
        scadenza="31/12/2026"),
    "CV.11": dict(
        motivazione="La biblioteca è aperta 24 ore alla settimana, solo in orario diurno, e nel 2025 ha registrato "
                    "12.300 prestiti; gli studenti universitari e i lavoratori chiedono un'apertura serale, le "
                    "famiglie con bambini piccoli un'offerta dedicata.",
        risultato="Apertura serale il martedì e il giovedì fino alle 22.00, 30 ore settimanali complessive e un "
                  "ciclo mensile di letture per bambini da 0 a 6 anni con i pediatri del territorio.",
        fasi=[("Riorganizzazione dei turni e accordo con l'associazione Libri in Piazza", "gennaio-febbraio 2026"),
              ("Avvio delle aperture serali", "da marzo 2026"),
              ("Ciclo di letture per la fascia 0-6 anni", "ottobre 2026-maggio 2027")],
        stakeholder=["studenti universitari", "lavoratori", "famiglie con bambini da 0 a 6 anni",
                     "pediatri di libera scelta", "associazione Libri in Piazza"],
        personale=None,
        scadenza="31/05/2027"),
    "CV.13": dict(
        motivazione="Le 19 telecamere installate tra il 2016 e il 2019 coprono solo il centro e la stazione; nel "
                    "2025 sono stati denunciati 37 furti in abitazione, 15 dei quali nelle frazioni, e i residenti "
                    "chiedono una presenza serale della Polizia Locale.",
        risultato="Nove nuove telecamere con lettura targhe ai varchi di accesso al paese, collegamento con la "
                  "centrale operativa dei Carabinieri e due pattuglie serali alla settimana da aprile a ottobre.",
        fasi=[("Aggiornamento del regolamento comunale di videosorveglianza", "entro marzo 2026"),
              ("Installazione delle telecamere di lettura targhe", "aprile-luglio 2026"),
              ("Pattugliamenti serali", "aprile-ottobre 2026")],
        stakeholder=["residenti", "commercianti del centro", "Stazione dei Carabinieri", "Prefettura di Varese"],
        personale=[("Giorgio Montalbetti", "vice commissario"),
                   ("Chiara Lucchina", "agente di polizia locale"),
                   ("Luca Stucchi", "agente di polizia locale")],
        scadenza="31/10/2026"),
}

# org chart: (label, text, children)
C_ORG = [
    ("Segretario comunale", "dott. Franco Zanzottera (RPCT, coordinamento dei Responsabili di Area)", []),
    ("Area Affari generali", "resp. dott.ssa Marta Besozzi (EQ)", [
        ("Segreteria, Protocollo e Messi", "resp. dott.ssa Marta Besozzi", [
            ("Ufficio Protocollo e Messi notificatori", "ref. sig. Paolo Zibetti", [])]),
        ("Servizi demografici, Stato civile ed Elettorale", "resp. sig.ra Angela Realini", []),
        ("Servizi informativi e Transizione digitale", "resp. p.i. Andrea Maffioli", []),
    ]),
    ("Area Finanziaria", "resp. rag. Gianluca Vanetti (EQ)", [
        ("Ragioneria ed Economato", "resp. rag. Gianluca Vanetti", []),
        ("Servizio Tributi", "resp. dott.ssa Federica Tettamanti", []),
        ("Servizio Personale", "resp. dott.ssa Lorena Cassinelli", []),
    ]),
    ("Area Tecnica", "resp. arch. Davide Piccinelli (EQ)", [
        ("Lavori pubblici e Manutenzioni", "resp. geom. Luca Broggini", [
            ("Squadra operai", "ref. sig. Mauro Bulgheroni, capo operaio", [])]),
        ("Edilizia privata, Urbanistica e SUAP", "resp. arch. Davide Piccinelli", []),
        ("Ecologia e Ambiente", "resp. geom. Sara Tamborini", []),
    ]),
    ("Area Servizi alla persona", "resp. dott.ssa Valeria Crugnola (EQ)", [
        ("Servizi sociali", "resp. dott.ssa Valeria Crugnola", [
            ("Segretariato sociale e assistenza domiciliare", "ref. dott.ssa Irene Colombini, assistente sociale",
             [])]),
        ("Servizio Istruzione, Cultura e Biblioteca", "resp. dott. Pietro Caravati", []),
    ]),
    ("Corpo di Polizia Locale", "Comandante comm. Walter Bianchessi (EQ)", [
        ("Ufficio Verbali e Contenzioso", "ref. ag. sc. Monica Ferrazzi", []),
    ]),
]

C_RISCHI = [
    "La mappatura aggiornata comprende 62 processi: 11 sono classificati a rischio alto, 23 a rischio medio e 28 a "
    "rischio basso. I processi a rischio alto riguardano soprattutto gli affidamenti di lavori, servizi e "
    "forniture, i titoli edilizi, gli accertamenti tributari e l'erogazione di contributi economici.",
    "Nel 2025 il controllo successivo di regolarità amministrativa ha riguardato 57 atti, pari all'8% di quelli "
    "adottati, e ha prodotto 3 rilievi, tutti superati entro 30 giorni. È pervenuta 1 segnalazione di "
    "whistleblowing, archiviata dopo l'istruttoria. Per il 2026 la percentuale di atti controllati sale al 10%.",
    "Poiché le dimensioni dell'Ente non consentono la rotazione ordinaria dei Responsabili, si applicano misure "
    "alternative: segregazione delle funzioni tra istruttoria e adozione dell'atto, doppia firma sugli affidamenti "
    "diretti superiori a 40.000 euro e sorteggio dei componenti delle commissioni di gara.",
]
C_AGILE = [
    "Al 31 dicembre 2025 gli accordi individuali di lavoro agile erano 11 su 36 dipendenti; per il 2026 l'obiettivo "
    "è arrivare a 14 accordi. Ciascun dipendente può svolgere al massimo 8 giorni di lavoro agile al mese, con "
    "fascia di contattabilità dalle 9.30 alle 12.30.",
    "Sono esclusi dal lavoro agile gli agenti di polizia locale, gli operai della squadra esterna e il personale di "
    "sportello nei giorni di apertura al pubblico. Nel 2025 sono stati consegnati 9 computer portatili; altri 5 "
    "saranno acquistati entro aprile 2026 con una spesa di 4.600 euro.",
]
C_FABB = [
    "Nel 2026 sono previste l'assunzione di 1 istruttore tecnico per l'Area Tecnica, da luglio 2026, e di 1 agente "
    "di polizia locale; nel 2027 la sostituzione di 1 istruttore amministrativo contabile che cesserà dal servizio "
    "per pensionamento il 31 marzo 2027. La spesa di personale prevista per il 2026 è di 1.412.000 euro, entro il "
    "limite di legge.",
]
C_FORM = [
    "Il budget della formazione per il 2026 è di 9.500 euro (erano 7.800 nel 2025). Ogni dipendente dovrà svolgere "
    "almeno 24 ore di formazione nel 2026; nel 2025 la media è stata di 16 ore per dipendente.",
    "Il corso annuale su anticorruzione e trasparenza è obbligatorio per tutti e deve essere completato entro il 30 "
    "aprile 2026. Nel 2025 28 dipendenti su 36 hanno completato almeno un corso sulla piattaforma Syllabus.",
]
C_MONIT = [
    "Il monitoraggio intermedio degli obiettivi di performance è fissato al 31 luglio 2026 e quello finale al 28 "
    "febbraio 2027; i Responsabili di Area trasmettono i dati al Segretario comunale, che predispone il referto "
    "per la Giunta. La Relazione sulla performance è validata dal Nucleo di valutazione entro il 30 giugno 2027.",
]


def c_line_title(n: int) -> str:
    return dict(C_LINES)[n]


def c_obj(code: str) -> dict:
    return next(o for o in C_OBJ if o["code"] == code)


def c_row(o: dict) -> str:
    title = o["title"] + (f"<br>{o['note']}" if o["note"] else "")
    cells = [o["code"], title, o["area"], o["resp"],
             "<br>".join(i[0] for i in o["ind"]), "<br>".join(i[1] for i in o["ind"]),
             "<br>".join(i[2] for i in o["ind"]), "<br>".join(i[3] for i in o["ind"]), o["peso"]]
    return "| " + " | ".join(cells) + " |"


C_TABLE_HEAD = ["| Codice | Obiettivo | Area/Settore | Responsabile | Indicatore | Target 2026 | Target 2027 | "
                "Target 2028 | Peso |",
                "|:-------|:----------|:-------------|:-------------|:-----------|:-----------:|:-----------:|"
                ":-----------:|:----:|"]


def c_scheda_heading(code: str) -> str:
    return f"### Scheda di dettaglio – {code} {c_obj(code)['title']}"


def slug(s: str) -> str:
    s = s.lower()
    s = re.sub(r"[^\w\s-]", "", s)
    return re.sub(r"\s+", "-", s.strip())


def build_md() -> bytes:
    out: list[str] = list(C_FRONT) + [""]
    out += [C_BREADCRUMB, "", "# Piano Integrato di Attività e Organizzazione 2026-2028", "",
            "**Comune di Cavrenzo** – Provincia di Varese", "", C_CALLOUT, ""]
    toc = ["1. Scheda anagrafica dell'amministrazione", "2.1 Valore pubblico", "2.2 Obiettivi di performance",
           "Schede di dettaglio", "2.3 Rischi corruttivi e trasparenza", "3.1 Struttura organizzativa",
           "3.2 Organizzazione del lavoro agile", "3.3 Piano triennale dei fabbisogni di personale",
           "3.4 Formazione del personale", "4. Monitoraggio"]
    out += ["## Indice", ""]
    out += [f"- [{t}](#{slug(t)})" for t in toc] + [""]
    out += ["## 1. Scheda anagrafica dell'amministrazione", ""]
    out += [f"- **{k}:** {v}" for k, v in C_ANAG] + [""]
    out += ["# 2. Valore pubblico, performance e anticorruzione", "", "## 2.1 Valore pubblico", ""]
    for p in C_VALORE:
        out += [p, ""]
    out += ["## 2.2 Obiettivi di performance", "",
            "Gli obiettivi sono assegnati ai Responsabili di Area e di Servizio con il Piano esecutivo di gestione "
            "2026. Il peso indica il contributo di ciascun obiettivo alla valutazione della performance "
            "organizzativa dell'Ente (totale 100%). Per alcuni obiettivi è disponibile una scheda di dettaglio "
            "più sotto.", ""]
    for n, lt in C_LINES:
        out += [f"### {lt}", ""] + C_TABLE_HEAD
        out += [c_row(o) for o in C_OBJ if o["linea"] == n]
        out += [""]
    out += ["[↑ Torna all'indice](#indice)", "", "## Schede di dettaglio", ""]
    for code, s in C_SCHEDE.items():
        out += [c_scheda_heading(code), ""]
        out += [f"**Motivazione:** {s['motivazione']}", "", f"**Risultato atteso:** {s['risultato']}", "",
                "**Fasi:**", ""]
        out += [f"{i}. {d} – {t}" for i, (d, t) in enumerate(s["fasi"], 1)] + [""]
        out += [f"**Stakeholder:** {', '.join(s['stakeholder'])}", ""]
        if s["personale"] is not None:
            out += ["**Personale coinvolto:**", ""]
            out += [f"- {n} – {r}" for n, r in s["personale"]] + [""]
        out += [f"**Scadenza:** {s['scadenza']}", "", "[↑ Torna alla tabella](#22-obiettivi-di-performance)", ""]
    out += ["## 2.3 Rischi corruttivi e trasparenza", ""]
    for p in C_RISCHI:
        out += [p, ""]
    out += ["# 3. Organizzazione e capitale umano", "", "## 3.1 Struttura organizzativa", "",
            "Organigramma al 1° gennaio 2026 (deliberazione della Giunta comunale n. 6 del 20 gennaio 2026). Le "
            "Aree sono affidate a incaricati di Elevata Qualificazione (EQ).", ""]

    def org(items, depth):
        for label, text, kids in items:
            lab = f"**{label}**" if depth == 0 else label
            out.append("  " * depth + f"- {lab} – {text}")
            org(kids, depth + 1)
    org(C_ORG, 0)
    out += [""]
    out += ["## 3.2 Organizzazione del lavoro agile", ""]
    for p in C_AGILE:
        out += [p, ""]
    out += ["## 3.3 Piano triennale dei fabbisogni di personale", ""]
    for p in C_FABB:
        out += [p, ""]
    out += ["## 3.4 Formazione del personale", ""]
    for p in C_FORM:
        out += [p, ""]
    out += ["# 4. Monitoraggio", ""]
    for p in C_MONIT:
        out += [p, ""]
    out += ["---", "", "_Ultima modifica: 16/02/2026 da Segreteria generale (revisione 7)._", ""]
    return "\n".join(out).encode("utf-8")


# =============================================================================================================
# 2. Comune di Sermadola (PDF, landscape, table across pages, footnotes)
# =============================================================================================================
S_ENTE = "Comune di Sermadola"
S_RUNNING = "Comune di Sermadola (CR) – Piano Integrato di Attività e Organizzazione 2026-2028"

# footnotes in order of appearance; markers in texts are written "[[n]]"
S_NOTES = {
    1: "Dato provvisorio comunicato dal gestore Padana Ecoservizi S.r.l. il 20 gennaio 2026.",
    2: "Nel 2025 le somme accertate per IMU e TARI sono state pari a € 104.600,00, di cui € 61.300,00 già riscosse "
       "al 31 dicembre 2025.",
    3: "Finanziamento PNRR – Missione 4, Componente 1, Investimento 1.3 di € 180.000,00 per la nuova palestra; la "
       "quota a carico del bilancio comunale è di € 45.000,00.",
    4: "Contributo di Regione Lombardia di € 250.000,00 assegnato con decreto del 3 novembre 2025; il costo "
       "complessivo dell'opera è stimato in € 310.000,00.",
    5: "Progetto cofinanziato dalla Fondazione Padana per il Sociale con € 24.000,00 per il biennio 2026-2027.",
    6: "Incarichi di Elevata Qualificazione conferiti con decreto sindacale n. 2 dell'8 gennaio 2026, con durata "
       "fino al 31 dicembre 2026.",
    7: "Regolamento per il lavoro agile approvato con deliberazione della Giunta comunale n. 88 del 14 novembre "
       "2024.",
}

S_COVER = [("COMUNE DI SERMADOLA", 20, "B", 9), ("Provincia di Cremona", 12, "", 18),
           ("PIANO INTEGRATO DI ATTIVITÀ E ORGANIZZAZIONE", 16, "B", 7), ("2026 – 2028", 16, "B", 12),
           ("Sezione 2 – Valore pubblico, performance e anticorruzione", 11, "", 6),
           ("Sezione 3 – Organizzazione e capitale umano", 11, "", 20),
           ("Approvato con deliberazione della Giunta comunale n. 11 del 12 febbraio 2026", 10, "I", 0)]

S_ANAG = [
    "Il Comune di Sermadola conta 6.205 abitanti al 31 dicembre 2025 e comprende, oltre al capoluogo, le frazioni "
    "di Gandorla e Pioltina. La Sindaca è Lucia Ardigò; il Segretario comunale è la dott.ssa Carla Bodini, che è "
    "anche Responsabile della prevenzione della corruzione e della trasparenza (RPCT).",
    "Al 1° gennaio 2026 i dipendenti in servizio sono 27, distribuiti in sei Settori affidati a incaricati di "
    "Elevata Qualificazione (EQ).",
]

# narrative paragraphs: list of (bold lead-in or None, text)
S_VALORE = [
    (None, "Il Valore pubblico che il Comune di Sermadola intende generare nel triennio 2026-2028 è misurato con "
           "pochi indicatori di impatto, confrontati con i valori registrati negli anni precedenti."),
    ("Semplificazione e digitale.", "Nel 2025 gli incassi dei servizi a domanda tramite pagoPA erano il 52% del "
     "totale (41% nel 2024); l'obiettivo 2026 è il 70% e il 95% nel 2028. I documenti in entrata protocollati in "
     "formato digitale erano il 62% nel 2025; l'obiettivo 2026 è l'85%."),
    ("Imprese.", "Nel 2025 la percentuale di pratiche SUAP concluse nei termini era del 61%, l'obiettivo 2026 è il "
     "68%, fino al 75% nel 2028."),
    ("Ambiente.", "La raccolta differenziata è passata dal 66,8% del 2024 al 69,3% del 2025[[1]]; l'obiettivo 2026 "
     "è il 72%. La spesa per l'energia dell'illuminazione pubblica, 142.000 euro nel 2025, dovrà ridursi di almeno "
     "il 40% alla fine dell'intervento di conversione a LED."),
    ("Persone.", "Gli utenti attivi della biblioteca sono passati da 1.140 nel 2024 a 1.310 nel 2025; l'obiettivo "
     "per il 2026 è di 1.400 utenti. Gli anziani soli contattati periodicamente erano 52 nel 2025; l'obiettivo "
     "2026 è di 80."),
    ("Bilancio.", "Il tempo medio di pagamento delle fatture commerciali è sceso da 38 giorni nel 2024 a 33 giorni "
     "nel 2025; il traguardo per il 2026 è di 30 giorni."),
]

S_LINES = [
    (1, "Linea strategica 1 – Un Comune digitale e vicino ai cittadini"),
    (2, "Linea strategica 2 – Bilancio solido e fisco equo"),
    (3, "Linea strategica 3 – Territorio sicuro, scuole e ambiente"),
    (4, "Linea strategica 4 – Persone, famiglie e scuola"),
    (5, "Linea strategica 5 – Sicurezza e legalità"),
]

# code, linea, title (may end with a footnote marker), descr (finalità; may end with a marker), risultato,
# resp, indicatore, t26, t27, t28, scadenza
S_OBJ = [
    dict(code="OP.01", linea=1, title="Protocollo informatico unico e gestione documentale digitale",
         descr="Nel 2025 il 38% della corrispondenza in entrata è arrivato ancora su carta ed è stato scansionato "
               "a mano dall'ufficio protocollo; i tre registri di protocollo dei Settori saranno unificati nel "
               "nuovo gestionale documentale e le PEC saranno assegnate direttamente agli uffici competenti.",
         risultato="Un solo protocollo informatico per tutto l'Ente, fascicolazione digitale delle pratiche e "
                   "manuale di gestione documentale aggiornato entro il 30 giugno 2026.",
         resp="Responsabile Settore Affari generali e Servizi demografici",
         ind="Documenti in entrata protocollati e assegnati in formato digitale", t=("85%", "95%", "100%"),
         scadenza="31/12/2026"),
    dict(code="OP.02", linea=1, title="Pagamenti con pagoPA per mensa, trasporto scolastico e lampade votive",
         descr="Le rette della mensa e del trasporto scolastico e il canone delle lampade votive sono ancora "
               "riscossi in buona parte con bollettini postali e versamenti allo sportello della tesoreria. Nel "
               "2025 gli incassi tramite pagoPA hanno rappresentato il 52% del totale di questi servizi.",
         risultato="Avvisi di pagamento pagoPA inviati per posta elettronica e tramite l'app IO a tutte le famiglie "
                   "iscritte ai servizi, con riconciliazione automatica degli incassi in contabilità.",
         resp="Responsabile Settore Economico-finanziario e Tributi",
         ind="Incassi dei servizi a domanda tramite pagoPA sul totale", t=("70%", "85%", "95%"),
         scadenza="31/12/2026"),
    dict(code="OP.03", linea=1, title="Monitoraggio dei tempi dei procedimenti e aggiornamento di Amministrazione "
                                      "trasparente",
         descr="Il monitoraggio del 2025 ha riguardato soltanto 22 procedimenti sui 64 censiti e in 5 casi il tempo "
               "medio di conclusione ha superato il termine di legge. La sottosezione «Attività e procedimenti» del "
               "sito istituzionale non è aggiornata dal 2023.",
         risultato="Tutti i procedimenti censiti pubblicati con responsabile, termine e tempo medio effettivo; "
                   "report semestrale alla Giunta e al Nucleo di valutazione.",
         resp="Segretario comunale",
         ind="Procedimenti monitorati e pubblicati", t=("45", "64", "64"), scadenza="31/12/2026"),
    dict(code="OP.04", linea=2, title="Accertamenti IMU e TARI e riscossione coattiva delle entrate",
         descr="L'incrocio tra le banche dati catastali, anagrafiche e delle utenze ha individuato 215 posizioni IMU "
               "e 140 posizioni TARI da verificare per le annualità dal 2021 al 2024. La riscossione coattiva, "
               "finora affidata all'agente nazionale, sarà gestita con ingiunzioni emesse direttamente "
               "dall'Ente.[[2]]",
         risultato="Verifica di tutte le posizioni individuate, avvisi di accertamento emessi entro i termini di "
                   "decadenza e prime ingiunzioni fiscali entro il 30 novembre 2026.",
         resp="Responsabile Settore Economico-finanziario e Tributi",
         ind="Somme accertate (euro)", t=("120.000", "100.000", "90.000"), scadenza="30/11/2026"),
    dict(code="OP.05", linea=2, title="Revisione delle concessioni degli immobili comunali e degli impianti "
                                      "sportivi",
         descr="Sette immobili comunali, tra cui la palestra di Gandorla e l'ex scuola elementare di Pioltina, sono "
               "concessi ad associazioni con convenzioni scadute o prive di un canone aggiornato; le utenze sono in "
               "parte ancora intestate al Comune, che nel 2025 ha sostenuto per esse una spesa di 38.400 euro.",
         risultato="Nuove convenzioni con canone, riparto delle spese e obblighi di manutenzione ordinaria a carico "
                   "dei concessionari, previo avviso pubblico.",
         resp="Responsabile Settore Territorio e Attività produttive",
         ind="Convenzioni rinnovate", t=("4", "7", "7"), scadenza="31/12/2027"),
    dict(code="OP.06", linea=3, title="Adeguamento sismico e nuova palestra della scuola primaria di via Argine "
                                      "Vecchio[[3]]",
         descr="L'edificio scolastico, costruito nel 1968 e frequentato da 176 alunni, non soddisfa i requisiti "
               "sismici emersi dalla verifica di vulnerabilità del 2023; la palestra attuale, di 210 metri "
               "quadrati, non consente le attività motorie previste dal curricolo.",
         risultato="Miglioramento sismico dell'edificio e nuova palestra di 480 metri quadrati, con lavori "
                   "organizzati per lotti in modo da non sospendere le lezioni.",
         resp="Responsabile Settore Tecnico",
         ind="Avanzamento dei lavori", t=("40%", "100%", "–"), scadenza="30/04/2027"),
    dict(code="OP.07", linea=3, title="Messa in sicurezza del ponte sulla roggia Gandorla[[4]]",
         descr="Il ponte di via dei Mulini, che collega il capoluogo alla frazione Gandorla, presenta fessurazioni "
               "nelle spalle e il distacco del copriferro; dal 12 settembre 2025 è in vigore il limite di 3,5 "
               "tonnellate, che impedisce il passaggio dello scuolabus e dei mezzi agricoli.",
         risultato="Consolidamento delle spalle e dell'impalcato, nuovo parapetto e rimozione del limite di carico "
                   "alla fine dei lavori.",
         resp="Responsabile Settore Tecnico",
         ind="Stato di avanzamento dell'intervento", t=("progetto esecutivo e gara", "lavori conclusi", "–"),
         scadenza="31/03/2027"),
    dict(code="OP.08", linea=3, title="Illuminazione pubblica a LED e telecontrollo degli impianti",
         descr="Dei 1.050 punti luce comunali, 630 montano ancora lampade al sodio o ai vapori di mercurio; nel "
               "2025 la spesa per l'energia dell'illuminazione pubblica è stata di 142.000 euro.",
         risultato="Sostituzione progressiva di tutti i corpi illuminanti con apparecchi a LED, telecontrollo dei "
                   "quadri elettrici e riduzione dei consumi di almeno il 40% alla fine dell'intervento.",
         resp="ing. Paolo Cabrini – Responsabile Settore Tecnico",
         ind="Punti luce a LED (valore cumulato)", t=("700", "900", "1.050"), scadenza="31/12/2028"),
    dict(code="OP.09", linea=3, title="Centro di raccolta rifiuti: nuovi orari e accesso con tessera sanitaria",
         descr="Il centro di raccolta di via Cascina Boselli è aperto 9 ore alla settimana e nel 2025 ha registrato "
               "code frequenti il sabato mattina; gli accessi non sono registrati e non è possibile verificare i "
               "conferimenti delle utenze non residenti.",
         risultato="Apertura di 14 ore settimanali, anche il mercoledì pomeriggio, con accesso tramite tessera "
                   "sanitaria e registrazione dei conferimenti per ciascuna utenza.",
         resp="Responsabile Settore Territorio e Attività produttive",
         ind="Raccolta differenziata", t=("72%", "74%", "76%"), scadenza="30/09/2026"),
    dict(code="OP.10", linea=3, title="SUAP: riduzione dei tempi delle pratiche per le imprese",
         descr="Nel 2025 lo Sportello unico per le attività produttive ha ricevuto 312 pratiche, ma soltanto il 61% "
               "è stato concluso entro i termini, soprattutto per i ritardi nei pareri degli altri enti e nelle "
               "integrazioni documentali.",
         risultato="Conferenze di servizi in modalità telematica, check-list delle integrazioni pubblicate sul "
                   "portale e sollecito automatico agli enti terzi dopo 15 giorni.",
         resp="Responsabile Settore Territorio e Attività produttive",
         ind="Pratiche SUAP concluse nei termini", t=("68%", "72%", "75%"), scadenza="31/12/2026"),
    dict(code="OP.11", linea=4, title="Mensa e trasporto scolastico: nuovo appalto e iscrizioni on line",
         descr="L'appalto della refezione scolastica scade il 31 agosto 2026 e le iscrizioni ai servizi scolastici, "
               "410 nel 2025, sono ancora raccolte su moduli cartacei consegnati in municipio.",
         risultato="Nuovo contratto di refezione dal 1° settembre 2026 con menù validati dall'ATS e almeno il 30% "
                   "di prodotti biologici; iscrizioni e richieste di diete speciali solo on line.",
         resp="Responsabile Settore Servizi alla persona e Istruzione",
         ind="Iscrizioni ai servizi scolastici presentate on line", t=("90%", "95%", "100%"),
         scadenza="31/08/2026"),
    dict(code="OP.12", linea=4, title="«Nessuno resta solo»: custodia sociale degli anziani soli",
         descr="Gli ultrasettantacinquenni che vivono soli sono 286, un terzo dei quali nelle frazioni; durante "
               "l'estate 2025 il servizio sociale ha gestito 19 situazioni di emergenza segnalate dai vicini o dal "
               "medico di base.[[5]]",
         risultato="Rete di custodia sociale con volontari formati, telefonate periodiche e visite domiciliari agli "
                   "anziani soli, piano di emergenza per le ondate di calore.",
         resp="Responsabile Settore Servizi alla persona e Istruzione",
         ind="Anziani soli contattati periodicamente", t=("80", "100", "120"), scadenza="31/12/2026"),
    dict(code="OP.13", linea=4, title="Biblioteca civica: prestito interbibliotecario e laboratori per ragazzi",
         descr="Gli utenti attivi della biblioteca sono 1.310 (erano 1.140 nel 2024); la sede è aperta 18 ore alla "
               "settimana e il prestito interbibliotecario è limitato alle biblioteche della rete provinciale.",
         risultato="Apertura di 22 ore settimanali con il sabato pomeriggio, adesione al catalogo interprovinciale "
                   "e almeno 12 laboratori di lettura all'anno con le scuole.",
         resp="dott.ssa Sabrina Zanacchi – Responsabile Settore Servizi alla persona e Istruzione",
         ind="Utenti attivi della biblioteca", t=("1.400", "1.500", "1.600"), scadenza="31/12/2026"),
    dict(code="OP.14", linea=5, title="Sicurezza stradale davanti alle scuole e controllo della velocità",
         descr="Nel 2025 la Polizia Locale ha rilevato 24 incidenti stradali, 9 dei quali sulla strada provinciale "
               "47 nel tratto urbano di Pioltina; i genitori segnalano soste in doppia fila davanti alla scuola "
               "primaria negli orari di ingresso.",
         risultato="Presidio degli ingressi e delle uscite della scuola primaria nei giorni di lezione, due nuovi "
                   "dissuasori di velocità e un corso di educazione stradale per le classi quinte.",
         resp="comm. Aldo Scaglioni – Comandante della Polizia Locale",
         ind="Servizi di presidio davanti ai plessi scolastici", t=("150", "160", "160"), scadenza="30/06/2026"),
    dict(code="OP.15", linea=5, title="Aggiornamento del piano comunale di protezione civile",
         descr="Il piano comunale di protezione civile risale al 2014 e non considera il rischio idraulico della "
               "roggia Gandorla, che è esondata il 4 ottobre 2024 allagando 23 abitazioni di via dei Mulini.",
         risultato="Piano aggiornato e approvato dal Consiglio comunale, esercitazione con il gruppo comunale di "
                   "volontari e informazione alla popolazione delle aree a rischio.",
         resp="Responsabile Settore Polizia Locale",
         ind="Esercitazioni di protezione civile svolte", t=("1", "1", "1"), scadenza="31/10/2026"),
]

S_RISCHI = [
    "Sono stati mappati 48 processi, 7 dei quali a rischio alto: affidamenti diretti, concessione di contributi "
    "economici, permessi di costruire, accertamenti tributari, gestione del cimitero, assunzioni e controlli della "
    "Polizia Locale. Nel 2025 i controlli successivi di regolarità amministrativa hanno riguardato 46 atti, il 10% "
    "di quelli adottati, con 2 rilievi; non sono pervenute segnalazioni di whistleblowing.",
]

# org table: (settore, services line, responsabile)
S_ORG = [
    ("Segreteria generale", "Organi istituzionali, contratti, controlli interni, anticorruzione",
     "dott.ssa Carla Bodini – Segretario comunale (RPCT)"),
    ("Settore Affari generali e Servizi demografici", "Protocollo, archivio, anagrafe, stato civile, elettorale",
     "dott.ssa Michela Rossoni – incaricata EQ"),
    ("Settore Economico-finanziario e Tributi", "Ragioneria, economato, tributi, personale (parte economica)",
     "rag. Enrico Ferrandi – incaricato EQ"),
    ("Settore Tecnico", "Lavori pubblici, patrimonio, manutenzioni, illuminazione pubblica",
     "ing. Paolo Cabrini – incaricato EQ"),
    ("Settore Territorio e Attività produttive", "Urbanistica, edilizia privata, SUAP, ecologia e rifiuti",
     "arch. Nadia Fiorentini – incaricata EQ"),
    ("Settore Servizi alla persona e Istruzione", "Servizi sociali, istruzione, biblioteca, cultura e sport",
     "dott.ssa Sabrina Zanacchi – incaricata EQ"),
    ("Settore Polizia Locale", "Polizia locale, viabilità, commercio su aree pubbliche, protezione civile",
     "comm. Aldo Scaglioni – Comandante, incaricato EQ"),
]

S_AGILE = ("Al 1° gennaio 2026 i dipendenti in servizio sono 27; 7 di essi hanno sottoscritto un accordo "
           "individuale di lavoro agile[[7]], con un massimo di 6 giorni al mese. Nel 2025 gli accordi erano 5; "
           "l'obiettivo 2026 è di estenderli a 9 dipendenti, esclusi gli agenti di polizia locale e gli operai.")
S_FORM = ("Nel 2025 la formazione media è stata di 14 ore per dipendente; per il 2026 l'obiettivo è di 24 ore, con un "
          "budget di € 5.200,00 (€ 3.900,00 nel 2025). Tutti i dipendenti seguono entro il 31 marzo 2026 il corso "
          "annuale su anticorruzione, trasparenza e codice di comportamento.")
S_FABB = ("Nel 2026 è prevista l'assunzione di 1 istruttore tecnico per il Settore Tecnico e di 1 agente di polizia "
          "locale; nel 2027 la sostituzione di 1 istruttore amministrativo del Settore Affari generali, che cesserà "
          "dal servizio il 30 giugno 2027.")

# page geometry (mm), landscape A4
PW, PH = 297.0, 210.0
ML = MR = 10.0
BODY_W = PW - ML - MR
TOP = 19.0
BOTTOM = PH - 15.0
T_SIZE = 7.5          # table body font
T_LH = 3.5
T_PAD = 1.5
N_SIZE = 6.5          # footnote font
N_LH = 2.9
P_SIZE = 9.0          # prose
P_LH = 4.6
# objectives table columns
S_COLS = [("Cod.", 13), ("Obiettivo operativo", 46), ("Finalità e risultato atteso", 81),
          ("Responsabile", 33), ("Indicatore", 40), ("Target 2026", 16), ("Target 2027", 16), ("Target 2028", 16),
          ("Scadenza", 16)]
assert abs(sum(w for _, w in S_COLS) - BODY_W) < 1e-6
MARK = re.compile(r"\[\[(\d+)\]\]")


def strip_marks(s: str) -> str:
    return MARK.sub("", s)


def s_obj(code: str) -> dict:
    return next(o for o in S_OBJ if o["code"] == code)


def s_line_title(n: int) -> str:
    return dict(S_LINES)[n]


def runs_of(text: str, style: str = "") -> list[tuple[str, str]]:
    """split a text with [[n]] markers into runs; markers become ("n", "SUP")."""
    runs, pos = [], 0
    for m in MARK.finditer(text):
        if m.start() > pos:
            runs.append((text[pos:m.start()], style))
        runs.append((m.group(1), "SUP"))
        pos = m.end()
    if pos < len(text):
        runs.append((text[pos:], style))
    return runs


def tokens_of(runs: list[tuple[str, str]]) -> list[tuple[str, str, bool]]:
    """(word, style, glued_to_previous)."""
    toks: list[tuple[str, str, bool]] = []
    prev_space = True
    for text, style in runs:
        if style == "SUP":
            toks.append((text, "SUP", True))
            prev_space = False
            continue
        words = text.split(" ")
        for i, w in enumerate(words):
            if w == "":
                continue
            glued = (i == 0 and not prev_space and bool(toks))
            toks.append((w, style, glued))
        prev_space = text.endswith(" ")
    return toks


def _build_pdf_once(stats: dict) -> bytes:
    from fpdf import FPDF

    class Doc(FPDF):
        def header(self):
            self.set_font("Helvetica", "", 6.5)
            self.set_text_color(80, 80, 80)
            self.set_xy(ML, 8)
            self.cell(BODY_W, 4, S_RUNNING)
            self.set_draw_color(120, 120, 120)
            self.set_line_width(0.2)
            self.line(ML, 12.5, PW - MR, 12.5)
            self.set_text_color(0, 0, 0)
            self.set_draw_color(0, 0, 0)

        def footer(self):
            self.set_font("Helvetica", "", 6.5)
            self.set_text_color(80, 80, 80)
            self.set_xy(ML, PH - 10)
            self.cell(BODY_W, 4, f"Pagina {self.page_no()} di {{nb}}", align="R")
            self.set_text_color(0, 0, 0)

    pdf = Doc(orientation="L", format="A4", unit="mm")
    pdf.core_fonts_encoding = "windows-1252"
    pdf.set_auto_page_break(False)
    pdf.set_margins(ML, TOP, MR)
    pdf.c_margin = 0
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_title("PIAO 2026-2028 - Comune di Sermadola")
    pdf.set_author("Comune di Sermadola - Segreteria generale")
    pdf.set_subject("Piano Integrato di Attivita e Organizzazione 2026-2028")
    pdf.set_creator("Microsoft Word per Comune di Sermadola")
    pdf.set_producer("fresh32 make_plan.py")
    pdf.set_lang("it-IT")

    st = stats
    st["split_rows"] = []
    st["note_pages"] = {}
    st["table_pages"] = []
    st["title_lines"] = {}
    state = {"y": TOP, "notes": [], "next_note": 1}

    def width(word, style, size):
        if style == "SUP":
            pdf.set_font("Helvetica", "", size)
            pdf.char_vpos = "SUP"
            w = pdf.get_string_width(word)
            pdf.char_vpos = "LINE"
            return w
        pdf.set_font("Helvetica", style, size)
        return pdf.get_string_width(word)

    def wrap(runs, w, size):
        toks = tokens_of(runs)
        space = width(" ", "", size)
        lines, cur, cur_w = [], [], 0.0
        for tok in toks:
            tw = width(tok[0], tok[1], size)
            add = tw if (tok[2] or not cur) else space + tw
            if cur and not tok[2] and cur_w + add > w:
                lines.append(cur)
                cur, cur_w = [tok], tw
            else:
                cur.append(tok)
                cur_w += add
        if cur:
            lines.append(cur)
        return lines

    def line_text(line):
        s = ""
        for i, (wd, _st, gl) in enumerate(line):
            s += wd if (i == 0 or gl) else " " + wd
        return s

    def draw_line(line, x, y, size, h):
        # group into pieces of equal style; the space before a non-glued token goes to the end of the previous piece
        pieces: list[list] = []
        for i, (wd, sty, gl) in enumerate(line):
            if i > 0 and not gl:
                pieces[-1][0] += " "
            if pieces and pieces[-1][1] == sty:
                pieces[-1][0] += wd
            else:
                pieces.append([wd, sty])
        pdf.set_xy(x, y)
        for text, sty in pieces:
            if sty == "SUP":
                no = int(text)
                assert no == state["next_note"], f"footnote {no} drawn out of order"
                state["next_note"] += 1
                state["notes"].append(no)
                st["note_pages"][no] = pdf.page_no()
                pdf.set_font("Helvetica", "", size)
                pdf.char_vpos = "SUP"
                pdf.cell(pdf.get_string_width(text), h, text)
                pdf.char_vpos = "LINE"
            else:
                pdf.set_font("Helvetica", sty, size)
                pdf.cell(pdf.get_string_width(text), h, text)

    def marks_in(lines):
        return [int(wd) for ln in lines for wd, sty, _g in ln if sty == "SUP"]

    def note_lines(no):
        return wrap([(S_NOTES[no], "")], BODY_W - 5, N_SIZE)

    def notes_h(nos):
        if not nos:
            return 0.0
        return 3.0 + sum(len(note_lines(n)) * N_LH + 0.7 for n in nos)

    def limit(extra=()):
        return BOTTOM - notes_h(state["notes"] + list(extra))

    def flush_notes():
        nos = state["notes"]
        if not nos:
            return
        y = BOTTOM - notes_h(nos) + 1.2
        pdf.set_line_width(0.2)
        pdf.line(ML, y, ML + 50, y)
        y += 1.8
        for no in nos:
            pdf.set_xy(ML, y)
            pdf.set_font("Helvetica", "", N_SIZE)
            pdf.char_vpos = "SUP"
            pdf.cell(3, N_LH, str(no))
            pdf.char_vpos = "LINE"
            for ln in note_lines(no):
                draw_plain(ln, ML + 3, y, N_SIZE, N_LH)
                y += N_LH
            y += 0.7
        state["notes"] = []

    def draw_plain(line, x, y, size, h):
        pdf.set_xy(x, y)
        pdf.set_font("Helvetica", "", size)
        t = line_text(line)
        pdf.cell(pdf.get_string_width(t), h, t)

    def new_page():
        flush_notes()
        pdf.add_page()
        state["y"] = TOP

    def heading(text, size=11.5, before=3.0, after=2.0):
        if state["y"] + before + 6 + 3 * P_LH > limit():
            new_page()
        else:
            state["y"] += before
        pdf.set_font("Helvetica", "B", size)
        pdf.set_xy(ML, state["y"])
        pdf.cell(BODY_W, 6, text)
        state["y"] += 6 + after

    def paragraph(runs, size=P_SIZE, lh=P_LH, x=ML, w=BODY_W, after=1.8):
        lines = wrap(runs, w, size)
        for ln in lines:
            if state["y"] + lh > limit(marks_in([ln])):
                new_page()
            draw_line(ln, x, state["y"], size, lh)
            state["y"] += lh
        state["y"] += after

    # ------------------------------------------------------------------ cover
    pdf.add_page()
    y = 42.0
    for text, size, style, gap in S_COVER:
        pdf.set_font("Helvetica", style, size)
        pdf.set_xy(ML, y)
        pdf.cell(BODY_W, 8, text, align="C")
        y += 8 + gap
    # ------------------------------------------------------------------ section 1 and 2.1
    new_page()
    heading("SEZIONE 1 – SCHEDA ANAGRAFICA DELL'AMMINISTRAZIONE", 12, 0)
    for p in S_ANAG:
        paragraph(runs_of(p))
    heading("SEZIONE 2 – VALORE PUBBLICO, PERFORMANCE E ANTICORRUZIONE", 12, 4)
    heading("2.1 Valore pubblico: da dove partiamo e dove vogliamo arrivare")
    for lead, text in S_VALORE:
        runs = ([(lead + " ", "B")] if lead else []) + runs_of(text)
        paragraph(runs)
    # ------------------------------------------------------------------ 2.2 objectives table
    heading("2.2 Performance – obiettivi operativi 2026-2028")
    paragraph(runs_of("La tabella riporta, per ciascuna linea strategica del DUP 2026-2028, gli obiettivi operativi "
                      "assegnati ai Settori con il Piano esecutivo di gestione, il responsabile, l'indicatore e i "
                      "valori attesi per ciascun anno del triennio."))
    pdf.set_font("Helvetica", "B", 9)
    pdf.set_xy(ML, state["y"])
    pdf.cell(BODY_W, 5, "Tabella 1 – Obiettivi operativi 2026-2028")
    state["y"] += 6

    xs = [ML]
    for _n, w in S_COLS:
        xs.append(xs[-1] + w)
    head_lines = [wrap([(n, "B")], w - 2 * T_PAD, T_SIZE) for n, w in S_COLS]
    head_h = max(len(h) for h in head_lines) * T_LH + 2 * T_PAD

    def table_header():
        y = state["y"]
        pdf.set_fill_color(217, 226, 236)
        pdf.set_line_width(0.2)
        for i, (_n, w) in enumerate(S_COLS):
            pdf.rect(xs[i], y, w, head_h, style="DF")
            for k, ln in enumerate(head_lines[i]):
                draw_line(ln, xs[i] + T_PAD, y + T_PAD + k * T_LH, T_SIZE, T_LH)
        state["y"] = y + head_h
        if pdf.page_no() not in st["table_pages"]:
            st["table_pages"].append(pdf.page_no())

    def cells_of(o):
        descr = [runs_of(o["descr"]), [("Risultato atteso: ", "B")] + runs_of(o["risultato"])]
        texts = [[[(o["code"], "B")]], [runs_of(o["title"], "B")], descr, [runs_of(o["resp"])],
                 [runs_of(o["ind"])], [runs_of(o["t"][0])], [runs_of(o["t"][1])], [runs_of(o["t"][2])],
                 [runs_of(o["scadenza"])]]
        out = []
        for i, paras in enumerate(texts):
            lines = []
            for runs in paras:
                lines += wrap(runs, S_COLS[i][1] - 2 * T_PAD, T_SIZE)
            out.append(lines)
        return out

    if state["y"] + head_h + 8 * T_LH > limit():
        new_page()
    table_header()
    for n, lt in S_LINES:
        # group row, kept with at least three lines of the next row
        gh = T_LH + 2 * T_PAD
        if state["y"] + gh + 3 * T_LH + 2 * T_PAD > limit():
            new_page()
            table_header()
        pdf.set_fill_color(242, 242, 242)
        pdf.rect(ML, state["y"], BODY_W, gh, style="DF")
        draw_line(tokens_of([(lt, "B")]), ML + T_PAD, state["y"] + T_PAD, T_SIZE, T_LH)
        state["y"] += gh
        for o in [o for o in S_OBJ if o["linea"] == n]:
            cells = cells_of(o)
            st["title_lines"][o["code"]] = [strip_marks(line_text(ln)) for ln in cells[1]]
            nl = max(len(c) for c in cells)
            s = 0
            while s < nl:
                k_fit = 0
                for k in range(nl - s, 0, -1):
                    chunk_marks = marks_in([ln for c in cells for ln in c[s:s + k]])
                    if state["y"] + k * T_LH + 2 * T_PAD <= limit(chunk_marks):
                        k_fit = k
                        break
                if k_fit < nl - s and nl - s - k_fit < 2:
                    k_fit = nl - s - 2          # leave at least two lines for the next page
                if k_fit == nl - s or k_fit >= 2:
                    k = k_fit
                    h = k * T_LH + 2 * T_PAD
                    for i, c in enumerate(cells):
                        pdf.rect(xs[i], state["y"], S_COLS[i][1], h)
                        for j, ln in enumerate(c[s:s + k]):
                            draw_line(ln, xs[i] + T_PAD, state["y"] + T_PAD + j * T_LH, T_SIZE, T_LH)
                    state["y"] += h
                    s += k
                    if s < nl:
                        st["split_rows"].append((o["code"], pdf.page_no(), pdf.page_no() + 1, s, nl))
                        new_page()
                        table_header()
                else:
                    new_page()
                    table_header()
    state["y"] += 3
    paragraph(runs_of("Legenda: «–» indica che per l'anno non è previsto un valore atteso. I target sono riferiti "
                      "al 31 dicembre di ciascun anno, salvo diversa scadenza indicata."), size=7.5, lh=3.6)
    # ------------------------------------------------------------------ 2.3 rischi
    heading("2.3 Rischi corruttivi e trasparenza")
    for p in S_RISCHI:
        paragraph(runs_of(p))
    # ------------------------------------------------------------------ section 3
    heading("SEZIONE 3 – ORGANIZZAZIONE E CAPITALE UMANO", 12, 4)
    heading("3.1 Struttura organizzativa")
    paragraph(runs_of("I Settori sono affidati a incaricati di Elevata Qualificazione (EQ)[[6]], che rispondono degli "
                      "obiettivi operativi assegnati al proprio Settore nella Tabella 1."))
    org_w = [95.0, 120.0]
    need = 5 + (T_LH + 2 * T_PAD + 0.6) + len(S_ORG) * (2 * 3.7 + 2 * T_PAD)
    if state["y"] + need > limit():
        new_page()
    pdf.set_font("Helvetica", "B", 9)
    pdf.set_xy(ML, state["y"])
    pdf.cell(BODY_W, 5, "Tabella 2 – Settori e responsabili al 1° gennaio 2026")
    state["y"] += 6
    ox = [ML, ML + org_w[0]]
    hh = 3.7 + 2 * T_PAD
    pdf.set_fill_color(217, 226, 236)
    for i, lab in enumerate(["Settore", "Responsabile"]):
        pdf.rect(ox[i], state["y"], org_w[i], hh, style="DF")
        draw_line(tokens_of([(lab, "B")]), ox[i] + T_PAD, state["y"] + T_PAD, 8.0, 3.7)
    state["y"] += hh
    for settore, servizi, resp in S_ORG:
        rh = 2 * 3.7 + 2 * T_PAD
        pdf.rect(ox[0], state["y"], org_w[0], rh)
        pdf.rect(ox[1], state["y"], org_w[1], rh)
        draw_line(tokens_of([(settore, "B")]), ox[0] + T_PAD, state["y"] + T_PAD, 8.0, 3.7)
        draw_line(tokens_of([(servizi, "I")]), ox[0] + T_PAD, state["y"] + T_PAD + 3.7, 7.0, 3.7)
        draw_line(tokens_of([(resp, "")]), ox[1] + T_PAD, state["y"] + T_PAD, 8.0, 3.7)
        state["y"] += rh
    state["y"] += 3
    heading("3.2 Organizzazione del lavoro agile")
    paragraph(runs_of(S_AGILE))
    heading("3.3 Piano triennale dei fabbisogni di personale")
    paragraph(runs_of(S_FABB))
    heading("3.4 Formazione del personale")
    paragraph(runs_of(S_FORM))
    flush_notes()
    st["pages"] = pdf.page_no()
    assert state["next_note"] == len(S_NOTES) + 1, "not every footnote was drawn"
    return bytes(pdf.output())


def build_pdf(stats: dict | None = None) -> bytes:
    st: dict = {}
    data = _build_pdf_once(st)
    if stats is not None:
        stats.update(st)
    return data


def build(stats: dict | None = None) -> dict[str, bytes]:
    return {MD_NAME: build_md(), PDF_NAME: build_pdf(stats)}


def main(argv: list[str]) -> None:
    out = Path(argv[1]) if len(argv) > 1 else DOCS
    out.mkdir(parents=True, exist_ok=True)
    st: dict = {}
    for name, data in build(st).items():
        (out / name).write_bytes(data)
        print(f"wrote {out / name} ({len(data)} bytes)")
    print(f"pdf: {st['pages']} pages; table on pages {st['table_pages']}; rows split across pages "
          f"{[(r[0], r[1], r[2]) for r in st['split_rows']]}; footnotes on pages {st['note_pages']}")


if __name__ == "__main__":
    main(sys.argv)
