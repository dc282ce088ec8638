import Foundation
import Testing
@testable import SegmentCore
import SegmentTestSupport

/// A real segment starts from an empty file: its provider and services come
/// from a file, and then consumers and incidents can name them.
@Suite("Importing services", .checkingStores)
struct ServiceImportTests {
    private let services = """
        {"provider":"skatteetaten","provider_name":"Skatteetaten","provider_email":"fagsak@skatteetaten.example","service":"inntekt-api","service_name":"Inntekt API v2","environments":["test","production"],"description":"Inntekt per måned"}
        {"provider":"ks","provider_name":"KS","provider_email":"sak@ks.example","service":"eiendomsskatt-api","service_name":"Eiendomsskatt","environments":"production"}
        """

    private func read(_ text: String, csv: Bool = false) -> IntakeChunk<IncomingService> {
        IntakeFile.read(Data(text.utf8), name: csv ? "s.csv" : "s.jsonl", csv: csv)
    }

    @Test("from an empty file: services, then consumers, then incidents go in, and check finds the file sound")
    func emptyFileToSegment() throws {
        let store = try emptyStore()
        let report = try store.intakeDesk.importServices(read(services), file: "s.jsonl", skipBad: false)
        #expect(report == ServiceImportReport(providersAdded: 2, imported: 2))
        let consumer = #"{"org_number":"974760673","name":"Fjordvik","stage":"live","services":["inntekt-api"]}"#
        let consumers = IntakeFile.read(Data(consumer.utf8), name: "c.jsonl", csv: false, as: IncomingConsumer.self)
        #expect(try store.consumerDesk.importConsumers(consumers, file: "c.jsonl", skipBad: false).imported == 1)
        let incident = #"{"external_id":"A","consumer":"974760673","service":"inntekt-api","received_at":"2026-11-26T11:00:00Z","title":"503"}"#
        let incidents = IncidentFile.read(Data(incident.utf8), name: "i.jsonl", csv: false)
        #expect(try store.intakeDesk.importIncidents(incidents.records, problems: incidents.problems, file: "i.jsonl", skipBad: false).imported == 1)
        #expect(try store.check().isEmpty)
        #expect(try store.overview().services == 2)
    }

    @Test("a service imported again is a duplicate; with update its name changes and the journal shows before and after")
    func duplicateAndUpdate() throws {
        let store = try emptyStore()
        _ = try store.intakeDesk.importServices(read(services), file: "s.jsonl", skipBad: false)
        #expect(try store.intakeDesk.importServices(read(services), file: "s.jsonl", skipBad: false).duplicates == 2)
        let renamed = services.replacingOccurrences(of: "Inntekt API v2", with: "Inntekt API v3")
        #expect(try store.intakeDesk.importServices(read(renamed), file: "s.jsonl", skipBad: false, update: true).updated == 1)
        let entry = try #require(try store.history(entity: .service, id: 1).last)
        #expect(entry.before?.contains("name=Inntekt API v2") == true && entry.after?.contains("name=Inntekt API v3") == true)
    }

    @Test("a bad line in a services file is refused with its line number, and nothing is written")
    func badLine() throws {
        let csv = """
            provider,provider_name,provider_email,service,service_name,environments
            ske,Skatteetaten,fagsak@ske.example,inntekt-api,Inntekt,test production
            ske,Skatteetaten,not-an-address,Folk API,Folkeregister,prod
            """
        let contents = read(csv, csv: true)
        #expect(contents.problems.map(\.description) == [
            #"s.csv:3: provider_email: "not-an-address" is not one mail address (where the provider's cases go)"#,
            #"s.csv:3: service: expected a key of lower-case letters, digits and -, e.g. inntekt-api, got "Folk API""#,
            #"s.csv:3: environments: expected test and/or production, got "prod""#,
        ])
        let store = try emptyStore()
        #expect(throws: ImportRefused.self) { try store.intakeDesk.importServices(contents, file: "s.csv", skipBad: false) }
        #expect(try store.database.scalar("SELECT count(*) FROM services") == 0)
    }

    @Test("export services writes what import services reads")
    func roundTrip() throws {
        let store = try emptyStore()
        _ = try store.intakeDesk.importServices(read(services), file: "s.jsonl", skipBad: false)
        var exported = ""
        try Exporter(store: store).export(.services, format: .jsonl, forTerminal: false) { exported += $0 }
        let again = try emptyStore()
        #expect(try again.intakeDesk.importServices(read(exported), file: "e.jsonl", skipBad: false).imported == 2)
    }
}

@Suite("Keeping consumers up to date", .checkingStores)
struct ConsumerUpdateTests {
    private func segment() throws -> Store {
        let store = try emptyStore()
        let provider = try store.providers.add(key: "ske", name: "Skatteetaten", email: "p@ske.example")
        try store.providers.addService(providerID: provider, key: "inntekt-api", name: "Inntekt", environments: [.production])
        try store.providers.addService(providerID: provider, key: "skattegrunnlag-api", name: "Skattegrunnlag", environments: [.production])
        return store
    }

    private func read(_ line: String) -> IntakeChunk<IncomingConsumer> {
        IntakeFile.read(Data(line.utf8), name: "c.jsonl", csv: false)
    }

    @Test("import consumers --update changes the name and services a record gives, leaves the rest, and journals before and after")
    func updateChangesWhatIsGiven() throws {
        let store = try segment()
        let first = #"{"org_number":"974760673","name":"Fjordvik Sparebank","mail_domain":"fjordvik.example","services":["inntekt-api"]}"#
        _ = try store.consumerDesk.importConsumers(read(first), file: "c.jsonl", skipBad: false)
        let renamed = #"{"org_number":"974760673","name":"Fjordvik Sparebank ASA","services":["inntekt-api","skattegrunnlag-api"]}"#
        #expect(try store.consumerDesk.importConsumers(read(renamed), file: "c2.jsonl", skipBad: false).duplicates == 1)
        #expect(try store.consumerDesk.consumer(id: 1).row.name == "Fjordvik Sparebank")
        #expect(try store.consumerDesk.importConsumers(read(renamed), file: "c2.jsonl", skipBad: false, update: true).updated == 1)
        let consumer = try store.consumerDesk.consumer(id: 1)
        #expect(consumer.row.name == "Fjordvik Sparebank ASA")
        #expect(try store.database.scalar("SELECT count(*) FROM consumer_services WHERE consumer_id = 1") == 2)
        #expect(try store.database.first("SELECT mail_domain FROM consumers WHERE id = 1") { $0.string(0) } == "fjordvik.example")
        let entry = try #require(try store.history(entity: .consumer, id: 1).last)
        #expect(entry.action == "updated")
        #expect(entry.before == "name=Fjordvik Sparebank services=inntekt-api")
        #expect(entry.after == "name=Fjordvik Sparebank ASA services=inntekt-api,skattegrunnlag-api file=c2.jsonl")
        #expect(try store.consumerDesk.importConsumers(read(renamed), file: "c2.jsonl", skipBad: false, update: true).updated == 0)
    }

    @Test("a consumer's own legal-basis declaration comes with its record: both its date and its reference, or neither")
    func legalDeclarationFromFile() throws {
        let store = try segment()
        let good = #"{"org_number":"974760673","name":"Fjordvik","legal_declared_at":"2026-03-01T00:00:00Z","legal_reference":"JUR-14"}"#
        _ = try store.consumerDesk.importConsumers(read(good), file: "c.jsonl", skipBad: false)
        let detail = try store.consumerDesk.consumer(id: 1)
        #expect(detail.legalDeclaredAt == Timestamp.parse("2026-03-01T00:00:00Z"))
        #expect(detail.legalReference == "JUR-14")
        let half = #"{"org_number":"910212958","name":"Vest","legal_reference":"JUR-15"}"#
        #expect(read(half).problems.map(\.description)
                == ["c.jsonl:1: legal_declared_at: a declaration of the consumer's legal basis needs both its date and its reference"])
    }
}
