extension BokmalTexts {
    /// What the status line and the confirmation box say after a key or a command.
    static let statusLine: [String: String] = [
        "Forward case #{1} to {2}? One message; {3}.": "Sende sak #{1} over til {2}? Én melding; {3}.",
        "Send the provider an addendum on case #{1} to {2}? One message; {3}.":
            "Sende tilbyderen et tillegg til sak #{1} til {2}? Én melding; {3}.",
        "case #{1} forwarded; the message is queued (segdesk outbox deliver sends it)":
            "sak #{1} oversendt; meldingen ligger i utboksen (segdesk outbox deliver sender den)",
        "Resolve case #{1} and its incidents, and queue {2} to the reporters ({3})?":
            "Løse sak #{1} med feilmeldingene, og legge {2} til melderne i utboksen ({3})?",
        "case #{1} resolved; {2} messages queued (segdesk outbox deliver sends them)":
            "sak #{1} løst; {2} meldinger i utboksen (segdesk outbox deliver sender dem)",
        "Send this reply to {1}{2}? One message; {3}.": "Sende dette svaret til {1}{2}? Én melding; {3}.",
        "and resolve incident #{1} ({2})": "og løse feilmelding #{1} ({2})",
        "replied on incident #{1}; the message is queued (segdesk outbox deliver sends it)":
            "svart på feilmelding #{1}; meldingen ligger i utboksen (segdesk outbox deliver sender den)",
        "Publish notice #{1}: queue {2}, one per consumer ({3})?": "Publisere varsel #{1}: legge {2} i utboksen, én per konsument ({3})?",
        "{1} without an address get nothing: {2}.": "{1} uten adresse får ingenting: {2}.",
        "The first:": "Den første:",
        "notice #{1} published; {2} messages queued (segdesk outbox deliver sends them)":
            "varsel #{1} publisert; {2} meldinger i utboksen (segdesk outbox deliver sender dem)",
        "Tell the reporters of case #{1} ({2})? One message each ({3}).": "Si fra til melderne i sak #{1} ({2})? Én melding hver ({3}).",
        "provider reference {1} recorded on case #{2}": "tilbyderens referanse {1} registrert på sak #{2}",
        "no national identity numbers found": "ingen fødselsnumre funnet",
        "{1} national identity number": "{1} fødselsnummer",
        "{1} national identity numbers": "{1} fødselsnumre",
        "{1} KEPT as written: the recipients will see them": "{1} BEHOLDT slik de er skrevet: mottakerne vil se dem",
        "{1} masked (p keeps them)": "{1} skjult (p beholder dem)",
        "{1} message": "{1} melding",
        "{1} messages": "{1} meldinger",
        "lines {1}-{2} of {3}": "linje {1}-{2} av {3}",
        "j k PgDn PgUp scroll": "j k PgDn PgUp blar",
        "y yes · n, Esc or Enter: cancel (the default)": "y ja · n, Esc eller Enter: avbryt (standard)",
        // After a key or a command.
        "usage: :{1}": "bruk: :{1}",
        "unknown command :{1}; ? lists the commands": "ukjent kommando :{1}; ? viser kommandoene",
        ":{1} works on {2}, not here": ":{1} virker på {2}, ikke her",
        ":{1} does not apply here; ? lists what does": ":{1} gjelder ikke her; ? viser hva som gjelder",
        "{1} works on {2}, not here": "{1} virker på {2}, ikke her",
        "{1} does nothing here; ? lists the keys": "{1} gjør ingenting her; ? viser tastene",
        "theme {1}": "fargetema {1}",
        "nothing to change": "ingenting å endre",
        "{1} (u undoes)": "{1} (u angrer)",
        "undone: {1}": "angret: {1}",
        "need #{1} merged into need #{2}": "behov #{1} slått sammen med behov #{2}",
        "incident #{1} recorded from the phone call": "feilmelding #{1} registrert fra telefonsamtalen",
        "f forwards a provider case: open one, or select it in pane 2": "f sender over en sak: åpne en, eller velg den i panel 2",
        "cancelled; nothing was sent": "avbrutt; ingenting ble sendt",
        "no national identity number was masked in these messages": "ingen fødselsnumre ble skjult i disse meldingene",
        "nothing to undo": "ingenting å angre",
        "only incidents are triaged": "bare feilmeldinger vurderes",
        "only incidents are triaged; 1 shows them": "bare feilmeldinger vurderes; 1 viser dem",
        "only incidents are grouped into provider cases": "bare feilmeldinger samles i saker hos tilbyder",
        "mark incidents with Space in pane 1, then m groups them": "merk feilmeldinger med mellomrom i panel 1, så samler m dem",
        "r replies on an incident": "r svarer på en feilmelding",
        "r replies on an incident: select one in pane 1": "r svarer på en feilmelding: velg en i panel 1",
        "no stage \"{1}\"; the stages are {2}": "ingen fase «{1}»; fasene er {2}",
        "no state \"{1}\"; the states are {2}; nothing was changed": "ingen tilstand «{1}»; tilstandene er {2}; ingenting ble endret",
        "importance is 1 (must have), 2 (important) or 3 (nice to have), not \"{1}\"":
            "viktighet er 1 (må ha), 2 (viktig) eller 3 (fint å ha), ikke «{1}»",
        "merge takes the number of the need to merge into, not \"{1}\"": "merge tar nummeret på behovet det skal slås sammen med, ikke «{1}»",
        "need #{1} cannot be merged into itself; nothing was changed": "behov #{1} kan ikke slås sammen med seg selv; ingenting ble endret",
        "incident #{1} attached to consumer {2}": "feilmelding #{1} knyttet til konsument {2}",
        "incident #{1} is about {2}": "feilmelding #{1} gjelder {2}",
        "note added to {1} #{2}": "merknad lagt til {1} #{2}",
        "provider update recorded on case #{1}": "oppdatering fra tilbyder registrert på sak #{1}",
        "{1} is now {2}": "{1} har nå status {2}",
        "{1} accepted agreement version {2} (recorded by you)": "{1} godtok avtaleversjon {2} (registrert av deg)",
        "recorded the own declaration of its legal basis of {1}": "registrerte egenerklæringen om rettsgrunnlag fra {1}",
        "{1} open report joined the outage's case; each reporter gets the known-issue answer":
            "{1} åpen melding gikk inn i avvikets sak; hver melder får svaret om kjent feil",
        "{1} open reports joined the outage's case; each reporter gets the known-issue answer":
            "{1} åpne meldinger gikk inn i avvikets sak; hver melder får svaret om kjent feil",
        "notice #{1} was sent to all its consumers; :audience +ORGNO adds one": "varsel #{1} er sendt til alle konsumentene; :audience +ORGNO legger til en",
        "{1} is {2} on notice #{3}": "{1} har status {2} på varsel #{3}",
        "{1} added to the audience of notice #{2}": "{1} lagt til mottakerne av varsel #{2}",
        "{1} removed from the audience of notice #{2}": "{1} tatt ut av mottakerne av varsel #{2}",
        "notice #{1} is now {2}": "varsel #{1} er nå {2}",
        "case #{1} has no open report with an address; nothing was queued": "sak #{1} har ingen åpen melding med adresse; ingenting ble lagt i utboksen",
        "{1} reporters of case #{2} told; the messages are queued": "{1} meldere i sak #{2} har fått beskjed; meldingene ligger i utboksen",
        "notice #{1} kept as a draft reaching {2} consumers; :publish sends it": "varsel #{1} lagret som utkast til {2} konsumenter; :publish sender det",
        "need #{1} recorded, backed by the consumer that raised it": "behov #{1} registrert, støttet av konsumenten som meldte det",
        "{1} backs need #{2} as {3}": "{1} støtter behov #{2} som {3}",
        "need #{1}: legal basis {2}": "behov #{1}: rettsgrunnlag {2}",
        "Move need #{1} to {2} and tell its backers ({3}), one message each ({4})?":
            "Flytte behov #{1} til {2} og si fra til dem som støtter det ({3}), én melding hver ({4})?",
        "need #{1} is {2}; {3} backers told (the messages are queued)": "behov #{1} har status {2}; {3} som støtter det, har fått beskjed (meldingene ligger i utboksen)",
        "incident #{1} is need #{2} now, backed by its consumer; the incident is resolved":
            "feilmelding #{1} er nå behov #{2}, støttet av konsumenten; feilmeldingen er løst",
        "every consumer has accepted version {1} or been asked; segdesk remind chases them":
            "alle konsumentene har godtatt versjon {1} eller er spurt; segdesk remind følger dem opp",
        "Ask {1} to accept agreement version {2}, one message each ({3})?": "Be {1} om å godta avtaleversjon {2}, én melding hver ({3})?",
        "{1} consumers asked to accept version {2}; the messages are queued": "{1} konsumenter bedt om å godta versjon {2}; meldingene ligger i utboksen",
        "ticked: {1}": "krysset av: {1}",
        "unticked: {1}": "kryss fjernet: {1}",
        "{1} registered; :stage moves it on": "{1} registrert; :stage flytter den videre",
        "{1} contact is now {2}": "kontakt ({1}) er nå {2}",
        "{1} now uses {2}": "{1} bruker nå {2}",
        "{1} no longer uses {2}": "{1} bruker ikke lenger {2}",
        "{1}: {2} contact is now {3}": "{1}: kontakt ({2}) er nå {3}",
        "{1}: no {2} contact": "{1}: ingen kontakt ({2})",
        "{1} is now named {2}": "{1} heter nå {2}",
        "{1}: mail domain now {2}": "{1}: e-postdomenet er nå {2}",
        "{1}: no mail domain": "{1}: uten e-postdomene",
        "{1} is now run by {2} ({3})": "{1} driftes nå av {2} ({3})",
        "{1} runs its integration itself": "{1} drifter integrasjonen selv",
        "name NAME (on a consumer: its name as the segment writes it)": "name NAVN (på en konsument: navnet slik segmentet skriver det)",
        "domain DOMAIN | none (on a consumer: the mail domain its people write from)":
            "domain DOMENE | none (på en konsument: e-postdomenet folkene der skriver fra)",
        "operator ORGNO NAME | none (on a consumer: the vendor that runs its integration)":
            "operator ORGNR NAVN | none (på en konsument: leverandøren som drifter integrasjonen)",        "{1} is read-only to you; nothing was changed: ask its owner for write access (ls -l {2} shows who), or work on a copy":
            "{1} er skrivebeskyttet for deg; ingenting ble endret: be eieren om skrivetilgang (ls -l {2} viser hvem), eller arbeid på en kopi",
        "{1} lies in a folder you may not write, and every change goes through a -wal file beside it; nothing was changed: ask for write access to the folder, or work on a copy in a folder of yours":
            "{1} ligger i en mappe du ikke kan skrive i, og hver endring går gjennom en -wal-fil ved siden av; ingenting ble endret: be om skrivetilgang til mappen, eller arbeid på en kopi i en mappe som er din",
        "{1} was opened only to be read; nothing was changed": "{1} ble åpnet bare for lesing; ingenting ble endret",
        // How a command is written.
        "theme NAME": "theme NAME",
        "assign me|LOGIN": "assign me|LOGIN",
        "sev IMPACT URGENCY (each 1 high to 3 low)": "sev IMPACT URGENCY (hver 1 høy til 3 lav)",
        "status {1} [RESOLUTION]": "status {1} [RESOLUTION]",
        "status {1} RESOLUTION, one of {2}": "status {1} RESOLUTION, en av {2}",
        "ref PROVIDER-REFERENCE (on a provider case)": "ref PROVIDER-REFERENCE (på en sak hos tilbyder)",
        "resolve WHAT THE PROVIDER DID (on a provider case)": "resolve WHAT THE PROVIDER DID (på en sak hos tilbyder)",
        "new ORGANISATION-NUMBER SERVICE TITLE": "new ORGANISATION-NUMBER SERVICE TITLE",
        "uncase (on an incident in a case)": "uncase (på en feilmelding i en sak)",
        "reply TEXT (on an incident)": "reply TEXT (på en feilmelding)",
        "consumer ORGANISATION-NUMBER (on an incident)": "consumer ORGANISATION-NUMBER (på en feilmelding)",
        "service KEY (on an incident)": "service KEY (på en feilmelding)",
        "note TEXT (on a record)": "note TEXT (på en post)",
        "update WHAT THE PROVIDER SAID (on a provider case)": "update WHAT THE PROVIDER SAID (på en sak hos tilbyder)",
        "stage STAGE [NOTE] (on a consumer): {1}": "stage STAGE [NOTE] (på en konsument): {1}",
        "accept VERSION (on a consumer, after a signed paper or a phone call)":
            "accept VERSION (på en konsument, etter et signert dokument eller en telefon)",
        "declared YYYY-MM-DD REFERENCE (on a consumer: the date it declared its legal basis, and its reference to its own assessment)":
            "declared YYYY-MM-DD REFERENCE (på en konsument: datoen den erklærte rettsgrunnlaget, og referansen til dens egen vurdering)",
        "join (on an outage notice: its open reports from before it was announced join its case)":
            "join (på et avviksvarsel: åpne meldinger fra før det ble kunngjort, går inn i saken)",
        "back ORGNO IMPORTANCE [USE CASE] (on a need; 1 must have, 2 important, 3 nice to have)":
            "back ORGNO IMPORTANCE [USE CASE] (på et behov; 1 må ha, 2 viktig, 3 fint å ha)",
        "merge ID (on a need: merge it into need ID, which says the same)": "merge ID (på et behov: slå det sammen med behov ID, som sier det samme)",
        "legal {1} [NOTE] (on a need)": "legal {1} [NOTE] (på et behov)",
        "legal {1} [NOTE]": "legal {1} [NOTE]",
        "decision accepted|rejected REF [NOTE] (on a need: the provider's decision and its reference)":
            "decision accepted|rejected REF [NOTE] (på et behov: tilbyderens beslutning og referanse)",
        "status {1} [NOTE] (on a need)": "status {1} [NOTE] (på et behov)",
        "status {1} [NOTE]; a need is merged with :merge ID": "status {1} [NOTE]; et behov slås sammen med :merge ID",
        "need (on a change request: it becomes a need backed by its consumer)": "need (på et endringsønske: det blir et behov støttet av konsumenten)",
        "publish (on a notice: shows the count and the first message, then asks)": "publish (på et varsel: viser antallet og den første meldingen, så spør den)",
        "ack ORGNO STATE [NOTE] (on a notice): {1}": "ack ORGNO TILSTAND [NOTE] (på et varsel): {1}",
        "audience +ORGNO | -ORGNO (on a notice: add a consumer, or take out one not yet sent it)":
            "audience +ORGNO | -ORGNR (på et varsel: legg til en konsument, eller ta ut en som ikke har fått det)",
        "audience +ORGNO | -ORGNO": "audience +ORGNO | -ORGNR",
        "kind KIND [breaking] (on a draft notice): {1}": "kind KIND [breaking] (på et utkast): {1}",
        "kind KIND [breaking], KIND one of {1}": "kind KIND [breaking], KIND en av {1}",
        "tell TEXT (on a provider case: one message to each reporter, shown first)": "tell TEXT (på en sak hos tilbyder: én melding til hver melder, vist først)",
        "ask VERSION (asks every consumer that has not accepted it; shows the count first)":
            "ask VERSION (spør hver konsument som ikke har godtatt den; viser antallet først)",
        "{1} STEP [STAGE] (on a consumer: a step of its stage's checklist, or of STAGE's)":
            "{1} STEP [STAGE] (på en konsument: et punkt i sjekklisten for fasen den er i, eller for STAGE)",
        "contact {1} EMAIL [NAME] (on a consumer: replaces its contact of that role)": "contact {1} EMAIL [NAME] (på en konsument: erstatter kontakten med den rollen)",
        "uses +SERVICE | -SERVICE (on a consumer: a service it starts or stops using)":
            "uses +SERVICE | -TJENESTE (på en konsument: en tjeneste den begynner eller slutter å bruke)",
        // A notice corrected.
        "notice #{1}: {2} changed": "varsel #{1}: {2} endret",
        "notice #{1} postponed": "varsel #{1} utsatt",
        "notice #{1} withdrawn": "varsel #{1} trukket tilbake",
        "notice #{1} is over now": "varsel #{1} er over nå",
        "{1} correction queued": "{1} rettelse lagt i utboksen",
        "{1} corrections queued": "{1} rettelser lagt i utboksen",
        "{1} corrections and {2} new notices queued": "{1} rettelser og {2} nye varsler lagt i utboksen",
        "Correct notice #{1}: queue {2}, one per consumer sent it ({3})?":
            "Rette varsel #{1}: legge {2} i utboksen, én per konsument som fikk det ({3})?",
        "{1} consumer it adds gets the notice itself.": "{1} konsument som kommer til, får selve varselet.",
        "{1} consumers it adds get the notice itself.": "{1} konsumenter som kommer til, får selve varselet.",
        "a notice has no field \"{1}\"; the fields are {2}; nothing was changed":
            "et varsel har ikke feltet «{1}»; feltene er {2}; ingenting ble endret",
        "edit FIELD VALUE (on a notice), FIELD one of {1}": "edit FELT VERDI (på et varsel), FELT ett av {1}",
        "postpone YYYY-MM-DD [HH:MM] (on a notice: it takes effect then; an end moves with it)":
            "postpone ÅÅÅÅ-MM-DD [TT:MM] (på et varsel: det gjelder fra da; en slutt flyttes med)",
        "withdraw REASON (on a notice: it no longer holds; each consumer sent it is told why)":
            "withdraw ÅRSAK (på et varsel: det gjelder ikke lenger; hver konsument som fikk det, får vite hvorfor)",
        "end (on an outage or maintenance in force: it is over now)": "end (på et driftsavbrudd eller vedlikehold som pågår: det er over nå)",
        "To: {1}": "Til: {1}",
        "Cc: {1}": "Kopi: {1}",
    ]
}
