import Foundation
import Testing
@testable import SegmentCore
import SegmentTestSupport

@Suite("A notice's life: draft, published, answered, reminded, ended", .checkingStores)
struct NoticeLifeTests {
    /// Skatteetaten's inntekt-api; four banks using it: two live, one only
    /// authorised for test, one offboarded. Each has a technical and a
    /// business contact at its own domain.
    private func segment(policy: CoordinationPolicy = CoordinationPolicy(), now: @escaping () -> Int64 = { testNow }) throws -> Store {
        let store = try testStore(path: ":memory:", operatorLogin: "kari", now: now, policy: policy)
        let provider = try store.providers.add(key: "ske", name: "Skatteetaten", email: "tilbyder@skatteetaten.example")
        let service = try store.providers.addService(providerID: provider, key: "inntekt-api", name: "Inntekt", environments: [.production, .test])
        let banks: [(String, String, String, OnboardingStage)] = [
            ("974760673", "Fjordbanken", "fjordbanken.example", .live),
            ("910212958", "Bjørnøya Sparebank", "bjornoya.example", .live),
            ("923609016", "Vestbanken", "vestbanken.example", .authorisedTest),
            ("889640782", "Gamlebanken", "gamlebanken.example", .offboarded),
        ]
        for (number, name, domain, stage) in banks {
            try store.addConsumer(NewConsumer(
                organisationNumber: try OrganisationNumber(number), name: name, mailDomain: domain, stage: stage,
                contacts: [Contact(role: .technical, name: "Drift", email: "drift@\(domain)", isSharedMailbox: true),
                           Contact(role: .business, name: "Leder", email: "leder@\(domain)", isSharedMailbox: false)],
                serviceIDs: [service]))
        }
        return store
    }

    private func importNotices(_ lines: [String], into store: Store) throws -> NoticeImportReport {
        let contents = IntakeFile.read(Data(lines.joined(separator: "\n").utf8), name: "n.jsonl", csv: false, as: IncomingNotice.self)
        #expect(contents.problems.isEmpty, "\(contents.problems)")
        return try store.noticeDesk.importNotices(contents, file: "n.jsonl", skipBad: false)
    }

    private let breakingChange = #"{"provider":"ske","kind":"interface_change","title":"Inntekt API v1 fases ut","services":["inntekt-api"],"effective_at":"2026-12-20T00:00:00Z","deadline":"2026-12-10T00:00:00Z","breaking":true,"body":"Bytt til v2."}"#

    private func outbox(_ store: Store) throws -> [OutboxMessage] { try store.outbox.messages().reversed() }

    @Test("an imported notice is a draft that queues nothing; its audience is the live banks, not the test-only or offboarded one")
    func importedIsDraft() throws {
        let store = try segment()
        let report = try importNotices([breakingChange], into: store)
        #expect(report.imported == 1 && report.consumersReached == 2 && report.messagesQueued == 0)
        let notice = try store.notice(id: 1)
        #expect(notice.row.status == .draft && notice.row.audience == 2 && notice.publishedAt == nil)
        #expect(Set(notice.acknowledgements.map(\.consumerName)) == ["Fjordbanken", "Bjørnøya Sparebank"])
        #expect(try outbox(store).isEmpty)
    }

    @Test("a notice's record lists the silent first, then those who answered, then those ready, by name; a renamed bank moves")
    func answersInOrder() throws {
        let store = try segment()
        let everyone = #"{"provider":"ske","kind":"interface_change","title":"v2","services":["inntekt-api"],"stages":["authorised_test","live"],"breaking":true,"effective_at":"2026-12-20T00:00:00Z"}"#
        _ = try importNotices([everyone], into: store)
        let names = { try store.notice(id: 1).acknowledgements.map(\.consumerName) }
        #expect(try names() == ["Bjørnøya Sparebank", "Fjordbanken", "Vestbanken"])
        try store.noticeDesk.acknowledge(noticeID: 1, organisationNumber: "910212958", state: .ready, note: nil)
        try store.noticeDesk.acknowledge(noticeID: 1, organisationNumber: "923609016", state: .assessed, note: nil)
        #expect(try names() == ["Fjordbanken", "Vestbanken", "Bjørnøya Sparebank"])
        let renamed = #"{"org_number":"974760673","name":"Ytre Fjordbank","mail_domain":"fjordbanken.example","stage":"live","services":["inntekt-api"]}"#
        try store.noticeDesk.acknowledge(noticeID: 1, organisationNumber: "974760673", state: .acknowledged, note: nil)
        #expect(try names() == ["Fjordbanken", "Vestbanken", "Bjørnøya Sparebank"])
        let contents = IntakeFile.read(Data(renamed.utf8), name: "c.jsonl", csv: false, as: IncomingConsumer.self)
        #expect(try store.consumerDesk.importConsumers(contents, file: "c.jsonl", skipBad: false, update: true).updated == 1)
        #expect(try names() == ["Vestbanken", "Ytre Fjordbank", "Bjørnøya Sparebank"])
        #expect(try store.check().isEmpty)
        damagedOnPurpose(store)
        try store.database.execute("UPDATE notice_acknowledgements SET sort_name = 'a' WHERE consumer_id = 1")
        #expect(try store.check() == ["notice_acknowledgements: 1 answer is ordered by a consumer name out of date"])
    }

    @Test("a test notice reaches consumers from authorised_test on; stages named in the file choose the audience")
    func audienceByEnvironment() throws {
        let store = try segment()
        let test = #"{"provider":"ske","kind":"maintenance","title":"Test nede","services":["inntekt-api"],"environment":"test","effective_at":"2026-12-01T00:00:00Z"}"#
        let chosen = #"{"provider":"ske","kind":"information","title":"Til dem i test","services":["inntekt-api"],"stages":["authorised_test"],"effective_at":"2026-12-01T00:00:00Z"}"#
        #expect(try importNotices([test, chosen], into: store).consumersReached == 3 + 1)
        #expect(try store.notice(id: 2).acknowledgements.map(\.consumerName) == ["Vestbanken"])
    }

    @Test("publishing queues one message per consumer, tagged, to technical with a copy to business when breaking")
    func publishing() throws {
        let store = try segment()
        _ = try importNotices([breakingChange], into: store)
        #expect(try store.noticeDesk.noticePublication(id: 1).messages.count == 2)
        #expect(try store.noticeDesk.publishNotice(id: 1) == 2)
        let sent = try outbox(store)
        #expect(sent.count == 2)
        #expect(sent.allSatisfy { $0.subject.hasPrefix("[SEG-N1] Brytende endring: Inntekt API v1 fases ut") })
        #expect(Set(sent.map(\.recipient)) == ["drift@fjordbanken.example", "drift@bjornoya.example"])
        #expect(Set(sent.compactMap(\.copyTo)) == ["leder@fjordbanken.example", "leder@bjornoya.example"])
        #expect(sent[0].body.contains("KLAR"))
        #expect(try store.notice(id: 1).row.status == .published)
        #expect(throws: StoreError.refused(.noRecipients(notice: 1, unreachable: 0))) { try store.noticeDesk.publishNotice(id: 1) }
        #expect(throws: StoreError.refused(.noRecipients(notice: 1, unreachable: 0))) {
            try store.noticeDesk.noticePublication(id: 1).requireRecipients(notice: 1)
        }
        #expect(try outbox(store).count == 2)
    }

    @Test("a regulatory notice goes to the business contact alone, and the mail carries a Cc only when there is a copy")
    func regulatoryToBusiness() throws {
        let store = try segment()
        _ = try importNotices([#"{"provider":"ske","kind":"regulatory","title":"Ny forskrift","services":["inntekt-api"],"effective_at":"2027-01-01T00:00:00Z","publish":true}"#], into: store)
        let sent = try outbox(store)
        #expect(Set(sent.map(\.recipient)) == ["leder@fjordbanken.example", "leder@bjornoya.example"])
        #expect(sent.allSatisfy { $0.copyTo == nil })
        let outboxText = try Outbox(store: store, transport: .maildir(path: "/nonexistent"), from: "seg@example.no").format(sent[0])
        #expect(!outboxText.contains("Cc:"))
    }

    @Test("a draft's audience can gain a test bank and lose a live one before it is published; an offboarded bank cannot be added")
    func audienceEdits() throws {
        let store = try segment()
        _ = try importNotices([breakingChange], into: store)
        try store.noticeDesk.changeAudience(noticeID: 1, organisationNumber: "923609016", adding: true)
        try store.noticeDesk.changeAudience(noticeID: 1, organisationNumber: "974 760 673", adding: false)
        #expect(throws: StoreError.self) { try store.noticeDesk.changeAudience(noticeID: 1, organisationNumber: "889640782", adding: true) }
        #expect(Set(try store.notice(id: 1).acknowledgements.map(\.consumerName)) == ["Bjørnøya Sparebank", "Vestbanken"])
        try store.noticeDesk.publishNotice(id: 1)
        #expect(throws: StoreError.self) { try store.noticeDesk.changeAudience(noticeID: 1, organisationNumber: "923609016", adding: false) }
    }

    @Test("a reply with the tag acknowledges; READY as its first words makes the bank ready; an imported ack makes another ready")
    func answers() throws {
        let store = try segment()
        _ = try importNotices([breakingChange], into: store)
        try store.noticeDesk.publishNotice(id: 1)
        let reply = try InboundMail.parse(Array("""
            From: Drift <drift@fjordbanken.example>\r
            To: seg@example.no\r
            Subject: SV: [SEG-N1] Breaking change: Inntekt API v1 fases ut\r
            Message-ID: <svar-1@fjordbanken.example>\r
            Date: Thu, 26 Nov 2026 11:00:00 +0000\r
            \r
            Takk, vi ser på det.\r
            > Reply READY when you are ready\r

            """.utf8))
        #expect(try MailIntake(store: store).take(reply, deliveredAt: testNow - 3600) == .noticeAnswer(noticeID: 1))
        var detail = try store.notice(id: 1)
        let fjord = detail.acknowledgements.first { $0.consumerName == "Fjordbanken" }!
        #expect(fjord.state == .acknowledged && fjord.answeredBy == "drift@fjordbanken.example")
        #expect(detail.answers.count == 1 && detail.answers[0].text.contains("Takk"))

        let acks = IntakeFile.read(Data(#"{"notice":1,"org_number":"910212958","state":"ready","at":"2026-11-26T10:00:00Z","note":"Testet"}"#.utf8),
                                   name: "a.jsonl", csv: false, as: IncomingAcknowledgement.self)
        #expect(try store.noticeDesk.importAcknowledgements(acks, file: "a.jsonl", skipBad: false).recorded == 1)
        detail = try store.notice(id: 1)
        #expect(detail.row.done == 1 && detail.row.answered == 2 && detail.row.silent == 0)

        var exported = ""
        try Exporter(store: store).export(.acks, format: .csv, forTerminal: false) { exported += $0 }
        let lines = exported.split(separator: "\r\n")
        #expect(lines[0].hasPrefix("notice,org_number,consumer,state,state_at"))
        #expect(lines.contains { $0.hasPrefix("1,974760673,Fjordbanken,acknowledged,2026-11-26T11:00:00Z") })
        #expect(lines.contains { $0.hasPrefix("1,910212958,Bjørnøya Sparebank,ready,2026-11-26T10:00:00Z") })
        #expect(AcknowledgementState.stated(in: "> READY\nNOT AFFECTED, vi bruker ikke v1") == .notAffected)
    }

    @Test("a reply from someone the notice did not reach is a new report, not an answer")
    func strangerAnswer() throws {
        let store = try segment()
        _ = try importNotices([breakingChange], into: store)
        try store.noticeDesk.publishNotice(id: 1)
        let mail = try InboundMail.parse(Array("From: x@annen.example\r\nSubject: [SEG-N1] READY\r\nMessage-ID: <x@annen>\r\n\r\nREADY\r\n".utf8))
        guard case .newIncident = try MailIntake(store: store).take(mail, deliveredAt: testNow) else { Issue.record("expected a new incident"); return }
        #expect(try store.notice(id: 1).row.answered == 0)
    }

    @Test("a bad acks line is refused by FILE:LINE: field:, and nothing is recorded")
    func badAcks() throws {
        let store = try segment()
        _ = try importNotices([breakingChange], into: store)
        let text = """
            {"notice":1,"org_number":"974760673","state":"ready"}
            {"notice":1,"org_number":"974760673","state":"happy"}
            {"notice":9,"org_number":"974760673","state":"ready"}
            {"notice":1,"org_number":"889640782","state":"ready"}
            """
        let acks = IntakeFile.read(Data(text.utf8), name: "a.jsonl", csv: false, as: IncomingAcknowledgement.self)
        #expect(acks.problems.map(\.description) == [
            "a.jsonl:2: state: expected one of pending, acknowledged, assessed, ready, not_affected, got \"happy\""])
        #expect(throws: ImportRefused.self) { try store.noticeDesk.importAcknowledgements(acks, file: "a.jsonl", skipBad: false) }
        #expect(try store.notice(id: 1).row.answered == 0)
        let report = try store.noticeDesk.importAcknowledgements(acks, file: "a.jsonl", skipBad: true)
        #expect(report.recorded == 1 && report.skipped.map(\.description) == [
            "a.jsonl:2: state: expected one of pending, acknowledged, assessed, ready, not_affected, got \"happy\"",
            "a.jsonl:3: notice: no notice #9",
            "a.jsonl:4: org_number: 889640782 is not in notice #1's audience"])
    }

    @Test("published 13½ days before its deadline, nobody is reminded right after; at the 7-day point the pending bank is and the ready one not, once")
    func reminders() throws {
        var clock = testNow
        let store = try segment(now: { clock })
        _ = try importNotices([breakingChange], into: store)
        try store.noticeDesk.publishNotice(id: 1)
        try store.noticeDesk.acknowledge(noticeID: 1, organisationNumber: "910212958", state: .ready, note: nil)
        #expect(try store.noticeDesk.noticeReminders().isEmpty, "the 14-day point came before the notice was sent")
        clock += 2 * 86_400
        #expect(try store.noticeDesk.noticeReminders().isEmpty, "no point has come since it was sent")
        clock = try #require(Timestamp.parse("2026-12-03T00:00:00Z"))
        let due = try store.noticeDesk.noticeReminders()
        #expect(due.map(\.organisationNumber) == ["974760673"])
        #expect(due[0].subject.hasPrefix("[SEG-N1] Påminnelse:") && due[0].daysBefore == [14, 7])
        #expect(try store.sendReminders(due) == 1)
        #expect(try store.noticeDesk.noticeReminders().isEmpty)
        #expect(try store.notice(id: 1).acknowledgements.first { $0.consumerName == "Fjordbanken" }?.remindersSent == 1)
    }

    @Test("sent two hours before the 7-day point, a bank is not reminded at that point but a day after it was sent")
    func reminderWaitsTheLeastGap() throws {
        let point = try #require(Timestamp.parse("2026-12-03T00:00:00Z"))
        var clock = point - 7_200
        let store = try segment(now: { clock })
        _ = try importNotices([breakingChange], into: store)
        try store.noticeDesk.publishNotice(id: 1)
        clock = point + 60
        #expect(try store.noticeDesk.noticeReminders().isEmpty, "two hours after the notice")
        clock = point - 7_200 + 86_400
        #expect(try store.noticeDesk.noticeReminders().map(\.organisationNumber) == ["910212958", "974760673"])
    }

    @Test("an outage whose end has passed shows and exports as ended; the header counts banks not ready past a deadline")
    func endedByTheClock() throws {
        let store = try segment()
        let past = #"{"provider":"ske","kind":"outage","title":"Avvik","services":["inntekt-api"],"effective_at":"2026-11-24T08:00:00Z","ends_at":"2026-11-24T10:00:00Z","publish":true}"#
        let late = #"{"provider":"ske","kind":"interface_change","title":"Sent","services":["inntekt-api"],"effective_at":"2026-11-30T00:00:00Z","deadline":"2026-11-25T00:00:00Z","breaking":true,"publish":true}"#
        _ = try importNotices([past, late], into: store)
        #expect(try store.notice(id: 1).row.status == .ended)
        var exported = ""
        try Exporter(store: store).export(.notices, format: .jsonl, forTerminal: false) { exported += $0 }
        #expect(exported.split(separator: "\n").first?.contains(#""status":"ended""#) == true)
        #expect(try store.overview().consumersNotReadyPastDeadline == 2)
        #expect(try store.overview().medianNoticeLeadTime == 3 * 86_400 + 12 * 3_600)
    }

    @Test("untagged mail from the provider's domain becomes a draft notice, not an incident; :kind classifies it")
    func providerMail() throws {
        let store = try segment()
        let mail = try InboundMail.parse(Array("""
            From: Drift <drift@skatteetaten.example>\r
            Subject: Planlagt vedlikehold av inntekt-api 5. desember\r
            Message-ID: <v-1@skatteetaten.example>\r
            \r
            Tjenesten er nede 02:00-04:00.\r

            """.utf8))
        guard case .draftNotice(let id) = try MailIntake(store: store).take(mail, deliveredAt: testNow) else { Issue.record("expected a draft"); return }
        #expect(try store.incidentCount() == 0)
        let notice = try store.notice(id: id)
        #expect(notice.row.status == .draft && notice.row.kind == .maintenance && notice.row.audience == 2)
        try store.noticeDesk.classifyNotice(id: id, kind: .deviation, breaking: false)
        #expect(try store.notice(id: id).row.kind == .deviation)
    }

    @Test("a notice effective inside a configured freeze window is flagged")
    func freezeWindow() throws {
        let (configuration, warnings) = Configuration.parse(
            "freeze.jul = 2026-12-18T00:00:00+01:00 2027-01-04T00:00:00+01:00\n", file: "config")
        #expect(warnings.isEmpty)
        let store = try segment(policy: configuration.policy)
        _ = try importNotices([breakingChange], into: store)
        #expect(try store.notice(id: 1).freezeWindow == "jul")
    }
}
