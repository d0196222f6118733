"""Write fresh30_records.jsonl: one gold record per objective of the two fresh30 documents.

Castelvarrone (PDF table): the fields are copied mechanically from the table cells of make_plan.V_OBJ (the same
strings that are drawn in the PDF) and from the Gantt rows (V_GANTT); `anchor` is the part of the bold title that
sits on its first rendered line (read back from the PDF with pypdf).
Poggiolmo (DOCX outline): the fields are labelled by hand below (DOCX_LABELS), following the conventions of
README.md; fresh30_check.py verifies that every value is verbatim inside that objective's own text.

Run: /work/main/.venv/bin/python benchmarks/fresh30/make_records.py
"""
from __future__ import annotations

import json
import re
from pathlib import Path

from pypdf import PdfReader

HERE = Path(__file__).resolve().parent
import sys  # noqa: E402

sys.path.insert(0, str(HERE))
import make_plan as mp  # noqa: E402

OUT = HERE / "fresh30_records.jsonl"


def W(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def pdf_title_first_lines() -> dict[str, str]:
    """code -> text of the first bold line of the objective cell, as drawn in the PDF."""
    rd = PdfReader(str(mp.DOCS / mp.PDF_NAME))
    out, last = {}, None
    for pg in rd.pages:
        frs = []

        def v(t, cm, tm, fd, fs, frs=frs):
            if t.strip():
                frs.append((t.strip(), (fd or {}).get("/BaseFont", "")))
        pg.extract_text(visitor_text=v)
        for t, f in frs:
            if re.fullmatch(r"OP-\d\d", t):
                last = t
                continue
            if last and last not in out and f.endswith("Helvetica-Bold"):
                out[last] = t
    return out


def strip_period(s: str) -> str:
    return s[:-1] if s.endswith(".") else s


def pdf_records() -> list[dict]:
    firsts = pdf_title_first_lines()
    recs = []
    for code, _line, title, motiv, risultato, settore, resp, inds, tgts, scad in mp.V_OBJ:
        anchor = firsts[code]
        assert anchor in title, (code, anchor)
        fasi = [{"descrizione": f, "tempistica": per} for c, f, per, _a, _b in mp.V_GANTT if c == code]
        indicatori = [{"nome": re.sub(r"^[a-z]\) ", "", i), "target": re.sub(r"^[a-z]\) ", "", t)}
                      for i, t in zip(inds, tgts)]
        recs.append({
            "doc": mp.PDF_NAME, "anchor": anchor, "ente": "Comune di Castelvarrone", "periodo": "2026-2028",
            "codice": code, "titolo": title, "obiettivo_strategico": mp.v_line_of(code), "area_strategica": None,
            "responsabile": resp, "settore": settore, "stakeholder": [],
            "motivazione": strip_period(motiv),
            "valore_atteso": strip_period(risultato.removeprefix("Risultato atteso: ")),
            "scadenza": scad, "fasi": fasi, "indicatori": indicatori, "dipendenti": [],
        })
    return recs


def F(d, t):
    return {"descrizione": d, "tempistica": t}


def I(n, t):
    return {"nome": n, "target": t}


# code -> responsabile, settore, stakeholder, motivazione, valore_atteso, scadenza, fasi, indicatori, dipendenti
DOCX_LABELS = {
    "1.1": ("dott.ssa Teresa Buonamici", "Ufficio Segreteria e Contratti",
            ["Nucleo di valutazione", "referenti per la trasparenza delle Aree"], None,
            "tutte le sottosezioni di Amministrazione trasparente complete e aggiornate, con attestazione positiva "
            "del Nucleo di valutazione", "30 novembre 2026",
            [F("primo monitoraggio interno", "entro il 30 giugno 2026"),
             F("attestazione del Nucleo di valutazione", "entro il 30 novembre 2026")],
            [I("obblighi di pubblicazione aggiornati", "100%")], []),
    "1.2": ("Responsabile dell'Ufficio Servizi demografici", None,
            ["cittadini residenti", "cittadini iscritti all'AIRE"],
            "nel 2025 solo il 27% dei certificati è stato scaricato dal portale e l'attesa per la CIE è arrivata a "
            "35 giorni",
            "certificati anagrafici disponibili on line e attesa per la CIE non superiore a 10 giorni",
            "31 dicembre 2026",
            [F("configurazione dei servizi sul portale", "da febbraio ad aprile 2026"),
             F("agenda on line per la CIE attiva", "dal 4 maggio 2026")],
            [I("certificati scaricati on line sul totale", "55%")], []),
    "1.3": (None, "Ufficio Personale e Organizzazione", [], None,
            "almeno 20 ore di formazione per ogni dipendente, con priorità al Codice dei contratti pubblici e alle "
            "competenze digitali della piattaforma Syllabus", "15 dicembre 2026",
            [F("approvazione del piano formativo", "entro il 31 marzo 2026"),
             F("completamento dei corsi", "entro il 15 dicembre 2026")],
            [I("ore medie di formazione per dipendente", "20 ore")], []),
    "2.1": (None, "Ufficio Ragioneria ed Economato", ["Responsabili delle Aree", "imprese fornitrici"],
            "Nel 2025 il tempo medio di pagamento delle fatture commerciali è stato di 34 giorni",
            "riportarlo a 27 giorni entro il 31 dicembre 2026", "31 dicembre 2026", [],
            [I("tempo medio di pagamento", "27 giorni"),
             I("indicatore annuale di tempestività dei pagamenti", "negativo")], []),
    "2.2": ("rag. Monica Salvadori", "Tributi", ["Ufficio Urbanistica ed Edilizia privata", "Polizia Municipale"],
            None,
            "verifica di 400 posizioni contributive e notifica degli avvisi di accertamento prima dei termini di "
            "decadenza", "30 novembre 2026",
            [F("incrocio delle banche dati catastali e TARI", "entro aprile 2026"),
             F("sopralluoghi", "da maggio a luglio 2026"),
             F("notifica degli avvisi", "entro il 30 novembre 2026")],
            [I("avvisi di accertamento notificati", "220")], ["Lenzi Marta", "Pacini Filippo"]),
    "3.1": ("geom. Simone Bartalucci", "Ufficio Lavori pubblici e Manutenzioni", [], None,
            "310 punti luce sostituiti con apparecchi a LED e consumi elettrici ridotti del 35% rispetto al 2025",
            None,
            [F("aggiudicazione dei lavori", "entro marzo 2026"),
             F("posa dei nuovi apparecchi", "da maggio a ottobre 2026")],
            [I("punti luce sostituiti", "310"), I("riduzione dei consumi elettrici dell'impianto", "35%")], []),
    "3.2": ("Responsabile Ufficio Ambiente e Protezione civile", None,
            ["EcoVal d'Olmo S.p.A.", "Pro Loco di Valcupa", "scuole del territorio"],
            "nel 2025 la differenziata comunale si è fermata al 61,8% e a Valcupa restano i cassonetti stradali",
            "raccolta differenziata comunale al 70% su base annua", "31 dicembre 2026",
            [F("consegna dei kit alle famiglie", "nel marzo 2026"),
             F("avvio del porta a porta a Valcupa", "dal 1° aprile 2026")],
            [I("percentuale di raccolta differenziata", "70%")], []),
    "3.3": ("arch. Elena Ciampolini", "Ufficio Urbanistica ed Edilizia privata",
            ["Regione Toscana", "Soprintendenza Archeologia Belle Arti e Paesaggio", "associazioni di categoria"],
            None,
            "nuove superfici per l'ampliamento delle imprese già insediate, senza consumo di nuovo suolo agricolo",
            "31 ottobre 2026", [],
            [I("variante adottata dal Consiglio comunale", "entro il 31 ottobre 2026")], []),
    "3.4": ("Resp. Ufficio Lavori pubblici e Manutenzioni", None,
            ["Istituto comprensivo", "Comando provinciale dei Vigili del fuoco di Siena"], None,
            "scuola primaria conforme alla normativa antincendio prima dell'avvio dell'anno scolastico 2026/2027",
            "31 agosto 2026",
            [F("lavori", "da giugno ad agosto 2026"),
             F("presentazione della SCIA antincendio", "entro il 31 agosto 2026")],
            [I("lavori eseguiti sul totale previsto", "100%")], []),
    "4.1": (None, "Ufficio Scuola, Trasporti e Mensa",
            ["famiglie con figli tra 6 e 13 anni", "cooperativa sociale affidataria", "parrocchia di Poggiolmo"],
            None, "centro estivo di otto settimane con almeno 90 iscritti e tariffe agevolate in base all'ISEE", None,
            [F("raccolta delle iscrizioni", "dal 4 al 29 maggio 2026"),
             F("attività", "dal 15 giugno al 7 agosto 2026")],
            [I("bambini e ragazzi iscritti", "90")], []),
    "4.2": ("dott.ssa Sara Fabbrucci", "Cultura, Biblioteca e Turismo",
            ["associazione Amici della Biblioteca", "istituto comprensivo"], None,
            "biblioteca aperta 28 ore settimanali, compreso il sabato pomeriggio, e tre gruppi di lettura attivi",
            None,
            [F("nuovo orario in vigore", "dal 1° marzo 2026"), F("avvio dei gruppi di lettura", "da ottobre 2026")],
            [I("ore settimanali di apertura", "28 ore"), I("nuovi iscritti al prestito", "150")], []),
    "4.3": ("Responsabile dei Servizi sociali", None,
            ["Consorzio sociale delle Crete d'Olmo", "Misericordia di Poggiolmo"], None,
            "lista d'attesa azzerata e almeno 40 anziani seguiti a domicilio", "31 dicembre 2026",
            [F("apertura dello sportello", "dal 3 marzo 2026"),
             F("approvazione della nuova graduatoria", "entro il 30 aprile 2026")],
            [I("anziani assistiti a domicilio", "40")], []),
    "5.1": (None, "Sportello Unico Attività Produttive (SUAP)",
            ["associazioni di categoria del commercio", "ambulanti titolari di posteggio"], None,
            "tutte le pratiche SUAP presentate e istruite sul portale telematico e nuovo regolamento del mercato del "
            "venerdì", "30 settembre 2026", [],
            [I("pratiche SUAP presentate sul portale", "100%")], []),
    "5.2": ("Comandante del Servizio associato di Polizia Municipale", None,
            ["Unione dei Comuni delle Crete d'Olmo", "istituto comprensivo"], None,
            "meno incidenti lungo la circonvallazione di Ripalta d'Olmo e presidio quotidiano degli ingressi "
            "scolastici", None,
            [F("servizi di controllo", "da gennaio a dicembre 2026"), F("rendicontazione alla Giunta", "ogni trimestre")],
            [I("servizi di controllo della velocità", "80")], []),
}


def docx_records() -> list[dict]:
    recs = []
    for code, title, _items in mp.G_OBJ:
        resp, sett, stake, motiv, valore, scad, fasi, inds, dip = DOCX_LABELS[code]
        recs.append({
            "doc": mp.DOCX_NAME, "anchor": title, "ente": "Comune di Poggiolmo", "periodo": "2026-2028",
            "codice": code, "titolo": title, "obiettivo_strategico": None, "area_strategica": mp.g_area_of(code),
            "responsabile": resp, "settore": sett, "stakeholder": stake, "motivazione": motiv,
            "valore_atteso": valore, "scadenza": scad, "fasi": fasi, "indicatori": inds, "dipendenti": dip,
        })
    assert set(DOCX_LABELS) == {o[0] for o in mp.G_OBJ}
    return recs


def main() -> None:
    recs = pdf_records() + docx_records()
    with OUT.open("w", encoding="utf-8") as fh:
        for i, r in enumerate(recs, 1):
            fh.write(json.dumps({"id": f"f30r{i:02d}", **r}, ensure_ascii=False) + "\n")
    print(f"wrote {OUT} ({len(recs)} records)")


if __name__ == "__main__":
    main()
