import Foundation
import Testing
@testable import SegmentCore
import SegmentTestSupport

@Suite("Keeping reporters and the provider informed while a case is open", .checkingStores)
struct KeepingReportersInformedTests {
    @Test("given three banks in a forwarded case, :tell queues one message per reporter, each with its own reference and the status")
    func tellEachReporter() throws {
        let store = try emptyStore()
        let ids = try threeBanksReporting(["HTTP 503 A", "HTTP 503 B", "HTTP 503 C"], in: store)
        let caseID = try #require(try Grouping(store: store).group(ids).openedCaseID)
        try Forwarding(store: store).forward(caseID: caseID)
        let before = try store.outbox.messages().count
        #expect(try store.caseDesk.tellReporters(caseID: caseID, text: "Leverandøren feilsøker; neste oppdatering kl. 14.") == 3)
        let told = try store.outbox.messages().prefix(try store.outbox.messages().count - before)
        #expect(Set(told.map(\.recipient)) == ["drift0@bank0.eksempel.no", "drift1@bank1.eksempel.no", "drift2@bank2.eksempel.no"])
        for id in ids { #expect(told.contains { $0.subject.hasPrefix("[SEG-\(id)] Oppdatering:") && $0.body.contains("SEG-\(id)") }) }
        #expect(told.allSatisfy { $0.body.contains("Status: oversendt") && $0.body.contains("neste oppdatering kl. 14") })
        #expect(try store.history(entity: .providerCase, id: caseID).contains { $0.action == "reporters told" })
    }

    @Test("a forwarded case that gains a bank shows one new since forwarded, and f sends an addendum naming only it, in the report's thread")
    func addendum() throws {
        let store = try emptyStore()
        let ids = try threeBanksReporting(["HTTP 503 A", "HTTP 503 B", "HTTP 503 C"], in: store)
        let caseID = try #require(try Grouping(store: store).group(Array(ids.prefix(2))).openedCaseID)
        try Forwarding(store: store).forward(caseID: caseID)
        #expect(try store.caseDesk.providerCase(id: caseID).consumersNotForwarded == 0)
        #expect(throws: StoreError.self) { try Forwarding(store: store).addendum(caseID: caseID) }

        _ = try Grouping(store: store).group([ids[2]])
        #expect(try store.caseDesk.providerCase(id: caseID).consumersNotForwarded == 1)
        let message = try Forwarding(store: store).addendum(caseID: caseID)
        #expect(message.subject.hasPrefix("[SEG-C\(caseID)] Tillegg: 1 konsument til er berørt"))
        #expect(message.body.contains("konsument 923609016") && !message.body.contains("konsument 974760673"))
        try Forwarding(store: store).forward(caseID: caseID)
        #expect(try store.outbox.messages().count == 2)
        let (sent, report) = (try store.outbox.messages()[0], try store.outbox.messages()[1])
        #expect(sent.inReplyTo == report.messageID && sent.references == report.messageID, "the addendum threads under the report")
        #expect(try store.caseDesk.providerCase(id: caseID).consumersNotForwarded == 0)
        #expect(throws: StoreError.self) { try Forwarding(store: store).forward(caseID: caseID) }
    }
}
