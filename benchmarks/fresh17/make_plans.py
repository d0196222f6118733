"""Deterministic generator for benchmarks/fresh17/docs/.

Writes two invented PIAO 2026-2028 documents of two neighbouring municipalities of the provincia di Cuneo
(Piemonte), with deliberately different layouts:

* docs/brovardo_piao-2026-2028.pdf      (fpdf2): ruled objectives table that runs over page breaks with the
  header repeated, wrapped cells, "Linea strategica" group rows; org chart as a ruled table; prose paragraphs.
* docs/castelmagrino_piao-2026-2028.docx (python-docx): headings, one block of labelled paragraphs per
  objective (different label words), org chart as a bulleted list.

Everything (places, people, figures, partners) is invented.  Run:
    /work/main/.venv/bin/python benchmarks/fresh17/make_plans.py
Two runs give byte-identical files.
"""
from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
PDF_OUT = DOCS / "brovardo_piao-2026-2028.pdf"
DOCX_OUT = DOCS / "castelmagrino_piao-2026-2028.docx"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FIXED = dt.datetime(2026, 1, 20, 9, 0, 0, tzinfo=dt.timezone.utc)

# ------------------------------------------------------------------------------------------------
# Plan A - Comune di Brovardo (PDF)
# ------------------------------------------------------------------------------------------------
A_HEADER = ["Cod.", "Obiettivo operativo", "Responsabile", "Indicatore", "Target 2026", "Target 2027",
            "Scadenza", "Peso"]
A_LINES = [
    ("Linea strategica 1 – Territorio, ambiente e sicurezza", [
        ("OO.01", "Digitalizzazione completa delle pratiche edilizie: presentazione di SCIA, permessi di "
                  "costruire e CILA esclusivamente tramite il portale SUE online",
         "Arch. Silvia Peirone", "% di pratiche edilizie presentate in modalità telematica",
         "80%", "100%", "30/09/2026", "10"),
        ("OO.02", "Estensione della raccolta differenziata porta a porta alle frazioni Tetti Morinetto e "
                  "Bricco Favaro",
         "Ing. Davide Arneodo", "Percentuale di raccolta differenziata sul totale dei rifiuti",
         "72%", "76%", "31/12/2026", "10"),
        ("OO.03", "Piano pluriennale delle asfaltature: manutenzione straordinaria delle strade comunali "
                  "e dei tratti di collegamento con le frazioni",
         "Ufficio Lavori pubblici", "Km di strade comunali riasfaltate", "4,5 km", "6 km", "31/10/2026", "9"),
        ("OO.04", "Aggiornamento del piano comunale di protezione civile ed esercitazione con il "
                  "volontariato locale",
         "Geom. Luca Toselli (istruttore tecnico)", "Piano aggiornato approvato in Consiglio; esercitazioni "
                                                    "svolte",
         "piano approvato", "1 prova generale", "30/04/2027", "6"),
        ("OO.05", "Abbattimento delle barriere architettoniche negli edifici scolastici e nel municipio",
         "Ufficio Manutenzioni", "Numero di interventi di accessibilità conclusi", "3", "5", "31/07/2027",
         "7"),
    ]),
    ("Linea strategica 2 – Persone, scuola e comunità", [
        ("OO.06", "Mensa scolastica di qualità: menù con prodotti a km 0 e prenotazione dei pasti tramite "
                  "app per le famiglie",
         "Ufficio Istruzione e mensa scolastica", "Quota di pasti con prodotti locali sul totale dei pasti "
                                                  "erogati",
         "35%", "50%", "31/08/2026", "8"),
        ("OO.07", "Sportello di assistenza domiciliare per anziani soli e persone fragili",
         "Dott. Franco Macagno", "Numero di utenti presi in carico dallo sportello", "40", "55",
         "31/03/2027", "8"),
        ("OO.08", "Biblioteca civica: ampliamento dell'orario di apertura e progetto di lettura "
                  "\"Leggere insieme\" con le scuole",
         "Ufficio Cultura e biblioteca", "Numero di prestiti annui", "4.200", "4.800", "31/12/2026", "6"),
    ]),
    ("Linea strategica 3 – Ente digitale, efficiente e trasparente", [
        ("OO.09", "Piano formativo annuale del personale sulle competenze digitali, privacy e "
                  "anticorruzione",
         "Ufficio Personale", "Ore medie di formazione per dipendente", "24 ore", "30 ore", "31/12/2026",
         "6"),
        ("OO.10", "Riordino dell'archivio di protocollo e versamento dei fascicoli in conservazione "
                  "digitale a norma",
         "Dott.ssa Marta Gribaudo", "Numero di fascicoli versati in conservazione", "1.500", "3.000",
         "30/06/2027", "7"),
        ("OO.11", "Recupero dell'evasione IMU e TARI attraverso l'incrocio delle banche dati catastali e "
                  "anagrafiche",
         "Rag. Paolo Cravero", "Importo complessivo degli avvisi di accertamento emessi", "€ 85.000",
         "€ 95.000", "31/12/2026", "9"),
        ("OO.12", "Aggiornamento tempestivo della sezione Amministrazione trasparente e monitoraggio "
                  "delle misure anticorruzione",
         "Segretario comunale – RPCT", "% di obblighi di pubblicazione aggiornati", "95%", "100%",
         "31/01/2027", "7"),
        ("OO.13", "Riduzione dei tempi di pagamento delle fatture commerciali",
         "Servizio Ragioneria", "Tempo medio di pagamento delle fatture", "25 giorni", "20 giorni",
         "31/12/2026", "7"),
    ]),
]
A_ORG_HEADER = ["Settore", "Responsabile (EQ)", "Servizi", "N. dipendenti"]
A_ORG = [
    ("Settore Amministrativo e Servizi Demografici", "Dott.ssa Marta Gribaudo",
     "Segreteria, Protocollo e archivio, Anagrafe e Stato civile, Elettorale", "6"),
    ("Settore Economico-Finanziario e Tributi", "Rag. Paolo Cravero",
     "Ragioneria, Economato, Tributi, Personale", "4"),
    ("Settore Tecnico – Lavori pubblici e Ambiente", "Ing. Davide Arneodo",
     "Lavori pubblici, Manutenzioni, Ambiente e rifiuti, Protezione civile", "7"),
    ("Settore Urbanistica ed Edilizia privata", "Arch. Silvia Peirone",
     "Edilizia privata (SUE), Urbanistica, SUAP", "3"),
    ("Settore Servizi alla Persona e Istruzione", "Dott. Franco Macagno",
     "Servizi sociali, Istruzione e mensa scolastica, Cultura e biblioteca, Sport", "5"),
]
A_TOTAL = "25"

A_PROSE_INTRO = [
    "Il Comune di Brovardo, in provincia di Cuneo, conta 4.380 abitanti al 31 dicembre 2025 e comprende, "
    "oltre al capoluogo, le frazioni di Tetti Morinetto e Bricco Favaro. Il territorio confina a est con il "
    "Comune di Castelmagrino, con il quale l'Ente condivide la gestione associata del servizio di "
    "trasporto scolastico.",
    "Il presente Piano Integrato di Attività e Organizzazione (PIAO) 2026-2028 è redatto ai sensi "
    "dell'art. 6 del D.L. 80/2021 e raccoglie in un unico documento la programmazione del valore pubblico, "
    "della performance, della prevenzione della corruzione e dell'organizzazione dell'Ente.",
]
A_PROSE_VP = [
    "Le priorità del mandato sono articolate in tre linee strategiche: territorio, ambiente e sicurezza; "
    "persone, scuola e comunità; ente digitale, efficiente e trasparente. Il valore pubblico atteso è "
    "misurato attraverso gli obiettivi operativi della sottosezione 2.2.",
    "Per l'estensione del servizio porta a porta alle frazioni l'Amministrazione ha stanziato € 48.000 nel "
    "bilancio 2026. Il servizio sarà svolto in collaborazione con il Consorzio Ecologico Stura-Maira e "
    "l'avvio dei nuovi giri di raccolta è previsto nel mese di marzo 2026, preceduto da due assemblee "
    "pubbliche nelle frazioni.",
    "Lo sportello di assistenza domiciliare per anziani è gestito insieme alla cooperativa sociale "
    "Il Tarassaco, che mette a disposizione due operatrici socio-sanitarie; l'apertura al pubblico è "
    "prevista nel mese di settembre 2026 presso i locali dell'ex scuola di Bricco Favaro.",
]
A_PROSE_PERF = [
    "La tabella seguente riporta gli obiettivi operativi assegnati per il triennio. Quando nella colonna "
    "Responsabile è indicato un ufficio o un servizio, la responsabilità dell'obiettivo ricade sul titolare "
    "di Elevata Qualificazione (EQ) del settore a cui l'ufficio appartiene, come da organigramma della "
    "Sezione 3. Il peso esprime l'incidenza percentuale dell'obiettivo sulla performance organizzativa.",
]
A_PROSE_ANTICORR = [
    "Il Responsabile della prevenzione della corruzione e della trasparenza (RPCT) è il Segretario comunale, "
    "Dott. Ugo Sciolla, titolare della segreteria convenzionata. Le aree a più elevato rischio corruttivo "
    "restano i contratti pubblici, l'edilizia privata e l'erogazione di contributi economici.",
]
A_PROSE_ORG = [
    "La struttura organizzativa del Comune di Brovardo si articola in cinque settori, ciascuno affidato a un "
    "titolare di incarico di Elevata Qualificazione (EQ). Il Segretario comunale sovrintende al "
    "coordinamento dei responsabili.",
    "Nel triennio è prevista l'assunzione di un istruttore amministrativo da assegnare al Settore "
    "Amministrativo e Servizi Demografici, mediante scorrimento di graduatoria entro il mese di "
    "maggio 2026.",
]


def build_pdf() -> bytes:
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    pdf = FPDF(orientation="P", unit="mm", format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_producer("fresh17 make_plans")
    pdf.set_title("Comune di Brovardo - PIAO 2026-2028")
    pdf.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_auto_page_break(True, margin=15)
    pdf.set_margins(10, 12, 10)

    def footer():
        pdf.set_y(-10)
        pdf.set_font("DejaVu", "", 7)
        pdf.cell(0, 5, f"Comune di Brovardo – PIAO 2026-2028 – pag. {pdf.page_no()}", align="C")

    pdf.footer = footer  # type: ignore[assignment]

    def h(text, size=12):
        pdf.ln(2)
        pdf.set_font("DejaVu", "B", size)
        pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)

    def para(text):
        pdf.set_font("DejaVu", "", 9.5)
        pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)

    pdf.add_page()
    pdf.set_font("DejaVu", "B", 16)
    pdf.multi_cell(0, 9, "COMUNE DI BROVARDO\nProvincia di Cuneo", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "B", 13)
    pdf.multi_cell(0, 7, "Piano Integrato di Attività e Organizzazione (PIAO) 2026-2028", align="C",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    h("Sezione 1 – Scheda anagrafica dell'Amministrazione")
    for t in A_PROSE_INTRO:
        para(t)
    h("Sezione 2 – Valore pubblico, performance e anticorruzione")
    h("2.1 Valore pubblico", 11)
    for t in A_PROSE_VP:
        para(t)
    h("2.2 Performance – Obiettivi operativi", 11)
    for t in A_PROSE_PERF:
        para(t)

    pdf.set_font("DejaVu", "", 7.5)
    head = FontFace(emphasis="BOLD", fill_color=(215, 225, 240))
    group = FontFace(emphasis="BOLD", fill_color=(240, 240, 240))
    with pdf.table(col_widths=(12, 50, 28, 36, 16, 16, 18, 10), headings_style=head, repeat_headings=1,
                   line_height=3.8, text_align="LEFT", borders_layout="ALL", padding=1) as table:
        row = table.row()
        for c in A_HEADER:
            row.cell(c)
        for title, objs in A_LINES:
            row = table.row()
            row.cell(title, colspan=len(A_HEADER), style=group)
            for o in objs:
                row = table.row()
                for c in o:
                    row.cell(c)
    pdf.set_font("DejaVu", "", 9.5)
    pdf.ln(3)
    para("Totale pesi degli obiettivi operativi: 100.")
    h("2.3 Rischi corruttivi e trasparenza", 11)
    for t in A_PROSE_ANTICORR:
        para(t)

    h("Sezione 3 – Organizzazione e capitale umano")
    h("3.1 Struttura organizzativa", 11)
    for t in A_PROSE_ORG[:1]:
        para(t)
    pdf.set_font("DejaVu", "", 8.5)
    with pdf.table(col_widths=(55, 40, 70, 20), headings_style=head, line_height=4.5, text_align="LEFT",
                   borders_layout="ALL", padding=1) as table:
        row = table.row()
        for c in A_ORG_HEADER:
            row.cell(c)
        for o in A_ORG:
            row = table.row()
            for c in o:
                row.cell(c)
        row = table.row()
        row.cell("Totale dipendenti", colspan=3, style=group)
        row.cell(A_TOTAL, style=group)
    pdf.ln(3)
    h("3.3 Piano triennale dei fabbisogni di personale", 11)
    para(A_PROSE_ORG[1])
    return bytes(pdf.output())


# ------------------------------------------------------------------------------------------------
# Plan B - Comune di Castelmagrino (DOCX)
# ------------------------------------------------------------------------------------------------
# label words deliberately differ from plan A
B_AMBITI = [
    ("Ambito strategico 1 – Un territorio curato e sicuro", [
        {"cod": "Obiettivo 1.1", "titolo": "Pratiche edilizie senza carta",
         "struttura": "Area Tecnica e Manutentiva – Ufficio Edilizia privata e SUE",
         "referente": "Geom. Ilaria Giacosa, istruttore tecnico",
         "risultato": "Tutte le istanze edilizie (permessi, SCIA, CILA, agibilità) ricevute e istruite "
                      "attraverso lo sportello telematico, con fascicolo digitale consultabile dai tecnici.",
         "misura": "quota di istanze edilizie ricevute e gestite in formato digitale",
         "v26": "60%", "v27": "90%", "entro": "31 dicembre 2026", "incidenza": "9%",
         "portatori": "tecnici professionisti, imprese edili, cittadini"},
        {"cod": "Obiettivo 1.2", "titolo": "Tariffa puntuale e miglioramento della raccolta differenziata",
         "struttura": "Area Tecnica e Manutentiva – Ufficio Ambiente e igiene urbana",
         "referente": "Geom. Walter Lerda",
         "risultato": "Introduzione dei contenitori con lettore per il secco residuo e riduzione dei "
                      "rifiuti indifferenziati, anche nelle borgate.",
         "misura": "percentuale di raccolta differenziata",
         "v26": "70%", "v27": "75%", "entro": "31 dicembre 2027", "incidenza": "10%",
         "portatori": "famiglie, attività commerciali, gestore del servizio di igiene urbana"},
        {"cod": "Obiettivo 1.3", "titolo": "Illuminazione pubblica a LED",
         "struttura": "Area Tecnica e Manutentiva – Ufficio Lavori pubblici",
         "referente": "Ing. Marco Sordello, RUP dell'intervento",
         "risultato": "Sostituzione dei corpi illuminanti obsoleti con lampade a LED nel capoluogo e "
                      "nelle frazioni Borgata Raviola e Case Gerbolino.",
         "misura": "numero di punti luce sostituiti",
         "v26": "250", "v27": "400", "entro": "30 settembre 2027", "incidenza": "9%",
         "portatori": "cittadini, automobilisti, associazioni ambientaliste"},
        {"cod": "Obiettivo 1.4", "titolo": "Videosorveglianza agli ingressi del paese",
         "struttura": "Area Vigilanza e Commercio – Polizia locale",
         "referente": "Comm. Sergio Cometto",
         "risultato": "Installazione di telecamere di lettura targhe sulle strade provinciali di accesso "
                      "e collegamento con la centrale operativa.",
         "misura": "numero di telecamere attive",
         "v26": "12", "v27": "18", "entro": "31 ottobre 2026", "incidenza": "9%",
         "portatori": "cittadini, esercenti, forze dell'ordine"},
    ]),
    ("Ambito strategico 2 – Una comunità che include", [
        {"cod": "Obiettivo 2.1", "titolo": "Mensa scolastica sostenibile",
         "struttura": "Area Servizi alla Persona – Ufficio Mensa e trasporto scolastico",
         "referente": "Dott.ssa Paola Beltramo",
         "risultato": "Aumento delle derrate biologiche e a filiera corta nei menù della scuola primaria "
                      "e dell'infanzia, con riduzione degli sprechi.",
         "misura": "quota di derrate biologiche o a filiera corta sul totale",
         "v26": "40%", "v27": "45%", "entro": "30 giugno 2026", "incidenza": "8%",
         "portatori": "famiglie, commissione mensa, ditta di ristorazione"},
        {"cod": "Obiettivo 2.2", "titolo": "Trasporto sociale verso i presidi sanitari",
         "struttura": "Area Servizi alla Persona – Ufficio Servizi sociali",
         "referente": None,
         "risultato": "Accompagnamento di anziani e persone con disabilità alle visite mediche e ai "
                      "centri prelievi con il mezzo attrezzato comunale.",
         "misura": "numero di trasporti effettuati nell'anno",
         "v26": "300", "v27": "350", "entro": "31 dicembre 2026", "incidenza": "9%",
         "portatori": "anziani, persone con disabilità, volontari, ASL"},
        {"cod": "Obiettivo 2.3", "titolo": "Biblioteca aperta il sabato",
         "struttura": "Area Servizi alla Persona – Biblioteca civica",
         "referente": None,
         "risultato": "Apertura della biblioteca il sabato mattina e avvio di un gruppo di lettura per "
                      "adulti.",
         "misura": "numero di prestiti annui",
         "v26": "3.100", "v27": "3.500", "entro": "31 dicembre 2026", "incidenza": "6%",
         "portatori": "lettori, scuole, associazioni culturali"},
    ]),
    ("Ambito strategico 3 – Un Comune semplice e trasparente", [
        {"cod": "Obiettivo 3.1", "titolo": "Competenze digitali e anticorruzione per tutto il personale",
         "struttura": "Area Finanziaria e Tributi – Ufficio Personale",
         "referente": "Dott.ssa Lucia Bongiovanni, Segretario comunale",
         "risultato": "Ogni dipendente completa almeno un percorso formativo sulle competenze digitali e "
                      "uno sull'etica pubblica.",
         "misura": "ore di formazione pro capite",
         "v26": "20 ore", "v27": "25 ore", "entro": "30 novembre 2026", "incidenza": "7%",
         "portatori": "dipendenti, organizzazioni sindacali"},
        {"cod": "Obiettivo 3.2", "titolo": "Contrasto all'evasione dei tributi locali",
         "struttura": "Area Finanziaria e Tributi – Ufficio Tributi",
         "referente": "Rag. Carla Isoardi",
         "risultato": "Emissione degli avvisi di accertamento IMU e TARI per le annualità non prescritte.",
         "misura": "somme accertate per IMU e TARI",
         "v26": "€ 60.000", "v27": "€ 70.000", "entro": "31 dicembre 2026", "incidenza": "9%",
         "portatori": "contribuenti, CAF, professionisti"},
        {"cod": "Obiettivo 3.3", "titolo": "Carta d'identità elettronica senza attese",
         "struttura": "Area Affari Generali e Demografici – Ufficio Anagrafe",
         "referente": "Sig.ra Nadia Revelli, ufficiale d'anagrafe",
         "risultato": "Riduzione dei tempi di attesa per l'appuntamento CIE e rilascio a domicilio per "
                      "le persone non deambulanti.",
         "misura": "giorni medi di attesa per l'appuntamento",
         "v26": "10 giorni", "v27": "7 giorni", "entro": "31 marzo 2027", "incidenza": "7%",
         "portatori": "cittadini residenti, persone non deambulanti"},
        {"cod": "Obiettivo 3.4", "titolo": "Trasparenza e prevenzione della corruzione",
         "struttura": "Segreteria generale",
         "referente": "Dott.ssa Lucia Bongiovanni, Segretario comunale e RPCT",
         "risultato": "Sezione Amministrazione trasparente completa e aggiornata; monitoraggio semestrale "
                      "delle misure di prevenzione.",
         "misura": "percentuale di obblighi di pubblicazione aggiornati",
         "v26": "90%", "v27": "100%", "entro": "31 gennaio 2027", "incidenza": "8%",
         "portatori": "cittadini, Nucleo di valutazione, ANAC"},
        {"cod": "Obiettivo 3.5", "titolo": "SUAP più veloce per le imprese",
         "struttura": "Area Vigilanza e Commercio – SUAP e commercio",
         "referente": "Sig.ra Elisa Mondino",
         "risultato": "Gestione integralmente telematica dei procedimenti SUAP e riduzione dei tempi di "
                      "conclusione.",
         "misura": "tempo medio di conclusione dei procedimenti",
         "v26": "25 giorni", "v27": "20 giorni", "entro": "30 aprile 2027", "incidenza": "9%",
         "portatori": "imprese, associazioni di categoria"},
    ]),
]
B_ORG = [
    ("Area Affari Generali e Demografici", "Dott. Giorgio Bersezio",
     "segreteria, protocollo, anagrafe, stato civile, elettorale", "5"),
    ("Area Finanziaria e Tributi", "Rag. Carla Isoardi",
     "ragioneria, tributi, economato, personale", "3"),
    ("Area Tecnica e Manutentiva", "Geom. Walter Lerda",
     "lavori pubblici, edilizia privata e SUE, urbanistica, ambiente e igiene urbana", "8"),
    ("Area Servizi alla Persona", "Dott.ssa Paola Beltramo",
     "servizi sociali, pubblica istruzione, mensa e trasporto scolastico, biblioteca civica", "6"),
    ("Area Vigilanza e Commercio", "Comm. Sergio Cometto",
     "polizia locale, SUAP e commercio, protezione civile", "4"),
]
B_TOTAL = "26"


def build_docx() -> bytes:
    import docx
    from docx.shared import Pt

    d = docx.Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(11)
    cp = d.core_properties
    cp.author = "Comune di Castelmagrino"
    cp.title = "PIAO 2026-2028"
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.last_modified_by = "fresh17"
    cp.revision = 1

    d.sections[0].header.paragraphs[0].text = "Comune di Castelmagrino (CN) – PIAO 2026-2028"
    d.add_paragraph("Comune di Castelmagrino – Piano Integrato di Attività e Organizzazione 2026-2028",
                    style="Title")
    d.add_heading("Premessa", level=1)
    d.add_paragraph(
        "Castelmagrino è un comune della provincia di Cuneo con 3.950 residenti, distribuiti tra il "
        "concentrico e le frazioni Borgata Raviola e Case Gerbolino. Il PIAO 2026-2028 è stato approvato "
        "dalla Giunta comunale con deliberazione n. 9 del 29 gennaio 2026.")
    d.add_heading("Sezione 2. Valore pubblico, performance e anticorruzione", level=1)
    d.add_heading("2.1 Valore pubblico", level=2)
    d.add_paragraph(
        "L'Amministrazione intende generare valore pubblico lungo tre ambiti strategici: un territorio "
        "curato e sicuro, una comunità che include, un Comune semplice e trasparente. La mensa scolastica "
        "è affidata fino a giugno 2027 alla ditta Ristorazione Langhe Servizi s.r.l.; la commissione mensa "
        "si riunisce tre volte l'anno.")
    d.add_heading("2.2 Performance", level=2)
    d.add_paragraph(
        "Per ciascun obiettivo sono riportati la struttura competente, l'eventuale referente, il risultato "
        "atteso, la misura di successo con i valori obiettivo, il termine e l'incidenza sulla performance "
        "organizzativa. Se il referente non è indicato, risponde il responsabile dell'Area indicata.")
    for ambito, objs in B_AMBITI:
        d.add_heading(ambito, level=3)
        for o in objs:
            p = d.add_paragraph()
            r = p.add_run(f"{o['cod']} – {o['titolo']}")
            r.bold = True

            def lab(label, value):
                q = d.add_paragraph()
                q.add_run(f"{label}: ").bold = True
                q.add_run(value)

            lab("Struttura competente", o["struttura"])
            if o["referente"]:
                lab("Referente", o["referente"])
            lab("Risultato atteso", o["risultato"])
            lab("Misura di successo",
                f"{o['misura']} (valore obiettivo 2026: {o['v26']}; valore obiettivo 2027: {o['v27']})")
            lab("Entro il", o["entro"])
            lab("Incidenza sulla performance", o["incidenza"])
            lab("Portatori di interesse", o["portatori"])
    d.add_heading("2.3 Rischi corruttivi e trasparenza", level=2)
    d.add_paragraph(
        "Il Responsabile della prevenzione della corruzione e della trasparenza è il Segretario comunale, "
        "Dott.ssa Lucia Bongiovanni. La mappatura dei processi sarà completata entro il 30 settembre 2026.")
    d.add_heading("Sezione 3. Organizzazione e capitale umano", level=1)
    d.add_heading("3.1 Struttura organizzativa", level=2)
    d.add_paragraph("L'Ente è organizzato in cinque Aree, ciascuna guidata da un titolare di Elevata "
                    "Qualificazione:")
    for area, resp, uffici, n in B_ORG:
        d.add_paragraph(f"{area} — responsabile: {resp}; uffici: {uffici}; {n} addetti", style="List Bullet")
    d.add_paragraph(f"Complessivamente operano nell'Ente {B_TOTAL} dipendenti a tempo indeterminato, oltre "
                    "al Segretario comunale in convenzione.")
    d.add_heading("3.2 Organizzazione del lavoro agile", level=2)
    d.add_paragraph("Il lavoro agile è consentito per un massimo di otto giorni al mese alle attività "
                    "che non richiedono la presenza allo sportello.")

    raw = io.BytesIO()
    d.save(raw)
    # rewrite the zip with fixed timestamps so that two builds are byte-identical
    src = zipfile.ZipFile(io.BytesIO(raw.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name in sorted(src.namelist()):
            zi = zipfile.ZipInfo(name, date_time=(2026, 1, 20, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(name))
    return out.getvalue()


def main() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    PDF_OUT.write_bytes(build_pdf())
    DOCX_OUT.write_bytes(build_docx())
    print(PDF_OUT, PDF_OUT.stat().st_size)
    print(DOCX_OUT, DOCX_OUT.stat().st_size)


if __name__ == "__main__":
    main()
