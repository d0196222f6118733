"""Write docs/montecaprile_piao-2026-2028.docx: an INVENTED PIAO 2026-2028 of the fictional
Comune di Montecaprile (provincia di Macerata, Marche). All people, firms and figures are invented.

Layout traits (see README.md): Word heading styles (Heading 1/2/3), objectives written as nested
bulleted / numbered lists (no tables) with rotating label synonyms, an org chart table with vertically
merged cells (Area and Responsabile EQ span several Servizio rows) and a horizontally merged total row,
a staff-allocation table keyed by objective number only, a "Rischi corruttivi" paragraph that cites
objectives by number only, "Nota n:" paragraphs at the end of sections that carry facts found nowhere
else, running header and footer with the document title.

Deterministic: fixed core properties, no randomness, and the zip is re-packed with fixed timestamps,
so every run writes the same bytes.

Usage: /work/main/.venv/bin/python benchmarks/fresh9/make_docx_plan.py
"""
from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
OUT = HERE / "docs" / "montecaprile_piao-2026-2028.docx"
TITLE = "Comune di Montecaprile (MC) – Piano Integrato di Attività e Organizzazione 2026-2028"
FIXED = dt.datetime(2026, 1, 29, 9, 0, 0)

# --------------------------------------------------------------------------------------------
# Content
# --------------------------------------------------------------------------------------------

PREMESSA = [
    "Il presente Piano Integrato di Attività e Organizzazione (PIAO) 2026-2028 del Comune di Montecaprile è "
    "stato predisposto dal Segretario comunale, dott.ssa Marinella Squadroni, che svolge anche le funzioni di "
    "Responsabile della prevenzione della corruzione e della trasparenza (RPCT), con il contributo dei "
    "Responsabili di Area titolari di incarico di Elevata Qualificazione.",
    "Il Piano dà attuazione alle linee programmatiche di mandato del Sindaco Giacomo Ercoli e al Documento "
    "Unico di Programmazione 2026-2028, approvato con deliberazione del Consiglio comunale n. 52 del "
    "18/12/2025, ed è approvato dalla Giunta comunale con deliberazione n. 14 del 29/01/2026.",
    "Il Comune di Montecaprile ha meno di 50 dipendenti: il Piano è quindi redatto in forma semplificata, "
    "ma l'Amministrazione ha scelto di mantenere la sezione dedicata alla performance con obiettivi, "
    "azioni e indicatori misurabili.",
]

ANAGRAFICA = [
    "Denominazione: Comune di Montecaprile",
    "Provincia: Macerata – Regione Marche",
    "Popolazione residente al 31/12/2024: 6.412 abitanti",
    "Superficie territoriale: 48,3 kmq",
    "Frazioni: Colleverde, Rocchetta Alta",
    "Sede: Piazza del Comune 1 – PEC: comune.montecaprile@pec.example.it",
]

VALORE_PUBBLICO = (
    "Il valore pubblico che l'Amministrazione intende generare nel triennio è declinato in tre aree "
    "strategiche, coerenti con le missioni del DUP: una comunità che si prende cura delle persone più "
    "fragili, un territorio sicuro e sostenibile, un ente efficiente, digitale e trasparente. Per ciascuna "
    "area sono individuati gli obiettivi di performance dell'anno 2026, con proiezione al 2027."
)

# Each objective: (number, title, items). An item is (label, value) for a plain bullet, or
# (label, [sub-items], "bullet"|"number") for a bullet with nested sub-bullets / numbered sub-items.
AREE = [
    ("Area strategica 1 – Montecaprile comunità che si prende cura",
     "L'area raccoglie gli obiettivi rivolti alle persone e alle famiglie: anziani, alunni, lettori e "
     "cittadini che si rivolgono ai servizi cimiteriali.",
     [
         (1, "Potenziamento dell'assistenza domiciliare agli anziani soli", [
             ("Unità organizzativa", "Servizi Sociali"),
             ("Referente politico", "Assessore ai Servizi sociali Anna Rita Fabiani"),
             ("Responsabile gestionale", "dott.ssa Elisa Mancinelli"),
             ("Finalità", "ridurre l'isolamento degli anziani over 75 che vivono soli e ritardarne "
                          "l'ingresso in struttura residenziale"),
             ("Portatori di interesse", "anziani over 75 soli, caregiver familiari, cooperativa sociale "
                                        "Il Melograno, medici di medicina generale"),
             ("Azioni", [
                 "aggiornamento della mappatura degli anziani soli con i dati anagrafici (entro febbraio 2026)",
                 "estensione del servizio domiciliare al sabato mattina (entro maggio 2026)",
                 "telefonata settimanale di monitoraggio con volontari formati (entro settembre 2026)",
             ], "bullet"),
             ("Misurazione (indicatore – valore di partenza – valore atteso 2026 – 2027)", [
                 "n. anziani assistiti a domicilio – 38 – 46 – 52",
                 "ore settimanali di assistenza erogate – 210 – 250 – 280",
             ], "bullet"),
         ]),
         (2, "Iscrizioni e pagamenti online per mensa e trasporto scolastico", [
             ("Servizio competente", "Pubblica Istruzione e Trasporto scolastico"),
             ("Referente politico", "Assessore alla Scuola e Cultura Chiara Lambertucci"),
             ("Funzionario EQ", "dott.ssa Elisa Mancinelli"),
             ("Valore pubblico atteso", "le famiglie non devono più recarsi allo sportello per iscrivere "
                                        "i figli e i pagamenti diventano tracciabili"),
             ("Beneficiari", "famiglie degli alunni dell'Istituto Comprensivo di Montecaprile, ditta di "
                             "ristorazione Sapori del Chienti S.r.l."),
             ("Attività previste", [
                 "scelta della piattaforma di iscrizione integrata con pagoPA (entro gennaio 2026)",
                 "approvazione del nuovo regolamento della refezione scolastica (entro aprile 2026)",
                 "apertura delle iscrizioni online per l'a.s. 2026/2027 (entro giugno 2026)",
             ], "number"),
             ("Indicatori di performance (partenza – atteso 2026 – atteso 2027)", [
                 "% iscrizioni presentate online – 0% – 70% – 90%",
                 "giorni medi per la conferma dell'iscrizione – 15 – 5 – 3",
             ], "bullet"),
         ]),
         (3, "«Biblioteca aperta»: orario serale e nuovi lettori", [
             ("Ufficio capofila", "Servizio Cultura, Biblioteca e Turismo"),
             ("Referente politico", "Assessore alla Cultura Chiara Lambertucci"),
             ("Titolare di incarico di Elevata Qualificazione",
              "il Responsabile dell'Area cui afferisce il servizio (v. organigramma)"),
             ("Perché lo facciamo", "offrire uno spazio di studio serale agli studenti pendolari e "
                                    "aumentare la lettura tra i giovani adulti"),
             ("Portatori di interesse", "studenti universitari pendolari, gruppi di lettura, associazione "
                                        "culturale Il Torrione"),
             ("Step operativi", [
                 "convenzione con l'associazione Il Torrione per l'apertura serale (entro marzo 2026)",
                 "apertura fino alle 22:00 il martedì e il giovedì (entro aprile 2026)",
                 "rassegna «Leggere a Montecaprile» (entro ottobre 2026)",
             ], "bullet"),
             ("Come misuriamo il risultato (indicatore – partenza – 2026 – 2027)", [
                 "ore settimanali di apertura al pubblico – 24 – 32 – 32",
                 "nuovi iscritti al prestito nell'anno – 85 – 120 – 150",
             ], "bullet"),
         ]),
         (4, "Riorganizzazione dei servizi cimiteriali", [
             ("Unità organizzativa", "Servizi Cimiteriali"),
             ("Referente politico", "Assessore ai Lavori Pubblici e Cimiteri Enrico Pennesi"),
             ("Responsabile gestionale", "Responsabile dell'Area di appartenenza del servizio (v. organigramma)"),
             ("Risultato atteso", "concessioni regolari e loculi disponibili nei cimiteri del capoluogo, "
                                  "di Colleverde e di Rocchetta Alta"),
             ("Portatori di interesse", "cittadini concessionari, imprese di onoranze funebri, parrocchia "
                                        "di Santa Maria Assunta"),
             ("Azioni", [
                 "mappatura delle concessioni scadute (entro marzo 2026)",
                 "approvazione del nuovo regolamento di polizia mortuaria (entro giugno 2026)",
                 "avvio del registro informatico delle sepolture (entro novembre 2026)",
             ], "bullet"),
             ("Misurazione (indicatore – valore di partenza – valore atteso 2026 – 2027)", [
                 "concessioni scadute regolarizzate – 0 – 60 – 140",
                 "loculi disponibili per nuove concessioni – 12 – 40 – 55",
             ], "bullet"),
         ]),
     ],
     [
         "Nota 1: le nuove concessioni di loculi previste dall'obiettivo 4 hanno durata di 50 anni, "
         "non rinnovabili.",
         "Nota 2: il servizio di assistenza domiciliare dell'obiettivo 1 è svolto dalla cooperativa sociale "
         "Il Melograno con contratto in scadenza il 31/12/2027.",
     ]),
    ("Area strategica 2 – Territorio sicuro e sostenibile",
     "L'area comprende gli interventi sulle reti e sugli spazi pubblici, la protezione civile e il "
     "controllo del territorio, con particolare attenzione alle frazioni.",
     [
         (5, "Efficientamento energetico della pubblica illuminazione", [
             ("Servizio competente", "Lavori Pubblici e Manutenzioni"),
             ("Referente politico", "Assessore ai Lavori Pubblici Enrico Pennesi"),
             ("Responsabile gestionale", "ing. Lorenzo Brandoni"),
             ("Finalità", "ridurre i consumi e la spesa energetica dell'ente e migliorare la sicurezza "
                          "stradale notturna"),
             ("Beneficiari", "cittadini del capoluogo e delle frazioni Colleverde e Rocchetta Alta"),
             ("Azioni", [
                 "progetto esecutivo di sostituzione di 640 punti luce con lampade LED (entro marzo 2026)",
                 "aggiudicazione dei lavori di riqualificazione (entro giugno 2026)",
                 "collaudo e attivazione del telecontrollo (entro dicembre 2026)",
             ], "bullet"),
             ("Indicatori di performance (indicatore – partenza – 2026 – 2027)", [
                 "punti luce a LED sul totale – 35% – 80% – 100%",
                 "consumo annuo di energia elettrica (MWh) – 1.150 – 820 – 600",
             ], "bullet"),
         ]),
         (6, "Aggiornamento del Piano comunale di protezione civile", [
             ("Ufficio capofila", "Ambiente e Protezione civile"),
             ("Referente politico", "Sindaco Giacomo Ercoli (delega alla protezione civile)"),
             ("Funzionario EQ", "Responsabile dell'Area III – Tecnica e Gestione del Territorio"),
             ("Perché lo facciamo", "il Piano vigente risale al 2014 e non considera le aree interessate "
                                    "dalle frane del 2023"),
             ("Portatori di interesse", "gruppo comunale volontari di protezione civile, scuole, residenti "
                                        "delle zone a rischio frana"),
             ("Step operativi", [
                 "aggiornamento della cartografia delle aree a rischio idrogeologico (entro aprile 2026)",
                 "approvazione del Piano in Consiglio comunale (entro settembre 2026)",
                 "esercitazione di evacuazione con le scuole (entro novembre 2026)",
             ], "number"),
             ("Come misuriamo il risultato (indicatore – partenza – 2026 – 2027)", [
                 "aree di attesa dotate di cartellonistica – 4 – 9 – 12",
                 "cittadini iscritti al servizio di allerta via SMS – 310 – 900 – 1.500",
             ], "bullet"),
         ]),
         (7, "Nuovo affidamento della manutenzione del verde pubblico", [
             ("Unità organizzativa", "Lavori Pubblici e Manutenzioni"),
             ("Assessore di riferimento", "Davide Marinozzi (Ambiente e Turismo)"),
             ("Titolare di incarico di Elevata Qualificazione", "ing. Lorenzo Brandoni"),
             ("Risultato atteso", "parchi, aree gioco e alberature curati con un calendario di interventi "
                                  "noto ai cittadini"),
             ("Beneficiari", "cittadini, utenti di parchi e aree gioco, scuole"),
             ("Attività previste", [
                 "ricognizione delle aree verdi e delle alberature (entro febbraio 2026)",
                 "procedura di gara aperta per l'affidamento triennale (entro maggio 2026)",
                 "avvio del nuovo contratto e dei controlli sulle prestazioni (entro luglio 2026)",
             ], "bullet"),
             ("Misurazione (indicatore – valore di partenza – valore atteso 2026 – 2027)", [
                 "superficie a verde in manutenzione programmata (mq) – 48.000 – 62.000 – 62.000",
                 "segnalazioni dei cittadini evase entro 10 giorni – 55% – 75% – 85%",
             ], "bullet"),
         ]),
         (8, "Videosorveglianza e presidio serale delle frazioni", [
             ("Servizio competente", "Polizia Locale"),
             ("Referente politico", "il Sindaco (delega alla sicurezza urbana)"),
             ("Responsabile gestionale", "comm. Michele Properzi"),
             ("Valore pubblico atteso", "maggiore percezione di sicurezza nelle frazioni e riduzione dei "
                                        "furti in abitazione"),
             ("Portatori di interesse", "residenti delle frazioni, esercizi commerciali, Stazione dei "
                                        "Carabinieri"),
             ("Azioni", [
                 "installazione di 14 nuove telecamere con lettura targhe (entro giugno 2026)",
                 "protocollo d'intesa con la Stazione dei Carabinieri (entro settembre 2026)",
                 "pattuglia serale nelle frazioni due volte a settimana (entro ottobre 2026)",
             ], "bullet"),
             ("Indicatori di performance (partenza – atteso 2026 – atteso 2027)", [
                 "telecamere attive sul territorio – 9 – 23 – 26",
                 "ore annue di pattugliamento serale – 120 – 300 – 350",
             ], "bullet"),
         ]),
     ],
     [
         "Nota 3: l'intervento dell'obiettivo 5 è finanziato per 185.000 euro con contributo regionale e "
         "per 95.000 euro con fondi propri di bilancio.",
     ]),
    ("Area strategica 3 – Ente efficiente, digitale e trasparente",
     "L'area riguarda l'equità fiscale, la digitalizzazione dei servizi demografici e la puntualità "
     "dei pagamenti verso le imprese.",
     [
         (9, "Recupero dell'evasione IMU e TARI", [
             ("Ufficio capofila", "Tributi"),
             ("Assessore di riferimento", "Silvia Cingolani (Bilancio e Personale)"),
             ("Titolare di incarico di Elevata Qualificazione", "rag. Stefania Tombolini"),
             ("Finalità", "garantire l'equità fiscale tra i contribuenti e recuperare risorse per i "
                          "servizi"),
             ("Beneficiari", "contribuenti in regola, bilancio comunale"),
             ("Step operativi", [
                 "incrocio delle banche dati catastali e anagrafiche (entro marzo 2026)",
                 "emissione degli avvisi di accertamento IMU 2021 (entro ottobre 2026)",
                 "emissione degli avvisi di accertamento TARI 2021-2022 (entro dicembre 2026)",
             ], "bullet"),
             ("Indicatori di performance (indicatore – partenza – 2026 – 2027)", [
                 "avvisi di accertamento emessi – 180 – 420 – 450",
                 "somme riscosse da accertamento (euro) – 62.000 – 110.000 – 130.000",
             ], "bullet"),
         ]),
         (10, "Servizi demografici digitali e archivio di stato civile", [
             ("Unità organizzativa", "Servizi Demografici e Stato civile"),
             ("Referente politico", "Vicesindaco Roberta Giampaoli (deleghe a demografici e innovazione)"),
             ("Responsabile gestionale", "Responsabile dell'Area di riferimento (v. organigramma)"),
             ("Risultato atteso", "certificati e appuntamenti disponibili senza code e registri storici "
                                  "consultabili in formato digitale"),
             ("Portatori di interesse", "cittadini residenti e iscritti AIRE, professionisti, ufficiali di "
                                        "stato civile"),
             ("Azioni", [
                 "digitalizzazione dei registri di stato civile dal 1950 al 1980 (entro luglio 2026)",
                 "totem self-service per i certificati anagrafici in municipio (entro settembre 2026)",
                 "prenotazione online della carta d'identità elettronica (entro dicembre 2026)",
             ], "number"),
             ("Misurazione (indicatore – valore di partenza – valore atteso 2026 – 2027)", [
                 "atti di stato civile digitalizzati – 0 – 4.500 – 9.000",
                 "giorni medi di attesa per la CIE – 40 – 20 – 10",
             ], "bullet"),
         ]),
         (11, "Riduzione dei tempi di pagamento delle fatture commerciali", [
             ("Servizio competente", "Ragioneria e Bilancio"),
             ("Referente politico", "Assessore al Bilancio Silvia Cingolani"),
             ("Funzionario EQ", "rag. Stefania Tombolini"),
             ("Perché lo facciamo", "pagare i fornitori nei termini di legge e sostenere la liquidità "
                                    "delle imprese del territorio"),
             ("Beneficiari", "fornitori e imprese del territorio"),
             ("Attività previste", [
                 "scadenzario digitale delle fatture condiviso tra gli uffici (entro febbraio 2026)",
                 "report trimestrale di tempestività alla Giunta (entro aprile 2026)",
                 "revisione della procedura di liquidazione (entro luglio 2026)",
             ], "bullet"),
             ("Come misuriamo il risultato (indicatore – partenza – 2026 – 2027)", [
                 "indicatore annuale di tempestività dei pagamenti (giorni) – +12 – 0 – -5",
                 "fatture pagate entro 30 giorni – 64% – 85% – 95%",
             ], "bullet"),
         ]),
     ],
     [
         "Nota 4: per l'obiettivo 9 l'Ufficio Tributi si avvale della società Riscossioni Adriatiche S.r.l. "
         "per la sola stampa e notifica degli avvisi.",
     ]),
]

RISCHI = (
    "Il RPCT ha verificato la coerenza tra gli obiettivi di performance e la mappatura dei processi della "
    "sottosezione Rischi corruttivi e trasparenza. Gli obiettivi n. 7 e n. 9 incidono su processi a rischio "
    "alto (affidamento di servizi e accertamenti tributari), mentre l'obiettivo n. 4 riguarda un processo a "
    "rischio medio (rilascio delle concessioni cimiteriali). Per questi tre obiettivi il responsabile "
    "trasmette al RPCT un report semestrale entro il 31 luglio 2026 e il 31 gennaio 2027; gli altri "
    "obiettivi non presentano profili di rischio specifici."
)

# Org chart: (Area, Responsabile EQ, [(Servizio, dipendenti), ...])
ORG = [
    ("Area I – Amministrativa e Servizi Demografici",
     "vacante – funzioni attribuite al Segretario comunale",
     [("Segreteria generale e Protocollo", 3), ("Servizi Demografici e Stato civile", 4),
      ("Servizi Cimiteriali", 2)]),
    ("Area II – Economico-Finanziaria", "rag. Stefania Tombolini",
     [("Ragioneria e Bilancio", 3), ("Tributi", 2), ("Personale", 1)]),
    ("Area III – Tecnica e Gestione del Territorio", "ing. Lorenzo Brandoni",
     [("Lavori Pubblici e Manutenzioni", 6), ("Urbanistica ed Edilizia privata", 3),
      ("Ambiente e Protezione civile", 2)]),
    ("Area IV – Servizi alla Persona", "dott.ssa Elisa Mancinelli",
     [("Servizi Sociali", 4), ("Pubblica Istruzione e Trasporto scolastico", 3),
      ("Cultura, Biblioteca e Turismo", 2)]),
    ("Area V – Polizia Locale e Attività produttive", "comm. Michele Properzi",
     [("Polizia Locale", 5), ("SUAP e Commercio", 2)]),
]
TOTAL_STAFF = sum(n for _, _, servizi in ORG for _, n in servizi)

ORG_NOTES = [
    "Nota 5: la copertura del posto di Responsabile dell'Area I è prevista con concorso pubblico da "
    "concludere entro ottobre 2026, come indicato nel piano dei fabbisogni di personale.",
    "Nota 6: dal 1° marzo 2026 il Servizio Personale opera in convenzione con il Comune di Castelfiore.",
]

STAFF = [
    (1, "MORICONI Laura, PETRELLI Ivana, SANTARELLI Marco"),
    (2, "CAPRIOTTI Giulia, FELIZIANI Alessio"),
    (3, "BALDONI Irene, COSTANTINI Pietro"),
    (4, "GIUSTOZZI Franco, MARCHETTI Rita, PALLOTTA Emanuele"),
    (5, "CARASSAI Davide, FRATTINI Luca, LUZI Sonia"),
    (6, "CARASSAI Davide, SCOCCIA Elena"),
    (7, "FRATTINI Luca, NEPI Giorgio, LUZI Sonia"),
    (8, "ANTOGNOZZI Simone, BRACCI Valeria, PIERANTONI Nicola, RE Matteo"),
    (9, "CENSI Alessandra, PAOLINI Gabriele"),
    (10, "MARCHETTI Rita, TAMBURRINI Silvia, VALLESI Paola"),
    (11, "ORAZI Monica, CENSI Alessandra"),
]

MONITORAGGIO = (
    "Lo stato di avanzamento degli obiettivi è verificato con un monitoraggio intermedio al 30 giugno 2026 "
    "e con la relazione finale entro il 30 aprile 2027. La validazione della Relazione sulla performance "
    "spetta al Nucleo di Valutazione, costituito in forma associata con altri Comuni della provincia."
)


# --------------------------------------------------------------------------------------------
# Building helpers
# --------------------------------------------------------------------------------------------

def _restart_numbering(doc, style_name: str) -> int:
    """New w:num that reuses the abstract numbering of `style_name` and restarts at 1."""
    numbering = doc.part.numbering_part.element
    style_num = doc.styles[style_name].element.pPr.numPr.numId.val
    abstract = None
    for num in numbering.findall(qn("w:num")):
        if int(num.get(qn("w:numId"))) == style_num:
            abstract = num.find(qn("w:abstractNumId")).get(qn("w:val"))
    new_id = max(int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))) + 1
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(new_id))
    an = OxmlElement("w:abstractNumId")
    an.set(qn("w:val"), abstract)
    num.append(an)
    ov = OxmlElement("w:lvlOverride")
    ov.set(qn("w:ilvl"), "0")
    so = OxmlElement("w:startOverride")
    so.set(qn("w:val"), "1")
    ov.append(so)
    num.append(ov)
    numbering.append(num)
    return new_id


def _set_num(paragraph, num_id: int) -> None:
    pPr = paragraph._p.get_or_add_pPr()
    numPr = OxmlElement("w:numPr")
    ilvl = OxmlElement("w:ilvl")
    ilvl.set(qn("w:val"), "0")
    nid = OxmlElement("w:numId")
    nid.set(qn("w:val"), str(num_id))
    numPr.append(ilvl)
    numPr.append(nid)
    pPr.append(numPr)


def _label_item(doc, label: str, value: str | None) -> None:
    p = doc.add_paragraph(style="List Bullet")
    r = p.add_run(f"{label}:")
    r.bold = True
    if value is not None:
        p.add_run(f" {value}")


def _note(doc, text: str) -> None:
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.italic = True
    r.font.size = Pt(8)


def _set_cell(cell, text: str, bold: bool = False) -> None:
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = bold


def _header_footer(doc) -> None:
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = TITLE
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp = sec.footer.paragraphs[0]
    fp.text = "PIAO 2026-2028 – Comune di Montecaprile – Sezione 2 Valore pubblico, performance e anticorruzione"
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER


def build() -> bytes:
    doc = Document()
    cp = doc.core_properties
    cp.title = TITLE
    cp.author = "Comune di Montecaprile"
    cp.last_modified_by = "Comune di Montecaprile"
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1
    _header_footer(doc)

    doc.add_paragraph("Comune di Montecaprile", style="Title")
    doc.add_paragraph("Provincia di Macerata")
    doc.add_paragraph("PIANO INTEGRATO DI ATTIVITÀ E ORGANIZZAZIONE 2026-2028")

    doc.add_heading("Premessa", level=1)
    for t in PREMESSA:
        doc.add_paragraph(t)

    doc.add_heading("Sezione 1 – Scheda anagrafica dell'amministrazione", level=1)
    for t in ANAGRAFICA:
        doc.add_paragraph(t, style="List Bullet")

    doc.add_heading("Sezione 2 – Valore pubblico, performance e anticorruzione", level=1)
    doc.add_heading("2.1 Valore pubblico", level=2)
    doc.add_paragraph(VALORE_PUBBLICO)
    doc.add_heading("2.2 Performance – obiettivi 2026", level=2)
    for area_title, intro, objectives, notes in AREE:
        doc.add_heading(area_title, level=2)
        doc.add_paragraph(intro)
        for num, title, items in objectives:
            doc.add_heading(f"Obiettivo {num} – {title}", level=3)
            for item in items:
                if len(item) == 2:
                    _label_item(doc, *item)
                    continue
                label, subs, kind = item
                _label_item(doc, label, None)
                num_id = _restart_numbering(doc, "List Number 2") if kind == "number" else None
                for s in subs:
                    if num_id is None:
                        doc.add_paragraph(s, style="List Bullet 2")
                    else:
                        p = doc.add_paragraph(s, style="List Number 2")
                        _set_num(p, num_id)
        for n in notes:
            _note(doc, n)

    doc.add_heading("2.3 Rischi corruttivi", level=2)
    doc.add_paragraph(RISCHI)

    doc.add_heading("Sezione 3 – Organizzazione e capitale umano", level=1)
    doc.add_heading("3.1 Struttura organizzativa", level=2)
    doc.add_paragraph("La struttura dell'ente è articolata in cinque Aree, ciascuna affidata a un titolare di "
                      "incarico di Elevata Qualificazione, e in servizi come da prospetto seguente.")
    n_rows = 1 + sum(len(s) for _, _, s in ORG) + 1
    table = doc.add_table(rows=n_rows, cols=4)
    table.style = "Table Grid"
    for c, h in enumerate(("Area", "Servizio", "Responsabile EQ", "Dipendenti")):
        _set_cell(table.cell(0, c), h, bold=True)
    r = 1
    for area, head, servizi in ORG:
        first, last = r, r + len(servizi) - 1
        for servizio, n in servizi:
            _set_cell(table.cell(r, 1), servizio)
            _set_cell(table.cell(r, 3), str(n))
            r += 1
        if last > first:
            a = table.cell(first, 0).merge(table.cell(last, 0))
            h = table.cell(first, 2).merge(table.cell(last, 2))
        else:
            a, h = table.cell(first, 0), table.cell(first, 2)
        _set_cell(a, area)
        _set_cell(h, head)
    tot = table.cell(r, 0).merge(table.cell(r, 2))
    _set_cell(tot, "Totale dipendenti", bold=True)
    _set_cell(table.cell(r, 3), str(TOTAL_STAFF), bold=True)
    for n in ORG_NOTES:
        _note(doc, n)

    doc.add_heading("3.2 Personale assegnato agli obiettivi", level=2)
    doc.add_paragraph("Il personale che concorre al raggiungimento di ciascun obiettivo è indicato di "
                      "seguito (COGNOME Nome); la partecipazione rileva ai fini della performance individuale.")
    st = doc.add_table(rows=1 + len(STAFF), cols=2)
    st.style = "Table Grid"
    _set_cell(st.cell(0, 0), "N. obiettivo", bold=True)
    _set_cell(st.cell(0, 1), "Dipendenti coinvolti", bold=True)
    for i, (num, names) in enumerate(STAFF, 1):
        _set_cell(st.cell(i, 0), f"Ob. {num}")
        _set_cell(st.cell(i, 1), names)

    doc.add_heading("Sezione 4 – Monitoraggio", level=1)
    doc.add_paragraph(MONITORAGGIO)

    raw = io.BytesIO()
    doc.save(raw)
    return _repack(raw.getvalue())


def _repack(data: bytes) -> bytes:
    """Re-write the zip with fixed timestamps and member order so the output is byte-stable."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 29, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, src.read(info.filename))
    return out.getvalue()


def main() -> None:
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_bytes(build())
    print(f"wrote {OUT} ({OUT.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
