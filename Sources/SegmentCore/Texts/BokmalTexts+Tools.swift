extension BokmalTexts {
    /// What the command-line tools say on standard error: imports, ingest,
    /// the outbox, reminders, checks and backups.
    static let tools: [String: String] = [
        "demo: {1} of {2} incidents": "demo: {1} av {2} feilmeldinger",
        "demo: wrote {1} consumers and {2} incidents to {3} in {4} s": "demo: skrev {1} konsumenter og {2} feilmeldinger til {3} på {4} s",
        "segdesk: {1}": "segdesk: {1}",
        "segdesk import: cannot read {1}": "segdesk import: kan ikke lese {1}",
        "segdesk import: {1}": "segdesk import: {1}",
        "import: {1} of about {2} incidents": "import: {1} av omtrent {2} feilmeldinger",
        "import: {1} imported ({2} joined an announced outage), {3} duplicates, {4} bad records skipped in {5} s ({6} per second)":
            "import: {1} importert ({2} gikk inn i et kunngjort avvik), {3} duplikater, {4} dårlige poster hoppet over på {5} s ({6} per sekund)",
        "import: {1} notices imported as drafts reaching {2} consumers, {3} published at once ({4} messages queued); {5} duplicates":
            "import: {1} varsler importert som utkast til {2} konsumenter, {3} publisert straks ({4} meldinger i utboksen); {5} duplikater",
        "import: {1} needs imported, {2} duplicates": "import: {1} behov importert, {2} duplikater",
        "import: {1} backings added, {2} updated": "import: {1} støtter lagt til, {2} endret",
        "import: {1} answers recorded, {2} unchanged": "import: {1} svar registrert, {2} uendret",
        "import: {1}, {2} updated, {3}; {4}": "import: {1}, {2} endret, {3}; {4}",
        "{1} service imported": "{1} tjeneste importert",
        "{1} services imported": "{1} tjenester importert",
        "{1} provider added": "{1} tilbyder lagt til",
        "{1} providers added": "{1} tilbydere lagt til",
        "{1} duplicate": "{1} duplikat",
        "{1} duplicates": "{1} duplikater",
        "import: {1} agreement versions imported, {2} duplicates": "import: {1} avtaleversjoner importert, {2} duplikater",
        "import: {1} acceptances imported, {2} duplicates": "import: {1} godkjenninger importert, {2} duplikater",
        "import: {1} consumers imported, {2} updated, {3} duplicates": "import: {1} konsumenter importert, {2} endret, {3} duplikater",
        "ingest: {1} of {2} messages": "ingest: {1} av {2} meldinger",
        "ingest: {1} ({2} unmatched), {3}, {4}, {5}, {6}, {7} on agreements, {8} seen before, {9} unreadable":
            "ingest: {1} ({2} med ukjent avsender), {3}, {4}, {5}, {6}, {7} om avtaler, {8} sett før, {9} uleselige",
        "{1} new incident": "{1} ny feilmelding",
        "{1} new incidents": "{1} nye feilmeldinger",
        "{1} reply": "{1} svar",
        "{1} replies": "{1} svar",
        "{1} provider update": "{1} oppdatering fra tilbyder",
        "{1} provider updates": "{1} oppdateringer fra tilbyder",
        "{1} answer to notices": "{1} svar på varsler",
        "{1} answers to notices": "{1} svar på varsler",
        "{1} draft notice from providers": "{1} varselutkast fra tilbydere",
        "{1} draft notices from providers": "{1} varselutkast fra tilbydere",
        "digest: queued to {1} (segdesk outbox deliver sends it)": "digest: lagt i utboksen til {1} (segdesk outbox deliver sender det)",
        "check: {1} is sound": "check: {1} er i orden",
        "check: {1} problem in {2}": "check: {1} problem i {2}",
        "check: {1} problems in {2}": "check: {1} problemer i {2}",
        "remind: {1} reminder would be queued (dry run: nothing was)": "remind: {1} påminnelse ville blitt lagt i utboksen (prøvekjøring: ingen ble det)",
        "remind: {1} reminders would be queued (dry run: nothing was)": "remind: {1} påminnelser ville blitt lagt i utboksen (prøvekjøring: ingen ble det)",
        "remind: {1} reminder queued (segdesk outbox deliver sends it)": "remind: {1} påminnelse i utboksen (segdesk outbox deliver sender den)",
        "remind: {1} reminders queued (segdesk outbox deliver sends them)": "remind: {1} påminnelser i utboksen (segdesk outbox deliver sender dem)",
        "backup: {1} of {2} pages": "backup: {1} av {2} sider",
        "backup: {1} pages of {2} copied to {3} in {4} s; its quick check says {5}":
            "backup: {1} sider av {2} kopiert til {3} på {4} s; hurtigkontrollen sier {5}",
        "outbox: message {1} confirmed sent": "outbox: melding {1} bekreftet sendt",
        "outbox: message {1} queued to be sent again": "outbox: melding {1} lagt i utboksen for å sendes igjen",
        "segdesk outbox deliver: {1}": "segdesk outbox deliver: {1}",
        "segdesk: \"{1}\" was not expected here": "segdesk: «{1}» var ikke ventet her",
        "segdesk: {1} is given twice": "segdesk: {1} er gitt to ganger",
        "segdesk: {1} needs a value, not an empty one": "segdesk: {1} trenger en verdi, ikke en tom",
        "segdesk outbox deliver: no transport; give --transport or set transport in the configuration":
            "segdesk outbox deliver: ingen transport; gi --transport eller sett transport i konfigurasjonen",
        "segdesk outbox deliver: no From address; give --from or set from in the configuration":
            "segdesk outbox deliver: ingen avsenderadresse; gi --from eller sett from i konfigurasjonen",
        "segdesk outbox deliver: --timeout expects seconds from 1 to 86400, got \"{1}\"":
            "segdesk outbox deliver: --timeout venter sekunder fra 1 til 86400, fikk «{1}»",
        "outbox: message {1} may have been sent by a run that ended before recording it; segdesk outbox confirm {2} or requeue {3}":
            "outbox: melding {1} kan ha blitt sendt av en kjøring som sluttet før den ble registrert; segdesk outbox confirm {2} eller requeue {3}",
        "outbox: message {1} not sent: {2}": "outbox: melding {1} ikke sendt: {2}",
        "outbox: {1} sent, {2} failed (retried later), {3} uncertain": "outbox: {1} sendt, {2} feilet (prøves igjen senere), {3} usikre",
        // A command line segdesk does not understand.
        "segdesk --completion: expected the shell: segdesk --completion bash": "segdesk --completion: venter skallet: segdesk --completion bash",
        "segdesk backup: expected one FILE to write the copy to": "segdesk backup: venter én FILE å skrive kopien til",
        "segdesk demo: --db PATH is required (where to write the demo database)": "segdesk demo: --db PATH må gis (hvor demodatabasen skal skrives)",
        "segdesk export proposal: expected the need's number, e.g. segdesk export proposal 12":
            "segdesk export proposal: venter behovets nummer, f.eks. segdesk export proposal 12",
        "segdesk export: --format expects jsonl or csv": "segdesk export: --format venter jsonl eller csv",
        "segdesk export: expected one KIND: {1}, or proposal ID": "segdesk export: venter ett KIND: {1}, eller proposal ID",
        "segdesk import {1}: expected one FILE (or - for standard input)": "segdesk import {1}: venter én FILE (eller - for standard inn)",
        "segdesk import: --encoding expects {1}, got \"{2}\"": "segdesk import: --encoding venter {1}, fikk «{2}»",
        "segdesk ingest maildir: expected one DIR (a Maildir with new/ and cur/)": "segdesk ingest maildir: venter én DIR (en Maildir med new/ og cur/)",
        "segdesk outbox {1}: expected one or more message ids (numbers, as outbox list shows them)":
            "segdesk outbox {1}: venter én eller flere meldings-id-er (tall, slik outbox list viser dem)",
        "segdesk {1}: expected {2}, got \"{3}\"": "segdesk {1}: ventet {2}, fikk «{3}»",
        "segdesk: unknown command \"{1}\"; segdesk --help lists the commands": "segdesk: ukjent kommando «{1}»; segdesk --help viser kommandoene",
        "segdesk: unknown option \"{1}\"; expected one of {2}": "segdesk: ukjent valg «{1}»; venter ett av {2}",
        "segdesk: {1} expects a whole number from {2} to {3}, got \"{4}\"": "segdesk: {1} venter et heltall fra {2} til {3}, fikk «{4}»",
        "segdesk: {1} needs a value": "segdesk: {1} trenger en verdi",
        "segdesk export: --consumer and --since choose messages; {1} are written whole":
            "segdesk export: --consumer og --since velger meldinger; {1} skrives hele",
        "segdesk export: --since expects a day such as 2026-12-01, got \"{1}\"":
            "segdesk export: --since venter en dag som 2026-12-01, fikk «{1}»",
        // What check finds.
        "foreign key: {1} row {2} refers to a missing {3} row": "fremmednøkkel: {1} rad {2} viser til en {3}-rad som mangler",
        "journal: {1} entry names a record that does not exist ({2})": "journal: {1} innslag gjelder en post som ikke finnes ({2})",
        "journal: {1} entries name a record that does not exist ({2})": "journal: {1} innslag gjelder en post som ikke finnes ({2})",
        "journal: entries about an unknown kind of record \"{1}\"": "journal: innslag om en ukjent type post «{1}»",
        "incident_days: the reports per day add up to {1}, but there are {2} incidents":
            "incident_days: meldingene per dag blir {1} til sammen, men det finnes {2} feilmeldinger",
        "notice_acknowledgements: {1} answer is ordered by a consumer name out of date":
            "notice_acknowledgements: {1} svar er ordnet etter et utdatert konsumentnavn",
        "notice_acknowledgements: {1} answers are ordered by a consumer name out of date":
            "notice_acknowledgements: {1} svar er ordnet etter utdaterte konsumentnavn",
        "open_incident_statuses: {1} holds {2}, but {3} open incidents have it":
            "open_incident_statuses: {1} teller {2}, men {3} åpne feilmeldinger har den",
        "open_incident_due_hours: the kept count differs from the open incidents due in {1} hour":
            "open_incident_due_hours: tellingen avviker fra de åpne feilmeldingene med frist innen {1} time",
        "open_incident_due_hours: the kept count differs from the open incidents due in {1} hours":
            "open_incident_due_hours: tellingen avviker fra de åpne feilmeldingene med frist innen {1} timer",
    ]
}
