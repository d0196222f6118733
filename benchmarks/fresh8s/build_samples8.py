"""Write samples8_qa.jsonl (45 questions on the five sample plans). Run once; then run samples8_check.py."""
import json
from pathlib import Path

VP = "cassano-dadda_piao-2023-2025_valore-pubblico.txt"
PF = "cassano-dadda_piao-2024-2026_performance.txt"
CM = "cassano-magnago_piao-2025-2027_obiettivi-operativi.txt"
CR = "cremosano_piao-2026-2028_valore-pubblico.txt"
MG = "magentino_piao-2024-2026_obiettivi-dup.txt"
T = "\t"


def q(type_, question, answer, must, ev, doc=None):
    """ev: list of (doc, anchor)."""
    docs = []
    for d, _ in ev:
        if d not in docs:
            docs.append(d)
    if doc is None:
        doc = docs[0] if len(docs) == 1 else docs
    return {"question": question, "answer": answer, "must_contain": must, "doc": doc,
            "evidence": [a for _, a in ev], "evidence_docs": [d for d, _ in ev], "type": type_}


Q = [
    # 1
    q("multi_hop",
      "Chi è il titolare del settore che si occupa del censimento degli alberi e delle aree verdi a Cassano d'Adda?",
      "Il censimento del verde (rilievo delle alberature e delle aree a verde, Rif. DUP 03.03.01) è assegnato al "
      "settore 06. Governo del territorio e ambiente, il cui titolare nel 2024 è BIANCHI Maurizio.",
      [["BIANCHI"], ["Governo del territorio"]],
      [(PF, "Rilievo - censimento delle alberature e delle aree a verde del Comune"),
       (PF, f"01/01/2024{T}31/12/2024{T}BIANCHI Maurizio{T}titolare")]),
    # 2
    q("elenco",
      "Quanti dipendenti partecipano all'obiettivo sui controlli stradali della Polizia Locale di Cassano d'Adda, e quali sono quelli di categoria D?",
      "All'obiettivo 'Controlli stradali' (fase 2) partecipano 13 dipendenti. Quelli di categoria D sono ALBANESI Emilia (D1), "
      "ALBANI Francesco (D1), CAMISASCA Daniele (D1) e VALENTI Vincenzo (D4).",
      [["13"], ["ALBANESI"], ["ALBANI Francesco"], ["CAMISASCA"], ["VALENTI"]],
      [(PF, "Proseguire i controlli stradali finalizzandoli alla riduzione"),
       (PF, f"MARIGLIANO Raimondo Enrico{T}C1")]),
    # 3
    q("confronto",
      "Progetto Casa di Cassano d'Adda: cosa cambia tra quanto scritto nel piano valore pubblico 2023-2025 e l'obiettivo operativo del 2024?",
      "Nel piano 2023-2025 il Progetto 4.6 Casa mira in generale a promuovere una cultura dell'abitare responsabile e sostenibile "
      "nella comunità e nei cittadini (e a una città vivibile e inclusiva). Nel 2024 l'obiettivo diventa operativo e si concentra "
      "sugli inquilini degli alloggi di edilizia residenziale pubblica: procedure standardizzate, piani di rientro e riduzione della morosità.",
      [["cultura dell'abitare responsabile"], ["inquilini"], ["morosità"]],
      [(VP, "Promuovere una cultura dell'abitare responsabile e sostenibile"),
       (PF, "Introdurre procedure standardizzate e tempestive finalizzate a promuovere")]),
    # 4
    q("indicatore",
      "Per le case popolari di Cassano d'Adda, che percentuale di inquilini si vuole raggiungere con l'invio telematico di bollette e comunicazioni?",
      "L'indicatore '% di inquilini raggiunto con invio telematico di comunicazioni e fatturazioni' ha come valore previsto il 50%.",
      [["50"]],
      [(PF, "% di inquilini raggiunto con invio telematico di comunicazioni e fatturazioni")]),
    # 5
    q("elenco",
      "Quali iniziative culturali Cassano Magnago vuole confermare perché in passato sono piaciute ai cittadini?",
      "L'obiettivo prevede di confermare la stagione musicale, il concerto di Natale, il concerto di inizio anno e le stagioni "
      "teatrali per adulti e ragazzi.",
      [["stagione musicale"], ["concerto di Natale"], ["inizio anno"], ["teatral"]],
      [(CM, "Confermare le iniziative culturali che negli anni passati hanno riscosso")]),
    # 6
    q("obiettivo",
      "A che punto è il centro unico di prenotazione nell'ex farmacia di piazza Don Spina, e qual era la motivazione?",
      "Il CUP è stato inaugurato in dicembre 2023; nella fase attuale (2025-2027), verificata la funzionalità degli ambienti, "
      "viene garantita la manutenzione ordinaria. La motivazione è creare uno spazio inclusivo che risponda alle esigenze delle comunità.",
      [["dicembre 2023"], ["spazio inclusivo"], ["manutenzione ordinaria"]],
      [(CM, "Creare un CUP (centro unico di prenotazioni) nei locali dell'ex farmacia"),
       (CM, "Il CUP è stato inaugurato in dicembre 2023")]),
    # 7
    q("responsabile",
      "Chi è il responsabile gestionale dell'accordo con l'Aipo per la manutenzione dei torrenti?",
      "Il responsabile gestionale è il Responsabile Area Territorio (obiettivo strategico 2.2.4 di Cassano Magnago).",
      [["Area Territorio"]],
      [(CM, "Addivenire ad un accordo con l'Agencia Interregionale per il fiume PO")]),
    # 8
    q("indicatore",
      "Sicurezza urbana a Cassano d'Adda: quante sanzioni per l'art. 38 bis del regolamento di polizia urbana si vogliono raggiungere e da quante si parte?",
      "L'indicatore prevede un aumento del 10% delle sanzioni art. 38 bis RPU: dato di partenza 32 sanzioni, dato di arrivo 35 sanzioni.",
      [["35"], ["32"]],
      [(PF, "Aumento del 10% sanzioni art. 38 bis RPU")]),
    # 9
    q("elenco",
      "Nel piano del magentino chi sono gli stakeholder dell'obiettivo sulla protezione civile?",
      "Per 'Gestire la Protezione civile' (programma 11.01) gli stakeholder sono: R.O.C. P.C. Comune di Boffalora, Comune di "
      "Boffalora S/T, Comune di Magenta, Protezione Civile di Magenta e cittadini.",
      [["R.O.C."], ["Boffalora"], ["Comune di Magenta"], ["Protezione Civile di Magenta"], ["cittadini"]],
      [(MG, "R.O.C. P.C. Comune di Boffalora, Comune di Boffalora S/T, Comune di Magenta")]),
    # 10
    q("confronto",
      "Come si occupano della socializzazione degli anziani Cassano Magnago e il piano del magentino?",
      "Cassano Magnago vuole favorire la socializzazione degli anziani con momenti e spazi aggregativi, in particolare "
      "organizzando corsi per insegnare l'uso di computer, smartphone e Spid (per ridurre il rischio di isolamento). Il magentino "
      "garantisce un'opportunità di socializzazione presso il Centro Anziani, gestendo la convenzione con il Centro socio culturale anziani.",
      [["computer", "smartphone", "Spid"], ["Centro Anziani"], ["isolamento", "convenzione"]],
      [(CM, "Organizzare corsi per insegnare l'uso corretto di computer, smartphone e Spid"),
       (MG, "socializzazione agli anziani presso il Centro Anziani")]),
    # 11
    q("multi_hop",
      "chi è la responsabile del settore che fa la dematerializazione degli atti di matrimonio a Cassano d'Adda?",
      "La dematerializzazione degli atti di stato civile (atti di matrimonio 1965-1985, in vista del subentro in ANSC) è "
      "assegnata al settore 05. Spazio Città, la cui titolare nel 2024 è RUGGIERI Elisabetta.",
      [["RUGGIERI"], ["Spazio citt"]],
      [(PF, "Digitalizzazione di tutti gli atti di matrimonio dal 1965 al 1985"),
       (PF, f"01/01/2024{T}31/12/2024{T}RUGGIERI Elisabetta{T}titolare")]),
    # 12
    q("obiettivo",
      "Perché Cassano d'Adda vuole mappare l'eternit presente sul territorio? Qual è lo scopo?",
      "L'obiettivo biennale di monitoraggio amianto serve ad avere una chiara e piena conoscenza della presenza di amianto sul "
      "territorio comunale, per fornire una corretta informazione ai cittadini e gestire le situazioni più critiche a tutela della "
      "salute dei cassanesi.",
      [["presenza di amianto"], ["informazione ai cittadini"], ["salute"]],
      [(PF, "OBIETTIVO BIENNALE - MONITORAGGIO AMIANTO (FASE 1)"),
       (PF, "quella di avere la chiara e la piena conoscenza della presenza di amianto")]),
    # 13
    q("indicatore",
      "Nati per Leggere / Bibliobebè: che target ci sono per la frequenza dello spazio e per le iniziative 0-3 anni che non costano nulla al Comune?",
      "Per la frequenza dello spazio NPL - Bibliobebè (aperture con presenza di fruitori / aperture totali 2024) è previsto il 70%; "
      "per le iniziative per la fascia 0/3 senza impegno economico per l'Ente è previsto l'80%.",
      [["70"], ["80"]],
      [(PF, "Frequenza spazio NPL - Bibliobebè"),
       (PF, "% realizzazione di iniziative e proposte per la fascia 0/3 senza impegno")]),
    # 14
    q("elenco",
      "Su quali canali Cassano d'Adda vuole diffondere il bilancio spiegato in modo comprensibile ai cittadini?",
      "L'obiettivo 'Open bilancio' prevede la pubblicazione in Amministrazione Trasparente e sui canali di comunicazione "
      "dell'ente: sito istituzionale, giornalino comunale, app Municipium, telegram, oltre all'illustrazione nelle sedute di Consiglio.",
      [["sito istituzionale"], ["giornalino"], ["Municipium"], ["telegram"]],
      [(PF, "Lo scopo di questo obiettivo è rendere il bilancio e gli atti finanziari"),
       (PF, "n. canali di comunicazione e diffusione dei dati e documenti")]),
    # 15
    q("confronto",
      "Violenza di genere: cosa fanno Cassano d'Adda nel 2024 e i comuni del magentino? Con quali reti lavorano?",
      "Cassano d'Adda con l'obiettivo 'Conoscere per prevenire' promuove eventi e incontri di sensibilizzazione e consolida il lavoro "
      "con la Rete Viola (Rete Antiviolenza Adda Martesana V.I.O.L.A.). Il magentino punta a partecipare alla costruzione di una rete di "
      "prevenzione, con servizi sociali, Ufficio di Piano e ATS-centriantiviolenza - consultori, coordinando la rete e i tavoli d'ambito.",
      [["Rete Viola", "V.I.O.L.A."], ["centriantiviolenza", "consultori"], ["rete di prevenzione", "tavoli d'ambito"]],
      [(PF, "CONOSCERE PER PREVENIRE: CONTRASTO ALLA VIOLENZA DI GENERE"),
       (MG, "Garantire la partecipazione alla costruzione di una rete di prevenzione")]),
    # 16
    q("numerico",
      "Qual è la percentuale di partenza del monte ore di attività esterna della Polizia Locale di Cassano e di quanto deve aumentare?",
      "Il dato di partenza è 54,42% (novembre 2023, primo mese con timbrature); l'obiettivo Sicurezza urbana prevede un aumento del 2,5%.",
      [["54,42"], ["2,5"]],
      [(PF, "Aumento del 2,5% monte ore attività esterna"),
       (PF, "Dato di partenza: 54,42% (nov 23 - 1° mese con timbrature)")]),
    # 17
    q("obiettivo",
      "Perché Cassano Magnago vuole fare un campo da calcio sintetico e che risparmio si aspetta?",
      "Il campo in erba sintetica serve a mettere a disposizione un campo utilizzabile di più nei mesi invernali, grazie alla capacità "
      "di drenaggio delle acque piovane; il valore atteso è un risparmio sulle spese di gestione e manutenzione del campo a undici.",
      [["invernali"], ["drenaggio"], ["campo a undici"]],
      [(CM, "Realizzazione di un campo da calcio in erba sintetica")]),
    # 18
    q("elenco",
      "per cosa mi posso far aiutare allo sportello Online Insieme?",
      "Lo sportello Online INSIEME (Cassano d'Adda) aiuta chi ha poca familiarità con il digitale a: utilizzare lo SPID; attivare "
      "l'identità digitale legata alla Carta di identità elettronica (CIE); accedere ai servizi online del Comune per le pratiche "
      "telematiche; scaricare gratis i certificati dall'Anagrafe nazionale online (ANPR).",
      [["SPID"], ["CIE", "Carta di identità elettronica"], ["servizi online"], ["ANPR"]],
      [(PF, "Lo sportello ONLINE INSIEME è rivolto a chi necessita di supporto per:")]),
    # 19
    q("responsabile",
      "Bonus bebè a Cassano Magnago: quale area lo gestisce?",
      "La gestione del bonus bebè è demandata dalla Giunta all'Area Risorse (responsabile gestionale: Responsabile Area Risorse).",
      [["Area Risorse"]],
      [(CM, "Agevolazioni sui servizi resi e la conferma del"),
       (CM, "demanda all'Area Risorse la gestione del bonus bebè")]),
    # 20
    q("confronto",
      "Che ruolo ha A2A nei piani di Cassano Magnago e di Cassano d'Adda?",
      "A Cassano Magnago A2A illuminazione pubblica è la controparte del contratto di partenariato pubblico-privato del 2021 che prevede "
      "l'attivazione di tre colonnine di ricarica per auto elettriche. A Cassano d'Adda la maggior parte degli edifici pubblici è "
      "riscaldata con teleriscaldamento, la cui energia termica è prodotta da una centrale termoelettrica di proprietà di A2A.",
      [["colonnine"], ["2021"], ["teleriscaldamento"], ["centrale termoelettrica"]],
      [(CM, "Attivazione delle tre colonnine previste dal contratto di partenariato"),
       (PF, "La maggior parte degli edifici pubblici sono riscaldati con un sistema di")]),
    # 21
    q("indicatore",
      "Di quanto devono aumentare le collaborazioni con partner esterni (sponsor, contributi, patti) per la promozione del territorio a Cassano d'Adda, e da che numero si parte?",
      "L'indicatore di efficienza prevede un aumento del 10% delle collaborazioni con partner esterni, partendo dal dato 2023 di 22 collaborazioni.",
      [["10"], ["22"]],
      [(PF, "dato 2023 = n. 22 collaborazioni")]),
    # 22
    q("tempistica",
      "Entro quando è previsto il certificato di regolare esecuzione dei lavori del centro storico di Cassano Magnago?",
      "Il progetto esecutivo è previsto nel 2025, il certificato di regolare esecuzione dei lavori nel 2026.",
      [["2026"], ["2025"]],
      [(CM, "Riqualificare il centro storico cittadino attraverso interventi strutturali"),
       (CM, "Certificato regolare esecuzione dei lavori")]),
    # 23
    q("multi_hop",
      "Il presidio Nati per Leggere a Cassano d'Adda: quale settore lo segue e chi ne è il titolare?",
      "L'avvio del presidio 'Nati per leggere' è assegnato al settore 04. Cultura, sport e valorizzazione turistica, la cui titolare "
      "nel 2024 è BASSANI Maddalena.",
      [["BASSANI"], ["Cultura, sport"]],
      [(PF, 'AVVIO DEL PRESIDIO "NATI PER LEGGERE"'),
       (PF, f"01/01/2024{T}31/12/2024{T}BASSANI Maddalena{T}titolare")]),
    # 24
    q("elenco",
      "Nel DUP del magentino, quanti obiettivi operativi ci sono nella missione Ordine pubblico e sicurezza e quali sono?",
      "Sono 5: garantire la gestione ottimale dei servizi di polizia (giudiziaria, stradale, annonaria, ecc.); interagire con le altre "
      "forze di Polizia; territorio sicuro: impedire insediamenti abusivi; implementare l'utilizzo dei sistemi di videosorveglianza; "
      "potenziare il servizio SUAP.",
      [["5"], ["altre forze di Polizia"], ["insediamenti abusivi"], ["videosorveglianza"], ["SUAP"]],
      [(MG, "Interagire con le altre forze di Polizia"),
       (MG, "Territorio sicuro: impedire insediamenti abusivi sul territorio")]),
    # 25
    q("non_presente",
      "Quanto costa il nuovo campo da calcio in erba sintetica di Cassano Magnago?",
      "Il piano non indica l'importo dei lavori: riporta solo la motivazione, il risparmio atteso sul campo a undici e le fasi "
      "(monitoraggio del finanziamento, posa del manto e messa in sicurezza nel 2025). Il costo non è presente nei documenti.",
      [],
      [(CM, "Posa del manto in erba sintetica e messa in sicurezza dell'impianto")]),
    # 26
    q("confronto",
      "Consiglio comunale dei ragazzi: in cosa differiscono Cassano Magnago e Cassano d'Adda e con quali scuole lavorano?",
      "A Cassano Magnago il Consiglio comunale dei ragazzi e delle ragazze esiste già e va mantenuto (regolamento approvato con delibera "
      "n. 75 del 25.04.2009), coinvolgendo le secondarie di primo grado G.B. Maino e I. Orlandi. Cassano d'Adda invece lo deve istituire nel "
      "2024 in collaborazione con l'Istituto comprensivo Quintino di Vona.",
      [["Maino"], ["Orlandi"], ["Quintino di Vona", "Di Vona"]],
      [(CM, "Mantenimento del Consiglio comunale dei ragazzi e delle ragazze"),
       (PF, "Rif. DUP 4.1.9 - 6.1.15: Istituire consiglio comunale dei ragazzi")]),
    # 27
    q("indicatore",
      "Nell'obiettivo del Settore 5 sulla digitalizzazione dei processi misti, quanti processi vanno digitalizzati e di quanto devono calare le stampe?",
      "Sono attesi 6 processi revisionati e digitalizzati (almeno sei procedimenti) e una diminuzione del 20% delle stampe prodotte "
      "rispetto alla media degli ultimi 2 anni.",
      [["6", "sei"], ["20"]],
      [(PF, "diminuzione del numero delle stampe prodotte rispetto alla media"),
       (PF, "N. di processi revisionati e digitalizzati")]),
    # 28
    q("obiettivo",
      "Nel piano valore pubblico 2023-2025 di Cassano d'Adda, quale area dismessa si vuole recuperare ripensando il centro cittadino?",
      "Nel progetto 10.1 'Oltre i confini della città' si vuole ripensare il centro come luogo da vivere, valorizzare le bellezze "
      "artistiche e naturali (fiume Adda) e dare un futuro ad aree dismesse, in particolare la Cava di Groppello.",
      [["Cava di Groppello", "Cava di Gropello"], ["fiume Adda"]],
      [(VP, "nonché dare un futuro ad aree dismesse (Cava di Groppello)")]),
    # 29
    q("responsabile",
      "chi è responsabile del ricovero dei cani vaganti e del randaggismo a Cassano Magnago?",
      "L'obiettivo 'Provvedere al ricovero e alla custodia degli animali mediante apposite strutture convenzionate' (motivazione: "
      "prevenzione del randagismo) ha come responsabile gestionale il Responsabile Area Polizia Locale.",
      [["Polizia Locale"]],
      [(CM, "Provvedere al ricovero e alla custodia degli animali mediante apposite")]),
    # 30
    q("multi_hop",
      "Le scuole di Cascine San Pietro devono aggiornare il certificato prevenzione incendi: quale settore se ne occupa e chi è il titolare?",
      "Nel 2024 l'aggiornamento del CPI per la scuola materna e la scuola elementare di Cascine San Pietro rientra nell'obiettivo di "
      "sicurezza delle scuole del settore 07. Lavori pubblici, la cui titolare è BARTUCCI Grazia Maria.",
      [["BARTUCCI"], ["Lavori pubblici"], ["materna"], ["elementare"]],
      [(PF, "aggiornamento CPI per scuola materna e scuola elementare di Cascine"),
       (PF, f"01/01/2024{T}31/12/2024{T}BARTUCCI Grazia Maria{T}titolare")]),
    # 31
    q("elenco",
      "Quanti obiettivi operativi di primo livello ha Cassano Magnago sotto l'obiettivo strategico 1.1.5 sul bilancio, e di cosa parlano?",
      "Sono 7, tutti in capo al Responsabile Area Risorse: gestione dei flussi finanziari del bilancio, recupero dei residui attivi, "
      "tempestività dei pagamenti, controllo di gestione, contrasto all'evasione, riduzione del contenzioso tributario, semplificazione "
      "e assistenza ai contribuenti per l'IMU (modelli F24).",
      [["7", "sette"], ["residui attivi"], ["evasione"], ["contenzioso"], ["IMU", "F24"]],
      [(CM, "1.1.5 Gestione attenta ed oculata del bilancio comunale")]),
    # 32
    q("indicatore",
      "Secondo il DUP del magentino, di quanto si vuole ridurre il tempo per rilasciare i titoli nelle procedure urbanistiche e paesaggistiche?",
      "Per l'obiettivo 'Sostenere la riprogettazione e la riqualificazione del costruito e la qualità del nuovo' l'indicatore è diminuire "
      "il tempo medio di rilascio dei titoli del 5% in media, oltre a garantire l'utilizzo di contributi pervenuti da Enti terzi.",
      [["5%"], ["tempo medio di rilascio"], ["contributi"]],
      [(MG, "Diminuire il tempo medio di rilascio dei titoli del 5% in media")]),
    # 33
    q("obiettivo",
      "Perché Cremosano mette la casa tra le sue priorità? Chi ha bisogno di un'abitazione?",
      "Nella priorità 'Cremosano da abitare' si osserva che c'è ancora un fabbisogno di abitazioni, e che la domanda non riguarda più solo "
      "le famiglie a basso reddito ma gruppi più deboli: anziani, lavoratori giovani ma precari, immigrati, separati, ammalati, invalidi, "
      "lavoratori espulsi dal processo produttivo e povertà improvvise.",
      [["fabbisogno di abitazioni"], ["basso reddito"], ["precari", "anziani"]],
      [(CR, "La città presenta ancora un fabbisogno di abitazioni")]),
    # 34
    q("numerico",
      "Quante pratiche cartacee sui mezzi pubblicitari vanno digitalizzate a Cassano d'Adda e di che anni sono?",
      "Vanno digitalizzate 480 pratiche cartacee (480/480), relative ai mezzi pubblicitari dal 2002 fino al 2013, da trasferire nel programma Solo1.",
      [["480"], ["2002"], ["2013"]],
      [(PF, "Le pratiche relative ai mezzi pubblicitari dal 2002 fino al 2013"),
       (PF, "% digitalizzazione dell'archivio cartaceo (n. pratiche cartacee 480/480)")]),
    # 35
    q("confronto",
      "Asili nido: che strada prendono Cassano Magnago e il piano del magentino?",
      "Cassano Magnago mantiene le convenzioni con l'Asilo Nido privato e le scuole dell'infanzia paritarie per soddisfare la domanda "
      "rimasta inevasa. Il magentino valuta la sostenibilità del servizio e un possibile affidamento dell'asilo nido all'azienda speciale "
      "consortile servizi alla persona di Magenta, in un servizio prima infanzia d'Ambito.",
      [["Asilo Nido privato"], ["azienda speciale consortile"], ["convenzioni"]],
      [(CM, "Mantenere in essere le convenzioni con l'Asilo Nido privato"),
       (MG, "verifica di un affidamento del servizio all'azienda speciale consortile")]),
    # 36
    q("elenco",
      "Da chi è promosso il programma nazionale Nati per Leggere citato nel piano della performance?",
      "Nati per Leggere è promosso dall'Associazione Culturale Pediatri, dall'Associazione Italiana Biblioteche e dal CSB Centro per la Salute del Bambino Onlus.",
      [["Associazione Culturale Pediatri"], ["Associazione Italiana Biblioteche"], ["Centro per la Salute del Bambino", "CSB"]],
      [(PF, "Nati per Leggere è un programma nazionale di promozione della lettura")]),
    # 37
    q("tempistica",
      "In che mesi la Ragioneria di Cassano d'Adda prepara le note e fa le sessioni formative sul bilancio di previsione?",
      "Nell'obiettivo 'Un bilancio sano' le note informative sul bilancio di previsione e le relative sessioni formative interne "
      "sono previste a settembre/ottobre (quelle sul riaccertamento dei residui a gennaio-febbraio).",
      [["settembre"], ["ottobre"]],
      [(PF, "predisposizione di note informative in materia di bilancio di previsione")]),
    # 38
    q("multi_hop",
      "Chi è il titolare del settore che deve ridurre la morosità degli inquilini delle case comunali a Cassano d'Adda?",
      "L'obiettivo del Progetto Casa (riduzione della morosità degli inquilini ERP) è del settore 03. Servizi alla persona, la cui "
      "titolare nel 2024 è MORETTI Alessandra.",
      [["MORETTI"], ["Servizi alla persona"]],
      [(PF, "% riduzione della morosità annua relativa al 2024 rispetto a quella del 2023"),
       (PF, f"01/01/2024{T}31/12/2024{T}MORETTI Alessandra{T}titolare")]),
    # 39
    q("confronto",
      "Che cosa intendono per \"smart city\" Cassano d'Adda nel piano valore pubblico 2023-25 e il comune di Cremosano?",
      "Cassano d'Adda vuole diventare una vera 'Smart city' intesa come polo digitale territoriale e punto di accesso unico ai servizi in "
      "rete. Cremosano ('Da smart city a smart land') intende la smart city anzitutto come la società civile, con il suo bisogno di "
      "relazioni buone e pratiche virtuose, integrando economia e welfare, governance, energia, mobilità e ambiente.",
      [["polo digitale", "punto di accesso unico"], ["società civile"], ["smart land"]],
      [(VP, 'Rendere Cassano una vera "Smart city" intesa come polo digitale'),
       (CR, '"Smart city" identifica anzitutto la società civile')]),
    # 40
    q("indicatore",
      "Quante sessioni formative interne deve fare la Ragioneria nell'obiettivo Un bilancio sano e quanto si stima di risparmiare?",
      "Sono attese 7 sessioni formative interne (1 per Settore, da 2 ore ciascuna) e un risparmio stimato per la formazione interna "
      "di 1100 euro.",
      [["7", "sette"], ["1100", "1.100"]],
      [(PF, "n. sessioni formative interne (1 sessione per ciascun Settore di n.2 h/sessione)"),
       (PF, "risparmio economico conseguito da ente per formazione interna")]),
    # 41
    q("obiettivo",
      "Nel magentino, qual è la finalità dell'obiettivo sull'integrazione quotidiana delle persone con disabilità (non quello sul lavoro)?",
      "L'obiettivo 'Assicurare la piena integrazione nella quotidianità dei soggetti diversamente abili' punta ad attuare interventi che "
      "mantengano la domiciliarietà e sostengano l'inclusione e l'integrazione delle persone con disabilità e delle loro famiglie, "
      "anche con progetti che favoriscano l'autonomia.",
      [["domiciliarietà", "domicilio"], ["autonomia"], ["famiglie"]],
      [(MG, "piena integrazione nella quotidianità dei soggetti diversamente abili")]),
    # 42
    q("responsabile",
      "Chi segue a Cassano d'Adda il progetto contro la violenza sulle donne 'Conoscere per prevenire'?",
      "L'obiettivo è assegnato al settore 04. Cultura, sport e valorizzazione turistica; le iniziative vanno programmate e realizzate "
      "congiuntamente con il Settore 3 Servizi alla Persona.",
      [["Cultura, sport"], ["Servizi alla persona"]],
      [(PF, "CONOSCERE PER PREVENIRE: CONTRASTO ALLA VIOLENZA DI GENERE"),
       (PF, "congiuntamente con il Settore 3 Servizi alla Persona")]),
    # 43
    q("multi_hop",
      "Il progetto 5.1 del piano 2023-2025 voleva migliorare la sicurezza stradale con dispositivi tecnologici: nel 2024 quale obiettivo operativo lo porta avanti e chi è il titolare del settore?",
      "Nel PIAO 2024-2026 il tema prosegue con l'obiettivo pluriennale 'Controlli stradali' (fase 2, Rif. DUP 5.1.2), assegnato al "
      "settore 08. Polizia Locale, il cui titolare è CAIANI Massimo.",
      [["controlli stradali"], ["Polizia Locale"], ["CAIANI"]],
      [(VP, "Migliorare la sicurezza stradale mediante l'uso di dispositivi"),
       (PF, "Proseguire i controlli stradali finalizzandoli alla riduzione"),
       (PF, f"01/01/2024{T}31/12/2024{T}CAIANI Massimo{T}titolare")]),
    # 44
    q("numerico",
      "Quante sono le priorità strategiche di Cremosano e qual è l'ultima?",
      "Cremosano individua 12 priorità strategiche (obiettivi generali); l'ultima è 'Un comune di qualità, trasparente e che innova'.",
      [["12"], ["Un comune di qualità"]],
      [(CR, "12. Un comune di qualità, trasparente e che innova")]),
    # 45
    q("non_presente",
      "Nel censimento del verde di Cassano d'Adda, che percentuale di rilievo delle alberature è fissata come target?",
      "Il piano elenca l'indicatore '% rilievo alberature e aree a verde' ma non indica un valore previsto: il target non è riportato "
      "nel documento.",
      [],
      [(PF, "% rilievo alberature e aree a verde")]),
]

rows = []
for i, r in enumerate(Q, 1):
    rows.append({"id": f"f8s-{i:03d}", **r})
out = Path(__file__).resolve().parent / "samples8_qa.jsonl"
out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
print(f"wrote {len(rows)} rows to {out}")
