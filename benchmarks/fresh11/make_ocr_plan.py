"""Write docs/valmorena_piao-2025-2027.txt: the PIAO 2025-2027 of the FICTIONAL Comune di Valmorena
(provincia di Reggio Emilia), laid out as the plain text that OCR / "save as text" gives for a scanned,
typewritten plan: pages separated by form feed with a running header and a "Pag. N di M" footer, hard line
breaks at about 74 characters with words hyphenated across line ends, capitals titles, objective sheets with
dot-leader fields, space-aligned tables and a few harmless OCR slips.

Deterministic, stdlib only: the same bytes on every run.  All people, firms, associations and figures are
invented.  Usage: python make_ocr_plan.py
"""
from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent
NAME = "valmorena_piao-2025-2027.txt"
OUT = HERE / "docs" / NAME
HEADER = "COMUNE DI VALMORENA – PIAO 2025/2027"
WIDTH = 74          # prose width
LABEL_COL = 25      # column where field values start
BODY_LINES = 56     # body lines per page
VOWELS = set("aeiouàèéìòù")
SONORANTS = set("lmnr")

# ------------------------------------------------------------------------------------------
# line breaking with Italian-style hyphenation
# ------------------------------------------------------------------------------------------


def split_points(core: str) -> list[int]:
    """Positions i where core can be hyphenated as core[:i] + '-' / core[i:] (simple Italian rules)."""
    w = core.lower()
    pts = []
    for i in range(3, len(w) - 2):
        a, b, c = w[i - 1], w[i], w[i + 1]
        if b in VOWELS or not b.isalpha():
            continue
        if a in VOWELS and c in VOWELS and b not in "h":                     # vo-ca-le
            pts.append(i)
        elif a == b:                                                           # az-zione
            pts.append(i)
        elif a in SONORANTS and b != "s" and (c in VOWELS or c in "rl") and b not in SONORANTS | {"h"}:
            pts.append(i)                                                      # con-tratto
        elif a in SONORANTS and b in SONORANTS and a != b and c in VOWELS and not (a == "g"):
            pts.append(i)                                                      # al-meno
    return pts


def token_parts(tok: str):
    """(lead, core, trail) where core is the alphabetic body of the token."""
    i, j = 0, len(tok)
    while i < j and not tok[i].isalpha():
        i += 1
    while j > i and not tok[j - 1].isalpha():
        j -= 1
    return tok[:i], tok[i:j], tok[j:]


def hyphenable(core: str) -> bool:
    return len(core) >= 7 and core.isalpha() and core.islower()


def wrap(text: str, width: int = WIDTH, first: str = "", rest: str = "") -> list[str]:
    """Greedy wrap; a word that does not fit is hyphenated when possible.  A '~' inside a word marks a
    preferred hyphenation point that is used whenever the word does not fit, or forced when the line is
    already long (>= 30 characters of text)."""
    lines: list[str] = []
    cur = first
    empty = True
    for tok in text.split():
        clean = tok.replace("~", "")
        sep = "" if empty else " "
        forced = "~" in tok
        if forced:
            head, _, tail = tok.partition("~")     # text before / after the marker
            if len(cur.strip()) >= 30 and len(cur) + len(sep) + len(head) + 1 <= width:
                lines.append(cur + sep + head + "-")
                cur, empty = rest + tail, False
                continue
        if len(cur) + len(sep) + len(clean) <= width:
            cur += sep + clean
            empty = False
            continue
        lead, core, trail = token_parts(clean)
        done = False
        if forced:
            head = tok.partition("~")[0]
            if len(cur) + len(sep) + len(head) + 1 <= width and not empty:
                lines.append(cur + sep + head + "-")
                cur, empty, done = rest + tok.partition("~")[2], False, True
        if not done and hyphenable(core) and not empty:
            room = width - len(cur) - len(sep) - len(lead) - 1
            cands = [i for i in split_points(core) if i <= room]
            if cands:
                i = max(cands)
                lines.append(cur + sep + lead + core[:i] + "-")
                cur, empty, done = rest + core[i:] + trail, False, True
        if not done:
            if not empty:
                lines.append(cur)
            cur, empty = rest + clean, False
    if not empty:
        lines.append(cur)
    return lines


def para(text: str, blank: bool = False) -> list[str]:
    """A prose paragraph; paragraphs are separated by a blank line only when blank=True."""
    return wrap(text) + ([""] if blank else [])


def field(label: str, value: str, style: str = "dots") -> list[str]:
    if style == "dots":
        lead = label + " " + "." * (LABEL_COL - len(label) - 2) + " "
    else:
        lead = label.ljust(LABEL_COL)
    return wrap(value, WIDTH + 2, first=lead, rest=" " * LABEL_COL)


def phase(letter: str, text: str) -> list[str]:
    return wrap(text, WIDTH, first=f"{letter}) ", rest="   ")


def table(widths: list[int], rows: list[list[str]], indent: str = "") -> list[str]:
    out = []
    for row in rows:
        cells = []
        for k, cell in enumerate(row):
            if k < len(row) - 1:
                assert len(cell) <= widths[k] - 2, (cell, widths[k])
                cells.append(cell.ljust(widths[k]))
            else:
                cells.append(cell)
        out.append((indent + "".join(cells)).rstrip())
    return out


def indicators(rows: list[list[str]]) -> list[str]:
    head = ["Indicatore", "Valore 2024", "Target 2025", "Target 2026"]
    return ["Indicatori:"] + table([38, 13, 13, 13], [head] + rows, indent="  ")


# ------------------------------------------------------------------------------------------
# content
# ------------------------------------------------------------------------------------------

B = ""  # blank line


def front() -> list[str]:
    out = [B, "                         COMUNE DI VALMORENA",
           "                      Provincia di Reggio Emilia", B, B,
           "        PIANO INTEGRATO DI ATTIVITA' E ORGANIZZAZIONE (P.I.A.O.)",
           "                          TRIENNIO 2025 - 2027", B]
    out += wrap("(art. 6 del D.L. 9 giugno 2021, n. 80, convertito con modificazioni dalla L. 6 agosto 2021, "
                "n. 113, e D.M. 30 giugno 2022, n. 132)", 70, first="   ", rest="   ")
    out += [B, "   Approvato con deliberazione della Giunta comunale n. 18 del 12/02/2025", B, B,
            "SEZIONE 1 – SCHEDA ANAGRAFICA DELL'AMMINISTRAZIONE", B]
    out += field("Denominazione", "Comune di Valmorena")
    out += field("Indirizzo", "Piazza della Rocca, 1 – 42037 Valmorena (RE)")
    out += field("Sindaco", "Alberto Casadei")
    out += field("Segretario comunale", "dott. Gianluca Parmeggiani, titolare della segreteria convenzionata "
                 "tra i Comuni di Valmorena e Sassoalto")
    out += field("Dipendenti", "36 al 31/12/2024 (di cui 2 a tempo parziale)")
    out += field("Abitanti", "6.842 al 31/12/2024")
    out += [B]
    out += para("Il Comune, avendo meno di 50 dipendenti, redige il PIAO in forma semplificata (D.M. n. "
                "132/2022), ma ha scelto di compilare anche la sottosezione Performance, collegata al DUP "
                "2025-2027 approvato con deliberazione consiliare n. 61 del 19/12/2024.")
    return out


def sez2_intro() -> list[str]:
    out = ["SEZIONE 2 – VALORE PUBBLICO, PERFORMANCE E ANTICORRUZIONE", B, "2.1 VALORE PUBBLICO", B]
    out += para("Per Valore Pubblico si intende il miglioramento del benessere economico, sociale e "
                "ambientale della comunità rispetto alle condizioni di partenza. Il Comune lo persegue con "
                "tre linee strategiche del DUP, alle quali sono collegati gli obiettivi della sottosezione "
                "2.2.", blank=True)
    out += para("Linea A – \"Un Comune semplice, digitale ed efficiente\": comprende gli obiettivi n. 1, 2, "
                "3, 4, 9 e 11 e punta alla riduzione dei tempi dei procedimenti, alla tempestività dei "
                "pagamenti, alla dematerializzazione degli archivi e all'equità del prelievo fiscale.",
                blank=True)
    out += para("Linea B – \"Valmorena sicura, sostenibile e curata\": comprende gli obiettivi n. 6, 7, 10 e "
                "12, dedicati all'efficienta~mento energetico, alla sicurezza urbana, alla cura del verde e "
                "alla nuova pianificazione urbanistica con il Piano Urba~nistico Generale.")
    out += para("Linea C – \"Una comunità che include e cresce\": comprende gli obiettivi n. 5 e 8, rivolti "
                "alle famiglie con figli in età scolare e alla promozione della lettura.")
    out += [B, "2.2 PERFORMANCE", B]
    out += para("Gli obiettivi sono assegnati ai Responsabili di Area titolari di incarico di Elevata "
                "Qualificazione; ogni scheda riporta fasi, scadenze e indicatori con il valore 2024 e i "
                "target annuali.")
    out += para("La ponderazione degli obiettivi ai fini della valutazione individuale è effettuata secondo "
                "il Sistema di misurazione e valutazione della performance vigente e non è riportata nelle "
                "singole schede.")
    return out


def scheda(n: int, title: str, fields: list[tuple], phases: list[str], ind: list[list[str]],
           note: str | None = None) -> list[str]:
    out = [B, f"SCHEDA OBIETTIVO N. {n}"]
    out += wrap(title.upper(), WIDTH)
    for f in fields:
        out += field(*f)
    out += ["Fasi di attuazione:"]
    for k, p in enumerate(phases):
        out += phase("abcdefg"[k], p)
    if note:
        out += wrap(note)
    out += indicators(ind)
    return out


def schede() -> list[str]:
    out: list[str] = []
    out += scheda(1, "Digitalizzazione dell'archivio delle pratiche edilizie", [
        ("Area", "IV – Urbanistica, Edilizia e Ambiente"),
        ("Servizio", "Sportello Unico per l'Edilizia (SUE)"),
        ("Responsabile", "ing. Stefano Guidetti"),
        ("Finalità", "ridurre, con la digitaliz~zazione dei fascicoli, i tempi di accesso agli atti "
                     "edilizi (in media 45 giorni nel 2024) e liberare l'archivio di via dei Mulini"),
        ("Risultato atteso", "consultazione on line delle pratiche edilizie dal 1967 al 2010 da parte "
                             "dei tecnici accreditati"),
        ("Soggetti coinvolti", "professionisti tecnici, cittadini, ditta Archivia Emiliana S.r.l. incaricata "
                               "della scansione"),
    ], [
        "ricognizione e riordino dei fascicoli cartacei entro 31/03/2025",
        "affidamento del servizio di scansione ottica entro 30/06/2025",
        "scansione e indicizzazione dei primi 4.000 fascicoli entro 31/12/2025",
        "pubblicazione dell'archivio sul portale del SUE entro 30/06/2026",
    ], [["Fascicoli digitalizzati (n.)", "0", "4.000", "9.000"],
        ["Tempo medio accesso agli atti (gg)", "45", "30", "15"]])

    out += scheda(2, "Agenda on line per la carta d'identità elettronica", [
        ("Referente", "dott.ssa Ilaria Ferrando"),
        ("Servizio", "Servizi demografici (Area I)", "space"),
        ("Motivazione", "nel 2024 il 65% degli appuntamenti per la carta d'identità elettronica è "
                        "stato fissato per telefono o allo sportello, con attese fino a 40 giorni"),
        ("Valore atteso", "prenotazione autonoma dell'appuntamento e riduzione dei tempi di attesa"),
        ("Stakeholder", "cittadini residenti, cittadini iscritti all'AIRE, Consulta delle frazioni"),
    ], [
        "attivazione dell'agenda di prenotazione on line sul sito istituzionale entro 28/02/2025",
        "apertura straordinaria dello sportello un sabato al mese entro 30/04/2025",
        "rilevazione del gradimento degli utenti entro 30/11/2025",
    ], [["Appuntamenti prenotati on line (%)", "35%", "60%", "70%"],
        ["Attesa media per la CIE (gg)", "40", "20", "15"]])

    out += scheda(3, "Recupero dell'evasione IMU e TARI", [
        ("Dirigente responsabile", "rag. Davide Montanari"),
        ("Servizio", "Ufficio Tributi (Area II)"),
        ("Finalità", "garantire l'equità fiscale tra i contribuenti e il recupero delle entrate "
                     "tributarie non versate"),
        ("Risultato atteso", "emissione degli avvisi di accertamento IMU dell'annualità 2020 e TARI delle "
                             "annualità 2020 e 2021 nei termini di decadenza"),
        ("Soggetti coinvolti", "contribuenti, CAF e professionisti, concessionaria Tributi Emilia Nord "
                               "S.r.l. per la riscossione coattiva"),
    ], [
        "bonifica della banca dati catastale e delle utenze TARI entro 31/05/2025",
        "emissione degli avvisi di accertamento IMU 2020 entro 30/09/2025",
        "emissione degli avvisi TARI 2020-2021 entro 30/11/2025",
    ], [["Importo accertato (euro)", "185.000", "210.000", "230.000"],
        ["Avvisi di accertamento emessi (n.)", "640", "700", "750"]])

    out += scheda(4, "Tempestività dei pagamenti ai fornitori", [
        ("Dirigente responsabile", "Responsabile dell'Area II (v. organigramma)"),
        ("Servizio", "Ragioneria ed Economato", "space"),
        ("Motivazione", "rispettare i tempi di pagamento previsti dalla riforma 1.11 del PNRR ed "
                        "evitare l'accantonamento al fondo di garanzia debiti commerciali"),
        ("Valore atteso", "pagamento delle fatture entro 30 giorni dal ricevimento"),
        ("Stakeholder", "imprese fornitrici, professionisti, Responsabili di Area"),
    ], [
        "circolare interna sui tempi di liquidazione delle fatture entro 31/03/2025",
        "monitoraggio mensile delle fatture in scadenza dal 01/04/2025",
        "allineamento dello stock di debito sulla Piattaforma dei crediti commerciali entro 30/04/2025",
    ], [["Tempo medio di pagamento (gg)", "38", "30", "30"],
        ["Indice di ritardo (gg)", "+8", "0", "0"]])

    out += scheda(5, "Potenziamento del pre-scuola e post-scuola", [
        ("Referente", "Responsabile dell'Area V (v. organigramma)"),
        ("Servizio", "Servizi scolastici"),
        ("Finalità", "favorire la conciliazione dei tempi di vita e di lavoro delle famiglie con figli "
                     "alla scuola primaria del capoluogo e di Roncalese"),
        ("Risultato atteso", "accoglienza di tutte le domande, con 60 posti dall'a.s. 2025/2026"),
        ("Soggetti coinvolti", "famiglie, Istituto comprensivo di Valmorena, cooperativa sociale Il "
                               "Girasole"),
    ], [
        "rilevazione del fabbisogno presso le famiglie entro 31/03/2025",
        "affidamento del servizio alla cooperativa entro 31/07/2025",
        "avvio del servizio potenziato entro 15/09/2025",
    ], [["Posti disponibili (n.)", "35", "60", "60"],
        ["Domande accolte (%)", "70%", "100%", "100%"]],
        note="Le tariffe a carico delle famiglie saranno stabilite con successiva deliberazione di Giunta.")

    out += scheda(6, "Efficientamento energetico della pubblica illuminazione", [
        ("Responsabile", "ing. Stefano Guidetti"),
        ("Servizio", "Lavori pubblici (Area III)"),
        ("Finalità", "ridurre i consumi e i costi dell'energia elettrica sostituendo 820 punti luce con "
                     "apparecchi a LED; l'intervento costa 240.000 euro, finanziati per 160.000 euro con "
                     "contributo regionale e per 80.000 euro con fondi propri"),
        ("Risultato atteso", "riduzione del 40% dei consumi della pubblica illuminazione rispetto al 2024"),
        ("Soggetti coinvolti", "cittadini, Regione Emilia-Romagna, gestore della rete"),
    ], [
        "approvazione del progetto esecutivo entro 30/04/2025",
        "aggiudicazione dei lavori entro 31/07/2025",
        "fine lavori e collaudo entro 31/03/2026",
    ], [["Punti luce a LED (%)", "35%", "70%", "100%"],
        ["Consumo annuo (MWh)", "1.120", "900", "670"]])

    out += scheda(7, "Estensione della videosorveglianza nelle frazioni", [
        ("Responsabile", "comm. Barbara Zanichelli"),
        ("Servizio", "Polizia locale (Area VI)"),
        ("Motivazione", "contrastare gli abbandoni di rifiuti e i furti nelle frazioni di Roncalese e "
                        "Ca' de' Boschi mediante l'estensione dell'impianto di videosorve~glianza "
                        "oggi limitato al capoluogo"),
        ("Valore atteso", "installazione di 14 nuove telecamere, di cui 6 per la lettura delle targhe, "
                          "collegate alla centrale operativa del Comando"),
        ("Stakeholder", "cittadini delle frazioni, Stazione Carabinieri, Consulta delle frazioni"),
    ], [
        "progetto e parere del Comitato provinciale per l'ordine e la sicurezza pubblica entro 31/05/2025",
        "installazione e collaudo delle telecamere entro 31/10/2025",
        "protocollo d'intesa per l'accesso alle immagini entro 31/12/2025",
    ], [["Telecamere attive (n.)", "22", "36", "36"],
        ["Abbandoni di rifiuti segnalati (n.)", "118", "90", "70"]])

    out += scheda(8, "Biblioteca aperta: nuovi orari e prestito digitale", [
        ("Referente", "Responsabile dell'Area V (v. organigramma)"),
        ("Servizio", "Biblioteca comunale \"Lina Ferretti\"", "space"),
        ("Motivazione", "avvicinare alla lettura studenti e lavoratori, esclusi dall'orario attuale"),
        ("Valore atteso", "apertura serale due giorni alla settimana e attivazione del prestito di e-book "
                          "tramite la rete bibliotecaria provinciale"),
        ("Stakeholder", "studenti, lettori, associazione Gruppo di lettura Pagine Sparse, scuole"),
    ], [
        "nuovo orario con aperture serali entro 31/03/2025",
        "attivazione del prestito digitale entro 30/06/2025",
        "rassegna \"Valmorena legge\" con le scuole entro 30/11/2025",
    ], [["Prestiti annui (n.)", "9.400", "10.500", "11.500"],
        ["Ore di apertura settimanali", "24", "30", "30"]])

    out += scheda(9, "Nuovo protocollo informatico e conservazione digitale", [
        ("Responsabile", "dott.ssa Ilaria Ferrando"),
        ("Servizio", "Segreteria e Protocollo (Area I)"),
        ("Finalità", "completare la dematerializ~zazione dei flussi documentali e garantire la "
                     "conservazione a norma dei documenti informatici"),
        ("Risultato atteso", "gestione interamente digitale del protocollo e versamento periodico al "
                             "conservatore accreditato"),
        ("Soggetti coinvolti", "uffici comunali, cittadini e imprese, conservatore accreditato"),
    ], [
        "migrazione al nuovo gestionale di protocollo entro 31/05/2025",
        "approvazione del manuale di gestione documentale entro 30/09/2025",
        "primo versamento in conservazione dei fascicoli 2024 entro 31/12/2025",
    ], [["Documenti in ingresso digitali (%)", "78%", "95%", "100%"],
        ["Pacchetti in conservazione (n.)", "0", "12", "24"]])

    out += scheda(10, "Cura del verde pubblico e patti di collaborazione", [
        ("Dirigente responsabile", "Responsabile dell'Area III (v. organigramma)"),
        ("Servizio", "Patrimonio e manutenzioni"),
        ("Motivazione", "migliorare il decoro dei parchi e coinvolgere i cittadini nella loro cura "
                        "secondo il regolamento sui beni comuni"),
        ("Valore atteso", "censimento del patrimonio arboreo e nuovi patti di collaborazione"),
        ("Stakeholder", "cittadini, associazione Amici del Parco della Rocca, cooperativa sociale La "
                        "Ginestra, scuole"),
    ], [
        "censimento delle alberature dei parchi urbani entro 30/06/2025",
        "affidamento del servizio di sfalcio alla cooperativa sociale La Ginestra entro 31/05/2025",
        "sottoscrizione di almeno tre patti di collaborazione entro 31/12/2025",
    ], [["Patti di collaborazione (n.)", "1", "3", "5"],
        ["Alberi censiti (n.)", "0", "1.800", "2.600"]])

    out += scheda(11, "Formazione anticorruzione e codice di comportamento", [
        ("Responsabile", "Segretario comunale, in qualità di RPCT"),
        ("Servizio", "Segreteria generale"),
        ("Finalità", "rafforzare la cultura della legalità e aggiornare il codice di comportamento "
                     "al D.P.R. n. 81/2023"),
        ("Risultato atteso", "partecipazione di tutto il personale ad almeno 4 ore di formazione in "
                             "materia di anticorruzione e trasparenza"),
        ("Soggetti coinvolti", "tutti i dipendenti, Responsabili di Area, Nucleo di valutazione"),
    ], [
        "aggiornamento del codice di comportamento entro 30/06/2025",
        "corso di formazione in modalità mista entro 30/11/2025",
    ], [["Dipendenti formati (%)", "60%", "100%", "100%"],
        ["Ore medie di formazione (n.)", "2", "4", "4"]])

    out += scheda(12, "Avvio del Piano Urbanistico Generale (PUG)", [
        ("Referente", "ing. Stefano Guidetti"),
        ("Servizio", "Urbanistica (Area IV)", "space"),
        ("Finalità", "dotare il Comune dello strumento di pianificazione previsto dalla L.R. n. "
                     "24/2017, contenendo il consumo di suolo"),
        ("Valore atteso", "assunzione della proposta di PUG da parte della Giunta"),
        ("Stakeholder", "ordini professionali, associazioni di categoria, Consulta delle frazioni, "
                        "circolo Legambiente Valle del Morena"),
    ], [
        "quadro conoscitivo diagnostico entro 31/10/2025",
        "percorso partecipativo con tre laboratori pubblici entro 31/03/2026",
        "assunzione della proposta di PUG entro 31/12/2026",
    ], [["Laboratori partecipativi (n.)", "0", "1", "2"],
        ["Contributi dei cittadini (n.)", "0", "20", "40"]])
    return out


def personale_obiettivi() -> list[str]:
    out = [B, "PERSONALE COINVOLTO NEGLI OBIETTIVI", B]
    out += para("All'obiettivo n. 1 concorrono: CASALI Matteo, FERRETTI Laura e GOVI Piero. All'obiettivo "
                "n. 2 concorrono: BERTOLINI Sara, MAGNANI Elisa e SALSI Giorgia. All'obiettivo n. 3 "
                "concorrono: CATELLANI Rita, PRATI Simona e VEZZANI Giulia. All'obiettivo n. 4 concorrono: "
                "GHIRELLI Anna e BONACINI Marco. All'obiettivo n. 5 concorrono: DAVOLI Ivana e MAIOLI "
                "Serena. All'obiettivo n. 6 concorrono: BEDOGNI Nicola e CAMPANI Enrico.", blank=True)
    out += para("All'obiettivo n. 7 concorrono: BIGI Andrea, CORRADINI Luca e PELLACANI Sonia. "
                "All'obiettivo n. 8 concorrono: BARBIERI Franca, ZINI Cristina e GRASSI Monica. "
                "All'obiettivo n. 9 concorrono: CAVAZZONI Luca, RIGHI Paolo e TORREGGIANI Mirco. "
                "All'obiettivo n. 10 concorrono: LUSUARDI Fabio, MORINI Denis, SPAGGIARI Carlo e "
                "TAGLIAVINI Ugo. All'obiettivo n. 11 concorrono tutti i dipendenti dell'Ente. "
                "All'obiettivo n. 12 concorrono: ARDUINI Chiara, CASALI Matteo e FONTANESI Marta.")
    return out


def rischi() -> list[str]:
    out = [B, "2.3 RISCHI CORRUTTIVI E TRASPARENZA", B]
    out += para("Il Responsabile della prevenzione della corruzione e della trasparenza (RPCT) è il "
                "Segretario comunale. In sede di mappatura dei processi il RPCT ha valutato a rischio "
                "alto i processi collegati agli obiettivi n. 3 e n. 10, rispettivamente accertamenti "
                "tributari e affidamento di servizi, e a rischio medio il processo collegato "
                "all'obiettivo n. 7. Per tali processi sono previsti controlli successivi a campione "
                "sul 10% degli atti e la rotazione dei componenti delle commissioni.")
    return out


def sez3() -> list[str]:
    out = [B, "SEZIONE 3 – ORGANIZZAZIONE E CAPITALE UMANO", B, "3.1 STRUTTURA ORGANIZZATIVA", B]
    out += para("L'Ente si articola in sei Aree affidate a Responsabili titolari di incarico di Elevata "
                "Qualificazione. Dotazione al 01/01/2025:")
    out += [B]
    w = [42, 30, 14]
    out += table(w, [
        ["AREA", "RESPONSABILE", "N. DIPENDENTI"],
        ["I   Affari generali e Demografici", "dott.ssa Ilaria Ferrando", "7"],
        ["II  Finanziaria e Tributi", "rag. Davide Montanari", "6"],
        ["III Lavori pubblici e Patrimonio", "ing. Stefano Guidetti", "8"],
        ["IV  Urbanistica, Edilizia e Ambiente", "ing. Stefano Guidetti", "5"],
        ["V   Servizi alla persona e Cultura", "VACANTE (*)", "6"],
        ["VI  Polizia locale", "comm. Barbara Zanichelli", "4"],
        ["    TOTALE", "", "36"],
    ])
    out += [B]
    out += para("(*) Il posto di Responsabile dell'Area V è vacante dal 01/11/2024 per collocamento a "
                "riposo della titolare; nelle more della copertura le relative funzioni sono attribuite "
                "al Segretario comunale con decreto sindacale n. 3 del 08/01/2025.", blank=True)
    out += para("L'Area III e l'Area IV sono dirette dal medesimo Responsabile, con incarico ad interim "
                "sull'Area IV fino alla conclusione della procedura di mobilità in corso.")
    out += [B, "3.2 ORGANIZZAZIONE DEL LAVORO AGILE", B]
    out += para("Al 01/01/2025 risultano attivi 9 accordi individuali di lavoro agile (regolamento "
                "approvato con deliberazione di Giunta n. 97/2023).")
    out += [B, "3.3 PIANO TRIENNALE DEI FABBISOGNI DI PERSONALE", B]
    out += para("Nel rispetto dei limiti di spesa e delle capacità assunzionali, per l'anno 2025 sono "
                "previste le seguenti assunzioni a tempo indeterminato:")
    out += ["  - n. 1 Istruttore tecnico (Area degli Istruttori), da assegnare all'Area III;",
            "  - n. 1 Funzionario amministrativo (Area dei Funzionari e dell'E.Q.)",
            "    per la copertura della responsabilità dell'Area V, mediante concorso",
            "    pubblico da concludere entro il 30/09/2025;",
            "  - n. 1 Agente di Polizia locale (Area degli Istruttori)."]
    out += para("Per l'anno 2026 è prevista la sostituzione di un Istruttore amministrativo dei Servizi "
                "demografici in cessazione. Per l'anno 2027 non sono previste nuove assunzioni.")
    out += [B, "3.4 FORMAZIONE DEL PERSONALE", B]
    out += para("Il piano della formazione prevede per il 2025 uno stanziamento di 9.500 euro e almeno "
                "24 ore di formazione annua per dipendente.")
    return out


def sez4() -> list[str]:
    out = [B, "SEZIONE 4 – MONITORAGGIO", B]
    out += para("Il monitoraggio degli obiettivi di performance è effettuato con cadenza semestrale dai "
                "Responsabili di Area, che trasmettono al Segretario comunale una relazione sullo stato "
                "di attuazione delle fasi e sul valore degli indicatori. La verifica finale è svolta dal "
                "Nucleo di valutazione, costituito in forma associata con il Comune di Sassoalto, in "
                "sede di validazione della Relazione sulla performance.")
    out += [B, "Valmorena, 12/02/2025", B, "                                        IL SEGRETARIO COMUNALE",
            "                                         (firmato digitalmente)"]
    return out


# ------------------------------------------------------------------------------------------
# pagination and OCR artefacts
# ------------------------------------------------------------------------------------------

def body() -> list[list[str]]:
    """Blocks that start on a new page (the typist began each of Sezione 2 and Sezione 3 on a new sheet);
    inside a block the text simply flows from page to page."""
    return [front(), sez2_intro() + schede() + personale_obiettivi() + rischi(), sez3() + sez4()]


def paginate() -> list[list[str]]:
    pages: list[list[str]] = []
    for block in body():
        cur: list[str] = []
        for ln in block:
            if len(cur) >= BODY_LINES:
                pages.append(cur)
                cur = []
            if not cur and ln == "":
                continue
            cur.append(ln)
        while cur and cur[-1] == "":
            cur.pop()
        if cur:
            pages.append(cur)
    return pages


def build() -> bytes:
    pages = paginate()
    m = len(pages)
    out = []
    for k, lines in enumerate(pages, 1):
        header = HEADER
        if k == 5:
            header = HEADER.replace(" – ", " - ")          # OCR slip: en dash read as hyphen
        footer = f"Pag. {k} di {m}"
        if k == 1:
            footer = f"Pag. l di {m}"                      # OCR slip: "l" for "1"
        if k == 3:
            footer = f"Pag. {k} di {m}   pag."             # repeated "pag."
        top = [header, ""]
        if k in (4, 7):
            top.append("- pag. -")                         # stray OCR residue of a page stamp
        # a stray double space somewhere in a prose line (harmless OCR slip)
        if k == 2:
            lines = [ln.replace("Per Valore Pubblico", "Per Valore  Pubblico") for ln in lines]
        out.append("\n".join(top + lines + ["", footer]) + "\n")
    return "\f".join(out).encode("utf-8")


def main() -> None:
    OUT.parent.mkdir(parents=True, exist_ok=True)
    data = build()
    OUT.write_bytes(data)
    text = data.decode("utf-8")
    print(f"wrote {OUT} ({len(text)} characters, {text.count(chr(12)) + 1} pages)")


if __name__ == "__main__":
    main()
