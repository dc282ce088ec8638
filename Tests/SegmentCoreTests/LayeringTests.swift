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

    /// How many functions each type declares, its extensions included, by
    /// reading Sources: a declaration's body is followed brace by brace.
    static func methodCounts() throws -> [String: Int] {
        let declaration = try Regex(#"(?m)^(?:public |private |fileprivate |internal )?(?:final )?(?:extension|struct|class|enum|protocol) ([A-Za-z.]+)[^{\n]*\{"#)
        let member = try Regex(#"(?m)^    (?:@\w+ )*(?:public |private |fileprivate |internal )?(?:static |mutating )?func "#)
        var counts: [String: Int] = [:]
        for file in try VocabularyTests.swiftFiles() where file.path.hasPrefix("SegmentCore/") {
            let text = file.text
            for match in text.matches(of: declaration) {
                var depth = 1
                var end = match.range.upperBound
                while depth > 0, end < text.endIndex {
                    if text[end] == "{" { depth += 1 } else if text[end] == "}" { depth -= 1 }
                    end = text.index(after: end)
                }
                let name = String(match.output[1].substring ?? "")
                counts[name, default: 0] += text[match.range.upperBound..<end].matches(of: member).count
            }
        }
        return counts
    }

    @Test("no type of the core, the store that opens the file included, has more than 40 methods")
    func smallTypes() throws {
        let counts = try Self.methodCounts()
        #expect(counts.filter { $0.value > 40 }.keys.sorted() == [])
        #expect(counts["Store", default: 0] > 0 && counts["IncidentRepository", default: 0] > 0, "the count reads the sources")
    }
}
