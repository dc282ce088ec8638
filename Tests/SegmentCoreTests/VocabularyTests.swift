import Foundation
import Testing
@testable import SegmentCore
import SegmentTestSupport

/// The words segdesk stores (statuses, kinds, stages, roles, journal
/// actions) are named once, in their enums: a query takes them from there,
/// so renaming a case cannot leave a query that quietly matches nothing.
@Suite("The vocabulary named once", .checkingStores)
struct VocabularyTests {
    static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Sources")
        .standardizedFileURL

    /// Every Swift file under Sources, by its path there, with its text.
    static func swiftFiles() throws -> [(path: String, text: String)] {
        let enumerator = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)
        var files: [(String, String)] = []
        while let url = enumerator?.nextObject() as? URL {
            guard url.pathExtension == "swift" else { continue }
            files.append((String(url.path.dropFirst(sources.path.count + 1)), try String(contentsOf: url, encoding: .utf8)))
        }
        return files.sorted { $0.0 < $1.0 }
    }

    static let storedWords: Set<String> = Set(
        IncidentStatus.allCases.map(\.rawValue) + IncidentKind.allCases.map(\.rawValue) + CaseStatus.allCases.map(\.rawValue)
            + NoticeKind.allCases.map(\.rawValue) + NoticeStatus.allCases.map(\.rawValue) + AcknowledgementState.allCases.map(\.rawValue)
            + OnboardingStage.allCases.map(\.rawValue) + ContactRole.allCases.map(\.rawValue) + NeedStatus.allCases.map(\.rawValue)
            + RecordKind.allCases.map(\.rawValue) + InboundMailKind.allCases.map(\.rawValue) + OutboxMessage.Status.allCases.map(\.rawValue)
            + ProviderContactRole.allCases.map(\.rawValue) + JournalAction.allCases.map(\.rawValue))

    @Test("no status, kind, stage, role or action is written as an SQL literal outside the shipped migrations")
    func noLiteralWords() throws {
        var found: [String] = []
        for file in try Self.swiftFiles() where !file.path.contains("Migrations") {
            for (number, line) in file.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            where !line.trimmingCharacters(in: .whitespaces).hasPrefix("//") {
                for word in Self.storedWords where line.contains("'\(word)'") {
                    found.append("\(file.path):\(number + 1): '\(word)'")
                }
            }
        }
        #expect(found == [])
    }

    @Test("every journal entry is written with a JournalAction, never a string")
    func journalActionsTyped() throws {
        let written = try Self.swiftFiles().filter { $0.text.contains("action: \"") }.map(\.path)
        #expect(written == [])
    }
}
