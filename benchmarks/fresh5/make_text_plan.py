"""Generate a fictional PIAO 2026-2028 "Sezione 2" as the plain text that `pdftotext -layout`
would produce from a real PDF.

The municipality (Comune di Pieve Serasca, provincia di Cremona), its people, firms and
figures are invented. Layout: pages separated by form feeds, a right-aligned running header
and a centred "Pagina N di M" footer on every page, an index with dotted leaders, numbered
headings, justified prose hard-wrapped at 95 columns with some hyphenated line breaks,
tables whose columns are aligned with runs of spaces and whose cells wrap onto continuation
lines inside their column (short cells vertically centred), objective "schede" in a
label | value layout. No tabs, no ruling characters. Deterministic.

Usage: python benchmarks/fresh5/make_text_plan.py [output.txt]
"""
from __future__ import annotations

import sys
from pathlib import Path

ENTE = "Comune di Pieve Serasca"
SLUG = "pieve-serasca"
HERE = Path(__file__).resolve().parent
OUT = HERE / "docs" / f"{SLUG}_piao-2026-2028_sezione-2.txt"

WIDTH = 95          # prose width
PAGE_BODY = 56      # body lines per page
HEADER = f"{ENTE} – PIAO 2026-2028"

# --------------------------------------------------------------------------------------------
# Hyphenation points (a few words only: pdftotext reproduces the hyphens the PDF had)
# --------------------------------------------------------------------------------------------
HYPH_WORDS = [
    "am-mi-ni-stra-zio-ne", "or-ga-niz-za-ti-va", "or-ga-niz-za-ti-vo", "pro-gram-ma-zio-ne",
    "an-ti-cor-ru-zio-ne", "tra-spa-ren-za", "re-spon-sa-bi-li", "pro-ce-di-men-ti",
    "cit-ta-di-nan-za", "sem-pli-fi-ca-zio-ne", "di-gi-ta-liz-za-zio-ne", "mo-ni-to-rag-gio",
    "rea-liz-za-zio-ne", "am-mi-ni-stra-ti-va", "pub-bli-ca-zio-ne", "ren-di-con-ta-zio-ne",
    "co-mu-ni-ca-zio-ne", "va-lu-ta-zio-ne", "col-la-bo-ra-zio-ne", "in-ter-ven-ti",
    "stra-te-gi-ci", "de-ter-mi-na-zio-ne", "pre-ven-zio-ne", "po-po-la-zio-ne",
    "mi-su-ra-zio-ne", "ma-nu-ten-zio-ne", "per-for-man-ce", "in-te-gra-zio-ne",
    "con-te-sto", "a-zio-ni", "pro-ces-si", "ser-vi-zi", "at-ti-vi-tà", "svi-lup-po",
    "ri-spet-to", "so-cia-li", "com-pe-ten-ze", "de-li-be-ra-zio-ne", "u-ten-ti",
    "con-ces-sio-ne", "con-trol-li", "fi-nan-zia-men-to", "co-or-di-na-men-to",
    "at-ti-va-zio-ne", "pre-no-ta-zio-ne", "con-ser-va-zio-ne", "clas-si-fi-ca-zio-ne",
    "li-qui-da-zio-ne", "se-gna-la-zio-ni", "ria-sfal-ta-tu-ra", "il-lu-mi-na-zio-ne",
    "ra-teiz-za-zio-ne", "di-sa-bi-li-tà", "isti-tu-zio-na-le", "stra-or-di-na-ria",
    "ap-pun-ta-men-to", "do-cu-men-ta-le", "fa-sci-co-la-zio-ne", "in-for-ma-ti-co",
    "com-por-ta-men-to", "se-gre-ga-zio-ne", "in-fil-tra-zio-ne", "re-spon-sa-bi-li-tà",
    "cri-mi-na-li-tà", "pro-ce-di-men-to", "di-sci-pli-na-re", "di-men-sio-ne",
    "pro-gram-ma-ti-che", "rag-giun-gi-men-to", "am-mi-ni-stra-ta", "pro-dut-ti-vo",
    "prio-ri-tà", "ul-tra-ses-san-ta-cin-quen-ni", "su-per-fi-cie", "coe-ren-za",
    "in-di-riz-zi", "de-cli-na-zio-ne", "sot-to-se-zio-ne", "qua-li-fi-ca-zio-ne",
    "col-lo-ca-men-to", "co-per-tu-ra", "fab-bi-so-gni", "in-ci-den-za", "ag-gior-na-men-to",
    "con-se-gui-ti", "tra-sver-sa-le", "ri-mo-du-la-zio-ne", "va-li-da-zio-ne",
    "par-zial-men-te", "ri-ser-va-tez-za", "do-mi-ci-lia-re",
    "ri-scos-sio-ne", "con-ces-sio-na-rio", "re-cu-pe-ro", "tem-pe-sti-vi-tà",
    "ri-ce-vi-men-to", "per-cor-si", "pe-do-na-li", "con-fe-ren-ze", "te-le-ma-ti-ca",
    "ve-ri-fi-ca", "fo-to-trap-po-le", "re-gio-na-le", "dif-fe-ren-zia-ta", "bi-ci-clet-ta",
    "vo-lon-ta-ri", "as-so-cia-zio-ne", "par-roc-chia-le", "ri-du-zio-ni",
]
HYPH = {w.replace("-", ""): sorted({len("".join(w.split("-")[:k])) for k in range(1, w.count("-") + 1)})
        for w in HYPH_WORDS}


def _split_word(word: str, room: int) -> tuple[str, str] | None:
    """The longest hyphenated head of `word` fitting `room` columns, and its tail."""
    low = word.lower()
    for key, points in HYPH.items():
        at = low.find(key)
        if at < 0:
            continue
        for p in sorted(points, reverse=True):
            cut = at + p
            if cut < 3 or len(word) - cut < 3:
                continue
            head = word[:cut] + "-"
            if len(head) <= room:
                return head, word[cut:]
    return None


def wrap(text: str, width: int, hyphenate: bool = False) -> list[str]:
    """Greedy wrap; with `hyphenate`, words of HYPH may be split at a syllable boundary."""
    lines: list[str] = []
    cur: list[str] = []
    words = text.split()
    i = 0
    while i < len(words):
        w = words[i]
        used = len(" ".join(cur))
        need = len(w) + (1 if cur else 0)
        if used + need <= width:
            cur.append(w)
            i += 1
            continue
        if hyphenate and cur:
            split = _split_word(w, width - used - 1)
            if split:
                cur.append(split[0])
                lines.append(" ".join(cur))
                cur = []
                words[i] = split[1]
                continue
        if not cur:  # a word longer than the column
            lines.append(w)
            i += 1
            continue
        lines.append(" ".join(cur))
        cur = []
    if cur:
        lines.append(" ".join(cur))
    return lines


def justify(line: str, width: int) -> str:
    words = line.split(" ")
    gaps = len(words) - 1
    extra = width - len(line)
    if gaps <= 0 or extra <= 0 or extra > 2 * gaps + 4:
        return line
    out = words[0]
    for k, w in enumerate(words[1:]):
        out += " " * (1 + extra // gaps + (1 if k < extra % gaps else 0)) + w
    return out


# --------------------------------------------------------------------------------------------
# Blocks: a list of lines plus pagination hints
# --------------------------------------------------------------------------------------------
class Block:
    def __init__(self, lines, keep=True, with_next=False, before=1, repeat=None, heading=None):
        self.lines = list(lines)
        self.keep = keep            # do not split across pages
        self.with_next = with_next  # keep with the first lines of the next block
        self.before = before        # blank lines before the block
        self.repeat = repeat        # lines to repeat on top of a new page (table header)
        self.heading = heading      # (level, text) for the index


BLOCKS: list[Block] = []


def heading(num: str, title: str, level: int = 2) -> None:
    text = f"{num} {title}" if num else title
    BLOCKS.append(Block([text], with_next=True, before=2 if level <= 1 else 1, heading=(level, text)))


def para(text: str, indent: int = 0, justified: bool = True, hyphenate: bool = True) -> None:
    lines = wrap(text, WIDTH - indent, hyphenate)
    if justified:
        lines = [justify(l, WIDTH - indent) for l in lines[:-1]] + lines[-1:]
    BLOCKS.append(Block([" " * indent + l for l in lines], keep=len(lines) <= 4))


def bullets(items: list[str], mark: str = "•", indent: int = 3, hang: int | None = None,
            numbered: str | None = None) -> None:
    """A list: `mark` bullets, or `numbered` = 'a)' / '1.' style labels."""
    out = []
    for k, item in enumerate(items):
        if numbered == "a)":
            label = f"{chr(ord('a') + k)})"
        elif numbered == "1.":
            label = f"{k + 1}."
        else:
            label = mark
        head = " " * indent + label + " "
        h = len(head) if hang is None else hang
        lines = wrap(item, WIDTH - h)
        out.append(head + lines[0])
        out += [" " * h + l for l in lines[1:]]
    BLOCKS.append(Block(out, keep=len(out) <= 12))


def table(columns: list[tuple[str, int]], rows: list[list[str]], middle: set[int] = frozenset(),
          indent: int = 0, gap: int = 2) -> None:
    """Columns aligned with spaces; each cell wraps inside its column. Cells of the
    columns in `middle` are vertically centred in their row (as pdftotext places them)."""
    xs, x = [], indent
    for _, w in columns:
        xs.append(x)
        x += w + gap

    def row_lines(cells: list[str], centre: set[int]) -> list[str]:
        wrapped = [wrap(c, w) if c else [] for c, (_, w) in zip(cells, columns)]
        height = max(len(c) for c in wrapped) or 1
        grid = [[""] * len(columns) for _ in range(height)]
        for j, cell in enumerate(wrapped):
            top = (height - len(cell)) // 2 if j in centre else 0
            for k, text in enumerate(cell):
                grid[top + k][j] = text
        lines = []
        for row in grid:
            line = ""
            for j, text in enumerate(row):
                if text:
                    line = line.ljust(xs[j]) + text
            lines.append(line.rstrip())
        return lines

    head = row_lines([c for c, _ in columns], set(range(len(columns))))
    BLOCKS.append(Block(head, with_next=True))
    for r in rows:
        BLOCKS.append(Block(row_lines(r, middle), before=1, repeat=head + [""]))


LABEL_W = 22
VALUE_X = 25
VALUE_W = WIDTH - VALUE_X


def scheda(title: str, fields: list[tuple[str, str | list[str]]]) -> None:
    """An objective card: the label on the left, its value (paragraph or list) on the right."""
    BLOCKS.append(Block([title], with_next=True, before=2))
    for label, value in fields:
        lab = wrap(label, LABEL_W)
        val: list[str] = []
        for item in ([value] if isinstance(value, str) else value):
            marker = item[:2] if item[:2] in ("- ", "• ") else (item[:3] if item[1:3] == ") " else "")
            lines = wrap(item, VALUE_W, hyphenate=label == "Descrizione")
            if marker and len(lines) > 1:  # hanging indent under the item's text
                rest = " ".join(lines[1:])
                lines = lines[:1] + [" " * len(marker) + l for l in wrap(rest, VALUE_W - len(marker))]
            val += lines
        height = max(len(lab), len(val))
        out = []
        for k in range(height):
            left = lab[k] if k < len(lab) else ""
            right = val[k] if k < len(val) else ""
            out.append((left.ljust(VALUE_X) + right).rstrip() if right else left)
        BLOCKS.append(Block(out, before=1, keep=len(out) <= 14))


# --------------------------------------------------------------------------------------------
# Content
# --------------------------------------------------------------------------------------------
S_AG = "Settore Affari Generali e Servizi Demografici"
S_FIN = "Settore Finanziario e Tributi"
S_TEC = "Settore Tecnico – Lavori Pubblici e Manutenzioni"
S_URB = "Settore Urbanistica, Edilizia Privata e SUAP"
S_SP = "Settore Servizi alla Persona, Istruzione e Cultura"
S_PL = "Servizio di Polizia Locale"

ORG = [
    [S_AG, "dott.ssa Marta Cavalleri – Funzionario E.Q.",
     "Segreteria generale e supporto agli organi; protocollo e archivio; URP; anagrafe, stato civile, "
     "elettorale e leva; gestione giuridica del personale; servizi cimiteriali (concessioni)", "7"],
    [S_FIN, "dott. Paolo Ghidotti – Funzionario E.Q.",
     "Ragioneria, bilancio e controllo di gestione; economato; tributi (IMU, TARI, canone unico); "
     "trattamento economico del personale; riscossione delle entrate patrimoniali", "5"],
    [S_TEC, "ing. Davide Zanacchi – Funzionario E.Q.",
     "Lavori pubblici; manutenzione di strade, verde e immobili comunali; patrimonio; protezione civile; "
     "squadra operai (3 operatori esperti)", "8"],
    [S_URB, "arch. Silvia Bonizzi – Funzionario E.Q.",
     "Pianificazione territoriale (PGT); edilizia privata (SUE); sportello unico attività produttive (SUAP); "
     "ecologia e ambiente", "3"],
    [S_SP, "Segretario comunale (ad interim)",
     "Servizi sociali e segretariato sociale; assistenza domiciliare; istruzione, refezione e trasporto "
     "scolastico; biblioteca, cultura e sport; centro ricreativo estivo", "4"],
    [S_PL, "Comandante P.L. – Funzionario E.Q. (Specialista di vigilanza)",
     "Polizia stradale; polizia amministrativa e commerciale; polizia ambientale; sicurezza urbana; notifiche",
     "4"],
]

DUP_12 = "1.2 – Una pubblica amministrazione digitale e vicina ai cittadini"
DUP_14 = "1.4 – Un bilancio sano e una gestione efficiente delle risorse"

OBJ = [
    dict(code="OP-01", settore="Affari Generali", peso="9", scad="31/12/2026",
         title="Prenotazione online della carta d'identità elettronica e dei servizi anagrafici",
         fields=[
             ("Codice obiettivo", "OP-01"),
             ("Titolo", "Prenotazione online della carta d'identità elettronica e dei servizi anagrafici"),
             ("Obiettivo strategico DUP", DUP_12),
             ("Settore / Responsabile", f"{S_AG} – dott.ssa Marta Cavalleri"),
             ("Descrizione",
              "Nel 2025 l'ufficio anagrafe ha rilasciato 1.146 carte d'identità elettroniche (CIE); gli "
              "appuntamenti sono fissati per telefono o allo sportello e l'attesa media per ottenere un "
              "appuntamento è stata di 23 giorni. L'obiettivo prevede l'attivazione dell'agenda di prenotazione "
              "online collegata al portale istituzionale, l'estensione della prenotazione ai cambi di residenza "
              "e ai certificati di stato civile e l'apertura straordinaria dello sportello il primo sabato di "
              "ogni mese."),
             ("Risultato atteso",
              "Riduzione dei tempi di attesa per il rilascio della CIE, minore afflusso telefonico all'ufficio "
              "e possibilità per i cittadini di scegliere data e ora dell'appuntamento senza recarsi in Comune."),
             ("Fasi e tempi", [
                 "- entro il 28/02/2026: configurazione dell'agenda online e test con il personale",
                 "- entro il 31/03/2026: attivazione del servizio e comunicazione alla cittadinanza (sito, app "
                 "comunale, locandine negli esercizi pubblici)",
                 "- dal 04/04/2026: apertura dello sportello anagrafe il primo sabato del mese, ore 8.30-12.00",
                 "- entro il 31/12/2026: report annuale su prenotazioni e tempi di attesa"]),
             ("Indicatore", [
                 "a) percentuale di CIE prenotate online = n. appuntamenti CIE prenotati online / n. CIE "
                 "rilasciate x 100",
                 "b) attesa media per l'appuntamento CIE (giorni)"]),
             ("Target 2026", "a) almeno 60%; b) non oltre 12 giorni"),
             ("Target 2027", "a) almeno 75%; b) non oltre 10 giorni"),
             ("Stakeholder", "Cittadini residenti; cittadini AIRE; imprese di pompe funebri (per i servizi di "
                             "stato civile); uffici comunali"),
             ("Personale coinvolto", "Elisa Moretti (Istruttore amministrativo – Anagrafe); Gianluca Sora "
                                     "(Istruttore amministrativo – Stato civile); Paola Inzoli (Operatore "
                                     "esperto – URP)"),
         ]),
    dict(code="OP-02", settore="Affari Generali", peso="8", scad="31/12/2026",
         title="Nuovo manuale di gestione documentale e conservazione digitale a norma",
         fields=[
             ("Codice obiettivo", "OP-02"),
             ("Titolo", "Nuovo manuale di gestione documentale e conservazione digitale a norma"),
             ("Obiettivo strategico DUP", DUP_12),
             ("Responsabile", "dott.ssa Marta Cavalleri (Affari Generali e Servizi Demografici)"),
             ("Descrizione",
              "Il Comune registra circa 14.500 documenti di protocollo all'anno, ma il manuale di gestione "
              "documentale vigente risale al 2016 e solo il 41% dei documenti protocollati viene inserito in un "
              "fascicolo informatico. L'obiettivo prevede l'aggiornamento del manuale alle Linee guida AgID, la "
              "revisione del titolario di classificazione e il riversamento in conservazione dei fascicoli "
              "2019-2024. Il servizio di conservazione digitale è affidato alla ditta Conserva Digitale S.r.l. "
              "di Brescia, conservatore qualificato iscritto al marketplace ACN."),
             ("Risultato atteso",
              "Fascicolazione informatica dei documenti protocollati, ricerca più rapida degli atti da parte "
              "degli uffici e conservazione a norma dei documenti informatici."),
             ("Cronoprogramma", [
                 "- entro il 30/04/2026: revisione del titolario di classificazione e del piano di fascicolazione",
                 "- entro il 30/06/2026: approvazione del nuovo manuale con deliberazione della Giunta comunale",
                 "- entro il 30/09/2026: formazione di tutti gli utenti del protocollo (2 sessioni da 3 ore)",
                 "- entro il 31/12/2026: invio in conservazione dei registri e dei fascicoli 2019-2024"]),
             ("Indicatore", "Tasso di fascicolazione = n. documenti protocollati inseriti in un fascicolo "
                            "informatico / n. documenti protocollati x 100"),
             ("Target 2026", "almeno 85%"),
             ("Target 2027", "almeno 95%"),
             ("Stakeholder", "Uffici comunali; cittadini, professionisti e imprese che trasmettono istanze via "
                             "PEC; Soprintendenza archivistica per la Lombardia"),
             ("Personale coinvolto", "Paola Inzoli (Operatore esperto – URP e protocollo); Nadia Ferla "
                                     "(Istruttore amministrativo – Segreteria)"),
         ]),
    dict(code="OP-03", settore="Finanziario e Tributi", peso="10", scad="31/01/2027",
         title="Tempestività dei pagamenti delle fatture commerciali",
         fields=[
             ("Codice obiettivo", "OP-03"),
             ("Titolo", "Tempestività dei pagamenti delle fatture commerciali"),
             ("Obiettivo strategico DUP", DUP_14),
             ("Settore / Responsabile", f"{S_FIN} – dott. Paolo Ghidotti"),
             ("Descrizione",
              "Il rispetto dei tempi di pagamento è obiettivo assegnato a tutti i Responsabili ai sensi "
              "dell'art. 4-bis del d.l. 13/2023. Nel 2025 il Comune ha ricevuto 1.318 fatture e l'indicatore "
              "annuale di tempestività dei pagamenti (ITP) è stato pari a +6 giorni. Il ritardo dipende "
              "soprattutto dai tempi di liquidazione nei Settori: l'obiettivo fissa in 20 giorni dal "
              "ricevimento il termine per l'atto di liquidazione e introduce un monitoraggio trimestrale."),
             ("Risultato atteso", "Pagamento delle fatture entro 30 giorni dal ricevimento e azzeramento dello "
                                  "stock di debito commerciale scaduto."),
             ("Fasi e tempi", [
                 "- entro il 31/01/2026: circolare ai Responsabili di Settore sul termine di liquidazione di 20 "
                 "giorni",
                 "- trimestralmente, entro il giorno 15 del mese successivo: report dei tempi di liquidazione "
                 "per Settore",
                 "- entro il 31/01/2027: calcolo e pubblicazione dell'ITP dell'anno 2026"]),
             ("Indicatore", [
                 "a) ITP annuale calcolato sulla Piattaforma dei Crediti Commerciali (giorni)",
                 "b) tempo medio di pagamento = somma dei giorni tra ricevimento e pagamento / n. fatture "
                 "pagate"]),
             ("Target 2026", "a) ITP non superiore a 0 giorni; b) non oltre 30 giorni"),
             ("Target 2027", "a) ITP non superiore a 0 giorni; b) non oltre 28 giorni"),
             ("Stakeholder", "Fornitori e imprese; Responsabili di Settore; Organo di revisione"),
             ("Personale coinvolto", "Chiara Lodigiani (Istruttore contabile); Mauro Bettinelli (Istruttore "
                                     "amministrativo-contabile)"),
         ]),
    dict(code="OP-04", settore="Finanziario e Tributi", peso="9", scad="31/12/2026",
         title="Recupero degli insoluti della refezione e del trasporto scolastico",
         fields=[
             ("Codice obiettivo", "OP-04"),
             ("Titolo", "Recupero degli insoluti della refezione e del trasporto scolastico"),
             ("Obiettivo strategico DUP", DUP_14),
             ("Settore / Responsabile", f"{S_FIN} – dott. Paolo Ghidotti"),
             ("Descrizione",
              "Al 31/12/2025 risultano non pagate 126 posizioni relative alla refezione e al trasporto "
              "scolastico degli anni scolastici 2021/22-2024/25, per complessivi € 38.700,00. L'obiettivo "
              "prevede il sollecito bonario di tutte le posizioni, la proposta di piani di rateizzazione alle "
              "famiglie in difficoltà segnalate dal servizio sociale e, per le posizioni residue, la riscossione "
              "coattiva tramite ingiunzione fiscale, affidata alla società Padana Riscossioni S.r.l."),
             ("Risultato atteso", "Recupero delle somme dovute nel rispetto dell'equità tra le famiglie utenti "
                                  "e riduzione dei residui attivi."),
             ("Fasi e tempi", [
                 "- entro il 31/03/2026: verifica delle posizioni con l'ufficio istruzione",
                 "- entro il 31/05/2026: invio dei solleciti bonari (PEC o raccomandata)",
                 "- entro il 30/09/2026: trasmissione delle posizioni non regolarizzate al concessionario per "
                 "l'ingiunzione",
                 "- entro il 31/12/2026: rendicontazione delle somme riscosse"]),
             ("Indicatore", "Percentuale di recupero = importo riscosso / importo degli insoluti al 31/12/2025 "
                            "x 100"),
             ("Target 2026", "almeno 50%"),
             ("Target 2027", "almeno 75% (cumulato)"),
             ("Stakeholder", "Famiglie degli alunni; ufficio istruzione; servizio sociale; concessionario della "
                             "riscossione"),
             ("Personale coinvolto", "Mauro Bettinelli (Istruttore amministrativo-contabile); Rosa Vailati "
                                     "(Istruttore amministrativo – Tributi)"),
         ]),
    dict(code="OP-05", settore="Tecnico", peso="10", scad="30/11/2026",
         title="Manutenzione straordinaria delle strade comunali e gestione delle segnalazioni",
         fields=[
             ("Codice obiettivo", "OP-05"),
             ("Titolo", "Manutenzione straordinaria delle strade comunali e gestione delle segnalazioni"),
             ("Obiettivo strategico DUP", "4.2 – Un territorio curato, sicuro e ben collegato"),
             ("Settore / Responsabile", f"{S_TEC} – ing. Davide Zanacchi"),
             ("Descrizione",
              "La rete viaria comunale si estende per 48 km. Nel 2025 sono pervenute 312 segnalazioni di buche, "
              "cedimenti e guasti all'illuminazione pubblica, evase in media in 19 giorni. L'obiettivo comprende "
              "l'appalto dei lavori di riasfaltatura di via Molinara, via dei Gelsi e della strada vicinale "
              "Cascina Bosco per un importo di € 260.000,00, finanziati con avanzo di amministrazione, e "
              "l'attivazione dell'app di segnalazione \"PieveSegnala\" con presa in carico entro 3 giorni "
              "lavorativi."),
             ("Risultato atteso", "Strade più sicure e risposte più rapide e tracciabili alle segnalazioni dei "
                                  "cittadini."),
             ("Fasi e tempi", [
                 "- entro il 28/02/2026: attivazione dell'app \"PieveSegnala\"",
                 "- entro il 30/04/2026: approvazione del progetto esecutivo dei lavori di riasfaltatura",
                 "- entro il 30/06/2026: aggiudicazione con procedura negoziata sulla piattaforma Sintel",
                 "- entro il 30/11/2026: ultimazione dei lavori e certificato di regolare esecuzione"]),
             ("Indicatore", [
                 "a) n. segnalazioni evase entro 15 giorni / n. segnalazioni ricevute x 100",
                 "b) km di strade riasfaltate"]),
             ("Target 2026", "a) almeno 80%; b) 4,5 km"),
             ("Target 2027", "a) almeno 85%; b) 3 km"),
             ("Stakeholder", "Cittadini; ciclisti e pedoni; aziende agricole servite dalle strade vicinali; "
                             "Carabinieri e Polizia Locale"),
             ("Personale coinvolto", "geom. Andrea Vailati (Istruttore tecnico, RUP); Sergio Premoli, Ivan "
                                     "Dossena e Walter Guerini (Operatori esperti – squadra operai)"),
         ]),
    dict(code="OP-06", settore="Tecnico / Urbanistica", peso="8", scad="31/03/2027",
         title="Piano per l'eliminazione delle barriere architettoniche (PEBA)",
         fields=[
             ("Codice obiettivo", "OP-06 (obiettivo trasversale)"),
             ("Titolo", "Piano per l'eliminazione delle barriere architettoniche (PEBA)"),
             ("Obiettivo strategico DUP", "3.3 – Una comunità accessibile e inclusiva"),
             ("Settori / Responsabili", f"{S_TEC} – ing. Davide Zanacchi (capofila); {S_URB} – "
                                        "arch. Silvia Bonizzi"),
             ("Descrizione",
              "Il Comune non dispone ancora del PEBA previsto dalla legge 41/1986. Il Settore Tecnico cura il "
              "rilievo dei 38 edifici pubblici e dei 21 km di percorsi pedonali e il programma degli interventi; "
              "il Settore Urbanistica cura il recepimento del Piano nel Piano dei Servizi del PGT e il raccordo "
              "con la Consulta comunale per la disabilità, che partecipa a tutte le fasi."),
             ("Risultato atteso", "Un quadro completo delle barriere presenti e un programma di interventi con "
                                  "priorità e costi stimati, da inserire nel programma triennale dei lavori "
                                  "pubblici."),
             ("Fasi e tempi", [
                 "- entro il 30/04/2026: rilievo degli edifici pubblici (Settore Tecnico)",
                 "- entro il 30/06/2026: rilievo dei percorsi pedonali e delle fermate del trasporto pubblico",
                 "- entro il 31/10/2026: bozza di PEBA e incontro pubblico con la Consulta per la disabilità",
                 "- entro il 31/03/2027: adozione in Consiglio comunale e recepimento nel Piano dei Servizi "
                 "(Settore Urbanistica)"]),
             ("Indicatore", [
                 "a) n. edifici pubblici rilevati / n. edifici pubblici (38) x 100",
                 "b) km di percorsi pedonali rilevati"]),
             ("Target 2026", "a) 100%; b) 21 km"),
             ("Target 2027", "adozione del PEBA entro il 31/03/2027; almeno 3 interventi inseriti nel "
                             "programma triennale dei lavori pubblici"),
             ("Stakeholder", "Persone con disabilità e loro famiglie; anziani; Consulta comunale per la "
                             "disabilità; scuole"),
             ("Personale coinvolto", "geom. Andrea Vailati (Settore Tecnico); Federica Manenti (Istruttore "
                                     "tecnico – Settore Urbanistica)"),
         ]),
    dict(code="OP-07", settore="Urbanistica, Edilizia e SUAP", peso="9", scad="31/12/2026",
         title="Rispetto dei termini dei procedimenti edilizi e SUAP",
         fields=[
             ("Codice obiettivo", "OP-07"),
             ("Titolo", "Rispetto dei termini dei procedimenti edilizi e SUAP"),
             ("Collegamento al DUP", "2.1 – Territorio, sviluppo e semplificazione per le imprese"),
             ("Responsabile", "arch. Silvia Bonizzi"),
             ("Descrizione",
              "Nel 2025 sono state presentate 214 pratiche edilizie (permessi di costruire, SCIA e CILA) e 96 "
              "pratiche SUAP; il 18% dei permessi di costruire è stato rilasciato oltre il termine di legge. "
              "L'obiettivo prevede la pubblicazione di checklist istruttorie, l'uso delle conferenze di servizi "
              "in modalità telematica e un controllo a campione sulle CILA."),
             ("Risultato atteso", "Tempi certi per cittadini e imprese e riduzione delle richieste di "
                                  "integrazione documentale."),
             ("Fasi e tempi", [
                 "- entro il 31/03/2026: pubblicazione sul sito della modulistica unificata e delle checklist",
                 "- entro il 30/06/2026: avvio del controllo a campione sul 10% delle CILA presentate",
                 "- al 30/06/2026 e al 31/12/2026: report semestrale dei tempi per tipologia di pratica"]),
             ("Indicatore di risultato", "Pratiche concluse nei termini = n. pratiche evase nei termini / n. "
                                         "pratiche presentate x 100"),
             ("Target 2026", "almeno 92%"),
             ("Target 2027", "almeno 95%"),
             ("Portatori di interesse", "Professionisti tecnici; imprese; associazioni di categoria; ATS Val "
                                        "Padana e Vigili del Fuoco (enti terzi nei procedimenti SUAP)"),
             ("Personale coinvolto", "Federica Manenti (Istruttore tecnico); Luca Donarini (Istruttore "
                                     "amministrativo – SUAP)"),
         ]),
    dict(code="OP-08", settore="Servizi alla Persona", peso="10", scad="31/12/2026",
         title="Potenziamento dell'assistenza domiciliare (SAD) per anziani e persone fragili",
         fields=[
             ("Codice obiettivo", "OP-08"),
             ("Titolo", "Potenziamento dell'assistenza domiciliare (SAD) per anziani e persone fragili"),
             ("Obiettivo strategico DUP", "3.1 – Welfare di comunità e sostegno alle fragilità"),
             ("Settore / Responsabile", f"{S_SP} – Segretario comunale (ad interim)"),
             ("Descrizione",
              "Il servizio di assistenza domiciliare, gestito in appalto dalla Cooperativa sociale Arcobaleno "
              "Serio, ha seguito 41 utenti nel 2025 con 120 ore settimanali; al 31/12/2025 erano in lista "
              "d'attesa 9 persone. L'obiettivo porta il monte ore a 150 ore settimanali, attiva la consegna dei "
              "pasti a domicilio e definisce con ATS Val Padana e con l'ASST di Crema un percorso per le "
              "dimissioni protette dall'ospedale."),
             ("Risultato atteso", "Azzeramento della lista d'attesa e permanenza a domicilio, in condizioni di "
                                  "sicurezza, delle persone anziane e fragili."),
             ("Fasi e tempi", [
                 "- entro il 31/03/2026: estensione del contratto con la Cooperativa sociale Arcobaleno Serio",
                 "- entro il 30/04/2026: protocollo con ATS Val Padana e ASST di Crema per le dimissioni protette",
                 "- dal 01/05/2026: avvio della consegna dei pasti a domicilio",
                 "- entro il 30/10/2026: questionario di gradimento a utenti e caregiver",
                 "- entro il 31/12/2026: report finale su ore erogate e lista d'attesa"]),
             ("Indicatore", [
                 "a) ore di assistenza domiciliare erogate nell'anno",
                 "b) persone in lista d'attesa al 31/12",
                 "c) gradimento medio degli utenti (scala 1-5)"]),
             ("Target 2026", "a) almeno 7.200 ore; b) 0; c) almeno 4"),
             ("Target 2027", "a) almeno 7.500 ore; b) 0; c) almeno 4,2"),
             ("Stakeholder", "Anziani e persone con disabilità; caregiver familiari; ATS Val Padana; ASST di "
                             "Crema; Ufficio di Piano dell'Ambito; Cooperativa sociale Arcobaleno Serio"),
             ("Personale coinvolto", "Valentina Ogliari (Assistente sociale); Monica Tirloni (Istruttore "
                                     "amministrativo)"),
         ]),
    dict(code="OP-09", settore="Servizi alla Persona", peso="8", scad="30/09/2026",
         title="Centro ricreativo estivo comunale (CRE) per bambini dai 6 agli 11 anni",
         fields=[
             ("Codice obiettivo", "OP-09"),
             ("Titolo", "Centro ricreativo estivo comunale (CRE) per bambini dai 6 agli 11 anni"),
             ("Obiettivo strategico DUP", "3.2 – Scuola, famiglie e giovani"),
             ("Settore / Responsabile", f"{S_SP} – Segretario comunale (ad interim)"),
             ("Descrizione",
              "Dopo due estati con il solo centro estivo parrocchiale, il Comune organizza un CRE nella scuola "
              "primaria di via Manzoni per 8 settimane, dal 15/06/2026 al 07/08/2026, con 90 posti per "
              "settimana. La gestione educativa è affidata alla cooperativa sociale La Tela Educativa; la "
              "tariffa settimanale per i residenti è di € 65,00, con riduzioni in base all'ISEE e per il "
              "secondo figlio."),
             ("Risultato atteso", "Un servizio estivo di qualità che aiuti le famiglie a conciliare i tempi di "
                                  "vita e di lavoro."),
             ("Fasi e tempi", [
                 "- entro il 28/02/2026: progetto educativo e affidamento del servizio",
                 "- dal 15/04/2026 al 15/05/2026: iscrizioni online",
                 "- dal 15/06/2026 al 07/08/2026: svolgimento del CRE",
                 "- entro il 30/09/2026: rendicontazione e restituzione dei questionari alle famiglie"]),
             ("Indicatore", [
                 "a) tasso di copertura = n. iscritti per settimana / n. posti disponibili (90) x 100",
                 "b) gradimento delle famiglie (scala 1-5)"]),
             ("Target 2026", "a) almeno 80%; b) almeno 4"),
             ("Target 2027", "a) almeno 85%; b) almeno 4"),
             ("Stakeholder", "Famiglie; bambini della scuola primaria; cooperativa sociale La Tela Educativa; "
                             "Istituto comprensivo; parrocchia"),
             ("Personale coinvolto", "Monica Tirloni (Istruttore amministrativo); Stefania Riboli (Istruttore "
                                     "amministrativo – Istruzione)"),
         ]),
    dict(code="OP-10", settore="Polizia Locale", peso="10", scad="31/12/2026",
         title="Contrasto all'abbandono dei rifiuti con fototrappole e controlli mirati",
         fields=[
             ("Codice obiettivo", "OP-10"),
             ("Titolo", "Contrasto all'abbandono dei rifiuti con fototrappole e controlli mirati"),
             ("Obiettivo strategico DUP", "5.1 – Sicurezza urbana, legalità e decoro"),
             ("Responsabile", "Comandante del Servizio di Polizia Locale"),
             ("Descrizione",
              "Nel 2025 la squadra operai ha rimosso 63 abbandoni di rifiuti, concentrati lungo le strade "
              "vicinali e presso l'area ecologica di via dell'Artigianato. L'obiettivo prevede l'acquisto di 6 "
              "fototrappole mobili (spesa di € 9.400,00, cofinanziata dal contributo regionale per la polizia "
              "locale), controlli congiunti con il gestore del servizio rifiuti Linea Ambiente Serio S.p.A. e "
              "una campagna informativa sulla raccolta differenziata."),
             ("Risultato atteso", "Riduzione degli abbandoni e individuazione dei responsabili; maggiore decoro "
                                  "delle aree periferiche."),
             ("Fasi e tempi", [
                 "- entro il 31/03/2026: acquisto e installazione delle fototrappole",
                 "- da aprile a novembre 2026: almeno 2 controlli mensili congiunti con il gestore",
                 "- entro il 31/12/2026: relazione sugli accertamenti e sulle sanzioni"]),
             ("Indicatore", [
                 "a) n. abbandoni rimossi nell'anno (rispetto ai 63 del 2025)",
                 "b) n. trasgressori identificati / n. abbandoni rilevati dalle fototrappole x 100"]),
             ("Target 2026", "a) non più di 45; b) almeno 30%"),
             ("Target 2027", "a) non più di 35; b) almeno 35%"),
             ("Stakeholder", "Cittadini; aziende agricole; Linea Ambiente Serio S.p.A.; guardie ecologiche "
                             "volontarie"),
             ("Personale coinvolto", "agente scelto Marco Capelletti; agente Serena Vaccari"),
         ]),
    dict(code="OP-11", settore="Polizia Locale", peso="9", scad="31/05/2027",
         title="Educazione stradale nelle scuole e percorsi sicuri casa-scuola",
         fields=[
             ("Codice obiettivo", "OP-11"),
             ("Titolo", "Educazione stradale nelle scuole e percorsi sicuri casa-scuola"),
             ("Obiettivo strategico DUP", "5.1 – Sicurezza urbana, legalità e decoro"),
             ("Responsabile", "Comandante del Servizio di Polizia Locale"),
             ("Descrizione",
              "Il progetto, concordato con l'Istituto comprensivo \"Alda Merini\", prevede lezioni di educazione "
              "stradale in classe e in bicicletta e il riavvio del Pedibus su 3 linee, con l'aiuto di 14 "
              "volontari dell'associazione Genitori in Cammino."),
             ("Risultato atteso", "Maggiore autonomia e sicurezza degli alunni nei tragitti casa-scuola e "
                                  "minore traffico davanti ai plessi all'orario di ingresso."),
             ("Fasi e tempi", [
                 "- entro il 31/10/2026: calendario delle lezioni concordato con l'Istituto comprensivo",
                 "- da novembre 2026 a maggio 2027: lezioni in classe e prove pratiche",
                 "- entro il 31/05/2027: relazione finale e festa conclusiva del Pedibus"]),
             ("Indicatore", [
                 "a) n. classi coinvolte / n. classi dell'Istituto comprensivo (22) x 100",
                 "b) ore di lezione svolte dagli agenti"]),
             ("Target 2026", "a) almeno 15 classi (68%); b) almeno 45 ore"),
             ("Target 2027", "tutte le 22 classi"),
             ("Stakeholder", "Alunni; famiglie; insegnanti; volontari del Pedibus"),
             ("Personale coinvolto", "agente scelto Marco Capelletti; agente Serena Vaccari; agente Davide "
                                     "Lupi"),
         ]),
]

ANTICORR = [
    ["Affidamenti diretti di lavori, servizi e forniture",
     "Frazionamento artificioso; mancata rotazione degli operatori economici",
     "Registro informatico degli affidamenti diretti; verifica semestrale della rotazione; uso di MePA e "
     "Sintel", "Responsabili di Settore", "semestrale (30/06 e 31/12)"],
    ["Permessi di costruire, SCIA e CILA",
     "Disparità di trattamento; mancato rispetto dell'ordine di arrivo",
     "Istruttoria in ordine cronologico con registro informatico; controllo a campione sul 10% di SCIA e CILA",
     "Responsabile Settore Urbanistica", "continuo; report semestrale"],
    ["Contributi economici a persone e associazioni",
     "Discrezionalità nell'applicazione dei criteri; assenza di rendicontazione",
     "Applicazione del regolamento comunale; pubblicazione ai sensi degli artt. 26-27 d.lgs. 33/2013; verifica "
     "dei rendiconti", "Responsabile Settore Servizi alla Persona", "entro 30 giorni dalla concessione"],
    ["Rimborsi e sgravi tributari",
     "Rimborsi non dovuti; omissione di accertamenti",
     "Doppia firma sui rimborsi superiori a € 1.000,00; estrazione informatica delle posizioni da controllare",
     "Responsabile Settore Finanziario", "continuo"],
    ["Sanzioni al codice della strada",
     "Annullamento improprio dei verbali",
     "Gestione informatizzata dei verbali con traccia degli annullamenti; report al RPCT",
     "Comandante Polizia Locale", "trimestrale"],
    ["Reclutamento del personale",
     "Requisiti personalizzati; commissioni non imparziali",
     "Dichiarazioni di assenza di conflitto di interessi dei commissari; pubblicazione dei criteri di "
     "valutazione prima delle prove", "Segretario comunale", "a ogni procedura"],
    ["Concessione in uso di immobili comunali",
     "Canoni non congrui; assegnazioni senza confronto",
     "Stima del canone a cura del Settore Tecnico; avviso pubblico per ogni assegnazione",
     "Responsabile Settore Tecnico", "a ogni concessione"],
]


def build() -> None:
    BLOCKS.clear()
    # ---- front page --------------------------------------------------------------------------
    BLOCKS.append(Block(["", "", "", " " * 33 + "COMUNE DI PIEVE SERASCA", " " * 35 + "Provincia di Cremona", "",
                         "", " " * 14 + "PIANO INTEGRATO DI ATTIVITÀ E ORGANIZZAZIONE (PIAO) 2026-2028", "",
                         " " * 12 + "SEZIONE 2 – VALORE PUBBLICO, PERFORMANCE E ANTICORRUZIONE", "", "",
                         " " * 10 + "Approvato con deliberazione della Giunta comunale n. 12 del 29/01/2026",
                         "", "", ""], before=0))
    BLOCKS.append(Block(["INDICE", ""], with_next=True, before=1))
    BLOCKS.append(Block(["@INDEX@"], before=0))
    BLOCKS.append(Block(["@PAGEBREAK@"], before=0))

    # ---- 2.1 -----------------------------------------------------------------------------------
    heading("2.1", "VALORE PUBBLICO", 1)
    para("La presente sezione del Piano integrato di attività e organizzazione (PIAO) del Comune di Pieve "
         "Serasca è redatta ai sensi dell'art. 6 del d.l. 80/2021 e del d.m. 132/2022 e si raccorda con il "
         "Documento unico di programmazione (DUP) 2026-2028, approvato con deliberazione del Consiglio "
         "comunale n. 41 del 16/12/2025, e con le linee programmatiche di mandato 2024-2029 presentate dal "
         "Sindaco Cristina Ferrandi. Per valore pubblico si intende il miglioramento del benessere economico, "
         "sociale e ambientale della comunità amministrata, ottenuto attraverso la programmazione integrata "
         "delle azioni dell'amministrazione, delle sue risorse e delle misure di prevenzione della corruzione.")
    para("Pieve Serasca conta 4.937 abitanti al 31/12/2024 (erano 5.012 nel 2019), su una superficie di "
         "11,6 km²; gli ultrasessantacinquenni sono il 24,8% della popolazione e le famiglie composte da una "
         "sola persona sono 712. Il tessuto produttivo è formato da 412 imprese attive, in prevalenza "
         "agricole, artigiane e del commercio di vicinato. Questi dati orientano le priorità dell'ente verso "
         "i servizi alle persone fragili, la cura del territorio e la semplificazione dei rapporti con "
         "cittadini e imprese.")
    heading("2.1.1", "Obiettivi di valore pubblico")
    para("In coerenza con gli indirizzi strategici del DUP, l'amministrazione persegue nel triennio i seguenti "
         "obiettivi di valore pubblico:")
    bullets([
        "VP1 – Un Comune semplice e digitale: servizi accessibili online, tempi certi e meno code agli "
        "sportelli;",
        "VP2 – Una comunità che si prende cura: sostegno agli anziani, alle persone con disabilità e alle "
        "famiglie con figli;",
        "VP3 – Un territorio curato e accessibile: manutenzione delle strade, eliminazione delle barriere "
        "architettoniche, decoro delle aree periferiche;",
        "VP4 – Legalità e sicurezza: prevenzione della corruzione, trasparenza dell'azione amministrativa e "
        "sicurezza stradale.",
    ])
    para("Il grado di raggiungimento degli obiettivi di valore pubblico è misurato con gli indicatori di "
         "impatto riportati nella tabella seguente, il cui valore di partenza (baseline) è riferito al 2024.")
    table([("Obiettivo VP", 14), ("Indicatore di impatto", 40), ("Baseline 2024", 14),
           ("Valore atteso 2028", 18)],
          [["VP1", "Servizi comunali con prenotazione o istanza online", "4", "almeno 15"],
           ["VP2", "Anziani over 75 seguiti a domicilio (SAD, pasti, telesoccorso)", "58", "almeno 80"],
           ["VP3", "Edifici pubblici privi di barriere architettoniche", "11 su 38", "almeno 20 su 38"],
           ["VP4", "Incidenti stradali con feriti nel territorio comunale", "17", "non più di 10"]],
          middle={0, 2, 3})
    para("Gli obiettivi operativi della sottosezione 2.2 sono collegati ai quattro obiettivi di valore pubblico "
         "e ne costituiscono la declinazione annuale per i Settori dell'ente.")

    # ---- 2.2 -----------------------------------------------------------------------------------
    heading("2.2", "PERFORMANCE", 1)
    para("La sottosezione performance definisce gli obiettivi operativi assegnati ai Responsabili di Settore "
         "titolari di incarico di Elevata Qualificazione (E.Q.) per l'anno 2026, con l'indicazione dei target "
         "per il 2027. Gli obiettivi sono stati definiti dalla Giunta comunale sulla base delle proposte dei "
         "Responsabili, con il supporto del Segretario comunale, e sono stati sottoposti al Nucleo di "
         "valutazione.")
    heading("2.2.1", "Struttura organizzativa")
    para("Al 31/12/2025 il Comune ha in servizio 31 dipendenti a tempo indeterminato, oltre al Segretario "
         "comunale. La struttura è articolata in cinque Settori e nel Servizio di Polizia Locale, come "
         "riportato nella tabella seguente.")
    table([("Settore", 22), ("Responsabile", 24), ("Servizi assegnati", 34), ("N. dipendenti", 10)],
          ORG, middle={3})
    para("Il Settore Servizi alla Persona, Istruzione e Cultura è vacante dal 01/10/2025, a seguito del "
         "collocamento a riposo della precedente titolare, ed è affidato ad interim al Segretario comunale fino "
         "alla copertura del posto, prevista nel piano dei fabbisogni di personale (Sezione 3). Il Servizio di "
         "Polizia Locale è diretto dal Comandante, commissario Fabio Rancati, che coordina tre agenti e svolge "
         "anche le funzioni di responsabile della protezione civile per gli aspetti di viabilità.")
    para("Le misure relative al lavoro agile, alla formazione e al fabbisogno di personale sono contenute nella "
         "Sezione 3 – Organizzazione e capitale umano e non sono riportate in questa sezione.")

    heading("2.2.2", "Quadro sinottico degli obiettivi operativi")
    para("La tabella riepiloga gli undici obiettivi operativi 2026. Il peso esprime, in punti su 100, "
         "l'incidenza di ciascun obiettivo sulla valutazione della performance organizzativa dell'ente; la "
         "scadenza indica il termine dell'ultima fase prevista.")
    table([("Codice", 7), ("Obiettivo", 40), ("Settore", 22), ("Peso", 5), ("Scadenza", 10)],
          [[o["code"], o["title"], o["settore"], o["peso"], o["scad"]] for o in OBJ], middle={0, 3, 4})
    para("Per ciascun obiettivo sono indicati i target 2026 e 2027. I target relativi all'annualità 2028 "
         "saranno definiti in sede di aggiornamento annuale del Piano, sulla base dei risultati conseguiti nel "
         "primo anno.")

    groups = [
        ("2.2.3", f"Obiettivi del {S_AG}", ["OP-01", "OP-02"]),
        ("2.2.4", f"Obiettivi del {S_FIN}", ["OP-03", "OP-04"]),
        ("2.2.5", f"Obiettivi del {S_TEC}", ["OP-05", "OP-06"]),
        ("2.2.6", f"Obiettivi del {S_URB}", ["OP-07"]),
        ("2.2.7", f"Obiettivi del {S_SP}", ["OP-08", "OP-09"]),
        ("2.2.8", f"Obiettivi del {S_PL}", ["OP-10", "OP-11"]),
    ]
    by_code = {o["code"]: o for o in OBJ}
    for num, title, codes in groups:
        heading(num, title)
        if num == "2.2.6":
            para("Il Settore partecipa inoltre all'obiettivo trasversale OP-06 (PEBA), la cui scheda è riportata "
                 "al paragrafo 2.2.5 insieme agli obiettivi del Settore Tecnico, che ne è capofila.")
        for code in codes:
            o = by_code[code]
            scheda(f"SCHEDA OBIETTIVO N. {OBJ.index(o) + 1}", o["fields"])

    heading("2.2.9", "Misurazione e valutazione della performance")
    para("La misurazione del grado di raggiungimento degli obiettivi avviene secondo il Sistema di misurazione "
         "e valutazione della performance approvato con deliberazione della Giunta comunale n. 88 del "
         "21/11/2023. Il Nucleo di valutazione, in forma monocratica, è composto dal dott. Carlo Pezzotti. Il "
         "ciclo si articola nelle seguenti fasi:")
    bullets([
        "monitoraggio intermedio degli obiettivi, con eventuale proposta di rimodulazione, entro il 31/07/2026;",
        "relazione finale dei Responsabili di Settore sugli obiettivi 2026 entro il 28/02/2027;",
        "approvazione della Relazione sulla performance da parte della Giunta entro il 30/06/2027, previa "
        "validazione del Nucleo di valutazione.",
    ], numbered="a)")
    para("Un obiettivo si considera raggiunto se il valore dell'indicatore è pari o superiore al 90% del target; "
         "tra il 60% e il 90% è considerato parzialmente raggiunto; al di sotto del 60% non raggiunto.")

    # ---- 2.3 -----------------------------------------------------------------------------------
    heading("2.3", "RISCHI CORRUTTIVI E TRASPARENZA", 1)
    heading("2.3.1", "Soggetti e responsabilità")
    para("Il Responsabile della prevenzione della corruzione e della trasparenza (RPCT) è il Segretario "
         "comunale, dott.ssa Annalisa Vertemati, titolare della segreteria convenzionata, nominata con decreto "
         "del Sindaco n. 3 del 12/02/2025. Al processo di gestione del rischio partecipano inoltre:")
    bullets([
        "la Giunta comunale, che approva il PIAO e le sue modifiche;",
        "i Responsabili di Settore, referenti per la prevenzione della corruzione per le rispettive strutture;",
        "il Nucleo di valutazione, che verifica la coerenza tra obiettivi di performance e misure di "
        "prevenzione;",
        "il Responsabile dell'Anagrafe per la Stazione Appaltante (RASA), ing. Davide Zanacchi;",
        "tutti i dipendenti, tenuti a osservare le misure del Piano e il Codice di comportamento.",
    ], mark="-")
    para("Il Responsabile della protezione dei dati (RPD) è designato con decreto sindacale e supporta il RPCT "
         "per i profili di riservatezza connessi alla pubblicazione dei dati.")
    heading("2.3.2", "Analisi del contesto")
    para("Dai dati della Prefettura e dalle relazioni annuali sulla criminalità organizzata non emergono, per il "
         "territorio comunale, fenomeni di infiltrazione negli appalti pubblici. Nel contesto interno, nel "
         "quinquennio 2021-2025 non si sono verificati eventi corruttivi né sono state avviate azioni di "
         "responsabilità contabile nei confronti di dipendenti; nel 2025 è stato concluso un procedimento "
         "disciplinare per violazione del Codice di comportamento e sono pervenute 2 segnalazioni di "
         "whistleblowing, entrambe archiviate. La ridotta dimensione dell'organico rende difficile la "
         "rotazione ordinaria del personale, sostituita da misure alternative di segregazione delle funzioni.")
    heading("2.3.3", "Mappatura dei processi a rischio e misure specifiche")
    para("La tabella riporta i processi con livello di rischio valutato \"alto\" o \"medio\", le misure "
         "specifiche programmate, i responsabili della loro attuazione e i tempi.")
    table([("Processo", 18), ("Rischio", 20), ("Misura", 26), ("Responsabile", 14), ("Tempi", 12)],
          ANTICORR, indent=0, gap=2)
    heading("2.3.4", "Misure generali")
    para("Accanto alle misure specifiche, si applicano a tutti i Settori le seguenti misure generali:")
    bullets([
        "Codice di comportamento: aggiornato con deliberazione della Giunta n. 57 del 18/07/2024;",
        "formazione: almeno 4 ore annue per ogni dipendente sui temi dell'etica e dell'anticorruzione, 8 ore "
        "per i Responsabili di Settore;",
        "conflitto di interessi: dichiarazioni rese all'atto dell'assegnazione all'ufficio e aggiornate ogni "
        "anno;",
        "pantouflage: clausola nei contratti di assunzione e dichiarazione al momento della cessazione dal "
        "servizio;",
        "whistleblowing: segnalazioni tramite la piattaforma informatica dell'ente, con garanzia di "
        "riservatezza;",
        "rotazione straordinaria in caso di avvio di procedimenti penali o disciplinari per condotte di tipo "
        "corruttivo.",
    ])
    heading("2.3.5", "Trasparenza")
    para("Gli obblighi di pubblicazione nella sezione \"Amministrazione trasparente\" sono elencati "
         "nell'allegato 2.3-A, che indica per ciascun obbligo il Settore responsabile della trasmissione e "
         "della pubblicazione. In particolare, nel 2026 l'ente intende:")
    bullets([
        "completare la pubblicazione dei dati sui contratti pubblici tramite la Banca dati nazionale dei "
        "contratti pubblici;",
        "aggiornare entro il 30/06/2026 le schede dei procedimenti amministrativi di tutti i Settori;",
        "pubblicare trimestralmente l'indicatore di tempestività dei pagamenti;",
        "rispondere alle richieste di accesso civico generalizzato entro 30 giorni, tenendo il registro degli "
        "accessi aggiornato ogni semestre.",
    ], numbered="a)")
    heading("2.3.6", "Monitoraggio")
    para("Il RPCT verifica l'attuazione delle misure con un monitoraggio semestrale, al 30 giugno e al 31 "
         "dicembre, sulla base delle schede compilate dai Responsabili di Settore, e ne dà conto nella "
         "relazione annuale pubblicata entro il termine fissato dall'ANAC. Gli esiti del monitoraggio sono "
         "utilizzati per l'aggiornamento della presente sezione.")


# --------------------------------------------------------------------------------------------
# Pagination
# --------------------------------------------------------------------------------------------
def paginate(index_lines: list[str]) -> tuple[list[list[str]], list[tuple[int, str, int]]]:
    pages: list[list[str]] = [[]]
    heads: list[tuple[int, str, int]] = []

    def room() -> int:
        return PAGE_BODY - len(pages[-1])

    def new_page(repeat=None) -> None:
        pages.append(list(repeat) if repeat else [])

    i = 0
    while i < len(BLOCKS):
        b = BLOCKS[i]
        lines = b.lines
        if lines == ["@PAGEBREAK@"]:
            new_page()
            i += 1
            continue
        if lines == ["@INDEX@"]:
            lines = index_lines
        before = b.before if pages[-1] and any(l.strip() for l in pages[-1]) else 0
        need = before + len(lines)
        j = i
        while BLOCKS[j].with_next and j + 1 < len(BLOCKS):  # a chain of headings + what follows
            j += 1
            nxt = BLOCKS[j]
            need += nxt.before + (len(nxt.lines) if nxt.with_next or nxt.keep else min(len(nxt.lines), 3))
        if need > room() and (b.keep or b.with_next):
            new_page(b.repeat)
            before = 0 if not pages[-1] else b.before
        elif need > room():  # a long paragraph: split, at least 2 lines on each page
            take = room() - before
            if take >= 2 and len(lines) - take >= 2:
                pages[-1] += [""] * before + lines[:take]
                new_page()
                pages[-1] += lines[take:]
                i += 1
                continue
            new_page()
            before = 0
        pages[-1] += [""] * before + lines
        if b.heading:
            heads.append((b.heading[0], b.heading[1], len(pages)))
        i += 1
    return pages, heads


def render(pages: list[list[str]]) -> str:
    total = len(pages)
    out = []
    for n, body in enumerate(pages, 1):
        while body and not body[-1].strip():
            body.pop()
        lines = [HEADER.rjust(WIDTH), ""] + body
        lines += [""] * (PAGE_BODY + 2 - len(lines) + 2)
        lines.append(f"Pagina {n} di {total}".center(WIDTH).rstrip())
        out.append("\n".join(l.rstrip() for l in lines) + "\n")
    return "\f".join(out) + "\f"


def index_lines(heads: list[tuple[int, str, int]]) -> list[str]:
    out = []
    for level, text, page in heads:
        ind = 0 if level == 1 else 4
        label = " " * ind + text
        if len(label) > WIDTH - 8:
            label = label[:WIDTH - 11].rstrip() + "..."
        dots = "." * max(3, WIDTH - 4 - len(label) - 2)
        out.append(f"{label} {dots} {page:>3}")
    return out


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else OUT
    build()
    n_heads = sum(1 for b in BLOCKS if b.heading)
    placeholder = ["x"] * n_heads
    _, heads = paginate(placeholder)
    idx = index_lines(heads)
    pages, heads2 = paginate(idx)
    assert heads2 == heads, "index page numbers are not stable"
    text = render(pages)
    assert "\t" not in text
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(text, encoding="utf-8")
    print(f"wrote {out} ({len(pages)} pages, {len(text.splitlines())} lines)")


if __name__ == "__main__":
    main()
