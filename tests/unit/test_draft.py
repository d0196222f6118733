"""Drafting plumbing without an index: offline composition from given precedents, the
LLM drafter with scripted replies (valid, invalid, invented names), exports read back,
and a snapshot of the rendered draft prompt (UPDATE_SNAPSHOTS=1 rewrites it)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import docx
import pytest

from assistant.drafting import (
    DA_DEFINIRE,
    REQUIRED_FIELDS,
    Draft,
    Drafter,
    DraftRequest,
    LLMDrafter,
    PrecedentFinder,
    Status,
    draft_markdown,
    export_draft,
)
from assistant.drafting.llm_writer import format_precedents, format_request, parse_draft_reply
from assistant.drafting.names import StaticCorpus, find_names
from assistant.drafting.precedents import ScoredRecord
from assistant.drafting.rules import adapt_target, clean_indicator, indicator_parts, stage_of
from assistant.errors import DraftError, LLMError
from assistant.prompts import load_prompt
from ingest.models import FieldSource, Indicator, ObjectiveRecord, Phase
from tests.fakes import FakeChat
from tests.unit.test_prompts import _snapshot_text, assert_snapshot

pytestmark = pytest.mark.unit

DOC = "altro-comune_piao-2024-2026.txt"
INTENT = "digitalizzare l'archivio delle pratiche edilizie"


def precedent_record() -> ObjectiveRecord:
    return ObjectiveRecord(
        id="p1",
        doc_id=DOC,
        ente="Comune di Altrove",
        periodo="2024-2026",
        titolo="DIGITALIZZAZIONE ARCHIVIO PRATICHE AMMINISTRATIVE",
        obiettivo_strategico="10.1 - PROGETTO INNOVAZIONE",
        responsabile="06. GOVERNO DEL TERRITORIO",
        settore="06. GOVERNO DEL TERRITORIO",
        stakeholder=("cittadini", "professionisti", "Aemme"),
        motivazione="Procedere alla digitalizzazione dei registri e delle pratiche garantisce una più "
        "semplice gestione dell'accesso alle pratiche da parte dell'utenza.",
        scadenza="31/12/2024",
        fasi=(
            Phase(descrizione="Ricognizione delle pratiche in archivio", tempistica="GEN-MAR"),
            Phase(descrizione="Scansione documentale cartacea delle pratiche", tempistica="APR-SET"),
            Phase(descrizione="Report finale dell'attività", tempistica="OTT-DIC"),
        ),
        indicatori=(
            Indicator(nome="% rispetto fasi e tempi", target="100%"),
            Indicator(nome="% digitalizzazione dell'archivio cartaceo (n. pratiche 480/480)", target=None),
            Indicator(nome="Settore 6. Territorio % pratiche digitalizzate - target 100% Indice di "
                      "riordino del Settore - target 0", target=None),
        ),
        dipendenti=("ROSSI Mario", "BIANCHI Anna"),
        source=FieldSource(doc_id=DOC, page=3, char_start=100, char_end=900),
        sources={"titolo": FieldSource(doc_id=DOC, page=3, char_start=100, char_end=150)},
    )


CORPUS_TEXT = (
    "DIGITALIZZAZIONE ARCHIVIO PRATICHE AMMINISTRATIVE responsabile 06. GOVERNO DEL TERRITORIO "
    "Dipendenti: ROSSI Mario, BIANCHI Anna. Ufficio Tecnico e Polizia Locale."
)


class StubFinder(PrecedentFinder):
    """A finder that returns the given records (no index)."""

    def __init__(self, records: list[ObjectiveRecord]) -> None:
        super().__init__(searcher=None, catalog=None)  # type: ignore[arg-type]
        self.records = records

    def find(self, intent: str, k: int = 4, filters=None, exclude_ids=()) -> list[ScoredRecord]:
        return [ScoredRecord(r, 0.9, ("digitalizzare", "archivio", "pratiche"), 1, 0.9) for r in self.records[:k]]


def drafter(records: list[ObjectiveRecord] | None = None) -> Drafter:
    return Drafter(
        StubFinder([precedent_record()] if records is None else records),
        StaticCorpus([CORPUS_TEXT]),
        today=lambda: date(2025, 5, 10),
    )


def all_text(d: Draft) -> str:
    r = d.record
    parts = [r.titolo, r.obiettivo_strategico, r.responsabile, r.settore, r.motivazione,
             r.valore_atteso, r.scadenza, *r.stakeholder, d.description]
    parts += [f"{p.descrizione} {p.tempistica}" for p in r.fasi]
    parts += [f"{i.nome} {i.target}" for i in r.indicatori]
    parts += [s.testo for s in d.suggestions]
    return "\n".join(p or "" for p in parts)


def assert_complete(d: Draft) -> None:
    r = d.record
    for name in REQUIRED_FIELDS:
        value = getattr(r, name)
        if isinstance(value, tuple):
            assert value, name
        else:
            assert value and value.strip(), name
    for p in r.fasi:
        assert p.descrizione and p.tempistica
    for i in r.indicatori:
        assert i.nome and i.target
    for name in d.undefined_fields():
        value = getattr(r, name)
        assert value == DA_DEFINIRE or value == (DA_DEFINIRE,), (name, value)


# -- request ---------------------------------------------------------------------------------
def test_requests_are_checked_in_italian() -> None:
    r = DraftRequest.build("  - " + INTENT + ".", settore=" ", periodo="2026 / 2028")
    assert r.intento == INTENT and r.settore is None and r.periodo == "2026-2028"
    assert DraftRequest.build(INTENT, periodo="2027").periodo == "2027-2029"
    for bad in ("", "x", "a" * 600):
        with pytest.raises(DraftError, match="obiettivo"):
            DraftRequest.build(bad)
    with pytest.raises(DraftError, match="Periodo non valido"):
        DraftRequest.build(INTENT, periodo="prossimo anno")
    with pytest.raises(DraftError, match="Periodo non valido"):
        DraftRequest.build(INTENT, periodo="2028-2026")


# -- offline composition ---------------------------------------------------------------------
def test_offline_draft_from_a_precedent() -> None:
    d = drafter().draft(DraftRequest.build(INTENT, settore="Area Tecnica", ente="Comune di Cremosano"))
    r = d.record
    assert d.mode == "offline" and r.doc_id == "bozza" and r.extractor == "draft:offline"
    assert r.titolo == "Digitalizzazione dell'archivio delle pratiche edilizie"
    assert (r.settore, d.status("settore")) == ("Area Tecnica", Status.GIVEN)
    assert (r.responsabile, d.status("responsabile")) == (DA_DEFINIRE, Status.UNDEFINED)
    assert (r.periodo, d.status("periodo")) == ("2026-2028", Status.SUGGESTED)  # next triennium
    assert (r.scadenza, d.status("scadenza")) == ("31/12/2026", Status.SUGGESTED)
    # the phase pattern of the precedent, by quarter of the first year
    assert [p.tempistica for p in r.fasi] == [
        "gennaio-marzo 2026 (I trimestre)", "aprile-settembre 2026 (II-III trimestre)",
        "ottobre-dicembre 2026 (IV trimestre)",
    ]
    assert r.fasi[1].descrizione == r.titolo
    assert all(d.status(f"fasi[{n}]") == Status.SUGGESTED for n in range(3))
    assert d.notes["fasi[1]"].precedents == (1,) and "Scansione" in d.notes["fasi[1]"].detail
    # indicator types and targets of the precedent, without its counts or settore
    pairs = [(i.nome, i.target) for i in r.indicatori]
    assert ("% rispetto fasi e tempi", "100%") in pairs
    assert ("% digitalizzazione dell'archivio cartaceo", DA_DEFINIRE) in pairs
    assert ("% pratiche digitalizzate", "100%") in pairs
    assert not any("480" in n or "Settore" in n for n, _ in pairs)
    assert pairs[-1] == ("Data di completamento dell'obiettivo", "31/12/2026")
    # generic stakeholders only; never the precedent's people
    assert r.stakeholder == ("cittadini", "professionisti")
    text = all_text(d)
    assert "ROSSI" not in text and "Mario" not in text and "Aemme" not in text
    # the precedent's wording as a suggestion, and what was taken, cited
    assert any(s.campo == "motivazione" and s.precedente == 1 for s in d.suggestions)
    (p,) = d.precedents
    assert (p.doc_id, p.page, p.n) == (DOC, 3, 1)
    assert any(t.startswith("fase") for t in p.taken) and any(t.startswith("indicatore") for t in p.taken)
    assert {w.criterio for w in d.smart} == {"M", "R"}  # a target to define, no DUP link
    assert_complete(d)
    assert r.titolo in d.description and "Area Tecnica" in d.description


def test_without_precedents_the_draft_uses_the_standard_pattern() -> None:
    d = drafter([]).draft(DraftRequest.build(INTENT, periodo="2027-2029"))
    assert d.precedents == () and d.warnings and "struttura standard" in d.warnings[0]
    assert [p.descrizione.split()[0] for p in d.record.fasi] == ["Analisi", "Digitalizzazione", "Verifica"]
    assert d.record.stakeholder == (DA_DEFINIRE,)
    assert d.record.scadenza == "31/12/2027"
    assert [i.target for i in d.record.indicatori] == ["100%", "31/12/2027"]
    assert_complete(d)
    assert {"A", "R"} <= {w.criterio for w in d.smart}


def test_a_same_ente_precedent_suggests_the_strategic_link() -> None:
    d = drafter().draft(DraftRequest.build(INTENT, ente="Altrove"))
    assert d.record.obiettivo_strategico == "10.1 - PROGETTO INNOVAZIONE"
    assert d.status("obiettivo_strategico") == Status.SUGGESTED
    other = drafter().draft(DraftRequest.build(INTENT, ente="Comune di Cremosano"))
    assert other.record.obiettivo_strategico == DA_DEFINIRE
    assert any(s.campo == "obiettivo_strategico" for s in other.suggestions)


def test_people_given_by_the_user_stay() -> None:
    d = drafter().draft(DraftRequest.build(INTENT, responsabile="Dott.ssa Anna Verdi"))
    assert d.record.responsabile == "Dott.ssa Anna Verdi" and not d.flagged
    assert not any(w.criterio == "A" for w in d.smart)


def test_indicator_cells_and_phase_stages() -> None:
    assert indicator_parts("Settore 2. Finanziario % rispetto fasi e tempi - target 100% Indice "
                           "tempestività pagamenti - target 0; pubblicazioni - target 4", None) == [
        ("% rispetto fasi e tempi", "100%"), ("Indice tempestività pagamenti", "0"), ("pubblicazioni", "4"),
    ]
    assert clean_indicator("Incremento della percentuale di raccolta differenziata tramite la "
                           "sensibilizzazione dei cittadini. Programmi nelle scuole") == (
        "Incremento della percentuale di raccolta differenziata")
    assert clean_indicator("potenziamento Ufficio di Staff con altre unità") is None
    assert adapt_target("31/12/2024", "data", "31/12/2026") == "31/12/2026"
    assert adapt_target("100 %", "%", "x") == "100%"
    assert adapt_target("4", "n.", "x") == "n. 4"
    assert stage_of("Analisi scostamenti dai tempi di pagamento") == "analisi"
    assert stage_of("Formazione del personale U.O. Gare") == "formazione"
    assert stage_of("Formazione mappa territoriale del rilievo") == "attuazione"
    assert stage_of("Report attività formativa e customer") == "verifica"


# -- LLM drafter -----------------------------------------------------------------------------
def reply(**overrides: object) -> str:
    data: dict[str, object] = {
        "titolo": "Digitalizzazione dell'archivio delle pratiche edilizie",
        "obiettivo_strategico": "da definire",
        "motivazione": "Rendere più semplice l'accesso alle pratiche edilizie da parte dell'utenza.",
        "valore_atteso": "Archivio consultabile online",
        "scadenza": "31/12/2026",
        "responsabile": "da definire",
        "settore": None,
        "fasi": [
            {"descrizione": "Ricognizione delle pratiche in archivio", "tempistica": "gennaio-marzo 2026"},
            {"descrizione": "Scansione delle pratiche", "tempistica": "aprile-settembre 2026"},
            {"descrizione": "Verifica e rendicontazione", "tempistica": None},
        ],
        "indicatori": [{"nome": "% pratiche digitalizzate", "target": 100}],
        "stakeholder": "cittadini, professionisti",
        "descrizione": "L'obiettivo digitalizza l'archivio delle pratiche edilizie.",
    }
    data.update(overrides)
    return "Ecco la bozza:\n```json\n" + json.dumps(data, ensure_ascii=False) + "\n```"


def llm_drafter(*replies: str, fallback: bool = True) -> tuple[LLMDrafter, FakeChat]:
    chat = FakeChat(list(replies))
    return LLMDrafter(drafter(), chat, fallback=fallback), chat


def test_llm_draft_is_validated_and_completed() -> None:
    ld, chat = llm_drafter(reply())
    d = ld.draft(DraftRequest.build(INTENT, ente="Comune di Cremosano", periodo="2026-2028"))
    assert d.mode == "llm:fake:scripted" and not d.warnings and not d.flagged
    r = d.record
    assert r.ente == "Comune di Cremosano" and d.status("ente") == Status.GIVEN
    assert d.status("titolo") == Status.MODEL
    assert r.indicatori[0].target == "100"  # a number becomes text
    assert r.fasi[2].tempistica == DA_DEFINIRE  # missing values are marked
    assert r.stakeholder == ("cittadini", "professionisti")
    assert r.responsabile == DA_DEFINIRE and r.obiettivo_strategico == DA_DEFINIRE
    assert d.description == "L'obiettivo digitalizza l'archivio delle pratiche edilizie."
    assert d.notes["fasi[0]"].precedents == (1,)  # it follows the precedent's phase
    assert_complete(d)
    # the precedents are in the prompt as examples, the request too
    (messages,) = chat.calls
    user = messages[-1].content
    assert "[1] altro-comune_piao-2024-2026.txt, pag. 3" in user and "Ricognizione delle pratiche" in user
    assert "INTENTO: digitalizzare" in user and "PERIODO: 2026-2028" in user
    assert "ROSSI" not in user  # no people in the examples


def test_llm_invented_names_are_removed_and_flagged() -> None:
    ld, _ = llm_drafter(reply(
        responsabile="Mario Rossi",
        settore="Settore Innovazione Digitale",
        fasi=[
            {"descrizione": "Coordinamento con l'Ufficio Transizione Digitale", "tempistica": "2026"},
            {"descrizione": "Scansione delle pratiche con la Polizia Locale", "tempistica": "2026"},
            {"descrizione": "Incontro con il Dott. Bianchi", "tempistica": "2026"},
        ],
        descrizione="Il progetto è seguito da Giulia Neri. L'archivio diventa digitale.",
    ))
    d = ld.draft(DraftRequest.build(INTENT))
    r = d.record
    assert r.responsabile == DA_DEFINIRE and r.settore == DA_DEFINIRE
    assert [p.descrizione for p in r.fasi] == ["Scansione delle pratiche con la Polizia Locale"]  # in the corpus
    assert d.description == "L'archivio diventa digitale."
    removed = {(f.campo, f.nome) for f in d.flagged if f.azione == "rimosso"}
    assert ("responsabile", "Mario Rossi") in removed
    assert ("settore", "Settore Innovazione Digitale") in removed
    assert ("fasi[0]", "Ufficio Transizione Digitale") in removed
    assert ("fasi[2]", "Dott. Bianchi") in removed
    assert ("descrizione", "Giulia Neri") in removed
    assert all("Mario Rossi" not in t for t in (all_text(d), draft_markdown(d).split("## Nomi")[0]))
    assert not [n for n in find_names(all_text(d)) if n.kind == "persona"]


def test_llm_user_fields_are_imposed() -> None:
    ld, _ = llm_drafter(reply(responsabile="Area Tecnica"))
    d = ld.draft(DraftRequest.build(INTENT, responsabile="Area Tecnica", strategico="1.1 Innovazione"))
    assert d.record.responsabile == "Area Tecnica" and d.status("responsabile") == Status.GIVEN
    assert d.record.obiettivo_strategico == "1.1 Innovazione" and not d.flagged


@pytest.mark.parametrize(
    "bad", ["non so rispondere", '{"titolo": ""}', '{"fasi": "tante"}', '["titolo"]', "{rotto"],
)
def test_llm_invalid_reply_falls_back_to_the_offline_draft(bad: str) -> None:
    ld, _ = llm_drafter(bad)
    d = ld.draft(DraftRequest.build(INTENT))
    assert d.mode == "offline" and d.warnings
    assert d.warnings[0].startswith("Il modello linguistico non ha prodotto una bozza valida")
    assert d.precedents and d.precedents[0].n == 1
    assert_complete(d)


def test_llm_invalid_reply_without_fallback_is_a_typed_italian_error() -> None:
    ld, _ = llm_drafter("nessun JSON qui", fallback=False)
    with pytest.raises(DraftError, match="non ha prodotto una bozza valida: la risposta non contiene"):
        ld.draft(DraftRequest.build(INTENT))


def test_llm_failure_falls_back() -> None:
    class Down(FakeChat):
        def _generate(self, messages, max_tokens, temperature):
            raise LLMError("Il modello linguistico configurato non risponde.", detail="down")
            yield ""  # pragma: no cover

    ld = LLMDrafter(drafter(), Down(["x"]))
    d = ld.draft(DraftRequest.build(INTENT))
    assert d.mode == "offline" and "non risponde" in d.warnings[0]


def test_parse_accepts_wrapped_json_and_reports_why_not() -> None:
    out, problem = parse_draft_reply('testo {"bozza": {"titolo": "Titolo della bozza"}} fine')
    assert problem is None and out is not None and out.titolo == "Titolo della bozza"
    out, problem = parse_draft_reply('{"motivazione": "senza titolo"}')
    assert out is None and problem and "schema" in problem


def test_draft_prompt_snapshot() -> None:
    request = DraftRequest.build(INTENT, ente="Comune di Cremosano", periodo="2026-2028")
    (p,) = drafter().precedents(request)
    messages = load_prompt("draft").render_messages(
        richiesta=format_request(request, "2026-2028", "31/12/2026"),
        precedenti=format_precedents([p], 1500),
    )
    assert [m.role for m in messages] == ["system", "user"]
    assert_snapshot("draft.txt", _snapshot_text(messages))


# -- exports ---------------------------------------------------------------------------------
def test_markdown_docx_and_json_exports(tmp_path: Path) -> None:
    d = drafter().draft(DraftRequest.build(INTENT, settore="Area Tecnica", periodo="2026-2028"))
    md = draft_markdown(d)
    assert md.startswith("# Bozza di obiettivo: Digitalizzazione dell'archivio")
    for heading in ("## Fasi", "## Indicatori", "## Descrizione", "## Controllo SMART", "## Precedenti"):
        assert heading in md
    assert "| Settore | Area Tecnica | indicato |" in md
    assert f"{DOC}, pag. 3" in md and "da confermare [1]" in md

    assert export_draft(d, tmp_path / "bozza.md") == "md"
    assert (tmp_path / "bozza.md").read_text(encoding="utf-8") == md

    assert export_draft(d, tmp_path / "bozza.docx") == "docx"
    doc = docx.Document(str(tmp_path / "bozza.docx"))
    paragraphs = "\n".join(p.text for p in doc.paragraphs)
    cells = [[c.text for c in row.cells] for t in doc.tables for row in t.rows]
    assert "Bozza di obiettivo: Digitalizzazione dell'archivio delle pratiche edilizie" in paragraphs
    assert ["Settore", "Area Tecnica", "indicato"] in cells
    assert ["Scadenza", "31/12/2026", "da confermare"] in cells
    phases = [row for row in cells if row[0] == "2" and len(row) == 4]
    assert any(row[1] == d.record.fasi[1].descrizione and "II-III trimestre" in row[2] for row in phases)
    assert any(row[1] == "% rispetto fasi e tempi" and row[2] == "100%" for row in cells if len(row) == 4)
    assert d.description in paragraphs
    assert f"{DOC}, pag. 3" in paragraphs and "[R] Rilevante" in paragraphs

    assert export_draft(d, tmp_path / "bozza.json") == "json"
    back = Draft.model_validate_json((tmp_path / "bozza.json").read_text(encoding="utf-8"))
    assert back == d

    with pytest.raises(DraftError, match="Formato della bozza non riconosciuto"):
        export_draft(d, tmp_path / "bozza.pdf")
