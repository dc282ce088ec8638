import Foundation
import Testing
@testable import SegmentCore
import SegmentTestSupport

@Suite("Consumer edits that cannot overwrite each other, and come undone", .checkingStores)
struct ConsumerEditTests {
    /// Fjordbanken, registered with a technical contact, using inntekt-api;
    /// the store opened by `login`.
    private func fjordbanken(path: String, login: String) throws -> Store {
        let store = try testStore(path: path, operatorLogin: login, now: { testNow })
        if try store.consumers.count() == 0 {
            let provider = try store.providers.add(key: "ske", name: "Skatteetaten", email: "p@ske.example")
            _ = try store.providers.addService(providerID: provider, key: "inntekt-api", name: "Inntekt", environments: [.production])
            _ = try store.providers.addService(providerID: provider, key: "skatt-api", name: "Skatt", environments: [.production])
            try store.consumerDesk.registerConsumer(ConsumerRegistration(
                organisationNumber: "974760673", name: "Fjordbanken", serviceKeys: ["inntekt-api"],
                technicalName: "Drift", technicalEmail: "drift@fjordbanken.example"))
        }
        return store
    }

    @Test("two operators set the business contact on what they both saw: the second is refused with who changed it, and nothing of it is written")
    func staleEditRefused() throws {
        let directory = try TemporaryDirectory()
        let kari = try fjordbanken(path: directory.path("desk.sqlite"), login: "kari")
        let ola = try fjordbanken(path: directory.path("desk.sqlite"), login: "ola")
        let seen = try #require(try kari.consumers.row(id: 1)).version
        try kari.consumerDesk.edit(.contact(.business, name: "Leder", email: "leder@fjordbanken.example"), consumerID: 1, seenVersion: seen)
        #expect(throws: StoreError.changedByAnother(entity: .consumer, id: 1, by: "kari")) {
            try ola.consumerDesk.edit(.contact(.business, name: "Sjef", email: "sjef@fjordbanken.example"), consumerID: 1, seenVersion: seen)
        }
        #expect(try ola.consumerDesk.consumer(id: 1).contacts.first { $0.role == .business }?.email == "leder@fjordbanken.example")
        #expect(throws: StoreError.changedByAnother(entity: .consumer, id: 1, by: "kari")) {
            try ola.consumerDesk.edit(.stage(.authorisedTest, note: nil), consumerID: 1, seenVersion: seen)
        }
    }

    @Test("each edit's reverse takes it back: a first contact, a service, a stage, the name, the mail domain, the operator")
    func reversesTakeEditsBack() throws {
        let store = try fjordbanken(path: ":memory:", login: "kari")
        let before = try store.consumerDesk.consumer(id: 1)
        let edits: [ConsumerEdit] = [
            .contact(.business, name: "Leder", email: "leder@fjordbanken.example"),
            .contact(.technical, name: "Ny drift", email: "ny@fjordbanken.example"),
            .uses(service: "skatt-api", using: true), .stage(.authorisedTest, note: nil), .name("Fjordbanken ASA"),
            .domain("fjordbank.no"), .technicalOperator(organisationNumber: "910212958", name: "Bankdata"),
        ]
        for edit in edits {
            let result = try store.consumerDesk.edit(edit, consumerID: 1, seenVersion: try store.consumers.row(id: 1)?.version)
            #expect(try store.consumerDesk.consumer(id: 1) != before, "\(edit)")
            try store.consumerDesk.edit(result.reverse, consumerID: 1, seenVersion: result.versionAfter)
            var after = try store.consumerDesk.consumer(id: 1)
            after.row.version = before.row.version
            after.stageSince = before.stageSince
            #expect(after == before, "\(edit) reversed by \(result.reverse)")
        }
    }

    @Test("an undo after someone else changed the consumer is refused; bad values change nothing")
    func undoAfterAnotherRefused() throws {
        let store = try fjordbanken(path: ":memory:", login: "kari")
        let result = try store.consumerDesk.edit(.name("Fjordbanken ASA"), consumerID: 1)
        try store.consumerDesk.edit(.domain("fjordbank.no"), consumerID: 1)
        #expect(throws: StoreError.changedByAnother(entity: .consumer, id: 1, by: "kari")) {
            try store.consumerDesk.edit(result.reverse, consumerID: 1, seenVersion: result.versionAfter)
        }
        #expect(throws: StoreError.refused(.notAMailDomain("not a domain"))) { try store.consumerDesk.edit(.domain("not a domain"), consumerID: 1) }
        #expect(throws: StoreError.refused(.consumerUnchanged(consumer: "Fjordbanken ASA"))) {
            try store.consumerDesk.edit(.name("Fjordbanken ASA"), consumerID: 1)
        }
        #expect(throws: StoreError.refused(.badOrganisationNumber(.notNineDigits("123")))) {
            try store.consumerDesk.edit(.technicalOperator(organisationNumber: "123", name: "X"), consumerID: 1)
        }
        #expect(try store.consumerDesk.consumer(id: 1).row.name == "Fjordbanken ASA")
    }
}

@Suite("Need edits that cannot overwrite each other", .checkingStores)
struct NeedEditTests {
    @Test("two operators assess one need's legal basis on what they both saw: covered lands, not_covered is refused with who; a stale step too")
    func staleNeedEditRefused() throws {
        let directory = try TemporaryDirectory()
        let kari = try testStore(path: directory.path("desk.sqlite"), operatorLogin: "kari", now: { testNow })
        _ = try threeBanksReporting(["503", "503", "503"], in: kari)
        let need = try kari.needDesk.raiseNeed(title: "Inntekt for tre år", description: "", serviceKeys: ["inntekt-api"],
                                               raisedBy: "974760673", at: nil)
        let ola = try testStore(path: directory.path("desk.sqlite"), operatorLogin: "ola", now: { testNow })
        let seen = try #require(try kari.needs.version(need))
        try kari.needDesk.assessLegalBasis(needID: need, basis: .covered, note: nil, seenVersion: seen)
        #expect(throws: StoreError.changedByAnother(entity: .need, id: need, by: "kari")) {
            try ola.needDesk.assessLegalBasis(needID: need, basis: .notCovered, note: nil, seenVersion: seen)
        }
        #expect(throws: StoreError.changedByAnother(entity: .need, id: need, by: "kari")) {
            try ola.needDesk.takeNeedStep(needID: need, step: NeedStep(status: .prioritised, note: nil), seenVersion: seen)
        }
        #expect(try ola.needs.legal(need) == "covered")
    }
}
