"""Write the two FICTIONAL PIAO 2026-2028 documents of fresh29 ("objectives written in prose") into docs/.
All people, places, bodies and figures are invented.

1. docs/collemerlano_piao-2026-2028.docx  (Comune di Collemerlano, Provincia di Teramo), written with python-docx:
   * Word headings: Heading 1 for the Sezioni, Heading 2 for the sottosezioni and for the five strategic lines
     ("Linea strategica 2 – Conti in ordine ed equità fiscale"), Heading 3 for the ten operational objectives
     ("Obiettivo operativo 2.1 – Recupero dell'evasione IMU e TARI");
   * every objective is 1-3 plain paragraphs of PROSE with no labelled field, no list and no table: who is
     responsible (a Settore / Servizio / Ufficio and/or a named person, once the Segretario comunale who runs a
     Settore ad interim), why (figures of 2025), the expected result, the deadline and phases, sometimes
     indicators, the named staff and the bodies that collaborate or benefit;
   * 3.1 Struttura organizzativa: a Word table Settore | Responsabile | Servizi e uffici | Dipendenti;
   * short narrative sections with figures (anagrafica, valore pubblico, rischi, lavoro agile, formazione,
     fabbisogni).
2. docs/pietrasolca_piao-2026-2028.pdf  (Comune di Pietrasolca, Provincia di Bergamo), written with fpdf2 (core
   Helvetica, windows-1252, A4 portrait, running header and footer "Pagina N di M"):
   * the ten objectives are BOLD TEXT LINES "OB.04 — <titolo>" (not a heading structure: a PDF has none) under
     bold "Indirizzo strategico X – …" lines, each followed by 1-3 JUSTIFIED prose paragraphs;
   * 3.1 Struttura organizzativa: a bulleted LIST, one bullet per Area with its responsabile, services and staff.

Deterministic: no randomness; fixed metadata; the PDF has a pinned creation date (fpdf2 derives the /ID from the
content); the DOCX core properties are pinned and the zip is rewritten with fixed member timestamps, so two builds
are byte-identical.

Run: /work/main/.venv/bin/python benchmarks/fresh29/make_plan.py [OUT_DIR]   (default OUT_DIR: docs/ next to this
file; needs fpdf2 and python-docx, both in /work/main/.venv)
"""
from __future__ import annotations

import io
import zipfile
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
DOCX_NAME = "collemerlano_piao-2026-2028.docx"
PDF_NAME = "pietrasolca_piao-2026-2028.pdf"
FIXED_DATE = datetime(2026, 2, 2, 8, 30, 0, tzinfo=timezone.utc)
ZIP_DATE = (2026, 2, 2, 8, 30, 0)

# =============================================================================================================
# 1. Comune di Collemerlano (DOCX)
# =============================================================================================================
C = "Collemerlano"

C_TITLE = [("COMUNE DI COLLEMERLANO", "Title"), ("Provincia di Teramo", None),
           ("Piano Integrato di Attività e Organizzazione (PIAO) 2026-2028", "Subtitle"),
           ("Approvato con deliberazione della Giunta comunale n. 9 del 29 gennaio 2026", None)]

C_ANAGRAFICA = [
    "Il Comune di Collemerlano conta 5.836 abitanti al 31 dicembre 2025 e si estende per 38,4 kmq sulle colline "
    "tra la costa e i Monti della Laga. Oltre al capoluogo comprende le frazioni di Santa Lucia, Villa Ripoli e "
    "Piano del Merlo e numerose case sparse in zona agricola.",
    "Il Sindaco è l'avv. Roberto Cantagallo, eletto nel giugno 2024. Il Segretario comunale è il dott. Gianluca "
    "Marinelli, in servizio presso l'Ente dal 2022.",
]

C_VALORE = [
    "Per l'Amministrazione creare valore pubblico significa rendere i servizi più vicini a chi vive nelle "
    "frazioni, mettere in sicurezza le scuole e il territorio e sostenere le famiglie e gli anziani. Nel 2025 il "
    "22% delle richieste di certificati è stato presentato on line, la raccolta differenziata si è fermata al 58,4% "
    "e il tempo medio di pagamento delle fatture è stato di 41 giorni: sono i punti di partenza su cui si misurano "
    "gli obiettivi del triennio.",
]

C_PERF_INTRO = (
    "Gli obiettivi operativi del 2026 sono undici e sono raggruppati secondo le cinque linee strategiche della "
    "Sezione strategica del DUP 2026-2028. Ogni obiettivo è descritto in forma discorsiva: il testo indica chi ne "
    "risponde, le ragioni dell'intervento, il risultato atteso, i tempi e, quando previsti, gli indicatori, il "
    "personale e i soggetti coinvolti. I Responsabili dei Settori sono riportati nell'organigramma della "
    "sottosezione 3.1.")

# (line number, line heading)
C_LINES = [
    (1, "Linea strategica 1 – Un Comune digitale e trasparente"),
    (2, "Linea strategica 2 – Conti in ordine ed equità fiscale"),
    (3, "Linea strategica 3 – Territorio sicuro e sostenibile"),
    (4, "Linea strategica 4 – Comunità che si prende cura"),
    (5, "Linea strategica 5 – Sicurezza e sviluppo locale"),
]

# (code, title, [paragraphs])
C_OBJ = [
    ("1.1", "Anagrafe on line e carta d'identità elettronica senza attese", [
        "Nel 2025 l'Ufficio Servizi Demografici ha rilasciato allo sportello 3.420 certificati, mentre solo il 22% "
        "delle richieste è arrivato tramite il portale; l'attesa media per un appuntamento per la carta d'identità "
        "elettronica ha raggiunto i 38 giorni. L'obiettivo è affidato al Settore I – Affari Generali e Servizi "
        "Demografici, retto ad interim dal Segretario comunale, dott. Gianluca Marinelli.",
        "Il risultato atteso è portare al 60% la quota di certificati rilasciati on line e ridurre a 15 giorni "
        "l'attesa per la carta d'identità elettronica. Entro febbraio 2026 saranno attivati i servizi anagrafici "
        "sul portale; da marzo a maggio 2026 l'ufficio aprirà il sabato mattina due volte al mese per le carte "
        "d'identità; il nuovo assetto dovrà essere a regime entro il 30 giugno 2026. Vi lavorano le ufficiali "
        "d'anagrafe Rita Di Giacinto e Lorena Ciprietti. Ne beneficiano i cittadini residenti, in particolare i "
        "pendolari e gli anziani delle frazioni.",
    ]),
    ("1.2", "Trasparenza: pubblicazioni aggiornate e accesso civico nei termini", [
        "Il monitoraggio del Nucleo di valutazione sul 2025 ha rilevato 14 obblighi di pubblicazione non "
        "aggiornati, soprattutto nelle sottosezioni dedicate ai provvedimenti e ai contratti, e 5 istanze di "
        "accesso civico evase oltre il termine. La cura dell'obiettivo spetta all'Ufficio Segreteria, con la "
        "collaborazione dei referenti per la trasparenza di tutti i Settori.",
        "L'obiettivo sarà raggiunto quando il 100% degli obblighi di pubblicazione risulterà aggiornato e tutte le "
        "istanze di accesso civico saranno evase entro 30 giorni. La prima verifica sugli obblighi di "
        "pubblicazione si chiuderà entro il 31 maggio 2026 e la seconda verifica entro il 30 novembre 2026; "
        "interlocutore principale è il Nucleo di valutazione, al quale saranno trasmessi gli esiti. Gli indicatori "
        "sono la percentuale di obblighi aggiornati (target 100%) e il numero di istanze evase oltre il termine "
        "(target 0).",
    ]),
    ("2.1", "Recupero dell'evasione IMU e TARI", [
        "Ne risponde la dott.ssa Marta Ferrante, responsabile del Settore II – Economico-Finanziario e Tributi. "
        "Dall'incrocio tra la banca dati catastale e i ruoli TARI del 2025 sono emerse circa 410 posizioni con "
        "superfici non dichiarate o immobili mai denunciati, concentrate soprattutto nelle seconde case e nei "
        "fabbricati rurali.",
        "Il lavoro è suddiviso in tre fasi: entro marzo 2026 la bonifica della banca dati e l'incrocio con le "
        "utenze idriche; da aprile a settembre 2026 l'invio dei questionari e i sopralluoghi; entro il 30 novembre "
        "2026 l'emissione degli avvisi di accertamento. Il risultato atteso è emettere almeno 300 avvisi di "
        "accertamento e incassarne il 55% entro la fine dell'anno. Gli indicatori sono il numero di avvisi emessi "
        "(target 300) e la percentuale di riscossione (target 55%).",
        "Al controllo lavora l'istruttore Alessio Ranalli dell'Ufficio Tributi; collaborano la Polizia Locale per "
        "i sopralluoghi e Acque del Merlano S.p.A., gestore del servizio idrico, per i dati delle utenze.",
    ]),
    ("2.2", "Pagamento delle fatture commerciali entro trenta giorni", [
        "Nel 2025 il Comune ha pagato le fatture commerciali in media in 41 giorni, oltre il termine di legge di "
        "30 giorni, con un indicatore di ritardo annuale di +11 giorni. L'obiettivo è affidato al Servizio "
        "Ragioneria, che a partire da gennaio 2026 invierà ogni due settimane ai Settori l'elenco delle fatture in "
        "scadenza. Si misurerà con il tempo medio di pagamento, da portare a 28 giorni, e con l'indicatore di "
        "ritardo annuale, che dovrà risultare negativo. L'obiettivo sarà raggiunto quando il tempo medio di "
        "pagamento si attesterà stabilmente sotto i 30 giorni, con verifica finale al 31 dicembre 2026. Ne "
        "beneficiano le imprese fornitrici del Comune.",
    ]),
    ("3.1", "Adeguamento sismico della scuola dell'infanzia di Santa Lucia", [
        "La verifica di vulnerabilità sismica conclusa nel 2025 ha assegnato all'edificio della scuola "
        "dell'infanzia di Santa Lucia un indice di rischio pari a 0,42, ben al di sotto della soglia di "
        "sicurezza; i 46 bambini iscritti sono stati trasferiti temporaneamente nei locali della scuola primaria "
        "di Villa Ripoli. Cura l'intervento il Settore III – Tecnico, Lavori Pubblici e Ambiente; responsabile "
        "del procedimento è l'ing. Davide Cordeschi.",
        "L'aggiudicazione dei lavori è prevista entro aprile 2026 e l'avvio del cantiere a giugno 2026, a scuole "
        "chiuse; entro il 15 dicembre 2026 dovrà essere eseguito il 70% dei lavori, con conclusione entro il 31 "
        "luglio 2027. Il risultato atteso è restituire ai bambini un edificio con indice di rischio non inferiore "
        "a 0,8 per l'avvio dell'anno scolastico 2027/2028. L'avanzamento sarà misurato con la percentuale dei "
        "lavori eseguiti risultante dagli stati di avanzamento (target 2026: 70%).",
        "Sono coinvolti l'istituto comprensivo, le famiglie dei bambini iscritti e la Regione Abruzzo, che "
        "cofinanzia l'intervento.",
    ]),
    ("3.2", "Raccolta differenziata porta a porta nelle frazioni", [
        "L'obiettivo sarà seguito dal Servizio Ambiente, con il geom. Walter Di Febo come referente operativo. Nel "
        "2025 la raccolta differenziata si è fermata al 58,4%, con i risultati peggiori nelle frazioni di Piano "
        "del Merlo e Villa Ripoli, dove sono ancora presenti i cassonetti stradali.",
        "Da marzo 2026 il porta a porta partirà a Piano del Merlo; da settembre 2026 sarà esteso a Villa Ripoli. "
        "Il risultato atteso è raggiungere il 68% di raccolta differenziata su base annua entro il 31 dicembre "
        "2026. Collaborano la società Ecoservizi Val Merlano, che gestisce la raccolta, e le scuole del territorio "
        "per la campagna informativa.",
    ]),
    ("3.3", "Manutenzione straordinaria delle strade rurali", [
        "Le piogge dell'autunno 2025 hanno reso difficilmente percorribili diverse strade rurali, in particolare "
        "la strada vicinale del Colle e il tratto di via Fonte Vecchia verso Piano del Merlo. L'obiettivo fa capo "
        "al geom. Nicola Core, istruttore direttivo dell'Ufficio Manutenzioni, che coordinerà la squadra operai "
        "composta da Sandro Marcozzi e Luigi Cipollone. Entro aprile 2026 sarà approvato il progetto di intervento "
        "e da maggio a settembre 2026 saranno eseguiti i lavori, evitando il periodo della vendemmia. Il risultato "
        "atteso è ripristinare 6,5 km di strade rurali entro il 30 settembre 2026. Ne beneficiano le aziende "
        "agricole e i residenti delle case sparse.",
    ]),
    ("4.1", "Nuovo servizio di refezione scolastica con prodotti locali", [
        "Il contratto di refezione scolastica scade il 30 giugno 2026 e nel questionario del 2025 il 37% delle "
        "famiglie si è dichiarato poco soddisfatto della qualità dei pasti. Il nuovo appalto è affidato al "
        "Settore IV – Servizi Sociali, Istruzione e Cultura, sotto la direzione della dott.ssa Ilaria Pomante.",
        "Il capitolato sarà approvato entro il 28 febbraio 2026, la gara si svolgerà tra marzo e maggio 2026 e il "
        "nuovo gestore prenderà servizio il 14 settembre 2026, con l'avvio dell'anno scolastico. L'obiettivo sarà "
        "raggiunto quando almeno il 50% dei prodotti nei menu sarà biologico o a km 0 e la quota di famiglie "
        "soddisfatte supererà l'80%. Vi collabora l'istruttrice Federica Mazzitti dell'Ufficio Pubblica "
        "Istruzione; sono coinvolti la Commissione mensa, l'istituto comprensivo e la ASL di Teramo per la "
        "validazione dei menu.",
    ]),
    ("4.2", "Assistenza domiciliare agli anziani soli delle frazioni", [
        "Nel 2025 il servizio di assistenza domiciliare ha seguito 31 anziani, ma 17 domande sono rimaste in lista "
        "d'attesa, quasi tutte dalle frazioni di Santa Lucia e Piano del Merlo. Dell'obiettivo si occupa "
        "l'Ufficio Servizi Sociali; vi lavora l'assistente sociale dott.ssa Chiara Di Marco. A partire da febbraio 2026 "
        "sarà rivista la graduatoria e da aprile 2026 entrerà in servizio un secondo operatore socio-sanitario. "
        "Il risultato atteso è azzerare la lista d'attesa e seguire almeno 45 anziani entro il 31 dicembre 2026. "
        "L'indicatore è il numero di anziani assistiti a domicilio (target 45). Collaborano l'Ambito distrettuale "
        "sociale e l'associazione di volontariato La Rete del Colle.",
    ]),
    ("5.1", "Sicurezza davanti alle scuole e nuove telecamere", [
        "Il coordinamento spetta al comm. Stefano Di Sabatino, che guiderà gli agenti nei servizi di presidio. Nel "
        "2025 sono stati garantiti 96 presidi davanti ai plessi scolastici e sono stati registrati 4 incidenti "
        "con feriti lievi lungo la strada provinciale che attraversa il capoluogo.",
        "Il risultato atteso è assicurare almeno 150 presidi nel corso del 2026 e installare 8 nuove telecamere "
        "agli ingressi del paese entro il 31 ottobre 2026. Le telecamere saranno installate tra giugno e agosto "
        "2026 e collegate alla centrale operativa dei Carabinieri entro settembre 2026. Gli indicatori sono il "
        "numero di presidi effettuati (target 150) e le telecamere installate e collegate (target 8). Sono "
        "coinvolti i nonni vigili, l'istituto comprensivo e la Stazione dei Carabinieri di Collemerlano.",
    ]),
    ("5.2", "SUAP telematico e mercato settimanale del giovedì", [
        "Nel 2025 il 35% delle pratiche del commercio è ancora arrivato allo sportello su carta e il mercato "
        "settimanale del giovedì ha 12 posteggi liberi su 48. Fa capo al Servizio SUAP il passaggio integrale al "
        "portale telematico, insieme al nuovo bando per i posteggi. Il bando per i posteggi sarà pubblicato entro "
        "maggio 2026 e la graduatoria approvata entro settembre 2026. Il risultato atteso è ricevere on line il "
        "100% delle pratiche e assegnare almeno 10 posteggi entro il 30 novembre 2026. Ne beneficiano i "
        "commercianti ambulanti e i produttori agricoli locali; è coinvolta la Confcommercio provinciale.",
    ]),
]

C_RISCHI = [
    "Il Responsabile della prevenzione della corruzione e della trasparenza (RPCT) è il Segretario comunale, dott. "
    "Gianluca Marinelli. Nel 2025 sono stati mappati 52 processi, 9 dei quali classificati a rischio alto: gli "
    "affidamenti diretti, i titoli edilizi, i contributi economici e gli accertamenti tributari. Le verifiche "
    "sulla trasparenza sono descritte nell'obiettivo operativo 1.2.",
]

C_ORG_INTRO = (
    "La struttura è articolata in cinque Settori, ciascuno affidato a un Responsabile titolare di incarico di "
    "Elevata Qualificazione. Dal 1° settembre 2025, dopo il pensionamento del titolare, il Settore I è retto ad "
    "interim dal Segretario comunale. Organigramma al 31 dicembre 2025:")
C_ORG_HEAD = ["Settore", "Responsabile", "Servizi e uffici", "Dipendenti"]
# Settore, Responsabile, servizi, dipendenti
C_ORG = [
    ("Settore I – Affari Generali e Servizi Demografici",
     "dott. Gianluca Marinelli (Segretario comunale, ad interim)",
     "Ufficio Segreteria; Protocollo; Ufficio Servizi Demografici; URP", 6),
    ("Settore II – Economico-Finanziario e Tributi", "dott.ssa Marta Ferrante",
     "Servizio Ragioneria; Ufficio Tributi; Economato", 5),
    ("Settore III – Tecnico, Lavori Pubblici e Ambiente", "ing. Davide Cordeschi",
     "Lavori Pubblici; Ufficio Manutenzioni e squadra operai; Servizio Ambiente; Edilizia Privata", 9),
    ("Settore IV – Servizi Sociali, Istruzione e Cultura", "dott.ssa Ilaria Pomante",
     "Ufficio Servizi Sociali; Ufficio Pubblica Istruzione; Biblioteca comunale", 5),
    ("Settore V – Polizia Locale e Attività Produttive", "comm. Stefano Di Sabatino",
     "Comando di Polizia Locale; Servizio SUAP", 4),
]


def c_staff_total() -> int:
    return sum(r[3] for r in C_ORG)


C_ORG_TOTAL = f"Totale dipendenti in servizio al 31 dicembre 2025: {c_staff_total()}, escluso il Segretario comunale."

C_AGILE = (
    "Nel 2025 hanno lavorato in modalità agile 9 dipendenti sui 29 in servizio. Dal 2026 il lavoro agile è "
    "consentito fino a 8 giorni al mese per le attività che non richiedono la presenza in sede, previa "
    "sottoscrizione dell'accordo individuale entro il 31 gennaio 2026; la fascia di contattabilità va dalle 9:00 "
    "alle 13:00. Restano esclusi il servizio esterno della Polizia Locale e la squadra operai.")

C_FORMAZIONE = (
    "Nel 2025 ogni dipendente ha svolto in media 14 ore di formazione. Il piano 2026 prevede almeno 30 ore per "
    "dipendente, con priorità al Codice dei contratti pubblici, alla transizione digitale tramite la piattaforma "
    "Syllabus e alla sicurezza sul lavoro; la formazione obbligatoria in materia di anticorruzione dovrà essere "
    "completata da tutti entro il 30 novembre 2026.")

C_FABBISOGNI = (
    "Nel 2026 è prevista l'assunzione di 1 istruttore direttivo amministrativo da assegnare al Settore I entro il "
    "1° luglio 2026, con la conseguente cessazione dell'incarico ad interim del Segretario comunale, e di 1 "
    "operaio specializzato per la squadra manutenzioni.")


def c_heading(code: str) -> str:
    return f"Obiettivo operativo {code} – {c_obj(code)[1]}"


def c_obj(code: str) -> tuple:
    return next(o for o in C_OBJ if o[0] == code)


def c_line_of(code: str) -> str:
    n = int(code.split(".")[0])
    return next(h for k, h in C_LINES if k == n)


def c_prose(code: str) -> str:
    return " ".join(c_obj(code)[2])


def build_docx() -> bytes:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    d = docx.Document()
    cp = d.core_properties
    cp.author = "Comune di Collemerlano – Settore I"
    cp.last_modified_by = "Comune di Collemerlano"
    cp.title = "PIAO 2026-2028 – Comune di Collemerlano"
    cp.subject = "Piano Integrato di Attività e Organizzazione 2026-2028"
    cp.created = FIXED_DATE.replace(tzinfo=None)
    cp.modified = FIXED_DATE.replace(tzinfo=None)
    cp.revision = 3
    cp.keywords = "PIAO; performance; obiettivi operativi"
    cp.comments = ""
    cp.category = ""
    cp.language = "it-IT"

    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Comune di Collemerlano – PIAO 2026-2028"
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(11)

    def para(text: str, justify: bool = True):
        p = d.add_paragraph(text)
        if justify:
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        return p

    for text, style in C_TITLE:
        p = d.add_paragraph(text, style=style) if style else d.add_paragraph(text)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_heading("Sezione 1 – Scheda anagrafica dell'amministrazione", level=1)
    for t in C_ANAGRAFICA:
        para(t)
    d.add_heading("Sezione 2 – Valore pubblico, performance e anticorruzione", level=1)
    d.add_heading("2.1 Valore pubblico", level=2)
    for t in C_VALORE:
        para(t)
    d.add_heading("2.2 Performance – Obiettivi operativi 2026", level=2)
    para(C_PERF_INTRO)
    for n, line in C_LINES:
        d.add_heading(line, level=2)
        for code, _title, paras in C_OBJ:
            if int(code.split(".")[0]) != n:
                continue
            d.add_heading(c_heading(code), level=3)
            for t in paras:
                para(t)
    d.add_heading("2.3 Rischi corruttivi e trasparenza", level=2)
    for t in C_RISCHI:
        para(t)
    d.add_heading("Sezione 3 – Organizzazione e capitale umano", level=1)
    d.add_heading("3.1 Struttura organizzativa", level=2)
    para(C_ORG_INTRO)
    table = d.add_table(rows=1, cols=len(C_ORG_HEAD))
    table.style = "Table Grid"
    for cell, h in zip(table.rows[0].cells, C_ORG_HEAD):
        cell.text = ""
        cell.paragraphs[0].add_run(h).bold = True
    for r in C_ORG:
        cells = table.add_row().cells
        for cell, v in zip(cells, r):
            cell.text = str(v)
    para(C_ORG_TOTAL, justify=False)
    d.add_heading("3.2 Organizzazione del lavoro agile", level=2)
    para(C_AGILE)
    d.add_heading("3.3 Formazione del personale", level=2)
    para(C_FORMAZIONE)
    d.add_heading("3.4 Piano triennale dei fabbisogni di personale", level=2)
    para(C_FABBISOGNI)

    raw = io.BytesIO()
    d.save(raw)
    # rewrite the zip with fixed member timestamps (python-docx stamps members with the current time)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(raw.getvalue())) as zin, \
            zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))
    return out.getvalue()


# =============================================================================================================
# 2. Comune di Pietrasolca (PDF)
# =============================================================================================================
P = "Pietrasolca"

P_TITLE = [("COMUNE DI PIETRASOLCA", 16, "B"), ("Provincia di Bergamo", 11, ""),
           ("PIANO INTEGRATO DI ATTIVITÀ E ORGANIZZAZIONE 2026-2028", 13, "B"),
           ("Approvato con deliberazione della Giunta comunale n. 12 del 5 febbraio 2026", 9, "")]

P_ANAGRAFICA = [
    "Il Comune di Pietrasolca, in provincia di Bergamo, conta 3.912 abitanti al 31/12/2025. Il territorio, "
    "lungo il torrente Solca, comprende oltre al capoluogo le frazioni di Cornalta e Sorlino. La Sindaca è "
    "Daniela Pesenti, eletta nel giugno 2024. Il Segretario comunale, dott.ssa Paola Ghislandi, presta servizio "
    "in convenzione con altri due Comuni della valle.",
]

P_VALORE = [
    "Il valore pubblico che l'Amministrazione intende generare nel triennio riguarda tre ambiti: servizi "
    "accessibili anche a distanza, un territorio curato e sicuro, una comunità che non lascia soli gli anziani e "
    "le famiglie. Nel 2025 solo il 29% delle istanze dei cittadini è stato presentato per via telematica, la "
    "raccolta differenziata comunale si è attestata al 68,9% e i furti in abitazione denunciati sono stati 23.",
]

P_PERF_INTRO = (
    "Gli obiettivi operativi per il 2026 sono dieci, numerati da OB.01 a OB.10 e raggruppati per indirizzo "
    "strategico. Ciascuno è descritto in forma discorsiva, indicando chi ne risponde, le ragioni, il risultato "
    "atteso, i tempi e i soggetti coinvolti; per i responsabili delle Aree si rinvia alla sottosezione 3.1.")

P_GROUPS = [
    ("A", "Indirizzo strategico A – Un Comune accessibile e trasparente"),
    ("B", "Indirizzo strategico B – Conti in ordine"),
    ("C", "Indirizzo strategico C – Territorio curato e sostenibile"),
    ("D", "Indirizzo strategico D – Una comunità solidale"),
    ("E", "Indirizzo strategico E – Sicurezza e attività economiche"),
]

# (code, group, title, [paragraphs])
P_OBJ = [
    ("OB.01", "A", "Sportello telematico unico per le istanze dei cittadini", [
        "Nel 2025 solo 18 dei 64 procedimenti a istanza di parte potevano essere avviati on line e il 71% delle "
        "domande è stato ancora presentato allo sportello in forma cartacea. L'obiettivo è affidato all'Area "
        "Affari Generali, diretta dalla dott.ssa Elena Zanchi, che lo realizzerà con il supporto del fornitore del "
        "software gestionale.",
        "Entro marzo 2026 sarà completata la ricognizione dei procedimenti e dei moduli; da aprile a luglio 2026 "
        "saranno configurati sul portale i nuovi servizi, con pagamento tramite pagoPA; entro il 30 settembre "
        "2026 tutti i servizi dovranno essere attivi. Il risultato atteso è rendere disponibili on line almeno 45 "
        "procedimenti e ricevere per via telematica il 60% delle istanze. L'avanzamento sarà monitorato con due "
        "indicatori: il numero di procedimenti attivabili on line (target 45) e la quota di istanze telematiche "
        "sul totale (target 60%).",
        "Ne beneficiano cittadini, professionisti e imprese; vi lavorano gli istruttori Davide Mologni e Simona "
        "Gotti.",
    ]),
    ("OB.02", "A", "Formazione del personale e competenze digitali", [
        "Nel 2025 i dipendenti hanno svolto in media 11 ore di formazione e solo 6 su 22 hanno completato almeno "
        "un corso sulla piattaforma Syllabus. L'obiettivo fa capo direttamente al Segretario comunale, dott.ssa "
        "Paola Ghislandi, che approverà il piano formativo entro il 31 gennaio 2026. Il risultato atteso è "
        "garantire a ogni dipendente almeno 24 ore di formazione, di cui almeno 3 corsi Syllabus sulle competenze "
        "digitali, entro il 15 dicembre 2026. L'indicatore principale è la percentuale di dipendenti che "
        "raggiungono le 24 ore (target 100%). Collabora l'Ufficio Personale per la rilevazione delle presenze ai "
        "corsi.",
    ]),
    ("OB.03", "B", "Accertamenti TARI sulle utenze non domestiche", [
        "Ne risponde il rag. Marco Bonacina. Le verifiche a campione condotte nel 2025 su 120 attività "
        "economiche hanno fatto emergere superfici non dichiarate in 37 casi, in particolare capannoni e magazzini "
        "della zona artigianale della Seriola.",
        "Da febbraio a maggio 2026 si procederà all'incrocio dei dati con il registro delle imprese e con le "
        "planimetrie catastali; da giugno a settembre 2026 saranno eseguiti i sopralluoghi insieme agli agenti "
        "della Polizia Locale. Il risultato atteso è verificare tutte le 410 utenze non domestiche del ruolo ed "
        "emettere almeno 90 avvisi di accertamento entro il 31 ottobre 2026. Gli indicatori sono le utenze "
        "verificate (target 410) e gli avvisi emessi (target 90).",
        "L'attività istruttoria sarà curata dall'istruttrice Giulia Ravasio dell'Ufficio Tributi. Sono coinvolti "
        "le associazioni di categoria degli artigiani e dei commercianti e la società che gestisce la raccolta dei "
        "rifiuti.",
    ]),
    ("OB.04", "B", "Tempi di pagamento dei fornitori", [
        "Il tempo medio di pagamento delle fatture commerciali è stato nel 2025 di 36 giorni, con un ritardo "
        "medio di 6 giorni rispetto alla scadenza. È compito dell'Ufficio Ragioneria ridurlo, introducendo a "
        "partire da febbraio 2026 un controllo settimanale delle fatture registrate e non ancora liquidate. Il "
        "risultato atteso è un tempo medio di pagamento non superiore a 25 giorni e un ritardo medio pari a zero, "
        "da verificare al 31 dicembre 2026 sui dati della Piattaforma dei crediti commerciali. Collaborano i "
        "responsabili delle Aree, tenuti a liquidare le fatture entro 10 giorni dal ricevimento.",
    ]),
    ("OB.05", "C", "Riqualificazione energetica della palestra comunale di via dei Tigli", [
        "La palestra di via dei Tigli, utilizzata ogni giorno dalla scuola secondaria e la sera da sei società "
        "sportive, nel 2025 ha consumato 61.000 kWh di energia termica, con un impianto del 1988 e serramenti a "
        "vetro singolo. L'intervento spetta all'Area Tecnica; ne è responsabile l'arch. Luca Brembilla, che si "
        "avvarrà del geom. Mattia Bonaldi per la direzione dei lavori.",
        "Il progetto esecutivo sarà approvato entro marzo 2026; i lavori di sostituzione della caldaia con una "
        "pompa di calore e dei serramenti si svolgeranno da giugno ad agosto 2026, durante la chiusura estiva. "
        "L'obiettivo sarà raggiunto quando la palestra riaprirà, entro il 14 settembre 2026, con una riduzione dei "
        "consumi termici di almeno il 35%. L'indicatore è la riduzione dei consumi rispetto al 2025, misurata "
        "sulla prima stagione termica (target 35%).",
        "Ne beneficiano gli alunni della scuola secondaria di primo grado e le società sportive del paese.",
    ]),
    ("OB.06", "C", "Porta a porta e tariffa puntuale nella frazione di Cornalta", [
        "Nel 2025 la raccolta differenziata ha raggiunto il 71,2% nel capoluogo ma solo il 54% a Cornalta, dove "
        "resta il conferimento nei cassonetti stradali e dove la quantità di rifiuto indifferenziato per abitante "
        "è la più alta del Comune. L'obiettivo sarà seguito dal geom. Fabio Cortinovis dell'Ufficio Ecologia.",
        "A partire da gennaio 2026 saranno distribuiti i contenitori con codice identificativo alle 380 famiglie "
        "della frazione; da aprile 2026 il porta a porta sostituirà i cassonetti e dal 1° luglio 2026 partirà la "
        "misurazione dei conferimenti per la tariffa puntuale. Il risultato atteso è portare la differenziata di "
        "Cornalta al 75% entro il 31 dicembre 2026. Gli indicatori sono la percentuale di raccolta differenziata "
        "della frazione (target 75%) e i chilogrammi di indifferenziato per abitante (target 110 kg). Collaborano "
        "il gestore del servizio, Servizi Ambientali Valsolca S.r.l., e la Pro Loco di Cornalta per gli incontri "
        "informativi.",
    ]),
    ("OB.07", "D", "Refezione scolastica: menu stagionali e meno sprechi", [
        "Il servizio di refezione delle scuole primaria e dell'infanzia prepara circa 260 pasti al giorno; le "
        "pesate effettuate nel 2025 hanno mostrato che il 28% del cibo servito finisce tra gli avanzi. La "
        "responsabilità dell'obiettivo è dell'Area Servizi alla Persona, guidata dal dott. Andrea Personeni.",
        "Il risultato atteso è ridurre gli avanzi al 15% e portare al 40% la quota di prodotti biologici o a km 0. "
        "Entro il 30 aprile 2026 la Commissione mensa approverà i nuovi menu stagionali; da settembre 2026 partirà "
        "il progetto di educazione alimentare nelle classi, mentre le pesate degli avanzi saranno ripetute ogni "
        "mese da ottobre a dicembre 2026. La verifica finale è fissata al 22 dicembre 2026. Gli indicatori sono la "
        "percentuale di cibo avanzato (target 15%) e la quota di prodotti biologici o a km 0 (target 40%).",
        "Vi collaborano la ditta di ristorazione, la Commissione mensa, i docenti dell'istituto comprensivo e la "
        "dietista dell'ATS di Bergamo.",
    ]),
    ("OB.08", "D", "Trasporto sociale per anziani e persone con disabilità", [
        "Nel 2025 il trasporto sociale, svolto con un solo mezzo attrezzato e con autisti volontari, ha effettuato "
        "1.150 viaggi, ma 38 richieste di accompagnamento a visite e terapie non hanno potuto essere soddisfatte. "
        "Se ne occupa il Servizio Sociale; l'assistente sociale dott.ssa Silvia Capelli coordina i turni dei "
        "volontari.",
        "Dal 1° marzo 2026 entrerà in servizio un secondo automezzo attrezzato, donato dalla Fondazione Valsolca "
        "Solidale; entro maggio 2026 sarà approvato il nuovo regolamento del servizio. Il risultato atteso è "
        "soddisfare tutte le richieste di trasporto e raggiungere almeno 1.500 viaggi nell'anno entro il 31 "
        "dicembre 2026. Ne beneficiano gli anziani soli e le persone con disabilità; collaborano l'associazione "
        "di volontariato Amici di Pietrasolca e la Fondazione Valsolca Solidale.",
    ]),
    ("OB.09", "E", "Videosorveglianza e controllo di vicinato", [
        "Nel 2025 sono stati denunciati 23 furti in abitazione, 9 dei quali nella frazione di Sorlino, e le 11 "
        "telecamere esistenti coprono soltanto il centro del capoluogo. Del progetto è responsabile il vice comm. "
        "Sergio Maffeis, a capo dell'Area Vigilanza e Commercio.",
        "Il risultato atteso è installare 10 nuove telecamere con lettura targhe agli accessi del territorio e "
        "attivare 4 gruppi di controllo di vicinato entro il 30 novembre 2026. Entro maggio 2026 sarà acquisito il "
        "parere del Comitato provinciale per l'ordine e la sicurezza pubblica; le telecamere saranno posate tra "
        "luglio e settembre 2026. I gruppi di vicinato saranno avviati a partire da marzo 2026 con incontri "
        "pubblici nelle frazioni. Gli indicatori sono le telecamere installate (target 10) e i gruppi di vicinato "
        "attivi (target 4).",
        "Sono coinvolti la Prefettura di Bergamo, la Stazione dei Carabinieri e i cittadini volontari dei gruppi "
        "di vicinato.",
    ]),
    ("OB.10", "E", "Mercato agricolo del sabato e domande on line", [
        "Dal 2024 il Comune ospita il sabato mattina un mercato di produttori agricoli, ma nel 2025 le domande di "
        "posteggio sono arrivate ancora su carta e 6 dei 20 posteggi sono rimasti vuoti. Il compito di rilanciare "
        "il mercato spetta all'Ufficio SUAP, che curerà anche il passaggio delle domande al portale telematico. "
        "Entro aprile 2026 sarà approvato il nuovo regolamento del mercato e a partire da giugno 2026 sarà "
        "pubblicato il bando per i posteggi. L'obiettivo sarà raggiunto quando tutti i 20 posteggi saranno "
        "assegnati e il 100% delle domande arriverà per via telematica, entro il 31 ottobre 2026. Ne beneficiano "
        "le aziende agricole della valle e i consumatori; collabora il Consorzio Produttori Valsolca.",
    ]),
]

P_RISCHI = (
    "Il Responsabile della prevenzione della corruzione e della trasparenza è il Segretario comunale, dott.ssa "
    "Paola Ghislandi. La mappatura aggiornata al 2025 comprende 47 processi; quelli a rischio più elevato "
    "riguardano gli affidamenti di lavori e servizi, le autorizzazioni commerciali e gli accertamenti tributari. "
    "Le misure prevedono il controllo successivo a campione del 10% delle determinazioni e la rotazione degli "
    "operatori economici negli affidamenti diretti.")

P_ORG_INTRO = (
    "La struttura organizzativa è articolata in cinque Aree, ciascuna guidata da un Responsabile titolare di "
    "incarico di Elevata Qualificazione; il Segretario comunale coordina i Responsabili e cura direttamente la "
    "formazione del personale. Al 31/12/2025 l'organigramma è il seguente:")
# Area, Responsabile, servizi, dipendenti
P_ORG = [
    ("Area Affari Generali", "dott.ssa Elena Zanchi",
     "Segreteria e Protocollo, Servizi Demografici, Ufficio Personale", 5),
    ("Area Finanziaria", "rag. Marco Bonacina", "Ufficio Ragioneria, Ufficio Tributi", 3),
    ("Area Tecnica", "arch. Luca Brembilla",
     "Lavori Pubblici, Manutenzioni, Edilizia Privata e Urbanistica, Ufficio Ecologia", 7),
    ("Area Servizi alla Persona", "dott. Andrea Personeni", "Servizio Sociale, Ufficio Scuola, Biblioteca", 4),
    ("Area Vigilanza e Commercio", "vice comm. Sergio Maffeis", "Polizia Locale, Ufficio SUAP", 3),
]


def p_staff_total() -> int:
    return sum(r[3] for r in P_ORG)


def p_bullet(r: tuple) -> str:
    return f"{r[0]} – responsabile {r[1]}; servizi: {r[2]}; {r[3]} dipendenti"


P_ORG_TOTAL = f"In totale i dipendenti sono {p_staff_total()}, oltre al Segretario comunale in convenzione."

P_AGILE = (
    "Nel 2025 hanno lavorato in modalità agile 5 dipendenti su 22. Dal 2026 è possibile svolgere in modalità "
    "agile fino a 4 giorni al mese, sulla base di un accordo individuale da sottoscrivere entro il 28 febbraio "
    "2026; non rientrano nel lavoro agile i servizi di Polizia Locale, le manutenzioni e lo sportello dei Servizi "
    "Demografici.")

P_FORMAZIONE = (
    "Il piano della formazione 2026 è descritto nell'obiettivo OB.02. Tutti i dipendenti dovranno inoltre "
    "completare entro il 30/11/2026 il corso annuale in materia di prevenzione della corruzione.")

P_FABBISOGNI = (
    "Il piano 2026-2028 prevede nel 2026 l'assunzione di 1 istruttore tecnico da assegnare all'Area Tecnica entro "
    "il 1° aprile 2026 e di 1 agente di Polizia Locale mediante mobilità; nel 2027 è prevista la sostituzione di "
    "1 istruttore amministrativo che cesserà per pensionamento.")


def p_obj(code: str) -> tuple:
    return next(o for o in P_OBJ if o[0] == code)


def p_title_line(code: str) -> str:
    return f"{code} — {p_obj(code)[2]}"


def p_group_of(code: str) -> str:
    g = p_obj(code)[1]
    return next(h for k, h in P_GROUPS if k == g)


def p_prose(code: str) -> str:
    return " ".join(p_obj(code)[3])


def build_pdf() -> bytes:
    from fpdf import FPDF

    class Doc(FPDF):
        def header(self):
            self.set_font("Helvetica", "", 7.5)
            self.set_xy(18, 9)
            self.cell(0, 4, "Comune di Pietrasolca – PIAO 2026-2028 – Sezioni 2 e 3")
            self.set_xy(18, 18)

        def footer(self):
            self.set_y(-13)
            self.set_font("Helvetica", "", 7.5)
            self.cell(0, 4, f"Pagina {self.page_no()} di {{nb}}", align="R")

    pdf = Doc(format="A4", unit="mm")
    pdf.core_fonts_encoding = "windows-1252"
    pdf.set_margins(18, 18, 18)
    pdf.set_auto_page_break(True, margin=18)
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_title("PIAO 2026-2028 - Comune di Pietrasolca")
    pdf.set_author("Comune di Pietrasolca - Segreteria generale")
    pdf.set_subject("Piano Integrato di Attivita e Organizzazione 2026-2028")
    pdf.set_creator("Comune di Pietrasolca")
    pdf.set_producer("fresh29 make_plan.py")
    pdf.set_lang("it-IT")

    def height(text, size=9.8, style="", h=4.9):
        pdf.set_font("Helvetica", style, size)
        return pdf.multi_cell(0, h, text, dry_run=True, output="HEIGHT")

    def para(text, size=9.8, style="", h=4.9, after=2.2, align="J", keep=0.0):
        # a paragraph never spans two pages (keep: extra height to keep with the next block)
        if pdf.get_y() + height(text, size, style, h) + keep > pdf.page_break_trigger:
            pdf.add_page()
        pdf.set_font("Helvetica", style, size)
        pdf.multi_cell(0, h, text, align=align, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(after)

    def h1(text):
        pdf.ln(1.5)
        para(text, 11.5, "B", 6, 1.5, "L")

    def h2(text):
        pdf.ln(1)
        para(text, 10.5, "B", 5.5, 1, "L")

    pdf.add_page()
    for text, size, style in P_TITLE:
        pdf.set_font("Helvetica", style, size)
        pdf.multi_cell(0, size * 0.5, text, align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
    pdf.ln(3)
    h1("SEZIONE 1 – SCHEDA ANAGRAFICA DELL'AMMINISTRAZIONE")
    for t in P_ANAGRAFICA:
        para(t)
    h1("SEZIONE 2 – VALORE PUBBLICO, PERFORMANCE E ANTICORRUZIONE")
    h2("2.1 Valore pubblico")
    for t in P_VALORE:
        para(t)
    h2("2.2 Performance: obiettivi operativi 2026")
    para(P_PERF_INTRO)
    for g, head in P_GROUPS:
        pdf.ln(1)
        first = next(o for o in P_OBJ if o[1] == g)
        # keep the strategic-line header with the first objective title and its first paragraph
        para(head, 10, "BI", 5.2, 1.2, "L", keep=6.2 + height(first[3][0]))
        for code, og, _title, paras in P_OBJ:
            if og != g:
                continue
            para(p_title_line(code), 10, "B", 5.2, 1.0, "L", keep=height(paras[0]))
            for t in paras:
                para(t)
    h2("2.3 Rischi corruttivi e trasparenza")
    para(P_RISCHI)
    h1("SEZIONE 3 – ORGANIZZAZIONE E CAPITALE UMANO")
    h2("3.1 Struttura organizzativa")
    para(P_ORG_INTRO)
    for r in P_ORG:
        pdf.set_font("Helvetica", "", 9.8)
        pdf.set_x(22)
        pdf.cell(5, 4.9, "•")
        pdf.multi_cell(0, 4.9, p_bullet(r), align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.8)
    pdf.ln(1)
    para(P_ORG_TOTAL)
    h2("3.2 Organizzazione del lavoro agile")
    para(P_AGILE)
    h2("3.3 Formazione del personale")
    para(P_FORMAZIONE)
    h2("3.4 Piano triennale dei fabbisogni di personale")
    para(P_FABBISOGNI)
    return bytes(pdf.output())


def build() -> dict[str, bytes]:
    return {DOCX_NAME: build_docx(), PDF_NAME: build_pdf()}


def main(argv: list[str]) -> None:
    """Write both documents into docs/ (or into the directory given as the first argument)."""
    out = Path(argv[1]) if len(argv) > 1 else DOCS
    out.mkdir(parents=True, exist_ok=True)
    for name, data in build().items():
        (out / name).write_bytes(data)
        print(f"wrote {out / name} ({len(data)} bytes)")


if __name__ == "__main__":
    import sys
    main(sys.argv)
