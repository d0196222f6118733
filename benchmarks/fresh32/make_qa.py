"""Write fresh32_qa.jsonl (questions written by hand below; ids assigned in order f32-001 …).

Row format of /work/shared/eval/README.md, key order id, question, answer, must_contain, doc, evidence,
evidence_docs, type (evidence_docs on every row, [] for doc-null rows).

Run: /work/main/.venv/bin/python benchmarks/fresh32/make_qa.py [OUT_FILE]
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "fresh32_qa.jsonl"
M = "cavrenzo_piao-2026-2028.md"
P = "sermadola_piao-2026-2028.pdf"

# (type, question, answer, must_contain, [(doc, anchor), ...]); the row's doc = the docs of its anchors
Q = [
    # ------------------------------------------------------------------------------------------ responsabile
    ("responsabile",
     "Chi è il responsabile dell'obiettivo sulla residenza on line a Cavrenzo? Mi serve il nome.",
     "L'obiettivo CV.01 (Residenza on line e certificati anagrafici digitali) indica come responsabile il «Resp. "
     "Servizi demografici»; nell'organigramma il Servizio Servizi demografici, Stato civile ed Elettorale ha come "
     "responsabile la sig.ra Angela Realini.",
     [["Realini"]],
     [(M, "Residenza on line e certificati anagrafici digitali"), (M, "resp. sig.ra Angela Realini")]),
    ("responsabile",
     "chi segue la bonifica della banca dati IMU a cavrenzo?",
     "L'obiettivo CV.04 è assegnato all'Area Finanziaria – Tributi con responsabile il «Resp. Servizio Tributi», "
     "cioè la dott.ssa Federica Tettamanti (responsabile del Servizio Tributi nell'organigramma).",
     [["Tettamanti"]],
     [(M, "Bonifica della banca dati IMU e accertamento delle aree edificabili"),
      (M, "Servizio Tributi – resp. dott.ssa Federica Tettamanti")]),
    ("responsabile",
     "Chi è responsabile del piano asfaltature e marciapiedi?",
     "È l'obiettivo CV.07 del Comune di Cavrenzo (Piano pluriennale di asfaltature e rifacimento dei marciapiedi, "
     "Area Tecnica – Lavori pubblici e Manutenzioni): la tabella indica il «Responsabile Area Tecnica», che "
     "nell'organigramma è l'arch. Davide Piccinelli.",
     [["Piccinelli"]],
     [(M, "Piano pluriennale di asfaltature e rifacimento dei marciapiedi"),
      (M, "resp. arch. Davide Piccinelli (EQ)")]),
    ("responsabile",
     "Mensa scolastica di Cavrenzo, nuovo capitolato: chi ne risponde?",
     "L'obiettivo CV.12 ha come responsabile il «Resp. Servizio Istruzione, Cultura e Biblioteca», cioè il dott. "
     "Pietro Caravati.",
     [["Caravati"]],
     [(M, "Mensa scolastica: nuovo capitolato con prodotti locali e biologici"),
      (M, "Servizio Istruzione, Cultura e Biblioteca – resp. dott. Pietro Caravati")]),
    ("responsabile",
     "Chi è il responsabile dei controlli interni e delle misure alternative alla rotazione a Cavrenzo?",
     "L'obiettivo CV.14 è assegnato alla Segreteria generale con responsabile il «Segretario comunale»: il dott. "
     "Franco Zanzottera, che è anche RPCT.",
     [["Zanzottera"]],
     [(M, "Controlli interni e misure alternative alla rotazione degli incarichi"),
      (M, "dott. Franco Zanzottera (RPCT, coordinamento dei Responsabili di Area)")]),
    ("responsabile",
     "Chi è il responsabile della riqualificazione del centro sportivo di via dei Gelsomini?",
     "Il geom. Luca Broggini (Comune di Cavrenzo, obiettivo CV.06, Area Tecnica – Lavori pubblici e "
     "Manutenzioni).",
     [["Broggini"]],
     [(M, "Riqualificazione del centro sportivo di via dei Gelsomini")]),
    ("responsabile",
     "Chi è il responsabbile della messa in sicurezza del ponte sulla roggia Gandorla? Voglio il nome.",
     "L'obiettivo OP.07 del Comune di Sermadola indica il «Responsabile Settore Tecnico»; nella Tabella 2 il "
     "Settore Tecnico è affidato all'ing. Paolo Cabrini, incaricato EQ.",
     [["Cabrini"]],
     [(P, "Messa in sicurezza del ponte"), (P, "ing. Paolo Cabrini – incaricato EQ")]),
    ("responsabile",
     "Chi si occupa dell'adeguamento sismico della scuola primaria di via Argine Vecchio? Nome e cognome.",
     "L'obiettivo OP.06 di Sermadola è affidato al «Responsabile Settore Tecnico», cioè l'ing. Paolo Cabrini "
     "(Tabella 2, Settori e responsabili).",
     [["Cabrini"]],
     [(P, "Adeguamento sismico e nuova"), (P, "ing. Paolo Cabrini – incaricato EQ")]),
    ("responsabile",
     "chi è il responsabile dell'obiettivo SUAP a Sermadola?",
     "L'obiettivo OP.10 (SUAP: riduzione dei tempi delle pratiche per le imprese) è del «Responsabile Settore "
     "Territorio e Attività produttive»: l'arch. Nadia Fiorentini, incaricata EQ.",
     [["Fiorentini"]],
     [(P, "SUAP: riduzione dei tempi delle"), (P, "arch. Nadia Fiorentini – incaricata EQ")]),
    ("responsabile",
     "A Sermadola chi è responsabile dei pagamenti con pagoPA per mensa e trasporto scolastico?",
     "L'obiettivo OP.02 è affidato al «Responsabile Settore Economico-finanziario e Tributi», cioè il rag. Enrico "
     "Ferrandi.",
     [["Ferrandi"]],
     [(P, "Pagamenti con pagoPA per"), (P, "rag. Enrico Ferrandi – incaricato EQ")]),
    ("responsabile",
     "Chi risponde del protocollo informatico unico a Sermadola?",
     "L'obiettivo OP.01 è del «Responsabile Settore Affari generali e Servizi demografici»: la dott.ssa Michela "
     "Rossoni, incaricata EQ.",
     [["Rossoni"]],
     [(P, "Protocollo informatico unico e"), (P, "dott.ssa Michela Rossoni – incaricata EQ")]),
    ("responsabile",
     "Chi è responsabile dell'aggiornamento del piano di protezione civile di Sermadola?",
     "L'obiettivo OP.15 indica il «Responsabile Settore Polizia Locale»; il Settore Polizia Locale (che comprende "
     "la protezione civile) è affidato al comm. Aldo Scaglioni, Comandante e incaricato EQ.",
     [["Scaglioni"]],
     [(P, "considera il rischio idraulico della roggia Gandorla, che è esondata"),
      (P, "comm. Aldo Scaglioni – Comandante, incaricato EQ")]),
    # ------------------------------------------------------------------------------------------ tempistica
    ("tempistica",
     "Entro quando va rendicontato il nuovo sito istituzionale di Cavrenzo finanziato dal PNRR?",
     "Entro il 30 settembre 2026 (asseverazione e rendicontazione sulla piattaforma PA digitale 2026; è anche la "
     "scadenza dell'obiettivo CV.03). Il nuovo sito va pubblicato entro giugno 2026.",
     [["30 settembre 2026", "30/09/2026"]],
     [(M, "Asseverazione e rendicontazione sulla piattaforma PA digitale 2026")]),
    ("tempistica",
     "Da quando i pasti a domicilio vengono consegnati anche il sabato e la domenica?",
     "Da marzo 2026 (Comune di Cavrenzo, obiettivo CV.10 «Pronto anziani»: estensione della consegna al sabato e "
     "alla domenica).",
     [["marzo 2026"]],
     [(M, "Estensione della consegna al sabato e alla domenica – da marzo 2026")]),
    ("tempistica",
     "Quando è previsto il primo lotto dei lavori del centro sportivo di Cavrenzo?",
     "Il primo lotto (spogliatoi e tribuna) è previsto da luglio 2026 a gennaio 2027; il secondo lotto (campo in "
     "erba sintetica) entro giugno 2027.",
     [["luglio 2026"], ["gennaio 2027"]],
     [(M, "Primo lotto: spogliatoi e tribuna – luglio 2026-gennaio 2027")]),
    ("tempistica",
     "Entro quando deve essere approvato il regolamento della tariffa puntuale a Cavrenzo?",
     "Entro dicembre 2026 (ultima fase dell'obiettivo CV.08, scadenza 31/12/2026); la tariffa puntuale su tutto il "
     "territorio è prevista dal 2027.",
     [["dicembre 2026"]],
     [(M, "Approvazione del regolamento della tariffa puntuale – entro dicembre 2026")]),
    ("tempistica",
     "Quando scade l'appalto della mensa scolastica a Sermadola e da quando parte il nuovo contratto?",
     "L'appalto della refezione scolastica scade il 31 agosto 2026; il nuovo contratto di refezione parte dal 1° "
     "settembre 2026 (obiettivo OP.11, scadenza 31/08/2026).",
     [["31 agosto 2026"], ["1° settembre", "1 settembre"]],
     [(P, "L'appalto della refezione scolastica scade il 31 agosto 2026 e le"),
      (P, "Risultato atteso: Nuovo contratto di refezione dal 1° settembre")]),
    ("tempistica",
     "Entro quando va aggiornato il manuale di gestione documentale a Sermadola?",
     "Entro il 30 giugno 2026 (risultato atteso dell'obiettivo OP.01 sul protocollo informatico unico; scadenza "
     "dell'obiettivo 31/12/2026).",
     [["30 giugno 2026"]],
     [(P, "documentale aggiornato entro il 30 giugno 2026.")]),
    ("tempistica",
     "Da quando c'è il limite di 3,5 tonnellate sul ponte di via dei Mulini?",
     "Dal 12 settembre 2025 (Comune di Sermadola, obiettivo OP.07): il limite impedisce il passaggio dello "
     "scuolabus e dei mezzi agricoli.",
     [["12 settembre 2025"]],
     [(P, "copriferro; dal 12 settembre 2025 è in vigore il limite di 3,5")]),
    ("tempistica",
     "Qual è la scadenza dell'obiettivo sulla sicurezza stradale davanti alle scuole a Sermadola?",
     "30/06/2026 (obiettivo OP.14, Sicurezza stradale davanti alle scuole e controllo della velocità).",
     [["30/06/2026", "30 giugno 2026"]],
     [(P, "Sicurezza stradale davanti alle")]),
    # ------------------------------------------------------------------------------------------ indicatore
    ("indicatore",
     "Quali sono i target 2026, 2027 e 2028 dei cambi di residenza presentati on line a Cavrenzo?",
     "45% nel 2026, 55% nel 2027 e 65% nel 2028 (obiettivo CV.01; l'altro indicatore, tempo medio di "
     "registrazione della residenza: 2 giorni, 2 giorni, 1 giorno).",
     [["45%"], ["55%"], ["65%"]],
     [(M, "Cambi di residenza presentati on line")]),
    ("indicatore",
     "Quante posizioni IMU vanno verificate nel 2026 e nel 2027 a Cavrenzo, e quanti avvisi di accertamento?",
     "Posizioni IMU verificate: 420 nel 2026 e 300 nel 2027; avvisi di accertamento emessi: 150 nel 2026 e 100 "
     "nel 2027 (obiettivo pluriennale CV.04, nessun target 2028).",
     [["420"], ["300"], ["150"], ["100"]],
     [(M, "Posizioni IMU verificate")]),
    ("indicatore",
     "target telecamere 2027 cavrenzo?",
     "34 telecamere attive nel 2027 (28 nel 2026, 40 nel 2028), obiettivo CV.13 Videosorveglianza e presidio "
     "serale del territorio.",
     [["34"]],
     [(M, "Videosorveglianza e presidio serale del territorio")]),
    ("indicatore",
     "Che indicatori ha la sperimentazione della tariffa puntuale e quali valori sono attesi nel 2026?",
     "Obiettivo CV.08 di Cavrenzo: raccolta differenziata comunale 74% e 650 utenze con contenitore dotato di "
     "transponder nel 2026 (77% e 4.100 nel 2027, 80% e 4.300 nel 2028).",
     [["74%"], ["650"]],
     [(M, "Utenze con contenitore dotato di transponder")]),
    ("indicatore",
     "Qual è il target 2028 delle pratiche edilizie da digitalizzare a Cavrenzo?",
     "7.800 pratiche edilizie scansionate e indicizzate nel 2028 (2.500 nel 2026, 5.000 nel 2027; obiettivo "
     "CV.09).",
     [["7.800", "7800"]],
     [(M, "Pratiche edilizie scansionate e indicizzate")]),
    ("indicatore",
     "Qual è l'indicatore dell'obiettivo sui pagamenti pagoPA di Sermadola e quali sono i target per anno?",
     "Incassi dei servizi a domanda tramite pagoPA sul totale: 70% nel 2026, 85% nel 2027, 95% nel 2028 "
     "(obiettivo OP.02).",
     [["70%"], ["85%"], ["95%"]],
     [(P, "Incassi dei servizi a domanda")]),
    ("indicatore",
     "Quanti punti luce a LED devono esserci a Sermadla a fine 2027?",
     "900 punti luce a LED (valore cumulato) nel 2027; 700 nel 2026 e 1.050 nel 2028 (obiettivo OP.08 del Comune "
     "di Sermadola).",
     [["900"]],
     [(P, "Punti luce a LED (valore")]),
    ("indicatore",
     "Quali sono i target delle somme accertate per IMU e TARI a Sermadola nel triennio?",
     "Somme accertate: 120.000 euro nel 2026, 100.000 nel 2027 e 90.000 nel 2028 (obiettivo OP.04, scadenza "
     "30/11/2026).",
     [["120.000"], ["100.000"], ["90.000"]],
     [(P, "Somme accertate (euro)")]),
    ("indicatore",
     "Quali valori attesi ha l'intervento sul ponte della roggia Gandorla nel 2026 e nel 2027?",
     "Indicatore «Stato di avanzamento dell'intervento»: nel 2026 progetto esecutivo e gara, nel 2027 lavori "
     "conclusi; nessun valore per il 2028 (obiettivo OP.07, scadenza 31/03/2027).",
     [["progetto esecutivo"], ["lavori conclusi"]],
     [(P, "Stato di avanzamento")]),
    # ------------------------------------------------------------------------------------------ numerico
    ("numerico",
     "Quanti abitanti ha Cavrenzo?",
     "9.418 abitanti al 31 dicembre 2025 (4.611 maschi e 4.807 femmine).",
     [["9.418", "9418"]],
     [(M, "9.418 (4.611 maschi e 4.807 femmine)")]),
    ("numerico",
     "Quanto ha ottenuto Cavrenzo dal PNRR per il nuovo sito istituzionale?",
     "80.000 euro dall'avviso PNRR Misura 1.4.1 «Esperienza del cittadino nei servizi pubblici», da rendicontare "
     "entro il 30 settembre 2026.",
     [["80.000"]],
     [(M, "dall'avviso PNRR Misura 1.4.1 «Esperienza del cittadino nei servizi pubblici»")]),
    ("numerico",
     "Quanto costa in totale la riqualificazione del centro sportivo di via dei Gelsomini e quanto mette la Regione?",
     "Investimento complessivo di 1.150.000 euro, di cui 700.000 euro di contributo regionale (Cavrenzo, CV.06).",
     [["1.150.000"], ["700.000"]],
     [(M, "investimento complessivo di 1.150.000 euro")]),
    ("numerico",
     "Quanti processi sono stati mappati nell'analisi dei rischi corruttivi di Cavrenzo e quanti sono a rischio "
     "alto?",
     "62 processi mappati: 11 a rischio alto, 23 a rischio medio e 28 a rischio basso.",
     [["62"], ["11"]],
     [(M, "La mappatura aggiornata comprende 62 processi")]),
    ("numerico",
     "Quanto vale il finanziamento PNRR per la palestra della scuola di via Argine Vecchio e quanto paga il Comune?",
     "Finanziamento PNRR (Missione 4, Componente 1, Investimento 1.3) di € 180.000,00 per la nuova palestra; la "
     "quota a carico del bilancio comunale è di € 45.000,00 (nota a piè di pagina dell'obiettivo OP.06 di "
     "Sermadola).",
     [["180.000"], ["45.000"]],
     [(P, "Investimento 1.3 di € 180.000,00 per la nuova palestra")]),
    ("numerico",
     "Quanto costa il ponte sulla roggia Gandorla e quanto copre la Regione?",
     "Il costo complessivo dell'opera è stimato in € 310.000,00; Regione Lombardia contribuisce con € 250.000,00 "
     "(decreto del 3 novembre 2025).",
     [["310.000"], ["250.000"]],
     [(P, "il costo complessivo dell'opera è stimato in € 310.000,00")]),
    ("numerico",
     "Quanto hanno accertato per IMU e TARI a Sermadola nel 2025?",
     "€ 104.600,00 accertati nel 2025, di cui € 61.300,00 già riscossi al 31 dicembre 2025 (nota dell'obiettivo "
     "OP.04).",
     [["104.600"]],
     [(P, "Nel 2025 le somme accertate per IMU e TARI sono state pari a € 104.600,00")]),
    ("numerico",
     "Con quanto viene cofinanziato il progetto «Nessuno resta solo» e da chi?",
     "€ 24.000,00 per il biennio 2026-2027 dalla Fondazione Padana per il Sociale (Comune di Sermadola, OP.12).",
     [["24.000"]],
     [(P, "Progetto cofinanziato dalla Fondazione Padana per il Sociale")]),
    # ------------------------------------------------------------------------------------------ obiettivo
    ("obiettivo",
     "Perché Cavrenzo ha scelto Boscalina per la sperimentazione della tariffa puntuale?",
     "Perché la frazione, con 650 utenze, è servita da un unico giro di raccolta (nel 2025 la differenziata era al "
     "71,4% e il secco residuo a 118 kg per abitante).",
     [["unico giro di raccolta"]],
     [(M, "scelta per la sperimentazione perché è servita da un unico giro di raccolta")]),
    ("obiettivo",
     "Cosa si vuole ottenere con «Pronto anziani»?",
     "Consegna dei pasti sette giorni su sette, telesoccorso gratuito per gli anziani soli con ISEE inferiore a "
     "15.000 euro e azzeramento della lista d'attesa (Cavrenzo, CV.10).",
     [["sette giorni su sette", "7 giorni su 7"], ["telesoccorso"], ["lista d'attesa"]],
     [(M, "Consegna dei pasti sette giorni su sette, telesoccorso gratuito")]),
    ("obiettivo",
     "Qual è il risultato atteso dell'adeguamento sismico della scuola di via Argine Vecchio?",
     "Miglioramento sismico dell'edificio e nuova palestra di 480 metri quadrati, con lavori organizzati per "
     "lotti in modo da non sospendere le lezioni (Sermadola, OP.06).",
     [["480"], ["lotti"]],
     [(P, "palestra di 480 metri quadrati, con lavori organizzati per lotti in")]),
    ("obiettivo",
     "Che risultato si aspetta Sermadola dalla custodia sociale degli anziani soli?",
     "Una rete di custodia sociale con volontari formati, telefonate periodiche e visite domiciliari agli anziani "
     "soli, e un piano di emergenza per le ondate di calore (OP.12).",
     [["volontari"], ["ondate di calore"]],
     [(P, "Risultato atteso: Rete di custodia sociale con volontari formati,")]),
    ("obiettivo",
     "Perché a Sermadola va aggiornato il piano di protezione civile?",
     "Perché risale al 2014 e non considera il rischio idraulico della roggia Gandorla, esondata il 4 ottobre 2024 "
     "allagando 23 abitazioni di via dei Mulini.",
     [["2014"], ["rischio idraulico"]],
     [(P, "considera il rischio idraulico della roggia Gandorla, che è esondata")]),
    ("obiettivo",
     "Perché il sito istituzionale di Cavrenzo va rifatto?",
     "Il sito attuale, del 2016, non rispetta le linee guida sull'accessibilità e non consente di avviare on line i "
     "procedimenti più richiesti; il rifacimento è finanziato con 80.000 euro del PNRR.",
     [["2016"], ["accessibilità"]],
     [(M, "Il sito attuale, realizzato nel 2016, non rispetta le linee guida")]),
    ("obiettivo",
     "Cosa prevede l'obiettivo sul centro di raccolta rifiuti di Sermadola?",
     "Apertura di 14 ore settimanali (oggi 9), anche il mercoledì pomeriggio, accesso con la tessera sanitaria e "
     "registrazione dei conferimenti per ciascuna utenza (OP.09, centro di via Cascina Boselli).",
     [["14 ore"], ["tessera sanitaria"]],
     [(P, "Risultato atteso: Apertura di 14 ore settimanali, anche il")]),
    # ------------------------------------------------------------------------------------------ elenco
    ("elenco",
     "Quali sono tutte le fasi dell'obiettivo sulla residenza on line a Cavrenzo?",
     "1) Pubblicazione della guida illustrata sul sito (entro febbraio 2026); 2) attivazione della postazione "
     "assistita allo sportello (marzo 2026); 3) campagna informativa con le scuole e le associazioni "
     "(aprile-maggio 2026); 4) monitoraggio trimestrale delle pratiche presentate on line (da giugno 2026).",
     [["guida illustrata"], ["postazione assistita"], ["campagna informativa"], ["monitoraggio trimestrale"]],
     [(M, "Pubblicazione della guida illustrata sul sito – entro febbraio 2026"),
      (M, "Monitoraggio trimestrale delle pratiche presentate on line")]),
    ("elenco",
     "Chi sono gli stakeholder dell'apertura serale della biblioteca di Cavrenzo?",
     "Studenti universitari, lavoratori, famiglie con bambini da 0 a 6 anni, pediatri di libera scelta e "
     "l'associazione Libri in Piazza (obiettivo CV.11).",
     [["studenti universitari"], ["lavoratori"], ["famiglie con bambini"], ["pediatri"], ["Libri in Piazza"]],
     [(M, "studenti universitari, lavoratori, famiglie con bambini da 0 a 6 anni")]),
    ("elenco",
     "Chi è il personale coinvolto nella videosorveglianza a Cavrenzo?",
     "Giorgio Montalbetti (vice commissario), Chiara Lucchina e Luca Stucchi (agenti di polizia locale).",
     [["Montalbetti"], ["Lucchina"], ["Stucchi"]],
     [(M, "Giorgio Montalbetti – vice commissario"), (M, "Luca Stucchi – agente di polizia locale")]),
    ("elenco",
     "Quali servizi fanno parte dell'Area Affari generali di Cavrenzo?",
     "Segreteria, Protocollo e Messi (con l'Ufficio Protocollo e Messi notificatori), Servizi demografici, Stato "
     "civile ed Elettorale, Servizi informativi e Transizione digitale; responsabile d'Area la dott.ssa Marta "
     "Besozzi.",
     [["Segreteria"], ["demografici"], ["Servizi informativi"]],
     [(M, "Servizi demografici, Stato civile ed Elettorale – resp. sig.ra Angela Realini"),
      (M, "Servizi informativi e Transizione digitale – resp. p.i. Andrea Maffioli")]),
    ("elenco",
     "Quali obiettivi rientrano nella linea strategica 3 del Comune di Cavrenzo?",
     "Quattro: CV.06 riqualificazione del centro sportivo di via dei Gelsomini, CV.07 piano pluriennale di "
     "asfaltature e rifacimento dei marciapiedi, CV.08 tariffa puntuale (sperimentazione a Boscalina), CV.09 "
     "digitalizzazione dell'archivio delle pratiche edilizie.",
     [["centro sportivo"], ["asfaltature"], ["tariffa puntuale"], ["pratiche edilizie"]],
     [(M, "Linea strategica 3 – Territorio curato e sostenibile")]),
    ("elenco",
     "Elencami gli obiettivi assegnati al Settore Territorio e Attività produttive di Sermadola.",
     "Tre: OP.05 revisione delle concessioni degli immobili comunali e degli impianti sportivi, OP.09 centro di "
     "raccolta rifiuti (nuovi orari e accesso con tessera sanitaria), OP.10 SUAP: riduzione dei tempi delle "
     "pratiche per le imprese.",
     [["concessioni"], ["centro di raccolta"], ["SUAP"]],
     [(P, "Revisione delle concessioni degli"), (P, "Centro di raccolta rifiuti: nuovi"),
      (P, "SUAP: riduzione dei tempi delle")]),
    ("elenco",
     "Quali Settori ha il Comune di Sermadola?",
     "Oltre alla Segreteria generale: Settore Affari generali e Servizi demografici, Settore Economico-finanziario "
     "e Tributi, Settore Tecnico, Settore Territorio e Attività produttive, Settore Servizi alla persona e "
     "Istruzione, Settore Polizia Locale (sei Settori).",
     [["Affari generali"], ["Economico-finanziario"], ["Tecnico"], ["Territorio"], ["Servizi alla persona"],
      ["Polizia Locale"]],
     [(P, "Tabella 2 – Settori e responsabili al 1° gennaio 2026")]),
    ("elenco",
     "Quali sono i processi a rischio alto a Sermadola?",
     "Sette su 48 mappati: affidamenti diretti, concessione di contributi economici, permessi di costruire, "
     "accertamenti tributari, gestione del cimitero, assunzioni e controlli della Polizia Locale.",
     [["affidamenti diretti"], ["contributi"], ["permessi di costruire"], ["accertamenti tributari"],
      ["cimitero"], ["assunzioni"], ["controlli della Polizia Locale"]],
     [(P, "Sono stati mappati 48 processi, 7 dei quali a rischio alto")]),
    # ------------------------------------------------------------------------------------------ multi_hop
    ("multi_hop",
     "L'assistente sociale coinvolta in «Pronto anziani» di quale ufficio è referente, e chi è la responsabile "
     "della sua Area?",
     "È Irene Colombini, referente del Segretariato sociale e assistenza domiciliare (Servizi sociali); l'Area "
     "Servizi alla persona ha come responsabile la dott.ssa Valeria Crugnola (Cavrenzo).",
     [["Colombini"], ["Crugnola"]],
     [(M, "Irene Colombini – assistente sociale"), (M, "resp. dott.ssa Valeria Crugnola (EQ)")]),
    ("multi_hop",
     "Chi è il capo dell'area che gestisce la tarifa puntuale a Cavrenzo?",
     "L'obiettivo CV.08 è dell'Area Tecnica – Ecologia e Ambiente (responsabile dell'obiettivo geom. Sara "
     "Tamborini); l'Area Tecnica è diretta dall'arch. Davide Piccinelli (EQ).",
     [["Piccinelli"]],
     [(M, "Tariffa puntuale: sperimentazione nella frazione Boscalina"), (M, "resp. arch. Davide Piccinelli (EQ)")]),
    ("multi_hop",
     "Chi è il responsabile del Settore che si occupa di illuminazione pubblica a Sermadola, e qual è il target "
     "2026 dei punti luce a LED?",
     "Il Settore Tecnico (lavori pubblici, patrimonio, manutenzioni, illuminazione pubblica) è affidato all'ing. "
     "Paolo Cabrini; il target 2026 è di 700 punti luce a LED (valore cumulato, obiettivo OP.08).",
     [["Cabrini"], ["700"]],
     [(P, "Lavori pubblici, patrimonio, manutenzioni, illuminazione pubblica"), (P, "Punti luce a LED (valore")]),
    ("multi_hop",
     "Come si chiama chi guida i servizi sociali a Sermadola e qual è il target 2026 degli anziani soli contattati?",
     "La dott.ssa Sabrina Zanacchi (Settore Servizi alla persona e Istruzione, che comprende i servizi sociali); "
     "il target 2026 è di 80 anziani soli contattati periodicamente (OP.12).",
     [["Zanacchi"], ["80"]],
     [(P, "Servizi sociali, istruzione, biblioteca, cultura e sport"), (P, "Anziani soli contattati")]),
    ("multi_hop",
     "Chi è responsabile della riscossione coattiva a Sermadola e con quale decreto ha avuto l'incarico?",
     "L'obiettivo OP.04 è del Responsabile Settore Economico-finanziario e Tributi, il rag. Enrico Ferrandi, "
     "incaricato EQ con decreto sindacale n. 2 dell'8 gennaio 2026 (fino al 31 dicembre 2026).",
     [["Ferrandi"], ["8 gennaio 2026"]],
     [(P, "Accertamenti IMU e TARI e"), (P, "rag. Enrico Ferrandi – incaricato EQ"),
      (P, "decreto sindacale n. 2 dell'8 gennaio 2026")]),
    ("multi_hop",
     "A Cavrenzo chi è il referente dell'ufficio verbali e chi è il suo comandante?",
     "Il referente dell'Ufficio Verbali e Contenzioso è l'ag. sc. Monica Ferrazzi; il Corpo di Polizia Locale è "
     "guidato dal Comandante comm. Walter Bianchessi.",
     [["Ferrazzi"], ["Bianchessi"]],
     [(M, "Ufficio Verbali e Contenzioso – ref. ag. sc. Monica Ferrazzi"),
      (M, "Comandante comm. Walter Bianchessi (EQ)")]),
    ("multi_hop",
     "Chi è il responsabile dell'obiettivo sulla mensa a Sermadola e quante iscrizioni ai servizi scolastici ci "
     "sono state nel 2025?",
     "L'obiettivo OP.11 è del Responsabile Settore Servizi alla persona e Istruzione, la dott.ssa Sabrina "
     "Zanacchi; nel 2025 le iscrizioni ai servizi scolastici sono state 410.",
     [["Zanacchi"], ["410"]],
     [(P, "Mensa e trasporto scolastico:"), (P, "dott.ssa Sabrina Zanacchi – incaricata EQ"),
      (P, "iscrizioni ai servizi scolastici, 410 nel 2025, sono ancora raccolte")]),
    ("multi_hop",
     "Il referente della squadra operai di Cavrenzo in quale servizio sta, e chi ne è responsabile?",
     "Il sig. Mauro Bulgheroni, capo operaio, referente della Squadra operai nel servizio Lavori pubblici e "
     "Manutenzioni, il cui responsabile è il geom. Luca Broggini (Area Tecnica).",
     [["Bulgheroni"], ["Broggini"]],
     [(M, "Squadra operai – ref. sig. Mauro Bulgheroni, capo operaio"),
      (M, "Lavori pubblici e Manutenzioni – resp. geom. Luca Broggini")]),
    # ------------------------------------------------------------------------------------------ confronto
    ("confronto",
     "Raccolta differenziata: confronta Cavrenzo e Sermadola, dato 2025 e obiettivo 2026.",
     "Cavrenzo: 71,4% nel 2025 (69,8% nel 2024), target 2026 74% (obiettivo CV.08, 80% nel 2028). Sermadola: "
     "69,3% nel 2025 (66,8% nel 2024, dato provvisorio), obiettivo 2026 72% (OP.09).",
     [["71,4"], ["74%"], ["69,3"], ["72%"]],
     [(M, "la raccolta differenziata è salita dal 69,8% del 2024 al 71,4% del 2025"),
      (M, "Raccolta differenziata comunale"),
      (P, "La raccolta differenziata è passata dal 66,8% del 2024 al 69,3%")]),
    ("confronto",
     "Quanti dipendenti hanno Cavrenzo e Sermadola e quanti lavorano in agile?",
     "Cavrenzo: 36 dipendenti, 11 accordi di lavoro agile al 31 dicembre 2025 (obiettivo 14 nel 2026). "
     "Sermadola: 27 dipendenti, 7 accordi (5 nel 2025, obiettivo 9 nel 2026).",
     [["36"], ["11"], ["27"], ["7"]],
     [(M, "gli accordi individuali di lavoro agile erano 11 su 36 dipendenti"),
      (P, "7 di essi hanno sottoscritto un accordo individuale")]),
    ("confronto",
     "Chi è l'RPCT a Cavrenzo e chi a Sermadola?",
     "A Cavrenzo il Segretario comunale dott. Franco Zanzottera; a Sermadola il Segretario comunale dott.ssa Carla "
     "Bodini.",
     [["Zanzottera"], ["Bodini"]],
     [(M, "dott. Franco Zanzottera (RPCT, coordinamento dei Responsabili di Area)"),
      (P, "dott.ssa Carla Bodini – Segretario comunale (RPCT)")]),
    ("confronto",
     "Budget della formazione 2026: Cavrenzo contro Sermadola?",
     "Cavrenzo 9.500 euro (7.800 nel 2025); Sermadola € 5.200,00 (€ 3.900,00 nel 2025).",
     [["9.500"], ["5.200"]],
     [(M, "Il budget della formazione per il 2026 è di 9.500 euro"),
      (P, "budget di € 5.200,00 (€ 3.900,00 nel 2025)")]),
    ("confronto",
     "Di quanto sono cresciuti gli utenti della biblioteca di Sermadola dal 2024 al 2025 e qual è l'obiettivo 2026?",
     "Da 1.140 utenti attivi nel 2024 a 1.310 nel 2025 (+170); l'obiettivo 2026 è di 1.400 utenti (1.500 nel "
     "2027, 1.600 nel 2028).",
     [["1.140"], ["1.310"], ["1.400"]],
     [(P, "utenti attivi della biblioteca sono passati da 1.140 nel 2024")]),
    ("confronto",
     "Pratiche SUAP concluse nei termini a Sermadola: com'era nel 2025 e quali sono gli obiettivi?",
     "Nel 2025 il 61%; l'obiettivo è il 68% nel 2026, il 72% nel 2027 e il 75% nel 2028.",
     [["61%"], ["68%"], ["75%"]],
     [(P, "Nel 2025 la percentuale di pratiche SUAP concluse nei termini era del 61%")]),
    ("confronto",
     "Tempi di pagamento delle fatture: com'è andata a Sermadola tra 2024 e 2025, e che target ha Cavrenzo per il "
     "2026?",
     "Sermadola: da 38 giorni nel 2024 a 33 giorni nel 2025, traguardo 2026 di 30 giorni. Cavrenzo: target 2026 "
     "di 27 giorni di tempo medio di pagamento (25 nel 2027 e nel 2028, obiettivo CV.05).",
     [["38"], ["33"], ["30"], ["27"]],
     [(P, "Il tempo medio di pagamento delle fatture commerciali è sceso da 38 giorni"),
      (M, "Tempo medio di pagamento delle fatture (giorni)")]),
    ("confronto",
     "Cambi di residenza on line a Cavrenzo: quanti erano nel 2023 e nel 2025, e dove si vuole arrivare?",
     "12% nel 2023, 27% nel 2025; target 45% nel 2026, 55% nel 2027 e 65% nel 2028.",
     [["12%"], ["27%"], ["65%"]],
     [(M, "Nel 2025 i cambi di residenza presentati on line sono stati il 27% del totale")]),
    ("confronto",
     "Controlli successivi sugli atti nel 2025: confronta Cavrenzo e Sermadola.",
     "Cavrenzo: 57 atti, pari all'8% di quelli adottati, 3 rilievi (nel 2026 si sale al 10%). Sermadola: 46 atti, "
     "il 10% di quelli adottati, 2 rilievi.",
     [["57"], ["8%"], ["46"], ["10%"]],
     [(M, "ha riguardato 57 atti, pari all'8% di quelli"),
      (P, "hanno riguardato 46 atti, il 10% di quelli adottati")]),
    # ------------------------------------------------------------------------------------------ non_presente
    ("non_presente",
     "Quanto costano le nuove telecamere con lettura targhe di Cavrenzo?",
     "Il costo non è indicato: la scheda dell'obiettivo CV.13 descrive nove nuove telecamere con lettura targhe, "
     "fasi e personale, ma non riporta importi.",
     [],
     [(M, "Nove nuove telecamere con lettura targhe ai varchi di accesso al paese")]),
    ("non_presente",
     "Chi è il personale coinvolto nell'apertura serale della biblioteca di Cavrenzo?",
     "Non è indicato: la scheda dell'obiettivo CV.11 riporta motivazione, risultato atteso, fasi, stakeholder e "
     "scadenza, ma non il personale coinvolto (è indicato solo il responsabile, dott. Pietro Caravati).",
     [],
     [(M, "Apertura serale il martedì e il giovedì fino alle 22.00")]),
    ("non_presente",
     "Che peso ha l'obiettivo del ponte sulla roggia Gandorla nella valutazione della performance?",
     "Non è indicato: la tabella degli obiettivi di Sermadola non riporta pesi (solo indicatori, target e "
     "scadenze).",
     [],
     [(P, "Messa in sicurezza del ponte")]),
    ("non_presente",
     "Qual è l'obiettivo di raccolta differenziata di Cavrenzo per il 2029?",
     "Non è presente: il piano arriva al 2028 (target 80%); per il 2029 non è indicato alcun valore.",
     [],
     [(M, "Raccolta differenziata comunale")]),
    ("non_presente",
     "Chi è il componente del Nucleo di valutazione di Cavrenzo?",
     "Non è indicato: il piano dice solo che la Relazione sulla performance è validata dal Nucleo di valutazione, "
     "senza nominarne i componenti.",
     [],
     [(M, "La Relazione sulla performance è validata dal Nucleo di valutazione")]),
    ("non_presente",
     "Quali dipendenti lavorano sull'obiettivo del ponte di via dei Mulini a Sermadola?",
     "Non è indicato: la tabella degli obiettivi di Sermadola riporta solo il responsabile (Responsabile Settore "
     "Tecnico), non il personale coinvolto.",
     [],
     [(P, "Il ponte di via dei Mulini, che collega il capoluogo alla frazione")]),
    ("non_presente",
     "Quanti dipendenti ha il Settore Tecnico di Sermadola?",
     "Non è indicato: la Tabella 2 riporta per ogni Settore solo i servizi e il responsabile; il piano dà soltanto "
     "il totale dei dipendenti dell'Ente.",
     [],
     [(P, "Lavori pubblici, patrimonio, manutenzioni, illuminazione pubblica")]),
    ("non_presente",
     "Qual era la percentuale di raccolta differenziata a Sermadola nel 2023?",
     "Non è riportata: il piano indica solo il 66,8% del 2024 e il 69,3% del 2025.",
     [],
     [(P, "La raccolta differenziata è passata dal 66,8% del 2024 al 69,3%")]),
    ("non_presente",
     "Quali obiettivi ha il Comune di Saronno nel PIAO 2026-2028?",
     "Non ci sono informazioni sul Comune di Saronno nei documenti disponibili (solo Cavrenzo e Sermadola).",
     [],
     []),
    ("non_presente",
     "Ci sono obiettivi sull'asilo nido a Cavrenzo o a Sermadola?",
     "No, non sono presenti obiettivi sull'asilo nido in nessuno dei due piani.",
     [],
     []),
]


def main(argv: list[str]) -> None:
    out = Path(argv[1]) if len(argv) > 1 else OUT
    with out.open("w", encoding="utf-8") as fh:
        for i, (typ, q, a, mc, ev) in enumerate(Q, 1):
            docs = list(dict.fromkeys(d for d, _ in ev))
            doc = None if not docs else (docs[0] if len(docs) == 1 else docs)
            row = {"id": f"f32-{i:03d}", "question": q, "answer": a, "must_contain": mc, "doc": doc,
                   "evidence": [x for _, x in ev], "evidence_docs": [d for d, _ in ev], "type": typ}
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {out} ({len(Q)} questions)")


if __name__ == "__main__":
    main(sys.argv)
