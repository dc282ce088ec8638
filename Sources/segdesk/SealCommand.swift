import SegmentCore

/// `segdesk seal`: the journal's head written down where the database's
/// writers cannot rewrite it, for cron.
struct SealCommand: ShellCommand, Equatable {
    static let rows = [
        CommandRow(["seal"], "[--db PATH] [--file FILE]",
                   "for cron: write the journal's newest entry and seal to seal.file (or FILE) and mail them to seal.mail",
                   page: { Usage.seal }, values: ["--db", "--file"]),
    ]

    let db: String?
    let file: String?

    init(_ request: CommandRequest) throws {
        db = request.db
        file = request.value("--file")
    }

    func run(_ environment: Environment) throws -> Int32 {
        let file = file ?? environment.configuration.sealFile
        let address = environment.configuration.sealMail
        guard file != nil || address != nil else {
            throw UsageError(description: localized("segdesk seal: nowhere to write the head; set seal.file or seal.mail in the configuration, or give --file"))
        }
        let path = try environment.databasePath(db)
        let store = try address == nil ? openStoreForReading(path, environment) : openExistingStore(path, environment)
        guard let head = try store.journalWitness.head() else {
            complain(localized("seal: the journal of {1} is empty; nothing to witness", store.path))
            return 0
        }
        if let file {
            try head.append(to: file)
            complain(localized("seal: entry {1} written to {2}", head.entry, file))
        }
        if let address {
            try store.journalWitness.mail(head, to: address)
            complain(localized("seal: entry {1} queued to {2} (segdesk outbox deliver sends it)", head.entry, address))
        }
        return 0
    }
}
