"""Italian BM25 analysis: what reaches the FTS5 index and the FTS5 query."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vectorstore.analysis import ItalianAnalyzer, is_valid_token

pytestmark = pytest.mark.unit

TOKEN_RE = re.compile(r"[a-z0-9._]+")
FTS5_TOKENIZER = "unicode61 remove_diacritics 0 tokenchars '._'"


@pytest.fixture(scope="module")
def analyzer() -> ItalianAnalyzer:
    return ItalianAnalyzer()


def test_question_keeps_only_content_words(analyzer: ItalianAnalyzer) -> None:
    tokens = analyzer.analyze("chi è responsabile della digitalizzazione SUAP?")
    assert tokens == ["respons", "digitalizz", "suap"]


@pytest.mark.parametrize(
    "forms",
    [
        ["digitalizzazione", "digitalizzare", "digitalizzati"],
        ["responsabile", "responsabili", "responsabilità", "Responsabile"],
        ["obiettivo", "obiettivi", "OBIETTIVO"],
        ["pubblico", "pubblica", "pubblici"],
        # (a noun Snowball reads as a gerund, "comando", keeps its family: "comandante")
        ["comando", "Comando", "comandi", "comandante"],
        ["azienda", "aziende"],
        # (a verb family's short root is Snowball's own: "pagamento" meets "pagato")
        ["pagamento", "pagamenti", "pagato", "pagare"],
    ],
)
def test_stemming_groups_inflections(analyzer: ItalianAnalyzer, forms: list[str]) -> None:
    stems = {tuple(analyzer.analyze(form)) for form in forms}
    assert len(stems) == 1, stems
    assert len(next(iter(stems))) == 1


def test_accents_are_folded(analyzer: ItalianAnalyzer) -> None:
    assert analyzer.analyze("città") == analyzer.analyze("citta") == analyzer.analyze("CITTÀ")
    # An apostrophe after a final vowel is a typed accent, not an elision.
    assert analyzer.analyze("attività") == analyzer.analyze("attivita'") == ["attiv"]
    assert analyzer.analyze("responsabilita'") == analyzer.analyze("responsabilità")
    assert analyzer.analyze("perché perche perchè") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("dell'asilo", "asilo"),
        ("l'obiettivo", "obiettivo"),
        ("all'anno", "anno"),
        ("nell’ambito", "ambito"),  # typographic apostrophe
        ("DELL'ENTE", "ENTE"),
        ("un'attività", "attività"),
        ("dell' asilo", "asilo"),  # stray space after the apostrophe
    ],
)
def test_elisions_are_split(analyzer: ItalianAnalyzer, text: str, expected: str) -> None:
    assert analyzer.analyze(text) == analyzer.analyze(expected)
    assert len(analyzer.analyze(text)) == 1


def test_stopwords_and_question_words_are_removed(analyzer: ItalianAnalyzer) -> None:
    text = (
        "Il lo la i gli le un una di a da in con su per tra fra del della dei degli "
        "al alla nel nella sul sulla è sono era sarà stato ha hanno aveva avrà "
        "chi che cosa quale quali quanto quante come dove quando perché e ed o ma non "
        "questo quello loro suo nostra cui anche più già"
    )
    assert analyzer.analyze(text) == []
    assert len(analyzer.stopwords) >= 250


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Obiettivo 2.1.1 del DUP", ["obiett", "2.1.1", "dup"]),
        ("missione 03.01", ["mission", "03.01"]),
        ("programma 06.01.08;", ["programm", "06.01.08"]),
        ("azione 1.1.5.", ["azion", "1.1.5"]),  # the sentence's full stop is not part of it
        ("(10.1.8)", ["10.1.8"]),
    ],
)
def test_codes_stay_whole(analyzer: ItalianAnalyzer, text: str, expected: list[str]) -> None:
    assert analyzer.analyze(text) == expected


def test_acronyms_are_lowercased_not_stemmed(analyzer: ItalianAnalyzer) -> None:
    text = "SUAP PNRR CUP CIG URP U.R.P. PEBA RSA CPI C.I.S. SPID DUP PIAO"
    assert analyzer.analyze(text) == [
        "suap", "pnrr", "cup", "cig", "urp", "urp", "peba", "rsa", "cpi", "cis", "spid",
        "dup", "piao",
    ]
    # A lowercase query must meet the capitalised document form.
    assert analyzer.analyze("cos'è il peba e il piao") == ["peba", "piao"]
    assert analyzer.analyze("Il responsabile dell'U.R.P.") == ["respons", "urp"]


def test_extra_acronyms(analyzer: ItalianAnalyzer) -> None:
    custom = ItalianAnalyzer(extra_acronyms=["SIRE"])
    assert analyzer.analyze("sire") != ["sire"]
    assert custom.analyze("Sire") == ["sire"]


def test_html_tags_and_entities_are_removed(analyzer: ItalianAnalyzer) -> None:
    text = '<p class="x"><b>Responsabile</b> &amp; <input type="text"/> SUAP&nbsp;2024</p>'
    assert analyzer.analyze(text) == ["respons", "suap", "2024"]
    assert analyzer.analyze("a &lt; b, 5 &gt; 3") == ["5", "3"]


def test_numbers_dates_percentages(analyzer: ItalianAnalyzer) -> None:
    assert analyzer.analyze("entro il 31/12/2024") == ["entro", "31", "12", "2024"]
    assert analyzer.analyze("riduzione del 20%") == ["riduzion", "20"]
    assert analyzer.analyze("DPR 445/2000") == ["dpr", "445", "2000"]


def test_single_letters_dropped(analyzer: ItalianAnalyzer) -> None:
    assert analyzer.analyze("a b c x y z D. P. n. 5") == ["5"]


def test_unicode_compatibility_forms(analyzer: ItalianAnalyzer) -> None:
    # NFKC: full-width letters and ligatures become plain letters.
    assert analyzer.analyze("ＳＵＡＰ") == ["suap"]
    assert analyzer.analyze("ﬁnanziamento") == analyzer.analyze("finanziamento")


def test_analyze_query_deduplicates_in_order(analyzer: ItalianAnalyzer) -> None:
    text = "SUAP obiettivi SUAP obiettivo 2.1.1 suap"
    assert analyzer.analyze(text) == ["suap", "obiett", "suap", "obiett", "2.1.1", "suap"]
    assert analyzer.analyze_query(text) == ["suap", "obiett", "2.1.1"]


def test_deterministic_across_instances(
    analyzer: ItalianAnalyzer, sample_files: list[Path]
) -> None:
    text = sample_files[0].read_text(encoding="utf-8")
    assert analyzer.analyze(text) == ItalianAnalyzer().analyze(text) == analyzer.analyze(text)


def test_fts5_sees_each_token_as_one_token(
    analyzer: ItalianAnalyzer, sample_files: list[Path]
) -> None:
    """The index tokenizer must split the analysed text exactly at our spaces."""
    tokens = analyzer.analyze(sample_files[0].read_text(encoding="utf-8"))
    tokens += analyzer.analyze("Obiettivo 2.1.1, 03.01 e U.R.P. perché l'asilo")
    db = sqlite3.connect(":memory:")
    db.execute(f"CREATE VIRTUAL TABLE t USING fts5(body, tokenize = \"{FTS5_TOKENIZER}\")")
    db.execute("CREATE VIRTUAL TABLE v USING fts5vocab(t, 'instance')")
    db.execute("INSERT INTO t(body) VALUES (?)", (" ".join(tokens),))
    seen = [row[0] for row in db.execute("SELECT term FROM v ORDER BY offset")]
    assert seen == tokens
    hits = db.execute("SELECT count(*) FROM t WHERE t MATCH ?", ('"2.1.1"',)).fetchone()[0]
    assert hits == 1


def test_whole_corpus_analyzes(sample_files: list[Path]) -> None:
    texts = [path.read_text(encoding="utf-8") for path in sample_files]
    assert sum(len(t) for t in texts) > 250_000
    tokens = [ItalianAnalyzer().analyze(t) for t in texts]
    assert all(tokens)
    assert all(is_valid_token(t) for doc in tokens for t in doc)


# Pieces that exercise every branch (tags, entities, elisions, codes, acronyms).
_ITALIANISH = st.lists(
    st.sampled_from(
        list("aeiouAEIOUbcdlnrstzSUAPàèéìòùÀÈ0123456789 .,;:'’`/%&#<>\"=\n\t-_()")
        + ["ﬁ", "\u0301"]
        + ["&amp;", "<b>", "</b>", "dell'", "2.1.1", "U.R.P.", "perché", "SUAP", "&#x2019;"]
    ),
    max_size=80,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(text=st.one_of(st.text(max_size=300), _ITALIANISH))
def test_any_text_gives_valid_tokens(text: str) -> None:
    analyzer = ItalianAnalyzer()
    tokens = analyzer.analyze(text)
    for token in tokens:
        assert TOKEN_RE.fullmatch(token), (text, token)
        assert is_valid_token(token)
        assert len(token) >= 2 or token.isdigit()
    query = analyzer.analyze_query(text)
    assert query == list(dict.fromkeys(tokens))


@pytest.mark.parametrize(
    ("reference", "word"),
    [("art. 6 del D.L. 80/2021", "arte"), ("Rif. DUP 4.3.2", "rifiuti"), ("pag. 12", "pagamenti")],
)
def test_reference_abbreviation_is_not_the_word_it_stems_like(
    analyzer: ItalianAnalyzer, reference: str, word: str
) -> None:
    # the written abbreviation gives no token, the word keeps its own
    assert not set(analyzer.analyze(reference)) & set(analyzer.analyze(word))
    assert analyzer.analyze(word)
    # without its full stop the letters are an ordinary word again
    assert analyzer.analyze(reference.split(".")[0] + " ")


def test_a_word_a_line_wrap_cut_by_a_hyphen_is_one_token() -> None:
    analyzer = ItalianAnalyzer()
    assert analyzer.analyze("estensione della videosorve-\n  glianza nelle frazioni") == \
        analyzer.analyze("estensione della videosorveglianza nelle frazioni")
    # (a hyphen between words stays: "socio-sanitario", "Settore 1 - Affari")
    assert analyzer.analyze("servizio socio-sanitario") != analyzer.analyze("servizio sociosanitario")
