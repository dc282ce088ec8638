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
        "Acknowledge each: segdesk alert ack ID, or ! in the dashboard": "Kvitter hvert: segdesk alert ack ID, eller ! i dashbordet",
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
    ]
}
