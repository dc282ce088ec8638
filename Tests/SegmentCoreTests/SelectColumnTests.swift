import Testing
@testable import SegmentCore
import SegmentTestSupport

/// Each wide row is read by named columns whose places are their raw
/// values; a gap or an overlap would read one column as another.
@Suite("Named columns", .checkingStores)
struct SelectColumnTests {
    private func placesRunOn<C: SelectColumn>(_ column: C.Type, from start: Int32 = 0) -> Bool {
        C.allCases.map(\.rawValue) == Array(start..<(start + Int32(C.allCases.count)))
    }

    @Test("every pane's row and the outbox name their columns from place 0 with no gap")
    func placesFromZero() {
        #expect(placesRunOn(IncidentColumn.self))
        #expect(placesRunOn(CaseColumn.self))
        #expect(placesRunOn(NoticeColumn.self))
        #expect(placesRunOn(NeedColumn.self))
        #expect(placesRunOn(ConsumerColumn.self))
        #expect(placesRunOn(OutboxColumn.self))
    }

    @Test("an incident's record reads its own columns right after those of its row")
    func recordAfterRow() {
        #expect(placesRunOn(IncidentDetailColumn.self, from: Int32(IncidentColumn.allCases.count)))
    }

    @Test("given the demo, a record read by named columns matches its row in the pane")
    func recordMatchesRow() throws {
        let store = try demoStore()
        let row = try #require(try store.incidents(anchor: .start, limit: 1).first)
        let detail = try store.incident(id: row.id)
        #expect(detail.row.title == row.title)
        #expect(detail.row.version == row.version)
        #expect(detail.row.hasUnreadReply == row.hasUnreadReply)
        #expect(detail.version == row.version)
    }
}
