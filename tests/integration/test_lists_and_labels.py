"""Whole lists and labelled fields, on invented plans: a list a line announces, a list
a title enumerates, every deadline of a schedule, and a field asked by its label that
the objective leaves empty."""

from __future__ import annotations

from tests.integration.test_answering_steps import answerer_over

SERVICES_DESK = """# Comune di Valprova – PIAO 2026-2028

## Obiettivi operativi

##### Obiettivo 1 – Indagine di gradimento sullo sportello digitale Facile

- **Finalità:** Misurare la qualità percepita dello sportello.

Nel 2024 il Comune ha aperto lo sportello Facile, che aiuta chi ha poca familiarità con il digitale.
Lo sportello Facile è rivolto a chi necessita di supporto per:

- utilizzare lo SPID per accedere ai portali della pubblica amministrazione, con l'aiuto di un operatore;
- attivare la Carta di identità elettronica come credenziale digitale per i servizi in rete del Comune;
- presentare online le istanze dei servizi scolastici e sociali, allegando i documenti richiesti dal bando;
- scaricare gratuitamente i certificati anagrafici dall'Anagrafe nazionale della popolazione residente.

##### Obiettivo 2 – Processi digitali dello sportello Facile

- **Finalità:** Digitalizzare i processi dello sportello Facile.

Lo sportello Facile ha migliorato l'accessibilità dei servizi digitali del Comune.
"""


def test_a_list_a_line_announces_is_answered_whole_when_the_whole_list_is_asked(tmp_path) -> None:
    # "…? mi serve l'elenco completo" asks the first question's list, not a question of
    # its own; the items the line announces are the answer, all of them
    answerer = answerer_over(tmp_path, {"valprova_piao-2026-2028.md": SERVICES_DESK})
    text = answerer.answer("Lo sportello Facile per cosa aiuta? mi serve l'elenco completo").text
    for item in ("SPID", "Carta di identità", "istanze dei servizi scolastici", "certificati anagrafici"):
        assert item in text, text


CULTURE = """# Comune di Valprova – PIAO 2026-2028

## Obiettivi operativi

##### Obiettivo 4 – Confermare le iniziative culturali, quali la stagione concertistica, il concerto di Natale, il festival del libro e le rassegne teatrali

- **Responsabile gestionale:** Responsabile Area Cultura
- **Finalità:** Promuovere la cultura tra ragazzi e adulti.
- **Valore atteso:** Realizzare gli eventi programmati.

##### Obiettivo 5 – Manutenzione delle strade comunali

- **Responsabile gestionale:** Responsabile Area Tecnica
- **Finalità:** Strade più sicure.
"""


def test_a_list_the_objective_title_enumerates_is_shown_to_its_end(tmp_path) -> None:
    answerer = answerer_over(tmp_path, {"valprova_piao-2026-2028.md": CULTURE})
    text = answerer.answer("quali iniziative culturali vengono confermate? tutte per favore").text
    assert "festival del libro" in text and "rassegne teatrali" in text, text


BUDGET_CALENDAR = """# Comune di Valprova – PIAO 2026-2028

## Obiettivi operativi

##### Obiettivo 2 – Gestire con attenzione il ciclo del bilancio di previsione

- **Responsabile gestionale:** Responsabile Area Finanziaria
- **Finalità:** Rispettare le scadenze ministeriali del ciclo di bilancio.

| Fase | Tempistica |
|---|---|
| Invio ai responsabili di servizio dello schema di bilancio a legislazione vigente (bilancio tecnico), con la segnalazione degli eventuali squilibri da correggere | Entro il 15 settembre |
| I responsabili di servizio comunicano al servizio finanziario le previsioni di entrata e di spesa dei propri capitoli, motivando le variazioni | Entro il 5 ottobre |
| Il servizio finanziario predispone la versione finale del bilancio e la invia alla Giunta con una relazione sugli equilibri | Entro il 20 ottobre |
| La Giunta può chiedere ulteriori modifiche e integrazioni | Entro il 31 ottobre |
| Approvazione dello schema di bilancio e trasmissione al Consiglio | Entro il 15 novembre |
| Approvazione del bilancio da parte del Consiglio comunale | Entro il 31 dicembre |

##### Obiettivo 3 – Rete wifi pubblica

- **Responsabile gestionale:** Responsabile Area Tecnica
- **Finalità:** Estendere la copertura wifi; l'elemento successivo sarà l'estensione alle frazioni.
"""
DEADLINES = ("15 settembre", "5 ottobre", "20 ottobre", "31 ottobre", "15 novembre", "31 dicembre")


def test_the_deadlines_of_a_schedule_are_listed_whole(tmp_path) -> None:
    # a list of dated phases asked for: every phase with its deadline, each named by
    # its first words, in the plan's order
    answerer = answerer_over(tmp_path, {"valprova_piao-2026-2028.md": BUDGET_CALENDAR})
    text = answerer.answer("quali sono le scadenze per l'approvazione del bilancio?").text
    positions = [text.find(day) for day in DEADLINES]
    assert all(p >= 0 for p in positions) and positions == sorted(positions), text
    assert "Invio ai responsabili di servizio" in text


def test_the_later_deadlines_asked_after_the_first_are_the_same_schedule(tmp_path) -> None:
    # "… e quali sono le scadenze successive" points back to the schedule of the first
    # part ("successive"); "ai responsabili" names the recipients, not who is asked for
    answerer = answerer_over(tmp_path, {"valprova_piao-2026-2028.md": BUDGET_CALENDAR})
    text = answerer.answer("entro quando va inviato il bilancio tecnico ai responsabili e quali sono "
                           "le scadenze successive fino all'approvazione del consiglio?").text
    assert all(day in text for day in DEADLINES), text
    assert "wifi" not in text.casefold()


ENERGY = """# Comune di Valprova – PIAO 2026-2028

## Obiettivi operativi

##### Obiettivo 6 – Comunità energetica rinnovabile

- **Obiettivo strategico:** 3.2 Transizione energetica
- **Finalità:** Ridurre la spesa energetica delle famiglie con l'autoconsumo condiviso.
- **Valore atteso:** Adesione di almeno 80 utenze.

Monitorare lo studio di fattibilità della CER nel territorio comunale: l'incarico è stato conferito alla società Energia Nord spa nel 2025.

##### Obiettivo 7 – Illuminazione pubblica a LED

- **Responsabile gestionale:** Responsabile Area Tecnica
- **Finalità:** Ridurre i consumi dell'illuminazione pubblica.
"""


def test_a_field_asked_by_its_label_that_the_objective_leaves_empty_is_not_stated(tmp_path) -> None:
    # "il responsabile gestionale" is a field of the plan's records; the company a
    # phase entrusted with a study is not it: the plan does not state one
    answerer = answerer_over(tmp_path, {"valprova_piao-2026-2028.md": ENERGY})
    text = answerer.answer("Comunità energetica (CER): chi è il responsabile gestionale?").text
    assert "non indica" in text, text


STAFF_PLAN = """# Comune di Valprova – PIAO 2026-2028

## Organigramma

- Area 1 - Affari generali: dott.ssa Anna Verdi
- Area 2 - Servizi alla persona: dott. Marco Gialli

## Obiettivi operativi

##### Obiettivo 1 – Sportello di prossimità nelle frazioni

- **Settore:** Area 1 - Affari generali
- **Finalità:** Portare i servizi anagrafici nelle frazioni.
- **Personale coinvolto:** ROSSI Lucia (C1), BIANCHI Carlo (B3)

##### Obiettivo 2 – Informare i cittadini sui tributi locali

- **Settore:** Area 1 - Affari generali
- **Finalità:** Ridurre gli errori nei versamenti.
- **Personale coinvolto:** NERI Paola (C2)

##### Obiettivo 3 – Consiglio comunale dei ragazzi

- **Settore:** Area 2 - Servizi alla persona
- **Finalità:** Avvicinare i ragazzi alle istituzioni.
- **Personale coinvolto:** ROSSI Lucia (C1), VERDI Giulia (C3)

##### Obiettivo 4 – Revisione delle aree fabbricabili

- **Settore:** Area 1 - Affari generali
- **Finalità:** Aggiornare i valori delle aree ai fini IMU.
- **Personale coinvolto:** ROSSI Lucia (C1)
"""


def test_the_objectives_a_person_works_on_are_all_those_that_name_them(tmp_path) -> None:
    # the person the question names is staff of three objectives; retrieval finds the
    # passages by the question's words, the answer by the name: every objective
    answerer = answerer_over(tmp_path, {"valprova_piao-2026-2028.md": STAFF_PLAN})
    text = answerer.answer("Su quali obiettivi lavora la collega ROSSI Lucia?").text
    for title in ("Sportello di prossimità", "Consiglio comunale dei ragazzi", "Revisione delle aree fabbricabili"):
        assert title in text, text
    assert "tributi locali" not in text
    # asked with a second question in it ("in che obiettivi …, e chi …"): both parts
    text = answerer.answer("Bianchi Carlo in che obiettivi è coinvolto e chi è il titolare del suo settore?").text
    assert "Sportello di prossimità" in text and "Anna Verdi" in text, text


TWO_OBJECTIVES = """# Comune di Valprova – PIAO 2026-2028

## Obiettivi operativi

##### OP-03 – Tempestività dei pagamenti delle fatture commerciali

- **Settore:** Area Finanziaria
- **Peso:** 10
- **Scadenza:** 31/01/2027
- **Finalità:** Pagare le fatture entro 30 giorni dal ricevimento.

##### OP-04 – Recupero degli insoluti della refezione e del trasporto scolastico

- **Settore:** Area Finanziaria
- **Peso:** 9
- **Scadenza:** 31/12/2026
- **Finalità:** Ridurre le posizioni non pagate delle famiglie.

##### OP-05 – Manutenzione del verde pubblico

- **Settore:** Area Tecnica
- **Peso:** 8
- **Scadenza:** 30/11/2026
- **Finalità:** Parchi curati e sicuri.
"""


def test_two_objectives_compared_on_one_attribute_get_a_line_each(tmp_path) -> None:
    # "pesa di più A o B?" names two objectives of one plan: the answer gives the
    # attribute of each, whichever the question's words match best
    answerer = answerer_over(tmp_path, {"valprova_piao-2026-2028.md": TWO_OBJECTIVES})
    text = answerer.answer("Pesa di più l'obiettivo sui tempi di pagamento delle fatture "
                           "o quello sugli insoluti scolastici?").text
    assert "Tempestività dei pagamenti" in text and "Recupero degli insoluti" in text, text
    assert "10" in text and "9" in text
    text = answerer.answer("tra il recupero degli insoluti e il verde pubblico quale obiettivo finisce prima?").text
    assert "31/12/2026" in text and "30/11/2026" in text, text


def test_a_comparison_is_told_from_a_thing_named_again(tmp_path) -> None:
    from tests.integration.test_answering_steps import frame_of

    answerer = answerer_over(tmp_path, {"valprova_piao-2026-2028.md": TWO_OBJECTIVES})
    for question in ("Pesa di più l'obiettivo sulle fatture o quello sugli insoluti?",
                     "I due obiettivi dell'Area Finanziaria hanno la stessa scadenza?",
                     "tra le fatture e gli insoluti quale obiettivo finisce prima?"):
        assert frame_of(answerer, question).versus, question
    # "la stessa area" points back to a thing named before; nothing is compared
    assert not frame_of(answerer, "Chi segue le fatture, e quali altri obiettivi ha la stessa area?").versus


INTERIM_BY_ROLE = """# Comune di Valprova – PIAO 2026-2028

## Organigramma

| Settore | Responsabile |
|---|---|
| Area Affari generali | dott.ssa Anna Verdi |
| Area Servizi alla persona | Segretario comunale (ad interim) |

## Obiettivi operativi

| Codice | Obiettivo | Settore |
|---|---|---|
| OP-08 | Potenziamento dell'assistenza domiciliare per anziani | Servizi alla persona |

##### OP-08 – Potenziamento dell'assistenza domiciliare per anziani

- **Settore / Responsabile:** Area Servizi alla persona – Segretario comunale (ad interim)
- **Finalità:** Azzerare la lista d'attesa del servizio di assistenza domiciliare.

## Anticorruzione

Il Responsabile della prevenzione della corruzione e della trasparenza è il Segretario comunale, dott.ssa Laura Bassi, nominata con decreto del Sindaco.
"""


def test_the_person_asked_for_an_office_held_by_a_role_is_the_one_the_plan_names_in_it(tmp_path) -> None:
    # "il nome della persona" asks for a person; the objective's office is held by the
    # Segretario (ad interim), whom a sentence elsewhere in the plan names
    answerer = answerer_over(tmp_path, {"valprova_piao-2026-2028.md": INTERIM_BY_ROLE})
    text = answerer.answer("mi serve il nome della persona responsabile dell'obiettivo "
                           "sull'assistenza domiciliare agli anziani").text
    assert "Laura Bassi" in text, text


ARCHIVE_A = """# Comune di Valprova – PIAO 2026-2028

## Obiettivi operativi

##### Obiettivo 2 – Nuovo manuale di gestione documentale

- **Settore:** Area Affari generali
- **Descrizione:** Aggiornare il manuale di gestione documentale. Il servizio di conservazione digitale è affidato alla ditta Archivio Sicuro S.r.l., conservatore qualificato.
- **Indicatore:** Tasso di fascicolazione – target 95%
"""
ARCHIVE_B = """# Comune di Roverella – PIAO 2026-2028

## Obiettivi operativi

##### Obiettivo 5 – Conservazione digitale dei documenti informatici

- **Settore:** Area Servizi generali
- **Descrizione:** Affidamento del servizio di conservazione digitale dei documenti, per una spesa di € 12.000,00 all'anno.
- **Indicatore:** Documenti inviati in conservazione – target 100%
"""


def test_a_cost_asked_of_a_company_the_question_names_is_that_companys(tmp_path) -> None:
    # "quanto paghiamo a X" asks an amount; the objective that names X states none,
    # and another plan's cost for a similar service is not X's
    answerer = answerer_over(tmp_path, {"valprova_piao-2026-2028.md": ARCHIVE_A,
                                        "roverella_piao-2026-2028.md": ARCHIVE_B})
    text = answerer.answer("Quanto paghiamo ad Archivio Sicuro per il servizio di conservazione digitale?").text
    assert "non indica" in text and "12.000" not in text, text


SHARED_OBJECTIVE = """# Comune di Valprova – PIAO 2026-2028

## Organigramma

- Settore Tecnico – Lavori pubblici e manutenzioni: ing. Paolo Neri
- Settore Urbanistica ed edilizia privata: arch. Giulia Rossi
- Area Polizia Locale: comm. Sara Bruni

## Obiettivi operativi

| Codice | Obiettivo | Settore |
|---|---|---|
| OP-06 | Piano per l'eliminazione delle barriere architettoniche (PEBA) | Tecnico / Urbanistica |

##### OP-09 – Aggiornamento del piano comunale di protezione civile

- **Settore:** Settore Tecnico – Lavori pubblici e manutenzioni, in collaborazione con Area Polizia Locale
- **Finalità:** Aggiornare gli scenari di rischio idraulico.
"""


def test_an_objective_of_several_offices_names_each_ones_head(tmp_path) -> None:
    # an office value that joins two offices ("Tecnico / Urbanistica", "…, in
    # collaborazione con …"), each named by the first words of its name: both heads
    answerer = answerer_over(tmp_path, {"valprova_piao-2026-2028.md": SHARED_OBJECTIVE})
    text = answerer.answer("Quali settori seguono il piano per l'eliminazione delle barriere "
                           "architettoniche e chi ne sono i responsabili?").text
    assert "Paolo Neri" in text and "Giulia Rossi" in text, text
    text = answerer.answer("Per l'aggiornamento del piano di protezione civile collabora un'altra area: "
                           "chi ne è il responsabile?").text
    assert "Sara Bruni" in text, text
