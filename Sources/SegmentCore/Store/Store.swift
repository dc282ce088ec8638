import Foundation

/// Why the store refused to do something, phrased for the operator.
public enum StoreError: Error, Equatable, CustomStringConvertible {
    case newerSchema(path: String, found: Int, supported: Int)
    case notFound(entity: RecordKind, id: Int64)
    /// `by` is the login of whoever changed it last, when the journal knows.
    case changedByAnother(entity: RecordKind, id: Int64, by: String? = nil)
    /// The file may be read but not written by this operator.
    case readOnly(path: String, reason: ReadOnlyReason)
    /// Refused for a reason with its facts.
    case refused(Refusal)

    /// What went wrong, worded when shown.
    public var wording: Wording {
        switch self {
        case let .newerSchema(path, found, supported):
            Wording("{1} was written by a newer segdesk (schema {2}; this one understands up to {3}); upgrade segdesk to open it",
                    path, found, supported)
        case let .notFound(entity, id): Wording("{1} {2} does not exist", Wording(entity.word), id)
        case let .changedByAnother(entity, id, by):
            Wording("{1} {2} was changed by {3} meanwhile; nothing was changed: look again and retry", Wording(entity.word), id,
                    by ?? Wording("someone else"))
        case let .readOnly(path, reason): reason.refusal(path)
        case .refused(let refusal): refusal.wording
        }
    }

    public var description: String { wording.description }
}

/// segdesk's data: one SQLite file opened in WAL mode with foreign keys on,
/// migrated to the current schema. The clock and the operator's login are
/// injected so tests control them.
public final class Store {
    public let database: Database
    public let path: String
    /// The current time in seconds since 1970.
    public let now: () -> Int64
    /// The login of the person at the keyboard, written into the journal.
    public let operatorLogin: String
    /// The coordinator's targets and rules, from the configuration.
    public let policy: CoordinationPolicy
    /// Why the file is open read-only (this user may not write it or its
    /// folder, or a command that only reads opened it): every change is
    /// refused with this reason, and the dashboard says so in its header.
    public let readOnlyReason: ReadOnlyReason?
    /// What the operator may do, from the system's configuration.
    public let role: OperatorRole
    public var isReadOnly: Bool { readOnlyReason != nil }
    /// The last filter turned into a full-text query, kept while no incident
    /// changes: one redraw reads the window and the count with the same one.
    var lastFullTextMatch: (text: String, stamp: [Int], match: String?)?
    /// The journal, which remembers where its chain of seals stands
    /// within the current transaction.
    let journalEntries: JournalRepository

    /// Opens or creates the database at `path` and brings its schema up to date.
    /// A database from a newer segdesk is refused, not touched. With
    /// `mustExist`, a missing file is an error instead of a new database (a
    /// mistyped path must not look like an empty segment); a file this user
    /// may not write is opened read-only. `forReading` (for the commands
    /// that examine a file: check, export, report, backup) never changes a
    /// byte of it: no schema upgrade, no write; it implies `mustExist`.
    /// `upgrading` hears once, before the work starts, when an existing
    /// database is brought up to date (which can take a while on a large
    /// one). `chosenReadOnly` says why the operator only reads (they asked,
    /// or their role says so), so a refused change says so. `role` says
    /// what the operator may do beyond reading.
    public init(path: String, operatorLogin: String, now: @escaping () -> Int64 = { Int64(Date().timeIntervalSince1970) },
                policy: CoordinationPolicy = CoordinationPolicy(), mustExist: Bool = false, forReading: Bool = false,
                chosenReadOnly: ReadOnlyReason? = nil, role: OperatorRole = .administrator, upgrading: (String) -> Void = { _ in }) throws {
        self.path = path
        self.now = now
        self.operatorLogin = operatorLogin
        self.policy = policy
        self.role = role
        let access = path == ":memory:" ? .readWrite : try DatabaseFile.prepare(path, mustExist: mustExist || forReading)
        switch access {
        case .readOnly(let reason): readOnlyReason = reason
        case .readWrite: readOnlyReason = forReading ? chosenReadOnly ?? .reading : nil
        }
        // A file opened for reading that may be written keeps a writer's
        // connection, so it reads what another segdesk is writing safely and
        // leaves no -wal or -shm behind, but SQLite refuses every write on it.
        database = try Database(path: path, readOnly: access != .readWrite)
        journalEntries = JournalRepository(database: database)
        if isReadOnly {
            try openReadOnly()
            return
        }
        // A new file gets pages of 16 KB, before anything is written to it;
        // an existing one keeps its own. Fewer, larger index pages made a
        // 100,000-incident import into a million incidents some 10% faster.
        try database.execute("PRAGMA page_size = \(Self.pageSize)")
        // NORMAL in WAL mode keeps every commit atomic and consistent; a power
        // cut can lose the last transactions but never corrupts the file or
        // splits a change from its journal entry.
        try database.execute("""
            PRAGMA busy_timeout = 5000;
            PRAGMA foreign_keys = ON;
            PRAGMA synchronous = NORMAL;
            PRAGMA temp_store = MEMORY;
            PRAGMA cache_size = -8000;
            """)
        if path != ":memory:" {
            try database.execute("PRAGMA journal_mode = WAL")
        }
        try migrate(upgrading: upgrading)
        database.afterBegin = { [unowned self] in journalEntries.forgetTail() }
        try incidents.openTermList()
    }

    /// Readies a connection that may not write: the schema must already be
    /// this build's, since it cannot be brought up to date.
    private func openReadOnly() throws {
        do {
            try database.execute("PRAGMA busy_timeout = 5000; PRAGMA temp_store = MEMORY; PRAGMA cache_size = -8000;")
        } catch let error as DatabaseError where error.isReadOnlyRefusal {
            throw StoreError.refused(Refusal.readOnlyDirectory(path: path))
        }
        let found = try schemaVersion()
        guard found <= Migrations.latest else {
            throw StoreError.newerSchema(path: path, found: found, supported: Migrations.latest)
        }
        guard found == Migrations.latest else {
            throw StoreError.refused(Refusal.readOnlyOlderSchema(path: path, schema: found))
        }
        try incidents.openTermList()
        // From here SQLite refuses any change to the file, whatever asks.
        try database.execute("PRAGMA query_only = ON")
    }

    /// The page size of a database this build creates, in bytes.
    public static let pageSize = 16_384

    /// The schema version stored in the file.
    public func schemaVersion() throws -> Int { try database.scalar("PRAGMA user_version") }

    /// The schema version this build writes.
    public static var currentSchemaVersion: Int { Migrations.latest }

    private func migrate(upgrading: (String) -> Void) throws {
        let found = try schemaVersion()
        guard found <= Migrations.latest else {
            throw StoreError.newerSchema(path: path, found: found, supported: Migrations.latest)
        }
        if found > 0 && found < Migrations.latest {
            let incidents = try database.scalar("SELECT count(*) FROM incidents")
            upgrading("upgrading \(path) from schema \(found) to \(Migrations.latest) (\(incidents) \(incidents == 1 ? "incident" : "incidents")); "
                      + "this can take a while on a large database")
        }
        for version in found..<Migrations.latest {
            try database.inTransaction {
                try database.execute(Migrations.steps[version])
                try database.execute("PRAGMA user_version = \(version + 1)")
                // The entries from before seals existed are sealed as they are found.
                if version + 1 == Migrations.journalSealStep { try journalEntries.reseal(from: 1) }
                if version + 1 == Migrations.providerSearchStep { try providers.refreshSearchText() }
            }
        }
    }

    /// A number that changes whenever another connection commits to the file;
    /// cheap enough to poll every second.
    ///
    /// Related SQLite documentation: https://www.sqlite.org/pragma.html#pragma_data_version
    public func dataVersion() throws -> Int { try database.scalar("PRAGMA data_version") }
}
