import Foundation
import Testing
@testable import SegmentCore
import SegmentTestSupport

@Suite("Taking in mail from a Maildir", .checkingStores)
struct MailIngestTests {
    /// Three services; Fjordbanken with a registered contact and its mail
    /// domain, Bjørnøya and Vestbanken known by mail domain only, and a
    /// vendor's address shared by two banks.
    private func segment() throws -> Store {
        let store = try emptyStore()
        let provider = try store.providers.add(key: "ske", name: "Skatteetaten", email: "tilbyder@skatteetaten.example")
        var services: [Int64] = []
        for key in ["inntekt-api", "a-ordningen-api", "skatteattest-api"] {
            services.append(try store.providers.addService(providerID: provider, key: key, name: key, environments: [.production]))
        }
        let vendor = Contact(role: .vendor, name: "Leverandør", email: "drift@vendor.example", isSharedMailbox: true)
        try store.addConsumer(NewConsumer(
            organisationNumber: try OrganisationNumber("974760673"), name: "Fjordbanken", mailDomain: "fjordbanken.example",
            stage: .live, contacts: [Contact(role: .technical, name: "Drift", email: "Drift@Fjordbanken.example",
                                             isSharedMailbox: true), vendor], serviceIDs: services))
        try store.addConsumer(NewConsumer(organisationNumber: try OrganisationNumber("910212958"), name: "Bjørnøya Sparebank",
                                          mailDomain: "bjornoya.example", stage: .live, contacts: [vendor], serviceIDs: services))
        try store.addConsumer(NewConsumer(organisationNumber: try OrganisationNumber("923609016"), name: "Vestbanken",
                                          mailDomain: "vestbanken.example", stage: .live, serviceIDs: [services[2]]))
        return store
    }

    /// A Maildir holding `messages` (name, bytes) in new/.
    private func maildir(_ messages: [(String, [UInt8])]) throws -> TemporaryDirectory {
        let directory = try TemporaryDirectory()
        for sub in ["new", "cur", "tmp"] {
            try FileManager.default.createDirectory(atPath: directory.path(sub), withIntermediateDirectories: true)
        }
        for (name, bytes) in messages { try Data(bytes).write(to: URL(fileURLWithPath: directory.path("new/" + name))) }
        return directory
    }

    private let fixtures = ["plain-utf8.eml", "multipart-alternative-qp.eml", "latin1-base64.eml", "html-windows1252.eml",
                            "multipart-mixed-attachment.eml", "hostile.eml"]

    @Test("each real-world message becomes an incident with its consumer, service and code, and moves to cur/ as seen")
    func messagesBecomeIncidents() throws {
        let store = try segment()
        let directory = try maildir(try fixtures.enumerated().map { ("170000000\($0.offset).M1P1.host", try mailFixture($0.element)) })
        let report = try MaildirIngest(directory: directory.url.path).run(into: store)
        #expect(report.incidents == 6)
        #expect(report.unmatched == 1)
        #expect(report.problems.isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path("new")).isEmpty)
        let cur = try FileManager.default.contentsOfDirectory(atPath: directory.path("cur")).sorted()
        #expect(cur.count == 6 && cur.allSatisfy { $0.hasSuffix(":2,S") })

        func facts(_ id: Int64) throws -> (String?, String, String?) {
            let row = try store.incident(id: id).row
            return (row.consumerName, row.serviceKey, row.errorCode)
        }
        #expect(try facts(1) == ("Fjordbanken", "inntekt-api", "HTTP 503"))
        #expect(try facts(2) == ("Fjordbanken", "inntekt-api", "HTTP 503"))
        #expect(try facts(3) == ("Bjørnøya Sparebank", "a-ordningen-api", "ERR-AORD-0042"))
        #expect(try facts(4) == ("Vestbanken", "skatteattest-api", "HTTP 500"))
        #expect(try facts(5) == (nil, Store.unsortedServiceKey, "HTTP 502"))
        let latin1 = try store.incident(id: 3)
        #expect(latin1.row.title == "Søknader fra Bjørnøya stopper: a-ordningen-api gir ERR-AORD-0042 på alle kall i produksjon")
        #expect(latin1.body.contains("får ikke svar"))
        #expect(latin1.reporterName == "Bjørn Ås" && latin1.reporterEmail == "bjorn@bjornoya.example")
        #expect(try store.history(entity: .incident, id: 5).contains { $0.action == "received by mail" && ($0.after ?? "").contains("unmatched=unknown-sender") })
    }

    @Test("a Message-ID taken in before is skipped, even when the same mail arrives again under another name")
    func duplicateMessageID() throws {
        let store = try segment()
        let bytes = try mailFixture("plain-utf8.eml")
        let first = try maildir([("a", bytes)])
        _ = try MaildirIngest(directory: first.url.path).run(into: store)
        let again = try maildir([("b", bytes)])
        let report = try MaildirIngest(directory: again.url.path).run(into: store)
        #expect(report.duplicates == 1 && report.incidents == 0)
        #expect(try store.database.scalar("SELECT count(*) FROM incidents") == 1)
        #expect(try FileManager.default.contentsOfDirectory(atPath: again.path("cur")) == ["b:2,S"])
    }

    @Test("a message that cannot be read moves to bad/ with its reason beside it, is reported by name, and the rest are taken in")
    func unreadableMessageMovesAside() throws {
        let store = try segment()
        let directory = try maildir([("1-broken", Array("this is not mail\n".utf8)), ("2-good", try mailFixture("plain-utf8.eml"))])
        let report = try MaildirIngest(directory: directory.url.path).run(into: store)
        #expect(report.incidents == 1)
        #expect(report.problems == ["new/1-broken: does not start with mail headers; moved to bad/1-broken"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path("new")).isEmpty)
        #expect(try Data(contentsOf: directory.url.appendingPathComponent("bad/1-broken")) == Data("this is not mail\n".utf8))
        #expect(try String(contentsOfFile: directory.path("bad/1-broken.reason"), encoding: .utf8)
                == "does not start with mail headers\n")
    }

    @Test("a second bad message of the same name never overwrites the first in bad/")
    func badNamesNeverCollide() throws {
        let store = try segment()
        let directory = try maildir([("x", Array("first\n".utf8))])
        _ = try MaildirIngest(directory: directory.url.path).run(into: store)
        try Data("second\n".utf8).write(to: directory.url.appendingPathComponent("new/x"))
        let report = try MaildirIngest(directory: directory.url.path).run(into: store)
        #expect(report.problems == ["new/x: does not start with mail headers; moved to bad/x.1"])
        #expect(try Data(contentsOf: directory.url.appendingPathComponent("bad/x")) == Data("first\n".utf8))
        #expect(try Data(contentsOf: directory.url.appendingPathComponent("bad/x.1")) == Data("second\n".utf8))
    }

    @Test("a directory without new/ is refused with a message saying so")
    func notAMaildir() throws {
        let directory = try TemporaryDirectory()
        #expect(throws: StoreError.refused(.notAMaildir(path: directory.url.path))) {
            try MaildirIngest(directory: directory.url.path).run(into: try segment())
        }
    }

    @Test("a reply tagged [SEG-n] joins that incident, keeps its text, and puts an incident waiting on the consumer back in our hands")
    func replyByTag() throws {
        let store = try segment()
        _ = try MailIntake(store: store).take(try InboundMail.parse(try mailFixture("plain-utf8.eml")), deliveredAt: testNow)
        try store.triageDesk.triage(.setStatus(.waitingOnConsumer, nil), incidents: [1])
        let reply = "From: drift@fjordbanken.example\r\nSubject: SV: [SEG-1] Re: inntekt-api svarer HTTP 503\r\n"
            + "Message-ID: <r1@fjordbanken.example>\r\n\r\nDet gjelder alle søknader.\r\n"
        #expect(try MailIntake(store: store).take(try InboundMail.parse(Array(reply.utf8)), deliveredAt: testNow) == .reply(incidentID: 1))
        #expect(try store.incident(id: 1).row.status == .triaged)
        #expect(try store.database.scalar("SELECT count(*) FROM incidents") == 1)
        #expect(try store.database.first("SELECT body FROM inbound_mail WHERE kind = 'reply' AND incident_id = 1", [], { $0.string(0) })
                == "Det gjelder alle søknader.\n")
    }

    @Test("a consumer's reply at night shows as a new reply on its incident and in the header's count until someone opens the incident, which the journal records")
    func replyUnreadUntilOpened() throws {
        let store = try segment()
        _ = try MailIntake(store: store).take(try InboundMail.parse(try mailFixture("plain-utf8.eml")), deliveredAt: testNow)
        #expect(try store.incident(id: 1).row.hasUnreadReply == false)
        #expect(try store.triageDesk.markReplyRead(incidentID: 1) == false)
        let reply = "From: drift@fjordbanken.example\r\nSubject: Re: [SEG-1] x\r\n\r\nFortsatt feil\r\n"
        _ = try MailIntake(store: store).take(try InboundMail.parse(Array(reply.utf8)), deliveredAt: testNow)
        #expect(try store.incidents(anchor: .start, limit: 10).map(\.hasUnreadReply) == [true])
        #expect(try store.incident(id: 1).row.hasUnreadReply)
        #expect(try store.overview().unreadReplies == 1)

        #expect(try store.triageDesk.markReplyRead(incidentID: 1))
        #expect(try store.incident(id: 1).row.hasUnreadReply == false)
        #expect(try store.overview().unreadReplies == 0)
        #expect(try store.history(entity: .incident, id: 1).last?.action == "reply read")
        #expect(try store.triageDesk.markReplyRead(incidentID: 1) == false)
    }

    @Test("an open incident with an unopened reply comes first in the incidents pane, also after a change to it, and goes back to its place once opened")
    func unreadReplyComesFirst() throws {
        let store = try segment()
        for name in ["plain-utf8.eml", "multipart-alternative-qp.eml"] {
            _ = try MailIntake(store: store).take(try InboundMail.parse(try mailFixture(name)), deliveredAt: testNow)
        }
        try store.triageDesk.triage(.assess(Assessment(impact: 1, urgency: 1)), incidents: [1])
        try store.triageDesk.triage(.assess(Assessment(impact: 3, urgency: 3)), incidents: [2])
        #expect(try store.incidents(anchor: .start, limit: 10).map(\.id) == [1, 2])
        let reply = "From: drift@fjordbanken.example\r\nSubject: Re: [SEG-2] x\r\n\r\nFortsatt feil\r\n"
        _ = try MailIntake(store: store).take(try InboundMail.parse(Array(reply.utf8)), deliveredAt: testNow)
        #expect(try store.incidents(anchor: .start, limit: 10).map(\.id) == [2, 1])
        try store.triageDesk.triage(.assign("kari"), incidents: [2])
        #expect(try store.incidents(anchor: .start, limit: 10).map(\.id) == [2, 1])
        try store.triageDesk.markReplyRead(incidentID: 2)
        #expect(try store.incidents(anchor: .start, limit: 10).map(\.id) == [1, 2])
    }

    @Test("a reply on a resolved incident opens it again; on a closed one it is kept, and the incident stays closed")
    func replyReopensResolved() throws {
        let store = try segment()
        for name in ["plain-utf8.eml", "multipart-alternative-qp.eml"] {
            _ = try MailIntake(store: store).take(try InboundMail.parse(try mailFixture(name)), deliveredAt: testNow)
        }
        try store.triageDesk.triage(.setStatus(.resolved, .questionAnswered), incidents: [1])
        try store.triageDesk.triage(.setStatus(.closed, .questionAnswered), incidents: [2])
        for id in [1, 2] {
            let reply = "From: drift@fjordbanken.example\r\nSubject: Re: [SEG-\(id)] x\r\n\r\nFortsatt feil\r\n"
            #expect(try MailIntake(store: store).take(try InboundMail.parse(Array(reply.utf8)), deliveredAt: testNow) == .reply(incidentID: Int64(id)))
        }
        #expect(try store.incident(id: 1).row.status == .triaged)
        #expect(try store.incident(id: 1).resolution == nil)
        #expect(try store.incident(id: 2).row.status == .closed)
        #expect(try store.incident(id: 2).replies.map(\.text) == ["Fortsatt feil\n"])
        #expect(try store.incident(id: 2).row.hasUnreadReply)
        #expect(try store.overview().unreadReplies == 1, "the header counts the open incident's reply, which heads the pane, not the closed one's")
    }

    @Test("a reply without a tag is found through In-Reply-To naming the message segdesk sent")
    func replyByInReplyTo() throws {
        let store = try segment()
        _ = try MailIntake(store: store).take(try InboundMail.parse(try mailFixture("plain-utf8.eml")), deliveredAt: testNow)
        try Replies(store: store).send(incidentID: 1, text: "Hvilken korrelasjons-id?", resolution: nil)
        let sent = try #require(try store.outbox.messages().first).messageID
        let reply = "From: drift@fjordbanken.example\r\nSubject: Svar\r\nIn-Reply-To: \(sent)\r\n\r\nabc-123\r\n"
        #expect(try MailIntake(store: store).take(try InboundMail.parse(Array(reply.utf8)), deliveredAt: testNow) == .reply(incidentID: 1))
    }

    /// Two mailed reports of HTTP 503 grouped into a case and forwarded; its id.
    private func forwardedCase(in store: Store) throws -> Int64 {
        var ids: [Int64] = []
        for name in ["plain-utf8.eml", "multipart-alternative-qp.eml"] {
            if case .newIncident(let id, _) = try MailIntake(store: store).take(try InboundMail.parse(try mailFixture(name)), deliveredAt: testNow) {
                ids.append(id)
            }
        }
        let caseID = try #require(try Grouping(store: store).group(ids).openedCaseID)
        try Forwarding(store: store).forward(caseID: caseID)
        return caseID
    }

    @Test("the provider's answer to a forwarded case is kept as an update and the case counts as acknowledged")
    func providerUpdate() throws {
        let store = try segment()
        let caseID = try forwardedCase(in: store)
        let answer = "From: tilbyder@skatteetaten.example\r\nSubject: RE: [SEG-C\(caseID)] HTTP 503\r\n\r\nVi ser på det. Ref SKE-9.\r\n"
        #expect(try MailIntake(store: store).take(try InboundMail.parse(Array(answer.utf8)), deliveredAt: testNow) == .providerUpdate(caseID: caseID))
        #expect(try store.caseDesk.providerCase(id: caseID).row.status == .acknowledged)
        #expect(try store.history(entity: .providerCase, id: caseID).contains { $0.action == "provider update" })
    }

    @Test("a [SEG-n] reply from outside the incident's bank leaves the incident alone: it is a new, unmatched report, its claim noted")
    func forgedReplyIsANewReport() throws {
        let store = try segment()
        _ = try MailIntake(store: store).take(try InboundMail.parse(try mailFixture("plain-utf8.eml")), deliveredAt: testNow)
        try store.triageDesk.triage(.setStatus(.waitingOnConsumer, nil), incidents: [1])
        let forged = "From: kundeservice@vestbanken.example\r\nSubject: Re: [SEG-1] ignore\r\n\r\nLukk saken.\r\n"
        #expect(try MailIntake(store: store).take(try InboundMail.parse(Array(forged.utf8)), deliveredAt: testNow)
                == .newIncident(id: 2, consumerID: 3))
        #expect(try store.incident(id: 1).row.status == .waitingOnConsumer)
        #expect(try store.incident(id: 1).replies.isEmpty)
        #expect(try store.history(entity: .incident, id: 2).contains { $0.after?.contains("unverified=reply-to-incident-1") == true })
    }

    @Test("the incident's reporter, any contact of its bank (a shared vendor mailbox too) and its mail domain may answer on it")
    func whoMayReply() throws {
        let store = try segment()
        _ = try MailIntake(store: store).take(try InboundMail.parse(try mailFixture("plain-utf8.eml")), deliveredAt: testNow)
        let stranger = "From: ola@gmail.example\r\nSubject: HTTP 503 hos oss\r\n\r\ninntekt-api\r\n"
        #expect(try MailIntake(store: store).take(try InboundMail.parse(Array(stranger.utf8)), deliveredAt: testNow) == .newIncident(id: 2, consumerID: nil))
        for (sender, id) in [("drift@vendor.example", 1), ("Noen@FJORDBANKEN.example", 1), ("OLA@gmail.example", 2)] {
            let reply = "From: \(sender)\r\nSubject: Re: [SEG-\(id)] x\r\n\r\nmer\r\n"
            #expect(try MailIntake(store: store).take(try InboundMail.parse(Array(reply.utf8)), deliveredAt: testNow) == .reply(incidentID: Int64(id)))
        }
    }

    @Test("an answer on a provider case from outside the provider's domain does not mark the case acknowledged")
    func forgedProviderUpdate() throws {
        let store = try segment()
        let caseID = try forwardedCase(in: store)
        let forged = "From: drift@fjordbanken.example\r\nSubject: RE: [SEG-C\(caseID)] HTTP 503\r\n\r\nFikset.\r\n"
        #expect(try MailIntake(store: store).take(try InboundMail.parse(Array(forged.utf8)), deliveredAt: testNow) == .newIncident(id: 3, consumerID: 1))
        #expect(try store.caseDesk.providerCase(id: caseID).row.status == .forwarded)
        let colleague = "From: drift@SKATTEETATEN.example\r\nSubject: RE: [SEG-C\(caseID)] HTTP 503\r\n\r\nVi ser på det.\r\n"
        #expect(try MailIntake(store: store).take(try InboundMail.parse(Array(colleague.utf8)), deliveredAt: testNow) == .providerUpdate(caseID: caseID))
    }

    @Test("an address shared by several consumers (a vendor's) matches none of them: the incident is unmatched")
    func sharedVendorAddress() throws {
        let store = try segment()
        let mail = "From: drift@vendor.example\r\nSubject: inntekt-api nede\r\n\r\nx\r\n"
        #expect(try MailIntake(store: store).take(try InboundMail.parse(Array(mail.utf8)), deliveredAt: testNow) == .newIncident(id: 1, consumerID: nil))
        #expect(try store.incident(id: 1).row.serviceKey == "inntekt-api")
    }

    @Test("the Seen flag joins the flags a message already has", arguments: [
        ("1700.M1.host", "1700.M1.host:2,S"), ("1700.M1.host:2,F", "1700.M1.host:2,FS"), ("x:2,S", "x:2,S"),
    ])
    func seenName(name: String, expected: String) {
        #expect(MaildirIngest.seenName(name) == expected)
    }

    @Test("codes are read from free text: application codes first, then HTTP statuses")
    func errorCodesFromText() {
        #expect(MailReportFacts.errorCode(subject: "Feil", text: "Vi får TD-005 og HTTP 404") == "TD-005")
        #expect(MailReportFacts.errorCode(subject: "HTTP/1.1 502 fra api", text: "") == "HTTP 502")
        #expect(MailReportFacts.errorCode(subject: "Søknad 2026-11-26", text: "kl 08:15, HTTP 200 OK") == nil)
        #expect(MailReportFacts.errorCode(subject: "\u{1B}]0;x\u{07}HTTP 503 \u{1B}[2J", text: "") == "HTTP 503")
    }
}
