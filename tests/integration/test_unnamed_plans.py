"""A question that names no ente, over several plans: each plan that answers it as
well as the best one gets its own line (the user's own plan among the samples).

Two invented plans of the development sets (a typed plan, a Markdown plan) are
indexed with a sample plan that has an objective on the same theme."""

from __future__ import annotations

from pathlib import Path

import shutil

from assistant.answering import ExtractiveAnswerer, Retriever, resolve

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "data" / "samples"
TYPED = ROOT / "benchmarks" / "fresh11" / "docs" / "valmorena_piao-2025-2027.txt"
MARKDOWN = ROOT / "benchmarks" / "fresh10" / "docs" / "serralta-murgese_piao-2026-2028.md"


def answerer_over(tmp_path: Path, *paths: Path) -> ExtractiveAnswerer:
    """An answerer over copies of `paths` (any format the loaders read)."""
    from services import build_library
    from settings import load_settings

    (tmp_path / "docs").mkdir()
    for path in paths:
        shutil.copy(path, tmp_path / "docs" / path.name)
    library = build_library(load_settings(data_dir=tmp_path / "index"))
    assert not library.ingest([tmp_path / "docs"]).failures
    return ExtractiveAnswerer(Retriever(library.searcher, library.catalog))


def test_a_plan_covering_more_of_a_partly_covered_topic_gets_its_line(tmp_path) -> None:
    # the sample's passage scores a little higher on the words, the typed plan's
    # objective covers more of the topic: both plans are asked about, neither named
    answerer = answerer_over(tmp_path, TYPED, SAMPLES / "cassano-dadda_piao-2024-2026_performance.txt")
    text = answerer.answer("chi segue la prenotazione online della carta d'identità?").text
    assert "Ferrando" in text, text


def test_a_list_named_in_one_statement_is_shown_whole_in_each_plans_line(tmp_path) -> None:
    answerer = answerer_over(tmp_path, MARKDOWN, SAMPLES / "magentino_piao-2024-2026_obiettivi-dup.txt")
    text = answerer.answer("Quali sono gli stakeholder del nuovo piano di protezione civile?").text
    assert text.count("\n") >= 1, text  # one line per plan
    assert "Prefettura" in text and "contrade" in text, text


def test_the_parts_of_a_question_answered_from_several_plans_ask_the_best_one(tmp_path) -> None:
    # the first part is answered from two plans, the question naming neither: the
    # second part asks about the plan that answers best, and the whole answer stands
    docx = next((ROOT / "benchmarks" / "fresh4" / "docs").glob("*.docx"))
    answerer = answerer_over(tmp_path, docx, *sorted(SAMPLES.glob("*.txt")))
    text = answerer.answer("come viene misurato l'obiettivo sui tempi di pagamento e quale valore bisogna "
                           "raggiungere").text
    assert "30 giorni" in text, text


def test_a_group_named_by_its_kind_and_number_is_that_kind_of_group(tmp_path) -> None:
    # every plan has a group numbered 3; the one the question means is the one of
    # the kind it names ("linea strategica"), not a section "03. Opere pubbliche"
    answerer = answerer_over(tmp_path, MARKDOWN, SAMPLES / "cassano-dadda_piao-2024-2026_performance.txt")
    text = answerer.answer("che obiettivi operativi ci sono nella linea strategica 3?").text
    assert text.startswith("Serralta Murgese – «Linea strategica 3"), text
    assert "4 obiettivi" in text and "trasporto scolastico" in text, text


def test_a_verb_that_names_the_field_asked_is_no_topic_word(tmp_path) -> None:
    # "scade" asks each objective's deadline: passages write "Scadenza", never the
    # verb, so as a topic word it would leave the topic half covered and refuse
    answerer = answerer_over(tmp_path, MARKDOWN, *sorted(SAMPLES.glob("*.txt")))
    question = "Tra le telecamere e il piano di protezione civile quale obiettivo scade prima?"
    frame = answerer.frames.build(resolve(question, [], answerer.retriever))
    assert "scad" not in frame.terms and "telecam" in frame.terms, frame.terms
    text = answerer.answer(question).text
    assert "30/09/2026" in text and "31/10/2026" in text, text


def test_an_objective_titled_by_the_whole_topic_gets_its_line(tmp_path) -> None:
    # a sample's phase says "pratiche edilizie" itself and outscores the typed plan's
    # phases, whose objective's title names the whole topic: both plans answer
    answerer = answerer_over(tmp_path, TYPED, SAMPLES / "cassano-dadda_piao-2024-2026_performance.txt")
    text = answerer.answer("Quali sono le fasi previste per digitalizzare le pratiche edilizie?").text
    assert "Valmorena" in text and "scansione ottica" in text, text
