"""Write the two FICTIONAL PIAO 2026-2028 documents of fresh30 into docs/.
All people, places, bodies and figures are invented.

1. docs/castelvarrone_piao-2026-2028.pdf  (Comune di Castelvarrone, Provincia di Asti), written with fpdf2 (core
   Helvetica, windows-1252, A4 LANDSCAPE, running header and footer "Pagina N di M"):
   * the 17 operational objectives are ONE long ruled table "Tabella 1 – Obiettivi operativi 2026"
     (Cod. | Obiettivo operativo | Settore | Responsabile | Indicatore | Target 2026 | Scadenza) that runs over
     several pages; the header row is repeated on every page; a row that does not fit is SPLIT line by line: its
     cells continue on the next page under the repeated header; full-width group rows "Linea strategica N – …";
     the Obiettivo cell holds a bold title, a motivation sentence and "Risultato atteso: …"; several Responsabile
     cells give only a role ("Resp. Settore 3", "Comandante P.L.", "Segretario comunale");
   * a Gantt-like "Tabella 2 – Cronoprogramma" (Cod. | Fase | Periodo | 12 month columns with shaded bars);
   * "Tabella 3 – Struttura organizzativa" (Settore | Titolare di E.Q. | Servizi assegnati | Addetti) whose Settore
     and Titolare cells are drawn MERGED over the service rows of that Settore;
   * prose: anagrafica, valore pubblico with 2025 figures, rischi corruttivi (with a risk on the objectives),
     lavoro agile, fabbisogni.
2. docs/poggiolmo_piao-2026-2028.docx  (Comune di Poggiolmo, Provincia di Siena), written with python-docx:
   * Heading 3 "Area strategica N – …"; each objective is a "List Paragraph" line "1.2 Titolo" (bold, literal
     number) followed by indented "List Bullet 2" sub-items with VARYING labels (Responsabile / Referente /
     Responsabile dell'obiettivo, Struttura / Ufficio / Ufficio competente / Servizio, Risultato atteso / Output
     atteso / Valore atteso, Indicatore / Indicatori / Indicatore di risultato, Tempi / Tempistica, Soggetti
     coinvolti / Collaborano / Destinatari, Finalità / Motivazione, Personale assegnato); some labels missing,
     some facts written inline in an unlabelled sentence;
   * 3.1 Struttura organizzativa: prose + a two-column Word table Ufficio | Responsabile (offices share a person;
     the Ufficio Personale e Organizzazione is held ad interim by the Segretario comunale).

Deterministic: no randomness; fixed metadata; the PDF has a pinned creation date (fpdf2 derives the /ID from the
content); the DOCX core properties are pinned and the zip is rewritten with fixed member timestamps.

Run: /work/main/.venv/bin/python benchmarks/fresh30/make_plan.py [OUT_DIR]   (default OUT_DIR: docs/ next to this
file; needs fpdf2 and python-docx, both in /work/main/.venv)
"""
from __future__ import annotations

import io
import zipfile
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
PDF_NAME = "castelvarrone_piao-2026-2028.pdf"
DOCX_NAME = "poggiolmo_piao-2026-2028.docx"
FIXED_DATE = datetime(2026, 2, 10, 9, 15, 0, tzinfo=timezone.utc)
ZIP_DATE = (2026, 2, 10, 9, 15, 0)

# =============================================================================================================
# 1. Comune di Castelvarrone (PDF, landscape)
# =============================================================================================================
V_RUNNING = "Comune di Castelvarrone – Piano Integrato di Attività e Organizzazione 2026-2028"

V_TITLE = [("COMUNE DI CASTELVARRONE", 16, "B"), ("Provincia di Asti", 11, ""),
           ("PIANO INTEGRATO DI ATTIVITÀ E ORGANIZZAZIONE (PIAO) 2026-2028", 13, "B"),
           ("Sottosezione 2.2 Performance e Sezione 3 Organizzazione e capitale umano", 10, ""),
           ("Approvato con deliberazione della Giunta comunale n. 14 del 10 febbraio 2026", 9, "")]

V_ANAGRAFICA = [
    "Il Comune di Castelvarrone conta 7.412 abitanti al 31/12/2025 e si estende per 42,7 kmq nella valle del rio "
    "Varrone. Oltre al capoluogo comprende le frazioni di Crestella e Pian dei Gelsi. Il Sindaco è Ernesto "
    "Gavuglio, eletto nel giugno 2024; il Segretario comunale è il dott. Stefano Rabellino, titolare della "
    "segreteria convenzionata con un altro Comune della valle.",
]

V_VALORE = [
    "Il valore pubblico che l'Amministrazione intende generare nel triennio 2026-2028 si concentra su tre "
    "dimensioni: servizi digitali più semplici per cittadini e imprese, un territorio più sicuro e sostenibile, "
    "una comunità capace di sostenere famiglie, anziani e giovani. Gli obiettivi operativi della sottosezione 2.2 "
    "traducono queste priorità in risultati misurabili per il 2026.",
    "I dati di partenza al 2025 sono i seguenti: il 31% dei certificati anagrafici è stato emesso on line; la "
    "raccolta differenziata si è fermata al 63,5%; il tempo medio di pagamento delle fatture commerciali è stato "
    "di 38 giorni; sul tratto urbano della SP 27 si sono verificati 14 incidenti stradali. Entro il 2028 "
    "l'Amministrazione si propone di raggiungere l'80% di certificati on line e il 75% di raccolta differenziata "
    "e di dimezzare gli incidenti sulla SP 27.",
]

V_PERF_INTRO = (
    "Gli obiettivi operativi 2026 sono 17, codificati da OP-01 a OP-17 e raggruppati nelle cinque linee "
    "strategiche del DUP 2026-2028. La tabella seguente riporta per ciascun obiettivo il Settore competente, il "
    "responsabile, l'indicatore, il target atteso per il 2026 e la scadenza. Quando la colonna Responsabile indica "
    "soltanto il ruolo, il nominativo del titolare di Elevata Qualificazione si ricava dalla tabella della "
    "struttura organizzativa (sottosezione 3.1).")

V_TABLE_CAPTION = "Tabella 1 – Obiettivi operativi 2026"
V_HEAD = ["Cod.", "Obiettivo operativo", "Settore", "Responsabile", "Indicatore", "Target 2026", "Scadenza"]
V_WIDTHS = [17, 84, 34, 34, 50, 32, 22]          # 273 mm = 297 - 2 * 12

V_LINES = [
    (1, "Linea strategica 1 – Un Comune digitale, semplice e trasparente"),
    (2, "Linea strategica 2 – Bilancio sostenibile ed equità fiscale"),
    (3, "Linea strategica 3 – Territorio sicuro, opere pubbliche e ambiente"),
    (4, "Linea strategica 4 – Comunità, scuola e servizi alla persona"),
    (5, "Linea strategica 5 – Sicurezza e protezione civile"),
]

# code, line, title, motivation, risultato atteso, settore, responsabile, [indicatori], [target], scadenza
V_OBJ = [
    ("OP-01", 1, "Servizi demografici on line e agenda unica per la CIE",
     "Nel 2025 solo il 31% dei certificati anagrafici è stato emesso on line e l'attesa per un appuntamento per "
     "la carta d'identità elettronica ha superato i 40 giorni; lo sportello è aperto quattro mattine alla "
     "settimana e non dispone di un sistema di prenotazione.",
     "Risultato atteso: certificati scaricabili dal portale e appuntamenti per la CIE prenotabili on line, con "
     "attesa massima di 15 giorni e promemoria via SMS prima dell'appuntamento.",
     "Settore 1 – Affari generali", "Resp. Settore 1",
     ["a) certificati emessi on line sul totale", "b) giorni di attesa per la CIE"],
     ["a) 65%", "b) 15 giorni"], "30/06/2026"),
    ("OP-02", 1, "Amministrazione trasparente: aggiornamento e controllo degli obblighi",
     "La griglia di rilevazione del Nucleo di valutazione sul 2025 ha segnalato 12 obblighi di pubblicazione "
     "incompleti o non aggiornati.",
     "Risultato atteso: sezione Amministrazione trasparente completa e aggiornata, verificata con due "
     "monitoraggi semestrali.",
     "Segreteria generale", "Segretario comunale",
     ["obblighi di pubblicazione aggiornati"], ["100%"], "31/12/2026"),
    ("OP-03", 1, "Formazione del personale e competenze digitali (Syllabus)",
     "Nel 2025 la formazione media è stata di 9 ore per dipendente e solo un terzo del personale ha completato "
     "un corso sulla piattaforma Syllabus.",
     "Risultato atteso: piano formativo approvato e almeno 24 ore di formazione per ogni dipendente, di cui 6 "
     "sulla piattaforma Syllabus.",
     "Settore 2 – Personale", "Resp. Settore 2",
     ["ore di formazione medie per dipendente"], ["24 ore"], "15/12/2026"),
    ("OP-04", 1, "Protocollo informatico e fascicolo elettronico",
     "Oggi solo il 40% dei documenti protocollati viene inserito in un fascicolo elettronico e gli archivi "
     "correnti dei Settori sono ancora in gran parte cartacei.",
     "Risultato atteso: nuovo piano di classificazione e fascicolazione adottato da tutti i Settori.",
     "Settore 1 – Affari generali", "dott.ssa Silvia Trinchero",
     ["documenti protocollati inseriti in un fascicolo elettronico"], ["90%"], "30/11/2026"),
    ("OP-05", 2, "Recupero dell'evasione IMU sulle aree edificabili",
     "L'incrocio tra il PRGC e la banca dati IMU ha individuato circa 310 aree edificabili con versamenti assenti "
     "o insufficienti.",
     "Risultato atteso: controllo di tutte le posizioni e notifica degli avvisi di accertamento prima dei termini "
     "di decadenza.",
     "Settore 2 – Tributi", "rag. Giorgio Cavallero",
     ["a) posizioni controllate", "b) avvisi di accertamento notificati"], ["a) 310", "b) 180"], "31/10/2026"),
    ("OP-06", 2, "Tempestività dei pagamenti ai fornitori",
     "Nel 2025 il tempo medio di pagamento delle fatture commerciali è stato di 38 giorni, oltre il termine di "
     "legge di 30 giorni.",
     "Risultato atteso: liquidazione e pagamento delle fatture entro i termini, con un monitoraggio mensile dei "
     "tempi di ciascun Settore.",
     "Settore 2 – Ragioneria", "Resp. Settore 2",
     ["tempo medio di pagamento delle fatture commerciali"], ["25 giorni"], "31/12/2026"),
    ("OP-07", 2, "Riscossione coattiva dei crediti TARI 2021-2023",
     "Al 31/12/2025 risultano non pagati 1.240 avvisi TARI relativi alle annualità dal 2021 al 2023, per i quali "
     "il sollecito bonario inviato nel 2025 non ha avuto esito.",
     "Risultato atteso: avvio della riscossione coattiva, con ingiunzione di pagamento, per tutte le posizioni non "
     "sanate dopo il sollecito, evitando la prescrizione dei crediti più vecchi.",
     "Settore 2 – Tributi", "Titolare E.Q. Settore 2",
     ["posizioni non sanate con ingiunzione emessa"], ["100%"], "30/09/2026"),
    ("OP-08", 3, "Messa in sicurezza del ponte sul rio Varrone a Pian dei Gelsi",
     "L'ispezione del 2025 ha classificato il ponte in classe di attenzione alta e il transito è oggi vietato ai "
     "mezzi di massa superiore a 3,5 tonnellate, compresi gli scuolabus.",
     "Risultato atteso: consolidamento delle pile e dell'impalcato e riapertura del ponte al traffico pesante "
     "entro l'estate 2027.",
     "Settore 3 – Lavori pubblici", "Resp. Settore 3",
     ["avanzamento dei lavori (stato di avanzamento)"], ["60%"], "15/12/2026"),
    ("OP-09", 3, "Illuminazione pubblica a LED nel capoluogo e a Crestella",
     "Il 58% dei 1.130 punti luce comunali utilizza ancora lampade al sodio ad alta pressione, con consumi e "
     "costi di manutenzione elevati.",
     "Risultato atteso: sostituzione dei corpi illuminanti più energivori e riduzione dei consumi elettrici "
     "dell'impianto.",
     "Settore 3 – Lavori pubblici", "ing. Andrea Molinengo",
     ["a) punti luce sostituiti", "b) riduzione dei consumi rispetto al 2025"], ["a) 420", "b) 30%"],
     "30/09/2026"),
    ("OP-10", 3, "Avvio della tariffa puntuale sui rifiuti",
     "Nel 2025 la raccolta differenziata si è fermata al 63,5%, con risultati molto più bassi nelle frazioni "
     "che nel capoluogo.",
     "Risultato atteso: misurazione dei conferimenti di rifiuto indifferenziato di ogni utenza e simulazione "
     "della tariffa puntuale da applicare dal 2027.",
     "Settore 3 – Ambiente", "Resp. Settore 3",
     ["percentuale di raccolta differenziata"], ["72%"], "31/12/2026"),
    ("OP-11", 3, "Variante parziale al PRGC per il recupero dell'ex filanda Ressia",
     "L'area dell'ex filanda Ressia, di circa 2,3 ettari lungo il rio Varrone, è dismessa dal 2009 e in parte "
     "pericolante.",
     "Risultato atteso: adozione da parte del Consiglio comunale del progetto preliminare di variante, che "
     "destina l'area a servizi e residenza.",
     "Settore 4 – Urbanistica", "Resp. Settore 4",
     ["adozione del progetto preliminare di variante"], ["delibera di adozione"], "30/09/2026"),
    ("OP-12", 3, "SUAP interamente telematico",
     "Nel 2025 il 22% delle pratiche SUAP è ancora arrivato via PEC o su carta, fuori dal portale telematico.",
     "Risultato atteso: tutte le pratiche delle imprese ricevute, istruite e concluse sul portale telematico "
     "del SUAP.",
     "Settore 4 – SUAP", "arch. Chiara Bergadano",
     ["pratiche SUAP gestite sul portale telematico"], ["100%"], "30/06/2026"),
    ("OP-13", 4, "Nuovo regolamento per le prestazioni sociali agevolate",
     "Il regolamento vigente risale al 2012 e non recepisce le soglie ISEE oggi applicate dall'Ambito "
     "territoriale.",
     "Risultato atteso: regolamento unico approvato dal Consiglio comunale e applicato a tutte le domande "
     "presentate dopo l'approvazione.",
     "Settore 5 – Servizi sociali", "dott.ssa Ornella Scarzella",
     ["approvazione del regolamento in Consiglio comunale"], ["approvato"], "31/03/2026"),
    ("OP-14", 4, "Centro estivo comunale per bambini e ragazzi dai 6 ai 14 anni",
     "Nel 2025 il centro estivo organizzato dalla parrocchia ha accolto 70 bambini e 25 domande sono rimaste "
     "senza risposta.",
     "Risultato atteso: centro estivo comunale di dieci settimane, in co-progettazione con gli enti del Terzo "
     "settore, con tariffe legate all'ISEE.",
     "Settore 5 – Istruzione", "Resp. Settore 5",
     ["bambini e ragazzi iscritti"], ["120"], "31/08/2026"),
    ("OP-15", 4, "Biblioteca civica: apertura serale e prestito digitale",
     "La biblioteca civica è aperta 18 ore alla settimana e nel 2025 ha registrato 5.940 prestiti.",
     "Risultato atteso: apertura serale il martedì e il giovedì e prestito di e-book tramite la rete "
     "bibliotecaria provinciale.",
     "Settore 5 – Cultura", "Resp. Settore 5",
     ["a) ore settimanali di apertura", "b) prestiti annui"], ["a) 30 ore", "b) 7.000"], "30/04/2026"),
    ("OP-16", 5, "Sicurezza stradale lungo la SP 27 e davanti alle scuole",
     "Nel 2025 sul tratto urbano della SP 27 si sono verificati 14 incidenti, 5 dei quali con feriti.",
     "Risultato atteso: più controlli della velocità sulla SP 27 e presidio degli ingressi delle scuole negli "
     "orari di entrata e di uscita.",
     "Settore 6 – Polizia Locale", "Comandante P.L.",
     ["a) servizi di controllo della velocità", "b) presidi davanti ai plessi scolastici"],
     ["a) 120", "b) 160"], "31/12/2026"),
    ("OP-17", 5, "Aggiornamento del piano comunale di protezione civile",
     "Il piano vigente è stato approvato nel 2016 e non tiene conto delle nuove mappe di pericolosità idraulica "
     "del rio Varrone.",
     "Risultato atteso: piano aggiornato, approvato dal Consiglio comunale e presentato alla popolazione con "
     "un'esercitazione.",
     "Settore 3 – Protezione civile", "Resp. Settore 3",
     ["a) approvazione del piano aggiornato", "b) esercitazioni con la popolazione"], ["a) approvato", "b) 1"],
     "30/11/2026"),
]

V_GANTT_INTRO = (
    "Per tre obiettivi, che richiedono fasi successive nel corso dell'anno, il cronoprogramma 2026 è riportato "
    "nella tabella seguente; le celle ombreggiate indicano i mesi interessati da ciascuna fase.")
V_GANTT_CAPTION = "Tabella 2 – Cronoprogramma 2026 degli obiettivi OP-08, OP-10 e OP-14"
V_GANTT_HEAD = ["Cod.", "Fase", "Periodo", "gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott",
                "nov", "dic"]
V_GANTT_WIDTHS = [17, 90, 46] + [10] * 12     # 273 mm
# code, fase, periodo, first month, last month (1-12)
V_GANTT = [
    ("OP-08", "Progettazione esecutiva e verifica del progetto", "gennaio – marzo 2026", 1, 3),
    ("OP-08", "Gara e aggiudicazione dei lavori", "aprile – giugno 2026", 4, 6),
    ("OP-08", "Esecuzione dei lavori (primo stralcio)", "luglio – dicembre 2026", 7, 12),
    ("OP-10", "Consegna dei contenitori con microchip alle utenze", "febbraio – aprile 2026", 2, 4),
    ("OP-10", "Misurazione sperimentale dei conferimenti", "maggio – ottobre 2026", 5, 10),
    ("OP-10", "Simulazione della tariffa puntuale", "novembre – dicembre 2026", 11, 12),
    ("OP-14", "Co-progettazione con gli enti del Terzo settore", "febbraio – marzo 2026", 2, 3),
    ("OP-14", "Raccolta delle iscrizioni", "maggio 2026", 5, 5),
    ("OP-14", "Svolgimento del centro estivo", "giugno – agosto 2026", 6, 8),
]

V_RISCHI = [
    "Il Responsabile della prevenzione della corruzione e della trasparenza (RPCT) è il Segretario comunale, dott. "
    "Stefano Rabellino. La mappatura dei processi aggiornata nel 2025 comprende 64 processi, 9 dei quali valutati "
    "a rischio alto: gli affidamenti diretti di lavori e servizi, i titoli edilizi in sanatoria, la concessione "
    "di contributi economici e gli accertamenti tributari. Per il 2026 sono previsti il controllo successivo di "
    "regolarità amministrativa su un campione del 10% delle determinazioni, la rotazione degli operatori "
    "economici negli affidamenti sotto soglia e una formazione specifica per il personale dei Settori 3 e 4.",
    "Sul piano della performance, il rischio principale riguarda gli obiettivi del Settore 3: un ritardo "
    "nell'aggiudicazione dei lavori del ponte di Pian dei Gelsi sposterebbe al 2027 gran parte del cantiere e "
    "renderebbe irraggiungibile il target di avanzamento del 60%. Il Settore 3 dovrà quindi segnalare al "
    "Segretario comunale ogni scostamento dal cronoprogramma entro 15 giorni.",
]

V_ORG_INTRO = (
    "La struttura organizzativa del Comune è articolata in sei Settori, a ciascuno dei quali è preposto un "
    "titolare di incarico di Elevata Qualificazione (E.Q.); l'Ente non ha personale con qualifica dirigenziale. "
    "Il Segretario comunale sovrintende allo svolgimento delle funzioni dei Responsabili e ne coordina "
    "l'attività. La tabella riporta la situazione al 1° gennaio 2026.")
V_ORG_CAPTION = "Tabella 3 – Struttura organizzativa"
V_ORG_HEAD = ["Settore", "Titolare di E.Q.", "Servizi assegnati", "Addetti"]
V_ORG_WIDTHS = [88, 62, 96, 24]               # 270 mm
# settore, titolare, [(servizio, addetti)]
V_ORG = [
    ("Settore 1 – Affari generali e servizi al cittadino", "dott.ssa Silvia Trinchero",
     [("Segreteria, protocollo e archivio", 3), ("Servizi demografici, stato civile ed elettorale", 3),
      ("URP e comunicazione istituzionale", 1)]),
    ("Settore 2 – Finanze, tributi e personale", "rag. Giorgio Cavallero",
     [("Ragioneria ed economato", 2), ("Tributi e riscossione delle entrate", 2),
      ("Gestione giuridica ed economica del personale", 1)]),
    ("Settore 3 – Lavori pubblici, patrimonio e ambiente", "ing. Andrea Molinengo",
     [("Lavori pubblici, manutenzioni e squadra operai", 6), ("Ambiente, ecologia e gestione dei rifiuti", 1),
      ("Protezione civile e illuminazione pubblica", 1)]),
    ("Settore 4 – Urbanistica, edilizia privata e SUAP", "arch. Chiara Bergadano",
     [("Urbanistica ed edilizia privata", 2), ("SUAP, commercio e attività produttive", 1)]),
    ("Settore 5 – Servizi alla persona", "dott.ssa Ornella Scarzella",
     [("Servizi sociali e politiche abitative", 2), ("Istruzione, mensa e trasporto scolastico", 2),
      ("Cultura, biblioteca civica e sport", 2)]),
    ("Settore 6 – Polizia Locale", "comm. Luca Boglione (Comandante)",
     [("Polizia stradale e pronto intervento", 3), ("Polizia amministrativa, edilizia e commerciale", 1)]),
]


def v_staff_total() -> int:
    return sum(n for _s, _t, servs in V_ORG for _x, n in servs)


V_ORG_TOTAL = f"Totale addetti: {v_staff_total()}, oltre al Segretario comunale in convenzione."

V_AGILE = (
    "Nel 2025 hanno svolto la prestazione in modalità agile 7 dipendenti su 33. Dal 2026 il lavoro agile è "
    "consentito fino a 6 giorni al mese per le attività che non richiedono la presenza in sede, sulla base di un "
    "accordo individuale da sottoscrivere entro il 31 marzo 2026; ne sono esclusi il personale della Polizia "
    "Locale in servizio esterno e la squadra operai.")

V_FABBISOGNI = (
    "Il piano triennale dei fabbisogni prevede nel 2026 l'assunzione di 1 istruttore tecnico da assegnare al "
    "Settore 3 entro il 1° giugno 2026 e di 1 agente di Polizia Locale a tempo indeterminato entro il 30 "
    "settembre 2026; nel 2027 è prevista la sostituzione di 1 collaboratore amministrativo del Settore 1 che "
    "cesserà per pensionamento.")


def v_obj(code: str) -> tuple:
    return next(o for o in V_OBJ if o[0] == code)


def v_line_of(code: str) -> str:
    n = v_obj(code)[1]
    return next(h for k, h in V_LINES if k == n)


def build_pdf(stats: dict | None = None) -> bytes:
    """stats (optional) receives layout facts: pages of the objectives table and the split rows."""
    from fpdf import FPDF

    class Doc(FPDF):
        def header(self):
            self.set_font("Helvetica", "", 7.5)
            self.set_xy(12, 7)
            self.cell(0, 4, V_RUNNING)
            self.set_xy(12, 15)

        def footer(self):
            self.set_y(-11)
            self.set_font("Helvetica", "", 7.5)
            self.cell(0, 4, f"Pagina {self.page_no()} di {{nb}}", align="R")

    pdf = Doc(orientation="L", format="A4", unit="mm")
    pdf.core_fonts_encoding = "windows-1252"
    pdf.set_margins(12, 15, 12)
    pdf.set_auto_page_break(True, margin=16)
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_title("PIAO 2026-2028 - Comune di Castelvarrone")
    pdf.set_author("Comune di Castelvarrone - Segreteria generale")
    pdf.set_subject("Piano Integrato di Attivita e Organizzazione 2026-2028")
    pdf.set_creator("Comune di Castelvarrone")
    pdf.set_producer("fresh30 make_plan.py")
    pdf.set_lang("it-IT")
    bottom = 210 - 16          # lowest y a table line may reach
    st = stats if stats is not None else {}
    st["split_rows"] = []
    st["table_pages"] = []

    def height(text, size=9.5, style="", h=4.8):
        pdf.set_font("Helvetica", style, size)
        return pdf.multi_cell(0, h, text, dry_run=True, output="HEIGHT")

    def para(text, size=9.5, style="", h=4.8, after=2.0, align="J", keep=0.0):
        if pdf.get_y() + height(text, size, style, h) + keep > pdf.page_break_trigger:
            pdf.add_page()
        pdf.set_font("Helvetica", style, size)
        pdf.multi_cell(0, h, text, align=align, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(after)

    def h1(text, keep=0.0):
        pdf.ln(1.5)
        para(text, 11.5, "B", 6, 1.5, "L", keep=keep)

    def h2(text, keep=0.0):
        pdf.ln(1)
        para(text, 10.5, "B", 5.5, 1, "L", keep=keep)

    def wrap(w, text, size, style):
        """lines of text in a cell of width w (fpdf2 wraps inside the cell margins)."""
        pdf.set_font("Helvetica", style, size)
        out = []
        for part in text.split("\n"):
            lines = pdf.multi_cell(w, 4, part, dry_run=True, output="LINES")
            # dry-run lines come back already encoded (windows-1252 bytes as latin-1): decode them again
            out += [ln.encode("latin-1").decode("windows-1252").strip() for ln in lines]
        return out

    # ---------------------------------------------------------------- generic ruled table with split rows
    LH, PAD = 4.0, 1.0

    def draw_header(widths, head):
        pdf.set_font("Helvetica", "B", 8)
        pdf.set_fill_color(215, 215, 215)
        x, y = pdf.l_margin, pdf.get_y()
        for w, t in zip(widths, head):
            pdf.set_xy(x, y)
            pdf.cell(w, 6.5, t, border=1, fill=True, align="L")
            x += w
        pdf.set_xy(pdf.l_margin, y + 6.5)

    def draw_chunk(widths, cells, a, b, fills=None):
        """draw lines a..b-1 of every cell (cells: list of list of (text, size, style)) as one ruled band."""
        y0 = pdf.get_y()
        hband = (b - a) * LH + 2 * PAD
        x = pdf.l_margin
        for ci, (w, lines) in enumerate(zip(widths, cells)):
            if fills and fills[ci]:
                pdf.set_fill_color(*fills[ci])
                pdf.rect(x, y0, w, hband, style="DF")
            else:
                pdf.rect(x, y0, w, hband)
            for k, (t, size, style) in enumerate(lines[a:b]):
                pdf.set_font("Helvetica", style, size)
                pdf.set_xy(x, y0 + PAD + k * LH)
                pdf.cell(w, LH, t)
            x += w
        pdf.set_xy(pdf.l_margin, y0 + hband)

    def table_row(widths, head, cells, tag, keep_lines=0):
        n = max(len(c) for c in cells)
        a = 0
        while True:
            avail = int((bottom - pdf.get_y() - 2 * PAD) / LH + 1e-6)
            rest = n - a
            if rest <= avail:
                draw_chunk(widths, cells, a, n)
                return
            # like a Word row that may "break across pages": at least 2 lines stay on the first page
            if avail >= 2 and not keep_lines:
                draw_chunk(widths, cells, a, a + avail)
                if a == 0:
                    st["split_rows"].append((tag, pdf.page_no()))
                a += avail
            pdf.add_page()
            draw_header(widths, head)

    def group_row(widths, head, text, next_lines):
        need = 6 + 2 * PAD + min(next_lines, 2) * LH
        if pdf.get_y() + need > bottom:
            pdf.add_page()
            draw_header(widths, head)
        y0 = pdf.get_y()
        pdf.set_fill_color(238, 238, 238)
        pdf.set_font("Helvetica", "BI", 8.5)
        pdf.cell(sum(widths), 6, text, border=1, fill=True, new_x="LMARGIN", new_y="NEXT")
        pdf.set_xy(pdf.l_margin, y0 + 6)

    def obj_cells(o):
        code, _line, title, motiv, risultato, settore, resp, inds, tgts, scad = o
        w = V_WIDTHS
        obj = [(t, 8.3, "B") for t in wrap(w[1], title, 8.3, "B")]
        obj += [(t, 8, "") for t in wrap(w[1], motiv, 8, "")]
        obj += [(t, 8, "") for t in wrap(w[1], risultato, 8, "")]
        cells = [[(code, 8, "B")], obj]
        for i, txt in ((2, settore), (3, resp), (4, "\n".join(inds)), (5, "\n".join(tgts)), (6, scad)):
            cells.append([(t, 8, "") for t in wrap(w[i], txt, 8, "")])
        return cells

    # ---------------------------------------------------------------- page 1: front matter
    pdf.add_page()
    for text, size, style in V_TITLE:
        pdf.set_font("Helvetica", style, size)
        pdf.multi_cell(0, size * 0.5, text, align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
    pdf.ln(2)
    h1("SEZIONE 1 – SCHEDA ANAGRAFICA DELL'AMMINISTRAZIONE")
    for t in V_ANAGRAFICA:
        para(t)
    h1("SEZIONE 2 – VALORE PUBBLICO, PERFORMANCE E ANTICORRUZIONE")
    h2("2.1 Valore pubblico")
    for t in V_VALORE:
        para(t)
    h2("2.2 Performance – Obiettivi operativi 2026")
    para(V_PERF_INTRO)
    para(V_TABLE_CAPTION, 9, "B", 5, 1, "L", keep=30)
    draw_header(V_WIDTHS, V_HEAD)
    first_page = pdf.page_no()
    for n, line in V_LINES:
        objs = [o for o in V_OBJ if o[1] == n]
        group_row(V_WIDTHS, V_HEAD, line, max(len(c) for c in obj_cells(objs[0])))
        for o in objs:
            table_row(V_WIDTHS, V_HEAD, obj_cells(o), o[0])
    st["table_pages"] = list(range(first_page, pdf.page_no() + 1))
    pdf.ln(4)

    # ---------------------------------------------------------------- Gantt
    para(V_GANTT_INTRO, keep=60)
    para(V_GANTT_CAPTION, 9, "B", 5, 1, "L", keep=50)
    draw_header(V_GANTT_WIDTHS, V_GANTT_HEAD)
    for code, fase, periodo, m1, m2 in V_GANTT:
        cells = [[(code, 8, "B")], [(t, 8, "") for t in wrap(V_GANTT_WIDTHS[1], fase, 8, "")],
                 [(t, 8, "") for t in wrap(V_GANTT_WIDTHS[2], periodo, 8, "")]] + [[] for _ in range(12)]
        fills = [None, None, None] + [(150, 150, 150) if m1 <= m <= m2 else None for m in range(1, 13)]
        if pdf.get_y() + LH + 2 * PAD > bottom:
            pdf.add_page()
            draw_header(V_GANTT_WIDTHS, V_GANTT_HEAD)
        draw_chunk(V_GANTT_WIDTHS, cells, 0, max(len(c) for c in cells), fills)
    pdf.ln(4)

    # ---------------------------------------------------------------- 2.3 rischi
    h2("2.3 Rischi corruttivi e trasparenza", keep=25)
    for t in V_RISCHI:
        para(t)

    # ---------------------------------------------------------------- Sezione 3
    org_h = 6.5 + sum(len(s) for _a, _b, s in V_ORG) * (LH + 2 * PAD) + 30
    if pdf.get_y() + org_h + 30 > bottom:
        pdf.add_page()
    h1("SEZIONE 3 – ORGANIZZAZIONE E CAPITALE UMANO")
    h2("3.1 Struttura organizzativa")
    para(V_ORG_INTRO)
    para(V_ORG_CAPTION, 9, "B", 5, 1, "L", keep=org_h - 30)
    draw_header(V_ORG_WIDTHS, V_ORG_HEAD)
    for settore, titolare, servs in V_ORG:
        y0 = pdf.get_y()
        rowh = LH + 2 * PAD
        total_h = rowh * len(servs)
        x = pdf.l_margin
        # merged-looking Settore and Titolare cells: one rectangle over all the service rows
        for w, txt, style in ((V_ORG_WIDTHS[0], settore, "B"), (V_ORG_WIDTHS[1], titolare, "")):
            pdf.rect(x, y0, w, total_h)
            for k, t in enumerate(wrap(w, txt, 8.3, style)):
                pdf.set_font("Helvetica", style, 8.3)
                pdf.set_xy(x, y0 + PAD + k * LH)
                pdf.cell(w, LH, t)
            x += w
        for i, (serv, n) in enumerate(servs):
            yy = y0 + i * rowh
            xx = x
            for w, txt, al in ((V_ORG_WIDTHS[2], serv, "L"), (V_ORG_WIDTHS[3], str(n), "C")):
                pdf.rect(xx, yy, w, rowh)
                pdf.set_font("Helvetica", "", 8.3)
                pdf.set_xy(xx, yy + PAD)
                pdf.cell(w, LH, txt, align=al)
                xx += w
        pdf.set_xy(pdf.l_margin, y0 + total_h)
    pdf.ln(2)
    para(V_ORG_TOTAL)
    h2("3.2 Organizzazione del lavoro agile", keep=15)
    para(V_AGILE)
    h2("3.3 Piano triennale dei fabbisogni di personale", keep=15)
    para(V_FABBISOGNI)
    st["pages"] = pdf.page_no()
    return bytes(pdf.output())


# =============================================================================================================
# 2. Comune di Poggiolmo (DOCX)
# =============================================================================================================
G_TITLE = [("COMUNE DI POGGIOLMO", "Title"), ("Provincia di Siena", None),
           ("Piano Integrato di Attività e Organizzazione 2026-2028", "Subtitle"),
           ("Allegato alla deliberazione della Giunta comunale n. 11 del 3 febbraio 2026", None)]

G_ANAGRAFICA = [
    "Il Comune di Poggiolmo conta 4.318 abitanti al 31 dicembre 2025 e si estende per 61,2 kmq tra le colline "
    "argillose a sud di Siena. Oltre al capoluogo comprende le frazioni di Ripalta d'Olmo e Valcupa.",
    "La Sindaca è Lucia Pianigiani, eletta nel giugno 2024. Il Segretario comunale è la dott.ssa Teresa "
    "Buonamici, che svolge anche le funzioni di Responsabile della prevenzione della corruzione e della "
    "trasparenza.",
]

G_VALORE = [
    "Il valore pubblico atteso nel triennio riguarda la semplicità dei servizi, la cura del territorio e il "
    "sostegno alle persone più fragili. Nel 2025 il 27% dei certificati anagrafici è stato scaricato on line, la "
    "raccolta differenziata si è attestata al 61,8% e il tempo medio di pagamento delle fatture è stato di 34 "
    "giorni. Gli obiettivi operativi che seguono indicano come l'Ente intende migliorare questi valori già nel "
    "2026.",
]

G_PERF_INTRO = (
    "Gli obiettivi operativi 2026 sono 14, articolati in cinque aree strategiche. Per ciascun obiettivo l'elenco "
    "che segue indica, di norma, il responsabile e la struttura competente, il risultato atteso, gli indicatori "
    "con i relativi target, i tempi di realizzazione e i soggetti coinvolti. Quando è indicato soltanto l'ufficio, "
    "il responsabile si ricava dall'organigramma della sottosezione 3.1.")

G_AREAS = [
    (1, "Area strategica 1 – Un Comune aperto, digitale ed efficiente"),
    (2, "Area strategica 2 – Conti in ordine ed equità fiscale"),
    (3, "Area strategica 3 – Territorio, ambiente e opere pubbliche"),
    (4, "Area strategica 4 – Persone, scuola e comunità"),
    (5, "Area strategica 5 – Sicurezza e sviluppo locale"),
]

# code, title, [(label or "", text)]  -- label "" = an unlabelled sentence among the sub-items
G_OBJ = [
    ("1.1", "Amministrazione trasparente sempre aggiornata", [
        ("Responsabile", "dott.ssa Teresa Buonamici, Segretario comunale e RPCT"),
        ("Struttura", "Ufficio Segreteria e Contratti"),
        ("Risultato atteso", "tutte le sottosezioni di Amministrazione trasparente complete e aggiornate, con "
                             "attestazione positiva del Nucleo di valutazione"),
        ("Indicatore", "obblighi di pubblicazione aggiornati – target 100%"),
        ("Tempi", "primo monitoraggio interno entro il 30 giugno 2026; attestazione del Nucleo di valutazione "
                  "entro il 30 novembre 2026"),
        ("Soggetti coinvolti", "Nucleo di valutazione, referenti per la trasparenza delle Aree"),
    ]),
    ("1.2", "Certificati on line e appuntamenti per la carta d'identità elettronica", [
        ("Referente", "Responsabile dell'Ufficio Servizi demografici"),
        ("Finalità", "nel 2025 solo il 27% dei certificati è stato scaricato dal portale e l'attesa per la CIE è "
                     "arrivata a 35 giorni"),
        ("Output atteso", "certificati anagrafici disponibili on line e attesa per la CIE non superiore a 10 "
                          "giorni"),
        ("Indicatore di risultato", "certificati scaricati on line sul totale (target: 55%)"),
        ("Tempistica", "configurazione dei servizi sul portale da febbraio ad aprile 2026; agenda on line per la "
                       "CIE attiva dal 4 maggio 2026; verifica finale al 31 dicembre 2026"),
        ("Destinatari", "cittadini residenti, cittadini iscritti all'AIRE"),
    ]),
    ("1.3", "Piano della formazione e competenze digitali", [
        ("Ufficio competente", "Ufficio Personale e Organizzazione"),
        ("Risultato atteso", "almeno 20 ore di formazione per ogni dipendente, con priorità al Codice dei "
                             "contratti pubblici e alle competenze digitali della piattaforma Syllabus"),
        ("Indicatore", "ore medie di formazione per dipendente – target 20 ore"),
        ("Tempi", "approvazione del piano formativo entro il 31 marzo 2026; completamento dei corsi entro il 15 "
                  "dicembre 2026"),
    ]),
    ("2.1", "Pagamenti puntuali ai fornitori", [
        ("Struttura", "Ufficio Ragioneria ed Economato"),
        ("", "Nel 2025 il tempo medio di pagamento delle fatture commerciali è stato di 34 giorni: l'obiettivo è "
             "riportarlo a 27 giorni entro il 31 dicembre 2026, con un controllo mensile delle fatture in "
             "scadenza."),
        ("Indicatori", "tempo medio di pagamento – target 27 giorni; indicatore annuale di tempestività dei "
                       "pagamenti – target negativo"),
        ("Soggetti coinvolti", "Responsabili delle Aree, imprese fornitrici"),
    ]),
    ("2.2", "Recupero dell'evasione IMU e TARI", [
        ("Responsabile dell'obiettivo", "rag. Monica Salvadori"),
        ("Ufficio", "Tributi"),
        ("Risultato atteso", "verifica di 400 posizioni contributive e notifica degli avvisi di accertamento "
                             "prima dei termini di decadenza"),
        ("Indicatore", "avvisi di accertamento notificati – target 220"),
        ("Tempi", "incrocio delle banche dati catastali e TARI entro aprile 2026; sopralluoghi da maggio a "
                  "luglio 2026; notifica degli avvisi entro il 30 novembre 2026"),
        ("Soggetti coinvolti", "Ufficio Urbanistica ed Edilizia privata, Polizia Municipale"),
        ("Personale assegnato", "Lenzi Marta, Pacini Filippo"),
    ]),
    ("3.1", "Illuminazione pubblica a LED nel capoluogo", [
        ("Responsabile", "geom. Simone Bartalucci"),
        ("Struttura", "Ufficio Lavori pubblici e Manutenzioni"),
        ("Risultato atteso", "310 punti luce sostituiti con apparecchi a LED e consumi elettrici ridotti del 35% "
                             "rispetto al 2025"),
        ("Indicatore", "punti luce sostituiti – target 310"),
        ("Indicatore", "riduzione dei consumi elettrici dell'impianto – target 35%"),
        ("Tempi", "aggiudicazione dei lavori entro marzo 2026; posa dei nuovi apparecchi da maggio a ottobre "
                  "2026"),
    ]),
    ("3.2", "Raccolta porta a porta nella frazione di Valcupa", [
        ("Responsabile", "Responsabile Ufficio Ambiente e Protezione civile"),
        ("Motivazione", "nel 2025 la differenziata comunale si è fermata al 61,8% e a Valcupa restano i "
                        "cassonetti stradali"),
        ("Risultato atteso", "raccolta differenziata comunale al 70% su base annua"),
        ("Indicatore", "percentuale di raccolta differenziata – target 70%"),
        ("Tempi", "consegna dei kit alle famiglie nel marzo 2026; avvio del porta a porta a Valcupa dal 1° "
                  "aprile 2026; verifica del risultato al 31 dicembre 2026"),
        ("Collaborano", "EcoVal d'Olmo S.p.A., Pro Loco di Valcupa, scuole del territorio"),
    ]),
    ("3.3", "Variante al Piano Operativo per l'area produttiva di Ripalta d'Olmo", [
        ("Struttura", "Ufficio Urbanistica ed Edilizia privata"),
        ("", "Il procedimento è curato dall'arch. Elena Ciampolini, che porterà la variante in Consiglio "
             "comunale per l'adozione entro il 31 ottobre 2026."),
        ("Valore atteso", "nuove superfici per l'ampliamento delle imprese già insediate, senza consumo di nuovo "
                          "suolo agricolo"),
        ("Indicatore", "variante adottata dal Consiglio comunale – target entro il 31 ottobre 2026"),
        ("Soggetti coinvolti", "Regione Toscana, Soprintendenza Archeologia Belle Arti e Paesaggio, associazioni "
                               "di categoria"),
    ]),
    ("3.4", "Adeguamento antincendio della scuola primaria di Ripalta d'Olmo", [
        ("Responsabile", "Resp. Ufficio Lavori pubblici e Manutenzioni"),
        ("Risultato atteso", "scuola primaria conforme alla normativa antincendio prima dell'avvio dell'anno "
                             "scolastico 2026/2027"),
        ("Indicatore", "lavori eseguiti sul totale previsto – target 100%"),
        ("Tempi", "lavori da giugno ad agosto 2026, durante la chiusura estiva; presentazione della SCIA "
                  "antincendio entro il 31 agosto 2026"),
        ("Soggetti coinvolti", "Istituto comprensivo, Comando provinciale dei Vigili del fuoco di Siena"),
    ]),
    ("4.1", "Centro estivo comunale per bambini e ragazzi", [
        ("Struttura", "Ufficio Scuola, Trasporti e Mensa"),
        ("Risultato atteso", "centro estivo di otto settimane con almeno 90 iscritti e tariffe agevolate in base "
                             "all'ISEE"),
        ("Indicatore", "bambini e ragazzi iscritti – target 90"),
        ("Tempi", "raccolta delle iscrizioni dal 4 al 29 maggio 2026; attività dal 15 giugno al 7 agosto 2026"),
        ("Destinatari", "famiglie con figli tra 6 e 13 anni"),
        ("Soggetti coinvolti", "cooperativa sociale affidataria, parrocchia di Poggiolmo"),
    ]),
    ("4.2", "Biblioteca comunale: orario ampliato e gruppi di lettura", [
        ("Responsabile", "dott.ssa Sara Fabbrucci"),
        ("Servizio", "Cultura, Biblioteca e Turismo"),
        ("Risultato atteso", "biblioteca aperta 28 ore settimanali, compreso il sabato pomeriggio, e tre gruppi "
                             "di lettura attivi"),
        ("Indicatori", "ore settimanali di apertura – target 28 ore; nuovi iscritti al prestito – target 150"),
        ("Tempi", "nuovo orario in vigore dal 1° marzo 2026; avvio dei gruppi di lettura da ottobre 2026"),
        ("Collaborano", "associazione Amici della Biblioteca, istituto comprensivo"),
    ]),
    ("4.3", "Assistenza domiciliare e sportello per la non autosufficienza", [
        ("Referente", "Responsabile dei Servizi sociali"),
        ("Risultato atteso", "lista d'attesa azzerata e almeno 40 anziani seguiti a domicilio"),
        ("Indicatore", "anziani assistiti a domicilio – target 40"),
        ("Tempi", "apertura dello sportello dal 3 marzo 2026; approvazione della nuova graduatoria entro il 30 "
                  "aprile 2026; verifica finale al 31 dicembre 2026"),
        ("Soggetti coinvolti", "Consorzio sociale delle Crete d'Olmo, Misericordia di Poggiolmo"),
    ]),
    ("5.1", "SUAP digitale e nuovo regolamento del mercato settimanale", [
        ("Ufficio competente", "Sportello Unico Attività Produttive (SUAP)"),
        ("Risultato atteso", "tutte le pratiche SUAP presentate e istruite sul portale telematico e nuovo "
                             "regolamento del mercato del venerdì"),
        ("Indicatore", "pratiche SUAP presentate sul portale – target 100%"),
        ("", "Il nuovo regolamento del mercato sarà portato all'approvazione del Consiglio comunale entro il 30 "
             "settembre 2026."),
        ("Soggetti coinvolti", "associazioni di categoria del commercio, ambulanti titolari di posteggio"),
    ]),
    ("5.2", "Velocità e sicurezza davanti alle scuole", [
        ("Responsabile", "Comandante del Servizio associato di Polizia Municipale"),
        ("Risultato atteso", "meno incidenti lungo la circonvallazione di Ripalta d'Olmo e presidio quotidiano "
                             "degli ingressi scolastici"),
        ("Indicatore", "servizi di controllo della velocità – target 80"),
        ("Tempi", "servizi di controllo da gennaio a dicembre 2026; rendicontazione alla Giunta ogni trimestre"),
        ("Soggetti coinvolti", "Unione dei Comuni delle Crete d'Olmo, istituto comprensivo"),
    ]),
]

G_RISCHI = [
    "La Responsabile della prevenzione della corruzione e della trasparenza è il Segretario comunale, dott.ssa "
    "Teresa Buonamici. Nel 2025 sono stati mappati 41 processi, 7 dei quali classificati a rischio alto. Nel 2026 "
    "il controllo successivo di regolarità amministrativa riguarderà il 12% delle determinazioni; le misure sulla "
    "trasparenza sono descritte nell'obiettivo operativo 1.1.",
]

G_ORG_INTRO = [
    "L'organizzazione del Comune di Poggiolmo è articolata in quattro Aree – Amministrativa, Economico-finanziaria, "
    "Tecnica e Servizi alla persona – alle quali sono assegnati 31 dipendenti. Gli uffici sono affidati a cinque "
    "titolari di incarico di Elevata Qualificazione; l'Area Tecnica ha due titolari, uno per i lavori pubblici e "
    "l'ambiente e uno per l'urbanistica e le attività produttive.",
    "Dal 1° novembre 2025, dopo il trasferimento per mobilità della responsabile, l'Ufficio Personale e "
    "Organizzazione è retto ad interim dal Segretario comunale. Le funzioni di polizia municipale sono "
    "esercitate in forma associata dall'Unione dei Comuni delle Crete d'Olmo. Gli uffici e i rispettivi "
    "responsabili sono riportati nella tabella seguente.",
]
G_ORG_HEAD = ["Ufficio", "Responsabile"]
G_ORG = [
    ("Ufficio Segreteria e Contratti", "dott. Gabriele Nencioni"),
    ("Ufficio Servizi demografici e Stato civile", "dott. Gabriele Nencioni"),
    ("Ufficio Protocollo e URP", "dott. Gabriele Nencioni"),
    ("Ufficio Personale e Organizzazione", "dott.ssa Teresa Buonamici, Segretario comunale (ad interim)"),
    ("Ufficio Ragioneria ed Economato", "rag. Monica Salvadori"),
    ("Ufficio Tributi ed Entrate patrimoniali", "rag. Monica Salvadori"),
    ("Ufficio Lavori pubblici e Manutenzioni", "geom. Simone Bartalucci"),
    ("Ufficio Ambiente e Protezione civile", "geom. Simone Bartalucci"),
    ("Ufficio Urbanistica ed Edilizia privata", "arch. Elena Ciampolini"),
    ("Sportello Unico Attività Produttive (SUAP)", "arch. Elena Ciampolini"),
    ("Ufficio Servizi sociali e Casa", "dott.ssa Sara Fabbrucci"),
    ("Ufficio Scuola, Trasporti e Mensa", "dott.ssa Sara Fabbrucci"),
    ("Ufficio Cultura, Biblioteca e Turismo", "dott.ssa Sara Fabbrucci"),
    ("Polizia Municipale (servizio associato)", "Comandante del Servizio associato dell'Unione dei Comuni delle "
                                                "Crete d'Olmo"),
]

G_AGILE = (
    "Nel 2025 hanno lavorato in modalità agile 6 dipendenti su 31. Dal 2026 il lavoro agile è consentito fino a 8 "
    "giorni al mese, previo accordo individuale da sottoscrivere entro il 28 febbraio 2026; sono esclusi i servizi "
    "di sportello al pubblico nei giorni di apertura e il personale operaio.")

G_FORMAZIONE = (
    "Gli obiettivi di formazione per il 2026 sono indicati nell'obiettivo operativo 1.3. La formazione obbligatoria "
    "in materia di anticorruzione dovrà essere completata da tutti i dipendenti entro il 30 novembre 2026.")

G_FABBISOGNI = (
    "Nel 2026 è prevista l'assunzione di 1 istruttore direttivo amministrativo da assegnare all'Ufficio Personale "
    "e Organizzazione entro il 1° settembre 2026, che porrà termine all'incarico ad interim del Segretario "
    "comunale, e di 1 operaio specializzato per l'Ufficio Lavori pubblici e Manutenzioni.")


def g_obj(code: str) -> tuple:
    return next(o for o in G_OBJ if o[0] == code)


def g_area_of(code: str) -> str:
    n = int(code.split(".")[0])
    return next(h for k, h in G_AREAS if k == n)


def g_title_line(code: str) -> str:
    return f"{code} {g_obj(code)[1]}"


def g_item_text(label: str, text: str) -> str:
    return f"{label}: {text}" if label else text


def build_docx() -> bytes:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    d = docx.Document()
    cp = d.core_properties
    cp.author = "Comune di Poggiolmo – Segreteria"
    cp.last_modified_by = "Comune di Poggiolmo"
    cp.title = "PIAO 2026-2028 – Comune di Poggiolmo"
    cp.subject = "Piano Integrato di Attività e Organizzazione 2026-2028"
    cp.created = FIXED_DATE.replace(tzinfo=None)
    cp.modified = FIXED_DATE.replace(tzinfo=None)
    cp.revision = 4
    cp.keywords = "PIAO; performance; obiettivi operativi; organigramma"
    cp.comments = ""
    cp.category = ""
    cp.language = "it-IT"

    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Comune di Poggiolmo – PIAO 2026-2028"
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(11)

    def para(text: str, justify: bool = True):
        p = d.add_paragraph(text)
        if justify:
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        return p

    for text, style in G_TITLE:
        p = d.add_paragraph(text, style=style) if style else d.add_paragraph(text)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_heading("Sezione 1 – Scheda anagrafica dell'amministrazione", level=1)
    for t in G_ANAGRAFICA:
        para(t)
    d.add_heading("Sezione 2 – Valore pubblico, performance e anticorruzione", level=1)
    d.add_heading("2.1 Valore pubblico", level=2)
    for t in G_VALORE:
        para(t)
    d.add_heading("2.2 Performance – Obiettivi operativi 2026", level=2)
    para(G_PERF_INTRO)
    for n, area in G_AREAS:
        d.add_heading(area, level=3)
        for code, title, items in G_OBJ:
            if int(code.split(".")[0]) != n:
                continue
            p = d.add_paragraph(style="List Paragraph")
            p.paragraph_format.space_before = Pt(6)
            p.add_run(f"{code} {title}").bold = True
            for label, text in items:
                if label:
                    q = d.add_paragraph(style="List Bullet 2")
                    q.add_run(f"{label}:").bold = True
                    q.add_run(f" {text}")
                else:
                    q = d.add_paragraph(text)
                    q.paragraph_format.left_indent = Cm(1.9)
                    q.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    d.add_heading("2.3 Rischi corruttivi e trasparenza", level=2)
    for t in G_RISCHI:
        para(t)
    d.add_heading("Sezione 3 – Organizzazione e capitale umano", level=1)
    d.add_heading("3.1 Struttura organizzativa", level=2)
    for t in G_ORG_INTRO:
        para(t)
    table = d.add_table(rows=1, cols=2)
    table.style = "Table Grid"
    for cell, h in zip(table.rows[0].cells, G_ORG_HEAD):
        cell.text = ""
        cell.paragraphs[0].add_run(h).bold = True
    for uff, resp in G_ORG:
        cells = table.add_row().cells
        cells[0].text = uff
        cells[1].text = resp
    d.add_heading("3.2 Organizzazione del lavoro agile", level=2)
    para(G_AGILE)
    d.add_heading("3.3 Formazione del personale", level=2)
    para(G_FORMAZIONE)
    d.add_heading("3.4 Piano triennale dei fabbisogni di personale", level=2)
    para(G_FABBISOGNI)

    raw = io.BytesIO()
    d.save(raw)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(raw.getvalue())) as zin, \
            zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))
    return out.getvalue()


def build(stats: dict | None = None) -> dict[str, bytes]:
    return {PDF_NAME: build_pdf(stats), DOCX_NAME: build_docx()}


def main(argv: list[str]) -> None:
    out = Path(argv[1]) if len(argv) > 1 else DOCS
    out.mkdir(parents=True, exist_ok=True)
    st: dict = {}
    for name, data in build(st).items():
        (out / name).write_bytes(data)
        print(f"wrote {out / name} ({len(data)} bytes)")
    print(f"pdf: {st['pages']} pages; objectives table on pages {st['table_pages']}; split rows {st['split_rows']}")


if __name__ == "__main__":
    import sys
    main(sys.argv)
