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
    ]
}
