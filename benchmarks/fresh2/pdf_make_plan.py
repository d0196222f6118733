"""Build a fictional PIAO 2025-2027 section 2.2 (Performance) PDF for the invented
"Comune di Torre Alboino". Deterministic: fixed creation date, no random content.

Output: benchmarks/fresh2/docs/PIAO_2025_sez2_firmato.pdf
Run:    /work/main/.venv/bin/python benchmarks/fresh2/pdf_make_plan.py
All people, companies and figures are invented.
"""
from datetime import datetime, timezone
from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).resolve().parent
OUT = HERE / "docs" / "PIAO_2025_sez2_firmato.pdf"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
ENTE = "Comune di Torre Alboino"
LH = 5.6  # body line height (mm)


class Plan(FPDF):
    def header(self):
        self.set_font("dv", "", 8)
        self.set_text_color(90, 90, 90)
        self.set_xy(self.l_margin, 8)
        self.cell(0, 4, f"{ENTE} – PIAO 2025-2027", align="L")
        self.set_xy(self.l_margin, 8)
        self.cell(0, 4, "Sezione 2.2 – Performance", align="R")
        self.set_draw_color(160, 160, 160)
        self.line(self.l_margin, 13, self.w - self.r_margin, 13)
        self.set_text_color(0, 0, 0)
        self.set_y(18)

    def footer(self):
        self.set_y(-13)
        self.set_font("dv", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, f"Pagina {self.page_no()} di {{nb}}", align="C")
        self.set_text_color(0, 0, 0)


def build():
    pdf = Plan(orientation="P", unit="mm", format="A4")
    pdf.add_font("dv", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("dv", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.add_font("dv", "I", str(FONT_DIR / "DejaVuSans-Oblique.ttf"))
    pdf.set_creation_date(datetime(2025, 2, 6, 10, 30, 0, tzinfo=timezone.utc))
    pdf.set_title("PIAO 2025-2027 - Sezione 2.2 Performance")
    pdf.set_author(ENTE)
    pdf.set_creator("Ufficio Segreteria")
    pdf.set_producer("fpdf2")
    pdf.set_margins(18, 18, 18)
    pdf.set_auto_page_break(True, margin=18)
    pdf.alias_nb_pages()
    pdf.add_page()
    W = pdf.w - pdf.l_margin - pdf.r_margin

    def para(text, size=10.5, style="", align="J", after=3):
        pdf.set_font("dv", style, size)
        pdf.multi_cell(W, LH, text, align=align, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(after)

    def heading(text, size=11.5, before=3):
        if pdf.get_y() > pdf.page_break_trigger - 25:
            pdf.add_page()
        pdf.ln(before)
        pdf.set_font("dv", "B", size)
        pdf.multi_cell(W, 6, text, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)

    # ------------------------------------------------------------------ title
    pdf.set_font("dv", "B", 15)
    pdf.cell(W, 8, "COMUNE DI TORRE ALBOINO", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("dv", "B", 12)
    pdf.multi_cell(W, 6.5, "PIANO INTEGRATO DI ATTIVITÀ E ORGANIZZAZIONE (PIAO) 2025-2027",
                   align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("dv", "", 11)
    pdf.cell(W, 6, "SEZIONE 2 – VALORE PUBBLICO, PERFORMANCE E ANTICORRUZIONE", align="C",
             new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("dv", "B", 11)
    pdf.cell(W, 6, "Sottosezione 2.2 – Performance", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)

    para("La presente sottosezione del Piano Integrato di Attività e Organizzazione (PIAO) "
         "2025-2027 è redatta ai sensi dell'art. 6 del D.L. n. 80/2021, convertito con "
         "modificazioni dalla L. n. 113/2021, e del D.M. 30 giugno 2022, n. 132, ed è stata "
         "approvata con deliberazione di Giunta comunale n. 22 del 06/02/2025. Gli obiettivi di "
         "performance organizzativa e individuale di seguito riportati discendono dagli obiettivi "
         "strategici e operativi del Documento Unico di Programmazione (DUP) 2025-2027, approvato "
         "con deliberazione di Consiglio comunale n. 58 del 19/12/2024, e sono coerenti con le "
         "risorse assegnate con il Piano Esecutivo di Gestione 2025-2027.")

    # ---------------------------------------------------------------- context
    heading("1. Contesto di riferimento")
    para("Al 31/12/2024 la popolazione residente nel Comune di Torre Alboino ammonta a 15.142 "
         "abitanti (7.398 maschi e 7.744 femmine), in lieve aumento rispetto all'anno precedente "
         "(+0,6%). Alla data del 1° gennaio 2025 l'ente conta 84 dipendenti a tempo indeterminato, "
         "di cui 5 titolari di incarico di Elevata Qualificazione (E.Q.), oltre al Segretario "
         "generale; nel corso del 2024 sono cessati 4 dipendenti e ne sono stati assunti 6.")
    para("Il tessuto economico locale conta 1.126 imprese attive, prevalentemente nei comparti "
         "agroalimentare, della meccanica di precisione e del commercio al dettaglio. Sul "
         "territorio sono presenti un Istituto comprensivo con due plessi di scuola primaria e una "
         "scuola secondaria di primo grado, l'asilo nido comunale \"Il Girasole\" (48 posti) e una "
         "residenza sanitaria assistenziale a gestione privata convenzionata.")
    para("Le funzioni di Segretario generale sono svolte dal dott. Ruggero Fantuzzi, titolare "
         "della sede di segreteria dal 1° marzo 2022, al quale sono altresì attribuite ad interim "
         "le funzioni di responsabile del Settore 4, in attesa della copertura del posto di "
         "Elevata Qualificazione. Con decreto sindacale n. 3 del 10/01/2025 il Segretario "
         "generale è stato confermato quale Responsabile della prevenzione della corruzione e "
         "della trasparenza (RPCT); le funzioni di Vice Segretario sono attribuite alla "
         "dott.ssa Elena Tognazzi, titolare di E.Q. del Settore 1.")
    para("Il servizio di refezione scolastica per le scuole dell'infanzia e primarie del "
         "territorio è affidato, a seguito di procedura aperta, alla ditta Ristorazione Oglio "
         "Servizi S.r.l., per un importo contrattuale di € 1.284.500,00 oltre IVA e per la durata "
         "di tre anni scolastici (dall'a.s. 2024/2025 all'a.s. 2026/2027). Il servizio di igiene "
         "urbana è gestito da Ecoservizi Padana S.p.A. in forza del contratto di servizio in "
         "scadenza il 31/03/2028; nel 2024 la percentuale di raccolta differenziata si è "
         "attestata al 76,8%, in aumento rispetto al 74,1% registrato nel 2023.")
    para("L'ente è beneficiario del finanziamento PNRR – Missione 1, Componente 1, Misura 1.4.1 "
         "\"Esperienza del cittadino nei servizi pubblici\", per un importo di € 155.234,00, "
         "destinato alla migrazione dei servizi online sul nuovo sito istituzionale; le attività "
         "devono essere concluse e asseverate entro il 30/06/2025, pena la revoca del contributo.")
    para("Il trasporto scolastico è gestito in economia con due scuolabus comunali ed è utilizzato "
         "da 212 alunni; la tariffa annua per l'a.s. 2025/2026 è fissata in € 260,00 per il primo "
         "figlio e in € 190,00 per ciascun figlio successivo (deliberazione di Giunta comunale "
         "n. 14 del 23/01/2025). La Biblioteca civica \"Angelo Scalvini\" ha registrato nel 2024 "
         "18.950 prestiti e 1.734 utenti attivi; l'iscrizione al servizio è gratuita.")
    para("La misurazione e valutazione della performance è effettuata dal Nucleo di valutazione "
         "in composizione collegiale, nominato con decreto sindacale n. 12 del 02/05/2023 per il "
         "triennio 2023-2025 e composto dal dott. Alberto Casnedi (presidente), dalla dott.ssa "
         "Paola Zanardelli e dal dott. Michele Ghidotti. La valutazione avviene secondo il "
         "Sistema di misurazione e valutazione della performance (SMiVaP) approvato con "
         "deliberazione di Giunta comunale n. 37 del 14/03/2023.")

    # ------------------------------------------------------------- org chart
    heading("2. Struttura organizzativa")
    para("L'assetto organizzativo dell'ente, definito con deliberazione di Giunta comunale "
         "n. 141 del 21/11/2024, si articola in sei settori, a ciascuno dei quali è preposto un "
         "titolare di incarico di Elevata Qualificazione nominato con decreto sindacale.")
    pdf.set_font("dv", "B", 10.5)
    pdf.cell(W, LH, "SEGRETERIA GENERALE", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("dv", "", 10.5)
    pdf.multi_cell(W, LH, "Segretario generale: dott. Ruggero Fantuzzi – sovrintende allo "
                   "svolgimento delle funzioni dei titolari di E.Q. e ne coordina l'attività.",
                   align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2.5)
    settori = [
        ("SETTORE 1 – AFFARI GENERALI E SERVIZI DEMOGRAFICI",
         "dott.ssa Elena Tognazzi (Vice Segretario)",
         "segreteria generale e organi istituzionali, protocollo e archivio, messi notificatori, "
         "anagrafe, stato civile, elettorale e leva, URP e comunicazione istituzionale, "
         "transizione digitale."),
        ("SETTORE 2 – SERVIZI FINANZIARI, TRIBUTI E PERSONALE",
         "dott. Marco Pedrazzini",
         "programmazione e bilancio, contabilità ed economato, tributi (IMU, TARI, canone unico "
         "patrimoniale), trattamento giuridico ed economico del personale, società partecipate."),
        ("SETTORE 3 – LAVORI PUBBLICI, PATRIMONIO E AMBIENTE",
         "ing. Davide Ferrandi",
         "opere pubbliche, manutenzione di strade ed edifici comunali, patrimonio e demanio, "
         "verde pubblico, cimiteri, igiene urbana e ambiente, protezione civile."),
        ("SETTORE 4 – URBANISTICA, EDILIZIA PRIVATA E SUAP",
         "posto vacante – funzioni attribuite ad interim al Segretario generale, "
         "dott. Ruggero Fantuzzi",
         "pianificazione urbanistica (PGT), edilizia privata e SUE, sportello unico per le "
         "attività produttive (SUAP), commercio e mercati, accesso agli atti edilizi."),
        ("SETTORE 5 – SERVIZI ALLA PERSONA, ISTRUZIONE E CULTURA",
         "dott.ssa Francesca Orlandelli",
         "servizi sociali e assistenza domiciliare, asilo nido \"Il Girasole\", diritto allo "
         "studio, refezione e trasporto scolastico, biblioteca civica, cultura, sport e "
         "politiche giovanili."),
        ("SETTORE 6 – POLIZIA LOCALE",
         "commissario Sergio Vitali (Comandante)",
         "polizia stradale e infortunistica, polizia amministrativa, commerciale ed edilizia, "
         "videosorveglianza urbana, polizia giudiziaria, ordinanze e pubblica sicurezza."),
    ]
    for name, holder, servizi in settori:
        if pdf.get_y() > pdf.page_break_trigger - 22:
            pdf.add_page()
        pdf.set_font("dv", "B", 10.5)
        pdf.multi_cell(W, LH, name, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("dv", "", 10.5)
        pdf.set_x(pdf.l_margin + 5)
        pdf.multi_cell(W - 5, LH, f"Titolare di incarico di E.Q.: {holder}", align="L",
                       new_x="LMARGIN", new_y="NEXT")
        pdf.set_x(pdf.l_margin + 5)
        pdf.multi_cell(W - 5, LH, f"Servizi: {servizi}", align="L",
                       new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2.5)

    # ------------------------------------------------------------ objectives
    heading("3. Obiettivi di performance 2025")
    para("Gli obiettivi di performance assegnati ai settori per l'anno 2025 sono riepilogati "
         "nella tabella seguente; per ciascun obiettivo è riportata di seguito una scheda di "
         "dettaglio con la descrizione, le fasi di attuazione e il personale coinvolto. I target "
         "si riferiscono al 31 dicembre 2025, salvo diversa scadenza indicata.")
    para("Il collegamento con il valore pubblico è assicurato dalla corrispondenza di ciascun "
         "obiettivo con gli obiettivi operativi della Sezione Operativa del DUP 2025-2027. Tutti i "
         "titolari di E.Q. concorrono inoltre agli obiettivi trasversali di rispetto dei tempi di "
         "pagamento delle fatture commerciali (indicatore di tempestività dei pagamenti ≤ 0 "
         "giorni) e di attuazione delle misure di trasparenza previste dalla sottosezione 2.3 "
         "\"Rischi corruttivi e trasparenza\".")

    objectives = [
        dict(code="OB.2025.01",
             title="Migrazione dei servizi online sul nuovo sito istituzionale e attivazione "
                   "dei pagamenti pagoPA (PNRR Misura 1.4.1)",
             settore="Settore 1",
             ind=[("Servizi online attivati sul nuovo sito istituzionale", "≥ 12 servizi"),
                  ("Certificati anagrafici rilasciati online sul totale dei certificati",
                   "≥ 60%")],
             scad="30/06/2025",
             descr="Nell'ambito della Misura 1.4.1 del PNRR l'obiettivo prevede la migrazione "
                   "dei contenuti e dei servizi online sul nuovo sito istituzionale conforme al "
                   "modello \"Comuni\" di Designers Italia e l'attivazione della certificazione "
                   "anagrafica online con pagamento dei diritti tramite pagoPA.",
             risultato="Riduzione degli accessi fisici allo sportello anagrafico e rilascio "
                       "online di almeno il 60% dei certificati anagrafici.",
             fasi=["migrazione dei contenuti e collaudo del nuovo sito (gennaio – marzo 2025)",
                   "attivazione dei servizi online e integrazione con pagoPA (aprile – maggio "
                   "2025)",
                   "asseverazione e rendicontazione sulla piattaforma PA digitale 2026 (entro "
                   "giugno 2025)"],
             stake="cittadini, professionisti, Dipartimento per la trasformazione digitale.",
             dip="Bonetti Giulia, Rivetti Stefano, Zaninelli Marta."),
        dict(code="OB.2025.02",
             title="Recupero dell'evasione IMU e TARI per le annualità 2020-2023",
             settore="Settore 2",
             ind=[("Importo complessivo degli avvisi di accertamento emessi",
                   "≥ € 320.000,00")],
             scad="31/12/2025",
             descr="Bonifica della banca dati tributaria mediante l'incrocio con le banche dati "
                   "catastali e anagrafiche ed emissione degli avvisi di accertamento per le "
                   "annualità 2020-2023, prima della scadenza dei termini di decadenza.",
             risultato="Maggiore equità fiscale e accertamento di somme evase per almeno "
                       "€ 320.000,00.",
             fasi=["incrocio delle banche dati catastali e anagrafiche (febbraio – aprile 2025)",
                   "emissione degli avvisi di accertamento per l'annualità 2020 (entro "
                   "settembre 2025)",
                   "emissione degli avvisi per le annualità 2021-2023 e gestione delle istanze "
                   "di rateizzazione (ottobre – dicembre 2025)"],
             stake="contribuenti, CAF e studi professionali del territorio.",
             dip="Gatti Roberta, Mainardi Paolo."),
        dict(code="OB.2025.03",
             title="Efficientamento energetico della scuola primaria \"Don Primo Mazzolari\"",
             settore="Settore 3",
             ind=[("Ultimazione dei lavori (certificato di ultimazione)", "entro il 31/10/2025"),
                  ("Riduzione stimata dei consumi termici rispetto al 2023 (diagnosi "
                   "energetica)", "≥ 25%")],
             scad="31/12/2025",
             descr="L'intervento, finanziato con contributo regionale del bando \"Scuole "
                   "efficienti\" per € 410.000,00 e con fondi propri di bilancio per € 95.000,00, "
                   "prevede la sostituzione dei serramenti, la realizzazione del cappotto termico "
                   "e la sostituzione della caldaia con una pompa di calore. I lavori si "
                   "svolgono durante la sospensione estiva delle attività didattiche.",
             risultato="Miglioramento del comfort degli ambienti scolastici e riduzione dei "
                       "consumi termici dell'edificio di almeno il 25%.",
             fasi=["approvazione del progetto esecutivo (febbraio 2025)",
                   "aggiudicazione dei lavori (aprile 2025)",
                   "esecuzione dei lavori (giugno – settembre 2025)",
                   "certificato di ultimazione dei lavori (entro ottobre 2025)",
                   "certificato di regolare esecuzione (dicembre 2025)"],
             stake="alunni e famiglie, Istituto comprensivo di Torre Alboino, Regione.",
             dip="Bertoletti Andrea, Pasini Ilaria."),
        dict(code="OB.2025.04",
             title="Digitalizzazione dell'archivio delle pratiche edilizie 1990-2010",
             settore="Settore 4",
             ind=[("Pratiche edilizie scansionate e indicizzate", "1.800 pratiche"),
                  ("Tempo medio di evasione delle richieste di accesso agli atti",
                   "≤ 20 giorni")],
             scad="30/11/2025",
             descr="Scansione e indicizzazione delle pratiche edilizie dal 1990 al 2010 "
                   "conservate nell'archivio di deposito, con il supporto di una ditta "
                   "specializzata, e caricamento dei fascicoli digitali nel gestionale "
                   "dell'edilizia privata.",
             risultato="Riduzione dei tempi di risposta alle richieste di accesso agli atti "
                       "edilizi a non più di 20 giorni.",
             fasi=["ricognizione dell'archivio ed elenco di consistenza (marzo 2025)",
                   "scansione e indicizzazione delle pratiche (aprile – ottobre 2025)",
                   "caricamento nel gestionale e consultazione online per i professionisti "
                   "(novembre 2025)"],
             stake="professionisti tecnici, notai, cittadini.",
             dip="Rizzi Daniela, Tomasoni Fabio."),
        dict(code="OB.2025.05",
             title="Incremento della raccolta differenziata e contrasto all'abbandono dei "
                   "rifiuti",
             settore="Settore 3",
             ind=[("Percentuale di raccolta differenziata", "≥ 78%")],
             scad="31/12/2025",
             descr="In collaborazione con il gestore Ecoservizi Padana S.p.A., estensione della "
                   "raccolta porta a porta della frazione organica alle utenze non domestiche, "
                   "campagna informativa e installazione di 6 fototrappole nei punti critici per "
                   "il contrasto all'abbandono dei rifiuti.",
             risultato="Raggiungimento di una percentuale di raccolta differenziata pari ad "
                       "almeno il 78% (valore 2024: 76,8%).",
             fasi=["campagna informativa e distribuzione dei kit (marzo – aprile 2025)",
                   "avvio del porta a porta per le utenze non domestiche (maggio 2025)",
                   "installazione delle fototrappole (giugno 2025)",
                   "monitoraggio mensile dei dati di raccolta (giugno – dicembre 2025)"],
             stake="utenze domestiche e non domestiche, Ecoservizi Padana S.p.A., scuole, "
                   "associazioni di volontariato ambientale.",
             dip="Bodini Carlo, Peroni Alessia."),
        dict(code="OB.2025.06",
             title="Iscrizioni online ai servizi scolastici (refezione, trasporto, pre e post "
                   "scuola)",
             settore="Settore 5",
             ind=[("Domande di iscrizione presentate online sul totale delle domande", "≥ 90%")],
             scad="31/07/2025",
             descr="Attivazione sul portale dei servizi scolastici delle iscrizioni online con "
                   "accesso SPID/CIE per la refezione, il trasporto scolastico e il pre e post "
                   "scuola dell'a.s. 2025/2026, con pagamento delle tariffe tramite pagoPA.",
             risultato="Eliminazione dei moduli cartacei e riduzione dei tempi di formazione "
                       "delle graduatorie.",
             fasi=["configurazione del portale e test con le famiglie (marzo 2025)",
                   "apertura delle iscrizioni (dal 2 maggio al 15 giugno 2025)",
                   "formazione delle graduatorie e dei percorsi dello scuolabus (luglio 2025)"],
             stake="famiglie degli alunni, Istituto comprensivo, Ristorazione Oglio Servizi "
                   "S.r.l.",
             dip="Ghisleri Anna, Fontana Matteo."),
        dict(code="OB.2025.07",
             title="Biblioteca civica: apertura al sabato pomeriggio e promozione della lettura",
             settore="Settore 5",
             ind=[("Prestiti annui della biblioteca civica", "≥ 20.000"),
                  ("Iniziative di promozione della lettura realizzate", "≥ 24")],
             scad="31/12/2025",
             descr="Apertura della Biblioteca civica \"Angelo Scalvini\" anche il sabato dalle "
                   "14.30 alle 18.30, adesione al progetto \"Nati per leggere\" e organizzazione "
                   "della rassegna \"Torre legge\" con incontri con autori.",
             risultato="Incremento dei prestiti oltre quota 20.000 e ampliamento dell'utenza "
                       "giovanile.",
             fasi=["riorganizzazione dei turni del personale (gennaio 2025)",
                   "avvio dell'apertura del sabato pomeriggio (dal 1° febbraio 2025)",
                   "rassegna \"Torre legge\" (marzo – maggio e ottobre – novembre 2025)"],
             stake="utenti della biblioteca, scuole, sistema bibliotecario territoriale, "
                   "associazioni culturali.",
             dip="Lazzari Beatrice, Manenti Irene."),
        dict(code="OB.2025.08",
             title="Potenziamento della videosorveglianza e dei controlli di sicurezza stradale",
             settore="Settore 6",
             ind=[("Nuove telecamere di lettura targhe installate e collegate alla centrale "
                   "operativa", "14"),
                  ("Servizi di controllo della velocità effettuati", "≥ 120")],
             scad="31/10/2025",
             descr="Installazione di 14 nuove telecamere di lettura targhe ai varchi di accesso "
                   "al territorio comunale, collegate alla centrale operativa del Comando, e "
                   "intensificazione dei controlli della velocità con strumento telelaser lungo "
                   "via Cremona e via Europa.",
             risultato="Maggiore sicurezza percepita e riduzione dei sinistri stradali con "
                       "feriti.",
             fasi=["sottoscrizione del patto per la sicurezza urbana con la Prefettura "
                   "(febbraio 2025)",
                   "installazione e collaudo delle telecamere (maggio – settembre 2025)",
                   "controlli della velocità con telelaser (tutto l'anno, almeno 10 servizi "
                   "al mese)"],
             stake="cittadini, Prefettura, Stazione dei Carabinieri di Torre Alboino.",
             dip="Martinelli Simone, Cropelli Laura, Zucchi Davide."),
    ]

    # ---- unruled table: columns aligned by x position, wrapped inside columns
    cols = [("Cod.", 23.5), ("Obiettivo", 42), ("Settore", 17.5), ("Indicatore", 42),
            ("Target 2025", 28), ("Scadenza", 21)]
    xs = []
    x = pdf.l_margin
    for _, w in cols:
        xs.append(x)
        x += w
    TLH = 4.8
    pad = 0.0  # multi_cell already keeps a 1 mm cell margin on both sides

    def lines(text, w):
        return pdf.multi_cell(w - pad, TLH, text, align="L", dry_run=True, output="LINES")

    def table_header():
        pdf.set_font("dv", "B", 9)
        y = pdf.get_y()
        for (label, w), x0 in zip(cols, xs):
            pdf.set_xy(x0, y)
            pdf.cell(w - pad, TLH + 1, label, align="L")
        pdf.set_y(y + TLH + 3)

    table_header()
    pdf.set_font("dv", "", 9)
    for ob in objectives:
        pdf.set_font("dv", "", 9)
        n_title = len(lines(ob["title"], cols[1][1]))
        sub_h = []
        for ind, tgt in ob["ind"]:
            sub_h.append(max(len(lines(ind, cols[3][1])), len(lines(tgt, cols[4][1]))))
        n_rows = max(n_title, sum(sub_h) + len(sub_h) - 1)
        h = n_rows * TLH
        if pdf.get_y() + h > pdf.page_break_trigger:
            pdf.add_page()
            table_header()
        y0 = pdf.get_y()
        pdf.set_font("dv", "B", 9)
        pdf.set_xy(xs[0], y0)
        pdf.multi_cell(cols[0][1] - pad, TLH, ob["code"], align="L")
        pdf.set_font("dv", "", 9)
        pdf.set_xy(xs[1], y0)
        pdf.multi_cell(cols[1][1] - pad, TLH, ob["title"], align="L")
        pdf.set_xy(xs[2], y0)
        pdf.multi_cell(cols[2][1] - pad, TLH, ob["settore"], align="L")
        yy = y0
        for (ind, tgt), n in zip(ob["ind"], sub_h):
            pdf.set_xy(xs[3], yy)
            pdf.multi_cell(cols[3][1] - pad, TLH, ind, align="L")
            pdf.set_xy(xs[4], yy)
            pdf.multi_cell(cols[4][1] - pad, TLH, tgt, align="L")
            yy += (n + 1) * TLH
        pdf.set_xy(xs[5], y0)
        pdf.multi_cell(cols[5][1] - pad, TLH, ob["scad"], align="L")
        pdf.set_y(y0 + h + 3)
    pdf.ln(2)

    # ---- schede
    heading("Schede di dettaglio degli obiettivi")
    for ob in objectives:
        if pdf.get_y() > pdf.page_break_trigger - 30:
            pdf.add_page()
        pdf.ln(1.5)
        pdf.set_font("dv", "B", 10)
        pdf.multi_cell(W, LH, f"Scheda {ob['code']} – {ob['title']}", align="L",
                       new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.8)

        def labelled(label, text):
            pdf.set_font("dv", "", 10)
            pdf.multi_cell(W, 5.3, f"{label} {text}", align="J",
                           new_x="LMARGIN", new_y="NEXT")

        labelled("Descrizione:", ob["descr"])
        labelled("Risultato atteso:", ob["risultato"])
        labelled("Fasi:", "; ".join(f"{i}) {f}" for i, f in enumerate(ob["fasi"], 1)) + ".")
        labelled("Stakeholder:", ob["stake"])
        labelled("Dipendenti coinvolti:", ob["dip"])
        pdf.ln(2.5)

    # ------------------------------------------------------------ monitoring
    heading("4. Monitoraggio")
    para("Lo stato di attuazione degli obiettivi è verificato con un monitoraggio intermedio "
         "riferito alla data del 31/07/2025: i titolari di incarico di E.Q. trasmettono al "
         "Segretario generale le schede di rendicontazione entro il 10/09/2025 e il Nucleo di "
         "valutazione ne verifica la coerenza con i target approvati. Eventuali rimodulazioni "
         "degli obiettivi sono approvate dalla Giunta comunale su proposta del Segretario "
         "generale. La Relazione sulla performance 2025 sarà approvata dalla Giunta entro il "
         "30/06/2026 e validata dal Nucleo di valutazione, quale presupposto per l'erogazione "
         "della retribuzione di risultato e dei premi correlati alla performance.")
    pdf.ln(4)
    pdf.set_font("dv", "", 10)
    pdf.cell(W, LH, "Il Segretario generale", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(W, LH, "dott. Ruggero Fantuzzi", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("dv", "I", 8)
    pdf.cell(W, LH, "Documento firmato digitalmente ai sensi del D.Lgs. n. 82/2005 e norme "
             "collegate", align="R", new_x="LMARGIN", new_y="NEXT")

    OUT.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(OUT))
    return pdf.page_no()


if __name__ == "__main__":
    n = build()
    print(f"wrote {OUT} ({n} pages)")
