"""Write docs/montecorbaia_piao-2026-2028.pdf: the PIAO 2026-2028 (Sezione 2.2 Performance and
Sezione 3.1 Struttura organizzativa) of the FICTIONAL Comune di Montecorbaia (provincia di Pisa, Toscana).

Layout:
* A4 landscape, Helvetica (core font), running header "COMUNE DI MONTECORBAIA (PI) - PIAO 2026-2028" with
  the section on the right, a thin rule under it, footer "pag. N" centred;
* the operational objectives are ONE ruled table (every cell has its border drawn, header row shaded and
  repeated at the top of every page the table continues on); rows are never split across pages; cells wrap
  on several lines (title in bold then the description in the same cell);
* the org chart of Sezione 3.1 is written as prose paragraphs (one per settore, varied sentence patterns),
  followed by the political bodies (bulleted list of assessori with deleghe) and a small ruled table of the
  staff by category.

Every text line is drawn with its own text operator at an absolute position (cell by cell, line by line).
Deterministic: no randomness, fixed creation date.  Needs fpdf2 (in /work/main/.venv).
All people, places and figures are invented.

Usage: /work/main/.venv/bin/python benchmarks/fresh14/make_plan.py
"""
from __future__ import annotations

import datetime
from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).resolve().parent
NAME = "montecorbaia_piao-2026-2028.pdf"
OUT = HERE / "docs" / NAME

PAGE_W, PAGE_H = 297.0, 210.0
LEFT, RIGHT = 12.0, 12.0
TEXT_W = PAGE_W - LEFT - RIGHT          # 273 mm
BODY_TOP, BODY_BOTTOM = 22.0, 192.0
RUNNING = "COMUNE DI MONTECORBAIA (PI) – PIAO 2026-2028"
PAD = 1.5                               # cell padding, mm
PT = 25.4 / 72.0

# ------------------------------------------------------------------------------------------------
# content
# ------------------------------------------------------------------------------------------------

TITLE = "PIANO INTEGRATO DI ATTIVITÀ E ORGANIZZAZIONE 2026-2028"
SUBTITLE = "Comune di Montecorbaia – Provincia di Pisa"
APPROVAL = ("Approvato con deliberazione della Giunta comunale n. 14 del 29/01/2026 – estratto: Sezione 2.2 "
            "Performance e Sezione 3.1 Struttura organizzativa")

PERF_INTRO = [
    "Il Comune di Montecorbaia conta 14.927 abitanti al 31/12/2025 e comprende, oltre al capoluogo, le "
    "frazioni di Ponte a Corbaia, Casenuove e Poggio al Pino. La presente sottosezione individua gli "
    "obiettivi operativi di performance per il triennio 2026-2028, in coerenza con le linee di mandato e con "
    "la Sezione Operativa del DUP 2026-2028 approvato con deliberazione del Consiglio comunale n. 58 del "
    "19/12/2025. Gli obiettivi sono assegnati ai Settori dell'Ente e costituiscono la base per la misurazione "
    "e la valutazione della performance organizzativa e individuale.",
    "Per ciascun obiettivo sono indicati un indicatore di risultato, il valore atteso (target) per gli anni "
    "2026 e 2027, il Settore responsabile dell'attuazione e il peso attribuito ai fini della valutazione; la "
    "somma dei pesi è pari a 100. Il grado di raggiungimento degli obiettivi è verificato dal Nucleo di "
    "valutazione sulla base della relazione sulla performance, previo monitoraggio intermedio al 30 giugno.",
    "Il sistema di misurazione e valutazione della performance, aggiornato con deliberazione della Giunta "
    "comunale n. 121 del 28/11/2024, lega la valutazione dei titolari di EQ per il 60% al raggiungimento "
    "degli obiettivi del proprio Settore e per il restante 40% ai comportamenti organizzativi. Gli obiettivi "
    "sono stati condivisi con i responsabili di Settore nella conferenza del 13/01/2026 e saranno pubblicati "
    "nella sezione Amministrazione Trasparente del sito istituzionale.",
    "Gli obiettivi operativi discendono dalle tre linee strategiche del programma di mandato, descritte di "
    "seguito.",
]

LINES = [
    ("Linea strategica 1 – Un Comune efficiente, digitale e trasparente.",
     "L'Amministrazione intende ridurre i tempi di risposta a cittadini e imprese, rafforzare l'equità "
     "fiscale e garantire la correttezza dell'azione amministrativa. Appartengono a questa linea gli "
     "obiettivi n. 1, 2, 3 e 11."),
    ("Linea strategica 2 – Un territorio curato e sostenibile.",
     "La cura delle strade, la produzione di energia da fonti rinnovabili, la riduzione dei rifiuti non "
     "differenziati e degli sprechi alimentari sono le priorità per l'ambiente e la qualità urbana. Vi "
     "rientrano gli obiettivi n. 4, 5, 6 e 10."),
    ("Linea strategica 3 – Una comunità sicura, coesa e inclusiva.",
     "La linea riunisce le azioni per la sicurezza delle persone nei quartieri e in caso di emergenza e per "
     "il sostegno a ragazzi e famiglie in difficoltà. Ne fanno parte gli obiettivi n. 7, 8, 9 e 12."),
]

TABLE_TITLE = "Tabella 1 – Obiettivi operativi 2026-2028"
OBJ_HEAD = ["N.", "Obiettivo operativo", "Indicatore di risultato", "Target 2026", "Target 2027",
            "Settore responsabile", "Peso"]
OBJ_COLS = [10, 92, 58, 24, 24, 50, 15]          # 273 mm
OBJ_CENTER = {0, 3, 4, 6}

S1 = "Settore I – Affari generali e servizi demografici"
S2 = "Settore II – Servizi finanziari"
S3 = "Settore III – Lavori pubblici, manutenzioni e protezione civile"
S4 = "Settore IV – Urbanistica, edilizia privata e ambiente"
S5 = "Settore V – Servizi alla persona e istruzione"
S6 = "Settore VI – Polizia locale"

# (n, title, description, destinatari, indicator, fonte del dato, target 2026, target 2027, settore, peso,
#  strategic line)
OBJECTIVES = [
    ("1", "Recupero dell'evasione IMU e TARI",
     "Controlli incrociati tra banca dati catastale, anagrafe della popolazione e utenze domestiche per le "
     "annualità dal 2021 al 2023 ed emissione degli avvisi di accertamento esecutivi, con possibilità di "
     "rateizzazione su richiesta del contribuente e sportello dedicato il giovedì mattina.",
     "contribuenti, cittadini",
     "Importo degli avvisi di accertamento emessi nell'anno", "gestionale tributi",
     "€ 420.000", "€ 480.000", S2, "12", 1),
    ("2", "Tempestività dei pagamenti ai fornitori",
     "Liquidazione delle fatture entro 10 giorni dal ricevimento da parte di tutti i Settori, circolare "
     "interna sulle scadenze e verifica trimestrale dei dati sulla Piattaforma dei crediti commerciali, con "
     "segnalazione ai responsabili delle fatture in ritardo.",
     "imprese fornitrici dell'Ente",
     "Tempo medio di pagamento delle fatture commerciali (giorni)", "Piattaforma dei crediti commerciali",
     "28", "25", S2, "6", 1),
    ("3", "Carta d'identità elettronica senza attese",
     "Apertura di un'agenda on line per la prenotazione della CIE, apertura straordinaria dell'ufficio "
     "anagrafe due sabati al mese e postazione mobile per il rilascio del documento alle persone allettate o "
     "ospiti delle strutture residenziali.",
     "cittadini residenti, persone non deambulanti",
     "Tempo di attesa per l'appuntamento CIE (giorni)", "agenda on line dei servizi demografici",
     "15", "7", S1, "7", 1),
    ("4", "Manutenzione programmata delle strade comunali",
     "Piano triennale delle asfaltature basato sul catasto strade, con priorità ai tratti segnalati dai "
     "cittadini tramite l'app comunale e alle strade di accesso alle scuole; rifacimento della segnaletica "
     "orizzontale dopo ogni intervento.",
     "automobilisti, ciclisti, pedoni",
     "Km di strade comunali riasfaltate nell'anno", "contabilità dei lavori",
     "6,5 km", "8 km", S3, "9", 2),
    ("5", "Comunità energetica rinnovabile comunale",
     "Costituzione della comunità energetica rinnovabile (CER) con impianti fotovoltaici sulle coperture del "
     "palazzetto dello sport e del magazzino comunale; campagna informativa e sportello per l'adesione di "
     "famiglie, imprese e associazioni del territorio.",
     "famiglie, imprese, associazioni",
     "N. famiglie e imprese aderenti alla CER", "registro dei membri della CER",
     "60", "150", S4, "8", 2),
    ("6", "Più raccolta differenziata, meno abbandoni",
     "Estensione della raccolta porta a porta alla frazione di Poggio al Pino, installazione di 10 "
     "fototrappole nei punti critici e presenza degli ispettori ambientali volontari nelle aree di "
     "abbandono segnalate dai cittadini.",
     "utenze domestiche e non domestiche",
     "% raccolta differenziata sul totale dei rifiuti urbani", "dati ARRR Toscana certificati",
     "72%", "75%", S4, "10", 2),
    ("7", "Vigile di quartiere",
     "Pattugliamento a piedi e in bicicletta nel centro storico, a Ponte a Corbaia e a Casenuove, con un "
     "recapito settimanale degli agenti presso i centri civici per raccogliere segnalazioni su viabilità, "
     "sosta e decoro urbano.",
     "residenti dei quartieri, commercianti",
     "Ore annue di pattugliamento a piedi e in bicicletta", "fogli di servizio del Comando",
     "1.200", "1.500", S6, "8", 3),
    ("8", "Aggiornamento del Piano comunale di protezione civile",
     "Revisione degli scenari di rischio idraulico del torrente Corbaia e di rischio incendi boschivi, "
     "censimento delle persone fragili da assistere in caso di emergenza ed esercitazioni con le "
     "associazioni di volontariato e con la popolazione.",
     "popolazione, associazioni di volontariato",
     "N. esercitazioni di protezione civile con la popolazione", "verbali delle esercitazioni",
     "1", "2", S3, "5", 3),
    ("9", "Doposcuola comunale contro la povertà educativa",
     "Attivazione di un servizio gratuito di aiuto nello studio per gli alunni della scuola secondaria di "
     "primo grado, tre pomeriggi a settimana, in collaborazione con le associazioni di volontariato e con "
     "gli insegnanti dell'Istituto comprensivo.",
     "alunni di 11-14 anni e loro famiglie",
     "N. alunni iscritti al doposcuola", "registro delle iscrizioni",
     "45", "60", S5, "9", 3),
    ("10", "Mensa scolastica a km 0 e meno sprechi",
     "Revisione del capitolato della refezione scolastica con una quota crescente di prodotti locali e "
     "biologici, misurazione degli scarti nei refettori e recupero delle eccedenze alimentari in accordo "
     "con la Caritas parrocchiale.",
     "alunni delle scuole dell'infanzia e primarie",
     "% prodotti a km 0 o biologici nei menù scolastici", "report trimestrale del gestore",
     "30%", "40%", S5, "7", 2),
    ("11", "Controlli successivi di regolarità amministrativa",
     "Estrazione casuale trimestrale degli atti da controllare, schede di verifica standardizzate per "
     "tipologia di atto e report semestrale degli esiti alla Giunta, al Consiglio comunale e ai "
     "responsabili di Settore, con le eventuali direttive di conformità.",
     "organi di governo, Settori dell'Ente",
     "% determinazioni sottoposte a controllo successivo", "verbali del controllo interno",
     "10%", "12%", S1, "8", 1),
    ("12", "Tirocini di inclusione sociale",
     "Percorsi di tirocinio presso aziende e cooperative del territorio per i beneficiari dell'Assegno di "
     "inclusione, con tutoraggio dell'assistente sociale, borsa mensile e bilancio delle competenze al "
     "termine del percorso.",
     "beneficiari dell'Assegno di inclusione",
     "N. tirocini di inclusione attivati", "cartella sociale informatizzata",
     "12", "18", S5, "11", 3),
]
OBJ_NOTE = ("Il peso complessivo degli obiettivi operativi è pari a 100. Per gli anni successivi al 2027 i "
            "target saranno definiti con l'aggiornamento annuale del Piano.")

ORG_INTRO = (
    "La struttura organizzativa del Comune di Montecorbaia si articola in sei Settori, ciascuno affidato a "
    "un titolare di incarico di Elevata Qualificazione (EQ) nominato dal Sindaco, ad eccezione del Settore I, "
    "attualmente privo di titolare. Il coordinamento dei Settori è assicurato dal Segretario generale "
    "attraverso la conferenza dei responsabili, convocata di norma ogni due settimane.")
ORG_ASSOC = (
    "Sono gestiti in forma associata con i Comuni limitrofi, sulla base di apposite convenzioni, la centrale "
    "unica di committenza per gli appalti di lavori, servizi e forniture e il Nucleo di valutazione; il "
    "servizio di raccolta e smaltimento dei rifiuti urbani è affidato al gestore unico dell'ambito "
    "territoriale ottimale.")

SETTORI_PROSE = [
    "Il Settore I – Affari generali e servizi demografici (segreteria e organi istituzionali, protocollo e "
    "archivio, anagrafe, stato civile ed elettorale, URP) è rimasto privo di titolare di EQ dal 1° ottobre "
    "2025: la responsabilità è affidata ad interim al Segretario generale fino alla copertura del posto. Nel "
    "Settore lavorano 10 dipendenti.",
    "Il Settore II – Servizi finanziari (ragioneria, tributi, economato) è diretto dalla dott.ssa Chiara "
    "Pratesi, titolare di incarico di Elevata Qualificazione; vi lavorano 7 dipendenti.",
    "Il Settore III – Lavori pubblici, manutenzioni e protezione civile comprende l'ufficio tecnico dei "
    "lavori pubblici, il patrimonio, la manutenzione di strade ed edifici, la squadra operai e la protezione "
    "civile; ne è responsabile l'ing. Stefano Fantozzi, titolare di EQ, e vi sono assegnati 9 dipendenti, "
    "di cui 4 operai.",
    "La responsabilità del Settore IV – Urbanistica, edilizia privata e ambiente (pianificazione "
    "urbanistica, sportello unico per l'edilizia, SUAP, ambiente e igiene urbana) è affidata all'arch. Paolo "
    "Salvadori, titolare di EQ, che coordina un gruppo di 6 dipendenti.",
    "Fa capo alla dott.ssa Francesca Mazzanti, titolare di EQ, il Settore V – Servizi alla persona e "
    "istruzione (servizi sociali, pubblica istruzione, refezione e trasporto scolastico, biblioteca); "
    "l'organico del Settore è di 8 unità, tra cui due assistenti sociali.",
    "Il Corpo di Polizia locale costituisce il Settore VI – Polizia locale ed è guidato dal Comandante, "
    "commissario Luca Tognetti, titolare di EQ, coadiuvato dal vicecomandante, ispettore Nicola Papini; il "
    "Corpo conta complessivamente 11 addetti tra ufficiali e agenti.",
]

SEGRETARIO = (
    "Il Segretario generale è la dott.ssa Elena Ciampolini, che svolge anche le funzioni di Responsabile "
    "della prevenzione della corruzione e della trasparenza (RPCT) e dirige ad interim il Settore I – Affari "
    "generali e servizi demografici. Al Segretario spettano inoltre la presidenza della delegazione di "
    "parte pubblica e il coordinamento dei controlli interni.")
ORGANI = (
    "Il Sindaco è Lorenzo Bartolozzi, eletto nel giugno 2024, che ha trattenuto le deleghe a comunicazione, "
    "cultura, turismo e sport. La Giunta comunale è composta, oltre che dal Sindaco, da quattro assessori, "
    "con le seguenti deleghe:")
ASSESSORI = [
    "Giulia Niccolai, Vicesindaco – bilancio, tributi, personale e innovazione digitale;",
    "Marco Baldacci – lavori pubblici, manutenzioni, viabilità e protezione civile;",
    "Sara Guidotti – politiche sociali, pubblica istruzione, politiche giovanili e pari opportunità;",
    "Andrea Batistini – urbanistica, ambiente e rifiuti, energia, sicurezza urbana.",
]

PERS_TITLE = "Tabella 2 – Personale in servizio al 31/12/2025"
PERS_HEAD = ["Categoria (CCNL Funzioni locali 16/11/2022)", "Tempo pieno", "Tempo parziale", "Totale"]
PERS_COLS = [95, 30, 30, 30]
PERS_CENTER = {1, 2, 3}
PERSONALE = [
    ("Funzionari titolari di EQ", "5", "0", "5"),
    ("Funzionari", "7", "1", "8"),
    ("Istruttori", "21", "3", "24"),
    ("Operatori esperti", "9", "1", "10"),
    ("Operatori", "3", "1", "4"),
    ("Totale", "45", "6", "51"),
]
PERS_NOTE = ("Il Segretario generale, dipendente del Ministero dell'Interno, non è compreso nel totale. Nel "
             "corso del 2026 è prevista la copertura del posto di Funzionario EQ del Settore I.")


# ------------------------------------------------------------------------------------------------
# drawing
# ------------------------------------------------------------------------------------------------

class Plan(FPDF):
    section = ""

    def header(self) -> None:
        self.set_font("Helvetica", "B", 8.5)
        self.text(LEFT, 12, RUNNING)
        self.set_font("Helvetica", "", 8.5)
        w = self.get_string_width(self.section)
        self.text(PAGE_W - RIGHT - w, 12, self.section)
        self.set_line_width(0.2)
        self.line(LEFT, 14, PAGE_W - RIGHT, 14)

    def footer(self) -> None:
        self.set_font("Helvetica", "", 8.5)
        s = f"pag. {self.page_no()}"
        self.text((PAGE_W - self.get_string_width(s)) / 2, 201, s)


def line_h(size: float) -> float:
    return size * 1.3 * PT


class Writer:
    def __init__(self) -> None:
        pdf = Plan(orientation="L", unit="mm", format="A4")
        pdf.core_fonts_encoding = "windows-1252"
        pdf.set_auto_page_break(False)
        pdf.set_margins(LEFT, BODY_TOP, RIGHT)
        pdf.set_creation_date(datetime.datetime(2026, 1, 30, 10, 0, tzinfo=datetime.timezone.utc))
        pdf.set_title("PIAO 2026-2028 - Comune di Montecorbaia")
        pdf.set_author("Comune di Montecorbaia - Segreteria generale")
        pdf.set_creator("Ufficio di Segreteria")
        self.pdf = pdf
        self.y = BODY_TOP

    # -- basics ---------------------------------------------------------------------------------
    def font(self, bold: bool, size: float) -> None:
        self.pdf.set_font("Helvetica", "B" if bold else "", size)

    def width(self, s: str, bold: bool, size: float) -> float:
        self.font(bold, size)
        return self.pdf.get_string_width(s)

    def wrap(self, text: str, width: float, bold: bool, size: float) -> list[str]:
        lines, cur = [], ""
        for word in text.split():
            cand = word if not cur else cur + " " + word
            if self.width(cand, bold, size) <= width or not cur:
                cur = cand
            else:
                lines.append(cur)
                cur = word
        if cur:
            lines.append(cur)
        return lines

    def new_page(self, section: str | None = None) -> None:
        if section is not None:
            self.pdf.section = section
        self.pdf.add_page()
        self.y = BODY_TOP

    def put(self, x: float, s: str, bold: bool, size: float) -> None:
        """Draw one line whose box starts at self.y; advance."""
        lh = line_h(size)
        if self.y + lh > BODY_BOTTOM:
            self.new_page()
        self.font(bold, size)
        self.pdf.text(x, self.y + 0.78 * lh, s)
        self.y += lh

    def para(self, text: str, size: float = 10, bold: bool = False, indent: float = 0.0,
             after: float = 2.5, lead: str | None = None) -> None:
        """Paragraph; `lead` is a bold run-in heading printed on its own line before the text."""
        if lead:
            self.put(LEFT + indent, lead, True, size)
        for ln in self.wrap(text, TEXT_W - indent, bold, size):
            self.put(LEFT + indent, ln, bold, size)
        self.y += after

    def bullets(self, items: list[str], size: float = 10) -> None:
        for it in items:
            lines = self.wrap(it, TEXT_W - 10, False, size)
            for i, ln in enumerate(lines):
                if i == 0:
                    if self.y + line_h(size) > BODY_BOTTOM:
                        self.new_page()
                    self.font(False, size)
                    self.pdf.text(LEFT + 4, self.y + 0.78 * line_h(size), "•")
                self.put(LEFT + 10, ln, False, size)
            self.y += 1.0
        self.y += 2

    def heading(self, text: str, size: float = 12, after: float = 2.0) -> None:
        if self.y + 3 * line_h(size) > BODY_BOTTOM:
            self.new_page()
        self.put(LEFT, text, True, size)
        self.y += after

    # -- ruled tables ---------------------------------------------------------------------------
    def _cell_lines(self, cell, w: float, size: float, bold: bool) -> list[tuple[str, bool]]:
        """cell is a str, or a list of (text, bold) paragraphs stacked in the same cell."""
        parts = cell if isinstance(cell, list) else [(cell, bold)]
        out = []
        for text, b in parts:
            out += [(ln, b) for ln in self.wrap(text, w - 2 * PAD, b, size)]
        return out

    def _row(self, cells, cols, size, bold, center, fill=False) -> None:
        lh = line_h(size)
        wrapped = [self._cell_lines(c, w, size, bold) for c, w in zip(cells, cols)]
        h = max(len(w) for w in wrapped) * lh + 2 * PAD
        x = LEFT
        pdf = self.pdf
        pdf.set_line_width(0.25)
        pdf.set_draw_color(0, 0, 0)
        for k, (w, lines) in enumerate(zip(cols, wrapped)):
            if fill:
                pdf.set_fill_color(217, 217, 217)
                pdf.rect(x, self.y, w, h, style="DF")
            else:
                pdf.rect(x, self.y, w, h, style="D")
            for i, (ln, b) in enumerate(lines):
                self.font(b, size)
                tw = pdf.get_string_width(ln)
                xx = x + (w - tw) / 2 if k in center else x + PAD
                pdf.text(xx, self.y + PAD + i * lh + 0.78 * lh, ln)
            x += w
        self.y += h

    def _row_h(self, cells, cols, size, bold) -> float:
        return max(len(self._cell_lines(c, w, size, bold)) for c, w in zip(cells, cols)) * line_h(size) + 2 * PAD

    def table(self, head, cols, rows, center, size=10.0, head_size=10.0, bold_last=False) -> None:
        hh = self._row_h(head, cols, head_size, True)
        if self.y + hh + self._row_h(rows[0], cols, size, False) > BODY_BOTTOM:
            self.new_page()
        self._row(head, cols, head_size, True, set(range(len(cols))), fill=True)
        for r, row in enumerate(rows):
            bold = bold_last and r == len(rows) - 1
            if self.y + self._row_h(row, cols, size, bold) > BODY_BOTTOM:
                self.new_page()
                self._row(head, cols, head_size, True, set(range(len(cols))), fill=True)  # repeated header
            self._row(row, cols, size, bold, center)
        self.y += 3


def obj_rows() -> list[list]:
    return [[n, [(title, True), (desc, False), ("Destinatari: " + dest, False)],
             [(ind, False), ("Fonte: " + fonte, False)], t26, t27, sett, peso]
            for n, title, desc, dest, ind, fonte, t26, t27, sett, peso, _ls in OBJECTIVES]


def build() -> bytes:
    w = Writer()
    w.new_page("Sezione 2.2 – Performance")
    w.put(LEFT, TITLE, True, 15)
    w.y += 1
    w.put(LEFT, SUBTITLE, False, 12)
    w.y += 1
    w.para(APPROVAL, size=9, after=6)
    w.heading("SEZIONE 2 – VALORE PUBBLICO, PERFORMANCE E ANTICORRUZIONE")
    w.heading("Sottosezione 2.2 – Performance", size=11)
    for p in PERF_INTRO:
        w.para(p)
    w.y += 1
    for lead, text in LINES:
        w.para(text, lead=lead, indent=0, after=3)
    # the objectives table starts on its own page
    w.new_page()
    w.put(LEFT, TABLE_TITLE, True, 11)
    w.y += 2
    w.table(OBJ_HEAD, OBJ_COLS, obj_rows(), OBJ_CENTER)
    w.para(OBJ_NOTE, size=9)

    w.new_page("Sezione 3.1 – Struttura organizzativa")
    w.heading("SEZIONE 3 – ORGANIZZAZIONE E CAPITALE UMANO")
    w.heading("Sottosezione 3.1 – Struttura organizzativa", size=11)
    w.para(ORG_INTRO)
    w.put(LEFT, "Organi di governo e Segretario generale", True, 10.5)
    w.y += 1.5
    w.para(ORGANI, after=1.5)
    w.bullets(ASSESSORI)
    w.para(SEGRETARIO, after=4)
    w.put(LEFT, "Articolazione in Settori", True, 10.5)
    w.y += 1.5
    for p in SETTORI_PROSE:
        w.para(p, after=2.5)
    w.para(ORG_ASSOC, after=2.5)
    w.y += 2
    if w.y + 60 > BODY_BOTTOM:
        w.new_page()
    w.put(LEFT, PERS_TITLE, True, 10.5)
    w.y += 2
    w.table(PERS_HEAD, PERS_COLS, [list(r) for r in PERSONALE], PERS_CENTER, size=10, head_size=9.5,
            bold_last=True)
    w.para(PERS_NOTE, size=9)
    return bytes(w.pdf.output())


def main() -> None:
    OUT.parent.mkdir(parents=True, exist_ok=True)
    data = build()
    OUT.write_bytes(data)
    print(f"wrote {OUT} ({len(data)} bytes)")


if __name__ == "__main__":
    main()
