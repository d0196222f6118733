"""HTML for the app: answers with citation chips, the source passage viewer, status
lines and the evaluation chart.

Everything from documents or users is escaped here. Answer HTML goes into a chat
message, which is rendered as Markdown: it is emitted as one HTML block without
blank lines (a blank line would end the block and let Markdown rewrite the rest).
The chips are `<details>` elements: they open the passage without any JavaScript.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping
from typing import Any

from assistant.answering import Answer
from assistant.citations import Citation
from ingest.models import Chunk

NOT_FOUND_TITLE = "Nessuna risposta nei documenti"
NOT_FOUND_HINT = (
    "Prova a riformulare la domanda, a nominare il comune o l'obiettivo, "
    "oppure a togliere i filtri."
)
_REF = re.compile(r"\[(\d{1,3})\]")

# Styles of the elements below; app.py passes them to launch(css=...).
CSS = """
.piao-answer { line-height: 1.5; }
.piao-ref { display: inline-block; min-width: 1.3em; padding: 0 .35em; margin: 0 .1em;
  border-radius: .8em; background: var(--color-accent-soft, #e0e7ff); font-size: .75em;
  font-weight: 600; text-align: center; vertical-align: super; line-height: 1.4; }
.piao-sources { margin-top: .6em; display: flex; flex-wrap: wrap; gap: .35em; align-items: flex-start; }
.piao-sources-title { width: 100%; font-size: .85em; font-weight: 600; opacity: .8; }
details.piao-cite { display: inline-block; max-width: 100%; }
details.piao-cite[open] { display: block; width: 100%; }
details.piao-cite > summary { list-style: none; cursor: pointer; display: inline-block;
  padding: .15em .7em; border-radius: 1em; border: 1px solid var(--border-color-accent, #6366f1);
  font-size: .85em; user-select: none; }
details.piao-cite > summary::-webkit-details-marker { display: none; }
details.piao-cite[open] > summary { background: var(--color-accent-soft, #e0e7ff); }
.piao-passage { margin: .4em 0 .2em; padding: .6em .8em; border-left: 3px solid
  var(--border-color-accent, #6366f1); background: var(--background-fill-secondary, #f8fafc);
  border-radius: .3em; font-size: .9em; }
.piao-passage .piao-doc { font-weight: 600; }
.piao-passage .piao-crumb { opacity: .75; font-size: .9em; margin-bottom: .4em; }
.piao-passage .piao-text { white-space: pre-wrap; max-height: 22em; overflow-y: auto; }
.piao-passage mark { background: #fde68a; color: inherit; padding: 0 .1em; }
.piao-notfound { padding: .6em .8em; border-radius: .4em; border: 1px dashed #f59e0b;
  background: rgba(253, 230, 138, .25); }
.piao-warning { margin-top: .5em; padding: .4em .7em; border-radius: .4em;
  background: rgba(254, 202, 202, .35); font-size: .9em; }
.piao-query { margin-top: .4em; font-size: .8em; opacity: .7; }
.piao-status { font-size: .9em; }
.piao-busy, .piao-ok { display: inline-block; width: .6em; height: .6em; border-radius: 50%;
  margin: 0 .4em 0 .2em; background: #f59e0b; animation: piao-pulse 1.2s ease-in-out infinite; }
.piao-ok { background: #10b981; animation: none; }
.piao-warn { color: #b91c1c; font-weight: 600; }
@keyframes piao-pulse { 50% { opacity: .25; } }
.piao-bar { height: .55em; border-radius: .3em; background: var(--border-color-primary, #e5e7eb);
  overflow: hidden; margin: .15em 0; }
.piao-bar > span { display: block; height: 100%; background: var(--color-accent, #6366f1); }
.piao-bar.hit > span { background: #10b981; }
.piao-chart { display: grid; grid-template-columns: minmax(8em, max-content) 1fr 4em; gap: .2em .8em;
  align-items: center; font-size: .9em; }
.piao-chart .legend { grid-column: 1 / -1; font-size: .85em; opacity: .8; }
"""


def esc(text: object) -> str:
    return html.escape(str(text), quote=True)


def _one_line(markup: str) -> str:
    """No raw newlines: inside a Markdown HTML block a blank line would end the block."""
    return markup.replace("\r", "").replace("\n", "<br>")


def highlight(text: str, quote: str) -> str | None:
    """`text` escaped, with the first occurrence of `quote` marked; None if absent.

    The match ignores case and differences in whitespace (quotes are verified the
    same way), and "&" in the quote also matches "&amp;" in the text.
    """
    words = quote.split()
    if not words:
        return None
    parts = [re.escape(w).replace("&", "&(?:amp;)?") for w in words]
    match = re.search(r"\s+".join(parts), text, flags=re.IGNORECASE)
    if match is None:
        return None
    return (
        esc(text[: match.start()])
        + "<mark>"
        + esc(match.group(0))
        + "</mark>"
        + esc(text[match.end() :])
    )


def doc_label(doc_id: str, titles: Mapping[str, str] | None = None) -> str:
    return (titles or {}).get(doc_id) or doc_id


def passage_html(
    chunk: Chunk | None,
    citation: Citation | None = None,
    titles: Mapping[str, str] | None = None,
) -> str:
    """The passage viewer: document, page, breadcrumb, text with the quote marked."""
    if chunk is None:  # cannot happen for verified citations; shown rather than hidden
        quote = esc(citation.quote) if citation else ""
        return f'<div class="piao-passage"><div class="piao-text">«{quote}»</div></div>'
    body = None
    if citation is not None:
        body = highlight(chunk.source_text, citation.quote) or highlight(chunk.text, citation.quote)
    if body is None:
        body = esc(chunk.source_text or chunk.text)
    pages = f"pag. {chunk.page}" if chunk.page_end == chunk.page else (
        f"pagg. {chunk.page}-{chunk.page_end}"
    )
    return (
        '<div class="piao-passage">'
        f'<div class="piao-doc">{esc(doc_label(chunk.doc_id, titles))} · {pages}</div>'
        f'<div class="piao-crumb">{esc(chunk.breadcrumb_text)}</div>'
        f'<div class="piao-text">{_one_line(body)}</div>'
        "</div>"
    )


def chip_html(
    label: str, chunk: Chunk | None, citation: Citation | None, titles: Mapping[str, str] | None
) -> str:
    return (
        f'<details class="piao-cite"><summary class="piao-chip">{esc(label)}</summary>'
        f"{passage_html(chunk, citation, titles)}</details>"
    )


def _with_refs(text: str, numbers: set[int]) -> str:
    """Escaped answer text; [n] marks of real citations become small numbered badges."""

    def ref(match: re.Match[str]) -> str:
        n = int(match.group(1))
        return f'<span class="piao-ref">{n}</span>' if n in numbers else match.group(0)

    return _one_line(_REF.sub(ref, esc(text)))


def answer_html(ans: Answer, titles: Mapping[str, str] | None = None) -> str:
    """A chat message: the answer, its warning, then one chip per citation."""
    by_id = {c.id: c for c in ans.passages}
    if not ans.found and not ans.citations:
        parts = [
            (
                '<div class="piao-notfound">'
                f"<strong>{NOT_FOUND_TITLE}</strong><br>{_one_line(esc(ans.text))}"
                f"<br><small>{NOT_FOUND_HINT}</small></div>"
            )
        ]
        if ans.passages:
            chips = "".join(
                chip_html(
                    f"{doc_label(c.doc_id, titles)} · pag. {c.page}", c, None, titles
                )
                for c in ans.passages[:3]
            )
            parts.append(
                '<div class="piao-sources"><div class="piao-sources-title">'
                f"Passaggi più vicini (non rispondono alla domanda)</div>{chips}</div>"
            )
    else:
        numbers = {c.n for c in ans.citations}
        parts = [f'<div class="piao-answer">{_with_refs(ans.text, numbers)}</div>']
        if ans.citations:
            chips = "".join(
                chip_html(
                    f"[{c.n}] {doc_label(c.doc, titles)} · pag. {c.page}",
                    by_id.get(c.chunk_id),
                    c,
                    titles,
                )
                for c in ans.citations
            )
            parts.append(
                f'<div class="piao-sources"><div class="piao-sources-title">Fonti</div>{chips}</div>'
            )
    if ans.warning:
        parts.append(f'<div class="piao-warning"><b>Attenzione:</b> {_one_line(esc(ans.warning))}</div>')
    return "".join(parts)


def streaming_html(text: str) -> str:
    """A reply still being written."""
    return f'<div class="piao-answer">{_one_line(esc(text))} ▍</div>'


def query_note(question: str, ans: Answer) -> str:
    """How a follow-up was understood, when it differs from what was typed."""
    if ans.query and ans.query.strip() != question.strip():
        return f'<div class="piao-query">Domanda intesa: {esc(ans.query)}</div>'
    return ""


def answer_plain_text(ans: Answer, titles: Mapping[str, str] | None = None) -> str:
    """What "Copia risposta" copies: the answer and its sources, as plain text."""
    lines = [ans.text.strip()]
    if ans.citations:
        lines.append("")
        lines.append("Fonti:")
        for c in ans.citations:
            lines.append(f"[{c.n}] {doc_label(c.doc, titles)}, pag. {c.page}: «{c.quote}»")
    if ans.warning:
        lines += ["", f"Attenzione: {ans.warning}"]
    return "\n".join(lines)


def percent(value: float | None) -> str:
    return "–" if value is None else f"{value * 100:.0f}%"


def eval_chart_html(metrics: Mapping[str, Any]) -> str:
    """Per question type: answer accuracy and retrieval hit@5, as horizontal bars."""
    rows = [
        (
            '<div class="piao-chart"><div class="legend">'
            "Barra blu: risposte corrette · barra verde: passaggio giusto tra i primi 5</div>"
        )
    ]
    per_type = metrics.get("per_type", {})
    for name, m in [("tutte", metrics.get("overall", {})), *per_type.items()]:
        acc, hit = m.get("accuracy"), m.get("hit@5")
        rows.append(
            f"<div>{esc(name)} <small>({m.get('n', 0)})</small></div>"
            f"<div>{_bar(acc, '')}{_bar(hit, 'hit')}</div>"
            f"<div><small>{percent(acc)}<br>{percent(hit)}</small></div>"
        )
    rows.append("</div>")
    return "".join(rows)


def _bar(value: float | None, kind: str) -> str:
    width = 0 if value is None else max(0.0, min(1.0, value)) * 100
    return f'<div class="piao-bar {kind}"><span style="width:{width:.0f}%"></span></div>'


def dense_status_html(
    n_documents: int,
    n_chunks: int,
    running: bool,
    done: int,
    total: int,
    backlog: int,
    error: str = "",
) -> str:
    """The index status line shown above every tab."""
    head = f"<b>{n_documents}</b> documenti · <b>{n_chunks}</b> blocchi indicizzati"
    if error:
        tail = f'<span class="piao-warn">{esc(error)}</span> La ricerca per parole funziona.'
    elif running and total:
        pct = 100 * done / total
        tail = (
            f'<span class="piao-busy"></span>indicizzazione semantica in corso: {done}/{total} '
            f"blocchi ({pct:.0f}%) — la ricerca per parole è già attiva"
        )
    elif running or backlog:
        tail = (
            '<span class="piao-busy"></span>indicizzazione semantica in corso — '
            "la ricerca per parole è già attiva"
        )
    else:
        tail = '<span class="piao-ok"></span>ricerca completa (parole e significato)'
    return f'<div class="piao-status" id="piao-status">{head} · {tail}</div>'

