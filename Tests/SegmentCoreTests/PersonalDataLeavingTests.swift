import Foundation
import Testing
@testable import SegmentCore
import SegmentTestSupport

/// A national identity number one bank wrote must not reach another bank, the
/// provider or an export by accident: everything that leaves is masked.
@Suite("Personal data in what leaves", .checkingStores)
struct PersonalDataLeavingTests {
    /// Three banks reporting HTTP 503 on inntekt-api, grouped into one case;
    /// banks 0 and 1 name an applicant's number in their titles, joined and
    /// in its written form.
    private func caseOfThreeBanks() throws -> (store: Store, caseID: Int64, ids: [Int64]) {
        let store = try emptyStore()
        let ids = try threeBanksReporting(["503 for søker 01019010046", "503 for søker 010190 10046", "HTTP 503"], in: store)
        return (store, try #require(try Grouping(store: store).group(ids).openedCaseID), ids)
    }

    @Test("resolving a case tells every reporter, and no reporter sees the number another bank wrote or the operator typed")
    func resolutionIsMasked() throws {
        let (store, caseID, _) = try caseOfThreeBanks()
        let planned = try store.caseDesk.resolutionMessages(caseID: caseID, resolution: "Fixed for 15058523442 and others.")
        #expect(planned.count == 3)
        #expect(planned.allSatisfy { $0.maskedCount >= 2 })
        try store.caseDesk.resolveCase(caseID: caseID, resolution: "Fixed for 15058523442 and others.")
        let sent = try store.outbox.messages()
        #expect(sent.count == 3)
        for message in sent {
            for number in ["01019010046", "010190 10046", "15058523442"] {
                #expect(!message.subject.contains(number) && !message.body.contains(number))
            }
        }
    }

    @Test("a reply's own text is masked, and the preview says how many numbers were")
    func replyIsMasked() throws {
        let (store, _, ids) = try caseOfThreeBanks()
        let planned = try Replies(store: store).message(incidentID: ids[2], text: "Gjelder det 010190 10046?")
        #expect(planned.maskedCount == 1)
        #expect(!planned.body.contains("10046"))
        try Replies(store: store).send(incidentID: ids[2], text: "Gjelder det 010190 10046?", resolution: nil)
        #expect(try !#require(try store.outbox.messages().first).body.contains("010190 10046"))
    }

    @Test("whatever a workflow hands the outbox is masked at its door")
    func outboxDoorMasks() throws {
        let store = try emptyStore()
        _ = try store.database.inTransaction {
            try store.outbox.queue(to: "a@b.example", subject: "om 01019010046", body: "fnr 010190-10046", entity: .providerCase, entityID: 1)
        }
        let message = try #require(try store.outbox.messages().first)
        #expect(message.subject == "om [fnr masked]")
        #expect(message.body == "fnr [fnr masked]")
    }

    @Test("the number is masked in every way people write it; an order number of eleven digits that fails the check stays", arguments: [
        ("søker 01019010046.", "søker [fnr masked]."), ("søker 010190 10046", "søker [fnr masked]"),
        ("søker 010190-10046", "søker [fnr masked]"), ("søker 01.01.90 10046", "søker [fnr masked]"),
        ("søker 010190.10046", "søker [fnr masked]"), ("søker 01.01.90-10046", "søker [fnr masked]"),
        ("søker 0101 90 10046", "søker [fnr masked]"), ("ordre 01019010047", "ordre 01019010047"),
        ("født 01.01.90, sak 10046", "født 01.01.90, sak 10046"), ("ref 01019010046-2", "ref [fnr masked]-2"),
    ])
    func writtenForms(text: String, expected: String) {
        #expect(NationalIdentityNumber.masked(text).text == expected)
    }

    @Test("an export masks the numbers unless the operator keeps them on purpose")
    func exportIsMasked() throws {
        let (store, _, _) = try caseOfThreeBanks()
        var masked = ""
        try Exporter(store: store).export(.incidents, format: .jsonl, forTerminal: false) { masked += $0 }
        #expect(!masked.contains("010190 10046"))
        #expect(masked.contains("[fnr masked]"))
        var kept = ""
        try Exporter(store: store, keepingPersonalData: true).export(.incidents, format: .csv, forTerminal: false) { kept += $0 }
        #expect(kept.contains("010190 10046"))
    }
}
