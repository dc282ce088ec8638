import Testing
@testable import SegmentCore
import SegmentTestSupport

@Suite("Priority from impact and urgency", .checkingStores)
struct PriorityTests {
    @Test("the ITIL matrix gives P1 to P5", arguments: [
        (1, 1, Priority.p1), (1, 2, .p2), (2, 1, .p2), (1, 3, .p3), (2, 2, .p3), (3, 1, .p3),
        (2, 3, .p4), (3, 2, .p4), (3, 3, .p5),
    ])
    func matrix(impact: Int, urgency: Int, expected: Priority) {
        #expect(Assessment(impact: impact, urgency: urgency).priority == expected)
    }

    @Test("a new P1 answers within 30 minutes; with the provider the coordinator's clock stops")
    func serviceLevelClock() {
        let level = ServiceLevel.standard
        #expect(level.dueAt(priority: .p1, status: .new, receivedAt: 0, respondedAt: nil) == 1800)
        #expect(level.dueAt(priority: .p1, status: .triaged, receivedAt: 0, respondedAt: 60) == 14_400)
        #expect(level.dueAt(priority: .p1, status: .forwarded, receivedAt: 0, respondedAt: 60) == nil)
        #expect(level.dueAt(priority: .p1, status: .closed, receivedAt: 0, respondedAt: 60) == nil)
    }
}
