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

    /// Files that still hold SQL outside a repository, each to move into
    /// one; the list only shrinks.
    static let stillToMove: Set<String> = [
        "SegmentCore/Coordination/Grouping.swift",
        "SegmentCore/Coordination/OutageJoin.swift",
        "SegmentCore/Coordination/Replies.swift",
        "SegmentCore/Coordination/Store+GroupingProposals.swift",
        "SegmentCore/Coordination/Store+NeedFromIncident.swift",
        "SegmentCore/Coordination/Store+OutageQueries.swift",
        "SegmentCore/Coordination/Store+ReplyAddress.swift",
        "SegmentCore/Coordination/TextShape.swift",
        "SegmentCore/Intake/MailIntake.swift",
        "SegmentCore/Intake/Store+ImportIncidents.swift",
        "SegmentCore/Intake/Store+IncidentArrival.swift",
        "SegmentCore/Intake/Store+MailRecords.swift",
        "SegmentCore/Intake/Store+PhoneReport.swift",
        "SegmentCore/Store/Store+FullText.swift",
        "SegmentCore/Store/Store+IncidentBatch.swift",
        "SegmentCore/Store/Store+Incidents.swift",
        "SegmentCore/Store/Store+PaneKeys.swift",
        "SegmentCore/Store/Store+Writes.swift",
        "SegmentCore/Triage/Store+IncidentFacts.swift",
        "SegmentCore/Triage/Store+Triage.swift",
        "SegmentCore/Triage/Store+UnreadReplies.swift",
    ]

    @Test("no file outside a repository and the database layer writes SQL")
    func sqlInRepositoriesOnly() throws {
        let statement = try Regex(#"\b(SELECT|INSERT (OR [A-Z]+ )?INTO|UPDATE [a-z_]+ SET|DELETE FROM|PRAGMA [a-z_]+)\b"#)
        let offending = try VocabularyTests.swiftFiles().filter { file in
            file.path.hasPrefix("SegmentCore/") && !Self.isDatabaseLayer(file.path)
                && file.text.split(separator: "\n").contains { line in
                    !line.trimmingCharacters(in: .whitespaces).hasPrefix("//") && line.contains(statement)
                }
        }.map(\.path)
        #expect(Set(offending).subtracting(Self.stillToMove).sorted() == [], "SQL belongs in a repository")
        #expect(Self.stillToMove.subtracting(offending).sorted() == [], "moved: take it off the list")
    }
}
