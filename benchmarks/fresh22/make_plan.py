"""Write docs/brentasco_piao-2026-2028_valore-pubblico-performance.docx: the PIAO 2026-2028 of the FICTIONAL
Comune di Brentasco (Provincia di Vicenza).  All people, firms, places and figures are invented.

Layout (new for this set; a DOCX written with python-docx):

* Sezione 1: a short anagrafica in prose (population 2023 / 2025, frazioni, Sindaca).
* Sezione 2.1 "Valore pubblico": a context paragraph with yearly figures, then a HIERARCHY OF HEADINGS:
  "Missione NN – <official name>" (Heading 3)  >  "Area strategica N – <name>" (Heading 4)  >
  "Progetto N.M <TITOLO>" (Heading 5).  Project bodies are a paragraph of 2-3 sentences, a single sentence, or
  NOTHING (the next heading follows immediately).  No person is named for the projects.
* Sezione 2.2 "Performance" (a landscape section): the operational objectives as a ruled table (style
  "Table Grid"): Codice | Obiettivo operativo | Progetto di riferimento | Responsabile | Indicatore |
  Target 2026 | Target 2027 | Target 2028.  Targets are percentages, counts, km or euro amounts.
* Sezione 2.3: a short risk / transparency paragraph.
* Sezione 3.1 "Struttura organizzativa" (portrait again): a ruled table Settore | Responsabile (EQ) | Dipendenti
  with a final "Totale" row, then a paragraph giving the staff in service INCLUDING the Segretario comunale
  (Totale + 1).  Sezione 3.2: staffing needs.

Deterministic: no randomness, fixed core properties, the zip is rewritten with fixed timestamps.

Usage: /work/main/.venv/bin/python benchmarks/fresh22/make_plan.py
"""
from __future__ import annotations

import io
import zipfile
from datetime import datetime, timezone
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
NAME = "brentasco_piao-2026-2028_valore-pubblico-performance.docx"
OUT = HERE / "docs" / NAME
FIXED = datetime(2026, 1, 27, 9, 30, tzinfo=timezone.utc)

# ------------------------------------------------------------------------------------------------------------
# content
# ------------------------------------------------------------------------------------------------------------
COMUNE = "Brentasco"
TITLE = [("COMUNE DI BRENTASCO", 16, True), ("Provincia di Vicenza", 12, False),
         ("PIANO INTEGRATO DI ATTIVITÀ E ORGANIZZAZIONE 2026-2028", 15, True),
         ("(art. 6 D.L. 9 giugno 2021, n. 80, convertito dalla L. 6 agosto 2021, n. 113 – D.M. 30 giugno 2022, "
          "n. 132)", 10, False),
         ("Approvato con deliberazione della Giunta comunale n. 9 del 27/01/2026", 10, False)]

ANAGRAFICA = [
    "Il Comune di Brentasco, in provincia di Vicenza, si estende su una superficie di 31,8 kmq e comprende, oltre "
    "al capoluogo, le frazioni di Ca' Zorzetto e Santa Liberata. La popolazione residente è passata da 8.874 "
    "abitanti al 31/12/2023 a 8.912 abitanti al 31/12/2025. La sede municipale è in Piazza Martiri della "
    "Libertà 1; la posta elettronica certificata è comune.brentasco@pec.it.",
    "L'Amministrazione è guidata dalla Sindaca Marta Bortolan, eletta nel giugno 2024; il Vicesindaco Nicola "
    "Fabris ha le deleghe al bilancio, ai tributi e ai lavori pubblici.",
]

VP_INTRO = [
    "Il valore pubblico che l'Amministrazione intende generare nel triennio 2026-2028 discende dalle linee "
    "programmatiche di mandato e dalla Sezione strategica del DUP 2026-2028. Le politiche sono ordinate per "
    "Missione di bilancio; per ciascuna Missione sono indicate le aree strategiche e, al loro interno, i progetti "
    "che le attuano. Gli obiettivi operativi collegati ai progetti, con i responsabili, gli indicatori e i target "
    "del triennio, sono riportati nella sottosezione 2.2.",
    "Alcuni dati di contesto aiutano a leggere le scelte del Piano: la quota di residenti con più di 65 anni è "
    "passata dal 22,8% del 2023 al 24,1% del 2025, mentre i prestiti della biblioteca civica sono saliti da 7.940 "
    "nel 2023 a 8.730 nel 2025.",
]

# Missione code, official national name, [(area number, area name, [(project code, TITLE, body or None)])]
MISSIONS = [
    ("01", "Servizi istituzionali, generali e di gestione", [
        (1, "Un Comune semplice e digitale", [
            ("1.1", "SPORTELLO DIGITALE DEL CITTADINO",
             "Il progetto porta on line i servizi più richiesti allo sportello, dalle certificazioni anagrafiche "
             "alle prenotazioni degli appuntamenti per la carta d'identità elettronica, con accesso tramite SPID e "
             "CIE. Nelle frazioni di Ca' Zorzetto e Santa Liberata è previsto un punto di facilitazione digitale "
             "per chi ha poca dimestichezza con gli strumenti informatici."),
            ("1.2", "FASCICOLO INFORMATICO E CONSERVAZIONE A NORMA",
             "Tutti i procedimenti vengono gestiti con il fascicolo informatico e i documenti sono versati "
             "periodicamente al sistema di conservazione."),
            ("1.3", "COMPETENZE DIGITALI DEL PERSONALE", None),
        ]),
        (2, "Conti in ordine ed equità fiscale", [
            ("2.1", "RECUPERO DELL'EVASIONE IMU E TARI",
             "L'incrocio delle banche dati catastali, anagrafiche e delle utenze consente di far emergere le "
             "posizioni non dichiarate, distribuendo il carico fiscale in modo più equo senza aumentare le "
             "aliquote. Nel 2025 l'attività di accertamento ha prodotto entrate per 142.000 euro, contro i "
             "118.000 euro del 2023."),
            ("2.2", "TEMPESTIVITÀ DEI PAGAMENTI AI FORNITORI",
             "Il tempo medio di pagamento delle fatture è sceso da 38 giorni nel 2023 a 31 giorni nel 2025 e va "
             "ulteriormente ridotto per sostenere la liquidità delle imprese locali."),
        ]),
    ]),
    ("04", "Istruzione e diritto allo studio", [
        (3, "Scuole sicure e servizi per le famiglie", [
            ("3.1", "ADEGUAMENTO SISMICO DELLA SCUOLA PRIMARIA DI CA' ZORZETTO",
             "L'edificio, costruito nel 1968, non rispetta gli attuali standard di sicurezza sismica. Il progetto, "
             "finanziato in parte con un contributo regionale, prevede il miglioramento sismico della struttura e "
             "il rifacimento degli impianti; durante i lavori le lezioni si svolgono nei locali della scuola "
             "secondaria del capoluogo."),
            ("3.2", "ISCRIZIONI ON LINE A MENSA E TRASPORTO SCOLASTICO",
             "Le famiglie potranno iscrivere i figli ai servizi di mensa e trasporto con SPID o CIE e pagare le "
             "tariffe tramite pagoPA, senza recarsi allo sportello."),
            ("3.3", "PEDIBUS E PERCORSI SICURI CASA-SCUOLA", None),
        ]),
    ]),
    ("05", "Tutela e valorizzazione dei beni e delle attività culturali", [
        (4, "La cultura come bene comune", [
            ("4.1", "BIBLIOTECA APERTA",
             "La biblioteca civica amplia l'orario di apertura al sabato mattina e aderisce al servizio di "
             "prestito digitale della rete bibliotecaria provinciale."),
            ("4.2", "RECUPERO DI VILLA TESSARO",
             "Villa Tessaro, acquisita al patrimonio comunale nel 2019, è chiusa al pubblico per lo stato di "
             "degrado delle coperture. Il primo lotto di lavori riguarda il consolidamento del tetto e della "
             "barchessa, che ospiterà una sala civica e gli spazi espositivi dell'archivio storico. Il costo "
             "complessivo dell'intervento è stimato in 1.150.000 euro."),
            ("4.3", "CALENDARIO UNICO DEGLI EVENTI",
             "Le manifestazioni organizzate dal Comune e dalle associazioni sono raccolte in un unico calendario "
             "pubblicato sul sito istituzionale."),
            ("4.4", "ARCHIVIO STORICO DIGITALE", None),
        ]),
    ]),
    ("09", "Sviluppo sostenibile e tutela del territorio e dell'ambiente", [
        (5, "Meno rifiuti, più qualità", [
            ("5.1", "TARIFFA PUNTUALE E RACCOLTA DIFFERENZIATA",
             "Il passaggio alla tariffa puntuale, concordato con il gestore EcoValmorsina S.r.l., lega la quota "
             "variabile della tariffa ai conferimenti del secco residuo e premia le famiglie che differenziano di "
             "più. La raccolta differenziata è passata dal 62,4% del 2023 al 67,1% del 2025, un risultato "
             "ancora inferiore alla media provinciale."),
            ("5.2", "CONTRASTO AGLI ABBANDONI DI RIFIUTI",
             "Sono intensificati i controlli, anche con fototrappole, nelle aree rurali e lungo gli argini del "
             "Rio Sarzena."),
        ]),
        (6, "Un territorio sicuro e curato", [
            ("6.1", "MANUTENZIONE DEL RETICOLO IDRAULICO MINORE",
             "Gli allagamenti del novembre 2023 nella zona di Santa Liberata hanno mostrato la fragilità della "
             "rete dei fossati. Il progetto prevede un programma annuale di pulizia e risezionamento dei fossi di "
             "competenza comunale, concordato con il Consorzio di bonifica."),
            ("6.2", "PIANO DEL VERDE URBANO", None),
            ("6.3", "COMUNITÀ ENERGETICA RINNOVABILE",
             "Il Comune promuove una comunità energetica rinnovabile alimentata dagli impianti fotovoltaici "
             "installati sugli edifici pubblici e aperta a famiglie e imprese."),
        ]),
    ]),
    ("10", "Trasporti e diritto alla mobilità", [
        (7, "Strade sicure e mobilità dolce", [
            ("7.1", "MANUTENZIONE PROGRAMMATA DELLE STRADE COMUNALI",
             "Il programma annuale delle asfaltature si basa sul catasto stradale e dà la precedenza ai "
             "collegamenti con le frazioni. I chilometri di strade comunali con manto rifatto sono stati 3,1 nel "
             "2023, 4,0 nel 2024 e 4,8 nel 2025."),
            ("7.2", "PISTA CICLABILE BRENTASCO – SANTA LIBERATA",
             "Il progetto collega il capoluogo alla frazione di Santa Liberata con un percorso ciclopedonale "
             "protetto lungo la strada provinciale."),
        ]),
    ]),
    ("12", "Diritti sociali, politiche sociali e famiglia", [
        (8, "Nessuno resta indietro", [
            ("8.1", "ASSISTENZA DOMICILIARE AGLI ANZIANI",
             "Gli anziani che vivono soli sono in aumento, soprattutto nelle frazioni. Il progetto amplia le ore "
             "del servizio di assistenza domiciliare e riduce i tempi di presa in carico, per sostenere la "
             "permanenza a casa e limitare il ricorso alle strutture residenziali. Gli utenti seguiti sono "
             "passati da 29 nel 2023 a 37 nel 2025."),
            ("8.2", "SPORTELLO LAVORO E INCLUSIONE",
             "In collaborazione con il Centro per l'impiego è attivato uno sportello settimanale di orientamento "
             "per le persone in cerca di occupazione."),
            ("8.3", "CONTRIBUTI PER L'AFFITTO", None),
        ]),
        (9, "Crescere a Brentasco", [
            ("9.1", "CENTRO ESTIVO COMUNALE",
             "Il centro estivo per i bambini dai 3 agli 11 anni è prolungato fino alla fine di agosto."),
            ("9.2", "CONSULTA DEI GIOVANI", None),
            ("9.3", "CONTRIBUTI ALLE RETTE DEI NIDI",
             "Il Comune contribuisce alle rette dei nidi convenzionati per le famiglie con ISEE fino a 30.000 "
             "euro."),
        ]),
    ]),
]

# Settore number, name, Responsabile (EQ), dipendenti (the count includes the EQ)
SETTORI = [
    (1, "Affari generali e servizi demografici", "dott.ssa Elisa Bergamin", 9),
    (2, "Economico-finanziario e tributi", "rag. Luca Zambon", 6),
    (3, "Lavori pubblici e patrimonio", "ing. Paolo Scattolin", 11),
    (4, "Urbanistica, edilizia privata e ambiente", "arch. Silvia Menegazzo", 5),
    (5, "Servizi alla persona, istruzione e cultura", "dott.ssa Francesca Trevisan", 7),
    (6, "Polizia locale", "comm. Davide Tonin", 4),
]
SEGRETARIO = "dott. Andrea Pegoraro"
HEAD = {n: h for n, _, h, _ in SETTORI}

# Codice, obiettivo operativo, progetto, responsabile (settore number), indicatore, target 2026, 2027, 2028
OBJECTIVES = [
    ("OP01", "Attivare la prenotazione on line degli appuntamenti per tutti i servizi demografici", "1.1", 1,
     "Servizi prenotabili on line (n.)", "6", "10", "14"),
    ("OP02", "Fascicolare elettronicamente tutti i documenti in entrata", "1.2", 1,
     "Documenti in entrata fascicolati elettronicamente (%)", "70%", "90%", "100%"),
    ("OP03", "Recuperare l'evasione IMU e TARI delle annualità pregresse", "2.1", 2,
     "Importo accertato nell'anno (€)", "€ 150.000", "€ 165.000", "€ 170.000"),
    ("OP04", "Ridurre il tempo medio di pagamento delle fatture", "2.2", 2,
     "Tempo medio di pagamento (giorni)", "28", "25", "22"),
    ("OP05", "Eseguire i lavori di adeguamento sismico della scuola primaria di Ca' Zorzetto", "3.1", 3,
     "Avanzamento dei lavori (%)", "35%", "85%", "100%"),
    ("OP06", "Gestire on line le iscrizioni a mensa e trasporto scolastico", "3.2", 5,
     "Iscrizioni presentate on line (%)", "75%", "90%", "98%"),
    ("OP07", "Ampliare l'apertura della biblioteca civica al sabato mattina", "4.1", 5,
     "Prestiti annui (n.)", "9.200", "9.800", "10.300"),
    ("OP08", "Realizzare il primo lotto dei lavori di Villa Tessaro", "4.2", 3,
     "Lavori contabilizzati (€)", "€ 180.000", "€ 520.000", "€ 780.000"),
    ("OP09", "Introdurre la tariffa puntuale su tutto il territorio comunale", "5.1", 4,
     "Raccolta differenziata (%)", "69%", "72%", "75%"),
    ("OP10", "Intensificare i controlli sugli abbandoni di rifiuti", "5.2", 6,
     "Controlli effettuati (n.)", "60", "75", "90"),
    ("OP11", "Pulire e risezionare i fossati di competenza comunale", "6.1", 3,
     "Fossati ripuliti (km)", "8", "12", "15"),
    ("OP12", "Costituire la comunità energetica rinnovabile e raccogliere le adesioni", "6.3", 4,
     "Famiglie e imprese aderenti (n.)", "25", "60", "100"),
    ("OP13", "Rifare il manto delle strade comunali secondo il programma annuale", "7.1", 3,
     "Strade con manto rifatto (km)", "5,5", "6,0", "6,5"),
    ("OP14", "Ampliare il servizio di assistenza domiciliare agli anziani", "8.1", 5,
     "Utenti seguiti (n.)", "40", "44", "48"),
]
OBJ_HEAD = ["Codice", "Obiettivo operativo", "Progetto di riferimento", "Responsabile", "Indicatore",
            "Target 2026", "Target 2027", "Target 2028"]
OBJ_WIDTHS = [1.6, 6.6, 2.4, 3.8, 4.6, 2.2, 2.2, 2.2]           # cm, landscape A4 (25.7 cm usable)

PERF_INTRO = (
    "La tabella seguente riporta gli obiettivi operativi assegnati per il triennio 2026-2028. Per ciascun "
    "obiettivo sono indicati il progetto della sottosezione 2.1 a cui si riferisce, il responsabile, "
    "l'indicatore di risultato e i target annuali. Il grado di raggiungimento degli obiettivi è verificato al "
    "30 giugno e al 31 dicembre di ogni anno.")
PERF_CAPTION = "Tabella 1 – Obiettivi operativi 2026-2028"

RISCHI = (
    "Il Responsabile della prevenzione della corruzione e della trasparenza (RPCT) è il Segretario comunale. "
    "La mappatura dei processi individua come aree a rischio più elevato i contratti pubblici e il rilascio dei "
    "titoli edilizi; per gli affidamenti diretti si applica il principio di rotazione e l'elenco degli "
    "affidamenti è pubblicato ogni trimestre. Il monitoraggio delle misure si svolge due volte l'anno, entro il "
    "15 luglio e il 15 gennaio.")

ORG_INTRO = (
    "La struttura organizzativa del Comune è articolata in sei Settori, ciascuno diretto da un responsabile "
    "titolare di incarico di Elevata Qualificazione (EQ) nominato dalla Sindaca. Le funzioni di Segretario "
    "comunale sono svolte dal dott. Andrea Pegoraro, titolare della segreteria convenzionata tra i Comuni di "
    "Brentasco e Valmorsina.")
ORG_CAPTION = "Tabella 2 – Settori, responsabili e dipendenti"
ORG_HEAD = ["Settore", "Responsabile (EQ)", "Dipendenti"]
ORG_WIDTHS = [8.5, 5.5, 2.5]


def total_staff() -> int:
    return sum(s[3] for s in SETTORI)


def org_note() -> str:
    return ("Il numero dei dipendenti di ciascun Settore comprende il relativo responsabile titolare di EQ. Al "
            f"31/12/2025 il personale in servizio è di {total_staff() + 1} unità, compreso il Segretario comunale "
            "in convenzione.")


FABBISOGNI = (
    "Nel 2026 sono previste le assunzioni di un istruttore tecnico per il Settore 3 e di un agente di polizia "
    "locale per il Settore 6, a copertura di due cessazioni avvenute nel 2025. Il piano della formazione prevede "
    "almeno 20 ore annue per ciascun dipendente, con particolare attenzione alle competenze digitali.")


def settore_label(n: int) -> str:
    name = next(s[1] for s in SETTORI if s[0] == n)
    return f"Settore {n} – {name}"


def projects() -> list[tuple[str, str, int, str, str, str | None]]:
    """(mission code, mission name, area number, area name, project code, title, body) flattened."""
    out = []
    for mc, mn, areas in MISSIONS:
        for an, aname, projs in areas:
            for pc, title, body in projs:
                out.append((mc, mn, an, aname, pc, title, body))
    return out


# ------------------------------------------------------------------------------------------------------------
# writing
# ------------------------------------------------------------------------------------------------------------
def _cell(cell, text: str, bold: bool = False, size: float = 9, align=None) -> None:
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)
    if align is not None:
        p.alignment = align


def _table(doc, head, rows, widths, bold_last=False, center_from=99):
    t = doc.add_table(rows=1 + len(rows), cols=len(head))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    for j, h in enumerate(head):
        _cell(t.rows[0].cells[j], h, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    for i, r in enumerate(rows, 1):
        bold = bold_last and i == len(rows)
        for j, v in enumerate(r):
            _cell(t.rows[i].cells[j], v, bold=bold,
                  align=WD_ALIGN_PARAGRAPH.CENTER if j >= center_from else None)
    for row in t.rows:
        for j, w in enumerate(widths):
            row.cells[j].width = Cm(w)
    return t


def _para(doc, text: str, size: float = 11, bold=False, italic=False, align=None):
    p = doc.add_paragraph()
    run = p.add_run(text)
    run.font.size = Pt(size)
    run.bold = bold
    run.italic = italic
    if align is not None:
        p.alignment = align
    return p


def _orient(section, landscape: bool) -> None:
    a4w, a4h = Cm(21.0), Cm(29.7)
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = (a4h, a4w) if landscape else (a4w, a4h)
    for m in ("left_margin", "right_margin"):
        setattr(section, m, Cm(2.0))
    for m in ("top_margin", "bottom_margin"):
        setattr(section, m, Cm(2.0))


def build_document() -> Document:
    doc = Document()
    cp = doc.core_properties
    cp.title = "PIAO 2026-2028 - Comune di Brentasco"
    cp.author = "Comune di Brentasco - Segreteria"
    cp.last_modified_by = "Comune di Brentasco - Segreteria"
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.revision = 1
    cp.language = "it-IT"
    _orient(doc.sections[0], landscape=False)
    doc.sections[0].header.paragraphs[0].text = "Comune di Brentasco (VI) – PIAO 2026-2028"

    # title block
    for text, size, bold in TITLE:
        _para(doc, text, size=size, bold=bold, align=WD_ALIGN_PARAGRAPH.CENTER)

    # Sezione 1
    doc.add_heading("SEZIONE 1 – SCHEDA ANAGRAFICA DELL'AMMINISTRAZIONE", level=1)
    for p in ANAGRAFICA:
        _para(doc, p)

    # Sezione 2.1
    doc.add_heading("SEZIONE 2 – VALORE PUBBLICO, PERFORMANCE E ANTICORRUZIONE", level=1)
    doc.add_heading("2.1 Valore pubblico", level=2)
    for p in VP_INTRO:
        _para(doc, p)
    for mc, mn, areas in MISSIONS:
        doc.add_heading(f"Missione {mc} – {mn}", level=3)
        for an, aname, projs in areas:
            doc.add_heading(f"Area strategica {an} – {aname}", level=4)
            for pc, title, body in projs:
                doc.add_heading(f"Progetto {pc} {title}", level=5)
                if body:
                    _para(doc, body)

    # Sezione 2.2 in a landscape section
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    _orient(sec, landscape=True)
    doc.add_heading("2.2 Performance", level=2)
    _para(doc, PERF_INTRO)
    _para(doc, PERF_CAPTION, size=10, bold=True)
    rows = [(c, t, f"Progetto {p}", HEAD[s], ind, a, b, c3) for c, t, p, s, ind, a, b, c3 in OBJECTIVES]
    _table(doc, OBJ_HEAD, rows, OBJ_WIDTHS, center_from=5)

    # back to portrait
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    _orient(sec, landscape=False)
    doc.add_heading("2.3 Rischi corruttivi e trasparenza", level=2)
    _para(doc, RISCHI)

    doc.add_heading("SEZIONE 3 – ORGANIZZAZIONE E CAPITALE UMANO", level=1)
    doc.add_heading("3.1 Struttura organizzativa", level=2)
    _para(doc, ORG_INTRO)
    _para(doc, ORG_CAPTION, size=10, bold=True)
    org_rows = [(settore_label(n), head, str(k)) for n, _, head, k in SETTORI]
    org_rows.append(("Totale", "", str(total_staff())))
    _table(doc, ORG_HEAD, org_rows, ORG_WIDTHS, bold_last=True, center_from=2)
    _para(doc, org_note())
    doc.add_heading("3.2 Fabbisogni di personale e formazione", level=2)
    _para(doc, FABBISOGNI)
    return doc


def build() -> bytes:
    """The DOCX bytes, with every zip entry re-stamped with a fixed date so that builds are identical."""
    raw = io.BytesIO()
    build_document().save(raw)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(raw.getvalue())) as zin, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 27, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))
    return out.getvalue()


def main() -> None:
    OUT.parent.mkdir(parents=True, exist_ok=True)
    data = build()
    OUT.write_bytes(data)
    print(f"wrote {OUT} ({len(data)} bytes)")


if __name__ == "__main__":
    main()
