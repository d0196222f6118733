"""An office's staff count, on invented plans: the hop objective → office → how many
people it has, whichever shape the plan gives the count in (an org-chart column, the
org-chart line, a sentence sharing the staff out)."""

from __future__ import annotations

from tests.integration.test_answering_steps import answerer_over

_OBJECTIVES = """
Obiettivi operativi

Obiettivo 1 – Raccolta differenziata porta a porta nelle frazioni
Settore: {waste}
Finalità: Estendere la raccolta porta a porta alle frazioni collinari entro l'estate.

Obiettivo 2 – Nuovo regolamento dei contributi alle associazioni
Settore: {grants}
Finalità: Criteri chiari e pubblici per i contributi alle associazioni sportive.
"""

TABLE_CHART = """COMUNE DI VALPROVA
PIAO 2026-2028

Struttura organizzativa

Settore\tResponsabile\tServizi\tN. dipendenti
Settore Ambiente e Territorio\tarch. Lucia Ferrandelli\tEcologia; verde pubblico; rifiuti\t6
Settore Servizi Sociali e Cultura\tdott. Renato Bigoni\tServizi sociali; cultura; sport\t9
""" + _OBJECTIVES.format(waste="Settore Ambiente e Territorio", grants="Settore Servizi Sociali e Cultura")

LINE_CHART = """COMUNE DI VALPROVA
PIAO 2026-2028

Struttura organizzativa

Settore Ambiente e Territorio – Responsabile: arch. Lucia Ferrandelli - dipendenti assegnati: 6
Settore Servizi Sociali e Cultura – Responsabile: dott. Renato Bigoni - dipendenti assegnati: 9
""" + _OBJECTIVES.format(waste="Settore Ambiente e Territorio", grants="Settore Servizi Sociali e Cultura")

PROSE_SHARE = """COMUNE DI VALPROVA
PIAO 2026-2028

Dotazione di personale

Al 31/12/2025 prestano servizio 15 dipendenti. Il personale è così ripartito: Area Ambiente e Territorio 6 unità; Area Servizi Sociali e Cultura 9 unità, compresa l'assistente sociale.
""" + _OBJECTIVES.format(waste="Area Ambiente e Territorio", grants="Area Servizi Sociali e Cultura")


PROSE_SUBJECT = """COMUNE DI VALPROVA
PIAO 2026-2028

Struttura organizzativa

L'Area Ambiente e Territorio, diretta dall'arch. Lucia Ferrandelli, comprende l'Ufficio Ecologia, il Servizio Verde pubblico e la squadra operai e conta 6
dipendenti, di cui 3 operai. L'Area Servizi Sociali e Cultura, diretta dal dott. Renato Bigoni, conta 9 dipendenti.
""" + _OBJECTIVES.format(waste="Area Ambiente e Territorio", grants="Area Servizi Sociali e Cultura")


def _asks(plan: str, tmp_path) -> str:  # type: ignore[no-untyped-def]
    answerer = answerer_over(tmp_path, {"valprova_piao-2026-2028.txt": plan})
    text = answerer.answer("Quanti dipendenti ha il settore che si occupa della raccolta porta a porta?").text
    assert "non indica" not in text, text  # (the count is stated: not "the plan does not say")
    return text


def test_the_staff_of_the_office_an_objective_names_comes_from_the_org_chart_column(tmp_path) -> None:
    text = _asks(TABLE_CHART, tmp_path)
    assert "6" in text and "Ambiente e Territorio" in text and "9" not in text, text


def test_the_staff_of_the_office_an_objective_names_comes_from_the_org_chart_line(tmp_path) -> None:
    text = _asks(LINE_CHART, tmp_path)
    assert "6" in text and "Ambiente e Territorio" in text and "9" not in text, text


def test_the_staff_of_the_office_an_objective_names_comes_from_a_sentence_sharing_it_out(tmp_path) -> None:
    text = _asks(PROSE_SHARE, tmp_path)
    assert "6 unità" in text and "9 unità" not in text, text


def test_an_office_named_directly_is_answered_with_its_staff(tmp_path) -> None:
    answerer = answerer_over(tmp_path, {"valprova_piao-2026-2028.txt": TABLE_CHART})
    text = answerer.answer("quante persone lavorano nel settore servizi sociali e cultura?").text
    assert "conta 9 dipendenti" in text, text


def test_two_offices_compared_on_their_staff_get_a_count_each(tmp_path) -> None:
    answerer = answerer_over(tmp_path, {"valprova_piao-2026-2028.txt": LINE_CHART})
    text = answerer.answer("Ha più personale il settore ambiente e territorio o il settore servizi sociali?").text
    assert "conta 6 dipendenti" in text and "conta 9 dipendenti" in text, text


def test_a_staff_count_asked_after_the_subject_is_asked_as_much(tmp_path) -> None:
    # ("di quanti dipendenti dispone" after the office the question names first)
    answerer = answerer_over(tmp_path, {"valprova_piao-2026-2028.txt": TABLE_CHART})
    text = answerer.answer("il settore servizi sociali e cultura di quanti dipendenti dispone?").text
    assert "conta 9 dipendenti" in text and "non indica" not in text, text


def test_a_staff_count_asked_beside_another_ask_is_one_part_of_two(tmp_path) -> None:
    # (the whole question asks who and how many: the count alone would not answer it)
    answerer = answerer_over(tmp_path, {"valprova_piao-2026-2028.txt": TABLE_CHART})
    text = answerer.answer("la raccolta porta a porta a chi fa capo? e quanti dipendenti ha quel settore?").text
    assert "Ferrandelli" in text and "6" in text, text

UNIT_CHART = """COMUNE DI VALPROVA
PIAO 2026-2028

Struttura organizzativa

SETTORE I – AMBIENTE E TERRITORIO (Resp. arch. Lucia Ferrandelli) – totale 6 unità
SETTORE II – SERVIZI SOCIALI E CULTURA (Resp. dott. Renato Bigoni) – totale 9 unità
""" + _OBJECTIVES.format(waste="Settore I", grants="Settore II")


def test_a_staff_count_repeats_the_noun_the_org_chart_counts_with(tmp_path) -> None:
    # ("totale 6 unità" answered "6 dipendenti" would not be the words the citation shows)
    answerer = answerer_over(tmp_path, {"valprova_piao-2026-2028.txt": UNIT_CHART})
    text = answerer.answer("quante persone lavorano nel settore ambiente e territorio?").text
    assert "conta 6 unità" in text and "9" not in text, text


ROLE_HEADED = """# Comune di Valprova – PIAO 2026-2028

## Struttura organizzativa

Il coordinamento dei Responsabili è assicurato dal Segretario comunale dott.ssa Ornella Vighi, che svolge anche le funzioni di RPCT.

| Settore | Responsabile | Servizi |
|---|---|---|
| Settore Ambiente e Territorio | arch. Lucia Ferrandelli | Ecologia; verde pubblico |
| Settore Servizi Sociali e Cultura | Segretario comunale (ad interim) | Servizi sociali; cultura; sport |
| Polizia Locale | Comandante Mario Bestetti | Viabilità; vigilanza |

## Obiettivi operativi

### Obiettivo 1 – Nuovo regolamento dei contributi alle associazioni
- **Settore:** Settore Servizi Sociali e Cultura
- **Finalità:** Criteri chiari e pubblici per i contributi alle associazioni sportive.

### Obiettivo 2 – Controlli della velocità sulle strade provinciali
- **Settore:** Polizia Locale
- **Finalità:** Meno incidenti sulle strade che attraversano il paese.
"""


def test_an_office_headed_by_a_role_is_answered_with_the_person_the_plan_names_in_that_role(tmp_path) -> None:
    # a vacant office held ad interim: the org chart names the role, the plan's prose
    # names who has it
    answerer = answerer_over(tmp_path, {"valprova_piao-2026-2028.md": ROLE_HEADED})
    text = answerer.answer("chi è il responsabile, con nome e cognome, del regolamento dei contributi alle associazioni?").text
    assert "Vighi" in text and "Ferrandelli" not in text, text
    text = answerer.answer("chi dirige il settore servizi sociali e cultura?").text
    assert "Vighi" in text, text


def test_the_objectives_of_a_person_asked_by_role_include_the_office_they_hold_by_role(tmp_path) -> None:
    # ("la segretaria": the role in either gender; the org chart gives the office to the
    # role, a sentence gives the role to the person)
    answerer = answerer_over(tmp_path, {"valprova_piao-2026-2028.md": ROLE_HEADED})
    text = answerer.answer("quali obiettivi fanno capo alla segretaria comunale?").text
    assert "Vighi" in text and "regolamento dei contributi" in text and "velocità" not in text, text


def test_a_later_part_that_names_nobody_asks_the_objectives_of_the_role_the_first_part_names(tmp_path) -> None:
    # ("e quali obiettivi segue?": the subject is the one the part before named, by role)
    answerer = answerer_over(tmp_path, {"valprova_piao-2026-2028.md": ROLE_HEADED})
    text = answerer.answer("la segretaria comunale da quando coordina i responsabili e quali obiettivi segue?").text
    assert "regolamento dei contributi" in text and "velocità" not in text, text


def test_a_head_written_after_their_role_is_the_office_head(tmp_path) -> None:
    answerer = answerer_over(tmp_path, {"valprova_piao-2026-2028.md": ROLE_HEADED})
    text = answerer.answer("chi è il responsabile dei controlli della velocità?").text
    assert "Bestetti" in text, text


def test_the_staff_of_an_office_is_read_in_the_sentence_it_is_the_subject_of(tmp_path) -> None:
    # (the count closes a long sentence, wrapped over two lines, that other offices' names run through)
    text = _asks(PROSE_SUBJECT, tmp_path)
    assert "conta 6 dipendenti" in text and "9 dipendenti" not in text, text


STAFF_TOTAL = """COMUNE DI VALPROVA
PIAO 2026-2028

Struttura organizzativa

Nell'Ufficio Tributi del Comune, che cura IMU e TARI, lavorano 4 dipendenti del Comune a tempo pieno.
L'Ufficio Anagrafe del Comune conta 3 dipendenti.
Al 1° gennaio 2026 l'Ente dispone complessivamente di 41 dipendenti a tempo indeterminato.
"""


def test_a_total_asked_is_the_largest_figure_stated_of_the_thing_counted(tmp_path) -> None:
    answerer = answerer_over(tmp_path, {"valprova_piao-2026-2028.txt": STAFF_TOTAL})
    text = answerer.answer("quanti dipendenti ha il comune in tutto?").text
    assert text.split("]: ", 1)[-1].startswith("Al 1° gennaio 2026") and "41 dipendenti" in text, text


PROSE_OBJECTIVES = """# Comune di Valprova – PIAO 2026-2028

## Organizzazione

L'Area 1 – Affari Generali e Servizi Demografici, diretta dalla dott.ssa Irene Colombera, comprende la Segreteria,
il Protocollo e i Servizi Demografici, con 8 dipendenti.

L'Area 2 – Servizi alla Persona, diretta dal dott. Renato Bigoni, comprende i Servizi Sociali e la Biblioteca
civica e conta 12 dipendenti.

## Obiettivi operativi 2026

### Ob. 1 – Carta d'identità elettronica senza attese

Il tempo medio di attesa allo sportello è stato nel 2025 di 35 minuti. Dal 2026 il rilascio avviene solo
su prenotazione. La responsabilità è dei Servizi Demografici.

### Ob. 2 – Telesoccorso per gli anziani soli

Gli anziani che vivono soli sono 290. L'obiettivo estende il telesoccorso a tutte le famiglie che ne fanno
richiesta. È affidato all'Area Servizi alla Persona.

### Ob. 3 – Biblioteca aperta la domenica

Responsabile: il Responsabile dell'Area Servizi alla Persona. La biblioteca civica apre anche la domenica
mattina da marzo 2026, con i volontari del servizio civile.
"""


def test_the_office_an_objective_in_prose_is_entrusted_to_gives_its_staff(tmp_path) -> None:
    """A prose objective names its office in a sentence ("È affidato all'Area X", "La
    responsabilità è dei Servizi Y"): the hop to the office's staff goes through it."""
    answerer = answerer_over(tmp_path, {"valprova_piao-2026-2028.md": PROSE_OBJECTIVES})
    text = answerer.answer("Quanti dipendenti ha l'area che porta avanti il telesoccorso per gli anziani soli?").text
    assert "12 dipendenti" in text and "8 dipendenti" not in text, text
    # ("dei Servizi Demografici" names the service of Area 1, not "Area 2 – Servizi alla
    # Persona" by a joining word and the first word of its name)
    text = answerer.answer("Quanti dipendenti ha l'area che si occupa della carta d'identità senza attese?").text
    assert "8 dipendenti" in text and "12 dipendenti" not in text, text


def test_a_head_named_by_office_in_running_prose_is_the_person_heading_that_office(tmp_path) -> None:
    """"Responsabile: il Responsabile dell'Area X. La biblioteca …": the office's name
    ends with its sentence, so the org chart's head of that office is found."""
    answerer = answerer_over(tmp_path, {"valprova_piao-2026-2028.md": PROSE_OBJECTIVES})
    text = answerer.answer("Chi è, con nome e cognome, il responsabile della biblioteca aperta la domenica?").text
    assert "Bigoni" in text and "non indica" not in text, text


COLLOQUIAL_CHART = """COMUNE DI SASSOFERRO ALTO
PIAO 2026-2028

Struttura organizzativa

Settore\tResponsabile\tN. dipendenti
Settore 1 – Affari generali\tdott. Gino Marcuzzi\t7
Settore 2 – Polizia locale\tcomm. Ada Rinaldin\t12
Settore 3 – Ambiente e Territorio\tarch. Sara Pellizzon\t5
"""


def test_offices_named_colloquially_are_compared_by_their_staff(tmp_path) -> None:
    # "i vigili" is what people call the Polizia locale; "ci sono più dipendenti" asks
    # the staff as "ha più dipendenti" does
    answerer = answerer_over(tmp_path, {"sassoferro-alto_piao-2026-2028.txt": COLLOQUIAL_CHART})
    text = answerer.answer("Ci sono più dipendenti nei vigili o nel settore ambiente e territorio?").text
    assert "12" in text and "5 dipendenti" in text, text
    assert "7 dipendenti" not in text, text


KIND_CHART = """COMUNE DI PIANELLO ALTO
PIAO 2026-2028

Struttura organizzativa

Area\tTitolare di EQ\tN. dipendenti
Area 1 – Amministrativa\tdott. Aldo Ceccarini\t6
Area 2 – Tecnica\tgeom. Lia Bartolini\t9
Area 3 – Servizi alla persona\tdott.ssa Nora Giuliani\t4
"""


def test_an_office_named_by_another_kind_word_is_compared_by_its_staff(tmp_path) -> None:
    # "l'ufficio tecnico" is what people call the "Area 2 – Tecnica": the kind word is
    # interchangeable, the word of substance agrees with it
    answerer = answerer_over(tmp_path, {"pianello-alto_piao-2026-2028.txt": KIND_CHART})
    text = answerer.answer("Ha più dipendenti l'ufficio tecnico o l'area servizi alla persona?").text
    assert "9 dipendenti" in text and "4 dipendenti" in text, text


def test_the_office_with_most_staff_is_read_off_the_whole_chart(tmp_path) -> None:
    from tests.integration.test_weight_totals import PLAN

    answerer = answerer_over(tmp_path, {"valdorsa_piao-2026-2028.txt": PLAN})
    text = answerer.answer("Chi guida il settore con più dipendenti?").text
    assert "LAVORI PUBBLICI conta 6 unità" in text and "Ferraguti" in text and "tra 4" in text, text
    text = answerer.answer("qual è il settore con meno personale?").text
    assert "URBANISTICA ED EDILIZIA conta 2 unità" in text and "6 unità" not in text, text
    # (a person named narrows the offices to theirs; the few compared are each given)
    text = answerer.answer("Dei due settori dell'ing. Ferraguti quale ha più personale?").text
    assert text.index("6 unità") < text.index("2 unità") and "5 unità" not in text, text


def test_an_office_asked_in_two_plans_is_answered_in_each(tmp_path) -> None:
    # the same office named in two plans: each plan's org chart gives its own count
    other = TABLE_CHART.replace("VALPROVA", "ROCCAFORTINA").replace("\t9\n", "\t4\n").replace("\t6\n", "\t3\n")
    answerer = answerer_over(tmp_path, {"valprova_piao-2026-2028.txt": TABLE_CHART,
                                        "roccafortina_piao-2026-2028.txt": other})
    text = answerer.answer("quanti dipendenti ha il settore servizi sociali e cultura a valprova e a roccafortina?").text
    assert "conta 9 dipendenti" in text and "conta 4 dipendenti" in text, text
