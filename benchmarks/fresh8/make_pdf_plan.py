"""Write the fictional PIAO 2026-2028, Sezione 2 "strategica e operativa", of the Comune di Valdarena
(provincia di Vicenza, Veneto) as an A4 portrait PDF laid out like a printed report (fpdf2).

Layout: a full-width title block, then the whole body in **two justified columns** (fpdf2
text_columns): Premessa, "L'organizzazione dell'ente" as prose paragraphs per Area (one Area run ad
interim by another Area's head), the four Linee strategiche / ambiti di valore pubblico and 12
objectives ("Ob. 1.1 – ...") written as **prose** (the responsible person / office, deadlines and
indicators sit inside sentences, with varying sentence forms).  Footnotes sit at the bottom of the
page that carries their marker (two-pass build), the running header alternates left/right on
even/odd pages and the footer carries "– N di M –".  Long lower-case words carry soft hyphens,
so some words are hyphenated across line ends.  The body ends with a full-width ruled summary
table: Obiettivo | Peso % | Area assegnataria (the weights appear only there).

Deterministic: fixed creation date, fixed fonts, no randomness; running it twice gives the same
bytes.  Municipality, people, firms and associations are invented; real bodies (Regione del Veneto,
Prefettura di Vicenza, Azienda ULSS 8 Berica, ANAC, GSE, ARPAV, ANPR, pagoPA / app IO) appear only as
partners or references.

Usage: /work/main/.venv/bin/python benchmarks/fresh8/make_pdf_plan.py
"""
from __future__ import annotations

import datetime as dt
import io
import re
from pathlib import Path

from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = Path(__file__).resolve().parent
SLUG = "valdarena"
OUT = HERE / "docs" / f"{SLUG}_piao-2026-2028_sezione-strategica-operativa.pdf"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")

HEADER_ODD = "Comune di Valdarena (VI) · PIAO 2026-2028"
HEADER_EVEN = "Sezione 2 – Valore pubblico e performance: parte strategica e operativa"
FOOTER_LEFT = "Allegato alla deliberazione G.C. n. 9 del 29/01/2026"
SHY = "\u00ad"

# --------------------------------------------------------------------------------------------
# Content.  Paragraph strings; "¹²³" are footnote markers (text in FOOTNOTES).
# --------------------------------------------------------------------------------------------

PREMESSA = [
    "Il Comune di Valdarena, in provincia di Vicenza, conta 8.430 abitanti al 31 dicembre 2025. "
    "Questo documento riunisce la parte strategica e la parte operativa della Sezione 2 del Piano "
    "Integrato di Attività e Organizzazione (PIAO) 2026-2028: gli ambiti di valore pubblico, che "
    "traducono le linee di mandato del Sindaco Marta Canova, e gli obiettivi operativi assegnati "
    "alle Aree per l'anno 2026.",
    "Il Piano è approvato con deliberazione della Giunta comunale n. 9 del 29 gennaio 2026, in "
    "coerenza con il DUP 2026-2028 approvato dal Consiglio comunale con deliberazione n. 41 del "
    "18 dicembre 2025. Gli obiettivi sono descritti in forma discorsiva; il peso di ciascuno ai fini "
    "della valutazione è riportato soltanto nella tabella di riepilogo finale.",
    "La misurazione intermedia è fissata al 31 luglio 2026 e la verifica finale spetta al Nucleo di "
    "Valutazione in composizione monocratica, nominato con decreto del Sindaco. "
    "L'assegnazione nominativa del personale ai singoli obiettivi è rinviata al Piano esecutivo "
    "di gestione 2026.",
]

CONTESTO = [
    "Valdarena si estende per 24,6 chilometri quadrati tra la pianura e le prime colline, con il capoluogo e le "
    "frazioni di San Rocco e Ca' Vecchia. La popolazione è stabile da un decennio, ma invecchia: "
    "gli ultrasessantacinquenni sono il 24,8% dei residenti, contro il 19,6% del 2011. Le "
    "famiglie sono 3.710 e le utenze domestiche del servizio rifiuti circa 3.650.",
    "Il tessuto produttivo conta 690 imprese attive, in prevalenza artigiane e della "
    "meccanica di precisione, concentrate nella zona industriale di via dell'Artigianato. La "
    "stazione ferroviaria sulla linea Vicenza-Schio è utilizzata ogni giorno da circa 600 "
    "pendolari, e l'area che la circonda è tra quelle in cui i cittadini segnalano più spesso "
    "problemi di decoro e sicurezza.",
]

ORGANIZZAZIONE = [
    "La struttura organizzativa è articolata in cinque Aree, a ciascuna delle quali è preposto un "
    "Responsabile titolare di incarico di Elevata Qualificazione. Il Segretario comunale, dott. "
    "Giovanni Dal Prà, sovrintende al funzionamento delle Aree, è Responsabile della prevenzione "
    "della corruzione e della trasparenza (RPCT) e presta servizio in convenzione³ con il Comune "
    "di Rovere Berico.",
    "L'Area 1 – Affari Generali e Servizi Demografici, affidata alla dott.ssa Federica Bortolan, "
    "comprende la Segreteria e il Protocollo, l'Ufficio Relazioni con il Pubblico, i Servizi "
    "Demografici (anagrafe, stato civile, elettorale e leva) e l'Ufficio Personale per la gestione "
    "giuridica; vi operano 9 dipendenti.",
    "All'Area 2 – Economico-Finanziaria è preposto il rag. Michele Tonello. L'Area raggruppa il "
    "Servizio Ragioneria ed Economato, il Servizio Tributi e il trattamento economico del "
    "personale, con 6 dipendenti in tutto.",
    "L'Area 3 – Tecnica è la più numerosa dell'ente: conta 14 dipendenti, compresa la squadra "
    "operai, ed è diretta dall'ing. Stefano Pegoraro. Vi fanno capo il Servizio Lavori Pubblici e "
    "Manutenzioni, il Servizio Edilizia Privata e Urbanistica, che gestisce lo Sportello Unico per "
    "l'Edilizia (SUE), e l'Ufficio Ambiente ed Ecologia.",
    "L'Area 4 – Servizi alla Persona comprende i Servizi Sociali, l'Ufficio Scuola e Istruzione, "
    "la Biblioteca civica, coordinata dalla bibliotecaria dott.ssa Chiara Furlan, e l'Ufficio Sport "
    "e Tempo libero, e conta 11 dipendenti. Dal 1° novembre 2025, dopo il trasferimento per "
    "mobilità della precedente responsabile, l'Area è affidata ad interim alla Responsabile "
    "dell'Area 1, nelle more della copertura del posto.",
    "La Polizia Locale costituisce l'Area 5 – Vigilanza: è guidata dal Comandante, commissario "
    "Luca Marangon, e conta 7 dipendenti, Comandante compreso, che curano anche il servizio "
    "notifiche. Complessivamente le cinque Aree contano 47 dipendenti a tempo indeterminato.",
]

# (heading, intro paragraph, [(objective heading, [paragraphs]), ...])
LINEE = [
    ("3.1 Linea strategica 1 · Valdarena semplice e digitale",
     "Ambito di valore pubblico: accesso semplice ai servizi. Il valore pubblico atteso è la "
     "riduzione del tempo che cittadini e imprese dedicano agli adempimenti, misurata con l'indice "
     "di soddisfazione dell'utenza (valore 2025: 3,6 su 5; valore atteso nel 2028: 4,2).",
     [
         ("Ob. 1.1 – Sportello digitale per l'edilizia", [
             "Nel 2025 il 62%¹ delle pratiche edilizie è arrivato in forma telematica; le altre sono "
             "state consegnate a mano o via PEC senza un modello standard, con tempi istruttori lunghi "
             "e frequenti richieste di integrazione. L'obiettivo è rendere il canale telematico "
             "l'unico canale di presentazione di SCIA, CILA e permessi di costruire, collegando lo "
             "Sportello alla piattaforma regionale della Regione del Veneto.",
             "Ne cura l'attuazione il Servizio Edilizia Privata e Urbanistica, diretto dall'ing. "
             "Stefano Pegoraro. Entro il 30 giugno 2026 sarà attivata la nuova piattaforma e dal 1° "
             "luglio 2026 le istanze cartacee non saranno più accettate; entro il 31 dicembre 2026 "
             "saranno digitalizzate le pratiche storiche dal 1990 al 2005.",
             "L'indicatore scelto è la quota di pratiche presentate in via telematica, con un valore "
             "obiettivo del 100% dal secondo semestre 2026; un secondo indicatore misura il tempo "
             "medio di rilascio del permesso di costruire, da portare da 74 a 55 giorni.",
         ]),
         ("Ob. 1.2 – Anagrafe su appuntamento", [
             "Il tempo medio di attesa allo sportello anagrafico è stato nel 2025 di 28 minuti, con "
             "punte oltre l'ora il lunedì mattina. Con questo obiettivo tutti i servizi di sportello, "
             "dalla carta d'identità elettronica ai cambi di residenza, passano alla prenotazione "
             "tramite agenda online, mentre i certificati anagrafici vengono scaricati direttamente "
             "dal portale ANPR.",
             "La responsabilità è dei Servizi Demografici. L'agenda online entra in funzione entro il "
             "31 marzo 2026; segue, entro il 31 maggio 2026, una campagna informativa sul notiziario "
             "comunale «Valdarena Notizie» e presso i circoli degli anziani, con un punto di "
             "assistenza digitale aperto il sabato mattina.",
             "Il risultato si misura con il tempo medio di attesa, che dovrà scendere a 10 minuti "
             "entro la fine dell'anno, e con la percentuale di certificati scaricati autonomamente "
             "dai cittadini (target: 40%).",
         ]),
         ("Ob. 1.3 – pagoPA e app IO per tutti gli incassi", [
             "Responsabile: rag. Michele Tonello. Oggi passano per pagoPA i tributi e le sanzioni, "
             "ma non le rette dei servizi scolastici, le concessioni cimiteriali e i diritti di "
             "segreteria, che si pagano ancora con bonifico o allo sportello della tesoreria. "
             "L'obiettivo estende pagoPA a tutte le entrate patrimoniali e invia gli avvisi di "
             "pagamento anche tramite l'app IO.",
             "Entro il 30 settembre 2026 dovranno essere integrati i servizi di mensa e trasporto "
             "scolastico, entro il 31 dicembre 2026 le restanti entrate. L'indicatore è la quota degli "
             "incassi riscossi tramite pagoPA sul totale delle entrate proprie, con un target "
             "dell'85% (valore 2025: 58%).",
         ]),
     ]),
    ("3.2 Linea strategica 2 · Territorio sicuro e sostenibile",
     "Ambito di valore pubblico: ambiente e sicurezza. Riguarda la qualità degli edifici pubblici, "
     "la gestione dei rifiuti e la vivibilità degli spazi urbani; l'indicatore di impatto è la "
     "quota di residenti che si dichiarano soddisfatti della sicurezza del paese (62% "
     "nell'indagine 2025, atteso 70% nel 2028).",
     [
         ("Ob. 2.1 – Riqualificazione energetica della scuola primaria", [
             "L'edificio della scuola primaria di via dei Tigli, costruito nel 1972, è in classe "
             "energetica G e assorbe da solo il 31% dei consumi di gas degli immobili comunali. "
             "L'intervento prevede il cappotto termico, la sostituzione dei serramenti e una pompa "
             "di calore ibrida, con il contributo del Conto Termico gestito dal GSE.",
             "Se ne occupa direttamente l'ing. Stefano Pegoraro, che è anche RUP dell'intervento. "
             "Il progetto esecutivo va approvato entro il 28 febbraio 2026; i lavori, affidati alla "
             "ditta Termoidraulica Astico s.r.l., si svolgono durante la pausa estiva e devono "
             "concludersi entro il 31 agosto 2026, perché le lezioni riprendano regolarmente.",
             "Si misura la riduzione dei consumi di gas metano rispetto alla media 2023-2025, pari "
             "a circa 41.000 metri cubi annui: il valore obiettivo è una riduzione del 35% nella "
             "stagione termica 2026-2027. L'importo complessivo dei lavori è di 780.000 euro.",
         ]),
         ("Ob. 2.2 – Raccolta differenziata e tariffa puntuale", [
             "La raccolta differenziata si è attestata nel 2025 al 71,4%², sotto la media provinciale. "
             "L'obiettivo prepara il passaggio alla tariffa puntuale dal 2027: nel 2026 a ogni utenza "
             "domestica viene consegnato un contenitore del secco dotato di TAG elettronico, in modo "
             "da contare gli svuotamenti.",
             "L'Ufficio Ambiente ed Ecologia guida il progetto insieme al gestore del servizio, "
             "Valleverde Servizi Ambientali S.p.A. La consegna dei contenitori deve concludersi entro "
             "il 31 maggio 2026; da giugno a dicembre 2026 è prevista la fase di prova, con la lettura "
             "dei TAG senza effetti sulla bolletta. La tariffa per svuotamento verrà determinata con "
             "la deliberazione TARI 2027.",
             "Indicatore: percentuale di raccolta differenziata, target 76% nel 2026 e 80% nel 2027. "
             "Indicatore di processo: utenze con contenitore TAG consegnato, target 100% delle circa "
             "3.650 utenze domestiche.",
         ]),
         ("Ob. 2.3 – Videosorveglianza e presidio serale", [
             "Responsabile: il Comandante della Polizia Locale, comm. Luca Marangon. Le segnalazioni "
             "dei cittadini per vandalismi e abbandono di rifiuti nei parchi e nella zona della "
             "stazione sono passate da 46 nel 2024 a 71 nel 2025. L'obiettivo estende la rete di "
             "videosorveglianza e organizza pattuglie serali nei mesi estivi, in attuazione del "
             "patto per la sicurezza urbana sottoscritto con la Prefettura di Vicenza.",
             "Entro il 31 ottobre 2026 le telecamere passano da 14 a 24, con lettura targhe ai tre "
             "accessi principali del paese; da giugno a settembre 2026 la pattuglia serale è attiva "
             "il venerdì e il sabato fino alle 24. La spesa per le nuove telecamere sarà quantificata "
             "in sede di assestamento di bilancio.",
             "Gli indicatori sono il numero di telecamere attive (target 24) e le ore di servizio "
             "serale svolte (almeno 300).",
         ]),
     ]),
    ("3.3 Linea strategica 3 · Una comunità che include",
     "Ambito di valore pubblico: inclusione e benessere sociale. Gli obiettivi riguardano la terza "
     "età, i bambini e l'offerta culturale, con particolare attenzione alle famiglie fragili.",
     [
         ("Ob. 3.1 – Rete di sostegno per gli anziani soli", [
             "Gli ultrasettantacinquenni che vivono soli sono 412, il 4,9% della popolazione. Oggi il "
             "servizio di assistenza domiciliare segue 38 persone e le richieste sono valutate caso "
             "per caso, senza una mappatura complessiva. L'obiettivo costruisce una rete di "
             "prossimità con i medici di medicina generale, l'Azienda ULSS 8 Berica e le "
             "associazioni di volontariato, tra cui la Caritas parrocchiale.",
             "È affidato all'Area Servizi alla Persona. Entro il 30 aprile 2026 va sottoscritto il "
             "protocollo con l'Azienda ULSS 8 Berica; entro il 30 settembre 2026 si completa la "
             "mappatura degli anziani fragili con visite domiciliari dell'assistente sociale; da "
             "ottobre il servizio di telesoccorso viene esteso.",
             "L'indicatore di risultato è il numero di anziani presi in carico, da 38 a 55 a fine "
             "2026; si rileva inoltre il grado di soddisfazione delle famiglie, con un valore "
             "obiettivo pari almeno a 4 su 5.",
         ]),
         ("Ob. 3.2 – Biblioteca aperta la sera", [
             "Lo segue la dott.ssa Chiara Furlan. La biblioteca civica registra 9.200 prestiti "
             "l'anno, ma studenti universitari e lavoratori chiedono orari più ampi. Dal 2 marzo 2026 "
             "la sala studio resterà aperta il martedì e il giovedì fino alle 22, grazie a un accordo "
             "con l'associazione di volontariato «Amici del Libro», e partirà il prestito digitale "
             "attraverso la rete bibliotecaria provinciale.",
             "L'indicatore scelto è il numero di prestiti annui, con un valore obiettivo di 10.500 nel "
             "2026 e di 11.500 nel 2027; si contano anche gli accessi serali alla sala studio, per i "
             "quali non è fissato un target ma è previsto un report trimestrale.",
         ]),
         ("Ob. 3.3 – Centri estivi inclusivi", [
             "Responsabile: la Responsabile ad interim dell'Area Servizi alla Persona. I centri estivi "
             "comunali hanno accolto nel 2025 145 bambini tra i 6 e gli 11 anni, ma solo 3 bambini "
             "con disabilità, per carenza di educatori di sostegno. Per l'estate 2026 l'Ufficio Scuola "
             "e Istruzione affida il servizio con procedura aperta, prevedendo un educatore ogni due "
             "bambini certificati e una retta ridotta per le famiglie con ISEE inferiore a 15.000 "
             "euro.",
             "Il bando per le iscrizioni esce entro il 15 aprile 2026; i centri si svolgono dal 15 "
             "giugno al 4 settembre 2026. Gli indicatori sono i bambini iscritti (target 180) e i "
             "posti riservati a bambini con disabilità (target 12).",
         ]),
     ]),
    ("3.4 Linea strategica 4 · Un ente sano e trasparente",
     "Ambito di valore pubblico: salute organizzativa e legalità. Comprende gli obiettivi "
     "trasversali di trasparenza, equilibrio finanziario e sviluppo delle competenze del personale.",
     [
         ("Ob. 4.1 – Trasparenza e prevenzione della corruzione", [
             "Responsabile: Segretario comunale, in qualità di RPCT. L'obiettivo dà attuazione alle "
             "misure della sottosezione Rischi corruttivi e trasparenza, in linea con il Piano "
             "Nazionale Anticorruzione dell'ANAC: aggiornamento della sezione Amministrazione "
             "trasparente, controlli successivi di regolarità amministrativa su un campione di atti "
             "e formazione del personale.",
             "I controlli si svolgono con cadenza semestrale, entro il 31 luglio 2026 e il 31 gennaio "
             "2027; la formazione su anticorruzione e codice di comportamento coinvolge tutti i "
             "dipendenti entro il 30 novembre 2026. Indicatori: sottosezioni di Amministrazione "
             "trasparente aggiornate nei termini (target 100%) e quota di determinazioni sottoposte "
             "a controllo (almeno il 10%).",
         ]),
         ("Ob. 4.2 – Tempestività dei pagamenti", [
             "Il Servizio Ragioneria ed Economato ne è responsabile. Nel 2025 l'indicatore annuale di "
             "tempestività dei pagamenti è stato pari a +6 giorni: le fatture sono state pagate in "
             "media sei giorni dopo la scadenza, con l'obbligo di accantonare il fondo di garanzia "
             "debiti commerciali. Vengono introdotti la liquidazione digitale delle fatture, con un "
             "flusso unico tra Aree e Ragioneria, e un monitoraggio mensile delle fatture in scadenza.",
             "Il nuovo flusso è operativo dal 1° aprile 2026. Il valore obiettivo dell'indicatore di "
             "tempestività è di -5 giorni (pagamento in anticipo rispetto alla scadenza) al 31 "
             "dicembre 2026, con verifica trimestrale.",
         ]),
         ("Ob. 4.3 – Formazione del personale e lavoro agile", [
             "Ne cura l'attuazione l'Ufficio Personale per la parte giuridica. Nel 2025 i dipendenti "
             "hanno svolto in media 9 ore di formazione ciascuno, lontano dalle 24 ore annue indicate "
             "dalla direttiva ministeriale sulla formazione. Il Piano della formazione 2026, da "
             "approvare entro il 28 febbraio 2026, prevede percorsi sulle competenze digitali con la "
             "piattaforma Syllabus e corsi sulla sicurezza sul lavoro.",
             "Entro il 30 giugno 2026 si aggiorna anche il regolamento sul lavoro agile. Indicatori: "
             "ore medie di formazione per dipendente (valore obiettivo 24) e quota di dipendenti che "
             "completano almeno un percorso Syllabus (target 80%).",
         ]),
     ]),
]

VP_INTRO = (
    "Le quattro linee strategiche discendono dalla Sezione Strategica del DUP 2026-2028. Per ogni "
    "ambito di valore pubblico sono indicati gli obiettivi operativi del 2026, numerati con il "
    "codice della linea (Ob. 1.1, Ob. 1.2, …). Il responsabile di ciascun obiettivo è il "
    "Responsabile dell'Area a cui l'obiettivo è assegnato, salvo diversa indicazione nel testo."
)

MONITORAGGIO = [
    "Lo stato di avanzamento degli obiettivi è rilevato dai Responsabili di Area con un report "
    "al 31 luglio 2026, trasmesso al Segretario comunale e alla Giunta. Gli scostamenti "
    "superiori al 20% rispetto ai valori attesi sono segnalati entro quindici giorni, con la "
    "proposta di eventuali correttivi.",
    "La verifica finale, sulla base della relazione dei Responsabili e dei dati raccolti dagli "
    "uffici, confluisce nella Relazione sulla performance 2026, da approvare entro il 30 giugno "
    "2027. Il grado di raggiungimento di ciascun obiettivo è espresso in percentuale e "
    "ponderato con i pesi della tabella seguente.",
]

RIEPILOGO_INTRO = (
    "La tabella riporta, per ciascun obiettivo, il peso percentuale ai fini della valutazione della "
    "performance organizzativa e l'Area a cui l'obiettivo è assegnato."
)
RIEPILOGO_COLS = ("Obiettivo", "Peso %", "Area assegnataria")
RIEPILOGO = [
    ("Ob. 1.1", "10", "Area 3 – Tecnica"),
    ("Ob. 1.2", "8", "Area 1 – Affari Generali e Servizi Demografici"),
    ("Ob. 1.3", "7", "Area 2 – Economico-Finanziaria"),
    ("Ob. 2.1", "12", "Area 3 – Tecnica"),
    ("Ob. 2.2", "9", "Area 3 – Tecnica"),
    ("Ob. 2.3", "8", "Area 5 – Vigilanza"),
    ("Ob. 3.1", "11", "Area 4 – Servizi alla Persona"),
    ("Ob. 3.2", "6", "Area 4 – Servizi alla Persona"),
    ("Ob. 3.3", "9", "Area 4 – Servizi alla Persona"),
    ("Ob. 4.1", "7", "Segretario comunale"),
    ("Ob. 4.2", "6", "Area 2 – Economico-Finanziaria"),
    ("Ob. 4.3", "7", "Area 1 – Affari Generali e Servizi Demografici"),
    ("Totale", "100", ""),
]

# marker context (as extracted by pypdf) -> footnote text
FOOTNOTES = {
    "62%¹": "¹ Pratiche edilizie presentate nel 2025: 387, di cui 240 in via telematica (fonte: "
         "gestionale SUE).",
    "71,4%²": "² Dato certificato da ARPAV per il 2025 secondo il metodo di calcolo regionale.",
    "convenzione³": "³ Convenzione di segreteria tra i Comuni di Valdarena (capo-convenzione) e Rovere "
         "Berico, con ripartizione dell'orario di servizio al 60% e al 40%.",
}

# --------------------------------------------------------------------------------------------
# Soft hyphenation: long lower-case words get soft hyphens at V-CV boundaries (Italian-like).
# --------------------------------------------------------------------------------------------

VOWELS = set("aeiouàèéìòù")


def _hyphenate_word(w: str) -> str:
    if len(w) < 10 or not w.isalpha() or not w.islower():
        return w
    out = []
    for i, ch in enumerate(w):
        if (4 <= i <= len(w) - 4 and w[i - 1] in VOWELS and ch not in VOWELS
                and w[i + 1] in VOWELS):
            out.append(SHY)
        out.append(ch)
    return "".join(out)


def hyphenate(text: str) -> str:
    return re.sub(r"[^\W\d_]+", lambda m: _hyphenate_word(m.group()), text)


# --------------------------------------------------------------------------------------------
# Layout
# --------------------------------------------------------------------------------------------

class PlanPDF(FPDF):
    notes_by_page: dict[int, list[str]] = {}

    def header(self):
        self.set_font("Serif", "I", 7.5)
        self.set_text_color(80, 80, 80)
        even = self.page_no() % 2 == 0
        self.cell(0, 5, HEADER_EVEN if even else HEADER_ODD, align="L" if even else "R")
        self.ln(5.5)
        self.set_draw_color(140, 140, 140)
        self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.ln(4)
        self.set_text_color(0, 0, 0)
        self.set_draw_color(0, 0, 0)

    def footer(self):
        notes = self.notes_by_page.get(self.page_no(), [])
        if notes:
            self.set_y(self.h - self.b_margin + 2)
            self.line(self.l_margin, self.get_y(), self.l_margin + 45, self.get_y())
            self.ln(1)
            self.set_font("Serif", "", 7)
            for n in notes:
                self.multi_cell(0, 3.3, n, new_x="LMARGIN", new_y="NEXT")
        self.set_y(-11)
        self.set_font("Serif", "I", 7.5)
        self.cell(90, 5, FOOTER_LEFT, align="L")
        self.set_font("Serif", "", 8)
        self.cell(0, 5, f"– {self.page_no()} di {{nb}} –", align="R")


def _heading(pdf, cols, text, size, top, bottom):
    pdf.set_font("Serif", "B", size)
    with cols.paragraph(text_align="L", top_margin=top, bottom_margin=bottom) as p:
        p.write(text)
    pdf.set_font("Serif", "", 9.6)


def _para(pdf, cols, text, italic=False):
    pdf.set_font("Serif", "I" if italic else "", 9.6)
    with cols.paragraph(text_align="J", bottom_margin=1.6) as p:
        p.write(hyphenate(text))
    pdf.set_font("Serif", "", 9.6)


def _build(notes_by_page: dict[int, list[str]]) -> bytes:
    pdf = PlanPDF(orientation="P", unit="mm", format="A4")
    pdf.notes_by_page = notes_by_page
    pdf.set_creation_date(dt.datetime(2026, 1, 29, 10, 0, 0, tzinfo=dt.timezone.utc))
    pdf.set_title("PIAO 2026-2028 - Sezione 2 strategica e operativa - Comune di Valdarena")
    pdf.set_author("Comune di Valdarena")
    pdf.set_creator("make_pdf_plan.py")
    pdf.set_producer("fpdf2")
    pdf.add_font("Serif", "", str(FONT_DIR / "DejaVuSerif.ttf"))
    pdf.add_font("Serif", "B", str(FONT_DIR / "DejaVuSerif-Bold.ttf"))
    pdf.add_font("Serif", "I", str(FONT_DIR / "DejaVuSerif-Italic.ttf"))
    pdf.set_margins(16, 12, 16)
    pdf.set_auto_page_break(True, margin=30)   # room for footnotes + footer

    pdf.add_page()
    pdf.set_font("Serif", "B", 15)
    pdf.cell(0, 8, "COMUNE DI VALDARENA", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "", 9.5)
    pdf.cell(0, 5, "Provincia di Vicenza", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2.5)
    pdf.set_font("Serif", "B", 11.5)
    pdf.cell(0, 6, "PIANO INTEGRATO DI ATTIVITÀ E ORGANIZZAZIONE 2026-2028", align="C",
             new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "", 10)
    pdf.cell(0, 5.5, "Sezione 2 – Valore pubblico e performance: parte strategica e operativa",
             align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
    pdf.ln(4)

    pdf.set_font("Serif", "", 9.6)
    with pdf.text_columns(ncols=2, gutter=8, text_align="J", line_height=1.3) as cols:
        _heading(pdf, cols, "1 Premessa", 11, 0, 1.5)
        for p in PREMESSA:
            _para(pdf, cols, p)
        _heading(pdf, cols, "2 Contesto e organizzazione", 11, 3, 1.5)
        _heading(pdf, cols, "2.1 Il contesto esterno", 10, 1, 1.2)
        for p in CONTESTO:
            _para(pdf, cols, p)
        _heading(pdf, cols, "2.2 L'organizzazione dell'ente", 10, 2.5, 1.2)
        for p in ORGANIZZAZIONE:
            _para(pdf, cols, p)
        _heading(pdf, cols, "3 Ambiti di valore pubblico e obiettivi operativi 2026", 11, 3, 1.5)
        _para(pdf, cols, VP_INTRO)
        for head, intro, objectives in LINEE:
            _heading(pdf, cols, head, 10, 3.5, 1.2)
            _para(pdf, cols, intro, italic=True)
            for ohead, paras in objectives:
                _heading(pdf, cols, ohead, 9.3, 2.2, 1.0)
                for p in paras:
                    _para(pdf, cols, p)
        _heading(pdf, cols, "4 Monitoraggio e verifica", 11, 3.5, 1.5)
        for p in MONITORAGGIO:
            _para(pdf, cols, p)

    # --- summary table, full width
    if pdf.get_y() > pdf.h - pdf.b_margin - 95:
        pdf.add_page()
    pdf.ln(4)
    pdf.set_font("Serif", "B", 11)
    pdf.cell(0, 6, "5 Riepilogo dei pesi degli obiettivi 2026", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    pdf.set_font("Serif", "", 9.6)
    pdf.multi_cell(0, 4.6, RIEPILOGO_INTRO, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    head_style = FontFace(emphasis="BOLD", fill_color=(220, 226, 236))
    with pdf.table(col_widths=(30, 22, 98), width=150, text_align=("LEFT", "CENTER", "LEFT"),
                   line_height=5, padding=1.2, headings_style=head_style, align="LEFT") as table:
        row = table.row()
        for c in RIEPILOGO_COLS:
            row.cell(c)
        for r in RIEPILOGO:
            row = table.row()
            for c in r:
                row.cell(c)
    return bytes(pdf.output())


def _marker_pages(data: bytes) -> dict[int, list[str]]:
    import pypdf
    reader = pypdf.PdfReader(io.BytesIO(data))
    out: dict[int, list[str]] = {}
    for n, page in enumerate(reader.pages, 1):
        text = page.extract_text()
        for mark, note in FOOTNOTES.items():
            if mark in text:
                out.setdefault(n, []).append(note)
    return out


def build() -> bytes:
    """Two passes: the first locates the page of each footnote marker, the second prints the
    footnotes at the bottom of those pages (the footnote band is reserved on every page, so the
    body layout is identical in both passes)."""
    first = _build({})
    return _build(_marker_pages(first))


def main():
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_bytes(build())
    print(f"wrote {OUT} ({OUT.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
