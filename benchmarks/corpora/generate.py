"""Generate the PIAO test corpus in new layouts, with golden records and questions.

    .venv/bin/python benchmarks/corpora/generate.py

Deterministic (fixed seed, fixed PDF/DOCX dates and zip timestamps), no network.
Writes docs/{train,test}/, gold/{train,test}_{records,qa}.jsonl next to this file.
Needs fpdf2, python-docx and the DejaVu Sans fonts (/usr/share/fonts/truetype/dejavu,
Debian package fonts-dejavu-core) for the PDFs (the text has €, ≥, – ...).
See README.md for the layouts and the labelling conventions.

Over 400 lines because it is one writer per layout (seven layouts, three file formats)
sharing one plan model and one seeded random source: split, the writers would each
need the whole model and the seed discipline that keeps the corpus byte-reproducible.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import random
import re
import sys
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import content as C  # noqa: E402

HERE = Path(__file__).resolve().parent
DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"
SEED = 2025_0611
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FIXED_DATE = dt.datetime(2025, 1, 15, 9, 0, 0, tzinfo=dt.timezone.utc)


def norm(s: str) -> str:
    return " ".join(s.split())


# ----------------------------------------------------------------------------------------
# Document specifications
# ----------------------------------------------------------------------------------------
L_TRAIN_BASE = dict(
    cod="Codice", titolo="Obiettivo", sett="Settore", resp="Responsabile", fasi="Fasi",
    ind="Indicatore", target="Target", peso="Peso", stake="Stakeholder",
    dip="Dipendenti coinvolti", motiv="Finalità", va="Valore atteso", scad="Scadenza",
    strat="Obiettivo strategico", area="Linea strategica", role="Titolare di E.Q.",
)

DOCS = [
    # ---------------- train ----------------
    dict(key="valtorre", split="train", layout="L1", ente="Comune di Valtorre", periodo="2025-2027",
         file="valtorre_piao-2025-2027_performance.pdf", n_obj=8, tstyle="entro_mese",
         labels=dict(L_TRAIN_BASE, cod="N.", titolo="Obiettivo", fasi="Fasi", sett="Settore",
                     ind="Indicatore", target="Target", peso="Peso", org_sett="Settore",
                     org_resp="Responsabile", org_serv="Servizi", role="Titolare di E.Q.")),
    dict(key="sangerolamo", split="train", layout="L3pdf", ente="Comune di San Gerolamo al Lago",
         periodo="2024-2026", file="PIAO_definitivo_v3.pdf", n_obj=7, tstyle="data",
         labels=dict(L_TRAIN_BASE, cod="Codice obiettivo", titolo="Obiettivo operativo",
                     ind="Indicatore", target="Target", role="Responsabile di Settore")),
    dict(key="borgoarsiero", split="train", layout="L4", ente="Comune di Borgo Arsiero",
         periodo="2026-2028", file="borgo-arsiero_piao-2026-2028_obiettivi.md", n_obj=9,
         tstyle="mese", labels=dict(L_TRAIN_BASE, formula="Formula", role="Titolare di E.Q.")),
    dict(key="monteleone", split="train", layout="L5", ente="Comune di Monteleone Brianza",
         periodo="2025-2027", file="monteleone-brianza_piao-2025-2027_performance.txt", n_obj=8,
         tstyle="entro_mese",
         labels=dict(L_TRAIN_BASE, sett="Responsabile", resp="Dirigente", role="Dirigente")),
    dict(key="castelnuovo", split="train", layout="L7", ente="Comune di Castelnuovo Serio",
         periodo="2024-2026", file="castelnuovo-serio_piao-2024-2026_sezione-2-2.docx", n_obj=7,
         tstyle="range", labels=dict(L_TRAIN_BASE, role="Responsabile di Area")),
    # ---------------- test (frozen) ----------------
    dict(key="roccaforte", split="test", layout="L1", ente="Comune di Roccaforte Lario",
         periodo="2026-2028", file="roccaforte-lario_piao-2026-2028_obiettivi-operativi.pdf",
         n_obj=9, tstyle="trimestre",
         labels=dict(cod="Cod.", titolo="Obiettivo operativo", fasi="Azioni e tempi",
                     sett="Centro di responsabilità", ind="KPI", target="Valore atteso 2026",
                     peso="Peso %", org_sett="Centro di responsabilità", org_resp="Titolare di E.Q.",
                     org_serv="Servizi assegnati", role="Titolare di E.Q.")),
    dict(key="pieve", split="test", layout="L2", ente="Comune di Pieve di Ulmeto", periodo="2025-2027",
         file="pieve-di-ulmeto_piao-2025-2027_performance.docx", n_obj=8, tstyle="semestre",
         labels=dict(cod="Cod.", titolo="Obiettivo", fasi="Cronoprogramma", sett="Struttura",
                     resp="Dirigente", ind="Misura", target="Valore obiettivo", peso="Peso",
                     org_sett="Struttura", org_resp="Dirigente", org_serv="Uffici e servizi",
                     role="dirigente")),
    dict(key="fonteviva", split="test", layout="L3docx", ente="Comune di Fonteviva Ossola",
         periodo="2025-2027", file="Allegato_2_PIAO_approvato.docx", n_obj=6, tstyle="data",
         labels=dict(cod="Codice", titolo="Titolo dell'obiettivo", strat="Obiettivo strategico DUP",
                     area="Ambito strategico", sett="Struttura responsabile", resp="Referente",
                     motiv="Motivazione", va="Risultato atteso", scad="Termine",
                     stake="Portatori di interesse", fasi="Cronoprogramma", ind="Misura",
                     target="Valore obiettivo", dip="Personale assegnato", peso="Peso ponderale",
                     role="Titolare di E.Q.")),
    dict(key="vallecupa", split="test", layout="L4", ente="Comune di Vallecupa Terme", periodo="2024-2026",
         file="vallecupa-terme_piao-2024-2026_obiettivi.md", n_obj=8, tstyle="mese",
         labels=dict(cod="Codice", titolo="Obiettivo", sett="Ufficio competente", resp="Referente",
                     stake="Destinatari", motiv="Motivazione", va="Risultato atteso", fasi="Azioni",
                     scad="Termine", ind="Misura", formula="Modalità di calcolo",
                     target="Valore atteso", strat="Obiettivo strategico", area="Linea strategica",
                     role="Referente")),
    dict(key="santilario", split="test", layout="L5", ente="Comune di Sant'Ilario Morenico",
         periodo="2026-2028", file="santilario-morenico_piao-2026-2028_performance.txt", n_obj=7,
         tstyle="entro_mese",
         labels=dict(cod="Codice", titolo="Obiettivo", sett="Ufficio competente", resp="Titolare di E.Q.",
                     strat="Obiettivo DUP", motiv="Motivazione", va="Risultato atteso",
                     stake="Portatori di interesse", fasi="Attività", ind="KPI", target="Valore obiettivo",
                     peso="Peso", dip="Personale assegnato", scad="Termine", role="Titolare di E.Q.")),
    dict(key="collevarano", split="test", layout="L6", ente="Comune di Colle Varano", periodo="2025-2027",
         file="colle-varano_piao-2025-2027_performance.pdf", n_obj=8, tstyle="trimestre",
         labels=dict(cod="Cod.", titolo="Obiettivo operativo", sett="Struttura responsabile",
                     ind="Indicatore di risultato", target="Valore obiettivo", scad="Entro il",
                     fasi="Attività", tempi="Tempi", org_sett="Struttura", org_resp="Responsabile",
                     org_serv="Servizi", role="Titolare di E.Q.")),
]

LAYOUT_FIELDS = {
    "L1": {"codice", "titolo", "settore", "fasi", "indicatori"},
    "L2": {"codice", "titolo", "settore", "responsabile", "fasi", "indicatori"},
    "L3pdf": {"codice", "titolo", "obiettivo_strategico", "area_strategica", "settore", "responsabile",
              "motivazione", "valore_atteso", "scadenza", "stakeholder", "fasi", "indicatori", "dipendenti"},
    "L4": {"codice", "titolo", "obiettivo_strategico", "area_strategica", "settore", "responsabile",
           "motivazione", "valore_atteso", "scadenza", "stakeholder", "fasi", "indicatori"},
    "L5": {"codice", "titolo", "obiettivo_strategico", "settore", "responsabile", "motivazione",
           "valore_atteso", "scadenza", "stakeholder", "fasi", "indicatori", "dipendenti"},
    "L6": {"codice", "titolo", "settore", "scadenza", "fasi", "indicatori"},
    "L7": {"codice", "titolo", "obiettivo_strategico", "settore", "responsabile", "motivazione",
           "stakeholder", "fasi", "indicatori", "dipendenti"},
}
LAYOUT_FIELDS["L3docx"] = LAYOUT_FIELDS["L3pdf"]
HAS_PESO = {"L1", "L2", "L3pdf", "L3docx", "L5", "L7"}


# ----------------------------------------------------------------------------------------
# Model
# ----------------------------------------------------------------------------------------
@dataclass
class Tempo:
    text: str
    must: list


@dataclass
class Settore:
    kind: str
    name: str
    short: str
    person: str
    surname: str
    servizi: str
    idx: int


@dataclass
class Obj:
    theme: dict
    settore: Settore
    codice: str
    titolo: str
    strat: str
    strat_code: str
    area: str
    area_code: str
    motiv: str
    va: str
    scad: str
    stake: list
    fasi: list  # (desc, Tempo, kw)
    ind: list  # (nome, target, must_alts)
    dip: list
    peso: int
    anchor: str = ""


@dataclass
class Doc:
    spec: dict
    y: list
    settori: list
    objs: list
    facts: list  # (fact dict, values dict, sentence)
    intro: list
    closing: str
    units: list = field(default_factory=list)
    path: Path | None = None

    @property
    def ente(self):
        return self.spec["ente"]

    @property
    def ente_short(self):
        return self.spec["ente"].replace("Comune di ", "")

    @property
    def lab(self):
        return self.spec["labels"]

    @property
    def layout(self):
        return self.spec["layout"]

    @property
    def file(self):
        return self.spec["file"]


USED_PEOPLE: set = set()


def person(rng: random.Random, kind: str | None = None, titled=True) -> tuple[str, str]:
    if len(USED_PEOPLE) >= len(set(C.SURNAMES)):
        raise RuntimeError("surname pool exhausted: add surnames to content.SURNAMES")
    while True:
        female = rng.random() < 0.5
        first = rng.choice(C.FEMALE if female else C.MALE)
        sur = rng.choice(C.SURNAMES)
        if sur in USED_PEOPLE:
            continue
        USED_PEOPLE.add(sur)
        if not titled:
            return f"{first} {sur}", sur
        titles = C.TITLES_BY_KIND.get(kind or "AG")
        t = rng.choice(titles)
        if female and t == "dott.":
            t = "dott.ssa"
        if not female and t in ("dott.ssa", "sig.ra"):
            t = "dott."
        return f"{t} {first} {sur}", sur


def fill(s: str, vals: dict) -> str:
    return s.format(**vals)


ROMAN = ["I", "II", "III", "IV"]
ROMAN_WORD = ["primo", "secondo", "terzo", "quarto"]
LAST_DAY = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def tempo(style: str, month: int, year: int, start_month: int | None = None) -> Tempo:
    m = C.MONTHS[month]
    y = str(year)
    if style == "entro_mese":
        return Tempo(f"entro {m} {y}", [[m], [y]])
    if style == "mese":
        return Tempo(f"{m} {y}", [[m], [y]])
    if style == "range":
        s = C.MONTHS[start_month if start_month is not None else max(0, month - 2)]
        return Tempo(f"{s}–{m} {y}", [[m], [y]])
    if style == "trimestre":
        q = month // 3
        return Tempo(f"{ROMAN[q]} trimestre {y}",
                     [[f"{ROMAN[q]} trimestre", f"{ROMAN_WORD[q]} trimestre", f"{q + 1}° trimestre"], [y]])
    if style == "semestre":
        sm = 0 if month < 6 else 1
        return Tempo(f"{ROMAN[sm]} semestre {y}",
                     [[f"{ROMAN[sm]} semestre", f"{ROMAN_WORD[sm]} semestre", f"{sm + 1}° semestre"], [y]])
    if style == "data":
        d = LAST_DAY[month] + (1 if month == 1 and year % 4 == 0 else 0)
        txt = f"{d:02d}/{month + 1:02d}/{y}"
        return Tempo(f"entro il {txt}", [[txt, f"{d} {m} {y}"]])
    raise ValueError(style)


def build_doc(spec: dict, rng: random.Random, theme_use: dict) -> Doc:
    y1 = int(spec["periodo"][:4])
    years = [y1, y1 + 1, y1 + 2]
    base = {"y0": y1 - 1, "y1": y1, "y2": y1 + 1, "y3": y1 + 2}
    # choose themes: prefer the least used ones, spread over kinds
    themes = list(C.THEMES)
    rng.shuffle(themes)
    themes.sort(key=lambda t: theme_use.get(t["key"], 0))
    chosen, kinds_count = [], {}
    for t in themes:
        if len(chosen) == spec["n_obj"]:
            break
        if kinds_count.get(t["kind"], 0) >= 2:
            continue
        chosen.append(t)
        kinds_count[t["kind"]] = kinds_count.get(t["kind"], 0) + 1
    for t in chosen:
        theme_use[t["key"]] = theme_use.get(t["key"], 0) + 1
    kinds = [k for k in C.SETTORI if k in kinds_count]
    # an org chart also lists a settore without objectives now and then
    extra = [k for k in C.SETTORI if k not in kinds_count]
    if extra:
        kinds.append(rng.choice(extra))
    kinds.sort(key=list(C.SETTORI).index)
    settori = {}
    for i, k in enumerate(kinds):
        v = rng.randrange(len(C.SETTORI[k]["names"]))
        p, sur = person(rng, k)
        settori[k] = Settore(k, C.SETTORI[k]["names"][v], C.SETTORI[k]["short"][v], p, sur,
                             C.SETTORI[k]["servizi"], i + 1)
    # objectives ordered by settore
    chosen.sort(key=lambda t: (kinds.index(t["kind"]), t["key"]))
    n = len(chosen)
    units = [1] * n
    for _ in range(20 - n):
        units[rng.randrange(n)] += 1
    pesi = [u * 5 for u in units]
    areas = sorted({t["area"] for t in chosen}, key=lambda a: [t["area"] for t in chosen].index(a))
    objs = []
    per_settore = {}
    style = spec["tstyle"]
    for i, t in enumerate(chosen):
        vals = dict(base)
        for k, opts in t.get("vars", {}).items():
            vals[k] = rng.choice(opts)
        title = fill(rng.choice(t["titles"]), vals)
        st = settori[t["kind"]]
        per_settore[st.kind] = per_settore.get(st.kind, 0) + 1
        ai = areas.index(t["area"]) + 1
        area_strats = [x["strat"] for x in chosen if x["area"] == t["area"]]
        si = sorted(set(area_strats), key=area_strats.index).index(t["strat"]) + 1
        lay = spec["layout"]
        if lay == "L1":
            code = str(i + 1)
        elif lay == "L2":
            code = f"OB.{i + 1:02d}"
        elif lay in ("L3pdf", "L3docx"):
            code = f"{spec['periodo'][:4]}/{st.idx:02d}.{per_settore[st.kind]}"
        elif lay == "L4":
            code = f"OO-{ai}.{si}.{i + 1}"
        elif lay == "L5":
            code = f"{st.idx}.{per_settore[st.kind]}"
        elif lay == "L6":
            code = f"{'ABCDEFGHIJ'[st.idx - 1]}.{per_settore[st.kind]}"
        else:
            code = f"{st.idx}.{per_settore[st.kind]}"
        # phases: increasing months in the first year (last one may slip into the second)
        nf = len(t["fasi"])
        months = sorted(rng.sample(range(1, 12), nf))
        fasi = []
        prev = 0
        for j, (fd, kw) in enumerate(t["fasi"]):
            yy = years[0]
            mm = months[j]
            if j == nf - 1 and rng.random() < 0.25:
                yy, mm = years[1], rng.randrange(0, 6)
            fasi.append((fd, tempo(style, mm, yy, start_month=prev), kw))
            prev = mm if yy == years[0] else 0
        last_y, last_m = (yy, mm)
        if last_y == years[0]:
            scad_month = rng.choice([m for m in (5, 9, 11, 11) if m >= last_m] or [11])
        else:
            scad_month = rng.choice([m for m in (5, 11) if m >= last_m] or [11])
        vals["scad"] = f"{LAST_DAY[scad_month]:02d}/{scad_month + 1:02d}/{last_y}"
        inds = []
        for nome, tgt, alts in t["ind"]:
            inds.append((nome, fill(tgt, vals), [fill(a, vals) for a in alts]))
        stake = list(t["stake"])
        dip = []
        for _ in range(rng.randint(2, 4)):
            first = rng.choice(C.MALE + C.FEMALE)
            sur = rng.choice(C.SURNAMES).upper()
            dip.append(f"{sur} {first}")
        va = fill(t["va"], vals)
        objs.append(Obj(theme=t, settore=st, codice=code, titolo=title, strat=t["strat"],
                        strat_code=f"{ai}.{si}", area=t["area"], area_code=str(ai),
                        motiv=fill(t["motiv"], vals), va=va, scad=vals["scad"],
                        stake=stake, fasi=fasi, ind=inds, dip=sorted(set(dip)), peso=pesi[i]))
    if spec["layout"] == "L4":
        objs.sort(key=lambda o: (int(o.area_code), [int(x) for x in o.strat_code.split(".")]))
        count = {}
        for o in objs:
            count[o.strat_code] = count.get(o.strat_code, 0) + 1
            o.codice = f"OO-{o.strat_code}.{count[o.strat_code]}"
    # facts: two core facts + two or three others
    others = [f for f in C.FACTS if not f.get("core")]
    rng.shuffle(others)
    facts_sel = [f for f in C.FACTS if f.get("core")] + others[: (3 if spec["split"] == "train" else 2)]
    facts = []
    doc_idx = [d["key"] for d in DOCS].index(spec["key"])
    for f in facts_sel:
        v = dict(base)
        v["ente"] = spec["ente"]
        v["ente_short"] = spec["ente"].replace("Comune di ", "")
        for k, opts in f.get("vars", {}).items():
            v[k] = opts[doc_idx % len(opts)] if f["key"] == "popolazione" else rng.choice(opts)
        if f["key"] == "dotazione":
            v["dip"] = f["vars"]["dip"][doc_idx]
            v["seg"], v["seg_surname"] = person(rng, "AG")
            v["conv"] = C.PARTNER_COMUNI[doc_idx % len(C.PARTNER_COMUNI)]
            v["conv_short"] = v["conv"].replace("Comune di ", "")
        if f["key"] == "sad":
            v["coop"] = rng.choice(C.COOPS)
            v["coop_short"] = v["coop"].split(" ", 1)[1] if v["coop"].startswith("Cooperativa sociale") else v["coop"]
            v["coop_short"] = v["coop"].replace("Cooperativa sociale ", "").replace("Cooperativa ", "").replace("Consorzio ", "")
            dd, mm, yy = v["sad_end"].split("/")
            v["sad_end_words"] = f"{int(dd)} {C.MONTHS[int(mm) - 1]} {yy}"
        if f["key"] == "pnrr":
            v["rtd"], v["rtd_surname"] = person(rng, "AG")
            v["pnrr_amt_alt"] = v["pnrr_amt"].split(",")[0]
        if f["key"] == "differenziata_dato":
            v["gestore"] = rng.choice(C.GESTORI)
            v["gestore_short"] = v["gestore"].split(" S.")[0]
        if f["key"] == "biblioteca_dato":
            v["biblio"] = rng.choice(C.BIBLIO)
        if f["key"] == "scuola_dato":
            v["istituto"] = rng.choice(C.ISTITUTI)
            v["istituto_short"] = v["istituto"].split('"')[1].split()[-1]
        if f["key"] == "protciv_dato":
            v["coord"] = "coordinatore " + person(rng, "PL", titled=False)[0]
        if f["key"] == "nucleo":
            v["nv"], v["nv_surname"] = person(rng, "AG")
        facts.append((f, v, fill(f["text"], v)))
    n_delib = rng.randint(8, 40)
    ddel = f"{rng.randint(10, 28):02d}/0{rng.randint(1, 3)}/{y1}"
    intro = [
        f"Il presente documento costituisce la sottosezione 2.2 \"Performance\" del Piano Integrato di Attività e Organizzazione (PIAO) {spec['periodo']} del {spec['ente']}, approvato con deliberazione di Giunta comunale n. {n_delib} del {ddel} ai sensi dell'art. 6 del D.L. n. 80/2021, convertito dalla L. n. 113/2021.",
        f"Gli obiettivi operativi discendono dagli obiettivi strategici del DUP {spec['periodo']} e sono assegnati ai responsabili delle strutture; il loro grado di raggiungimento è verificato dal Nucleo di valutazione ai sensi dell'art. 14 del D.Lgs. n. 150/2009.",
    ]
    closing = (f"Il monitoraggio intermedio degli obiettivi è effettuato entro il 31 luglio {y1} e la "
               f"rendicontazione finale confluisce nella Relazione sulla performance {y1}.")
    return Doc(spec, years, [settori[k] for k in kinds], objs, facts, intro, closing)


# ----------------------------------------------------------------------------------------
# Helpers shared by renderers
# ----------------------------------------------------------------------------------------
def fasi_lines(o: Obj, sep=" – ") -> list[str]:
    return [f"{d}{sep}{t.text}" for d, t, _ in o.fasi]


def formula(tgt: str) -> str:
    if "%" in tgt:
        return "valore rilevato / totale × 100"
    if "giorni" in tgt or "ore" in tgt:
        return "media rilevata dal gestionale"
    return "conteggio da gestionale o atti"


def org_person_cell(doc: Doc, s: Settore) -> str:
    return f"{s.person} – {doc.lab['role']}"


# ----------------------------------------------------------------------------------------
# PDF renderers
# ----------------------------------------------------------------------------------------
def new_pdf(orientation="P", header_text=None, footer=True):
    from fpdf import FPDF

    class PiaoPDF(FPDF):
        def header(self):
            if header_text:
                self.set_font("DejaVu", "", 8)
                self.set_text_color(90, 90, 90)
                self.cell(0, 5, header_text, new_x="LMARGIN", new_y="NEXT", align="R")
                self.set_text_color(0, 0, 0)
                self.ln(2)

        def footer(self):
            if footer:
                self.set_y(-12)
                self.set_font("DejaVu", "", 8)
                self.cell(0, 5, f"pag. {self.page_no()} di {{nb}}", align="C")

    pdf = PiaoPDF(orientation=orientation, format="A4", unit="mm")
    pdf.set_creation_date(FIXED_DATE)
    if not (FONT_DIR / "DejaVuSans.ttf").exists():
        raise SystemExit(f"DejaVu fonts not found in {FONT_DIR} (apt-get install fonts-dejavu-core)")
    pdf.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_margins(15, 12, 15)
    pdf.set_auto_page_break(True, margin=16)
    return pdf


def pdf_par(pdf, text, units, size=10, style="", h=5.0, gap=2.0):
    pdf.set_font("DejaVu", style, size)
    pdf.multi_cell(0, h, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(gap)
    units.append(text)


def pdf_table(pdf, header, rows, widths, units, size=8, line_height=4.2, headings=True):
    from fpdf.fonts import FontFace

    pdf.set_font("DejaVu", "", size)
    with pdf.table(col_widths=widths, text_align="LEFT", line_height=line_height,
                   headings_style=FontFace(emphasis="BOLD", fill_color=(225, 225, 225)),
                   first_row_as_headings=headings, repeat_headings=1) as table:
        for r in ([header] if headings else []) + rows:
            row = table.row()
            for c in r:
                row.cell(c)
                units.append(c)
    pdf.ln(4)


def render_l1(doc: Doc, path: Path):
    lab = doc.lab
    units = []
    pdf = new_pdf("L", header_text=f"{doc.ente} – PIAO {doc.spec['periodo']} – Sezione 2.2 Performance")
    pdf.add_page()
    pdf_par(pdf, doc.ente, units, size=16, style="B", h=8)
    pdf_par(pdf, f"Piano Integrato di Attività e Organizzazione {doc.spec['periodo']}", units, size=13, style="B", h=7)
    pdf_par(pdf, "Sezione 2 – Valore pubblico, performance e anticorruzione · 2.2 Performance", units, size=11)
    for p in doc.intro:
        pdf_par(pdf, p, units)
    pdf_par(pdf, "Contesto e dati di riferimento", units, size=11, style="B")
    for _, _, s in doc.facts:
        pdf_par(pdf, s, units)
    pdf_par(pdf, "Struttura organizzativa", units, size=11, style="B")
    pdf_table(pdf, [lab["org_sett"], lab["org_resp"], lab["org_serv"]],
              [[s.name, org_person_cell(doc, s), s.servizi] for s in doc.settori],
              (70, 80, 117), units, size=9)
    pdf.add_page()
    pdf_par(pdf, f"Obiettivi operativi {doc.y[0]}", units, size=11, style="B")
    rows = []
    for o in doc.objs:
        fasi = "\n".join(f"• {d} ({t.text})" for d, t, _ in o.fasi)
        if len(o.ind) > 1:
            ind = "\n".join(f"{k + 1}) {n}" for k, (n, _, _) in enumerate(o.ind))
            tgt = "\n".join(f"{k + 1}) {t}" for k, (_, t, _) in enumerate(o.ind))
        else:
            ind, tgt = o.ind[0][0], o.ind[0][1]
        rows.append([o.codice, o.titolo, fasi, o.settore.name, ind, tgt, str(o.peso)])
    pdf_table(pdf, [lab["cod"], lab["titolo"], lab["fasi"], lab["sett"], lab["ind"], lab["target"], lab["peso"]],
              rows, (9, 55, 78, 36, 48, 29, 12), units, size=8)
    pdf_par(pdf, doc.closing, units)
    pdf.output(str(path))
    return units


def render_l3pdf(doc: Doc, path: Path):
    lab = doc.lab
    units = []
    pdf = new_pdf("P", header_text=None)
    pdf.add_page()
    pdf_par(pdf, f"{doc.ente} (Provincia di Como)", units, size=15, style="B", h=8)
    pdf_par(pdf, f"PIAO – Piano Integrato di Attività e Organizzazione, triennio {doc.spec['periodo']}", units, size=12, style="B", h=6)
    pdf_par(pdf, "Sottosezione 2.2 – Performance: schede degli obiettivi", units, size=11)
    for p in doc.intro:
        pdf_par(pdf, p, units)
    for _, _, s in doc.facts:
        pdf_par(pdf, s, units)
    pdf_par(pdf, "Organigramma", units, size=11, style="B")
    for s in doc.settori:
        pdf_par(pdf, f"{s.name}: responsabile {s.person}. Servizi: {s.servizi}.", units, gap=1)
    for k, o in enumerate(doc.objs):
        pdf.add_page()
        pdf_par(pdf, f"Scheda obiettivo n. {k + 1}", units, size=12, style="B", h=6)
        rows = [[lab["cod"], o.codice], [lab["titolo"], o.titolo],
                [lab["area"], o.area], [lab["strat"], o.strat],
                [lab["sett"], o.settore.name], [lab["resp"], o.settore.person],
                [lab["motiv"], o.motiv], [lab["va"], o.va], [lab["scad"], o.scad],
                [lab["stake"], ", ".join(o.stake)],
                [lab["fasi"], "\n".join(f"{j + 1}. {d} – {t.text}" for j, (d, t, _) in enumerate(o.fasi))]]
        for j, (n, t, _) in enumerate(o.ind):
            rows += [[f"{lab['ind']} {j + 1}", n], [f"{lab['target']} {j + 1}", t]]
        rows += [[lab["dip"], "; ".join(o.dip)], [lab["peso"], f"{o.peso}%"]]
        pdf_table(pdf, None, rows, (45, 135), units, size=9, line_height=5, headings=False)
    pdf_par(pdf, doc.closing, units)
    pdf.output(str(path))
    return units


def render_l6(doc: Doc, path: Path):
    """Unruled table: columns placed by x position, one visual line at a time, no borders."""
    lab = doc.lab
    units = []
    pdf = new_pdf("P", header_text=f"{doc.ente} · PIAO {doc.spec['periodo']}")
    pdf.set_margins(12, 12, 12)
    pdf.add_page()
    pdf_par(pdf, f"{doc.ente.upper()}", units, size=14, style="B", h=7)
    pdf_par(pdf, f"Piano integrato di attività e organizzazione {doc.spec['periodo']} – 2.2 Performance", units, size=11, style="B")
    for p in doc.intro:
        pdf_par(pdf, p, units, size=9.5)
    for _, _, s in doc.facts:
        pdf_par(pdf, s, units, size=9.5)

    def unruled(header, rows, widths, size=8.5, lh=4.2):
        pdf.set_font("DejaVu", "", size)
        x0 = pdf.l_margin

        def wrap(text, w, style=""):
            pdf.set_font("DejaVu", style, size)
            out = []
            for part in text.split("\n"):
                out += pdf.multi_cell(w - 2, lh, part, dry_run=True, output="LINES")
            return out

        def draw(cells, style=""):
            lines = [wrap(c, w, style) for c, w in zip(cells, widths)]
            n = max(len(x) for x in lines)
            if pdf.get_y() + n * lh > pdf.h - 18:
                pdf.add_page()
                if style == "":
                    draw(header, "B")
            y = pdf.get_y()
            pdf.set_font("DejaVu", style, size)
            for i in range(n):
                x = x0
                for col, w in zip(lines, widths):
                    if i < len(col):
                        pdf.set_xy(x, y + i * lh)
                        pdf.cell(w - 2, lh, col[i])
                    x += w
            pdf.set_xy(x0, y + n * lh + 1.8)

        draw(header, "B")
        units.extend(header)
        for r in rows:
            draw(r)
            units.extend(r)
        pdf.ln(3)

    pdf_par(pdf, "Articolazione organizzativa", units, size=11, style="B")
    unruled([lab["org_sett"], lab["org_resp"], lab["org_serv"]],
            [[s.name, org_person_cell(doc, s), s.servizi] for s in doc.settori], (55, 60, 71))
    pdf_par(pdf, f"Obiettivi operativi {doc.y[0]}", units, size=11, style="B")
    unruled([lab["cod"], lab["titolo"], lab["sett"], lab["ind"], lab["target"], lab["scad"]],
            [[o.codice, o.titolo, o.settore.name, o.ind[0][0], o.ind[0][1], o.scad] for o in doc.objs],
            (12, 54, 34, 40, 24, 22))
    pdf_par(pdf, "Cronoprogramma delle attività", units, size=11, style="B")
    rows = []
    for o in doc.objs:
        for d, t, _ in o.fasi:
            rows.append([o.codice, d, t.text])
    unruled([lab["cod"], lab["fasi"], lab["tempi"]], rows, (14, 130, 42))
    pdf_par(pdf, doc.closing, units, size=9.5)
    pdf.output(str(path))
    return units


# ----------------------------------------------------------------------------------------
# DOCX renderers
# ----------------------------------------------------------------------------------------
def new_docx():
    import docx

    d = docx.Document()
    cp = d.core_properties
    cp.author = "Ufficio Segreteria"
    cp.created = FIXED_DATE.replace(tzinfo=None)
    cp.modified = FIXED_DATE.replace(tzinfo=None)
    cp.last_printed = FIXED_DATE.replace(tzinfo=None)
    cp.last_modified_by = "Ufficio Segreteria"
    cp.revision = 1
    return d


def save_docx(d, path: Path):
    buf = io.BytesIO()
    d.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 15, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = info.external_attr
            z.writestr(zi, src.read(info.filename))
    path.write_bytes(out.getvalue())


def dx_par(d, text, units, bold_label=None, style=None):
    p = d.add_paragraph(style=style)
    if bold_label:
        r = p.add_run(f"{bold_label}: ")
        r.bold = True
        p.add_run(text)
        units.append(f"{bold_label}: {text}")
    else:
        p.add_run(text)
        units.append(text)
    return p


def dx_head(d, text, level, units):
    d.add_heading(text, level=level)
    units.append(text)


def cell_set(cell, text, bold=False):
    lines = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(lines[0])
    r.bold = bold
    for ln in lines[1:]:
        q = cell.add_paragraph()
        rr = q.add_run(ln)
        rr.bold = bold


def dx_table(d, header, rows, units, widths_cm=None):
    from docx.shared import Cm

    t = d.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    for j, h in enumerate(header):
        cell_set(t.cell(0, j), h, bold=True)
        units.append(h)
    for i, r in enumerate(rows):
        for j, c in enumerate(r):
            cell_set(t.cell(i + 1, j), c)
            units.append(c)
    if widths_cm:
        for row in t.rows:
            for j, w in enumerate(widths_cm):
                row.cells[j].width = Cm(w)
    return t


def render_l2(doc: Doc, path: Path):
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm, Pt

    lab = doc.lab
    units = []
    d = new_docx()
    d.styles["Normal"].font.size = Pt(10)
    dx_head(d, f"{doc.ente} – PIAO {doc.spec['periodo']}", 0, units)
    dx_head(d, "Sezione 2 – Valore pubblico, performance e anticorruzione", 1, units)
    dx_head(d, "2.2 Performance", 2, units)
    for p in doc.intro:
        dx_par(d, p, units)
    dx_head(d, "Il contesto", 2, units)
    for _, _, s in doc.facts:
        dx_par(d, s, units)
    dx_head(d, "Organigramma", 2, units)
    dx_table(d, [lab["org_sett"], lab["org_resp"], lab["org_serv"]],
             [[s.name, org_person_cell(doc, s), s.servizi] for s in doc.settori], units, (5, 5, 7))
    sec = d.add_section()
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    dx_head(d, f"2.2.1 Obiettivi operativi assegnati per l'anno {doc.y[0]}", 2, units)
    header = [lab["sett"], lab["resp"], lab["cod"], lab["titolo"], lab["fasi"], lab["ind"], lab["target"], lab["peso"]]
    n = len(doc.objs)
    t = d.add_table(rows=2 + n, cols=len(header))
    t.style = "Table Grid"
    title = t.cell(0, 0).merge(t.cell(0, len(header) - 1))
    ttl = f"Piano degli obiettivi {doc.y[0]} – {doc.ente}"
    cell_set(title, ttl, bold=True)
    units.append(ttl)
    for j, h in enumerate(header):
        cell_set(t.cell(1, j), h, bold=True)
        units.append(h)
    r = 2
    for s in doc.settori:
        objs = [o for o in doc.objs if o.settore is s]
        if not objs:
            continue
        a, b = r, r + len(objs) - 1
        sc = t.cell(a, 0).merge(t.cell(b, 0)) if b > a else t.cell(a, 0)
        pc = t.cell(a, 1).merge(t.cell(b, 1)) if b > a else t.cell(a, 1)
        cell_set(sc, s.name)
        cell_set(pc, s.person)
        units += [s.name, s.person]
        for o in objs:
            vals = [o.codice, o.titolo, "\n".join(f"{dsc}: {tt.text}" for dsc, tt, _ in o.fasi),
                    "\n".join(nm for nm, _, _ in o.ind), "\n".join(tg for _, tg, _ in o.ind), str(o.peso)]
            for j, v in enumerate(vals):
                cell_set(t.cell(r, j + 2), v)
                units.append(v)
            r += 1
    widths = (3.2, 3.0, 1.4, 5.0, 6.6, 4.2, 2.4, 1.2)
    for row in t.rows:
        for j, w in enumerate(widths):
            row.cells[j].width = Cm(w)
    dx_par(d, doc.closing, units)
    save_docx(d, path)
    return units


def render_l3docx(doc: Doc, path: Path):
    from docx.enum.text import WD_BREAK

    lab = doc.lab
    units = []
    d = new_docx()
    dx_head(d, doc.ente, 0, units)
    dx_par(d, f"Piano Integrato di Attività e Organizzazione {doc.spec['periodo']} – allegato 2: schede degli obiettivi di performance", units)
    for p in doc.intro:
        dx_par(d, p, units)
    for _, _, s in doc.facts:
        dx_par(d, s, units)
    dx_head(d, "Assetto organizzativo", 2, units)
    for s in doc.settori:
        dx_par(d, f"{s.person} ({lab['role']}) – servizi: {s.servizi}", units, bold_label=s.name)
    for k, o in enumerate(doc.objs):
        d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        dx_head(d, f"Scheda n. {k + 1}", 2, units)
        rows = [[lab["cod"], o.codice], [lab["titolo"], o.titolo], [lab["area"], o.area],
                [lab["strat"], o.strat], [lab["sett"], o.settore.name], [lab["resp"], o.settore.person],
                [lab["motiv"], o.motiv], [lab["va"], o.va], [lab["scad"], o.scad],
                [lab["stake"], "; ".join(o.stake)],
                [lab["fasi"], "\n".join(f"{dsc} ({tt.text})" for dsc, tt, _ in o.fasi)]]
        for j, (n, tg, _) in enumerate(o.ind):
            rows += [[f"{lab['ind']} {j + 1}", n], [f"{lab['target']} {j + 1}", tg]]
        rows += [[lab["dip"], "\n".join(o.dip)], [lab["peso"], str(o.peso)]]
        t = d.add_table(rows=len(rows), cols=2)
        t.style = "Table Grid"
        for i, (lb, v) in enumerate(rows):
            cell_set(t.cell(i, 0), lb, bold=True)
            cell_set(t.cell(i, 1), v)
            units += [lb, v]
    dx_par(d, doc.closing, units)
    save_docx(d, path)
    return units


def render_l7(doc: Doc, path: Path):
    lab = doc.lab
    units = []
    d = new_docx()
    dx_head(d, f"{doc.ente}", 0, units)
    dx_par(d, f"PIAO {doc.spec['periodo']} – Sottosezione 2.2 Performance", units)
    dx_head(d, "1. Premessa", 1, units)
    for p in doc.intro:
        dx_par(d, p, units)
    for _, _, s in doc.facts:
        dx_par(d, s, units)
    dx_head(d, "2. Struttura organizzativa", 1, units)
    for s in doc.settori:
        dx_par(d, f"{s.person}; servizi: {s.servizi}", units, bold_label=s.name)
    dx_head(d, "3. Obiettivi operativi per area", 1, units)
    for s in doc.settori:
        objs = [o for o in doc.objs if o.settore is s]
        if not objs:
            continue
        dx_head(d, s.name, 2, units)
        for o in objs:
            dx_head(d, f"Obiettivo {o.codice} – {o.titolo}", 3, units)
            dx_par(d, o.settore.person, units, bold_label=lab["resp"])
            dx_par(d, o.strat, units, bold_label=lab["strat"])
            dx_par(d, o.motiv, units, bold_label=lab["motiv"])
            dx_par(d, ", ".join(o.stake), units, bold_label=lab["stake"])
            p = d.add_paragraph()
            p.add_run(f"{lab['fasi']}:").bold = True
            units.append(f"{lab['fasi']}:")
            for dsc, tt, _ in o.fasi:
                dx_par(d, f"{dsc} ({tt.text})", units, style="List Number")
            dx_table(d, [lab["ind"], f"{lab['target']} {doc.y[0]}"], [[n, tg] for n, tg, _ in o.ind], units, (10, 5))
            dx_par(d, str(o.peso), units, bold_label=lab["peso"])
            dx_par(d, ", ".join(o.dip), units, bold_label=lab["dip"])
    dx_head(d, "4. Monitoraggio", 1, units)
    dx_par(d, doc.closing, units)
    save_docx(d, path)
    return units


# ----------------------------------------------------------------------------------------
# Text renderers (units = lines)
# ----------------------------------------------------------------------------------------
def render_l4(doc: Doc, path: Path):
    lab = doc.lab
    y1, y2 = doc.y[0], doc.y[1]
    L = [f"# {doc.ente} – PIAO {doc.spec['periodo']}", "",
         "Sezione 2 · Valore pubblico, performance e anticorruzione — 2.2 Performance", ""]
    for p in doc.intro:
        L += [p, ""]
    L += ["## Quadro di contesto", ""]
    for _, _, s in doc.facts:
        L += [s, ""]
    L += ["## Settori e responsabili", "", "| Settore | Responsabile | Servizi |", "|---|---|---|"]
    for s in doc.settori:
        L.append(f"| {s.name} | {s.person} | {s.servizi} |")
    L.append("")
    cur_area = cur_strat = None
    for o in doc.objs:
        if o.area != cur_area:
            L += [f"# {lab['area']} {o.area_code} – {o.area}", ""]
            cur_area, cur_strat = o.area, None
        if o.strat != cur_strat:
            L += [f"### {lab['strat']} {o.strat_code} – {o.strat}", ""]
            cur_strat = o.strat
        L += [f"##### Obiettivo operativo {o.codice} – {o.titolo}", ""]
        L += [f"- **{lab['resp']}:** {o.settore.person}",
              f"- **{lab['sett']}:** {o.settore.name}",
              f"- **{lab['stake']}:** {', '.join(o.stake)}",
              f"- **{lab['motiv']}:** {o.motiv}",
              f"- **{lab['va']}:** {o.va}",
              f"- **{lab['scad']}:** {o.scad}",
              f"- **{lab['fasi']}:**"]
        for dsc, tt, _ in o.fasi:
            L.append(f"  - {dsc} — {tt.text}")
        L += ["", f"| {lab['ind']} | {lab['formula']} | {lab['target']} {y1} | {lab['target']} {y2} |",
              "|---|---|---|---|"]
        for n, tg, _ in o.ind:
            L.append(f"| {n} | {formula(tg)} | {tg} | mantenimento |")
        L.append("")
    L += ["## Monitoraggio", "", doc.closing, ""]
    text = "\n".join(L)
    path.write_text(text, encoding="utf-8")
    return L


def render_l5(doc: Doc, path: Path):
    lab = doc.lab
    test = doc.spec["split"] == "test"
    L = [doc.ente.upper(), f"PIANO INTEGRATO DI ATTIVITÀ E ORGANIZZAZIONE {doc.spec['periodo']}",
         "Sottosezione 2.2 – Performance", ""]
    for p in doc.intro:
        L += [p, ""]
    L += ["CONTESTO", ""]
    for _, _, s in doc.facts:
        L += [s, ""]
    L += ["ORGANIZZAZIONE", ""]
    for s in doc.settori:
        L.append(f"{s.name} – Responsabile: {s.person} – Servizi: {s.servizi}")
    L += ["", "OBIETTIVI OPERATIVI", ""]
    for o in doc.objs:
        L.append(f"Obiettivo n. {o.codice} – {o.titolo}")
        L.append(f"{lab['sett']}: {o.settore.name}")
        L.append(f"{lab['resp']}: {o.settore.person}")
        L.append(f"{lab['strat']}: {o.strat}")
        L.append(f"{lab['motiv']}: {o.motiv}")
        L.append(f"{lab['va']}: {o.va}")
        L.append(f"{lab['stake']}: {', '.join(o.stake)}")
        L.append(f"{lab['fasi']}:")
        for j, (dsc, tt, _) in enumerate(o.fasi):
            L.append(f"{j + 1}. {dsc} – {tt.text}")
        if test:
            L.append(f"{lab['ind']} | {lab['target']}")
            for n, tg, _ in o.ind:
                L.append(f"{n} | {tg}")
        else:
            for n, tg, _ in o.ind:
                L.append(f"{lab['ind']}: {n} – {lab['target']}: {tg}")
        L.append(f"{lab['peso']}: {o.peso}")
        L.append(f"{lab['dip']}: {', '.join(o.dip)}")
        L.append(f"{lab['scad']}: {o.scad}")
        L.append("")
    L += ["MONITORAGGIO", "", doc.closing, ""]
    path.write_text("\n".join(L), encoding="utf-8")
    return L


RENDER = {"L1": render_l1, "L2": render_l2, "L3pdf": render_l3pdf, "L3docx": render_l3docx,
          "L4": render_l4, "L5": render_l5, "L6": render_l6, "L7": render_l7}


# ----------------------------------------------------------------------------------------
# Anchors
# ----------------------------------------------------------------------------------------
def leading_words(text: str, lo=20, hi=60) -> str:
    words = norm(text).split(" ")
    out = ""
    for w in words:
        cand = (out + " " + w).strip()
        if len(cand) > hi and len(out) >= lo:
            break
        out = cand
        if len(out) > 80:
            break
    out = out[:80].strip()
    assert lo <= len(out) <= 80, out
    return out


def anchor_around(unit: str, target: str, lo=22, hi=80) -> str:
    u = norm(unit)
    t = norm(target)
    i = u.find(t)
    if i < 0:
        raise KeyError(target)
    if len(t) > hi:
        return leading_words(t, lo, 70)
    s, e = i, i + len(t)
    while e - s < lo:
        # extend left to the previous word start, else right
        if s > 0:
            prv = u.rfind(" ", 0, s - 1)
            s = 0 if prv < 0 else prv + 1
        elif e < len(u):
            nxt = u.find(" ", e + 1)
            e = len(u) if nxt < 0 else nxt
        else:
            break
    a = u[s:e].strip()
    if len(a) > hi:
        a = a[:hi].rsplit(" ", 1)[0]
    return a


def find_unit(doc: Doc, target: str) -> str:
    t = norm(target)
    for u in doc.units:
        if t in norm(u):
            return u
    raise KeyError(f"{doc.file}: {target!r} not in any unit")


def anchor_for(doc: Doc, target: str) -> str:
    if 20 <= len(norm(target)) <= 80:
        find_unit(doc, target)
        return norm(target)
    return anchor_around(find_unit(doc, target), target)


def org_anchor(doc: Doc, s: Settore) -> str:
    if doc.layout in ("L4",):
        return anchor_around(find_unit(doc, f"| {s.name} | {s.person} |"), f"{s.name} | {s.person}")
    if doc.layout == "L5":
        return anchor_for(doc, f"{s.name} – Responsabile: {s.person}")
    unit = norm(find_unit(doc, s.person))
    if 20 <= len(unit) <= 80:
        return unit
    return anchor_around(unit, s.person)


# ----------------------------------------------------------------------------------------
# Records
# ----------------------------------------------------------------------------------------
def make_record(doc: Doc, o: Obj, rid: str) -> dict:
    f = LAYOUT_FIELDS[doc.layout]
    inds = o.ind if doc.layout != "L6" else o.ind[:1]

    def g(name, val):
        return val if name in f else None

    return {
        "id": rid, "doc": doc.file, "anchor": o.anchor, "ente": doc.ente, "periodo": doc.spec["periodo"],
        "codice": g("codice", o.codice), "titolo": o.titolo,
        "obiettivo_strategico": g("obiettivo_strategico", o.strat),
        "area_strategica": g("area_strategica", o.area),
        "responsabile": g("responsabile", o.settore.person), "settore": g("settore", o.settore.name),
        "stakeholder": list(o.stake) if "stakeholder" in f else [],
        "motivazione": g("motivazione", o.motiv), "valore_atteso": g("valore_atteso", o.va),
        "scadenza": g("scadenza", o.scad),
        "fasi": [{"descrizione": dsc, "tempistica": tt.text} for dsc, tt, _ in o.fasi] if "fasi" in f else [],
        "indicatori": [{"nome": n, "target": tg} for n, tg, _ in inds] if "indicatori" in f else [],
        "dipendenti": list(o.dip) if "dipendenti" in f else [],
    }


# ----------------------------------------------------------------------------------------
# Questions
# ----------------------------------------------------------------------------------------
TPL = {
    "train": {
        "resp_obj": ["Chi è il responsabile dell'obiettivo {ref}{ente_in}?",
                     "chi segue l'obiettivo {ref}{ente_in}",
                     "A chi è assegnato l'obiettivo {ref}{ente_in}?"],
        "sett_obj": ["Quale settore si occupa dell'obiettivo {ref}{ente_in}?",
                     "A quale settore fa capo l'obiettivo {ref}{ente_in}?"],
        "tempo": ["Entro quando è prevista la fase \"{fase}\" dell'obiettivo {ref}{ente_in}?",
                  "quando si deve completare: {fase}{ente_in}?",
                  "Qual è la tempistica della fase {fase} ({ref}){ente_in}?"],
        "target": ["Qual è il target dell'indicatore \"{ind}\" per l'obiettivo {ref}{ente_in}?",
                   "che target c'è per {ind}{ente_in}?",
                   "Quale valore deve raggiungere l'indicatore {ind} nell'obiettivo {ref}{ente_in}?"],
        "va": ["Qual è il valore atteso dell'obiettivo {ref}{ente_in}?",
               "cosa ci si aspetta come risultato dall'obiettivo {ref}{ente_in}?"],
        "motiv": ["Perché è stato previsto l'obiettivo {ref}{ente_in}?",
                  "Qual è la finalità dell'obiettivo {ref}{ente_in}?"],
        "what": ["Di cosa tratta l'obiettivo n. {codice} del PIAO di {ente_short}?",
                 "Qual è l'obiettivo con codice {codice} a {ente_short}?"],
        "peso": ["Che peso ha l'obiettivo {ref}{ente_in}?",
                 "Quanto pesa l'obiettivo {ref}{ente_in} nella valutazione?"],
        "multi": ["Chi è il responsabile del settore a cui è assegnato l'obiettivo {ref}{ente_in}?",
                  "chi dirige l'ufficio che deve realizzare l'obiettivo {ref}{ente_in}?"],
        "multi_serv": ["Quali servizi gestisce il settore responsabile dell'obiettivo {ref}{ente_in}?",
                       "oltre all'obiettivo {ref}, di quali servizi si occupa lo stesso ufficio{ente_in}?"],
        "org": ["Chi è il responsabile {del_settore} del {ente}?",
                "chi comanda {colloquial} a {ente_short}?",
                "Chi è a capo {del_settore} a {ente_short}?"],
        "fasi_list": ["Quali sono le fasi dell'obiettivo {ref}{ente_in}?",
                      "elenca le fasi previste per l'obiettivo {ref}{ente_in}"],
        "sett_list": ["Quali obiettivi sono assegnati {al_settore} del {ente}?",
                      "che obiettivi ha {colloquial} di {ente_short} nel PIAO?"],
        "stake_list": ["Chi sono gli stakeholder dell'obiettivo {ref}{ente_in}?"],
        "np_cost": ["Quanto costa l'obiettivo {ref}{ente_in}?",
                    "Qual è il budget assegnato all'obiettivo {ref}{ente_in}?"],
        "np_base": ["Qual era il valore dell'indicatore \"{ind}\" nel {yb} a {ente_short}?"],
        "np_dip": ["Quali dipendenti partecipano all'obiettivo {ref}{ente_in}?"],
    },
    "test": {
        "resp_obj": ["Chi ha la responsabilità dell'obiettivo {ref}{ente_in}?",
                     "chi e' il referente per {ref}{ente_in}",
                     "Nome del responsabile dell'obiettivo {ref}{ente_in}?"],
        "sett_obj": ["Quale struttura deve realizzare l'obiettivo {ref}{ente_in}?",
                     "{ref}: di quale ufficio è competenza{ente_in}?"],
        "tempo": ["Quando è programmata l'attività \"{fase}\"{ente_in}?",
                  "tempi previsti per {fase}{ente_in}?",
                  "In che periodo va fatta la fase {fase} dell'obiettivo {ref}{ente_in}?"],
        "target": ["Valore obiettivo per \"{ind}\" nell'obiettivo {ref}{ente_in}?",
                   "a quanto è fissato il target di {ind}{ente_in}",
                   "Che risultato è atteso sull'indicatore {ind}{ente_in}?"],
        "va": ["Quale risultato atteso è indicato per l'obiettivo {ref}{ente_in}?"],
        "motiv": ["Qual è la motivazione dell'obiettivo {ref}{ente_in}?",
                  "a cosa serve l'obiettivo {ref}{ente_in}?"],
        "what": ["Cosa prevede l'obiettivo {codice} del {ente}?",
                 "obiettivo {codice} di {ente_short}: di cosa si tratta?"],
        "peso": ["Peso ponderale dell'obiettivo {ref}{ente_in}?"],
        "multi": ["Come si chiama il titolare della struttura competente per l'obiettivo {ref}{ente_in}?",
                  "Chi è a capo dell'area che gestisce {ref}{ente_in}?"],
        "multi_serv": ["La struttura a cui è affidato l'obiettivo {ref} quali uffici comprende{ente_in}?",
                       "Quali servizi fanno capo a chi gestisce l'obiettivo {ref}{ente_in}?"],
        "org": ["Chi è il titolare di E.Q. {del_settore} ({ente_short})?",
                "a {ente_short} chi dirige {colloquial}?"],
        "fasi_list": ["Quali attività sono previste nel cronoprogramma dell'obiettivo {ref}{ente_in}?",
                      "step dell'obiettivo {ref}{ente_in}?"],
        "sett_list": ["Elenca gli obiettivi {del_settore} di {ente_short}.",
                      "su quali obiettivi lavora {colloquial} a {ente_short}?"],
        "stake_list": ["Quali sono i destinatari dell'obiettivo {ref}{ente_in}?"],
        "np_cost": ["Quante risorse finanziarie sono stanziate per l'obiettivo {ref}{ente_in}?"],
        "np_base": ["Qual è il dato di partenza ({yb}) dell'indicatore \"{ind}\" a {ente_short}?"],
        "np_dip": ["Quante persone sono assegnate all'obiettivo {ref}{ente_in}?"],
    },
}

CONFRONTO = {
    "train": {
        "pop": "Ha più abitanti {a} o {b}?",
        "dip": "Quale comune ha più dipendenti tra {a} e {b}?",
        "org": "Chi è il responsabile {kind_name} a {a} e chi a {b}?",
        "target": "Confronta il target dell'indicatore \"{ind}\" tra {a} e {b}.",
        "peso": "L'obiettivo su {kw} pesa di più a {a} o a {b}?",
    },
    "test": {
        "pop": "Tra {a} e {b}, quale comune è più popoloso?",
        "dip": "{a} e {b}: quanti dipendenti hanno rispettivamente?",
        "org": "Mettere a confronto i responsabili {kind_name} di {a} e {b}.",
        "target": "Differenze di valore obiettivo per \"{ind}\" tra {a} e {b}?",
        "peso": "Peso dell'obiettivo su {kw}: {a} contro {b}?",
    },
}

KIND_NAME = {"AG": "degli affari generali", "FIN": "dei servizi finanziari", "SOC": "dei servizi sociali",
             "TEC": "dei lavori pubblici", "TER": "dell'urbanistica e ambiente", "PL": "della polizia locale",
             "DEM": "dei servizi demografici", "CULT": "della scuola e cultura"}


def del_(name: str) -> str:
    return ("dell'" if name[0] in "AEIOU" else "del ") + name


def al_(name: str) -> str:
    return ("all'" if name[0] in "AEIOU" else "al ") + name


def noise(q: str, rng: random.Random) -> str:
    r = rng.random()
    if r < 0.12:
        q = q.replace("è ", "e' ", 1)
    elif r < 0.2:
        q = q[0].lower() + q[1:]
        q = q.rstrip("?").rstrip(".")
    elif r < 0.26:
        words = q.split(" ")
        idx = [i for i, w in enumerate(words) if len(w) > 7 and w.isalpha() and w.islower()]
        if idx:
            i = rng.choice(idx)
            w = words[i]
            k = rng.randrange(1, len(w) - 2)
            words[i] = w[:k] + w[k + 1] + w[k] + w[k + 2:]
            q = " ".join(words)
    return q


def key_words(text: str, n=1) -> list[str]:
    stop = {"della", "delle", "dello", "degli", "dell", "nella", "nelle", "sulla", "sulle", "attraverso",
            "secondo", "rispetto", "almeno", "tutti", "tutte", "entro", "anche", "comunale", "comunali"}
    words = [w.strip(".,;:()\"'") for w in re.split(r"[\s']", text)]
    words = [w for w in words if len(w) >= 6 and w.lower() not in stop]
    words.sort(key=len, reverse=True)
    return words[:n]


def numbers_in(text: str) -> list[str]:
    return re.findall(r"\d[\d.,/]*\d|\d", text)


class QGen:
    def __init__(self, docs_all, split, rng):
        self.docs_all = docs_all
        self.split = split
        self.rng = rng
        self.tpl = TPL[split]
        self.theme_count = {}
        for d in docs_all:
            for o in d.objs:
                self.theme_count[o.theme["key"]] = self.theme_count.get(o.theme["key"], 0) + 1

    def pick(self, name):
        return self.rng.choice(self.tpl[name])

    def ref(self, doc, o):
        r = self.rng.random()
        if r < 0.45:
            return f"\"{o.titolo}\""
        if r < 0.8:
            return "\"" + " ".join(o.titolo.split()[:7]).rstrip(",") + "…\""
        return f"n. {o.codice}"

    def ente_in(self, doc, o, ref):
        if ref.startswith("n. ") or self.theme_count[o.theme["key"]] > 1 or self.rng.random() < 0.6:
            return self.rng.choice([f" a {doc.ente_short}", f" del {doc.ente}", f" ({doc.ente_short})",
                                    f" nel PIAO di {doc.ente_short}"])
        return ""

    def q(self, doc, type_, question, answer, must, evidence, docfile=None, evdocs=None):
        return {"question": noise(question, self.rng), "answer": answer, "must_contain": must,
                "doc": docfile if docfile is not None else doc.file, "evidence": evidence,
                "evidence_docs": evdocs if evdocs is not None else [doc.file] * len(evidence),
                "type": type_}

    def fmt(self, name, doc, o=None, **kw):
        ref = self.ref(doc, o) if o else ""
        vals = dict(ente=doc.ente, ente_short=doc.ente_short, ref=ref,
                    ente_in=self.ente_in(doc, o, ref) if o else "", codice=o.codice if o else "")
        vals.update(kw)
        return self.pick(name).format(**vals)

    # ---- per-objective candidates
    def candidates(self, doc: Doc) -> dict:
        out = {t: [] for t in ["responsabile", "tempistica", "indicatore", "obiettivo", "elenco",
                               "multi_hop", "numerico", "non_presente"]}
        f = LAYOUT_FIELDS[doc.layout]
        for o in doc.objs:
            a = o.anchor
            s = o.settore
            if "responsabile" in f:
                out["responsabile"].append(self.q(doc, "responsabile", self.fmt("resp_obj", doc, o),
                    f"Il responsabile è {s.person} ({s.name}).", [[s.surname]], [a]))
            out["responsabile"].append(self.q(doc, "responsabile", self.fmt("sett_obj", doc, o),
                f"L'obiettivo è assegnato {al_(s.name)}.", [[s.short]], [a]))
            for dsc, tt, kw in o.fasi:
                fr = dsc[0].lower() + dsc[1:]
                out["tempistica"].append(self.q(doc, "tempistica", self.fmt("tempo", doc, o, fase=fr),
                    f"La fase \"{dsc}\" è prevista: {tt.text}.", tt.must, [anchor_for(doc, dsc)]))
            for n, tg, alts in (o.ind if doc.layout != "L6" else o.ind[:1]):
                ev = anchor_for(doc, n)
                out["indicatore"].append(self.q(doc, "indicatore", self.fmt("target", doc, o, ind=n.lower()),
                    f"Per l'indicatore \"{n}\" il target è {tg}.", [alts], [ev]))
            if "valore_atteso" in f:
                nums = numbers_in(o.va)
                must = [[nums[0]]] if nums else [key_words(o.va)]
                out["obiettivo"].append(self.q(doc, "obiettivo", self.fmt("va", doc, o),
                    f"Il valore atteso è: {o.va}.", must, [a]))
            if "motivazione" in f:
                out["obiettivo"].append(self.q(doc, "obiettivo", self.fmt("motiv", doc, o),
                    f"La finalità è: {o.motiv}", [key_words(o.motiv)], [a, anchor_for(doc, o.motiv)]))
            out["obiettivo"].append(self.q(doc, "obiettivo", self.fmt("what", doc, o),
                f"L'obiettivo {o.codice} è \"{o.titolo}\".", [o.theme["kw"]], [a]))
            if doc.layout in HAS_PESO:
                out["numerico"].append(self.q(doc, "numerico", self.fmt("peso", doc, o),
                    f"L'obiettivo ha peso {o.peso}.", [[str(o.peso)]], [a]))
            else:
                for n, tg, alts in o.ind[:1]:
                    if numbers_in(tg):
                        out["numerico"].append(self.q(doc, "numerico", self.fmt("target", doc, o, ind=n.lower()),
                            f"Per l'indicatore \"{n}\" il valore previsto è {tg}.", [alts], [anchor_for(doc, n)]))
            if "responsabile" not in f:
                out["multi_hop"].append(self.q(doc, "multi_hop", self.fmt("multi", doc, o),
                    f"L'obiettivo è assegnato {al_(s.name)}, il cui responsabile è {s.person}.",
                    [[s.surname]], [a, org_anchor(doc, s)]))
            else:
                # objective -> its settore -> the services of that settore in the org chart
                serv = [x.strip() for x in s.servizi.split(",")]
                out["multi_hop"].append(self.q(doc, "multi_hop", self.fmt("multi_serv", doc, o),
                    f"L'obiettivo è {del_(s.name)}, che gestisce: {s.servizi}.", [[serv[0]], [serv[1]]],
                    [a, anchor_around(find_unit(doc, s.servizi), s.servizi)]))
            out["elenco"].append(self.q(doc, "elenco", self.fmt("fasi_list", doc, o),
                "Le fasi sono: " + "; ".join(f"{dsc} ({tt.text})" for dsc, tt, _ in o.fasi) + ".",
                [[kw] for _, _, kw in o.fasi], [a]))
            if "stakeholder" in f:
                out["elenco"].append(self.q(doc, "elenco", self.fmt("stake_list", doc, o),
                    "Stakeholder: " + ", ".join(o.stake) + ".",
                    [[st.split()[0]] for st in o.stake[:3]], [a]))
            out["non_presente"].append(self.q(doc, "non_presente", self.fmt("np_cost", doc, o),
                f"Il piano non indica il costo né un budget per l'obiettivo \"{o.titolo}\": riporta solo fasi, indicatori e target.",
                [], [a]))
            n0 = o.ind[0][0]
            out["non_presente"].append(self.q(doc, "non_presente",
                self.fmt("np_base", doc, o, ind=n0.lower(), yb=doc.y[0] - 3),
                f"Il piano non riporta il valore {doc.y[0] - 3} dell'indicatore \"{n0}\": indica solo il target ({o.ind[0][1]}).",
                [], [anchor_for(doc, n0)]))
            if "dipendenti" not in f:
                out["non_presente"].append(self.q(doc, "non_presente", self.fmt("np_dip", doc, o),
                    f"Il piano non indica i dipendenti coinvolti nell'obiettivo \"{o.titolo}\".", [], [a]))
        for s in doc.settori:
            out["responsabile"].append(self.q(doc, "responsabile",
                self.fmt("org", doc, None, del_settore=del_(s.name), al_settore=al_(s.name), colloquial=C.SETTORI[s.kind]["colloquial"]),
                f"{s.name}: responsabile {s.person}.", [[s.surname]], [org_anchor(doc, s)]))
            objs = [o for o in doc.objs if o.settore is s]
            if 2 <= len(objs) <= 3:
                out["elenco"].append(self.q(doc, "elenco",
                    self.fmt("sett_list", doc, None, del_settore=del_(s.name), al_settore=al_(s.name), colloquial=C.SETTORI[s.kind]["colloquial"]),
                    f"{al_(s.name)[0].upper()}{al_(s.name)[1:]} sono assegnati: " + "; ".join(o.titolo for o in objs) + ".",
                    [o.theme["kw"] for o in objs], [o.anchor for o in objs]))
        for lst in out.values():
            self.rng.shuffle(lst)
        return out

    def narrative(self, doc: Doc) -> list:
        out = []
        for f, v, sentence in doc.facts:
            for qd in f["qs"]:
                akey = qd.get("anchor_key", "anchor")
                anc = fill(f[akey], v)
                assert anc in sentence, (anc, sentence)
                assert 20 <= len(anc) <= 80, anc
                qtext = self.rng.choice(qd[self.split]).format(**v)
                must = [[fill(x, v) for x in grp] for grp in qd["must"]]
                out.append(self.q(doc, qd["type"], qtext, fill(qd["answer"], v), must, [anc]))
        self.rng.shuffle(out)
        return out


QUOTA = {
    "train": dict(narr=5, responsabile=4, tempistica=3, indicatore=4, obiettivo=2, elenco=2,
                  multi_hop=2, numerico=2, non_presente=2),
    "test": dict(narr=4, responsabile=2, tempistica=2, indicatore=2, obiettivo=1, elenco=1,
                 multi_hop=1, numerico=1, non_presente=1),
}


def fact_val(doc, key, name):
    for f, v, _ in doc.facts:
        if f["key"] == key:
            return v[name], fill(f["anchor"], v)
    raise KeyError(key)


def confronti(docs, split, rng):
    T = CONFRONTO[split]
    out = []
    pairs = [(docs[i], docs[j]) for i in range(len(docs)) for j in range(i + 1, len(docs))]
    rng.shuffle(pairs)

    def mk(a, b, q, ans, must, ev):
        return {"question": q, "answer": ans, "must_contain": must, "doc": [a.file, b.file],
                "evidence": [e for e, _ in ev], "evidence_docs": [d for _, d in ev], "type": "confronto"}

    a, b = pairs[0]
    pa, an_a = fact_val(a, "popolazione", "pop")
    pb, an_b = fact_val(b, "popolazione", "pop")
    out.append(mk(a, b, T["pop"].format(a=a.ente_short, b=b.ente_short),
                  f"{a.ente} ha {pa} abitanti, {b.ente} ne ha {pb}.", [[pa], [pb]],
                  [(an_a, a.file), (an_b, b.file)]))
    a, b = pairs[1]
    da, an_a = fact_val(a, "dotazione", "dip")
    db, an_b = fact_val(b, "dotazione", "dip")
    out.append(mk(a, b, T["dip"].format(a=a.ente, b=b.ente),
                  f"{a.ente} ha {da} dipendenti, {b.ente} ne ha {db}.", [[str(da)], [str(db)]],
                  [(an_a, a.file), (an_b, b.file)]))
    # same kind of settore in two documents
    done = 0
    for a, b in pairs[2:]:
        common = [k for k in C.SETTORI if any(s.kind == k for s in a.settori) and any(s.kind == k for s in b.settori)]
        if not common:
            continue
        k = rng.choice(common)
        sa = next(s for s in a.settori if s.kind == k)
        sb = next(s for s in b.settori if s.kind == k)
        out.append(mk(a, b, T["org"].format(kind_name=KIND_NAME[k], a=a.ente_short, b=b.ente_short),
                      f"A {a.ente_short} è {sa.person} ({sa.name}); a {b.ente_short} è {sb.person} ({sb.name}).",
                      [[sa.surname], [sb.surname]], [(org_anchor(a, sa), a.file), (org_anchor(b, sb), b.file)]))
        done += 1
        if done == (2 if split == "train" else 1):
            break
    # same theme in two documents: target of the first indicator, and weight
    shared = []
    for a, b in pairs:
        for oa in a.objs:
            for ob in b.objs:
                if oa.theme["key"] == ob.theme["key"]:
                    shared.append((a, oa, b, ob))
    rng.shuffle(shared)
    shared.sort(key=lambda x: x[1].ind[0][1] == x[3].ind[0][1])  # differing targets first
    if shared:
        a, oa, b, ob = shared[0]
        n = oa.ind[0][0]
        out.append(mk(a, b, T["target"].format(ind=n.lower(), a=a.ente_short, b=b.ente_short),
                      f"{a.ente_short}: {oa.ind[0][1]}; {b.ente_short}: {ob.ind[0][1]}.",
                      [oa.ind[0][2], ob.ind[0][2]],
                      [(anchor_for(a, n), a.file), (anchor_for(b, n), b.file)]))
    for a, oa, b, ob in shared[1:]:
        if a.layout in HAS_PESO and b.layout in HAS_PESO and oa.peso != ob.peso:
            kw = oa.theme["kw"][0]
            win = a if oa.peso > ob.peso else b
            out.append(mk(a, b, T["peso"].format(kw=kw, a=a.ente_short, b=b.ente_short),
                          f"Pesa di più a {win.ente_short}: {oa.peso} a {a.ente_short} contro {ob.peso} a {b.ente_short}.",
                          [[str(oa.peso)], [str(ob.peso)]], [(oa.anchor, a.file), (ob.anchor, b.file)]))
            break
    return out


def np_global(docs, split, rng):
    d0 = docs[0]
    out = []
    early = f"{d0.y[0] - 3}-{d0.y[0] - 1}"
    if split == "train":
        qs = [(f"Chi è il responsabile dei tributi del {C.ABSENT_ENTI[0]}?", C.ABSENT_ENTI[0]),
              (f"Quali obiettivi ha il PIAO {early} di {d0.ente_short}?", early),
              (f"Quali obiettivi sono assegnati a {C.ABSENT_PEOPLE[0]}?", C.ABSENT_PEOPLE[0])]
    else:
        qs = [(f"il {C.ABSENT_ENTI[1]} ha un obiettivo sulla videosorveglianza?", C.ABSENT_ENTI[1]),
              (f"Cosa prevedeva il piano {early} di {d0.ente_short} per la biblioteca?", early),
              (f"Di quali obiettivi è responsabile {C.ABSENT_PEOPLE[1]}?", C.ABSENT_PEOPLE[1])]
    for q, what in qs:
        out.append({"question": q, "answer": f"Nei documenti caricati non è presente alcuna informazione su {what}.",
                    "must_contain": [], "doc": None, "evidence": [], "evidence_docs": [], "type": "non_presente"})
    return out


# ----------------------------------------------------------------------------------------
def main():
    theme_use: dict = {}
    USED_PEOPLE.clear()
    docs = [build_doc(spec, random.Random(f"{SEED}-{spec['key']}"), theme_use) for spec in DOCS]
    for split in ("train", "test"):
        (DOCS_DIR / split).mkdir(parents=True, exist_ok=True)
        for p in (DOCS_DIR / split).iterdir():
            p.unlink()
    GOLD_DIR.mkdir(parents=True, exist_ok=True)
    for d in docs:
        d.path = DOCS_DIR / d.spec["split"] / d.file
        d.units = RENDER[d.layout](d, d.path)
        for o in d.objs:
            o.anchor = leading_words(o.titolo)
            find_unit(d, o.titolo)
        assert len({o.anchor for o in d.objs}) == len(d.objs)
    # units dump for validate.py (the generator's source strings, per document)
    units_dump = {d.file: [norm(u) for u in d.units if norm(u)] for d in docs}
    summary = {}
    for split in ("train", "test"):
        sd = [d for d in docs if d.spec["split"] == split]
        pref = "tr" if split == "train" else "te"
        recs = []
        for d in sd:
            for o in d.objs:
                recs.append(make_record(d, o, f"nr-{pref}-{len(recs) + 1:02d}"))
        qrng = random.Random(f"{SEED}-qa-{split}")
        qg = QGen(docs, split, qrng)
        qa = []
        for d in sd:
            quota = QUOTA[split]
            qa += qg.narrative(d)[: quota["narr"]]
            cand = qg.candidates(d)
            for t, n in quota.items():
                if t == "narr":
                    continue
                qa += cand[t][:n]
        qa += confronti(sd, split, qrng)
        qa += np_global(sd, split, qrng)
        # drop duplicated question texts
        seen, uniq = set(), []
        for q in qa:
            if q["question"] in seen:
                continue
            seen.add(q["question"])
            uniq.append(q)
        for i, q in enumerate(uniq):
            q["id"] = f"n-{pref}-{i + 1:03d}"
        keys = ["id", "question", "answer", "must_contain", "doc", "evidence", "evidence_docs", "type"]
        uniq = [{k: q[k] for k in keys} for q in uniq]
        with open(GOLD_DIR / f"{split}_records.jsonl", "w", encoding="utf-8") as fh:
            for r in recs:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        with open(GOLD_DIR / f"{split}_qa.jsonl", "w", encoding="utf-8") as fh:
            for q in uniq:
                fh.write(json.dumps(q, ensure_ascii=False) + "\n")
        types = {}
        for q in uniq:
            types[q["type"]] = types.get(q["type"], 0) + 1
        summary[split] = dict(docs=[d.file for d in sd], records=len(recs), questions=len(uniq), types=types)
    with open(GOLD_DIR / "source_units.json", "w", encoding="utf-8") as fh:
        json.dump(units_dump, fh, ensure_ascii=False, indent=0, sort_keys=True)
    print(json.dumps(summary, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
