"""Italian word lists: the words that carry no topic in one context or another.

The lists differ on purpose, each for the place it is used (a word generic in a file
name is a topic in a question), so each is named for its job. Lists of folded words
say so; the others are lower case as written.
"""

from __future__ import annotations

# Function words for BM25 (SQLite FTS5), written accent-folded: the check runs on
# `fold_ascii` forms, in documents and queries alike.
ITALIAN_STOPWORDS: frozenset[str] = frozenset(
    """
    il lo la i gli le un uno una
    di a da in con su per tra fra
    del dello della dei degli delle dell
    al allo alla ai agli alle all
    dal dallo dalla dai dagli dalle dall
    nel nello nella nei negli nelle nell
    col coi sul sullo sulla sui sugli sulle sull pel
    io tu lui lei noi voi loro egli ella essi esse esso essa
    me te se ce ve ne mi ti ci si vi li glie gliela glielo gliele glieli
    mio mia miei mie tuo tua tuoi tue suo sua suoi sue
    nostro nostra nostri nostre vostro vostra vostri vostre
    questo questa questi queste quest quello quella quelli quelle quel quei quegli quell
    cio cui stesso stessa stessi stesse altro altra altri altre
    chi che cosa cos quale quali qual quanto quanta quanti quante
    come dove quando perche
    e ed o od ma pero oppure ovvero ossia sia anche neanche nemmeno neppure
    quindi dunque mentre poiche siccome affinche benche sebbene cioe infatti
    nonche bensi anzi inoltre pure tuttavia
    non piu meno gia ancora sempre mai poi qui qua ecco cosi tanto tanta tanti tante
    tutto tutta tutti tutte tutt ogni molto molta molti molte poco po
    essere sono sei siamo siete ero eri era eravamo eravate erano
    fui fosti fu fummo foste furono saro sarai sara saremo sarete saranno
    sarei saresti sarebbe saremmo sareste sarebbero siate siano
    fossi fosse fossimo fossero stato stata stati state essendo
    avere ho hai ha abbiamo avete hanno avevo avevi aveva avevamo avevate avevano
    ebbi avesti ebbe avemmo aveste ebbero avro avrai avra avremo avrete avranno
    avrei avresti avrebbe avremmo avreste avrebbero abbia abbiate abbiano
    avessi avesse avessimo avessero avuto avuta avuti avute avendo
    fa fanno sta stanno puo possono deve devono
    nessun nessuno nessuna alcun alcuno alcuna alcuni alcune
    ciascun ciascuno ciascuna qualche qualcuno qualcosa
    dopo prima durante verso senza sopra sotto dentro fuori presso
    """.split()
)

# Words of a question that say what kind of thing is asked, not which one: they do
# not count as topic (the objective, the plan, the asking itself). Matched as
# written (casefolded, before stemming).
QUESTION_GENERIC_WORDS: frozenset[str] = frozenset(
    (
        "obiettivo obiettivi comune piano piao previsto prevista previsti documento "
        "responsabile settore chi quale quali cosa cose indicatore indicatori fasi tempi "
        "valore valori atteso finalità programma progetto ente anno prevede prevedono prevedere "
        "riguarda riguardano strategico strategica strategici strategiche linea linee "
        "assessore assessora assessori sindaco dirigente referente referenti riferimento titolare segue seguono cura curano carico affidato affidata affidati affidate "
        "gestisce gestiscono occupa occupano quando quanto quanti quante entro data "
        "elenca elenco elenchi elencami elencare elencate elencatemi lista dimmi sapere vorrei voglio vogliamo vorremmo indicato indicata indica citato citati "
        "qual è sono ha hanno il lo la i gli le di del della dei delle nel nella per con su secondo "
        "obiettivi operativi operativo titolari responsabili settori aree area dirigenti "
        # field names: they say which attribute is asked, the frame's fields carry them
        "dipendenti assegnati assegnato personale stakeholder target motivazione "
        # (the staff in an employee's words: "quali colleghi ci lavorano", "quanta gente")
        "colleghi collega collaboratori collaboratrici lavora lavorano gente "
        "ricade ricadono rientra rientrano "
        # (the words that link one thing to another, "l'obiettivo legato al progetto 2.4":
        # the relation asked, not a topic)
        "legato legata legati legate collegato collegata collegati collegate "
        # (the words that pair each item with its own value, "le fasi con i rispettivi
        # periodi", "gli assessori con le relative deleghe": the pairing, not a topic)
        "rispettivo rispettiva rispettivi rispettive relativo relativa relativi relative "
        # ("le fasi con i periodi": a span of time named as the value asked, as "tempi"
        # and "data" are; the period itself, "periodo estivo", is named by its adjective)
        "periodo periodi "
        # auxiliary and modal verbs: they carry tense and mood, not topic
        "vuole vogliono si vuol deve devono dovrà dovranno può possono potrà fa fanno viene "
        "vengono verrà verranno sarà saranno era erano stato stata stati state essere avere "
        # the verbs of containment ("quali servizi comprende / include il settore"): the
        # relation of a unit to its parts, which the org chart states without them
        "comprende comprendono include includono contiene contengono "
        # ("vanno fatti", "va fatta": the light verbs of a duty, not what is done)
        "va vanno andrà andranno fare far fatto fatta fatti fatte "
        # ("contando anche …": the counting asked, not what is counted)
        "contando contare contati contate "
        # "quanto vale / ammonta": the verb of a question about an amount, not its topic
        "vale valgono ammonta ammontano "
        # the verbs of aiming that ask for a purpose ("cosa si prefigge"), and "sanno"
        # of "quello che sanno fare": the asking and its light verbs, not the topic
        "prefigge prefiggono sanno "
        # the verbs of aiming at a value or an outcome ("che quota vuole raggiungere",
        # "dove vuole arrivare", "cosa si vuole ottenere"): they ask a target or a result
        "raggiungere raggiunge raggiungono raggiungerà arrivare arriva arrivano arriverà "
        "ottenere ottiene ottengono puntare punta puntano "
        # the verbs of a span's ends ("entro quando deve chiudersi", "quando iniziano",
        # "finiscono prima"): they ask when the thing starts or ends, not what it is
        "chiudersi chiudere chiude chiudono chiuderà concludersi concludere conclude concludono concluderà "
        "chiuso chiusa chiusi chiuse concluso conclusa conclusi concluse "
        "terminare termina terminano terminerà finire finisce finiscono finirà "
        "iniziare inizia iniziano inizierà cominciare comincia cominciano "
        # ("parte" stays: "da che dato si parte" asks a starting value, "valore di partenza")
        # how many items a list question wants ("le prime cinque"), not what about
        "primo prima primi prime ultimo ultima ultimi ultime principali due tre quattro cinque "
        "sei sette otto nove dieci undici dodici tredici quattordici quindici sedici diciassette diciotto "
        "diciannove venti "
        # how the asker refers to the text and to a name ("c'è scritto solo l'area",
        # "come si chiama"): the asking, not its topic
        "scritto scritta scritti scritte dice dicono riporta riportano chiama chiamano "
        "compare compaiono comparire appare appaiono "
        "nome nomi nominativo nominativi solo soltanto già "
        # the sign of a comparison written as a heading ("A vs B"): the asking, not a topic
        "vs versus "
        # a person's title in full ("la dottoressa che guida …"): it says the answer is
        # a person, and plans abbreviate it ("dott.ssa"), so it is no topic word
        "dottoressa dottore dottor ingegnere ingegner architetto architetta geometra ragioniere ragioniera"
    ).split()
)

# Words of a drafting intent that say what to do to something, not what: sharing
# only these with an objective does not make it a precedent. Casefolded as written.
INTENT_GENERIC_WORDS: frozenset[str] = frozenset(
    """
    migliorare miglioramento potenziare potenziamento garantire garanzia gestire gestione
    realizzare realizzazione implementare implementazione favorire promuovere promozione
    sostenere sostegno ridurre riduzione aumentare aumento incrementare incremento
    rafforzare rafforzamento attivare attivazione sviluppare sviluppo assicurare nuovo
    nuova nuovi nuove comune comunale comunali ente servizio servizi attività obiettivo
    obiettivi progetto intervento interventi azioni azione cittadini cittadino città
    piano efficace efficiente migliore maggiore ampliare ampliamento avviare avvio
    prevenire ulteriore ulteriormente relativo relativi relative personale
    """.split()
)

# Words naming the kind of public body before its name ("Comune di …", "Unione dei
# comuni …"), as `fold_name` words: a kind, never a name of its own.
PUBLIC_BODY_WORDS: frozenset[str] = frozenset(
    "comune citta unione provincia regione comunita consorzio municipio azienda ambito".split()
)

# Words of the leading part of a file name that describe the kind of document, not
# whom it belongs to: such a part names no municipality (document aliases, as
# `fold_name` words).
FILE_NAME_GENERIC_WORDS: frozenset[str] = frozenset(
    """piao piano integrato attivita organizzazione performance valore pubblico obiettivi
    obiettivo operativi operativo strategici dup sezione di del della txt pdf
    docx md""".split()
) | PUBLIC_BODY_WORDS

# File-name words that are neither the municipality nor the topic: the first word of
# a file name that cannot start a municipality's name, and words left out of the
# title's topic (lower case).
FILE_NAME_NOISE: frozenset[str] = frozenset(
    "piao p.i.a.o pdf docx txt doc comune citta città di del della sezione "
    "sottosezione allegato all def definitivo bozza final v".split()
)

# Words of a place name that stay lower case in Italian ("Borgo d'Esempio",
# "Villa sull'Argine", "Castel di Prova", "Cascina de' Prati").
PLACE_PARTICLES: frozenset[str] = frozenset(
    "di del della dello dei degli delle de da dal dalla in con sul sulla sullo "
    "al alla allo nel nella a e".split()
)
# Elided particles a place-name word may start with ("d'Esempio", "sull'Argine"), tried
# in this order.
ELIDED_PARTICLES: tuple[str, ...] = ("d'", "dell'", "sull'", "all'", "nell'", "dall'", "l'")

# Articles and articled prepositions, lower case as written: what stands before a noun
# ("il canile", "della piscina") or joins a complement to one ("la formazione dei dipendenti").
ARTICLES: frozenset[str] = frozenset({"il", "lo", "la", "i", "gli", "le", "un", "uno", "una"})

# Kinds of organisation, as a regex alternation: the word plans name a company, a
# cooperative or an association with ("Cooperativa X", "X spa" is a legal form, not a kind).
ORGANISATION_KINDS = (r"cooperativ[ae]|associazion[ei]|fondazion[ei]|consorzi[oa]|societ[àa]|ditt[ae]|"
                      r"impres[ae]|gestore|aziend[ae]")

# Abbreviations that point elsewhere in a text ("art. 6", "pag. 12", "Rif. DUP", "cfr."),
# as written before their full stop. They carry no topic, and their letters are the stems
# of content words ("arte", "pagamenti", "rifiuti" stem to "art", "pag", "rif").
REFERENCE_ABBREVIATIONS: frozenset[str] = frozenset(
    "art artt pag pagg rif cfr sez cap tab fig lett all ecc vd co".split()
)

MONTHS: tuple[str, ...] = ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
                           "settembre", "ottobre", "novembre", "dicembre")
ARTICLED_PREPOSITIONS: frozenset[str] = frozenset({
    "del", "dello", "della", "dei", "degli", "delle", "al", "allo", "alla", "ai", "agli", "alle",
    "dal", "dallo", "dalla", "dai", "dagli", "dalle", "nel", "nello", "nella", "nei", "negli", "nelle",
    "sul", "sullo", "sulla", "sui", "sugli", "sulle",
})

# Words that end a "Comune di X" mention: the sentence goes on after the name
# ("Comune di Testolandia intende …"). Lower case.
MENTION_STOP_WORDS: frozenset[str] = frozenset(
    "il lo la i gli le un una che per con nel nella sono è ha e ed o a da in si non "
    "intende dovrà rientra approvato approvata".split()
)

# Prepositions, plain and articulated (elided forms with their apostrophe): a
# phrase opening with one is not a noun phrase. Lower case.
PREPOSITIONS: frozenset[str] = frozenset(
    """a ad al allo alla ai agli alle all' con su sul sullo sulla sui sugli sulle sull' per in
    nel nello nella nei negli nelle nell' tra fra da dal dallo dalla dai dagli dalle dall'""".split()
)

# Words that name an office's kind, not the office ("Settore", "U.O.", "di"): two
# office names are the same without them. `fold_name` words.
OFFICE_KIND_WORDS: frozenset[str] = frozenset(
    {"settore", "area", "servizio", "ufficio", "u", "o", "unita", "organizzativa", "e", "di", "del", "della", "dei"}
)

# Words of a sector page's tag ("OBIETTIVO PLURIENNALE DI MIGLIORAMENTO - FASE 2")
# that qualify the objective without naming it. Upper case.
TAG_QUALIFIERS: frozenset[str] = frozenset([
    "DI", "DEL", "E", "ED", "PLURIENNALE", "BIENNALE", "TRIENNALE", "ANNUALE",
    "MIGLIORAMENTO", "MANTENIMENTO", "SVILUPPO", "INTERSETTORIALE", "TRASVERSALE",
    "STRATEGICO", "OPERATIVO", "FASE",
])
