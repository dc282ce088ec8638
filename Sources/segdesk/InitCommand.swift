import SegmentCore

/// `segdesk init --group`: a database a team shares, made or made the group's.
struct InitCommand: ShellCommand, Equatable {
    static let rows = [
        CommandRow(["init"], "--db PATH --group GROUP",
                   "set up a database a team shares: its folder the group's with the set-group-ID bit, the file readable by the group alone",
                   page: { Usage.initShared }, values: ["--db", "--group"]),
    ]

    let db: String
    let group: String

    init(_ request: CommandRequest) throws {
        guard let db = request.db, let group = request.value("--group") else {
            throw UsageError(description: localized("segdesk init: expected --db PATH and --group GROUP"))
        }
        self.db = db
        self.group = group
    }

    func run(_ environment: Environment) throws -> Int32 {
        do {
            try SharedFolder.prepare(db, group: group)
        } catch let error as StoreError {
            throw UsageError(description: localized("segdesk init: {1}", error.description))
        }
        _ = try openStore(db, environment)
        try SharedFolder.prepare(db, group: group)
        let problems = SharedFolder.problems(db, group: group)
        problems.forEach { complain(localized("init: {1}", $0)) }
        guard problems.isEmpty else { return 1 }
        complain(localized("init: {1} is ready for the group {2}: its folder 2770, the file 0660", db, group))
        return 0
    }
}
