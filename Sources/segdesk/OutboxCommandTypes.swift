import SegmentCore

/// `segdesk remind`: reminders due, for cron.
struct RemindCommand: ShellCommand, Equatable {
    static let rows = [
        CommandRow(["remind"], "[--db PATH] [--dry-run]",
                   "for cron: reminders to consumers that have not accepted the newest agreement or answered a published notice before its deadline, never twice for one point",
                   page: { Usage.remind }, flags: ["--dry-run"]),
    ]

    let db: String?
    let dryRun: Bool

    init(_ request: CommandRequest) throws {
        db = request.db
        dryRun = request.has("--dry-run")
    }

    func run(_ environment: Environment) throws -> Int32 { try remind(db: db, dryRun: dryRun, environment) }
}

/// `segdesk outbox list`: every message, sent or not.
struct OutboxListCommand: ShellCommand, Equatable {
    static let rows = [CommandRow(["outbox", "list"], "[--db PATH]", "the queued, sent and failed messages", page: { Usage.outbox })]

    let db: String?

    init(_ request: CommandRequest) throws { db = request.db }

    func run(_ environment: Environment) throws -> Int32 { try listOutbox(db: db, environment) }
}

/// `segdesk outbox confirm|requeue ID...`: an uncertain message settled.
struct OutboxSettleCommand: ShellCommand, Equatable {
    static let rows = [
        CommandRow(["outbox", "confirm|requeue"], "[--db PATH] ID...", "settle an uncertain message: it left / send it again",
                   page: { Usage.outbox }, positional: true),
    ]

    let db: String?
    let ids: [Int64]
    /// Confirmed as sent, else queued again.
    let sent: Bool

    init(db: String?, ids: [Int64], sent: Bool) {
        self.db = db
        self.ids = ids
        self.sent = sent
    }

    init(_ request: CommandRequest) throws {
        let ids = request.options.positional.compactMap { Int64($0) }.filter { $0 > 0 }
        guard !ids.isEmpty, ids.count == request.options.positional.count else {
            throw UsageError(description: localized("segdesk outbox {1}: expected one or more message ids (numbers, as outbox list shows them)",
                                                    request.words[1]))
        }
        self.init(db: request.db, ids: ids, sent: request.words[1] == "confirm")
    }

    func run(_ environment: Environment) throws -> Int32 { try settleOutbox(db: db, ids: ids, sent: sent, environment) }
}

/// `segdesk outbox retry`: failed messages back for the next delivery now.
struct OutboxRetryCommand: ShellCommand, Equatable {
    static let rows = [
        CommandRow(["outbox", "retry"], "[--db PATH] ID...|--failed", "send failed messages at the next deliver instead of after their wait",
                   page: { Usage.outbox }, flags: ["--failed"], positional: true),
    ]

    let db: String?
    /// The messages named; nil for every failed one.
    let ids: [Int64]?

    init(_ request: CommandRequest) throws {
        let ids = request.options.positional.compactMap { Int64($0) }.filter { $0 > 0 }
        let all = request.has("--failed")
        guard all == ids.isEmpty, ids.count == request.options.positional.count else {
            throw UsageError(description: localized("segdesk outbox retry: expected message ids (numbers, as outbox list shows them) or --failed, not both"))
        }
        db = request.db
        self.ids = all ? nil : ids
    }

    func run(_ environment: Environment) throws -> Int32 {
        let store = try openExistingStore(try environment.databasePath(db), environment)
        let retried = try store.retryFailedMessages(ids: ids)
        complain(localized("outbox: {1} queued to be sent again at the next deliver", Language.interface.counted(retried.count, "{1} message", "{1} messages")))
        return 0
    }
}

/// `segdesk outbox deliver`: what is due, through the transport.
struct OutboxDeliverCommand: ShellCommand, Equatable {
    static let rows = [
        CommandRow(["outbox", "deliver"], "[--db PATH] [--transport T] [--from ADDRESS] [--timeout SECONDS]",
                   "send what is due: T is sendmail, sendmail:PATH or maildir:DIR (default from the configuration)",
                   page: { Usage.outbox }, values: ["--db", "--transport", "--from", "--timeout"]),
    ]

    let db: String?
    let transport: String?
    let from: String?
    let timeout: String?

    init(_ request: CommandRequest) throws {
        db = request.db
        transport = request.value("--transport")
        from = request.value("--from")
        timeout = request.value("--timeout")
    }

    func run(_ environment: Environment) throws -> Int32 {
        try deliverOutbox(db: db, transport: transport, from: from, timeoutText: timeout, environment)
    }
}
