"""Build a fictional PIAO 2026-2028 (sezione 2) for the invented "Comune di Roccabruna Lomellina"
(provincia di Pavia), laid out like a plan exported from a spreadsheet: A4 landscape, ruled
tables (cell grid), header row repeated on every page, rows split across page breaks.

Output: benchmarks/fresh3/docs/Comune_Roccabruna_Lomellina_PIAO_2026-2028.pdf
Run:    /work/main/.venv/bin/python benchmarks/fresh3/make_ruled_pdf.py
Deterministic (fixed creation date). All people, places and figures are invented.
"""
from datetime import datetime, timezone
from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).resolve().parent
OUT = HERE / "docs" / "Comune_Roccabruna_Lomellina_PIAO_2026-2028.pdf"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
ENTE = "Comune di Roccabruna Lomellina"
SEZ = "Sezione 2 - Valore pubblico, performance e anticorruzione"

# --------------------------------------------------------------------------- content
ORGANIGRAMMA = [
    ("Area 1 - Amministrativa e Servizi alla Persona",
     "dott.ssa Marta Scevola",
     "Segreteria generale e protocollo; Servizi demografici, stato civile ed elettorale; "
     "Servizi sociali e Sportello sociale; Biblioteca civica \"Carlo Vidari\"; Istruzione, "
     "mensa e trasporto scolastico; Ufficio per la transizione digitale"),
    ("Area 2 - Economico-Finanziaria e Tributi",
     "rag. Ottavio Ferrandi",
     "Ragioneria e bilancio; Economato e provveditorato; Ufficio tributi (IMU, TARI, canone "
     "unico patrimoniale); Trattamento economico del personale"),
    ("Area 3 - Tecnica Lavori Pubblici e Manutenzioni",
     "arch. Giulia Rebecchi",
     "Lavori pubblici e opere PNRR; Manutenzione patrimonio, strade e verde pubblico; "
     "Protezione civile; Servizi cimiteriali"),
    ("Area 4 - Urbanistica, Edilizia Privata e SUAP",
     "geom. Silvano Morandotti",
     "Edilizia privata e condono; Urbanistica e PGT; SUAP e commercio su aree pubbliche; "
     "Ambiente, ecologia e rifiuti"),
    ("Area 5 - Polizia Locale",
     "dott.ssa Livia Pedrazzini, Segretario comunale (ad interim)",
     "Polizia locale e viabilità; Polizia amministrativa e annonaria; Videosorveglianza; "
     "Messi notificatori"),
]

# Cod. | Obiettivo operativo | Area resp. | Descrizione / finalità | Indicatore | T2026 | T2027 | Peso
OBIETTIVI = [
    ("OO-01", "Migrazione in cloud degli applicativi e nuovi servizi online (PNRR Misure 1.2 e 1.4.1)",
     "Area 1 - Amministrativa",
     "Completare il trasferimento degli applicativi gestionali (protocollo, anagrafe, contabilità) "
     "su infrastruttura cloud qualificata ACN e pubblicare sul nuovo sito istituzionale i servizi "
     "digitali finanziati dall'avviso PA digitale 2026, con accesso tramite SPID e CIE. Finalità: "
     "ridurre gli accessi allo sportello e i tempi di rilascio di certificati e istanze.",
     "Numero di servizi al cittadino attivati online con autenticazione SPID/CIE",
     "8 servizi attivi", "12 servizi attivi", "10"),
    ("OO-02", "Estensione dei pagamenti elettronici tramite pagoPA e app IO",
     "Area 2 - Finanziaria",
     "Integrare nel nodo pagoPA tutte le entrate patrimoniali (rette mensa, trasporto scolastico, "
     "diritti di segreteria, canone unico) e inviare gli avvisi di pagamento sull'app IO, così da "
     "semplificare i versamenti delle famiglie e automatizzare la riconciliazione contabile.",
     "Percentuale delle entrate patrimoniali riscosse tramite pagoPA sul totale riscosso",
     "85%", "95%", "6"),
    ("OO-03", "Recupero dell'evasione IMU e TARI",
     "Area 2 - Finanziaria",
     "Incrociare le banche dati catastali, anagrafiche e delle utenze per individuare immobili non "
     "dichiarati e superfici TARI non denunciate; emettere gli avvisi di accertamento esecutivi "
     "entro i termini di decadenza. Finalità: equità fiscale tra i contribuenti e stabilità delle "
     "entrate correnti del bilancio comunale.",
     "Importo complessivo degli avvisi di accertamento IMU e TARI emessi nell'anno",
     "€ 120.000", "€ 135.000", "9"),
    ("OO-04", "Riduzione dei tempi di pagamento delle fatture commerciali",
     "Area 2 - Finanziaria",
     "Rivedere il flusso di liquidazione delle fatture elettroniche tra aree proponenti e "
     "ragioneria, con scadenzario condiviso e controllo settimanale dello stock di debito, nel "
     "rispetto della riforma abilitante PNRR n. 1.11 sui tempi di pagamento delle PA.",
     "Tempo medio ponderato di pagamento delle fatture commerciali (giorni)",
     "28 giorni", "25 giorni", "5"),
    ("OO-05", "Sportello sociale di prossimità e presa in carico degli anziani soli",
     "Area 1 - Amministrativa",
     "Aprire due mattine alla settimana lo Sportello sociale presso la frazione di Cascina Rovere "
     "e costruire, con l'assistente sociale dell'Ambito di Vigevano, progetti individualizzati "
     "per anziani soli e persone fragili (consegna pasti, telesoccorso, trasporto sociale "
     "verso i presidi sanitari).",
     "Numero di progetti individualizzati attivati per anziani soli o fragili",
     "40 progetti", "45 progetti", "8"),
    ("OO-06", "Biblioteca aperta: ampliamento orari e promozione della lettura",
     "Area 1 - Amministrativa",
     "Estendere l'apertura della Biblioteca civica al sabato pomeriggio grazie ai volontari del "
     "servizio civile, organizzare il ciclo \"Leggere in Lomellina\" con le scuole e aderire "
     "al prestito interbibliotecario del sistema provinciale.",
     "Numero di prestiti annui registrati (locali e interbibliotecari)",
     "6.500 prestiti", "7.000 prestiti", "5"),
    ("OO-07", "Efficientamento energetico della scuola primaria di via Cavour (PNRR M2C4)",
     "Area 3 - Tecnica LL.PP.",
     "Concludere i lavori di sostituzione dei serramenti, coibentazione della copertura e "
     "installazione della pompa di calore nella scuola primaria, rispettando i target e le "
     "milestone PNRR e la rendicontazione sulla piattaforma ReGiS; successivamente monitorare "
     "i consumi energetici dell'edificio per verificare il risparmio ottenuto.",
     "Stato di attuazione dell'intervento e riduzione dei consumi energetici dell'edificio",
     "Lavori ultimati e collaudati entro il 30/06/2026",
     "Riduzione dei consumi del 25% rispetto al 2024", "10"),
    ("OO-08", "Programma di manutenzione straordinaria di strade e marciapiedi",
     "Area 3 - Tecnica LL.PP.",
     "Approvare il piano pluriennale delle asfaltature sulla base del catasto strade, dando "
     "priorità ai percorsi casa-scuola e all'abbattimento delle barriere architettoniche sui "
     "marciapiedi del centro storico.",
     "Metri quadrati di pavimentazione stradale rifatta nell'anno",
     "6.000 mq", "8.000 mq", "6"),
    ("OO-09", "Aggiornamento del Piano comunale di protezione civile",
     "Area 3 - Tecnica LL.PP.",
     "Aggiornare gli scenari di rischio idraulico del torrente Agogna e del rischio neve, "
     "caricare il piano sul portale regionale e informare la popolazione sulle aree di attesa, "
     "con il supporto dei volontari.",
     "Approvazione del Piano in Consiglio comunale; esercitazioni con la popolazione",
     "Piano approvato entro il 30/11/2026", "1 esercitazione pubblica", "7"),
    ("OO-10", "SUAP e Sportello edilizia completamente digitali",
     "Area 4 - Urbanistica SUAP",
     "Gestire tutte le pratiche edilizie (CILA, SCIA, permessi di costruire) e le pratiche SUAP "
     "esclusivamente attraverso il portale telematico regionale, con conservazione digitale "
     "dei fascicoli e riduzione dei tempi medi di istruttoria.",
     "Percentuale di pratiche edilizie presentate e istruite interamente in via telematica",
     "70%", "90%", "7"),
    ("OO-11", "Variante generale al Piano di Governo del Territorio",
     "Area 4 - Urbanistica SUAP",
     "Avviare il procedimento di variante generale al PGT con contestuale Valutazione Ambientale "
     "Strategica, raccogliere i suggerimenti dei cittadini e recepire il consumo di suolo "
     "previsto dal PTR di Regione Lombardia.",
     "Fase del procedimento di variante raggiunta entro il 31 dicembre",
     "Avvio del procedimento e prima conferenza VAS",
     "Adozione della variante in Consiglio comunale", "6"),
    ("OO-12", "Controllo del territorio e sicurezza stradale",
     "Area 5 - Polizia Locale",
     "Intensificare i servizi di pattugliamento serale e festivo, con particolare attenzione "
     "alle zone della movida estiva, ai parchi pubblici e ai controlli di velocità sulla "
     "strada provinciale 193.",
     "Numero di servizi serali e festivi di controllo del territorio effettuati",
     "60 servizi", "70 servizi", "8"),
    ("OO-13", "Ampliamento della videosorveglianza con varchi di lettura targhe",
     "Area 5 - Polizia Locale",
     "Installare nuovi varchi OCR agli ingressi del paese collegati alla banca dati nazionale "
     "dei veicoli rubati e non assicurati, previa valutazione d'impatto sulla protezione dei "
     "dati (DPIA) e aggiornamento del regolamento comunale di videosorveglianza.",
     "Numero di nuovi varchi di lettura targhe installati e attivi",
     "4 varchi", "2 varchi", "5"),
    ("OO-14", "Trasparenza amministrativa e qualità dei dati pubblicati",
     "Tutte le Aree (coord. Segretario)",
     "Verificare la completezza e l'aggiornamento della sezione Amministrazione trasparente, "
     "con particolare riguardo ai contratti pubblici pubblicati sulla BDNCP, e svolgere un "
     "monitoraggio semestrale a cura del Segretario comunale in qualità di RPCT.",
     "Percentuale degli obblighi di pubblicazione verificati e risultati completi",
     "100%", "100%", "8"),
]

CRONO = [
    ("OO-01", "Migrazione in cloud degli applicativi e nuovi servizi online", [
        ("1", "Ricognizione degli applicativi e dei contratti con i fornitori software",
         "gen-feb 2026", "Rossella Fumagalli (istruttore amministrativo), referente RTD"),
        ("2", "Migrazione in cloud di protocollo, anagrafe e contabilità con test di collaudo",
         "mar-giu 2026", "Rossella Fumagalli; Davide Conti (istruttore informatico)"),
        ("3", "Pubblicazione dei servizi online e asseverazione sulla piattaforma PA digitale 2026",
         "lug-set 2026", "Davide Conti; personale dei Servizi demografici"),
        ("4", "Rilevazione del gradimento degli utenti e ampliamento dei servizi",
         "ott 2026-giu 2027", "Tutto il personale dell'Area 1"),
    ]),
    ("OO-03", "Recupero dell'evasione IMU e TARI", [
        ("1", "Bonifica e incrocio delle banche dati catastali, anagrafiche e utenze",
         "gen-apr 2026", "Sara Montalto (istruttore contabile tributi)"),
        ("2", "Sopralluoghi mirati sulle superfici TARI non dichiarate",
         "mag-lug 2026", "Sara Montalto; agenti della Polizia Locale"),
        ("3", "Emissione e notifica degli avvisi di accertamento esecutivi",
         "set-nov 2026", "Sara Montalto; messi notificatori"),
        ("4", "Gestione delle istanze di autotutela e delle rateizzazioni",
         "dic 2026-mar 2027", "rag. Ottavio Ferrandi; Sara Montalto"),
    ]),
    ("OO-07", "Efficientamento energetico della scuola primaria di via Cavour", [
        ("1", "Completamento di serramenti e coibentazione durante la pausa delle lezioni",
         "gen-mar 2026", "arch. Giulia Rebecchi (RUP); direttore dei lavori esterno"),
        ("2", "Installazione della pompa di calore e dell'impianto fotovoltaico",
         "apr-mag 2026", "Marco Bellotti (istruttore tecnico)"),
        ("3", "Collaudo tecnico-amministrativo e rendicontazione su ReGiS",
         "giu 2026", "arch. Giulia Rebecchi; Marco Bellotti; ufficio ragioneria"),
        ("4", "Monitoraggio mensile dei consumi energetici dell'edificio",
         "set 2026-giu 2027", "Marco Bellotti"),
    ]),
    ("OO-09", "Aggiornamento del Piano comunale di protezione civile", [
        ("1", "Aggiornamento degli scenari di rischio idraulico e rischio neve",
         "feb-mag 2026", "Marco Bellotti; geologo incaricato"),
        ("2", "Caricamento del piano sul portale regionale e revisione delle aree di attesa",
         "giu-set 2026", "Marco Bellotti; coordinatore del gruppo volontari"),
        ("3", "Approvazione del Piano da parte del Consiglio comunale",
         "ott-nov 2026", "arch. Giulia Rebecchi; Segreteria generale"),
        ("4", "Esercitazione pubblica con la popolazione e le scuole",
         "apr 2027", "Gruppo comunale volontari di protezione civile; Polizia Locale"),
    ]),
    ("OO-12", "Controllo del territorio e sicurezza stradale", [
        ("1", "Definizione del calendario dei servizi serali e festivi",
         "gen 2026", "Ispettore Paolo Invernizzi (Polizia Locale)"),
        ("2", "Servizi di controllo nelle zone della movida estiva e nei parchi",
         "giu-set 2026", "Paolo Invernizzi; agente Chiara Ruggeri"),
        ("3", "Controlli di velocità sulla strada provinciale 193",
         "ott-dic 2026", "Paolo Invernizzi; Chiara Ruggeri"),
        ("4", "Relazione finale sull'attività al Segretario comunale",
         "gen 2027", "Paolo Invernizzi"),
    ]),
]

ANTICORRUZIONE = [
    ("Formazione obbligatoria in materia di etica e prevenzione della corruzione",
     "almeno 4 ore annue per tutti i dipendenti, con un modulo specifico sul nuovo codice dei "
     "contratti per il personale delle Aree 3 e 4",
     "il Segretario comunale, in qualità di RPCT",
     "entro il 31 ottobre di ciascun anno"),
    ("Dichiarazioni di assenza di conflitto di interessi",
     "rese da RUP, commissari di gara e responsabili di E.Q. per ogni affidamento, con verifica a "
     "campione del 10% delle dichiarazioni",
     "i Responsabili di Area titolari di incarico di E.Q.",
     "al momento dell'incarico; verifica a campione semestrale"),
    ("Segregazione delle funzioni negli affidamenti diretti",
     "distinzione tra chi istruisce la pratica e chi adotta il provvedimento finale, in luogo "
     "della rotazione ordinaria, non praticabile per le ridotte dimensioni dell'ente",
     "la Responsabile dell'Area 3 - Tecnica Lavori Pubblici e Manutenzioni",
     "misura in vigore dal 1° gennaio 2026"),
    ("Monitoraggio dei tempi procedimentali",
     "report sugli scostamenti rispetto ai termini di conclusione dei procedimenti, "
     "trasmesso al Nucleo di valutazione",
     "ciascun Responsabile di Area",
     "report semestrali entro il 31 luglio e il 31 gennaio"),
]


# --------------------------------------------------------------------------- rendering
class Plan(FPDF):
    sheet = ""

    def header(self):
        self.set_font("dv", "", 7.5)
        self.set_text_color(80, 80, 80)
        self.set_xy(self.l_margin, 6)
        self.cell(0, 4, f"{ENTE} (PV) - PIAO 2026-2028", align="L")
        self.set_xy(self.l_margin, 6)
        self.cell(0, 4, SEZ, align="C")
        self.set_xy(self.l_margin, 6)
        self.cell(0, 4, f"Foglio: {self.sheet}", align="R")
        self.set_draw_color(120, 120, 120)
        self.line(self.l_margin, 11, self.w - self.r_margin, 11)
        self.set_text_color(0, 0, 0)
        self.set_draw_color(0, 0, 0)
        self.set_y(15)

    def footer(self):
        self.set_y(-11)
        self.set_font("dv", "", 7.5)
        self.set_text_color(80, 80, 80)
        self.cell(0, 4, f"Pagina {self.page_no()} di {{nb}}", align="C")
        self.set_text_color(0, 0, 0)


def cell_lines(pdf, w, text, pad):
    return pdf.multi_cell(w - 2 * pad, 4, text, dry_run=True, output="LINES", align="L")


def ruled_table(pdf, widths, header, rows, size=8, lh=3.9, pad=1.2, caption=None,
                min_split_lines=2, bold_first=True):
    """Draw a gridded table; header repeated on every page; long rows split across pages."""
    bottom = pdf.h - 16

    def draw_header():
        pdf.set_font("dv", "B", size)
        hl = [cell_lines(pdf, w, t, pad) for w, t in zip(widths, header)]
        hh = max(len(x) for x in hl) * lh + 2 * pad
        x, y = pdf.l_margin, pdf.get_y()
        pdf.set_fill_color(217, 225, 242)
        for w, lines in zip(widths, hl):
            pdf.rect(x, y, w, hh, style="DF")
            for i, ln in enumerate(lines):
                pdf.set_xy(x + pad, y + pad + i * lh)
                pdf.cell(w - 2 * pad, lh, ln)
            x += w
        pdf.set_y(y + hh)

    if caption:
        pdf.set_font("dv", "B", 10)
        pdf.cell(0, 6, caption, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
    draw_header()
    for row in rows:
        lines = []
        for j, (w, t) in enumerate(zip(widths, row)):
            pdf.set_font("dv", "B" if (bold_first and j == 0) else "", size)
            lines.append(cell_lines(pdf, w, t, pad))
        start = 0
        total = max(len(x) for x in lines)
        while start < total:
            y = pdf.get_y()
            room = int((bottom - y - 2 * pad) // lh)
            remaining = total - start
            if room < min(remaining, min_split_lines):
                print(f"  {row[0]}: moved to next page (room {room} lines)")
                pdf.add_page()
                draw_header()
                continue
            n = min(room, remaining)
            hh = n * lh + 2 * pad
            x = pdf.l_margin
            for j, (w, cl) in enumerate(zip(widths, lines)):
                pdf.set_font("dv", "B" if (bold_first and j == 0) else "", size)
                pdf.rect(x, y, w, hh)
                for i, ln in enumerate(cl[start:start + n]):
                    pdf.set_xy(x + pad, y + pad + i * lh)
                    pdf.cell(w - 2 * pad, lh, ln)
                x += w
            pdf.set_y(y + hh)
            start += n
            if start < total:
                print(f"  {row[0]}: row split across pages ({n} + {total - start} lines)")
                pdf.add_page()
                draw_header()


def build():
    pdf = Plan(orientation="L", unit="mm", format="A4")
    pdf.add_font("dv", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("dv", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.add_font("dv", "I", str(FONT_DIR / "DejaVuSans-Oblique.ttf"))
    pdf.set_creation_date(datetime(2026, 1, 29, 9, 0, 0, tzinfo=timezone.utc))
    pdf.set_title("PIAO 2026-2028 - Sezione 2")
    pdf.set_author(ENTE)
    pdf.set_creator("Export foglio di calcolo")
    pdf.set_producer("fpdf2")
    pdf.set_margins(12, 15, 12)
    pdf.set_auto_page_break(False)
    pdf.alias_nb_pages()
    W = pdf.w - pdf.l_margin - pdf.r_margin

    def para(text, size=10, style="", after=2.5, lh=5.2):
        pdf.set_font("dv", style, size)
        pdf.multi_cell(W, lh, text, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(after)

    def heading(text, size=11.5):
        pdf.ln(1.5)
        pdf.set_font("dv", "B", size)
        pdf.cell(W, 6.5, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)

    # ------------------------------------------------------------ page 1: intro
    pdf.sheet = "INTRODUZIONE"
    pdf.add_page()
    pdf.set_font("dv", "B", 16)
    pdf.cell(W, 9, "COMUNE DI ROCCABRUNA LOMELLINA", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("dv", "", 10)
    pdf.cell(W, 5, "Provincia di Pavia", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("dv", "B", 12.5)
    pdf.cell(W, 7, "PIANO INTEGRATO DI ATTIVITÀ E ORGANIZZAZIONE (PIAO) 2026-2028", align="C",
             new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("dv", "B", 11)
    pdf.cell(W, 6, "SEZIONE 2 - VALORE PUBBLICO, PERFORMANCE E ANTICORRUZIONE", align="C",
             new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("dv", "I", 9)
    pdf.cell(W, 5, "Approvato con deliberazione della Giunta comunale n. 9 del 29/01/2026",
             align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)

    heading("Premessa e missione dell'ente")
    para("Roccabruna Lomellina è un Comune di 4.870 abitanti della Lomellina, con il capoluogo e la "
         "frazione di Cascina Rovere. La missione dell'Amministrazione è offrire servizi vicini alle "
         "persone, semplici da usare e sostenibili nel tempo, valorizzando il territorio agricolo, le "
         "risaie e la rete delle associazioni locali.")
    para("Il presente Piano è stato predisposto dal Segretario comunale, dott.ssa Livia Pedrazzini, "
         "che ricopre anche il ruolo di Responsabile della prevenzione della corruzione e della "
         "trasparenza (RPCT), sulla base degli indirizzi del Sindaco, Ernesto Malvezzi, e delle "
         "linee programmatiche di mandato 2024-2029. Gli obiettivi sono stati condivisi con i "
         "Responsabili di Area titolari di incarico di Elevata Qualificazione (E.Q.).")
    para("La misurazione e la valutazione della performance sono affidate al Nucleo di valutazione "
         "in forma monocratica, nella persona del dott. Corrado Bellinzona, che valida la Relazione "
         "sulla performance e verifica l'assolvimento degli obblighi di trasparenza.")

    heading("Sottosezione 2.1 - Valore pubblico")
    para("Per il triennio 2026-2028 l'ente persegue il valore pubblico lungo quattro dimensioni: "
         "benessere sociale (sostegno agli anziani soli e alle famiglie), benessere economico "
         "(equità fiscale e pagamenti rapidi alle imprese), benessere ambientale (risparmio "
         "energetico negli edifici pubblici e tutela del territorio dal rischio idraulico) e "
         "accessibilità digitale dei servizi. Ogni obiettivo operativo della sottosezione 2.2 è "
         "collegato ad almeno una di queste dimensioni.")
    para("Nota di lettura: le tabelle che seguono sono estratte dal foglio di lavoro del controllo "
         "di gestione. Il peso percentuale di ciascun obiettivo è calcolato sul totale degli "
         "obiettivi dell'ente (somma pari a 100) e concorre alla valutazione della performance "
         "organizzativa.", size=9, style="I")

    # ------------------------------------------------------------ organigramma
    pdf.sheet = "ORGANIGRAMMA"
    pdf.add_page()
    heading("Struttura organizzativa - Organigramma al 1° gennaio 2026")
    para("Il Comune è articolato in cinque Aree; a ciascuna è preposto un Responsabile titolare di "
         "incarico di E.Q. L'Area Polizia Locale, in attesa della copertura del posto di "
         "Commissario, è affidata ad interim al Segretario comunale.", size=9.5)
    ruled_table(pdf, [80, 75, W - 155], ["Area", "Responsabile (E.Q.)", "Uffici"],
                ORGANIGRAMMA, size=9, lh=4.6, pad=1.8)

    # ------------------------------------------------------------ obiettivi
    pdf.sheet = "OBIETTIVI 2026-2028"
    pdf.add_page()
    heading("Sottosezione 2.2 - Performance: obiettivi operativi 2026-2028")
    widths = [17, 44, 30, 74, 42, 26, 26, 0]
    widths[-1] = W - sum(widths)
    ruled_table(pdf, widths,
                ["Cod.", "Obiettivo operativo", "Area resp.", "Descrizione / finalità", "Indicatore",
                 "Target 2026", "Target 2027", "Peso %"],
                OBIETTIVI, size=8, lh=3.9, pad=1.3, min_split_lines=2)
    pdf.ln(2)
    pdf.set_font("dv", "I", 8)
    pdf.cell(W, 4, "Totale pesi: 100. I target per l'annualità 2028 saranno definiti in sede di "
             "aggiornamento annuale del Piano.", new_x="LMARGIN", new_y="NEXT")

    # ------------------------------------------------------------ cronoprogrammi
    pdf.sheet = "CRONOPROGRAMMI"
    pdf.add_page()
    heading("Cronoprogrammi delle attività (obiettivi con fasi)")
    cw = [14, 115, 40, 0]
    cw[-1] = W - sum(cw)
    for cod, titolo, fasi in CRONO:
        if pdf.get_y() > pdf.h - 16 - 45:
            pdf.add_page()
        ruled_table(pdf, cw, ["Fase", "Descrizione", "Periodo", "Personale coinvolto"], fasi,
                    size=8.5, lh=4.2, pad=1.4, caption=f"Cronoprogramma {cod} - {titolo}",
                    bold_first=False)
        pdf.ln(4)

    # ------------------------------------------------------------ anticorruzione
    pdf.sheet = "ANTICORRUZIONE"
    pdf.add_page()
    heading("Sottosezione 2.3 - Rischi corruttivi e trasparenza")
    para("La mappatura dei processi, aggiornata nel 2025, ha confermato come aree a più elevato "
         "rischio i contratti pubblici, i titoli edilizi e le concessioni di contributi. Per il "
         "triennio sono programmate le seguenti misure specifiche, il cui stato di attuazione è "
         "verificato dal RPCT in sede di monitoraggio semestrale.", size=9.5)
    for i, (mis, desc, resp, tempo) in enumerate(ANTICORRUZIONE, 1):
        pdf.set_font("dv", "B", 9.5)
        pdf.multi_cell(W, 5, f"- Misura {i}: {mis}", align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("dv", "", 9.5)
        pdf.set_x(pdf.l_margin + 6)
        pdf.multi_cell(W - 6, 5, f"Contenuto: {desc}.", align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.set_x(pdf.l_margin + 6)
        pdf.multi_cell(W - 6, 5, f"Responsabile dell'attuazione: {resp.rstrip('.')}.",
                       new_x="LMARGIN", new_y="NEXT")
        pdf.set_x(pdf.l_margin + 6)
        pdf.multi_cell(W - 6, 5, f"Tempistica: {tempo}.", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    para("Gli obblighi di pubblicazione, i responsabili della trasmissione e della pubblicazione "
         "dei dati sono indicati nell'allegato \"Elenco obblighi di trasparenza\", che costituisce "
         "parte integrante della presente sottosezione.", size=9.5)

    OUT.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(OUT))
    print(f"wrote {OUT} ({pdf.page_no()} pages)")


if __name__ == "__main__":
    build()
