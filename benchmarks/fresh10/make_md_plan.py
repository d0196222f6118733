"""Write the Markdown PIAO 2026-2028 of the FICTIONAL Comune di Serralta Murgese (BA, Puglia).

The text imitates a plan exported to Markdown (e.g. pandoc from a Word file full of tables): ATX headings,
wide pipe tables with one row per operational objective (cells with <br>, **bold** and &amp;), detail cards
below some tables keyed only by the objective code, a nested bullet list as org chart, a staff table keyed by
code and Markdown footnotes. Everything (people, firms, associations, places, figures) is invented.

Deterministic, stdlib only: build() returns the same string on every run; main() writes it as UTF-8 with
LF line endings to docs/serralta-murgese_piao-2026-2028.md.

Usage: /work/main/.venv/bin/python benchmarks/fresh10/make_md_plan.py
"""
from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "docs" / "serralta-murgese_piao-2026-2028.md"
TITLE = "Piano Integrato di Attività e Organizzazione 2026-2028"

OBJ_HEAD = ("| Cod. | Obiettivo operativo | Settore | Responsabile | Indicatore | Baseline 2025 | Target 2026 "
            "| Target 2027 | Scadenza | Peso |")
OBJ_SEP = "|:-----|:--------------------|:--------|:-------------|:-----------|:------:|:------:|:------:|:------|----:|"

# (code, title, settore, responsabile, indicatore, baseline, target 2026, target 2027, scadenza, peso)
LINEA_1 = [
    ("OP 1.1", "Migrazione in cloud qualificato dei servizi demografici e rilascio dei certificati anagrafici "
     "online", "Settore 1", "dott.ssa Teresa Amendolagine",
     "% certificati anagrafici rilasciati online<br>N. servizi applicativi migrati in cloud",
     "18%<br>2", "**35%**<br>6", "50%<br>9", "30/09/2026", "20"),
    ("OP 1.2", "Riduzione dei tempi medi di pagamento delle fatture commerciali[^2]", "Settore 2",
     "rag. Domenico Pastanella", "Indicatore di tempestività dei pagamenti (ITP)", "+4 giorni",
     "**≤ 0 giorni**", "≤ -5 giorni", "31/12/2026", "25"),
    ("OP 1.3", "Recupero dell'evasione IMU e TARI per gli anni d'imposta 2021-2022[^3]", "Settore 2",
     "Responsabile Settore 2",
     "Avvisi di accertamento emessi<br>Somme riscosse da accertamento (€)",
     "310<br>142.000", "600<br>**260.000**", "450<br>300.000", "31/12/2026", "20"),
    ("OP 1.4", "Sportello polifunzionale al cittadino con prenotazione online degli appuntamenti", "Settore 1",
     "Responsabile Settore 1",
     "Tempo medio di attesa allo sportello (minuti)<br>Pomeriggi di apertura settimanale",
     "38<br>1", "20<br>3", "15<br>3", "30/06/2026", "20"),
    ("OP 1.5", "Formazione obbligatoria in materia di anticorruzione, trasparenza e codice di comportamento",
     "Segreteria generale", "dott.ssa Angela Dimastrogiovanni",
     "% dipendenti formati<br>Ore medie di formazione pro capite", "62%<br>4", "100%<br>8", "100%<br>8",
     "30/11/2026", "15"),
]

LINEA_2 = [
    ("OP 2.1", "Efficientamento energetico del plesso scolastico di via delle Fornaci[^4]", "Settore 3",
     "arch. Marilena Quarato",
     "Stato di avanzamento lavori (SAL)<br>Riduzione dei consumi termici rispetto al 2025",
     "Progetto di fattibilità approvato<br>–", "SAL 60%<br>–", "Collaudo<br>**-25%**",
     "Aggiudicazione: 30/06/2026<br>Fine lavori: 31/03/2027", "25"),
    ("OP 2.2", "Incremento della raccolta differenziata e tariffazione puntuale sperimentale nella frazione "
     "Lama San Felice[^5]", "Settore 3", "Responsabile Settore 3",
     "% raccolta differenziata<br>Utenze con contenitore dotato di tag RFID",
     "58,4%<br>0", "65%<br>1.200", "70%<br>2.500", "31/12/2026", "20"),
    ("OP 2.3", "Censimento arboreo e piano di manutenzione programmata del verde pubblico", "Settore 3",
     "arch. Marilena Quarato", "N. alberature censite e georeferenziate", "0", "1.800", "3.000",
     "30/11/2026", "15"),
    ("OP 2.4", "Potenziamento della videosorveglianza urbana e dei varchi di lettura targhe[^6]", "Settore 5",
     "cap. Onofrio Bellantuono", "N. varchi lettura targhe attivi<br>N. telecamere in funzione",
     "2<br>24", "6<br>40", "8<br>48", "31/10/2026", "25"),
    ("OP 2.5", "Aggiornamento del Piano comunale di protezione civile e prima esercitazione con la popolazione",
     "Settore 5", "Responsabile Settore 5",
     "Piano aggiornato e approvato dal Consiglio comunale<br>N. esercitazioni con la popolazione",
     "Piano del 2014<br>0", "Approvazione<br>1", "–<br>2", "30/09/2026", "15"),
]

LINEA_3 = [
    ("OP 3.1", "Estensione del servizio di assistenza domiciliare (SAD) agli anziani non autosufficienti "
     "delle contrade[^7]", "Settore 4", "Responsabile Settore 4",
     "N. utenti SAD presi in carico<br>Ore settimanali di assistenza erogate", "34<br>210", "45<br>280",
     "50<br>300", "31/12/2026", "30"),
    ("OP 3.2", "Biblioteca civica di Palazzo Siniscalchi aperta anche il sabato e il giovedì pomeriggio",
     "Settore 4", "Responsabile Settore 4", "Ore di apertura settimanali<br>Prestiti annui", "24<br>3.150",
     "**32**<br>3.800", "36<br>4.200", "31/03/2026", "20"),
    ("OP 3.3", "Iscrizioni online al trasporto scolastico e pagamento delle rette tramite pagoPA",
     "Settore 4<br>Settore 2", "Responsabile Settore 4<br>rag. Domenico Pastanella",
     "% domande di iscrizione presentate online<br>% rette riscosse tramite pagoPA", "0%<br>41%",
     "80%<br>90%", "100%<br>100%", "31/08/2026", "25"),
    ("OP 3.4", "Regolamento sull'amministrazione condivisa dei beni comuni urbani e primi patti di "
     "collaborazione", "Settore 1", "dott.ssa Teresa Amendolagine",
     "Regolamento approvato dal Consiglio comunale<br>N. patti di collaborazione sottoscritti",
     "No<br>0", "Sì<br>4", "–<br>8", "30/04/2026", "25"),
]

STAFF = [
    ("OP 1.1", "CASSANO Rosa, LAMPARELLI Vito, DIBENEDETTO Anna"),
    ("OP 1.2", "GIANNUZZI Paola, LOCONTE Savino"),
    ("OP 1.3", "LOCONTE Savino, SFORZA Maria Grazia, TOTARO Pietro"),
    ("OP 1.4", "DIBENEDETTO Anna, MASTROMAURO Lucia, PICCININNI Franco"),
    ("OP 1.5", "ARBORE Giulia, CASSANO Rosa"),
    ("OP 2.1", "DELLINO Marco, PORCELLI Ida, RUTIGLIANO Gaetano"),
    ("OP 2.2", "LOSITO Michele, NAPOLETANO Sara, RUTIGLIANO Gaetano"),
    ("OP 2.3", "LOSITO Michele, FIORE Annalisa, ZACCARO Nicola"),
    ("OP 2.4", "CAMPANALE Donato, DIMUCCIO Elena, SCHIRALDI Antonio, VALENTE Rocco"),
    ("OP 2.5", "CAMPANALE Donato, LAFORGIA Ilaria"),
    ("OP 3.1", "COLAPRICO Mariangela, DAMIANI Serena"),
    ("OP 3.2", "GADALETA Chiara, MORAMARCO Luigi"),
    ("OP 3.3", "TRIGGIANI Rosanna, GIANNUZZI Paola"),
    ("OP 3.4", "MASTROMAURO Lucia, ZACCARO Nicola"),
]

# (settore heading, role label, person, staff count, uffici)
ORG = [
    ("Settore 1 – Affari Generali e Servizi Demografici", "Responsabile", "dott.ssa Teresa Amendolagine", 9,
     ["Ufficio Segreteria, Protocollo e Archivio", "Ufficio Servizi Demografici, Elettorale e Stato civile",
      "Ufficio URP e Comunicazione istituzionale", "Ufficio Sistemi informativi e Transizione digitale"]),
    ("Settore 2 – Economico-Finanziario e Tributi", "Responsabile", "rag. Domenico Pastanella", 8,
     ["Ufficio Ragioneria e Bilancio", "Ufficio Tributi e Riscossione",
      "Ufficio Economato e Trattamento economico del personale"]),
    ("Settore 3 – Servizi Tecnici e Ambiente", "Responsabile", "arch. Marilena Quarato", 12,
     ["Ufficio Lavori pubblici ed Espropri", "Ufficio Manutenzioni e Verde pubblico",
      "Ufficio Ambiente e Igiene urbana", "Ufficio Urbanistica, Edilizia privata e SUE"]),
    ("Settore 4 – Servizi alla Persona, Istruzione e Cultura", "Responsabile",
     "ad interim il Responsabile del Settore 1", 7,
     ["Ufficio Servizi sociali e Segretariato sociale", "Ufficio Pubblica istruzione e Trasporto scolastico",
      "Ufficio Biblioteca, Cultura e Sport"]),
    ("Settore 5 – Polizia Locale e Protezione Civile", "Comandante", "cap. Onofrio Bellantuono", 8,
     ["Ufficio Viabilità e Infortunistica stradale", "Ufficio Polizia amministrativa, commerciale ed edilizia",
      "Ufficio Protezione civile"]),
]


def obj_table(rows) -> list[str]:
    out = [OBJ_HEAD, OBJ_SEP]
    for r in rows:
        out.append("| " + " | ".join(r) + " |")
    return out


def card(code: str, motivazione: str, fasi: list[str], stakeholder: str, extra: str | None = None) -> list[str]:
    out = [f"**Scheda di dettaglio – {code}**", "", f"**Motivazione.** {motivazione}", ""]
    if extra:
        out += [extra, ""]
    out += ["**Fasi:**", ""]
    out += [f"{i}. {f}" for i, f in enumerate(fasi, 1)]
    out += ["", f"**Stakeholder:** {stakeholder}", ""]
    return out


def build() -> str:
    L: list[str] = []
    add = L.extend

    add([
        "---",
        f'title: "Comune di Serralta Murgese – {TITLE}"',
        'subtitle: "Approvato con deliberazione della Giunta comunale n. 14 del 29 gennaio 2026"',
        "---",
        "",
        "# Comune di Serralta Murgese",
        "",
        f"**{TITLE} (PIAO)**",
        "",
        "Città Metropolitana di Bari",
        "",
        "# SEZIONE 1 – SCHEDA ANAGRAFICA DELL'AMMINISTRAZIONE",
        "",
        "| Voce | Dato |",
        "|:-----|:-----|",
        "| Denominazione | Comune di Serralta Murgese |",
        "| Indirizzo | Piazza Vittorio Emanuele II, 1 – 70029 Serralta Murgese (BA) |",
        "| Codice fiscale / Partita IVA | 80004417723 / 01984230726 |",
        "| Sindaco | avv. Nicola Scarangella |",
        "| Segretario generale e RPCT | dott.ssa Angela Dimastrogiovanni |",
        "| Popolazione residente al 31/12/2024 | 9.842 abitanti |",
        "| Superficie territoriale | 118,6 kmq (centro urbano e frazione Lama San Felice) |",
        "| Dipendenti in servizio al 01/01/2026 | 46 (di cui 44 assegnati ai Settori) |",
        "| PEC | protocollo@pec.comune.serraltamurgese.ba.it |",
        "",
        "Pur avendo meno di 50 dipendenti, e potendo quindi adottare il Piano in forma semplificata ai sensi "
        "dell'art. 6 del D.M. 30 giugno 2022, n. 132, l'Amministrazione ha scelto di redigere anche la "
        "sottosezione Performance.",
        "",
        "# SEZIONE 2 – VALORE PUBBLICO, PERFORMANCE E ANTICORRUZIONE",
        "",
        "## 2.1 Valore pubblico",
        "",
        "Il Valore Pubblico è inteso come il miglioramento del livello di benessere economico, sociale, "
        "ambientale e sanitario della comunità amministrata rispetto alle condizioni di partenza. Le linee "
        "strategiche che seguono discendono dalle Linee programmatiche di mandato 2024-2029 e dalla Sezione "
        "Strategica del DUP 2026-2028[^1].",
        "",
        "| Linea strategica | Dimensione del Valore Pubblico | Indicatore di impatto | Assessore di riferimento |",
        "|:-----------------|:-------------------------------|:----------------------|:-------------------------|",
        "| 1 – Un Comune semplice, digitale e trasparente | Economica e istituzionale | Quota dei servizi al "
        "cittadino erogati anche in modalità digitale | Sindaco avv. Nicola Scarangella |",
        "| 2 – Territorio curato, sostenibile e sicuro | Ambientale | Percentuale di raccolta differenziata; "
        "reati predatori denunciati per 1.000 abitanti | Ass. Michele Stasolla |",
        "| 3 – Comunità inclusiva, educante e attiva | Sociale e culturale | Anziani over 75 raggiunti da "
        "servizi domiciliari; accessi annui ai servizi culturali | Ass. Lucia Carbonara |",
        "",
        "Per ciascuna linea strategica la Sezione 2.2 individua gli obiettivi operativi assegnati ai Settori, con "
        "i relativi indicatori, target e pesi. Gli obiettivi individuali dei Responsabili di Settore coincidono "
        "con gli obiettivi operativi loro assegnati.",
        "",
        "[^1]: Il DUP 2026-2028 è stato approvato con deliberazione del Consiglio comunale n. 52 del 18 dicembre "
        "2025; la nota di aggiornamento è stata presentata dalla Giunta il 27 novembre 2025.",
        "",
        "## 2.2 Performance",
        "",
        "Gli obiettivi operativi sono riportati in una tabella per ciascuna linea strategica. Per ogni obiettivo "
        "sono indicati il Settore competente, il Responsabile, gli indicatori con il valore di partenza "
        "(baseline 2025), i target per le annualità 2026 e 2027, la scadenza e il peso ai fini della valutazione "
        "della performance organizzativa (la somma dei pesi di ciascuna linea è pari a 100). I target relativi "
        "all'annualità 2028 saranno definiti con l'aggiornamento annuale del Piano.",
        "",
        "Quando nella colonna Responsabile è indicato il solo Settore, il Responsabile è quello individuato "
        "nell'organigramma della Sezione 3.1.",
        "",
        "### Linea strategica 1 – Un Comune semplice, digitale e trasparente",
        "",
    ])
    add(obj_table(LINEA_1))
    add([""])
    add(card(
        "OP 1.4",
        "Gli accessi agli sportelli anagrafe, protocollo e tributi si concentrano nelle mattine del lunedì e del "
        "venerdì, con attese che nel 2025 hanno superato in media la mezz'ora; l'unico pomeriggio di apertura "
        "non è sufficiente per i lavoratori pendolari.",
        ["analisi dei flussi di utenza e accorpamento degli sportelli al piano terra – gennaio-febbraio 2026",
         "configurazione dell'agenda di prenotazione sul sito istituzionale e sull'app IO – marzo-aprile 2026",
         "avvio della prenotazione online degli appuntamenti – maggio 2026",
         "apertura pomeridiana anche il martedì e il giovedì – giugno 2026"],
        "cittadini, professionisti tecnici, CAF e patronati del territorio, Ufficio Tributi.",
        "**Valore pubblico atteso.** Riduzione delle attese e maggiore accessibilità dei servizi per chi lavora "
        "fuori comune.",
    ))
    add([
        "### Linea strategica 2 – Territorio curato, sostenibile e sicuro",
        "",
    ])
    add(obj_table(LINEA_2))
    add([""])
    add(card(
        "OP 2.3",
        "Il patrimonio arboreo comunale non è mai stato censito in modo sistematico: le potature e gli "
        "abbattimenti sono eseguiti in emergenza dopo gli eventi meteorologici intensi, con rischi per la pubblica "
        "incolumità e costi imprevisti per il bilancio.",
        ["affidamento del rilievo agronomico allo studio incaricato – febbraio 2026",
         "censimento e georeferenziazione delle alberature del centro urbano – marzo-giugno 2026",
         "analisi di stabilità (VTA) degli esemplari classificati a rischio – luglio-settembre 2026",
         "approvazione del piano di manutenzione programmata del verde – novembre 2026"],
        "cittadini, istituti scolastici, associazione Serralta Verde APS, Studio agronomico Lattarulo &amp; "
        "Partners.",
    ))
    add(card(
        "OP 2.5",
        "Il Piano comunale di protezione civile vigente risale al 2014 e non considera il rischio incendi di "
        "interfaccia né le aree di espansione residenziale della frazione Lama San Felice.",
        ["aggiornamento degli scenari di rischio idrogeologico, sismico e da incendi boschivi – febbraio-aprile "
         "2026",
         "individuazione delle aree di attesa e delle strutture di ricovero – maggio 2026",
         "presentazione del Piano alla cittadinanza in assemblea pubblica – luglio 2026",
         "approvazione del Piano in Consiglio comunale – settembre 2026",
         "esercitazione di evacuazione con la popolazione di contrada Pezze – ottobre 2026"],
        "Gruppo comunale volontari di protezione civile, associazione Murgia Soccorso ODV, istituti scolastici, "
        "residenti delle contrade, Prefettura di Bari.",
    ))
    add([
        "### Linea strategica 3 – Comunità inclusiva, educante e attiva",
        "",
    ])
    add(obj_table(LINEA_3))
    add([""])
    add(card(
        "OP 3.2",
        "L'orario attuale della biblioteca (24 ore settimanali, solo al mattino nei giorni feriali) esclude di "
        "fatto studenti delle scuole superiori e lavoratori, che rappresentano la quota di popolazione con il più "
        "basso numero di iscritti al prestito.",
        ["riorganizzazione dei turni con i volontari del Servizio civile universale – gennaio 2026",
         "apertura del sabato mattina e del giovedì pomeriggio – marzo 2026",
         "ciclo di letture ad alta voce per la fascia 0-6 anni – aprile-dicembre 2026"],
        "studenti, famiglie con bambini, Istituto Comprensivo Serralta 1, associazione culturale Il Trullo di "
        "Carta.",
    ))
    add([
        "[^2]: Il mancato rispetto del target dell'ITP comporta, ai sensi dell'art. 4-bis del d.l. 13/2023, una "
        "decurtazione del 30% della retribuzione di risultato dei Responsabili interessati.",
        "[^3]: L'attività di bonifica delle banche dati è svolta con il supporto della società Tributi &amp; "
        "Servizi Meridionali S.r.l., affidataria del servizio fino al 31 dicembre 2027.",
        "[^4]: Intervento candidato al Conto Termico del GSE; il quadro economico dell'opera sarà aggiornato "
        "dopo l'approvazione del progetto esecutivo.",
        "[^5]: Il servizio di igiene urbana è affidato alla ditta Ecoservizi Murgia S.r.l. con contratto in "
        "scadenza il 30 aprile 2029; la fornitura dei contenitori con tag RFID è a carico del gestore.",
        "[^6]: Intervento finanziato con un contributo del Ministero dell'Interno di € 96.500, in attuazione del "
        "Patto per Serralta sicura sottoscritto con la Prefettura di Bari il 14 luglio 2025.",
        "[^7]: Il servizio è gestito dalla Cooperativa Sociale Tralci &amp; Radici con contratto in scadenza il "
        "31 agosto 2027; l'estensione è finanziata con il Fondo per la non autosufficienza dell'Ambito "
        "territoriale sociale n. 9.",
        "",
        "## 2.3 Rischi corruttivi e trasparenza",
        "",
        "La mappatura dei processi è stata aggiornata dal RPCT, dott.ssa Angela Dimastrogiovanni, con il "
        "coinvolgimento dei Responsabili di Settore. I processi collegati agli obiettivi di performance sono "
        "riportati di seguito con il livello di rischio stimato e la misura specifica di trattamento.",
        "",
        "| Processo | Obiettivo collegato | Livello di rischio | Misura specifica |",
        "|:---------|:-------------------:|:------------------:|:-----------------|",
        "| Accertamento dei tributi locali e annullamenti in autotutela | OP 1.3 | **Alto** | rotazione delle "
        "pratiche tra istruttori; doppia sottoscrizione degli annullamenti |",
        "| Affidamento di lavori pubblici sopra soglia | OP 2.1 | **Alto** | verifica a campione dei "
        "subappalti; pubblicazione tempestiva degli atti di gara |",
        "| Erogazione di prestazioni socio-assistenziali domiciliari | OP 3.1 | Medio | graduatoria di accesso "
        "con criteri predeterminati e pubblicati |",
        "| Gestione dei dati acquisiti dai varchi lettura targhe | OP 2.4 | Medio | registro degli accessi "
        "alla piattaforma; nomina dei soggetti autorizzati |",
        "| Rilascio di certificazioni anagrafiche | OP 1.1 | Basso | controlli a campione sugli accessi "
        "all'ANPR |",
        "",
        "Gli obblighi di pubblicazione in Amministrazione trasparente sono riportati nell'allegato B al "
        "presente Piano, con l'indicazione dell'ufficio responsabile della trasmissione e della pubblicazione "
        "dei dati.",
        "",
        "# SEZIONE 3 – ORGANIZZAZIONE E CAPITALE UMANO",
        "",
        "## 3.1 Struttura organizzativa",
        "",
        "La struttura organizzativa dell'Ente è articolata in cinque Settori, ciascuno affidato a un titolare di "
        "incarico di Elevata Qualificazione, e negli uffici di staff al Segretario generale.",
        "",
        "- **Segretario generale** — dott.ssa Angela Dimastrogiovanni (RPCT)",
        "  - Ufficio Controlli interni e Anticorruzione (2 unità in staff)",
    ])
    for name, role, person, n, uffici in ORG:
        L.append(f"- **{name}** — {role}: {person} ({n} unità)")
        L.extend(f"  - {u}" for u in uffici)
    total = sum(o[3] for o in ORG)
    add([
        "",
        f"Totale del personale assegnato ai Settori: {total} unità, oltre alle 2 unità in staff al Segretario "
        "generale.",
        "",
        "## 3.2 Personale assegnato agli obiettivi operativi",
        "",
        "| Codice obiettivo | Dipendenti coinvolti |",
        "|:-----------------|:---------------------|",
    ])
    L.extend(f"| {c} | {names} |" for c, names in STAFF)
    add([
        "",
        "## 3.3 Organizzazione del lavoro agile",
        "",
        "Il lavoro agile è consentito al personale che svolge attività eseguibili da remoto, previa "
        "sottoscrizione dell'accordo individuale, secondo le modalità e i limiti stabiliti dal Regolamento "
        "comunale per il lavoro agile. Sono escluse le attività di sportello, di vigilanza sul territorio e "
        "di manutenzione.",
        "",
        "## 3.4 Piano triennale dei fabbisogni di personale",
        "",
        "Nel rispetto della capacità assunzionale determinata ai sensi dell'art. 33 del d.l. 34/2019, per "
        "l'anno 2026 sono previste le seguenti assunzioni a tempo indeterminato:",
        "",
        "- n. 1 Funzionario tecnico (area dei Funzionari e dell'EQ) per il Settore 3[^8];",
        "- n. 2 Agenti di Polizia Locale (area degli Istruttori) per il Settore 5;",
        "- n. 1 Assistente sociale (area dei Funzionari e dell'EQ) per il Settore 4;",
        "- n. 1 Istruttore amministrativo-contabile (area degli Istruttori) per il Settore 2.",
        "",
        "Per gli anni 2027 e 2028 sono previste esclusivamente le sostituzioni del personale cessato.",
        "",
        "[^8]: Il concorso per il Funzionario tecnico è bandito in forma associata con il Comune di Casalvento "
        "Murge e dovrà concludersi entro il 30 giugno 2026.",
        "",
        "# SEZIONE 4 – MONITORAGGIO",
        "",
        "Il monitoraggio degli obiettivi di performance è effettuato con cadenza semestrale dai Responsabili di "
        "Settore. La misurazione e la valutazione finale sono effettuate dal Nucleo di valutazione, nominato con "
        "decreto sindacale n. 7 del 2024, secondo il Sistema di misurazione e valutazione della performance "
        "vigente.",
        "",
    ])
    return "\n".join(L)


def main() -> None:
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_bytes(build().encode("utf-8"))
    text = build()
    print(f"wrote {OUT} ({len(text)} characters, {text.count(chr(10))} lines)")


if __name__ == "__main__":
    main()
