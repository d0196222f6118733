"""The shared text toolkit (`ingest.text`): each normaliser's job, the measures and
the list items."""

from __future__ import annotations

import json

import pytest

from ingest.models import FieldSource, Indicator, ObjectiveRecord, Phase, Unit, UnitKind
from ingest.text import (
    ELIDED_PARTICLES,
    FILE_NAME_GENERIC_WORDS,
    PUBLIC_BODY_WORDS,
    FILE_NAME_NOISE,
    INTENT_GENERIC_WORDS,
    ITALIAN_STOPWORDS,
    ITEM_SEP,
    LIST_FIELDS,
    MENTION_STOP_WORDS,
    OFFICE_KIND_WORDS,
    PLACE_MENTION_RE,
    PLACE_PARTICLES,
    PREPOSITIONS,
    QUESTION_GENERIC_WORDS,
    TAG_QUALIFIERS,
    Field,
    clean_text,
    collapse_lower,
    drop_whitespace,
    edit_distance,
    fold_ascii,
    fold_code,
    fold_label,
    fold_name,
    fold_name_word,
    fold_phrase,
    fold_token,
    fold_value,
    fold_words,
    has_detail,
    is_bullet,
    is_near,
    join_items,
    join_pair,
    n_letters,
    normalize_place_name,
    parse_file_name,
    place_mention_re,
    split_items,
    split_pair,
    squash_quote,
    strip_accents,
    truncate,
    upper_ratio,
)

pytestmark = pytest.mark.unit


# -- normalisers ------------------------------------------------------------------------------
def test_clean_text_drops_markup_and_collapses_spaces() -> None:
    assert clean_text("  <b>Settore</b>  **Tributi** &amp;\n servizi ") == "Settore Tributi & servizi"


def test_strip_accents_keeps_case() -> None:
    assert strip_accents("Città PERÒ è") == "Citta PERO e"
    assert strip_accents("ﬁne") == "fine"  # NFKD also splits ligatures


def test_fold_label_is_an_upper_case_key_without_punctuation() -> None:
    assert fold_label("Responsabile dell'obiettivo:") == "RESPONSABILE DELL OBIETTIVO"
    assert fold_label("  Attività  n°3 - 50% ") == "ATTIVITA N°3 50%"
    assert fold_label("") == ""


def test_fold_token_lowers_without_casefolding() -> None:
    assert fold_token("Attività") == "attivita"
    assert fold_token("Straße") == "straße"  # lower(), not casefold(): ß stays


def test_fold_words_drops_leading_zeros() -> None:
    assert fold_words("Obiettivo 03 – Qualità 2025") == ["obiettivo", "3", "qualita", "2025"]
    assert fold_words(None) == []


def test_fold_value_compares_whole_values() -> None:
    assert fold_value("  Città di Prova ") == "citta di prova"
    assert fold_value("Straße") == "strasse"  # casefold(): ß becomes ss
    assert fold_value("Borgo d'Esempio") == "borgo d'esempio"  # punctuation kept


def test_fold_name_keeps_words_and_drops_apostrophes() -> None:
    assert fold_name("Borgo D’Esempio") == "borgo desempio"
    assert fold_name("San-Prova (MI), 2024") == "san prova mi 2024"


def test_fold_name_word_strips_edge_apostrophes_only() -> None:
    assert fold_name_word("'Niccolò'") == "niccolo"
    assert fold_name_word("D’Amato") == "d’amato"


def test_fold_phrase_keeps_apostrophes_dots_and_percent() -> None:
    assert fold_phrase("Dott.ssa  D’Amato, 100%") == "dott . ssa d'amato 100 %"


def test_fold_code_joins_parts_with_dots() -> None:
    assert fold_code("OO-1.2 / a") == "oo.1.2.a"
    assert fold_code("--3--") == "3"


def test_fold_ascii_transliterates_and_drops_the_rest() -> None:
    assert fold_ascii("Perché") == "perche"
    assert fold_ascii("Straße") == "strasse"
    assert fold_ascii("l'œuvre!") == "loeuvre"


def test_squash_quote_ignores_spacing_case_and_escaped_ampersands() -> None:
    assert squash_quote(" Ricerca &amp;\n  SVILUPPO ") == "ricerca & sviluppo"


def test_collapse_lower_is_the_eval_readmes_n() -> None:
    assert collapse_lower("  Il  Settore\tTributi\n") == "il settore tributi"


def test_drop_whitespace_removes_every_space() -> None:
    assert drop_whitespace(" a b\tc\nd ") == "abcd"


def test_normalisers_are_distinct_jobs() -> None:
    """One input, one result per job: the differences are what each is for."""
    text = " Straße  D’Esempio &amp; n. 5% "
    assert {
        "label": fold_label(text),
        "token": fold_token(text),
        "value": fold_value(text),
        "name": fold_name(text),
        "phrase": fold_phrase(text),
        "ascii": fold_ascii(text),
        "quote": squash_quote(text),
        "eval": collapse_lower(text),
        "clean": clean_text(text),
    } == {
        "label": "STRA E D ESEMPIO AMP N 5%",
        "token": " straße  d’esempio &amp; n. 5% ",
        "value": "strasse  d’esempio &amp; n. 5%",
        "name": "strasse desempio amp n 5",
        "phrase": "strasse d'esempio amp n . 5 %",
        "ascii": "strassedesempioampn5",
        "quote": "strasse d’esempio & n. 5%",
        "eval": "straße d’esempio &amp; n. 5%",
        "clean": "Straße D’Esempio & n. 5%",
    }


# -- measures ---------------------------------------------------------------------------------
def test_truncate_cuts_at_a_word_boundary() -> None:
    assert truncate("breve") == "breve"
    assert truncate("uno due tre quattro cinque", 12) == "uno due tre…"
    assert len(truncate("x" * 200)) == 80


def test_edit_distance_counts_swaps_as_one_edit() -> None:
    assert edit_distance("OBIETTIVO", "OBIETITVO") == 1
    assert edit_distance("RESPONSABILE", "RESPONSABLE") == 1
    assert edit_distance("ABCDEFGH", "HGFEDCBA", cap=3) == 4  # stopped above the cap
    assert is_near("OBIETTIVO", "OBITTIVO", 1)
    assert not is_near("OBIETTIVO", "OBIETTIVI OPERATIVI", 2)


def test_letter_measures() -> None:
    assert upper_ratio("ABc1") == pytest.approx(2 / 3)
    assert upper_ratio("123") == 0.0
    assert n_letters("a1 b-c") == 3


def test_is_bullet() -> None:
    assert is_bullet("- voce") and is_bullet("• voce") and is_bullet("2) voce") and is_bullet("b) voce")
    assert not is_bullet("2024) anno") and not is_bullet("-voce")


# -- list items -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "items",
    [
        [],
        ["Analisi"],
        ["Analisi dei processi — entro marzo 2026", "Report finale"],
        ["Front-office e back-office", "Tempo medio - pratiche — 30 giorni"],  # dashes inside
        ["Avvio — fase 1 — fase 2 — dicembre"],  # the separator itself inside an item
    ],
)
def test_items_round_trip(items: list[str]) -> None:
    assert split_items(join_items(items)) == items


def test_join_items_skips_empty_items_and_split_items_blank_lines() -> None:
    assert join_items(["a", "", "b"]) == "a\nb"
    assert join_items([]) == ""
    assert split_items("  a \n\n \n b") == ["a", "b"]
    assert split_items("") == split_items(None) == []


@pytest.mark.parametrize(
    ("text", "detail"),
    [("Report", "entro marzo"), ("Tempo medio - pratiche", "30 giorni"), ("Avvio — fase 1", "dicembre")],
)
def test_pair_round_trip(text: str, detail: str) -> None:
    item = join_pair(text, detail)
    assert item == f"{text}{ITEM_SEP}{detail}" and has_detail(item)
    assert split_pair(item) == (text, detail)  # the detail is after the last separator


def test_pair_without_detail() -> None:
    assert join_pair("Report", None) == join_pair("Report", "") == "Report"
    assert not has_detail("Report - bozza")  # a hyphen is not the separator
    assert split_pair("Report - bozza") == ("Report - bozza", "")
    assert join_pair("", "entro marzo") == " — entro marzo"  # a detail is never dropped


def test_split_pair_at_the_first_separator() -> None:
    assert split_pair("n. moduli — 2 — 2026", first=True) == ("n. moduli", "2 — 2026")
    assert split_pair("n. moduli — 2 — 2026") == ("n. moduli — 2", "2026")


# -- word lists -------------------------------------------------------------------------------
def test_stopwords_are_written_as_the_index_folds_them() -> None:
    assert {w for w in ITALIAN_STOPWORDS if fold_ascii(w) != w} == set()
    assert {"il", "della", "perche", "essere"} <= ITALIAN_STOPWORDS


@pytest.mark.parametrize(
    "words",
    [QUESTION_GENERIC_WORDS, INTENT_GENERIC_WORDS, FILE_NAME_GENERIC_WORDS, FILE_NAME_NOISE,
     PLACE_PARTICLES, MENTION_STOP_WORDS, PREPOSITIONS, OFFICE_KIND_WORDS],
)
def test_lower_case_lists_are_lower_case(words: frozenset[str]) -> None:
    assert words and all(w == w.casefold() and w.strip() == w and w for w in words)


def test_lists_match_the_forms_they_are_checked_against() -> None:
    assert all(fold_name(w) == w for w in FILE_NAME_GENERIC_WORDS | OFFICE_KIND_WORDS | PUBLIC_BODY_WORDS)
    assert PUBLIC_BODY_WORDS <= FILE_NAME_GENERIC_WORDS  # a body's kind names no municipality
    assert all(w == w.upper() for w in TAG_QUALIFIERS)
    assert all(p.endswith("'") for p in ELIDED_PARTICLES)
    # a particle ends a place name's mention but never a place name's word
    assert not PLACE_PARTICLES & {"comune", "citta"}


# -- patterns ---------------------------------------------------------------------------------
def test_place_mention_finds_an_unknown_name_as_written() -> None:
    text = "COMUNE DI BORGO NUOVO\nIl Comune di Villa d'Esempio intende … la città di Prova"
    found = [(m.group("kind"), m.group("name")) for m in PLACE_MENTION_RE.finditer(text)]
    assert found == [("COMUNE", "BORGO NUOVO"), ("Comune", "Villa d'Esempio"), ("città", "Prova")]
    # "di" must follow on the same line; the name may start on the next one
    assert PLACE_MENTION_RE.search("Comune\ndi Prova") is None
    assert PLACE_MENTION_RE.search("Comune di\n  Prova").group("name") == "Prova"


def test_place_mention_of_a_known_name_ignores_case_and_spacing() -> None:
    pattern = place_mention_re(r"Borgo[\s'’]*d[\s'’]*Esempio")
    text = "CITTA' DI BORGO D'ESEMPIO, comune  di  borgo d’esempio, Comune di Borgo d'Esempione"
    assert [m.group(0) for m in pattern.finditer(text)] == [
        "CITTA' DI BORGO D'ESEMPIO", "comune  di  borgo d’esempio",
    ]


def test_normalize_place_name() -> None:
    assert normalize_place_name("BORGO D'ESEMPIO") == "Borgo d'Esempio"
    assert normalize_place_name("villa sull’argine ") == "Villa sull'Argine"
    assert normalize_place_name("CASTEL DI PROVA S/T") == "Castel di Prova S/T"


def test_file_name_convention() -> None:
    parts = parse_file_name("borgo-nuovo_piao-2024-2026_obiettivi-operativi.pdf")
    assert (parts.stem, parts.head, parts.parts) == (
        "borgo-nuovo_piao-2024-2026_obiettivi-operativi",
        "borgo-nuovo",
        ("borgo-nuovo", "piao-2024-2026", "obiettivi-operativi"),
    )
    assert parts.place == parts.head_word == "borgo-nuovo"


def test_file_names_off_the_convention() -> None:
    spaced = parse_file_name("Piano Prova 2024.v2_bozza.docx")
    assert spaced.head == "Piano Prova 2024.v2"
    assert spaced.head_word == "Piano"  # one word at most leads a name with spaces
    assert spaced.place == "piano prova 2024"  # up to a dot, lower case
    assert parse_file_name("Comune-di-Prova_piao.txt").place == "prova"
    assert parse_file_name("x__y_.md").parts == ("x", "y")
    assert parse_file_name("senza-convenzione.txt").parts == ("senza-convenzione",)


# -- Field ------------------------------------------------------------------------------------
def test_field_is_its_string_everywhere() -> None:
    assert Field.SETTORE == "settore" and hash(Field.SETTORE) == hash("settore")
    assert {"settore": 1}[Field.SETTORE] == 1 and {Field.SETTORE: 1}["settore"] == 1
    assert f"{Field.FASI}[0].descrizione" == "fasi[0].descrizione" and str(Field.FASI) == "fasi"
    assert json.dumps({Field.INDICATORI: [Field.TARGET]}) == '{"indicatori": ["target"]}'
    assert Field("valore_atteso") is Field.VALORE_ATTESO


def test_field_names_every_value_field_of_a_record() -> None:
    record_fields = set(ObjectiveRecord.model_fields) - {
        "id", "doc_id", "source", "sources", "unaligned", "extractor",
    }
    assert record_fields <= set(Field)
    assert LIST_FIELDS == {Field.FASI, Field.INDICATORI, Field.STAKEHOLDER, Field.DIPENDENTI}


def test_models_hold_plain_strings_for_field_keys() -> None:
    """Stored JSON and metadata stay as they were: pydantic turns members into str."""
    unit = Unit(kind=UnitKind.OBJECTIVE, char_start=0, char_end=1, fields={Field.SETTORE: "Tributi"})
    assert [type(k) for k in unit.fields] == [str]
    record = ObjectiveRecord(
        id="r", doc_id="d", fasi=(Phase(descrizione="Analisi"),), indicatori=(Indicator(nome="n"),),
        source=FieldSource(doc_id="d", page=1, char_start=0, char_end=1),
        sources={Field.TITOLO: FieldSource(doc_id="d", page=1, char_start=0, char_end=1)},
    )
    assert '"sources":{"titolo":' in record.model_dump_json()
