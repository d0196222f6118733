"""Write a fictional PIAO 2026-2028 section 2.2 (Performance) of the invented
"Comune di Rivalta sul Mincio" as a .docx with an org-chart table and one
table per objective (merged cells).  Everything is invented.

Deterministic: same content, and the zip entries get a fixed timestamp.

    .venv/bin/python benchmarks/fresh2/make_docx_plan.py
"""
from __future__ import annotations

import io
import zipfile
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
OUT = HERE / "docs" / "rivalta-sul-mincio_piao-2026-2028_allegato-performance.docx"

ENTE = "Comune di Rivalta sul Mincio"

# --------------------------------------------------------------------------
# Content
# --------------------------------------------------------------------------

INTRO = (
    "Il presente documento costituisce la sottosezione 2.2 \u201cPerformance\u201d del Piano Integrato di "
    "Attività e Organizzazione (PIAO) 2026-2028 del Comune di Rivalta sul Mincio, redatto ai sensi "
    "dell'art. 6 del D.L. 9 giugno 2021, n. 80, convertito con modificazioni dalla L. 6 agosto 2021, "
    "n. 113, e del D.M. 30 giugno 2022, n. 132. Il Piano è stato approvato con deliberazione di Giunta "
    "comunale n. 14 del 29/01/2026 e definisce gli obiettivi operativi assegnati per l'anno 2026 ai "
    "Responsabili di Area titolari di incarico di Elevata Qualificazione (E.Q.), in coerenza con la "
    "Sezione Operativa del Documento Unico di Programmazione (DUP) 2026-2028."
)

CONTEXT = [
    # 1: ente, population, staff
    "Il Comune di Rivalta sul Mincio, in Provincia di Mantova, conta 8.963 abitanti al 31 dicembre "
    "2025, distribuiti tra il capoluogo e le frazioni di Ca' de' Ronchi, Boscobello e Pievetta, su una "
    "superficie di 34,7 kmq. Al 1° gennaio 2026 l'Ente dispone di 51 dipendenti in servizio, di cui 47 "
    "a tempo indeterminato e 4 a tempo determinato; i titolari di incarico di Elevata Qualificazione "
    "sono 5. La struttura organizzativa è articolata in sei Aree, come riportato nell'organigramma che "
    "segue.",
    # 2: segretario, RPCT, nucleo
    "Le funzioni di Segretario comunale sono svolte dalla dott.ssa Marcella Benedusi, titolare della "
    "segreteria convenzionata tra i Comuni di Rivalta sul Mincio e Castelbruno, alla quale è attribuita "
    "anche la responsabilità ad interim dell'Area Servizi alla persona. La dott.ssa Benedusi è altresì "
    "Responsabile della prevenzione della corruzione e della trasparenza (RPCT), nominata con decreto "
    "sindacale n. 3 del 15/01/2025. La misurazione e la valutazione della performance sono affidate al "
    "Nucleo di valutazione in composizione collegiale, nominato con decreto sindacale n. 7 del "
    "18/03/2024 per il triennio 2024-2026 e composto dal dott. Alberto Sganzerla, con funzioni di "
    "presidente, e dalla dott.ssa Fiorenza Malagutti.",
    # 3: contractors, PNRR
    "Il servizio di assistenza domiciliare (SAD) e il trasporto sociale sono affidati alla Cooperativa "
    "sociale Airone del Mincio, con contratto di durata triennale (36 mesi, dal 1° marzo 2025 al 28 "
    "febbraio 2028) per un importo contrattuale di euro 412.650,00 oltre IVA; la gestione del contratto "
    "e la verifica delle prestazioni fanno capo all'Ufficio Servizi sociali. La raccolta dei rifiuti "
    "urbani è svolta dal gestore Ecoservizi Basso Mincio S.r.l. nell'ambito dell'affidamento d'ambito "
    "provinciale. Sul fronte della transizione digitale, il Comune è beneficiario del finanziamento "
    "PNRR Missione 1 Componente 1 \u2013 Misura 1.4.1 \u201cEsperienza del cittadino nei servizi "
    "pubblici\u201d, per un importo di euro 155.234,00, con termine per il completamento delle attività "
    "e l'asseverazione fissato al 30/09/2026.",
    # 4: previous year indicators
    "Con riferimento agli esiti dell'anno precedente, la percentuale di raccolta differenziata "
    "rilevata nel 2025 si è attestata al 78,4%, mentre l'indicatore annuale di tempestività dei "
    "pagamenti 2025 è risultato pari a +4,2 giorni, evidenziando un ritardo medio rispetto ai termini "
    "di legge che l'Amministrazione intende riassorbire nel corso del 2026. Gli obiettivi di seguito "
    "riportati tengono conto di tali risultanze e delle risorse umane e finanziarie assegnate con il "
    "Piano Esecutivo di Gestione 2026.",
]

ORG_HEADER = ["Area", "Responsabile (E.Q.)", "Uffici e servizi"]
ORG_ROWS = [
    ["Area Affari generali e Servizi demografici", "dott. Stefano Ghidoni",
     "Segreteria e protocollo; Ufficio Relazioni con il Pubblico (URP); Servizi demografici "
     "(anagrafe, stato civile, elettorale, leva); Archivio; Contratti"],
    ["Area Economico-finanziaria e Tributi", "rag. Lorena Faccioli",
     "Ragioneria e bilancio; Economato e provveditorato; Tributi (IMU, TARI, canone unico); "
     "Trattamento economico del personale"],
    ["Area Lavori pubblici e Patrimonio", "ing. Davide Bertazzoni",
     "Lavori pubblici; Manutenzioni e squadra operai; Patrimonio e impianti sportivi; "
     "Protezione civile"],
    ["Area Urbanistica, Edilizia privata e Ambiente", "arch. Chiara Ferrarini",
     "Edilizia privata e SUE; Urbanistica e PGT; Sportello Unico Attività Produttive (SUAP); "
     "Ufficio Ambiente ed ecologia; Rapporti con il gestore dei rifiuti"],
    ["Area Servizi alla persona",
     "ad interim: il Segretario comunale (dott.ssa Marcella Benedusi)",
     "Ufficio Servizi sociali; Ufficio Istruzione e servizi scolastici (refezione, trasporto "
     "scolastico); Cultura e biblioteca civica; Sport e associazionismo"],
    ["Area Polizia locale", "dott. Paolo Zanardi (Commissario, Comandante)",
     "Polizia stradale; Polizia amministrativa e commerciale; Polizia ambientale; "
     "Videosorveglianza; Notifiche e messi"],
]

# Each objective: list of (label, value) rows; value is a str, a list of str
# (several paragraphs in the same cell) or ("IND", label, [(name, formula, target), ...]).
OBJECTIVES = [
    {
        "code": "1.1",
        "title": "Digitalizzazione dei servizi al cittadino e nuovo sito istituzionale (PNRR Misura 1.4.1)",
        "rows": [
            ("Linea strategica DUP", "1 \u2013 Un Comune efficiente, digitale e trasparente"),
            ("Struttura responsabile", "Area Affari generali e Servizi demografici"),
            ("Referente", "sig.ra Elisa Cavicchini, istruttore amministrativo \u2013 Ufficio URP"),
            ("Finalità", "Rendere disponibili online i principali servizi comunali, con accesso tramite "
             "SPID e CIE e pagamento tramite pagoPA, e pubblicare il nuovo sito istituzionale conforme "
             "al modello Comuni di Designers Italia, nel rispetto degli obblighi della Misura 1.4.1."),
            ("Risultato atteso", "Nuovo sito online e 6 servizi digitali attivi entro i termini PNRR, "
             "con riduzione degli accessi allo sportello per le pratiche più frequenti."),
            ("Cronoprogramma", [
                "migrazione dei contenuti sul nuovo sito conforme al modello Comuni \u2013 entro marzo 2026",
                "attivazione di 6 servizi digitali con SPID/CIE e pagoPA \u2013 entro giugno 2026",
                "asseverazione e rendicontazione sulla piattaforma PA digitale 2026 \u2013 entro settembre 2026",
                "rilevazione della soddisfazione degli utenti dei servizi online \u2013 entro dicembre 2026",
            ]),
            ("IND", "Indicatori e target 2026", [
                ("Servizi digitali attivati", "n. servizi attivati / n. servizi previsti", "6 su 6 (100%)"),
                ("Istanze presentate online", "% istanze online sul totale delle istanze ricevute", "\u2265 40%"),
            ]),
            ("Portatori di interesse", "Cittadini; imprese e professionisti; Dipartimento per la "
             "trasformazione digitale"),
            ("Personale coinvolto", "Elisa Cavicchini, Marco Trentini, Sara Bellini (Servizi demografici)"),
            ("Peso", "15%"),
        ],
    },
    {
        "code": "1.2",
        "title": "Riduzione dei tempi di pagamento delle fatture commerciali",
        "rows": [
            ("Linea strategica DUP", "1 \u2013 Un Comune efficiente, digitale e trasparente"),
            ("Struttura responsabile", "Area Economico-finanziaria e Tributi"),
            ("Referente", "dott.ssa Silvia Rebecchi, istruttore direttivo contabile \u2013 Ufficio Ragioneria"),
            ("Finalità", "Riassorbire il ritardo medio nei pagamenti registrato nel 2025, rispettando i "
             "termini di legge e gli obiettivi della riforma 1.11 del PNRR sui tempi di pagamento delle "
             "pubbliche amministrazioni."),
            ("Risultato atteso", "Indicatore annuale di tempestività dei pagamenti non superiore a zero "
             "e riduzione dello stock di debito commerciale scaduto."),
            ("Cronoprogramma", [
                "mappatura del ciclo passivo e dei tempi medi di liquidazione per Area \u2013 I trimestre 2026",
                "circolare operativa alle Aree e formazione sulla liquidazione \u2013 II trimestre 2026",
                "monitoraggio su PCC e report trimestrale alla Giunta \u2013 III trimestre 2026",
                "verifica finale dell'indicatore annuale \u2013 IV trimestre 2026",
            ]),
            ("IND", "Indicatori e target 2026", [
                ("Indicatore annuale di tempestività dei pagamenti",
                 "giorni medi ponderati di ritardo (DPCM 22/09/2014)", "\u2264 0 giorni"),
                ("Fatture liquidate entro 30 giorni dal ricevimento",
                 "% fatture liquidate nei termini sul totale", "\u2265 90%"),
            ]),
            ("Portatori di interesse", "Fornitori e imprese; Aree dell'Ente; Revisore dei conti"),
            ("Personale coinvolto", "4 unità dell'Ufficio Ragioneria"),
            ("Peso", "10%"),
        ],
    },
    {
        "code": "1.3",
        "title": "Prevenzione della corruzione, trasparenza e controlli interni",
        "rows": [
            ("Linea strategica DUP", "1 \u2013 Un Comune efficiente, digitale e trasparente"),
            ("Struttura responsabile", "Segretario comunale, con il concorso di tutte le Aree (obiettivo trasversale)"),
            ("Referente", "dott.ssa Marcella Benedusi, Segretario comunale e RPCT"),
            ("Finalità", "Dare attuazione alle misure della sottosezione 2.3 \u201cRischi corruttivi e "
             "trasparenza\u201d e rafforzare il sistema dei controlli successivi di regolarità "
             "amministrativa, con particolare attenzione agli affidamenti diretti."),
            ("Risultato atteso", "Piena attuazione delle misure programmate e completezza della sezione "
             "Amministrazione trasparente."),
            ("Cronoprogramma", [
                "monitoraggio semestrale delle misure di prevenzione \u2013 entro luglio 2026 ed entro gennaio 2027",
                "formazione anticorruzione per tutto il personale (almeno 4 ore) \u2013 entro novembre 2026",
                "controlli successivi di regolarità amministrativa \u2013 con cadenza semestrale",
            ]),
            ("IND", "Indicatori e target 2026", [
                ("Atti controllati", "% determinazioni sorteggiate sul totale adottate", "\u2265 10%"),
                ("Dipendenti formati", "% dipendenti che hanno completato la formazione", "100%"),
                ("Obblighi di pubblicazione assolti",
                 "% adempimenti conformi nella griglia di rilevazione del Nucleo", "\u2265 95%"),
            ]),
            ("Portatori di interesse", "Cittadini; dipendenti comunali; ANAC"),
            ("Personale coinvolto", "Tutti i Responsabili di Area; 2 unità dell'Ufficio Segreteria"),
            ("Peso", "15%"),
        ],
    },
    {
        "code": "2.1",
        "title": "Riqualificazione energetica della scuola primaria \u201cGianni Rodari\u201d",
        "rows": [
            ("Linea strategica DUP", "2 \u2013 Un territorio sostenibile e sicuro"),
            ("Struttura responsabile", "Area Lavori pubblici e Patrimonio"),
            ("Referente", "geom. Mauro Gialdi, istruttore tecnico \u2013 Ufficio Lavori pubblici"),
            ("Finalità", "Ridurre i consumi energetici dell'edificio scolastico mediante sostituzione "
             "dei serramenti, isolamento della copertura e installazione di un impianto fotovoltaico. "
             "Importo complessivo del quadro economico euro 480.000,00, finanziato per euro 380.000,00 "
             "con contributo regionale e per la restante quota con fondi di bilancio."),
            ("Risultato atteso", "Lavori eseguiti durante la sospensione estiva delle lezioni, senza "
             "interferenze con l'avvio dell'anno scolastico 2026/2027."),
            ("Cronoprogramma", [
                "approvazione del progetto esecutivo \u2013 entro febbraio 2026",
                "aggiudicazione dei lavori \u2013 entro aprile 2026",
                "esecuzione dei lavori durante la sospensione estiva \u2013 entro agosto 2026",
                "collaudo e certificato di regolare esecuzione \u2013 entro novembre 2026",
            ]),
            ("IND", "Indicatore di risultato", [
                ("Rispetto del cronoprogramma", "fasi concluse nei termini / fasi previste", "100%"),
            ]),
            ("Personale coinvolto", "ing. Davide Bertazzoni, geom. Mauro Gialdi, 2 operai della squadra manutenzioni"),
            ("Peso", "15%"),
        ],
    },
    {
        "code": "2.2",
        "title": "Potenziamento della raccolta differenziata e contrasto agli abbandoni di rifiuti",
        "rows": [
            ("Linea strategica DUP", "2 \u2013 Un territorio sostenibile e sicuro"),
            ("Struttura responsabile", "Area Urbanistica, Edilizia privata e Ambiente, in collaborazione "
             "con l'Area Polizia locale"),
            ("Referente", "sig. Luca Mazzali, istruttore tecnico \u2013 Ufficio Ambiente ed ecologia"),
            ("Finalità", "Superare la soglia dell'80% di raccolta differenziata e ridurre gli abbandoni "
             "di rifiuti nelle aree periferiche e lungo le strade vicinali."),
            ("Risultato atteso", "Aumento della percentuale di raccolta differenziata rispetto al 2025 "
             "e riduzione dei punti di abbandono ricorrenti."),
            ("Cronoprogramma", [
                "installazione di 4 fototrappole nei punti critici \u2013 entro marzo 2026",
                "campagna informativa porta a porta nelle frazioni di Boscobello e Pievetta \u2013 entro maggio 2026",
                "controlli congiunti con la Polizia locale \u2013 da aprile a ottobre 2026",
                "report finale sugli abbandoni rilevati \u2013 entro gennaio 2027",
            ]),
            ("IND", "Indicatori e target 2026", [
                ("Percentuale di raccolta differenziata", "% RD calcolata con il metodo regionale", "\u2265 80%"),
                ("Accertamenti per abbandono di rifiuti", "n. verbali di accertamento elevati", "\u2265 25"),
            ]),
            ("Portatori di interesse", "Cittadini; utenze non domestiche; Ecoservizi Basso Mincio S.r.l.; "
             "associazioni di volontariato ambientale"),
            ("Personale coinvolto", "Luca Mazzali; 2 agenti di Polizia locale"),
            ("Peso", "10%"),
        ],
    },
    {
        "code": "3.1",
        "title": "Qualità del servizio di assistenza domiciliare (SAD) e riduzione dei tempi di attivazione",
        "rows": [
            ("Linea strategica DUP", "3 \u2013 Una comunità inclusiva e solidale"),
            ("Struttura responsabile", "Area Servizi alla persona \u2013 Ufficio Servizi sociali"),
            ("Referente", "dott.ssa Giulia Malavasi, assistente sociale"),
            ("Finalità", "Garantire la tempestiva presa in carico delle persone anziane e con disabilità "
             "e verificare la qualità delle prestazioni rese dalla Cooperativa sociale Airone del "
             "Mincio, affidataria del servizio."),
            ("Risultato atteso", "Azzeramento della lista d'attesa e miglioramento della soddisfazione "
             "degli utenti e dei familiari."),
            ("Cronoprogramma", [
                "avvio della cartella sociale informatizzata \u2013 entro febbraio 2026",
                "verifiche trimestrali sull'esecuzione del contratto con la cooperativa \u2013 entro la fine di ogni trimestre",
                "questionario di gradimento a utenti e familiari \u2013 entro ottobre 2026",
                "relazione conclusiva alla Giunta \u2013 entro dicembre 2026",
            ]),
            ("IND", "Indicatori e target 2026", [
                ("Tempo medio di attivazione del SAD", "giorni dalla domanda alla presa in carico", "\u2264 15 giorni"),
                ("Utenti soddisfatti", "% giudizi \u201cbuono\u201d o \u201cottimo\u201d sul totale dei questionari", "\u2265 85%"),
            ]),
            ("Portatori di interesse", "Anziani e persone con disabilità; caregiver familiari; Cooperativa "
             "sociale Airone del Mincio; ATS Val Padana; Ufficio di Piano dell'Ambito territoriale"),
            ("Personale coinvolto", "Giulia Malavasi; Rossella Vezzoni (istruttore amministrativo)"),
            ("Peso", "15%"),
        ],
    },
    {
        "code": "4.1",
        "title": "Nuovo sistema di iscrizione, prenotazione e pagamento della mensa scolastica tramite app",
        "rows": [
            ("Linea strategica DUP", "4 \u2013 Scuola, cultura e tempo libero"),
            ("Struttura responsabile", "Area Servizi alla persona \u2013 Ufficio Istruzione e servizi scolastici"),
            ("Referente", "sig.ra Patrizia Benatti, istruttore amministrativo"),
            ("Finalità", "Semplificare per le famiglie l'iscrizione ai servizi scolastici e la "
             "prenotazione giornaliera dei pasti, con pagamento anticipato tramite pagoPA e riduzione "
             "delle morosità."),
            ("Risultato atteso", "Avvio del nuovo sistema con l'anno scolastico 2026/2027."),
            ("Cronoprogramma", [
                "configurazione della piattaforma e importazione delle anagrafiche \u2013 I trimestre 2026",
                "iscrizioni online ai servizi per l'a.s. 2026/2027 \u2013 II trimestre 2026",
                "avvio della prenotazione dei pasti tramite app \u2013 III trimestre 2026",
                "verifica delle morosità e report finale \u2013 IV trimestre 2026",
            ]),
            ("IND", "Indicatore di risultato", [
                ("Famiglie che utilizzano l'app", "% famiglie iscritte alla mensa che prenotano tramite app", "\u2265 70%"),
            ]),
            ("Portatori di interesse", "Famiglie degli alunni; Istituto comprensivo \u201cVirgilio\u201d; "
             "gestore del servizio di ristorazione (Ristoro Virgiliano S.r.l.)"),
            ("Personale coinvolto", "Patrizia Benatti; 1 unità dell'Ufficio Tributi per la verifica delle morosità"),
        ],
    },
    {
        "code": "5.1",
        "title": "Sicurezza stradale nei pressi dei plessi scolastici",
        "rows": [
            ("Linea strategica DUP", "2 \u2013 Un territorio sostenibile e sicuro"),
            ("Struttura responsabile", "Area Polizia locale"),
            ("Referente", "isp. Nicola Pavesi, ufficiale di Polizia locale"),
            ("Finalità", "Aumentare la sicurezza degli alunni negli orari di entrata e uscita dalle "
             "scuole e diffondere la cultura della sicurezza stradale."),
            ("Risultato atteso", "Presidio costante dei plessi scolastici e nessun sinistro con "
             "coinvolgimento di pedoni nelle zone scolastiche."),
            ("Cronoprogramma", [
                "corso di educazione stradale nelle classi quarte e quinte della primaria \u2013 entro aprile 2026",
                "installazione di 3 telecamere di lettura targhe in prossimità delle scuole \u2013 entro maggio 2026",
                "servizi di presidio all'entrata e all'uscita \u2013 per l'intero anno scolastico",
            ]),
            ("IND", "Indicatori e target 2026", [
                ("Servizi di presidio davanti alle scuole", "n. servizi effettuati nell'anno", "\u2265 120"),
                ("Classi coinvolte nel corso di educazione stradale", "n. classi", "6"),
            ]),
            ("Portatori di interesse", "Alunni e famiglie; Istituto comprensivo \u201cVirgilio\u201d; "
             "Associazione Nonni vigili"),
            ("Personale coinvolto", "4 agenti di Polizia locale"),
            ("Peso", "10%"),
        ],
    },
]

CLOSING = (
    "Il monitoraggio intermedio dello stato di attuazione degli obiettivi è effettuato con riferimento "
    "alla data del 30 giugno 2026: entro il 31 luglio 2026 ciascun Responsabile di Area trasmette al "
    "Segretario comunale una scheda di rendicontazione con lo stato delle fasi e il valore degli "
    "indicatori, segnalando eventuali scostamenti e le proposte di rimodulazione degli obiettivi, che "
    "sono approvate dalla Giunta comunale. Il Nucleo di valutazione verifica gli esiti del monitoraggio "
    "e, a consuntivo, valida la Relazione sulla performance 2026, da approvare entro il 30 giugno 2027, "
    "sulla base della quale è determinata la retribuzione di risultato dei titolari di incarico di "
    "Elevata Qualificazione e la performance individuale del personale."
)

# --------------------------------------------------------------------------
# Rendering
# --------------------------------------------------------------------------


def _bold_cell(cell, text, size=None):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True
    if size:
        run.font.size = Pt(size)


def add_org_chart(doc):
    doc.add_heading("Struttura organizzativa", level=2)
    table = doc.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    for i, h in enumerate(ORG_HEADER):
        _bold_cell(table.rows[0].cells[i], h)
    for row in ORG_ROWS:
        cells = table.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v


def add_objective(doc, obj):
    ncols = 4
    table = doc.add_table(rows=0, cols=ncols)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    # title row merged across all columns
    r = table.add_row().cells
    title = r[0].merge(r[ncols - 1])
    _bold_cell(title, f"Obiettivo operativo {obj['code']} \u2013 {obj['title']}", size=11)
    for item in obj["rows"]:
        if item[0] == "IND":
            _, label, inds = item
            head = table.add_row().cells
            first_row = head
            _bold_cell(head[1], "Indicatore")
            _bold_cell(head[2], "Formula / unità di misura")
            _bold_cell(head[3], "Target 2026")
            last = head
            for name, formula, target in inds:
                c = table.add_row().cells
                c[1].text = name
                c[2].text = formula
                c[3].text = target
                last = c
            merged = first_row[0].merge(last[0])
            _bold_cell(merged, label)
            continue
        label, value = item
        c = table.add_row().cells
        _bold_cell(c[0], label)
        v = c[1].merge(c[ncols - 1])
        if isinstance(value, list):
            v.text = value[0]
            for extra in value[1:]:
                v.add_paragraph(extra)
        else:
            v.text = value
    doc.add_paragraph()


def build() -> Document:
    doc = Document()
    doc.core_properties.title = "PIAO 2026-2028 \u2013 Sezione 2.2 Performance"
    doc.core_properties.author = ENTE
    doc.core_properties.created = datetime(2026, 1, 29, 9, 0, 0)
    doc.core_properties.modified = datetime(2026, 1, 29, 9, 0, 0)
    doc.core_properties.last_modified_by = ENTE
    doc.core_properties.revision = 1
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(10.5)

    for text, size in [(ENTE, 20), ("Provincia di Mantova", 12),
                       ("PIANO INTEGRATO DI ATTIVITÀ E ORGANIZZAZIONE (PIAO) 2026-2028", 14),
                       ("Sezione 2 \u2013 Valore pubblico, performance e anticorruzione", 13),
                       ("2.2 Performance", 13)]:
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = p.add_run(text)
        run.bold = True
        run.font.size = Pt(size)

    doc.add_heading("Premessa", level=2)
    doc.add_paragraph(INTRO)
    doc.add_heading("Il contesto organizzativo", level=2)
    for para in CONTEXT:
        doc.add_paragraph(para)

    add_org_chart(doc)
    doc.add_paragraph()

    doc.add_heading("Obiettivi operativi 2026", level=2)
    doc.add_paragraph(
        "Per ciascun obiettivo operativo sono indicati la linea strategica del DUP di riferimento, la "
        "struttura responsabile, il referente, le finalità, il risultato atteso, il cronoprogramma delle "
        "fasi, gli indicatori con i relativi target 2026, i portatori di interesse, il personale "
        "coinvolto e il peso ai fini della valutazione."
    )
    for obj in OBJECTIVES:
        add_objective(doc, obj)

    doc.add_heading("Monitoraggio e valutazione", level=2)
    doc.add_paragraph(CLOSING)
    return doc


def save_deterministic(doc: Document, path: Path) -> None:
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 29, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(out.getvalue())


if __name__ == "__main__":
    save_deterministic(build(), OUT)
    print(OUT)
