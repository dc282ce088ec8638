import Foundation
import Testing
@testable import SegmentCore
import SegmentTestSupport

@Suite("Importing incidents", .checkingStores)
struct IntakeTests {
    /// A store with one provider service and two consumers.
    private func segment() throws -> Store {
        let store = try emptyStore()
        let provider = try store.providers.add(key: "ske", name: "Skatteetaten", email: "p@example.no")
        try store.providers.addService(providerID: provider, key: "inntekt-api", name: "Inntekt", environments: [.production, .test])
        try store.addConsumer(NewConsumer(organisationNumber: try OrganisationNumber("974760673"), name: "Fjordvik Sparebank", stage: .live))
        try store.addConsumer(NewConsumer(organisationNumber: try OrganisationNumber("910212958"), name: "Blåbærdalen Kreditt AS", stage: .live))
        return store
    }

    private func read(_ text: String, csv: Bool = false) -> IncidentFile.Contents {
        IncidentFile.read(Data(text.utf8), name: csv ? "in.csv" : "in.jsonl", csv: csv)
    }

    private let good = #"{"external_id":"F-1","consumer":"974760673","service":"inntekt-api","received_at":"2026-11-26T08:15:00+01:00","title":"HTTP 503 fra inntekt-api","reporter":{"name":"Kari Nordmann","email":"kari@fjordvik.eksempel.no"},"impact":1,"urgency":2,"error_code":"HTTP 503"}"#

    @Test("a good JSON Lines record becomes an incident with its priority, time and reporter, journaled with the file")
    func importsGoodRecord() throws {
        let store = try segment()
        let contents = read(good + "\n")
        #expect(contents.problems.isEmpty)
        let report = try store.intakeDesk.importIncidents(contents.records, problems: contents.problems, file: "in.jsonl", skipBad: false)
        #expect(report == ImportReport(imported: 1, duplicates: 0, skipped: []))
        let incident = try store.incident(id: 1)
        #expect(incident.row.priority == .p2)
        #expect(incident.row.receivedAt == 1_795_677_300)
        #expect(incident.reporterEmail == "kari@fjordvik.eksempel.no")
        #expect(try store.history(entity: .incident, id: 1).first?.after?.contains("file=in.jsonl") == true)
    }

    @Test("every bad record is reported as FILE:LINE: field: problem, and the import is refused whole")
    func reportsEveryBadRecord() throws {
        let store = try segment()
        let text = [
            good,
            #"{"external_id":"F-2","consumer":"974760674","service":"inntekt-api","received_at":"2026-11-26T08:15:00","title":"x"}"#,
            "",
            #"{"external_id":"F-3","consumer":"910212958","service":"nope","received_at":"2026-11-26T08:15:00Z","title":"y"}"#,
            "{broken",
        ].joined(separator: "\n")
        let contents = read(text)
        #expect(throws: ImportRefused.self) {
            try store.intakeDesk.importIncidents(contents.records, problems: contents.problems, file: "in.jsonl", skipBad: false)
        }
        #expect(try store.incidentCount() == 0)
        do {
            _ = try store.intakeDesk.importIncidents(contents.records, problems: contents.problems, file: "in.jsonl", skipBad: false)
        } catch let refused as ImportRefused {
            let lines = refused.problems.map(\.description)
            #expect(lines.contains("in.jsonl:2: consumer: organisation number \"974760674\" fails the mod-11 check digit"))
            #expect(lines.contains { $0.hasPrefix("in.jsonl:2: received_at: expected ISO 8601 with an offset") })
            #expect(lines.contains { $0.hasPrefix("in.jsonl:4: service: unknown service \"nope\"") })
            #expect(lines.contains { $0.hasPrefix("in.jsonl:5: record: is not a JSON object on one line") })
            #expect(refused.description.hasPrefix("3 records are bad"))
        }
    }

    @Test("--skip-bad takes the good records and lists the bad")
    func skipBad() throws {
        let store = try segment()
        let contents = read(good + "\n" + #"{"external_id":"F-9"}"#)
        let report = try store.intakeDesk.importIncidents(contents.records, problems: contents.problems, file: "in.jsonl", skipBad: true)
        #expect(report.imported == 1)
        #expect(report.skipped.map(\.field).contains("consumer"))
    }

    @Test("an unknown consumer is an error that names the organisation number")
    func unknownConsumer() throws {
        let store = try segment()
        let contents = read(good.replacingOccurrences(of: "974760673", with: "923609016"))
        #expect(throws: ImportRefused.self) {
            try store.intakeDesk.importIncidents(contents.records, problems: contents.problems, file: "in.jsonl", skipBad: false)
        }
        let report = try store.intakeDesk.importIncidents(contents.records, problems: contents.problems, file: "in.jsonl", skipBad: true)
        #expect(report.skipped.first?.message == "no consumer has organisation number 923609016")
    }

    @Test("the same (consumer, external_id) again creates nothing and counts as a duplicate, also within one file")
    func duplicates() throws {
        let store = try segment()
        let twice = read(good + "\n" + good + "\n")
        let first = try store.intakeDesk.importIncidents(twice.records, problems: twice.problems, file: "a", skipBad: false)
        #expect(first.imported == 1 && first.duplicates == 1)
        let again = try store.intakeDesk.importIncidents(twice.records, problems: twice.problems, file: "b", skipBad: false)
        #expect(again.imported == 0 && again.duplicates == 2)
        #expect(try store.incidentCount() == 1)
    }

    /// `count` reports taking turns between the two banks, F-0 onwards.
    private func reports(_ count: Int) -> [String] {
        (0..<count).map { number in
            let bank = number.isMultiple(of: 2) ? "974760673" : "910212958"
            return #"{"external_id":"F-\#(number)","consumer":"\#(bank)","service":"inntekt-api","received_at":"2026-11-26T08:15:00+01:00","title":"Feil \#(number)"}"#
        }
    }

    @Test("a file longer than one write statement keeps its order: ids follow the lines, and a repeat in a later statement is a duplicate")
    func longFileKeepsOrder() throws {
        let store = try segment()
        var lines = reports(150)
        lines.insert(lines[3], at: 140)
        let contents = read(lines.joined(separator: "\n") + "\n")
        let report = try store.intakeDesk.importIncidents(contents.records, problems: contents.problems, file: "in.jsonl", skipBad: false)
        #expect(report.imported == 150 && report.duplicates == 1)
        #expect(try store.incident(id: 1).externalID == "F-0")
        #expect(try store.incident(id: 65).externalID == "F-64")
        #expect(try store.incident(id: 141).externalID == "F-140")
        #expect(try store.incident(id: 150).externalID == "F-149")
        #expect(try store.incident(id: 150).row.title == "Feil 149")
    }

    @Test("given 150 reports and a repeat imported from one file, the journal holds one entry for the import, with the file and what came of it, and every incident's history shows it")
    func oneJournalEntryPerImport() throws {
        let store = try segment()
        var lines = reports(150)
        lines.append(lines[0])
        let first = read(lines.joined(separator: "\n") + "\n")
        _ = try store.intakeDesk.importIncidents(first.records, problems: first.problems, file: "in.jsonl", skipBad: false)
        #expect(try store.database.scalar("SELECT count(*) FROM journal") == 1)
        let entry = try #require(try store.history(entity: .incident, id: 150).last)
        #expect(entry.entity == "import" && entry.action == "imported" && entry.operatorName == "kari")
        #expect(entry.after == "file=in.jsonl added=150 duplicates=1")
        #expect(try store.history(entity: .incident, id: 1) == [entry])

        let second = read(reports(152).suffix(2).joined(separator: "\n") + "\n")
        _ = try store.intakeDesk.importIncidents(second.records, problems: second.problems, file: "more.jsonl", skipBad: false)
        #expect(try store.history(entity: .incident, id: 151).map(\.after) == ["file=more.jsonl added=2 duplicates=0"])
        #expect(try store.history(entity: .incident, id: 1) == [entry])
        #expect(try store.check() == [])
    }

    @Test("foreign key checks, off while an import writes, are on again after it, whether it was taken or refused")
    func foreignKeysBackOn() throws {
        let store = try segment()
        let contents = read(reports(3).joined(separator: "\n") + "\n")
        _ = try store.intakeDesk.importIncidents(contents.records, problems: contents.problems, file: "in.jsonl", skipBad: false)
        #expect(try store.database.scalar("PRAGMA foreign_keys") == 1)
        let bad = read(#"{"external_id":"X-1","consumer":"999999999","service":"inntekt-api","received_at":"2026-11-26T08:15:00+01:00","title":"x"}"# + "\n")
        #expect(throws: ImportRefused.self) {
            try store.intakeDesk.importIncidents(bad.records, problems: bad.problems, file: "bad.jsonl", skipBad: false)
        }
        #expect(try store.database.scalar("PRAGMA foreign_keys") == 1)
    }

    @Test("a write refused halfway through a statement leaves nothing of the import behind")
    func failedWriteRollsBackAll() throws {
        let store = try segment()
        try store.database.execute("""
            CREATE TRIGGER refuse_f100 BEFORE INSERT ON incidents WHEN new.external_id = 'F-100'
            BEGIN SELECT RAISE(FAIL, 'refused F-100'); END
            """)
        let contents = read(reports(150).joined(separator: "\n") + "\n")
        #expect(throws: DatabaseError.self) {
            try store.intakeDesk.importIncidents(contents.records, problems: contents.problems, file: "in.jsonl", skipBad: false)
        }
        #expect(try store.incidentCount() == 0)
        #expect(try store.database.scalar("SELECT count(*) FROM journal WHERE action = 'imported'") == 0)
    }

    @Test("CSV follows RFC 4180: quoted fields hold commas, doubled quotes and line breaks; lines are counted right")
    func csvQuoting() throws {
        let store = try segment()
        let text = [
            "external_id,consumer,service,received_at,title,body,reporter_name,reporter_email",
            #"C-1,974760673,inntekt-api,2026-11-26T08:15:00+01:00,"Feil, igjen","Linje én"# + "\n" + #"linje ""to""",Kari,kari@fjordvik.eksempel.no"#,
            "C-2,974760673,inntekt-api,not-a-time,ok,,,",
            "",
        ].joined(separator: "\r\n")
        let contents = read(text, csv: true)
        #expect(contents.records.count == 1)
        #expect(contents.records[0].title == "Feil, igjen")
        #expect(contents.records[0].body == "Linje én\nlinje \"to\"")
        #expect(contents.problems.map(\.description).first?.hasPrefix("in.csv:4: received_at:") == true)
        _ = try store.intakeDesk.importIncidents(contents.records, problems: [], file: "in.csv", skipBad: false)
        #expect(try store.incident(id: 1).reporterName == "Kari")
    }

    @Test("a CSV record with the wrong number of fields, or a broken quote, is reported with its line")
    func csvShape() {
        let contents = read("external_id,consumer\nA,974760673,extra\n", csv: true)
        #expect(contents.problems.first?.description == "in.csv:2: record: has 3 fields; the header has 2")
        let broken = read("external_id,title\nA,\"never closed\n", csv: true)
        #expect(broken.problems.first?.field == "csv")
    }

    @Test("JSON escapes decode: \\u00e5, surrogate pairs and \\n; a reporter address that could inject a header is refused")
    func jsonEscapesAndAddresses() {
        let escaped = read(#"{"external_id":"E-1","consumer":"974760673","service":"inntekt-api","received_at":"2026-11-26T08:15:00Z","title":"Bl\u00e5b\u00e6r \ud83d\udea8","body":"a\nb"}"#)
        #expect(escaped.records.first?.title == "Blåbær 🚨")
        #expect(escaped.records.first?.body == "a\nb")
        let injected = read(#"{"external_id":"E-2","consumer":"974760673","service":"inntekt-api","received_at":"2026-11-26T08:15:00Z","title":"x","reporter":{"email":"a@b.no\r\nBcc: all@x.no"}}"#)
        #expect(injected.problems.first?.field == "reporter.email")
    }

    @Test("ISO 8601 times need an offset; Z, +hh:mm and fractions are read exactly", arguments: [
        ("2026-11-26T08:15:00+01:00", Int64(1_795_677_300)), ("2026-11-26T07:15:00Z", 1_795_677_300),
        ("2026-11-26T07:15:00.250Z", 1_795_677_300), ("2026-11-26T08:15:00", nil), ("2026-02-30T08:15:00Z", nil),
        ("yesterday", nil),
    ])
    func timestamps(text: String, expected: Int64?) {
        #expect(Timestamp.parse(text) == expected)
    }

    @Test("a report's arrival keeps its fraction of a second as written, in the store and in the export")
    func arrivalKeepsItsFraction() throws {
        let store = try segment()
        let contents = read(good.replacingOccurrences(of: "08:15:00+01:00", with: "08:15:00.750+01:00") + "\n")
        #expect(contents.records.map(\.receivedFraction) == ["750"])
        _ = try store.intakeDesk.importIncidents(contents.records, problems: contents.problems, file: "in.jsonl", skipBad: false)
        #expect(try store.incident(id: 1).row.receivedAt == 1_795_677_300)
        var exported = ""
        try Exporter(store: store).export(.incidents, format: .jsonl, forTerminal: false) { exported += $0 }
        #expect(exported.contains(#""received_at":"2026-11-26T07:15:00.750Z""#))
        let tooFine = read(good.replacingOccurrences(of: "08:15:00+01:00", with: "08:15:00.1234567890+01:00") + "\n")
        #expect(tooFine.records.isEmpty)
        #expect(tooFine.problems.map { $0.field } == ["received_at"])
    }
}

@Suite("Importing provider notices", .checkingStores)
struct NoticeIntakeTests {
    private func segment() throws -> Store {
        let store = try emptyStore()
        let provider = try store.providers.add(key: "ske", name: "Skatteetaten", email: "p@example.no")
        let inntekt = try store.providers.addService(providerID: provider, key: "inntekt-api", name: "Inntekt", environments: [.production])
        let attest = try store.providers.addService(providerID: provider, key: "skatteattest-api", name: "Attest", environments: [.production])
        try store.addConsumer(NewConsumer(organisationNumber: try OrganisationNumber("974760673"), name: "Fjordbanken",
                                          stage: .live, serviceIDs: [inntekt]))
        try store.addConsumer(NewConsumer(organisationNumber: try OrganisationNumber("910212958"), name: "Vestbanken",
                                          stage: .live, serviceIDs: [attest]))
        return store
    }

    private let outage = #"{"provider":"ske","kind":"outage","title":"Inntekt-API nede","services":["inntekt-api"],"effective_at":"2026-11-26T11:00:00+00:00","ends_at":"2026-11-26T15:00:00+00:00","breaking":true}"#

    @Test("a notice's time with a fraction of a second is refused with its line, not rounded; .000 is the whole second")
    func noticeTimesToTheSecond() {
        let fraction = IntakeFile.read(Data((outage.replacingOccurrences(of: "11:00:00+00:00", with: "11:00:00.750+00:00") + "\n").utf8),
                                       name: "n.jsonl", csv: false, as: IncomingNotice.self)
        #expect(fraction.records.isEmpty)
        #expect(fraction.problems.map(\.field) == ["effective_at"])
        let zero = IntakeFile.read(Data((outage.replacingOccurrences(of: "11:00:00+00:00", with: "11:00:00.000+00:00") + "\n").utf8),
                                   name: "n.jsonl", csv: false, as: IncomingNotice.self)
        #expect(zero.problems.isEmpty)
        #expect(zero.records.count == 1)
    }

    @Test("a notice to publish at once whose audience is empty (no consumer of its service at a receiving stage) is kept as a draft and named, not refused with the file")
    func publishWithNobodyStaysDraft() throws {
        let store = try testStore(path: ":memory:", operatorLogin: "kari", now: { testNow })
        let provider = try store.providers.add(key: "ske", name: "Skatteetaten", email: "p@ske.example")
        _ = try store.providers.addService(providerID: provider, key: "inntekt-api", name: "Inntekt", environments: [.production])
        let text = outage.replacingOccurrences(of: #""breaking":true}"#, with: #""breaking":true,"publish":true}"#)
        let contents = IntakeFile.read(Data((text + "\n").utf8), name: "n.jsonl", csv: false, as: IncomingNotice.self)
        let report = try store.noticeDesk.importNotices(contents, file: "n.jsonl", skipBad: false)
        #expect(report.imported == 1 && report.published == 0 && report.leftAsDrafts == [1])
        #expect(try store.notice(id: 1).row.status == .draft)
        #expect(try store.outbox.messages().isEmpty)
    }

    @Test("an offboarded consumer of the service hears nothing of a new notice")
    func offboardedHearNothing() throws {
        let store = try segment()
        let offboarded = try store.addConsumer(NewConsumer(organisationNumber: try OrganisationNumber("923609016"), name: "Nedlagt Bank",
                                                           stage: .offboarded, serviceIDs: [1]))
        let contents = IntakeFile.read(Data((outage + "\n").utf8), name: "n.jsonl", csv: false, as: IncomingNotice.self)
        #expect(try store.noticeDesk.importNotices(contents, file: "n.jsonl", skipBad: false).consumersReached == 1)
        #expect(try store.database.scalar("SELECT count(*) FROM notice_acknowledgements WHERE consumer_id = ?",
                                          [.integer(offboarded)]) == 0)
    }

    @Test("an outage notice reaches the consumers of its service, and while it is in force a new report joins its case")
    func outageNotice() throws {
        let store = try segment()
        let contents = IntakeFile.read(Data((outage + "\n").utf8), name: "n.jsonl", csv: false, as: IncomingNotice.self)
        #expect(contents.problems.isEmpty)
        let report = try store.noticeDesk.importNotices(contents, file: "n.jsonl", skipBad: false)
        #expect(report.imported == 1 && report.consumersReached == 1)
        #expect(try store.noticeDesk.importNotices(contents, file: "n.jsonl", skipBad: false).duplicates == 1)
        let notice = try store.notice(id: 1)
        #expect(notice.row.kind == .deviation && notice.row.breaking && notice.row.audience == 1)

        let incidents = IncidentFile.read(Data(#"{"external_id":"F-1","consumer":"974760673","service":"inntekt-api","received_at":"2026-11-26T12:00:00+00:00","title":"503"}"#.utf8),
                                          name: "i.jsonl", csv: false)
        #expect(try store.intakeDesk.importIncidents(incidents.records, problems: [], file: "i.jsonl", skipBad: false).joinedOutage == 1)
        #expect(try store.history(entity: .incident, id: 1).map(\.action) == ["imported", "joined announced outage"])
    }

    @Test("every bad notice field is reported with its line, CSV lists services separated by spaces")
    func badNotices() throws {
        let store = try segment()
        let csv = """
            provider,kind,title,services,effective_at,breaking
            ske,maintenance,Vedlikehold,inntekt-api skatteattest-api,2026-12-01T02:00:00+01:00,no
            nav,rumour,"Two
            lines",,soon,maybe
            ske,deviation,Ukjent tjeneste,folkeregister-api,2026-12-01T02:00:00+01:00,
            """
        let contents = IntakeFile.read(Data(csv.utf8), name: "n.csv", csv: true, as: IncomingNotice.self)
        #expect(contents.records.count == 2)
        #expect(contents.problems.map(\.description) == [
            "n.csv:3: kind: expected one of dataset_change, interface_change, deviation, maintenance, regulatory, information, "
                + "consultation (or outage), got \"rumour\"",
            "n.csv:3: title: must be one line",
            "n.csv:3: services: is required (at least one)",
            "n.csv:3: breaking: expected true or false, got \"maybe\"",
            "n.csv:3: effective_at: expected ISO 8601 with an offset, e.g. 2026-11-26T08:15:00+01:00, got \"soon\"",
        ])
        #expect(throws: ImportRefused.self) { try store.noticeDesk.importNotices(contents, file: "n.csv", skipBad: false) }
        #expect(try store.database.scalar("SELECT count(*) FROM change_notices") == 0)
        let report = try store.noticeDesk.importNotices(contents, file: "n.csv", skipBad: true)
        #expect(report.imported == 1 && report.consumersReached == 2)
        #expect(report.skipped.last?.description == "n.csv:5: services: unknown service \"folkeregister-api\"; known: inntekt-api, skatteattest-api")
    }
}

@Suite("Importing consumers", .checkingStores)
struct ConsumerIntakeTests {
    private func store() throws -> Store {
        let store = try emptyStore()
        let provider = try store.providers.add(key: "ske", name: "Skatteetaten", email: "p@example.no")
        try store.providers.addService(providerID: provider, key: "inntekt-api", name: "Inntekt", environments: [.production])
        return store
    }

    @Test("a bank with its contact and services goes in, and mail from its contact then finds it")
    func consumerWithContacts() throws {
        let store = try store()
        let line = #"{"org_number":"974 760 673","name":"Fjordbanken","mail_domain":"Fjordbanken.example","stage":"live","services":["inntekt-api","inntekt-api"],"contacts":[{"role":"technical","name":"Drift","email":"drift@fjordbanken.example","shared":true}]}"#
        let contents = IntakeFile.read(Data((line + "\n").utf8), name: "c.jsonl", csv: false, as: IncomingConsumer.self)
        #expect(contents.problems.isEmpty)
        #expect(try store.consumerDesk.importConsumers(contents, file: "c.jsonl", skipBad: false) == ConsumerImportReport(imported: 1))
        #expect(try store.consumerDesk.importConsumers(contents, file: "c.jsonl", skipBad: false).duplicates == 1)
        let detail = try store.consumerDesk.consumer(id: 1)
        #expect(detail.services == ["inntekt-api"])
        #expect(try store.intakeDesk.consumer(forSender: "drift@fjordbanken.example").0 == 1)
        #expect(try store.intakeDesk.consumer(forSender: "someone@fjordbanken.example").0 == 1)
    }

    @Test("CSV: a technical contact by columns; every bad field reported with its line; unknown services refuse the import")
    func consumersFromCSV() throws {
        let store = try store()
        let csv = """
            org_number,name,stage,services,technical_name,technical_email,operator_org_number
            910212958,Vestbanken,test_passed,inntekt-api,Ola,ola@vestbanken.example,
            12345,,flying,,Kari,,
            923609016,Østbanken,,folkeregister-api,,,
            """
        let contents = IntakeFile.read(Data(csv.utf8), name: "c.csv", csv: true, as: IncomingConsumer.self)
        #expect(contents.problems.map(\.description) == [
            "c.csv:3: org_number: organisation number \"12345\" must be 9 digits",
            "c.csv:3: name: is required",
            "c.csv:3: stage: expected one of registered, terms_signed, authorised_test, test_passed, authorised_production, live, suspended, offboarded, got \"flying\"",
            "c.csv:3: technical_email: a contact needs a mail address",
        ])
        #expect(throws: ImportRefused.self) { try store.consumerDesk.importConsumers(contents, file: "c.csv", skipBad: false) }
        let report = try store.consumerDesk.importConsumers(contents, file: "c.csv", skipBad: true)
        #expect(report.imported == 1)
        #expect(report.skipped.last?.description == "c.csv:4: services: unknown service \"folkeregister-api\"; known: inntekt-api")
        #expect(try store.intakeDesk.consumer(forSender: "ola@vestbanken.example").0 == 1)
    }
}

@Suite("Naming the caller's consumer", .checkingStores)
struct CallerConsumerTests {
    @Test("a phone report keeps who called, the number to call back, their own ticket number and what they said; their number twice is refused")
    func phoneCallFacts() throws {
        let store = try emptyStore()
        let provider = try store.providers.add(key: "ske", name: "Skatteetaten", email: "p@ske.example")
        _ = try store.providers.addService(providerID: provider, key: "inntekt-api", name: "Inntekt", environments: [.production])
        try store.addConsumer(NewConsumer(organisationNumber: try OrganisationNumber("923609016"), name: "Fjordbanken", stage: .live))
        let call = PhoneCall(caller: "Kari Nordmann", phone: "+47 22 00 00 00", theirReference: "FB-2231", text: "503 siden 11:40 på alle søknader.")
        let id = try Language.$interface.withValue(.english) {
            try store.intakeDesk.addPhoneReport(consumer: "Fjordbanken", serviceKey: "inntekt-api", title: "Ringte om 503", call: call)
        }
        let detail = try store.incident(id: id)
        #expect(detail.externalID == "FB-2231")
        #expect(detail.reporterName == "Kari Nordmann")
        #expect(detail.body == "503 siden 11:40 på alle søknader.\n\nCall back: +47 22 00 00 00")
        #expect(throws: StoreError.refused(.referenceTaken(reference: "FB-2231", incidentID: id))) {
            try store.intakeDesk.addPhoneReport(consumer: "923609016", serviceKey: "inntekt-api", title: "Igjen", call: call)
        }
        #expect(try store.intakeDesk.addPhoneReport(consumer: "Fjordbanken", serviceKey: "inntekt-api", title: "Uten mer") == id + 1)
        #expect(try store.incident(id: id + 1).externalID.hasPrefix("PHONE-"))
    }

    @Test("a caller's bank is found by number, whole name, start of name or a unique part; an ambiguous name says who it could be")
    func findsTheConsumer() throws {
        let store = try emptyStore()
        for (number, name) in [("974760673", "Banken i Lysåsen"), ("910212958", "Banken i Lysåsen Øst"), ("923609016", "Fjordbanken")] {
            try store.addConsumer(NewConsumer(organisationNumber: try OrganisationNumber(number), name: name, stage: .live))
        }
        #expect(try store.intakeDesk.consumerID(calledBy: "974 760 673") == 1)
        #expect(try store.intakeDesk.consumerID(calledBy: "banken i lysåsen") == 1)
        #expect(try store.intakeDesk.consumerID(calledBy: "Fjord") == 3)
        #expect(try store.intakeDesk.consumerID(calledBy: "Øst") == 2)
        #expect(throws: StoreError.refused(.severalConsumersCalled(name: "Banken", candidates: "Banken i Lysåsen, Banken i Lysåsen Øst"))) {
            try store.intakeDesk.consumerID(calledBy: "Banken")
        }
        #expect(throws: StoreError.refused(.noConsumerCalled(name: "100%_"))) { try store.intakeDesk.consumerID(calledBy: "100%_") }
    }
}

@Suite("Reading a large intake file beside the import", .checkingStores)
struct IncidentStreamTests {
    private func file(lines: Int) -> Data {
        Data((0..<lines).map { index in
            #"{"external_id":"S-\#(index)","consumer":"974760673","service":"inntekt-api","received_at":"2026-11-26T08:15:00+01:00","title":"t"}"#
        }.joined(separator: "\n").utf8)
    }

    @Test("every record arrives once and in file order across chunks, with its problems, and the lines are counted first")
    func chunksInOrder() {
        let stream = IncidentStream(file(lines: 10_000) + Data("\nnot json\n".utf8), name: "big.jsonl", csv: false)
        #expect(stream.lineCount == 10_001)
        var ids: [String] = []
        var problems: [IntakeProblem] = []
        var chunks = 0
        while let chunk = stream.next() {
            chunks += 1
            ids += chunk.records.map(\.externalID)
            problems += chunk.problems
        }
        #expect(chunks >= 3)
        #expect(ids == (0..<10_000).map { "S-\($0)" })
        #expect(problems.map(\.line) == [10_001])
    }

    @Test("a stream read on its own thread words its problems in the operator's language, as the importer's other lines are")
    func problemsInTheOperatorsLanguage() {
        let problems = Language.$interface.withValue(.bokmal) { () -> [IntakeProblem] in
            let stream = IncidentStream(Data(#"{"external_id":"A2","consumer":"974760673","service":"inntekt-api","title":""}"#.utf8),
                                        name: "bad.jsonl", csv: false)
            var problems: [IntakeProblem] = []
            while let chunk = stream.next() { problems += chunk.problems }
            return problems
        }
        #expect(problems.map(\.message) == ["må fylles ut", "kan ikke være tomt"], "\(problems)")
    }

    @Test("a cancelled stream hands over nothing more and its reader does not wait forever")
    func cancel() {
        let stream = IncidentStream(file(lines: 40_000), name: "big.jsonl", csv: false)
        _ = stream.next()
        stream.cancel()
        #expect(stream.next() == nil)
    }
}
