import Foundation
import Testing
@testable import SegmentCore
import SegmentTestSupport

/// A segment set up from empty files, as a new coordinator sets one up: its
/// provider's services, two banks, and an outage the provider announced on
/// inntekt-api from 11:00 to 15:00. Whichever way a report arrives while the
/// outage is in force, the outage absorbs it and the header's counts stay
/// the incidents' own.
@Suite("An announced outage absorbs reports from every source", .checkingStores)
struct OutageAbsorptionTests {
    private func segmentWithOutage() throws -> Store {
        let store = try emptyStore()
        let services = #"{"provider":"ske","provider_name":"Skatteetaten","provider_email":"drift@skatteetaten.example","service":"inntekt-api","service_name":"Inntekt","environments":["production"]}"#
        let consumers = [
            #"{"org_number":"974760673","name":"Fjordvik Sparebank","mail_domain":"fjordvik.example","stage":"live","services":["inntekt-api"],"contacts":[{"role":"technical","name":"Drift","email":"drift@fjordvik.example"}]}"#,
            #"{"org_number":"910212958","name":"Blåbærdalen Kreditt","mail_domain":"blaabaer.example","stage":"live","services":["inntekt-api"]}"#,
        ].joined(separator: "\n")
        let outage = #"{"provider":"ske","kind":"outage","title":"Inntekt-API nede","services":["inntekt-api"],"effective_at":"2026-11-26T11:00:00+00:00","ends_at":"2026-11-26T15:00:00+00:00","publish":true}"#
        _ = try store.intakeDesk.importServices(IntakeFile.read(Data(services.utf8), name: "s.jsonl", csv: false, as: IncomingService.self),
                                     file: "s.jsonl", skipBad: false)
        _ = try store.consumerDesk.importConsumers(IntakeFile.read(Data(consumers.utf8), name: "c.jsonl", csv: false, as: IncomingConsumer.self),
                                      file: "c.jsonl", skipBad: false)
        _ = try store.noticeDesk.importNotices(IntakeFile.read(Data(outage.utf8), name: "n.jsonl", csv: false, as: IncomingNotice.self),
                                    file: "n.jsonl", skipBad: false)
        return store
    }

    /// The header's open and new counts, and whether `segdesk check` finds the file sound.
    private func header(_ store: Store) throws -> (open: Int, new: Int, sound: Bool) {
        let overview = try store.overview()
        return (overview.openIncidents, overview.newIncidents, try store.check().isEmpty)
    }

    @Test("a file with a report the outage absorbs and a question: one forwarded, one new, and check finds the file sound")
    func byFile() throws {
        let store = try segmentWithOutage()
        let lines = [
            #"{"external_id":"F-1","consumer":"974760673","service":"inntekt-api","received_at":"2026-11-26T12:00:00+00:00","title":"503 fra inntekt-api"}"#,
            #"{"external_id":"F-2","consumer":"910212958","service":"inntekt-api","received_at":"2026-11-26T12:05:00+00:00","title":"Hva betyr feltet?","kind":"question"}"#,
        ].joined(separator: "\n")
        let file = IncidentFile.read(Data(lines.utf8), name: "i.jsonl", csv: false)
        let report = try store.intakeDesk.importIncidents(file.records, problems: file.problems, file: "i.jsonl", skipBad: false)
        #expect(report.imported == 2 && report.joinedOutage == 1)
        #expect(try store.incident(id: 1).row.status == .forwarded)
        #expect(try header(store) == (open: 2, new: 1, sound: true))
    }

    @Test("a report by mail during the outage is absorbed, and check finds the file sound")
    func byMail() throws {
        let store = try segmentWithOutage()
        let mail = "From: Drift <drift@fjordvik.example>\r\nSubject: inntekt-api svarer 503\r\nMessage-ID: <m1@fjordvik.example>\r\n\r\nHTTP 503 fra inntekt-api siden 11:40."
        _ = try MailIntake(store: store).take(try InboundMail.parse(Array(mail.utf8)), deliveredAt: testNow)
        #expect(try store.incident(id: 1).row.status == .forwarded)
        #expect(try header(store) == (open: 1, new: 0, sound: true))
    }

    @Test("a report by phone during the outage is absorbed, and check finds the file sound")
    func byPhone() throws {
        let store = try segmentWithOutage()
        try store.intakeDesk.addPhoneReport(consumer: "Fjordvik", serviceKey: "inntekt-api", title: "Ringte om 503")
        #expect(try store.incident(id: 1).row.status == .forwarded)
        #expect(try header(store) == (open: 1, new: 0, sound: true))
    }
}
