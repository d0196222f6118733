"""Write docs/cavalbruno_piao-2026-2028.docx: sezioni 2 e 3 of the PIAO 2026-2028 of the FICTIONAL
Comune di Cavalbruno (provincia di Cuneo, Piemonte), laid out like a plan written in Word by a municipal
office:

* Word heading styles (Heading 1/2/3) for sections and strategic lines, running header and a footer with a
  PAGE field;
* every operational objective is a two-column key/value table ("scheda obiettivo", Table Grid): a merged
  title row across both columns, then one row per field, label (bold, shaded) on the left and value on the
  right.  Labels vary from scheda to scheda ("Codice obiettivo" / "N. obiettivo" / "Cod.", "Finalità" /
  "Motivazione" / "Descrizione e finalità", "Peso %" / "Peso" / "Peso ponderale", ...);
* multi-line value cells built three ways, as Word users do: several paragraphs, one paragraph with soft
  line breaks (<w:br/>), or "List Bullet" paragraphs inside the cell;
* six schede name no person: five give only the organisational unit (Settore / Servizio), whose titolare is
  in the organigramma table of sezione 3 (Settore/Area | Servizi | Responsabile (titolare EQ) | Sostituto |
  N. dipendenti), and one gives the role "Segretario comunale – RPCT", named in a paragraph of sezione 3;
* a table of weights per Settore, an anticorruption risk table, context figures in prose.

Deterministic: fixed core properties, and the zip container is rewritten with fixed timestamps and a fixed
member order (python-docx would stamp the current time).  All people, places and figures are invented.

Usage: /work/main/.venv/bin/python make_plan.py
"""
from __future__ import annotations

import datetime
import io
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = Path(__file__).resolve().parent
NAME = "cavalbruno_piao-2026-2028.docx"
OUT = HERE / "docs" / NAME
ENTE = "Comune di Cavalbruno"

# --------------------------------------------------------------------------------------------------
# content
# --------------------------------------------------------------------------------------------------

APPROVAZIONE = ("Approvato con deliberazione della Giunta comunale n. 14 del 29/01/2026")

CONTESTO = (
    'Il Comune di Cavalbruno conta 9.087 abitanti al 31/12/2025 su una superficie di 42,3 kmq, che '
    'comprende il capoluogo e le frazioni di Ronchi Soprani e Piancastello. La popolazione con più di 65 '
    "anni è pari al 24,8%. L'Ente opera con 46 dipendenti a tempo indeterminato, oltre al Segretario "
    'comunale, e con n. 1 dipendente a tempo determinato. Il bilancio di previsione 2026-2028 prevede per'
    ' il 2026 una spesa corrente di € 8.340.000 e spese in conto capitale per € 2.960.000.')

VP_INTRO = (
    "Il valore pubblico che l'Amministrazione intende generare è declinato nelle quattro linee strategiche "
    "del DUP 2026-2028, approvato con deliberazione del Consiglio comunale n. 52 del 19/12/2025, e negli "
    "obiettivi strategici (OS) che ne discendono:")

LINES = [
    ("Linea 1 – Cavalbruno semplice e digitale",
     "OS 1 – Servizi on line e procedure più rapide per cittadini e professionisti."),
    ("Linea 2 – Territorio sicuro e sostenibile",
     "OS 2 – Rischio idraulico, energia rinnovabile condivisa, sicurezza urbana."),
    ("Linea 3 – Una comunità che si prende cura",
     "OS 3 – Anziani, giovani e famiglie al centro delle politiche comunali."),
    ("Linea 4 – Un Comune efficiente e trasparente",
     "OS 4 – Equità fiscale e prevenzione della corruzione."),
]

PERF_INTRO = (
    'Il Piano della performance 2026 si articola in 9 obiettivi operativi, descritti nelle schede che '
    'seguono; la somma dei pesi è pari a 100. Gli obiettivi sono assegnati ai titolari di incarico di '
    'Elevata Qualificazione (EQ) con il PEG 2026: quando la scheda indica solo il Settore, il '
    "responsabile è il titolare di EQ riportato nell'organigramma della sezione 3. La verifica è "
    'effettuata dal Nucleo di valutazione entro il 30/06/2027.')

# A value is: str (one paragraph) | ("par", [..]) paragraphs | ("br", [..]) soft line breaks |
# ("bul", [..]) List Bullet paragraphs.
# Each objective: (line index, code, weight, settore key, responsible named?, [(label, value), ...])
OBJECTIVES = [
    (0, "OB 1.1", 11, "S4", False, [
        ("Codice obiettivo", "OB 1.1"),
        ("Denominazione", "Presentazione on line delle pratiche edilizie (SUE telematico)"),
        ("Obiettivo strategico DUP", "OS 1 – Pubblica amministrazione accessibile e digitale"),
        ("Unità organizzativa", "Settore 4 – Urbanistica, edilizia privata e ambiente"),
        ("Finalità", "Eliminare la carta nelle pratiche edilizie (CILA, SCIA, permessi di costruire) e ridurre "
                     "i tempi istruttori, ai sensi dell'art. 5 del D.P.R. n. 380/2001."),
        ("Risultato atteso", "Tutte le pratiche edilizie presentate e gestite on line dal 2027."),
        ("Cronoprogramma", ("bul", [
            "Configurazione del portale e della modulistica regionale: gen–mar 2026",
            "Incontri con Ordine degli architetti e Collegio dei geometri: apr–mag 2026",
            "Avvio obbligatorio del canale telematico: dal 01/07/2026",
            "Digitalizzazione dell'archivio pratiche 1990-2010: 2027-2028"])),
        ("Indicatori di performance", ("par", [
            "1) % pratiche edilizie on line = pratiche telematiche / pratiche totali x 100 – baseline 2025: "
            "38% – target 2026: 80%; 2027: 100%; 2028: 100%",
            "2) Tempo medio di rilascio del permesso di costruire (giorni) – baseline 2025: 74 – target "
            "2026: 60; 2027: 55; 2028: 50"])),
        ("Personale coinvolto", "geom. Fabio Garelli (Funzionario tecnico); Sara Dalmasso (Istruttore "
                                "amministrativo)"),
        ("Peso %", "11"),
    ]),
    (0, "OB 1.2", 10, "S1", True, [
        ("N. obiettivo", "OB 1.2"),
        ("Titolo", "Nuovo manuale di gestione documentale e fascicolazione informatica"),
        ("Linea di mandato", "1 – Cavalbruno semplice e digitale"),
        ("Responsabile di EQ", "dott.ssa Marta Allasia"),
        ("Servizio", "Protocollo e archivio (Settore 1)"),
        ("Motivazione", "Adeguarsi alle Linee guida AgID sul documento informatico: oggi solo il 12% dei "
                        "documenti protocollati è inserito in un fascicolo."),
        ("Output atteso", "Manuale approvato dalla Giunta entro il 30/06/2026; fascicolazione informatica di "
                          "tutti i procedimenti dal 2027."),
        ("Fasi e tempi", ("br", [
            "I trimestre 2026 – ricognizione dei flussi documentali e del titolario",
            "II trimestre 2026 – redazione del manuale e approvazione in Giunta",
            "II semestre 2026 – formazione dei referenti (almeno n. 4 sessioni)",
            "2027 – fascicolo informatico per tutti i procedimenti"])),
        ("Indicatori", ("br", [
            "% documenti protocollati assegnati a un fascicolo: baseline 2025 12% → target 2026 50%, "
            "2027 90%, 2028 95%"])),
        ("Dipendenti coinvolti", "dott. Ivan Ravera (Funzionario amministrativo), Marta Audisio (Istruttore "
                                 "amministrativo)"),
        ("Peso", "10%"),
    ]),
    (1, "OB 2.1", 15, "S3", False, [
        ("Codice obiettivo", "OB 2.1"),
        ("Denominazione", "Messa in sicurezza idraulica del rio Fosco e del ponte di via Molini"),
        ("Obiettivo strategico DUP", "OS 2 – Territorio sicuro e sostenibile"),
        ("Unità organizzativa", "Settore 3 – Lavori pubblici e patrimonio"),
        ("Finalità", "Ridurre il rischio di esondazione del rio Fosco nella frazione Ronchi Soprani, colpita "
                     "dall'alluvione dell'ottobre 2024, consolidando gli argini e adeguando il ponte di via "
                     "Molini. Finanziamento: contributo regionale e fondi propri."),
        ("Risultato atteso", "Opere collaudate e contributo rendicontato entro il 31/10/2027."),
        ("Cronoprogramma", ("bul", [
            "Progetto esecutivo e parere regionale: I trimestre 2026",
            "Gara e aggiudicazione dei lavori: entro il 30/06/2026",
            "Primo lotto (argini): settembre 2026 – marzo 2027",
            "Secondo lotto (ponte di via Molini): aprile – settembre 2027",
            "Collaudo e rendicontazione: entro il 31/10/2027"])),
        ("Indicatori di performance", ("par", [
            "Metri lineari di argine consolidato – baseline 2025: 0 – target 2026: 350 m; 2027: 820 m"])),
        ("Portatori di interesse", "Residenti di Ronchi Soprani, aziende agricole, protezione civile, "
                                   "Regione Piemonte"),
        ("Personale coinvolto", "arch. Laura Panero (Funzionario tecnico), Roberto Tomatis (Istruttore "
                                "tecnico)"),
        ("Peso %", "15"),
    ]),
    (1, "OB 2.2", 10, "S4", True, [
        ("N. obiettivo", "OB 2.2"),
        ("Titolo", "Costituzione della Comunità energetica rinnovabile (CER) di Cavalbruno"),
        ("Linea di mandato", "2 – Territorio sicuro e sostenibile"),
        ("Dirigente/Responsabile P.O.", "arch. Nicola Tallone"),
        ("Unità organizzativa", "Settore 4 – Urbanistica, edilizia privata e ambiente"),
        ("Finalità", "Favorire l'autoconsumo condiviso di energia rinnovabile e ridurre la spesa energetica di "
                     "famiglie e imprese, usando le coperture della scuola secondaria e del palazzetto."),
        ("Output atteso", "CER costituita e ammessa agli incentivi del GSE con almeno 60 membri entro il "
                          "II trimestre 2027."),
        ("Cronoprogramma", ("bul", [
            "Studio di fattibilità e verifica della cabina primaria: I–II trimestre 2026",
            "Avviso pubblico per l'adesione di cittadini e imprese: III trimestre 2026",
            "Atto costitutivo e statuto in Consiglio comunale: IV trimestre 2026",
            "Richiesta degli incentivi al GSE: II trimestre 2027"])),
        ("Indicatori di performance", ("br", [
            "N. membri della CER – baseline 2025: 0 – target 2026: 30; 2027: 60; 2028: 90",
            "Potenza condivisa (kWp) – target 2027: 180; 2028: 250"])),
        ("Personale coinvolto", "geom. Fabio Garelli, Giovanni Musso (Istruttore tecnico)"),
        ("Peso %", "10"),
    ]),
    (1, "OB 2.3", 8, "S6", False, [
        ("Codice obiettivo", "OB 2.3"),
        ("Denominazione", "Controllo del territorio: più videosorveglianza e varchi di lettura targhe"),
        ("Obiettivo strategico DUP", "OS 2 – Territorio sicuro e sostenibile"),
        ("Servizio", "Settore 6 – Polizia locale"),
        ("Motivazione", "Contrastare i furti in abitazione nelle frazioni e intercettare i veicoli privi di "
                        "assicurazione o di revisione."),
        ("Risultato atteso", "14 nuove telecamere e 6 varchi di lettura targhe operativi entro il 31/12/2026."),
        ("Cronoprogramma", ("br", [
            "Regolamento di videosorveglianza e valutazione d'impatto privacy: entro il 31/03/2026",
            "Installazione di telecamere e varchi: II–III trimestre 2026",
            "Protocollo d'intesa con i Carabinieri in Prefettura: entro il 31/12/2026"])),
        ("Indicatori di performance", ("par", [
            "N. telecamere attive sul territorio – baseline 2025: 22 – target 2026: 36; 2027: 40; 2028: 40",
            "N. controlli su veicoli non assicurati – baseline 2025: 115 – target 2026: 180; 2027-2028: 200"])),
        ("Personale coinvolto", "vice comm. Giorgio Mellano (Specialista di vigilanza), ag. Monica Ribero e "
                                "ag. Enrico Quaglia (Agenti di P.L.)"),
        ("Peso %", "8"),
    ]),
    (2, "OB 3.1", 12, "S5", False, [
        ("Cod.", "OB 3.1"),
        ("Obiettivo operativo", "Rete di prossimità per gli anziani soli"),
        ("Collegamento DUP", "OS 3 – Una comunità che si prende cura"),
        ("Unità organizzativa", "Settore 5 – Servizi alla persona"),
        ("Finalità", "Contrastare l'isolamento dei 412 ultra 75enni che vivono soli con contatti periodici e "
                     "piccoli servizi a domicilio svolti da volontari."),
        ("Risultato atteso", "Tutti gli ultra 75enni soli mappati e contattati periodicamente."),
        ("Cronoprogramma", ("bul", [
            "Mappatura degli ultra 75enni soli: gennaio–aprile 2026",
            "Convenzione con le associazioni di volontariato: entro il 30/06/2026",
            "Avvio di telefonate di compagnia e spesa a domicilio: da settembre 2026",
            "Questionario di gradimento: IV trimestre 2027"])),
        ("Indicatori di performance", ("par", [
            "% ultra 75enni soli contattati almeno una volta al mese (contattati / mappati) – baseline: n.d. – "
            "target 2026: 50%; 2027: 75%; 2028: 85%"])),
        ("Portatori di interesse", "Anziani soli e caregiver familiari, associazioni di volontariato, "
                                   "Consorzio socio-assistenziale, medici di medicina generale, parrocchie"),
        ("Personale coinvolto", "dott.ssa Irene Manassero (assistente sociale), Franca Ambrogio (Istruttore "
                                "amministrativo)"),
        ("Peso ponderale", "12"),
    ]),
    (2, "OB 3.2", 8, "S5", True, [
        ("N. obiettivo", "OB 3.2"),
        ("Titolo", "Centro giovani e Consiglio comunale dei ragazzi"),
        ("Linea di mandato", "3 – Una comunità che si prende cura"),
        ("Responsabile di EQ", "dott. Andrea Viberti"),
        ("Servizio", "Politiche giovanili (Settore 5)"),
        ("Finalità", "Offrire ai ragazzi dai 14 ai 19 anni uno spazio aggregativo con educatori nell'ex scuola "
                     "di Piancastello e favorirne la partecipazione alla vita amministrativa."),
        ("Output atteso", "Centro giovani aperto tre pomeriggi alla settimana; Consiglio comunale dei ragazzi "
                          "eletto."),
        ("Fasi e tempi", ("br", [
            "gen–mar 2026: co-progettazione con associazioni giovanili e oratorio",
            "entro il 31/05/2026: affidamento del servizio educativo",
            "settembre 2026: apertura del centro giovani",
            "novembre 2026: elezione del Consiglio comunale dei ragazzi"])),
        ("Indicatori", ("par", [
            "N. ragazzi iscritti al centro giovani – target 2026: 40; 2027: 70; 2028: 90"])),
        ("Stakeholder", "Ragazzi e famiglie, Istituto comprensivo, associazioni, oratorio"),
        ("Personale coinvolto", "Marco Vigna (Istruttore amministrativo), Ilaria Costamagna (Istruttore "
                                "culturale)"),
        ("Peso %", "8"),
    ]),
    (3, "OB 4.1", 12, "S2", False, [
        ("Cod.", "OB 4.1"),
        ("Obiettivo operativo", "Recupero dell'evasione IMU e TARI e bonifica della banca dati tributaria"),
        ("Collegamento DUP", "OS 4 – Un Comune efficiente e trasparente: equità fiscale"),
        ("Servizio", "Ufficio Tributi"),
        ("Descrizione e finalità", "Garantire l'equità fiscale contrastando l'evasione dei tributi locali con "
                                   "l'incrocio delle banche dati catastali, anagrafiche e delle utenze."),
        ("Risultato atteso", "Avvisi di accertamento per almeno € 260.000 nel triennio 2026-2028; banca dati "
                             "TARI bonificata."),
        ("Cronoprogramma", ("par", [
            "Fase 1 – incrocio banche dati catasto, anagrafe e utenze: gennaio–aprile 2026",
            "Fase 2 – avvisi di accertamento IMU annualità 2021: entro il 30/09/2026",
            "Fase 3 – controllo superfici TARI delle utenze non domestiche: anno 2027"])),
        ("Indicatori di performance", ("par", [
            "Importo accertato IMU e TARI – baseline 2025: € 71.500 – target 2026: € 80.000; 2027: € 90.000; "
            "2028: € 90.000",
            "% riscossione degli avvisi entro 12 mesi – baseline 2025: 58% – target 2026: 65%; 2027: 70%; "
            "2028: 70%"])),
        ("Portatori di interesse", "Contribuenti, CAF e commercialisti"),
        ("Personale coinvolto", "Elisa Fissore (Istruttore contabile), Alessio Bergese (Istruttore "
                                "amministrativo)"),
        ("Peso ponderale", "12"),
    ]),
    (3, "OB 4.3", 14, "SEG", False, [
        ("N. obiettivo", "OB 4.3"),
        ("Denominazione", "Aggiornamento della mappatura dei processi e tutela del whistleblower"),
        ("Linea di mandato", "4 – Un Comune efficiente e trasparente"),
        ("Responsabile", "Segretario comunale – RPCT, con tutti i titolari di EQ"),
        ("Motivazione", "Estendere la mappatura a tutte le aree di rischio del PNA 2022 e garantire un canale "
                        "sicuro per le segnalazioni di illeciti (D.Lgs. n. 24/2023)."),
        ("Output atteso", "Almeno 80 processi mappati nel 2026, piattaforma per le segnalazioni attiva, "
                          "personale formato."),
        ("Cronoprogramma", ("bul", [
            "Attivazione della piattaforma per le segnalazioni: entro il 31/03/2026",
            "Mappatura dei processi delle aree a rischio: entro il 30/09/2026",
            "Formazione anticorruzione (min. 4 ore) per tutti i dipendenti: entro il 30/11/2026",
            "Monitoraggio delle misure: giugno e dicembre di ogni anno"])),
        ("Indicatori di performance", ("par", [
            "N. processi mappati – baseline 2025: 52 – target 2026: 80; 2027: 95; 2028: 100",
            "% dipendenti formati in anticorruzione (formati / in servizio) – target 100% ogni anno"])),
        ("Personale coinvolto", "Titolari di EQ; Giada Berardo (Istruttore amministrativo)"),
        ("Peso %", "14"),
    ]),
]

SETTORI = {  # key: (label, servizi, responsabile, sostituto, n. dipendenti)
    "S1": ("Settore 1 – Affari generali e servizi demografici",
           "Segreteria, protocollo e archivio, anagrafe, stato civile, elettorale, URP",
           "dott.ssa Marta Allasia (decreto sindacale n. 1/2025)", "dott. Ivan Ravera (vicario)", 9),
    "S2": ("Settore 2 – Servizi finanziari e tributi",
           "Ragioneria e bilancio, economato, tributi, trattamento economico del personale",
           "rag. Davide Olivero (decreto sindacale n. 2/2025)", "dott.ssa Silvia Borgogno (vicaria)", 7),
    "S3": ("Settore 3 – Lavori pubblici e patrimonio",
           "Opere pubbliche, manutenzioni, patrimonio, protezione civile, cimiteri",
           "geom. Paolo Cavallero (decreto sindacale n. 3/2025)", "arch. Laura Panero (vicaria)", 11),
    "S4": ("Settore 4 – Urbanistica, edilizia privata e ambiente",
           "Urbanistica, edilizia privata (SUE), SUAP, ambiente ed energia",
           "arch. Nicola Tallone (decreto sindacale n. 4/2025)", "geom. Fabio Garelli (vicario)", 6),
    "S5": ("Settore 5 – Servizi alla persona",
           "Servizi sociali, istruzione, cultura e biblioteca, sport, politiche giovanili",
           "dott. Andrea Viberti (decreto sindacale n. 5/2025)", "dott.ssa Irene Manassero (vicaria)", 8),
    "S6": ("Settore 6 – Polizia locale",
           "Polizia stradale e amministrativa, videosorveglianza, notifiche",
           "comm. Marco Arnaudo (decreto sindacale n. 6/2025)", "vice comm. Giorgio Mellano (vicario)", 5),
}
SEGRETARIO_LABEL = "Segretario comunale"
ORG_HEAD = ["Settore/Area", "Servizi", "Responsabile (titolare EQ)", "Sostituto", "N. dipendenti"]

RISK_INTRO = (
    "Il RPCT è il Segretario comunale. La mappatura completa dei processi è riportata nell'Allegato 2; di"
    ' seguito i processi con il rischio più significativo. Il monitoraggio delle misure è semestrale.')
RISK_HEAD = ["Processo", "Rischio", "Livello", "Misura", "Responsabile"]
RISKS = [
    ("Affidamenti diretti di lavori, servizi e forniture",
     "Frazionamento artificioso dell'importo; mancata rotazione", "Alto",
     "Registro degli affidamenti e controllo a campione semestrale del 10% degli atti",
     "geom. Paolo Cavallero (Settore 3)"),
    ("Reclutamento del personale e progressioni",
     "Requisiti costruiti su misura; conflitti di interesse", "Alto",
     "Commissioni con almeno un componente esterno e dichiarazioni di assenza di conflitti",
     "Segretario comunale"),
    ("Permessi di costruire e controlli sulle SCIA",
     "Mancato rispetto dell'ordine cronologico; controlli selettivi", "Medio",
     "Istruttoria in ordine cronologico tramite portale SUE e sorteggio delle SCIA da controllare",
     "arch. Nicola Tallone (Settore 4)"),
    ("Accertamenti e rimborsi tributari", "Annullamenti in autotutela non motivati", "Medio",
     "Report annuale al RPCT degli annullamenti e dei rimborsi", "Responsabile Settore 2"),
    ("Sanzioni al Codice della strada", "Archiviazione illegittima dei verbali", "Basso",
     "Gestione informatizzata dei verbali con tracciamento delle modifiche",
     "comm. Marco Arnaudo (Settore 6)"),
]

ORGANI = (
    'Gli organi di governo sono il Sindaco, Luca Bertone, che mantiene le deleghe a bilancio, personale, '
    'polizia locale e protezione civile, e la Giunta composta da quattro assessori: la vicesindaca Giulia'
    ' Ferrero (lavori pubblici, viabilità, ambiente ed energia), Stefano Chiapello (urbanistica, edilizia'
    ' privata, attività produttive e commercio), Chiara Rinaudo (politiche sociali, istruzione e '
    'politiche giovanili) e Matteo Giraudo (cultura, sport, innovazione digitale e comunicazione).')
SEGRETARIO = (
    "Il Segretario comunale è la dott.ssa Elena Bessone, titolare della sede dal 01/09/2023, che svolge "
    "anche le funzioni di Responsabile della prevenzione della corruzione e della trasparenza (RPCT).")
STRUTTURA = (
    'La struttura è articolata in sei Settori, ciascuno affidato a un titolare di incarico di Elevata '
    'Qualificazione (EQ) nominato con decreto sindacale; in caso di assenza il titolare è sostituito dal '
    'dipendente indicato nella colonna «Sostituto».')
AGILE = (
    'Il lavoro agile, disciplinato dal regolamento approvato con deliberazione della Giunta comunale n. '
    '88 del 12/10/2023, è consentito fino a 8 giornate al mese previo accordo individuale; al 31/12/2025 '
    'gli accordi attivi sono 11.')
FABBISOGNI = (
    'Sono previste le seguenti assunzioni a tempo indeterminato: nel 2026 n. 1 Istruttore tecnico '
    '(Settore 3) e n. 1 Agente di polizia locale (Settore 6); nel 2027 n. 1 Funzionario contabile '
    "(Settore 2). Ogni dipendente svolge almeno 40 ore di formazione all'anno.")


# --------------------------------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------------------------------

def shade(cell, fill: str) -> None:
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def set_width(cell, cm: float) -> None:
    cell.width = Cm(cm)


def fill_cell(cell, value, bold: bool = False, size: float = 10) -> None:
    """Write a value into a cell: str, ('par', [...]), ('br', [...]) or ('bul', [...])."""
    kind, items = ("par", [value]) if isinstance(value, str) else value
    first = cell.paragraphs[0]
    if kind == "br":
        run = first.add_run()
        run.font.size = Pt(size)
        run.bold = bold
        for k, line in enumerate(items):
            if k:
                run.add_break(WD_BREAK.LINE)
            run.add_text(line)
        return
    for k, line in enumerate(items):
        p = first if k == 0 else cell.add_paragraph()
        if kind == "bul":
            p.style = "List Bullet"
        r = p.add_run(line)
        r.bold = bold
        r.font.size = Pt(size)
        p.paragraph_format.space_after = Pt(0)


def page_field(paragraph) -> None:
    run = paragraph.add_run()
    for tag, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if tag:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), tag)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        run._r.append(el)


def caption(doc, text: str) -> None:
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    r.italic = True
    r.font.size = Pt(9.5)
    p.paragraph_format.space_before = Pt(6)
    p.paragraph_format.keep_with_next = True


def grid_table(doc, head: list[str], rows: list[list[str]], widths: list[float], size: float = 9):
    t = doc.add_table(rows=1, cols=len(head))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for k, h in enumerate(head):
        c = t.rows[0].cells[k]
        fill_cell(c, h, bold=True, size=size)
        shade(c, "D9E2F3")
        set_width(c, widths[k])
    for row in rows:
        cells = t.add_row().cells
        for k, v in enumerate(row):
            fill_cell(cells[k], v, size=size)
            set_width(cells[k], widths[k])
    return t


def scheda(doc, code: str, fields) -> None:
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    a, b = t.rows[0].cells
    title = a.merge(b)
    fill_cell(title, f"SCHEDA OBIETTIVO {code}", bold=True, size=10)
    title.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    shade(title, "BDD7EE")
    for label, value in fields:
        lc, vc = t.add_row().cells
        fill_cell(lc, label, bold=True, size=9.5)
        shade(lc, "F2F2F2")
        fill_cell(vc, value, size=9.5)
        set_width(lc, 4.6)
        set_width(vc, 12.4)
    doc.add_paragraph()


# --------------------------------------------------------------------------------------------------
# document
# --------------------------------------------------------------------------------------------------

def build_document() -> Document:
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    for name in ("Heading 1", "Heading 2", "Heading 3"):
        doc.styles[name].font.color.rgb = RGBColor(0x1F, 0x3A, 0x68)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin, sec.bottom_margin = Cm(2.0), Cm(1.8)
    hp = sec.header.paragraphs[0]
    hp.text = "Comune di Cavalbruno (CN) – PIAO 2026-2028 – Sezioni 2 e 3"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("Pag. ").font.size = Pt(8)
    page_field(fp)

    cp = doc.core_properties
    cp.title = "PIAO 2026-2028 – Comune di Cavalbruno"
    cp.author = "Comune di Cavalbruno – Segreteria generale"
    cp.last_modified_by = "Ufficio Segreteria"
    cp.created = datetime.datetime(2026, 1, 22, 8, 45, 0)
    cp.modified = datetime.datetime(2026, 1, 29, 11, 10, 0)
    cp.revision = 7
    cp.comments = ""

    # title block
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("COMUNE DI CAVALBRUNO")
    r.bold = True
    r.font.size = Pt(16)
    p = doc.add_paragraph("Provincia di Cuneo")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_heading("Piano Integrato di Attività e Organizzazione (PIAO) 2026-2028", level=0)
    p = doc.add_paragraph(APPROVAZIONE)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.runs[0].italic = True

    # sezione 2
    doc.add_heading("SEZIONE 2 – VALORE PUBBLICO, PERFORMANCE E ANTICORRUZIONE", level=1)
    doc.add_heading("2.1 Valore pubblico", level=2)
    doc.add_paragraph(CONTESTO)
    doc.add_paragraph(VP_INTRO)
    for line, os_ in LINES:
        p = doc.add_paragraph(style="List Bullet")
        p.add_run(line + ". ").bold = True
        p.add_run(os_)

    doc.add_heading("2.2 Performance", level=2)
    doc.add_paragraph(PERF_INTRO)
    caption(doc, "Tabella 1 – Ripartizione dei pesi per Settore")
    wrows = []
    for key, (label, *_rest) in list(SETTORI.items()) + [("SEG", (SEGRETARIO_LABEL,))]:
        objs = [o for o in OBJECTIVES if o[3] == key]
        wrows.append([label, ", ".join(o[1] for o in objs), str(sum(o[2] for o in objs))])
    wrows.append(["Totale", f"{len(OBJECTIVES)} obiettivi", str(sum(o[2] for o in OBJECTIVES))])
    t = grid_table(doc, ["Settore / Area", "Obiettivi assegnati", "Peso complessivo %"], wrows, [8.5, 5.0, 3.5])
    for c in t.rows[-1].cells:
        for r in c.paragraphs[0].runs:
            r.bold = True
    doc.add_paragraph()

    for li, (line, os_) in enumerate(LINES):
        doc.add_heading(line, level=3)
        for _li, code, _w, _s, _named, fields in (o for o in OBJECTIVES if o[0] == li):
            scheda(doc, code, fields)

    doc.add_heading("2.3 Rischi corruttivi e trasparenza", level=2)
    doc.add_paragraph(RISK_INTRO)
    caption(doc, "Tabella 2 – Processi a rischio e misure specifiche 2026-2028")
    grid_table(doc, RISK_HEAD, [list(r) for r in RISKS], [3.4, 3.8, 1.5, 4.8, 3.5], size=8.5)

    # sezione 3
    doc.add_heading("SEZIONE 3 – ORGANIZZAZIONE E CAPITALE UMANO", level=1)
    doc.add_heading("3.1 Struttura organizzativa", level=2)
    doc.add_paragraph(ORGANI)
    doc.add_paragraph(SEGRETARIO)
    doc.add_paragraph(STRUTTURA)
    caption(doc, "Tabella 3 – Organigramma al 01/01/2026")
    orows = [[lab, serv, resp, sost, str(n)] for lab, serv, resp, sost, n in SETTORI.values()]
    orows.append(["Totale", "", "", "", str(sum(s[4] for s in SETTORI.values()))])
    t = grid_table(doc, ORG_HEAD, orows, [3.6, 5.4, 3.8, 2.7, 1.5], size=8.5)
    for c in t.rows[-1].cells:
        for r in c.paragraphs[0].runs:
            r.bold = True
    doc.add_heading("3.2 Organizzazione del lavoro agile", level=2)
    doc.add_paragraph(AGILE)
    doc.add_heading("3.3 Piano triennale dei fabbisogni di personale e formazione", level=2)
    doc.add_paragraph(FABBISOGNI)
    return doc


FIXED_ZIP_TIME = (2026, 1, 29, 11, 10, 0)


def build() -> bytes:
    """The .docx as bytes, byte-identical on every run."""
    raw = io.BytesIO()
    build_document().save(raw)
    src = zipfile.ZipFile(io.BytesIO(raw.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name in sorted(src.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
            info = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, src.read(name))
    return out.getvalue()


def main() -> None:
    OUT.parent.mkdir(parents=True, exist_ok=True)
    data = build()
    OUT.write_bytes(data)
    print(f"wrote {OUT} ({len(data)} bytes)")


if __name__ == "__main__":
    main()
