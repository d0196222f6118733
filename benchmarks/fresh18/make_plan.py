"""Write docs/orgolai_piao-2026-2028.txt: the PIAO 2026-2028 of the FICTIONAL Comune di Orgolai
(Provincia di Nuoro, Sardegna), as plain UTF-8 text of the kind a user gets by copying a plan from a
municipal website or exporting it from a word processor to .txt:

* numbered headings in CAPITALS, some underlined with "=====" or "-----" lines;
* 14 operational objectives as "schede" whose field labels vary from one scheda to the next
  (the schede were "sent by the Settori and pasted without harmonising the format");
* some fields left as "--" or "n.d."; some objectives name their responsible only in a sentence of the
  description, or only give the "Unità organizzativa" (the head is in the org chart);
* an org chart as an indented text tree with "└" branches, one Settore held ad interim by the Segretario
  comunale and one person heading two Settori;
* a Giunta paragraph (sindaco + 4 assessori with deleghe);
* a short anticorruption section (RPCT + a 4-row risk table written with tabs/spaces as columns).

Deterministic: a literal text, no randomness, no dates taken from the clock.
All names, places and figures are invented.

Usage: /work/main/.venv/bin/python benchmarks/fresh18/make_plan.py
"""
from __future__ import annotations

import textwrap
from pathlib import Path

HERE = Path(__file__).resolve().parent
NAME = "orgolai_piao-2026-2028.txt"
OUT = HERE / "docs" / NAME

# Objectives as rendered in the text: number -> (title, peso).  check.py uses this to recompute sums.
WEIGHTS = {1: 8, 2: 7, 3: 6, 4: 9, 5: 5, 6: 8, 7: 7, 8: 6, 9: 10, 10: 7, 11: 6, 12: 8, 13: 5, 14: 8}

# Org chart: settore -> (head as written, [(unit, n)]).  check.py recomputes the headcounts from the text.
ORG_TOTAL = 28


def wrap(par: str, width: int = 92) -> str:
    """Hard-wrap one paragraph (the premessa looks like text copied from a web page)."""
    return "\n".join(textwrap.wrap(par, width=width, break_long_words=False, break_on_hyphens=False))


PREMESSA = (
    "Il Piano Integrato di Attività e Organizzazione (PIAO) è il documento unico di programmazione e "
    "governance introdotto dall'art. 6 del D.L. 9 giugno 2021, n. 80, convertito dalla Legge 6 agosto 2021, "
    "n. 113. Il Comune di Orgolai, avendo meno di 50 dipendenti, redige il Piano in forma semplificata ai sensi "
    "dell'art. 6 del D.M. 30 giugno 2022, n. 132; tuttavia, per scelta dell'Amministrazione, la sottosezione "
    "Performance è compilata anche per il triennio 2026-2028, in coerenza con il Documento Unico di "
    "Programmazione (DUP) 2026-2028 approvato dal Consiglio comunale."
)

VALORE_PUBBLICO = (
    "Il valore pubblico che l'Amministrazione intende generare nel triennio è legato a tre priorità del "
    "programma di mandato: mantenere i servizi essenziali anche nelle frazioni di Pedralonga e Funtanafrida, "
    "contrastando lo spopolamento; rendere più semplice e veloce il rapporto tra cittadini, imprese e uffici "
    "comunali; curare il patrimonio, le strade e il territorio. Gli obiettivi operativi della sottosezione 2.2 "
    "discendono da queste priorità."
)

DOC = f"""COMUNE DI ORGOLAI
Provincia di Nuoro


PIANO INTEGRATO DI ATTIVITÀ E ORGANIZZAZIONE
P.I.A.O. 2026 - 2028

(art. 6, commi 1-4, D.L. n. 80/2021 – D.M. n. 132/2022)

Approvato con deliberazione della Giunta comunale n. 14 del 29/01/2026


INDICE

SEZIONE 1 – SCHEDA ANAGRAFICA DELL'AMMINISTRAZIONE
SEZIONE 2 – VALORE PUBBLICO, PERFORMANCE E ANTICORRUZIONE
SEZIONE 3 – ORGANIZZAZIONE E CAPITALE UMANO
SEZIONE 4 – MONITORAGGIO


PREMESSA

{wrap(PREMESSA)}


SEZIONE 1 – SCHEDA ANAGRAFICA DELL'AMMINISTRAZIONE
==================================================

Denominazione:\t\tComune di Orgolai
Sede:\t\t\tPiazza Sant'Antioco 1 – Orgolai (NU)
PEC:\t\t\tprotocollo@pec.comune.orgolai.nu.it
Abitanti al 31/12/2025:\t3.412
Superficie territoriale:\t74,6 kmq
Frazioni:\t\tPedralonga, Funtanafrida
Dipendenti in servizio:\t28 (al 01/01/2026)


1.1 ORGANI DI GOVERNO

La Giunta comunale, nominata dopo le elezioni amministrative del giugno 2024, è composta dal Sindaco Giovanni Antonio Cualbu, che trattiene le deleghe al bilancio, ai tributi, al personale e agli affari generali, e da quattro assessori: Francesca Mastinu, Vicesindaco, con delega ai lavori pubblici, all'urbanistica, all'edilizia privata e all'ambiente; Salvatore Pirisi, assessore alle politiche sociali, alla pubblica istruzione e alle politiche giovanili; Maria Grazia Fancello, assessora alla cultura, al turismo, allo sport e alle attività produttive; Antonio Carzedda, assessore alla polizia locale, alla viabilità e all'innovazione tecnologica.


SEZIONE 2 – VALORE PUBBLICO, PERFORMANCE E ANTICORRUZIONE
========================================================

2.1 VALORE PUBBLICO
-------------------

{VALORE_PUBBLICO}


2.2 PERFORMANCE
===============

Gli obiettivi operativi assegnati per l'anno 2026, con proiezione sul triennio, sono 14. Il peso indicato in ciascuna scheda serve alla misurazione della performance organizzativa e la somma dei pesi è pari a 100. Le schede sono state predisposte dai singoli Settori e sono riportate senza uniformarne il formato: le voci possono quindi avere denominazioni diverse. Dove un dato non è disponibile è indicato "n.d." oppure "--".


OBIETTIVO N. 1 – PROTOCOLLO INFORMATICO E FASCICOLO DIGITALE

Settore: I – Affari generali e demografici
Dirigente/Responsabile di P.O.: dott.ssa Rita Cadeddu
Responsabile del procedimento: Deiana Simona (cat. C)
Referente politico: Sindaco
Descrizione sintetica: Completare il passaggio alla gestione documentale digitale: ogni documento in entrata deve essere protocollato, classificato secondo il titolario e inserito in un fascicolo informatico, così da ridurre le copie cartacee e rendere le pratiche consultabili da tutti gli uffici.
KPI: percentuale di documenti in entrata protocollati e assegnati a un fascicolo informatico
Valore di partenza (2025): 35%
Valore obiettivo 2026 / 2027 / 2028: 70% / 90% / 100%
Termine: 31/12/2026
Peso %: 8
Personale coinvolto: Deiana Simona (cat. C), Ledda Franco (cat. B)

---------------------------------------------------------------

OBIETTIVO N. 2 – SPORTELLO ANAGRAFE ITINERANTE NELLE FRAZIONI

Unità organizzativa: Servizi Demografici ed Elettorali
Responsabile del procedimento: Spanu Alessandra (cat. C)
Referente politico: --
Descrizione sintetica: Due mattine al mese un operatore dell'anagrafe sarà presente con postazione mobile nei locali dell'ex scuola di Pedralonga e nel centro sociale di Funtanafrida per il rilascio della carta d'identità elettronica, dei certificati e per le pratiche di cambio di residenza, evitando agli anziani lo spostamento nel capoluogo.
Output atteso: servizio attivo in entrambe le frazioni entro il 31/03/2026
Indicatore: numero di aperture dello sportello nelle frazioni nell'anno
Baseline 2025: 0
Target: 2026 = 20 aperture; 2027 = 24 aperture; 2028 = 24 aperture
Peso: 7%
Personale coinvolto: Spanu Alessandra (cat. C), Nieddu Efisio (cat. B)

---------------------------------------------------------------

OBIETTIVO N. 3 – RECUPERO DELL'EVASIONE IMU E TARI

Settore: II – Economico-finanziario e tributi
Dirigente/Responsabile di P.O.: rag. Marco Pittalis
Responsabile del procedimento: Pintus Giovanna (cat. D)
Referente politico: Sindaco (delega ai tributi)
Descrizione sintetica: Incrocio delle banche dati catastali, anagrafiche e delle utenze per individuare immobili e occupazioni non dichiarate; emissione degli avvisi di accertamento per le annualità 2021 e 2022 e attivazione della riscossione coattiva per gli avvisi non pagati.
KPI: importo accertato da attività di recupero dell'evasione (euro)
Valore di partenza (2025): € 48.500
Valore obiettivo 2026 / 2027 / 2028: € 60.000 / € 65.000 / € 70.000
Termine: 31/12/2026 (notifica degli avvisi relativi all'annualità 2021)
Peso %: 6
Personale coinvolto: Pintus Giovanna (cat. D), Soddu Pietro (cat. C)

---------------------------------------------------------------

OBIETTIVO N. 4 – RIDUZIONE DEI TEMPI DI PAGAMENTO DELLE FATTURE

Responsabile: rag. Marco Pittalis – Settore II
Responsabile del procedimento: Mereu Claudia (cat. C)
Descrizione sintetica: Ridurre il tempo che intercorre tra la ricezione della fattura elettronica e il pagamento al fornitore, attraverso la liquidazione informatizzata degli atti e un controllo settimanale delle fatture in scadenza su tutti i Settori.
Indicatore (KPI): tempo medio di pagamento delle fatture commerciali, in giorni dalla ricezione
Valore di partenza (2025): 38 giorni
Valori attesi: 2026 → 30 giorni; 2027 → 28 giorni; 2028 → 25 giorni
Scadenza: verifica finale al 31/12/2026, con monitoraggio trimestrale
Peso %: 9
Personale coinvolto: Mereu Claudia (cat. C)
Referente politico: Sindaco

---------------------------------------------------------------

OBIETTIVO N. 5 – PIANO DI FORMAZIONE DEL PERSONALE

Unità organizzativa: Ufficio Personale (Settore II)
Dirigente/Responsabile di P.O.: rag. Marco Pittalis
Responsabile del procedimento: --
Referente politico: Sindaco
Descrizione sintetica: Predisposizione e attuazione del piano annuale di formazione, con percorsi obbligatori su anticorruzione, privacy e competenze digitali (piattaforma Syllabus) e corsi specialistici per i singoli uffici.
Output atteso: piano di formazione approvato entro il 28/02/2026 e realizzato entro l'anno
KPI: ore medie di formazione per dipendente nell'anno
Valore di partenza (2025): 12 ore
Valore obiettivo 2026 / 2027 / 2028: 24 ore / 24 ore / n.d.
Termine: 30/11/2026
Peso %: 5
Personale coinvolto: tutto il personale dipendente

---------------------------------------------------------------

OBIETTIVO N. 6 – POTENZIAMENTO DEL SERVIZIO DI ASSISTENZA DOMICILIARE (SAD)

Settore: III – Servizi sociali, cultura e istruzione
Unità organizzativa: Servizio Sociale professionale
Descrizione sintetica: Aumentare il numero di anziani e persone fragili seguiti a domicilio, approvando il nuovo regolamento del servizio e riducendo la lista d'attesa. L'attività è coordinata dall'assistente sociale dott.ssa Laura Angioni, che cura la presa in carico e i piani assistenziali individualizzati in raccordo con il PLUS del distretto.
Output atteso: nuovo regolamento SAD approvato e lista d'attesa azzerata
KPI: numero di utenti in carico al servizio di assistenza domiciliare
Valore di partenza (2025): 31 utenti
Valore obiettivo 2026 / 2027 / 2028: 40 / 45 / 50 utenti
Termine: 30/09/2026 (approvazione del regolamento)
Peso %: 8
Referente politico: Ass. Salvatore Pirisi
Personale coinvolto: Angioni Laura (cat. D), Tedde Anna (cat. C)

---------------------------------------------------------------

OBIETTIVO N. 7 – AMPLIAMENTO DELL'ORARIO DELLA BIBLIOTECA COMUNALE

Dirigente/Responsabile di P.O.: Responsabile del Settore III (ad interim)
Responsabile del procedimento: Fadda Valentina (cat. C)
Referente politico: Ass.ra Maria Grazia Fancello
Descrizione sintetica: Apertura della biblioteca anche il martedì e il giovedì pomeriggio e il sabato mattina, con letture per la fascia 0-6 anni e un punto di accesso a internet per studenti e anziani.
KPI: ore settimanali di apertura al pubblico
Valore di partenza (2025): 18 ore
Valore obiettivo 2026 / 2027 / 2028: 26 / 30 / 30 ore
Termine: 31/05/2026 (avvio del nuovo orario)
Peso %: 7
Personale coinvolto: Fadda Valentina (cat. C)

---------------------------------------------------------------

OBIETTIVO N. 8 – ISCRIZIONI ON LINE A MENSA E TRASPORTO SCOLASTICO

Unità organizzativa: Ufficio Pubblica istruzione
Responsabile del procedimento: Cabras Michela (cat. C)
Referente politico: Ass. Salvatore Pirisi
Descrizione sintetica: Attivazione del portale per l'iscrizione ai servizi di refezione e trasporto scolastico e per il pagamento delle tariffe con PagoPA, a partire dall'anno scolastico 2026/2027.
Indicatore: % di domande di iscrizione presentate on line
Valore di partenza (2025): 20%
Target 2026 / 2027 / 2028: 80% / 95% / 100%
Termine: 31/08/2026
Peso %: 6
Personale coinvolto: Cabras Michela (cat. C)

---------------------------------------------------------------

OBIETTIVO N. 9 – MESSA IN SICUREZZA DELLA STRADA COMUNALE ORGOLAI–PEDRALONGA

Dirigente/Responsabile di P.O.: ing. Luca Sotgiu
Responsabile del procedimento (RUP): geom. Paolo Obinu (cat. C)
Referente politico: Vicesindaco Francesca Mastinu
Descrizione sintetica: Rifacimento del piano viabile, installazione di barriere di sicurezza e regimazione delle acque meteoriche lungo i 4,2 km della strada comunale che collega il capoluogo alla frazione di Pedralonga. Importo complessivo del progetto: € 385.000, finanziato con contributo regionale.
Output atteso: lavori collaudati e strada riaperta al traffico senza limitazioni
KPI: stato di avanzamento dei lavori (% SAL)
Valore di partenza (2025): 0% (progetto esecutivo approvato)
Valore obiettivo 2026 / 2027 / 2028: 60% / 100% / --
Termine: fine lavori entro il 30/06/2027
Peso %: 10
Personale coinvolto: Obinu Paolo (cat. C), Chessa Mario (cat. B)

---------------------------------------------------------------

OBIETTIVO N. 10 – ILLUMINAZIONE PUBBLICA A LED

Descrizione sintetica: Sostituzione progressiva dei corpi illuminanti tradizionali con apparecchi a LED nel capoluogo e nelle frazioni, con priorità alle strade di accesso alle scuole e ai percorsi pedonali. L'intervento è seguito dall'Ufficio Lavori pubblici e manutenzioni, che cura anche il monitoraggio dei consumi.
KPI: numero di punti luce a LED (su 1.150 punti luce complessivi)
Valore di partenza (2025): 410
Valore obiettivo 2026 / 2027 / 2028: 700 / 1.150 / 1.150
Secondo indicatore: riduzione dei consumi elettrici rispetto al 2025: -20% nel 2026, -45% nel 2027
Termine: 31/10/2027
Peso: 7
Referente politico: Vicesindaco Francesca Mastinu
Personale coinvolto: n.d.

---------------------------------------------------------------

OBIETTIVO N. 11 – RIDUZIONE DEI TEMPI DEI PROCEDIMENTI SUAPE

Settore: V – Urbanistica, edilizia privata e SUAPE
Dirigente/Responsabile di P.O.: ing. Luca Sotgiu
Responsabile del procedimento: Zedda Roberta (cat. C)
Referente politico: Ass.ra Maria Grazia Fancello (attività produttive)
Descrizione sintetica: Gestione di tutte le pratiche delle imprese sulla piattaforma regionale SUAPE, con convocazione della conferenza di servizi entro 5 giorni dalla verifica di completezza e rilascio del provvedimento unico in tempi certi.
Output atteso: nessuna pratica gestita fuori piattaforma; convocazione della conferenza entro 5 giorni
KPI: tempo medio di conclusione dei procedimenti in conferenza di servizi
Valore di partenza (2025): 45 giorni
Valore obiettivo 2026 / 2027 / 2028: 35 / 30 / 30 giorni
Termine: 31/12/2026
Peso %: 6
Personale coinvolto: Zedda Roberta (cat. C)

---------------------------------------------------------------

OBIETTIVO N. 12 – ADEGUAMENTO DEL PIANO URBANISTICO COMUNALE (PUC) AL PPR

Dirigente/Responsabile di P.O.: Responsabile del Settore V
Referente politico: Vicesindaco Francesca Mastinu
Descrizione sintetica: Completamento dell'adeguamento del Piano Urbanistico Comunale al Piano Paesaggistico Regionale, con avvio della procedura di VAS, partecipazione pubblica e adozione in Consiglio comunale entro il 30/11/2027; l'approvazione definitiva è prevista nel 2028.
KPI: fasi del procedimento completate
Valore di partenza (2025): n.d.
Valore obiettivo 2026 / 2027 / 2028: avvio VAS / adozione / approvazione definitiva
Termine: adozione entro il 30/11/2027
Peso %: 8
Personale coinvolto: Zedda Roberta (cat. C)

---------------------------------------------------------------

OBIETTIVO N. 13 – PIÙ CONTROLLI SULLE STRADE E DAVANTI ALLE SCUOLE

Settore: VI – Polizia Locale
Descrizione sintetica: Intensificazione dei servizi esterni di controllo della velocità e della sosta, con presidio all'entrata e all'uscita della scuola primaria di via Sardegna e della pluriclasse di Funtanafrida. L'attività è coordinata dal Comandante della Polizia Locale, che predispone il calendario mensile dei servizi.
KPI: ore di servizio esterno dedicate ai controlli stradali
Valore di partenza (2025): 220 ore
Valore obiettivo 2026 / 2027 / 2028: 300 / 320 / 340 ore
Termine: 31/12/2026
Peso %: 5
Referente politico: Ass. Antonio Carzedda
Personale coinvolto: Puddu Andrea (cat. C), Farris Nicola (cat. C), Demurtas Ilaria (cat. C)

---------------------------------------------------------------

OBIETTIVO N. 14 – AMMINISTRAZIONE TRASPARENTE SEMPRE AGGIORNATA

Obiettivo trasversale: tutti i Settori
Descrizione sintetica: Aggiornamento tempestivo della sezione "Amministrazione trasparente" del sito istituzionale da parte di ciascun Settore per le materie di competenza. Il coordinamento e la verifica semestrale sono in capo al Segretario comunale, nella sua qualità di Responsabile della prevenzione della corruzione e della trasparenza.
KPI: percentuale degli obblighi di pubblicazione risultati aggiornati alla verifica semestrale
Valore di partenza (2025): 78%
Valore obiettivo 2026 / 2027 / 2028: 90% / 95% / 100%
Termine: verifiche al 30/06 e al 31/12 di ogni anno
Peso %: 8
Referente politico: Sindaco


2.3 RISCHI CORRUTTIVI E TRASPARENZA
-----------------------------------

Il Responsabile della prevenzione della corruzione e della trasparenza (RPCT) è il Segretario comunale, dott.ssa Paola Serusi, nominata con decreto sindacale n. 3 del 15/07/2024. L'RPCT predispone la sottosezione, ne verifica l'attuazione e ne cura l'aggiornamento annuale.

La mappatura dei processi ha individuato le seguenti aree di rischio, con il relativo livello di esposizione:

AREA DI RISCHIO                                         LIVELLO
Contratti pubblici (lavori, servizi e forniture)\t\talto
Contributi e vantaggi economici a persone ed enti\t\tmedio
Gestione delle entrate e tributi\t\t\tmedio
Reclutamento e gestione del personale\t\t\tbasso

Per ciascuna area le misure specifiche (rotazione degli incarichi ove possibile, controlli a campione, verifica delle dichiarazioni di assenza di conflitto di interessi) sono riportate nell'allegato alla presente sottosezione.


SEZIONE 3 – ORGANIZZAZIONE E CAPITALE UMANO
===========================================

3.1 STRUTTURA ORGANIZZATIVA
---------------------------

Tra parentesi è indicato il numero di unità assegnate a ciascun ufficio; il totale di Settore non comprende il Responsabile.

SINDACO
  SEGRETARIO COMUNALE – dott.ssa Paola Serusi
  SETTORE I – AFFARI GENERALI E DEMOGRAFICI (Resp. dott.ssa Rita Cadeddu) – totale 5 unità
    └ Ufficio Protocollo e Archivio (2 unità)
    └ Ufficio Segreteria e Contratti (1 unità)
    └ Servizi Demografici ed Elettorali (2 unità)
  SETTORE II – ECONOMICO-FINANZIARIO E TRIBUTI (Resp. rag. Marco Pittalis) – totale 5 unità
    └ Ragioneria ed Economato (2 unità)
    └ Ufficio Tributi (2 unità)
    └ Ufficio Personale (1 unità)
  SETTORE III – SERVIZI SOCIALI, CULTURA E ISTRUZIONE (Resp. ad interim: il Segretario comunale) – totale 4 unità
    └ Servizio Sociale professionale (2 unità)
    └ Biblioteca e Cultura (1 unità)
    └ Ufficio Pubblica istruzione (1 unità)
  SETTORE IV – LAVORI PUBBLICI, PATRIMONIO E MANUTENZIONI (Resp. ing. Luca Sotgiu) – totale 5 unità
    └ Ufficio Lavori pubblici e manutenzioni (2 unità)
    └ Squadra operai (3 unità)
  SETTORE V – URBANISTICA, EDILIZIA PRIVATA E SUAPE (Resp. ing. Luca Sotgiu) – totale 2 unità
    └ Ufficio Edilizia privata e Urbanistica (1 unità)
    └ Sportello SUAPE (1 unità)
  SETTORE VI – POLIZIA LOCALE (Comandante: Commissario Giuseppe Corrias) – totale 3 unità
    └ Agenti di Polizia Locale (3 unità)

Totale dipendenti: 28 (24 unità assegnate agli uffici + 4 Responsabili di Settore). Il Segretario comunale non è compreso nel conteggio.

Il Settore III è retto ad interim dal Segretario comunale fino alla copertura del posto di Istruttore direttivo (funzionario) assistente sociale, prevista nel piano dei fabbisogni 2026. L'ing. Luca Sotgiu è Responsabile sia del Settore IV sia del Settore V.


3.2 ORGANIZZAZIONE DEL LAVORO AGILE
-----------------------------------

Il lavoro agile è consentito, previo accordo individuale, per un massimo di 6 giorni al mese alle attività che non richiedono la presenza in sede. Sono escluse le attività della Squadra operai, della Polizia Locale e dello sportello anagrafico.


SEZIONE 4 – MONITORAGGIO
========================

Il monitoraggio della sottosezione Performance è effettuato al 30 giugno e al 31 dicembre di ciascun anno, sulla base delle relazioni dei Responsabili di Settore. Il monitoraggio della sottosezione Rischi corruttivi e trasparenza è curato dall'RPCT.
"""


def build() -> str:
    return DOC


def main() -> None:
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(build(), encoding="utf-8")
    print(f"wrote {OUT} ({len(build())} characters, {build().count(chr(10))} lines)")


if __name__ == "__main__":
    main()
