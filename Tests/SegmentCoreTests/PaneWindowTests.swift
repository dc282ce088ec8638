import Testing
@testable import SegmentCore
import SegmentTestSupport

/// Every pane reads only its visible window, in an order an index serves.
@Suite("Pane windows", .checkingStores)
struct PaneWindowTests {
    @Test("paging forward through the incidents pane by keyset visits every incident once: ours by priority, then the provider's, then done")
    func incidentsPageForward() throws {
        let store = try demoStore()
        var seen: [IncidentRow] = []
        var anchor = WindowAnchor.start
        while true {
            let page = try store.incidents(anchor: anchor, limit: 51)
            seen += page.prefix(50)
            guard page.count == 51 else { break }
            anchor = .at(page[50].key)
        }
        #expect(seen.count == (try store.incidentCount()))
        #expect(Set(seen.map(\.id)).count == seen.count)
        let firstDone = seen.firstIndex { !$0.status.isOpen } ?? seen.count
        #expect(seen[..<firstDone].allSatisfy { $0.status.isOpen })
        #expect(seen[firstDone...].allSatisfy { !$0.status.isOpen })
        let open = seen[..<firstDone]
        let firstWithProvider = open.firstIndex { $0.status.stopsCoordinatorClock } ?? open.endIndex
        #expect(open[firstWithProvider...].allSatisfy { $0.status.stopsCoordinatorClock })
        let waitingOnUs = open[..<firstWithProvider].map(\.priority.rawValue)
        #expect(waitingOnUs == waitingOnUs.sorted())
    }

    @Test("reading backwards from a row gives the rows just before it, in pane order")
    func incidentsPageBackward() throws {
        let store = try demoStore()
        let first = try store.incidents(anchor: .start, limit: 30)
        let before = try store.incidents(anchor: .before(first[20].key), limit: 5)
        #expect(before.map(\.id) == first[15..<20].map(\.id))
        let tail = try store.incidents(anchor: .end, limit: 3)
        let all = try store.incidentCount()
        let lastPage = try store.incidents(anchor: .start, limit: all)
        #expect(tail.map(\.id) == lastPage.suffix(3).map(\.id))
    }

    // The notices pane orders by the clock (drafts, in force, past), a sort
    // over a table of hundreds of rows at most; every other pane walks an index.
    @Test("each pane's window query walks its index without sorting", arguments: [
        ("incidents", "incidents_pane"), ("provider_cases", "cases_pane"),
        ("needs", "needs_pane"), ("consumers", "consumers_pane"),
    ])
    func windowUsesIndex(table: String, index: String) throws {
        let store = try demoStore(incidents: 50)
        let sql: String
        switch table {
        case "incidents": sql = KeysetWindow(select: IncidentRepository.select, keyColumns: ["i.sort_group", "i.sort_time", "i.id"], filter: nil).forward
        case "provider_cases": sql = KeysetWindow(select: CaseRepository.select, keyColumns: ["pc.sort_group", "pc.sort_time", "pc.id"], filter: nil).forward
        case "needs": sql = KeysetWindow(select: NeedRepository.select, keyColumns: ["sort_group", "sort_score", "id"], filter: nil).forward
        default: sql = KeysetWindow(select: ConsumerRepository.select, keyColumns: ["c.sort_name", "c.id"], filter: nil).forward
        }
        let keyCount = table == "consumers" ? 2 : 3
        let plan = try store.database.rows("EXPLAIN QUERY PLAN \(sql)",
                                           Array(repeating: SQLValue.integer(0), count: keyCount) + [.integer(10)]) { $0.string(3) }
        #expect(plan.contains { $0.contains(index) }, "plan: \(plan)")
        #expect(!plan.contains { $0.contains("TEMP B-TREE FOR ORDER BY") }, "plan: \(plan)")
    }

    @Test("the header's count of new replies reads only the incidents that have one, not every open incident")
    func unreadRepliesCountUsesItsIndex() throws {
        let store = try demoStore(incidents: 50)
        let plan = try store.database.rows("EXPLAIN QUERY PLAN \(OverviewRepository.openUnreadRepliesCount)") { $0.string(3) }
        #expect(plan.contains { $0.contains("incidents_reply_unread") }, "plan: \(plan)")
    }

    @Test("the header's count of consumers not ready past a deadline reads the notices first, then their answers by key")
    func notReadyCountReadsNoticesFirst() throws {
        let store = try demoStore(incidents: 50)
        let plan = try store.database.rows("EXPLAIN QUERY PLAN \(OverviewRepository.consumersNotReadyCount)", [.integer(testNow)]) { $0.string(3) }
        #expect(plan.contains { $0.hasPrefix("SCAN n") }, "plan: \(plan)")
        #expect(plan.contains { $0.hasPrefix("SEARCH a USING PRIMARY KEY (notice_id=?)") }, "plan: \(plan)")
    }

    @Test("the header counts queued messages and consumers by stage from their indexes alone")
    func outboxAndStageCountsAreCovered() throws {
        let store = try demoStore(incidents: 50)
        let queued = try store.database.rows("EXPLAIN QUERY PLAN \(OverviewRepository.queuedMessagesCount)") { $0.string(3) }
        #expect(queued.contains { $0.contains("COVERING INDEX outbox_unsent_status") }, "plan: \(queued)")
        let stages = try store.database.rows("EXPLAIN QUERY PLAN \(OverviewRepository.consumersByStageCount)") { $0.string(3) }
        #expect(stages.contains { $0.contains("COVERING INDEX consumers_stage") }, "plan: \(stages)")
    }

    @Test("the cases pane counts each case's reports and consumers from the case index alone")
    func caseCountsAreCovered() throws {
        let store = try demoStore(incidents: 50)
        let sql = KeysetWindow(select: CaseRepository.select, keyColumns: ["pc.sort_group", "pc.sort_time", "pc.id"], filter: nil).forward
        let plan = try store.database.rows("EXPLAIN QUERY PLAN \(sql)", Array(repeating: SQLValue.integer(0), count: 3) + [.integer(10)]) {
            $0.string(3)
        }
        #expect(plan.filter { $0.contains("COVERING INDEX incidents_case") }.count == 2, "plan: \(plan)")
    }

    @Test("a full-text filter narrows the incidents pane and counts its matches")
    func fullTextFilter() throws {
        let store = try demoStore()
        let matches = try store.incidentCount(filter: "503")
        #expect(matches > 0)
        #expect(matches < (try store.incidentCount()))
        let rows = try store.incidents(anchor: .start, limit: 200, filter: "503")
        #expect(rows.allSatisfy { $0.title.contains("503") || ($0.errorCode ?? "").contains("503") })
    }

    @Test("paging a filtered incidents pane forward and back visits every match once, latest recorded first")
    func filteredPaging() throws {
        let store = try demoStore()
        let expected = try store.incidentCount(filter: "inntekt")
        try #require(expected >= 20)
        var seen: [Int64] = []
        var anchor = WindowAnchor.start
        while true {
            let page = try store.incidents(anchor: anchor, limit: 11, filter: "inntekt")
            seen += page.prefix(10).map(\.id)
            guard page.count == 11 else { break }
            anchor = .at(page[10].key)
        }
        #expect(seen.count == expected)
        #expect(seen == seen.sorted(by: >))
        let back = try store.incidents(anchor: .before([.integer(seen[15])]), limit: 5, filter: "inntekt")
        #expect(back.map(\.id) == Array(seen[10..<15]))
        #expect(try store.incidents(anchor: .end, limit: 3, filter: "inntekt").map(\.id) == Array(seen.suffix(3)))
    }

    @Test("filter text that looks like FTS5 syntax is searched for, not run")
    func filterSyntaxIsInert() throws {
        let store = try demoStore(incidents: 50)
        for hostile in ["\"", "title:x", "a NEAR b", "*", "(", "AND OR NOT", "'; DROP TABLE incidents; --"] {
            _ = try store.incidents(anchor: .start, limit: 10, filter: hostile)
            _ = try store.incidentCount(filter: hostile)
        }
        #expect(try store.incidentCount() == 50)
    }

    @Test("the small panes filter by any part of a name, whatever its case, æøå included")
    func smallPaneFilter() throws {
        let store = try demoStore()
        let all = try store.consumers.window(anchor: .start, limit: 100)
        let target = try #require(all.first { $0.name.contains("ø") || $0.name.contains("å") || $0.name.contains("æ") })
        let needle = String(target.name.uppercased().prefix(6))
        let found = try store.consumers.window(anchor: .start, limit: 100, filter: needle)
        #expect(found.contains { $0.id == target.id })
        #expect(try store.consumers.count(filter: needle) == found.count)
    }
}
