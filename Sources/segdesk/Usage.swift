import SegmentCore
import SegmentTUI

/// The text `--help` prints for segdesk and each of its commands, in the
/// operator's language.
enum Usage {
    /// A command's page: in English as written here, else from the language's table.
    private static func page(_ name: String, _ english: String) -> String {
        Language.interface.usagePage(name) ?? english
    }

    /// `segdesk --help`, in the operator's language.
    static var main: String {
        """
        \(localized("segdesk: the terminal desk of a data-sharing segment coordinator"))

        \(TextLayout.wrap(localized(
            "A new segment starts from an empty file: import services, then consumers, then incidents (or let mail bring them); --demo shows one filled in."),
            width: 78).joined(separator: "\n"))

        \(localized("usage:"))
        \(CommandTable.entries.flatMap(CommandTable.helpLines).joined(separator: "\n"))

        \(environmentNote)
        """
    }

    /// Where the database and themes come from, for `--help` and the manual.
    static var environmentNote: String {
        TextLayout.wrap(localized("""
            The database is --db, else $SEGDESK_DB, else $XDG_DATA_HOME/segdesk/segdesk.sqlite \
            (~/.local/share/segdesk/segdesk.sqlite). Themes: default, light, high-contrast, mono; \
            NO_COLOR set means no colour. The language is language in the configuration, else LANGUAGE, \
            LC_ALL, LC_MESSAGES or LANG (nb, nn or no: bokmål; else English). Inside the dashboard, ? lists every key.
            """), width: 78).joined(separator: "\n")
    }

    static var demo: String { page("demo", """
        usage: segdesk demo --db PATH [--consumers N] [--incidents N] [--seed N]

        Writes a realistic, deterministic demo segment into a new or empty database:
        the Tax Administration's services, N consumers (default 130), N incidents over
        the last 90 days (default 2500) with bursts grouped into provider cases,
        change notices, needs and journal history. The same seed gives the same data.
        """) }

    static var importIncidents: String { page("importIncidents", """
        usage: segdesk import incidents [--db PATH] [--skip-bad] [--encoding E] FILE

        Reads incidents from FILE: JSON Lines (one object per line), or CSV with a
        header row when FILE ends in .csv; - reads standard input. Fields:
        external_id, consumer (organisation number), service, received_at (ISO 8601
        with offset) and title are required; reporter {name, email} (CSV:
        reporter_name, reporter_email), environment, body, error_code,
        correlation_id, impact, urgency and kind are optional.

        Text is UTF-8 (a byte-order mark is read past); --encoding names another:
        iso-8859-1, iso-8859-15 or windows-1252. Lines end in LF, CRLF or CR.

        Every bad record is reported as FILE:LINE: field: problem. Any bad record
        refuses the whole import unless --skip-bad is given; then the good records
        go in and the bad are listed. A (consumer, external_id) already imported is
        counted as a duplicate and changes nothing.
        """) }

    static var importNotices: String { page("importNotices", """
        usage: segdesk import notices [--db PATH] [--skip-bad] [--encoding E] FILE

        Reads notices from FILE: JSON Lines, or CSV with a header row when FILE ends
        in .csv; - reads standard input. Fields: provider (its key), kind
        (dataset_change, interface_change, deviation or outage, maintenance,
        regulatory, or the coordinator's own information and consultation), title,
        services (a list of service keys; CSV: separated by spaces) and effective_at
        are required; deadline is required for a consultation (the answer-by date).
        Optional: body, breaking (true/false), environment (production, the default,
        or test), stages (whom it reaches, default by environment), announced_at
        (when the provider announced it), ends_at, deadline, publish (true/false).

        Each notice is a draft that reaches no one until the operator publishes it
        (:publish on the notices pane): its audience is every consumer using one of
        its services at a stage that uses the environment (production: authorised
        for production or live; test: from authorised_test on), never offboarded
        ones. A record with "publish": true is published at once: one message per
        consumer, tagged [SEG-N<id>]. While a deviation is in force, new reports on
        its services join its case.

        Bad records are reported as FILE:LINE: field: problem and refuse the whole
        import unless --skip-bad is given. A notice with the same provider, kind,
        title and effective_at as one imported before is a duplicate.
        """) }

    static var importNeeds: String { page("importNeeds", """
        usage: segdesk import needs|backings [--db PATH] [--skip-bad] [--encoding E] FILE

        needs: what the segment needs, one per record (JSON Lines, or CSV when FILE ends
        in .csv). Fields: title and raised_by (the raising consumer's organisation
        number) are required; description, services (service keys; CSV: separated by
        spaces) and raised_at are optional. The raising consumer backs it as a must
        have. A need with the title of one the same consumer raised is a duplicate.

        backings: which consumer backs which need and how much. Fields: need (its
        number), org_number, importance (1 must have, 2 important, 3 nice to have) are
        required; use_case (the consumer's own words) is optional. A consumer backs a
        need once: a second backing updates the first. A need's score is the sum of
        needs.weights per importance (default 3, 2, 1).

        Bad records are reported as FILE:LINE: field: problem and refuse the whole
        import unless --skip-bad is given.
        """) }

    static var report: String { page("report", """
        usage: segdesk report [--db PATH] [--days N]

        The segment's last N days (default 30) as text with plots, for a terminal, a
        pipe or a mail: reports per day as a sparkline per service, the ten consumers
        reporting most, the median time from a case's first report to the provider
        per week, and the share of reports answered within the SLA's first-answer
        target. Plots use block characters when the locale is UTF-8, ASCII otherwise.
        """) }

    static var digest: String { page("digest", """
        usage: segdesk digest [--db PATH] [--days N] [--send]

        The periodic picture for the provider, as plain text: open provider cases by
        consumers affected and days at the provider; the ten top needs with score,
        backers and status; published breaking notices with how many consumers are not
        ready and their deadline; per service, the last N days' incidents (default 7)
        and the median time from a case's first report to its forwarding. --send
        queues it to the provider's address through the outbox (journalled).
        """) }

    static var importAcknowledgements: String { page("importAcknowledgements", """
        usage: segdesk import acks [--db PATH] [--skip-bad] [--encoding E] FILE

        Reads consumers' answers to notices from FILE (JSON Lines, or CSV when FILE
        ends in .csv). Fields: notice (its number), org_number, state (pending,
        acknowledged, assessed, ready, not_affected) are required; at (ISO 8601 with
        offset) and note are optional. Each must name a consumer the notice reaches.
        Bad records are reported as FILE:LINE: field: problem and refuse the whole
        import unless --skip-bad is given. segdesk export acks writes them back.
        """) }

    static var importServices: String { page("importServices", """
        usage: segdesk import services [--db PATH] [--skip-bad] [--update] [--encoding E] FILE

        Reads the providers and their services from FILE: JSON Lines, or CSV when FILE
        ends in .csv. Fields: provider (key), provider_name, provider_email (where cases
        go), service (key, e.g. inntekt-api), service_name and environments (test and/or
        production; CSV: separated by spaces) are required; description and
        provider_language (nb, the default, or en: cases and the digest are written in
        it) are optional.
        This is the first import of a new segment: consumers and incidents name these
        services. A service key already known is a duplicate and left alone; with
        --update it changes to what the file says, each change journalled.
        """) }

    static var importAgreements: String { page("importAgreements", """
        usage: segdesk import agreements [--db PATH] [--skip-bad] [--encoding E] FILE
               segdesk import acceptances [--db PATH] [--skip-bad] [--encoding E] FILE

        agreements: the versions of the segment's terms with the provider. Fields:
        version (a whole number), title and effective_at are required; reference (a
        document id or address), published_at and accept_by (ISO 8601) are optional.
        acceptances: which consumer accepted which version. Fields: org_number,
        version and accepted_at are required, accepted_by (who signed) is optional;
        the consumer and the version must be known. One recorded before is a
        duplicate. In the dashboard, :accept VERSION records one for a consumer.
        """) }

    static var importConsumers: String { page("importConsumers", """
        usage: segdesk import consumers [--db PATH] [--skip-bad] [--update] [--encoding E] FILE

        Reads consumers from FILE: JSON Lines, or CSV with a header row when FILE ends
        in .csv; - reads standard input. Fields: org_number (9 digits, mod-11) and
        name are required; operator_org_number and operator_name (a technical
        operator, both or neither), mail_domain, stage (registered, terms_signed,
        authorised_test, test_passed, authorised_production, live), services (service
        keys; CSV: separated by spaces), technical_name and technical_email, in
        JSON contacts (a list of {role, name, email, shared}), and language (nb,
        the default, or en: every message to the consumer is written in it) are
        optional.

        Bad records are reported as FILE:LINE: field: problem and refuse the whole
        import unless --skip-bad is given. An organisation number already registered
        is a duplicate and changes nothing, unless --update is given: then the name,
        operator, mail domain, services and contacts the record gives replace the
        registered ones, each change journalled with its before and after.
        """) }

    static var outbox: String { page("outbox", """
        usage: segdesk outbox list [--db PATH]
               segdesk outbox deliver [--db PATH] [--transport T] [--from ADDRESS] [--timeout SECONDS]
               segdesk outbox confirm [--db PATH] ID...
               segdesk outbox requeue [--db PATH] ID...
               segdesk outbox retry [--db PATH] ID...|--failed

        list prints every message segdesk has queued, sent or failed to send, one per
        line, tab-separated: id, status, attempts, recipient, subject, last error.
        deliver sends what is due through the transport: sendmail (the message on
        standard input, the recipient after --), sendmail:PATH, or maildir:DIR; the
        default is transport and from in $XDG_CONFIG_HOME/segdesk/config. Each
        message is claimed before it is handed over, so two runs at once never send
        one twice. A failure is kept and retried after 1 minute, doubling up to 6
        hours; a transport that takes longer than the timeout (default 120 s, or
        transport.timeout in the configuration) is stopped and counts as a failure.
        Exit status 1 when a message failed or is uncertain.

        A message is uncertain when a run ended between handing it over and
        recording it (a kill, a crash, a full disk): it may have left, so it is not
        sent again on its own. confirm marks it sent; requeue sends it at the next
        deliver. retry puts failed messages (those named, or --failed for all) back
        for the next deliver instead of waiting out their delay.
        """) }

    static var ingestMaildir: String { page("ingestMaildir", """
        usage: segdesk ingest maildir [--db PATH] DIR

        Takes every message in the Maildir DIR/new. A message whose subject carries
        an incident's tag ([SEG-123]) or a case's ([SEG-C12]), or whose In-Reply-To
        or References name a message segdesk sent, is a reply and joins that record
        (the provider's answer on a case is a provider update). Any other message is
        a new incident: its consumer is found through the sender's contact address,
        else the mail domain (no match: the incident is marked unmatched), its
        service through a service key named in the subject or text, else the
        consumer's only service, else "unsorted"; an error code quoted in the text
        becomes its code. The clock starts when the mail reached DIR/new.

        A Message-ID taken in before is skipped. Each handled message moves to
        DIR/cur with the Seen flag (:2,S); a message that cannot be read moves to
        DIR/bad with NAME.reason beside it and is reported, and the run goes on.
        Exit status 1 when any was set aside.
        """) }

    static var importArticles: String { page("importArticles", """
        usage: segdesk import articles [--db PATH] [--skip-bad] FILE

        The knowledge base's articles from JSON Lines, or CSV when FILE ends in .csv:
        title_nb and text_nb, title_en and text_en (one language or both, each title
        with its text), services (keys the segment knows), error_codes, tags, status
        (draft, published (the default) or retired), source (provider: clarified
        with the provider, with provider_reference and clarified_at; or own, the
        default). A link in a text must be http, https or mailto. A record that is
        wrong is named as FILE:LINE: field: what is wrong, and nothing is written
        unless --skip-bad; an article whose title is already an article's is a
        duplicate. The known answers of the configuration become articles once
        (tagged known-answer), and the file keeps answering as before.
        """) }

    static var export: String { page("export", """
        usage: segdesk export KIND [--db PATH] [--format jsonl|csv] [--keep-personal-data]
               segdesk export messages [--consumer ORGNO] [--since YYYY-MM-DD] [...]

        KIND: \(ExportKind.allCases.map(\.rawValue).joined(separator: ", ")).
        JSON Lines by default; times in ISO 8601 UTC.
        messages: every message segdesk sent and every mail it took in, oldest
        first, with its direction, consumer, record, state, addresses and text;
        --consumer ORGNO keeps one consumer's, --since those from that day on.
        segdesk export proposal ID writes, as plain text, a proposal to the ministry for
        need ID, assessed not_covered: the need, use cases, backers, legal note.
        National identity numbers are masked unless --keep-personal-data is given.
        """) }

    static var remind: String { page("remind", """
        usage: segdesk remind [--db PATH] [--dry-run]

        For cron: queues a reminder to each consumer that has not accepted the newest
        agreement version, and to each that has not answered a published notice (on a
        breaking one: is not ready), at remind.days (default 14, 7 and 2) before the
        deadline, never twice for one point; at the last point with a copy to the
        business contact. A point counts for a consumer only when it falls after the
        consumer was first sent the notice or asked to accept the agreement, and no
        reminder goes sooner than remind.min_gap (default 1d) after that. --dry-run
        queues nothing and prints one line per message: kind, record, organisation
        number, recipient (tab-separated).
        """) }

    static var alert: String { page("alert", """
        usage: segdesk alert [--db PATH] [--dry-run]
               segdesk alert ack [--db PATH] ID...
               segdesk alert list [--db PATH]

        For cron, every minute, before segdesk outbox deliver: raises an alert for a
        new report at or above alert.priority (default P1) that no announced outage
        absorbed, a provider's outage or breaking notice taken in from mail, a clock
        that breaks within alert.before (default 15m) or broke in the last day, a case
        late at the provider, and a message failed or uncertain for alert.outbox
        (default 30m). Each fact alerts once; facts of one fault within alert.window
        (default 60m) are one alert. An alert is one message to the person on call
        (oncall, or the shift of oncall.rota), with the command that opens it
        (alert.open) and, when alert.command is set, that program is given it as JSON
        on standard input. Unacknowledged after alert.escalate (default 15m) it goes
        to the shift's second address, then to alert.last. In alert.quiet (such as
        22:00 07:00) alerts below P1 wait and go as one summary when the hours end.
        An alert is acknowledged with a in the dashboard's ! list, with segdesk alert
        ack ID, or by a reply starting ACK or KVITTERT from an address it went to.
        --dry-run changes nothing and prints what would be sent. Exits 1 when an alert
        has no one to go to.
        """) }

    static var backup: String { page("backup", """
        usage: segdesk backup [--db PATH] FILE

        Copies the database to FILE with SQLite's online backup while operators go on
        working; FILE is written whole or not at all (readable by its owner only) and
        an existing FILE is never overwritten.
        """) }

    static var check: String { page("check", """
        usage: segdesk check [--db PATH] [--against FILE|MAILDIR]

        Runs SQLite's integrity check and foreign key check and verifies that every
        journal entry names an existing record and that the journal's seals hold.
        The file is only read. With --against, the journal is also held against
        every head segdesk seal wrote down in FILE (its seal.file) or in the
        messages of MAILDIR (the archive of seal.mail): an entry witnessed and now
        missing, or one whose seal, computed afresh, differs from the witnessed one,
        is a problem. Exit status 1 when anything is wrong.
        """) }

    static var initShared: String { page("init", """
        usage: segdesk init --db PATH --group GROUP

        Sets up a database a team shares: makes the folder of PATH the group's with
        the set-group-ID bit (mode 2770), so every file made in it (the -wal and -shm,
        a backup) belongs to the group, and the database (made when missing) the
        group's with mode 0660; then checks the modes. Run it as the folder's owner,
        a member of the group. Exit status 1 when a mode does not hold.
        """) }

    static var upgrade: String { page("upgrade", """
        usage: segdesk upgrade [--db PATH]

        Brings a database written by an older segdesk to this build's schema, in one
        transaction per step; on a large file this can take a while. The dashboard and
        every command that changes the file do the same on their way in; check,
        export, report, status, a printed digest and backup only read, and ask for
        this first.
        """) }

    static var status: String { page("status", """
        usage: segdesk status [--db PATH] [--counts]

        Prints what burns as one screen of plain text, for ssh host segdesk status
        from a phone or a terminal that cannot draw the dashboard (TERM=dumb): a
        line of counts, the open alerts, the open reports that are new or overdue
        (most urgent first), the cases late at the provider. --counts prints instead
        the header's counts as lines of a name and a number, separated by a tab:
        new, open, overdue, unread_replies, unmatched, open_cases, late_at_provider,
        grouping_proposals, draft_notices, not_ready_past_deadline, queued,
        failed_to_send and open_alerts, for scripts and monitoring. The file is only
        read. Exit status 2 when a person is needed now (a new report, one overdue, a
        case late at the provider, a message that failed to send, an open alert),
        else 0.
        """) }

    static var seal: String { page("seal", """
        usage: segdesk seal [--db PATH] [--file FILE]

        For cron, daily or hourly: writes the journal's newest entry, its seal and the
        time as one line to seal.file (or FILE) and queues it in a message to
        seal.mail. The seals chain every entry to the one before, but the chain has
        no secret: whoever can write the database can change an entry and seal every
        entry after it again. A head kept where the database's writers cannot
        rewrite it (a file marked append-only with chattr +a or owned by another
        user, an archive mailbox) pins the journal up to that entry: segdesk check
        --against then finds any change made to those entries after the head was
        written. It does not prove anything about entries after the newest head,
        about a database replaced whole together with the witness, or that what an
        entry says was true.
        """) }
}
