"""Write docs/roccamorena_piao-2026-2028.docx: sezioni 2 e 3 of the PIAO 2026-2028 of the FICTIONAL
Comune di Roccamorena (provincia di Macerata, Marche), laid out as a plan written in Word:

* Word heading styles ("Sezione 2.2 Performance", "Sezione 3.1 Struttura organizzativa", ...), short
  prose intro, running header and a PAGE field in the footer;
* ONE wide objectives table in a LANDSCAPE section (portrait before and after):
  Obiettivo strategico | Cod. | Obiettivo operativo | Responsabile | Indicatore | Baseline 2025 |
  Target 2026 | Target 2027 | Peso %.  The "Obiettivo strategico" cells are VERTICALLY MERGED over the
  2-4 operational objectives of each strategic objective; a repeated two-row header is not used, the
  header row is marked as repeating (tblHeader).  Several cells hold more than one paragraph (title +
  description, two persons, two indicators with their baselines/targets) or bullet-style lines ("• ...");
* a separate cronoprogramma (Gantt) table with a two-row header (years merged horizontally over the
  quarter / semester columns, "Obiettivo operativo" and "Scadenza" merged vertically), cells "X", "●" or
  empty, and a Scadenza date for some rows only;
* an organigramma table Area | Servizi assegnati | Responsabile (titolare EQ) | n. dipendenti.  Six
  objectives name only an Area, an office ("Ufficio tecnico", "Ufficio Tributi", "Comando di Polizia
  locale") or a role (Segretario comunale – RPCT) in the Responsabile column: the person is found in the
  organigramma or in the paragraph on the Segretario;
* a giunta paragraph (Sindaco + assessori with deleghe) and a stakeholder paragraph per strategic objective.

Deterministic: fixed core properties, and the zip container is rewritten with fixed timestamps and a fixed
member order.  All people, places and figures are invented.

Usage: /work/main/.venv/bin/python make_plan.py
"""
from __future__ import annotations

import datetime
import io
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = Path(__file__).resolve().parent
NAME = "roccamorena_piao-2026-2028.docx"
OUT = HERE / "docs" / NAME
ENTE = "Comune di Roccamorena"

# --------------------------------------------------------------------------------------------------
# content
# --------------------------------------------------------------------------------------------------

APPROVAZIONE = "Approvato con deliberazione della Giunta comunale n. 9 del 27/01/2026"

PREMESSA = (
    "Il Piano Integrato di Attività e Organizzazione (PIAO) 2026-2028 è adottato ai sensi dell'art. 6 del "
    "D.L. n. 80/2021 e raccoglie in un unico documento la programmazione della performance, delle misure "
    "anticorruzione e dell'organizzazione del personale. Il Comune di Roccamorena conta 5.812 abitanti al "
    "31/12/2025, distribuiti fra il capoluogo e le frazioni di Coste Grisanti e Valcerreto, su una "
    "superficie di 38,6 kmq. L'Ente opera con 31 dipendenti a tempo indeterminato, oltre al Segretario "
    "comunale. Il bilancio di previsione 2026-2028 prevede per il 2026 una spesa corrente di € 5.140.000.")

VP_INTRO = (
    "Il valore pubblico che l'Amministrazione intende generare discende dalle linee di mandato e dal DUP "
    "2026-2028, approvato con deliberazione del Consiglio comunale n. 41 del 18/12/2025, ed è declinato in "
    "quattro obiettivi strategici (OS):")

OS = [
    ("OS 1 – Roccamorena digitale e vicina ai cittadini",
     "servizi on line, pagamenti elettronici e sicurezza dei dati."),
    ("OS 2 – Territorio sicuro, curato e sostenibile",
     "edifici scolastici, strade, rifiuti e sicurezza urbana."),
    ("OS 3 – Comunità inclusiva e solidale",
     "anziani soli, famiglie con figli, cultura e lettura."),
    ("OS 4 – Ente efficiente, trasparente e legale",
     "equità fiscale e prevenzione della corruzione."),
]

CONTESTO = (
    "Il contesto esterno è quello di un comune collinare dell'entroterra maceratese: la popolazione con "
    "più di 65 anni è pari al 27,9% e gli anziani che vivono soli sono circa 310; le imprese attive sono "
    "402, in prevalenza agricole e artigiane. Nel territorio hanno sede una scuola dell'infanzia, due "
    "scuole primarie (nel capoluogo e a Valcerreto) e una scuola secondaria di primo grado.")

STAKEHOLDER = (
    "I portatori di interesse (stakeholder) sono stati individuati per ciascun obiettivo strategico: per "
    "l'OS 1 i cittadini e le famiglie, i professionisti tecnici, i CAF e i patronati; per l'OS 2 i "
    "residenti delle frazioni, gli alunni e il personale della scuola primaria, il gestore del servizio di "
    "igiene urbana e i gruppi comunali di protezione civile; per l'OS 3 gli anziani soli e i loro "
    "caregiver, le famiglie con figli in età scolare, l'Ambito Territoriale Sociale (ATS), le associazioni "
    "di volontariato e la parrocchia; per l'OS 4 i contribuenti, gli ordini professionali e i dipendenti "
    "comunali.")

PERF_INTRO = (
    "Gli obiettivi operativi assegnati per il 2026 sono 12, ripartiti fra i quattro obiettivi strategici; "
    "la somma dei pesi è pari a 100. Nella colonna «Responsabile» è indicato il titolare di incarico di "
    "Elevata Qualificazione (EQ) o il dipendente incaricato; per alcuni obiettivi è indicata soltanto "
    "l'Area o l'ufficio competente: in tal caso il responsabile è il titolare di EQ dell'Area, riportato "
    "nell'organigramma della Sezione 3.1. Il grado di raggiungimento degli obiettivi è verificato dal "
    "Nucleo di valutazione entro il 30/04/2027.")

MAIN_HEAD = ["Obiettivo strategico", "Cod.", "Obiettivo operativo", "Responsabile", "Indicatore",
             "Baseline 2025", "Target 2026", "Target 2027", "Peso %"]

# Each objective: code, OS index, [title, description lines...], [responsabile lines],
# [(indicator, baseline, target 2026, target 2027), ...], weight, Gantt title, Gantt marks (6), scadenza.
# Description lines starting with "• " are bullet-style lines (own paragraph each).
OBJ = [
    ("OP 1.1", 0,
     ["Sportello polifunzionale e prenotazione on line dei servizi demografici",
      "Un unico front office per anagrafe, stato civile, protocollo e URP, con agenda on line per la "
      "carta d'identità elettronica e i certificati. Lo sportello resta aperto anche il sabato mattina "
      "nelle settimane di scadenza dei documenti."],
     ["Area 1 (Affari generali) – Ufficio anagrafe e stato civile"],
     [("% appuntamenti dei servizi demografici prenotati on line", "18%", "45%", "60%"),
      ("Tempo medio di attesa allo sportello (minuti)", "25", "15", "10")],
     8, "OP 1.1 – Sportello polifunzionale e agenda on line", "XXX...", "30/09/2026"),
    ("OP 1.2", 0,
     ["Estensione di pagoPA e dell'app IO a tutti i servizi a domanda individuale",
      "Mensa e trasporto scolastico, lampade votive, diritti di segreteria, uso delle sale comunali; "
      "avvisi di pagamento inviati anche tramite app IO."],
     ["rag. Sandro Tittarelli – Responsabile Area Economico-finanziaria"],
     [("N. servizi a domanda individuale pagabili con pagoPA", "6", "12", "15")],
     7, "OP 1.2 – pagoPA e app IO per i servizi a domanda", ".XXXX.", "31/03/2027"),
    ("OP 1.3", 0,
     ["Migrazione dei servizi informatici su cloud qualificato (PNRR – Misura 1.2)",
      "• migrazione dei 10 applicativi gestionali dell'Ente",
      "• piano di continuità operativa e di disaster recovery"],
     ["dott.ssa Lucia Pieroni – Responsabile Area Affari generali",
      "dott. Nicola Gabrielloni – Referente per la transizione digitale"],
     [("% applicativi migrati su cloud qualificato", "40%", "100%", "100%"),
      ("N. dipendenti formati sulla sicurezza informatica", "0", "31", "31")],
     9, "OP 1.3 – Migrazione al cloud (PNRR Misura 1.2)", "XX....", "30/06/2026"),
    ("OP 2.1", 1,
     ["Adeguamento sismico della scuola primaria di Valcerreto",
      "Lavori di miglioramento sismico ed efficientamento energetico; durante il cantiere le classi sono "
      "ospitate nel centro civico. L'intervento è finanziato con contributo regionale e fondi propri."],
     ["Ufficio tecnico – Servizio Lavori pubblici"],
     [("Avanzamento dei lavori (% SAL)", "progetto esecutivo approvato", "60%", "100% e collaudo")],
     12, "OP 2.1 – Adeguamento sismico scuola di Valcerreto", ".●●●●●", "31/10/2027"),
    ("OP 2.2", 1,
     ["Piano triennale di manutenzione delle strade comunali e vicinali",
      "Priorità alle strade delle frazioni di Coste Grisanti e Valcerreto e ai percorsi casa-scuola; "
      "rilievo dello stato di conservazione con catasto strade georeferenziato."],
     ["geom. Daniele Sabbatini – Istruttore tecnico, Area 3 (RUP)"],
     [("Km di strade comunali riasfaltate nell'anno", "3,2 km", "5 km", "6 km")],
     8, "OP 2.2 – Manutenzione strade comunali e vicinali", ".●●.●.", ""),
    ("OP 2.3", 1,
     ["Raccolta porta a porta estesa alle frazioni e avvio della tariffa puntuale",
      "• consegna dei contenitori dotati di transponder",
      "• sperimentazione della tariffa puntuale TARI dal 2027"],
     ["ing. Michele Scarponi – Responsabile Area Tecnica",
      "rag. Sandro Tittarelli – Responsabile Area Economico-finanziaria (tariffa)"],
     [("% raccolta differenziata", "63,4%", "70%", "75%"),
      ("Utenze con contenitore dotato di transponder", "0", "1.200", "2.600")],
     10, "OP 2.3 – Porta a porta nelle frazioni e tariffa puntuale", "XXXXXX", "31/12/2027"),
    ("OP 2.4", 1,
     ["Videosorveglianza agli accessi del paese e lettura targhe",
      "Nuove telecamere agli ingressi del capoluogo, nei parchi e presso le scuole, collegate alla "
      "centrale operativa. Regolamento comunale aggiornato e valutazione d'impatto sulla protezione dei "
      "dati prima dell'attivazione."],
     ["Comando di Polizia locale"],
     [("N. telecamere di contesto e lettura targhe attive", "8", "16", "20")],
     6, "OP 2.4 – Telecamere e varchi di lettura targhe", "..●●..", "15/12/2026"),
    ("OP 3.1", 2,
     ["Potenziamento dell'assistenza domiciliare agli anziani e consegna dei pasti a domicilio",
      "In raccordo con l'Ambito Territoriale Sociale; priorità agli ultra 75enni che vivono soli. Il "
      "servizio pasti è svolto con la ditta che gestisce la mensa scolastica e con i volontari."],
     ["Area Servizi alla persona – Ufficio servizi sociali"],
     [("N. utenti del servizio di assistenza domiciliare (SAD)", "22", "30", "35"),
      ("Pasti consegnati a domicilio (n./anno)", "2.900", "4.000", "4.500")],
     9, "OP 3.1 – Assistenza domiciliare e pasti a domicilio", "XXXX..", ""),
    ("OP 3.2", 2,
     ["Mensa scolastica: iscrizioni on line e menù con prodotti a km 0",
      "Nuovo capitolato con quota minima di prodotti locali e commissione mensa con i genitori; "
      "iscrizioni e diete speciali gestite dal portale dei servizi scolastici."],
     ["dott.ssa Chiara Morresi – Responsabile Area Servizi alla persona"],
     [("% iscrizioni alla mensa presentate on line", "35%", "90%", "100%"),
      ("% prodotti a km 0 nei menù", "20%", "30%", "40%")],
     7, "OP 3.2 – Mensa scolastica a km 0 e iscrizioni on line", "..X..X", ""),
    ("OP 3.3", 2,
     ["Biblioteca aperta: apertura serale e progetto «Nati per leggere»",
      "• apertura il martedì e il giovedì fino alle 22",
      "• letture per la fascia 0-6 anni con i pediatri"],
     ["dott.ssa Anna Strappini – Istruttore direttivo, Biblioteca comunale"],
     [("Prestiti annui della biblioteca", "4.150", "5.000", "5.600"),
      ("Ore di apertura settimanali", "18", "24", "24")],
     5, "OP 3.3 – Biblioteca aperta e Nati per leggere", ".XXX..", "31/12/2026"),
    ("OP 4.1", 3,
     ["Recupero dell'evasione IMU e TARI e bonifica della banca dati tributaria",
      "Incrocio dei dati con catasto e anagrafe; avvisi di accertamento emessi entro i termini di "
      "decadenza. Rateizzazione agevolata per i contribuenti in difficoltà economica."],
     ["Ufficio Tributi"],
     [("Importo accertato per evasione IMU e TARI", "€ 96.000", "€ 130.000", "€ 150.000")],
     11, "OP 4.1 – Recupero evasione IMU e TARI", "●●●●●.", "30/06/2027"),
    ("OP 4.2", 3,
     ["Aggiornamento della mappatura dei processi e formazione anticorruzione",
      "• mappatura delle aree a rischio previste dal PNA 2022",
      "• canale interno per le segnalazioni (D.Lgs. n. 24/2023)"],
     ["Segretario comunale – RPCT"],
     [("N. processi mappati con valutazione del rischio", "38", "60", "75"),
      ("% dipendenti formati in materia di anticorruzione", "74%", "100%", "100%")],
     8, "OP 4.2 – Mappatura dei processi e formazione", "●●..●.", "31/05/2027"),
]
OS_NOTE = ["Linea di mandato n. 1", "Linea di mandato n. 2", "Linea di mandato n. 3", "Linea di mandato n. 4"]

GANTT_PERIODS = ["I trim", "II trim", "III trim", "IV trim", "I sem", "II sem"]
GANTT_LEGENDA = (
    "Legenda: I trim = I trimestre (gennaio–marzo), II trim = II trimestre (aprile–giugno), III trim = "
    "III trimestre (luglio–settembre), IV trim = IV trimestre (ottobre–dicembre); I sem e II sem = I "
    "semestre e II semestre 2027. Le celle con «X» o «●» indicano i periodi in cui l'obiettivo è in corso; "
    "la colonna «Scadenza» riporta il termine finale solo quando è stato fissato.")

AREE = [  # (area, [servizi lines], [responsabile lines], n. dipendenti)
    ("Area 1 – Affari generali e servizi demografici",
     ["Segreteria, protocollo e archivio, servizi demografici (anagrafe, stato civile, elettorale), URP, "
      "servizi informatici"],
     ["dott.ssa Lucia Pieroni", "decreto sindacale n. 1/2026"], 7),
    ("Area 2 – Economico-finanziaria",
     ["Ragioneria e bilancio, economato, tributi (IMU, TARI), trattamento economico del personale"],
     ["rag. Sandro Tittarelli", "decreto sindacale n. 2/2026"], 5),
    ("Area 3 – Tecnica",
     ["Lavori pubblici e manutenzioni (ufficio tecnico), patrimonio, urbanistica ed edilizia privata, "
      "SUAP, ambiente e igiene urbana"],
     ["ing. Michele Scarponi", "decreto sindacale n. 3/2026"], 9),
    ("Area 4 – Servizi alla persona",
     ["Servizi sociali, pubblica istruzione e mensa scolastica, cultura e biblioteca, sport"],
     ["dott.ssa Chiara Morresi", "decreto sindacale n. 4/2026"], 6),
    ("Area 5 – Vigilanza e sicurezza urbana",
     ["Comando di Polizia locale, polizia amministrativa e commerciale, protezione civile"],
     ["comm. Fabio Lattanzi", "decreto sindacale n. 5/2026"], 4),
]
ORG_HEAD = ["Area", "Servizi assegnati", "Responsabile (titolare EQ)", "n. dipendenti"]

MONITORAGGIO = (
    "Il monitoraggio intermedio degli obiettivi è effettuato al 30 settembre di ogni anno dai titolari di "
    "EQ, che trasmettono al Segretario comunale una breve relazione sullo stato di avanzamento e sugli "
    "eventuali scostamenti; entro il 30/04/2027 il Nucleo di valutazione valida la Relazione sulla "
    "performance 2026. Il monitoraggio della sezione anticorruzione è svolto dal RPCT con cadenza "
    "semestrale, quello della sezione organizzazione in occasione dell'aggiornamento annuale del Piano.")

RISCHI = (
    "Il Responsabile della prevenzione della corruzione e della trasparenza (RPCT) è il Segretario "
    "comunale. Le aree a più elevato rischio corruttivo sono gli affidamenti di lavori, servizi e "
    "forniture, la concessione di contributi economici e i controlli sulle pratiche edilizie; le misure "
    "specifiche e gli obblighi di pubblicazione sono riportati nell'Allegato A. Il monitoraggio delle "
    "misure è semestrale.")

STRUTTURA = (
    "La struttura organizzativa è articolata in cinque Aree, ciascuna affidata a un titolare di incarico "
    "di Elevata Qualificazione (EQ) nominato con decreto sindacale. Il personale in servizio al 01/01/2026 "
    "è riportato nella tabella seguente.")
GIUNTA = (
    "Gli organi di governo sono il Sindaco, Giorgio Carletti, che mantiene le deleghe a bilancio, "
    "personale, polizia locale e protezione civile, e la Giunta comunale, composta da tre assessori: la "
    "vicesindaca Elisa Paoloni (lavori pubblici, viabilità, ambiente e ciclo dei rifiuti), Stefano "
    "Mazzieri (servizi sociali, pubblica istruzione e servizi scolastici, politiche giovanili) e Marta "
    "Giuliodori (cultura e biblioteca, sport, innovazione digitale e tributi).")
SEGRETARIO = (
    "Le funzioni di Segretario comunale sono svolte, in convenzione con un altro ente, dal dott. Paolo "
    "Cesaroni, che è anche Responsabile della prevenzione della corruzione e della trasparenza (RPCT).")
AGILE = (
    "Il lavoro agile è disciplinato dal regolamento approvato con deliberazione della Giunta comunale n. "
    "57 del 05/09/2024: è consentito fino a 6 giornate al mese, previo accordo individuale, per le "
    "attività che non richiedono la presenza in sede. Al 31/12/2025 gli accordi attivi sono 7.")
FABBISOGNI = (
    "Per il triennio sono previste le seguenti assunzioni a tempo indeterminato: nel 2026 n. 1 Istruttore "
    "tecnico (Area 3) e n. 1 Agente di polizia locale (Area 5); nel 2027 n. 1 Istruttore "
    "amministrativo-contabile (Area 2), a copertura di un pensionamento. Ogni dipendente partecipa ad "
    "almeno 24 ore di formazione all'anno. Le priorità formative del 2026 sono la sicurezza informatica, "
    "il nuovo codice dei contratti pubblici e la gestione documentale.")


# --------------------------------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------------------------------

def shade(cell, fill: str) -> None:
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def write(cell, lines, bold_first: bool = False, bold: bool = False, size: float = 8.5,
          center: bool = False) -> None:
    """Write lines into a cell, one paragraph each (the cell must be empty)."""
    if isinstance(lines, str):
        lines = [lines]
    for k, line in enumerate(lines):
        p = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
        r = p.add_run(line)
        r.font.size = Pt(size)
        r.bold = bold or (bold_first and k == 0)
        if line.startswith("• "):
            p.paragraph_format.left_indent = Cm(0.2)
        p.paragraph_format.space_after = Pt(1)
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def widths(table, cm: list[float]) -> None:
    for row in table.rows:
        for k, c in enumerate(row.cells):
            c.width = Cm(cm[k])


def repeat_header(row) -> None:
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def page_field(paragraph) -> None:
    run = paragraph.add_run()
    for tag, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if tag:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), tag)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        run._r.append(el)


def caption(doc, text: str) -> None:
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    r.italic = True
    r.font.size = Pt(9.5)
    p.paragraph_format.keep_with_next = True


def orient(section, landscape: bool) -> None:
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    a, b = Cm(29.7), Cm(21.0)
    section.page_width, section.page_height = (a, b) if landscape else (b, a)
    section.left_margin = section.right_margin = Cm(1.8)
    section.top_margin, section.bottom_margin = Cm(1.8), Cm(1.6)


# --------------------------------------------------------------------------------------------------
# tables
# --------------------------------------------------------------------------------------------------

def objectives_table(doc):
    t = doc.add_table(rows=1 + len(OBJ) + 1, cols=len(MAIN_HEAD))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for k, h in enumerate(MAIN_HEAD):
        c = t.cell(0, k)
        write(c, h, bold=True, size=8.5)
        shade(c, "D9E2F3")
    repeat_header(t.rows[0])
    # vertical merges of the strategic objective column (merge first, then write)
    for osi in range(len(OS)):
        rows = [1 + i for i, o in enumerate(OBJ) if o[1] == osi]
        merged = t.cell(rows[0], 0).merge(t.cell(rows[-1], 0))
        write(merged, [OS[osi][0], OS_NOTE[osi]], bold_first=True, size=8.5)
        shade(merged, "F2F2F2")
    for i, (code, _osi, desc, resp, inds, weight, *_g) in enumerate(OBJ):
        r = 1 + i
        write(t.cell(r, 1), code, bold=True)
        write(t.cell(r, 2), desc, bold_first=True)
        write(t.cell(r, 3), resp)
        write(t.cell(r, 4), [x[0] for x in inds])
        for k in range(3):
            write(t.cell(r, 5 + k), [x[1 + k] for x in inds], center=True)
        write(t.cell(r, 8), str(weight), center=True)
    last = len(OBJ) + 1
    tot = t.cell(last, 0).merge(t.cell(last, 7))
    write(tot, "Totale", bold=True)
    write(t.cell(last, 8), str(sum(o[5] for o in OBJ)), bold=True, center=True)
    widths(t, [3.4, 1.4, 5.6, 3.9, 4.4, 1.9, 1.6, 1.6, 1.2])
    return t


def gantt_table(doc):
    t = doc.add_table(rows=2 + len(OBJ), cols=8)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    a = t.cell(0, 0).merge(t.cell(1, 0))
    write(a, "Obiettivo operativo", bold=True)
    y26 = t.cell(0, 1).merge(t.cell(0, 4))
    write(y26, "2026", bold=True, center=True)
    y27 = t.cell(0, 5).merge(t.cell(0, 6))
    write(y27, "2027", bold=True, center=True)
    s = t.cell(0, 7).merge(t.cell(1, 7))
    write(s, "Scadenza", bold=True, center=True)
    for k, per in enumerate(GANTT_PERIODS):
        write(t.cell(1, 1 + k), per, bold=True, center=True)
    for c in (a, y26, y27, s):
        shade(c, "D9E2F3")
    for k in range(6):
        shade(t.cell(1, 1 + k), "D9E2F3")
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    for i, o in enumerate(OBJ):
        r = 2 + i
        write(t.cell(r, 0), o[6])
        for k, m in enumerate(o[7]):
            if m != ".":
                write(t.cell(r, 1 + k), m, center=True, size=9)
                shade(t.cell(r, 1 + k), "E2EFDA")
        if o[8]:
            write(t.cell(r, 7), o[8], center=True)
    widths(t, [8.6, 1.9, 1.9, 1.9, 1.9, 2.2, 2.2, 3.0])
    return t


def org_table(doc):
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for k, h in enumerate(ORG_HEAD):
        write(t.cell(0, k), h, bold=True, size=9)
        shade(t.cell(0, k), "D9E2F3")
    for area, serv, resp, n in AREE:
        cells = t.add_row().cells
        write(cells[0], area, size=9, bold=True)
        write(cells[1], serv, size=9)
        write(cells[2], resp, size=9)
        write(cells[3], str(n), size=9, center=True)
    cells = t.add_row().cells
    tot = cells[0].merge(cells[2])
    write(tot, "Totale dipendenti", size=9, bold=True)
    write(cells[3], str(sum(a[3] for a in AREE)), size=9, bold=True, center=True)
    widths(t, [4.2, 6.8, 4.2, 2.2])
    return t


# --------------------------------------------------------------------------------------------------
# document
# --------------------------------------------------------------------------------------------------

def build_document() -> Document:
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    for name in ("Heading 1", "Heading 2"):
        doc.styles[name].font.color.rgb = RGBColor(0x2E, 0x4A, 0x1F)
    sec = doc.sections[0]
    orient(sec, landscape=False)
    hp = sec.header.paragraphs[0]
    hp.text = "Comune di Roccamorena (MC) – PIAO 2026-2028"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("Pagina ").font.size = Pt(8)
    page_field(fp)

    cp = doc.core_properties
    cp.title = "PIAO 2026-2028 – Comune di Roccamorena"
    cp.author = "Comune di Roccamorena – Ufficio Segreteria"
    cp.last_modified_by = "Segreteria"
    cp.created = datetime.datetime(2026, 1, 19, 9, 30, 0)
    cp.modified = datetime.datetime(2026, 1, 27, 12, 5, 0)
    cp.revision = 4
    cp.comments = ""

    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("COMUNE DI ROCCAMORENA")
    r.bold = True
    r.font.size = Pt(16)
    p = doc.add_paragraph("Provincia di Macerata")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_heading("Piano Integrato di Attività e Organizzazione (PIAO) 2026-2028", level=0)
    p = doc.add_paragraph(APPROVAZIONE)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.runs[0].italic = True

    doc.add_heading("Premessa", level=1)
    doc.add_paragraph(PREMESSA)
    doc.add_paragraph(CONTESTO)

    doc.add_heading("Sezione 2 – Valore pubblico, performance e anticorruzione", level=1)
    doc.add_heading("Sezione 2.1 Valore pubblico", level=2)
    doc.add_paragraph(VP_INTRO)
    for title, text in OS:
        p = doc.add_paragraph(style="List Bullet")
        p.add_run(title + ": ").bold = True
        p.add_run(text)
    doc.add_paragraph(STAKEHOLDER)

    doc.add_heading("Sezione 2.2 Performance", level=2)
    doc.add_paragraph(PERF_INTRO)
    p = doc.add_paragraph("Gli obiettivi sono riportati nella Tabella 1; i tempi di realizzazione nel "
                          "cronoprogramma della Tabella 2.")

    land = doc.add_section(WD_SECTION.NEW_PAGE)
    orient(land, landscape=True)
    caption(doc, "Tabella 1 – Obiettivi strategici e obiettivi operativi 2026-2027")
    objectives_table(doc)
    doc.add_paragraph()
    caption(doc, "Tabella 2 – Cronoprogramma degli obiettivi operativi")
    gantt_table(doc)
    p = doc.add_paragraph(GANTT_LEGENDA)
    p.runs[0].font.size = Pt(8.5)

    port = doc.add_section(WD_SECTION.NEW_PAGE)
    orient(port, landscape=False)
    doc.add_heading("Sezione 2.3 Rischi corruttivi e trasparenza", level=2)
    doc.add_paragraph(RISCHI)

    doc.add_heading("Sezione 3 – Organizzazione e capitale umano", level=1)
    doc.add_heading("Sezione 3.1 Struttura organizzativa", level=2)
    doc.add_paragraph(GIUNTA)
    doc.add_paragraph(SEGRETARIO)
    doc.add_paragraph(STRUTTURA)
    caption(doc, "Tabella 3 – Organigramma al 01/01/2026")
    org_table(doc)
    doc.add_heading("Sezione 3.2 Organizzazione del lavoro agile", level=2)
    doc.add_paragraph(AGILE)
    doc.add_heading("Sezione 3.3 Piano triennale dei fabbisogni di personale", level=2)
    doc.add_paragraph(FABBISOGNI)
    doc.add_heading("Sezione 4 – Monitoraggio", level=1)
    doc.add_paragraph(MONITORAGGIO)
    return doc


FIXED_ZIP_TIME = (2026, 1, 27, 12, 5, 0)


def build() -> bytes:
    """The .docx as bytes, byte-identical on every run."""
    raw = io.BytesIO()
    build_document().save(raw)
    src = zipfile.ZipFile(io.BytesIO(raw.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name in sorted(src.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
            info = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, src.read(name))
    return out.getvalue()


def main() -> None:
    OUT.parent.mkdir(parents=True, exist_ok=True)
    data = build()
    OUT.write_bytes(data)
    print(f"wrote {OUT} ({len(data)} bytes)")


if __name__ == "__main__":
    main()
