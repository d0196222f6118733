"""Write docs/roncalbo_piao-2026-2028.pdf: the PIAO 2026-2028 of the FICTIONAL Comune di Roncalbo (Provincia di
Modena, Emilia-Romagna).  All people, firms, places and figures are invented.

Layout (new for this set; a PDF written with fpdf2, core font Helvetica in cp1252 / WinAnsiEncoding):

* every page (portrait A4) has a running header "Comune di Roncalbo (MO)  |  PIAO 2026-2028" and a footer
  "Piano Integrato di Attività e Organizzazione  |  pag. N di M";
* Sezione 1: anagrafica in prose + a small ruled table of figures, then a "Giunta e deleghe" bullet list;
* Sezione 2.1: short valore pubblico prose;
* Sezione 2.2 Performance: ONE "SCHEDA OBIETTIVO" PER OBJECTIVE (12).  Each scheda is one ruled 5-column grid:
  a label cell (column 1) and a value cell spanning columns 2-5 (Cod. ob., Denominazione, Finalità, Struttura
  competente, Referente politico, Risultato atteso, Cronoprogramma, Indicatore di risultato), then a small target
  table inside the same grid (Indicatore | Baseline 2025 | 2026 | 2027 | 2028), then Portatori di interesse and
  Personale coinvolto.  Rows never split, so long schede continue on the next page.
  "Struttura competente" gives only the unit code and name ("U.O. 3 – ..."), never a person;
* Sezione 2.3: risk table Processo | Rischio | Misura | Responsabile (a role: "Responsabile U.O. N");
* Sezione 3.1: organigramma table U.O. | Denominazione | Responsabile | N. dipendenti with a "Totale" row; the
  Segretario comunale (RPCT) is named only in the prose under it;
* Sezione 3.2 / 4: staffing needs and monitoring prose.

Deterministic: no randomness, fixed creation date and metadata, core fonts only (no font file embedded).

Usage: /work/main/.venv/bin/python benchmarks/fresh23/make_plan.py
"""
from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = Path(__file__).resolve().parent
NAME = "roncalbo_piao-2026-2028.pdf"
OUT = HERE / "docs" / NAME
FIXED = datetime(2026, 1, 29, 10, 0, tzinfo=timezone.utc)

COMUNE = "Roncalbo"
HEADER_L = "Comune di Roncalbo (MO)"
HEADER_R = "PIAO 2026-2028"
FOOTER_L = "Piano Integrato di Attività e Organizzazione"

# ------------------------------------------------------------------------------------------------------------
# content
# ------------------------------------------------------------------------------------------------------------
TITLE = [
    ("COMUNE DI RONCALBO", 18, "B"),
    ("Provincia di Modena", 12, ""),
    ("PIANO INTEGRATO DI ATTIVITÀ E ORGANIZZAZIONE", 15, "B"),
    ("TRIENNIO 2026-2028", 14, "B"),
    ("(art. 6 D.L. 9 giugno 2021, n. 80, convertito dalla L. 6 agosto 2021, n. 113; D.M. 30 giugno 2022, n. 132)",
     9, ""),
    ("Approvato con deliberazione della Giunta comunale n. 11 del 29/01/2026", 9, ""),
]

ANAGRAFICA = [
    "Il Comune di Roncalbo si trova nella media pianura modenese, in sinistra idrografica del Rio Lamperta, e si "
    "estende su 38,4 kmq. Oltre al capoluogo comprende le frazioni di Tassinara e Boschetto Ferlini. La sede "
    "municipale è in Piazza della Pieve 3.",
    "Al 31/12/2025 la popolazione residente è di 6.947 abitanti, in lieve crescita rispetto ai 6.881 abitanti "
    "del 31/12/2023. I dati principali sono riportati nel prospetto seguente.",
]
ANAG_HEAD = ["Dato", "31/12/2023", "31/12/2025"]
ANAG_ROWS = [
    ["Popolazione residente", "6.881", "6.947"],
    ["Nuclei familiari", "2.968", "3.012"],
    ["Residenti con 65 anni e oltre", "1.622", "1.688"],
    ["Residenti di cittadinanza straniera", "644", "681"],
]

GIUNTA_INTRO = "Giunta e deleghe (mandato 2024-2029):"
# carica, persona, deleghe
GIUNTA = [
    ("Sindaca", "Lorena Pignedoli", "rapporti istituzionali, polizia locale e sicurezza urbana, comunicazione"),
    ("Vicesindaco", "Matteo Gibertoni", "bilancio, tributi, personale, innovazione digitale"),
    ("Assessora", "Chiara Manicardi", "scuola, politiche sociali e sanitarie, cultura e biblioteca"),
    ("Assessore", "Stefano Bursi", "lavori pubblici, ambiente e rifiuti, protezione civile"),
    ("Assessora", "Irene Tamagnini", "urbanistica, attività produttive, sport e associazionismo"),
]

VP_TEXT = [
    "Il valore pubblico atteso per il triennio discende dalle linee di mandato e dalla Sezione strategica del DUP "
    "2026-2028. Le priorità dell'Amministrazione sono tre: servizi più semplici e accessibili, un territorio "
    "sicuro e curato, una comunità che non lascia indietro nessuno.",
    "Gli obiettivi che traducono queste priorità in risultati misurabili sono descritti nella sottosezione 2.2, "
    "con una scheda per ciascun obiettivo. Le schede indicano l'unità organizzativa competente; i nominativi dei "
    "responsabili delle unità organizzative sono riportati nell'organigramma della sottosezione 3.1.",
]

PERF_INTRO = (
    "Per ciascun obiettivo la scheda riporta la finalità, la struttura competente, il referente politico, il "
    "risultato atteso, il cronoprogramma e gli indicatori con il valore di partenza (baseline 2025) e i valori "
    "obiettivo per il triennio. Il simbolo \"-\" indica che per quell'anno non è fissato un valore.")

# U.O. number, denominazione, responsabile, dipendenti (including the responsabile)
UO = [
    (1, "Affari generali e servizi al cittadino", "dott.ssa Monica Zanasi", 8),
    (2, "Servizi finanziari e tributi", "rag. Daniele Vaccari", 6),
    (3, "Servizi tecnici, lavori pubblici e patrimonio", "ing. Alberto Malaguti", 10),
    (4, "Assetto del territorio e ambiente", "arch. Federica Spallanzani", 5),
    (5, "Servizi educativi, sociali e culturali", "dott.ssa Sara Bedogni", 7),
    (6, "Polizia locale", "comm. Luca Montecchi", 4),
]
SEGRETARIO = "dott. Raffaele Golinelli"


def uo_label(n: int) -> str:
    return f"U.O. {n} – {UO[n - 1][1]}"


# Labels of the scheda grid (in order)
LABELS = ["Cod. ob.", "Denominazione", "Finalità", "Struttura competente", "Referente politico",
          "Risultato atteso", "Cronoprogramma", "Indicatore di risultato"]
TARGET_HEAD = ["Indicatore", "Baseline 2025", "2026", "2027", "2028"]
LABELS_TAIL = ["Portatori di interesse", "Personale coinvolto"]

# Each objective: code, denominazione, finalità, U.O., referente politico, risultato atteso, cronoprogramma,
# indicatore (text), targets [(indicatore, baseline 2025, 2026, 2027, 2028)], portatori, personale
OBJECTIVES = [
    dict(code="OB-01",
         name="Sportello polifunzionale e prenotazione on line degli appuntamenti",
         fin="Ridurre le attese allo sportello anagrafe e riunire in un unico punto di accesso le pratiche più "
             "frequenti (carta d'identità elettronica, cambi di residenza, certificati), con un punto di "
             "facilitazione digitale aperto il giovedì pomeriggio nelle frazioni di Tassinara e Boschetto Ferlini.",
         uo=1, ref="Vicesindaco Gibertoni",
         ris="Tempo medio di attesa per un appuntamento CIE inferiore a 10 giorni entro il 2028 e tutti i servizi "
             "demografici prenotabili on line.",
         crono="I trim. 2026: analisi dei flussi di utenza e configurazione dell'agenda on line; II trim. 2026: "
               "avvio della prenotazione on line per CIE e cambi di residenza; entro marzo 2027: apertura dello "
               "sportello polifunzionale al piano terra del municipio; 2028: estensione dell'agenda a tutti i "
               "servizi demografici.",
         ind="Giorni medi di attesa per un appuntamento CIE; servizi demografici prenotabili on line.",
         targets=[("Giorni medi di attesa CIE", "24", "18", "12", "9"),
                  ("Servizi prenotabili on line (n.)", "2", "5", "8", "11")],
         port="Cittadini residenti, imprese, agenzie di pratiche, associazioni di volontariato delle frazioni",
         pers="5 unità della U.O. 1, di cui una a tempo parziale"),
    dict(code="OB-02",
         name="Recupero dell'evasione IMU e TARI",
         fin="Distribuire in modo più equo il carico fiscale senza aumentare le aliquote, facendo emergere le "
             "posizioni non dichiarate attraverso l'incrocio delle banche dati catastali, anagrafiche e delle "
             "utenze.",
         uo=2, ref="Vicesindaco Gibertoni",
         ris="Maggiori entrate da attività di accertamento e riduzione delle posizioni irregolari.",
         crono="entro aprile 2026: bonifica della banca dati IMU; II sem. 2026: emissione degli avvisi di "
               "accertamento per le annualità 2021 e 2022; entro il 30 novembre di ogni anno: emissione degli "
               "avvisi per l'annualità successiva.",
         ind="Importo accertato nell'anno per IMU e TARI (euro).",
         targets=[("Importo accertato (€)", "96.500", "110.000", "125.000", "135.000")],
         port="Contribuenti, CAF e professionisti, Agenzia delle Entrate",
         pers="3 unità della U.O. 2"),
    dict(code="OB-03",
         name="Pagare i fornitori in tempi certi",
         fin="Sostenere la liquidità delle imprese, in particolare di quelle locali, e rispettare i tempi di "
             "pagamento previsti dalla normativa e dagli obiettivi del PNRR.",
         uo=2, ref="Vicesindaco Gibertoni",
         ris="Fatture liquidate e pagate entro i termini di legge da tutte le unità organizzative.",
         crono="entro febbraio 2026: circolare interna sulla liquidazione delle fatture; dal I trim. 2026: "
               "monitoraggio trimestrale delle fatture in scadenza; entro dicembre 2026: atti di liquidazione "
               "digitali integrati con il protocollo.",
         ind="Tempo medio di pagamento delle fatture commerciali; quota di fatture pagate entro 30 giorni.",
         targets=[("Tempo medio di pagamento (giorni)", "41", "35", "30", "28"),
                  ("Fatture pagate entro 30 giorni (%)", "58%", "70%", "80%", "90%")],
         port="Fornitori e imprese locali, Tesoreria comunale",
         pers="2 unità della U.O. 2 e i referenti contabili delle altre unità organizzative"),
    dict(code="OB-04",
         name="Miglioramento sismico della scuola primaria di Tassinara",
         fin="Mettere in sicurezza l'edificio scolastico di Tassinara, costruito nel 1971, che non rispetta gli "
             "attuali standard antisismici. L'intervento, del valore complessivo di 1.280.000 euro, è finanziato "
             "per 640.000 euro con un contributo regionale e per la parte restante con risorse proprie; "
             "comprende anche il rifacimento dell'impianto di riscaldamento e dei servizi igienici.",
         uo=3, ref="Ass. Bursi",
         ris="Rientro degli alunni nell'edificio adeguato per l'anno scolastico 2027/2028, con un indice di "
             "sicurezza sismica dell'edificio non inferiore a 0,8.",
         crono="I trim. 2026: approvazione del progetto esecutivo; entro luglio 2026: aggiudicazione dei lavori; "
               "da settembre 2026 ad agosto 2027: esecuzione dei lavori, con trasferimento temporaneo delle "
               "classi nella scuola secondaria del capoluogo; entro ottobre 2027: collaudo e rientro degli alunni.",
         ind="Avanzamento dei lavori secondo gli stati di avanzamento (SAL).",
         targets=[("Avanzamento lavori (% SAL)", "0%", "30%", "100%", "-")],
         port="Alunni e famiglie, personale scolastico, Istituto comprensivo, Regione Emilia-Romagna",
         pers="4 unità della U.O. 3"),
    dict(code="OB-05",
         name="Piano di manutenzione delle strade comunali",
         fin="Migliorare la sicurezza della circolazione dando precedenza ai collegamenti con le frazioni e alle "
             "strade percorse dal trasporto scolastico.",
         uo=3, ref="Ass. Bursi",
         ris="Riduzione delle segnalazioni di buche e dei sinistri dovuti al cattivo stato del manto stradale.",
         crono="entro marzo di ogni anno: aggiornamento del catasto stradale e del programma delle asfaltature; "
               "II e III trim. di ogni anno: esecuzione dei lavori; entro novembre di ogni anno: "
               "rendicontazione alla Giunta.",
         ind="Chilometri di strade comunali con manto rifatto nell'anno.",
         targets=[("Km di strade con manto rifatto", "2,6", "3,0", "3,5", "4,0")],
         port="Cittadini, autotrasportatori, servizio di trasporto scolastico",
         pers="3 unità della U.O. 3"),
    dict(code="OB-06",
         name="Tariffa puntuale e più raccolta differenziata",
         fin="Premiare le famiglie e le imprese che differenziano di più, legando la quota variabile della tariffa "
             "ai conferimenti del secco residuo, in accordo con il gestore Geovalle Multiservizi S.r.l.",
         uo=4, ref="Ass. Bursi",
         ris="Raccolta differenziata all'80% nel 2028 e forte riduzione del rifiuto indifferenziato.",
         crono="I trim. 2026: consegna dei contenitori dotati di transponder; dal 1° luglio 2026: sperimentazione "
               "con bollettazione simulata; gennaio 2027: applicazione della tariffa puntuale a tutte le utenze.",
         ind="Percentuale di raccolta differenziata; secco residuo per abitante.",
         targets=[("Raccolta differenziata (%)", "71,2%", "74%", "77%", "80%"),
                  ("Secco residuo (kg/abitante/anno)", "128", "115", "100", "90")],
         port="Famiglie, imprese, Geovalle Multiservizi S.r.l., ATERSIR, scuole",
         pers="2 unità della U.O. 4 e 1 unità della U.O. 2 (ufficio tributi)"),
    dict(code="OB-07",
         name="Cura del reticolo idraulico minore",
         fin="Ridurre il rischio di allagamenti, dopo gli eventi del maggio 2024 che hanno interessato la zona "
             "artigianale di Boschetto Ferlini, con un programma annuale di pulizia e risezionamento dei fossi "
             "di competenza comunale e delle sponde del Rio Lamperta.",
         uo=3, ref="Ass. Bursi",
         ris="Nessun allagamento della viabilità comunale per insufficienza dei fossi di scolo.",
         crono="entro febbraio 2026: convenzione con il Consorzio di bonifica; ottobre-novembre di ogni anno: "
               "pulizia dei fossi prima della stagione delle piogge; entro dicembre 2027: mappatura digitale dei "
               "fossi comunali.",
         ind="Metri lineari di fossi puliti e risezionati nell'anno.",
         targets=[("Fossi puliti e risezionati (m)", "1.800", "2.500", "3.000", "3.000")],
         port="Frontisti e aziende agricole, Consorzio di bonifica, protezione civile",
         pers="3 unità della U.O. 3"),
    dict(code="OB-08",
         name="Assistenza domiciliare agli anziani soli",
         fin="Sostenere la permanenza al domicilio delle persone anziane, sempre più spesso sole, e ridurre il "
             "ricorso alle strutture residenziali, ampliando le ore del servizio di assistenza domiciliare (SAD).",
         uo=5, ref="Ass. Manicardi",
         ris="Più anziani seguiti al domicilio e tempi di presa in carico più brevi.",
         crono="I trim. 2026: revisione del regolamento del SAD; entro giugno 2026: nuovo affidamento del "
               "servizio; dal II sem. 2026: ampliamento delle ore settimanali di assistenza.",
         ind="Utenti seguiti dal SAD; giorni tra la domanda e la presa in carico.",
         targets=[("Utenti seguiti dal SAD (n.)", "31", "34", "38", "40"),
                  ("Giorni per la presa in carico", "21", "15", "12", "10")],
         port="Anziani e familiari, medici di medicina generale, AUSL, cooperativa affidataria",
         pers="2 assistenti sociali della U.O. 5"),
    dict(code="OB-09",
         name="Iscrizioni ai servizi scolastici solo on line",
         fin="Permettere alle famiglie di iscrivere i figli a mensa, trasporto e pre-scuola con SPID o CIE e di "
             "pagare le rette con pagoPA, senza recarsi allo sportello.",
         uo=5, ref="Ass. Manicardi",
         ris="Iscrizioni e pagamenti dei servizi scolastici quasi interamente digitali.",
         crono="entro maggio 2026: attivazione del portale delle iscrizioni per l'a.s. 2026/2027; settembre 2026: "
               "pagamento delle rette solo tramite pagoPA; entro giugno 2027: dismissione dei moduli cartacei.",
         ind="Quota di iscrizioni a mensa e trasporto presentate on line.",
         targets=[("Iscrizioni presentate on line (%)", "45%", "70%", "85%", "95%")],
         port="Famiglie, Istituto comprensivo, ditta di ristorazione scolastica",
         pers="3 unità della U.O. 5 e 1 unità della U.O. 1 (servizi informatici)"),
    dict(code="OB-10",
         name="Biblioteca aperta e promozione della lettura",
         fin="Rendere la biblioteca comunale un presidio culturale aperto anche nel fine settimana, con letture "
             "per bambini e gruppi di lettura per adulti.",
         uo=5, ref="Ass. Manicardi",
         ris="Più prestiti e più ore di apertura al pubblico.",
         crono="dal I trim. 2026: apertura il sabato mattina; entro settembre 2026: adesione al prestito digitale "
               "della rete bibliotecaria provinciale; IV trim. di ogni anno: rassegna di letture per ragazzi.",
         ind="Prestiti annui; ore settimanali di apertura.",
         targets=[("Prestiti annui della biblioteca (n.)", "6.420", "6.800", "7.200", "7.500"),
                  ("Ore settimanali di apertura", "24", "30", "30", "32")],
         port="Utenti della biblioteca, scuole, associazioni culturali",
         pers="2 unità della U.O. 5 e volontari del servizio civile"),
    dict(code="OB-11",
         name="Controllo del territorio e contrasto agli abbandoni di rifiuti",
         fin="Contrastare l'abbandono di rifiuti nelle aree rurali e lungo gli argini, anche con fototrappole, e "
             "aumentare la presenza degli agenti nelle frazioni nelle ore serali.",
         uo=6, ref="Sindaca Pignedoli",
         ris="Riduzione dei punti di abbandono segnalati e maggiore percezione di sicurezza nelle frazioni.",
         crono="entro aprile 2026: acquisto di 4 nuove fototrappole; dal II trim. 2026: controlli serali lungo il "
               "Rio Lamperta e nelle aree rurali; dicembre di ogni anno: relazione alla Giunta.",
         ind="Controlli con fototrappole nell'anno.",
         targets=[("Controlli con fototrappole (n.)", "40", "55", "65", "70")],
         port="Cittadini, aziende agricole, Geovalle Multiservizi S.r.l.",
         pers="4 unità della U.O. 6"),
    dict(code="OB-12",
         name="Nuovo Piano Urbanistico Generale (PUG)",
         fin="Dotare il Comune del Piano Urbanistico Generale previsto dalla legge regionale n. 24 del 2017, "
             "puntando al consumo di suolo a saldo zero e alla rigenerazione dell'area dell'ex Fornace Malvasi.",
         uo=4, ref="Ass. Tamagnini",
         ris="Approvazione definitiva del PUG entro il 2027.",
         crono="entro giugno 2026: assunzione della proposta di PUG in Giunta; II sem. 2026: consultazione "
               "pubblica e raccolta delle osservazioni; entro marzo 2027: adozione in Consiglio comunale; entro "
               "dicembre 2027: approvazione definitiva.",
         ind="Fasi dell'iter del PUG concluse (su 5).",
         targets=[("Fasi dell'iter concluse (n. su 5)", "1", "3", "5", "-")],
         port="Cittadini, ordini professionali, associazioni di categoria, Provincia di Modena",
         pers="3 unità della U.O. 4"),
]

RISK_INTRO = (
    "Il Responsabile della prevenzione della corruzione e della trasparenza (RPCT) è il Segretario comunale. "
    "La mappatura dei processi è stata aggiornata nel dicembre 2025; la tabella riporta i processi a rischio più "
    "elevato, le misure specifiche e il responsabile della loro attuazione.")
RISK_HEAD = ["Processo", "Rischio", "Misura", "Responsabile"]
RISK_ROWS = [
    ["Affidamenti diretti di lavori, servizi e forniture", "Frazionamento artificioso dell'importo",
     "Rotazione degli operatori economici e report semestrale degli affidamenti", "Responsabile U.O. 3"],
    ["Accertamenti tributari", "Omissione dei controlli su posizioni determinate",
     "Estrazione casuale delle posizioni da verificare", "Responsabile U.O. 2"],
    ["Contributi economici a persone in difficoltà", "Disparità di trattamento tra i richiedenti",
     "Criteri ISEE predeterminati e valutazione collegiale delle domande", "Responsabile U.O. 5"],
    ["Rilascio dei titoli edilizi", "Mancato rispetto dell'ordine cronologico delle pratiche",
     "Registro informatico delle pratiche con data di arrivo", "Responsabile U.O. 4"],
    ["Gestione delle sanzioni al codice della strada", "Annullamento indebito dei verbali",
     "Doppia sottoscrizione degli atti di annullamento", "Responsabile U.O. 6"],
]
TRASP_TEXT = (
    "Gli obblighi di pubblicazione sono assolti nella sezione Amministrazione trasparente del sito istituzionale; "
    "il monitoraggio sull'attuazione delle misure è svolto dal RPCT due volte l'anno, entro il 30 giugno ed "
    "entro il 15 dicembre.")

ORG_INTRO = (
    "La struttura del Comune è articolata in sei unità organizzative (U.O.), ciascuna affidata a un responsabile "
    "titolare di incarico di Elevata Qualificazione (EQ). La tabella riporta il personale assegnato al "
    "31/12/2025, compreso il responsabile.")
ORG_HEAD = ["U.O.", "Denominazione", "Responsabile", "N. dipendenti"]
ORG_NOTE = (
    "Il Segretario comunale, dott. Raffaele Golinelli, presta servizio in convenzione con il Comune di "
    "Pievefosca e non è compreso nel totale. Presiede il Nucleo di valutazione.")

FABB_TEXT = [
    "Nel 2026 sono previste l'assunzione di un istruttore tecnico per la U.O. 3, in sostituzione di un "
    "pensionamento, e di un agente di polizia locale per la U.O. 6. Nel 2027 è prevista la copertura di un posto "
    "di istruttore amministrativo per la U.O. 1.",
    "La formazione del personale privilegia le competenze digitali e gli appalti; ogni dipendente partecipa ad "
    "almeno 20 ore di formazione all'anno.",
]
MONIT_TEXT = (
    "Lo stato di attuazione degli obiettivi è verificato al 31 luglio di ogni anno e a consuntivo; la Relazione "
    "sulla performance è approvata dalla Giunta entro il 30 giugno dell'anno successivo, previa validazione del "
    "Nucleo di valutazione.")


# ------------------------------------------------------------------------------------------------------------
# layout
# ------------------------------------------------------------------------------------------------------------
class Plan(FPDF):
    def header(self):
        self.set_font("helvetica", "", 8)
        self.set_text_color(70, 70, 70)
        self.set_y(8)
        self.cell(95, 5, HEADER_L, align="L")
        self.cell(0, 5, HEADER_R, align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(120, 120, 120)
        self.line(self.l_margin, 14, self.w - self.r_margin, 14)
        self.set_text_color(0, 0, 0)
        self.set_draw_color(0, 0, 0)
        self.set_y(20)

    def footer(self):
        self.set_y(-14)
        self.set_draw_color(120, 120, 120)
        self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.set_font("helvetica", "I", 8)
        self.set_text_color(70, 70, 70)
        self.cell(120, 6, FOOTER_L, align="L")
        self.cell(0, 6, f"pag. {self.page_no()} di {{nb}}", align="R")
        self.set_text_color(0, 0, 0)
        self.set_draw_color(0, 0, 0)


LABEL_FACE = FontFace(emphasis="BOLD", fill_color=(230, 230, 230))
HEAD_FACE = FontFace(emphasis="BOLD", fill_color=(245, 245, 245))


def heading(pdf: Plan, text: str, size: int = 13) -> None:
    pdf.ln(2)
    pdf.set_font("helvetica", "B", size)
    pdf.multi_cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    pdf.set_font("helvetica", "", 10)


def para(pdf: Plan, text: str) -> None:
    pdf.set_font("helvetica", "", 10)
    pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)


def grid(pdf: Plan, head: list[str], rows: list[list[str]], widths: tuple, size: int = 9,
         aligns: tuple | None = None) -> None:
    pdf.set_font("helvetica", "", size)
    with pdf.table(col_widths=widths, width=sum(widths), first_row_as_headings=True, headings_style=HEAD_FACE,
                   line_height=4.6, text_align=aligns or "LEFT", padding=1.2, align="LEFT") as t:
        for r in [head] + rows:
            row = t.row()
            for c in r:
                row.cell(c)
    pdf.ln(3)


def scheda(pdf: Plan, i: int, o: dict) -> None:
    pdf.set_font("helvetica", "B", 11)
    pdf.multi_cell(0, 6, f"Scheda obiettivo n. {i}", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    pdf.set_font("helvetica", "", 9.5)
    values = [o["code"], o["name"], o["fin"], uo_label(o["uo"]), o["ref"], o["ris"], o["crono"], o["ind"]]
    widths = (42, 33, 33, 33, 33)
    with pdf.table(col_widths=widths, width=sum(widths), first_row_as_headings=False, line_height=4.8,
                   text_align="LEFT", padding=1.2, align="LEFT") as t:
        for lab, val in zip(LABELS, values):
            row = t.row()
            row.cell(lab, style=LABEL_FACE)
            row.cell(val, colspan=4)
        row = t.row()
        for h in TARGET_HEAD:
            row.cell(h, style=LABEL_FACE if h == "Indicatore" else HEAD_FACE,
                     align="LEFT" if h == "Indicatore" else "CENTER")
        for tg in o["targets"]:
            row = t.row()
            row.cell(tg[0])
            for v in tg[1:]:
                row.cell(v, align="CENTER")
        for lab, val in zip(LABELS_TAIL, [o["port"], o["pers"]]):
            row = t.row()
            row.cell(lab, style=LABEL_FACE)
            row.cell(val, colspan=4)
    pdf.ln(5)


def build() -> bytes:
    pdf = Plan(orientation="P", unit="mm", format="A4")
    pdf.core_fonts_encoding = "windows-1252"
    pdf.set_margins(18, 20, 18)
    pdf.set_auto_page_break(True, margin=18)
    pdf.set_creation_date(FIXED)
    pdf.set_title("PIAO 2026-2028 - Comune di Roncalbo")
    pdf.set_author("Comune di Roncalbo")
    pdf.set_subject("Piano Integrato di Attività e Organizzazione 2026-2028")
    pdf.set_creator("fresh23 make_plan.py")
    pdf.set_producer("fresh23 make_plan.py")
    pdf.set_lang("it-IT")

    # --- cover (page 1), sezione 1 (page 2)
    pdf.add_page()
    pdf.ln(60)
    for text, size, style in TITLE:
        pdf.set_font("helvetica", style, size)
        pdf.multi_cell(0, size * 0.55, text, align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)
    pdf.add_page()
    heading(pdf, "SEZIONE 1 – SCHEDA ANAGRAFICA DELL'AMMINISTRAZIONE")
    for p in ANAGRAFICA:
        para(pdf, p)
    grid(pdf, ANAG_HEAD, ANAG_ROWS, (80, 40, 40), aligns=("LEFT", "CENTER", "CENTER"))
    pdf.set_font("helvetica", "B", 10)
    pdf.multi_cell(0, 5, GIUNTA_INTRO, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("helvetica", "", 10)
    for carica, nome, deleghe in GIUNTA:
        pdf.multi_cell(0, 5, f"- {carica} {nome}: {deleghe}", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)

    # --- sezione 2
    pdf.add_page()
    heading(pdf, "SEZIONE 2 – VALORE PUBBLICO, PERFORMANCE E ANTICORRUZIONE")
    heading(pdf, "2.1 Valore pubblico", 11)
    for p in VP_TEXT:
        para(pdf, p)
    heading(pdf, "2.2 Performance – Schede degli obiettivi 2026-2028", 11)
    para(pdf, PERF_INTRO)
    for i, o in enumerate(OBJECTIVES, 1):
        scheda(pdf, i, o)

    pdf.add_page()
    heading(pdf, "2.3 Rischi corruttivi e trasparenza", 11)
    para(pdf, RISK_INTRO)
    grid(pdf, RISK_HEAD, RISK_ROWS, (42, 42, 54, 36))
    para(pdf, TRASP_TEXT)

    # --- sezione 3
    pdf.add_page()
    heading(pdf, "SEZIONE 3 – ORGANIZZAZIONE E CAPITALE UMANO")
    heading(pdf, "3.1 Struttura organizzativa", 11)
    para(pdf, ORG_INTRO)
    org_rows = [[f"U.O. {n}", d, r, str(k)] for n, d, r, k in UO]
    org_rows.append(["Totale", "", "", str(sum(u[3] for u in UO))])
    grid(pdf, ORG_HEAD, org_rows, (18, 76, 50, 30), aligns=("LEFT", "LEFT", "LEFT", "CENTER"))
    para(pdf, ORG_NOTE)
    heading(pdf, "3.2 Fabbisogni di personale e formazione", 11)
    for p in FABB_TEXT:
        para(pdf, p)

    heading(pdf, "SEZIONE 4 – MONITORAGGIO")
    para(pdf, MONIT_TEXT)
    return bytes(pdf.output())


def text_units() -> list[str]:
    """Every paragraph / table cell of the document as written (for the checker: an anchor must sit in one)."""
    units = [t for t, _, _ in TITLE] + ANAGRAFICA + ANAG_HEAD + [c for r in ANAG_ROWS for c in r]
    units += [GIUNTA_INTRO] + [f"- {c} {n}: {d}" for c, n, d in GIUNTA] + VP_TEXT + [PERF_INTRO]
    for o in OBJECTIVES:
        units += LABELS + LABELS_TAIL + TARGET_HEAD
        units += [o["code"], o["name"], o["fin"], uo_label(o["uo"]), o["ref"], o["ris"], o["crono"], o["ind"],
                  o["port"], o["pers"]]
        units += [c for tg in o["targets"] for c in tg]
    units += [RISK_INTRO] + RISK_HEAD + [c for r in RISK_ROWS for c in r] + [TRASP_TEXT, ORG_INTRO] + ORG_HEAD
    units += [c for n, d, r, k in UO for c in (f"U.O. {n}", d, r, str(k))] + [ORG_NOTE] + FABB_TEXT + [MONIT_TEXT]
    return units


def main() -> None:
    OUT.parent.mkdir(parents=True, exist_ok=True)
    data = build()
    OUT.write_bytes(data)
    print(f"wrote {OUT} ({len(data)} bytes)")


if __name__ == "__main__":
    main()
