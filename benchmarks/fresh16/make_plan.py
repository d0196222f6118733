"""Write docs/serrabruna_piao-2026-2028.pdf: Sezione 2 of the PIAO 2026-2028 of the FICTIONAL Comune di
Serrabruna (provincia di Macerata, Marche), laid out as a NUMBERED OUTLINE OF RUNNING PROSE:

* A4 portrait, core font Helvetica, running header (municipality / plan) and footer "Pagina N di M";
* "1. AREA STRATEGICA ..." (bold caps) > "1.1 Obiettivo strategico ..." (italic) > "1.1.1 <title>" (bold);
* every operational objective is one or two JUSTIFIED paragraphs; referente, tempi, indicatori, target and
  peso are written inline with varied run-in labels, so labels and values wrap onto different lines;
* some objectives name only a Servizio / Ufficio; the person is in "3.1 Organigramma", a dotted-leader list;
* "3.2 Giunta comunale" is one paragraph (sindaco + assessori with their deleghe);
* "4. Quadro di sintesi" is a table WITHOUT borders (text aligned in columns): code, title, peso, target 2026.

No path operators are drawn anywhere (no rules, no borders).  Deterministic: no randomness, fixed creation
date, so two builds are byte-identical.  All names, places and figures are invented.

Usage: /work/main/.venv/bin/python benchmarks/fresh16/make_plan.py
"""
from __future__ import annotations

import datetime
from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).resolve().parent
NAME = "serrabruna_piao-2026-2028.pdf"
OUT = HERE / "docs" / NAME

FONT = "Helvetica"
MARGIN_L = MARGIN_R = 22.0
MARGIN_T = 22.0
MARGIN_B = 20.0
BODY = 10.0                      # body font size (pt)
LH = 5.0                         # body line height (mm)
RUN_LEFT = "Comune di Serrabruna (MC)"
RUN_RIGHT = "PIAO 2026-2028 – Sezione 2: Valore pubblico e Performance"
FOOTER = "Pagina {n} di {nb}"

# ------------------------------------------------------------------------------------------------
# content
# ------------------------------------------------------------------------------------------------

TITLE = "PIANO INTEGRATO DI ATTIVITÀ E ORGANIZZAZIONE 2026-2028"
SUBTITLE = "Sezione 2 – Valore pubblico, Performance e Anticorruzione"
APPROVAL = ("Approvato con deliberazione della Giunta comunale n. 9 del 27/01/2026, immediatamente "
            "eseguibile.")

PREMESSA = [
    "Il presente documento costituisce la Sezione 2 del Piano Integrato di Attività e Organizzazione "
    "2026-2028 del Comune di Serrabruna, redatto ai sensi dell'art. 6 del D.L. n. 80/2021 e del D.M. "
    "n. 132/2022 in coerenza con il Documento Unico di Programmazione 2026-2028. Gli obiettivi sono esposti "
    "con una struttura ad albero: ciascuna area strategica si articola in obiettivi strategici e questi in "
    "obiettivi operativi, numerati in modo progressivo (ad esempio 1.2.1). Per ogni obiettivo operativo il "
    "testo indica chi ne risponde, i tempi di realizzazione, gli indicatori con i relativi target e il peso "
    "ai fini della valutazione della performance organizzativa e individuale.",
    "Serrabruna conta 4.318 abitanti al 31/12/2025 ed è situato nell'entroterra maceratese, a 540 metri di "
    "altitudine; il territorio comunale, di 38,2 kmq, comprende il capoluogo e le frazioni di Valcerasa e "
    "Fontebella, entrambe interessate dalla ricostruzione successiva agli eventi sismici del 2016. L'Ente "
    "opera con 30 dipendenti a tempo indeterminato e la segreteria comunale è gestita in convenzione con il "
    "Comune di Castelfolco.",
]

# Outline: areas > strategic objectives > operational objectives.
# Each operational objective: code, title, paragraphs, peso, summary title, target 2026 for the summary.
AREAS = [
    ("1", "AREA STRATEGICA – COMUNE EFFICIENTE, DIGITALE E TRASPARENTE", [
        ("1.1", "Obiettivo strategico – Semplificare l'accesso ai servizi e ridurre i tempi dei procedimenti", [
            dict(code="1.1.1", title="Pratiche edilizie interamente digitali tramite il portale SUE",
                 peso=9, short="Pratiche edilizie on line (portale SUE)", t26="95%", paras=[
                "Dal 2026 tutte le pratiche edilizie (CILA, SCIA, permessi di costruire e segnalazioni di "
                "agibilità) dovranno essere presentate esclusivamente attraverso il portale telematico dello "
                "Sportello Unico per l'Edilizia, con pagamento dei diritti di segreteria tramite PagoPA e "
                "fascicolo digitale consultabile dal professionista. La responsabilità è del Servizio "
                "Urbanistica, Edilizia privata e Ambiente; tempi: attivazione del portale entro il 30/04/2026 "
                "e dismissione del canale PEC per le nuove istanze entro il 30/06/2026. Indicatore: "
                "percentuale di pratiche presentate on line sul totale – baseline 2025: 62%, target 2026: "
                "95%, 2027: 100%; secondo indicatore: tempo medio di rilascio del permesso di costruire, da 74 "
                "giorni nel 2025 a 60 giorni nel 2026. Peso 9."]),
            dict(code="1.1.2", title="Migrazione in cloud degli applicativi comunali (PNRR – Misura 1.2)",
                 peso=8, short="Migrazione in cloud degli applicativi", t26="14 servizi (100%)", paras=[
                "Grazie al finanziamento PNRR di € 121.992 (Missione 1, Misura 1.2 «Abilitazione al cloud per "
                "le PA locali») il Comune trasferisce su infrastrutture cloud qualificate 14 servizi "
                "applicativi oggi ospitati nella sala server del municipio. Fase 1 (gen–mar 2026): migrazione "
                "di protocollo, atti amministrativi e contabilità; Fase 2 (apr–giu 2026): migrazione di "
                "tributi, anagrafe e servizi scolastici; Fase 3 (lug–set 2026): dismissione dei server locali "
                "e asseverazione finale. L'obiettivo è in capo all'Ufficio Transizione digitale, che opera in "
                "staff al Segretario comunale; scadenza finale: 30/09/2026. Misurato da: n. servizi migrati "
                "sul totale di 14 – target 2026: 14 (100%); peso 8."]),
            dict(code="1.1.3", title="Recupero dell'evasione IMU e TARI",
                 peso=10, short="Recupero dell'evasione IMU e TARI", t26="€ 180.000", paras=[
                "Responsabile: Servizio Finanziario e Tributi (Ufficio Tributi). L'attività di accertamento "
                "riguarda le annualità d'imposta dal 2021 al 2023 e si basa sull'incrocio delle banche dati "
                "catastali, anagrafiche e delle utenze elettriche, con particolare attenzione alle aree "
                "edificabili e alle seconde case. Da completare entro il 31/10/2026 per gli avvisi IMU ed "
                "entro il 15/12/2026 per quelli TARI. Indicatori: importo complessivo degli avvisi di "
                "accertamento emessi – target 2026: € 180.000, 2027: € 150.000, 2028: € 130.000; percentuale "
                "di riscossione degli avvisi notificati entro l'anno – target 2026: 65%. Peso 10."]),
        ]),
        ("1.2", "Obiettivo strategico – Rafforzare trasparenza, legalità e capacità amministrativa", [
            dict(code="1.2.1", title="Controlli successivi di regolarità amministrativa e mappatura dei processi",
                 peso=7, short="Controlli successivi e mappatura dei processi", t26="10%", paras=[
                "Referente: dott.ssa Monica Ciarapica (Segretario comunale e RPCT). L'obiettivo rafforza il "
                "sistema dei controlli interni e aggiorna la mappatura dei processi a rischio corruttivo, "
                "ferma al 2022. Fase 1 (gen–apr 2026) aggiornamento della mappatura di 48 processi insieme ai "
                "titolari di EQ; Fase 2 (mag–dic 2026) controlli successivi a campione sulle determinazioni, "
                "con sorteggio trimestrale e report semestrali alla Giunta. Indicatore: % di determinazioni "
                "sottoposte a controllo – target 2026: 10%, 2027: 12%, 2028: 15%; n. processi mappati: 48 "
                "entro il 30/04/2026. Relazione finale entro il 31/01/2027; peso 7."]),
            dict(code="1.2.2", title="Lavoro agile e piano della formazione del personale",
                 peso=6, short="Lavoro agile e formazione del personale", t26="24 ore pro capite", paras=[
                "In capo al dott. Fabio Cruciani, titolare di EQ del Servizio Affari Generali e Demografici, "
                "con la collaborazione degli altri Servizi. Il nuovo regolamento sul lavoro agile consentirà "
                "fino a 8 giorni al mese di lavoro da remoto per le attività compatibili; il piano della "
                "formazione prevede almeno 24 ore annue per dipendente, di cui 6 dedicate alle competenze "
                "digitali. Scadenza: regolamento approvato entro il 31/03/2026, piano della formazione entro "
                "il 30/04/2026. Misurato da: ore medie di formazione per dipendente – target 2026: 24, 2027: "
                "30; % di dipendenti con accordo di lavoro agile sul totale dei potenziali fruitori – target "
                "2026: 40%. Peso 6."]),
        ]),
    ]),
    ("2", "AREA STRATEGICA – TERRITORIO SOSTENIBILE E COMUNITÀ SOLIDALE", [
        ("2.1", "Obiettivo strategico – Transizione energetica e tutela dell'ambiente", [
            dict(code="2.1.1", title="Comunità energetica rinnovabile di Serrabruna",
                 peso=10, short="Comunità energetica rinnovabile (CER)", t26="25 membri", paras=[
                "Il Comune promuove la costituzione di una comunità energetica rinnovabile (CER) aperta a "
                "famiglie, imprese e associazioni, mettendo a disposizione le coperture della scuola primaria "
                "di Valcerasa (impianto da 48 kWp) e del magazzino comunale di via dell'Artigianato (32 kWp). "
                "Chi se ne occupa è l'Ufficio Tecnico comunale, con il supporto di un facilitatore esterno. "
                "Fase 1 (gen–mag 2026) studio di fattibilità e assemblee pubbliche nel capoluogo e nelle "
                "frazioni; Fase 2 (giu–ott 2026) costituzione dell'associazione e istanza al GSE; Fase 3 "
                "(nov–dic 2026) allaccio degli impianti.",
                "Tempi: costituzione della CER entro il 31/10/2026. Indicatori: n. membri aderenti – target "
                "2026: 25, 2027: 40, 2028: 60; potenza installata a servizio della comunità – 80 kWp entro il "
                "31/12/2026. Peso 10."]),
            dict(code="2.1.2", title="Centro del riuso e aumento della raccolta differenziata",
                 peso=8, short="Centro del riuso e raccolta differenziata", t26="72%", paras=[
                "Referente dell'obiettivo è il geom. Renato Palmucci (Servizio Urbanistica, Edilizia privata "
                "e Ambiente), in raccordo con il gestore del servizio di igiene urbana. È prevista l'apertura "
                "di un centro del riuso presso l'isola ecologica di località Fontebella, dove i cittadini "
                "potranno consegnare mobili, giocattoli e piccoli elettrodomestici ancora utilizzabili, "
                "accompagnata da una campagna porta a porta sulla corretta separazione dell'organico. Apertura "
                "del centro da completare entro il 31/05/2026. Indicatore: percentuale di raccolta "
                "differenziata – baseline 2025: 68,5%; target 2026: 72%, 2027: 75%, 2028: 78%; secondo "
                "indicatore: kg di beni riutilizzati nell'anno – target 2026: 4.000. Peso 8."]),
        ]),
        ("2.2", "Obiettivo strategico – Sicurezza urbana e protezione civile", [
            dict(code="2.2.1", title="Videosorveglianza e varchi di lettura targhe",
                 peso=7, short="Videosorveglianza e lettura targhe", t26="18 dispositivi", paras=[
                "L'obiettivo, in capo al Comando di Polizia Locale, prevede l'installazione di 6 varchi di "
                "lettura targhe agli accessi del territorio comunale e di 12 nuove telecamere nel centro "
                "storico del capoluogo e nella frazione di Fontebella, collegate alla centrale operativa e "
                "alle forze dell'ordine. Il costo complessivo di € 96.500 è coperto per l'80% dal contributo "
                "del Ministero dell'Interno. Tempi: progetto esecutivo entro il 31/03/2026, installazione e "
                "collaudo entro il 30/09/2026. Indicatore: n. telecamere e varchi attivi – target 2026: 18, "
                "2027: 22; peso 7."]),
            dict(code="2.2.2", title="Aggiornamento del Piano comunale di protezione civile",
                 peso=8, short="Piano comunale di protezione civile", t26="9 aree di attesa", paras=[
                "Responsabile: ing. Stefano Sopranzi (Servizio Tecnico – Lavori pubblici e Patrimonio). Il "
                "piano di emergenza, approvato nel 2017, viene aggiornato con gli esiti della microzonazione "
                "sismica, le nuove aree di attesa e di accoglienza e l'elenco delle persone fragili da "
                "assistere in caso di evacuazione. Fase 1 (feb–giu 2026): aggiornamento della cartografia e "
                "degli scenari di rischio; Fase 2 (lug–set 2026): approvazione del piano in Consiglio "
                "comunale; Fase 3 (ott 2026): esercitazione pubblica con le scuole e il gruppo comunale di "
                "volontari. Indicatori: aree di attesa dotate di cartellonistica – target 2026: 9; "
                "partecipanti all'esercitazione – target 2026: 300. Peso 8."]),
        ]),
        ("2.3", "Obiettivo strategico – Servizi di prossimità per anziani, famiglie e persone fragili", [
            dict(code="2.3.1", title="Trasporto sociale per anziani e persone con disabilità",
                 peso=9, short="Trasporto sociale", t26="60 utenti", paras=[
                "La responsabilità è della dott.ssa Laura Micozzi, titolare di EQ del Servizio Sociale e "
                "Istruzione. Con due automezzi attrezzati, uno dei quali donato da un'associazione del "
                "territorio, e con l'aiuto dei volontari del servizio civile, il Comune attiva un servizio di "
                "trasporto verso ospedali, ambulatori e centri diurni per gli anziani soli e le persone con "
                "disabilità residenti nelle frazioni. Avvio del servizio: entro il 31/03/2026. Misurato da: n. "
                "utenti trasportati nell'anno – target 2026: 60, 2027: 75; n. corse effettuate – target 2026: "
                "1.500. Peso 9."]),
            dict(code="2.3.2", title="Pre-scuola e post-scuola alla primaria di Valcerasa",
                 peso=7, short="Pre-scuola e post-scuola a Valcerasa", t26="45 iscritti", paras=[
                "Referente: sig.ra Valentina Torresi (Ufficio Istruzione del Servizio Sociale e Istruzione). "
                "Dall'anno scolastico 2026/2027 la scuola primaria di Valcerasa offrirà l'accoglienza "
                "anticipata dalle 7:30 e il post-scuola fino alle 17:30, affidati agli educatori della "
                "cooperativa che gestisce il trasporto scolastico. Fase 1 (mar–apr 2026) rilevazione del "
                "fabbisogno presso le famiglie; Fase 2 (mag–giu 2026) iscrizioni on line; Fase 3 (set 2026) "
                "avvio del servizio, da completare entro il 15/09/2026. Indicatore: n. bambini iscritti – "
                "target 2026: 45, 2027: 55; grado di soddisfazione delle famiglie – target 2026: 80%. Peso 7."]),
            dict(code="2.3.3", title="Sostegno all'affitto e sportello per l'emergenza abitativa",
                 peso=11, short="Sostegno all'affitto ed emergenza abitativa", t26="40 nuclei", paras=[
                "L'Ufficio Servizi sociali gestisce il nuovo bando comunale per i contributi al pagamento dei "
                "canoni di locazione, finanziato con € 35.000 di fondi comunali per ciascun anno del triennio, "
                "e apre uno sportello per l'emergenza abitativa il giovedì mattina, in collaborazione con "
                "l'Ambito Territoriale Sociale. Scadenza del bando: 30/06/2026; graduatoria e liquidazione dei "
                "contributi entro il 30/11/2026. Indicatore: n. nuclei familiari beneficiari – target 2026: "
                "40, 2027: 45, 2028: 50; tempo medio di erogazione del contributo dalla domanda – target 2026: "
                "90 giorni. Peso 11."]),
        ]),
    ]),
]

ORG_INTRO = (
    "La struttura organizzativa è articolata in sei Servizi e in un Ufficio di staff; a ciascun Servizio è "
    "preposto un dipendente titolare di incarico di Elevata Qualificazione (EQ). Si riportano i responsabili "
    "e il personale assegnato al 01/01/2026.")
# (unit, holder, headcount or None)
ORG = [
    ("Segretario comunale (in convenzione con Castelfolco)", "dott.ssa Monica Ciarapica", None),
    ("Servizio Affari Generali e Demografici", "dott. Fabio Cruciani (EQ)", 5),
    ("Servizio Finanziario e Tributi", "rag. Cinzia Mogliani (EQ)", 6),
    ("Servizio Tecnico – Lavori pubblici e Patrimonio", "ing. Stefano Sopranzi (EQ)", 7),
    ("Servizio Urbanistica, Edilizia privata e Ambiente", "geom. Renato Palmucci (EQ)", 3),
    ("Servizio Sociale e Istruzione", "dott.ssa Laura Micozzi (EQ)", 4),
    ("Polizia Locale", "comm. Giorgio Luconi (Comandante, EQ)", 3),
    ("Ufficio Transizione digitale (staff)", "dott. Nicola Bartolacci (RTD)", 2),
]
ORG_TOTAL = ("Totale dipendenti", 30)

GIUNTA = (
    "La Giunta comunale, insediata dopo le elezioni amministrative del giugno 2024, è composta dal Sindaco "
    "Andrea Sampaolesi, che trattiene le deleghe al bilancio, al personale, alla polizia locale e alla "
    "protezione civile, e da quattro assessori: Elisa Pigliapoco, Vicesindaco, con delega ai lavori "
    "pubblici, all'urbanistica e alla ricostruzione post-sisma; Matteo Sileoni, assessore ai tributi, alle "
    "attività produttive e alla digitalizzazione; Sara Ottavianelli, assessora alle politiche sociali, "
    "all'istruzione e alle pari opportunità; Luca Spernanzoni, assessore all'ambiente, all'energia e allo "
    "sport. Gli obiettivi del presente Piano sono stati condivisi con gli assessori di riferimento nella "
    "seduta del 20/01/2026.")

SINTESI_INTRO = (
    "Il quadro seguente riepiloga gli obiettivi operativi con il peso attribuito e il target 2026 "
    "dell'indicatore principale; gli altri indicatori e i target degli anni successivi sono riportati "
    "nella descrizione di ciascun obiettivo.")
SINTESI_HEAD = ("Cod.", "Obiettivo operativo", "Peso", "Target 2026")
SINTESI_X = (0.0, 16.0, 112.0, 128.0)       # column offsets from the left margin (mm)


def objectives() -> list[dict]:
    return [o for _, _, sos in AREAS for _, _, ops in sos for o in ops]


# ------------------------------------------------------------------------------------------------
# rendering
# ------------------------------------------------------------------------------------------------

class Plan(FPDF):
    def header(self) -> None:
        self.set_font(FONT, "", 8)
        self.set_xy(MARGIN_L, 10)
        self.cell(0, 4, RUN_LEFT, align="L")
        self.set_xy(MARGIN_L, 10)
        self.cell(0, 4, RUN_RIGHT, align="R")
        self.set_xy(MARGIN_L, MARGIN_T)

    def footer(self) -> None:
        self.set_y(-13)
        self.set_font(FONT, "", 8)
        self.cell(0, 4, FOOTER.format(n=self.page_no(), nb="{nb}"), align="C")


def _ensure(pdf: Plan, h: float) -> None:
    if pdf.get_y() + h > pdf.h - MARGIN_B:
        pdf.add_page()


def para(pdf: Plan, text: str, size: float = BODY, style: str = "", after: float = 2.0) -> None:
    pdf.set_font(FONT, style, size)
    pdf.multi_cell(0, LH, text, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(after)


def heading(pdf: Plan, text: str, style: str, size: float, before: float, keep: float) -> None:
    pdf.ln(before)
    _ensure(pdf, keep)
    pdf.set_font(FONT, style, size)
    pdf.multi_cell(0, 5.5, text, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.0)


def dotted(pdf: Plan, left: str, right: str) -> None:
    """'left ........ right': label and leader dots as one string, value right-aligned on the same line."""
    pdf.set_font(FONT, "", BODY)
    width = pdf.w - MARGIN_L - MARGIN_R
    room = width - pdf.get_string_width(right) - 2.0
    s = left + " "
    while pdf.get_string_width(s + ".") <= room:
        s += "."
    _ensure(pdf, LH + 1)                 # never let the two halves of one line fall on different pages
    y = pdf.get_y()
    pdf.set_x(MARGIN_L)
    pdf.cell(room, LH + 1, s, align="L")
    pdf.set_xy(MARGIN_L, y)
    pdf.cell(0, LH + 1, right, align="R", new_x="LMARGIN", new_y="NEXT")


def build() -> bytes:
    pdf = Plan(orientation="P", unit="mm", format="A4")
    pdf.core_fonts_encoding = "windows-1252"      # en dash, «», € in the core font
    pdf.set_margins(MARGIN_L, MARGIN_T, MARGIN_R)
    pdf.set_auto_page_break(True, margin=MARGIN_B)
    pdf.alias_nb_pages("{nb}")
    pdf.set_creation_date(datetime.datetime(2026, 1, 27, 12, 0, tzinfo=datetime.timezone.utc))
    pdf.set_title("PIAO 2026-2028 - Comune di Serrabruna - Sezione 2")
    pdf.set_author("Comune di Serrabruna - Servizio Affari Generali")
    pdf.set_creator("Comune di Serrabruna")
    pdf.add_page()

    pdf.set_font(FONT, "B", 14)
    pdf.multi_cell(0, 7, "COMUNE DI SERRABRUNA", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(FONT, "", 10)
    pdf.multi_cell(0, 5, "Provincia di Macerata", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font(FONT, "B", 12)
    pdf.multi_cell(0, 6, TITLE, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(FONT, "B", 11)
    pdf.multi_cell(0, 6, SUBTITLE, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(FONT, "I", 9)
    pdf.multi_cell(0, 5, APPROVAL, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)

    heading(pdf, "Premessa", "B", 11, 0, 20)
    for p in PREMESSA:
        para(pdf, p)

    for anum, atitle, sos in AREAS:
        heading(pdf, f"{anum}. {atitle}", "B", 11, 4, 40)
        for snum, stitle, ops in sos:
            heading(pdf, f"{snum} {stitle}", "I", 10.5, 1.5, 35)
            for o in ops:
                heading(pdf, f"{o['code']} {o['title']}", "B", 10, 1, 25)
                for p in o["paras"]:
                    para(pdf, p)

    heading(pdf, "3. ORGANIZZAZIONE E ORGANI DI GOVERNO", "B", 11, 4, 60)
    heading(pdf, "3.1 Organigramma", "B", 10, 1, 55)
    para(pdf, ORG_INTRO)
    for unit, holder, n in ORG:
        dotted(pdf, unit, holder if n is None else f"{holder} – {n} unità")
    dotted(pdf, ORG_TOTAL[0], f"{ORG_TOTAL[1]} unità")
    pdf.ln(3)
    heading(pdf, "3.2 Giunta comunale", "B", 10, 1, 30)
    para(pdf, GIUNTA)

    heading(pdf, "4. QUADRO DI SINTESI DEGLI OBIETTIVI OPERATIVI", "B", 11, 4, 100)
    para(pdf, SINTESI_INTRO)
    pdf.ln(1)

    def row(cells, style, size=9.5):
        pdf.set_font(FONT, style, size)
        y = pdf.get_y()
        for x, c in zip(SINTESI_X, cells):
            pdf.set_xy(MARGIN_L + x, y)
            pdf.cell(0, 5.5, c, align="L")
        pdf.set_xy(MARGIN_L, y + 5.5)

    row(SINTESI_HEAD, "B")
    pdf.ln(1)
    for o in objectives():
        row((o["code"], o["short"], str(o["peso"]), o["t26"]), "")
    pdf.ln(1)
    row(("", "Totale", str(sum(o["peso"] for o in objectives())), ""), "B")
    return bytes(pdf.output())


def main() -> None:
    OUT.parent.mkdir(parents=True, exist_ok=True)
    data = build()
    OUT.write_bytes(data)
    print(f"wrote {OUT} ({len(data)} bytes)")


if __name__ == "__main__":
    main()
