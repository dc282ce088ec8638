extension BokmalTexts {
    /// Every message segdesk sends: to the provider, to reporters, to consumers.
    static let messages: [String: String] = [
        // To the provider about a case.
        "{1}: {2} consumers affected": "{1}: {2} konsumenter berørt",
        "Case SEG-C{1}: {2}": "Sak SEG-C{1}: {2}",
        "Case SEG-C{1}{2}: {3}": "Sak SEG-C{1}{2}: {3}",
        "Consumers affected: {1} ({2} reports)": "Berørte konsumenter: {1} ({2} meldinger)",
        "Service: {1} ({2})": "Tjeneste: {1} ({2})",
        "Error code: {1}": "Feilkode: {1}",
        "First seen: {1}": "Først sett: {1}",
        "Last seen: {1}": "Sist sett: {1}",
        "Reports:": "Meldinger:",
        "Please answer with your reference for this case.": "Svar gjerne med deres referanse for saken.",
        "(your reference {1})": "(deres referanse {1})",
        "Addendum: {1} more consumer affected": "Tillegg: {1} konsument til er berørt",
        "Addendum: {1} more consumers affected": "Tillegg: {1} konsumenter til er berørt",
        "Since we reported this case, {1} more consumer has reported the same fault.":
            "Siden vi meldte saken, har {1} konsument til meldt den samme feilen.",
        "Since we reported this case, {1} more consumers have reported the same fault.":
            "Siden vi meldte saken, har {1} konsumenter til meldt den samme feilen.",
        "Consumers affected now: {1} ({2} reports).": "Berørte konsumenter nå: {1} ({2} meldinger).",
        "New reports:": "Nye meldinger:",
        "consumer {1}": "konsument {1}",
        "unknown": "ukjent",
        "correlation {1}": "korrelasjon {1}",
        // To reporters.
        "Re: {1}": "Sv: {1}",
        "About your report {1} (our reference SEG-{2}):": "Om meldingen deres {1} (vår referanse SEG-{2}):",
        "Known issue: {1}": "Kjent feil: {1}",
        "It is expected to end at {1}.": "Den ventes å være over {1}.",
        "Your report {1} (our reference SEG-{2}) matches a fault the provider has already announced: {3}.":
            "Meldingen deres {1} (vår referanse SEG-{2}) gjelder en feil tilbyderen allerede har varslet: {3}.",
        "There is nothing more you need to do; we will tell you when the provider reports it resolved.":
            "Dere trenger ikke gjøre noe mer; vi sier fra når tilbyderen melder at den er rettet.",
        "We are gathering the reports and will bring them to the provider.":
            "Vi samler meldingene og tar dem videre til tilbyderen.",
        "The provider has the case and we are waiting for its answer.": "Tilbyderen har saken, og vi venter på svar.",
        "The provider has acknowledged the case and is working on it.": "Tilbyderen har bekreftet saken og arbeider med den.",
        "Update: {1}": "Oppdatering: {1}",
        "Your report {1} (our reference SEG-{2}) is still open.": "Meldingen deres {1} (vår referanse SEG-{2}) er fortsatt åpen.",
        "It is one of {1} reports from {2} consumers on the same fault: {3}":
            "Den er én av {1} meldinger fra {2} konsumenter om den samme feilen: {3}",
        "Status: {1}.": "Status: {1}.",
        "We will write again when it is resolved. Reply to this message if you have news.":
            "Vi skriver igjen når den er løst. Svar på denne meldingen hvis dere har noe nytt.",
        "Resolved: {1}": "Løst: {1}",
        "Your report {1} (our reference SEG-{2}) is resolved.": "Meldingen deres {1} (vår referanse SEG-{2}) er løst.",
        "The provider has fixed the fault behind it: {1}": "Tilbyderen har rettet feilen bak den: {1}",
        "Reports from several consumers were handled together as one case with the provider.":
            "Meldinger fra flere konsumenter ble behandlet samlet som én sak hos tilbyderen.",
        "Reply to this message if the fault is still there.": "Svar på denne meldingen hvis feilen fortsatt er der.",
        // Notices.
        "Consultation": "Høring",
        "Information": "Informasjon",
        "Outage": "Avvik",
        "Maintenance": "Vedlikehold",
        "Breaking change": "Brytende endring",
        "Change": "Endring",
        "Effective: {1}": "Gjelder fra: {1}",
        "Ends: {1}": "Slutter: {1}",
        "Answer by: {1}": "Svarfrist: {1}",
        "Be ready by: {1}": "Klar innen: {1}",
        "Reply to this message with your answer.": "Svar på denne meldingen med deres svar.",
        "This change breaks existing use. Reply to this message to acknowledge it, and reply READY when you are ready for it, or NOT AFFECTED if it does not concern you.":
            "Denne endringen bryter eksisterende bruk. Svar på denne meldingen for å bekrefte at dere har fått den, og svar KLAR når dere er klare for den, eller IKKE BERØRT hvis den ikke gjelder dere.",
        "Reply to this message to acknowledge it; reply NOT AFFECTED if it does not concern you.":
            "Svar på denne meldingen for å bekrefte at dere har fått den; svar IKKE BERØRT hvis den ikke gjelder dere.",
        "The segment coordinator writes, for {1}:": "Segmentansvarlig skriver, for {1}:",
        "{1} announces, for {2}:": "{1} varsler, for {2}:",
        "To {1},": "Til {1},",
        "Reference: SEG-N{1}": "Referanse: SEG-N{1}",
        "We have not heard from you. Reply to this message to acknowledge it":
            "Vi har ikke hørt fra dere. Svar på denne meldingen for å bekrefte at dere har fått den",
        ", and reply READY when you are ready for it.": ", og svar KLAR når dere er klare for den.",
        "You have told us you are {1}; reply READY when you are ready for it, or NOT AFFECTED.":
            "Dere har sagt at dere har status {1}; svar KLAR når dere er klare for den, eller IKKE BERØRT.",
        "Reminder: {1} (deadline {2})": "Påminnelse: {1} (frist {2})",
        "This is a reminder of notice SEG-N{1}, {2}, on {3} ({4}).": "Dette er en påminnelse om varsel SEG-N{1}, {2}, for {3} ({4}).",
        "Deadline: {1}.": "Frist: {1}.",
        // Agreements.
        "by {1}": "innen {1}",
        "Please accept: {1}": "Vennligst godta: {1}",
        "The segment's agreement with the provider has a new version {1}: {2}.":
            "Segmentets avtale med tilbyderen har en ny versjon {1}: {2}.",
        "The document: {1}": "Dokumentet: {1}",
        "Please sign and return it{1}. Reply to this message with any question; we record your acceptance when we have the signed document.":
            "Vennligst signer og returner den{1}. Svar på denne meldingen hvis dere har spørsmål; vi registrerer godkjenningen når vi har det signerte dokumentet.",
        "Reminder: please accept {1} by {2}": "Påminnelse: vennligst godta {1} innen {2}",
        "{1} has not yet accepted version {2} of the segment's agreement with the provider: {3}.":
            "{1} har ennå ikke godtatt versjon {2} av segmentets avtale med tilbyderen: {3}.",
        "It must be accepted by {1}. Reply to this message to tell us it is signed, or what stands in the way.":
            "Den må godtas innen {1}. Svar på denne meldingen og si fra at den er signert, eller hva som står i veien.",
        // Needs.
        "(its reference {1})": "(referanse {1})",
        "The provider has accepted it{1}.": "Tilbyderen har godtatt det{1}.",
        "The provider has rejected it{1}.": "Tilbyderen har avvist det{1}.",
        "We have sent it to the provider, on behalf of the segment, for a decision.":
            "Vi har sendt det til tilbyderen på vegne av segmentet, til beslutning.",
        "It has been delivered.": "Det er levert.",
        "It is now {1}.": "Det har nå status {1}.",
        "You back the segment's need \"{1}\" (ours: SEG-B{2}) as {3}.": "Dere støtter segmentets behov «{1}» (vår: SEG-B{2}) som {3}.",
        "Reply to this message with anything the provider should know.": "Svar på denne meldingen med det tilbyderen bør vite.",
        // The digest and the report.
        "Segment digest, the last {1} days": "Sammendrag for segmentet, de siste {1} dagene",
        "Segment digest for {1}, {2} (the last {3} days)": "Sammendrag for {1}, {2} (de siste {3} dagene)",
        "Open cases, by consumers affected": "Åpne saker, etter antall berørte konsumenter",
        "{1} d at the provider": "{1} d hos tilbyder",
        "not yet forwarded": "ikke oversendt ennå",
        "{1} consumers": "{1} konsumenter",
        "The segment's top needs": "Segmentets viktigste behov",
        "(score {1}, {2} backers, {3}, SEG-B{4})": "(poeng {1}, {2} støtter, {3}, SEG-B{4})",
        "Breaking changes the segment is not ready for": "Brytende endringer segmentet ikke er klart for",
        "{1} of {2} not ready": "{1} av {2} ikke klare",
        "deadline {1}": "frist {1}",
        "Per service, the last {1} days": "Per tjeneste, de siste {1} dagene",
        "median {1} from first report to you": "median {1} fra første melding til dere",
        "no case forwarded": "ingen sak oversendt",
        "{1} incidents, {2}": "{1} feilmeldinger, {2}",
        "Segment report, the last {1} days to {2}": "Segmentrapport, de siste {1} dagene til {2}",
        "Reports per day ({1} in all; each mark one day, oldest first)": "Meldinger per dag ({1} i alt; ett tegn per dag, eldste først)",
        "unknown service": "ukjent tjeneste",
        "no forwarded case with agreed targets is due yet": "ingen oversendt sak med avtalte frister har forfalt ennå",
        "acknowledged {1} of {2} in time, resolved {3} of {4} in time": "bekreftet {1} av {2} i tide, løst {3} av {4} i tide",
        "The provider's targets: {1}": "Tilbyderens frister: {1}",
        "Your targets on the cases forwarded to you: {1}": "Fristene deres på sakene sendt til dere: {1}",
        "Your change request is now need {1}": "Endringsønsket deres er nå behov {1}",
        "Your change request {1} (our reference SEG-{2}) is now need {3} in the segment's list of needs, backed by you as a must have.":
            "Endringsønsket deres {1} (vår referanse SEG-{2}) er nå behov {3} i segmentets liste over behov, støttet av dere som et må-ha.",
        "We gather the other consumers that need the same, bring the need to the provider, and where the law does not yet allow it, to the ministry. We will tell you when it moves; answer this message to add to it.":
            "Vi samler de andre konsumentene som trenger det samme, tar behovet opp med tilbyderen og, der loven ennå ikke åpner for det, med departementet. Vi sier fra når det skjer noe; svar på denne meldingen for å legge til noe.",
        "all": "alle",
        "max {1}/day": "maks {1}/dag",
        "{1} (max {2}/day)": "{1} (maks {2}/dag)",
        "The ten consumers reporting most": "De ti konsumentene som melder mest",
        "From a case's first report to the provider, median per week": "Fra sakens første melding til tilbyderen, median per uke",
        "week of {1}": "uke fra {1}",
        "({1} case)": "({1} sak)",
        "({1} cases)": "({1} saker)",
        "First answer within the SLA: {1}": "Første svar innen SLA: {1}",
        "no reports yet": "ingen meldinger ennå",
        // The proposal to the ministry.
        "Proposal: {1}": "Forslag: {1}",
        "From the segment coordinator, on behalf of {1} consumers (ref. SEG-B{2})": "Fra segmentansvarlig, på vegne av {1} konsumenter (ref. SEG-B{2})",
        "Drafted {1}": "Utkast {1}",
        "1. What the segment needs": "1. Hva segmentet trenger",
        "Services concerned: {1}": "Berørte tjenester: {1}",
        "2. Why: the consumers' use cases, in their words": "2. Hvorfor: konsumentenes bruk, med deres egne ord",
        "(none given)": "(ingen oppgitt)",
        "3. Who needs it": "3. Hvem som trenger det",
        "{1}, org. no. {2}": "{1}, org.nr. {2}",
        "4. The legal basis today": "4. Rettsgrunnlaget i dag",
        "Assessed: not covered by the segment's present legal basis.": "Vurdert: ikke dekket av segmentets nåværende rettsgrunnlag.",
        "5. The provider's position": "5. Tilbyderens standpunkt",
        "The provider has {1} it (reference {2}).": "Tilbyderen har {1} det (referanse {2}).",
        "Status with the provider: {1}.": "Status hos tilbyderen: {1}.",
        "6. What we propose": "6. Hva vi foreslår",
        "[To be written: the change to the regulation that would give the legal basis.]":
            "[Skrives: endringen i forskriften som ville gi rettsgrunnlaget.]",
    ]
}
