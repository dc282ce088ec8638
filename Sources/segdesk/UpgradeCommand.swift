import SegmentCore

/// `segdesk upgrade`: brings a database written by an older segdesk to this
/// build's schema, which the commands that only read never do.
struct UpgradeCommand: ShellCommand, Equatable {
    static let rows = [
        CommandRow(["upgrade"], "[--db PATH]",
                   "bring a database written by an older segdesk up to date (the commands that only read never change it)",
                   page: { Usage.upgrade }),
    ]

    let db: String?

    init(_ request: CommandRequest) throws { db = request.db }

    func run(_ environment: Environment) throws -> Int32 {
        let store = try openExistingStore(try environment.databasePath(db), environment)
        complain(localized("upgrade: {1} is at schema {2}, this segdesk's", store.path, try store.schemaVersion()))
        return 0
    }
}
