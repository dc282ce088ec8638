import SegmentCore

/// `segdesk export KIND`: every record of a kind to standard output.
struct ExportCommand: ShellCommand, Equatable {
    static let rows = [
        CommandRow(["export"], "KIND [--db PATH] [--format jsonl|csv] [--keep-personal-data] [--consumer ORGNO] [--since DATE]",
                   "write every record of a kind to standard output, national identity numbers masked unless kept; KIND: incidents, consumers, cases, notices, acks, needs, backings, journal, services, agreements, acceptances, messages, articles (--consumer, --since: one consumer's, from a day on)",
                   page: { Usage.export }, values: ["--db", "--format", "--consumer", "--since"], flags: ["--keep-personal-data"], positional: true),
    ]

    let kind: ExportKind
    let db: String?
    let format: Exporter.Format
    let keepingPersonalData: Bool
    /// For messages: one consumer's, by organisation number.
    let consumer: String?
    /// For messages: from the start of this day (YYYY-MM-DD, the segment's zone) on.
    let since: Int64?

    init(_ request: CommandRequest) throws {
        let kinds = ExportKind.allCases.map(\.rawValue).joined(separator: ", ")
        guard request.options.positional.count == 1, let kind = ExportKind(rawValue: request.options.positional[0]) else {
            throw UsageError(description: localized("segdesk export: expected one KIND: {1}, or proposal ID", kinds))
        }
        guard let format = Exporter.Format(rawValue: request.value("--format") ?? "jsonl") else {
            throw UsageError(description: localized("segdesk export: --format expects jsonl or csv"))
        }
        if kind != .messages, request.value("--consumer") != nil || request.value("--since") != nil {
            throw UsageError(description: localized("segdesk export: --consumer and --since choose messages; {1} are written whole", kind.rawValue))
        }
        let since = request.value("--since")
        if let since, SegmentZone.current.startOfDay(since) == nil {
            throw UsageError(description: localized("segdesk export: --since expects a day such as 2026-12-01, got \"{1}\"", UntrustedText.line(since)))
        }
        self.kind = kind
        self.format = format
        db = request.db
        keepingPersonalData = request.has("--keep-personal-data")
        consumer = request.value("--consumer")
        self.since = since.flatMap { SegmentZone.current.startOfDay($0) }
    }

    func run(_ environment: Environment) throws -> Int32 {
        try export(kind, db: db, format: format, keepingPersonalData: keepingPersonalData, consumer: consumer, since: since, environment)
    }
}

/// `segdesk export proposal ID`: a need not covered, as a proposal to the ministry.
struct ProposalCommand: ShellCommand, Equatable {
    static let rows = [
        CommandRow(["export", "proposal"], "ID [--db PATH] [--keep-personal-data]",
                   "a proposal to the ministry for a need not covered, national identity numbers masked unless kept",
                   page: { Usage.export }, flags: ["--keep-personal-data"], positional: true),
    ]

    let db: String?
    let needID: Int64
    let keepingPersonalData: Bool

    init(_ request: CommandRequest) throws {
        guard request.options.positional.count == 1, let id = Int64(request.options.positional[0]), id > 0 else {
            throw UsageError(description: localized("segdesk export proposal: expected the need's number, e.g. segdesk export proposal 12"))
        }
        db = request.db
        needID = id
        keepingPersonalData = request.has("--keep-personal-data")
    }

    func run(_ environment: Environment) throws -> Int32 {
        try printProposal(db: db, needID: needID, keepingPersonalData: keepingPersonalData, environment)
    }
}

/// `segdesk digest`: the provider's digest, printed or queued to it.
struct DigestCommand: ShellCommand, Equatable {
    static let rows = [
        CommandRow(["digest"], "[--db PATH] [--days N] [--send] [--keep-personal-data]",
                   "the provider's digest: open cases, top needs, breaking changes not ready, each service's week; --send queues it; national identity numbers masked unless kept",
                   page: { Usage.digest }, values: ["--db", "--days"], flags: ["--send", "--keep-personal-data"]),
    ]

    let db: String?
    let days: Int
    let send: Bool
    let keepingPersonalData: Bool

    init(db: String?, days: Int, send: Bool, keepingPersonalData: Bool = false) {
        self.db = db
        self.days = days
        self.send = send
        self.keepingPersonalData = keepingPersonalData
    }

    init(_ request: CommandRequest) throws {
        self.init(db: request.db, days: try request.options.number("--days", default: 7, range: 1...365), send: request.has("--send"),
                  keepingPersonalData: request.has("--keep-personal-data"))
    }

    func run(_ environment: Environment) throws -> Int32 {
        try printDigest(db: db, days: days, send: send, keepingPersonalData: keepingPersonalData, environment)
    }
}

/// `segdesk report`: the last days with plots.
struct ReportCommand: ShellCommand, Equatable {
    static let rows = [
        CommandRow(["report"], "[--db PATH] [--days N] [--keep-personal-data]",
                   "the last N days with plots: reports per day per service, top consumers, time to the provider, SLA met",
                   page: { Usage.report }, values: ["--db", "--days"], flags: ["--keep-personal-data"]),
    ]

    let db: String?
    let days: Int
    let keepingPersonalData: Bool

    init(_ request: CommandRequest) throws {
        db = request.db
        days = try request.options.number("--days", default: 30, range: 1...366)
        keepingPersonalData = request.has("--keep-personal-data")
    }

    func run(_ environment: Environment) throws -> Int32 {
        try printReport(db: db, days: days, keepingPersonalData: keepingPersonalData, environment)
    }
}

/// `segdesk check`: is the file sound?
struct CheckCommand: ShellCommand, Equatable {
    static let rows = [
        CommandRow(["check"], "[--db PATH] [--against FILE|MAILDIR]",
                   "verify integrity, foreign keys and the journal's seals, and the journal up to every head segdesk seal wrote down",
                   page: { Usage.check }, values: ["--db", "--against"]),
    ]

    let db: String?
    let against: String?

    init(_ request: CommandRequest) throws {
        db = request.db
        against = request.value("--against")
    }

    func run(_ environment: Environment) throws -> Int32 { try check(db: db, against: against, environment) }
}

/// `segdesk backup FILE`: an online copy while others work.
struct BackupCommand: ShellCommand, Equatable {
    static let rows = [
        CommandRow(["backup"], "[--db PATH] FILE", "an online copy of the database while others work", page: { Usage.backup },
                   positional: true),
    ]

    let db: String?
    let file: String

    init(_ request: CommandRequest) throws {
        guard request.options.positional.count == 1, !request.options.positional[0].isEmpty, request.options.positional[0] != "-" else {
            throw UsageError(description: localized("segdesk backup: expected one FILE to write the copy to"))
        }
        db = request.db
        file = request.options.positional[0]
    }

    func run(_ environment: Environment) throws -> Int32 { try backup(db: db, to: file, environment) }
}

/// `segdesk export articles`: the knowledge base as records (jsonl, csv) to
/// standard output, or, with `--format html|markdown DIR`, the published
/// articles as a small site for the consumers.
struct ArticleExportCommand: ShellCommand, Equatable {
    static let rows = [
        CommandRow(["export", "articles"], "[--db PATH] [--format jsonl|csv|html|markdown] [--language nb|en] [DIR]",
                   "the knowledge base's articles with their id and uses; html or markdown writes the published ones to DIR as a small site: an index by service and tag, a page each",
                   page: { Usage.export }, values: ["--db", "--format", "--language"], flags: ["--keep-personal-data"], positional: true),
    ]

    let db: String?
    let format: String
    let language: Language
    let directory: String?
    let keepingPersonalData: Bool

    init(_ request: CommandRequest) throws {
        db = request.db
        format = request.value("--format") ?? "jsonl"
        guard ["jsonl", "csv", "html", "markdown"].contains(format) else {
            throw UsageError(description: localized("segdesk export articles: --format expects jsonl, csv, html or markdown, got \"{1}\"",
                                                    UntrustedText.line(format)))
        }
        let code = request.value("--language") ?? "nb"
        guard let language = Language(code: code) else {
            throw UsageError(description: localized("segdesk export articles: --language expects nb or en, got \"{1}\"", UntrustedText.line(code)))
        }
        self.language = language
        let site = format == "html" || format == "markdown"
        guard request.options.positional.count == (site ? 1 : 0) else {
            throw UsageError(description: site ? localized("segdesk export articles: --format {1} writes a site: name its folder, DIR", format)
                                               : localized("segdesk export articles: DIR is for --format html or markdown; records go to standard output"))
        }
        directory = request.options.positional.first
        keepingPersonalData = request.has("--keep-personal-data")
    }

    func run(_ environment: Environment) throws -> Int32 {
        guard let directory, let site = GuidanceSite.Format(rawValue: format) else {
            return try export(.articles, db: db, format: Exporter.Format(rawValue: format) ?? .jsonl, keepingPersonalData: keepingPersonalData,
                              consumer: nil, since: nil, environment)
        }
        let store = try openStoreForReading(try environment.databasePath(db), environment)
        var articles: [Article] = []
        while case let next = try store.knowledge.articles(after: articles.last?.id ?? 0), !next.isEmpty { articles += next }
        let pages = GuidanceSite(format: site, language: language).pages(articles)
        try writeSite(pages, to: directory)
        complain(Language.interface.counted(pages.count - 1, "export: {1} article written to {2}, with its index", "export: {1} articles written to {2}, with their index",
                                            directory))
        return 0
    }
}
