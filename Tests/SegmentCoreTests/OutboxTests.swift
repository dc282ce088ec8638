import Foundation
import Testing
@testable import SegmentCore
import SegmentTestSupport

@Suite("The outbox", .checkingStores)
struct OutboxTests {
    private func files(_ directory: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).sorted()
    }

    @Test("a queued message is delivered to a Maildir once, as RFC 5322 with an encoded subject, and never again")
    func deliversOnce() throws {
        let directory = try TemporaryDirectory()
        let store = try emptyStore()
        try store.outbox.queue(to: "kari@fjordvik.eksempel.no", subject: "Løst: [SEG-7] HTTP 503", body: "Blåbær = godt.\nHilsen",
                               entity: .incident, entityID: 7)
        let outbox = try Outbox(store: store, transport: .maildir(path: directory.path("mail")), from: "segment@coordinator.example")
        #expect(try outbox.deliverDue().sent == 1)
        #expect(try outbox.deliverDue().sent == 0)
        let delivered = files(directory.path("mail/new"))
        #expect(delivered.count == 1)
        let text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: directory.path("mail/new/\(delivered[0])"))), as: UTF8.self)
        for header in ["Date: ", "Message-ID: <segdesk.", "From: segment@coordinator.example", "To: kari@fjordvik.eksempel.no",
                       "Subject: =?UTF-8?B?", "MIME-Version: 1.0", "Content-Type: text/plain; charset=utf-8"] {
            #expect(text.contains("\r\n" + header) || text.hasPrefix(header), "\(header)")
        }
        #expect(text.contains("Bl=C3=A5b=C3=A6r =3D godt.\r\nHilsen"))
        #expect(try store.outbox.messages().first?.status == .sent)
    }

    @Test("a subject from outside cannot add a header; a recipient list or option is refused before queueing")
    func noInjection() throws {
        let store = try emptyStore()
        try store.outbox.queue(to: "kari@fjordvik.eksempel.no", subject: "Hei\r\nBcc: all@evil.example", body: "",
                               entity: .incident, entityID: 1)
        let formatted = try Outbox(store: store, transport: .maildir(path: "/nonexistent"), from: "s@c.example")
            .format(try #require(try store.outbox.messages().first))
        #expect(!formatted.contains("\r\nBcc:"))
        for hostile in ["a@b.no, c@d.no", "-oQ/tmp@x.no", "a@b.no\r\nBcc: c@d.no", "Kari <a@b.no>"] {
            #expect(throws: StoreError.self) { try store.outbox.queue(to: hostile, subject: "x", body: "", entity: .incident, entityID: 1) }
        }
    }

    @Test("a failing transport keeps the message, records the error and retries after a growing delay")
    func retriesWithBackoff() throws {
        let store = try emptyStore()
        try store.outbox.queue(to: "kari@fjordvik.eksempel.no", subject: "x", body: "y", entity: .incident, entityID: 1)
        let broken = try Outbox(store: store, transport: .sendmail(path: "/nonexistent/sendmail"), from: "s@c.example")
        let report = try broken.deliverDue()
        #expect(report.sent == 0 && report.failed.count == 1)
        let message = try #require(try store.outbox.messages().first)
        #expect(message.status == .failed)
        #expect(message.attempts == 1)
        #expect(message.lastError?.contains("/nonexistent/sendmail") == true)
        #expect(message.nextAttemptAt == testNow + 60)
        #expect(try broken.deliverDue().failed.isEmpty)
    }

    @Test("a sendmail-compatible command gets the message on standard input and the recipient after --")
    func sendmailArguments() throws {
        let directory = try TemporaryDirectory()
        let script = directory.path("fake-sendmail")
        try """
            #!/bin/sh
            printf '%s\\n' "$@" > "\(directory.path("arguments"))"
            cat > "\(directory.path("message"))"
            """.write(toFile: script, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script)
        let store = try emptyStore()
        try store.outbox.queue(to: "kari@fjordvik.eksempel.no", subject: "x", body: "y", entity: .incident, entityID: 1)
        #expect(try Outbox(store: store, transport: .sendmail(path: script), from: "s@c.example").deliverDue().sent == 1)
        let arguments = try String(contentsOfFile: directory.path("arguments"), encoding: .utf8)
        #expect(arguments == "-i\n--\nkari@fjordvik.eksempel.no\n")
        #expect(try String(contentsOfFile: directory.path("message"), encoding: .utf8).contains("To: kari@fjordvik.eksempel.no"))
    }

    @Test("a transport with no path after sendmail: or maildir: is refused, so an empty Maildir path never means the root")
    func transportWithoutPath() throws {
        #expect(throws: StoreError.refused(.transportWithoutPath(text: "maildir:"))) { try MailTransport(parsing: "maildir:") }
        #expect(throws: StoreError.refused(.transportWithoutPath(text: "sendmail:"))) { try MailTransport(parsing: "sendmail:") }
        #expect(try MailTransport(parsing: "sendmail") == .sendmail(path: "/usr/sbin/sendmail"))
        #expect(try MailTransport(parsing: "maildir:/var/mail/segdesk") == .maildir(path: "/var/mail/segdesk"))
    }

    @Test("a Maildir that is a file, or under a file, is refused before delivery; one still to be made in a writable folder is not")
    func maildirMustBeWritable() throws {
        let directory = try TemporaryDirectory()
        let file = directory.path("plain")
        try "x".write(toFile: file, atomically: true, encoding: .utf8)
        let notADirectory = StoreError.refused(.maildirNotWritable(path: file, reason: "\(file) is not a directory"))
        #expect(throws: notADirectory) { try Language.$interface.withValue(.english) { try MailTransport.maildir(path: file).checkWritable() } }
        #expect(throws: StoreError.self) { try MailTransport.maildir(path: file + "/inbox").checkWritable() }
        try MailTransport.maildir(path: directory.path("to/be/made")).checkWritable()
        try MailTransport.sendmail(path: "/nowhere/sendmail").checkWritable()
    }

    @Test("the configuration reads key = value, and names the line of anything it does not know")
    func configuration() {
        let (configuration, warnings) = Configuration.parse("""
            # segdesk
            transport = maildir:/var/mail/segdesk
            from = segment@coordinator.example   # the shared mailbox
            colour = yes
            nonsense
            """, file: "config")
        var expected = Configuration(transport: "maildir:/var/mail/segdesk", from: "segment@coordinator.example")
        expected.policy.senderDomain = "coordinator.example"
        #expect(configuration == expected)
        #expect(warnings == ["config:4: unknown key \"colour\" ignored; known keys: transport, transport.timeout, from, response.P1..P5, "
                             + "resolution.P1..P5, provider_response.P1..P5, provider_resolution.P1..P5, grouping.consumers, grouping.window, remind.days, remind.min_gap, needs.weights, checklist.STAGE, freeze.NAME, overview, provider, provider.KEY, language, seal.file, seal.mail, zone, "
                             + "oncall, oncall.rota, alert.priority, alert.before, alert.outbox, alert.escalate, alert.window, alert.last, alert.quiet, "
                             + "alert.command, alert.command.timeout, alert.open, readers, admins",
                             "config:5: expected `key = value`"])
    }
}

@Suite("The coordinator's own targets and rules", .checkingStores)
struct CoordinationPolicyTests {
    @Test("SLA targets, the grouping rule and provider addresses come from the configuration; bad values keep the default and say so")
    func policyFromConfiguration() {
        let (configuration, warnings) = Configuration.parse("""
            response.P1 = 15m
            resolution.p1 = 2h
            grouping.consumers = 5
            grouping.window = 2h
            provider = fagsak@skatteetaten.example
            provider.nav = meldinger@nav.example
            resolution.P2 = soon
            grouping.consumers = 1
            provider.x = a@b.example, c@d.example
            """, file: "config")
        let policy = configuration.policy
        #expect(policy.serviceLevel.firstResponse[.p1] == 900)
        #expect(policy.serviceLevel.resolution[.p1] == 7_200)
        #expect(policy.serviceLevel.resolution[.p2] == ServiceLevel.standard.resolution[.p2])
        #expect(policy.grouping == GroupingRule(window: 7_200, minimumConsumers: 5))
        #expect(policy.providerAddress(key: "ske", registered: "r@ske.example") == "fagsak@skatteetaten.example")
        #expect(policy.providerAddress(key: "nav", registered: "r@nav.example") == "meldinger@nav.example")
        #expect(warnings == [
            "config:7: resolution.P2 expects a duration such as 30m, 4h or 3d, got \"soon\"; the default is kept",
            "config:8: grouping.consumers expects a whole number from 2 to 1000, got \"1\"; the default 3 is kept",
            "config:9: provider.x expects one mail address, got \"a@b.example, c@d.example\"",
        ])
    }

    @Test("with a configured provider address and a rule of two consumers in two hours, two banks raise the banner and the report goes to that address")
    func policyInUse() throws {
        var policy = CoordinationPolicy()
        policy.grouping.minimumConsumers = 2
        policy.grouping.window = 7_200
        policy.serviceLevel.firstResponse[.p3] = 600
        policy.providerAddresses["*"] = "fagsak@skatteetaten.example"
        let store = try testStore(path: ":memory:", operatorLogin: "kari", now: { testNow }, policy: policy)
        let provider = try store.providers.add(key: "ske", name: "Skatteetaten", email: "registered@skatteetaten.example")
        let service = try store.providers.addService(providerID: provider, key: "inntekt-api", name: "Inntekt", environments: [.production])
        var ids: [Int64] = []
        for (index, number) in ["974760673", "910212958"].enumerated() {
            let bank = try store.addConsumer(NewConsumer(organisationNumber: try OrganisationNumber(number), name: "Bank \(index)",
                                                         stage: .live))
            var incident = NewIncident(externalID: "T-\(index)", consumerID: bank, serviceID: service,
                                       receivedAt: testNow - 300, title: "HTTP 503")
            incident.errorCode = "HTTP 503"
            ids.append(try store.intakeDesk.addIncident(incident))
        }
        #expect(try store.incident(id: ids[0]).row.slaDueAt == 1_795_694_700)
        let proposal = try #require(try store.groupingProposals().first)
        #expect(proposal.consumers == 2)
        #expect(proposal.summary == "2 consumers report HTTP 503 on inntekt-api within 2 hours")
        #expect(try store.incident(id: ids[0]).sameFaultWindow == 7_200)
        let caseID = try #require(try Grouping(store: store).group(proposal).openedCaseID)
        #expect(try Forwarding(store: store).report(caseID: caseID).message.recipient == "fagsak@skatteetaten.example")
    }
}

@Suite("The sender's name", .checkingStores)
struct MailSenderTests {
    @Test("a sender may carry a name as in every mail program: Norwegian letters encoded, specials quoted; an injection is refused")
    func names() throws {
        #expect(MailSender("seg@example.no")?.header == "seg@example.no")
        #expect(MailSender("Segment Support <seg@example.no>")?.header == "Segment Support <seg@example.no>")
        #expect(MailSender("\"Segment, Skatt\" <seg@example.no>")?.header == "\"Segment, Skatt\" <seg@example.no>")
        #expect(MailSender("Segment Ødegård <seg@example.no>")?.header == "=?UTF-8?B?U2VnbWVudCDDmGRlZ8OlcmQ=?= <seg@example.no>")
        #expect(MailSender("Evil\r\nBcc: x@y.no <seg@example.no>") == nil)
        #expect(MailSender("no address <>") == nil && MailSender("<seg@example.no> trailing") == nil)
        let store = try emptyStore()
        #expect(throws: Never.self) { try Outbox(store: store, transport: .maildir(path: "/tmp"), from: "Segment Ødegård <seg@example.no>") }
    }
}
