"""A request is no yes/no question; a part asking a figure is answered by its figure."""

from __future__ import annotations

from tests.integration.test_answering_steps import answerer_over

ARCHIVE = """# Comune di Borgoleto – PIAO 2026-2028

## Obiettivi di performance

### Obiettivo 4 – Digitalizzazione dell'archivio delle pratiche edilizie

**Settore:** 04. Urbanistica e territorio

**Motivazione:** le pratiche edilizie dal 1998 al 2010 sono conservate solo su carta in archivio.

**Indicatori:**
- % pratiche cartacee scansionate (n. pratiche 350/350)
- % pratiche caricate nel gestionale SUE (n. pratiche 350/350)

**Fasi:**
- scansione delle pratiche in archivio dal 1998: gennaio-maggio;
- caricamento dei file nel gestionale SUE: giugno-ottobre;
- verifica e riordino dei fascicoli digitali: novembre-dicembre.

### Obiettivo 5 – Sportello telematico per le pratiche edilizie

**Settore:** 04. Urbanistica e territorio

**Motivazione:** le pratiche edilizie si presentano online, con la scansione dei documenti firmati.

**Fasi:**
- attivazione dello sportello per le pratiche edilizie: marzo;
- formazione dei tecnici sulla scansione degli allegati: aprile.

### Obiettivo 6 – Controlli sulle pratiche edilizie

**Settore:** 04. Urbanistica e territorio

**Motivazione:** verifiche a campione sulle pratiche edilizie presentate e sulla scansione degli atti.
"""

OTHER = """# Comune di Valprova – PIAO 2026-2028

## Obiettivi di performance

### Obiettivo 2 – Manutenzione delle vecchie scuole

**Settore:** Area tecnica

**Motivazione:** le vecchie scuole del capoluogo hanno bisogno di interventi sugli impianti.

**Fasi:**
- rilievo degli impianti: marzo;
- lavori: estate.
"""


def test_a_request_asks_for_what_it_names(tmp_path) -> None:
    answerer = answerer_over(tmp_path, {"borgoleto_piao-2026-2028.md": ARCHIVE, "valprova_piao-2026-2028.md": OTHER})
    # no interrogative, yet no yes/no question: a word the named plan lacks ("vecchie",
    # which another plan has) does not make the plan silent on the thing asked
    ans = answerer.answer("Mi servono tutte le fasi della digitalizzazione dell'archivio delle vecchie pratiche edilizie a Borgoleto")
    assert "non indica" not in ans.text
    assert "gennaio-maggio" in ans.text and "novembre-dicembre" in ans.text


def test_a_part_asking_a_figure_gets_the_figure(tmp_path) -> None:
    answerer = answerer_over(tmp_path, {"borgoleto_piao-2026-2028.md": ARCHIVE, "valprova_piao-2026-2028.md": OTHER})
    ans = answerer.answer("Quante pratiche edilizie vanno scansionate e caricate nel gestionale? e di che anni sono?")
    assert "350" in ans.text
    assert "1998" in ans.text


PRIORITIES = """# Comune di Valprova – PIAO 2026-2028

## 2.1 Valore pubblico

### Priorità strategiche

1. Territorio curato
2. Cultura diffusa
3. Partecipazione civica
4. Comunità solidale
5. Sicurezza urbana
6. Sport per tutti
7. Scuola e formazione
8. Casa e abitare
9. Mobilità dolce
10. Lavoro e imprese
11. Comune digitale
"""


def test_how_many_items_the_asker_expects_is_no_topic(tmp_path) -> None:
    answerer = answerer_over(tmp_path, {"valprova_piao-2026-2028.md": PRIORITIES, "borgoleto_piao-2026-2028.md": ARCHIVE})
    # "tutte e undici": a count in words says how many items are expected, not what about
    ans = answerer.answer("quali sono le priorità strategiche di Valprova? tutte e undici")
    assert "Territorio curato" in ans.text and "Comune digitale" in ans.text, ans.text


TREES = """# Comune di Borgoleto – PIAO 2026-2028

## Obiettivi di performance

### Obiettivo 7 – Censimento del verde pubblico

**Settore:** 05. Ambiente

**Responsabile:** arch. Lucia Ferrandi

**Motivazione:** rilievo delle alberature e delle aree a verde del Comune, con i dati pubblicati sul sito.

**Indicatori:**
- % aree a verde rilevate (target 100%)
- schede pubblicate sul sito (target 12)

### Obiettivo 8 – Nuovo regolamento edilizio

**Settore:** 04. Urbanistica e territorio

**Responsabile:** geom. Carlo Berra

**Motivazione:** aggiornare le norme sulle distanze e sulle altezze degli edifici.
"""


def test_a_word_derived_from_the_questions_noun_speaks_of_it(tmp_path) -> None:
    answerer = answerer_over(tmp_path, {"borgoleto_piao-2026-2028.md": TREES, "valprova_piao-2026-2028.md": PRIORITIES})
    # "alberi" in the question, "alberature" (its collective) in the plan
    ans = answerer.answer("Chi si occupa di contare gli alberi del comune di Borgoleto?")
    assert "Ferrandi" in ans.text and "Non ho trovato" not in ans.text, ans.text


def test_the_words_of_asking_are_no_topic(tmp_path) -> None:
    answerer = answerer_over(tmp_path, {"borgoleto_piao-2026-2028.md": TREES, "valprova_piao-2026-2028.md": PRIORITIES})
    # "li voglio", "far", "con i valori": how the asker wants the answer, not its topic
    ans = answerer.answer("Con quali indicatori si misura il censimento per far conoscere il verde di Borgoleto? "
                          "li voglio tutti con i valori")
    assert "100%" in ans.text and "12" in ans.text, ans.text


def test_an_act_asked_by_its_verb_is_named_by_its_noun(tmp_path) -> None:
    from tests.integration.test_transposed_tables import PLAN

    answerer = answerer_over(tmp_path, {"roccaviva_piao-2026-2028.md": PLAN, "valprova_piao-2026-2028.md": PRIORITIES})
    # "di ridurre i tempi" where the plan writes "Riduzione dei tempi": no absent thing
    ans = answerer.answer("Chi è il responsabile dell'obiettivo di ridurre i tempi dei permessi di costruire?")
    assert "non indica" not in ans.text and "Stradiotti" in ans.text, ans.text


def test_a_verb_of_aiming_asks_the_purpose(tmp_path) -> None:
    from tests.integration.test_transposed_tables import PLAN

    answerer = answerer_over(tmp_path, {"roccaviva_piao-2026-2028.md": PLAN, "valprova_piao-2026-2028.md": PRIORITIES})
    # ("quello che i volontari sanno fare": the light verb of a paraphrase, no topic)
    ans = answerer.answer("Cosa si prefigge l'obiettivo per tenere aperta la biblioteca valorizzando quello "
                          "che i volontari sanno fare?")
    assert "chiude il venerdì" in ans.text and "non indica" not in ans.text, ans.text


CHECKS = """# Comune di Borgoleto – PIAO 2026-2028

## Obiettivi di performance

### Obiettivo 9 – Controlli stradali

**Settore:** 06. Polizia locale

**Indicatori:**
- Controlli sui monopattini elettrici (target 40)
- Incremento delle sanzioni per sosta nei posti riservati. Dato partenza 2025: 120 sanzioni (target 130 sanzioni)
"""


def test_a_target_without_a_year_is_the_plans_first_years(tmp_path) -> None:
    answerer = answerer_over(tmp_path, {"borgoleto_piao-2026-2028.md": CHECKS, "valprova_piao-2026-2028.md": PRIORITIES})
    ans = answerer.answer("Quanti controlli sui monopattini elettrici vanno fatti nel 2026 per raggiungere il target?")
    assert "40" in ans.text and "non indica" not in ans.text, ans.text
    # a later year of the plan is not given
    ans = answerer.answer("Quanti controlli sui monopattini elettrici vanno fatti nel 2027 per raggiungere il target?")
    assert "non indica" in ans.text, ans.text


LANDSCAPE = """# Comune di Borgoleto – PIAO 2026-2028

## Obiettivi di performance

### Obiettivo 11 – Digitalizzazione del registro delle pratiche paesaggistiche

**Settore:** 04. Urbanistica e territorio

**Motivazione:** il registro delle pratiche paesaggistiche è ancora su carta; collegato alle pratiche edilizie darà
all'ufficio la storia completa di ciascun fabbricato.

**Indicatori:**
- 350 pratiche del registro da digitalizzare (350/350)
- % caricamento sul programma gestionale (target 100%)

### Obiettivo 12 – Autorizzazioni di suolo pubblico on line

**Settore:** 06. Polizia locale

**Motivazione:** le autorizzazioni per l'occupazione di suolo pubblico si chiedono solo allo sportello, nel
rispetto dei vincoli del codice della strada e del decoro del paesaggio urbano.
"""


def test_a_thing_in_the_askers_words_is_not_something_else(tmp_path) -> None:
    answerer = answerer_over(tmp_path, {"borgoleto_piao-2026-2028.md": LANDSCAPE, "valprova_piao-2026-2028.md": PRIORITIES})
    # "i vincoli sul paesaggio" paraphrases "paesaggistiche": the objective names the
    # question's other things (the register, the files), so it speaks of this one
    ans = answerer.answer("Quante pratiche del registro delle autorizzazioni per i vincoli sul paesaggio vanno "
                          "digitalizzate?")
    assert "350" in ans.text and "non indica" not in ans.text, ans.text


CONTACTS = """# Comune di Valprova – PIAO 2026-2028

## 1.1 Scheda anagrafica

Sede municipale: piazza del Comune 1 – telefono 0123 456789 – PEC protocollo@pec.valprova.it

## Obiettivi di performance

### Obiettivo 3 – Comando di polizia locale più vicino ai cittadini

**Settore:** 06. Polizia locale

**Motivazione:** apertura dello sportello del comando anche il sabato mattina.
"""


def test_a_request_names_the_thing_it_asks_for(tmp_path) -> None:
    answerer = answerer_over(tmp_path, {"valprova_piao-2026-2028.md": CONTACTS, "borgoleto_piao-2026-2028.md": ARCHIVE})
    # the plan gives a phone number, but not the command's: "mi dai il numero di
    # telefono del comando" asks for that thing, as "qual è il numero …" does
    ans = answerer.answer("mi dai il numero di telefono del comando della polizia locale di Valprova?")
    assert "non indica «telefono»" in ans.text, ans.text
