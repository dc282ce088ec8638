import Foundation
import Testing
@testable import SegmentCore
@testable import SegmentTUI
import SegmentTestSupport

/// Kari and Bob triage the same segment from two screens: neither undoes the
/// other without being told, from the list or the record, one or many.
@Suite("Two operators on one database", .serialized, .checkingStores)
struct TwoOperatorsTests {
    private final class Desk {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("segdesk-two-\(UUID().uuidString).sqlite").path
        let kari: Store
        let bob: Store

        init() throws {
            kari = try testStore(path: path, operatorLogin: "kari", now: { testNow })
            var generator = DemoGenerator(store: kari, options: DemoOptions(consumers: 40, incidents: 600, seed: 7))
            try generator.generate()
            bob = try testStore(path: path, operatorLogin: "bob", now: { testNow })
        }

        deinit { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
    }

    @Test("Bob raises an incident Kari has selected in the list; Kari's S before her screen refreshes is refused, naming Bob, and Bob's change stands")
    func listEditAfterAnotherOperator() throws {
        let desk = try Desk()
        var harness = Harness(store: desk.kari, width: 80, height: 24)
        harness.press(.character("j"))
        let id = try #require(harness.state.panes[.incidents]!.selectedID)
        try desk.bob.triageDesk.triage(.assign("bob"), incidents: [id])
        harness.press(.character("S"))
        let message = try #require(harness.state.message)
        #expect(message.isError)
        #expect(message.text.contains("incident \(id) was changed by bob meanwhile"))
        #expect(try desk.kari.incident(id: id).assignee == "bob")
        #expect(try desk.kari.history(entity: .incident, id: id).last?.operatorName == "bob")
    }

    @Test("a bulk edit of marked incidents asks first with the count, and is refused whole when Bob changed one of them")
    func bulkEditAsksAndChecks() throws {
        let desk = try Desk()
        var harness = Harness(store: desk.kari, width: 80, height: 24)
        harness.press(.character(" "), .character(" "), .character(" "))
        let marked = harness.state.panes[.incidents]!.marked.sorted()
        #expect(marked.count == 3)
        harness.press(.character("a"))
        let confirmation = try #require(harness.state.confirmation)
        #expect(confirmation.question.description.contains("3 marked incidents"))
        try desk.bob.triageDesk.triage(.setStatus(.triaged, nil), incidents: [marked[1]])
        harness.press(.character("y"))
        #expect(harness.state.message?.text.contains("incident \(marked[1]) was changed by bob meanwhile") == true)
        for id in marked { #expect(try desk.kari.incident(id: id).assignee != "kari") }
    }

    @Test("a bulk edit nobody else touched applies to every marked incident after y, and n cancels it")
    func bulkEditApplies() throws {
        let desk = try Desk()
        var harness = Harness(store: desk.kari, width: 80, height: 24)
        harness.press(.character(" "), .character(" "))
        let marked = harness.state.panes[.incidents]!.marked.sorted()
        harness.press(.character("a"), .character("n"))
        #expect(harness.state.confirmation == nil)
        for id in marked { #expect(try desk.kari.incident(id: id).assignee != "kari") }
        harness.press(.character("a"), .character("y"))
        for id in marked { #expect(try desk.kari.incident(id: id).assignee == "kari") }
    }
}
