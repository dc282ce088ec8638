import Foundation
import Testing
@testable import SegmentCore
import SegmentTestSupport

@Suite("A notice corrected: edited, postponed, withdrawn, ended, each consumer told in its thread", .checkingStores)
struct NoticeCorrectionTests {
    /// Skatteetaten's inntekt-api and skatt-api; Fjordbanken and Bjørnøya
    /// live on inntekt-api, Vestbanken authorised for test only, Nordbanken
    /// live on skatt-api alone.
    private func segment() throws -> Store {
        let store = try testStore(path: ":memory:", operatorLogin: "kari", now: { testNow })
        let provider = try store.providers.add(key: "ske", name: "Skatteetaten", email: "tilbyder@skatteetaten.example")
        let inntekt = try store.providers.addService(providerID: provider, key: "inntekt-api", name: "Inntekt", environments: [.production, .test])
        let skatt = try store.providers.addService(providerID: provider, key: "skatt-api", name: "Skatt", environments: [.production])
        let banks: [(String, String, String, OnboardingStage, Int64, Language)] = [
            ("974760673", "Fjordbanken", "fjordbanken.example", .live, inntekt, .bokmal),
            ("910212958", "Bjørnøya Sparebank", "bjornoya.example", .live, inntekt, .english),
            ("923609016", "Vestbanken", "vestbanken.example", .authorisedTest, inntekt, .bokmal),
            ("889640782", "Nordbanken", "nordbanken.example", .live, skatt, .bokmal),
        ]
        for (number, name, domain, stage, service, language) in banks {
            try store.addConsumer(NewConsumer(
                organisationNumber: try OrganisationNumber(number), name: name, mailDomain: domain, stage: stage,
                contacts: [Contact(role: .technical, name: "Drift", email: "drift@\(domain)", isSharedMailbox: true)],
                serviceIDs: [service], language: language))
        }
        return store
    }

    private let day = Int64(86_400)

    /// A maintenance window on inntekt-api from three days ahead, published to the two live banks.
    private func publishedMaintenance(_ store: Store) throws -> Int64 {
        let (id, _) = try store.noticeDesk.writeNotice(NoticeDraft(
            kind: .maintenance, title: "Vedlikehold inntekt-api", body: "Tjenesten er nede i to timer.", serviceKeys: ["inntekt-api"],
            effectiveAt: testNow + 3 * day, deadline: nil, breaking: false, endsAt: testNow + 3 * day + 7_200))
        try store.noticeDesk.publishNotice(id: id)
        return id
    }

    private func outbox(_ store: Store) throws -> [OutboxMessage] { try store.outbox.messages().reversed() }

    @Test("a draft's title and effective day are corrected with no message; the journal keeps before and after")
    func draftCorrected() throws {
        let store = try segment()
        let (id, _) = try store.noticeDesk.writeNotice(NoticeDraft(
            kind: .datasetChange, title: "Ny kodeliste", body: "Se vedlegg.", serviceKeys: ["inntekt-api"],
            effectiveAt: testNow + 10 * day, deadline: nil, breaking: false))
        try store.noticeDesk.correctNotice(id: id, .edit(.title, "Ny kodeliste for inntektstyper"))
        try store.noticeDesk.correctNotice(id: id, .edit(.effective, "2026-12-20 08:00"))
        let notice = try store.notice(id: id)
        #expect(notice.row.title == "Ny kodeliste for inntektstyper" && notice.row.status == .draft)
        #expect(notice.row.effectiveAt == Timestamp.parse("2026-12-20T07:00:00Z"))
        #expect(try outbox(store).isEmpty)
        let entries = try store.history(entity: .notice, id: id).filter { $0.action == JournalAction.corrected.rawValue }
        #expect(entries.map(\.before) == [#"title="Ny kodeliste""#, "effective=2026-12-06T12:00:00Z"])
        #expect(entries.map(\.after).last??.hasPrefix("effective=2026-12-20T07:00:00Z corrections=0") == true)
    }

    @Test("postponing a published maintenance by a day moves its end too and queues one correction per bank sent it, in that bank's thread")
    func postponedPublished() throws {
        let store = try segment()
        let id = try publishedMaintenance(store)
        let notices = try outbox(store)
        #expect(notices.count == 2)
        let plan = try store.noticeDesk.correction(of: id, .postpone("2026-11-30 22:00"))
        #expect(plan.corrections.messages.count == 2 && plan.added == 0)
        try store.noticeDesk.correctNotice(id: id, .postpone("2026-11-30 22:00"))
        let notice = try store.notice(id: id)
        #expect(notice.row.effectiveAt == Timestamp.parse("2026-11-30T21:00:00Z"))
        #expect(notice.endsAt == Timestamp.parse("2026-11-30T23:00:00Z"))
        let corrections = try outbox(store).dropFirst(2)
        #expect(corrections.count == 2)
        for correction in corrections {
            let original = try #require(notices.first { $0.recipient == correction.recipient })
            #expect(correction.inReplyTo == original.messageID)
            #expect(correction.references == original.messageID)
        }
        let bokmal = try #require(corrections.first { $0.recipient == "drift@fjordbanken.example" })
        #expect(bokmal.subject == "[SEG-N\(id)] Endret: Vedlikehold inntekt-api")
        #expect(bokmal.body.contains("Fra dato: 30.11.2026 22:00 (var 29.11.2026 13:00)"), "\(bokmal.body)")
        let english = try #require(corrections.first { $0.recipient == "drift@bjornoya.example" })
        #expect(english.subject == "[SEG-N\(id)] Changed: Vedlikehold inntekt-api")
        #expect(english.body.contains("Effective: 2026-11-30T21:00:00Z (was 2026-11-29T12:00:00Z)"), "\(english.body)")
    }

    @Test("moving a published notice to test adds Vestbanken, which gets the notice itself; the live banks get the correction")
    func environmentAddsConsumer() throws {
        let store = try segment()
        let id = try publishedMaintenance(store)
        let plan = try store.noticeDesk.correction(of: id, .edit(.environment, "test"))
        #expect(plan.corrections.messages.count == 2 && plan.added == 1)
        try store.noticeDesk.correctNotice(id: id, .edit(.environment, "test"))
        let sent = try outbox(store).dropFirst(2)
        #expect(sent.filter { $0.subject.contains("Endret") || $0.subject.contains("Changed") }.count == 2)
        let newcomer = try #require(sent.first { $0.recipient == "drift@vestbanken.example" })
        #expect(newcomer.subject == "[SEG-N\(id)] Vedlikehold: Vedlikehold inntekt-api" && newcomer.inReplyTo == nil)
        #expect(try store.notice(id: id).row.audience == 3)
    }

    @Test("withdrawing a published notice tells each bank sent it why, shows withdrawn in the pane and the export, and stops its reminders")
    func withdrawn() throws {
        let store = try segment()
        let id = try publishedMaintenance(store)
        try store.noticeDesk.correctNotice(id: id, .withdraw(reason: "Vedlikeholdet er avlyst"))
        let messages = try outbox(store).dropFirst(2)
        #expect(messages.count == 2)
        #expect(messages.allSatisfy { $0.subject.hasPrefix("[SEG-N\(id)] ") })
        #expect(messages.contains { $0.body.contains("Årsak: Vedlikeholdet er avlyst") })
        #expect(try store.notice(id: id).row.status == .withdrawn)
        var exported = ""
        try Exporter(store: store).export(.notices, format: .jsonl, forTerminal: false) { exported += $0 }
        #expect(exported.contains(#""status":"withdrawn""#))
        #expect(try store.noticeDesk.noticeReminders().isEmpty)
        #expect(throws: StoreError.refused(.noticeWithdrawn(notice: id))) {
            try store.noticeDesk.correctNotice(id: id, .edit(.title, "Noe annet"))
        }
    }

    @Test("ending an outage in force sets its end now and tells each bank it is over; a dataset change cannot be ended")
    func outageEnded() throws {
        let store = try segment()
        let (id, _) = try store.noticeDesk.writeNotice(NoticeDraft(
            kind: .deviation, title: "Inntekt svarer 503", body: "Vi feilsøker.", serviceKeys: ["inntekt-api"],
            effectiveAt: testNow - 3_600, deadline: nil, breaking: false))
        try store.noticeDesk.publishNotice(id: id)
        try store.noticeDesk.correctNotice(id: id, .end)
        #expect(try store.notice(id: id).endsAt == testNow)
        let over = try outbox(store).dropFirst(2)
        #expect(over.map(\.subject).sorted() == ["[SEG-N\(id)] Avsluttet: Inntekt svarer 503", "[SEG-N\(id)] Over: Inntekt svarer 503"])
        #expect(throws: StoreError.refused(.notInForce(notice: id))) { try store.noticeDesk.correctNotice(id: id, .end) }
        let (change, _) = try store.noticeDesk.writeNotice(NoticeDraft(
            kind: .datasetChange, title: "Nytt felt", body: "", serviceKeys: ["inntekt-api"], effectiveAt: testNow, deadline: nil, breaking: false))
        #expect(throws: StoreError.refused(.endsOnlyOutages(notice: change, kind: "dataset"))) {
            try store.noticeDesk.correctNotice(id: change, .end)
        }
    }

    @Test("bad corrections say what is wrong and change nothing: the past, no reason, an unreadable day, the same value, another provider's service")
    func refusals() throws {
        let store = try segment()
        let id = try publishedMaintenance(store)
        let before = try store.notice(id: id)
        #expect(throws: StoreError.refused(.postponeIntoPast(notice: id, text: "2026-11-01"))) {
            try store.noticeDesk.correctNotice(id: id, .postpone("2026-11-01"))
        }
        #expect(throws: StoreError.refused(.withdrawalNeedsReason)) { try store.noticeDesk.correctNotice(id: id, .withdraw(reason: "")) }
        #expect(throws: StoreError.refused(.notAMoment(field: "ends", text: "31.12"))) {
            try store.noticeDesk.correctNotice(id: id, .edit(.ends, "31.12"))
        }
        #expect(throws: StoreError.refused(.noticeUnchanged(notice: id, field: "services"))) {
            try store.noticeDesk.correctNotice(id: id, .edit(.services, "inntekt-api"))
        }
        #expect(throws: StoreError.refused(.endsBeforeEffective)) {
            try store.noticeDesk.correctNotice(id: id, .edit(.ends, "2026-11-27"))
        }
        #expect(try store.notice(id: id) == before)
        #expect(try outbox(store).count == 2)
    }

    @Test("a bank's answer that names the correction only in In-Reply-To, with no tag in its subject, is an answer on the notice")
    func untaggedAnswerOnTheCorrection() throws {
        let store = try segment()
        let id = try publishedMaintenance(store)
        try store.noticeDesk.correctNotice(id: id, .postpone("2026-11-30 22:00"))
        let correction = try #require(try store.outbox.messages().first { $0.recipient == "drift@fjordbanken.example" })
        let answer = try InboundMail.parse(Array("""
            From: Drift <drift@fjordbanken.example>\r\nMessage-ID: <svar-1@fjordbanken.example>\r\nIn-Reply-To: \(correction.messageID)\r\nSubject: Sv: vedlikehold\r\n\r\nKLAR\r\n
            """.utf8))
        _ = try MailIntake(store: store).take(answer, deliveredAt: testNow + 60)
        let fjordbanken = try #require(try store.notice(id: id).acknowledgements.first { $0.consumerName == "Fjordbanken" })
        #expect(fjordbanken.state == .ready)
    }
}
