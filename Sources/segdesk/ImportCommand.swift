import SegmentCore

/// What an import command names: the database, the file, and how to read it.
struct ImportRequest: Equatable {
    var db: String?
    var file: String
    var skipBad: Bool
    /// The file's encoding when it is not UTF-8 (`--encoding`).
    var encoding: String?
    /// Records already known change to what the file says (`--update`).
    var update = false
}

/// `segdesk import KIND FILE`: one kind of record from a file, checked
/// whole before anything is written.
struct ImportCommand: ShellCommand, Equatable {
    /// What may be imported, by the word that names it.
    enum Kind: String, CaseIterable {
        case services, consumers, agreements, acceptances, incidents, notices, needs, backings, acks, articles
    }

    static let rows = [
        row(["services"], "[--db PATH] [--skip-bad] [--update] FILE", "the provider and its services: a new segment's first step",
            page: { Usage.importServices }, update: true),
        row(["consumers"], "[--db PATH] [--skip-bad] [--update] [--encoding E] FILE",
            "then the consumers with their contacts and services", page: { Usage.importConsumers }, update: true),
        row(["agreements|acceptances"], "[--db PATH] [--skip-bad] FILE", "the segment's agreement versions / who accepted which",
            page: { Usage.importAgreements }),
        row(["incidents"], "[--db PATH] [--skip-bad] [--encoding E] FILE",
            "import incidents from JSON Lines, or CSV when FILE ends in .csv; - reads standard input", page: { Usage.importIncidents }),
        row(["notices"], "[--db PATH] [--skip-bad] [--encoding E] FILE",
            "the provider's change and outage notices, as drafts to publish from the notices pane (:publish)",
            page: { Usage.importNotices }),
        row(["needs|backings"], "[--db PATH] [--skip-bad] FILE", "the segment's needs / which consumer backs which, how much",
            page: { Usage.importNeeds }),
        row(["acks"], "[--db PATH] [--skip-bad] FILE", "consumers' answers to published notices", page: { Usage.importAcknowledgements }),
        row(["articles"], "[--db PATH] [--skip-bad] FILE", "the knowledge base's articles, in bokmål and English, and the known answers as articles once",
            page: { Usage.importArticles }),
    ]

    private static func row(_ kind: [String], _ arguments: String, _ summary: String, page: @escaping @Sendable () -> String,
                            update: Bool = false) -> CommandRow {
        CommandRow(["import"] + kind, arguments, summary, page: page, values: ["--db", "--encoding"],
                   flags: update ? ["--skip-bad", "--update"] : ["--skip-bad"], positional: true)
    }

    let kind: Kind
    let request: ImportRequest

    init(kind: Kind, request: ImportRequest) {
        self.kind = kind
        self.request = request
    }

    init(_ request: CommandRequest) throws {
        kind = Kind(rawValue: request.words[1])!
        guard request.options.positional.count == 1 else {
            throw UsageError(description: localized("segdesk import {1}: expected one FILE (or - for standard input)", kind.rawValue))
        }
        self.request = ImportRequest(db: request.db, file: request.options.positional[0], skipBad: request.has("--skip-bad"),
                                     encoding: request.value("--encoding"), update: request.has("--update"))
        if let encoding = self.request.encoding, !IntakeEncoding.names.contains(encoding.lowercased()) {
            throw UsageError(description: localized("segdesk import: --encoding expects {1}, got \"{2}\"",
                                                    IntakeEncoding.names.joined(separator: ", "), encoding))
        }
    }

    func run(_ environment: Environment) throws -> Int32 {
        switch kind {
        case .incidents: try importIncidents(request, environment: environment)
        case .notices: try importNotices(request, environment)
        case .needs: try importNeeds(request, environment)
        case .backings: try importBackings(request, environment)
        case .acks: try importAcknowledgements(request, environment)
        case .services: try importServices(request, environment)
        case .agreements: try importAgreements(request, environment)
        case .acceptances: try importAcceptances(request, environment)
        case .consumers: try importConsumers(request, environment)
        case .articles: try importArticles(request, environment)
        }
    }
}

/// `segdesk ingest maildir DIR`: the mail that has come in.
struct IngestCommand: ShellCommand, Equatable {
    static let rows = [
        CommandRow(["ingest", "maildir"], "[--db PATH] DIR",
                   "take the mail in DIR/new: reports become incidents, replies join theirs; handled mail moves to DIR/cur",
                   page: { Usage.ingestMaildir }, positional: true),
    ]

    let db: String?
    let directory: String

    init(_ request: CommandRequest) throws {
        guard request.options.positional.count == 1 else {
            throw UsageError(description: localized("segdesk ingest maildir: expected one DIR (a Maildir with new/ and cur/)"))
        }
        db = request.db
        directory = request.options.positional[0]
    }

    func run(_ environment: Environment) throws -> Int32 {
        try ingestMaildir(db: db, directory: directory, environment: environment)
    }
}
