"""The objectives of a group the question names, on invented plans: the group is
read from the plan's structure (the heading objectives stand under, the strategic
objective their records name), so every member is listed and no other objective."""

from __future__ import annotations

from tests.integration.test_answering_steps import answerer_over

HEADINGS = """# Comune di Roverella Alta – PIAO 2026-2028

## Linea strategica 1 · Una comunità che include

### Obiettivo 1.1 – Centro diurno per anziani fragili

Responsabile: dott.ssa Ilenia Marchetto
Indicatore: anziani accolti (target 2026: 40)

### Obiettivo 1.2 – Doposcuola comunale nelle frazioni

Responsabile: dott.ssa Ilenia Marchetto
Indicatore: iscritti al doposcuola (target 2026: 60)

### Obiettivo 1.3 – Sportello casa per le famiglie in affitto

Responsabile: dott.ssa Ilenia Marchetto
Indicatore: famiglie seguite (target 2026: 80)

## Linea strategica 2 · Territorio sicuro e curato

### Obiettivo 2.1 – Manutenzione programmata delle strade bianche

Responsabile: geom. Aldo Furlanetto
Indicatore: chilometri sistemati (target 2026: 12)

### Obiettivo 2.2 – Piano neve con le imprese agricole

Responsabile: geom. Aldo Furlanetto
Indicatore: convenzioni firmate (target 2026: 6)
"""

STRATEGIC = """# Comune di Borgo Tessaro – PIAO 2025-2027 – Obiettivi operativi

OBIETTIVO STRATEGICO\t4.2 Conti pubblici ordinati e tributi equi
OBIETTIVO OPERATIVO\tRecupero dell'evasione sulla tassa rifiuti
RESPONSABILE\tRag. Serena Dal Molin
INDICATORE\tavvisi emessi\t300

OBIETTIVO STRATEGICO\t4.2 Conti pubblici ordinati e tributi equi
OBIETTIVO OPERATIVO\tPagamento delle fatture entro trenta giorni
RESPONSABILE\tRag. Serena Dal Molin
INDICATORE\tgiorni medi di pagamento\t28

OBIETTIVO STRATEGICO\t5.1 Una biblioteca aperta alla città
OBIETTIVO OPERATIVO\tApertura serale della sala studio
RESPONSABILE\tDott. Piero Zanin
INDICATORE\tore di apertura serale\t6
"""


def test_the_objectives_under_the_heading_named_are_listed_whole(tmp_path) -> None:
    answerer = answerer_over(tmp_path, {"roverella-alta_piao-2026-2028.md": HEADINGS})
    text = answerer.answer("Quali obiettivi rientrano nella linea strategica della comunità che include?").text
    for title in ("Centro diurno per anziani fragili", "Doposcuola comunale", "Sportello casa"):
        assert title in text, text
    assert "3 obiettivi" in text, text
    assert "strade bianche" not in text and "Piano neve" not in text, text


def test_the_objectives_of_a_strategic_objective_are_counted(tmp_path) -> None:
    answerer = answerer_over(tmp_path, {"borgo-tessaro_piao-2025-2027_obiettivi-operativi.txt": STRATEGIC})
    text = answerer.answer("Quanti obiettivi operativi ha l'obiettivo strategico 4.2 sui conti pubblici e quali sono?").text
    assert "2 obiettivi" in text, text
    assert "evasione sulla tassa rifiuti" in text and "fatture entro trenta giorni" in text, text
    assert "sala studio" not in text, text


LISTED_IN_PROSE = """# Comune di Pietralunga Bassa – PIAO 2026-2028

## Sezione 2.2 – Performance

### Linea strategica 1 – Un Comune vicino ai cittadini

La linea raccoglie le azioni per servizi più semplici e più rapidi. Vi rientrano gli
obiettivi n. 1, 3 e
4.

### Linea strategica 2 – Un paese curato

Le priorità sono la cura del verde e la pulizia delle strade. Ne fanno parte gli obiettivi n. 2 e 5.

### Tabella degli obiettivi operativi

N.\tObiettivo operativo\tSettore responsabile\tTarget 2026
1\tSportello anagrafe aperto il sabato\tSettore I – Servizi demografici\t24 aperture
2\tSfalcio programmato delle aree verdi\tSettore III – Tecnico\t6 passaggi
3\tPagamenti on line per le mense\tSettore II – Finanziario\t80%
4\tProtocollo informatico unico\tSettore I – Servizi demografici\t100%
5\tSpazzamento meccanizzato delle frazioni\tSettore III – Tecnico\t12 km
"""


def test_objectives_a_line_lists_by_number_in_prose_are_that_lines(tmp_path) -> None:
    # the plan files objectives under a line only by listing their numbers in the
    # line's paragraph; the table of objectives names no line
    answerer = answerer_over(tmp_path, {"pietralunga-bassa_piao-2026-2028.md": LISTED_IN_PROSE})
    text = answerer.answer("Quali obiettivi rientrano nella linea strategica 2 di Pietralunga Bassa?").text
    assert "Sfalcio programmato" in text and "Spazzamento meccanizzato" in text, text
    assert "Sportello anagrafe" not in text and "Protocollo informatico" not in text, text


CODED_ENTRIES = """# Comune di Fontanelle Scura – PIAO 2026-2028

## Obiettivi strategici

**SG-1 – Un Comune in rete.** Servizi on line e dati sicuri.

Obiettivi operativi collegati: OP-01, OP-03.

**SG-2 – Paese curato.** Strade e verde mantenuti con regolarità.

Obiettivi operativi collegati: OP-02.

## Obiettivi operativi

### OP-01 – Pagamenti on line dei servizi scolastici
- **Referente:** dott.ssa Gemma Rovere
- **Indicatore:** pagamenti on line – target 2026: 80%

### OP-02 – Sfalcio programmato dei cigli stradali
- **Referente:** geom. Saverio Mandelli
- **Indicatore:** passaggi annui – target 2026: 6

### OP-03 – Conservazione a norma dei documenti informatici
- **Referente:** dott.ssa Gemma Rovere
- **Indicatore:** fascicoli conservati – target 2026: 100%
"""


def test_objectives_a_labelled_line_lists_by_code_belong_to_the_coded_entry_above(tmp_path) -> None:
    # "Obiettivi operativi collegati: OP-01, OP-03" under "**SG-1 – …**": each listed
    # objective's strategic objective is that entry (one code is a list when labelled)
    answerer = answerer_over(tmp_path, {"fontanelle-scura_piao-2026-2028.md": CODED_ENTRIES})
    records = {r.codice: r for r in answerer.retriever.catalog.records()}
    assert records["OP-01"].obiettivo_strategico == "SG-1 – Un Comune in rete"
    assert records["OP-03"].obiettivo_strategico == "SG-1 – Un Comune in rete"
    assert records["OP-02"].obiettivo_strategico == "SG-2 – Paese curato"
    text = answerer.answer("lo sfalcio dei cigli stradali sotto quale obiettivo strategico ricade?").text
    assert "Paese curato" in text, text
