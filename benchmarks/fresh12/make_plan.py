"""Write docs/pradavena_piao-2026-2028.pdf: the PIAO 2026-2028 of the FICTIONAL Comune di Pradavena
(provincia di Pordenone), laid out like a plan kept in a spreadsheet and printed to PDF:

* A4 landscape, one "sheet" per section, every sheet starting on a new page;
* BORDERLESS tables (no ruling lines, no cell fills: the PDF contains no path operators at all), columns
  aligned only by x position; text cells left-aligned, numeric cells (Peso %, N. dipendenti) right-aligned;
* cells whose text wraps onto 2-3 lines inside the column, top-aligned;
* a small bold header row, repeated at the top of every page a table continues on;
* a running header (municipality name on the left, sheet name on the right) and a footer with the
  workbook file name and "Pag. N di M".

Every cell is drawn as its own text object, line by line (as spreadsheet PDF exporters do), so a text
extractor that follows the content stream (pypdf) gives one cell line per output line, while a layout
extractor (pdfplumber) interleaves the cells of a row.

Deterministic (no randomness, fixed dates).  Standard library plus ReportLab when importable, otherwise
fpdf2 (the project venv has fpdf2 only; set PIAO_PDF_BACKEND=fpdf2|reportlab to force one).  Both use the
standard Helvetica metrics, so the layout (line breaks, pagination) is the same; the bytes are not.

All people, places and figures are invented.  Usage: /work/main/.venv/bin/python make_plan.py
"""
from __future__ import annotations

import io
import os
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
NAME = "pradavena_piao-2026-2028.pdf"
OUT = HERE / "docs" / NAME

PAGE_W, PAGE_H = 297.0, 210.0          # A4 landscape, mm
LEFT, RIGHT = 10.0, 10.0
BODY_TOP, BODY_BOTTOM = 20.0, 186.0    # body area (mm from the top edge)
RUNNING_LEFT = "COMUNE DI PRADAVENA (PN) – PIAO 2026-2028"
WORKBOOK = "PIAO_2026-2028_Pradavena_def.xlsx"
PAD = 1.2                              # cell padding (mm)
PT = 25.4 / 72.0                       # mm per point


# ------------------------------------------------------------------------------------------------
# backends: measure text and draw it at absolute positions
# ------------------------------------------------------------------------------------------------

class FpdfBackend:
    name = "fpdf2"

    def __init__(self) -> None:
        from fpdf import FPDF
        import datetime
        self.pdf = FPDF(orientation="L", unit="mm", format="A4")
        self.pdf.core_fonts_encoding = "windows-1252"
        self.pdf.set_auto_page_break(False)
        self.pdf.set_margins(LEFT, BODY_TOP, RIGHT)
        self.pdf.set_creation_date(datetime.datetime(2026, 1, 29, 9, 30, tzinfo=datetime.timezone.utc))
        self.pdf.set_title("PIAO 2026-2028 - Comune di Pradavena")
        self.pdf.set_author("Comune di Pradavena - Segreteria generale")
        self.pdf.set_creator("Microsoft Excel")
        self._font = None

    def _set(self, bold: bool, size: float) -> None:
        if self._font != (bold, size):
            self.pdf.set_font("Helvetica", "B" if bold else "", size)
            self._font = (bold, size)

    def width(self, s: str, bold: bool, size: float) -> float:
        self._set(bold, size)
        return self.pdf.get_string_width(s)

    def new_page(self) -> None:
        self.pdf.add_page()
        self._font = None

    def text(self, x: float, y: float, s: str, bold: bool, size: float) -> None:
        self._set(bold, size)
        self.pdf.text(x, y, s)

    def finish(self) -> bytes:
        return bytes(self.pdf.output())


class ReportlabBackend:
    name = "reportlab"

    def __init__(self) -> None:
        from reportlab.lib.pagesizes import A4, landscape
        from reportlab.pdfbase.pdfmetrics import stringWidth
        from reportlab.pdfgen import canvas
        self._sw = stringWidth
        self.buf = io.BytesIO()
        self.c = canvas.Canvas(self.buf, pagesize=landscape(A4), invariant=1, pageCompression=1)
        self.c.setTitle("PIAO 2026-2028 - Comune di Pradavena")
        self.c.setAuthor("Comune di Pradavena - Segreteria generale")
        self.c.setCreator("Microsoft Excel")
        self.started = False

    @staticmethod
    def _font(bold: bool) -> str:
        return "Helvetica-Bold" if bold else "Helvetica"

    def width(self, s: str, bold: bool, size: float) -> float:
        return self._sw(s, self._font(bold), size) * PT

    def new_page(self) -> None:
        if self.started:
            self.c.showPage()
        self.started = True

    def text(self, x: float, y: float, s: str, bold: bool, size: float) -> None:
        self.c.setFont(self._font(bold), size)
        self.c.drawString(x / PT, (PAGE_H - y) / PT, s)

    def finish(self) -> bytes:
        self.c.showPage()
        self.c.save()
        return self.buf.getvalue()


def make_backend():
    want = os.environ.get("PIAO_PDF_BACKEND", "")
    if want != "fpdf2":
        try:
            import reportlab  # noqa: F401
            return ReportlabBackend()
        except ImportError:
            if want == "reportlab":
                raise
    return FpdfBackend()


# ------------------------------------------------------------------------------------------------
# content
# ------------------------------------------------------------------------------------------------

INTRO_MISSIONE = (
    "Missione. Il Comune di Pradavena orienta la propria azione alla creazione di valore pubblico per "
    "cittadini, famiglie e imprese: servizi semplici e accessibili anche on line, un territorio curato, "
    "sicuro e meno dipendente dalle fonti fossili, una comunità che sostiene chi è più fragile. Il presente "
    "Piano, redatto ai sensi dell'art. 6 del D.L. n. 80/2021 e del D.M. n. 132/2022, riunisce in un unico "
    "documento la programmazione della performance, della prevenzione della corruzione e "
    "dell'organizzazione, in coerenza con il DUP 2026-2028 approvato con deliberazione del Consiglio "
    "comunale n. 41 del 18/12/2025.")
INTRO_CONTESTO = (
    "Contesto. Pradavena conta 5.842 abitanti al 31/12/2025 (erano 5.901 al 31/12/2022) su una superficie "
    "di 31,6 kmq, che comprende il capoluogo e le frazioni di Braida Nuova e Vilanova. La popolazione con "
    "più di 65 anni è pari al 27,4% e cresce il numero di anziani che vivono soli; il tessuto produttivo è "
    "formato da 412 imprese attive, in prevalenza artigiane e agricole. L'Ente opera con 28 dipendenti a "
    "tempo indeterminato distribuiti in sei Aree e con una spesa corrente prevista per il 2026 di "
    "€ 5.960.000; la segreteria comunale è gestita in convenzione con il Comune di Rivaluda.")
VP_INTRO = (
    "Le tre linee strategiche del programma di mandato sono declinate in obiettivi strategici, dai quali "
    "discendono gli obiettivi operativi di performance riportati nel foglio \"Obiettivi 2026\".")

VP_HEAD = ["Linea strategica", "Obiettivo strategico", "Valore pubblico atteso", "Obiettivi operativi"]
VP_COLS = [62, 80, 95, 40]
VP_ROWS = [
    ["LS1 – Pradavena digitale e semplice",
     "OS 1 – Semplificare l'accesso ai servizi e ridurre i tempi di risposta a cittadini e imprese",
     "Meno code e spostamenti per ottenere servizi, documenti e pagamenti; personale formato e "
     "amministrazione trasparente",
     "da OP.1.1 a OP.1.5"],
    ["LS2 – Territorio sicuro e sostenibile",
     "OS 2 – Ridurre i consumi energetici e i rifiuti non riciclati, rendere più sicure le strade vicino "
     "alle scuole",
     "Minori emissioni e costi energetici degli edifici pubblici, più raccolta differenziata, bonifica "
     "dell'amianto, percorsi casa-scuola sicuri",
     "da OP.2.1 a OP.2.5"],
    ["LS3 – Comunità inclusiva",
     "OS 3 – Sostenere anziani e famiglie con servizi di prossimità",
     "Permanenza a domicilio degli anziani soli, conciliazione dei tempi di vita e di lavoro per le "
     "famiglie con figli",
     "OP.3.1 e OP.3.2"],
]

OBJ_HEAD = ["Cod.", "Obiettivo operativo", "Area / Servizio", "Responsabile", "Peso %", "Indicatore",
            "Baseline 2025", "Target 2026", "Target 2027", "Target 2028"]
OBJ_COLS = [13, 57, 37, 25, 11, 48, 21.5, 21.5, 21.5, 21.5]
OBJ_RIGHT = {4}                       # Peso % is a number: right-aligned like in the spreadsheet
DASH = "—"

# (code, objective, area/servizio, responsabile, peso, [(indicatore, baseline, t26, t27, t28), ...])
OBJECTIVES = [
    ("OP.1.1", "Iscrizioni on line ai servizi scolastici (mensa, trasporto e pre-accoglienza) con accesso "
               "SPID/CIE e pagamento tramite PagoPA",
     "Area Servizi alla Persona / Istruzione", "dott. Alessio Tonon", "8",
     [("% domande di iscrizione presentate on line", "41%", "90%", "100%", "100%"),
      ("% rette scolastiche riscosse tramite PagoPA", "58%", "85%", "95%", "100%")]),
    ("OP.1.2", "Sportello polifunzionale al piano terra del municipio (anagrafe, protocollo, URP) con "
               "apertura il martedì pomeriggio",
     "Area Affari Generali e Servizi Demografici / URP", "dott.ssa Chiara Pittana", "8",
     [("Tempo medio di attesa allo sportello (minuti)", "18", "10", "8", "8"),
      ("Grado di soddisfazione degli utenti (scala 1-5)", "n.d. (nuovo indicatore)", "4,0", "4,2", "4,3")]),
    ("OP.1.3", "Riduzione dei tempi di pagamento delle fatture commerciali",
     "Area Economico-Finanziaria e Tributi / Ragioneria", "rag. Daniele Coassin", "8",
     [("Tempo medio di pagamento delle fatture (giorni)", "38", "30", "28", "25"),
      ("Debito commerciale scaduto al 31/12", "€ 48.200", "€ 20.000", "€ 15.000", "€ 10.000")]),
    ("OP.1.4", "Aggiornamento della sezione Amministrazione Trasparente e monitoraggio degli obblighi di "
               "pubblicazione",
     "Segreteria generale (obiettivo trasversale)", "Segretario comunale", "8",
     [("% obblighi di pubblicazione assolti (griglia ANAC)", "78%", "90%", "95%", "95%"),
      ("N. verifiche a campione nell'anno", "2", "4", "4", "4")]),
    ("OP.1.5", "Formazione del personale: almeno 40 ore annue pro capite, con priorità alle competenze "
               "digitali e all'etica pubblica",
     "Tutte le Aree / Gestione del personale", "Titolari di EQ (tutte le Aree)", "6",
     [("Ore medie di formazione per dipendente", "14", "40", "40", "40"),
      ("% dipendenti formati su etica e anticorruzione", "60%", "100%", "100%", "100%")]),
    ("OP.2.1", "Efficientamento energetico della scuola primaria di Braida Nuova: impianto fotovoltaico da "
               "60 kW e pompa di calore",
     "Area Tecnica – LL.PP. e Patrimonio / Lavori pubblici", "arch. Federica Missana", "10",
     [("Consumo annuo di gas metano della scuola (mc)", "38.500", "31.000", "9.000", "8.500"),
      ("Energia elettrica autoprodotta (kWh/anno)", "0", "30.000", "68.000", "70.000")]),
    ("OP.2.2", "Introduzione della tariffa puntuale TARI con misurazione dei conferimenti del secco residuo",
     "Area Economico-Finanziaria e Tributi / Tributi", "rag. Daniele Coassin", "9",
     [("% utenze domestiche con contenitore dotato di TAG RFID", "35%", "70%", "100%", "100%"),
      ("% raccolta differenziata", "71,4%", "75%", "78%", "80%")]),
    ("OP.2.3", "Sicurezza dei percorsi casa-scuola: attraversamenti pedonali rialzati e zona 30 in via delle "
               "Scuole",
     "Area Vigilanza – Polizia Locale", "Comandante P.L.", "7",
     [("N. attraversamenti pedonali rialzati realizzati", "1", "4", "6", "6"),
      ("N. incidenti stradali con feriti nel centro abitato", "9", "7", "6", "5")]),
    ("OP.2.4", "Rifacimento della copertura della palestra comunale di via Roma (contributo regionale di "
               "€ 185.000)",
     "Area Tecnica – LL.PP. e Patrimonio / Patrimonio", "arch. Federica Missana", "8",
     [("Ultimazione dei lavori e riapertura della palestra", DASH, "entro il 30/11/2026", DASH, DASH)]),
    ("OP.2.5", "Censimento delle coperture in cemento-amianto e contributi ai privati per la bonifica "
               "(fondo di € 60.000 nel triennio)",
     "Area Urbanistica, Edilizia Privata e Ambiente / Ambiente", "geom. Stefano Bortolin", "6",
     [("N. coperture in cemento-amianto censite (dato cumulato)", "124", "180", "200", "210"),
      ("N. contributi concessi per la bonifica", "0", "12", "15", "15")]),
    ("OP.3.1", "Potenziamento del servizio di assistenza domiciliare (SAD) per anziani soli e persone non "
               "autosufficienti",
     "Area Servizi alla Persona / Servizi sociali", "dott. Alessio Tonon", "12",
     [("N. utenti SAD in carico", "46", "55", "60", "65"),
      ("Ore settimanali di assistenza erogate", "310", "360", "390", "420")]),
    ("OP.3.2", "Avvio del centro estivo comunale per bambini e ragazzi dai 3 ai 14 anni in convenzione con "
               "le associazioni del territorio",
     "Area Servizi alla Persona / Istruzione e tempo libero", "dott. Alessio Tonon", "10",
     [("N. bambini iscritti al centro estivo", DASH + " (servizio nuovo)", "80", "100", "110"),
      ("N. settimane di apertura", "0", "6", "7", "8")]),
]
OBJ_NOTE = (
    "Nota: il grado di raggiungimento degli obiettivi è verificato dal Nucleo di valutazione in forma "
    "associata sulla base delle relazioni dei Titolari di EQ da presentare entro il 31/01/2027. "
    "Il peso complessivo degli obiettivi è pari a 100.")

PH_HEAD = ["Cod.", "Fase", "Periodo", "Personale coinvolto"]
PH_COLS = [16, 72, 26, 52]
PHASES = [
    ("OP.1.1", "Configurazione del portale delle iscrizioni con accesso SPID/CIE", "gen–feb 2026",
     "Bressan Sonia, fornitore del software gestionale"),
    ("OP.1.1", "Apertura delle iscrizioni on line per l'a.s. 2026/2027", "mar–mag 2026", "Bressan Sonia"),
    ("OP.1.1", "Assistenza alle famiglie senza SPID presso lo sportello polifunzionale", "mar–mag 2026",
     "Cimolino Sara"),
    ("OP.1.2", "Riorganizzazione degli spazi al piano terra del municipio", "gen–mar 2026",
     "dott.ssa Pittana, squadra operai"),
    ("OP.1.2", "Formazione incrociata degli operatori di anagrafe e protocollo", "feb–apr 2026",
     "Sandrin Luisa, Bertoia Paolo, Cimolino Sara"),
    ("OP.1.2", "Apertura dello sportello il martedì dalle 15:00 alle 18:00", "da mag 2026",
     "Sandrin Luisa, Bertoia Paolo"),
    ("OP.1.2", "Indagine di customer satisfaction", "nov 2026", "Cimolino Sara"),
    ("OP.1.3", "Mappatura del flusso di liquidazione e ricognizione delle fatture scadute", "gen–feb 2026",
     "rag. Coassin, Gobbato Elena"),
    ("OP.1.3", "Circolare interna: liquidazione entro 10 giorni dal ricevimento della fattura", "mar 2026",
     "Titolari di EQ di tutte le Aree"),
    ("OP.1.3", "Monitoraggio trimestrale dell'indicatore di tempestività dei pagamenti", "apr–dic 2026",
     "Gobbato Elena"),
    ("OP.1.4", "Ricognizione degli obblighi di pubblicazione sulla base della griglia ANAC", "gen–apr 2026",
     "Segreteria generale, Cimolino Sara"),
    ("OP.1.4", "Verifiche a campione sulle sottosezioni di Amministrazione Trasparente",
     "mar, giu, set e dic 2026", "Segretario comunale, Titolari di EQ"),
    ("OP.1.5", "Piano annuale della formazione e iscrizione ai corsi della piattaforma Syllabus",
     "gen–feb 2026", "Segretario comunale"),
    ("OP.1.5", "Corsi su etica pubblica, anticorruzione e protezione dei dati (4 ore per dipendente)",
     "mar–ott 2026", "Tutto il personale (n. 28 dipendenti)"),
    ("OP.2.1", "Progettazione esecutiva e richiesta dell'incentivo del conto termico al GSE", "gen–mar 2026",
     "arch. Missana, geom. Furlanetto Ivan"),
    ("OP.2.1", "Affidamento dei lavori tramite la Centrale unica di committenza", "apr–mag 2026",
     "Vendrame Cristina, arch. Missana"),
    ("OP.2.1", "Installazione durante la chiusura estiva della scuola e collaudo degli impianti",
     "giu–set 2026", "geom. Furlanetto Ivan, ditta affidataria"),
    ("OP.2.2", "Approvazione del regolamento per l'applicazione della tariffa puntuale", "entro apr 2026",
     "rag. Coassin, Venier Marta"),
    ("OP.2.2", "Consegna dei contenitori con TAG RFID alle utenze domestiche", "feb–giu 2026",
     "Zuliani Davide, gestore del servizio di igiene urbana"),
    ("OP.2.2", "Bollettazione simulata e sportello informativo per gli utenti", "set–dic 2026",
     "Venier Marta, Zuliani Davide"),
    ("OP.2.3", "Progetto degli attraversamenti rialzati e della zona 30 di via delle Scuole", "gen–mar 2026",
     "comm. Zilli, geom. Furlanetto Ivan"),
    ("OP.2.3", "Realizzazione degli attraversamenti durante la chiusura estiva delle scuole", "lug–ago 2026",
     "squadra operai, ditta affidataria"),
    ("OP.2.3", "Controlli della velocità e campagna \"A scuola a piedi\" con gli istituti", "ott–dic 2026",
     "agt. Pivetta Nicola, agt. Candotti Erika"),
    ("OP.2.4", "Aggiudicazione dei lavori di rifacimento della copertura", "mar 2026",
     "arch. Missana, Vendrame Cristina"),
    ("OP.2.4", "Esecuzione dei lavori a palestra chiusa", "giu–set 2026",
     "geom. Furlanetto Ivan (direttore dei lavori)"),
    ("OP.2.4", "Collaudo e riapertura della palestra alle associazioni sportive", "ott–nov 2026",
     "arch. Missana"),
    ("OP.2.5", "Censimento delle coperture con rilievo da drone e segnalazioni dei cittadini", "gen–giu 2026",
     "geom. Bortolin, Del Zotto Anna"),
    ("OP.2.5", "Bando per i contributi alla bonifica (massimo € 4.000 per intervento)", "lug–set 2026",
     "Del Zotto Anna, Fabris Michela"),
    ("OP.3.1", "Aggiornamento dei criteri di accesso al SAD e della compartecipazione al costo",
     "gen–mar 2026", "dott. Tonon, Bellotto Giulia (assistente sociale)"),
    ("OP.3.1", "Estensione del servizio al sabato mattina", "da apr 2026",
     "Bellotto Giulia, cooperativa affidataria"),
    ("OP.3.2", "Convenzione con Pro Loco Pradavena e ASD Braida Nuova per la gestione delle attività",
     "feb–mar 2026", "dott. Tonon, Bressan Sonia"),
    ("OP.3.2", "Iscrizioni on line e definizione delle tariffe", "apr–mag 2026", "Bressan Sonia"),
    ("OP.3.2", "Svolgimento del centro estivo (6 settimane)", "15 giu–24 lug 2026",
     "educatori delle associazioni convenzionate"),
]

ORG_HEAD = ["Area", "Titolare di Elevata Qualificazione", "Servizi", "N. dipendenti"]
ORG_COLS = [50, 42, 82, 20]
ORG_RIGHT = {3}
ORG = [
    ("Area Affari Generali e Servizi Demografici", "dott.ssa Chiara Pittana",
     "Segreteria e affari generali, protocollo, servizi demografici e stato civile, messi notificatori, URP",
     "6"),
    ("Area Servizi alla Persona", "dott. Alessio Tonon",
     "Servizi sociali, istruzione e trasporto scolastico, cultura e biblioteca, sport e associazionismo",
     "5"),
    ("Area Economico-Finanziaria e Tributi", "rag. Daniele Coassin",
     "Ragioneria, economato, tributi, trattamento economico del personale", "4"),
    ("Area Tecnica – LL.PP. e Patrimonio", "arch. Federica Missana",
     "Lavori pubblici, manutenzioni, patrimonio, protezione civile, squadra operai", "7"),
    ("Area Urbanistica, Edilizia Privata e Ambiente", "geom. Stefano Bortolin",
     "Urbanistica, edilizia privata (SUE), SUAP, ambiente e gestione dei rifiuti", "3"),
    ("Area Vigilanza – Polizia Locale", "comm. Roberto Zilli (Comandante)",
     "Polizia locale, polizia amministrativa e commerciale, viabilità", "3"),
    ("Totale", "", "", "28"),
]
ORG_TEXT = (
    "Il Segretario comunale è la dott.ssa Paola Zanier, titolare della segreteria convenzionata tra i "
    "Comuni di Pradavena e Rivaluda, che svolge anche le funzioni di Responsabile della prevenzione della "
    "corruzione e della trasparenza (RPCT). Il Sindaco è Marco Cescutti. Personale al 01/01/2026: "
    "28 dipendenti a tempo indeterminato, di cui 2 a tempo parziale.")

RISK_INTRO = (
    "Processi a rischio più elevato emersi dalla mappatura 2025; le misure sono attuate sotto la "
    "vigilanza del RPCT.")
RISK_HEAD = ["Processo", "Rischio", "Misura", "Responsabile"]
RISK_COLS = [55, 72, 95, 50]
RISKS = [
    ("Rilascio di permessi di costruire e controllo delle SCIA",
     "Disparità di trattamento nell'istruttoria; mancato rispetto dell'ordine cronologico di arrivo delle "
     "pratiche",
     "Istruttoria in ordine cronologico con il gestionale SUE; controllo a campione del 10% delle SCIA "
     "presentate",
     "Titolare EQ Area Urbanistica, Edilizia Privata e Ambiente"),
    ("Affidamenti diretti di lavori, servizi e forniture",
     "Frazionamento artificioso dell'importo; ripetuti affidamenti allo stesso operatore economico",
     "Registro degli affidamenti diretti e verifica semestrale del rispetto del principio di rotazione",
     "Titolare EQ Area Tecnica – LL.PP. e Patrimonio"),
    ("Concessione di contributi a persone fisiche e associazioni",
     "Erogazione in assenza di criteri predeterminati o senza rendicontazione",
     "Applicazione del regolamento comunale dei contributi; pubblicazione in Amministrazione Trasparente "
     "entro 30 giorni",
     "Titolare EQ Area Servizi alla Persona"),
    ("Accertamenti tributari IMU e TARI",
     "Omissione o ritardo dei controlli per favorire determinati contribuenti",
     "Estrazione casuale dei contribuenti da verificare; doppia firma sugli annullamenti in autotutela",
     "Titolare EQ Area Economico-Finanziaria e Tributi"),
]


# ------------------------------------------------------------------------------------------------
# layout model (backend-independent except for string widths)
# ------------------------------------------------------------------------------------------------

@dataclass
class Op:
    x: float
    y: float            # baseline, mm from the top edge
    s: str
    bold: bool
    size: float


@dataclass
class Page:
    sheet: str
    ops: list[Op] = field(default_factory=list)


@dataclass
class Title:
    text: str
    size: float = 10.5
    bold: bool = True


@dataclass
class Para:
    text: str
    width: float = 230.0
    size: float = 8.5
    bold: bool = False


@dataclass
class Space:
    h: float


@dataclass
class Table:
    head: list[str]
    cols: list[float]
    rows: list[list[str]]
    right: set = field(default_factory=set)
    size: float = 7.5
    head_size: float = 6.5
    bold_rows: set = field(default_factory=set)   # e.g. the "Totale" row


def wrap(text: str, width: float, measure, bold: bool, size: float) -> list[str]:
    """Greedy word wrap (like a spreadsheet cell with 'wrap text'); a word longer than the column is
    broken by characters."""
    lines: list[str] = []
    cur = ""
    for word in text.split():
        cand = word if not cur else cur + " " + word
        if measure(cand, bold, size) <= width:
            cur = cand
            continue
        if cur:
            lines.append(cur)
        cur = word
        while measure(cur, bold, size) > width:
            k = len(cur)
            while k > 1 and measure(cur[:k], bold, size) > width:
                k -= 1
            lines.append(cur[:k])
            cur = cur[k:]
    if cur:
        lines.append(cur)
    return lines or [""]


def line_h(size: float) -> float:
    return size * 1.22 * PT


class Layout:
    def __init__(self, measure) -> None:
        self.measure = measure
        self.pages: list[Page] = []
        self.y = BODY_TOP
        self.sheet = ""

    def new_page(self) -> None:
        self.pages.append(Page(self.sheet))
        self.y = BODY_TOP

    def start_sheet(self, name: str) -> None:
        self.sheet = name
        self.new_page()

    def fits(self, h: float) -> bool:
        return self.y + h <= BODY_BOTTOM

    def add(self, block) -> None:
        if isinstance(block, Space):
            self.y += block.h
        elif isinstance(block, (Title, Para)):
            width = block.width if isinstance(block, Para) else PAGE_W - LEFT - RIGHT
            lh = line_h(block.size)
            for ln in wrap(block.text, width, self.measure, block.bold, block.size):
                if not self.fits(lh):
                    self.new_page()
                self.y += lh
                self.pages[-1].ops.append(Op(LEFT, self.y - 0.25 * lh, ln, block.bold, block.size))
            self.y += 0.6 * lh
        elif isinstance(block, Table):
            self.table(block)
        else:
            raise TypeError(block)

    def _row(self, cells: list[str], t: Table, bold: bool, size: float) -> tuple[float, list]:
        """Height of a row and the wrapped lines of each cell."""
        wrapped = [wrap(c, w - 2 * PAD, self.measure, bold, size) if c else []
                   for c, w in zip(cells, t.cols)]
        n = max(1, max(len(w) for w in wrapped))
        return n * line_h(size) + 2 * PAD, wrapped

    def _draw_row(self, t: Table, wrapped: list, bold: bool, size: float, h: float) -> None:
        lh = line_h(size)
        x = LEFT
        for k, (w, lines) in enumerate(zip(t.cols, wrapped)):
            for i, ln in enumerate(lines):               # cell by cell, line by line (top-aligned)
                base = self.y + PAD + (i + 1) * lh - 0.25 * lh
                if k in t.right:
                    xx = x + w - PAD - self.measure(ln, bold, size)
                else:
                    xx = x + PAD
                self.pages[-1].ops.append(Op(round(xx, 3), round(base, 3), ln, bold, size))
            x += w
        self.y += h

    def table(self, t: Table) -> None:
        head_h, head_wr = self._row(t.head, t, True, t.head_size)

        def header() -> None:
            self._draw_row(t, head_wr, True, t.head_size, head_h)
            self.y += 0.6

        if not self.fits(head_h + 12):
            self.new_page()
        header()
        for r, row in enumerate(t.rows):
            bold = r in t.bold_rows
            h, wr = self._row(row, t, bold, t.size)
            if not self.fits(h):
                self.new_page()
                header()                                   # repeated header row ("righe da ripetere")
            self._draw_row(t, wr, bold, t.size, h)
        self.y += 3


def sheets() -> list[tuple[str, list]]:
    obj_rows = []
    for code, title, area, resp, peso, inds in OBJECTIVES:
        for k, (ind, base, t26, t27, t28) in enumerate(inds):
            if k == 0:
                obj_rows.append([code, title, area, resp, peso, ind, base, t26, t27, t28])
            else:                                          # continuation row of the same objective
                obj_rows.append(["", "", "", "", "", ind, base, t26, t27, t28])
    return [
        ("Premessa e Valore pubblico", [
            Title("PIANO INTEGRATO DI ATTIVITÀ E ORGANIZZAZIONE (PIAO) 2026-2028", 13),
            Title("Comune di Pradavena – Provincia di Pordenone", 10, False),
            Para("Approvato con deliberazione della Giunta comunale n. 12 del 29/01/2026 – estratto del file di "
                 "lavoro del Servizio Segreteria", size=8),
            Space(3),
            Title("1. Premessa: missione e contesto"),
            Para(INTRO_MISSIONE),
            Para(INTRO_CONTESTO),
            Space(2),
            Title("2. Valore pubblico"),
            Para(VP_INTRO),
            Table(VP_HEAD, VP_COLS, VP_ROWS, size=8, head_size=7),
        ]),
        ("Obiettivi 2026", [
            Title("3. Obiettivi di performance 2026"),
            Table(OBJ_HEAD, OBJ_COLS, obj_rows, right=OBJ_RIGHT),
            Para(OBJ_NOTE, width=277, size=7.5),
        ]),
        ("Fasi", [
            Title("4. Fasi e tempistiche"),
            Table(PH_HEAD, PH_COLS, [list(p) for p in PHASES]),
        ]),
        ("Struttura", [
            Title("5. Struttura organizzativa"),
            Table(ORG_HEAD, ORG_COLS, [list(o) for o in ORG], right=ORG_RIGHT, size=8, head_size=7,
                  bold_rows={len(ORG) - 1}),
            Para(ORG_TEXT),
        ]),
        ("Rischi", [
            Title("6. Rischi corruttivi"),
            Para(RISK_INTRO),
            Table(RISK_HEAD, RISK_COLS, [list(r) for r in RISKS], size=8, head_size=7),
        ]),
    ]


def paginate(measure) -> list[Page]:
    lay = Layout(measure)
    for name, blocks in sheets():
        lay.start_sheet(name)
        for b in blocks:
            lay.add(b)
    return lay.pages


def build(backend=None) -> bytes:
    be = backend or make_backend()
    pages = paginate(be.width)
    m = len(pages)
    for n, page in enumerate(pages, 1):
        be.new_page()
        # running header (Excel: left section = municipality, right section = sheet name)
        be.text(LEFT, 11.0, RUNNING_LEFT, True, 7.5)
        sheet = "Foglio: " + page.sheet
        be.text(PAGE_W - RIGHT - be.width(sheet, False, 7), 11.0, sheet, False, 7)
        for op in page.ops:
            be.text(op.x, op.y, op.s, op.bold, op.size)
        # footer (Excel: left = file name, centre = "Pag. &[Pagina] di &[Pagine]")
        be.text(LEFT, 202.0, WORKBOOK, False, 6.5)
        foot = f"Pag. {n} di {m}"
        be.text((PAGE_W - be.width(foot, False, 7.5)) / 2, 202.0, foot, False, 7.5)
    return be.finish()


def main() -> None:
    OUT.parent.mkdir(parents=True, exist_ok=True)
    be = make_backend()
    data = build(be)
    OUT.write_bytes(data)
    print(f"wrote {OUT} ({len(data)} bytes, backend {be.name})")


if __name__ == "__main__":
    main()
