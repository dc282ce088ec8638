import Foundation
import Testing
@testable import SegmentCore
import SegmentTestSupport

/// The segment's agreement with the provider: versions, who accepted which,
/// and reminders to those who have not, never twice for one point.
@Suite("Agreements and acceptance", .checkingStores)
struct AgreementTests {
    /// Three banks (the third offboarded) and agreement v1 (all accepted) and v2, due in 10 days.
    private func segment(now: @escaping () -> Int64 = { testNow }) throws -> Store {
        let store = try testStore(path: ":memory:", operatorLogin: "kari", now: now)
        for (index, number) in ["974760673", "910212958", "923609016"].enumerated() {
            try store.addConsumer(NewConsumer(
                organisationNumber: try OrganisationNumber(number), name: "Bank \(index)", stage: index == 2 ? .offboarded : .live,
                contacts: [Contact(role: .business, name: "Leder", email: "leder@bank\(index).example", isSharedMailbox: false),
                           Contact(role: .technical, name: "Drift", email: "drift@bank\(index).example", isSharedMailbox: true)]))
        }
        let agreements = """
            {"version":1,"title":"Vilkår v1","effective_at":"2025-01-01T00:00:00Z"}
            {"version":2,"title":"Vilkår v2","reference":"DOC-2026-17","effective_at":"2026-12-15T00:00:00Z","accept_by":"2026-12-06T12:00:00Z"}
            """
        #expect(try store.agreementDesk.importAgreements(IntakeFile.read(Data(agreements.utf8), name: "a.jsonl", csv: false),
                                           file: "a.jsonl", skipBad: false).imported == 2)
        let acceptances = """
            org_number,version,accepted_at,accepted_by
            974760673,1,2025-01-10T10:00:00Z,Leder
            910212958,1,2025-01-11T10:00:00Z,
            """
        #expect(try store.agreementDesk.importAcceptances(IntakeFile.read(Data(acceptances.utf8), name: "x.csv", csv: true),
                                            file: "x.csv", skipBad: false).imported == 2)
        return store
    }

    @Test("asked at 12:00, nobody is reminded the same day; at the 7-day point those that lack the newest version are, offboarded ones never; :accept takes one off")
    func remindersGoToThoseWhoLack() throws {
        var clock = testNow
        let store = try segment(now: { clock })
        #expect(try store.agreementDesk.requestAcceptance(version: 2) == 2)
        #expect(try store.agreementReminders().isEmpty, "the 14-day point came before they were asked")
        clock += 600
        #expect(try store.agreementReminders().isEmpty, "ten minutes after the request")
        clock = try #require(Timestamp.parse("2026-11-29T12:00:00Z"))
        #expect(try store.agreementReminders().map(\.organisationNumber) == ["910212958", "974760673"])
        try store.agreementDesk.acceptAgreement(consumerID: 1, version: 2)
        let reminders = try store.agreementReminders()
        #expect(reminders.map(\.organisationNumber) == ["910212958"])
        #expect(reminders.map(\.recipient) == ["leder@bank1.example"])
        #expect(try store.history(entity: .consumer, id: 1).last?.after?.contains("version=2 by=kari") == true)
        #expect(throws: StoreError.self) { try store.agreementDesk.acceptAgreement(consumerID: 2, version: 9) }
    }

    @Test("run twice, remind queues each point's reminder once; at the last point the technical contact is told too")
    func neverTwiceForOnePoint() throws {
        var clock = testNow
        let store = try segment(now: { clock })
        try store.agreementDesk.requestAcceptance(version: 2)
        clock = try #require(Timestamp.parse("2026-11-29T12:00:00Z"))
        #expect(try store.sendReminders(try store.agreementReminders()) == 2)
        #expect(try store.agreementReminders().isEmpty)
        let messages = try store.outbox.messages()
        for reminder in messages.prefix(2) {
            let request = try #require(messages.dropFirst(2).first { $0.recipient == reminder.recipient })
            #expect(reminder.inReplyTo == request.messageID, "a reminder threads under that consumer's request")
        }
        clock = try #require(Timestamp.parse("2026-12-05T00:00:00Z"))
        let last = try store.agreementReminders()
        #expect(last.map(\.recipient) == ["leder@bank1.example", "drift@bank1.example", "leder@bank0.example", "drift@bank0.example"])
        try store.sendReminders(last)
        #expect(try store.agreementReminders().isEmpty)
        #expect(try store.outbox.messages().count == 8)
        #expect(try store.check().isEmpty)
    }

    @Test("an acceptance naming an unknown consumer or version is refused with its line")
    func badAcceptance() throws {
        let store = try segment()
        let csv = "org_number,version,accepted_at\n974760673,7,2026-01-01T00:00:00Z\n"
        #expect(throws: ImportRefused.self) {
            try store.agreementDesk.importAcceptances(IntakeFile.read(Data(csv.utf8), name: "x.csv", csv: true), file: "x.csv", skipBad: false)
        }
    }

    @Test("asking for acceptance writes each consumer not offboarded once; a reply on the tag is kept on its record, not accepted")
    func askAndReply() throws {
        let store = try segment()
        #expect(try store.agreementDesk.requestAcceptance(version: 2) == 2)
        let asked = try store.outbox.messages()
        #expect(Set(asked.map(\.recipient)) == ["leder@bank0.example", "leder@bank1.example"])
        #expect(asked.allSatisfy { $0.subject.hasPrefix("[SEG-A2] Vennligst godta: Vilkår v2 innen 06.12.2026") })
        #expect(throws: StoreError.self) { try store.agreementDesk.requestAcceptance(version: 2) }
        let reply = try InboundMail.parse(Array("""
            From: Leder <leder@bank1.example>\r
            Subject: SV: [SEG-A2] Please accept: Vilkår v2\r
            Message-ID: <a2@bank1.example>\r
            \r
            Signert dokument kommer i posten.\r

            """.utf8))
        #expect(try MailIntake(store: store).take(reply, deliveredAt: testNow) == .agreementAnswer(consumerID: 2))
        let record = try store.consumerDesk.consumer(id: 2)
        #expect(record.agreementMail.map(\.subject) == ["SV: [SEG-A2] Please accept: Vilkår v2"])
        #expect(record.row.acceptedAgreement == 1)
    }
}
