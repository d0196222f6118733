"""Write docs/serrapetrosa_piao-2026-2028.pdf: the PIAO 2026-2028 of the FICTIONAL Comune di Serrapetrosa
(Provincia di Matera, Basilicata), laid out like a PDF that a small comune exports from Word / a spreadsheet:

* front part (A4 portrait) in prose: anagrafica, Giunta (sindaco + 4 assessori with deleghe in one sentence),
  Segretario generale named in prose with "dott.ssa", a budget paragraph with € figures;
* Sezione 2.2 (A4 landscape): the operational objectives as ONE ruled table over >= 3 pages, grouped by
  "Obiettivo strategico" bands (full-width shaded merged rows); columns Cod. | Obiettivo operativo |
  Indicatore | Baseline 2025 | Target 2026 | Target 2027 | Target 2028 | Settore resp. | Peso; the header
  row is repeated on every page; cells wrap on several lines; the "Settore resp." column names only a
  Settore or a Servizio, never a person; some cells "n.d." / "–";
* a "fasi e tempi" ruled table (Cod. | Fase | Dal | Al) for 6 objectives;
* a risk table (Area | Livello di rischio | Misura);
* Sezione 3.1: the org chart as a ruled table (Settore | Responsabile (titolare di EQ) | Servizi |
  N. dipendenti), Settore I held "ad interim" by the Segretario generale, ing. Tortorelli heading Settori III
  and IV; a small table Segretario / Vice segretario.

Every text line is drawn with its own text operator at an absolute position (cell by cell, line by line), so
pypdf extracts a table row as one line per visual line, with the cells of that visual line side by side.
Deterministic: no randomness, fixed creation date.  Needs fpdf2 (in /work/main/.venv).
All people, places and figures are invented.

Usage: /work/main/.venv/bin/python benchmarks/fresh19/make_plan.py
"""
from __future__ import annotations

import datetime
from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).resolve().parent
NAME = "serrapetrosa_piao-2026-2028.pdf"
OUT = HERE / "docs" / NAME

MARGIN = 14.0
BODY_TOP = 22.0
PAD = 1.4
PT = 25.4 / 72.0
RUNNING = "COMUNE DI SERRAPETROSA (MT) – P.I.A.O. 2026-2028"

# ------------------------------------------------------------------------------------------------
# content
# ------------------------------------------------------------------------------------------------

TITLE = ["COMUNE DI SERRAPETROSA", "Provincia di Matera", "",
         "PIANO INTEGRATO DI ATTIVITÀ E ORGANIZZAZIONE", "2026 – 2028",
         "(art. 6 D.L. 9 giugno 2021, n. 80 – D.M. 30 giugno 2022, n. 132)"]
APPROVAL = "Approvato con deliberazione della Giunta comunale n. 9 del 27/01/2026"

ANAGRAFICA = (
    "Il Comune di Serrapetrosa, in provincia di Matera, conta 4.862 abitanti al 31/12/2025 e si estende su "
    "una superficie di 96,3 kmq; oltre al capoluogo comprende le frazioni di Piano dei Mandorli e "
    "Fontanavecchia, dove risiede circa un quinto della popolazione. La sede municipale è in Piazza del "
    "Municipio 1; la posta elettronica certificata è protocollo@pec.comune.serrapetrosa.mt.it. Al "
    "01/01/2026 i dipendenti in servizio sono 41, compresi i quattro titolari di incarico di Elevata "
    "Qualificazione (EQ). Il Comune ha meno di 50 dipendenti, ma l'Amministrazione ha scelto di compilare "
    "comunque la sottosezione Performance per l'intero triennio.")
GIUNTA = (
    "La Giunta comunale, insediata dopo le elezioni del giugno 2024, è presieduta dal Sindaco Vincenzo "
    "Santarsiero, che ha trattenuto le deleghe al bilancio, ai tributi, al personale e ai rapporti "
    "istituzionali, ed è composta dalla Vicesindaca Angela Pietrafesa, con delega ai lavori pubblici, "
    "all'urbanistica e all'ambiente, dall'assessore Donato Romaniello, con delega alle politiche sociali e "
    "alla pubblica istruzione, dall'assessora Carmela Lacertosa, con delega alla cultura, al turismo, alla "
    "biblioteca e alle attività produttive, e dall'assessore Rocco Zaccagnino, con delega alla polizia "
    "locale, alla viabilità e alla protezione civile.")
SEGRETARIO = (
    "Le funzioni di Segretario generale sono svolte dalla dott.ssa Filomena Possidente, titolare della sede "
    "dal 1° marzo 2023, che assicura il coordinamento dei responsabili dei Settori attraverso la conferenza "
    "di direzione ed è stata nominata Responsabile della prevenzione della corruzione e della trasparenza "
    "(RPCT) con decreto del Sindaco n. 2 del 10/01/2025.")
BILANCIO = (
    "Il bilancio di previsione 2026-2028, approvato con deliberazione del Consiglio comunale n. 52 del "
    "22/12/2025, pareggia per l'esercizio 2026 in € 9.874.300. Le spese correnti previste per il 2026 "
    "ammontano a € 5.126.400, di cui € 1.742.900 per redditi da lavoro dipendente; gli investimenti "
    "programmati nel triennio sono pari a € 3.215.000, finanziati per € 2.480.000 da contributi regionali e "
    "da fondi PNRR e per la parte restante con avanzo di amministrazione e proventi delle concessioni "
    "edilizie. Il fondo di riserva 2026 è stanziato in € 28.000.")
VALORE = (
    "Il valore pubblico che l'Amministrazione intende generare nel triennio discende dalle linee di mandato "
    "ed è articolato in tre obiettivi strategici: un Comune digitale, efficiente e trasparente; un territorio "
    "sicuro, curato e sostenibile; una comunità inclusiva e viva anche nelle frazioni. Da essi derivano gli "
    "obiettivi operativi della Tabella 1.")
PERF_INTRO = (
    "La Tabella 1 riporta, per ciascun obiettivo operativo, l'indicatore di risultato, il valore di partenza "
    "(baseline 2025), i valori attesi per il triennio, il Settore o Servizio responsabile dell'attuazione e "
    "il peso ai fini della valutazione della performance organizzativa; la somma dei pesi è pari a 100. "
    "Dove il dato non è disponibile è indicato \"n.d.\"; il segno \"–\" indica che il valore non è previsto. "
    "La Tabella 2 riporta le fasi e i tempi di attuazione degli obiettivi più complessi.")
RISCHI_INTRO = (
    "La mappatura dei processi ha individuato le aree di rischio riportate nella Tabella 3, con il livello "
    "di rischio stimato e la principale misura di prevenzione programmata per il 2026. Il monitoraggio "
    "delle misure è curato dal RPCT con cadenza semestrale.")
ORG_INTRO = (
    "La struttura organizzativa è articolata in sei Settori, affidati a titolari di incarico di Elevata "
    "Qualificazione nominati dal Sindaco. Nella Tabella 4 il numero dei dipendenti indica il personale "
    "assegnato a ciascun Settore, escluso il responsabile.")
ORG_NOTE = (
    "Ai 37 dipendenti assegnati ai Settori si aggiungono i 4 titolari di EQ, per un totale di 41 dipendenti "
    "in servizio. Il Segretario generale non è compreso nel totale.")

S1 = "Sett. I – Affari generali, demografici e personale"
S2 = "Sett. II – Economico-finanziario e tributi"
S3 = "Sett. III – Lavori pubblici e patrimonio"
S4 = "Sett. IV – Urbanistica, ambiente e attività produttive"
S6 = "Sett. VI – Polizia locale e protezione civile"

OBJ_HEAD = ["Cod.", "Obiettivo operativo", "Indicatore", "Baseline 2025", "Target 2026", "Target 2027",
            "Target 2028", "Settore resp.", "Peso"]
OBJ_COLS = [13, 78, 52, 21, 21, 21, 21, 33, 9]          # 269 mm
OBJ_CENTER = {0, 3, 4, 5, 6, 8}

# strategic objective bands and operational objectives:
# (code, title, description, indicator, baseline, t2026, t2027, t2028, settore/servizio, peso)
STRATEGIC = [
    ("Obiettivo strategico 1 – Un Comune digitale, efficiente e trasparente", [
        ("1.1", "Fascicolo informatico e conservazione digitale",
         "Protocollazione, classificazione e fascicolazione informatica di tutti i documenti in entrata, con "
         "aggiornamento del titolario e del manuale di gestione documentale.",
         "% documenti in entrata inseriti in un fascicolo informatico", "40%", "75%", "90%", "100%", S1, "7"),
        ("1.2", "Anagrafe nelle frazioni",
         "Postazione mobile per il rilascio della carta d'identità elettronica e dei certificati nei locali "
         "comunali di Piano dei Mandorli e Fontanavecchia, su prenotazione.",
         "N. giornate di apertura della postazione nelle frazioni", "0", "18", "24", "24",
         "Servizi demografici ed elettorali", "6"),
        ("1.3", "Recupero dell'evasione IMU e TARI",
         "Incrocio delle banche dati catastali, anagrafiche e delle utenze, emissione degli avvisi di "
         "accertamento per l'annualità 2021 e riscossione coattiva degli avvisi non pagati.",
         "Importo accertato da recupero dell'evasione", "€ 62.000", "€ 80.000", "€ 90.000", "€ 95.000",
         "Servizio Tributi", "8"),
        ("1.4", "Tempestività dei pagamenti ai fornitori",
         "Liquidazione informatizzata delle fatture e controllo settimanale delle scadenze in tutti i Settori.",
         "Tempo medio di pagamento delle fatture (giorni)", "43", "30", "27", "25", S2, "6"),
        ("1.5", "Piano annuale di formazione del personale",
         "Percorsi obbligatori su anticorruzione, privacy e competenze digitali (Syllabus) e corsi "
         "specialistici per i singoli uffici.",
         "Ore medie di formazione per dipendente", "10 ore", "24 ore", "30 ore", "n.d.", "Ufficio Personale",
         "5"),
        ("1.6", "Controlli successivi di regolarità amministrativa",
         "Estrazione trimestrale degli atti da controllare, schede di verifica standardizzate e report "
         "semestrale degli esiti alla Giunta e ai responsabili.",
         "% determinazioni sottoposte a controllo successivo", "5%", "10%", "10%", "12%", "Segreteria generale",
         "4"),
    ]),
    ("Obiettivo strategico 2 – Un territorio sicuro, curato e sostenibile", [
        ("2.1", "Messa in sicurezza della strada comunale Serrapetrosa – Piano dei Mandorli",
         "Rifacimento del piano viabile, barriere di sicurezza e regimazione delle acque lungo i 5,8 km della "
         "strada, in due lotti funzionali.",
         "Stato di avanzamento dei lavori (% SAL)", "0%", "50%", "100%", "–", S3, "9"),
        ("2.2", "Illuminazione pubblica a LED",
         "Sostituzione dei corpi illuminanti tradizionali con apparecchi a LED, con priorità ai percorsi "
         "pedonali e alle strade di accesso alle scuole.",
         "N. punti luce a LED (su 980 complessivi)", "380", "650", "980", "980", "Servizio Manutenzioni", "6"),
        ("2.3", "Più raccolta differenziata, meno abbandoni",
         "Estensione della raccolta porta a porta a Fontanavecchia, fototrappole nei punti di abbandono e "
         "campagna informativa nelle scuole.",
         "% raccolta differenziata sul totale dei rifiuti urbani", "58%", "65%", "70%", "72%",
         "Servizio Ambiente", "7"),
        ("2.4", "Pratiche edilizie digitali",
         "Presentazione esclusivamente telematica delle pratiche edilizie sullo sportello unico e "
         "archiviazione digitale dei titoli rilasciati.",
         "Tempo medio di rilascio del permesso di costruire (giorni)", "74", "60", "50", "45", S4, "5"),
        ("2.5", "Aggiornamento del Piano comunale di protezione civile",
         "Revisione degli scenari di rischio frane e incendi boschivi, censimento delle persone fragili ed "
         "esercitazioni con il volontariato locale.",
         "N. esercitazioni con la popolazione", "0", "1", "2", "2", S6, "5"),
        ("2.6", "Scuole sicure",
         "Presidio degli agenti all'ingresso e all'uscita dei plessi scolastici del capoluogo e di Piano dei "
         "Mandorli, con controlli sulla sosta irregolare.",
         "Ore annue di presidio davanti alle scuole", "120", "200", "240", "240", S6, "5"),
    ]),
    ("Obiettivo strategico 3 – Una comunità inclusiva e viva anche nelle frazioni", [
        ("3.1", "Potenziamento dell'assistenza domiciliare (SAD)",
         "Nuovo regolamento del servizio, scorrimento della lista d'attesa e piani assistenziali "
         "individualizzati per anziani e persone fragili.",
         "N. utenti in carico al servizio di assistenza domiciliare", "24", "32", "38", "40",
         "Servizio sociale professionale", "8"),
        ("3.2", "Iscrizioni on line a mensa e trasporto scolastico",
         "Portale per l'iscrizione ai servizi scolastici e per il pagamento delle tariffe con PagoPA, dall'anno "
         "scolastico 2026/2027.",
         "% domande di iscrizione presentate on line", "15%", "70%", "85%", "100%", "Ufficio Pubblica istruzione",
         "6"),
        ("3.3", "Biblioteca aperta anche il pomeriggio",
         "Apertura pomeridiana della biblioteca comunale tre giorni a settimana, letture per la fascia 0-6 anni "
         "e postazioni internet per studenti.",
         "Ore settimanali di apertura al pubblico", "15", "24", "28", "28", "Servizio Biblioteca e cultura", "6"),
        ("3.4", "Museo della civiltà contadina aperto nei festivi",
         "Apertura domenicale e festiva del museo civico con visite guidate in collaborazione con la Pro Loco "
         "e biglietto unico con gli eventi estivi.",
         "N. visitatori annui del museo civico", "n.d.", "1.500", "2.000", "2.500",
         "Servizio Turismo e attività produttive", "7"),
    ]),
]
OBJ_NOTE = "Peso complessivo degli obiettivi operativi: 100."

FASI_HEAD = ["Cod.", "Fase", "Dal", "Al"]
FASI_COLS = [16, 170, 30, 30]
FASI_CENTER = {0, 2, 3}
FASI = [
    ("1.1", "Aggiornamento del titolario e del manuale di gestione documentale", "01/02/2026", "30/04/2026"),
    ("1.1", "Formazione degli operatori del protocollo", "04/05/2026", "30/06/2026"),
    ("1.1", "Fascicolazione informatica di tutti i documenti in entrata", "01/07/2026", "31/12/2026"),
    ("1.3", "Incrocio delle banche dati catastali e anagrafiche", "15/01/2026", "31/03/2026"),
    ("1.3", "Emissione degli avvisi di accertamento annualità 2021", "01/04/2026", "30/09/2026"),
    ("1.3", "Riscossione coattiva degli avvisi non pagati", "01/10/2026", "31/12/2026"),
    ("2.1", "Aggiudicazione dei lavori del primo lotto", "02/02/2026", "15/04/2026"),
    ("2.1", "Esecuzione dei lavori del primo lotto", "04/05/2026", "30/11/2026"),
    ("2.1", "Secondo lotto e collaudo finale", "01/03/2027", "29/10/2027"),
    ("2.3", "Censimento dei punti di abbandono e posa delle fototrappole", "02/03/2026", "29/05/2026"),
    ("2.3", "Estensione della raccolta porta a porta a Fontanavecchia", "01/06/2026", "30/09/2026"),
    ("2.3", "Campagna informativa nelle scuole", "05/10/2026", "15/12/2026"),
    ("3.1", "Approvazione del nuovo regolamento SAD", "07/01/2026", "31/03/2026"),
    ("3.1", "Scorrimento della lista d'attesa", "01/04/2026", "30/06/2026"),
    ("3.1", "Verifica dei piani assistenziali individualizzati", "01/09/2026", "30/11/2026"),
    ("3.2", "Configurazione del portale e dei pagamenti PagoPA", "09/02/2026", "29/05/2026"),
    ("3.2", "Apertura delle iscrizioni on line", "15/06/2026", "31/07/2026"),
    ("3.2", "Assistenza alle famiglie prive di identità digitale", "15/06/2026", "28/08/2026"),
]

RISK_HEAD = ["Area di rischio", "Livello di rischio", "Misura di prevenzione"]
RISK_COLS = [80, 35, 154]
RISK_CENTER = {1}
RISKS = [
    ("Contratti pubblici – affidamenti diretti", "alto",
     "Rotazione degli affidatari e pubblicazione trimestrale dell'elenco degli affidamenti"),
    ("Governo del territorio – titoli edilizi", "medio",
     "Controllo a campione del 10% delle pratiche e assegnazione informatica delle istruttorie"),
    ("Tributi – accertamenti e rimborsi", "medio",
     "Doppia firma sui provvedimenti di annullamento e rimborso"),
    ("Concessione di contributi ad associazioni", "medio",
     "Regolamento con criteri predeterminati e pubblicazione degli atti di concessione"),
    ("Gestione del personale – selezioni", "basso",
     "Commissioni con almeno un componente esterno e dichiarazioni di assenza di conflitti di interesse"),
]

ORG_HEAD = ["Settore", "Responsabile (titolare di EQ)", "Servizi", "N. dipendenti"]
ORG_COLS = [72, 62, 110, 25]
ORG_CENTER = {3}
ORG = [
    ("I – Affari generali, demografici e personale", "ad interim: il Segretario generale",
     "Segreteria generale e organi istituzionali; Protocollo e archivio; Servizi demografici ed elettorali; "
     "Ufficio Personale", "7"),
    ("II – Economico-finanziario e tributi", "dott. Michele Bochicchio",
     "Ragioneria e bilancio; Servizio Tributi; Economato e provveditorato", "6"),
    ("III – Lavori pubblici e patrimonio", "ing. Antonio Tortorelli",
     "Lavori pubblici ed espropri; Servizio Manutenzioni e squadra operai; Patrimonio", "9"),
    ("IV – Urbanistica, ambiente e attività produttive", "ing. Antonio Tortorelli",
     "Urbanistica ed edilizia privata (SUE); Servizio Ambiente; Servizio Turismo e attività produttive (SUAP)",
     "4"),
    ("V – Servizi alla persona", "dott.ssa Rosaria Cerverizzo",
     "Servizio sociale professionale; Ufficio Pubblica istruzione; Servizio Biblioteca e cultura", "5"),
    ("VI – Polizia locale e protezione civile", "comm. Gerardo Viggiani (Comandante)",
     "Polizia locale e polizia amministrativa; Protezione civile", "6"),
    ("Totale", "", "", "37"),
]
SEG_HEAD = ["Ruolo", "Nominativo", "Note"]
SEG_COLS = [50, 60, 159]
SEG = [
    ("Segretario generale", "dott.ssa Filomena Possidente", "RPCT; presiede la conferenza di direzione"),
    ("Vice segretario", "dott. Michele Bochicchio", "sostituisce il Segretario in caso di assenza o impedimento"),
]


# ------------------------------------------------------------------------------------------------
# drawing
# ------------------------------------------------------------------------------------------------

class Plan(FPDF):
    section = ""

    def header(self) -> None:
        self.set_font("Helvetica", "I", 8)
        self.text(MARGIN, 11, RUNNING)
        w = self.get_string_width(self.section)
        self.text(self.w - MARGIN - w, 11, self.section)
        self.set_line_width(0.2)
        self.line(MARGIN, 13, self.w - MARGIN, 13)

    def footer(self) -> None:
        self.set_font("Helvetica", "", 8)
        s = f"Pagina {self.page_no()}"
        self.text(self.w - MARGIN - self.get_string_width(s), self.h - 8, s)


def line_h(size: float) -> float:
    return size * 1.25 * PT


class Writer:
    def __init__(self) -> None:
        pdf = Plan(orientation="P", unit="mm", format="A4")
        pdf.core_fonts_encoding = "windows-1252"
        pdf.set_auto_page_break(False)
        pdf.set_margins(MARGIN, BODY_TOP, MARGIN)
        pdf.set_creation_date(datetime.datetime(2026, 1, 28, 9, 30, tzinfo=datetime.timezone.utc))
        pdf.set_title("PIAO 2026-2028 - Comune di Serrapetrosa")
        pdf.set_author("Comune di Serrapetrosa - Segreteria generale")
        pdf.set_creator("Microsoft Word")
        self.pdf = pdf
        self.y = BODY_TOP

    @property
    def bottom(self) -> float:
        return self.pdf.h - 16

    @property
    def text_w(self) -> float:
        return self.pdf.w - 2 * MARGIN

    def font(self, style: str, size: float) -> None:
        self.pdf.set_font("Helvetica", style, size)

    def width(self, s: str, style: str, size: float) -> float:
        self.font(style, size)
        return self.pdf.get_string_width(s)

    def wrap(self, text: str, width: float, style: str, size: float) -> list[str]:
        lines, cur = [], ""
        for word in text.split():
            cand = word if not cur else cur + " " + word
            if self.width(cand, style, size) <= width or not cur:
                cur = cand
            else:
                lines.append(cur)
                cur = word
        if cur:
            lines.append(cur)
        return lines

    def new_page(self, orientation: str | None = None, section: str | None = None) -> None:
        if section is not None:
            self.pdf.section = section
        self.pdf.add_page(orientation=orientation or self.pdf.cur_orientation)
        self.y = BODY_TOP

    def put(self, x: float, s: str, style: str, size: float) -> None:
        lh = line_h(size)
        if self.y + lh > self.bottom:
            self.new_page()
        self.font(style, size)
        self.pdf.text(x, self.y + 0.78 * lh, s)
        self.y += lh

    def centered(self, s: str, style: str, size: float) -> None:
        x = (self.pdf.w - self.width(s, style, size)) / 2
        self.put(x, s, style, size)

    def para(self, text: str, size: float = 10.5, after: float = 3.0) -> None:
        for ln in self.wrap(text, self.text_w, "", size):
            self.put(MARGIN, ln, "", size)
        self.y += after

    def heading(self, text: str, size: float = 12, after: float = 2.0) -> None:
        if self.y + 4 * line_h(size) > self.bottom:
            self.new_page()
        self.y += 1.5
        self.put(MARGIN, text, "B", size)
        self.y += after

    # -- ruled tables ---------------------------------------------------------------------------
    def _cell_lines(self, cell, w: float, size: float, style: str) -> list[tuple[str, str]]:
        parts = cell if isinstance(cell, list) else [(cell, style)]
        out = []
        for text, st in parts:
            out += [(ln, st) for ln in self.wrap(text, w - 2 * PAD, st, size)]
        return out

    def _row_h(self, cells, cols, size, style) -> float:
        return max(len(self._cell_lines(c, w, size, style)) for c, w in zip(cells, cols)) * line_h(size) + 2 * PAD

    def _row(self, cells, cols, size, style, center, fill=False) -> None:
        lh = line_h(size)
        wrapped = [self._cell_lines(c, w, size, style) for c, w in zip(cells, cols)]
        h = max(len(w) for w in wrapped) * lh + 2 * PAD
        x = MARGIN
        pdf = self.pdf
        pdf.set_line_width(0.2)
        pdf.set_draw_color(0, 0, 0)
        for k, (w, lines) in enumerate(zip(cols, wrapped)):
            if fill:
                pdf.set_fill_color(200, 214, 229)
                pdf.rect(x, self.y, w, h, style="DF")
            else:
                pdf.rect(x, self.y, w, h, style="D")
            for i, (ln, st) in enumerate(lines):
                self.font(st, size)
                tw = pdf.get_string_width(ln)
                xx = x + (w - tw) / 2 if k in center else x + PAD
                pdf.text(xx, self.y + PAD + i * lh + 0.78 * lh, ln)
            x += w
        self.y += h

    def _band(self, text: str, cols, size) -> None:
        """A full-width merged row, shaded (the 'Obiettivo strategico' band)."""
        lh = line_h(size)
        h = lh + 2 * PAD + 1
        pdf = self.pdf
        pdf.set_fill_color(230, 230, 230)
        pdf.rect(MARGIN, self.y, sum(cols), h, style="DF")
        self.font("B", size)
        pdf.text(MARGIN + PAD, self.y + PAD + 0.5 + 0.78 * lh, text)
        self.y += h

    def table(self, head, cols, rows, center, size=9.0, head_size=9.0, bold_last=False) -> int:
        """rows: list of cell tuples, or ("BAND", text).  Returns the number of pages the table spans."""
        pages = {self.pdf.page_no()}
        hh = self._row_h(head, cols, head_size, "B")

        def rh(row):
            if row[0] == "BAND":
                return line_h(size) + 2 * PAD + 1
            return self._row_h(row, cols, size, "")

        need = hh + rh(rows[0]) + (rh(rows[1]) if rows[0][0] == "BAND" else 0)
        if self.y + need > self.bottom:
            self.new_page()
        self._row(head, cols, head_size, "B", set(range(len(cols))), fill=True)
        for r, row in enumerate(rows):
            h = rh(row)
            if row[0] == "BAND":
                h += rh(rows[r + 1])                     # keep the band with its first objective
            if self.y + h > self.bottom:
                self.new_page()
                self._row(head, cols, head_size, "B", set(range(len(cols))), fill=True)  # repeated header
            pages.add(self.pdf.page_no())
            if row[0] == "BAND":
                self._band(row[1], cols, size)
            else:
                bold = bold_last and r == len(rows) - 1
                self._row(row, cols, size, "B" if bold else "", center)
        self.y += 3
        return len(pages)


TABLE_PAGES: dict[str, int] = {}


def build() -> bytes:
    w = Writer()
    # ---- front part, portrait
    w.new_page("P", "Sezione 1 – Scheda anagrafica")
    w.y = 45
    for i, s in enumerate(TITLE):
        if not s:
            w.y += 8
            continue
        w.centered(s, "B" if i in (0, 3) else "", 16 if i in (0, 3) else 12)
        w.y += 2
    w.y += 6
    w.centered(APPROVAL, "I", 10)
    w.y += 14
    w.heading("SEZIONE 1 – SCHEDA ANAGRAFICA DELL'AMMINISTRAZIONE", 12)
    w.para(ANAGRAFICA)
    w.heading("1.1 Organi di governo", 11)
    w.para(GIUNTA)
    w.heading("1.2 Segretario generale", 11)
    w.para(SEGRETARIO)
    w.heading("1.3 Quadro finanziario", 11)
    w.para(BILANCIO)
    w.heading("SEZIONE 2 – VALORE PUBBLICO, PERFORMANCE E ANTICORRUZIONE", 12)
    w.heading("2.1 Valore pubblico", 11)
    w.para(VALORE)

    # ---- objectives, landscape
    w.new_page("L", "Sezione 2.2 – Performance")
    w.heading("2.2 Performance", 11)
    w.para(PERF_INTRO, size=10)
    w.put(MARGIN, "Tabella 1 – Obiettivi operativi 2026-2028", "B", 10)
    w.y += 1.5
    rows = []
    for band, objs in STRATEGIC:
        rows.append(("BAND", band))
        for (code, title, desc, ind, b, t26, t27, t28, sett, peso) in objs:
            rows.append((code, [(title, "B"), (desc, "")], ind, b, t26, t27, t28, sett, peso))
    TABLE_PAGES["obiettivi"] = w.table(OBJ_HEAD, OBJ_COLS, rows, OBJ_CENTER, size=8.5, head_size=8.5)
    w.put(MARGIN, OBJ_NOTE, "I", 9)
    w.y += 4
    w.put(MARGIN, "Tabella 2 – Fasi e tempi di attuazione", "B", 10)
    w.y += 1.5
    TABLE_PAGES["fasi"] = w.table(FASI_HEAD, FASI_COLS, FASI, FASI_CENTER, size=9)

    w.new_page("L", "Sezione 2.3 – Rischi corruttivi e trasparenza")
    w.heading("2.3 Rischi corruttivi e trasparenza", 11)
    w.para(RISCHI_INTRO, size=10)
    w.put(MARGIN, "Tabella 3 – Aree di rischio e misure", "B", 10)
    w.y += 1.5
    TABLE_PAGES["rischi"] = w.table(RISK_HEAD, RISK_COLS, RISKS, RISK_CENTER, size=9)

    w.new_page("L", "Sezione 3.1 – Struttura organizzativa")
    w.heading("SEZIONE 3 – ORGANIZZAZIONE E CAPITALE UMANO", 12)
    w.heading("3.1 Struttura organizzativa", 11)
    w.para(ORG_INTRO, size=10)
    w.put(MARGIN, "Tabella 4 – Articolazione dei Settori", "B", 10)
    w.y += 1.5
    TABLE_PAGES["org"] = w.table(ORG_HEAD, ORG_COLS, ORG, ORG_CENTER, size=9, bold_last=True)
    w.para(ORG_NOTE, size=9.5)
    w.put(MARGIN, "Tabella 5 – Segretario generale e Vice segretario", "B", 10)
    w.y += 1.5
    TABLE_PAGES["segretario"] = w.table(SEG_HEAD, SEG_COLS, SEG, set(), size=9)
    return bytes(w.pdf.output())


def main() -> None:
    OUT.parent.mkdir(parents=True, exist_ok=True)
    data = build()
    OUT.write_bytes(data)
    print(f"wrote {OUT} ({len(data)} bytes); table pages: {TABLE_PAGES}")


if __name__ == "__main__":
    main()
