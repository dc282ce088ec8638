import Foundation
import Testing
@testable import SegmentCore
import SegmentTestSupport

/// SQL lives with the tables it reads and writes: in a record kind's
/// repository, or in the layer that opens, migrates and pages the file.
/// Workflows take the repositories they use and write none.
@Suite("SQL only in repositories", .checkingStores)
struct LayeringTests {
    /// Files that are the database layer itself: the connection, its
    /// statements, the schema's steps, keyset windows, bulk loads.
    static func isDatabaseLayer(_ path: String) -> Bool {
        path.hasSuffix("Repository.swift") || path.contains("Repository+")
            || ["Store/Database.swift", "Store/Statement.swift", "Store/KeysetWindow.swift", "Store/SmallPaneFilter.swift",
                "Store/Store.swift", "Store/Store+BulkLoad.swift", "Store/Store+Check.swift", "Store/Store+Backup.swift"]
                .contains { path.hasSuffix($0) }
            || path.contains("/Migrations")
    }

    @Test("no file outside a repository and the database layer writes SQL")
    func sqlInRepositoriesOnly() throws {
        let statement = try Regex(#"\b(SELECT|INSERT (OR [A-Z]+ )?INTO|UPDATE [a-z_]+ SET|DELETE FROM|PRAGMA [a-z_]+)\b"#)
        let offending = try VocabularyTests.swiftFiles().filter { file in
            file.path.hasPrefix("SegmentCore/") && !Self.isDatabaseLayer(file.path)
                && file.text.split(separator: "\n").contains { line in
                    !line.trimmingCharacters(in: .whitespaces).hasPrefix("//") && line.contains(statement)
                }
        }.map(\.path)
        #expect(offending == [], "SQL belongs in a repository")
    }
}
