"""What a sentence's verbs tell: what happened (a past tense), or what a plan commits
to (a future, a modal, a deadline, a target). Ingestion reads an objective's motive in
the first; the answer step does not take it for the second."""

from __future__ import annotations

import re

# A past tense (passato prossimo, imperfetto) tells what happened; a future, a modal,
# a deadline or a target tells what a plan commits to.
_PAST_TENSE_RE = re.compile(
    r"(?i)\b(?:ha|hanno|è|sono|era|erano|si\s+è|si\s+sono)\s+(?:stat[oaie]\s+|già\s+|ancora\s+|solo\s+)?"
    # (regular participles, and the common irregular ones: chiesto, fatto, emerso, chiuso, speso)
    r"\w+(?:at[oaie]|ut[oaie]|it[oaie]|ess[oaie]|ert[oaie]|st[oaie]|tt[oaie]|rs[oaie]|us[oaie]|es[oaie])\b"
    r"|\b\w{3,}(?:ava|avano|eva|evano|iva|ivano)\b")
_COMMITMENT_RE = re.compile(
    r"(?i)\b\w+(?:erà|irà|arà|eranno|iranno|aranno)\b|\bdovr\w+|\bentro\b|\bsi\s+punta|\btarget\b|\bprevist\w+"
    r"|\brisultato\s+atteso|\bvalore\s+(?:obiettivo|atteso)|\bprevede|\bpunta\b|\bmira\b|\bdeve\b|\bdevono\b")


def tells_past(text: str) -> bool:
    """The text tells what happened (a past tense) and commits to nothing."""
    return bool(_PAST_TENSE_RE.search(text)) and not _COMMITMENT_RE.search(text)
