import Foundation
import Testing
@testable import SegmentCore
@testable import SegmentTUI
import SegmentTestSupport

/// The header line at the top: what burns, and the clock.
@Suite("The header at small widths", .checkingStores)
struct HeaderTests {
    private func burning(width: Int, language: Language = .english) throws -> String {
        var harness = Harness(store: try demoStore(), width: width, height: 24)
        var overview = harness.state.overview
        overview.messagesFailed = 3
        overview.messagesQueued = 12
        overview.unmatchedIncidents = 2
        overview.casesLateAtProvider = 1
        overview.unreadReplies = 4
        harness.send(.overviewLoaded(overview))
        return Language.$interface.withValue(language) { harness.screen.text.split(separator: "\n").first.map(String.init) ?? "" }
    }

    @Test("at 80 columns with nine items the header keeps the operator and the clock, leaves out whole items (the quiet ones first) and says how many")
    func dropsWholeItems() throws {
        for language in [Language.english, .bokmal] {
            let line = try burning(width: 80, language: language)
            #expect(line.hasSuffix("kari 13:00"), "\(line)")
            #expect(line.contains("│ +"), "\(line)")
            #expect(!line.contains("12 ") && !line.contains(language == .english ? "open case" : "åpne saker"), "the quiet items go first: \(line)")
            let items = line.split(separator: "│").dropFirst().dropLast().map { $0.trimmingCharacters(in: .whitespaces) }
            #expect(items.allSatisfy { $0.first?.isNumber == true || $0 == "read-only" }, "\(items)")
        }
        let wide = try burning(width: 200)
        #expect(!wide.contains("│ +") && wide.contains("12 to send") && wide.contains("2 open cases"), "\(wide)")
    }
}
