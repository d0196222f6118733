"""Write docs/castelmaurano_piao-2025-2027.pdf: the PIAO 2025-2027 of the FICTIONAL Comune di Castelmaurano
(Provincia di Isernia, Molise), laid out like a PDF that a small comune exports from Word:

* pages 1-2 (A4 portrait), prose: title block, anagrafica with figures (abitanti, kmq, dipendenti, spesa
  corrente), organi di governo, 2.1 Valore pubblico with the three DUP strategic lines;
* Sezione 2.2 (A4 landscape, 4 pages): the operational objectives as a TRANSPOSED ruled table, one COLUMN per
  objective (3, 2, 3, 2 objectives per page), field labels down the first (shaded) column. The labels change
  from page to page (synonyms: "Settore responsabile" / "Struttura competente" / "Settore" / "Unità
  organizzativa", "Responsabile" / "Referente" / ...). The "Responsabile" cell names a person for some
  objectives and only a role for others ("Responsabile del Settore I", "Comandante della Polizia locale",
  ...), so who-questions need the org chart;
* Sezione 2.3 (portrait): prose + a ruled risk table Processo | Livello di rischio | Misura | Responsabile,
  and a short trasparenza paragraph;
* Sezione 3.1 (portrait): the org chart as lines "Settore X – name ....... Responsabile: title Name Surname"
  (dotted leaders), each followed by an "Uffici: ..." line. Settore I is held "ad interim" by the Segretario
  comunale (named only in prose); arch. Colasurdo heads Settori III and IV.

Every text line is drawn with its own text operator at an absolute position (cell by cell, line by line).
Deterministic: no randomness, fixed creation date.  Needs fpdf2 (in /work/main/.venv).
All people, places and figures are invented.

Usage: /work/main/.venv/bin/python benchmarks/fresh20/make_plan.py
"""
from __future__ import annotations

import datetime
from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).resolve().parent
NAME = "castelmaurano_piao-2025-2027.pdf"
OUT = HERE / "docs" / NAME

MARGIN = 14.0
BODY_TOP = 22.0
PAD = 1.3
PT = 25.4 / 72.0
RUNNING = "Comune di Castelmaurano (IS) – Piano Integrato di Attività e Organizzazione 2025-2027"

# ------------------------------------------------------------------------------------------------
# content: front part
# ------------------------------------------------------------------------------------------------

TITLE = ["COMUNE DI CASTELMAURANO", "Provincia di Isernia", "",
         "PIANO INTEGRATO DI ATTIVITÀ E ORGANIZZAZIONE", "P.I.A.O. 2025 – 2027",
         "(art. 6 D.L. 9 giugno 2021, n. 80, convertito dalla L. 6 agosto 2021, n. 113)"]
APPROVAL = "Approvato con deliberazione della Giunta comunale n. 14 del 30/01/2025"

INTRO = [
    "Il presente Piano Integrato di Attività e Organizzazione (PIAO) copre il triennio 2025-2027 e riunisce "
    "in un unico documento la programmazione della performance, della prevenzione della corruzione e "
    "della trasparenza, dell'organizzazione e del fabbisogno di personale. Gli obiettivi operativi sono "
    "assegnati per le annualità 2025 e 2026; per il 2027 saranno definiti con l'aggiornamento annuale del Piano.",
    "Il Comune di Castelmaurano conta 3.184 abitanti al 31/12/2024 e si estende su una superficie di "
    "58,3 kmq, con il capoluogo e le frazioni di Fonte del Faggio e Colle Tasso. La popolazione con più di "
    "65 anni rappresenta il 27,8% dei residenti.",
    "Alla data di approvazione del Piano i dipendenti a tempo indeterminato sono 24, di cui 4 titolari di "
    "incarico di Elevata Qualificazione (E.Q.). Il Segretario comunale presta servizio in convenzione con "
    "altri due comuni e non è compreso nel numero dei dipendenti. Il bilancio di previsione 2025 prevede "
    "spese correnti per € 3.412.700 e spese in conto capitale per € 1.268.000.",
]
GIUNTA = (
    "La Giunta comunale è composta dal Sindaco Antonio Cefaratti, dal Vicesindaco Giuseppina Ziccardi "
    "(bilancio, tributi e personale) e dall'assessore Michele Iacobucci (lavori pubblici, ambiente e "
    "frazioni). Il Consiglio comunale è composto da 10 consiglieri oltre al Sindaco."
)
SEGRETARIO = (
    "Le funzioni di Segretario comunale sono svolte dalla dott.ssa Marilena Cianciullo, che è anche "
    "Responsabile della prevenzione della corruzione e della trasparenza (RPCT) e coordina la conferenza "
    "dei Responsabili di Settore."
)
VALORE = (
    "Il Documento Unico di Programmazione (DUP) 2025-2027 articola il mandato in tre linee strategiche, alle "
    "quali sono collegati gli obiettivi operativi della sottosezione 2.2:"
)
DUP_LINES = [
    "1 – Un Comune efficiente, digitale e trasparente",
    "2 – Territorio sicuro e sostenibile",
    "3 – Comunità inclusiva e solidale",
]
VALORE_END = (
    "Il valore pubblico atteso si misura nella riduzione dei tempi di risposta ai cittadini, nella cura "
    "delle strade e dell'ambiente delle frazioni e nel sostegno agli anziani e alle famiglie con figli."
)
PERF_INTRO = (
    "Le schede che seguono riportano, per ciascun obiettivo operativo, un obiettivo per colonna: codice, "
    "collegamento con il DUP, struttura e responsabile, motivazione, risultato atteso, indicatore con i "
    "valori attesi 2025 e 2026, fasi, portatori di interesse e personale coinvolto."
)

# ------------------------------------------------------------------------------------------------
# content: objectives (one dict per objective; keys are the canonical field names)
# ------------------------------------------------------------------------------------------------

FIELDS = ["codice", "obiettivo", "dup", "settore", "responsabile", "descrizione", "risultato", "indicatore",
          "t2025", "t2026", "fasi", "stakeholder", "personale"]

# label synonyms, one list per objectives page (the first column of the transposed table)
LABELS = [
    ["Codice", "Obiettivo", "Obiettivo strategico DUP", "Settore responsabile", "Responsabile",
     "Descrizione / motivazione", "Risultato atteso", "Indicatore", "Target 2025", "Target 2026",
     "Fasi e scadenze", "Stakeholder", "Personale coinvolto"],
    ["Cod. obiettivo", "Titolo dell'obiettivo", "Linea strategica DUP", "Struttura competente", "Referente",
     "Finalità", "Valore atteso", "Indicatore di risultato", "Valore obiettivo 2025", "Valore obiettivo 2026",
     "Cronoprogramma", "Portatori di interesse", "Dipendenti assegnati"],
    ["N. obiettivo", "Obiettivo operativo", "Obiettivo strategico (DUP)", "Settore",
     "Responsabile del risultato", "Motivazione", "Output atteso", "Indicatore di performance", "Atteso 2025",
     "Atteso 2026", "Fasi / tempi", "Stakeholder", "Personale"],
    ["Codice", "Denominazione", "Rif. DUP", "Unità organizzativa", "Titolare E.Q.",
     "Descrizione", "Risultato atteso", "Misura / indicatore", "Target anno 2025", "Target anno 2026",
     "Fasi e scadenze", "Destinatari / stakeholder", "Risorse umane"],
]
PAGES = [3, 2, 3, 2]          # objectives per landscape page

S1 = "Settore I – Affari generali, segreteria e servizi demografici"
S2 = "Settore II – Servizi finanziari e tributi"
S3 = "Settore III – Lavori pubblici, manutenzioni e patrimonio"
S4 = "Settore IV – Urbanistica, edilizia privata e ambiente"
S5 = "Settore V – Servizi sociali, istruzione e cultura"
S6 = "Settore VI – Polizia locale"

OBJECTIVES = [
    dict(codice="OB.01", obiettivo="Anagrafe digitale: certificati on line e CIE su appuntamento",
         dup=DUP_LINES[0], settore=S1, responsabile="Responsabile del Settore I",
         descrizione="Lo sportello anagrafe è aperto tre mattine a settimana e per la carta d'identità "
                     "elettronica si attende oltre un mese. Si vogliono portare on line i certificati tramite "
                     "ANPR e introdurre l'agenda digitale per gli appuntamenti CIE.",
         risultato="Certificati ottenuti senza recarsi in Comune e tempi di attesa per la CIE dimezzati.",
         indicatore="Tempo medio di attesa per l'appuntamento CIE (giorni)",
         t2025="max 20 giorni", t2026="max 10 giorni",
         fasi=["1) Attivazione dell'agenda CIE on line – entro 31/03/2025",
               "2) Formazione degli operatori di sportello – entro 30/04/2025",
               "3) Giornate informative nelle frazioni – entro 30/06/2025"],
         stakeholder="Cittadini residenti, iscritti AIRE, Ministero dell'Interno",
         personale="DI NUCCI Maria (istruttore amministrativo); MANOCCHIO Luca (operatore)"),
    dict(codice="OB.02", obiettivo="Recupero dell'evasione IMU",
         dup=DUP_LINES[0], settore=S2, responsabile="rag. Ermanno Fardone",
         descrizione="Il gettito IMU riscosso negli ultimi esercizi è inferiore alle previsioni. Con l'incrocio "
                     "delle banche dati catastali e delle utenze si individuano gli immobili non dichiarati "
                     "o dichiarati in modo parziale.",
         risultato="Maggiore equità fiscale tra i contribuenti e maggiori entrate da recupero evasione.",
         indicatore="Importo accertato da recupero evasione IMU",
         t2025="€ 45.000", t2026="€ 60.000",
         fasi=["1) Bonifica della banca dati IMU – entro 30/04/2025",
               "2) Emissione degli avvisi di accertamento anni 2020 e 2021 – entro 30/09/2025",
               "3) Contraddittorio e rateizzazioni – entro 15/12/2025"],
         stakeholder="Contribuenti, CAF e commercialisti del territorio",
         personale="CAROSELLA Ida (istruttore contabile); ZAMPINI Sergio (istruttore amministrativo)"),
    dict(codice="OB.03", obiettivo="Manutenzione programmata delle strade comunali",
         dup=DUP_LINES[1], settore=S3, responsabile="Titolare di E.Q. del Settore III",
         descrizione="Le strade verso Fonte del Faggio e Colle Tasso presentano buche e cedimenti dopo le "
                     "piogge invernali. Si passa dagli interventi a chiamata a un piano annuale di "
                     "manutenzione programmata.",
         risultato="Meno segnalazioni di dissesto e meno richieste di risarcimento danni.",
         indicatore="Km di strade comunali con manutenzione ordinaria eseguita",
         t2025="8 km", t2026="12 km",
         fasi=["1) Censimento dello stato delle strade – entro 28/02/2025",
               "2) Affidamento dell'accordo quadro per le manutenzioni – entro 31/05/2025",
               "3) Esecuzione degli interventi prioritari – entro 31/10/2025"],
         stakeholder="Residenti delle frazioni, aziende agricole, Provincia di Isernia",
         personale="TEDESCHINI Rocco (istruttore tecnico); PISTILLI Marco (operaio specializzato)"),
    dict(codice="OB.04", obiettivo="Sportello Unico per l'Edilizia interamente telematico",
         dup=DUP_LINES[0], settore=S4, responsabile="arch. Fabrizio Colasurdo",
         descrizione="Una parte delle pratiche edilizie arriva ancora su carta e va riprotocollata a mano. Il "
                     "portale SUE consente la presentazione e il pagamento dei diritti di segreteria on line.",
         risultato="Tutte le SCIA, CILA e domande di permesso di costruire presentate attraverso il portale.",
         indicatore="% di pratiche edilizie presentate in via telematica",
         t2025="80%", t2026="100%",
         fasi=["1) Configurazione della modulistica sul portale – entro 31/03/2025",
               "2) Incontri con i tecnici e gli ordini professionali – entro 30/05/2025",
               "3) Chiusura del canale cartaceo – dal 01/01/2026"],
         stakeholder="Tecnici professionisti, imprese edili, Ordine degli Architetti della provincia",
         personale="LOMMANO Sara (istruttore tecnico)"),
    dict(codice="OB.05", obiettivo="Più raccolta differenziata nelle frazioni",
         dup=DUP_LINES[1], settore=S4, responsabile="Responsabile del Settore IV",
         descrizione="Nel 2024 la raccolta differenziata si è fermata al 55,4%, con punte negative nelle "
                     "frazioni dove manca il servizio porta a porta. L'obiettivo estende il porta a porta a "
                     "Fonte del Faggio e Colle Tasso e rafforza i controlli sugli abbandoni.",
         risultato="Riduzione del rifiuto indifferenziato conferito in discarica e dei costi di smaltimento.",
         indicatore="% di raccolta differenziata sul totale dei rifiuti urbani",
         t2025="62%", t2026="67%",
         fasi=["1) Distribuzione dei kit per il porta a porta nelle frazioni – entro 31/03/2025",
               "2) Avvio del porta a porta a Fonte del Faggio e Colle Tasso – dal 01/04/2025",
               "3) Installazione di 4 fototrappole – entro 30/06/2025"],
         stakeholder="Famiglie, gestore del servizio di igiene urbana, scuole, associazioni ambientaliste",
         personale="LOMMANO Sara (istruttore tecnico); PISTILLI Marco (operaio specializzato)"),
    dict(codice="OB.06", obiettivo="Assistenza domiciliare agli anziani soli",
         dup=DUP_LINES[2], settore=S5, responsabile="dott.ssa Annalisa Petrecca",
         descrizione="Cresce il numero di anziani soli, soprattutto nelle frazioni. Il servizio di assistenza "
                     "domiciliare (SAD) ha una lista d'attesa e va esteso con ore aggiuntive affidate a una "
                     "cooperativa sociale.",
         risultato="Azzeramento della lista d'attesa e permanenza a domicilio degli anziani fragili.",
         indicatore="N. di anziani seguiti con assistenza domiciliare",
         t2025="30", t2026="36",
         fasi=["1) Aggiornamento della graduatoria SAD – entro 28/02/2025",
               "2) Affidamento delle ore aggiuntive alla cooperativa – entro 30/04/2025",
               "3) Indagine di gradimento presso gli utenti – entro 30/11/2025"],
         stakeholder="Anziani ultrasettantacinquenni e loro famiglie, ASREM – Distretto sanitario, "
                     "cooperative sociali",
         personale="FRATANGELO Giulia (assistente sociale); MOFFA Teresa (istruttore amministrativo)"),
    dict(codice="OB.07", obiettivo="Piano della formazione del personale",
         dup=DUP_LINES[0], settore=S1, responsabile="Responsabile del Settore I",
         descrizione="Il ricambio del personale e la transizione digitale richiedono competenze nuove. "
                     "Ogni dipendente segue un percorso formativo sulla piattaforma Syllabus e corsi in "
                     "materia di appalti e anticorruzione.",
         risultato="Personale aggiornato e formazione obbligatoria completata da tutti i dipendenti.",
         indicatore="Ore medie di formazione per dipendente",
         t2025="20 ore", t2026="24 ore",
         fasi=["1) Rilevazione dei fabbisogni formativi – entro 31/03/2025",
               "2) Corsi Syllabus sulle competenze digitali – entro 31/10/2025",
               "3) Relazione finale sulla formazione svolta – entro 31/12/2025"],
         stakeholder="Dipendenti comunali, organizzazioni sindacali",
         personale="DI NUCCI Maria (istruttore amministrativo)"),
    dict(codice="OB.08", obiettivo="Riduzione dei tempi di pagamento delle fatture",
         dup=DUP_LINES[0], settore=S2, responsabile="Responsabile del Servizio finanziario",
         descrizione="Nel 2024 il tempo medio di pagamento delle fatture commerciali è stato di 41 giorni, "
                     "oltre il limite di legge. Si interviene sulla liquidazione digitale e sul monitoraggio "
                     "mensile delle fatture in scadenza.",
         risultato="Pagamento dei fornitori entro i termini e nessuna penalità sul fondo di garanzia.",
         indicatore="Tempo medio di pagamento delle fatture (giorni)",
         t2025="30 giorni", t2026="25 giorni",
         fasi=["1) Atto di liquidazione digitale per tutti i Settori – entro 31/03/2025",
               "2) Report mensile delle fatture in scadenza – da aprile 2025",
               "3) Verifica dell'indicatore annuale – entro 31/01/2026"],
         stakeholder="Imprese fornitrici, professionisti, Responsabili di Settore",
         personale="CAROSELLA Ida (istruttore contabile)"),
    dict(codice="OB.09", obiettivo="Strade sicure davanti alle scuole",
         dup=DUP_LINES[1], settore=S6, responsabile="Comandante della Polizia locale",
         descrizione="All'entrata e all'uscita delle scuole di via Roma e del plesso di Colle Tasso si "
                     "registrano soste irregolari e velocità elevate. Si prevede un presidio fisso e la posa "
                     "di dissuasori di velocità.",
         risultato="Accesso sicuro degli alunni a scuola e nessun incidente nelle zone scolastiche.",
         indicatore="N. di servizi di presidio agli orari di entrata e uscita",
         t2025="150", t2026="170",
         fasi=["1) Piano dei presidi con l'Istituto comprensivo – entro 15/09/2025",
               "2) Posa di due dissuasori di velocità – entro 31/10/2025",
               "3) Lezioni di educazione stradale nelle classi – entro 31/05/2026"],
         stakeholder="Istituto comprensivo, genitori, Carabinieri, associazione Nonni vigili",
         personale="CIAMARRA Pietro (agente); DI CRISCIO Nadia (agente)"),
    dict(codice="OB.10", obiettivo="Iscrizioni on line a mensa e trasporto scolastico",
         dup=DUP_LINES[2], settore=S5, responsabile="Responsabile Settore V",
         descrizione="Le famiglie consegnano ancora a mano i moduli per la mensa e lo scuolabus. Un portale "
                     "unico permette l'iscrizione e il pagamento con PagoPA dall'anno scolastico 2025/2026.",
         risultato="Iscrizioni e pagamenti senza accesso agli uffici e riduzione delle morosità.",
         indicatore="% di iscrizioni ai servizi scolastici presentate on line",
         t2025="70%", t2026="90%",
         fasi=["1) Attivazione del portale iscrizioni – entro 30/05/2025",
               "2) Apertura delle iscrizioni on line – dal 03/06/2025 al 31/07/2025",
               "3) Sportello di assistenza per le famiglie – luglio 2025"],
         stakeholder="Famiglie degli alunni, Istituto comprensivo, ditta di ristorazione",
         personale="MOFFA Teresa (istruttore amministrativo)"),
]

# ------------------------------------------------------------------------------------------------
# content: risks, trasparenza, org chart
# ------------------------------------------------------------------------------------------------

RISCHI_INTRO = (
    "La mappatura dei processi è stata aggiornata dall'RPCT con i Responsabili di Settore. Per i processi "
    "a maggiore esposizione sono individuati il livello di rischio, la misura specifica e il responsabile "
    "della sua attuazione."
)
RISK_HEAD = ["Processo", "Livello di rischio", "Misura di prevenzione", "Responsabile"]
RISK_COLS = [50, 20, 68, 44]
RISK_CENTER = {1}
RISKS = [
    ("Affidamenti diretti di lavori, servizi e forniture", "Alto",
     "Rotazione degli operatori economici e controllo a campione sul 10% degli affidamenti",
     "Responsabili di Settore"),
    ("Rilascio dei permessi di costruire e controllo delle SCIA", "Alto",
     "Istruttoria delle pratiche in ordine cronologico di arrivo sul portale SUE", "Responsabile Settore IV"),
    ("Accertamenti tributari e rimborsi", "Medio",
     "Doppia sottoscrizione dei rimborsi superiori a € 1.000", "rag. Ermanno Fardone"),
    ("Contributi economici a persone in difficoltà", "Medio",
     "Criteri ISEE predeterminati e pubblicazione dei benefici in forma anonima", "Responsabile Settore V"),
    ("Concorsi e progressioni del personale", "Medio",
     "Commissioni con un componente esterno e dichiarazioni sui conflitti di interesse", "Segretario comunale"),
    ("Sanzioni del Codice della strada", "Basso",
     "Tracciabilità informatica dei verbali e verifica trimestrale degli annullamenti",
     "Comandante Polizia locale"),
]
TRASPARENZA = (
    "Trasparenza. I Responsabili di Settore trasmettono i dati da pubblicare nella sezione Amministrazione "
    "trasparente del sito istituzionale. L'RPCT verifica l'aggiornamento della sezione con cadenza "
    "semestrale, entro il 30 giugno e il 31 dicembre, e completa il monitoraggio delle misure "
    "anticorruzione entro il 30/11/2025."
)

ORG_INTRO = (
    "La struttura organizzativa è articolata in sei Settori, ciascuno affidato a un titolare di incarico di "
    "Elevata Qualificazione. In attesa della copertura del posto, il Settore I è retto ad interim dal "
    "Segretario comunale. Di seguito l'articolazione dei Settori con il relativo responsabile e gli uffici."
)
ORG = [
    ("Settore I – Affari generali, segreteria e servizi demografici",
     "Responsabile: ad interim il Segretario comunale",
     "Uffici: Segreteria e protocollo; Anagrafe, stato civile ed elettorale; Ufficio Personale"),
    ("Settore II – Servizi finanziari e tributi", "Responsabile: rag. Ermanno Fardone",
     "Uffici: Ragioneria ed economato; Ufficio Tributi"),
    ("Settore III – Lavori pubblici, manutenzioni e patrimonio", "Responsabile: arch. Fabrizio Colasurdo",
     "Uffici: Lavori pubblici ed espropri; Manutenzioni e squadra operai; Patrimonio"),
    ("Settore IV – Urbanistica, edilizia privata e ambiente", "Responsabile: arch. Fabrizio Colasurdo",
     "Uffici: Urbanistica; Sportello Unico per l'Edilizia (SUE); Ufficio Ambiente e rifiuti"),
    ("Settore V – Servizi sociali, istruzione e cultura", "Responsabile: dott.ssa Annalisa Petrecca",
     "Uffici: Servizio sociale professionale; Pubblica istruzione e trasporto scolastico; Biblioteca"),
    ("Settore VI – Polizia locale", "Responsabile: isp. Carmine Litterio (Comandante)",
     "Uffici: Polizia locale e polizia amministrativa; Protezione civile"),
]
ORG_NOTE = (
    "L'arch. Fabrizio Colasurdo è titolare di un unico incarico di E.Q. esteso ai Settori III e IV. I "
    "titolari di E.Q. sono quindi 4, compresi nei 24 dipendenti a tempo indeterminato."
)


# ------------------------------------------------------------------------------------------------
# drawing
# ------------------------------------------------------------------------------------------------

class Plan(FPDF):
    section = ""

    def header(self) -> None:
        self.set_font("Helvetica", "I", 8)
        self.text(MARGIN, 11, RUNNING)
        self.set_line_width(0.2)
        self.line(MARGIN, 13, self.w - MARGIN, 13)

    def footer(self) -> None:
        self.set_font("Helvetica", "", 8)
        s = f"{self.section} – pag. {self.page_no()}"
        self.text(self.w - MARGIN - self.get_string_width(s), self.h - 8, s)


def line_h(size: float) -> float:
    return size * 1.22 * PT


class Writer:
    def __init__(self) -> None:
        pdf = Plan(orientation="P", unit="mm", format="A4")
        pdf.core_fonts_encoding = "windows-1252"
        pdf.set_auto_page_break(False)
        pdf.set_margins(MARGIN, BODY_TOP, MARGIN)
        pdf.set_creation_date(datetime.datetime(2025, 1, 31, 10, 15, tzinfo=datetime.timezone.utc))
        pdf.set_title("PIAO 2025-2027 - Comune di Castelmaurano")
        pdf.set_author("Comune di Castelmaurano - Segreteria")
        pdf.set_creator("Microsoft Word")
        self.pdf = pdf
        self.y = BODY_TOP

    @property
    def bottom(self) -> float:
        return self.pdf.h - 15

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

    def new_page(self, orientation: str, section: str) -> None:
        self.pdf.add_page(orientation=orientation)   # the previous page's footer is drawn here
        self.pdf.section = section
        self.y = BODY_TOP

    def put(self, x: float, s: str, style: str, size: float) -> None:
        lh = line_h(size)
        if self.y + lh > self.bottom:
            raise RuntimeError(f"page overflow at {s!r}")
        self.font(style, size)
        self.pdf.text(x, self.y + 0.78 * lh, s)
        self.y += lh

    def centered(self, s: str, style: str, size: float) -> None:
        self.put((self.pdf.w - self.width(s, style, size)) / 2, s, style, size)

    def para(self, text: str, size: float = 10.5, after: float = 2.6, x: float = MARGIN,
             style: str = "") -> None:
        for ln in self.wrap(text, self.text_w - (x - MARGIN), style, size):
            self.put(x, ln, style, size)
        self.y += after

    def heading(self, text: str, size: float = 12, after: float = 1.6) -> None:
        self.y += 1.5
        self.put(MARGIN, text, "B", size)
        self.y += after

    def leader(self, left: str, right: str, size: float = 10) -> None:
        """'left ........ right' on one baseline: three text operators (left, dots, right)."""
        lh = line_h(size)
        self.font("B", size)
        lw = self.pdf.get_string_width(left)
        self.pdf.text(MARGIN, self.y + 0.78 * lh, left)
        self.font("", size)
        rw = self.pdf.get_string_width(right)
        xr = self.pdf.w - MARGIN - rw
        dot = self.pdf.get_string_width(".")
        n = int((xr - (MARGIN + lw) - 3) / dot)
        self.pdf.text(MARGIN + lw + 1.5, self.y + 0.78 * lh, "." * n)
        self.pdf.text(xr, self.y + 0.78 * lh, right)
        self.y += lh

    # -- ruled tables ---------------------------------------------------------------------------
    def cell_lines(self, cell, w: float, size: float, style: str) -> list[tuple[str, str]]:
        """cell: str, or list of str (separate paragraphs), or list of (text, style)."""
        parts = cell if isinstance(cell, list) else [cell]
        out = []
        for p in parts:
            text, st = p if isinstance(p, tuple) else (p, style)
            out += [(ln, st) for ln in self.wrap(text, w - 2 * PAD, st, size)]
        return out

    def row(self, cells, cols, size, styles, center=(), fills=()) -> float:
        lh = line_h(size)
        wrapped = [self.cell_lines(c, w, size, st) for c, w, st in zip(cells, cols, styles)]
        h = max(len(w) for w in wrapped) * lh + 2 * PAD
        if self.y + h > self.bottom:
            raise RuntimeError(f"table overflow at {cells[0]!r}")
        x = MARGIN
        pdf = self.pdf
        pdf.set_line_width(0.2)
        pdf.set_draw_color(0, 0, 0)
        for k, (w, lines) in enumerate(zip(cols, wrapped)):
            if k in fills:
                pdf.set_fill_color(*fills[k])
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
        return h


def objective_cell(o: dict, field: str):
    v = o[field]
    if field == "obiettivo":
        return [(v, "B")]
    if field == "codice":
        return [(v, "B")]
    return v


def build() -> bytes:
    w = Writer()
    # ---- front part, portrait
    w.new_page("P", "Sezione 1 – Scheda anagrafica")
    w.y = 40
    for i, s in enumerate(TITLE):
        if not s:
            w.y += 6
            continue
        w.centered(s, "B" if i in (0, 3) else "", 16 if i in (0, 3) else 12)
        w.y += 2
    w.y += 4
    w.centered(APPROVAL, "I", 10)
    w.y += 12
    w.heading("SEZIONE 1 – SCHEDA ANAGRAFICA DELL'AMMINISTRAZIONE", 12)
    w.heading("1.1 Premessa e dati di contesto", 11)
    for p in INTRO:
        w.para(p)
    w.heading("1.2 Organi di governo e Segretario comunale", 11)
    w.para(GIUNTA)
    w.para(SEGRETARIO)

    w.new_page("P", "Sezione 2 – Valore pubblico")
    w.heading("SEZIONE 2 – VALORE PUBBLICO, PERFORMANCE E ANTICORRUZIONE", 12)
    w.heading("2.1 Valore pubblico", 11)
    w.para(VALORE)
    for ln in DUP_LINES:
        w.put(MARGIN + 6, "Linea strategica " + ln, "", 10.5)
    w.y += 2.6
    w.para(VALORE_END)
    w.heading("2.2 Performance – obiettivi operativi 2025-2026", 11)
    w.para(PERF_INTRO)

    # ---- objectives: transposed tables, landscape
    k = 0
    for p, n in enumerate(PAGES):
        objs = OBJECTIVES[k:k + n]
        k += n
        w.new_page("L", "Sezione 2.2 – Performance")
        codes = ", ".join(o["codice"] for o in objs)
        w.put(MARGIN, f"Scheda obiettivi {p + 1} di {len(PAGES)} – obiettivi {codes}", "B", 10)
        w.y += 1.5
        label_w = 46.0
        ow = (w.text_w - label_w) / n
        cols = [label_w] + [ow] * n
        for f, label in zip(FIELDS, LABELS[p]):
            cells = [label] + [objective_cell(o, f) for o in objs]
            styles = ["B"] + ["" for _ in objs]
            fills = {0: (221, 229, 238)}
            if f == "codice":
                fills.update({i: (240, 240, 240) for i in range(1, n + 1)})
            w.row(cells, cols, 8.0, styles, fills=fills)
    assert k == len(OBJECTIVES)

    # ---- risks, portrait
    w.new_page("P", "Sezioni 2.3 e 3.1")
    w.heading("2.3 Rischi corruttivi e trasparenza", 11)
    w.para(RISCHI_INTRO)
    w.put(MARGIN, "Tabella 3 – Processi a rischio e misure di prevenzione", "B", 10)
    w.y += 1.5
    shade = {i: (221, 229, 238) for i in range(4)}
    w.row(RISK_HEAD, RISK_COLS, 9, ["B"] * 4, center=set(range(4)), fills=shade)
    for r in RISKS:
        w.row(r, RISK_COLS, 9, [""] * 4, center=RISK_CENTER)
    w.y += 4
    w.para(TRASPARENZA)

    # ---- org chart, portrait
    w.heading("SEZIONE 3 – ORGANIZZAZIONE E CAPITALE UMANO", 12)
    w.heading("3.1 Struttura organizzativa", 11)
    w.para(ORG_INTRO)
    for sett, resp, uffici in ORG:
        w.leader(sett, resp, 9.5)
        w.para(uffici, size=9, after=2.2, x=MARGIN + 6, style="I")
    w.para(ORG_NOTE)
    return bytes(w.pdf.output())


def main() -> None:
    OUT.parent.mkdir(parents=True, exist_ok=True)
    data = build()
    OUT.write_bytes(data)
    print(f"wrote {OUT} ({len(data)} bytes)")


if __name__ == "__main__":
    main()
