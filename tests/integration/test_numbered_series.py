"""A named series of numbered headings ("Misura 1: …", "Misura 2: …") asked for by its
noun, on an invented plan: every heading of the series is the answer, under whatever
heading the series stands; and "misure specifiche / generali" are the anticorruption
plan's measures, not an objective's indicators."""

from __future__ import annotations

from tests.integration.test_answering_steps import answerer_over

PLAN = """# Comune di Lentate Sul Brembo – PIAO 2026-2028

## 2.3 Rischi corruttivi e trasparenza

La mappatura dei processi ha confermato come aree a più elevato rischio i contratti pubblici e i titoli edilizi. Per il triennio sono programmate le seguenti misure specifiche, verificate dal RPCT ogni sei mesi.

### Misura 1: Rotazione degli incarichi di RUP

Contenuto: alternanza dei RUP negli affidamenti di lavori sopra i 40.000 euro.
Responsabile dell'attuazione: il Responsabile dell'Area Tecnica.

### Misura 2: Sorteggio delle pratiche edilizie da controllare

Contenuto: estrazione trimestrale del 10% delle SCIA e delle CILA presentate.
Responsabile dell'attuazione: il Responsabile dell'Area Urbanistica.

### Misura 3: Doppia firma sui contributi economici

Contenuto: istruttore e responsabile firmano gli atti di concessione sopra i 1.000 euro.
Responsabile dell'attuazione: il Responsabile dell'Area Servizi alla Persona.

## 3. Obiettivi di performance

### Obiettivo 1 – Riduzione dei tempi di pagamento delle fatture

Settore: Area Finanziaria
Indicatore: giorni medi di pagamento (target 2026: 25 giorni)
"""


def test_every_measure_of_the_series_asked_is_listed(tmp_path) -> None:
    answerer = answerer_over(tmp_path, {"lentate-sul-brembo_piao-2026-2028.md": PLAN})
    text = answerer.answer("Quali sono le misure specifiche anticorruzione del piano?").text
    for measure in ("Rotazione degli incarichi di RUP", "Sorteggio delle pratiche edilizie", "Doppia firma sui contributi"):
        assert measure in text, text
    assert "indicatori" not in text and "giorni medi" not in text, text


# Bold headings only, the outline's first level numbered without a dot ("2 Ambiti …"),
# the strategic lines numbered "2.1", the objectives under them in bold with codes.
LINES = """COMUNE DI PRATOSERENO
PIAO 2026-2028

**2 Ambiti di valore pubblico e obiettivi operativi 2026**
Le linee strategiche discendono dal DUP 2026-2028; per ciascuna sono indicati gli obiettivi operativi dell'anno.

**2.1 Linea strategica 1 · Un paese semplice**
Ambito di valore pubblico: accesso semplice ai servizi comunali, anche da casa.

**Ob. 1.1 – Sportello online per i tributi**
Da marzo 2026 le istanze sui tributi si presentano soltanto online. La responsabilità è del Servizio Tributi.

**Ob. 1.2 – Certificati anagrafici dal portale**
I certificati si scaricano dal portale nazionale; il tempo di attesa allo sportello scende a 10 minuti.

**2.2 Linea strategica 2 · Un paese verde**
Ambito di valore pubblico: ambiente e qualità degli spazi pubblici.

**Ob. 2.1 – Nuovi alberi nei parchi**
Entro novembre 2026 si piantano 300 alberi nei parchi di quartiere, con le associazioni di volontariato.

**3 Monitoraggio**
Lo stato di avanzamento è rilevato con un report al 31 luglio 2026.
"""


def test_a_bold_heading_numbered_without_a_dot_heads_the_numbered_ones_under_it(tmp_path) -> None:
    """"2 Ambiti …" is the first level as "2." is: "2.2 Linea strategica 2" nests under
    it, and the objectives after "2.2" under "2.2", not beside "2 Ambiti"."""
    from ingest.loaders import load_document
    from ingest.parse import parse_document

    path = tmp_path / "pratosereno_piao-2026-2028.txt"
    path.write_text(LINES, encoding="utf-8")
    chunks = parse_document(load_document(path)).chunks
    trees = next(c.breadcrumb for c in chunks if "300 alberi" in c.text)
    assert "2.2 Linea strategica 2 · Un paese verde" in trees, trees
    assert "2 Ambiti di valore pubblico e obiettivi operativi 2026" in trees, trees


def test_the_series_a_field_label_numbers_is_listed_when_that_field_is_asked(tmp_path) -> None:
    """"Elencami le linee strategiche": the headings "Linea strategica 1 · …", "Linea
    strategica 2 · …" are the values of the field the question names by its label."""
    answerer = answerer_over(tmp_path, {"pratosereno_piao-2026-2028.txt": LINES})
    text = answerer.answer("Elencami le linee strategiche del piano").text
    assert "Un paese semplice" in text and "Un paese verde" in text, text
