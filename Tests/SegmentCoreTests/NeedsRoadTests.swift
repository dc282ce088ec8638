import Foundation
import Testing
@testable import SegmentCore
import SegmentTestSupport

@Suite("The segment's needs: raised, backed, merged, decided, and the provider's digest", .checkingStores)
struct NeedsRoadTests {
    /// Skatteetaten's inntekt-api and three banks with a business contact each.
    private func segment() throws -> Store {
        let store = try emptyStore()
        let provider = try store.providers.add(key: "ske", name: "Skatteetaten", email: "tilbyder@skatteetaten.example")
        let service = try store.providers.addService(providerID: provider, key: "inntekt-api", name: "Inntekt", environments: [.production])
        for (number, name, domain) in [("974760673", "Fjordbanken", "fjordbanken.example"),
                                       ("910212958", "Bjørnøya Sparebank", "bjornoya.example"),
                                       ("923609016", "Vestbanken", "vestbanken.example")] {
            try store.addConsumer(NewConsumer(
                organisationNumber: try OrganisationNumber(number), name: name, mailDomain: domain, stage: .live,
                contacts: [Contact(role: .technical, name: "Drift", email: "drift@\(domain)", isSharedMailbox: true),
                           Contact(role: .business, name: "Leder", email: "leder@\(domain)", isSharedMailbox: false)],
                serviceIDs: [service]))
        }
        return store
    }

    private func read<Record: IntakeRecord>(_ text: String, as type: Record.Type) -> IntakeChunk<Record> {
        IntakeFile.read(Data(text.utf8), name: "f.jsonl", csv: false, as: type)
    }

    private func export(_ kind: ExportKind, _ store: Store) throws -> [String] {
        var text = ""
        try Exporter(store: store).export(kind, format: .jsonl, forTerminal: false) { text += $0 }
        return text.split(separator: "\n").map(String.init)
    }

    /// Two needs raised by Fjordbanken, the second saying the same as the first.
    private func twoNeeds(_ store: Store) throws {
        let needs = read("""
            {"title":"Inntekt per måned","description":"Månedlige beløp, ikke årlige.","services":["inntekt-api"],"raised_by":"974760673"}
            {"title":"Månedsinntekter","raised_by":"910212958"}
            """, as: IncomingNeed.self)
        #expect(try store.needDesk.importNeeds(needs, file: "f.jsonl", skipBad: false).imported == 2)
    }

    @Test("an imported need and its imported backings show in export needs with score and backers; :back adds a third")
    func backing() throws {
        let store = try segment()
        try twoNeeds(store)
        let backings = read(#"{"need":1,"org_number":"910212958","importance":2,"use_case":"Betjeningsevne"}"#, as: IncomingBacking.self)
        #expect(try store.needDesk.importBackings(backings, file: "b.jsonl", skipBad: false).imported == 1)
        var line = try export(.needs, store).first { $0.contains(#""id":1,"#) }!
        #expect(line.contains(#""rank":1"#) && line.contains(#""score":5"#) && line.contains(#""backers":2"#))
        #expect(line.contains(#""status":"collected""#) && line.contains(#""services":"inntekt-api""#))
        try store.needDesk.back(needID: 1, organisationNumber: "923609016", importance: .niceToHave, useCase: nil)
        try store.needDesk.back(needID: 1, organisationNumber: "910212958", importance: .mustHave, useCase: nil)
        line = try export(.needs, store).first { $0.contains(#""id":1,"#) }!
        #expect(line.contains(#""score":7"#) && line.contains(#""backers":3"#))
        #expect(try export(.backings, store).contains { $0.contains(#""org_number":"910212958""#) && $0.contains("Betjeningsevne") })
    }

    @Test("merging carries backers over, a bank backing both keeps its higher importance and both use cases; undo puts it back")
    func merging() throws {
        let store = try segment()
        try twoNeeds(store)
        try store.needDesk.back(needID: 1, organisationNumber: "910212958", importance: .niceToHave, useCase: "Sjekk av lønn")
        try store.needDesk.back(needID: 2, organisationNumber: "910212958", importance: .mustHave, useCase: "Betjeningsevne")
        let before = try store.needDesk.need(id: 1)
        try store.needDesk.mergeNeed(2, into: 1)
        let merged = try store.needDesk.need(id: 1)
        #expect(merged.row.backers == 2 && merged.row.score == 6)
        let bjornoya = merged.backings.first { $0.organisationNumber == "910212958" }!
        #expect(bjornoya.importance == .mustHave && bjornoya.useCase == "Sjekk av lønn; Betjeningsevne")
        #expect(try store.needDesk.need(id: 2).row.status == .merged && (try store.needDesk.need(id: 2)).mergedInto == 1)
        #expect(throws: StoreError.self) { try store.needDesk.mergeNeed(1, into: 1) }
        #expect(throws: StoreError.self) { try store.needDesk.mergeNeed(1, into: 2) }
        #expect(throws: StoreError.self) { try store.needDesk.back(needID: 2, organisationNumber: "923609016", importance: .important, useCase: nil) }
        try store.needDesk.unmergeNeed(2)
        #expect(try store.needDesk.need(id: 1).backings == before.backings && (try store.needDesk.need(id: 1)).row.score == before.row.score)
        #expect(try store.needDesk.need(id: 2).row.status == .collected)
    }

    @Test(":status sent queues one message per backer to its business contact; a decision keeps the provider's reference")
    func decisions() throws {
        let store = try segment()
        try twoNeeds(store)
        try store.needDesk.back(needID: 1, organisationNumber: "910212958", importance: .important, useCase: nil)
        #expect(try store.needDesk.takeNeedStep(needID: 1, step: NeedStep(status: .sent, note: "Sendt i månedsmøtet")) == 2)
        let sent = try store.outbox.messages()
        #expect(Set(sent.map(\.recipient)) == ["leder@fjordbanken.example", "leder@bjornoya.example"])
        #expect(sent.allSatisfy { $0.subject == "[SEG-B1] Inntekt per måned: sendt" && $0.body.contains("Sendt i månedsmøtet") })
        try store.needDesk.takeNeedStep(needID: 1, step: NeedStep(status: .accepted, note: nil, reference: "SKE-2026-77"))
        let detail = try store.needDesk.need(id: 1)
        #expect(detail.row.status == .accepted && detail.decisionReference == "SKE-2026-77" && detail.decidedAt == testNow)
        #expect(try store.outbox.messages().count == 4)
        try store.consumerDesk.setStage(consumerID: 2, to: .offboarded, note: "left the segment")
        #expect(try store.needDesk.needStepMessages(needID: 1, step: NeedStep(status: .delivered, note: nil)).map(\.recipient)
                == ["leder@fjordbanken.example"])
    }

    @Test("export proposal names the need and its backers by importance; it is refused for a need whose legal basis is covered")
    func proposal() throws {
        let store = try segment()
        try twoNeeds(store)
        try store.needDesk.back(needID: 1, organisationNumber: "923609016", importance: .niceToHave, useCase: "Færre manuelle kontroller")
        #expect(throws: StoreError.self) { try store.needDesk.proposal(needID: 1) }
        try store.needDesk.assessLegalBasis(needID: 1, basis: .notCovered, note: "Forskriften nevner bare årsbeløp")
        let text = try store.needDesk.proposal(needID: 1)
        #expect(text.hasPrefix("Proposal: Inntekt per måned"))
        #expect(text.contains("Must have (1):\n- Fjordbanken, org. no. 974 760 673"))
        #expect(text.contains("- Færre manuelle kontroller (Vestbanken)"))
        #expect(text.contains("Forskriften nevner bare årsbeløp"))
        #expect(try store.history(entity: .need, id: 1).last?.action == "proposal drafted")
    }

    @Test("the digest names the top need and an open case; sent, it queues one message to the provider")
    func digest() throws {
        let store = try emptyStore()
        let ids = try threeBanksReporting(["HTTP 503 A", "HTTP 503 B", "HTTP 503 C"], in: store)
        let caseID = try #require(try Grouping(store: store).group(ids).openedCaseID)
        try Forwarding(store: store).forward(caseID: caseID)
        try store.needDesk.raiseNeed(title: "Inntekt per måned", description: "", serviceKeys: ["inntekt-api"], raisedBy: "974760673", at: nil)
        let digest = try store.digest(days: 7)
        #expect(digest.cases.map(\.consumers) == [3] && digest.cases[0].daysAtProvider == 0)
        #expect(digest.needs.first?.title == "Inntekt per måned")
        let inntekt = try #require(digest.services.first { $0.service == "inntekt-api" })
        #expect(inntekt.incidents == 3 && inntekt.medianToForwarding == Int64(20 * 60))
        #expect(digest.text(in: .english).contains("SEG-C\(caseID)  3 consumers") && digest.text(in: .english).contains("1. Inntekt per måned"))
        let before = try store.outbox.messages().count
        #expect(try store.sendDigest(digest) == "tilbyder@skatteetaten.example")
        #expect(try store.outbox.messages().count == before + 1)
    }

    @Test("a backing naming an unknown need or consumer, or an importance outside 1-3, is refused by FILE:LINE: field:")
    func badBackings() throws {
        let store = try segment()
        try twoNeeds(store)
        let backings = read("""
            {"need":1,"org_number":"923609016","importance":4}
            {"need":9,"org_number":"923609016","importance":1}
            {"need":1,"org_number":"889640782","importance":1}
            """, as: IncomingBacking.self)
        #expect(backings.problems.map(\.description) == ["f.jsonl:1: importance: expected a whole number from 1 to 3, got 4"])
        #expect(throws: ImportRefused.self) { try store.needDesk.importBackings(backings, file: "f.jsonl", skipBad: false) }
        let report = try store.needDesk.importBackings(backings, file: "f.jsonl", skipBad: true)
        #expect(report.imported == 0 && report.skipped.map(\.description) == [
            "f.jsonl:1: importance: expected a whole number from 1 to 3, got 4", "f.jsonl:2: need: no need #9",
            "f.jsonl:3: org_number: no consumer has organisation number 889640782"])
    }

    @Test("a change request becomes a need backed by its consumer, the incident is resolved pointing to it, and the reporter is told in its language what became of it")
    func fromChangeRequest() throws {
        let store = try emptyStore()
        let ids = try threeBanksReporting(["Ønsker månedsinntekt", "x", "y"], in: store)
        #expect(throws: StoreError.self) { try store.needDesk.needFromChangeRequest(incidentID: ids[0]) }
        try store.database.run("UPDATE incidents SET kind = 'change_request' WHERE id = ?", [.integer(ids[0])])
        let need = try store.needDesk.needFromChangeRequest(incidentID: ids[0])
        #expect(try store.needDesk.need(id: need).row.title == "Ønsker månedsinntekt" && (try store.needDesk.need(id: need)).row.backers == 1)
        #expect(try store.incident(id: ids[0]).row.status == .resolved)
        #expect(try store.history(entity: .incident, id: ids[0]).contains { $0.after == "need=\(need) told=drift0@bank0.eksempel.no" })
        let told = try #require(try store.outbox.messages().first)
        #expect(told.recipient == "drift0@bank0.eksempel.no")
        #expect(told.subject == "[SEG-\(ids[0])] Endringsønsket deres er nå behov \(need)")
        #expect(told.body.contains("er nå behov \(need) i segmentets liste over behov"))
        #expect(try store.incident(id: ids[0]).row.slaDueAt == nil)
        #expect(try store.database.scalar("SELECT responded_at FROM incidents WHERE id = ?", [.integer(ids[0])]) == testNow)
    }
}
