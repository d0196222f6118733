"""Two questions asked in one sentence, told apart.

"Chi è responsabile dell'area che gestisce il trasporto scolastico, e quanto pagano
le famiglie?" asks two things that different passages answer. Each part is answered
on its own; the second keeps the first as its context, as a follow-up in a chat does
("e quanto pagano…" is about the same ente and subject).
"""

from __future__ import annotations

import re

from ingest.text import ARTICLED_PREPOSITIONS

# Italian interrogatives that open a question of their own (with the prepositions
# that may lead them): what a second question starts with after "e".
_INTERROGATIVE = (
    r"(?:(?:a|con|di|da|per|in|su|fino a|entro)\s+)?"
    r"(?:chi|quale|quali|qual|quando|quanto|quanta|quanti|quante|come|dove|perch[eé]|cosa|che cosa)"
)
# ", e quanto …", "; e chi …", " e quale …": a conjunction before a new interrogative
_JOIN = re.compile(rf"(?:\s*[,;]\s*|\s+)(?=(?:e|ed)\s+{_INTERROGATIVE}\b)", re.IGNORECASE)
# "…? E chi …?": a question mark inside the text ends the first question
_MARK = re.compile(r"\?\s+(?=\S)")
# a word that asks for a value or a description (an interrogative or a request)
# ("in che obiettivi", "di che settore": a preposition before "che" makes it an
# interrogative anywhere in a part; a relative "che" follows a noun)
ASKS = re.compile(rf"\b{_INTERROGATIVE}\b|\b(?:in|di|a|da|per|con|su)\s+che\b|"
                  r"\b(?:elenc\w*|indica\w*|dimmi|descriv\w*|confront\w*|spieg\w*|"
                  r"riassum\w*|mostra\w*)\b", re.IGNORECASE)
# a request for a list, of what the question before it asks ("elencami …", "mi fai l'elenco …")
_FORM_ONLY = re.compile(r"(?i)^(?:e\s+)?(?:me\s+|mi\s+)?(?:elenca\w*|fa(?:mmi|i|rmi)\s+(?:un\s+|l['’]\s*)?elenco|"
                        r"(?:puoi\s+)?fare\s+(?:un\s+|l['’]\s*)?elenco)\b")
_FORM_ONLY_WORDS = 6
# a part made only of words about the answer's form and courtesy ("mi serve l'elenco
# completo", "tutte per favore", "voglio la lista intera"): it names no topic of its own
_FORM_WORD = re.compile(
    r"(?i)(?:e|ed|mi|me|ti|ci|serv\w*|vogli\w*|vorrei|dammi|dai|fammi|fai|puoi|potresti|avere|"
    r"il|lo|la|l|un|una|gli|le|i|elenc\w*|lista|complet\w*|inter[oaie]|tutt[oaie]|per|favore|"
    r"cortesia|grazie|dettagliat\w*|gentilmente)")
_FORM_NOUN = re.compile(r"(?i)\b(?:elenc\w*|lista|complet\w*|inter[oaie]|tutt[oaie])\b")


def _only_form_words(part: str) -> bool:
    """Every word of the part is one of the answer's form or of courtesy."""
    words = re.findall(r"\w+", part)
    return bool(words) and bool(_FORM_NOUN.search(part)) and all(_FORM_WORD.fullmatch(w) for w in words)
# a part needs a few words of its own to be a question (not "chi e quando")
_MIN_WORDS = 3
# "che" opening a part is an interrogative determiner ("Che target ha …", "in che
# anno …"); inside a part it is mostly a relative ("l'area che gestisce …")
# (also after the subject put before a colon: "OP-01: che risultato si vuole …")
_OPENING_CHE = re.compile(r"(?i)^(?:[^:?]{3,80}:\s+)?(?:e\s+)?(?:(?:a|con|di|da|per|in|su|entro)\s+)?che\b")


# "viene / arriva / scade prima A o B?": which of two things comes first in time asks
# each one's date; the two dates, each cited, answer it
_FIRST_OF_TWO = re.compile(
    r"(?i)^\s*(?:(?:che\s+)?cosa\s+|quale\s+)?(?:viene|arriva|avviene|scade|parte|termina|finisce|si\s+conclude|"
    r"si\s+fa|[eè]\s+previst[oa])\s+prima\s*[,:]?\s+(?P<a>\S.{3,}?)\s+o\s+(?P<b>\S.{3,}?)\s*\?*\s*$")


# "Tra A e B, quale ha il target più alto?": a comparison of two things asks the same
# of each; the comparative ("più alto", "meno lungo") is judged on the two answers, so
# each part asks for the attribute itself
_BETWEEN_TWO = re.compile(
    r"(?i)^\s*(?:(?P<lead>[^,?]{0,60}?),?\s+)?(?:tra|fra)\s+(?P<a>\S.{2,70}?)\s+e\s+(?P<b>\S.{2,70}?)\s*[,:]?\s+"
    r"(?P<ask>(?:quale|quali|qual|chi|cosa|che\s+cosa)\b.+?)\s*\?*\s*$")
_COMPARATIVE = re.compile(r"(?i)\s+(?:più|meno)\s+[^\W\d_]+")
# (a span of time, "tra il 2025 e il 2026", is no pair of things)
_TIME_ONLY = re.compile(r"(?i)^(?:(?:il|l['’])\s*)?(?:20\d\d|gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|"
                        r"settembre|ottobre|novembre|dicembre)\b")


# "È più stretto il target della CIE o quello delle fatture?": a choice between two
# things named by one noun ("il target di A o quello di B") asks that noun of each;
# the comparative before it is judged on the two answers
_THAT_OF_OTHER = re.compile(
    r"(?i)^(?P<pre>.*?)\b(?P<art>il|la|lo|i|gli|le|l['’])\s*(?P<noun>[^\W\d_]{3,})\s+"
    r"(?P<a>(?:di|del|della|dello|dei|degli|delle|dell['’]|per|sul|sulla|sui|sulle)\b.{2,80}?)\s+o\s+"
    r"(?:quell[oaie]|quelli)\s+(?P<b>\S.{2,80}?)\s*(?P<rest>,[^?]*)?\?*\s*$")
_LEADING_COMPARATIVE = re.compile(r"(?i)\s*\b(?:(?:è|e|sono|ha|hanno)\s+)?(?:più|meno)\s+[^\W\d_]+\s*$")


def between_two(question: str) -> list[str]:
    """The two questions a comparison "tra A e B, quale …" asks, one of each thing; []
    when it is no such comparison."""
    if not (pair := _BETWEEN_TWO.match(question)) or any(_TIME_ONLY.match(pair.group(k)) for k in ("a", "b")):
        return []
    ask = _COMPARATIVE.sub("", pair.group("ask"))
    lead = f"{pair.group('lead')} " if pair.group("lead") else ""
    return [f"{lead}{pair.group(k)}: {ask}?" for k in ("a", "b")]


def parts(question: str) -> list[str]:
    """The questions `question` holds, in order; one when it holds one.

    A second part opens with "e" and an interrogative ("…, e chi ne è titolare?")
    and keeps its "e", which marks it as a follow-up of the first.
    """
    if first := _FIRST_OF_TWO.match(question):
        return [f"Quando è prevista {first.group('a')}?", f"Quando è prevista {first.group('b')}?"]
    if (pair := _THAT_OF_OTHER.match(question)) and _LEADING_COMPARATIVE.search(pair.group("pre")):
        pre = _LEADING_COMPARATIVE.sub("", pair.group("pre")).strip(" ,")
        lead = f"{pre} " if pre else ""
        rest = pair.group("rest") or ""
        noun = f"{pair.group('art')} {pair.group('noun')}".replace("' ", "'").replace("’ ", "’")
        return [f"{lead}qual è {noun} {pair.group(k)}{rest}?" for k in ("a", "b")]
    pieces = [p for p in _MARK.split(question.strip()) if p.strip()]
    out: list[str] = []
    for piece in pieces:
        cut = [m.start() for m in _JOIN.finditer(piece)]
        bounds = [0, *cut, len(piece)]
        for a, b in zip(bounds, bounds[1:], strict=False):
            part = piece[a:b].strip(" ,;")
            if part:
                out.append(part)
    # a part that asks only for the answer's form ("elencami le categorie", "mi fai
    # l'elenco dei servizi") says how to answer the part before it: one question, that
    # asks for a list (its other words name the items' kind, not a topic to find)
    merged = False
    for i in range(len(out) - 1, 0, -1):
        if (_FORM_ONLY.match(out[i]) and len(re.findall(r"\w+", out[i])) <= _FORM_ONLY_WORDS) or _only_form_words(out[i]):
            out.pop(i)
            out[i - 1] = f"{out[i - 1].rstrip(' ?')}: elenco"
            merged = True
    if merged and len(out) == 1:
        return [out[0] + "?"]
    if len(out) == 2:
        out[0] = _shared_predicate(out[0], out[1])
    # each part must be a question of a few words; otherwise the sentence is one
    # question joining two things ("chi e quando", "quali fasi e quali indicatori")
    if len(out) < 2 or any(len(re.findall(r"\w+", p)) < _MIN_WORDS or not (ASKS.search(p) or _OPENING_CHE.match(p)) for p in out):
        return [question]
    # "quali obiettivi sono a rischio alto e chi ne sono i responsabili?": a later part
    # that asks a field of the objectives the first part asks for ("ne", "i loro") asks
    # about those objectives: one question, answered by them ("il suo settore" points
    # at someone else the first part names)
    if _ASKS_OBJECTIVES.search(out[0]) and all(_OF_THEM.search(p) for p in out[1:]):
        return [question]
    if _OBJECTIVES_ASKED.search(out[0]) and all(_THEIR_WEIGHT.search(p) for p in out[1:]):
        return [question]
    # "quante ore prevedono i due piani? chi ne fa di più?": a short later part that only
    # judges the degree of what the first asks is answered by the first's comparison
    if all(_DEGREE_ONLY.match(p) and len(re.findall(r"\w+", p)) <= _DEGREE_WORDS for p in out[1:]):
        return [question]
    # "Tempi di pagamento: chi è il responsabile e quanti giorni è il target?": the
    # subject put before the colon is the subject of every part, not of the first alone
    if (topic := _TOPIC_FIRST.match(out[0])) and not ASKS.search(topic.group(1)):
        out[1:] = [f"{topic.group(1)}: {_LEADING_AND.sub('', p)}" for p in out[1:]]
    if len(out) == 2:
        out = _elliptic_pair(out[0], out[1])
        out[1] = _office_subject(out[0], out[1])
    return [p if p.endswith("?") else p + "?" for p in out]


# "chi è il responsabile politico e chi quello gestionale della festa?": "quello"
# stands for the first part's noun ("il responsabile") and the complement at the end
# ("della festa") belongs to both parts; the first part, which stops at its noun and
# modifier, names no topic of its own
_PREPOSITION = rf"(?:di|per|{'|'.join(sorted(ARTICLED_PREPOSITIONS))}|(?:dell|sull|nell|all|dall)['’])"
_ELLIPTIC = re.compile(
    rf"(?i)^(?:e|ed)\s+{_INTERROGATIVE}\s+(?:(?:è|sono)\s+)?(?:quell[oaie]|quelli)\s+(?P<mod>[^\W\d_]+)\s+"
    rf"(?P<tail>{_PREPOSITION}\b.+?)\s*\?*$")
_ENDS_AT_NOUN = re.compile(
    r"(?i)^(?P<head>.*?)(?P<np>\b(?:il|lo|la|i|gli|le|l['’])\s*[^\W\d_]{3,})\s+(?:di\s+)?[^\W\d_]+\s*\??$")


def _elliptic_pair(first: str, second: str) -> list[str]:
    """Both parts asked in full when the second is elliptic ("e chi quello gestionale
    della festa?"); unchanged otherwise."""
    later, earlier = _ELLIPTIC.match(second), _ENDS_AT_NOUN.match(first)
    if not (later and earlier) or re.search(rf"(?i)\b{_PREPOSITION}\b", earlier.group("head")):
        return [first, second]
    tail = later.group("tail")
    return [f"{first.rstrip(' ?')} {tail}", f"e {earlier.group('head')}{earlier.group('np')} {later.group('mod')} {tail}"]


# "quanti iscritti e quante settimane prevedono A e B?": a first part that asks only a
# quantity of a noun (with its complement: "quante ore di apertura") shares the
# predicate the second part states after its own noun; (an optional subject put
# before a colon, "Centro estivo: quanti iscritti", is the subject of both). Which
# things are listed ("quali fasi e quali indicatori ha X") stays one question.
_QUANTITY_OF = r"quant[oaie]\s+[^\W\d_]+(?:\s+(?:di|d['’])\s*[^\W\d_]+)?"
_BARE_ASK = re.compile(rf"(?i)^(?:[^:?]{{3,80}}:\s+)?(?:e\s+)?{_QUANTITY_OF}$")
_ASK_AND_PREDICATE = re.compile(rf"(?i)^(?:e|ed)\s+{_QUANTITY_OF}\s+(?P<rest>\S.*?)\s*\?*$")


def _shared_predicate(first: str, second: str) -> str:
    """The first part with the predicate of the second when it states none of its own
    ("quanti iscritti" + "e quante settimane prevedono A e B?" → "quanti iscritti
    prevedono A e B"); unchanged otherwise."""
    if not _BARE_ASK.match(first.strip(" ?")) or not (later := _ASK_AND_PREDICATE.match(second)):
        return first
    return f"{first.strip(' ?')} {later.group('rest')}"


# "e quanti dipendenti ha?": a count asked of a subject left unsaid
_STAFF_OF_UNSAID = re.compile(r"(?i)^(?:e|ed)\s+quant[ie]\s+[^\W\d_]+\s+(?:ha|hanno|conta|contano|(?:ci|vi)\s+lavorano)\s*\??$")
# an office named by its kind in the first part ("il responsabile della struttura che …")
_OFFICE_OF = re.compile(r"(?i)\b(?:il|lo|la|l['’]|del|dello|della|dell['’])\s*(settore|area|struttura|unit[aà]|servizio|ufficio)\b")
_KIND_ARTICLE = {"settore": "il", "servizio": "il", "struttura": "la", "area": "l'", "unità": "l'", "unita": "l'",
                 "ufficio": "l'"}
_KIND_IN = {"settore": "nel", "servizio": "nel", "struttura": "nella", "area": "nell'", "unità": "nell'",
            "unita": "nell'", "ufficio": "nell'"}


def _office_subject(first: str, second: str) -> str:
    """A count asked with no subject ("…, e quanti dipendenti ha?") is asked of the
    office the first part names by its kind ("il responsabile della struttura che …"):
    the thing of the two that has staff; the second part unchanged otherwise."""
    if not _STAFF_OF_UNSAID.match(second) or not (office := _OFFICE_OF.search(first)):
        return second
    kind = office.group(1).casefold()
    # (people work in an office, "ci lavorano nell'area"; an office has them, "ha l'area")
    article = _KIND_IN[kind] if re.search(r"(?i)\blavorano\s*\??$", second) else _KIND_ARTICLE[kind]
    space = "" if article.endswith("'") else " "
    return f"{second.rstrip(' ?')} {article}{space}{kind}?"


# a question that asks which one is more, less or sooner ("chi ne fa di più", "quale è più
# alto", "chi arriva prima"): the judgement of values asked before, no subject of its own
_DEGREE_ONLY = re.compile(r"(?i)^(?:e\s+)?(?:chi|quale|qual|quali|chi\s+dei\s+due)\b.*\b(?:più|piu|meno|prima|dopo|"
                          r"maggiore|minore)\b")
_DEGREE_WORDS = 6
_TOPIC_FIRST = re.compile(r"^([^:?]{3,80}):\s+\S")
_OF_THEM = re.compile(r"(?i)\b(?:ne|loro)\b")
# ("quali obiettivi ha X e quanto pesano?", "quanti obiettivi ha X e con che pesi?"):
# their weights, which the list of those objectives gives with their sum
_THEIR_WEIGHT = re.compile(r"(?i)\b(?:pesano|pesi)\b")
_OBJECTIVES_ASKED = re.compile(r"(?i)\b(?:quali|che|quanti)\s+(?:sono\s+)?(?:gli\s+|i\s+)?obiettivi\b")
_ASKS_OBJECTIVES = re.compile(r"(?i)\b(?:quali|che)\s+(?:sono\s+)?(?:gli\s+|i\s+)?(?:obiettivi|progetti)\b")
_LEADING_AND = re.compile(r"(?i)^(?:e|ed)\s+")


# Determiners that point back to a thing named before, by its kind ("la stessa
# cooperativa", "quel settore", "tale associazione").
BACK_DETERMINERS = r"stess[oaie]|medesim[oaie]|suddett[oaie]|tal[ei]|quel|quell[oaie'’]|quella|quei|quegli|quest[oaie]"
# Words by which a question points back to what was said before it ("il servizio
# competente", "il suo settore", "chi ne è titolare", "la stessa cooperativa", "quel
# settore", "le scadenze successive", "gli altri obiettivi"). A later part with none of
# them names a subject of its own. (Clitic "lo"/"la" are left out: they read as articles.)
_REFERS_BACK = re.compile(
    rf"\b(?:competent[ei]|su[oae]|suoi|loro|ne|{BACK_DETERMINERS}|relativ[oaie]|esso|essa|essi|esse|"
    r"successiv[oaie]|seguent[ei]|precedent[ei]|altr[oaie]|restant[ei]|rimanent[ei])\b",
    re.IGNORECASE)


# a part this long is a question of its own unless it points back; a shorter one
# ("e fino a quando?", "e chi lo gestisce?") leans on the earlier part's subject
_OWN_QUESTION_WORDS = 8


def refers_back(part: str) -> bool:
    """The part leans on an earlier one: it is short, or it points back (a pronoun,
    "competente", "stesso")."""
    return len(re.findall(r"\w+", part)) < _OWN_QUESTION_WORDS or bool(_REFERS_BACK.search(part))
