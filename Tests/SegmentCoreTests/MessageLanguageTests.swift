import Testing
@testable import SegmentCore
import SegmentTestSupport

/// Messages follow their recipient's language, whatever the operator reads.
@Suite("Messages in the recipient's language", .checkingStores)
struct MessageLanguageTests {
    static let report = CaseReport(
        caseID: 7, title: "HTTP 503 fra inntekt-api", affectedConsumers: 2_500, reports: 3_100, serviceKey: "inntekt-api",
        environment: "production", errorCode: "HTTP 503", firstSeen: testNow - 1_200, lastSeen: testNow, providerReference: nil,
        evidence: [CaseReport.Evidence(receivedAt: testNow - 1_200, organisationNumber: "974760673", errorCode: "HTTP 503",
                                       correlationID: "corr-0", environment: "production", title: "503 ved henting")])

    @Test("the report of a case to a provider that reads bokmål, word for word")
    func forwardingInBokmal() {
        let text = Self.report.forwarding(in: .bokmal)
        #expect(text.subject == "[SEG-C7] HTTP 503 fra inntekt-api: 2 500 konsumenter berørt")
        #expect(text.body == """
            Sak SEG-C7: HTTP 503 fra inntekt-api

            Berørte konsumenter: 2 500 (3 100 meldinger)
            Tjeneste: inntekt-api (production)
            Feilkode: HTTP 503
            Først sett: 26.11.2026 12:40
            Sist sett: 26.11.2026 13:00

            Meldinger:
            2026-11-26T11:40:00Z  konsument 974760673  HTTP 503  korrelasjon corr-0  production
                503 ved henting

            Svar gjerne med deres referanse for saken.
            """)
    }

    @Test("the same report to a provider that reads English, word for word")
    func forwardingInEnglish() {
        let text = Self.report.forwarding(in: .english)
        #expect(text.subject == "[SEG-C7] HTTP 503 fra inntekt-api: 2,500 consumers affected")
        #expect(text.body == """
            Case SEG-C7: HTTP 503 fra inntekt-api

            Consumers affected: 2,500 (3,100 reports)
            Service: inntekt-api (production)
            Error code: HTTP 503
            First seen: 2026-11-26T11:40:00Z
            Last seen: 2026-11-26T12:00:00Z

            Reports:
            2026-11-26T11:40:00Z  consumer 974760673  HTTP 503  correlation corr-0  production
                503 ved henting

            Please answer with your reference for this case.
            """)
    }

    @Test("given three banks, one reading English: resolving their case tells it in English and the other two in bokmål")
    func resolutionPerReporter() throws {
        let store = try emptyStore()
        let ids = try threeBanksReporting(["HTTP 503 A", "HTTP 503 B", "HTTP 503 C"], in: store)
        try store.database.run("UPDATE consumers SET language = 'en' WHERE org_number = '910212958'")
        let caseID = try #require(try Grouping(store: store).group(ids).openedCaseID)
        try store.caseDesk.resolveCase(caseID: caseID, resolution: "Sertifikatet er fornyet.")
        let sent = try store.outbox.messages()
        let english = try #require(sent.first { $0.recipient == "drift1@bank1.eksempel.no" })
        #expect(english.subject == "[SEG-\(ids[1])] Resolved: HTTP 503 B" && english.body.hasPrefix("Your report T-1"))
        for other in sent where other.recipient != english.recipient {
            #expect(other.subject.hasPrefix("[SEG-") && other.subject.contains("] Løst: HTTP 503"))
            #expect(other.body.hasPrefix("Meldingen deres T-") && other.body.contains("Sertifikatet er fornyet."))
        }
    }

    @Test("an import gives a consumer's and a provider's language; a language segdesk does not speak is named with its line")
    func languageFromImport() {
        let good = IncomingConsumer.check(["org_number": .text("974760673"), "name": .text("Fjordvik"), "language": .text("en")],
                                          line: 3, file: "consumers.jsonl")
        guard case .good(let consumer) = good else { Issue.record("refused: \(good)"); return }
        #expect(consumer.language == .english)
        let plain = IncomingConsumer.check(["org_number": .text("974760673"), "name": .text("Fjordvik")], line: 3, file: "c")
        guard case .good(let defaulted) = plain else { Issue.record("refused: \(plain)"); return }
        #expect(defaulted.language == .bokmal)
        let bad = IncomingConsumer.check(["org_number": .text("974760673"), "name": .text("Fjordvik"), "language": .text("sv")],
                                         line: 3, file: "consumers.jsonl")
        guard case .bad(let problems) = bad else { Issue.record("accepted sv"); return }
        #expect(problems.map(\.description) == ["consumers.jsonl:3: language: expected nb (bokmål) or en (English), got \"sv\""])
    }

    @Test("the report to a provider follows the provider's language, whatever the operator reads")
    func forwardingFollowsTheProvider() throws {
        let store = try emptyStore()
        let ids = try threeBanksReporting(["HTTP 503 A", "HTTP 503 B", "HTTP 503 C"], in: store)
        let caseID = try #require(try Grouping(store: store).group(ids).openedCaseID)
        let toNorwegian = try Language.$interface.withValue(.english) { try Forwarding(store: store).report(caseID: caseID).message.body }
        #expect(toNorwegian.hasPrefix("Sak SEG-C\(caseID): HTTP 503"))
        try store.database.run("UPDATE providers SET language = 'en'")
        let toEnglish = try Language.$interface.withValue(.bokmal) { try Forwarding(store: store).report(caseID: caseID).message.body }
        #expect(toEnglish.hasPrefix("Case SEG-C\(caseID): HTTP 503"))
        let service = IncomingService.check(["provider": .text("ske"), "provider_name": .text("Skatteetaten"),
                                             "provider_email": .text("p@ske.example"), "service": .text("inntekt-api"),
                                             "service_name": .text("Inntekt"), "environments": .array([.text("production")]),
                                             "provider_language": .text("en")], line: 1, file: "services.jsonl")
        guard case .good(let record) = service else { Issue.record("refused: \(service)"); return }
        #expect(record.providerLanguage == .english)
    }
}
