"""Write the two FICTIONAL PIAO 2026-2028 documents of fresh24 into docs/.  All people, places, firms and figures
are invented.

1. docs/castelsorbo_piao-2026-2028.docx  (Comune di Castelsorbo, Provincia di Piacenza), written with python-docx:
   * Sezione 1: anagrafica in prose (only the Sindaco is named);
   * 2.1 Valore pubblico: prose paragraphs that give the reasons behind some objectives;
   * 2.2 Performance: an intro paragraph (targets only for 2026), then for each AREA a Heading-3 paragraph
     "<Area> – Responsabile: <person>" followed by ONE TABLE whose rows are the objectives:
     N. | Obiettivo operativo | Azioni | Tempi | Indicatore | Target 2026 | Peso %.
     The person responsible appears ONLY in the heading above the table (and in the prose of 3.1);
   * 2.3 Rischi corruttivi: a bulleted list "process – risk level – measure";
   * 3.1 Struttura organizzativa: PROSE only ("L'Area …, cui sono assegnati N dipendenti, è diretta dall'arch. …");
   * 3.2 Lavoro agile and 3.3 Formazione with a few figures.
2. docs/roncoverde_piao-2026-2028.md  (Comune di Roncoverde, Provincia di Cuneo), Markdown:
   * "## 2.1 Obiettivi strategici": OS-1 … OS-5, each a bold title, a sentence and the line
     "Obiettivi operativi collegati: OB-.., OB-..";
   * "## 2.2 Obiettivi operativi": "### OB-NN – <title>" followed by a bullet list with the labels Dirigente referente,
     Unità organizzativa, Esito atteso, Cronoprogramma (nested bullets "<quarter> – <phase>"), Misurazione
     (nested: Indicatore, Target per year), Soggetti coinvolti;
   * "## 2.3 Rischi corruttivi e trasparenza": a short bullet list;
   * "## 3.1 Struttura organizzativa": a pipe table Settore | Responsabile | Personale assegnato, the offices of
     each Settore and a paragraph naming the Segretario comunale; "## 3.2 Formazione del personale".

Deterministic: no randomness; the DOCX core properties are pinned and the zip is rewritten with fixed timestamps,
so two builds are byte-identical.

Usage: /work/main/.venv/bin/python benchmarks/fresh24/make_plan.py
"""
from __future__ import annotations

import io
import zipfile
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
DOCX_NAME = "castelsorbo_piao-2026-2028.docx"
MD_NAME = "roncoverde_piao-2026-2028.md"
DOCX_OUT = DOCS / DOCX_NAME
MD_OUT = DOCS / MD_NAME
FIXED = datetime(2026, 2, 3, 10, 0, 0)

# =============================================================================================================
# 1. Comune di Castelsorbo (DOCX)
# =============================================================================================================
C1 = "Castelsorbo"
C1_TITLE = [("COMUNE DI CASTELSORBO", 16, True), ("Provincia di Piacenza", 12, False),
            ("PIANO INTEGRATO DI ATTIVITÀ E ORGANIZZAZIONE (PIAO) 2026-2028", 15, True),
            ("Approvato con deliberazione della Giunta comunale n. 11 del 3 febbraio 2026", 10, False)]

C1_ANAGRAFICA = [
    "Il Comune di Castelsorbo conta 6.430 abitanti al 31/12/2025 e si estende per 42,6 kmq lungo la valle del "
    "torrente Sorbella; oltre al capoluogo comprende le frazioni di Case Rovinale e Pieve Sorana.",
    "L'Amministrazione comunale è guidata dal Sindaco Giorgio Ferrandi, eletto nel giugno 2024.",
]

C1_VALORE = [
    "Il valore pubblico atteso nel triennio 2026-2028 discende dalle linee di mandato e dalla Sezione strategica "
    "del DUP 2026-2028 e si concentra su tre direttrici: un Comune più semplice e digitale, un territorio sicuro e "
    "manutenuto, una comunità che non lascia indietro nessuno.",
    "La rete stradale comunale misura 64 km e il rilievo effettuato nel 2025 ha classificato come deteriorato il "
    "manto di circa un quarto dei tratti, soprattutto nelle frazioni: per questo la manutenzione delle strade è la "
    "prima voce dell'Area Tecnica.",
    "Il piano comunale di protezione civile va aggiornato dopo l'esondazione del torrente Sorbella del 4 novembre "
    "2024, che ha allagato le cantine di numerose abitazioni di Case Rovinale.",
    "Il potenziamento dell'assistenza domiciliare risponde all'aumento degli anziani che vivono soli, passati da "
    "310 nel 2023 a 352 nel 2025.",
]

C1_PERF_INTRO = (
    "Gli obiettivi operativi sono assegnati ai Responsabili di Area, titolari di incarico di Elevata "
    "Qualificazione. Per ciascuna Area la tabella riporta il numero dell'obiettivo, le azioni, i tempi, l'indicatore, "
    "il target e il peso ai fini della valutazione. I target si riferiscono all'annualità 2026: i target delle "
    "annualità 2027 e 2028 saranno definiti con l'aggiornamento annuale del Piano.")

C1_OBJ_HEAD = ["N.", "Obiettivo operativo", "Azioni", "Tempi", "Indicatore", "Target 2026", "Peso %"]

# key, area name, title + person, staff, offices, objectives (n, titolo, azioni, tempi, indicatore, target, peso)
C1_AREAS = [
    ("amm", "Area Amministrativa e Servizi Demografici", "dott.ssa Chiara Molinelli", 6,
     "l'Ufficio Segreteria e Protocollo, l'Ufficio Servizi Demografici e l'URP", [
         ("1", "Digitalizzazione dei servizi demografici con lo sportello telematico",
          "Configurazione dello sportello telematico; pubblicazione dei moduli per certificati e cambi di "
          "residenza; formazione degli operatori", "feb-giu 2026", "Servizi demografici attivabili on line",
          "8 servizi", "40"),
         ("2", "Riordino dell'archivio di deposito e scarto documentale",
          "Censimento dei fondi; proposta di scarto alla Soprintendenza archivistica; trasferimento delle pratiche "
          "riordinate", "set-dic 2026", "Metri lineari di documentazione riordinata", "120 metri lineari", "30"),
         ("3", "Aggiornamento della sezione Amministrazione trasparente",
          "Verifica semestrale degli obblighi di pubblicazione; integrazione dei dati mancanti", "gen-dic 2026",
          "Obblighi di pubblicazione verificati", "100%", "30"),
     ]),
    ("fin", "Area Economico-Finanziaria", "rag. Stefano Cavanna", 4,
     "l'Ufficio Ragioneria, l'Ufficio Tributi e l'Economato", [
         ("4", "Recupero dell'evasione TARI sulle utenze non domestiche",
          "Incrocio delle banche dati delle utenze; sopralluoghi con la Polizia locale; emissione degli avvisi di "
          "accertamento", "apr-nov 2026", "Avvisi di accertamento emessi", "350 avvisi", "60"),
         ("5", "Riduzione dei tempi di pagamento delle fatture commerciali",
          "Monitoraggio mensile delle fatture in scadenza; solleciti agli uffici liquidatori", "gen-dic 2026",
          "Tempo medio di pagamento", "25 giorni", "40"),
     ]),
    ("tec", "Area Tecnica – Lavori Pubblici e Territorio", "arch. Matteo Scaglioni", 7,
     "l'Ufficio Lavori Pubblici, l'Ufficio Manutenzioni e l'Ufficio Edilizia Privata e Urbanistica", [
         ("6", "Manutenzione straordinaria delle strade comunali",
          "Rilievo dello stato delle pavimentazioni; progetto esecutivo; affidamento e direzione dei lavori di "
          "asfaltatura", "mar-ott 2026", "Km di strade riasfaltate", "4,2 km", "35"),
         ("7", "Sostituzione dei corpi illuminanti della pubblica illuminazione con lampade LED",
          "Censimento dei punti luce; adesione alla convenzione Consip; collaudo degli impianti", "mag-dic 2026",
          "Punti luce sostituiti", "480 punti luce", "25"),
         ("8", "Adeguamento antincendio della scuola secondaria di Pieve Sorana",
          "Progetto di adeguamento; lavori durante la sospensione estiva delle lezioni; presentazione della SCIA "
          "antincendio ai Vigili del fuoco", "giu-set 2026", "SCIA antincendio presentata", "entro il 30/09/2026",
          "25"),
         ("9", "Aggiornamento del piano comunale di protezione civile",
          "Revisione degli scenari di rischio idraulico del torrente Sorbella; esercitazione con il volontariato "
          "di protezione civile", "gen-mag 2026", "Piano approvato dal Consiglio comunale", "1 delibera", "15"),
     ]),
    ("per", "Area Servizi alla Persona", "dott.ssa Valeria Gandolfi", 5,
     "l'Ufficio Servizi Sociali, l'Ufficio Scuola e Trasporti e la Biblioteca comunale", [
         ("10", "Potenziamento del servizio di assistenza domiciliare per anziani",
          "Revisione del regolamento SAD; presa in carico delle nuove domande; verifica trimestrale dei piani "
          "assistenziali", "gen-dic 2026", "Utenti SAD in carico", "42 utenti", "40"),
         ("11", "Centro estivo comunale inclusivo",
          "Coprogettazione con il terzo settore; reclutamento degli educatori di sostegno; apertura del centro "
          "estivo", "apr-ago 2026", "Richieste di bambini con disabilità accolte", "100%", "30"),
         ("12", "Iscrizioni on line a mensa e trasporto scolastico",
          "Attivazione del portale dei servizi scolastici; pagamenti tramite pagoPA; assistenza alle famiglie",
          "mar-lug 2026", "Iscrizioni presentate on line", "85%", "30"),
     ]),
    ("vig", "Area Vigilanza", "comm. Ivano Sverzellati", 3, "il Comando di Polizia locale", [
        ("13", "Controlli della velocità sulla strada provinciale a Case Rovinale",
         "Installazione del rilevatore di velocità; servizi di controllo nelle fasce orarie di punta",
         "mag-ott 2026", "Servizi di controllo effettuati", "60 servizi", "100"),
    ]),
]
C1_SEGRETARIO = "dott.ssa Lucia Carbognani"
C1_SINDACO = "Giorgio Ferrandi"

C1_RISCHI_INTRO = ("La mappatura dei processi, curata dal Responsabile della prevenzione della corruzione e della "
                   "trasparenza, ha individuato come più esposti i seguenti processi:")
C1_RISCHI = [
    ("Affidamenti diretti di lavori, servizi e forniture", "rischio alto",
     "rotazione degli operatori economici e controllo a campione del Segretario comunale"),
    ("Rilascio dei permessi di costruire", "rischio medio", "istruttoria delle pratiche in ordine cronologico"),
    ("Concessione di contributi economici a persone e associazioni", "rischio medio",
     "criteri predeterminati e pubblicazione degli esiti"),
    ("Accertamenti e rimborsi tributari", "rischio medio", "doppia firma sugli annullamenti in autotutela"),
    ("Gestione dei verbali del Codice della strada", "rischio basso", "tracciabilità informatica dei verbali"),
]


def c1_staff_total() -> int:
    return sum(a[3] for a in C1_AREAS)


def c1_area_heading(a) -> str:
    return f"{a[1]} – Responsabile: {a[2]}"


def c1_org_paragraphs() -> list[str]:
    amm, fin, tec, per, vig = C1_AREAS
    return [
        f"La struttura organizzativa del Comune di Castelsorbo è articolata in cinque Aree, ciascuna affidata a un "
        f"Responsabile titolare di incarico di Elevata Qualificazione. Al 31/12/2025 i dipendenti in servizio sono "
        f"{c1_staff_total()}, escluso il Segretario comunale; il numero dei dipendenti di ciascuna Area comprende il "
        f"relativo Responsabile.",
        f"Il Segretario comunale, {C1_SEGRETARIO}, presta servizio in convenzione con altri due Comuni della "
        f"provincia ed è Responsabile della prevenzione della corruzione e della trasparenza (RPCT).",
        f"L'{amm[1]}, cui sono assegnati {amm[3]} dipendenti, è diretta dalla {amm[2]}; comprende {amm[4]}.",
        f"All'{fin[1]}, diretta dal {fin[2]}, fanno capo {fin[4]}; vi lavorano {fin[3]} dipendenti.",
        f"L'{tec[1]}, cui sono assegnati {tec[3]} dipendenti, è diretta dall'{tec[2]}; ne fanno parte {tec[4]}, "
        f"oltre alla squadra degli operai esterni.",
        f"L'{per[1]} è diretta dalla {per[2]} e conta {per[3]} dipendenti, distribuiti tra {per[4]}.",
        f"L'{vig[1]}, con {vig[3]} dipendenti, coincide con {vig[4]} ed è diretta dal {vig[2]}.",
    ]


C1_AGILE = [
    "Il lavoro agile è disciplinato dal regolamento approvato nel 2023 e si applica alle attività che possono essere "
    "svolte a distanza senza pregiudizio per i servizi allo sportello.",
    "Al 31/12/2025 i dipendenti con accordo individuale di lavoro agile sono 6; ciascun accordo prevede fino a 6 "
    "giorni di lavoro agile al mese.",
]
C1_FORMAZIONE = [
    "Il Piano della formazione 2026 prevede almeno 24 ore di formazione per ciascun dipendente, di cui 8 ore sulle "
    "competenze digitali tramite la piattaforma Syllabus.",
    "La formazione obbligatoria in materia di anticorruzione e trasparenza è organizzata dal Segretario comunale "
    "entro il 30 novembre 2026.",
]


# =============================================================================================================
# 2. Comune di Roncoverde (Markdown)
# =============================================================================================================
C2 = "Roncoverde"
C2_SEGRETARIO = "dott. Giuseppe Olivero"
C2_SINDACA = "Ornella Giraudo"

# key, Settore, Responsabile, Personale assegnato, uffici
C2_SETTORI = [
    ("ag", "Affari Generali e Innovazione Digitale", "dott. Federico Aimar", 5,
     "5 unità (2 istruttori amministrativi, 2 ufficiali d'anagrafe, 1 tecnico informatico)",
     "Segreteria e Protocollo, Servizi Demografici, Ufficio CED"),
    ("bt", "Bilancio e Tributi", "dott.ssa Elena Risso", 4,
     "4 unità (1 istruttore direttivo contabile, 3 istruttori contabili)",
     "Ragioneria, Tributi, Ufficio Personale"),
    ("lp", "Lavori Pubblici e Manutenzioni", "geom. Marco Ghibaudo", 9,
     "9 unità (1 istruttore direttivo tecnico, 3 istruttori tecnici, 5 operai)",
     "Ufficio Tecnico Lavori Pubblici, Squadra operai"),
    ("ua", "Urbanistica e Ambiente", "arch. Silvia Dalmasso", 3,
     "3 unità (1 istruttore direttivo tecnico, 2 istruttori tecnici)",
     "Edilizia Privata (SUE), Ufficio Ecologia"),
    ("ws", "Welfare, Scuola e Cultura", "dott.ssa Anna Peirone", 6,
     "6 unità (1 assistente sociale, 3 istruttori amministrativi, 2 bibliotecari)",
     "Servizi Sociali, Istruzione, Biblioteca civica"),
    ("pm", "Polizia Municipale", "comm. Luca Tallone", 4,
     "4 unità (1 commissario, 3 agenti di polizia municipale)",
     "Comando di Polizia Municipale"),
]
SEG = "Segretario comunale"

# code, title, settore key ("seg" = Segreteria generale), referente (None = the Segretario comunale), esito,
# cronoprogramma [(quarter, phase)], indicatore, targets {year: value}, soggetti coinvolti
C2_OBJ = [
    ("OB-01", "Sportello digitale unico per le istanze dei cittadini", "ag",
     "Permettere ai cittadini e alle imprese di presentare on line le istanze più frequenti, con accesso tramite "
     "SPID e CIE, senza recarsi in municipio.",
     [("I trimestre 2026", "Analisi dei procedimenti e scelta della piattaforma"),
      ("II trimestre 2026", "Attivazione dei primi procedimenti on line"),
      ("IV trimestre 2026", "Estensione dello sportello ai Servizi Demografici")],
     "procedimenti attivabili on line", {2026: "15 procedimenti", 2027: "25 procedimenti",
                                         2028: "35 procedimenti"},
     "cittadini, imprese, professionisti tecnici, Ufficio CED"),
    ("OB-02", "Migrazione in cloud degli applicativi gestionali", "ag",
     "Garantire la continuità dei servizi informatici e la sicurezza dei dati, dismettendo i server della sede "
     "municipale.",
     [("II trimestre 2026", "Migrazione del protocollo informatico e della gestione degli atti"),
      ("IV trimestre 2026", "Migrazione della contabilità e dei tributi"),
      ("III trimestre 2027", "Dismissione del server locale della sede municipale")],
     "applicativi migrati in cloud sul totale", {2026: "70%", 2027: "100%", 2028: "100%"},
     "Ufficio CED, fornitori dei software gestionali, Settore Bilancio e Tributi"),
    ("OB-03", "Contrasto all'evasione dell'IMU sulle aree fabbricabili", "bt",
     "Ridurre le posizioni non dichiarate e distribuire in modo più equo il carico fiscale senza aumentare le "
     "aliquote.",
     [("I trimestre 2026", "Aggiornamento dei valori venali delle aree edificabili"),
      ("II-III trimestre 2026", "Verifica delle posizioni dei contribuenti"),
      ("IV trimestre 2026", "Emissione degli avvisi di accertamento esecutivi")],
     "maggior gettito IMU accertato", {2026: "95.000 euro", 2027: "80.000 euro", 2028: "60.000 euro"},
     "contribuenti, Settore Urbanistica e Ambiente, Agenzia delle Entrate"),
    ("OB-04", "Piano di manutenzione delle strade comunali e delle borgate", "lp",
     "Rendere percorribili in sicurezza le strade comunali, dando priorità ai collegamenti con le borgate di Tetti "
     "Gerbola e Ronchetto Alto.",
     [("II trimestre 2026", "Ricognizione dello stato delle pavimentazioni e scala delle priorità"),
      ("III trimestre 2026", "Affidamento ed esecuzione del primo lotto di asfaltature"),
      ("IV trimestre 2026", "Chiusura delle buche e rifacimento della segnaletica orizzontale"),
      ("II trimestre 2027", "Esecuzione del secondo lotto di asfaltature")],
     "km di strade comunali con pavimentazione rinnovata", {2026: "3,5 km", 2027: "4 km", 2028: "4,5 km"},
     "residenti delle borgate, Polizia Municipale, ditte appaltatrici"),
    ("OB-05", "Cura del verde pubblico e delle aree gioco", "lp",
     "Offrire alle famiglie aree verdi curate e giochi sicuri in tutti i parchi comunali.",
     [("I trimestre 2026", "Censimento delle attrezzature delle aree gioco"),
      ("II trimestre 2026", "Sostituzione dei giochi non conformi alle norme UNI EN 1176"),
      ("II-III trimestre 2026", "Sfalci programmati e potature dei filari alberati")],
     "aree gioco verificate e a norma", {2026: "100%", 2027: "100%", 2028: "100%"},
     "famiglie, scuole dell'infanzia, volontari del gruppo Amici del Parco"),
    ("OB-06", "Riqualificazione energetica della palestra comunale di Ronchetto Alto", "lp",
     "Ridurre i consumi e i costi energetici dell'impianto sportivo e migliorarne il comfort per le società "
     "sportive.",
     [("III trimestre 2026", "Progettazione esecutiva dell'intervento"),
      ("IV trimestre 2026", "Avvio dei lavori di isolamento e sostituzione della caldaia"),
      ("III trimestre 2027", "Collaudo e riapertura della palestra")],
     "riduzione dei consumi energetici rispetto al 2025", {2026: "—", 2027: "-20%", 2028: "-30%"},
     "società sportive, istituto comprensivo, Settore Urbanistica e Ambiente"),
    ("OB-07", "Rete di prossimità per gli anziani soli", "ws",
     "Ridurre l'isolamento degli ultrasettantacinquenni che vivono soli e intercettare in anticipo le situazioni di "
     "fragilità.",
     [("I trimestre 2026", "Mappatura degli anziani soli con l'aiuto dei medici di base"),
      ("II trimestre 2026", "Formazione dei volontari della rete"),
      ("III trimestre 2026", "Avvio delle telefonate settimanali e delle visite a domicilio")],
     "anziani soli raggiunti da contatti periodici", {2026: "90 anziani", 2027: "110 anziani",
                                                      2028: "130 anziani"},
     "Consorzio socio-assistenziale del Roncasco, Croce Verde di Roncoverde, parrocchie, medici di medicina "
     "generale, associazione Nonni in Rete"),
    ("OB-08", "Pre-scuola e post-scuola nella scuola primaria", "ws",
     "Aiutare le famiglie a conciliare i tempi di lavoro e di cura con un servizio educativo prima e dopo le "
     "lezioni.",
     [("II trimestre 2026", "Raccolta delle iscrizioni delle famiglie"),
      ("III trimestre 2026", "Avvio del servizio con l'anno scolastico 2026/2027")],
     "bambini iscritti al servizio", {2026: "45 bambini", 2027: "50 bambini", 2028: "55 bambini"},
     "famiglie, istituto comprensivo, cooperativa sociale affidataria"),
    ("OB-09", "Biblioteca diffusa nelle borgate", "ws",
     "Portare il prestito librario vicino a chi abita nelle borgate e non può raggiungere facilmente il capoluogo.",
     [("II trimestre 2026", "Accordi con i circoli e le sale parrocchiali delle borgate"),
      ("IV trimestre 2026", "Apertura dei punti prestito e servizio di consegna a domicilio")],
     "punti prestito attivi nelle borgate", {2026: "3 punti prestito", 2027: "4 punti prestito",
                                             2028: "4 punti prestito"},
     "lettori, circoli delle borgate, volontari del servizio civile"),
    ("OB-10", "Sicurezza stradale davanti alle scuole", "pm",
     "Rendere più sicuri l'entrata e l'uscita degli alunni, riducendo la sosta irregolare e la velocità dei "
     "veicoli nelle vie delle scuole.",
     [("I trimestre 2026", "Ridefinizione dei turni di presidio degli agenti"),
      ("III trimestre 2026", "Istituzione delle zone scolastiche a traffico limitato")],
     "presidi agli orari di entrata e uscita", {2026: "150 presidi", 2027: "160 presidi", 2028: "160 presidi"},
     "alunni e famiglie, istituto comprensivo, volontari nonni vigile"),
    ("OB-11", "Incremento della raccolta differenziata", "ua",
     "Aumentare la quota di rifiuti avviati a riciclo e preparare il passaggio alla tariffa puntuale.",
     [("III trimestre 2026", "Campagna informativa porta a porta nelle borgate"),
      ("IV trimestre 2026", "Consegna dei contenitori dotati di codice utente"),
      ("I trimestre 2027", "Avvio della misurazione puntuale del secco residuo")],
     "percentuale di raccolta differenziata", {2026: "70%", 2027: "75%", 2028: "78%"},
     "utenze domestiche e non domestiche, gestore del servizio di igiene urbana, scuole"),
    ("OB-12", "Aggiornamento della mappatura dei processi a rischio corruttivo", "seg",
     "Disporre di una mappatura completa dei processi, con misure di prevenzione proporzionate al rischio.",
     [("I trimestre 2026", "Revisione del catalogo dei processi con i Responsabili di Settore"),
      ("II trimestre 2026", "Valutazione del rischio e scelta delle misure"),
      ("IV trimestre 2026", "Monitoraggio delle misure e relazione annuale")],
     "processi mappati e valutati", {2026: "60 processi", 2027: "75 processi", 2028: "90 processi"},
     "Responsabili di Settore, Nucleo di valutazione, Giunta comunale"),
]

C2_OS = [
    ("OS-1", "Un Comune digitale e vicino ai cittadini",
     "Servizi on line semplici, dati sicuri e un'amministrazione trasparente.", ["OB-01", "OB-02", "OB-12"]),
    ("OS-2", "Conti in ordine ed equità fiscale",
     "Entrate certe e un carico fiscale distribuito in modo equo.", ["OB-03"]),
    ("OS-3", "Territorio curato e sicuro",
     "Strade, verde e spazi pubblici mantenuti con regolarità e percorsi sicuri per chi va a scuola.",
     ["OB-04", "OB-05", "OB-10"]),
    ("OS-4", "Comunità solidale",
     "Servizi di prossimità per anziani, famiglie e lettori, anche nelle borgate.", ["OB-07", "OB-08", "OB-09"]),
    ("OS-5", "Ambiente e transizione ecologica",
     "Meno rifiuti, meno consumi energetici negli edifici pubblici.", ["OB-06", "OB-11"]),
]

C2_RISCHI = [
    "Affidamento di lavori di manutenzione stradale – rischio alto – misura: rotazione degli affidatari e "
    "pubblicazione trimestrale degli affidamenti",
    "Erogazione di contributi socio-assistenziali – rischio medio – misura: valutazione collegiale con "
    "l'assistente sociale del Consorzio",
    "Controlli sulle pratiche edilizie – rischio medio – misura: sorteggio delle pratiche da verificare",
]

C2_FORMAZIONE = (
    "Per il 2026 sono previste almeno 20 ore di formazione per ciascun dipendente. I percorsi riguardano la "
    "transizione digitale, gli appalti pubblici dopo il nuovo Codice dei contratti e la sicurezza sui luoghi di "
    "lavoro; la formazione in materia di anticorruzione è curata dal Segretario comunale.")


def c2_settore(key: str) -> tuple | None:
    return next((s for s in C2_SETTORI if s[0] == key), None)


def c2_referente(o) -> str:
    s = c2_settore(o[2])
    return s[2] if s else SEG


def c2_unita(o) -> str:
    s = c2_settore(o[2])
    return f"Settore {s[1]}" if s else "Segreteria generale"


def c2_staff_total() -> int:
    return sum(s[3] for s in C2_SETTORI)


def build_md() -> str:
    L: list[str] = []
    add = L.append
    add("# Comune di Roncoverde")
    add("")
    add("Provincia di Cuneo")
    add("")
    add("**Piano Integrato di Attività e Organizzazione (PIAO) 2026-2028**")
    add("")
    add("Approvato con deliberazione della Giunta comunale n. 14 del 29 gennaio 2026.")
    add("")
    add("## 1. Scheda anagrafica dell'amministrazione")
    add("")
    add("Il Comune di Roncoverde, in provincia di Cuneo, conta 4.215 abitanti al 31/12/2025. Oltre al capoluogo, "
        "il territorio comprende le borgate di Tetti Gerbola e Ronchetto Alto. La Sindaca è Ornella Giraudo, "
        "eletta nel giugno 2024.")
    add("")
    add("## 2. Valore pubblico, performance e anticorruzione")
    add("")
    add("### 2.1 Obiettivi strategici")
    add("")
    add("Gli obiettivi strategici traducono le linee di mandato in risultati attesi per la comunità nel triennio "
        "2026-2028. Ciascuno raggruppa gli obiettivi operativi descritti nel paragrafo 2.2.")
    add("")
    for code, title, desc, obs in C2_OS:
        add(f"**{code} – {title}.** {desc}")
        add("")
        add(f"Obiettivi operativi collegati: {', '.join(obs)}.")
        add("")
    add("### 2.2 Obiettivi operativi")
    add("")
    add("Per ogni obiettivo operativo sono indicati il dirigente referente, l'unità organizzativa competente, "
        "l'esito atteso, il cronoprogramma delle fasi per trimestre, la misurazione (indicatore e target annuali) "
        "e i soggetti coinvolti.")
    add("")
    for o in C2_OBJ:
        code, title, _, esito, fasi, ind, targets, soggetti = o
        add(f"### {code} – {title}")
        add("")
        add(f"- **Dirigente referente:** {c2_referente(o)}")
        add(f"- **Unità organizzativa:** {c2_unita(o)}")
        add(f"- **Esito atteso:** {esito}")
        add("- **Cronoprogramma:**")
        for q, f in fasi:
            add(f"  - {q} – {f}")
        add("- **Misurazione:**")
        add(f"  - Indicatore: {ind}")
        add("  - Target: " + "; ".join(f"{y}: {v}" for y, v in targets.items()))
        add(f"- **Soggetti coinvolti:** {soggetti}")
        add("")
    add("### 2.3 Rischi corruttivi e trasparenza")
    add("")
    add("Il Responsabile della prevenzione della corruzione e della trasparenza è il Segretario comunale. I "
        "processi con il livello di rischio più elevato e le relative misure sono:")
    add("")
    for r in C2_RISCHI:
        add(f"- {r}")
    add("")
    add("## 3. Organizzazione e capitale umano")
    add("")
    add("### 3.1 Struttura organizzativa")
    add("")
    add(f"L'ente è organizzato in sei Settori. Il Segretario comunale, {C2_SEGRETARIO}, coordina i Responsabili "
        f"di Settore e dirige la Segreteria generale. Il personale in servizio al 31/12/2025 è di "
        f"{c2_staff_total()} unità.")
    add("")
    add("| Settore | Responsabile | Personale assegnato |")
    add("|---|---|---|")
    for _, name, head, _, desc, _ in C2_SETTORI:
        add(f"| {name} | {head} | {desc} |")
    add("")
    add("Articolazione dei Settori in uffici:")
    add("")
    for _, name, _, _, _, uffici in C2_SETTORI:
        add(f"- {name}: {uffici}")
    add("")
    add("### 3.2 Formazione del personale")
    add("")
    add(C2_FORMAZIONE)
    add("")
    return "\n".join(L)


# =============================================================================================================
# DOCX writer
# =============================================================================================================
def _para(doc, text: str, size: float = 11, bold=False, align=None, style=None):
    p = doc.add_paragraph(style=style)
    run = p.add_run(text)
    run.font.size = Pt(size)
    run.bold = bold
    if align is not None:
        p.alignment = align
    return p


def _cell(cell, text: str, bold=False, size: float = 8.5):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.font.size = Pt(size)
    run.bold = bold


C1_WIDTHS = [0.9, 4.2, 5.2, 2.0, 3.0, 2.0, 1.2]


def build_docx_document() -> Document:
    doc = Document()
    cp = doc.core_properties
    cp.title = "PIAO 2026-2028 - Comune di Castelsorbo"
    cp.author = "Comune di Castelsorbo - Ufficio Segreteria"
    cp.last_modified_by = "Comune di Castelsorbo - Ufficio Segreteria"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 1
    cp.language = "it-IT"
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, m, Cm(1.8))
    for text, size, bold in C1_TITLE:
        _para(doc, text, size=size, bold=bold, align=WD_ALIGN_PARAGRAPH.CENTER)

    doc.add_heading("SEZIONE 1 – SCHEDA ANAGRAFICA DELL'AMMINISTRAZIONE", level=1)
    for p in C1_ANAGRAFICA:
        _para(doc, p)

    doc.add_heading("SEZIONE 2 – VALORE PUBBLICO, PERFORMANCE E ANTICORRUZIONE", level=1)
    doc.add_heading("2.1 Valore pubblico", level=2)
    for p in C1_VALORE:
        _para(doc, p)
    doc.add_heading("2.2 Performance", level=2)
    _para(doc, C1_PERF_INTRO)
    for a in C1_AREAS:
        doc.add_heading(c1_area_heading(a), level=3)
        t = doc.add_table(rows=1 + len(a[5]), cols=len(C1_OBJ_HEAD))
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        t.autofit = False
        for j, h in enumerate(C1_OBJ_HEAD):
            _cell(t.rows[0].cells[j], h, bold=True)
        for i, row in enumerate(a[5], 1):
            for j, v in enumerate(row):
                _cell(t.rows[i].cells[j], v)
        for row in t.rows:
            for j, w in enumerate(C1_WIDTHS):
                row.cells[j].width = Cm(w)
    doc.add_heading("2.3 Rischi corruttivi e trasparenza", level=2)
    _para(doc, C1_RISCHI_INTRO)
    for proc, lvl, mis in C1_RISCHI:
        _para(doc, f"{proc} – {lvl} – misura: {mis}", style="List Bullet")

    doc.add_heading("SEZIONE 3 – ORGANIZZAZIONE E CAPITALE UMANO", level=1)
    doc.add_heading("3.1 Struttura organizzativa", level=2)
    for p in c1_org_paragraphs():
        _para(doc, p)
    doc.add_heading("3.2 Organizzazione del lavoro agile", level=2)
    for p in C1_AGILE:
        _para(doc, p)
    doc.add_heading("3.3 Piano della formazione", level=2)
    for p in C1_FORMAZIONE:
        _para(doc, p)
    return doc


def build_docx() -> bytes:
    raw = io.BytesIO()
    build_docx_document().save(raw)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(raw.getvalue())) as zin, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 2, 3, 10, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))
    return out.getvalue()


def build() -> dict[str, bytes]:
    return {DOCX_NAME: build_docx(), MD_NAME: build_md().encode("utf-8")}


def main() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    for name, data in build().items():
        (DOCS / name).write_bytes(data)
        print(f"wrote docs/{name} ({len(data)} bytes)")


if __name__ == "__main__":
    main()
