"""Prompt files (`prompts/*.md`, Italian) rendered with strict variables.

A placeholder is ``{{name}}``. Rendering with a missing or an unknown variable is a
`PromptError`, so a renamed variable cannot silently produce a prompt with a hole.
Other braces (JSON examples, ``{single}``) are left alone, and values are inserted in
one pass: a retrieved passage that contains ``{{question}}`` stays literal text.

A file may be split into ``## system`` and ``## user`` sections (headings on their
own line) → one system and one user message. HTML comments (``<!-- ... -->``) are
notes for maintainers and never reach the model.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from assistant.errors import PromptError
from assistant.llm import ChatMessage

PROMPTS_DIR = Path(__file__).resolve().parent.parent / "prompts"

_PLACEHOLDER = re.compile(r"\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}")
_COMMENT = re.compile(r"<!--.*?-->\s*", re.DOTALL)
_SECTION = re.compile(r"^##[ \t]+(system|user)[ \t]*$", re.IGNORECASE | re.MULTILINE)
_NAME = re.compile(r"[a-z0-9][a-z0-9_-]*")


@dataclass(frozen=True)
class PromptTemplate:
    name: str
    text: str  # the file without maintainer comments

    @property
    def variables(self) -> frozenset[str]:
        return frozenset(_PLACEHOLDER.findall(self.text))

    @property
    def sections(self) -> dict[str, str]:
        """{"system": ..., "user": ...} for a sectioned file; {} otherwise.

        Raises:
            PromptError: text before the first heading, or a section given twice.
        """
        marks = list(_SECTION.finditer(self.text))
        if not marks:
            return {}
        if self.text[: marks[0].start()].strip():
            raise PromptError(
                f"Il prompt '{self.name}' ha del testo prima della prima sezione.",
                detail=f"prompt {self.name!r}: text before the first '## system'/'## user' heading",
            )
        out: dict[str, str] = {}
        for i, mark in enumerate(marks):
            role = mark.group(1).lower()
            if role in out:
                raise PromptError(
                    f"Il prompt '{self.name}' contiene due volte la sezione '{role}'.",
                    detail=f"prompt {self.name!r}: duplicate section {role!r}",
                )
            end = marks[i + 1].start() if i + 1 < len(marks) else len(self.text)
            out[role] = self.text[mark.end() : end].strip()
        return out

    def render(self, /, **variables: str) -> str:
        """The whole text with every placeholder filled.

        Raises:
            PromptError: a placeholder without a value, a value without a placeholder,
                or a value that is not a str.
        """
        return _fill(self.name, self.text.strip(), self.variables, variables)

    def render_messages(self, /, **variables: str) -> list[ChatMessage]:
        """System + user messages for a sectioned file; a single user message otherwise."""
        sections = self.sections
        if not sections:
            return [ChatMessage("user", self.render(**variables))]
        # Strictness is over the whole file: a variable used only in the system part is
        # still required, and one used nowhere is still an error.
        _check_variables(self.name, self.variables, variables)
        return [
            ChatMessage(role, _fill(self.name, sections[role], self.variables, variables))  # type: ignore[arg-type]
            for role in ("system", "user")
            if role in sections
        ]


def _check_variables(name: str, expected: frozenset[str], given: Mapping[str, object]) -> None:
    missing = sorted(expected - given.keys())
    unknown = sorted(given.keys() - expected)
    if missing or unknown:
        parts = []
        if missing:
            parts.append(f"missing: {', '.join(missing)}")
        if unknown:
            parts.append(f"unknown: {', '.join(unknown)}")
        raise PromptError(
            f"Il prompt '{name}' è stato compilato con variabili errate.",
            detail=f"prompt {name!r} variables {'; '.join(parts)}; "
            f"expected: {', '.join(sorted(expected)) or '(none)'}",
        )
    for key, value in given.items():
        if not isinstance(value, str):
            raise PromptError(
                f"Il prompt '{name}' è stato compilato con variabili errate.",
                detail=f"prompt {name!r} variable {key!r} must be str, got {type(value).__name__}",
            )


def _fill(
    name: str, text: str, expected: frozenset[str], variables: Mapping[str, str]
) -> str:
    _check_variables(name, expected, variables)
    return _PLACEHOLDER.sub(lambda m: variables[m.group(1)], text)


def load_prompt(name: str, directory: Path | None = None) -> PromptTemplate:
    """Read `{directory}/{name}.md` (default: the repository's `prompts/`).

    Raises:
        PromptError: bad name or no such file.
    """
    if not _NAME.fullmatch(name):
        raise PromptError(
            f"Nome di prompt non valido: '{name}'.",
            detail=f"prompt name must match {_NAME.pattern}, got {name!r}",
        )
    path = (directory or PROMPTS_DIR) / f"{name}.md"
    try:
        raw = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise PromptError(
            f"Il file del prompt '{name}' non è stato trovato: reinstallare l'applicazione "
            f"o ripristinare il file {path}.",
            detail=f"cannot read {path}: {exc}",
        ) from exc
    return PromptTemplate(name=name, text=_COMMENT.sub("", raw))


def render_messages(name: str, /, **variables: str) -> list[ChatMessage]:
    """Load prompt `name` from `prompts/` and render it as chat messages.

    See `PromptTemplate.render_messages`; `load_prompt(name, directory)` reads elsewhere.
    """
    return load_prompt(name).render_messages(**variables)
