"""Generate the two San Vigilio al Ticino PIAO 2025-2027 documents (Markdown + plain text).

    .venv/bin/python benchmarks/fresh3/make_md_plan.py

Fictional municipality; all names invented.
"""
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "docs"

MD = """# Comune di San Vigilio al Ticino

## PIAO 2025-2027 – Sezione 2: Valore pubblico, performance e anticorruzione

> Città metropolitana di Milano · Testo approvato con deliberazione di Giunta comunale n. 18 del 30/01/2025 · Pagina wiki aggiornata dall'Ufficio Segreteria

---

## 2.1 Valore pubblico

### Il contesto di partenza

San Vigilio al Ticino contava 8.742 residenti al 31 dicembre 2024, distribuiti tra il capoluogo e le frazioni di Cascina Boffalora e Molino Vecchio. La quota di popolazione con più di 65 anni ha raggiunto il 24,1%, mentre i nuclei familiari composti da una sola persona sono 1.386, in gran parte anziani.

Circa due terzi del territorio comunale ricadono nel Parco lombardo della Valle del Ticino: questo vincolo orienta le scelte urbanistiche verso il recupero dell'esistente e rende la qualità ambientale una leva di attrattività per le famiglie giovani.

### Le dimensioni del valore pubblico

**Benessere sociale.** L'Amministrazione vuole ridurre l'isolamento delle persone anziane che vivono sole. Grazie alla convenzione con la cooperativa sociale Il Girasole, sottoscritta nel mese di novembre 2024, il servizio di assistenza domiciliare passerà da 46 a 60 utenti seguiti entro la fine del 2026. Per le famiglie con bambini piccoli, la nuova sezione dell'asilo nido "Il Glicine" aprirà a settembre 2025 con 8 posti aggiuntivi.

**Benessere ambientale.** La raccolta differenziata si è attestata nel 2024 al 71,8%. L'introduzione della tariffa puntuale, concordata con il gestore Ticino Ambiente S.p.A., dovrebbe consentire di superare la soglia dell'80% entro il 2027, premiando le famiglie che producono meno rifiuto secco.

**Benessere economico.** Lo sportello SUAP, gestito in forma associata con i Comuni di Castelnuovo Ticino e Boscoverde, punta a mantenere i tempi medi di conclusione delle pratiche sotto i 25 giorni, un dato che le associazioni di categoria considerano decisivo per le nuove aperture nel centro storico.

**Valore digitale.** Dal mese di marzo 2025 le iscrizioni alla mensa e ai servizi di pre e post scuola si presentano esclusivamente tramite l'app "SanVigilio Scuola", con pagamento pagoPA; gli sportelli dell'URP continueranno ad assistere chi non dispone di strumenti informatici.

**Valore culturale.** Il Patto locale per la lettura, promosso insieme all'Istituto Comprensivo "Don Milani" e all'associazione Amici della Biblioteca, vuole portare i prestiti della biblioteca civica oltre quota 15.000 all'anno e avvicinare alla lettura almeno 300 ragazzi under 14.

| Dimensione del valore pubblico | Obiettivi di performance collegati |
|---|---|
| Benessere sociale | 2.1, 2.2 |
| Benessere ambientale | 3.1, 3.2, 3.3 |
| Benessere economico e finanziario | 1.2, 1.3 |
| Valore digitale | 1.1, 2.4 |
| Valore culturale | 2.3 |
| Sicurezza e vivibilità | 3.4 |

---

## 2.2 Performance

### Organigramma dell'ente

- Segretario generale — dott.ssa Marina Fossati (anche RPCT)
  - Servizio legale — in convenzione con avv. Giulia Restelli
- Settore Affari Generali e Servizi Demografici — resp. dott. Alberto Crespi
  - Ufficio Segreteria, Protocollo e Messi notificatori
  - Ufficio Servizi Demografici, Elettorale e Stato civile
  - URP e Sportello Polifunzionale
  - Ufficio Sistemi informativi e Transizione digitale
- Settore Economico-Finanziario — resp. rag. Donatella Bellotti
  - Ufficio Ragioneria e Bilancio
  - Ufficio Tributi e riscossione coattiva
  - Ufficio Economato e Provveditorato
  - Ufficio Personale – trattamento economico e giuridico
- Settore Servizi alla Persona — resp. dott.ssa Chiara Marzorati
  - Servizio Sociale professionale e Tutela minori
  - Ufficio Pubblica Istruzione e Asilo nido "Il Glicine"
  - Ufficio Cultura, Biblioteca e Sport
  - Sportello Casa e Politiche abitative
- Settore Tecnico — resp. ing. Paolo Brambati
  - Ufficio Lavori Pubblici e Manutenzioni (geom. Roberto Colombini)
  - Ufficio Edilizia Privata
  - Ufficio Ecologia e Ambiente
  - Squadra operai e magazzino comunale
- Settore Urbanistica e SUAP — resp. arch. Silvia Ravasi
  - Ufficio Pianificazione territoriale e Cartografia
  - SUAP associato e Commercio
- Settore Polizia Locale — Comandante dott. Massimo Tagliabue
  - Nucleo Viabilità e Infortunistica stradale
  - Ufficio Verbali e Contenzioso
  - Nucleo Polizia ambientale ed edilizia

### Obiettivi di performance 2025-2027

## Area 1 – Governance, bilancio e innovazione

### Obiettivo 1.1 – Migrazione dei servizi digitali al cloud qualificato

**Dirigente/Responsabile:** dott. Alberto Crespi (Settore Affari Generali e Servizi Demografici)

**Finalità**
Completare il trasferimento degli applicativi comunali su infrastrutture cloud qualificate ACN, come previsto dalla Misura 1.2 del PNRR "Abilitazione al cloud per le PA locali", riducendo i rischi di fermo dei servizi legati al vecchio server della sede municipale.

**Risultato atteso**
Tutti i 23 servizi censiti nel piano di migrazione operativi in cloud e contributo PNRR di 121.992 euro interamente rendicontato.

**Stakeholder**
- cittadini e imprese che usano i servizi online
- dipendenti comunali
- Dipartimento per la trasformazione digitale
- fornitore dei gestionali Softnet Lombardia s.r.l.

**Tempi**
- gennaio–marzo 2025: collaudo degli ultimi 6 servizi migrati
- entro il 30 giugno 2025: asseverazione tecnica e richiesta di erogazione del contributo
- dal 2026: dismissione del server locale e gestione dei contratti cloud

**Indicatori di performance**

| Indicatore | Formula | Target 2025 | Target 2026 |
|---|---|---|---|
| Servizi migrati in cloud | servizi migrati / servizi censiti nel piano di migrazione × 100 | 100% | mantenimento |
| Disponibilità dei servizi online | ore di disponibilità / ore totali dell'anno × 100 | ≥ 99% | ≥ 99,5% |

### Obiettivo 1.2 – Recupero dell'evasione IMU e TARI

**Responsabile**: rag. Donatella Bellotti

**Perché lo facciamo:** garantire equità tra i contribuenti e recuperare risorse da destinare ai servizi, senza aumentare le aliquote.

**Risultato atteso:** avvisi di accertamento emessi per almeno 420.000 euro nel triennio 2025-2027, con incrocio sistematico delle banche dati catastali e anagrafiche.

**Portatori di interesse:**
- contribuenti e professionisti (commercialisti, CAF)
- Agenzia delle Entrate-Riscossione
- Consiglio comunale

**Cronoprogramma**
1. entro aprile 2025: bonifica della banca dati TARI delle utenze non domestiche
2. entro ottobre 2025: emissione degli avvisi IMU per l'annualità 2020
3. entro dicembre di ogni anno: invio delle liste di carico per la riscossione coattiva

**Indicatori di performance**

| Indicatore | Formula | Target 2025 | Target 2026 |
|---|---|---|---|
| Avvisi di accertamento IMU emessi | n. avvisi notificati nell'anno | 350 | 400 |
| Riscossione accertamenti TARI | importo riscosso / importo accertato × 100 | 65% | 70% |

### Obiettivo 1.3 – Riduzione dei tempi di pagamento delle fatture

**Settore competente** — Settore Economico-Finanziario

**Finalità:** rispettare i tempi di pagamento previsti dalla riforma PNRR 1.11 e dalla direttiva europea sui ritardi di pagamento, con effetti positivi sulle piccole imprese fornitrici del territorio.

**Valore atteso:** nessun accantonamento al Fondo di garanzia debiti commerciali dal rendiconto 2025.

**Stakeholder:** fornitori, tutti i settori che liquidano fatture, Tesoreria comunale (Banca Popolare dell'Alto Milanese).

**Tempi:** nuova procedura di liquidazione digitale in uso da maggio 2025; verifica trimestrale dell'indicatore.

**Indicatori di performance**

| Indicatore | Formula | Target 2025 | Target 2026 |
|---|---|---|---|
| Indicatore di tempestività dei pagamenti (ITP) | media ponderata dei giorni di pagamento rispetto alla scadenza | ≤ 0 giorni | ≤ -5 giorni |
| Fatture liquidate entro 30 giorni | fatture liquidate entro 30 gg / fatture ricevute × 100 | 90% | 95% |

## Area 2 – Servizi alla persona

### Obiettivo 2.1 – Potenziamento del servizio di assistenza domiciliare (SAD)

**Dirigente/Responsabile:** dott.ssa Chiara Marzorati

**Finalità**
Contrastare l'isolamento e favorire la permanenza a domicilio delle persone anziane e fragili, evitando ricoveri impropri in RSA.

**Risultato atteso**
Ampliamento della platea degli utenti e presa in carico più rapida, con un piano di assistenza individualizzato (PAI) per ogni utente.

**Stakeholder**
- anziani over 75 che vivono soli
- caregiver familiari
- cooperativa sociale Il Girasole
- medici di medicina generale
- ASST Ovest Milanese

**Tempi**
- entro febbraio 2025: avvio del nuovo appalto con la cooperativa
- entro giugno 2025: revisione del regolamento SAD e delle fasce ISEE
- 2026: estensione del servizio al sabato mattina

**Indicatori di performance**

| Indicatore | Formula | Target 2025 | Target 2026 |
|---|---|---|---|
| Utenti SAD seguiti | n. utenti con PAI attivo al 31/12 | 52 | 60 |
| Tempo di attivazione del servizio | giorni medi tra domanda e prima visita domiciliare | ≤ 15 giorni | ≤ 10 giorni |

### Obiettivo 2.2 – Ampliamento dell'asilo nido comunale "Il Glicine"

**Settore:** Servizi alla Persona (Ufficio Pubblica Istruzione e Asilo nido), con il Settore Tecnico per i lavori

**Finalità** – azzerare la lista d'attesa e sostenere la conciliazione tra lavoro e famiglia, in particolare per le madri lavoratrici.

**Risultato atteso** – capienza portata da 30 a 38 posti grazie ai fondi PNRR della Missione 4, Componente 1.

**Stakeholder** – famiglie con bambini da 0 a 3 anni, personale educativo, Ambito territoriale del Magentino per le misure "Nidi gratis".

**Tempi**
- entro il 31 agosto 2025: fine lavori nei locali dell'ex custode
- settembre 2025: apertura della nuova sezione lattanti

**Indicatori di performance**

| Indicatore | Formula | Target 2025 | Target 2026 |
|---|---|---|---|
| Posti autorizzati al nido | n. posti autorizzati | 38 | 38 |
| Bambini in lista d'attesa | n. bambini in lista d'attesa al 30/09 | ≤ 5 | 0 |

### Obiettivo 2.3 – Biblioteca aperta e Patto locale per la lettura

**Responsabile:** dott.ssa Chiara Marzorati, con il supporto del bibliotecario dott. Luca Ferrario

**Finalità**
Fare della biblioteca civica un presidio culturale per tutte le età, ampliando gli orari e le attività per ragazzi.

**Risultato atteso**
Apertura serale il giovedì fino alle 22 e calendario stabile di letture per l'infanzia.

**Stakeholder**
- Istituto Comprensivo "Don Milani"
- associazione Amici della Biblioteca
- Sistema bibliotecario Nord-Ovest
- famiglie e studenti

**Tempi**
- entro aprile 2025: firma del Patto locale per la lettura
- maggio–ottobre 2025: rassegna "Leggere sul Ticino" in 6 appuntamenti

**Indicatori di performance**

| Indicatore | Formula | Target 2025 | Target 2026 |
|---|---|---|---|
| Prestiti annui | n. prestiti registrati nel sistema bibliotecario | 14.500 | 15.500 |
| Iscritti attivi under 14 | n. iscritti under 14 con almeno un prestito nell'anno | 250 | 300 |

### Obiettivo 2.4 – Servizi scolastici online: iscrizioni via app e pagamenti pagoPA

**Dirigente/Responsabile:** dott.ssa Chiara Marzorati, in raccordo con l'Ufficio Sistemi informativi e Transizione digitale

**Finalità**
Eliminare i moduli cartacei e i pagamenti in contanti per mensa, pre e post scuola, riducendo il lavoro di sportello.

**Risultato atteso**
Iscrizioni e ricariche del borsellino elettronico mensa solo online; assistenza in presenza all'URP per chi ne ha bisogno.

**Stakeholder**
- famiglie degli alunni della scuola primaria e dell'infanzia
- ditta di ristorazione Gusto Sano s.r.l.
- Istituto Comprensivo "Don Milani"

**Tempi**
- marzo 2025: apertura delle iscrizioni per l'anno scolastico 2025/2026 sulla app
- entro il 30 settembre 2025: chiusura dei conti dei pagamenti in contanti

**Indicatori di performance**

| Indicatore | Formula | Target 2025 | Target 2026 |
|---|---|---|---|
| Iscrizioni presentate online | domande online / domande totali × 100 | 95% | 100% |
| Incassi tramite pagoPA | importo incassato via pagoPA / importo totale × 100 | 90% | 100% |

## Area 3 – Territorio, ambiente e sicurezza

### Obiettivo 3.1 – Riqualificazione energetica della scuola primaria "Gianni Rodari"

**Dirigente/Responsabile:** ing. Paolo Brambati

**Finalità**
Ridurre i consumi e le emissioni dell'edificio scolastico più energivoro del patrimonio comunale, migliorando il comfort delle aule.

**Risultato atteso**
Cappotto termico, sostituzione dei serramenti, pompa di calore e impianto fotovoltaico da 40 kWp, finanziati con il Conto Termico del GSE.

**Stakeholder**
- alunni, docenti e personale ATA
- Istituto Comprensivo "Don Milani"
- GSE – Gestore dei Servizi Energetici

**Tempi**
- entro il 31/03/2025: approvazione del progetto esecutivo
- entro maggio 2025: aggiudicazione dei lavori
- luglio–agosto 2025: lavori principali a scuola chiusa
- entro il 31/12/2025: collaudo e richiesta dell'incentivo GSE

**Indicatori di performance**

| Indicatore | Formula | Target 2025 | Target 2026 |
|---|---|---|---|
| Riduzione dei consumi termici | (consumo 2024 − consumo dell'anno) / consumo 2024 × 100 | – | 35% |
| Rispetto del cronoprogramma | SAL approvati nei termini / SAL previsti × 100 | 100% | 100% |

### Obiettivo 3.2 – Tariffa puntuale e aumento della raccolta differenziata

**Settore competente:** Settore Tecnico – Ufficio Ecologia e Ambiente

**Finalità**
Applicare il principio "chi inquina paga" e ridurre il rifiuto secco avviato a incenerimento.

**Risultato atteso**
Passaggio dalla TARI presuntiva alla tariffa puntuale calcolata sugli svuotamenti del contenitore del secco.

**Stakeholder**
- utenze domestiche e non domestiche
- Ticino Ambiente S.p.A. (gestore del servizio)
- Settore Economico-Finanziario – Ufficio Tributi

**Tempi**
- entro il 30 settembre 2025: distribuzione dei mastelli con tag RFID
- ottobre–dicembre 2025: sperimentazione della "bolletta in bianco"
- dal 1° gennaio 2026: applicazione della tariffa puntuale

**Indicatori di performance**

| Indicatore | Formula | Target 2025 | Target 2026 |
|---|---|---|---|
| Percentuale di raccolta differenziata | kg raccolta differenziata / kg rifiuti totali × 100 | 75% | 78% |
| Rifiuto secco residuo pro capite | kg di secco residuo / abitanti residenti | 95 kg | 85 kg |

### Obiettivo 3.3 – Variante generale al Piano di Governo del Territorio (PGT)

**Responsabile:** arch. Silvia Ravasi

**Finalità:** aggiornare il PGT del 2013 alla legge regionale sul consumo di suolo, privilegiando la rigenerazione delle aree dismesse lungo la provinciale.

**Risultato atteso:** variante adottata dal Consiglio comunale con una riduzione di almeno il 20% delle aree edificabili su suolo libero rispetto al PGT vigente.

**Stakeholder**
- cittadini e proprietari delle aree
- ordini professionali e associazioni ambientaliste
- Parco lombardo della Valle del Ticino
- Città metropolitana di Milano
- ARPA Lombardia

**Tempi**
- entro giugno 2025: avvio del procedimento di VAS e raccolta dei suggerimenti
- autunno 2025: almeno 3 assemblee pubbliche, una in ogni frazione
- entro il 30 novembre 2026: adozione della variante in Consiglio comunale

**Indicatori di performance**
- Contributi dei cittadini esaminati: suggerimenti esaminati / suggerimenti pervenuti × 100 — target 2025: 100%
- Rispetto della scadenza di adozione: adozione entro il 30/11/2026 — target 2026: sì

### Obiettivo 3.4 – Sicurezza urbana e nuova videosorveglianza

**Dirigente/Responsabile:** Comandante dott. Massimo Tagliabue

**Finalità**
Aumentare la sicurezza percepita, soprattutto nelle ore serali, nei parcheggi della stazione e nelle aree verdi lungo il Naviglio.

**Risultato atteso**
Installazione di 14 nuove telecamere di contesto e di 4 varchi di lettura targhe, collegati alla centrale operativa, nell'ambito del Patto per la sicurezza urbana con la Prefettura di Milano.

**Stakeholder**
- residenti e commercianti del centro
- Prefettura di Milano e Carabinieri della Stazione di Boscoverde
- gruppo di Controllo di vicinato

**Tempi**
- entro luglio 2025: installazione dei varchi lettura targhe
- entro dicembre 2025: attivazione delle nuove telecamere

**Indicatori di performance**

| Indicatore | Formula | Target 2025 | Target 2026 |
|---|---|---|---|
| Ore di presidio serale | ore di servizio tra le 19 e le 24 nell'anno | 600 | 700 |
| Telecamere attive | n. telecamere funzionanti collegate alla centrale | 32 | 36 |

---

*Le sottosezioni su rischi corruttivi, organizzazione e fabbisogni di personale sono trasmesse a parte dall'Ufficio Segreteria.*
"""

TXT = """Da: Ufficio Segreteria <segreteria@comune.sanvigilioalticino.mi.it>
Oggetto: PIAO 2025-2027 - testo definitivo parte anticorruzione e organizzazione

Buongiorno a tutti,
come anticipato nella conferenza dei responsabili, vi incollo qui sotto il testo definitivo delle parti del PIAO 2025-2027 su anticorruzione, organizzazione e personale, con i quattro obiettivi trasversali assegnati a più settori. Gli obiettivi di performance di settore e il valore pubblico sono nella pagina wiki.
Cordiali saluti
Ufficio Segreteria


COMUNE DI SAN VIGILIO AL TICINO
CITTA' METROPOLITANA DI MILANO

PIANO INTEGRATO DI ATTIVITA' E ORGANIZZAZIONE 2025-2027
APPROVATO CON DELIBERAZIONE DI GIUNTA COMUNALE N. 18 DEL 30/01/2025


SOTTOSEZIONE RISCHI CORRUTTIVI E TRASPARENZA

RESPONSABILE DELLA PREVENZIONE DELLA CORRUZIONE E DELLA TRASPARENZA

Il RPCT e' la dott.ssa Marina Fossati, Segretario generale, nominata con decreto sindacale n. 4 del 15/01/2024.
In caso di assenza prolungata le funzioni sono svolte dal Vicesegretario, dott. Alberto Crespi.
Gestore delle segnalazioni di operazioni sospette (antiriciclaggio): rag. Donatella Bellotti.
Responsabile dell'Anagrafe per la Stazione Appaltante (RASA): geom. Roberto Colombini.

MAPPATURA DEI PROCESSI

Al 31/12/2024 risultano mappati 96 processi, di cui 21 valutati a rischio alto.
Le aree con il maggior numero di processi a rischio alto sono: contratti pubblici, governo del territorio, controlli e sanzioni, concessione di contributi e vantaggi economici.

MISURE GENERALI DI PREVENZIONE

Codice di comportamento: aggiornato con deliberazione di Giunta comunale n. 112 del 12/12/2024, con nuove regole sull'uso dei social network.
Rotazione del personale: date le dimensioni dell'ente, la rotazione ordinaria e' sostituita dalla segregazione delle funzioni tra chi istruisce e chi adotta il provvedimento.
Conflitto di interessi: dichiarazione obbligatoria all'assegnazione della pratica e in ogni commissione di gara o di concorso.
Pantouflage: clausola di divieto inserita in tutti i contratti di lavoro e nei bandi di gara.
Whistleblowing: le segnalazioni si presentano tramite la piattaforma WhistleblowingPA, con tutela della riservatezza del segnalante.
Formazione anticorruzione: almeno 4 ore annue per tutti i dipendenti, 8 ore per i responsabili di settore.
Monitoraggio: due volte all'anno, entro il 15 luglio e il 15 gennaio, con relazione dei responsabili al RPCT.

MISURE SPECIFICHE

Misura S1 - Sorteggio trimestrale di almeno il 10% delle SCIA e CILA edilizie da sottoporre a controllo.
Misura S2 - Doppia sottoscrizione (istruttore e responsabile) per i contributi economici superiori a 1.000 euro.
Misura S3 - Rotazione degli inviti negli affidamenti diretti sotto i 140.000 euro, con registro pubblicato.
Misura S4 - Verbale del sopralluogo firmato da due agenti per i controlli di Polizia ambientale ed edilizia.

TRASPARENZA

Ogni responsabile di settore e' responsabile della trasmissione e della pubblicazione dei dati di propria competenza in Amministrazione Trasparente.
Il Nucleo di Valutazione, presieduto dal dott. Fabio Sormani, attesta l'assolvimento degli obblighi secondo la griglia ANAC.


SOTTOSEZIONE STRUTTURA ORGANIZZATIVA

SEGRETERIA GENERALE ....................................... Segretario generale: dott.ssa Marina Fossati
SETTORE AFFARI GENERALI E SERVIZI DEMOGRAFICI ............ Responsabile: dott. Alberto Crespi (EQ) - dipendenti assegnati: 10
SETTORE ECONOMICO-FINANZIARIO ............................ Responsabile: rag. Donatella Bellotti (EQ) - dipendenti assegnati: 7
SETTORE SERVIZI ALLA PERSONA ............................. Responsabile: dott.ssa Chiara Marzorati (EQ) - dipendenti assegnati: 9
SETTORE TECNICO .......................................... Responsabile: ing. Paolo Brambati (EQ) - dipendenti assegnati: 12
SETTORE URBANISTICA E SUAP ............................... Responsabile: arch. Silvia Ravasi (EQ) - dipendenti assegnati: 4
SETTORE POLIZIA LOCALE ................................... Responsabile: dott. Massimo Tagliabue (Comandante, EQ) - dipendenti assegnati: 9

Totale dipendenti in servizio al 31/12/2024: 51, oltre al Segretario generale in convenzione con il Comune di Boscoverde.


LAVORO AGILE

Il lavoro agile e' disciplinato dal regolamento approvato con deliberazione di Giunta comunale n. 41 del 28/03/2023, in corso di aggiornamento (vedi obiettivo T2).
Si accede tramite accordo individuale di durata annuale, rinnovabile.
Limite massimo: 8 giorni al mese, non cumulabili tra un mese e l'altro.
Fascia di contattabilita': dalle 9.30 alle 12.30 e dalle 14.30 alle 16.00.
Priorita' di accesso: genitori di figli fino a 12 anni, lavoratori con disabilita', caregiver di familiari conviventi con handicap grave.
Attivita' escluse: servizio esterno della Polizia Locale, squadra operai, sportello anagrafe e stato civile, asilo nido.
L'ente fornisce un notebook aziendale con accesso VPN; non e' ammesso l'uso di dispositivi personali.


FORMAZIONE DEL PERSONALE

Obiettivo minimo: 40 ore di formazione annue pro capite, come previsto dalla direttiva del Ministro per la pubblica amministrazione del 14 gennaio 2025.
Risorse stanziate per il 2025: euro 9.800,00.
Temi prioritari:
- anticorruzione, trasparenza e codice di comportamento (tutti i dipendenti)
- competenze digitali sulla piattaforma Syllabus (tutti i dipendenti)
- nuovo codice dei contratti pubblici D.Lgs. 36/2023 (Settore Tecnico e Settore Urbanistica e SUAP)
- protezione dei dati personali e GDPR (uffici di front office)
- sicurezza sui luoghi di lavoro D.Lgs. 81/2008 (squadra operai e Polizia Locale)


PIANO TRIENNALE DEI FABBISOGNI DI PERSONALE 2025-2027

Capacita' assunzionale disponibile per il 2025: euro 187.450,00.

ANNO 2025
- n. 1 Funzionario tecnico (Area dei Funzionari e dell'Elevata Qualificazione) - Settore Tecnico - concorso pubblico
- n. 2 Agenti di Polizia Locale (Area degli Istruttori) - Settore Polizia Locale - concorso associato con Boscoverde
- n. 1 Istruttore amministrativo-contabile (Area degli Istruttori) - Settore Economico-Finanziario - mobilita' tra enti
- n. 1 Operatore esperto autista/manutentore (Area degli Operatori esperti) - Settore Tecnico - avviamento dal Centro per l'impiego

ANNO 2026
- n. 1 Assistente sociale (Area dei Funzionari e dell'Elevata Qualificazione) - Settore Servizi alla Persona - concorso pubblico, in sostituzione di una cessazione
- n. 1 Istruttore amministrativo (Area degli Istruttori) - Settore Affari Generali e Servizi Demografici - concorso pubblico

ANNO 2027
- nessuna nuova assunzione programmata: solo sostituzione del personale cessato nei limiti della capacita' assunzionale

Progressioni verticali tra le aree: n. 2 nel 2025, riservate al personale interno.


OBIETTIVI TRASVERSALI DI PERFORMANCE COLLEGATI ALL'ANTICORRUZIONE E ALL'ORGANIZZAZIONE


OBIETTIVO T1 - DIGITALIZZAZIONE DEL REGISTRO DEGLI ACCESSI E DEI FLUSSI DI PUBBLICAZIONE

Referente: dott.ssa Marina Fossati (RPCT), con dott. Alberto Crespi per la parte informatica
Scopo: sostituire il registro degli accessi tenuto su foglio di calcolo con un modulo del protocollo informatico e automatizzare la pubblicazione dei dati in Amministrazione Trasparente.
Output atteso: registro degli accessi generato automaticamente dal protocollo e pubblicato ogni trimestre senza interventi manuali.
Soggetti coinvolti: tutti i settori, Nucleo di Valutazione, cittadini e associazioni che presentano istanze di accesso.
Cronoprogramma:
- entro il 31/03/2025: configurazione del modulo accessi nel protocollo informatico
- entro il 30/06/2025: formazione dei referenti per la trasparenza di ciascun settore
- entro il 31/12/2025: prima pubblicazione automatica del registro
Indicatori:
Indicatore 1 – Tempestivita' di risposta alle istanze di accesso civico (istanze evase entro 30 giorni / istanze pervenute x 100) – valore obiettivo: 100%
Indicatore 2 – Completezza di Amministrazione Trasparente (obblighi pubblicati / obblighi applicabili x 100, griglia ANAC) – valore obiettivo: almeno 95%


OBIETTIVO T2 - AGGIORNAMENTO DEL REGOLAMENTO SUL LAVORO AGILE

Referente: rag. Donatella Bellotti (Ufficio Personale)
Scopo: adeguare il regolamento del 2023 al nuovo contratto collettivo delle Funzioni locali e introdurre il lavoro da remoto per esigenze temporanee di salute.
Output atteso: nuovo regolamento approvato dalla Giunta e accordi individuali rinnovati per tutti i dipendenti che ne fanno richiesta.
Soggetti coinvolti: RSU, organizzazioni sindacali territoriali, Comitato Unico di Garanzia, responsabili di settore.
Cronoprogramma:
- entro il 30/04/2025: bozza di regolamento e confronto con le organizzazioni sindacali
- entro il 30/06/2025: approvazione in Giunta
- entro il 30/09/2025: rinnovo degli accordi individuali
Indicatori:
Indicatore 1 – Accordi individuali rinnovati (accordi rinnovati / richieste ammissibili x 100) – valore obiettivo: 100%
Indicatore 2 – Questionario di benessere organizzativo (giudizio medio sul lavoro agile, scala 1-5) – valore obiettivo: almeno 4


OBIETTIVO T3 - COMPETENZE DIGITALI PER TUTTO IL PERSONALE (SYLLABUS)

Referente: dott. Alberto Crespi (Ufficio Sistemi informativi e Transizione digitale)
Scopo: colmare il divario di competenze digitali emerso dall'assessment iniziale e accompagnare la migrazione dei servizi al cloud.
Output atteso: tutti i dipendenti iscritti alla piattaforma Syllabus con almeno un percorso completato.
Soggetti coinvolti: tutti i dipendenti, responsabili di settore, Dipartimento della Funzione Pubblica.
Cronoprogramma:
- entro il 28/02/2025: assessment iniziale delle competenze
- entro il 30/06/2025: iscrizione di tutto il personale alla piattaforma
- entro il 30/11/2025: completamento dei percorsi assegnati
Indicatori:
Indicatore 1 – Dipendenti iscritti a Syllabus (iscritti / dipendenti in servizio x 100) – valore obiettivo: 100%
Indicatore 2 – Percorsi completati (dipendenti con almeno un percorso concluso / dipendenti in servizio x 100) – valore obiettivo: 80%


OBIETTIVO T4 - CONTROLLI A CAMPIONE SULLE PRATICHE EDILIZIE E SUAP

Referente: arch. Silvia Ravasi, in collaborazione con ing. Paolo Brambati per l'Ufficio Edilizia Privata
Scopo: dare attuazione alla misura specifica S1 riducendo la discrezionalita' nella scelta delle pratiche da controllare.
Output atteso: sorteggio pubblico trimestrale con verbale pubblicato e controlli conclusi entro 60 giorni dal sorteggio.
Soggetti coinvolti: tecnici progettisti, imprese, Nucleo Polizia ambientale ed edilizia, RPCT.
Cronoprogramma:
- entro il 28/02/2025: approvazione dei criteri di estrazione con determina del responsabile
- entro il 15/04, il 15/07 e il 15/10/2025 e il 15/01/2026: sorteggi trimestrali
- entro il 31/01/2026: relazione finale al RPCT
Indicatori:
Indicatore 1 – Pratiche sottoposte a controllo (SCIA e CILA controllate / pratiche presentate x 100) – valore obiettivo: almeno 10%
Indicatore 2 – Tempo medio di conclusione delle pratiche SUAP (giorni dalla presentazione) – valore obiettivo: non oltre 25 giorni
"""


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "san-vigilio-al-ticino_piao-2025-2027.md").write_text(MD, encoding="utf-8")
    (OUT / "PIAO_SanVigilio_def.txt").write_text(TXT, encoding="utf-8")
    print("written: san-vigilio-al-ticino_piao-2025-2027.md, PIAO_SanVigilio_def.txt")


if __name__ == "__main__":
    main()
