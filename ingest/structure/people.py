"""People's names as PIAO documents write them: one home for the first-name list and
the honorifics, used by the structure parsers (org charts, staff lists) and by the
assistant (names in drafts)."""

from __future__ import annotations

import re

from ingest.text import fold_name_word

# Common Italian first names (and a few frequent in municipal staff lists): a
# capitalised span containing one is taken for a person.
FIRST_NAMES: frozenset[str] = frozenset(
    """
    adriana adriano agnese alberto alessandra alessandro alessia alessio alice
    amanda andrea angela angelo anna annalisa antonella antonio arianna arturo
    aurora barbara beatrice benedetta bruno carla carlo carmela carmen carolina
    caterina cecilia cesare chiara claudia claudio cristiano cristina daniela
    daniele dario davide debora diego domenico donatella edoardo elena eleonora
    elisa elisabetta emanuela emanuele emma enrico enzo erica ernesto ester ettore
    fabio fabrizio federica federico filippo flavia francesca francesco franco
    gabriele gabriella giacomo gianluca gianni gianpiero giada giancarlo giorgia
    giorgio giovanna giovanni giulia giuliana giuliano giulio giuseppe giuseppina
    gloria grazia graziella guido ilaria irene isabella ivan ivana jessica laura
    lorenza lorenzo luca lucia luciano luigi luisa manuela marcello marco
    margherita maria mariagrazia mariangela marina mario marisa marta martina
    massimiliano massimo matteo mattia maurizio mauro michela michele mirko
    monica nadia nicola nicoletta noemi paola paolo patrizia pietro raffaele
    raffaella renato riccardo rita roberta roberto rocco rosa rosanna rossella
    sabrina salvatore samuele sandra sara serena sergio silvia simona simone
    sofia stefania stefano teresa tiziana tommaso umberto valentina valeria
    valerio vanessa veronica vincenzo viola vittoria vittorio walter
    """.split()
)

# Titles that precede a person's name in Italian administrative text, abbreviated or
# written in full ("commissario Sergio Vitali", "dottoressa …").
# (full words first: "dottoressa" is not "dott" + "oressa")
# (a Polizia Locale's officers are titled by their rank: "cap.", "magg.", "isp.")
HONORIFIC = (
    # (a deputy's rank: "vice comm.", "vicecommissario")
    r"(?:vice\s*(?:commissari[oa]|ispettore|ispettrice|comm\.?|isp\.?)|"
    r"dottor(?:e|essa)?|ingegnere|architetto|avvocat[oa]|geometra|ragionier[ea]|commissari[oa]|"
    r"capitano|maggiore|tenente|ispettore|ispettrice|maresciallo|cap\.|magg\.|ten\.|isp\.|m\.llo|"
    r"professor(?:e|essa)|signor(?:a)?|dott\.?\s?ssa|dott\.?|dr\.?|comm\.?|sig\.?\s?ra|sig\.?|ing\.?|arch\.?|"
    r"avv\.?|geom\.?|rag\.?|prof\.?\s?ssa|prof\.?|p\.?\s?i\.?|per\.?\s?ind\.?)"
)
HONORIFIC_RE = re.compile(rf"(?i)^{HONORIFIC}\s+")
# a titled name anywhere in a text: "dott.ssa Livia Pedrazzini", "ing. Davide FRACCARO"
# (not inside a word or an abbreviation: "Sig." is not "g.")
TITLED_NAME_RE = re.compile(rf"(?<![\w.])(?i:{HONORIFIC})\s+[A-ZÀ-Ý][\w'’]+(?:\s+[A-ZÀ-Ý][\w'’]+){{1,3}}")
_UP = "A-ZÀ-ÖØ-Þ"
_LOW = "a-zß-öø-ÿ"
# "ROSSI Mario", "MANFE' PAVAN Chiara": surname(s) in capitals, then given name(s)
_STAFF_RE = re.compile(rf"^[{_UP}][{_UP}'’]+(?:[ -][{_UP}][{_UP}'’]+)*\s+[{_UP}][{_LOW}'’]+(?:\s+[{_UP}][{_LOW}'’]+){{0,3}}$")
# "Mario ROSSI"
_GIVEN_FIRST_CAPS_RE = re.compile(rf"^(?:[{_UP}][{_LOW}'’]+\s+){{1,2}}[{_UP}][{_UP}'’]{{2,}}(?:[ -][{_UP}][{_UP}'’]{{2,}})?$")
# "Laura Ferraris", "Maria Grazia De Luca"
# a capitalised name word, also with an elided particle: "Dell'Orto", "D'Amico"
_NAME_WORD = rf"[{_UP}][{_LOW}]*(?:['’][{_UP}]?[{_LOW}]+)?"
_TITLE_CASE_RE = re.compile(
    rf"^{_NAME_WORD}(?:\s+(?:{_NAME_WORD}|[Dd]e|[Dd]i|[Dd]el|[Dd]ella|[Ll]a|[Ll]o)){{1,3}}$"
)
_NOT_SURNAMES = frozenset([
    "AREA", "SETTORE", "SERVIZIO", "SERVIZI", "UFFICIO", "UO", "PO", "EQ", "DUP", "PIAO",
    "PNRR", "SUAP", "URP", "ICT", "CED", "TARI", "IMU",
])


def strip_honorific(s: str) -> tuple[str, bool]:
    """The name without its title ("dott.ssa Laura Ferraris" -> "Laura Ferraris")."""
    m = HONORIFIC_RE.match(s.strip())
    return (s.strip()[m.end():].strip(), True) if m else (s.strip(), False)


def is_person_name(s: str) -> bool:
    """A person as plans write one: 'ROSSI Mario' (staff tables), 'Mario ROSSI', a
    title and a capitalised name ('arch. Marco Bellini'), or capitalised words led or
    closed by a common first name ('Laura Ferraris', 'Ferraris Laura')."""
    name, titled = strip_honorific(s)
    if not name or len(name) > 60:
        return False
    if _STAFF_RE.match(name):
        return name.split()[0].strip("'’") not in _NOT_SURNAMES
    if _GIVEN_FIRST_CAPS_RE.match(name):
        # ("Settore III", "Area IV": an office's kind and its Roman number, not a given
        # name and a surname in capitals)
        words = name.split()
        return words[-1].strip("'’") not in _NOT_SURNAMES and not (
            words[0].upper() in _NOT_SURNAMES or re.fullmatch(r"[IVXL]{1,5}", words[-1]))
    if _TITLE_CASE_RE.match(name):
        # (a staff list writes the surname first, "Sangalli Irene": the given name last)
        words = name.split()
        return titled or fold_name_word(words[0]) in FIRST_NAMES \
            or 2 <= len(words) <= 3 and fold_name_word(words[-1]) in FIRST_NAMES
    return False


_ROLE_TAIL_RE = re.compile(r"\s*(?:[–—,(]|\s-\s).*$")


# roles a person holds by appointment, named without an office's name ("il Segretario
# comunale", "il Comandante"); a plan has one of each (a deputy's is another role)
APPOINTED_ROLE = r"(?:vice\s*)?(?:segretari[oa]|comandante)"

# a role written before the name it heads ("Comandante Mario Bestetti", "Segretario
# comunale: dott.ssa Ada Neri"): the role is not part of the name
_ROLE_HEAD_RE = re.compile(
    rf"(?i)^(?:{APPOINTED_ROLE}(?:\s+(?:comunale|generale))?|dirigente|responsabile|"
    r"funzionari[oa]|direttore|direttrice|referente)\s*[:–—-]?\s+(?=[A-ZÀ-Ý]|(?i:" + HONORIFIC + r")\s)")


# a head named by an appointed role alone ("Segretario comunale (ad interim)",
# "Comandante P.L."): an org chart's vacant office, held by whoever has the role
# (also when the cell says it so: "ad interim: il Segretario generale", or names the
# post vacant and its functions given to the role: "vacante – funzioni attribuite al
# Segretario comunale")
_ROLE_ONLY_RE = re.compile(
    r"(?i)^\s*(?:(?:posto\s+)?vacante\s*[:,;–—(-]?\s*(?:(?:le\s+)?(?:funzioni|competenze)\s+"
    r"(?:attribuit|affidat|assegnat|svolt)[eaio]\s+(?:dal?\s+)?)?)?"
    rf"(?:ad\s+interim\s*[:,–—-]?\s*)?(?:(?:il|la|al|alla)\s+)?{APPOINTED_ROLE}\b")


def is_role(head: str) -> bool:
    """The head an org chart gives is a role, not a person."""
    return bool(_ROLE_ONLY_RE.match(head)) and person_in(head) is None


def titled_names(text: str) -> list[str]:
    """The people a text names with a title ("dott.ssa Anna Neri"), in order."""
    return [m.group(0) for m in TITLED_NAME_RE.finditer(text) if is_person_name(m.group(0))]


def person_in(cell: str) -> str | None:
    """The person a cell names, also when a role follows ("dott. Rossi – Titolare di
    E.Q.", "arch. Bellini (dirigente)") or leads ("Comandante Mario Bestetti"): the
    name as written, honorific kept."""
    cell = cell.strip()
    if is_person_name(cell):
        return cell
    if (m := _ROLE_HEAD_RE.match(cell)) and (found := person_in(cell[m.end():])):
        return found
    head = _ROLE_TAIL_RE.sub("", cell).strip()
    return head if head and head != cell and is_person_name(head) else None
