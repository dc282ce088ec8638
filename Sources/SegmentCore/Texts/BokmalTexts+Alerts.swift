extension BokmalTexts {
    /// Alerts to the person on call: their titles and messages, the rota,
    /// the settings and what `segdesk alert` says.
    static let alerts: [String: String] = [
        "{1} consumers report faults on {2}": "{1} konsumenter melder feil på {2}",
        "{1} reports from {2} on {3}": "{1} feilmeldinger fra {2} på {3}",
        "{1} from {2}: {3} ({4})": "{1} fra {2}: {3} ({4})",
        "an unknown sender": "ukjent avsender",
        "{1} announces: {2}": "{1} varsler: {2}",
        "{1} report: first answer due within {2}": "{1} feilmelding: første svar forfaller innen {2}",
        "{1} reports: first answer due within {2}": "{1} feilmeldinger: første svar forfaller innen {2}",
        "{1} report: resolution due within {2}": "{1} feilmelding: løsning forfaller innen {2}",
        "{1} reports: resolution due within {2}": "{1} feilmeldinger: løsning forfaller innen {2}",
        "{1} report: first answer overdue": "{1} feilmelding: første svar på overtid",
        "{1} reports: first answer overdue": "{1} feilmeldinger: første svar på overtid",
        "{1} report: resolution overdue": "{1} feilmelding: løsning på overtid",
        "{1} reports: resolution overdue": "{1} feilmeldinger: løsning på overtid",
        "{1} not acknowledged by the provider in time: {2}": "{1} ikke kvittert av tilbyder i tide: {2}",
        "{1} not resolved by the provider in time: {2}": "{1} ikke løst av tilbyder i tide: {2}",
        "{1} message not sent for {2}": "{1} melding ikke sendt på {2}",
        "{1} messages not sent for {2}": "{1} meldinger ikke sendt på {2}",
        "message {1}": "melding {1}",
        "Not acknowledged: {1}": "Ikke kvittert: {1}",
        "Sent to {1}; not acknowledged within {2}.": "Sendt til {1}; ikke kvittert innen {2}.",
        "... and {1} more": "... og {1} til",
        "Open it: {1}": "Åpne: {1}",
        "Acknowledge: reply ACK (or KVITTERT) to this message, or run segdesk alert ack {1}":
            "Kvitter: svar KVITTERT (eller ACK) på denne meldingen, eller kjør segdesk alert ack {1}",
        "Not acknowledged within {1}, it goes to {2}.": "Ikke kvittert innen {1} går det til {2}.",
        "{1} alert held for the quiet hours": "{1} varsel holdt tilbake i de stille timene",
        "{1} alerts held for the quiet hours": "{1} varsler holdt tilbake i de stille timene",
        "Acknowledge each: segdesk alert ack ID, or ! in the dashboard": "Kvitter hvert: segdesk alert ack ID, eller ! i oversikten",
        "there is no alert {1}; segdesk alert list shows the open ones": "det finnes ikke noe varsel {1}; segdesk alert list viser de åpne",
        "alert {1} was acknowledged by {2} already; nothing was changed": "varsel {1} er allerede kvittert av {2}; ingenting ble endret",
        "ingest: {1} reply to alerts, {2} acknowledging one": "ingest: {1} svar på varsler, {2} som kvitterer",
        "ingest: {1} replies to alerts, {2} acknowledging one": "ingest: {1} svar på varsler, {2} som kvitterer",
        "expected FROM UNTIL ADDRESS [SECOND-ADDRESS], such as 2026-12-07T08:00 2026-12-14T08:00 kari@example.no ola@example.no; the line is skipped":
            "forventet FRA TIL ADRESSE [ANDRE-ADRESSE], som 2026-12-07T08:00 2026-12-14T08:00 kari@example.no ola@example.no; linjen hoppes over",
        "overlaps line {1}; the shift that starts first is used until it ends": "overlapper linje {1}; vakten som begynner først gjelder til den slutter",
        "leaves a gap after line {1} from {2}; alerts then go to alert.last": "etterlater et hull etter linje {1} fra {2}; varsler går da til alert.last",
        "alert.priority expects P1 to P5, got \"{1}\"; P1 is kept": "alert.priority forventer P1 til P5, fikk \"{1}\"; P1 beholdes",
        "alert.quiet expects two times of day, from and until, such as 22:00 07:00, got \"{1}\"":
            "alert.quiet forventer to klokkeslett, fra og til, som 22:00 07:00, fikk \"{1}\"",
        "{1} expects a duration such as 90s, 15m or 2h, got \"{2}\"; the default is kept":
            "{1} forventer en varighet som 90s, 15m eller 2h, fikk \"{2}\"; standardverdien beholdes",
        "alert.command expects the absolute path of a program, got \"{1}\"": "alert.command forventer den absolutte stien til et program, fikk \"{1}\"",
        "oncall.rota expects an absolute path, got \"{1}\"": "oncall.rota forventer en absolutt sti, fikk \"{1}\"",
        "alert.open expects a command with {record} in it, such as ssh desk segdesk --open {record}, got \"{1}\"":
            "alert.open forventer en kommando med {record} i, som ssh desk segdesk --open {record}, fikk \"{1}\"",
        "ALERT-{1} acknowledged by {2}: {3}": "ALERT-{1} kvittert av {2}: {3}",
        "segdesk alert ack: {1}": "segdesk alert ack: {1}",
        "{1} alert raised": "{1} varsel reist",
        "{1} alerts raised": "{1} varsler reist",
        "segdesk alert ack: expected one or more alert ids (numbers, as segdesk alert list shows them)":
            "segdesk alert ack: forventet ett eller flere varselnumre (tall, slik segdesk alert list viser dem)",
        "alert: no one is on call: set oncall or oncall.rota, and alert.last, in the configuration; segdesk alert list shows what waits":
            "alert: ingen har vakt: sett oncall eller oncall.rota, og alert.last, i konfigurasjonen; segdesk alert list viser hva som venter",
        "no one yet": "ingen ennå",
        "held for morning": "holdt til morgenen",
        "alert: ALERT-{1}: the alert command failed, the mail is queued all the same: {2}":
            "alert: ALERT-{1}: varselkommandoen feilet, e-posten ligger i utboksen likevel: {2}",
        "oncall.rota: cannot read {1}; alerts go to oncall, else alert.last": "oncall.rota: kan ikke lese {1}; varsler går til oncall, ellers alert.last",
        "alert: {1}, {2} grown, {3} held for morning, {4} would be queued (dry run: nothing was)":
            "alert: {1}, {2} utvidet, {3} holdt til morgenen, {4} ville blitt lagt i utboksen (prøvekjøring: ingenting ble det)",
        "alert: {1}, {2} grown, {3} held for morning, {4} queued (segdesk outbox deliver sends them)":
            "alert: {1}, {2} utvidet, {3} holdt til morgenen, {4} lagt i utboksen (segdesk outbox deliver sender dem)",
        "for cron: wake the person on call, once per fault: new P1 reports, provider outages, clocks about to break, late cases, stuck messages; escalate what no one acknowledged":
            "for cron: vekk den som har vakt, én gang per feil: nye P1-meldinger, driftsavbrudd hos tilbyder, frister som snart brytes, forsinkede saker, meldinger som står fast; eskaler det ingen kvitterte",
        "acknowledge alerts: they go no further up the ladder": "kvitter varsler: de går ikke videre oppover",
        "the open alerts: id, priority, raised, who was told, title (tab-separated)": "de åpne varslene: nummer, prioritet, reist, hvem som fikk det, tittel (skilt med tabulator)",
        "the open alerts to the person on call: a acknowledges one, Enter opens its record":
            "de åpne varslene til den som har vakt: a kvitterer ett, Enter åpner posten",
        "in the alerts: acknowledge the selected alert, so it goes no further up the ladder":
            "i varslene: kvitter det valgte varselet, så det ikke går videre oppover",
        "ALERT-{1} acknowledged: {2}": "ALERT-{1} kvittert: {2}",
        "segdesk --open: expected a record such as SEG-12, SEG-C3 or SEG-N4, got \"{1}\"":
            "segdesk --open: forventet en post som SEG-12, SEG-C3 eller SEG-N4, fikk \"{1}\"",
        "j k choose · a acknowledges · Enter opens its record · Esc closes": "j k velger · a kvitterer · Enter åpner posten · Esc lukker",
        "! {1} open alert": "! {1} åpent varsel",
        "! {1} open alerts": "! {1} åpne varsler",
        "Open alerts: {1}, newest first": "Åpne varsler: {1}, nyeste først",
        "no open alerts: nothing waits for the person on call": "ingen åpne varsler: ingenting venter på den som har vakt",
        "the dashboard; --read-only shows everything and changes nothing; --open opens a record, as an alert says":
            "oversikten; --read-only viser alt og endrer ingenting; --open åpner en post, slik et varsel sier",
        "Header: RO read-only · ! open alerts · n new · r new replies · o overdue · c open cases · l late at provider · f failed to send":
            "Topplinjen: SL skrivebeskyttet · ! åpne varsler · n nye · sv nye svar · f forfalt · s åpne saker · t forsinket hos tilbyder · m ikke sendt",
        "RO": "SL",
        "n{1}": "n{1}",
        "r{1}": "sv{1}",
        "o{1}": "f{1}",
        "c{1}": "s{1}",
        "l{1}": "t{1}",
        "f{1}": "m{1}",
        "Needs a person, most urgent first:": "Trenger en person, mest presserende først:",
        "  ... and {1} more: segdesk alert list": "  ... og {1} til: segdesk alert list",
        "A person is needed now: segdesk (or segdesk --open SEG-N) to act.": "Noen trengs nå: segdesk (eller segdesk --open SEG-N) for å handle.",
        "late {1}": "forsinket {1}",
        "Late at the provider:": "Forsinket hos tilbyder:",
        "overdue {1}": "forfalt {1}",
        "Nothing burns.": "Ingenting brenner.",
        "what burns as one screen of text; --counts: the header's counts, one name and number a line (tab-separated), for scripts; exits 2 when a person is needed now":
            "det som brenner som én skjerm med tekst; --counts: tallene i topplinjen, ett navn og tall per linje (skilt med tabulator), for skript; avslutter med 2 når noen trengs nå",
        "only members of {1}, the admins of /etc/segdesk/config, may {2}; nothing was changed":
            "bare medlemmer av {1}, administratorene i /etc/segdesk/config, kan {2}; ingenting ble endret",
        "read-only: you are in {1}, the readers of /etc/segdesk/config; nothing was changed":
            "skrivebeskyttet: du er i {1}, leserne i /etc/segdesk/config; ingenting ble endret",
        "{1} expects the name of a group this system knows, got \"{2}\"": "{1} forventer navnet på en gruppe dette systemet kjenner, fikk \"{2}\"",
        "{1} is read from {2} alone, so that no one sets their own role; ignored here":
            "{1} leses bare fra {2}, så ingen setter sin egen rolle; oversett her",
        "import services": "importere tjenester",
        "register a service": "registrere en tjeneste",
        "change a provider's targets": "endre en tilbyders mål",
        "change the agreements": "endre avtalene",
        "take a backup": "ta sikkerhetskopi",
    ]
}
