extension BokmalTexts {
    /// What each `:` command does, as `?` lists it.
    static let commands: [String: String] = [
        "switch theme (default, light, high-contrast, mono)": "bytt fargetema (default, light, high-contrast, mono)",
        "assign the incident(s) to an operator; :assign me": "tildel feilmeldingen(e) til en operatør; :assign me",
        "set impact and urgency, 1 high to 3 low (gives P1-P5)": "sett konsekvens og hast, 1 høy til 3 lav (gir P1-P5)",
        "the same as :sev": "det samme som :sev",
        "set the incident's status (resolved and closed need a resolution)": "sett feilmeldingens status (løst og lukket krever en løsning)",
        "move the need on its road and tell its backers (asks first)": "flytt behovet videre og si fra til dem som støtter det (spør først)",
        "incident taken by phone: organisation number, service, title": "feilmelding tatt på telefon: organisasjonsnummer, tjeneste, tittel",
        "reply to the incident's reporter (asks first)": "svar melderen av feilmeldingen (spør først)",
        "take the incident(s) out of their provider case": "ta feilmeldingen(e) ut av saken hos tilbyder",
        "attach an unmatched mail report to its consumer": "knytt en e-postmelding uten kjent avsender til konsumenten",
        "say which service the incident is about": "si hvilken tjeneste feilmeldingen gjelder",
        "record the provider's reference on a case": "registrer tilbyderens referanse på en sak",
        "record what the provider said on a case": "registrer hva tilbyderen sa om en sak",
        "resolve a case and tell every reporter (asks first)": "løs en sak og si fra til hver melder (spør først)",
        "an interim update to every reporter of the case, each with its own reference (asks first)":
            "en mellommelding til hver melder i saken, hver med sin egen referanse (spør først)",
        "publish the notice: one message per consumer of its audience (shows the count, asks first)":
            "publiser varselet: én melding per konsument det gjelder (viser antallet, spør først)",
        "record a consumer's answer: pending, acknowledged, assessed, ready, not_affected":
            "registrer et svar fra en konsument: pending, acknowledged, assessed, ready, not_affected",
        "add a consumer to the notice, or take out one not yet sent it":
            "legg en konsument til varselet, eller ta ut en som ikke har fått det ennå",
        "classify a draft notice (a provider's mail arrives as interface_change)":
            "klassifiser et utkast (e-post fra tilbyderen kommer som interface_change)",
        "on an outage notice: its open reports from before it was announced join its case":
            "på et avviksvarsel: åpne meldinger fra før det ble kunngjort, går inn i saken",
        "a change request becomes a need backed by its consumer; it is resolved":
            "et endringsønske blir et behov støttet av konsumenten; ønsket blir løst",
        "a consumer backs the need: 1 must have, 2 important, 3 nice to have (again: updates it)":
            "en konsument støtter behovet: 1 må ha, 2 viktig, 3 fint å ha (på nytt: endrer det)",
        "merge the need into need ID: backers carried over (u undoes)": "slå behovet sammen med behov ID: støttene følger med (u angrer)",
        "whether the segment's legal basis covers it: covered, unclear, not_covered":
            "om segmentets rettsgrunnlag dekker det: covered, unclear, not_covered",
        "the provider's decision and reference; tells every backer (asks first)":
            "tilbyderens beslutning og referanse; sier fra til alle som støtter behovet (spør først)",
        "move the consumer in onboarding; back a step or to suspended needs a note":
            "flytt konsumenten i påkoblingen; et steg tilbake eller stans krever en merknad",
        "record that the consumer accepted an agreement version (a signed paper, a call)":
            "registrer at konsumenten har godtatt en avtaleversjon (et signert dokument, en telefon)",
        "record the consumer's own declaration of its legal basis (its date and reference)":
            "registrer konsumentens egen erklæring om behandlingsgrunnlaget (dato og referanse)",
        "set the consumer's technical, business or vendor contact": "sett konsumentens tekniske, forretningsmessige eller leverandørs kontakt",
        "a service the consumer starts or stops using": "en tjeneste konsumenten begynner eller slutter å bruke",
        "tick a step of the consumer's onboarding checklist (its stage's, or STAGE's)":
            "kryss av et punkt i konsumentens sjekkliste for påkobling (for fasen den er i, eller STAGE)",
        "take a checklist tick back": "fjern et kryss i sjekklisten",
        "ask every consumer that has not accepted agreement VERSION to accept it (asks first)":
            "be hver konsument som ikke har godtatt avtaleversjon VERSION, om å godta den (spør først)",
        "the agreement: versions with their acceptances, and who has not accepted the newest":
            "avtalen: versjoner med hvem som har godtatt dem, og hvem som ikke har godtatt den nyeste",
        "internal note in the record's history; never sent": "intern merknad i postens historikk; sendes aldri",
        "correct a notice: title, text, effective, deadline, ends, services, environment (published: asks, tells each consumer)":
            "rett et varsel: title, text, effective, deadline, ends, services, environment (publisert: spør, forteller hver konsument)",
        "a notice takes effect later; an end moves with it (published: asks, tells each consumer)":
            "et varsel gjelder fra senere; en slutt flyttes med (publisert: spør, forteller hver konsument)",
        "a notice no longer holds; each consumer sent it is told why (asks first)":
            "et varsel gjelder ikke lenger; hver konsument som fikk det, får vite hvorfor (spør først)",
        "an outage or maintenance in force is over now; each consumer sent it is told (asks first)":
            "et driftsavbrudd eller vedlikehold som pågår, er over nå; hver konsument som fikk det, får vite det (spør først)",
        "the consumer's name as the segment writes it (u undoes)": "konsumentens navn slik segmentet skriver det (u angrer)",
        "the mail domain the consumer's people write from (u undoes)": "e-postdomenet konsumentens folk skriver fra (u angrer)",
        "the vendor that runs the consumer's integration, or none when it runs it itself (u undoes)":
            "leverandøren som drifter konsumentens integrasjon, eller none når den drifter den selv (u angrer)",
        // The arguments of the : commands, as help shows their syntax.
        "+KEY|-KEY": "+NØKKEL|-NØKKEL",
        "+ORGNO|-ORGNO": "+ORGNR|-ORGNR",
        "BASIS [NOTE]": "GRUNNLAG [NOTAT]",
        "DATE REF": "DATO REF",
        "DATE [HH:MM]": "DATO [TT:MM]",
        "DOMAIN|none": "DOMENE|none",
        "FIELD VALUE": "FELT VERDI",
        "I U": "K H",
        "ID": "ID",
        "KEY": "NØKKEL",
        "KIND [breaking]": "TYPE [breaking]",
        "LOGIN": "BRUKER",
        "NAME": "NAVN",
        "O S TITLE": "O T TITTEL",
        "ORGNO I [USE CASE]": "ORGNR V [BRUK]",
        "ORGNO NAME|none": "ORGNR NAVN|none",
        "ORGNO STATE [NOTE]": "ORGNR TILSTAND [NOTAT]",
        "ORGNO": "ORGNR",
        "P ACK RESOLVE": "P KVITTER LØS",
        "REASON": "ÅRSAK",
        "REF": "REF",
        "ROLE EMAIL [NAME]": "ROLLE E-POST [NAVN]",
        "S [NOTE]": "S [NOTAT]",
        "S [R]": "S [R]",
        "STAGE [NOTE]": "FASE [NOTAT]",
        "STEP [STAGE]": "PUNKT [FASE]",
        "TEXT": "TEKST",
        "VERSION": "VERSJON",
        "[NOTE]": "[NOTAT]",
        "accepted|rejected REF [NOTE]": "accepted|rejected REF [NOTAT]",
    ]
}
