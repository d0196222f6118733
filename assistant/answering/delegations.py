"""Which member of the giunta holds the delegation an objective's topic falls under.

"Quale assessore ha la delega che riguarda la mensa scolastica?": plans that name
no political referent per objective list the giunta once, each member with their
delegations ("la vicesindaca Anna Bianchi (lavori pubblici, viabilità, ambiente ed
energia), Luca Neri (urbanistica …)"). The answer is the member whose
delegations hold most of the question's topic: read from that list, not guessed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from assistant.answering.frame import Frame
from assistant.answering.select import matched
from ingest.models import Chunk
from ingest.structure.people import FIRST_NAMES

# a person's name: two or three capitalised words ("Anna Maria Rossi")
_NAME = r"[A-ZÀ-Ý][a-zà-ÿ'’]+(?:\s+[A-ZÀ-Ý][a-zà-ÿ'’]+){1,2}"
# a member named after their political role ("l'assessore Paolo Verdi", "il
# Sindaco, Luca Bertone"): the role vouches for a name whatever its first name
_ROLE_NAME = re.compile(rf"(?i:\b(?:assessor[ea]|vice\s*sindac[oa]|sindac[oa]))\W{{0,2}}\s*({_NAME})")
# or before it ("Carlo Bruni, assessore alle politiche sociali")
_NAME_ROLE = re.compile(rf"\b({_NAME}),?\s+(?i:assessor[ea]|vice\s*sindac[oa])\b")
_ANY_NAME = re.compile(rf"\b({_NAME})")
# the words that join a member's part to the next one's ("…, e l'assessora"), or the
# mark of the next item of a list of members ("- Assessora …")
_JOINING_TAIL = re.compile(r"[\s,;:•-]+(?:(?:e|ed)\b\s*)?(?:(?:l['’]|il|la|lo|i|gli|le|dal|dalla|dall['’])\s*)?$")
# a passage that lists the giunta names at least this many members
_MIN_MEMBERS = 3
_GIUNTA = re.compile(r"(?i)\b(?:assessor[ei]|giunta)\b")


@dataclass(frozen=True)
class Delegation:
    chunk: Chunk
    person: str
    text: str  # the member's part of the list: name, role and delegations


def delegations(chunk: Chunk) -> list[Delegation]:
    """Each member the passage names, with the text up to the next member's name (the
    delegations a list gives after each name, in parentheses or after "con delega")."""
    text = chunk.body
    # name's position -> (where the member's part starts: their role, when it leads, "la
    # vicesindaca Anna Bianchi"), the name
    found: dict[int, tuple[int, str]] = {m.start(1): (m.start(), m.group(1)) for m in _ROLE_NAME.finditer(text)}
    for m in _NAME_ROLE.finditer(text):
        found.setdefault(m.start(1), (m.start(1), m.group(1)))
    for m in _ANY_NAME.finditer(text):
        # (a capitalised pair is a person when its first word is a first name)
        if m.group(1).split()[0].casefold() in FIRST_NAMES and m.start(1) not in found:
            found[m.start(1)] = (m.start(1), m.group(1))
    ordered = sorted(found.values())
    out = []
    for i, (pos, name) in enumerate(ordered):
        end = ordered[i + 1][0] if i + 1 < len(ordered) else len(text)
        # (the list ends with its sentence)
        part = re.split(r"\.\s+(?=[A-ZÀ-Ý])|\n\s*\n", text[pos:end])[0]
        out.append(Delegation(chunk, name, _JOINING_TAIL.sub("", " ".join(part.split()))))
    return out


def _members(chunks: Sequence[Chunk]) -> list[Delegation]:
    """The members of every passage that lists the giunta (names at least `_MIN_MEMBERS`)."""
    return [d for c in chunks if _GIUNTA.search(c.body)
            for ds in [delegations(c)] if len(ds) >= _MIN_MEMBERS for d in ds]


def delegate_for(
    frame: Frame, chunks: Sequence[Chunk], analyze: Callable[[str], Iterable[str]],
) -> Delegation | None:
    """The giunta member whose delegations hold most of the question's topic (the words
    of the political ask itself, "assessore", "delega", set aside); None when no list
    of the giunta is found, or no member's delegations hold any of the topic, or two
    hold it alike."""
    asking = frozenset(analyze("assessore assessora delega deleghe giunta sindaco vicesindaco obiettivo argomento"))
    topic = frame.terms - asking
    if not topic:
        return None
    members = _members(chunks)
    scored = sorted(((frame.share(topic, matched(topic, frozenset(analyze(d.text)))), i, d)
                     for i, d in enumerate(members)), key=lambda x: (-x[0], x[1]))
    if not scored or scored[0][0] <= 0 or len(scored) > 1 and scored[1][0] == scored[0][0] \
            and scored[1][2].person != scored[0][2].person:
        return None
    return scored[0][2]


# a question about a member's delegations ("che deleghe ha", "con quale delega")
ASKS_DELEGATIONS = re.compile(r"(?i)\bdeleg(?:a|he|ato|ata)\b")


def member_named(value: str, chunks: Sequence[Chunk]) -> Delegation | None:
    """The giunta member a value names by surname ("Ass. Ferraresi", "Vicesindaco
    Lodigiani"), with their delegations as the plan's list of the giunta gives them: a
    referent's delegations are stated where the giunta is listed, not with the objective."""
    words = {w.casefold() for w in re.findall(r"[A-ZÀ-Ý][a-zà-ÿ'’]{2,}", value)}
    members = _members(chunks)
    named = [d for d in members if d.person.split()[-1].casefold() in words]
    return named[0] if len({d.person for d in named}) == 1 else None
