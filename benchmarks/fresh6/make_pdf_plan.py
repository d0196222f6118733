"""Write the fictional PIAO 2026-2028 Sottosezione Performance of the Comune di Roncaleggio (LC)
as an A4 landscape PDF with ruled grid tables (fpdf2).

Deterministic: fixed creation date, fixed fonts, no randomness; running it twice gives the
same bytes.  Everything (municipality, people, firms, associations, figures) is invented;
real public bodies (Regione Lombardia, ATS Brianza, ANAC, ARPA Lombardia, Provincia di Lecco, GSE)
appear only as partners.

Usage: /work/main/.venv/bin/python benchmarks/fresh6/make_pdf_plan.py
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = Path(__file__).resolve().parent
SLUG = "roncaleggio"
OUT = HERE / "docs" / f"{SLUG}_piao-2026-2028_sottosezione-performance.pdf"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")

ENTE = "Comune di Roncaleggio"
RUNNING_HEADER = "Comune di Roncaleggio (LC) – PIAO 2026-2028 – Sottosezione 2.2 Performance"

# --------------------------------------------------------------------------------------------
# Content
# --------------------------------------------------------------------------------------------

PREMESSA = [
    "Il Piano Integrato di Attività e Organizzazione (PIAO) 2026-2028 del Comune di Roncaleggio è "
    "redatto secondo lo schema semplificato previsto per gli enti con meno di 50 dipendenti dal D.M. "
    "30 giugno 2022, n. 132. Il Comune, situato in provincia di Lecco, conta 7.842 abitanti al "
    "31/12/2025. La presente sottosezione 2.2 Performance è adottata volontariamente anche se non "
    "obbligatoria per gli enti di minori dimensioni, in quanto costituisce il Piano degli obiettivi "
    "assegnati ai Responsabili di Area per l'anno 2026, con proiezione sul 2027.",
    "Il documento è stato predisposto dal Segretario comunale, dott.ssa Graziella Pensotti, titolare "
    "della sede di segreteria convenzionata alla quale il Comune di Roncaleggio partecipa in qualità di "
    "capo-convenzione. Il Segretario comunale svolge anche le funzioni di Responsabile della "
    "prevenzione della corruzione e della trasparenza (RPCT) e, con decreto sindacale n. 9 del "
    "02/10/2025, ha assunto ad interim la responsabilità dell'Area Affari generali e Servizi "
    "demografici, rimasta vacante dal 1° ottobre 2025 per il collocamento a riposo del precedente "
    "titolare.",
    "Gli obiettivi sono stati condivisi con il Sindaco, avv. Francesca Redaelli, e con la Giunta "
    "comunale nella seduta del 20/01/2026 e sono coerenti con la Sezione Operativa del DUP 2026-2028 "
    "approvato con deliberazione del Consiglio comunale n. 41 del 18/12/2025. Il presente Piano è "
    "approvato con deliberazione della Giunta comunale n. 14 del 29/01/2026.",
]

CICLO = [
    "Il ciclo della performance si articola nella definizione degli obiettivi, nel monitoraggio "
    "intermedio al 31 luglio 2026 e nella rendicontazione finale entro il 30 aprile 2027 mediante la "
    "Relazione sulla performance. La misurazione e la valutazione sono effettuate dal Nucleo di "
    "Valutazione in forma monocratica, dott. Renato Ghislanzoni, secondo il Sistema di misurazione e "
    "valutazione della performance approvato con deliberazione della Giunta comunale n. 102 del "
    "14/11/2023.",
    "Per ciascuna Area gli obiettivi operativi sono riportati in una tabella che indica l'indicatore di "
    "risultato, il valore di partenza (rilevato al 31/12/2025, salvo diversa indicazione), i target "
    "attesi per il 2026 e il 2027 e il peso attribuito all'obiettivo. La somma dei pesi degli "
    "obiettivi di ciascuna Area è pari a 100. Quando un obiettivo è misurato da due indicatori, il "
    "secondo indicatore è riportato nella riga immediatamente sottostante.",
]

COLS = ("N.", "Obiettivo operativo", "Descrizione sintetica", "Indicatore", "Valore di partenza",
        "Target 2026", "Target 2027", "Peso")
WIDTHS = (10, 42, 92, 52, 26, 21, 21, 13)  # = 277 mm (A4 landscape, 10 mm margins)

# Each area: (heading lines, objectives). An objective: (n, title, description, [indicator rows], weight)
# with an indicator row = (indicator, baseline, target 2026, target 2027).
AREAS = [
    (
        ["AREA 1 – AFFARI GENERALI E SERVIZI DEMOGRAFICI",
         "Responsabile di Area: ad interim il Segretario comunale"],
        [
            (1, "Digitalizzazione dei registri di stato civile",
             "Scansione e indicizzazione dei registri di stato civile dal 1930 al 1990 (circa 1.150 "
             "registri) e loro consultazione informatizzata in vista del subentro nell'Archivio "
             "nazionale dello stato civile (ANSC). Il servizio di scansione è affidato a ditta esterna "
             "per un importo di euro 18.400 IVA inclusa.",
             [("Registri digitalizzati sul totale dei registri", "0%", "60%", "100%"),
              ("Estratti e certificati di stato civile rilasciati on line (n.)", "0", "300", "800")],
             40),
            (2, "Sportello polifunzionale \"Roncaleggio Facile\"",
             "Attivazione al piano terra del municipio di uno sportello unico che accorpa Anagrafe, "
             "Protocollo e URP, aperto anche il sabato dalle 8.30 alle 12.00, con prenotazione "
             "on line degli appuntamenti per carta d'identità elettronica e cambi di residenza.",
             [("Tempo medio di attesa allo sportello", "22 minuti", "15 minuti", "10 minuti")],
             35),
            (3, "Nuovo Regolamento del Consiglio comunale",
             "Predisposizione della proposta di nuovo Regolamento per il funzionamento del Consiglio "
             "comunale e delle commissioni consiliari, con disciplina delle sedute in modalità "
             "telematica e della diretta streaming; esame in Commissione Affari istituzionali.",
             [("Data di approvazione in Consiglio comunale", "Regolamento vigente del 2004",
               "entro il 30/09/2026", "–")],
             25),
        ],
    ),
    (
        ["AREA 2 – SERVIZI ALLA PERSONA – Responsabile: dott.ssa Elena Mandelli"],
        [
            (4, "Centro estivo comunale inclusivo",
             "Organizzazione del centro estivo per bambini e ragazzi dai 3 ai 14 anni nelle 7 "
             "settimane dal 22 giugno al 7 agosto 2026 presso il plesso scolastico di via dei Tigli, "
             "con educatori di sostegno per i minori con disabilità. Il servizio è co-finanziato da "
             "Regione Lombardia per euro 12.500.",
             [("Iscritti al centro estivo (n.)", "96", "120", "130"),
              ("Minori con disabilità accolti con educatore dedicato (n.)", "5", "8", "10")],
             30),
            (5, "Progetto \"Vicini di Casa\" contro la solitudine degli anziani",
             "Contrasto all'isolamento degli anziani over 75 che vivono soli, attraverso telefonate "
             "periodiche e visite domiciliari dei volontari, in collaborazione con l'associazione "
             "Il Campanile ODV e con ATS Brianza. Mappatura dei 214 residenti over 75 che vivono "
             "soli.",
             [("Anziani soli contattati almeno una volta al mese (n.)", "60", "150", "200")],
             40),
            (6, "Bando comunale per il sostegno all'affitto",
             "Pubblicazione entro il 31 marzo 2026 del bando per contributi all'affitto destinati ai "
             "nuclei con ISEE fino a euro 15.000; contributo massimo di euro 1.800 per nucleo. Fondo "
             "disponibile euro 45.000, di cui euro 30.000 di risorse regionali.",
             [("Domande istruite entro 60 giorni dalla chiusura del bando", "70%", "90%", "95%")],
             30),
        ],
    ),
    (
        ["AREA 3 – ECONOMICO-FINANZIARIA E TRIBUTI – Responsabile: rag. Davide Sormani"],
        [
            (7, "Recupero dell'evasione IMU e TARI",
             "Controllo delle posizioni IMU delle annualità 2021 e 2022 e TARI 2022, mediante "
             "incrocio della banca dati catastale con la banca dati tributaria, ed emissione degli "
             "avvisi di accertamento esecutivi. Le somme recuperate finanziano il fondo per la "
             "manutenzione delle strade comunali.",
             [("Importo accertato", "euro 148.000", "euro 180.000", "euro 200.000"),
              ("Avvisi di accertamento emessi (n.)", "310", "400", "420")],
             50),
            (8, "Riduzione dei tempi di pagamento delle fatture",
             "Revisione del flusso di liquidazione delle fatture elettroniche con atti di "
             "liquidazione firmati digitalmente e monitoraggio mensile sulla Piattaforma dei crediti "
             "commerciali (PCC), in coerenza con la riforma PNRR 1.11 sui tempi di pagamento.",
             [("Indicatore annuale di tempestività dei pagamenti", "+4 giorni", "0 giorni",
               "-5 giorni")],
             50),
        ],
    ),
    (
        ["AREA 4 – TECNICA (LAVORI PUBBLICI, PATRIMONIO, URBANISTICA E AMBIENTE) – "
         "Responsabile: arch. Matteo Brambati"],
        [
            (9, "Riqualificazione energetica della palestra comunale di via Resegone",
             "Sostituzione dei serramenti e del generatore di calore con una pompa di calore. Importo "
             "complessivo del progetto euro 640.000, di cui euro 420.000 finanziati dal Conto "
             "Termico del GSE ed euro 220.000 con fondi propri di bilancio. Aggiudicazione dei "
             "lavori entro il 30 giugno 2026 e fine lavori entro il 31 marzo 2027.",
             [("Stato di avanzamento dei lavori", "Progetto esecutivo approvato", "SAL al 70%",
               "Collaudo entro il 30/06/2027")],
             40),
            (10, "Censimento e cura del patrimonio arboreo",
             "Censimento informatizzato delle 1.380 alberature pubbliche con schede di valutazione "
             "di stabilità (VTA) redatte da agronomo incaricato e sostituzione degli esemplari a "
             "rischio di schianto, con 60 nuove piantumazioni nel 2026.",
             [("Alberature censite (n.)", "420", "1.380", "revisione annuale"),
              ("Nuove piantumazioni (n.)", "15", "60", "40")],
             30),
            (11, "Variante generale al Piano di Governo del Territorio (PGT)",
             "Prosecuzione del procedimento di variante generale al PGT e della connessa Valutazione "
             "Ambientale Strategica (VAS), con incarico professionale esterno per la redazione degli "
             "elaborati e un forum pubblico di presentazione alla cittadinanza. Adozione della "
             "variante entro il 31/12/2027.",
             [("Fasi del procedimento completate", "Avvio del procedimento (delibera G.C. n. 88/2025)",
               "Documento di scoping e prima conferenza VAS", "Adozione in Consiglio comunale")],
             30),
        ],
    ),
    (
        ["AREA 5 – POLIZIA LOCALE E ATTIVITÀ PRODUTTIVE – Responsabile: il Comandante del Servizio "
         "associato di Polizia Locale"],
        [
            (12, "Scuole sicure: presidio degli attraversamenti",
             "Presidio degli attraversamenti pedonali in orario di entrata e di uscita presso i 3 "
             "plessi scolastici, con l'ausilio di 6 volontari \"nonni vigile\", e realizzazione di 2 "
             "attraversamenti pedonali rialzati in via Manzoni e in via dei Tigli durante la "
             "chiusura estiva delle scuole.",
             [("Giorni di scuola con presidio garantito", "75%", "95%", "95%")],
             55),
            (13, "SUAP: pratiche interamente telematiche",
             "Adeguamento dello Sportello Unico per le Attività Produttive alle nuove specifiche "
             "tecniche nazionali di interoperabilità e formazione degli operatori economici con un "
             "incontro informativo rivolto alle imprese del territorio.",
             [("Pratiche SUAP concluse entro i termini di legge", "82%", "92%", "98%")],
             45),
        ],
    ),
]

QUARTERS = ("I trim. 2026", "II trim. 2026", "III trim. 2026", "IV trim. 2026")
GANTT_INTRO = (
    "La tabella seguente riporta, per ciascun obiettivo (indicato con il numero progressivo delle "
    "tabelle precedenti), la distribuzione delle attività nel corso del 2026. Le colonne corrispondono "
    "ai quattro trimestri dell'anno (primo trimestre: gennaio-marzo; secondo trimestre: aprile-giugno; "
    "terzo trimestre: luglio-settembre; quarto trimestre: ottobre-dicembre). La lettera X indica che "
    "l'attività è in corso nel trimestre senza una fase specifica; una cella vuota indica che nel "
    "trimestre non sono previste attività."
)
GANTT = [
    (1, ("Affidamento servizio", "Scansione", "Scansione", "Consultazione on line")),
    (2, ("Riallestimento locali", "Apertura sportello", "X", "Rilevazione tempi di attesa")),
    (3, ("Bozza di regolamento", "Esame in Commissione", "Approvazione in Consiglio", "")),
    (4, ("Domanda di contributo regionale", "Iscrizioni e avvio", "Centro estivo", "Rendicontazione")),
    (5, ("Mappatura over 75", "X", "X", "X")),
    (6, ("Pubblicazione bando", "Istruttoria domande", "Erogazione contributi", "")),
    (7, ("Incrocio banche dati", "X", "Emissione avvisi", "X")),
    (8, ("X", "X", "X", "X")),
    (9, ("Gara d'appalto", "Aggiudicazione", "Lavori", "Lavori")),
    (10, ("Censimento", "Censimento", "", "Piantumazioni")),
    (11, ("", "Incarico VAS", "Documento di scoping", "Prima conferenza VAS")),
    (12, ("X", "X", "Attraversamenti rialzati", "X")),
    (13, ("Adeguamento piattaforma", "Incontro con le imprese", "X", "X")),
]

STAKEHOLDERS = [
    (1, "Cittadini; Ufficiale di stato civile; Ministero dell'Interno; ditta affidataria Archidoc "
        "Lario S.r.l."),
    (2, "Cittadini e utenti degli sportelli; personale dell'Area Affari generali"),
    (3, "Consiglieri comunali; gruppi consiliari; cittadini"),
    (4, "Famiglie; Cooperativa sociale La Ginestra (gestore del centro estivo); Istituto comprensivo "
        "di Roncaleggio; Regione Lombardia"),
    (5, "Anziani soli e loro familiari; Il Campanile ODV; ATS Brianza; medici di medicina generale"),
    (6, "Nuclei familiari in locazione; proprietari di alloggi; CAF convenzionati; Regione Lombardia"),
    (7, "Contribuenti; Agenzia delle Entrate; professionisti e CAF"),
    (8, "Fornitori dell'Ente; Tesoriere comunale"),
    (9, "Società sportive; Istituto comprensivo di Roncaleggio; GSE; impresa appaltatrice"),
    (10, "Cittadini; associazione Amici del Bosco di Roncaleggio; agronomo incaricato"),
    (11, "Cittadini; ordini professionali; Provincia di Lecco; ARPA Lombardia; Regione Lombardia"),
    (12, "Alunni e famiglie; Istituto comprensivo di Roncaleggio; volontari \"nonni vigile\"; "
         "Comitato genitori"),
    (13, "Imprese e commercianti; associazioni di categoria; Camera di Commercio"),
]

VALORE_PUBBLICO = [
    "Gli obiettivi operativi della presente sottosezione concorrono al raggiungimento degli obiettivi "
    "di valore pubblico definiti nella sottosezione 2.1. In particolare, gli obiettivi n. 1, 2, 3 e 13 "
    "contribuiscono all'obiettivo di valore pubblico VP1 \"Comune semplice e digitale\"; gli obiettivi "
    "n. 4, 5 e 6 all'obiettivo VP2 \"Comunità inclusiva e solidale\"; gli obiettivi n. 9, 10, 11 e 12 "
    "all'obiettivo VP3 \"Territorio sostenibile e sicuro\"; gli obiettivi n. 7 e 8 all'obiettivo VP4 "
    "\"Ente solido e affidabile\".",
    "Il grado di raggiungimento degli obiettivi operativi costituisce la base per la misurazione degli "
    "impatti attesi in termini di benessere della comunità; i risultati saranno illustrati nella "
    "Relazione sulla performance 2026 e pubblicati nella sezione Amministrazione trasparente del sito "
    "istituzionale, in conformità alle indicazioni di ANAC.",
]

ORGANIZZAZIONE = [
    "La struttura organizzativa del Comune di Roncaleggio è articolata in cinque Aree, ciascuna "
    "affidata a un Responsabile titolare di incarico di Elevata Qualificazione (EQ), salvo quanto "
    "previsto per l'Area Affari generali e Servizi demografici. Al 1° gennaio 2026 l'Ente dispone "
    "complessivamente di 38 dipendenti a tempo indeterminato, oltre al Segretario comunale in "
    "convenzione.",
    "L'Area Affari generali e Servizi demografici è diretta ad interim dal Segretario comunale e "
    "comprende l'Ufficio Segreteria e Protocollo, l'Ufficio Anagrafe, Stato civile ed Elettorale e "
    "l'Ufficio Relazioni con il Pubblico; vi prestano servizio 7 dipendenti, tra i quali l'Ufficiale "
    "di stato civile delegato, sig.ra Marta Longhi.",
    "L'Area Servizi alla persona, diretta dalla dott.ssa Elena Mandelli, comprende i Servizi sociali, "
    "l'Ufficio Scuola e Sport e la Biblioteca civica e conta 6 dipendenti, tra cui due assistenti "
    "sociali.",
    "L'Area Economico-finanziaria e Tributi, retta dal rag. Davide Sormani, si articola nell'Ufficio "
    "Ragioneria ed Economato, nell'Ufficio Tributi e nell'Ufficio Personale (trattamento economico); "
    "vi lavorano 5 dipendenti. L'Ufficio Tributi è seguito dalla sig.ra Silvia Ratti, istruttore "
    "amministrativo-contabile.",
    "L'Area Tecnica, diretta dall'arch. Matteo Brambati, comprende il Servizio Lavori pubblici e "
    "Patrimonio, il Servizio Urbanistica ed Edilizia privata e il Servizio Ecologia e Ambiente e conta "
    "12 dipendenti, di cui 5 operai della squadra esterna.",
    "L'Area Polizia locale e Attività produttive è affidata al Comandante del Servizio associato di "
    "Polizia Locale, commissario Ivano Panzeri, e comprende il Comando di Polizia Locale e lo Sportello "
    "Unico per le Attività Produttive (SUAP); vi operano 8 dipendenti, di cui 6 agenti di polizia "
    "locale.",
    "Nel corso del 2026 è prevista l'assunzione di un istruttore tecnico per l'Area Tecnica e di un "
    "istruttore amministrativo per l'Area Affari generali e Servizi demografici, secondo quanto "
    "indicato nella sottosezione 3.3 Piano triennale dei fabbisogni di personale.",
]


# --------------------------------------------------------------------------------------------
# Layout
# --------------------------------------------------------------------------------------------

class PlanPDF(FPDF):
    def header(self):
        self.set_font("DejaVu", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, RUNNING_HEADER, align="R")
        self.ln(6)
        self.set_draw_color(150, 150, 150)
        self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.ln(3)
        self.set_text_color(0, 0, 0)
        self.set_draw_color(0, 0, 0)

    def footer(self):
        self.set_y(-12)
        self.set_font("DejaVu", "", 8)
        self.cell(0, 6, f"Pag. {self.page_no()}", align="C")


def heading(pdf: PlanPDF, text: str, size: float = 12, space: float = 3):
    pdf.set_font("DejaVu", "B", size)
    pdf.multi_cell(0, size * 0.5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(space)


def paragraph(pdf: PlanPDF, text: str):
    pdf.set_font("DejaVu", "", 10)
    pdf.multi_cell(0, 5, text, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2.5)


def ensure_space(pdf: PlanPDF, mm: float):
    if pdf.get_y() + mm > pdf.h - pdf.b_margin:
        pdf.add_page()


def objectives_table(pdf: PlanPDF, objectives):
    pdf.set_font("DejaVu", "", 8)
    head_style = FontFace(emphasis="BOLD", fill_color=(220, 225, 235))
    with pdf.table(col_widths=WIDTHS, width=sum(WIDTHS), text_align="LEFT", v_align="TOP",
                   line_height=4, padding=1.2, headings_style=head_style,
                   repeat_headings=1) as table:
        row = table.row()
        for c in COLS:
            row.cell(c)
        for n, title, descr, indicators, weight in objectives:
            for k, (ind, base, t26, t27) in enumerate(indicators):
                row = table.row()
                if k == 0:
                    row.cell(str(n))
                    row.cell(title)
                    row.cell(descr)
                else:
                    row.cell("")
                    row.cell("")
                    row.cell("")
                row.cell(ind)
                row.cell(base)
                row.cell(t26)
                row.cell(t27)
                row.cell(str(weight) if k == 0 else "")
    pdf.ln(4)


def build() -> bytes:
    pdf = PlanPDF(orientation="L", unit="mm", format="A4")
    pdf.set_creation_date(dt.datetime(2026, 1, 29, 10, 0, 0, tzinfo=dt.timezone.utc))
    pdf.set_title("PIAO 2026-2028 - Sottosezione 2.2 Performance - Comune di Roncaleggio")
    pdf.set_author("Comune di Roncaleggio")
    pdf.set_creator("make_pdf_plan.py")
    pdf.set_producer("fpdf2")
    pdf.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_margins(10, 10, 10)
    pdf.set_auto_page_break(True, margin=16)

    # --- page 1: title, premessa, ciclo della performance
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 16)
    pdf.cell(0, 9, "COMUNE DI RONCALEGGIO", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 11)
    pdf.cell(0, 6, "Provincia di Lecco", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("DejaVu", "B", 13)
    pdf.cell(0, 7, "PIANO INTEGRATO DI ATTIVITÀ E ORGANIZZAZIONE (PIAO) 2026-2028", align="C",
             new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 7, "SEZIONE 2 – VALORE PUBBLICO, PERFORMANCE E ANTICORRUZIONE", align="C",
             new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 7, "Sottosezione 2.2 – Performance", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    heading(pdf, "Premessa", 12)
    for p in PREMESSA:
        paragraph(pdf, p)
    heading(pdf, "2.2.1 Il ciclo della performance", 12)
    for p in CICLO:
        paragraph(pdf, p)

    # --- objectives, one table per area
    pdf.add_page()
    heading(pdf, "2.2.2 Obiettivi operativi 2026-2027 per Area", 12, 4)
    for head_lines, objectives in AREAS:
        ensure_space(pdf, 70)
        for line in head_lines:
            heading(pdf, line, 10, 1)
        pdf.ln(1.5)
        objectives_table(pdf, objectives)

    # --- cronoprogramma (Gantt-like grid)
    pdf.add_page()
    heading(pdf, "2.2.3 Cronoprogramma delle attività", 12)
    paragraph(pdf, GANTT_INTRO)
    pdf.set_font("DejaVu", "", 8.5)
    head_style = FontFace(emphasis="BOLD", fill_color=(220, 225, 235))
    with pdf.table(col_widths=(25, 63, 63, 63, 63), width=277, text_align="CENTER",
                   line_height=4.2, padding=1.2, headings_style=head_style) as table:
        row = table.row()
        row.cell("Obiettivo N.")
        for q in QUARTERS:
            row.cell(q)
        for n, cells in GANTT:
            row = table.row()
            row.cell(str(n))
            for c in cells:
                row.cell(c)
    pdf.ln(5)

    # --- stakeholders
    ensure_space(pdf, 60)
    heading(pdf, "2.2.4 Stakeholder coinvolti per obiettivo", 12)
    pdf.set_font("DejaVu", "", 8.5)
    with pdf.table(col_widths=(20, 257), width=277, text_align="LEFT", line_height=4.2,
                   padding=1.2, headings_style=head_style) as table:
        row = table.row()
        row.cell("N.")
        row.cell("Stakeholder coinvolti")
        for n, who in STAKEHOLDERS:
            row = table.row()
            row.cell(str(n))
            row.cell(who)
    pdf.ln(5)

    # --- valore pubblico
    ensure_space(pdf, 45)
    heading(pdf, "2.2.5 Collegamento con gli obiettivi di Valore pubblico", 12)
    for p in VALORE_PUBBLICO:
        paragraph(pdf, p)

    # --- organisation (prose)
    pdf.add_page()
    heading(pdf, "SEZIONE 3 – ORGANIZZAZIONE E CAPITALE UMANO", 13)
    heading(pdf, "3.1 Struttura organizzativa", 12)
    for p in ORGANIZZAZIONE:
        paragraph(pdf, p)

    return bytes(pdf.output())


def main():
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_bytes(build())
    print(f"wrote {OUT} ({OUT.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
